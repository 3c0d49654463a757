/* dump_step.c — `passc MODEL --dump-step DIR`: one training step of the
 * model on the reference interpreter in f64, written so that an
 * independent implementation (tests/reference/ref_step.py) can recompute
 * every number.
 *
 * Expects a model whose step the frontend and passes/step.c build.  Drop
 * path is switched off by loading the model with drop_path_rate=0.0 (when
 * it has that constant); a step that still draws random numbers is an
 * error.  Every leaf gets a seeded value, a pure function of its name and
 * element index: weights uniform in [-0.5, 0.5) ("ones" parameters 1 +/-
 * 0.1), teacher = student + U(-0.025, 0.025), centres U(-0.05, 0.05), Adam
 * moments small and positive v with a step counter of 3 (so the bias
 * corrections of step 4 are tested), crops U(-1, 1), schedule values exact
 * in f32 (lr 2^-10, wd 1/16, momentum 255/256, teacher temperature 3/64),
 * epoch 0 (the last layer is frozen).
 *
 * Produces, all in F64 (counters I64), names of spec 7.3:
 *   weights.safetensors  every student parameter <name>, teacher.<name>,
 *                        the initial adam_m.<name>, adam_v.<name>, adam_t.<name>
 *   inputs.safetensors   one tensor per crop set (global, local; crop-major),
 *                        center (1,K), pcenter (1,Kp), teacher_temp, lr, wd,
 *                        momentum, epoch; metadata: const.<name> for every
 *                        model constant, opt.beta1/beta2/eps/clip_grad
 *   outputs.safetensors  loss.total, loss.dino, loss.pass, grad.<name> per
 *                        trainable parameter, the updated center and
 *                        pcenter, step.<name>, step.teacher.<name>,
 *                        step.adam_m.<name>, step.adam_v.<name>,
 *                        step.adam_t.<name> */
#include "tools/dump_step.h"

#include "frontend/frontend.h"
#include "passes/passes.h"
#include "runtime/runtime.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Entry {
    char name[256];
    StDType dt;
    int rank;
    int64_t shape[IR_MAX_RANK];
    const void *data;
} Entry;

typedef struct Dump {
    Ctx *cx;
    Model *m;
    Interp *ip;
    const char *dir;
    Entry *e;
    int n, cap;
} Dump;

/* ------------------------------------------------------------ values */

