/* test_autodiff.c — gradient checks for passes/autodiff.c.
 *
 * The op-table walk: every op flagged OF_DIFF has a rule (and no other op
 * has one), and every rule's gradient matches central differences of the
 * loss sum(y * W) (W a random constant) computed by the interpreter in
 * f64, on random shapes with size-1 and non-power-of-two dimensions.
 * Inputs are drawn away from kinks and ties (abs, max, min, reduce_max),
 * which have hand-computed tests of their own.  Then a composite model
 * (layer norm, MLP with GELU, softmax cross-entropy from primitives),
 * each op's backward graph through pass_simplify (values unchanged), the
 * cut-offs (frozen params, stop_gradient, non-differentiable ops), tie
 * conventions, weighted losses and the pass form. */
#include "testutil.h"
#include "passes/passes.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

enum { MAXP = 4, TRIALS = 4 };

typedef struct Case {
    TestCtx t;
    Graph *g;
    uint64_t rng;
    int trial;
    NodeId p[MAXP];
    Tensor *v[MAXP];
    int np;
} Case;

static const SrcLoc L0 = {0, 0, 0};

/* ------------------------------------------------------------ helpers */

static double urand(Case *c)
{
    c->rng = c->rng * 6364136223846793005ULL + 1442695040888963407ULL;
    return (double)(c->rng >> 11) * 0x1p-53;
}

static double uniform(Case *c, double lo, double hi) { return lo + (hi - lo) * urand(c); }
static int64_t irand(Case *c, int64_t n) { return (int64_t)(urand(c) * (double)n); }

/* A random dimension; in each trial axis (trial % rank) is size 1. */
static Shape rand_shape(Case *c, int rank)
{
    static const int64_t dims[] = {2, 3, 5, 6, 7};
    Shape s = {.rank = rank};
    for (int d = 0; d < rank; d++) s.dim[d] = dims[irand(c, 5)];
    if (rank) s.dim[c->trial % rank] = 1;
    return s;
}

static Shape shape3(int64_t a, int64_t b, int64_t d) { return (Shape){3, {a, b, d}}; }

/* A float param of shape s with values in [lo, hi], each with a random
 * sign when sign is set. */
static NodeId param_sv(Case *c, DType dt, Shape s, double lo, double hi, bool sign)
{
    char name[16];
    snprintf(name, sizeof name, "p%d", c->np);
    Type t = {dt, s};
    NodeId id = ir_leaf(c->g, OP_PARAM, name, &t, L0);
    ck_assert_uint_ne(id, 0);
    Tensor *v = tensor_new(&c->t.cx, &t);
    for (int64_t k = 0; k < v->numel; k++) {
        double x = uniform(c, lo, hi);
        v->f[k] = sign && urand(c) < 0.5 ? -x : x;
    }
    c->p[c->np] = id;
    c->v[c->np++] = v;
    return id;
}

static NodeId param(Case *c, Shape s) { return param_sv(c, DT_F64, s, 0.1, 1.0, true); }

/* A const with values lo + k*step (k = random element from 0..range-1)
 * for ints and bools, uniform for floats. */
static NodeId const_rand(Case *c, DType dt, Shape s, double lo, double hi)
{
    Type t = {dt, s};
    int64_t n = shape_numel(&s);
    void *data = calloc((size_t)n, 8);
    for (int64_t k = 0; k < n; k++) {
        double v = dt_is_float(dt) ? uniform(c, lo, hi) : (double)(lo + irand(c, (int64_t)(hi - lo)));
        ir_data_set(dt, data, k, v);
    }
    Attrs a = {.data = data};
    NodeId id = ir_add(c->g, OP_CONST, NULL, 0, &a, &t, L0);
    free(data);
    ck_assert_uint_ne(id, 0);
    return id;
}

/* sum(y * W) over all elements: a scalar whose gradient wrt y is W. */
static NodeId loss_of(Case *c, NodeId y)
{
    Type t = ir_node(c->g, y)->type;
    Shape flat = {1, {shape_numel(&t.shape)}};
    NodeId w = const_rand(c, t.dt, flat, -1.0, 1.0);
    NodeId prod = ir_binary(c->g, OP_MUL, ir_reshape(c->g, y, &flat, L0), w, L0);
    int64_t ax = 0;
    return ir_reduce(c->g, OP_REDUCE_SUM, prod, &ax, 1, false, L0);
}

static void case_init(Case *c, uint64_t seed, int trial)
{
    memset(c, 0, sizeof *c);
    tc_init(&c->t);
    c->g = ir_graph_new(&c->t.cx, "t");
    c->rng = seed * 7919 + (uint64_t)trial * 104729 + 1;
    c->trial = trial;
}

static void case_fini(Case *c)
{
    for (int i = 0; i < c->np; i++) tensor_free(&c->t.cx, c->v[i]);
    ir_graph_free(c->g);
    tc_fini(&c->t);
}

static double run_loss(Case *c, Interp *ip, NodeId loss)
{
    ck_assert_msg(ir_interp_run(ip), "interp: %s", tc_diag(&c->t));
    return ir_interp_value(ip, loss)->f[0];
}

