/* step.c — assembles one whole training step of a model as one graph.
 *
 * Expects a Model from the frontend: its graph holds the teacher and
 * student forwards, the losses (output "loss" is the weighted total) and
 * the centre updates (assigns of the centre state), and its tables name the
 * parameters, their teacher copies, the schedules and the optimizer.
 * Appends, in the order of spec 5.4: the gradients of the total loss with
 * respect to every trainable parameter (ad_grad), their all-reduce,
 * per-tensor clipping (5.5), AdamW with per-tensor step counters and the
 * decay groups of 5.1/5.2, the last-layer freeze (5.6) as a graph-level
 * select on the input "epoch", the teacher EMA over every parameter (5.7),
 * and the output "finite".  Every new value is an `assign` to its leaf, so
 * the graph is a pure function of (weights, state, inputs, seed).
 *
 * It is not a plain `Graph -> Graph` pass because the graph alone does not
 * say which schedule is the learning rate, weight decay or EMA momentum,
 * nor the optimizer's betas, eps and clipping threshold: those live in the
 * Model's tables.
 *
 * Leaves it adds (names are the interface of the runtime and checkpoints):
 *   input  "epoch"            i64[]  (only when some parameter has frozen_epochs)
 *   state  "adam_m.<name>"    moments, same type as the parameter, init zeros
 *   state  "adam_v.<name>"
 *   state  "adam_t.<name>"    i64[]  the parameter's own AdamW step counter
 *   output "finite"           bool[] whether the total loss is finite
 *   output "grad.<name>"      (StepOptions.grad_outputs) raw all-reduced gradients
 * Scalar coefficients (1-beta, bias corrections, lr*wd, 1-momentum) are
 * computed in f64 and cast to the parameter type once, so f32 rounding of
 * constants such as 0.999 does not leak into the update. */
#include "passes/passes.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

typedef struct Step {
    Ctx *cx;
    Model *m;
    Graph *g;
    const StepOptions *o;
    NodeId lr, wd, mom; /* f64[] casts of the schedule inputs (0 = none) */
    NodeId epoch;       /* i64[] input, created on first use */
    double devices;     /* number of processes the gradients are averaged over */
} Step;

/* ------------------------------------------------------------ helpers */

static NodeId f64_const(Step *st, double v, SrcLoc loc) { return ir_scalar(st->g, DT_F64, v, loc); }

static NodeId bin(Step *st, Op op, NodeId a, NodeId b, SrcLoc loc)
{
    return a && b ? ir_binary(st->g, op, a, b, loc) : 0;
}

/* x * s where s is a scalar node of any float type: s is cast to x's
 * dtype and broadcast. */
static NodeId scale(Step *st, NodeId x, NodeId s, SrcLoc loc)
{
    if (!x || !s) return 0;
    const Type t = ir_node(st->g, x)->type; /* a copy: ir_add may move nodes */
    if (ir_node(st->g, s)->type.dt != t.dt) s = ir_cast(st->g, s, t.dt, loc);
    if (s && t.shape.rank) s = ir_broadcast(st->g, s, &t.shape, loc);
    return bin(st, OP_MUL, x, s, loc);
}

/* Broadcasts a scalar to x's shape; a float scalar is cast to x's dtype
 * first, a bool (a select condition) stays bool. */
static NodeId like(Step *st, NodeId s, NodeId x, SrcLoc loc)
{
    if (!s || !x) return 0;
    const Type t = ir_node(st->g, x)->type; /* a copy: ir_add may move nodes */
    DType sd = ir_node(st->g, s)->type.dt;
    if (sd != t.dt && sd != DT_BOOL) s = ir_cast(st->g, s, t.dt, loc);
    return s && t.shape.rank ? ir_broadcast(st->g, s, &t.shape, loc) : s;
}

static NodeId state_leaf(Step *st, const char *prefix, const char *name, const Type *t, SrcLoc loc)
{
    char buf[512];
    snprintf(buf, sizeof buf, "%s.%s", prefix, name);
    NodeId id = ir_leaf(st->g, OP_STATE, buf, t, loc);
    if (id) ir_node(st->g, id)->a.init = arena_strdup(&st->g->arena, "zeros");
    return id;
}

