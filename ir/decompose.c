/* decompose.c — the definitions of the structured ops, as primitive graphs.
 *
 * A structured op (ops.def kind OK_STRUCTURED) exists so that a backend can
 * run it as one kernel where no fusion of primitives comes close (DESIGN
 * section 3); what it computes is the primitive subgraph built here.  The
 * interpreter evaluates that subgraph (ir/interp.c), so each backend's
 * kernel is differentially tested against this definition, roundings
 * included: under IP_F32 every primitive rounds to the node's dtype.
 *
 * Expects operands that passed the op's typing rule (ir_infer); adds the
 * nodes to the given graph and returns the result node, or 0 after an
 * error (only allocation can fail once the types are right). */
#include "ir/ir.h"

/* The builders below take 0 for "an earlier step failed" and pass it on,
 * so the first error is the only one reported. */
static NodeId op1(Graph *g, Op op, NodeId x, const Attrs *a, SrcLoc loc)
{
    return x ? ir_add(g, op, &x, 1, a, NULL, loc) : 0;
}

static NodeId op2(Graph *g, Op op, NodeId x, NodeId y, const Attrs *a, SrcLoc loc)
{
    NodeId in[2] = {x, y};
    return x && y ? ir_add(g, op, in, 2, a, NULL, loc) : 0;
}

static NodeId sum_axis(Graph *g, NodeId x, int64_t axis, bool keep, SrcLoc loc)
{
    Attrs a = {.axes = {1, {axis}}, .keep = keep};
    return op1(g, OP_REDUCE_SUM, x, &a, loc);
}

static NodeId gather(Graph *g, NodeId x, NodeId idx, int64_t axis, SrcLoc loc)
{
    Attrs a = {.axis = axis};
    return op2(g, OP_GATHER, x, idx, &a, loc);
}

static NodeId reshape(Graph *g, NodeId x, int rank, const int64_t *dims, SrcLoc loc)
{
    Shape s = shape_make(rank, dims);
    return ir_reshape(g, x, &s, loc);
}

static NodeId broadcast(Graph *g, NodeId x, int rank, const int64_t *dims, SrcLoc loc)
{
    Shape s = shape_make(rank, dims);
    return ir_broadcast(g, x, &s, loc);
}

/* x / max(sqrt(sum(x * x, last axis, keep)), 1e-12): models/lib/nn.yaml's
 * l2_normalize, node for node. */
static NodeId l2_normalize(Graph *g, NodeId x, SrcLoc loc)
{
    Type t = g->nodes[x].type;
    NodeId nrm = op1(g, OP_SQRT, sum_axis(g, op2(g, OP_MUL, x, x, NULL, loc), t.shape.rank - 1, true, loc), NULL, loc);
    if (!nrm) return 0;
    Shape rs = g->nodes[nrm].type.shape;
    NodeId den = op2(g, OP_MAX, nrm, ir_full(g, t.dt, &rs, 1e-12, loc), NULL, loc);
    return op2(g, OP_DIV, x, den ? ir_broadcast(g, den, &t.shape, loc) : 0, NULL, loc);
}

/* neighbor_topk_gather(f [m,N,d], idx [N,C]) k -> [m,N,k,d]:
 *   fh  = l2_normalize(f)
 *   sim[m,i,j] = sum_e fh[m, idx[i,j], e] * fh[m, i, e]
 *   t   = topk(sim, k)                      (descending, ties lower j first)
 *   out[m,i,r,:] = f[m, idx[i, t[m,i,r]], :] (raw rows, not normalised) */
static NodeId neighbor_topk_gather(Graph *g, NodeId f, NodeId idx, int64_t k, SrcLoc loc)
{
    const Shape *fs = &g->nodes[f].type.shape, *is = &g->nodes[idx].type.shape;
    int64_t m = fs->dim[0], n = fs->dim[1], d = fs->dim[2], c = is->dim[1];
    NodeId fh = l2_normalize(g, f, loc);
    /* candidate rows: one gather over the token axis, every m alike */
    NodeId flat = broadcast(g, reshape(g, idx, 2, (int64_t[]){1, n * c}, loc), 2, (int64_t[]){m, n * c}, loc);
    NodeId rows = reshape(g, gather(g, fh, flat, 1, loc), 4, (int64_t[]){m, n, c, d}, loc);
    NodeId self = broadcast(g, reshape(g, fh, 4, (int64_t[]){m, n, 1, d}, loc), 4, (int64_t[]){m, n, c, d}, loc);
    NodeId sim = sum_axis(g, op2(g, OP_MUL, rows, self, NULL, loc), 3, false, loc);
    NodeId top = op1(g, OP_TOPK, sim, &(Attrs){.k = k}, loc);
    /* candidate positions -> token indices, then the raw rows */
    NodeId table = broadcast(g, reshape(g, idx, 3, (int64_t[]){1, n, c}, loc), 3, (int64_t[]){m, n, c}, loc);
    NodeId sel = reshape(g, gather(g, table, top, 2, loc), 2, (int64_t[]){m, n * k}, loc);
    return reshape(g, gather(g, f, sel, 1, loc), 4, (int64_t[]){m, n, k, d}, loc);
}

NodeId ir_decompose(Graph *g, Op op, const NodeId *in, uint32_t nin, const Attrs *a, SrcLoc loc)
{
    IR_ASSERT(ir_ops[op].kind == OK_STRUCTURED && nin == (uint32_t)ir_ops[op].arity);
    switch (op) {
    case OP_NEIGHBOR_TOPK_GATHER: return neighbor_topk_gather(g, in[0], in[1], a->k, loc);
    default: break;
    }
    IR_ASSERT(!"ir_decompose: structured op without a decomposition");
    return 0;
}
