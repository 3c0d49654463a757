/* bench_cuda_step.c — times passc's CUDA training step on the GPU machine
 * (tests/gpu/run.sh builds it with plain gcc from test_cuda_diff's source
 * list: no check, no LLVM, no libyaml there).
 *
 * Expects a step graph dumped by `passc MODEL.yaml --emit=pir` (tests/gpu/
 * make_bench_data.sh).  Compiles it (kir_compile, then the executor's
 * codegen + NVRTC), seeds its leaves with realistic values (leaves.h) and
 * runs the step through three executors in turn, each freed before the
 * next: plain launches (warm-up, then --steps timed steps), per-kernel
 * event timing (warm-up, then 3 steps: the most expensive kernels), and
 * CUDA-graph capture + replay (warm-up, then --steps timed steps).  A
 * step is timed on the host clock around cuda_exec_run, which ends with
 * a stream synchronisation, so launch overhead counts.  Before that it
 * measures the device's f32 GEMM peak in this binary (cuBLASLt 8192^3,
 * COMPUTE_32F without TF32, the path passc's f32 GEMMs take).
 *
 * Prints ms/step (median, p10, p90), img/s (--batch), the step's matmul
 * FLOPs (ir_graph_flops) as TFLOP/s and as MFU against --peak-bf16 and
 * the measured f32 peak, the plan's device memory, and the top kernels
 * (ms, GB/s from the bytes of the buffers each touches, GFLOP/s for
 * GEMMs); with --json PATH also one JSON line there.  --compile-only ARCH
 * needs no GPU: it times kir_compile, the CUDA source generation, NVRTC
 * for sm_ARCH and the leaf generation; with --cache DIR the CUBIN goes to
 * DIR, NVRTC's cache (rt_nvrtc_compile), so that the GPU machine can skip
 * the compile when its NVRTC version and CUDA include path are the same.
 *
 * Exit status: 0 measured, 1 an error, 77 no GPU. */
#define _GNU_SOURCE
#include "codegen/cg_cuda.h"
#include "ir/ir.h"
#include "passes/passes.h"
#include "runtime/cuda.h"
#include "tests/gpu/leaves.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { OK = 0, FAIL = 1, NOGPU = 77, MAX_STEPS = 1000, KTIMED = 3 };

typedef struct Args {
    const char *path, *json, *label, *cache;
    int batch, steps, warmup, top, compile_arch;
    double loop_s;    /* a timed loop stops after this many seconds (>= 5 steps); 0: never */
    double peak_bf16; /* TFLOP/s; 0: unknown */
} Args;

typedef struct Stats {
    double median, p10, p90, mean;
    int n; /* steps timed */
} Stats;

typedef struct Bench {
    Ctx cx;
    Args a;
    Graph *g;
    KernelProgram *p;
    double kir_s, compile_s, f32_peak, flops;
    Stats plain, replay;
    double *kms;   /* per kernel: median ms of the KTIMED timed steps */
    Tensor **leaf; /* per node: its seeded value (leaves only) */
    char why[1024];
} Bench;

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

static int cmp_double(const void *x, const void *y)
{
    double a = *(const double *)x, b = *(const double *)y;
    return (a > b) - (a < b);
}

/* Sorts v in place; p10/p90 by nearest rank. */
static Stats stats_of(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    Stats s = {.median = n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]), .p10 = v[(n - 1) / 10],
               .p90 = v[(n - 1) - (n - 1) / 10], .n = n};
    for (int i = 0; i < n; i++) s.mean += v[i] / n;
    return s;
}

/* ------------------------------------------------------------- leaves */

static bool is_leaf(const Node *n) { return n->op == OP_PARAM || n->op == OP_STATE || n->op == OP_INPUT; }

/* Generates every leaf's seeded value once (about 10 s for the headline
 * graph: three executors then upload the same values). */
static bool make_leaves(Bench *b)
{
    Rng r = {12345};
    b->leaf = cx_alloc(&b->cx, b->g->nnodes * sizeof *b->leaf);
    for (NodeId id = 1; b->leaf && id < b->g->nnodes; id++) {
        const Node *n = ir_node(b->g, id);
        if (is_leaf(n) && !(b->leaf[id] = random_leaf(&b->cx, b->g, n, &r))) return false;
    }
    return b->leaf != NULL;
}

