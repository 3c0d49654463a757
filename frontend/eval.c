/* eval.c — evaluating expressions and statements.
 *
 * Expects parsed expressions and a scope chain (locals -> instance members
 * -> globals).  Values are compile-time numbers, lists, tuples, instances,
 * per-crop lists, or tensors (graph nodes).  Arithmetic on numbers is done
 * here with overflow and division-by-zero checks; arithmetic touching a
 * tensor adds graph nodes, with explicit numpy-style broadcasts because IR
 * binary ops need identical types.  Every node gets the location of the
 * token that created it.  Calls are dispatched to instances, definitions
 * (inst.c) and builtins (builtins.c). */
#include "frontend/frontend.h"

#include <math.h>
#include <string.h>

/* ------------------------------------------------------------ values */

Value fe_v_int(int64_t i) { return (Value){.k = V_INT, .i = i}; }
Value fe_v_float(double f) { return (Value){.k = V_FLOAT, .f = f}; }
Value fe_v_tensor(NodeId id) { return (Value){.k = V_TENSOR, .id = id}; }

const Type *fe_type(const Eval *ev, NodeId id) { return &ev->g->nodes[id].type; }

const char *fe_value_kind(VKind k)
{
    static const char *const names[] = {"nothing", "integer", "number", "boolean",
                                        "string", "dtype", "tensor", "list", "tuple",
                                        "module instance", "per-crop value",
                                        "crop index"};
    return (unsigned)k < sizeof names / sizeof *names ? names[k] : "?";
}

/* ------------------------------------------------------------ scopes */

const Value *fe_scope_get(const Scope *s, const char *name)
{
    for (; s; s = s->parent)
        for (uint32_t i = s->n; i-- > 0;)
            if (!strcmp(s->b[i].name, name)) return &s->b[i].v;
    return NULL;
}

bool fe_scope_set(Eval *ev, Scope *s, const char *name, Value v, SrcLoc loc, bool fresh)
{
    for (uint32_t i = 0; i < s->n; i++) {
        if (strcmp(s->b[i].name, name)) continue;
        if (fresh) {
            cx_error(ev->cx, loc, "duplicate name '%s'", name);
            return false;
        }
        s->b[i].v = v;
        return true;
    }
    if (s->n == s->cap) {
        uint32_t cap = s->cap ? 2 * s->cap : 8;
        Binding *b = arena_alloc(ev->arena, cap * sizeof *b);
        if (!b) return false;
        if (s->n) memcpy(b, s->b, s->n * sizeof *b);
        s->b = b;
        s->cap = cap;
    }
    s->b[s->n++] = (Binding){name, v};
    return true;
}

/* ------------------------------------------------------------ conversions */

bool fe_to_int(Eval *ev, const Value *v, SrcLoc loc, const char *what, int64_t *out)
{
    if (v->k == V_INT || v->k == V_BOOL) {
        *out = v->i;
        return true;
    }
    if (v->k == V_FLOAT)
        cx_error(ev->cx, loc, "%s must be an integer, got %g (use // for integer division)",
                 what, v->f);
    else
        cx_error(ev->cx, loc, "%s must be an integer, got a %s", what, fe_value_kind(v->k));
    return false;
}

bool fe_to_num(Eval *ev, const Value *v, SrcLoc loc, const char *what, double *out)
{
    if (v->k == V_INT || v->k == V_BOOL) { *out = (double)v->i; return true; }
    if (v->k == V_FLOAT) { *out = v->f; return true; }
    cx_error(ev->cx, loc, "%s must be a number, got a %s", what, fe_value_kind(v->k));
    return false;
}

NodeId fe_to_tensor(Eval *ev, const Value *v, SrcLoc loc, const char *what)
{
    if (v->k == V_TENSOR) return v->id;
    if (v->k == V_INT || v->k == V_FLOAT)
        return ir_scalar(ev->g, DT_F32, v->k == V_INT ? (double)v->i : v->f, loc);
    cx_error(ev->cx, loc, "%s must be a tensor, got a %s", what, fe_value_kind(v->k));
    return 0;
}

