/* test_cuda_runtime.c — the CUDA runtime on a real GPU (a plain main, no
 * check: the GPU machine has no libcheck).  Exit 77 when there is no GPU,
 * 1 when a check fails, 0 otherwise.
 *
 * Checks, each against a CPU reference computed in double:
 *   - NVRTC compiles tests/gpu/kernels_src.h for the device's arch (cold,
 *     then from the cache), the module loads;
 *   - ew_axpb (float4), row_sum (warp shuffles), bf16_gelu (cuda_bf16.h);
 *   - cuBLASLt f32 and bf16 GEMMs with BIAS and GELU_AUX_BIAS, f32 with
 *     DGELU_BGRAD and BGRAD_A, and a strided batch;  cuBLASLt's GELU is
 *     compared with both the tanh approximation and the exact erf GELU and
 *     the table says which it is;
 *   - a CUDA graph capturing two kernels and a GEMM, replayed twice.
 * Then measures the device's peaks for the bench harness: a 4096^3 bf16
 * GEMM (TFLOP/s) and a 1 GiB device-to-device copy (GB/s counting bytes
 * read plus written), medians over timed repeats after warm-up.  Prints
 * a table; with PASSC_PEAKS_JSON set, writes the peaks there as JSON.
 *
 * Build (tests/gpu/run.sh): gcc -O2 -I. -DPASSC_HAVE_NVRTC
 *   -I/usr/local/cuda/include runtime/cuda.c runtime/nvrtc.c runtime/cublaslt.c
 *   tests/gpu/test_cuda_runtime.c -L/usr/local/cuda/lib64 -lnvrtc -ldl -lm */
#define _GNU_SOURCE
#include "runtime/cuda.h"
#include "tests/gpu/kernels_src.h"

#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct T {
    RtCuda *rt;
    RtBlasLt *lt;
    RtCuModule *mod;
    int fails, checks;
    RtCuFunction fn[3]; /* K_AXPB, K_ROW_SUM, K_BF16_GELU */
    char gelu_kind[32];
} T;

enum { K_AXPB, K_ROW_SUM, K_BF16_GELU };
static const char *const kernel_names[3] = {"ew_axpb", "row_sum", "bf16_gelu"};

