/* fuse.c — groups the nodes of a finished graph into kernels (kernel.h).
 *
 * Expects a verified graph; produces a KernelProgram whose kernels are in
 * a valid execution order (ascending root id) but not yet scheduled or
 * memory-planned.  The graph is not modified.
 *
 * Method.  Nodes are visited from last to first; each node that must be
 * materialised and is not yet in a kernel becomes the root of one.  A loop
 * kernel starts with one iteration variable per axis of its root (for a
 * reduction: kept axes outer, reduced axes inner) and every node in it is
 * evaluated at an affine index map idx = A * i + c of those variables.
 * Producers are pulled in backwards: an operand's map is the consumer's map
 * pushed through the views between them (permute, broadcast, slice, and
 * reshape when it stays affine), so views are never copied.  A producer
 * joins when
 *   - it is elementwise (or a reduction whose reduced axes line up with the
 *     kernel's inner variables: layer norm, softmax, loss rows),
 *   - every one of its users is in the kernel and all of them want it at
 *     the same map (so no value is stored twice or computed twice, and
 *     nothing outside needs it: fusion never adds memory traffic or peak
 *     memory),
 *   - its map covers every element exactly once (a broadcast producer would
 *     be recomputed per copy: refused, it is read from memory instead),
 *   - the kernel is under the size cap and the fusion kind is enabled.
 * Everything else is read through a load whose map folds the views.  A
 * reshape that is not affine over a view (reshape of a transpose) forces
 * that view to be materialised by a copy kernel.  Matmuls become GEMM
 * kernels whose operands may be any strided view with a unit stride in one
 * of the two matrix axes; the other ops become one-node templates.
 *
 * --explain-fusion prints every refused candidate with its reason. */
#include "passes/passes.h"

#include <string.h>

typedef struct IMap {
    int64_t a[IR_MAX_RANK][IR_MAX_RANK]; /* a[axis][var] */
    int64_t c[IR_MAX_RANK];
} IMap;

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
    uint32_t *inst_of;        /* node -> instruction index while emitting */
    /* the kernel being grown */
    int32_t gid;
    int nvar;
    int64_t ext[IR_MAX_RANK];
    bool inner[IR_MAX_RANK];
    bool has_reduce;
    NodeId *mem;
    uint32_t nmem;
} Fz;

static bool is_view(Op op)
{
    return op == OP_PERMUTE || op == OP_BROADCAST || op == OP_SLICE || op == OP_RESHAPE;
}

/* Elementwise ops, including the identities that only matter across
 * processes (all_reduce_sum) or to autodiff (stop_gradient). */
static bool is_pointwise(Op op)
{
    return ir_ops[op].kind == OK_ELEMWISE || op == OP_ALL_REDUCE_SUM;
}

static void shape_strides(const Shape *s, int64_t *st)
{
    int64_t m = 1;
    for (int a = s->rank - 1; a >= 0; a--) {
        st[a] = m;
        m *= s->dim[a];
    }
}

static const Shape *shape_of(const Fz *f, NodeId id) { return &ir_node(f->g, id)->type.shape; }

/* ---------------------------------------------------------------- maps */

static bool imap_eq(const IMap *x, const IMap *y, int rank, int nvar)
{
    for (int d = 0; d < rank; d++) {
        if (x->c[d] != y->c[d]) return false;
        for (int v = 0; v < nvar; v++)
            if (x->a[d][v] != y->a[d][v]) return false;
    }
    return true;
}

static bool imap_uses(const IMap *m, int rank, int v)
{
    for (int d = 0; d < rank; d++)
        if (m->a[d][v]) return true;
    return false;
}

/* Flat element offset into a contiguous tensor of shape s. */
static KMap kmap_flat(const IMap *m, const Shape *s, int nvar)
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

/* Splits a flat offset over shape s back into a multi-index, when every
 * variable lands in one axis and no axis can carry into the next. */
