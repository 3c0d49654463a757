/* test_augment.c — the transforms of spec section 6 against values
 * computed by hand from Pillow's integer formulas (and cross-checked with
 * Pillow 13 itself), and the random decisions of the pipeline against
 * their probabilities over many draws. */
#include "testutil.h"
#include "runtime/runtime.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static RtImage img_new(int w, int h, const uint8_t *px)
{
    RtImage im;
    ck_assert(rt_image_alloc(&im, w, h));
    if (px) memcpy(im.px, px, (size_t)w * h * 3);
    return im;
}

static void img_fill(RtImage *im, uint8_t r, uint8_t g, uint8_t b)
{
    for (int i = 0; i < im->w * im->h; i++) {
        im->px[3 * i] = r;
        im->px[3 * i + 1] = g;
        im->px[3 * i + 2] = b;
    }
}

static void expect_px(const RtImage *im, const uint8_t *want, int n)
{
    for (int i = 0; i < n; i++)
        ck_assert_msg(im->px[i] == want[i], "byte %d: got %d want %d", i, im->px[i], want[i]);
}

START_TEST(t_grayscale_luma)
{
    /* L = (19595 R + 38470 G + 7471 B + 2^15) >> 16, i.e. 0.299/0.587/0.114
     * rounded: (100,150,200) -> 141.25 -> 141 (truncating /1000 gives 140). */
    ck_assert_int_eq(rt_luma(100, 150, 200), 141);
    ck_assert_int_eq(rt_luma(255, 0, 0), 76);
    ck_assert_int_eq(rt_luma(0, 255, 0), 150);
    ck_assert_int_eq(rt_luma(0, 0, 255), 29);
    ck_assert_int_eq(rt_luma(255, 255, 255), 255);
    uint8_t px[6] = {100, 150, 200, 255, 0, 0};
    RtImage im = img_new(2, 1, px);
    rt_grayscale(&im);
    const uint8_t want[6] = {141, 141, 141, 76, 76, 76};
    expect_px(&im, want, 6);
    rt_image_free(&im);
}
END_TEST

START_TEST(t_brightness_truncates)
{
    /* blend with black: v * f in float, truncated: 101 * 0.61 = 61.61 -> 61,
     * 200 * 1.37 = 274 -> 255, 100 * 0.61 -> 61. */
    uint8_t px[3] = {101, 200, 100};
    RtImage im = img_new(1, 1, px);
    rt_adjust_brightness(&im, 0.61);
    const uint8_t w1[3] = {61, 122, 61};
    expect_px(&im, w1, 3);
    memcpy(im.px, px, 3);
    rt_adjust_brightness(&im, 1.37);
    const uint8_t w2[3] = {138, 255, 137}; /* 138.37, 274, 137 */
    expect_px(&im, w2, 3);
    rt_image_free(&im);
}
END_TEST

START_TEST(t_contrast_mean)
{
    /* L values 0 and 255: mean 127.5 -> int(128.0) = 128; factor 0.5:
     * 128 + 0.5 (0 - 128) = 64, 128 + 0.5 (255 - 128) = 191.5 -> 191. */
    uint8_t px[6] = {0, 0, 0, 255, 255, 255};
    RtImage im = img_new(2, 1, px);
    rt_adjust_contrast(&im, 0.5);
    const uint8_t want[6] = {64, 64, 64, 191, 191, 191};
    expect_px(&im, want, 6);
    rt_image_free(&im);
}
END_TEST

START_TEST(t_saturation_blend_with_gray)
{
    /* (100,150,200), L = 141, factor 0.5: 120.5, 145.5, 170.5 -> 120, 145, 170;
     * factor 1.2: 141 + 1.2 * (-41, 9, 59) = 91.8, 151.8, 211.8 -> 91, 151, 211. */
    uint8_t px[3] = {100, 150, 200};
    RtImage im = img_new(1, 1, px);
    rt_adjust_saturation(&im, 0.5);
    const uint8_t w1[3] = {120, 145, 170};
    expect_px(&im, w1, 3);
    memcpy(im.px, px, 3);
    rt_adjust_saturation(&im, 1.2);
    const uint8_t w2[3] = {91, 151, 211};
    expect_px(&im, w2, 3);
    rt_image_free(&im);
}
END_TEST

