/* test_interp.c — the reference interpreter against hand-computed values.
 *
 * Every op of ops.def is exercised by at least one case; the cases live in
 * one table, each runs as its own check test, and t_all_ops_covered runs
 * them all again in one process and asserts that the graphs they built
 * used every op (so a new op without a test fails here). */
#include "testutil.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define DIMS(...) ((const int64_t[]){__VA_ARGS__})
#define VALS(...) ((const double[]){__VA_ARGS__})

static const SrcLoc LOC = {0, 1, 1};

typedef struct Fx {
    TestCtx tc;
    Graph *g;
    Interp *ip;
} Fx;

static void fx_init(Fx *f)
{
    tc_init(&f->tc);
    f->g = ir_graph_new(&f->tc.cx, "t");
    ck_assert_ptr_nonnull(f->g);
    f->ip = NULL;
}

static void fx_fini(Fx *f)
{
    ir_interp_free(f->ip);
    ir_graph_free(f->g);
    tc_fini(&f->tc);
}

static Interp *fx_interp(Fx *f, InterpPrec prec)
{
    ir_interp_free(f->ip);
    f->ip = ir_interp_new(&f->tc.cx, f->g, prec);
    ck_assert_ptr_nonnull(f->ip);
    return f->ip;
}

static void fx_run(Fx *f, InterpPrec prec)
{
    fx_interp(f, prec);
    ck_assert_msg(ir_interp_run(f->ip), "run failed: %s", tc_diag(&f->tc));
}

static NodeId ok(Fx *f, NodeId id)
{
    ck_assert_msg(id != 0, "builder failed: %s", tc_diag(&f->tc));
    return id;
}

static void store_elem(unsigned char *p, DType dt, double v)
{
    switch (dt) {
    case DT_F32: *(float *)p = (float)v; break;
    case DT_F64: *(double *)p = v; break;
    case DT_I32: *(int32_t *)p = (int32_t)v; break;
    case DT_I64: *(int64_t *)p = (int64_t)v; break;
    case DT_BOOL: *(uint8_t *)p = v != 0; break;
    default: *(uint16_t *)p = (uint16_t)v; break; /* bf16/f16: raw bits */
    }
}

/* A const of the given type; bf16/f16 values are raw bit patterns. */
static NodeId cst(Fx *f, DType dt, int rank, const int64_t *dims, const double *v)
{
    Type t = {dt, shape_make(rank, dims)};
    int64_t n = shape_numel(&t.shape);
    unsigned char *buf = calloc((size_t)(n ? n : 1), 8);
    ck_assert_ptr_nonnull(buf);
    for (int64_t k = 0; k < n; k++) store_elem(buf + k * dt_size(dt), dt, v[k]);
    Attrs a = {.data = buf};
    NodeId id = ir_add(f->g, OP_CONST, NULL, 0, &a, &t, LOC);
    free(buf);
    return ok(f, id);
}

/* A const of values 0, 1, 2, ... */
static NodeId seq(Fx *f, DType dt, int rank, const int64_t *dims)
{
    Shape s = shape_make(rank, dims);
    int64_t n = shape_numel(&s);
    double *v = malloc((size_t)n * sizeof *v);
    ck_assert_ptr_nonnull(v);
    for (int64_t k = 0; k < n; k++) v[k] = (double)k;
    NodeId id = cst(f, dt, rank, dims, v);
    free(v);
    return id;
}

static NodeId node(Fx *f, Op op, const NodeId *in, uint32_t nin, const Attrs *a, const Type *hint)
{
    return ok(f, ir_add(f->g, op, in, nin, a, hint, LOC));
}

static NodeId un(Fx *f, Op op, NodeId x) { return ok(f, ir_unary(f->g, op, x, LOC)); }
static NodeId bin(Fx *f, Op op, NodeId a, NodeId b) { return ok(f, ir_binary(f->g, op, a, b, LOC)); }

/* Asserts dtype, shape and values (NaN matches NaN; tol absolute). */
static void expect(Fx *f, NodeId id, DType dt, int rank, const int64_t *dims, const double *want,
                   double tol)
{
    const Tensor *t = ir_interp_value(f->ip, id);
    ck_assert_ptr_nonnull(t);
    ck_assert_str_eq(dt_name(t->type.dt), dt_name(dt));
    Shape s = shape_make(rank, dims);
    ck_assert_msg(shape_eq(&t->type.shape, &s), "node %u: wrong shape", id);
    ck_assert_int_eq(t->numel, shape_numel(&s));
    for (int64_t k = 0; k < t->numel; k++) {
        double got = tensor_get(t, k), w = want[k];
        if (isnan(w))
            ck_assert_msg(isnan(got), "node %u [%lld]: got %.17g, want NaN", id, (long long)k, got);
        else
            ck_assert_msg(fabs(got - w) <= tol || got == w, "node %u [%lld]: got %.17g, want %.17g",
                          id, (long long)k, got, w);
    }
}

static void expect_diag(Fx *f, const char *needle)
{
    const char *d = tc_diag(&f->tc);
    ck_assert_msg(strstr(d, needle) != NULL, "diagnostic '%s' not in:\n%s", needle, d);
}

/* ------------------------------------------------------------ elementwise */

typedef struct UnCase {
    Op op;
    double in[3], out[3];
} UnCase;

static void case_unary_float(Fx *f)
{
    static const UnCase cs[] = {
        {OP_NEG, {0.5, -1, 0}, {-0.5, 1, -0.0}},
        {OP_EXP, {0, 1, -INFINITY}, {1, M_E, 0}},
        {OP_LOG, {1, M_E, 0}, {0, 1, -INFINITY}},
        {OP_SQRT, {4, 2.25, 0}, {2, 1.5, 0}},
        {OP_RSQRT, {4, 0.25, 1}, {0.5, 2, 1}},
        {OP_ERF, {0, 1, -1}, {0, 0.84270079294971489, -0.84270079294971489}},
        {OP_TANH, {0, 0.5, -0.5}, {0, 0.46211715726000974, -0.46211715726000974}},
        {OP_ABS, {-1.5, 2, -0.0}, {1.5, 2, 0}},
        {OP_RECIP, {4, -0.5, 1}, {0.25, -2, 1}},
        {OP_FLOOR, {-1.5, 2.7, 3}, {-2, 2, 3}},
    };
    NodeId ids[10];
    for (int i = 0; i < 10; i++) ids[i] = un(f, cs[i].op, cst(f, DT_F64, 1, DIMS(3), cs[i].in));
    fx_run(f, IP_F64);
    for (int i = 0; i < 10; i++) expect(f, ids[i], DT_F64, 1, DIMS(3), cs[i].out, 1e-15);
}

static void case_unary_int(Fx *f)
{
    NodeId x = cst(f, DT_I32, 1, DIMS(4), VALS(-3, 0, 7, INT32_MIN));
    NodeId neg = un(f, OP_NEG, x), abs = un(f, OP_ABS, x);
    fx_run(f, IP_F32);
    /* -INT32_MIN wraps to itself */
    expect(f, neg, DT_I32, 1, DIMS(4), VALS(3, 0, -7, INT32_MIN), 0);
    expect(f, abs, DT_I32, 1, DIMS(4), VALS(3, 0, 7, INT32_MIN), 0);
}

static void case_binary_float(Fx *f)
{
    NodeId a = cst(f, DT_F64, 1, DIMS(3), VALS(6, -3, 2.5));
    NodeId b = cst(f, DT_F64, 1, DIMS(3), VALS(4, 2, 0.5));
    NodeId p = cst(f, DT_F64, 1, DIMS(3), VALS(2, 9, 4));
    NodeId q = cst(f, DT_F64, 1, DIMS(3), VALS(3, 0.5, -1));
    NodeId n = cst(f, DT_F64, 1, DIMS(3), VALS(NAN, 1, 1));
    NodeId ids[] = {bin(f, OP_ADD, a, b), bin(f, OP_SUB, a, b), bin(f, OP_MUL, a, b),
                    bin(f, OP_DIV, a, b), bin(f, OP_MAX, a, b), bin(f, OP_MIN, a, b),
                    bin(f, OP_POW, p, q), bin(f, OP_MAX, n, a), bin(f, OP_MIN, a, n)};
    static const double want[][3] = {{10, -1, 3}, {2, -5, 2},  {24, -6, 1.25},
                                     {1.5, -1.5, 5}, {6, 2, 2.5}, {4, -3, 0.5},
                                     {8, 3, 0.25}, {NAN, 1, 2.5}, {NAN, -3, 1}};
    fx_run(f, IP_F64);
    for (int i = 0; i < 9; i++) expect(f, ids[i], DT_F64, 1, DIMS(3), want[i], 0);
}

