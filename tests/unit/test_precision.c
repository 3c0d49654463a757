/* test_precision.c — passes/precision.c: the bf16 policy.
 *
 * - golden: a small graph (matmul, bias, GELU-like product, layer norm,
 *   log-softmax loss, a weight-gradient-like product) before and after
 *   the pass, hand-written: casts exactly where the table atop
 *   precision.c puts them; views of a product are read in bf16 directly;
 *   views of a value only products read share one cast below the views.
 * - the tiny DINO+PASS step under bf16 verifies, every matmul in it is
 *   bf16, the pass is idempotent, and the first loss on the interpreter
 *   is within bf16 tolerance of the f32 policy's loss (and not equal).
 * - the compiled CPU step under bf16 matches the interpreter under bf16
 *   (outputs: losses and gradients; assigns: parameters, moments, teacher,
 *   centres), and every GEMM kernel but the sums written as products
 *   (passes/colsum.c, f32 as every reduction) runs on bf16 operands.
 * - policy f32 leaves graphs unchanged (printed text equal). */
#include "testutil.h"
#include "runtime/cpu.h"
#include "passes/passes.h"
#include "tests/gpu/leaves.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------- helpers */

static Graph *parse(TestCtx *t, const char *text)
{
    Graph *g = ir_parse(&t->cx, "test.pir", text, strlen(text));
    ck_assert_msg(g && ir_verify(&t->cx, g), "%s", tc_diag(t));
    return g;
}

/* Runs the policy on the graph of text and returns the printed result. */
static char *apply_text(TestCtx *t, const char *text, Precision prec)
{
    Graph *g = parse(t, text);
    ck_assert_msg(prec_apply(&t->cx, g, prec) && ir_verify(&t->cx, g), "%s", tc_diag(t));
    char *s = ir_print_str(g);
    ir_graph_free(g);
    return s;
}

#define G "graph \"t\"\n"
#define LEAVES                                                                                                      \
    "%1 = input name=\"x\" : f32[4,8]\n"                                                                            \
    "%2 = param name=\"w1\" init=\"\" tags=[] frozen_epochs=0 : f32[6,8]\n"                                          \
    "%3 = param name=\"b1\" init=\"\" tags=[] frozen_epochs=0 : f32[6]\n"                                            \
    "%4 = param name=\"w2\" init=\"\" tags=[] frozen_epochs=0 : f32[6,3]\n"                                          \
    "%5 = input name=\"y\" : f32[4,3]\n"

/* h = x @ w1^T + b1; a = h * erf(h); z = layer_norm(a) (no affine);
 * loss = -sum(y * log_softmax(z @ w2)); g = z^T @ log_softmax(...). */
static const char golden_in[] =
    G LEAVES
    "%6 = matmul %1, %2 ta=0 tb=1 : f32[4,6]\n"
    "%7 = broadcast %3 : f32[4,6]\n"
    "%8 = add %6, %7 : f32[4,6]\n"
    "%9 = erf %8 : f32[4,6]\n"
    "%10 = mul %8, %9 : f32[4,6]\n"
    "%11 = reduce_sum %10 axes=[1] keep=1 : f32[4,1]\n"
    "%12 = const data=[0.16666667] : f32[]\n"
    "%13 = broadcast %12 : f32[4,1]\n"
    "%14 = mul %11, %13 : f32[4,1]\n"
    "%15 = broadcast %14 : f32[4,6]\n"
    "%16 = sub %10, %15 : f32[4,6]\n"
    "%17 = mul %16, %16 : f32[4,6]\n"
    "%18 = reduce_sum %17 axes=[1] keep=1 : f32[4,1]\n"
    "%19 = mul %18, %13 : f32[4,1]\n"
    "%20 = rsqrt %19 : f32[4,1]\n"
    "%21 = broadcast %20 : f32[4,6]\n"
    "%22 = mul %16, %21 : f32[4,6]\n"
    "%23 = matmul %22, %4 ta=0 tb=0 : f32[4,3]\n"
    "%24 = reduce_max %23 axes=[1] keep=1 : f32[4,1]\n"
    "%25 = broadcast %24 : f32[4,3]\n"
    "%26 = sub %23, %25 : f32[4,3]\n"
    "%27 = exp %26 : f32[4,3]\n"
    "%28 = reduce_sum %27 axes=[1] keep=1 : f32[4,1]\n"
    "%29 = log %28 : f32[4,1]\n"
    "%30 = broadcast %29 : f32[4,3]\n"
    "%31 = sub %26, %30 : f32[4,3]\n"
    "%32 = mul %5, %31 : f32[4,3]\n"
    "%33 = reduce_sum %32 axes=[0,1] keep=0 : f32[]\n"
    "%34 = neg %33 : f32[]\n"
    "%35 = output %34 name=\"loss\" : f32[]\n"
    "%36 = matmul %22, %31 ta=1 tb=0 : f32[6,3]\n"
    "%37 = output %36 name=\"g\" : f32[6,3]\n";

