/* run_main.c — the launcher passc-run: the main of every `-o run`
 * executable (docs/run.md).
 *
 *   ./run train --data DIR [--epochs N | --steps N] [--out DIR] [--resume CKPT] ...
 *   ./run info                 model, parameters, kernels, memory plan, device
 *   ./run bench [--steps N]    timed steps on synthetic batches
 *   ./run export CKPT -o OUT [--timm] [--student]
 *
 * The compiled model is the bundle appended to this file; a launcher with
 * no bundle (passc-run itself) says how to make one.  Exit status: 0 on
 * success, 1 after an error, 2 on a usage error. */
#include "runtime/runtime.h"
#include "runtime/cuda.h"

#include <cblas.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

typedef struct Args {
    const char *data, *out, *resume, *init, *log, *device, *ckpt, *export_out;
    int64_t epochs, steps, batch, save_every, log_every;
    uint64_t seed;
    int threads, workers;
    bool timm, student, bitcode, quiet;
} Args;

static const char *train_help =
    "usage: %s train --data DIR [options]\n"
    "\n"
    "Trains the compiled model on the images under DIR (ImageFolder layout).\n"
    "\n"
    "  --data DIR        training images (class sub-folders or a flat folder)\n"
    "  --epochs N        epochs the schedules span (default: the model's)\n"
    "  --steps N         stop after global step N (the schedules still span --epochs)\n"
    "  --batch N         must equal the compiled batch (recompile with -D batch=N)\n"
    "  --out DIR         checkpoint.safetensors and log.jsonl go here (default: .)\n"
    "  --resume CKPT     continue a run from its checkpoint, bit for bit\n"
    "  --init FILE       initial student weights from a safetensors file\n"
    "  --seed N          seed of initialisation, data order, augmentation, drop path (0)\n"
    "  --device D        cpu, cuda or auto (default auto)\n"
    "  --threads N       BLAS threads\n"
    "  --workers N       data loader threads (default 2)\n"
    "  --save-every N    also checkpoint every N steps\n"
    "  --log FILE        JSON-lines log (default OUT/log.jsonl)\n"
    "  --log-every N     a progress line every N steps (default 1)\n"
    "  --quiet           no progress lines\n";

static const char *bench_help =
    "usage: %s bench [--steps N] [--seed N] [--threads N]\n"
    "\n"
    "Times N training steps (default 20, after one warm-up step) on synthetic\n"
    "batches drawn from Philox and prints start-up time, ms/step and img/s.\n";

static const char *export_help =
    "usage: %s export CKPT -o OUT [--timm] [--student]\n"
    "\n"
    "Writes the teacher (or with --student the student) weights of a checkpoint\n"
    "to OUT.  --timm keeps only the backbone under timm's key names.\n";

static const char *info_help = "usage: %s info\n\nPrints the model, its parameters, kernels, memory plan and the device.\n";

static void usage(FILE *f, const char *argv0)
{
    fprintf(f,
            "usage: %s COMMAND [options]\n\n"
            "commands:\n"
            "  train    train the compiled model (train --help)\n"
            "  info     the model, parameters, kernels, memory plan, device\n"
            "  bench    timed steps on synthetic batches\n"
            "  export   weights from a checkpoint (--timm for the backbone)\n",
            argv0);
}

static int usage_error(const char *argv0, const char *cmd, const char *fmt, const char *arg)
{
    fprintf(stderr, "%s %s: ", argv0, cmd);
    fprintf(stderr, fmt, arg);
    fprintf(stderr, " (see %s %s --help)\n", argv0, cmd);
    return 2;
}

static bool parse_int(const char *s, int64_t lo, int64_t *out)
{
    char *end;
    errno = 0;
    long long v = strtoll(s, &end, 10);
    if (errno || end == s || *end || v < lo) return false;
    *out = v;
    return true;
}

/* ---------------------------------------------------------- arguments */

static const char *const int_opts[] = {"--epochs", "--steps", "--batch", "--save-every", "--log-every",
                                       "--seed", "--threads", "--workers", NULL};

static int64_t *int_slot(Args *a, int i, int64_t *tmp)
{
    int64_t *slots[] = {&a->epochs, &a->steps, &a->batch, &a->save_every, &a->log_every, tmp, tmp, tmp};
    return slots[i];
}

static int set_int(Args *a, int i, const char *v, const char *argv0, const char *cmd)
{
    int64_t tmp, *slot = int_slot(a, i, &tmp);
    if (!parse_int(v, i == 5 ? 0 : 1, slot)) return usage_error(argv0, cmd, "bad value for %s", int_opts[i]);
    if (i == 5) a->seed = (uint64_t)tmp;
    if (i == 6) a->threads = (int)tmp;
    if (i == 7) a->workers = (int)tmp;
    return -1;
}

