/* builtins.c — the functions every model can call, one per primitive op
 * plus a few conveniences over them (mean, dim, cat).
 *
 * Expects a call expression and its scope.  Each entry of the table has a
 * signature ("x axes? keep?": `?` marks an optional argument, `*` a
 * variadic one); arguments are bound by fe_bind, so arity errors, keyword
 * typos and missing arguments read the same for builtins and for modules
 * written in YAML.  Produces graph nodes located at the callee's name.
 * Nothing here knows about DINO or PASS: softmax, layer norm and attention
 * are written in YAML from these, and the patch matching from the generic
 * structured op neighbor_topk_gather (top-k cosine neighbours, gathered). */
#include "frontend/frontend.h"

#include <math.h>
#include <string.h>

enum { MAXARGS = 8 };

typedef struct BArgs {
    Value v[MAXARGS];
    bool given[MAXARGS];
    SrcLoc loc[MAXARGS];
    const CallArgs *ca;
    Value *rest; /* variadic positional arguments */
    uint32_t nrest;
} BArgs;

typedef bool (*BuiltinFn)(Eval *ev, BArgs *b, Value *out);

typedef struct Builtin {
    const char *name;
    const char *sig;
    BuiltinFn fn;
    Op op;
} Builtin;

static SrcLoc at(const BArgs *b) { return b->ca->at; }

static bool tensor_arg(Eval *ev, BArgs *b, int i, NodeId *out)
{
    *out = fe_to_tensor(ev, &b->v[i], b->loc[i], "argument");
    return *out != 0;
}

static bool ret_tensor(NodeId id, Value *out)
{
    *out = fe_v_tensor(id);
    return id != 0;
}

/* ------------------------------------------------------------ elementwise */

static double num_unary(Op op, double x)
{
    switch (op) {
    case OP_EXP: return exp(x);
    case OP_LOG: return log(x);
    case OP_SQRT: return sqrt(x);
    case OP_RSQRT: return 1 / sqrt(x);
    case OP_ERF: return erf(x);
    case OP_TANH: return tanh(x);
    case OP_ABS: return fabs(x);
    case OP_RECIP: return 1 / x;
    case OP_FLOOR: return floor(x);
    case OP_NEG: return -x;
    default: return x;
    }
}

static bool b_unary(Eval *ev, BArgs *b, Value *out, Op op)
{
    if (b->v[0].k == V_INT || b->v[0].k == V_FLOAT) {
        double x = b->v[0].k == V_INT ? (double)b->v[0].i : b->v[0].f;
        double r = num_unary(op, x);
        if (!isfinite(r)) {
            cx_error(ev->cx, at(b), "%s(%g) is not finite", ir_ops[op].name, x);
            return false;
        }
        if (op == OP_FLOOR && fabs(r) < 9e18) *out = fe_v_int((int64_t)r);
        else *out = fe_v_float(r);
        return true;
    }
    NodeId x;
    return tensor_arg(ev, b, 0, &x) && ret_tensor(ir_unary(ev->g, op, x, at(b)), out);
}

static bool b_binary(Eval *ev, BArgs *b, Value *out, Op op)
{
    bool nums = b->v[0].k != V_TENSOR && b->v[1].k != V_TENSOR;
    if (nums && (op == OP_MAX || op == OP_MIN)) {
        double x, y;
        if (!fe_to_num(ev, &b->v[0], b->loc[0], "argument", &x) ||
            !fe_to_num(ev, &b->v[1], b->loc[1], "argument", &y))
            return false;
        bool first = op == OP_MAX ? x >= y : x <= y;
        *out = b->v[first ? 0 : 1];
        return true;
    }
    NodeId x, y;
    if (!tensor_arg(ev, b, 0, &x) || !tensor_arg(ev, b, 1, &y)) return false;
    if (b->v[0].k != V_TENSOR) x = ir_cast(ev->g, x, fe_type(ev, y)->dt, b->loc[0]);
    if (b->v[1].k != V_TENSOR) y = ir_cast(ev->g, y, fe_type(ev, x)->dt, b->loc[1]);
    return ret_tensor(fe_binary(ev, op, x, y, at(b)), out);
}