/* Operands cast to bf16 once each (%26, the layer-norm output, serves
 * both products); products in bf16; each reader of a product gets its own
 * cast to f32 (%29, %32); bias, GELU, layer-norm statistics, softmax rows
 * and the loss stay f32. */
static const char golden_out[] =
    G LEAVES
    "%6 = cast %1 : bf16[4,8]\n"
    "%7 = cast %2 : bf16[6,8]\n"
    "%8 = matmul %6, %7 ta=0 tb=1 : bf16[4,6]\n"
    "%9 = broadcast %3 : f32[4,6]\n"
    "%10 = cast %8 : f32[4,6]\n"
    "%11 = add %10, %9 : f32[4,6]\n"
    "%12 = erf %11 : f32[4,6]\n"
    "%13 = mul %11, %12 : f32[4,6]\n"
    "%14 = reduce_sum %13 axes=[1] keep=1 : f32[4,1]\n"
    "%15 = const data=[0.16666667] : f32[]\n"
    "%16 = broadcast %15 : f32[4,1]\n"
    "%17 = mul %14, %16 : f32[4,1]\n"
    "%18 = broadcast %17 : f32[4,6]\n"
    "%19 = sub %13, %18 : f32[4,6]\n"
    "%20 = mul %19, %19 : f32[4,6]\n"
    "%21 = reduce_sum %20 axes=[1] keep=1 : f32[4,1]\n"
    "%22 = mul %21, %16 : f32[4,1]\n"
    "%23 = rsqrt %22 : f32[4,1]\n"
    "%24 = broadcast %23 : f32[4,6]\n"
    "%25 = mul %19, %24 : f32[4,6]\n"
    "%26 = cast %25 : bf16[4,6]\n"
    "%27 = cast %4 : bf16[6,3]\n"
    "%28 = matmul %26, %27 ta=0 tb=0 : bf16[4,3]\n"
    "%29 = cast %28 : f32[4,3]\n"
    "%30 = reduce_max %29 axes=[1] keep=1 : f32[4,1]\n"
    "%31 = broadcast %30 : f32[4,3]\n"
    "%32 = cast %28 : f32[4,3]\n"
    "%33 = sub %32, %31 : f32[4,3]\n"
    "%34 = exp %33 : f32[4,3]\n"
    "%35 = reduce_sum %34 axes=[1] keep=1 : f32[4,1]\n"
    "%36 = log %35 : f32[4,1]\n"
    "%37 = broadcast %36 : f32[4,3]\n"
    "%38 = sub %33, %37 : f32[4,3]\n"
    "%39 = mul %5, %38 : f32[4,3]\n"
    "%40 = reduce_sum %39 axes=[0,1] keep=0 : f32[]\n"
    "%41 = neg %40 : f32[]\n"
    "%42 = output %41 name=\"loss\" : f32[]\n"
    "%43 = cast %38 : bf16[4,3]\n"
    "%44 = matmul %26, %43 ta=1 tb=0 : bf16[6,3]\n"
    "%45 = cast %44 : f32[6,3]\n"
    "%46 = output %45 name=\"g\" : f32[6,3]\n";

/* A product read through a view by another product (q, k sliced out of a
 * qkv product): the view is rebuilt on the bf16 product, and the f32 view
 * no one reads any more is removed. */
static const char view_in[] =
    G "%1 = input name=\"x\" : f32[2,4]\n"
    "%2 = input name=\"w\" : f32[4,4]\n"
    "%3 = matmul %1, %2 ta=0 tb=0 : f32[2,4]\n"
    "%4 = reshape %3 : f32[2,2,2]\n"
    "%5 = matmul %4, %4 ta=0 tb=1 : f32[2,2,2]\n"
    "%6 = output %5 name=\"s\" : f32[2,2,2]\n";

