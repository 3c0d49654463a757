/* losses.c — per-crop evaluation, losses over crop pairings, optimizer.
 *
 * Expects the recipe's globals (constants, schedules, state, student and
 * teacher instances) and crop sets.  `evaluate` entries run a statement
 * once per crop set with `x` bound to the set's batch (crop-major, so rows
 * [c*batch, (c+1)*batch) are crop c) and split every result per crop into a
 * per-crop value.  A loss binds crop variables (`over: {a: global, v: all}`)
 * to every combination of crops, skipping combinations that repeat a crop
 * when `distinct` is set, and averages its scalar expression over them.
 * The optimizer section is configuration for the step pass, plus the
 * weight-decay rule that tags parameters (spec 5.1). */
#include "frontend/frontend.h"

#include <string.h>

static int64_t total_crops(const Model *m)
{
    return m->ncrops ? m->crops[m->ncrops - 1].first + m->crops[m->ncrops - 1].count : 0;
}

static int find_set(Eval *ev, const YNode *n)
{
    for (uint32_t i = 0; i < ev->m->ncrops; i++)
        if (!strcmp(ev->m->crops[i].name, n->str)) return (int)i;
    char words[512] = "", buf[64];
    for (uint32_t i = 0; i < ev->m->ncrops; i++) {
        strncat(words, ev->m->crops[i].name, sizeof words - strlen(words) - 2);
        strcat(words, " ");
    }
    const char *s = fe_suggest(n->str, words, buf, sizeof buf);
    cx_error(ev->cx, n->loc, "no crop set named '%s'%s%s%s", n->str, s ? "; did you mean '" : "",
             s ? s : "", s ? "'?" : "");
    return -1;
}

/* `all`, one set name, or a list of them -> a mask over crop sets. */
static bool read_sets(Eval *ev, const YNode *n, bool *mask)
{
    memset(mask, 0, ev->m->ncrops * sizeof *mask);
    if (n->kind == Y_SCALAR && !strcmp(n->str, "all")) {
        for (uint32_t i = 0; i < ev->m->ncrops; i++) mask[i] = true;
        return true;
    }
    uint32_t cnt = n->kind == Y_SEQ ? n->n : 1;
    for (uint32_t i = 0; i < cnt; i++) {
        const YNode *x = n->kind == Y_SEQ ? n->items[i] : n;
        if (!fe_expect(ev->cx, x, Y_SCALAR, "a crop set name")) return false;
        int s = find_set(ev, x);
        if (s < 0) return false;
        mask[s] = true;
    }
    return true;
}

/* ------------------------------------------------------------ evaluate */

static bool store_crops(Eval *ev, Scope *results, const char *name, SrcLoc loc,
                        const FeCropSet *c, NodeId v, bool first_set)
{
    const Type *t = fe_type(ev, v);
    int64_t B = ev->m->batch, n = total_crops(ev->m);
    if (t->shape.rank < 1 || t->shape.dim[0] != c->count * B) {
        char ts[128];
        cx_error(ev->cx, loc, "'%s' must have %lld rows (crops x batch) on crop set '%s', got %s",
                 name, (long long)(c->count * B), c->name, type_str(t, ts, sizeof ts));
        return false;
    }
    const Value *old = fe_scope_get(results, name);
    Value cv;
    if (first_set || !old) {
        if (old && first_set) {
            cx_error(ev->cx, loc, "duplicate name '%s'", name);
            return false;
        }
        cv = (Value){.k = V_CROPS, .n = (uint32_t)n};
        if (!(cv.items = arena_alloc(ev->arena, (size_t)n * sizeof *cv.items))) return false;
        if (!fe_scope_set(ev, results, name, cv, loc, true)) return false;
    } else {
        cv = *old;
    }
    for (int64_t i = 0; i < c->count; i++) {
        NodeId x = v;
        if (c->count > 1) {
            int64_t lo[IR_MAX_RANK] = {0}, hi[IR_MAX_RANK];
            for (int d = 0; d < t->shape.rank; d++) hi[d] = t->shape.dim[d];
            lo[0] = i * B, hi[0] = (i + 1) * B;
            if (!(x = ir_slice(ev->g, v, lo, hi, loc))) return false;
        }
        cv.items[c->first + i] = fe_v_tensor(x);
    }
    return true;
}

