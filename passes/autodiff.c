/* autodiff.c — reverse-mode differentiation of a graph, in the graph.
 *
 * Expects a verified graph and one or more scalar floating-point loss nodes
 * (with weights) and the nodes to differentiate with respect to.  Appends
 * the backward computation to the same graph as ordinary nodes, so the
 * backward is simplified, fused and emitted like the forward, and returns
 * the gradient node of each requested node (0 where the losses do not
 * depend on it).
 *
 * One rule per differentiable op (grad_rules, indexed by Op): a rule reads
 * the forward node and the adjoint of its result and adds the adjoints of
 * its inputs with the normal builders.  Adjoints of a node used several
 * times are summed with `add`.  Only nodes that lie on a path from a
 * requested node to a loss get backward nodes: a frozen parameter that is
 * not requested, a stop_gradient or a non-differentiable op (comparisons,
 * floor, topk, iota, rand_uniform, integer values) cuts the path; a path
 * through a structured op without a rule (neighbor_topk_gather) is an
 * error, since its float result does depend on its operand.
 * Backward nodes carry the source location of the forward node they come
 * from, so an error in the backward points at the model line.
 *
 * Conventions where the derivative is not unique (all as in PyTorch):
 * - abs'(0) = 0.
 * - max(a, b) / min(a, b) on a tie a == b: each operand gets half.
 * - reduce_max: the gradient is shared evenly among all tied maxima of a
 *   reduced group (PyTorch's amax).
 * - pow(a, b): d/db = y * log(a), defined for a > 0 (NaN for a <= 0, so
 *   only differentiate exponents of positive bases).
 * - x + 0 style identities are left to simplify. */
#include "passes/passes.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

typedef struct Ad {
    Ctx *cx;
    Graph *g;
    NodeId *adj;   /* per forward node: accumulated adjoint; 0 = none yet */
    uint8_t *need; /* per forward node: some requested node flows into it */
    uint32_t nfwd; /* nodes that existed before differentiation */
} Ad;

/* What a rule sees.  The node is a copy: g->nodes moves as rules add
 * nodes, so no rule may hold a Node or Type pointer across a builder call. */
typedef struct GradCtx {
    Ad *ad;
    NodeId id;
    Node n;
    NodeId gy; /* adjoint of the node's result */
} GradCtx;

typedef bool (*GradRule)(GradCtx *c);

/* ------------------------------------------------------------ helpers */

static Type ty(const GradCtx *c, NodeId id) { return c->ad->g->nodes[id].type; }
static NodeId in(const GradCtx *c, uint32_t k) { return c->n.in[k]; }

/* Whether input k needs an adjoint: it is float and a requested node flows
 * into it. */
static bool wants(const GradCtx *c, uint32_t k)
{
    NodeId x = in(c, k);
    return c->ad->need[x] && dt_is_float(ty(c, x).dt);
}

/* Adds v to the adjoint of input k (nothing if input k wants none);
 * false if v failed to build. */
static bool acc(GradCtx *c, uint32_t k, NodeId v)
{
    if (!v) return false;
    if (!wants(c, k)) return true;
    NodeId *a = &c->ad->adj[in(c, k)];
    *a = *a ? ir_binary(c->ad->g, OP_ADD, *a, v, c->n.loc) : v;
    return *a != 0;
}

static NodeId un(GradCtx *c, Op op, NodeId x) { return x ? ir_unary(c->ad->g, op, x, c->n.loc) : 0; }

static NodeId bin(GradCtx *c, Op op, NodeId a, NodeId b)
{
    return a && b ? ir_binary(c->ad->g, op, a, b, c->n.loc) : 0;
}

static NodeId sel(GradCtx *c, NodeId cond, NodeId a, NodeId b)
{
    return cond && a && b ? ir_select(c->ad->g, cond, a, b, c->n.loc) : 0;
}

/* A tensor of type t filled with v (a broadcast scalar, which fuses). */
static NodeId splat(GradCtx *c, Type t, double v) { return ir_full(c->ad->g, t.dt, &t.shape, v, c->n.loc); }
static NodeId splat_like(GradCtx *c, NodeId x, double v) { return splat(c, ty(c, x), v); }

static NodeId reshape_to(GradCtx *c, NodeId x, Shape s)
{
    if (!x) return 0;
    Type t = ty(c, x);
    return shape_eq(&t.shape, &s) ? x : ir_reshape(c->ad->g, x, &s, c->n.loc);
}

