/* jit.c — the CPU executor: compiles the loop kernels of a planned
 * KernelProgram with ORC LLJIT and runs the whole program.
 *
 * Expects a program from kir_compile (scheduled and planned).  All loop
 * kernels go into one module (one module compiles faster than many,
 * env-facts section 3), optimised with default<O2> for the host CPU before
 * LLJIT sees it (LLJIT alone does not vectorise).  JIT code resolves libm
 * (expf, erff, ...) through the process's symbols.  The arenas are
 * allocated once, 64-byte aligned; a run executes the kernels in order and
 * then moves each assign's value into its target leaf, as the interpreter
 * does, so consecutive runs are training steps.
 *
 * Threads: the executor owns a pool (pool.c; CgOptions.threads, default
 * every available core).  A loop kernel with enough work is split over
 * its outermost parallel axis through `<name>.part`; GEMMs use OpenBLAS's
 * own threads, set to the same count so the two never oversubscribe (they
 * never run at the same time: kernels run one after another). */
#include "codegen/cg.h"

#include <llvm-c/Core.h>
#include <llvm-c/Error.h>
#include <llvm-c/LLJIT.h>
#include <llvm-c/Orc.h>
#include <llvm-c/Target.h>
#include <cblas.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef void (*KernelFn)(void **args);
typedef void (*PartFn)(void **args, int64_t lo, int64_t hi);

/* Below this many innermost iterations a kernel runs on one thread: the
 * wake-up of the pool (a few microseconds) would cost more than it saves. */
enum { SPLIT_MIN_WORK = 1 << 15 };

struct CpuExec {
    Ctx *cx;
    const KernelProgram *p;
    LLVMOrcLLJITRef jit;
    char *arena[KB_COUNT];
    KernelFn *fn;   /* per kernel; NULL for calls */
    PartFn *part;   /* per kernel worth splitting over the pool; else NULL */
    CgPool *pool;
    double *ksec;   /* per kernel, last run */
    double compile_sec;
};

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

static bool llvm_check(Ctx *cx, LLVMErrorRef e, const char *what)
{
    if (!e) return true;
    char *msg = LLVMGetErrorMessage(e);
    cx_error(cx, (SrcLoc){0}, "LLVM %s: %s", what, msg);
    LLVMDisposeErrorMessage(msg);
    return false;
}

static void *buf_ptr(const CpuExec *x, uint32_t b)
{
    return x->arena[x->p->bufs[b].cls] + x->p->bufs[b].offset;
}

/* ------------------------------------------------------------- compile */

static bool jit_create(CpuExec *x)
{
    if (LLVMInitializeNativeTarget() || LLVMInitializeNativeAsmPrinter()) {
        cx_error(x->cx, (SrcLoc){0}, "LLVM: the native target is not available");
        return false;
    }
    if (!llvm_check(x->cx, LLVMOrcCreateLLJIT(&x->jit, NULL), "LLJIT")) return false;
    LLVMOrcDefinitionGeneratorRef gen;
    char prefix = LLVMOrcLLJITGetGlobalPrefix(x->jit);
    if (!llvm_check(x->cx, LLVMOrcCreateDynamicLibrarySearchGeneratorForProcess(&gen, prefix, NULL, NULL),
                    "process symbols"))
        return false;
    LLVMOrcJITDylibAddGenerator(LLVMOrcLLJITGetMainJITDylib(x->jit), gen);
    return true;
}

static bool worth_splitting(const CpuExec *x, const Kernel *k)
{
    int64_t work = 1;
    for (int v = 0; v < k->npar + k->nred; v++) work *= k->ext[v];
    return cg_pool_size(x->pool) > 1 && k->npar > 0 && k->ext[0] > 1 && work >= SPLIT_MIN_WORK;
}

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
    if (!llvm_check(x->cx, e, "adding the kernel module")) return false;
    for (uint32_t k = 0; k < x->p->nkernels; k++) {
        const Kernel *kn = &x->p->kernels[k];
        if (kn->kind != KK_LOOP) continue;
        LLVMOrcExecutorAddress addr;
        if (!llvm_check(x->cx, LLVMOrcLLJITLookup(x->jit, &addr, kn->name), kn->name)) return false;
        x->fn[k] = (KernelFn)(uintptr_t)addr;
        if (!worth_splitting(x, kn)) continue;
        char name[128];
        snprintf(name, sizeof name, "%s.part", kn->name);
        if (!llvm_check(x->cx, LLVMOrcLLJITLookup(x->jit, &addr, name), name)) return false;
        x->part[k] = (PartFn)(uintptr_t)addr;
    }
    return true;
}

/* -------------------------------------------------------------- arenas */