static void free_leaves(Bench *b)
{
    for (NodeId id = 1; b->leaf && id < b->g->nnodes; id++) tensor_free(&b->cx, b->leaf[id]);
    cx_free(&b->cx, b->leaf);
}

static bool set_leaves(const Bench *b, CudaExec *x)
{
    for (NodeId id = 1; id < b->g->nnodes; id++)
        if (b->leaf[id] && !cuda_exec_set(x, id, b->leaf[id])) return false;
    return true;
}

/* ------------------------------------------------------------ f32 peak */

static bool gemm_ms(RtCuda *rt, RtBlasLt *lt, const RtGemm *g, int reps, float *best)
{
    RtCuEvent e0 = NULL, e1 = NULL;
    bool ok = rt_cuda_event_new(rt, &e0) && rt_cuda_event_new(rt, &e1);
    for (int i = 0; ok && i < 3; i++) ok = rt_blaslt_gemm(lt, g);
    *best = 1e30f;
    for (int i = 0; ok && i < reps; i++) {
        float ms = 0;
        ok = rt_cuda_event_record(rt, e0) && rt_blaslt_gemm(lt, g) && rt_cuda_event_record(rt, e1) &&
             rt_cuda_event_ms(rt, e0, e1, &ms);
        if (ms < *best) *best = ms;
    }
    if (e0) rt_cuda_event_free(rt, e0);
    if (e1) rt_cuda_event_free(rt, e1);
    return ok;
}

/* The best of 10 8192^3 f32 GEMMs on random data, in TFLOP/s. */
static bool f32_peak(Bench *b, RtCuda *rt, RtBlasLt *lt)
{
    const int n = 8192;
    size_t elems = (size_t)n * n;
    float *h = malloc(elems * sizeof *h), ms = 0;
    Rng r = {7};
    for (size_t i = 0; h && i < elems; i++) h[i] = (float)(2 * rng_unit(&r) - 1);
    RtGemm g = {.type = RT_GEMM_F32, .m = n, .n = n, .k = n, .alpha = 1};
    bool ok = h && rt_cuda_alloc(rt, elems * 4, &g.a) && rt_cuda_alloc(rt, elems * 4, &g.b) &&
              rt_cuda_alloc(rt, elems * 4, &g.c) && rt_cuda_upload(rt, g.a, h, elems * 4) &&
              rt_cuda_upload(rt, g.b, h, elems * 4) && gemm_ms(rt, lt, &g, 10, &ms);
    if (!ok) snprintf(b->why, sizeof b->why, "f32 peak: %s", h ? rt_blaslt_error(lt) : "out of memory");
    free(h);
    if (g.a) rt_cuda_free(rt, g.a);
    if (g.b) rt_cuda_free(rt, g.b);
    if (g.c) rt_cuda_free(rt, g.c);
    if (ok) b->f32_peak = 2.0 * n * n * (double)n / (ms * 1e-3) / 1e12;
    if (ok) printf("f32 GEMM peak (cuBLASLt 8192^3, COMPUTE_32F, no TF32): %.3f ms, %.1f TFLOP/s\n", ms, b->f32_peak);
    return ok;
}

/* Opens the device for the peak; NOGPU when there is none. */
static int measure_peak(Bench *b)
{
    RtCuda *rt = rt_cuda_open(NULL, 0, b->why, sizeof b->why);
    if (!rt) return NOGPU;
    const RtCudaInfo *in = rt_cuda_info(rt);
    printf("device: %s, sm_%d, %d SMs, %.1f GiB\n", in->name, in->arch, in->sm_count, in->total_mem / 1073741824.0);
    RtBlasLt *lt = rt_blaslt_open(rt, NULL, b->why, sizeof b->why);
    bool ok = lt && f32_peak(b, rt, lt);
    if (lt) rt_blaslt_close(lt);
    rt_cuda_close(rt);
    return ok ? OK : FAIL;
}

/* ---------------------------------------------------------------- steps */

