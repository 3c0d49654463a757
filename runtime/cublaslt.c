/* cublaslt.c — row-major GEMMs with fused epilogues through cuBLASLt.
 *
 * cuBLASLt is dlopen'ed rather than linked: the library is 541 MB and
 * costs ~60 ms to load (env-facts section 6), which a CPU-only run should
 * not pay, and a machine with a driver but without the library must still
 * run (the caller then falls back).  The library's types are declared here;
 * with the CUDA headers on the include path (PASSC_HAVE_NVRTC) they are
 * checked against cublasLt.h with static assertions.
 *
 * Row-major C = op(A) op(B) is computed as the column-major product
 * C^T = op(B)^T op(A)^T, which reads the same memory: cuBLASLt's A is our
 * B, its B our A, m and n swap, and its "rows of D" are our columns.  So a
 * bias over cuBLASLt's rows is a bias over our N (one per output feature),
 * and its BGRADB (sums over k of its B = our op(A)) is the bias gradient of
 * a weight-gradient GEMM.
 *
 * A plan (descriptors + algorithm) is made once per shape/epilogue/
 * alignment and reused; only the pointers change between calls, so calls
 * are also safe inside CUDA graph capture. */
#define _GNU_SOURCE
#include "runtime/cuda.h"

#include <dlfcn.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

typedef int LtStatus;
typedef void *LtHandle, *LtDesc, *LtLayout, *LtPref;
typedef struct LtAlgo {
    uint64_t data[8];
} LtAlgo;
typedef struct LtHeuristic {
    LtAlgo algo;
    size_t workspace;
    LtStatus state;
    float waves;
    int reserved[4];
} LtHeuristic;

enum {
    LT_R_32F = 0, LT_R_16BF = 14, LT_COMPUTE_32F = 68, LT_OP_N = 0, LT_OP_T = 1,
    LT_DESC_TRANSA = 3, LT_DESC_TRANSB = 4, LT_DESC_EPILOGUE = 7, LT_DESC_BIAS = 8,
    LT_DESC_AUX = 11, LT_DESC_AUX_LD = 12, LT_DESC_BIAS_TYPE = 26,
    LT_LAYOUT_BATCH = 5, LT_LAYOUT_STRIDE = 6,
    LT_PREF_WORKSPACE = 1, LT_PREF_ALIGN_A = 5, LT_PREF_ALIGN_B = 6, LT_PREF_ALIGN_C = 7,
    LT_PREF_ALIGN_D = 8, LT_PREF_REDUCTION_SCHEME_MASK = 3, LT_REDUCTION_SCHEME_COMPUTE_TYPE = 2,
    LT_EPI_DEFAULT = 1, LT_EPI_BIAS = 4, LT_EPI_GELU_BIAS = 36, LT_EPI_GELU_AUX_BIAS = 164,
    LT_EPI_DGELU_BGRAD = 208, LT_EPI_BGRADB = 512, LT_STATUS_NOT_SUPPORTED = 15,
};

