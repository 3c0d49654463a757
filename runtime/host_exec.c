/* host_exec.c — the launcher's CPU executor: runs the step a bundle
 * carries (codegen/hostloop.c emits it at compile time).
 *
 * At start-up it creates an ORC LLJIT (jit.c), adds the kernels' and the
 * host loop's object files when this CPU has the same triple, CPU name and
 * features as the compiling one (else it compiles their bitcode: slower
 * start, same numbers) and allocates the arenas, filling const buffers
 * from the graph.  A step is
 * one call of passc_step; library and template kernels come back through
 * lib_call to cpu_templates.c. */
#include "runtime/cpu.h"

#include <llvm-c/BitReader.h>
#include <llvm-c/Core.h>
#include <llvm-c/Orc.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------- start-up */

typedef void (*SplitFn)(void *rt, RtPartFn part, void **args, int64_t n);
typedef int32_t (*StepFn)(void **arenas, void *rt, int32_t (*call)(void *, int32_t), SplitFn split);

struct HostExec {
    Ctx *cx;
    const KernelProgram *p;
    LLVMOrcLLJITRef jit;
    void *arena[KB_COUNT];
    StepFn step;
    RtCalls calls;     /* threads, working memory, AMX (zeroed: arenas only) */
    bool from_bitcode;
    double jit_sec;
};

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
    return rt_llvm_check(x->cx, e, what);
}

static bool add_object(HostExec *x, const uint8_t *obj, size_t len, const char *name, const char *what)
{
    LLVMMemoryBufferRef mb = LLVMCreateMemoryBufferWithMemoryRangeCopy((const char *)obj, len, name);
    return rt_llvm_check(x->cx, LLVMOrcLLJITAddObjectFile(x->jit, LLVMOrcLLJITGetMainJITDylib(x->jit), mb), what);
}

/* Whether the object code fits: this CPU is the compiling one, each part
 * has its object, and bitcode is not forced. */
static bool objects_fit(HostExec *x, const HostCode *hc)
{
    char *here = cg_host_target(x->cx);
    bool same = here && hc->target && !strcmp(here, hc->target) && !hc->force_bitcode;
    cx_free(x->cx, here);
    for (uint32_t i = 0; i < hc->nparts; i++) same &= hc->obj[i] != NULL;
    return same;
}

/* Every part as object code when it fits, else every part from bitcode. */
static bool add_kernels(HostExec *x, const HostCode *hc, bool same)
{
    x->from_bitcode = !same;
    char what[64];
    for (uint32_t i = 0; i < hc->nparts; i++) {
        if (!same) {
            snprintf(what, sizeof what, "kernel module (part %u)", i);
            if (!add_bitcode(x, hc->bc[i], hc->bc_len[i], what)) return false;
            continue;
        }
        char name[32];
        snprintf(name, sizeof name, "kernels.%u.o", i);
        snprintf(what, sizeof what, "loading the kernels' object code (part %u)", i);
        if (!add_object(x, hc->obj[i], hc->obj_len[i], name, what)) return false;
    }
    return true;
}

HostExec *host_exec_new(Ctx *cx, const KernelProgram *p, const HostCode *hc, int threads)
{
    HostExec *x = cx_alloc(cx, sizeof *x);
    if (!x) return NULL;
    x->cx = cx;
    x->p = p;
    double t0 = rt_now_s();
    LLVMOrcExecutorAddress addr = 0;
    if (!hc) { /* arenas only: the CUDA executor runs the step */
        if (rt_arenas_new(cx, p, x->arena, true)) return x;
        host_exec_free(x);
        return NULL;
    }
    bool same = objects_fit(x, hc);
    bool ok = rt_calls_init(cx, p, threads, true, &x->calls) && rt_arenas_new(cx, p, x->arena, false) && rt_jit_new(cx, &x->jit) &&
              (!kir_count(p, KK_LOOP) || add_kernels(x, hc, same)) &&
              (same && hc->host_obj ? add_object(x, hc->host_obj, hc->host_obj_len, "host.o", "loading the host loop")
                                    : add_bitcode(x, hc->host_bc, hc->host_bc_len, "host loop")) &&
              rt_llvm_check(cx, LLVMOrcLLJITLookup(x->jit, &addr, "passc_step"), "passc_step");
    x->step = (StepFn)(uintptr_t)addr;
    x->jit_sec = rt_now_s() - t0;
    if (!ok) {
        host_exec_free(x);
        return NULL;
    }
    return x;
}

