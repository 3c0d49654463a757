/* test_step.c — the training-step assembly (passes/step.c).
 *
 * Schedules against the test vectors of spec 5.3 and 3.5; AdamW, per-tensor
 * clipping, the last-layer freeze and the EMA on a hand-built toy model
 * whose expected values follow from the formulas of spec 5.2-5.7 written
 * out here independently; the whole tiny DINO + PASS step: it verifies,
 * prints and parses back, and the gradient of its total loss matches
 * central differences in f64 on sampled elements of every trainable tensor
 * (drop path on, with a fixed seed). */
#include "testutil.h"
#include "passes/passes.h"

#include <dirent.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static const SrcLoc L0 = {0, 0, 0};

/* ---------------------------------------------------------- toy model */

/* Four f64 params of 3 elements, loss = sum_i sum(c_i * p_i) so the
 * gradient of p_i is c_i exactly:
 *   p0 decayed; p1 no_weight_decay; p2 frozen_for_epochs 1; p3 frozen. */
enum { NP = 4, NE = 3 };
static const double C[NP][NE] = {{0.3, -0.4, 1.2}, {0.01, 0.02, -0.02}, {2, 0, -1}, {5, 5, 5}};
static const double P0[NP][NE] = {{1, -2, 0.5}, {0.25, 3, -1}, {0.7, 0.1, -0.3}, {1, 1, 2}};
static const double T0[NP][NE] = {{0.5, 0.5, 0.5}, {0, 0, 0}, {1, 2, 3}, {-1, 0, 1}};
/* exact in f32, like the values the host feeds */
static const double LR = 0.0078125, WD = 0.125, MOM = 0.75, CLIP = 1.0;

typedef struct Toy {
    TestCtx t;
    Model m;
    FeParam params[NP];
    FeSchedule sched[3];
    Interp *ip;
} Toy;

static NodeId toy_input(Graph *g, const char *name)
{
    Type t = {DT_F32, {0}};
    return ir_leaf(g, OP_INPUT, name, &t, L0);
}

static NodeId toy_loss_term(Graph *g, NodeId p, int i)
{
    Type t = {DT_F64, {1, {NE}}};
    Attrs a = {.data = (void *)C[i]};
    NodeId c = ir_add(g, OP_CONST, NULL, 0, &a, &t, L0);
    int64_t ax = 0;
    return ir_reduce(g, OP_REDUCE_SUM, ir_binary(g, OP_MUL, c, p, L0), &ax, 1, false, L0);
}

static void toy_params(Toy *y)
{
    static const char *names[NP] = {"w", "w.bias", "last_layer.weight_v", "last_layer.weight_g"};
    static const char *tnames[NP] = {"teacher.w", "teacher.w.bias", "teacher.last_layer.weight_v",
                                     "teacher.last_layer.weight_g"};
    Graph *g = y->m.g;
    Type t = {DT_F64, {1, {NE}}};
    NodeId loss = 0;
    for (int i = 0; i < NP; i++) {
        FeParam *p = &y->params[i];
        p->name = names[i];
        p->type = t;
        p->node = ir_leaf(g, OP_PARAM, names[i], &t, L0);
        p->teacher = ir_leaf(g, OP_STATE, tnames[i], &t, L0);
        p->tags = i == 1 ? TAG_NO_WEIGHT_DECAY : i == 3 ? TAG_FROZEN : 0;
        p->frozen_epochs = i >= 2;
        NodeId term = toy_loss_term(g, p->node, i);
        loss = loss ? ir_binary(g, OP_ADD, loss, term, L0) : term;
    }
    Attrs a = {.name = "loss"};
    ir_add(g, OP_OUTPUT, &loss, 1, &a, NULL, L0);
    y->m.loss = loss;
}

/* wd: the optimizer names the weight-decay schedule (else it has none,
 * and AdamW must not decay). */
