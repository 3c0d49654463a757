/* cuda.h — the CUDA half of the passc runtime: the driver (cuda.c), NVRTC
 * (nvrtc.c) and cuBLASLt (cublaslt.c).
 *
 * This header is deliberately separate from runtime.h and includes only C
 * standard headers — no project header, no CUDA header — so that the three
 * files build standalone with one gcc line on a machine that has the CUDA
 * toolkit but none of the project's other dependencies (the GPU machine:
 * no libyaml, no LLVM, no check; see tests/gpu/run.sh).  The driver and
 * cuBLASLt are dlopen'ed, so their types are declared privately in the .c
 * files; when the CUDA headers are on the include path (PASSC_HAVE_NVRTC)
 * those private declarations are checked against the real headers with
 * static assertions.  Only NVRTC is linked (env-facts section 6: linking
 * it is harmless on a machine without a GPU).
 *
 * Errors: nothing here prints or exits.  A failed call returns false/NULL
 * and leaves a one-line message, "file:line: cuXxx failed: CUDA_ERROR_NAME:
 * the driver's text", in the object's error buffer (rt_cuda_error,
 * rt_blaslt_error) or in the caller's buffer (err/why, nerr).
 *
 * Threads: an RtCuda binds the device's primary context to the thread that
 * opened it; another thread calls rt_cuda_bind first.  NVRTC compiles are
 * thread-safe. */
#ifndef PASSC_RUNTIME_CUDA_H
#define PASSC_RUNTIME_CUDA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* ------------------------------------------------------------- cuda.c */

typedef struct RtCuda RtCuda;
typedef unsigned long long RtDevPtr; /* CUdeviceptr on 64-bit hosts */
typedef struct RtCuModule RtCuModule;
typedef struct RtCuGraph RtCuGraph;
typedef void *RtCuFunction;            /* CUfunction */
typedef void *RtCuEvent;               /* CUevent */

typedef struct RtCudaInfo {
    char name[128];
    int arch;              /* compute capability * 10 + minor: 90 for sm_90 */
    int sm_count;
    int l2_bytes;
    int smem_optin;        /* max dynamic shared memory per block, opted in */
    size_t total_mem;
    int driver_version;    /* 13000 for CUDA 13.0 */
} RtCudaInfo;

/* Loads the driver from libpath (NULL: "libcuda.so.1"), initialises it and
 * binds device `device`'s primary context with one stream.  NULL when there
 * is no driver, no device or the driver fails; why then holds one line,
 * e.g. "no CUDA driver (libcuda.so.1: cannot open shared object file: No
 * such file or directory); training on the CPU". */
RtCuda *rt_cuda_open(const char *libpath, int device, char *why, size_t nwhy);
void rt_cuda_close(RtCuda *rt);
const char *rt_cuda_error(const RtCuda *rt); /* the last failure's message */
const RtCudaInfo *rt_cuda_info(const RtCuda *rt);
void *rt_cuda_stream(const RtCuda *rt);      /* the CUstream work goes to */
bool rt_cuda_bind(RtCuda *rt);               /* make the context current here */
bool rt_cuda_sync(RtCuda *rt);               /* wait for the stream */

bool rt_cuda_alloc(RtCuda *rt, size_t bytes, RtDevPtr *out);
void rt_cuda_free(RtCuda *rt, RtDevPtr p);
/* Page-locks memory the caller allocated (so copies from it are DMA that
 * overlaps kernels), and releases it again before the caller frees it. */
bool rt_cuda_pin(RtCuda *rt, void *p, size_t bytes);
void rt_cuda_unpin(RtCuda *rt, void *p);
bool rt_cuda_upload(RtCuda *rt, RtDevPtr dst, const void *src, size_t bytes);
bool rt_cuda_download(RtCuda *rt, void *dst, RtDevPtr src, size_t bytes);
bool rt_cuda_copy_async(RtCuda *rt, RtDevPtr dst, RtDevPtr src, size_t bytes); /* device to device, ordered */
/* The side (copy) stream: an upload ordered only by the events it waits
 * for, so it runs while the main stream computes. */
bool rt_cuda_upload_side(RtCuda *rt, RtDevPtr dst, const void *src, size_t bytes);

