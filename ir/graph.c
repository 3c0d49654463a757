/* graph.c — building graphs: node creation with shape and dtype inference,
 * and the convenience builders the frontend and passes use.
 *
 * ir_infer is the single definition of every op's typing rule (docs/ir.md
 * states the same rules in prose); the builder, the parser and the verifier
 * all go through it, so a rule cannot drift between them.  Errors are
 * reported at the node's source location, which for nodes built from YAML
 * is the model line that created them. */
#include "ir/ir.h"

#include <math.h>
#include <string.h>

Graph *ir_graph_new(Ctx *cx, const char *name)
{
    Graph *g = cx_alloc(cx, sizeof *g);
    if (!g) return NULL;
    g->cx = cx;
    arena_init(&g->arena, cx);
    g->capnodes = 256;
    g->nodes = cx_alloc(cx, g->capnodes * sizeof *g->nodes);
    g->name = arena_strdup(&g->arena, name ? name : "main");
    if (!g->nodes || !g->name) {
        ir_graph_free(g);
        return NULL;
    }
    g->nnodes = 1; /* node 0 is "none" */
    return g;
}

void ir_graph_free(Graph *g)
{
    if (!g) return;
    cx_free(g->cx, g->nodes);
    arena_free(&g->arena);
    cx_free(g->cx, g);
}

void ir_graph_swap(Graph *a, Graph *b)
{
    Graph t = *a;
    *a = *b;
    *b = t;
}

/* ---- inference helpers ---- */

#define FAIL(...)                                                           \
    do {                                                                    \
        cx_error(cx, n->loc, __VA_ARGS__);                                  \
        return false;                                                       \
    } while (0)

static const Type *in_type(const Graph *g, const Node *n, uint32_t i)
{
    return &g->nodes[n->in[i]].type;
}

static bool check_shape(Ctx *cx, const Node *n, const Shape *s)
{
    const char *op = ir_ops[n->op].name;
    if (s->rank < 0 || s->rank > IR_MAX_RANK) FAIL("%s: rank %d out of range 0..%d", op, s->rank, IR_MAX_RANK);
    int64_t numel = 1;
    for (int i = 0; i < s->rank; i++) {
        if (s->dim[i] < 1) FAIL("%s: dimension %d has size %lld; sizes must be positive", op, i, (long long)s->dim[i]);
        if (__builtin_mul_overflow(numel, s->dim[i], &numel) || numel > ((int64_t)1 << 48))
            FAIL("%s: tensor too large (more than 2^48 elements)", op);
    }
    return true;
}

static bool check_axis(Ctx *cx, const Node *n, int64_t axis, int rank)
{
    if (axis < 0 || axis >= rank)
        FAIL("%s: axis %lld out of range for rank %d", ir_ops[n->op].name, (long long)axis, rank);
    return true;
}

static bool infer_leaf(Ctx *cx, const Node *n, Type *out)
{
    const char *op = ir_ops[n->op].name;
    if (n->type.dt == DT_NONE) FAIL("%s: missing type", op);
    if (!check_shape(cx, n, &n->type.shape)) return false;
    if (n->op != OP_CONST && (!n->a.name || !n->a.name[0])) FAIL("%s: missing name", op);
    if (n->op == OP_PARAM && !dt_is_float(n->type.dt)) FAIL("param: '%s' must be floating point", n->a.name);
    if (n->op == OP_CONST && !n->a.data) FAIL("const: missing data");
    if (n->a.frozen_epochs < 0) FAIL("param: frozen_epochs must not be negative");
    *out = n->type;
    return true;
}