static bool b_select(Eval *ev, BArgs *b, Value *out)
{
    NodeId c, x, y;
    if (!tensor_arg(ev, b, 0, &c) || !tensor_arg(ev, b, 1, &x) || !tensor_arg(ev, b, 2, &y))
        return false;
    const Type *tc = fe_type(ev, c), *tx = fe_type(ev, x), *ty = fe_type(ev, y);
    Shape s = tx->shape;
    if (ty->shape.rank > s.rank) s = ty->shape;
    if (tc->shape.rank > s.rank) s = tc->shape;
    c = fe_broadcast_to(ev, c, &s, at(b));
    x = fe_broadcast_to(ev, x, &s, at(b));
    y = fe_broadcast_to(ev, y, &s, at(b));
    if (!c || !x || !y) return false;
    return ret_tensor(ir_select(ev->g, c, x, y, at(b)), out);
}

static bool b_cast(Eval *ev, BArgs *b, Value *out)
{
    NodeId x;
    if (b->v[1].k != V_DTYPE) {
        cx_error(ev->cx, b->loc[1], "cast: expected a dtype (f32, i32, ...), got a %s",
                 fe_value_kind(b->v[1].k));
        return false;
    }
    return tensor_arg(ev, b, 0, &x) && ret_tensor(ir_cast(ev->g, x, (DType)b->v[1].i, at(b)), out);
}

/* ------------------------------------------------------------ lists */

static bool int_list(Eval *ev, const Value *v, SrcLoc loc, const char *what, IntList *out)
{
    if (v->k == V_INT) {
        out->n = 1;
        out->v[0] = v->i;
        return true;
    }
    if (v->k != V_LIST && v->k != V_TUPLE) {
        cx_error(ev->cx, loc, "%s must be a list of integers, got a %s", what,
                 fe_value_kind(v->k));
        return false;
    }
    if (v->n > IR_MAX_RANK) {
        cx_error(ev->cx, loc, "%s has %u entries; the limit is %d", what, v->n, IR_MAX_RANK);
        return false;
    }
    out->n = (int32_t)v->n;
    for (uint32_t i = 0; i < v->n; i++)
        if (!fe_to_int(ev, &v->items[i], loc, what, &out->v[i])) return false;
    return true;
}

static bool shape_arg(Eval *ev, const Value *v, SrcLoc loc, Shape *s)
{
    IntList l;
    if (!int_list(ev, v, loc, "shape", &l)) return false;
    s->rank = l.n;
    for (int i = 0; i < l.n; i++) {
        if (l.v[i] < 1) {
            cx_error(ev->cx, loc, "shape dimension %d is %lld; sizes must be positive", i,
                     (long long)l.v[i]);
            return false;
        }
        s->dim[i] = l.v[i];
    }
    return true;
}

/* Axes: negative counts from the end; sorted; absent = all axes. */
static bool axes_arg(Eval *ev, BArgs *b, int i, int rank, IntList *ax)
{
    if (!b->given[i] || b->v[i].k == V_NONE) {
        ax->n = rank;
        for (int d = 0; d < rank; d++) ax->v[d] = d;
        return true;
    }
    if (!int_list(ev, &b->v[i], b->loc[i], "axes", ax)) return false;
    bool seen[IR_MAX_RANK] = {0};
    for (int j = 0; j < ax->n; j++) {
        int64_t a = ax->v[j] < 0 ? ax->v[j] + rank : ax->v[j];
        if (a < 0 || a >= rank || seen[a]) {
            cx_error(ev->cx, b->loc[i], "axis %lld out of range or repeated for rank %d",
                     (long long)ax->v[j], rank);
            return false;
        }
        seen[a] = true;
    }
    ax->n = 0;
    for (int d = 0; d < rank; d++)
        if (seen[d]) ax->v[ax->n++] = d;
    return true;
}

static bool int_opt(Eval *ev, BArgs *b, int i, int64_t dflt, int64_t *out)
{
    if (!b->given[i]) { *out = dflt; return true; }
    return fe_to_int(ev, &b->v[i], b->loc[i], "argument", out);
}

/* ------------------------------------------------------------ reductions */

static bool reduce(Eval *ev, BArgs *b, Op op, bool mean, Value *out)
{
    NodeId x;
    int64_t keep;
    IntList ax;
    if (!tensor_arg(ev, b, 0, &x) || !int_opt(ev, b, 2, 0, &keep)) return false;
    const Type *t = fe_type(ev, x);
    if (!axes_arg(ev, b, 1, t->shape.rank, &ax)) return false;
    if (ax.n == 0) { *out = fe_v_tensor(x); return true; } /* rank 0: nothing to reduce */
    int64_t count = 1;
    for (int i = 0; i < ax.n; i++) count *= t->shape.dim[ax.v[i]];
    NodeId r = ir_reduce(ev->g, op, x, ax.v, ax.n, keep != 0, at(b));
    if (r && mean) {
        NodeId c = ir_scalar(ev->g, fe_type(ev, r)->dt, (double)count, at(b));
        r = fe_binary(ev, OP_DIV, r, c, at(b));
    }
    return ret_tensor(r, out);
}

