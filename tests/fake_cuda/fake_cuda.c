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
 * Global state: the driver it stands in for is per process, so is this. */
#define _GNU_SOURCE
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

typedef struct Op {
    int kind;
    void *dst;
    const void *src;
    size_t n;
    Stream *ws;      /* WAIT: the stream and ticket waited for */
    uint64_t ticket;
    Graph *g;        /* GRAPH */
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
} F = {.rng = 1};

/* What outlives the contexts: freed when the library is unloaded. */
__attribute__((destructor)) static void fake_unload(void)
{
    free(F.log);
    free(F.allocs);
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

static void run_op(const Op *o)
{
    switch (o->kind) {
    case H2D: case D2H: case D2D: memmove(o->dst, o->src, o->n); break;
    case KERNEL:
        F.kernels++;
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
    case GEMM: F.gemms++; break;
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

int cuInit(unsigned flags) { return flags ? ERR_INVALID_VALUE : OK; }
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

int cuModuleLoadData(Module *m, const void *image) { return image ? (*m = malloc(1)) ? OK : 2 : ERR_INVALID_VALUE; }
int cuModuleUnload(Module m) { return free(m), OK; }
int cuModuleGetFunction(Function *f, Module m, const char *name) { return m && name ? (*f = m, OK) : ERR_NOT_FOUND; }
int cuFuncSetAttribute(Function f, int attr, int v) { return (void)attr, (void)v, f ? OK : ERR_INVALID_VALUE; }

int cuLaunchKernel(Function f, unsigned gx, unsigned gy, unsigned gz, unsigned bx, unsigned by, unsigned bz,
                   unsigned smem, Stream *s, void **args, void **extra)
{
    (void)smem, (void)args, (void)extra;
    if (!f || !gx || !gy || !gz || !bx || !by || !bz || bx * by * bz > 1024) return ERR_INVALID_VALUE;
    return issue(s, (Op){.kind = KERNEL});
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
static int lt_token(Lt *out) { return (*out = malloc(1)) ? 0 : 3; /* CUBLAS_STATUS_ALLOC_FAILED */ }
static int lt_free(Lt p) { return free(p), 0; }

int cublasLtCreate(Lt *h) { return lt_token(h); }
int cublasLtDestroy(Lt h) { return lt_free(h); }
int cublasLtMatmulDescCreate(Lt *d, int compute, int scale) { return (void)compute, (void)scale, lt_token(d); }
int cublasLtMatmulDescDestroy(Lt d) { return lt_free(d); }
int cublasLtMatmulDescSetAttribute(Lt d, int a, const void *v, size_t n) { return (void)a, d && v && n ? 0 : 7; }
int cublasLtMatrixLayoutCreate(Lt *l, int type, uint64_t rows, uint64_t cols, int64_t ld)
{
    (void)type;
    return rows && cols && ld >= 1 ? lt_token(l) : 7; /* CUBLAS_STATUS_INVALID_VALUE */
}
int cublasLtMatrixLayoutDestroy(Lt l) { return lt_free(l); }
int cublasLtMatrixLayoutSetAttribute(Lt l, int a, const void *v, size_t n) { return (void)a, l && v && n ? 0 : 7; }
int cublasLtMatmulPreferenceCreate(Lt *p) { return lt_token(p); }
int cublasLtMatmulPreferenceDestroy(Lt p) { return lt_free(p); }
int cublasLtMatmulPreferenceSetAttribute(Lt p, int a, const void *v, size_t n) { return (void)a, p && v && n ? 0 : 7; }

typedef struct LtHeuristic {
    uint64_t algo[8];
    size_t workspace;
    int state;
    float waves;
    int reserved[4];
} LtHeuristic;

int cublasLtMatmulAlgoGetHeuristic(Lt h, Lt op, Lt a, Lt b, Lt c, Lt d, Lt pref, int want, LtHeuristic *r,
                                   int *got)
{
    if (!h || !op || !a || !b || !c || !d || !pref || want < 1) return 7;
    memset(r, 0, sizeof *r);
    *got = 1;
    return 0;
}

int cublasLtMatmul(Lt h, Lt op, const void *alpha, const void *a, Lt la, const void *b, Lt lb, const void *beta,
                   const void *c, Lt lc, void *d, Lt ld, const void *algo, void *ws, size_t nws, Stream *s)
{
    (void)alpha, (void)beta, (void)algo, (void)ws, (void)nws;
    if (!h || !op || !la || !lb || !lc || !ld || !a || !b || !c || !d) return 7;
    return issue(s, (Op){.kind = GEMM}) ? 13 : 0; /* CUBLAS_STATUS_EXECUTION_FAILED */
}

const char *cublasLtGetStatusName(int st) { return st ? "CUBLAS_STATUS_INVALID_VALUE" : "CUBLAS_STATUS_SUCCESS"; }
const char *cublasLtGetStatusString(int st) { return st ? "invalid value (fake cuBLASLt)" : "success"; }
size_t cublasLtGetVersion(void) { return 130000; }
