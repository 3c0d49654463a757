/* passc.c — the compiler driver: command line, input loading, pass
 * pipeline and output.
 *
 *   passc FILE.pir --emit=pir          parse, verify, print the canonical IR
 *   passc MODEL.yaml --summary         parameter table of a model
 *   passc MODEL.yaml --emit=pir        the graph the model builds
 *
 * Exit status: 0 on success, 1 after a diagnostic about the input, 2 on a
 * usage error.  Output goes to a temporary file renamed into place, so a
 * failed compilation never leaves a partial output behind. */
#include "ir/ir.h"
#include "frontend/frontend.h"
#include "passes/passes.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { MAX_DEFINES = 256 };

typedef struct Options {
    const char *input;
    const char *output;  /* -o; NULL = stdout */
    const char *emit;    /* "pir" or NULL */
    const char *print_after;
    bool print_after_all;
    bool summary;
    bool verify_each;
    bool time_passes;
    const char *passes;  /* --passes=a,b,c; NULL = default pipeline */
    const char *defines[MAX_DEFINES];
    int ndefines;
} Options;

static void usage(FILE *f)
{
    fputs("usage: passc INPUT [options]\n"
          "\n"
          "INPUT is a model (.yaml) or a graph in the IR text form (.pir).\n"
          "\n"
          "options:\n"
          "  -o FILE              write the output to FILE instead of stdout\n"
          "  --emit=pir           print the graph in the canonical IR text form\n"
          "  --summary            print the model's parameter table and counts\n"
          "  -D NAME=VALUE        override a model constant (repeatable)\n"
          "  --passes=A,B,...     run these passes instead of the default pipeline\n"
          "  --print-after=PASS   print the graph after PASS (to stderr)\n"
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
            if (strcmp(v, "pir")) return usage_error("unknown --emit kind '%s' (known: pir)", v);
            o->emit = v;
        } else if (!strcmp(a, "--summary")) o->summary = true;
        else if (starts_with(a, "--passes=", &v)) o->passes = v;
        else if (starts_with(a, "--print-after=", &v)) o->print_after = v;
        else if (!strcmp(a, "--print-after-all")) o->print_after_all = true;
        else if (!strcmp(a, "--verify-each")) o->verify_each = true;
        else if (!strcmp(a, "--time-passes")) o->time_passes = true;
        else if (a[0] == '-' && a[1]) return usage_error("unknown option '%s'", a);
        else if (o->input) return usage_error("more than one input file ('%s')", a);
        else o->input = a;
    }
    if (!o->input) return usage_error("no input file%s", "");
    return -1;
}

static char *read_file(Ctx *cx, const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    SrcLoc loc = {cx_file(cx, path, NULL, 0), 0, 0};
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

/* Writes the graph to o->output through a temporary file, or to stdout. */
static bool write_output(Ctx *cx, const Options *o, const Graph *g)
{
    if (!o->output) {
        ir_print(g, stdout);
        return fflush(stdout) == 0;
    }
    size_t n = strlen(o->output) + 16;
    char *tmp = cx_alloc(cx, n);
    if (!tmp) return false;
    snprintf(tmp, n, "%s.tmp%ld", o->output, (long)getpid());
    FILE *f = fopen(tmp, "w");
    bool ok = f != NULL;
    if (ok) {
        ir_print(g, f);
        ok = !ferror(f);
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
        .print_after = o->print_after,
        .print_after_all = o->print_after_all,
        .verify_each = o->verify_each,
        .time_passes = o->time_passes,
        .dump = stderr,
    };
    return po;
}

/* Loads a .pir graph or a YAML model; runs the pipeline; emits. */
static int compile(Ctx *cx, const Options *o)
{
    Graph *g = NULL;
    Model *m = NULL;
    if (has_suffix(o->input, ".pir")) {
        size_t len;
        char *text = read_file(cx, o->input, &len);
        if (!text) return 1;
        g = ir_parse(cx, o->input, text, len);
        cx_free(cx, text);
        if (!g || !ir_verify(cx, g)) goto fail;
    } else {
        m = fe_load(cx, o->input, o->defines, o->ndefines);
        if (!m) return 1;
        if (o->summary) {
            bool ok = fe_print_summary(m, stdout);
            fe_model_free(m);
            return ok ? 0 : 1;
        }
        g = fe_model_graph(m);
        if (!ir_verify(cx, g)) goto fail;
    }
    /* A .pir file is printed as it is unless passes are asked for: that is
     * how dumps are canonicalised and single passes replayed. */
    PipelineOptions po = pipeline_options(o);
    if ((m || o->passes) && !pass_pipeline_run(cx, g, &po)) goto fail;
    bool ok = !o->emit || write_output(cx, o, g);
    if (m) fe_model_free(m);
    else ir_graph_free(g);
    return ok ? 0 : 1;
fail:
    if (m) fe_model_free(m);
    else ir_graph_free(g);
    return 1;
}

int main(int argc, char **argv)
{
    Options o = {0};
    int st = parse_args(argc, argv, &o);
    if (st >= 0) return st;
    Ctx cx;
    ctx_init(&cx, stderr);
    st = compile(&cx, &o);
    if (st == 0 && cx.nerrors) st = 1;
    ctx_fini(&cx);
    return st;
}
