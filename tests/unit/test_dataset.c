/* test_dataset.c — ImageFolder scanning (order, labels, extensions, flat
 * folders, errors), the epoch sampler, and the threaded loader: batches
 * equal to crops computed directly, independent of the thread count, and
 * corrupt files skipped, counted and reported once. */
#include "testutil.h"
#include "runtime/runtime.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static char tmpdir[64];

static void setup(void)
{
    snprintf(tmpdir, sizeof tmpdir, "/tmp/passc_ds_XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(tmpdir));
}

static void teardown(void)
{
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    ck_assert_int_eq(system(cmd), 0);
}

static const char *tmp(const char *name)
{
    static char buf[256];
    snprintf(buf, sizeof buf, "%s/%s", tmpdir, name);
    return buf;
}

static void mkdir_tmp(const char *name)
{
    ck_assert_int_eq(mkdir(tmp(name), 0755), 0);
}

/* A small PNG whose pixels depend on seed. */
static void write_img(Ctx *cx, const char *name, int seed)
{
    uint8_t px[24 * 20 * 3];
    for (int i = 0; i < (int)sizeof px; i++) px[i] = (uint8_t)(i * (seed + 3) + seed * 41);
    ck_assert(rt_image_write_png(cx, tmp(name), px, 24, 20, 3));
}

static void write_text(const char *name, const char *text)
{
    FILE *f = fopen(tmp(name), "wb");
    ck_assert_ptr_nonnull(f);
    fputs(text, f);
    fclose(f);
}

START_TEST(t_scan_classes)
{
    TestCtx t;
    tc_init(&t);
    mkdir_tmp("root");
    mkdir_tmp("root/dog");
    mkdir_tmp("root/cat");
    mkdir_tmp("root/cat/sub");
    mkdir_tmp("root/.hidden");
    write_img(&t.cx, "root/dog/b.PNG", 1);
    write_img(&t.cx, "root/dog/a.png", 2);
    write_img(&t.cx, "root/cat/z.png", 3);
    write_img(&t.cx, "root/cat/sub/y.png", 4);
    write_img(&t.cx, "root/.hidden/x.png", 5);
    write_img(&t.cx, "root/loose.png", 6); /* beside class folders: ignored */
    write_text("root/cat/notes.txt", "not an image");
    write_text("root/dog/c.jpeg", "corrupt, but named like an image");
    RtDataset ds;
    ck_assert_msg(rt_dataset_open(&t.cx, tmp("root"), &ds), "%s", tc_diag(&t));
    ck_assert_int_eq(ds.nclasses, 2);
    ck_assert_str_eq(ds.classes[0], "cat");
    ck_assert_str_eq(ds.classes[1], "dog");
    ck_assert_int_eq(ds.n, 5);
    const char *want[5] = {"root/cat/z.png", "root/cat/sub/y.png", "root/dog/a.png",
                           "root/dog/b.PNG", "root/dog/c.jpeg"};
    const int32_t labels[5] = {0, 0, 1, 1, 1};
    for (int i = 0; i < 5; i++) {
        ck_assert_str_eq(ds.paths[i], tmp(want[i]));
        ck_assert_int_eq(ds.labels[i], labels[i]);
    }
    rt_dataset_free(&ds);
    tc_fini(&t);
}
END_TEST

START_TEST(t_scan_flat_and_errors)
{
    TestCtx t;
    tc_init(&t);
    mkdir_tmp("flat");
    write_img(&t.cx, "flat/2.jpg.png", 1);
    write_img(&t.cx, "flat/1.png", 2);
    RtDataset ds;
    ck_assert(rt_dataset_open(&t.cx, tmp("flat"), &ds));
    ck_assert_int_eq(ds.nclasses, 1);
    ck_assert_int_eq(ds.n, 2);
    ck_assert_str_eq(ds.paths[0], tmp("flat/1.png"));
    ck_assert_int_eq(ds.labels[1], 0);
    rt_dataset_free(&ds);
    mkdir_tmp("empty");
    write_text("empty/readme.txt", "x");
    ck_assert(!rt_dataset_open(&t.cx, tmp("empty"), &ds));
    ck_assert(!rt_dataset_open(&t.cx, tmp("missing"), &ds));
    char want[512];
    snprintf(want, sizeof want,
             "%s: error: data folder has no images (.jpg, .jpeg or .png)\n"
             "%s/missing: error: data folder: cannot open folder: No such file or directory\n",
             tmp("empty"), tmpdir);
    ck_assert_str_eq(tc_diag(&t), want);
    tc_fini(&t);
}
END_TEST

START_TEST(t_sampler)
{
    enum { N = 103 };
    int64_t a[N], b[N], c[N];
    ck_assert_int_eq(rt_sampler_epoch(N, 0, 0, 0, 1, a), N);
    rt_sampler_epoch(N, 0, 0, 0, 1, b);
    ck_assert(memcmp(a, b, sizeof a) == 0); /* deterministic */
    int seen[N] = {0};
    int fixed = 0;
    for (int i = 0; i < N; i++) {
        seen[a[i]]++;
        fixed += a[i] == i;
    }
    for (int i = 0; i < N; i++) ck_assert_int_eq(seen[i], 1); /* a permutation */
    ck_assert_int_lt(fixed, 10);                              /* and shuffled */
    rt_sampler_epoch(N, 0, 1, 0, 1, b);
    ck_assert(memcmp(a, b, sizeof a) != 0); /* epochs differ */
    rt_sampler_epoch(N, 1, 0, 0, 1, c);     /* seed 1 epoch 0 = seed 0 epoch 1 (seed + epoch) */
    ck_assert(memcmp(b, c, sizeof b) == 0);
    /* 4 ranks: 25 each (3 dropped), interleaved from one permutation. */
    int covered[N] = {0};
    for (int r = 0; r < 4; r++) {
        ck_assert_int_eq(rt_sampler_epoch(N, 5, 2, r, 4, b), 25);
        rt_sampler_epoch(N, 5, 2, 0, 1, c);
        for (int k = 0; k < 25; k++) {
            ck_assert_int_eq(b[k], c[r + 4 * k]);
            covered[b[k]]++;
        }
    }
    int total = 0;
    for (int i = 0; i < N; i++) {
        ck_assert_int_le(covered[i], 1);
        total += covered[i];
    }
    ck_assert_int_eq(total, 100);
}
END_TEST

/* 10 images in 2 classes, files 3 and 7 (in dataset order) corrupt. */
static void make_set(Ctx *cx, RtDataset *ds)
{
    mkdir_tmp("set");
    mkdir_tmp("set/a");
    mkdir_tmp("set/b");
    for (int i = 0; i < 10; i++) {
        char name[64];
        snprintf(name, sizeof name, "set/%s/%d.png", i < 5 ? "a" : "b", i);
        if (i == 3 || i == 7) write_text(name, "\x89PNG\r\n\x1a\n garbage");
        else write_img(cx, name, i);
    }
    ck_assert(rt_dataset_open(cx, tmp("set"), ds));
    ck_assert_int_eq(ds->n, 10);
}

static RtLoaderConfig loader_cfg(const RtDataset *ds, const RtCropSpec *crops, int workers)
{
    RtLoaderConfig c = {.ds = ds, .crops = crops, .ncrops = 3, .batch = 4, .seed = 11,
                        .first_epoch = 2, .workers = workers, .prefetch = 2, .rank = 0, .world = 1,
                        .mean = {0.485f, 0.456f, 0.406f}, .std = {0.229f, 0.224f, 0.225f}};
    return c;
}

static int count_lines(const char *s, const char *needle)
{
    int n = 0;
    for (const char *p = s; (p = strstr(p, needle)); p++) n++;
    return n;
}

/* 6 batches (3 epochs of 2 batches of 4) from 2 workers equal, float for
 * float, those from 1 worker and the crops computed directly. */
START_TEST(t_loader_batches)
{
    TestCtx t;
    tc_init(&t);
    RtDataset ds;
    make_set(&t.cx, &ds);
    RtCropSpec crops[3] = {rt_crop_global1(12), rt_crop_global2(12), rt_crop_local(6)};
    RtLoaderConfig c2 = loader_cfg(&ds, crops, 3), c1 = loader_cfg(&ds, crops, 1);
    RtLoader *l2 = rt_loader_new(&t.cx, &c2), *l1 = rt_loader_new(&t.cx, &c1);
    ck_assert(l1 && l2);
    ck_assert_int_eq(rt_loader_batches_per_epoch(l2), 2);
    float crop[3 * 12 * 12];
    RtImage scratch = {0};
    for (int step = 0; step < 6; step++) {
        const RtBatch *b = rt_loader_next(l2), *a = rt_loader_next(l1);
        ck_assert(a && b);
        ck_assert_int_eq(b->epoch, 2 + step / 2);
        ck_assert_int_eq(b->step, step);
        ck_assert_uint_eq(b->numel, 4 * 3 * (12 * 12 * 2 + 6 * 6));
        ck_assert_uint_eq(b->off[1], 4 * 3 * 12 * 12);
        ck_assert_uint_eq(b->off[2], 2 * 4 * 3 * 12 * 12);
        ck_assert(memcmp(a->data, b->data, b->numel * sizeof(float)) == 0);
        int64_t order[10];
        rt_sampler_epoch(10, 11, b->epoch, 0, 1, order);
        for (int r = 0; r < 4; r++) {
            int64_t want = order[(step % 2) * 4 + r], f = b->index[r];
            ck_assert(f != 3 && f != 7); /* corrupt files never delivered */
            ck_assert_int_eq(f, want == 3 || want == 7 ? want + 1 : want);
            ck_assert_int_eq(b->labels[r], f < 5 ? 0 : 1);
            RtImage im;
            ck_assert(rt_image_load(&t.cx, ds.paths[f], &im));
            for (int k = 0; k < 3; k++) { /* crop k of image r: rows k*B + r */
                RtRng rng = {11, b->epoch, (uint32_t)want, (uint32_t)k};
                int S = crops[k].size;
                ck_assert(rt_augment_crop(&crops[k], &im, &rng, c2.mean, c2.std, &scratch, crop));
                ck_assert(memcmp(b->data + b->off[k] + (size_t)r * 3 * S * S, crop,
                                 sizeof(float) * 3 * S * S) == 0);
            }
            rt_image_free(&im);
        }
    }
    ck_assert_int_eq(rt_loader_skipped(l2), 2);
    rt_loader_free(l1);
    rt_loader_free(l2);
    rt_image_free(&scratch);
    /* each corrupt file reported once per loader, with its path */
    const char *d = tc_diag(&t);
    ck_assert_int_eq(count_lines(d, "warning: skipping unreadable image"), 4);
    char want[256];
    snprintf(want, sizeof want, "%s: warning: skipping unreadable image: corrupt PNG", ds.paths[3]);
    ck_assert_int_eq(count_lines(d, want), 2);
    ck_assert_int_eq(t.cx.nerrors, 0);
    rt_dataset_free(&ds);
    tc_fini(&t);
}
END_TEST

START_TEST(t_loader_errors)
{
    TestCtx t;
    tc_init(&t);
    mkdir_tmp("bad");
    write_text("bad/1.jpg", "\xff\xd8\xff nope");
    write_text("bad/2.png", "");
    RtDataset ds;
    ck_assert(rt_dataset_open(&t.cx, tmp("bad"), &ds));
    RtCropSpec crops[3] = {rt_crop_local(4), rt_crop_local(4), rt_crop_local(4)};
    RtLoaderConfig c = loader_cfg(&ds, crops, 2);
    c.batch = 1;
    RtLoader *ld = rt_loader_new(&t.cx, &c);
    ck_assert_ptr_nonnull(ld);
    ck_assert_ptr_null(rt_loader_next(ld));
    ck_assert(strstr(tc_diag(&t), "error: no image in the data folder can be read"));
    ck_assert_int_eq(rt_loader_skipped(ld), 2);
    rt_loader_free(ld);
    c.batch = 3; /* 2 images: not one batch */
    ck_assert_ptr_null(rt_loader_new(&t.cx, &c));
    ck_assert(strstr(tc_diag(&t), "data folder has 2 images, 2 per rank: fewer than one batch of 3"));
    rt_dataset_free(&ds);
    tc_fini(&t);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("dataset");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 30);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, t_scan_classes);
    tcase_add_test(tc, t_scan_flat_and_errors);
    tcase_add_test(tc, t_sampler);
    tcase_add_test(tc, t_loader_batches);
    tcase_add_test(tc, t_loader_errors);
    suite_add_tcase(s, tc);
    return tc_run_suite(s);
}
