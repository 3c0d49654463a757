/* test_frontend.c — the YAML model language: expression columns inside
 * plain, quoted and block scalars, constant arithmetic, -D overrides,
 * broadcasting, the parameter table of models/dino_pass.yaml (spec 7.3
 * names, counts computed by hand from spec 1.1, 2.3, 3.1), the drop-path
 * schedule and the graph of the tiny model, and the diagnostics: the
 * trace of notes from an error in a library module back to the user's
 * calls, and import paths shown normalised. */
#include "testutil.h"
#include "frontend/frontend.h"

#include <stdlib.h>
#include <string.h>

static const char *const MODEL =
    "import: [models/lib/nn.yaml]\n"
    "constants:\n"
    "  d: 2 + 3 * 4 // 5\n"                   /* 2 + 12 // 5 = 4 */
    "  r: -7 // 2\n"                          /* floor: -4 */
    "  m: -7 % 3\n"                           /* 2 */
    "modules:\n"
    "  net:\n"
    "    sub:\n"
    "      fc: linear(3, d)\n"
    "    inputs: [x]\n"
    "    body:\n"
    "      - h = mean(x, axes=[2, 3])\n"
    "      - return fc(h) + 1\n"
    "train: {epochs: 1, batch: 2}\n"
    "crops:\n"
    "  g: {count: 2, size: 8}\n"
    "schedules:\n"
    "  lr: {kind: constant, base: 0.1}\n"
    "student: net()\n"
    "evaluate:\n"
    "  - {on: all, do: \"s = student(x)\"}\n"
    "losses:\n"
    "  l:\n"
    "    over: {a: g, v: g}\n"
    "    distinct: true\n"
    "    expr: mean(s[a] * s[v])\n"
    "optimizer: {type: adamw, lr: lr}\n";

static const char *source_root(void)
{
    const char *root = getenv("PASSC_SOURCE_DIR");
    return root ? root : PASSC_SOURCE_DIR;
}

/* Loads text as if it were the file `name` under the source root. */
static Model *load_named(TestCtx *t, const char *name, const char *text,
                         const char *const *defs, int n)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", source_root(), name);
    return fe_load_text(&t->cx, path, text, strlen(text), defs, n);
}

static Model *load_text(TestCtx *t, const char *text, const char *const *defs, int n)
{
    return load_named(t, "test.yaml", text, defs, n);
}

static const FeConst *find_const(const Model *m, const char *name)
{
    for (uint32_t i = 0; i < m->nconsts; i++)
        if (!strcmp(m->consts[i].name, name)) return &m->consts[i];
    return NULL;
}

START_TEST(t_constants_and_params)
{
    TestCtx t;
    tc_init(&t);
    Model *m = load_text(&t, MODEL, NULL, 0);
    ck_assert_msg(m != NULL, "%s", tc_diag(&t));
    ck_assert_int_eq(find_const(m, "d")->i, 4);
    ck_assert_int_eq(find_const(m, "r")->i, -4);
    ck_assert_int_eq(find_const(m, "m")->i, 2);
    ck_assert_uint_eq(m->nparams, 2);
    ck_assert_str_eq(m->params[0].name, "fc.weight");
    ck_assert_int_eq(m->params[0].type.shape.dim[0], 4);
    ck_assert_int_eq(m->params[0].type.shape.dim[1], 3);
    ck_assert_str_eq(m->params[1].init, "zeros");
    ck_assert(m->params[1].tags & TAG_NO_WEIGHT_DECAY);
    /* one pairing per ordered pair of distinct crops: (0,1), (1,0) */
    ck_assert_int_eq(m->losses[0].npairs, 2);
    /* the crop set is [count * batch, 3, size, size] */
    const Type *ct = &m->g->nodes[m->crops[0].input].type;
    ck_assert_int_eq(ct->shape.dim[0], 4);
    ck_assert_int_eq(ct->shape.dim[3], 8);
    fe_model_free(m);
    tc_fini(&t);
}
END_TEST