bool rt_cuda_module_load(RtCuda *rt, const void *cubin, RtCuModule **out);
void rt_cuda_module_unload(RtCuda *rt, RtCuModule *m);
bool rt_cuda_function(RtCuda *rt, RtCuModule *m, const char *name, RtCuFunction *out);
/* Raises a kernel's dynamic shared-memory limit (needed above 48 KiB). */
bool rt_cuda_set_smem(RtCuda *rt, RtCuFunction f, int bytes);
/* Launches on the stream; args as cuLaunchKernel's kernelParams. */
bool rt_cuda_launch(RtCuda *rt, RtCuFunction f, const unsigned grid[3], const unsigned block[3],
                    unsigned smem, void **args);

bool rt_cuda_event_new(RtCuda *rt, RtCuEvent *out);
void rt_cuda_event_free(RtCuda *rt, RtCuEvent e);
bool rt_cuda_event_record(RtCuda *rt, RtCuEvent e);      /* on the main stream */
bool rt_cuda_event_record_side(RtCuda *rt, RtCuEvent e); /* on the side stream */
/* The main (side) stream waits, without blocking the host, for e's work. */
bool rt_cuda_wait(RtCuda *rt, RtCuEvent e);
bool rt_cuda_wait_side(RtCuda *rt, RtCuEvent e);
bool rt_cuda_event_sync(RtCuda *rt, RtCuEvent e);        /* the host waits */
/* Waits for `end` and returns the milliseconds between the two records. */
bool rt_cuda_event_ms(RtCuda *rt, RtCuEvent start, RtCuEvent end, float *ms);

/* Captures everything issued on the stream between begin and end into an
 * executable graph; launching it replays the work. */
bool rt_cuda_graph_begin(RtCuda *rt);
bool rt_cuda_graph_end(RtCuda *rt, RtCuGraph **out);
bool rt_cuda_graph_launch(RtCuda *rt, RtCuGraph *g);
void rt_cuda_graph_free(RtCuda *rt, RtCuGraph *g);

/* Checks a driver call made through the table in cuda.c: on failure writes
 * "file:line: cuXxx failed: NAME: message" into rt's buffer and returns
 * false.  The function's name is taken from the call's text. */
#define RT_CU_CHECK(rt, call) rt_cu_check((rt), (int)(call), #call, __FILE__, __LINE__)
bool rt_cu_check(RtCuda *rt, int res, const char *call, const char *file, int line);

/* ------------------------------------------------------------ nvrtc.c */

/* ptxas's resource report for one kernel (-Xptxas -v). */
typedef struct RtKernelInfo {
    char name[128];
    int regs;
    int spill_stores, spill_loads; /* bytes */
    int stack;                     /* bytes of stack frame */
    int smem;                      /* bytes of static shared memory */
    int barriers;
} RtKernelInfo;

typedef struct RtNvrtcOptions {
    int arch;                /* 80, 90, ...: compiled to CUBIN for sm_<arch> */
    const char *cache_dir;   /* NULL: $PASSC_CACHE_DIR or ~/.cache/passc; "": no cache */
    const char *cuda_include;/* NULL: $CUDA_HOME/include or /usr/local/cuda/include */
    bool fast_math;
    bool lineinfo;
    const char *const *extra;/* more NVRTC options */
    int nextra;
} RtNvrtcOptions;

typedef struct RtCubin {
    uint8_t *data;           /* the CUBIN image */
    size_t size;
    char *log;               /* NVRTC's log (ptxas report included) */
    RtKernelInfo *kernels;   /* one per entry function, in log order */
    int nkernels;
    bool from_cache;
    char cache_note[256];    /* why the cache was not used/written, or "" */
    char key[65];            /* hex SHA-256 cache key */
} RtCubin;

/* Compiles one program (many kernels) to CUBIN.  On failure returns false
 * with "name: NVRTC compile failed for sm_XX:" and NVRTC's log in err.
 * A cache failure (unwritable folder, corrupt entry) never fails the
 * compile: it is noted in out->cache_note. */
bool rt_nvrtc_compile(const char *src, const char *name, const RtNvrtcOptions *o, RtCubin *out,
                      char *err, size_t nerr);
void rt_cubin_free(RtCubin *c);
const RtKernelInfo *rt_cubin_kernel(const RtCubin *c, const char *name);
/* The per-kernel table of `passc --kernel-report`. */
void rt_cubin_report(const RtCubin *c, FILE *f);
/* Parses a ptxas -v log into a malloc'ed array; false on out of memory. */
bool rt_ptxas_parse(const char *log, RtKernelInfo **out, int *n);
/* The linked NVRTC's version; false when built without NVRTC. */
bool rt_nvrtc_version(int *major, int *minor);
void rt_sha256(const void *data, size_t len, uint8_t out[32]);