static void toy_init(Toy *y, double clip, bool wd)
{
    memset(y, 0, sizeof *y);
    tc_init(&y->t);
    y->m.cx = &y->t.cx;
    y->m.g = ir_graph_new(&y->t.cx, "toy");
    y->sched[0] = (FeSchedule){.name = "lr", .input = toy_input(y->m.g, "sched.lr")};
    y->sched[1] = (FeSchedule){.name = "wd", .input = toy_input(y->m.g, "sched.wd")};
    y->sched[2] = (FeSchedule){.name = "momentum", .input = toy_input(y->m.g, "sched.momentum")};
    toy_params(y);
    y->m.params = y->params;
    y->m.nparams = NP;
    y->m.sched = y->sched;
    y->m.nsched = 3;
    y->m.opt = (FeOptimizer){.type = "adamw", .lr = 0, .wd = wd ? 1 : -1, .beta1 = 0.9, .beta2 = 0.999, .eps = 1e-8,
                             .clip_grad = clip};
    y->m.ema_momentum = 2;
    ck_assert_msg(step_build(&y->t.cx, &y->m, &(StepOptions){.grad_outputs = true}), "%s", tc_diag(&y->t));
    ck_assert(ir_verify(&y->t.cx, y->m.g));
}

static NodeId find_leaf(const Graph *g, Op op, const char *name)
{
    for (NodeId id = 1; id < g->nnodes; id++)
        if (g->nodes[id].op == op && !strcmp(g->nodes[id].a.name, name)) return id;
    return 0;
}

static void set_scalar(Toy *y, const char *name, DType dt, double v)
{
    NodeId id = find_leaf(y->m.g, OP_INPUT, name);
    ck_assert_msg(id, "no input %s", name);
    Type t = {dt, {0}};
    Tensor *x = tensor_new(&y->t.cx, &t);
    tensor_set(x, 0, v);
    ck_assert(ir_interp_set(y->ip, id, x));
    tensor_free(&y->t.cx, x);
}

static void set_vec(Toy *y, Op op, const char *name, const double *v)
{
    NodeId id = find_leaf(y->m.g, op, name);
    ck_assert_msg(id, "no leaf %s", name);
    Tensor *x = tensor_new(&y->t.cx, &ir_node(y->m.g, id)->type);
    for (int64_t k = 0; k < x->numel; k++) tensor_set(x, k, v ? v[k] : 0);
    ck_assert(ir_interp_set(y->ip, id, x));
    tensor_free(&y->t.cx, x);
}

/* Interpreter with the initial values; moments and counters zero. */
static void toy_start(Toy *y)
{
    y->ip = ir_interp_new(&y->t.cx, y->m.g, IP_F64);
    ck_assert(y->ip);
    for (int i = 0; i < NP; i++) {
        const char *n = y->params[i].name;
        char buf[128];
        set_vec(y, OP_PARAM, n, P0[i]);
        set_vec(y, OP_STATE, y->m.g->nodes[y->params[i].teacher].a.name, T0[i]);
        if (i == 3) continue;
        snprintf(buf, sizeof buf, "adam_m.%s", n), set_vec(y, OP_STATE, buf, NULL);
        snprintf(buf, sizeof buf, "adam_v.%s", n), set_vec(y, OP_STATE, buf, NULL);
        snprintf(buf, sizeof buf, "adam_t.%s", n), set_vec(y, OP_STATE, buf, NULL);
    }
    set_scalar(y, "sched.lr", DT_F32, LR);
    set_scalar(y, "sched.wd", DT_F32, WD);
    set_scalar(y, "sched.momentum", DT_F32, MOM);
}

static void toy_run(Toy *y, int64_t epoch)
{
    set_scalar(y, "epoch", DT_I64, epoch);
    ck_assert_msg(ir_interp_run(y->ip), "%s", tc_diag(&y->t));
}

static const Tensor *leaf_val(Toy *y, Op op, const char *prefix, const char *name)
{
    char buf[128];
    snprintf(buf, sizeof buf, "%s%s", prefix, name);
    NodeId id = find_leaf(y->m.g, op, buf);
    ck_assert_msg(id, "no leaf %s", buf);
    return ir_interp_value(y->ip, id);
}