#ifdef PASSC_HAVE_NVRTC
#include <cublasLt.h>
#include <stddef.h>
#define LT_SAME(a, b) _Static_assert((int)(a) == (int)(b), #a)
LT_SAME(LT_R_32F, CUDA_R_32F);
LT_SAME(LT_R_16BF, CUDA_R_16BF);
LT_SAME(LT_COMPUTE_32F, CUBLAS_COMPUTE_32F);
LT_SAME(LT_OP_T, CUBLAS_OP_T);
LT_SAME(LT_DESC_TRANSA, CUBLASLT_MATMUL_DESC_TRANSA);
LT_SAME(LT_DESC_TRANSB, CUBLASLT_MATMUL_DESC_TRANSB);
LT_SAME(LT_DESC_EPILOGUE, CUBLASLT_MATMUL_DESC_EPILOGUE);
LT_SAME(LT_DESC_BIAS, CUBLASLT_MATMUL_DESC_BIAS_POINTER);
LT_SAME(LT_DESC_AUX, CUBLASLT_MATMUL_DESC_EPILOGUE_AUX_POINTER);
LT_SAME(LT_DESC_AUX_LD, CUBLASLT_MATMUL_DESC_EPILOGUE_AUX_LD);
LT_SAME(LT_DESC_BIAS_TYPE, CUBLASLT_MATMUL_DESC_BIAS_DATA_TYPE);
LT_SAME(LT_LAYOUT_BATCH, CUBLASLT_MATRIX_LAYOUT_BATCH_COUNT);
LT_SAME(LT_LAYOUT_STRIDE, CUBLASLT_MATRIX_LAYOUT_STRIDED_BATCH_OFFSET);
LT_SAME(LT_PREF_WORKSPACE, CUBLASLT_MATMUL_PREF_MAX_WORKSPACE_BYTES);
LT_SAME(LT_PREF_ALIGN_A, CUBLASLT_MATMUL_PREF_MIN_ALIGNMENT_A_BYTES);
LT_SAME(LT_PREF_ALIGN_D, CUBLASLT_MATMUL_PREF_MIN_ALIGNMENT_D_BYTES);
LT_SAME(LT_PREF_REDUCTION_SCHEME_MASK, CUBLASLT_MATMUL_PREF_REDUCTION_SCHEME_MASK);
LT_SAME(LT_REDUCTION_SCHEME_COMPUTE_TYPE, CUBLASLT_REDUCTION_SCHEME_COMPUTE_TYPE);
LT_SAME(LT_EPI_DEFAULT, CUBLASLT_EPILOGUE_DEFAULT);
LT_SAME(LT_EPI_BIAS, CUBLASLT_EPILOGUE_BIAS);
LT_SAME(LT_EPI_GELU_BIAS, CUBLASLT_EPILOGUE_GELU_BIAS);
LT_SAME(LT_EPI_GELU_AUX_BIAS, CUBLASLT_EPILOGUE_GELU_AUX_BIAS);
LT_SAME(LT_EPI_DGELU_BGRAD, CUBLASLT_EPILOGUE_DGELU_BGRAD);
LT_SAME(LT_EPI_BGRADB, CUBLASLT_EPILOGUE_BGRADB);
LT_SAME(LT_STATUS_NOT_SUPPORTED, CUBLAS_STATUS_NOT_SUPPORTED);
_Static_assert(sizeof(LtAlgo) == sizeof(cublasLtMatmulAlgo_t), "algo");
_Static_assert(sizeof(LtHeuristic) == sizeof(cublasLtMatmulHeuristicResult_t), "heuristic");
_Static_assert(offsetof(LtHeuristic, workspace) ==
                   offsetof(cublasLtMatmulHeuristicResult_t, workspaceSize), "heuristic");
_Static_assert(offsetof(LtHeuristic, state) == offsetof(cublasLtMatmulHeuristicResult_t, state),
               "heuristic");
#endif

#define LT_API(X)                                                                        \
    X(cublasLtCreate, (LtHandle *))                                                      \
    X(cublasLtDestroy, (LtHandle))                                                       \
    X(cublasLtMatmulDescCreate, (LtDesc *, int, int))                                    \
    X(cublasLtMatmulDescDestroy, (LtDesc))                                               \
    X(cublasLtMatmulDescSetAttribute, (LtDesc, int, const void *, size_t))               \
    X(cublasLtMatrixLayoutCreate, (LtLayout *, int, uint64_t, uint64_t, int64_t))        \
    X(cublasLtMatrixLayoutDestroy, (LtLayout))                                           \
    X(cublasLtMatrixLayoutSetAttribute, (LtLayout, int, const void *, size_t))           \
    X(cublasLtMatmulPreferenceCreate, (LtPref *))                                        \
    X(cublasLtMatmulPreferenceDestroy, (LtPref))                                         \
    X(cublasLtMatmulPreferenceSetAttribute, (LtPref, int, const void *, size_t))         \
    X(cublasLtMatmulAlgoGetHeuristic, (LtHandle, LtDesc, LtLayout, LtLayout, LtLayout,   \
                                       LtLayout, LtPref, int, LtHeuristic *, int *))     \
    X(cublasLtMatmul, (LtHandle, LtDesc, const void *, const void *, LtLayout,           \
                       const void *, LtLayout, const void *, const void *, LtLayout,     \
                       void *, LtLayout, const LtAlgo *, void *, size_t, void *))

