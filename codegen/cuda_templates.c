/* cuda_templates.c — the CUDA backend's template kernels, GEMM plans and
 * host-side constant builders.
 *
 * Expects a planned KernelProgram.  Produces, per KK_TEMPLATE kernel, CUDA
 * text with the semantics of runtime/cpu_templates.c (and so of
 * ir/interp.c):
 * - gather: one thread per output element; an index outside [0, dim)
 *   sets the error word (the host reports it after the run, like the CPU
 *   backend's run-time error) and writes 0.
 * - scatter_add: deterministic, no atomics.  An update only moves along
 *   the scatter axis, so each output element is one thread that walks the
 *   updates of its column in order and adds those whose index hits it, in
 *   double for floats and rounded once, exactly the CPU's sum.  Cost:
 *   numel(out) * updates along the axis index reads (fine for the
 *   backward of top-k gathers; a float atomicAdd version would be faster
 *   but order-dependent).  Narrow floats round double -> float -> bf16.
 * - topk: one warp per row; k rounds each pick the best element that
 *   comes strictly after the previous pick in the total order "larger
 *   first, NaN largest, lower index first among equals", so no scratch
 *   memory is needed and the result equals the CPU's selection.
 * - neighbor_topk_gather: one warp per query row (m, i).  Every norm and
 *   dot product is a warp sum (xor shuffles) of double partial sums with
 *   the interpreter's rounding after each primitive; the C sims stay in
 *   registers (ceil(C/32) per lane); k warp-wide selection rounds as for
 *   topk; the warp copies each pick's raw row.  Deterministic, and equal
 *   to the CPU's sims up to the order of the double additions.
 * - concat, pad: one thread per output element.
 * - rand_uniform: Philox-4x32-10 on the device, bit-identical to
 *   ir/philox.c (the prelude's pc_philox_uniform).
 * - iota, grid_neighbors, resize_matrix: constants.  They are computed
 *   once on the host (cg_cuda_host_const, the CPU code's arithmetic) and
 *   the executor copies them device-to-device into the kernel's buffer on
 *   every run (the buffer may live in the reused activation arena).
 * GEMMs run through cuBLASLt when cg_cuda_gemm_plan finds a plan (f32 or
 * bf16 with a layout cuBLASLt takes); otherwise a plain loop kernel with
 * double accumulation (f64 GEMMs, empty K, odd layouts). */
#include "codegen/cg_cuda.h"

#include <math.h>
#include <string.h>

enum { TBLOCK = 256 };

static uint32_t pos_of(const Kernel *k, uint32_t buf)
{
    for (uint32_t j = 0; j < k->nbufs; j++)
        if (k->bufs[j] == buf) return j;
    IR_ASSERT(!"pos_of: buffer not in the kernel");
    return 0;
}

static uint32_t arg_pos(const Kernel *k, uint32_t j) { return pos_of(k, k->args[j]); }

static void strides(const Shape *s, int64_t *st)
{
    int64_t m = 1;
    for (int a = s->rank - 1; a >= 0; a--) {
        st[a] = m;
        m *= s->dim[a];
    }
}

static DType buf_dt(CgcOut *o, const Kernel *k, uint32_t pos) { return cgc_program(o)->bufs[k->bufs[pos]].dt; }

/* ------------------------------------------------------------ launches */

bool cg_cuda_is_host_const(Op op) { return op == OP_IOTA || op == OP_GRID_NEIGHBORS || op == OP_RESIZE_MATRIX; }

static unsigned grid_for(int64_t n)
{
    int64_t g = (n + TBLOCK - 1) / TBLOCK;
    return (unsigned)(g > (1 << 20) ? (1 << 20) : g);
}

CgCudaLaunch cgc_template_launch(const KernelProgram *p, const Kernel *k)
{
    const Node *n = ir_node(p->g, k->root);
    int64_t numel = shape_numel(&n->type.shape);
    CgCudaLaunch l = {.how = CGC_LAUNCH, .block = TBLOCK, .grid = grid_for(numel)};
    KGemmPlan gp;
    if (k->kind == KK_GEMM && cg_cuda_gemm_plan(p, k, &gp)) l.how = CGC_GEMM;
    else if (k->kind == KK_TEMPLATE && cg_cuda_is_host_const(k->op)) l.how = CGC_HOST_CONST;
    else if (k->op == OP_GATHER || k->op == OP_SCATTER_ADD) l.err_arg = true;
    else if (k->op == OP_TOPK) {
        int64_t last = n->type.shape.dim[n->type.shape.rank - 1], rows = last ? numel / last : 0;
        l.grid = (unsigned)((rows + 7) / 8);
    } else if (k->op == OP_NEIGHBOR_TOPK_GATHER) {
        int64_t rows = n->type.shape.dim[0] * n->type.shape.dim[1]; /* one warp per query row */
        l.grid = (unsigned)((rows + 7) / 8);
        l.err_arg = true;
    }
    return l;
}

