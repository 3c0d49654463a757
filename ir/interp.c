/* interp.c — the reference interpreter: the definition of every op.
 *
 * Expects a graph whose node types were inferred by the builder (the node's
 * type is trusted as the result type) and a value for every param, state
 * and input leaf.  Produces one Tensor per node, and after each run moves
 * every assign's value into its target leaf, so runs are training steps.
 * Simple and obviously right rather than fast: every op walks its output
 * element by element with a multi-index.
 *
 * Numerics (backends are compared against these):
 * - Floats are held as double.  f64 nodes are never rounded; f32 nodes are
 *   rounded to f32 after every op under IP_F32 and kept unrounded under
 *   IP_F64; bf16/f16 nodes are always rounded (nearest even).
 * - reduce_sum, matmul and scatter_add accumulate in double and round once.
 * - Integer ops wrap (two's complement) to the node's width; integer div
 *   truncates toward zero and division by zero is a run-time error.
 * - float -> int casts truncate toward zero, saturate at the type's range
 *   and map NaN to 0; casts to bool give x != 0.
 * - max/min and reduce_max propagate NaN.
 * - topk: indices (i32) of the k largest along the last axis, descending;
 *   equal values come lower index first; NaN is larger than any number.
 * - gather/scatter_add indices must lie in [0, dim) (no wrap of negative
 *   indices); an index outside is a run-time error at the node's location.
 * - grid_neighbors drops only the centre offset of the window, so on grids
 *   smaller than the window a patch may list a neighbour (or itself) twice.
 * - structured ops (neighbor_topk_gather) are their decomposition into
 *   primitives (ir/decompose.c), run by a nested interpreter.
 * - const data is numel elements of the dtype's C type: float (f32),
 *   double (f64), int32_t (i32), int64_t (i64), uint8_t 0/1 (bool),
 *   uint16_t raw bits (bf16, f16).
 *
 * Files: the indexing, constant-builder, matmul, random and structured
 * ops are in interp_ops.c; interp_internal.h is what the two share. */
#include "ir/interp_internal.h"

#include <float.h>
#include <math.h>
#include <string.h>

/* ---------------------------------------------------------------- rounding */

/* Rounds x to a binary format with p significand bits and normal exponents
 * emin..emax, nearest even, with gradual underflow and overflow to inf.
 * Scaling by powers of two is exact, so one nearbyint does the rounding. */
static double round_fmt(double x, int p, int emin, int emax)
{
    if (!isfinite(x) || x == 0) return x;
    int e;
    (void)frexp(x, &e); /* |x| in [2^(e-1), 2^e) */
    int q = e - p;       /* exponent of the ulp at x */
    if (q < emin - p + 1) q = emin - p + 1;
    double r = ldexp(nearbyint(ldexp(x, -q)), q);
    double maxv = ldexp(2.0 - ldexp(1.0, 1 - p), emax);
    return fabs(r) > maxv ? copysign(INFINITY, x) : r;
}

double round_bf16(double x) { return round_fmt(x, 8, -126, 127); }
double round_f16(double x) { return round_fmt(x, 11, -14, 15); }

static double round_f32(double x)
{
    /* The cast is exact IEEE rounding only inside the float range. */
    return fabs(x) <= FLT_MAX ? (double)(float)x : round_fmt(x, 24, -126, 127);
}

static double round_dt(DType dt, InterpPrec prec, double v)
{
    switch (dt) {
    case DT_F32: return prec == IP_F64 ? v : round_f32(v);
    case DT_BF16: return round_bf16(v);
    case DT_F16: return round_f16(v);
    default: return v;
    }
}

/* Two's-complement wrap of an integer result to the dtype's width. */
static int64_t int_wrap(int64_t v, DType dt)
{
    if (dt == DT_I32) return (int32_t)(uint32_t)(uint64_t)v;
    if (dt == DT_BOOL) return v != 0;
    return v;
}

static int64_t dbl_to_int(double v, DType dt)
{
    if (dt == DT_BOOL) return v != 0;
    if (isnan(v)) return 0;
    double lo = dt == DT_I32 ? (double)INT32_MIN : -0x1p63;
    double hi = dt == DT_I32 ? (double)INT32_MAX : 0x1p63;
    if (v <= lo) return dt == DT_I32 ? INT32_MIN : INT64_MIN;
    if (v >= hi) return dt == DT_I32 ? INT32_MAX : INT64_MAX;
    return (int64_t)v; /* truncates toward zero */
}