/* Sums x (shape S) down to shape t, the inverse of broadcasting t to S:
 * leading axes S has beyond t's rank and axes where t has size 1 are
 * summed away.  The gradient of every implicit or explicit broadcast. */
static NodeId sum_to(GradCtx *c, NodeId x, Shape t)
{
    if (!x) return 0;
    Shape s = ty(c, x).shape;
    int64_t axes[IR_MAX_RANK];
    int na = 0, off = s.rank - t.rank;
    IR_ASSERT(off >= 0);
    for (int d = 0; d < s.rank; d++)
        if (d < off || (t.dim[d - off] == 1 && s.dim[d] != 1)) axes[na++] = d;
    if (na) x = ir_reduce(c->ad->g, OP_REDUCE_SUM, x, axes, na, true, c->n.loc);
    return reshape_to(c, x, t);
}

static NodeId pad(GradCtx *c, NodeId x, const IntList *lo, const IntList *hi)
{
    if (!x) return 0;
    Attrs a = {.lo = *lo, .hi = *hi, .value = 0};
    return ir_add(c->ad->g, OP_PAD, &x, 1, &a, NULL, c->n.loc);
}

static NodeId index_op(GradCtx *c, Op op, const NodeId *ins, uint32_t nin)
{
    for (uint32_t i = 0; i < nin; i++)
        if (!ins[i]) return 0;
    Attrs a = {.axis = c->n.a.axis};
    return ir_add(c->ad->g, op, ins, nin, &a, NULL, c->n.loc);
}

/* ------------------------------------------------------- unary rules */

static bool g_neg(GradCtx *c) { return acc(c, 0, un(c, OP_NEG, c->gy)); }
static bool g_exp(GradCtx *c) { return acc(c, 0, bin(c, OP_MUL, c->gy, c->id)); }
static bool g_log(GradCtx *c) { return acc(c, 0, bin(c, OP_DIV, c->gy, in(c, 0))); }

/* sqrt: dy = 0.5 / y */
static bool g_sqrt(GradCtx *c)
{
    NodeId half = bin(c, OP_MUL, c->gy, splat_like(c, c->id, 0.5));
    return acc(c, 0, bin(c, OP_DIV, half, c->id));
}

/* rsqrt: y = x^-1/2, dy = -1/2 x^-3/2 = -0.5 y^3 */
static bool g_rsqrt(GradCtx *c)
{
    NodeId y = c->id, y3 = bin(c, OP_MUL, y, bin(c, OP_MUL, y, y));
    return acc(c, 0, bin(c, OP_MUL, c->gy, bin(c, OP_MUL, y3, splat_like(c, y, -0.5))));
}

/* erf: dy = 2/sqrt(pi) exp(-x^2) */
static bool g_erf(GradCtx *c)
{
    NodeId x = in(c, 0);
    NodeId e = un(c, OP_EXP, un(c, OP_NEG, bin(c, OP_MUL, x, x)));
    NodeId d = bin(c, OP_MUL, e, splat_like(c, x, 2.0 / sqrt(M_PI)));
    return acc(c, 0, bin(c, OP_MUL, c->gy, d));
}

/* tanh: dy = 1 - y^2 */
static bool g_tanh(GradCtx *c)
{
    NodeId y = c->id;
    NodeId d = bin(c, OP_SUB, splat_like(c, y, 1.0), bin(c, OP_MUL, y, y));
    return acc(c, 0, bin(c, OP_MUL, c->gy, d));
}

/* abs: sign(x) as two selects, so that abs'(0) = 0 */
static bool g_abs(GradCtx *c)
{
    NodeId x = in(c, 0), zero = splat_like(c, x, 0);
    NodeId neg = sel(c, bin(c, OP_LT, x, zero), un(c, OP_NEG, c->gy), zero);
    return acc(c, 0, sel(c, bin(c, OP_GT, x, zero), c->gy, neg));
}

/* recip: dy = -y^2 */
static bool g_recip(GradCtx *c)
{
    NodeId y = c->id;
    return acc(c, 0, un(c, OP_NEG, bin(c, OP_MUL, c->gy, bin(c, OP_MUL, y, y))));
}

static bool g_cast(GradCtx *c) { return acc(c, 0, ir_cast(c->ad->g, c->gy, ty(c, in(c, 0)).dt, c->n.loc)); }
static bool g_all_reduce_sum(GradCtx *c) { return acc(c, 0, un(c, OP_ALL_REDUCE_SUM, c->gy)); }