/* ------------------------------------------------------------ helpers */

/* `const long long o0 = ..., ...;`: the multi-index of flat t over s. */
static void split(FILE *f, const Shape *s, const char *t)
{
    fprintf(f, "        long long q = %s;\n", t);
    for (int a = s->rank - 1; a >= 0; a--) {
        if (a == 0) fprintf(f, "        const long long o0 = q;\n");
        else fprintf(f, "        const long long o%d = q %% %lld; q /= %lld;\n", a, (long long)s->dim[a], (long long)s->dim[a]);
    }
    if (s->rank == 0) fprintf(f, "        (void)q;\n");
}

/* o0*st0 + o1*st1 + ... over axes [a0, a1), skipping axis `skip`. */
static void dot(FILE *f, const int64_t *st, int a0, int a1, int skip)
{
    bool any = false;
    for (int a = a0; a < a1; a++) {
        if (a == skip) continue;
        fprintf(f, "%so%d*%lld", any ? " + " : "", a, (long long)st[a]);
        any = true;
    }
    if (!any) fprintf(f, "0");
}

static void loop_open(FILE *f, int64_t n)
{
    fprintf(f, "    for (long long t = (long long)blockIdx.x * %d + threadIdx.x; t < %lldLL; t += (long long)gridDim.x * %d) {\n",
            TBLOCK, (long long)n, TBLOCK);
}

/* An element of buffer parameter `pos` at `idx` as a double (floats). */
static void load_double(FILE *f, DType dt, uint32_t pos, const char *idx)
{
    if (dt == DT_BF16) fprintf(f, "(double)pc_bf2f(b%u[%s])", pos, idx);
    else if (dt == DT_F16) fprintf(f, "(double)pc_h2f(b%u[%s])", pos, idx);
    else fprintf(f, "(double)b%u[%s]", pos, idx);
}

/* The store of double/integer expression e into a buffer of dtype dt. */
static void store_num(FILE *f, DType dt, const char *e)
{
    switch (dt) {
    case DT_F32: fprintf(f, "(float)(%s)", e); return;
    case DT_F64: fprintf(f, "(double)(%s)", e); return;
    case DT_BF16: fprintf(f, "pc_f2bf((float)(%s))", e); return;
    case DT_F16: fprintf(f, "pc_f2h((float)(%s))", e); return;
    case DT_BOOL: fprintf(f, "(unsigned char)((%s) != 0)", e); return;
    case DT_I32: fprintf(f, "(int)(unsigned)(pc_u64)(long long)(%s)", e); return;
    default: fprintf(f, "(long long)(%s)", e); return;
    }
}

static void header(CgcOut *o, const Kernel *k, const char *what)
{
    const Node *n = ir_node(cgc_program(o)->g, k->root);
    char ty[96];
    fprintf(cgc_file(o), "\n/* %s: template %s, %s\n * nodes: %%%u %s %s", k->name, ir_ops[k->op].name, what, k->root,
            ir_ops[n->op].name, type_str(&n->type, ty, sizeof ty));
    for (uint32_t j = 0; j < k->nbufs; j++) {
        const KBuf *b = &cgc_program(o)->bufs[k->bufs[j]];
        fprintf(cgc_file(o), "\n * b%u = %%%u %s %s", j, b->node, kir_class_name(b->cls),
                type_str(&ir_node(cgc_program(o)->g, b->node)->type, ty, sizeof ty));
    }
    fprintf(cgc_file(o), " */\n");
}

/* ---------------------------------------------------------------- index */