/* Analytic gradients vs central differences for every element of every
 * param; |a - n| <= 1e-6 * max(|a|, |n|, 1e-2). */
static void gradcheck(Case *c, NodeId loss, const char *what)
{
    AdLoss l = {loss, 1.0};
    NodeId grads[MAXP];
    ck_assert_msg(ad_grad(&c->t.cx, c->g, &l, 1, c->p, (uint32_t)c->np, grads), "%s: %s", what, tc_diag(&c->t));
    ck_assert_msg(ir_verify(&c->t.cx, c->g), "%s: %s", what, tc_diag(&c->t));
    Interp *ip = ir_interp_new(&c->t.cx, c->g, IP_F64);
    for (int i = 0; i < c->np; i++) ck_assert(ir_interp_set(ip, c->p[i], c->v[i]));
    run_loss(c, ip, loss);
    Tensor *an[MAXP];
    for (int i = 0; i < c->np; i++) {
        ck_assert_msg(grads[i] != 0, "%s: no gradient for param %d", what, i);
        an[i] = tensor_new(&c->t.cx, &ir_node(c->g, grads[i])->type);
        memcpy(an[i]->f, ir_interp_value(ip, grads[i])->f, (size_t)an[i]->numel * sizeof(double));
    }
    for (int i = 0; i < c->np; i++) {
        for (int64_t k = 0; k < an[i]->numel; k++) {
            double x0 = c->v[i]->f[k], h = 1e-5 * fmax(1.0, fabs(x0));
            c->v[i]->f[k] = x0 + h;
            ck_assert(ir_interp_set(ip, c->p[i], c->v[i]));
            double lp = run_loss(c, ip, loss);
            c->v[i]->f[k] = x0 - h;
            ck_assert(ir_interp_set(ip, c->p[i], c->v[i]));
            double lm = run_loss(c, ip, loss);
            c->v[i]->f[k] = x0;
            ck_assert(ir_interp_set(ip, c->p[i], c->v[i]));
            double num = (lp - lm) / (2 * h), a = an[i]->f[k];
            double tol = 1e-6 * fmax(fmax(fabs(a), fabs(num)), 1e-2);
            ck_assert_msg(fabs(a - num) <= tol, "%s trial %d: param %d elem %lld: analytic %.12g numeric %.12g",
                          what, c->trial, i, (long long)k, a, num);
        }
        tensor_free(&c->t.cx, an[i]);
    }
    ir_interp_free(ip);
}

/* --------------------------------------------------- per-op test cases */

typedef NodeId (*CaseFn)(Case *c, Op op);

static NodeId c_unary(Case *c, Op op)
{
    Shape s = rand_shape(c, 1 + c->trial % 3);
    bool pos = op == OP_LOG || op == OP_SQRT || op == OP_RSQRT || op == OP_RECIP;
    NodeId x = pos ? param_sv(c, DT_F64, s, 0.3, 2.0, false) : param_sv(c, DT_F64, s, 0.2, 1.5, true);
    if (op == OP_CAST) return ir_cast(c->g, x, DT_F32, L0);
    return ir_unary(c->g, op, x, L0);
}

static NodeId c_binary(Case *c, Op op)
{
    Shape s = rand_shape(c, 1 + c->trial % 3);
    NodeId a, b;
    if (op == OP_POW) {
        a = param_sv(c, DT_F64, s, 0.5, 2.0, false);
        b = param_sv(c, DT_F64, s, 0.2, 1.5, true);
    } else if (op == OP_MAX || op == OP_MIN) {
        /* b = a + d with |d| >= 0.1: no ties within a step. */
        a = param(c, s);
        b = param(c, s);
        for (int64_t k = 0; k < c->v[0]->numel; k++)
            c->v[1]->f[k] = c->v[0]->f[k] + (urand(c) < 0.5 ? -1 : 1) * uniform(c, 0.1, 0.5);
    } else {
        a = param(c, s);
        b = op == OP_DIV ? param_sv(c, DT_F64, s, 0.5, 2.0, true) : param(c, s);
    }
    return ir_binary(c->g, op, a, b, L0);
}

static NodeId c_select(Case *c, Op op)
{
    Shape s = rand_shape(c, 2);
    NodeId cond = const_rand(c, DT_BOOL, s, 0, 2);
    NodeId a = param(c, s), b = param(c, s);
    return ir_select(c->g, cond, a, b, L0);
}

/* A random non-empty sorted subset of the axes. */
static int rand_axes(Case *c, int rank, int64_t *axes)
{
    int n = 0;
    for (int d = 0; d < rank; d++)
        if (urand(c) < 0.5) axes[n++] = d;
    if (!n) axes[n++] = irand(c, rank);
    return n;
}

