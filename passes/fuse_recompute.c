/* fuse_recompute.c — which values fusion recomputes instead of storing
 * (FUSE_RECOMPUTE, opt-in).
 *
 * A value is "virtual" (never stored: every consumer kernel recomputes it
 * along the same reduced axis) only if all of its consumer kernels can.
 * The decision is global and all-or-nothing per value; a greedy join
 * inside the growth would cascade (a consumer that cannot recompute reads
 * an intermediate another kernel had kept internal, and that kernel
 * splits).  Candidates are the softmax family: row values computed from a
 * reduce_max over the row (softmax, log-softmax, the cross-entropy built
 * on them and their gradients), the elementwise values feeding them, and
 * values read only by candidates.  Reductions over all elements (a
 * gradient norm, a mean over rows) are never candidates: they are not
 * rows.  The fixed point: build with the candidates virtual; a virtual
 * value some kernel still read from memory is refused (stored again) and
 * the program rebuilt, until none is refused (the loop is fuse_all in
 * fuse.c).
 *
 * Expects the Fz of fuse.c with its users lists built.  Produces the
 * marks f->virt (recomputed) and f->keep (refused: stored, never joins). */
#include "passes/fuse_internal.h"

static bool is_reduce(Op op) { return op == OP_REDUCE_SUM || op == OP_REDUCE_MAX; }

/* An elementwise op or a reduction that keeps more than one row. */
static bool row_op(const Fz *f, NodeId id)
{
    const Node *n = ir_node(f->g, id);
    if (is_pointwise(n->op)) return true;
    return is_reduce(n->op) && shape_numel(&n->type.shape) > 1;
}

/* The node under a chain of views. */
static NodeId through_views(const Fz *f, NodeId o)
{
    while (ir_is_view(ir_node(f->g, o)->op)) o = ir_node(f->g, o)->in[0];
    return o;
}

/* Whether every user of w (looking through views) satisfies pred; false
 * for a value without users. */
static bool users_all(const Fz *f, NodeId w, const bool *mark, bool loops)
{
    if (f->ustart[w] == f->ustart[w + 1]) return false;
    for (uint32_t u = f->ustart[w]; u < f->ustart[w + 1]; u++) {
        NodeId x = f->users[u];
        if (ir_is_view(ir_node(f->g, x)->op)) {
            if (!users_all(f, x, mark, loops)) return false;
        } else if (loops ? !row_op(f, x) && !is_reduce(ir_node(f->g, x)->op) : !mark[x]) {
            return false;
        }
    }
    return true;
}

static void explain_recompute(const Fz *f, NodeId w, NodeId by, const char *why)
{
    if (!f->explain) return;
    fprintf(f->explain, "fuse: not recomputing %%%u (%s): %%%u (%s) %s\n", w, ir_ops[ir_node(f->g, w)->op].name, by,
            ir_ops[ir_node(f->g, by)->op].name, why);
}

/* Marks the candidates in virt (the family, minus values with a consumer
 * that is not a loop kernel). */
void fz_recompute_mark(const Fz *f, bool *fam, bool *virt)
{
    uint32_t n = f->g->nnodes;
    for (NodeId id = 1; id < n; id++) { /* downstream of a row max */
        const Node *x = ir_node(f->g, id);
        if (!row_op(f, id)) continue;
        fam[id] = x->op == OP_REDUCE_MAX;
        for (uint32_t k = 0; k < x->nin && !fam[id]; k++) fam[id] = fam[through_views(f, x->in[k])];
    }
    for (NodeId id = n - 1; id >= 1; id--) /* read only by the family; not a bias add (fuse_bias.c) */
        if (!fam[id] && row_op(f, id) && users_all(f, id, fam, false) && !fz_bias_root(f, id)) fam[id] = true;
    for (NodeId id = 1; id < n; id++) {
        virt[id] = fam[id] && users_all(f, id, NULL, true);
    }
}
/* Refuses, per kernel, the last virtual value it read from memory (the
 * one nearest its consumers: the others were often read only because
 * that one stopped the growth, and stay virtual once it is stored);
 * whether any was refused.  *err on allocation failure. */
bool fz_refuse_loaded(Fz *f, bool *err)
{
    bool any = false, *seen = cx_alloc(f->cx, f->g->nnodes * sizeof *seen);
    if (!seen) return *err = true;
    for (NodeId id = f->g->nnodes - 1; id >= 1; id--) {
        NodeId r = f->loaded_by[id];
        if (!f->virt[id] || !r || seen[r]) continue;
        seen[r] = true;
        explain_recompute(f, id, r, "cannot recompute it");
        f->virt[id] = false;
        f->keep[id] = true;
        any = true;
    }
    cx_free(f->cx, seen);
    return any;
}