static void emit_gather(CgcOut *o, const Kernel *k, const Node *n)
{
    FILE *f = cgc_file(o);
    const Graph *g = cgc_program(o)->g;
    const Shape *xs = &ir_node(g, n->in[0])->type.shape, *is = &ir_node(g, n->in[1])->type.shape;
    int a = (int)n->a.axis;
    int64_t xst[IR_MAX_RANK], ist[IR_MAX_RANK];
    strides(xs, xst);
    strides(is, ist);
    loop_open(f, shape_numel(&n->type.shape));
    split(f, &n->type.shape, "t");
    fprintf(f, "        const long long v = (long long)b%u[", arg_pos(k, 1));
    dot(f, ist, 0, a + 1, -1);
    fprintf(f, "];\n        if (v < 0 || v >= %lldLL) { pc_fail(err, %uu, v, %lldLL); b0[t] = 0; continue; }\n",
            (long long)xs->dim[a], k->root, (long long)xs->dim[a]);
    fprintf(f, "        b0[t] = b%u[", arg_pos(k, 0));
    dot(f, xst, 0, xs->rank, a);
    fprintf(f, " + v*%lld];\n    }\n", (long long)xst[a]);
}

static void emit_scatter_add(CgcOut *o, const Kernel *k, const Node *n)
{
    FILE *f = cgc_file(o);
    const Graph *g = cgc_program(o)->g;
    const Shape *xs = &n->type.shape, *is = &ir_node(g, n->in[1])->type.shape, *us = &ir_node(g, n->in[2])->type.shape;
    int a = (int)n->a.axis;
    int64_t ist[IR_MAX_RANK], ust[IR_MAX_RANK];
    DType dt = n->type.dt;
    bool fl = dt_is_float(dt);
    uint32_t pb = arg_pos(k, 0), pi = arg_pos(k, 1), pu = arg_pos(k, 2);
    strides(is, ist);
    strides(us, ust);
    loop_open(f, shape_numel(xs));
    split(f, xs, "t");
    fprintf(f, "        %s acc = ", fl ? "double" : "long long");
    if (fl) load_double(f, dt, pb, "t");
    else fprintf(f, "(long long)b%u[t]", pb);
    fprintf(f, ";\n        const long long ib = ");
    dot(f, ist, 0, a, -1);
    fprintf(f, ", ub = ");
    dot(f, ust, 0, us->rank, a);
    fprintf(f, ";\n        for (long long j = 0; j < %lldLL; j++) {\n", (long long)us->dim[a]);
    fprintf(f, "            const long long v = (long long)b%u[ib + j*%lld];\n", pi, (long long)ist[a]);
    fprintf(f, "            if (o%d == 0 && (v < 0 || v >= %lldLL)) pc_fail(err, %uu, v, %lldLL);\n", a,
            (long long)xs->dim[a], k->root, (long long)xs->dim[a]);
    fprintf(f, "            if (v != o%d) continue;\n            acc %s ", a, fl ? "+=" : "= pc_add(acc, (long long)");
    char ui[64];
    snprintf(ui, sizeof ui, "ub + j*%lld", (long long)ust[a]);
    if (fl) load_double(f, dt, pu, ui);
    else fprintf(f, "b%u[%s])", pu, ui);
    fprintf(f, ";\n        }\n        b0[t] = ");
    store_num(f, dt, "acc");
    fprintf(f, ";\n    }\n");
}

