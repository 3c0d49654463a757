/* write_run.c — `passc MODEL.yaml -o run`: compiles a model's training
 * step and writes the executable that trains it.
 *
 * Expects a Model whose training step the driver has built (step_build);
 * the graph pipeline runs here, after which only names are used.
 * Produces one file: the launcher binary passc-run followed by a bundle
 * (codegen/bundle.c) with the sections
 *   config      the model's tables as text lines (batch, epochs, schedules,
 *               crop sets with per-crop augmentation, losses, constants)
 *   graph.pir   the step graph in the canonical text form
 *   kir.bin     the planned kernel program; kir.txt its text form
 *   cpu.N.bc    part N of the optimised CPU kernels (bitcode), N < CG_CPU_PARTS
 *   cpu.N.o     the same compiled for this CPU; cpu.target says which CPU
 *   host.bc     the host loop passc_step (bitcode); host.o the same compiled
 *   cuda.src    the CUDA program of all kernels (codegen/cuda.c)
 *   cuda.info   NVRTC version and, per arch, the CUBIN's cache key and size
 *   cubin.sm_XX NVRTC's cache entry of the program for sm_XX (the format of
 *               runtime/nvrtc.c: header, ptxas log, CUBIN)
 * docs/bundle.md describes each.  RunOptions choose the CPU code, the CUDA
 * program and the archs; the CUBINs are compiled one thread per arch with
 * the options the GPU executor uses (runtime/cuda_exec.c), through the
 * CUBIN cache, so a recompile costs nothing and ./run's executor finds
 * the entry under the same key. */
#define _GNU_SOURCE /* dladdr */
#include "tools/write_run.h"

#include "codegen/cg.h"
#include "codegen/cg_cuda.h"
#include "runtime/cuda.h"
#include "runtime/runtime.h"

#include <dirent.h>
#include <dlfcn.h>
#include <errno.h>
#include <limits.h>
#include <llvm-c/Core.h>
#include <llvm/Config/llvm-config.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static SrcLoc path_loc(Ctx *cx, const char *p) { return (SrcLoc){cx_file(cx, p, NULL, 0), 0, 0}; }

/* ------------------------------------------------------------- config */

static const char *sched_kind(FeSchedKind k)
{
    return k == FS_COSINE ? "cosine" : k == FS_LINEAR ? "linear" : "constant";
}

static void config_crops(const Model *m, FILE *f)
{
    for (uint32_t i = 0; i < m->ncrops; i++) {
        const FeCropSet *c = &m->crops[i];
        fprintf(f, "crop %s %lld %lld %.17g %.17g\n", c->name, (long long)c->count, (long long)c->size,
                c->scale_lo, c->scale_hi);
        for (int64_t j = 0; j < c->count; j++)
            fprintf(f, "crop_aug %s %lld %.17g %.17g %.17g %.17g %.17g\n", c->name, (long long)j, c->flip[j],
                    c->jitter[j], c->gray[j], c->blur[j], c->solarize[j]);
    }
}

/* "tiny_dino_pass" from ".../models/tiny_dino_pass.yaml". */
static void model_name(const Model *m, char *out, size_t n)
{
    const char *p = m->path ? m->path : "model", *slash = strrchr(p, '/');
    snprintf(out, n, "%s", slash ? slash + 1 : p);
    char *dot = strrchr(out, '.');
    if (dot && dot != out) *dot = 0;
}

static char *config_text(Ctx *cx, const Model *m, const RunOptions *ro, size_t *len)
{
    char name[128];
    model_name(m, name, sizeof name);
    char *buf = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&buf, &n);
    if (!f) return NULL;
    fprintf(f, "passc-config 1\nversion %s\nmodel %s\nsource %s\nbatch %lld\nepochs %lld\n", PASSC_VERSION,
            name, m->path ? m->path : "?", (long long)m->batch,
            (long long)m->epochs);
    for (uint32_t i = 0; i < m->nsched; i++) {
        const FeSchedule *s = &m->sched[i];
        fprintf(f, "sched %s %s %.17g %.17g %.17g %lld %d\n", s->name, sched_kind(s->kind), s->base, s->final,
                s->start, (long long)s->warmup_epochs, s->per_epoch ? 1 : 0);
    }
    for (int i = 0; i < ro->ndefines; i++)
        if (!strpbrk(ro->defines[i], " \n")) fprintf(f, "define %s\n", ro->defines[i]);
    config_crops(m, f);
    for (uint32_t i = 0; i < m->nlosses; i++) fprintf(f, "loss %s %.17g\n", m->losses[i].name, m->losses[i].weight);
    for (uint32_t i = 0; i < m->nconsts; i++) {
        const FeConst *c = &m->consts[i];
        if (c->is_int) fprintf(f, "const %s %lld\n", c->name, (long long)c->i);
        else fprintf(f, "const %s %.17g\n", c->name, c->f);
    }
    fclose(f);
    char *out = buf ? cx_strdup(cx, buf) : NULL;
    free(buf);
    *len = out ? strlen(out) : 0;
    return out;
}

