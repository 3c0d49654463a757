/* test_graph.c — the graph builder: shape and dtype inference of every op
 * kind, its diagnostics, the verifier's invariants, diagnostics with a
 * caret, allocation failure, and DCE. */
#include "testutil.h"
#include "passes/passes.h"

#include <string.h>

static TestCtx T;
static Graph *G;
static const SrcLoc L0 = {0, 0, 0};

static void setup(void)
{
    tc_init(&T);
    G = ir_graph_new(&T.cx, "t");
    ck_assert_ptr_nonnull(G);
}

static void teardown(void)
{
    ir_graph_free(G);
    tc_fini(&T);
}

static NodeId input(DType dt, int rank, const int64_t *dims, const char *name)
{
    Type t = {dt, shape_make(rank, dims)};
    return ir_leaf(G, OP_INPUT, name, &t, L0);
}

static void assert_type(NodeId id, const char *want)
{
    char buf[128];
    ck_assert_uint_ne(id, 0);
    ck_assert_str_eq(type_str(&G->nodes[id].type, buf, sizeof buf), want);
}

static void assert_error(NodeId id, const char *msg)
{
    ck_assert_uint_eq(id, 0);
    ck_assert_msg(strstr(tc_diag(&T), msg), "expected '%s' in: %s", msg, tc_diag(&T));
}

START_TEST(t_elementwise)
{
    NodeId a = input(DT_F32, 2, (int64_t[]){2, 3}, "a");
    NodeId b = input(DT_F32, 2, (int64_t[]){2, 3}, "b");
    NodeId c = input(DT_F32, 2, (int64_t[]){3, 2}, "c");
    NodeId i = input(DT_I32, 2, (int64_t[]){2, 3}, "i");
    assert_type(ir_binary(G, OP_ADD, a, b, L0), "f32[2,3]");
    assert_type(ir_binary(G, OP_LT, a, b, L0), "bool[2,3]");
    assert_type(ir_unary(G, OP_EXP, a, L0), "f32[2,3]");
    assert_type(ir_unary(G, OP_NEG, i, L0), "i32[2,3]");
    assert_type(ir_cast(G, i, DT_F64, L0), "f64[2,3]");
    NodeId m = ir_binary(G, OP_GT, a, b, L0);
    assert_type(ir_select(G, m, a, b, L0), "f32[2,3]");
    assert_error(ir_binary(G, OP_ADD, a, c, L0), "add: operand types differ (f32[2,3] vs f32[3,2])");
    assert_error(ir_unary(G, OP_EXP, i, L0), "exp: operand must be floating point, got i32");
    assert_error(ir_select(G, a, a, b, L0), "select: condition must be bool");
}
END_TEST

START_TEST(t_reduce_layout)
{
    NodeId x = input(DT_F32, 3, (int64_t[]){2, 3, 4}, "x");
    assert_type(ir_reduce(G, OP_REDUCE_SUM, x, (int64_t[]){1}, 1, false, L0), "f32[2,4]");
    assert_type(ir_reduce(G, OP_REDUCE_MAX, x, (int64_t[]){0, 2}, 2, true, L0), "f32[1,3,1]");
    assert_error(ir_reduce(G, OP_REDUCE_SUM, x, (int64_t[]){2, 1}, 2, false, L0), "axes must be sorted");
    assert_error(ir_reduce(G, OP_REDUCE_SUM, x, (int64_t[]){3}, 1, false, L0), "axis 3 out of range for rank 3");
    assert_type(ir_permute(G, x, (int64_t[]){2, 0, 1}, 3, L0), "f32[4,2,3]");
    assert_error(ir_permute(G, x, (int64_t[]){0, 0, 1}, 3, L0), "not a permutation");
    Shape s = shape_make(2, (int64_t[]){6, 4});
    assert_type(ir_reshape(G, x, &s, L0), "f32[6,4]");
    s = shape_make(2, (int64_t[]){5, 4});
    assert_error(ir_reshape(G, x, &s, L0), "element counts differ (24 vs 20)");
    s = shape_make(4, (int64_t[]){5, 2, 3, 4});
    assert_type(ir_broadcast(G, x, &s, L0), "f32[5,2,3,4]");
    s = shape_make(3, (int64_t[]){2, 5, 4});
    assert_error(ir_broadcast(G, x, &s, L0), "dimension 1 of size 3 cannot become 5");
    assert_type(ir_slice(G, x, (int64_t[]){0, 1, 3}, (int64_t[]){2, 3, 4}, L0), "f32[2,2,1]");
    assert_error(ir_slice(G, x, (int64_t[]){0, 2, 0}, (int64_t[]){2, 2, 4}, L0), "range [2,2) invalid for axis 1");
    Attrs pad = {.lo = {3, {0, 1, 2}}, .hi = {3, {1, 0, 0}}};
    assert_type(ir_add(G, OP_PAD, &x, 1, &pad, NULL, L0), "f32[3,4,6]");
    NodeId y = input(DT_F32, 3, (int64_t[]){2, 5, 4}, "y");
    Attrs cat = {.axis = 1};
    assert_type(ir_add(G, OP_CONCAT, (NodeId[]){x, y, x}, 3, &cat, NULL, L0), "f32[2,11,4]");
    cat.axis = 2;
    assert_error(ir_add(G, OP_CONCAT, (NodeId[]){x, y}, 2, &cat, NULL, L0), "does not match operand 0");
}
END_TEST

