/* cg.h — code generation from the kernel IR, and the CPU executor.
 *
 * Sections follow the source files: llvm_cpu.c (loop kernels -> LLVM IR,
 * optimised for the host CPU), cpu_templates.c (the template kernels and
 * GEMMs in C over OpenBLAS), jit.c (ORC LLJIT and the executor that runs a
 * planned KernelProgram on the CPU).
 *
 * Only jit.c needs the LLVM-typed entry points. */
#ifndef PASSC_CG_H
#define PASSC_CG_H

#include "ir/kernel.h"

#include <llvm-c/Types.h>

/* Debug switches of the CPU backend. */
typedef struct CgOptions {
    /* Fault injection (tests of the differential check): the first emitted
     * instance of this op computes the wrong thing (add -> sub, mul -> add,
     * any other op -> its first operand plus one).  OP_NONE = off. */
    Op fault_op;
    int opt_level; /* 0 = no IR passes, 1 = light loop pipeline (the default), 2 = default<O2> */
    int threads;   /* CpuExec: threads for kernels and OpenBLAS; 0 = every available core */
} CgOptions;

/* -------------------------------------------------------------- pool.c */

/* A fork-join pool: cg_pool_run splits [0, n) into one contiguous chunk
 * per thread, runs fn(arg, lo, hi) on each (the caller takes one) and
 * returns when all are done.  One job at a time. */
typedef struct CgPool CgPool;
typedef void (*CgTask)(void *arg, int64_t lo, int64_t hi);
CgPool *cg_pool_new(Ctx *cx, int nthreads); /* 0 = cg_pool_default_threads() */
void cg_pool_free(CgPool *pool);
int cg_pool_size(const CgPool *pool);       /* 1 for NULL */
void cg_pool_run(CgPool *pool, CgTask fn, void *arg, int64_t n);
int cg_pool_default_threads(void);          /* cores this process may use */

/* ---------------------------------------------------------- llvm_cpu.c */

/* The LLVM IR module of every loop kernel of p, as text (malloc'ed through
 * cx; caller frees with cx_free): what `passc --emit=llvm` prints.  With
 * optimise, after the default<O2> pipeline for the host CPU.  Each kernel
 * is `void <name>(i8** args)`, args = pointers to k->bufs in order, calling
 * `<name>.body` whose pointer parameters are noalias.  A kernel with
 * parallel axes also exports `void <name>.part(i8** args, i64 lo, i64 hi)`
 * running only the indices [lo, hi) of its outermost parallel axis (the
 * thread pool's unit of work). */
/* Builds that module in context C (not optimised); NULL after an error. */
LLVMModuleRef cg_cpu_build_module(Ctx *cx, const KernelProgram *p, const CgOptions *o, LLVMContextRef C);
/* Runs the light loop pipeline (level 1 below) on m with a target machine
 * for the host CPU (name and features), and sets m's triple and data
 * layout to match. */
bool cg_cpu_optimise(Ctx *cx, LLVMModuleRef m);
/* The same with a choice: level 1 = a short pipeline for loop kernels
 * (SROA, instcombine, loop rotation, LICM, the loop vectoriser), level 2 =
 * default<O2>. */
bool cg_cpu_optimise_level(Ctx *cx, LLVMModuleRef m, int level);
char *cg_cpu_module_text(Ctx *cx, const KernelProgram *p, const CgOptions *o, bool optimise);
/* Loop kernels with the same body up to their buffers (same iteration
 * space, instructions, buffer dtypes) share one compiled body: rep[k] is
 * the first kernel with k's body (k itself for the first and for calls).
 * A new array of p->nkernels (cx_free it); NULL when out of memory. */
uint32_t *cg_cpu_share(Ctx *cx, const KernelProgram *p);

/* ------------------------------------------------------ cpu_templates.c */

/* Runs a KK_TEMPLATE or KK_GEMM kernel; ptr[j] is the address of buffer
 * k->bufs[j].  Returns false after reporting a run-time error (an index out
 * of range, a dtype the routine does not handle). */
bool cg_cpu_run_call(Ctx *cx, const KernelProgram *p, const Kernel *k, void *const *ptr);