typedef struct LtApi {
#define LT_FIELD(name, params) LtStatus (*name) params;
    LT_API(LT_FIELD)
#undef LT_FIELD
    const char *(*cublasLtGetStatusName)(LtStatus);
    const char *(*cublasLtGetStatusString)(LtStatus);
    size_t (*cublasLtGetVersion)(void);
} LtApi;

/* Everything a plan depends on: the GEMM without its pointers and scalars,
 * plus the pointers' alignment class. */
typedef struct LtKey {
    RtGemm g;
    uint32_t align[4];
} LtKey;

typedef struct LtPlan {
    LtKey key;
    LtDesc op;
    LtLayout a, b, c;
    LtAlgo algo;
} LtPlan;

struct RtBlasLt {
    RtCuda *rt;
    void *lib;
    LtApi api;
    LtHandle handle;
    RtDevPtr workspace;
    size_t workspace_size;
    LtPlan *plans;
    int nplans, cap;
    bool no_algo; /* the last failure was cuBLASLt's "not supported" (no algorithm) */
    char err[1024];
};

/* Hopper wants 32 MiB for its best kernels; older parts need less. */
#define LT_WORKSPACE (32u << 20)

#define LT_CHECK(lt, call) lt_check((lt), (call), #call, __FILE__, __LINE__)

static bool lt_check(RtBlasLt *lt, LtStatus s, const char *call, const char *file, int line)
{
    if (s == 0) return true;
    lt->no_algo = s == LT_STATUS_NOT_SUPPORTED;
    const char *name = lt->api.cublasLtGetStatusName ? lt->api.cublasLtGetStatusName(s) : "?";
    const char *msg = lt->api.cublasLtGetStatusString ? lt->api.cublasLtGetStatusString(s) : "";
    const char *fn = strstr(call, "cublasLt"), *paren = strchr(call, '(');
    int len = fn && paren > fn ? (int)(paren - fn) : (int)strlen(call);
    const char *base = strrchr(file, '/');
    snprintf(lt->err, sizeof lt->err, "%s:%d: %.*s failed: %s (%d): %s", base ? base + 1 : file,
             line, len, fn ? fn : call, name ? name : "?", s, msg ? msg : "");
    return false;
}

