/* train.c — the training loop of ./run around the compiled step.
 *
 * Expects an RtModel opened with its executor (launcher.c).  Per
 * iteration, in the order of spec 5.4: the batch's crop sets go into the
 * inputs "crops.<set>", every schedule's value at (epoch, iteration) into
 * "sched.<name>", the epoch into "epoch" (last-layer freeze inside the
 * step), and a per-step seed mix(seed, step) into "seed" (drop path); the
 * step runs; a non-finite loss stops the run naming the step, as DINO
 * does.  The next step's batch is put in while a step runs (on CUDA its
 * upload overlaps the step; launcher.c's rt_model_launch/finish).
 * Iterations per epoch come from the dataset size and the batch
 * (drop_last); the schedules always span the model's (or --epochs) epochs,
 * so a run cut short by --steps and resumed sees the same values.
 *
 * Resume: the loader restarts at the checkpoint's epoch and the batches
 * already consumed in that epoch are drawn again and dropped (each crop's
 * randomness is keyed by (seed, epoch, image, crop), so they come out the
 * same); every state the step reads is in the checkpoint, so the losses
 * that follow equal those of an uninterrupted run bit for bit. */
#include "runtime/runtime.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

uint64_t rt_step_seed(uint64_t seed, int64_t step)
{
    uint64_t z = seed + 0x9e3779b97f4a7c15ull * (uint64_t)(step + 1);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return (z ^ (z >> 31)) & 0x7fffffffffffffffull;
}

/* ------------------------------------------------------------- inputs */

static void put_scalar(const RtModel *rm, NodeId id, double v)
{
    void *p = rt_model_buf(rm, id, NULL);
    if (!p) return;
    DType dt = ir_node(rm->g, id)->type.dt;
    if (dt == DT_I64) *(int64_t *)p = (int64_t)v;
    else if (dt == DT_I32) *(int32_t *)p = (int32_t)v;
    else ir_data_set(dt, p, 0, v);
}

double rt_out_scalar(const RtModel *rm, NodeId id)
{
    void *p = rt_model_buf(rm, id, NULL);
    if (!p) return NAN;
    DType dt = ir_node(rm->g, ir_node(rm->g, id)->in[0])->type.dt;
    if (dt == DT_BOOL) return *(uint8_t *)p;
    return ir_data_get(dt, p, 0);
}

void rt_set_schedules(const RtModel *rm, const RtRunPos *pos, int64_t ipe, double *vals)
{
    int64_t epoch = pos->step / ipe, iter = pos->step % ipe;
    for (int i = 0; i < rm->cfg.nsched; i++) {
        vals[i] = rt_sched_at(&rm->cfg.sched[i], pos->epochs, ipe, epoch, iter);
        put_scalar(rm, rm->sched_in[i], vals[i]);
    }
    put_scalar(rm, rm->epoch_in, (double)epoch);
    if (rm->seed_in) *(int64_t *)rt_model_buf(rm, rm->seed_in, NULL) = (int64_t)rt_step_seed(pos->seed, pos->step);
}

/* Crop set i occupies crop positions first..first+count-1 of the batch;
 * the loader lays them out crop-major and contiguous per position. */
static bool put_crops(const RtModel *rm, const RtBatch *b)
{
    int pos = 0;
    for (int i = 0; i < rm->cfg.ncrops; i++) {
        const RtCropSet *c = &rm->cfg.crops[i];
        size_t bytes;
        float *dst = rt_model_buf(rm, rm->crop_in[i], &bytes);
        size_t n = (size_t)c->count * rm->cfg.batch * 3 * c->size * c->size;
        if (dst && bytes != n * sizeof(float)) {
            cx_error(rm->cx, (SrcLoc){0}, "input crops.%s has %zu bytes, expected %zu", c->name, bytes, n * 4);
            return false;
        }
        if (dst) memcpy(dst, b->data + b->off[pos], n * sizeof(float));
        pos += c->count;
    }
    return true;
}