static const char **str_slot(Args *a, const char *opt)
{
    static const char *const names[] = {"--data", "--out", "--resume", "--init", "--log", "--device", "-o", NULL};
    const char **slots[] = {&a->data, &a->out, &a->resume, &a->init, &a->log, &a->device, &a->export_out};
    for (int i = 0; names[i]; i++)
        if (!strcmp(opt, names[i])) return slots[i];
    return NULL;
}

static bool set_flag(Args *a, const char *s)
{
    bool *f = !strcmp(s, "--timm") ? &a->timm : !strcmp(s, "--student") ? &a->student
            : !strcmp(s, "--jit-bitcode") ? &a->bitcode : !strcmp(s, "--quiet") ? &a->quiet : NULL;
    if (f) *f = true;
    return f != NULL;
}

/* Returns -1 to go on, else the exit status. */
static int parse_args(int argc, char **argv, const char *cmd, const char *help, Args *a)
{
    for (int i = 2; i < argc; i++) {
        const char *s = argv[i];
        if (!strcmp(s, "-h") || !strcmp(s, "--help")) return printf(help, argv[0]), 0;
        if (set_flag(a, s)) continue;
        const char **ss = str_slot(a, s);
        int ii = -1;
        for (int k = 0; int_opts[k]; k++)
            if (!strcmp(s, int_opts[k])) ii = k;
        if ((ss || ii >= 0) && i + 1 == argc) return usage_error(argv[0], cmd, "option %s needs a value", s);
        if (ss) *ss = argv[++i];
        else if (ii >= 0) {
            int st = set_int(a, ii, argv[++i], argv[0], cmd);
            if (st >= 0) return st;
        } else if (s[0] != '-' && !a->ckpt && !strcmp(cmd, "export")) a->ckpt = s;
        else return usage_error(argv[0], cmd, "unknown argument '%s'", s);
    }
    return -1;
}

/* ------------------------------------------------------------- device */

/* The CUDA executor is not part of this build yet: say so in one line and
 * train on the CPU. */
static bool pick_device(const char *argv0, const char *dev)
{
    if (!dev || !strcmp(dev, "cpu")) return true;
    if (strcmp(dev, "cuda") && strcmp(dev, "auto")) {
        fprintf(stderr, "%s: unknown device '%s' (cpu, cuda or auto)\n", argv0, dev);
        return false;
    }
    char why[512] = "";
    RtCuda *cu = rt_cuda_open(NULL, 0, why, sizeof why);
    if (cu) {
        fprintf(stderr, "%s: note: CUDA device %s found, but this build has no CUDA backend; training on the CPU\n",
                argv0, rt_cuda_info(cu)->name);
        rt_cuda_close(cu);
    } else if (!strcmp(dev, "cuda")) {
        fprintf(stderr, "%s: note: %s\n", argv0, why);
    }
    return true;
}

static bool self_path(char *out, size_t n)
{
    ssize_t k = readlink("/proc/self/exe", out, n - 1);
    if (k <= 0) return false;
    out[k] = 0;
    return true;
}

/* ------------------------------------------------------------ commands */

static bool open_model(Ctx *cx, const Args *a, bool exec, RtModel *rm)
{
    char exe[PATH_MAX];
    memset(rm, 0, sizeof *rm);
    rm->cx = cx;
    if (!self_path(exe, sizeof exe)) {
        fprintf(stderr, "cannot find my own file: /proc/self/exe: %s\n", strerror(errno));
        return false;
    }
    RtOpenOptions o = {.exec = exec, .force_bitcode = a->bitcode || getenv("PASSC_JIT_BITCODE")};
    if (a->threads > 0) openblas_set_num_threads(a->threads);
    return rt_model_open(cx, exe, &o, rm);
}

static bool check_batch(const RtModel *rm, const Args *a, const char *argv0)
{
    if (!a->batch || a->batch == rm->cfg.batch) return true;
    fprintf(stderr,
            "%s: this executable was compiled for batch %lld, not %lld; recompile with:\n"
            "  passc %s -D batch=%lld -o %s\n",
            argv0, (long long)rm->cfg.batch, (long long)a->batch, rm->cfg.source, (long long)a->batch, argv0);
    return false;
}