static void row(T *t, const char *what, bool ok, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void row(T *t, const char *what, bool ok, const char *fmt, ...)
{
    va_list ap;
    char detail[512];
    va_start(ap, fmt);
    vsnprintf(detail, sizeof detail, fmt, ap);
    va_end(ap);
    printf("%-4s  %-34s %s\n", ok ? "ok" : "FAIL", what, detail);
    fflush(stdout);
    t->checks++;
    t->fails += !ok;
}

static double now_ms(void)
{
    struct timespec s;
    clock_gettime(CLOCK_MONOTONIC, &s);
    return s.tv_sec * 1e3 + s.tv_nsec / 1e6;
}

/* ------------------------------------------------------------- helpers */

static uint16_t bf16_from(float f)
{
    uint32_t u;
    memcpy(&u, &f, 4);
    u += 0x7fffu + ((u >> 16) & 1u); /* round to nearest even */
    return (uint16_t)(u >> 16);
}

static float bf16_to(uint16_t h)
{
    uint32_t u = (uint32_t)h << 16;
    float f;
    memcpy(&f, &u, 4);
    return f;
}

/* A deterministic value in [-1, 1). */
static float rnd(uint32_t *s)
{
    *s = *s * 1664525u + 1013904223u;
    return (float)((*s >> 8) & 0xffff) / 32768.0f - 1.0f;
}

static double gelu_erf(double x) { return 0.5 * x * (1.0 + erf(x / sqrt(2.0))); }
static double gelu_tanh(double x)
{
    return 0.5 * x * (1.0 + tanh(0.7978845608028654 * (x + 0.044715 * x * x * x)));
}
static double dgelu_erf(double x)
{
    return 0.5 * (1.0 + erf(x / sqrt(2.0))) + x * exp(-0.5 * x * x) / sqrt(2.0 * M_PI);
}
static double dgelu_tanh(double x)
{
    double u = 0.7978845608028654 * (x + 0.044715 * x * x * x), th = tanh(u);
    return 0.5 * (1.0 + th) + 0.5 * x * (1.0 - th * th) * 0.7978845608028654 *
                                  (1.0 + 3.0 * 0.044715 * x * x);
}

/* Device buffer from host data; exits the check on failure. */
static RtDevPtr up(T *t, const void *h, size_t bytes)
{
    RtDevPtr d = 0;
    if (!rt_cuda_alloc(t->rt, bytes, &d) || (h && !rt_cuda_upload(t->rt, d, h, bytes))) {
        fprintf(stderr, "%s\n", rt_cuda_error(t->rt));
        exit(1);
    }
    return d;
}

static void down(T *t, void *h, RtDevPtr d, size_t bytes)
{
    if (!rt_cuda_download(t->rt, h, d, bytes)) {
        fprintf(stderr, "%s\n", rt_cuda_error(t->rt));
        exit(1);
    }
}

/* Functions are looked up once after the module loads: a lookup is not a
 * stream operation and has no business inside a graph capture. */
static bool launch(T *t, int kernel, unsigned grid, unsigned block, void **args)
{
    unsigned g[3] = {grid, 1, 1}, b[3] = {block, 1, 1};
    return rt_cuda_launch(t->rt, t->fn[kernel], g, b, 0, args);
}

/* -------------------------------------------------------------- kernels */

static bool t_compile(T *t)
{
    const RtCudaInfo *in = rt_cuda_info(t->rt);
    RtNvrtcOptions o = {.arch = in->arch};
    RtCubin c, w;
    char err[8192];
    double t0 = now_ms();
    bool ok = rt_nvrtc_compile(kernels_src, "kernels.cu", &o, &c, err, sizeof err);
    double t1 = now_ms();
    if (!ok) {
        row(t, "nvrtc compile", false, "%s", err);
        return false;
    }
    ok = rt_nvrtc_compile(kernels_src, "kernels.cu", &o, &w, err, sizeof err);
    double t2 = now_ms();
    row(t, "nvrtc compile + cache", ok && w.from_cache && c.nkernels == 3,
        "sm_%d, %d kernels, %s %.1f ms, then %s %.2f ms", in->arch, c.nkernels,
        c.from_cache ? "cached" : "cold", t1 - t0, ok && w.from_cache ? "cached" : "cold", t2 - t1);
    rt_cubin_report(&c, stdout);
    if (ok) rt_cubin_free(&w);
    ok = rt_cuda_module_load(t->rt, c.data, &t->mod);
    for (int i = 0; ok && i < 3; i++)
        ok = rt_cuda_function(t->rt, t->mod, kernel_names[i], &t->fn[i]);
    row(t, "module load", ok, "%s", ok ? "" : rt_cuda_error(t->rt));
    rt_cubin_free(&c);
    return ok;
}

static void t_axpb(T *t)
{
    int n = 1 << 20, n4 = n / 4;
    float s = 1.5f, *a = malloc(n * 4), *b = malloc(n * 4), *o = malloc(n * 4);
    for (int i = 0; i < n; i++) a[i] = (i % 1000) * 0.001f, b[i] = (float)(i % 7) - 3.0f;
    RtDevPtr da = up(t, a, n * 4), db = up(t, b, n * 4), dout = up(t, NULL, n * 4);
    void *args[] = {&dout, &da, &db, &s, &n4};
    bool ok = launch(t, K_AXPB, (n4 + 255) / 256, 256, args);
    double err = 0;
    if (ok) {
        down(t, o, dout, n * 4);
        for (int i = 0; i < n; i++) err = fmax(err, fabs(o[i] - ((double)a[i] * s + b[i])));
    }
    row(t, "ew_axpb float4, 2^20", ok && err < 1e-6, "max err %.2e %s", err,
        ok ? "" : rt_cuda_error(t->rt));
    rt_cuda_free(t->rt, da), rt_cuda_free(t->rt, db), rt_cuda_free(t->rt, dout);
    free(a), free(b), free(o);
}

static void t_row_sum(T *t)
{
    int rows = 1000, cols = 777;
    float *x = malloc((size_t)rows * cols * 4), *o = malloc(rows * 4);
    for (int i = 0; i < rows * cols; i++) x[i] = (float)(i % 17 - 8);
    RtDevPtr dx = up(t, x, (size_t)rows * cols * 4), dout = up(t, NULL, rows * 4);
    void *args[] = {&dout, &dx, &rows, &cols};
    bool ok = launch(t, K_ROW_SUM, (rows + 7) / 8, 256, args);
    int bad = 0;
    if (ok) {
        down(t, o, dout, rows * 4);
        for (int r = 0; r < rows; r++) {
            double want = 0; /* small integers: the sum is exact in any order */
            for (int c = 0; c < cols; c++) want += x[r * cols + c];
            bad += o[r] != (float)want;
        }
    }
    row(t, "row_sum shuffles, 1000x777", ok && bad == 0, "%d rows wrong %s", bad,
        ok ? "" : rt_cuda_error(t->rt));
    rt_cuda_free(t->rt, dx), rt_cuda_free(t->rt, dout);
    free(x), free(o);
}

static void t_bf16_gelu(T *t)
{
    int n = 4096;
    uint16_t *x = malloc(n * 2), *o = malloc(n * 2);
    for (int i = 0; i < n; i++) x[i] = bf16_from((float)(i - 2048) / 512.0f);
    RtDevPtr dx = up(t, x, n * 2), dout = up(t, NULL, n * 2);
    void *args[] = {&dout, &dx, &n};
    bool ok = launch(t, K_BF16_GELU, (n + 255) / 256, 256, args);
    double err = 0;
    if (ok) {
        down(t, o, dout, n * 2);
        for (int i = 0; i < n; i++) {
            double want = gelu_erf(bf16_to(x[i]));
            err = fmax(err, fabs(bf16_to(o[i]) - want) / (fabs(want) + 1e-2));
        }
    }
    row(t, "bf16_gelu (cuda_bf16.h)", ok && err < 1.0 / 128, "max rel err %.2e %s", err,
        ok ? "" : rt_cuda_error(t->rt));
    rt_cuda_free(t->rt, dx), rt_cuda_free(t->rt, dout);
    free(x), free(o);
}

/* ---------------------------------------------------------------- GEMMs */

typedef struct GemmCase {
    const char *name;
    RtGemmType type;
    RtEpilogue epi;
    int m, n, k, batch;
    bool ta, tb;
    bool c_f32; /* bf16 A, B with an f32 C (colsum's sums of widened bf16 values) */
    int ldc;    /* C's rows ldc apart, 0 = n (one head of P @ V written into [tokens, heads * dim]
                 * rows: the executor's batch is then the images, m * ldc apart) */
    bool bias_f32; /* the bias (gradient) in f32 with a bf16 C (BIAS_DATA_TYPE) */
} GemmCase;

static float elem(const float *X, bool trans, int rows, int cols, int i, int j)
{
    return trans ? X[(size_t)j * rows + i] : X[(size_t)i * cols + j]; /* op(X)[i][j] */
}

/* Host data -> device in the case's type. */
static RtDevPtr up_typed(T *t, const float *h, size_t n, RtGemmType type)
{
    if (type == RT_GEMM_F32) return up(t, h, n * 4);
    uint16_t *b = malloc(n * 2);
    for (size_t i = 0; i < n; i++) b[i] = bf16_from(h[i]);
    RtDevPtr d = up(t, b, n * 2);
    free(b);
    return d;
}

static void down_typed(T *t, float *h, RtDevPtr d, size_t n, RtGemmType type)
{
    if (type == RT_GEMM_F32) {
        down(t, h, d, n * 4);
        return;
    }
    uint16_t *b = malloc(n * 2);
    down(t, b, d, n * 2);
    for (size_t i = 0; i < n; i++) h[i] = bf16_to(b[i]);
    free(b);
}

static void fill(float *x, size_t n, uint32_t seed, float scale, RtGemmType type)
{
    for (size_t i = 0; i < n; i++) {
        x[i] = rnd(&seed) * scale;
        if (type == RT_GEMM_BF16) x[i] = bf16_to(bf16_from(x[i])); /* what the GPU sees */
    }
}

typedef struct GemmData {
    float *a, *b, *bias, *aux, *c, *bias_out, *aux_out;
    size_t na, nb, nc;
    int nbias;
} GemmData;

/* err = max |got - want| / (1 + |want|) over one output of the case, for
 * the exact (erf) GELU when erf, else the tanh approximation. */
static double gemm_err(const GemmCase *g, const GemmData *d, bool erf_gelu)
{
    double err = 0, colsum[4096] = {0}, rowsum[4096] = {0};
    int M = g->m, N = g->n, K = g->k, B = g->batch > 1 ? g->batch : 1;
    for (int bt = 0; bt < B; bt++)
        for (int i = 0; i < M; i++)
            for (int j = 0; j < N; j++) {
                const float *A = d->a + (size_t)bt * M * K, *Bm = d->b + (size_t)bt * K * N;
                double dot = 0, want;
                for (int k = 0; k < K; k++)
                    dot += (double)elem(A, g->ta, M, K, i, k) * elem(Bm, g->tb, K, N, k, j);
                double pre = dot + (g->epi == RT_EPI_NONE || g->epi == RT_EPI_DGELU_BGRAD ||
                                            g->epi == RT_EPI_BGRAD_A
                                        ? 0.0
                                        : d->bias[j]);
                switch (g->epi) {
                case RT_EPI_GELU_BIAS:
                case RT_EPI_GELU_AUX_BIAS:
                    want = erf_gelu ? gelu_erf(pre) : gelu_tanh(pre);
                    break;
                case RT_EPI_DGELU_BGRAD: {
                    double x = d->aux[(size_t)i * N + j];
                    want = dot * (erf_gelu ? dgelu_erf(x) : dgelu_tanh(x));
                    break;
                }
                default: want = pre;
                }
                size_t o = (size_t)bt * M * N + (size_t)i * N + j;
                err = fmax(err, fabs(d->c[o] - want) / (1 + fabs(want)));
                if (g->epi == RT_EPI_GELU_AUX_BIAS)
                    err = fmax(err, fabs(d->aux_out[o] - pre) / (1 + fabs(pre)));
                colsum[j] += want;
            }
    if (g->epi == RT_EPI_BGRAD_A)
        for (int i = 0; i < M; i++) {
            for (int k = 0; k < K; k++) rowsum[i] += elem(d->a, g->ta, M, K, i, k);
            err = fmax(err, fabs(d->bias_out[i] - rowsum[i]) / (1 + fabs(rowsum[i])));
        }
    if (g->epi == RT_EPI_DGELU_BGRAD)
        for (int j = 0; j < N; j++)
            err = fmax(err, fabs(d->bias_out[j] - colsum[j]) / (1 + fabs(colsum[j])));
    return err;
}

static void gemm_inputs(const GemmCase *g, GemmData *d)
{
    int B = g->batch > 1 ? g->batch : 1;
    d->na = (size_t)B * g->m * g->k, d->nb = (size_t)B * g->k * g->n;
    d->nc = (size_t)B * g->m * g->n;
    d->nbias = g->epi == RT_EPI_BGRAD_A ? g->m : g->n;
    d->a = malloc(d->na * 4), d->b = malloc(d->nb * 4), d->c = calloc(d->nc, 4);
    d->bias = malloc(d->nbias * 4), d->bias_out = calloc(d->nbias, 4);
    d->aux = malloc(d->nc * 4), d->aux_out = calloc(d->nc, 4);
    fill(d->a, d->na, 1, 1.0f, g->type);
    fill(d->b, d->nb, 2, 1.0f, g->type);
    fill(d->bias, d->nbias, 3, 1.0f, g->type);
    fill(d->aux, d->nc, 4, 3.0f, g->type); /* dGELU inputs in [-3, 3) */
}

/* Runs and checks case g; whether cuBLASLt ran it (made a plan). */
static bool gemm_case(T *t, const GemmCase *g)
{
    GemmData d;
    gemm_inputs(g, &d);
    bool aux_in = g->epi == RT_EPI_DGELU_BGRAD;
    RtGemmType ct = g->c_f32 ? RT_GEMM_F32 : g->type;
    int ldc = g->ldc ? g->ldc : g->n, B = g->batch > 1 ? g->batch : 1;
    size_t nc = (size_t)B * g->m * ldc; /* C as laid out */
    float *cl = calloc(nc, 4);
    RtGemm r = {.type = g->type, .c_f32 = g->c_f32, .m = g->m, .n = g->n, .k = g->k, .trans_a = g->ta,
                .trans_b = g->tb, .batch = g->batch, .ldc = g->ldc, .alpha = 1, .beta = 0, .epi = g->epi,
                .bias_f32 = g->bias_f32};
    r.a = up_typed(t, d.a, d.na, g->type), r.b = up_typed(t, d.b, d.nb, g->type);
    r.c = up_typed(t, cl, nc, ct);
    /* cuBLASLt's bias (gradient) has D's type, or f32 where asked (bias_f32).
     * BGRADB with bf16 operands may have no algorithm (the executor then
     * sums by a product of its own: it passes, saying so); f32 must run. */
    RtGemmType bt = g->c_f32 || g->bias_f32 ? RT_GEMM_F32 : g->type;
    r.bias = up_typed(t, d.bias, d.nbias, bt);
    r.aux = up_typed(t, aux_in ? d.aux : d.aux_out, d.nc, g->type);
    r.stride_a = (long long)g->m * g->k, r.stride_b = (long long)g->k * g->n;
    r.stride_c = (long long)g->m * ldc;
    bool ok = rt_blaslt_gemm(t->lt, &r);
    if (ok) {
        down_typed(t, cl, r.c, nc, ct);
        for (int bt = 0; bt < B; bt++)
            for (int i = 0; i < g->m; i++) /* compact, as gemm_err reads it */
                memcpy(d.c + ((size_t)bt * g->m + i) * g->n, cl + (size_t)r.stride_c * bt + (size_t)i * ldc,
                       (size_t)g->n * 4);
        down_typed(t, d.bias_out, r.bias, d.nbias, bt);
        down_typed(t, d.aux_out, r.aux, d.nc, g->type);
    }
    bool gelu = g->epi == RT_EPI_GELU_AUX_BIAS || g->epi == RT_EPI_GELU_BIAS ||
                g->epi == RT_EPI_DGELU_BGRAD;
    double tol = ct == RT_GEMM_F32 ? 2e-3 : 2e-2;
    double e_tanh = ok ? gemm_err(g, &d, false) : 1, e_erf = ok && gelu ? gemm_err(g, &d, true) : 1;
    double e = fmin(e_tanh, e_erf);
    if (!ok && g->epi == RT_EPI_BGRAD_A && g->type == RT_GEMM_BF16 && rt_blaslt_no_algorithm(t->lt))
        row(t, g->name, true, "no algorithm (%s): the executor runs the sums as a product of their own",
            rt_blaslt_error(t->lt));
    else if (!ok)
        row(t, g->name, false, "%s", rt_blaslt_error(t->lt));
    else if (gelu) {
        snprintf(t->gelu_kind, sizeof t->gelu_kind, "%s", e_tanh < e_erf ? "tanh" : "erf");
        row(t, g->name, e < tol, "err vs tanh-GELU %.2e, vs erf-GELU %.2e (tol %.0e)", e_tanh,
            e_erf, tol);
    } else
        row(t, g->name, e < tol, "max err %.2e (tol %.0e)", e, tol);
    RtDevPtr ds[] = {r.a, r.b, r.c, r.bias, r.aux};
    for (int i = 0; i < 5; i++) rt_cuda_free(t->rt, ds[i]);
    free(cl);
    free(d.a), free(d.b), free(d.c), free(d.bias), free(d.bias_out), free(d.aux), free(d.aux_out);
    return ok;
}

static void gemm_checks(T *t)
{
    static const GemmCase cases[] = {
        {"gemm f32 BIAS (x W^T + b)", RT_GEMM_F32, RT_EPI_BIAS, 256, 384, 192, 1, false, true, false, 0, false},
        {"gemm f32 GELU_AUX_BIAS", RT_GEMM_F32, RT_EPI_GELU_AUX_BIAS, 256, 384, 192, 1, false, true, false, 0, false},
        {"gemm bf16 BIAS", RT_GEMM_BF16, RT_EPI_BIAS, 256, 384, 192, 1, false, true, false, 0, false},
        {"gemm bf16 GELU_AUX_BIAS", RT_GEMM_BF16, RT_EPI_GELU_AUX_BIAS, 256, 384, 192, 1, false, true, false, 0, false},
        {"gemm f32 DGELU_BGRAD (dY W)", RT_GEMM_F32, RT_EPI_DGELU_BGRAD, 256, 384, 192, 1, false, false, false, 0, false},
        {"gemm f32 BGRAD_A (dY^T X)", RT_GEMM_F32, RT_EPI_BGRAD_A, 384, 192, 256, 1, true, false, false, 0, false},
        /* passc's bias-gradient kernels under bf16 (passes/fuse_bgrad.c): f32 db, f32 or bf16 dW */
        {"gemm bf16 -> f32 C BGRAD_A (dY^T X)", RT_GEMM_BF16, RT_EPI_BGRAD_A, 384, 192, 256, 1, true, false, true, 0, false},
        {"gemm bf16 BGRAD_A, f32 sums (bf16 dW, f32 db)", RT_GEMM_BF16, RT_EPI_BGRAD_A, 384, 192, 256, 1, true, false,
         false, 0, true},
        {"gemm f32 NN strided batch 3", RT_GEMM_F32, RT_EPI_NONE, 64, 96, 128, 3, false, false, false, 0, false},
        /* passc's bias kernels (passes/fuse_bias.c): one bf16 bias for every matrix of a batch */
        {"gemm bf16 BIAS strided batch 3", RT_GEMM_BF16, RT_EPI_BIAS, 64, 96, 128, 3, false, true, false, 0, false},
        {"gemm bf16 TT", RT_GEMM_BF16, RT_EPI_NONE, 128, 64, 96, 1, true, true, false, 0, false},
        {"gemm bf16 -> f32 C (ones @ x column sums)", RT_GEMM_BF16, RT_EPI_NONE, 1, 384, 4096, 1, false, false, true, 0, false},
        {"gemm bf16 C rows 384 apart, batch 4 (P @ V into [tokens, heads*dim])", RT_GEMM_BF16, RT_EPI_NONE, 196, 64,
         196, 4, false, false, false, 384, false},
    };
    int planned = 0;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) planned += gemm_case(t, &cases[i]);
    row(t, "gemm plans cached", rt_blaslt_cached_plans(t->lt) == planned, "%d plans for %d GEMMs",
        rt_blaslt_cached_plans(t->lt), planned);
}

