/* test_cuda_diff.c — the CUDA backend against the reference interpreter
 * (ir/interp.c, IP_F32), on the GPU machine (tests/gpu/run.sh builds it
 * with plain gcc: no check, no LLVM, no libyaml there).
 *
 * For every tests/golden/NAME.pir and tests/gpu/data/NAME.pir (the tiny models'
 * graphs, tests/gpu/make_data.sh) given on the command line: fuse,
 * schedule, plan, run on the GPU kernel by kernel for two steps (so the
 * assigns are exercised) and compare every kernel's value before the
 * arena reuses it, every output and, at the end, every leaf.  Leaves get
 * seeded, realistic values (tests/gpu/leaves.h); rand_uniform draws are
 * the same Philox numbers on both sides.  Then the model graphs run
 * again through a second executor with CUDA-graph capture and replay,
 * whose final values must be bit-identical to the kernel-by-kernel run
 * (the GPU's reductions have a fixed order).
 *
 * Tolerance: f32 1e-4 relative with an absolute floor of 1e-4 times the
 * tensor's largest magnitude (the CPU test uses 1e-5 and 1e-2 of scale:
 * the GPU sums in a tree, cuBLASLt in its own order, and CUDA's expf/erff
 * differ from glibc by an ulp or two, and the differences compound
 * through the tiny models' layers; the interpreter sums in double).
 * bf16 1.6e-2, f16 2e-3, f64 1e-12, integers and bools exact.  Each
 * mismatching tensor prints its kernel and its worst element.
 *
 * With --resync, each kernel is compared on the interpreter's inputs: the
 * values it wrote are replaced by the interpreter's before the next runs,
 * so rounding noise does not travel.  For graphs whose exact-zero
 * gradients an optimiser amplifies (tiny MoCo's batch norm feeds AdamW
 * gradients that are rounding noise), where chained values part by more
 * than any tolerance while every kernel is right.  No replay check then.
 *
 * With --emulate FAKE DIR, the same runs go to the fake driver and
 * cuBLASLt (tests/fake_cuda, path FAKE) with the program built for the
 * host (tests/cuda_emu, libraries cached in DIR): the CI check of the
 * generated kernels and the executor on machines without a GPU.
 *
 * Exit status: 0 all equal, 1 a mismatch or error, 77 no GPU. */
#define _GNU_SOURCE
#include "ir/ir.h"
#include "passes/passes.h"
#include "runtime/cuda.h"
#include "tests/cuda_emu/emu_build.h"
#include "tests/gpu/leaves.h"

#include <dlfcn.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------ compare */

static double tolerance(DType dt)
{
    switch (dt) {
    case DT_F32: return 1e-4;
    case DT_F64: return 1e-12;
    case DT_BF16: return 1.6e-2;
    case DT_F16: return 2e-3;
    default: return 0;
    }
}

/* Offset of operand x's matrix for output batch index bi (numpy broadcast
 * over the leading axes, as the interpreter reads it). */
static int64_t operand_off(const Shape *xs, const Shape *os, const int64_t *bi)
{
    int64_t off = 0, st = xs->dim[xs->rank - 2] * xs->dim[xs->rank - 1];
    for (int a = xs->rank - 3; a >= 0; a--) {
        int j = a + (os->rank - xs->rank);
        if (xs->dim[a] != 1) off += bi[j] * st;
        st *= xs->dim[a];
    }
    return off;
}

/* For each element of matmul node mm, the size of the terms its sum was
 * made of, sum_k |a_mk| |b_kj| (the interpreter's operands): that, not the
 * result, bounds the rounding error of a sum in any order.  An element that
 * cancels to near zero (a bias gradient that is zero in exact arithmetic)
 * keeps the error of its terms.  NULL when out of memory. */
/* |x| of every element of a tensor, as doubles (NULL when out of memory). */
static double *abs_values(const Tensor *x)
{
    double *v = malloc((size_t)x->numel * sizeof *v + 1);
    for (int64_t i = 0; v && i < x->numel; i++) v[i] = fabs(tensor_get(x, i));
    return v;
}