bool fe_eval_int(Eval *ev, Scope *s, const Expr *e, int64_t *out)
{
    Value v;
    return fe_eval(ev, s, e, &v) && fe_to_int(ev, &v, e->loc, "value", out);
}

bool fe_eval_num(Eval *ev, Scope *s, const Expr *e, double *out)
{
    Value v;
    return fe_eval(ev, s, e, &v) && fe_to_num(ev, &v, e->loc, "value", out);
}

/* ------------------------------------------------------------ broadcasting */

NodeId fe_broadcast_to(Eval *ev, NodeId x, const Shape *s, SrcLoc loc)
{
    if (!x) return 0;
    return shape_eq(&fe_type(ev, x)->shape, s) ? x : ir_broadcast(ev->g, x, s, loc);
}

static bool broadcast_shape(Eval *ev, const Type *a, const Type *b, Shape *out, SrcLoc loc)
{
    int r = a->shape.rank > b->shape.rank ? a->shape.rank : b->shape.rank;
    out->rank = r;
    for (int i = 0; i < r; i++) {
        int ia = i - (r - a->shape.rank), ib = i - (r - b->shape.rank);
        int64_t da = ia >= 0 ? a->shape.dim[ia] : 1, db = ib >= 0 ? b->shape.dim[ib] : 1;
        if (da != db && da != 1 && db != 1) {
            char sa[128], sb[128];
            cx_error(ev->cx, loc, "shapes %s and %s do not broadcast", type_str(a, sa, sizeof sa),
                     type_str(b, sb, sizeof sb));
            return false;
        }
        out->dim[i] = da > db ? da : db;
    }
    return true;
}

NodeId fe_binary(Eval *ev, Op op, NodeId a, NodeId b, SrcLoc loc)
{
    if (!a || !b) return 0;
    const Type *ta = fe_type(ev, a), *tb = fe_type(ev, b);
    if (!shape_eq(&ta->shape, &tb->shape)) {
        Shape s;
        if (!broadcast_shape(ev, ta, tb, &s, loc)) return 0;
        a = fe_broadcast_to(ev, a, &s, loc);
        b = fe_broadcast_to(ev, b, &s, loc);
        if (!a || !b) return 0;
    }
    return ir_binary(ev->g, op, a, b, loc);
}

/* A number next to a tensor becomes a scalar of the tensor's dtype. */
static NodeId number_like(Eval *ev, const Value *v, NodeId like, SrcLoc loc)
{
    if (v->k == V_TENSOR) return v->id;
    double x;
    if (!fe_to_num(ev, v, loc, "operand", &x)) return 0;
    DType dt = like ? fe_type(ev, like)->dt : DT_F32;
    return ir_scalar(ev->g, dt, x, loc);
}

/* ------------------------------------------------------------ number ops */

static bool int_arith(Eval *ev, TokKind op, int64_t a, int64_t b, SrcLoc loc, Value *out)
{
    int64_t r = 0;
    bool ovf = false;
    switch (op) {
    case T_PLUS: ovf = __builtin_add_overflow(a, b, &r); break;
    case T_MINUS: ovf = __builtin_sub_overflow(a, b, &r); break;
    case T_STAR: ovf = __builtin_mul_overflow(a, b, &r); break;
    case T_DSLASH:
    case T_PERCENT:
        if (b == 0) {
            cx_error(ev->cx, loc, "division by zero");
            return false;
        }
        if (a == INT64_MIN && b == -1) { ovf = true; break; }
        r = op == T_DSLASH ? a / b - ((a % b != 0) && ((a < 0) != (b < 0)))
                           : a % b + ((a % b != 0 && (a < 0) != (b < 0)) ? b : 0);
        break;
    case T_POW:
        if (b < 0) {
            *out = fe_v_float(pow((double)a, (double)b));
            return true;
        }
        r = 1;
        for (int64_t i = 0; i < b && !ovf; i++) ovf = __builtin_mul_overflow(r, a, &r);
        break;
    default: IR_ASSERT(0);
    }
    if (ovf) {
        cx_error(ev->cx, loc, "integer overflow");
        return false;
    }
    *out = fe_v_int(r);
    return true;
}

