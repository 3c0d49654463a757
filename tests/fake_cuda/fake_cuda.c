/* fake_cuda.c — a CUDA driver and a cuBLASLt made of host memory, for
 * testing the GPU runtime's host logic (runtime/cuda.c, cublaslt.c,
 * cuda_exec.c, device.c) on machines without a GPU: CI.
 *
 * Loaded where the real libraries would be ($PASSC_CUDA_DRIVER and
 * $PASSC_CUBLASLT, or CudaExecOptions), it exports the entry points
 * runtime/cuda.c's RT_CU_API table and cublaslt.c's LT_API look up, under
 * the same ABI names.  Device memory is host memory filled with 0xA5
 * (uninitialised device memory is not zero); kernels and GEMMs compute
 * nothing.  What it checks is ordering: every stream is a queue of copies,
 * launches, event records and waits, run as late as the API allows
 * (a synchronise, an event wait another stream reaches) and, at random
 * (seeded), earlier.  A copy reads its source when it runs, so a host
 * buffer rewritten before its upload ran, or a missing event wait between
 * the streams, shows as wrong bytes.  Copies outside an allocation fail
 * with CUDA_ERROR_INVALID_VALUE; synchronising a capturing stream fails as
 * the driver does.  Graphs capture the ops issued on a stream and replay
 * them.
 *
 * Tests reach it through the fake_cuda_* functions (dlsym on the same
 * handle): a seed, a watched device range whose hash every kernel records
 * when it runs, and the counts.
 *
 * Emulation (fake_cuda_emulate, or $FAKE_CUDA_EMULATE at cuInit): with
 * the program's kernels built for the host by tests/cuda_emu, launches
 * run them for real (emu.h's fibers) and cublasLtMatmul computes
 * D = alpha op(A) op(B) + beta C from the layouts and attributes as
 * cuBLASLt documents them (column-major, batched by stride; epilogues
 * DEFAULT, BIAS and BGRADB, the last refused under
 * $FAKE_CUBLASLT_NO_BGRAD as a cuBLASLt without such an algorithm would,
 * and with an f32 bias gradient for a bf16 D (BIAS_DATA_TYPE);
 * f32, bf16 and f16 with an f32 scale), so the
 * executor's GEMM plans are checked against that contract, not against
 * themselves.  An attribute or epilogue it does not model is refused
 * (CUBLAS_STATUS_NOT_SUPPORTED), never ignored.
 *
 * Global state: the driver it stands in for is per process, so is this. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef unsigned long long DevPtr;

enum { OK = 0, ERR_INVALID_VALUE = 1, ERR_NOT_FOUND = 500, ERR_CAPTURE_UNSUPPORTED = 900 };

enum { H2D, D2H, D2D, KERNEL, GEMM, WAIT, GRAPH };

typedef struct Graph Graph;
typedef struct Stream Stream;

typedef struct EmuFn EmuFn;
typedef struct EmuGemm EmuGemm;

typedef struct Op {
    int kind;
    void *dst;
    const void *src;
    size_t n;
    Stream *ws;      /* WAIT: the stream and ticket waited for */
    uint64_t ticket;
    Graph *g;        /* GRAPH */
    /* KERNEL, emulated: the kernel, its grid and block, and its argument
     * values, copied when it was issued */
    const EmuFn *fn;
    unsigned grid[3], block[3];
    void **slots;
    const EmuGemm *gemm; /* GEMM, emulated */
} Op;

typedef struct OpList {
    Op *op;
    size_t n, cap;
} OpList;

struct Stream {
    OpList q;          /* q.op[i] has ticket base + i + 1 */
    uint64_t base, done;
    bool capturing;
    Graph *cap;
};

struct Graph {
    OpList ops;
};

typedef struct Event {
    Stream *s; /* of the last record; NULL: never recorded */
    uint64_t ticket;
} Event;

typedef struct Alloc {
    char *p;
    size_t n;
} Alloc;

static struct {
    Stream *streams[16];
    int nstreams;
    Alloc *allocs;
    size_t nallocs, capallocs;
    uint64_t rng;
    const char *watch;
    size_t watch_n;
    uint64_t *log;
    size_t nlog, caplog;
    long kernels, gemms, uploads;
    /* Emulation: the kernels' library, its entry points, and the blocks
     * issued launches and GEMMs keep (freed when the fake is unloaded). */
    void *emu;
    int (*emu_find)(const char *name);
    unsigned (*emu_arg_sizes)(int k, size_t *out);
    const char *(*emu_launch)(int k, const unsigned grid[3], const unsigned block[3], void *const *args);
    void **kept;
    size_t nkept, capkept;
} F = {.rng = 1};

