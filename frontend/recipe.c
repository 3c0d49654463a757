/* recipe.c — the training recipe: constants, schedules, crop sets, student
 * and teacher networks, per-crop evaluation, persistent state, losses and
 * the optimizer.
 *
 * Expects a Program whose constants and modules are read (defs.c).  Builds,
 * in this order: constants (globals), `train`, `schedules` (scalar inputs
 * "sched.<name>"), `crops` (inputs "crops.<set>" [count*batch, C, S, S]),
 * `student` (params), `teacher` (state "teacher.<name>", EMA of the
 * student), `state` leaves, `evaluate` (each statement runs once per crop
 * set with `x` bound to the set's batch; results are split per crop),
 * `losses` (mean of an expression over crop pairings, outputs
 * "loss.<name>" and the weighted total "loss"), state updates (assign
 * nodes) and `optimizer`.  Everything lands in ev->m. */
#include "frontend/frontend.h"

#include <string.h>

const YNode *fe_recipe_get(const Eval *ev, const char *key)
{
    for (uint32_t i = ev->prog->nrecipes; i-- > 0;) {
        const YNode *v = fe_map_get(ev->prog->recipes[i], key);
        if (v) return v;
    }
    return NULL;
}

static const YNode *recipe_need(Eval *ev, const char *key)
{
    const YNode *v = fe_recipe_get(ev, key);
    if (!v) {
        const YNode *root = ev->prog->recipes[ev->prog->nrecipes - 1];
        cx_error(ev->cx, root->loc, "the model has no '%s' section", key);
    }
    return v;
}

void *fe_grow_table(Eval *ev, void *p, uint32_t n, size_t elem)
{
    if (n & (n - 1)) return p; /* capacity doubles at powers of two */
    return cx_realloc(ev->cx, p, (n ? 2 * n : 1) * elem);
}

/* Evaluates a YAML scalar as an expression in the globals. */
bool fe_node_value(Eval *ev, Scope *s, const YNode *n, Value *out)
{
    Expr *e = fe_parse_expr(ev->cx, ev->arena, n);
    return e && fe_eval(ev, s, e, out);
}

static bool node_int(Eval *ev, const YNode *n, const char *what, int64_t *out)
{
    Value v;
    return fe_node_value(ev, &ev->globals, n, &v) && fe_to_int(ev, &v, n->loc, what, out);
}

bool fe_node_num(Eval *ev, const YNode *n, const char *what, double *out)
{
    Value v;
    return fe_node_value(ev, &ev->globals, n, &v) && fe_to_num(ev, &v, n->loc, what, out);
}

static bool key_num(Eval *ev, const YNode *map, const char *key, double dflt, double *out)
{
    const YNode *v = fe_map_get(map, key);
    *out = dflt;
    return !v || fe_node_num(ev, v, key, out);
}

static bool positive(Eval *ev, const YNode *n, const char *what, int64_t v)
{
    if (v > 0) return true;
    cx_error(ev->cx, n->loc, "%s must be positive, got %lld", what, (long long)v);
    return false;
}

/* ------------------------------------------------------------ constants */

bool fe_eval_constants(Eval *ev)
{
    Model *m = ev->m;
    Program *p = ev->prog;
    m->consts = arena_alloc(&m->arena, (p->nconsts + 1) * sizeof *m->consts);
    if (!m->consts) return false;
    for (uint32_t i = 0; i < p->nconsts; i++) {
        Value v;
        if (!fe_eval(ev, &ev->globals, p->consts[i].e, &v)) return false;
        if (v.k == V_TENSOR || v.k == V_INST) {
            cx_error(ev->cx, p->consts[i].e->loc, "constant '%s' must be a number or list",
                     p->consts[i].name);
            return false;
        }
        if (!fe_scope_set(ev, &ev->globals, p->consts[i].name, v, p->consts[i].loc, true))
            return false;
        if (v.k == V_INT || v.k == V_FLOAT || v.k == V_BOOL)
            m->consts[m->nconsts++] = (FeConst){arena_strdup(&m->arena, p->consts[i].name),
                                                v.k != V_FLOAT, v.i, v.f};
    }
    return true;
}