static const char view_out[] =
    G "%1 = input name=\"x\" : f32[2,4]\n"
    "%2 = input name=\"w\" : f32[4,4]\n"
    "%3 = cast %1 : bf16[2,4]\n"
    "%4 = cast %2 : bf16[4,4]\n"
    "%5 = matmul %3, %4 ta=0 tb=0 : bf16[2,4]\n"
    "%6 = reshape %5 : bf16[2,2,2]\n"
    "%7 = matmul %6, %6 ta=0 tb=1 : bf16[2,2,2]\n"
    "%8 = cast %7 : f32[2,2,2]\n"
    "%9 = output %8 name=\"s\" : f32[2,2,2]\n";

/* Views of an f32 value that only products read (q, k and v sliced out of
 * qkv + bias): one bf16 copy below the views, shared by them, so the
 * value's producer stores bf16.  It goes no lower than a value something
 * else reads (the add is also read by exp), and a view of such a value
 * (the slice of exp, which is an output too) is cast on its own. */
static const char hoist_in[] =
    G
    "%1 = input name=\"x\" : f32[2,4]\n"
    "%2 = input name=\"w\" : f32[4,8]\n"
    "%3 = input name=\"b\" : f32[8]\n"
    "%4 = matmul %1, %2 ta=0 tb=0 : f32[2,8]\n"
    "%5 = broadcast %3 : f32[2,8]\n"
    "%6 = add %4, %5 : f32[2,8]\n"
    "%7 = reshape %6 : f32[2,2,4]\n"
    "%8 = slice %7 lo=[0,0,0] hi=[2,1,4] : f32[2,1,4]\n"
    "%9 = reshape %8 : f32[2,4]\n"
    "%10 = slice %7 lo=[0,1,0] hi=[2,2,4] : f32[2,1,4]\n"
    "%11 = reshape %10 : f32[2,4]\n"
    "%12 = matmul %9, %11 ta=1 tb=0 : f32[4,4]\n"
    "%13 = output %12 name=\"s\" : f32[4,4]\n"
    "%14 = exp %6 : f32[2,8]\n"
    "%15 = slice %14 lo=[0,0] hi=[2,4] : f32[2,4]\n"
    "%16 = matmul %15, %1 ta=1 tb=0 : f32[4,4]\n"
    "%17 = output %16 name=\"e\" : f32[4,4]\n"
    "%18 = output %14 name=\"f\" : f32[2,8]\n";

static const char hoist_out[] =
    G
    "%1 = input name=\"x\" : f32[2,4]\n"
    "%2 = input name=\"w\" : f32[4,8]\n"
    "%3 = input name=\"b\" : f32[8]\n"
    "%4 = cast %1 : bf16[2,4]\n"
    "%5 = cast %2 : bf16[4,8]\n"
    "%6 = matmul %4, %5 ta=0 tb=0 : bf16[2,8]\n"
    "%7 = broadcast %3 : f32[2,8]\n"
    "%8 = cast %6 : f32[2,8]\n"
    "%9 = add %8, %7 : f32[2,8]\n"
    "%10 = reshape %9 : f32[2,2,4]\n"
    "%11 = cast %10 : bf16[2,2,4]\n"
    "%12 = slice %11 lo=[0,0,0] hi=[2,1,4] : bf16[2,1,4]\n"
    "%13 = reshape %12 : bf16[2,4]\n"
    "%14 = slice %11 lo=[0,1,0] hi=[2,2,4] : bf16[2,1,4]\n"
    "%15 = reshape %14 : bf16[2,4]\n"
    "%16 = matmul %13, %15 ta=1 tb=0 : bf16[4,4]\n"
    "%17 = cast %16 : f32[4,4]\n"
    "%18 = output %17 name=\"s\" : f32[4,4]\n"
    "%19 = exp %9 : f32[2,8]\n"
    "%20 = slice %19 lo=[0,0] hi=[2,4] : f32[2,4]\n"
    "%21 = cast %20 : bf16[2,4]\n"
    "%22 = matmul %21, %4 ta=1 tb=0 : bf16[4,4]\n"
    "%23 = cast %22 : f32[4,4]\n"
    "%24 = output %23 name=\"e\" : f32[4,4]\n"
    "%25 = output %19 name=\"f\" : f32[2,8]\n";

/* ------------------------------------------------------- golden tests */

