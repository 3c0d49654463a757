/* test_run_schedule.c — the launcher's pieces that need no model: the
 * schedules of spec 5.3 (the spec's test vectors), parameter init, the
 * bundle container (round trip, truncation and corruption detected), the
 * bundle config's ranges. */
#include "runtime/runtime.h"
#include "testutil.h"

#include <check.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

START_TEST(t_cosine_vectors)
{
    /* sched(1, 0, E=2, I=3, Ew=1) = [0, 0.5, 1, 1, 0.75, 0.25] */
    RtSched s = {.kind = RT_SCHED_COSINE, .base = 1, .final = 0, .start = 0, .warmup_epochs = 1};
    const double want[6] = {0, 0.5, 1, 1, 0.75, 0.25};
    for (int it = 0; it < 6; it++) ck_assert_double_eq_tol(rt_sched_at(&s, 2, 3, it / 3, it % 3), want[it], 1e-12);
    /* sched(0.996, 1, 1, 4) = [0.996, 0.9965858, 0.998, 0.9994142] */
    RtSched m = {.kind = RT_SCHED_COSINE, .base = 0.996, .final = 1};
    const double wm[4] = {0.996, 0.9965858, 0.998, 0.9994142};
    for (int it = 0; it < 4; it++) ck_assert_double_eq_tol(rt_sched_at(&m, 1, 4, 0, it), wm[it], 1e-7);
}
END_TEST

START_TEST(t_linear_per_epoch)
{
    /* teacher temperature: linspace(0.04, 0.07, 3) per epoch, then 0.07 */
    RtSched s = {.kind = RT_SCHED_LINEAR, .final = 0.07, .start = 0.04, .warmup_epochs = 3, .per_epoch = true};
    ck_assert_double_eq_tol(rt_sched_at(&s, 10, 5, 0, 4), 0.04, 1e-15);
    ck_assert_double_eq_tol(rt_sched_at(&s, 10, 5, 1, 0), 0.055, 1e-15);
    ck_assert_double_eq_tol(rt_sched_at(&s, 10, 5, 2, 3), 0.07, 1e-15);
    ck_assert_double_eq_tol(rt_sched_at(&s, 10, 5, 7, 0), 0.07, 1e-15);
    /* spec 3.5 with the paper's numbers: linspace(0.04, 0.07, 30), then 0.07 */
    RtSched p = {.kind = RT_SCHED_LINEAR, .start = 0.04, .final = 0.07, .warmup_epochs = 30, .per_epoch = true};
    ck_assert_double_eq_tol(rt_sched_at(&p, 200, 1251, 14, 3), 0.04 + 0.03 * 14 / 29, 1e-15);
    ck_assert_double_eq_tol(rt_sched_at(&p, 200, 1251, 29, 0), 0.07, 1e-15);
    RtSched k = {.kind = RT_SCHED_CONSTANT, .base = 0.25};
    ck_assert_double_eq(rt_sched_at(&k, 3, 5, 2, 4), 0.25);
}
END_TEST

START_TEST(t_init)
{
    Ctx cx;
    ctx_init(&cx, stderr);
    enum { N = 20000 };
    float *a = malloc(N * sizeof *a), *b = malloc(N * sizeof *b);
    ck_assert(rt_init_fill(&cx, "w", "uniform_fan_in(16)", 5, 3, DT_F32, a, N));
    double lo = 1, hi = -1, sum = 0;
    for (int i = 0; i < N; i++) lo = fmin(lo, a[i]), hi = fmax(hi, a[i]), sum += a[i];
    ck_assert(lo >= -0.25 && hi <= 0.25 && lo < -0.24 && hi > 0.24);
    ck_assert(fabs(sum / N) < 0.01);
    ck_assert(rt_init_fill(&cx, "w", "trunc_normal(0.02)", 5, 3, DT_F32, b, N));
    double var = 0;
    for (int i = 0; i < N; i++) var += (double)b[i] * b[i];
    ck_assert_double_eq_tol(sqrt(var / N), 0.02, 0.001);
    /* another parameter index draws other numbers; the same one the same */
    ck_assert(rt_init_fill(&cx, "w", "trunc_normal(0.02)", 5, 4, DT_F32, a, N));
    ck_assert(a[0] != b[0]);
    ck_assert(rt_init_fill(&cx, "w", "trunc_normal(0.02)", 5, 3, DT_F32, a, N));
    ck_assert(!memcmp(a, b, N * sizeof *a));
    ck_assert(rt_init_fill(&cx, "w", "constant(2.5)", 5, 3, DT_F32, a, 3) && a[2] == 2.5f);
    ck_assert(!rt_init_fill(&cx, "w", "xavier(1)", 5, 3, DT_F32, a, 3));
    free(a);
    free(b);
    ctx_fini(&cx);
}
END_TEST

