/* run_main.c — the launcher passc-run: the main of every `-o run`
 * executable (docs/run.md).
 *
 *   ./run train --data DIR [--epochs N | --steps N] [--out DIR] [--resume CKPT] ...
 *   ./run info                 model, parameters, kernels, memory plan, device
 *   ./run bench [--steps N] [--warmup N] [--profile] [--json FILE]
 *                              timed steps on synthetic batches
 *   ./run export CKPT -o OUT [--timm] [--student]
 *
 * The compiled model is the bundle appended to this file; a launcher with
 * no bundle (passc-run itself) says how to make one.  Exit status: 0 on
 * success, 1 after an error, 2 on a usage error. */
#include "runtime/runtime.h"
#include "runtime/cuda.h"

#include <errno.h>
#include <stdarg.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
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
    const char *data, *out, *resume, *init, *log, *device, *ckpt, *export_out, *json;
    int64_t epochs, steps, batch, save_every, log_every, warmup;
    uint64_t seed;
    int threads, workers;
    bool timm, student, bitcode, quiet, profile;
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
    "  --threads N       CPU threads of the step (loop kernels and BLAS; default every core)\n"
    "  --workers N       data loader threads (default 2; on CUDA one per core but one)\n"
    "  --save-every N    also checkpoint every N steps\n"
    "  --log FILE        JSON-lines log (default OUT/log.jsonl)\n"
    "  --log-every N     a progress line every N steps (default 1)\n"
    "  --quiet           no progress lines\n";

static const char *bench_help =
    "usage: %s bench [--steps N] [--warmup N] [--seed N] [--threads N] [--profile] [--json FILE]\n"
    "\n"
    "Times N training steps (default 20, after --warmup untimed steps, default 1)\n"
    "on synthetic batches drawn from Philox and prints start-up time, ms/step\n"
    "(median, p10-p90), img/s, the step's matmul FLOPs and TFLOP/s, peak RSS.\n"
    "\n"
    "  --profile     then 3 more steps kernel by kernel: time per kernel kind and\n"
    "                the ten most expensive kernels (ms, GB/s, GEMM GFLOP/s); on CUDA\n"
    "                timed with events, the kernels issued one by one (no graph)\n"
    "  --json FILE   the same numbers (and every kernel's time) as one JSON object\n"
    "  --device D    cpu (default), cuda or auto (CUDA if usable, else the CPU)\n";

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

__attribute__((format(printf, 3, 4))) static int usage_error(const char *argv0, const char *cmd, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "%s %s: ", argv0, cmd);
    vfprintf(stderr, fmt, ap);
    fprintf(stderr, " (see %s %s --help)\n", argv0, cmd);
    va_end(ap);
    return 2;
}

static bool parse_int(const char *s, int64_t lo, int64_t hi, int64_t *out)
{
    char *end;
    errno = 0;
    long long v = strtoll(s, &end, 10);
    if (errno || end == s || *end || v < lo || v > hi) return false;
    *out = v;
    return true;
}

/* ---------------------------------------------------------- arguments */

/* The integer options and the range of each: what a run can mean (a
 * checkpoint's position allows 10^6 epochs and 2^40 steps; bench keeps one
 * time per step).  Order: int_slot's. */
static const struct {
    const char *name;
    int64_t lo, hi;
} int_opts[] = {{"--epochs", 1, 1000000},      {"--steps", 1, (int64_t)1 << 40},
                {"--batch", 1, 1 << 24},       {"--save-every", 1, (int64_t)1 << 40},
                {"--log-every", 1, (int64_t)1 << 40}, {"--seed", 0, INT64_MAX},
                {"--threads", 1, RT_MAX_THREADS},        {"--workers", 1, 4096},
                {"--warmup", 1, 1000000},      {NULL, 0, 0}};

static int64_t *int_slot(Args *a, int i, int64_t *tmp)
{
    int64_t *slots[] = {&a->epochs, &a->steps, &a->batch, &a->save_every, &a->log_every, tmp, tmp, tmp, &a->warmup};
    return slots[i];
}

