/* simplify.c — constant folding, algebraic identities, common
 * subexpression elimination and dead-code elimination.
 *
 * Expects a verified graph; produces an equivalent one with the same
 * effects (outputs, assigns) in the same order.  Each round rebuilds the
 * graph node by node: a node's operands are first mapped to their
 * replacements, then the rewrites below may replace the node by an
 * existing one or by new nodes, and what remains is added unless an equal
 * node exists already (CSE: same op, operands, attributes and type; const
 * data compared by bytes).  Then DCE.  Rounds repeat until nothing changes
 * (at most MAX_ROUNDS).  Every replacement has exactly the replaced node's
 * type.
 *
 * Rewrites:
 * - folding: an elementwise, reduction or layout op (not broadcast, which
 *   would materialise a splat) whose operands are all consts, with at most
 *   FOLD_MAX result elements, becomes a const computed by the interpreter
 *   in f32 mode, i.e. with the rounding the compiled step has.  An
 *   elementwise op over splats (broadcast constants) becomes a broadcast
 *   constant.  Integer division by zero is not folded (it is an error at
 *   run time).
 * - identities: x*1, 1*x, x+0, 0+x, x-0, x/1 (0 and 1 may be splats; x+0
 *   -> x does not preserve the sign of -0, as in most ML compilers);
 *   neg(neg x); reshape(reshape x); reshape, broadcast, cast, slice, pad,
 *   concat that change nothing; broadcast(broadcast x); permute(permute x)
 *   composed, identity perm removed; reductions over size-1 axes become
 *   reshapes; select(c, x, x) and select of a constant condition;
 *   stop_gradient(stop_gradient x).
 * - pads: add(pad a, pad b) becomes pad(a + b) (same padding) or
 *   pad(concat(a, b)) (adjacent ranges along one axis); a concat of a
 *   concat along the same axis is one concat.
 * - formats: a float cast narrowing back a widened value (through views)
 *   is those views of the narrow value; a concat of values widened from
 *   one format (each cast, or a reshape of one) is the cast of the concat
 *   of the narrow values; a narrowing cast of a concat is the concat of
 *   the narrowed parts.  All exact. */
#include "passes/passes.h"

#include <string.h>

enum { MAX_ROUNDS = 16, FOLD_MAX = 4096 };

typedef struct Simp {
    Ctx *cx;
    Graph *ng;   /* the graph being built */
    NodeId *tab; /* CSE hash table of ids in ng; 0 = empty slot */
    uint32_t cap;
    uint32_t used;
    bool changed;
} Simp;

/* ------------------------------------------------------------ hashing */

static uint64_t mix(uint64_t h, uint64_t v) { return (h ^ v) * 0x100000001b3ULL; }

static uint64_t mix_bytes(uint64_t h, const void *p, size_t n)
{
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++) h = mix(h, b[i]);
    return h;
}

static uint64_t mix_list(uint64_t h, const IntList *l)
{
    h = mix(h, (uint64_t)l->n);
    for (int i = 0; i < l->n; i++) h = mix(h, (uint64_t)l->v[i]);
    return h;
}

static uint64_t mix_str(uint64_t h, const char *s) { return s ? mix_bytes(h, s, strlen(s) + 1) : mix(h, 0); }

static size_t data_bytes(const Node *n) { return (size_t)shape_numel(&n->type.shape) * dt_size(n->type.dt); }

static uint64_t attrs_hash(uint64_t h, const Node *n)
{
    const Attrs *a = &n->a;
    int64_t ints[] = {a->axis, a->k, a->ta, a->tb, a->keep, a->stream, a->n, a->size, a->frozen_epochs, a->tags};
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++) h = mix(h, (uint64_t)ints[i]);
    h = mix_bytes(mix_bytes(h, &a->value, sizeof a->value), &a->scale, sizeof a->scale);
    h = mix_list(mix_list(mix_list(mix_list(h, &a->axes), &a->perm), &a->lo), &a->hi);
    h = mix_str(mix_str(h, a->name), a->init);
    return n->op == OP_CONST && a->data ? mix_bytes(h, a->data, data_bytes(n)) : h;
}