/* ------------------------------------------------------------ train, schedules */

static bool read_train(Eval *ev)
{
    const YNode *t = recipe_need(ev, "train");
    if (!t || !fe_expect(ev->cx, t, Y_MAP, "'train'") ||
        !fe_map_check_keys(ev->cx, t, "'train'", "epochs batch"))
        return false;
    const YNode *e = fe_map_get(t, "epochs"), *b = fe_map_get(t, "batch");
    if (!e || !b) {
        cx_error(ev->cx, t->loc, "'train' needs 'epochs' and 'batch'");
        return false;
    }
    return node_int(ev, e, "epochs", &ev->m->epochs) && positive(ev, e, "epochs", ev->m->epochs) &&
           node_int(ev, b, "batch", &ev->m->batch) && positive(ev, b, "batch", ev->m->batch);
}

static bool sched_kind(Eval *ev, const YNode *k, FeSchedKind *out)
{
    if (!fe_expect(ev->cx, k, Y_SCALAR, "'kind'")) return false;
    if (!strcmp(k->str, "cosine")) *out = FS_COSINE;
    else if (!strcmp(k->str, "linear")) *out = FS_LINEAR;
    else if (!strcmp(k->str, "constant")) *out = FS_CONSTANT;
    else {
        cx_error(ev->cx, k->loc, "unknown schedule kind '%s' (cosine, linear, constant)", k->str);
        return false;
    }
    return true;
}

static bool read_schedule(Eval *ev, const YNode *k, const YNode *v, FeSchedule *s)
{
    if (!fe_expect(ev->cx, v, Y_MAP, "a schedule") ||
        !fe_map_check_keys(ev->cx, v, "a schedule",
                           "kind base final start warmup_epochs per"))
        return false;
    const YNode *kind = fe_map_get(v, "kind"), *per = fe_map_get(v, "per");
    const YNode *w = fe_map_get(v, "warmup_epochs");
    *s = (FeSchedule){.name = arena_strdup(&ev->m->arena, k->str), .loc = k->loc};
    if (!kind) {
        cx_error(ev->cx, v->loc, "schedule '%s' needs 'kind'", k->str);
        return false;
    }
    if (!sched_kind(ev, kind, &s->kind) || !key_num(ev, v, "base", 0, &s->base) ||
        !key_num(ev, v, "final", s->base, &s->final) || !key_num(ev, v, "start", 0, &s->start))
        return false;
    if (w && (!node_int(ev, w, "warmup_epochs", &s->warmup_epochs))) return false;
    if (s->warmup_epochs < 0 || s->warmup_epochs > ev->m->epochs) {
        cx_error(ev->cx, w->loc, "warmup_epochs must be in 0..epochs");
        return false;
    }
    if (per && (per->kind != Y_SCALAR || (strcmp(per->str, "epoch") && strcmp(per->str, "iteration")))) {
        cx_error(ev->cx, per->loc, "'per' must be 'epoch' or 'iteration'");
        return false;
    }
    s->per_epoch = per && !strcmp(per->str, "epoch");
    char name[160];
    snprintf(name, sizeof name, "sched.%s", k->str);
    Type t = {DT_F32, {0}};
    s->input = ir_leaf(ev->g, OP_INPUT, name, &t, k->loc);
    return s->input && fe_scope_set(ev, &ev->globals, s->name, fe_v_tensor(s->input), k->loc, true);
}

static bool read_schedules(Eval *ev)
{
    const YNode *m = fe_recipe_get(ev, "schedules");
    if (!m) return true;
    if (!fe_expect(ev->cx, m, Y_MAP, "'schedules'")) return false;
    for (uint32_t i = 0; i + 1 < m->n; i += 2) {
        FeSchedule *p = fe_grow_table(ev, ev->m->sched, ev->m->nsched, sizeof *p);
        if (!p) return false;
        ev->m->sched = p;
        if (!read_schedule(ev, m->items[i], m->items[i + 1], &p[ev->m->nsched])) return false;
        ev->m->nsched++;
    }
    return true;
}