/* --------------------------------------------------------- cublaslt.c */

typedef struct RtBlasLt RtBlasLt;

typedef enum RtGemmType { RT_GEMM_F32, RT_GEMM_BF16 } RtGemmType;

/* In row-major terms (the swap to cuBLASLt's column major is internal):
 *   BIAS:          C = op(A) op(B) + bias[N]
 *   GELU_BIAS:     C = gelu(op(A) op(B) + bias[N])
 *   GELU_AUX_BIAS: as GELU_BIAS, and aux[M, aux_ld] = the value before gelu
 *   DGELU_BGRAD:   C = (op(A) op(B)) * gelu'(aux), bias[N] = column sums of C
 *   BGRAD_A:       C = op(A) op(B), bias[M] = row sums of op(A) (the
 *                  bias gradient of dW = dY^T X; cuBLASLt's BGRADB) */
typedef enum RtEpilogue {
    RT_EPI_NONE, RT_EPI_BIAS, RT_EPI_GELU_BIAS, RT_EPI_GELU_AUX_BIAS, RT_EPI_DGELU_BGRAD,
    RT_EPI_BGRAD_A,
} RtEpilogue;

/* Row-major C[M,N] = alpha op(A)[M,K] op(B)[K,N] + beta C, batch times with
 * element strides.  A is stored [M,K] ([K,M] when trans_a), B [K,N] ([N,K]
 * when trans_b); leading dimensions 0 mean packed.  A, B, C share the type
 * (C may be f32 with bf16 A and B: c_f32);
 * accumulation is f32 (CUBLAS_COMPUTE_32F); bias and aux have C's type
 * (the bias f32 where bias_f32 asks). */
typedef struct RtGemm {
    RtGemmType type;
    bool c_f32;                           /* C in f32 with bf16 A and B (else type) */
    int m, n, k;
    bool trans_a, trans_b;
    int batch;                            /* 0 or 1: one product */
    long long stride_a, stride_b, stride_c;
    int lda, ldb, ldc;
    float alpha, beta;
    RtEpilogue epi;
    RtDevPtr a, b, c, bias, aux;
    int aux_ld;                           /* 0: N */
    bool bias_f32;                        /* the bias (gradient) in f32 whatever C's type
                                           * (CUBLASLT_MATMUL_DESC_BIAS_DATA_TYPE; else C's type) */
} RtGemm;

/* Loads cuBLASLt (libpath NULL: libcublasLt.so.13, then .so, then under
 * $CUDA_HOME/lib64), creates a handle and a workspace on rt's device. */
RtBlasLt *rt_blaslt_open(RtCuda *rt, const char *libpath, char *why, size_t nwhy);
void rt_blaslt_close(RtBlasLt *lt);
const char *rt_blaslt_error(const RtBlasLt *lt);
int rt_blaslt_version(const RtBlasLt *lt);
/* Runs one GEMM on rt's stream.  The algorithm is chosen once per shape
 * (cublasLtMatmulAlgoGetHeuristic) and cached with its descriptors. */
bool rt_blaslt_gemm(RtBlasLt *lt, const RtGemm *g);
/* Makes g's plan (descriptors, the heuristic's algorithm) without running
 * it: a GEMM's epilogue can be tried at start-up. */
bool rt_blaslt_prepare(RtBlasLt *lt, const RtGemm *g);
/* Whether the last failed call failed with CUBLAS_STATUS_NOT_SUPPORTED or
 * for want of an algorithm: the GEMM as asked (its epilogue, types,
 * layout) is one this cuBLASLt does not run. */
bool rt_blaslt_no_algorithm(const RtBlasLt *lt);
int rt_blaslt_cached_plans(const RtBlasLt *lt);

/* -------------------------------------------------------- cuda_exec.c */

/* The GPU executor of a planned KernelProgram (ir/kernel.h), mirroring
 * the CPU's CpuExec (runtime/cpu.h): new / set / run / get.  The project's
 * types are named as incomplete structs so this header stays free of
 * project includes.  One device allocation per arena of the memory plan;
 * the program's kernels come from codegen/cuda.c through NVRTC, GEMMs go
 * to cuBLASLt (f32 with CUBLAS_COMPUTE_32F, no TF32). */
struct Ctx;
struct KernelProgram;
struct Tensor;
typedef struct CudaExec CudaExec;

