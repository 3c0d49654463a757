/* checkpoint.c — training checkpoints as safetensors, and weight export.
 *
 * A checkpoint holds every param and state leaf of the compiled step and
 * the position of the run, under the key names of spec 7.2/7.3 flattened
 * with dots (docs/run.md):
 *   param X               -> student.module.X   (DDP-wrapped student)
 *   state teacher.X       -> teacher.X
 *   state adam_m.X        -> optimizer.exp_avg.X     (PyTorch Adam names)
 *   state adam_v.X        -> optimizer.exp_avg_sq.X
 *   state adam_t.X        -> optimizer.step.X        (I64, per tensor)
 *   other state C         -> dino_loss.C        (the centres)
 *   run position          -> train.step, train.epochs, train.seed (I64)
 * and metadata format=passc-checkpoint, model, graph (hash of the step).
 * Writing goes through rt_safetensors_write (temporary file, fsync,
 * rename), so a kill at any moment leaves the previous file intact.
 * Values are stored as raw bytes, so a resumed run continues exactly. */
#include "runtime/runtime.h"

#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static bool starts(const char *s, const char *p) { return !strncmp(s, p, strlen(p)); }

void rt_ckpt_key(const Node *n, char *out, size_t len)
{
    const char *name = n->a.name;
    if (n->op == OP_PARAM) snprintf(out, len, "student.module.%s", name);
    else if (starts(name, "teacher.")) snprintf(out, len, "%s", name);
    else if (starts(name, "adam_m.")) snprintf(out, len, "optimizer.exp_avg.%s", name + 7);
    else if (starts(name, "adam_v.")) snprintf(out, len, "optimizer.exp_avg_sq.%s", name + 7);
    else if (starts(name, "adam_t.")) snprintf(out, len, "optimizer.step.%s", name + 7);
    else snprintf(out, len, "dino_loss.%s", name);
}

StDType rt_st_dtype(DType dt)
{
    switch (dt) {
    case DT_F64: return ST_F64;
    case DT_BF16: return ST_BF16;
    case DT_F16: return ST_F16;
    case DT_I32: return ST_I32;
    case DT_I64: return ST_I64;
    case DT_BOOL: return ST_BOOL;
    default: return ST_F32;
    }
}

/* ----------------------------------------------------------------- save */

typedef struct Entries {
    SafeTensorIn *t;
    char (*names)[600];
    int n;
} Entries;

static bool collect(const RtModel *rm, Entries *e)
{
    e->t = calloc(rm->g->nnodes + 4, sizeof *e->t);
    e->names = calloc(rm->g->nnodes + 4, sizeof *e->names);
    if (!e->t || !e->names) return false;
    for (NodeId id = 1; id < rm->g->nnodes; id++) {
        const Node *n = ir_node(rm->g, id);
        size_t bytes;
        void *p = (n->op == OP_PARAM || n->op == OP_STATE) ? rt_model_buf(rm, id, &bytes) : NULL;
        if (!p) continue;
        int k = e->n++;
        rt_ckpt_key(n, e->names[k], sizeof e->names[0]);
        e->t[k] = (SafeTensorIn){e->names[k], rt_st_dtype(n->type.dt), n->type.shape.rank, n->type.shape.dim, p};
    }
    return true;
}

bool rt_ckpt_save(const RtModel *rm, const char *path, const RtRunPos *pos)
{
    Entries e = {0};
    if (!rt_model_sync_host(rm)) return false; /* CUDA: the weights come down for the file */
    bool ok = collect(rm, &e);
    if (ok) {
        const int64_t *vals[3] = {&pos->step, &pos->epochs, (const int64_t *)&pos->seed};
        const char *names[3] = {"train.step", "train.epochs", "train.seed"};
        for (int i = 0; i < 3; i++) e.t[e.n++] = (SafeTensorIn){names[i], ST_I64, 0, NULL, vals[i]};
        char hash[32];
        snprintf(hash, sizeof hash, "%016" PRIx64, rm->graph_hash);
        const char *meta[6] = {"format", "passc-checkpoint", "model", rm->cfg.model, "graph", hash};
        ok = rt_safetensors_write(rm->cx, path, e.t, e.n, meta, 3);
    } else {
        cx_error(rm->cx, (SrcLoc){0}, "out of memory writing %s", path);
    }
    free(e.t);
    free(e.names);
    return ok;
}