/* ------------------------------------------------------ binary rules */

static bool g_add(GradCtx *c)
{
    return (!wants(c, 0) || acc(c, 0, c->gy)) && (!wants(c, 1) || acc(c, 1, c->gy));
}

static bool g_sub(GradCtx *c)
{
    return (!wants(c, 0) || acc(c, 0, c->gy)) && (!wants(c, 1) || acc(c, 1, un(c, OP_NEG, c->gy)));
}

static bool g_mul(GradCtx *c)
{
    return (!wants(c, 0) || acc(c, 0, bin(c, OP_MUL, c->gy, in(c, 1)))) &&
           (!wants(c, 1) || acc(c, 1, bin(c, OP_MUL, c->gy, in(c, 0))));
}

/* y = a / b: da = g / b, db = -(g / b) * y */
static bool g_div(GradCtx *c)
{
    NodeId t = bin(c, OP_DIV, c->gy, in(c, 1));
    return (!wants(c, 0) || acc(c, 0, t)) && (!wants(c, 1) || acc(c, 1, un(c, OP_NEG, bin(c, OP_MUL, t, c->id))));
}

/* y = a^b: da = g b a^(b-1), db = g y log(a) */
static bool g_pow(GradCtx *c)
{
    NodeId a = in(c, 0), b = in(c, 1);
    if (wants(c, 0)) {
        NodeId p = bin(c, OP_POW, a, bin(c, OP_SUB, b, splat_like(c, b, 1.0)));
        if (!acc(c, 0, bin(c, OP_MUL, c->gy, bin(c, OP_MUL, b, p)))) return false;
    }
    return !wants(c, 1) || acc(c, 1, bin(c, OP_MUL, c->gy, bin(c, OP_MUL, c->id, un(c, OP_LOG, a))));
}

/* max/min: the winner takes g, a tie splits it; b gets g - ga, which is
 * exactly g, g/2 or 0. */
static bool g_extremum(GradCtx *c, Op win)
{
    NodeId a = in(c, 0), b = in(c, 1), zero = splat_like(c, a, 0);
    NodeId half = bin(c, OP_MUL, c->gy, splat_like(c, a, 0.5));
    NodeId tie = sel(c, bin(c, OP_EQ, a, b), half, zero);
    NodeId ga = sel(c, bin(c, win, a, b), c->gy, tie);
    return (!wants(c, 0) || acc(c, 0, ga)) && (!wants(c, 1) || acc(c, 1, bin(c, OP_SUB, c->gy, ga)));
}

static bool g_max(GradCtx *c) { return g_extremum(c, OP_GT); }
static bool g_min(GradCtx *c) { return g_extremum(c, OP_LT); }

/* select(cond, a, b): the chosen branch takes g, the other zero */
static bool g_select(GradCtx *c)
{
    NodeId cond = in(c, 0), zero = splat_like(c, c->id, 0);
    return (!wants(c, 1) || acc(c, 1, sel(c, cond, c->gy, zero))) &&
           (!wants(c, 2) || acc(c, 2, sel(c, cond, zero, c->gy)));
}

/* -------------------------------------------------- reduction rules */

/* The adjoint with the reduced axes kept as size 1. */
static NodeId gy_keepdims(GradCtx *c)
{
    Shape s = ty(c, in(c, 0)).shape;
    for (int i = 0; i < c->n.a.axes.n; i++) s.dim[c->n.a.axes.v[i]] = 1;
    return reshape_to(c, c->gy, s);
}

static bool g_reduce_sum(GradCtx *c)
{
    Shape xs = ty(c, in(c, 0)).shape;
    return acc(c, 0, ir_broadcast(c->ad->g, gy_keepdims(c), &xs, c->n.loc));
}

/* reduce_max: g goes to the elements equal to the maximum, shared evenly
 * among ties (count of maxima per group). */
static bool g_reduce_max(GradCtx *c)
{
    NodeId x = in(c, 0), gk = gy_keepdims(c);
    Shape xs = ty(c, x).shape, ks = ty(c, gk).shape;
    NodeId ymax = ir_broadcast(c->ad->g, reshape_to(c, c->id, ks), &xs, c->n.loc);
    NodeId mask = bin(c, OP_EQ, x, ymax), zero = splat_like(c, x, 0);
    NodeId ones = sel(c, mask, splat_like(c, x, 1), zero);
    NodeId cnt = ones ? ir_reduce(c->ad->g, OP_REDUCE_SUM, ones, c->n.a.axes.v, c->n.a.axes.n, true, c->n.loc) : 0;
    NodeId share = bin(c, OP_DIV, gk, cnt);
    NodeId bshare = share ? ir_broadcast(c->ad->g, share, &xs, c->n.loc) : 0;
    return acc(c, 0, sel(c, mask, bshare, zero));
}