static void emit_topk(CgcOut *o, const Kernel *k, const Node *n)
{
    FILE *f = cgc_file(o);
    const Shape *xs = &ir_node(cgc_program(o)->g, n->in[0])->type.shape;
    DType xd = buf_dt(o, k, arg_pos(k, 0));
    int64_t len = xs->dim[xs->rank - 1], rows = len ? shape_numel(xs) / len : 0, kk = n->a.k;
    const char *vt = xd == DT_F64 ? "double" : dt_is_float(xd) ? "float" : "long long";
    uint32_t px = arg_pos(k, 0);
    char ld[64];
    if (xd == DT_BF16) snprintf(ld, sizeof ld, "pc_bf2f(x[i])");
    else if (xd == DT_F16) snprintf(ld, sizeof ld, "pc_h2f(x[i])");
    else snprintf(ld, sizeof ld, "(%s)x[i]", vt);
    fprintf(f, "    // a before b: larger, NaN largest, lower index among equals\n");
    fprintf(f, "    auto before = [](%s a, long long ia, %s b, long long ib) {\n", vt, vt);
    if (dt_is_float(xd))
        fprintf(f, "        const bool an = a != a, bn = b != b;\n"
                   "        if (an || bn) return an && (!bn || ia < ib);\n");
    fprintf(f, "        return a > b || (a == b && ia < ib);\n    };\n");
    fprintf(f, "    const long long row = (long long)blockIdx.x * 8 + (threadIdx.x >> 5);\n"
               "    const int lane = threadIdx.x & 31;\n"
               "    if (row >= %lldLL) return;\n"
               "    const %s *x = b%u + row * %lldLL;\n"
               "    long long pi = -1;\n    %s pv = 0;\n",
            (long long)rows, cgc_mem_type(xd), px, (long long)len, vt);
    fprintf(f, "    for (long long r = 0; r < %lldLL; r++) {\n"
               "        long long bi = -1;\n        %s bv = 0;\n"
               "        for (long long i = lane; i < %lldLL; i += 32) {\n"
               "            const %s v = %s;\n"
               "            if (pi >= 0 && !before(pv, pi, v, i)) continue;\n"
               "            if (bi < 0 || before(v, i, bv, bi)) { bi = i; bv = v; }\n        }\n",
            (long long)kk, vt, (long long)len, vt, ld);
    fprintf(f, "        for (int s = 16; s > 0; s >>= 1) {\n"
               "            const long long oi = __shfl_xor_sync(0xffffffffu, bi, s);\n"
               "            const %s ov = __shfl_xor_sync(0xffffffffu, bv, s);\n"
               "            if (oi >= 0 && (bi < 0 || before(ov, oi, bv, bi))) { bi = oi; bv = ov; }\n        }\n"
               "        if (lane == 0) b0[row * %lldLL + r] = ",
            vt, (long long)kk);
    store_num(f, n->type.dt, "bi");
    fprintf(f, ";\n        pi = bi;\n        pv = bv;\n    }\n");
}

/* ---------------------------------------------------------- structured */

/* Lambdas over the value type T (float; double for f64): rnd (rounding
 * to the dtype), ld (an element of f), the IEEE round-to-nearest mul, div
 * and sqrt (a float result of f32 operands equals the interpreter's double
 * result rounded to f32: 53 >= 2 * 24 + 2 bits, likewise bf16 and f16 from
 * float), den (max(||row||, eps) with l2_normalize's roundings, the sum of
 * squares a warp sum of double partial sums) and before (the topk order). */
static void ntg_helpers(FILE *f, DType dt, uint32_t pf, int64_t d)
{
    bool wide = dt == DT_F64;
    const char *t = wide ? "double" : "float";
    float eps32 = (float)1e-12;
    double eps = dt == DT_BF16 ? round_bf16(eps32) : dt == DT_F16 ? round_f16(eps32) : wide ? 1e-12 : eps32;
    fprintf(f, "    typedef %s T;\n", t);
    fprintf(f, "    auto rnd = [](T v) -> T { return %s; };\n",
            dt == DT_BF16 ? "pc_rbf16(v)" : dt == DT_F16 ? "pc_rf16(v)" : "v");
    if (dt == DT_BF16) fprintf(f, "    auto ld = [&](long long e) -> T { return pc_bf2f(b%u[e]); };\n", pf);
    else if (dt == DT_F16) fprintf(f, "    auto ld = [&](long long e) -> T { return pc_h2f(b%u[e]); };\n", pf);
    else fprintf(f, "    auto ld = [&](long long e) -> T { return b%u[e]; };\n", pf);
    if (wide)
        fprintf(f, "    auto mul = [](T a, T b) -> T { return __dmul_rn(a, b); };\n"
                   "    auto div = [](T a, T b) -> T { return __ddiv_rn(a, b); };\n"
                   "    auto root = [](T a) -> T { return __dsqrt_rn(a); };\n");
    else
        fprintf(f, "    auto mul = [&](T a, T b) -> T { return rnd(__fmul_rn(a, b)); };\n"
                   "    auto div = [&](T a, T b) -> T { return rnd(__fdiv_rn(a, b)); };\n"
                   "    auto root = [&](T a) -> T { return rnd(__fsqrt_rn(a)); };\n");
    fprintf(f, "    auto den = [&](long long row) -> T {\n"
               "        double ss = 0;\n"
               "        for (long long e = lane; e < %lldLL; e += 32) { const T x = ld(row * %lldLL + e); ss += (double)mul(x, x); }\n"
               "        const T nrm = root(rnd((T)pc_warp<PcSum>(ss)));\n"
               "        return nrm != nrm ? nrm : nrm > (T)%.17g ? nrm : (T)%.17g;\n    };\n",
            (long long)d, (long long)d, eps, eps);
    fprintf(f, "    auto before = [](T a, long long ia, T b, long long ib) {\n"
               "        const bool an = a != a, bn = b != b;\n"
               "        if (an || bn) return an && (!bn || ia < ib);\n"
               "        return a > b || (a == b && ia < ib);\n    };\n");
}