/* ----------------------------------------------------------------- load */

static bool load_scalar(Ctx *cx, const SafeFile *f, const char *name, int64_t *out)
{
    const SafeTensor *t = rt_safetensors_expect(cx, f, name, ST_I64, 0, NULL);
    if (t) memcpy(out, t->data, 8);
    return t != NULL;
}

/* An Adam step count (state adam_t.X) counts the updates of its tensor:
 * from 0 to the run's step.  A damaged one would give bias corrections of
 * 1 - beta^t that divide by zero or overflow, and a NaN loss steps later. */
static bool adam_t_ok(const RtModel *rm, const Node *n, const void *v, const char *key, const char *path,
                      int64_t step)
{
    if (n->op != OP_STATE || strncmp(n->a.name, "adam_t.", 7) || shape_numel(&n->type.shape) != 1) return true;
    double t = ir_data_get(n->type.dt, v, 0);
    if (t >= 0 && t <= (double)step && t == floor(t)) return true;
    cx_error(rm->cx, (SrcLoc){cx_file(rm->cx, path, NULL, 0), 0, 0},
             "tensor '%s': %g updates, not a count from 0 to the checkpoint's step %lld", key, t, (long long)step);
    return false;
}

static bool load_leaf(const RtModel *rm, const SafeFile *f, NodeId id, const char *path, int64_t step)
{
    const Node *n = ir_node(rm->g, id);
    size_t bytes;
    void *dst = rt_model_buf(rm, id, &bytes);
    if (!dst) return true;
    char key[600];
    rt_ckpt_key(n, key, sizeof key);
    const SafeTensor *t = rt_safetensors_expect(rm->cx, f, key, rt_st_dtype(n->type.dt), n->type.shape.rank,
                                                n->type.shape.dim);
    if (!t || !adam_t_ok(rm, n, t->data, key, path, step)) return false;
    memcpy(dst, t->data, bytes);
    return true;
}

static bool check_model(const RtModel *rm, const SafeFile *f, const char *path)
{
    const char *fmt = rt_safetensors_meta(f, "format"), *model = rt_safetensors_meta(f, "model");
    SrcLoc loc = {cx_file(rm->cx, path, NULL, 0), 0, 0};
    if (!fmt || strcmp(fmt, "passc-checkpoint")) {
        cx_error(rm->cx, loc, "not a passc checkpoint (no format=passc-checkpoint metadata)");
        return false;
    }
    if (!model || strcmp(model, rm->cfg.model)) {
        cx_error(rm->cx, loc, "checkpoint of model '%s', but this executable trains '%s'", model ? model : "?",
                 rm->cfg.model);
        return false;
    }
    return true;
}

bool rt_ckpt_load(const RtModel *rm, const char *path, RtRunPos *pos)
{
    SafeFile f;
    if (!rt_safetensors_read(rm->cx, path, &f)) return false;
    bool ok = check_model(rm, &f, path) && load_scalar(rm->cx, &f, "train.step", &pos->step) &&
              load_scalar(rm->cx, &f, "train.epochs", &pos->epochs) &&
              load_scalar(rm->cx, &f, "train.seed", (int64_t *)&pos->seed);
    /* The position indexes schedules and the data order: a damaged value
     * must be an error here, not a division or an overflow later. */
    if (ok && (pos->epochs < 1 || pos->epochs > 1000000 || pos->step < 0 || pos->step > ((int64_t)1 << 40))) {
        cx_error(rm->cx, (SrcLoc){cx_file(rm->cx, path, NULL, 0), 0, 0},
                 "tensor 'train.step'/'train.epochs': position out of range (step %lld, epochs %lld)",
                 (long long)pos->step, (long long)pos->epochs);
        ok = false;
    }
    for (NodeId id = 1; ok && id < rm->g->nnodes; id++) {
        Op op = ir_node(rm->g, id)->op;
        if (op == OP_PARAM || op == OP_STATE) ok = load_leaf(rm, &f, id, path, pos->step);
    }
    rt_safetensors_free(&f);
    rt_model_mark_host(rm);
    return ok;
}