static bool cmp_result(TokKind op, double a, double b)
{
    switch (op) {
    case T_EQ: return a == b;
    case T_NE: return a != b;
    case T_LT: return a < b;
    case T_LE: return a <= b;
    case T_GT: return a > b;
    default: return a >= b;
    }
}

static bool number_binary(Eval *ev, TokKind op, const Value *a, const Value *b, SrcLoc loc,
                          Value *out)
{
    bool ints = a->k != V_FLOAT && b->k != V_FLOAT;
    if (op >= T_EQ && op <= T_GE) {
        double x, y;
        *out = (Value){.k = V_BOOL};
        if (ints) {
            out->i = cmp_result(op, (double)((a->i > b->i) - (a->i < b->i)), 0);
            return true;
        }
        if (!fe_to_num(ev, a, loc, "operand", &x) || !fe_to_num(ev, b, loc, "operand", &y))
            return false;
        out->i = cmp_result(op, x, y);
        return true;
    }
    if (ints && op != T_SLASH) return int_arith(ev, op, a->i, b->i, loc, out);
    double x, y;
    if (!fe_to_num(ev, a, loc, "operand", &x) || !fe_to_num(ev, b, loc, "operand", &y))
        return false;
    double r;
    switch (op) {
    case T_PLUS: r = x + y; break;
    case T_MINUS: r = x - y; break;
    case T_STAR: r = x * y; break;
    case T_POW: r = pow(x, y); break;
    case T_SLASH:
    case T_DSLASH:
    case T_PERCENT:
        if (y == 0) {
            cx_error(ev->cx, loc, "division by zero");
            return false;
        }
        r = op == T_SLASH ? x / y : op == T_DSLASH ? floor(x / y) : x - y * floor(x / y);
        break;
    default:
        cx_error(ev->cx, loc, "operator %s needs tensors", fe_tok_name(op));
        return false;
    }
    if (!isfinite(r)) {
        cx_error(ev->cx, loc, "arithmetic overflow");
        return false;
    }
    *out = fe_v_float(r);
    return true;
}

/* ------------------------------------------------------------ tensor ops */

static Op tensor_op(TokKind k)
{
    switch (k) {
    case T_PLUS: return OP_ADD;
    case T_MINUS: return OP_SUB;
    case T_STAR: return OP_MUL;
    case T_SLASH: return OP_DIV;
    case T_POW: return OP_POW;
    case T_EQ: return OP_EQ;
    case T_NE: return OP_NE;
    case T_LT: return OP_LT;
    case T_LE: return OP_LE;
    case T_GT: return OP_GT;
    case T_GE: return OP_GE;
    default: return OP_NONE;
    }
}

/* a @ b, where an operand written `x.T` becomes a transposed operand. */
static bool eval_matmul(Eval *ev, Scope *s, const Expr *e, Value *out)
{
    const Expr *ea = e->kids[0], *eb = e->kids[1];
    bool ta = ea->k == E_ATTR && !strcmp(ea->name, "T");
    bool tb = eb->k == E_ATTR && !strcmp(eb->name, "T");
    Value va, vb;
    if (!fe_eval(ev, s, ta ? ea->kids[0] : ea, &va) || !fe_eval(ev, s, tb ? eb->kids[0] : eb, &vb))
        return false;
    NodeId a = fe_to_tensor(ev, &va, ea->loc, "operand of @");
    NodeId b = a ? fe_to_tensor(ev, &vb, eb->loc, "operand of @") : 0;
    if (!a || !b) return false;
    NodeId r = ir_matmul(ev->g, a, b, ta, tb, e->loc);
    *out = fe_v_tensor(r);
    return r != 0;
}

static bool list_concat(Eval *ev, const Value *a, const Value *b, Value *out)
{
    Value *items = arena_alloc(ev->arena, (a->n + b->n + 1) * sizeof *items);
    if (!items) return false;
    memcpy(items, a->items, a->n * sizeof *items);
    memcpy(items + a->n, b->items, b->n * sizeof *items);
    *out = (Value){.k = V_LIST, .items = items, .n = a->n + b->n};
    return true;
}

