/* pool.c — a small fork-join thread pool for the CPU executors.
 *
 * rt_pool_run(pool, fn, arg, n) splits [0, n) into one contiguous chunk
 * per thread, runs fn(arg, lo, hi, thread) on each (the caller takes the first
 * chunk) and returns when all are done.  Kernels run one after another, so
 * one job at a time is all the pool needs: a generation counter wakes the
 * workers and a countdown tells the caller they finished.
 *
 * Why the spinning: a step is a thousand kernels back to back, many of
 * them a few tens of microseconds long, and waking a thread asleep on a
 * futex took ~80 us on the development VM, more than such a kernel's
 * whole time.  So a worker that finished a job watches the counter for a
 * while (SPIN_NS) before it sleeps on the condition variable, and the
 * caller watches the countdown likewise; the mutex is taken only to put a
 * thread to sleep or to wake one.  Data loader threads get the cores back
 * once the step stops handing out work.
 *
 * The pool is an object owned by its executor; nothing is global.  Its
 * size defaults to the cores this process may run on. */
#define _GNU_SOURCE
#include "runtime/cpu.h"

#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <time.h>
#include <unistd.h>

/* How long an idle thread spins before it sleeps: longer than most gaps
 * between two kernels, far shorter than a step. */
enum { SPIN_NS = 1000 * 1000 };

typedef struct Worker {
    struct RtPool *pool;
    int index;
} Worker;

struct RtPool {
    Ctx *cx;
    int n;              /* threads including the caller (index 0) */
    pthread_t *tid;     /* tid[1..n-1]: the workers */
    Worker *ws;         /* their arguments, alive as long as the pool */
    pthread_mutex_t mu; /* guards sleeping and the two waits */
    pthread_cond_t go, done;
    int sleeping;       /* workers waiting on go */
    bool caller_sleeps; /* the caller waits on done */
    _Atomic uint64_t gen; /* job number; workers wait for it to change */
    _Atomic int pending;  /* workers still running the current job */
    _Atomic bool quit;
    /* the job: written before gen is bumped (release), read after */
    RtTask fn;
    void *arg;
    int64_t total;
};

int rt_pool_default_threads(void)
{
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 0) return CPU_COUNT(&set);
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (int)n : 1;
}

/* Chunk i of n over [0, total): sizes differ by at most one. */
static void chunk(int64_t total, int n, int i, int64_t *lo, int64_t *hi)
{
    *lo = total * i / n;
    *hi = total * (i + 1) / n;
}

static int64_t now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

/* One turn of a spin-wait that began at t0 (ns); true once it has spun
 * SPIN_NS.  Every 256 turns it yields the core: with more runnable
 * threads than cores (--threads above the core count, data loader
 * threads) the thread the spinner waits for may be the one without a
 * core. */
static bool spun_out(int64_t i, int64_t t0)
{
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#endif
    if (i & 255) return false;
    sched_yield();
    return now_ns() - t0 > SPIN_NS;
}

/* Spins until *gen differs from seen or SPIN_NS pass; the value seen. */
static uint64_t spin_gen(RtPool *pool, uint64_t seen)
{
    uint64_t g = atomic_load_explicit(&pool->gen, memory_order_acquire);
    for (int64_t t0 = now_ns(), i = 1; g == seen && !atomic_load_explicit(&pool->quit, memory_order_relaxed); i++) {
        if (spun_out(i, t0)) break;
        g = atomic_load_explicit(&pool->gen, memory_order_acquire);
    }
    return g;
}

/* The next job number after seen: spinning first, then asleep on go. */
static uint64_t wait_job(RtPool *pool, uint64_t seen)
{
    uint64_t g = spin_gen(pool, seen);
    if (g != seen) return g;
    pthread_mutex_lock(&pool->mu);
    pool->sleeping++;
    while ((g = atomic_load_explicit(&pool->gen, memory_order_acquire)) == seen &&
           !atomic_load_explicit(&pool->quit, memory_order_relaxed))
        pthread_cond_wait(&pool->go, &pool->mu);
    pool->sleeping--;
    pthread_mutex_unlock(&pool->mu);
    return g;
}

static void *worker_main(void *p)
{
    Worker *w = p;
    RtPool *pool = w->pool;
    uint64_t seen = 0;
    for (;;) {
        seen = wait_job(pool, seen);
        if (atomic_load_explicit(&pool->quit, memory_order_acquire)) return NULL;
        int64_t lo, hi;
        chunk(pool->total, pool->n, w->index, &lo, &hi);
        if (lo < hi) pool->fn(pool->arg, lo, hi, w->index);
        if (atomic_fetch_sub_explicit(&pool->pending, 1, memory_order_acq_rel) == 1) {
            pthread_mutex_lock(&pool->mu); /* the caller may be asleep */
            if (pool->caller_sleeps) pthread_cond_signal(&pool->done);
            pthread_mutex_unlock(&pool->mu);
        }
    }
}

