/* cuda.c — the CUDA driver, loaded with dlopen("libcuda.so.1") and never
 * linked: a binary linked to the driver stub does not even start on a
 * machine without a GPU (env-facts section 6), and `./run` must fall back
 * to the CPU there with a one-line notice.
 *
 * Expects a driver of CUDA 12 or later.  Every entry point is looked up by
 * its versioned ABI name (cuMemAlloc_v2, cuStreamBeginCapture_v2, ...), the
 * names cuda.h maps the API onto with its #defines: the unversioned
 * symbols still exported by the driver are the old ABIs (the plain
 * cuStreamBeginCapture takes no mode, for instance), so dlsym of the bare
 * name would call the wrong function.  cuGetProcAddress would give the
 * same pointers; dlsym of the ABI name needs no version bookkeeping.
 *
 * Produces an RtCuda: the function table, the device's primary context,
 * two streams (the step's work, and a copy stream so that the next step's
 * inputs go up while this one computes), the device facts and an error
 * buffer.  No global state. */
#define _GNU_SOURCE
#include "runtime/cuda.h"

#include <dlfcn.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* The few driver types used, declared here because the header is not on
 * every build machine; checked against cuda.h when it is. */
typedef int CuResult;
typedef int CuDevice;
typedef void *CuContext, *CuModule, *CuFunction, *CuStream, *CuEvent, *CuGraph, *CuGraphExec;
typedef unsigned long long CuDevPtr;

enum {
    RT_CU_ATTR_SM_COUNT = 16,
    RT_CU_ATTR_L2 = 38,
    RT_CU_ATTR_CC_MAJOR = 75,
    RT_CU_ATTR_CC_MINOR = 76,
    RT_CU_ATTR_SMEM_OPTIN = 97,
    RT_CU_FUNC_MAX_DYN_SMEM = 8,
    RT_CU_CAPTURE_THREAD_LOCAL = 1,
    RT_CU_STREAM_NON_BLOCKING = 1,
    RT_CU_STUB_LIBRARY = 34,
    RT_CU_NO_DEVICE = 100,
};

#ifdef PASSC_HAVE_NVRTC
#include <cuda.h>
/* cuda.h maps API names onto ABI names with macros; the table's fields
 * carry the API names. */
#undef cuDeviceTotalMem
#undef cuDevicePrimaryCtxRelease
#undef cuMemAlloc
#undef cuMemFree
#undef cuMemcpyDtoHAsync
#undef cuMemcpyHtoDAsync
#undef cuMemcpyDtoDAsync
#undef cuStreamDestroy
#undef cuEventDestroy
#undef cuEventElapsedTime
#undef cuStreamBeginCapture
#undef cuMemHostRegister
#define CU_SAME(a, b) _Static_assert((int)(a) == (int)(b), #a)
_Static_assert(sizeof(CUresult) == sizeof(CuResult), "CUresult");
_Static_assert(sizeof(CUdevice) == sizeof(CuDevice), "CUdevice");
_Static_assert(sizeof(CUdeviceptr) == sizeof(unsigned long long), "CUdeviceptr");
CU_SAME(RT_CU_ATTR_SM_COUNT, CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT);
CU_SAME(RT_CU_ATTR_L2, CU_DEVICE_ATTRIBUTE_L2_CACHE_SIZE);
CU_SAME(RT_CU_ATTR_CC_MAJOR, CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR);
CU_SAME(RT_CU_ATTR_CC_MINOR, CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR);
CU_SAME(RT_CU_ATTR_SMEM_OPTIN, CU_DEVICE_ATTRIBUTE_MAX_SHARED_MEMORY_PER_BLOCK_OPTIN);
CU_SAME(RT_CU_FUNC_MAX_DYN_SMEM, CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES);
CU_SAME(RT_CU_CAPTURE_THREAD_LOCAL, CU_STREAM_CAPTURE_MODE_THREAD_LOCAL);
CU_SAME(RT_CU_STREAM_NON_BLOCKING, CU_STREAM_NON_BLOCKING);
CU_SAME(RT_CU_STUB_LIBRARY, CUDA_ERROR_STUB_LIBRARY);
CU_SAME(RT_CU_NO_DEVICE, CUDA_ERROR_NO_DEVICE);
#endif

