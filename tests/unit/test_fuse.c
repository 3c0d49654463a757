/* test_fuse.c — the kernel stages: fusion (golden kernel listings with the
 * --explain-fusion lines, exact kernel counts, the per-kind switches),
 * scheduling and memory planning (peak against the lower bound, the
 * overlap verifier) and the LLVM text of the CPU backend.
 *
 * Golden files: tests/golden_fuse/NAME.pir in, NAME.kir expected out;
 * UPDATE_GOLDEN=1 rewrites the .kir files. */
#include "testutil.h"
#include "codegen/cg.h"
#include "passes/passes.h"

#include <stdlib.h>
#include <string.h>

static Graph *parse_text(TestCtx *t, const char *text)
{
    Graph *g = ir_parse(&t->cx, "test.pir", text, strlen(text));
    ck_assert_msg(g, "%s", tc_diag(t));
    return g;
}

static KernelProgram *compile(TestCtx *t, const Graph *g, unsigned enable, FILE *explain)
{
    FuseOptions o = {.enable = enable, .explain = explain};
    KernelProgram *p = NULL;
    ck_assert_msg(kir_compile(&t->cx, g, &o, &p), "%s", tc_diag(t));
    return p;
}

/* ---------------------------------------------------------------- golden */

static const char *const golden[] = {"layernorm",   "softmax",     "views",        "bias_grad",      "shared",
                                     "reshape_copy", "slice_block", "cast_outputs", "concat_inplace", "gemm_permuted", "wide_rows", "attn_batch", "ema_assign", "adam_step", "bias_epilogue", "bias_cases",
                                         "first_rows", "bgrad", "bgrad_order"};

static char *listing(TestCtx *t, const Graph *g)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    ck_assert_ptr_nonnull(f);
    KernelProgram *p = compile(t, g, FUSE_ALL, f);
    kir_print(p, f);
    fclose(f);
    kir_free(p);
    return buf;
}

START_TEST(t_golden)
{
    TestCtx t;
    tc_init(&t);
    char in[128], out[128];
    snprintf(in, sizeof in, "tests/golden_fuse/%s.pir", golden[_i]);
    snprintf(out, sizeof out, "tests/golden_fuse/%s.kir", golden[_i]);
    Graph *g = tc_parse_source(&t, in);
    char *got = listing(&t, g);
    tc_check_golden(out, got);
    free(got);
    ir_graph_free(g);
    tc_fini(&t);
}
END_TEST

/* ---------------------------------------------------------- kernel counts */

static uint32_t count_kernels(const char *rel, unsigned enable)
{
    TestCtx t;
    tc_init(&t);
    Graph *g = tc_parse_source(&t, rel);
    KernelProgram *p = compile(&t, g, enable, NULL);
    uint32_t n = p->nkernels;
    kir_free(p);
    ir_graph_free(g);
    tc_fini(&t);
    return n;
}

