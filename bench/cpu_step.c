/* cpu_step.c — benchmark of one training step on the CPU backend.
 *
 *   cpu_step [model.yaml] [--steps N] [--threads N] [--opt 0|1|2] [--no-interp] [-D name=value ...]
 *
 * Builds the model's training step (default models/vit_tiny_dino_pass.yaml),
 * compiles it (fuse, schedule, memplan, LLVM, LLJIT), fills every leaf
 * with deterministic values and times N steps (after one warm-up step).
 * Prints: compile time, ms/step, the fraction of time in GEMMs, the ten
 * slowest kernels with their GB/s (bytes of their buffers over time) or
 * GFLOP/s (GEMMs), and the reference interpreter's time for the same step,
 * whose ratio is the speed-up.  OpenBLAS runs with the same thread count
 * as the kernel pool. */
#include "runtime/cpu.h"
#include "passes/passes.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct BenchOpts {
    const char *model;
    int steps, threads, opt;
    bool interp;
    const char *defines[16];
    int ndefines;
} BenchOpts;

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

static uint64_t name_hash(const char *s)
{
    uint64_t h = 1469598103934665603ull;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

/* Leaf values as in training: small weights, positive Adam moments,
 * schedules at typical values. */
static double leaf_value(const Node *n, int64_t k)
{
    uint64_t z = name_hash(n->a.name) + (uint64_t)k * 0x9e3779b97f4a7c15ull;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    double u = (double)((z ^ (z >> 31)) >> 11) * 0x1p-53 * 2 - 1;
    const char *name = n->a.name;
    if (!strcmp(name, "sched.lr")) return 1e-3;
    if (!strcmp(name, "sched.temp_t")) return 0.04;
    if (!strncmp(name, "sched.", 6)) return 0.5;
    if (!strcmp(name, "seed")) return 7;
    if (!strcmp(name, "epoch")) return 2;
    if (!strncmp(name, "adam_t.", 7)) return 3;
    if (!strncmp(name, "adam_v.", 7)) return 1e-6 * (1.5 + u);
    if (n->a.init && strstr(n->a.init, "ones")) return 1 + 0.1 * u;
    return n->op == OP_INPUT ? u : 0.05 * u;
}

static bool set_leaves(Ctx *cx, const Graph *g, CpuExec *x, Interp *ip)
{
    for (NodeId id = 1; id < g->nnodes; id++) {
        const Node *n = ir_node(g, id);
        if (n->op != OP_PARAM && n->op != OP_STATE && n->op != OP_INPUT) continue;
        Tensor *t = tensor_new(cx, &n->type);
        if (!t) return false;
        for (int64_t k = 0; k < t->numel; k++) tensor_set(t, k, leaf_value(n, k));
        bool ok = (!x || cpu_exec_set(x, id, t)) && (!ip || ir_interp_set(ip, id, t));
        tensor_free(cx, t);
        if (!ok) return false;
    }
    return true;
}

/* ------------------------------------------------------------- report */

static double gemm_flops(const KernelProgram *p, const Kernel *k)
{
    const Node *n = ir_node(p->g, k->root);
    const Shape *s = &n->type.shape;
    int64_t kk = n->a.ta ? k->ga.dim[k->ga.rank - 2] : k->ga.dim[k->ga.rank - 1];
    return 2.0 * (double)shape_numel(s) * (double)kk;
}

static double kernel_bytes(const KernelProgram *p, const Kernel *k)
{
    double b = 0;
    for (uint32_t j = 0; j < k->nbufs; j++) b += (double)p->bufs[k->bufs[j]].bytes;
    return b;
}

typedef struct KTime {
    uint32_t k;
    double sec;
} KTime;

static int cmp_time(const void *a, const void *b)
{
    const KTime *x = a, *y = b;
    return (x->sec < y->sec) - (x->sec > y->sec);
}

static void report_kernels(const KernelProgram *p, const double *sec, int steps)
{
    KTime *t = calloc(p->nkernels + 1, sizeof *t);
    double total = 0, gemm = 0, loop = 0;
    if (!t) return;
    for (uint32_t k = 0; k < p->nkernels; k++) {
        t[k] = (KTime){k, sec[k] / steps};
        total += t[k].sec;
        gemm += p->kernels[k].kind == KK_GEMM ? t[k].sec : 0;
        loop += p->kernels[k].kind == KK_LOOP ? t[k].sec : 0;
    }
    printf("time in kernels: %.2f ms/step: gemm %.1f%%, loop %.1f%%, template %.1f%%\n", total * 1e3,
           100 * gemm / total, 100 * loop / total, 100 * (total - gemm - loop) / total);
    qsort(t, p->nkernels, sizeof *t, cmp_time);
    printf("slowest kernels (per step):\n");
    for (uint32_t i = 0; i < 10 && i < p->nkernels; i++) {
        const Kernel *k = &p->kernels[t[i].k];
        double s = t[i].sec > 0 ? t[i].sec : 1e-12;
        if (k->kind == KK_GEMM) printf("  %8.3f ms %7.1f GFLOP/s  %s\n", s * 1e3, gemm_flops(p, k) / s * 1e-9, k->name);
        else printf("  %8.3f ms %7.2f GB/s     %s\n", s * 1e3, kernel_bytes(p, k) / s * 1e-9, k->name);
    }
    free(t);
}

/* ---------------------------------------------------------------- main */

static bool parse(int argc, char **argv, BenchOpts *o)
{
    *o = (BenchOpts){.model = PASSC_SOURCE_DIR "/models/vit_tiny_dino_pass.yaml", .steps = 5, .opt = 2, .interp = true};
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--steps") && i + 1 < argc) o->steps = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--threads") && i + 1 < argc) o->threads = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--opt") && i + 1 < argc) o->opt = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--no-interp")) o->interp = false;
        else if (!strcmp(argv[i], "-D") && i + 1 < argc && o->ndefines < 16) o->defines[o->ndefines++] = argv[++i];
        else if (argv[i][0] != '-') o->model = argv[i];
        else {
            fprintf(stderr, "usage: cpu_step [model.yaml] [--steps N] [--threads N] [--opt 0|1|2] [--no-interp] [-D k=v]\n");
            return false;
        }
    }
    if (o->steps < 1) o->steps = 1;
    return true;
}