/* ------------------------------------------------------ layout rules */

static bool g_reshape(GradCtx *c) { return acc(c, 0, reshape_to(c, c->gy, ty(c, in(c, 0)).shape)); }

static bool g_permute(GradCtx *c)
{
    int64_t inv[IR_MAX_RANK];
    const IntList *p = &c->n.a.perm;
    for (int i = 0; i < p->n; i++) inv[p->v[i]] = i;
    return acc(c, 0, ir_permute(c->ad->g, c->gy, inv, p->n, c->n.loc));
}

static bool g_broadcast(GradCtx *c) { return acc(c, 0, sum_to(c, c->gy, ty(c, in(c, 0)).shape)); }

/* slice: pad the adjoint back to the input's extent with zeros */
static bool g_slice(GradCtx *c)
{
    Shape xs = ty(c, in(c, 0)).shape;
    IntList hi = {.n = xs.rank};
    for (int d = 0; d < xs.rank; d++) hi.v[d] = xs.dim[d] - c->n.a.hi.v[d];
    return acc(c, 0, pad(c, c->gy, &c->n.a.lo, &hi));
}

/* pad: the adjoint of the interior */
static bool g_pad(GradCtx *c)
{
    Shape xs = ty(c, in(c, 0)).shape;
    int64_t hi[IR_MAX_RANK];
    for (int d = 0; d < xs.rank; d++) hi[d] = c->n.a.lo.v[d] + xs.dim[d];
    return acc(c, 0, ir_slice(c->ad->g, c->gy, c->n.a.lo.v, hi, c->n.loc));
}

/* concat: each operand takes its slab of the adjoint */
static bool g_concat(GradCtx *c)
{
    Shape ys = ty(c, c->id).shape;
    int axis = (int)c->n.a.axis;
    int64_t lo[IR_MAX_RANK] = {0}, hi[IR_MAX_RANK];
    memcpy(hi, ys.dim, sizeof hi);
    for (uint32_t k = 0; k < c->n.nin; k++) {
        hi[axis] = lo[axis] + ty(c, in(c, k)).shape.dim[axis];
        if (wants(c, k) && !acc(c, k, ir_slice(c->ad->g, c->gy, lo, hi, c->n.loc))) return false;
        lo[axis] = hi[axis];
    }
    return true;
}

/* ---------------------------------------------------- indexing rules */

/* gather: scatter the adjoint back into zeros of the operand's type */
static bool g_gather(GradCtx *c)
{
    NodeId ins[3] = {splat_like(c, in(c, 0), 0), in(c, 1), c->gy};
    return acc(c, 0, index_op(c, OP_SCATTER_ADD, ins, 3));
}

/* scatter_add(base, idx, upd): base takes g, upd gathers it */
static bool g_scatter_add(GradCtx *c)
{
    NodeId ins[2] = {c->gy, in(c, 1)};
    return (!wants(c, 0) || acc(c, 0, c->gy)) && (!wants(c, 2) || acc(c, 2, index_op(c, OP_GATHER, ins, 2)));
}

/* ------------------------------------------------------ matmul rule */

/* Merges every axis but the last of x: [b..., m, n] -> [b*...*m, n]. */
static NodeId rows(GradCtx *c, NodeId x)
{
    Shape s = ty(c, x).shape, r = {.rank = 2, .dim = {1, s.dim[s.rank - 1]}};
    for (int d = 0; d < s.rank - 1; d++) r.dim[0] *= s.dim[d];
    return ir_reshape(c->ad->g, x, &r, c->n.loc);
}

/* The adjoint of a weight shared by every batch element (x [b..., m, k]
 * times a rank-2 W): one matmul over all b*m rows, instead of a batched
 * matmul per element followed by a sum over the batch, which would
 * materialise b weight-sized products. */
static NodeId shared_weight_grad(GradCtx *c, NodeId a, bool tb)
{
    NodeId a2 = rows(c, a), g2 = rows(c, c->gy);
    return tb ? ir_matmul(c->ad->g, g2, a2, true, false, c->n.loc) : ir_matmul(c->ad->g, a2, g2, true, false, c->n.loc);
}