static bool infer_unary(Ctx *cx, const Graph *g, const Node *n, Type *out)
{
    const OpInfo *oi = &ir_ops[n->op];
    Type t = *in_type(g, n, 0);
    if (n->op == OP_CAST) {
        if (n->type.dt == DT_NONE) FAIL("cast: missing target dtype");
        t.dt = n->type.dt;
    } else if ((oi->flags & OF_FLOAT) && !dt_is_float(t.dt)) {
        FAIL("%s: operand must be floating point, got %s", oi->name, dt_name(t.dt));
    } else if (n->op != OP_STOP_GRADIENT && t.dt == DT_BOOL) {
        FAIL("%s: operand must be numeric, got bool", oi->name);
    }
    *out = t;
    return true;
}

static bool infer_binary(Ctx *cx, const Graph *g, const Node *n, Type *out)
{
    const OpInfo *oi = &ir_ops[n->op];
    const Type *a = in_type(g, n, 0), *b = in_type(g, n, 1);
    char sa[128], sb[128];
    if (!type_eq(a, b))
        FAIL("%s: operand types differ (%s vs %s)", oi->name, type_str(a, sa, sizeof sa), type_str(b, sb, sizeof sb));
    if ((oi->flags & OF_FLOAT) && !dt_is_float(a->dt))
        FAIL("%s: operands must be floating point, got %s", oi->name, dt_name(a->dt));
    bool cmp = oi->flags & OF_BOOL_OUT;
    if (a->dt == DT_BOOL && !(cmp && (n->op == OP_EQ || n->op == OP_NE)))
        FAIL("%s: operands must be numeric, got bool", oi->name);
    *out = *a;
    if (cmp) out->dt = DT_BOOL;
    return true;
}

static bool infer_select(Ctx *cx, const Graph *g, const Node *n, Type *out)
{
    const Type *c = in_type(g, n, 0), *a = in_type(g, n, 1), *b = in_type(g, n, 2);
    char sa[128], sb[128];
    if (c->dt != DT_BOOL) FAIL("select: condition must be bool, got %s", dt_name(c->dt));
    if (!type_eq(a, b))
        FAIL("select: branch types differ (%s vs %s)", type_str(a, sa, sizeof sa), type_str(b, sb, sizeof sb));
    if (!shape_eq(&c->shape, &a->shape))
        FAIL("select: condition shape %s differs from %s", type_str(c, sa, sizeof sa), type_str(a, sb, sizeof sb));
    *out = *a;
    return true;
}

static bool infer_reduce(Ctx *cx, const Graph *g, const Node *n, Type *out)
{
    const char *op = ir_ops[n->op].name;
    const Type *x = in_type(g, n, 0);
    const IntList *ax = &n->a.axes;
    if (x->dt == DT_BOOL) FAIL("%s: operand must be numeric, got bool", op);
    if (ax->n < 1) FAIL("%s: needs at least one axis", op);
    if (n->a.keep != 0 && n->a.keep != 1) FAIL("%s: keep must be 0 or 1", op);
    for (int i = 0; i < ax->n; i++) {
        if (!check_axis(cx, n, ax->v[i], x->shape.rank)) return false;
        if (i && ax->v[i] <= ax->v[i - 1]) FAIL("%s: axes must be sorted and distinct", op);
    }
    Type t = {x->dt, {0}};
    for (int d = 0, j = 0; d < x->shape.rank; d++) {
        bool red = j < ax->n && ax->v[j] == d;
        if (red) j++;
        if (!red) t.shape.dim[t.shape.rank++] = x->shape.dim[d];
        else if (n->a.keep) t.shape.dim[t.shape.rank++] = 1;
    }
    *out = t;
    return true;
}

static bool infer_reshape(Ctx *cx, const Graph *g, const Node *n, Type *out)
{
    const Type *x = in_type(g, n, 0);
    if (!check_shape(cx, n, &n->type.shape)) return false;
    if (shape_numel(&n->type.shape) != shape_numel(&x->shape))
        FAIL("reshape: element counts differ (%lld vs %lld)", (long long)shape_numel(&x->shape),
             (long long)shape_numel(&n->type.shape));
    *out = (Type){x->dt, n->type.shape};
    return true;
}

