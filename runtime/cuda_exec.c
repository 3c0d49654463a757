/* cuda_exec.c — the GPU executor: runs a planned KernelProgram with the
 * kernels of codegen/cuda.c (compiled by NVRTC), cuBLASLt GEMMs and
 * device-to-device copies, mirroring runtime/cpu_exec.c's CpuExec.
 *
 * Expects a program from kir_compile.  One device allocation per arena of
 * the memory plan (a buffer lives at arena[class] + its offset), plus the
 * 3-word error word the gather/scatter_add kernels set on a bad index and
 * one allocation holding the host-computed constants (iota,
 * grid_neighbors, resize_matrix), copied into their buffers on every run
 * because those may sit in the reused activation arena.  Leaves are
 * uploaded by cuda_exec_set and values downloaded by cuda_exec_get, both
 * converting between the interpreter's Tensor and the buffers' element
 * types.  A run issues everything on the runtime's one stream, copies the
 * assigns' values into their leaves, synchronises and checks the error
 * word.  With CudaExecOptions.graph the second run captures the whole
 * issue sequence into a CUDA graph and later runs replay it; with timing,
 * plain runs bracket every kernel with events.
 *
 * Inputs of a training loop (cuda_exec_upload_inputs): the host's input
 * arena goes up whole, on the side stream, into a staging copy of the
 * input arena; the next launch copies staging -> input arena on the main
 * stream (device to device, microseconds) before the step.  So the upload
 * of step n+1 runs while step n computes: it waits only for step n's
 * staging copy (event `consumed`), and step n+1 waits for it (event
 * `uploaded`).  The host may rewrite its arena once `uploaded` has passed
 * (cuda_exec_inputs_writable): with the arena pinned the DMA reads it late.
 *
 * NVRTC gets --fmad=false so f32 code rounds as the CPU backend does. */
#define _GNU_SOURCE
#include "runtime/cuda.h"

#include "codegen/cg_cuda.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

struct CudaExec {
    Ctx *cx;
    const KernelProgram *p;
    CudaExecOptions o;
    RtCuda *rt;
    RtBlasLt *lt;
    RtCuModule *mod;
    RtCubin cubin;
    RtDevPtr arena[KB_COUNT], err, consts;
    uint64_t *const_off;  /* per kernel, into consts */
    uint32_t *twin;       /* per kernel: whose symbol runs it */
    RtCuFunction *fn;
    CgCudaLaunch *launch;
    KGemmPlan *gemm;
    bool *bgrad_split;    /* per kernel: its bias gradient runs as a product of its own (plan_bgrad) */
    int nsplit;
    RtDevPtr ones;        /* ones for those products: max K of f32, then of bf16 */
    int64_t ones_k;
    RtCuEvent *ev;        /* two per kernel when timing */
    float *kms;
    RtCuGraph *graph;
    RtDevPtr stage;          /* staging copy of the input arena */
    RtCuEvent uploaded, consumed;
    bool staged;             /* an upload waits for the next launch */
    bool reading;            /* an upload may still read the host arena */
    bool consumed_once;      /* `consumed` was recorded: the side stream may wait on it */
    void *pinned;            /* the host arena page-locked by cuda_exec_pin_inputs */
    bool timed;              /* the launch in flight brackets its kernels with events */
    int runs;
    double compile_sec;
};

static const char *const nv_extra[] = {"--fmad=false"};