static void toy_fini(Toy *y)
{
    ir_interp_free(y->ip);
    ir_graph_free(y->m.g);
    tc_fini(&y->t);
}

/* Reference AdamW state of one element (spec 5.2), advanced in double. */
typedef struct Ref {
    double p, m, v;
    int t;
} Ref;

static void ref_adamw(Ref *r, double g, double lr, double wd)
{
    r->t++;
    r->p *= 1 - lr * wd;
    r->m = 0.9 * r->m + 0.1 * g;
    r->v = 0.999 * r->v + 0.001 * g * g;
    double bc1 = 1 - pow(0.9, r->t), bc2 = 1 - pow(0.999, r->t);
    r->p -= lr / bc1 * r->m / (sqrt(r->v) / sqrt(bc2) + 1e-8);
}

static double clip_coef(int i, double clip)
{
    double n = 0;
    for (int k = 0; k < NE; k++) n += C[i][k] * C[i][k];
    double coef = clip / (sqrt(n) + 1e-6);
    return clip > 0 && coef < 1 ? coef : 1;
}

/* Two steps in epoch 0 then one in epoch 1 against the reference. */
static void check_toy(double clip, bool with_wd)
{
    Toy y;
    toy_init(&y, clip, with_wd);
    toy_start(&y);
    Ref r[NP][NE];
    double te[NP][NE];
    for (int i = 0; i < NP; i++)
        for (int k = 0; k < NE; k++) r[i][k] = (Ref){P0[i][k], 0, 0, 0}, te[i][k] = T0[i][k];
    for (int s = 0; s < 3; s++) {
        int64_t epoch = s == 2;
        toy_run(&y, epoch);
        for (int i = 0; i < NP; i++) {
            bool skip = i == 3 || (i == 2 && epoch < 1);
            double wd = i == 1 || !with_wd ? 0 : WD, cf = clip_coef(i, clip);
            for (int k = 0; k < NE; k++) {
                if (!skip) ref_adamw(&r[i][k], C[i][k] * cf, LR, wd);
                te[i][k] = MOM * te[i][k] + (1 - MOM) * r[i][k].p;
            }
            const char *n = y.params[i].name;
            const Tensor *p = leaf_val(&y, OP_PARAM, "", n), *t = leaf_val(&y, OP_STATE, "teacher.", n);
            for (int k = 0; k < NE; k++) {
                ck_assert_msg(fabs(p->f[k] - r[i][k].p) < 1e-12, "step %d %s[%d]: %.17g vs %.17g", s, n, k,
                              p->f[k], r[i][k].p);
                ck_assert_double_eq_tol(t->f[k], te[i][k], 1e-12);
            }
            if (i == 3) continue;
            const Tensor *m = leaf_val(&y, OP_STATE, "adam_m.", n), *v = leaf_val(&y, OP_STATE, "adam_v.", n);
            ck_assert_int_eq(leaf_val(&y, OP_STATE, "adam_t.", n)->i[0], r[i][0].t);
            for (int k = 0; k < NE; k++) {
                ck_assert_double_eq_tol(m->f[k], r[i][k].m, 1e-15);
                ck_assert_double_eq_tol(v->f[k], r[i][k].v, 1e-15);
            }
        }
    }
    toy_fini(&y);
}

START_TEST(test_adamw_clip_freeze_ema) { check_toy(CLIP, true); }
END_TEST

START_TEST(test_adamw_no_clip) { check_toy(0, true); }
END_TEST

/* An optimizer without weight_decay: AdamW without decay (it was an
 * error, "no weight-decay schedule", though the language makes the key
 * optional). */
START_TEST(test_adamw_no_weight_decay) { check_toy(CLIP, false); }
END_TEST

/* Frozen for epoch 0: after one step the parameter, its moments and its
 * counter are exactly the initial values; the frozen g has no moments. */