static uint64_t node_hash(const Node *n)
{
    uint64_t h = mix(0xcbf29ce484222325ULL, (uint64_t)n->op);
    h = mix(mix(h, (uint64_t)n->type.dt), (uint64_t)n->type.shape.rank);
    for (int d = 0; d < n->type.shape.rank; d++) h = mix(h, (uint64_t)n->type.shape.dim[d]);
    h = mix(h, n->nin);
    for (uint32_t i = 0; i < n->nin; i++) h = mix(h, n->in[i]);
    return attrs_hash(h, n);
}

static bool list_eq(const IntList *a, const IntList *b)
{
    if (a->n != b->n) return false;
    for (int i = 0; i < a->n; i++)
        if (a->v[i] != b->v[i]) return false;
    return true;
}

static bool str_eq(const char *a, const char *b) { return a == b || (a && b && !strcmp(a, b)); }

/* Field by field; floats by bits, so NaN attributes compare equal. */
static bool attrs_eq(const Node *x, const Node *y)
{
    const Attrs *a = &x->a, *b = &y->a;
    if (a->axis != b->axis || a->k != b->k || a->ta != b->ta || a->tb != b->tb || a->keep != b->keep ||
        a->stream != b->stream || a->n != b->n || a->size != b->size || a->frozen_epochs != b->frozen_epochs ||
        a->tags != b->tags)
        return false;
    if (memcmp(&a->value, &b->value, sizeof a->value) || memcmp(&a->scale, &b->scale, sizeof a->scale)) return false;
    if (!list_eq(&a->axes, &b->axes) || !list_eq(&a->perm, &b->perm) || !list_eq(&a->lo, &b->lo) ||
        !list_eq(&a->hi, &b->hi))
        return false;
    if (!str_eq(a->name, b->name) || !str_eq(a->init, b->init)) return false;
    if (x->op != OP_CONST || a->data == b->data) return true;
    return a->data && b->data && !memcmp(a->data, b->data, data_bytes(x));
}

static bool node_eq(const Node *x, const Node *y)
{
    if (x->op != y->op || x->nin != y->nin || !type_eq(&x->type, &y->type)) return false;
    for (uint32_t i = 0; i < x->nin; i++)
        if (x->in[i] != y->in[i]) return false;
    return attrs_eq(x, y);
}

/* ---------------------------------------------------------- CSE table */

/* Leaves other than const name outside values; effects must all stay. */
static bool cse_ok(Op op) { return op != OP_PARAM && op != OP_STATE && op != OP_INPUT && !(ir_ops[op].flags & OF_EFFECT); }

static NodeId *tab_slot(const Simp *s, const Node *n)
{
    uint32_t mask = s->cap - 1, i = (uint32_t)node_hash(n) & mask;
    while (s->tab[i] && !node_eq(&s->ng->nodes[s->tab[i]], n)) i = (i + 1) & mask;
    return &s->tab[i];
}

static bool tab_grow(Simp *s)
{
    if (2 * (s->used + 1) <= s->cap) return true;
    uint32_t cap = s->cap ? 2 * s->cap : 256;
    NodeId *old = s->tab;
    uint32_t oldcap = s->cap;
    if (!(s->tab = cx_alloc(s->cx, cap * sizeof *s->tab))) {
        s->tab = old;
        return false;
    }
    s->cap = cap;
    for (uint32_t i = 0; i < oldcap; i++)
        if (old[i]) *tab_slot(s, &s->ng->nodes[old[i]]) = old[i];
    cx_free(s->cx, old);
    return true;
}

/* Adds n to the new graph, or returns the equal node already there. */
static NodeId emit(Simp *s, const Node *n)
{
    bool cse = cse_ok(n->op);
    if (cse) {
        if (!tab_grow(s)) return 0;
        NodeId hit = *tab_slot(s, n);
        if (hit) {
            s->changed = true;
            return hit;
        }
    }
    NodeId id = ir_add(s->ng, n->op, n->in, n->nin, &n->a, &n->type, n->loc);
    if (id && cse) {
        *tab_slot(s, ir_node(s->ng, id)) = id;
        s->used++;
    }
    return id;
}