/* What outlives the contexts: freed when the library is unloaded. */
__attribute__((destructor)) static void fake_unload(void)
{
    for (size_t i = 0; i < F.nkept; i++) free(F.kept[i]);
    free(F.kept);
    free(F.log);
    free(F.allocs);
    if (F.emu) dlclose(F.emu);
}

/* A block that lives as long as the fake (captured launches refer to it). */
static void *keep(size_t n)
{
    if (F.nkept == F.capkept) {
        size_t cap = F.capkept ? 2 * F.capkept : 256;
        void **k = realloc(F.kept, cap * sizeof *k);
        if (!k) return NULL;
        F.kept = k, F.capkept = cap;
    }
    void *p = calloc(1, n ? n : 1);
    if (p) F.kept[F.nkept++] = p;
    return p;
}

/* ------------------------------------------------------------ test API */

void fake_cuda_seed(uint64_t seed) { F.rng = seed ? seed : 1; }

void fake_cuda_watch(DevPtr p, size_t n)
{
    F.watch = (const char *)(uintptr_t)p, F.watch_n = n;
}

/* Hashes the watched range had when each kernel ran, since the last call. */
const uint64_t *fake_cuda_log(size_t *n)
{
    *n = F.nlog;
    F.nlog = 0;
    return F.log;
}

long fake_cuda_count(const char *what)
{
    return !strcmp(what, "kernels") ? F.kernels : !strcmp(what, "gemms") ? F.gemms : F.uploads;
}

uint64_t fake_cuda_hash(const void *p, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++) h = (h ^ ((const unsigned char *)p)[i]) * 1099511628211ull;
    return h;
}

/* Kernels run from the host library at path (built by tests/cuda_emu);
 * NULL: back to computing nothing.  False, with the reason on stderr, when
 * the library cannot be loaded. */
bool fake_cuda_emulate(const char *path)
{
    if (F.emu) dlclose(F.emu);
    F.emu = NULL;
    if (!path) return true;
    void *h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        fprintf(stderr, "fake_cuda: %s\n", dlerror());
        return false;
    }
    *(void **)&F.emu_find = dlsym(h, "passc_emu_find");
    *(void **)&F.emu_arg_sizes = dlsym(h, "passc_emu_arg_sizes");
    *(void **)&F.emu_launch = dlsym(h, "passc_emu_launch");
    if (!F.emu_find || !F.emu_arg_sizes || !F.emu_launch) {
        fprintf(stderr, "fake_cuda: %s is not a tests/cuda_emu kernel library\n", path);
        dlclose(h);
        return false;
    }
    F.emu = h;
    return true;
}

/* ----------------------------------------------------------- the queues */

static uint64_t rnd(void)
{
    F.rng ^= F.rng << 13, F.rng ^= F.rng >> 7, F.rng ^= F.rng << 17;
    return F.rng;
}

static bool push(OpList *l, Op op)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? 2 * l->cap : 64;
        Op *o = realloc(l->op, cap * sizeof *o);
        if (!o) return false;
        l->op = o, l->cap = cap;
    }
    l->op[l->n++] = op;
    return true;
}

static void drive(Stream *s, uint64_t ticket);
static void emu_run(const Op *o);
static void gemm_run(const EmuGemm *g);

static void run_op(const Op *o)
{
    switch (o->kind) {
    case H2D: case D2H: case D2D: memmove(o->dst, o->src, o->n); break;
    case KERNEL:
        F.kernels++;
        if (o->fn) emu_run(o);
        if (F.watch && F.nlog < 1u << 20) {
            if (F.nlog == F.caplog) {
                size_t cap = F.caplog ? 2 * F.caplog : 256;
                uint64_t *l = realloc(F.log, cap * sizeof *l);
                if (!l) return;
                F.log = l, F.caplog = cap;
            }
            F.log[F.nlog++] = fake_cuda_hash(F.watch, F.watch_n);
        }
        break;
    case GEMM:
        F.gemms++;
        if (o->gemm) gemm_run(o->gemm);
        break;
    case WAIT: drive(o->ws, o->ticket); break;
    case GRAPH:
        for (size_t i = 0; i < o->g->ops.n; i++) run_op(&o->g->ops.op[i]);
        break;
    }
}