static bool infer_permute(Ctx *cx, const Graph *g, const Node *n, Type *out)
{
    const Type *x = in_type(g, n, 0);
    const IntList *p = &n->a.perm;
    if (p->n != x->shape.rank) FAIL("permute: perm has %d entries for rank %d", p->n, x->shape.rank);
    bool seen[IR_MAX_RANK] = {0};
    Type t = {x->dt, {.rank = p->n}};
    for (int i = 0; i < p->n; i++) {
        if (p->v[i] < 0 || p->v[i] >= p->n || seen[p->v[i]]) FAIL("permute: perm is not a permutation");
        seen[p->v[i]] = true;
        t.shape.dim[i] = x->shape.dim[p->v[i]];
    }
    *out = t;
    return true;
}

static bool infer_broadcast(Ctx *cx, const Graph *g, const Node *n, Type *out)
{
    const Type *x = in_type(g, n, 0);
    const Shape *s = &n->type.shape;
    if (!check_shape(cx, n, s)) return false;
    if (x->shape.rank > s->rank) FAIL("broadcast: cannot lower rank %d to %d", x->shape.rank, s->rank);
    int off = s->rank - x->shape.rank;
    for (int i = 0; i < x->shape.rank; i++) {
        int64_t d = x->shape.dim[i];
        if (d != 1 && d != s->dim[off + i])
            FAIL("broadcast: dimension %d of size %lld cannot become %lld", i, (long long)d,
                 (long long)s->dim[off + i]);
    }
    *out = (Type){x->dt, *s};
    return true;
}

static bool infer_slice(Ctx *cx, const Graph *g, const Node *n, Type *out)
{
    const Type *x = in_type(g, n, 0);
    const IntList *lo = &n->a.lo, *hi = &n->a.hi;
    if (lo->n != x->shape.rank || hi->n != x->shape.rank)
        FAIL("slice: lo and hi need %d entries", x->shape.rank);
    Type t = *x;
    for (int i = 0; i < x->shape.rank; i++) {
        if (lo->v[i] < 0 || hi->v[i] > x->shape.dim[i] || lo->v[i] >= hi->v[i])
            FAIL("slice: range [%lld,%lld) invalid for axis %d of size %lld", (long long)lo->v[i],
                 (long long)hi->v[i], i, (long long)x->shape.dim[i]);
        t.shape.dim[i] = hi->v[i] - lo->v[i];
    }
    *out = t;
    return true;
}

static bool infer_pad(Ctx *cx, const Graph *g, const Node *n, Type *out)
{
    const Type *x = in_type(g, n, 0);
    const IntList *lo = &n->a.lo, *hi = &n->a.hi;
    if (lo->n != x->shape.rank || hi->n != x->shape.rank) FAIL("pad: lo and hi need %d entries", x->shape.rank);
    Type t = *x;
    for (int i = 0; i < x->shape.rank; i++) {
        if (lo->v[i] < 0 || hi->v[i] < 0 || lo->v[i] > ((int64_t)1 << 40) || hi->v[i] > ((int64_t)1 << 40))
            FAIL("pad: amounts must be non-negative");
        t.shape.dim[i] += lo->v[i] + hi->v[i];
    }
    if (!check_shape(cx, n, &t.shape)) return false;
    *out = t;
    return true;
}

static bool infer_concat(Ctx *cx, const Graph *g, const Node *n, Type *out)
{
    Type t = *in_type(g, n, 0);
    char sa[128], sb[128];
    if (!check_axis(cx, n, n->a.axis, t.shape.rank)) return false;
    for (uint32_t i = 1; i < n->nin; i++) {
        const Type *y = in_type(g, n, i);
        bool ok = y->dt == t.dt && y->shape.rank == t.shape.rank;
        for (int d = 0; ok && d < t.shape.rank; d++) ok = d == n->a.axis || y->shape.dim[d] == t.shape.dim[d];
        if (!ok)
            FAIL("concat: operand %u (%s) does not match operand 0 (%s) outside axis %lld", i,
                 type_str(y, sa, sizeof sa), type_str(in_type(g, n, 0), sb, sizeof sb), (long long)n->a.axis);
        t.shape.dim[n->a.axis] += y->shape.dim[n->a.axis];
    }
    *out = t;
    return true;
}

