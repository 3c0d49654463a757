/* test_cpu_diff.c — differential tests of the CPU backend (ctest label
 * `diff`): each graph runs on the reference interpreter and through
 * fuse -> schedule -> memplan -> LLVM -> LLJIT on the same random inputs,
 * and every materialised value must agree within the dtype's tolerance
 * (f32: 1e-5 relative, integers exact).  A mismatch prints the kernel, the
 * tensor and the first differing elements.  The fault-injection test
 * breaks one emitted operation on purpose and checks that this comparison
 * catches it. */
#include "testutil.h"
#include "runtime/cpu.h"
#include "passes/passes.h"

#include <float.h>
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
    double tol = tolerance(ref->type.dt), scale = tensor_max_abs(ref);
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

static int64_t compare_value(Ctx *cx, CpuExec *x, const KernelProgram *p, const Interp *ip, NodeId id)
{
    Tensor *got = cpu_exec_get(x, id);
    if (!got) return 0;
    int64_t bad = compare_node(p, id, ir_interp_value(ip, id), got);
    tensor_free(cx, got);
    return bad;
}

typedef struct DiffResult {
    int64_t mismatches;
    uint32_t kernels, loops, gemms, templates;
    uint64_t act_peak, act_bound;
} DiffResult;

/* Graph text compiled for the CPU beside the interpreter of the same graph. */
typedef struct Sides {
    TestCtx t;
    Graph *g;
    KernelProgram *p;
    CpuExec *x;
    Interp *ip;
} Sides;

static void sides_open(Sides *d, const char *text, const FuseOptions *fo, const CgOptions *co)
{
    tc_init(&d->t);
    d->g = ir_parse(&d->t.cx, "diff.pir", text, strlen(text));
    ck_assert_msg(d->g, "%s", tc_diag(&d->t));
    d->p = NULL;
    ck_assert_msg(kir_compile(&d->t.cx, d->g, fo, &d->p), "%s", tc_diag(&d->t));
    d->x = cpu_exec_new(&d->t.cx, d->p, co);
    ck_assert_msg(d->x, "%s", tc_diag(&d->t));
    d->ip = ir_interp_new(&d->t.cx, d->g, IP_F32);
    ck_assert_ptr_nonnull(d->ip);
}

static void sides_close(Sides *d)
{
    ir_interp_free(d->ip);
    cpu_exec_free(d->x);
    kir_free(d->p);
    ir_graph_free(d->g);
    tc_fini(&d->t);
}

/* Runs graph text on both sides (steps times, so assigns are exercised)
 * and compares every value the CPU program materialises. */
static DiffResult diff_run(const char *text, const FuseOptions *fo, const CgOptions *co, int steps)
{
    Sides d;
    sides_open(&d, text, fo, co);
    TestCtx *t = &d.t;
    Graph *g = d.g;
    KernelProgram *p = d.p;
    CpuExec *x = d.x;
    Interp *ip = d.ip;
    uint64_t seed = 12345;
    for (NodeId id = 1; id < g->nnodes; id++) {
        Op op = ir_node(g, id)->op;
        if (op != OP_PARAM && op != OP_STATE && op != OP_INPUT) continue;
        Tensor *v = random_tensor(&t->cx, &ir_node(g, id)->type, &seed);
        ck_assert(ir_interp_set(ip, id, v));
        ck_assert(cpu_exec_set(x, id, v));
        tensor_free(&t->cx, v);
    }
    DiffResult r = {0};
    for (int s = 0; s < steps; s++) {
        ck_assert_msg(ir_interp_run(ip), "%s", tc_diag(t));
        for (uint32_t k = 0; k < p->nkernels; k++) { /* before the arena reuses it */
            ck_assert_msg(cpu_exec_step(x, k), "%s", tc_diag(t));
            for (uint32_t j = 0; j < p->kernels[k].nout; j++) /* the root and every second output */
                r.mismatches += compare_value(&t->cx, x, p, ip, p->bufs[p->kernels[k].bufs[j]].node);
        }
        for (NodeId id = 1; id < g->nnodes; id++)
            if (ir_ops[ir_node(g, id)->op].kind == OK_EFFECT) r.mismatches += compare_value(&t->cx, x, p, ip, id);
        cpu_exec_commit(x);
    }
    for (NodeId id = 1; id < g->nnodes; id++) /* leaves after the assigns */
        if (ir_ops[ir_node(g, id)->op].kind == OK_LEAF) r.mismatches += compare_value(&t->cx, x, p, ip, id);
    r.kernels = p->nkernels;
    r.loops = kir_count(p, KK_LOOP);
    r.gemms = kir_count(p, KK_GEMM);
    r.templates = kir_count(p, KK_TEMPLATE);
    r.act_peak = p->plan.act_peak;
    r.act_bound = p->plan.act_bound;
    sides_close(&d);
    return r;
}