START_TEST(t_golden)
{
    TestCtx t;
    tc_init(&t);
    const char *in[3] = {golden_in, view_in, hoist_in}, *out[3] = {golden_out, view_out, hoist_out};
    for (int i = 0; i < 3; i++) {
        char *once = apply_text(&t, in[i], PREC_BF16);
        ck_assert_str_eq(once, out[i]);
        char *twice = apply_text(&t, once, PREC_BF16); /* idempotent */
        ck_assert_str_eq(twice, out[i]);
        free(once);
        free(twice);
    }
    tc_fini(&t);
}
END_TEST

START_TEST(t_f32_is_identity)
{
    TestCtx t;
    tc_init(&t);
    char *s = apply_text(&t, golden_in, PREC_F32);
    Graph *g = parse(&t, golden_in);
    char *canon = ir_print_str(g); /* the input's canonical text */
    ck_assert_str_eq(s, canon);
    ir_graph_free(g);
    free(s);
    free(canon);
    tc_fini(&t);
}
END_TEST

START_TEST(t_parse)
{
    Precision p = PREC_BF16;
    ck_assert(prec_parse("f32", &p) && p == PREC_F32);
    ck_assert(prec_parse("bf16", &p) && p == PREC_BF16);
    ck_assert(!prec_parse("f16", &p) && !prec_parse("BF16", &p) && !prec_parse("", &p));
    ck_assert_str_eq(prec_name(PREC_BF16), "bf16");
    ck_assert_str_eq(prec_name(PREC_F32), "f32");
}
END_TEST

/* ------------------------------------------------------- the tiny step */

static Model *load_step(TestCtx *t, Precision prec)
{
    const char *root = getenv("PASSC_SOURCE_DIR");
    char path[1024];
    snprintf(path, sizeof path, "%s/models/tiny_dino_pass.yaml", root ? root : ".");
    Model *m = fe_load(&t->cx, path, NULL, 0);
    ck_assert_msg(m, "%s", tc_diag(t));
    ck_assert_msg(step_build(&t->cx, m, &(StepOptions){.grad_outputs = true}), "%s", tc_diag(t));
    ck_assert_msg(prec_apply(&t->cx, m->g, prec) && ir_verify(&t->cx, m->g), "%s", tc_diag(t));
    ck_assert_msg(pass_pipeline_run(&t->cx, m->g, &(PipelineOptions){0}) && ir_verify(&t->cx, m->g), "%s", tc_diag(t));
    return m;
}

static bool is_set_leaf(Op op) { return op == OP_PARAM || op == OP_STATE || op == OP_INPUT; }

/* Seeded leaf values (tests/gpu/leaves.h) in graph order: the policy
 * keeps the leaves and their order, so both policies see the same values.
 * x may be NULL (interpreter only). */
static Interp *interp_with_leaves(TestCtx *t, const Graph *g, CpuExec *x)
{
    Interp *ip = ir_interp_new(&t->cx, g, IP_F32);
    ck_assert_msg(ip, "%s", tc_diag(t));
    Rng r = {20240611};
    for (NodeId id = 1; id < g->nnodes; id++) {
        const Node *n = ir_node(g, id);
        if (!is_set_leaf(n->op)) continue;
        Tensor *v = random_leaf(&t->cx, g, n, &r);
        ck_assert_ptr_nonnull(v);
        ck_assert_msg(ir_interp_set(ip, id, v), "%s", tc_diag(t));
        ck_assert_msg(!x || cpu_exec_set(x, id, v), "%s", tc_diag(t));
        tensor_free(&t->cx, v);
    }
    return ip;
}

static NodeId output_named(const Graph *g, const char *name)
{
    for (NodeId id = 1; id < g->nnodes; id++) {
        const Node *n = ir_node(g, id);
        if (n->op == OP_OUTPUT && !strcmp(n->a.name, name)) return id;
    }
    ck_abort_msg("no output %s", name);
    return 0;
}

static double first_loss(Precision prec, uint32_t *bf16_matmuls, uint32_t *f32_matmuls)
{
    TestCtx t;
    tc_init(&t);
    Model *m = load_step(&t, prec);
    *bf16_matmuls = *f32_matmuls = 0;
    for (NodeId id = 1; id < m->g->nnodes; id++) {
        const Node *n = ir_node(m->g, id);
        if (n->op != OP_MATMUL || colsum_is_sum(m->g, n)) continue; /* sums stay f32 */
        DType in = ir_node(m->g, n->in[0])->type.dt; /* a bias product's result stays f32 */
        *bf16_matmuls += in == DT_BF16;
        *f32_matmuls += in == DT_F32;
    }
    Interp *ip = interp_with_leaves(&t, m->g, NULL);
    ck_assert_msg(ir_interp_run(ip), "%s", tc_diag(&t));
    double loss = tensor_get(ir_interp_value(ip, output_named(m->g, "loss")), 0);
    ir_interp_free(ip);
    fe_model_free(m);
    tc_fini(&t);
    return loss;
}

