/* passc.c — the compiler driver: command line, input loading, pass
 * pipeline and output.
 *
 *   passc FILE.pir --emit=pir          parse, verify, print the canonical IR
 *   passc MODEL.yaml --summary         parameters, kernels, memory plan, FLOPs
 *   passc MODEL.yaml --dump-step DIR   one f64 step on the interpreter, as safetensors
 *   passc MODEL.yaml -o run            the training executable (docs/run.md)
 *   passc MODEL.yaml --emit=pir        the graph the model builds
 *   passc INPUT --emit=kir|llvm|cuda   fused kernels / CPU LLVM module / CUDA C
 *
 * Exit status: 0 on success, 1 after a diagnostic about the input, 2 on a
 * usage error.  Output goes to a temporary file renamed into place, so a
 * failed compilation never leaves a partial output behind. */
#include "ir/ir.h"
#include "frontend/frontend.h"
#include "passes/passes.h"
#include "codegen/cg.h"
#include "codegen/cg_cuda.h"
#include "runtime/cuda.h"
#include "tools/dump_step.h"
#include "tools/write_run.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { MAX_DEFINES = 256 };

typedef struct Options {
    const char *input;
    const char *output;  /* -o; NULL = stdout */
    const char *emit;    /* "pir", "kir", "llvm", "cuda" or NULL */
    int kernel_report;   /* --kernel-report[=ARCH]: SM version, 0 = off */
    const char *print_after;
    bool print_after_all;
    bool summary;
    bool no_step;        /* --no-step: the forward graph only */
    const char *dump_step;
    bool verify_each;
    bool time_passes;
    const char *passes;  /* --passes=a,b,c; NULL = default pipeline */
    bool explain_fusion;
    const char *no_fuse; /* --no-fuse=KIND,... */
    const char *defines[MAX_DEFINES];
    int ndefines;
    const char *target;  /* --target=LIST for -o run; NULL = the default */
    Precision precision; /* --precision=f32|bf16 (default f32) */
} Options;

static void usage(FILE *f)
{
    fputs("usage: passc INPUT [options]\n"
          "\n"
          "INPUT is a model (.yaml) or a graph in the IR text form (.pir).\n"
          "\n"
          "options:\n"
          "  -o FILE              write the output to FILE instead of stdout\n"
          "  --emit=KIND          print the result: pir (graph IR text form), kir (fused\n"
          "                       kernels and memory plan), llvm (the CPU module, optimised),\n"
          "                       cuda (the CUDA C program of all kernels)\n"
          "  --kernel-report[=SM] compile the CUDA program with NVRTC for sm_SM (default 90)\n"
          "                       and print registers, spills and shared memory per kernel\n"
          "  --summary            print the model's parameter table and counts, then the\n"
          "                       kernels by kind, memory plan and FLOPs of its step\n"
          "  --no-step            compile the forward graph (losses) without the training step\n"
          "  --dump-step DIR      run one f64 step on the interpreter (drop path off) and write\n"
          "                       DIR/{weights,inputs,outputs}.safetensors\n"
          "  -D NAME=VALUE        override a model constant (repeatable)\n"
          "  --precision=P        numeric policy: f32 (default) or bf16 (bf16 matmuls, f32\n"
          "                       accumulation, f32 master weights, reductions and losses)\n"
          "  --target=LIST        what -o run carries: cpu, cuda, cuda:sm_XX, all (comma-\n"
          "                       separated; default: cpu and cuda, CUBINs for sm_80 and\n"
          "                       sm_90 when passc has NVRTC)\n"
          "  --passes=A,B,...     run these passes instead of the default pipeline\n"
          "  --print-after=PASS   print the graph after PASS (to stderr); PASS=fuse prints\n"
          "                       the kernel program\n"
          "  --explain-fusion     print every refused fusion candidate and why (to stderr)\n"
          "  --no-fuse=KINDS      disable fusion kinds: elementwise,views,prologue,epilogue,\n"
          "                       recompute (loss rows store their probabilities),\n"
          "                       outputs (no second outputs), inplace (concats copied),\n"
          "                       bias (bias adds not done by their products' GEMMs),\n"
          "                       bgrad (bias gradients not done by their weight\n"
          "                       gradients' GEMMs)\n"
          "  --print-after-all    print the graph after every pass (to stderr)\n"
          "  --verify-each        verify the graph after every pass\n"
          "  --time-passes        report the time of every pass (to stderr)\n"
          "  --version            print the version and exit\n"
          "  -h, --help           print this help and exit\n",
          f);
}