static double *matmul_terms(const Graph *g, const Interp *ip, NodeId mm)
{
    const Node *n = ir_node(g, mm);
    const Tensor *ta = ir_interp_value(ip, n->in[0]), *tb = ir_interp_value(ip, n->in[1]);
    const Shape *so = &n->type.shape, *sa = &ta->type.shape;
    int64_t M = so->dim[so->rank - 2], N = so->dim[so->rank - 1];
    int64_t K = n->a.ta ? sa->dim[sa->rank - 2] : sa->dim[sa->rank - 1], nb = shape_numel(so) / (M * N);
    double *t = calloc((size_t)(nb * M * N) + 1, sizeof *t), *a = abs_values(ta), *b = abs_values(tb);
    int64_t bi[IR_MAX_RANK] = {0};
    /* K strides of each operand: the sum walks k in the inner loop. */
    int64_t ak = n->a.ta ? M : 1, am = n->a.ta ? 1 : K, bk = n->a.tb ? 1 : N, bn = n->a.tb ? K : 1;
    for (int64_t q = 0; t && a && b && q < nb; q++) {
        for (int j = so->rank - 3, r = (int)q; j >= 0; j--) bi[j] = r % so->dim[j], r /= (int)so->dim[j];
        const double *pa = a + operand_off(sa, so, bi), *pb = b + operand_off(&tb->type.shape, so, bi);
        for (int64_t m = 0; m < M; m++)
            for (int64_t j = 0; j < N; j++) {
                double s = 0;
                for (int64_t k = 0; k < K; k++) s += pa[m * am + k * ak] * pb[j * bn + k * bk];
                t[(q * M + m) * N + j] = s;
            }
    }
    free(a), free(b);
    if (t && (!a || !b)) return free(t), NULL;
    return t;
}

/* The excess of |a - b| over the allowed error (<= 0: fine). */
static double excess(double got, double want, double tol, double scale, DType dt)
{
    if (isnan(got) || isnan(want)) return isnan(got) && isnan(want) ? 0 : INFINITY;
    if (isinf(got) || isinf(want)) return got == want ? 0 : INFINITY;
    /* f32: 1e-4 of the element or 1e-5 of the tensor's largest element,
     * whichever is larger: accumulation order differs between backends,
     * and an element that cancels to near zero keeps the absolute error of
     * the terms it was summed from.  Plus an absolute 1e-9 in f32: some
     * gradients are zero in exact arithmetic (a key bias shifts every
     * logit of a softmax row equally), so both sides hold rounding noise
     * near 1e-12 that no relative bound can match (seen on an H200 for the
     * class-attention k biases of tiny_dino_pass). */
    double floor_ = dt == DT_F32 ? 0.1 * scale : 0.01 * tol * scale;
    double abs_ = dt == DT_F32 ? 1e-9 : 0;
    return fabs(got - want) - tol * (fabs(want) + floor_) - abs_;
}

typedef struct Diff {
    const KernelProgram *p;
    bool half;   /* the graph computes in bf16 or f16 somewhere */
    bool resync; /* --resync: each kernel's outputs are replaced by the interpreter's */
    int64_t bad_tensors;
    double worst_rel; /* over all compared f32 elements */
} Diff;

static bool has_half(const Graph *g)
{
    for (NodeId id = 1; id < g->nnodes; id++)
        if (ir_node(g, id)->type.dt == DT_BF16 || ir_node(g, id)->type.dt == DT_F16) return true;
    return false;
}

static const Kernel *kernel_of(const KernelProgram *p, NodeId id)
{
    for (uint32_t k = 0; k < p->nkernels; k++)
        if (p->kernels[k].root == id || p->bufs[p->kernels[k].out].node == id) return &p->kernels[k];
    return NULL;
}

/* The matmul whose sums node id holds element for element (through an
 * output, or as the root of the GEMM kernel that wrote it, bias and cast
 * included; not a permuted layout the GEMM wrote, whose elements are in
 * another order), or 0. */
static NodeId matmul_of(const Diff *d, NodeId id)
{
    const Graph *g = d->p->g;
    if (ir_node(g, id)->op == OP_OUTPUT) id = ir_node(g, id)->in[0];
    if (ir_node(g, id)->op == OP_MATMUL) return id;
    const Kernel *kn = kernel_of(d->p, id);
    if (!kn || kn->kind != KK_GEMM || kn->root == id || ir_node(g, kn->root)->op != OP_MATMUL) return 0;
    const Shape *s = &ir_node(g, id)->type.shape, *r = &ir_node(g, kn->root)->type.shape;
    bool same = ir_node(g, id)->op != OP_PERMUTE && s->rank == r->rank;
    for (int j = 0; same && j < s->rank; j++) same = s->dim[j] == r->dim[j];
    return same ? kn->root : 0;
}