/* Runs s's ops until its ticket `ticket` has run. */
static void drive(Stream *s, uint64_t ticket)
{
    while (s->done < ticket) {
        Op o = s->q.op[s->done - s->base];
        s->done++;
        run_op(&o);
    }
    if (s->done == s->base + s->q.n) s->base = s->done, s->q.n = 0;
}

/* Some ops of a random stream run early: the schedules a GPU may pick. */
static void jitter(void)
{
    if (!F.nstreams || rnd() % 3) return;
    Stream *s = F.streams[rnd() % (uint64_t)F.nstreams];
    uint64_t left = s->base + s->q.n - s->done, k = rnd() % 4 + 1;
    drive(s, s->done + (k < left ? k : left));
}

static void drive_all(void)
{
    for (int i = 0; i < F.nstreams; i++) drive(F.streams[i], F.streams[i]->base + F.streams[i]->q.n);
}

static int issue(Stream *s, Op op)
{
    jitter();
    if (!s) return ERR_INVALID_VALUE; /* the legacy stream: the runtime never uses it */
    if (s->capturing) return push(&s->cap->ops, op) ? OK : 2;
    return push(&s->q, op) ? OK : 2;
}

/* The allocation holding [p, p + n), or -1. */
static long alloc_of(DevPtr p, size_t n)
{
    for (size_t i = 0; i < F.nallocs; i++) {
        uintptr_t b = (uintptr_t)F.allocs[i].p;
        if (p >= b && p + n <= b + F.allocs[i].n) return (long)i;
    }
    return -1;
}

/* --------------------------------------------------------------- driver */

typedef void *Ctx_, *Module, *Function;

/* $FAKE_CUDA_EMULATE: a kernel library to emulate with from the start, for
 * processes a test cannot reach through fake_cuda_emulate (./run). */
int cuInit(unsigned flags)
{
    const char *emu = getenv("FAKE_CUDA_EMULATE");
    if (flags) return ERR_INVALID_VALUE;
    return !emu || !*emu || F.emu || fake_cuda_emulate(emu) ? OK : ERR_INVALID_VALUE;
}
int cuDriverGetVersion(int *v) { return *v = 13000, OK; }
int cuDeviceGetCount(int *n) { return *n = 1, OK; }
int cuDeviceGet(int *d, int i) { return i ? ERR_INVALID_VALUE : (*d = 0, OK); }
int cuDeviceGetName(char *name, int n, int d)
{
    (void)d;
    snprintf(name, (size_t)n, "passc fake GPU");
    return OK;
}

int cuDeviceGetAttribute(int *v, int attr, int d)
{
    (void)d;
    switch (attr) {
    case 16: *v = 132; break;             /* SMs */
    case 38: *v = 50 << 20; break;        /* L2 */
    case 75: *v = 9; break;               /* sm_90 */
    case 76: *v = 0; break;
    case 97: *v = 227 << 10; break;       /* shared memory opt-in */
    default: *v = 0;
    }
    return OK;
}

int cuDeviceTotalMem_v2(size_t *n, int d) { return (void)d, *n = (size_t)80 << 30, OK; }
int cuDevicePrimaryCtxRetain(Ctx_ *c, int d) { return (void)d, *c = &F, OK; }
int cuDevicePrimaryCtxRelease_v2(int d) { return (void)d, OK; }
int cuCtxSetCurrent(Ctx_ c) { return c == &F ? OK : ERR_INVALID_VALUE; }
int cuCtxSynchronize(void) { return drive_all(), OK; }

int cuMemAlloc_v2(DevPtr *p, size_t n)
{
    jitter();
    if (F.nallocs == F.capallocs) {
        size_t cap = F.capallocs ? 2 * F.capallocs : 64;
        Alloc *a = realloc(F.allocs, cap * sizeof *a);
        if (!a) return 2;
        F.allocs = a, F.capallocs = cap;
    }
    char *m = malloc(n ? n : 1);
    if (!m) return 2; /* CUDA_ERROR_OUT_OF_MEMORY */
    memset(m, 0xA5, n);
    F.allocs[F.nallocs++] = (Alloc){m, n};
    *p = (DevPtr)(uintptr_t)m;
    return OK;
}

int cuMemFree_v2(DevPtr p)
{
    drive_all(); /* as the driver: freeing waits for the work using it */
    long i = alloc_of(p, 0);
    if (i < 0 || (uintptr_t)F.allocs[i].p != p) return ERR_INVALID_VALUE;
    free(F.allocs[i].p);
    F.allocs[i] = F.allocs[--F.nallocs];
    return OK;
}

