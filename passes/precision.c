/* precision.c — the numeric precision policy of a training step: casts
 * inserted so that matrix products run on bf16 operands while everything
 * else stays f32.
 *
 * Expects a verified graph, normally the whole training step right after
 * step_build (passc runs it there when given --precision=bf16, before the
 * graph pipeline).  Produces the same computation with casts around every
 * f32 matmul, renumbered densely (as dce does: the Model's node ids are
 * stale afterwards; only names are used from then on).
 *
 * Policies:
 *   f32   the identity: the graph is not touched (the CPU default).
 *   bf16  mixed precision, as AMP does it:
 *
 *   value or op                                         dtype under bf16
 *   ---------------------------------------------------------------------
 *   matmul operands (activations, weights, gradients)   bf16 copies
 *   matmul accumulation                                 f32 or wider (*)
 *   matmul result (storage)                             bf16, read as f32
 *   a linear layer's sum that only products read        f32 product, bf16
 *     (q, k, v of qkv: bias_add_of)                     bias, sum rounded
 *                                                       once to bf16 (***)
 *   elementwise ops (bias add, GELU, residual, scale)   f32
 *   reductions: layer-norm statistics, softmax and
 *     log-softmax rows, losses, bias gradients (also
 *     as ones @ x, colsum.c), norms                     f32 (**)
 *   topk, neighbor_topk_gather, gather, scatter_add     f32
 *   params (master weights), AdamW, Adam moments,
 *     gradient clipping, centres, teacher EMA           f32
 *   f64 graphs (gradient checks)                        untouched
 *
 *   (**) accumulated and kept in f32; colsum.c sums a bias gradient from
 *   the bf16 copy of its operand that the backward's products read, when
 *   there is one (as AMP does), so the f32 operand is not stored.
 *
 *   (***) the form of a GEMM with a bias epilogue (passes/fuse_bias.c;
 *   cuBLASLt takes the bias in the output's type), so no kernel reads the
 *   product back to add the bias; autocast rounds the bias to bf16 too.
 *
 *   (*) every backend accumulates a bf16 product in f32 or wider and
 *   rounds once to bf16: the interpreter (ir/interp.c) sums in double, the
 *   CPU (runtime/cpu_templates.c; OpenBLAS has no sbgemm) widens the bf16
 *   operands to f32 and calls sgemm, cuBLASLt uses CUBLAS_COMPUTE_32F.
 *
 * So the large activations stored in bf16 are exactly the ends of the
 * elementwise chains between matmuls: every matmul result, and every value
 * whose only readers are matmuls (the layer-norm output, the GELU output,
 * attention probabilities, the incoming gradients of linear layers); the
 * cast to bf16 fuses into the kernel that produces the value.  Values that
 * something else also reads (the residual stream, which layer norm
 * reduces; the pre-GELU value GELU's gradient needs) stay f32: rounding
 * them would change what the reductions see.
 *
 * Casts to bf16 are shared: one bf16 copy per value (a weight used by the
 * forward and both backward products is cast once per step).  Each reader
 * of a product gets its own cast to f32, which fuses into the reader's
 * kernel, so the product is stored only in bf16.  An operand that already is an f32 view of a bf16 value (a
 * cast, possibly under reshape/permute/broadcast/slice, e.g. q, k, v
 * sliced out of the qkv product) is read in bf16 directly, through the
 * same views, with no round trip.  An operand that is a view of an f32
 * value only products read (through views: q, k and v of qkv + bias) is
 * cast below the views, once: the value's producer then stores bf16 and
 * no view is cast by a kernel of its own.  The pass only converts f32 matmuls, so
 * it is idempotent, and dce removes the f32 casts no one reads any more. */
#include "passes/passes.h"

#include <string.h>

typedef struct Prec {
    Ctx *cx;
    const Graph *in;
    Graph *out;
    NodeId *map;  /* old id -> new id (the value with the old type) */
    NodeId *to16; /* old id -> new id of its bf16 copy (0 = none yet) */
    uint32_t *ufirst; /* readers of old node x: user[ufirst[x] .. ufirst[x + 1]) */
    NodeId *user;
} Prec;

/* A product the policy converts: an f32 matmul of f32 operands that is
 * not a sum written as ones @ x (colsum.c), which is a reduction and stays
 * f32.  (A converted bias product has bf16 operands and an f32 result:
 * not converted again, so the pass stays idempotent.) */
static bool is_f32_matmul(const Graph *g, const Node *n)
{
    return n->op == OP_MATMUL && n->type.dt == DT_F32 && ir_node(g, n->in[0])->type.dt == DT_F32 &&
           !colsum_is_sum(g, n);
}

/* Whether old node x is an f32 view of a bf16 value, so its bf16 copy
 * costs no rounding and no kernel: a widening cast, a view of such, or a
 * value whose bf16 copy exists already. */
static bool has_free16(const Prec *p, NodeId x)
{
    const Node *n = ir_node(p->in, x);
    if (p->to16[x]) return true;
    if (n->op == OP_CAST) return ir_node(p->in, n->in[0])->type.dt == DT_BF16 && n->type.dt == DT_F32;
    return ir_is_view(n->op) && n->type.dt == DT_F32 && has_free16(p, n->in[0]);
}