/* --------------------------------------------------------------- loader */

int rt_crop_specs(const RtConfig *c, RtCropSpec *out)
{
    int n = 0;
    for (int i = 0; i < c->ncrops; i++)
        for (int j = 0; j < c->crops[i].count; j++) {
            const RtCropSet *s = &c->crops[i];
            RtCropSpec cs = rt_crop_global1(s->size);
            cs.scale_lo = s->scale_lo, cs.scale_hi = s->scale_hi;
            cs.flip_p = s->p[j][0], cs.jitter_p = s->p[j][1], cs.gray_p = s->p[j][2];
            cs.blur_p = s->p[j][3], cs.solarize_p = s->p[j][4];
            out[n++] = cs;
        }
    return n;
}

static RtLoader *loader_open(RtModel *rm, const RtDataset *ds, const RtTrainOptions *o, uint32_t epoch,
                             RtCropSpec *specs)
{
    RtLoaderConfig lc = {.ds = ds, .crops = specs, .ncrops = rt_crop_specs(&rm->cfg, specs),
                         .batch = (int)rm->cfg.batch, .seed = o->seed, .first_epoch = epoch,
                         .workers = o->workers > 0 ? o->workers : 2, .prefetch = 4, .rank = 0, .world = 1,
                         .mean = {0.485f, 0.456f, 0.406f}, .std = {0.229f, 0.224f, 0.225f}};
    return rt_loader_new(rm->cx, &lc);
}

/* ------------------------------------------------------------- logging */

static void log_step(const RtModel *rm, const RtTrainOptions *o, const RtRunPos *pos, int64_t ipe,
                     const double *sv, double ms)
{
    int64_t epoch = pos->step / ipe;
    double loss = rt_out_scalar(rm, rm->loss_out), ips = 1000.0 * (double)rm->cfg.batch / ms;
    if (o->progress && (pos->step % o->log_every == 0 || pos->step + 1 == o->last_step)) {
        fprintf(o->progress, "epoch %lld step %lld/%lld loss %.6f", (long long)epoch, (long long)pos->step + 1,
                (long long)o->last_step, loss);
        for (int i = 0; i < rm->cfg.nloss; i++)
            fprintf(o->progress, " %s %.6f", rm->cfg.loss[i].name, rt_out_scalar(rm, rm->term_out[i]));
        for (int i = 0; i < rm->cfg.nsched; i++) fprintf(o->progress, " %s %.4g", rm->cfg.sched[i].name, sv[i]);
        fprintf(o->progress, " %.1f ms/step %.1f img/s", ms, ips);
        if (o->peak_flops > 0) fprintf(o->progress, " MFU %.2f%%", 100 * rm->step_flops / (ms * 1e-3) / o->peak_flops);
        fputc('\n', o->progress);
        fflush(o->progress);
    }
    if (!o->jsonl) return;
    fprintf(o->jsonl, "{\"step\":%lld,\"epoch\":%lld,\"loss\":%.9g", (long long)pos->step, (long long)epoch, loss);
    for (int i = 0; i < rm->cfg.nloss; i++)
        fprintf(o->jsonl, ",\"loss.%s\":%.9g", rm->cfg.loss[i].name, rt_out_scalar(rm, rm->term_out[i]));
    for (int i = 0; i < rm->cfg.nsched; i++) fprintf(o->jsonl, ",\"%s\":%.9g", rm->cfg.sched[i].name, sv[i]);
    fprintf(o->jsonl, ",\"ms\":%.3f,\"img_s\":%.2f}\n", ms, ips);
    fflush(o->jsonl);
}

/* ---------------------------------------------------------------- loop */

/* Step pos->step's inputs into the host buffers (CUDA: and on their way
 * up); sv gets the schedules' values for its log line. */
