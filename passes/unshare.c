/* unshare.c — a cheap elementwise value read by several loop kernels is
 * computed once per reader instead of stored and read back.
 *
 * GELU's x * 1/sqrt(2) is read by the forward erf and by the backward's
 * derivative: fusion, which puts a producer into a consumer's kernel only
 * when that kernel holds all its users, stores it (a write and two reads of
 * an activation-sized buffer) and keeps it alive from the forward to the
 * backward.  Given one copy per reader, each copy joins its reader's
 * kernel, which reads x instead, and nothing is stored.
 *
 * Expects a verified graph after simplify (whose CSE would merge the copies
 * again).  A value is unshared when it is an elementwise op of one tensor
 * and constants (or scalars) whose elements are no wider than its own
 * (reading the tensor costs no more than reading the value), it has at
 * least two readers, and every reader is an elementwise op or a reduction
 * (a loop kernel the copy can join).  Each copy is the same operation on
 * the same operands: the same bits.
 * The graph is rebuilt in order; each copy is added just before its reader. */
#include "passes/passes.h"

typedef struct Unshare {
    Ctx *cx;
    const Graph *in;
    Graph *out;
    NodeId *map;       /* old id -> new id (0 for an unshared value) */
    uint32_t *nread;   /* readers per old node */
    bool *loop_reads;  /* every reader is elementwise or a reduction */
} Unshare;

static bool elementwise(Op op) { return ir_ops[op].kind == OK_ELEMWISE; }

static bool is_constant(const Graph *g, NodeId x)
{
    const Node *n = ir_node(g, x);
    while (n->op == OP_BROADCAST || n->op == OP_RESHAPE) n = ir_node(g, n->in[0]);
    return n->op == OP_CONST || shape_numel(&n->type.shape) == 1;
}

static bool cheap(const Unshare *u, NodeId id)
{
    const Node *n = ir_node(u->in, id);
    if (!elementwise(n->op)) return false;
    if (u->nread[id] < 2 || !u->loop_reads[id]) return false;
    int tensors = 0;
    for (uint32_t k = 0; k < n->nin; k++) {
        if (is_constant(u->in, n->in[k])) continue;
        if (++tensors > 1 || dt_size(ir_node(u->in, n->in[k])->type.dt) > dt_size(n->type.dt)) return false;
    }
    return tensors == 1;
}

static void count_readers(Unshare *u)
{
    for (NodeId id = 1; id < u->in->nnodes; id++) u->loop_reads[id] = true;
    for (NodeId id = 1; id < u->in->nnodes; id++) {
        const Node *n = ir_node(u->in, id);
        bool loop = elementwise(n->op) || n->op == OP_REDUCE_SUM || n->op == OP_REDUCE_MAX;
        for (uint32_t k = 0; k < n->nin; k++) {
            bool again = false; /* x * x reads x once */
            for (uint32_t j = 0; j < k; j++) again |= n->in[j] == n->in[k];
            u->nread[n->in[k]] += !again;
            u->loop_reads[n->in[k]] &= loop;
        }
    }
}

/* Node id copied with its inputs renamed; an unshared input is first
 * recomputed for this reader alone (once, if it reads it twice). */
static NodeId copy_node(Unshare *u, NodeId id)
{
    const Node *n = ir_node(u->in, id);
    NodeId in[64];
    IR_ASSERT(n->nin <= 64);
    for (uint32_t k = 0; k < n->nin; k++) {
        NodeId x = n->in[k];
        in[k] = u->map[x];
        for (uint32_t j = 0; j < k && !in[k]; j++)
            if (n->in[j] == x) in[k] = in[j];
        if (!in[k] && !(in[k] = copy_node(u, x))) return 0;
    }
    return ir_add(u->out, n->op, in, n->nin, &n->a, &n->type, n->loc);
}

bool pass_unshare(Ctx *cx, Graph *g)
{
    Unshare u = {.cx = cx, .in = g};
    u.nread = cx_alloc(cx, g->nnodes * sizeof *u.nread);
    u.loop_reads = cx_alloc(cx, g->nnodes * sizeof *u.loop_reads);
    bool ok = u.nread && u.loop_reads, any = false;
    if (ok) count_readers(&u);
    for (NodeId id = 1; ok && id < g->nnodes && !any; id++) any = cheap(&u, id);
    if (ok && any) {
        u.out = ir_graph_new(cx, g->name ? g->name : "");
        u.map = cx_alloc(cx, g->nnodes * sizeof *u.map);
        ok = u.out && u.map;
        for (NodeId id = 1; ok && id < g->nnodes; id++)
            if (!cheap(&u, id)) ok = (u.map[id] = copy_node(&u, id)) != 0;
        if (ok) ir_graph_swap(g, u.out);
        cx_free(cx, u.map);
        if (u.out) ir_graph_free(u.out);
    }
    cx_free(cx, u.nread);
    cx_free(cx, u.loop_reads);
    return ok;
}