/* ----------------------------------------------------------- sections */

static bool add_owned(Ctx *cx, Bundle *b, const char *name, void *data, size_t len)
{
    bool ok = data && bundle_add(cx, b, name, data, len);
    cx_free(cx, data);
    return ok;
}

static bool add_text_dumps(Ctx *cx, Bundle *b, const Model *m, const KernelProgram *kp, const RunOptions *ro)
{
    size_t len;
    char *cfg = config_text(cx, m, ro, &len);
    if (!add_owned(cx, b, "config", cfg, len)) return false;
    char *pir = ir_print_str(m->g);
    bool ok = pir && bundle_add(cx, b, "graph.pir", pir, strlen(pir));
    free(pir);
    char *kir = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&kir, &n);
    if (f) {
        kir_print(kp, f);
        fclose(f);
    }
    ok = ok && kir && bundle_add(cx, b, "kir.txt", kir, n);
    free(kir);
    uint8_t *bin = ok ? kir_serialize(cx, kp, &len) : NULL;
    return ok && add_owned(cx, b, "kir.bin", bin, len);
}

/* ------------------------------------------------------- CPU code cache */

/* The CPU sections (cpu.N.bc, cpu.N.o, host.bc, host.o, cpu.target) are a
 * function of the graph and its kernel program (graph.pir, and kir.txt: the
 * program is a function of the graph and the fusion options, which show in
 * its text), of this passc and its LLVM, and of the CPU it compiles for.  A recompile of an
 * unchanged model reads them from <cache folder>/<key>.cpu, a bundle of
 * those sections (checksummed like the executable's), as the CUBINs come
 * from NVRTC's cache: compiling them was 1.15 of the 1.85 s of a warm
 * `passc models/dino_pass.yaml -o run` (2-core VM).  The cache is an
 * optimisation only: a missing, unreadable or corrupt entry is rebuilt. */
#define CPU_CACHE_FORMAT "passc-cpu-code 1"

static bool cpu_section_name(int i, char *name, size_t n)
{
    static const char *const fixed[] = {"host.bc", "host.o", "cpu.target"};
    if (i < 2 * CG_CPU_PARTS) snprintf(name, n, "cpu.%d.%s", i / 2, i % 2 ? "o" : "bc");
    else if (i < 2 * CG_CPU_PARTS + 3) snprintf(name, n, "%s", fixed[i - 2 * CG_CPU_PARTS]);
    else return false;
    return true;
}

/* This passc's own bytes (its code generators are part of the key). */
static uint8_t *read_self(size_t *len)
{
    FILE *f = fopen("/proc/self/exe", "rb");
    if (!f) return NULL;
    long size = fseek(f, 0, SEEK_END) == 0 ? ftell(f) : -1;
    uint8_t *buf = size > 0 && fseek(f, 0, SEEK_SET) == 0 ? malloc((size_t)size) : NULL;
    bool ok = buf && fread(buf, 1, (size_t)size, f) == (size_t)size;
    fclose(f);
    if (!ok) return free(buf), NULL;
    *len = (size_t)size;
    return buf;
}

/* The LLVM library this passc runs with, as path, size and time: the
 * headers' version does not change when a point release of the shared
 * library is installed under it. */
static void llvm_library(char *s, size_t n)
{
    union {
        LLVMContextRef (*f)(void);
        void *p;
    } fn = {.f = LLVMContextCreate};
    Dl_info di;
    struct stat st;
    if (dladdr(fn.p, &di) && di.dli_fname && stat(di.dli_fname, &st) == 0)
        snprintf(s, n, "%s %lld %lld", di.dli_fname, (long long)st.st_size, (long long)st.st_mtime);
    else snprintf(s, n, "?");
}

