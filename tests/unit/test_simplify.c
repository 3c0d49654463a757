/* test_simplify.c — passes/simplify.c, one case per rewrite, and the
 * values of the rewrites of passes/small_matmul.c, passes/colsum.c and
 * passes/unshare.c (their text is a golden pass test, tests/golden_passes/).
 *
 * Each case is a small graph in the text form and the exact text expected
 * after pass_simplify (hand-written).  Unless a case says otherwise, the
 * graph before and after is also run by the interpreter on random inputs
 * and every output must agree bit for bit, so a rewrite that changes a
 * value fails even if its text was expected wrongly. */
#include "testutil.h"
#include "passes/passes.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct SimpCase {
    const char *name;
    const char *in, *out;
    bool no_run; /* the graph cannot run (integer division by zero) */
} SimpCase;

#define G "graph \"t\"\n"
#define CASE(name, in, out, no_run) {name, in, out, no_run}
#define X23 "%1 = input name=\"x\" : f32[2,3]\n"

static const SimpCase simp_cases[] = {
    CASE("fold_add",
     G "%1 = const data=[1,2.5] : f32[2]\n%2 = const data=[3,4] : f32[2]\n%3 = add %1, %2 : f32[2]\n"
       "%4 = output %3 name=\"y\" : f32[2]\n",
     G "%1 = const data=[4,6.5] : f32[2]\n%2 = output %1 name=\"y\" : f32[2]\n", false),
    /* f32 rounding of the folded value; a chain folds completely */
    CASE("fold_chain",
     G "%1 = const data=[0,1] : f32[2]\n%2 = exp %1 : f32[2]\n%3 = reshape %2 : f32[2,1]\n"
       "%4 = reduce_sum %3 axes=[0] keep=0 : f32[1]\n%5 = output %4 name=\"y\" : f32[1]\n",
     G "%1 = const data=[3.7182817] : f32[1]\n%2 = output %1 name=\"y\" : f32[1]\n", false),
    CASE("fold_int_layout",
     G "%1 = const data=[1,2,3,4,5,6] : i32[2,3]\n%2 = permute %1 perm=[1,0] : i32[3,2]\n"
       "%3 = slice %2 lo=[1,0] hi=[3,2] : i32[2,2]\n%4 = output %3 name=\"y\" : i32[2,2]\n",
     G "%1 = const data=[2,5,3,6] : i32[2,2]\n%2 = output %1 name=\"y\" : i32[2,2]\n", false),
    CASE("fold_compare_select",
     G "%1 = const data=[1,-2] : f32[2]\n%2 = const data=[0,0] : f32[2]\n%3 = gt %1, %2 : bool[2]\n"
       "%4 = select %3, %1, %2 : f32[2]\n%5 = output %4 name=\"y\" : f32[2]\n",
     G "%1 = const data=[1,0] : f32[2]\n%2 = output %1 name=\"y\" : f32[2]\n", false),
    /* a splat stays a broadcast scalar: no materialised tensor */
    CASE("keep_broadcast",
     G "%1 = const data=[1.5] : f32[]\n%2 = broadcast %1 : f32[3]\n%3 = output %2 name=\"y\" : f32[3]\n",
     G "%1 = const data=[1.5] : f32[]\n%2 = broadcast %1 : f32[3]\n%3 = output %2 name=\"y\" : f32[3]\n", false),
    CASE("fold_splats",
     G "%1 = const data=[2] : f32[]\n%2 = broadcast %1 : f32[2,3]\n%3 = const data=[3] : f32[]\n"
       "%4 = broadcast %3 : f32[2,3]\n%5 = add %2, %4 : f32[2,3]\n%6 = output %5 name=\"y\" : f32[2,3]\n",
     G "%1 = const data=[5] : f32[]\n%2 = broadcast %1 : f32[2,3]\n%3 = output %2 name=\"y\" : f32[2,3]\n", false),
    CASE("no_fold_int_div_by_zero",
     G "%1 = const data=[4,5] : i32[2]\n%2 = const data=[2,0] : i32[2]\n%3 = div %1, %2 : i32[2]\n"
       "%4 = output %3 name=\"y\" : i32[2]\n",
     G "%1 = const data=[4,5] : i32[2]\n%2 = const data=[2,0] : i32[2]\n%3 = div %1, %2 : i32[2]\n"
       "%4 = output %3 name=\"y\" : i32[2]\n", true),
    CASE("mul_one",
     G X23 "%2 = const data=[1] : f32[]\n%3 = broadcast %2 : f32[2,3]\n%4 = mul %1, %3 : f32[2,3]\n"
           "%5 = mul %3, %4 : f32[2,3]\n%6 = output %5 name=\"y\" : f32[2,3]\n",
     G X23 "%2 = output %1 name=\"y\" : f32[2,3]\n", false),
    /* a full const of zeros is a splat too; 0 - x is not an identity */
    CASE("add_sub_zero",
     G X23 "%2 = const data=[0,0,0,0,0,0] : f32[2,3]\n%3 = add %2, %1 : f32[2,3]\n%4 = add %3, %2 : f32[2,3]\n"
           "%5 = sub %4, %2 : f32[2,3]\n%6 = sub %2, %5 : f32[2,3]\n%7 = output %6 name=\"y\" : f32[2,3]\n",
     G X23 "%2 = const data=[0,0,0,0,0,0] : f32[2,3]\n%3 = sub %2, %1 : f32[2,3]\n"
           "%4 = output %3 name=\"y\" : f32[2,3]\n", false),
    /* x / 1 goes, 1 / x stays; a splat seen through reshape */
    CASE("div_one",
     G X23 "%2 = const data=[1] : f32[1]\n%3 = reshape %2 : f32[]\n%4 = broadcast %3 : f32[2,3]\n"
           "%5 = div %1, %4 : f32[2,3]\n%6 = div %4, %5 : f32[2,3]\n%7 = output %6 name=\"y\" : f32[2,3]\n",
     G X23 "%2 = const data=[1] : f32[]\n%3 = broadcast %2 : f32[2,3]\n%4 = div %3, %1 : f32[2,3]\n"
           "%5 = output %4 name=\"y\" : f32[2,3]\n", false),
    CASE("neg_neg",
     G X23 "%2 = neg %1 : f32[2,3]\n%3 = neg %2 : f32[2,3]\n%4 = neg %3 : f32[2,3]\n%5 = neg %4 : f32[2,3]\n"
           "%6 = neg %5 : f32[2,3]\n%7 = output %5 name=\"a\" : f32[2,3]\n%8 = output %6 name=\"b\" : f32[2,3]\n",
     G X23 "%2 = neg %1 : f32[2,3]\n%3 = output %1 name=\"a\" : f32[2,3]\n%4 = output %2 name=\"b\" : f32[2,3]\n", false),
    CASE("reshape",
     G X23 "%2 = reshape %1 : f32[6]\n%3 = reshape %2 : f32[3,2]\n%4 = reshape %1 : f32[2,3]\n"
           "%5 = output %3 name=\"a\" : f32[3,2]\n%6 = output %4 name=\"b\" : f32[2,3]\n",
     G X23 "%2 = reshape %1 : f32[3,2]\n%3 = output %2 name=\"a\" : f32[3,2]\n"
           "%4 = output %1 name=\"b\" : f32[2,3]\n", false),
    /* [1,2,0] then [2,0,1] is the identity; [1,0,2] then [0,2,1] is [1,2,0] */
    CASE("permute",
     G "%1 = input name=\"x\" : f32[2,3,4]\n%2 = permute %1 perm=[1,2,0] : f32[3,4,2]\n"
       "%3 = permute %2 perm=[2,0,1] : f32[2,3,4]\n%4 = permute %1 perm=[1,0,2] : f32[3,2,4]\n"
       "%5 = permute %4 perm=[0,2,1] : f32[3,4,2]\n%6 = permute %1 perm=[0,1,2] : f32[2,3,4]\n"
       "%7 = output %3 name=\"a\" : f32[2,3,4]\n%8 = output %5 name=\"b\" : f32[3,4,2]\n"
       "%9 = output %6 name=\"c\" : f32[2,3,4]\n",
     G "%1 = input name=\"x\" : f32[2,3,4]\n%2 = permute %1 perm=[1,2,0] : f32[3,4,2]\n"
       "%3 = output %1 name=\"a\" : f32[2,3,4]\n%4 = output %2 name=\"b\" : f32[3,4,2]\n"
       "%5 = output %1 name=\"c\" : f32[2,3,4]\n", false),
    CASE("broadcast",
     G "%1 = input name=\"x\" : f32[3]\n%2 = broadcast %1 : f32[2,3]\n%3 = broadcast %2 : f32[4,2,3]\n"
       "%4 = broadcast %1 : f32[3]\n%5 = output %3 name=\"a\" : f32[4,2,3]\n%6 = output %4 name=\"b\" : f32[3]\n",
     G "%1 = input name=\"x\" : f32[3]\n%2 = broadcast %1 : f32[4,2,3]\n"
       "%3 = output %2 name=\"a\" : f32[4,2,3]\n%4 = output %1 name=\"b\" : f32[3]\n", false),
    CASE("noop_layout",
     G X23 "%2 = cast %1 : f32[2,3]\n%3 = slice %2 lo=[0,0] hi=[2,3] : f32[2,3]\n"
           "%4 = pad %3 lo=[0,0] hi=[0,0] value=0 : f32[2,3]\n%5 = concat %4 axis=1 : f32[2,3]\n"
           "%6 = cast %5 : f64[2,3]\n%7 = slice %5 lo=[0,1] hi=[2,3] : f32[2,2]\n"
           "%8 = output %6 name=\"a\" : f64[2,3]\n%9 = output %7 name=\"b\" : f32[2,2]\n",
     G X23 "%2 = cast %1 : f64[2,3]\n%3 = slice %1 lo=[0,1] hi=[2,3] : f32[2,2]\n"
           "%4 = output %2 name=\"a\" : f64[2,3]\n%5 = output %3 name=\"b\" : f32[2,2]\n", false),
    CASE("reduce_size1",
     G "%1 = input name=\"x\" : f32[2,1,3]\n%2 = reduce_sum %1 axes=[1] keep=0 : f32[2,3]\n"
       "%3 = reduce_max %1 axes=[1] keep=1 : f32[2,1,3]\n%4 = reduce_sum %1 axes=[1,2] keep=0 : f32[2]\n"
       "%5 = output %2 name=\"a\" : f32[2,3]\n%6 = output %3 name=\"b\" : f32[2,1,3]\n"
       "%7 = output %4 name=\"c\" : f32[2]\n",
     G "%1 = input name=\"x\" : f32[2,1,3]\n%2 = reshape %1 : f32[2,3]\n"
       "%3 = reduce_sum %1 axes=[1,2] keep=0 : f32[2]\n%4 = output %2 name=\"a\" : f32[2,3]\n"
       "%5 = output %1 name=\"b\" : f32[2,1,3]\n%6 = output %3 name=\"c\" : f32[2]\n", false),
    CASE("select",
     G X23 "%2 = input name=\"c\" : bool[2,3]\n%3 = exp %1 : f32[2,3]\n%4 = select %2, %3, %3 : f32[2,3]\n"
           "%5 = const data=[0] : bool[]\n%6 = broadcast %5 : bool[2,3]\n%7 = select %6, %1, %4 : f32[2,3]\n"
           "%8 = output %7 name=\"y\" : f32[2,3]\n",
     G X23 "%2 = exp %1 : f32[2,3]\n%3 = output %2 name=\"y\" : f32[2,3]\n", false),
    CASE("stop_gradient",
     G X23 "%2 = stop_gradient %1 : f32[2,3]\n%3 = stop_gradient %2 : f32[2,3]\n"
           "%4 = output %3 name=\"y\" : f32[2,3]\n",
     G X23 "%2 = stop_gradient %1 : f32[2,3]\n%3 = output %2 name=\"y\" : f32[2,3]\n", false),
    /* equal nodes merge (consts by data); different attrs do not */
    CASE("cse",
     G X23 "%2 = exp %1 : f32[2,3]\n%3 = exp %1 : f32[2,3]\n%4 = add %2, %3 : f32[2,3]\n"
           "%5 = reduce_sum %4 axes=[0] keep=0 : f32[3]\n%6 = reduce_sum %4 axes=[0] keep=0 : f32[3]\n"
           "%7 = reduce_sum %4 axes=[0] keep=1 : f32[1,3]\n%8 = const data=[2,3,4] : f32[3]\n"
           "%9 = const data=[2,3,4] : f32[3]\n%10 = const data=[2,3,5] : f32[3]\n"
           "%11 = mul %5, %8 : f32[3]\n%12 = mul %6, %9 : f32[3]\n%13 = mul %6, %10 : f32[3]\n"
           "%14 = output %11 name=\"a\" : f32[3]\n%15 = output %12 name=\"b\" : f32[3]\n"
           "%16 = output %13 name=\"c\" : f32[3]\n%17 = output %7 name=\"d\" : f32[1,3]\n",
     G X23 "%2 = exp %1 : f32[2,3]\n%3 = add %2, %2 : f32[2,3]\n%4 = reduce_sum %3 axes=[0] keep=0 : f32[3]\n"
           "%5 = reduce_sum %3 axes=[0] keep=1 : f32[1,3]\n%6 = const data=[2,3,4] : f32[3]\n"
           "%7 = const data=[2,3,5] : f32[3]\n%8 = mul %4, %6 : f32[3]\n%9 = mul %4, %7 : f32[3]\n"
           "%10 = output %8 name=\"a\" : f32[3]\n%11 = output %8 name=\"b\" : f32[3]\n"
           "%12 = output %9 name=\"c\" : f32[3]\n%13 = output %5 name=\"d\" : f32[1,3]\n", false),
    /* params are never merged; dead nodes go (unused leaves too: pass_dce) */
    CASE("cse_leaves_dce",
     G "%1 = param name=\"w\" init=\"zeros\" tags=[] frozen_epochs=0 : f32[2]\n"
       "%2 = param name=\"v\" init=\"zeros\" tags=[] frozen_epochs=0 : f32[2]\n%3 = exp %1 : f32[2]\n"
       "%4 = tanh %2 : f32[2]\n%5 = output %2 name=\"y\" : f32[2]\n%6 = output %1 name=\"z\" : f32[2]\n",
     G "%1 = param name=\"w\" init=\"zeros\" tags=[] frozen_epochs=0 : f32[2]\n"
       "%2 = param name=\"v\" init=\"zeros\" tags=[] frozen_epochs=0 : f32[2]\n"
       "%3 = output %2 name=\"y\" : f32[2]\n%4 = output %1 name=\"z\" : f32[2]\n", false),
    /* folding exposes x * 1; CSE exposes select(c, a, a) */
    /* the gradient of q, k, v sliced out of one tensor, summed as autodiff
     * does (adjacent ranges, in either operand order): one concat */
    CASE("pads_to_concat",
     G "%1 = input name=\"q\" : f32[1,4]\n%2 = input name=\"k\" : f32[1,4]\n%3 = input name=\"v\" : f32[1,4]\n"
       "%4 = pad %1 lo=[0,0] hi=[2,0] value=0 : f32[3,4]\n%5 = pad %2 lo=[1,0] hi=[1,0] value=0 : f32[3,4]\n"
       "%6 = pad %3 lo=[2,0] hi=[0,0] value=0 : f32[3,4]\n%7 = add %5, %4 : f32[3,4]\n%8 = add %6, %7 : f32[3,4]\n"
       "%9 = output %8 name=\"y\" : f32[3,4]\n",
     G "%1 = input name=\"q\" : f32[1,4]\n%2 = input name=\"k\" : f32[1,4]\n%3 = input name=\"v\" : f32[1,4]\n"
       "%4 = concat %1, %2, %3 axis=0 : f32[3,4]\n%5 = output %4 name=\"y\" : f32[3,4]\n", false),
    /* the same padding: one pad of the sum; a non-zero fill stays */
    CASE("pads_same",
     G "%1 = input name=\"a\" : f32[2]\n%2 = input name=\"b\" : f32[2]\n"
       "%3 = pad %1 lo=[1] hi=[0] value=0 : f32[3]\n%4 = pad %2 lo=[1] hi=[0] value=0 : f32[3]\n"
       "%5 = add %3, %4 : f32[3]\n%6 = pad %2 lo=[0] hi=[1] value=1 : f32[3]\n%7 = add %3, %6 : f32[3]\n"
       "%8 = output %5 name=\"y\" : f32[3]\n%9 = output %7 name=\"z\" : f32[3]\n",
     G "%1 = input name=\"a\" : f32[2]\n%2 = input name=\"b\" : f32[2]\n%3 = pad %1 lo=[1] hi=[0] value=0 : f32[3]\n"
       "%4 = add %1, %2 : f32[2]\n%5 = pad %4 lo=[1] hi=[0] value=0 : f32[3]\n"
       "%6 = pad %2 lo=[0] hi=[1] value=1 : f32[3]\n%7 = add %3, %6 : f32[3]\n%8 = output %5 name=\"y\" : f32[3]\n"
       "%9 = output %7 name=\"z\" : f32[3]\n", false),
    CASE("fixed_point",
     G X23 "%2 = const data=[0.25] : f32[]\n%3 = const data=[0.75] : f32[]\n%4 = add %2, %3 : f32[]\n"
           "%5 = broadcast %4 : f32[2,3]\n%6 = mul %1, %5 : f32[2,3]\n%7 = gt %6, %1 : bool[2,3]\n"
           "%8 = tanh %6 : f32[2,3]\n%9 = tanh %1 : f32[2,3]\n%10 = select %7, %8, %9 : f32[2,3]\n"
           "%11 = output %10 name=\"y\" : f32[2,3]\n",
     G X23 "%2 = tanh %1 : f32[2,3]\n%3 = output %2 name=\"y\" : f32[2,3]\n", false),
    /* a widening cast narrowed back, through views: the views of x (exact) */
    CASE("narrowed_back",
     G "%1 = input name=\"x\" : bf16[2,3]\n%2 = cast %1 : f32[2,3]\n%3 = permute %2 perm=[1,0] : f32[3,2]\n"
       "%4 = cast %3 : bf16[3,2]\n%5 = exp %2 : f32[2,3]\n%6 = output %4 name=\"y\" : bf16[3,2]\n"
       "%7 = output %5 name=\"z\" : f32[2,3]\n",
     G "%1 = input name=\"x\" : bf16[2,3]\n%2 = cast %1 : f32[2,3]\n%3 = permute %1 perm=[1,0] : bf16[3,2]\n"
       "%4 = exp %2 : f32[2,3]\n%5 = output %3 name=\"y\" : bf16[3,2]\n%6 = output %4 name=\"z\" : f32[2,3]\n",
     false),
    /* a concat of widened values (one through a reshape): the narrow ones
     * concatenated, then one cast */
    CASE("concat_of_widened",
     G "%1 = input name=\"a\" : bf16[2,3]\n%2 = input name=\"b\" : bf16[3,2]\n%3 = cast %1 : f32[2,3]\n"
       "%4 = cast %2 : f32[3,2]\n%5 = reshape %4 : f32[2,3]\n%6 = concat %3, %5 axis=0 : f32[4,3]\n"
       "%7 = output %6 name=\"y\" : f32[4,3]\n",
     G "%1 = input name=\"a\" : bf16[2,3]\n%2 = input name=\"b\" : bf16[3,2]\n%3 = reshape %2 : bf16[2,3]\n"
       "%4 = concat %1, %3 axis=0 : bf16[4,3]\n%5 = cast %4 : f32[4,3]\n%6 = output %5 name=\"y\" : f32[4,3]\n",
     false),
    /* a narrowing cast of a concat: the narrowed parts concatenated (the
     * wide concat, read by nothing else, is gone) */
    CASE("narrow_of_concat",
     G "%1 = input name=\"a\" : f32[2,3]\n%2 = input name=\"b\" : f32[1,3]\n%3 = exp %1 : f32[2,3]\n"
       "%4 = concat %3, %2 axis=0 : f32[3,3]\n%5 = cast %4 : bf16[3,3]\n%6 = output %5 name=\"y\" : bf16[3,3]\n",
     G "%1 = input name=\"a\" : f32[2,3]\n%2 = input name=\"b\" : f32[1,3]\n%3 = exp %1 : f32[2,3]\n"
       "%4 = cast %3 : bf16[2,3]\n%5 = cast %2 : bf16[1,3]\n%6 = concat %4, %5 axis=0 : bf16[3,3]\n"
       "%7 = output %6 name=\"y\" : bf16[3,3]\n",
     false),
};