/* A file that names none of the parameters: another model's weights, or
 * a checkpoint's teacher only.  Says which keys were expected. */
static void no_param_found(const RtModel *rm, const SafeFile *f, const char *path)
{
    const char *want = "?";
    for (NodeId id = 1; id < rm->g->nnodes; id++)
        if (ir_node(rm->g, id)->op == OP_PARAM) {
            want = ir_node(rm->g, id)->a.name;
            break;
        }
    cx_error(rm->cx, (SrcLoc){cx_file(rm->cx, path, NULL, 0), 0, 0},
             "none of the %d tensors is a parameter of '%s' (expected keys like '%s', 'module.%s' or "
             "'student.module.%s'; the file has '%s', ...)",
             f->n, rm->cfg.model, want, want, want, f->n ? f->t[0].name : "nothing");
}

/* --init: student weights from any safetensors file whose keys are the
 * parameter names, optionally prefixed student.module. / module.; the
 * teacher copies follow (init "copy(...)" is re-applied by the caller).
 * Returns the number of parameters loaded, -1 after an error. */
int rt_ckpt_init_from(const RtModel *rm, const char *path)
{
    SafeFile f;
    if (!rt_safetensors_read(rm->cx, path, &f)) return -1;
    int loaded = 0;
    static const char *const prefixes[] = {"student.module.", "module.", ""};
    for (NodeId id = 1; id < rm->g->nnodes && loaded >= 0; id++) {
        const Node *n = ir_node(rm->g, id);
        size_t bytes;
        void *dst = n->op == OP_PARAM ? rt_model_buf(rm, id, &bytes) : NULL;
        for (int p = 0; dst && p < 3; p++) {
            char key[600];
            snprintf(key, sizeof key, "%s%s", prefixes[p], n->a.name);
            if (!rt_safetensors_find(&f, key)) continue;
            const SafeTensor *t = rt_safetensors_expect(rm->cx, &f, key, rt_st_dtype(n->type.dt),
                                                        n->type.shape.rank, n->type.shape.dim);
            if (!t) loaded = -1;
            else memcpy(dst, t->data, bytes), loaded++;
            break;
        }
    }
    if (loaded == 0) no_param_found(rm, &f, path);
    rt_safetensors_free(&f);
    rt_model_mark_host(rm);
    return loaded > 0 ? loaded : -1;
}

/* ---------------------------------------------------------------- export */

/* Copies the tensors of a checkpoint whose key starts with `from` to out
 * under key prefix `to` + rest.  timm: the teacher backbone (spec 7.1/7.3:
 * the keys a CLS-less timm VisionTransformer loads). */
bool rt_ckpt_export(Ctx *cx, const char *ckpt, const char *out, bool timm, bool student)
{
    SafeFile f;
    if (!rt_safetensors_read(cx, ckpt, &f)) return false;
    const char *from = student ? (timm ? "student.module.backbone." : "student.module.")
                               : (timm ? "teacher.backbone." : "teacher.");
    SafeTensorIn *t = calloc((size_t)f.n + 1, sizeof *t);
    int n = 0;
    bool ok = t != NULL;
    for (int i = 0; ok && i < f.n; i++) {
        if (!starts(f.t[i].name, from)) continue;
        if (f.t[i].dt != ST_F32) { /* passc keeps every weight in f32, whatever the step's precision */
            cx_error(cx, (SrcLoc){cx_file(cx, ckpt, NULL, 0), 0, 0}, "tensor %s is %s, not F32: not a passc checkpoint",
                     f.t[i].name, st_dtype_name(f.t[i].dt));
            ok = false;
        }
        t[n++] = (SafeTensorIn){f.t[i].name + strlen(from), f.t[i].dt, f.t[i].rank, f.t[i].shape, f.t[i].data};
    }
    if (ok && n == 0) {
        cx_error(cx, (SrcLoc){cx_file(cx, ckpt, NULL, 0), 0, 0}, "no tensor named %s* in the checkpoint", from);
        ok = false;
    }
    const char *meta[2] = {"format", timm ? "pt" : "passc-weights"};
    ok = ok && rt_safetensors_write(cx, out, t, n, meta, 1);
    free(t);
    rt_safetensors_free(&f);
    return ok;
}