int cuMemHostRegister_v2(void *p, size_t n, unsigned flags) { return p && n && !flags ? OK : ERR_INVALID_VALUE; }
int cuMemHostUnregister(void *p) { return p ? OK : ERR_INVALID_VALUE; }

int cuMemcpyHtoDAsync_v2(DevPtr dst, const void *src, size_t n, Stream *s)
{
    if (alloc_of(dst, n) < 0) return ERR_INVALID_VALUE;
    F.uploads++;
    return issue(s, (Op){.kind = H2D, .dst = (void *)(uintptr_t)dst, .src = src, .n = n});
}

int cuMemcpyDtoHAsync_v2(void *dst, DevPtr src, size_t n, Stream *s)
{
    if (alloc_of(src, n) < 0) return ERR_INVALID_VALUE;
    return issue(s, (Op){.kind = D2H, .dst = dst, .src = (const void *)(uintptr_t)src, .n = n});
}

int cuMemcpyDtoDAsync_v2(DevPtr dst, DevPtr src, size_t n, Stream *s)
{
    if (alloc_of(dst, n) < 0 || alloc_of(src, n) < 0) return ERR_INVALID_VALUE;
    return issue(s, (Op){.kind = D2D, .dst = (void *)(uintptr_t)dst, .src = (const void *)(uintptr_t)src, .n = n});
}

/* A function of a module: emulated, the kernel and its argument sizes. */
struct EmuFn {
    int k; /* -1: not emulated */
    const char *name;
    unsigned nargs;
    size_t size[256];
};

int cuModuleLoadData(Module *m, const void *image) { return image ? (*m = malloc(1)) ? OK : 2 : ERR_INVALID_VALUE; }
int cuModuleUnload(Module m) { return free(m), OK; }

int cuModuleGetFunction(Function *f, Module m, const char *name)
{
    if (!m || !name) return ERR_NOT_FOUND;
    int k = F.emu ? F.emu_find(name) : -1;
    if (F.emu && k < 0) return ERR_NOT_FOUND; /* the program has no such kernel */
    EmuFn *fn = keep(sizeof *fn + strlen(name) + 1);
    if (!fn) return 2;
    fn->k = k;
    fn->name = strcpy((char *)(fn + 1), name);
    if (k >= 0) fn->nargs = F.emu_arg_sizes(k, fn->size);
    *f = fn;
    return OK;
}

int cuFuncSetAttribute(Function f, int attr, int v) { return (void)attr, (void)v, f ? OK : ERR_INVALID_VALUE; }

/* The argument values, copied now: the caller's array is gone by the time
 * the launch runs (as with the driver, which copies them too). */
static void **copy_args(const EmuFn *fn, void **args)
{
    void **slots = keep(fn->nargs * sizeof *slots);
    for (unsigned i = 0; slots && i < fn->nargs; i++)
        if ((slots[i] = keep(fn->size[i]))) memcpy(slots[i], args[i], fn->size[i]);
        else slots = NULL;
    return slots;
}

int cuLaunchKernel(Function f, unsigned gx, unsigned gy, unsigned gz, unsigned bx, unsigned by, unsigned bz,
                   unsigned smem, Stream *s, void **args, void **extra)
{
    (void)extra;
    const EmuFn *fn = f;
    if (!f || !gx || !gy || !gz || !bx || !by || !bz || bx * by * bz > 1024) return ERR_INVALID_VALUE;
    if (fn->k < 0) return issue(s, (Op){.kind = KERNEL});
    if (smem || !args) return ERR_INVALID_VALUE; /* emu.h has no dynamic shared memory */
    void **slots = copy_args(fn, args);
    if (!slots) return 2;
    return issue(s, (Op){.kind = KERNEL, .fn = fn, .grid = {gx, gy, gz}, .block = {bx, by, bz}, .slots = slots});
}

static void emu_run(const Op *o)
{
    const char *err = F.emu_launch(o->fn->k, o->grid, o->block, o->slots);
    if (err) {
        /* A real device would fail the context; a test wants the reason. */
        fprintf(stderr, "fake_cuda: kernel %s (grid %u, block %u): %s\n", o->fn->name, o->grid[0], o->block[0], err);
        abort();
    }
}

int cuStreamCreate(Stream **out, unsigned flags)
{
    (void)flags;
    if (F.nstreams == 16) return 2;
    Stream *s = calloc(1, sizeof *s);
    if (!s) return 2;
    F.streams[F.nstreams++] = s;
    *out = s;
    return OK;
}