static bool bench_cpu(Ctx *cx, const KernelProgram *p, const BenchOpts *o, double *ms)
{
    CgOptions co = {.opt_level = o->opt, .threads = o->threads};
    CpuExec *x = cpu_exec_new(cx, p, &co);
    if (!x || !set_leaves(cx, p->g, x, NULL)) return false;
    printf("jit: %.3f s for %u loop kernels; %d threads\n", cpu_exec_compile_seconds(x), kir_count(p, KK_LOOP),
           cpu_exec_threads(x));
    double *sec = calloc(p->nkernels + 1, sizeof *sec);
    bool ok = sec && cpu_exec_run(x); /* warm-up */
    double t0 = now_s();
    for (int s = 0; ok && s < o->steps; s++) {
        ok = cpu_exec_run(x);
        for (uint32_t k = 0; ok && k < p->nkernels; k++) sec[k] += cpu_exec_kernel_seconds(x, k);
    }
    *ms = (now_s() - t0) / o->steps * 1e3;
    if (ok) {
        printf("cpu: %.2f ms/step (mean of %d)\n", *ms, o->steps);
        report_kernels(p, sec, o->steps);
    }
    free(sec);
    cpu_exec_free(x);
    return ok;
}

static bool bench_interp(Ctx *cx, const Graph *g, double *ms)
{
    Interp *ip = ir_interp_new(cx, g, IP_F32);
    bool ok = ip && set_leaves(cx, g, NULL, ip);
    double t0 = now_s();
    ok = ok && ir_interp_run(ip);
    *ms = (now_s() - t0) * 1e3;
    ir_interp_free(ip);
    if (ok) printf("interpreter: %.1f ms/step\n", *ms);
    return ok;
}

int main(int argc, char **argv)
{
    BenchOpts o;
    if (!parse(argc, argv, &o)) return 2;
    Ctx cx;
    ctx_init(&cx, stderr);
    double t0 = now_s();
    Model *m = fe_load(&cx, o.model, o.defines, o.ndefines);
    KernelProgram *p = NULL;
    bool ok = m && pass_step_model(&cx, m) && pass_dce(&cx, m->g) && kir_compile(&cx, m->g, NULL, &p);
    double cpu_ms = 0, ip_ms = 0;
    if (ok) {
        printf("model %s: %u graph nodes, %u kernels (%u loop, %u gemm, %u template), %.4g matmul FLOP/step\n",
               o.model, m->g->nnodes - 1, p->nkernels, kir_count(p, KK_LOOP), kir_count(p, KK_GEMM),
               kir_count(p, KK_TEMPLATE), ir_graph_flops(m->g));
        printf("front end + kernel stages: %.3f s; activation peak %.1f MB\n", now_s() - t0,
               (double)p->plan.act_peak / 1e6);
        ok = bench_cpu(&cx, p, &o, &cpu_ms);
    }
    if (ok && o.interp && (ok = bench_interp(&cx, m->g, &ip_ms)))
        printf("speed-up over the interpreter: %.1fx\n", ip_ms / cpu_ms);
    kir_free(p);
    if (m) fe_model_free(m);
    ctx_fini(&cx);
    return ok ? 0 : 1;
}