static void case_binary_int(Fx *f)
{
    NodeId a = cst(f, DT_I32, 1, DIMS(5), VALS(7, -7, 7, -7, INT32_MAX));
    NodeId b = cst(f, DT_I32, 1, DIMS(5), VALS(2, 2, -2, -2, 1));
    NodeId ids[] = {bin(f, OP_ADD, a, b), bin(f, OP_SUB, a, b), bin(f, OP_MUL, a, b),
                    bin(f, OP_DIV, a, b), bin(f, OP_MAX, a, b), bin(f, OP_MIN, a, b)};
    static const double want[][5] = {
        {9, -5, 5, -9, INT32_MIN}, /* add wraps */
        {5, -9, 9, -5, INT32_MAX - 1},
        {14, -14, -14, 14, INT32_MAX},
        {3, -3, -3, 3, INT32_MAX}, /* truncation toward zero */
        {7, 2, 7, -2, INT32_MAX},
        {2, -7, -2, -7, 1},
    };
    NodeId c = cst(f, DT_I64, 1, DIMS(2), VALS(-9, 9));
    NodeId d = cst(f, DT_I64, 1, DIMS(2), VALS(4, -4));
    NodeId dv = bin(f, OP_DIV, c, d);
    fx_run(f, IP_F32);
    for (int i = 0; i < 6; i++) expect(f, ids[i], DT_I32, 1, DIMS(5), want[i], 0);
    expect(f, dv, DT_I64, 1, DIMS(2), VALS(-2, -2), 0);
}

static void case_int_div_zero(Fx *f)
{
    NodeId a = cst(f, DT_I32, 1, DIMS(2), VALS(1, 2));
    NodeId b = cst(f, DT_I32, 1, DIMS(2), VALS(1, 0));
    NodeId d = bin(f, OP_DIV, a, b);
    fx_interp(f, IP_F32);
    ck_assert(!ir_interp_run(f->ip));
    char want[64];
    snprintf(want, sizeof want, "div (node %%%u): integer division by zero", d);
    expect_diag(f, want);
}

static void case_compare(Fx *f)
{
    NodeId a = cst(f, DT_F64, 1, DIMS(4), VALS(1, 2, 3, NAN));
    NodeId b = cst(f, DT_F64, 1, DIMS(4), VALS(2, 2, 2, 1));
    Op ops[] = {OP_EQ, OP_NE, OP_LT, OP_LE, OP_GT, OP_GE};
    static const double want[][4] = {{0, 1, 0, 0}, {1, 0, 1, 1}, {1, 0, 0, 0},
                                     {1, 1, 0, 0}, {0, 0, 1, 0}, {0, 1, 1, 0}};
    NodeId ids[6];
    for (int i = 0; i < 6; i++) ids[i] = bin(f, ops[i], a, b);
    NodeId x = cst(f, DT_I64, 1, DIMS(3), VALS(-5, 0, 5));
    NodeId y = cst(f, DT_I64, 1, DIMS(3), VALS(0, 0, 0));
    NodeId lt = bin(f, OP_LT, x, y), ge = bin(f, OP_GE, x, y);
    fx_run(f, IP_F32);
    for (int i = 0; i < 6; i++) expect(f, ids[i], DT_BOOL, 1, DIMS(4), want[i], 0);
    expect(f, lt, DT_BOOL, 1, DIMS(3), VALS(1, 0, 0), 0);
    expect(f, ge, DT_BOOL, 1, DIMS(3), VALS(0, 1, 1), 0);
}

static void case_select(Fx *f)
{
    NodeId a = cst(f, DT_F32, 1, DIMS(3), VALS(1, 5, 3));
    NodeId b = cst(f, DT_F32, 1, DIMS(3), VALS(4, 2, 3));
    NodeId c = bin(f, OP_LT, a, b);
    NodeId s = ok(f, ir_select(f->g, c, a, b, LOC));
    NodeId ci = cst(f, DT_BOOL, 1, DIMS(2), VALS(0, 1));
    NodeId si = ok(f, ir_select(f->g, ci, cst(f, DT_I32, 1, DIMS(2), VALS(10, 11)),
                                cst(f, DT_I32, 1, DIMS(2), VALS(20, 21)), LOC));
    fx_run(f, IP_F32);
    expect(f, s, DT_F32, 1, DIMS(3), VALS(1, 2, 3), 0);
    expect(f, si, DT_I32, 1, DIMS(2), VALS(20, 11), 0);
}

static void case_cast(Fx *f)
{
    NodeId x = cst(f, DT_F32, 1, DIMS(5), VALS(2.7, -2.7, NAN, 3e9, -3e9));
    NodeId toi = ok(f, ir_cast(f->g, x, DT_I32, LOC));
    NodeId d = cst(f, DT_F64, 1, DIMS(3), VALS(0.1, 0, -0.5));
    NodeId tof = ok(f, ir_cast(f->g, d, DT_F32, LOC));
    NodeId tob = ok(f, ir_cast(f->g, d, DT_BOOL, LOC));
    NodeId big = cst(f, DT_I64, 1, DIMS(2), VALS(4294967301.0, -1)); /* 2^32 + 5 */
    NodeId wrap = ok(f, ir_cast(f->g, big, DT_I32, LOC));
    NodeId i2f = ok(f, ir_cast(f->g, big, DT_F64, LOC));
    NodeId tie = cst(f, DT_F64, 1, DIMS(2), VALS(1 + 0x1p-8, 1 + 3 * 0x1p-8));
    NodeId bf = ok(f, ir_cast(f->g, tie, DT_BF16, LOC));
    fx_run(f, IP_F32);
    /* truncation toward zero, NaN -> 0, saturation at the i32 range */
    expect(f, toi, DT_I32, 1, DIMS(5), VALS(2, -2, 0, INT32_MAX, INT32_MIN), 0);
    expect(f, tof, DT_F32, 1, DIMS(3), VALS((double)0.1f, 0, -0.5), 0);
    expect(f, tob, DT_BOOL, 1, DIMS(3), VALS(1, 0, 1), 0);
    expect(f, wrap, DT_I32, 1, DIMS(2), VALS(5, -1), 0);
    expect(f, i2f, DT_F64, 1, DIMS(2), VALS(4294967301.0, -1), 0);
    expect(f, bf, DT_BF16, 1, DIMS(2), VALS(1, 1 + 0x1p-6), 0); /* ties to even */
    fx_run(f, IP_F64); /* f32 nodes keep the double */
    expect(f, tof, DT_F32, 1, DIMS(3), VALS(0.1, 0, -0.5), 0);
}

static void case_identity_ops(Fx *f)
{
    NodeId x = cst(f, DT_F32, 2, DIMS(1, 3), VALS(1, -2, 3.5));
    NodeId sg = un(f, OP_STOP_GRADIENT, x), ar = un(f, OP_ALL_REDUCE_SUM, x);
    NodeId out = node(f, OP_OUTPUT, &x, 1, &(Attrs){.name = "y"}, NULL);
    fx_run(f, IP_F32);
    expect(f, sg, DT_F32, 2, DIMS(1, 3), VALS(1, -2, 3.5), 0);
    expect(f, ar, DT_F32, 2, DIMS(1, 3), VALS(1, -2, 3.5), 0);
    expect(f, out, DT_F32, 2, DIMS(1, 3), VALS(1, -2, 3.5), 0);
}

/* ------------------------------------------------------------- reductions */