int cuStreamSynchronize(Stream *s)
{
    if (s->capturing) return ERR_CAPTURE_UNSUPPORTED;
    drive(s, s->base + s->q.n);
    return OK;
}

int cuStreamDestroy_v2(Stream *s)
{
    drive(s, s->base + s->q.n);
    for (int i = 0; i < F.nstreams; i++)
        if (F.streams[i] == s) F.streams[i] = F.streams[--F.nstreams];
    free(s->q.op);
    free(s);
    return OK;
}

int cuEventCreate(Event **e, unsigned flags) { return (void)flags, (*e = calloc(1, sizeof **e)) ? OK : 2; }
int cuEventDestroy_v2(Event *e) { return free(e), OK; }

int cuEventRecord(Event *e, Stream *s)
{
    jitter();
    if (!s || s->capturing) return ERR_CAPTURE_UNSUPPORTED; /* records inside graphs: not used */
    e->s = s, e->ticket = s->base + s->q.n;
    return OK;
}

int cuStreamWaitEvent(Stream *s, Event *e, unsigned flags)
{
    if (flags || !s) return ERR_INVALID_VALUE;
    if (!e->s) return OK; /* never recorded: nothing to wait for */
    return issue(s, (Op){.kind = WAIT, .ws = e->s, .ticket = e->ticket});
}

int cuEventSynchronize(Event *e)
{
    if (e->s) drive(e->s, e->ticket);
    return OK;
}

int cuEventElapsedTime(float *ms, Event *a, Event *b)
{
    if (!a->s || !b->s) return ERR_INVALID_VALUE;
    drive(a->s, a->ticket), drive(b->s, b->ticket);
    *ms = 0.001f;
    return OK;
}

int cuStreamBeginCapture_v2(Stream *s, int mode)
{
    (void)mode;
    if (s->capturing) return ERR_INVALID_VALUE;
    if (!(s->cap = calloc(1, sizeof *s->cap))) return 2;
    s->capturing = true;
    return OK;
}

int cuStreamEndCapture(Stream *s, Graph **g)
{
    if (!s->capturing) return ERR_INVALID_VALUE;
    *g = s->cap, s->cap = NULL, s->capturing = false;
    return OK;
}

int cuGraphInstantiateWithFlags(Graph **exec, Graph *g, unsigned long long flags)
{
    (void)flags;
    Graph *x = calloc(1, sizeof *x);
    if (!x) return 2;
    for (size_t i = 0; i < g->ops.n; i++)
        if (!push(&x->ops, g->ops.op[i])) return 2;
    *exec = x;
    return OK;
}

int cuGraphLaunch(Graph *exec, Stream *s) { return issue(s, (Op){.kind = GRAPH, .g = exec}); }

static void graph_free(Graph *g)
{
    drive_all(); /* a launched graph may still be queued */
    free(g->ops.op);
    free(g);
}

int cuGraphExecDestroy(Graph *g) { return graph_free(g), OK; }
int cuGraphDestroy(Graph *g) { return graph_free(g), OK; }

int cuGetErrorName(int r, const char **s)
{
    *s = r == ERR_INVALID_VALUE ? "CUDA_ERROR_INVALID_VALUE"
         : r == ERR_CAPTURE_UNSUPPORTED ? "CUDA_ERROR_STREAM_CAPTURE_UNSUPPORTED"
         : r == 2 ? "CUDA_ERROR_OUT_OF_MEMORY" : "CUDA_ERROR_UNKNOWN";
    return OK;
}

int cuGetErrorString(int r, const char **s)
{
    *s = r == ERR_INVALID_VALUE ? "invalid argument (fake driver)" : "error (fake driver)";
    return OK;
}

/* ------------------------------------------------------------- cuBLASLt */

typedef void *Lt;
enum { LT_OK = 0, LT_ALLOC = 3, LT_INVALID = 7, LT_EXEC = 13, LT_UNSUPPORTED = 15 };
enum { R_32F = 0, R_16F = 2, R_16BF = 14, COMPUTE_32F = 68 };

/* A matmul descriptor and a matrix layout, as far as the fake models them. */
typedef struct LtDesc {
    int compute, scale;
    int32_t trans[2];
    uint32_t epilogue;
    const void *bias;
    int32_t bias_type; /* -1: D's */
} LtDesc;

typedef struct LtLayout {
    int type;
    uint64_t rows, cols;
    int64_t ld, stride;
    int32_t batch;
} LtLayout;