/* sha256 over what the CPU code depends on; false when passc cannot read
 * itself (no cache then). */
static bool cpu_cache_key(Ctx *cx, const Bundle *b, char hex[65])
{
    const BundleSection *kir = bundle_find(b, "kir.txt"), *pir = bundle_find(b, "graph.pir");
    char *target = cg_host_target(cx);
    size_t nself = 0;
    uint8_t *self = kir && pir && target ? read_self(&nself) : NULL;
    uint8_t d[5][32], key[32];
    if (self) {
        char ver[4400], lib[4200];
        llvm_library(lib, sizeof lib);
        int nv = snprintf(ver, sizeof ver, "%s llvm-%s %s parts-%d", CPU_CACHE_FORMAT, LLVM_VERSION_STRING, lib,
                          CG_CPU_PARTS);
        rt_sha256(ver, (size_t)nv, d[0]);
        rt_sha256(target, strlen(target), d[1]);
        rt_sha256(self, nself, d[2]);
        rt_sha256(kir->data, kir->len, d[3]);
        rt_sha256(pir->data, pir->len, d[4]);
        rt_sha256(d, sizeof d, key);
        for (int i = 0; i < 32; i++) snprintf(hex + 2 * i, 3, "%02x", key[i]);
    }
    free(self);
    cx_free(cx, target);
    return self != NULL;
}

/* 1: the cached sections added to b; 0: a miss (b unchanged); -1: out of
 * memory while adding them (an error). */
static int cpu_cache_get(Ctx *cx, Bundle *b, const char *path)
{
    FILE *devnull = fopen("/dev/null", "w");
    if (!devnull) return 0;
    Ctx quiet; /* a miss or a damaged entry is not the user's error */
    ctx_init(&quiet, devnull);
    Bundle e = {0};
    bool hit = access(path, R_OK) == 0 && bundle_read_file(&quiet, path, &e), ok = hit;
    char name[32];
    for (int i = 0; hit && cpu_section_name(i, name, sizeof name); i++) hit = bundle_find(&e, name) != NULL;
    for (int i = 0; hit && ok && cpu_section_name(i, name, sizeof name); i++) {
        const BundleSection *s = bundle_find(&e, name);
        ok = bundle_add(cx, b, name, s->data, s->len);
    }
    if (e.payload || e.sec) bundle_free(&quiet, &e);
    ctx_fini(&quiet);
    fclose(devnull);
    return !hit ? 0 : ok ? 1 : -1;
}

/* Writes b's CPU sections as the entry at path (temporary file, rename);
 * a failure only costs the next compile its time. */
static void cpu_cache_put(Ctx *cx, const Bundle *b, const char *path)
{
    Bundle e = {0};
    char name[32], tmp[4200];
    bool ok = true;
    for (int i = 0; ok && cpu_section_name(i, name, sizeof name); i++) {
        const BundleSection *s = bundle_find(b, name);
        ok = s && bundle_add(cx, &e, name, s->data, s->len);
    }
    size_t n = 0;
    uint8_t *bytes = ok ? bundle_serialize(cx, &e, 0, &n) : NULL;
    snprintf(tmp, sizeof tmp, "%s.tmp%ld", path, (long)getpid());
    FILE *f = bytes ? fopen(tmp, "wb") : NULL;
    ok = f && fwrite(bytes, 1, n, f) == n;
    if (f) ok &= fclose(f) == 0;
    if (f && !(ok && rename(tmp, path) == 0)) remove(tmp);
    cx_free(cx, bytes);
    bundle_free(cx, &e);
}

/* cpu.N.bc and cpu.N.o for the parts (codegen/cpu_parts.c, one thread per
 * core), host.bc and host.o, and cpu.target; from the CPU code cache when
 * it holds them. */
