/* schedule.c — the model's tables as the launcher sees them: the bundle's
 * `config` section parsed into an RtConfig, and the schedules of spec 5.3
 * evaluated per iteration.
 *
 * The schedules are evaluated only here: the step graph takes their values
 * as inputs, and the number of iterations per epoch is only known at run
 * time, from the dataset size and the batch.  tests/unit/test_run_schedule.c
 * checks the formula against the spec's test vectors. */
#include "runtime/runtime.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* numpy.linspace(a, b, n)[i], endpoints included. */
static double linspace_at(double a, double b, int64_t n, int64_t i)
{
    return n <= 1 ? a : a + (b - a) * (double)i / (double)(n - 1);
}

double rt_sched_at(const RtSched *s, int64_t epochs, int64_t iters_per_epoch, int64_t epoch, int64_t iter)
{
    int64_t per = s->per_epoch ? 1 : iters_per_epoch;
    int64_t idx = s->per_epoch ? epoch : epoch * iters_per_epoch + iter;
    int64_t nw = s->warmup_epochs * per, total = epochs * per;
    switch (s->kind) {
    case RT_SCHED_CONSTANT: return s->base;
    case RT_SCHED_LINEAR: return idx < nw ? linspace_at(s->start, s->final, nw, idx) : s->final;
    case RT_SCHED_COSINE:
        if (idx < nw) return linspace_at(s->start, s->base, nw, idx);
        if (total <= nw) return s->base;
        return s->final + 0.5 * (s->base - s->final) * (1 + cos(M_PI * (double)(idx - nw) / (double)(total - nw)));
    }
    return s->base;
}

/* ------------------------------------------------------------- config */

static RtCropSet *crop_named(RtConfig *c, const char *name)
{
    for (int i = 0; i < c->ncrops; i++)
        if (!strcmp(c->crops[i].name, name)) return &c->crops[i];
    return NULL;
}

static bool parse_sched(RtConfig *c, const char *line)
{
    if (c->nsched == RT_MAX_SCHED) return false;
    RtSched *s = &c->sched[c->nsched];
    char kind[16];
    int per, n = sscanf(line, "sched %63s %15s %lf %lf %lf %lld %d", s->name, kind, &s->base, &s->final, &s->start,
                        (long long *)&s->warmup_epochs, &per);
    /* passc writes these; a damaged or edited bundle must not train on a
     * schedule it did not ask for */
    if (n != 7 || !isfinite(s->base) || !isfinite(s->final) || !isfinite(s->start) || s->warmup_epochs < 0 ||
        (strcmp(kind, "cosine") && strcmp(kind, "linear") && strcmp(kind, "constant")))
        return false;
    s->kind = !strcmp(kind, "cosine") ? RT_SCHED_COSINE : !strcmp(kind, "linear") ? RT_SCHED_LINEAR
                                                                                  : RT_SCHED_CONSTANT;
    s->per_epoch = per != 0;
    c->nsched++;
    return true;
}

static bool parse_crop(RtConfig *c, const char *line)
{
    if (c->ncrops == RT_MAX_CROPSETS) return false;
    RtCropSet *s = &c->crops[c->ncrops];
    if (sscanf(line, "crop %63s %d %d %lf %lf", s->name, &s->count, &s->size, &s->scale_lo, &s->scale_hi) != 5 ||
        s->count < 1 || s->count > RT_MAX_CROPS || s->size < 1 || !(s->scale_lo > 0) || !(s->scale_lo <= s->scale_hi) ||
        !isfinite(s->scale_hi))
        return false;
    c->ncrops++;
    return true;
}

static bool parse_crop_aug(RtConfig *c, const char *line)
{
    char name[64];
    int j;
    double p[5];
    if (sscanf(line, "crop_aug %63s %d %lf %lf %lf %lf %lf", name, &j, &p[0], &p[1], &p[2], &p[3], &p[4]) != 7)
        return false;
    RtCropSet *s = crop_named(c, name);
    if (!s || j < 0 || j >= s->count) return false;
    for (int i = 0; i < 5; i++)
        if (!(p[i] >= 0 && p[i] <= 1)) return false; /* probabilities (NaN fails too) */
    memcpy(s->p[j], p, sizeof p);
    return true;
}

static bool parse_line(RtConfig *c, const char *line)
{
    char word[32] = "";
    sscanf(line, "%31s", word);
    if (!strcmp(word, "model")) return sscanf(line, "model %127s", c->model) == 1;
    if (!strcmp(word, "source")) return sscanf(line, "source %511s", c->source) == 1;
    if (!strcmp(word, "batch")) return sscanf(line, "batch %lld", (long long *)&c->batch) == 1 && c->batch > 0;
    if (!strcmp(word, "epochs")) return sscanf(line, "epochs %lld", (long long *)&c->epochs) == 1 && c->epochs > 0;
    if (!strcmp(word, "sched")) return parse_sched(c, line);
    if (!strcmp(word, "crop")) return parse_crop(c, line);
    if (!strcmp(word, "crop_aug")) return parse_crop_aug(c, line);
    if (!strcmp(word, "define")) { /* passc's -D, for the recompile line */
        size_t have = strlen(c->defines);
        return snprintf(c->defines + have, sizeof c->defines - have, "%s%s", have ? " " : "", line + 7) <
               (int)(sizeof c->defines - have);
    }
    if (!strcmp(word, "loss")) {
        if (c->nloss == RT_MAX_LOSSES) return false;
        return sscanf(line, "loss %63s %lf", c->loss[c->nloss].name, &c->loss[c->nloss].weight) == 2 &&
               isfinite(c->loss[c->nloss].weight) && ++c->nloss;
    }
    return true; /* version, const, passc-config: informative */
}

bool rt_config_parse(Ctx *cx, const char *text, size_t len, RtConfig *c)
{
    memset(c, 0, sizeof *c);
    char line[1024];
    size_t at = 0;
    int lineno = 0;
    while (at < len) {
        size_t n = 0;
        while (at < len && text[at] != '\n') {
            if (n + 1 < sizeof line) line[n++] = text[at];
            at++;
        }
        at++;
        line[n] = 0;
        lineno++;
        if (!parse_line(c, line)) {
            cx_error(cx, (SrcLoc){0}, "bundle config line %d is malformed: %s", lineno, line);
            return false;
        }
    }
    if (!c->batch || !c->epochs || !c->ncrops) {
        cx_error(cx, (SrcLoc){0}, "bundle config lacks batch, epochs or crops");
        return false;
    }
    return true;
}

const RtSched *rt_config_sched(const RtConfig *c, const char *name)
{
    for (int i = 0; i < c->nsched; i++)
        if (!strcmp(c->sched[i].name, name)) return &c->sched[i];
    return NULL;
}