START_TEST(t_tiny_step_loss)
{
    uint32_t b16, f32, b16_ref, f32_ref;
    double ref = first_loss(PREC_F32, &b16_ref, &f32_ref);
    double got = first_loss(PREC_BF16, &b16, &f32);
    if (getenv("PRECISION_VERBOSE")) fprintf(stderr, "tiny step loss: f32 %.9g, bf16 %.9g\n", ref, got);
    ck_assert_uint_eq(b16_ref, 0);
    ck_assert_uint_gt(f32_ref, 100);
    ck_assert_uint_eq(b16, f32_ref); /* every product converted, none lost */
    ck_assert_uint_eq(f32, 0);
    ck_assert(isfinite(ref) && ref > 0);
    ck_assert_msg(fabs(got - ref) <= 2e-2 * fabs(ref), "bf16 loss %.9g vs f32 loss %.9g", got, ref);
    ck_assert_msg(got != ref, "bf16 rounding did not change the loss: policy not applied?");
}
END_TEST

/* A linear layer whose sum only products read (q, k and v of qkv) is
 * rounded once: matmul(bf16, bf16) : f32, plus the bias rounded to bf16
 * and widened, cast to bf16 (the form of a GEMM with a bias epilogue,
 * passes/fuse_bias.c), and fusion computes it in the GEMM kernel. */
START_TEST(t_tiny_step_bias_products)
{
    TestCtx t;
    tc_init(&t);
    Model *m = load_step(&t, PREC_BF16);
    const Graph *g = m->g;
    uint32_t *cnt = ir_use_counts(g), nbias = 0;
    for (NodeId id = 1; id < g->nnodes; id++) {
        const Node *n = ir_node(g, id);
        if (n->op != OP_MATMUL || n->type.dt != DT_F32 || colsum_is_sum(g, n)) continue;
        ck_assert_int_eq(ir_node(g, n->in[0])->type.dt, DT_BF16);
        ck_assert_uint_eq(cnt[id], 1);
        NodeId a = 0;
        for (NodeId u = id + 1; u < g->nnodes && !a; u++)
            if (ir_node(g, u)->op == OP_ADD && (ir_node(g, u)->in[0] == id || ir_node(g, u)->in[1] == id)) a = u;
        ck_assert_uint_ne(a, 0);
        const Node *add = ir_node(g, a), *b = ir_node(g, add->in[add->in[0] == id]);
        ck_assert_int_eq(b->op, OP_BROADCAST);
        const Node *w = ir_node(g, b->in[0]);
        ck_assert(w->op == OP_CAST && w->type.dt == DT_F32 && ir_node(g, w->in[0])->type.dt == DT_BF16);
        ck_assert_uint_eq(cnt[a], 1);
        bool cast = false;
        for (NodeId u = a + 1; u < g->nnodes && !cast; u++)
            cast = ir_node(g, u)->op == OP_CAST && ir_node(g, u)->in[0] == a && ir_node(g, u)->type.dt == DT_BF16;
        ck_assert(cast);
        nbias++;
    }
    ck_assert_uint_gt(nbias, 0);
    KernelProgram *p = NULL;
    ck_assert_msg(kir_compile(&t.cx, g, NULL, &p), "%s", tc_diag(&t));
    uint32_t nk = 0;
    for (uint32_t k = 0; k < p->nkernels; k++) nk += p->kernels[k].kind == KK_GEMM && p->kernels[k].gbias.rank == 1;
    ck_assert_uint_eq(nk, nbias);
    kir_free(p);
    cx_free(&t.cx, cnt);
    fe_model_free(m);
    tc_fini(&t);
}
END_TEST