static void case_reduce(Fx *f)
{
    NodeId x = seq(f, DT_F64, 2, DIMS(2, 3)); /* [[0,1,2],[3,4,5]] */
    NodeId s1 = ok(f, ir_reduce(f->g, OP_REDUCE_SUM, x, DIMS(1), 1, false, LOC));
    NodeId s0k = ok(f, ir_reduce(f->g, OP_REDUCE_SUM, x, DIMS(0), 1, true, LOC));
    NodeId sall = ok(f, ir_reduce(f->g, OP_REDUCE_SUM, x, DIMS(0, 1), 2, false, LOC));
    NodeId m1k = ok(f, ir_reduce(f->g, OP_REDUCE_MAX, x, DIMS(1), 1, true, LOC));
    NodeId y = cst(f, DT_F64, 2, DIMS(2, 2), VALS(-1, NAN, -3, -2));
    NodeId m1 = ok(f, ir_reduce(f->g, OP_REDUCE_MAX, y, DIMS(1), 1, false, LOC));
    NodeId z = seq(f, DT_I32, 3, DIMS(2, 2, 2));
    NodeId zs = ok(f, ir_reduce(f->g, OP_REDUCE_SUM, z, DIMS(0, 2), 2, false, LOC));
    NodeId zm = ok(f, ir_reduce(f->g, OP_REDUCE_MAX, z, DIMS(1), 1, false, LOC));
    fx_run(f, IP_F32);
    expect(f, s1, DT_F64, 1, DIMS(2), VALS(3, 12), 0);
    expect(f, s0k, DT_F64, 2, DIMS(1, 3), VALS(3, 5, 7), 0);
    expect(f, sall, DT_F64, 0, DIMS(0), VALS(15), 0);
    expect(f, m1k, DT_F64, 2, DIMS(2, 1), VALS(2, 5), 0);
    expect(f, m1, DT_F64, 1, DIMS(2), VALS(NAN, -2), 0); /* NaN propagates */
    /* z[a,b,c] = 4a+2b+c: sum over a,c -> 2*(4*0.5*... ) = {0+1+4+5, 2+3+6+7} */
    expect(f, zs, DT_I32, 1, DIMS(2), VALS(10, 18), 0);
    expect(f, zm, DT_I32, 2, DIMS(2, 2), VALS(2, 3, 6, 7), 0);
}

/* f32 sums accumulate in double: 1 + 2^-24 + 2^-24 is 1 + 2^-23, whereas
 * rounding after each addition would give 1 (ties to even) twice. */
static void case_reduce_f32_accumulation(Fx *f)
{
    NodeId x = cst(f, DT_F32, 1, DIMS(3), VALS(1, 0x1p-24, 0x1p-24));
    NodeId s = ok(f, ir_reduce(f->g, OP_REDUCE_SUM, x, DIMS(0), 1, false, LOC));
    NodeId a = cst(f, DT_F32, 2, DIMS(1, 3), VALS(1, 0x1p-24, 0x1p-24));
    NodeId b = cst(f, DT_F32, 2, DIMS(3, 1), VALS(1, 1, 1));
    NodeId mm = ok(f, ir_matmul(f->g, a, b, false, false, LOC));
    NodeId add = bin(f, OP_ADD, bin(f, OP_ADD, cst(f, DT_F32, 0, DIMS(0), VALS(1)),
                                    cst(f, DT_F32, 0, DIMS(0), VALS(0x1p-24))),
                     cst(f, DT_F32, 0, DIMS(0), VALS(0x1p-24)));
    fx_run(f, IP_F32);
    expect(f, s, DT_F32, 0, DIMS(0), VALS(1 + 0x1p-23), 0);
    expect(f, mm, DT_F32, 2, DIMS(1, 1), VALS(1 + 0x1p-23), 0);
    expect(f, add, DT_F32, 0, DIMS(0), VALS(1), 0);
    fx_run(f, IP_F64);
    expect(f, add, DT_F32, 0, DIMS(0), VALS(1 + 0x1p-23), 0);
}

/* ----------------------------------------------------------------- layout */

static void case_reshape(Fx *f)
{
    NodeId x = seq(f, DT_F32, 2, DIMS(2, 3));
    Shape s = shape_make(3, DIMS(3, 1, 2));
    NodeId r = ok(f, ir_reshape(f->g, x, &s, LOC));
    fx_run(f, IP_F32);
    expect(f, r, DT_F32, 3, DIMS(3, 1, 2), VALS(0, 1, 2, 3, 4, 5), 0);
}

static void case_permute(Fx *f)
{
    NodeId x = seq(f, DT_F32, 3, DIMS(2, 3, 4)); /* x[a,b,c] = 12a + 4b + c */
    NodeId p = ok(f, ir_permute(f->g, x, DIMS(2, 0, 1), 3, LOC));
    /* a permute of a permute, then a slice of it: all non-contiguous */
    NodeId pp = ok(f, ir_permute(f->g, p, DIMS(1, 0, 2), 3, LOC));
    NodeId ps = ok(f, ir_slice(f->g, pp, DIMS(1, 1, 1), DIMS(2, 3, 3), LOC));
    NodeId ii = ok(f, ir_permute(f->g, seq(f, DT_I64, 2, DIMS(2, 3)), DIMS(1, 0), 2, LOC));
    fx_run(f, IP_F32);
    double want[24];
    for (int c = 0; c < 4; c++) /* p[c,a,b] = x[a,b,c] */
        for (int a = 0; a < 2; a++)
            for (int b = 0; b < 3; b++) want[c * 6 + a * 3 + b] = 12 * a + 4 * b + c;
    expect(f, p, DT_F32, 3, DIMS(4, 2, 3), want, 0);
    /* pp[a,c,b] = x[a,b,c]; ps = pp[1, 1:3, 1:3] = x[1, 1:3, 1:3]^T */
    expect(f, ps, DT_F32, 3, DIMS(1, 2, 2), VALS(12 + 4 + 1, 12 + 8 + 1, 12 + 4 + 2, 12 + 8 + 2), 0);
    expect(f, ii, DT_I64, 2, DIMS(3, 2), VALS(0, 3, 1, 4, 2, 5), 0);
}

static void case_broadcast(Fx *f)
{
    NodeId v = cst(f, DT_F32, 1, DIMS(3), VALS(1, 2, 3));
    NodeId c = cst(f, DT_F32, 2, DIMS(2, 1), VALS(10, 20));
    NodeId s = cst(f, DT_I32, 0, DIMS(0), VALS(7));
    Shape s23 = shape_make(2, DIMS(2, 3)), s223 = shape_make(3, DIMS(2, 2, 3));
    Shape s22 = shape_make(2, DIMS(2, 2));
    NodeId bv = ok(f, ir_broadcast(f->g, v, &s23, LOC));
    NodeId bc = ok(f, ir_broadcast(f->g, c, &s223, LOC));
    NodeId bs = ok(f, ir_broadcast(f->g, s, &s22, LOC));
    fx_run(f, IP_F32);
    expect(f, bv, DT_F32, 2, DIMS(2, 3), VALS(1, 2, 3, 1, 2, 3), 0);
    expect(f, bc, DT_F32, 3, DIMS(2, 2, 3), VALS(10, 10, 10, 20, 20, 20, 10, 10, 10, 20, 20, 20), 0);
    expect(f, bs, DT_I32, 2, DIMS(2, 2), VALS(7, 7, 7, 7), 0);
}

static void case_slice_edges(Fx *f)
{
    NodeId x = seq(f, DT_F32, 2, DIMS(3, 4));
    NodeId lastc = ok(f, ir_slice(f->g, x, DIMS(0, 3), DIMS(3, 4), LOC));
    NodeId lastr = ok(f, ir_slice(f->g, x, DIMS(2, 0), DIMS(3, 4), LOC));
    NodeId first = ok(f, ir_slice(f->g, x, DIMS(0, 0), DIMS(1, 1), LOC));
    NodeId all = ok(f, ir_slice(f->g, x, DIMS(0, 0), DIMS(3, 4), LOC));
    fx_run(f, IP_F32);
    expect(f, lastc, DT_F32, 2, DIMS(3, 1), VALS(3, 7, 11), 0);
    expect(f, lastr, DT_F32, 2, DIMS(1, 4), VALS(8, 9, 10, 11), 0);
    expect(f, first, DT_F32, 2, DIMS(1, 1), VALS(0), 0);
    expect(f, all, DT_F32, 2, DIMS(3, 4), VALS(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), 0);
}