static bool list_repeat(Eval *ev, const Value *a, int64_t n, SrcLoc loc, Value *out)
{
    if (n < 0 || n > 4096 || (uint64_t)n * a->n > 65536) {
        cx_error(ev->cx, loc, "list repetition count %lld out of range", (long long)n);
        return false;
    }
    uint32_t total = (uint32_t)n * a->n;
    Value *items = arena_alloc(ev->arena, (total + 1) * sizeof *items);
    if (!items) return false;
    for (uint32_t i = 0; i < total; i++) items[i] = a->items[i % a->n];
    *out = (Value){.k = V_LIST, .items = items, .n = total};
    return true;
}

static bool eval_binary(Eval *ev, Scope *s, const Expr *e, Value *out)
{
    if (e->op == T_AT) return eval_matmul(ev, s, e, out);
    Value a, b;
    if (!fe_eval(ev, s, e->kids[0], &a)) return false;
    if ((e->op == T_KW_AND || e->op == T_KW_OR) && a.k == V_BOOL &&
        (e->op == T_KW_AND) != (a.i != 0)) {
        *out = a; /* short circuit */
        return true;
    }
    if (!fe_eval(ev, s, e->kids[1], &b)) return false;
    if (e->op == T_KW_AND || e->op == T_KW_OR) {
        int64_t x, y;
        if (!fe_to_int(ev, &a, e->kids[0]->loc, "operand of and/or", &x) ||
            !fe_to_int(ev, &b, e->kids[1]->loc, "operand of and/or", &y))
            return false;
        *out = (Value){.k = V_BOOL, .i = e->op == T_KW_AND ? (x && y) : (x || y)};
        return true;
    }
    if (a.k == V_LIST && b.k == V_LIST && e->op == T_PLUS) return list_concat(ev, &a, &b, out);
    if (a.k == V_LIST && b.k == V_INT && e->op == T_STAR) return list_repeat(ev, &a, b.i, e->loc, out);
    if (a.k != V_TENSOR && b.k != V_TENSOR) return number_binary(ev, e->op, &a, &b, e->loc, out);
    Op op = tensor_op(e->op);
    if (op == OP_NONE) {
        cx_error(ev->cx, e->loc, "operator %s is not defined on tensors", fe_tok_name(e->op));
        return false;
    }
    NodeId x = number_like(ev, &a, b.k == V_TENSOR ? b.id : 0, e->kids[0]->loc);
    NodeId y = x ? number_like(ev, &b, x, e->kids[1]->loc) : 0;
    NodeId r = y ? fe_binary(ev, op, x, y, e->loc) : 0;
    *out = fe_v_tensor(r);
    return r != 0;
}

static bool eval_unary(Eval *ev, Scope *s, const Expr *e, Value *out)
{
    Value v;
    if (!fe_eval(ev, s, e->kids[0], &v)) return false;
    if (e->op == T_KW_NOT) {
        int64_t x;
        if (!fe_to_int(ev, &v, e->kids[0]->loc, "operand of not", &x)) return false;
        *out = (Value){.k = V_BOOL, .i = !x};
        return true;
    }
    if (v.k == V_INT) {
        if (v.i == INT64_MIN) {
            cx_error(ev->cx, e->loc, "integer overflow");
            return false;
        }
        *out = fe_v_int(-v.i);
        return true;
    }
    if (v.k == V_FLOAT) { *out = fe_v_float(-v.f); return true; }
    NodeId x = fe_to_tensor(ev, &v, e->kids[0]->loc, "operand of -");
    NodeId r = x ? ir_unary(ev->g, OP_NEG, x, e->loc) : 0;
    *out = fe_v_tensor(r);
    return r != 0;
}

/* ------------------------------------------------------------ names */

static DType dtype_name(const char *s) { return dt_lookup(s, strlen(s)); }

