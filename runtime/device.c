/* device.c — where ./run's step runs: the choice between the CPU and CUDA
 * (--device cpu|cuda|auto), the CUDA sections of the bundle, and the glue
 * between the training loop's host buffers and the GPU executor
 * (runtime/cuda_exec.c).
 *
 * The host arenas stay the one place the loop reads and writes (inputs,
 * loss terms, weights for checkpoints); on CUDA they are a mirror.  The
 * params and state go up once (and again only after the host changed them:
 * init, resume, --init).  Each step's inputs (crop batches and step
 * scalars) go up as the one input arena, page-locked, on the executor's
 * side stream, so the loop can send step n+1's while step n computes
 * (rt_gpu_inputs_*, train.c); the step runs as a CUDA graph replayed after
 * the first run, then the loss, its terms and the finite flag come down as
 * raw bytes; params and state come down only for a checkpoint.
 *
 * CUBINs: `passc -o run` embeds, per arch, the NVRTC cache entry of the
 * program (runtime/nvrtc.c's file format, written by NVRTC itself) with its
 * key in `cuda.info`.  Before the executor compiles, the entry is put in
 * the CUBIN cache folder under its key, so the executor's compile is a
 * cache hit when this NVRTC is the compiling one's version; otherwise
 * NVRTC compiles the program (the same numbers, a slower start).
 *
 * Peaks for MFU: datasheet numbers per arch (f32 on CUDA cores, as the
 * executor's GEMMs use CUBLAS_COMPUTE_32F, or bf16 tensor cores when the
 * step has bf16 GEMMs); on the CPU a 512^3 sgemm timed once;
 * $PASSC_PEAK_TFLOPS overrides both. */
#define _GNU_SOURCE
#include "runtime/runtime.h"
#include "runtime/cuda.h"

#include <cblas.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

struct RtGpu {
    Ctx *cx;
    CudaExec *x;
    RtCudaInfo info;
    bool cubin_used;
    char pin_note[384]; /* why the input arena is not page-locked, or "" */
};

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* ------------------------------------------------------------ sections */

static bool info_bad(Ctx *cx, const char *why)
{
    cx_error(cx, (SrcLoc){0}, "the bundle's CUDA section is damaged (%s); recompile with passc -o", why);
    return false;
}

/* Checks that a cubin.sm_XX section is a CUBIN cache entry of its size:
 * "PASSCBIN" u32 format u32 pad u64 log_len u64 cubin_len u8 sha256[32],
 * the log, the CUBIN (runtime/nvrtc.c checks the hash when it loads it). */
static bool entry_ok(const BundleSection *s, size_t cubin_bytes)
{
    enum { HEAD = 64 };
    uint64_t log_len, cubin_len;
    if (!s || s->len < HEAD || memcmp(s->data, "PASSCBIN", 8)) return false;
    memcpy(&log_len, s->data + 16, 8);
    memcpy(&cubin_len, s->data + 24, 8);
    return cubin_len == cubin_bytes && log_len < s->len && HEAD + log_len + cubin_len == s->len;
}

bool rt_cuda_sections(Ctx *cx, const Bundle *b, RtCudaSections *cs)
{
    memset(cs, 0, sizeof *cs);
    const BundleSection *info = bundle_find(b, "cuda.info"), *src = bundle_find(b, "cuda.src");
    if (!info) return true;
    if (!src) return info_bad(cx, "cuda.info without cuda.src");
    cs->src_bytes = src->len;
    char *text = strndup((const char *)info->data, info->len), *save = NULL;
    if (!text) return false;
    bool ok = !strncmp(text, "passc-cuda 1\n", 13);
    for (char *l = strtok_r(text, "\n", &save); ok && l; l = strtok_r(NULL, "\n", &save)) {
        int arch;
        char key[65];
        unsigned long long nb;
        if (!strncmp(l, "nvrtc ", 6)) snprintf(cs->nvrtc, sizeof cs->nvrtc, "%s", l + 6);
        if (sscanf(l, "cubin %d %64s %llu", &arch, key, &nb) != 3) continue;
        ok = cs->narch < RT_MAX_ARCHS && strlen(key) == 64;
        if (!ok) break;
        char name[32];
        snprintf(name, sizeof name, "cubin.sm_%d", arch);
        cs->sec[cs->narch] = bundle_find(b, name);
        ok = entry_ok(cs->sec[cs->narch], nb);
        cs->arch[cs->narch] = arch, cs->cubin_bytes[cs->narch] = nb;
        memcpy(cs->key[cs->narch++], key, 65);
    }
    free(text);
    cs->present = ok;
    return ok || info_bad(cx, "cuda.info does not match the cubin sections");
}

