/* kernel.h — the kernel IR of passc: what the fuse pass produces from a
 * finished graph and what the backends consume.
 *
 * A KernelProgram is separate from the Graph it was built from (it keeps a
 * pointer to it, read-only): graph passes keep the signature
 * `bool pass_<name>(Ctx *, Graph *)` and never see kernels, and the kernel
 * stages (fuse, schedule, memplan) run after the graph pipeline on a graph
 * that no longer changes.  Attaching kernels to the Graph would make every
 * graph rewrite invalidate them.
 *
 * A program is a list of buffers (one per materialised graph value) and a
 * list of kernels in execution order.  A kernel is one of:
 * - KK_LOOP: an iteration space of parallel axes (outer) and reduction
 *   axes (inner) and a body of instructions in SSA form.  Loads and stores
 *   address a buffer with an affine map of the iteration variables, so the
 *   views of the graph (permute, broadcast, slice, reshape) are folded into
 *   indexing and never materialised.  Instructions marked `elem` run inside
 *   the inner loops; the others once per outer point.  A reduce
 *   instruction consumes an elem value and yields a row value.
 * - KK_GEMM: a (batched, strided) matrix product, a library call, with
 *   at most a bias added to its rows before the result is rounded to the
 *   output's type (cuBLASLt's BIAS epilogue), or the sums of its first
 *   operand over k stored as a second output (a bias gradient beside its
 *   weight gradient: cuBLASLt's BGRADB epilogue).
 * - KK_TEMPLATE: one node run by a hand-written routine (gather,
 *   scatter_add, topk, concat, pad, constant builders, rand_uniform).
 *
 * Sections follow the source files: kernel.c (construction, printing). */
#ifndef PASSC_KERNEL_H
#define PASSC_KERNEL_H

#include "ir/ir.h"

/* Where a buffer lives.  Activations share one arena planned by memplan;
 * the other classes are flat arenas laid out back to back. */
typedef enum KBufClass {
    KB_ACT,    /* intermediate values of the step */
    KB_PARAM,  /* param leaves */
    KB_STATE,  /* state leaves (optimizer moments, teacher weights, centres) */
    KB_INPUT,  /* input leaves */
    KB_CONST,  /* const leaves */
    KB_OUTPUT, /* values read by output/assign: they outlive the step */
    KB_COUNT
} KBufClass;

typedef struct KBuf {
    NodeId node;   /* the graph value it holds */
    DType dt;
    int64_t numel;
    uint64_t bytes;
    KBufClass cls;
    int64_t offset; /* byte offset in its class's arena; -1 before memplan */
    uint32_t def, last; /* memplan: first and last kernel position using it */
    /* A part written in place into a concat's buffer (passes/inplace.c):
     * 1 + that buffer's index, 0 = a buffer of its own; its offset is the
     * concat's plus within_at bytes. */
    uint32_t within;
    int64_t within_at;
} KBuf;

/* element offset = base + sum_v coef[v] * i_v over the iteration variables */
typedef struct KMap {
    int64_t base;
    int64_t coef[IR_MAX_RANK];
} KMap;

typedef enum KInstKind { KI_LOAD, KI_IMM, KI_OP, KI_REDUCE, KI_STORE } KInstKind;

typedef struct KInst {
    KInstKind kind;
    Op op;         /* KI_OP, KI_REDUCE: the graph op computed */
    DType dt;      /* type of the result (KI_STORE: of the stored value) */
    bool elem;     /* evaluated inside the reduction loops */
    uint32_t nin;
    uint32_t in[3]; /* operands: indices of earlier instructions */
    uint32_t buf;   /* KI_LOAD, KI_STORE: buffer index */
    KMap map;       /* KI_LOAD, KI_STORE */
    double imm;     /* KI_IMM */
    NodeId node;    /* the graph node (0 for loads) */
} KInst;

/* A strided view of a buffer: operand of a GEMM. */
typedef struct KView {
    uint32_t buf;
    int64_t base;
    int32_t rank;
    int64_t dim[IR_MAX_RANK], stride[IR_MAX_RANK];
} KView;

typedef enum KernelKind { KK_LOOP, KK_GEMM, KK_TEMPLATE } KernelKind;