/* Whether every reader of old node x reads it as a matmul operand,
 * directly or through unary views (q, k and v: slices of the qkv value).
 * Then x's bf16 copy serves them all: its producer stores bf16 instead of
 * f32, and no view is cast on its own. */
static bool only_matmuls_read(const Prec *p, NodeId x)
{
    for (uint32_t u = p->ufirst[x]; u < p->ufirst[x + 1]; u++) {
        const Node *r = ir_node(p->in, p->user[u]);
        if (!is_f32_matmul(p->in, r) && !(ir_is_view(r->op) && only_matmuls_read(p, p->user[u]))) return false;
    }
    return p->ufirst[x + 1] > p->ufirst[x];
}

/* The bf16 value of old node x (f32), created on first use.  A view is
 * cast below itself (the same numbers: a cast commutes with views) when
 * its input is free in bf16 or read only by matmuls. */
static NodeId bf16_of(Prec *p, NodeId x, SrcLoc loc)
{
    if (p->to16[x]) return p->to16[x];
    const Node *n = ir_node(p->in, x);
    NodeId id;
    if (n->op == OP_CAST && ir_node(p->in, n->in[0])->type.dt == DT_BF16) {
        id = p->map[n->in[0]];
    } else if (ir_is_view(n->op) && (has_free16(p, x) || only_matmuls_read(p, n->in[0]))) {
        NodeId src = bf16_of(p, n->in[0], loc);
        Type t = n->type;
        t.dt = DT_BF16;
        id = src ? ir_add(p->out, n->op, &src, 1, &n->a, &t, n->loc) : 0;
    } else {
        id = ir_cast(p->out, p->map[x], DT_BF16, loc);
    }
    return p->to16[x] = id;
}

/* The bias add of old product x: x's only reader, add(x, broadcast(v))
 * (either order) with v an f32 vector [N] along the product's rows, and
 * narrowed (only products read the sum).  0 when x is not such a product.
 * *bias is the broadcast. */
static NodeId bias_add_of(const Prec *p, NodeId x, NodeId *bias)
{
    if (p->ufirst[x + 1] - p->ufirst[x] != 1) return 0;
    NodeId s = p->user[p->ufirst[x]];
    const Node *a = ir_node(p->in, s);
    if (a->op != OP_ADD || a->nin != 2 || a->in[0] == a->in[1]) return 0;
    NodeId o = a->in[0] == x ? a->in[1] : a->in[0];
    const Node *b = ir_node(p->in, o);
    if (b->op != OP_BROADCAST) return 0;
    const Node *v = ir_node(p->in, b->in[0]);
    const Shape *sx = &ir_node(p->in, x)->type.shape;
    if (v->type.dt != DT_F32 || v->type.shape.rank != 1 ||
        v->type.shape.dim[0] != sx->dim[sx->rank - 1] || !only_matmuls_read(p, s))
        return 0;
    *bias = o;
    return s;
}

/* matmul(a, b) : f32  ->  matmul(bf16 a, bf16 b) : bf16; its readers get
 * their f32 view in copy_node.  A bias product keeps an f32 result: its
 * sum with the bias is what is rounded to bf16 (convert_bias_add). */
static bool convert_matmul(Prec *p, NodeId id)
{
    const Node *n = ir_node(p->in, id);
    NodeId a = bf16_of(p, n->in[0], n->loc);
    NodeId b = a ? bf16_of(p, n->in[1], n->loc) : 0, bias;
    if (b && bias_add_of(p, id, &bias)) {
        NodeId in[2] = {a, b};
        p->map[id] = ir_add(p->out, OP_MATMUL, in, 2, &n->a, &n->type, n->loc);
        return p->map[id] != 0;
    }
    p->map[id] = p->to16[id] = b ? ir_matmul(p->out, a, b, n->a.ta, n->a.tb, n->loc) : 0;
    return p->map[id] != 0;
}

/* add(x, broadcast(v)) of a bias product x (bias_add_of): the f32 product
 * plus the bias rounded to bf16 and widened, add(x, broadcast(f32(bf16
 * v))), which its readers narrow.  So the sum is rounded once, and the
 * bias has the output's type, as a GEMM with a bias epilogue computes it
 * (cuBLASLt's BIAS epilogue takes the bias in the output's type) and as
 * AMP does (autocast rounds a linear layer's bias to bf16). */
static bool convert_bias_add(Prec *p, NodeId id, NodeId x, NodeId bias)
{
    const Node *n = ir_node(p->in, id), *b = ir_node(p->in, bias);
    NodeId v16 = bf16_of(p, b->in[0], b->loc);
    NodeId v = v16 ? ir_cast(p->out, v16, DT_F32, b->loc) : 0;
    NodeId bb = v ? ir_add(p->out, OP_BROADCAST, &v, 1, &b->a, &b->type, b->loc) : 0;
    NodeId in[2] = {n->in[0] == x ? p->map[x] : bb, n->in[0] == x ? bb : p->map[x]};
    p->map[id] = bb ? ir_add(p->out, OP_ADD, in, 2, &n->a, &n->type, n->loc) : 0;
    return p->map[id] != 0;
}