static bool eval_on_set(Eval *ev, Scope *results, const Stmt *st, const FeCropSet *c, bool first)
{
    Scope s = {.parent = &ev->globals};
    Value v;
    if (!fe_scope_set(ev, &s, "x", fe_v_tensor(c->input), st->loc, true) ||
        !fe_eval(ev, &s, st->e, &v))
        return false;
    bool tuple = st->ntargets > 1;
    if (tuple && (v.k != V_TUPLE || v.n != st->ntargets)) {
        cx_error(ev->cx, st->tloc[0], "%u names on the left, but the value is not a tuple of %u",
                 st->ntargets, st->ntargets);
        return false;
    }
    for (uint32_t i = 0; i < st->ntargets; i++) {
        const Value *x = tuple ? &v.items[i] : &v;
        NodeId id = fe_to_tensor(ev, x, st->tloc[i], "an evaluated value");
        if (!id || !store_crops(ev, results, st->targets[i], st->tloc[i], c, id, first))
            return false;
    }
    return true;
}

static bool run_evaluate(Eval *ev, Scope *results, const YNode *e)
{
    if (!fe_expect(ev->cx, e, Y_MAP, "an evaluate entry") ||
        !fe_map_check_keys(ev->cx, e, "an evaluate entry", "on do"))
        return false;
    const YNode *on = fe_map_get(e, "on"), *dn = fe_map_get(e, "do");
    if (!on || !dn) {
        cx_error(ev->cx, e->loc, "an evaluate entry needs 'on' and 'do'");
        return false;
    }
    bool mask[256];
    if (ev->m->ncrops > 256) return false;
    Stmt *st = fe_parse_stmt(ev->cx, ev->arena, dn);
    if (!st || !read_sets(ev, on, mask)) return false;
    if (st->k != S_ASSIGN) {
        cx_error(ev->cx, st->loc, "'do' must assign its results to names");
        return false;
    }
    bool first = true;
    for (uint32_t i = 0; i < ev->m->ncrops; i++) {
        if (!mask[i]) continue;
        if (!eval_on_set(ev, results, st, &ev->m->crops[i], first)) return false;
        first = false;
    }
    return true;
}

bool fe_recipe_evaluate(Eval *ev, Scope *results)
{
    const YNode *e = fe_recipe_get(ev, "evaluate");
    if (!e) {
        cx_error(ev->cx, ev->prog->recipes[ev->prog->nrecipes - 1]->loc,
                 "the model has no 'evaluate' section");
        return false;
    }
    if (!fe_expect(ev->cx, e, Y_SEQ, "'evaluate'")) return false;
    for (uint32_t i = 0; i < e->n; i++)
        if (!run_evaluate(ev, results, e->items[i])) return false;
    return true;
}

/* ------------------------------------------------------------ losses */

enum { MAX_VARS = 4 };

typedef struct Pairing {
    const char *var[MAX_VARS];
    SrcLoc loc[MAX_VARS];
    int64_t *crops[MAX_VARS]; /* crop indices each variable ranges over */
    int64_t ncrops[MAX_VARS];
    int nvars;
    bool distinct;
} Pairing;

static bool read_over(Eval *ev, const YNode *over, Pairing *p)
{
    if (!fe_expect(ev->cx, over, Y_MAP, "'over'")) return false;
    if (over->n / 2 < 1 || over->n / 2 > MAX_VARS) {
        cx_error(ev->cx, over->loc, "'over' binds 1 to %d crop variables", MAX_VARS);
        return false;
    }
    bool mask[256];
    for (uint32_t i = 0; i + 1 < over->n; i += 2) {
        int k = p->nvars++;
        p->var[k] = over->items[i]->str;
        p->loc[k] = over->items[i]->loc;
        if (!read_sets(ev, over->items[i + 1], mask)) return false;
        p->crops[k] = arena_alloc(ev->arena, (size_t)(total_crops(ev->m) + 1) * sizeof(int64_t));
        if (!p->crops[k]) return false;
        for (uint32_t s = 0; s < ev->m->ncrops; s++)
            for (int64_t c = 0; mask[s] && c < ev->m->crops[s].count; c++)
                p->crops[k][p->ncrops[k]++] = ev->m->crops[s].first + c;
    }
    return true;
}

static bool term_value(Eval *ev, Scope *s, const Expr *e, NodeId *out)
{
    Value v;
    if (!fe_eval(ev, s, e, &v)) return false;
    NodeId x = fe_to_tensor(ev, &v, e->loc, "a loss");
    if (!x) return false;
    const Type *t = fe_type(ev, x);
    if (t->shape.rank != 0) {
        char ts[128];
        cx_error(ev->cx, e->loc, "a loss must be a scalar, got %s", type_str(t, ts, sizeof ts));
        return false;
    }
    *out = x;
    return true;
}