typedef struct CudaExecOptions {
    const char *driver;    /* NULL: libcuda.so.1 */
    const char *blaslt;    /* NULL: cuBLASLt where rt_blaslt_open looks */
    int device;
    const char *cache_dir; /* NVRTC CUBIN cache, as RtNvrtcOptions */
    bool timing;           /* per-kernel times with events (not under graph replay) */
    bool graph;            /* after one plain run, capture the whole run as a CUDA graph and replay it */
} CudaExecOptions;

/* Opens the driver, compiles the program for the device's arch, loads it,
 * plans the GEMMs, allocates the arenas and uploads consts.  NULL when
 * anything fails, with one line in why (no diagnostic: the caller falls
 * back to the CPU), e.g. "no CUDA driver (...); training on the CPU". */
CudaExec *cuda_exec_new(struct Ctx *cx, const struct KernelProgram *p, const CudaExecOptions *o, char *why,
                        size_t nwhy);
void cuda_exec_free(CudaExec *x);
/* Uploads the value of a param, state or input leaf (types must match);
 * differential tests also overwrite computed values this way. */
bool cuda_exec_set(CudaExec *x, uint32_t leaf, const struct Tensor *t);
/* Runs every kernel, then copies each assign's value into its target
 * leaf, then waits and checks the device's error word (an index out of
 * range in gather/scatter_add is reported like the CPU backend's). */
bool cuda_exec_run(CudaExec *x);
/* cuda_exec_run in two halves: launch issues the step (after the staged
 * inputs, if any) and returns; wait waits for it and checks the error. */
bool cuda_exec_launch(CudaExec *x);
bool cuda_exec_wait(CudaExec *x);
/* One run issued kernel by kernel (never the graph) with events around
 * each, whatever the options: cuda_exec_kernel_ms then has every kernel's
 * time (./run bench --profile).  The same values as cuda_exec_run. */
bool cuda_exec_run_timed(CudaExec *x);
/* A training loop's inputs, overlapped with the step before (file
 * comment of cuda_exec.c).  The host input arena is the whole input arena
 * of the plan (plan.arena[KB_INPUT] bytes) in the plan's layout:
 *   pin_inputs       page-locks it once (optional: pageable works, without
 *                    the overlap);
 *   inputs_writable  waits until the last upload has read it;
 *   upload_inputs    sends it up on the side stream; the next launch
 *                    copies it in.  At most one upload per launch. */
bool cuda_exec_pin_inputs(CudaExec *x, void *host, char *why, size_t nwhy); /* false: the driver's message in why */
bool cuda_exec_inputs_writable(CudaExec *x);
bool cuda_exec_upload_inputs(CudaExec *x, const void *host);
/* The same in pieces (differential tests): kernel k alone, synchronised;
 * then the assigns. */
bool cuda_exec_step(CudaExec *x, uint32_t k);
bool cuda_exec_commit(CudaExec *x);
/* Downloads node id's value (see cpu_exec_get); NULL if not materialised. */
struct Tensor *cuda_exec_get(CudaExec *x, uint32_t id);
/* The same as the buffer's bytes, into host (the buffer's size); nothing
 * when not materialised. */
bool cuda_exec_read(CudaExec *x, uint32_t id, void *host);
/* Arena cls (a KBufClass) whole, from or to a host copy in the plan's
 * layout (plan.arena[cls] bytes): params and state in one copy each. */
bool cuda_exec_arena_put(CudaExec *x, int cls, const void *host);
bool cuda_exec_arena_get(CudaExec *x, int cls, void *host);
RtDevPtr cuda_exec_arena(const CudaExec *x, int cls); /* where arena cls is on the device */
/* Milliseconds of kernel k in the last timed run (options.timing or
 * cuda_exec_run_timed); compile seconds. */
double cuda_exec_kernel_ms(const CudaExec *x, uint32_t k);
double cuda_exec_compile_seconds(const CudaExec *x);
/* Bias-gradient GEMMs (kernel.h, gbgrad) whose sums run as a product of
 * their own because cuBLASLt has no BGRADB algorithm for them. */
int cuda_exec_bgrad_split(const CudaExec *x);
const RtCubin *cuda_exec_cubin(const CudaExec *x);
/* The kernel report (`passc --kernel-report`): compiles p's program for
 * sm_<arch> with NVRTC (no GPU needed) and prints each kernel's registers,
 * spills and shared memory, then the totals.  False with a diagnostic when
 * NVRTC fails. */
bool cuda_kernel_report(struct Ctx *cx, const struct KernelProgram *p, int arch, const char *cache_dir, FILE *out);

#endif