/* The shape gather produces; shared with scatter_add's update operand. */
static bool gather_shape(Ctx *cx, const Node *n, const Type *x, const Type *idx, Shape *out)
{
    const char *op = ir_ops[n->op].name;
    int64_t a = n->a.axis;
    if (!check_axis(cx, n, a, x->shape.rank)) return false;
    if (!dt_is_int(idx->dt)) FAIL("%s: indices must be i32 or i64, got %s", op, dt_name(idx->dt));
    if (idx->shape.rank != a + 1)
        FAIL("%s: indices must have rank %lld (axis + 1), got %d", op, (long long)a + 1, idx->shape.rank);
    for (int d = 0; d < a; d++)
        if (idx->shape.dim[d] != x->shape.dim[d])
            FAIL("%s: index dimension %d is %lld but operand's is %lld", op, d, (long long)idx->shape.dim[d],
                 (long long)x->shape.dim[d]);
    *out = x->shape;
    out->dim[a] = idx->shape.dim[a];
    return true;
}

static bool infer_gather(Ctx *cx, const Graph *g, const Node *n, Type *out)
{
    const Type *x = in_type(g, n, 0);
    out->dt = x->dt;
    return gather_shape(cx, n, x, in_type(g, n, 1), &out->shape);
}

static bool infer_scatter_add(Ctx *cx, const Graph *g, const Node *n, Type *out)
{
    const Type *base = in_type(g, n, 0), *upd = in_type(g, n, 2);
    Shape s;
    char sa[128], sb[128];
    if (!gather_shape(cx, n, base, in_type(g, n, 1), &s)) return false;
    Type want = {base->dt, s};
    if (!type_eq(&want, upd))
        FAIL("scatter_add: updates are %s, expected %s", type_str(upd, sa, sizeof sa), type_str(&want, sb, sizeof sb));
    *out = *base;
    return true;
}

static bool infer_topk(Ctx *cx, const Graph *g, const Node *n, Type *out)
{
    const Type *x = in_type(g, n, 0);
    if (x->shape.rank < 1) FAIL("topk: operand must have rank >= 1");
    if (x->dt == DT_BOOL) FAIL("topk: operand must be numeric, got bool");
    int64_t last = x->shape.dim[x->shape.rank - 1];
    if (n->a.k < 1 || n->a.k > last) FAIL("topk: k = %lld out of range 1..%lld", (long long)n->a.k, (long long)last);
    *out = (Type){DT_I32, x->shape};
    out->shape.dim[x->shape.rank - 1] = n->a.k;
    return true;
}

/* neighbor_topk_gather(f [m,N,d] float, idx [N,C] int) k -> [m,N,k,d]. */
static bool infer_neighbor_topk_gather(Ctx *cx, const Graph *g, const Node *n, Type *out)
{
    const Type *f = in_type(g, n, 0), *ix = in_type(g, n, 1);
    char sa[128], sb[128];
    if (f->shape.rank != 3 || !dt_is_float(f->dt))
        FAIL("neighbor_topk_gather: features must be a float [m, N, d], got %s", type_str(f, sa, sizeof sa));
    if (ix->shape.rank != 2 || !dt_is_int(ix->dt) || ix->shape.dim[0] != f->shape.dim[1])
        FAIL("neighbor_topk_gather: candidates must be i32 or i64 [N, C] with N = %lld (features %s), got %s",
             (long long)f->shape.dim[1], type_str(f, sa, sizeof sa), type_str(ix, sb, sizeof sb));
    if (n->a.k < 1 || n->a.k > ix->shape.dim[1])
        FAIL("neighbor_topk_gather: k = %lld out of range 1..%lld", (long long)n->a.k, (long long)ix->shape.dim[1]);
    *out = (Type){f->dt, {4, {f->shape.dim[0], f->shape.dim[1], n->a.k, f->shape.dim[2]}}};
    return check_shape(cx, n, &out->shape);
}