/* ---------------------------------------------------------- harness */

static Graph *parse_str(TestCtx *t, const char *text)
{
    Graph *g = ir_parse(&t->cx, "case.pir", text, strlen(text));
    ck_assert_msg(g != NULL, "parse: %s", tc_diag(t));
    return g;
}

/* Random value for each leaf with a value (by name, same in both). */
static void set_leaves(TestCtx *t, const Graph *g, Interp *ip)
{
    for (NodeId id = 1; id < g->nnodes; id++) {
        const Node *n = ir_node(g, id);
        if (n->op != OP_INPUT && n->op != OP_PARAM && n->op != OP_STATE) continue;
        Tensor *v = tensor_new(&t->cx, &n->type);
        uint64_t h = 1469598103934665603ULL;
        for (const char *p = n->a.name; *p; p++) h = (h ^ (uint8_t)*p) * 1099511628211ULL;
        for (int64_t k = 0; k < v->numel; k++) {
            h = h * 6364136223846793005ULL + 1442695040888963407ULL;
            double u = (double)(h >> 11) * 0x1p-53;
            tensor_set(v, k, n->type.dt == DT_BOOL ? u < 0.5 : 4 * u - 2);
        }
        ck_assert(ir_interp_set(ip, id, v));
        tensor_free(&t->cx, v);
    }
}