static void case_pad(Fx *f)
{
    NodeId x = cst(f, DT_F32, 1, DIMS(2), VALS(1, 2));
    Attrs a1 = {.lo = {1, {1}}, .hi = {1, {2}}, .value = 9};
    NodeId p1 = node(f, OP_PAD, &x, 1, &a1, NULL);
    NodeId y = cst(f, DT_I32, 2, DIMS(1, 2), VALS(1, 2));
    Attrs a2 = {.lo = {2, {1, 0}}, .hi = {2, {0, 1}}, .value = -1};
    NodeId p2 = node(f, OP_PAD, &y, 1, &a2, NULL);
    NodeId z = cst(f, DT_F32, 1, DIMS(1), VALS(5));
    Attrs a3 = {.lo = {1, {0}}, .hi = {1, {1}}, .value = 0.1};
    NodeId p3 = node(f, OP_PAD, &z, 1, &a3, NULL);
    fx_run(f, IP_F32);
    expect(f, p1, DT_F32, 1, DIMS(5), VALS(9, 1, 2, 9, 9), 0);
    expect(f, p2, DT_I32, 2, DIMS(2, 3), VALS(-1, -1, -1, 1, 2, -1), 0);
    expect(f, p3, DT_F32, 1, DIMS(2), VALS(5, (double)0.1f), 0); /* fill rounded to f32 */
}

static void case_concat(Fx *f)
{
    NodeId a = cst(f, DT_F32, 2, DIMS(2, 1), VALS(1, 2));
    NodeId b = cst(f, DT_F32, 2, DIMS(2, 2), VALS(3, 4, 5, 6));
    NodeId c1 = node(f, OP_CONCAT, (NodeId[]){a, b}, 2, &(Attrs){.axis = 1}, NULL);
    NodeId u = cst(f, DT_I32, 1, DIMS(1), VALS(1));
    NodeId v = cst(f, DT_I32, 1, DIMS(2), VALS(2, 3));
    NodeId c0 = node(f, OP_CONCAT, (NodeId[]){v, u, v}, 3, &(Attrs){.axis = 0}, NULL);
    fx_run(f, IP_F32);
    expect(f, c1, DT_F32, 2, DIMS(2, 3), VALS(1, 3, 4, 2, 5, 6), 0);
    expect(f, c0, DT_I32, 1, DIMS(5), VALS(2, 3, 1, 2, 3), 0);
}

/* --------------------------------------------------------------- indexing */

static void case_gather(Fx *f)
{
    NodeId x = seq(f, DT_F32, 3, DIMS(2, 3, 2)); /* x[b,j,r] = 6b + 2j + r */
    NodeId ix = cst(f, DT_I32, 2, DIMS(2, 2), VALS(2, 2, 0, 1)); /* repeated index */
    NodeId g1 = node(f, OP_GATHER, (NodeId[]){x, ix}, 2, &(Attrs){.axis = 1}, NULL);
    NodeId y = seq(f, DT_F64, 2, DIMS(3, 2));
    NodeId iy = cst(f, DT_I64, 1, DIMS(3), VALS(2, 0, 2));
    NodeId g0 = node(f, OP_GATHER, (NodeId[]){y, iy}, 2, &(Attrs){.axis = 0}, NULL);
    NodeId z = seq(f, DT_I32, 2, DIMS(2, 3));
    NodeId iz = cst(f, DT_I32, 2, DIMS(2, 1), VALS(2, 0));
    NodeId gl = node(f, OP_GATHER, (NodeId[]){z, iz}, 2, &(Attrs){.axis = 1}, NULL);
    fx_run(f, IP_F32);
    expect(f, g1, DT_F32, 3, DIMS(2, 2, 2), VALS(4, 5, 4, 5, 6, 7, 8, 9), 0);
    expect(f, g0, DT_F64, 2, DIMS(3, 2), VALS(4, 5, 0, 1, 4, 5), 0);
    expect(f, gl, DT_I32, 2, DIMS(2, 1), VALS(2, 3), 0);
}

static void case_scatter_add(Fx *f)
{
    NodeId base = cst(f, DT_F32, 2, DIMS(2, 3), VALS(1, 1, 1, 1, 1, 1));
    NodeId ix = cst(f, DT_I64, 2, DIMS(2, 3), VALS(0, 0, 2, 1, 1, 1));
    NodeId up = cst(f, DT_F32, 2, DIMS(2, 3), VALS(10, 20, 30, 1, 2, 3));
    NodeId s1 = node(f, OP_SCATTER_ADD, (NodeId[]){base, ix, up}, 3, &(Attrs){.axis = 1}, NULL);
    NodeId b0 = cst(f, DT_I32, 2, DIMS(3, 2), VALS(0, 0, 0, 0, 0, 0));
    NodeId i0 = cst(f, DT_I32, 1, DIMS(3), VALS(2, 2, 0));
    NodeId u0 = cst(f, DT_I32, 2, DIMS(3, 2), VALS(1, 2, 3, 4, 5, 6));
    NodeId s0 = node(f, OP_SCATTER_ADD, (NodeId[]){b0, i0, u0}, 3, &(Attrs){.axis = 0}, NULL);
    fx_run(f, IP_F32);
    expect(f, s1, DT_F32, 2, DIMS(2, 3), VALS(31, 1, 31, 1, 7, 1), 0);
    expect(f, s0, DT_I32, 2, DIMS(3, 2), VALS(5, 6, 0, 0, 4, 6), 0);
}

/* Tie rule: equal values come lower index first; NaN ranks above +inf. */
static void case_topk(Fx *f)
{
    NodeId x = cst(f, DT_F64, 2, DIMS(3, 5),
                   VALS(1, 3, 3, -INFINITY, 2, /* tie between 1 and 2 */
                        5, 5, 5, 5, 5,         /* all tied */
                        INFINITY, NAN, 0, NAN, -1));
    NodeId t = node(f, OP_TOPK, &x, 1, &(Attrs){.k = 3}, NULL);
    NodeId t5 = node(f, OP_TOPK, &x, 1, &(Attrs){.k = 5}, NULL);
    NodeId y = cst(f, DT_I32, 1, DIMS(4), VALS(-1, 4, -7, 4));
    NodeId ty = node(f, OP_TOPK, &y, 1, &(Attrs){.k = 2}, NULL);
    fx_run(f, IP_F32);
    expect(f, t, DT_I32, 2, DIMS(3, 3), VALS(1, 2, 4, 0, 1, 2, 1, 3, 0), 0);
    expect(f, t5, DT_I32, 2, DIMS(3, 5), VALS(1, 2, 4, 0, 3, 0, 1, 2, 3, 4, 1, 3, 0, 2, 4), 0);
    expect(f, ty, DT_I32, 1, DIMS(2), VALS(1, 3), 0);
}

static char *loc_str(char *buf, size_t n, const char *fmt, NodeId id)
{
    snprintf(buf, n, fmt, id);
    return buf;
}

static void case_gather_out_of_range(Fx *f)
{
    uint32_t file = cx_file(&f->tc.cx, "t.pir", NULL, 0);
    NodeId x = seq(f, DT_F32, 2, DIMS(2, 3));
    NodeId ix = cst(f, DT_I32, 2, DIMS(2, 1), VALS(0, 3));
    NodeId in[2] = {x, ix};
    NodeId g = ok(f, ir_add(f->g, OP_GATHER, in, 2, &(Attrs){.axis = 1}, NULL,
                            (SrcLoc){file, 3, 5}));
    fx_interp(f, IP_F32);
    ck_assert(!ir_interp_run(f->ip));
    char want[128];
    expect_diag(f, loc_str(want, sizeof want,
                           "t.pir:3:5: error: gather (node %%%u): index 3 out of range [0, 3) on axis 1", g));
}

static void case_scatter_negative_index(Fx *f)
{
    NodeId base = seq(f, DT_F32, 1, DIMS(4));
    NodeId ix = cst(f, DT_I32, 1, DIMS(2), VALS(1, -1));
    NodeId up = cst(f, DT_F32, 1, DIMS(2), VALS(1, 1));
    NodeId s = node(f, OP_SCATTER_ADD, (NodeId[]){base, ix, up}, 3, &(Attrs){.axis = 0}, NULL);
    fx_interp(f, IP_F32);
    ck_assert(!ir_interp_run(f->ip));
    char want[128];
    expect_diag(f, loc_str(want, sizeof want,
                           "scatter_add (node %%%u): index -1 out of range [0, 4) on axis 0", s));
}