/* Input i of old node n, renamed.  A converted product is widened by a
 * cast of its own per reader: fusion joins a producer only into a kernel
 * that holds all of its users, so one shared cast would be stored in f32
 * next to the bf16 product, while a cast per reader fuses into it. */
static NodeId input_of(Prec *p, const Node *n, uint32_t i, const NodeId *done)
{
    NodeId x = n->in[i];
    if (!is_f32_matmul(p->in, ir_node(p->in, x))) return p->map[x];
    for (uint32_t j = 0; j < i; j++)
        if (n->in[j] == x) return done[j];
    return ir_cast(p->out, p->map[x], DT_F32, n->loc);
}

static bool copy_node(Prec *p, NodeId id)
{
    const Node *n = ir_node(p->in, id);
    NodeId in[64], *ins = n->nin <= 64 ? in : cx_alloc(p->cx, n->nin * sizeof *ins);
    bool ok = ins != NULL;
    for (uint32_t i = 0; ok && i < n->nin; i++) ok = (ins[i] = input_of(p, n, i, ins)) != 0;
    p->map[id] = ok ? ir_add(p->out, n->op, ins, n->nin, &n->a, &n->type, n->loc) : 0;
    if (ins && ins != in) cx_free(p->cx, ins);
    return p->map[id] != 0;
}

/* Old node id: a product, the bias add of a bias product, or anything
 * else copied. */
static bool convert_node(Prec *p, NodeId id)
{
    const Node *n = ir_node(p->in, id);
    if (is_f32_matmul(p->in, n)) return convert_matmul(p, id);
    for (uint32_t i = 0; i < n->nin && n->op == OP_ADD; i++) {
        NodeId bias;
        if (is_f32_matmul(p->in, ir_node(p->in, n->in[i])) && bias_add_of(p, n->in[i], &bias) == id)
            return convert_bias_add(p, id, n->in[i], bias);
    }
    return copy_node(p, id);
}

static bool has_f32_matmul(const Graph *g)
{
    for (NodeId id = 1; id < g->nnodes; id++)
        if (is_f32_matmul(g, ir_node(g, id))) return true;
    return false;
}

/* The reader lists of g's nodes (counting sort of the input edges). */
static bool index_readers(Prec *p)
{
    const Graph *g = p->in;
    uint32_t edges = 0;
    p->ufirst = cx_alloc(p->cx, (g->nnodes + 1) * sizeof *p->ufirst);
    if (!p->ufirst) return false;
    for (NodeId id = 1; id < g->nnodes; id++) {
        const Node *n = ir_node(g, id);
        for (uint32_t i = 0; i < n->nin; i++) p->ufirst[n->in[i] + 1]++, edges++;
    }
    for (NodeId id = 1; id <= g->nnodes; id++) p->ufirst[id] += p->ufirst[id - 1];
    uint32_t *fill = cx_alloc(p->cx, (g->nnodes + 1) * sizeof *fill);
    p->user = cx_alloc(p->cx, (edges + 1) * sizeof *p->user);
    if (!fill || !p->user) return cx_free(p->cx, fill), false;
    memcpy(fill, p->ufirst, (g->nnodes + 1) * sizeof *fill);
    for (NodeId id = 1; id < g->nnodes; id++) {
        const Node *n = ir_node(g, id);
        for (uint32_t i = 0; i < n->nin; i++) p->user[fill[n->in[i]]++] = id;
    }
    cx_free(p->cx, fill);
    return true;
}

static bool rebuild_bf16(Ctx *cx, Graph *g)
{
    Prec p = {.cx = cx, .in = g, .out = ir_graph_new(cx, g->name ? g->name : "")};
    p.map = cx_alloc(cx, g->nnodes * sizeof *p.map);
    p.to16 = cx_alloc(cx, g->nnodes * sizeof *p.to16);
    bool ok = p.out && p.map && p.to16 && index_readers(&p);
    for (NodeId id = 1; ok && id < g->nnodes; id++) ok = convert_node(&p, id);
    if (ok) ir_graph_swap(g, p.out);
    cx_free(cx, p.map);
    cx_free(cx, p.to16);
    cx_free(cx, p.ufirst);
    cx_free(cx, p.user);
    if (p.out) ir_graph_free(p.out);
    return ok && pass_dce(cx, g);
}

bool prec_apply(Ctx *cx, Graph *g, Precision prec)
{
    if (prec == PREC_F32 || !has_f32_matmul(g)) return true;
    IR_ASSERT(prec == PREC_BF16);
    return rebuild_bf16(cx, g);
}

bool pass_precision(Ctx *cx, Graph *g) { return prec_apply(cx, g, PREC_BF16); }

bool prec_parse(const char *s, Precision *out)
{
    if (!strcmp(s, "f32")) *out = PREC_F32;
    else if (!strcmp(s, "bf16")) *out = PREC_BF16;
    else return false;
    return true;
}

const char *prec_name(Precision prec) { return prec == PREC_BF16 ? "bf16" : "f32"; }
