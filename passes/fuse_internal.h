/* fuse_internal.h — what the fusion files share; private to passes/fuse*.c
 * (nothing here is in passes.h).
 *
 * One kir_build call owns one Fz: fuse.c grows kernel groups over affine
 * index maps and drives the build, fuse_emit.c turns a grown group, a
 * matmul or a template op into a Kernel of the KernelProgram, and
 * fuse_recompute.c chooses the values recomputed in each consumer instead
 * of stored, fuse_outputs.c folds cast kernels into their producers,
 * fuse_bias.c joins bias adds to their products' GEMMs, fuse_bgrad.c bias
 * gradients to their weight gradients' GEMMs.  The maps, the
 * state and the small predicates below are the vocabulary they share; the
 * method is described atop fuse.c. */
#ifndef PASSC_FUSE_INTERNAL_H
#define PASSC_FUSE_INTERNAL_H

#include "passes/passes.h"

/* An affine index map idx = A * i + c over the kernel's variables i. */
typedef struct IMap {
    int64_t a[IR_MAX_RANK][IR_MAX_RANK]; /* a[axis][var] */
    int64_t c[IR_MAX_RANK];
} IMap;

/* The state of one kir_build call: graph-wide marks, then the group being
 * grown. */
typedef struct Fz {
    Ctx *cx;
    const Graph *g;
    KernelProgram *p;
    unsigned enable;
    uint32_t cap;
    FILE *explain;
    uint32_t *ustart, *users; /* users of each node (CSR, with repeats) */
    int32_t *grp;             /* kernel group of a compute member, -1 = none */
    int32_t *vstamp;          /* group whose map a view holds */
    IMap *map, *rin;          /* per node: its map; reductions: input map */
    bool *force;              /* views that must be materialised */
    bool *virt;               /* recomputed values: copied into each consumer */
    bool *keep;               /* refused recomputation: stored, never joins */
    bool *stored;             /* members also read outside their kernel: a second output */
    NodeId *gemm_into;        /* matmul -> the permute of it its GEMM writes (0 = itself) */
    bool *biased;             /* adds bias kernels compute, bias vectors they read (fuse_bias.c) */
    NodeId *bgrad_pair;       /* earlier product of a bias-gradient pair -> root of its kernel, to move there (fuse_bgrad.c) */
    NodeId *loaded_by;        /* virtual nodes: a kernel root that read it, 0 = none */
    int32_t *cstamp;          /* closure walk: last query that visited a node */
    int32_t cquery;
    uint32_t *inst_of;        /* node -> instruction index while emitting */
    /* the kernel being grown */
    int32_t gid;
    int nvar;
    int64_t ext[IR_MAX_RANK];
    bool inner[IR_MAX_RANK];
    bool has_reduce;
    NodeId *mem;
    uint32_t nmem;
    NodeId vlo;               /* lowest view stamped into the group (kernel_nodes scans from there) */
} Fz;

/* How fz_walk reached an operand (see there). */
typedef enum { WALK_NODE, WALK_FLAT } WalkKind;

/* Elementwise ops, including the identities that only matter across
 * processes (all_reduce_sum) or to autodiff (stop_gradient). */
static inline bool is_pointwise(Op op)
{
    return ir_ops[op].kind == OK_ELEMWISE || op == OP_ALL_REDUCE_SUM;
}

static inline void shape_strides(const Shape *s, int64_t *st)
{
    int64_t m = 1;
    for (int a = s->rank - 1; a >= 0; a--) {
        st[a] = m;
        m *= s->dim[a];
    }
}

static inline const Shape *shape_of(const Fz *f, NodeId id) { return &ir_node(f->g, id)->type.shape; }

/* Flat element offset into a contiguous tensor of shape s. */
static inline KMap kmap_flat(const IMap *m, const Shape *s, int nvar)
{
    int64_t st[IR_MAX_RANK];
    KMap k = {0};
    shape_strides(s, st);
    for (int d = 0; d < s->rank; d++) {
        k.base += st[d] * m->c[d];
        for (int v = 0; v < nvar; v++) k.coef[v] += st[d] * m->a[d][v];
    }
    return k;
}

/* fuse.c: --explain-fusion's line for candidate w refused by root's kernel. */
void fz_explain(const Fz *f, NodeId w, NodeId root, const char *why);

/* fuse.c: the growth. */
WalkKind fz_walk(Fz *f, NodeId o, const IMap *m, NodeId *w, IMap *mw, KMap *flat);
bool fz_operand_map(const Fz *f, NodeId x, IMap *m);

/* fuse_emit.c: kernels into f->p. */
bool fz_emit_loop(Fz *f, NodeId root);
bool fz_call_kernel(Fz *f, NodeId root);
bool fz_bind_effect(Fz *f, NodeId id);

/* fuse_bias.c: a bias add joined to its product's GEMM (FUSE_BIAS).  The
 * nodes of root = [cast(] add(mm, bcast = broadcast([widen(] vec [)])) [)];
 * absent ones 0; src: the value in memory under vec's reshapes. */
typedef struct FzBias {
    NodeId root, cast, add, mm, bcast, widen, vec, src;
} FzBias;
bool fz_bias_match(const Fz *f, NodeId root, FzBias *m);
/* Whether x is the root or the add of such a pattern: never recomputed
 * (fuse_recompute.c), so its GEMM kernel stores it. */
bool fz_bias_root(const Fz *f, NodeId x);
bool fz_bias_only(const Fz *f, NodeId x);
/* fuse_emit.c: the GEMM kernel of a match; *done false (and no kernel)
 * when the bias is not a packed vector in memory. */
bool fz_bias_kernel(Fz *f, const FzBias *m, bool *done);

/* fuse_bgrad.c: a bias-gradient sum (ones @ d) joined to the GEMM of the
 * weight gradient reading the same d (d^T @ x), FUSE_BGRAD.  fz_bgrad at
 * matmul x: when x is the later of a pair, emits the pair's kernel there
 * (*handled), and records it for the earlier product when it must run at
 * that one's place; *handled false: x is no part of a pair.  fz_bgrad_place
 * at such an earlier product y: moves the kernel there, or, when an
 * operand is not computed by then, leaves the weight gradient's kernel
 * where it is and gives the sum a kernel of its own at y.  False on
 * out-of-memory. */
bool fz_bgrad(Fz *f, NodeId x, bool *handled);
bool fz_bgrad_place(Fz *f, NodeId y);
/* fuse_emit.c: the GEMM of wgrad with the sums as its second output;
 * *joined false (and no kernel) when the two read d through different or
 * unpacked views. */
bool fz_bgrad_kernel(Fz *f, NodeId sum, NodeId wgrad, bool *joined);

/* fuse_outputs.c: cast kernels folded into their producers (FUSE_OUTPUTS). */
bool fz_fold_casts(Ctx *cx, KernelProgram *p);

/* fuse_recompute.c: the virtual values. */
void fz_recompute_mark(const Fz *f, bool *fam, bool *virt);
bool fz_refuse_loaded(Fz *f, bool *err);

#endif
