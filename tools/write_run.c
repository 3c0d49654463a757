/* write_run.c — `passc MODEL.yaml -o run`: compiles a model's training
 * step and writes the executable that trains it.
 *
 * Expects a Model whose training step the driver has built (step_build);
 * the graph pipeline runs here, after which only names are used.
 * Produces one file: the launcher binary passc-run followed by a bundle
 * (codegen/bundle.c) with the sections
 *   config      the model's tables as text lines (batch, epochs, schedules,
 *               crop sets with per-crop augmentation, losses, constants)
 *   graph.pir   the step graph in the canonical text form
 *   kir.bin     the planned kernel program; kir.txt its text form
 *   cpu.bc      the optimised CPU kernel module (bitcode)
 *   cpu.o       the same compiled for this CPU; cpu.target says which CPU
 *   host.bc     the host loop passc_step (bitcode)
 * docs/bundle.md describes each. */
#include "tools/write_run.h"

#include "codegen/cg.h"

#include <errno.h>
#include <limits.h>
#include <llvm-c/Core.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static SrcLoc path_loc(Ctx *cx, const char *p) { return (SrcLoc){cx_file(cx, p, NULL, 0), 0, 0}; }

/* ------------------------------------------------------------- config */

static const char *sched_kind(FeSchedKind k)
{
    return k == FS_COSINE ? "cosine" : k == FS_LINEAR ? "linear" : "constant";
}

static void config_crops(const Model *m, FILE *f)
{
    for (uint32_t i = 0; i < m->ncrops; i++) {
        const FeCropSet *c = &m->crops[i];
        fprintf(f, "crop %s %lld %lld %.17g %.17g\n", c->name, (long long)c->count, (long long)c->size,
                c->scale_lo, c->scale_hi);
        for (int64_t j = 0; j < c->count; j++)
            fprintf(f, "crop_aug %s %lld %.17g %.17g %.17g %.17g %.17g\n", c->name, (long long)j, c->flip[j],
                    c->jitter[j], c->gray[j], c->blur[j], c->solarize[j]);
    }
}

/* "tiny_dino_pass" from ".../models/tiny_dino_pass.yaml". */
static void model_name(const Model *m, char *out, size_t n)
{
    const char *p = m->path ? m->path : "model", *slash = strrchr(p, '/');
    snprintf(out, n, "%s", slash ? slash + 1 : p);
    char *dot = strrchr(out, '.');
    if (dot && dot != out) *dot = 0;
}

static char *config_text(Ctx *cx, const Model *m, size_t *len)
{
    char name[128];
    model_name(m, name, sizeof name);
    char *buf = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&buf, &n);
    if (!f) return NULL;
    fprintf(f, "passc-config 1\nversion %s\nmodel %s\nsource %s\nbatch %lld\nepochs %lld\n", PASSC_VERSION,
            name, m->path ? m->path : "?", (long long)m->batch,
            (long long)m->epochs);
    for (uint32_t i = 0; i < m->nsched; i++) {
        const FeSchedule *s = &m->sched[i];
        fprintf(f, "sched %s %s %.17g %.17g %.17g %lld %d\n", s->name, sched_kind(s->kind), s->base, s->final,
                s->start, (long long)s->warmup_epochs, s->per_epoch ? 1 : 0);
    }
    config_crops(m, f);
    for (uint32_t i = 0; i < m->nlosses; i++) fprintf(f, "loss %s %.17g\n", m->losses[i].name, m->losses[i].weight);
    for (uint32_t i = 0; i < m->nconsts; i++) {
        const FeConst *c = &m->consts[i];
        if (c->is_int) fprintf(f, "const %s %lld\n", c->name, (long long)c->i);
        else fprintf(f, "const %s %.17g\n", c->name, c->f);
    }
    fclose(f);
    char *out = buf ? cx_strdup(cx, buf) : NULL;
    free(buf);
    *len = out ? strlen(out) : 0;
    return out;
}

/* ----------------------------------------------------------- sections */

static bool add_owned(Ctx *cx, Bundle *b, const char *name, void *data, size_t len)
{
    bool ok = data && bundle_add(cx, b, name, data, len);
    cx_free(cx, data);
    return ok;
}

static bool add_text_dumps(Ctx *cx, Bundle *b, const Model *m, const KernelProgram *kp)
{
    size_t len;
    char *cfg = config_text(cx, m, &len);
    if (!add_owned(cx, b, "config", cfg, len)) return false;
    char *pir = ir_print_str(m->g);
    bool ok = pir && bundle_add(cx, b, "graph.pir", pir, strlen(pir));
    free(pir);
    char *kir = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&kir, &n);
    if (f) {
        kir_print(kp, f);
        fclose(f);
    }
    ok = ok && kir && bundle_add(cx, b, "kir.txt", kir, n);
    free(kir);
    uint8_t *bin = ok ? kir_serialize(cx, kp, &len) : NULL;
    return ok && add_owned(cx, b, "kir.bin", bin, len);
}

/* Adds section name holding the bytes code() returned (taken over). */
static bool add_bytes(Ctx *cx, Bundle *b, const char *name, uint8_t *data, size_t len)
{
    return add_owned(cx, b, name, data, len);
}

