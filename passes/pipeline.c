/* pipeline.c — the table of passes and the driver loop that runs them,
 * with --passes, --print-after, --print-after-all, --verify-each and
 * --time-passes.  Dumps use the parseable text form with a header line,
 * so any dump can be fed back to `passc --passes=...`. */
#include "passes/passes.h"

#include <string.h>
#include <time.h>

const PassInfo pass_table[] = {
    {"dce", pass_dce, "remove nodes that no assign or output depends on"},
    {"autodiff", pass_autodiff, "add output grad.<param> for every trainable param (loss = output \"loss\")"},
    {"simplify", pass_simplify, "constant folding, algebraic identities, CSE and DCE"},
    {"precision", pass_precision, "bf16 policy: bf16 matmul operands and results, f32 accumulation and the rest"},
    {"colsum", pass_colsum, "f32 sums over leading axes -> ones[1,R] @ x[R,C] (a GEMM)"},
    {"unshare", pass_unshare, "a cheap elementwise value read by several loop kernels: one copy per reader"},
    {"small_matmul", pass_small_matmul, "batched matmuls of at most 4096 multiply-adds per matrix -> reduce_sum of a product"},
    {NULL, NULL, NULL},
};

/* The passes run when --passes is not given. */
static const char *const default_pipeline = "dce,simplify,small_matmul,colsum,simplify,unshare";

const PassInfo *pass_lookup(const char *name, size_t len)
{
    for (const PassInfo *p = pass_table; p->name; p++)
        if (strlen(p->name) == len && !memcmp(p->name, name, len)) return p;
    return NULL;
}

double pass_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static bool run_one(Ctx *cx, Graph *g, const PassInfo *p, const PipelineOptions *o)
{
    double t0 = pass_now_ms();
    bool ok = p->fn(cx, g);
    if (o->time_passes) fprintf(o->dump, "pass %-12s %9.3f ms  %u nodes\n", p->name, pass_now_ms() - t0, g->nnodes - 1);
    if (!ok) return false;
    if (o->verify_each && !ir_verify(cx, g)) {
        cx_error(cx, (SrcLoc){0}, "graph invalid after pass '%s'", p->name);
        return false;
    }
    if (o->print_after_all || (o->print_after && !strcmp(o->print_after, p->name))) {
        fprintf(o->dump, "# after pass %s\n", p->name);
        ir_print(g, o->dump);
    }
    return true;
}

void pass_time_stage(const PipelineOptions *o, const char *name, double t0_ms)
{
    if (o && o->time_passes) fprintf(o->dump, "stage %-11s %9.3f ms\n", name, pass_now_ms() - t0_ms);
}

bool pass_pipeline_run(Ctx *cx, Graph *g, const PipelineOptions *o)
{
    const char *s = o->passes ? o->passes : default_pipeline;
    if (o->print_after && !pass_lookup(o->print_after, strlen(o->print_after))) {
        cx_error(cx, (SrcLoc){0}, "--print-after: unknown pass '%s'", o->print_after);
        return false;
    }
    while (*s) {
        size_t n = strcspn(s, ",");
        const PassInfo *p = pass_lookup(s, n);
        if (!p) {
            cx_error(cx, (SrcLoc){0}, "unknown pass '%.*s'", (int)n, s);
            return false;
        }
        if (!run_one(cx, g, p, o)) return false;
        s += n;
        if (*s == ',') s++;
    }
    return true;
}
