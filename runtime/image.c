/* image.c — JPEG and PNG to 8-bit RGB, and the encoders the tests and the
 * dataset generator use.
 *
 * JPEG goes through TurboJPEG 2.1 (tjDecompressHeader3 + tjDecompress2 with
 * TJPF_RGB, which also converts gray and CMYK); PNG through libpng 1.6's
 * transforms (palette expanded, gray replicated, alpha stripped, 16-bit
 * cut to 8), which matches what PIL's convert("RGB") gives for these
 * modes.  Decoding runs on the loader's worker threads, so it takes no Ctx:
 * errors come back as text in the caller's buffer.  libpng reports errors
 * with longjmp; only the few locals it needs are volatile. */
#include "runtime/runtime.h"

#include <errno.h>
#include <png.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <string.h>
#include <turbojpeg.h>

/* Decoded images larger than this are refused (a corrupt header must not
 * make us allocate gigabytes). */
#define RT_IMAGE_MAX_PIXELS (1ll << 28)

bool rt_image_alloc(RtImage *im, int w, int h)
{
    im->w = w;
    im->h = h;
    im->px = malloc((size_t)w * (size_t)h * 3 + 1);
    return im->px != NULL;
}

void rt_image_free(RtImage *im)
{
    free(im->px);
    im->px = NULL;
    im->w = im->h = 0;
}

bool rt_file_read(const char *path, uint8_t **buf, size_t *len, char *err, size_t nerr)
{
    *buf = NULL;
    *len = 0;
    /* A directory would "read" LONG_MAX bytes and a FIFO block in fopen:
     * only regular files are read. */
    struct stat st;
    if (stat(path, &st) != 0) { snprintf(err, nerr, "cannot open: %s", strerror(errno)); return false; }
    if (!S_ISREG(st.st_mode)) { snprintf(err, nerr, "not a regular file"); return false; }
    FILE *f = fopen(path, "rb");
    if (!f) { snprintf(err, nerr, "cannot open: %s", strerror(errno)); return false; }
    long n = -1;
    if (fseek(f, 0, SEEK_END) == 0) n = ftell(f);
    if (n < 0 || fseek(f, 0, SEEK_SET) != 0) {
        snprintf(err, nerr, "cannot seek: %s", strerror(errno));
        fclose(f);
        return false;
    }
    uint8_t *b = malloc((size_t)n + 1);
    bool ok = b && fread(b, 1, (size_t)n, f) == (size_t)n;
    if (!ok) snprintf(err, nerr, b ? "cannot read: %s" : "out of memory", strerror(errno));
    fclose(f);
    if (!ok) { free(b); return false; }
    *buf = b;
    *len = (size_t)n;
    return true;
}

/* ---------------------------------------------------------------- JPEG */

static bool jpeg_decode(const uint8_t *buf, size_t len, RtImage *out, char *err, size_t nerr)
{
    tjhandle tj = tjInitDecompress();
    if (!tj) { snprintf(err, nerr, "TurboJPEG: %s", tjGetErrorStr2(NULL)); return false; }
    int w, h, sub, cs;
    bool ok = false;
    if (tjDecompressHeader3(tj, buf, (unsigned long)len, &w, &h, &sub, &cs) != 0) {
        snprintf(err, nerr, "not a valid JPEG: %s", tjGetErrorStr2(tj));
    } else if (w <= 0 || h <= 0 || (long long)w * h > RT_IMAGE_MAX_PIXELS) {
        snprintf(err, nerr, "JPEG of %dx%d pixels refused", w, h);
    } else if (!rt_image_alloc(out, w, h)) {
        snprintf(err, nerr, "out of memory");
    } else {
        /* A warning (TJERR_WARNING) still gives pixels, but "premature end
         * of data" means a truncated file, which is what corrupt means here;
         * PIL refuses those too. */
        int rc = tjDecompress2(tj, buf, (unsigned long)len, out->px, w, 0, h, TJPF_RGB, 0);
        ok = rc == 0 || (tjGetErrorCode(tj) == TJERR_WARNING &&
                         !strstr(tjGetErrorStr2(tj), "Premature"));
        if (!ok) {
            snprintf(err, nerr, "corrupt JPEG: %s", tjGetErrorStr2(tj));
            rt_image_free(out);
        }
    }
    tjDestroy(tj);
    return ok;
}