static NodeId c_reduce(Case *c, Op op)
{
    Shape s = rand_shape(c, 3);
    NodeId x = param(c, s);
    if (op == OP_REDUCE_MAX) {
        /* Distinct values 0.1 apart (a shuffled ramp plus small noise). */
        int64_t n = c->v[0]->numel;
        for (int64_t k = 0; k < n; k++) c->v[0]->f[k] = 0.1 * (double)k;
        for (int64_t k = n - 1; k > 0; k--) {
            int64_t j = irand(c, k + 1);
            double t = c->v[0]->f[k];
            c->v[0]->f[k] = c->v[0]->f[j];
            c->v[0]->f[j] = t + uniform(c, 0, 0.01);
        }
    }
    int64_t axes[IR_MAX_RANK];
    int n = rand_axes(c, 3, axes);
    return ir_reduce(c->g, op, x, axes, n, c->trial & 1, L0);
}

static NodeId c_reshape(Case *c, Op op)
{
    Shape s = rand_shape(c, 3), t = {2, {s.dim[0] * s.dim[1], s.dim[2]}};
    if (c->trial & 1) t = (Shape){4, {s.dim[2], 1, s.dim[1], s.dim[0]}};
    return ir_reshape(c->g, param(c, s), &t, L0);
}

static NodeId c_permute(Case *c, Op op)
{
    int64_t perm[4] = {0, 1, 2, 3};
    for (int k = 3; k > 0; k--) {
        int64_t j = irand(c, k + 1), t = perm[k];
        perm[k] = perm[j];
        perm[j] = t;
    }
    return ir_permute(c->g, param(c, rand_shape(c, 4)), perm, 4, L0);
}

/* x of rank 2 with some size-1 axes, broadcast to rank 3 or 4 */
static NodeId c_broadcast(Case *c, Op op)
{
    Shape out = rand_shape(c, 3 + c->trial % 2), x = {2, {out.dim[out.rank - 2], out.dim[out.rank - 1]}};
    out.dim[out.rank - 2 + (c->trial & 1)] = 4;
    x.dim[c->trial & 1] = 1;
    return ir_broadcast(c->g, param(c, x), &out, L0);
}

static NodeId c_slice(Case *c, Op op)
{
    Shape s = rand_shape(c, 3);
    int64_t lo[3], hi[3];
    for (int d = 0; d < 3; d++) {
        lo[d] = irand(c, s.dim[d]);
        hi[d] = lo[d] + 1 + irand(c, s.dim[d] - lo[d]);
    }
    return ir_slice(c->g, param(c, s), lo, hi, L0);
}

static NodeId c_pad(Case *c, Op op)
{
    Shape s = rand_shape(c, 2);
    Attrs a = {.lo = {2, {irand(c, 3), 1}}, .hi = {2, {0, irand(c, 3)}}, .value = 0.5};
    NodeId x = param(c, s);
    return ir_add(c->g, OP_PAD, &x, 1, &a, NULL, L0);
}

static NodeId c_concat(Case *c, Op op)
{
    Shape s = rand_shape(c, 3);
    int axis = c->trial % 3;
    NodeId in[3];
    for (int i = 0; i < 3; i++) {
        Shape si = s;
        si.dim[axis] = 1 + irand(c, 4);
        in[i] = param(c, si);
    }
    Attrs a = {.axis = axis};
    return ir_add(c->g, OP_CONCAT, in, 3, &a, NULL, L0);
}

/* Indices with repeats (J up to twice the axis size), so scatter_add
 * must accumulate. */
static NodeId index_const(Case *c, Shape xs, int axis)
{
    Shape is = {.rank = axis + 1};
    for (int d = 0; d < axis; d++) is.dim[d] = xs.dim[d];
    is.dim[axis] = 1 + irand(c, 2 * xs.dim[axis]);
    return const_rand(c, c->trial & 1 ? DT_I64 : DT_I32, is, 0, (double)xs.dim[axis]);
}

static NodeId c_gather(Case *c, Op op)
{
    Shape s = rand_shape(c, 3);
    int axis = c->trial % 3;
    NodeId x = param(c, s), idx = index_const(c, s, axis);
    Attrs a = {.axis = axis};
    NodeId in[2] = {x, idx};
    return ir_add(c->g, OP_GATHER, in, 2, &a, NULL, L0);
}

static NodeId c_scatter_add(Case *c, Op op)
{
    Shape s = rand_shape(c, 3);
    int axis = c->trial % 3;
    NodeId base = param(c, s), idx = index_const(c, s, axis);
    Shape us = s;
    us.dim[axis] = ir_node(c->g, idx)->type.shape.dim[axis];
    NodeId in[3] = {base, idx, param(c, us)};
    Attrs a = {.axis = axis};
    return ir_add(c->g, OP_SCATTER_ADD, in, 3, &a, NULL, L0);
}

/* Every ta/tb combination; batch axes broadcast both ways. */
static NodeId c_matmul(Case *c, Op op)
{
    bool ta = c->trial & 1, tb = c->trial & 2;
    int64_t M = 3, K = 5, N = 2, B = 6;
    Shape sa = shape3(c->trial < 2 ? B : 1, ta ? K : M, ta ? M : K);
    Shape sb = c->trial < 2 ? (Shape){2, {tb ? N : K, tb ? K : N}} : shape3(B, tb ? N : K, tb ? K : N);
    if (c->trial == 1) sb = (Shape){4, {7, 1, tb ? N : K, tb ? K : N}};
    return ir_matmul(c->g, param(c, sa), param(c, sb), ta, tb, L0);
}

