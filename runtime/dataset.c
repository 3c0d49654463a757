/* dataset.c — the ImageFolder dataset, the per-epoch sampler and the
 * threaded loader that turns images into batches of augmented crops.
 *
 * Scan: class sub-folders of the root, sorted by name, each searched
 * recursively for .jpg/.jpeg/.png (any case), or, when the root has no
 * sub-folder, the root's images as a single class.  Names starting with
 * '.' are skipped (editor and notebook droppings must not become classes).
 *
 * Loader: worker threads claim (batch, row) items in order under one
 * mutex, decode and augment outside it, and fill a ring of batch slots;
 * the consumer takes batches strictly in order.  Everything random is
 * keyed by (seed, epoch, image, crop), so a batch is the same whatever the
 * number of threads.  An unreadable image is replaced by the next readable
 * file in dataset order (a choice that depends only on the files), counted,
 * and reported once with its path. */
#include "runtime/runtime.h"

#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

/* ---------------------------------------------------------------- scan */

typedef struct StrList {
    char **v;
    int64_t n, cap;
} StrList;

static bool sl_push(StrList *l, char *s)
{
    if (!s) return false;
    if (l->n == l->cap) {
        int64_t cap = l->cap ? 2 * l->cap : 16;
        char **v = realloc(l->v, (size_t)cap * sizeof *v);
        if (!v) { free(s); return false; }
        l->v = v;
        l->cap = cap;
    }
    l->v[l->n++] = s;
    return true;
}