int rt_cuda_sections_find(const RtCudaSections *cs, int arch)
{
    for (int i = 0; i < cs->narch; i++)
        if (cs->arch[i] == arch) return i;
    return -1;
}

/* ---------------------------------------------------------- the cache */

bool rt_cubin_cache_dir(char *dir, size_t n)
{
    const char *env = getenv("PASSC_CACHE_DIR"), *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
    if (env && *env) snprintf(dir, n, "%s", env);
    else if (xdg && *xdg) snprintf(dir, n, "%s/passc", xdg);
    else if (home && *home) snprintf(dir, n, "%s/.cache/passc", home);
    else return false;
    for (char *p = dir + 1;; p++) { /* mkdir -p */
        if (*p && *p != '/') continue;
        char c = *p;
        *p = 0;
        int r = mkdir(dir, 0755);
        *p = c;
        if (r && errno != EEXIST) return false;
        if (!c) return access(dir, W_OK) == 0;
    }
}

/* Writes entry i as dir/<key>.cubin unless there (temporary file, rename). */
static bool seed_entry(const RtCudaSections *cs, int i, const char *dir)
{
    char path[4200], tmp[4300];
    snprintf(path, sizeof path, "%s/%s.cubin", dir, cs->key[i]);
    if (access(path, R_OK) == 0) return true;
    snprintf(tmp, sizeof tmp, "%s.tmp%ld", path, (long)getpid());
    FILE *f = fopen(tmp, "wb");
    bool ok = f && fwrite(cs->sec[i]->data, 1, cs->sec[i]->len, f) == cs->sec[i]->len;
    if (f) ok = fclose(f) == 0 && ok;
    ok = ok && rename(tmp, path) == 0;
    if (!ok) unlink(tmp);
    return ok;
}

/* ------------------------------------------------------------- choice */

static void note(const RtOpenOptions *o, const char *fmt, const char *arg)
{
    FILE *f = o->notes ? o->notes : stderr;
    fprintf(f, "%s: note: ", o->prog ? o->prog : "run");
    fprintf(f, fmt, arg);
    fputc('\n', f);
}

/* Whether the step can run on CUDA: a driver, a device, and a CUBIN for
 * its arch or NVRTC to compile one.  Says why not in one line (for an
 * explicit cuda and for auto alike). */
static bool cuda_usable(RtModel *rm, const RtOpenOptions *o, RtCudaInfo *info)
{
    char why[512] = "";
    int major, minor;
    bool nvrtc = rt_nvrtc_version(&major, &minor);
    if (!rm->cuda.present) {
        note(o, "this executable has no CUDA code (compiled for the CPU only: --target=cpu, or passc noted why)%s; "
                "training on the CPU", "");
        return false;
    }
    RtCuda *cu = rt_cuda_open(getenv("PASSC_CUDA_DRIVER"), 0, why, sizeof why);
    if (!cu) {
        note(o, "%s", why);
        return false;
    }
    *info = *rt_cuda_info(cu);
    rt_cuda_close(cu);
    if (!nvrtc) {
        snprintf(why, sizeof why, "%s (sm_%d) found, but this launcher was built without NVRTC, which the CUDA "
                 "executor needs (even for the bundle's CUBIN); training on the CPU", info->name, info->arch);
        note(o, "%s", why);
        return false;
    }
    return true;
}

