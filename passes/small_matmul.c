/* small_matmul.c — batched matrix products too small for a GEMM library
 * become a product and a sum that fusion turns into one loop kernel.
 *
 * The PASS aggregation attends from one query over 5 tokens per patch: the
 * step has products such as [25088, 6, 1, 64] x [25088, 6, 64, 5] and
 * their gradients (K = 5, or K = 1 for an outer product), 150,528 matrices
 * of a few hundred multiply-adds each.  A library call per matrix (the CPU
 * GEMM) or a batched library kernel (cuBLASLt: 926 of 1479 ms of the
 * dino_pass step on an H200, at 2 GB/s) spends its time on overhead; as a
 * reduction over K of broadcast operands the product is one memory-bound
 * kernel, and the softmax feeding it can fuse into it.
 *
 * Expects a verified graph (normally the whole step).  Rewrites every
 * matmul with more than one matrix in its batch, both operands batched
 * (no weight shared across the batch: that is one large GEMM) and at most
 * SMALL_MATMUL_MAX multiply-adds per matrix (M * N * K):
 *
 *   matmul(a, b) : [batch..., M, N]
 *     ->  reduce_sum(mul(broadcast(reshape(a' -> [..., M, K, 1])),
 *                        broadcast(reshape(b' -> [..., 1, K, N]))),
 *                    axes=[K's axis]) : [batch..., M, N]
 *
 * with a' = a, or a with its last two axes permuted when ta (likewise b'
 * for tb), both broadcast to [batch..., M, K, N].  For K up to
 * SMALL_MATMUL_UNROLL the sum is written out instead, term by term:
 *
 *   add(... add(a'[..., :, 0:1] * b'[..., 0:1, :], a'[..., :, 1:2] * ...))
 *
 * (slices broadcast to [batch..., M, N]), an elementwise kernel.  A bf16
 * or f16 product multiplies and sums in f32 and rounds once to its dtype,
 * as the bf16 policy of precision.c says a product accumulates.  Products whose
 * [batch..., M, K, N] would exceed IR_MAX_RANK axes are left alone.  The
 * graph is rebuilt in order (renumbered, as dce does). */
#include "passes/passes.h"

/* Multiply-adds per matrix at or below which a batched product is lowered:
 * the PASS aggregation's 1x5x64, 1x64x5 and 5x64x1 (320) and the local
 * crops' class attention over 37 tokens (1x37x64 = 2368) qualify; ViT
 * attention (196x196x64) and the projections stay library GEMMs. */
#define SMALL_MATMUL_MAX 4096
/* K up to which the sum over K is written out as K elementwise terms. */
#define SMALL_MATMUL_UNROLL 8

typedef struct Small {
    Ctx *cx;
    const Graph *in;
    Graph *out;
    NodeId *map; /* old id -> new id */
} Small;

/* Dimensions of the product of old node n: M, N, K and the batch size. */
static void dims(const Graph *g, const Node *n, int64_t *M, int64_t *N, int64_t *K, int64_t *nb)
{
    const Shape *so = &n->type.shape, *sa = &ir_node(g, n->in[0])->type.shape;
    *M = so->dim[so->rank - 2];
    *N = so->dim[so->rank - 1];
    *K = n->a.ta ? sa->dim[sa->rank - 2] : sa->dim[sa->rank - 1];
    *nb = 1;
    for (int i = 0; i < so->rank - 2; i++) *nb *= so->dim[i];
}

/* Matrices in operand x's batch (its dims but the last two). */
static int64_t batch_of(const Graph *g, NodeId x)
{
    const Shape *s = &ir_node(g, x)->type.shape;
    int64_t nb = 1;
    for (int i = 0; i < s->rank - 2; i++) nb *= s->dim[i];
    return nb;
}

/* Both operands must be batched to the full batch: a product with a
 * shared operand (a weight applied to every row of a batch) is one large
 * GEMM over the stacked rows, which a library does well. */
static bool is_small(const Graph *g, const Node *n)
{
    if (n->op != OP_MATMUL || n->type.shape.rank + 1 > IR_MAX_RANK) return false;
    int64_t M, N, K, nb;
    dims(g, n, &M, &N, &K, &nb);
    return nb > 1 && K > 0 && M * N * K <= SMALL_MATMUL_MAX && batch_of(g, n->in[0]) == nb &&
           batch_of(g, n->in[1]) == nb;
}

/* Operand x (new id, old type t) as an f32 tensor [batch_x..., R, C]: its
 * last two axes swapped when trans, widened when narrow. */
static NodeId oriented(Small *s, NodeId x, const Type *t, bool trans, SrcLoc loc)
{
    if (t->dt != DT_F32 && t->dt != DT_F64) x = ir_cast(s->out, x, DT_F32, loc);
    if (!x || !trans) return x;
    int64_t perm[IR_MAX_RANK];
    for (int i = 0; i < t->shape.rank; i++) perm[i] = i;
    perm[t->shape.rank - 2] = t->shape.rank - 1;
    perm[t->shape.rank - 1] = t->shape.rank - 2;
    return ir_permute(s->out, x, perm, t->shape.rank, loc);
}