/* Phase 1: lane l keeps the sims of candidates j = 32 s + l in sv[s]; each
 * sim is a warp sum of rounded products in double, rounded once. */
static void ntg_sims(FILE *f, int64_t n, int64_t d, int64_t nc)
{
    int64_t slots = (nc + 31) / 32;
    fprintf(f, "    const T qd = den(q);\n    T sv[%lld];\n#pragma unroll\n    for (int s = 0; s < %lld; s++) {\n"
               "        sv[s] = 0;\n        for (int l = 0; l < 32 && s * 32 + l < %lld; l++) {\n",
            (long long)slots, (long long)slots, (long long)nc);
    fprintf(f, "            const long long row = b * %lldLL + cand(s * 32 + l), x0 = q * %lldLL, y0 = row * %lldLL;\n"
               "            const T rd = den(row);\n            double acc = 0;\n"
               "            for (long long e = lane; e < %lldLL; e += 32) acc += (double)mul(div(ld(x0 + e), qd), div(ld(y0 + e), rd));\n"
               "            const T sim = rnd((T)pc_warp<PcSum>(acc));\n            if (lane == l) sv[s] = sim;\n        }\n    }\n",
            (long long)n, (long long)d, (long long)d, (long long)d);
}

/* Phase 2: k rounds; each picks over the warp the best candidate after
 * the previous pick in the topk order, and the warp copies its raw row. */
static void ntg_select(FILE *f, uint32_t pf, int64_t n, int64_t d, int64_t nc, int64_t kk)
{
    int64_t slots = (nc + 31) / 32;
    fprintf(f, "    long long pj = -1;\n    T pv = 0;\n    for (long long r = 0; r < %lldLL; r++) {\n"
               "        long long bj = -1;\n        T bv = 0;\n#pragma unroll\n"
               "        for (int s = 0; s < %lld; s++) {\n            const long long j = s * 32 + lane;\n"
               "            if (j >= %lldLL || (pj >= 0 && !before(pv, pj, sv[s], j))) continue;\n"
               "            if (bj < 0 || before(sv[s], j, bv, bj)) { bj = j; bv = sv[s]; }\n        }\n",
            (long long)kk, (long long)slots, (long long)nc);
    fprintf(f, "        for (int s = 16; s > 0; s >>= 1) {\n"
               "            const long long oj = __shfl_xor_sync(0xffffffffu, bj, s);\n"
               "            const T ov = __shfl_xor_sync(0xffffffffu, bv, s);\n"
               "            if (oj >= 0 && (bj < 0 || before(ov, oj, bv, bj))) { bj = oj; bv = ov; }\n        }\n");
    fprintf(f, "        const long long src = (b * %lldLL + cand(bj)) * %lldLL, dst = (q * %lldLL + r) * %lldLL;\n"
               "        for (long long e = lane; e < %lldLL; e += 32) b0[dst + e] = b%u[src + e];\n"
               "        pj = bj;\n        pv = bv;\n    }\n",
            (long long)n, (long long)d, (long long)kk, (long long)d, (long long)d, pf);
}

/* One warp per query row q = (b, i) of f [m, N, d].  cand(j) is its j-th
 * candidate; one outside [0, N) sets the error word and reads row 0
 * instead (the host reports the error after the run). */