/* ----------------------------------------------------------------- tensors */

Tensor *tensor_new(Ctx *cx, const Type *t)
{
    Tensor *x = cx_alloc(cx, sizeof *x);
    if (!x) return NULL;
    x->type = *t;
    x->numel = shape_numel(&t->shape);
    size_t n = x->numel > 0 ? (size_t)x->numel : 1;
    if (dt_is_float(t->dt))
        x->f = cx_alloc(cx, n * sizeof *x->f);
    else
        x->i = cx_alloc(cx, n * sizeof *x->i);
    if (!x->f && !x->i) {
        cx_free(cx, x);
        return NULL;
    }
    return x;
}

void tensor_free(Ctx *cx, Tensor *t)
{
    if (!t) return;
    cx_free(cx, t->f);
    cx_free(cx, t->i);
    cx_free(cx, t);
}

double tensor_get(const Tensor *t, int64_t flat)
{
    return t->f ? t->f[flat] : (double)t->i[flat];
}

double tensor_max_abs(const Tensor *t)
{
    double m = 0;
    for (int64_t k = 0; k < t->numel; k++) {
        double v = fabs(tensor_get(t, k));
        if (isfinite(v) && v > m) m = v;
    }
    return m;
}

void tensor_set(Tensor *t, int64_t flat, double v)
{
    if (t->f)
        t->f[flat] = round_dt(t->type.dt, IP_F32, v);
    else
        t->i[flat] = dbl_to_int(v, t->type.dt);
}

void tensor_to_data(const Tensor *t, void *data)
{
    DType dt = t->type.dt;
    for (int64_t k = 0; k < t->numel; k++) {
        switch (dt) {
        case DT_I32: ((int32_t *)data)[k] = (int32_t)t->i[k]; break;
        case DT_I64: ((int64_t *)data)[k] = t->i[k]; break;
        case DT_BOOL: ((uint8_t *)data)[k] = t->i[k] != 0; break;
        default: ir_data_set(dt, data, k, t->f[k]);
        }
    }
}

void tensor_from_data(Tensor *t, const void *data)
{
    DType dt = t->type.dt;
    for (int64_t k = 0; k < t->numel; k++) {
        switch (dt) {
        case DT_I32: t->i[k] = ((const int32_t *)data)[k]; break;
        case DT_I64: t->i[k] = ((const int64_t *)data)[k]; break;
        case DT_BOOL: t->i[k] = ((const uint8_t *)data)[k]; break;
        default: t->f[k] = ir_data_get(dt, data, k);
        }
    }
}

/* Stores a computed float into element k of a node's value. */
void interp_put_f(const Interp *ip, Tensor *t, int64_t k, double v)
{
    if (t->f)
        t->f[k] = round_dt(t->type.dt, ip->prec, v);
    else
        t->i[k] = dbl_to_int(v, t->type.dt);
}

void interp_put_i(const Interp *ip, Tensor *t, int64_t k, int64_t v)
{
    if (t->f)
        t->f[k] = round_dt(t->type.dt, ip->prec, (double)v);
    else
        t->i[k] = int_wrap(v, t->type.dt);
}

/* Rounds (or wraps) every element in place: accumulations end here. */
void interp_round_all(const Interp *ip, Tensor *t)
{
    for (int64_t k = 0; k < t->numel; k++) {
        if (t->f) interp_put_f(ip, t, k, t->f[k]);
        else interp_put_i(ip, t, k, t->i[k]);
    }
}

static Tensor *tensor_dup(Ctx *cx, const Tensor *s)
{
    Tensor *d = tensor_new(cx, &s->type);
    if (!d) return NULL;
    for (int64_t k = 0; k < s->numel; k++) el_copy(d, k, s, k);
    return d;
}

/* ----------------------------------------------------------- multi-indices */

/* out[idx] = in[base + idx . map]: permute, broadcast and slice. */
static void copy_mapped(Tensor *out, const Tensor *in, const int64_t *map, int64_t base)
{
    int64_t idx[IR_MAX_RANK] = {0};
    const Shape *s = &out->type.shape;
    for (int64_t k = 0; k < out->numel; k++, idx_next(s, idx))
        el_copy(out, k, in, base + idx_dot(idx, map, s->rank));
}

