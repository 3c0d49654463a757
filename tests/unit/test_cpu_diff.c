/* test_cpu_diff.c — differential tests of the CPU backend (ctest label
 * `diff`): each graph runs on the reference interpreter and through
 * fuse -> schedule -> memplan -> LLVM -> LLJIT on the same random inputs,
 * and every materialised value must agree within the dtype's tolerance
 * (f32: 1e-5 relative, integers exact).  A mismatch prints the kernel, the
 * tensor and the first differing elements.  The fault-injection test
 * breaks one emitted operation on purpose and checks that this comparison
 * catches it. */
#include "testutil.h"
#include "codegen/cg.h"
#include "passes/passes.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------- harness */

static uint64_t rng_next(uint64_t *s)
{
    *s = *s * 6364136223846793005ull + 1442695040888963407ull;
    return *s >> 11;
}

/* Floats uniform in [-1, 1); integers in [0, 3) (valid small indices). */
static Tensor *random_tensor(Ctx *cx, const Type *t, uint64_t *s)
{
    Tensor *x = tensor_new(cx, t);
    ck_assert_ptr_nonnull(x);
    for (int64_t k = 0; k < x->numel; k++) {
        double u = (double)(rng_next(s) % 1000000) / 500000.0 - 1.0;
        tensor_set(x, k, dt_is_float(t->dt) ? u : (double)(rng_next(s) % 3));
    }
    return x;
}

static double tolerance(DType dt)
{
    switch (dt) {
    case DT_F32: return 1e-5;
    case DT_F64: return 1e-12;
    case DT_BF16: return 1.6e-2;
    case DT_F16: return 2e-3;
    default: return 0;
    }
}

static double max_abs(const Tensor *t)
{
    double m = 0;
    for (int64_t k = 0; k < t->numel; k++)
        if (isfinite(tensor_get(t, k)) && fabs(tensor_get(t, k)) > m) m = fabs(tensor_get(t, k));
    return m;
}

static bool close_enough(double a, double b, double tol, double scale)
{
    if (isnan(a) || isnan(b)) return isnan(a) && isnan(b);
    if (isinf(a) || isinf(b)) return a == b;
    return fabs(a - b) <= tol * (fabs(b) + 0.01 * scale);
}

static const Kernel *kernel_of(const KernelProgram *p, NodeId id)
{
    for (uint32_t k = 0; k < p->nkernels; k++)
        if (p->kernels[k].root == id) return &p->kernels[k];
    return NULL;
}

/* Compares one node's values; prints the kernel and the first differing
 * elements on mismatch.  Returns the number of differing elements. */
static int64_t compare_node(const KernelProgram *p, NodeId id, const Tensor *ref, const Tensor *got)
{
    double tol = tolerance(ref->type.dt), scale = max_abs(ref);
    int64_t bad = 0;
    for (int64_t k = 0; k < ref->numel; k++) {
        if (close_enough(tensor_get(got, k), tensor_get(ref, k), tol, scale)) continue;
        if (bad == 0) {
            char ty[64];
            const Kernel *kn = kernel_of(p, id);
            fprintf(stderr, "diff: node %%%u (%s, %s) differs from the interpreter\n", id,
                    ir_ops[ir_node(p->g, id)->op].name, type_str(&ref->type, ty, sizeof ty));
            if (kn) kir_print_kernel(p, kn, stderr);
        }
        if (bad < 5)
            fprintf(stderr, "  element %lld: cpu %.9g, interpreter %.9g\n", (long long)k, tensor_get(got, k),
                    tensor_get(ref, k));
        bad++;
    }
    return bad;
}

typedef struct DiffResult {
    int64_t mismatches;
    uint32_t kernels, loops, gemms, templates;
    uint64_t act_peak, act_bound;
} DiffResult;

/* Runs graph text on both sides (steps times, so assigns are exercised)
 * and compares every value the CPU program materialises. */
static DiffResult diff_run(const char *text, const FuseOptions *fo, const CgOptions *co, int steps)
{
    TestCtx t;
    tc_init(&t);
    Graph *g = ir_parse(&t.cx, "diff.pir", text, strlen(text));
    ck_assert_msg(g, "%s", tc_diag(&t));
    KernelProgram *p = NULL;
    ck_assert_msg(kir_compile(&t.cx, g, fo, &p), "%s", tc_diag(&t));
    CpuExec *x = cpu_exec_new(&t.cx, p, co);
    ck_assert_msg(x, "%s", tc_diag(&t));
    Interp *ip = ir_interp_new(&t.cx, g, IP_F32);
    uint64_t seed = 12345;
    for (NodeId id = 1; id < g->nnodes; id++) {
        Op op = ir_node(g, id)->op;
        if (op != OP_PARAM && op != OP_STATE && op != OP_INPUT) continue;
        Tensor *v = random_tensor(&t.cx, &ir_node(g, id)->type, &seed);
        ck_assert(ir_interp_set(ip, id, v));
        ck_assert(cpu_exec_set(x, id, v));
        tensor_free(&t.cx, v);
    }
    DiffResult r = {0};
    for (int s = 0; s < steps; s++) {
        ck_assert_msg(ir_interp_run(ip), "%s", tc_diag(&t));
        ck_assert_msg(cpu_exec_run(x), "%s", tc_diag(&t));
        for (NodeId id = 1; id < g->nnodes; id++) {
            Tensor *got = cpu_exec_get(x, id);
            if (!got) continue;
            r.mismatches += compare_node(p, id, ir_interp_value(ip, id), got);
            tensor_free(&t.cx, got);
        }
    }
    r.kernels = p->nkernels;
    r.loops = kir_count(p, KK_LOOP);
    r.gemms = kir_count(p, KK_GEMM);
    r.templates = kir_count(p, KK_TEMPLATE);
    r.act_peak = p->plan.act_peak;
    r.act_bound = p->plan.act_bound;
    ir_interp_free(ip);
    cpu_exec_free(x);
    kir_free(p);
    ir_graph_free(g);
    tc_fini(&t);
    return r;
}

static DiffResult diff_ok(const char *text, uint32_t want_kernels)
{
    DiffResult r = diff_run(text, NULL, NULL, 2);
    ck_assert_int_eq(r.mismatches, 0);
    if (want_kernels) ck_assert_uint_eq(r.kernels, want_kernels);
    return r;
}

#include "cpu_diff_cases.inc"
