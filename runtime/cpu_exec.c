/* cpu_exec.c — the in-process CPU executor: compiles the loop kernels of
 * a planned KernelProgram (codegen/llvm_cpu.c emits and optimises them),
 * links them with ORC LLJIT and runs the whole program.
 *
 * Expects a program from kir_compile (scheduled and planned).  All loop
 * kernels go into one module (one module compiles faster than many,
 * env-facts section 3), optimised with default<O2> for the host CPU before
 * LLJIT sees it (LLJIT alone does not vectorise).  JIT code resolves libm
 * (expf, erff, ...) through the process's symbols.  The arenas are
 * allocated once (jit.c); a run executes the kernels in order and
 * then moves each assign's value into its target leaf, as the interpreter
 * does, so consecutive runs are training steps.
 *
 * Threads: the executor owns a pool (pool.c; CgOptions.threads, default
 * every available core).  A loop kernel with enough work (cg_cpu_splits)
 * is split over its outermost parallel axis through `<name>.part`; GEMMs
 * split their products over the same pool (cpu_templates.c), OpenBLAS
 * single-threaded on each, so no other threads spin on the cores. */
#include "runtime/cpu.h"

#include <llvm-c/Core.h>
#include <llvm-c/Orc.h>
#include <stdlib.h>
#include <string.h>

typedef void (*KernelFn)(void **args);

struct CpuExec {
    Ctx *cx;
    const KernelProgram *p;
    LLVMOrcLLJITRef jit;
    void *arena[KB_COUNT];
    KernelFn *fn;   /* per kernel; NULL for calls */
    RtPartFn *part;   /* per kernel worth splitting over the pool; else NULL */
    RtCalls calls;  /* threads, working memory, AMX */
    double *ksec;   /* per kernel, last run */
    double compile_sec;
};

static void *buf_ptr(const CpuExec *x, uint32_t b)
{
    return rt_buf_ptr(x->p, x->arena, b);
}

/* ------------------------------------------------------------- compile */

static bool jit_compile(CpuExec *x, const CgOptions *o)
{
    LLVMOrcThreadSafeContextRef tsc = LLVMOrcCreateNewThreadSafeContext();
    LLVMModuleRef m = cg_cpu_build_module(x->cx, x->p, o, LLVMOrcThreadSafeContextGetContext(tsc));
    int level = o ? o->opt_level : 1;
    bool ok = m && (level == 0 || cg_cpu_optimise_level(x->cx, m, level));
    if (!ok) {
        if (m) LLVMDisposeModule(m);
        LLVMOrcDisposeThreadSafeContext(tsc);
        return false;
    }
    LLVMOrcThreadSafeModuleRef tsm = LLVMOrcCreateNewThreadSafeModule(m, tsc);
    LLVMOrcDisposeThreadSafeContext(tsc); /* the module holds a reference */
    LLVMErrorRef e = LLVMOrcLLJITAddLLVMIRModule(x->jit, LLVMOrcLLJITGetMainJITDylib(x->jit), tsm);
    if (e) LLVMOrcDisposeThreadSafeModule(tsm);
    if (!rt_llvm_check(x->cx, e, "adding the kernel module")) return false;
    for (uint32_t k = 0; k < x->p->nkernels; k++) {
        const Kernel *kn = &x->p->kernels[k];
        if (kn->kind != KK_LOOP) continue;
        LLVMOrcExecutorAddress addr;
        if (!rt_llvm_check(x->cx, LLVMOrcLLJITLookup(x->jit, &addr, kn->name), kn->name)) return false;
        x->fn[k] = (KernelFn)(uintptr_t)addr;
        if (rt_pool_size(x->calls.pool) == 1 || !cg_cpu_splits(x->p, kn)) continue;
        char name[128];
        snprintf(name, sizeof name, "%s.part", kn->name);
        if (!rt_llvm_check(x->cx, LLVMOrcLLJITLookup(x->jit, &addr, name), name)) return false;
        x->part[k] = (RtPartFn)(uintptr_t)addr;
    }
    return true;
}

