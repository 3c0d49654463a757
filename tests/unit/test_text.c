/* test_text.c — the IR text form: exact printer output for a built graph,
 * print -> parse -> print round trips (builder graphs and every golden
 * file), shortest float formatting, string escapes, the parser's
 * diagnostics with exact line:col, and robustness against truncated,
 * mutated and out-of-memory inputs. */
#include "testutil.h"

#include <dirent.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static TestCtx T;
static const SrcLoc L0 = {0, 0, 0};

static void setup(void) { tc_init(&T); }
static void teardown(void) { tc_fini(&T); }

static NodeId leaf(Graph *g, Op op, const char *name, DType dt, int rank, const int64_t *dims)
{
    Type t = {dt, shape_make(rank, dims)};
    NodeId id = ir_leaf(g, op, name, &t, L0);
    ck_assert_uint_ne(id, 0);
    return id;
}

static Graph *parse_str(const char *text)
{
    return ir_parse(&T.cx, "t.pir", text, strlen(text));
}

/* Parses text, prints it and requires the result to be `want`. */
static void assert_reprint(const char *text, const char *want)
{
    Graph *g = parse_str(text);
    ck_assert_msg(g, "parse failed: %s", tc_diag(&T));
    char *s = ir_print_str(g);
    ck_assert_str_eq(s, want);
    free(s);
    ir_graph_free(g);
}

static void assert_roundtrip(const Graph *g)
{
    char *s1 = ir_print_str(g);
    ck_assert_ptr_nonnull(s1);
    assert_reprint(s1, s1);
    free(s1);
}

/* ------------------------------------------------------------ printing */

START_TEST(t_print_exact)
{
    Graph *g = ir_graph_new(&T.cx, "tiny");
    uint32_t f = cx_file(&T.cx, "models/tiny.yaml", NULL, 0);
    NodeId x = leaf(g, OP_INPUT, "x", DT_F32, 2, (int64_t[]){2, 3});
    ir_node(g, x)->loc = (SrcLoc){f, 4, 7};
    NodeId s = ir_reduce(g, OP_REDUCE_SUM, x, (int64_t[]){1}, 1, false, L0);
    NodeId c = ir_scalar(g, DT_F32, 0.5, L0);
    NodeId b = ir_broadcast(g, c, &(Shape){1, {2}}, (SrcLoc){f, 9, 1});
    NodeId m = ir_binary(g, OP_MUL, s, b, L0);
    Attrs a = {.name = "y"};
    ck_assert_uint_ne(ir_add(g, OP_OUTPUT, &m, 1, &a, NULL, L0), 0);
    char *text = ir_print_str(g);
    ck_assert_str_eq(text, "graph \"tiny\"\n"
                           "%1 = input name=\"x\" : f32[2,3] @ models/tiny.yaml:4:7\n"
                           "%2 = reduce_sum %1 axes=[1] keep=0 : f32[2]\n"
                           "%3 = const data=[0.5] : f32[]\n"
                           "%4 = broadcast %3 : f32[2] @ models/tiny.yaml:9:1\n"
                           "%5 = mul %2, %4 : f32[2]\n"
                           "%6 = output %5 name=\"y\" : f32[2]\n");
    free(text);
    ir_graph_free(g);
}
END_TEST

/* Every attribute of an op prints, even when zero or absent. */
START_TEST(t_print_all_attrs)
{
    Graph *g = ir_graph_new(&T.cx, "p");
    leaf(g, OP_PARAM, "w", DT_F32, 1, (int64_t[]){3});
    leaf(g, OP_STATE, "m", DT_F32, 0, NULL);
    char *text = ir_print_str(g);
    ck_assert_str_eq(text, "graph \"p\"\n"
                           "%1 = param name=\"w\" init=\"\" tags=[] frozen_epochs=0 : f32[3]\n"
                           "%2 = state name=\"m\" init=\"\" : f32[]\n");
    free(text);
    ir_graph_free(g);
}
END_TEST

/* ------------------------------------------------------------ round trips */

