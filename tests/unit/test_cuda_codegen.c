/* test_cuda_codegen.c — the CUDA backend without a GPU: golden text of
 * emitted kernels (tests/golden_cuda/NAME.pir -> NAME.cu), GEMM plans and
 * host constants checked against hand-computed values, and the clean
 * fallback when there is no driver.  (Every model through NVRTC, minutes,
 * is test_nvrtc_models.c.)  Set UPDATE_GOLDEN=1 to rewrite the .cu files. */
#include "testutil.h"
#include "codegen/cg_cuda.h"
#include "passes/passes.h"
#include "runtime/cuda.h"

#include <stdlib.h>
#include <string.h>

static const Kernel *kernel_of(const KernelProgram *p, NodeId root)
{
    for (uint32_t k = 0; k < p->nkernels; k++)
        if (p->kernels[k].root == root) return &p->kernels[k];
    ck_abort_msg("no kernel with root %%%u", root);
    return NULL;
}

/* ------------------------------------------------------------- golden */

static const char *const golden[] = {"bcast", "layernorm", "halves", "rowless", "resident"};

/* All kernels of the program, without the prelude. */
static char *kernels_text(TestCtx *t, const KernelProgram *p)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    ck_assert_ptr_nonnull(f);
    for (uint32_t k = 0; k < p->nkernels; k++) ck_assert(cg_cuda_emit_kernel(&t->cx, p, &p->kernels[k], f));
    fclose(f);
    return buf;
}

START_TEST(t_golden_text)
{
    TestCtx t;
    tc_init(&t);
    char pir[128], cu[128];
    snprintf(pir, sizeof pir, "tests/golden_cuda/%s.pir", golden[_i]);
    snprintf(cu, sizeof cu, "tests/golden_cuda/%s.cu", golden[_i]);
    Graph *g = tc_parse_source(&t, pir);
    KernelProgram *p = NULL;
    ck_assert_msg(kir_compile(&t.cx, g, NULL, &p), "%s", tc_diag(&t));
    char *got = kernels_text(&t, p);
    tc_check_golden(cu, got);
    free(got);
    kir_free(p);
    ir_graph_free(g);
    tc_fini(&t);
}
END_TEST

/* The broadcast add walks its rows four at a time; the 3x5 product
 * cannot (5 % 4 != 0); layer norm is one warp per row with shuffles. */
START_TEST(t_kernel_shapes)
{
    TestCtx t;
    tc_init(&t);
    Graph *g = tc_parse_source(&t, "tests/golden_cuda/bcast.pir");
    KernelProgram *p = NULL;
    ck_assert(kir_compile(&t.cx, g, NULL, &p));
    const Kernel *add = kernel_of(p, 4), *mul = kernel_of(p, 9);
    CgCudaLaunch la = cg_cuda_launch(p, add), lm = cg_cuda_launch(p, mul);
    ck_assert_int_eq(la.how, CGC_LAUNCH);
    ck_assert_uint_eq(la.grid, 1); /* 32 elements / 4 per thread = 8 threads */
    ck_assert_uint_eq(la.block, 256);
    ck_assert_uint_eq(lm.grid, 1);
    char *src = cg_cuda_source(&t.cx, p, NULL);
    ck_assert_ptr_nonnull(src);
    ck_assert_ptr_nonnull(strstr(src, "t < (I)8;"));  /* add: 8 groups of four */
    ck_assert_ptr_nonnull(strstr(src, "t < (I)15;")); /* mul: 15 points */
    ck_assert_ptr_nonnull(strstr(src, "make_float4("));
    cx_free(&t.cx, src);
    kir_free(p);
    ir_graph_free(g);
    g = tc_parse_source(&t, "tests/golden_cuda/layernorm.pir");
    ck_assert(kir_compile(&t.cx, g, NULL, &p));
    CgCudaLaunch ll = cg_cuda_launch(p, &p->kernels[0]);
    ck_assert_uint_eq(ll.grid, 1); /* 2 rows, 8 warps per block */
    src = cg_cuda_source(&t.cx, p, NULL);
    ck_assert_ptr_nonnull(strstr(src, "pc_warp<PcSum>(a1)"));
    ck_assert_ptr_nonnull(strstr(src, "if (row >= (I)2) return;"));
    cx_free(&t.cx, src);
    kir_free(p);
    ir_graph_free(g);
    tc_fini(&t);
}
END_TEST