START_TEST(t_index)
{
    NodeId f = input(DT_F32, 3, (int64_t[]){2, 9, 5}, "f");
    NodeId idx = input(DT_I32, 2, (int64_t[]){2, 12}, "idx");
    Attrs a = {.axis = 1};
    NodeId gth = ir_add(G, OP_GATHER, (NodeId[]){f, idx}, 2, &a, NULL, L0);
    assert_type(gth, "f32[2,12,5]");
    assert_type(ir_add(G, OP_SCATTER_ADD, (NodeId[]){f, idx, gth}, 3, &a, NULL, L0), "f32[2,9,5]");
    assert_error(ir_add(G, OP_SCATTER_ADD, (NodeId[]){f, idx, f}, 3, &a, NULL, L0),
                 "scatter_add: updates are f32[2,9,5], expected f32[2,12,5]");
    a.axis = 2;
    assert_error(ir_add(G, OP_GATHER, (NodeId[]){f, idx}, 2, &a, NULL, L0), "indices must have rank 3");
    Attrs k = {.k = 4};
    assert_type(ir_add(G, OP_TOPK, &f, 1, &k, NULL, L0), "i32[2,9,4]");
    k.k = 6;
    assert_error(ir_add(G, OP_TOPK, &f, 1, &k, NULL, L0), "topk: k = 6 out of range 1..5");
    Attrs nb = {.n = 14, .size = 3};
    assert_type(ir_add(G, OP_GRID_NEIGHBORS, NULL, 0, &nb, NULL, L0), "i32[196,8]");
    nb.size = 4;
    assert_error(ir_add(G, OP_GRID_NEIGHBORS, NULL, 0, &nb, NULL, L0), "window size 4 must be odd");
    Attrs big = {.n = 32, .size = 17};
    assert_error(ir_add(G, OP_GRID_NEIGHBORS, NULL, 0, &big, NULL, L0), "window size 17 too large (at most 15");
    Attrs rs = {.n = 14, .scale = 6.1 / 14};
    assert_type(ir_add(G, OP_RESIZE_MATRIX, NULL, 0, &rs, NULL, L0), "f32[6,14]");
    Type it = {DT_I64, shape_make(2, (int64_t[]){3, 4})};
    Attrs io = {.axis = 1};
    assert_type(ir_add(G, OP_IOTA, NULL, 0, &io, &it, L0), "i64[3,4]");
}
END_TEST

START_TEST(t_matmul)
{
    NodeId x = input(DT_F32, 3, (int64_t[]){8, 196, 384}, "x");
    NodeId w = input(DT_F32, 2, (int64_t[]){1152, 384}, "w");
    assert_type(ir_matmul(G, x, w, false, true, L0), "f32[8,196,1152]");
    NodeId q = input(DT_F32, 4, (int64_t[]){8, 6, 196, 64}, "q");
    NodeId k = input(DT_F32, 4, (int64_t[]){1, 6, 196, 64}, "k");
    assert_type(ir_matmul(G, q, k, false, true, L0), "f32[8,6,196,196]");
    assert_type(ir_matmul(G, q, k, true, false, L0), "f32[8,6,64,64]");
    assert_error(ir_matmul(G, x, w, false, false, L0), "matmul: inner dims differ (384 vs 1152)");
    NodeId v = input(DT_F32, 1, (int64_t[]){384}, "v");
    assert_error(ir_matmul(G, x, v, false, false, L0), "operands need rank >= 2");
}
END_TEST