static void unknown_name(Eval *ev, const Scope *s, const char *name, SrcLoc loc,
                         const char *what)
{
    char best[64] = "";
    unsigned bd = 3;
    for (const Scope *f = s; f; f = f->parent)
        for (uint32_t i = 0; i < f->n; i++) {
            unsigned d = fe_edit_distance(name, f->b[i].name);
            if (d < bd && d <= 1 + strlen(name) / 4) {
                bd = d;
                snprintf(best, sizeof best, "%s", f->b[i].name);
            }
        }
    for (uint32_t i = 0; i < ev->prog->ndefs; i++) {
        unsigned d = fe_edit_distance(name, ev->prog->defs[i]->name);
        if (d < bd && d <= 1 + strlen(name) / 4) {
            bd = d;
            snprintf(best, sizeof best, "%s", ev->prog->defs[i]->name);
        }
    }
    char buf[64];
    const char *b = fe_suggest(name, fe_builtin_names(), buf, sizeof buf);
    if (b && fe_edit_distance(name, b) < bd) snprintf(best, sizeof best, "%s", b);
    if (best[0])
        cx_error(ev->cx, loc, "unknown %s '%s'; did you mean '%s'?", what, name, best);
    else
        cx_error(ev->cx, loc, "unknown %s '%s'", what, name);
}

static bool eval_name(Eval *ev, Scope *s, const Expr *e, Value *out)
{
    const Value *v = fe_scope_get(s, e->name);
    if (v) {
        *out = *v;
        return true;
    }
    DType dt = dtype_name(e->name);
    if (dt != DT_NONE) {
        *out = (Value){.k = V_DTYPE, .i = dt};
        return true;
    }
    if (!strcmp(e->name, "true") || !strcmp(e->name, "false")) {
        *out = (Value){.k = V_BOOL, .i = e->name[0] == 't'};
        return true;
    }
    if (fe_def_find(ev->prog, e->name) || fe_builtin_exists(e->name)) {
        cx_error(ev->cx, e->loc, "'%s' is a function; call it with ()", e->name);
        return false;
    }
    unknown_name(ev, s, e->name, e->loc, "identifier");
    return false;
}

static bool eval_attr(Eval *ev, Scope *s, const Expr *e, Value *out)
{
    Value base;
    if (!fe_eval(ev, s, e->kids[0], &base)) return false;
    if (base.k == V_INST && !base.inst->is_repeat) {
        const Value *m = NULL;
        for (uint32_t i = 0; i < base.inst->scope.n && !m; i++)
            if (!strcmp(base.inst->scope.b[i].name, e->name)) m = &base.inst->scope.b[i].v;
        if (m) { *out = *m; return true; }
        cx_error(ev->cx, e->loc, "'%s' has no member '%s'", base.inst->path, e->name);
        return false;
    }
    if (base.k == V_TENSOR && !strcmp(e->name, "T")) {
        const Type *t = fe_type(ev, base.id);
        if (t->shape.rank < 2) {
            cx_error(ev->cx, e->loc, "transpose needs rank >= 2");
            return false;
        }
        int64_t perm[IR_MAX_RANK];
        for (int i = 0; i < t->shape.rank; i++) perm[i] = i;
        perm[t->shape.rank - 2] = t->shape.rank - 1;
        perm[t->shape.rank - 1] = t->shape.rank - 2;
        NodeId r = ir_permute(ev->g, base.id, perm, t->shape.rank, e->loc);
        *out = fe_v_tensor(r);
        return r != 0;
    }
    cx_error(ev->cx, e->loc, "a %s has no member '%s'", fe_value_kind(base.k), e->name);
    return false;
}

/* ------------------------------------------------------------ calls */

static bool call_value(Eval *ev, Scope *s, const Expr *e, const Value *callee,
                       const char *method, Value *out)
{
    char what[160];
    if (callee->inst->path[0])
        snprintf(what, sizeof what, "'%s'", callee->inst->path);
    else
        snprintf(what, sizeof what, "module '%s'", callee->inst->def->name);
    CallArgs ca;
    return fe_eval_args(ev, s, e, what, &ca) &&
           fe_call_inst(ev, callee->inst, method, &ca, out);
}