START_TEST(t_define_override)
{
    TestCtx t;
    tc_init(&t);
    const char *defs[] = {"d=7"};
    Model *m = load_text(&t, MODEL, defs, 1);
    ck_assert_msg(m != NULL, "%s", tc_diag(&t));
    ck_assert_int_eq(m->params[0].type.shape.dim[0], 7);
    fe_model_free(m);
    const char *bad[] = {"nope=1"};
    ck_assert_ptr_null(load_text(&t, MODEL, bad, 1));
    ck_assert_ptr_nonnull(strstr(tc_diag(&t), "the model has no constant 'nope'"));
    tc_fini(&t);
}
END_TEST

/* base with its first `from` replaced by `to` (malloc'ed). */
static char *replace(const char *base, const char *from, const char *to)
{
    const char *p = strstr(base, from);
    ck_assert_msg(p != NULL, "'%s' not in the text", from);
    char *text = malloc(strlen(base) + strlen(to) + 1);
    ck_assert_ptr_nonnull(text);
    size_t pre = (size_t)(p - base);
    memcpy(text, base, pre);
    strcpy(text + pre, to);
    strcat(text, p + strlen(from));
    return text;
}

/* The diagnostics of loading text as file `name`, which must fail
 * (malloc'ed). */
static char *failure_diag(const char *name, const char *text)
{
    TestCtx t;
    tc_init(&t);
    ck_assert_ptr_null(load_named(&t, name, text, NULL, 0));
    char *d = strdup(tc_diag(&t));
    ck_assert_ptr_nonnull(d);
    tc_fini(&t);
    return d;
}

/* The caret column of an error inside an expression string is the column
 * of the offending token, for plain, double-quoted and block scalars. */
static void expect_error(const char *from, const char *to, const char *diag)
{
    char *text = replace(MODEL, from, to);
    char *got = failure_diag("test.yaml", text);
    ck_assert_msg(strstr(got, diag) != NULL, "want '%s' in:\n%s", diag, got);
    free(got);
    free(text);
}

START_TEST(t_error_columns)
{
    /* plain scalar: 'qq' starts at column 21 of line 13 */
    expect_error("- return fc(h) + 1", "- return fc(h) + 1 + qq", "test.yaml:13:28: error: unknown identifier 'qq'");
    /* double-quoted scalar with an escape before the token */
    expect_error("- return fc(h) + 1", "- \"return fc(h) + \\u0031 + qq\"", "test.yaml:13:34: error: unknown identifier 'qq'");
    /* block literal: second line of the block */
    expect_error("      - return fc(h) + 1\n", "      - |\n        return fc(h) +\n          zz\n",
                 "test.yaml:15:11: error: unknown identifier 'zz'");
    /* shape error reported at the operator that builds the node */
    expect_error("- return fc(h) + 1", "- return fc(h) + h", "test.yaml:13:22: error: shapes f32[4,4] and f32[4,3] do not broadcast");
    expect_error("  d: 2 + 3 * 4 // 5\n", "  d: 2 + 3 * 4 // (5 - 5)\n", "test.yaml:3:16: error: division by zero");
}
END_TEST