int fe_sched_find(Eval *ev, const YNode *n, const char *what)
{
    if (!fe_expect(ev->cx, n, Y_SCALAR, what)) return -1;
    for (uint32_t i = 0; i < ev->m->nsched; i++)
        if (!strcmp(ev->m->sched[i].name, n->str)) return (int)i;
    cx_error(ev->cx, n->loc, "%s: no schedule named '%s'", what, n->str);
    return -1;
}

/* ------------------------------------------------------------ crops */

/* A probability per crop: one number for all, or a list of count. */
static bool crop_probs(Eval *ev, const YNode *map, const char *key, FeCropSet *c, double **out)
{
    const YNode *v = fe_map_get(map, key);
    *out = arena_alloc(&ev->m->arena, (size_t)c->count * sizeof **out);
    if (!*out) return false;
    if (!v) return true;
    if (v->kind == Y_SEQ && v->n != (uint32_t)c->count) {
        cx_error(ev->cx, v->loc, "'%s' lists %u values for %lld crops", key, v->n, (long long)c->count);
        return false;
    }
    for (int64_t i = 0; i < c->count; i++) {
        const YNode *x = v->kind == Y_SEQ ? v->items[i] : v;
        if (!fe_node_num(ev, x, key, &(*out)[i])) return false;
        if ((*out)[i] < 0 || (*out)[i] > 1) {
            cx_error(ev->cx, x->loc, "'%s' is a probability; %g is not in [0, 1]", key, (*out)[i]);
            return false;
        }
    }
    return true;
}

static bool crop_scale(Eval *ev, const YNode *v, FeCropSet *c)
{
    if (!v) { c->scale_lo = 0.08, c->scale_hi = 1; return true; }
    if (!fe_expect(ev->cx, v, Y_SEQ, "'scale'")) return false;
    if (v->n != 2) {
        cx_error(ev->cx, v->loc, "'scale' is [low, high]");
        return false;
    }
    if (!fe_node_num(ev, v->items[0], "scale", &c->scale_lo) ||
        !fe_node_num(ev, v->items[1], "scale", &c->scale_hi))
        return false;
    if (!(c->scale_lo > 0 && c->scale_lo <= c->scale_hi && c->scale_hi <= 1)) {
        cx_error(ev->cx, v->loc, "'scale' needs 0 < low <= high <= 1");
        return false;
    }
    return true;
}

static bool read_crop(Eval *ev, const YNode *k, const YNode *v, FeCropSet *c, int64_t first)
{
    if (!fe_expect(ev->cx, v, Y_MAP, "a crop set") ||
        !fe_map_check_keys(ev->cx, v, "a crop set",
                           "count size channels scale flip jitter gray blur solarize"))
        return false;
    const YNode *cnt = fe_map_get(v, "count"), *size = fe_map_get(v, "size");
    const YNode *ch = fe_map_get(v, "channels");
    *c = (FeCropSet){.name = arena_strdup(&ev->m->arena, k->str), .first = first, .loc = k->loc};
    if (!cnt || !size) {
        cx_error(ev->cx, v->loc, "crop set '%s' needs 'count' and 'size'", k->str);
        return false;
    }
    int64_t channels = 3;
    if (!node_int(ev, cnt, "count", &c->count) || !positive(ev, cnt, "count", c->count) ||
        !node_int(ev, size, "size", &c->size) || !positive(ev, size, "size", c->size) ||
        (ch && (!node_int(ev, ch, "channels", &channels) || !positive(ev, ch, "channels", channels))))
        return false;
    if (c->count > 1024 || c->size > 65536) {
        cx_error(ev->cx, v->loc, "crop set '%s' is too large", k->str);
        return false;
    }
    if (!crop_scale(ev, fe_map_get(v, "scale"), c) || !crop_probs(ev, v, "flip", c, &c->flip) ||
        !crop_probs(ev, v, "jitter", c, &c->jitter) || !crop_probs(ev, v, "gray", c, &c->gray) ||
        !crop_probs(ev, v, "blur", c, &c->blur) || !crop_probs(ev, v, "solarize", c, &c->solarize))
        return false;
    char name[160];
    snprintf(name, sizeof name, "crops.%s", k->str);
    Type t = {DT_F32, {4, {c->count * ev->m->batch, channels, c->size, c->size}}};
    c->input = ir_leaf(ev->g, OP_INPUT, name, &t, k->loc);
    return c->input != 0;
}