static DiffResult diff_ok(const char *text, uint32_t want_kernels)
{
    DiffResult r = diff_run(text, NULL, NULL, 2);
    ck_assert_int_eq(r.mismatches, 0);
    if (want_kernels) ck_assert_uint_eq(r.kernels, want_kernels);
    return r;
}

/* ------------------------------------------------- every op: golden files */

static const char *const golden_files[] = {
    "binary", "constgen", "index", "layernorm", "layout", "matmul", "random", "reduce", "sgd_step", "unary", "leaves",
    "structured",
};

static char *golden_text(const char *name)
{
    char path[128];
    snprintf(path, sizeof path, "tests/golden/%s.pir", name);
    char *text = tc_read_source(path, NULL);
    ck_assert_msg(text, "missing %s", path);
    return text;
}

/* The golden graphs together use every op of ops.def. */
START_TEST(t_golden_all_fusions)
{
    char *text = golden_text(golden_files[_i]);
    DiffResult r = diff_run(text, NULL, NULL, 2);
    ck_assert_int_eq(r.mismatches, 0);
    free(text);
}
END_TEST

/* Each fusion kind switched off alone: other groupings, the same values. */
static const unsigned fuse_kinds[] = {FUSE_ELEMWISE, FUSE_VIEWS,    FUSE_PROLOGUE, FUSE_EPILOGUE,
                                      FUSE_RECOMPUTE, FUSE_OUTPUTS, FUSE_INPLACE,  FUSE_BIAS, FUSE_BGRAD};

static void check_switches(const char *name, const char *text)
{
    for (size_t s = 0; s < sizeof fuse_kinds / sizeof fuse_kinds[0]; s++) {
        FuseOptions fo = {.enable = FUSE_ALL & ~fuse_kinds[s]};
        DiffResult r = diff_run(text, &fo, NULL, 2);
        ck_assert_msg(r.mismatches == 0, "%s without fusion kind %#x: %lld mismatches", name, fuse_kinds[s],
                      (long long)r.mismatches);
    }
}

START_TEST(t_golden_switches)
{
    char *text = golden_text(golden_files[_i]);
    check_switches(golden_files[_i], text);
    free(text);
}
END_TEST

/* The fusion goldens (tests/golden_fuse/): second outputs, shared values,
 * views, under every switch. */
static const char *const fuse_files[] = {"layernorm",    "softmax",      "views",          "bias_grad",
                                         "shared",       "reshape_copy", "slice_block",    "cast_outputs",
                                         "concat_inplace", "gemm_permuted", "wide_rows", "attn_batch", "ema_assign", "adam_step", "bias_epilogue", "bias_cases",
                                         "first_rows", "bgrad", "bgrad_order"};

START_TEST(t_fuse_golden_switches)
{
    char path[128];
    snprintf(path, sizeof path, "tests/golden_fuse/%s.pir", fuse_files[_i]);
    char *text = tc_read_source(path, NULL);
    ck_assert_msg(text, "missing %s", path);
    DiffResult r = diff_run(text, NULL, NULL, 2);
    ck_assert_int_eq(r.mismatches, 0);
    check_switches(path, text);
    free(text);
}
END_TEST

START_TEST(t_golden_no_fusion)
{
    char *text = golden_text(golden_files[_i]);
    FuseOptions fo = {.enable = 0};
    DiffResult r = diff_run(text, &fo, NULL, 1);
    ck_assert_int_eq(r.mismatches, 0);
    free(text);
}
END_TEST

/* ------------------------------------------------------ compositions */

/* A GEMM and an elementwise kernel read one permuted concat through
 * reshapes that are not affine (tests/golden_fuse/reshape_copy.pir): the
 * permute is copied once and both read its bytes (4 kernels). */
START_TEST(t_reshape_copy)
{
    char *text = tc_read_source("tests/golden_fuse/reshape_copy.pir", NULL);
    ck_assert_ptr_nonnull(text);
    diff_ok(text, 4);
    free(text);
}
END_TEST

/* Products of slices that are one block of their input (whole rows; a
 * part of one row), read in place at their offsets, and of a slice that
 * is not a block, copied (tests/golden_fuse/slice_block.pir). */
START_TEST(t_slice_block)
{
    char *text = tc_read_source("tests/golden_fuse/slice_block.pir", NULL);
    ck_assert_ptr_nonnull(text);
    diff_ok(text, 6);
    free(text);
}
END_TEST

/* Casts stored by their producers as second outputs (an elementwise
 * kernel and a row reduction; tests/golden_fuse/cast_outputs.pir), read
 * by GEMMs, and a cast of a transpose in a kernel of its own. */