typedef struct Kernel {
    KernelKind kind;
    char name[96];  /* k042_rowreduce_sum_sub_mul_256x384: unique, deterministic */
    NodeId root;    /* the node whose value the kernel produces */
    Op op;          /* root's op */
    uint32_t out;   /* output buffer (= bufs[0]) */
    NodeId *nodes;  /* graph nodes folded into the kernel, ascending */
    uint32_t nnodes;
    uint32_t *bufs; /* every buffer it touches, the ones it writes first */
    uint32_t nbufs;
    uint32_t nout;  /* bufs[0..nout) are written: out, then the members a
                     * loop kernel also stores for later kernels (fuse.c)
                     * and casts of them (fuse_outputs.c) */
    /* KK_LOOP */
    int32_t npar, nred;       /* variables 0..npar-1 outer, then nred inner */
    int64_t ext[IR_MAX_RANK]; /* extent of each variable */
    KInst *insts;
    uint32_t ninsts;
    /* KK_GEMM: out[b] = op(a[b]) @ op(b[b]) with the matmul node's ta/tb
     * (root is the matmul); gc places the result in out: contiguous, or
     * (fusion) the layout of the permute of it that the readers need, so
     * no copy runs.  With gbias.rank == 1 (FUSE_BIAS) the kernel is the
     * graph's cast?(add(matmul, broadcast(bias))): out[b][r][c] =
     * round(product + gbias[c]), the product in the matmul node's type, the
     * sum in the add's, out in the buffer's type (the cast's, if any).
     * With gbgrad.rank == 1 (FUSE_BGRAD) the kernel also computes a
     * second matmul node, ones[1,K] @ A (passes/colsum.c's bias-gradient
     * sum), whose operand is this product's op(A): gbgrad[m] = the sum
     * over k of op(A)[m,k], accumulated in f32, stored in bufs[1] (an
     * f32 buffer).  Only for one unbatched product (fuse_bgrad.c). */
    KView ga, gb, gc, gbias, gbgrad;
    /* KK_TEMPLATE: input buffers (contiguous) */
    uint32_t *args;
    uint32_t nargs;
} Kernel;

/* The fusion kinds, each with a switch for bisection (--no-fuse=KIND). */
enum {
    FUSE_ELEMWISE = 1 << 0, /* elementwise producers into their consumer */
    FUSE_VIEWS = 1 << 1,    /* views folded into index maps (off: copied) */
    FUSE_PROLOGUE = 1 << 2, /* elementwise producers into a reduction's input */
    FUSE_EPILOGUE = 1 << 3, /* a reduction into its elementwise consumers (rows) */
    /* Softmax-family row values recomputed in every consumer kernel instead
     * of stored (passes/fuse_recompute.c): the loss rows never store their
     * probability matrices. */
    FUSE_RECOMPUTE = 1 << 4,
    /* Second outputs: a value later kernels also read joins its consumer's
     * kernel and is stored from there (fuse.c), and a cast of a loop
     * kernel's result is a second store of it (fuse_outputs.c), instead of
     * a kernel of its own each. */
    FUSE_OUTPUTS = 1 << 5,
    /* A concat whose parts are laid out in its buffer, so their kernels
     * write them in place and no copy runs (passes/inplace.c). */
    FUSE_INPLACE = 1 << 6,
    /* A bias added to a product's rows (and the cast of the sum) done by
     * the GEMM kernel: cuBLASLt's BIAS epilogue, a pass over each output
     * row on the CPU, instead of a loop kernel that reads the product back
     * (fuse_bias.c). */
    FUSE_BIAS = 1 << 7,
    /* A bias gradient (a sum of dY over its rows, a product with ones
     * since passes/colsum.c) computed by the GEMM of the weight gradient
     * that reads the same dY: cuBLASLt's BGRADB epilogue, column sums
     * beside the BLAS call on the CPU, instead of a GEMM of its own
     * (fuse_bgrad.c). */
    FUSE_BGRAD = 1 << 8,
    FUSE_ALL = 511, /* every kind: the default */
};

typedef struct FuseOptions {
    unsigned enable;    /* FUSE_* bits */
    uint32_t max_nodes; /* cap on graph nodes per kernel; 0 = default (48) */
    FILE *explain;      /* if set: every refused candidate with its reason */
} FuseOptions;

/* Sizes of the memory plan (bytes). */
typedef struct KPlanStats {
    uint64_t arena[KB_COUNT]; /* size of each arena */
    uint64_t act_peak;        /* = arena[KB_ACT] */
    uint64_t act_bound;       /* max over time of live activation bytes */
} KPlanStats;

typedef struct KernelProgram {
    Ctx *cx;
    const Graph *g;
    KBuf *bufs;
    uint32_t nbufs, capbufs;
    uint32_t *node_buf; /* per graph node: buffer index + 1, 0 if none */
    Kernel *kernels;
    uint32_t nkernels, capkernels;
    KPlanStats plan;
    bool planned;
} KernelProgram;