static bool infer_constgen(Ctx *cx, const Node *n, Type *out)
{
    switch (n->op) {
    case OP_IOTA:
        if (n->type.dt == DT_NONE || n->type.dt == DT_BOOL) FAIL("iota: needs a numeric type");
        if (!check_shape(cx, n, &n->type.shape) || !check_axis(cx, n, n->a.axis, n->type.shape.rank)) return false;
        *out = n->type;
        return true;
    case OP_GRID_NEIGHBORS: {
        int64_t g = n->a.n, w = n->a.size;
        if (g < 1 || g > 4096) FAIL("grid_neighbors: grid side n = %lld out of range 1..4096", (long long)g);
        if (w < 3 || w % 2 == 0 || w > g)
            FAIL("grid_neighbors: window size %lld must be odd, >= 3 and <= n = %lld", (long long)w, (long long)g);
        /* Rows are built by insertion (ir/constgen.c), quadratic in the
         * window: a bound keeps a typo from hanging the compiler. */
        if (w > 15) FAIL("grid_neighbors: window size %lld too large (at most 15, 224 neighbours)", (long long)w);
        *out = (Type){DT_I32, {2, {g * g, w * w - 1}}};
        return true;
    }
    case OP_RESIZE_MATRIX: {
        double m = (double)n->a.n * n->a.scale;
        if (n->a.n < 1 || n->a.n > 65536) FAIL("resize_matrix: n = %lld out of range", (long long)n->a.n);
        if (!(n->a.scale > 0) || !(m >= 1) || m > 65536) FAIL("resize_matrix: scale %g gives no output", n->a.scale);
        *out = (Type){DT_F32, {2, {(int64_t)floor(m), n->a.n}}};
        return true;
    }
    default:
        IR_ASSERT(0);
    }
}

/* matmul: a [..., M, K] (ta: [..., K, M]) times b [..., K, N] (tb: [..., N, K]);
 * batch axes broadcast numpy-style. */
static bool infer_matmul(Ctx *cx, const Graph *g, const Node *n, Type *out)
{
    const Type *a = in_type(g, n, 0), *b = in_type(g, n, 1);
    int ra = a->shape.rank, rb = b->shape.rank;
    if (ra < 2 || rb < 2) FAIL("matmul: operands need rank >= 2 (got %d and %d)", ra, rb);
    if (a->dt != b->dt || !dt_is_float(a->dt))
        FAIL("matmul: operands must share a floating dtype (%s vs %s)", dt_name(a->dt), dt_name(b->dt));
    if ((n->a.ta | n->a.tb) & ~1) FAIL("matmul: ta and tb must be 0 or 1");
    int64_t M = a->shape.dim[ra - 2 + n->a.ta], Ka = a->shape.dim[ra - 1 - n->a.ta];
    int64_t Kb = b->shape.dim[rb - 2 + n->a.tb], N = b->shape.dim[rb - 1 - n->a.tb];
    if (Ka != Kb) FAIL("matmul: inner dims differ (%lld vs %lld)", (long long)Ka, (long long)Kb);
    int rank = ra > rb ? ra : rb;
    Type t = {a->dt, {.rank = rank}};
    if (dt_size(a->dt) == 2 && n->type.dt == DT_F32) t.dt = DT_F32; /* half operands, f32 result: asked for */
    for (int i = 0; i < rank - 2; i++) {
        int ia = i - (rank - ra), ib = i - (rank - rb);
        int64_t da = ia >= 0 ? a->shape.dim[ia] : 1, db = ib >= 0 ? b->shape.dim[ib] : 1;
        if (da != db && da != 1 && db != 1)
            FAIL("matmul: batch dims %lld and %lld do not broadcast", (long long)da, (long long)db);
        t.shape.dim[i] = da > db ? da : db;
    }
    t.shape.dim[rank - 2] = M;
    t.shape.dim[rank - 1] = N;
    *out = t;
    return true;
}