static int lt_token(Lt *out) { return (*out = malloc(1)) ? LT_OK : LT_ALLOC; }
static int lt_free(Lt p) { return free(p), LT_OK; }

int cublasLtCreate(Lt *h) { return lt_token(h); }
int cublasLtDestroy(Lt h) { return lt_free(h); }

int cublasLtMatmulDescCreate(LtDesc **d, int compute, int scale)
{
    if (!(*d = calloc(1, sizeof **d))) return LT_ALLOC;
    (*d)->compute = compute, (*d)->scale = scale, (*d)->epilogue = 1, (*d)->bias_type = -1; /* DEFAULT */
    return LT_OK;
}
int cublasLtMatmulDescDestroy(LtDesc *d) { return lt_free(d); }

/* Unmodelled attributes are accepted only when nothing is computed. */
static int unmodelled(void) { return F.emu ? LT_UNSUPPORTED : LT_OK; }

int cublasLtMatmulDescSetAttribute(LtDesc *d, int a, const void *v, size_t n)
{
    if (!d || !v || !n) return LT_INVALID;
    switch (a) {
    case 3: case 4: /* TRANSA, TRANSB */
        if (n != sizeof(int32_t)) return LT_INVALID;
        memcpy(&d->trans[a - 3], v, n);
        return LT_OK;
    case 7: /* EPILOGUE */
        if (n != sizeof(uint32_t)) return LT_INVALID;
        memcpy(&d->epilogue, v, n);
        return LT_OK;
    case 8: /* BIAS_POINTER */
        if (n != sizeof(void *)) return LT_INVALID;
        memcpy(&d->bias, v, n);
        return LT_OK;
    case 26: /* BIAS_DATA_TYPE */
        if (n != sizeof(int32_t)) return LT_INVALID;
        memcpy(&d->bias_type, v, n);
        return LT_OK;
    default: return unmodelled();
    }
}

int cublasLtMatrixLayoutCreate(LtLayout **l, int type, uint64_t rows, uint64_t cols, int64_t ld)
{
    if (!rows || !cols || ld < 1) return LT_INVALID;
    if (!(*l = calloc(1, sizeof **l))) return LT_ALLOC;
    **l = (LtLayout){.type = type, .rows = rows, .cols = cols, .ld = ld, .batch = 1};
    return LT_OK;
}
int cublasLtMatrixLayoutDestroy(LtLayout *l) { return lt_free(l); }

int cublasLtMatrixLayoutSetAttribute(LtLayout *l, int a, const void *v, size_t n)
{
    if (!l || !v || !n) return LT_INVALID;
    if (a == 5 && n == sizeof(int32_t)) return memcpy(&l->batch, v, n), l->batch >= 1 ? LT_OK : LT_INVALID;
    if (a == 6 && n == sizeof(int64_t)) return memcpy(&l->stride, v, n), LT_OK;
    return a == 5 || a == 6 ? LT_INVALID : unmodelled();
}

/* A preference: the fake keeps the split-K reduction schemes allowed
 * (cuBLASLt's default: all of them). */
typedef struct LtPrefs {
    uint32_t reduce;
} LtPrefs;

int cublasLtMatmulPreferenceCreate(LtPrefs **p)
{
    if (!(*p = calloc(1, sizeof **p))) return LT_ALLOC;
    (*p)->reduce = 7; /* CUBLASLT_REDUCTION_SCHEME_MASK */
    return LT_OK;
}
int cublasLtMatmulPreferenceDestroy(LtPrefs *p) { return lt_free(p); }
int cublasLtMatmulPreferenceSetAttribute(LtPrefs *p, int a, const void *v, size_t n)
{
    if (!p || !v || !n) return LT_INVALID;
    if (a == 3) /* REDUCTION_SCHEME_MASK */
        return n == sizeof(uint32_t) ? (memcpy(&p->reduce, v, n), LT_OK) : LT_INVALID;
    return LT_OK;
}

typedef struct LtHeuristic {
    uint64_t algo[8];
    size_t workspace;
    int state;
    float waves;
    int reserved[4];
} LtHeuristic;

static bool no_bgrad(void)
{
    const char *e = getenv("FAKE_CUBLASLT_NO_BGRAD");
    return e && *e && strcmp(e, "0");
}