static void lt_fail(RtBlasLt *lt, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void lt_fail(RtBlasLt *lt, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(lt->err, sizeof lt->err, fmt, ap);
    va_end(ap);
}

/* ------------------------------------------------------------------ open */

static void *lt_dlopen(const char *libpath, char *tried, size_t n)
{
    const char *home = getenv("CUDA_HOME");
    char homelib[1024];
    snprintf(homelib, sizeof homelib, "%s/lib64/libcublasLt.so.13",
             home && *home ? home : "/usr/local/cuda");
    const char *cands[] = {libpath, "libcublasLt.so.13", "libcublasLt.so", homelib};
    for (size_t i = 0; i < sizeof cands / sizeof cands[0]; i++) {
        if (!cands[i] || (libpath && i > 0)) continue;
        void *h = dlopen(cands[i], RTLD_NOW | RTLD_LOCAL);
        if (h) return h;
        const char *e = dlerror(), *msg = e ? e : cands[i];
        size_t k = strlen(msg) < n ? strlen(msg) : n - 1; /* keep the head of a long message */
        memcpy(tried, msg, k);
        tried[k] = 0;
    }
    return NULL;
}

static bool lt_load(RtBlasLt *lt, char *why, size_t nwhy)
{
#define LT_LOAD(name, params)                                                       \
    *(void **)&lt->api.name = dlsym(lt->lib, #name);                                \
    if (!lt->api.name) {                                                            \
        snprintf(why, nwhy, "cuBLASLt has no %s", #name);                           \
        return false;                                                               \
    }
    LT_API(LT_LOAD)
    LT_LOAD(cublasLtGetStatusName, ())
    LT_LOAD(cublasLtGetStatusString, ())
    LT_LOAD(cublasLtGetVersion, ())
#undef LT_LOAD
    return true;
}

RtBlasLt *rt_blaslt_open(RtCuda *rt, const char *libpath, char *why, size_t nwhy)
{
    RtBlasLt *lt = calloc(1, sizeof *lt);
    if (!lt) {
        snprintf(why, nwhy, "out of memory opening cuBLASLt");
        return NULL;
    }
    lt->rt = rt;
    char tried[512] = "";
    lt->lib = lt_dlopen(libpath, tried, sizeof tried);
    if (!lt->lib) {
        snprintf(why, nwhy, "no cuBLASLt (%s)", tried);
        free(lt);
        return NULL;
    }
    if (!lt_load(lt, why, nwhy)) goto fail;
    if (!LT_CHECK(lt, lt->api.cublasLtCreate(&lt->handle))) {
        snprintf(why, nwhy, "%s", lt->err);
        goto fail;
    }
    if (!rt_cuda_alloc(rt, LT_WORKSPACE, &lt->workspace)) {
        snprintf(why, nwhy, "cuBLASLt workspace: %s", rt_cuda_error(rt));
        goto fail;
    }
    lt->workspace_size = LT_WORKSPACE;
    return lt;
fail:
    rt_blaslt_close(lt);
    return NULL;
}

static void lt_plan_free(RtBlasLt *lt, LtPlan *p)
{
    if (p->op) lt->api.cublasLtMatmulDescDestroy(p->op);
    if (p->a) lt->api.cublasLtMatrixLayoutDestroy(p->a);
    if (p->b) lt->api.cublasLtMatrixLayoutDestroy(p->b);
    if (p->c) lt->api.cublasLtMatrixLayoutDestroy(p->c);
}

void rt_blaslt_close(RtBlasLt *lt)
{
    if (!lt) return;
    for (int i = 0; i < lt->nplans; i++) lt_plan_free(lt, &lt->plans[i]);
    free(lt->plans);
    if (lt->workspace) rt_cuda_free(lt->rt, lt->workspace);
    if (lt->handle) lt->api.cublasLtDestroy(lt->handle);
    if (lt->lib) dlclose(lt->lib);
    free(lt);
}

const char *rt_blaslt_error(const RtBlasLt *lt) { return lt->err; }
int rt_blaslt_version(const RtBlasLt *lt) { return (int)lt->api.cublasLtGetVersion(); }
int rt_blaslt_cached_plans(const RtBlasLt *lt) { return lt->nplans; }

/* ----------------------------------------------------------------- plans */

static uint32_t lt_align(RtDevPtr p)
{
    uint32_t a = 256;
    while (a > 1 && p % a) a /= 2;
    return a;
}

static LtKey lt_key(const RtGemm *g)
{
    LtKey k;
    memset(&k, 0, sizeof k); /* padding too: keys are compared bytewise */
    k.g.type = g->type;
    k.g.c_f32 = g->c_f32 && g->type == RT_GEMM_BF16;
    k.g.m = g->m, k.g.n = g->n, k.g.k = g->k;
    k.g.trans_a = g->trans_a, k.g.trans_b = g->trans_b;
    k.g.batch = g->batch > 1 ? g->batch : 1;
    k.g.stride_a = g->stride_a, k.g.stride_b = g->stride_b, k.g.stride_c = g->stride_c;
    k.g.lda = g->lda ? g->lda : (g->trans_a ? g->m : g->k);
    k.g.ldb = g->ldb ? g->ldb : (g->trans_b ? g->k : g->n);
    k.g.ldc = g->ldc ? g->ldc : g->n;
    k.g.beta = g->beta != 0.0f; /* only "reads C or not" changes the plan */
    k.g.epi = g->epi;
    k.g.aux_ld = g->aux_ld ? g->aux_ld : g->n;
    /* an f32 bias only where C is not f32 already (the default type) */
    k.g.bias_f32 = g->bias_f32 && g->epi != RT_EPI_NONE && g->type == RT_GEMM_BF16 && !k.g.c_f32;
    k.align[0] = lt_align(g->a), k.align[1] = lt_align(g->b), k.align[2] = lt_align(g->c);
    k.align[3] = g->epi != RT_EPI_NONE ? lt_align(g->bias) : 256;
    return k;
}

static int lt_epilogue(RtEpilogue e)
{
    switch (e) {
    case RT_EPI_NONE: return LT_EPI_DEFAULT;
    case RT_EPI_BIAS: return LT_EPI_BIAS;
    case RT_EPI_GELU_BIAS: return LT_EPI_GELU_BIAS;
    case RT_EPI_GELU_AUX_BIAS: return LT_EPI_GELU_AUX_BIAS;
    case RT_EPI_DGELU_BGRAD: return LT_EPI_DGELU_BGRAD;
    case RT_EPI_BGRAD_A: return LT_EPI_BGRADB;
    }
    return LT_EPI_DEFAULT;
}

/* A column-major layout rows x cols with leading dimension ld, batched. */
static bool lt_layout(RtBlasLt *lt, LtLayout *out, int type, int rows, int cols, int ld,
                      int batch, long long stride)
{
    if (!LT_CHECK(lt, lt->api.cublasLtMatrixLayoutCreate(out, type, (uint64_t)rows,
                                                         (uint64_t)cols, ld)))
        return false;
    if (batch <= 1) return true;
    int32_t b = batch;
    int64_t s = stride;
    return LT_CHECK(lt, lt->api.cublasLtMatrixLayoutSetAttribute(*out, LT_LAYOUT_BATCH, &b,
                                                                 sizeof b)) &&
           LT_CHECK(lt, lt->api.cublasLtMatrixLayoutSetAttribute(*out, LT_LAYOUT_STRIDE, &s,
                                                                 sizeof s));
}

/* The operation descriptor in cuBLASLt's (swapped) terms. */
static bool lt_desc(RtBlasLt *lt, const LtKey *k, LtDesc *op)
{
    int32_t ta = k->g.trans_b ? LT_OP_T : LT_OP_N, tb = k->g.trans_a ? LT_OP_T : LT_OP_N;
    uint32_t epi = (uint32_t)lt_epilogue(k->g.epi);
    if (!LT_CHECK(lt, lt->api.cublasLtMatmulDescCreate(op, LT_COMPUTE_32F, LT_R_32F)) ||
        !LT_CHECK(lt, lt->api.cublasLtMatmulDescSetAttribute(*op, LT_DESC_TRANSA, &ta,
                                                             sizeof ta)) ||
        !LT_CHECK(lt, lt->api.cublasLtMatmulDescSetAttribute(*op, LT_DESC_TRANSB, &tb,
                                                             sizeof tb)) ||
        !LT_CHECK(lt, lt->api.cublasLtMatmulDescSetAttribute(*op, LT_DESC_EPILOGUE, &epi,
                                                             sizeof epi)))
        return false;
    int32_t bt = LT_R_32F;
    if (k->g.bias_f32 &&
        !LT_CHECK(lt, lt->api.cublasLtMatmulDescSetAttribute(*op, LT_DESC_BIAS_TYPE, &bt, sizeof bt))) {
        lt->no_algo = true; /* a cuBLASLt that takes no f32 bias here runs no such GEMM */
        return false;
    }
    if (k->g.epi != RT_EPI_GELU_AUX_BIAS && k->g.epi != RT_EPI_DGELU_BGRAD) return true;
    int64_t ld = k->g.aux_ld;
    return LT_CHECK(lt, lt->api.cublasLtMatmulDescSetAttribute(*op, LT_DESC_AUX_LD, &ld,
                                                               sizeof ld));
}

/* Asks the heuristic for the best algorithm under the workspace and the
 * pointers' alignment.  Split-K partial sums may only be reduced in the
 * compute type (f32, in the workspace): cuBLASLt's default also allows
 * reducing them in the output buffer in its own type, which for a bf16 D
 * rounds every partial sum to bf16 (seen on an H200: a 8x4x16 bf16 GEMM
 * five bf16 ulps off the one-rounding result docs/numerics.md promises). */
static bool lt_pick(RtBlasLt *lt, LtPlan *p)
{
    LtPref pref = NULL;
    uint64_t ws = lt->workspace_size;
    uint32_t reduce = LT_REDUCTION_SCHEME_COMPUTE_TYPE;
    LtHeuristic h;
    int found = 0;
    bool ok = LT_CHECK(lt, lt->api.cublasLtMatmulPreferenceCreate(&pref)) &&
              LT_CHECK(lt, lt->api.cublasLtMatmulPreferenceSetAttribute(pref, LT_PREF_WORKSPACE,
                                                                        &ws, sizeof ws)) &&
              LT_CHECK(lt, lt->api.cublasLtMatmulPreferenceSetAttribute(pref, LT_PREF_REDUCTION_SCHEME_MASK,
                                                                        &reduce, sizeof reduce));
    /* Swapped: cuBLASLt's A is our B. */
    const uint32_t al[4] = {p->key.align[1], p->key.align[0], p->key.align[2], p->key.align[2]};
    const int attr[4] = {LT_PREF_ALIGN_A, LT_PREF_ALIGN_B, LT_PREF_ALIGN_C, LT_PREF_ALIGN_D};
    for (int i = 0; ok && i < 4; i++)
        ok = LT_CHECK(lt, lt->api.cublasLtMatmulPreferenceSetAttribute(pref, attr[i], &al[i],
                                                                       sizeof al[i]));
    ok = ok && LT_CHECK(lt, lt->api.cublasLtMatmulAlgoGetHeuristic(
                                lt->handle, p->op, p->a, p->b, p->c, p->c, pref, 1, &h, &found));
    if (ok && found < 1) {
        lt_fail(lt, "cuBLASLt has no algorithm for this GEMM (M=%d N=%d K=%d, epilogue %d)",
                p->key.g.m, p->key.g.n, p->key.g.k, (int)p->key.g.epi);
        lt->no_algo = true;
        ok = false;
    }
    if (ok) p->algo = h.algo;
    if (pref) lt->api.cublasLtMatmulPreferenceDestroy(pref);
    return ok;
}

static void lt_set_ptr(RtBlasLt *lt, LtDesc op, int attr, RtDevPtr p, bool *ok);

/* The plan of GEMM call c (key k).  The epilogue's pointers are set before
 * the heuristic runs: cublasLt.h says it reads their values for the
 * alignment it may assume (the key keeps the bias's alignment class). */
static bool lt_plan_make(RtBlasLt *lt, const LtKey *k, const RtGemm *c, LtPlan *p)
{
    const RtGemm *g = &k->g;
    int type = g->type == RT_GEMM_BF16 ? LT_R_16BF : LT_R_32F;
    memset(p, 0, sizeof *p);
    p->key = *k;
    /* cuBLASLt's A = our B stored [K,N] (col-major N x K) or [N,K]. */
    bool ok = lt_desc(lt, k, &p->op) &&
              lt_layout(lt, &p->a, type, g->trans_b ? g->k : g->n, g->trans_b ? g->n : g->k,
                        g->ldb, g->batch, g->stride_b) &&
              lt_layout(lt, &p->b, type, g->trans_a ? g->m : g->k, g->trans_a ? g->k : g->m,
                        g->lda, g->batch, g->stride_a) &&
              lt_layout(lt, &p->c, g->c_f32 ? LT_R_32F : type, g->n, g->m, g->ldc, g->batch, g->stride_c);
    if (ok && g->epi != RT_EPI_NONE) lt_set_ptr(lt, p->op, LT_DESC_BIAS, c->bias, &ok);
    if (ok && (g->epi == RT_EPI_GELU_AUX_BIAS || g->epi == RT_EPI_DGELU_BGRAD))
        lt_set_ptr(lt, p->op, LT_DESC_AUX, c->aux, &ok);
    ok = ok && lt_pick(lt, p);
    if (!ok) lt_plan_free(lt, p);
    return ok;
}

static LtPlan *lt_plan(RtBlasLt *lt, const RtGemm *g)
{
    LtKey k = lt_key(g);
    for (int i = 0; i < lt->nplans; i++)
        if (memcmp(&lt->plans[i].key, &k, sizeof k) == 0) return &lt->plans[i];
    if (lt->nplans == lt->cap) {
        int cap = lt->cap ? 2 * lt->cap : 16;
        LtPlan *p = realloc(lt->plans, (size_t)cap * sizeof *p);
        if (!p) {
            lt_fail(lt, "out of memory planning a GEMM");
            return NULL;
        }
        lt->plans = p, lt->cap = cap;
    }
    if (!lt_plan_make(lt, &k, g, &lt->plans[lt->nplans])) return NULL;
    return &lt->plans[lt->nplans++];
}

/* ------------------------------------------------------------------ gemm */

static bool lt_validate(RtBlasLt *lt, const RtGemm *g)
{
    if (g->m <= 0 || g->n <= 0 || g->k <= 0) {
        lt_fail(lt, "GEMM with an empty dimension (M=%d N=%d K=%d)", g->m, g->n, g->k);
        return false;
    }
    bool aux = g->epi == RT_EPI_GELU_AUX_BIAS || g->epi == RT_EPI_DGELU_BGRAD;
    if (g->epi != RT_EPI_NONE && !g->bias) {
        lt_fail(lt, "GEMM epilogue %d needs a bias pointer", (int)g->epi);
        return false;
    }
    if (aux && (!g->aux || g->batch > 1 || (g->aux_ld ? g->aux_ld : g->n) % 8)) {
        lt_fail(lt, "GELU aux epilogue needs an aux pointer, one batch and an aux_ld "
                    "divisible by 8");
        return false;
    }
    return true;
}

static void lt_set_ptr(RtBlasLt *lt, LtDesc op, int attr, RtDevPtr p, bool *ok)
{
    void *v = (void *)(uintptr_t)p;
    *ok = *ok && LT_CHECK(lt, lt->api.cublasLtMatmulDescSetAttribute(op, attr, &v, sizeof v));
}

bool rt_blaslt_prepare(RtBlasLt *lt, const RtGemm *g)
{
    lt->no_algo = false;
    return lt_validate(lt, g) && lt_plan(lt, g);
}

bool rt_blaslt_no_algorithm(const RtBlasLt *lt) { return lt->no_algo; }

bool rt_blaslt_gemm(RtBlasLt *lt, const RtGemm *g)
{
    lt->no_algo = false;
    if (!lt_validate(lt, g)) return false;
    LtPlan *p = lt_plan(lt, g);
    if (!p) return false;
    bool ok = true;
    if (g->epi != RT_EPI_NONE) lt_set_ptr(lt, p->op, LT_DESC_BIAS, g->bias, &ok);
    if (g->epi == RT_EPI_GELU_AUX_BIAS || g->epi == RT_EPI_DGELU_BGRAD)
        lt_set_ptr(lt, p->op, LT_DESC_AUX, g->aux, &ok);
    const void *A = (const void *)(uintptr_t)g->b, *B = (const void *)(uintptr_t)g->a;
    void *C = (void *)(uintptr_t)g->c;
    return ok && LT_CHECK(lt, lt->api.cublasLtMatmul(lt->handle, p->op, &g->alpha, A, p->a, B,
                                                     p->b, &g->beta, C, p->c, C, p->c, &p->algo,
                                                     (void *)(uintptr_t)lt->workspace,
                                                     lt->workspace_size,
                                                     rt_cuda_stream(lt->rt)));
}
