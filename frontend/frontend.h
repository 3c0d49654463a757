/* frontend.h — the model language of passc: YAML files in, a Model out.
 *
 * A model file is YAML for structure with a small expression language in
 * strings for dataflow (docs/yaml.md).  The frontend reads the file and its
 * imports with libyaml into a tree (yaml.c), parses expression strings into
 * syntax trees (lex.c, parse.c), collects constants and definitions
 * (defs.c), evaluates constants and builds the graph by evaluating module
 * bodies over IR values (eval.c, builtins.c, inst.c), reads the training
 * recipe (recipe.c) and prints the parameter table (summary.c).  fe_load
 * (load.c) ties them together.
 *
 * The first part is the interface the driver uses; the rest is internal to
 * frontend/, sectioned by source file. */
#ifndef PASSC_FRONTEND_H
#define PASSC_FRONTEND_H

#include "ir/ir.h"

/* ================================================================ public */

/* A parameter of the student network (spec 7.3 names, e.g.
 * "backbone.blocks.0.attn.qkv.weight").  teacher is the matching state leaf
 * "teacher.<name>" (0 when the recipe has no teacher). */
typedef struct FeParam {
    const char *name;
    NodeId node, teacher;
    Type type;
    const char *init;      /* canonical initialiser, e.g. "trunc_normal(0.02)" */
    uint32_t tags;         /* TAG_NO_WEIGHT_DECAY, TAG_FROZEN */
    int64_t frozen_epochs; /* no update while epoch < frozen_epochs */
    SrcLoc loc;
} FeParam;

/* Persistent non-trained state (centres): leaf, initialiser, update rule
 * (the value assigned at the end of the step; an assign node exists). */
typedef struct FeState {
    const char *name;
    NodeId node, update, assign;
    const char *init;
    SrcLoc loc;
} FeState;

typedef enum FeSchedKind { FS_COSINE, FS_LINEAR, FS_CONSTANT } FeSchedKind;

/* A scalar schedule fed to the step as input "sched.<name>" (spec 5.3).
 * cosine: warmup_epochs of linspace(start, base) then cosine base->final;
 * linear: linspace(start, final) over warmup_epochs, then final (spec 3.5);
 * constant: base. */
typedef struct FeSchedule {
    const char *name;
    FeSchedKind kind;
    double base, final, start;
    int64_t warmup_epochs;
    bool per_epoch; /* indexed by epoch instead of global iteration */
    NodeId input;
    SrcLoc loc;
} FeSchedule;

/* A crop set: count crops of size x size, RandomResizedCrop scale range and
 * augmentation probabilities per crop (spec 6).  input is the batch
 * "crops.<name>" of shape [count*batch, 3, size, size], crop-major. */
typedef struct FeCropSet {
    const char *name;
    int64_t count, size, first; /* first = global index of its first crop */
    double scale_lo, scale_hi;
    double *flip, *jitter, *gray, *blur, *solarize; /* count values each */
    NodeId input;
    SrcLoc loc;
} FeCropSet;

typedef struct FeLoss {
    const char *name;
    double weight;
    int64_t npairs;
    NodeId value; /* mean over the pairs, before the weight */
    SrcLoc loc;
} FeLoss;

typedef struct FeOptimizer {
    const char *type;       /* "adamw" */
    int lr, wd;             /* schedule indices */
    double beta1, beta2, eps;
    double clip_grad;       /* per-tensor clipping; 0 = off */
} FeOptimizer;

typedef struct FeConst {
    const char *name;
    bool is_int;
    int64_t i;
    double f;
} FeConst;

typedef struct Model {
    Ctx *cx;
    Arena arena;            /* names and tables of the model */
    char *path;
    Graph *g;               /* student + teacher forward, losses, state updates */
    FeParam *params;
    uint32_t nparams;
    FeState *state;
    uint32_t nstate;
    FeSchedule *sched;
    uint32_t nsched;
    FeCropSet *crops;
    uint32_t ncrops;
    FeLoss *losses;
    uint32_t nlosses;
    FeConst *consts;
    uint32_t nconsts;
    NodeId loss;            /* total weighted loss (output "loss") */
    NodeId seed;            /* input "seed" of the random streams (0 if none) */
    FeOptimizer opt;
    int ema_momentum;       /* schedule index of the teacher EMA; -1 = no teacher */
    int64_t epochs, batch;
} Model;

/* Loads a model file (and its imports).  defines are "name=value" strings
 * from -D overriding constants.  Returns NULL after diagnostics. */
