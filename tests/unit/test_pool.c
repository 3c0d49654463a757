/* test_pool.c — the CPU executors' thread pool (runtime/pool.c): every
 * index of a job runs exactly once, each thread gets one contiguous chunk
 * under its own index, and jobs keep coming right whether the workers are
 * still spinning from the last job or asleep (a pause longer than the
 * pool's spin).  Pools of more threads than this machine has cores are
 * included: the pool must stay correct, if slower, when oversubscribed. */
#include "testutil.h"
#include "runtime/cpu.h"

#include <stdatomic.h>
#include <time.h>

enum { MAX_N = 4096 };

typedef struct Job {
    _Atomic int hits[MAX_N];
    _Atomic int chunks[RT_MAX_THREADS]; /* chunks run by each thread index */
    _Atomic int bad_thread;
    int threads;
} Job;

static void task(void *arg, int64_t lo, int64_t hi, int thread)
{
    Job *j = arg;
    if (thread < 0 || thread >= j->threads) {
        atomic_fetch_add(&j->bad_thread, 1);
        return;
    }
    atomic_fetch_add(&j->chunks[thread], 1);
    for (int64_t i = lo; i < hi; i++) atomic_fetch_add(&j->hits[i], 1);
}

/* One job of n indices on pool; every index once, no thread twice. */
static void check_job(RtPool *pool, Job *j, int64_t n)
{
    memset(j, 0, sizeof *j);
    j->threads = rt_pool_size(pool);
    rt_pool_run(pool, task, j, n);
    ck_assert_int_eq(atomic_load(&j->bad_thread), 0);
    for (int64_t i = 0; i < n; i++) ck_assert_msg(atomic_load(&j->hits[i]) == 1, "index %lld of %lld ran %d times",
                                                  (long long)i, (long long)n, atomic_load(&j->hits[i]));
    for (int t = 0; t < j->threads; t++) ck_assert_int_le(atomic_load(&j->chunks[t]), 1);
}

static void pause_ms(int ms)
{
    struct timespec ts = {0, ms * 1000000L};
    nanosleep(&ts, NULL);
}

static const int sizes[] = {1, 2, 3, 5};
static const int64_t lengths[] = {0, 1, 2, 3, 7, 64, 1000, MAX_N};

START_TEST(t_every_index_once)
{
    TestCtx t;
    tc_init(&t);
    RtPool *pool = rt_pool_new(&t.cx, sizes[_i]);
    ck_assert_ptr_nonnull(pool);
    ck_assert_int_eq(rt_pool_size(pool), sizes[_i]);
    static Job j;
    for (int rep = 0; rep < 200; rep++)
        for (size_t k = 0; k < sizeof lengths / sizeof lengths[0]; k++) check_job(pool, &j, lengths[k]);
    rt_pool_free(pool);
    tc_fini(&t);
}
END_TEST

/* Pauses of 3 ms (the workers spin for 1 ms, then sleep) between jobs:
 * the sleeping workers are woken, and the caller's own wait also sleeps
 * when a job's chunks are long. */
static void slow_task(void *arg, int64_t lo, int64_t hi, int thread)
{
    if (thread == 1) pause_ms(3); /* the caller waits past its spin */
    task(arg, lo, hi, thread);
}

START_TEST(t_sleep_and_wake)
{
    TestCtx t;
    tc_init(&t);
    RtPool *pool = rt_pool_new(&t.cx, 3);
    ck_assert_ptr_nonnull(pool);
    static Job j;
    for (int rep = 0; rep < 5; rep++) {
        check_job(pool, &j, 100);
        pause_ms(3);
        memset(&j, 0, sizeof j);
        j.threads = 3;
        rt_pool_run(pool, slow_task, &j, 30);
        for (int i = 0; i < 30; i++) ck_assert_int_eq(atomic_load(&j.hits[i]), 1);
    }
    rt_pool_free(pool);
    tc_fini(&t);
}
END_TEST

/* A pool freed while its workers spin, and one freed while they sleep. */
START_TEST(t_free_spinning_or_asleep)
{
    TestCtx t;
    tc_init(&t);
    for (int asleep = 0; asleep < 2; asleep++) {
        RtPool *pool = rt_pool_new(&t.cx, 4);
        ck_assert_ptr_nonnull(pool);
        static Job j;
        check_job(pool, &j, 10);
        if (asleep) pause_ms(3);
        rt_pool_free(pool);
    }
    ck_assert_int_eq(rt_pool_size(NULL), 1);
    tc_fini(&t);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("pool");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 60);
    tcase_add_loop_test(tc, t_every_index_once, 0, (int)(sizeof sizes / sizeof sizes[0]));
    tcase_add_test(tc, t_sleep_and_wake);
    tcase_add_test(tc, t_free_spinning_or_asleep);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return tc_run_suite(suite()); }