static void emit_neighbor_topk_gather(CgcOut *o, const Kernel *k, const Node *n)
{
    FILE *f = cgc_file(o);
    const Graph *g = cgc_program(o)->g;
    const Shape *fs = &ir_node(g, n->in[0])->type.shape, *is = &ir_node(g, n->in[1])->type.shape;
    int64_t m = fs->dim[0], nn = fs->dim[1], d = fs->dim[2], nc = is->dim[1];
    uint32_t pf = arg_pos(k, 0), pi = arg_pos(k, 1);
    fprintf(f, "    const long long q = (long long)blockIdx.x * 8 + (threadIdx.x >> 5), b = q / %lldLL, i = q %% %lldLL;\n"
               "    const int lane = threadIdx.x & 31;\n    if (q >= %lldLL) return;\n",
            (long long)nn, (long long)nn, (long long)(m * nn));
    /* checked once up front: a call inside the loops costs spills */
    fprintf(f, "    for (long long j = lane; j < %lldLL; j += 32) {\n"
               "        const long long v = (long long)b%u[i * %lldLL + j];\n"
               "        if (v < 0 || v >= %lldLL) pc_fail(err, %uu, v, %lldLL);\n    }\n",
            (long long)nc, pi, (long long)nc, (long long)nn, k->root, (long long)nn);
    fprintf(f, "    auto cand = [&](long long j) -> long long {\n"
               "        const long long v = (long long)b%u[i * %lldLL + j];\n"
               "        return v >= 0 && v < %lldLL ? v : 0;\n    };\n",
            pi, (long long)nc, (long long)nn);
    ntg_helpers(f, n->type.dt, pf, d);
    ntg_sims(f, nn, d, nc);
    ntg_select(f, pf, nn, d, nc, n->a.k);
}

/* -------------------------------------------------------------- layout */

static void emit_concat(CgcOut *o, const Kernel *k, const Node *n)
{
    FILE *f = cgc_file(o);
    int a = (int)n->a.axis;
    int64_t off = 0;
    loop_open(f, shape_numel(&n->type.shape));
    split(f, &n->type.shape, "t");
    for (uint32_t i = 0; i < n->nin; i++) {
        const Shape *s = &ir_node(cgc_program(o)->g, n->in[i])->type.shape;
        int64_t st[IR_MAX_RANK];
        strides(s, st);
        fprintf(f, "        %sif (o%d < %lldLL) b0[t] = b%u[", i ? "else " : "", a, (long long)(off + s->dim[a]),
                arg_pos(k, i));
        dot(f, st, 0, s->rank, a);
        fprintf(f, " + (o%d - %lldLL)*%lld];\n", a, (long long)off, (long long)st[a]);
        off += s->dim[a];
    }
    fprintf(f, "    }\n");
}

static void emit_pad(CgcOut *o, const Kernel *k, const Node *n)
{
    FILE *f = cgc_file(o);
    const Shape *xs = &ir_node(cgc_program(o)->g, n->in[0])->type.shape;
    int64_t st[IR_MAX_RANK];
    char fill[64];
    strides(xs, st);
    loop_open(f, shape_numel(&n->type.shape));
    split(f, &n->type.shape, "t");
    fprintf(f, "        bool in = true;\n        long long src = 0;\n");
    for (int a = 0; a < xs->rank; a++)
        fprintf(f, "        { const long long s = o%d - %lldLL; in &= s >= 0 && s < %lldLL; src += s*%lld; }\n", a,
                (long long)n->a.lo.v[a], (long long)xs->dim[a], (long long)st[a]);
    if (dt_is_float(n->type.dt)) snprintf(fill, sizeof fill, "%.17g", n->a.value);
    else snprintf(fill, sizeof fill, "%lldLL", (long long)(int64_t)n->a.value);
    if (isinf(n->a.value)) snprintf(fill, sizeof fill, "%s__longlong_as_double(0x7ff0000000000000LL)", n->a.value < 0 ? "-" : "");
    if (isnan(n->a.value)) snprintf(fill, sizeof fill, "__longlong_as_double(0x7ff8000000000000LL)");
    fprintf(f, "        if (in) b0[t] = b%u[src];\n        else b0[t] = ", arg_pos(k, 0));
    store_num(f, n->type.dt, fill);
    fprintf(f, ";\n    }\n");
}

static void emit_rand(CgcOut *o, const Kernel *k, const Node *n)
{
    FILE *f = cgc_file(o);
    fprintf(f, "    const pc_u64 seed = (pc_u64)(long long)b%u[0];\n", arg_pos(k, 0));
    loop_open(f, shape_numel(&n->type.shape));
    fprintf(f, "        const float u = pc_philox_uniform(seed, %lluull, (pc_u64)t);\n        b0[t] = ",
            (unsigned long long)n->a.stream);
    store_num(f, n->type.dt, dt_is_float(n->type.dt) ? "u" : "0");
    fprintf(f, ";\n    }\n");
}

