/* cpu_peak.c — the measured peaks of this CPU that bench/run's MFU and
 * physical floor are relative to.
 *
 *   cpu_peak [--gemm N] [--copy-mib M] [--reps R] [--threads T]
 *
 * Compute: fp32 cblas_sgemm N x N x N (default 2048) through OpenBLAS with
 * every core (or T threads), median of R (default 10) runs after one
 * warm-up; FLOPs 2 N^3.  Bandwidth: memcpy of M MiB (default 256, far
 * beyond the caches) between two touched buffers, median of R runs, bytes
 * read + written = 2 M MiB.  Prints one JSON line:
 *   {"gemm_n":..,"gemm_ms":..,"gemm_gflops":..,"copy_bytes":..,"copy_ms":..,"copy_gbs":..,"threads":..}
 * Exit status 0, or 1 when out of memory or an argument is bad.
 *
 * Built by bench/run with `cc -O2 bench/cpu_peak.c $(pkg-config --cflags
 * --libs openblas)`; not part of the CMake build. */
#define _POSIX_C_SOURCE 200809L
#include <cblas.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct PeakOpts {
    int gemm_n, copy_mib, reps, threads;
} PeakOpts;

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

static int cmp_double(const void *x, const void *y)
{
    double a = *(const double *)x, b = *(const double *)y;
    return (a > b) - (a < b);
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

/* Median seconds of one N^3 sgemm; < 0 when out of memory. */
static double time_gemm(int n, int reps)
{
    size_t nn = (size_t)n * (size_t)n;
    float *a = malloc(nn * sizeof *a), *b = malloc(nn * sizeof *b), *c = malloc(nn * sizeof *c);
    double *t = malloc((size_t)reps * sizeof *t), med = -1;
    if (a && b && c && t) {
        for (size_t i = 0; i < nn; i++) a[i] = (float)(i % 7) * 0.1f, b[i] = (float)(i % 5) * 0.1f, c[i] = 0;
        for (int r = -1; r < reps; r++) { /* r = -1: warm-up */
            double t0 = now_s();
            cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, n, n, n, 1.0f, a, n, b, n, 0.0f, c, n);
            if (r >= 0) t[r] = now_s() - t0;
        }
        med = median(t, reps);
    }
    free(a), free(b), free(c), free(t);
    return med;
}

/* Median seconds of one memcpy of mib MiB; < 0 when out of memory. */
static double time_copy(size_t bytes, int reps)
{
    char *src = malloc(bytes), *dst = malloc(bytes);
    double *t = malloc((size_t)reps * sizeof *t), med = -1;
    if (src && dst && t) {
        memset(src, 1, bytes); /* touch every page before timing */
        memset(dst, 2, bytes);
        for (int r = -1; r < reps; r++) {
            double t0 = now_s();
            memcpy(dst, src, bytes);
            if (r >= 0) t[r] = now_s() - t0;
            src[(size_t)(r + 1) % bytes] ^= dst[bytes / 2]; /* keep the copies observable */
        }
        med = median(t, reps);
    }
    free(src), free(dst), free(t);
    return med;
}

static int parse(int argc, char **argv, PeakOpts *o)
{
    *o = (PeakOpts){2048, 256, 10, 0};
    for (int i = 1; i < argc; i++) {
        int *slot = !strcmp(argv[i], "--gemm") ? &o->gemm_n : !strcmp(argv[i], "--copy-mib") ? &o->copy_mib
                  : !strcmp(argv[i], "--reps") ? &o->reps : !strcmp(argv[i], "--threads") ? &o->threads : NULL;
        if (!slot || i + 1 == argc || (*slot = atoi(argv[++i])) < 0) {
            fprintf(stderr, "usage: cpu_peak [--gemm N] [--copy-mib M] [--reps R] [--threads T]\n");
            return 1;
        }
    }
    return o->gemm_n > 0 && o->copy_mib > 0 && o->reps > 0 ? 0 : 1;
}

int main(int argc, char **argv)
{
    PeakOpts o;
    if (parse(argc, argv, &o)) return 1;
    if (o.threads > 0) openblas_set_num_threads(o.threads);
    double g = time_gemm(o.gemm_n, o.reps);
    size_t bytes = (size_t)o.copy_mib << 20;
    double c = time_copy(bytes, o.reps);
    if (g <= 0 || c <= 0) {
        fprintf(stderr, "cpu_peak: out of memory\n");
        return 1;
    }
    double flops = 2.0 * o.gemm_n * (double)o.gemm_n * o.gemm_n;
    printf("{\"gemm_n\":%d,\"gemm_ms\":%.4f,\"gemm_gflops\":%.2f,\"copy_bytes\":%.0f,\"copy_ms\":%.4f,"
           "\"copy_gbs\":%.3f,\"threads\":%d}\n",
           o.gemm_n, g * 1e3, flops / g * 1e-9, 2.0 * (double)bytes, c * 1e3, 2.0 * (double)bytes / c * 1e-9,
           openblas_get_num_threads());
    return 0;
}
