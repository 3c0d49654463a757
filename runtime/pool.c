/* pool.c — a small fork-join thread pool for the CPU executor.
 *
 * rt_pool_run(pool, fn, arg, n) splits [0, n) into one contiguous chunk
 * per thread, runs fn(arg, lo, hi) on each (the caller takes the first
 * chunk) and returns when all are done.  Kernels run one after another, so
 * one job at a time is all the pool needs: a generation counter under a
 * mutex wakes the workers and a countdown tells the caller they finished.
 * The pool is an object owned by its executor; nothing is global.  Its
 * size defaults to the cores this process may run on. */
#define _GNU_SOURCE
#include "runtime/cpu.h"

#include <pthread.h>
#include <sched.h>
#include <unistd.h>

typedef struct Worker {
    struct RtPool *pool;
    int index;
} Worker;

struct RtPool {
    Ctx *cx;
    int n;              /* threads including the caller (index 0) */
    pthread_t *tid;     /* tid[1..n-1]: the workers */
    Worker *ws;         /* their arguments, alive as long as the pool */
    pthread_mutex_t mu;
    pthread_cond_t go, done;
    uint64_t gen;       /* job number; workers wait for it to change */
    int pending;        /* workers still running the current job */
    bool quit;
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

static void *worker_main(void *p)
{
    Worker *w = p;
    RtPool *pool = w->pool;
    uint64_t seen = 0;
    for (;;) {
        pthread_mutex_lock(&pool->mu);
        while (pool->gen == seen && !pool->quit) pthread_cond_wait(&pool->go, &pool->mu);
        if (pool->quit) {
            pthread_mutex_unlock(&pool->mu);
            return NULL;
        }
        seen = pool->gen;
        RtTask fn = pool->fn;
        void *arg = pool->arg;
        int64_t lo, hi;
        chunk(pool->total, pool->n, w->index, &lo, &hi);
        pthread_mutex_unlock(&pool->mu);
        if (lo < hi) fn(arg, lo, hi);
        pthread_mutex_lock(&pool->mu);
        if (--pool->pending == 0) pthread_cond_signal(&pool->done);
        pthread_mutex_unlock(&pool->mu);
    }
}

RtPool *rt_pool_new(Ctx *cx, int nthreads)
{
    RtPool *pool = cx_alloc(cx, sizeof *pool);
    if (!pool) return NULL;
    pool->cx = cx;
    pool->n = nthreads > 0 ? nthreads : rt_pool_default_threads();
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
    pool->quit = true;
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

void rt_pool_run(RtPool *pool, RtTask fn, void *arg, int64_t n)
{
    if (!pool || pool->n == 1 || n < 2) {
        if (n > 0) fn(arg, 0, n);
        return;
    }
    pthread_mutex_lock(&pool->mu);
    pool->fn = fn;
    pool->arg = arg;
    pool->total = n;
    pool->pending = pool->n - 1;
    pool->gen++;
    pthread_cond_broadcast(&pool->go);
    pthread_mutex_unlock(&pool->mu);
    int64_t lo, hi;
    chunk(n, pool->n, 0, &lo, &hi);
    if (lo < hi) fn(arg, lo, hi);
    pthread_mutex_lock(&pool->mu);
    while (pool->pending) pthread_cond_wait(&pool->done, &pool->mu);
    pthread_mutex_unlock(&pool->mu);
}