static double unit_rand(uint64_t *s) /* splitmix64 -> [-0.5, 0.5) */
{
    uint64_t z = (*s += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    z ^= z >> 31;
    return (double)(z >> 11) * 0x1p-53 - 0.5;
}

static uint64_t name_seed(const char *s, int64_t k)
{
    uint64_t h = 1469598103934665603ull;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h + (uint64_t)k * 0x2545f4914f6cdd1dull;
}

static bool starts(const char *s, const char *p) { return !strncmp(s, p, strlen(p)); }

static double sched_value(const char *name)
{
    if (!strcmp(name, "sched.lr")) return 0x1p-10;
    if (!strcmp(name, "sched.wd")) return 0.0625;
    if (!strcmp(name, "sched.momentum")) return 255.0 / 256;
    if (!strcmp(name, "sched.temp_t")) return 3.0 / 64;
    return 0.5;
}

/* A parameter's own value: "ones" parameters near 1, the rest uniform. */
static double param_value(const Graph *g, const char *name, int64_t k)
{
    uint64_t s = name_seed(name, k);
    double u = unit_rand(&s);
    for (NodeId id = 1; id < g->nnodes; id++) {
        const Node *n = ir_node(g, id);
        if (n->op == OP_PARAM && !strcmp(n->a.name, name))
            return n->a.init && !strcmp(n->a.init, "ones") ? 1 + 0.2 * u : u;
    }
    return u;
}

static double leaf_value(const Graph *g, const Node *n, int64_t k)
{
    const char *name = n->a.name;
    uint64_t s = name_seed(name, k) ^ 0x5bd1e995u;
    double u = unit_rand(&s);
    if (n->op == OP_PARAM) return param_value(g, name, k);
    if (n->op == OP_INPUT)
        return starts(name, "sched.") ? sched_value(name) : !strcmp(name, "seed") || !strcmp(name, "epoch") ? 0 : 2 * u;
    if (starts(name, "teacher.")) return param_value(g, name + 8, k) + 0.05 * u;
    if (starts(name, "adam_m.")) return 0.01 * u;
    if (starts(name, "adam_v.")) return 1e-4 * (u + 0.5) * (u + 0.5);
    if (starts(name, "adam_t.")) return 3;
    return 0.1 * u; /* centres */
}

static bool fill_leaves(Dump *d)
{
    const Graph *g = d->m->g;
    for (NodeId id = 1; id < g->nnodes; id++) {
        const Node *n = ir_node(g, id);
        if (n->op != OP_PARAM && n->op != OP_STATE && n->op != OP_INPUT) continue;
        Tensor *t = tensor_new(d->cx, &n->type);
        if (!t) return false;
        for (int64_t k = 0; k < t->numel; k++) tensor_set(t, k, leaf_value(g, n, k));
        bool ok = ir_interp_set(d->ip, id, t);
        tensor_free(d->cx, t);
        if (!ok) return false;
    }
    return true;
}

/* ------------------------------------------------------------ entries */

static NodeId find_node(const Graph *g, Op op, const char *name)
{
    for (NodeId id = 1; id < g->nnodes; id++)
        if (g->nodes[id].op == op && !strcmp(g->nodes[id].a.name, name)) return id;
    return 0;
}

/* Adds tensor t under name; flat2 writes it as (1, numel) (the centres). */
static bool add(Dump *d, const char *name, const Tensor *t, bool flat2)
{
    if (d->n == d->cap) {
        int cap = d->cap ? 2 * d->cap : 256;
        Entry *e = cx_realloc(d->cx, d->e, (size_t)cap * sizeof *e);
        if (!e) return false;
        d->e = e, d->cap = cap;
    }
    Entry *e = &d->e[d->n++];
    snprintf(e->name, sizeof e->name, "%s", name);
    e->dt = t->f ? ST_F64 : ST_I64;
    e->data = t->f ? (const void *)t->f : (const void *)t->i;
    e->rank = flat2 ? 2 : t->type.shape.rank;
    if (flat2) e->shape[0] = 1, e->shape[1] = t->numel;
    else memcpy(e->shape, t->type.shape.dim, sizeof e->shape);
    return true;
}

static bool add_node(Dump *d, const char *name, Op op, const char *leaf, bool flat2)
{
    NodeId id = find_node(d->m->g, op, leaf);
    if (!id) {
        cx_error(d->cx, (SrcLoc){0}, "dump-step: the step has no %s '%s'", ir_ops[op].name, leaf);
        return false;
    }
    return add(d, name, ir_interp_value(d->ip, id), flat2);
}

static bool write_file(Dump *d, const char *file, const char *const *meta, int nmeta)
{
    SafeTensorIn *in = cx_alloc(d->cx, (size_t)(d->n + 1) * sizeof *in);
    if (!in) return false;
    for (int i = 0; i < d->n; i++)
        in[i] = (SafeTensorIn){d->e[i].name, d->e[i].dt, d->e[i].rank, d->e[i].shape, d->e[i].data};
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", d->dir, file);
    bool ok = rt_safetensors_write(d->cx, path, in, d->n, meta, nmeta);
    cx_free(d->cx, in);
    d->n = 0;
    return ok;
}

/* ------------------------------------------------------------- files */

static const char *state_alias(const char *name) { return !strcmp(name, "patch_center") ? "pcenter" : name; }

static bool add_param_set(Dump *d, const char *out_prefix)
{
    static const char *const kinds[] = {"", "teacher.", "adam_m.", "adam_v.", "adam_t."};
    for (uint32_t i = 0; i < d->m->nparams; i++) {
        const FeParam *p = &d->m->params[i];
        for (int k = 0; k < 5; k++) {
            char leaf[300], name[320];
            snprintf(leaf, sizeof leaf, "%s%s", kinds[k], p->name);
            snprintf(name, sizeof name, "%s%s", out_prefix, leaf);
            Op op = k ? OP_STATE : OP_PARAM;
            if (k && !find_node(d->m->g, op, leaf)) continue; /* no teacher; frozen: no moments */
            if (!add_node(d, name, op, leaf, false)) return false;
        }
    }
    return true;
}

static bool write_weights(Dump *d) { return add_param_set(d, "") && write_file(d, "weights.safetensors", NULL, 0); }

/* "const.<name>" and "opt.<field>" metadata pairs, in storage owned by d. */
static char **meta_pairs(Dump *d, int *n)
{
    const Model *m = d->m;
    int cnt = 2 * ((int)m->nconsts + 4);
    char **kv = cx_alloc(d->cx, (size_t)cnt * sizeof *kv);
    char *buf = kv ? cx_alloc(d->cx, (size_t)cnt * 128) : NULL;
    if (!buf) return cx_free(d->cx, kv), NULL;
    for (int i = 0; i < cnt; i++) kv[i] = buf + 128 * i;
    for (uint32_t i = 0; i < m->nconsts; i++) {
        snprintf(kv[2 * i], 128, "const.%s", m->consts[i].name);
        if (m->consts[i].is_int) snprintf(kv[2 * i + 1], 128, "%lld", (long long)m->consts[i].i);
        else snprintf(kv[2 * i + 1], 128, "%.17g", m->consts[i].f);
    }
    const char *names[4] = {"opt.beta1", "opt.beta2", "opt.eps", "opt.clip_grad"};
    double vals[4] = {m->opt.beta1, m->opt.beta2, m->opt.eps, m->opt.clip_grad};
    for (int i = 0; i < 4; i++) {
        snprintf(kv[2 * (m->nconsts + i)], 128, "%s", names[i]);
        snprintf(kv[2 * (m->nconsts + i) + 1], 128, "%.17g", vals[i]);
    }
    *n = cnt / 2;
    return kv;
}

static bool write_inputs(Dump *d)
{
    const Model *m = d->m;
    static const char *const sc[][2] = {{"teacher_temp", "sched.temp_t"}, {"lr", "sched.lr"}, {"wd", "sched.wd"},
                                        {"momentum", "sched.momentum"}, {"epoch", "epoch"}};
    for (uint32_t i = 0; i < m->ncrops; i++)
        if (!add_node(d, m->crops[i].name, OP_INPUT, ir_node(m->g, m->crops[i].input)->a.name, false)) return false;
    for (uint32_t i = 0; i < m->nstate; i++)
        if (!add_node(d, state_alias(m->state[i].name), OP_STATE, m->state[i].name, true)) return false;
    for (int i = 0; i < 5; i++)
        if (find_node(m->g, OP_INPUT, sc[i][1]) && !add_node(d, sc[i][0], OP_INPUT, sc[i][1], false)) return false;
    int nmeta = 0;
    char **meta = meta_pairs(d, &nmeta);
    bool ok = meta && write_file(d, "inputs.safetensors", (const char *const *)meta, nmeta);
    if (meta) cx_free(d->cx, meta[0]);
    cx_free(d->cx, meta);
    return ok;
}

static const char *loss_alias(const char *name)
{
    if (!strcmp(name, "loss")) return "loss.total";
    if (!strcmp(name, "loss.cls")) return "loss.dino";
    if (!strcmp(name, "loss.patch")) return "loss.pass";
    return name;
}

static bool write_outputs(Dump *d)
{
    const Graph *g = d->m->g;
    for (NodeId id = 1; id < g->nnodes; id++) {
        const Node *n = ir_node(g, id);
        if (n->op != OP_OUTPUT || (!starts(n->a.name, "loss") && !starts(n->a.name, "grad."))) continue;
        if (!add(d, loss_alias(n->a.name), ir_interp_value(d->ip, id), false)) return false;
    }
    for (uint32_t i = 0; i < d->m->nstate; i++)
        if (!add_node(d, state_alias(d->m->state[i].name), OP_STATE, d->m->state[i].name, true)) return false;
    return add_param_set(d, "step.") && write_file(d, "outputs.safetensors", NULL, 0);
}

/* ------------------------------------------------------------ driver */

static bool has_const(const Model *m, const char *name)
{
    for (uint32_t i = 0; i < m->nconsts; i++)
        if (!strcmp(m->consts[i].name, name)) return true;
    return false;
}

/* The model with drop path off (see the paragraph atop). */
static Model *load_deterministic(Ctx *cx, const char *path, const char *const *defines, int n)
{
    Model *m = fe_load(cx, path, defines, n);
    if (!m || !has_const(m, "drop_path_rate")) return m;
    fe_model_free(m);
    const char **defs = cx_alloc(cx, (size_t)(n + 1) * sizeof *defs);
    if (!defs) return NULL;
    for (int i = 0; i < n; i++) defs[i] = defines[i];
    defs[n] = "drop_path_rate=0.0";
    m = fe_load(cx, path, defs, n + 1);
    cx_free(cx, defs);
    return m;
}

static bool build(Ctx *cx, Model *m)
{
    if (!step_promote_f64(cx, m) || !step_build(cx, m, &(StepOptions){.grad_outputs = true})) return false;
    for (NodeId id = 1; id < m->g->nnodes; id++) {
        if (m->g->nodes[id].op != OP_RAND_UNIFORM) continue;
        cx_error(cx, m->g->nodes[id].loc, "dump-step: the step draws random numbers; the dump must be deterministic");
        return false;
    }
    return ir_verify(cx, m->g);
}

int passc_dump_step(Ctx *cx, const char *path, const char *const *defines, int ndefines, const char *dir)
{
    Model *m = load_deterministic(cx, path, defines, ndefines);
    if (!m) return 1;
    Dump d = {.cx = cx, .m = m, .dir = dir};
    bool ok = build(cx, m) && (d.ip = ir_interp_new(cx, m->g, IP_F64)) != NULL;
    ok = ok && fill_leaves(&d) && write_weights(&d) && write_inputs(&d);
    ok = ok && ir_interp_run(d.ip) && write_outputs(&d);
    if (d.ip) ir_interp_free(d.ip);
    cx_free(cx, d.e);
    fe_model_free(m);
    return ok ? 0 : 1;
}