static void write_bytes(const char *path, const uint8_t *p, size_t n)
{
    FILE *f = fopen(path, "wb");
    ck_assert(f && fwrite(p, 1, n, f) == n && fclose(f) == 0);
}

START_TEST(t_bundle_roundtrip)
{
    Ctx cx;
    ctx_init(&cx, stderr);
    Bundle b = {0};
    ck_assert(bundle_add(&cx, &b, "config", "batch 2\n", 8) && bundle_add(&cx, &b, "x", "\0\1\2", 3));
    const char *launcher = "#!launcher bytes";
    size_t n, nl = strlen(launcher);
    uint8_t *tail = bundle_serialize(&cx, &b, nl, &n);
    uint8_t *file = malloc(nl + n);
    memcpy(file, launcher, nl);
    memcpy(file + nl, tail, n);
    char path[] = "/tmp/test_bundle_XXXXXX";
    int fd = mkstemp(path);
    ck_assert(fd >= 0);
    close(fd);
    write_bytes(path, file, nl + n);
    Bundle r;
    ck_assert(bundle_read_file(&cx, path, &r));
    ck_assert_uint_eq(r.n, 2);
    const BundleSection *s = bundle_find(&r, "x");
    ck_assert(s && s->len == 3 && s->data[2] == 2);
    bundle_free(&cx, &r);
    /* one flipped byte in a section, and a truncated file, are refused */
    Ctx qc;
    FILE *sink = fopen("/dev/null", "w");
    ctx_init(&qc, sink);
    file[nl + n - 40] ^= 1;
    write_bytes(path, file, nl + n);
    ck_assert(!bundle_read_file(&qc, path, &r));
    bundle_free(&qc, &r);
    write_bytes(path, file, nl + n - 5);
    ck_assert(!bundle_read_file(&qc, path, &r));
    bundle_free(&qc, &r);
    ck_assert_int_eq(qc.nerrors, 2);
    ctx_fini(&qc);
    fclose(sink);
    remove(path);
    free(file);
    cx_free(&cx, tail);
    bundle_free(&cx, &b);
    ctx_fini(&cx);
}
END_TEST

/* The bundle's config lines passc writes, and edits of them that must be
 * refused rather than trained on (found by fuzzing edited bundles). */
START_TEST(t_config_ranges)
{
    static const char base[] = "model m\nbatch 2\nepochs 3\n"
                               "sched lr cosine 0.0005 1e-06 0 10 0\n"
                               "crop global 2 224 0.4 1\ncrop_aug global 0 0.5 0.8 0.2 1 0\nloss dino 1\n";
    static const char *const bad[] = {
        "sched lr bogus 0.0005 1e-06 0 10 0\n", "sched lr cosine nan 1e-06 0 10 0\n",
        "sched lr cosine 0.0005 1e-06 0 -1 0\n", "crop local 8 96 0.4 0.05\n", "crop local 8 96 0 0.4\n",
        "crop_aug global 0 nan 0.8 0.2 1 0\n", "crop_aug global 1 0.5 1.5 0.2 1 0\n", "loss pass inf\n",
    };
    Ctx cx;
    FILE *sink = fopen("/dev/null", "w");
    ctx_init(&cx, sink);
    RtConfig c;
    ck_assert(rt_config_parse(&cx, base, strlen(base), &c));
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char text[1024];
        snprintf(text, sizeof text, "%s%s", base, bad[i]);
        ck_assert_msg(!rt_config_parse(&cx, text, strlen(text), &c), "accepted: %s", bad[i]);
    }
    ck_assert_int_eq(cx.nerrors, (int)(sizeof bad / sizeof bad[0]));
    ctx_fini(&cx);
    fclose(sink);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("run_schedule");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, t_cosine_vectors);
    tcase_add_test(tc, t_linear_per_epoch);
    tcase_add_test(tc, t_init);
    tcase_add_test(tc, t_bundle_roundtrip);
    tcase_add_test(tc, t_config_ranges);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int nf = srunner_ntests_failed(sr);
    srunner_free(sr);
    return nf != 0;
}