START_TEST(t_roundtrip_builder)
{
    Graph *g = ir_graph_new(&T.cx, "built");
    NodeId a = leaf(g, OP_INPUT, "a", DT_F32, 3, (int64_t[]){2, 3, 4});
    NodeId w = leaf(g, OP_PARAM, "w", DT_F32, 2, (int64_t[]){5, 4});
    ir_node(g, w)->a.tags = TAG_NO_WEIGHT_DECAY | TAG_FROZEN;
    ir_node(g, w)->a.frozen_epochs = 3;
    NodeId mm = ir_matmul(g, a, w, false, true, L0);               /* f32[2,3,5] */
    NodeId p = ir_permute(g, mm, (int64_t[]){2, 0, 1}, 3, L0);      /* f32[5,2,3] */
    NodeId sl = ir_slice(g, p, (int64_t[]){1, 0, 0}, (int64_t[]){4, 2, 2}, L0);
    NodeId r = ir_reduce(g, OP_REDUCE_MAX, sl, (int64_t[]){0, 2}, 2, true, L0);
    NodeId full = ir_full(g, DT_F32, &(Shape){3, {1, 2, 1}}, -1.0 / 3, L0);
    NodeId lt = ir_binary(g, OP_LT, r, full, L0);
    NodeId sel = ir_select(g, lt, r, full, L0);
    NodeId cb = ir_cast(g, sel, DT_BF16, L0);
    NodeId h = ir_scalar(g, DT_F16, 0.1, L0);
    NodeId i = ir_scalar(g, DT_I64, -7, L0);
    NodeId rs = ir_reshape(g, cb, &(Shape){1, {2}}, L0);
    ck_assert(mm && p && sl && r && full && lt && sel && cb && h && i && rs);
    assert_roundtrip(g);
    ir_graph_free(g);
}
END_TEST

/* A concat with more operands than any fixed buffer would hold. */
START_TEST(t_roundtrip_wide_concat)
{
    Graph *g = ir_graph_new(&T.cx, "wide");
    NodeId x = leaf(g, OP_INPUT, "x", DT_F32, 1, (int64_t[]){2});
    NodeId in[100];
    for (int i = 0; i < 100; i++) in[i] = x;
    Attrs a = {.axis = 0};
    ck_assert_uint_ne(ir_add(g, OP_CONCAT, in, 100, &a, NULL, L0), 0);
    assert_roundtrip(g);
    ir_graph_free(g);
}
END_TEST

START_TEST(t_roundtrip_golden)
{
    const char *root = getenv("PASSC_SOURCE_DIR");
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/tests/golden", root ? root : PASSC_SOURCE_DIR);
    DIR *d = opendir(dir);
    ck_assert_ptr_nonnull(d);
    int n = 0;
    for (struct dirent *e; (e = readdir(d));) {
        size_t len = strlen(e->d_name);
        if (len < 5 || strcmp(e->d_name + len - 4, ".pir") != 0) continue;
        char rel[600];
        snprintf(rel, sizeof rel, "tests/golden/%s", e->d_name);
        size_t tlen;
        char *text = tc_read_source(rel, &tlen);
        ck_assert_ptr_nonnull(text);
        Graph *g = ir_parse(&T.cx, rel, text, tlen);
        ck_assert_msg(g, "%s: %s", rel, tc_diag(&T));
        ck_assert(ir_verify(&T.cx, g));
        char *out = ir_print_str(g);
        ck_assert_msg(strcmp(out, text) == 0, "%s is not canonical:\n%s", rel, out);
        free(out);
        ir_graph_free(g);
        free(text);
        n++;
    }
    closedir(d);
    ck_assert_int_ge(n, 10);
}
END_TEST

/* Comments, blank lines, spacing and attribute order are not canonical. */
START_TEST(t_parse_lenient)
{
    assert_reprint("# leading comment\n\n  graph   \"g\"  # name\n"
                   "%7 = input  name = \"x\"  :  f32 [ 2 , 3 ]\r\n"
                   "\n\t# indented comment\n"
                   "%3=reduce_sum %7 keep=1 axes=[0] :f32[1,3]@ \"my model.yaml\":2:5\n",
                   "graph \"g\"\n"
                   "%1 = input name=\"x\" : f32[2,3]\n"
                   "%2 = reduce_sum %1 axes=[0] keep=1 : f32[1,3] @ \"my model.yaml\":2:5\n");
}
END_TEST