START_TEST(t_counts)
{
    /* layer norm: two row reductions, their prologues and the affine
     * epilogue in one kernel; softmax likewise. */
    ck_assert_uint_eq(count_kernels("tests/golden_fuse/layernorm.pir", FUSE_ALL), 1);
    ck_assert_uint_eq(count_kernels("tests/golden_fuse/softmax.pir", FUSE_ALL), 1);
    /* views: the reshape of a transpose is not affine, so the transpose
     * is copied once (and read by exp and neg); a reshape that merges
     * axes of a computed value ends fusion there (the iteration space is
     * not split to match): exp, the broadcast and the mul are separate. */
    ck_assert_uint_eq(count_kernels("tests/golden_fuse/views.pir", FUSE_ALL), 5);
    /* dh is an output, so the column sum reads it back: 2 kernels. */
    ck_assert_uint_eq(count_kernels("tests/golden_fuse/bias_grad.pir", FUSE_ALL), 2);
    /* exp feeds a GEMM and a reduction: computed once, in the row sum's
     * kernel, which also stores it for the GEMM (not duplicated): 4
     * kernels, 5 when it is stored by a kernel of its own. */
    ck_assert_uint_eq(count_kernels("tests/golden_fuse/shared.pir", FUSE_ALL), 4);
    ck_assert_uint_eq(count_kernels("tests/golden_fuse/shared.pir", FUSE_ALL & ~FUSE_OUTPUTS), 5);
    /* the bf16 casts of an elementwise value and of a row maximum are
     * second stores of their producers; the cast of a transpose is not
     * (its element order differs), nor is the product stored by the
     * column sum's kernel (it walks the product down its columns): 8
     * kernels, 10 without. */
    ck_assert_uint_eq(count_kernels("tests/golden_fuse/cast_outputs.pir", FUSE_ALL), 8);
    ck_assert_uint_eq(count_kernels("tests/golden_fuse/cast_outputs.pir", FUSE_ALL & ~FUSE_OUTPUTS), 10);
    /* the concat of two 1 KiB blocks is written in place by the GEMM and
     * exp kernels; the one of 36-byte blocks (not 64-byte aligned) and the
     * one along the second axis (not blocks) are copied: 10 kernels, 11 */
    ck_assert_uint_eq(count_kernels("tests/golden_fuse/concat_inplace.pir", FUSE_ALL), 10);
    ck_assert_uint_eq(count_kernels("tests/golden_fuse/concat_inplace.pir", FUSE_ALL & ~FUSE_INPLACE), 11);
    /* three biases added by their products' GEMMs (f32; bf16 with a bf16
     * bias, two products sharing it, its widening not stored); a product
     * also read elsewhere keeps its add in a loop kernel: 11 kernels, 12
     * when every sum is a loop kernel of its own */
    ck_assert_uint_eq(count_kernels("tests/golden_fuse/bias_epilogue.pir", FUSE_ALL), 11);
    ck_assert_uint_eq(count_kernels("tests/golden_fuse/bias_epilogue.pir", FUSE_ALL & ~FUSE_BIAS), 12);
    /* three bias gradients computed by their weight gradients' GEMMs (f32
     * at dW's place, f32 at db's, bf16); one pair with no place that suits
     * both, a pair over a transposed dY and a weighted sum stay apart: 13
     * kernels, 16 without */
    ck_assert_uint_eq(count_kernels("tests/golden_fuse/bgrad.pir", FUSE_ALL), 13);
    ck_assert_uint_eq(count_kernels("tests/golden_fuse/bgrad.pir", FUSE_ALL & ~FUSE_BGRAD), 16);
    /* the pairs whose kernels move to their earlier product (a weight
     * gradient read before the sum), one while another still waits to move
     * before it: 6 kernels, 9 without */
    ck_assert_uint_eq(count_kernels("tests/golden_fuse/bgrad_order.pir", FUSE_ALL), 6);
    ck_assert_uint_eq(count_kernels("tests/golden_fuse/bgrad_order.pir", FUSE_ALL & ~FUSE_BGRAD), 9);
    /* attention's P @ V written straight in [batch, tokens, heads, dim]
     * order for the projection (f32 and bf16), no copy; a permute that
     * moves the product's columns is copied: 7 kernels (12 with every
     * view copied) */
    ck_assert_uint_eq(count_kernels("tests/golden_fuse/ema_assign.pir", FUSE_ALL), 1);
    ck_assert_uint_eq(count_kernels("tests/golden_fuse/ema_assign.pir", FUSE_ALL & ~FUSE_OUTPUTS), 2);
    ck_assert_uint_eq(count_kernels("tests/golden_fuse/gemm_permuted.pir", FUSE_ALL), 7);
    ck_assert_uint_eq(count_kernels("tests/golden_fuse/gemm_permuted.pir", FUSE_ALL & ~FUSE_VIEWS), 12);
}
END_TEST

/* Each switch turns its fusion off and only that one (bisection). */
START_TEST(t_switches)
{
    const char *ln = "tests/golden_fuse/layernorm.pir";
    /* no epilogue (nor row) fusion: mean, x - mean (used twice), the
     * variance sum, rstd and the affine output are separate kernels (6);
     * x - mean joins the variance sum's kernel as its second output, and
     * rstd's kernel computes the variance from the sum (4) */
    ck_assert_uint_eq(count_kernels(ln, FUSE_ALL & ~FUSE_EPILOGUE), 4);
    ck_assert_uint_eq(count_kernels(ln, FUSE_ALL & ~FUSE_EPILOGUE & ~FUSE_OUTPUTS), 6);
    /* no prologue fusion: the square feeding the variance sum is its own
     * kernel, and x - mean (read by it and by the output) another (3);
     * the square's kernel also stores x - mean (2) */
    ck_assert_uint_eq(count_kernels(ln, FUSE_ALL & ~FUSE_PROLOGUE), 2);
    ck_assert_uint_eq(count_kernels(ln, FUSE_ALL & ~FUSE_PROLOGUE & ~FUSE_OUTPUTS), 3);
    /* nothing fused: one kernel per compute node (11) and per view (6) */
    ck_assert_uint_eq(count_kernels(ln, 0), 17);
    ck_assert_uint_eq(count_kernels("tests/golden_fuse/softmax.pir", 0), 7);
}
END_TEST

START_TEST(t_no_fuse_parse)
{
    TestCtx t;
    tc_init(&t);
    unsigned e = FUSE_ALL;
    ck_assert(kir_parse_no_fuse(&t.cx, "views,epilogue", &e));
    ck_assert_uint_eq(e, FUSE_ELEMWISE | FUSE_PROLOGUE | FUSE_RECOMPUTE | FUSE_OUTPUTS | FUSE_INPLACE | FUSE_BIAS |
                             FUSE_BGRAD);
    ck_assert(kir_parse_no_fuse(&t.cx, "recompute,outputs,inplace,bias,bgrad", &e));
    ck_assert_uint_eq(e, FUSE_ELEMWISE | FUSE_PROLOGUE);
    ck_assert(!kir_parse_no_fuse(&t.cx, "views,bogus", &e));
    ck_assert_ptr_nonnull(strstr(tc_diag(&t), "unknown fusion kind 'bogus'"));
    tc_fini(&t);
}
END_TEST