/* A node like `like` (location) with the given op, operand and type. */
static NodeId emit1(Simp *s, const Node *like, Op op, NodeId x, const Attrs *a, Type t)
{
    static const Attrs none;
    Node n = {.op = op, .type = t, .loc = like->loc, .nin = 1, .in = &x, .a = a ? *a : none};
    return emit(s, &n);
}

/* ------------------------------------------------------------ folding */

static const Node *in_node(const Simp *s, const Node *n, uint32_t k) { return ir_node(s->ng, n->in[k]); }

static bool foldable_kind(const Node *n)
{
    OpKind k = ir_ops[n->op].kind;
    return n->nin > 0 && n->op != OP_BROADCAST && (k == OK_ELEMWISE || k == OK_REDUCE || k == OK_LAYOUT);
}

/* Integer division with a zero divisor stays for the run-time error. */
static bool int_div_by_zero(const Simp *s, const Node *n)
{
    const Node *b = in_node(s, n, 1);
    if (n->op != OP_DIV || dt_is_float(b->type.dt)) return false;
    for (int64_t i = 0; i < shape_numel(&b->type.shape); i++)
        if (ir_data_get(b->type.dt, b->a.data, i) == 0) return true;
    return false;
}

/* Runs op over the given consts in a scratch graph (f32 rounding) and
 * writes the result as const data into buf (numel * dt_size bytes). */
static bool fold_eval(Simp *s, const Node *n, const Node *const *ins, void *buf)
{
    Graph *tg = ir_graph_new(s->cx, "fold");
    NodeId ids[64];
    bool ok = tg && n->nin <= 64;
    for (uint32_t k = 0; ok && k < n->nin; k++)
        ok = (ids[k] = ir_add(tg, OP_CONST, NULL, 0, &ins[k]->a, &ins[k]->type, ins[k]->loc)) != 0;
    NodeId r = ok ? ir_add(tg, n->op, ids, n->nin, &n->a, &n->type, n->loc) : 0;
    Interp *ip = r ? ir_interp_new(s->cx, tg, IP_F32) : NULL;
    ok = ip && ir_interp_run(ip);
    if (ok) {
        const Tensor *t = ir_interp_value(ip, r);
        for (int64_t i = 0; i < t->numel; i++) {
            if (t->type.dt == DT_I64) ((int64_t *)buf)[i] = t->i[i];
            else ir_data_set(t->type.dt, buf, i, tensor_get(t, i));
        }
    }
    ir_interp_free(ip);
    ir_graph_free(tg);
    return ok;
}

static NodeId emit_const(Simp *s, const Node *like, Type t, void *data)
{
    Node c = {.op = OP_CONST, .type = t, .loc = like->loc, .a = {.data = data}};
    return emit(s, &c);
}

static NodeId fold_consts(Simp *s, const Node *n)
{
    if (!foldable_kind(n) || shape_numel(&n->type.shape) > FOLD_MAX) return 0;
    const Node *ins[64];
    if (n->nin > 64) return 0;
    for (uint32_t k = 0; k < n->nin; k++)
        if ((ins[k] = in_node(s, n, k))->op != OP_CONST) return 0;
    if (int_div_by_zero(s, n)) return 0;
    void *buf = cx_alloc(s->cx, data_bytes(n) + 8);
    NodeId r = buf && fold_eval(s, n, ins, buf) ? emit_const(s, n, n->type, buf) : 0;
    cx_free(s->cx, buf);
    return r;
}

/* The const under a splat: a const whose elements are all equal, or a
 * broadcast or reshape of one.  NULL if x is not a splat.  Large consts
 * (neighbour tables) are not scanned: splats are built as broadcasts. */
