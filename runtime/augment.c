/* augment.c — the multi-crop augmentation of spec section 6, with the
 * integer semantics of PIL (Pillow's libImaging) so that a crop made here
 * is pixel-for-pixel the crop torchvision would make from the same draws.
 *
 * Expects 8-bit RGB images (image.c); produces normalised CHW floats.
 * Each transform is a function of its own so tests can check it against
 * hand-computed values; rt_augment_crop chains them in DINO's order:
 * RandomResizedCrop (bicubic) -> flip -> colour jitter (random order) ->
 * grayscale -> Gaussian blur -> solarize -> ToTensor + Normalize.
 * Randomness is Philox, counter-based (see RtRng in runtime.h), so the
 * result depends on (seed, epoch, image, crop) only, never on threads. */
#include "runtime/runtime.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ----------------------------------------------------------------- rng */

uint32_t rt_rng_word(const RtRng *r, uint32_t n)
{
    uint32_t ctr[4] = {n / 4, r->crop, r->image, r->epoch};
    uint32_t key[2] = {(uint32_t)r->seed, (uint32_t)(r->seed >> 32)};
    uint32_t out[4];
    philox4x32_10(ctr, key, out);
    return out[n % 4];
}

double rt_rng_uniform(const RtRng *r, uint32_t n)
{
    return (double)(rt_rng_word(r, n) >> 8) * 0x1p-24;
}

/* ------------------------------------------------------- crop defaults */

static RtCropSpec crop_base(int size, double lo, double hi)
{
    return (RtCropSpec){
        .size = size, .scale_lo = lo, .scale_hi = hi, .ratio_lo = 3.0 / 4.0,
        .ratio_hi = 4.0 / 3.0, .flip_p = 0.5, .jitter_p = 0.8, .gray_p = 0.2,
        .brightness = 0.4, .contrast = 0.4, .saturation = 0.2, .hue = 0.1,
        .blur_sigma_lo = 0.1, .blur_sigma_hi = 2.0,
    };
}

RtCropSpec rt_crop_global1(int size)
{
    RtCropSpec s = crop_base(size, 0.4, 1.0);
    s.blur_p = 1.0;
    return s;
}

RtCropSpec rt_crop_global2(int size)
{
    RtCropSpec s = crop_base(size, 0.4, 1.0);
    s.blur_p = 0.1;
    s.solarize_p = 0.2;
    return s;
}

RtCropSpec rt_crop_local(int size)
{
    RtCropSpec s = crop_base(size, 0.05, 0.4);
    s.blur_p = 0.5;
    return s;
}

/* ------------------------------------------------- RandomResizedCrop */

RtBox rt_rrc_params(const RtRng *r, int W, int H, double scale_lo, double scale_hi,
                    double ratio_lo, double ratio_hi)
{
    double area = (double)W * H, llo = log(ratio_lo), lhi = log(ratio_hi);
    for (uint32_t t = 0; t < 10; t++) {
        double target = area * (scale_lo + (scale_hi - scale_lo) * rt_rng_uniform(r, RT_DRAW_RRC + 2 * t));
        double ar = exp(llo + (lhi - llo) * rt_rng_uniform(r, RT_DRAW_RRC + 2 * t + 1));
        /* Python's round() is round-half-even, as rint in the default mode. */
        int w = (int)rint(sqrt(target * ar)), h = (int)rint(sqrt(target / ar));
        if (w <= 0 || w > W || h <= 0 || h > H) continue;
        int top = (int)(rt_rng_uniform(r, RT_DRAW_RRC_POS) * (H - h + 1));
        int left = (int)(rt_rng_uniform(r, RT_DRAW_RRC_POS + 1) * (W - w + 1));
        return (RtBox){top, left, h, w};
    }
    double in_ratio = (double)W / H;
    int w = W, h = H;
    if (in_ratio < ratio_lo) h = (int)rint(w / ratio_lo);
    else if (in_ratio > ratio_hi) w = (int)rint(h * ratio_hi);
    return (RtBox){(H - h) / 2, (W - w) / 2, h, w};
}