static bool imap_unflatten(const KMap *k, const Shape *s, const int64_t *ext, int nvar, IMap *out)
{
    int64_t st[IR_MAX_RANK], maxv[IR_MAX_RANK] = {0};
    shape_strides(s, st);
    memset(out, 0, sizeof *out);
    int64_t rest = k->base;
    for (int d = 0; d < s->rank; d++) {
        out->c[d] = st[d] ? rest / st[d] : 0;
        rest -= out->c[d] * st[d];
        maxv[d] = out->c[d];
    }
    for (int v = 0; v < nvar; v++) {
        int64_t f = k->coef[v];
        if (!f || ext[v] <= 1) continue;
        int d = 0;
        while (d < s->rank && st[d] > f) d++;
        if (f < 0 || d == s->rank || f % st[d]) return false;
        out->a[d][v] = f / st[d];
        maxv[d] += out->a[d][v] * (ext[v] - 1);
    }
    for (int d = 0; d < s->rank; d++)
        if (maxv[d] >= s->dim[d] && s->dim[d] > 0) return false;
    return true;
}

/* The map of view u's input, given u's map mu; false if not affine. */
static bool compose_view(const Fz *f, NodeId u, const IMap *mu, IMap *mw)
{
    const Node *n = ir_node(f->g, u);
    const Shape *so = &n->type.shape, *si = shape_of(f, n->in[0]);
    memset(mw, 0, sizeof *mw);
    switch (n->op) {
    case OP_PERMUTE:
        for (int j = 0; j < so->rank; j++) {
            int a = (int)n->a.perm.v[j];
            memcpy(mw->a[a], mu->a[j], sizeof mw->a[a]);
            mw->c[a] = mu->c[j];
        }
        return true;
    case OP_BROADCAST:
        for (int a = 0; a < si->rank; a++) {
            int j = a + so->rank - si->rank;
            if (si->dim[a] == 1) continue;
            memcpy(mw->a[a], mu->a[j], sizeof mw->a[a]);
            mw->c[a] = mu->c[j];
        }
        return true;
    case OP_SLICE:
        *mw = *mu;
        for (int a = 0; a < si->rank; a++) mw->c[a] += n->a.lo.v[a];
        return true;
    case OP_RESHAPE: {
        KMap k = kmap_flat(mu, so, f->nvar);
        return imap_unflatten(&k, si, f->ext, f->nvar, mw);
    }
    default: break;
    }
    IR_ASSERT(!"compose_view: not a view");
    return false;
}

/* ------------------------------------------------------------- explain */

static void explain(const Fz *f, NodeId w, NodeId root, const char *why)
{
    if (!f->explain) return;
    fprintf(f->explain, "fuse: refused %%%u (%s) into the kernel of %%%u (%s): %s\n", w,
            ir_ops[ir_node(f->g, w)->op].name, root, ir_ops[ir_node(f->g, root)->op].name, why);
}

/* ---------------------------------------------------------------- walk */

typedef enum { WALK_NODE, WALK_FLAT } WalkKind;

/* Follows operand o through views from a consumer wanting it at map m.
 * WALK_NODE: *w is the first non-view (or materialised view) node and *mw
 * its map.  WALK_FLAT: a reshape was not affine; *w must be read as a
 * contiguous buffer at flat offset *flat. */
static WalkKind walk(Fz *f, NodeId o, const IMap *m, NodeId *w, IMap *mw, KMap *flat)
{
    IMap cur = *m;
    for (;;) {
        const Node *n = ir_node(f->g, o);
        if (!is_view(n->op) || f->force[o]) break;
        if (!(f->enable & FUSE_VIEWS)) {
            f->force[o] = true; /* views off: every view is copied */
            break;
        }
        if (f->vstamp[o] != f->gid) {
            f->vstamp[o] = f->gid;
            f->map[o] = cur;
        }
        IMap next;
        if (!compose_view(f, o, &cur, &next)) {
            NodeId q = n->in[0];
            if (is_view(ir_node(f->g, q)->op)) f->force[q] = true;
            *w = q;
            *flat = kmap_flat(&cur, &n->type.shape, f->nvar);
            return WALK_FLAT;
        }
        cur = next;
        o = n->in[0];
    }
    *w = o;
    *mw = cur;
    return WALK_NODE;
}

/* The map a member (or a view reached in this group) wants operand k at;
 * false if it has none. */