/* The `@` location becomes the node's SrcLoc. */
START_TEST(t_parse_locations)
{
    Graph *g = parse_str("graph \"g\"\n%1 = input name=\"x\" : f32[2] @ m/a.yaml:12:34\n"
                         "%2 = neg %1 : f32[2]\n");
    ck_assert_ptr_nonnull(g);
    SrcLoc l1 = ir_node(g, 1)->loc, l2 = ir_node(g, 2)->loc;
    ck_assert_str_eq(cx_file_path(&T.cx, l1.file), "m/a.yaml");
    ck_assert_uint_eq(l1.line, 12);
    ck_assert_uint_eq(l1.col, 34);
    ck_assert_uint_eq(l2.file, 0);
    ck_assert_uint_eq(ir_node(g, 2)->in[0], 1);
    ir_graph_free(g);
}
END_TEST

/* ------------------------------------------------------------ numbers */

static void assert_real(double v, DType dt, const char *want)
{
    char buf[64];
    ir_format_real(buf, sizeof buf, v, dt);
    ck_assert_str_eq(buf, want);
}

START_TEST(t_format_real)
{
    assert_real(1e-12, DT_F64, "1e-12");
    assert_real(0.1, DT_F64, "0.1");
    assert_real(-0.0, DT_F64, "-0");
    assert_real(0.0, DT_F64, "0");
    assert_real(1e300, DT_F64, "1e+300");
    assert_real(1.0 / 3, DT_F64, "0.3333333333333333");
    assert_real(0x1p-1074, DT_F64, "5e-324");                 /* smallest subnormal */
    assert_real(0x0.fffffffffffffp-1022, DT_F64, "2.225073858507201e-308"); /* largest subnormal */
    assert_real(INFINITY, DT_F64, "inf");
    assert_real(-INFINITY, DT_F32, "-inf");
    assert_real(NAN, DT_F32, "nan");
    assert_real((float)0.1, DT_F32, "0.1");
    assert_real((float)(1.0 / 3), DT_F32, "0.33333334");
    assert_real(0x1p-149, DT_F32, "1e-45");                   /* f32 subnormal */
    assert_real(0x1.fffffep127, DT_F32, "3.4028235e+38");
    assert_real(0.10009765625, DT_BF16, "0.1");               /* bf16(0.1) */
    assert_real(65504, DT_F16, "6.55e+04");                   /* f16 max */
    assert_real(0x1p-24, DT_F16, "6e-08");                    /* f16 subnormal */
}
END_TEST

/* Const data of every dtype reads back to the same bits. */
START_TEST(t_data_roundtrip)
{
    static const char text[] = "graph \"d\"\n"
                               "%1 = const data=[1e-12,0.1,-0,1e+300,5e-324,-inf,nan] : f64[7]\n"
                               "%2 = const data=[1e-45,-0,0.1] : f32[3]\n"
                               "%3 = const data=[-9223372036854775808,9223372036854775807] : i64[2]\n"
                               "%4 = const data=[0.1,-2,6e-08] : f16[3]\n"
                               "%5 = const data=[1,0] : bool[2]\n";
    Graph *g = parse_str(text);
    ck_assert_msg(g, "%s", tc_diag(&T));
    const double *d = ir_node(g, 1)->a.data;
    ck_assert(d[0] == 1e-12 && d[1] == 0.1 && d[3] == 1e300 && d[4] == 0x1p-1074);
    ck_assert(d[2] == 0 && signbit(d[2]) && isinf(d[5]) && d[5] < 0 && isnan(d[6]));
    const float *f = ir_node(g, 2)->a.data;
    ck_assert(f[0] == 0x1p-149f && signbit(f[1]) && f[2] == 0.1f);
    const int64_t *i = ir_node(g, 3)->a.data;
    ck_assert(i[0] == INT64_MIN && i[1] == INT64_MAX);
    const uint16_t *h = ir_node(g, 4)->a.data;
    ck_assert_uint_eq(h[0], 0x2e66); /* f16(0.1) */
    ck_assert_uint_eq(h[1], 0xc000);
    ck_assert_uint_eq(h[2], 0x0001);
    char *out = ir_print_str(g);
    ck_assert_str_eq(out, text);
    free(out);
    ir_graph_free(g);
}
END_TEST