static CudaExec *exec_open(Bench *b, bool graph, bool timing)
{
    CudaExecOptions o = {.cache_dir = getenv("PASSC_CACHE_DIR"), .graph = graph, .timing = timing};
    CudaExec *x = cuda_exec_new(&b->cx, b->p, &o, b->why, sizeof b->why);
    if (x && !b->compile_s) b->compile_s = cuda_exec_compile_seconds(x);
    if (x && !set_leaves(b, x)) {
        snprintf(b->why, sizeof b->why, "cannot set the leaves");
        cuda_exec_free(x);
        return NULL;
    }
    return x;
}

/* Warm-up runs, then the timed steps (host clock around each run): as
 * many as asked, fewer (5 at least) when --loop-seconds runs out, so that
 * a slow build of the step still reports within run.sh's time limit. */
static bool time_steps(Bench *b, bool graph, Stats *out)
{
    CudaExec *x = exec_open(b, graph, false);
    if (!x) return false;
    double ms[MAX_STEPS];
    bool ok = true;
    int n = 0;
    for (int i = 0; ok && i < b->a.warmup; i++) ok = cuda_exec_run(x);
    double start = now_s();
    for (; ok && n < b->a.steps && (n < 5 || !b->a.loop_s || now_s() - start < b->a.loop_s); n++) {
        double t0 = now_s();
        ok = cuda_exec_run(x);
        ms[n] = (now_s() - t0) * 1e3;
    }
    cuda_exec_free(x);
    if (!ok) snprintf(b->why, sizeof b->why, "a %s step failed", graph ? "graph-replay" : "plain");
    if (ok) *out = stats_of(ms, n);
    return ok;
}

/* Per-kernel times: the median over KTIMED event-timed steps. */
static bool time_kernels(Bench *b)
{
    CudaExec *x = exec_open(b, false, true);
    uint32_t nk = b->p->nkernels;
    double *all = x ? calloc((size_t)nk * KTIMED, sizeof *all) : NULL;
    bool ok = all && cuda_exec_run(x);
    for (int s = 0; ok && s < KTIMED; s++) {
        ok = cuda_exec_run(x);
        for (uint32_t k = 0; ok && k < nk; k++) all[(size_t)k * KTIMED + s] = cuda_exec_kernel_ms(x, k);
    }
    for (uint32_t k = 0; ok && k < nk; k++) b->kms[k] = stats_of(all + (size_t)k * KTIMED, KTIMED).median;
    free(all);
    cuda_exec_free(x);
    if (!ok && x) snprintf(b->why, sizeof b->why, "a timed step failed");
    return ok;
}

/* ---------------------------------------------------------------- report */

static uint64_t kernel_bytes(const KernelProgram *p, const Kernel *k)
{
    uint64_t n = 0;
    for (uint32_t j = 0; j < k->nbufs; j++) {
        bool dup = false;
        for (uint32_t i = 0; i < j; i++) dup = dup || k->bufs[i] == k->bufs[j];
        if (!dup) n += p->bufs[k->bufs[j]].bytes;
    }
    return n;
}

/* 2 m n k times the batches of a cuBLASLt kernel; 0 for the others. */
static double kernel_flops(const KernelProgram *p, const Kernel *k)
{
    KGemmPlan g;
    if (cg_cuda_launch(p, k).how != CGC_GEMM || !cg_cuda_gemm_plan(p, k, &g)) return 0;
    double f = 2.0 * (double)g.m * (double)g.n * (double)g.k * (double)g.batch;
    for (int j = 0; j < g.nouter; j++) f *= (double)g.outer_dim[j];
    return f;
}

static uint64_t plan_bytes(const KernelProgram *p)
{
    uint64_t n = 0;
    for (int c = 0; c < KB_COUNT; c++) n += p->plan.arena[c];
    return n;
}

static void print_memory(const KernelProgram *p)
{
    printf("device memory (plan arenas): %.1f MiB =", plan_bytes(p) / 1048576.0);
    for (int c = 0; c < KB_COUNT; c++) printf(" %s %.1f", kir_class_name((KBufClass)c), p->plan.arena[c] / 1048576.0);
    printf(" MiB (live activation bound %.1f MiB)\n", p->plan.act_bound / 1048576.0);
}

static int cmp_kms_desc(const void *x, const void *y, void *ctx)
{
    const double *kms = ctx;
    double a = kms[*(const uint32_t *)x], b = kms[*(const uint32_t *)y];
    return (a < b) - (a > b);
}