bool rt_device_choose(RtModel *rm, const RtOpenOptions *o, RtCudaInfo *info)
{
    const char *d = o->device ? o->device : "cpu";
    if (!strcmp(d, "cpu")) return false;
    return cuda_usable(rm, o, info);
}

/* ---------------------------------------------------------------- open */

RtGpu *rt_gpu_open(RtModel *rm, const RtCudaInfo *info, char *why, size_t nwhy)
{
    RtGpu *g = cx_alloc(rm->cx, sizeof *g);
    if (!g) return snprintf(why, nwhy, "out of memory"), NULL;
    g->cx = rm->cx, g->info = *info;
    char dir[4096], tmpdir[64] = "";
    int i = rt_cuda_sections_find(&rm->cuda, info->arch);
    bool have = rt_cubin_cache_dir(dir, sizeof dir);
    if (i >= 0 && !(have && seed_entry(&rm->cuda, i, dir))) {
        /* No usable cache folder: a private one for this start-up. */
        snprintf(tmpdir, sizeof tmpdir, "/tmp/passc-cubin.XXXXXX");
        have = mkdtemp(tmpdir) && (snprintf(dir, sizeof dir, "%s", tmpdir), seed_entry(&rm->cuda, i, dir));
    }
    CudaExecOptions co = {.driver = getenv("PASSC_CUDA_DRIVER"), .blaslt = getenv("PASSC_CUBLASLT"),
                          .cache_dir = have ? dir : "", .graph = true};
    g->x = cuda_exec_new(rm->cx, rm->kp, &co, why, nwhy);
    if (tmpdir[0]) { /* the seeded entry, and NVRTC's own after a miss */
        snprintf(dir, sizeof dir, "%s/%s.cubin", tmpdir, rm->cuda.key[i]);
        unlink(dir);
        if (g->x) snprintf(dir, sizeof dir, "%s/%s.cubin", tmpdir, cuda_exec_cubin(g->x)->key), unlink(dir);
        rmdir(tmpdir);
    }
    if (!g->x) return cx_free(rm->cx, g), NULL;
    /* Not fatal: uploads from pageable memory work, without the overlap;
     * rt_gpu_describe says so. */
    char pin[300];
    if (!cuda_exec_pin_inputs(g->x, host_exec_arena(rm->x, KB_INPUT), pin, sizeof pin))
        snprintf(g->pin_note, sizeof g->pin_note, "; inputs from pageable memory, not overlapped (%s)", pin);
    g->cubin_used = i >= 0 && !strcmp(cuda_exec_cubin(g->x)->key, rm->cuda.key[i]);
    return g;
}

void rt_gpu_close(RtGpu *g)
{
    if (!g) return;
    cuda_exec_free(g->x);
    cx_free(g->cx, g);
}

void rt_gpu_describe(const RtGpu *g, char *out, size_t n)
{
    const RtCubin *c = cuda_exec_cubin(g->x);
    char split[128] = "";
    int ns = cuda_exec_bgrad_split(g->x);
    if (ns)
        snprintf(split, sizeof split, "; %d bias gradient%s as GEMMs of their own: cuBLASLt has no BGRADB algorithm",
                 ns, ns > 1 ? "s" : "");
    snprintf(out, n, "cuda (%s, sm_%d, %d SMs, %.1f GB; program %s, %.2f s%s%s)", g->info.name, g->info.arch,
             g->info.sm_count, (double)g->info.total_mem / 1e9,
             g->cubin_used ? "from the bundle's CUBIN" : c->from_cache ? "from the CUBIN cache" : "compiled by NVRTC",
             cuda_exec_compile_seconds(g->x), g->pin_note, split);
}

/* --------------------------------------------------------------- values */

/* Host and device arenas share the plan's layout: weights move as whole
 * arenas, byte for byte. */
static const KBufClass weights[2] = {KB_PARAM, KB_STATE};

bool rt_gpu_put_leaves(RtGpu *g, const RtModel *rm)
{
    for (int i = 0; i < 2; i++)
        if (!cuda_exec_arena_put(g->x, weights[i], host_exec_arena(rm->x, weights[i]))) return false;
    return true;
}