static bool add_code(Ctx *cx, Bundle *b, const KernelProgram *kp, const PipelineOptions *po)
{
    double t0 = pass_now_ms();
    char dir[4000], key[65], path[4100];
    bool cached = rt_cubin_cache_dir(dir, sizeof dir) && cpu_cache_key(cx, b, key);
    if (cached) snprintf(path, sizeof path, "%s/%s.cpu", dir, key);
    int got = cached ? cpu_cache_get(cx, b, path) : 0;
    if (got) {
        pass_time_stage(po, "cpu-cached", t0);
        return got > 0;
    }
    CgCpuPart parts[CG_CPU_PARTS];
    if (!cg_cpu_compile_parts(cx, kp, 0, parts)) return false;
    pass_time_stage(po, "cpu-code", t0);
    bool ok = true;
    char name[32];
    for (int i = 0; i < CG_CPU_PARTS; i++) {
        snprintf(name, sizeof name, "cpu.%d.bc", i);
        ok = ok && bundle_add(cx, b, name, parts[i].bc, parts[i].bc_len);
        snprintf(name, sizeof name, "cpu.%d.o", i);
        ok = ok && bundle_add(cx, b, name, parts[i].obj, parts[i].obj_len);
    }
    cg_cpu_parts_free(cx, parts);
    t0 = pass_now_ms();
    LLVMContextRef C = LLVMContextCreate();
    LLVMModuleRef hm = ok ? cg_host_build(cx, kp, C) : NULL;
    size_t nh = 0, no = 0;
    uint8_t *hbc = hm ? cg_module_bitcode(cx, hm, &nh) : NULL;
    ok = ok && add_owned(cx, b, "host.bc", hbc, nh);
    uint8_t *ho = ok ? cg_host_object(cx, hm, &no) : NULL;
    ok = ok && add_owned(cx, b, "host.o", ho, no);
    char *target = ok ? cg_host_target(cx) : NULL;
    ok = ok && add_owned(cx, b, "cpu.target", target, target ? strlen(target) : 0);
    if (hm) LLVMDisposeModule(hm);
    LLVMContextDispose(C);
    pass_time_stage(po, "host-loop", t0);
    if (ok && cached) cpu_cache_put(cx, b, path);
    return ok;
}

/* --------------------------------------------------------------- CUDA */

/* One NVRTC compile on its own thread.  The options must stay those of
 * runtime/cuda_exec.c (nv_options), or ./run's executor looks for another
 * key and compiles again (it then says so: "compiled by NVRTC"). */
typedef struct CubinJob {
    const char *src, *dir;
    int arch;
    RtCubin cb;
    char err[2048];
    bool ok;
    atomic_int done;
} CubinJob;

static void *cubin_job(void *arg)
{
    CubinJob *j = arg;
    static const char *const extra[] = {"--fmad=false"};
    RtNvrtcOptions no = {.arch = j->arch, .cache_dir = j->dir, .extra = extra, .nextra = 1};
    j->ok = rt_nvrtc_compile(j->src, "passc", &no, &j->cb, j->err, sizeof j->err);
    atomic_store(&j->done, 1);
    return NULL;
}

static uint8_t *read_entry(Ctx *cx, const char *dir, const char *key, size_t *len)
{
    char path[4200];
    snprintf(path, sizeof path, "%s/%s.cubin", dir, key);
    FILE *f = fopen(path, "rb");
    long n = f && fseek(f, 0, SEEK_END) == 0 ? ftell(f) : -1;
    uint8_t *buf = n > 0 && fseek(f, 0, SEEK_SET) == 0 ? cx_alloc(cx, (size_t)n) : NULL;
    bool ok = buf && fread(buf, 1, (size_t)n, f) == (size_t)n;
    if (f) fclose(f);
    if (!ok) {
        cx_error(cx, (SrcLoc){0}, "cannot read the CUBIN cache entry %s: %s", path, f ? "short read" : strerror(errno));
        cx_free(cx, buf);
        return NULL;
    }
    *len = (size_t)n;
    return buf;
}

/* Runs the jobs in parallel, the bar showing the time. */
static void run_jobs(CubinJob *jobs, int n, RtProgress *bar, int64_t stage)
{
    pthread_t th[RUN_MAX_ARCHS];
    bool started[RUN_MAX_ARCHS];
    for (int i = 0; i < n; i++) started[i] = pthread_create(&th[i], NULL, cubin_job, &jobs[i]) == 0;
    for (int i = 0; i < n; i++)
        if (!started[i]) cubin_job(&jobs[i]); /* no thread: compile here */
    for (bool all = false; !all;) {
        all = true;
        for (int i = 0; i < n; i++) all &= atomic_load(&jobs[i].done) != 0;
        rt_progress_set(bar, stage, "NVRTC: CUBINs");
        if (!all) usleep(50000);
    }
    for (int i = 0; i < n; i++)
        if (started[i]) pthread_join(th[i], NULL);
}

