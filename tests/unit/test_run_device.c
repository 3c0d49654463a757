/* test_run_device.c — the launcher's device pieces that need no GPU: the
 * CUDA sections of a bundle (cuda.info against the cubin entries), the
 * damaged section named in the bundle's message, the recorded -D lines of
 * the config, and the progress bar's lines. */
#include "runtime/runtime.h"
#include "testutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char key90[] = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

/* An NVRTC cache entry: 64-byte header (magic, format, pad, log length,
 * CUBIN length, hash left zero), the log, the CUBIN. */
static size_t make_entry(uint8_t *out, const char *log, const char *cubin)
{
    uint64_t nl = strlen(log), nc = strlen(cubin);
    uint32_t fmt = 1, pad = 0;
    memset(out, 0, 64);
    memcpy(out, "PASSCBIN", 8);
    memcpy(out + 8, &fmt, 4);
    memcpy(out + 12, &pad, 4);
    memcpy(out + 16, &nl, 8);
    memcpy(out + 24, &nc, 8);
    memcpy(out + 64, log, nl);
    memcpy(out + 64 + nl, cubin, nc);
    return 64 + nl + nc;
}

/* A bundle with cuda.src, cubin.sm_90 (a 5-byte CUBIN) and info. */
static void cuda_bundle(Ctx *cx, Bundle *b, const char *info, bool with_src)
{
    uint8_t e[128];
    size_t n = make_entry(e, "ptx", "CUBIN");
    memset(b, 0, sizeof *b);
    if (with_src) ck_assert(bundle_add(cx, b, "cuda.src", "__global__", 10));
    ck_assert(bundle_add(cx, b, "cubin.sm_90", e, n));
    ck_assert(bundle_add(cx, b, "cuda.info", info, strlen(info)));
}

START_TEST(t_sections)
{
    TestCtx t;
    tc_init(&t);
    Bundle b = {0};
    RtCudaSections cs;
    ck_assert(rt_cuda_sections(&t.cx, &b, &cs) && !cs.present); /* no CUDA code: fine */
    char info[256];
    snprintf(info, sizeof info, "passc-cuda 1\nnvrtc 13.0\ncubin 90 %s 5\n", key90);
    cuda_bundle(&t.cx, &b, info, true);
    ck_assert(rt_cuda_sections(&t.cx, &b, &cs));
    ck_assert(cs.present);
    ck_assert_int_eq(cs.narch, 1);
    ck_assert_int_eq(cs.arch[0], 90);
    ck_assert_uint_eq(cs.cubin_bytes[0], 5);
    ck_assert_uint_eq(cs.src_bytes, 10);
    ck_assert_str_eq(cs.nvrtc, "13.0");
    ck_assert_str_eq(cs.key[0], key90);
    ck_assert_int_eq(rt_cuda_sections_find(&cs, 90), 0);
    ck_assert_int_eq(rt_cuda_sections_find(&cs, 80), -1);
    ck_assert_int_eq(t.cx.nerrors, 0);
    bundle_free(&t.cx, &b);
    tc_fini(&t);
}
END_TEST

/* Each way cuda.info and the sections can disagree is refused. */
START_TEST(t_sections_damaged)
{
    char ok[256], size[256], arch[256];
    snprintf(ok, sizeof ok, "passc-cuda 1\nnvrtc 13.0\ncubin 90 %s 5\n", key90);
    snprintf(size, sizeof size, "passc-cuda 1\nnvrtc 13.0\ncubin 90 %s 6\n", key90);
    snprintf(arch, sizeof arch, "passc-cuda 1\nnvrtc 13.0\ncubin 80 %s 5\n", key90);
    const char *infos[4] = {size, arch, "passc-cuda 2\n", ok};
    const bool src[4] = {true, true, true, false};
    const char *want[4] = {"cuda.info does not match", "cuda.info does not match", "cuda.info does not match",
                           "cuda.info without cuda.src"};
    for (int i = 0; i < 4; i++) {
        TestCtx t;
        tc_init(&t);
        Bundle b;
        RtCudaSections cs;
        cuda_bundle(&t.cx, &b, infos[i], src[i]);
        ck_assert(!rt_cuda_sections(&t.cx, &b, &cs));
        ck_assert_msg(strstr(tc_diag(&t), "CUDA section is damaged") && strstr(tc_diag(&t), want[i]), "%d: %s", i,
                      tc_diag(&t));
        bundle_free(&t.cx, &b);
        tc_fini(&t);
    }
}
END_TEST