/* ----------------------------------------------------------------- PNG */

typedef struct PngSrc {
    const uint8_t *p;
    size_t len, at;
    char *err;
    size_t nerr;
} PngSrc;

static void png_src_read(png_structp png, png_bytep out, png_size_t n)
{
    PngSrc *s = png_get_io_ptr(png);
    if (n > s->len - s->at) png_error(png, "file truncated");
    memcpy(out, s->p + s->at, n);
    s->at += n;
}

static void png_src_error(png_structp png, png_const_charp msg)
{
    PngSrc *s = png_get_error_ptr(png);
    snprintf(s->err, s->nerr, "corrupt PNG: %s", msg);
    png_longjmp(png, 1);
}

static void png_src_warning(png_structp png, png_const_charp msg)
{
    (void)png;
    (void)msg; /* warnings (bad ancillary chunks) do not spoil the pixels */
}

/* The transforms that turn every PNG colour type into RGB8. */
static void png_to_rgb8(png_structp png, png_infop info)
{
    int ct = png_get_color_type(png, info);
    if (png_get_bit_depth(png, info) == 16) png_set_strip_16(png);
    if (ct == PNG_COLOR_TYPE_PALETTE) png_set_palette_to_rgb(png);
    if (ct == PNG_COLOR_TYPE_GRAY || ct == PNG_COLOR_TYPE_GRAY_ALPHA) {
        png_set_expand_gray_1_2_4_to_8(png);
        png_set_gray_to_rgb(png);
    }
    if (ct & PNG_COLOR_MASK_ALPHA) png_set_strip_alpha(png);
    png_set_interlace_handling(png);
    png_read_update_info(png, info);
}

/* Reads rows after the header; the tRNS chunk of palette/gray images is
 * ignored as PIL's convert("RGB") ignores it. */
static bool png_decode_rows(png_structp png, png_infop info, RtImage *out, png_bytep *rows,
                            char *err, size_t nerr)
{
    if (png_get_rowbytes(png, info) != (size_t)out->w * 3) {
        snprintf(err, nerr, "unsupported PNG layout");
        return false;
    }
    for (int y = 0; y < out->h; y++) rows[y] = out->px + (size_t)y * out->w * 3;
    png_read_image(png, rows);
    return true;
}

static bool png_decode(const uint8_t *buf, size_t len, RtImage *out, char *err, size_t nerr)
{
    PngSrc src = {buf, len, 0, err, nerr};
    png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &src, png_src_error, png_src_warning);
    png_infop info = png ? png_create_info_struct(png) : NULL;
    png_bytep *volatile rows = NULL;
    volatile bool ok = false;
    if (!info) { snprintf(err, nerr, "out of memory"); goto done; }
    /* libpng reports errors by longjmp, also from png_read_end after the
     * pixels were decoded: whatever was decoded then is not an image. */
    if (setjmp(png_jmpbuf(png))) {
        ok = false;
        rt_image_free(out);
        goto done;
    }
    png_set_read_fn(png, &src, png_src_read);
    png_read_info(png, info);
    png_uint_32 w = png_get_image_width(png, info), h = png_get_image_height(png, info);
    if (w == 0 || h == 0 || (long long)w * h > RT_IMAGE_MAX_PIXELS) {
        snprintf(err, nerr, "PNG of %ux%u pixels refused", (unsigned)w, (unsigned)h);
        goto done;
    }
    png_to_rgb8(png, info);
    rows = malloc(h * sizeof *rows);
    if (!rows || !rt_image_alloc(out, (int)w, (int)h)) {
        snprintf(err, nerr, "out of memory");
        rt_image_free(out);
        goto done;
    }
    ok = png_decode_rows(png, info, out, rows, err, nerr);
    if (ok) png_read_end(png, NULL);
    else rt_image_free(out);
done:
    free(rows);
    png_destroy_read_struct(&png, info ? &info : NULL, NULL);
    return ok;
}

/* -------------------------------------------------------------- decode */