/* --------------------------------------------------- bicubic (Pillow) */

/* 8 bits of result, 2 of headroom: Pillow's PRECISION_BITS. */
#define RS_BITS (32 - 8 - 2)

typedef struct Coeffs {
    int ksize;
    int *bounds;  /* out_size pairs: first input, count */
    int32_t *k;   /* out_size * ksize fixed-point weights */
} Coeffs;

static double bicubic_filter(double x)
{
    const double a = -0.5;
    if (x < 0.0) x = -x;
    if (x < 1.0) return ((a + 2.0) * x - (a + 3.0)) * x * x + 1;
    if (x < 2.0) return (((x - 5) * x + 8) * x - 4) * a;
    return 0.0;
}

static int32_t coeff_fixed(double w)
{
    return w < 0 ? (int32_t)(-0.5 + w * (1 << RS_BITS)) : (int32_t)(0.5 + w * (1 << RS_BITS));
}

/* Pillow's precompute_coeffs + normalize_coeffs_8bpc for in0 = 0. */
static bool coeffs_make(Coeffs *c, int in_size, int out_size)
{
    double scale = (double)in_size / out_size, filterscale = scale < 1.0 ? 1.0 : scale;
    double support = 2.0 * filterscale;
    c->ksize = (int)ceil(support) * 2 + 1;
    c->bounds = malloc((size_t)out_size * 2 * sizeof *c->bounds);
    c->k = calloc((size_t)out_size * (size_t)c->ksize, sizeof *c->k);
    double *w = malloc((size_t)c->ksize * sizeof *w);
    bool ok = c->bounds && c->k && w;
    for (int xx = 0; ok && xx < out_size; xx++) {
        double center = (xx + 0.5) * scale, ww = 0.0, ss = 1.0 / filterscale;
        int xmin = (int)(center - support + 0.5), xmax = (int)(center + support + 0.5);
        if (xmin < 0) xmin = 0;
        if (xmax > in_size) xmax = in_size;
        xmax -= xmin;
        for (int x = 0; x < xmax; x++) ww += w[x] = bicubic_filter((x + xmin - center + 0.5) * ss);
        for (int x = 0; x < xmax; x++)
            c->k[(size_t)xx * c->ksize + x] = coeff_fixed(ww != 0.0 ? w[x] / ww : w[x]);
        c->bounds[2 * xx] = xmin;
        c->bounds[2 * xx + 1] = xmax;
    }
    free(w);
    return ok;
}

static void coeffs_free(Coeffs *c)
{
    free(c->bounds);
    free(c->k);
}

static uint8_t clip8(int32_t v)
{
    v >>= RS_BITS; /* arithmetic shift, as Pillow's lookup table assumes */
    return (uint8_t)(v < 0 ? 0 : v > 255 ? 255 : v);
}

/* One output sample: sum of n inputs step bytes apart, weighted by k. */
static uint8_t rs_dot(const uint8_t *in, size_t step, const int32_t *k, int n)
{
    int32_t ss = 1 << (RS_BITS - 1);
    for (int x = 0; x < n; x++) ss += in[(size_t)x * step] * k[x];
    return clip8(ss);
}

/* rows x in_w (row stride in_stride bytes) -> rows x out_w, along x. */
static void rs_horizontal(const uint8_t *in, size_t in_stride, int rows, const Coeffs *c,
                          uint8_t *out, int out_w)
{
    for (int y = 0; y < rows; y++) {
        const uint8_t *row = in + (size_t)y * in_stride;
        uint8_t *o = out + (size_t)y * out_w * 3;
        for (int xx = 0; xx < out_w; xx++) {
            const int32_t *k = &c->k[(size_t)xx * c->ksize];
            const uint8_t *p = row + (size_t)c->bounds[2 * xx] * 3;
            for (int ch = 0; ch < 3; ch++) o[xx * 3 + ch] = rs_dot(p + ch, 3, k, c->bounds[2 * xx + 1]);
        }
    }
}

