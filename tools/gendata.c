/* gendata.c — writes a procedural image dataset for demos and tests.
 *
 *   gendata --out DIR --images N --size WxH --classes C --seed S [--format jpg|png]
 *
 * Each image is a scene of 1-4 textured shapes on a textured background.
 * Class c fixes the main shape kind (c % 4: circle, rectangle, triangle,
 * star) and the background texture ((c / 4) % 3: noise, stripes, checker);
 * colours, positions, sizes and distractor shapes are random.  Output:
 *   DIR/images/<class>/<i>.jpg   an ImageFolder (train with --data DIR/images)
 *   DIR/masks/<i>.png            per-pixel shape kind + 1 (0 = background)
 *   DIR/labels.csv               index,image,class,shapes
 * Everything is drawn from Philox keyed by (seed, image), so the same
 * arguments give the same bytes on any machine. */
#include "runtime/runtime.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef struct Opts {
    const char *out, *format;
    long images, classes;
    int w, h;
    uint64_t seed;
} Opts;

/* A sequential view of one image's Philox stream. */
typedef struct Draw {
    RtRng r;
    uint32_t n;
} Draw;

static double dr_u(Draw *d) { return rt_rng_uniform(&d->r, d->n++); }
static int dr_int(Draw *d, int lo, int hi) { return lo + (int)(dr_u(d) * (hi - lo + 1)); }

typedef struct Figure {
    int kind;             /* 0 circle, 1 rectangle, 2 triangle, 3 star */
    double cx, cy, r, rot;
    uint8_t col[3];
    double freq;          /* stripe texture on the shape */
} Figure;

static bool inside_star(double dx, double dy, double r, double rot)
{
    double rho = hypot(dx, dy), a = atan2(dy, dx) - rot;
    double sector = 2 * M_PI / 5, t = fmod(fmod(a, sector) + sector, sector) / sector;
    double edge = r * (0.45 + 0.55 * fabs(1 - 2 * t)); /* spike at t = 0, notch at 0.5 */
    return rho <= edge;
}

static bool inside(const Figure *s, double x, double y)
{
    double dx = x - s->cx, dy = y - s->cy;
    double u = dx * cos(s->rot) + dy * sin(s->rot), v = -dx * sin(s->rot) + dy * cos(s->rot);
    switch (s->kind) {
    case 0: return dx * dx + dy * dy <= s->r * s->r;
    case 1: return fabs(u) <= s->r && fabs(v) <= 0.6 * s->r;
    case 2: return v <= 0.5 * s->r && v >= -s->r + 1.732 * fabs(u); /* isoceles, apex up */
    default: return inside_star(dx, dy, s->r, s->rot);
    }
}

static void random_colour(Draw *d, uint8_t c[3])
{
    for (int i = 0; i < 3; i++) c[i] = (uint8_t)dr_int(d, 20, 235);
}

static void draw_background(Draw *d, int tex, uint8_t *px, int w, int h)
{
    uint8_t a[3], b[3];
    random_colour(d, a);
    random_colour(d, b);
    double freq = 0.05 + 0.25 * dr_u(d), ang = M_PI * dr_u(d);
    int cell = dr_int(d, 4, 24);
    for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++) {
            double t;
            if (tex == 0) t = dr_u(d);
            else if (tex == 1) t = 0.5 + 0.5 * sin(freq * (x * cos(ang) + y * sin(ang)));
            else t = ((x / cell) + (y / cell)) % 2;
            for (int c = 0; c < 3; c++) px[(y * w + x) * 3 + c] = (uint8_t)(a[c] + t * (b[c] - a[c]));
        }
}

static Figure random_shape(Draw *d, int kind, int w, int h)
{
    Figure s;
    s.kind = kind;
    double m = w < h ? w : h;
    s.r = m * (0.12 + 0.18 * dr_u(d));
    s.cx = s.r + dr_u(d) * (w - 2 * s.r);
    s.cy = s.r + dr_u(d) * (h - 2 * s.r);
    s.rot = 2 * M_PI * dr_u(d);
    s.freq = 0.2 + 0.6 * dr_u(d);
    random_colour(d, s.col);
    return s;
}

static void draw_shape(const Figure *s, uint8_t *px, uint8_t *mask, int w, int h)
{
    for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++) {
            if (!inside(s, x + 0.5, y + 0.5)) continue;
            double shade = 0.8 + 0.2 * sin(s->freq * (x + y));
            for (int c = 0; c < 3; c++) px[(y * w + x) * 3 + c] = (uint8_t)(s->col[c] * shade);
            mask[y * w + x] = (uint8_t)(s->kind + 1);
        }
}