/* Whether v is its buffer's elements in row-major order from the start
 * (size-1 axes' strides do not matter). */
bool kir_view_packed(const KView *v);

/* A GEMM kernel as BLAS calls (ir/gemm_plan.c, the conventions are there):
 * for each of kir_gemm_calls outer indices q (kir_gemm_offsets), one
 * strided-batched call of `batch` products C[m,n] = op(A) op(B) with
 * element offsets oa + i*stride_a, ob + i*stride_b, oc + i*stride_c
 * (ldc = n).  Used by both backends. */
typedef struct KGemmPlan {
    DType dt;                /* the result's (the output buffer's) */
    DType in_dt;             /* the operands' (bf16 operands may give an f32 result) */
    int64_t m, n, k;
    bool trans_a, trans_b;   /* as stored: A is [M,K] or, transposed, [K,M] */
    int64_t lda, ldb, ldc;   /* ldc: the output's row stride (n when contiguous) */
    int64_t batch;           /* inner batch count (>= 1) */
    int64_t stride_a, stride_b, stride_c;
    int nouter;              /* outer batch axes, outermost first */
    int64_t outer_dim[IR_MAX_RANK], outer_a[IR_MAX_RANK], outer_b[IR_MAX_RANK], outer_c[IR_MAX_RANK];
    int64_t base_a, base_b, base_c;
    uint32_t arg_a, arg_b;   /* positions of the operands in k->bufs */
    bool bias;               /* out += bias[n] per row before rounding */
    uint32_t arg_bias;       /* position of the bias's buffer in k->bufs */
    int64_t base_bias;       /* element offset of bias[0] in it */
    DType bias_dt;           /* the bias buffer's type (the output's on cuBLASLt) */
    bool bgrad;              /* also bgrad[m] = sum_k op(A)[m,k] (one product only) */
    uint32_t arg_bgrad;      /* position of its buffer in k->bufs (1: the second output) */
    int64_t base_bgrad;      /* element offset of bgrad[0] in it (f32) */
} KGemmPlan;

/* False when k is not a GEMM or an operand has no BLAS layout (fusion
 * copies such operands, so a fused program always has one). */
bool kir_gemm_plan(const KernelProgram *p, const Kernel *k, KGemmPlan *out);
int64_t kir_gemm_calls(const KGemmPlan *g);
/* Stride of the output's batch axis j (of nb) in operand view v; 0 when v
 * broadcasts along it. */
int64_t kir_view_batch_stride(const KView *v, int nb, int j);
void kir_gemm_offsets(const KGemmPlan *g, int64_t q, int64_t *oa, int64_t *ob, int64_t *oc);

/* ------------------------------------------------------------ kernel.c */

KernelProgram *kir_new(Ctx *cx, const Graph *g);
void kir_free(KernelProgram *p);
/* The buffer of node id (created with class cls if missing); UINT32_MAX
 * after an allocation failure. */
uint32_t kir_buf_of(KernelProgram *p, NodeId id, KBufClass cls);
/* Frees the arrays of kernel k (a stage removing it from p's list). */
void kir_kernel_free(KernelProgram *p, Kernel *k);
/* Appends a zeroed kernel; NULL on allocation failure. */
Kernel *kir_add_kernel(KernelProgram *p);
/* Names every kernel k<NNN>_<kind>_<ops>_<dims> after its position. */
void kir_name_all(KernelProgram *p);
/* The text form: one block per kernel with a header comment listing the
 * fused nodes, then buffers and the memory plan when planned. */
void kir_print(const KernelProgram *p, FILE *out);
void kir_print_kernel(const KernelProgram *p, const Kernel *k, FILE *out);
const char *kir_class_name(KBufClass c);
/* Number of kernels of the given kind. */
uint32_t kir_count(const KernelProgram *p, KernelKind kind);
/* Bytes of every buffer kernel k touches: its memory traffic if each is
 * read or written once (a GEMM: its output and the elements of its two
 * operand views, which may be parts of larger buffers; a loop: per buffer
 * the elements its widest access reaches, a slice counted as the slice). */
double kir_kernel_bytes(const KernelProgram *p, const Kernel *k);
/* Whether t has the type of leaf (reported at the leaf's location if not):
 * the check every executor makes before taking a value. */
bool kir_leaf_type_ok(Ctx *cx, const KernelProgram *p, NodeId leaf, const Tensor *t);

#endif