static bool induced(const Fz *f, NodeId x, uint32_t k, IMap *out)
{
    const Node *n = ir_node(f->g, x);
    if (is_view(n->op) && !f->force[x]) {
        if (f->vstamp[x] != f->gid) return false;
        return compose_view(f, x, &f->map[x], out);
    }
    if (f->grp[x] != f->gid) return false;
    if (is_view(n->op)) return compose_view(f, x, &f->map[x], out); /* a copy root */
    *out = n->op == OP_REDUCE_SUM || n->op == OP_REDUCE_MAX ? f->rin[x] : f->map[x];
    (void)k;
    return true;
}

/* Whether every use of w is inside the kernel and wants it at map m. */
static bool covered(const Fz *f, NodeId w, const IMap *m)
{
    int rank = shape_of(f, w)->rank;
    for (uint32_t u = f->ustart[w]; u < f->ustart[w + 1]; u++) {
        NodeId x = f->users[u];
        IMap mi;
        if (!induced(f, x, 0, &mi) || !imap_eq(&mi, m, rank, f->nvar)) return false;
        if (is_view(ir_node(f->g, x)->op) && !f->force[x] && !covered(f, x, &f->map[x])) return false;
    }
    return true;
}

/* ------------------------------------------------------------- members */

static bool add_member(Fz *f, NodeId w, const IMap *m)
{
    if (f->nmem % 16 == 0) {
        NodeId *nm = cx_realloc(f->cx, f->mem, (f->nmem + 16) * sizeof *nm);
        if (!nm) return false;
        f->mem = nm;
    }
    f->mem[f->nmem++] = w;
    f->grp[w] = f->gid;
    f->map[w] = *m;
    return true;
}

/* Product of the extents of the variables map m uses (the elements it
 * visits), and whether it uses outer (all of them) and inner ones. */
static int64_t map_cover(const Fz *f, const IMap *m, int rank, bool *all_outer, bool *any_inner,
                         bool *all_inner)
{
    int64_t prod = 1;
    *all_outer = *all_inner = true;
    *any_inner = false;
    for (int v = 0; v < f->nvar; v++) {
        if (f->ext[v] <= 1) continue;
        bool u = imap_uses(m, rank, v);
        if (u) prod *= f->ext[v];
        if (f->inner[v]) {
            *any_inner |= u;
            *all_inner &= u;
        } else {
            *all_outer &= u;
        }
    }
    return prod;
}

/* The input map of reduction w (at output map m): kept axes follow m,
 * reduced axes of size > 1 take the inner variables in order.  If the
 * kernel has no inner variables yet, the outer ones m leaves unused become
 * inner (only when `commit`).  NULL reason on success. */
static const char *reduce_inmap(Fz *f, NodeId w, const IMap *m, bool commit, IMap *in)
{
    const Node *n = ir_node(f->g, w);
    const Shape *si = shape_of(f, n->in[0]);
    int orank = n->type.shape.rank, unused[IR_MAX_RANK], nu = 0, ninner = 0;
    for (int v = 0; v < f->nvar; v++) {
        ninner += f->inner[v] && f->ext[v] > 1;
        if (f->ext[v] > 1 && !f->inner[v] && !imap_uses(m, orank, v)) unused[nu++] = v;
    }
    if (ninner && nu) return "would recompute it for every row element";
    int vars[IR_MAX_RANK], nv = 0;
    for (int v = 0; v < f->nvar; v++)
        if (ninner ? f->inner[v] && f->ext[v] > 1 : false) vars[nv++] = v;
    if (!ninner) {
        if (f->has_reduce && nu) return "its rows differ from the kernel's reduction";
        memcpy(vars, unused, sizeof vars);
        nv = nu;
    }
    memset(in, 0, sizeof *in);
    int j = 0, r = 0;
    for (int a = 0; a < si->rank; a++) {
        bool red = false;
        for (int q = 0; q < n->a.axes.n; q++) red |= n->a.axes.v[q] == a;
        if (!red) {
            int oa = n->a.keep ? a : j;
            memcpy(in->a[a], m->a[oa], sizeof in->a[a]);
            in->c[a] = m->c[oa];
            j++;
        } else if (si->dim[a] > 1) {
            if (r >= nv || f->ext[vars[r]] != si->dim[a]) return "its reduced axes do not match the kernel's rows";
            in->a[a][vars[r++]] = 1;
        }
    }
    if (r != nv) return "its reduced axes do not match the kernel's rows";
    if (commit)
        for (int q = 0; q < nv; q++) f->inner[vars[q]] = true;
    return NULL;
}