static NodeId c_all_reduce(Case *c, Op op) { return ir_unary(c->g, op, param(c, rand_shape(c, 2)), L0); }

static const CaseFn cases[OP_COUNT] = {
    [OP_NEG] = c_unary,         [OP_EXP] = c_unary,         [OP_LOG] = c_unary,
    [OP_SQRT] = c_unary,        [OP_RSQRT] = c_unary,       [OP_ERF] = c_unary,
    [OP_TANH] = c_unary,        [OP_ABS] = c_unary,         [OP_RECIP] = c_unary,
    [OP_CAST] = c_unary,        [OP_ADD] = c_binary,        [OP_SUB] = c_binary,
    [OP_MUL] = c_binary,        [OP_DIV] = c_binary,        [OP_MAX] = c_binary,
    [OP_MIN] = c_binary,        [OP_POW] = c_binary,        [OP_SELECT] = c_select,
    [OP_REDUCE_SUM] = c_reduce, [OP_REDUCE_MAX] = c_reduce, [OP_RESHAPE] = c_reshape,
    [OP_PERMUTE] = c_permute,   [OP_BROADCAST] = c_broadcast, [OP_SLICE] = c_slice,
    [OP_CONCAT] = c_concat,     [OP_PAD] = c_pad,           [OP_GATHER] = c_gather,
    [OP_SCATTER_ADD] = c_scatter_add, [OP_MATMUL] = c_matmul, [OP_ALL_REDUCE_SUM] = c_all_reduce,
};

START_TEST(t_rules_match_table)
{
    for (int op = 1; op < OP_COUNT; op++) {
        bool diff = ir_ops[op].flags & OF_DIFF;
        ck_assert_msg(ad_has_rule((Op)op) == diff, "op %s: OF_DIFF %d but rule %d", ir_ops[op].name, diff,
                      ad_has_rule((Op)op));
        ck_assert_msg(!diff || cases[op], "op %s has no gradient check case", ir_ops[op].name);
    }
}
END_TEST

/* _i is the op: one test per op, all trials. */
START_TEST(t_gradcheck_op)
{
    Op op = (Op)_i;
    if (!(ir_ops[op].flags & OF_DIFF)) return;
    for (int trial = 0; trial < TRIALS; trial++) {
        Case c;
        case_init(&c, (uint64_t)op, trial);
        NodeId y = cases[op](&c, op);
        ck_assert_msg(y != 0, "%s: %s", ir_ops[op].name, tc_diag(&c.t));
        gradcheck(&c, loss_of(&c, y), ir_ops[op].name);
        case_fini(&c);
    }
}
END_TEST

/* The backward graphs go through simplify unchanged in value: each op's
 * case with its gradients as outputs, run before and after pass_simplify. */
static NodeId find_out(const Graph *g, const char *name);

static void add_outputs(Case *c, NodeId loss, const NodeId *grads)
{
    Attrs a = {.name = "loss"};
    ck_assert(ir_add(c->g, OP_OUTPUT, &loss, 1, &a, NULL, L0));
    for (int i = 0; i < c->np; i++) {
        char name[32];
        snprintf(name, sizeof name, "g%d", i);
        a.name = name;
        ck_assert(ir_add(c->g, OP_OUTPUT, &grads[i], 1, &a, NULL, L0));
    }
}

/* Runs c->g with the params (found by name) and copies output `name`. */
static double *run_output(Case *c, const char *name, int64_t *n)
{
    Interp *ip = ir_interp_new(&c->t.cx, c->g, IP_F64);
    for (int i = 0; i < c->np; i++) {
        char pname[16];
        snprintf(pname, sizeof pname, "p%d", i);
        NodeId p = 0; /* ids change in simplify: look params up by name */
        for (NodeId id = 1; id < c->g->nnodes; id++)
            if (c->g->nodes[id].op == OP_PARAM && !strcmp(c->g->nodes[id].a.name, pname)) p = id;
        ck_assert(p && ir_interp_set(ip, p, c->v[i]));
    }
    ck_assert_msg(ir_interp_run(ip), "%s", tc_diag(&c->t));
    const Tensor *t = ir_interp_value(ip, find_out(c->g, name));
    double *v = malloc((size_t)t->numel * sizeof *v);
    memcpy(v, t->f, (size_t)t->numel * sizeof *v);
    *n = t->numel;
    ir_interp_free(ip);
    return v;
}