Model *fe_load(Ctx *cx, const char *path, const char *const *defines, int ndefines);
/* Same, from text already in memory (tests, fuzzer); imports are resolved
 * relative to the directory of path. */
Model *fe_load_text(Ctx *cx, const char *path, const char *text, size_t len,
                    const char *const *defines, int ndefines);
void fe_model_free(Model *m);
/* The --summary table: one line per parameter, then the totals. */
bool fe_print_summary(const Model *m, FILE *out);
Graph *fe_model_graph(Model *m);
/* Sum of numel over parameters; trainable excludes TAG_FROZEN ones. */
void fe_param_counts(const Model *m, int64_t *total, int64_t *trainable);

/* ============================================================== internal */

/* -------------------------------------------------------------- yaml.c */

typedef enum YKind { Y_SCALAR, Y_SEQ, Y_MAP } YKind;

/* A node of a YAML document.  Maps keep their keys in order: items[2i] is
 * a key (always a scalar), items[2i+1] its value. */
typedef struct YNode {
    YKind kind;
    SrcLoc loc;        /* of the node's first character */
    size_t raw_start;  /* byte offsets of the node in the file text */
    size_t raw_end;
    int style;         /* yaml_scalar_style_t of a scalar */
    bool quoted;       /* a quoted scalar: never an expression */
    const char *str;   /* scalar value, NUL-terminated */
    size_t len;
    struct YNode **items;
    uint32_t n;        /* number of items (a map has 2 per entry) */
} YNode;

enum { FE_MAX_FILE_BYTES = 16 << 20, FE_MAX_DEPTH = 64 };

/* Parses text (registered as file id `file`) into a tree in arena.  Rejects
 * duplicate keys, non-scalar keys, anchors/aliases, multiple documents,
 * nesting deeper than FE_MAX_DEPTH.  NULL after a diagnostic. */
YNode *fe_yaml_parse(Ctx *cx, Arena *a, uint32_t file, const char *text, size_t len);
/* Source location of byte offset off in the text of file. */
SrcLoc fe_loc_at(const Ctx *cx, uint32_t file, size_t off);
/* Map lookup (NULL if absent); the map must be a Y_MAP. */
YNode *fe_map_get(const YNode *map, const char *key);
/* Reports an error unless every key of map is in the space-separated
 * list `allowed` (with a suggestion for typos). */
bool fe_map_check_keys(Ctx *cx, const YNode *map, const char *what, const char *allowed);
bool fe_expect(Ctx *cx, const YNode *n, YKind kind, const char *what);
const char *fe_kind_name(YKind k);
/* The closest of the space-separated words to s (edit distance <= 2). */
const char *fe_suggest(const char *s, const char *words, char *buf, size_t n);
unsigned fe_edit_distance(const char *a, const char *b);

/* --------------------------------------------------------------- lex.c */

typedef enum TokKind {
    T_EOF, T_INT, T_FLOAT, T_IDENT, T_STRING,
    T_LPAREN, T_RPAREN, T_LBRACK, T_RBRACK, T_COMMA, T_DOT, T_COLON,
    T_ASSIGN, T_PLUS, T_MINUS, T_STAR, T_SLASH, T_DSLASH, T_PERCENT,
    T_POW, T_AT, T_EQ, T_NE, T_LT, T_LE, T_GT, T_GE,
    T_KW_IF, T_KW_ELSE, T_KW_RETURN, T_KW_AND, T_KW_OR, T_KW_NOT,
} TokKind;

typedef struct Token {
    TokKind k;
    const char *s; /* start in the scalar's value */
    size_t len;
    int64_t i;
    double f;
    SrcLoc loc;
} Token;

/* Maps byte offsets inside a scalar's value to source locations, following
 * quotes, escapes, folding and block indentation. */
typedef struct ScalarMap {
    const Ctx *cx;
    uint32_t file;
    const char *raw; /* the file text */
    size_t raw_len;
    size_t base;     /* raw offset of the scalar node */
    SrcLoc base_loc; /* its location */
    size_t *off;     /* value byte i -> raw byte offset (len+1 entries) */
    size_t len;
    size_t cache_raw; /* last location computed (lookups mostly go forward) */
    SrcLoc cache_loc;
} ScalarMap;

bool fe_scalar_map(Ctx *cx, Arena *a, const YNode *n, ScalarMap *m);
SrcLoc fe_scalar_loc(ScalarMap *m, size_t value_off);

