/* jit.c — what both CPU executors (cpu_exec.c, host_exec.c) need to run
 * compiled code: an ORC LLJIT for the host and the arenas of a memory plan.
 *
 * The LLJIT resolves symbols the kernels leave undefined (libm's expf,
 * erff, ...; OpenBLAS) through the process's own symbols.  The arenas are
 * one mapping per buffer class of the plan, page-aligned (the vectorised
 * kernels need 64 bytes), zeroed, with every const buffer filled from its
 * graph node's data: the state a first step starts from. */
#include "runtime/cpu.h"

#include <llvm-c/Error.h>
#include <llvm-c/Orc.h>
#include <llvm-c/Target.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
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

static size_t arena_bytes(const KernelProgram *p, int c)
{
    return ((size_t)p->plan.arena[c] + 64 + 4095) / 4096 * 4096;
}

/* Anonymous mappings: page-aligned and zeroed by the kernel, so an arena
 * nobody touches (the host activations while CUDA runs the step) costs no
 * memory and no start-up time.  Mirrors reserve nothing: a host with less
 * memory than a big plan's activations still runs it on the GPU. */
bool rt_arenas_new(Ctx *cx, const KernelProgram *p, void *arena[KB_COUNT], bool mirror)
{
    for (int c = 0; c < KB_COUNT; c++) arena[c] = NULL;
    for (int c = 0; c < KB_COUNT; c++) {
        void *m = mmap(NULL, arena_bytes(p, c), PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS | (mirror ? MAP_NORESERVE : 0), -1, 0);
        if (m == MAP_FAILED) {
            cx_error(cx, (SrcLoc){0}, "out of memory (%zu-byte %s arena): %s", arena_bytes(p, c),
                     kir_class_name((KBufClass)c), strerror(errno));
            return false;
        }
        arena[c] = m;
    }
    for (uint32_t b = 0; b < p->nbufs; b++) {
        const KBuf *kb = &p->bufs[b];
        const Node *n = ir_node(p->g, kb->node);
        if (kb->cls == KB_CONST && n->a.data) memcpy(rt_buf_ptr(p, arena, b), n->a.data, kb->bytes);
    }
    return true;
}

void rt_arenas_free(const KernelProgram *p, void *arena[KB_COUNT])
{
    for (int c = 0; c < KB_COUNT; c++) {
        if (arena[c]) munmap(arena[c], arena_bytes(p, c));
        arena[c] = NULL;
    }
}

double rt_now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}