static void sl_free(StrList *l)
{
    for (int64_t i = 0; i < l->n; i++) free(l->v[i]);
    free(l->v);
    memset(l, 0, sizeof *l);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool is_image_name(const char *name)
{
    const char *dot = strrchr(name, '.');
    return dot && (strcasecmp(dot, ".jpg") == 0 || strcasecmp(dot, ".jpeg") == 0 ||
                   strcasecmp(dot, ".png") == 0);
}

static char *path_join(const char *a, const char *b)
{
    size_t n = strlen(a) + strlen(b) + 2;
    char *p = malloc(n);
    if (p) snprintf(p, n, "%s/%s", a, b);
    return p;
}

/* The visible entries of dir, sorted, split into folders and image files
 * (symbolic links followed, as os.walk(followlinks=True)). */
static bool list_dir(const char *dir, StrList *dirs, StrList *files, char *err, size_t nerr)
{
    DIR *d = opendir(dir);
    if (!d) { snprintf(err, nerr, "cannot open folder: %s", strerror(errno)); return false; }
    bool ok = true;
    for (struct dirent *e; ok && (e = readdir(d));) {
        if (e->d_name[0] == '.') continue;
        char *full = path_join(dir, e->d_name);
        struct stat st;
        if (!full) { ok = false; break; }
        bool isdir = stat(full, &st) == 0 && S_ISDIR(st.st_mode);
        free(full);
        if (isdir) ok = sl_push(dirs, strdup(e->d_name));
        else if (is_image_name(e->d_name)) ok = sl_push(files, strdup(e->d_name));
    }
    closedir(d);
    if (!ok) snprintf(err, nerr, "out of memory");
    if (dirs->n) qsort(dirs->v, (size_t)dirs->n, sizeof *dirs->v, cmp_str);
    if (files->n) qsort(files->v, (size_t)files->n, sizeof *files->v, cmp_str);
    return ok;
}

/* Appends the images under dir (its own first, then each sub-folder in
 * order) to ds with the given label.  depth guards against link loops. */
static bool scan_class(RtDataset *ds, StrList *paths, const char *dir, int32_t label, int depth,
                       char *err, size_t nerr)
{
    StrList dirs = {0}, files = {0};
    bool ok = depth < 32 && list_dir(dir, &dirs, &files, err, nerr);
    if (depth >= 32) snprintf(err, nerr, "folders nested too deep (a link loop?)");
    for (int64_t i = 0; ok && i < files.n; i++) {
        ok = sl_push(paths, path_join(dir, files.v[i]));
        int32_t *l = ok ? realloc(ds->labels, (size_t)paths->n * sizeof *l) : NULL;
        if (!l) { ok = false; snprintf(err, nerr, "out of memory"); break; }
        ds->labels = l;
        l[paths->n - 1] = label;
    }
    for (int64_t i = 0; ok && i < dirs.n; i++) {
        char *sub = path_join(dir, dirs.v[i]);
        ok = sub && scan_class(ds, paths, sub, label, depth + 1, err, nerr);
        free(sub);
    }
    sl_free(&dirs);
    sl_free(&files);
    return ok;
}

static bool scan_root(RtDataset *ds, StrList *paths, char *err, size_t nerr)
{
    StrList dirs = {0}, files = {0};
    bool ok = list_dir(ds->root, &dirs, &files, err, nerr);
    bool flat = ok && dirs.n == 0;
    ds->nclasses = flat ? 1 : (int32_t)dirs.n;
    ds->classes = ok ? calloc((size_t)ds->nclasses + 1, sizeof *ds->classes) : NULL;
    if (ok && !ds->classes) { ok = false; snprintf(err, nerr, "out of memory"); }
    if (ok && flat) {
        ds->classes[0] = strdup("");
        ok = scan_class(ds, paths, ds->root, 0, 0, err, nerr);
    }
    for (int64_t c = 0; ok && !flat && c < dirs.n; c++) {
        ds->classes[c] = strdup(dirs.v[c]);
        char *sub = path_join(ds->root, dirs.v[c]);
        ok = sub && ds->classes[c] && scan_class(ds, paths, sub, (int32_t)c, 0, err, nerr);
        free(sub);
    }
    sl_free(&dirs);
    sl_free(&files);
    return ok;
}

bool rt_dataset_open(Ctx *cx, const char *root, RtDataset *ds)
{
    memset(ds, 0, sizeof *ds);
    SrcLoc loc = {cx_file(cx, root, NULL, 0), 0, 0};
    char err[512] = "out of memory";
    StrList paths = {0};
    ds->root = strdup(root);
    bool ok = ds->root && scan_root(ds, &paths, err, sizeof err);
    ds->paths = paths.v;
    ds->n = paths.n;
    if (!ok) cx_error(cx, loc, "data folder: %s", err);
    else if (ds->n == 0) cx_error(cx, loc, "data folder has no images (.jpg, .jpeg or .png)");
    if (!ok || ds->n == 0) {
        rt_dataset_free(ds);
        return false;
    }
    return true;
}

void rt_dataset_free(RtDataset *ds)
{
    for (int64_t i = 0; i < ds->n; i++) free(ds->paths[i]);
    for (int32_t c = 0; ds->classes && c < ds->nclasses; c++) free(ds->classes[c]);
    free(ds->paths);
    free(ds->labels);
    free(ds->classes);
    free(ds->root);
    memset(ds, 0, sizeof *ds);
}

/* ------------------------------------------------------------- sampler */

int64_t rt_sampler_epoch(int64_t n, uint64_t seed, uint32_t epoch, int rank, int world,
                         int64_t *out)
{
    IR_ASSERT(n >= 0 && n <= UINT32_MAX && world >= 1 && rank >= 0 && rank < world);
    /* A stream no crop uses: crop = image = ~0. */
    RtRng r = {seed + epoch, UINT32_MAX, UINT32_MAX, UINT32_MAX};
    int64_t *perm = out;
    for (int64_t i = 0; i < n; i++) perm[i] = i;
    for (int64_t i = n - 1; i > 0; i--) {
        int64_t j = (int64_t)(((uint64_t)rt_rng_word(&r, (uint32_t)i) * (uint64_t)(i + 1)) >> 32);
        int64_t t = perm[i]; perm[i] = perm[j]; perm[j] = t;
    }
    int64_t per = n / world; /* drop_last: the tail that does not split evenly */
    for (int64_t k = 0; k < per; k++) out[k] = perm[rank + k * world];
    return per;
}

/* -------------------------------------------------------------- loader */

typedef struct Slot {
    RtBatch b;
    int done; /* rows finished */
} Slot;

struct RtLoader {
    Ctx *cx;
    RtLoaderConfig cfg;
    RtCropSpec *crops;
    int64_t per_epoch, nb;   /* samples and batches per epoch (this rank) */
    int nslots;
    Slot *slots;
    pthread_t *threads;
    int nthreads;
    pthread_mutex_t mu;
    pthread_cond_t work_cv, done_cv;
    /* Under mu: */
    int64_t next_item;       /* next batch*B + row to claim */
    int64_t released;        /* batches the consumer is done with */
    bool holding, stop, failed;
    char fail_msg[512];
    int64_t *perm;           /* ds->n entries: the sampler's order */
    int64_t perm_epoch;      /* epoch perm holds, -1 = none */
    uint8_t *bad;            /* per file: found unreadable */
    int64_t nbad;
    StrList pending;         /* warnings not yet printed */
};

/* Claims the next item; false when stopping.  Called with mu held. */
static bool ld_claim(RtLoader *ld, int64_t *k, int *row, int64_t *idx, uint32_t *ep)
{
    int B = ld->cfg.batch;
    while (!ld->stop && ld->next_item / B >= ld->released + ld->nslots)
        pthread_cond_wait(&ld->work_cv, &ld->mu);
    if (ld->stop) return false;
    int64_t item = ld->next_item++;
    *k = item / B;
    *row = (int)(item % B);
    int64_t epoch = ld->cfg.first_epoch + *k / ld->nb;
    if (epoch != ld->perm_epoch) {
        rt_sampler_epoch(ld->cfg.ds->n, ld->cfg.seed, (uint32_t)epoch, ld->cfg.rank, ld->cfg.world, ld->perm);
        ld->perm_epoch = epoch;
    }
    *idx = ld->perm[(*k % ld->nb) * B + *row];
    Slot *s = &ld->slots[*k % ld->nslots];
    s->b.epoch = (uint32_t)epoch;
    s->b.step = *k;
    s->b.step_in_epoch = *k % ld->nb;
    *ep = (uint32_t)epoch;
    return true;
}

static void ld_fail(RtLoader *ld, const char *msg)
{
    pthread_mutex_lock(&ld->mu);
    if (!ld->failed) snprintf(ld->fail_msg, sizeof ld->fail_msg, "%s", msg);
    ld->failed = ld->stop = true;
    pthread_cond_broadcast(&ld->done_cv);
    pthread_cond_broadcast(&ld->work_cv);
    pthread_mutex_unlock(&ld->mu);
}

/* Records an unreadable file once. */
static void ld_mark_bad(RtLoader *ld, int64_t f, const char *err)
{
    pthread_mutex_lock(&ld->mu);
    if (!ld->bad[f]) {
        ld->bad[f] = 1;
        ld->nbad++;
        const char *path = ld->cfg.ds->paths[f];
        size_t n = strlen(path) + strlen(err) + 64;
        char *m = malloc(n);
        if (m) snprintf(m, n, "%s: warning: skipping unreadable image: %s", path, err);
        sl_push(&ld->pending, m); /* a lost warning on OOM is acceptable */
    }
    pthread_mutex_unlock(&ld->mu);
}

static bool ld_is_bad(RtLoader *ld, int64_t f)
{
    pthread_mutex_lock(&ld->mu);
    bool bad = ld->bad[f] != 0;
    pthread_mutex_unlock(&ld->mu);
    return bad;
}

/* Decodes file idx or, when it is unreadable, the next readable one in
 * dataset order; returns the file used, -1 if none is readable. */
static int64_t ld_decode(RtLoader *ld, int64_t idx, RtImage *im)
{
    const RtDataset *ds = ld->cfg.ds;
    for (int64_t t = 0; t < ds->n; t++) {
        int64_t f = (idx + t) % ds->n;
        if (ld_is_bad(ld, f)) continue;
        uint8_t *buf;
        size_t len;
        char err[256];
        bool ok = rt_file_read(ds->paths[f], &buf, &len, err, sizeof err) &&
                  rt_image_decode(buf, len, im, err, sizeof err);
        free(buf);
        if (ok) return f;
        ld_mark_bad(ld, f, err);
    }
    return -1;
}

/* Fills row `row` of slot s from dataset index idx, drawn in epoch ep. */
static bool ld_fill(RtLoader *ld, Slot *s, uint32_t ep, int row, int64_t idx, RtImage *scratch)
{
    RtImage im;
    int64_t f = ld_decode(ld, idx, &im);
    if (f < 0) {
        ld_fail(ld, "no image in the data folder can be read");
        return false;
    }
    bool ok = true;
    for (int c = 0; ok && c < ld->cfg.ncrops; c++) {
        const RtCropSpec *cs = &ld->crops[c];
        RtRng r = {ld->cfg.seed, ep, (uint32_t)idx, (uint32_t)c};
        float *out = s->b.data + s->b.off[c] + (size_t)row * 3 * cs->size * cs->size;
        ok = rt_augment_crop(cs, &im, &r, ld->cfg.mean, ld->cfg.std, scratch, out);
    }
    rt_image_free(&im);
    if (!ok) { ld_fail(ld, "out of memory in the data loader"); return false; }
    s->b.labels[row] = ld->cfg.ds->labels[f];
    s->b.index[row] = f;
    return true;
}

static void *ld_worker(void *arg)
{
    RtLoader *ld = arg;
    RtImage scratch = {0};
    pthread_mutex_lock(&ld->mu);
    int64_t k, idx;
    int row;
    uint32_t ep;
    while (ld_claim(ld, &k, &row, &idx, &ep)) {
        Slot *s = &ld->slots[k % ld->nslots];
        pthread_mutex_unlock(&ld->mu);
        bool ok = ld_fill(ld, s, ep, row, idx, &scratch);
        pthread_mutex_lock(&ld->mu);
        if (!ok) break;
        if (++s->done == ld->cfg.batch) pthread_cond_broadcast(&ld->done_cv);
    }
    pthread_mutex_unlock(&ld->mu);
    rt_image_free(&scratch);
    return NULL;
}

static bool ld_check_config(Ctx *cx, const RtLoaderConfig *c, int64_t per_epoch)
{
    SrcLoc loc = {cx_file(cx, c->ds->root, NULL, 0), 0, 0};
    IR_ASSERT(c->ncrops >= 1 && c->workers >= 1 && c->prefetch >= 1 && c->batch >= 1);
    IR_ASSERT(c->world >= 1 && c->rank >= 0 && c->rank < c->world);
    if (c->ds->n > UINT32_MAX) {
        cx_error(cx, loc, "data folder has %lld images, more than 2^32", (long long)c->ds->n);
        return false;
    }
    if (per_epoch < c->batch) {
        cx_error(cx, loc, "data folder has %lld images, %lld per rank: fewer than one batch of %d",
                 (long long)c->ds->n, (long long)per_epoch, c->batch);
        return false;
    }
    return true;
}

static bool ld_alloc_slot(RtLoader *ld, Slot *s)
{
    const RtLoaderConfig *c = &ld->cfg;
    s->b.off = malloc((size_t)c->ncrops * sizeof *s->b.off);
    if (!s->b.off) return false;
    size_t at = 0;
    for (int i = 0; i < c->ncrops; i++) {
        s->b.off[i] = at;
        at += (size_t)c->batch * 3 * (size_t)ld->crops[i].size * (size_t)ld->crops[i].size;
    }
    s->b.numel = at;
    s->b.data = malloc(at * sizeof *s->b.data);
    s->b.labels = malloc((size_t)c->batch * sizeof *s->b.labels);
    s->b.index = malloc((size_t)c->batch * sizeof *s->b.index);
    return s->b.data && s->b.labels && s->b.index;
}

static bool ld_alloc(RtLoader *ld)
{
    const RtLoaderConfig *c = &ld->cfg;
    ld->crops = malloc((size_t)c->ncrops * sizeof *ld->crops);
    ld->slots = calloc((size_t)ld->nslots, sizeof *ld->slots);
    ld->threads = calloc((size_t)c->workers, sizeof *ld->threads);
    ld->perm = malloc((size_t)c->ds->n * sizeof *ld->perm);
    ld->bad = calloc((size_t)c->ds->n, 1);
    if (!ld->crops || !ld->slots || !ld->threads || !ld->perm || !ld->bad) return false;
    memcpy(ld->crops, c->crops, (size_t)c->ncrops * sizeof *ld->crops);
    for (int i = 0; i < ld->nslots; i++)
        if (!ld_alloc_slot(ld, &ld->slots[i])) return false;
    return true;
}

RtLoader *rt_loader_new(Ctx *cx, const RtLoaderConfig *cfg)
{
    int64_t per_epoch = cfg->ds->n / cfg->world;
    if (!ld_check_config(cx, cfg, per_epoch)) return NULL;
    RtLoader *ld = calloc(1, sizeof *ld);
    SrcLoc loc = {cx_file(cx, cfg->ds->root, NULL, 0), 0, 0};
    if (!ld) { cx_error(cx, loc, "out of memory"); return NULL; }
    ld->cx = cx;
    ld->cfg = *cfg;
    ld->per_epoch = per_epoch;
    ld->nb = per_epoch / cfg->batch;
    ld->nslots = cfg->prefetch + 1; /* prefetch batches besides the one held */
    ld->perm_epoch = -1;
    int e = pthread_mutex_init(&ld->mu, NULL);
    if (!e) e = pthread_cond_init(&ld->work_cv, NULL);
    if (!e) e = pthread_cond_init(&ld->done_cv, NULL);
    if (e) {
        /* rt_loader_free would destroy what was never initialised */
        cx_error(cx, loc, "cannot set up the data loader: %s", strerror(e));
        free(ld);
        return NULL;
    }
    if (!ld_alloc(ld)) {
        cx_error(cx, loc, "out of memory for %d batches of crops", ld->nslots);
        rt_loader_free(ld);
        return NULL;
    }
    for (; ld->nthreads < cfg->workers; ld->nthreads++) {
        int e = pthread_create(&ld->threads[ld->nthreads], NULL, ld_worker, ld);
        if (e == 0) continue;
        cx_error(cx, loc, "cannot start data loader thread: %s", strerror(e));
        rt_loader_free(ld);
        return NULL;
    }
    return ld;
}

int64_t rt_loader_batches_per_epoch(const RtLoader *ld)
{
    return ld->nb;
}

/* Prints pending warnings on the consumer's thread (mu held). */
static void ld_flush(RtLoader *ld)
{
    for (int64_t i = 0; i < ld->pending.n; i++) fprintf(ld->cx->diag, "%s\n", ld->pending.v[i]);
    sl_free(&ld->pending);
}

const RtBatch *rt_loader_next(RtLoader *ld)
{
    pthread_mutex_lock(&ld->mu);
    if (ld->holding) {
        ld->slots[ld->released % ld->nslots].done = 0;
        ld->released++;
        ld->holding = false;
        pthread_cond_broadcast(&ld->work_cv);
    }
    Slot *s = &ld->slots[ld->released % ld->nslots];
    while (!ld->failed && s->done < ld->cfg.batch) pthread_cond_wait(&ld->done_cv, &ld->mu);
    ld_flush(ld);
    bool failed = ld->failed;
    if (failed)
        cx_error(ld->cx, (SrcLoc){cx_file(ld->cx, ld->cfg.ds->root, NULL, 0), 0, 0}, "%s", ld->fail_msg);
    ld->holding = !failed;
    pthread_mutex_unlock(&ld->mu);
    return failed ? NULL : &s->b;
}

int64_t rt_loader_skipped(RtLoader *ld)
{
    pthread_mutex_lock(&ld->mu);
    int64_t n = ld->nbad;
    pthread_mutex_unlock(&ld->mu);
    return n;
}

void rt_loader_free(RtLoader *ld)
{
    if (!ld) return;
    pthread_mutex_lock(&ld->mu);
    ld->stop = true;
    pthread_cond_broadcast(&ld->work_cv);
    pthread_mutex_unlock(&ld->mu);
    for (int i = 0; i < ld->nthreads; i++) pthread_join(ld->threads[i], NULL);
    for (int i = 0; ld->slots && i < ld->nslots; i++) {
        RtBatch *b = &ld->slots[i].b;
        free(b->data);
        free(b->off);
        free(b->labels);
        free(b->index);
    }
    sl_free(&ld->pending);
    pthread_mutex_destroy(&ld->mu);
    pthread_cond_destroy(&ld->work_cv);
    pthread_cond_destroy(&ld->done_cv);
    free(ld->slots);
    free(ld->threads);
    free(ld->crops);
    free(ld->perm);
    free(ld->bad);
    free(ld);
}
