/* fuse.c — groups the nodes of a finished graph into kernels (kernel.h).
 *
 * Expects a verified graph; produces a KernelProgram whose kernels are in
 * a valid execution order (node order: each kernel at its root's place, a
 * bias-gradient pair's possibly at its earlier product's, fuse_bgrad.c)
 * but not yet scheduled or memory-planned.  The graph is not modified.
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
 *     memory), or (FUSE_OUTPUTS) the users outside all come later than
 *     the root, so they run after this kernel, which stores the value as a
 *     second output where its element order allows (at most MAX_STORED):
 *     a layer norm's residual sum and row statistics, needed again by the
 *     backward, no longer end the forward's kernel,
 *   - its map covers every element exactly once (a broadcast producer would
 *     be recomputed per copy: refused, it is read from memory instead),
 *   - the kernel is under the size cap and the fusion kind is enabled.
 * Everything else is read through a load whose map folds the views.  A
 * reshape that is not affine over a view (reshape of a transpose) forces
 * that view to be materialised by a copy kernel.  Matmuls become GEMM
 * kernels whose operands may be any strided view with a unit stride in one
 * of the two matrix axes; the other ops become one-node templates.
 *
 * --explain-fusion prints every refused candidate with its reason.
 *
 * Files: this one holds the maps, the growth and the driver (kir_build);
 * fuse_emit.c emits the kernels, fuse_recompute.c picks the recomputed
 * values; fuse_internal.h is their shared state. */
#include "passes/fuse_internal.h"

#include <string.h>

/* ---------------------------------------------------------------- maps */

/* A variable of extent 1 is always 0: its coefficients do not matter
 * (a broadcast from [r,1,1] drops them, a direct use keeps them). */
static bool imap_eq(const IMap *x, const IMap *y, int rank, int nvar, const int64_t *ext)
{
    for (int d = 0; d < rank; d++) {
        if (x->c[d] != y->c[d]) return false;
        for (int v = 0; v < nvar; v++)
            if (ext[v] > 1 && x->a[d][v] != y->a[d][v]) return false;
    }
    return true;
}

static bool imap_uses(const IMap *m, int rank, int v)
{
    for (int d = 0; d < rank; d++)
        if (m->a[d][v]) return true;
    return false;
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
        if (imap_unflatten(&k, si, f->ext, f->nvar, mw)) return true;
        /* a reshaped splat (a broadcast scalar, e.g. a per-tensor factor
         * spread over a flattened weight): every element is element 0 */
        const Node *x = ir_node(f->g, n->in[0]);
        memset(mw, 0, sizeof *mw);
        return x->op == OP_BROADCAST && shape_numel(shape_of(f, x->in[0])) == 1;
    }
    default: break;
    }
    IR_ASSERT(!"compose_view: not a view");
    return false;
}

/* ------------------------------------------------------------- explain */

void fz_explain(const Fz *f, NodeId w, NodeId root, const char *why)
{
    if (!f->explain) return;
    fprintf(f->explain, "fuse: refused %%%u (%s) into the kernel of %%%u (%s): %s\n", w,
            ir_ops[ir_node(f->g, w)->op].name, root, ir_ops[ir_node(f->g, root)->op].name, why);
}

/* ---------------------------------------------------------------- walk */


/* Where slice node q's elements start in its input when they are one
 * contiguous block of it (axes before the first cut have extent 1 in the
 * slice, axes after it are whole), else -1. */
static int64_t block_offset(const Fz *f, NodeId q)
{
    const Node *n = ir_node(f->g, q);
    const Shape *in = &ir_node(f->g, n->in[0])->type.shape;
    int64_t off = 0, stride = 1;
    bool cut = false; /* the last cut axis (scanning from the last axis) is behind */
    for (int a = in->rank - 1; a >= 0; a--) {
        int64_t lo = n->a.lo.v[a], ext = n->type.shape.dim[a];
        if (cut && ext != 1) return -1;
        if (lo != 0 || ext != in->dim[a]) cut = true;
        off += lo * stride;
        stride *= in->dim[a];
    }
    return off;
}

/* Follows operand o through views from a consumer wanting it at map m.
 * WALK_NODE: *w is the first non-view (or materialised view) node and *mw
 * its map.  WALK_FLAT: a reshape was not affine; *w must be read as a
 * contiguous buffer at flat offset *flat. */
