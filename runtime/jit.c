/* jit.c — what both CPU executors (cpu_exec.c, host_exec.c) need to run
 * compiled code: an ORC LLJIT for the host and the arenas of a memory plan.
 *
 * The LLJIT resolves symbols the kernels leave undefined (libm's expf,
 * erff, ...; OpenBLAS) through the process's own symbols.  The arenas are
 * one allocation per buffer class of the plan, 64-byte aligned (the
 * vectorised kernels' alignment), zeroed, with every const buffer filled
 * from its graph node's data: the state a first step starts from. */
#include "runtime/cpu.h"

#include <llvm-c/Error.h>
#include <llvm-c/Orc.h>
#include <llvm-c/Target.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

bool rt_llvm_check(Ctx *cx, LLVMErrorRef e, const char *what)
{
    if (!e) return true;
    char *msg = LLVMGetErrorMessage(e);
    cx_error(cx, (SrcLoc){0}, "LLVM %s: %s", what, msg);
    LLVMDisposeErrorMessage(msg);
    return false;
}

bool rt_jit_new(Ctx *cx, LLVMOrcLLJITRef *jit)
{
    if (LLVMInitializeNativeTarget() || LLVMInitializeNativeAsmPrinter()) {
        cx_error(cx, (SrcLoc){0}, "LLVM: the native target is not available");
        return false;
    }
    if (!rt_llvm_check(cx, LLVMOrcCreateLLJIT(jit, NULL), "LLJIT")) return false;
    LLVMOrcDefinitionGeneratorRef gen;
    char prefix = LLVMOrcLLJITGetGlobalPrefix(*jit);
    if (!rt_llvm_check(cx, LLVMOrcCreateDynamicLibrarySearchGeneratorForProcess(&gen, prefix, NULL, NULL),
                       "process symbols"))
        return false;
    LLVMOrcJITDylibAddGenerator(LLVMOrcLLJITGetMainJITDylib(*jit), gen);
    return true;
}

void *rt_buf_ptr(const KernelProgram *p, void *const arena[KB_COUNT], uint32_t b)
{
    return (char *)arena[p->bufs[b].cls] + p->bufs[b].offset;
}

bool rt_arenas_new(Ctx *cx, const KernelProgram *p, void *arena[KB_COUNT])
{
    for (int c = 0; c < KB_COUNT; c++) {
        size_t n = (size_t)(p->plan.arena[c] + 63) / 64 * 64 + 64;
        if (!(arena[c] = aligned_alloc(64, n))) {
            cx_error(cx, (SrcLoc){0}, "out of memory (%zu-byte %s arena)", n, kir_class_name((KBufClass)c));
            return false;
        }
        memset(arena[c], 0, n);
    }
    for (uint32_t b = 0; b < p->nbufs; b++) {
        const KBuf *kb = &p->bufs[b];
        const Node *n = ir_node(p->g, kb->node);
        if (kb->cls == KB_CONST && n->a.data) memcpy(rt_buf_ptr(p, arena, b), n->a.data, kb->bytes);
    }
    return true;
}

void rt_arenas_free(void *arena[KB_COUNT])
{
    for (int c = 0; c < KB_COUNT; c++) {
        free(arena[c]);
        arena[c] = NULL;
    }
}

double rt_now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}