/* The instance whose method body is running, if any. */
static Inst *current_self(const Scope *s)
{
    for (; s; s = s->parent)
        if (s->self) return s->self;
    return NULL;
}

static const Value *inst_member(const Inst *in, const char *name)
{
    for (uint32_t i = 0; i < in->scope.n; i++)
        if (!strcmp(in->scope.b[i].name, name)) return &in->scope.b[i].v;
    return NULL;
}

static bool has_method(const Inst *in, const char *name)
{
    for (uint32_t i = 0; in && i < in->def->nmethods; i++)
        if (!strcmp(in->def->methods[i].name, name)) return true;
    return false;
}

/* inst.member(...) calls a submodule; inst.method(...) a method. */
static bool call_attr(Eval *ev, Scope *s, const Expr *e, Value *out)
{
    const Expr *c = e->kids[0];
    Value base;
    if (!fe_eval(ev, s, c->kids[0], &base)) return false;
    if (base.k != V_INST || base.inst->is_repeat) {
        cx_error(ev->cx, c->loc, "only module instances have methods; this is a %s",
                 fe_value_kind(base.k));
        return false;
    }
    const Value *m = inst_member(base.inst, c->name);
    if (m && m->k == V_INST) return call_value(ev, s, e, m, "forward", out);
    return call_value(ev, s, e, &base, c->name, out);
}

static bool eval_call(Eval *ev, Scope *s, const Expr *e, Value *out)
{
    const Expr *c = e->kids[0];
    if (c->k == E_ATTR) return call_attr(ev, s, e, out);
    if (c->k != E_NAME) {
        Value callee;
        if (!fe_eval(ev, s, c, &callee)) return false;
        if (callee.k == V_INST) return call_value(ev, s, e, &callee, "forward", out);
        cx_error(ev->cx, c->loc, "a %s cannot be called", fe_value_kind(callee.k));
        return false;
    }
    /* In call position only instances shadow functions, so an argument
     * called `dim` does not hide the builtin dim(). */
    const Value *v = fe_scope_get(s, c->name);
    if (v && v->k == V_INST) return call_value(ev, s, e, v, "forward", out);
    int r = fe_builtin_call(ev, s, c->name, e, out);
    if (r) return r > 0;
    Inst *self = current_self(s);
    if (has_method(self, c->name)) {
        Value sv = {.k = V_INST, .inst = self};
        return call_value(ev, s, e, &sv, c->name, out);
    }
    const Def *d = fe_def_find(ev->prog, c->name);
    if (!d && v) {
        cx_error(ev->cx, c->loc, "'%s' is a %s, not a function", c->name, fe_value_kind(v->k));
        return false;
    }
    if (!d) {
        unknown_name(ev, s, c->name, c->loc, "function");
        return false;
    }
    if (d->nparams || d->nsubs) {
        cx_error(ev->cx, c->loc, "module '%s' has parameters; declare an instance under 'sub' "
                 "and call that", c->name);
        return false;
    }
    char what[160];
    snprintf(what, sizeof what, "function '%s'", d->name);
    CallArgs ca;
    return fe_eval_args(ev, s, e, what, &ca) && fe_call_def(ev, d, &ca, out);
}

bool fe_eval_args(Eval *ev, Scope *s, const Expr *call, const char *what, CallArgs *ca)
{
    uint32_t n = call->k == E_CALL ? call->n - 1 : 0;
    *ca = (CallArgs){.n = n, .at = call->loc};
    ca->what = arena_strdup(ev->arena, what);
    ca->v = arena_alloc(ev->arena, (n + 1) * sizeof *ca->v);
    ca->kw = arena_alloc(ev->arena, (n + 1) * sizeof *ca->kw);
    ca->loc = arena_alloc(ev->arena, (n + 1) * sizeof *ca->loc);
    if (!ca->what || !ca->v || !ca->kw || !ca->loc) return false;
    for (uint32_t i = 0; i < n; i++) {
        ca->kw[i] = call->kw[i + 1];
        ca->loc[i] = call->kw[i + 1] ? call->kwloc[i + 1] : call->kids[i + 1]->loc;
        if (!fe_eval(ev, s, call->kids[i + 1], &ca->v[i])) return false;
    }
    return true;
}