static bool assign(Step *st, NodeId leaf, NodeId v, SrcLoc loc)
{
    NodeId in[2] = {leaf, v};
    return leaf && v && ir_add(st->g, OP_ASSIGN, in, 2, NULL, NULL, loc);
}

static bool output(Step *st, const char *name, NodeId v, SrcLoc loc)
{
    Attrs a = {.name = name};
    return v && ir_add(st->g, OP_OUTPUT, &v, 1, &a, NULL, loc);
}

/* Where a whole-model error points: the model's file (line 0: no line),
 * for models built without one (tests, tools) the unknown file. */
static SrcLoc model_loc(Step *st)
{
    return (SrcLoc){st->m->path ? cx_file(st->cx, st->m->path, NULL, 0) : 0, 0, 0};
}

/* The f64 value of schedule idx's input; 0 after an error. */
static NodeId sched_f64(Step *st, int idx, const char *what)
{
    if (idx < 0 || (uint32_t)idx >= st->m->nsched || !st->m->sched[idx].input) {
        cx_error(st->cx, model_loc(st), "step: the model has no %s schedule", what);
        return 0;
    }
    const FeSchedule *s = &st->m->sched[idx];
    return ir_cast(st->g, s->input, DT_F64, s->loc);
}

static NodeId epoch_input(Step *st, SrcLoc loc)
{
    if (!st->epoch) {
        Type t = {DT_I64, {0}};
        st->epoch = ir_leaf(st->g, OP_INPUT, "epoch", &t, loc);
    }
    return st->epoch;
}

static double model_const(const Model *m, const char *name, double dflt)
{
    for (uint32_t i = 0; i < m->nconsts; i++)
        if (!strcmp(m->consts[i].name, name))
            return m->consts[i].is_int ? (double)m->consts[i].i : m->consts[i].f;
    return dflt;
}

/* ---------------------------------------------------------- gradients */

/* Gradients of output "loss" for every trainable parameter, in the order
 * of m->params; grads[i] = 0 for frozen parameters and for parameters the
 * loss does not depend on (PyTorch leaves their .grad None: skipped by
 * AdamW). */
static bool step_grads(Step *st, NodeId *grads)
{
    Model *m = st->m;
    NodeId *wrt = cx_alloc(st->cx, (m->nparams + 1) * sizeof *wrt);
    NodeId *gr = cx_alloc(st->cx, (m->nparams + 1) * sizeof *gr);
    uint32_t *idx = cx_alloc(st->cx, (m->nparams + 1) * sizeof *idx);
    bool ok = wrt && gr && idx;
    uint32_t n = 0;
    for (uint32_t i = 0; ok && i < m->nparams; i++) {
        grads[i] = 0;
        if (m->params[i].tags & TAG_FROZEN) continue;
        idx[n] = i;
        wrt[n++] = m->params[i].node;
    }
    AdLoss loss = {m->loss, 1.0};
    ok = ok && ad_grad(st->cx, st->g, &loss, 1, wrt, n, gr);
    for (uint32_t j = 0; ok && j < n; j++) grads[idx[j]] = gr[j];
    cx_free(st->cx, wrt);
    cx_free(st->cx, gr);
    cx_free(st->cx, idx);
    return ok;
}

/* Data parallelism: the sum over processes divided by their number, so
 * every process applies the gradient of the global mean loss. */
static NodeId grad_reduce(Step *st, NodeId gr, SrcLoc loc)
{
    NodeId r = ir_unary(st->g, OP_ALL_REDUCE_SUM, gr, loc);
    if (st->devices == 1) return r;
    return scale(st, r, f64_const(st, 1.0 / st->devices, loc), loc);
}

/* spec 5.5: coef = clip / (||g|| + 1e-6), applied only where coef < 1. */
static NodeId grad_clip(Step *st, NodeId gr, SrcLoc loc)
{
    double clip = st->m->opt.clip_grad;
    if (clip <= 0) return gr;
    Graph *g = st->g;
    const Type t = ir_node(g, gr)->type;
    Shape flat = {1, {shape_numel(&t.shape)}};
    int64_t ax = 0;
    NodeId f = ir_reshape(g, gr, &flat, loc);
    NodeId ss = f ? ir_reduce(g, OP_REDUCE_SUM, bin(st, OP_MUL, f, f, loc), &ax, 1, false, loc) : 0;
    NodeId nrm = ss ? ir_cast(g, ir_unary(g, OP_SQRT, ss, loc), DT_F64, loc) : 0;
    NodeId coef = bin(st, OP_DIV, f64_const(st, clip, loc), bin(st, OP_ADD, nrm, f64_const(st, 1e-6, loc), loc), loc);
    NodeId small = bin(st, OP_LT, coef, f64_const(st, 1.0, loc), loc);
    NodeId scaled = scale(st, gr, coef, loc);
    return small && scaled ? ir_select(g, like(st, small, gr, loc), scaled, gr, loc) : 0;
}

