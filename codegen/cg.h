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
    int opt_level; /* 0 = no IR passes, else default<O2> (the default) */
} CgOptions;

/* ---------------------------------------------------------- llvm_cpu.c */

/* The LLVM IR module of every loop kernel of p, as text (malloc'ed through
 * cx; caller frees with cx_free): what `passc --emit=llvm` prints.  With
 * optimise, after the default<O2> pipeline for the host CPU.  Each kernel
 * is `void <name>(i8** args)`, args = pointers to k->bufs in order, calling
 * `<name>.body` whose pointer parameters are noalias. */
/* Builds that module in context C (not optimised); NULL after an error. */
LLVMModuleRef cg_cpu_build_module(Ctx *cx, const KernelProgram *p, const CgOptions *o, LLVMContextRef C);
/* Runs default<O2> on m with a target machine for the host CPU (name and
 * features), and sets m's triple and data layout to match. */
bool cg_cpu_optimise(Ctx *cx, LLVMModuleRef m);
char *cg_cpu_module_text(Ctx *cx, const KernelProgram *p, const CgOptions *o, bool optimise);

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
/* Seconds the JIT took (IR passes + machine code). */
double cpu_exec_compile_seconds(const CpuExec *x);

#endif