START_TEST(t_dino_pass_summary)
{
    TestCtx t;
    tc_init(&t);
    char path[4096];
    const char *root = getenv("PASSC_SOURCE_DIR");
    snprintf(path, sizeof path, "%s/models/dino_pass.yaml", root ? root : PASSC_SOURCE_DIR);
    Model *m = fe_load(&t.cx, path, NULL, 0);
    ck_assert_msg(m != NULL, "%s", tc_diag(&t));
    int64_t total, trainable;
    fe_param_counts(m, &total, &trainable);
    /* backbone 21,664,128 + CA head 3,550,080 + c_head 22,352,128 + p_head 6,562,048 */
    ck_assert_int_eq(total, 54128384);
    /* minus the frozen weight_g of both heads: 65,536 + 4,096 */
    ck_assert_int_eq(trainable, 54058752);
    ck_assert_str_eq(m->params[0].name, "backbone.pos_embed");
    const FeParam *last = &m->params[m->nparams - 1];
    ck_assert_str_eq(last->name, "p_head.last_layer.weight_v");
    ck_assert_str_eq(last->init, "uniform_fan_in(256)");
    ck_assert_int_eq(last->frozen_epochs, 1);
    for (uint32_t i = 0; i < m->nparams; i++) {
        ck_assert(m->params[i].teacher != 0);
        const char *tn = m->g->nodes[m->params[i].teacher].a.name;
        ck_assert_str_eq(tn + 8, m->params[i].name); /* "teacher." + name */
    }
    ck_assert_uint_eq(m->nstate, 2);
    ck_assert_int_eq(m->g->nodes[m->state[0].node].type.shape.dim[2], 65536);
    ck_assert_double_eq_tol(m->sched[0].base, 0.002, 1e-12); /* 0.0005 * 1024 / 256 */
    ck_assert_uint_eq(m->nlosses, 2);
    ck_assert_int_eq(m->losses[0].npairs, 18); /* 2 x 10 minus 2 same-crop pairs */
    ck_assert_int_eq(m->losses[1].npairs, 10);
    ck_assert_double_eq(m->losses[1].weight, 0.1);
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    ck_assert(fe_print_summary(m, f));
    fclose(f);
    ck_assert_ptr_nonnull(strstr(buf, "\nparameters: 54128384 total, 54058752 trainable\n"));
    ck_assert_ptr_nonnull(strstr(buf, "c_head.last_layer.weight_g"));
    free(buf);
    fe_model_free(m);
    tc_fini(&t);
}
END_TEST

/* The tiny model keeps every construct: drop path with the linear rate
 * schedule (block 1 of 2 has rate 0.1: keep = 0.9 appears), top-k over the
 * 8 torus neighbours, the bicubic resize for 12 px crops (3 of 4 patches). */
START_TEST(t_tiny_graph)
{
    TestCtx t;
    tc_init(&t);
    char path[4096];
    const char *root = getenv("PASSC_SOURCE_DIR");
    snprintf(path, sizeof path, "%s/models/tiny_dino_pass.yaml", root ? root : PASSC_SOURCE_DIR);
    Model *m = fe_load(&t.cx, path, NULL, 0);
    ck_assert_msg(m != NULL, "%s", tc_diag(&t));
    int ntopk = 0, nrand = 0, nresize = 0, ngrid = 0, nassign = 0;
    for (uint32_t i = 1; i < m->g->nnodes; i++) {
        const Node *n = &m->g->nodes[i];
        ntopk += n->op == OP_NEIGHBOR_TOPK_GATHER; /* the matching's top-k */
        nrand += n->op == OP_RAND_UNIFORM;
        nassign += n->op == OP_ASSIGN;
        if (n->op == OP_RESIZE_MATRIX) {
            nresize++;
            ck_assert_int_eq(n->type.shape.dim[0], 3);
            ck_assert_double_eq_tol(n->a.scale, 3.1 / 4, 1e-12);
        }
        if (n->op == OP_GRID_NEIGHBORS) {
            ngrid++;
            ck_assert_int_eq(n->type.shape.dim[1], 8);
        }
    }
    ck_assert_int_eq(ntopk, 2);   /* teacher, once per crop set */
    ck_assert_int_eq(ngrid, 2);
    ck_assert_int_eq(nresize, 2); /* student and teacher on the local crops */
    ck_assert_int_eq(nrand, 4);   /* student block 1, two draws, two crop sets */
    ck_assert_int_eq(nassign, 2); /* the two centres */
    ck_assert(ir_verify(&t.cx, m->g));
    fe_model_free(m);
    tc_fini(&t);
}
END_TEST

