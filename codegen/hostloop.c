/* hostloop.c — the host loop of a compiled step and the executor that runs
 * it from a bundle.
 *
 * At compile time (passc -o run) the schedule of a planned KernelProgram
 * becomes one LLVM function
 *
 *   i32 passc_step(i8** arenas, i8* rt, i32 (i8*, i32)* call)
 *
 * a straight line of calls: each loop kernel is called with an args array
 * of constant offsets into the arenas; each library or template kernel
 * (GEMM, gather, topk...) goes through call(rt, k), which returns nonzero
 * after a run-time error (the step then returns k + 1); at the end every
 * assign's value is copied into its leaf with a constant-size memmove.
 * The optimised kernel module is also turned into an object file for the
 * compiling host, so the launcher links machine code instead of running
 * the code generator at start-up.
 *
 * At start-up the launcher (HostExec) creates an ORC LLJIT, adds the
 * kernels' object file when this CPU has the same triple, CPU name and
 * features as the compiling one (else it compiles the kernels' optimised
 * bitcode: slower start, same numbers), JIT-compiles the host loop from
 * bitcode and allocates the arenas, filling const buffers from the graph. */
#include "codegen/cg.h"

#include <llvm-c/BitReader.h>
#include <llvm-c/Analysis.h>
#include <llvm-c/BitWriter.h>
#include <llvm-c/Core.h>
#include <llvm-c/Error.h>
#include <llvm-c/LLJIT.h>
#include <llvm-c/Orc.h>
#include <llvm-c/Target.h>
#include <llvm-c/TargetMachine.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static bool llvm_ok(Ctx *cx, LLVMErrorRef e, const char *what)
{
    if (!e) return true;
    char *msg = LLVMGetErrorMessage(e);
    cx_error(cx, (SrcLoc){0}, "LLVM %s: %s", what, msg);
    LLVMDisposeErrorMessage(msg);
    return false;
}

/* ------------------------------------------------------- compile time */

typedef struct Hl {
    Ctx *cx;
    const KernelProgram *p;
    LLVMContextRef C;
    LLVMModuleRef M;
    LLVMBuilderRef B;
    LLVMTypeRef i8p, i8pp, i32, i64, kfty, cfty;
    LLVMValueRef fn, base[KB_COUNT], args;
} Hl;

static LLVMValueRef buf_addr(Hl *h, uint32_t b)
{
    const KBuf *kb = &h->p->bufs[b];
    LLVMValueRef off = LLVMConstInt(h->i64, (unsigned long long)kb->offset, 0);
    return LLVMBuildGEP2(h->B, LLVMInt8TypeInContext(h->C), h->base[kb->cls], &off, 1, "");
}

static void emit_loop_call(Hl *h, const Kernel *k)
{
    for (uint32_t j = 0; j < k->nbufs; j++) {
        LLVMValueRef idx = LLVMConstInt(h->i64, j, 0);
        LLVMValueRef slot = LLVMBuildGEP2(h->B, h->i8p, h->args, &idx, 1, "");
        LLVMBuildStore(h->B, buf_addr(h, k->bufs[j]), slot);
    }
    LLVMValueRef f = LLVMGetNamedFunction(h->M, k->name);
    if (!f) f = LLVMAddFunction(h->M, k->name, h->kfty);
    LLVMBuildCall2(h->B, h->kfty, f, &h->args, 1, "");
}

/* if (call(rt, k)) return k + 1; */
static void emit_lib_call(Hl *h, uint32_t k)
{
    LLVMValueRef a[2] = {LLVMGetParam(h->fn, 1), LLVMConstInt(h->i32, k, 0)};
    LLVMValueRef r = LLVMBuildCall2(h->B, h->cfty, LLVMGetParam(h->fn, 2), a, 2, "");
    LLVMValueRef failed = LLVMBuildICmp(h->B, LLVMIntNE, r, LLVMConstInt(h->i32, 0, 0), "");
    LLVMBasicBlockRef err = LLVMAppendBasicBlockInContext(h->C, h->fn, "fail");
    LLVMBasicBlockRef next = LLVMAppendBasicBlockInContext(h->C, h->fn, "");
    LLVMBuildCondBr(h->B, failed, err, next);
    LLVMPositionBuilderAtEnd(h->B, err);
    LLVMBuildRet(h->B, LLVMConstInt(h->i32, (unsigned long long)k + 1, 0));
    LLVMPositionBuilderAtEnd(h->B, next);
}

