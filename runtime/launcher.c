/* launcher.c — what ./run does before training: read the bundle appended
 * to its own file, rebuild the step graph and kernel program, link the
 * kernels and the host loop (runtime/host_exec.c), find the leaves the
 * training loop feeds and reads by name, and initialise the weights.
 *
 * Expects a file written by `passc -o run` (tools/write_run.c).  The
 * leaves the loop uses are named by passes/step.c and the frontend:
 * inputs "sched.<name>", "crops.<set>", "seed", "epoch"; outputs "loss",
 * "loss.<term>", "finite"; params; state "teacher.<p>" (init "copy(p)"),
 * "adam_*.<p>", centres.
 *
 * The step runs where RtOpenOptions.device says and device.c finds
 * usable: on CUDA the host arenas are allocated without CPU code (the
 * mirror the loop reads and checkpoints from; device.c keeps the two
 * copies in step), else the CPU code is linked.  A bundle compiled for
 * CUDA only (--target=cuda:...) cannot fall back. */
#include "runtime/runtime.h"
#include "runtime/cuda.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

NodeId rt_model_find(const RtModel *rm, Op op, const char *name)
{
    for (NodeId id = 1; id < rm->g->nnodes; id++) {
        const Node *n = ir_node(rm->g, id);
        if (n->op == op && n->a.name && !strcmp(n->a.name, name)) return id;
    }
    return 0;
}

void *rt_model_buf(const RtModel *rm, NodeId id, size_t *bytes)
{
    if (!rm->x || !id) return NULL;
    const Node *n = ir_node(rm->g, id);
    return host_exec_buf(rm->x, n->op == OP_OUTPUT ? n->in[0] : id, bytes);
}

static const char *section_text(RtModel *rm, const char *name, size_t *len)
{
    const BundleSection *s = bundle_find(&rm->b, name);
    if (!s) {
        cx_error(rm->cx, (SrcLoc){0}, "the bundle has no section '%s'; recompile with passc -o", name);
        return NULL;
    }
    *len = s->len;
    return (const char *)s->data;
}

static bool find_leaves(RtModel *rm)
{
    char buf[96];
    for (int i = 0; i < rm->cfg.nsched; i++) {
        snprintf(buf, sizeof buf, "sched.%s", rm->cfg.sched[i].name);
        rm->sched_in[i] = rt_model_find(rm, OP_INPUT, buf);
    }
    for (int i = 0; i < rm->cfg.ncrops; i++) {
        snprintf(buf, sizeof buf, "crops.%s", rm->cfg.crops[i].name);
        rm->crop_in[i] = rt_model_find(rm, OP_INPUT, buf);
    }
    for (int i = 0; i < rm->cfg.nloss; i++) {
        snprintf(buf, sizeof buf, "loss.%s", rm->cfg.loss[i].name);
        rm->term_out[i] = rt_model_find(rm, OP_OUTPUT, buf);
    }
    rm->seed_in = rt_model_find(rm, OP_INPUT, "seed");
    rm->epoch_in = rt_model_find(rm, OP_INPUT, "epoch");
    rm->loss_out = rt_model_find(rm, OP_OUTPUT, "loss");
    rm->finite_out = rt_model_find(rm, OP_OUTPUT, "finite");
    if (!rm->loss_out || !rm->finite_out) {
        cx_error(rm->cx, (SrcLoc){0}, "the compiled step has no output 'loss' or 'finite'");
        return false;
    }
    return true;
}