/* ------------------------------------------------------------ indexing */

static bool norm_index(Eval *ev, int64_t i, int64_t n, SrcLoc loc, int64_t *out, bool end)
{
    if (i < 0) i += n;
    if (i < 0 || i > n || (!end && i == n)) {
        cx_error(ev->cx, loc, "index %lld out of range for size %lld", (long long)i, (long long)n);
        return false;
    }
    *out = i;
    return true;
}

static bool index_tensor(Eval *ev, Scope *s, const Expr *e, NodeId x, Value *out)
{
    const Type *t = fe_type(ev, x);
    int rank = t->shape.rank;
    if ((int)e->n - 1 > rank) {
        cx_error(ev->cx, e->loc, "%u indices for a tensor of rank %d", e->n - 1, rank);
        return false;
    }
    int64_t lo[IR_MAX_RANK], hi[IR_MAX_RANK];
    Shape keep = {0};
    for (int d = 0; d < rank; d++) {
        int64_t n = t->shape.dim[d];
        lo[d] = 0, hi[d] = n;
        const Expr *sub = d + 1 < (int)e->n ? e->kids[d + 1] : NULL;
        if (sub && sub->k != E_SLICE) {
            int64_t i;
            if (!fe_eval_int(ev, s, sub, &i) || !norm_index(ev, i, n, sub->loc, &lo[d], false))
                return false;
            hi[d] = lo[d] + 1;
            continue; /* an integer index drops the axis */
        }
        if (sub && sub->kids[0] && (!fe_eval_int(ev, s, sub->kids[0], &lo[d]) ||
                                    !norm_index(ev, lo[d], n, sub->kids[0]->loc, &lo[d], true)))
            return false;
        if (sub && sub->kids[1] && (!fe_eval_int(ev, s, sub->kids[1], &hi[d]) ||
                                    !norm_index(ev, hi[d], n, sub->kids[1]->loc, &hi[d], true)))
            return false;
        keep.dim[keep.rank++] = hi[d] - lo[d];
    }
    NodeId r = ir_slice(ev->g, x, lo, hi, e->loc);
    if (r && keep.rank != rank) r = ir_reshape(ev->g, r, &keep, e->loc);
    *out = fe_v_tensor(r);
    return r != 0;
}

static bool eval_index(Eval *ev, Scope *s, const Expr *e, Value *out)
{
    Value base, idx;
    if (!fe_eval(ev, s, e->kids[0], &base)) return false;
    if (base.k == V_TENSOR) return index_tensor(ev, s, e, base.id, out);
    if (e->n != 2 || e->kids[1]->k == E_SLICE) {
        cx_error(ev->cx, e->loc, "a %s takes one index", fe_value_kind(base.k));
        return false;
    }
    if (!fe_eval(ev, s, e->kids[1], &idx)) return false;
    if (base.k == V_CROPS) {
        if (idx.k != V_CROPIDX) {
            cx_error(ev->cx, e->kids[1]->loc, "a per-crop value is indexed by a crop variable");
            return false;
        }
        if (idx.i < 0 || (uint64_t)idx.i >= base.n || base.items[idx.i].k == V_NONE) {
            cx_error(ev->cx, e->loc, "this value was not evaluated on crop %lld", (long long)idx.i);
            return false;
        }
        *out = base.items[idx.i];
        return true;
    }
    int64_t i;
    if (!fe_to_int(ev, &idx, e->kids[1]->loc, "index", &i)) return false;
    if (base.k == V_INST && base.inst->is_repeat) {
        if (!norm_index(ev, i, base.inst->nrep, e->kids[1]->loc, &i, false)) return false;
        *out = (Value){.k = V_INST, .inst = base.inst->reps[i]};
        return true;
    }
    if (base.k == V_INST) { /* submodules named by numbers: mlp.0, mlp.2 */
        char key[32];
        snprintf(key, sizeof key, "%lld", (long long)i);
        const Value *m = inst_member(base.inst, key);
        if (!m) {
            cx_error(ev->cx, e->loc, "'%s' has no member '%s'", base.inst->path, key);
            return false;
        }
        *out = *m;
        return true;
    }
    if (base.k != V_LIST && base.k != V_TUPLE) {
        cx_error(ev->cx, e->loc, "a %s cannot be indexed", fe_value_kind(base.k));
        return false;
    }
    if (!norm_index(ev, i, base.n, e->kids[1]->loc, &i, false)) return false;
    *out = base.items[i];
    return true;
}

