/* cg.h — code generation from the kernel IR for the CPU (LLVM IR, object
 * code, bitcode) and the bundle format.
 *
 * Sections follow the source files: llvm_cpu.c (loop kernels -> LLVM IR,
 * optimised for the host CPU), bundle.c and hostloop.c (what `passc -o
 * run` appends to the launcher).  codegen/ only emits: the executors that
 * JIT-link and run this code live in runtime/ (runtime/cpu.h). */
#ifndef PASSC_CG_H
#define PASSC_CG_H

#include "ir/kernel.h"

#include <llvm-c/TargetMachine.h>
#include <llvm-c/Types.h>

/* Debug switches of the CPU backend. */
typedef struct CgOptions {
    /* Fault injection (tests of the differential check): the first emitted
     * instance of this op computes the wrong thing (add -> sub, mul -> add,
     * any other op -> its first operand plus one).  OP_NONE = off. */
    Op fault_op;
    int opt_level; /* 0 = no IR passes, 1 = light loop pipeline (the default), 2 = default<O2> */
    int threads;   /* CpuExec (runtime/cpu.h): threads for kernels and OpenBLAS; 0 = every available core */
    bool no_amx;   /* CpuExec: bf16 GEMMs widened to f32 for sgemm even where the CPU has AMX */
} CgOptions;

/* ---------------------------------------------------------- llvm_cpu.c */

/* The LLVM IR module of every loop kernel of p, as text (malloc'ed through
 * cx; caller frees with cx_free): what `passc --emit=llvm` prints.  With
 * optimise, after the default<O2> pipeline for the host CPU.  Each kernel
 * is `void <name>(i8** args)`, args = pointers to k->bufs in order, calling
 * `<name>.body` whose pointer parameters are noalias.  A kernel with
 * parallel axes also exports `void <name>.part(i8** args, i64 lo, i64 hi)`
 * running only the indices [lo, hi) of its outermost parallel axis (the
 * thread pool's unit of work); so does a kernel without parallel axes or
 * sums, over its first axis, the chunk with lo == 0 storing its scalars. */
/* Whether the executors split loop kernel k of p over their threads
 * (through `<name>.part`): at least 2^15 innermost iterations in all (below
 * that, waking the pool costs more than it saves) and either a parallel
 * axis of more than one index, or none and no sum (a kernel of
 * elementwise stores and scalars, such as AdamW's update of a tensor)
 * whose chunks touch no memory another chunk writes.  The host loop and
 * CpuExec follow this one rule. */
bool cg_cpu_splits(const KernelProgram *p, const Kernel *k);
/* Builds that module in context C (not optimised); NULL after an error. */
LLVMModuleRef cg_cpu_build_module(Ctx *cx, const KernelProgram *p, const CgOptions *o, LLVMContextRef C);
/* The same for the loop kernels k with part[k] == which (cpu_parts.c);
 * part NULL = every kernel. */
LLVMModuleRef cg_cpu_build_part(Ctx *cx, const KernelProgram *p, const CgOptions *o, LLVMContextRef C,
                                const uint32_t *part, uint32_t which);
/* Registers LLVM's native target and assembly printer.  LLVM keeps them
 * in its own process-wide registry, so threads that compile (cpu_parts.c)
 * need it done once before they start. */
bool cg_llvm_init(Ctx *cx);
/* A target machine for this host's CPU name and features (cg_llvm_init
 * first): for the IR passes, or (object) PIC small-model for object code,
 * generating code at level.  A machine is used by one thread at a time. */
LLVMTargetMachineRef cg_host_machine(Ctx *cx, bool object, LLVMCodeGenOptLevel level);
/* Runs the light loop pipeline (level 1 below) on m with a target machine
 * for the host CPU (name and features), and sets m's triple and data
 * layout to match. */
bool cg_cpu_optimise(Ctx *cx, LLVMModuleRef m);
/* The same with a choice: level 1 = a short pipeline for loop kernels
 * (SROA, instcombine, loop rotation, LICM, the loop vectoriser), level 2 =
 * default<O2>. */
bool cg_cpu_optimise_level(Ctx *cx, LLVMModuleRef m, int level);
/* The same with the caller's target machine (no registration). */
bool cg_cpu_optimise_with(Ctx *cx, LLVMModuleRef m, int level, LLVMTargetMachineRef tm);
char *cg_cpu_module_text(Ctx *cx, const KernelProgram *p, const CgOptions *o, bool optimise);
/* Loop kernels with the same body up to their buffers (same iteration
 * space, instructions, buffer dtypes) share one compiled body: rep[k] is
 * the first kernel with k's body (k itself for the first and for calls).
 * A new array of p->nkernels (cx_free it); NULL when out of memory. */
uint32_t *cg_cpu_share(Ctx *cx, const KernelProgram *p);

/* --------------------------------------------------------- cpu_parts.c */

/* The loop kernels of `passc -o run` go into CG_CPU_PARTS modules compiled
 * in parallel: each part as optimised bitcode and as an object for this
 * host, linked by name at start-up. */
#define CG_CPU_PARTS 4
typedef struct CgCpuPart {
    uint8_t *bc, *obj;
    size_t bc_len, obj_len;
} CgCpuPart;
/* part[k] for every kernel (loop kernels balanced by size, an alias with
 * the kernel it names; other kernels 0).  cx_free it; NULL when out of
 * memory or nparts is not 1..CG_CPU_PARTS. */
uint32_t *cg_cpu_partition(Ctx *cx, const KernelProgram *p, uint32_t nparts);
/* Every part on min(threads, CG_CPU_PARTS) threads (threads 0 = the online
 * cores).  On failure nothing is left allocated and the first failing
 * part's diagnostics are in cx. */
bool cg_cpu_compile_parts(Ctx *cx, const KernelProgram *p, int threads, CgCpuPart out[CG_CPU_PARTS]);
void cg_cpu_parts_free(Ctx *cx, CgCpuPart out[CG_CPU_PARTS]);

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

/* The host loop's calling convention and the set of `.part` entry points
 * the launcher may look up: 2 since passc_step took split.  Part of the
 * bundle's stamp, so a launcher and a bundle of different versions refuse
 * each other with a clear error instead of a wild call. */
enum { CG_HOST_ABI = 2 };
/* The host loop: `i32 passc_step(i8** arenas, i8* rt, i32 (i8*, i32)* call,
 * void (i8*, void (i8**, i64, i64)*, i8**, i64)* split)` calling every
 * kernel of p in order (a kernel cg_cpu_splits says yes to through split,
 * library kernels through call), then the assigns' copies. */
LLVMModuleRef cg_host_build(Ctx *cx, const KernelProgram *p, LLVMContextRef C);
uint8_t *cg_module_bitcode(Ctx *cx, LLVMModuleRef m, size_t *len);
/* The host loop's object code for this host (consumes nothing): a straight
 * line of calls, so the fast code generator (level None: 0.1 s for
 * vit_tiny_dino_pass where the default level took 1.0 s, the time ./run
 * spent JIT-compiling host.bc at start-up). */
uint8_t *cg_host_object(Ctx *cx, LLVMModuleRef m, size_t *len);
/* The same with the caller's machine (cg_host_machine(cx, true, ...)). */
uint8_t *cg_cpu_object_with(Ctx *cx, LLVMModuleRef m, LLVMTargetMachineRef tm, size_t *len);
/* "triple\ncpu\nfeatures" of this host: the object code's key. */
char *cg_host_target(Ctx *cx);

#endif