START_TEST(t_every_model_builds)
{
    static const char *const models[] = {
        "models/dino.yaml", "models/tiny_dino.yaml", "models/ablations/pass_all_patches.yaml",
        "models/ablations/pass_all_neighbours.yaml", "models/ablations/pass_avg_pool.yaml",
        "models/ablations/pass_k1.yaml", "models/ablations/pass_k2.yaml",
        "models/ablations/pass_k8.yaml", "models/moco_pass.yaml", "models/tiny_moco_pass.yaml",
    };
    for (size_t i = 0; i < sizeof models / sizeof *models; i++) {
        TestCtx t;
        tc_init(&t);
        char path[4096];
        const char *root = getenv("PASSC_SOURCE_DIR");
        snprintf(path, sizeof path, "%s/%s", root ? root : PASSC_SOURCE_DIR, models[i]);
        Model *m = fe_load(&t.cx, path, NULL, 0);
        ck_assert_msg(m != NULL, "%s: %s", models[i], tc_diag(&t));
        if (strstr(models[i], "pass_k1")) {
            for (uint32_t j = 1; j < m->g->nnodes; j++)
                if (m->g->nodes[j].op == OP_NEIGHBOR_TOPK_GATHER) ck_assert_int_eq(m->g->nodes[j].a.k, 1);
        }
        fe_model_free(m);
        tc_fini(&t);
    }
}
END_TEST