/* Removes a flat folder this process made (the temporary CUBIN cache). */
static void remove_flat_dir(const char *dir)
{
    DIR *d = opendir(dir);
    if (d) {
        char path[4352];
        for (struct dirent *e; (e = readdir(d));) {
            if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
            snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
            unlink(path);
        }
        closedir(d);
    }
    rmdir(dir);
}

/* cubin.sm_XX sections and the cuda.info lines naming them. */
static bool add_cubins(Ctx *cx, Bundle *b, const char *src, const RunOptions *t, FILE *info, RtProgress *bar,
                       int64_t stage)
{
    char dir[4096];
    bool temporary = !rt_cubin_cache_dir(dir, sizeof dir);
    if (temporary) {
        snprintf(dir, sizeof dir, "/tmp/passc-cubin.XXXXXX");
        if (!mkdtemp(dir)) {
            cx_error(cx, (SrcLoc){0}, "no CUBIN cache folder and no temporary one: %s", strerror(errno));
            return false;
        }
    }
    CubinJob jobs[RUN_MAX_ARCHS];
    memset(jobs, 0, sizeof jobs);
    for (int i = 0; i < t->narch; i++) jobs[i].src = src, jobs[i].dir = dir, jobs[i].arch = t->arch[i];
    run_jobs(jobs, t->narch, bar, stage);
    bool ok = true;
    for (int i = 0; i < t->narch; i++) {
        if (ok && !jobs[i].ok) cx_error(cx, (SrcLoc){0}, "%s", jobs[i].err), ok = false;
        size_t n = 0;
        uint8_t *e = ok ? read_entry(cx, dir, jobs[i].cb.key, &n) : NULL;
        char name[32];
        snprintf(name, sizeof name, "cubin.sm_%d", t->arch[i]);
        ok = ok && add_owned(cx, b, name, e, n);
        if (ok) fprintf(info, "cubin %d %s %zu\n", t->arch[i], jobs[i].cb.key, jobs[i].cb.size);
        rt_cubin_free(&jobs[i].cb);
    }
    if (temporary) remove_flat_dir(dir);
    return ok;
}

static bool add_cuda(Ctx *cx, Bundle *b, const KernelProgram *kp, const RunOptions *t, RtProgress *bar,
                     int64_t stage)
{
    int major = 0, minor = 0;
    bool nvrtc = rt_nvrtc_version(&major, &minor);
    if (t->narch && !nvrtc) {
        cx_error(cx, (SrcLoc){0}, "--target: this passc was built without NVRTC, so it cannot compile CUBINs "
                 "(--target=cpu,cuda embeds the CUDA program alone)");
        return false;
    }
    rt_progress_set(bar, stage, "CUDA program");
    char *src = cg_cuda_source(cx, kp, NULL), *text = NULL;
    size_t n = 0;
    FILE *info = src ? open_memstream(&text, &n) : NULL;
    bool ok = info && bundle_add(cx, b, "cuda.src", src, strlen(src));
    if (info) fprintf(info, "passc-cuda 1\nnvrtc %d.%d\n", major, minor);
    ok = ok && (!t->narch || add_cubins(cx, b, src, t, info, bar, stage + 1));
    if (info) fclose(info);
    ok = ok && text && bundle_add(cx, b, "cuda.info", text, n);
    free(text);
    cx_free(cx, src);
    return ok;
}

/* Drops the sections added after the first n (a CUDA part given up). */
static void bundle_drop(Ctx *cx, Bundle *b, uint32_t n)
{
    for (uint32_t i = n; i < b->n; i++)
        if (b->sec[i].owned) cx_free(cx, b->sec[i].data);
    b->n = n;
}

/* With the default targets the CUDA code is a bonus, never a reason to
 * fail: a kernel the CUDA backend lacks, or NVRTC failing, leaves the
 * executable CPU-only after a note saying why.  The diagnostics are
 * caught (cx's stream swapped for a memory one) and the first line kept. */
static bool add_cuda_optional(Ctx *cx, Bundle *b, const KernelProgram *kp, const RunOptions *t, RtProgress *bar,
                              int64_t stage)
{
    char *text = NULL;
    size_t n = 0;
    FILE *mem = open_memstream(&text, &n), *diag = cx->diag;
    if (!mem) return add_cuda(cx, b, kp, t, bar, stage);
    int nerrors = cx->nerrors;
    uint32_t nsec = b->n;
    cx->diag = mem;
    bool ok = add_cuda(cx, b, kp, t, bar, stage);
    cx->diag = diag;
    fclose(mem);
    if (!ok) {
        cx->nerrors = nerrors;
        bundle_drop(cx, b, nsec);
        cx_note(cx, (SrcLoc){0}, "the executable gets no CUDA code (%.*s); it will train on the CPU",
                (int)strcspn(text ? text : "", "\n"), text ? text : "");
    }
    free(text);
    return true;
}