START_TEST(test_freeze_exact)
{
    Toy y;
    toy_init(&y, CLIP, true);
    ck_assert(!find_leaf(y.m.g, OP_STATE, "adam_m.last_layer.weight_g"));
    ck_assert(!find_leaf(y.m.g, OP_OUTPUT, "grad.last_layer.weight_g"));
    toy_start(&y);
    toy_run(&y, 0);
    const Tensor *p = leaf_val(&y, OP_PARAM, "", "last_layer.weight_v");
    for (int k = 0; k < NE; k++) ck_assert(p->f[k] == P0[2][k]);
    ck_assert_int_eq(leaf_val(&y, OP_STATE, "adam_t.", "last_layer.weight_v")->i[0], 0);
    ck_assert(leaf_val(&y, OP_STATE, "adam_v.", "last_layer.weight_v")->f[0] == 0);
    ck_assert_int_eq(leaf_val(&y, OP_STATE, "adam_t.", "w")->i[0], 1);
    toy_fini(&y);
}
END_TEST

static bool out_bool(Toy *y, const char *name)
{
    NodeId id = find_leaf(y->m.g, OP_OUTPUT, name);
    ck_assert(id);
    return ir_interp_value(y->ip, id)->i[0] != 0;
}

START_TEST(test_finite_flag)
{
    Toy y;
    toy_init(&y, CLIP, true);
    toy_start(&y);
    toy_run(&y, 0);
    ck_assert(out_bool(&y, "finite"));
    const double bad[NE] = {NAN, 0, 0};
    set_vec(&y, OP_PARAM, "w", bad);
    toy_run(&y, 0);
    ck_assert(!out_bool(&y, "finite"));
    const double inf[NE] = {INFINITY, 0, 0};
    set_vec(&y, OP_PARAM, "w", inf);
    toy_run(&y, 0);
    ck_assert(!out_bool(&y, "finite"));
    toy_fini(&y);
}
END_TEST

START_TEST(test_missing_schedule)
{
    Toy y;
    memset(&y, 0, sizeof y);
    tc_init(&y.t);
    y.m.cx = &y.t.cx;
    y.m.g = ir_graph_new(&y.t.cx, "toy");
    toy_params(&y);
    y.m.params = y.params;
    y.m.nparams = NP;
    y.m.opt = (FeOptimizer){.type = "adamw", .lr = 0, .wd = 1};
    y.m.ema_momentum = -1;
    ck_assert(!step_build(&y.t.cx, &y.m, NULL));
    ck_assert_ptr_nonnull(strstr(tc_diag(&y.t), "no learning-rate schedule"));
    ir_graph_free(y.m.g);
    tc_fini(&y.t);
}
END_TEST

/* ----------------------------------------------------- tiny DINO + PASS */

static Model *load_tiny(TestCtx *t)
{
    const char *root = getenv("PASSC_SOURCE_DIR");
    char path[1024];
    snprintf(path, sizeof path, "%s/models/tiny_dino_pass.yaml", root ? root : ".");
    Model *m = fe_load(&t->cx, path, NULL, 0);
    ck_assert_msg(m, "%s", tc_diag(t));
    return m;
}


/* Value of element k of a leaf: a pure function of (name, k), so two
 * graphs of the same model get the same values.  Teacher copies are the
 * student plus a small offset; "ones" parameters stay near 1. */
static double leaf_value(const Node *n, int64_t k)
{
    const char *name = n->a.name;
    bool teacher = !strncmp(name, "teacher.", 8);
    uint64_t s = tc_name_hash(teacher ? name + 8 : name) + (uint64_t)k * 7919;
    double v = tc_rand_signed(&s);
    if (!strcmp(name, "sched.temp_t")) return 0.0625;
    if (!strncmp(name, "sched.", 6)) return 0.5;
    if (!strncmp(name, "adam_", 5)) return 0;
    if (n->a.init && strstr(n->a.init, "ones")) v = 1 + 0.2 * v;
    else if (n->op == OP_PARAM || teacher) v *= 0.5;
    return teacher ? v + 0.05 * tc_rand_signed(&s) : v;
}