/* Sums the expression over every combination of crop variables. */
static bool sum_pairs(Eval *ev, Scope *results, const Pairing *p, const Expr *e, NodeId *sum,
                      int64_t *npairs)
{
    int64_t idx[MAX_VARS] = {0};
    *sum = 0, *npairs = 0;
    for (int k = 0; k < p->nvars; k++)
        if (!p->ncrops[k]) return true;
    for (;;) {
        bool skip = false;
        for (int a = 0; a < p->nvars && p->distinct; a++)
            for (int b = a + 1; b < p->nvars; b++)
                skip |= p->crops[a][idx[a]] == p->crops[b][idx[b]];
        if (!skip) {
            Scope s = {.parent = results};
            for (int k = 0; k < p->nvars; k++) {
                Value cv = {.k = V_CROPIDX, .i = p->crops[k][idx[k]]};
                if (!fe_scope_set(ev, &s, p->var[k], cv, p->loc[k], true)) return false;
            }
            NodeId t;
            if (!term_value(ev, &s, e, &t)) return false;
            *sum = *sum ? ir_binary(ev->g, OP_ADD, *sum, t, e->loc) : t;
            if (!*sum) return false;
            (*npairs)++;
        }
        int k = p->nvars - 1;
        while (k >= 0 && ++idx[k] == p->ncrops[k]) idx[k--] = 0;
        if (k < 0) return true;
    }
}

static bool read_loss(Eval *ev, Scope *results, const YNode *k, const YNode *v, FeLoss *l)
{
    if (!fe_expect(ev->cx, v, Y_MAP, "a loss") ||
        !fe_map_check_keys(ev->cx, v, "a loss", "weight over distinct expr"))
        return false;
    const YNode *over = fe_map_get(v, "over"), *ex = fe_map_get(v, "expr");
    const YNode *w = fe_map_get(v, "weight"), *d = fe_map_get(v, "distinct");
    if (!over || !ex) {
        cx_error(ev->cx, v->loc, "loss '%s' needs 'over' and 'expr'", k->str);
        return false;
    }
    Pairing p = {0};
    *l = (FeLoss){.name = arena_strdup(&ev->m->arena, k->str), .weight = 1, .loc = k->loc};
    if (w && !fe_node_num(ev, w, "weight", &l->weight)) return false;
    if (d) {
        Value dv;
        int64_t di;
        if (!fe_node_value(ev, &ev->globals, d, &dv) || !fe_to_int(ev, &dv, d->loc, "distinct", &di))
            return false;
        p.distinct = di != 0;
    }
    Expr *e = fe_parse_expr(ev->cx, ev->arena, ex);
    NodeId sum;
    if (!e || !read_over(ev, over, &p) || !sum_pairs(ev, results, &p, e, &sum, &l->npairs))
        return false;
    if (!l->npairs) {
        cx_error(ev->cx, over->loc, "loss '%s' has no crop pairing", k->str);
        return false;
    }
    NodeId n = ir_scalar(ev->g, DT_F32, (double)l->npairs, k->loc);
    l->value = n ? ir_binary(ev->g, OP_DIV, sum, n, k->loc) : 0;
    char name[160];
    snprintf(name, sizeof name, "loss.%s", k->str);
    Attrs a = {.name = name};
    return l->value && ir_add(ev->g, OP_OUTPUT, &l->value, 1, &a, NULL, k->loc);
}

bool fe_recipe_losses(Eval *ev, Scope *results)
{
    const YNode *m = fe_recipe_get(ev, "losses");
    if (!m) {
        cx_error(ev->cx, ev->prog->recipes[ev->prog->nrecipes - 1]->loc,
                 "the model has no 'losses' section");
        return false;
    }
    if (!fe_expect(ev->cx, m, Y_MAP, "'losses'")) return false;
    NodeId total = 0;
    for (uint32_t i = 0; i + 1 < m->n; i += 2) {
        FeLoss *p = fe_grow_table(ev, ev->m->losses, ev->m->nlosses, sizeof *p);
        if (!p) return false;
        ev->m->losses = p;
        FeLoss *l = &p[ev->m->nlosses];
        if (!read_loss(ev, results, m->items[i], m->items[i + 1], l)) return false;
        ev->m->nlosses++;
        NodeId w = ir_scalar(ev->g, DT_F32, l->weight, l->loc);
        NodeId t = w ? ir_binary(ev->g, OP_MUL, l->value, w, l->loc) : 0;
        total = total && t ? ir_binary(ev->g, OP_ADD, total, t, l->loc) : t;
        if (!total) return false;
    }
    if (!total) {
        cx_error(ev->cx, m->loc, "'losses' is empty");
        return false;
    }
    Attrs a = {.name = "loss"};
    ev->m->loss = total;
    return ir_add(ev->g, OP_OUTPUT, &total, 1, &a, NULL, m->loc) != 0;
}