START_TEST(t_simplify_keeps_grads)
{
    Op op = (Op)_i;
    if (!(ir_ops[op].flags & OF_DIFF)) return;
    Case c;
    case_init(&c, (uint64_t)op + 1000, 1);
    NodeId loss = loss_of(&c, cases[op](&c, op)), grads[MAXP];
    ck_assert(ad_grad(&c.t.cx, c.g, &(AdLoss){loss, 1.0}, 1, c.p, (uint32_t)c.np, grads));
    add_outputs(&c, loss, grads);
    double *before[MAXP];
    int64_t n[MAXP], m;
    char gname[MAXP][16];
    for (int i = 0; i < c.np; i++) {
        snprintf(gname[i], sizeof gname[i], "g%d", i);
        before[i] = run_output(&c, gname[i], &n[i]);
    }
    uint32_t size = c.g->nnodes;
    ck_assert_msg(pass_simplify(&c.t.cx, c.g), "%s", tc_diag(&c.t));
    ck_assert(ir_verify(&c.t.cx, c.g));
    ck_assert_uint_lt(c.g->nnodes, size); /* at least the seed's 1 goes */
    for (int i = 0; i < c.np; i++) {
        double *after = run_output(&c, gname[i], &m);
        ck_assert_int_eq(m, n[i]);
        for (int64_t k = 0; k < m; k++)
            ck_assert_msg(fabs(after[k] - before[i][k]) <= 1e-12 * fmax(1, fabs(before[i][k])),
                          "%s: g%d[%lld] %.17g vs %.17g", ir_ops[op].name, i, (long long)k, after[k], before[i][k]);
        free(after);
        free(before[i]);
    }
    case_fini(&c);
}
END_TEST

/* ------------------------------------------------------- composite */

static NodeId bcast(Case *c, NodeId x, Shape s) { return ir_broadcast(c->g, x, &s, L0); }

/* x [B, D] -> layer norm over D with gamma, beta [D] */
static NodeId layer_norm(Case *c, NodeId x, NodeId gamma, NodeId beta)
{
    Graph *g = c->g;
    Shape s = ir_node(g, x)->type.shape;
    int64_t ax = 1, D = s.dim[1];
    NodeId inv_d = ir_full(g, DT_F64, &s, 1.0 / (double)D, L0);
    NodeId mean = ir_binary(g, OP_MUL, bcast(c, ir_reduce(g, OP_REDUCE_SUM, x, &ax, 1, true, L0), s), inv_d, L0);
    NodeId xc = ir_binary(g, OP_SUB, x, mean, L0);
    NodeId sq = ir_binary(g, OP_MUL, xc, xc, L0);
    NodeId var = ir_binary(g, OP_MUL, bcast(c, ir_reduce(g, OP_REDUCE_SUM, sq, &ax, 1, true, L0), s), inv_d, L0);
    NodeId r = ir_unary(g, OP_RSQRT, ir_binary(g, OP_ADD, var, ir_full(g, DT_F64, &s, 1e-5, L0), L0), L0);
    NodeId y = ir_binary(g, OP_MUL, ir_binary(g, OP_MUL, xc, r, L0), bcast(c, gamma, s), L0);
    return ir_binary(g, OP_ADD, y, bcast(c, beta, s), L0);
}

/* 0.5 x (1 + erf(x / sqrt 2)) */
static NodeId gelu(Case *c, NodeId x)
{
    Graph *g = c->g;
    Shape s = ir_node(g, x)->type.shape;
    NodeId e = ir_unary(g, OP_ERF, ir_binary(g, OP_MUL, x, ir_full(g, DT_F64, &s, M_SQRT1_2, L0), L0), L0);
    NodeId one = ir_binary(g, OP_ADD, e, ir_full(g, DT_F64, &s, 1.0, L0), L0);
    return ir_binary(g, OP_MUL, ir_binary(g, OP_MUL, x, one, L0), ir_full(g, DT_F64, &s, 0.5, L0), L0);
}

/* mean over rows of logsumexp(z) - z[label], with the max subtracted
 * through stop_gradient as frameworks do. */
static NodeId softmax_xent(Case *c, NodeId z, NodeId onehot)
{
    Graph *g = c->g;
    Shape s = ir_node(g, z)->type.shape;
    int64_t ax = 1;
    NodeId m = bcast(c, ir_unary(g, OP_STOP_GRADIENT, ir_reduce(g, OP_REDUCE_MAX, z, &ax, 1, true, L0), L0), s);
    NodeId zc = ir_binary(g, OP_SUB, z, m, L0);
    NodeId lse = ir_unary(g, OP_LOG, ir_reduce(g, OP_REDUCE_SUM, ir_unary(g, OP_EXP, zc, L0), &ax, 1, false, L0), L0);
    NodeId pick = ir_reduce(g, OP_REDUCE_SUM, ir_binary(g, OP_MUL, zc, onehot, L0), &ax, 1, false, L0);
    int64_t ax0 = 0;
    NodeId tot = ir_reduce(g, OP_REDUCE_SUM, ir_binary(g, OP_SUB, lse, pick, L0), &ax0, 1, false, L0);
    return ir_binary(g, OP_MUL, tot, ir_scalar(g, DT_F64, 1.0 / (double)s.dim[0], L0), L0);
}