/* ------------------------------------------------------------ elementwise */

static double unary_f(Op op, double x)
{
    switch (op) {
    case OP_NEG: return -x;
    case OP_EXP: return exp(x);
    case OP_LOG: return log(x);
    case OP_SQRT: return sqrt(x);
    case OP_RSQRT: return 1.0 / sqrt(x);
    case OP_ERF: return erf(x);
    case OP_TANH: return tanh(x);
    case OP_ABS: return fabs(x);
    case OP_RECIP: return 1.0 / x;
    case OP_FLOOR: return floor(x);
    default: break;
    }
    IR_ASSERT(!"unary_f: not a float unary op");
    return 0;
}

static bool ev_unary(Ev *e)
{
    const Tensor *x = ev_in(e, 0);
    for (int64_t k = 0; k < x->numel; k++) {
        if (x->f) {
            interp_put_f(e->ip, e->out, k, unary_f(e->n->op, x->f[k]));
        } else {
            IR_ASSERT(e->n->op == OP_NEG || e->n->op == OP_ABS);
            int64_t v = x->i[k];
            bool neg = e->n->op == OP_NEG || v < 0;
            interp_put_i(e->ip, e->out, k, neg ? (int64_t)(0 - (uint64_t)v) : v);
        }
    }
    return true;
}

static double binary_f(Op op, double a, double b)
{
    switch (op) {
    case OP_ADD: return a + b;
    case OP_SUB: return a - b;
    case OP_MUL: return a * b;
    case OP_DIV: return a / b;
    case OP_MAX: return isnan(a) || isnan(b) ? NAN : (a > b ? a : b);
    case OP_MIN: return isnan(a) || isnan(b) ? NAN : (a < b ? a : b);
    case OP_POW: return pow(a, b);
    default: break;
    }
    IR_ASSERT(!"binary_f: not a binary op");
    return 0;
}

/* Integer binary op with wrap-around (unsigned arithmetic has no UB). */
static bool binary_i(const Ev *e, int64_t a, int64_t b, int64_t *r)
{
    uint64_t ua = (uint64_t)a, ub = (uint64_t)b;
    switch (e->n->op) {
    case OP_ADD: *r = (int64_t)(ua + ub); return true;
    case OP_SUB: *r = (int64_t)(ua - ub); return true;
    case OP_MUL: *r = (int64_t)(ua * ub); return true;
    case OP_MAX: *r = a > b ? a : b; return true;
    case OP_MIN: *r = a < b ? a : b; return true;
    case OP_DIV:
        if (b == 0) {
            cx_error(e->ip->cx, e->n->loc, "div (node %%%u): integer division by zero", e->id);
            return false;
        }
        *r = b == -1 ? (int64_t)(0 - ua) : a / b;
        return true;
    default: break;
    }
    IR_ASSERT(!"binary_i: not an integer binary op");
    return false;
}

static bool ev_binary(Ev *e)
{
    const Tensor *a = ev_in(e, 0), *b = ev_in(e, 1);
    for (int64_t k = 0; k < a->numel; k++) {
        if (a->f) {
            interp_put_f(e->ip, e->out, k, binary_f(e->n->op, a->f[k], b->f[k]));
            continue;
        }
        int64_t r;
        if (!binary_i(e, a->i[k], b->i[k], &r)) return false;
        interp_put_i(e->ip, e->out, k, r);
    }
    return true;
}

/* c < 0, 0, > 0 as in strcmp; NaN compares unordered (only ne is true). */
static bool compare(Op op, bool unordered, int c)
{
    if (unordered) return op == OP_NE;
    switch (op) {
    case OP_EQ: return c == 0;
    case OP_NE: return c != 0;
    case OP_LT: return c < 0;
    case OP_LE: return c <= 0;
    case OP_GT: return c > 0;
    case OP_GE: return c >= 0;
    default: break;
    }
    IR_ASSERT(!"compare: not a comparison");
    return false;
}