/* Allowed accumulation error of a matrix product, relative to its terms
 * (matmul_terms): sums are f32 on every backend, in any order, over K of
 * up to a few thousand (about sqrt(K) f32 ulps in practice). */
#define GEMM_TERMS_TOL 1e-5

static void compare(Diff *d, const Interp *ip, NodeId id, const Tensor *want, const Tensor *got, const char *when)
{
    DType dt = want->type.dt;
    double tol = tolerance(dt), scale = tensor_max_abs(want), worst = 0;
    NodeId mm = matmul_of(d, id);
    double *terms = mm ? matmul_terms(d->p->g, ip, mm) : NULL;
    /* f32 values of a bf16 graph inherit its rounding: a product that
     * lands on the other side of a bf16 rounding boundary moves everything
     * computed from it by an ulp of bf16. */
    if (dt == DT_F32 && d->half) tol = tolerance(DT_BF16);
    int64_t bad = 0, at = -1;
    for (int64_t k = 0; k < want->numel; k++) {
        double g = tensor_get(got, k), w = tensor_get(want, k), e = excess(g, w, tol, scale, dt);
        if (terms) e -= GEMM_TERMS_TOL * terms[k];
        if (dt == DT_F32 && isfinite(g) && isfinite(w)) {
            double rel = fabs(g - w) / (fabs(w) + 1e-4 * scale + 1e-30);
            if (rel > d->worst_rel) d->worst_rel = rel;
        }
        if (e > 0) bad++;
        if (e > 0 && (at < 0 || e > worst)) worst = e, at = k;
    }
    free(terms);
    if (!bad) return;
    char ty[96];
    const Kernel *kn = kernel_of(d->p, id);
    printf("  MISMATCH %s: node %%%u (%s, %s) kernel %s: %lld of %lld elements differ; worst element %lld: "
           "gpu %.9g, interpreter %.9g\n",
           when, id, ir_ops[ir_node(d->p->g, id)->op].name, type_str(&want->type, ty, sizeof ty),
           kn ? kn->name : "-", (long long)bad, (long long)want->numel, (long long)at, tensor_get(got, at),
           tensor_get(want, at));
    d->bad_tensors++;
}

static bool compare_value(Ctx *cx, Diff *d, CudaExec *x, const Interp *ip, NodeId id, const char *when)
{
    if (!d->p->node_buf[id]) return true;
    Tensor *got = cuda_exec_get(x, id);
    if (!got) return false;
    compare(d, ip, id, ir_interp_value(ip, id), got, when);
    tensor_free(cx, got);
    return true;
}

/* Every value kernel k wrote (its root, second outputs, folded casts);
 * under --resync each is then overwritten with the interpreter's, so the
 * next kernels start from the same inputs on both sides. */
static bool compare_kernel(Ctx *cx, Diff *d, CudaExec *x, const Interp *ip, const Kernel *kn, const char *when)
{
    for (uint32_t j = 0; j < kn->nout; j++) {
        NodeId id = d->p->bufs[kn->bufs[j]].node;
        if (!compare_value(cx, d, x, ip, id, when)) return false;
        if (d->resync && d->p->node_buf[id] && !cuda_exec_set(x, id, ir_interp_value(ip, id))) return false;
    }
    return true;
}

/* ---------------------------------------------------------------- runs */

static bool set_leaves(Ctx *cx, const Graph *g, Interp *ip, CudaExec *x, CudaExec *y)
{
    Rng r = {12345};
    for (NodeId id = 1; id < g->nnodes; id++) {
        const Node *n = ir_node(g, id);
        if (n->op != OP_PARAM && n->op != OP_STATE && n->op != OP_INPUT) continue;
        Tensor *v = random_leaf(cx, g, n, &r);
        bool ok = v && (!ip || ir_interp_set(ip, id, v)) && cuda_exec_set(x, id, v) && (!y || cuda_exec_set(y, id, v));
        tensor_free(cx, v);
        if (!ok) return false;
    }
    return true;
}