START_TEST(t_composite_mlp)
{
    Case c;
    case_init(&c, 99, 0);
    int64_t B = 3, D = 5, H = 7, C = 4;
    Graph *g = c.g;
    NodeId x = const_rand(&c, DT_F64, (Shape){2, {B, D}}, -2, 2);
    NodeId gamma = param(&c, (Shape){1, {D}}), beta = param(&c, (Shape){1, {D}});
    NodeId w1 = param(&c, (Shape){2, {D, H}}), w2 = param(&c, (Shape){2, {C, H}});
    NodeId h = gelu(&c, ir_matmul(g, layer_norm(&c, x, gamma, beta), w1, false, false, L0));
    NodeId z = ir_matmul(g, h, w2, false, true, L0);
    Shape zs = {2, {B, C}};
    void *oh = calloc((size_t)(B * C), sizeof(double));
    for (int64_t b = 0; b < B; b++) ((double *)oh)[b * C + (b * 2 + 1) % C] = 1;
    Attrs a = {.data = oh};
    Type ot = {DT_F64, zs};
    NodeId onehot = ir_add(g, OP_CONST, NULL, 0, &a, &ot, L0);
    free(oh);
    NodeId loss = softmax_xent(&c, z, onehot);
    ck_assert_msg(loss, "%s", tc_diag(&c.t));
    /* the gradient reaches the (constant) input too */
    NodeId gx;
    ck_assert(ad_grad(&c.t.cx, g, &(AdLoss){loss, 1.0}, 1, &x, 1, &gx));
    ck_assert_uint_ne(gx, 0);
    gradcheck(&c, loss, "mlp");
    case_fini(&c);
}
END_TEST

/* ----------------------------------------------- conventions and cuts */

/* Runs g in f64 with the params' values; returns the interp. */
static Interp *run_case(Case *c)
{
    Interp *ip = ir_interp_new(&c->t.cx, c->g, IP_F64);
    for (int i = 0; i < c->np; i++) ck_assert(ir_interp_set(ip, c->p[i], c->v[i]));
    ck_assert_msg(ir_interp_run(ip), "%s", tc_diag(&c->t));
    return ip;
}

static void set_vals(Case *c, int i, const double *v)
{
    for (int64_t k = 0; k < c->v[i]->numel; k++) c->v[i]->f[k] = v[k];
}

static void expect_vals(const Interp *ip, NodeId id, const double *want, int n)
{
    const Tensor *t = ir_interp_value(ip, id);
    ck_assert_int_eq(t->numel, n);
    for (int k = 0; k < n; k++) ck_assert_msg(t->f[k] == want[k], "elem %d: %g, want %g", k, t->f[k], want[k]);
}

static NodeId sum_all(Case *c, NodeId y)
{
    int64_t ax = 0;
    return ir_reduce(c->g, OP_REDUCE_SUM, y, &ax, 1, false, L0);
}

/* Ties: max/min split evenly, reduce_max shares among all maxima,
 * abs'(0) = 0. */
START_TEST(t_ties_and_kinks)
{
    Case c;
    case_init(&c, 1, 0);
    Shape s = {1, {4}};
    NodeId a = param(&c, s), b = param(&c, s), x = param(&c, (Shape){2, {2, 3}});
    set_vals(&c, 0, (double[]){1, 2, 5, 0});
    set_vals(&c, 1, (double[]){1, 3, 4, 2});
    set_vals(&c, 2, (double[]){3, 1, 3, 2, 2, 2});
    int64_t ax = 1;
    NodeId l1 = sum_all(&c, ir_binary(c.g, OP_MAX, a, b, L0));
    NodeId l2 = sum_all(&c, ir_binary(c.g, OP_MIN, a, b, L0));
    NodeId l3 = sum_all(&c, ir_reduce(c.g, OP_REDUCE_MAX, x, &ax, 1, false, L0));
    NodeId l4 = sum_all(&c, ir_unary(c.g, OP_ABS, a, L0));
    NodeId g1[2], g2[2], g3, g4;
    ck_assert(ad_grad(&c.t.cx, c.g, &(AdLoss){l1, 1}, 1, c.p, 2, g1));
    ck_assert(ad_grad(&c.t.cx, c.g, &(AdLoss){l2, 1}, 1, c.p, 2, g2));
    ck_assert(ad_grad(&c.t.cx, c.g, &(AdLoss){l3, 1}, 1, &x, 1, &g3));
    ck_assert(ad_grad(&c.t.cx, c.g, &(AdLoss){l4, 1}, 1, &a, 1, &g4));
    Interp *ip = run_case(&c);
    expect_vals(ip, g1[0], (double[]){0.5, 0, 1, 0}, 4);
    expect_vals(ip, g1[1], (double[]){0.5, 1, 0, 1}, 4);
    expect_vals(ip, g2[0], (double[]){0.5, 1, 0, 1}, 4);
    expect_vals(ip, g2[1], (double[]){0.5, 0, 1, 0}, 4);
    expect_vals(ip, g3, (double[]){0.5, 0, 0.5, 1.0 / 3, 1.0 / 3, 1.0 / 3}, 6);
    expect_vals(ip, g4, (double[]){1, 1, 1, 0}, 4);
    ir_interp_free(ip);
    case_fini(&c);
}
END_TEST

/* stop_gradient, floor, comparisons and topk cut the path; gather through
 * topk indices still reaches the gathered operand. */