static bool b_sum(Eval *ev, BArgs *b, Value *out) { return reduce(ev, b, OP_REDUCE_SUM, false, out); }
static bool b_amax(Eval *ev, BArgs *b, Value *out) { return reduce(ev, b, OP_REDUCE_MAX, false, out); }
static bool b_mean(Eval *ev, BArgs *b, Value *out) { return reduce(ev, b, OP_REDUCE_SUM, true, out); }

/* ------------------------------------------------------------ layout */

static bool b_reshape(Eval *ev, BArgs *b, Value *out)
{
    NodeId x;
    IntList l;
    if (!tensor_arg(ev, b, 0, &x) || !int_list(ev, &b->v[1], b->loc[1], "shape", &l))
        return false;
    int64_t numel = shape_numel(&fe_type(ev, x)->shape), known = 1;
    int infer = -1;
    for (int i = 0; i < l.n; i++) {
        if (l.v[i] == -1 && infer < 0) { infer = i; continue; }
        if (l.v[i] < 1) {
            cx_error(ev->cx, b->loc[1], "reshape: dimension %d is %lld", i, (long long)l.v[i]);
            return false;
        }
        known *= l.v[i];
    }
    if (infer >= 0) l.v[infer] = known ? numel / known : 0;
    Shape s = shape_make(l.n, l.v);
    return ret_tensor(ir_reshape(ev->g, x, &s, at(b)), out);
}

static bool b_permute(Eval *ev, BArgs *b, Value *out)
{
    NodeId x;
    IntList p;
    if (!tensor_arg(ev, b, 0, &x) || !int_list(ev, &b->v[1], b->loc[1], "perm", &p)) return false;
    return ret_tensor(ir_permute(ev->g, x, p.v, p.n, at(b)), out);
}

static bool b_broadcast(Eval *ev, BArgs *b, Value *out)
{
    NodeId x;
    Shape s;
    if (!tensor_arg(ev, b, 0, &x) || !shape_arg(ev, &b->v[1], b->loc[1], &s)) return false;
    return ret_tensor(fe_broadcast_to(ev, x, &s, at(b)), out);
}

static bool b_concat(Eval *ev, BArgs *b, Value *out)
{
    int64_t axis;
    if (!int_opt(ev, b, 0, 0, &axis)) return false;
    if (b->nrest == 0) {
        cx_error(ev->cx, at(b), "concat: needs at least one tensor");
        return false;
    }
    NodeId *in = arena_alloc(ev->arena, b->nrest * sizeof *in);
    if (!in) return false;
    for (uint32_t i = 0; i < b->nrest; i++)
        if (!(in[i] = fe_to_tensor(ev, &b->rest[i], b->ca->loc[i], "argument"))) return false;
    int rank = fe_type(ev, in[0])->shape.rank;
    Attrs a = {.axis = axis < 0 ? axis + rank : axis};
    return ret_tensor(ir_add(ev->g, OP_CONCAT, in, b->nrest, &a, NULL, at(b)), out);
}

static bool b_pad(Eval *ev, BArgs *b, Value *out)
{
    NodeId x;
    Attrs a = {0};
    double v = 0;
    if (!tensor_arg(ev, b, 0, &x) || !int_list(ev, &b->v[1], b->loc[1], "lo", &a.lo) ||
        !int_list(ev, &b->v[2], b->loc[2], "hi", &a.hi) ||
        (b->given[3] && !fe_to_num(ev, &b->v[3], b->loc[3], "value", &v)))
        return false;
    a.value = v;
    return ret_tensor(ir_add(ev->g, OP_PAD, &x, 1, &a, NULL, at(b)), out);
}

/* ------------------------------------------------------------ indexing */

static bool b_gather(Eval *ev, BArgs *b, Value *out)
{
    NodeId in[2];
    int64_t axis;
    if (!tensor_arg(ev, b, 0, &in[0]) || !tensor_arg(ev, b, 1, &in[1]) ||
        !fe_to_int(ev, &b->v[2], b->loc[2], "axis", &axis))
        return false;
    Attrs a = {.axis = axis};
    return ret_tensor(ir_add(ev->g, OP_GATHER, in, 2, &a, NULL, at(b)), out);
}