static bool infer_effect(Ctx *cx, const Graph *g, const Node *n, Type *out)
{
    char sa[128], sb[128];
    if (n->op == OP_OUTPUT) {
        if (!n->a.name || !n->a.name[0]) FAIL("output: missing name");
        *out = *in_type(g, n, 0);
        return true;
    }
    const Node *t = &g->nodes[n->in[0]];
    if (t->op != OP_PARAM && t->op != OP_STATE) FAIL("assign: target must be a param or state, not %s", ir_ops[t->op].name);
    if (!type_eq(&t->type, in_type(g, n, 1)))
        FAIL("assign: value %s does not match target %s", type_str(in_type(g, n, 1), sa, sizeof sa),
             type_str(&t->type, sb, sizeof sb));
    *out = t->type;
    return true;
}

static bool infer_inputs(Ctx *cx, const Graph *g, const Node *n)
{
    const OpInfo *oi = &ir_ops[n->op];
    if (oi->arity >= 0 && n->nin != (uint32_t)oi->arity)
        FAIL("%s: expects %d operand%s, got %u", oi->name, oi->arity, oi->arity == 1 ? "" : "s", n->nin);
    if (oi->arity < 0 && n->nin < 1) FAIL("%s: expects at least one operand", oi->name);
    for (uint32_t i = 0; i < n->nin; i++)
        if (n->in[i] == 0 || n->in[i] >= g->nnodes) FAIL("%s: operand %u refers to no node", oi->name, i);
    return true;
}

bool ir_infer(Ctx *cx, const Graph *g, const Node *n, Type *out)
{
    if (n->op <= OP_NONE || n->op >= OP_COUNT) FAIL("invalid op %d", (int)n->op);
    if (!infer_inputs(cx, g, n)) return false;
    switch (ir_ops[n->op].kind) {
    case OK_LEAF: return infer_leaf(cx, n, out);
    case OK_CONSTGEN: return infer_constgen(cx, n, out);
    case OK_MATMUL: return infer_matmul(cx, g, n, out);
    case OK_REDUCE: return infer_reduce(cx, g, n, out);
    case OK_EFFECT: return infer_effect(cx, g, n, out);
    case OK_COLLECTIVE: *out = *in_type(g, n, 0); return true;
    default: break;
    }
    switch (n->op) {
    case OP_SELECT: return infer_select(cx, g, n, out);
    case OP_RESHAPE: return infer_reshape(cx, g, n, out);
    case OP_PERMUTE: return infer_permute(cx, g, n, out);
    case OP_BROADCAST: return infer_broadcast(cx, g, n, out);
    case OP_SLICE: return infer_slice(cx, g, n, out);
    case OP_PAD: return infer_pad(cx, g, n, out);
    case OP_CONCAT: return infer_concat(cx, g, n, out);
    case OP_GATHER: return infer_gather(cx, g, n, out);
    case OP_SCATTER_ADD: return infer_scatter_add(cx, g, n, out);
    case OP_TOPK: return infer_topk(cx, g, n, out);
    case OP_NEIGHBOR_TOPK_GATHER: return infer_neighbor_topk_gather(cx, g, n, out);
    case OP_RAND_UNIFORM: {
        const Type *s = in_type(g, n, 0);
        if (s->dt != DT_I64 || s->shape.rank != 0) FAIL("rand_uniform: seed must be i64[]");
        if (!dt_is_float(n->type.dt)) FAIL("rand_uniform: result must be floating point");
        if (!check_shape(cx, n, &n->type.shape)) return false;
        *out = n->type;
        return true;
    }
    default: break;
    }
    if (ir_ops[n->op].arity == 1) return infer_unary(cx, g, n, out);
    if (ir_ops[n->op].arity == 2) return infer_binary(cx, g, n, out);
    IR_ASSERT(0 && "op without a typing rule");
}