/* X(field, ABI symbol, parameter types) — one line per entry point.
 * tests/fake_cuda/fake_cuda.c implements the same list for the CI tests
 * of the executor's stream logic: an entry added here goes there too. */
#define RT_CU_API(X)                                                                   \
    X(cuInit, "cuInit", (unsigned))                                                    \
    X(cuDriverGetVersion, "cuDriverGetVersion", (int *))                               \
    X(cuDeviceGet, "cuDeviceGet", (CuDevice *, int))                                   \
    X(cuDeviceGetCount, "cuDeviceGetCount", (int *))                                   \
    X(cuDeviceGetName, "cuDeviceGetName", (char *, int, CuDevice))                     \
    X(cuDeviceGetAttribute, "cuDeviceGetAttribute", (int *, int, CuDevice))            \
    X(cuDeviceTotalMem, "cuDeviceTotalMem_v2", (size_t *, CuDevice))                   \
    X(cuDevicePrimaryCtxRetain, "cuDevicePrimaryCtxRetain", (CuContext *, CuDevice))   \
    X(cuDevicePrimaryCtxRelease, "cuDevicePrimaryCtxRelease_v2", (CuDevice))           \
    X(cuCtxSetCurrent, "cuCtxSetCurrent", (CuContext))                                 \
    X(cuCtxSynchronize, "cuCtxSynchronize", (void))                                    \
    X(cuMemAlloc, "cuMemAlloc_v2", (CuDevPtr *, size_t))                            \
    X(cuMemFree, "cuMemFree_v2", (CuDevPtr))                                        \
    X(cuMemcpyDtoHAsync, "cuMemcpyDtoHAsync_v2", (void *, CuDevPtr, size_t, CuStream)) \
    X(cuMemcpyHtoDAsync, "cuMemcpyHtoDAsync_v2",                                       \
      (CuDevPtr, const void *, size_t, CuStream))                                   \
    X(cuMemcpyDtoDAsync, "cuMemcpyDtoDAsync_v2",                                       \
      (CuDevPtr, CuDevPtr, size_t, CuStream))                                    \
    X(cuMemHostRegister, "cuMemHostRegister_v2", (void *, size_t, unsigned))           \
    X(cuMemHostUnregister, "cuMemHostUnregister", (void *))                            \
    X(cuModuleLoadData, "cuModuleLoadData", (CuModule *, const void *))                \
    X(cuModuleUnload, "cuModuleUnload", (CuModule))                                    \
    X(cuModuleGetFunction, "cuModuleGetFunction", (CuFunction *, CuModule, const char *)) \
    X(cuFuncSetAttribute, "cuFuncSetAttribute", (CuFunction, int, int))                \
    X(cuLaunchKernel, "cuLaunchKernel",                                                \
      (CuFunction, unsigned, unsigned, unsigned, unsigned, unsigned, unsigned,         \
       unsigned, CuStream, void **, void **))                                          \
    X(cuStreamCreate, "cuStreamCreate", (CuStream *, unsigned))                        \
    X(cuStreamSynchronize, "cuStreamSynchronize", (CuStream))                          \
    X(cuStreamDestroy, "cuStreamDestroy_v2", (CuStream))                               \
    X(cuStreamWaitEvent, "cuStreamWaitEvent", (CuStream, CuEvent, unsigned))           \
    X(cuEventCreate, "cuEventCreate", (CuEvent *, unsigned))                           \
    X(cuEventRecord, "cuEventRecord", (CuEvent, CuStream))                             \
    X(cuEventSynchronize, "cuEventSynchronize", (CuEvent))                             \
    X(cuEventElapsedTime, "cuEventElapsedTime", (float *, CuEvent, CuEvent))           \
    X(cuEventDestroy, "cuEventDestroy_v2", (CuEvent))                                  \
    X(cuStreamBeginCapture, "cuStreamBeginCapture_v2", (CuStream, int))                \
    X(cuStreamEndCapture, "cuStreamEndCapture", (CuStream, CuGraph *))                 \
    X(cuGraphInstantiateWithFlags, "cuGraphInstantiateWithFlags",                      \
      (CuGraphExec *, CuGraph, unsigned long long))                                    \
    X(cuGraphLaunch, "cuGraphLaunch", (CuGraphExec, CuStream))                         \
    X(cuGraphExecDestroy, "cuGraphExecDestroy", (CuGraphExec))                         \
    X(cuGraphDestroy, "cuGraphDestroy", (CuGraph))                                     \
    X(cuGetErrorName, "cuGetErrorName", (CuResult, const char **))                     \
    X(cuGetErrorString, "cuGetErrorString", (CuResult, const char **))