static bool b_scatter_add(Eval *ev, BArgs *b, Value *out)
{
    NodeId in[3];
    int64_t axis;
    if (!tensor_arg(ev, b, 0, &in[0]) || !tensor_arg(ev, b, 1, &in[1]) ||
        !tensor_arg(ev, b, 2, &in[2]) || !fe_to_int(ev, &b->v[3], b->loc[3], "axis", &axis))
        return false;
    Attrs a = {.axis = axis};
    return ret_tensor(ir_add(ev->g, OP_SCATTER_ADD, in, 3, &a, NULL, at(b)), out);
}

static bool b_topk(Eval *ev, BArgs *b, Value *out)
{
    NodeId x;
    Attrs a = {0};
    if (!tensor_arg(ev, b, 0, &x) || !fe_to_int(ev, &b->v[1], b->loc[1], "k", &a.k)) return false;
    return ret_tensor(ir_add(ev->g, OP_TOPK, &x, 1, &a, NULL, at(b)), out);
}

/* neighbor_topk_gather(f, idx, k): the structured op (docs/ir.md). */
static bool b_neighbor_topk_gather(Eval *ev, BArgs *b, Value *out)
{
    NodeId in[2];
    Attrs a = {0};
    if (!tensor_arg(ev, b, 0, &in[0]) || !tensor_arg(ev, b, 1, &in[1]) ||
        !fe_to_int(ev, &b->v[2], b->loc[2], "k", &a.k))
        return false;
    return ret_tensor(ir_add(ev->g, OP_NEIGHBOR_TOPK_GATHER, in, 2, &a, NULL, at(b)), out);
}

/* ------------------------------------------------------------ constants */

static bool b_iota(Eval *ev, BArgs *b, Value *out)
{
    Shape s;
    int64_t axis;
    if (!shape_arg(ev, &b->v[0], b->loc[0], &s) || !fe_to_int(ev, &b->v[1], b->loc[1], "axis", &axis))
        return false;
    DType dt = DT_I32;
    if (b->given[2]) {
        if (b->v[2].k != V_DTYPE) {
            cx_error(ev->cx, b->loc[2], "iota: dtype expected");
            return false;
        }
        dt = (DType)b->v[2].i;
    }
    Type t = {dt, s};
    Attrs a = {.axis = axis < 0 ? axis + s.rank : axis};
    return ret_tensor(ir_add(ev->g, OP_IOTA, NULL, 0, &a, &t, at(b)), out);
}

static bool b_grid_neighbors(Eval *ev, BArgs *b, Value *out)
{
    Attrs a = {0};
    if (!fe_to_int(ev, &b->v[0], b->loc[0], "n", &a.n) ||
        !fe_to_int(ev, &b->v[1], b->loc[1], "size", &a.size))
        return false;
    return ret_tensor(ir_add(ev->g, OP_GRID_NEIGHBORS, NULL, 0, &a, NULL, at(b)), out);
}

static bool b_resize_matrix(Eval *ev, BArgs *b, Value *out)
{
    Attrs a = {0};
    if (!fe_to_int(ev, &b->v[0], b->loc[0], "n", &a.n) ||
        !fe_to_num(ev, &b->v[1], b->loc[1], "scale", &a.scale))
        return false;
    return ret_tensor(ir_add(ev->g, OP_RESIZE_MATRIX, NULL, 0, &a, NULL, at(b)), out);
}

/* One seed input per model; every call gets its own stream. */
static bool b_rand_uniform(Eval *ev, BArgs *b, Value *out)
{
    Shape s;
    if (!shape_arg(ev, &b->v[0], b->loc[0], &s)) return false;
    if (!ev->m->seed) {
        Type st = {DT_I64, {0}};
        if (!(ev->m->seed = ir_leaf(ev->g, OP_INPUT, "seed", &st, at(b)))) return false;
    }
    Type t = {DT_F32, s};
    Attrs a = {.stream = ev->next_stream++};
    return ret_tensor(ir_add(ev->g, OP_RAND_UNIFORM, &ev->m->seed, 1, &a, &t, at(b)), out);
}

static bool b_allreduce(Eval *ev, BArgs *b, Value *out)
{
    NodeId x;
    return tensor_arg(ev, b, 0, &x) &&
           ret_tensor(ir_add(ev->g, OP_ALL_REDUCE_SUM, &x, 1, NULL, NULL, at(b)), out);
}

/* ------------------------------------------------------------ queries */

