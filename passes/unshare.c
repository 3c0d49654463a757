/* unshare.c — a cheap elementwise value read by several loop kernels, or
 * read through a slice, is computed by each reader instead of stored and
 * read back.
 *
 * GELU's x * 1/sqrt(2) and erf(...) are read by the forward and by the
 * backward's derivative: fusion, which puts a producer into a consumer's
 * kernel only when that kernel holds all its users, stores them (a write
 * and two reads of an activation-sized buffer) and keeps them alive from
 * the forward to the backward.  Given one copy per reader, each copy joins
 * its reader's kernel, which reads x instead, and nothing is stored.  The
 * same holds for a value read through views: fusion cannot join a producer
 * that a slice reads only part of (the f32 widening of a bf16 logit matrix
 * read one crop set at a time by the loss rows), so the copy is moved below
 * the views: a reader of slice(cast(x)) reads cast(slice(x)).
 *
 * Expects a verified graph after simplify (whose CSE would merge the copies
 * again).  A value is unshared when it is an elementwise op of one tensor,
 * constants (or scalars) and small broadcast leaves (a bias), the tensor's
 * elements no wider than its own (reading the tensor costs no more than
 * reading the value: under bf16 the GELU of a linear layer reads its bf16
 * product and the bias, in the forward and in the backward, and the f32
 * sum is never stored), every path
 * from it through views (permute, reshape, slice; a broadcast would repeat
 * the work) ends at an elementwise op or a reduction (a loop kernel the
 * copy can join), and it has two readers or is read through a view.  Each
 * copy is the same operation on the same elements (views only pick them):
 * the same bits.  The graph is rebuilt in order, each copy just before its
 * reader; rebuilding repeats until nothing is left to unshare, because a
 * copied value's operand (erf's argument) gains readers. */
#include "passes/passes.h"

typedef struct Unshare {
    Ctx *cx;
    const Graph *in;
    Graph *out;
    NodeId *map;      /* old id -> new id (0 for an unshared value) */
    uint32_t *nread;  /* readers per old node */
    bool *loop_ok;    /* every path through sinkable views ends at a loop op */
    bool *viewed;     /* some reader is a sinkable view */
    bool *unshared;   /* computed by its readers (a view: moved into them) */
} Unshare;

/* Longest chain of views a copy moves below (a graph has a few). */
enum { MAX_VIEWS = 32 };

static bool elementwise(Op op) { return ir_ops[op].kind == OK_ELEMWISE; }

/* The views a copy can move below without repeating work. */
static bool sinkable_view(Op op) { return op == OP_PERMUTE || op == OP_RESHAPE || op == OP_SLICE; }

static bool is_constant(const Graph *g, NodeId x)
{
    const Node *n = ir_node(g, x);
    while (n->op == OP_BROADCAST || n->op == OP_RESHAPE) n = ir_node(g, n->in[0]);
    return n->op == OP_CONST || shape_numel(&n->type.shape) == 1;
}

/* A broadcast of a leaf at least SMALL times smaller than the value (a
 * bias): its elements come from cache, so reading it costs next to
 * nothing.  Computed values are not counted: a row statistic (a layer
 * norm's mean) read by copies in other kernels would have to be stored,
 * where it now lives and dies inside its row kernel. */
enum { SMALL = 16 };

static bool small_broadcast(const Graph *g, NodeId x, int64_t numel)
{
    const Node *n = ir_node(g, x);
    if (n->op != OP_BROADCAST) return false;
    const Node *src = ir_node(g, n->in[0]);
    return ir_ops[src->op].kind == OK_LEAF && shape_numel(&src->type.shape) * SMALL <= numel;
}

static bool cheap(const Unshare *u, NodeId id)
{
    const Node *n = ir_node(u->in, id);
    if (!elementwise(n->op) || !u->loop_ok[id]) return false;
    if (u->nread[id] < 2 && !u->viewed[id]) return false;
    int64_t numel = shape_numel(&n->type.shape);
    int tensors = 0;
    for (uint32_t k = 0; k < n->nin; k++) {
        if (is_constant(u->in, n->in[k]) || small_broadcast(u->in, n->in[k], numel)) continue;
        if (++tensors > 1 || dt_size(ir_node(u->in, n->in[k])->type.dt) > dt_size(n->type.dt)) return false;
    }
    return tensors == 1;
}

/* Readers are later than what they read: one pass from the last node back
 * sees every reader of a node before the node itself. */
