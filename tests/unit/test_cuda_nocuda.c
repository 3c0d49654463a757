/* test_cuda_nocuda.c — the CUDA runtime on a machine without a GPU: the
 * driver fails to open with one line that says the CPU takes over (no
 * driver, a bogus path, a library that is not the driver, the toolkit's
 * stub), and the pieces that need no GPU: SHA-256 (FIPS 180-2 vectors) and
 * the ptxas resource-report parser (logs copied from NVRTC 13.0). */
#include "testutil.h"

#include "runtime/cuda.h"

#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void assert_one_line(const char *why)
{
    ck_assert_msg(strchr(why, '\n') == NULL, "message has a newline: %s", why);
    const char *tail = "; training on the CPU";
    size_t n = strlen(why), t = strlen(tail);
    ck_assert_msg(n > t && strcmp(why + n - t, tail) == 0, "bad ending: %s", why);
}

START_TEST(t_no_driver)
{
    /* On a machine with a driver this case does not exist. */
    void *h = dlopen("libcuda.so.1", RTLD_NOW);
    if (h) {
        dlclose(h);
        return;
    }
    char why[512] = "";
    RtCuda *rt = rt_cuda_open(NULL, 0, why, sizeof why);
    ck_assert_ptr_null(rt);
    ck_assert_str_eq(why, "no CUDA driver (libcuda.so.1: cannot open shared object file: "
                          "No such file or directory); training on the CPU");
}
END_TEST

START_TEST(t_bogus_path)
{
    char why[512] = "";
    RtCuda *rt = rt_cuda_open("/nonexistent/dir/libcuda.so.1", 0, why, sizeof why);
    ck_assert_ptr_null(rt);
    ck_assert_str_eq(why, "no CUDA driver (/nonexistent/dir/libcuda.so.1: cannot open shared "
                          "object file: No such file or directory); training on the CPU");
}
END_TEST

START_TEST(t_not_a_driver)
{
    /* A real library without cuInit: the symbol table is checked before
     * anything is called. */
    char why[512] = "";
    RtCuda *rt = rt_cuda_open("libm.so.6", 0, why, sizeof why);
    ck_assert_ptr_null(rt);
    ck_assert_str_eq(why, "no usable CUDA driver (no cuInit in libm.so.6); training on the CPU");
}
END_TEST

START_TEST(t_stub_driver)
{
    /* The toolkit's stub has every symbol, and cuInit returns
     * CUDA_ERROR_STUB_LIBRARY: the message names the call and the error. */
    const char *stub = "/usr/local/cuda/lib64/stubs/libcuda.so";
    if (access(stub, R_OK) != 0) return;
    char why[512] = "";
    RtCuda *rt = rt_cuda_open(stub, 0, why, sizeof why);
    ck_assert_ptr_null(rt);
    assert_one_line(why);
    ck_assert_msg(strncmp(why, "CUDA driver unusable (cuda.c:", 29) == 0, "%s", why);
    ck_assert_msg(strstr(why, ": cuInit failed: CUDA_ERROR_STUB_LIBRARY (34): ") != NULL, "%s",
                  why);
}
END_TEST

static void check_sha(const char *data, size_t len, const char *want)
{
    uint8_t d[32];
    char hex[65];
    rt_sha256(data, len, d);
    for (int i = 0; i < 32; i++) snprintf(hex + 2 * i, 3, "%02x", d[i]);
    ck_assert_str_eq(hex, want);
}

START_TEST(t_sha256_vectors)
{
    check_sha("", 0, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    check_sha("abc", 3, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const char *two = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    check_sha(two, strlen(two), "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    char *mil = malloc(1000000);
    ck_assert_ptr_nonnull(mil);
    memset(mil, 'a', 1000000);
    check_sha(mil, 1000000, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    free(mil);
}
END_TEST

/* NVRTC 13.0's log for two kernels, one calling a non-inlined device
 * function whose properties block must not be taken for a kernel's. */
static const char *log_two =
    "ptxas info    : 0 bytes gmem\n"
    "ptxas info    : Compiling entry function 'b' for 'sm_90'\n"
    "ptxas info    : Function properties for b\n"
    "ptxas         .     0 bytes stack frame, 0 bytes spill stores, 0 bytes spill loads\n"
    "ptxas info    : Used 10 registers, used 0 barriers\n"
    "ptxas info    : Compile time = 2.392 ms\n"
    "ptxas info    : Function properties for _Z1ff\n"
    "ptxas         .     16 bytes stack frame, 4 bytes spill stores, 4 bytes spill loads\n"
    "ptxas info    : Compiling entry function 'a' for 'sm_90'\n"
    "ptxas info    : Function properties for a\n"
    "ptxas         .     608 bytes stack frame, 620 bytes spill stores, 848 bytes spill loads\n"
    "ptxas info    : Used 64 registers, used 1 barriers, 256 bytes smem\n"
    "ptxas info    : Compile time = 1.686 ms\n";

START_TEST(t_ptxas_parse)
{
    RtKernelInfo *k = NULL;
    int n = -1;
    ck_assert(rt_ptxas_parse(log_two, &k, &n));
    ck_assert_int_eq(n, 2);
    ck_assert_str_eq(k[0].name, "b");
    ck_assert_int_eq(k[0].regs, 10);
    ck_assert_int_eq(k[0].barriers, 0);
    ck_assert_int_eq(k[0].stack, 0);
    ck_assert_int_eq(k[0].spill_stores, 0);
    ck_assert_int_eq(k[0].smem, 0);
    ck_assert_str_eq(k[1].name, "a");
    ck_assert_int_eq(k[1].regs, 64);
    ck_assert_int_eq(k[1].barriers, 1);
    ck_assert_int_eq(k[1].smem, 256);
    ck_assert_int_eq(k[1].stack, 608);
    ck_assert_int_eq(k[1].spill_stores, 620);
    ck_assert_int_eq(k[1].spill_loads, 848);
    free(k);
    ck_assert(rt_ptxas_parse("", &k, &n));
    ck_assert_int_eq(n, 0);
    free(k);
}
END_TEST

START_TEST(t_report_table)
{
    RtKernelInfo ks[1] = {{.name = "row_sum", .regs = 32, .spill_stores = 8, .spill_loads = 8}};
    RtCubin c = {.size = 4096, .kernels = ks, .nkernels = 1};
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    ck_assert_ptr_nonnull(f);
    rt_cubin_report(&c, f);
    fclose(f);
    ck_assert_msg(strstr(buf, "row_sum") && strstr(buf, "SPILLS"), "%s", buf);
    ck_assert_msg(strstr(buf, "1 kernels, 4096 bytes of CUBIN\n") != NULL, "%s", buf);
    free(buf);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("cuda_nocuda");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, t_no_driver);
    tcase_add_test(tc, t_bogus_path);
    tcase_add_test(tc, t_not_a_driver);
    tcase_add_test(tc, t_stub_driver);
    tcase_add_test(tc, t_sha256_vectors);
    tcase_add_test(tc, t_ptxas_parse);
    tcase_add_test(tc, t_report_table);
    suite_add_tcase(s, tc);
    return tc_run_suite(s);
}