/* Identical kernels (repeated layers) are compiled once. */
START_TEST(t_twins)
{
    TestCtx t;
    tc_init(&t);
    const char *text = "graph \"twins\"\n"
                       "%1 = input name=\"x\" : f32[6]\n"
                       "%2 = exp %1 : f32[6]\n"
                       "%3 = output %2 name=\"a\" : f32[6]\n"
                       "%4 = input name=\"y\" : f32[6]\n"
                       "%5 = exp %4 : f32[6]\n"
                       "%6 = output %5 name=\"b\" : f32[6]\n";
    Graph *g = ir_parse(&t.cx, "twins.pir", text, strlen(text));
    KernelProgram *p = NULL;
    ck_assert(g && kir_compile(&t.cx, g, NULL, &p));
    ck_assert_uint_eq(p->nkernels, 2);
    uint32_t twin[2];
    char *src = cg_cuda_source(&t.cx, p, twin);
    ck_assert_uint_eq(twin[0], 0);
    ck_assert_uint_eq(twin[1], 0);
    ck_assert_ptr_nonnull(strstr(src, "the same code as"));
    cx_free(&t.cx, src);
    kir_free(p);
    ir_graph_free(g);
    tc_fini(&t);
}
END_TEST

/* ---------------------------------------------------- GEMMs, constants */

/* The kernel program of a golden graph file. */
static KernelProgram *compiled(TestCtx *t, const char *path, Graph **g)
{
    *g = tc_parse_source(t, path);
    KernelProgram *p = NULL;
    ck_assert(kir_compile(&t->cx, *g, NULL, &p));
    return p;
}

/* The CUDA GEMM plan of the kernel of node id in the fused program of the
 * graph at path (a plain struct: the program is freed). */
static KGemmPlan plan_of(TestCtx *t, const char *path, NodeId id)
{
    Graph *g;
    KernelProgram *p = compiled(t, path, &g);
    KGemmPlan gp;
    ck_assert(cg_cuda_gemm_plan(p, kernel_of(p, id), &gp));
    kir_free(p);
    ir_graph_free(g);
    return gp;
}

/* scores = q[5,1,2,3] @ k[6,4,3]^T: out [5,6,2,4].  The inner batch is
 * the 6 keys (q broadcast: stride 0; k stride 12; out stride 8), the 5
 * queries an outer loop (q stride 6, k 0, out 48); k is stored [N,K]. */
START_TEST(t_gemm_plan)
{
    TestCtx t;
    tc_init(&t);
    Graph *g;
    KernelProgram *p = compiled(&t, "tests/golden/matmul.pir", &g);
    KGemmPlan gp;
    ck_assert(cg_cuda_gemm_plan(p, kernel_of(p, 10), &gp));
    ck_assert_int_eq(gp.m, 2);
    ck_assert_int_eq(gp.n, 4);
    ck_assert_int_eq(gp.k, 3);
    ck_assert(!gp.trans_a && gp.trans_b);
    ck_assert_int_eq(gp.lda, 3);
    ck_assert_int_eq(gp.ldb, 3);
    ck_assert_int_eq(gp.batch, 6);
    ck_assert_int_eq(gp.stride_a, 0);
    ck_assert_int_eq(gp.stride_b, 12);
    ck_assert_int_eq(gp.stride_c, 8);
    ck_assert_int_eq(gp.nouter, 1);
    ck_assert_int_eq(gp.outer_dim[0], 5);
    ck_assert_int_eq(gp.outer_a[0], 6);
    ck_assert_int_eq(gp.outer_b[0], 0);
    ck_assert_int_eq(gp.outer_c[0], 48);
    /* a^T a with a [2,3]: A stored [K=2, M=3] transposed, ld 3 */
    ck_assert(cg_cuda_gemm_plan(p, kernel_of(p, 6), &gp));
    ck_assert(gp.trans_a && !gp.trans_b);
    ck_assert_int_eq(gp.lda, 3);
    ck_assert_int_eq(gp.k, 2);
    ck_assert_int_eq(gp.batch, 1);
    ck_assert_int_eq(gp.nouter, 0);
    ck_assert_int_eq(cg_cuda_launch(p, kernel_of(p, 6)).how, CGC_GEMM);
    /* x[3,2,3] @ w[4,3]^T, w shared: the batch's rows stacked, one GEMM
     * [6,3] x [3,4] (ir/gemm_plan.c step d); bf16 likewise */
    ck_assert(cg_cuda_gemm_plan(p, kernel_of(p, 14), &gp));
    ck_assert_int_eq(gp.m, 6);
    ck_assert_int_eq(gp.batch, 1);
    ck_assert_int_eq(gp.nouter, 0);
    ck_assert(!gp.trans_a && gp.trans_b);
    ck_assert(cg_cuda_gemm_plan(p, kernel_of(p, 17), &gp));
    ck_assert_int_eq(gp.m, 6);
    ck_assert_int_eq(gp.batch, 1);
    kir_free(p);
    ir_graph_free(g);
    tc_fini(&t);
}
END_TEST