START_TEST(t_cast_outputs)
{
    char *text = tc_read_source("tests/golden_fuse/cast_outputs.pir", NULL);
    ck_assert_ptr_nonnull(text);
    diff_ok(text, 8);
    free(text);
}
END_TEST

/* A scalar broadcast to a matrix and flattened (a per-tensor factor over a
 * flattened weight): the reshape of the splat reads element 0, no copy of
 * the splat is stored: one kernel. */
static const char splat_pir[] = "graph \"splat\"\n"
                                "%1 = input name=\"g\" : f32[6,8]\n"
                                "%2 = const data=[0.0625] : f32[]\n"
                                "%3 = broadcast %2 : f32[6,8]\n"
                                "%4 = reshape %3 : f32[48]\n"
                                "%5 = reshape %1 : f32[48]\n"
                                "%6 = mul %5, %4 : f32[48]\n"
                                "%7 = reduce_sum %6 axes=[0] keep=0 : f32[]\n"
                                "%8 = output %7 name=\"scaled_sum\" : f32[]\n";

START_TEST(t_reshaped_splat)
{
    diff_ok(splat_pir, 1);
}
END_TEST

static const char softmax_pir[] =
    "graph \"softmax\"\n"
    "%1 = input name=\"x\" : f32[6,1000]\n"
    "%2 = reduce_max %1 axes=[1] keep=1 : f32[6,1]\n"
    "%3 = broadcast %2 : f32[6,1000]\n"
    "%4 = sub %1, %3 : f32[6,1000]\n"
    "%5 = exp %4 : f32[6,1000]\n"
    "%6 = reduce_sum %5 axes=[1] keep=1 : f32[6,1]\n"
    "%7 = broadcast %6 : f32[6,1000]\n"
    "%8 = div %5, %7 : f32[6,1000]\n"
    "%9 = output %8 name=\"p\" : f32[6,1000]\n";

START_TEST(t_softmax_one_kernel)
{
    DiffResult r = diff_ok(softmax_pir, 1);
    ck_assert_uint_eq(r.loops, 1);
}
END_TEST

/* Row sums of 1000 elements: the f32 tolerance of the table holds. */
START_TEST(t_wide_reduction)
{
    diff_ok("graph \"sum\"\n"
            "%1 = input name=\"x\" : f32[3,1000]\n"
            "%2 = mul %1, %1 : f32[3,1000]\n"
            "%3 = reduce_sum %2 axes=[1] keep=0 : f32[3]\n"
            "%4 = reduce_sum %1 axes=[0] keep=0 : f32[1000]\n"
            "%5 = reduce_sum %1 axes=[0,1] keep=0 : f32[]\n"
            "%6 = output %3 name=\"a\" : f32[3]\n"
            "%7 = output %4 name=\"b\" : f32[1000]\n"
            "%8 = output %5 name=\"c\" : f32[]\n",
            3);
}
END_TEST

/* Single-head attention from primitives: qkv projection, views folded
 * into the GEMM operands (no copies), scaled softmax, output projection. */
static const char attention_pir[] =
    "graph \"attention\"\n"
    "%1 = input name=\"x\" : f32[2,5,8]\n"
    "%2 = param name=\"wqkv\" init=\"zeros\" : f32[24,8]\n"
    "%3 = param name=\"wo\" init=\"zeros\" : f32[8,8]\n"
    "%4 = matmul %1, %2 ta=0 tb=1 : f32[2,5,24]\n"
    "%5 = reshape %4 : f32[2,5,3,2,4]\n"
    "%6 = permute %5 perm=[2,0,3,1,4] : f32[3,2,2,5,4]\n"
    "%7 = slice %6 lo=[0,0,0,0,0] hi=[1,2,2,5,4] : f32[1,2,2,5,4]\n"
    "%8 = slice %6 lo=[1,0,0,0,0] hi=[2,2,2,5,4] : f32[1,2,2,5,4]\n"
    "%9 = slice %6 lo=[2,0,0,0,0] hi=[3,2,2,5,4] : f32[1,2,2,5,4]\n"
    "%10 = reshape %7 : f32[2,2,5,4]\n"
    "%11 = reshape %8 : f32[2,2,5,4]\n"
    "%12 = reshape %9 : f32[2,2,5,4]\n"
    "%13 = matmul %10, %11 ta=0 tb=1 : f32[2,2,5,5]\n"
    "%14 = const data=[0.5] : f32[]\n"
    "%15 = broadcast %14 : f32[2,2,5,5]\n"
    "%16 = mul %13, %15 : f32[2,2,5,5]\n"
    "%17 = reduce_max %16 axes=[3] keep=1 : f32[2,2,5,1]\n"
    "%18 = broadcast %17 : f32[2,2,5,5]\n"
    "%19 = sub %16, %18 : f32[2,2,5,5]\n"
    "%20 = exp %19 : f32[2,2,5,5]\n"
    "%21 = reduce_sum %20 axes=[3] keep=1 : f32[2,2,5,1]\n"
    "%22 = broadcast %21 : f32[2,2,5,5]\n"
    "%23 = div %20, %22 : f32[2,2,5,5]\n"
    "%24 = matmul %23, %12 ta=0 tb=0 : f32[2,2,5,4]\n"
    "%25 = permute %24 perm=[0,2,1,3] : f32[2,5,2,4]\n"
    "%26 = reshape %25 : f32[2,5,8]\n"
    "%27 = matmul %26, %3 ta=0 tb=1 : f32[2,5,8]\n"
    "%28 = output %27 name=\"y\" : f32[2,5,8]\n";