/* ------------------------------------------------------ constant builders */

static void case_iota(Fx *f)
{
    Type ti = {DT_I32, shape_make(2, DIMS(2, 3))}, tf = {DT_F32, shape_make(2, DIMS(2, 3))};
    NodeId a1 = node(f, OP_IOTA, NULL, 0, &(Attrs){.axis = 1}, &ti);
    NodeId a0 = node(f, OP_IOTA, NULL, 0, &(Attrs){.axis = 0}, &tf);
    fx_run(f, IP_F32);
    expect(f, a1, DT_I32, 2, DIMS(2, 3), VALS(0, 1, 2, 0, 1, 2), 0);
    expect(f, a0, DT_F32, 2, DIMS(2, 3), VALS(0, 0, 0, 1, 1, 1), 0);
}

static void expect_row(Fx *f, NodeId id, int64_t row, int64_t w, const double *want)
{
    const Tensor *t = ir_interp_value(f->ip, id);
    for (int64_t j = 0; j < w; j++)
        ck_assert_msg(t->i[row * w + j] == (int64_t)want[j], "row %lld [%lld]: got %lld want %g",
                      (long long)row, (long long)j, (long long)t->i[row * w + j], want[j]);
}

/* ------------------------------------------------------------ structured */

/* Two groups of 4 rows in 2-d; every row's candidates are the 3 others.
 * Group 0: rows (3,4) (1,0) (0,-2) (0,0), normalised (.6,.8) (1,0) (0,-1)
 * (0,0) (the zero row stays 0: its norm is raised to 1e-12).  Row 0's
 * sims to rows 1,2,3 are .6 -.8 0 -> rows 1, 3; row 1: .6 0 0 -> row 0,
 * then the tie goes to the lower candidate, row 2; row 2: -.8 0 0 -> rows
 * 1, 3; row 3: 0 0 0 -> rows 0, 1.  Group 1 flips rows 1 and 2 and has
 * a long row 3 = (10,-1): row 0's sims .6 .8 .517 pick rows 2, 3 (a raw dot
 * product would put row 3 first); row 1: -.6 0 -.995 -> rows 2, 0; row 2:
 * .8 0 -.0995 -> rows 0, 1; row 3: .517 -.995 -.0995 -> rows 0, 2.  The
 * result holds the raw rows. */
static void case_neighbor_topk_gather(Fx *f)
{
    NodeId x = cst(f, DT_F32, 3, DIMS(2, 4, 2), VALS(3, 4, 1, 0, 0, -2, 0, 0, /* group 0 */
                                                    3, 4, -1, 0, 0, 2, 10, -1));
    NodeId ix = cst(f, DT_I32, 2, DIMS(4, 3), VALS(1, 2, 3, 0, 2, 3, 0, 1, 3, 0, 1, 2));
    NodeId y = node(f, OP_NEIGHBOR_TOPK_GATHER, (NodeId[]){x, ix}, 2, &(Attrs){.k = 2}, NULL);
    NodeId y3 = node(f, OP_NEIGHBOR_TOPK_GATHER, (NodeId[]){x, ix}, 2, &(Attrs){.k = 3}, NULL);
    fx_run(f, IP_F32);
    expect(f, y, DT_F32, 4, DIMS(2, 4, 2, 2),
           VALS(1, 0, 0, 0, 3, 4, 0, -2, 1, 0, 0, 0, 3, 4, 1, 0, /* group 0 */
                0, 2, 10, -1, 0, 2, 3, 4, 3, 4, -1, 0, 3, 4, 0, 2), 0);
    /* k = C: every candidate, best first (row 0 of group 0: rows 1, 3, 2) */
    const Tensor *t3 = ir_interp_value(f->ip, y3);
    const double row0[6] = {1, 0, 0, 0, 0, -2};
    for (int e = 0; e < 6; e++) ck_assert_msg(t3->f[e] == row0[e], "[%d]: %g", e, t3->f[e]);
}

/* The primitive chain the op stands for, written out as models/ (before
 * the op existed) wrote the PASS matching: l2_normalize, gather of the
 * candidates' rows, mul + reduce_sum, topk, gather of the candidate
 * table, gather of the raw rows. */
static NodeId primitive_match(Fx *f, NodeId x, NodeId ix, int64_t m, int64_t n, int64_t d, int64_t c, int64_t k)
{
    Shape sx = shape_make(3, DIMS(m, n, d)), s1 = shape_make(3, DIMS(m, n, 1));
    NodeId nrm = un(f, OP_SQRT, node(f, OP_REDUCE_SUM, (NodeId[]){bin(f, OP_MUL, x, x)}, 1,
                                     &(Attrs){.axes = {1, {2}}, .keep = 1}, NULL));
    NodeId den = bin(f, OP_MAX, nrm, ok(f, ir_full(f->g, DT_F32, &s1, 1e-12, LOC)));
    NodeId fh = bin(f, OP_DIV, x, ok(f, ir_broadcast(f->g, den, &sx, LOC)));
    Shape flat1 = shape_make(2, DIMS(1, n * c)), flat = shape_make(2, DIMS(m, n * c));
    NodeId fl = ok(f, ir_broadcast(f->g, ok(f, ir_reshape(f->g, ix, &flat1, LOC)), &flat, LOC));
    Shape s4 = shape_make(4, DIMS(m, n, c, d)), q4 = shape_make(4, DIMS(m, n, 1, d));
    NodeId rows = ok(f, ir_reshape(f->g, node(f, OP_GATHER, (NodeId[]){fh, fl}, 2, &(Attrs){.axis = 1}, NULL), &s4, LOC));
    NodeId self = ok(f, ir_broadcast(f->g, ok(f, ir_reshape(f->g, fh, &q4, LOC)), &s4, LOC));
    NodeId sim = node(f, OP_REDUCE_SUM, (NodeId[]){bin(f, OP_MUL, rows, self)}, 1, &(Attrs){.axes = {1, {3}}}, NULL);
    NodeId top = node(f, OP_TOPK, &sim, 1, &(Attrs){.k = k}, NULL);
    Shape t1 = shape_make(3, DIMS(1, n, c)), t3 = shape_make(3, DIMS(m, n, c));
    NodeId table = ok(f, ir_broadcast(f->g, ok(f, ir_reshape(f->g, ix, &t1, LOC)), &t3, LOC));
    Shape sel2 = shape_make(2, DIMS(m, n * k)), out = shape_make(4, DIMS(m, n, k, d));
    NodeId sel = ok(f, ir_reshape(f->g, node(f, OP_GATHER, (NodeId[]){table, top}, 2, &(Attrs){.axis = 2}, NULL),
                                  &sel2, LOC));
    return ok(f, ir_reshape(f->g, node(f, OP_GATHER, (NodeId[]){x, sel}, 2, &(Attrs){.axis = 1}, NULL), &out, LOC));
}

/* The op equals its primitive chain, element for element, under both
 * precisions: pseudo-random features on the 3 x 3 torus (8 neighbours,
 * k = 3), one NaN (a NaN row ranks first for its neighbours) and one
 * duplicated row (an exact tie). */
static void case_neighbor_topk_gather_vs_primitives(Fx *f)
{
    enum { M = 2, N = 9, D = 5, C = 8, K = 3 };
    double v[M * N * D];
    for (int i = 0; i < M * N * D; i++) v[i] = sin(1.7 * i + 0.3) * (1 + i % 3);
    v[4 * D + 2] = NAN;
    for (int e = 0; e < D; e++) v[(N + 7) * D + e] = v[(N + 2) * D + e];
    NodeId x = cst(f, DT_F32, 3, DIMS(M, N, D), v);
    NodeId ix = node(f, OP_GRID_NEIGHBORS, NULL, 0, &(Attrs){.n = 3, .size = 3}, NULL);
    NodeId y = node(f, OP_NEIGHBOR_TOPK_GATHER, (NodeId[]){x, ix}, 2, &(Attrs){.k = K}, NULL);
    NodeId want = primitive_match(f, x, ix, M, N, D, C, K);
    for (int prec = 0; prec < 2; prec++) {
        fx_run(f, prec ? IP_F64 : IP_F32);
        const Tensor *a = ir_interp_value(f->ip, y), *b = ir_interp_value(f->ip, want);
        ck_assert(type_eq(&a->type, &b->type));
        int nan = 0;
        for (int64_t k = 0; k < a->numel; k++) {
            nan += isnan(a->f[k]);
            ck_assert_msg(a->f[k] == b->f[k] || (isnan(a->f[k]) && isnan(b->f[k])), "[%lld]: %g vs %g",
                          (long long)k, a->f[k], b->f[k]);
        }
        ck_assert_int_eq(nan, 8); /* row 4 (one NaN) is picked first by each of its 8 neighbours */
    }
}