static bool read_crops(Eval *ev)
{
    const YNode *m = recipe_need(ev, "crops");
    if (!m || !fe_expect(ev->cx, m, Y_MAP, "'crops'")) return false;
    if (m->n == 0) {
        cx_error(ev->cx, m->loc, "'crops' needs at least one crop set");
        return false;
    }
    int64_t first = 0;
    for (uint32_t i = 0; i + 1 < m->n; i += 2) {
        FeCropSet *p = fe_grow_table(ev, ev->m->crops, ev->m->ncrops, sizeof *p);
        if (!p) return false;
        ev->m->crops = p;
        if (!read_crop(ev, m->items[i], m->items[i + 1], &p[ev->m->ncrops], first)) return false;
        first += p[ev->m->ncrops++].count;
    }
    return true;
}

/* ------------------------------------------------------------ networks */

static bool read_networks(Eval *ev)
{
    const YNode *st = recipe_need(ev, "student"), *te = fe_recipe_get(ev, "teacher");
    if (!st) return false;
    Expr *ctor = fe_parse_expr(ev->cx, ev->arena, st);
    Inst *s = ctor ? fe_instantiate(ev, &ev->globals, ctor, "") : NULL;
    if (!s || !fe_scope_set(ev, &ev->globals, "student", (Value){.k = V_INST, .inst = s},
                            st->loc, true))
        return false;
    ev->m->ema_momentum = -1;
    if (!te) return true;
    if (!fe_expect(ev->cx, te, Y_MAP, "'teacher'") ||
        !fe_map_check_keys(ev->cx, te, "'teacher'", "ema_of module momentum"))
        return false;
    const YNode *of = fe_map_get(te, "ema_of"), *mod = fe_map_get(te, "module");
    const YNode *mom = fe_map_get(te, "momentum");
    if (!of || !mom || of->kind != Y_SCALAR || strcmp(of->str, "student")) {
        cx_error(ev->cx, te->loc, "'teacher' needs 'ema_of: student' and 'momentum'");
        return false;
    }
    if ((ev->m->ema_momentum = fe_sched_find(ev, mom, "teacher momentum")) < 0) return false;
    Expr *tctor = mod ? fe_parse_expr(ev->cx, ev->arena, mod) : ctor;
    ev->teacher = true;
    ev->prefix = "teacher.";
    ev->ninst = 0; /* FE_MAX_INSTANCES is per network */
    Inst *t = tctor ? fe_instantiate(ev, &ev->globals, tctor, "") : NULL;
    ev->teacher = false;
    for (uint32_t i = 0; t && i < ev->m->nparams; i++)
        if (!ev->m->params[i].teacher) {
            cx_error(ev->cx, te->loc, "the teacher has no copy of '%s'", ev->m->params[i].name);
            return false;
        }
    return t && fe_scope_set(ev, &ev->globals, "teacher", (Value){.k = V_INST, .inst = t},
                             te->loc, true);
}

/* ------------------------------------------------------------ state */