/* Renders image i; returns the number of shapes. */
static int render(const Opts *o, long i, int cls, uint8_t *px, uint8_t *mask)
{
    Draw d = {{o->seed, 0, (uint32_t)i, 0xFFFFFFFEu}, 0};
    memset(mask, 0, (size_t)o->w * o->h);
    draw_background(&d, (cls / 4) % 3, px, o->w, o->h);
    int n = dr_int(&d, 1, 4);
    for (int k = 0; k < n; k++) {
        /* the last shape, drawn on top, always has the class's kind */
        int kind = k == n - 1 || dr_u(&d) < 0.5 ? cls % 4 : dr_int(&d, 0, 3);
        Figure s = random_shape(&d, kind, o->w, o->h);
        draw_shape(&s, px, mask, o->w, o->h);
    }
    return n;
}

static bool make_dir(const char *path)
{
    if (mkdir(path, 0755) == 0 || errno == EEXIST) return true;
    fprintf(stderr, "gendata: cannot create %s: %s\n", path, strerror(errno));
    return false;
}

static bool parse_args(int argc, char **argv, Opts *o)
{
    *o = (Opts){.format = "jpg", .images = -1, .classes = 4, .w = 0, .h = 0};
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!v) { fprintf(stderr, "gendata: %s needs a value\n", a); return false; }
        i++;
        if (strcmp(a, "--out") == 0) o->out = v;
        else if (strcmp(a, "--images") == 0) o->images = strtol(v, NULL, 10);
        else if (strcmp(a, "--classes") == 0) o->classes = strtol(v, NULL, 10);
        else if (strcmp(a, "--seed") == 0) o->seed = strtoull(v, NULL, 10);
        else if (strcmp(a, "--format") == 0) o->format = v;
        else if (strcmp(a, "--size") == 0) {
            if (sscanf(v, "%dx%d", &o->w, &o->h) != 2) o->w = 0;
        } else { fprintf(stderr, "gendata: unknown option %s\n", a); return false; }
    }
    bool ok = o->out && o->images > 0 && o->classes > 0 && o->classes <= 1000 && o->w >= 8 &&
              o->h >= 8 && o->w <= 8192 && o->h <= 8192 &&
              (strcmp(o->format, "jpg") == 0 || strcmp(o->format, "png") == 0);
    if (!ok)
        fprintf(stderr, "usage: gendata --out DIR --images N --size WxH --classes C --seed S"
                        " [--format jpg|png]\n");
    return ok;
}

static bool write_one(Ctx *cx, const Opts *o, long i, FILE *csv, uint8_t *px, uint8_t *mask)
{
    int cls = (int)(i % o->classes);
    int n = render(o, i, cls, px, mask);
    char rel[128], path[4096];
    snprintf(rel, sizeof rel, "images/c%03d/%06ld.%s", cls, i, o->format);
    snprintf(path, sizeof path, "%s/%s", o->out, rel);
    bool ok = strcmp(o->format, "jpg") == 0 ? rt_image_write_jpeg(cx, path, px, o->w, o->h, 3, 90)
                                            : rt_image_write_png(cx, path, px, o->w, o->h, 3);
    snprintf(path, sizeof path, "%s/masks/%06ld.png", o->out, i);
    ok = ok && rt_image_write_png(cx, path, mask, o->w, o->h, 1);
    fprintf(csv, "%ld,%s,%d,%d\n", i, rel, cls, n);
    return ok;
}

static bool make_dirs(const Opts *o)
{
    char path[4096];
    bool ok = make_dir(o->out);
    snprintf(path, sizeof path, "%s/images", o->out);
    ok = ok && make_dir(path);
    snprintf(path, sizeof path, "%s/masks", o->out);
    ok = ok && make_dir(path);
    for (long c = 0; ok && c < o->classes; c++) {
        snprintf(path, sizeof path, "%s/images/c%03ld", o->out, c);
        ok = make_dir(path);
    }
    return ok;
}

int main(int argc, char **argv)
{
    Opts o;
    if (!parse_args(argc, argv, &o) || !make_dirs(&o)) return 1;
    Ctx cx;
    ctx_init(&cx, stderr);
    char path[4096];
    snprintf(path, sizeof path, "%s/labels.csv", o.out);
    FILE *csv = fopen(path, "w");
    uint8_t *px = malloc((size_t)o.w * o.h * 3), *mask = malloc((size_t)o.w * o.h);
    bool ok = csv && px && mask;
    if (!csv) fprintf(stderr, "gendata: cannot write %s: %s\n", path, strerror(errno));
    if (ok) fprintf(csv, "index,image,class,shapes\n");
    for (long i = 0; ok && i < o.images; i++) ok = write_one(&cx, &o, i, csv, px, mask);
    if (csv && fclose(csv) != 0) ok = false;
    free(px);
    free(mask);
    ctx_fini(&cx);
    if (ok) printf("gendata: %ld images of %dx%d in %ld classes under %s\n", o.images, o.w, o.h,
                   o.classes, o.out);
    return ok ? 0 : 1;
}