bool rt_gpu_get_leaves(RtGpu *g, const RtModel *rm)
{
    for (int i = 0; i < 2; i++)
        if (!cuda_exec_arena_get(g->x, weights[i], host_exec_arena(rm->x, weights[i]))) return false;
    return true;
}

bool rt_gpu_inputs_writable(RtGpu *g) { return cuda_exec_inputs_writable(g->x); }

bool rt_gpu_inputs_send(RtGpu *g, const RtModel *rm)
{
    return cuda_exec_upload_inputs(g->x, host_exec_arena(rm->x, KB_INPUT));
}

bool rt_gpu_launch(RtGpu *g) { return cuda_exec_launch(g->x); }

/* An output's value, byte for byte into its host buffer. */
static bool read_out(RtGpu *g, const RtModel *rm, NodeId out)
{
    NodeId id = ir_node(rm->g, out)->in[0];
    void *host = host_exec_buf(rm->x, id, NULL);
    return !host || cuda_exec_read(g->x, id, host);
}

static bool read_losses(RtGpu *g, const RtModel *rm)
{
    bool ok = read_out(g, rm, rm->loss_out) && read_out(g, rm, rm->finite_out);
    for (int i = 0; ok && i < rm->cfg.nloss; i++)
        if (rm->term_out[i]) ok = read_out(g, rm, rm->term_out[i]);
    return ok;
}

bool rt_gpu_finish(RtGpu *g, const RtModel *rm) { return cuda_exec_wait(g->x) && read_losses(g, rm); }

bool rt_gpu_run_profiled(RtGpu *g, const RtModel *rm, double *sec)
{
    if (!rt_gpu_inputs_send(g, rm) || !cuda_exec_run_timed(g->x) || !read_losses(g, rm)) return false;
    for (uint32_t k = 0; k < rm->kp->nkernels; k++) sec[k] = cuda_exec_kernel_ms(g->x, k) * 1e-3;
    return true;
}

/* ---------------------------------------------------------------- peaks */

static bool step_has_bf16_gemm(const KernelProgram *p)
{
    for (uint32_t k = 0; k < p->nkernels; k++)
        if (p->kernels[k].kind == KK_GEMM && p->bufs[p->kernels[k].ga.buf].dt == DT_BF16) return true;
    return false;
}

double rt_gpu_peak(const RtGpu *g, const KernelProgram *p, char *what, size_t n)
{
    bool bf16 = step_has_bf16_gemm(p);
    /* Datasheet dense peaks of the SXM parts (H100/H200, A100). */
    double peak = g->info.arch == 90 ? (bf16 ? 989e12 : 67e12) : g->info.arch == 80 ? (bf16 ? 312e12 : 19.5e12) : 0;
    snprintf(what, n, "%s datasheet peak of sm_%d", bf16 ? "bf16" : "f32", g->info.arch);
    return peak;
}

double rt_cpu_peak(int threads, char *what, size_t n)
{
    enum { N = 512 };
    int before = openblas_get_num_threads(); /* the step keeps OpenBLAS on one thread (cpu_templates.c) */
    openblas_set_num_threads(threads);
    float *a = malloc(sizeof(float) * N * N * 3);
    if (!a) return 0;
    for (int i = 0; i < 3 * N * N; i++) a[i] = (float)(i % 7) * 0.125f;
    double best = 1e30;
    for (int r = 0; r < 3; r++) {
        double t0 = now_s();
        cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, N, N, N, 1.0f, a, N, a + N * N, N, 0.0f,
                    a + 2 * N * N, N);
        double dt = now_s() - t0;
        best = dt < best ? dt : best;
    }
    free(a);
    openblas_set_num_threads(before);
    snprintf(what, n, "a measured 512^3 sgemm, %d threads", threads);
    return 2.0 * N * N * N / best;
}

double rt_peak_override(void)
{
    const char *e = getenv("PASSC_PEAK_TFLOPS");
    char *end;
    double v = e ? strtod(e, &end) : 0;
    return e && end != e && v > 0 ? v * 1e12 : 0;
}