static bool ev_compare(Ev *e)
{
    const Tensor *a = ev_in(e, 0), *b = ev_in(e, 1);
    for (int64_t k = 0; k < a->numel; k++) {
        bool r;
        if (a->f) {
            double x = a->f[k], y = b->f[k];
            r = compare(e->n->op, isnan(x) || isnan(y), (x > y) - (x < y));
        } else {
            int64_t x = a->i[k], y = b->i[k];
            r = compare(e->n->op, false, (x > y) - (x < y));
        }
        e->out->i[k] = r;
    }
    return true;
}

static bool ev_select(Ev *e)
{
    const Tensor *c = ev_in(e, 0), *a = ev_in(e, 1), *b = ev_in(e, 2);
    for (int64_t k = 0; k < e->out->numel; k++) el_copy(e->out, k, c->i[k] ? a : b, k);
    return true;
}

static bool ev_cast(Ev *e)
{
    const Tensor *x = ev_in(e, 0);
    for (int64_t k = 0; k < x->numel; k++) {
        if (x->f)
            interp_put_f(e->ip, e->out, k, x->f[k]);
        else
            interp_put_i(e->ip, e->out, k, x->i[k]);
    }
    return true;
}

/* Identity ops and reshape (row-major, so the flat order is kept). */
static bool ev_copy(Ev *e)
{
    const Tensor *x = ev_in(e, e->n->op == OP_ASSIGN ? 1 : 0);
    IR_ASSERT(x->numel == e->out->numel);
    for (int64_t k = 0; k < x->numel; k++) el_copy(e->out, k, x, k);
    return true;
}

/* ------------------------------------------------------------- reductions */

/* For each input axis, its stride in the output (0 for reduced axes). */
static void reduce_map(const Node *n, const Shape *in, const Shape *out, int64_t *map)
{
    int64_t ost[IR_MAX_RANK];
    shape_strides(out, ost);
    int j = 0;
    for (int a = 0; a < in->rank; a++) {
        bool red = false;
        for (int r = 0; r < n->a.axes.n; r++) red |= n->a.axes.v[r] == a;
        map[a] = red ? 0 : ost[j];
        if (!red || n->a.keep) j++;
    }
}

static bool ev_reduce(Ev *e)
{
    const Tensor *x = ev_in(e, 0);
    Tensor *o = e->out;
    bool sum = e->n->op == OP_REDUCE_SUM;
    int64_t map[IR_MAX_RANK], idx[IR_MAX_RANK] = {0};
    reduce_map(e->n, &x->type.shape, &o->type.shape, map);
    double *acc = cx_alloc(e->ip->cx, (size_t)(o->numel > 0 ? o->numel : 1) * sizeof *acc);
    if (!acc) return false;
    for (int64_t k = 0; k < o->numel; k++) {
        acc[k] = sum ? 0.0 : -INFINITY;
        if (!o->f) o->i[k] = sum ? 0 : INT64_MIN;
    }
    for (int64_t k = 0; k < x->numel; k++, idx_next(&x->type.shape, idx)) {
        int64_t d = idx_dot(idx, map, x->type.shape.rank);
        if (o->f && sum) acc[d] += x->f[k];
        else if (o->f) acc[d] = isnan(acc[d]) || isnan(x->f[k]) ? NAN : fmax(acc[d], x->f[k]);
        else if (sum) o->i[d] = (int64_t)((uint64_t)o->i[d] + (uint64_t)x->i[k]);
        else if (x->i[k] > o->i[d]) o->i[d] = x->i[k];
    }
    if (o->f) memcpy(o->f, acc, (size_t)o->numel * sizeof *acc);
    interp_round_all(e->ip, o);
    cx_free(e->ip->cx, acc);
    return true;
}

/* ----------------------------------------------------------------- layout */

static bool ev_permute(Ev *e)
{
    const Tensor *x = ev_in(e, 0);
    int64_t st[IR_MAX_RANK], map[IR_MAX_RANK];
    shape_strides(&x->type.shape, st);
    for (int i = 0; i < e->n->a.perm.n; i++) map[i] = st[e->n->a.perm.v[i]];
    copy_mapped(e->out, x, map, 0);
    return true;
}

/* numpy rules: shapes align on the right; size-1 and missing axes repeat. */
static bool ev_broadcast(Ev *e)
{
    const Tensor *x = ev_in(e, 0);
    const Shape *si = &x->type.shape, *so = &e->out->type.shape;
    int64_t st[IR_MAX_RANK], map[IR_MAX_RANK];
    shape_strides(si, st);
    for (int j = 0; j < so->rank; j++) {
        int a = j - (so->rank - si->rank);
        map[j] = a < 0 || si->dim[a] == 1 ? 0 : st[a];
    }
    copy_mapped(e->out, x, map, 0);
    return true;
}