static int usage_error(const char *fmt, const char *arg)
{
    fprintf(stderr, "passc: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\n");
    usage(stderr);
    return 2;
}

static bool starts_with(const char *s, const char *prefix, const char **rest)
{
    size_t n = strlen(prefix);
    if (strncmp(s, prefix, n) != 0) return false;
    *rest = s + n;
    return true;
}

/* Returns -1 to go on, else the exit status. */
static int parse_args(int argc, char **argv, Options *o)
{
    const char *v;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) { usage(stdout); return 0; }
        if (!strcmp(a, "--version")) { printf("passc %s\n", PASSC_VERSION); return 0; }
        if (!strcmp(a, "-o") || !strcmp(a, "-D")) {
            if (i + 1 == argc) return usage_error("option %s needs an argument", a);
            if (a[1] == 'o') o->output = argv[++i];
            else if (o->ndefines == MAX_DEFINES) return usage_error("too many -D options%s", "");
            else o->defines[o->ndefines++] = argv[++i];
        } else if (starts_with(a, "-D", &v) && *v) {
            if (o->ndefines == MAX_DEFINES) return usage_error("too many -D options%s", "");
            o->defines[o->ndefines++] = v;
        } else if (starts_with(a, "--emit=", &v)) {
            if (strcmp(v, "pir") && strcmp(v, "kir") && strcmp(v, "llvm") && strcmp(v, "cuda"))
                return usage_error("unknown --emit kind '%s' (known: pir, kir, llvm, cuda)", v);
            o->emit = v;
        } else if (!strcmp(a, "--summary")) o->summary = true;
        else if (!strcmp(a, "--no-step")) o->no_step = true;
        else if (!strcmp(a, "--kernel-report")) o->kernel_report = 90;
        else if (starts_with(a, "--kernel-report=", &v)) {
            char *end;
            long sm = strtol(v, &end, 10);
            if (*end || sm < 50 || sm > 200) return usage_error("--kernel-report: bad SM version '%s' (e.g. 80, 90)", v);
            o->kernel_report = (int)sm;
        }
        else if (!strcmp(a, "--dump-step")) {
            if (i + 1 == argc) return usage_error("option %s needs an argument", a);
            o->dump_step = argv[++i];
        } else if (starts_with(a, "--dump-step=", &v)) o->dump_step = v;
        else if (starts_with(a, "--passes=", &v)) o->passes = v;
        else if (starts_with(a, "--print-after=", &v)) o->print_after = v;
        else if (!strcmp(a, "--explain-fusion")) o->explain_fusion = true;
        else if (starts_with(a, "--no-fuse=", &v)) o->no_fuse = v;
        else if (starts_with(a, "--precision=", &v)) {
            if (!prec_parse(v, &o->precision)) return usage_error("--precision: expected f32 or bf16, got '%s'", v);
        } else if (starts_with(a, "--target=", &v)) {
            RunOptions ro;
            char err[256];
            if (!run_targets_parse(v, &ro, err, sizeof err)) return usage_error("%s", err);
            o->target = v;
        }
        else if (!strcmp(a, "--print-after-all")) o->print_after_all = true;
        else if (!strcmp(a, "--verify-each")) o->verify_each = true;
        else if (!strcmp(a, "--time-passes")) o->time_passes = true;
        else if (a[0] == '-' && a[1]) return usage_error("unknown option '%s'", a);
        else if (o->input) return usage_error("more than one input file ('%s')", a);
        else o->input = a;
    }
    if (!o->input) return usage_error("no input file%s", "");
    /* -o for a .pir input can only mean its canonical text (an executable
     * needs a model's tables). */
    size_t n = strlen(o->input);
    if (o->output && !o->emit && n >= 4 && !strcmp(o->input + n - 4, ".pir")) o->emit = "pir";
    const char *pa = o->print_after;
    if (pa && strcmp(pa, "step") && strcmp(pa, "fuse") && !pass_lookup(pa, strlen(pa)))
        return usage_error("--print-after: unknown pass '%s'", pa);
    return -1;
}

