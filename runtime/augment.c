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

/* ------------------------------------------------------ speed notes */

/* The kernels below keep Pillow's arithmetic exactly and change only the
 * order in which independent samples are visited.  Loops over BLK
 * neighbouring bytes have a constant trip count because GCC's -O2 cost
 * model vectorises only such loops; a scalar tail finishes each row.
 * Separable filters work along y, on whole rows at a time (contiguous,
 * vectorisable); a pass along x becomes one along y by transposing. */
enum { BLK = 32 };

/* The integer kernels (resampling, box blur) multiply 32-bit lanes, which
 * baseline x86-64 (SSE2) lacks; on x86-64 they are also compiled for
 * AVX2 and picked at run time.  Integer arithmetic gives the same bits
 * either way.  Float code is never built for another ISA: FMA
 * contraction would change its rounding. */
#if defined(__GNUC__)
#define AUG_INLINE static inline __attribute__((always_inline))
#else
#define AUG_INLINE static inline
#endif
#if defined(__GNUC__) && defined(__x86_64__)
#define AUG_DISPATCH(name, params, args)                                   \
    static void name##_base params { name##_body args; }                  \
    __attribute__((target("avx2"))) static void name##_avx2 params { name##_body args; } \
    static void name params                                               \
    {                                                                     \
        if (__builtin_cpu_supports("avx2")) name##_avx2 args;             \
        else name##_base args;                                            \
    }