static const Node *splat_const(const Simp *s, NodeId x)
{
    const Node *n = ir_node(s->ng, x);
    while (n->op == OP_BROADCAST || n->op == OP_RESHAPE) n = ir_node(s->ng, n->in[0]);
    if (n->op != OP_CONST) return NULL;
    size_t es = dt_size(n->type.dt);
    int64_t numel = shape_numel(&n->type.shape);
    if (numel > FOLD_MAX) return NULL;
    for (int64_t i = 1; i < numel; i++)
        if (memcmp((const char *)n->a.data + i * es, n->a.data, es)) return NULL;
    return numel ? n : NULL;
}

static bool splat_is(const Simp *s, NodeId x, double v)
{
    const Node *c = splat_const(s, x);
    return c && ir_data_get(c->type.dt, c->a.data, 0) == v;
}

/* An elementwise op over splats (not all plain consts): the op on the
 * scalars, broadcast. */
static NodeId fold_splats(Simp *s, const Node *n)
{
    if (ir_ops[n->op].kind != OK_ELEMWISE || n->nin > 3 || n->op == OP_STOP_GRADIENT) return 0;
    const Node *sc[3];
    Node scal[3];
    bool any_bcast = false;
    for (uint32_t k = 0; k < n->nin; k++) {
        if (!(sc[k] = splat_const(s, n->in[k]))) return 0;
        any_bcast |= in_node(s, n, k)->op != OP_CONST;
        scal[k] = (Node){.op = OP_CONST, .type = {sc[k]->type.dt, {0}}, .loc = n->loc, .a = {.data = sc[k]->a.data}};
        sc[k] = &scal[k];
    }
    if (!any_bcast || int_div_by_zero(s, n)) return 0;
    Node op = *n;
    op.type.shape.rank = 0;
    unsigned char buf[8];
    if (!fold_eval(s, &op, sc, buf)) return 0;
    NodeId c = emit_const(s, n, op.type, buf);
    return c && n->type.shape.rank ? emit1(s, n, OP_BROADCAST, c, NULL, n->type) : c;
}

/* ---------------------------------------------------------- identities */

/* add(pad(a), pad(b)), both padded with zeros: with the same padding,
 * pad(a + b); padded along one
 * axis d to adjacent ranges, pad(concat(a, b) along d).  The gradient of
 * slices taken along one axis (q, k and v out of qkv) is a sum of padded
 * tensors, one per slice; this makes it one concat (whose pad then
 * vanishes when the slices covered the axis). */
static NodeId add_of_pads(Simp *s, const Node *n)
{
    const Node *x = in_node(s, n, 0), *y = in_node(s, n, 1);
    if (x->op != OP_PAD || y->op != OP_PAD || x->a.value != 0 || y->a.value != 0) return 0;
    int rank = n->type.shape.rank, d = -1;
    for (int i = 0; i < rank; i++) {
        if (x->a.lo.v[i] == y->a.lo.v[i] && x->a.hi.v[i] == y->a.hi.v[i]) continue;
        if (d >= 0) return 0;
        d = i;
    }
    const Node *xin = ir_node(s->ng, x->in[0]), *yin = ir_node(s->ng, y->in[0]);
    if (d < 0) {
        NodeId ins[2] = {x->in[0], y->in[0]};
        Node sum = {.op = OP_ADD, .type = xin->type, .loc = n->loc, .nin = 2, .in = ins};
        NodeId id = emit(s, &sum);
        return id ? emit1(s, n, OP_PAD, id, &x->a, n->type) : 0;
    }
    int64_t D = n->type.shape.dim[d];
    if (y->a.lo.v[d] == D - x->a.hi.v[d]) { /* x's range, then y's */
    } else if (x->a.lo.v[d] == D - y->a.hi.v[d]) {
        const Node *t = x;
        x = y, y = t, t = xin, xin = yin, yin = t;
    } else {
        return 0;
    }
    NodeId ins[2] = {x->in[0], y->in[0]};
    Type ct = xin->type;
    ct.shape.dim[d] += yin->type.shape.dim[d];
    Node cat = {.op = OP_CONCAT, .type = ct, .loc = n->loc, .nin = 2, .in = ins, .a = {.axis = d}};
    NodeId id = emit(s, &cat);
    Attrs pa = x->a;
    pa.hi.v[d] = y->a.hi.v[d];
    return id ? emit1(s, n, OP_PAD, id, &pa, n->type) : 0;
}