/* Where training starts: a checkpoint, --init weights, or fresh. */
static bool start_position(RtModel *rm, const Args *a, RtRunPos *pos)
{
    *pos = (RtRunPos){0, a->epochs ? a->epochs : rm->cfg.epochs, a->seed};
    if (a->resume) {
        if (!rt_ckpt_load(rm, a->resume, pos)) return false;
        if (a->epochs) pos->epochs = a->epochs;
        return true;
    }
    if (!rt_model_init(rm, a->seed)) return false;
    if (!a->init) return true;
    int n = rt_ckpt_init_from(rm, a->init);
    if (n < 0) return false;
    printf("loaded %d parameter tensors from %s\n", n, a->init);
    return rt_model_init_teacher(rm);
}

static FILE *open_log(const Args *a, const char *out)
{
    char path[PATH_MAX];
    if (a->log) snprintf(path, sizeof path, "%s", a->log);
    else snprintf(path, sizeof path, "%s/log.jsonl", out);
    FILE *f = fopen(path, a->resume ? "a" : "w");
    if (!f) fprintf(stderr, "cannot write the log %s: %s\n", path, strerror(errno));
    return f;
}

static int cmd_train(Ctx *cx, const Args *a, const char *argv0, double t_start)
{
    if (!a->data) return usage_error(argv0, "train", "--data DIR is required%s", "");
    if (!pick_device(argv0, a->device ? a->device : "auto")) return 2;
    const char *out = a->out ? a->out : ".";
    if (mkdir(out, 0755) && errno != EEXIST) {
        fprintf(stderr, "%s: cannot create %s: %s\n", argv0, out, strerror(errno));
        return 1;
    }
    RtModel rm;
    RtDataset ds = {0};
    RtRunPos pos;
    FILE *log = NULL;
    bool ok = open_model(cx, a, true, &rm) && check_batch(&rm, a, argv0) && rt_dataset_open(cx, a->data, &ds) &&
              start_position(&rm, a, &pos) && (log = open_log(a, out));
    if (ok) {
        printf("%s: %lld images, batch %lld; start-up %.0f ms (bundle %.0f ms, link %.0f ms%s)\n", rm.cfg.model,
               (long long)ds.n, (long long)rm.cfg.batch, (now_s() - t_start) * 1e3, rm.load_sec * 1e3,
               rm.jit_sec * 1e3, host_exec_from_bitcode(rm.x) ? ", kernels compiled from bitcode" : "");
        char ck[PATH_MAX];
        snprintf(ck, sizeof ck, "%s/checkpoint.safetensors", out);
        RtTrainOptions o = {.seed = pos.seed, .last_step = a->steps, .save_every = a->save_every,
                            .log_every = a->log_every > 0 ? a->log_every : 1, .workers = a->workers,
                            .ckpt_path = ck, .progress = a->quiet ? NULL : stdout, .jsonl = log};
        ok = rt_train(&rm, &ds, &o, &pos);
        if (ok) printf("checkpoint: %s (step %lld)\n", ck, (long long)pos.step);
    }
    if (log) fclose(log);
    rt_dataset_free(&ds);
    rt_model_close(&rm);
    return ok && !cx->nerrors ? 0 : 1;
}

static void info_params(const RtModel *rm)
{
    int64_t np = 0, nt = 0;
    for (NodeId id = 1; id < rm->g->nnodes; id++) {
        const Node *n = ir_node(rm->g, id);
        if (n->op != OP_PARAM) continue;
        char ty[64];
        printf("  %-56s %-16s %s\n", n->a.name, type_str(&n->type, ty, sizeof ty), n->a.init ? n->a.init : "");
        np++;
        nt += shape_numel(&n->type.shape);
    }
    printf("parameters: %lld tensors, %lld values\n", (long long)np, (long long)nt);
}