WalkKind fz_walk(Fz *f, NodeId o, const IMap *m, NodeId *w, IMap *mw, KMap *flat)
{
    IMap cur = *m;
    for (;;) {
        const Node *n = ir_node(f->g, o);
        if (!ir_is_view(n->op) || f->force[o]) break;
        if (!(f->enable & FUSE_VIEWS)) {
            f->force[o] = true; /* views off: every view is copied */
            break;
        }
        if (f->vstamp[o] != f->gid) {
            f->vstamp[o] = f->gid;
            f->map[o] = cur;
            if (o < f->vlo) f->vlo = o;
        }
        IMap next;
        if (!compose_view(f, o, &cur, &next)) {
            /* The bytes lie where the reshapes (and contiguous slices)
             * under n start (a reshape keeps the order, such a slice is a
             * block of its input): a stored node, or a view copied once
             * for every reader, not a copy of a reshape per reader. */
            NodeId q = n->in[0];
            int64_t off = 0, b;
            for (;;) {
                const Node *v = ir_node(f->g, q);
                if (f->force[q] || (v->op != OP_RESHAPE && (v->op != OP_SLICE || (b = block_offset(f, q)) < 0)))
                    break;
                off += v->op == OP_SLICE ? b : 0; /* a block of a slice: the same bytes, further on */
                q = v->in[0];
            }
            if (ir_is_view(ir_node(f->g, q)->op)) f->force[q] = true;
            *w = q;
            *flat = kmap_flat(&cur, &n->type.shape, f->nvar);
            flat->base += off;
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
    if (ir_is_view(n->op) && !f->force[x]) {
        if (f->vstamp[x] != f->gid) return false;
        return compose_view(f, x, &f->map[x], out);
    }
    if (f->grp[x] != f->gid) return false;
    if (ir_is_view(n->op)) return compose_view(f, x, &f->map[x], out); /* a copy root */
    *out = n->op == OP_REDUCE_SUM || n->op == OP_REDUCE_MAX ? f->rin[x] : f->map[x];
    (void)k;
    return true;
}

/* Whether every use of w is inside the kernel and wants it at map m.  A
 * virtual w may have uses elsewhere (they recompute it), but the ones in
 * the kernel must agree on m; a stored w read by a virtual value must stay
 * stored, since the other copies of that value read it too. */
static bool covered(const Fz *f, NodeId w, const IMap *m, bool virt)
{
    int rank = shape_of(f, w)->rank;
    for (uint32_t u = f->ustart[w]; u < f->ustart[w + 1]; u++) {
        NodeId x = f->users[u];
        IMap mi;
        bool view = ir_is_view(ir_node(f->g, x)->op) && !f->force[x];
        if (!virt && f->virt[x]) return false;
        if (!induced(f, x, 0, &mi)) {
            if (virt) continue;
            return false;
        }
        if (!imap_eq(&mi, m, rank, f->nvar, f->ext)) return false;
        if (view && !covered(f, x, &f->map[x], virt)) return false;
    }
    return true;
}

/* Whether a store of w at map m writes consecutive elements along the
 * kernel's innermost loop (the last inner variable, else the last outer
 * one), or w is a row value (one store per row).  A column sum's kernel
 * walks its rows down a column: storing its elementwise operand from
 * there would scatter the writes that the operand's own kernel makes in
 * order. */
static bool store_in_order(const Fz *f, NodeId w, const IMap *m)
{
    KMap k = kmap_flat(m, shape_of(f, w), f->nvar);
    int last = -1, last_outer = -1;
    bool uses_inner = false;
    for (int v = 0; v < f->nvar; v++) {
        if (f->ext[v] <= 1) continue;
        if (f->inner[v]) last = v, uses_inner |= k.coef[v] != 0;
        else last_outer = v;
    }
    if (last < 0) last = last_outer;
    if (last >= 0 && f->inner[last] && !uses_inner) return true; /* a row value */
    return last < 0 || k.coef[last] == 1;
}

/* Whether w can join as a stored member (FUSE_OUTPUTS): its uses in the
 * kernel want it at map m, and every other use is later than the root, so
 * already in a kernel that runs after this one (or an output binding),
 * and reads the value this kernel stores as a second output.  A use
 * earlier than the root outside the kernel could land in a kernel that
 * runs before it: refused. */
static bool stored_ok(const Fz *f, NodeId w, const IMap *m)
{
    NodeId root = f->mem[0];
    int rank = shape_of(f, w)->rank;
    bool outside = false;
    if (!store_in_order(f, w, m)) return false;
    for (uint32_t u = f->ustart[w]; u < f->ustart[w + 1]; u++) {
        NodeId x = f->users[u];
        IMap mi;
        if (f->virt[x]) return false;
        /* An assign reads the value when the step commits, after every
         * kernel: the updated weight an AdamW kernel stores for its assign
         * also joins the teacher's EMA kernel that reads it. */
        if (x > root || ir_ops[ir_node(f->g, x)->op].kind == OK_EFFECT) {
            outside = true;
            continue;
        }
        if (!induced(f, x, 0, &mi) || !imap_eq(&mi, m, rank, f->nvar, f->ext)) return false;
        if (ir_is_view(ir_node(f->g, x)->op) && !f->force[x] && !covered(f, x, &f->map[x], false)) return false;
    }
    return outside;
}

/* Second outputs of one kernel at most (each a pointer argument; the
 * stores of the loss rows' values would otherwise gather in one kernel). */
enum { MAX_STORED = 4 };

static uint32_t stored_members(const Fz *f)
{
    uint32_t n = 0;
    for (uint32_t i = 0; i < f->nmem; i++) n += f->stored[f->mem[i]];
    return n;
}

/* Follows operand o through views from map m without marking anything;
 * false if a reshape is not affine. */
static bool peek_operand(const Fz *f, NodeId o, const IMap *m, NodeId *w, IMap *mw)
{
    IMap cur = *m;
    while (ir_is_view(ir_node(f->g, o)->op) && !f->force[o]) {
        IMap next;
        if (!compose_view(f, o, &cur, &next)) return false;
        cur = next;
        o = ir_node(f->g, o)->in[0];
    }
    *w = o;
    *mw = cur;
    return true;
}

/* Whether candidate w, its operands wanted at map om, reads a virtual
 * member of this kernel at another map than the one it was copied at
 * (one instruction holds one map; a second copy is not made). */
static bool operands_clash(const Fz *f, NodeId w, const IMap *om)
{
    const Node *n = ir_node(f->g, w);
    for (uint32_t k = 0; k < n->nin; k++) {
        NodeId x;
        IMap mx;
        if (!peek_operand(f, n->in[k], om, &x, &mx)) continue;
        if (f->virt[x] && f->grp[x] == f->gid &&
            !imap_eq(&f->map[x], &mx, shape_of(f, x)->rank, f->nvar, f->ext))
            return true;
    }
    return false;
}

/* The reductions member or candidate w brings into the kernel: its own
 * and those of the virtual values it reads, members or not (each counted
 * once per query). */
static int virtual_reductions(Fz *f, NodeId w)
{
    if (f->cstamp[w] == f->cquery || (!f->virt[w] && f->grp[w] != f->gid)) return 0;
    f->cstamp[w] = f->cquery;
    const Node *n = ir_node(f->g, w);
    int r = n->op == OP_REDUCE_SUM || n->op == OP_REDUCE_MAX;
    for (uint32_t k = 0; k < n->nin; k++) {
        NodeId o = n->in[k];
        while (ir_is_view(ir_node(f->g, o)->op)) o = ir_node(f->g, o)->in[0];
        r += virtual_reductions(f, o);
    }
    return r;
}

/* A virtual value joins only if the kernel then holds at most
 * RECOMPUTE_MAX_REDUCTIONS reductions: a loss row (two softmaxes and the
 * cross-entropy, or their recomputation and the gradient's sum) is 5;
 * gradients of several rows summed into one value would otherwise make one
 * kernel of all of them (register spills in CUDA). */
enum { RECOMPUTE_MAX_REDUCTIONS = 5 };

static bool virtual_fits(Fz *f, NodeId w)
{
    if (!f->virt[w]) return true;
    int have = 0;
    f->cquery++;
    for (uint32_t i = 0; i < f->nmem; i++) have += virtual_reductions(f, f->mem[i]);
    return have + virtual_reductions(f, w) <= RECOMPUTE_MAX_REDUCTIONS;
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

/* An elementwise candidate that leaves outer variables unused is a row
 * value (computed once per row, then broadcast): those variables become
 * the inner ones, if the kernel has none yet.  NULL if acceptable. */
static const char *row_vars(Fz *f, const IMap *m, int rank, bool all_outer, bool any_inner)
{
    if (all_outer) return NULL;
    bool has_inner = false;
    for (int v = 0; v < f->nvar; v++) has_inner |= f->inner[v] && f->ext[v] > 1;
    if (has_inner || any_inner || f->has_reduce)
        return "its index map does not visit each element once (it would be recomputed)";
    if (!(f->enable & FUSE_EPILOGUE)) return "row (broadcast) fusion disabled with the epilogue kind";
    for (int v = 0; v < f->nvar; v++)
        if (f->ext[v] > 1 && !imap_uses(m, rank, v)) f->inner[v] = true;
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
    if (f->grp[w] >= 0 && !f->virt[w]) return "already in another kernel";
    if (f->keep[w]) return "its recomputation was refused: stored";
    if (f->biased[w]) return "a bias kernel reads it: stored";
    if (fz_bias_root(f, w)) return "a bias kernel computes it (fuse_bias.c)";
    bool store = false;
    if (!covered(f, w, m, f->virt[w])) {
        for (uint32_t u = f->ustart[w]; u < f->ustart[w + 1]; u++)
            if (!f->virt[w] && f->virt[f->users[u]]) return "read by a recomputed value (stored for its copies)";
        store = !f->virt[w] && (f->enable & FUSE_OUTPUTS) && stored_members(f) < MAX_STORED && stored_ok(f, w, m);
        if (!store) return "used outside this kernel or at another index map";
    }
    if (f->nmem >= f->cap) return "kernel size cap reached";
    if (!virtual_fits(f, w)) return "recomputing it would exceed the reductions of one kernel";
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
        if (operands_clash(f, w, &in)) return "an operand is in the kernel at another index map";
        reduce_inmap(f, w, m, true, &in);
        f->rin[w] = in;
        f->has_reduce = true;
    } else {
        bool into_reduce = false;
        for (uint32_t u = f->ustart[w]; u < f->ustart[w + 1]; u++) {
            Op uo = ir_node(f->g, f->users[u])->op;
            into_reduce |= uo == OP_REDUCE_SUM || uo == OP_REDUCE_MAX;
        }
        unsigned need = into_reduce ? FUSE_PROLOGUE : FUSE_ELEMWISE;
        if (!(f->enable & need)) return into_reduce ? "reduction prologue fusion disabled" : "elementwise fusion disabled";
        if (operands_clash(f, w, m)) return "an operand is in the kernel at another index map";
        const char *why = row_vars(f, m, rank, all_outer, any_inner);
        if (why) return why;
    }
    if (!add_member(f, w, m)) return "out of memory";
    f->stored[w] = store;
    *added = true;
    return NULL;
}

/* The map member x wants its operands at; false only for a copy root
 * whose reshape is not affine (its operand is then read flat). */
bool fz_operand_map(const Fz *f, NodeId x, IMap *m)
{
    bool ok = induced(f, x, 0, m);
    IR_ASSERT(ok || ir_is_view(ir_node(f->g, x)->op));
    return ok;
}

/* One sweep over the members' operands; returns whether any joined.  With
 * `report`, prints why each remaining candidate stayed out. */
static bool grow_sweep(Fz *f, bool report)
{
    bool changed = false;
    for (uint32_t i = 0; i < f->nmem; i++) {
        const Node *n = ir_node(f->g, f->mem[i]);
        IMap om;
        if (!fz_operand_map(f, f->mem[i], &om)) continue;
        for (uint32_t k = 0; k < n->nin; k++) {
            NodeId w;
            IMap mw;
            KMap flat;
            if (fz_walk(f, n->in[k], &om, &w, &mw, &flat) != WALK_NODE) continue;
            if (f->grp[w] == f->gid || ir_ops[ir_node(f->g, w)->op].kind == OK_LEAF) continue;
            if (ir_is_view(ir_node(f->g, w)->op)) continue; /* a materialised view */
            bool added;
            const char *why = report ? NULL : try_fuse(f, w, &mw, &added);
            if (report && f->grp[w] != f->gid) {
                bool dummy; /* a member of another kernel returns before anything changes */
                why = try_fuse(f, w, &mw, &dummy);
                IR_ASSERT(!dummy);
                fz_explain(f, w, f->mem[0], why);
            } else if (added) {
                changed = true;
            }
        }
    }
    return changed;
}

/* Starts a kernel at root: one variable per axis; a reduction's reduced
 * axes (of size > 1) are the inner ones. */
static void group_start(Fz *f, NodeId root, IMap *m)
{
    const Node *n = ir_node(f->g, root);
    f->gid++;
    f->nmem = 0;
    f->vlo = root;
    f->nvar = 0;
    f->has_reduce = false;
    memset(f->inner, 0, sizeof f->inner);
    memset(m, 0, sizeof *m);
    if (n->op != OP_REDUCE_SUM && n->op != OP_REDUCE_MAX) {
        for (int a = 0; a < n->type.shape.rank; a++) {
            f->ext[f->nvar] = n->type.shape.dim[a];
            m->a[a][f->nvar++] = 1;
        }
        return;
    }
    const Shape *si = shape_of(f, n->in[0]);
    IMap in = {0};
    int j = 0;
    for (int a = 0; a < si->rank; a++) {
        bool red = false;
        for (int q = 0; q < n->a.axes.n; q++) red |= n->a.axes.v[q] == a;
        if (red && si->dim[a] == 1) continue;
        f->inner[f->nvar] = red;
        f->ext[f->nvar] = si->dim[a];
        in.a[a][f->nvar] = 1;
        if (!red) m->a[n->a.keep ? a : j][f->nvar] = 1;
        f->nvar++;
        j += !red;
    }
    f->rin[root] = in;
    f->has_reduce = true;
}

static bool loop_kernel(Fz *f, NodeId root)
{
    IMap m;
    group_start(f, root, &m);
    if (!add_member(f, root, &m)) return false;
    while (grow_sweep(f, false)) {}
    if (f->explain) grow_sweep(f, true);
    return fz_emit_loop(f, root);
}

/* ---------------------------------------------------------------- driver */

static bool fz_init(Fz *f, Ctx *cx, const Graph *g, const FuseOptions *o)
{
    uint32_t n = g->nnodes;
    memset(f, 0, sizeof *f);
    f->cx = cx;
    f->g = g;
    f->enable = o ? o->enable : FUSE_ALL;
    f->cap = o && o->max_nodes ? o->max_nodes : 48;
    f->explain = o ? o->explain : NULL;
    f->ustart = ir_use_counts(g);
    f->grp = cx_alloc(cx, n * sizeof *f->grp);
    f->vstamp = cx_alloc(cx, n * sizeof *f->vstamp);
    f->map = cx_alloc(cx, n * sizeof *f->map);
    f->rin = cx_alloc(cx, n * sizeof *f->rin);
    f->force = cx_alloc(cx, n * sizeof *f->force);
    f->inst_of = cx_alloc(cx, n * sizeof *f->inst_of);
    f->loaded_by = cx_alloc(cx, n * sizeof *f->loaded_by);
    f->cstamp = cx_alloc(cx, n * sizeof *f->cstamp);
    f->stored = cx_alloc(cx, n * sizeof *f->stored);
    f->gemm_into = cx_alloc(cx, n * sizeof *f->gemm_into);
    f->biased = cx_alloc(cx, n * sizeof *f->biased);
    f->bgrad_pair = cx_alloc(cx, n * sizeof *f->bgrad_pair);
    uint32_t *cnt = cx_realloc(cx, f->ustart, (n + 1) * sizeof *cnt);
    if (!cnt || !f->grp || !f->vstamp || !f->map || !f->rin || !f->force || !f->inst_of || !f->loaded_by || !f->cstamp ||
        !f->stored || !f->gemm_into || !f->biased || !f->bgrad_pair)
        return false;
    f->ustart = cnt;
    uint32_t total = 0;
    for (uint32_t i = 0; i <= n; i++) { /* counts -> starts */
        uint32_t c = i < n ? cnt[i] : 0;
        cnt[i] = total;
        total += c;
    }
    if (!(f->users = cx_alloc(cx, (total + 1) * sizeof *f->users))) return false;
    uint32_t *fill = cx_alloc(cx, (n + 1) * sizeof *fill);
    if (!fill) return false;
    memcpy(fill, cnt, (n + 1) * sizeof *fill);
    for (NodeId id = 1; id < n; id++)
        for (uint32_t k = 0; k < ir_node(g, id)->nin; k++) f->users[fill[ir_node(g, id)->in[k]]++] = id;
    cx_free(cx, fill);
    for (uint32_t i = 0; i < n; i++) f->grp[i] = f->vstamp[i] = -1;
    return true;
}

static void fz_fini(Fz *f)
{
    cx_free(f->cx, f->ustart);
    cx_free(f->cx, f->users);
    cx_free(f->cx, f->grp);
    cx_free(f->cx, f->vstamp);
    cx_free(f->cx, f->map);
    cx_free(f->cx, f->rin);
    cx_free(f->cx, f->force);
    cx_free(f->cx, f->inst_of);
    cx_free(f->cx, f->loaded_by);
    cx_free(f->cx, f->cstamp);
    cx_free(f->cx, f->stored);
    cx_free(f->cx, f->gemm_into);
    cx_free(f->cx, f->biased);
    cx_free(f->cx, f->bgrad_pair);
    cx_free(f->cx, f->mem);
}

/* A copied permute of a product read by nothing else (attention's heads
 * [batch, heads, tokens, dim] -> [batch, tokens, heads, dim] for the
 * output projection): the product's GEMM writes its result in the
 * permuted order instead (fuse_emit.c), when the rows stay runs of
 * consecutive elements.  No copy kernel runs. */
static bool gemm_writes_permuted(Fz *f, NodeId p)
{
    const Node *n = ir_node(f->g, p);
    NodeId s = n->op == OP_PERMUTE ? n->in[0] : 0;
    if (!s || ir_node(f->g, s)->op != OP_MATMUL || f->virt[s] || f->ustart[s + 1] - f->ustart[s] != 1 ||
        !(f->enable & FUSE_VIEWS))
        return false;
    int r = n->type.shape.rank;
    const Shape *ss = shape_of(f, s);
    int64_t m = ss->dim[r - 2], nn = ss->dim[r - 1], st[IR_MAX_RANK], row = 0;
    shape_strides(&n->type.shape, st);
    for (int j = 0; j < r; j++)
        if (n->a.perm.v[j] == r - 2) row = st[j];
    if ((nn > 1 && n->a.perm.v[r - 1] != r - 1) || (m > 1 && row < nn)) return false;
    f->gemm_into[s] = p;
    return true;
}

static bool fuse_node(Fz *f, NodeId id)
{
    const Node *n = ir_node(f->g, id);
    OpKind kind = ir_ops[n->op].kind;
    if (kind == OK_EFFECT) return fz_bind_effect(f, id);
    if (kind == OK_LEAF) return true;
    if (f->bgrad_pair[id]) return fz_bgrad_place(f, id); /* a bias-gradient kernel runs here */
    if (f->virt[id] ? !f->loaded_by[id] : f->grp[id] >= 0) return true; /* recomputed / fused */
    if (ir_is_view(n->op) && !f->force[id]) return true;
    if (ir_is_view(n->op) && gemm_writes_permuted(f, id)) return true;
    if (is_pointwise(n->op)) {
        FzBias b;
        bool done = false;
        if (fz_bias_match(f, id, &b)) {
            if (!fz_bias_kernel(f, &b, &done)) return false;
            if (done) return true;
        }
        if (fz_bias_only(f, id)) return true; /* a widened bias only bias kernels read */
    }
    if (is_pointwise(n->op) || kind == OK_REDUCE || ir_is_view(n->op)) return loop_kernel(f, id);
    if (n->op == OP_MATMUL) {
        bool handled;
        if (!fz_bgrad(f, id, &handled)) return false;
        if (handled) return true;
    }
    return fz_call_kernel(f, id);
}

/* ------------------------------------------------------- fixed point
 *
 * With FUSE_RECOMPUTE the build is repeated until no virtual value is
 * read from memory (fuse_recompute.c). */

/* One fusion of the graph with the virtual values virt; loaded_by says
 * which virtual values a kernel still read from memory. */
static bool build_once(Fz *f, KernelProgram **out)
{
    KernelProgram *p = kir_new(f->cx, f->g);
    *out = NULL;
    if (!p) return false;
    f->p = p;
    f->gid = 0;
    for (uint32_t i = 0; i < f->g->nnodes; i++) {
        f->grp[i] = f->vstamp[i] = -1;
        f->force[i] = false;
        f->stored[i] = false;
        f->gemm_into[i] = 0;
        f->biased[i] = false;
        f->bgrad_pair[i] = 0;
        f->loaded_by[i] = 0;
    }
    bool ok = true;
    for (NodeId id = f->g->nnodes - 1; ok && id >= 1; id--) ok = fuse_node(f, id);
    if (!ok) {
        kir_free(p);
        return false;
    }
    for (uint32_t i = 0; i < p->nkernels / 2; i++) { /* built last-first */
        Kernel t = p->kernels[i];
        p->kernels[i] = p->kernels[p->nkernels - 1 - i];
        p->kernels[p->nkernels - 1 - i] = t;
    }
    kir_name_all(p);
    *out = p;
    return true;
}

static bool fuse_all(Fz *f, KernelProgram **out)
{
    FILE *explain = f->explain;
    if (f->enable & FUSE_RECOMPUTE) {
        bool *fam = cx_alloc(f->cx, f->g->nnodes * sizeof *fam);
        if (!fam) return false;
        fz_recompute_mark(f, fam, f->virt);
        cx_free(f->cx, fam);
    }
    f->explain = NULL; /* the growth is explained once, on the final build */
    for (bool err = false;;) {
        if (!build_once(f, out)) return false;
        f->explain = explain;
        bool again = fz_refuse_loaded(f, &err);
        if (!again && !err) break;
        f->explain = NULL;
        kir_free(*out);
        *out = NULL;
        if (err) return false;
    }
    if (!explain) return true;
    kir_free(*out);
    return build_once(f, out);
}

bool kir_build(Ctx *cx, const Graph *g, const FuseOptions *o, KernelProgram **out)
{
    Fz f;
    *out = NULL;
    bool *virt = cx_alloc(cx, 2 * g->nnodes * sizeof *virt); /* virt, keep */
    bool ok = virt && fz_init(&f, cx, g, o);
    if (ok) {
        f.virt = virt;
        f.keep = virt + g->nnodes;
        ok = fuse_all(&f, out);
        if (ok && (f.enable & FUSE_OUTPUTS) && !fz_fold_casts(cx, *out)) {
            kir_free(*out);
            *out = NULL;
            ok = false;
        }
    }
    if (virt) fz_fini(&f);
    cx_free(cx, virt);
    return ok;
}

bool kir_parse_no_fuse(Ctx *cx, const char *list, unsigned *enable)
{
    static const struct {
        const char *name;
        unsigned bit;
    } kinds[] = {{"elementwise", FUSE_ELEMWISE}, {"views", FUSE_VIEWS}, {"prologue", FUSE_PROLOGUE},
                 {"epilogue", FUSE_EPILOGUE}, {"recompute", FUSE_RECOMPUTE}, {"outputs", FUSE_OUTPUTS}, {"inplace", FUSE_INPLACE},
                 {"bias", FUSE_BIAS}, {"bgrad", FUSE_BGRAD}, {"all", FUSE_ALL}};
    while (*list) {
        size_t n = strcspn(list, ",");
        bool found = false;
        for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
            if (strlen(kinds[i].name) == n && !memcmp(kinds[i].name, list, n)) {
                *enable &= ~kinds[i].bit;
                found = true;
            }
        if (!found) {
            cx_error(cx, (SrcLoc){0}, "--no-fuse: unknown fusion kind '%.*s' (elementwise, views, prologue, epilogue, recompute, outputs, inplace, bias, bgrad, all)",
                     (int)n, list);
            return false;
        }
        list += n;
        if (*list == ',') list++;
    }
    return true;
}