START_TEST(t_attention)
{
    DiffResult r = diff_ok(attention_pir, 0);
    /* 4 GEMMs, 1 softmax: the transposed head merge (%25->%26) is not
     * affine as a view; P @ V writes its heads in the merged order (no
     * copy, which it was before). */
    ck_assert_uint_eq(r.gemms, 4);
    ck_assert_uint_eq(r.loops, 1);
    ck_assert_uint_eq(r.kernels, 5);
}
END_TEST

static const char dtypes_pir[] =
    "graph \"dtypes\"\n"
    "%1 = input name=\"a\" : f64[4,3]\n"
    "%2 = exp %1 : f64[4,3]\n"
    "%3 = reduce_sum %2 axes=[1] keep=0 : f64[4]\n"
    "%4 = input name=\"h\" : bf16[4,3]\n"
    "%5 = mul %4, %4 : bf16[4,3]\n"
    "%6 = add %5, %4 : bf16[4,3]\n"
    "%7 = input name=\"f\" : f16[4,3]\n"
    "%8 = tanh %7 : f16[4,3]\n"
    "%9 = cast %8 : f32[4,3]\n"
    "%10 = input name=\"i\" : i32[4,3]\n"
    "%11 = input name=\"j\" : i64[4,3]\n"
    "%12 = cast %10 : i64[4,3]\n"
    "%13 = mul %12, %11 : i64[4,3]\n"
    "%14 = const data=[1] : i64[]\n"
    "%15 = broadcast %14 : i64[4,3]\n"
    "%16 = add %11, %15 : i64[4,3]\n"
    "%17 = div %13, %16 : i64[4,3]\n"
    "%18 = lt %12, %11 : bool[4,3]\n"
    "%19 = select %18, %9, %9 : f32[4,3]\n"
    "%20 = cast %18 : f32[4,3]\n"
    "%21 = add %19, %20 : f32[4,3]\n"
    "%22 = cast %21 : i32[4,3]\n"
    "%23 = reduce_max %22 axes=[0] keep=0 : i32[3]\n"
    "%24 = cast %6 : f32[4,3]\n"
    "%25 = neg %17 : i64[4,3]\n"
    "%26 = abs %25 : i64[4,3]\n"
    "%27 = output %3 name=\"o1\" : f64[4]\n"
    "%28 = output %26 name=\"o2\" : i64[4,3]\n"
    "%29 = output %23 name=\"o3\" : i32[3]\n"
    "%30 = output %24 name=\"o4\" : f32[4,3]\n";

START_TEST(t_dtypes)
{
    diff_ok(dtypes_pir, 0);
}
END_TEST

/* exp and erf of f32 on the CPU are inline code the vectoriser widens
 * (llvm_cpu.c emit_expf, emit_erff), not libm: over 2^20 arguments across
 * the whole range (subnormal results and overflow included for exp, both
 * branches and the tails for erf) each stays within 2 ulp of libm (erf:
 * 3, libm's erff being 1 ulp itself), and the specials are exact. */
static int64_t ulp_key(float f)
{
    int32_t i;
    memcpy(&i, &f, sizeof i);
    return i < 0 ? -(int64_t)(i & 0x7fffffff) : i;
}

typedef struct MathCase {
    const char *op;
    float (*ref)(float);
    double range; /* arguments in [-range, range) */
    int64_t max_ulp;
    float special[12];
} MathCase;

static const MathCase math_cases[] = {
    {"exp", expf, 105.0, 2,
     {INFINITY, -INFINITY, NAN, 0.0f, -0.0f, 88.72283f, 88.72284f, -87.33654f, -103.9721f, -103.9728f, -104.5f, 1e-8f}},
    {"erf", erff, 5.0, 3, {INFINITY, -INFINITY, NAN, 0.0f, -0.0f, 1.0f, -1.0f, 3.92f, 0.99999994f, 1e-30f, -1e-20f, 4.0f}},
};