static const Tensor *output_value(const Graph *g, const Interp *ip, const char *name)
{
    for (NodeId id = 1; id < g->nnodes; id++)
        if (ir_node(g, id)->op == OP_OUTPUT && !strcmp(ir_node(g, id)->a.name, name)) return ir_interp_value(ip, id);
    ck_abort_msg("no output %s", name);
    return NULL;
}

static bool same_value(double a, double b) { return (isnan(a) && isnan(b)) || !memcmp(&a, &b, sizeof a); }

/* Every output of a agrees bit for bit with b's output of that name. */
static void check_same_outputs(TestCtx *t, const Graph *a, const Graph *b)
{
    Interp *ia = ir_interp_new(&t->cx, a, IP_F32), *ib = ir_interp_new(&t->cx, b, IP_F32);
    set_leaves(t, a, ia);
    set_leaves(t, b, ib);
    ck_assert_msg(ir_interp_run(ia) && ir_interp_run(ib), "%s", tc_diag(t));
    for (NodeId id = 1; id < a->nnodes; id++) {
        const Node *n = ir_node(a, id);
        if (n->op != OP_OUTPUT) continue;
        const Tensor *x = ir_interp_value(ia, id), *y = output_value(b, ib, n->a.name);
        ck_assert(type_eq(&x->type, &y->type));
        for (int64_t k = 0; k < x->numel; k++)
            ck_assert_msg(same_value(tensor_get(x, k), tensor_get(y, k)), "output %s[%lld]: %g vs %g", n->a.name,
                          (long long)k, tensor_get(x, k), tensor_get(y, k));
    }
    ir_interp_free(ia);
    ir_interp_free(ib);
}

