/* hostloop.c — emission of the host loop of a compiled step, and of the
 * kernels' object code and bitcode for the bundle.
 *
 * At compile time (passc -o run) the schedule of a planned KernelProgram
 * becomes one LLVM function
 *
 *   i32 passc_step(i8** arenas, i8* rt, i32 (i8*, i32)* call,
 *                  void (i8*, void (i8**, i64, i64)*, i8**, i64)* split)
 *
 * a straight line of calls: each loop kernel is called with an args array
 * of constant offsets into the arenas, or, when it has enough work
 * (cg_cpu_splits), handed to split(rt, <name>.part, args, n), which runs
 * the n indices of its outermost parallel axis on the executor's threads
 * and returns when all are done; each library or template kernel
 * (GEMM, gather, topk...) goes through call(rt, k), which returns nonzero
 * after a run-time error (the step then returns k + 1); at the end every
 * assign's value is copied into its leaf with a constant-size memmove.
 * The optimised kernel module is also turned into an object file for the
 * compiling host, so the launcher links machine code instead of running
 * the code generator at start-up.  Nothing here runs what it emits: the
 * launcher's executor (runtime/host_exec.c) links and runs it. */
#include "codegen/cg.h"

#include <llvm-c/Analysis.h>
#include <llvm-c/BitWriter.h>
#include <llvm-c/Core.h>
#include <llvm-c/Target.h>
#include <llvm-c/TargetMachine.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------- compile time */

typedef struct Hl {
    Ctx *cx;
    const KernelProgram *p;
    LLVMContextRef C;
    LLVMModuleRef M;
    LLVMBuilderRef B;
    LLVMTypeRef i8p, i8pp, i32, i64, kfty, cfty, pfty, sfty;
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
    if (!cg_cpu_splits(h->p, k)) {
        LLVMValueRef f = LLVMGetNamedFunction(h->M, k->name);
        if (!f) f = LLVMAddFunction(h->M, k->name, h->kfty);
        LLVMBuildCall2(h->B, h->kfty, f, &h->args, 1, "");
        return;
    }
    char name[128];
    snprintf(name, sizeof name, "%s.part", k->name);
    LLVMValueRef f = LLVMGetNamedFunction(h->M, name);
    if (!f) f = LLVMAddFunction(h->M, name, h->pfty);
    LLVMValueRef a[4] = {LLVMGetParam(h->fn, 1), f, h->args, LLVMConstInt(h->i64, (unsigned long long)k->ext[0], 0)};
    LLVMBuildCall2(h->B, h->sfty, LLVMGetParam(h->fn, 3), a, 4, "");
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
    LLVMTypeRef params[4] = {h->i8pp, h->i8p, LLVMPointerType(h->cfty, 0), LLVMPointerType(h->sfty, 0)};
    h->fn = LLVMAddFunction(h->M, "passc_step", LLVMFunctionType(h->i32, params, 4, 0));
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
    LLVMTypeRef pargs[3] = {h.i8pp, h.i64, h.i64};
    h.pfty = LLVMFunctionType(LLVMVoidTypeInContext(C), pargs, 3, 0);
    LLVMTypeRef sargs[4] = {h.i8p, LLVMPointerType(h.pfty, 0), h.i8pp, h.i64};
    h.sfty = LLVMFunctionType(LLVMVoidTypeInContext(C), sargs, 4, 0);
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

uint8_t *cg_host_object(Ctx *cx, LLVMModuleRef m, size_t *len)
{
    LLVMTargetMachineRef tm = cg_llvm_init(cx) ? cg_host_machine(cx, true, LLVMCodeGenLevelNone) : NULL;
    uint8_t *out = tm ? cg_cpu_object_with(cx, m, tm, len) : NULL;
    if (tm) LLVMDisposeTargetMachine(tm);
    return out;
}

uint8_t *cg_cpu_object_with(Ctx *cx, LLVMModuleRef m, LLVMTargetMachineRef tm, size_t *len)
{
    char *err = NULL;
    uint8_t *out = NULL;
    LLVMMemoryBufferRef mb = NULL;
    if (LLVMTargetMachineEmitToMemoryBuffer(tm, m, LLVMObjectFile, &err, &mb) == 0) {
        *len = LLVMGetBufferSize(mb);
        if ((out = cx_alloc(cx, *len + 1))) memcpy(out, LLVMGetBufferStart(mb), *len);
        LLVMDisposeMemoryBuffer(mb);
    }
    if (err) {
        cx_error(cx, (SrcLoc){0}, "LLVM: cannot emit the kernels' object code: %s", err);
        LLVMDisposeMessage(err);
    }
    return out;
}