/* Kernel indices by descending time (malloc'ed). */
static uint32_t *rank_kernels(const Bench *b)
{
    uint32_t *order = malloc(b->p->nkernels * sizeof *order);
    for (uint32_t k = 0; order && k < b->p->nkernels; k++) order[k] = k;
    if (order) qsort_r(order, b->p->nkernels, sizeof *order, cmp_kms_desc, b->kms);
    return order;
}

static const char *kind_name(KernelKind k) { return k == KK_GEMM ? "gemm" : k == KK_LOOP ? "loop" : "template"; }

static void print_kinds(const Bench *b)
{
    double ms[3] = {0};
    uint32_t n[3] = {0};
    for (uint32_t k = 0; k < b->p->nkernels; k++) ms[b->p->kernels[k].kind] += b->kms[k], n[b->p->kernels[k].kind]++;
    printf("kernel time by kind (event-timed step, %.1f ms in kernels):", ms[0] + ms[1] + ms[2]);
    for (int i = 0; i < 3; i++) printf(" %s %.1f ms (%u)", kind_name((KernelKind)i), ms[i], n[i]);
    printf("\n");
}

static void print_top(const Bench *b, const uint32_t *order)
{
    uint32_t top = (uint32_t)b->a.top < b->p->nkernels ? (uint32_t)b->a.top : b->p->nkernels;
    printf("top %u kernels:\n  %-56s %-8s %8s %9s %9s\n", top, "kernel", "kind", "ms", "GB/s", "GFLOP/s");
    for (uint32_t i = 0; i < top; i++) {
        const Kernel *k = &b->p->kernels[order[i]];
        double s = b->kms[order[i]] * 1e-3, fl = kernel_flops(b->p, k);
        printf("  %-56.56s %-8s %8.3f %9.0f", k->name, kind_name(k->kind), b->kms[order[i]],
               s > 0 ? kernel_bytes(b->p, k) / s / 1e9 : 0);
        if (fl > 0 && s > 0) printf(" %9.0f", fl / s / 1e9);
        printf("\n");
    }
}

static double tflops_at(const Bench *b, double ms) { return ms > 0 ? b->flops / (ms * 1e-3) / 1e12 : 0; }

static void print_row(const Bench *b, const char *what, const Stats *s)
{
    double tf = tflops_at(b, s->median);
    printf("%-13s: %.2f ms/step (p10 %.2f, p90 %.2f, mean %.2f, %d steps)", what, s->median, s->p10, s->p90, s->mean,
           s->n);
    if (b->a.batch > 0) printf(", %.0f img/s", b->a.batch / (s->median * 1e-3));
    printf(", %.1f TFLOP/s", tf);
    if (b->a.peak_bf16 > 0) printf(", MFU %.1f%% of bf16 %.0f", 100 * tf / b->a.peak_bf16, b->a.peak_bf16);
    if (b->f32_peak > 0) printf(", %.1f%% of f32 %.1f", 100 * tf / b->f32_peak, b->f32_peak);
    printf("\n");
}

static void json_stats(FILE *f, const Bench *b, const char *key, const Stats *s)
{
    double tf = tflops_at(b, s->median);
    fprintf(f, "\"%s\": {\"steps\": %d, \"ms_median\": %.3f, \"ms_p10\": %.3f, \"ms_p90\": %.3f, "
               "\"img_per_s\": %.1f, \"tflops\": %.2f, \"mfu_bf16\": %.4f, \"mfu_f32\": %.4f}, ",
            key, s->n, s->median, s->p10, s->p90, b->a.batch > 0 ? b->a.batch / (s->median * 1e-3) : 0, tf,
            b->a.peak_bf16 > 0 ? tf / b->a.peak_bf16 : 0, b->f32_peak > 0 ? tf / b->f32_peak : 0);
}

