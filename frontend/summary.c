/* summary.c — the parameter table of a model (passc --summary) and the
 * model's lifetime.
 *
 * Expects a Model built by fe_load.  Prints one line per student parameter
 * (name, shape, initialiser, attributes), aligned in columns, then
 * `parameters: N total, M trainable`, where trainable excludes parameters
 * marked `frozen` (spec 5.1: they are not in the optimizer at all).
 * Parameters frozen only for the first epochs count as trainable. */
#include "frontend/frontend.h"

#include <string.h>

void fe_shape_str(const Shape *s, char *buf, size_t n)
{
    size_t used = (size_t)snprintf(buf, n, "[");
    for (int i = 0; i < s->rank && used < n; i++)
        used += (size_t)snprintf(buf + used, n - used, "%s%lld", i ? "," : "", (long long)s->dim[i]);
    if (used < n) snprintf(buf + used, n - used, "]");
}

void fe_param_counts(const Model *m, int64_t *total, int64_t *trainable)
{
    *total = *trainable = 0;
    for (uint32_t i = 0; i < m->nparams; i++) {
        int64_t n = shape_numel(&m->params[i].type.shape);
        *total += n;
        if (!(m->params[i].tags & TAG_FROZEN)) *trainable += n;
    }
}

static void attrs_str(const FeParam *p, char *buf, size_t n)
{
    buf[0] = 0;
    if (p->tags & TAG_NO_WEIGHT_DECAY) strncat(buf, " no_weight_decay", n - strlen(buf) - 1);
    if (p->tags & TAG_FROZEN) strncat(buf, " frozen", n - strlen(buf) - 1);
    if (p->frozen_epochs) {
        size_t l = strlen(buf);
        snprintf(buf + l, n - l, " frozen_for_epochs=%lld", (long long)p->frozen_epochs);
    }
}

bool fe_print_summary(const Model *m, FILE *out)
{
    size_t wname = 4, wshape = 5;
    char shape[160], attrs[96];
    for (uint32_t i = 0; i < m->nparams; i++) {
        fe_shape_str(&m->params[i].type.shape, shape, sizeof shape);
        if (strlen(m->params[i].name) > wname) wname = strlen(m->params[i].name);
        if (strlen(shape) > wshape) wshape = strlen(shape);
    }
    fprintf(out, "%-*s  %-*s  %s\n", (int)wname, "name", (int)wshape, "shape", "init  attributes");
    for (uint32_t i = 0; i < m->nparams; i++) {
        const FeParam *p = &m->params[i];
        fe_shape_str(&p->type.shape, shape, sizeof shape);
        attrs_str(p, attrs, sizeof attrs);
        fprintf(out, "%-*s  %-*s  %s%s\n", (int)wname, p->name, (int)wshape, shape, p->init, attrs);
    }
    int64_t total, trainable;
    fe_param_counts(m, &total, &trainable);
    fprintf(out, "parameters: %lld total, %lld trainable\n", (long long)total, (long long)trainable);
    return !ferror(out);
}

Graph *fe_model_graph(Model *m) { return m->g; }

void fe_model_free(Model *m)
{
    if (!m) return;
    Ctx *cx = m->cx;
    ir_graph_free(m->g);
    cx_free(cx, m->params);
    cx_free(cx, m->state);
    cx_free(cx, m->sched);
    cx_free(cx, m->crops);
    cx_free(cx, m->losses);
    arena_free(&m->arena);
    cx_free(cx, m);
}
