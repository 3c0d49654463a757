/* test_cuda_streams.c — the GPU executor's host logic against the fake
 * driver (tests/fake_cuda): a training loop's inputs overlapped with the
 * step before (cuda_exec_inputs_writable / upload_inputs / launch / wait),
 * under schedules the fake picks at random, plain runs, graph replays and
 * timed runs, GEMMs through the fake cuBLASLt, and whole-arena and
 * per-buffer copies.
 *
 * The fake computes nothing; each kernel records a hash of the device's
 * input arena when it runs.  So every kernel of step s must have seen step
 * s's inputs exactly — not the last step's (an upload that did not wait),
 * not the next step's (a host write before the upload read the buffer). */
#include "passes/passes.h"
#include "runtime/cuda.h"
#include "testutil.h"

#include <check.h>
#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef void (*SeedFn)(uint64_t);
typedef void (*WatchFn)(RtDevPtr, size_t);
typedef const uint64_t *(*LogFn)(size_t *);
typedef uint64_t (*HashFn)(const void *, size_t);
typedef long (*CountFn)(const char *);

typedef struct Fake {
    void *lib;
    SeedFn seed;
    WatchFn watch;
    LogFn log;
    HashFn hash;
    CountFn count;
} Fake;

static Fake fake_open(void)
{
    Fake f = {.lib = dlopen(FAKE_CUDA, RTLD_NOW | RTLD_LOCAL)};
    ck_assert_msg(f.lib, "%s", dlerror());
    *(void **)&f.seed = dlsym(f.lib, "fake_cuda_seed");
    *(void **)&f.watch = dlsym(f.lib, "fake_cuda_watch");
    *(void **)&f.log = dlsym(f.lib, "fake_cuda_log");
    *(void **)&f.hash = dlsym(f.lib, "fake_cuda_hash");
    *(void **)&f.count = dlsym(f.lib, "fake_cuda_count");
    ck_assert(f.seed && f.watch && f.log && f.hash && f.count);
    return f;
}

/* Two inputs (a batch and a step scalar), a param, a state the step
 * rewrites, a GEMM and a loss. */
static const char *step_pir = "graph \"streams\"\n"
                              "%1 = input name=\"x\" : f32[8,16]\n"
                              "%2 = input name=\"lr\" : f32[]\n"
                              "%3 = param name=\"w\" init=\"zeros\" : f32[16,16]\n"
                              "%4 = state name=\"m\" init=\"zeros\" : f32[8,16]\n"
                              "%5 = matmul %1, %3 : f32[8,16]\n"
                              "%6 = exp %5 : f32[8,16]\n"
                              "%7 = add %6, %4 : f32[8,16]\n"
                              "%8 = broadcast %2 : f32[8,16]\n"
                              "%9 = mul %7, %8 : f32[8,16]\n"
                              "%10 = reduce_sum %9 axes=[0,1] : f32[]\n"
                              "%11 = output %10 name=\"loss\" : f32[]\n"
                              "%12 = assign %4, %9 : f32[8,16]\n";

typedef struct Fixture {
    Fake fk;
    TestCtx t;
    Graph *g;
    KernelProgram *p;
    CudaExec *x;
    char cache[64];
    uint8_t *host; /* the host input arena */
    size_t nin;
} Fixture;

static void fixture_open(Fixture *f, uint64_t seed, bool graph)
{
    f->fk = fake_open();
    const Fake *fk = &f->fk;
    tc_init(&f->t);
    f->g = ir_parse(&f->t.cx, "streams.pir", step_pir, strlen(step_pir));
    ck_assert_msg(f->g && kir_compile(&f->t.cx, f->g, NULL, &f->p), "%s", tc_diag(&f->t));
    snprintf(f->cache, sizeof f->cache, "/tmp/passc-streams.XXXXXX");
    ck_assert(mkdtemp(f->cache));
    fk->seed(seed);
    CudaExecOptions o = {.driver = FAKE_CUDA, .blaslt = FAKE_CUDA, .cache_dir = f->cache, .graph = graph};
    char why[1024];
    f->x = cuda_exec_new(&f->t.cx, f->p, &o, why, sizeof why);
    ck_assert_msg(f->x, "%s", why);
    f->nin = f->p->plan.arena[KB_INPUT];
    ck_assert_uint_gt(f->nin, 8 * 16 * 4);
    f->host = aligned_alloc(4096, (f->nin + 4095) / 4096 * 4096);
    char pin[512];
    ck_assert_msg(cuda_exec_pin_inputs(f->x, f->host, pin, sizeof pin), "%s", pin);
    fk->watch(cuda_exec_arena(f->x, KB_INPUT), f->nin);
}

static void fixture_close(Fixture *f)
{
    cuda_exec_free(f->x);
    free(f->host);
    kir_free(f->p);
    ir_graph_free(f->g);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->cache);
    ck_assert_int_eq(system(cmd), 0);
    tc_fini(&f->t);
    dlclose(f->fk.lib);
}

static void fill(uint8_t *host, size_t n, int step)
{
    for (size_t i = 0; i < n; i++) host[i] = (uint8_t)(i * 7 + (size_t)step * 131 + 1);
}

/* Steps the way train.c does; hashes[s] = the inputs step s must see.
 * honest false: the host rewrites its arena without waiting for the
 * upload (what the fake must catch).  Returns how many steps saw other
 * inputs than their own. */