static int set_int(Args *a, int i, const char *v, const char *argv0, const char *cmd)
{
    int64_t tmp, *slot = int_slot(a, i, &tmp);
    if (!parse_int(v, int_opts[i].lo, int_opts[i].hi, slot))
        return usage_error(argv0, cmd, "bad value for %s (an integer from %lld to %lld)", int_opts[i].name,
                           (long long)int_opts[i].lo, (long long)int_opts[i].hi);
    if (i == 5) a->seed = (uint64_t)tmp;
    if (i == 6) a->threads = (int)tmp;
    if (i == 7) a->workers = (int)tmp;
    return -1;
}

static const char **str_slot(Args *a, const char *opt)
{
    static const char *const names[] = {"--data", "--out", "--resume", "--init", "--log", "--device", "-o", "--json",
                                        NULL};
    const char **slots[] = {&a->data, &a->out, &a->resume, &a->init, &a->log, &a->device, &a->export_out, &a->json};
    for (int i = 0; names[i]; i++)
        if (!strcmp(opt, names[i])) return slots[i];
    return NULL;
}

static bool set_flag(Args *a, const char *s)
{
    bool *f = !strcmp(s, "--timm") ? &a->timm : !strcmp(s, "--student") ? &a->student
            : !strcmp(s, "--jit-bitcode") ? &a->bitcode : !strcmp(s, "--quiet") ? &a->quiet
            : !strcmp(s, "--profile") ? &a->profile : NULL;
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
        for (int k = 0; int_opts[k].name; k++)
            if (!strcmp(s, int_opts[k].name)) ii = k;
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

/* The step runs where --device says (runtime/device.c decides whether
 * CUDA is usable and says why not in one line). */
static bool check_device(const char *argv0, const char *dev)
{
    if (!dev || !strcmp(dev, "cpu") || !strcmp(dev, "cuda") || !strcmp(dev, "auto")) return true;
    fprintf(stderr, "%s: unknown device '%s' (cpu, cuda or auto)\n", argv0, dev);
    return false;
}

static bool self_path(char *out, size_t n)
{
    ssize_t k = readlink("/proc/self/exe", out, n - 1);
    if (k <= 0) return false;
    out[k] = 0;
    return true;
}

/* ------------------------------------------------------------ commands */

static bool open_model(Ctx *cx, const Args *a, bool exec, RtModel *rm, const char *device)
{
    char exe[PATH_MAX];
    memset(rm, 0, sizeof *rm);
    rm->cx = cx;
    if (!self_path(exe, sizeof exe)) {
        fprintf(stderr, "cannot find my own file: /proc/self/exe: %s\n", strerror(errno));
        return false;
    }
    RtOpenOptions o = {.exec = exec, .force_bitcode = a->bitcode || getenv("PASSC_JIT_BITCODE"),
                       .device = device, .prog = "run", .threads = a->threads};
    return rt_model_open(cx, exe, &o, rm);
}

/* The batch is a compile-time constant: the message gives the passc line
 * that made this executable with batch replaced. */
static bool check_batch(const RtModel *rm, const Args *a, const char *argv0)
{
    if (!a->batch || a->batch == rm->cfg.batch) return true;
    char defs[sizeof rm->cfg.defines], *save = NULL, line[sizeof defs * 2] = "";
    snprintf(defs, sizeof defs, "%s", rm->cfg.defines);
    for (char *d = strtok_r(defs, " ", &save); d; d = strtok_r(NULL, " ", &save))
        if (strncmp(d, "batch=", 6)) snprintf(line + strlen(line), sizeof line - strlen(line), " -D %s", d);
    fprintf(stderr,
            "%s: this executable was compiled for batch %lld, not %lld; recompile with:\n"
            "  passc %s%s -D batch=%lld -o %s\n",
            argv0, (long long)rm->cfg.batch, (long long)a->batch, rm->cfg.source, line, (long long)a->batch, argv0);
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

/* The peak MFU is measured against, printed once (0: unknown). */
static double train_peak(const RtModel *rm)
{
    char what[128];
    double peak = rt_peak_override();
    if (peak > 0) snprintf(what, sizeof what, "$PASSC_PEAK_TFLOPS");
    else peak = rm->gpu ? rt_gpu_peak(rm->gpu, rm->kp, what, sizeof what) : rt_cpu_peak(rm->threads, what, sizeof what);
    if (peak > 0) printf("MFU: %.4g FLOP/step against %.4g TFLOP/s (%s)\n", rm->step_flops, peak * 1e-12, what);
    return peak;
}

/* The loader's threads when --workers is not given: two on the CPU (the
 * step's threads have the cores); on CUDA every core but the host
 * loop's, since a GPU step of dino_pass B=64 wants several hundred images a
 * second and one worker makes ~200 (bench/data_throughput, 4 crops). */
static int default_workers(const RtModel *rm)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    if (!rm->gpu || n < 4) return 2;
    return n - 1 < 32 ? (int)n - 1 : 32;
}

static int cmd_train(Ctx *cx, const Args *a, const char *argv0, double t_start)
{
    if (!a->data) return usage_error(argv0, "train", "--data DIR is required%s", "");
    if (!check_device(argv0, a->device)) return 2;
    const char *out = a->out ? a->out : ".";
    if (mkdir(out, 0755) && errno != EEXIST) {
        fprintf(stderr, "%s: cannot create %s: %s\n", argv0, out, strerror(errno));
        return 1;
    }
    RtModel rm;
    RtDataset ds = {0};
    RtRunPos pos;
    FILE *log = NULL;
    bool ok = open_model(cx, a, true, &rm, a->device ? a->device : "auto") && check_batch(&rm, a, argv0) &&
              rt_dataset_open(cx, a->data, &ds) &&
              start_position(&rm, a, &pos) && (log = open_log(a, out));
    if (ok) {
        int workers = a->workers > 0 ? a->workers : default_workers(&rm);
        printf("%s: %lld images, batch %lld; start-up %.0f ms (bundle %.0f ms, %s %.0f ms)\ndevice: %s\n"
               "data loader: %d worker thread%s\n",
               rm.cfg.model, (long long)ds.n, (long long)rm.cfg.batch, (now_s() - t_start) * 1e3, rm.load_sec * 1e3,
               rm.gpu ? "CUDA set-up" : "link", rm.jit_sec * 1e3, rm.device, workers, workers == 1 ? "" : "s");
        char ck[PATH_MAX];
        snprintf(ck, sizeof ck, "%s/checkpoint.safetensors", out);
        RtTrainOptions o = {.seed = pos.seed, .last_step = a->steps, .save_every = a->save_every,
                            .log_every = a->log_every > 0 ? a->log_every : 1, .workers = workers,
                            .ckpt_path = ck, .progress = a->quiet ? NULL : stdout, .jsonl = log};
        if (!a->quiet) o.peak_flops = train_peak(&rm);
        ok = rt_train(&rm, &ds, &o, &pos);
        if (ok) printf("checkpoint: %s (step %lld)\n", ck, (long long)pos.step);
    }
    /* A full disk shows up at the latest when the log is closed. */
    if (log && (ferror(log) | fclose(log))) {
        fprintf(stderr, "run: error: writing the JSON-lines log failed: %s\n", strerror(errno));
        ok = false;
    }
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

static void info_cpu(Ctx *cx, const RtModel *rm)
{
    char *here = cg_host_target(cx);
    const BundleSection *t = bundle_find(&rm->b, "cpu.target");
    bool same = here && t && t->len == strlen(here) && !memcmp(here, t->data, t->len);
    /* the target text is "triple\ncpu\nfeatures" */
    char cpu[128] = "?";
    const char *c = here ? strchr(here, '\n') : NULL;
    if (c) snprintf(cpu, sizeof cpu, "%.*s", (int)strcspn(c + 1, "\n"), c + 1);
    printf("device: cpu (%s, %d threads by default%s); kernels %s\n", cpu, rt_pool_default_threads(),
           rt_amx_enable() ? ", bf16 GEMMs on AMX tiles" : "",
           !bundle_find(&rm->b, "cpu.0.bc") ? "not in this executable (--target without cpu)"
           : same ? "precompiled for this CPU" : "compiled from bitcode at start-up (another CPU)");
    cx_free(cx, here);
}

/* The CUDA sections, then the GPU here and whether the bundle fits it. */
static void info_cuda(const RtModel *rm)
{
    const RtCudaSections *cs = &rm->cuda;
    if (!cs->present) printf("cuda code: none (compiled for the CPU only: --target=cpu, or passc noted why)\n");
    else {
        printf("cuda code: cuda.src %zu B", cs->src_bytes);
        for (int i = 0; i < cs->narch; i++) printf("; cubin.sm_%d %zu B", cs->arch[i], cs->cubin_bytes[i]);
        printf(cs->narch ? " (NVRTC %s)\n" : "; no CUBIN (compiled without NVRTC): NVRTC compiles at start-up%s\n",
               cs->narch ? cs->nvrtc : "");
    }
    char why[512];
    RtCuda *cu = rt_cuda_open(getenv("PASSC_CUDA_DRIVER"), 0, why, sizeof why);
    if (!cu) {
        printf("device: cuda: none: %.*s\n", (int)(strstr(why, "; training") ? strstr(why, "; training") - why : 400), why);
        return;
    }
    const RtCudaInfo *ci = rt_cuda_info(cu);
    int major = 0, minor = 0;
    bool nv = rt_nvrtc_version(&major, &minor);
    printf("device: cuda: %s, sm_%d, %d SMs, %.1f GB, driver %d.%d; %s\n", ci->name, ci->arch, ci->sm_count,
           (double)ci->total_mem / 1e9, ci->driver_version / 1000, ci->driver_version % 1000 / 10,
           !cs->present ? "no CUDA code in this executable"
           : rt_cuda_sections_find(cs, ci->arch) >= 0 ? "CUBIN for it in this executable"
           : nv ? "no CUBIN for it: NVRTC compiles at start-up" : "no CUBIN for it and no NVRTC: not usable");
    rt_cuda_close(cu);
}

static int cmd_info(Ctx *cx, const Args *a)
{
    RtModel rm;
    if (!open_model(cx, a, false, &rm, NULL)) return rt_model_close(&rm), 1;
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
    info_cpu(cx, &rm);
    info_cuda(&rm);
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

/* --------------------------------------------------------------- bench */

typedef struct BenchRun {
    double ready_s, first_s, med, p10, p90, mean, flops, floor_bytes, kernel_bytes, arena, rss;
    int64_t steps, warmup;
} BenchRun;

typedef struct KTime {
    uint32_t k;
    double sec;
} KTime;

static int cmp_double(const void *x, const void *y)
{
    double a = *(const double *)x, b = *(const double *)y;
    return (a > b) - (a < b);
}

static int cmp_ktime(const void *x, const void *y)
{
    const KTime *a = x, *b = y;
    return (a->sec < b->sec) - (a->sec > b->sec);
}

/* Quantile q of n sorted values, interpolated between neighbours. */
static double quantile(const double *v, int64_t n, double q)
{
    double r = q * (double)(n - 1);
    int64_t i = (int64_t)r;
    return i + 1 < n ? v[i] + (r - (double)i) * (v[i + 1] - v[i]) : v[n - 1];
}

static double kernel_flops(const KernelProgram *p, const Kernel *k)
{
    if (k->kind != KK_GEMM) return 0;
    const Node *n = ir_node(p->g, k->root);
    const Node *a = ir_node(p->g, n->in[0]);
    int64_t kk = a->type.shape.dim[a->type.shape.rank - 1 - n->a.ta];
    return 2.0 * (double)shape_numel(&n->type.shape) * (double)kk;
}

/* The least a step can move: every param, state and input leaf read once,
 * every assigned leaf written once (the physical floor's bytes). */
static double floor_bytes(const KernelProgram *p)
{
    double b = (double)(p->plan.arena[KB_PARAM] + p->plan.arena[KB_STATE] + p->plan.arena[KB_INPUT]);
    for (NodeId id = 1; id < p->g->nnodes; id++) {
        const Node *n = ir_node(p->g, id);
        if (n->op == OP_ASSIGN && p->node_buf[n->in[0]]) b += (double)p->bufs[p->node_buf[n->in[0]] - 1].bytes;
    }
    return b;
}

static bool bench_step(RtModel *rm, RtRunPos *pos, const Args *a, int64_t s, double *sec, double *ksec)
{
    double sv[RT_MAX_SCHED];
    pos->step = s;
    rt_set_schedules(rm, pos, 1000, sv);
    synth_batch(rm, a->seed, s);
    double t0 = now_s();
    bool ok = ksec ? rt_model_run_profiled(rm, ksec) : rt_model_run(rm);
    *sec = now_s() - t0;
    return ok;
}

/* Warm-up and timed steps: per-step times, median and spread. */
static bool bench_time(RtModel *rm, const Args *a, double t_start, BenchRun *r)
{
    RtRunPos pos = {0, rm->cfg.epochs, a->seed};
    r->steps = a->steps ? a->steps : 20;
    r->warmup = a->warmup ? a->warmup : 1;
    double *t = calloc((size_t)r->steps, sizeof *t), dt;
    bool ok = t != NULL;
    if (!ok) cx_error(rm->cx, (SrcLoc){0}, "out of memory for %lld step times", (long long)r->steps);
    r->ready_s = now_s() - t_start;
    for (int64_t s = 0; ok && s < r->warmup + r->steps; s++) {
        ok = bench_step(rm, &pos, a, s, s < r->warmup ? &dt : &t[s - r->warmup], NULL);
        if (s == 0) r->first_s = now_s() - t_start;
    }
    if (ok) {
        for (int64_t i = 0; i < r->steps; i++) r->mean += t[i] / (double)r->steps;
        qsort(t, (size_t)r->steps, sizeof *t, cmp_double);
        r->med = quantile(t, r->steps, 0.5), r->p10 = quantile(t, r->steps, 0.1), r->p90 = quantile(t, r->steps, 0.9);
    }
    free(t);
    return ok;
}

/* Three more steps kernel by kernel: per kernel the mean seconds, sorted
 * slowest first (malloc'ed; NULL after an error). */
static KTime *bench_profile(RtModel *rm, const Args *a, int64_t s0, double *total)
{
    uint32_t nk = rm->kp->nkernels;
    KTime *t = calloc(nk + 1, sizeof *t);
    double *sec = calloc(nk + 1, sizeof *sec), dt;
    RtRunPos pos = {0, rm->cfg.epochs, a->seed};
    bool ok = t && sec;
    for (uint32_t k = 0; k < nk && ok; k++) t[k].k = k;
    for (int i = 0; ok && i < 3; i++) {
        ok = bench_step(rm, &pos, a, s0 + i, &dt, sec);
        for (uint32_t k = 0; ok && k < nk; k++) t[k].sec += sec[k] / 3;
    }
    *total = 0;
    for (uint32_t k = 0; ok && k < nk; k++) *total += t[k].sec;
    free(sec);
    if (!ok) return free(t), NULL;
    qsort(t, nk, sizeof *t, cmp_ktime);
    return t;
}

/* Kernels of one family: the same name but for the index and the shape
 * (k0742_rowreduce_max_sum_cast_sub_64x196x4096 is one of
 * rowreduce_max_sum_cast_sub), their count and summed time. */
typedef struct KFamily {
    char name[96];
    uint32_t count;
    double sec;
} KFamily;

static void family_of(const char *kname, char *out, size_t n)
{
    const char *s = kname[0] == 'k' ? strchr(kname, '_') : NULL;
    snprintf(out, n, "%s", s ? s + 1 : kname);
    char *u = strrchr(out, '_');
    if (u && u[1] && strspn(u + 1, "0123456789x") == strlen(u + 1)) *u = 0;
}

static int cmp_family(const void *a, const void *b)
{
    const KFamily *x = a, *y = b;
    return x->sec < y->sec ? 1 : x->sec > y->sec ? -1 : strcmp(x->name, y->name);
}

/* The program's kernel families, most expensive first (malloc'ed, *n of
 * them; NULL when out of memory). */
static KFamily *families(const KernelProgram *p, const KTime *t, uint32_t *n)
{
    KFamily *f = calloc(p->nkernels + 1, sizeof *f);
    *n = 0;
    for (uint32_t i = 0; f && i < p->nkernels; i++) {
        char name[96];
        family_of(p->kernels[t[i].k].name, name, sizeof name);
        uint32_t j = 0;
        while (j < *n && strcmp(f[j].name, name)) j++;
        if (j == *n) snprintf(f[(*n)++].name, sizeof f->name, "%s", name);
        f[j].count++, f[j].sec += t[i].sec;
    }
    if (f) qsort(f, *n, sizeof *f, cmp_family);
    return f;
}

static void profile_print(const KernelProgram *p, const KTime *t, double total)
{
    double kind[3] = {0};
    for (uint32_t i = 0; i < p->nkernels; i++) kind[p->kernels[t[i].k].kind] += t[i].sec;
    printf("profile (mean of 3 steps): %.2f ms in kernels: loop %.1f%%, gemm %.1f%%, template %.1f%%\n",
           total * 1e3, 100 * kind[KK_LOOP] / total, 100 * kind[KK_GEMM] / total, 100 * kind[KK_TEMPLATE] / total);
    printf("  %9s %6s %9s %9s  %s\n", "ms", "%", "GB/s", "GFLOP/s", "kernel");
    for (uint32_t i = 0; i < 10 && i < p->nkernels; i++) {
        const Kernel *k = &p->kernels[t[i].k];
        double s = t[i].sec > 0 ? t[i].sec : 1e-12;
        printf("  %9.3f %6.2f %9.2f %9.1f  %s\n", s * 1e3, 100 * s / total, kir_kernel_bytes(p, k) / s * 1e-9,
               kernel_flops(p, k) / s * 1e-9, k->name);
    }
    uint32_t nf = 0;
    KFamily *f = families(p, t, &nf);
    if (!f) return;
    printf("by family (kernels alike but for their index and shape):\n  %9s %6s %7s  %s\n", "ms", "%", "kernels",
           "family");
    for (uint32_t i = 0; i < 10 && i < nf; i++)
        printf("  %9.3f %6.2f %7u  %s\n", f[i].sec * 1e3, total > 0 ? 100 * f[i].sec / total : 0, f[i].count,
               f[i].name);
    free(f);
}

static void json_kernels(FILE *f, const KernelProgram *p, const KTime *t, double total)
{
    double kind[3] = {0};
    for (uint32_t i = 0; i < p->nkernels; i++) kind[p->kernels[t[i].k].kind] += t[i].sec;
    fprintf(f, ",\"profile\":{\"kernel_ms\":%.4f,\"loop_ms\":%.4f,\"gemm_ms\":%.4f,\"template_ms\":%.4f,\"top\":[",
            total * 1e3, kind[KK_LOOP] * 1e3, kind[KK_GEMM] * 1e3, kind[KK_TEMPLATE] * 1e3);
    static const char *const kinds[] = {"loop", "gemm", "template"};
    for (uint32_t i = 0; i < p->nkernels; i++) { /* every kernel, most expensive first */
        const Kernel *k = &p->kernels[t[i].k];
        fprintf(f, "%s{\"name\":\"%s\",\"kind\":\"%s\",\"ms\":%.4f,\"bytes\":%.0f,\"flops\":%.0f}", i ? "," : "",
                k->name, kinds[k->kind], t[i].sec * 1e3, kir_kernel_bytes(p, k), kernel_flops(p, k));
    }
    fprintf(f, "],\"families\":[");
    uint32_t nf = 0;
    KFamily *fam = families(p, t, &nf);
    for (uint32_t i = 0; fam && i < nf; i++)
        fprintf(f, "%s{\"family\":\"%s\",\"kernels\":%u,\"ms\":%.4f}", i ? "," : "", fam[i].name, fam[i].count,
                fam[i].sec * 1e3);
    free(fam);
    fprintf(f, "]}");
}

static bool bench_json(const char *path, const RtModel *rm, const BenchRun *r, const KTime *t, double total)
{
    FILE *f = fopen(path, "w");
    if (!f) return fprintf(stderr, "cannot write %s: %s\n", path, strerror(errno)), false;
    fprintf(f, "{\"model\":\"%s\",\"device\":\"%s\",\"batch\":%lld,\"threads\":%d,\"crops\":[", rm->cfg.model,
            rm->gpu ? "cuda" : "cpu", (long long)rm->cfg.batch, rm->threads);
    for (int i = 0; i < rm->cfg.ncrops; i++)
        fprintf(f, "%s{\"name\":\"%s\",\"count\":%d,\"size\":%d}", i ? "," : "", rm->cfg.crops[i].name,
                rm->cfg.crops[i].count, rm->cfg.crops[i].size);
    fprintf(f, "],\"ready_s\":%.4f,\"startup_s\":%.4f,\"bundle_s\":%.4f,\"link_s\":%.4f,\"steps\":%lld,\"warmup\":%lld,"
               "\"ms_median\":%.4f,\"ms_p10\":%.4f,\"ms_p90\":%.4f,\"ms_mean\":%.4f,\"img_per_s\":%.3f,"
               "\"flops_per_step\":%.6g,\"floor_bytes\":%.6g,\"kernel_bytes\":%.6g,\"peak_rss_bytes\":%.0f,"
               "\"arena_bytes\":%.0f,\"act_peak_bytes\":%llu,\"kernels\":%u",
            r->ready_s, r->first_s, rm->load_sec, rm->jit_sec, (long long)r->steps, (long long)r->warmup, r->med * 1e3,
            r->p10 * 1e3, r->p90 * 1e3, r->mean * 1e3, (double)rm->cfg.batch / r->med, r->flops, r->floor_bytes,
            r->kernel_bytes, r->rss, r->arena, (unsigned long long)rm->kp->plan.act_peak, rm->kp->nkernels);
    if (t) json_kernels(f, rm->kp, t, total);
    fprintf(f, "}\n");
    return fclose(f) == 0;
}

static int cmd_bench(Ctx *cx, const Args *a, const char *argv0, double t_start)
{
    if (!check_device(argv0, a->device)) return 2;
    if (a->steps > 1000000) return usage_error(argv0, "bench", "bad value for --steps (bench times at most %d)", 1000000);
    RtModel rm;
    BenchRun r = {0};
    KTime *t = NULL;
    double total = 0;
    bool ok = open_model(cx, a, true, &rm, a->device ? a->device : "cpu") && rt_model_init(&rm, a->seed) &&
              bench_time(&rm, a, t_start, &r);
    if (ok && a->profile) ok = (t = bench_profile(&rm, a, r.warmup + r.steps, &total)) != NULL;
    if (ok) printf("device: %s\n", rm.device);
    if (ok) {
        struct rusage ru;
        r.rss = getrusage(RUSAGE_SELF, &ru) ? 0 : (double)ru.ru_maxrss * 1024;
        r.flops = ir_graph_flops(rm.g), r.floor_bytes = floor_bytes(rm.kp);
        for (uint32_t k = 0; k < rm.kp->nkernels; k++) r.kernel_bytes += kir_kernel_bytes(rm.kp, &rm.kp->kernels[k]);
        for (int c = 0; c < KB_COUNT; c++) r.arena += (double)rm.kp->plan.arena[c];
        printf("%s: start-up to first step done %.0f ms (bundle %.0f ms, %s %.0f ms); %.2f ms/step median "
               "(p10 %.2f, p90 %.2f, %lld steps after %lld warm-up), %.1f img/s (batch %lld); %.4g FLOP/step, "
               "%.3f TFLOP/s; peak RSS %.0f MB\n",
               rm.cfg.model, r.first_s * 1e3, rm.load_sec * 1e3, rm.gpu ? "CUDA set-up" : "link", rm.jit_sec * 1e3,
               r.med * 1e3, r.p10 * 1e3,
               r.p90 * 1e3, (long long)r.steps, (long long)r.warmup, rm.cfg.batch / r.med, (long long)rm.cfg.batch,
               r.flops, r.flops / r.med * 1e-12, r.rss / 1e6);
        if (t) profile_print(rm.kp, t, total);
        if (a->json) ok = bench_json(a->json, &rm, &r, t, total);
    }
    free(t);
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
    cx.prog = argv[0]; /* "./run: error: ...", not "passc: " */
    st = c == 0 ? cmd_train(&cx, &a, argv[0], t_start) : c == 1 ? cmd_info(&cx, &a)
       : c == 2 ? cmd_bench(&cx, &a, argv[0], t_start) : cmd_export(&cx, &a, argv[0]);
    ctx_fini(&cx);
    return st;
}