START_TEST(t_path_normalize)
{
    static const char *const cases[][2] = {
        {"tests/yaml_errors/../../models/lib/nn.yaml", "models/lib/nn.yaml"},
        {"../../models/lib/nn.yaml", "../../models/lib/nn.yaml"}, /* stays relative */
        {"a/../../b.yaml", "../b.yaml"},
        {"../../x/../y", "../../y"},
        {"./a/./b//c", "a/b/c"},
        {"/r/a/b/../../c", "/r/c"},
        {"/../x", "/x"},  /* nothing above the root */
        {"a/..", "."},
        {"x.yaml", "x.yaml"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char buf[128];
        snprintf(buf, sizeof buf, "%s", cases[i][0]);
        fe_path_normalize(buf);
        ck_assert_msg(!strcmp(buf, cases[i][1]), "%s -> %s, want %s", cases[i][0], buf,
                      cases[i][1]);
    }
}
END_TEST

/* Returns the line of d that starts with prefix "<root>/<rest>" (from its
 * start), or NULL. */
static const char *diag_line(const char *d, const char *rest)
{
    char want[4096];
    snprintf(want, sizeof want, "%s/%s", source_root(), rest);
    for (const char *p = d; p; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : NULL)
        if (!strncmp(p, want, strlen(want))) return p;
    return NULL;
}

/* An error inside linear's body, imported through "../..": the library
 * path is shown normalised, then one note per enclosing call, innermost
 * first, with the argument types (h = mean over axes 2, 3 of the
 * [count*batch, 3, 8, 8] crops is f32[4,3]; fc expects 5 inputs). */
START_TEST(t_trace_call)
{
    char *a = replace(MODEL, "import: [models/lib/nn.yaml]", "import: [../../models/lib/nn.yaml]");
    char *text = replace(a, "fc: linear(3, d)", "fc: linear(5, d)");
    char *d = failure_diag("tests/yaml_errors/test.yaml", text);
    const char *err = diag_line(d, "models/lib/nn.yaml:83:15: error: matmul: inner dims differ "
                                   "(3 vs 5)\n");
    const char *n1 = diag_line(d, "tests/yaml_errors/test.yaml:13:16: note: in module 'linear' "
                                  "(instance 'fc') called from here with (f32[4,3])\n");
    const char *n2 = diag_line(d, "tests/yaml_errors/test.yaml:21:24: note: in module 'net' "
                                  "called from here with (f32[4,3,8,8])\n");
    ck_assert_msg(err == d && n1 > err && n2 > n1, "%s", d);
    ck_assert_msg(!strstr(d, "/../"), "%s", d);
    ck_assert_uint_eq(tc_count(d, ": note: "), 2);
    free(d);
    free(text);
    free(a);
}
END_TEST

/* A constant argument that is a float (d / 2 = 2.0) fails inside linear's
 * parameter shape; the trace leads back to the user's line.  An error in
 * the arguments themselves gets no note for that call: it is reported at
 * the call site already. */
START_TEST(t_trace_instantiation)
{
    char *text = replace(MODEL, "fc: linear(3, d)", "fc: linear(3, d / 2)");
    char *d = failure_diag("test.yaml", text);
    const char *err = diag_line(d, "models/lib/nn.yaml:79:24: error: value must be an integer");
    const char *n1 = diag_line(d, "test.yaml:9:11: note: in module 'linear' (instance 'fc') "
                                  "instantiated here with (3, 2.0)\n");
    const char *n2 = diag_line(d, "test.yaml:19:10: note: in module 'net' instantiated here\n");
    ck_assert_msg(err == d && n1 > err && n2 > n1, "%s", d);
    ck_assert_uint_eq(tc_count(d, ": note: "), 2);
    free(d);
    free(text);
    text = replace(MODEL, "fc: linear(3, d)", "fc: linear(3)");
    d = failure_diag("test.yaml", text);
    ck_assert_msg(diag_line(d, "test.yaml:9:11: error: missing argument 'out_dim'") == d, "%s", d);
    ck_assert_msg(diag_line(d, "test.yaml:19:10: note: in module 'net' instantiated here\n"),
                  "%s", d);
    ck_assert_uint_eq(tc_count(d, ": note: "), 1);
    free(d);
    free(text);
}
END_TEST

/* Eleven nested instantiations c0 .. c10, the error in the innermost:
 * notes for c10 .. c3, then one for the three outer ones at the student. */
START_TEST(t_trace_cap)
{
    char mods[2048] = "modules:\n";
    for (int i = 0; i < 10; i++) {
        size_t l = strlen(mods);
        snprintf(mods + l, sizeof mods - l, "  c%d:\n    sub: {n: c%d()}\n", i, i + 1);
    }
    strcat(mods, "  c10:\n    params: {w: {shape: [d - 4], init: zeros}}\n"
                 "  net:\n");
    char *a = replace(MODEL, "modules:\n  net:\n", mods);
    char *text = replace(a, "student: net()", "student: c0()");
    char *d = failure_diag("test.yaml", text);
    ck_assert_msg(strstr(d, "error: dimension 0 of parameter 'w' is 0"), "%s", d);
    ck_assert_uint_eq(tc_count(d, ": note: in module 'c"), 8);
    ck_assert_msg(strstr(d, "note: in module 'c10' (instance 'n.n.n.n.n.n.n.n.n.n') "
                            "instantiated here\n"), "%s", d);
    ck_assert_msg(strstr(d, "note: in module 'c3' (instance 'n.n.n') instantiated here\n"),
                  "%s", d);
    ck_assert_msg(!strstr(d, "in module 'c2'"), "%s", d);
    ck_assert_msg(strstr(d, ": note: ... 3 more enclosing calls, the outermost here\n"
                            "  student: c0()\n"), "%s", d);
    free(d);
    free(text);
    free(a);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("frontend");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, t_constants_and_params);
    tcase_add_test(tc, t_define_override);
    tcase_add_test(tc, t_error_columns);
    tcase_add_test(tc, t_dino_pass_summary);
    tcase_add_test(tc, t_tiny_graph);
    tcase_add_test(tc, t_every_model_builds);
    tcase_add_test(tc, t_path_normalize);
    tcase_add_test(tc, t_trace_call);
    tcase_add_test(tc, t_trace_instantiation);
    tcase_add_test(tc, t_trace_cap);
    suite_add_tcase(s, tc);
    return tc_run_suite(s);
}