START_TEST(t_half_codec)
{
    uint16_t b[4];
    ir_data_set(DT_BF16, b, 0, 1.0 + 0x1p-8);          /* tie: rounds to even 1.0 */
    ir_data_set(DT_BF16, b, 1, 1.0 + 3 * 0x1p-8);      /* tie: rounds up to 1+2^-6 */
    ir_data_set(DT_F16, b, 2, 70000);                  /* overflows to inf */
    ir_data_set(DT_F16, b, 3, -0x1p-25);               /* tie below min subnormal: -0 */
    ck_assert_uint_eq(b[0], 0x3f80);
    ck_assert_uint_eq(b[1], 0x3f82);
    ck_assert_uint_eq(b[2], 0x7c00);
    ck_assert_uint_eq(b[3], 0x8000);
    ck_assert(ir_data_get(DT_BF16, b, 1) == 1.0 + 0x1p-6);
    ck_assert(isinf(ir_data_get(DT_F16, b, 2)));
    int32_t i[3];
    ir_data_set(DT_I32, i, 0, 1e10);  /* saturates */
    ir_data_set(DT_I32, i, 1, -2.9);  /* truncates toward zero */
    ir_data_set(DT_I32, i, 2, NAN);
    ck_assert(i[0] == INT32_MAX && i[1] == -2 && i[2] == 0);
    int64_t l;
    ir_data_set(DT_I64, &l, 0, 1e300);
    ck_assert(l == INT64_MAX);
}
END_TEST

/* bf16 encoding against a reference written from the definition: the two
 * bf16 neighbours of x (truncation and the next one up), the nearer by
 * exact double distance, ties to the even pattern.  Random float bit
 * patterns (all classes: subnormal, normal, near overflow) plus doubles
 * with more bits than a float (the slow path, where rounding through a
 * float first would round twice). */
static uint16_t bf16_reference(double x)
{
    if (isnan(x)) return signbit(x) ? 0xffc0 : 0x7fc0;
    float f = (float)x;
    uint32_t u;
    memcpy(&u, &f, sizeof u);
    uint16_t lo = (uint16_t)(u >> 16); /* truncation toward zero of the float */
    if ((double)f != x && fabs((double)f) > fabs(x)) lo = (uint16_t)(lo - ((u & 0xffff) == 0)); /* f rounded up */
    uint16_t hi = (uint16_t)(lo + 1);
    uint32_t ul = (uint32_t)lo << 16, uh = (uint32_t)hi << 16;
    float fl, fh;
    memcpy(&fl, &ul, sizeof fl);
    memcpy(&fh, &uh, sizeof fh);
    if ((lo & 0x7fff) == 0x7f80) return lo; /* infinity */
    /* past the largest finite bf16 the upper neighbour is infinity, at 2^128 for rounding */
    double dl = fabs(x - (double)fl), dh = fabs((isinf(fh) ? copysign(0x1p128, x) : (double)fh) - x);
    if (dl < dh) return lo;
    if (dh < dl) return hi;
    return (lo & 1) ? hi : lo;
}

START_TEST(t_bf16_encode_exhaustive_sample)
{
    uint64_t st = 0x9e3779b97f4a7c15ull;
    for (int i = 0; i < 2000000; i++) {
        st = st * 6364136223846793005ull + 1442695040888963407ull;
        uint32_t u = (uint32_t)(st >> 32);
        float f;
        memcpy(&f, &u, sizeof f);
        double x = i % 4 == 3 ? (double)f * (1.0 + 0x1p-30 * (double)(st & 0xff)) : (double)f;
        if (isnan(x) || isinf(x)) continue;
        uint16_t got;
        ir_data_set(DT_BF16, &got, 0, x);
        ck_assert_msg(got == bf16_reference(x), "x=%a: got %04x, expected %04x", x, got, bf16_reference(x));
    }
    const double edge[] = {0x1.fefffep127, 0x1.ff0000p127, 0x1p-133, 0x1.8p-133, 0x1p-149, -0x1.00ffp0, 0x1.0080p0,
                           0x1.0180p0, 0x1.008000001p0};
    for (size_t i = 0; i < sizeof edge / sizeof edge[0]; i++) {
        uint16_t got;
        ir_data_set(DT_BF16, &got, 0, edge[i]);
        ck_assert_msg(got == bf16_reference(edge[i]), "x=%a: got %04x, expected %04x", edge[i], got,
                      bf16_reference(edge[i]));
    }
}
END_TEST