static bool put_inputs(RtModel *rm, const RtRunPos *pos, int64_t ipe, const RtBatch *b, double *sv)
{
    if (!b || !rt_model_inputs_begin(rm)) return false;
    rt_set_schedules(rm, pos, ipe, sv);
    return put_crops(rm, b) && rt_model_inputs_end(rm);
}

/* After step pos->step finished: a non-finite loss stops the run. */
static bool step_done(RtModel *rm, const RtTrainOptions *o, RtRunPos *pos, int64_t ipe, const double *sv, double ms)
{
    if (rt_out_scalar(rm, rm->finite_out) == 0) {
        cx_error(rm->cx, (SrcLoc){0}, "loss is %g at step %lld (epoch %lld, iteration %lld), stopping training",
                 rt_out_scalar(rm, rm->loss_out), (long long)pos->step, (long long)(pos->step / ipe),
                 (long long)(pos->step % ipe));
        return false;
    }
    log_step(rm, o, pos, ipe, sv, ms);
    pos->step++;
    return true;
}

static bool maybe_save(RtModel *rm, const RtTrainOptions *o, const RtRunPos *pos, int64_t ipe, bool last)
{
    if (!o->ckpt_path) return true;
    bool due = last || pos->step % ipe == 0 || (o->save_every > 0 && pos->step % o->save_every == 0);
    return !due || rt_ckpt_save(rm, o->ckpt_path, pos);
}

bool rt_train(RtModel *rm, const RtDataset *ds, const RtTrainOptions *o, RtRunPos *pos)
{
    RtCropSpec specs[RT_MAX_CROPSETS * RT_MAX_CROPS];
    int64_t ipe = ds->n / rm->cfg.batch; /* drop_last, one process */
    if (ipe < 1) {
        cx_error(rm->cx, (SrcLoc){0}, "%s: %lld images, fewer than one batch of %lld", ds->root,
                 (long long)ds->n, (long long)rm->cfg.batch);
        return false;
    }
    RtLoader *ld = loader_open(rm, ds, o, (uint32_t)(pos->step / ipe), specs);
    if (!ld) return false;
    bool ok = rt_loader_batches_per_epoch(ld) == ipe;
    /* Resuming mid-epoch redraws the epoch's used batches: long on big data. */
    RtProgress bar;
    rt_progress_begin(&bar, o->progress ? stderr : NULL, "resume: redrawing the epoch's used batches", pos->step % ipe);
    for (int64_t i = 0; ok && i < pos->step % ipe; i++) {
        ok = rt_loader_next(ld) != NULL;
        rt_progress_set(&bar, i + 1, "");
    }
    rt_progress_end(&bar);
    int64_t last = o->last_step > 0 ? o->last_step : pos->epochs * ipe;
    RtTrainOptions oo = *o;
    oo.last_step = last;
    /* Step n+1's inputs are written (and, on CUDA, sent up) while step n
     * runs; a step's time is from the previous step's end to its own. */
    double sv[2][RT_MAX_SCHED], t_prev = now_s();
    if (ok && pos->step < last) ok = put_inputs(rm, pos, ipe, rt_loader_next(ld), sv[pos->step & 1]);
    while (ok && pos->step < last) {
        RtRunPos next = *pos;
        next.step++;
        ok = rt_model_launch(rm);
        if (ok && next.step < last) ok = put_inputs(rm, &next, ipe, rt_loader_next(ld), sv[next.step & 1]);
        ok = ok && rt_model_finish(rm);
        ok = ok && step_done(rm, &oo, pos, ipe, sv[pos->step & 1], (now_s() - t_prev) * 1e3) &&
             maybe_save(rm, &oo, pos, ipe, pos->step == last);
        t_prev = now_s(); /* a checkpoint's time is not the next step's */
    }
    if (rt_loader_skipped(ld) && o->progress)
        fprintf(o->progress, "skipped %lld unreadable image(s)\n", (long long)rt_loader_skipped(ld));
    rt_loader_free(ld);
    return ok;
}