/* --------------------------------------------------------------- targets */

void run_options_default(RunOptions *t)
{
    int major, minor;
    memset(t, 0, sizeof *t);
    t->cpu = t->cuda = true;
    if (rt_nvrtc_version(&major, &minor)) t->arch[t->narch++] = 80, t->arch[t->narch++] = 90;
}

static bool add_arch(RunOptions *t, int arch)
{
    for (int i = 0; i < t->narch; i++)
        if (t->arch[i] == arch) return true;
    if (t->narch == RUN_MAX_ARCHS) return false;
    t->arch[t->narch++] = arch;
    return true;
}

static bool target_item(const char *s, size_t len, RunOptions *t)
{
    char item[64];
    int arch, used = 0;
    snprintf(item, sizeof item, "%.*s", (int)(len < 63 ? len : 63), s);
    if (!strcmp(item, "cpu")) return t->cpu = true;
    if (!strcmp(item, "all") || !strcmp(item, "cuda")) { /* CUBINs when NVRTC can make them */
        int major, minor;
        t->cpu |= !strcmp(item, "all");
        t->cuda = t->archs_named = true;
        return !rt_nvrtc_version(&major, &minor) || (add_arch(t, 80) && add_arch(t, 90));
    }
    if (sscanf(item, "cuda:sm_%d%n", &arch, &used) != 1 || item[used] || arch < 50 || arch > 200) return false;
    t->cuda = t->archs_named = true;
    return add_arch(t, arch);
}

bool run_targets_parse(const char *list, RunOptions *t, char *err, size_t nerr)
{
    t->cpu = t->cuda = t->archs_named = false;
    t->narch = 0;
    for (const char *s = list;; s++) {
        size_t len = strcspn(s, ",");
        if (!len || !target_item(s, len, t)) {
            snprintf(err, nerr, "--target: bad item '%.*s' in '%s' (known: cpu, cuda, cuda:sm_XX, all)", (int)len, s,
                     list);
            return false;
        }
        s += len;
        if (!*s) return true;
    }
}

/* ----------------------------------------------------------- launcher */

static bool launcher_path(Ctx *cx, char *out, size_t n)
{
    const char *env = getenv("PASSC_RUNTIME");
    if (env && *env) {
        snprintf(out, n, "%s", env);
        return true;
    }
    char self[PATH_MAX];
    ssize_t k = readlink("/proc/self/exe", self, sizeof self - 1);
    if (k <= 0) {
        cx_error(cx, (SrcLoc){0}, "cannot find passc-run: /proc/self/exe: %s (set PASSC_RUNTIME)", strerror(errno));
        return false;
    }
    self[k] = 0;
    char *slash = strrchr(self, '/');
    if (slash) *slash = 0;
    if ((size_t)snprintf(out, n, "%s/passc-run", self) >= n) {
        cx_error(cx, (SrcLoc){0}, "cannot find passc-run: path too long (set PASSC_RUNTIME)");
        return false;
    }
    return true;
}

static uint8_t *read_all(Ctx *cx, const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        cx_error(cx, path_loc(cx, path), "cannot read the launcher: %s (set PASSC_RUNTIME to passc-run)",
                 strerror(errno));
        return NULL;
    }
    uint8_t *buf = NULL;
    long size = fseek(f, 0, SEEK_END) == 0 ? ftell(f) : -1;
    bool ok = size > 0 && fseek(f, 0, SEEK_SET) == 0 && (buf = cx_alloc(cx, (size_t)size)) &&
              fread(buf, 1, (size_t)size, f) == (size_t)size;
    fclose(f);
    if (!ok) {
        if (buf || size <= 0) cx_error(cx, path_loc(cx, path), "cannot read the launcher");
        cx_free(cx, buf);
        return NULL;
    }
    *len = (size_t)size;
    return buf;
}

