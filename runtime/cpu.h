/* cpu.h — the CPU executors: what JIT-links and runs the code codegen/
 * emits for the host CPU.
 *
 * Sections follow the source files: pool.c (the fork-join thread pool),
 * cpu_templates.c (template kernels and GEMMs as C routines over
 * OpenBLAS), jit.c (the ORC LLJIT and arenas both executors share),
 * cpu_exec.c (compile a planned KernelProgram in-process and run it: the
 * tests' and benches' executor), host_exec.c (the launcher's executor of
 * a bundle's precompiled kernels and host loop).  Includes codegen/cg.h
 * (runtime/ may depend on codegen/, never the reverse). */
#ifndef PASSC_RUNTIME_CPU_H
#define PASSC_RUNTIME_CPU_H

#include "codegen/cg.h"

#include <llvm-c/LLJIT.h>

/* -------------------------------------------------------------- pool.c */

/* A fork-join pool: rt_pool_run splits [0, n) into one contiguous chunk
 * per thread, runs fn(arg, lo, hi, thread) on each (thread 0 = the
 * caller, 1.. the workers) and returns when all are done.  One job at a
 * time.  Threads spin a while between jobs before they sleep (pool.c). */
typedef struct RtPool RtPool;
typedef void (*RtTask)(void *arg, int64_t lo, int64_t hi, int thread);
/* At most this many threads in a pool (./run --threads is checked against it). */
enum { RT_MAX_THREADS = 256 };
RtPool *rt_pool_new(Ctx *cx, int nthreads); /* 0 = rt_pool_default_threads() */
void rt_pool_free(RtPool *pool);
int rt_pool_size(const RtPool *pool);       /* 1 for NULL */
void rt_pool_run(RtPool *pool, RtTask fn, void *arg, int64_t n);
int rt_pool_default_threads(void);          /* cores this process may use */
/* A loop kernel's `<name>.part(args, lo, hi)` over [0, n) on the pool (the
 * executors' split of a kernel, codegen/llvm_cpu.c). */
typedef void (*RtPartFn)(void **args, int64_t lo, int64_t hi);
void rt_pool_run_part(RtPool *pool, RtPartFn part, void **args, int64_t n);

/* ------------------------------------------------------ cpu_templates.c */

/* What the calls of one executor share: the pool its loop kernels and
 * GEMMs split over; working memory the calls reuse from one to the next
 * (the f32 copies or AMX packings of a bf16 GEMM's operands), grown when
 * a call needs more, one per thread since a GEMM's threads each work in
 * their own; and whether bf16 GEMMs run on AMX tiles. */
typedef struct RtScratch {
    void *p;
    size_t n;
} RtScratch;
typedef struct RtCalls {
    RtPool *pool;
    RtScratch scratch[RT_MAX_THREADS];
    bool amx;
} RtCalls;
/* Starts threads threads (0: every core this process may use), puts
 * OpenBLAS on one thread (the GEMMs split over the pool instead), and
 * uses AMX when allow_amx, p has a GEMM for it (only then is the tile
 * state asked for: it enlarges every signal frame of the process) and
 * rt_amx_enable says yes.  False after reporting an error. */
bool rt_calls_init(Ctx *cx, const KernelProgram *p, int threads, bool allow_amx, RtCalls *c);
void rt_calls_free(Ctx *cx, RtCalls *c); /* also of a zeroed RtCalls */

/* Runs a KK_TEMPLATE or KK_GEMM kernel; ptr[j] is the address of buffer
 * k->bufs[j].  Returns false after reporting a run-time error (an index out
 * of range, a dtype the routine does not handle). */
bool rt_cpu_run_call(Ctx *cx, const KernelProgram *p, const Kernel *k, void *const *ptr, RtCalls *calls);

/* ------------------------------------------------------------ cpu_amx.c */

/* Whether bf16 GEMMs can run on AMX tiles here: the CPU has AMX-TILE and
 * AMX-BF16, the kernel granted the tile state, and PASSC_CPU_AMX is not
 * 0.  Asks the kernel for the state the first time (per process). */
bool rt_amx_enable(void);
/* Around a run of blocks on one thread: loads, then releases, the tile
 * configuration. */
void rt_amx_begin(void);
void rt_amx_end(void);
/* The 32x32 f32 block (bi, bj) of ap (rows of kp bf16, lda apart) times
 * bv (the VNNI form of a kp x np matrix), into out (32 rows of 32).  kp
 * and np are multiples of 32 (cpu_amx.c). */
void rt_amx_block(const uint16_t *ap, int64_t lda, const uint16_t *bv, int64_t kp, int64_t np, int64_t bi, int64_t bj,
                  float *out);

/* ----------------------------------------------------------- cpu_exec.c */

typedef struct CpuExec CpuExec;

/* Compiles every loop kernel of a planned program (one module, optimised
 * for the host, JIT-compiled with ORC LLJIT) and allocates the arenas;
 * const leaves are filled in.  NULL after reporting an error. */