#undef FAIL

/* ---- node creation ---- */

/* Copies the attribute strings and const data into the graph's arena, so a
 * caller's buffers can go away. */
static bool attrs_copy(Graph *g, Attrs *dst, const Attrs *src, const Type *t, Op op)
{
    *dst = *src;
    if (src->name && !(dst->name = arena_strdup(&g->arena, src->name))) return false;
    if (src->init && !(dst->init = arena_strdup(&g->arena, src->init))) return false;
    if (op == OP_CONST && src->data && t) {
        size_t bytes = (size_t)shape_numel(&t->shape) * dt_size(t->dt);
        if (!(dst->data = arena_alloc(&g->arena, bytes))) return false;
        memcpy(dst->data, src->data, bytes);
    } else {
        dst->data = NULL;
    }
    return true;
}

static bool graph_grow(Graph *g)
{
    if (g->nnodes < g->capnodes) return true;
    if (g->capnodes >= UINT32_MAX / 2) {
        cx_error(g->cx, (SrcLoc){0}, "graph has too many nodes");
        return false;
    }
    uint32_t cap = g->capnodes * 2;
    Node *nodes = cx_realloc(g->cx, g->nodes, (size_t)cap * sizeof *nodes);
    if (!nodes) return false;
    g->nodes = nodes;
    g->capnodes = cap;
    return true;
}

NodeId ir_add(Graph *g, Op op, const NodeId *in, uint32_t nin, const Attrs *a, const Type *hint, SrcLoc loc)
{
    static const Attrs none;
    Node n = {.op = op, .loc = loc, .nin = nin, .in = (NodeId *)in};
    n.a = a ? *a : none;
    if (hint) n.type = *hint;
    Type t;
    if (!ir_infer(g->cx, g, &n, &t)) return 0;
    if (!graph_grow(g)) return 0;
    n.in = nin ? arena_alloc(&g->arena, nin * sizeof *n.in) : NULL;
    if (nin && !n.in) return 0;
    if (nin) memcpy(n.in, in, nin * sizeof *n.in);
    if (!attrs_copy(g, &n.a, a ? a : &none, &t, op)) return 0;
    n.type = t;
    g->nodes[g->nnodes] = n;
    return g->nnodes++;
}

NodeId ir_add_renamed(Graph *g, const Node *n, const NodeId *map)
{
    NodeId in[64], *ins = n->nin <= 64 ? in : cx_alloc(g->cx, n->nin * sizeof *ins);
    if (!ins) return 0;
    for (uint32_t j = 0; j < n->nin; j++) ins[j] = map[n->in[j]];
    NodeId id = ir_add(g, n->op, n->nin ? ins : NULL, n->nin, &n->a, &n->type, n->loc);
    if (ins != in) cx_free(g->cx, ins);
    return id;
}

/* ---- convenience builders ---- */

NodeId ir_unary(Graph *g, Op op, NodeId x, SrcLoc loc) { return ir_add(g, op, &x, 1, NULL, NULL, loc); }

NodeId ir_binary(Graph *g, Op op, NodeId a, NodeId b, SrcLoc loc)
{
    NodeId in[2] = {a, b};
    return ir_add(g, op, in, 2, NULL, NULL, loc);
}

NodeId ir_select(Graph *g, NodeId c, NodeId a, NodeId b, SrcLoc loc)
{
    NodeId in[3] = {c, a, b};
    return ir_add(g, OP_SELECT, in, 3, NULL, NULL, loc);
}

NodeId ir_cast(Graph *g, NodeId x, DType to, SrcLoc loc)
{
    if (!x) return 0;
    Type t = {to, g->nodes[x].type.shape};
    return ir_add(g, OP_CAST, &x, 1, NULL, &t, loc);
}