static void fill_leaves(TestCtx *t, const Graph *g, Interp *ip)
{
    for (NodeId id = 1; id < g->nnodes; id++) {
        const Node *n = ir_node(g, id);
        if (n->op != OP_PARAM && n->op != OP_STATE && n->op != OP_INPUT) continue;
        Tensor *x = tensor_new(&t->cx, &n->type);
        for (int64_t k = 0; k < x->numel; k++)
            tensor_set(x, k, !strcmp(n->a.name, "seed") ? 12345 : !strcmp(n->a.name, "epoch") ? 1 : leaf_value(n, k));
        ck_assert_msg(ir_interp_set(ip, id, x), "%s", tc_diag(t));
        tensor_free(&t->cx, x);
    }
}

START_TEST(test_tiny_step_builds)
{
    TestCtx t;
    tc_init(&t);
    Model *m = load_tiny(&t);
    ck_assert_msg(pass_step_model(&t.cx, m), "%s", tc_diag(&t));
    ck_assert_msg(ir_verify(&t.cx, m->g), "%s", tc_diag(&t));
    /* every parameter: an assign to its teacher; every trainable one: its own */
    uint32_t nassign = 0, ntrain = 0;
    for (NodeId id = 1; id < m->g->nnodes; id++) nassign += m->g->nodes[id].op == OP_ASSIGN;
    for (uint32_t i = 0; i < m->nparams; i++) ntrain += !(m->params[i].tags & TAG_FROZEN);
    ck_assert_uint_eq(nassign, m->nstate + 4 * ntrain + m->nparams);
    ck_assert(find_leaf(m->g, OP_INPUT, "epoch"));
    ck_assert(find_leaf(m->g, OP_OUTPUT, "finite"));
    /* the text form parses back to a graph that prints the same */
    char *text = ir_print_str(m->g);
    Graph *back = ir_parse(&t.cx, "step.pir", text, strlen(text));
    ck_assert_msg(back, "%s", tc_diag(&t));
    char *again = ir_print_str(back);
    ck_assert_str_eq(text, again);
    free(text);
    free(again);
    ir_graph_free(back);
    fe_model_free(m);
    tc_fini(&t);
}
END_TEST

static double run_loss(TestCtx *t, Interp *ip, NodeId out)
{
    ck_assert_msg(ir_interp_run(ip), "%s", tc_diag(t));
    return ir_interp_value(ip, out)->f[0];
}

/* Five-point central difference (error O(h^4)) of the loss in element k
 * of leaf id.  Every run is a step that moves the centre updates into the
 * state, so all leaves are set afresh before each run. */
static double numeric_grad(TestCtx *t, Interp *ip, const Graph *g, NodeId id, int64_t k, NodeId out)
{
    Tensor *x = tensor_new(&t->cx, &ir_node(g, id)->type);
    for (int64_t j = 0; j < x->numel; j++) x->f[j] = leaf_value(ir_node(g, id), j);
    static const double off[4] = {1, -1, 2, -2};
    double x0 = x->f[k], h = 1e-4 * fmax(1, fabs(x0)), l[4];
    for (int s = 0; s < 4; s++) {
        x->f[k] = x0 + off[s] * h;
        fill_leaves(t, g, ip);
        ck_assert(ir_interp_set(ip, id, x));
        l[s] = run_loss(t, ip, out);
    }
    tensor_free(&t->cx, x);
    return (8 * (l[0] - l[1]) - (l[2] - l[3])) / (12 * h);
}

/* The analytic gradients come from the step graph (grad outputs), the
 * numeric ones from a second, forward-only copy of the model; both are
 * promoted to f64 so that no constant of the backward (2/sqrt(pi) of erf)
 * is rounded to f32. */