/* ---------------------------------------------------------------- graph */

/* Captured: o = a*s + b; a = o*s + b; C = a[64x128] W^T + bias.  Replayed
 * twice, so the GEMM reads what the kernels wrote in the same replay. */
static void t_graph(T *t)
{
    int n = 64 * 128 * 4, n4 = n / 4, M = 64, K = 128, N = 96;
    float s = 0.5f, *a = malloc(n * 4), *b = malloc(n * 4), *w = malloc(N * K * 4);
    float *bias = malloc(N * 4), *c = malloc(M * N * 4), *ga = malloc(n * 4);
    fill(a, n, 5, 1, RT_GEMM_F32), fill(b, n, 6, 1, RT_GEMM_F32);
    fill(w, N * K, 7, 1, RT_GEMM_F32), fill(bias, N, 8, 1, RT_GEMM_F32);
    RtDevPtr da = up(t, a, n * 4), db = up(t, b, n * 4), dout = up(t, NULL, n * 4);
    RtGemm g = {.type = RT_GEMM_F32, .m = M, .n = N, .k = K, .trans_b = true, .alpha = 1,
                .epi = RT_EPI_BIAS, .a = da, .b = up(t, w, N * K * 4), .c = up(t, NULL, M * N * 4),
                .bias = up(t, bias, N * 4)};
    void *args1[] = {&dout, &da, &db, &s, &n4}, *args2[] = {&da, &dout, &db, &s, &n4};
    RtCuGraph *graph = NULL;
    /* One GEMM before capture: its plan (heuristic query) is made then. */
    bool ok = rt_blaslt_gemm(t->lt, &g) && rt_cuda_sync(t->rt);
    ok = ok && rt_cuda_graph_begin(t->rt);
    bool cap = ok && launch(t, K_AXPB, (n4 + 255) / 256, 256, args1) &&
               launch(t, K_AXPB, (n4 + 255) / 256, 256, args2) && rt_blaslt_gemm(t->lt, &g);
    ok = ok && rt_cuda_graph_end(t->rt, &graph) && cap;
    ok = ok && rt_cuda_graph_launch(t->rt, graph) && rt_cuda_graph_launch(t->rt, graph);
    double err = 0;
    if (ok) {
        down(t, ga, da, n * 4);
        down(t, c, g.c, M * N * 4);
        for (int r = 0; r < 2; r++)
            for (int i = 0; i < n; i++) a[i] = (float)(((double)a[i] * s + b[i]) * s + b[i]);
        for (int i = 0; i < n; i++) err = fmax(err, fabs(ga[i] - a[i]));
        for (int i = 0; i < M; i++)
            for (int j = 0; j < N; j++) {
                double want = bias[j];
                for (int k = 0; k < K; k++) want += (double)a[i * K + k] * w[j * K + k];
                err = fmax(err, fabs(c[i * N + j] - want) / (1 + fabs(want)));
            }
    }
    row(t, "CUDA graph (2 kernels + GEMM) x2", ok && err < 1e-4, "max err %.2e %s %s", err,
        ok ? "" : rt_cuda_error(t->rt), ok ? "" : rt_blaslt_error(t->lt));
    rt_cuda_graph_free(t->rt, graph);
    RtDevPtr ds[] = {da, db, dout, g.b, g.c, g.bias};
    for (int i = 0; i < 6; i++) rt_cuda_free(t->rt, ds[i]);
    free(a), free(b), free(w), free(bias), free(c), free(ga);
}