/* Splits a scalar into tokens (array ends with T_EOF).  NULL after an error. */
Token *fe_lex(Ctx *cx, Arena *a, const YNode *n, uint32_t *ntok);
const char *fe_tok_name(TokKind k);

/* ------------------------------------------------------------- parse.c */

typedef enum ExprKind {
    E_INT, E_FLOAT, E_STRING, E_NAME, E_LIST, E_TUPLE,
    E_UNARY,    /* op: T_MINUS, T_KW_NOT; kids[0] */
    E_BINARY,   /* op; kids[0], kids[1] */
    E_TERNARY,  /* kids: then, cond, else */
    E_CALL,     /* kids[0] callee, kids[1..] arguments; kw[i] names */
    E_ATTR,     /* kids[0].name */
    E_INDEX,    /* kids[0][kids[1..]] */
    E_SLICE,    /* lo:hi inside an index; kids[0], kids[1] may be NULL */
} ExprKind;

typedef struct Expr {
    ExprKind k;
    TokKind op;
    SrcLoc loc;
    int64_t i;
    double f;
    const char *name; /* E_NAME, E_ATTR, E_STRING */
    struct Expr **kids;
    const char **kw;  /* E_CALL: keyword per kid (kw[0] unused), NULL = positional */
    SrcLoc *kwloc;
    uint32_t n;
} Expr;

typedef enum StmtKind { S_ASSIGN, S_RETURN, S_EXPR } StmtKind;

typedef struct Stmt {
    StmtKind k;
    const char **targets;
    SrcLoc *tloc;
    uint32_t ntargets;
    Expr *e;
    SrcLoc loc;
} Stmt;

enum { FE_MAX_EXPR_DEPTH = 100 };

/* Parses a scalar as one expression / one statement. NULL after an error. */
Expr *fe_parse_expr(Ctx *cx, Arena *a, const YNode *n);
Stmt *fe_parse_stmt(Ctx *cx, Arena *a, const YNode *n);
/* Parses one expression from text that has no YAML source (-D values). */
Expr *fe_parse_expr_text(Ctx *cx, Arena *a, uint32_t file, const char *text);

/* -------------------------------------------------------------- defs.c */

/* A named argument of a definition; dflt NULL = required. */
typedef struct DefArg {
    const char *name;
    Expr *dflt;
    SrcLoc loc;
} DefArg;

typedef struct ParamDecl {
    const char *name;
    Expr **shape;
    uint32_t rank;
    Expr *init;
    Expr *when; /* NULL = always */
    uint32_t tags;
    Expr *frozen_for_epochs; /* NULL = never frozen by epoch */
    Expr *frozen;            /* NULL = trainable unless attrs say frozen */
    SrcLoc loc;
} ParamDecl;

typedef struct SubDecl {
    const char *name;
    Expr *ctor;   /* call of a module definition */
    Expr *repeat; /* NULL = a single instance */
    const char *index; /* name of the repeat index */
    Expr *when;
    SrcLoc loc;
} SubDecl;

typedef struct Method {
    const char *name;
    DefArg *inputs;
    uint32_t ninputs;
    Stmt **body;
    uint32_t nbody;
    SrcLoc loc;
} Method;

/* A module (has params or submodules: instantiated under `sub`) or a
 * function (neither: called directly). */
typedef struct Def {
    const char *name;
    DefArg *args;
    uint32_t nargs;
    ParamDecl *params;
    uint32_t nparams;
    SubDecl *subs;
    uint32_t nsubs;
    Method *methods; /* methods[0] is forward when the def has a body */
    uint32_t nmethods;
    SrcLoc loc;
} Def;

typedef struct ConstDecl {
    const char *name;
    Expr *e;
    SrcLoc loc;
} ConstDecl;

/* Everything read from a model file and its imports. */
typedef struct Program {
    Arena *arena;
    ConstDecl *consts;
    uint32_t nconsts, capconsts;
    Def **defs;
    uint32_t ndefs, capdefs;
    YNode **recipes; /* top-level maps of the files, importing file last */
    uint32_t nrecipes, caprecipes;
    char **loaded;   /* paths already read (imports are read once) */
    uint32_t nloaded, caploaded;
} Program;

/* Reads the file at path (text may be given) and its imports/extends into
 * prog.  depth guards against import cycles. */
bool fe_read_file(Ctx *cx, Program *prog, const char *path, const char *text,
                  size_t len, int depth);