/* ------------------------------------------------------- schedule, plan */

/* Two branches each make a big temporary from x and reduce it; run in
 * node order, both temporaries are live together; scheduled, one at a
 * time. */
static const char branches_pir[] =
    "graph \"branches\"\n"
    "%1 = input name=\"x\" : f32[64,64]\n"
    "%2 = input name=\"w\" : f32[64,64]\n"
    "%3 = matmul %1, %2 ta=0 tb=0 : f32[64,64]\n"
    "%4 = matmul %2, %1 ta=0 tb=0 : f32[64,64]\n"
    "%5 = reduce_sum %3 axes=[1] keep=0 : f32[64]\n"
    "%6 = reduce_sum %4 axes=[1] keep=0 : f32[64]\n"
    "%7 = add %5, %6 : f32[64]\n"
    "%8 = output %7 name=\"y\" : f32[64]\n";

/* The fused kernels of text, scheduled; *before is the live peak of the
 * fused order. */
static KernelProgram *scheduled(TestCtx *t, const char *text, Graph **g, uint64_t *before)
{
    *g = parse_text(t, text);
    KernelProgram *p = NULL;
    ck_assert(kir_build(&t->cx, *g, NULL, &p));
    *before = kir_live_peak(p);
    ck_assert(kir_schedule(&t->cx, p));
    return p;
}

START_TEST(t_schedule_lowers_peak)
{
    TestCtx t;
    tc_init(&t);
    Graph *g;
    uint64_t before;
    KernelProgram *p = scheduled(&t, branches_pir, &g, &before);
    uint64_t after = kir_live_peak(p);
    /* in order: both 16 KiB products live, plus a row sum */
    ck_assert_uint_eq(before, 2 * 16384 + 256);
    ck_assert_uint_eq(after, 16384 + 256 + 256);
    ck_assert(kir_memplan(&t.cx, p) && kir_verify_plan(&t.cx, p));
    ck_assert_uint_le(p->plan.act_peak * 100, p->plan.act_bound * 115);
    kir_free(p);
    ir_graph_free(g);
    tc_fini(&t);
}
END_TEST

/* Two sets of work, as a step's crop sets: set A's forward (a1, a2 of
 * 16 KiB), then set B (three 8 KiB products of a2's rows, summed), then
 * A's backward (a 16 KiB product, then a sum that frees a1, a2 and it).
 * Given in that order, or scheduled by the smallest allocation first (B's
 * products allocate less than A's), B runs while A's forward is held:
 * 32 + 24 KiB.  Running the kernel nearest a sink first finishes A's
 * backward before B starts: 48 KiB (a1, a2 and A's product). */
static const char two_sets_pir[] =
    "graph \"two_sets\"\n"
    "%1 = input name=\"x\" : f32[64,64]\n"
    "%2 = input name=\"w\" : f32[64,64]\n"
    "%3 = input name=\"v\" : f32[64,64]\n"
    "%4 = matmul %1, %2 ta=0 tb=0 : f32[64,64]\n"
    "%5 = matmul %4, %2 ta=0 tb=0 : f32[64,64]\n"
    "%6 = slice %5 lo=[0,0] hi=[32,64] : f32[32,64]\n"
    "%7 = matmul %6, %3 ta=0 tb=0 : f32[32,64]\n"
    "%8 = matmul %7, %3 ta=0 tb=0 : f32[32,64]\n"
    "%9 = matmul %8, %3 ta=0 tb=0 : f32[32,64]\n"
    "%10 = mul %7, %8 : f32[32,64]\n"
    "%11 = mul %10, %9 : f32[32,64]\n"
    "%12 = reduce_sum %11 axes=[0,1] keep=0 : f32[]\n"
    "%13 = matmul %5, %2 ta=0 tb=0 : f32[64,64]\n"
    "%14 = mul %13, %4 : f32[64,64]\n"
    "%15 = mul %14, %5 : f32[64,64]\n"
    "%16 = reduce_sum %15 axes=[0,1] keep=0 : f32[]\n"
    "%17 = add %16, %12 : f32[]\n"
    "%18 = output %17 name=\"y\" : f32[]\n";

START_TEST(t_schedule_finishes_a_set)
{
    TestCtx t;
    tc_init(&t);
    Graph *g;
    uint64_t before;
    KernelProgram *p = scheduled(&t, two_sets_pir, &g, &before);
    ck_assert_uint_eq(before, 3 * 16384 + 8192 + 4); /* a1, a2, B's three, a sum */
    ck_assert_uint_eq(kir_live_peak(p), 3 * 16384 + 4);
    kir_free(p);
    ir_graph_free(g);
    tc_fini(&t);
}
END_TEST