/* -------------------------------------------------------------- AdamW */

/* The values one AdamW step (spec 5.2) produces for one parameter. */
typedef struct AdamOut {
    NodeId p, m, v, t;
} AdamOut;

typedef struct AdamIn {
    NodeId p, g, m, v, t;
    bool decay;
    SrcLoc loc;
} AdamIn;

/* 1 - beta^t in f64, t the new step counter (i64[]). */
static NodeId bias_corr(Step *st, double beta, NodeId t, SrcLoc loc)
{
    NodeId tf = ir_cast(st->g, t, DT_F64, loc);
    return bin(st, OP_SUB, f64_const(st, 1.0, loc), bin(st, OP_POW, f64_const(st, beta, loc), tf, loc), loc);
}

static bool adam_update(Step *st, const AdamIn *in, AdamOut *out)
{
    const FeOptimizer *o = &st->m->opt;
    Graph *g = st->g;
    SrcLoc loc = in->loc;
    out->t = bin(st, OP_ADD, in->t, ir_scalar(g, DT_I64, 1, loc), loc);
    NodeId p = in->p;
    if (in->decay) /* decoupled decay first: p * (1 - lr*wd) */
        p = scale(st, p, bin(st, OP_SUB, f64_const(st, 1, loc), bin(st, OP_MUL, st->lr, st->wd, loc), loc), loc);
    out->m = bin(st, OP_ADD, scale(st, in->m, f64_const(st, o->beta1, loc), loc),
                 scale(st, in->g, f64_const(st, 1 - o->beta1, loc), loc), loc);
    NodeId g2 = bin(st, OP_MUL, in->g, in->g, loc);
    out->v = bin(st, OP_ADD, scale(st, in->v, f64_const(st, o->beta2, loc), loc),
                 scale(st, g2, f64_const(st, 1 - o->beta2, loc), loc), loc);
    NodeId step = bin(st, OP_DIV, st->lr, bias_corr(st, o->beta1, out->t, loc), loc);
    NodeId rbc2 = bin(st, OP_DIV, f64_const(st, 1, loc),
                      ir_unary(g, OP_SQRT, bias_corr(st, o->beta2, out->t, loc), loc), loc);
    NodeId den = scale(st, out->v ? ir_unary(g, OP_SQRT, out->v, loc) : 0, rbc2, loc);
    den = bin(st, OP_ADD, den, like(st, f64_const(st, o->eps, loc), den, loc), loc);
    NodeId upd = scale(st, bin(st, OP_DIV, out->m, den, loc), step, loc);
    out->p = bin(st, OP_SUB, p, upd, loc);
    return out->p && out->m && out->v && out->t;
}

/* spec 5.6: while epoch < frozen_epochs the gradient is null, so AdamW
 * leaves the parameter, its moments and its step counter untouched. */
static bool adam_freeze(Step *st, const FeParam *fp, const AdamIn *in, AdamOut *out)
{
    if (fp->frozen_epochs <= 0) return true;
    SrcLoc loc = fp->loc;
    NodeId frozen = bin(st, OP_LT, epoch_input(st, loc), ir_scalar(st->g, DT_I64, (double)fp->frozen_epochs, loc), loc);
    const NodeId old[4] = {in->p, in->m, in->v, in->t};
    NodeId *neu[4] = {&out->p, &out->m, &out->v, &out->t};
    for (int k = 0; k < 4; k++) {
        NodeId c = like(st, frozen, old[k], loc);
        *neu[k] = c ? ir_select(st->g, c, old[k], *neu[k], loc) : 0;
        if (!*neu[k]) return false;
    }
    return true;
}

/* Clips the gradient, runs AdamW with its freeze, assigns the new
 * parameter, moments and counter; *newp receives the new parameter. */