CpuExec *cpu_exec_new(Ctx *cx, const KernelProgram *p, const CgOptions *o)
{
    IR_ASSERT(p->planned);
    CpuExec *x = cx_alloc(cx, sizeof *x);
    if (!x) return NULL;
    x->cx = cx;
    x->p = p;
    x->fn = cx_alloc(cx, (p->nkernels + 1) * sizeof *x->fn);
    x->ksec = cx_alloc(cx, (p->nkernels + 1) * sizeof *x->ksec);
    x->part = cx_alloc(cx, (p->nkernels + 1) * sizeof *x->part);
    double t0 = rt_now_s();
    bool ok = x->fn && x->ksec && x->part && rt_calls_init(cx, p, o ? o->threads : 0, !(o && o->no_amx), &x->calls) &&
              rt_arenas_new(cx, p, x->arena, false);
    if (ok && kir_count(p, KK_LOOP)) ok = rt_jit_new(cx, &x->jit) && jit_compile(x, o);
    x->compile_sec = rt_now_s() - t0;
    if (!ok) {
        cpu_exec_free(x);
        return NULL;
    }
    return x;
}

void cpu_exec_free(CpuExec *x)
{
    if (!x) return;
    if (x->jit) rt_llvm_check(x->cx, LLVMOrcDisposeLLJIT(x->jit), "LLJIT dispose");
    rt_arenas_free(x->p, x->arena);
    rt_calls_free(x->cx, &x->calls);
    cx_free(x->cx, x->fn);
    cx_free(x->cx, x->part);
    cx_free(x->cx, x->ksec);
    cx_free(x->cx, x);
}

/* ------------------------------------------------------------- values */

bool cpu_exec_set(CpuExec *x, NodeId leaf, const Tensor *t)
{
    if (!kir_leaf_type_ok(x->cx, x->p, leaf, t)) return false;
    if (!x->p->node_buf[leaf]) return true; /* nothing reads it */
    void *dst = buf_ptr(x, x->p->node_buf[leaf] - 1);
    tensor_to_data(t, dst);
    return true;
}

Tensor *cpu_exec_get(CpuExec *x, NodeId id)
{
    if (!x->p->node_buf[id]) return NULL;
    uint32_t b = x->p->node_buf[id] - 1;
    Tensor *t = tensor_new(x->cx, &ir_node(x->p->g, id)->type);
    if (!t) return NULL;
    tensor_from_data(t, buf_ptr(x, b));
    return t;
}

/* ----------------------------------------------------------------- run */

static bool run_kernel(CpuExec *x, uint32_t k)
{
    const Kernel *kn = &x->p->kernels[k];
    void *ptr[64];
    IR_ASSERT(kn->nbufs <= 64);
    for (uint32_t j = 0; j < kn->nbufs; j++) ptr[j] = buf_ptr(x, kn->bufs[j]);
    if (kn->kind == KK_LOOP && x->part[k]) {
        rt_pool_run_part(x->calls.pool, x->part[k], ptr, kn->ext[0]);
        return true;
    }
    if (kn->kind == KK_LOOP) {
        x->fn[k](ptr);
        return true;
    }
    return rt_cpu_run_call(x->cx, x->p, kn, ptr, &x->calls);
}

bool cpu_exec_step(CpuExec *x, uint32_t k)
{
    double t0 = rt_now_s();
    if (!run_kernel(x, k)) return false;
    x->ksec[k] = rt_now_s() - t0;
    return true;
}

bool cpu_exec_run(CpuExec *x)
{
    for (uint32_t k = 0; k < x->p->nkernels; k++)
        if (!cpu_exec_step(x, k)) return false;
    cpu_exec_commit(x);
    return true;
}

void cpu_exec_commit(CpuExec *x)
{
    const Graph *g = x->p->g;
    for (NodeId id = 1; id < g->nnodes; id++) {
        const Node *n = ir_node(g, id);
        if (n->op != OP_ASSIGN || !x->p->node_buf[n->in[0]]) continue;
        uint32_t src = x->p->node_buf[id] - 1, dst = x->p->node_buf[n->in[0]] - 1;
        memmove(buf_ptr(x, dst), buf_ptr(x, src), x->p->bufs[src].bytes);
    }
}

double cpu_exec_kernel_seconds(const CpuExec *x, uint32_t k) { return x->ksec[k]; }
double cpu_exec_compile_seconds(const CpuExec *x) { return x->compile_sec; }
int cpu_exec_threads(const CpuExec *x) { return rt_pool_size(x->calls.pool); }
bool cpu_exec_amx(const CpuExec *x) { return x->calls.amx; }