START_TEST(t_hue_shift)
{
    /* Pure red is H 0: +0.1 shifts H by uint8(25.5) = 25; back to RGB,
     * i = 0, f = 25*6/255, t = round(255 f) = 150 -> (255, 150, 0).
     * -0.1 shifts by uint8(-25) = 231: i = 5, f = 0.435,
     * q = round(255 (1 - f)) = 144 -> (255, 0, 144).  The other two pixels
     * are Pillow 13's output for torchvision's adjust_hue. */
    uint8_t px[9] = {255, 0, 0, 10, 200, 60, 100, 150, 200};
    RtImage im = img_new(3, 1, px);
    rt_adjust_hue(&im, 0.1);
    const uint8_t w1[9] = {255, 150, 0, 10, 200, 171, 107, 100, 200};
    expect_px(&im, w1, 9);
    memcpy(im.px, px, 9);
    rt_adjust_hue(&im, -0.1);
    const uint8_t w2[9] = {255, 0, 144, 73, 200, 10, 100, 200, 189};
    expect_px(&im, w2, 9);
    memcpy(im.px, px, 9);
    rt_adjust_hue(&im, 0.0); /* PIL's 8-bit HSV round trip is lossy, as here */
    const uint8_t w0[9] = {255, 0, 0, 10, 200, 59, 100, 152, 200};
    expect_px(&im, w0, 9);
    rt_image_free(&im);
}
END_TEST

START_TEST(t_solarize)
{
    uint8_t px[6] = {0, 127, 128, 129, 200, 255};
    RtImage im = img_new(2, 1, px);
    rt_solarize(&im, 128);
    const uint8_t want[6] = {0, 127, 127, 126, 55, 0};
    expect_px(&im, want, 6);
    rt_image_free(&im);
}
END_TEST

/* A 9x1 row, white in the middle; returns the blurred red channel. */
static void blur_row(double radius, uint8_t out[9])
{
    RtImage im = img_new(9, 1, NULL);
    img_fill(&im, 0, 0, 0);
    im.px[4 * 3] = im.px[4 * 3 + 1] = im.px[4 * 3 + 2] = 255;
    ck_assert(rt_gaussian_blur(&im, radius));
    for (int i = 0; i < 9; i++) {
        out[i] = im.px[3 * i];
        ck_assert(im.px[3 * i + 1] == out[i] && im.px[3 * i + 2] == out[i]);
    }
    rt_image_free(&im);
}

START_TEST(t_gaussian_blur_reference)
{
    /* Pillow 13 ImageFilter.GaussianBlur on the same rows and square.
     * Radius 1: sigma^2/3 per pass gives box radius l + a = 0.3849...,
     * so each pass mixes a pixel with 0.278 of each neighbour. */
    const uint8_t r05[9] = {0, 0, 1, 27, 199, 27, 1, 0, 0};
    const uint8_t r1[9] = {0, 1, 14, 60, 103, 60, 14, 1, 0};
    const uint8_t r2[9] = {9, 18, 32, 44, 49, 44, 32, 18, 9};
    uint8_t got[9];
    blur_row(0.5, got);
    ck_assert(memcmp(got, r05, 9) == 0);
    blur_row(1.0, got);
    ck_assert(memcmp(got, r1, 9) == 0);
    blur_row(2.0, got);
    ck_assert(memcmp(got, r2, 9) == 0);
    RtImage sq = img_new(5, 5, NULL);
    img_fill(&sq, 0, 0, 0);
    sq.px[12 * 3] = 200;
    ck_assert(rt_gaussian_blur(&sq, 1.0));
    const uint8_t want[25] = {0, 2, 5, 2, 0, 2, 11, 19, 11, 2, 4, 19, 33, 19, 4,
                              2, 11, 19, 11, 2, 0, 2, 5, 2, 0};
    for (int i = 0; i < 25; i++) ck_assert_int_eq(sq.px[3 * i], want[i]);
    img_fill(&sq, 77, 77, 77);
    ck_assert(rt_gaussian_blur(&sq, 1.7)); /* flat stays flat */
    for (int i = 0; i < 75; i++) ck_assert_int_eq(sq.px[i], 77);
    rt_image_free(&sq);
}
END_TEST

