/* cpu_parts.c — the CPU kernels of `passc -o run` compiled in parts, one
 * thread per core.
 *
 * LLVM's passes and code generator are single-threaded per module, and on
 * dino_pass they were 2 of passc's 2.9 s (object code 1.46 s, passes
 * 0.49 s, 2-core VM).  The distinct loop kernels are split into a fixed
 * number of parts (CG_CPU_PARTS, so the executable does not depend on the
 * compiling machine's core count) balanced by instruction count; each part
 * is built, optimised, written as bitcode and compiled to an object in its
 * own LLVMContext, with its own target machines and its own Ctx (whose
 * diagnostics are copied to the caller's after the join).  An alias kernel
 * (cg_cpu_share) goes with the kernel whose body it names, since an LLVM
 * alias must point into its own module.  The JIT links the parts by name
 * like one object. */
#include "codegen/cg.h"

#include <llvm-c/Core.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The LLVM work a kernel costs: its instructions, plus a constant for the
 * function and loop skeleton (two wrappers when it has parallel axes). */
static uint64_t kernel_cost(const Kernel *k) { return (uint64_t)k->ninsts + 8 + (k->npar ? 8 : 0); }

typedef struct Load {
    uint32_t kernel;
    uint64_t cost;
} Load;

static int cmp_load(const void *a, const void *b)
{
    const Load *x = a, *y = b;
    if (x->cost != y->cost) return x->cost < y->cost ? 1 : -1; /* heaviest first */
    return (x->kernel > y->kernel) - (x->kernel < y->kernel);
}

/* Longest-processing-time first: each distinct body, heaviest first, to
 * the lightest part (the lowest index on ties); aliases follow their
 * body.  Deterministic for a given program. */
uint32_t *cg_cpu_partition(Ctx *cx, const KernelProgram *p, uint32_t nparts)
{
    uint32_t *rep = cg_cpu_share(cx, p), *part = cx_alloc(cx, (p->nkernels + 1) * sizeof *part);
    Load *l = cx_alloc(cx, (p->nkernels + 1) * sizeof *l);
    uint64_t sum[CG_CPU_PARTS] = {0};
    if (!rep || !part || !l || !nparts || nparts > CG_CPU_PARTS) {
        cx_free(cx, rep);
        cx_free(cx, l);
        cx_free(cx, part);
        return NULL;
    }
    uint32_t n = 0;
    for (uint32_t k = 0; k < p->nkernels; k++)
        if (p->kernels[k].kind == KK_LOOP && rep[k] == k) l[n++] = (Load){k, kernel_cost(&p->kernels[k])};
    qsort(l, n, sizeof *l, cmp_load);
    for (uint32_t i = 0; i < n; i++) {
        uint32_t best = 0;
        for (uint32_t j = 1; j < nparts; j++)
            if (sum[j] < sum[best]) best = j;
        part[l[i].kernel] = best;
        sum[best] += l[i].cost;
    }
    for (uint32_t k = 0; k < p->nkernels; k++) part[k] = part[rep[k]];
    cx_free(cx, l);
    cx_free(cx, rep);
    return part;
}

/* ------------------------------------------------------------ workers */

typedef struct Job {
    const KernelProgram *p;
    const uint32_t *part;
    CgCpuPart *out;
    atomic_uint next; /* the next part to compile */
    char err[CG_CPU_PARTS][1024];
    bool ok[CG_CPU_PARTS];
} Job;

/* One part, start to finish, in its own LLVMContext. */
static bool compile_part(Ctx *cx, const Job *j, uint32_t i, CgCpuPart *out)
{
    LLVMContextRef C = LLVMContextCreate();
    LLVMTargetMachineRef opt = cg_host_machine(cx, false, LLVMCodeGenLevelDefault);
    LLVMTargetMachineRef obj = opt ? cg_host_machine(cx, true, LLVMCodeGenLevelDefault) : NULL;
    LLVMModuleRef m = obj ? cg_cpu_build_part(cx, j->p, NULL, C, j->part, i) : NULL;
    bool ok = m && cg_cpu_optimise_with(cx, m, 1, opt);
    if (ok) ok = (out->bc = cg_module_bitcode(cx, m, &out->bc_len)) != NULL;
    if (ok) ok = (out->obj = cg_cpu_object_with(cx, m, obj, &out->obj_len)) != NULL;
    if (m) LLVMDisposeModule(m);
    if (obj) LLVMDisposeTargetMachine(obj);
    if (opt) LLVMDisposeTargetMachine(opt);
    LLVMContextDispose(C);
    return ok;
}

static void *worker(void *arg)
{
    Job *j = arg;
    for (uint32_t i; (i = atomic_fetch_add(&j->next, 1)) < CG_CPU_PARTS;) {
        char *text = NULL;
        size_t n = 0;
        FILE *diag = open_memstream(&text, &n);
        Ctx tc;
        ctx_init(&tc, diag);
        j->ok[i] = diag && compile_part(&tc, j, i, &j->out[i]);
        if (diag) fclose(diag);
        snprintf(j->err[i], sizeof j->err[i], "%s", text ? text : "cannot capture diagnostics");
        free(text);
        ctx_fini(&tc);
    }
    return NULL;
}

static int thread_count(int threads)
{
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    int n = threads > 0 ? threads : cores > 0 ? (int)cores : 1;
    return n < CG_CPU_PARTS ? n : CG_CPU_PARTS;
}

bool cg_cpu_compile_parts(Ctx *cx, const KernelProgram *p, int threads, CgCpuPart out[CG_CPU_PARTS])
{
    memset(out, 0, CG_CPU_PARTS * sizeof *out);
    if (!cg_llvm_init(cx)) return false;
    Job *j = cx_alloc(cx, sizeof *j);
    uint32_t *part = j ? cg_cpu_partition(cx, p, CG_CPU_PARTS) : NULL;
    if (!part) {
        cx_free(cx, j);
        return false;
    }
    j->p = p, j->part = part, j->out = out;
    atomic_init(&j->next, 0);
    pthread_t th[CG_CPU_PARTS];
    bool started[CG_CPU_PARTS] = {false};
    int nt = thread_count(threads);
    for (int t = 1; t < nt; t++) started[t] = pthread_create(&th[t], NULL, worker, j) == 0;
    worker(j); /* this thread works too; a thread that failed to start is just one fewer */
    for (int t = 1; t < nt; t++)
        if (started[t]) pthread_join(th[t], NULL);
    bool ok = true;
    for (uint32_t i = 0; i < CG_CPU_PARTS; i++)
        if (!j->ok[i]) {
            if (ok) { /* the first failing part's diagnostics, as they were */
                fputs(j->err[i], cx->diag);
                cx->nerrors++;
            }
            ok = false;
        }
    if (!ok) cg_cpu_parts_free(cx, out);
    cx_free(cx, part);
    cx_free(cx, j);
    return ok;
}

void cg_cpu_parts_free(Ctx *cx, CgCpuPart out[CG_CPU_PARTS])
{
    for (uint32_t i = 0; i < CG_CPU_PARTS; i++) {
        cx_free(cx, out[i].bc);
        cx_free(cx, out[i].obj);
        out[i] = (CgCpuPart){0};
    }
}