static bool write_file(Ctx *cx, const char *path, const uint8_t *a, size_t na, const uint8_t *b, size_t nb)
{
    size_t n = strlen(path) + 32;
    char *tmp = cx_alloc(cx, n);
    if (!tmp) return false;
    snprintf(tmp, n, "%s.tmp%ld", path, (long)getpid());
    FILE *f = fopen(tmp, "wb");
    bool ok = f && fwrite(a, 1, na, f) == na && fwrite(b, 1, nb, f) == nb;
    if (f) ok &= fflush(f) == 0 && fsync(fileno(f)) == 0;
    if (f) ok &= fclose(f) == 0;
    ok = ok && chmod(tmp, 0755) == 0 && rename(tmp, path) == 0;
    if (!ok) {
        cx_error(cx, path_loc(cx, path), "cannot write: %s", strerror(errno));
        remove(tmp);
    }
    cx_free(cx, tmp);
    return ok;
}

static bool write_bundle(Ctx *cx, const Bundle *b, const char *out_path)
{
    char lp[PATH_MAX];
    size_t nl = 0, nb = 0;
    uint8_t *launcher = launcher_path(cx, lp, sizeof lp) ? read_all(cx, lp, &nl) : NULL;
    if (!launcher) return false;
    /* A launcher that already carries a bundle (a ./run copied as the
     * runtime) keeps only its own bytes. */
    FILE *devnull = fopen("/dev/null", "w");
    Ctx quiet;
    ctx_init(&quiet, devnull);
    Bundle old;
    if (devnull && bundle_read_file(&quiet, lp, &old)) {
        nl = old.payload_len + 32 <= nl ? nl - old.payload_len - 32 : nl;
        bundle_free(&quiet, &old);
    }
    ctx_fini(&quiet);
    if (devnull) fclose(devnull);
    uint8_t *tail = bundle_serialize(cx, b, nl, &nb);
    bool ok = tail && write_file(cx, out_path, launcher, nl, tail, nb);
    cx_free(cx, tail);
    cx_free(cx, launcher);
    return ok;
}

bool passc_write_executable(Ctx *cx, Model *m, const PipelineOptions *po, const char *out_path)
{
    RunOptions t;
    run_options_default(&t);
    return passc_write_executable_for(cx, m, po, out_path, &t);
}

bool passc_write_executable_for(Ctx *cx, Model *m, const PipelineOptions *po, const char *out_path,
                                const RunOptions *t)
{
    bool has_step = false;
    for (NodeId id = 1; id < m->g->nnodes; id++) {
        const Node *n = ir_node(m->g, id);
        has_step |= n->op == OP_OUTPUT && n->a.name && !strcmp(n->a.name, "finite");
    }
    if (!has_step) {
        cx_error(cx, (SrcLoc){0}, "-o: the training executable needs the training step (drop --no-step)");
        return false;
    }
    RtProgress bar;
    rt_progress_begin(&bar, stderr, "passc -o", 6 + (t->narch > 0));
    rt_progress_set(&bar, 0, "graph passes");
    if (!pass_pipeline_run(cx, m->g, po) || !ir_verify(cx, m->g)) return rt_progress_end(&bar), false;
    KernelProgram *kp = NULL;
    rt_progress_set(&bar, 1, "kernels");
    double t0 = pass_now_ms();
    if (!kir_compile(cx, m->g, t->fuse, &kp)) return rt_progress_end(&bar), false;
    pass_time_stage(po, "kernels", t0);
    Bundle b = {0};
    rt_progress_set(&bar, 2, "bundle");
    t0 = pass_now_ms();
    bool ok = add_text_dumps(cx, &b, m, kp, t);
    pass_time_stage(po, "dumps", t0);
    rt_progress_set(&bar, 3, "CPU code");
    ok = ok && (!t->cpu || add_code(cx, &b, kp, po));
    t0 = pass_now_ms();
    if (ok && t->cuda) ok = t->archs_named ? add_cuda(cx, &b, kp, t, &bar, 4) : add_cuda_optional(cx, &b, kp, t, &bar, 4);
    if (t->cuda) pass_time_stage(po, "cuda", t0);
    rt_progress_set(&bar, bar.total - 1, "write");
    t0 = pass_now_ms();
    ok = ok && write_bundle(cx, &b, out_path);
    pass_time_stage(po, "write", t0);
    rt_progress_set(&bar, bar.total, "done");
    rt_progress_end(&bar);
    bundle_free(cx, &b);
    kir_free(kp);
    return ok;
}