START_TEST(t_fast_math)
{
    enum { N = 1 << 20, NS = 12 };
    const MathCase *mc = &math_cases[_i];
    TestCtx t;
    tc_init(&t);
    char text[256];
    snprintf(text, sizeof text,
             "graph \"m\"\n%%1 = input name=\"x\" : f32[%d]\n%%2 = %s %%1 : f32[%d]\n%%3 = output %%2 name=\"y\" : f32[%d]\n",
             N, mc->op, N, N);
    Graph *g = ir_parse(&t.cx, "m.pir", text, strlen(text));
    KernelProgram *p = NULL;
    ck_assert_msg(g && kir_compile(&t.cx, g, NULL, &p), "%s", tc_diag(&t));
    CpuExec *x = cpu_exec_new(&t.cx, p, NULL);
    ck_assert_msg(x, "%s", tc_diag(&t));
    Tensor *in = tensor_new(&t.cx, &ir_node(g, 1)->type);
    uint64_t seed = 99;
    for (int64_t k = 0; k < N; k++) {
        double u = tc_rand_signed(&seed);
        /* a quarter of the arguments near zero, on a log scale */
        float v = k < NS ? mc->special[k] : k % 4 ? (float)(u * mc->range) : (float)copysign(pow(10, -30 * fabs(u)), u);
        tensor_set(in, k, v);
    }
    ck_assert(cpu_exec_set(x, 1, in));
    ck_assert_msg(cpu_exec_run(x), "%s", tc_diag(&t));
    Tensor *out = cpu_exec_get(x, 3);
    ck_assert_ptr_nonnull(out);
    int64_t worst = 0;
    for (int64_t k = 0; k < N; k++) {
        float a = (float)tensor_get(in, k), got = (float)tensor_get(out, k), want = mc->ref(a);
        if (isnan(want)) {
            ck_assert_msg(isnan(got), "%s(%a) = %a, want NaN", mc->op, a, got);
            continue;
        }
        int64_t d = llabs(ulp_key(got) - ulp_key(want));
        ck_assert_msg(k >= NS || d == 0 || (isfinite(want) && fabsf(want) > 1e-37f), "%s(%a) = %a, want %a", mc->op,
                      a, got, want);
        ck_assert_msg(d <= mc->max_ulp, "%s(%a) = %a, libm %a (%lld ulp)", mc->op, a, got, want, (long long)d);
        if (d > worst) worst = d;
    }
    if (getenv("MATH_VERBOSE")) fprintf(stderr, "inline %s: worst %lld ulp from libm\n", mc->op, (long long)worst);
    tensor_free(&t.cx, in);
    tensor_free(&t.cx, out);
    cpu_exec_free(x);
    kir_free(p);
    ir_graph_free(g);
    tc_fini(&t);
}
END_TEST

/* An MLP with gradients from the autodiff pass: the backward graph goes
 * through the same kernels. */
static const char mlp_pir[] =
    "graph \"mlp\"\n"
    "%1 = input name=\"x\" : f32[8,6]\n"
    "%2 = param name=\"w1\" init=\"zeros\" : f32[16,6]\n"
    "%3 = param name=\"b1\" init=\"zeros\" : f32[16]\n"
    "%4 = param name=\"w2\" init=\"zeros\" : f32[4,16]\n"
    "%5 = matmul %1, %2 ta=0 tb=1 : f32[8,16]\n"
    "%6 = broadcast %3 : f32[8,16]\n"
    "%7 = add %5, %6 : f32[8,16]\n"
    "%8 = tanh %7 : f32[8,16]\n"
    "%9 = matmul %8, %4 ta=0 tb=1 : f32[8,4]\n"
    "%10 = mul %9, %9 : f32[8,4]\n"
    "%11 = reduce_sum %10 axes=[0,1] keep=0 : f32[]\n"
    "%12 = output %11 name=\"loss\" : f32[]\n";

/* Row maxima of 64 contiguous elements (the vectorised max of
 * codegen/llvm_cpu.c: integers ordered as the floats, NaN seen aside) and
 * of 7 (scalar), f32 and bf16, against the interpreter, exactly: a NaN
 * anywhere in the row (either sign, first or last), all -inf, zeros of
 * both signs, +inf, denormals, -FLT_MAX. */