typedef struct RtCuApi {
#define RT_CU_FIELD(field, sym, params) CuResult (*field) params;
    RT_CU_API(RT_CU_FIELD)
#undef RT_CU_FIELD
} RtCuApi;

struct RtCuda {
    void *lib;
    RtCuApi api;
    CuDevice dev;
    CuContext ctx;
    CuStream stream, copy; /* the step's work; input uploads beside it */
    bool have_ctx;
    RtCudaInfo info;
    char err[1024];
};

struct RtCuModule {
    CuModule mod;
};

struct RtCuGraph {
    CuGraph graph;
    CuGraphExec exec;
};

static void cu_fail(RtCuda *rt, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void cu_fail(RtCuda *rt, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(rt->err, sizeof rt->err, fmt, ap);
    va_end(ap);
}

/* "rt->api.cuMemAlloc(&p, n)" -> "cuMemAlloc": the identifier before the
 * first parenthesis. */
static void cu_call_name(const char *call, char *out, size_t n)
{
    const char *paren = strchr(call, '(');
    const char *end = paren ? paren : call + strlen(call);
    const char *b = end;
    while (b > call && (b[-1] == '_' || (b[-1] >= '0' && b[-1] <= '9') ||
                        ((b[-1] | 32) >= 'a' && (b[-1] | 32) <= 'z')))
        b--;
    snprintf(out, n, "%.*s", (int)(end - b), b);
}

/* The errors met when a driver is present but unusable, for drivers (the
 * toolkit's stub, for one) whose cuGetErrorName cannot say. */
static const struct {
    int code;
    const char *name, *msg;
} cu_known_errors[] = {
    {2, "CUDA_ERROR_OUT_OF_MEMORY", "out of memory"},
    {3, "CUDA_ERROR_NOT_INITIALIZED", "initialization error"},
    {34, "CUDA_ERROR_STUB_LIBRARY", "CUDA driver is a stub library"},
    {35, "CUDA_ERROR_INSUFFICIENT_DRIVER", "CUDA driver version is insufficient"},
    {46, "CUDA_ERROR_DEVICES_UNAVAILABLE", "CUDA-capable device(s) busy or unavailable"},
    {100, "CUDA_ERROR_NO_DEVICE", "no CUDA-capable device is detected"},
    {803, "CUDA_ERROR_SYSTEM_DRIVER_MISMATCH", "system has unsupported display driver / cuda "
                                              "driver combination"},
    {999, "CUDA_ERROR_UNKNOWN", "unknown error"},
};

static void cu_error_text(RtCuda *rt, int res, const char **name, const char **msg)
{
    *name = *msg = NULL;
    if (rt->api.cuGetErrorName && rt->api.cuGetErrorName(res, name) != 0) *name = NULL;
    if (rt->api.cuGetErrorString && rt->api.cuGetErrorString(res, msg) != 0) *msg = NULL;
    for (size_t i = 0; i < sizeof cu_known_errors / sizeof cu_known_errors[0]; i++)
        if (cu_known_errors[i].code == res) {
            if (!*name) *name = cu_known_errors[i].name;
            if (!*msg) *msg = cu_known_errors[i].msg;
        }
    if (!*name) *name = "CUDA_ERROR";
    if (!*msg) *msg = "no message from the driver";
}

bool rt_cu_check(RtCuda *rt, int res, const char *call, const char *file, int line)
{
    if (res == 0) return true;
    const char *name, *msg;
    cu_error_text(rt, res, &name, &msg);
    char fn[64];
    cu_call_name(call, fn, sizeof fn);
    const char *base = strrchr(file, '/');
    cu_fail(rt, "%s:%d: %s failed: %s (%d): %s", base ? base + 1 : file, line, fn, name, res,
            msg);
    return false;
}

static bool cu_load_symbols(RtCuda *rt, const char *path, char *why, size_t nwhy)
{
#define RT_CU_LOAD(field, sym, params)                                                   \
    *(void **)&rt->api.field = dlsym(rt->lib, sym);                                      \
    if (!rt->api.field) {                                                                \
        snprintf(why, nwhy, "no usable CUDA driver (no %s in %s); training on the CPU",  \
                 sym, path);                                                             \
        return false;                                                                    \
    }
    RT_CU_API(RT_CU_LOAD)
#undef RT_CU_LOAD
    return true;
}

static bool cu_read_info(RtCuda *rt)
{
    RtCudaInfo *in = &rt->info;
    int major = 0, minor = 0;
    if (!RT_CU_CHECK(rt, rt->api.cuDeviceGetName(in->name, (int)sizeof in->name, rt->dev)) ||
        !RT_CU_CHECK(rt, rt->api.cuDeviceGetAttribute(&major, RT_CU_ATTR_CC_MAJOR, rt->dev)) ||
        !RT_CU_CHECK(rt, rt->api.cuDeviceGetAttribute(&minor, RT_CU_ATTR_CC_MINOR, rt->dev)) ||
        !RT_CU_CHECK(rt, rt->api.cuDeviceGetAttribute(&in->sm_count, RT_CU_ATTR_SM_COUNT,
                                                      rt->dev)) ||
        !RT_CU_CHECK(rt, rt->api.cuDeviceGetAttribute(&in->l2_bytes, RT_CU_ATTR_L2, rt->dev)) ||
        !RT_CU_CHECK(rt, rt->api.cuDeviceGetAttribute(&in->smem_optin, RT_CU_ATTR_SMEM_OPTIN,
                                                      rt->dev)) ||
        !RT_CU_CHECK(rt, rt->api.cuDeviceTotalMem(&in->total_mem, rt->dev)) ||
        !RT_CU_CHECK(rt, rt->api.cuDriverGetVersion(&in->driver_version)))
        return false;
    in->arch = major * 10 + minor;
    return true;
}

/* cuInit, the device, its primary context and a stream.  Failures that
 * mean "no usable GPU" get the CPU-fallback wording. */
static bool cu_start(RtCuda *rt, int device, char *why, size_t nwhy)
{
    if (!RT_CU_CHECK(rt, rt->api.cuInit(0))) {
        snprintf(why, nwhy, "CUDA driver unusable (%s); training on the CPU", rt->err);
        return false;
    }
    int count = 0;
    if (!RT_CU_CHECK(rt, rt->api.cuDeviceGetCount(&count))) {
        snprintf(why, nwhy, "%s; training on the CPU", rt->err);
        return false;
    }
    if (device < 0 || device >= count) {
        snprintf(why, nwhy, "no CUDA device %d (%d found); training on the CPU", device, count);
        return false;
    }
    if (!RT_CU_CHECK(rt, rt->api.cuDeviceGet(&rt->dev, device)) ||
        !RT_CU_CHECK(rt, rt->api.cuDevicePrimaryCtxRetain(&rt->ctx, rt->dev))) {
        snprintf(why, nwhy, "%s; training on the CPU", rt->err);
        return false;
    }
    rt->have_ctx = true;
    if (!RT_CU_CHECK(rt, rt->api.cuCtxSetCurrent(rt->ctx)) ||
        !RT_CU_CHECK(rt, rt->api.cuStreamCreate(&rt->stream, RT_CU_STREAM_NON_BLOCKING)) ||
        !RT_CU_CHECK(rt, rt->api.cuStreamCreate(&rt->copy, RT_CU_STREAM_NON_BLOCKING)) ||
        !cu_read_info(rt)) {
        snprintf(why, nwhy, "%s; training on the CPU", rt->err);
        return false;
    }
    return true;
}

RtCuda *rt_cuda_open(const char *libpath, int device, char *why, size_t nwhy)
{
    const char *path = libpath ? libpath : "libcuda.so.1";
    RtCuda *rt = calloc(1, sizeof *rt);
    if (!rt) {
        snprintf(why, nwhy, "out of memory opening CUDA; training on the CPU");
        return NULL;
    }
    rt->lib = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!rt->lib) {
        const char *e = dlerror();
        snprintf(why, nwhy, "no CUDA driver (%s); training on the CPU", e ? e : path);
        free(rt);
        return NULL;
    }
    if (!cu_load_symbols(rt, path, why, nwhy) || !cu_start(rt, device, why, nwhy)) {
        rt_cuda_close(rt);
        return NULL;
    }
    return rt;
}