/* Reads the whole input, streamed (a pipe such as <(...) works too). */
static char *read_file(Ctx *cx, const char *path, size_t *len)
{
    SrcLoc loc = {cx_file(cx, path, NULL, 0), 0, 0};
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        cx_error(cx, loc, "cannot read: %s", strerror(EISDIR));
        return NULL;
    }
    FILE *f = fopen(path, "rb");
    if (!f) {
        cx_error(cx, loc, "cannot read: %s", strerror(errno));
        return NULL;
    }
    char *buf = NULL;
    size_t n = 0, cap = 0;
    for (;;) {
        if (cap - n < 65536) {
            cap = cap ? 2 * cap : 65536;
            char *nb = cx_realloc(cx, buf, cap + 1);
            if (!nb) break;
            buf = nb;
        }
        size_t r = fread(buf + n, 1, cap - n, f);
        n += r;
        if (r == 0) break;
    }
    bool bad = ferror(f) || !buf;
    fclose(f);
    if (bad) {
        cx_error(cx, loc, "cannot read: %s", buf ? "read error" : "out of memory");
        cx_free(cx, buf);
        return NULL;
    }
    buf[n] = 0;
    *len = n;
    return buf;
}

static bool has_suffix(const char *s, const char *suf)
{
    size_t n = strlen(s), m = strlen(suf);
    return n >= m && !strcmp(s + n - m, suf);
}

/* What --emit writes: the graph, or the kernel program and the CPU module
 * built from it. */
typedef struct Emitted {
    const Graph *g;
    const KernelProgram *kp;
    const char *text; /* llvm or cuda source */
} Emitted;

static bool emit_to(FILE *f, const Options *o, const Emitted *e)
{
    if (!strcmp(o->emit, "pir")) ir_print(e->g, f);
    else if (!strcmp(o->emit, "kir")) kir_print(e->kp, f);
    else fputs(e->text, f);
    return !ferror(f);
}

/* Writes to o->output through a temporary file renamed into place (so a
 * failure never leaves a partial file), or to stdout. */
static bool write_output(Ctx *cx, const Options *o, const Emitted *e)
{
    if (!o->output) return emit_to(stdout, o, e) && fflush(stdout) == 0;
    /* A device or pipe (/dev/null, /dev/stdout) is written in place:
     * renaming onto it would replace the device node itself. */
    struct stat st;
    if (stat(o->output, &st) == 0 && !S_ISREG(st.st_mode)) {
        FILE *f = fopen(o->output, "w");
        bool ok = f && emit_to(f, o, e);
        if (f) ok &= fclose(f) == 0;
        if (!ok) cx_error(cx, (SrcLoc){cx_file(cx, o->output, NULL, 0), 0, 0}, "cannot write: %s", strerror(errno));
        return ok;
    }
    size_t n = strlen(o->output) + 32;
    char *tmp = cx_alloc(cx, n);
    if (!tmp) return false;
    snprintf(tmp, n, "%s.tmp%ld", o->output, (long)getpid());
    FILE *f = fopen(tmp, "w");
    bool ok = f != NULL;
    if (ok) {
        ok = emit_to(f, o, e);
        ok &= fclose(f) == 0;
    }
    if (ok) ok = rename(tmp, o->output) == 0;
    if (!ok) {
        cx_error(cx, (SrcLoc){cx_file(cx, o->output, NULL, 0), 0, 0}, "cannot write: %s", strerror(errno));
        remove(tmp);
    }
    cx_free(cx, tmp);
    return ok;
}

static PipelineOptions pipeline_options(const Options *o)
{
    PipelineOptions po = {
        .passes = o->passes,
        .print_after = o->print_after && pass_lookup(o->print_after, strlen(o->print_after)) ? o->print_after : NULL,
        .print_after_all = o->print_after_all,
        .verify_each = o->verify_each,
        .time_passes = o->time_passes,
        .dump = stderr,
    };
    return po;
}

/* Every fusion kind but those --no-fuse names. */
static bool fuse_options(Ctx *cx, const Options *o, FuseOptions *fo)
{
    *fo = (FuseOptions){.enable = FUSE_ALL, .explain = o->explain_fusion ? stderr : NULL};
    return !o->no_fuse || kir_parse_no_fuse(cx, o->no_fuse, &fo->enable);
}