static void emit_commits(Hl *h)
{
    const Graph *g = h->p->g;
    for (NodeId id = 1; id < g->nnodes; id++) {
        const Node *n = ir_node(g, id);
        if (n->op != OP_ASSIGN || !h->p->node_buf[n->in[0]]) continue;
        uint32_t src = h->p->node_buf[id] - 1, dst = h->p->node_buf[n->in[0]] - 1;
        if (src == dst) continue;
        LLVMValueRef bytes = LLVMConstInt(h->i64, h->p->bufs[src].bytes, 0);
        LLVMBuildMemMove(h->B, buf_addr(h, dst), 1, buf_addr(h, src), 1, bytes);
    }
}

static void emit_prologue(Hl *h)
{
    LLVMTypeRef params[3] = {h->i8pp, h->i8p, LLVMPointerType(h->cfty, 0)};
    h->fn = LLVMAddFunction(h->M, "passc_step", LLVMFunctionType(h->i32, params, 3, 0));
    LLVMPositionBuilderAtEnd(h->B, LLVMAppendBasicBlockInContext(h->C, h->fn, "entry"));
    uint32_t most = 1;
    for (uint32_t k = 0; k < h->p->nkernels; k++)
        if (h->p->kernels[k].nbufs > most) most = h->p->kernels[k].nbufs;
    h->args = LLVMBuildArrayAlloca(h->B, h->i8p, LLVMConstInt(h->i32, most, 0), "args");
    for (int c = 0; c < KB_COUNT; c++) {
        LLVMValueRef idx = LLVMConstInt(h->i64, (unsigned long long)c, 0);
        LLVMValueRef slot = LLVMBuildGEP2(h->B, h->i8p, LLVMGetParam(h->fn, 0), &idx, 1, "");
        h->base[c] = LLVMBuildLoad2(h->B, h->i8p, slot, kir_class_name((KBufClass)c));
    }
}

LLVMModuleRef cg_host_build(Ctx *cx, const KernelProgram *p, LLVMContextRef C)
{
    Hl h = {.cx = cx, .p = p, .C = C};
    h.M = LLVMModuleCreateWithNameInContext("host", C);
    h.B = LLVMCreateBuilderInContext(C);
    h.i8p = LLVMPointerType(LLVMInt8TypeInContext(C), 0);
    h.i8pp = LLVMPointerType(h.i8p, 0);
    h.i32 = LLVMInt32TypeInContext(C);
    h.i64 = LLVMInt64TypeInContext(C);
    h.kfty = LLVMFunctionType(LLVMVoidTypeInContext(C), &h.i8pp, 1, 0);
    LLVMTypeRef cargs[2] = {h.i8p, h.i32};
    h.cfty = LLVMFunctionType(h.i32, cargs, 2, 0);
    emit_prologue(&h);
    for (uint32_t k = 0; k < p->nkernels; k++) {
        if (p->kernels[k].kind == KK_LOOP) emit_loop_call(&h, &p->kernels[k]);
        else emit_lib_call(&h, k);
    }
    emit_commits(&h);
    LLVMBuildRet(h.B, LLVMConstInt(h.i32, 0, 0));
    LLVMDisposeBuilder(h.B);
    char *msg = NULL;
    if (LLVMVerifyModule(h.M, LLVMReturnStatusAction, &msg)) {
        cx_error(cx, (SrcLoc){0}, "internal error: invalid host loop: %s", msg);
        LLVMDisposeMessage(msg);
        LLVMDisposeModule(h.M);
        return NULL;
    }
    LLVMDisposeMessage(msg);
    return h.M;
}

uint8_t *cg_module_bitcode(Ctx *cx, LLVMModuleRef m, size_t *len)
{
    LLVMMemoryBufferRef mb = LLVMWriteBitcodeToMemoryBuffer(m);
    size_t n = LLVMGetBufferSize(mb);
    uint8_t *out = cx_alloc(cx, n + 1);
    if (out) memcpy(out, LLVMGetBufferStart(mb), n);
    LLVMDisposeMemoryBuffer(mb);
    *len = n;
    return out;
}