/* The verifier must catch a part that is not where its concat holds it. */
START_TEST(t_verifier_catches_misplaced_part)
{
    TestCtx t;
    tc_init(&t);
    Graph *g = tc_parse_source(&t, "tests/golden_fuse/concat_inplace.pir");
    KernelProgram *p = compile(&t, g, FUSE_ALL, NULL);
    uint32_t part = UINT32_MAX;
    for (uint32_t b = 0; b < p->nbufs; b++)
        if (p->bufs[b].within && p->bufs[b].within_at) part = b;
    ck_assert_uint_ne(part, UINT32_MAX);
    ck_assert(kir_verify_plan(&t.cx, p));
    p->bufs[part].offset -= 64;
    ck_assert(!kir_verify_plan(&t.cx, p));
    ck_assert_ptr_nonnull(strstr(tc_diag(&t), "is not inside its concat"));
    kir_free(p);
    ir_graph_free(g);
    tc_fini(&t);
}
END_TEST

/* The verifier must catch two live buffers sharing bytes. */
START_TEST(t_verifier_catches_overlap)
{
    TestCtx t;
    tc_init(&t);
    Graph *g = parse_text(&t, branches_pir);
    KernelProgram *p = compile(&t, g, FUSE_ALL, NULL);
    ck_assert(kir_verify_plan(&t.cx, p));
    uint32_t a = UINT32_MAX, b = UINT32_MAX;
    for (uint32_t i = 0; i < p->nbufs; i++) /* the two row sums: live together at the add */
        if (p->bufs[i].cls == KB_ACT && p->bufs[i].bytes == 256) {
            if (a == UINT32_MAX) a = i;
            else b = i;
        }
    ck_assert(a != UINT32_MAX && b != UINT32_MAX);
    p->bufs[b].offset = p->bufs[a].offset + 64;
    ck_assert(!kir_verify_plan(&t.cx, p));
    ck_assert_ptr_nonnull(strstr(tc_diag(&t), "are live together and overlap"));
    kir_free(p);
    ir_graph_free(g);
    tc_fini(&t);
}
END_TEST

/* ------------------------------------------------------------- LLVM text */

START_TEST(t_llvm_text_vectorised)
{
    TestCtx t;
    tc_init(&t);
    Graph *g = parse_text(&t, "graph \"ew\"\n"
                              "%1 = input name=\"a\" : f32[4096]\n"
                              "%2 = input name=\"b\" : f32[4096]\n"
                              "%3 = mul %1, %2 : f32[4096]\n"
                              "%4 = add %3, %1 : f32[4096]\n"
                              "%5 = output %4 name=\"y\" : f32[4096]\n");
    KernelProgram *p = compile(&t, g, FUSE_ALL, NULL);
    ck_assert_uint_eq(p->nkernels, 1);
    char *raw = cg_cpu_module_text(&t.cx, p, NULL, false);
    char *opt = cg_cpu_module_text(&t.cx, p, NULL, true);
    ck_assert_msg(raw && opt, "%s", tc_diag(&t));
    ck_assert_ptr_nonnull(strstr(raw, "define void @k000_ew_mul_add_4096(i8** %0)"));
    ck_assert_ptr_nonnull(strstr(raw, "noalias"));
    ck_assert_ptr_null(strstr(raw, "x float>"));
    /* the optimising pipeline with the host's features vectorises the loop */
    ck_assert_ptr_nonnull(strstr(opt, "x float>"));
    cx_free(&t.cx, raw);
    cx_free(&t.cx, opt);
    kir_free(p);
    ir_graph_free(g);
    tc_fini(&t);
}
END_TEST

/* Two kernels with the same body on different buffers: one function,
 * the second kernel an alias of the first (compile time grows with the
 * distinct kernels only). */
START_TEST(t_llvm_shared_bodies)
{
    TestCtx t;
    tc_init(&t);
    Graph *g = parse_text(&t, "graph \"two\"\n"
                              "%1 = input name=\"a\" : f32[64]\n"
                              "%2 = input name=\"b\" : f32[64]\n"
                              "%3 = exp %1 : f32[64]\n"
                              "%4 = exp %2 : f32[64]\n"
                              "%5 = output %3 name=\"x\" : f32[64]\n"
                              "%6 = output %4 name=\"y\" : f32[64]\n");
    KernelProgram *p = compile(&t, g, FUSE_ALL, NULL);
    ck_assert_uint_eq(p->nkernels, 2);
    uint32_t *rep = cg_cpu_share(&t.cx, p);
    ck_assert_uint_eq(rep[0], 0);
    ck_assert_uint_eq(rep[1], 0);
    char *raw = cg_cpu_module_text(&t.cx, p, NULL, false);
    ck_assert_msg(raw, "%s", tc_diag(&t));
    ck_assert_ptr_nonnull(strstr(raw, "@k001_ew_exp_64 = alias void (i8**), void (i8**)* @k000_ew_exp_64"));
    ck_assert_ptr_nonnull(strstr(raw, "@k001_ew_exp_64.part = alias"));
    ck_assert_ptr_null(strstr(raw, "k001_ew_exp_64.body"));
    cx_free(&t.cx, rep);
    cx_free(&t.cx, raw);
    kir_free(p);
    ir_graph_free(g);
    tc_fini(&t);
}
END_TEST