static void case_neighbor_topk_gather_bad_index(Fx *f)
{
    NodeId x = seq(f, DT_F32, 3, DIMS(1, 2, 2));
    NodeId ix = cst(f, DT_I64, 2, DIMS(2, 1), VALS(1, 2));
    node(f, OP_NEIGHBOR_TOPK_GATHER, (NodeId[]){x, ix}, 2, &(Attrs){.k = 1}, NULL);
    fx_interp(f, IP_F32);
    ck_assert(!ir_interp_run(f->ip));
    expect_diag(f, "index 2 out of range [0, 2) on axis 1");
}

/* Test vectors of spec section 4.3a, plus a 5x5 window on a 5-grid. */
static void case_grid_neighbors(Fx *f)
{
    NodeId g14 = node(f, OP_GRID_NEIGHBORS, NULL, 0, &(Attrs){.n = 14, .size = 3}, NULL);
    NodeId g6 = node(f, OP_GRID_NEIGHBORS, NULL, 0, &(Attrs){.n = 6, .size = 3}, NULL);
    NodeId g5 = node(f, OP_GRID_NEIGHBORS, NULL, 0, &(Attrs){.n = 5, .size = 5}, NULL);
    fx_run(f, IP_F32);
    const Tensor *t = ir_interp_value(f->ip, g14);
    ck_assert_str_eq(dt_name(t->type.dt), "i32");
    ck_assert(t->type.shape.rank == 2 && t->type.shape.dim[0] == 196 && t->type.shape.dim[1] == 8);
    expect_row(f, g14, 0, 8, VALS(1, 13, 14, 15, 27, 182, 183, 195));
    expect_row(f, g14, 13, 8, VALS(0, 12, 14, 26, 27, 182, 194, 195));
    expect_row(f, g14, 15, 8, VALS(0, 1, 2, 14, 16, 28, 29, 30));
    expect_row(f, g14, 195, 8, VALS(0, 12, 13, 168, 180, 181, 182, 194));
    expect_row(f, g6, 0, 8, VALS(1, 5, 6, 7, 11, 30, 31, 35));
    expect_row(f, g6, 35, 8, VALS(0, 4, 5, 24, 28, 29, 30, 34));
    double all[24];
    for (int j = 0; j < 24; j++) all[j] = j < 12 ? j : j + 1; /* everything but 12 */
    expect_row(f, g5, 12, 24, all);
}

/* Spec 1.3: 14 -> 6 with s = 6.1/14.  Rows 0 and 5 against the spec's
 * 6-digit vectors (clamped taps summed), all rows against the formula
 * evaluated in double by hand (Python), and every row sums to 1. */
static void case_resize_matrix(Fx *f)
{
    NodeId r = node(f, OP_RESIZE_MATRIX, NULL, 0, &(Attrs){.n = 14, .scale = 6.1 / 14}, NULL);
    fx_run(f, IP_F64);
    const Tensor *t = ir_interp_value(f->ip, r);
    ck_assert_str_eq(dt_name(t->type.dt), "f32");
    ck_assert(t->type.shape.rank == 2 && t->type.shape.dim[0] == 6 && t->type.shape.dim[1] == 14);
    const double *w = t->f;
    ck_assert_double_eq_tol(w[0], -0.060332 + 0.395954, 1e-6);
    ck_assert_double_eq_tol(w[1], 0.775220, 1e-6);
    ck_assert_double_eq_tol(w[2], -0.110842, 1e-6);
    ck_assert_double_eq_tol(w[5 * 14 + 11], -0.070932, 1e-6);
    ck_assert_double_eq_tol(w[5 * 14 + 12], 0.968310, 1e-6);
    ck_assert_double_eq_tol(w[5 * 14 + 13], 0.112565 - 0.009944, 1e-6);
    static const struct { int d, c; double v; } exact[] = {
        {0, 0, 0.33562225472616691}, {0, 1, 0.77521975958340139}, {0, 2, -0.11084201430956808},
        {1, 1, -0.0023274249827092142}, {1, 2, 0.047734859966252374}, {1, 3, 0.99282883258951193},
        {1, 4, -0.038236267573056537}, {2, 4, -0.10359663914600814}, {2, 5, 0.88965582471660576},
        {2, 6, 0.24624514276525422}, {2, 7, -0.032304328335850396}, {3, 6, -0.087225775505438197},
        {3, 7, 0.55035815222419315}, {3, 8, 0.6363356128927109}, {3, 9, -0.099467989611465413},
        {4, 8, -0.01839677660244643}, {4, 9, 0.16716693798159177}, {4, 10, 0.93970957370881347},
        {4, 11, -0.088479735087958478}, {5, 11, -0.070931735475657121}, {5, 12, 0.968310260550442},
        {5, 13, 0.10262147492521567},
    };
    int nz = 0;
    for (int k = 0; k < 6 * 14; k++) nz += w[k] != 0;
    ck_assert_int_eq(nz, (int)(sizeof exact / sizeof exact[0]));
    for (size_t i = 0; i < sizeof exact / sizeof exact[0]; i++)
        ck_assert_double_eq_tol(w[exact[i].d * 14 + exact[i].c], exact[i].v, 1e-14);
    for (int d = 0; d < 6; d++) {
        double s = 0;
        for (int c = 0; c < 14; c++) s += w[d * 14 + c];
        ck_assert_double_eq_tol(s, 1.0, 1e-12);
    }
    fx_run(f, IP_F32); /* an f32 node: rounded to float */
    ck_assert(ir_interp_value(f->ip, r)->f[0] == (double)(float)0.33562225472616691);
}

/* ----------------------------------------------------------------- matmul */

static void case_matmul(Fx *f)
{
    NodeId a = cst(f, DT_F64, 2, DIMS(2, 3), VALS(1, 2, 3, 4, 5, 6));
    NodeId b = cst(f, DT_F64, 2, DIMS(3, 2), VALS(7, 8, 9, 10, 11, 12));
    NodeId at = cst(f, DT_F64, 2, DIMS(3, 2), VALS(1, 4, 2, 5, 3, 6));
    NodeId bt = cst(f, DT_F64, 2, DIMS(2, 3), VALS(7, 9, 11, 8, 10, 12));
    NodeId m = ok(f, ir_matmul(f->g, a, b, false, false, LOC));
    NodeId mta = ok(f, ir_matmul(f->g, at, b, true, false, LOC));
    NodeId mtb = ok(f, ir_matmul(f->g, a, bt, false, true, LOC));
    NodeId mtt = ok(f, ir_matmul(f->g, at, bt, true, true, LOC));
    fx_run(f, IP_F32);
    const double want[] = {58, 64, 139, 154};
    expect(f, m, DT_F64, 2, DIMS(2, 2), want, 0);
    expect(f, mta, DT_F64, 2, DIMS(2, 2), want, 0);
    expect(f, mtb, DT_F64, 2, DIMS(2, 2), want, 0);
    expect(f, mtt, DT_F64, 2, DIMS(2, 2), want, 0);
}

/* a [2,1,2,2] = {I, 2I}, b [3,2,2] = {B0,B1,B2}: out[i,j] = (i+1) Bj. */
static void case_matmul_batch_broadcast(Fx *f)
{
    NodeId a = cst(f, DT_F32, 4, DIMS(2, 1, 2, 2), VALS(1, 0, 0, 1, 2, 0, 0, 2));
    NodeId b = seq(f, DT_F32, 3, DIMS(3, 2, 2));
    NodeId m = ok(f, ir_matmul(f->g, a, b, false, false, LOC));
    fx_run(f, IP_F32);
    double want[24];
    for (int i = 0; i < 2; i++)
        for (int k = 0; k < 12; k++) want[i * 12 + k] = (i + 1) * k;
    expect(f, m, DT_F32, 4, DIMS(2, 3, 2, 2), want, 0);
}