static bool arenas_alloc(CpuExec *x)
{
    for (int c = 0; c < KB_COUNT; c++) {
        size_t n = (size_t)(x->p->plan.arena[c] + 63) / 64 * 64 + 64;
        x->arena[c] = aligned_alloc(64, n);
        if (!x->arena[c]) {
            cx_error(x->cx, (SrcLoc){0}, "out of memory (%zu-byte %s arena)", n, kir_class_name((KBufClass)c));
            return false;
        }
        memset(x->arena[c], 0, n);
    }
    for (uint32_t b = 0; b < x->p->nbufs; b++) {
        const KBuf *kb = &x->p->bufs[b];
        const Node *n = ir_node(x->p->g, kb->node);
        if (kb->cls == KB_CONST && n->a.data) memcpy(buf_ptr(x, b), n->a.data, kb->bytes);
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
    double t0 = now_s();
    bool ok = x->fn && x->ksec && x->part && (x->pool = cg_pool_new(cx, o ? o->threads : 0)) && arenas_alloc(x);
    if (ok) openblas_set_num_threads(cg_pool_size(x->pool));
    if (ok && kir_count(p, KK_LOOP)) ok = jit_create(x) && jit_compile(x, o);
    x->compile_sec = now_s() - t0;
    if (!ok) {
        cpu_exec_free(x);
        return NULL;
    }
    return x;
}

void cpu_exec_free(CpuExec *x)
{
    if (!x) return;
    if (x->jit) llvm_check(x->cx, LLVMOrcDisposeLLJIT(x->jit), "LLJIT dispose");
    for (int c = 0; c < KB_COUNT; c++) free(x->arena[c]);
    cg_pool_free(x->pool);
    cx_free(x->cx, x->fn);
    cx_free(x->cx, x->part);
    cx_free(x->cx, x->ksec);
    cx_free(x->cx, x);
}

/* ------------------------------------------------------------- values */

static void put_elem(DType dt, void *p, int64_t i, const Tensor *t, int64_t k)
{
    switch (dt) {
    case DT_I32: ((int32_t *)p)[i] = (int32_t)t->i[k]; return;
    case DT_I64: ((int64_t *)p)[i] = t->i[k]; return;
    case DT_BOOL: ((uint8_t *)p)[i] = t->i[k] != 0; return;
    default: ir_data_set(dt, p, i, t->f[k]);
    }
}

static void get_elem(DType dt, const void *p, int64_t i, Tensor *t, int64_t k)
{
    switch (dt) {
    case DT_I32: t->i[k] = ((const int32_t *)p)[i]; return;
    case DT_I64: t->i[k] = ((const int64_t *)p)[i]; return;
    case DT_BOOL: t->i[k] = ((const uint8_t *)p)[i]; return;
    default: t->f[k] = ir_data_get(dt, p, i);
    }
}

bool cpu_exec_set(CpuExec *x, NodeId leaf, const Tensor *t)
{
    const Node *n = ir_node(x->p->g, leaf);
    char want[64], got[64];
    if (!type_eq(&n->type, &t->type)) {
        cx_error(x->cx, n->loc, "value for '%s' has type %s, expected %s", n->a.name ? n->a.name : "?",
                 type_str(&t->type, got, sizeof got), type_str(&n->type, want, sizeof want));
        return false;
    }
    if (!x->p->node_buf[leaf]) return true; /* nothing reads it */
    void *dst = buf_ptr(x, x->p->node_buf[leaf] - 1);
    for (int64_t k = 0; k < t->numel; k++) put_elem(t->type.dt, dst, k, t, k);
    return true;
}

Tensor *cpu_exec_get(CpuExec *x, NodeId id)
{
    if (!x->p->node_buf[id]) return NULL;
    uint32_t b = x->p->node_buf[id] - 1;
    Tensor *t = tensor_new(x->cx, &ir_node(x->p->g, id)->type);
    if (!t) return NULL;
    for (int64_t k = 0; k < t->numel; k++) get_elem(t->type.dt, buf_ptr(x, b), k, t, k);
    return t;
}

/* ----------------------------------------------------------------- run */

typedef struct PartJob {
    PartFn fn;
    void **ptr;
} PartJob;

static void part_task(void *arg, int64_t lo, int64_t hi)
{
    PartJob *j = arg;
    j->fn(j->ptr, lo, hi);
}

static bool run_kernel(CpuExec *x, uint32_t k)
{
    const Kernel *kn = &x->p->kernels[k];
    void *ptr[64];
    IR_ASSERT(kn->nbufs <= 64);
    for (uint32_t j = 0; j < kn->nbufs; j++) ptr[j] = buf_ptr(x, kn->bufs[j]);
    if (kn->kind == KK_LOOP && x->part[k]) {
        PartJob job = {x->part[k], ptr};
        cg_pool_run(x->pool, part_task, &job, kn->ext[0]);
        return true;
    }
    if (kn->kind == KK_LOOP) {
        x->fn[k](ptr);
        return true;
    }
    return cg_cpu_run_call(x->cx, x->p, kn, ptr);
}

bool cpu_exec_step(CpuExec *x, uint32_t k)
{
    double t0 = now_s();
    if (!run_kernel(x, k)) return false;
    x->ksec[k] = now_s() - t0;
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
int cpu_exec_threads(const CpuExec *x) { return cg_pool_size(x->pool); }