/* ---------------------------------------------------------------- peaks */

static int cmp_float(const void *x, const void *y)
{
    float a = *(const float *)x, b = *(const float *)y;
    return (a > b) - (a < b);
}

/* Median ms of reps runs of op after warm runs, timed with events. */
static bool time_op(T *t, bool (*op)(T *, void *), void *arg, int warm, int reps, float *med)
{
    RtCuEvent e0 = NULL, e1 = NULL;
    float ms[64];
    bool ok = rt_cuda_event_new(t->rt, &e0) && rt_cuda_event_new(t->rt, &e1);
    for (int i = 0; ok && i < warm; i++) ok = op(t, arg);
    ok = ok && rt_cuda_sync(t->rt);
    for (int i = 0; ok && i < reps; i++)
        ok = rt_cuda_event_record(t->rt, e0) && op(t, arg) && rt_cuda_event_record(t->rt, e1) &&
             rt_cuda_event_ms(t->rt, e0, e1, &ms[i]);
    rt_cuda_event_free(t->rt, e0), rt_cuda_event_free(t->rt, e1);
    if (!ok) return false;
    qsort(ms, reps, sizeof ms[0], cmp_float);
    *med = ms[reps / 2];
    return true;
}

static bool op_gemm(T *t, void *g) { return rt_blaslt_gemm(t->lt, g); }