static int run_steps(Fixture *f, int steps, bool honest)
{
    const Fake *fk = &f->fk;
    uint64_t want[64];
    size_t n;
    ck_assert_int_le(steps, 64);
    fill(f->host, f->nin, 0);
    want[0] = fk->hash(f->host, f->nin);
    ck_assert(cuda_exec_upload_inputs(f->x, f->host));
    int wrong = 0;
    fk->log(&n); /* forget what set-up ran */
    for (int s = 0; s < steps; s++) {
        ck_assert_msg(cuda_exec_launch(f->x), "%s", tc_diag(&f->t));
        if (s + 1 < steps) {
            ck_assert(!honest || cuda_exec_inputs_writable(f->x));
            fill(f->host, f->nin, s + 1);
            want[s + 1] = fk->hash(f->host, f->nin);
            ck_assert(cuda_exec_upload_inputs(f->x, f->host));
        }
        ck_assert_msg(cuda_exec_wait(f->x), "%s", tc_diag(&f->t));
        const uint64_t *seen = fk->log(&n);
        ck_assert_uint_gt(n, 0);
        bool ok = true;
        for (size_t i = 0; i < n; i++) ok &= seen[i] == want[s];
        wrong += !ok;
    }
    return wrong;
}

START_TEST(t_inputs_overlap)
{
    for (uint64_t seed = 1; seed <= 12; seed++) {
        Fixture f;
        fixture_open(&f, seed, seed % 2 == 0);
        long gemms = f.fk.count("gemms");
        ck_assert_int_eq(run_steps(&f, 10, true), 0);
        ck_assert_int_eq(f.fk.count("gemms") - gemms, 10); /* the matmul, every step, replays included */
        fixture_close(&f);
    }
}
END_TEST

/* Without inputs_writable the host overwrites inputs an upload has not
 * read yet: some step computes on the next step's batch.  The fake sees
 * it (this guards the test above against passing vacuously). */
START_TEST(t_fake_catches_early_write)
{
    int wrong = 0;
    for (uint64_t seed = 1; seed <= 4; seed++) {
        Fixture f;
        fixture_open(&f, seed, true);
        wrong += run_steps(&f, 10, false);
        fixture_close(&f);
    }
    ck_assert_int_gt(wrong, 0);
}
END_TEST

/* A second upload before the launch that takes the first is refused
 * (it would overwrite staging the first step has not copied). */
START_TEST(t_one_upload_per_launch)
{
    Fixture f;
    fixture_open(&f, 7, true);
    fill(f.host, f.nin, 0);
    ck_assert(cuda_exec_upload_inputs(f.x, f.host));
    ck_assert(cuda_exec_inputs_writable(f.x));
    ck_assert(!cuda_exec_upload_inputs(f.x, f.host));
    ck_assert_ptr_nonnull(strstr(tc_diag(&f.t), "previous upload was not launched"));
    f.t.cx.nerrors = 0;
    ck_assert(cuda_exec_run(f.x));
    fixture_close(&f);
}
END_TEST

/* Params up as a whole arena come back byte for byte; a value reads as
 * its buffer's bytes; a leaf set through a Tensor lands in the arena. */
START_TEST(t_arena_copies)
{
    Fixture f;
    fixture_open(&f, 3, false);
    size_t np = f.p->plan.arena[KB_PARAM];
    uint8_t *a = malloc(np), *b = malloc(np);
    fill(a, np, 5);
    ck_assert(cuda_exec_arena_put(f.x, KB_PARAM, a));
    ck_assert(cuda_exec_arena_get(f.x, KB_PARAM, b));
    ck_assert_mem_eq(a, b, np);
    NodeId w = 3;
    ck_assert_int_eq(ir_node(f.g, w)->op, OP_PARAM);
    Tensor *t = tensor_new(&f.t.cx, &ir_node(f.g, w)->type);
    for (int64_t i = 0; i < t->numel; i++) t->f[i] = (double)i * 0.5;
    ck_assert(cuda_exec_set(f.x, w, t));
    float got[256];
    ck_assert(cuda_exec_read(f.x, w, got));
    for (int i = 0; i < 256; i++) ck_assert_float_eq(got[i], (float)i * 0.5f);
    tensor_free(&f.t.cx, t);
    free(a);
    free(b);
    fixture_close(&f);
}
END_TEST

/* A timed run (./run bench --profile on CUDA) takes the staged inputs
 * too, and times every kernel. */
START_TEST(t_timed_run)
{
    Fixture f;
    fixture_open(&f, 11, true);
    size_t n;
    for (int s = 0; s < 3; s++) { /* after plain and replayed runs alike */
        ck_assert(cuda_exec_inputs_writable(f.x));
        fill(f.host, f.nin, s);
        uint64_t want = f.fk.hash(f.host, f.nin);
        ck_assert(cuda_exec_upload_inputs(f.x, f.host));
        f.fk.log(&n);
        ck_assert(s == 1 ? cuda_exec_run_timed(f.x) : cuda_exec_run(f.x));
        const uint64_t *seen = f.fk.log(&n);
        ck_assert_uint_gt(n, 0);
        for (size_t i = 0; i < n; i++) ck_assert_uint_eq(seen[i], want);
    }
    for (uint32_t k = 0; k < f.p->nkernels; k++) ck_assert(cuda_exec_kernel_ms(f.x, k) > 0);
    fixture_close(&f);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("cuda_streams");
    TCase *tc = tcase_create("fake driver");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, t_inputs_overlap);
    tcase_add_test(tc, t_fake_catches_early_write);
    tcase_add_test(tc, t_one_upload_per_launch);
    tcase_add_test(tc, t_arena_copies);
    tcase_add_test(tc, t_timed_run);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return tc_run_suite(suite()); }