START_TEST(t_cuts)
{
    Case c;
    case_init(&c, 2, 0);
    Shape s = {2, {2, 3}};
    NodeId x = param(&c, s);
    set_vals(&c, 0, (double[]){1.5, -2.25, 3, 0.5, 4, -1});
    NodeId sg = ir_unary(c.g, OP_STOP_GRADIENT, x, L0);
    NodeId fl = ir_unary(c.g, OP_FLOOR, x, L0);
    NodeId cmp = ir_cast(c.g, ir_binary(c.g, OP_GT, x, sg, L0), DT_F64, L0);
    Attrs k2 = {.k = 2};
    NodeId tk = ir_add(c.g, OP_TOPK, &x, 1, &k2, NULL, L0);
    int64_t axes[2] = {0, 1};
    NodeId l_cut = ir_reduce(c.g, OP_REDUCE_SUM, ir_binary(c.g, OP_ADD, ir_binary(c.g, OP_MUL, sg, fl, L0), cmp, L0),
                             axes, 2, false, L0);
    NodeId gi[2] = {x, tk};
    Attrs ax1 = {.axis = 1};
    NodeId top = ir_add(c.g, OP_GATHER, gi, 2, &ax1, NULL, L0);
    NodeId l_top = ir_reduce(c.g, OP_REDUCE_SUM, top, axes, 2, false, L0);
    uint32_t before = c.g->nnodes;
    NodeId gcut = 1;
    ck_assert(ad_grad(&c.t.cx, c.g, &(AdLoss){l_cut, 1}, 1, &x, 1, &gcut));
    ck_assert_uint_eq(gcut, 0);
    ck_assert_uint_eq(c.g->nnodes, before + 1); /* only the seed constant */
    NodeId gtop;
    ck_assert(ad_grad(&c.t.cx, c.g, &(AdLoss){l_top, 1}, 1, &x, 1, &gtop));
    Interp *ip = run_case(&c);
    /* top-2 of each row: {3, 1.5} and {4, 0.5} */
    expect_vals(ip, gtop, (double[]){1, 0, 1, 1, 1, 0}, 6);
    ir_interp_free(ip);
    case_fini(&c);
}
END_TEST

/* L = 2 * sum(x*x) + 3 * sum(x) -> dL/dx = 4x + 3 */
START_TEST(t_weighted_losses)
{
    Case c;
    case_init(&c, 3, 0);
    NodeId x = param(&c, (Shape){1, {3}});
    set_vals(&c, 0, (double[]){1, -2, 0.5});
    NodeId l1 = sum_all(&c, ir_binary(c.g, OP_MUL, x, x, L0)), l2 = sum_all(&c, x);
    AdLoss ls[2] = {{l1, 2.0}, {l2, 3.0}};
    NodeId gx;
    ck_assert(ad_grad(&c.t.cx, c.g, ls, 2, &x, 1, &gx));
    Interp *ip = run_case(&c);
    expect_vals(ip, gx, (double[]){7, -5, 5}, 3);
    ir_interp_free(ip);
    case_fini(&c);
}
END_TEST

START_TEST(t_loss_must_be_scalar)
{
    Case c;
    case_init(&c, 4, 0);
    NodeId x = param(&c, (Shape){1, {3}});
    NodeId gx;
    ck_assert(!ad_grad(&c.t.cx, c.g, &(AdLoss){x, 1}, 1, &x, 1, &gx));
    ck_assert_ptr_nonnull(strstr(tc_diag(&c.t), "loss must be a floating-point scalar, got f64[3]"));
    case_fini(&c);
}
END_TEST

/* neighbor_topk_gather has no gradient rule, but its float result depends
 * on its operand: a path through it is an error, not a silent cut; behind
 * stop_gradient (the teacher's side) the path is cut and the other
 * operand of the loss still gets its gradient. */
START_TEST(t_structured_not_differentiable)
{
    Case c;
    case_init(&c, 5, 0);
    NodeId x = param(&c, (Shape){3, {1, 4, 2}});
    int32_t cand[12] = {1, 2, 3, 0, 2, 3, 0, 1, 3, 0, 1, 2};
    Type ct = {DT_I32, {2, {4, 3}}};
    NodeId idx = ir_add(c.g, OP_CONST, NULL, 0, &(Attrs){.data = cand}, &ct, L0);
    uint32_t file = cx_file(&c.t.cx, "m.yaml", NULL, 0);
    NodeId in[2] = {x, idx};
    NodeId y = ir_add(c.g, OP_NEIGHBOR_TOPK_GATHER, in, 2, &(Attrs){.k = 1}, NULL, (SrcLoc){file, 7, 3});
    NodeId gx;
    ck_assert(!ad_grad(&c.t.cx, c.g, &(AdLoss){loss_of(&c, y), 1}, 1, &x, 1, &gx));
    ck_assert_msg(strstr(tc_diag(&c.t), "m.yaml:7:3: error: autodiff: neighbor_topk_gather is not differentiable"),
                  "%s", tc_diag(&c.t));
    in[0] = ir_unary(c.g, OP_STOP_GRADIENT, x, L0);
    NodeId ys = ir_add(c.g, OP_NEIGHBOR_TOPK_GATHER, in, 2, &(Attrs){.k = 1}, NULL, L0);
    Shape s4 = {4, {1, 4, 1, 2}};
    NodeId l = loss_of(&c, ir_binary(c.g, OP_MUL, ys, ir_reshape(c.g, x, &s4, L0), L0));
    int nerr = c.t.cx.nerrors;
    ck_assert(ad_grad(&c.t.cx, c.g, &(AdLoss){l, 1}, 1, &x, 1, &gx));
    ck_assert_int_eq(c.t.cx.nerrors, nerr);
    ck_assert_uint_ne(gx, 0);
    case_fini(&c);
}
END_TEST