/* ------------------------------------------------------------ dispatch */

static bool eval_items(Eval *ev, Scope *s, const Expr *e, VKind k, Value *out)
{
    Value *items = arena_alloc(ev->arena, (e->n + 1) * sizeof *items);
    if (!items) return false;
    for (uint32_t i = 0; i < e->n; i++)
        if (!fe_eval(ev, s, e->kids[i], &items[i])) return false;
    *out = (Value){.k = k, .items = items, .n = e->n};
    return true;
}

static bool eval_ternary(Eval *ev, Scope *s, const Expr *e, Value *out)
{
    Value c;
    if (!fe_eval(ev, s, e->kids[1], &c)) return false;
    if (c.k != V_BOOL && c.k != V_INT) {
        cx_error(ev->cx, e->kids[1]->loc, "the condition must be known at compile time "
                 "(an integer or boolean), not a %s", fe_value_kind(c.k));
        return false;
    }
    return fe_eval(ev, s, e->kids[c.i ? 0 : 2], out);
}

bool fe_eval(Eval *ev, Scope *s, const Expr *e, Value *out)
{
    *out = (Value){0};
    switch (e->k) {
    case E_INT: *out = fe_v_int(e->i); return true;
    case E_FLOAT: *out = fe_v_float(e->f); return true;
    case E_STRING: *out = (Value){.k = V_STR, .s = e->name}; return true;
    case E_NAME: return eval_name(ev, s, e, out);
    case E_LIST: return eval_items(ev, s, e, V_LIST, out);
    case E_TUPLE: return eval_items(ev, s, e, V_TUPLE, out);
    case E_UNARY: return eval_unary(ev, s, e, out);
    case E_BINARY: return eval_binary(ev, s, e, out);
    case E_TERNARY: return eval_ternary(ev, s, e, out);
    case E_CALL: return eval_call(ev, s, e, out);
    case E_ATTR: return eval_attr(ev, s, e, out);
    case E_INDEX: return eval_index(ev, s, e, out);
    case E_SLICE:
        cx_error(ev->cx, e->loc, "a slice is only allowed inside []");
        return false;
    }
    IR_ASSERT(0);
}

/* ------------------------------------------------------------ statements */

static bool assign(Eval *ev, Scope *s, const Stmt *st, const Value *v)
{
    if (st->ntargets == 1) return fe_scope_set(ev, s, st->targets[0], *v, st->tloc[0], false);
    if (v->k != V_TUPLE || v->n != st->ntargets) {
        cx_error(ev->cx, st->tloc[0], "%u names on the left, but the value is %s%s%u",
                 st->ntargets, v->k == V_TUPLE ? "a tuple of " : "a ",
                 v->k == V_TUPLE ? "" : fe_value_kind(v->k), v->k == V_TUPLE ? v->n : 1);
        return false;
    }
    for (uint32_t i = 0; i < st->ntargets; i++)
        if (strcmp(st->targets[i], "_") &&
            !fe_scope_set(ev, s, st->targets[i], v->items[i], st->tloc[i], false))
            return false;
    return true;
}

bool fe_exec(Eval *ev, Scope *s, Stmt *const *body, uint32_t n, Value *out)
{
    *out = (Value){0};
    for (uint32_t i = 0; i < n; i++) {
        const Stmt *st = body[i];
        Value v;
        if (!fe_eval(ev, s, st->e, &v)) return false;
        if (st->k == S_RETURN) {
            *out = v;
            return true;
        }
        if (st->k == S_ASSIGN && !assign(ev, s, st, &v)) return false;
    }
    return true;
}