/* --------------------------------------------------------------- jit.c */

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
/* Seconds the JIT took (IR passes + machine code). */
double cpu_exec_compile_seconds(const CpuExec *x);

/* ------------------------------------------- bundle.c, hostloop.c (runexe) */

/* The bundle that `passc -o run` appends to the launcher: named sections,
 * a directory and a trailer with checksums (docs/bundle.md). */
typedef struct BundleSection {
    char name[32];
    uint8_t *data;
    uint64_t len;
    bool owned; /* data allocated by bundle_add (else points into payload) */
} BundleSection;

typedef struct Bundle {
    BundleSection *sec;
    uint32_t n, cap;
    uint8_t *payload; /* what bundle_read_file read */
    uint64_t payload_len;
} Bundle;

uint64_t bundle_hash(const void *data, size_t len); /* FNV-1a 64 */
/* Appends a copy of data as section name (< 32 bytes). */
bool bundle_add(Ctx *cx, Bundle *b, const char *name, const void *data, size_t len);
/* The payload and trailer to append at file offset at (cx_free it). */
uint8_t *bundle_serialize(Ctx *cx, const Bundle *b, uint64_t at, size_t *len);
/* Reads the bundle at the end of the file at path; `path: error: ...`
 * when there is none or it is truncated or corrupt. */
bool bundle_read_file(Ctx *cx, const char *path, Bundle *b);
const BundleSection *bundle_find(const Bundle *b, const char *name);
void bundle_free(Ctx *cx, Bundle *b);
/* A planned kernel program as bytes, and back over the same graph (node
 * ids must match: the graph travels as its canonical text). */
uint8_t *kir_serialize(Ctx *cx, const KernelProgram *p, size_t *len);
KernelProgram *kir_deserialize(Ctx *cx, const Graph *g, const uint8_t *data, size_t len);

/* The host loop: `i32 passc_step(i8** arenas, i8* rt, i32 (i8*, i32)* call)`
 * calling every kernel of p in order, then the assigns' copies. */
LLVMModuleRef cg_host_build(Ctx *cx, const KernelProgram *p, LLVMContextRef C);
uint8_t *cg_module_bitcode(Ctx *cx, LLVMModuleRef m, size_t *len);
/* Object code of an (optimised) module for this host; consumes nothing. */
uint8_t *cg_cpu_emit_object(Ctx *cx, LLVMModuleRef m, size_t *len);
/* "triple\ncpu\nfeatures" of this host: the object code's key. */
char *cg_host_target(Ctx *cx);

/* What the launcher found in its bundle. */
typedef struct HostCode {
    const uint8_t *obj;        /* kernels as an object file (may be NULL) */
    size_t obj_len;
    const char *target;        /* cg_host_target() of the compiling host */
    const uint8_t *kernels_bc; /* optimised kernel module, bitcode */
    size_t kernels_bc_len;
    const uint8_t *host_bc;    /* the host loop, bitcode */
    size_t host_bc_len;
    bool force_bitcode;        /* ignore obj (tests of the fallback) */
} HostCode;

typedef struct HostExec HostExec;

/* Links the kernels (object code when this CPU matches the compiling
 * one, else from bitcode), JIT-compiles the host loop and allocates the
 * arenas (const buffers filled).  hc NULL: the arenas only, as the host
 * mirror of a step that runs elsewhere (CUDA); host_exec_run must not be
 * called then.  NULL after an error. */
HostExec *host_exec_new(Ctx *cx, const KernelProgram *p, const HostCode *hc);
void host_exec_free(HostExec *x);
/* One step: every kernel, then the assigns. */
bool host_exec_run(HostExec *x);
/* The bytes of node id's buffer (NULL if it has none). */
void *host_exec_buf(const HostExec *x, NodeId id, size_t *bytes);
double host_exec_jit_seconds(const HostExec *x);
/* One step as host_exec_run computes it, run kernel by kernel with a clock
 * read around each (./run bench --profile): sec[k] = seconds of kernel k
 * (p->nkernels entries). */
bool host_exec_run_profiled(HostExec *x, double *sec);
bool host_exec_from_bitcode(const HostExec *x);

#endif