const Def *fe_def_find(const Program *prog, const char *name);
/* Removes "." and "dir/.." segments of path in place, lexically (a
 * relative path stays relative; leading ".." that cannot cancel stay). */
void fe_path_normalize(char *path);
/* Applies -D name=value overrides to the constant declarations. */
bool fe_apply_defines(Ctx *cx, Program *prog, const char *const *defs, int n);

/* -------------------------------------------------------------- eval.c */

typedef enum VKind {
    V_NONE, V_INT, V_FLOAT, V_BOOL, V_STR, V_DTYPE, V_TENSOR, V_LIST,
    V_TUPLE, V_INST, V_CROPS, V_CROPIDX,
} VKind;

typedef struct Inst Inst;

typedef struct Value {
    VKind k;
    int64_t i;           /* V_INT, V_BOOL, V_DTYPE (DType), V_CROPIDX */
    double f;            /* V_FLOAT */
    const char *s;       /* V_STR */
    NodeId id;           /* V_TENSOR */
    struct Value *items; /* V_LIST, V_TUPLE, V_CROPS (NONE = crop not evaluated) */
    uint32_t n;
    Inst *inst;          /* V_INST */
} Value;

typedef struct Binding {
    const char *name;
    Value v;
} Binding;

/* A frame of names; lookups walk parent frames. */
typedef struct Scope {
    struct Scope *parent;
    Binding *b;
    uint32_t n, cap;
    Inst *self; /* the instance whose members this frame holds, if any */
} Scope;

/* An instantiated module: its members live in `scope` (args, params,
 * subs).  A repeat group holds its instances in reps. */
struct Inst {
    const Def *def;
    const char *path; /* "backbone.blocks.0" */
    Scope scope;
    Inst **reps;
    uint32_t nrep;
    bool is_repeat;
};

/* A definition being instantiated or called (the evaluator's call stack).
 * Errors inside it are traced back to `at` (trace.c). */
typedef struct EvFrame {
    const char *key;      /* recursion key: "linear", or "linear.forward" for a call */
    const Def *def;
    const char *method;   /* NULL while instantiating */
    const char *path;     /* instance path ("" = the network); NULL for a function */
    const struct CallArgs *args;
    SrcLoc at;            /* the call site, in the caller */
    int errs;             /* cx->nerrors once the arguments were bound; INT_MAX before */
} EvFrame;

/* The state of one evaluation: graph, model tables, call stack. */
typedef struct Eval {
    Ctx *cx;
    Program *prog;
    Model *m;
    Graph *g;
    Arena *arena;
    Scope globals;
    int depth;            /* call depth (recursion guard) */
    EvFrame *stack;       /* FE_MAX_CALL_DEPTH definitions being called or instantiated */
    int traced;           /* cx->nerrors when the last trace was printed */
    int64_t next_stream;  /* rand_uniform stream ids */
    bool teacher;         /* instantiating the teacher: params become state */
    const char *prefix;   /* "teacher." while instantiating the teacher */
    uint32_t ninst;       /* module instances of the network being made (FE_MAX_INSTANCES) */
    /* the student's parameters by name, for the teacher's (inst.c
     * link_teacher): open addressing, slots hold index + 1; built for the
     * first pindexed parameters */
    uint32_t *pindex, pcap, pindexed;
} Eval;

/* Nested repeats multiply: 4096 blocks of 4096 layers would take the
 * frontend minutes before any other check.  A ViT-g is a few hundred
 * instances.  The limit holds for the student and the teacher each. */
enum { FE_MAX_CALL_DEPTH = 64, FE_MAX_INSTANCES = 1 << 16 };

bool fe_scope_set(Eval *ev, Scope *s, const char *name, Value v, SrcLoc loc, bool fresh);
const Value *fe_scope_get(const Scope *s, const char *name);
bool fe_eval(Eval *ev, Scope *s, const Expr *e, Value *out);
/* Runs statements; the value of `return` (V_NONE if none) goes to out. */
bool fe_exec(Eval *ev, Scope *s, Stmt *const *body, uint32_t n, Value *out);
bool fe_eval_int(Eval *ev, Scope *s, const Expr *e, int64_t *out);
bool fe_eval_num(Eval *ev, Scope *s, const Expr *e, double *out);
bool fe_to_int(Eval *ev, const Value *v, SrcLoc loc, const char *what, int64_t *out);
bool fe_to_num(Eval *ev, const Value *v, SrcLoc loc, const char *what, double *out);
/* Converts a number or tensor to a tensor node (numbers become f32 scalars). */
NodeId fe_to_tensor(Eval *ev, const Value *v, SrcLoc loc, const char *what);
/* Elementwise binary op with numpy broadcasting (scalars broadcast). */
NodeId fe_binary(Eval *ev, Op op, NodeId a, NodeId b, SrcLoc loc);
NodeId fe_broadcast_to(Eval *ev, NodeId x, const Shape *s, SrcLoc loc);
const char *fe_value_kind(VKind k);
Value fe_v_int(int64_t i);
Value fe_v_float(double f);
Value fe_v_tensor(NodeId id);
const Type *fe_type(const Eval *ev, NodeId id);