void rt_cuda_close(RtCuda *rt)
{
    if (!rt) return;
    /* Teardown errors have nowhere useful to go: the process is done with
     * the device, and the primary context frees what was left in it. */
    if (rt->stream) rt->api.cuStreamDestroy(rt->stream);
    if (rt->copy) rt->api.cuStreamDestroy(rt->copy);
    if (rt->have_ctx) rt->api.cuDevicePrimaryCtxRelease(rt->dev);
    if (rt->lib) dlclose(rt->lib);
    free(rt);
}

const char *rt_cuda_error(const RtCuda *rt) { return rt->err; }
const RtCudaInfo *rt_cuda_info(const RtCuda *rt) { return &rt->info; }
void *rt_cuda_stream(const RtCuda *rt) { return rt->stream; }

bool rt_cuda_bind(RtCuda *rt)
{
    return RT_CU_CHECK(rt, rt->api.cuCtxSetCurrent(rt->ctx));
}

bool rt_cuda_sync(RtCuda *rt)
{
    return RT_CU_CHECK(rt, rt->api.cuStreamSynchronize(rt->stream));
}

/* ---------------------------------------------------------------- memory */

bool rt_cuda_alloc(RtCuda *rt, size_t bytes, RtDevPtr *out)
{
    CuDevPtr p = 0;
    if (!RT_CU_CHECK(rt, rt->api.cuMemAlloc(&p, bytes))) return false;
    *out = p;
    return true;
}