RtPool *rt_pool_new(Ctx *cx, int nthreads)
{
    RtPool *pool = cx_alloc(cx, sizeof *pool);
    if (!pool) return NULL;
    pool->cx = cx;
    pool->n = nthreads > 0 ? nthreads : rt_pool_default_threads();
    if (pool->n > RT_MAX_THREADS) pool->n = RT_MAX_THREADS;
    atomic_init(&pool->gen, 0);
    atomic_init(&pool->pending, 0);
    atomic_init(&pool->quit, false);
    Worker *ws = pool->ws = cx_alloc(cx, (size_t)pool->n * sizeof *ws);
    pool->tid = cx_alloc(cx, (size_t)pool->n * sizeof *pool->tid);
    if (!ws || !pool->tid || pthread_mutex_init(&pool->mu, NULL) || pthread_cond_init(&pool->go, NULL) ||
        pthread_cond_init(&pool->done, NULL)) {
        cx_error(cx, (SrcLoc){0}, "cannot create the thread pool");
        cx_free(cx, ws);
        cx_free(cx, pool->tid);
        cx_free(cx, pool);
        return NULL;
    }
    int started = 1;
    for (int i = 1; i < pool->n; i++, started++) {
        ws[i] = (Worker){pool, i};
        if (pthread_create(&pool->tid[i], NULL, worker_main, &ws[i])) break;
    }
    if (started < pool->n) {
        cx_error(cx, (SrcLoc){0}, "cannot start thread %d of the pool", started);
        pool->n = started; /* the workers started so far are joined by free */
        rt_pool_free(pool);
        return NULL;
    }
    return pool;
}

void rt_pool_free(RtPool *pool)
{
    if (!pool) return;
    pthread_mutex_lock(&pool->mu);
    atomic_store_explicit(&pool->quit, true, memory_order_release);
    pthread_cond_broadcast(&pool->go);
    pthread_mutex_unlock(&pool->mu);
    for (int i = 1; i < pool->n; i++) pthread_join(pool->tid[i], NULL);
    cx_free(pool->cx, pool->ws);
    pthread_mutex_destroy(&pool->mu);
    pthread_cond_destroy(&pool->go);
    pthread_cond_destroy(&pool->done);
    cx_free(pool->cx, pool->tid);
    cx_free(pool->cx, pool);
}

int rt_pool_size(const RtPool *pool) { return pool ? pool->n : 1; }

/* Until the workers are done with the current job: spinning, then asleep. */
static void wait_done(RtPool *pool)
{
    int64_t t0 = now_ns();
    for (int64_t i = 1; atomic_load_explicit(&pool->pending, memory_order_acquire); i++) {
        if (!spun_out(i, t0)) continue;
        pthread_mutex_lock(&pool->mu);
        pool->caller_sleeps = true;
        while (atomic_load_explicit(&pool->pending, memory_order_acquire)) pthread_cond_wait(&pool->done, &pool->mu);
        pool->caller_sleeps = false;
        pthread_mutex_unlock(&pool->mu);
        return;
    }
}

void rt_pool_run(RtPool *pool, RtTask fn, void *arg, int64_t n)
{
    if (!pool || pool->n == 1 || n < 2) {
        if (n > 0) fn(arg, 0, n, 0);
        return;
    }
    pool->fn = fn;
    pool->arg = arg;
    pool->total = n;
    atomic_store_explicit(&pool->pending, pool->n - 1, memory_order_relaxed);
    atomic_fetch_add_explicit(&pool->gen, 1, memory_order_release);
    pthread_mutex_lock(&pool->mu); /* a worker that went to sleep needs waking */
    if (pool->sleeping) pthread_cond_broadcast(&pool->go);
    pthread_mutex_unlock(&pool->mu);
    int64_t lo, hi;
    chunk(n, pool->n, 0, &lo, &hi);
    if (lo < hi) fn(arg, lo, hi, 0);
    wait_done(pool);
}

typedef struct PartJob {
    RtPartFn part;
    void **args;
} PartJob;

static void part_task(void *arg, int64_t lo, int64_t hi, int thread)
{
    const PartJob *j = arg;
    j->part(j->args, lo, hi);
}

void rt_pool_run_part(RtPool *pool, RtPartFn part, void **args, int64_t n)
{
    PartJob j = {part, args};
    rt_pool_run(pool, part_task, &j, n);
}