/* x [batch_x..., R, C] with a unit axis inserted at position `at` counted
 * from the end (0: after C, 2: before R), then broadcast to full. */
static NodeId spread(Small *s, NodeId x, int at, const Shape *full, SrcLoc loc)
{
    if (!x) return 0;
    Shape sx = ir_node(s->out, x)->type.shape, r = sx;
    int pos = sx.rank - at;
    for (int i = sx.rank; i > pos; i--) r.dim[i] = r.dim[i - 1];
    r.dim[pos] = 1;
    r.rank = sx.rank + 1;
    NodeId v = ir_reshape(s->out, x, &r, loc);
    return v ? ir_broadcast(s->out, v, full, loc) : 0;
}

/* x[..., R, C] sliced to index i of axis `axis` (counted from the end: 1
 * the last), broadcast to shape out. */
static NodeId pick(Small *s, NodeId x, int axis, int64_t i, const Shape *out, SrcLoc loc)
{
    const Shape *sx = &ir_node(s->out, x)->type.shape;
    int64_t lo[IR_MAX_RANK] = {0}, hi[IR_MAX_RANK];
    for (int d = 0; d < sx->rank; d++) hi[d] = sx->dim[d];
    lo[sx->rank - axis] = i, hi[sx->rank - axis] = i + 1;
    bool full = sx->dim[sx->rank - axis] == 1;
    NodeId v = full ? x : ir_slice(s->out, x, lo, hi, loc);
    if (!v || shape_eq(&ir_node(s->out, v)->type.shape, out)) return v;
    return ir_broadcast(s->out, v, out, loc);
}

/* sum over k of a'[..., :, k] b'[..., k, :] for K <= SMALL_MATMUL_UNROLL:
 * elementwise terms added in order, one loop kernel without a reduction
 * loop (a K of 5 kept 27 of a warp's 32 lanes idle on the GPU). */
static NodeId unrolled(Small *s, NodeId a, NodeId b, int64_t K, const Shape *so, SrcLoc loc)
{
    NodeId r = 0;
    for (int64_t k = 0; k < K; k++) {
        NodeId x = pick(s, a, 1, k, so, loc), y = x ? pick(s, b, 2, k, so, loc) : 0;
        NodeId t = y ? ir_binary(s->out, OP_MUL, x, y, loc) : 0;
        r = !t ? 0 : r ? ir_binary(s->out, OP_ADD, r, t, loc) : t;
        if (!r) return 0;
    }
    return r;
}

/* The reduce_sum of the broadcast product (see the header). */
static NodeId summed(Small *s, NodeId a, NodeId b, int64_t K, const Shape *so, SrcLoc loc)
{
    Shape full = *so; /* [batch..., M, K, N] */
    full.rank = so->rank + 1;
    full.dim[so->rank - 1] = K;
    full.dim[so->rank] = so->dim[so->rank - 1];
    NodeId pa = spread(s, a, 0, &full, loc), pb = pa ? spread(s, b, 2, &full, loc) : 0;
    NodeId p = pb ? ir_binary(s->out, OP_MUL, pa, pb, loc) : 0;
    int64_t axis = so->rank - 1;
    return p ? ir_reduce(s->out, OP_REDUCE_SUM, p, &axis, 1, false, loc) : 0;
}

static bool lower(Small *s, NodeId id)
{
    const Node *n = ir_node(s->in, id);
    const Node *na = ir_node(s->in, n->in[0]), *nb = ir_node(s->in, n->in[1]);
    int64_t M, N, K, batch;
    dims(s->in, n, &M, &N, &K, &batch);
    NodeId a = oriented(s, s->map[n->in[0]], &na->type, n->a.ta, n->loc);
    NodeId b = a ? oriented(s, s->map[n->in[1]], &nb->type, n->a.tb, n->loc) : 0;
    NodeId r = !b ? 0 : K <= SMALL_MATMUL_UNROLL ? unrolled(s, a, b, K, &n->type.shape, n->loc)
                                                 : summed(s, a, b, K, &n->type.shape, n->loc);
    if (r && ir_node(s->out, r)->type.dt != n->type.dt) r = ir_cast(s->out, r, n->type.dt, n->loc);
    return (s->map[id] = r) != 0;
}

static bool copy_node(Small *s, NodeId id)
{
    return (s->map[id] = ir_add_renamed(s->out, ir_node(s->in, id), s->map)) != 0;
}

bool pass_small_matmul(Ctx *cx, Graph *g)
{
    bool any = false;
    for (NodeId id = 1; id < g->nnodes && !any; id++) any = is_small(g, ir_node(g, id));
    if (!any) return true;
    Small s = {.cx = cx, .in = g, .out = ir_graph_new(cx, g->name ? g->name : "")};
    s.map = cx_alloc(cx, g->nnodes * sizeof *s.map);
    bool ok = s.out && s.map;
    for (NodeId id = 1; ok && id < g->nnodes; id++)
        ok = is_small(g, ir_node(g, id)) ? lower(&s, id) : copy_node(&s, id);
    if (ok) ir_graph_swap(g, s.out);
    cx_free(cx, s.map);
    if (s.out) ir_graph_free(s.out);
    return ok;
}