/* Why w (wanted at map m) cannot join the kernel; NULL if it can (and
 * then it has joined). */
static const char *try_fuse(Fz *f, NodeId w, const IMap *m, bool *added)
{
    const Node *n = ir_node(f->g, w);
    bool red = n->op == OP_REDUCE_SUM || n->op == OP_REDUCE_MAX;
    *added = false;
    if (!is_pointwise(n->op) && !red) return "not an elementwise op or a reduction";
    if (f->grp[w] >= 0) return "already in another kernel";
    if (!covered(f, w, m)) return "used outside this kernel or at another index map";
    if (f->nmem >= f->cap) return "kernel size cap reached";
    bool all_outer, any_inner, all_inner;
    int rank = n->type.shape.rank;
    int64_t cov = map_cover(f, m, rank, &all_outer, &any_inner, &all_inner);
    if (cov != shape_numel(&n->type.shape) || (any_inner && !all_inner))
        return "its index map does not visit each element once (it would be recomputed)";
    if (red) {
        if (!(f->enable & FUSE_EPILOGUE)) return "reduction epilogue fusion disabled";
        if (any_inner) return "a reduction inside the inner loop";
        IMap in;
        const char *why = reduce_inmap(f, w, m, false, &in);
        if (why) return why;
        reduce_inmap(f, w, m, true, &in);
        f->rin[w] = in;
        f->has_reduce = true;
    } else {
        if (!all_outer) return "its index map does not visit each element once (it would be recomputed)";
        bool into_reduce = false;
        for (uint32_t u = f->ustart[w]; u < f->ustart[w + 1]; u++) {
            Op uo = ir_node(f->g, f->users[u])->op;
            into_reduce |= uo == OP_REDUCE_SUM || uo == OP_REDUCE_MAX;
        }
        unsigned need = into_reduce ? FUSE_PROLOGUE : FUSE_ELEMWISE;
        if (!(f->enable & need)) return into_reduce ? "reduction prologue fusion disabled" : "elementwise fusion disabled";
    }
    if (!add_member(f, w, m)) return "out of memory";
    *added = true;
    return NULL;
}

/* The map member x wants its operand k at. */
static IMap operand_map(const Fz *f, NodeId x)
{
    IMap m;
    bool ok = induced(f, x, 0, &m);
    IR_ASSERT(ok);
    return m;
}

/* One sweep over the members' operands; returns whether any joined.  With
 * `report`, prints why each remaining candidate stayed out. */
static bool grow_sweep(Fz *f, bool report)
{
    bool changed = false;
    for (uint32_t i = 0; i < f->nmem; i++) {
        const Node *n = ir_node(f->g, f->mem[i]);
        IMap om = operand_map(f, f->mem[i]);
        for (uint32_t k = 0; k < n->nin; k++) {
            NodeId w;
            IMap mw;
            KMap flat;
            if (walk(f, n->in[k], &om, &w, &mw, &flat) != WALK_NODE) continue;
            if (f->grp[w] == f->gid || ir_ops[ir_node(f->g, w)->op].kind == OK_LEAF) continue;
            if (is_view(ir_node(f->g, w)->op)) continue; /* a materialised view */
            bool added;
            const char *why = report ? NULL : try_fuse(f, w, &mw, &added);
            if (report && f->grp[w] != f->gid) {
                bool dummy;
                int32_t saved = f->grp[w];
                why = saved >= 0 ? "already in another kernel" : try_fuse(f, w, &mw, &dummy);
                IR_ASSERT(!dummy);
                explain(f, w, f->mem[0], why);
            } else if (added) {
                changed = true;
            }
        }
    }
    return changed;
}

#include "passes/fuse_emit.inc"