/* P[2,3,4,4] @ V[2,3,4,5] written as [2,4,3,5] (tests/golden_fuse/
 * gemm_permuted.pir): rows 15 apart; the heads (C 5 apart) would overlap
 * in one strided batch, so the images (C 60 apart) are the batch and the
 * heads a host loop of 3 calls. */
START_TEST(t_gemm_plan_permuted_out)
{
    TestCtx t;
    tc_init(&t);
    KGemmPlan gp = plan_of(&t, "tests/golden_fuse/gemm_permuted.pir", 3);
    ck_assert_int_eq(gp.m, 4);
    ck_assert_int_eq(gp.n, 5);
    ck_assert_int_eq(gp.ldc, 15);
    ck_assert_int_eq(gp.batch, 2);
    ck_assert_int_eq(gp.stride_c, 60);
    ck_assert_int_eq(gp.nouter, 1);
    ck_assert_int_eq(gp.outer_dim[0], 3);
    ck_assert_int_eq(gp.outer_c[0], 5);
    tc_fini(&t);
}
END_TEST

/* One-row products over a shared weight (tests/golden_fuse/first_rows.pir:
 * the first token of each group of 5, and a bf16 slice 192 apart) stack
 * into one GEMM whose leading dimension is the batch's stride (was a
 * strided batch of 1-row products: 25088 of them in dino_pass). */
START_TEST(t_gemm_plan_one_row_stack)
{
    TestCtx t;
    tc_init(&t);
    KGemmPlan gp = plan_of(&t, "tests/golden_fuse/first_rows.pir", 5);
    ck_assert_int_eq(gp.m, 6);
    ck_assert_int_eq(gp.batch, 1);
    ck_assert_int_eq(gp.lda, 20);
    ck_assert_int_eq(gp.ldc, 3);
    ck_assert(gp.bias);
    gp = plan_of(&t, "tests/golden_fuse/first_rows.pir", 14);
    ck_assert_int_eq(gp.m, 64);
    ck_assert_int_eq(gp.n, 64);
    ck_assert_int_eq(gp.batch, 1);
    ck_assert_int_eq(gp.lda, 192);
    ck_assert_int_eq(gp.base_a, 128);
    ck_assert_int_eq(gp.ldc, 64);
    tc_fini(&t);
}
END_TEST

/* q[8,2,4,3] (a view: tokens and heads of x swapped) @ k[8,2,5,3]^T: the
 * two batch axes do not merge; the 8 images are the strided batch and the
 * 2 heads a host loop of 2 calls (was: the heads the batch, 8 calls; in
 * dino_pass that was 512 calls per attention product). */