static bool b_dim(Eval *ev, BArgs *b, Value *out)
{
    NodeId x;
    int64_t axis;
    if (!tensor_arg(ev, b, 0, &x) || !fe_to_int(ev, &b->v[1], b->loc[1], "axis", &axis))
        return false;
    const Shape *s = &fe_type(ev, x)->shape;
    int64_t a = axis < 0 ? axis + s->rank : axis;
    if (a < 0 || a >= s->rank) {
        cx_error(ev->cx, b->loc[1], "dim: axis %lld out of range for rank %d", (long long)axis,
                 s->rank);
        return false;
    }
    *out = fe_v_int(s->dim[a]);
    return true;
}

static bool b_rank(Eval *ev, BArgs *b, Value *out)
{
    NodeId x;
    if (!tensor_arg(ev, b, 0, &x)) return false;
    *out = fe_v_int(fe_type(ev, x)->shape.rank);
    return true;
}

/* All crops of a per-crop value, concatenated along the batch axis. */
static bool b_cat(Eval *ev, BArgs *b, Value *out)
{
    const Value *v = &b->v[0];
    if (v->k != V_CROPS) {
        cx_error(ev->cx, b->loc[0], "cat: expected a per-crop value, got a %s", fe_value_kind(v->k));
        return false;
    }
    NodeId *in = arena_alloc(ev->arena, (v->n + 1) * sizeof *in);
    uint32_t n = 0;
    if (!in) return false;
    int64_t flatten;
    if (!int_opt(ev, b, 1, 0, &flatten)) return false;
    for (uint32_t i = 0; i < v->n; i++) {
        if (v->items[i].k != V_TENSOR) continue;
        NodeId x = v->items[i].id;
        const Shape *s = &fe_type(ev, x)->shape;
        if (flatten && s->rank > 2) { /* rows = every leading position */
            Shape f = {2, {shape_numel(s) / s->dim[s->rank - 1], s->dim[s->rank - 1]}};
            if (!(x = ir_reshape(ev->g, x, &f, at(b)))) return false;
        }
        in[n++] = x;
    }
    if (!n) {
        cx_error(ev->cx, b->loc[0], "cat: the value was evaluated on no crop");
        return false;
    }
    Attrs a = {.axis = 0};
    return ret_tensor(n == 1 ? in[0] : ir_add(ev->g, OP_CONCAT, in, n, &a, NULL, at(b)), out);
}

static bool b_len(Eval *ev, BArgs *b, Value *out)
{
    const Value *v = &b->v[0];
    if (v->k != V_LIST && v->k != V_TUPLE && v->k != V_CROPS) {
        cx_error(ev->cx, b->loc[0], "len: expected a list, got a %s", fe_value_kind(v->k));
        return false;
    }
    int64_t n = 0;
    for (uint32_t i = 0; i < v->n; i++) n += v->k != V_CROPS || v->items[i].k != V_NONE;
    *out = fe_v_int(n);
    return true;
}

static bool b_float(Eval *ev, BArgs *b, Value *out)
{
    double x;
    if (!fe_to_num(ev, &b->v[0], b->loc[0], "argument", &x)) return false;
    *out = fe_v_float(x);
    return true;
}

/* ------------------------------------------------------------ table */

#define UN(name, op) static bool b_##name(Eval *ev, BArgs *b, Value *out) { return b_unary(ev, b, out, op); }
UN(exp, OP_EXP) UN(log, OP_LOG) UN(sqrt, OP_SQRT) UN(rsqrt, OP_RSQRT) UN(erf, OP_ERF)
UN(tanh, OP_TANH) UN(abs, OP_ABS) UN(recip, OP_RECIP) UN(floor, OP_FLOOR)
UN(stop_gradient, OP_STOP_GRADIENT)
#undef UN
#define BIN(name, op) static bool b_##name(Eval *ev, BArgs *b, Value *out) { return b_binary(ev, b, out, op); }
BIN(max, OP_MAX) BIN(min, OP_MIN) BIN(pow, OP_POW)
#undef BIN