#else
#define AUG_DISPATCH(name, params, args) \
    static void name params { name##_body args; }
#endif

/* out (w rows of h pixels, packed) = in (h rows of w pixels, rows
 * in_stride bytes apart) transposed. */
static void transpose3(const uint8_t *restrict in, size_t in_stride, int w, int h,
                       uint8_t *restrict out)
{
    enum { TILE = 32 }; /* keeps the written lines in L1 */
    size_t out_stride = (size_t)h * 3;
    for (int y0 = 0; y0 < h; y0 += TILE) {
        int y1 = y0 + TILE < h ? y0 + TILE : h;
        for (int x0 = 0; x0 < w; x0 += TILE) {
            int x1 = x0 + TILE < w ? x0 + TILE : w;
            for (int y = y0; y < y1; y++) {
                const uint8_t *s = in + (size_t)y * in_stride + (size_t)x0 * 3;
                uint8_t *d = out + (size_t)x0 * out_stride + (size_t)y * 3;
                for (int x = x0; x < x1; x++, s += 3, d += out_stride) d[0] = s[0], d[1] = s[1], d[2] = s[2];
            }
        }
    }
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

/* Pillow's precompute_coeffs + normalize_coeffs_8bpc for in0 = 0.
 * w is scratch for ksize doubles. */
static void coeffs_fill(Coeffs *c, int in_size, int out_size, double *w)
{
    double scale = (double)in_size / out_size, filterscale = scale < 1.0 ? 1.0 : scale;
    double support = 2.0 * filterscale;
    for (int xx = 0; xx < out_size; xx++) {
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
}

static bool coeffs_make(Coeffs *c, int in_size, int out_size)
{
    double scale = (double)in_size / out_size, filterscale = scale < 1.0 ? 1.0 : scale;
    c->ksize = (int)ceil(2.0 * filterscale) * 2 + 1;
    c->bounds = malloc((size_t)out_size * 2 * sizeof *c->bounds);
    c->k = calloc((size_t)out_size * (size_t)c->ksize, sizeof *c->k);
    double *w = malloc((size_t)c->ksize * sizeof *w);
    bool ok = c->bounds && c->k && w;
    if (ok) coeffs_fill(c, in_size, out_size, w);
    free(w);
    return ok;
}

static void coeffs_free(Coeffs *c)
{
    free(c->bounds);
    free(c->k);
}

AUG_INLINE uint8_t clip8(int32_t v)
{
    v >>= RS_BITS; /* arithmetic shift, as Pillow's lookup table assumes */
    return (uint8_t)(v < 0 ? 0 : v > 255 ? 255 : v);
}

/* n output bytes: out[j] = sum over taps t of in[t*stride + j] * k[t].
 * Inlined with n = BLK, the j loops vectorise. */
AUG_INLINE void rs_span(const uint8_t *restrict in, size_t stride, const int32_t *k, int taps,
                           uint8_t *restrict out, int n)
{
    int32_t acc[BLK];
    for (int j = 0; j < n; j++) acc[j] = 1 << (RS_BITS - 1);
    for (int t = 0; t < taps; t++) {
        const uint8_t *row = in + (size_t)t * stride;
        for (int j = 0; j < n; j++) acc[j] += row[j] * k[t];
    }
    for (int j = 0; j < n; j++) out[j] = clip8(acc[j]);
}

/* Resample along y: in has rows of `width` bytes (stride in_stride);
 * out gets c's out_size rows of width bytes, packed. */
AUG_INLINE void rs_rows_body(const uint8_t *in, size_t in_stride, size_t width, const Coeffs *c,
                             int out_size, uint8_t *out)
{
    for (int yy = 0; yy < out_size; yy++) {
        const int32_t *k = &c->k[(size_t)yy * c->ksize];
        const uint8_t *p = in + (size_t)c->bounds[2 * yy] * in_stride;
        int taps = c->bounds[2 * yy + 1];
        uint8_t *o = out + (size_t)yy * width;
        size_t j = 0;
        for (; j + BLK <= width; j += BLK) rs_span(p + j, in_stride, k, taps, o + j, BLK);
        if (j < width) rs_span(p + j, in_stride, k, taps, o + j, (int)(width - j));
    }
}
AUG_DISPATCH(rs_rows, (const uint8_t *in, size_t in_stride, size_t width, const Coeffs *c,
                      int out_size, uint8_t *out), (in, in_stride, width, c, out_size, out))

/* Pillow resizes horizontally first (into an 8-bit image), then
 * vertically, skipping a pass whose size does not change.  The
 * horizontal pass runs as rs_rows on the transposed box. */
static bool resize_passes(const uint8_t *base, size_t stride, RtBox box, RtImage *dst)
{
    bool need_h = dst->w != box.w, need_v = dst->h != box.h;
    Coeffs ch = {0}, cv = {0};
    /* t: the transposed box, later the horizontal pass's result (either
     * orientation); t + n1: the transposed horizontal result. */
    size_t n1 = (size_t)(box.w > dst->w ? box.w : dst->w) * box.h * 3;
    uint8_t *t = need_h ? malloc(n1 + (size_t)dst->w * box.h * 3) : NULL;
    bool ok = (!need_h || (t && coeffs_make(&ch, box.w, dst->w))) &&
              (!need_v || coeffs_make(&cv, box.h, dst->h));
    if (ok && need_h) {
        uint8_t *tout = t + n1, *h = need_v ? t : dst->px;
        transpose3(base, stride, box.w, box.h, t);
        rs_rows(t, (size_t)box.h * 3, (size_t)box.h * 3, &ch, dst->w, tout);
        transpose3(tout, (size_t)box.h * 3, box.h, dst->w, h); /* box.h rows of dst->w px */
        base = h;
        stride = (size_t)dst->w * 3;
    }
    if (ok && need_v) rs_rows(base, stride, (size_t)dst->w * 3, &cv, dst->h, dst->px);
    free(t);
    coeffs_free(&ch);
    coeffs_free(&cv);
    return ok;
}

bool rt_resize_bicubic(const RtImage *src, RtBox box, RtImage *dst)
{
    size_t stride = (size_t)src->w * 3;
    const uint8_t *base = src->px + (size_t)box.top * stride + (size_t)box.left * 3;
    if (dst->w != box.w || dst->h != box.h) return resize_passes(base, stride, box, dst);
    for (int y = 0; y < box.h; y++)
        memcpy(dst->px + (size_t)y * box.w * 3, base + (size_t)y * stride, (size_t)box.w * 3);
    return true;
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
static inline uint8_t blend(int degenerate, int v, float alpha)
{
    float t = (float)degenerate + alpha * (float)(v - degenerate);
    return t <= 0.0f ? 0 : t >= 255.0f ? 255 : (uint8_t)t;
}

/* With a constant degenerate value a blend is a function of the byte
 * alone: a 256-entry table computed with blend() itself. */
static void blend_const(RtImage *im, int degenerate, float alpha)
{
    uint8_t lut[256];
    for (int v = 0; v < 256; v++) lut[v] = blend(degenerate, v, alpha);
    size_t n = (size_t)im->w * im->h * 3;
    for (size_t i = 0; i < n; i++) im->px[i] = lut[im->px[i]];
}

/* ITU-R 601-2 luma in Pillow's 16-bit fixed point, rounded. */
uint8_t rt_luma(uint8_t r, uint8_t g, uint8_t b)
{
    return (uint8_t)((r * 19595u + g * 38470u + b * 7471u + 0x8000u) >> 16);
}

void rt_adjust_brightness(RtImage *im, double f)
{
    blend_const(im, 0, (float)f);
}

/* The degenerate image is the mean of the L image, rounded half up. */
void rt_adjust_contrast(RtImage *im, double f)
{
    size_t n = (size_t)im->w * im->h;
    uint64_t sum = 0;
    for (size_t i = 0; i < n; i++) sum += rt_luma(im->px[3 * i], im->px[3 * i + 1], im->px[3 * i + 2]);
    blend_const(im, (int)((double)sum / (double)n + 0.5), (float)f);
}

void rt_adjust_saturation(RtImage *im, double f)
{
    size_t n = (size_t)im->w * im->h;
    float a = (float)f;
    for (size_t i = 0; i < n; i++) {
        uint8_t *p = &im->px[3 * i];
        int l = rt_luma(p[0], p[1], p[2]);
        p[0] = blend(l, p[0], a), p[1] = blend(l, p[1], a), p[2] = blend(l, p[2], a);
    }
}

/* round() for x >= 0 without a libm call: x - (int)x is exact there. */
static inline int round_pos(double x)
{
    int n = (int)x;
    return n + (x - n >= 0.5);
}

/* Pillow's rgb2hsv_row (after colorsys.py), float arithmetic as there,
 * without data-dependent branches (which mispredict on photos):
 *  - Pillow's h is bc - gc in float if r is the max, else (float)(2.0 +
 *    rc - bc) or (float)(4.0 + gc - rc) in double.  All three equal
 *    (float)(base + x - y) in double, as the quotients are floats in
 *    [0, 1] whose sums with 0, 2 or 4 are exact in double.
 *  - fmod(x, 1.0) is x - 1 or x, exactly, as x lies in [5/6, 11/6). */
static inline void rgb_to_hsv(const uint8_t *in, uint8_t out[3])
{
    int r = in[0], g = in[1], b = in[2];
    int maxc = r > g ? (r > b ? r : b) : (g > b ? g : b);
    int minc = r < g ? (r < b ? r : b) : (g < b ? g : b);
    out[2] = (uint8_t)maxc;
    if (minc == maxc) { out[0] = out[1] = 0; return; }
    float cr = (float)(maxc - minc), s = cr / (float)maxc;
    bool rmax = r == maxc, gmax = !rmax && g == maxc;
    int nx = maxc - (rmax ? b : gmax ? r : g), ny = maxc - (rmax ? g : gmax ? b : r);
    double base = rmax ? 0.0 : gmax ? 2.0 : 4.0;
    float h = (float)(base + (float)nx / cr - (float)ny / cr);
    double x = h / 6.0 + 1.0;
    h = (float)(x >= 1.0 ? x - 1.0 : x);
    out[0] = (uint8_t)(int)(h * 255.0);
    out[1] = (uint8_t)(int)(s * 255.0);
}

/* What Pillow's hsv2rgb derives from h and s alone, per value. */
typedef struct HsvTabs {
    uint8_t sector[256]; /* floor(h * 6 / 255) mod 6 */
    float frac[256];     /* h * 6 / 255 - floor(...), as a float */
    float fs[256];       /* s / 255, as a float */
} HsvTabs;

static void hsv_tabs_init(HsvTabs *t)
{
    for (int v = 0; v < 256; v++) {
        int i = (int)floor((float)v * 6.0 / 255.0);
        t->sector[v] = (uint8_t)(i % 6);
        t->frac[v] = (float)((float)v * 6.0 / 255.0 - (float)i);
        t->fs[v] = (float)((float)v / 255.0);
    }
}

/* Pillow's hsv2rgb.  Its s == 0 case (grey v) needs no branch: fs = 0
 * makes p = q = t = v.  The products lie in [0, v], so no clipping. */
static inline void hsv_to_rgb(const HsvTabs *tab, uint8_t h, uint8_t s, uint8_t v, uint8_t *out)
{
    /* Per sector, which of {v, p, q, t} lands in r, g, b. */
    static const uint8_t pick[6][3] = {{0, 3, 1}, {2, 0, 1}, {1, 0, 3}, {1, 2, 0}, {3, 1, 0}, {0, 1, 2}};
    float f = tab->frac[h], fs = tab->fs[s];
    uint8_t val[4] = {v, (uint8_t)round_pos((float)v * (1.0 - fs)),
                      (uint8_t)round_pos((float)v * (1.0 - fs * f)),
                      (uint8_t)round_pos((float)v * (1.0 - fs * (1.0 - f)))};
    const uint8_t *k = pick[tab->sector[h]];
    out[0] = val[k[0]], out[1] = val[k[1]], out[2] = val[k[2]];
}

void rt_adjust_hue(RtImage *im, double hue)
{
    /* np.uint8(hue * 255): the float is truncated toward zero, then
     * wrapped modulo 256. */
    uint8_t shift = (uint8_t)((int)trunc(hue * 255.0) & 255);
    HsvTabs tab;
    hsv_tabs_init(&tab);
    size_t n = (size_t)im->w * im->h;
    for (size_t i = 0; i < n; i++) {
        uint8_t hsv[3];
        rgb_to_hsv(&im->px[3 * i], hsv);
        hsv_to_rgb(&tab, (uint8_t)(hsv[0] + shift), hsv[1], hsv[2], &im->px[3 * i]);
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

/* Pillow's ImagingLineBoxBlur32 for lines of n samples. */
typedef struct BoxLine {
    int radius, edge_a, edge_b, last;
    uint32_t ww, fw;
} BoxLine;

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

/* The samples Pillow's step at output x reads: the running sum gains
 * add and loses sub, and left + right carry the fractional weight. */
typedef struct BoxTaps {
    int sub, add, left, right;
} BoxTaps;

AUG_INLINE BoxTaps box_taps(const BoxLine *b, int x)
{
    int lo = x - b->radius - 1, hi = x + b->radius, last = b->last;
    if (b->edge_a <= b->edge_b) {
        if (x < b->edge_a) return (BoxTaps){0, hi, 0, hi + 1};
        if (x < b->edge_b) return (BoxTaps){lo, hi, lo, hi + 1};
        return (BoxTaps){lo, last, lo, last};
    }
    if (x < b->edge_b) return (BoxTaps){0, hi, 0, hi + 1};
    if (x < b->edge_a) return (BoxTaps){0, last, 0, last};
    return (BoxTaps){lo, last, lo, last};
}

/* One step for n neighbouring columns (vectorised when n = BLK). */
AUG_INLINE void box_span(const BoxLine *b, const uint8_t *sub, const uint8_t *add,
                            const uint8_t *left, const uint8_t *right, uint32_t *restrict acc,
                            uint8_t *restrict out, int n)
{
    uint32_t ww = b->ww, fw = b->fw;
    for (int j = 0; j < n; j++) {
        acc[j] += (uint32_t)add[j] - sub[j];
        uint32_t bulk = acc[j] * ww + ((uint32_t)left[j] + right[j]) * fw;
        out[j] = (uint8_t)((bulk + (1u << 23)) >> 24);
    }
}

/* Pillow's initial sum, for every column. */
AUG_INLINE void box_start(const BoxLine *b, const uint8_t *in, size_t width, uint32_t *acc)
{
    uint32_t r = (uint32_t)b->radius, wlast = r - (uint32_t)b->edge_a + 1;
    const uint8_t *last = in + (size_t)b->last * width;
    for (size_t j = 0; j < width; j++) acc[j] = in[j] * (r + 1) + last[j] * wlast;
    for (int y = 0; y < b->edge_a - 1; y++)
        for (size_t j = 0; j < width; j++) acc[j] += in[(size_t)y * width + j];
}

/* One box pass along y over every byte column of an image of b->last+1
 * rows of width bytes; each column is one Pillow line. */
AUG_INLINE void box_pass_body(const BoxLine *b, const uint8_t *restrict in, size_t width,
                              uint32_t *acc, uint8_t *restrict out)
{
    box_start(b, in, width, acc);
    for (int y = 0; y <= b->last; y++) {
        BoxTaps t = box_taps(b, y);
        const uint8_t *s = in + (size_t)t.sub * width, *a = in + (size_t)t.add * width;
        const uint8_t *l = in + (size_t)t.left * width, *r = in + (size_t)t.right * width;
        uint8_t *o = out + (size_t)y * width;
        size_t j = 0;
        for (; j + BLK <= width; j += BLK) box_span(b, s + j, a + j, l + j, r + j, acc + j, o + j, BLK);
        if (j < width) box_span(b, s + j, a + j, l + j, r + j, acc + j, o + j, (int)(width - j));
    }
}
AUG_DISPATCH(box_pass, (const BoxLine *b, const uint8_t *restrict in, size_t width, uint32_t *acc,
                       uint8_t *restrict out), (b, in, width, acc, out))

/* Three passes along y, px -> t -> u -> px. */
static void box_passes3(float fr, int rows, size_t width, uint8_t *px, uint8_t *t, uint8_t *u,
                        uint32_t *acc)
{
    BoxLine b = box_setup(fr, rows);
    box_pass(&b, px, width, acc, t);
    box_pass(&b, t, width, acc, u);
    box_pass(&b, u, width, acc, px);
}

/* Pillow blurs every row (3 passes), then every column (3 passes); the
 * rows are blurred as the columns of the transposed image. */
bool rt_gaussian_blur(RtImage *im, double radius)
{
    float r = box_radius((float)radius, 3);
    if (r == 0) return true;
    size_t npx = (size_t)im->w * im->h, nmax = (size_t)(im->w > im->h ? im->w : im->h);
    uint8_t *t = malloc(npx * 3 * 3);
    uint32_t *acc = malloc(nmax * 3 * sizeof *acc);
    if (t && acc) {
        uint8_t *u = t + npx * 3, *v = u + npx * 3;
        transpose3(im->px, (size_t)im->w * 3, im->w, im->h, v);
        box_passes3(r, im->w, (size_t)im->h * 3, v, t, u, acc);
        transpose3(v, (size_t)im->h * 3, im->h, im->w, im->px);
        box_passes3(r, im->h, (size_t)im->w * 3, im->px, t, u, acc);
    }
    bool ok = t && acc;
    free(t);
    free(acc);
    return ok;
}

/* ------------------------------------------------------------ tensor */

/* ToTensor + Normalize maps each byte of channel c through the same
 * float expression: a 256-entry table per channel. */
void rt_to_tensor(const RtImage *im, const float mean[3], const float std[3], float *out)
{
    size_t n = (size_t)im->w * im->h;
    for (int c = 0; c < 3; c++) {
        float lut[256];
        for (int v = 0; v < 256; v++) lut[v] = ((float)v / 255.0f - mean[c]) / std[c];
        const uint8_t *p = im->px + c;
        float *o = out + c * n;
        for (size_t i = 0; i < n; i++) o[i] = lut[p[3 * i]];
    }
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