static bool diff_steps(Ctx *cx, Diff *d, const Graph *g, Interp *ip, CudaExec *x, int steps)
{
    const KernelProgram *p = d->p;
    for (int s = 0; s < steps; s++) {
        char when[32];
        snprintf(when, sizeof when, "step %d", s + 1);
        if (!ir_interp_run(ip)) return false;
        for (uint32_t k = 0; k < p->nkernels; k++)
            if (!cuda_exec_step(x, k) || !compare_kernel(cx, d, x, ip, &p->kernels[k], when)) return false;
        for (NodeId id = 1; id < g->nnodes; id++)
            if (ir_ops[ir_node(g, id)->op].kind == OK_EFFECT && !compare_value(cx, d, x, ip, id, when)) return false;
        if (!cuda_exec_commit(x)) return false;
    }
    for (NodeId id = 1; id < g->nnodes; id++)
        if (ir_ops[ir_node(g, id)->op].kind == OK_LEAF && !compare_value(cx, d, x, ip, id, "after the steps"))
            return false;
    return true;
}

/* The graph-replay executor y must end bit-identical to x. */
static int64_t replay_check(Ctx *cx, const Graph *g, const KernelProgram *p, CudaExec *x, CudaExec *y, int steps)
{
    int64_t bad = 0;
    for (int s = 0; s < steps; s++)
        if (!cuda_exec_run(y)) return -1;
    for (NodeId id = 1; id < g->nnodes; id++) {
        Op op = ir_node(g, id)->op;
        if ((ir_ops[op].kind != OK_LEAF && op != OP_OUTPUT) || !p->node_buf[id]) continue;
        Tensor *a = cuda_exec_get(x, id), *b = cuda_exec_get(y, id);
        if (!a || !b) return -1;
        for (int64_t k = 0; k < a->numel; k++) {
            double u = tensor_get(a, k), v = tensor_get(b, k);
            if (!(u == v || (isnan(u) && isnan(v)))) {
                if (!bad) printf("  REPLAY MISMATCH node %%%u element %lld: %.9g vs %.9g\n", id, (long long)k, u, v);
                bad++;
                break;
            }
        }
        tensor_free(cx, a);
        tensor_free(cx, b);
    }
    return bad;
}

enum { OK = 0, FAIL = 1, NOGPU = 77 };

/* --emulate: the fake libraries and where the host builds of programs go. */
typedef struct Emulation {
    const char *fake, *dir;
    void *lib; /* the fake, as the runtime will load it (same handle) */
    bool (*emulate)(const char *so);
} Emulation;

/* Builds p for the host and has the fake run it; false after an error. */
static bool emulate(Ctx *cx, const Emulation *e, const KernelProgram *p, const char *path)
{
    char header[PATH_MAX], so[4200], why[4400] = "";
    if (!realpath("tests/cuda_emu/emu.h", header)) {
        printf("%s: tests/cuda_emu/emu.h not found (run from the repository root)\n", path);
        return false;
    }
    if (!emu_build(cx, p, header, e->dir, so, sizeof so, why, sizeof why)) {
        printf("%s: emulation build: %s\n", path, why);
        return false;
    }
    return e->emulate(so);
}

/* Bias-gradient GEMM kernels of p (kernel.h, gbgrad). */
static uint32_t bgrad_kernels(const KernelProgram *p)
{
    uint32_t n = 0;
    for (uint32_t k = 0; k < p->nkernels; k++) n += p->kernels[k].gbgrad.rank == 1;
    return n;
}