/* in_h rows of w pixels (stride in_stride) -> out_h rows, along y. */
static void rs_vertical(const uint8_t *in, size_t in_stride, int w, const Coeffs *c,
                        uint8_t *out, int out_h)
{
    for (int yy = 0; yy < out_h; yy++) {
        const int32_t *k = &c->k[(size_t)yy * c->ksize];
        const uint8_t *p = in + (size_t)c->bounds[2 * yy] * in_stride;
        uint8_t *o = out + (size_t)yy * w * 3;
        for (int x = 0; x < w * 3; x++) o[x] = rs_dot(p + x, in_stride, k, c->bounds[2 * yy + 1]);
    }
}

/* Pillow resizes horizontally first, then vertically, skipping a pass
 * whose size does not change. */
bool rt_resize_bicubic(const RtImage *src, RtBox box, RtImage *dst)
{
    size_t stride = (size_t)src->w * 3;
    const uint8_t *base = src->px + (size_t)box.top * stride + (size_t)box.left * 3;
    bool need_h = dst->w != box.w, need_v = dst->h != box.h;
    Coeffs ch = {0}, cv = {0};
    uint8_t *tmp = NULL;
    bool ok = (!need_h || coeffs_make(&ch, box.w, dst->w)) && (!need_v || coeffs_make(&cv, box.h, dst->h));
    if (ok && need_h && need_v) ok = (tmp = malloc((size_t)box.h * dst->w * 3)) != NULL;
    if (ok && need_h) rs_horizontal(base, stride, box.h, &ch, need_v ? tmp : dst->px, dst->w);
    if (ok && need_v)
        rs_vertical(need_h ? tmp : base, need_h ? (size_t)dst->w * 3 : stride, dst->w, &cv, dst->px, dst->h);
    for (int y = 0; ok && !need_h && !need_v && y < box.h; y++)
        memcpy(dst->px + (size_t)y * box.w * 3, base + (size_t)y * stride, (size_t)box.w * 3);
    free(tmp);
    coeffs_free(&ch);
    coeffs_free(&cv);
    return ok;
}

/* ------------------------------------------------------ pixel transforms */

void rt_hflip(RtImage *im)
{
    for (int y = 0; y < im->h; y++) {
        uint8_t *row = im->px + (size_t)y * im->w * 3;
        for (int a = 0, b = im->w - 1; a < b; a++, b--)
            for (int c = 0; c < 3; c++) {
                uint8_t t = row[a * 3 + c];
                row[a * 3 + c] = row[b * 3 + c];
                row[b * 3 + c] = t;
            }
    }
}

/* Pillow's ImagingBlend: computed in float (alpha is a C float) and
 * truncated, not rounded. */
static uint8_t blend(int degenerate, int v, float alpha)
{
    float t = (float)degenerate + alpha * (float)(v - degenerate);
    return t <= 0.0f ? 0 : t >= 255.0f ? 255 : (uint8_t)t;
}

/* ITU-R 601-2 luma in Pillow's 16-bit fixed point, rounded. */
uint8_t rt_luma(uint8_t r, uint8_t g, uint8_t b)
{
    return (uint8_t)((r * 19595u + g * 38470u + b * 7471u + 0x8000u) >> 16);
}

void rt_adjust_brightness(RtImage *im, double f)
{
    size_t n = (size_t)im->w * im->h * 3;
    for (size_t i = 0; i < n; i++) im->px[i] = blend(0, im->px[i], (float)f);
}