static bool ev_slice(Ev *e)
{
    const Tensor *x = ev_in(e, 0);
    int64_t st[IR_MAX_RANK];
    shape_strides(&x->type.shape, st);
    copy_mapped(e->out, x, st, idx_dot(e->n->a.lo.v, st, x->type.shape.rank));
    return true;
}

static bool ev_pad(Ev *e)
{
    const Tensor *x = ev_in(e, 0);
    const Shape *si = &x->type.shape, *so = &e->out->type.shape;
    int64_t st[IR_MAX_RANK], idx[IR_MAX_RANK] = {0};
    shape_strides(si, st);
    for (int64_t k = 0; k < e->out->numel; k++, idx_next(so, idx)) {
        int64_t src = 0;
        bool inside = true;
        for (int a = 0; a < so->rank; a++) {
            int64_t s = idx[a] - e->n->a.lo.v[a];
            inside &= s >= 0 && s < si->dim[a];
            src += s * st[a];
        }
        if (inside) el_copy(e->out, k, x, src);
        else interp_put_f(e->ip, e->out, k, e->n->a.value);
    }
    return true;
}

static bool ev_concat(Ev *e)
{
    const Shape *so = &e->out->type.shape;
    int64_t ost[IR_MAX_RANK], off = 0;
    int axis = (int)e->n->a.axis;
    shape_strides(so, ost);
    for (uint32_t i = 0; i < e->n->nin; i++) {
        const Tensor *x = ev_in(e, i);
        int64_t idx[IR_MAX_RANK] = {0};
        for (int64_t k = 0; k < x->numel; k++, idx_next(&x->type.shape, idx))
            el_copy(e->out, off * ost[axis] + idx_dot(idx, ost, so->rank), x, k);
        off += x->type.shape.dim[axis];
    }
    return true;
}

/* ---------------------------------------------------------------- driver */

static bool ev_dispatch(Ev *e)
{
    switch (e->n->op) {
    case OP_CONST: return interp_const(e);
    case OP_NEG: case OP_EXP: case OP_LOG: case OP_SQRT: case OP_RSQRT: case OP_ERF:
    case OP_TANH: case OP_ABS: case OP_RECIP: case OP_FLOOR: return ev_unary(e);
    case OP_CAST: return ev_cast(e);
    case OP_STOP_GRADIENT: case OP_ALL_REDUCE_SUM: case OP_ASSIGN: case OP_OUTPUT:
    case OP_RESHAPE: return ev_copy(e);
    case OP_ADD: case OP_SUB: case OP_MUL: case OP_DIV: case OP_MAX: case OP_MIN:
    case OP_POW: return ev_binary(e);
    case OP_EQ: case OP_NE: case OP_LT: case OP_LE: case OP_GT: case OP_GE: return ev_compare(e);
    case OP_SELECT: return ev_select(e);
    case OP_REDUCE_SUM: case OP_REDUCE_MAX: return ev_reduce(e);
    case OP_PERMUTE: return ev_permute(e);
    case OP_BROADCAST: return ev_broadcast(e);
    case OP_SLICE: return ev_slice(e);
    case OP_CONCAT: return ev_concat(e);
    case OP_PAD: return ev_pad(e);
    case OP_GATHER: return interp_gather(e);
    case OP_SCATTER_ADD: return interp_scatter_add(e);
    case OP_TOPK: return interp_topk(e);
    case OP_IOTA: return interp_iota(e);
    case OP_GRID_NEIGHBORS: return interp_grid_neighbors(e);
    case OP_RESIZE_MATRIX: return interp_resize_matrix(e);
    case OP_MATMUL: return interp_matmul(e);
    case OP_RAND_UNIFORM: return interp_rand_uniform(e);
    default: break;
    }
    if (ir_ops[e->n->op].kind == OK_STRUCTURED) return interp_structured(e);
    cx_error(e->ip->cx, e->n->loc, "the interpreter cannot run op %s (node %%%u)",
             ir_ops[e->n->op].name, e->id);
    return false;
}