typedef struct Copy {
    RtDevPtr dst, src;
    size_t bytes;
} Copy;

static bool op_copy(T *t, void *c)
{
    Copy *p = c;
    return rt_cuda_copy_async(t->rt, p->dst, p->src, p->bytes);
}

static void t_peaks(T *t)
{
    int n = 4096;
    size_t elems = (size_t)n * n;
    float *h = malloc(elems * 4);
    fill(h, elems, 9, 1, RT_GEMM_BF16);
    RtGemm g = {.type = RT_GEMM_BF16, .m = n, .n = n, .k = n, .alpha = 1,
                .a = up_typed(t, h, elems, RT_GEMM_BF16), .b = up_typed(t, h, elems, RT_GEMM_BF16),
                .c = up(t, NULL, elems * 2)};
    free(h);
    float ms_gemm = 0, ms_copy = 0;
    bool ok = time_op(t, op_gemm, &g, 5, 30, &ms_gemm);
    double tflops = ok ? 2.0 * n * n * (double)n / (ms_gemm * 1e-3) / 1e12 : 0;
    row(t, "peak: bf16 GEMM 4096^3", ok, "%.3f ms, %.1f TFLOP/s %s", ms_gemm, tflops,
        ok ? "" : rt_blaslt_error(t->lt));
    rt_cuda_free(t->rt, g.a), rt_cuda_free(t->rt, g.b), rt_cuda_free(t->rt, g.c);
    Copy c = {.bytes = (size_t)1 << 30};
    ok = rt_cuda_alloc(t->rt, c.bytes, &c.src) && rt_cuda_alloc(t->rt, c.bytes, &c.dst) &&
         time_op(t, op_copy, &c, 3, 20, &ms_copy);
    double gbs = ok ? 2.0 * c.bytes / (ms_copy * 1e-3) / 1e9 : 0;
    row(t, "peak: 1 GiB device copy", ok, "%.3f ms, %.0f GB/s (read + write) %s", ms_copy, gbs,
        ok ? "" : rt_cuda_error(t->rt));
    rt_cuda_free(t->rt, c.src), rt_cuda_free(t->rt, c.dst);
    const char *path = getenv("PASSC_PEAKS_JSON");
    FILE *f = path && *path ? fopen(path, "w") : NULL;
    if (f) {
        fprintf(f, "{\"device\": \"%s\", \"arch\": %d, \"bf16_gemm_tflops\": %.1f, "
                   "\"copy_gbs\": %.0f, \"cublaslt_gelu\": \"%s\"}\n",
                rt_cuda_info(t->rt)->name, rt_cuda_info(t->rt)->arch, tflops, gbs, t->gelu_kind);
        fclose(f);
    }
}