void rt_cuda_free(RtCuda *rt, RtDevPtr p)
{
    if (p) RT_CU_CHECK(rt, rt->api.cuMemFree(p)); /* a failure stays in rt->err */
}

bool rt_cuda_pin(RtCuda *rt, void *p, size_t bytes)
{
    return RT_CU_CHECK(rt, rt->api.cuMemHostRegister(p, bytes, 0));
}

void rt_cuda_unpin(RtCuda *rt, void *p)
{
    if (p) RT_CU_CHECK(rt, rt->api.cuMemHostUnregister(p));
}

/* The synchronous copies go through the stream too: the stream is
 * non-blocking, so a plain cuMemcpyHtoD (legacy stream) would not be
 * ordered with the kernels on it — and returns, for pageable memory,
 * before its DMA is done. */
bool rt_cuda_upload(RtCuda *rt, RtDevPtr dst, const void *src, size_t bytes)
{
    return RT_CU_CHECK(rt, rt->api.cuMemcpyHtoDAsync(dst, src, bytes, rt->stream)) &&
           rt_cuda_sync(rt);
}

bool rt_cuda_download(RtCuda *rt, void *dst, RtDevPtr src, size_t bytes)
{
    return RT_CU_CHECK(rt, rt->api.cuMemcpyDtoHAsync(dst, src, bytes, rt->stream)) &&
           rt_cuda_sync(rt);
}

bool rt_cuda_copy_async(RtCuda *rt, RtDevPtr dst, RtDevPtr src, size_t bytes)
{
    return RT_CU_CHECK(rt, rt->api.cuMemcpyDtoDAsync(dst, src, bytes, rt->stream));
}

bool rt_cuda_upload_side(RtCuda *rt, RtDevPtr dst, const void *src, size_t bytes)
{
    return RT_CU_CHECK(rt, rt->api.cuMemcpyHtoDAsync(dst, src, bytes, rt->copy));
}

/* --------------------------------------------------------------- kernels */

bool rt_cuda_module_load(RtCuda *rt, const void *cubin, RtCuModule **out)
{
    RtCuModule *m = calloc(1, sizeof *m);
    if (!m) {
        cu_fail(rt, "out of memory loading a CUDA module");
        return false;
    }
    if (!RT_CU_CHECK(rt, rt->api.cuModuleLoadData(&m->mod, cubin))) {
        free(m);
        return false;
    }
    *out = m;
    return true;
}

void rt_cuda_module_unload(RtCuda *rt, RtCuModule *m)
{
    if (!m) return;
    RT_CU_CHECK(rt, rt->api.cuModuleUnload(m->mod));
    free(m);
}