/* C = op(A) op(B) with op = transpose when ta/tb.  Each operand's adjoint
 * is a matmul of g with the other operand, chosen so that it comes out in
 * the operand's stored layout, then summed over batch axes the operand
 * was broadcast along. */
static bool g_matmul(GradCtx *c)
{
    Graph *g = c->ad->g;
    NodeId a = in(c, 0), b = in(c, 1), gy = c->gy;
    bool ta = c->n.a.ta, tb = c->n.a.tb;
    SrcLoc l = c->n.loc;
    if (wants(c, 0)) {
        NodeId da = !ta ? ir_matmul(g, gy, b, false, !tb, l) : ir_matmul(g, b, gy, tb, true, l);
        if (!acc(c, 0, sum_to(c, da, ty(c, a).shape))) return false;
    }
    if (wants(c, 1) && !ta && ty(c, b).shape.rank == 2 && ty(c, a).shape.rank > 2) {
        if (!acc(c, 1, shared_weight_grad(c, a, tb))) return false;
    } else if (wants(c, 1)) {
        NodeId db = !tb ? ir_matmul(g, a, gy, !ta, false, l) : ir_matmul(g, gy, a, true, ta, l);
        if (!acc(c, 1, sum_to(c, db, ty(c, b).shape))) return false;
    }
    return true;
}

/* ------------------------------------------------------------ table */

static const GradRule grad_rules[OP_COUNT] = {
    [OP_NEG] = g_neg,
    [OP_EXP] = g_exp,
    [OP_LOG] = g_log,
    [OP_SQRT] = g_sqrt,
    [OP_RSQRT] = g_rsqrt,
    [OP_ERF] = g_erf,
    [OP_TANH] = g_tanh,
    [OP_ABS] = g_abs,
    [OP_RECIP] = g_recip,
    [OP_CAST] = g_cast,
    [OP_ADD] = g_add,
    [OP_SUB] = g_sub,
    [OP_MUL] = g_mul,
    [OP_DIV] = g_div,
    [OP_MAX] = g_max,
    [OP_MIN] = g_min,
    [OP_POW] = g_pow,
    [OP_SELECT] = g_select,
    [OP_REDUCE_SUM] = g_reduce_sum,
    [OP_REDUCE_MAX] = g_reduce_max,
    [OP_RESHAPE] = g_reshape,
    [OP_PERMUTE] = g_permute,
    [OP_BROADCAST] = g_broadcast,
    [OP_SLICE] = g_slice,
    [OP_CONCAT] = g_concat,
    [OP_PAD] = g_pad,
    [OP_GATHER] = g_gather,
    [OP_SCATTER_ADD] = g_scatter_add,
    [OP_MATMUL] = g_matmul,
    [OP_ALL_REDUCE_SUM] = g_all_reduce_sum,
};

bool ad_has_rule(Op op) { return op > OP_NONE && op < OP_COUNT && grad_rules[op] != NULL; }

/* ------------------------------------------------------------ driver */

/* A structured op without a gradient rule: unlike topk or floor it has a
 * float result whose true derivative is not zero, so a gradient path
 * through it is an error, not a cut (sweep reports it). */
static bool is_blocking(Op op) { return ir_ops[op].kind == OK_STRUCTURED && !grad_rules[op]; }

/* need[i]: node i is float and depends, through differentiable ops (or a
 * blocking one, to be reported), on a requested node. */
static void mark_need(Ad *ad, const NodeId *wrt, uint32_t nwrt)
{
    for (uint32_t i = 0; i < nwrt; i++) ad->need[wrt[i]] = 1;
    for (NodeId id = 1; id < ad->nfwd; id++) {
        const Node *n = ir_node(ad->g, id);
        if ((!grad_rules[n->op] && !is_blocking(n->op)) || !dt_is_float(n->type.dt)) continue;
        for (uint32_t k = 0; k < n->nin; k++) ad->need[id] |= ad->need[n->in[k]];
    }
}

/* Seeds the adjoint of each loss with its weight. */
static bool seed_losses(Ad *ad, const AdLoss *losses, uint32_t nloss)
{
    for (uint32_t i = 0; i < nloss; i++) {
        NodeId l = losses[i].node;
        IR_ASSERT(l > 0 && l < ad->nfwd);
        Type t = ir_node(ad->g, l)->type;
        char buf[128];
        if (!dt_is_float(t.dt) || shape_numel(&t.shape) != 1) {
            cx_error(ad->cx, ir_node(ad->g, l)->loc, "autodiff: the loss must be a floating-point scalar, got %s",
                     type_str(&t, buf, sizeof buf));
            return false;
        }
        SrcLoc loc = ir_node(ad->g, l)->loc;
        NodeId w = ir_full(ad->g, t.dt, &t.shape, losses[i].weight, loc);
        ad->adj[l] = ad->adj[l] && w ? ir_binary(ad->g, OP_ADD, ad->adj[l], w, loc) : w;
        if (!ad->adj[l]) return false;
    }
    return true;
}