/* A 6x1 gray ramp resized by PIL bicubic (a = -0.5). */
static void resize_ramp(RtBox box, int out_w, uint8_t *got)
{
    const uint8_t ramp[6] = {0, 60, 120, 180, 240, 250};
    RtImage src = img_new(6, 1, NULL), dst = img_new(out_w, 1, NULL);
    for (int i = 0; i < 6; i++) src.px[3 * i] = src.px[3 * i + 1] = src.px[3 * i + 2] = ramp[i];
    ck_assert(rt_resize_bicubic(&src, box, &dst));
    for (int i = 0; i < out_w; i++) got[i] = dst.px[3 * i];
    rt_image_free(&src);
    rt_image_free(&dst);
}

START_TEST(t_resize_bicubic_reference)
{
    /* 6 -> 3: scale 2, support 4; output 0 centres at 1.0 and takes inputs
     * 0..4 with weights k((x - 0.5)/2) = .8672 .8672 .2266 -.0703 -.0234,
     * normalised by their sum 1.8672: 60.94 / 1.8672 = 32.6 -> 33. */
    uint8_t got[9];
    resize_ramp((RtBox){0, 0, 1, 6}, 3, got);
    const uint8_t w3[3] = {33, 152, 244};
    ck_assert(memcmp(got, w3, 3) == 0);
    resize_ramp((RtBox){0, 0, 1, 6}, 4, got);
    const uint8_t w4[4] = {17, 103, 199, 250}; /* Pillow 13 */
    ck_assert(memcmp(got, w4, 4) == 0);
    resize_ramp((RtBox){0, 0, 1, 6}, 9, got);
    const uint8_t w9[9] = {0, 25, 70, 110, 150, 191, 233, 249, 251}; /* Pillow 13 */
    ck_assert(memcmp(got, w9, 9) == 0);
    /* The crop's own edges clamp the filter, not the image's (crop, then resize). */
    resize_ramp((RtBox){0, 1, 1, 4}, 2, got);
    ck_assert_int_eq(got[0], 95);
    ck_assert_int_eq(got[1], 205);
    resize_ramp((RtBox){0, 1, 1, 4}, 4, got); /* same size: a copy */
    const uint8_t wc[4] = {60, 120, 180, 240};
    ck_assert(memcmp(got, wc, 4) == 0);
}
END_TEST

START_TEST(t_to_tensor_layout)
{
    uint8_t px[6] = {255, 0, 51, 0, 255, 102};
    RtImage im = img_new(2, 1, px);
    const float mean[3] = {0.485f, 0.456f, 0.406f}, std[3] = {0.229f, 0.224f, 0.225f};
    float out[6];
    rt_to_tensor(&im, mean, std, out);
    /* CHW: channel 0 holds both pixels' red, then green, then blue. */
    ck_assert_float_eq_tol(out[0], (1.0f - 0.485f) / 0.229f, 1e-6f);
    ck_assert_float_eq_tol(out[1], -0.485f / 0.229f, 1e-6f);
    ck_assert_float_eq_tol(out[2], -0.456f / 0.224f, 1e-6f);
    ck_assert_float_eq_tol(out[3], (1.0f - 0.456f) / 0.224f, 1e-6f);
    ck_assert_float_eq_tol(out[4], (0.2f - 0.406f) / 0.225f, 1e-6f);
    ck_assert_float_eq_tol(out[5], (0.4f - 0.406f) / 0.225f, 1e-6f);
    rt_image_free(&im);
}
END_TEST

START_TEST(t_rrc_ranges)
{
    const int W = 500, H = 375, N = 20000;
    double sum_log_ratio = 0, sum_scale = 0;
    for (int i = 0; i < N; i++) {
        RtRng r = {7, 0, (uint32_t)i, 0};
        RtBox b = rt_rrc_params(&r, W, H, 0.05, 0.4, 3.0 / 4.0, 4.0 / 3.0);
        ck_assert(b.top >= 0 && b.left >= 0 && b.top + b.h <= H && b.left + b.w <= W);
        double scale = (double)b.w * b.h / (W * H), ratio = (double)b.w / b.h;
        /* rounding w and h moves the area and ratio a little past the ranges */
        ck_assert_msg(scale > 0.05 * 0.97 && scale < 0.4 * 1.03, "scale %g", scale);
        ck_assert_msg(ratio > 0.75 * 0.98 && ratio < 4.0 / 3.0 * 1.02, "ratio %g", ratio);
        sum_log_ratio += log(ratio);
        sum_scale += scale;
    }
    /* log-ratio is uniform around 0; the scale is uniform, mean 0.225 */
    ck_assert_msg(fabs(sum_log_ratio / N) < 0.01, "mean log ratio %g", sum_log_ratio / N);
    ck_assert_msg(fabs(sum_scale / N - 0.225) < 0.005, "mean scale %g", sum_scale / N);
}
END_TEST