/* The row cache (codegen/llvm_cpu.c): a softmax row's exp, needed by the
 * sum's phase and by the stores' phase, is stored once in a row array and
 * loaded there; the exp written twice (a copy of the same op, as unshare
 * leaves them) shares that one array; a row longer than the cache holds
 * recomputes. */
static char *softmax_llvm(TestCtx *t, int64_t n, Graph **g, KernelProgram **p)
{
    char text[1024];
    snprintf(text, sizeof text,
             "graph \"rows\"\n"
             "%%1 = input name=\"x\" : f32[8,%lld]\n"
             "%%2 = reduce_max %%1 axes=[1] keep=1 : f32[8,1]\n"
             "%%3 = broadcast %%2 : f32[8,%lld]\n"
             "%%4 = sub %%1, %%3 : f32[8,%lld]\n"
             "%%5 = exp %%4 : f32[8,%lld]\n"
             "%%6 = reduce_sum %%5 axes=[1] keep=1 : f32[8,1]\n"
             "%%7 = broadcast %%6 : f32[8,%lld]\n"
             "%%8 = exp %%4 : f32[8,%lld]\n"
             "%%9 = div %%8, %%7 : f32[8,%lld]\n"
             "%%10 = output %%9 name=\"p\" : f32[8,%lld]\n",
             (long long)n, (long long)n, (long long)n, (long long)n, (long long)n, (long long)n, (long long)n,
             (long long)n);
    *g = parse_text(t, text);
    *p = compile(t, *g, FUSE_ALL, NULL);
    ck_assert_uint_eq((*p)->nkernels, 1);
    char *raw = cg_cpu_module_text(&t->cx, *p, NULL, false);
    ck_assert_msg(raw, "%s", tc_diag(t));
    return raw;
}

START_TEST(t_llvm_row_cache)
{
    TestCtx t;
    tc_init(&t);
    Graph *g;
    KernelProgram *p;
    char *raw = softmax_llvm(&t, 1000, &g, &p);
    /* one array: without the twins each exp would be needed by one phase
     * only, and nothing would be cached */
    ck_assert_uint_eq(tc_count(raw, "%row = alloca float, i64 1000, align 64"), 1);
    cx_free(&t.cx, raw);
    kir_free(p);
    ir_graph_free(g);
    raw = softmax_llvm(&t, 5000, &g, &p);
    ck_assert_ptr_null(strstr(raw, "%row = alloca"));
    cx_free(&t.cx, raw);
    kir_free(p);
    ir_graph_free(g);
    tc_fini(&t);
}
END_TEST

/* The tiny DINO + PASS training step as `passc` builds it: the step, then
 * the default graph pipeline. */
/* The tiny step after the graph passes (NULL: the default pipeline). */
static Model *tiny_step_with(TestCtx *t, const char *passes)
{
    const char *root = getenv("PASSC_SOURCE_DIR");
    char path[1024];
    snprintf(path, sizeof path, "%s/models/tiny_dino_pass.yaml", root ? root : ".");
    Model *m = fe_load(&t->cx, path, NULL, 0);
    ck_assert_msg(m && pass_step_model(&t->cx, m) &&
                      pass_pipeline_run(&t->cx, m->g, &(PipelineOptions){.passes = passes}),
                  "%s", tc_diag(t));
    return m;
}

static Model *tiny_step(TestCtx *t) { return tiny_step_with(t, NULL); }