/* Visits the forward nodes from last to first: when a node is reached its
 * adjoint is complete, since all its users come after it. */
static bool sweep(Ad *ad)
{
    for (NodeId id = ad->nfwd - 1; id >= 1; id--) {
        if (!ad->adj[id] || !ad->need[id]) continue;
        const Node *n = ir_node(ad->g, id);
        if (is_blocking(n->op)) {
            cx_error(ad->cx, n->loc, "autodiff: %s is not differentiable, but the loss depends on a trainable value "
                     "through it; wrap its operand in stop_gradient", ir_ops[n->op].name);
            return false;
        }
        GradRule rule = grad_rules[n->op];
        if (!rule) continue;
        GradCtx c = {ad, id, *ir_node(ad->g, id), ad->adj[id]};
        if (!rule(&c)) return false;
    }
    return true;
}

bool ad_grad(Ctx *cx, Graph *g, const AdLoss *losses, uint32_t nloss, const NodeId *wrt, uint32_t nwrt,
             NodeId *grads)
{
    Ad ad = {cx, g, NULL, NULL, g->nnodes};
    ad.adj = cx_alloc(cx, g->nnodes * sizeof *ad.adj);
    ad.need = cx_alloc(cx, g->nnodes);
    bool ok = ad.adj && ad.need;
    if (ok) {
        mark_need(&ad, wrt, nwrt);
        ok = seed_losses(&ad, losses, nloss) && sweep(&ad);
    }
    for (uint32_t i = 0; i < nwrt; i++) grads[i] = ok ? ad.adj[wrt[i]] : 0;
    cx_free(cx, ad.adj);
    cx_free(cx, ad.need);
    return ok;
}

/* ------------------------------------------------------- pass form */

static NodeId find_output(const Graph *g, const char *name)
{
    for (NodeId id = 1; id < g->nnodes; id++) {
        const Node *n = ir_node(g, id);
        if (n->op == OP_OUTPUT && !strcmp(n->a.name, name)) return id;
    }
    return 0;
}

/* Adds `output name="grad.<param>"` for each trainable param; a param
 * the loss does not depend on gets zeros, so every trainable param has a
 * gradient output of its own type. */
static bool add_grad_outputs(Ctx *cx, Graph *g, const NodeId *params, const NodeId *grads, uint32_t np)
{
    for (uint32_t i = 0; i < np; i++) {
        Node p = *ir_node(g, params[i]);
        char name[512];
        snprintf(name, sizeof name, "grad.%s", p.a.name);
        if (find_output(g, name)) {
            cx_error(cx, p.loc, "autodiff: output '%s' already exists", name);
            return false;
        }
        NodeId v = grads[i] ? grads[i] : ir_full(g, p.type.dt, &p.type.shape, 0, p.loc);
        Attrs a = {.name = name};
        if (!v || !ir_add(g, OP_OUTPUT, &v, 1, &a, NULL, p.loc)) return false;
    }
    return true;
}

bool pass_autodiff(Ctx *cx, Graph *g)
{
    NodeId out = find_output(g, "loss");
    if (!out) {
        cx_error(cx, (SrcLoc){0}, "autodiff: the graph has no output named \"loss\"");
        return false;
    }
    NodeId *params = cx_alloc(cx, g->nnodes * sizeof *params);
    NodeId *grads = cx_alloc(cx, g->nnodes * sizeof *grads);
    bool ok = params && grads;
    uint32_t np = 0;
    for (NodeId id = 1; ok && id < g->nnodes; id++) {
        const Node *n = ir_node(g, id);
        if (n->op == OP_PARAM && !(n->a.tags & TAG_FROZEN)) params[np++] = id;
    }
    AdLoss loss = {ir_node(g, out)->in[0], 1.0};
    ok = ok && ad_grad(cx, g, &loss, 1, params, np, grads) && add_grad_outputs(cx, g, params, grads, np);
    cx_free(cx, params);
    cx_free(cx, grads);
    return ok;
}