void host_exec_free(HostExec *x)
{
    if (!x) return;
    if (x->jit) rt_llvm_check(x->cx, LLVMOrcDisposeLLJIT(x->jit), "LLJIT dispose");
    rt_arenas_free(x->p, x->arena);
    rt_calls_free(x->cx, &x->calls);
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
    for (uint32_t j = 0; j < kn->nbufs; j++) ptr[j] = rt_buf_ptr(x->p, x->arena, kn->bufs[j]);
    return rt_cpu_run_call(x->cx, x->p, kn, ptr, &x->calls) ? 0 : 1;
}

/* The host loop's split: part over [0, n) in one chunk per thread. */
static void split(void *rt, RtPartFn part, void **args, int64_t n)
{
    rt_pool_run_part(((CallCtx *)rt)->x->calls.pool, part, args, n);
}

bool host_exec_run(HostExec *x)
{
    IR_ASSERT(x->step); /* not an arenas-only executor */
    CallCtx cc = {x};
    int32_t r = x->step(x->arena, &cc, lib_call, split);
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

void *host_exec_arena(const HostExec *x, KBufClass c) { return x->arena[c]; }
double host_exec_jit_seconds(const HostExec *x) { return x->jit_sec; }
int host_exec_threads(const HostExec *x) { return rt_pool_size(x->calls.pool); }
bool host_exec_amx(const HostExec *x) { return x->calls.amx; }
bool host_exec_from_bitcode(const HostExec *x) { return x->from_bitcode; }

/* ----------------------------------------------------------- profile */

/* `./run bench --profile`: one step kernel by kernel with a clock read
 * around each.  The loop kernels are the same JIT-linked functions the
 * host loop calls (looked up by name: `<name>.part` over the pool where
 * the host loop splits the kernel), the library kernels go through the
 * same lib_call, and the assigns' copies follow as in codegen/hostloop.c's
 * emit_commits, so the step computes exactly what host_exec_run computes. */
typedef void (*KernelFn)(void **args);

static bool profile_lookup(HostExec *x, KernelFn *fn, RtPartFn *part)
{
    char name[160];
    for (uint32_t k = 0; k < x->p->nkernels; k++) {
        const Kernel *kn = &x->p->kernels[k];
        LLVMOrcExecutorAddress a = 0, b = 0;
        snprintf(name, sizeof name, "%s.part", kn->name);
        if (kn->kind == KK_LOOP && !rt_llvm_check(x->cx, LLVMOrcLLJITLookup(x->jit, &a, kn->name), kn->name)) return false;
        if (cg_cpu_splits(x->p, kn) && !rt_llvm_check(x->cx, LLVMOrcLLJITLookup(x->jit, &b, name), name)) return false;
        fn[k] = (KernelFn)(uintptr_t)a;
        part[k] = (RtPartFn)(uintptr_t)b;
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
    RtPartFn *part = cx_alloc(x->cx, (x->p->nkernels + 1) * sizeof *part);
    void **args = cx_alloc(x->cx, most * sizeof *args);
    bool ok = fn && part && args && profile_lookup(x, fn, part);
    CallCtx cc = {x};
    for (uint32_t k = 0; ok && k < x->p->nkernels; k++) {
        const Kernel *kn = &x->p->kernels[k];
        for (uint32_t j = 0; j < kn->nbufs; j++)
            args[j] = rt_buf_ptr(x->p, x->arena, kn->bufs[j]);
        double t0 = rt_now_s();
        if (part[k]) split(&cc, part[k], args, kn->ext[0]);
        else if (kn->kind == KK_LOOP) fn[k](args);
        else if (lib_call(&cc, (int32_t)k)) {
            cx_error(x->cx, (SrcLoc){0}, "the step failed in kernel %s", kn->name);
            ok = false;
        }
        sec[k] = rt_now_s() - t0;
    }
    if (ok) profile_commits(x);
    cx_free(x->cx, fn);
    cx_free(x->cx, part);
    cx_free(x->cx, args);
    return ok;
}