static bool is_stored_leaf(Op op) { return op == OP_PARAM || op == OP_STATE || op == OP_INPUT; }

Interp *ir_interp_new(Ctx *cx, const Graph *g, InterpPrec prec)
{
    Interp *ip = cx_alloc(cx, sizeof *ip);
    if (!ip) return NULL;
    ip->cx = cx;
    ip->g = g;
    ip->prec = prec;
    ip->nval = g->nnodes;
    ip->val = cx_alloc(cx, g->nnodes * sizeof *ip->val);
    if (!ip->val) {
        cx_free(cx, ip);
        return NULL;
    }
    return ip;
}

void ir_interp_free(Interp *ip)
{
    if (!ip) return;
    for (uint32_t id = 0; id < ip->nval; id++) tensor_free(ip->cx, ip->val[id]);
    cx_free(ip->cx, ip->val);
    cx_free(ip->cx, ip);
}

bool ir_interp_set(Interp *ip, NodeId leaf, const Tensor *t)
{
    IR_ASSERT(leaf > 0 && leaf < ip->g->nnodes);
    const Node *n = ir_node(ip->g, leaf);
    char want[64], got[64];
    if (!is_stored_leaf(n->op)) {
        cx_error(ip->cx, n->loc, "node %%%u is a %s, not a param, state or input", leaf,
                 ir_ops[n->op].name);
        return false;
    }
    if (!type_eq(&n->type, &t->type)) {
        cx_error(ip->cx, n->loc, "value for '%s' has type %s, expected %s",
                 n->a.name ? n->a.name : "?", type_str(&t->type, got, sizeof got),
                 type_str(&n->type, want, sizeof want));
        return false;
    }
    Tensor *c = tensor_new(ip->cx, &t->type);
    if (!c) return false;
    for (int64_t k = 0; k < t->numel; k++) {
        if (c->f) interp_put_f(ip, c, k, t->f[k]);
        else c->i[k] = int_wrap(t->i[k], c->type.dt);
    }
    tensor_free(ip->cx, ip->val[leaf]);
    ip->val[leaf] = c;
    return true;
}

/* Reports every param/state/input without a value. */
static bool leaves_check(Interp *ip)
{
    bool ok = true;
    for (NodeId id = 1; id < ip->g->nnodes; id++) {
        const Node *n = ir_node(ip->g, id);
        if (!is_stored_leaf(n->op) || ip->val[id]) continue;
        cx_error(ip->cx, n->loc, "%s '%s' (node %%%u) has no value", ir_ops[n->op].name,
                 n->a.name ? n->a.name : "?", id);
        ok = false;
    }
    return ok;
}

/* After the whole step: each assign's value becomes its target's value
 * (in node order, so a later assign to the same leaf wins). */
static bool assigns_commit(Interp *ip)
{
    for (NodeId id = 1; id < ip->g->nnodes; id++) {
        const Node *n = ir_node(ip->g, id);
        if (n->op != OP_ASSIGN) continue;
        NodeId tg = n->in[0];
        if (!is_stored_leaf(ir_node(ip->g, tg)->op)) {
            cx_error(ip->cx, n->loc, "assign (node %%%u): target %%%u is not a param, state or input",
                     id, tg);
            return false;
        }
        Tensor *c = tensor_dup(ip->cx, ip->val[id]);
        if (!c) return false;
        tensor_free(ip->cx, ip->val[tg]);
        ip->val[tg] = c;
    }
    return true;
}

bool ir_interp_run(Interp *ip)
{
    IR_ASSERT(ip->nval == ip->g->nnodes);
    if (!leaves_check(ip)) return false;
    for (NodeId id = 1; id < ip->g->nnodes; id++) {
        const Node *n = ir_node(ip->g, id);
        if (is_stored_leaf(n->op)) continue;
        tensor_free(ip->cx, ip->val[id]);
        ip->val[id] = tensor_new(ip->cx, &n->type);
        if (!ip->val[id]) return false;
        Ev e = {ip, id, n, ip->val[id]};
        if (!ev_dispatch(&e)) return false;
    }
    return assigns_commit(ip);
}

const Tensor *ir_interp_value(const Interp *ip, NodeId id)
{
    IR_ASSERT(id < ip->g->nnodes);
    return ip->val[id];
}