/* ------------------------------------------------------------ optimizer */

static bool ends_with(const char *s, const char *suf)
{
    size_t a = strlen(s), b = strlen(suf);
    return a >= b && !strcmp(s + a - b, suf);
}

/* spec 5.1: names ending in a suffix, or tensors of rank <= max_rank. */
static bool apply_no_decay(Eval *ev, const YNode *r)
{
    if (!fe_expect(ev->cx, r, Y_MAP, "'no_weight_decay'") ||
        !fe_map_check_keys(ev->cx, r, "'no_weight_decay'", "suffix max_rank"))
        return false;
    const YNode *suf = fe_map_get(r, "suffix"), *mr = fe_map_get(r, "max_rank");
    int64_t max_rank = -1;
    if (suf && !fe_expect(ev->cx, suf, Y_SEQ, "'suffix'")) return false;
    if (mr) {
        double x;
        if (!fe_node_num(ev, mr, "max_rank", &x)) return false;
        max_rank = (int64_t)x;
    }
    for (uint32_t i = 0; i < ev->m->nparams; i++) {
        FeParam *p = &ev->m->params[i];
        bool hit = p->type.shape.rank <= max_rank;
        for (uint32_t j = 0; suf && j < suf->n; j++)
            hit |= suf->items[j]->kind == Y_SCALAR && ends_with(p->name, suf->items[j]->str);
        if (!hit) continue;
        p->tags |= TAG_NO_WEIGHT_DECAY;
        ev->g->nodes[p->node].a.tags |= TAG_NO_WEIGHT_DECAY;
    }
    return true;
}

static bool read_betas(Eval *ev, const YNode *b, FeOptimizer *o)
{
    if (!fe_expect(ev->cx, b, Y_SEQ, "'betas'")) return false;
    if (b->n != 2) {
        cx_error(ev->cx, b->loc, "'betas' is [beta1, beta2]");
        return false;
    }
    if (!fe_node_num(ev, b->items[0], "beta1", &o->beta1) ||
        !fe_node_num(ev, b->items[1], "beta2", &o->beta2))
        return false;
    if (!(o->beta1 >= 0 && o->beta1 < 1 && o->beta2 >= 0 && o->beta2 < 1)) {
        cx_error(ev->cx, b->loc, "betas must be in [0, 1)");
        return false;
    }
    return true;
}

bool fe_recipe_optimizer(Eval *ev, const YNode *opt)
{
    FeOptimizer *o = &ev->m->opt;
    if (!fe_expect(ev->cx, opt, Y_MAP, "'optimizer'") ||
        !fe_map_check_keys(ev->cx, opt, "'optimizer'",
                           "type lr weight_decay betas eps clip_grad no_weight_decay"))
        return false;
    const YNode *type = fe_map_get(opt, "type"), *lr = fe_map_get(opt, "lr");
    const YNode *wd = fe_map_get(opt, "weight_decay"), *b = fe_map_get(opt, "betas");
    const YNode *nd = fe_map_get(opt, "no_weight_decay"), *eps = fe_map_get(opt, "eps");
    const YNode *clip = fe_map_get(opt, "clip_grad");
    if (!type || !lr || type->kind != Y_SCALAR || strcmp(type->str, "adamw")) {
        cx_error(ev->cx, type ? type->loc : opt->loc, "'optimizer' needs 'type: adamw' and 'lr'");
        return false;
    }
    *o = (FeOptimizer){.type = "adamw", .wd = -1, .beta1 = 0.9, .beta2 = 0.999, .eps = 1e-8};
    if ((o->lr = fe_sched_find(ev, lr, "lr")) < 0) return false;
    if (wd && (o->wd = fe_sched_find(ev, wd, "weight_decay")) < 0) return false;
    if ((b && !read_betas(ev, b, o)) || (eps && !fe_node_num(ev, eps, "eps", &o->eps)) ||
        (clip && !fe_node_num(ev, clip, "clip_grad", &o->clip_grad)))
        return false;
    if (!(o->eps > 0) || o->clip_grad < 0) {
        cx_error(ev->cx, opt->loc, "eps must be positive and clip_grad not negative");
        return false;
    }
    return !nd || apply_no_decay(ev, nd);
}