/* The degenerate image is the mean of the L image, rounded half up. */
void rt_adjust_contrast(RtImage *im, double f)
{
    size_t n = (size_t)im->w * im->h;
    uint64_t sum = 0;
    for (size_t i = 0; i < n; i++) sum += rt_luma(im->px[3 * i], im->px[3 * i + 1], im->px[3 * i + 2]);
    int mean = (int)((double)sum / (double)n + 0.5);
    for (size_t i = 0; i < 3 * n; i++) im->px[i] = blend(mean, im->px[i], (float)f);
}

void rt_adjust_saturation(RtImage *im, double f)
{
    size_t n = (size_t)im->w * im->h;
    for (size_t i = 0; i < n; i++) {
        uint8_t *p = &im->px[3 * i];
        int l = rt_luma(p[0], p[1], p[2]);
        for (int c = 0; c < 3; c++) p[c] = blend(l, p[c], (float)f);
    }
}

static uint8_t clip_u8(int v) { return (uint8_t)(v < 0 ? 0 : v > 255 ? 255 : v); }

/* Pillow's rgb2hsv_row (after colorsys.py), float arithmetic as there. */
static void rgb_to_hsv(const uint8_t *in, uint8_t out[3])
{
    uint8_t r = in[0], g = in[1], b = in[2];
    uint8_t maxc = r > g ? (r > b ? r : b) : (g > b ? g : b);
    uint8_t minc = r < g ? (r < b ? r : b) : (g < b ? g : b);
    out[2] = maxc;
    if (minc == maxc) { out[0] = out[1] = 0; return; }
    float cr = (float)(maxc - minc), s = cr / (float)maxc;
    float rc = (float)(maxc - r) / cr, gc = (float)(maxc - g) / cr, bc = (float)(maxc - b) / cr, h;
    /* 2.0 and 4.0 are doubles in Pillow: the sums are rounded once, to h. */
    if (r == maxc) h = bc - gc;
    else if (g == maxc) h = (float)(2.0 + rc - bc);
    else h = (float)(4.0 + gc - rc);
    h = (float)fmod((h / 6.0 + 1.0), 1.0);
    out[0] = clip_u8((int)(h * 255.0));
    out[1] = clip_u8((int)(s * 255.0));
}

/* Pillow's hsv2rgb. */
static void hsv_to_rgb(const uint8_t in[3], uint8_t *out)
{
    uint8_t h = in[0], s = in[1], v = in[2];
    if (s == 0) { out[0] = out[1] = out[2] = v; return; }
    int i = (int)floor((float)h * 6.0 / 255.0);
    float f = (float)((float)h * 6.0 / 255.0 - (float)i), fs = (float)((float)s / 255.0);
    uint8_t p = clip_u8((int)round((float)v * (1.0 - fs)));
    uint8_t q = clip_u8((int)round((float)v * (1.0 - fs * f)));
    uint8_t t = clip_u8((int)round((float)v * (1.0 - fs * (1.0 - f))));
    const uint8_t tab[6][3] = {{v, t, p}, {q, v, p}, {p, v, t}, {p, q, v}, {t, p, v}, {v, p, q}};
    memcpy(out, tab[i % 6], 3);
}

void rt_adjust_hue(RtImage *im, double hue)
{
    /* np.uint8(hue * 255): the float is truncated toward zero, then
     * wrapped modulo 256. */
    uint8_t shift = (uint8_t)((int)trunc(hue * 255.0) & 255);
    size_t n = (size_t)im->w * im->h;
    for (size_t i = 0; i < n; i++) {
        uint8_t hsv[3];
        rgb_to_hsv(&im->px[3 * i], hsv);
        hsv[0] = (uint8_t)(hsv[0] + shift);
        hsv_to_rgb(hsv, &im->px[3 * i]);
    }
}

void rt_grayscale(RtImage *im)
{
    size_t n = (size_t)im->w * im->h;
    for (size_t i = 0; i < n; i++) {
        uint8_t *p = &im->px[3 * i];
        p[0] = p[1] = p[2] = rt_luma(p[0], p[1], p[2]);
    }
}