bool rt_cuda_function(RtCuda *rt, RtCuModule *m, const char *name, RtCuFunction *out)
{
    if (rt->api.cuModuleGetFunction(out, m->mod, name) == 0) return true;
    cu_fail(rt, "kernel '%s' is not in the module", name);
    return false;
}

bool rt_cuda_set_smem(RtCuda *rt, RtCuFunction f, int bytes)
{
    return RT_CU_CHECK(rt, rt->api.cuFuncSetAttribute(f, RT_CU_FUNC_MAX_DYN_SMEM, bytes));
}

bool rt_cuda_launch(RtCuda *rt, RtCuFunction f, const unsigned grid[3], const unsigned block[3],
                    unsigned smem, void **args)
{
    return RT_CU_CHECK(rt, rt->api.cuLaunchKernel(f, grid[0], grid[1], grid[2], block[0],
                                                  block[1], block[2], smem, rt->stream, args,
                                                  NULL));
}

/* ---------------------------------------------------------------- events */

bool rt_cuda_event_new(RtCuda *rt, RtCuEvent *out)
{
    return RT_CU_CHECK(rt, rt->api.cuEventCreate(out, 0));
}

void rt_cuda_event_free(RtCuda *rt, RtCuEvent e)
{
    if (e) RT_CU_CHECK(rt, rt->api.cuEventDestroy(e));
}

bool rt_cuda_event_record(RtCuda *rt, RtCuEvent e)
{
    return RT_CU_CHECK(rt, rt->api.cuEventRecord(e, rt->stream));
}

bool rt_cuda_event_record_side(RtCuda *rt, RtCuEvent e)
{
    return RT_CU_CHECK(rt, rt->api.cuEventRecord(e, rt->copy));
}

bool rt_cuda_wait(RtCuda *rt, RtCuEvent e)
{
    return RT_CU_CHECK(rt, rt->api.cuStreamWaitEvent(rt->stream, e, 0));
}

bool rt_cuda_wait_side(RtCuda *rt, RtCuEvent e)
{
    return RT_CU_CHECK(rt, rt->api.cuStreamWaitEvent(rt->copy, e, 0));
}

bool rt_cuda_event_sync(RtCuda *rt, RtCuEvent e)
{
    return RT_CU_CHECK(rt, rt->api.cuEventSynchronize(e));
}

bool rt_cuda_event_ms(RtCuda *rt, RtCuEvent start, RtCuEvent end, float *ms)
{
    return RT_CU_CHECK(rt, rt->api.cuEventSynchronize(end)) &&
           RT_CU_CHECK(rt, rt->api.cuEventElapsedTime(ms, start, end));
}

/* ---------------------------------------------------------------- graphs */

bool rt_cuda_graph_begin(RtCuda *rt)
{
    return RT_CU_CHECK(rt, rt->api.cuStreamBeginCapture(rt->stream, RT_CU_CAPTURE_THREAD_LOCAL));
}

bool rt_cuda_graph_end(RtCuda *rt, RtCuGraph **out)
{
    RtCuGraph *g = calloc(1, sizeof *g);
    CuGraph graph = NULL;
    /* End the capture even when out of memory, or the stream stays in
     * capture mode and every later call on it fails. */
    bool ok = RT_CU_CHECK(rt, rt->api.cuStreamEndCapture(rt->stream, &graph));
    if (ok && !g) cu_fail(rt, "out of memory ending a CUDA graph capture");
    if (!ok || !g) {
        if (graph) rt->api.cuGraphDestroy(graph);
        free(g);
        return false;
    }
    g->graph = graph;
    if (!RT_CU_CHECK(rt, rt->api.cuGraphInstantiateWithFlags(&g->exec, graph, 0))) {
        rt->api.cuGraphDestroy(graph);
        free(g);
        return false;
    }
    *out = g;
    return true;
}

bool rt_cuda_graph_launch(RtCuda *rt, RtCuGraph *g)
{
    return RT_CU_CHECK(rt, rt->api.cuGraphLaunch(g->exec, rt->stream));
}

void rt_cuda_graph_free(RtCuda *rt, RtCuGraph *g)
{
    if (!g) return;
    RT_CU_CHECK(rt, rt->api.cuGraphExecDestroy(g->exec));
    RT_CU_CHECK(rt, rt->api.cuGraphDestroy(g->graph));
    free(g);
}