static bool step_param(Step *st, const FeParam *fp, NodeId gr, NodeId *newp)
{
    SrcLoc loc = fp->loc;
    Type tt = {DT_I64, {0}};
    AdamIn in = {.p = fp->node, .loc = loc, .decay = !(fp->tags & TAG_NO_WEIGHT_DECAY)};
    in.g = grad_clip(st, gr, loc);
    in.m = state_leaf(st, "adam_m", fp->name, &fp->type, loc);
    in.v = state_leaf(st, "adam_v", fp->name, &fp->type, loc);
    in.t = state_leaf(st, "adam_t", fp->name, &tt, loc);
    AdamOut out;
    if (!in.g || !in.m || !in.v || !in.t || !adam_update(st, &in, &out) || !adam_freeze(st, fp, &in, &out))
        return false;
    *newp = out.p;
    return assign(st, in.p, out.p, loc) && assign(st, in.m, out.m, loc) && assign(st, in.v, out.v, loc) &&
           assign(st, in.t, out.t, loc);
}

/* ---------------------------------------------------------------- EMA */

/* spec 5.7: teacher <- m * teacher + (1 - m) * student (the updated one). */
static bool step_ema(Step *st, const FeParam *fp, NodeId student)
{
    if (!fp->teacher) return true;
    SrcLoc loc = fp->loc;
    NodeId keep = scale(st, fp->teacher, st->mom, loc);
    NodeId take = scale(st, student, bin(st, OP_SUB, f64_const(st, 1, loc), st->mom, loc), loc);
    return assign(st, fp->teacher, bin(st, OP_ADD, keep, take, loc), loc);
}

/* ------------------------------------------------------------ outputs */

/* |loss| < inf is false for inf and NaN alike, and no identity of
 * simplify can fold it away. */
static bool step_finite(Step *st)
{
    SrcLoc loc = ir_node(st->g, st->m->loss)->loc;
    NodeId l = st->m->loss;
    NodeId inf = ir_scalar(st->g, ir_node(st->g, l)->type.dt, INFINITY, loc);
    NodeId a = ir_unary(st->g, OP_ABS, l, loc);
    return output(st, "finite", bin(st, OP_LT, a, inf, loc), loc);
}

static bool grad_output(Step *st, const FeParam *fp, NodeId gr)
{
    char name[512];
    snprintf(name, sizeof name, "grad.%s", fp->name);
    NodeId v = gr ? gr : ir_full(st->g, fp->type.dt, &fp->type.shape, 0, fp->loc);
    return output(st, name, v, fp->loc);
}

/* ------------------------------------------------------------- driver */

static bool step_check(Step *st)
{
    Model *m = st->m;
    if (!m->loss || ir_node(st->g, m->loss)->type.shape.rank != 0) {
        cx_error(st->cx, model_loc(st), "step: the model has no scalar total loss");
        return false;
    }
    if (m->opt.type && strcmp(m->opt.type, "adamw")) {
        cx_error(st->cx, model_loc(st), "step: optimizer '%s' is not supported (only adamw)", m->opt.type);
        return false;
    }
    for (uint32_t i = 0; i < m->nparams; i++) {
        if (dt_is_float(m->params[i].type.dt)) continue;
        cx_error(st->cx, m->params[i].loc, "step: parameter '%s' is not floating point", m->params[i].name);
        return false;
    }
    return true;
}

static bool step_scalars(Step *st)
{
    st->lr = sched_f64(st, st->m->opt.lr, "learning-rate");
    /* weight_decay is optional: without it AdamW does not decay */
    if (st->lr) st->wd = st->m->opt.wd < 0 ? ir_scalar(st->g, DT_F64, 0.0, model_loc(st))
                                           : sched_f64(st, st->m->opt.wd, "weight-decay");
    if (!st->wd) return false;
    if (st->m->ema_momentum >= 0 && !(st->mom = sched_f64(st, st->m->ema_momentum, "EMA momentum")))
        return false;
    st->devices = model_const(st->m, "devices", 1);
    if (st->devices < 1) st->devices = 1;
    return true;
}