static int cmd_info(Ctx *cx, const Args *a)
{
    RtModel rm;
    if (!open_model(cx, a, false, &rm)) return rt_model_close(&rm), 1;
    printf("model: %s (from %s)\nbatch: %lld   epochs: %lld\n", rm.cfg.model, rm.cfg.source,
           (long long)rm.cfg.batch, (long long)rm.cfg.epochs);
    for (int i = 0; i < rm.cfg.ncrops; i++)
        printf("crops %s: %d x %dpx, scale %.2f-%.2f\n", rm.cfg.crops[i].name, rm.cfg.crops[i].count,
               rm.cfg.crops[i].size, rm.cfg.crops[i].scale_lo, rm.cfg.crops[i].scale_hi);
    info_params(&rm);
    printf("kernels: %u (%u loops, %u GEMMs, %u templates); graph %u nodes\n", rm.kp->nkernels,
           kir_count(rm.kp, KK_LOOP), kir_count(rm.kp, KK_GEMM), kir_count(rm.kp, KK_TEMPLATE), rm.g->nnodes - 1);
    printf("memory plan:");
    for (int c = 0; c < KB_COUNT; c++) printf(" %s %llu B", kir_class_name((KBufClass)c), (unsigned long long)rm.kp->plan.arena[c]);
    printf(" (activation lower bound %llu B)\n", (unsigned long long)rm.kp->plan.act_bound);
    char *here = cg_host_target(cx);
    const BundleSection *t = bundle_find(&rm.b, "cpu.target");
    bool same = here && t && t->len == strlen(here) && !memcmp(here, t->data, t->len);
    printf("device: cpu (%s); kernels %s\n", here ? strtok(strchr(here, '\n') + 1, "\n") : "?",
           same ? "precompiled for this CPU" : "compiled from bitcode at start-up (another CPU)");
    cx_free(cx, here);
    printf("bundle sections:");
    for (uint32_t i = 0; i < rm.b.n; i++) printf(" %s(%llu)", rm.b.sec[i].name, (unsigned long long)rm.b.sec[i].len);
    printf("\n");
    rt_model_close(&rm);
    return 0;
}

static void synth_batch(const RtModel *rm, uint64_t seed, int64_t step)
{
    for (int i = 0; i < rm->cfg.ncrops; i++) {
        size_t bytes;
        float *p = rt_model_buf(rm, rm->crop_in[i], &bytes);
        for (size_t k = 0; p && k < bytes / 4; k++) p[k] = 4 * philox_uniform(seed, (uint64_t)step * 16 + i, k) - 2;
    }
}

static int cmd_bench(Ctx *cx, const Args *a, double t_start)
{
    RtModel rm;
    RtRunPos pos = {0, 0, a->seed};
    if (!open_model(cx, a, true, &rm) || !rt_model_init(&rm, a->seed)) return rt_model_close(&rm), 1;
    pos.epochs = rm.cfg.epochs;
    int64_t n = a->steps ? a->steps : 20, ipe = 1000;
    double sv[RT_MAX_SCHED], first = 0, t0 = 0;
    bool ok = true;
    for (int64_t s = 0; ok && s <= n; s++) {
        if (s == 1) t0 = now_s();
        pos.step = s;
        rt_set_schedules(&rm, &pos, ipe, sv);
        synth_batch(&rm, a->seed, s);
        ok = host_exec_run(rm.x);
        if (s == 0) first = now_s() - t_start;
    }
    double ms = (now_s() - t0) * 1e3 / (double)n;
    if (ok)
        printf("%s: start-up to first step done %.0f ms (bundle %.0f ms, link %.0f ms); %.2f ms/step, %.1f img/s "
               "(batch %lld, %lld steps)\n",
               rm.cfg.model, first * 1e3, rm.load_sec * 1e3, rm.jit_sec * 1e3, ms, 1000.0 * rm.cfg.batch / ms,
               (long long)rm.cfg.batch, (long long)n);
    rt_model_close(&rm);
    return ok ? 0 : 1;
}

static int cmd_export(Ctx *cx, const Args *a, const char *argv0)
{
    if (!a->ckpt || !a->export_out) return usage_error(argv0, "export", "needs CKPT and -o OUT%s", "");
    return rt_ckpt_export(cx, a->ckpt, a->export_out, a->timm, a->student) ? 0 : 1;
}

int main(int argc, char **argv)
{
    double t_start = now_s();
    if (argc < 2 || !strcmp(argv[1], "-h") || !strcmp(argv[1], "--help")) {
        usage(argc < 2 ? stderr : stdout, argv[0]);
        return argc < 2 ? 2 : 0;
    }
    static const char *const cmds[] = {"train", "info", "bench", "export", NULL};
    const char *helps[] = {train_help, info_help, bench_help, export_help};
    int c = 0;
    while (cmds[c] && strcmp(cmds[c], argv[1])) c++;
    if (!cmds[c]) {
        fprintf(stderr, "%s: unknown command '%s'\n", argv[0], argv[1]);
        usage(stderr, argv[0]);
        return 2;
    }
    Args a = {0};
    int st = parse_args(argc, argv, cmds[c], helps[c], &a);
    if (st >= 0) return st;
    Ctx cx;
    ctx_init(&cx, stderr);
    st = c == 0 ? cmd_train(&cx, &a, argv[0], t_start) : c == 1 ? cmd_info(&cx, &a)
       : c == 2 ? cmd_bench(&cx, &a, t_start) : cmd_export(&cx, &a, argv[0]);
    ctx_fini(&cx);
    return st;
}