START_TEST(test_tiny_gradcheck)
{
    TestCtx t;
    tc_init(&t);
    Model *ms = load_tiny(&t), *mf = load_tiny(&t);
    ck_assert_msg(step_promote_f64(&t.cx, ms) && step_promote_f64(&t.cx, mf), "%s", tc_diag(&t));
    ck_assert(step_build(&t.cx, ms, &(StepOptions){.grad_outputs = true}));
    Interp *is = ir_interp_new(&t.cx, ms->g, IP_F64), *inf = ir_interp_new(&t.cx, mf->g, IP_F64);
    fill_leaves(&t, ms->g, is);
    fill_leaves(&t, mf->g, inf);
    ck_assert_msg(ir_interp_run(is), "%s", tc_diag(&t));
    NodeId lout = find_leaf(mf->g, OP_OUTPUT, "loss");
    uint64_t pick = 99;
    int checked = 0;
    for (uint32_t i = 0; i < mf->nparams; i++) {
        const FeParam *p = &mf->params[i];
        if (p->tags & TAG_FROZEN) continue;
        char name[512];
        snprintf(name, sizeof name, "grad.%s", p->name);
        const Tensor *ga = ir_interp_value(is, find_leaf(ms->g, OP_OUTPUT, name));
        for (int s = 0; s < 2; s++) {
            int64_t k = (int64_t)((tc_rand_signed(&pick) + 1) / 2 * (double)ga->numel) % ga->numel;
            double gn = numeric_grad(&t, inf, mf->g, p->node, k, lout), a = ga->f[k];
            /* floored: key biases have exactly zero gradient (a softmax
             * ignores a constant shift), and differences give ~1e-11 */
            double err = fabs(a - gn) / fmax(fmax(fabs(a), fabs(gn)), 1e-4);
            ck_assert_msg(err < 1e-6, "%s[%lld]: analytic %.12g numeric %.12g (rel %.3g)", p->name, (long long)k, a,
                          gn, err);
            checked++;
        }
    }
    ck_assert_int_ge(checked, 2 * 70);
    ir_interp_free(is);
    ir_interp_free(inf);
    fe_model_free(ms);
    fe_model_free(mf);
    tc_fini(&t);
}
END_TEST

/* Steps of every model in dir (*.yaml) build and verify; returns the count. */
static int build_models_in(const char *dir)
{
    DIR *d = opendir(dir);
    ck_assert_msg(d, "cannot open %s", dir);
    int n = 0;
    for (struct dirent *e; (e = readdir(d));) {
        size_t len = strlen(e->d_name);
        if (len < 6 || strcmp(e->d_name + len - 5, ".yaml")) continue;
        char path[2048];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        TestCtx t;
        tc_init(&t);
        Model *m = fe_load(&t.cx, path, NULL, 0);
        ck_assert_msg(m && pass_step_model(&t.cx, m) && ir_verify(&t.cx, m->g), "%s: %s", path, tc_diag(&t));
        fe_model_free(m);
        tc_fini(&t);
        n++;
    }
    closedir(d);
    return n;
}

START_TEST(test_every_model_step)
{
    const char *root = getenv("PASSC_SOURCE_DIR");
    char dir[1024];
    snprintf(dir, sizeof dir, "%s/models", root ? root : ".");
    int n = build_models_in(dir);
    snprintf(dir, sizeof dir, "%s/models/ablations", root ? root : ".");
    ck_assert_int_ge(n + build_models_in(dir), 4);
}
END_TEST

static Suite *step_suite(void)
{
    Suite *s = suite_create("step");
    TCase *c = tcase_create("schedules");
    suite_add_tcase(s, c);
    c = tcase_create("optimizer");
    tcase_add_test(c, test_adamw_clip_freeze_ema);
    tcase_add_test(c, test_adamw_no_clip);
    tcase_add_test(c, test_adamw_no_weight_decay);
    tcase_add_test(c, test_freeze_exact);
    tcase_add_test(c, test_finite_flag);
    tcase_add_test(c, test_missing_schedule);
    suite_add_tcase(s, c);
    c = tcase_create("tiny");
    tcase_set_timeout(c, 300);
    tcase_add_test(c, test_tiny_step_builds);
    tcase_add_test(c, test_tiny_gradcheck);
    tcase_add_test(c, test_every_model_step);
    suite_add_tcase(s, c);
    return s;
}

int main(void) { return tc_run_suite(step_suite()); }