bool cgc_emit_template(CgcOut *o, const Kernel *k)
{
    const Node *n = ir_node(cgc_program(o)->g, k->root);
    CgCudaLaunch l = cgc_template_launch(cgc_program(o), k);
    if (l.how == CGC_HOST_CONST) {
        header(o, k, "computed once on the host and copied on every run (no device code)");
        return true;
    }
    header(o, k, k->op == OP_TOPK ? "one warp per row" : k->op == OP_NEIGHBOR_TOPK_GATHER ? "one warp per query row"
                                                                : "one thread per output element");
    cgc_signature(o, k, l.err_arg, TBLOCK);
    switch (k->op) {
    case OP_GATHER: emit_gather(o, k, n); break;
    case OP_SCATTER_ADD: emit_scatter_add(o, k, n); break;
    case OP_TOPK: emit_topk(o, k, n); break;
    case OP_NEIGHBOR_TOPK_GATHER: emit_neighbor_topk_gather(o, k, n); break;
    case OP_CONCAT: emit_concat(o, k, n); break;
    case OP_PAD: emit_pad(o, k, n); break;
    case OP_RAND_UNIFORM: emit_rand(o, k, n); break;
    default:
        cx_error(cgc_ctx(o), n->loc, "the CUDA backend has no template for op %s (node %%%u)", ir_ops[k->op].name,
                 k->root);
        return false;
    }
    fprintf(cgc_file(o), "}\n");
    return true;
}

/* ---------------------------------------------------------------- GEMM */

static bool fits_int(int64_t x) { return x >= 0 && x < 2147483647; }

/* The kernel IR's plan (ir/gemm_plan.c) when cuBLASLt can run it: f32 or
 * bf16, nothing empty, every size an int. */
bool cg_cuda_gemm_plan(const KernelProgram *p, const Kernel *k, KGemmPlan *out)
{
    KGemmPlan g;
    /* cuBLASLt as the executor calls it: f32 or bf16 operands, an output
     * of their type or f32 (RtGemm.c_f32) */
    if (!kir_gemm_plan(p, k, &g) || (g.in_dt != DT_F32 && g.in_dt != DT_BF16) ||
        (g.dt != g.in_dt && !(g.in_dt == DT_BF16 && g.dt == DT_F32)) || g.m <= 0 || g.n <= 0 || g.k <= 0)
        return false;
    /* cuBLASLt takes the bias in the output's type (cublasLt.h); fuse_bias.c
     * only makes such kernels, the check keeps the contract in one place */
    if (g.bias && g.bias_dt != g.dt) return false;
    if (!fits_int(g.m) || !fits_int(g.n) || !fits_int(g.k) || !fits_int(g.lda) || !fits_int(g.ldb) ||
        !fits_int(g.batch))
        return false;
    *out = g;
    return true;
}