/* ------------------------------------------------------------ strings */

START_TEST(t_string_escapes)
{
    Graph *g = ir_graph_new(&T.cx, "q\"uote");
    leaf(g, OP_INPUT, "a\"b\\c\nd\te\x01z", DT_F32, 0, NULL);
    char *text = ir_print_str(g);
    ck_assert_str_eq(text, "graph \"q\\\"uote\"\n%1 = input name=\"a\\\"b\\\\c\\nd\\te\\x01z\" : f32[]\n");
    Graph *h = parse_str(text);
    ck_assert_ptr_nonnull(h);
    ck_assert_str_eq(h->name, "q\"uote");
    ck_assert_str_eq(ir_node(h, 1)->a.name, "a\"b\\c\nd\te\x01z");
    free(text);
    ir_graph_free(h);
    ir_graph_free(g);
}
END_TEST

/* ------------------------------------------------------------ errors */

static void assert_parse_error(const char *text, const char *want)
{
    Graph *g = parse_str(text);
    ck_assert_ptr_null(g);
    ck_assert_msg(strstr(tc_diag(&T), want), "expected '%s' in: %s", want, tc_diag(&T));
    ck_assert_int_eq(T.cx.nerrors, 1);
}

#define HDR "graph \"g\"\n%1 = input name=\"x\" : f32[2]\n"

START_TEST(t_err_undefined) { assert_parse_error(HDR "%2 = neg %9 : f32[2]\n", "t.pir:3:10: error: undefined value %9"); }
END_TEST
START_TEST(t_err_use_before_def)
{
    assert_parse_error(HDR "%2 = neg %3 : f32[2]\n\n%3 = neg %1 : f32[2]\n",
                       "t.pir:3:10: error: %3 is used before its definition on line 5");
}
END_TEST
START_TEST(t_err_redefined) { assert_parse_error(HDR "%1 = neg %1 : f32[2]\n", "t.pir:3:1: error: %1 is already defined on line 2"); }
END_TEST
START_TEST(t_err_type_mismatch)
{
    assert_parse_error(HDR "%2 = reduce_sum %1 axes=[0] keep=1 : f32[]\n",
                       "t.pir:3:38: error: type mismatch: annotated f32[] but inferred f32[1]");
}
END_TEST
START_TEST(t_err_inference_at_op)
{
    assert_parse_error(HDR "%2 = input name=\"i\" : i32[2]\n%3 = exp %2 : i32[2]\n",
                       "t.pir:4:6: error: exp: operand must be floating point, got i32");
}
END_TEST
START_TEST(t_err_caret)
{
    assert_parse_error(HDR "%2 = nope %1 : f32[2]\n", "t.pir:3:6: error: unknown op 'nope'\n"
                                                      "  %2 = nope %1 : f32[2]\n"
                                                      "       ^\n");
}
END_TEST
START_TEST(t_err_arity) { assert_parse_error(HDR "%2 = select %1, %1 : f32[2]\n", "t.pir:3:6: error: 'select' takes 3 operands, got 2"); }
END_TEST
START_TEST(t_err_const_needs_data) { assert_parse_error("graph \"g\"\n%1 = const : f32[2]\n", "t.pir:2:6: error: 'const' needs data=[...]"); }
END_TEST
START_TEST(t_err_i32_range) { assert_parse_error("graph \"g\"\n%1 = const data=[2147483648] : i32[1]\n", "t.pir:2:18: error: value 2147483648 out of range for i32"); }
END_TEST
START_TEST(t_err_int_expected) { assert_parse_error(HDR "%2 = topk %1 k=1.5 : i32[1]\n", "t.pir:3:16: error: expected an integer, found '1.5'"); }
END_TEST
START_TEST(t_err_empty) { assert_parse_error("", "t.pir:1:1: error: expected 'graph \"name\"', found end of file"); }
END_TEST

/* ------------------------------------------------------------ robustness */