void rt_solarize(RtImage *im, int threshold)
{
    size_t n = (size_t)im->w * im->h * 3;
    for (size_t i = 0; i < n; i++)
        if (im->px[i] >= threshold) im->px[i] = (uint8_t)(255 - im->px[i]);
}

/* ------------------------------------------------------ Gaussian blur */

/* Pillow's _gaussian_blur_radius (Gwosdek et al., extended box), in
 * float as there. */
static float box_radius(float radius, int passes)
{
    float sigma2 = radius * radius / passes;
    float L = (float)sqrt(12.0 * sigma2 + 1.0);
    float l = (float)floor((L - 1.0) / 2.0);
    float a = (2 * l + 1) * (l * (l + 1) - 3 * sigma2);
    a /= 6 * (sigma2 - (l + 1) * (l + 1));
    return l + a;
}

typedef struct BoxLine {
    int radius, edge_a, edge_b, last;
    uint32_t ww, fw;
} BoxLine;

/* Pillow's ImagingLineBoxBlur32, one channel of n samples (contiguous). */
static void box_line(const BoxLine *b, const uint8_t *in, uint8_t *out)
{
    int r = b->radius, last = b->last, x;
    uint32_t acc = in[0] * (uint32_t)(r + 1);
    for (x = 0; x < b->edge_a - 1; x++) acc += in[x];
    acc += in[last] * (uint32_t)(r - b->edge_a + 1);
#define BL_STEP(sub, add, left, right)                                   \
    do {                                                                 \
        acc += (uint32_t)(in[add] - in[sub]);                            \
        uint32_t bulk = acc * b->ww + (uint32_t)(in[left] + in[right]) * b->fw; \
        out[x] = (uint8_t)((bulk + (1u << 23)) >> 24);                   \
    } while (0)
    if (b->edge_a <= b->edge_b) {
        for (x = 0; x < b->edge_a; x++) BL_STEP(0, x + r, 0, x + r + 1);
        for (x = b->edge_a; x < b->edge_b; x++) BL_STEP(x - r - 1, x + r, x - r - 1, x + r + 1);
        for (x = b->edge_b; x <= last; x++) BL_STEP(x - r - 1, last, x - r - 1, last);
    } else {
        for (x = 0; x < b->edge_b; x++) BL_STEP(0, x + r, 0, x + r + 1);
        for (x = b->edge_b; x < b->edge_a; x++) BL_STEP(0, last, 0, last);
        for (x = b->edge_a; x <= last; x++) BL_STEP(x - r - 1, last, x - r - 1, last);
    }
#undef BL_STEP
}

static BoxLine box_setup(float fr, int n)
{
    BoxLine b;
    b.radius = (int)fr;
    b.ww = (uint32_t)((float)(1 << 24) / (fr * 2 + 1));
    b.fw = ((1u << 24) - (uint32_t)(b.radius * 2 + 1) * b.ww) / 2;
    b.edge_a = b.radius + 1 < n ? b.radius + 1 : n;
    b.edge_b = n - b.radius - 1 > 0 ? n - b.radius - 1 : 0;
    b.last = n - 1;
    return b;
}

/* passes box blurs of every line of n samples step bytes apart, for
 * count lines line_step bytes apart; one channel at a time. */
static void box_lines(uint8_t *px, int n, size_t step, int count, size_t line_step, float fr,
                      int passes, uint8_t *a, uint8_t *b)
{
    BoxLine bl = box_setup(fr, n);
    for (int l = 0; l < count; l++)
        for (int c = 0; c < 3; c++) {
            uint8_t *p = px + (size_t)l * line_step + c;
            for (int i = 0; i < n; i++) a[i] = p[(size_t)i * step];
            for (int k = 0; k < passes; k++) {
                box_line(&bl, a, b);
                uint8_t *t = a; a = b; b = t;
            }
            for (int i = 0; i < n; i++) p[(size_t)i * step] = a[i];
        }
}