START_TEST(t_case)
{
    const SimpCase *c = &simp_cases[_i];
    TestCtx t;
    tc_init(&t);
    Graph *before = parse_str(&t, c->in), *g = parse_str(&t, c->in);
    ck_assert_msg(pass_simplify(&t.cx, g), "%s: %s", c->name, tc_diag(&t));
    ck_assert_msg(ir_verify(&t.cx, g), "%s: %s", c->name, tc_diag(&t));
    char *got = ir_print_str(g);
    ck_assert_msg(!strcmp(got, c->out), "%s: got\n%s\nexpected\n%s", c->name, got, c->out);
    free(got);
    if (!c->no_run) check_same_outputs(&t, before, g);
    /* a second run finds nothing to do */
    ck_assert(pass_simplify(&t.cx, g));
    got = ir_print_str(g);
    ck_assert_msg(!strcmp(got, c->out), "%s: not a fixed point:\n%s", c->name, got);
    free(got);
    ir_graph_free(before);
    ir_graph_free(g);
    tc_fini(&t);
}
END_TEST

/* The rewrites also meet the backward graphs autodiff builds: after
 * simplify the gradient of sum(x * w) wrt w is x itself (the seed's
 * broadcast 1 disappears) and the values are unchanged. */
START_TEST(t_after_autodiff)
{
    TestCtx t;
    tc_init(&t);
    Graph *g = parse_str(&t, G "%1 = input name=\"x\" : f32[2,3]\n"
                               "%2 = param name=\"w\" init=\"zeros\" tags=[] frozen_epochs=0 : f32[2,3]\n"
                               "%3 = mul %1, %2 : f32[2,3]\n%4 = reduce_sum %3 axes=[0,1] keep=0 : f32[]\n"
                               "%5 = output %4 name=\"loss\" : f32[]\n");
    ck_assert_msg(pass_autodiff(&t.cx, g), "%s", tc_diag(&t));
    char *text = ir_print_str(g);
    Graph *before = parse_str(&t, text);
    free(text);
    ck_assert(pass_simplify(&t.cx, g));
    char *got = ir_print_str(g);
    const char *want = G "%1 = input name=\"x\" : f32[2,3]\n"
                         "%2 = param name=\"w\" init=\"zeros\" tags=[] frozen_epochs=0 : f32[2,3]\n"
                         "%3 = mul %1, %2 : f32[2,3]\n%4 = reduce_sum %3 axes=[0,1] keep=0 : f32[]\n"
                         "%5 = output %4 name=\"loss\" : f32[]\n%6 = output %1 name=\"grad.w\" : f32[2,3]\n";
    ck_assert_msg(!strcmp(got, want), "got\n%s", got);
    free(got);
    check_same_outputs(&t, before, g);
    ir_graph_free(before);
    ir_graph_free(g);
    tc_fini(&t);
}
END_TEST