static void json_top(FILE *f, const Bench *b, const uint32_t *order)
{
    uint32_t top = (uint32_t)b->a.top < b->p->nkernels ? (uint32_t)b->a.top : b->p->nkernels;
    fprintf(f, "\"top\": [");
    for (uint32_t i = 0; order && i < top; i++) {
        const Kernel *k = &b->p->kernels[order[i]];
        double s = b->kms[order[i]] * 1e-3;
        fprintf(f, "%s{\"kernel\": \"%s\", \"kind\": \"%s\", \"ms\": %.4f, \"gbs\": %.1f, \"gflops\": %.1f}",
                i ? ", " : "", k->name, kind_name(k->kind), b->kms[order[i]],
                s > 0 ? kernel_bytes(b->p, k) / s / 1e9 : 0, s > 0 ? kernel_flops(b->p, k) / s / 1e9 : 0);
    }
    fprintf(f, "]");
}

/* One JSON line: status "ok" with the numbers, else the reason. */
static bool write_json(const Bench *b, const char *status, const uint32_t *order)
{
    if (!b->a.json) return true;
    FILE *f = fopen(b->a.json, "w");
    if (!f) return false;
    fprintf(f, "{\"label\": \"%s\", \"pir\": \"%s\", \"status\": \"%s\", ", b->a.label, b->a.path, status);
    if (strcmp(status, "ok")) {
        char why[1024];
        snprintf(why, sizeof why, "%s", b->why);
        for (char *c = why; *c; c++) *c = *c == '"' || *c == '\\' || (unsigned char)*c < 32 ? '\'' : *c;
        fprintf(f, "\"error\": \"%s\"}\n", why);
        return fclose(f) == 0;
    }
    fprintf(f, "\"batch\": %d, \"kernels\": %u, \"gemms\": %u, \"kir_s\": %.2f, \"compile_s\": %.2f, "
               "\"gflop_per_step\": %.1f, \"peak_bf16\": %.1f, \"peak_f32\": %.1f, \"mem_bytes\": %llu, "
               "\"act_bytes\": %llu, ",
            b->a.batch, b->p->nkernels, kir_count(b->p, KK_GEMM), b->kir_s, b->compile_s, b->flops / 1e9,
            b->a.peak_bf16, b->f32_peak, (unsigned long long)plan_bytes(b->p),
            (unsigned long long)b->p->plan.arena[KB_ACT]);
    json_stats(f, b, "graph", &b->replay);
    json_stats(f, b, "plain", &b->plain);
    json_top(f, b, order);
    fprintf(f, "}\n");
    return fclose(f) == 0;
}

/* ----------------------------------------------------------------- main */

static bool load(Bench *b)
{
    size_t len = 0;
    char *text = gpu_read_file(b->a.path, &len);
    if (!text) snprintf(b->why, sizeof b->why, "cannot read %s", b->a.path);
    b->g = text ? ir_parse(&b->cx, b->a.path, text, len) : NULL;
    free(text);
    bool ok = b->g && ir_verify(&b->cx, b->g);
    double t0 = now_s();
    ok = ok && kir_compile(&b->cx, b->g, NULL, &b->p);
    b->kir_s = now_s() - t0;
    if (!ok && !b->why[0]) snprintf(b->why, sizeof b->why, "%s: parse/verify/kir_compile failed", b->a.path);
    if (!ok) return false;
    b->flops = ir_graph_flops(b->g);
    b->kms = cx_alloc(&b->cx, (b->p->nkernels + 1) * sizeof *b->kms);
    printf("%s: %u nodes, %u kernels (%u loop, %u gemm, %u template), kir_compile %.2f s, %.1f GFLOP of matmuls "
           "per step\n",
           b->a.path, b->g->nnodes - 1, b->p->nkernels, kir_count(b->p, KK_LOOP), kir_count(b->p, KK_GEMM),
           kir_count(b->p, KK_TEMPLATE), b->kir_s, b->flops / 1e9);
    print_memory(b->p);
    return b->kms != NULL;
}

