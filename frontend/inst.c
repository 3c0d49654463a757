/* inst.c — module instances and calls of definitions written in YAML.
 *
 * Expects definitions from defs.c.  Instantiating a module evaluates its
 * arguments, creates one leaf per parameter (a `param` named by its path,
 * e.g. "backbone.blocks.3.attn.qkv.weight", or, for the teacher, a `state`
 * "teacher.<path>" that must match a student parameter) and instantiates
 * its submodules, `repeat` groups once per index.  Calling a function or a
 * method binds arguments (fe_bind: positional, then keyword, defaults
 * evaluated in the callee), runs the body and returns its value.  A
 * definition that is already being instantiated or called is reported as
 * recursive.  The definitions running form ev->stack, the call sites that
 * the trace of an error points at (trace.c). */
#include "frontend/frontend.h"

#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

/* ------------------------------------------------------------ binding */

static const char *suggest_formal(const char *kw, const char *const *names, uint32_t n,
                                  char *buf, size_t bn)
{
    unsigned best = 3;
    const char *r = NULL;
    for (uint32_t i = 0; i < n; i++) {
        unsigned d = fe_edit_distance(kw, names[i]);
        if (d < best && d < strlen(names[i])) {
            best = d;
            snprintf(buf, bn, "%s", names[i]);
            r = buf;
        }
    }
    return r;
}

static bool bind_keyword(Eval *ev, const CallArgs *ca, uint32_t j, const char *const *names,
                         uint32_t n, Value *out, bool *given)
{
    for (uint32_t i = 0; i < n; i++) {
        if (strcmp(names[i], ca->kw[j])) continue;
        if (given[i]) {
            cx_error(ev->cx, ca->loc[j], "argument '%s' of %s given twice", ca->kw[j], ca->what);
            return false;
        }
        out[i] = ca->v[j];
        given[i] = true;
        return true;
    }
    char buf[64];
    const char *s = suggest_formal(ca->kw[j], names, n, buf, sizeof buf);
    if (s)
        cx_error(ev->cx, ca->loc[j], "%s has no argument '%s'; did you mean '%s'?", ca->what,
                 ca->kw[j], s);
    else
        cx_error(ev->cx, ca->loc[j], "%s has no argument '%s'", ca->what, ca->kw[j]);
    return false;
}

bool fe_bind(Eval *ev, const CallArgs *ca, const char *const *names, const bool *required,
             uint32_t n, Value *out, bool *given)
{
    uint32_t pos = 0;
    for (uint32_t i = 0; i < n; i++) given[i] = false, out[i] = (Value){0};
    for (uint32_t j = 0; j < ca->n; j++) {
        if (ca->kw[j]) {
            if (!bind_keyword(ev, ca, j, names, n, out, given)) return false;
            continue;
        }
        if (pos >= n) {
            cx_error(ev->cx, ca->loc[j], "too many arguments to %s (it takes %u)", ca->what, n);
            return false;
        }
        out[pos] = ca->v[j];
        given[pos++] = true;
    }
    for (uint32_t i = 0; i < n; i++)
        if (required[i] && !given[i]) {
            cx_error(ev->cx, ca->at, "missing argument '%s' of %s", names[i], ca->what);
            return false;
        }
    return true;
}

/* Binds formals (inputs then args) into scope s, evaluating defaults there
 * in order so a default may use earlier arguments. */
static bool bind_formals(Eval *ev, const CallArgs *ca, const DefArg *in, uint32_t nin,
                         const DefArg *args, uint32_t nargs, Scope *s)
{
    uint32_t n = nin + nargs;
    const char **names = arena_alloc(ev->arena, (n + 1) * sizeof *names);
    bool *req = arena_alloc(ev->arena, (n + 1) * sizeof *req);
    bool *given = arena_alloc(ev->arena, (n + 1) * sizeof *given);
    Value *v = arena_alloc(ev->arena, (n + 1) * sizeof *v);
    if (!names || !req || !given || !v) return false;
    for (uint32_t i = 0; i < n; i++) {
        const DefArg *f = i < nin ? &in[i] : &args[i - nin];
        names[i] = f->name;
        req[i] = i < nin || !f->dflt;
    }
    if (!fe_bind(ev, ca, names, req, n, v, given)) return false;
    ev->stack[ev->depth - 1].errs = ev->cx->nerrors;
    for (uint32_t i = 0; i < n; i++) {
        const DefArg *f = i < nin ? &in[i] : &args[i - nin];
        if (!given[i] && !fe_eval(ev, s, f->dflt, &v[i])) return false;
        if (!fe_scope_set(ev, s, f->name, v[i], f->loc, true)) return false;
    }
    return true;
}