START_TEST(t_leaves_effects)
{
    Type t = {DT_F32, shape_make(1, (int64_t[]){4})};
    Attrs pa = {.name = "w", .init = "zeros", .tags = TAG_NO_WEIGHT_DECAY};
    NodeId p = ir_add(G, OP_PARAM, NULL, 0, &pa, &t, L0);
    assert_type(p, "f32[4]");
    ck_assert_str_eq(G->nodes[p].a.init, "zeros");
    NodeId s = ir_leaf(G, OP_STATE, "c", &t, L0);
    NodeId x = ir_leaf(G, OP_INPUT, "x", &t, L0);
    NodeId y = ir_binary(G, OP_ADD, p, x, L0);
    NodeId in[2] = {s, y};
    assert_type(ir_add(G, OP_ASSIGN, in, 2, NULL, NULL, L0), "f32[4]");
    in[0] = x;
    assert_error(ir_add(G, OP_ASSIGN, in, 2, NULL, NULL, L0), "assign: target must be a param or state, not input");
    Type ti = {DT_I32, t.shape};
    assert_error(ir_leaf(G, OP_PARAM, "q", &ti, L0), "param: 'q' must be floating point");
    Type bad = {DT_F32, shape_make(2, (int64_t[]){4, 0})};
    assert_error(ir_leaf(G, OP_INPUT, "z", &bad, L0), "dimension 1 has size 0");
    Type huge = {DT_F32, shape_make(4, (int64_t[]){1 << 20, 1 << 20, 1 << 20, 1 << 20})};
    assert_error(ir_leaf(G, OP_INPUT, "h", &huge, L0), "tensor too large");
    NodeId c = ir_scalar(G, DT_F32, 0.5, L0);
    assert_type(c, "f32[]");
    ck_assert_float_eq(*(float *)G->nodes[c].a.data, 0.5f);
    NodeId seed = ir_scalar(G, DT_I64, 7, L0);
    Type rt = {DT_F32, shape_make(1, (int64_t[]){16})};
    Attrs ra = {.stream = 3};
    assert_type(ir_add(G, OP_RAND_UNIFORM, &seed, 1, &ra, &rt, L0), "f32[16]");
    assert_error(ir_add(G, OP_RAND_UNIFORM, &c, 1, &ra, &rt, L0), "seed must be i64[]");
    assert_error(ir_add(G, OP_ADD, &c, 1, NULL, NULL, L0), "add: expects 2 operands, got 1");
}
END_TEST

START_TEST(t_verify)
{
    Type t = {DT_F32, shape_make(1, (int64_t[]){4})};
    NodeId a = ir_leaf(G, OP_INPUT, "a", &t, L0);
    NodeId b = ir_leaf(G, OP_INPUT, "b", &t, L0);
    NodeId s = ir_binary(G, OP_MUL, a, b, L0);
    ck_assert(ir_verify(&T.cx, G));
    G->nodes[s].in[1] = s; /* use before definition */
    ck_assert(!ir_verify(&T.cx, G));
    ck_assert_ptr_nonnull(strstr(tc_diag(&T), "used before its definition"));
    G->nodes[s].in[1] = 99; /* dangling */
    ck_assert(!ir_verify(&T.cx, G));
    ck_assert_ptr_nonnull(strstr(tc_diag(&T), "dangling id 99"));
    G->nodes[s].in[1] = b;
    G->nodes[s].type.shape.dim[0] = 5; /* stored type disagrees */
    ck_assert(!ir_verify(&T.cx, G));
    ck_assert_ptr_nonnull(strstr(tc_diag(&T), "has type f32[5] but its operands give f32[4]"));
    G->nodes[s].type.shape.dim[0] = 4;
    G->nodes[s].a.k = 2; /* attribute the op does not take */
    ck_assert(!ir_verify(&T.cx, G));
    ck_assert_ptr_nonnull(strstr(tc_diag(&T), "mul: does not take attribute 'k'"));
    G->nodes[s].a.k = 0;
    ck_assert(ir_verify(&T.cx, G));
    Attrs o = {.name = "a"};
    ir_add(G, OP_OUTPUT, &s, 1, &o, NULL, L0); /* an output may share a leaf's name */
    ck_assert(ir_verify(&T.cx, G));
    ir_leaf(G, OP_INPUT, "a", &t, L0); /* duplicate name */
    ir_leaf(G, OP_STATE, "b", &t, L0);
    ir_leaf(G, OP_STATE, "a", &t, L0); /* every duplicate is named, each with its first */
    ck_assert(!ir_verify(&T.cx, G));
    ck_assert_ptr_nonnull(strstr(tc_diag(&T), "input: name \"a\" is already used by %1"));
    ck_assert_ptr_nonnull(strstr(tc_diag(&T), "state: name \"b\" is already used by %2"));
    ck_assert_ptr_nonnull(strstr(tc_diag(&T), "state: name \"a\" is already used by %1"));
}
END_TEST