/* ------------------------------------------------------- random, leaves */

static void case_rand_uniform(Fx *f)
{
    NodeId seed = cst(f, DT_I64, 0, DIMS(0), VALS(42));
    Type t = {DT_F32, shape_make(2, DIMS(2, 3))};
    NodeId r3 = node(f, OP_RAND_UNIFORM, &seed, 1, &(Attrs){.stream = 3}, &t);
    NodeId r4 = node(f, OP_RAND_UNIFORM, &seed, 1, &(Attrs){.stream = 4}, &t);
    fx_run(f, IP_F32);
    const Tensor *a = ir_interp_value(f->ip, r3), *b = ir_interp_value(f->ip, r4);
    int same = 0;
    for (int e = 0; e < 6; e++) {
        ck_assert(a->f[e] == (double)philox_uniform(42, 3, (uint64_t)e));
        ck_assert(a->f[e] >= 0 && a->f[e] < 1);
        same += a->f[e] == b->f[e];
    }
    ck_assert_int_lt(same, 6);
}

static void case_const_formats(Fx *f)
{
    NodeId bf = cst(f, DT_BF16, 1, DIMS(3), VALS(0x3f80, 0xc040, 0x7f80)); /* 1, -3, inf */
    NodeId hf = cst(f, DT_F16, 1, DIMS(5), VALS(0x3c00, 0x0001, 0xfc00, 0x7bff, 0x3555));
    NodeId big = cst(f, DT_I64, 1, DIMS(1), VALS(0));
    /* i64 beyond 2^53 must stay exact: build its data by hand */
    int64_t v = ((int64_t)1 << 60) + 1;
    Type t = {DT_I64, shape_make(1, DIMS(1))};
    NodeId exact = node(f, OP_CONST, NULL, 0, &(Attrs){.data = &v}, &t);
    NodeId bl = cst(f, DT_BOOL, 1, DIMS(2), VALS(1, 0));
    fx_run(f, IP_F32);
    expect(f, bf, DT_BF16, 1, DIMS(3), VALS(1, -3, INFINITY), 0);
    /* 0x3555 = 0.333251953125 */
    expect(f, hf, DT_F16, 1, DIMS(5), VALS(1, 0x1p-24, -INFINITY, 65504, 0.333251953125), 0);
    expect(f, big, DT_I64, 1, DIMS(1), VALS(0), 0);
    ck_assert(ir_interp_value(f->ip, exact)->i[0] == v);
    expect(f, bl, DT_BOOL, 1, DIMS(2), VALS(1, 0), 0);
}

static Tensor *mk(Fx *f, DType dt, int rank, const int64_t *dims, const double *v)
{
    Type t = {dt, shape_make(rank, dims)};
    Tensor *x = tensor_new(&f->tc.cx, &t);
    ck_assert_ptr_nonnull(x);
    for (int64_t k = 0; k < x->numel; k++) tensor_set(x, k, v[k]);
    return x;
}

/* assign: the value becomes the target's stored value after the run, so
 * a second run is the next step; the other nodes of a run see old values. */
static void case_assign_two_steps(Fx *f)
{
    Type t = {DT_F32, shape_make(1, DIMS(2))};
    NodeId s = ok(f, ir_leaf(f->g, OP_STATE, "s", &t, LOC));
    NodeId p = ok(f, ir_leaf(f->g, OP_PARAM, "w", &t, LOC));
    NodeId x = ok(f, ir_leaf(f->g, OP_INPUT, "x", &t, LOC));
    NodeId sx = bin(f, OP_ADD, s, x);
    NodeId as = node(f, OP_ASSIGN, (NodeId[]){s, sx}, 2, NULL, NULL);
    NodeId pm = bin(f, OP_MUL, p, cst(f, DT_F32, 1, DIMS(2), VALS(2, 2)));
    NodeId ap = node(f, OP_ASSIGN, (NodeId[]){p, pm}, 2, NULL, NULL);
    NodeId seen = bin(f, OP_ADD, s, p); /* computed from the old values */
    fx_interp(f, IP_F32);
    Tensor *v1 = mk(f, DT_F32, 1, DIMS(2), VALS(1, 2)), *v2 = mk(f, DT_F32, 1, DIMS(2), VALS(10, 20));
    ck_assert(ir_interp_set(f->ip, s, v1) && ir_interp_set(f->ip, p, v1) && ir_interp_set(f->ip, x, v2));
    tensor_free(&f->tc.cx, v1);
    tensor_free(&f->tc.cx, v2);
    ck_assert(ir_interp_run(f->ip));
    expect(f, as, DT_F32, 1, DIMS(2), VALS(11, 22), 0);
    expect(f, s, DT_F32, 1, DIMS(2), VALS(11, 22), 0);
    expect(f, ap, DT_F32, 1, DIMS(2), VALS(2, 4), 0);
    expect(f, seen, DT_F32, 1, DIMS(2), VALS(2, 4), 0);
    ck_assert(ir_interp_run(f->ip));
    expect(f, as, DT_F32, 1, DIMS(2), VALS(21, 42), 0);
    expect(f, s, DT_F32, 1, DIMS(2), VALS(21, 42), 0);
    expect(f, p, DT_F32, 1, DIMS(2), VALS(4, 8), 0);
    expect(f, seen, DT_F32, 1, DIMS(2), VALS(13, 26), 0);
}

static void case_missing_leaf(Fx *f)
{
    Type t = {DT_F32, shape_make(1, DIMS(2))};
    NodeId x = ok(f, ir_leaf(f->g, OP_INPUT, "x", &t, LOC));
    NodeId w = ok(f, ir_leaf(f->g, OP_PARAM, "w", &t, LOC));
    bin(f, OP_ADD, x, w);
    fx_interp(f, IP_F32);
    Tensor *v = mk(f, DT_F32, 1, DIMS(2), VALS(1, 2));
    ck_assert(ir_interp_set(f->ip, x, v));
    tensor_free(&f->tc.cx, v);
    ck_assert(!ir_interp_run(f->ip));
    char want[64];
    expect_diag(f, loc_str(want, sizeof want, "param 'w' (node %%%u) has no value", w));
    ck_assert(strstr(tc_diag(&f->tc), "input 'x'") == NULL);
}

static void case_set_errors(Fx *f)
{
    Type t = {DT_F32, shape_make(1, DIMS(2))};
    NodeId x = ok(f, ir_leaf(f->g, OP_INPUT, "x", &t, LOC));
    NodeId c = cst(f, DT_F32, 1, DIMS(2), VALS(1, 2));
    fx_interp(f, IP_F32);
    Tensor *v = mk(f, DT_F32, 1, DIMS(3), VALS(1, 2, 3));
    ck_assert(!ir_interp_set(f->ip, x, v));
    expect_diag(f, "value for 'x' has type f32[3], expected f32[2]");
    ck_assert(!ir_interp_set(f->ip, c, v));
    expect_diag(f, "is a const, not a param, state or input");
    tensor_free(&f->tc.cx, v);
}

/* ---------------------------------------------------------- precision */

static void case_precision_f32_f64(Fx *f)
{
    NodeId one = cst(f, DT_F32, 0, DIMS(0), VALS(1));
    NodeId third = bin(f, OP_DIV, one, cst(f, DT_F32, 0, DIMS(0), VALS(3)));
    NodeId d = bin(f, OP_DIV, cst(f, DT_F64, 0, DIMS(0), VALS(1)), cst(f, DT_F64, 0, DIMS(0), VALS(3)));
    fx_run(f, IP_F32);
    expect(f, third, DT_F32, 0, DIMS(0), VALS((double)(1.0f / 3.0f)), 0);
    expect(f, d, DT_F64, 0, DIMS(0), VALS(1.0 / 3.0), 0);
    fx_run(f, IP_F64);
    expect(f, third, DT_F32, 0, DIMS(0), VALS(1.0 / 3.0), 0);
    ck_assert(ir_interp_value(f->ip, third)->f[0] != (double)(1.0f / 3.0f));
}

