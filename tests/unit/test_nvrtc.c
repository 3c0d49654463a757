/* test_nvrtc.c — NVRTC without a GPU: the shared test program (float4
 * elementwise, warp-shuffle row sum, bf16 with cuda_bf16.h) compiles to
 * CUBIN for sm_80 and sm_90 (the ELF header names the arch), ptxas reports
 * registers and no spills for each kernel, a broken kernel fails with
 * NVRTC's log, and the on-disk cache hits, survives corruption and
 * truncation, and separates archs.  Also times a 50-kernel program cold
 * and warm (printed, the warm one asserted to be much faster).
 *
 * Built when CMake found NVRTC (tests/CMakeLists.txt); compiled without
 * PASSC_HAVE_NVRTC it checks only that the compile fails saying why. */
#define _GNU_SOURCE
#include "testutil.h"

#include "runtime/cuda.h"
#include "tests/gpu/kernels_src.h"

#include <ftw.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#ifdef PASSC_HAVE_NVRTC

static double now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static int rm_entry(const char *p, const struct stat *s, int flag, struct FTW *f)
{
    (void)s, (void)flag, (void)f;
    return remove(p);
}

/* A fresh cache folder under /tmp, removed by rm_dir. */
static char *tmp_dir(void)
{
    char *d = strdup("/tmp/passc-nvrtc-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(d));
    return d;
}

static void rm_dir(char *d)
{
    nftw(d, rm_entry, 8, FTW_DEPTH | FTW_PHYS);
    free(d);
}

static void compile_ok(const char *src, const RtNvrtcOptions *o, RtCubin *c)
{
    char err[8192] = "";
    ck_assert_msg(rt_nvrtc_compile(src, "test.cu", o, c, err, sizeof err), "%s", err);
    ck_assert_msg(c->size > 64 && memcmp(c->data, "\x7f" "ELF", 4) == 0, "not an ELF CUBIN");
}

static void check_arch(int arch)
{
    RtNvrtcOptions o = {.arch = arch, .cache_dir = ""};
    RtCubin c;
    compile_ok(kernels_src, &o, &c);
    uint32_t flags;
    memcpy(&flags, c.data + 48, 4); /* Elf64_Ehdr.e_flags: the SM in bits 8..15 */
    ck_assert_int_eq((int)((flags >> 8) & 0xff), arch);
    ck_assert_int_eq(c.nkernels, 3);
    const char *names[] = {"ew_axpb", "row_sum", "bf16_gelu"};
    for (int i = 0; i < 3; i++) {
        const RtKernelInfo *k = rt_cubin_kernel(&c, names[i]);
        ck_assert_msg(k != NULL, "no report for %s:\n%s", names[i], c.log);
        ck_assert_msg(k->regs >= 4 && k->regs <= 64, "%s: %d registers", names[i], k->regs);
        ck_assert_int_eq(k->spill_stores, 0);
        ck_assert_int_eq(k->spill_loads, 0);
        ck_assert_int_eq(k->stack, 0);
    }
    ck_assert(!c.from_cache);
    rt_cubin_free(&c);
}

START_TEST(t_compile_sm80) { check_arch(80); }
END_TEST

START_TEST(t_compile_sm90) { check_arch(90); }
END_TEST

START_TEST(t_version)
{
    int major = 0, minor = -1;
    ck_assert(rt_nvrtc_version(&major, &minor));
    ck_assert_int_ge(major, 11);
    ck_assert_int_ge(minor, 0);
}
END_TEST

START_TEST(t_broken_kernel)
{
    const char *src = "extern \"C\" __global__ void bad(float *o)\n"
                      "{\n"
                      "    o[0] = undefined_thing;\n"
                      "}\n";
    RtNvrtcOptions o = {.arch = 90, .cache_dir = ""};
    RtCubin c;
    char err[8192] = "";
    ck_assert(!rt_nvrtc_compile(src, "broken.cu", &o, &c, err, sizeof err));
    ck_assert_msg(strncmp(err, "broken.cu: NVRTC compile failed for sm_90: "
                               "NVRTC_ERROR_COMPILATION\n", 66) == 0, "%s", err);
    ck_assert_msg(strstr(err, "broken.cu(3): error: identifier \"undefined_thing\" is undefined"),
                  "%s", err);
    ck_assert_ptr_null(c.data);
}
END_TEST

START_TEST(t_missing_header_path)
{
    /* A wrong include folder: cuda_bf16.h is not found, and the log says
     * which file. */
    RtNvrtcOptions o = {.arch = 90, .cache_dir = "", .cuda_include = "/nonexistent"};
    RtCubin c;
    char err[8192] = "";
    ck_assert(!rt_nvrtc_compile(kernels_src, "k.cu", &o, &c, err, sizeof err));
    ck_assert_msg(strstr(err, "cuda_bf16.h") != NULL, "%s", err);
}
END_TEST

static char *entry_path(const char *dir, const RtCubin *c)
{
    char *p = malloc(strlen(dir) + 80);
    sprintf(p, "%s/%s.cubin", dir, c->key);
    return p;
}

/* Overwrites one byte of the file at offset off (from the end if < 0). */
static void poke(const char *path, long off)
{
    FILE *f = fopen(path, "r+b");
    ck_assert_ptr_nonnull(f);
    ck_assert_int_eq(fseek(f, off, off < 0 ? SEEK_END : SEEK_SET), 0);
    int ch = fgetc(f);
    ck_assert_int_eq(fseek(f, -1, SEEK_CUR), 0);
    fputc(ch ^ 0x5a, f);
    fclose(f);
}

static void expect(const char *dir, const RtCubin *ref, bool hit)
{
    RtNvrtcOptions o = {.arch = 90, .cache_dir = dir};
    RtCubin c;
    compile_ok(kernels_src, &o, &c);
    ck_assert_msg(c.from_cache == hit, "from_cache %d, note '%s'", c.from_cache, c.cache_note);
    ck_assert_str_eq(c.key, ref->key);
    ck_assert(c.size == ref->size && memcmp(c.data, ref->data, c.size) == 0);
    ck_assert_int_eq(c.nkernels, 3);
    ck_assert_int_eq(rt_cubin_kernel(&c, "row_sum")->regs, rt_cubin_kernel(ref, "row_sum")->regs);
    if (!hit) ck_assert_msg(strstr(c.cache_note, "corrupt cache entry"), "%s", c.cache_note);
    rt_cubin_free(&c);
}

START_TEST(t_cache_hit_and_corruption)
{
    char *dir = tmp_dir();
    char sub[512];
    snprintf(sub, sizeof sub, "%s/a/b", dir); /* folders are created */
    RtNvrtcOptions o = {.arch = 90, .cache_dir = sub};
    RtCubin ref;
    compile_ok(kernels_src, &o, &ref);
    ck_assert(!ref.from_cache);
    ck_assert_str_eq(ref.cache_note, "");
    char *path = entry_path(sub, &ref);
    ck_assert_int_eq(access(path, R_OK), 0);
    expect(sub, &ref, true);
    poke(path, -100); /* inside the CUBIN: the payload hash catches it */
    expect(sub, &ref, false);
    expect(sub, &ref, true);
    poke(path, 0);    /* the magic */
    expect(sub, &ref, false);
    ck_assert_int_eq(truncate(path, 1000), 0);
    expect(sub, &ref, false);
    expect(sub, &ref, true);
    /* Another arch is another entry. */
    RtNvrtcOptions o80 = {.arch = 80, .cache_dir = sub};
    RtCubin c80;
    compile_ok(kernels_src, &o80, &c80);
    ck_assert(!c80.from_cache);
    ck_assert_str_ne(c80.key, ref.key);
    rt_cubin_free(&c80);
    free(path);
    rt_cubin_free(&ref);
    rm_dir(dir);
}
END_TEST

START_TEST(t_cache_env_dir)
{
    char *dir = tmp_dir();
    setenv("PASSC_CACHE_DIR", dir, 1);
    RtNvrtcOptions o = {.arch = 90};
    RtCubin c;
    compile_ok(kernels_src, &o, &c);
    char *path = entry_path(dir, &c);
    ck_assert_int_eq(access(path, R_OK), 0);
    unsetenv("PASSC_CACHE_DIR");
    free(path);
    rt_cubin_free(&c);
    rm_dir(dir);
}
END_TEST

/* n kernels of the shape env-facts section 4 measured (x = a*b + i;
 * o = silu(x)), in one program. */
static char *many_kernels(int n, int salt)
{
    size_t cap = (size_t)n * 256 + 64;
    char *s = malloc(cap), *p = s;
    p += sprintf(p, "// salt %d\n", salt);
    for (int i = 0; i < n; i++)
        p += sprintf(p,
                     "extern \"C\" __global__ void k%d(float *o, const float *a, const float *b,"
                     " int n)\n{ int i = blockIdx.x * blockDim.x + threadIdx.x; if (i < n) {"
                     " float x = a[i] * b[i] + %d.0f; o[i] = x / (1.f + __expf(-x)); } }\n",
                     i, i);
    return s;
}

START_TEST(t_cache_timing)
{
    char *dir = tmp_dir();
    /* The salt keeps the first compile cold whatever ran before. */
    char *src = many_kernels(50, (int)getpid());
    RtNvrtcOptions o = {.arch = 90, .cache_dir = dir};
    RtCubin cold, warm;
    double t0 = now_ms();
    compile_ok(src, &o, &cold);
    double t1 = now_ms();
    compile_ok(src, &o, &warm);
    double t2 = now_ms();
    ck_assert(!cold.from_cache && warm.from_cache);
    ck_assert_int_eq(warm.nkernels, 50);
    printf("nvrtc: 50 kernels sm_90 cold %.1f ms, warm %.2f ms, %zu bytes\n", t1 - t0, t2 - t1,
           cold.size);
    ck_assert_msg(t2 - t1 < (t1 - t0) / 5, "warm %.1f ms vs cold %.1f ms", t2 - t1, t1 - t0);
    rt_cubin_free(&cold);
    rt_cubin_free(&warm);
    free(src);
    rm_dir(dir);
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, t_version);
    tcase_add_test(tc, t_compile_sm80);
    tcase_add_test(tc, t_compile_sm90);
    tcase_add_test(tc, t_broken_kernel);
    tcase_add_test(tc, t_missing_header_path);
    tcase_add_test(tc, t_cache_hit_and_corruption);
    tcase_add_test(tc, t_cache_env_dir);
    tcase_add_test(tc, t_cache_timing);
}

#else

/* Built without the toolkit (CMake normally leaves this file out then):
 * the compile fails cleanly and says why. */
START_TEST(t_without_nvrtc)
{
    RtNvrtcOptions o = {.arch = 90, .cache_dir = ""};
    RtCubin c;
    char err[512] = "";
    int major = 1, minor = 1;
    ck_assert(!rt_nvrtc_version(&major, &minor));
    ck_assert(!rt_nvrtc_compile(kernels_src, "k.cu", &o, &c, err, sizeof err));
    ck_assert_str_eq(err, "k.cu: passc was built without NVRTC (no CUDA toolkit found)");
    ck_assert_ptr_null(c.data);
}
END_TEST

static void add_tests(TCase *tc) { tcase_add_test(tc, t_without_nvrtc); }

#endif

int main(void)
{
    Suite *s = suite_create("nvrtc");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 120); /* NVRTC: ~0.1-0.5 s a program, more under ASan */
    add_tests(tc);
    suite_add_tcase(s, tc);
    return tc_run_suite(s);
}