CpuExec *cpu_exec_new(Ctx *cx, const KernelProgram *p, const CgOptions *o);
void cpu_exec_free(CpuExec *x);
/* Sets the value of a param, state or input leaf (types must match). */
bool cpu_exec_set(CpuExec *x, NodeId leaf, const Tensor *t);
/* Runs the kernels in order, then copies every assign's value into its
 * target leaf (as the interpreter does). */
bool cpu_exec_run(CpuExec *x);
/* The same in pieces (differential tests compare each kernel's output
 * before the arena reuses its memory): kernel k alone, then the assigns. */
bool cpu_exec_step(CpuExec *x, uint32_t k);
void cpu_exec_commit(CpuExec *x);
/* The value node id holds now, if it is materialised (or an output or
 * assign): a new tensor (tensor_free it); NULL if the node has no buffer.
 * An activation is only valid until the arena reuses its bytes; outputs,
 * assigned values and leaves stay valid after a run. */
Tensor *cpu_exec_get(CpuExec *x, NodeId id);
/* Seconds spent in kernel k during the last run. */
double cpu_exec_kernel_seconds(const CpuExec *x, uint32_t k);
/* Threads the executor splits kernels over (CgOptions.threads). */
int cpu_exec_threads(const CpuExec *x);
bool cpu_exec_amx(const CpuExec *x);     /* whether bf16 GEMMs run on AMX tiles */
/* Seconds the JIT took (IR passes + machine code). */
double cpu_exec_compile_seconds(const CpuExec *x);

/* --------------------------------------------------------------- jit.c */

/* Reports e (if any) as "LLVM what: message"; true when e is NULL. */
bool rt_llvm_check(Ctx *cx, LLVMErrorRef e, const char *what);
/* An ORC LLJIT for the host that resolves undefined symbols (libm's expf,
 * erff, ...; OpenBLAS) through the process's own symbols. */
bool rt_jit_new(Ctx *cx, LLVMOrcLLJITRef *jit);
/* The arenas of p's memory plan, page-aligned and zeroed, const buffers
 * filled from the graph; arena[c] NULL for a failed one (free them all
 * with rt_arenas_free either way).  mirror: the host copy of a step that
 * runs on the GPU, whose pages are taken only where touched. */
bool rt_arenas_new(Ctx *cx, const KernelProgram *p, void *arena[KB_COUNT], bool mirror);
void rt_arenas_free(const KernelProgram *p, void *arena[KB_COUNT]);
/* The address of buffer b in the arenas. */
void *rt_buf_ptr(const KernelProgram *p, void *const arena[KB_COUNT], uint32_t b);
double rt_now_s(void); /* CLOCK_MONOTONIC seconds */

/* --------------------------------------------------------- host_exec.c */

/* What the launcher found in its bundle: the kernels in parts
 * (codegen/cpu_parts.c), each as bitcode and as object code. */
typedef struct HostCode {
    uint32_t nparts;
    const uint8_t *obj[CG_CPU_PARTS]; /* object code per part (NULL: none) */
    size_t obj_len[CG_CPU_PARTS];
    const uint8_t *bc[CG_CPU_PARTS];  /* optimised kernel modules, bitcode */
    size_t bc_len[CG_CPU_PARTS];
    const char *target;               /* cg_host_target() of the compiling host */
    const uint8_t *host_bc;           /* the host loop, bitcode */
    size_t host_bc_len;
    const uint8_t *host_obj;          /* the host loop as object code (NULL: none) */
    size_t host_obj_len;
    bool force_bitcode;               /* ignore obj (tests of the fallback) */
} HostCode;

typedef struct HostExec HostExec;

/* Links the kernels (object code when this CPU matches the compiling
 * one, else from bitcode), JIT-compiles the host loop, allocates the
 * arenas (const buffers filled) and starts threads threads (0: every
 * core this process may use) for the loop kernels the host loop splits
 * and the GEMMs (rt_calls_init).  hc NULL: the arenas only
 * (no threads), as the host mirror of a step that runs elsewhere (CUDA);
 * host_exec_run must not be called then.  NULL after an error. */
HostExec *host_exec_new(Ctx *cx, const KernelProgram *p, const HostCode *hc, int threads);
void host_exec_free(HostExec *x);
/* One step: every kernel, then the assigns. */
bool host_exec_run(HostExec *x);
/* The bytes of node id's buffer (NULL if it has none). */
void *host_exec_buf(const HostExec *x, NodeId id, size_t *bytes);
/* Arena c as a whole (the input arena goes to the GPU in one copy). */
void *host_exec_arena(const HostExec *x, KBufClass c);
double host_exec_jit_seconds(const HostExec *x);
int host_exec_threads(const HostExec *x); /* the step's threads (1 without a pool) */
bool host_exec_amx(const HostExec *x);    /* whether bf16 GEMMs run on AMX tiles */
/* One step as host_exec_run computes it, run kernel by kernel with a clock
 * read around each (./run bench --profile): sec[k] = seconds of kernel k
 * (p->nkernels entries). */
bool host_exec_run_profiled(HostExec *x, double *sec);
bool host_exec_from_bitcode(const HostExec *x);

#endif