/* The CPU code sections: cpu.N.bc (and cpu.N.o) for N = 0, 1, ... */
static bool host_code(RtModel *rm, bool force_bitcode, HostCode *hc)
{
    const BundleSection *tg = bundle_find(&rm->b, "cpu.target"), *hb = bundle_find(&rm->b, "host.bc");
    const BundleSection *ho = bundle_find(&rm->b, "host.o");
    *hc = (HostCode){.host_bc = hb ? hb->data : NULL, .host_bc_len = hb ? hb->len : 0,
                     .host_obj = ho ? ho->data : NULL, .host_obj_len = ho ? ho->len : 0,
                     .force_bitcode = force_bitcode};
    char name[32];
    for (uint32_t i = 0; i < CG_CPU_PARTS; i++) {
        snprintf(name, sizeof name, "cpu.%u.bc", i);
        const BundleSection *bc = bundle_find(&rm->b, name);
        if (!bc) break;
        snprintf(name, sizeof name, "cpu.%u.o", i);
        const BundleSection *obj = bundle_find(&rm->b, name);
        hc->bc[i] = bc->data, hc->bc_len[i] = bc->len;
        hc->obj[i] = obj ? obj->data : NULL, hc->obj_len[i] = obj ? obj->len : 0;
        hc->nparts++;
    }
    if (!hc->nparts || !hb) {
        cx_error(rm->cx, (SrcLoc){0}, "the bundle has no CPU code; recompile with passc -o");
        return false;
    }
    rm->target = tg ? cx_alloc(rm->cx, tg->len + 1) : NULL;
    if (rm->target) memcpy(rm->target, tg->data, tg->len);
    hc->target = rm->target;
    return true;
}

/* The step on CUDA: host arenas without code, then the GPU executor;
 * false (nothing left allocated) with the note printed when it fails. */
static bool open_cuda(RtModel *rm, const RtOpenOptions *o, const RtCudaInfo *info)
{
    char why[1024];
    double t0 = now_s();
    if (!(rm->x = host_exec_new(rm->cx, rm->kp, NULL, 0))) return false;
    rm->gpu = rt_gpu_open(rm, info, why, sizeof why);
    if (!rm->gpu) {
        fprintf(o->notes ? o->notes : stderr, "%s: note: CUDA executor: %s\n", o->prog ? o->prog : "run", why);
        host_exec_free(rm->x);
        rm->x = NULL;
        return false;
    }
    rm->jit_sec = now_s() - t0;
    rt_gpu_describe(rm->gpu, rm->device, sizeof rm->device);
    rm->host_newer = true;
    return true;
}

static bool open_cpu(RtModel *rm, const RtOpenOptions *o)
{
    HostCode hc;
    if (!bundle_find(&rm->b, "cpu.0.bc")) {
        cx_error(rm->cx, (SrcLoc){0}, "this executable has no CPU code (compiled with --target=cuda:...) and CUDA "
                 "is not usable here; recompile with passc --target=all -o");
        return false;
    }
    if (!host_code(rm, o->force_bitcode, &hc) || !(rm->x = host_exec_new(rm->cx, rm->kp, &hc, o->threads))) return false;
    rm->jit_sec = host_exec_jit_seconds(rm->x);
    rm->threads = host_exec_threads(rm->x);
    snprintf(rm->device, sizeof rm->device, "cpu (%s, %d thread%s%s)",
             host_exec_from_bitcode(rm->x) ? "kernels compiled from bitcode" : "precompiled kernels", rm->threads,
             rm->threads == 1 ? "" : "s", host_exec_amx(rm->x) ? ", bf16 GEMMs on AMX tiles" : "");
    return true;
}

bool rt_model_open(Ctx *cx, const char *exe, const RtOpenOptions *o, RtModel *rm)
{
    memset(rm, 0, sizeof *rm);
    rm->cx = cx;
    double t0 = now_s();
    size_t nc = 0, ng = 0, nk = 0;
    if (!bundle_read_file(cx, exe, &rm->b)) return false;
    const char *cfg = section_text(rm, "config", &nc), *pir = section_text(rm, "graph.pir", &ng);
    const char *kir = section_text(rm, "kir.bin", &nk);
    if (!cfg || !pir || !kir || !rt_config_parse(cx, cfg, nc, &rm->cfg)) return false;
    rm->g = ir_parse(cx, "bundle:graph.pir", pir, ng);
    rm->graph_hash = ir_hash(pir, ng);
    if (!rm->g || !(rm->kp = kir_deserialize(cx, rm->g, (const uint8_t *)kir, nk)) || !find_leaves(rm) ||
        !rt_cuda_sections(cx, &rm->b, &rm->cuda))
        return false;
    rm->step_flops = ir_graph_flops(rm->g);
    rm->load_sec = now_s() - t0;
    if (!o->exec) return true;
    RtCudaInfo info;
    if (rt_device_choose(rm, o, &info) && open_cuda(rm, o, &info)) return true;
    return open_cpu(rm, o);
}

bool rt_model_inputs_begin(RtModel *rm) { return !rm->gpu || rt_gpu_inputs_writable(rm->gpu); }