START_TEST(t_gemm_plan_longest_batch)
{
    TestCtx t;
    tc_init(&t);
    KGemmPlan gp = plan_of(&t, "tests/golden_fuse/attn_batch.pir", 4);
    ck_assert_int_eq(gp.batch, 8);
    ck_assert_int_eq(gp.stride_a, 24);
    ck_assert_int_eq(gp.stride_b, 30);
    ck_assert_int_eq(gp.stride_c, 40);
    ck_assert_int_eq(gp.nouter, 1);
    ck_assert_int_eq(gp.outer_dim[0], 2);
    ck_assert_int_eq(gp.outer_a[0], 3);
    ck_assert_int_eq(gp.outer_b[0], 15);
    ck_assert_int_eq(gp.outer_c[0], 20);
    ck_assert_int_eq(kir_gemm_calls(&gp), 2);
    tc_fini(&t);
}
END_TEST

START_TEST(t_host_const)
{
    TestCtx t;
    tc_init(&t);
    const char *text = "graph \"c\"\n"
                       "%1 = iota axis=1 : i32[2,3]\n"
                       "%2 = grid_neighbors n=3 size=3 : i32[9,8]\n"
                       "%3 = output %1 name=\"i\" : i32[2,3]\n"
                       "%4 = output %2 name=\"n\" : i32[9,8]\n";
    Graph *g = ir_parse(&t.cx, "c.pir", text, strlen(text));
    ck_assert_msg(g, "%s", tc_diag(&t));
    KernelProgram *p = NULL;
    ck_assert_msg(kir_compile(&t.cx, g, NULL, &p), "%s", tc_diag(&t));
    int32_t io[6], nb[72];
    const Kernel *ki = kernel_of(p, 1), *kn = kernel_of(p, 2);
    ck_assert_int_eq(cg_cuda_launch(p, ki).how, CGC_HOST_CONST);
    ck_assert(cg_cuda_host_const(&t.cx, p, ki, io));
    ck_assert(cg_cuda_host_const(&t.cx, p, kn, nb));
    const int32_t want_io[6] = {0, 1, 2, 0, 1, 2};
    ck_assert_mem_eq(io, want_io, sizeof io);
    /* centre patch 4 of a 3x3 torus: every other patch, sorted */
    const int32_t want4[8] = {0, 1, 2, 3, 5, 6, 7, 8};
    ck_assert_mem_eq(nb + 4 * 8, want4, sizeof want4);
    /* patch 0: rows {2,0,1} x cols {2,0,1} without itself, sorted */
    const int32_t want0[8] = {1, 2, 3, 4, 5, 6, 7, 8};
    ck_assert_mem_eq(nb, want0, sizeof want0);
    kir_free(p);
    ir_graph_free(g);
    tc_fini(&t);
}
END_TEST

/* -------------------------------------------------------------- driver */

START_TEST(t_no_driver_fallback)
{
    TestCtx t;
    tc_init(&t);
    Graph *g = tc_parse_source(&t, "tests/golden_cuda/bcast.pir");
    KernelProgram *p = NULL;
    ck_assert(kir_compile(&t.cx, g, NULL, &p));
    char why[512];
    CudaExecOptions o = {.driver = "/nonexistent/libcuda.so.1"};
    CudaExec *x = cuda_exec_new(&t.cx, p, &o, why, sizeof why);
    ck_assert_ptr_null(x);
    ck_assert_msg(!strncmp(why, "no CUDA driver (", 16), "%s", why);
    ck_assert_ptr_nonnull(strstr(why, "; training on the CPU"));
    ck_assert_ptr_null(strchr(why, '\n'));
    ck_assert_int_eq(t.cx.nerrors, 0);
    kir_free(p);
    ir_graph_free(g);
    tc_fini(&t);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("cuda_codegen");
    TCase *tc = tcase_create("text");
    tcase_add_loop_test(tc, t_golden_text, 0, (int)(sizeof golden / sizeof *golden));
    tcase_add_test(tc, t_kernel_shapes);
    tcase_add_test(tc, t_twins);
    tcase_add_test(tc, t_gemm_plan);
    tcase_add_test(tc, t_gemm_plan_permuted_out);
    tcase_add_test(tc, t_gemm_plan_longest_batch);
    tcase_add_test(tc, t_gemm_plan_one_row_stack);
    tcase_add_test(tc, t_host_const);
    tcase_add_test(tc, t_no_driver_fallback);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return tc_run_suite(suite()); }