NodeId ir_scalar(Graph *g, DType dt, double v, SrcLoc loc)
{
    _Alignas(8) unsigned char buf[8];
    ir_data_set(dt, buf, 0, v);
    Attrs a = {.data = buf};
    Type t = {dt, {0}};
    return ir_add(g, OP_CONST, NULL, 0, &a, &t, loc);
}

NodeId ir_full(Graph *g, DType dt, const Shape *s, double v, SrcLoc loc)
{
    NodeId c = ir_scalar(g, dt, v, loc);
    return c && s->rank ? ir_broadcast(g, c, s, loc) : c;
}

NodeId ir_reshape(Graph *g, NodeId x, const Shape *s, SrcLoc loc)
{
    if (!x) return 0;
    Type t = {g->nodes[x].type.dt, *s};
    return ir_add(g, OP_RESHAPE, &x, 1, NULL, &t, loc);
}

NodeId ir_broadcast(Graph *g, NodeId x, const Shape *s, SrcLoc loc)
{
    if (!x) return 0;
    Type t = {g->nodes[x].type.dt, *s};
    return ir_add(g, OP_BROADCAST, &x, 1, NULL, &t, loc);
}

static IntList intlist(const int64_t *v, int n)
{
    IntList l = {0};
    IR_ASSERT(n >= 0 && n <= IR_MAX_RANK);
    l.n = n;
    for (int i = 0; i < n; i++) l.v[i] = v[i];
    return l;
}

NodeId ir_permute(Graph *g, NodeId x, const int64_t *perm, int n, SrcLoc loc)
{
    Attrs a = {.perm = intlist(perm, n)};
    return ir_add(g, OP_PERMUTE, &x, 1, &a, NULL, loc);
}

NodeId ir_reduce(Graph *g, Op op, NodeId x, const int64_t *axes, int n, bool keep, SrcLoc loc)
{
    Attrs a = {.axes = intlist(axes, n), .keep = keep};
    return ir_add(g, op, &x, 1, &a, NULL, loc);
}

NodeId ir_slice(Graph *g, NodeId x, const int64_t *lo, const int64_t *hi, SrcLoc loc)
{
    if (!x) return 0;
    int r = g->nodes[x].type.shape.rank;
    Attrs a = {.lo = intlist(lo, r), .hi = intlist(hi, r)};
    return ir_add(g, OP_SLICE, &x, 1, &a, NULL, loc);
}

NodeId ir_matmul(Graph *g, NodeId a, NodeId b, bool ta, bool tb, SrcLoc loc)
{
    NodeId in[2] = {a, b};
    Attrs at = {.ta = ta, .tb = tb};
    return ir_add(g, OP_MATMUL, in, 2, &at, NULL, loc);
}

NodeId ir_leaf(Graph *g, Op op, const char *name, const Type *t, SrcLoc loc)
{
    Attrs a = {.name = name};
    return ir_add(g, op, NULL, 0, &a, t, loc);
}

uint32_t *ir_use_counts(const Graph *g)
{
    uint32_t *uses = cx_alloc(g->cx, g->nnodes * sizeof *uses);
    if (!uses) return NULL;
    for (uint32_t i = 1; i < g->nnodes; i++)
        for (uint32_t j = 0; j < g->nodes[i].nin; j++) uses[g->nodes[i].in[j]]++;
    return uses;
}

double ir_graph_flops(const Graph *g)
{
    double f = 0;
    for (NodeId i = 1; i < g->nnodes; i++) {
        const Node *n = &g->nodes[i];
        if (n->op != OP_MATMUL) continue;
        const Type *a = &g->nodes[n->in[0]].type;
        int64_t k = a->shape.dim[a->shape.rank - 1 - n->a.ta];
        f += 2.0 * (double)shape_numel(&n->type.shape) * (double)k;
    }
    return f;
}
