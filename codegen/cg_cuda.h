/* cg_cuda.h — the CUDA backend's code generation: the kernel IR as one
 * CUDA C++ program for NVRTC, plus what a host needs to launch it.
 *
 * A header of its own (not a section of cg.h): cg.h includes LLVM's C
 * headers, and the GPU machine that builds tests/gpu/test_cuda_diff.c has
 * no LLVM.  This header needs only ir/kernel.h, so codegen/cuda.c and
 * codegen/cuda_templates.c build with plain gcc anywhere.
 *
 * Sections follow the source files: cuda.c (program text, loop kernels),
 * cuda_templates.c (template kernels, GEMM plans, host constant builders).
 *
 * Every KK_LOOP and device template kernel is `extern "C" __global__ void
 * <k->name>(T0 *b0, T1 *b1, ...)`, one pointer per entry of k->bufs in
 * order, plus a last `unsigned long long *err` when CgCudaLaunch.err_arg
 * (the run-time error word, see cuda_templates.c).  Buffers hold values as
 * the interpreter's const data: float, double, int, long long, unsigned
 * char (bool), unsigned short (bf16 and f16 bits). */
#ifndef PASSC_CG_CUDA_H
#define PASSC_CG_CUDA_H

#include "ir/kernel.h"

/* How the host runs one kernel of the program. */
typedef enum CgCudaHow {
    CGC_LAUNCH,     /* a kernel of the NVRTC program */
    CGC_GEMM,       /* cuBLASLt (f32, bf16): see KGemmPlan */
    CGC_HOST_CONST, /* a constant builder computed once on the host, then
                       copied device-to-device on every run */
} CgCudaHow;

typedef struct CgCudaLaunch {
    CgCudaHow how;
    unsigned grid, block; /* 1-D; CGC_LAUNCH only */
    bool err_arg;         /* the kernel takes the error word last */
} CgCudaLaunch;

/* ------------------------------------------------------------- cuda.c */

/* The whole program's CUDA C++ text (one NVRTC program), readable: a
 * prelude of device helpers, then one kernel per loop or template kernel
 * in program order, each with a comment header listing its graph nodes,
 * shapes and buffers.  A kernel whose code equals an earlier one's (the
 * same layer repeated) is emitted once: twin (p->nkernels entries, may be
 * NULL) receives for each kernel the index of the kernel whose symbol
 * runs it (itself when unique).  cx_alloc'ed (cx_free it); NULL after an
 * error. */
char *cg_cuda_source(Ctx *cx, const KernelProgram *p, uint32_t *twin);
/* Writes the text of kernel k alone (no prelude) to out (golden tests). */
bool cg_cuda_emit_kernel(Ctx *cx, const KernelProgram *p, const Kernel *k, FILE *out);
/* How kernel k runs: grid and block for its launch. */
CgCudaLaunch cg_cuda_launch(const KernelProgram *p, const Kernel *k);

/* --------------------------------------------------- cuda_templates.c */

/* The plan of a GEMM kernel; false when cuBLASLt cannot run it (a dtype
 * other than f32/bf16, an empty dimension, a layout it lacks): the kernel
 * then runs as a plain CUDA loop (cg_cuda_launch says CGC_LAUNCH). */
bool cg_cuda_gemm_plan(const KernelProgram *p, const Kernel *k, KGemmPlan *out);
/* Fills out (the kernel's output buffer, k->out's bytes) with the value of
 * a constant builder (iota, grid_neighbors, resize_matrix), exactly as
 * runtime/cpu_templates.c computes it. */
bool cg_cuda_host_const(Ctx *cx, const KernelProgram *p, const Kernel *k, void *out);
/* Whether a template kernel's op is a host constant builder. */
bool cg_cuda_is_host_const(Op op);

/* Internal to codegen (cuda.c <-> cuda_templates.c). */
typedef struct CgcOut CgcOut;
bool cgc_emit_template(CgcOut *o, const Kernel *k);
bool cgc_emit_gemm_loop(CgcOut *o, const Kernel *k);
CgCudaLaunch cgc_template_launch(const KernelProgram *p, const Kernel *k);
const char *cgc_mem_type(DType dt);
void cgc_signature(CgcOut *o, const Kernel *k, bool err_arg, unsigned block);
FILE *cgc_file(CgcOut *o);
Ctx *cgc_ctx(CgcOut *o);
const KernelProgram *cgc_program(CgcOut *o);

#endif