static RtNvrtcOptions nv_options(int arch, const char *cache_dir)
{
    RtNvrtcOptions no = {.arch = arch, .cache_dir = cache_dir, .extra = nv_extra, .nextra = 1};
    return no;
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

static RtDevPtr buf_dev(const CudaExec *x, uint32_t b)
{
    return x->arena[x->p->bufs[b].cls] + (RtDevPtr)x->p->bufs[b].offset;
}

/* The runtime's last error as a diagnostic. */
static bool rt_fail(CudaExec *x, const char *msg)
{
    cx_error(x->cx, (SrcLoc){0}, "%s", msg);
    return false;
}

/* ------------------------------------------------------------- compile */

static bool compile(CudaExec *x, char *why, size_t nwhy)
{
    double t0 = now_s();
    char *src = cg_cuda_source(x->cx, x->p, x->twin);
    if (!src) {
        snprintf(why, nwhy, "cannot generate the CUDA program; training on the CPU");
        return false;
    }
    RtNvrtcOptions no = nv_options(rt_cuda_info(x->rt)->arch, x->o.cache_dir);
    size_t nerr = 1 << 16;
    char *err = malloc(nerr);
    bool ok = err && rt_nvrtc_compile(src, x->p->g->name ? x->p->g->name : "passc", &no, &x->cubin, err, nerr);
    if (!ok) snprintf(why, nwhy, "%.*s", (int)strcspn(err ? err : "out of memory", "\n"), err ? err : "out of memory");
    free(err);
    cx_free(x->cx, src);
    ok = ok && rt_cuda_module_load(x->rt, x->cubin.data, &x->mod);
    for (uint32_t k = 0; ok && k < x->p->nkernels; k++) {
        const Kernel *kn = &x->p->kernels[k];
        x->launch[k] = cg_cuda_launch(x->p, kn);
        if (x->launch[k].how == CGC_GEMM) ok = cg_cuda_gemm_plan(x->p, kn, &x->gemm[k]);
        if (x->launch[k].how == CGC_LAUNCH)
            ok = rt_cuda_function(x->rt, x->mod, x->p->kernels[x->twin[k]].name, &x->fn[k]);
    }
    if (!ok && !why[0]) snprintf(why, nwhy, "%s", rt_cuda_error(x->rt));
    x->compile_sec = now_s() - t0;
    return ok;
}

/* ------------------------------------------------------------- memory */

static bool upload_consts(CudaExec *x)
{
    const KernelProgram *p = x->p;
    for (uint32_t b = 0; b < p->nbufs; b++) {
        const KBuf *kb = &p->bufs[b];
        const Node *n = ir_node(p->g, kb->node);
        if (kb->cls == KB_CONST && n->a.data && kb->bytes && !rt_cuda_upload(x->rt, buf_dev(x, b), n->a.data, kb->bytes))
            return false;
    }
    uint64_t total = 0;
    for (uint32_t k = 0; k < p->nkernels; k++)
        if (x->launch[k].how == CGC_HOST_CONST) {
            x->const_off[k] = total;
            total += (p->bufs[p->kernels[k].out].bytes + 255) / 256 * 256;
        }
    if (!total) return true;
    char *host = calloc(1, total);
    bool ok = host && rt_cuda_alloc(x->rt, total, &x->consts);
    for (uint32_t k = 0; ok && k < p->nkernels; k++)
        if (x->launch[k].how == CGC_HOST_CONST) ok = cg_cuda_host_const(x->cx, p, &p->kernels[k], host + x->const_off[k]);
    ok = ok && rt_cuda_upload(x->rt, x->consts, host, total);
    free(host);
    return ok;
}

/* Arenas (zeroed but for activations), the error word, consts. */
static bool alloc_memory(CudaExec *x)
{
    uint64_t zero_bytes = 64;
    for (int c = 0; c < KB_COUNT; c++)
        if (c != KB_ACT && x->p->plan.arena[c] > zero_bytes) zero_bytes = x->p->plan.arena[c];
    char *zeros = calloc(1, zero_bytes);
    bool ok = zeros != NULL;
    for (int c = 0; ok && c < KB_COUNT; c++) {
        size_t n = (size_t)(x->p->plan.arena[c] + 255) / 256 * 256 + 256;
        ok = rt_cuda_alloc(x->rt, n, &x->arena[c]);
        if (ok && c != KB_ACT && x->p->plan.arena[c]) ok = rt_cuda_upload(x->rt, x->arena[c], zeros, x->p->plan.arena[c]);
    }
    if (ok && x->p->plan.arena[KB_INPUT]) ok = rt_cuda_alloc(x->rt, x->p->plan.arena[KB_INPUT], &x->stage);
    ok = ok && rt_cuda_alloc(x->rt, 64, &x->err) && rt_cuda_upload(x->rt, x->err, zeros, 64);
    free(zeros);
    return ok && upload_consts(x);
}

static bool needs_blaslt(const CudaExec *x)
{
    for (uint32_t k = 0; k < x->p->nkernels; k++)
        if (x->launch[k].how == CGC_GEMM) return true;
    return false;
}

static bool alloc_tables(CudaExec *x)
{
    uint32_t n = x->p->nkernels + 1;
    x->const_off = cx_alloc(x->cx, n * sizeof *x->const_off);
    x->twin = cx_alloc(x->cx, n * sizeof *x->twin);
    x->fn = cx_alloc(x->cx, n * sizeof *x->fn);
    x->launch = cx_alloc(x->cx, n * sizeof *x->launch);
    x->gemm = cx_alloc(x->cx, n * sizeof *x->gemm);
    x->bgrad_split = cx_alloc(x->cx, n * sizeof *x->bgrad_split);
    x->ev = cx_alloc(x->cx, 2 * n * sizeof *x->ev);
    x->kms = cx_alloc(x->cx, n * sizeof *x->kms);
    return x->const_off && x->twin && x->fn && x->launch && x->gemm && x->bgrad_split && x->ev && x->kms;
}

/* The two events around every kernel, for timed runs (made once). */
static bool make_kernel_events(CudaExec *x)
{
    for (uint32_t i = 0; i < 2 * x->p->nkernels; i++)
        if (!x->ev[i] && !rt_cuda_event_new(x->rt, &x->ev[i])) return false;
    return true;
}

static bool make_events(CudaExec *x)
{
    return (!x->o.timing || make_kernel_events(x)) && rt_cuda_event_new(x->rt, &x->uploaded) &&
           rt_cuda_event_new(x->rt, &x->consumed);
}

/* ---------------------------------------------------------------- GEMMs */

/* Call q of GEMM kernel k as cuBLASLt runs it: the bias, or the bias
 * gradient (BGRADB, our op(A)'s sums over k), as its epilogue. */
static RtGemm gemm_call(const CudaExec *x, uint32_t k, int64_t q)
{
    const Kernel *kn = &x->p->kernels[k];
    const KGemmPlan *g = &x->gemm[k];
    size_t es = dt_size(g->in_dt), cs = dt_size(g->dt);
    int64_t oa, ob, oc;
    kir_gemm_offsets(g, q, &oa, &ob, &oc);
    RtGemm r = {.type = g->in_dt == DT_BF16 ? RT_GEMM_BF16 : RT_GEMM_F32,
                .c_f32 = g->in_dt == DT_BF16 && g->dt == DT_F32, .m = (int)g->m, .n = (int)g->n,
                .k = (int)g->k, .trans_a = g->trans_a, .trans_b = g->trans_b, .batch = (int)g->batch,
                .stride_a = g->stride_a, .stride_b = g->stride_b, .stride_c = g->stride_c, .lda = (int)g->lda,
                .ldb = (int)g->ldb, .ldc = (int)g->ldc, .alpha = 1.0f, .beta = 0.0f,
                .epi = g->bias ? RT_EPI_BIAS : g->bgrad ? RT_EPI_BGRAD_A : RT_EPI_NONE};
    if (g->bias) /* one vector for every matrix of the batch (BIAS_BATCH_STRIDE 0) */
        r.bias = buf_dev(x, kn->bufs[g->arg_bias]) + (RtDevPtr)(g->base_bias * (int64_t)dt_size(g->bias_dt));
    if (g->bgrad) /* f32 sums, whatever D's type (a bf16 policy's dW is bf16) */
        r.bias = buf_dev(x, kn->bufs[g->arg_bgrad]) + (RtDevPtr)(g->base_bgrad * 4), r.bias_f32 = true;
    r.a = buf_dev(x, kn->bufs[g->arg_a]) + (RtDevPtr)(oa * (int64_t)es);
    r.b = buf_dev(x, kn->bufs[g->arg_b]) + (RtDevPtr)(ob * (int64_t)es);
    r.c = buf_dev(x, kn->out) + (RtDevPtr)(oc * (int64_t)cs);
    return r;
}

/* Byte offset of the bf16 ones (after K f32 ones, 256-aligned). */
static int64_t ones_bf16_at(int64_t k) { return (k * 4 + 255) / 256 * 256; }

/* A bias gradient without the epilogue: sums[1, M] = ones[1, K] @ op(A)^T,
 * op(A)^T being A as stored [K, M] (or [M, K] read transposed): the
 * product passes/colsum.c made before fusion, f32 out. */
static RtGemm ones_call(const CudaExec *x, const RtGemm *r)
{
    RtDevPtr ones = x->ones + (r->type == RT_GEMM_BF16 ? (RtDevPtr)ones_bf16_at(x->ones_k) : 0);
    return (RtGemm){.type = r->type, .c_f32 = r->type == RT_GEMM_BF16, .m = 1, .n = r->m, .k = r->k,
                    .trans_b = !r->trans_a, .batch = 1, .lda = r->k, .ldb = r->lda, .ldc = r->m, .alpha = 1.0f,
                    .epi = RT_EPI_NONE, .a = ones, .b = r->a, .c = r->bias};
}

static bool issue_gemm(CudaExec *x, uint32_t k)
{
    for (int64_t q = 0, nq = kir_gemm_calls(&x->gemm[k]); q < nq; q++) {
        RtGemm r = gemm_call(x, k, q);
        if (x->bgrad_split[k]) {
            RtGemm o = ones_call(x, &r);
            r.epi = RT_EPI_NONE, r.bias = 0;
            if (!rt_blaslt_gemm(x->lt, &o)) return rt_fail(x, rt_blaslt_error(x->lt));
        }
        if (!rt_blaslt_gemm(x->lt, &r)) return rt_fail(x, rt_blaslt_error(x->lt));
    }
    return true;
}

/* The ones of the products plan_bgrad falls back to: K of f32, then K of
 * bf16. */
static bool make_ones(CudaExec *x, int64_t k)
{
    size_t n = (size_t)(ones_bf16_at(k) + 2 * k);
    char *h = malloc(n);
    if (!h) return false;
    for (int64_t i = 0; i < k; i++) {
        float one = 1.0f;
        uint16_t bf = 0x3f80; /* bf16 1.0 */
        memcpy(h + 4 * i, &one, 4);
        memcpy(h + ones_bf16_at(k) + 2 * i, &bf, 2);
    }
    x->ones_k = k;
    bool ok = rt_cuda_alloc(x->rt, n, &x->ones) && rt_cuda_upload(x->rt, x->ones, h, n);
    free(h);
    return ok;
}

/* Whether cuBLASLt runs each bias-gradient GEMM with BGRADB, asked once at
 * start-up with the real pointers (the plans are cached for the runs).
 * Where it has no algorithm (cuBLASLt's epilogues differ by version, type
 * and layout), that kernel's sums run as a product with ones of their own
 * instead; cuda_exec_bgrad_split counts them, and ./run says so. */
static bool plan_bgrad(CudaExec *x, char *why, size_t nwhy)
{
    int64_t kmax = 0;
    for (uint32_t k = 0; k < x->p->nkernels; k++) {
        if (x->launch[k].how != CGC_GEMM || !x->gemm[k].bgrad) continue;
        RtGemm r = gemm_call(x, k, 0);
        if (rt_blaslt_prepare(x->lt, &r)) continue;
        if (!rt_blaslt_no_algorithm(x->lt)) return snprintf(why, nwhy, "%s", rt_blaslt_error(x->lt)), false;
        x->bgrad_split[k] = true;
        x->nsplit++;
        if (r.k > kmax) kmax = r.k;
    }
    if (!x->nsplit) return true;
    if (!make_ones(x, kmax)) return snprintf(why, nwhy, "%s", rt_cuda_error(x->rt)), false;
    for (uint32_t k = 0; k < x->p->nkernels; k++) {
        if (!x->bgrad_split[k]) continue;
        RtGemm r = gemm_call(x, k, 0), o = ones_call(x, &r);
        if (!rt_blaslt_prepare(x->lt, &o)) return snprintf(why, nwhy, "%s", rt_blaslt_error(x->lt)), false;
    }
    return true;
}

CudaExec *cuda_exec_new(Ctx *cx, const KernelProgram *p, const CudaExecOptions *o, char *why, size_t nwhy)
{
    IR_ASSERT(p->planned);
    why[0] = 0;
    CudaExec *x = cx_alloc(cx, sizeof *x);
    if (x) x->cx = cx, x->p = p;
    if (!x || !alloc_tables(x)) {
        snprintf(why, nwhy, "out of memory; training on the CPU");
        if (x) cuda_exec_free(x);
        return NULL;
    }
    if (o) x->o = *o;
    x->rt = rt_cuda_open(x->o.driver, x->o.device, why, nwhy);
    bool ok = x->rt && compile(x, why, nwhy);
    if (ok && needs_blaslt(x)) ok = (x->lt = rt_blaslt_open(x->rt, x->o.blaslt, why, nwhy)) != NULL;
    if (ok && !(alloc_memory(x) && make_events(x))) {
        snprintf(why, nwhy, "%s", rt_cuda_error(x->rt));
        ok = false;
    }
    ok = ok && plan_bgrad(x, why, nwhy);
    if (!ok) {
        cuda_exec_free(x);
        return NULL;
    }
    return x;
}

void cuda_exec_free(CudaExec *x)
{
    if (!x) return;
    if (x->rt) {
        rt_cuda_graph_free(x->rt, x->graph);
        for (uint32_t i = 0; i < 2 * x->p->nkernels; i++)
            if (x->ev[i]) rt_cuda_event_free(x->rt, x->ev[i]);
        rt_cuda_event_free(x->rt, x->uploaded);
        rt_cuda_event_free(x->rt, x->consumed);
        rt_cuda_free(x->rt, x->stage);
        rt_cuda_unpin(x->rt, x->pinned);
        if (x->lt) rt_blaslt_close(x->lt);
        for (int c = 0; c < KB_COUNT; c++)
            if (x->arena[c]) rt_cuda_free(x->rt, x->arena[c]);
        if (x->err) rt_cuda_free(x->rt, x->err);
        if (x->consts) rt_cuda_free(x->rt, x->consts);
        if (x->ones) rt_cuda_free(x->rt, x->ones);
        if (x->mod) rt_cuda_module_unload(x->rt, x->mod);
        rt_cuda_close(x->rt);
    }
    rt_cubin_free(&x->cubin);
    cx_free(x->cx, x->const_off);
    cx_free(x->cx, x->twin);
    cx_free(x->cx, x->fn);
    cx_free(x->cx, x->launch);
    cx_free(x->cx, x->gemm);
    cx_free(x->cx, x->bgrad_split);
    cx_free(x->cx, x->ev);
    cx_free(x->cx, x->kms);
    cx_free(x->cx, x);
}

/* ------------------------------------------------------------- values */

bool cuda_exec_set(CudaExec *x, uint32_t leaf, const Tensor *t)
{
    if (!kir_leaf_type_ok(x->cx, x->p, leaf, t)) return false;
    if (!x->p->node_buf[leaf] || t->numel == 0) return true;
    uint32_t b = x->p->node_buf[leaf] - 1;
    char *host = malloc(x->p->bufs[b].bytes);
    if (!host) return rt_fail(x, "out of memory uploading a leaf");
    tensor_to_data(t, host);
    bool ok = rt_cuda_upload(x->rt, buf_dev(x, b), host, x->p->bufs[b].bytes);
    free(host);
    return ok || rt_fail(x, rt_cuda_error(x->rt));
}

Tensor *cuda_exec_get(CudaExec *x, uint32_t id)
{
    if (!x->p->node_buf[id]) return NULL;
    uint32_t b = x->p->node_buf[id] - 1;
    Tensor *t = tensor_new(x->cx, &ir_node(x->p->g, id)->type);
    char *host = t ? malloc(x->p->bufs[b].bytes + 1) : NULL;
    bool ok = host && (t->numel == 0 || rt_cuda_download(x->rt, host, buf_dev(x, b), x->p->bufs[b].bytes));
    if (ok) tensor_from_data(t, host);
    free(host);
    if (!ok) {
        rt_fail(x, host || !t ? rt_cuda_error(x->rt) : "out of memory downloading a value");
        tensor_free(x->cx, t);
        return NULL;
    }
    return t;
}

bool cuda_exec_arena_put(CudaExec *x, int cls, const void *host)
{
    uint64_t n = x->p->plan.arena[cls];
    return !n || rt_cuda_upload(x->rt, x->arena[cls], host, n) || rt_fail(x, rt_cuda_error(x->rt));
}

bool cuda_exec_arena_get(CudaExec *x, int cls, void *host)
{
    uint64_t n = x->p->plan.arena[cls];
    return !n || rt_cuda_download(x->rt, host, x->arena[cls], n) || rt_fail(x, rt_cuda_error(x->rt));
}

RtDevPtr cuda_exec_arena(const CudaExec *x, int cls) { return x->arena[cls]; }

bool cuda_exec_read(CudaExec *x, uint32_t id, void *host)
{
    if (!x->p->node_buf[id]) return true;
    uint32_t b = x->p->node_buf[id] - 1;
    return !x->p->bufs[b].bytes || rt_cuda_download(x->rt, host, buf_dev(x, b), x->p->bufs[b].bytes) ||
           rt_fail(x, rt_cuda_error(x->rt));
}

/* ---------------------------------------------------------------- issue */

static bool issue_kernel(CudaExec *x, uint32_t k)
{
    const Kernel *kn = &x->p->kernels[k];
    const CgCudaLaunch *l = &x->launch[k];
    if (l->how == CGC_GEMM) return issue_gemm(x, k);
    if (l->how == CGC_HOST_CONST) {
        uint64_t bytes = x->p->bufs[kn->out].bytes;
        return !bytes || rt_cuda_copy_async(x->rt, buf_dev(x, kn->out), x->consts + x->const_off[k], bytes) ||
               rt_fail(x, rt_cuda_error(x->rt));
    }
    if (l->grid == 0) return true;
    RtDevPtr ptr[66];
    void *args[66];
    IR_ASSERT(kn->nbufs <= 64);
    for (uint32_t j = 0; j < kn->nbufs; j++) {
        ptr[j] = buf_dev(x, kn->bufs[j]);
        args[j] = &ptr[j];
    }
    ptr[kn->nbufs] = x->err;
    args[kn->nbufs] = &ptr[kn->nbufs];
    const unsigned grid[3] = {l->grid, 1, 1}, block[3] = {l->block, 1, 1};
    return rt_cuda_launch(x->rt, x->fn[k], grid, block, 0, args) || rt_fail(x, rt_cuda_error(x->rt));
}

static bool issue_commit(CudaExec *x)
{
    const Graph *g = x->p->g;
    for (NodeId id = 1; id < g->nnodes; id++) {
        const Node *n = ir_node(g, id);
        if (n->op != OP_ASSIGN || !x->p->node_buf[n->in[0]] || !x->p->node_buf[id]) continue;
        uint32_t src = x->p->node_buf[id] - 1, dst = x->p->node_buf[n->in[0]] - 1;
        if (src == dst || !x->p->bufs[src].bytes) continue;
        if (!rt_cuda_copy_async(x->rt, buf_dev(x, dst), buf_dev(x, src), x->p->bufs[src].bytes))
            return rt_fail(x, rt_cuda_error(x->rt));
    }
    return true;
}

static bool issue_all(CudaExec *x, bool timed)
{
    for (uint32_t k = 0; k < x->p->nkernels; k++) {
        if (timed && !rt_cuda_event_record(x->rt, x->ev[2 * k])) return rt_fail(x, rt_cuda_error(x->rt));
        if (!issue_kernel(x, k)) return false;
        if (timed && !rt_cuda_event_record(x->rt, x->ev[2 * k + 1])) return rt_fail(x, rt_cuda_error(x->rt));
    }
    return issue_commit(x);
}

/* Waits for the stream and reports (then clears) the device error word. */
static bool finish(CudaExec *x)
{
    uint64_t e[3] = {0};
    if (!rt_cuda_download(x->rt, e, x->err, sizeof e)) return rt_fail(x, rt_cuda_error(x->rt));
    if (!e[0]) return true;
    const Node *n = ir_node(x->p->g, (NodeId)e[0]);
    cx_error(x->cx, n->loc, "%s (node %%%u): index %lld out of range [0, %lld) on axis %lld", ir_ops[n->op].name,
             (unsigned)e[0], (long long)e[1], (long long)e[2], (long long)n->a.axis);
    uint64_t z[3] = {0};
    rt_cuda_upload(x->rt, x->err, z, sizeof z);
    return false;
}

static bool read_times(CudaExec *x)
{
    for (uint32_t k = 0; k < x->p->nkernels; k++)
        if (!rt_cuda_event_ms(x->rt, x->ev[2 * k], x->ev[2 * k + 1], &x->kms[k])) return rt_fail(x, rt_cuda_error(x->rt));
    return true;
}

/* --------------------------------------------------------------- inputs */

bool cuda_exec_pin_inputs(CudaExec *x, void *host, char *why, size_t nwhy)
{
    uint64_t n = x->p->plan.arena[KB_INPUT];
    if (!n || x->pinned) return true;
    if (!rt_cuda_pin(x->rt, host, n)) return snprintf(why, nwhy, "%s", rt_cuda_error(x->rt)), false;
    x->pinned = host;
    return true;
}

bool cuda_exec_inputs_writable(CudaExec *x)
{
    if (!x->reading) return true;
    x->reading = !rt_cuda_event_sync(x->rt, x->uploaded);
    return !x->reading || rt_fail(x, rt_cuda_error(x->rt));
}

/* One upload may wait for a launch at a time: a second before the launch
 * would overwrite staging the first step has not copied yet. */
bool cuda_exec_upload_inputs(CudaExec *x, const void *host)
{
    uint64_t n = x->p->plan.arena[KB_INPUT];
    if (!n) return true;
    if (x->staged) return rt_fail(x, "cuda_exec_upload_inputs: the previous upload was not launched yet");
    bool ok = (!x->consumed_once || rt_cuda_wait_side(x->rt, x->consumed)) &&
              rt_cuda_upload_side(x->rt, x->stage, host, n) && rt_cuda_event_record_side(x->rt, x->uploaded);
    x->staged = x->reading = ok;
    return ok || rt_fail(x, rt_cuda_error(x->rt));
}

/* Staging -> input arena ahead of the step, when an upload waits. */
static bool take_inputs(CudaExec *x)
{
    if (!x->staged) return true;
    bool ok = rt_cuda_wait(x->rt, x->uploaded) &&
              rt_cuda_copy_async(x->rt, x->arena[KB_INPUT], x->stage, x->p->plan.arena[KB_INPUT]) &&
              rt_cuda_event_record(x->rt, x->consumed);
    x->staged = false;
    x->consumed_once |= ok;
    return ok || rt_fail(x, rt_cuda_error(x->rt));
}

/* ------------------------------------------------------------------ run */

bool cuda_exec_launch(CudaExec *x)
{
    bool replay = x->o.graph && x->runs >= 1, ok = take_inputs(x);
    if (ok && replay && !x->graph) {
        ok = rt_cuda_graph_begin(x->rt) || rt_fail(x, rt_cuda_error(x->rt));
        bool issued = ok && issue_all(x, false);
        ok = ok && (rt_cuda_graph_end(x->rt, &x->graph) || rt_fail(x, rt_cuda_error(x->rt))) && issued;
    }
    if (ok && replay) ok = rt_cuda_graph_launch(x->rt, x->graph) || rt_fail(x, rt_cuda_error(x->rt));
    if (ok && !replay) ok = issue_all(x, x->o.timing);
    x->timed = ok && !replay && x->o.timing;
    x->runs++;
    return ok;
}

bool cuda_exec_wait(CudaExec *x)
{
    bool ok = finish(x) && (!x->timed || read_times(x));
    x->timed = false;
    return ok;
}

bool cuda_exec_run(CudaExec *x) { return cuda_exec_launch(x) && cuda_exec_wait(x); }

bool cuda_exec_run_timed(CudaExec *x)
{
    if (!make_kernel_events(x)) return rt_fail(x, rt_cuda_error(x->rt));
    bool ok = take_inputs(x) && issue_all(x, true) && finish(x) && read_times(x);
    x->runs++;
    return ok;
}

bool cuda_exec_step(CudaExec *x, uint32_t k) { return issue_kernel(x, k) && finish(x); }

bool cuda_exec_commit(CudaExec *x) { return issue_commit(x) && finish(x); }

double cuda_exec_kernel_ms(const CudaExec *x, uint32_t k) { return x->kms[k]; }
double cuda_exec_compile_seconds(const CudaExec *x) { return x->compile_sec; }
int cuda_exec_bgrad_split(const CudaExec *x) { return x->nsplit; }
const RtCubin *cuda_exec_cubin(const CudaExec *x) { return &x->cubin; }

/* --------------------------------------------------------------- report */

bool cuda_kernel_report(Ctx *cx, const KernelProgram *p, int arch, const char *cache_dir, FILE *out)
{
    char *src = cg_cuda_source(cx, p, NULL);
    if (!src) return false;
    RtNvrtcOptions no = nv_options(arch, cache_dir);
    RtCubin cb;
    size_t nerr = 1 << 16;
    char *err = malloc(nerr);
    double t0 = now_s();
    bool ok = err && rt_nvrtc_compile(src, p->g->name ? p->g->name : "passc", &no, &cb, err, nerr);
    double sec = now_s() - t0;
    if (!ok) cx_error(cx, (SrcLoc){0}, "%s", err ? err : "out of memory");
    free(err);
    cx_free(cx, src);
    if (!ok) return false;
    rt_cubin_report(&cb, out);
    int regs = 0, spills = 0;
    for (int i = 0; i < cb.nkernels; i++) {
        regs = cb.kernels[i].regs > regs ? cb.kernels[i].regs : regs;
        spills += cb.kernels[i].spill_stores + cb.kernels[i].spill_loads;
    }
    fprintf(out, "sm_%d: %u kernels in the program (%d compiled, the rest share code), max %d registers, %d spill bytes, %.2f s\n",
            arch, p->nkernels, cb.nkernels, regs, spills, sec);
    rt_cubin_free(&cb);
    return true;
}