static void max_rows(DType dt, int64_t cols)
{
    char text[512];
    snprintf(text, sizeof text,
             "graph \"maxes\"\n%%1 = input name=\"x\" : %s[9,%lld]\n"
             "%%2 = reduce_max %%1 axes=[1] keep=0 : %s[9]\n%%3 = output %%2 name=\"m\" : %s[9]\n",
             dt_name(dt), (long long)cols, dt_name(dt), dt_name(dt));
    Sides d;
    sides_open(&d, text, NULL, NULL);
    Tensor *v = tensor_new(&d.t.cx, &ir_node(d.g, 1)->type);
    uint64_t seed = 7;
    for (int64_t r = 0; r < 9; r++)
        for (int64_t c = 0; c < cols; c++) {
            double u = -(double)(rng_next(&seed) % 1000) - 1, w = u;
            switch (r) {
            case 0: w = c == cols / 2 ? NAN : u; break;
            case 1: w = -INFINITY; break;
            case 2: w = c % 3 ? -0.0 : 0.0; break;
            case 3: w = c == cols - 2 ? INFINITY : u; break;
            case 5: w = c % 2 ? 0x1p-140 * (double)c : -0.0; break;
            case 6: w = c == cols - 1 ? -NAN : u; break;
            case 7: w = c % 2 ? -FLT_MAX : -INFINITY; break;
            case 8: w = c == 0 ? NAN : u; break;
            default: break;
            }
            tensor_set(v, r * cols + c, w);
        }
    ck_assert(ir_interp_set(d.ip, 1, v) && cpu_exec_set(d.x, 1, v));
    ck_assert_msg(ir_interp_run(d.ip) && cpu_exec_run(d.x), "%s", tc_diag(&d.t));
    const Tensor *want = ir_interp_value(d.ip, 2);
    Tensor *got = cpu_exec_get(d.x, 3);
    ck_assert_ptr_nonnull(got);
    for (int64_t r = 0; r < 9; r++) {
        double a = tensor_get(got, r), b = tensor_get(want, r);
        ck_assert_msg(isnan(b) ? isnan(a) : a == b, "%s row %lld of %lld: cpu %a, interpreter %a", dt_name(dt),
                      (long long)r, (long long)cols, a, b);
    }
    tensor_free(&d.t.cx, got);
    tensor_free(&d.t.cx, v);
    sides_close(&d);
}

START_TEST(t_row_max)
{
    max_rows(DT_F32, 64);
    max_rows(DT_F32, 7);
    max_rows(DT_BF16, 64);
}
END_TEST

START_TEST(t_mlp_with_gradients)
{
    TestCtx t;
    tc_init(&t);
    Graph *g = ir_parse(&t.cx, "mlp.pir", mlp_pir, strlen(mlp_pir));
    ck_assert_msg(g && pass_autodiff(&t.cx, g) && pass_dce(&t.cx, g), "%s", tc_diag(&t));
    char *text = ir_print_str(g);
    ir_graph_free(g);
    tc_fini(&t);
    diff_ok(text, 0);
    ck_assert_ptr_nonnull(strstr(text, "grad.w1"));
    free(text);
}
END_TEST

/* --------------------------------------------------- fault injection */

/* The check is only worth something if it fails when the code is wrong:
 * break one emitted add (it becomes a sub) and expect mismatches. */
START_TEST(t_fault_injection_caught)
{
    CgOptions co = {.fault_op = OP_ADD, .opt_level = 2};
    DiffResult r = diff_run(attention_pir, NULL, &co, 1);
    ck_assert_int_eq(r.mismatches, 0); /* no add in it: nothing to break */
    char *text = golden_text("layernorm");
    r = diff_run(text, NULL, &co, 1);
    ck_assert_int_gt(r.mismatches, 0);
    co.fault_op = OP_REDUCE_SUM;
    r = diff_run(softmax_pir, NULL, &co, 1);
    ck_assert_int_gt(r.mismatches, 0);
    co.fault_op = OP_NONE;
    r = diff_run(text, NULL, &co, 1);
    ck_assert_int_eq(r.mismatches, 0);
    free(text);
}
END_TEST

/* ------------------------------------------------------ GEMM threads */

/* GEMM kernels of at least 2^20 FLOPs split over the executor's threads
 * (runtime/cpu_templates.c): by products when a kernel has as many as
 * threads, else by tiles of rows or columns, with bf16 operands widened
 * over the threads first.  Three threads, whatever the machine has, so
 * tiles come out uneven.  Run twice: bf16 products on AMX tiles where
 * this CPU has them (runtime/cpu_amx.c), then widened for sgemm. */