/* The kernel stages (fuse, schedule, memplan) and the CPU module, when the
 * output or a dump needs them. */
static bool compile_kernels(Ctx *cx, const Options *o, const Graph *g, Emitted *e, KernelProgram **kp)
{
    bool want_fuse = o->print_after && !strcmp(o->print_after, "fuse");
    bool want = want_fuse || o->explain_fusion || o->no_fuse || o->kernel_report ||
                (o->emit && strcmp(o->emit, "pir"));
    if (!want) return true;
    FuseOptions fo;
    if (!fuse_options(cx, o, &fo) || !kir_compile(cx, g, &fo, kp)) return false;
    if (want_fuse) {
        fprintf(stderr, "# after pass fuse\n");
        kir_print(*kp, stderr);
    }
    e->kp = *kp;
    if (o->emit && !strcmp(o->emit, "llvm") && !(e->text = cg_cpu_module_text(cx, *kp, NULL, true))) return false;
    if (o->emit && !strcmp(o->emit, "cuda") && !(e->text = cg_cuda_source(cx, *kp, NULL))) return false;
    if (o->kernel_report && !cuda_kernel_report(cx, *kp, o->kernel_report, NULL, stdout)) return false;
    return true;
}

/* Loads a .pir graph or a YAML model. */
static bool load_input(Ctx *cx, const Options *o, Graph **g, Model **m)
{
    if (!has_suffix(o->input, ".pir")) {
        *m = fe_load(cx, o->input, o->defines, o->ndefines);
        if (!*m) return false;
        *g = fe_model_graph(*m);
        return ir_verify(cx, *g);
    }
    size_t len;
    char *text = read_file(cx, o->input, &len);
    if (!text) return false;
    *g = ir_parse(cx, o->input, text, len);
    cx_free(cx, text);
    return *g && ir_verify(cx, *g);
}

/* The training step (spec 5.4) around the model's forward graph.  It needs
 * the Model's tables, so it runs before the graph pipeline rather than as
 * one of its passes; `--print-after=step` (or autodiff, which step_build
 * runs inside) prints its result. */
static bool build_step(Ctx *cx, const Options *o, Model *m)
{
    if (o->no_step) return true;
    if (!pass_step_model(cx, m) || !ir_verify(cx, m->g)) return false;
    const char *pa = o->print_after;
    if (o->print_after_all || (pa && (!strcmp(pa, "step") || !strcmp(pa, "autodiff")))) {
        fprintf(stderr, "# after pass step\n");
        ir_print(m->g, stderr);
    }
    return true;
}

/* A kernel's family: its name without the position and the dimensions
 * (k0042_ew_cast_add_128x196x384 -> ew_cast_add). */
static void kernel_family(const char *name, char *fam, size_t cap)
{
    const char *s = strchr(name, '_');
    s = s ? s + 1 : name;
    size_t n = strlen(s);
    const char *dims = strrchr(s, '_');
    if (dims && strspn(dims + 1, "0123456789x") == strlen(dims + 1)) n = (size_t)(dims - s);
    if (n >= cap) n = cap - 1;
    memcpy(fam, s, n);
    fam[n] = 0;
}

typedef struct TrafficRow {
    char name[96];
    double bytes;
    uint32_t count;
} TrafficRow;

static int traffic_desc(const void *a, const void *b)
{
    double x = ((const TrafficRow *)a)->bytes, y = ((const TrafficRow *)b)->bytes;
    return (x < y) - (x > y);
}

/* Where a step's traffic goes: the ten largest kernel families and the ten
 * largest kernels (what to fuse next). */