char *cg_host_target(Ctx *cx)
{
    if (LLVMInitializeNativeTarget()) {
        cx_error(cx, (SrcLoc){0}, "LLVM: no native target in this LLVM build");
        return NULL;
    }
    char *t = LLVMGetDefaultTargetTriple(), *cpu = LLVMGetHostCPUName(), *f = LLVMGetHostCPUFeatures();
    size_t n = strlen(t) + strlen(cpu) + strlen(f) + 3;
    char *s = cx_alloc(cx, n);
    if (s) snprintf(s, n, "%s\n%s\n%s", t, cpu, f);
    LLVMDisposeMessage(t);
    LLVMDisposeMessage(cpu);
    LLVMDisposeMessage(f);
    return s;
}

uint8_t *cg_cpu_emit_object(Ctx *cx, LLVMModuleRef m, size_t *len)
{
    if (LLVMInitializeNativeTarget() || LLVMInitializeNativeAsmPrinter()) {
        cx_error(cx, (SrcLoc){0}, "LLVM: no native target or assembly printer in this LLVM build");
        return NULL;
    }
    char *triple = LLVMGetDefaultTargetTriple(), *err = NULL;
    char *cpu = LLVMGetHostCPUName(), *feat = LLVMGetHostCPUFeatures();
    LLVMTargetRef t;
    uint8_t *out = NULL;
    LLVMMemoryBufferRef mb = NULL;
    if (LLVMGetTargetFromTriple(triple, &t, &err) == 0) {
        LLVMTargetMachineRef tm = LLVMCreateTargetMachine(t, triple, cpu, feat, LLVMCodeGenLevelDefault,
                                                          LLVMRelocPIC, LLVMCodeModelSmall);
        if (tm && LLVMTargetMachineEmitToMemoryBuffer(tm, m, LLVMObjectFile, &err, &mb) == 0) {
            *len = LLVMGetBufferSize(mb);
            if ((out = cx_alloc(cx, *len + 1))) memcpy(out, LLVMGetBufferStart(mb), *len);
            LLVMDisposeMemoryBuffer(mb);
        }
        if (tm) LLVMDisposeTargetMachine(tm);
    }
    if (err) {
        cx_error(cx, (SrcLoc){0}, "LLVM: cannot emit the kernels' object code: %s", err);
        LLVMDisposeMessage(err);
    }
    LLVMDisposeMessage(triple);
    LLVMDisposeMessage(cpu);
    LLVMDisposeMessage(feat);
    return out;
}

/* ---------------------------------------------------------- start-up */

typedef int32_t (*StepFn)(void **arenas, void *rt, int32_t (*call)(void *, int32_t));

struct HostExec {
    Ctx *cx;
    const KernelProgram *p;
    LLVMOrcLLJITRef jit;
    void *arena[KB_COUNT];
    StepFn step;
    bool from_bitcode;
    double jit_sec;
};

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

static bool jit_new(HostExec *x)
{
    if (LLVMInitializeNativeTarget() || LLVMInitializeNativeAsmPrinter()) {
        cx_error(x->cx, (SrcLoc){0}, "LLVM: the native target is not available");
        return false;
    }
    if (!llvm_ok(x->cx, LLVMOrcCreateLLJIT(&x->jit, NULL), "LLJIT")) return false;
    LLVMOrcDefinitionGeneratorRef gen;
    char prefix = LLVMOrcLLJITGetGlobalPrefix(x->jit);
    if (!llvm_ok(x->cx, LLVMOrcCreateDynamicLibrarySearchGeneratorForProcess(&gen, prefix, NULL, NULL),
                 "process symbols"))
        return false;
    LLVMOrcJITDylibAddGenerator(LLVMOrcLLJITGetMainJITDylib(x->jit), gen);
    return true;
}