/* Exact kernel counts of the tiny DINO + PASS step, so that an accidental
 * loss of a fusion (or of body sharing) fails here.  Update the numbers
 * only with a fusion change that explains them.  (1758 -> 1720: shared
 * weights' gradients became one matmul over all rows instead of a batched
 * matmul and a reduction, autodiff.c shared_weight_grad.  1720 -> 1702:
 * the PASS matching became the structured op neighbor_topk_gather, one
 * template per crop set instead of 10 kernels: eps cast, normalise, index
 * copy, gather, sims, table copy, topk, 2 gathers, copy; 46 nodes fewer.
 * 1702 -> 1633: index maps that differ only in a variable of extent 1
 * (the [rows,1,K] loss rows, reached directly and through a broadcast)
 * are equal, so those values fuse instead of being stored.  1633 ->
 * 1587: FUSE_RECOMPUTE became a default kind, the loss rows recompute
 * their softmax statistics instead of storing them (t_loss_rows_recomputed);
 * with --no-fuse=recompute the count is still 1633.  1587 -> 1591 (GEMMs
 * 332 -> 260, loops 1199 -> 1275): the default pipeline's small_matmul
 * pass makes the 72 batched products of a few hundred multiply-adds
 * (attention over 5 and 9 tokens and their gradients) reductions, which
 * fuse with their neighbours differently (the softmax rows before them
 * split into their statistics and the probabilities).  The test runs the
 * default pipeline.  Then GEMMs 260 -> 284, loops 1275 -> 1251: colsum
 * makes the 24 bias-gradient and batch-mean sums over leading axes
 * products with ones.  1591 -> 1549 (graph 11554 -> 8281 nodes): simplify
 * joined the default pipeline; its CSE shares what the step computed
 * twice (teacher probabilities, constants, views).  1549 -> 1529
 * (templates 55 -> 41): the gradients of q, k and v, padded and summed,
 * are one concat.  1529 -> 1536 (GEMMs 284 -> 291): colsum also takes the
 * sums of values only they read (layer-norm weight gradients).  1536 ->
 * 1496 (8267 -> 9295 graph nodes): small products with K <= 8 are
 * written out as K elementwise terms, which fuse with their neighbours.
 * 1496 -> 1460 (loops 1164 -> 1128, distinct bodies 355 -> 340; 9295 ->
 * 9463 graph nodes): unshare gives every reader of a cheap elementwise
 * value its own copy, which joins the reader's kernel instead of being
 * stored.  1460 -> 1463 (GEMMs 291 -> 295, templates 41 -> 40; 9471
 * graph nodes, distinct bodies 341): colsum sums a concat's parts one
 * product each, the patch centre's concat of the crop sets is gone.
 * 1463 -> 1457 (loops 1128 -> 1122, bodies 339): a non-affine reshape
 * over reshapes reads the bytes where the reshapes start (the view there
 * copied once, shared) instead of a copy of the reshape per reader (the
 * q/k/v gradients: permuted, copied, then copied again as [rows, 3*dim]).
 * 1457 -> 1453 (loops 1118, bodies 335): likewise through a slice that is
 * one block of its input (a crop set's rows of the heads' outputs, read
 * in place).  1453 -> 1451 (9470 graph nodes, bodies 334): simplify
 * drops a cast that narrows a widened scalar back to its format.
 * 1451 -> 1435 (loops 1116 -> 1100, bodies 328; 9502 graph nodes):
 * unshare repeats until nothing is left (GELU's erf, whose argument was
 * unshared, is computed by the forward and the backward) and moves copies
 * below slices, permutes and reshapes.  1435 -> 1411 (loops 1076,
 * bodies 318; 10118 graph nodes): a bias added to a product is copied
 * too (a small broadcast leaf costs no traffic), so GELU's forward and
 * backward read the product and the bias, not a stored sum.  1411 ->
 * 1054 (loops 1076 -> 719, bodies 266): a value also read by later
 * kernels joins its consumer's kernel, which stores it as a second
 * output (a layer norm's residual sum and centred input, the row
 * statistics), instead of ending fusion there.  1054 -> 1045 (templates
 * 40 -> 31): concats whose parts are blocks of their buffer are written
 * in place by the parts' kernels, no copy.  The same 1045 with 10340
 * graph nodes: simplify runs again after colsum (its CSE merges the
 * views colsum builds with their twins; unshare then copies more).
 * 1045 -> 979 (loops 653, bodies 253): a value an assign reads (AdamW's
 * updated weight) may be stored by a kernel that reads it (the teacher's
 * EMA): one kernel per parameter for the update and the EMA.  979 -> 959
 * (loops 633, bodies 246): a bias added to a product whose sum is stored
 * (q, k and v of qkv) is added by the GEMM (passes/fuse_bias.c).  959 ->
 * 943 (gemm 295 -> 279): a bias gradient is computed by its weight
 * gradient's GEMM (passes/fuse_bgrad.c).) */
START_TEST(t_tiny_step_kernel_counts)
{
    TestCtx t;
    tc_init(&t);
    Model *m = tiny_step(&t);
    KernelProgram *p = NULL;
    ck_assert_msg(kir_compile(&t.cx, m->g, NULL, &p), "%s", tc_diag(&t));
    ck_assert_uint_eq(m->g->nnodes - 1, 10340);
    ck_assert_uint_eq(p->nkernels, 943);
    ck_assert_uint_eq(kir_count(p, KK_LOOP), 633);
    ck_assert_uint_eq(kir_count(p, KK_GEMM), 279);
    ck_assert_uint_eq(kir_count(p, KK_TEMPLATE), 31);
    uint32_t *rep = cg_cpu_share(&t.cx, p), distinct = 0;
    for (uint32_t k = 0; k < p->nkernels; k++) distinct += p->kernels[k].kind == KK_LOOP && rep[k] == k;
    ck_assert_uint_eq(distinct, 246);
    cx_free(&t.cx, rep);
    kir_free(p);
    fe_model_free(m);
    tc_fini(&t);
}
END_TEST

/* The CPU code of `passc -o run` in parts (codegen/cpu_parts.c): every
 * loop kernel in one part, an alias with the body it names, the parts
 * balanced (longest-first: no part above the mean plus the largest
 * kernel), the same split on every call, and each kernel's symbol in its
 * own part's object code. */
static bool has_bytes(const uint8_t *hay, size_t n, const char *needle, size_t m)
{
    for (size_t i = 0; i + m <= n; i++)
        if (hay[i] == (uint8_t)needle[0] && !memcmp(hay + i, needle, m)) return true;
    return false;
}

static uint64_t part_cost(const Kernel *k) { return (uint64_t)k->ninsts + 8 + (k->npar ? 8 : 0); }