static bool print_traffic_tops(Ctx *cx, const KernelProgram *kp, FILE *out)
{
    TrafficRow *fam = cx_alloc(cx, (size_t)(kp->nkernels + 1) * sizeof *fam);
    TrafficRow *one = cx_alloc(cx, (size_t)(kp->nkernels + 1) * sizeof *one);
    if (!fam || !one) {
        cx_free(cx, fam);
        cx_free(cx, one);
        return false;
    }
    uint32_t nfam = 0;
    for (uint32_t k = 0; k < kp->nkernels; k++) {
        const Kernel *kn = &kp->kernels[k];
        double b = kir_kernel_bytes(kp, kn);
        one[k] = (TrafficRow){.bytes = b, .count = 1};
        snprintf(one[k].name, sizeof one[k].name, "%s", kn->name);
        char f[96];
        kernel_family(kn->name, f, sizeof f);
        uint32_t i = 0;
        while (i < nfam && strcmp(fam[i].name, f)) i++;
        if (i == nfam) fam[nfam++] = (TrafficRow){.bytes = 0};
        snprintf(fam[i].name, sizeof fam[i].name, "%s", f);
        fam[i].bytes += b;
        fam[i].count++;
    }
    qsort(fam, nfam, sizeof *fam, traffic_desc);
    qsort(one, kp->nkernels, sizeof *one, traffic_desc);
    fprintf(out, "traffic by kernel family (largest 10 of %u):\n", nfam);
    for (uint32_t i = 0; i < nfam && i < 10; i++)
        fprintf(out, "  %10.4g bytes %5u x %s\n", fam[i].bytes, fam[i].count, fam[i].name);
    fprintf(out, "traffic by kernel (largest 10):\n");
    for (uint32_t i = 0; i < kp->nkernels && i < 10; i++) fprintf(out, "  %10.4g bytes %s\n", one[i].bytes, one[i].name);
    cx_free(cx, fam);
    cx_free(cx, one);
    return true;
}

/* What a GPU step launches, with codegen/cuda.c's launch shapes: kernels,
 * cuBLASLt calls (each call of a GEMM's host loop is one), the epilogues
 * those calls ask for (bias, bias gradient), and the loop
 * kernels that leave SMs idle (fewer blocks than an H100's 132 SMs), by
 * the bytes they move.  Launch-shape mistakes show here without a GPU
 * (AdamW's updates ran as one block each; attention's products were 512
 * cuBLASLt calls each). */
enum { SUMMARY_SMS = 132 };

static void print_launches(const KernelProgram *kp, FILE *out)
{
    long launches = 0, calls = 0, looped = 0, thin = 0, biased = 0, bgrads = 0;
    double thin_bytes = 0, worst_bytes = 0;
    const Kernel *worst = NULL;
    unsigned worst_grid = 0;
    for (uint32_t k = 0; k < kp->nkernels; k++) {
        const Kernel *kn = &kp->kernels[k];
        CgCudaLaunch l = cg_cuda_launch(kp, kn);
        KGemmPlan gp;
        if (l.how == CGC_GEMM && cg_cuda_gemm_plan(kp, kn, &gp)) {
            int64_t c = kir_gemm_calls(&gp);
            calls += c, looped += c > 1, biased += gp.bias, bgrads += gp.bgrad;
            continue;
        }
        if (l.how != CGC_LAUNCH || !l.grid) continue;
        launches++;
        if (kn->kind != KK_LOOP || l.grid >= SUMMARY_SMS) continue;
        double b = kir_kernel_bytes(kp, kn);
        thin++, thin_bytes += b;
        if (b > worst_bytes) worst_bytes = b, worst = kn, worst_grid = l.grid;
    }
    fprintf(out, "GPU launches: %ld kernels + %ld cuBLASLt calls (%ld GEMM kernels call it from a host loop)\n", launches,
            calls, looped);
    fprintf(out, "GPU GEMM epilogues: %ld bias (BIAS), %ld bias gradients (BGRADB)\n", biased, bgrads);
    fprintf(out, "GPU fill: %ld loop kernels launch fewer blocks than %d SMs, moving %.4g bytes", thin, SUMMARY_SMS,
            thin_bytes);
    if (worst) fprintf(out, "; the largest %s (%u blocks, %.4g bytes)", worst->name, worst_grid, worst_bytes);
    fprintf(out, "\n");
}