int cublasLtMatmulAlgoGetHeuristic(Lt h, Lt op, Lt a, Lt b, Lt c, Lt d, LtPrefs *pref, int want, LtHeuristic *r,
                                   int *got)
{
    if (!h || !op || !a || !b || !c || !d || !pref || want < 1) return LT_INVALID;
    /* passc's numerics (docs/numerics.md) allow split-K partial sums only in
     * the compute type: an algorithm that may reduce them in the output
     * buffer (INPLACE, 1) or in the output type (OUTPUT_TYPE, 4) would round
     * them to bf16.  The fake refuses such a request outright. */
    if (pref->reduce & 5) return LT_UNSUPPORTED;
    /* $FAKE_CUBLASLT_NO_BGRAD: a cuBLASLt without BGRADB algorithms, as
     * the heuristic of a real one says it (NOT_SUPPORTED) */
    if (((const LtDesc *)op)->epilogue == 512 && no_bgrad()) return LT_UNSUPPORTED;
    memset(r, 0, sizeof *r);
    *got = 1;
    return LT_OK;
}

/* An emulated GEMM as issued: descriptor, layouts and scalars copied. */
struct EmuGemm {
    LtDesc op;
    LtLayout a, b, c, d;
    float alpha, beta;
    const void *A, *B, *C;
    void *D;
};

static size_t type_size(int t) { return t == R_32F ? 4 : 2; }

static double load(int t, const void *base, size_t i)
{
    if (t == R_32F) return ((const float *)base)[i];
    uint16_t h = ((const uint16_t *)base)[i];
    if (t == R_16BF) {
        uint32_t u = (uint32_t)h << 16;
        float f;
        memcpy(&f, &u, 4);
        return f;
    }
    _Float16 f;
    memcpy(&f, &h, 2);
    return f;
}

static void store(int t, void *base, size_t i, double v)
{
    float f = (float)v;
    if (t == R_32F) ((float *)base)[i] = f;
    else if (t == R_16F) {
        _Float16 x = (_Float16)f;
        memcpy((uint16_t *)base + i, &x, 2);
    } else {
        uint32_t u;
        memcpy(&u, &f, 4);
        u = isnan(f) ? u | 0x400000u : u + 0x7fffu + ((u >> 16) & 1u); /* nearest even */
        ((uint16_t *)base)[i] = (uint16_t)(u >> 16);
    }
}

/* Element (r, c) of operand l in batch n: column-major with leading
 * dimension ld, batches stride elements apart. */
static size_t at(const LtLayout *l, uint64_t r, uint64_t c, int32_t n)
{
    return (size_t)((int64_t)r + (int64_t)c * l->ld + (int64_t)n * l->stride);
}

static int bias_type(const EmuGemm *g) { return g->op.bias_type < 0 ? g->d.type : g->op.bias_type; }

static void gemm_run(const EmuGemm *g)
{
    bool ta = g->op.trans[0], tb = g->op.trans[1];
    uint64_t m = g->d.rows, n = g->d.cols, k = ta ? g->a.rows : g->a.cols;
    for (int32_t q = 0; q < g->d.batch; q++)
        for (uint64_t j = 0; j < n; j++)
            for (uint64_t i = 0; i < m; i++) {
                double acc = 0;
                for (uint64_t p = 0; p < k; p++)
                    acc += load(g->a.type, g->A, ta ? at(&g->a, p, i, q) : at(&g->a, i, p, q)) *
                           load(g->b.type, g->B, tb ? at(&g->b, j, p, q) : at(&g->b, p, j, q));
                double v = g->alpha * acc;
                if (g->beta != 0) v += g->beta * load(g->c.type, g->C, at(&g->c, i, j, q));
                if (g->op.epilogue == 4) v += load(bias_type(g), g->op.bias, i);
                store(g->d.type, g->D, at(&g->d, i, j, q), v);
            }
    if (g->op.epilogue == 512) /* BGRADB: op(B)'s sums over k, one per column of D, in D's type */
        for (uint64_t j = 0; j < n; j++) {
            double acc = 0;
            for (uint64_t p = 0; p < k; p++) acc += load(g->b.type, g->B, tb ? at(&g->b, j, p, 0) : at(&g->b, p, j, 0));
            store(bias_type(g), (void *)g->op.bias, j, acc);
        }
}

/* The shapes of op(A) [m,k], op(B) [k,n], C and D [m,n] agree. */
static bool gemm_shapes_agree(const EmuGemm *g)
{
    bool ta = g->op.trans[0], tb = g->op.trans[1];
    uint64_t m = g->d.rows, n = g->d.cols;
    uint64_t am = ta ? g->a.cols : g->a.rows, ak = ta ? g->a.rows : g->a.cols;
    uint64_t bk = tb ? g->b.cols : g->b.rows, bn = tb ? g->b.rows : g->b.cols;
    const LtLayout *l[4] = {&g->a, &g->b, &g->c, &g->d};
    for (int i = 0; i < 4; i++)
        if (l[i]->ld < (int64_t)l[i]->rows || l[i]->batch != g->d.batch) return false;
    return am == m && bk == ak && bn == n && g->c.rows == m && g->c.cols == n && g->c.type == g->d.type;
}

