/* test_image.c — decoding JPEG and PNG files made here (TurboJPEG and
 * libpng encoders) to RGB: every PNG colour type, gray JPEG, and clean
 * failures on truncated, garbage and missing files. */
#include "testutil.h"
#include "runtime/runtime.h"

#include <png.h>
#include <stdlib.h>
#include <string.h>

static char tmpdir[64];

static void setup(void)
{
    snprintf(tmpdir, sizeof tmpdir, "/tmp/passc_img_XXXXXX");
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
    static char buf[128];
    snprintf(buf, sizeof buf, "%s/%s", tmpdir, name);
    return buf;
}

/* A 16x8 image: left half (200, 40, 10), right half (20, 90, 240). */
static void two_tone(uint8_t *px)
{
    for (int y = 0; y < 8; y++)
        for (int x = 0; x < 16; x++) {
            uint8_t *p = px + (y * 16 + x) * 3;
            p[0] = x < 8 ? 200 : 20;
            p[1] = x < 8 ? 40 : 90;
            p[2] = x < 8 ? 10 : 240;
        }
}

static void load_ok(TestCtx *t, const char *path, RtImage *im, int w, int h)
{
    ck_assert_msg(rt_image_load(&t->cx, path, im), "%s", tc_diag(t));
    ck_assert_int_eq(im->w, w);
    ck_assert_int_eq(im->h, h);
}

START_TEST(t_png_rgb_exact)
{
    TestCtx t;
    tc_init(&t);
    uint8_t px[16 * 8 * 3];
    two_tone(px);
    ck_assert(rt_image_write_png(&t.cx, tmp("a.png"), px, 16, 8, 3));
    RtImage im;
    load_ok(&t, tmp("a.png"), &im, 16, 8);
    ck_assert(memcmp(im.px, px, sizeof px) == 0);
    rt_image_free(&im);
    tc_fini(&t);
}
END_TEST

START_TEST(t_png_gray_and_rgba)
{
    TestCtx t;
    tc_init(&t);
    uint8_t g[4] = {0, 77, 128, 255}, rgba[8] = {10, 20, 30, 0, 40, 50, 60, 128};
    ck_assert(rt_image_write_png(&t.cx, tmp("g.png"), g, 2, 2, 1));
    ck_assert(rt_image_write_png(&t.cx, tmp("ga.png"), g, 2, 1, 2)); /* gray + alpha */
    ck_assert(rt_image_write_png(&t.cx, tmp("rgba.png"), rgba, 2, 1, 4));
    RtImage im;
    load_ok(&t, tmp("g.png"), &im, 2, 2);
    for (int i = 0; i < 4; i++)
        for (int c = 0; c < 3; c++) ck_assert_int_eq(im.px[3 * i + c], g[i]); /* replicated */
    rt_image_free(&im);
    load_ok(&t, tmp("ga.png"), &im, 2, 1);
    const uint8_t want_ga[6] = {0, 0, 0, 128, 128, 128}; /* gray 0 and 128; alpha 77, 255 dropped */
    ck_assert(memcmp(im.px, want_ga, 6) == 0);
    rt_image_free(&im);
    load_ok(&t, tmp("rgba.png"), &im, 2, 1);
    const uint8_t want[6] = {10, 20, 30, 40, 50, 60}; /* alpha dropped, not composited */
    ck_assert(memcmp(im.px, want, 6) == 0);
    rt_image_free(&im);
    tc_fini(&t);
}
END_TEST