static const char gemm_threads_pir[] =
    "graph \"gemm_threads\"\n"
    "# f32, one product with more rows than columns: a tile of rows per thread\n"
    "%1 = input name=\"a\" : f32[128,64]\n"
    "%2 = input name=\"w\" : f32[96,64]\n"
    "%3 = matmul %1, %2 ta=0 tb=1 : f32[128,96]\n"
    "%4 = output %3 name=\"rows\" : f32[128,96]\n"
    "# f32, A stored transposed, more columns than rows: tiles of columns\n"
    "%5 = input name=\"at\" : f32[128,40]\n"
    "%6 = input name=\"b\" : f32[128,200]\n"
    "%7 = matmul %5, %6 ta=1 tb=0 : f32[40,200]\n"
    "%8 = output %7 name=\"cols\" : f32[40,200]\n"
    "# f32, six products: handed out whole, two per thread\n"
    "%9 = input name=\"q\" : f32[6,64,32]\n"
    "%10 = input name=\"k\" : f32[6,64,32]\n"
    "%11 = matmul %9, %10 ta=0 tb=1 : f32[6,64,64]\n"
    "%12 = output %11 name=\"batch\" : f32[6,64,64]\n"
    "# bf16 operands widened over the threads, then tiles; the bias epilogue\n"
    "# and the rounding to bf16 per tile\n"
    "%13 = input name=\"xb\" : f32[160,80]\n"
    "%14 = cast %13 : bf16[160,80]\n"
    "%15 = input name=\"wb\" : f32[96,80]\n"
    "%16 = cast %15 : bf16[96,80]\n"
    "%17 = matmul %14, %16 ta=0 tb=1 : f32[160,96]\n"
    "%18 = input name=\"bias\" : f32[96]\n"
    "%19 = cast %18 : bf16[96]\n"
    "%20 = cast %19 : f32[96]\n"
    "%21 = broadcast %20 : f32[160,96]\n"
    "%22 = add %17, %21 : f32[160,96]\n"
    "%23 = cast %22 : bf16[160,96]\n"
    "%24 = output %23 name=\"bf16_bias\" : bf16[160,96]\n"
    "# bf16 in and out, five products: each widened (or packed for AMX) by the thread that has it\n"
    "%25 = input name=\"p\" : bf16[5,64,48]\n"
    "%26 = input name=\"v\" : bf16[5,48,64]\n"
    "%27 = matmul %25, %26 ta=0 tb=0 : bf16[5,64,64]\n"
    "%28 = output %27 name=\"bf16_batch\" : bf16[5,64,64]\n"
    "# f64 with its bias, two products (fewer than threads): tiles, one product\n"
    "# after the other\n"
    "%29 = input name=\"d\" : f64[2,96,64]\n"
    "%30 = input name=\"e\" : f64[2,64,96]\n"
    "%31 = matmul %29, %30 ta=0 tb=0 : f64[2,96,96]\n"
    "%32 = input name=\"dbias\" : f64[96]\n"
    "%33 = broadcast %32 : f64[2,96,96]\n"
    "%34 = add %31, %33 : f64[2,96,96]\n"
    "%35 = output %34 name=\"f64_bias\" : f64[2,96,96]\n"
    "# bf16 operands (A transposed), f32 result: row tiles of each product\n"
    "%36 = input name=\"s\" : bf16[2,120,72]\n"
    "%37 = input name=\"t\" : bf16[2,120,64]\n"
    "%38 = matmul %36, %37 ta=1 tb=0 : f32[2,72,64]\n"
    "%39 = output %38 name=\"bf16_f32\" : f32[2,72,64]\n"
    "# bf16, two products of one weight (a permuted A the plan cannot stack):\n"
    "# the weight is widened or packed once\n"
    "%40 = input name=\"xs\" : bf16[128,2,96]\n"
    "%41 = permute %40 perm=[1,0,2] : bf16[2,128,96]\n"
    "%42 = input name=\"ws\" : bf16[96,80]\n"
    "%43 = broadcast %42 : bf16[2,96,80]\n"
    "%44 = matmul %41, %43 ta=0 tb=0 : f32[2,128,80]\n"
    "%45 = output %44 name=\"shared_b\" : f32[2,128,80]\n"
    "# bf16, ragged, odd k, B transposed, under 2^20 FLOPs (one thread)\n"
    "%46 = input name=\"sm\" : bf16[70,51]\n"
    "%47 = input name=\"sn\" : bf16[99,51]\n"
    "%48 = matmul %46, %47 ta=0 tb=1 : bf16[70,99]\n"
    "%49 = output %48 name=\"small\" : bf16[70,99]\n";

START_TEST(t_gemm_threads)
{
    CgOptions co = {.threads = 3, .opt_level = 1, .no_amx = _i == 1};
    if (!_i && !rt_amx_enable()) fprintf(stderr, "t_gemm_threads: this CPU has no usable AMX; sgemm both times\n");
    DiffResult r = diff_run(gemm_threads_pir, NULL, &co, 2);
    ck_assert_int_eq(r.mismatches, 0);
    ck_assert_uint_eq(r.gemms, 9);
}
END_TEST