START_TEST(t_tiny_cpu_parts)
{
    TestCtx t;
    tc_init(&t);
    Model *m = tiny_step(&t);
    KernelProgram *p = NULL;
    ck_assert_msg(kir_compile(&t.cx, m->g, NULL, &p), "%s", tc_diag(&t));
    uint32_t *part = cg_cpu_partition(&t.cx, p, CG_CPU_PARTS), *again = cg_cpu_partition(&t.cx, p, CG_CPU_PARTS);
    uint32_t *rep = cg_cpu_share(&t.cx, p);
    ck_assert(part && again && rep);
    ck_assert_ptr_null(cg_cpu_partition(&t.cx, p, CG_CPU_PARTS + 1));
    uint64_t sum[CG_CPU_PARTS] = {0}, total = 0, biggest = 0;
    for (uint32_t k = 0; k < p->nkernels; k++) {
        ck_assert_uint_eq(part[k], again[k]);
        if (p->kernels[k].kind != KK_LOOP) continue;
        ck_assert_uint_lt(part[k], CG_CPU_PARTS);
        ck_assert_uint_eq(part[k], part[rep[k]]);
        if (rep[k] != k) continue;
        uint64_t c = part_cost(&p->kernels[k]);
        sum[part[k]] += c, total += c;
        if (c > biggest) biggest = c;
    }
    for (int i = 0; i < CG_CPU_PARTS; i++) ck_assert_uint_le(sum[i], total / CG_CPU_PARTS + biggest);
    CgCpuPart parts[CG_CPU_PARTS];
    ck_assert_msg(cg_cpu_compile_parts(&t.cx, p, 2, parts), "%s", tc_diag(&t));
    for (uint32_t k = 0; k < p->nkernels; k++) {
        const Kernel *kn = &p->kernels[k];
        if (kn->kind != KK_LOOP) continue;
        for (uint32_t i = 0; i < CG_CPU_PARTS; i++) {
            bool has = has_bytes(parts[i].obj, parts[i].obj_len, kn->name, strlen(kn->name) + 1);
            ck_assert_msg(has == (i == part[k]), "%s in part %u: %d (its part %u)", kn->name, i, has, part[k]);
        }
    }
    for (int i = 0; i < CG_CPU_PARTS; i++) ck_assert(parts[i].bc && parts[i].bc_len > 0);
    cg_cpu_parts_free(&t.cx, parts);
    cx_free(&t.cx, part);
    cx_free(&t.cx, again);
    cx_free(&t.cx, rep);
    kir_free(p);
    fe_model_free(m);
    tc_fini(&t);
}
END_TEST

/* The teacher's PASS matching (normalise, 8 neighbour sims, top-k, gather
 * of the k raw rows) is one kernel per crop set: the neighbor_topk_gather
 * template reading the backbone's output and the neighbour table directly,
 * with no topk, gather or copy kernel around it. */
START_TEST(t_tiny_matching_one_kernel)
{
    TestCtx t;
    tc_init(&t);
    Model *m = tiny_step(&t);
    KernelProgram *p = NULL;
    ck_assert_msg(kir_compile(&t.cx, m->g, NULL, &p), "%s", tc_diag(&t));
    int nmatch = 0;
    for (uint32_t k = 0; k < p->nkernels; k++) {
        const Kernel *kn = &p->kernels[k];
        ck_assert_int_ne(kn->op, OP_TOPK);
        if (kn->op != OP_NEIGHBOR_TOPK_GATHER) continue;
        nmatch++;
        const Node *n = ir_node(m->g, kn->root);
        ck_assert_int_eq(kn->kind, KK_TEMPLATE);
        ck_assert_uint_eq(kn->nnodes, 1);
        ck_assert_uint_eq(kn->nargs, 2);
        ck_assert_uint_eq(p->bufs[kn->args[0]].node, n->in[0]); /* the features, not a copy */
        ck_assert_int_eq(ir_node(m->g, p->bufs[kn->args[1]].node)->op, OP_GRID_NEIGHBORS);
        ck_assert_int_eq(n->a.k, 2);
    }
    ck_assert_int_eq(nmatch, 2); /* global and local crop sets */
    for (NodeId id = 1; id < m->g->nnodes; id++) ck_assert_int_ne(ir_node(m->g, id)->op, OP_TOPK);
    kir_free(p);
    fe_model_free(m);
    tc_fini(&t);
}
END_TEST

/* ------------------------------------------------- loss rows recomputed */

static uint32_t kernels_with(const KernelProgram *p, NodeId id, const Kernel **last)
{
    uint32_t n = 0;
    for (uint32_t k = 0; k < p->nkernels; k++)
        for (uint32_t j = 0; j < p->kernels[k].nnodes; j++)
            if (p->kernels[k].nodes[j] == id) {
                n++;
                *last = &p->kernels[k];
            }
    return n;
}

static uint32_t kernel_reductions(const Kernel *k)
{
    uint32_t n = 0;
    for (uint32_t i = 0; i < k->ninsts; i++) n += k->insts[i].kind == KI_REDUCE;
    return n;
}