/* Runs pass fn on golden input NAME.in.pir and returns the result; the
 * outputs before and after must agree on the interpreter.  The rewrites
 * sum in another order than the op they replace, so f32 agrees to 1e-6 of
 * the value's magnitude (plus 1e-6 absolute) and bf16 to two units of its
 * last place. */
static Graph *check_pass_values(TestCtx *t, const char *name, PassFn fn)
{
    char path[128];
    snprintf(path, sizeof path, "tests/golden_passes/%s.in.pir", name);
    Graph *before = tc_parse_source(t, path), *g = tc_parse_source(t, path);
    ck_assert_msg(fn(&t->cx, g) && ir_verify(&t->cx, g), "%s", tc_diag(t));
    Interp *ia = ir_interp_new(&t->cx, before, IP_F32), *ib = ir_interp_new(&t->cx, g, IP_F32);
    set_leaves(t, before, ia);
    set_leaves(t, g, ib);
    ck_assert_msg(ir_interp_run(ia) && ir_interp_run(ib), "%s", tc_diag(t));
    for (NodeId id = 1; id < before->nnodes; id++) {
        const Node *n = ir_node(before, id);
        if (n->op != OP_OUTPUT) continue;
        const Tensor *x = ir_interp_value(ia, id), *y = output_value(g, ib, n->a.name);
        ck_assert(type_eq(&x->type, &y->type));
        double tol = n->type.dt == DT_BF16 ? 0x1p-7 : 1e-6;
        for (int64_t k = 0; k < x->numel; k++) {
            double a = tensor_get(x, k), b = tensor_get(y, k);
            ck_assert_msg(fabs(a - b) <= tol * (fabs(a) + 1), "%s: output %s[%lld]: %.9g vs %.9g", name, n->a.name,
                          (long long)k, a, b);
        }
    }
    ir_interp_free(ia);
    ir_interp_free(ib);
    ir_graph_free(before);
    return g;
}