static int run_file(const char *path, bool replay, bool resync, bool split_bgrad, const Emulation *emu)
{
    Ctx cx;
    ctx_init(&cx, stdout);
    size_t len = 0;
    char *text = gpu_read_file(path, &len), why[512] = "";
    Graph *g = text ? ir_parse(&cx, path, text, len) : NULL;
    free(text);
    KernelProgram *p = NULL;
    CudaExec *x = NULL, *y = NULL;
    Interp *ip = NULL;
    int st = FAIL;
    if (!g || !ir_verify(&cx, g) || !kir_compile(&cx, g, NULL, &p)) goto done;
    if (emu && !emulate(&cx, emu, p, path)) goto done;
    CudaExecOptions o = {.cache_dir = getenv("PASSC_CACHE_DIR")}, og = o;
    if (emu) o.driver = o.blaslt = og.driver = og.blaslt = emu->fake;
    og.graph = og.timing = true;
    if (!(x = cuda_exec_new(&cx, p, &o, why, sizeof why))) {
        printf("%s: %s\n", path, why);
        st = strstr(why, "no CUDA") || strstr(why, "no CUDA device") ? NOGPU : FAIL;
        goto done;
    }
    if (replay && !(y = cuda_exec_new(&cx, p, &og, why, sizeof why))) {
        printf("%s: replay executor: %s\n", path, why);
        goto done;
    }
    ip = ir_interp_new(&cx, g, IP_F32);
    Diff d = {.p = p, .half = has_half(g), .resync = resync};
    if (!ip || !set_leaves(&cx, g, ip, x, y) || !diff_steps(&cx, &d, g, ip, x, 2)) goto done;
    int64_t rbad = replay ? replay_check(&cx, g, p, x, y, 2) : 0;
    /* --split-bgrad: every bias gradient ran as a product of its own */
    uint32_t nbg = bgrad_kernels(p);
    int nsplit = cuda_exec_bgrad_split(x);
    bool split_bad = split_bgrad && nsplit != (int)nbg;
    char bg[96] = "";
    if (nbg) snprintf(bg, sizeof bg, ", %d of %u bias gradients as products of their own", nsplit, nbg);
    printf("%s %s: %u kernels (%u loop, %u gemm, %u template), compile %.2f s, worst f32 rel err %.2e, %lld "
           "mismatching tensors%s%s\n",
           d.bad_tensors || rbad || split_bad ? "FAIL" : "ok  ", path, p->nkernels, kir_count(p, KK_LOOP),
           kir_count(p, KK_GEMM), kir_count(p, KK_TEMPLATE), cuda_exec_compile_seconds(x), d.worst_rel,
           (long long)d.bad_tensors, replay ? (rbad ? ", graph replay DIFFERS" : ", graph replay identical") : "", bg);
    st = d.bad_tensors || rbad || split_bad ? FAIL : OK;
done:
    if (cx.nerrors && st != NOGPU) st = FAIL;
    ir_interp_free(ip);
    cuda_exec_free(y);
    cuda_exec_free(x);
    kir_free(p);
    ir_graph_free(g);
    ctx_fini(&cx);
    return st;
}

/* --kernel-report FILE.pir ARCH: the NVRTC resource table of the graph's
 * program (no GPU needed). */
static int report(const char *path, int arch)
{
    Ctx cx;
    ctx_init(&cx, stdout);
    size_t len = 0;
    char *text = gpu_read_file(path, &len);
    Graph *g = text ? ir_parse(&cx, path, text, len) : NULL;
    free(text);
    KernelProgram *p = NULL;
    bool ok = g && kir_compile(&cx, g, NULL, &p) && cuda_kernel_report(&cx, p, arch, getenv("PASSC_CACHE_DIR"), stdout);
    kir_free(p);
    ir_graph_free(g);
    ctx_fini(&cx);
    return ok ? OK : FAIL;
}

/* usage: test_cuda_diff [--resync] [--split-bgrad] [--emulate FAKE DIR] FILE.pir...
 * (files under tests/gpu/data also get the CUDA-graph replay check, unless
 * --resync; --split-bgrad: every bias-gradient kernel must fall back to a
 * product of its own, as under a cuBLASLt without BGRADB, the fake's
 * $FAKE_CUBLASLT_NO_BGRAD), or test_cuda_diff --kernel-report FILE ARCH */
int main(int argc, char **argv)
{
    if (argc == 4 && !strcmp(argv[1], "--kernel-report")) return report(argv[2], atoi(argv[3]));
    Emulation e = {0};
    int first = 1;
    bool resync = false;
    bool split_bgrad = false;
    if (argc > first && !strcmp(argv[first], "--resync")) resync = true, first++;
    if (argc > first && !strcmp(argv[first], "--split-bgrad")) split_bgrad = true, first++;
    if (argc >= first + 3 && !strcmp(argv[first], "--emulate")) {
        e.fake = argv[first + 1], e.dir = argv[first + 2], first += 3;
        if (!(e.lib = dlopen(e.fake, RTLD_NOW | RTLD_LOCAL)) ||
            !(*(void **)&e.emulate = dlsym(e.lib, "fake_cuda_emulate"))) {
            const char *why = dlerror();
            printf("--emulate: %s is not the fake driver (%s)\n", e.fake, why ? why : "no fake_cuda_emulate");
            return FAIL;
        }
    }
    int failed = 0;
    for (int i = first; i < argc; i++) {
        int st = run_file(argv[i], !resync && strstr(argv[i], "gpu/data/") != NULL, resync, split_bgrad,
                          e.lib ? &e : NULL);
        fflush(stdout);
        if (st == NOGPU) return NOGPU;
        failed += st != OK;
    }
    printf("%d of %d graphs differ%s\n", failed, argc - first, e.lib ? " (emulated device)" : "");
    if (e.lib) dlclose(e.lib);
    return failed ? 1 : 0;
}
