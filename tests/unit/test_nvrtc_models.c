/* test_nvrtc_models.c — every model in models/ (the whole training step,
 * as `passc MODEL.yaml` compiles it) through NVRTC for sm_80 and sm_90:
 * the program compiles and no kernel spills.  Minutes of NVRTC, so it has
 * its own label (nvrtc) that the sanitizer and CK_FORK=no passes skip;
 * built only with the CUDA toolkit (PASSC_HAVE_NVRTC). */
#include "testutil.h"
#include "codegen/cg_cuda.h"
#include "frontend/frontend.h"
#include "passes/passes.h"
#include "runtime/cuda.h"

#include <dirent.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_MODELS = 64 };

static int list_models(char names[][128])
{
    const char *dirs[] = {"models", "models/ablations"};
    int n = 0;
    const char *root = getenv("PASSC_SOURCE_DIR");
    for (int d = 0; d < 2; d++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", root ? root : PASSC_SOURCE_DIR, dirs[d]);
        DIR *dir = opendir(path);
        ck_assert_msg(dir, "cannot open %s", path);
        for (struct dirent *e; (e = readdir(dir)) && n < MAX_MODELS;) {
            size_t l = strlen(e->d_name);
            if (l > 5 && !strcmp(e->d_name + l - 5, ".yaml"))
                snprintf(names[n++], 128, "%s/%s/%.100s", root ? root : PASSC_SOURCE_DIR, dirs[d], e->d_name);
        }
        closedir(dir);
    }
    return n;
}

/* One arch's compile; run in its own thread (NVRTC is thread-safe), so
 * the two archs of a model compile at once.  No check asserts off the
 * main thread: the result is kept for it. */
typedef struct ArchJob {
    const char *src, *path;
    int arch;
    bool ok;
    int kernels;
    char spill[160];
    char err[4096];
} ArchJob;

static void *compile_arch(void *arg)
{
    ArchJob *j = arg;
    const char *extra[] = {"--fmad=false"};
    RtNvrtcOptions no = {.arch = j->arch, .cache_dir = "", .extra = extra, .nextra = 1};
    RtCubin cb;
    j->ok = rt_nvrtc_compile(j->src, j->path, &no, &cb, j->err, sizeof j->err);
    if (!j->ok) return NULL;
    j->kernels = cb.nkernels;
    for (int i = 0; i < cb.nkernels; i++)
        if (cb.kernels[i].spill_stores || cb.kernels[i].spill_loads)
            snprintf(j->spill, sizeof j->spill, "kernel %.100s spills", cb.kernels[i].name);
    rt_cubin_free(&cb);
    return NULL;
}

static void compile_model(const char *path)
{
    TestCtx t;
    tc_init(&t);
    const char *defs[] = {"devices=1"};
    Model *m = fe_load(&t.cx, path, defs, 1);
    ck_assert_msg(m, "%s", tc_diag(&t));
    Graph *g = fe_model_graph(m);
    PipelineOptions po = {0};
    KernelProgram *p = NULL;
    /* What `passc MODEL.yaml` compiles: the whole training step. */
    ck_assert_msg(pass_step_model(&t.cx, m) && ir_verify(&t.cx, m->g), "%s", tc_diag(&t));
    g = fe_model_graph(m);
    ck_assert_msg(pass_pipeline_run(&t.cx, g, &po) && kir_compile(&t.cx, g, NULL, &p), "%s", tc_diag(&t));
    char *src = cg_cuda_source(&t.cx, p, NULL);
    ck_assert_msg(src, "%s", tc_diag(&t));
    static ArchJob job[2];
    memset(job, 0, sizeof job);
    job[0] = (ArchJob){.src = src, .path = path, .arch = 80};
    job[1] = (ArchJob){.src = src, .path = path, .arch = 90};
    pthread_t th;
    bool threaded = pthread_create(&th, NULL, compile_arch, &job[0]) == 0;
    if (!threaded) compile_arch(&job[0]);
    compile_arch(&job[1]);
    if (threaded) pthread_join(th, NULL);
    for (int a = 0; a < 2; a++) {
        ck_assert_msg(job[a].ok, "%s sm_%d: %.3000s", path, job[a].arch, job[a].err);
        ck_assert_int_gt(job[a].kernels, 0);
        ck_assert_msg(!job[a].spill[0], "%s sm_%d: %s", path, job[a].arch, job[a].spill);
    }
    cx_free(&t.cx, src);
    kir_free(p);
    fe_model_free(m);
    tc_fini(&t);
}

START_TEST(t_models_nvrtc)
{
    static char names[MAX_MODELS][128];
    int n = list_models(names);
    ck_assert_int_ge(n, 6);
    for (int i = 0; i < n; i++) compile_model(names[i]);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("nvrtc_models");
    TCase *nv = tcase_create("nvrtc");
    tcase_set_timeout(nv, 600);
    tcase_add_test(nv, t_models_nvrtc);
    suite_add_tcase(s, nv);
    return s;
}

int main(void) { return tc_run_suite(suite()); }