static const char robust_src[] =
    "graph \"r\"\n"
    "%1 = param name=\"w\" init=\"ones\" tags=[frozen] frozen_epochs=2 : f32[2,2] @ \"a b\":1:2\n"
    "%2 = const data=[1.5,-0,inf,2] : f32[2,2] @ m.yaml:3:4\n"
    "%3 = add %1, %2 : f32[2,2]\n"
    "%4 = reduce_sum %3 axes=[0,1] keep=0 : f32[]\n"
    "%5 = pad %3 lo=[1,0] hi=[0,1] value=-2.5 : f32[3,3]\n"
    "%6 = output %4 name=\"loss\\n\" : f32[]\n";

/* Every prefix of a valid file parses or fails with a diagnostic. */
START_TEST(t_truncated)
{
    size_t n = strlen(robust_src);
    for (size_t len = 0; len <= n; len++) {
        int before = T.cx.nerrors;
        Graph *g = ir_parse(&T.cx, "t.pir", robust_src, len);
        ck_assert(g ? T.cx.nerrors == before : T.cx.nerrors == before + 1);
        ir_graph_free(g);
    }
}
END_TEST

/* Random byte edits (including NUL and high bytes) never crash; whatever
 * parses prints canonically. */
START_TEST(t_mutated)
{
    size_t n = strlen(robust_src);
    char *buf = malloc(n);
    ck_assert_ptr_nonnull(buf);
    uint64_t s = 12345;
    for (int iter = 0; iter < 2000; iter++) {
        memcpy(buf, robust_src, n);
        for (int k = 0; k < 1 + iter % 4; k++) {
            s = s * 6364136223846793005u + 1442695040888963407u;
            buf[(s >> 33) % n] = (char)(s >> 20);
        }
        Graph *g = ir_parse(&T.cx, "t.pir", buf, n);
        if (g) {
            char *out = ir_print_str(g);
            Graph *h = parse_str(out);
            ck_assert_msg(h, "reprint of a parsed graph failed:\n%s\n%s", out, tc_diag(&T));
            char *out2 = ir_print_str(h);
            ck_assert_str_eq(out, out2);
            free(out2);
            free(out);
            ir_graph_free(h);
        }
        ir_graph_free(g);
    }
    free(buf);
}
END_TEST

/* Every allocation the parser makes may fail: it reports and returns NULL. */
START_TEST(t_out_of_memory)
{
    bool done = false;
    for (long k = 0; !done && k < 10000; k++) {
        T.cx.fail_after = k;
        T.cx.nallocs = 0;
        int before = T.cx.nerrors;
        Graph *g = ir_parse(&T.cx, "t.pir", robust_src, strlen(robust_src));
        if (g) done = true;
        else ck_assert_int_gt(T.cx.nerrors, before);
        ir_graph_free(g);
    }
    ck_assert(done);
}
END_TEST

static Suite *text_suite(void)
{
    Suite *s = suite_create("text");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, t_print_exact);
    tcase_add_test(tc, t_print_all_attrs);
    tcase_add_test(tc, t_roundtrip_builder);
    tcase_add_test(tc, t_roundtrip_wide_concat);
    tcase_add_test(tc, t_roundtrip_golden);
    tcase_add_test(tc, t_parse_lenient);
    tcase_add_test(tc, t_parse_locations);
    tcase_add_test(tc, t_format_real);
    tcase_add_test(tc, t_data_roundtrip);
    tcase_add_test(tc, t_half_codec);
    tcase_add_test(tc, t_bf16_encode_exhaustive_sample);
    tcase_add_test(tc, t_string_escapes);
    tcase_add_test(tc, t_err_undefined);
    tcase_add_test(tc, t_err_use_before_def);
    tcase_add_test(tc, t_err_redefined);
    tcase_add_test(tc, t_err_type_mismatch);
    tcase_add_test(tc, t_err_inference_at_op);
    tcase_add_test(tc, t_err_caret);
    tcase_add_test(tc, t_err_arity);
    tcase_add_test(tc, t_err_const_needs_data);
    tcase_add_test(tc, t_err_i32_range);
    tcase_add_test(tc, t_err_int_expected);
    tcase_add_test(tc, t_err_empty);
    tcase_add_test(tc, t_truncated);
    tcase_add_test(tc, t_mutated);
    tcase_add_test(tc, t_out_of_memory);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return tc_run_suite(text_suite()); }