static int gemm_issue(const LtDesc *op, float alpha, const void *A, const LtLayout *la, const void *B,
                      const LtLayout *lb, float beta, const void *C, const LtLayout *lc, void *D,
                      const LtLayout *ld, Stream *s)
{
    if (op->compute != COMPUTE_32F || op->scale != R_32F) return LT_UNSUPPORTED;
    if (op->epilogue != 1 && op->epilogue != 4 && op->epilogue != 512) return LT_UNSUPPORTED; /* DEFAULT, BIAS, BGRADB */
    if (op->epilogue == 512 && (no_bgrad() || ld->batch != 1)) return LT_UNSUPPORTED;
    bool half_in = la->type == R_16BF || la->type == R_16F;
    if ((la->type != R_32F && !half_in) || lb->type != la->type) return LT_UNSUPPORTED;
    if (ld->type != la->type && !(half_in && ld->type == R_32F)) return LT_UNSUPPORTED;
    if ((op->epilogue == 4 || op->epilogue == 512) && !op->bias) return LT_INVALID;
    /* the bias in D's type; an f32 bias gradient is what passc asks of BGRADB with a bf16 D */
    if (op->bias_type >= 0 && op->bias_type != ld->type && !(op->epilogue == 512 && op->bias_type == R_32F))
        return LT_UNSUPPORTED;
    int bt = op->bias_type < 0 ? ld->type : op->bias_type;
    EmuGemm *g = keep(sizeof *g);
    if (!g) return LT_ALLOC;
    *g = (EmuGemm){*op, *la, *lb, *lc, *ld, alpha, beta, A, B, C, D};
    if (!gemm_shapes_agree(g)) return LT_INVALID;
    /* Every element the GEMM touches lies in one device allocation. */
    const LtLayout *l[4] = {la, lb, lc, ld};
    const void *p[4] = {A, B, C, D};
    for (int i = 0; i < 4; i++) {
        size_t last = at(l[i], l[i]->rows - 1, l[i]->cols - 1, l[i]->batch - 1) + 1;
        if ((i != 2 || beta != 0) && alloc_of((DevPtr)(uintptr_t)p[i], last * type_size(l[i]->type)) < 0)
            return LT_INVALID;
    }
    /* and the bias: D's rows, packed, in D's type (cublasLt.h); the bias
     * gradient of BGRADB: D's columns */
    if (op->epilogue == 4 && alloc_of((DevPtr)(uintptr_t)op->bias, ld->rows * type_size(bt)) < 0)
        return LT_INVALID;
    if (op->epilogue == 512 && alloc_of((DevPtr)(uintptr_t)op->bias, ld->cols * type_size(bt)) < 0)
        return LT_INVALID;
    return issue(s, (Op){.kind = GEMM, .gemm = g}) ? LT_EXEC : LT_OK;
}

int cublasLtMatmul(Lt h, const LtDesc *op, const float *alpha, const void *a, const LtLayout *la, const void *b,
                   const LtLayout *lb, const float *beta, const void *c, const LtLayout *lc, void *d,
                   const LtLayout *ld, const void *algo, void *ws, size_t nws, Stream *s)
{
    (void)algo, (void)ws, (void)nws;
    if (!h || !op || !la || !lb || !lc || !ld || !a || !b || !c || !d) return LT_INVALID;
    if (F.emu) return gemm_issue(op, *alpha, a, la, b, lb, *beta, c, lc, d, ld, s);
    return issue(s, (Op){.kind = GEMM}) ? LT_EXEC : LT_OK;
}

const char *cublasLtGetStatusName(int st)
{
    return st == LT_OK ? "CUBLAS_STATUS_SUCCESS" : st == LT_UNSUPPORTED ? "CUBLAS_STATUS_NOT_SUPPORTED"
           : st == LT_ALLOC ? "CUBLAS_STATUS_ALLOC_FAILED" : "CUBLAS_STATUS_INVALID_VALUE";
}
const char *cublasLtGetStatusString(int st) { return st ? "invalid value (fake cuBLASLt)" : "success"; }
size_t cublasLtGetVersion(void) { return 130000; }