static const Builtin builtins[] = {
    {"exp", "x", b_exp, 0}, {"log", "x", b_log, 0}, {"sqrt", "x", b_sqrt, 0},
    {"rsqrt", "x", b_rsqrt, 0}, {"erf", "x", b_erf, 0}, {"tanh", "x", b_tanh, 0},
    {"abs", "x", b_abs, 0}, {"recip", "x", b_recip, 0}, {"floor", "x", b_floor, 0},
    {"stop_gradient", "x", b_stop_gradient, 0},
    {"max", "a b", b_max, 0}, {"min", "a b", b_min, 0}, {"pow", "a b", b_pow, 0},
    {"select", "cond a b", b_select, 0}, {"cast", "x dtype", b_cast, 0},
    {"sum", "x axes? keep?", b_sum, 0}, {"amax", "x axes? keep?", b_amax, 0},
    {"mean", "x axes? keep?", b_mean, 0},
    {"reshape", "x shape", b_reshape, 0}, {"permute", "x perm", b_permute, 0},
    {"broadcast", "x shape", b_broadcast, 0}, {"concat", "*xs axis?", b_concat, 0},
    {"pad", "x lo hi value?", b_pad, 0},
    {"gather", "x idx axis", b_gather, 0}, {"scatter_add", "x idx upd axis", b_scatter_add, 0},
    {"topk", "x k", b_topk, 0}, {"neighbor_topk_gather", "f idx k", b_neighbor_topk_gather, 0},
    {"iota", "shape axis dtype?", b_iota, 0}, {"grid_neighbors", "n size", b_grid_neighbors, 0},
    {"resize_matrix", "n scale", b_resize_matrix, 0},
    {"rand_uniform", "shape", b_rand_uniform, 0}, {"allreduce", "x", b_allreduce, 0},
    {"dim", "x axis", b_dim, 0}, {"rank", "x", b_rank, 0}, {"cat", "crops flatten?", b_cat, 0},
    {"len", "x", b_len, 0}, {"float", "x", b_float, 0},
};
enum { NBUILTINS = sizeof builtins / sizeof *builtins };

static const Builtin *find(const char *name)
{
    for (int i = 0; i < NBUILTINS; i++)
        if (!strcmp(builtins[i].name, name)) return &builtins[i];
    return NULL;
}

bool fe_builtin_exists(const char *name) { return find(name) != NULL; }

const char *fe_builtin_names(void)
{
    return "exp log sqrt rsqrt erf tanh abs recip floor stop_gradient max min pow select "
           "cast sum amax mean reshape permute broadcast concat pad gather scatter_add topk neighbor_topk_gather "
           "iota grid_neighbors resize_matrix rand_uniform allreduce dim rank cat len float";
}

/* Splits a signature into names and required flags. */
static uint32_t parse_sig(const char *sig, char names[][32], bool *req, bool *variadic)
{
    uint32_t n = 0;
    *variadic = false;
    for (const char *p = sig; *p && n < MAXARGS;) {
        while (*p == ' ') p++;
        size_t l = strcspn(p, " ");
        if (!l) break;
        if (*p == '*') { *variadic = true; p += l; continue; }
        bool opt = p[l - 1] == '?';
        size_t nl = opt ? l - 1 : l;
        memcpy(names[n], p, nl);
        names[n][nl] = 0;
        req[n++] = !opt;
        p += l;
    }
    return n;
}

int fe_builtin_call(Eval *ev, Scope *s, const char *name, const Expr *call, Value *out)
{
    const Builtin *bi = find(name);
    if (!bi) return 0;
    char what[64], names[MAXARGS][32];
    const char *np[MAXARGS];
    bool req[MAXARGS], variadic;
    uint32_t n = parse_sig(bi->sig, names, req, &variadic);
    for (uint32_t i = 0; i < n; i++) np[i] = names[i];
    snprintf(what, sizeof what, "function '%s'", name);
    CallArgs ca;
    if (!fe_eval_args(ev, s, call, what, &ca)) return -1;
    BArgs b = {.ca = &ca};
    if (variadic) {
        /* positional arguments are the variadic part; keywords bind by name */
        uint32_t npos = 0;
        while (npos < ca.n && !ca.kw[npos]) npos++;
        b.rest = ca.v, b.nrest = npos;
        CallArgs kw = ca;
        kw.v += npos, kw.kw += npos, kw.loc += npos, kw.n -= npos;
        if (!fe_bind(ev, &kw, np, req, n, b.v, b.given)) return -1;
    } else if (!fe_bind(ev, &ca, np, req, n, b.v, b.given)) {
        return -1;
    }
    for (uint32_t i = 0; i < n; i++) {
        b.loc[i] = ca.at;
        for (uint32_t j = 0; j < ca.n; j++)
            if ((ca.kw[j] && !strcmp(ca.kw[j], np[i])) || (!ca.kw[j] && !variadic && j == i))
                b.loc[i] = ca.loc[j];
    }
    return bi->fn(ev, &b, out) ? 1 : -1;
}