/* A cast from float format a to a wider one b: every a value is a b value. */
static bool widens(DType a, DType b) { return dt_is_float(a) && dt_is_float(b) && dt_size(b) > dt_size(a); }

/* cast(views(cast(x)) ) where the inner cast widens x and the outer one
 * narrows back to x's format: the views of x itself (exact).  Under the
 * bf16 policy a product's gradient widened for a concat comes back to
 * bf16 for the next product this way. */
static NodeId narrowed_back(Simp *s, const Node *n)
{
    NodeId chain[IR_MAX_RANK * 4], y = n->in[0];
    int k = 0;
    while (ir_is_view(ir_node(s->ng, y)->op) && k < (int)(sizeof chain / sizeof *chain))
        chain[k++] = y, y = ir_node(s->ng, y)->in[0];
    const Node *c = ir_node(s->ng, y);
    if (c->op != OP_CAST || ir_node(s->ng, c->in[0])->type.dt != n->type.dt || !widens(n->type.dt, c->type.dt))
        return 0;
    NodeId cur = c->in[0];
    for (int i = k - 1; cur && i >= 0; i--) {
        const Node *v = ir_node(s->ng, chain[i]);
        Type t = v->type;
        t.dt = n->type.dt;
        cur = emit1(s, v, v->op, cur, &v->a, t);
    }
    return cur;
}

/* cast(concat(a, b, ...)) narrowing a float format: concat(cast(a),
 * cast(b), ...) (exact: the same conversion of the same elements).  Each
 * cast can then be stored by the kernel computing its part, and the
 * concat moves the narrow bytes (the loss rows' gradient halves, f32,
 * concatenated and narrowed to bf16 for the head's products).  When the
 * wide concat has other readers it stays, and the narrow one costs what
 * the cast of the whole did. */
static NodeId narrow_of_concat(Simp *s, const Node *n)
{
    const Node *c = in_node(s, n, 0);
    if (c->op != OP_CONCAT || !widens(n->type.dt, c->type.dt)) return 0;
    NodeId *ins = cx_alloc(s->cx, c->nin * sizeof *ins);
    bool ok = ins != NULL;
    for (uint32_t k = 0; ok && k < c->nin; k++) {
        const Node *x = ir_node(s->ng, c->in[k]);
        Type t = x->type;
        t.dt = n->type.dt;
        ok = (ins[k] = emit1(s, x, OP_CAST, c->in[k], NULL, t)) != 0;
    }
    Node cat = *c;
    cat.in = ins;
    cat.type.dt = n->type.dt;
    NodeId id = ok ? emit(s, &cat) : 0;
    cx_free(s->cx, ins);
    return id;
}

static NodeId simp_arith(Simp *s, const Node *n)
{
    NodeId a = n->nin ? n->in[0] : 0, b = n->nin > 1 ? n->in[1] : 0;
    switch (n->op) {
    case OP_ADD: return splat_is(s, b, 0) ? a : splat_is(s, a, 0) ? b : add_of_pads(s, n);
    case OP_SUB: return splat_is(s, b, 0) ? a : 0;
    case OP_MUL: return splat_is(s, b, 1) ? a : splat_is(s, a, 1) ? b : 0;
    case OP_DIV: return splat_is(s, b, 1) ? a : 0;
    case OP_NEG:
    case OP_STOP_GRADIENT: {
        const Node *x = ir_node(s->ng, a);
        return x->op != n->op ? 0 : n->op == OP_NEG ? x->in[0] : a;
    }
    case OP_CAST: {
        if (ir_node(s->ng, a)->type.dt == n->type.dt) return a;
        NodeId r = narrowed_back(s, n);
        return r ? r : narrow_of_concat(s, n);
    }
    case OP_SELECT: {
        const Node *c = splat_const(s, n->in[0]);
        if (n->in[1] == n->in[2]) return n->in[1];
        return c ? n->in[ir_data_get(DT_BOOL, c->a.data, 0) ? 1 : 2] : 0;
    }
    default: return 0;
    }
}