static uint32_t count_op(const Graph *g, Op op)
{
    uint32_t n = 0;
    for (NodeId id = 1; id < g->nnodes; id++) n += ir_node(g, id)->op == op;
    return n;
}

/* small_matmul: products with transposes, a broadcast weight, an outer
 * product and bf16 become sums; the 64x64x64, the unbatched and the
 * shared-weight products stay matmuls. */
START_TEST(t_small_matmul_values)
{
    TestCtx t;
    tc_init(&t);
    Graph *g = check_pass_values(&t, "small_matmul", pass_small_matmul);
    ck_assert_uint_eq(count_op(g, OP_MATMUL), 3);
    ir_graph_free(g);
    tc_fini(&t);
}
END_TEST

/* colsum over a concat along the summed axis: one product per part,
 * added (no concatenated copy); a concat along a kept axis is summed as
 * one product of the whole. */
START_TEST(t_colsum_concat_values)
{
    TestCtx t;
    tc_init(&t);
    Graph *g = check_pass_values(&t, "colsum_concat", pass_colsum);
    ck_assert_uint_eq(count_op(g, OP_MATMUL), 4);
    ck_assert_uint_eq(count_op(g, OP_CONCAT), 1);
    ck_assert_uint_eq(count_op(g, OP_REDUCE_SUM), 0);
    ir_graph_free(g);
    tc_fini(&t);
}
END_TEST