static bool add_code(Ctx *cx, Bundle *b, const KernelProgram *kp)
{
    LLVMContextRef C = LLVMContextCreate();
    LLVMModuleRef km = cg_cpu_build_module(cx, kp, NULL, C);
    LLVMModuleRef hm = km && cg_cpu_optimise(cx, km) ? cg_host_build(cx, kp, C) : NULL;
    size_t nk = 0, nh = 0, no = 0;
    bool ok = hm != NULL;
    uint8_t *kbc = ok ? cg_module_bitcode(cx, km, &nk) : NULL;
    ok = ok && add_bytes(cx, b, "cpu.bc", kbc, nk);
    uint8_t *hbc = ok ? cg_module_bitcode(cx, hm, &nh) : NULL;
    ok = ok && add_bytes(cx, b, "host.bc", hbc, nh);
    char *target = ok ? cg_host_target(cx) : NULL;
    ok = ok && add_owned(cx, b, "cpu.target", target, target ? strlen(target) : 0);
    /* Last: emitting object code runs the code generator on km. */
    uint8_t *obj = ok ? cg_cpu_emit_object(cx, km, &no) : NULL;
    ok = ok && add_bytes(cx, b, "cpu.o", obj, no);
    if (hm) LLVMDisposeModule(hm);
    if (km) LLVMDisposeModule(km);
    LLVMContextDispose(C);
    return ok;
}

/* ----------------------------------------------------------- launcher */

static bool launcher_path(Ctx *cx, char *out, size_t n)
{
    const char *env = getenv("PASSC_RUNTIME");
    if (env && *env) {
        snprintf(out, n, "%s", env);
        return true;
    }
    char self[PATH_MAX];
    ssize_t k = readlink("/proc/self/exe", self, sizeof self - 1);
    if (k <= 0) {
        cx_error(cx, (SrcLoc){0}, "cannot find passc-run: /proc/self/exe: %s (set PASSC_RUNTIME)", strerror(errno));
        return false;
    }
    self[k] = 0;
    char *slash = strrchr(self, '/');
    if (slash) *slash = 0;
    if ((size_t)snprintf(out, n, "%s/passc-run", self) >= n) {
        cx_error(cx, (SrcLoc){0}, "cannot find passc-run: path too long (set PASSC_RUNTIME)");
        return false;
    }
    return true;
}

static uint8_t *read_all(Ctx *cx, const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        cx_error(cx, path_loc(cx, path), "cannot read the launcher: %s (set PASSC_RUNTIME to passc-run)",
                 strerror(errno));
        return NULL;
    }
    uint8_t *buf = NULL;
    long size = fseek(f, 0, SEEK_END) == 0 ? ftell(f) : -1;
    bool ok = size > 0 && fseek(f, 0, SEEK_SET) == 0 && (buf = cx_alloc(cx, (size_t)size)) &&
              fread(buf, 1, (size_t)size, f) == (size_t)size;
    fclose(f);
    if (!ok) {
        if (buf || size <= 0) cx_error(cx, path_loc(cx, path), "cannot read the launcher");
        cx_free(cx, buf);
        return NULL;
    }
    *len = (size_t)size;
    return buf;
}

static bool write_file(Ctx *cx, const char *path, const uint8_t *a, size_t na, const uint8_t *b, size_t nb)
{
    size_t n = strlen(path) + 32;
    char *tmp = cx_alloc(cx, n);
    if (!tmp) return false;
    snprintf(tmp, n, "%s.tmp%ld", path, (long)getpid());
    FILE *f = fopen(tmp, "wb");
    bool ok = f && fwrite(a, 1, na, f) == na && fwrite(b, 1, nb, f) == nb;
    if (f) ok &= fflush(f) == 0 && fsync(fileno(f)) == 0;
    if (f) ok &= fclose(f) == 0;
    ok = ok && chmod(tmp, 0755) == 0 && rename(tmp, path) == 0;
    if (!ok) {
        cx_error(cx, path_loc(cx, path), "cannot write: %s", strerror(errno));
        remove(tmp);
    }
    cx_free(cx, tmp);
    return ok;
}

static bool write_bundle(Ctx *cx, const Bundle *b, const char *out_path)
{
    char lp[PATH_MAX];
    size_t nl = 0, nb = 0;
    uint8_t *launcher = launcher_path(cx, lp, sizeof lp) ? read_all(cx, lp, &nl) : NULL;
    if (!launcher) return false;
    /* A launcher that already carries a bundle (a ./run copied as the
     * runtime) keeps only its own bytes. */
    FILE *devnull = fopen("/dev/null", "w");
    Ctx quiet;
    ctx_init(&quiet, devnull);
    Bundle old;
    if (devnull && bundle_read_file(&quiet, lp, &old)) {
        nl = old.payload_len + 32 <= nl ? nl - old.payload_len - 32 : nl;
        bundle_free(&quiet, &old);
    }
    ctx_fini(&quiet);
    if (devnull) fclose(devnull);
    uint8_t *tail = bundle_serialize(cx, b, nl, &nb);
    bool ok = tail && write_file(cx, out_path, launcher, nl, tail, nb);
    cx_free(cx, tail);
    cx_free(cx, launcher);
    return ok;
}

bool passc_write_executable(Ctx *cx, Model *m, const PipelineOptions *po, const char *out_path)
{
    bool has_step = false;
    for (NodeId id = 1; id < m->g->nnodes; id++) {
        const Node *n = ir_node(m->g, id);
        has_step |= n->op == OP_OUTPUT && n->a.name && !strcmp(n->a.name, "finite");
    }
    if (!has_step) {
        cx_error(cx, (SrcLoc){0}, "-o: the training executable needs the training step (drop --no-step)");
        return false;
    }
    if (!pass_pipeline_run(cx, m->g, po) || !ir_verify(cx, m->g)) return false;
    KernelProgram *kp = NULL;
    if (!kir_compile(cx, m->g, NULL, &kp)) return false;
    Bundle b = {0};
    bool ok = add_text_dumps(cx, &b, m, kp) && add_code(cx, &b, kp) && write_bundle(cx, &b, out_path);
    bundle_free(cx, &b);
    kir_free(kp);
    return ok;
}