int main(void)
{
    T t = {0};
    char why[1024];
    t.rt = rt_cuda_open(NULL, 0, why, sizeof why);
    if (!t.rt) {
        printf("SKIP: %s\n", why);
        return 77;
    }
    const RtCudaInfo *in = rt_cuda_info(t.rt);
    printf("device: %s, sm_%d, %d SMs, %.1f GiB, L2 %d KiB, driver %d\n", in->name, in->arch,
           in->sm_count, in->total_mem / 1073741824.0, in->l2_bytes / 1024, in->driver_version);
    if (t_compile(&t)) {
        t_axpb(&t);
        t_row_sum(&t);
        t_bf16_gelu(&t);
    }
    t.lt = rt_blaslt_open(t.rt, NULL, why, sizeof why);
    row(&t, "cuBLASLt open", t.lt != NULL, "%s", t.lt ? "" : why);
    if (t.lt) {
        printf("cuBLASLt version %d\n", rt_blaslt_version(t.lt));
        gemm_checks(&t);
        if (t.mod) t_graph(&t);
        t_peaks(&t);
    }
    printf("\n%d checks, %d failed\n", t.checks, t.fails);
    rt_blaslt_close(t.lt);
    rt_cuda_module_unload(t.rt, t.mod);
    rt_cuda_close(t.rt);
    return t.fails ? 1 : 0;
}