/* unshare: x * c read by erf, by x*x and by a row sum gets a copy per
 * reader (the same values); the one also read by a product and the sum of
 * two tensors stay shared.  GELU's 1 + erf(.) read twice: copied, then
 * (second round) so is the erf it read.  A widened bf16 matrix read
 * through two slices and through a permute and reshape is widened under
 * the views by each reader; one read through broadcasts stays shared.
 * A widened product plus a broadcast bias (a leaf) read twice is copied;
 * x minus a broadcast row sum (a computed value) stays shared. */
START_TEST(t_unshare_values)
{
    TestCtx t;
    tc_init(&t);
    Graph *g = check_pass_values(&t, "unshare", pass_unshare);
    ck_assert_uint_eq(count_op(g, OP_MUL), 10); /* 3 copies, x*x, the product's operand, GELU's two,
                                                  * broadcast one, bias one, centred one */
    ck_assert_uint_eq(count_op(g, OP_ADD), 6);  /* two tensors', 1 + erf twice, broadcast one, bias twice */
    ck_assert_uint_eq(count_op(g, OP_ERF), 4);
    ck_assert_uint_eq(count_op(g, OP_CAST), 6);
    ck_assert_uint_eq(count_op(g, OP_SUB), 1);
    uint32_t under_views = 0; /* casts of the slices and of the reshape */
    for (NodeId id = 1; id < g->nnodes; id++) {
        const Node *n = ir_node(g, id);
        under_views += n->op == OP_CAST && ir_is_view(ir_node(g, n->in[0])->op);
    }
    ck_assert_uint_eq(under_views, 3);
    ir_graph_free(g);
    tc_fini(&t);
}
END_TEST