/* The structured ops (tests/golden/structured.pir: neighbor_topk_gather
 * in f32 and bf16) on 3 threads: the template splits its norms and its
 * queries over the pool, and must select what the interpreter selects. */
START_TEST(t_templates_threads)
{
    char *text = golden_text("structured");
    CgOptions co = {.threads = 3, .opt_level = 1};
    DiffResult r = diff_run(text, NULL, &co, 2);
    ck_assert_int_eq(r.mismatches, 0);
    free(text);
}
END_TEST

/* A kernel with no parallel axis and no sum, as AdamW's update of one
 * tensor fuses: elementwise stores over [256,160] and the new step count,
 * a scalar.  The executors split it over its first axis (codegen/
 * llvm_cpu.c cg_cpu_splits); only the first chunk stores the scalar. */
static const char adam_like_pir[] =
    "graph \"adam_like\"\n"
    "%1 = param name=\"w\" init=\"zeros\" tags=[] frozen_epochs=0 : f32[256,160]\n"
    "%2 = state name=\"m\" init=\"zeros\" : f32[256,160]\n"
    "%3 = state name=\"t\" init=\"zeros\" : i64[]\n"
    "%4 = input name=\"g\" : f32[256,160]\n"
    "%5 = input name=\"lr\" : f32[]\n"
    "%6 = const data=[1] : i64[]\n"
    "%7 = add %3, %6 : i64[]\n"
    "%8 = cast %7 : f32[]\n"
    "%9 = mul %8, %5 : f32[]\n"
    "%10 = const data=[0.9] : f32[]\n"
    "%11 = broadcast %10 : f32[256,160]\n"
    "%12 = mul %2, %11 : f32[256,160]\n"
    "%13 = add %12, %4 : f32[256,160]\n"
    "%14 = broadcast %9 : f32[256,160]\n"
    "%15 = mul %13, %14 : f32[256,160]\n"
    "%16 = sub %1, %15 : f32[256,160]\n"
    "%17 = assign %1, %16 : f32[256,160]\n"
    "%18 = assign %2, %13 : f32[256,160]\n"
    "%19 = assign %3, %7 : i64[]\n";

START_TEST(t_split_without_parallel_axes)
{
    CgOptions co = {.threads = 3, .opt_level = 1};
    Sides d;
    sides_open(&d, adam_like_pir, NULL, &co);
    ck_assert_uint_eq(d.p->nkernels, 1);
    ck_assert_int_eq(d.p->kernels[0].npar, 0);
    ck_assert(cg_cpu_splits(d.p, &d.p->kernels[0]));
    sides_close(&d);
    DiffResult r = diff_run(adam_like_pir, NULL, &co, 3);
    ck_assert_int_eq(r.mismatches, 0);
}
END_TEST

/* ----------------------------------------------------------- memory plan */

START_TEST(t_memplan_bound)
{
    DiffResult r = diff_ok(attention_pir, 0);
    ck_assert_uint_gt(r.act_bound, 0);
    ck_assert_uint_ge(r.act_peak, r.act_bound);
    ck_assert(r.act_peak * 100 <= r.act_bound * 115);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("cpu_diff");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 60);
    int ng = (int)(sizeof golden_files / sizeof golden_files[0]);
    tcase_add_loop_test(tc, t_golden_all_fusions, 0, ng);
    tcase_add_loop_test(tc, t_golden_no_fusion, 0, ng);
    tcase_add_loop_test(tc, t_golden_switches, 0, ng);
    tcase_add_loop_test(tc, t_fuse_golden_switches, 0, (int)(sizeof fuse_files / sizeof fuse_files[0]));
    tcase_add_test(tc, t_softmax_one_kernel);
    tcase_add_test(tc, t_reshape_copy);
    tcase_add_test(tc, t_slice_block);
    tcase_add_test(tc, t_cast_outputs);
    tcase_add_test(tc, t_reshaped_splat);
    tcase_add_test(tc, t_wide_reduction);
    tcase_add_test(tc, t_attention);
    tcase_add_test(tc, t_dtypes);
    tcase_add_loop_test(tc, t_fast_math, 0, (int)(sizeof math_cases / sizeof math_cases[0]));
    tcase_add_test(tc, t_row_max);
    tcase_add_test(tc, t_mlp_with_gradients);
    tcase_add_test(tc, t_fault_injection_caught);
    tcase_add_test(tc, t_memplan_bound);
    tcase_add_loop_test(tc, t_gemm_threads, 0, 2);
    tcase_add_test(tc, t_templates_threads);
    tcase_add_test(tc, t_split_without_parallel_axes);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return tc_run_suite(suite()); }