/* A bf16 node is rounded in both precisions: 1 + 2^-8 ties to 1, and
 * 1 + 1.5 * 2^-8 rounds up to 1 + 2^-7. */
static void case_bf16_node(Fx *f)
{
    NodeId one = cst(f, DT_BF16, 1, DIMS(2), VALS(0x3f80, 0x3f80));
    NodeId e = cst(f, DT_BF16, 1, DIMS(2), VALS(0x3b80, 0x3bc0)); /* 2^-8, 1.5 * 2^-8 */
    NodeId s = bin(f, OP_ADD, one, e);
    fx_run(f, IP_F64);
    expect(f, s, DT_BF16, 1, DIMS(2), VALS(1, 1 + 0x1p-7), 0);
    fx_run(f, IP_F32);
    expect(f, s, DT_BF16, 1, DIMS(2), VALS(1, 1 + 0x1p-7), 0);
}

typedef void (*CaseFn)(Fx *f);
static const struct {
    const char *name;
    CaseFn fn;
} cases[] = {
    {"unary_float", case_unary_float},
    {"unary_int", case_unary_int},
    {"binary_float", case_binary_float},
    {"binary_int", case_binary_int},
    {"int_div_zero", case_int_div_zero},
    {"compare", case_compare},
    {"select", case_select},
    {"cast", case_cast},
    {"identity_ops", case_identity_ops},
    {"reduce", case_reduce},
    {"reduce_f32_accumulation", case_reduce_f32_accumulation},
    {"reshape", case_reshape},
    {"permute", case_permute},
    {"broadcast", case_broadcast},
    {"slice_edges", case_slice_edges},
    {"pad", case_pad},
    {"concat", case_concat},
    {"gather", case_gather},
    {"scatter_add", case_scatter_add},
    {"topk", case_topk},
    {"gather_out_of_range", case_gather_out_of_range},
    {"neighbor_topk_gather", case_neighbor_topk_gather},
    {"neighbor_topk_gather_vs_primitives", case_neighbor_topk_gather_vs_primitives},
    {"neighbor_topk_gather_bad_index", case_neighbor_topk_gather_bad_index},
    {"scatter_negative_index", case_scatter_negative_index},
    {"iota", case_iota},
    {"grid_neighbors", case_grid_neighbors},
    {"resize_matrix", case_resize_matrix},
    {"matmul", case_matmul},
    {"matmul_batch_broadcast", case_matmul_batch_broadcast},
    {"rand_uniform", case_rand_uniform},
    {"const_formats", case_const_formats},
    {"assign_two_steps", case_assign_two_steps},
    {"missing_leaf", case_missing_leaf},
    {"set_errors", case_set_errors},
    {"precision_f32_f64", case_precision_f32_f64},
    {"bf16_node", case_bf16_node},
};
#define NCASES ((int)(sizeof cases / sizeof cases[0]))

static void case_run(int i, bool *seen)
{
    Fx f;
    fx_init(&f);
    cases[i].fn(&f);
    for (uint32_t id = 1; seen && id < f.g->nnodes; id++) seen[f.g->nodes[id].op] = true;
    fx_fini(&f);
}

START_TEST(t_case)
{
    case_run(_i, NULL);
}
END_TEST

START_TEST(t_all_ops_covered)
{
    bool seen[OP_COUNT] = {false};
    for (int i = 0; i < NCASES; i++) case_run(i, seen);
    for (int op = 1; op < OP_COUNT; op++)
        ck_assert_msg(seen[op], "op %s is not exercised by any interpreter test", ir_ops[op].name);
}
END_TEST

/* ------------------------------------------------------- rounding */

START_TEST(t_round_bf16)
{
    ck_assert(round_bf16(1 + 0x1p-8) == 1);               /* tie, even is 1 */
    ck_assert(round_bf16(1 + 3 * 0x1p-8) == 1 + 0x1p-6); /* tie, even is up */
    ck_assert(round_bf16(1 + 0x1p-8 + 0x1p-30) == 1 + 0x1p-7);
    ck_assert(round_bf16(-(1 + 0x1p-8)) == -1);
    double max = 0x1.fep127; /* (2 - 2^-7) 2^127 */
    ck_assert(round_bf16(max) == max);
    ck_assert(round_bf16(0x1.fefp127) == max);          /* just below the tie */
    ck_assert(round_bf16(0x1.fdp127) == 0x1.fcp127);    /* tie, even is down */
    ck_assert(isinf(round_bf16(0x1.ffp127)));           /* tie rounds to inf */
    ck_assert(isinf(round_bf16(1e39)) && round_bf16(-1e39) < 0);
    ck_assert(isnan(round_bf16(NAN)));
    ck_assert(round_bf16(0x1p-133) == 0x1p-133);        /* smallest subnormal */
    ck_assert(round_bf16(0x1p-134) == 0);                /* half of it: tie to 0 */
    ck_assert(round_bf16(0x1.8p-134) == 0x1p-133);
    ck_assert(signbit(round_bf16(-0x1p-140)));
}
END_TEST

START_TEST(t_round_f16)
{
    ck_assert(round_f16(1 + 0x1p-11) == 1);
    ck_assert(round_f16(1 + 3 * 0x1p-11) == 1 + 0x1p-9);
    ck_assert(round_f16(0.1) == 0.0999755859375);
    ck_assert(round_f16(65504) == 65504);
    ck_assert(round_f16(65519.99) == 65504);
    ck_assert(isinf(round_f16(65520)));                  /* tie to even: inf */
    ck_assert(isinf(round_f16(-1e6)) && round_f16(-1e6) < 0);
    ck_assert(isnan(round_f16(NAN)));
    ck_assert(isinf(round_f16(INFINITY)));
    /* subnormals: spacing 2^-24 below 2^-14 */
    ck_assert(round_f16(0x1p-24) == 0x1p-24);
    ck_assert(round_f16(0x1p-25) == 0);                   /* tie to even 0 */
    ck_assert(round_f16(0x1.000001p-25) == 0x1p-24);
    ck_assert(round_f16(1.5 * 0x1p-24) == 2 * 0x1p-24);  /* tie to even 2 */
    ck_assert(round_f16(2.5 * 0x1p-24) == 2 * 0x1p-24);
    ck_assert(round_f16(0x1p-14 - 0x1p-25) == 0x1p-14);  /* up into the normals */
    ck_assert(round_f16(1000.3 * 0x1p-24) == 1000 * 0x1p-24);
    ck_assert(round_f16(-0.0) == 0 && signbit(round_f16(-0.0)));
}
END_TEST

START_TEST(t_tensor_get_set)
{
    TestCtx tc;
    tc_init(&tc);
    Type tf = {DT_F32, shape_make(1, DIMS(2))}, ti = {DT_I32, shape_make(1, DIMS(2))};
    Tensor *a = tensor_new(&tc.cx, &tf), *b = tensor_new(&tc.cx, &ti);
    ck_assert_ptr_nonnull(a);
    ck_assert_ptr_nonnull(b);
    ck_assert(tensor_get(a, 1) == 0); /* zeroed */
    tensor_set(a, 0, 0.1);
    tensor_set(a, 1, 1e39);
    tensor_set(b, 0, -2.9);
    tensor_set(b, 1, 7);
    ck_assert(tensor_get(a, 0) == (double)0.1f);
    ck_assert(isinf(tensor_get(a, 1)));
    ck_assert(tensor_get(b, 0) == -2 && tensor_get(b, 1) == 7);
    tensor_free(&tc.cx, a);
    tensor_free(&tc.cx, b);
    tc_fini(&tc);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("interp");
    TCase *tc = tcase_create("ops");
    tcase_set_timeout(tc, 20);
    tcase_add_loop_test(tc, t_case, 0, NCASES);
    tcase_add_test(tc, t_all_ops_covered);
    tcase_add_test(tc, t_round_bf16);
    tcase_add_test(tc, t_round_f16);
    tcase_add_test(tc, t_tensor_get_set);
    suite_add_tcase(s, tc);
    return tc_run_suite(s);
}