/* colsum: the five sums over leading axes (of a product, kept or not,
 * of an elementwise value, of a widened bf16 value and of a block of its
 * rows) become products with ones, the last two with bf16 operands (the
 * cast is gone) and an f32 result;
 * the sum over trailing axes and the one over 4 rows stay sums. */
START_TEST(t_colsum_values)
{
    TestCtx t;
    tc_init(&t);
    Graph *g = check_pass_values(&t, "colsum", pass_colsum);
    ck_assert_uint_eq(count_op(g, OP_MATMUL), 6);
    ck_assert_uint_eq(count_op(g, OP_CAST), 0);
    uint32_t mixed = 0;
    for (NodeId id = 1; id < g->nnodes; id++) {
        const Node *n = ir_node(g, id);
        mixed += n->op == OP_MATMUL && n->type.dt == DT_F32 && ir_node(g, n->in[1])->type.dt == DT_BF16;
    }
    ck_assert_uint_eq(mixed, 2);
    ck_assert_uint_eq(count_op(g, OP_REDUCE_SUM), 2);
    for (NodeId id = 1; id < g->nnodes; id++)
        if (ir_node(g, id)->op == OP_MATMUL && id != 3) ck_assert(colsum_is_sum(g, ir_node(g, id)));
    ck_assert(!colsum_is_sum(g, ir_node(g, 3)));
    ir_graph_free(g);
    tc_fini(&t);
}
END_TEST

/* Without effects nothing says what is live: folding still happens but
 * nothing is deleted. */
START_TEST(t_no_effects_keeps_nodes)
{
    TestCtx t;
    tc_init(&t);
    Graph *g = parse_str(&t, G "%1 = const data=[1] : f32[]\n%2 = neg %1 : f32[]\n");
    ck_assert(pass_simplify(&t.cx, g));
    char *got = ir_print_str(g);
    ck_assert_str_eq(got, G "%1 = const data=[1] : f32[]\n%2 = const data=[-1] : f32[]\n");
    free(got);
    ir_graph_free(g);
    tc_fini(&t);
}
END_TEST

/* Results larger than the folding bound stay ops. */
START_TEST(t_fold_bound)
{
    TestCtx t;
    tc_init(&t);
    Graph *g = ir_graph_new(&t.cx, "t");
    Type ct = {DT_F32, {1, {5000}}};
    float *data = calloc(5000, sizeof *data);
    Attrs a = {.data = data};
    NodeId c = ir_add(g, OP_CONST, NULL, 0, &a, &ct, (SrcLoc){0});
    free(data);
    NodeId e = ir_unary(g, OP_EXP, c, (SrcLoc){0});
    Attrs o = {.name = "y"};
    ck_assert(ir_add(g, OP_OUTPUT, &e, 1, &o, NULL, (SrcLoc){0}));
    ck_assert(pass_simplify(&t.cx, g));
    ck_assert_uint_eq(g->nnodes, 4);
    ck_assert_int_eq(g->nodes[2].op, OP_EXP);
    ir_graph_free(g);
    tc_fini(&t);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("simplify");
    TCase *tc = tcase_create("core");
    tcase_add_loop_test(tc, t_case, 0, (int)(sizeof simp_cases / sizeof simp_cases[0]));
    tcase_add_test(tc, t_after_autodiff);
    tcase_add_test(tc, t_small_matmul_values);
    tcase_add_test(tc, t_colsum_values);
    tcase_add_test(tc, t_unshare_values);
    tcase_add_test(tc, t_colsum_concat_values);
    tcase_add_test(tc, t_no_effects_keeps_nodes);
    tcase_add_test(tc, t_fold_bound);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return tc_run_suite(suite()); }