static bool add_bitcode(HostExec *x, const uint8_t *bc, size_t len, const char *what)
{
    LLVMOrcThreadSafeContextRef tsc = LLVMOrcCreateNewThreadSafeContext();
    LLVMMemoryBufferRef mb = LLVMCreateMemoryBufferWithMemoryRange((const char *)bc, len, what, 0);
    LLVMModuleRef m = NULL;
    if (LLVMParseBitcodeInContext2(LLVMOrcThreadSafeContextGetContext(tsc), mb, &m)) {
        LLVMDisposeMemoryBuffer(mb);
        LLVMOrcDisposeThreadSafeContext(tsc);
        cx_error(x->cx, (SrcLoc){0}, "the %s in the bundle is not valid LLVM bitcode", what);
        return false;
    }
    LLVMDisposeMemoryBuffer(mb);
    LLVMOrcThreadSafeModuleRef tsm = LLVMOrcCreateNewThreadSafeModule(m, tsc);
    LLVMOrcDisposeThreadSafeContext(tsc);
    LLVMErrorRef e = LLVMOrcLLJITAddLLVMIRModule(x->jit, LLVMOrcLLJITGetMainJITDylib(x->jit), tsm);
    if (e) LLVMOrcDisposeThreadSafeModule(tsm);
    return llvm_ok(x->cx, e, what);
}

static bool add_kernels(HostExec *x, const HostCode *hc)
{
    char *here = cg_host_target(x->cx);
    bool same = here && hc->target && !strcmp(here, hc->target) && hc->obj && !hc->force_bitcode;
    cx_free(x->cx, here);
    if (!same) {
        x->from_bitcode = true;
        return add_bitcode(x, hc->kernels_bc, hc->kernels_bc_len, "kernel module");
    }
    LLVMMemoryBufferRef mb =
        LLVMCreateMemoryBufferWithMemoryRangeCopy((const char *)hc->obj, hc->obj_len, "kernels.o");
    return llvm_ok(x->cx, LLVMOrcLLJITAddObjectFile(x->jit, LLVMOrcLLJITGetMainJITDylib(x->jit), mb),
                   "loading the kernels' object code");
}

static bool arenas_new(HostExec *x)
{
    for (int c = 0; c < KB_COUNT; c++) {
        size_t n = (size_t)(x->p->plan.arena[c] + 63) / 64 * 64 + 64;
        if (!(x->arena[c] = aligned_alloc(64, n))) {
            cx_error(x->cx, (SrcLoc){0}, "out of memory (%zu-byte %s arena)", n, kir_class_name((KBufClass)c));
            return false;
        }
        memset(x->arena[c], 0, n);
    }
    for (uint32_t b = 0; b < x->p->nbufs; b++) {
        const KBuf *kb = &x->p->bufs[b];
        const Node *n = ir_node(x->p->g, kb->node);
        if (kb->cls == KB_CONST && n->a.data) memcpy((char *)x->arena[kb->cls] + kb->offset, n->a.data, kb->bytes);
    }
    return true;
}

HostExec *host_exec_new(Ctx *cx, const KernelProgram *p, const HostCode *hc)
{
    HostExec *x = cx_alloc(cx, sizeof *x);
    if (!x) return NULL;
    x->cx = cx;
    x->p = p;
    double t0 = now_s();
    LLVMOrcExecutorAddress addr = 0;
    if (!hc) { /* arenas only: the CUDA executor runs the step */
        if (arenas_new(x)) return x;
        host_exec_free(x);
        return NULL;
    }
    bool ok = arenas_new(x) && jit_new(x) && (!kir_count(p, KK_LOOP) || add_kernels(x, hc)) &&
              add_bitcode(x, hc->host_bc, hc->host_bc_len, "host loop") &&
              llvm_ok(cx, LLVMOrcLLJITLookup(x->jit, &addr, "passc_step"), "passc_step");
    x->step = (StepFn)(uintptr_t)addr;
    x->jit_sec = now_s() - t0;
    if (!ok) {
        host_exec_free(x);
        return NULL;
    }
    return x;
}

void host_exec_free(HostExec *x)
{
    if (!x) return;
    if (x->jit) llvm_ok(x->cx, LLVMOrcDisposeLLJIT(x->jit), "LLJIT dispose");
    for (int c = 0; c < KB_COUNT; c++) free(x->arena[c]);
    cx_free(x->cx, x);
}

typedef struct CallCtx {
    HostExec *x;
} CallCtx;

