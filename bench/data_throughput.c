/* data_throughput.c — images per second per core of the data pipeline:
 * decode a 500x375 q90 JPEG and make 2x224 + 2x96 crops (spec section 6,
 * DINO crop settings) through the threaded loader.
 *
 *   data_throughput [--images N] [--workers W] [--batches B] [--dir DIR]
 *
 * Writes N procedural JPEGs (textured noise and stripes, which compress
 * like photos at q90) into a temporary folder, then times B batches of 32
 * after one warm-up batch.  Prints img/s and img/s per worker thread.
 * Then times, on this thread alone, decoding and the four crops apart
 * (best of 3 rounds over the first 32 images), since the loader's figure
 * mixes both and is noisier. */
#include "runtime/runtime.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static bool write_images(Ctx *cx, const char *dir, int n)
{
    enum { W = 500, H = 375 };
    uint8_t *px = malloc(W * H * 3);
    bool ok = px != NULL;
    for (int i = 0; ok && i < n; i++) {
        RtRng r = {1234, 0, (uint32_t)i, 0};
        uint32_t d = 0;
        double f = 0.02 + 0.1 * rt_rng_uniform(&r, d++);
        for (int y = 0; y < H; y++)
            for (int x = 0; x < W; x++)
                for (int c = 0; c < 3; c++) {
                    double v = 128 + 60 * sin(f * (x + 2 * y) + c) + 50 * (rt_rng_uniform(&r, d++) - 0.5);
                    px[(y * W + x) * 3 + c] = (uint8_t)(v < 0 ? 0 : v > 255 ? 255 : v);
                }
        char path[4096];
        snprintf(path, sizeof path, "%s/%05d.jpg", dir, i);
        ok = rt_image_write_jpeg(cx, path, px, W, H, 3, 90);
    }
    free(px);
    return ok;
}

/* Best of 3 rounds: ms per image to decode, and to make the four crops. */
static bool time_stages(Ctx *cx, const RtDataset *ds, const RtCropSpec *crops, const RtLoaderConfig *cfg)
{
    enum { N = 32, ROUNDS = 3 };
    RtImage im[N] = {{0}}, scratch = {0};
    float *out = malloc((size_t)3 * 224 * 224 * sizeof *out);
    double best_dec = 1e9, best_aug = 1e9;
    bool ok = out != NULL;
    for (int round = 0; ok && round < ROUNDS; round++) {
        double t0 = now_s();
        for (int i = 0; ok && i < N; i++) {
            rt_image_free(&im[i]);
            ok = rt_image_load(cx, ds->paths[i % ds->n], &im[i]);
        }
        double t1 = now_s();
        for (int i = 0; ok && i < N; i++)
            for (int c = 0; ok && c < 4; c++) {
                RtRng r = {cfg->seed, (uint32_t)round, (uint32_t)i, (uint32_t)c};
                ok = rt_augment_crop(&crops[c], &im[i], &r, cfg->mean, cfg->std, &scratch, out);
            }
        double t2 = now_s();
        if (t1 - t0 < best_dec) best_dec = t1 - t0;
        if (t2 - t1 < best_aug) best_aug = t2 - t1;
    }
    if (ok)
        printf("one thread: decode %.2f ms/img, 4 crops %.2f ms/img (%.1f img/s augmentation alone)\n",
               1000.0 * best_dec / N, 1000.0 * best_aug / N, N / best_aug);
    for (int i = 0; i < N; i++) rt_image_free(&im[i]);
    rt_image_free(&scratch);
    free(out);
    return ok;
}

int main(int argc, char **argv)
{
    int nimg = 256, workers = 1, batches = 8;
    const char *dir = NULL;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (strcmp(argv[i], "--images") == 0) nimg = atoi(argv[i + 1]);
        else if (strcmp(argv[i], "--workers") == 0) workers = atoi(argv[i + 1]);
        else if (strcmp(argv[i], "--batches") == 0) batches = atoi(argv[i + 1]);
        else if (strcmp(argv[i], "--dir") == 0) dir = argv[i + 1];
    }
    char tmp[] = "/tmp/passc_bench_XXXXXX";
    if (!dir && !(dir = mkdtemp(tmp))) { perror("mkdtemp"); return 1; }
    Ctx cx;
    ctx_init(&cx, stderr);
    RtDataset ds;
    if (!write_images(&cx, dir, nimg) || !rt_dataset_open(&cx, dir, &ds)) return 1;
    RtCropSpec crops[4] = {rt_crop_global1(224), rt_crop_global2(224), rt_crop_local(96), rt_crop_local(96)};
    RtLoaderConfig cfg = {.ds = &ds, .crops = crops, .ncrops = 4, .batch = 32, .seed = 0,
                          .workers = workers, .prefetch = 2, .world = 1,
                          .mean = {0.485f, 0.456f, 0.406f}, .std = {0.229f, 0.224f, 0.225f}};
    RtLoader *ld = rt_loader_new(&cx, &cfg);
    if (!ld || !rt_loader_next(ld)) return 1;
    double t0 = now_s();
    for (int b = 0; b < batches; b++)
        if (!rt_loader_next(ld)) return 1;
    double dt = now_s() - t0, ips = batches * 32 / dt;
    printf("data pipeline: 500x375 q90 JPEG -> 2x224 + 2x96 crops: %.1f img/s with %d worker(s),"
           " %.1f img/s per worker (%.2f ms/img)\n", ips, workers, ips / workers, 1000.0 * workers / ips);
    rt_loader_free(ld);
    if (!time_stages(&cx, &ds, crops, &cfg)) return 1;
    rt_dataset_free(&ds);
    ctx_fini(&cx);
    if (dir == tmp) {
        char cmd[64];
        snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmp);
        if (system(cmd) != 0) return 1;
    }
    return 0;
}