START_TEST(t_tiny_step_idempotent_and_f32_identity)
{
    TestCtx t;
    tc_init(&t);
    Model *m = load_step(&t, PREC_BF16);
    char *once = ir_print_str(m->g);
    ck_assert_msg(prec_apply(&t.cx, m->g, PREC_BF16) && pass_precision(&t.cx, m->g), "%s", tc_diag(&t));
    ck_assert_msg(prec_apply(&t.cx, m->g, PREC_F32), "%s", tc_diag(&t));
    char *again = ir_print_str(m->g);
    ck_assert(!strcmp(once, again));
    free(once);
    free(again);
    fe_model_free(m);
    m = load_step(&t, PREC_F32);
    char *f32 = ir_print_str(m->g);
    ck_assert_msg(!strstr(f32, ": bf16["), "policy f32 introduced bf16 values");
    free(f32);
    fe_model_free(m);
    tc_fini(&t);
}
END_TEST

/* ------------------------------------------------- CPU vs interpreter */

/* Elements may differ where the two sides round a bf16 value differently
 * (f32 inputs summed in another order land on the other side of a bf16
 * rounding boundary: one bf16 ulp, 2^-8 relative, which later sums
 * spread), so the bound is relative to the element and to the tensor's
 * largest magnitude, as test_step_diff's bf16 row.  Integers exact. */
static int64_t count_bad(const Tensor *got, const Tensor *ref)
{
    bool fl = dt_is_float(ref->type.dt);
    double scale = tensor_max_abs(ref), tol = fl ? 3e-2 : 0;
    int64_t bad = 0;
    for (int64_t k = 0; k < ref->numel; k++) {
        double a = tensor_get(got, k), b = tensor_get(ref, k);
        bool ok = isnan(a) || isnan(b) ? isnan(a) && isnan(b) : fabs(a - b) <= tol * (fabs(b) + scale);
        bad += !ok;
    }
    return bad;
}

START_TEST(t_tiny_step_cpu_matches_interpreter)
{
    TestCtx t;
    tc_init(&t);
    Model *m = load_step(&t, PREC_BF16);
    KernelProgram *p = NULL;
    ck_assert_msg(kir_compile(&t.cx, m->g, NULL, &p), "%s", tc_diag(&t));
    for (uint32_t k = 0; k < p->nkernels; k++) /* products stored in bf16, bias kernels' sums too */
        if (p->kernels[k].kind == KK_GEMM && !colsum_is_sum(m->g, ir_node(m->g, p->kernels[k].root)))
            ck_assert_int_eq(p->bufs[p->kernels[k].out].dt, DT_BF16);
    if (getenv("PRECISION_VERBOSE"))
        fprintf(stderr, "bf16 step: %u kernels (%u loop, %u gemm, %u template), activation peak %llu bytes\n",
                p->nkernels, kir_count(p, KK_LOOP), kir_count(p, KK_GEMM), kir_count(p, KK_TEMPLATE),
                (unsigned long long)p->plan.act_peak);
    CpuExec *x = cpu_exec_new(&t.cx, p, NULL);
    ck_assert_msg(x, "%s", tc_diag(&t));
    Interp *ip = interp_with_leaves(&t, m->g, x);
    ck_assert_msg(ir_interp_run(ip) && cpu_exec_run(x), "%s", tc_diag(&t));
    int64_t compared = 0, bad = 0;
    for (NodeId id = 1; id < m->g->nnodes; id++) {
        if (ir_ops[ir_node(m->g, id)->op].kind != OK_EFFECT) continue;
        Tensor *got = cpu_exec_get(x, id);
        ck_assert_ptr_nonnull(got);
        int64_t b = count_bad(got, ir_interp_value(ip, id));
        if (b) fprintf(stderr, "precision: node %%%u (%s %s) differs in %lld elements\n", id,
                       ir_ops[ir_node(m->g, id)->op].name, ir_node(m->g, id)->a.name ? ir_node(m->g, id)->a.name : "",
                       (long long)b);
        bad += b > 0;
        compared++;
        tensor_free(&t.cx, got);
    }
    ck_assert_int_gt(compared, 100);
    ck_assert_msg(bad == 0, "%lld of %lld outputs and assigns differ", (long long)bad, (long long)compared);
    ir_interp_free(ip);
    cpu_exec_free(x);
    kir_free(p);
    fe_model_free(m);
    tc_fini(&t);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("precision");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, t_golden);
    tcase_add_test(tc, t_f32_is_identity);
    tcase_add_test(tc, t_parse);
    tcase_add_test(tc, t_tiny_step_loss);
    tcase_add_test(tc, t_tiny_step_bias_products);
    tcase_add_test(tc, t_tiny_step_idempotent_and_f32_identity);
    tcase_add_test(tc, t_tiny_step_cpu_matches_interpreter);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return tc_run_suite(suite()); }