bool rt_image_decode(const uint8_t *buf, size_t len, RtImage *out, char *err, size_t nerr)
{
    static const uint8_t png_magic[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    memset(out, 0, sizeof *out);
    if (len >= 3 && buf[0] == 0xFF && buf[1] == 0xD8 && buf[2] == 0xFF)
        return jpeg_decode(buf, len, out, err, nerr);
    if (len >= 8 && memcmp(buf, png_magic, 8) == 0) return png_decode(buf, len, out, err, nerr);
    snprintf(err, nerr, len ? "neither a JPEG nor a PNG file" : "empty file");
    return false;
}

bool rt_image_load(Ctx *cx, const char *path, RtImage *out)
{
    uint8_t *buf;
    size_t len;
    char err[256];
    bool ok = rt_file_read(path, &buf, &len, err, sizeof err) &&
              rt_image_decode(buf, len, out, err, sizeof err);
    free(buf);
    if (!ok) cx_error(cx, (SrcLoc){cx_file(cx, path, NULL, 0), 0, 0}, "%s", err);
    return ok;
}

/* ------------------------------------------------------------ encoders */

static bool write_file(Ctx *cx, const char *path, const void *p, size_t n)
{
    FILE *f = fopen(path, "wb");
    bool ok = f && fwrite(p, 1, n, f) == n;
    if (f && fclose(f) != 0) ok = false;
    if (!ok) cx_error(cx, (SrcLoc){cx_file(cx, path, NULL, 0), 0, 0}, "cannot write: %s", strerror(errno));
    return ok;
}

bool rt_image_write_jpeg(Ctx *cx, const char *path, const uint8_t *px, int w, int h,
                         int channels, int quality)
{
    IR_ASSERT(channels == 1 || channels == 3);
    SrcLoc loc = {cx_file(cx, path, NULL, 0), 0, 0};
    tjhandle tj = tjInitCompress();
    if (!tj) { cx_error(cx, loc, "TurboJPEG: %s", tjGetErrorStr2(NULL)); return false; }
    unsigned char *jpg = NULL;
    unsigned long n = 0;
    int pf = channels == 1 ? TJPF_GRAY : TJPF_RGB, sub = channels == 1 ? TJSAMP_GRAY : TJSAMP_420;
    bool ok = tjCompress2(tj, px, w, 0, h, pf, &jpg, &n, sub, quality, 0) == 0;
    if (!ok) cx_error(cx, loc, "JPEG encoding failed: %s", tjGetErrorStr2(tj));
    else ok = write_file(cx, path, jpg, n);
    tjFree(jpg);
    tjDestroy(tj);
    return ok;
}

static bool png_encode_rows(png_structp png, png_infop info, FILE *f, const uint8_t *px,
                           int w, int h, int channels)
{
    static const int types[5] = {0, PNG_COLOR_TYPE_GRAY, PNG_COLOR_TYPE_GRAY_ALPHA,
                                 PNG_COLOR_TYPE_RGB, PNG_COLOR_TYPE_RGBA};
    if (setjmp(png_jmpbuf(png))) return false;
    png_init_io(png, f);
    png_set_IHDR(png, info, (png_uint_32)w, (png_uint_32)h, 8, types[channels], PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_write_info(png, info);
    for (int y = 0; y < h; y++) png_write_row(png, px + (size_t)y * w * channels);
    png_write_end(png, NULL);
    return true;
}

bool rt_image_write_png(Ctx *cx, const char *path, const uint8_t *px, int w, int h, int channels)
{
    IR_ASSERT(channels >= 1 && channels <= 4);
    SrcLoc loc = {cx_file(cx, path, NULL, 0), 0, 0};
    FILE *f = fopen(path, "wb");
    if (!f) { cx_error(cx, loc, "cannot write: %s", strerror(errno)); return false; }
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
    png_infop info = png ? png_create_info_struct(png) : NULL;
    bool ok = info && png_encode_rows(png, info, f, px, w, h, channels);
    png_destroy_write_struct(&png, info ? &info : NULL);
    if (fclose(f) != 0) ok = false;
    if (!ok) cx_error(cx, loc, "PNG encoding failed");
    return ok;
}