static void count_readers(Unshare *u)
{
    for (NodeId id = 1; id < u->in->nnodes; id++) u->loop_ok[id] = true;
    for (NodeId id = u->in->nnodes - 1; id >= 1; id--) {
        const Node *n = ir_node(u->in, id);
        bool view = sinkable_view(n->op);
        bool ok = elementwise(n->op) || n->op == OP_REDUCE_SUM || n->op == OP_REDUCE_MAX || (view && u->loop_ok[id]);
        for (uint32_t k = 0; k < n->nin; k++) {
            bool again = false; /* x * x reads x once */
            for (uint32_t j = 0; j < k; j++) again |= n->in[j] == n->in[k];
            u->nread[n->in[k]] += !again;
            u->loop_ok[n->in[k]] &= ok;
            u->viewed[n->in[k]] |= view;
        }
    }
}

/* Marks what this round unshares; false when nothing. */
static bool mark(Unshare *u)
{
    bool any = false;
    for (NodeId id = 1; id < u->in->nnodes; id++) {
        const Node *n = ir_node(u->in, id);
        u->unshared[id] = cheap(u, id) || (sinkable_view(n->op) && u->loop_ok[id] && u->unshared[n->in[0]]);
        any |= u->unshared[id];
    }
    return any;
}

static NodeId sink(Unshare *u, NodeId t, const NodeId *views, int nv);

/* Old node n added to the new graph with type ty, each operand seen
 * through views[0..nv) (innermost first; elementwise operands share n's
 * shape): recomputed there if unshared, else read through copies of the
 * views (nv = 0: just renamed).  An operand read twice is made once. */
static NodeId rebuild(Unshare *u, const Node *n, const NodeId *views, int nv, const Type *ty)
{
    NodeId in[64];
    IR_ASSERT(n->nin <= 64);
    for (uint32_t k = 0; k < n->nin; k++) {
        in[k] = 0;
        for (uint32_t j = 0; j < k && !in[k]; j++)
            if (n->in[j] == n->in[k]) in[k] = in[j];
        if (!in[k] && !(in[k] = sink(u, n->in[k], views, nv))) return 0;
    }
    return ir_add(u->out, n->op, in, n->nin, &n->a, ty, n->loc);
}

/* The value of views[0..nv) (innermost first) applied to old node t, in
 * the new graph: an unshared value is recomputed under the views, anything
 * else is read through copies of them (a view takes its dtype from its
 * operand, its shape from the old view's type). */
static NodeId sink(Unshare *u, NodeId t, const NodeId *views, int nv)
{
    const Node *n = ir_node(u->in, t);
    if (u->unshared[t] && ir_is_view(n->op)) {
        NodeId more[MAX_VIEWS];
        if (nv + 1 > MAX_VIEWS) {
            cx_error(u->cx, n->loc, "unshare: more than %d views in a row", MAX_VIEWS);
            return 0;
        }
        more[0] = t;
        for (int j = 0; j < nv; j++) more[j + 1] = views[j];
        return sink(u, n->in[0], more, nv + 1);
    }
    if (u->unshared[t]) {
        Type ty = n->type;
        if (nv) ty.shape = ir_node(u->in, views[nv - 1])->type.shape;
        return rebuild(u, n, views, nv, &ty);
    }
    NodeId x = u->map[t];
    for (int j = 0; j < nv && x; j++) {
        const Node *v = ir_node(u->in, views[j]);
        x = ir_add(u->out, v->op, &x, 1, &v->a, &v->type, v->loc);
    }
    return x;
}

/* One rebuild; *changed says whether anything was unshared. */
static bool unshare_round(Ctx *cx, Graph *g, bool *changed)
{
    Unshare u = {.cx = cx, .in = g};
    size_t n = g->nnodes;
    u.nread = cx_alloc(cx, n * sizeof *u.nread);
    u.loop_ok = cx_alloc(cx, n * sizeof *u.loop_ok);
    u.viewed = cx_alloc(cx, n * sizeof *u.viewed);
    u.unshared = cx_alloc(cx, n * sizeof *u.unshared);
    bool ok = u.nread && u.loop_ok && u.viewed && u.unshared;
    if (ok) count_readers(&u);
    *changed = ok && mark(&u);
    if (*changed) {
        u.out = ir_graph_new(cx, g->name ? g->name : "");
        u.map = cx_alloc(cx, n * sizeof *u.map);
        ok = u.out && u.map;
        for (NodeId id = 1; ok && id < g->nnodes; id++)
            if (!u.unshared[id]) ok = (u.map[id] = rebuild(&u, ir_node(g, id), NULL, 0, &ir_node(g, id)->type)) != 0;
        if (ok) ir_graph_swap(g, u.out);
        cx_free(cx, u.map);
        if (u.out) ir_graph_free(u.out);
    }
    cx_free(cx, u.nread);
    cx_free(cx, u.loop_ok);
    cx_free(cx, u.viewed);
    cx_free(cx, u.unshared);
    return ok;
}

bool pass_unshare(Ctx *cx, Graph *g)
{
    bool changed = true, ok = true;
    while (ok && changed) ok = unshare_round(cx, g, &changed);
    return ok;
}