START_TEST(t_rrc_fallback)
{
    /* A 1000x10 strip can never hold a 0.9-area crop of ratio <= 4/3: the
     * centre crop of ratio 4/3 is taken, h = 10, w = round(13.33) = 13. */
    RtRng r = {1, 2, 3, 4};
    RtBox b = rt_rrc_params(&r, 1000, 10, 0.9, 1.0, 3.0 / 4.0, 4.0 / 3.0);
    ck_assert_int_eq(b.h, 10);
    ck_assert_int_eq(b.w, 13);
    ck_assert_int_eq(b.top, 0);
    ck_assert_int_eq(b.left, 493);
    b = rt_rrc_params(&r, 10, 1000, 0.9, 1.0, 3.0 / 4.0, 4.0 / 3.0);
    ck_assert(b.w == 10 && b.h == 13 && b.top == 493 && b.left == 0);
}
END_TEST

/* A crop spec with every random transform off and an identity crop. */
static RtCropSpec plain_spec(int size)
{
    RtCropSpec s = rt_crop_local(size);
    s.scale_lo = s.scale_hi = 1.0;
    s.ratio_lo = s.ratio_hi = 1.0;
    s.flip_p = s.jitter_p = s.gray_p = s.blur_p = s.solarize_p = 0;
    return s;
}

/* Fraction of N crops (image keys 0..N-1) whose first output value is
 * not `unchanged` (the normalised value of the untouched pixel). */
static double rate_changed(const RtCropSpec *s, const RtImage *src, int N, float unchanged)
{
    const float mean[3] = {0, 0, 0}, std[3] = {1, 1, 1};
    float *out = malloc(sizeof(float) * 3 * s->size * s->size);
    RtImage scratch = {0};
    int changed = 0;
    for (int i = 0; i < N; i++) {
        RtRng r = {42, 1, (uint32_t)i, 3};
        ck_assert(rt_augment_crop(s, src, &r, mean, std, &scratch, out));
        changed += out[0] != unchanged;
    }
    rt_image_free(&scratch);
    free(out);
    return (double)changed / N;
}

START_TEST(t_flip_rate)
{
    RtImage src = img_new(4, 4, NULL); /* left half black, right half white */
    for (int i = 0; i < 16; i++) memset(&src.px[3 * i], (i % 4) < 2 ? 0 : 255, 3);
    RtCropSpec s = plain_spec(4);
    s.flip_p = 0.5;
    double rate = rate_changed(&s, &src, 4000, 0.0f); /* flipped: top-left is white */
    ck_assert_msg(fabs(rate - 0.5) < 0.03, "flip rate %g", rate); /* 3.8 sigma */
    s.flip_p = 0;
    ck_assert(rate_changed(&s, &src, 200, 0.0f) == 0.0);
    rt_image_free(&src);
}
END_TEST