/* ------------------------------------------------------------ recursion */

/* f.key names what is running: the module for an instantiation, the
 * module and method for a call, so one method may call another.  The frame
 * joins error traces once its arguments are bound (bind_formals). */
static bool enter(Eval *ev, EvFrame f)
{
    for (int i = 0; i < ev->depth; i++)
        if (!strcmp(ev->stack[i].key, f.key)) {
            cx_error(ev->cx, f.at, "recursive module '%s'", f.def->name);
            cx_note(ev->cx, f.def->loc, "'%s' is defined here", f.def->name);
            return false;
        }
    if (ev->depth >= FE_MAX_CALL_DEPTH) {
        cx_error(ev->cx, f.at, "modules nested more than %d deep", FE_MAX_CALL_DEPTH);
        return false;
    }
    f.errs = INT_MAX;
    ev->stack[ev->depth++] = f;
    return true;
}

/* Pops the innermost frame; a failure inside it gets its trace first. */
static void leave(Eval *ev, bool ok)
{
    if (!ok) fe_trace_print(ev);
    ev->depth--;
}

/* ------------------------------------------------------------ parameters */

static bool is_init_name(const char *s)
{
    static const char *const names[] = {"zeros", "ones", "trunc_normal", "uniform_fan_in",
                                        "constant"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (!strcmp(s, names[i])) return true;
    return false;
}

/* The canonical initialiser string of a parameter. */
static bool eval_init(Eval *ev, Scope *s, const ParamDecl *pd, const Shape *shape, char *buf,
                      size_t n)
{
    const Expr *e = pd->init;
    const char *name = e->k == E_NAME ? e->name : e->k == E_CALL && e->kids[0]->k == E_NAME
                                                      ? e->kids[0]->name : NULL;
    static const char *const inits = "zeros ones trunc_normal uniform_fan_in constant";
    if (!name || !is_init_name(name)) {
        char sb[64];
        const char *sug = name ? fe_suggest(name, inits, sb, sizeof sb) : NULL;
        cx_error(ev->cx, e->loc, "unknown initialiser%s%s%s (expected one of: %s)",
                 sug ? "; did you mean '" : "", sug ? sug : "", sug ? "'?" : "", inits);
        return false;
    }
    if (!strcmp(name, "zeros") || !strcmp(name, "ones")) {
        snprintf(buf, n, "%s", name);
        return e->k == E_NAME || (e->n == 1) ||
               (cx_error(ev->cx, e->loc, "%s takes no arguments", name), false);
    }
    const char *ps[1] = {!strcmp(name, "uniform_fan_in") ? "fan_in" :
                         !strcmp(name, "constant") ? "value" : "std"};
    bool req[1] = {strcmp(name, "uniform_fan_in") != 0}, given[1];
    Value v[1];
    char what[64];
    snprintf(what, sizeof what, "initialiser '%s'", name);
    CallArgs ca;
    if (!fe_eval_args(ev, s, e, what, &ca) || !fe_bind(ev, &ca, ps, req, 1, v, given))
        return false;
    double x;
    if (!strcmp(name, "uniform_fan_in") && !given[0]) {
        int64_t fan = 1;
        for (int i = 1; i < shape->rank; i++) fan *= shape->dim[i];
        v[0] = fe_v_int(fan);
    }
    if (!fe_to_num(ev, &v[0], ca.n ? ca.loc[0] : e->loc, ps[0], &x)) return false;
    if (strcmp(name, "constant") && !(x > 0)) {
        cx_error(ev->cx, ca.n ? ca.loc[0] : e->loc, "%s must be positive, got %g", ps[0], x);
        return false;
    }
    snprintf(buf, n, "%s(%.9g)", name, x);
    return true;
}

static bool param_shape(Eval *ev, Scope *s, const ParamDecl *pd, Shape *shape)
{
    shape->rank = (int32_t)pd->rank;
    for (uint32_t i = 0; i < pd->rank; i++) {
        if (!fe_eval_int(ev, s, pd->shape[i], &shape->dim[i])) return false;
        if (shape->dim[i] < 1) {
            cx_error(ev->cx, pd->shape[i]->loc, "dimension %u of parameter '%s' is %lld; sizes "
                     "must be positive", i, pd->name, (long long)shape->dim[i]);
            return false;
        }
    }
    int64_t numel = 1;
    for (int i = 0; i < shape->rank; i++)
        if (__builtin_mul_overflow(numel, shape->dim[i], &numel) || numel > ((int64_t)1 << 40)) {
            cx_error(ev->cx, pd->loc, "parameter '%s' is too large", pd->name);
            return false;
        }
    return true;
}

static bool add_param_entry(Eval *ev, const char *name, NodeId id, const Type *t,
                            const char *init, uint32_t tags, SrcLoc loc, int64_t frozen)
{
    Model *m = ev->m;
    if ((m->nparams & (m->nparams - 1)) == 0) {
        FeParam *p = cx_realloc(ev->cx, m->params, (m->nparams ? 2 * m->nparams : 1) * sizeof *p);
        if (!p) return false;
        m->params = p;
    }
    m->params[m->nparams++] = (FeParam){arena_strdup(&m->arena, name), id, 0, *t,
                                        arena_strdup(&m->arena, init), tags, frozen, loc};
    return true;
}

static uint32_t name_hash(const char *s) { return (uint32_t)ir_hash(s, strlen(s)); }

/* ev->pindex over every student parameter (rebuilt when there are new
 * ones): a linear search per teacher parameter was quadratic, minutes for
 * a model of many repeated blocks. */
static bool index_params(Eval *ev)
{
    const Model *m = ev->m;
    if (ev->pindex && ev->pindexed == m->nparams) return true;
    uint32_t cap = 16;
    while (cap < 2 * m->nparams) cap *= 2;
    uint32_t *tab = arena_alloc(ev->arena, cap * sizeof *tab);
    if (!tab) return false;
    for (uint32_t i = 0; i < m->nparams; i++) {
        uint32_t s = name_hash(m->params[i].name) & (cap - 1);
        while (tab[s]) s = (s + 1) & (cap - 1);
        tab[s] = i + 1;
    }
    ev->pindex = tab, ev->pcap = cap, ev->pindexed = m->nparams;
    return true;
}

/* The student's parameter called name (NULL if none). */
static FeParam *find_param(Eval *ev, const char *name)
{
    for (uint32_t s = name_hash(name) & (ev->pcap - 1); ev->pindex[s]; s = (s + 1) & (ev->pcap - 1))
        if (!strcmp(ev->m->params[ev->pindex[s] - 1].name, name)) return &ev->m->params[ev->pindex[s] - 1];
    return NULL;
}

/* The teacher's copy must match the student's parameter of the same name. */
static bool link_teacher(Eval *ev, const char *name, NodeId id, const Type *t, SrcLoc loc)
{
    if (!index_params(ev)) return false;
    FeParam *p = find_param(ev, name);
    if (p) {
        if (!type_eq(&p->type, t)) {
            char a[128], b[128];
            cx_error(ev->cx, loc, "teacher parameter '%s' is %s but the student's is %s", name,
                     type_str(t, a, sizeof a), type_str(&p->type, b, sizeof b));
            return false;
        }
        p->teacher = id;
        return true;
    }
    cx_error(ev->cx, loc, "teacher parameter '%s' has no student counterpart", name);
    return false;
}

static bool make_param(Eval *ev, Inst *in, const ParamDecl *pd)
{
    Scope *s = &in->scope;
    Shape shape;
    char init[96], name[512], full[600];
    int64_t frozen = 0;
    if (!param_shape(ev, s, pd, &shape) || !eval_init(ev, s, pd, &shape, init, sizeof init))
        return false;
    if (pd->frozen_for_epochs && !fe_eval_int(ev, s, pd->frozen_for_epochs, &frozen)) return false;
    uint32_t tags = pd->tags;
    int64_t fz = 0;
    if (pd->frozen && !fe_eval_int(ev, s, pd->frozen, &fz)) return false;
    if (fz) tags |= TAG_FROZEN;
    if (frozen < 0) {
        cx_error(ev->cx, pd->frozen_for_epochs->loc, "frozen_for_epochs must not be negative");
        return false;
    }
    snprintf(name, sizeof name, "%s%s%s", in->path, in->path[0] ? "." : "", pd->name);
    Type t = {DT_F32, shape};
    NodeId id;
    if (ev->teacher) {
        snprintf(full, sizeof full, "%s%s", ev->prefix, name);
        char cinit[600];
        snprintf(cinit, sizeof cinit, "copy(%s)", name);
        Attrs a = {.name = full, .init = cinit};
        id = ir_add(ev->g, OP_STATE, NULL, 0, &a, &t, pd->loc);
        if (!id || !link_teacher(ev, name, id, &t, pd->loc)) return false;
    } else {
        Attrs a = {.name = name, .init = init, .tags = tags, .frozen_epochs = frozen};
        id = ir_add(ev->g, OP_PARAM, NULL, 0, &a, &t, pd->loc);
        if (!id || !add_param_entry(ev, name, id, &t, init, tags, pd->loc, frozen)) return false;
    }
    return fe_scope_set(ev, s, pd->name, fe_v_tensor(id), pd->loc, true);
}

static bool eval_when(Eval *ev, Scope *s, const Expr *when, bool *on)
{
    *on = true;
    if (!when) return true;
    int64_t v;
    if (!fe_eval_int(ev, s, when, &v)) return false;
    *on = v != 0;
    return true;
}

/* ------------------------------------------------------------ instances */

static char *child_path(Eval *ev, const char *base, const char *name, int64_t idx)
{
    char buf[600];
    if (idx >= 0)
        snprintf(buf, sizeof buf, "%s%s%s.%lld", base, base[0] ? "." : "", name, (long long)idx);
    else
        snprintf(buf, sizeof buf, "%s%s%s", base, base[0] ? "." : "", name);
    return arena_strdup(ev->arena, buf);
}

static bool make_repeat(Eval *ev, Inst *in, const SubDecl *sd, Inst **out)
{
    int64_t n;
    if (!fe_eval_int(ev, &in->scope, sd->repeat, &n)) return false;
    if (n < 0 || n > 4096) {
        cx_error(ev->cx, sd->repeat->loc, "repeat count %lld out of range 0..4096", (long long)n);
        return false;
    }
    Inst *g = arena_alloc(ev->arena, sizeof *g);
    if (!g || !(g->reps = arena_alloc(ev->arena, (size_t)(n + 1) * sizeof *g->reps))) return false;
    g->is_repeat = true;
    g->path = child_path(ev, in->path, sd->name, -1);
    for (int64_t i = 0; i < n; i++) {
        Scope idx = {.parent = &in->scope};
        if (sd->index && !fe_scope_set(ev, &idx, sd->index, fe_v_int(i), sd->loc, true))
            return false;
        char *path = child_path(ev, in->path, sd->name, i);
        if (!path || !(g->reps[g->nrep++] = fe_instantiate(ev, &idx, sd->ctor, path)))
            return false;
    }
    *out = g;
    return true;
}

static bool make_sub(Eval *ev, Inst *in, const SubDecl *sd)
{
    bool on;
    if (!eval_when(ev, &in->scope, sd->when, &on)) return false;
    if (!on) return true;
    Inst *child = NULL;
    if (sd->repeat) {
        if (!make_repeat(ev, in, sd, &child)) return false;
    } else {
        char *path = child_path(ev, in->path, sd->name, -1);
        if (!path || !(child = fe_instantiate(ev, &in->scope, sd->ctor, path))) return false;
    }
    Value v = {.k = V_INST, .inst = child};
    return fe_scope_set(ev, &in->scope, sd->name, v, sd->loc, true);
}

static bool build_members(Eval *ev, Inst *in)
{
    const Def *d = in->def;
    for (uint32_t i = 0; i < d->nparams; i++) {
        bool on;
        if (!eval_when(ev, &in->scope, d->params[i].when, &on)) return false;
        if (on && !make_param(ev, in, &d->params[i])) return false;
    }
    for (uint32_t i = 0; i < d->nsubs; i++)
        if (!make_sub(ev, in, &d->subs[i])) return false;
    return true;
}

static const Def *ctor_def(Eval *ev, const Expr *ctor)
{
    const Expr *c = ctor->k == E_CALL ? ctor->kids[0] : ctor;
    if (c->k != E_NAME) {
        cx_error(ev->cx, c->loc, "expected a module name");
        return NULL;
    }
    const Def *d = fe_def_find(ev->prog, c->name);
    if (!d) {
        char buf[64] = "";
        for (uint32_t i = 0; i < ev->prog->ndefs; i++)
            if (fe_edit_distance(c->name, ev->prog->defs[i]->name) <= 2)
                snprintf(buf, sizeof buf, "%s", ev->prog->defs[i]->name);
        if (buf[0])
            cx_error(ev->cx, c->loc, "unknown module '%s'; did you mean '%s'?", c->name, buf);
        else
            cx_error(ev->cx, c->loc, "unknown module '%s'", c->name);
        return NULL;
    }
    if (!d->nparams && !d->nsubs) {
        cx_error(ev->cx, c->loc, "'%s' is a function (no params or sub); call it in a body",
                 c->name);
        return NULL;
    }
    return d;
}

Inst *fe_instantiate(Eval *ev, Scope *caller, const Expr *ctor, const char *path)
{
    const Def *d = ctor_def(ev, ctor);
    if (!d) return NULL;
    if (++ev->ninst > FE_MAX_INSTANCES) {
        cx_error(ev->cx, ctor->loc, "the %s has more than %d module instances (nested repeats multiply); the "
                 "limit is %d", ev->teacher ? "teacher" : "student", FE_MAX_INSTANCES, FE_MAX_INSTANCES);
        return NULL;
    }
    char what[160];
    snprintf(what, sizeof what, "module '%s'", d->name);
    CallArgs ca;
    if (!fe_eval_args(ev, caller, ctor, what, &ca)) return NULL;
    EvFrame f = {.key = d->name, .def = d, .path = path, .args = &ca, .at = ctor->loc};
    if (!enter(ev, f)) return NULL;
    Inst *in = arena_alloc(ev->arena, sizeof *in);
    bool ok = in != NULL;
    if (ok) {
        in->def = d;
        in->path = path;
        in->scope.parent = &ev->globals;
        in->scope.self = in;
        Value self = {.k = V_INST, .inst = in};
        ok = fe_scope_set(ev, &in->scope, "self", self, d->loc, true) &&
             bind_formals(ev, &ca, NULL, 0, d->args, d->nargs, &in->scope) &&
             build_members(ev, in);
    }
    leave(ev, ok);
    return ok ? in : NULL;
}

/* ------------------------------------------------------------ calls */

/* in is the instance whose method runs; NULL for a function. */
static bool run_method(Eval *ev, const Def *d, const Method *m, const CallArgs *ca,
                       Inst *in, Value *out)
{
    char key[256];
    snprintf(key, sizeof key, "%s.%s", d->name, m->name);
    EvFrame f = {.key = arena_strdup(ev->arena, key), .def = d, .method = m->name,
                 .path = in ? in->path : NULL, .args = ca, .at = ca->at};
    if (!f.key || !enter(ev, f)) return false;
    Scope s = {.parent = in ? &in->scope : &ev->globals};
    bool ok = bind_formals(ev, ca, m->inputs, m->ninputs, in ? NULL : d->args,
                           in ? 0 : d->nargs, &s) &&
              fe_exec(ev, &s, m->body, m->nbody, out);
    leave(ev, ok);
    if (ok && out->k == V_NONE) {
        cx_error(ev->cx, ca->at, "%s returned no value", ca->what);
        ok = false;
    }
    return ok;
}

bool fe_call_def(Eval *ev, const Def *d, const CallArgs *ca, Value *out)
{
    IR_ASSERT(d->nmethods > 0);
    return run_method(ev, d, &d->methods[0], ca, NULL, out);
}

static const Method *find_method(Eval *ev, const Inst *in, const char *name, SrcLoc loc)
{
    for (uint32_t i = 0; i < in->def->nmethods; i++)
        if (!strcmp(in->def->methods[i].name, name)) return &in->def->methods[i];
    if (!strcmp(name, "forward"))
        cx_error(ev->cx, loc, "module '%s' has no body to call", in->def->name);
    else
        cx_error(ev->cx, loc, "module '%s' has no method '%s'", in->def->name, name);
    return NULL;
}

bool fe_call_inst(Eval *ev, Inst *in, const char *method, const CallArgs *ca, Value *out)
{
    if (!in->is_repeat) {
        const Method *m = find_method(ev, in, method, ca->at);
        return m && run_method(ev, in->def, m, ca, in, out);
    }
    if (strcmp(method, "forward")) {
        cx_error(ev->cx, ca->at, "a repeat group can only be called as a whole");
        return false;
    }
    if (ca->n < 1 || ca->kw[0]) {
        cx_error(ev->cx, ca->at, "a repeat group needs a positional first input");
        return false;
    }
    /* Each instance's result becomes the first argument of the next. */
    CallArgs one = *ca;
    one.v = arena_alloc(ev->arena, ca->n * sizeof *one.v);
    if (!one.v) return false;
    memcpy(one.v, ca->v, ca->n * sizeof *one.v);
    *out = ca->v[0];
    for (uint32_t i = 0; i < in->nrep; i++) {
        one.v[0] = *out;
        if (!fe_call_inst(ev, in->reps[i], "forward", &one, out)) return false;
    }
    return true;
}
