/* ir.h — the graph IR of passc: context, arenas, diagnostics, op table,
 * types, graph builder with shape inference, text form, verifier, reference
 * interpreter and the Philox generator.
 *
 * Every function takes the context (or an object that holds it) first; there
 * is no global mutable state.  A graph is a list of nodes in definition
 * order; node ids are 32-bit indices into that list and id 0 is "none".
 * Inputs of a node always have smaller ids, so the list is a topological
 * order.  User errors are reported through the context as
 * `file:line:col: error: message` and the function returns 0/NULL/false;
 * internal bugs abort with file:line (IR_ASSERT).
 *
 * Sections follow the source files: ctx.c, attr.c, graph.c (builder and
 * shape inference), print.c, parse.c, verify.c, interp.c, philox.c. */
#ifndef PASSC_IR_H
#define PASSC_IR_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define PASSC_VERSION "0.1.0"

#define IR_MAX_RANK 8

/* Internal invariant; a failure is a bug in passc, never a user error. */
#define IR_ASSERT(c)                                                        \
    do {                                                                    \
        if (!(c)) ir_panic(__FILE__, __LINE__, #c);                         \
    } while (0)
_Noreturn void ir_panic(const char *file, int line, const char *what);

/* ---------------------------------------------------------------- ctx.c */

/* A source position.  file indexes the context's file table (0 = unknown);
 * line and col count from 1. */
typedef struct SrcLoc {
    uint32_t file, line, col;
} SrcLoc;

typedef struct SourceFile {
    char *path;
    char *text; /* may be NULL when only the name is known */
    size_t len;
} SourceFile;

/* The context: diagnostics, source files, allocation.  One per compilation
 * (or per test); nothing in passc is global. */
typedef struct Ctx {
    FILE *diag;       /* where diagnostics go; stderr unless a test redirects */
    int nerrors;      /* errors reported so far */
    SourceFile *files; /* files[0] is the unknown file */
    uint32_t nfiles, capfiles;
    long fail_after;  /* tests: allocation number that fails; -1 = never */
    long nallocs;     /* allocations made so far (for fail_after) */
    const char *prog; /* names the program in diagnostics without a file ("passc"; "run" for a launcher) */
} Ctx;

void ctx_init(Ctx *cx, FILE *diag);
void ctx_fini(Ctx *cx);

/* Allocation through the context, so tests can make it fail.  On failure
 * these report "out of memory" and return NULL. */
void *cx_alloc(Ctx *cx, size_t n);   /* zeroed */
void *cx_realloc(Ctx *cx, void *p, size_t n);
void cx_free(Ctx *cx, void *p);
char *cx_strdup(Ctx *cx, const char *s);

/* FNV-1a (64 bits) of len bytes: the one hash of names and contents
 * (bundle checksums, the CUDA program's shared kernel bodies, the
 * frontend's parameter index). */
uint64_t ir_hash(const void *data, size_t len);

/* Registers a file (text may be NULL) and returns its id; the same path
 * registered twice keeps one id (the text is filled in if it was missing). */
uint32_t cx_file(Ctx *cx, const char *path, const char *text, size_t len);
const char *cx_file_path(const Ctx *cx, uint32_t file);

/* `path:line:col: error: msg`, then the source line and a caret when the
 * file's text is known.  Increments nerrors. */
void cx_error(Ctx *cx, SrcLoc loc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void cx_verror(Ctx *cx, SrcLoc loc, const char *fmt, va_list ap);
/* `path:line:col: note: msg` (does not count as an error). */
void cx_note(Ctx *cx, SrcLoc loc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* A bump allocator; everything in it is freed together. */
typedef struct ArenaBlock ArenaBlock;
typedef struct Arena {
    Ctx *cx;
    ArenaBlock *head;
} Arena;

void arena_init(Arena *a, Ctx *cx);
void arena_free(Arena *a);
void *arena_alloc(Arena *a, size_t n); /* zeroed, 16-byte aligned; NULL on OOM */
char *arena_strdup(Arena *a, const char *s);

/* ------------------------------------------------------------ op table */

typedef enum OpKind {
    OK_LEAF,       /* param, state, input, const */
    OK_ELEMWISE,   /* unary, binary, select, cast: same shape in and out */
    OK_REDUCE,     /* sum / max over axes */
    OK_LAYOUT,     /* reshape, permute, broadcast, slice, concat, pad */
    OK_INDEX,      /* gather, scatter_add, topk */
    OK_CONSTGEN,   /* compile-time tensors: iota, neighbour tables, resize weights */
    OK_MATMUL,     /* batched matrix product */
    OK_RANDOM,     /* counter-based random numbers */
    OK_COLLECTIVE, /* all_reduce_sum */
    OK_STRUCTURED, /* ops with their own kernels and a decomposition */
    OK_EFFECT,     /* assign, output: roots of the graph */
} OpKind;

enum {
    OF_DIFF = 1 << 0,     /* has a gradient rule */
    OF_COMM = 1 << 1,     /* commutative binary op */
    OF_EFFECT = 1 << 2,   /* a root: never removed by DCE */
    OF_LEAF = 1 << 3,     /* no inputs, value supplied from outside */
    OF_FLOAT = 1 << 4,    /* operands must be floating point */
    OF_BOOL_OUT = 1 << 5, /* result is bool (comparisons) */
    OF_VIEW = 1 << 6,     /* one operand, same elements seen another way: no computation */
};

typedef enum Op {
    OP_NONE,
#define X(id, name, arity, kind, flags, attrs) OP_##id,
#include "ops.def"
#undef X
    OP_COUNT
} Op;

typedef struct OpInfo {
    const char *name;
    int arity; /* -1 = variadic */
    OpKind kind;
    unsigned flags;
    const char *attrs; /* space-separated attribute names, print order */
} OpInfo;

extern const OpInfo ir_ops[OP_COUNT]; /* read-only table, indexed by Op */

/* reshape, permute, broadcast, slice: the operand's elements, seen another way. */
static inline bool ir_is_view(Op op) { return (ir_ops[op].flags & OF_VIEW) != 0; }
Op ir_op_lookup(const char *name, size_t len); /* OP_NONE if unknown */

/* --------------------------------------------------------------- types */

typedef enum DType { DT_NONE, DT_F32, DT_BF16, DT_F16, DT_F64, DT_I32, DT_I64, DT_BOOL, DT_COUNT } DType;

const char *dt_name(DType dt);              /* "f32" */
DType dt_lookup(const char *s, size_t len); /* DT_NONE if unknown */
size_t dt_size(DType dt);                   /* bytes per element */
bool dt_is_float(DType dt);
bool dt_is_int(DType dt);                   /* i32, i64 (not bool) */

typedef struct Shape {
    int32_t rank;
    int64_t dim[IR_MAX_RANK];
} Shape;

typedef struct Type {
    DType dt;
    Shape shape;
} Type;

int64_t shape_numel(const Shape *s);
bool shape_eq(const Shape *a, const Shape *b);
bool type_eq(const Type *a, const Type *b);
Shape shape_make(int rank, const int64_t *dims);
/* Writes "f32[2,3]" into buf (always NUL-terminated); returns buf. */
char *type_str(const Type *t, char *buf, size_t n);

/* -------------------------------------------------------------- attr.c */

typedef struct IntList {
    int32_t n;
    int64_t v[IR_MAX_RANK];
} IntList;

/* Leaf tags (param attributes from the model). */
enum {
    TAG_NO_WEIGHT_DECAY = 1 << 0,
    TAG_FROZEN = 1 << 1,
};

/* All attributes an op may carry; which ones an op uses is ir_ops[op].attrs.
 * Unused fields stay zero. */
typedef struct Attrs {
    int64_t axis;          /* concat, gather, scatter_add, iota */
    int64_t k;             /* topk */
    int64_t ta, tb;        /* matmul: 1 = operand transposed (last two axes) */
    int64_t keep;          /* reduce: 1 = keep reduced axes with size 1 */
    int64_t stream;        /* rand_uniform: per-node stream id */
    int64_t n, size;       /* grid_neighbors: grid side, window side; resize_matrix: n */
    int64_t frozen_epochs; /* param: no update while epoch < frozen_epochs */
    double value;          /* pad: fill value */
    double scale;          /* resize_matrix: scale factor */
    IntList axes;          /* reduce: sorted distinct axes */
    IntList perm;          /* permute */
    IntList lo, hi;        /* slice: [lo,hi) per axis; pad: amounts per axis */
    uint32_t tags;         /* param: TAG_* bits */
    const char *name;      /* param, state, input, output (arena string) */
    const char *init;      /* param, state: initialiser, e.g. "trunc_normal(0.02)" */
    void *data;            /* const: numel values of the node's dtype, row-major */
} Attrs;

typedef enum AttrType { AT_INT, AT_FLOAT, AT_INTLIST, AT_STRING, AT_TAGS, AT_DATA } AttrType;

typedef struct AttrInfo {
    const char *name;
    AttrType type;
    size_t offset; /* offsetof(Attrs, field) */
} AttrInfo;

/* Looks up an attribute by name; NULL if there is none. */
const AttrInfo *ir_attr_lookup(const char *name, size_t len);
/* Whether op takes the attribute called name. */
bool ir_op_has_attr(Op op, const char *name, size_t len);
const char *ir_tag_name(uint32_t bit); /* "no_weight_decay", "frozen" */
uint32_t ir_tag_lookup(const char *s, size_t len); /* 0 if unknown */

/* ------------------------------------------------------------- graph.c */

typedef uint32_t NodeId; /* 0 = none */

typedef struct Node {
    Op op;
    Type type;
    SrcLoc loc;
    uint32_t nin;
    NodeId *in; /* nin ids, in the graph's arena */
    Attrs a;
} Node;

typedef struct Graph {
    Ctx *cx;
    Arena arena;   /* inputs arrays, strings, const data */
    Node *nodes;   /* nodes[0] is the unused "none" node */
    uint32_t nnodes, capnodes;
    char *name;    /* in the arena */
} Graph;

Graph *ir_graph_new(Ctx *cx, const char *name);
void ir_graph_free(Graph *g);
/* Exchanges the contents of two graphs (passes that rebuild use it). */
void ir_graph_swap(Graph *a, Graph *b);

static inline Node *ir_node(const Graph *g, NodeId id) { return &g->nodes[id]; }

/* Adds a node after checking arity, dtypes, shapes and attributes, and
 * infers its type.  `hint` supplies the result type of ops whose type does
 * not follow from inputs and attributes (leaves, reshape, broadcast, cast,
 * iota, rand_uniform); it is ignored otherwise (pass NULL).  Attribute
 * strings and data are copied into the graph's arena.  Returns 0 after
 * reporting an error at loc. */
NodeId ir_add(Graph *g, Op op, const NodeId *in, uint32_t nin, const Attrs *a,
              const Type *hint, SrcLoc loc);

/* Computes the type node n would have (n->type is the hint where needed).
 * Used by ir_add, the parser and the verifier.  Reports at n->loc. */
bool ir_infer(Ctx *cx, const Graph *g, const Node *n, Type *out);

/* Convenience builders over ir_add (all return 0 after an error). */
/* Node n of another graph added to g with its operands renamed through
 * map (old id -> id in g): how a pass that rebuilds a graph copies the
 * nodes it keeps.  0 after an error. */
NodeId ir_add_renamed(Graph *g, const Node *n, const NodeId *map);
NodeId ir_unary(Graph *g, Op op, NodeId x, SrcLoc loc);
NodeId ir_binary(Graph *g, Op op, NodeId a, NodeId b, SrcLoc loc);
NodeId ir_select(Graph *g, NodeId c, NodeId a, NodeId b, SrcLoc loc);
NodeId ir_cast(Graph *g, NodeId x, DType to, SrcLoc loc);
NodeId ir_scalar(Graph *g, DType dt, double v, SrcLoc loc);       /* const of shape [] */
NodeId ir_full(Graph *g, DType dt, const Shape *s, double v, SrcLoc loc); /* broadcast scalar */
NodeId ir_reshape(Graph *g, NodeId x, const Shape *s, SrcLoc loc);
NodeId ir_broadcast(Graph *g, NodeId x, const Shape *s, SrcLoc loc);
NodeId ir_permute(Graph *g, NodeId x, const int64_t *perm, int n, SrcLoc loc);
NodeId ir_reduce(Graph *g, Op op, NodeId x, const int64_t *axes, int n, bool keep, SrcLoc loc);
NodeId ir_slice(Graph *g, NodeId x, const int64_t *lo, const int64_t *hi, SrcLoc loc);
NodeId ir_matmul(Graph *g, NodeId a, NodeId b, bool ta, bool tb, SrcLoc loc);
NodeId ir_leaf(Graph *g, Op op, const char *name, const Type *t, SrcLoc loc);

/* FLOPs of the graph's matrix products (2*M*N*K per batch element): the
 * work MFU is measured against (attention is made of matmuls here). */
double ir_graph_flops(const Graph *g);

/* Number of nodes that use each node as an input (array of g->nnodes). */
uint32_t *ir_use_counts(const Graph *g);

/* ------------------------------------------------------------- print.c */

/* The canonical text form (docs/ir.md):
 *   graph "name"
 *   %1 = input name="x" : f32[2,3] @ models/tiny.yaml:4:7
 *   %2 = reduce_sum %1 axes=[1] keep=0 : f32[2]
 * Nodes are numbered 1..n in order, so printing is canonical. */
void ir_print(const Graph *g, FILE *out);
char *ir_print_str(const Graph *g); /* malloc'ed; caller frees */

/* Const data elements: element i of `data` (dtype dt) as a double, and the
 * reverse, rounding to the dtype.  bf16 and f16 are stored as their 16-bit
 * patterns, bool as one byte (0/1). */
double ir_data_get(DType dt, const void *data, int64_t i);
void ir_data_set(DType dt, void *data, int64_t i, double v);
/* bf16 <-> f32, the hot conversions inlined: bf16 is the top half of an
 * f32 (widening is exact), and a float rounds to nearest-even bf16 by an
 * add and a truncation (a carry into the exponent gives the next power of
 * two or infinity).  NaN is not handled by the rounding: callers with
 * NaNs go through ir_data_set. */
static inline float ir_bf16_to_f32(uint16_t b)
{
    uint32_t u = (uint32_t)b << 16;
    float f;
    memcpy(&f, &u, sizeof f);
    return f;
}
static inline uint16_t ir_f32_to_bf16_rne(float f)
{
    uint32_t u;
    memcpy(&u, &f, sizeof u);
    return (uint16_t)((u + 0x7fffu + ((u >> 16) & 1u)) >> 16);
}
/* The shortest decimal text that reads back (strtod, then rounding to dt)
 * to exactly v; "inf", "-inf", "nan" for the specials.  n >= 32. */
void ir_format_real(char *buf, size_t n, double v, DType dt);

/* ------------------------------------------------------------- parse.c */

/* Parses the text form.  path names the input in diagnostics.  Returns NULL
 * after reporting `path:line:col: error: ...`. */
Graph *ir_parse(Ctx *cx, const char *path, const char *text, size_t len);

/* ------------------------------------------------------------ verify.c */

/* Checks arity, attributes, dtypes, shapes (by re-running inference),
 * def-before-use and dangling ids.  Reports every problem found. */
bool ir_verify(Ctx *cx, const Graph *g);

/* ------------------------------------------------------------ interp.c */

/* A tensor of the interpreter: floating values live in f (as double, already
 * rounded to the element type), integers and bools in i. */
typedef struct Tensor {
    Type type;
    int64_t numel;
    double *f;  /* float dtypes */
    int64_t *i; /* i32, i64, bool */
} Tensor;

typedef enum InterpPrec {
    IP_F32, /* f32 nodes rounded to f32 after every op */
    IP_F64, /* f32 nodes computed and kept in f64 (gradient checks) */
} InterpPrec;

typedef struct Interp Interp;

Interp *ir_interp_new(Ctx *cx, const Graph *g, InterpPrec prec);
void ir_interp_free(Interp *ip);
/* Sets the value of a param, state or input leaf (copied; the type must
 * match the leaf's).  Leaves without a value are an error at run time. */
bool ir_interp_set(Interp *ip, NodeId leaf, const Tensor *t);
/* Runs the graph once; afterwards each assign's value becomes the stored
 * value of its target leaf, so a second run is the next training step. */
bool ir_interp_run(Interp *ip);
/* The value a node had in the last run (or the leaf's stored value). */
const Tensor *ir_interp_value(const Interp *ip, NodeId id);

Tensor *tensor_new(Ctx *cx, const Type *t); /* zeroed */
void tensor_free(Ctx *cx, Tensor *t);
double tensor_get(const Tensor *t, int64_t flat);       /* any dtype, as double */
void tensor_set(Tensor *t, int64_t flat, double v);     /* rounds to the dtype */
double tensor_max_abs(const Tensor *t);                 /* largest finite |element|, 0 if none */
/* t's elements in the const-data layout of ir_data_get (what the
 * executors' buffers hold), and back: data holds t->numel elements. */
void tensor_to_data(const Tensor *t, void *data);
void tensor_from_data(Tensor *t, const void *data);

/* Rounding to the narrow float formats (round to nearest even). */
double round_bf16(double x);
double round_f16(double x);

/* Structured ops (kind OK_STRUCTURED) are defined by a decomposition into
 * primitive ops (ir/decompose.c): ir_decompose adds to g the primitive
 * nodes computing op over the nodes in[0..nin) of g with attributes a and
 * returns the result node (0 after an error, reported at loc).  The
 * interpreter runs structured ops through it, so their backend kernels
 * are always tested against their definition. */
NodeId ir_decompose(Graph *g, Op op, const NodeId *in, uint32_t nin, const Attrs *a, SrcLoc loc);

/* ------------------------------------------------------------ philox.c */

/* Philox-4x32-10 (Salmon et al., SC'11): one block of 4 random words. */
void philox4x32_10(const uint32_t ctr[4], const uint32_t key[2], uint32_t out[4]);
/* The uniform draw of rand_uniform: element `index` of stream `stream` under
 * `seed`.  counter = {index/4 lo, index/4 hi, stream lo, stream hi},
 * key = {seed lo, seed hi}, word = out[index % 4], u = (word >> 8) * 2^-24,
 * so u is in [0, 1) and exactly representable in f32. */
float philox_uniform(uint64_t seed, uint64_t stream, uint64_t index);

/* ---------------------------------------------------------- constgen.c */

/* The elements of a grid_neighbors or resize_matrix node n, row-major, as
 * doubles: out holds shape_numel(&n->type.shape) of them.  The one
 * definition the interpreter and both backends round into their storage. */
void ir_constgen_fill(const Node *n, double *out);

#endif