/* The second half of --summary: what the step compiles to. */
static bool print_step_summary(Ctx *cx, const Options *o, const Graph *g, FILE *out)
{
    KernelProgram *kp = NULL;
    FuseOptions fo;
    if (!fuse_options(cx, o, &fo) || !kir_compile(cx, g, &fo, &kp)) return false;
    const KPlanStats *ps = &kp->plan;
    fprintf(out, "step: %u graph nodes, %.4g matmul FLOPs\n", g->nnodes - 1, ir_graph_flops(g));
    fprintf(out, "kernels: %u total (%u loop, %u gemm, %u template)\n", kp->nkernels, kir_count(kp, KK_LOOP),
            kir_count(kp, KK_GEMM), kir_count(kp, KK_TEMPLATE));
    double traffic[3] = {0};
    for (uint32_t k = 0; k < kp->nkernels; k++) traffic[kp->kernels[k].kind] += kir_kernel_bytes(kp, &kp->kernels[k]);
    fprintf(out, "traffic: %.4g bytes (what each kernel touches, once: loop %.4g, gemm %.4g, template %.4g)\n",
            traffic[KK_LOOP] + traffic[KK_GEMM] + traffic[KK_TEMPLATE], traffic[KK_LOOP], traffic[KK_GEMM],
            traffic[KK_TEMPLATE]);
    if (!print_traffic_tops(cx, kp, out)) {
        kir_free(kp);
        return false;
    }
    print_launches(kp, out);
    fprintf(out, "activations: peak %llu bytes, lower bound %llu bytes (%.3fx)\n", (unsigned long long)ps->act_peak,
            (unsigned long long)ps->act_bound, ps->act_bound ? (double)ps->act_peak / ps->act_bound : 1.0);
    for (int c = KB_PARAM; c < KB_COUNT; c++)
        fprintf(out, "arena %-7s %llu bytes\n", kir_class_name((KBufClass)c), (unsigned long long)ps->arena[c]);
    kir_free(kp);
    return true;
}

/* Loads, builds the step, runs the pipeline and the kernel stages, emits. */
static int compile(Ctx *cx, const Options *o)
{
    if (o->dump_step) return passc_dump_step(cx, o->input, o->defines, o->ndefines, o->dump_step);
    Graph *g = NULL;
    Model *m = NULL;
    KernelProgram *kp = NULL;
    Emitted e = {0};
    bool ok = load_input(cx, o, &g, &m);
    if (ok && m && o->summary) ok = fe_print_summary(m, stdout) && fflush(stdout) == 0;
    if (ok && m) ok = build_step(cx, o, m);
    if (ok && m) ok = prec_apply(cx, m->g, o->precision) && ir_verify(cx, m->g);
    /* A .pir file is printed as it is unless passes are asked for: that is
     * how dumps are canonicalised and single passes replayed. */
    PipelineOptions po = pipeline_options(o);
    if (ok && m && o->output && !o->emit && !o->summary) {
        /* -o without --emit: the training executable (it runs the
         * pipeline and the kernel stages itself). */
        RunOptions ro;
        char err[256];
        run_options_default(&ro);
        if (o->target) run_targets_parse(o->target, &ro, err, sizeof err); /* checked in parse_args */
        ro.defines = o->defines, ro.ndefines = o->ndefines;
        FuseOptions fo;
        ro.fuse = &fo;
        ok = fuse_options(cx, o, &fo) && passc_write_executable_for(cx, m, &po, o->output, &ro);
        goto done;
    }
    if (ok && (m || o->passes)) ok = pass_pipeline_run(cx, g, &po);
    if (ok && o->summary) {
        ok = print_step_summary(cx, o, g, stdout);
        goto done;
    }
    e.g = g;
    if (ok) ok = compile_kernels(cx, o, g, &e, &kp);
    if (ok && o->emit) ok = write_output(cx, o, &e);
done:
    cx_free(cx, (void *)e.text);
    kir_free(kp);
    if (m) fe_model_free(m);
    else ir_graph_free(g);
    return ok ? 0 : 1;
}

int main(int argc, char **argv)
{
    Options o = {0};
    int st = parse_args(argc, argv, &o);
    if (st >= 0) return st;
    Ctx cx;
    ctx_init(&cx, stderr);
    /* Bad fusion kinds are usage errors: check them before any work. */
    FuseOptions fo;
    if (!fuse_options(&cx, &o, &fo)) {
        ctx_fini(&cx);
        usage(stderr);
        return 2;
    }
    st = compile(&cx, &o);
    if (st == 0 && cx.nerrors) st = 1;
    ctx_fini(&cx);
    return st;
}