static NodeId find_out(const Graph *g, const char *name)
{
    for (NodeId id = 1; id < g->nnodes; id++)
        if (g->nodes[id].op == OP_OUTPUT && !strcmp(g->nodes[id].a.name, name)) return id;
    return 0;
}

static int count_op(const Graph *g, Op op)
{
    int n = 0;
    for (NodeId id = 1; id < g->nnodes; id++) n += g->nodes[id].op == op;
    return n;
}

/* loss = sum(x @ F + b) with F frozen: grad.b exists, grad.F does not and
 * no backward matmul is built; an unused param gets zeros. */
START_TEST(t_pass_frozen)
{
    Case c;
    case_init(&c, 5, 0);
    Graph *g = c.g;
    Type xt = {DT_F32, {2, {2, 3}}}, ft = {DT_F32, {2, {3, 2}}}, bt = {DT_F32, {2, {2, 2}}};
    NodeId x = ir_leaf(g, OP_INPUT, "x", &xt, L0);
    Attrs fa = {.name = "F", .tags = TAG_FROZEN};
    NodeId f = ir_add(g, OP_PARAM, NULL, 0, &fa, &ft, L0);
    NodeId b = ir_leaf(g, OP_PARAM, "b", &bt, L0);
    NodeId u = ir_leaf(g, OP_PARAM, "u", &xt, L0);
    int64_t axes[2] = {0, 1};
    NodeId l = ir_reduce(g, OP_REDUCE_SUM, ir_binary(g, OP_ADD, ir_matmul(g, x, f, false, false, L0), b, L0), axes, 2,
                         false, L0);
    Attrs oa = {.name = "loss"};
    ck_assert(ir_add(g, OP_OUTPUT, &l, 1, &oa, NULL, L0));
    ck_assert_msg(pass_autodiff(&c.t.cx, g), "%s", tc_diag(&c.t));
    ck_assert(ir_verify(&c.t.cx, g));
    ck_assert_uint_eq(find_out(g, "grad.F"), 0);
    ck_assert_int_eq(count_op(g, OP_MATMUL), 1);
    NodeId gb = find_out(g, "grad.b"), gu = find_out(g, "grad.u");
    ck_assert(gb && gu && gb < gu);
    Interp *ip = ir_interp_new(&c.t.cx, g, IP_F32);
    Tensor *xv = tensor_new(&c.t.cx, &xt), *fv = tensor_new(&c.t.cx, &ft), *bv = tensor_new(&c.t.cx, &bt);
    ck_assert(ir_interp_set(ip, x, xv) && ir_interp_set(ip, f, fv) && ir_interp_set(ip, b, bv) &&
              ir_interp_set(ip, u, xv));
    ck_assert(ir_interp_run(ip));
    expect_vals(ip, gb, (double[]){1, 1, 1, 1}, 4);
    expect_vals(ip, gu, (double[]){0, 0, 0, 0, 0, 0}, 6);
    tensor_free(&c.t.cx, xv);
    tensor_free(&c.t.cx, fv);
    tensor_free(&c.t.cx, bv);
    ir_interp_free(ip);
    /* twice: the grad outputs exist already */
    ck_assert(!pass_autodiff(&c.t.cx, g));
    ck_assert_ptr_nonnull(strstr(tc_diag(&c.t), "output 'grad.b' already exists"));
    case_fini(&c);
}
END_TEST

START_TEST(t_pass_needs_loss)
{
    Case c;
    case_init(&c, 6, 0);
    NodeId x = param(&c, (Shape){.rank = 0});
    Attrs oa = {.name = "notloss"};
    ck_assert(ir_add(c.g, OP_OUTPUT, &x, 1, &oa, NULL, L0));
    ck_assert(!pass_autodiff(&c.t.cx, c.g));
    ck_assert_ptr_nonnull(strstr(tc_diag(&c.t), "no output named \"loss\""));
    case_fini(&c);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("autodiff");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, t_rules_match_table);
    tcase_add_loop_test(tc, t_gradcheck_op, 1, OP_COUNT);
    tcase_add_loop_test(tc, t_simplify_keeps_grads, 1, OP_COUNT);
    tcase_add_test(tc, t_composite_mlp);
    tcase_add_test(tc, t_ties_and_kinks);
    tcase_add_test(tc, t_cuts);
    tcase_add_test(tc, t_weighted_losses);
    tcase_add_test(tc, t_loss_must_be_scalar);
    tcase_add_test(tc, t_structured_not_differentiable);
    tcase_add_test(tc, t_pass_frozen);
    tcase_add_test(tc, t_pass_needs_loss);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return tc_run_suite(suite()); }