static bool perm_is_identity(const IntList *p)
{
    for (int i = 0; i < p->n; i++)
        if (p->v[i] != i) return false;
    return true;
}

/* permute(permute(x, q), p) = permute(x, r) with r[i] = q[p[i]] */
static NodeId simp_permute(Simp *s, const Node *n)
{
    if (perm_is_identity(&n->a.perm)) return n->in[0];
    const Node *x = in_node(s, n, 0);
    if (x->op != OP_PERMUTE) return 0;
    Attrs a = {.perm = {.n = n->a.perm.n}};
    for (int i = 0; i < a.perm.n; i++) a.perm.v[i] = x->a.perm.v[n->a.perm.v[i]];
    NodeId src = x->in[0];
    return perm_is_identity(&a.perm) ? src : emit1(s, n, OP_PERMUTE, src, &a, n->type);
}

static bool slice_is_full(const Node *n, const Shape *xs)
{
    for (int d = 0; d < xs->rank; d++)
        if (n->a.lo.v[d] != 0 || n->a.hi.v[d] != xs->dim[d]) return false;
    return true;
}

static bool pad_is_empty(const Node *n)
{
    for (int d = 0; d < n->a.lo.n; d++)
        if (n->a.lo.v[d] || n->a.hi.v[d]) return false;
    return true;
}

/* A reduction over size-1 axes only moves no data: a reshape. */
static NodeId simp_reduce(Simp *s, const Node *n)
{
    const Node *x = in_node(s, n, 0);
    for (int i = 0; i < n->a.axes.n; i++)
        if (x->type.shape.dim[n->a.axes.v[i]] != 1) return 0;
    return shape_eq(&x->type.shape, &n->type.shape) ? n->in[0] : emit1(s, n, OP_RESHAPE, n->in[0], NULL, n->type);
}

/* concat(..., concat(a, b) along the same axis, ...) = concat(..., a, b, ...) */
static NodeId flatten_concat(Simp *s, const Node *n)
{
    uint32_t total = 0;
    bool any = false;
    for (uint32_t k = 0; k < n->nin; k++) {
        const Node *x = in_node(s, n, k);
        bool inner = x->op == OP_CONCAT && x->a.axis == n->a.axis;
        any |= inner;
        total += inner ? x->nin : 1;
    }
    if (!any) return 0;
    NodeId *ins = cx_alloc(s->cx, total * sizeof *ins);
    if (!ins) return 0;
    uint32_t j = 0;
    for (uint32_t k = 0; k < n->nin; k++) {
        const Node *x = in_node(s, n, k);
        if (x->op == OP_CONCAT && x->a.axis == n->a.axis)
            for (uint32_t i = 0; i < x->nin; i++) ins[j++] = x->in[i];
        else ins[j++] = n->in[k];
    }
    Node cat = *n;
    cat.in = ins, cat.nin = total;
    NodeId id = emit(s, &cat);
    cx_free(s->cx, ins);
    return id;
}

/* The widening cast under concat operand x (x itself, or a reshape of
 * it), or NULL. */
static const Node *widened_operand(const Simp *s, NodeId x)
{
    const Node *c = ir_node(s->ng, x);
    if (c->op == OP_RESHAPE) c = ir_node(s->ng, c->in[0]);
    return c->op == OP_CAST && widens(ir_node(s->ng, c->in[0])->type.dt, c->type.dt) ? c : NULL;
}

/* concat(cast(a), reshape(cast(b)), ...) with every cast widening from one
 * format: the narrow values (reshaped alike) concatenated, then one cast
 * (the concat moves half the bytes, and the cast can fuse into the
 * readers).  The q, k, v gradients of the bf16 policy. */