static void write_file(const char *path, const uint8_t *p, size_t n)
{
    FILE *f = fopen(path, "wb");
    ck_assert(f && fwrite(p, 1, n, f) == n);
    fclose(f);
}

/* A flipped byte fails the whole-payload checksum; the message names the
 * section it is in. */
START_TEST(t_damaged_section_named)
{
    TestCtx t;
    tc_init(&t);
    Bundle b = {0};
    ck_assert(bundle_add(&t.cx, &b, "config", "batch 2\n", 8) && bundle_add(&t.cx, &b, "cubin.sm_90", "ABCDEFGH", 8));
    size_t n;
    uint8_t *tail = bundle_serialize(&t.cx, &b, 0, &n);
    char path[] = "/tmp/test_run_device_XXXXXX";
    int fd = mkstemp(path);
    ck_assert(fd >= 0);
    close(fd);
    tail[n - 32 - 3] ^= 1; /* inside "ABCDEFGH", the last section */
    write_file(path, tail, n);
    Bundle r;
    ck_assert(!bundle_read_file(&t.cx, path, &r));
    ck_assert_msg(strstr(tc_diag(&t), "damaged (checksum mismatch in section 'cubin.sm_90')"), "%s", tc_diag(&t));
    bundle_free(&t.cx, &r);
    remove(path);
    cx_free(&t.cx, tail);
    bundle_free(&t.cx, &b);
    tc_fini(&t);
}
END_TEST

START_TEST(t_config_defines)
{
    TestCtx t;
    tc_init(&t);
    const char *text = "passc-config 1\nmodel m\nsource m.yaml\nbatch 8\nepochs 2\ndefine batch=8\n"
                       "crop g 2 16 0.4 1\ndefine base_lr=0.005\n";
    RtConfig c;
    ck_assert_msg(rt_config_parse(&t.cx, text, strlen(text), &c), "%s", tc_diag(&t));
    ck_assert_str_eq(c.defines, "batch=8 base_lr=0.005");
    tc_fini(&t);
}
END_TEST

/* Forced on a file: one line per change of stage, the bar filled in
 * proportion (24 cells). */
START_TEST(t_progress_lines)
{
    setenv("PASSC_PROGRESS", "1", 1);
    FILE *f = tmpfile();
    ck_assert(f);
    RtProgress p;
    rt_progress_begin(&p, f, "job", 4);
    rt_progress_set(&p, 1, "one");
    rt_progress_set(&p, 1, "one again");
    rt_progress_set(&p, 4, "done");
    rt_progress_end(&p);
    char buf[512] = "";
    rewind(f);
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = 0;
    fclose(f);
    ck_assert_msg(!strncmp(buf, "job [######..................] 1/4 one ", 39), "%s", buf);
    const char *second = strchr(buf, '\n') + 1;
    ck_assert_msg(!strncmp(second, "job [########################] 4/4 done ", 40), "%s", buf);
    ck_assert_ptr_null(strchr(strchr(second, '\n') + 1, '\n'));
    setenv("PASSC_PROGRESS", "0", 1);
    f = tmpfile();
    rt_progress_begin(&p, f, "job", 4);
    rt_progress_set(&p, 2, "x");
    ck_assert_int_eq(ftell(f), 0);
    fclose(f);
    unsetenv("PASSC_PROGRESS");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("run_device");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, t_sections);
    tcase_add_test(tc, t_sections_damaged);
    tcase_add_test(tc, t_damaged_section_named);
    tcase_add_test(tc, t_config_defines);
    tcase_add_test(tc, t_progress_lines);
    suite_add_tcase(s, tc);
    return tc_run_suite(s);
}