/* The fallback: one thread per output element, double accumulation. */
bool cgc_emit_gemm_loop(CgcOut *o, const Kernel *k)
{
    FILE *f = cgc_file(o);
    const Node *n = ir_node(cgc_program(o)->g, k->root);
    const Shape *os = &n->type.shape;
    const KView *va = &k->ga, *vb = &k->gb;
    int nb = os->rank - 2;
    int64_t M = os->dim[nb], N = os->dim[nb + 1], K = n->a.ta ? va->dim[va->rank - 2] : va->dim[va->rank - 1];
    int64_t sar = va->stride[va->rank - 2], sac = va->stride[va->rank - 1];
    int64_t sbr = vb->stride[vb->rank - 2], sbc = vb->stride[vb->rank - 1];
    const KernelProgram *p = cgc_program(o);
    DType dt = p->bufs[va->buf].dt, odt = p->bufs[k->out].dt;
    header(o, k, "plain loop GEMM (no cuBLASLt plan: dtype, empty K or layout), double accumulation");
    cgc_signature(o, k, false, TBLOCK);
    loop_open(f, shape_numel(os));
    split(f, os, "t");
    fprintf(f, "        long long oa = %lldLL, ob = %lldLL;\n", (long long)va->base, (long long)vb->base);
    for (int j = 0; j < nb; j++) {
        int64_t a = kir_view_batch_stride(va, nb, j), b = kir_view_batch_stride(vb, nb, j);
        if (a) fprintf(f, "        oa += o%d*%lld;\n", j, (long long)a);
        if (b) fprintf(f, "        ob += o%d*%lld;\n", j, (long long)b);
    }
    fprintf(f, "        double s = 0;\n        for (long long kk = 0; kk < %lldLL; kk++) {\n", (long long)K);
    char ia[96], ib[96];
    if (n->a.ta) snprintf(ia, sizeof ia, "oa + kk*%lld + o%d*%lld", (long long)sar, nb, (long long)sac);
    else snprintf(ia, sizeof ia, "oa + o%d*%lld + kk*%lld", nb, (long long)sar, (long long)sac);
    if (n->a.tb) snprintf(ib, sizeof ib, "ob + o%d*%lld + kk*%lld", nb + 1, (long long)sbr, (long long)sbc);
    else snprintf(ib, sizeof ib, "ob + kk*%lld + o%d*%lld", (long long)sbr, nb + 1, (long long)sbc);
    fprintf(f, "            s += ");
    load_double(f, dt, pos_of(k, va->buf), ia);
    fprintf(f, " * ");
    load_double(f, dt, pos_of(k, vb->buf), ib);
    fprintf(f, ";\n        }\n");
    if (k->gbias.rank) { /* the product rounded to its type, plus the bias in the sum's (the product's) */
        char ib[64];
        snprintf(ib, sizeof ib, "%lldLL + o%d", (long long)k->gbias.base, nb + 1);
        fprintf(f, "        s = (%s)s + (%s)", n->type.dt == DT_F64 ? "double" : "float", n->type.dt == DT_F64 ? "double" : "float");
        load_double(f, p->bufs[k->gbias.buf].dt, pos_of(k, k->gbias.buf), ib);
        fprintf(f, ";\n");
    }
    fprintf(f, "        b0[t] = ");
    store_num(f, odt, "s");
    fprintf(f, ";\n");
    if (k->gbgrad.rank) { /* the first column's threads also sum their row of op(A), in order, in f32 */
        char ig[96];
        fprintf(f, "        if (o%d == 0) {\n            float g = 0.0f;\n", nb + 1);
        fprintf(f, "            for (long long kk = 0; kk < %lldLL; kk++) g += (float)", (long long)K);
        load_double(f, dt, pos_of(k, va->buf), ia);
        snprintf(ig, sizeof ig, "%lldLL + o%d", (long long)k->gbgrad.base, nb);
        fprintf(f, ";\n            b%u[%s] = g;\n        }\n", pos_of(k, k->gbgrad.buf), ig);
    }
    fprintf(f, "    }\n}\n");
    (void)M, (void)N;
    return true;
}

/* ------------------------------------------------------ constant builders */

typedef struct HostOut {
    DType dt;
    void *out;
} HostOut;

static void put_num(const HostOut *h, int64_t k, double v)
{
    switch (h->dt) {
    case DT_I32: ((int32_t *)h->out)[k] = (int32_t)(uint32_t)(uint64_t)(int64_t)v; return;
    case DT_I64: ((int64_t *)h->out)[k] = (int64_t)v; return;
    case DT_BOOL: ((uint8_t *)h->out)[k] = (int64_t)v != 0; return;
    default: ir_data_set(h->dt, h->out, k, v);
    }
}

static void host_iota(const HostOut *h, const Node *n)
{
    const Shape *s = &n->type.shape;
    int64_t st[IR_MAX_RANK], total = shape_numel(s);
    strides(s, st);
    for (int64_t k = 0; k < total; k++) put_num(h, k, (double)(k / st[n->a.axis] % s->dim[n->a.axis]));
}

/* grid_neighbors, resize_matrix: the shared definition (ir/constgen.c). */
static bool host_constgen(Ctx *cx, const HostOut *h, const Node *n)
{
    int64_t total = shape_numel(&n->type.shape);
    double *v = cx_alloc(cx, (size_t)(total + 1) * sizeof *v);
    if (!v) return false;
    ir_constgen_fill(n, v);
    for (int64_t k = 0; k < total; k++) put_num(h, k, v[k]);
    cx_free(cx, v);
    return true;
}

bool cg_cuda_host_const(Ctx *cx, const KernelProgram *p, const Kernel *k, void *out)
{
    const Node *n = ir_node(p->g, k->root);
    HostOut h = {n->type.dt, out};
    switch (k->op) {
    case OP_IOTA: host_iota(&h, n); return true;
    case OP_GRID_NEIGHBORS:
    case OP_RESIZE_MATRIX: return host_constgen(cx, &h, n);
    default: break;
    }
    IR_ASSERT(!"cg_cuda_host_const: not a constant builder");
    return false;
}