/* Writes a PNG with libpng directly: bit depth and colour type of choice. */
static void write_raw_png(const char *path, int w, int h, int depth, int type,
                          const png_color *pal, int npal, const uint8_t *rows)
{
    FILE *f = fopen(path, "wb");
    ck_assert_ptr_nonnull(f);
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
    png_infop info = png_create_info_struct(png);
    ck_assert(png && info);
    ck_assert_int_eq(setjmp(png_jmpbuf(png)), 0);
    png_init_io(png, f);
    png_set_IHDR(png, info, (png_uint_32)w, (png_uint_32)h, depth, type, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    if (pal) png_set_PLTE(png, info, pal, npal);
    png_write_info(png, info);
    size_t stride = png_get_rowbytes(png, info);
    for (int y = 0; y < h; y++) png_write_row(png, rows + y * stride);
    png_write_end(png, NULL);
    png_destroy_write_struct(&png, &info);
    fclose(f);
}

START_TEST(t_png_16bit_and_palette)
{
    TestCtx t;
    tc_init(&t);
    /* 16-bit RGB, big-endian samples: 0x12ff -> 0x12, 0xab01 -> 0xab. */
    const uint8_t rgb16[12] = {0x12, 0xff, 0xab, 0x01, 0x00, 0x80, 0xff, 0xff, 0x00, 0x00, 0x7f, 0xff};
    write_raw_png(tmp("d16.png"), 2, 1, 16, PNG_COLOR_TYPE_RGB, NULL, 0, rgb16);
    RtImage im;
    load_ok(&t, tmp("d16.png"), &im, 2, 1);
    const uint8_t want16[6] = {0x12, 0xab, 0x00, 0xff, 0x00, 0x7f};
    ck_assert(memcmp(im.px, want16, 6) == 0);
    rt_image_free(&im);
    /* 2-bit palette: indices 3, 0, 1, 2 packed in one byte (0b11000110). */
    const png_color pal[4] = {{1, 2, 3}, {40, 50, 60}, {255, 0, 128}, {9, 8, 7}};
    const uint8_t idx[1] = {0xC6};
    write_raw_png(tmp("pal.png"), 4, 1, 2, PNG_COLOR_TYPE_PALETTE, pal, 4, idx);
    load_ok(&t, tmp("pal.png"), &im, 4, 1);
    const uint8_t wantp[12] = {9, 8, 7, 1, 2, 3, 40, 50, 60, 255, 0, 128};
    ck_assert(memcmp(im.px, wantp, 12) == 0);
    rt_image_free(&im);
    tc_fini(&t);
}
END_TEST

START_TEST(t_jpeg_rgb_and_gray)
{
    TestCtx t;
    tc_init(&t);
    uint8_t px[16 * 8 * 3];
    two_tone(px);
    ck_assert(rt_image_write_jpeg(&t.cx, tmp("a.jpg"), px, 16, 8, 3, 98));
    RtImage im;
    load_ok(&t, tmp("a.jpg"), &im, 16, 8);
    /* Lossy, but flat 8x8 blocks away from the colour edge come back close;
     * 4:2:0 chroma blurs only the columns next to the edge. */
    for (int y = 0; y < 8; y++)
        for (int x = 0; x < 16; x++) {
            if (x >= 6 && x <= 9) continue;
            for (int c = 0; c < 3; c++)
                ck_assert_msg(abs(im.px[(y * 16 + x) * 3 + c] - px[(y * 16 + x) * 3 + c]) <= 6,
                              "pixel %d,%d ch %d: %d vs %d", x, y, c, im.px[(y * 16 + x) * 3 + c],
                              px[(y * 16 + x) * 3 + c]);
        }
    rt_image_free(&im);
    uint8_t g[8 * 8];
    for (int i = 0; i < 64; i++) g[i] = 100;
    ck_assert(rt_image_write_jpeg(&t.cx, tmp("g.JPG"), g, 8, 8, 1, 95));
    load_ok(&t, tmp("g.JPG"), &im, 8, 8);
    for (int i = 0; i < 64 * 3; i++) ck_assert_int_eq(im.px[i], 100); /* a flat block is exact */
    rt_image_free(&im);
    tc_fini(&t);
}
END_TEST

/* Decodes the first n bytes of a file made by encoding px. */
static bool decode_prefix(const char *path, size_t keep, char *err, size_t nerr)
{
    uint8_t *buf;
    size_t len;
    ck_assert(rt_file_read(path, &buf, &len, err, nerr));
    ck_assert_uint_gt(len, keep);
    RtImage im;
    bool ok = rt_image_decode(buf, keep, &im, err, nerr);
    if (ok) rt_image_free(&im);
    free(buf);
    return ok;
}

START_TEST(t_corrupt_files)
{
    TestCtx t;
    tc_init(&t);
    uint8_t px[64 * 64 * 3];
    for (int i = 0; i < (int)sizeof px; i++) px[i] = (uint8_t)(i * 7 + i / 192);
    ck_assert(rt_image_write_jpeg(&t.cx, tmp("big.jpg"), px, 64, 64, 3, 90));
    ck_assert(rt_image_write_png(&t.cx, tmp("big.png"), px, 64, 64, 3));
    char err[256];
    ck_assert(!decode_prefix(tmp("big.jpg"), 600, err, sizeof err));
    ck_assert_msg(strstr(err, "JPEG"), "%s", err);
    ck_assert(!decode_prefix(tmp("big.jpg"), 2, err, sizeof err));
    ck_assert_str_eq(err, "neither a JPEG nor a PNG file");
    ck_assert(!decode_prefix(tmp("big.png"), 500, err, sizeof err));
    ck_assert_msg(strstr(err, "corrupt PNG"), "%s", err);
    ck_assert(!decode_prefix(tmp("big.png"), 20, err, sizeof err));
    ck_assert_msg(strstr(err, "corrupt PNG"), "%s", err);
    /* Cut inside the IEND chunk: all pixels decode, png_read_end fails. */
    FILE *f = fopen(tmp("big.png"), "rb");
    ck_assert_ptr_nonnull(f);
    ck_assert_int_eq(fseek(f, 0, SEEK_END), 0);
    long n = ftell(f);
    ck_assert_int_eq(fclose(f), 0);
    ck_assert(!decode_prefix(tmp("big.png"), (size_t)n - 6, err, sizeof err));
    ck_assert_msg(strstr(err, "corrupt PNG"), "%s", err);
    RtImage im;
    const uint8_t garbage[4] = {'G', 'I', 'F', '8'};
    ck_assert(!rt_image_decode(garbage, 4, &im, err, sizeof err));
    ck_assert(!rt_image_decode(garbage, 0, &im, err, sizeof err));
    ck_assert_str_eq(err, "empty file");
    ck_assert(!rt_image_load(&t.cx, tmp("missing.png"), &im));
    char want[512];
    snprintf(want, sizeof want, "%s: error: cannot open: No such file or directory\n", tmp("missing.png"));
    ck_assert_str_eq(tc_diag(&t), want);
    tc_fini(&t);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("image");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, t_png_rgb_exact);
    tcase_add_test(tc, t_png_gray_and_rgba);
    tcase_add_test(tc, t_png_16bit_and_palette);
    tcase_add_test(tc, t_jpeg_rgb_and_gray);
    tcase_add_test(tc, t_corrupt_files);
    suite_add_tcase(s, tc);
    return tc_run_suite(s);
}