static bool step_params(Step *st, const NodeId *grads)
{
    for (uint32_t i = 0; i < st->m->nparams; i++) {
        const FeParam *fp = &st->m->params[i];
        NodeId gr = grads[i] ? grad_reduce(st, grads[i], fp->loc) : 0;
        if (grads[i] && !gr) return false;
        if (st->o->grad_outputs && !(fp->tags & TAG_FROZEN) && !grad_output(st, fp, gr)) return false;
        NodeId newp = fp->node;
        if (gr && !step_param(st, fp, gr, &newp)) return false;
        if (st->mom && !step_ema(st, fp, newp)) return false;
    }
    return true;
}

bool step_build(Ctx *cx, Model *m, const StepOptions *o)
{
    static const StepOptions dflt = {0};
    Step st = {.cx = cx, .m = m, .g = m->g, .o = o ? o : &dflt};
    if (!step_check(&st) || !step_scalars(&st)) return false;
    NodeId *grads = cx_alloc(cx, (m->nparams + 1) * sizeof *grads);
    bool ok = grads && step_grads(&st, grads) && step_params(&st, grads) && step_finite(&st);
    cx_free(cx, grads);
    return ok;
}

bool pass_step_model(Ctx *cx, Model *m) { return step_build(cx, m, NULL); }

/* ------------------------------------------------------ f64 promotion */

static void promote_type(Type *t)
{
    if (t->dt == DT_F32) t->dt = DT_F64;
}

/* One node copied into out with f32 turned into f64 and its inputs
 * renamed through map; ops whose result type is fixed at f32 (the
 * resize_matrix constant) are followed by a cast.  Returns the new id. */
static NodeId promote_node(Ctx *cx, Graph *out, const Node *n, const NodeId *map)
{
    Attrs a = n->a;
    Type t = n->type;
    NodeId *in = cx_alloc(cx, (n->nin + 1) * sizeof *in);
    if (!in) return 0;
    for (uint32_t i = 0; i < n->nin; i++) in[i] = map[n->in[i]];
    double *data = NULL;
    if (n->op == OP_CONST && t.dt == DT_F32) {
        int64_t cnt = shape_numel(&t.shape);
        if (!(data = cx_alloc(cx, (size_t)(cnt ? cnt : 1) * sizeof *data))) {
            cx_free(cx, in);
            return 0;
        }
        for (int64_t i = 0; i < cnt; i++) data[i] = ir_data_get(DT_F32, n->a.data, i);
        a.data = data;
    }
    promote_type(&t);
    NodeId id = ir_add(out, n->op, in, n->nin, &a, &t, n->loc);
    cx_free(cx, data);
    cx_free(cx, in);
    if (id && ir_node(out, id)->type.dt == DT_F32) id = ir_cast(out, id, DT_F64, n->loc);
    return id;
}

static void remap(NodeId *id, const NodeId *map) { *id = map[*id]; }

/* Every node id the Model's tables hold, renamed through map. */
static void promote_tables(Model *m, const NodeId *map)
{
    for (uint32_t i = 0; i < m->nparams; i++) {
        remap(&m->params[i].node, map);
        remap(&m->params[i].teacher, map);
        promote_type(&m->params[i].type);
    }
    for (uint32_t i = 0; i < m->nstate; i++) {
        remap(&m->state[i].node, map);
        remap(&m->state[i].update, map);
        remap(&m->state[i].assign, map);
    }
    for (uint32_t i = 0; i < m->nsched; i++) remap(&m->sched[i].input, map);
    for (uint32_t i = 0; i < m->ncrops; i++) remap(&m->crops[i].input, map);
    for (uint32_t i = 0; i < m->nlosses; i++) remap(&m->losses[i].value, map);
    remap(&m->loss, map);
    remap(&m->seed, map);
}

bool step_promote_f64(Ctx *cx, Model *m)
{
    Graph *out = ir_graph_new(cx, m->g->name ? m->g->name : "");
    NodeId *map = cx_alloc(cx, m->g->nnodes * sizeof *map);
    bool ok = out && map;
    for (NodeId id = 1; ok && id < m->g->nnodes; id++) ok = (map[id] = promote_node(cx, out, ir_node(m->g, id), map));
    if (ok) {
        ir_graph_swap(m->g, out);
        promote_tables(m, map);
    }
    cx_free(cx, map);
    if (out) ir_graph_free(out);
    return ok;
}

/* ---------------------------------------------------------- schedules */