static bool read_state_decl(Eval *ev, const YNode *k, const YNode *v, FeState *s)
{
    if (!fe_expect(ev->cx, v, Y_MAP, "a state entry") ||
        !fe_map_check_keys(ev->cx, v, "a state entry", "shape init update"))
        return false;
    const YNode *shape = fe_map_get(v, "shape"), *init = fe_map_get(v, "init");
    if (!shape || !fe_map_get(v, "update")) {
        cx_error(ev->cx, v->loc, "state '%s' needs 'shape' and 'update'", k->str);
        return false;
    }
    if (!fe_expect(ev->cx, shape, Y_SEQ, "'shape'")) return false;
    if (shape->n > IR_MAX_RANK) {
        cx_error(ev->cx, shape->loc, "shape has rank %u; the limit is %d", shape->n, IR_MAX_RANK);
        return false;
    }
    Type t = {DT_F32, {(int32_t)shape->n, {0}}};
    for (uint32_t i = 0; i < shape->n; i++)
        if (!node_int(ev, shape->items[i], "dimension", &t.shape.dim[i]) ||
            !positive(ev, shape->items[i], "dimension", t.shape.dim[i]))
            return false;
    const char *in = init ? init->str : "zeros";
    *s = (FeState){.name = arena_strdup(&ev->m->arena, k->str), .loc = k->loc,
                   .init = arena_strdup(&ev->m->arena, in)};
    Attrs a = {.name = k->str, .init = in};
    s->node = ir_add(ev->g, OP_STATE, NULL, 0, &a, &t, k->loc);
    return s->node && fe_scope_set(ev, &ev->globals, s->name, fe_v_tensor(s->node), k->loc, true);
}

static bool read_state(Eval *ev)
{
    const YNode *m = fe_recipe_get(ev, "state");
    if (!m) return true;
    if (!fe_expect(ev->cx, m, Y_MAP, "'state'")) return false;
    for (uint32_t i = 0; i + 1 < m->n; i += 2) {
        FeState *p = fe_grow_table(ev, ev->m->state, ev->m->nstate, sizeof *p);
        if (!p) return false;
        ev->m->state = p;
        const YNode *init = fe_map_get(m->items[i + 1]->kind == Y_MAP ? m->items[i + 1] : m, "init");
        if (init && (init->kind != Y_SCALAR || (strcmp(init->str, "zeros") && strcmp(init->str, "ones")))) {
            cx_error(ev->cx, init->loc, "state initialiser must be 'zeros' or 'ones'");
            return false;
        }
        if (!read_state_decl(ev, m->items[i], m->items[i + 1], &p[ev->m->nstate])) return false;
        ev->m->nstate++;
    }
    return true;
}

static bool update_state(Eval *ev, Scope *results)
{
    const YNode *m = fe_recipe_get(ev, "state");
    for (uint32_t i = 0; i < ev->m->nstate; i++) {
        FeState *s = &ev->m->state[i];
        const YNode *u = fe_map_get(fe_map_get(m, s->name), "update");
        Value v;
        if (!fe_node_value(ev, results, u, &v)) return false;
        NodeId x = fe_to_tensor(ev, &v, u->loc, "a state update");
        if (!x) return false;
        const Type *t = fe_type(ev, s->node);
        x = fe_broadcast_to(ev, x, &t->shape, u->loc);
        NodeId in[2] = {s->node, x};
        if (!x || !(s->assign = ir_add(ev->g, OP_ASSIGN, in, 2, NULL, NULL, u->loc))) return false;
        s->update = x;
    }
    return true;
}

bool fe_build_recipe(Eval *ev)
{
    if (!fe_eval_constants(ev) || !read_train(ev) || !read_schedules(ev) || !read_crops(ev))
        return false;
    const YNode *opt = recipe_need(ev, "optimizer");
    if (!opt || !read_networks(ev) || !read_state(ev)) return false;
    Scope results = {.parent = &ev->globals};
    return fe_recipe_evaluate(ev, &results) && fe_recipe_losses(ev, &results) &&
           update_state(ev, &results) && fe_recipe_optimizer(ev, opt);
}