static NodeId under_views(const Graph *g, NodeId id)
{
    while (ir_node(g, id)->op == OP_BROADCAST || ir_node(g, id)->op == OP_RESHAPE) id = ir_node(g, id)->in[0];
    return id;
}

/* A cross-entropy row of the DINO / PASS losses: r = sum(q * ls) with
 * q = stop_gradient(softmax(...)) and ls = z - log(sum(exp(z))).  Fills
 * q and the student's exp and sum; false if r is not such a row. */
static bool ce_row(const Graph *g, NodeId r, NodeId *q, NodeId *ex, NodeId *sum)
{
    const Node *n = ir_node(g, r);
    if (n->op != OP_REDUCE_SUM) return false;
    const Node *m = ir_node(g, n->in[0]);
    if (m->op != OP_MUL || ir_node(g, m->in[0])->op != OP_STOP_GRADIENT) return false;
    const Node *ls = ir_node(g, m->in[1]);
    if (ls->op != OP_SUB) return false;
    const Node *lg = ir_node(g, under_views(g, ls->in[1]));
    if (lg->op != OP_LOG) return false;
    *q = m->in[0];
    *sum = lg->in[0];
    *ex = ir_node(g, *sum)->in[0];
    return ir_node(g, *ex)->op == OP_EXP;
}

/* Every loss row of the tiny DINO + PASS step: one forward kernel holding
 * the two softmaxes and the cross-entropy (5 reductions), the teacher
 * probabilities q and the student's exp and sum never stored, and each
 * recomputed by exactly one backward kernel.  Without the recompute kind
 * q is stored (what the test would miss if recomputation were off). */
START_TEST(t_loss_rows_recomputed)
{
    TestCtx t;
    tc_init(&t);
    /* Without unshare, which would copy the rows' cheap values per reader
     * (other node ids than the ones followed here), so that what is
     * counted is the recomputation this fusion kind does. */
    Model *m = tiny_step_with(&t, "dce,simplify,small_matmul,colsum");
    KernelProgram *p = compile(&t, m->g, FUSE_ALL, NULL);
    KernelProgram *off = compile(&t, m->g, FUSE_ALL & ~FUSE_RECOMPUTE, NULL);
    /* CSE (simplify) shares a teacher's q between the rows of its student
     * views and a student's exp and sum between its teacher views: a value
     * read by n rows is recomputed in 2n kernels (each row's forward and
     * backward kernel). */
    uint32_t rows = 0, *nrows = calloc(m->g->nnodes, sizeof *nrows);
    ck_assert_ptr_nonnull(nrows);
    for (int pass = 0; pass < 2; pass++)
        for (NodeId r = 1; r < m->g->nnodes; r++) {
            NodeId q, ex, sum;
            if (!ce_row(m->g, r, &q, &ex, &sum)) continue;
            if (pass == 0) {
                nrows[q]++, nrows[ex]++, nrows[sum]++, rows++;
                continue;
            }
            const Kernel *fwd = NULL, *k = NULL;
            ck_assert_uint_eq(kernels_with(p, r, &fwd), 1);
            ck_assert_uint_eq(fwd->root, r);
            ck_assert_uint_eq(kernel_reductions(fwd), 5);
            ck_assert_uint_eq(kernels_with(p, q, &k), 2 * nrows[q]);
            ck_assert_uint_eq(kernels_with(p, ex, &k), 2 * nrows[ex]);
            ck_assert_uint_eq(kernels_with(p, sum, &k), 2 * nrows[sum]);
            ck_assert_uint_eq(p->node_buf[q] + p->node_buf[ex] + p->node_buf[sum], 0);
            ck_assert_uint_ne(off->node_buf[q], 0);
        }
    free(nrows);
    ck_assert_uint_eq(rows, 10); /* DINO: 2 teacher x 3 student views; PASS: 4 */
    kir_free(p);
    kir_free(off);
    fe_model_free(m);
    tc_fini(&t);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("fuse");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 30);
    tcase_add_loop_test(tc, t_golden, 0, (int)(sizeof golden / sizeof golden[0]));
    tcase_add_test(tc, t_counts);
    tcase_add_test(tc, t_switches);
    tcase_add_test(tc, t_no_fuse_parse);
    tcase_add_test(tc, t_schedule_lowers_peak);
    tcase_add_test(tc, t_schedule_finishes_a_set);
    tcase_add_test(tc, t_verifier_catches_misplaced_part);
    tcase_add_test(tc, t_verifier_catches_overlap);
    tcase_add_test(tc, t_llvm_text_vectorised);
    tcase_add_test(tc, t_llvm_shared_bodies);
    tcase_add_test(tc, t_llvm_row_cache);
    tcase_add_test(tc, t_tiny_step_kernel_counts);
    tcase_add_test(tc, t_loss_rows_recomputed);
    tcase_add_test(tc, t_tiny_matching_one_kernel);
    tcase_add_test(tc, t_tiny_cpu_parts);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return tc_run_suite(suite()); }