/* --compile-only ARCH: the host side's costs, no GPU needed. */
static int compile_only(Bench *b)
{
    double t0 = now_s();
    char *src = cg_cuda_source(&b->cx, b->p, NULL);
    double t1 = now_s();
    static const char *const extra[] = {"--fmad=false"};
    RtNvrtcOptions no = {.arch = b->a.compile_arch, .cache_dir = b->a.cache ? b->a.cache : "", .extra = extra,
                         .nextra = 1};
    RtCubin cb = {0};
    bool ok = src && rt_nvrtc_compile(src, "bench", &no, &cb, b->why, sizeof b->why);
    double t2 = now_s();
    ok = ok && make_leaves(b);
    printf("CUDA source %.2f s (%.1f KiB), NVRTC sm_%d %.2f s (%d kernels compiled%s), leaves %.2f s\n", t1 - t0,
           src ? strlen(src) / 1024.0 : 0, b->a.compile_arch, t2 - t1, cb.nkernels, cb.from_cache ? ", cached" : "",
           now_s() - t2);
    if (ok && cb.cache_note[0]) printf("cache: %s\n", cb.cache_note);
    if (!ok) printf("error: %.300s\n", b->why);
    cx_free(&b->cx, src);
    rt_cubin_free(&cb);
    return ok ? OK : FAIL;
}

static int measure(Bench *b)
{
    int st = measure_peak(b);
    if (st != OK) return st;
    double t0 = now_s();
    if (!make_leaves(b)) {
        snprintf(b->why, sizeof b->why, "out of memory generating the leaves");
        return FAIL;
    }
    printf("leaves generated in %.2f s\n", now_s() - t0);
    if (!time_steps(b, false, &b->plain)) return FAIL;
    printf("compile (codegen + NVRTC + load) %.2f s\n", b->compile_s);
    print_row(b, "plain", &b->plain);
    if (!time_kernels(b)) return FAIL;
    print_kinds(b);
    if (!time_steps(b, true, &b->replay)) return FAIL;
    print_row(b, "graph replay", &b->replay);
    uint32_t *order = rank_kernels(b);
    if (order) print_top(b, order);
    bool ok = order && write_json(b, "ok", order);
    free(order);
    return ok ? OK : FAIL;
}

static bool parse_args(int argc, char **argv, Args *a)
{
    *a = (Args){.label = "passc", .steps = 20, .warmup = 3, .top = 10};
    for (int i = 1; i < argc; i++) {
        const char *s = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        bool opt = s[0] == '-' && s[1] == '-';
        if (opt && !v) return false;
        if (!opt) a->path = s;
        else if (!strcmp(s, "--batch")) a->batch = atoi(v);
        else if (!strcmp(s, "--steps")) a->steps = atoi(v);
        else if (!strcmp(s, "--warmup")) a->warmup = atoi(v);
        else if (!strcmp(s, "--top")) a->top = atoi(v);
        else if (!strcmp(s, "--loop-seconds")) a->loop_s = atof(v);
        else if (!strcmp(s, "--peak-bf16")) a->peak_bf16 = atof(v);
        else if (!strcmp(s, "--json")) a->json = v;
        else if (!strcmp(s, "--label")) a->label = v;
        else if (!strcmp(s, "--compile-only")) a->compile_arch = atoi(v);
        else if (!strcmp(s, "--cache")) a->cache = v;
        else return false;
        i += opt;
    }
    return a->path && a->steps >= 1 && a->steps <= MAX_STEPS && a->warmup >= 2 && a->top >= 0;
}

int main(int argc, char **argv)
{
    Bench b = {0};
    if (!parse_args(argc, argv, &b.a)) {
        fprintf(stderr, "usage: bench_cuda_step FILE.pir [--batch N] [--steps N (20)] [--warmup N>=2 (3)] "
                        "[--top N (10)] [--loop-seconds S] [--peak-bf16 TFLOPS] [--json PATH] [--label NAME] [--compile-only ARCH [--cache DIR]]\n");
        return FAIL;
    }
    ctx_init(&b.cx, stdout);
    int st = load(&b) ? (b.a.compile_arch ? compile_only(&b) : measure(&b)) : FAIL;
    if (st != OK && b.cx.nerrors && !b.why[0]) snprintf(b.why, sizeof b.why, "see the diagnostics above");
    if (st != OK) printf("%s: %s\n", st == NOGPU ? "SKIP" : "error", b.why);
    if (st != OK && !b.a.compile_arch) write_json(&b, st == NOGPU ? "skip" : "error", NULL);
    free_leaves(&b);
    cx_free(&b.cx, b.kms);
    kir_free(b.p);
    ir_graph_free(b.g);
    ctx_fini(&b.cx);
    return st;
}