bool rt_model_inputs_end(RtModel *rm) { return !rm->gpu || rt_gpu_inputs_send(rm->gpu, rm); }

/* CUDA: params and state up if the host changed them; the step will
 * change the device's copy. */
static bool gpu_weights_current(RtModel *rm)
{
    if (rm->host_newer && !rt_gpu_put_leaves(rm->gpu, rm)) return false;
    rm->host_newer = false;
    rm->dev_newer = true;
    return true;
}

bool rt_model_launch(RtModel *rm)
{
    if (!rm->gpu) return host_exec_run(rm->x);
    return gpu_weights_current(rm) && rt_gpu_launch(rm->gpu);
}

bool rt_model_finish(RtModel *rm) { return !rm->gpu || rt_gpu_finish(rm->gpu, rm); }

bool rt_model_run_profiled(RtModel *rm, double *sec)
{
    if (!rm->gpu) return host_exec_run_profiled(rm->x, sec);
    return gpu_weights_current(rm) && rt_gpu_run_profiled(rm->gpu, rm, sec);
}

bool rt_model_run(RtModel *rm)
{
    return rt_model_inputs_end(rm) && rt_model_launch(rm) && rt_model_finish(rm);
}

bool rt_model_sync_host(const RtModel *rm)
{
    if (!rm->gpu || !rm->dev_newer) return true;
    if (!rt_gpu_get_leaves(rm->gpu, rm)) return false;
    ((RtModel *)rm)->dev_newer = false;
    return true;
}

void rt_model_mark_host(const RtModel *rm) { ((RtModel *)rm)->host_newer = true; }

void rt_model_close(RtModel *rm)
{
    rt_gpu_close(rm->gpu);
    host_exec_free(rm->x);
    kir_free(rm->kp);
    if (rm->g) ir_graph_free(rm->g);
    cx_free(rm->cx, rm->target);
    bundle_free(rm->cx, &rm->b);
    memset(rm, 0, sizeof *rm);
}

/* ---------------------------------------------------------------- init */

static uint32_t param_index(const RtModel *rm, NodeId id)
{
    uint32_t k = 0;
    for (NodeId i = 1; i < id; i++) k += ir_node(rm->g, i)->op == OP_PARAM;
    return k;
}

static bool init_leaf(RtModel *rm, NodeId id, uint64_t seed)
{
    const Node *n = ir_node(rm->g, id);
    size_t bytes;
    void *dst = rt_model_buf(rm, id, &bytes);
    if (!dst) return true; /* nothing reads it */
    const char *init = n->a.init ? n->a.init : "zeros";
    char src[512];
    if (sscanf(init, "copy(%511[^)])", src) == 1) {
        NodeId s = rt_model_find(rm, OP_PARAM, src);
        size_t sb;
        void *sp = s ? rt_model_buf(rm, s, &sb) : NULL;
        if (!sp || sb != bytes) {
            cx_error(rm->cx, (SrcLoc){0}, "'%s': cannot copy '%s'", n->a.name, src);
            return false;
        }
        memcpy(dst, sp, bytes);
        return true;
    }
    uint32_t idx = n->op == OP_PARAM ? param_index(rm, id) : 0;
    return rt_init_fill(rm->cx, n->a.name, init, seed, idx, n->type.dt, dst, shape_numel(&n->type.shape));
}

bool rt_model_init(RtModel *rm, uint64_t seed)
{
    /* Parameters first: teacher copies read them. */
    for (int pass = 0; pass < 2; pass++)
        for (NodeId id = 1; id < rm->g->nnodes; id++) {
            Op op = ir_node(rm->g, id)->op;
            if (op == (pass ? OP_STATE : OP_PARAM) && !init_leaf(rm, id, seed)) return false;
        }
    rt_model_mark_host(rm);
    return true;
}

bool rt_model_init_teacher(RtModel *rm)
{
    for (NodeId id = 1; id < rm->g->nnodes; id++) {
        const Node *n = ir_node(rm->g, id);
        if (n->op == OP_STATE && n->a.init && !strncmp(n->a.init, "copy(", 5) && !init_leaf(rm, id, 0))
            return false;
    }
    rt_model_mark_host(rm);
    return true;
}