START_TEST(t_caret)
{
    const char *src = "line one\n  bad token here\n";
    uint32_t f = cx_file(&T.cx, "m.yaml", src, strlen(src));
    cx_error(&T.cx, (SrcLoc){f, 2, 7}, "unknown identifier '%s'", "token");
    ck_assert_str_eq(tc_diag(&T), "m.yaml:2:7: error: unknown identifier 'token'\n"
                                  "    bad token here\n"
                                  "        ^\n");
    ck_assert_int_eq(T.cx.nerrors, 1);
}
END_TEST

START_TEST(t_alloc_failure)
{
    /* Every allocation of a small build fails in turn: the builder must
     * report and return 0, never crash or leak (ASan checks the leaks). */
    for (long fail = 0; fail < 40; fail++) {
        TestCtx t2;
        tc_init(&t2);
        t2.cx.fail_after = fail;
        Graph *g = ir_graph_new(&t2.cx, "f");
        bool ok = g != NULL;
        if (g) {
            Type t = {DT_F32, shape_make(1, (int64_t[]){3})};
            NodeId a = ir_leaf(g, OP_PARAM, "p", &t, L0);
            NodeId c = a ? ir_full(g, DT_F32, &t.shape, 2.0, L0) : 0;
            ok = a && c && ir_binary(g, OP_MUL, a, c, L0);
            ir_graph_free(g);
        }
        if (!ok) ck_assert_ptr_nonnull(strstr(tc_diag(&t2), "out of memory"));
        tc_fini(&t2);
    }
}
END_TEST

START_TEST(t_dce)
{
    Type t = {DT_F32, shape_make(1, (int64_t[]){4})};
    NodeId a = ir_leaf(G, OP_INPUT, "a", &t, L0);
    NodeId dead = ir_unary(G, OP_EXP, a, L0);
    NodeId live = ir_unary(G, OP_NEG, a, L0);
    Attrs o = {.name = "y"};
    ir_add(G, OP_OUTPUT, &live, 1, &o, NULL, L0);
    ck_assert_uint_eq(dead, 2);
    ck_assert(pass_dce(&T.cx, G));
    ck_assert_uint_eq(G->nnodes, 4); /* none, a, neg, output */
    ck_assert_int_eq(G->nodes[2].op, OP_NEG);
    ck_assert_uint_eq(G->nodes[3].in[0], 2);
    ck_assert(ir_verify(&T.cx, G));
}
END_TEST

START_TEST(t_op_table)
{
    /* Every op has a unique name that looks up to itself, and every
     * attribute an op names exists in the attribute table. */
    for (int op = 1; op < OP_COUNT; op++) {
        const char *nm = ir_ops[op].name;
        ck_assert_int_eq(ir_op_lookup(nm, strlen(nm)), op);
        const char *s = ir_ops[op].attrs;
        while (*s) {
            size_t n = strcspn(s, " ");
            ck_assert_msg(ir_attr_lookup(s, n), "op %s: unknown attribute %.*s", nm, (int)n, s);
            s += n;
            while (*s == ' ') s++;
        }
    }
    ck_assert_int_eq(ir_op_lookup("nope", 4), OP_NONE);
    ck_assert_int_eq(dt_lookup("bf16", 4), DT_BF16);
    ck_assert_uint_eq(ir_tag_lookup("frozen", 6), TAG_FROZEN);
}
END_TEST

static Suite *graph_suite(void)
{
    Suite *s = suite_create("graph");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, t_elementwise);
    tcase_add_test(tc, t_reduce_layout);
    tcase_add_test(tc, t_index);
    tcase_add_test(tc, t_matmul);
    tcase_add_test(tc, t_leaves_effects);
    tcase_add_test(tc, t_verify);
    tcase_add_test(tc, t_caret);
    tcase_add_test(tc, t_alloc_failure);
    tcase_add_test(tc, t_dce);
    tcase_add_test(tc, t_op_table);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return tc_run_suite(graph_suite()); }