bool rt_gaussian_blur(RtImage *im, double radius)
{
    const int passes = 3;
    float r = box_radius((float)radius, passes);
    if (r == 0) return true;
    int n = im->w > im->h ? im->w : im->h;
    uint8_t *a = malloc((size_t)n), *b = malloc((size_t)n);
    if (a && b) {
        box_lines(im->px, im->w, 3, im->h, (size_t)im->w * 3, r, passes, a, b); /* rows */
        box_lines(im->px, im->h, (size_t)im->w * 3, im->w, 3, r, passes, a, b); /* columns */
    }
    bool ok = a && b;
    free(a);
    free(b);
    return ok;
}

/* ------------------------------------------------------------ tensor */

void rt_to_tensor(const RtImage *im, const float mean[3], const float std[3], float *out)
{
    size_t n = (size_t)im->w * im->h;
    for (int c = 0; c < 3; c++)
        for (size_t i = 0; i < n; i++)
            out[c * n + i] = ((float)im->px[3 * i + c] / 255.0f - mean[c]) / std[c];
}

/* ---------------------------------------------------------- pipeline */

/* torchvision ColorJitter: the four ops in a random order, each with its
 * own factor; an op with strength 0 is left out. */
static void color_jitter(const RtCropSpec *s, const RtRng *r, RtImage *im)
{
    int order[4] = {0, 1, 2, 3};
    for (int i = 3; i > 0; i--) {
        int j = (int)(rt_rng_uniform(r, RT_DRAW_JITTER_PERM + 3 - i) * (i + 1));
        int t = order[i]; order[i] = order[j]; order[j] = t;
    }
    const double strength[4] = {s->brightness, s->contrast, s->saturation, s->hue};
    for (int k = 0; k < 4; k++) {
        int op = order[k];
        double st = strength[op], u = rt_rng_uniform(r, RT_DRAW_JITTER_FACTOR + op);
        if (st <= 0) continue;
        double lo = op == 3 ? -st : (1 - st > 0 ? 1 - st : 0), hi = op == 3 ? st : 1 + st;
        double f = lo + (hi - lo) * u;
        if (op == 0) rt_adjust_brightness(im, f);
        else if (op == 1) rt_adjust_contrast(im, f);
        else if (op == 2) rt_adjust_saturation(im, f);
        else rt_adjust_hue(im, f);
    }
}

bool rt_augment_crop(const RtCropSpec *s, const RtImage *src, const RtRng *r,
                     const float mean[3], const float std[3], RtImage *scratch, float *out)
{
    if (scratch->w != s->size || scratch->h != s->size) {
        rt_image_free(scratch);
        if (!rt_image_alloc(scratch, s->size, s->size)) return false;
    }
    RtBox box = rt_rrc_params(r, src->w, src->h, s->scale_lo, s->scale_hi, s->ratio_lo, s->ratio_hi);
    if (!rt_resize_bicubic(src, box, scratch)) return false;
    if (rt_rng_uniform(r, RT_DRAW_FLIP) < s->flip_p) rt_hflip(scratch);
    if (rt_rng_uniform(r, RT_DRAW_JITTER) < s->jitter_p) color_jitter(s, r, scratch);
    if (rt_rng_uniform(r, RT_DRAW_GRAY) < s->gray_p) rt_grayscale(scratch);
    if (rt_rng_uniform(r, RT_DRAW_BLUR) < s->blur_p) {
        double sigma = s->blur_sigma_lo + (s->blur_sigma_hi - s->blur_sigma_lo) *
                                              rt_rng_uniform(r, RT_DRAW_BLUR + 1);
        if (!rt_gaussian_blur(scratch, sigma)) return false;
    }
    if (rt_rng_uniform(r, RT_DRAW_SOLARIZE) < s->solarize_p) rt_solarize(scratch, 128);
    rt_to_tensor(scratch, mean, std, out);
    return true;
}