/* ---------------------------------------------------------- builtins.c */

/* Calls the builtin called name if there is one: returns 1 on success, 0 if
 * name is no builtin, -1 after an error. */
int fe_builtin_call(Eval *ev, Scope *s, const char *name, const Expr *call, Value *out);
bool fe_builtin_exists(const char *name);
/* Space-separated names of all builtins (suggestions). */
const char *fe_builtin_names(void);

/* -------------------------------------------------------------- inst.c */

/* The evaluated arguments of a call: positional first, then keywords. */
typedef struct CallArgs {
    Value *v;
    const char **kw; /* NULL = positional */
    SrcLoc *loc;
    uint32_t n;
    SrcLoc at;       /* the callee's location */
    const char *what; /* "function 'gelu'" for messages */
} CallArgs;

/* Evaluates the arguments kids[1..] of a call in s. */
bool fe_eval_args(Eval *ev, Scope *s, const Expr *call, const char *what, CallArgs *ca);
/* Matches arguments to n formal names: out[i] and given[i].  Reports
 * unknown or repeated keywords (with a suggestion), too many arguments and
 * missing ones (required[i]). */
bool fe_bind(Eval *ev, const CallArgs *ca, const char *const *names, const bool *required,
             uint32_t n, Value *out, bool *given);
/* Instantiates the module called by ctor (evaluated in caller) under path. */
Inst *fe_instantiate(Eval *ev, Scope *caller, const Expr *ctor, const char *path);
/* Calls a function definition or a method of an instance. */
bool fe_call_def(Eval *ev, const Def *d, const CallArgs *ca, Value *out);
bool fe_call_inst(Eval *ev, Inst *in, const char *method, const CallArgs *ca, Value *out);

/* ------------------------------------------------------------- trace.c */

enum { FE_TRACE_NOTES = 8 };

/* After an error inside the innermost frame of ev->stack: unless that error
 * already has a trace, prints one note per enclosing frame whose arguments
 * were bound before it, innermost first, at most FE_TRACE_NOTES, then one
 * note for the rest. */
void fe_trace_print(Eval *ev);
/* Appends a short rendering of v ("3", "2.0", "f32[2,3]", "[1, 2]") to buf
 * (of size n, holding a string); stops at the end of buf. */
void fe_value_str(const Eval *ev, const Value *v, char *buf, size_t n);

/* ------------------------------------------------------------ recipe.c */

/* Reads constants, the network, crops, schedules, state, losses and the
 * optimizer of the program into ev->m, building the graph. */
bool fe_build_recipe(Eval *ev);
/* Evaluates the constant declarations into ev->globals and m->consts. */
bool fe_eval_constants(Eval *ev);

const YNode *fe_recipe_get(const Eval *ev, const char *key);
bool fe_node_value(Eval *ev, Scope *s, const YNode *n, Value *out);
bool fe_node_num(Eval *ev, const YNode *n, const char *what, double *out);
/* Index of the schedule named by the scalar n; -1 after an error. */
int fe_sched_find(Eval *ev, const YNode *n, const char *what);
/* Grows a model table whose capacity doubles at powers of two. */
void *fe_grow_table(Eval *ev, void *p, uint32_t n, size_t elem);

/* ------------------------------------------------------------ losses.c */

/* Runs the `evaluate` statements per crop set into per-crop values. */
bool fe_recipe_evaluate(Eval *ev, Scope *results);
/* Builds every loss over its crop pairings and the weighted total. */
bool fe_recipe_losses(Eval *ev, Scope *results);
bool fe_recipe_optimizer(Eval *ev, const YNode *opt);

/* ----------------------------------------------------------- summary.c */

/* "[1,196,384]" */
void fe_shape_str(const Shape *s, char *buf, size_t n);

#endif
