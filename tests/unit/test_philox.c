/* test_philox.c — Philox-4x32-10 against the Random123 known-answer
 * vectors (kat_vectors), and the uniform mapping used by rand_uniform. */
#include "testutil.h"

#include <math.h>

static void check_block(const uint32_t ctr[4], const uint32_t key[2], const uint32_t want[4])
{
    uint32_t out[4];
    philox4x32_10(ctr, key, out);
    for (int i = 0; i < 4; i++)
        ck_assert_msg(out[i] == want[i], "word %d: got %08x want %08x", i, out[i], want[i]);
}

START_TEST(t_kat_zero)
{
    uint32_t ctr[4] = {0, 0, 0, 0}, key[2] = {0, 0};
    uint32_t want[4] = {0x6627e8d5, 0xe169c58d, 0xbc57ac4c, 0x9b00dbd8};
    check_block(ctr, key, want);
}
END_TEST

START_TEST(t_kat_ones)
{
    uint32_t ctr[4] = {0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff};
    uint32_t key[2] = {0xffffffff, 0xffffffff};
    uint32_t want[4] = {0x408f276d, 0x41c83b0e, 0xa20bc7c6, 0x6d5451fd};
    check_block(ctr, key, want);
}
END_TEST

START_TEST(t_kat_pi)
{
    uint32_t ctr[4] = {0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344};
    uint32_t key[2] = {0xa4093822, 0x299f31d0};
    uint32_t want[4] = {0xd16cfe09, 0x94fdcceb, 0x5001e420, 0x24126ea1};
    check_block(ctr, key, want);
}
END_TEST

/* philox_uniform picks word index%4 of block counter {index/4 lo, hi,
 * stream lo, hi} under key {seed lo, hi}. */
START_TEST(t_uniform_mapping)
{
    uint64_t seed = 0x299f31d0a4093822ull, stream = 0x0370734413198a2eull;
    uint64_t block = 0x05a308d3243f6a88ull; /* block*4 must fit in 64 bits */
    uint32_t ctr[4] = {0x243f6a88, 0x05a308d3, 0x13198a2e, 0x03707344};
    uint32_t key[2] = {0xa4093822, 0x299f31d0}, out[4];
    philox4x32_10(ctr, key, out);
    for (int w = 0; w < 4; w++) {
        float u = philox_uniform(seed, stream, block * 4 + (uint64_t)w);
        ck_assert_float_eq(u, (float)(out[w] >> 8) / 16777216.0f);
    }
    /* zero key, zero counter (first KAT): word 0 = 0x6627e8d5, word 3 = 0x9b00dbd8 */
    ck_assert_float_eq(philox_uniform(0, 0, 0), (float)0x6627e8 / 16777216.0f);
    ck_assert_float_eq(philox_uniform(0, 0, 3), (float)0x9b00db / 16777216.0f);
}
END_TEST

START_TEST(t_uniform_range_exact)
{
    for (uint64_t i = 0; i < 20000; i++) {
        float u = philox_uniform(42, 7, i);
        ck_assert(u >= 0.0f && u < 1.0f);
        double scaled = (double)u * 16777216.0; /* an integer < 2^24 */
        ck_assert(scaled == floor(scaled));
    }
}
END_TEST

START_TEST(t_uniform_moments)
{
    const int n = 100000;
    double s = 0, s2 = 0;
    for (int i = 0; i < n; i++) {
        double u = philox_uniform(1234, 0, (uint64_t)i);
        s += u;
        s2 += u * u;
    }
    double mean = s / n, var = s2 / n - mean * mean;
    /* std error of the mean is sqrt(1/12/n) = 9.1e-4; allow ~5 sigma */
    ck_assert_double_eq_tol(mean, 0.5, 5e-3);
    ck_assert_double_eq_tol(var, 1.0 / 12.0, 2e-3);
}
END_TEST

START_TEST(t_uniform_streams_seeds)
{
    int same_stream = 0, same_seed = 0;
    for (uint64_t i = 0; i < 1000; i++) {
        float a = philox_uniform(99, 0, i);
        ck_assert_float_eq(a, philox_uniform(99, 0, i)); /* reproducible */
        same_stream += a == philox_uniform(99, 1, i);
        same_seed += a == philox_uniform(100, 0, i);
    }
    /* 2^-24 collision chance per draw: a handful at most by accident */
    ck_assert_int_lt(same_stream, 3);
    ck_assert_int_lt(same_seed, 3);
    /* the high halves of seed and stream matter too */
    ck_assert_float_ne(philox_uniform(1, 0, 0), philox_uniform(1 | (1ull << 32), 0, 0));
    ck_assert_float_ne(philox_uniform(1, 0, 0), philox_uniform(1, 1ull << 32, 0));
}
END_TEST

int main(void)
{
    Suite *s = suite_create("philox");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, t_kat_zero);
    tcase_add_test(tc, t_kat_ones);
    tcase_add_test(tc, t_kat_pi);
    tcase_add_test(tc, t_uniform_mapping);
    tcase_add_test(tc, t_uniform_range_exact);
    tcase_add_test(tc, t_uniform_moments);
    tcase_add_test(tc, t_uniform_streams_seeds);
    suite_add_tcase(s, tc);
    return tc_run_suite(s);
}