static int32_t lib_call(void *rt, int32_t k)
{
    HostExec *x = ((CallCtx *)rt)->x;
    const Kernel *kn = &x->p->kernels[k];
    void *ptr[64];
    for (uint32_t j = 0; j < kn->nbufs; j++) ptr[j] = (char *)x->arena[x->p->bufs[kn->bufs[j]].cls] + x->p->bufs[kn->bufs[j]].offset;
    return cg_cpu_run_call(x->cx, x->p, kn, ptr) ? 0 : 1;
}

bool host_exec_run(HostExec *x)
{
    IR_ASSERT(x->step); /* not an arenas-only executor */
    CallCtx cc = {x};
    int32_t r = x->step(x->arena, &cc, lib_call);
    if (r) cx_error(x->cx, (SrcLoc){0}, "the step failed in kernel %s", x->p->kernels[r - 1].name);
    return r == 0;
}

void *host_exec_buf(const HostExec *x, NodeId id, size_t *bytes)
{
    if (!id || id >= x->p->g->nnodes || !x->p->node_buf[id]) return NULL;
    const KBuf *kb = &x->p->bufs[x->p->node_buf[id] - 1];
    if (bytes) *bytes = kb->bytes;
    return (char *)x->arena[kb->cls] + kb->offset;
}

double host_exec_jit_seconds(const HostExec *x) { return x->jit_sec; }
bool host_exec_from_bitcode(const HostExec *x) { return x->from_bitcode; }

/* ----------------------------------------------------------- profile */

/* `./run bench --profile`: one step kernel by kernel with a clock read
 * around each.  The loop kernels are the same JIT-linked functions the
 * host loop calls (looked up by name), the library kernels go through the
 * same lib_call, and the assigns' copies follow as in emit_commits, so the
 * step computes exactly what host_exec_run computes. */
typedef void (*KernelFn)(void **args);

static bool profile_lookup(HostExec *x, KernelFn *fn)
{
    for (uint32_t k = 0; k < x->p->nkernels; k++) {
        const Kernel *kn = &x->p->kernels[k];
        LLVMOrcExecutorAddress a = 0;
        if (kn->kind == KK_LOOP && !llvm_ok(x->cx, LLVMOrcLLJITLookup(x->jit, &a, kn->name), kn->name)) return false;
        fn[k] = (KernelFn)(uintptr_t)a;
    }
    return true;
}

static void profile_commits(HostExec *x)
{
    const Graph *g = x->p->g;
    for (NodeId id = 1; id < g->nnodes; id++) {
        const Node *n = ir_node(g, id);
        if (n->op != OP_ASSIGN || !x->p->node_buf[n->in[0]]) continue;
        const KBuf *src = &x->p->bufs[x->p->node_buf[id] - 1], *dst = &x->p->bufs[x->p->node_buf[n->in[0]] - 1];
        if (src == dst) continue;
        memmove((char *)x->arena[dst->cls] + dst->offset, (char *)x->arena[src->cls] + src->offset, src->bytes);
    }
}

bool host_exec_run_profiled(HostExec *x, double *sec)
{
    uint32_t most = 1;
    for (uint32_t k = 0; k < x->p->nkernels; k++)
        if (x->p->kernels[k].nbufs > most) most = x->p->kernels[k].nbufs;
    KernelFn *fn = cx_alloc(x->cx, (x->p->nkernels + 1) * sizeof *fn);
    void **args = cx_alloc(x->cx, most * sizeof *args);
    bool ok = fn && args && profile_lookup(x, fn);
    CallCtx cc = {x};
    for (uint32_t k = 0; ok && k < x->p->nkernels; k++) {
        const Kernel *kn = &x->p->kernels[k];
        for (uint32_t j = 0; j < kn->nbufs; j++)
            args[j] = (char *)x->arena[x->p->bufs[kn->bufs[j]].cls] + x->p->bufs[kn->bufs[j]].offset;
        double t0 = now_s();
        if (kn->kind == KK_LOOP) fn[k](args);
        else if (lib_call(&cc, (int32_t)k)) {
            cx_error(x->cx, (SrcLoc){0}, "the step failed in kernel %s", kn->name);
            ok = false;
        }
        sec[k] = now_s() - t0;
    }
    if (ok) profile_commits(x);
    cx_free(x->cx, fn);
    cx_free(x->cx, args);
    return ok;
}