START_TEST(t_jitter_gray_solarize_rates)
{
    RtImage src = img_new(2, 2, NULL);
    img_fill(&src, 200, 60, 30);
    RtCropSpec s = plain_spec(2);
    s.jitter_p = 0.8;
    s.contrast = s.saturation = s.hue = 0;
    /* brightness f ~ U[0.6, 1.4]: red stays 200 only for f in [1, 1.005),
     * so the expected change rate is 0.8 * (1 - 0.00625) = 0.795. */
    double rate = rate_changed(&s, &src, 4000, 200.0f / 255.0f);
    ck_assert_msg(fabs(rate - 0.795) < 0.025, "jitter rate %g", rate);
    s = plain_spec(2);
    s.gray_p = 0.2; /* gray red = L(200,60,30) = 98 */
    rate = rate_changed(&s, &src, 4000, 200.0f / 255.0f);
    ck_assert_msg(fabs(rate - 0.2) < 0.025, "gray rate %g", rate);
    s = rt_crop_global2(2); /* solarize p = 0.2 */
    s.scale_lo = s.scale_hi = s.ratio_lo = s.ratio_hi = 1.0;
    s.flip_p = s.jitter_p = s.gray_p = s.blur_p = 0;
    rate = rate_changed(&s, &src, 4000, 200.0f / 255.0f);
    ck_assert_msg(fabs(rate - 0.2) < 0.025, "solarize rate %g", rate);
    rt_image_free(&src);
}
END_TEST

START_TEST(t_jitter_factor_range)
{
    /* brightness alone on gray 100: out = trunc(100 f), f ~ U[0.6, 1.4]. */
    RtImage src = img_new(1, 1, NULL);
    img_fill(&src, 100, 100, 100);
    RtCropSpec s = plain_spec(1);
    s.jitter_p = 1.0;
    s.contrast = s.saturation = s.hue = 0;
    const float mean[3] = {0, 0, 0}, std[3] = {1, 1, 1};
    RtImage scratch = {0};
    double sum = 0, lo = 255, hi = 0;
    const int N = 4000;
    for (int i = 0; i < N; i++) {
        RtRng r = {9, 0, (uint32_t)i, 0};
        float out[3];
        ck_assert(rt_augment_crop(&s, &src, &r, mean, std, &scratch, out));
        double v = out[0] * 255.0;
        sum += v;
        lo = v < lo ? v : lo;
        hi = v > hi ? v : hi;
    }
    ck_assert(lo >= 59.9 && lo < 61.5 && hi > 138.5 && hi <= 140.1);
    ck_assert_msg(fabs(sum / N - 99.5) < 1.0, "mean %g", sum / N); /* E trunc(100 f) = 99.5 */
    rt_image_free(&scratch);
    rt_image_free(&src);
}
END_TEST

START_TEST(t_pipeline_deterministic)
{
    RtImage src = img_new(40, 30, NULL);
    for (int i = 0; i < 40 * 30 * 3; i++) src.px[i] = (uint8_t)(i * 37 + i / 7);
    RtCropSpec s = rt_crop_global1(16);
    const float mean[3] = {0.485f, 0.456f, 0.406f}, std[3] = {0.229f, 0.224f, 0.225f};
    float a[3 * 16 * 16], b[3 * 16 * 16], c[3 * 16 * 16];
    RtImage scratch = {0};
    RtRng r = {5, 1, 2, 0}, r2 = {5, 1, 2, 1};
    ck_assert(rt_augment_crop(&s, &src, &r, mean, std, &scratch, a));
    ck_assert(rt_augment_crop(&s, &src, &r2, mean, std, &scratch, c));
    ck_assert(rt_augment_crop(&s, &src, &r, mean, std, &scratch, b));
    ck_assert(memcmp(a, b, sizeof a) == 0);
    ck_assert(memcmp(a, c, sizeof a) != 0); /* another crop index, other draws */
    rt_image_free(&scratch);
    rt_image_free(&src);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("augment");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 20);
    tcase_add_test(tc, t_grayscale_luma);
    tcase_add_test(tc, t_brightness_truncates);
    tcase_add_test(tc, t_contrast_mean);
    tcase_add_test(tc, t_saturation_blend_with_gray);
    tcase_add_test(tc, t_hue_shift);
    tcase_add_test(tc, t_solarize);
    tcase_add_test(tc, t_gaussian_blur_reference);
    tcase_add_test(tc, t_resize_bicubic_reference);
    tcase_add_test(tc, t_to_tensor_layout);
    tcase_add_test(tc, t_rrc_ranges);
    tcase_add_test(tc, t_rrc_fallback);
    tcase_add_test(tc, t_flip_rate);
    tcase_add_test(tc, t_jitter_gray_solarize_rates);
    tcase_add_test(tc, t_jitter_factor_range);
    tcase_add_test(tc, t_pipeline_deterministic);
    suite_add_tcase(s, tc);
    return tc_run_suite(s);
}