static NodeId concat_of_widened(Simp *s, const Node *n)
{
    DType from = DT_F32;
    for (uint32_t k = 0; k < n->nin; k++) {
        const Node *c = widened_operand(s, n->in[k]);
        DType d = c ? ir_node(s->ng, c->in[0])->type.dt : DT_F32;
        if (!c || (k && d != from)) return 0;
        from = d;
    }
    NodeId *ins = cx_alloc(s->cx, n->nin * sizeof *ins);
    bool ok = ins != NULL;
    for (uint32_t k = 0; ok && k < n->nin; k++) {
        const Node *x = in_node(s, n, k);
        NodeId y = widened_operand(s, n->in[k])->in[0];
        Type t = x->type;
        t.dt = from;
        ins[k] = x->op == OP_RESHAPE ? emit1(s, x, OP_RESHAPE, y, NULL, t) : y;
        ok = ins[k] != 0;
    }
    Node cat = *n;
    cat.in = ins;
    cat.type.dt = from;
    NodeId id = ok ? emit(s, &cat) : 0;
    cx_free(s->cx, ins);
    return id ? emit1(s, n, OP_CAST, id, NULL, n->type) : 0;
}

static NodeId simp_layout(Simp *s, const Node *n)
{
    if (!n->nin) return 0; /* iota, grid_neighbors, resize_matrix: nothing to read */
    const Node *x = in_node(s, n, 0);
    bool same = shape_eq(&x->type.shape, &n->type.shape);
    switch (n->op) {
    case OP_RESHAPE:
    case OP_BROADCAST:
        if (same) return n->in[0];
        return x->op == n->op ? emit1(s, n, n->op, x->in[0], NULL, n->type) : 0;
    case OP_PERMUTE: return simp_permute(s, n);
    case OP_SLICE: return slice_is_full(n, &x->type.shape) ? n->in[0] : 0;
    case OP_PAD: return pad_is_empty(n) ? n->in[0] : 0;
    case OP_CONCAT: {
        if (n->nin == 1) return n->in[0];
        NodeId r = flatten_concat(s, n);
        return r ? r : concat_of_widened(s, n);
    }
    case OP_REDUCE_SUM:
    case OP_REDUCE_MAX: return simp_reduce(s, n);
    default: return 0;
    }
}

/* The replacement of n (whose operands are already in the new graph), or
 * 0 to keep it. */
static NodeId rewrite(Simp *s, const Node *n)
{
    if (ir_ops[n->op].flags & (OF_LEAF | OF_EFFECT)) return 0;
    NodeId r = fold_consts(s, n);
    if (!r) r = fold_splats(s, n);
    if (!r) r = simp_arith(s, n);
    if (!r) r = simp_layout(s, n);
    if (r) {
        IR_ASSERT(type_eq(&ir_node(s->ng, r)->type, &n->type));
        s->changed = true;
    }
    return r;
}

/* --------------------------------------------------------------- pass */

/* One round: g rebuilt into s->ng. */
static bool round_run(Simp *s, const Graph *g, NodeId *map)
{
    NodeId buf[64];
    for (NodeId i = 1; i < g->nnodes; i++) {
        Node n = *ir_node(g, i);
        NodeId *ins = n.nin <= 64 ? buf : cx_alloc(s->cx, n.nin * sizeof *ins);
        if (!ins) return false;
        for (uint32_t k = 0; k < n.nin; k++) ins[k] = map[n.in[k]];
        n.in = ins;
        int nerr = s->cx->nerrors;
        NodeId r = rewrite(s, &n);
        map[i] = r ? r : s->cx->nerrors == nerr ? emit(s, &n) : 0;
        if (ins != buf) cx_free(s->cx, ins);
        if (!map[i]) return false;
    }
    return true;
}

bool pass_simplify(Ctx *cx, Graph *g)
{
    bool ok = true, changed = true;
    for (int round = 0; ok && changed && round < MAX_ROUNDS; round++) {
        Simp s = {.cx = cx, .ng = ir_graph_new(cx, g->name)};
        NodeId *map = cx_alloc(cx, g->nnodes * sizeof *map);
        ok = s.ng && map && round_run(&s, g, map);
        if (ok) ir_graph_swap(g, s.ng);
        changed = s.changed;
        ir_graph_free(s.ng);
        cx_free(cx, map);
        cx_free(cx, s.tab);
        ok = ok && pass_dce(cx, g);
    }
    return ok;
}
