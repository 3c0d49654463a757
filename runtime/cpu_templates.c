/* cpu_templates.c — the kernels the CPU backend runs as C routines: GEMMs
 * through OpenBLAS (cblas_sgemm/dgemm per product or per tile of one,
 * operands read through strided views, following the kernel IR's plan;
 * bf16/f16 widened to f32 for sgemm; split over the executor's threads;
 * a bias-gradient kernel's column sums beside the call)
 * and the one-node templates (gather,
 * scatter_add, topk, concat, pad, iota, grid_neighbors, resize_matrix,
 * rand_uniform; grid_neighbors and resize_matrix take their values from
 * ir/constgen.c) and the structured op neighbor_topk_gather.
 *
 * Expects buffers laid out as the interpreter's const data (float, double,
 * int32_t, int64_t, uint8_t bool, uint16_t bf16/f16 bits) and pointers to
 * k->bufs in order.  The semantics are those of ir/interp.c, which these
 * routines are tested against.  Templates are memory-bound index
 * shuffles: gather, concat and pad copy whole contiguous runs (the axes
 * after the indexed, concatenated or last axis) with memcpy; the rest are
 * plain loops over multi-indices. */
#include "runtime/cpu.h"

#include <cblas.h>
#include <math.h>
#include <string.h>

typedef struct Call {
    Ctx *cx;
    const KernelProgram *p;
    const Kernel *k;
    const Node *n;
    void *out;
    const void *in[64];
    const Shape *so, *si[64];
    DType dt;
    RtScratch *scratch; /* one per thread of pool */
    RtPool *pool;
    bool amx;           /* bf16 GEMMs on AMX tiles (rt_amx_enable) */
    /* GEMM with a bias (kernel.h, gbias): the bias widened to f32 (f32,
     * bf16 and f16 results), or as stored (f64) */
    const float *bias_f32;
    const void *bias;
} Call;

static void strides(const Shape *s, int64_t *st)
{
    int64_t m = 1;
    for (int a = s->rank - 1; a >= 0; a--) {
        st[a] = m;
        m *= s->dim[a];
    }
}

static void idx_next(const Shape *s, int64_t *idx)
{
    for (int a = s->rank - 1; a >= 0; a--) {
        if (++idx[a] < s->dim[a]) return;
        idx[a] = 0;
    }
}

static int64_t dot(const int64_t *idx, const int64_t *st, int n)
{
    int64_t o = 0;
    for (int a = 0; a < n; a++) o += idx[a] * st[a];
    return o;
}

static int64_t geti(DType dt, const void *p, int64_t i)
{
    switch (dt) {
    case DT_I32: return ((const int32_t *)p)[i];
    case DT_I64: return ((const int64_t *)p)[i];
    case DT_BOOL: return ((const uint8_t *)p)[i];
    default: return (int64_t)ir_data_get(dt, p, i);
    }
}

static void seti(DType dt, void *p, int64_t i, int64_t v)
{
    switch (dt) {
    case DT_I32: ((int32_t *)p)[i] = (int32_t)(uint32_t)(uint64_t)v; return;
    case DT_I64: ((int64_t *)p)[i] = v; return;
    case DT_BOOL: ((uint8_t *)p)[i] = v != 0; return;
    default: ir_data_set(dt, p, i, (double)v);
    }
}

static void copy_el(DType dt, void *d, int64_t di, const void *s, int64_t si)
{
    size_t z = dt_size(dt);
    memcpy((char *)d + di * z, (const char *)s + si * z, z);
}

static bool index_error(const Call *c, int64_t v, int64_t dim)
{
    cx_error(c->cx, c->n->loc, "%s (node %%%u): index %lld out of range [0, %lld) on axis %lld", ir_ops[c->n->op].name,
             c->k->root, (long long)v, (long long)dim, (long long)c->n->a.axis);
    return false;
}

/* --------------------------------------------------------------- index */

/* Flat offset in a tensor of shape xs of position o with axis `axis`
 * replaced by the index idx[o[0..axis]]. */
static bool index_src(const Call *c, const int64_t *o, const Shape *xs, int64_t *src)
{
    int a = (int)c->n->a.axis;
    const Shape *is = c->si[1];
    int64_t ist[IR_MAX_RANK], xst[IR_MAX_RANK];
    strides(is, ist);
    strides(xs, xst);
    int64_t v = geti(c->p->bufs[c->k->args[1]].dt, c->in[1], dot(o, ist, a + 1));
    if (v < 0 || v >= xs->dim[a]) return index_error(c, v, xs->dim[a]);
    *src = dot(o, xst, xs->rank) + (v - o[a]) * xst[a];
    return true;
}

/* Elements after axis a (a contiguous run in both x and the result). */
static bool run_gather_slow(Call *c);
static bool run_pad_slow(Call *c);

static int64_t run_after(const Shape *s, int a)
{
    int64_t n = 1;
    for (int d = a + 1; d < s->rank; d++) n *= s->dim[d];
    return n;
}

/* The index tensor is the result's leading axes 0..axis: one index per
 * run of the axes after it. */
static bool run_gather(Call *c)
{
    int a = (int)c->n->a.axis;
    const Shape *xs = c->si[0];
    int64_t inner = run_after(c->so, a), nq = inner ? shape_numel(c->so) / inner : 0, da = c->so->dim[a];
    size_t z = dt_size(c->dt);
    DType idt = c->p->bufs[c->k->args[1]].dt;
    if (c->si[1]->rank != a + 1) return run_gather_slow(c);
    for (int64_t q = 0; q < nq; q++) {
        int64_t v = geti(idt, c->in[1], q);
        if (v < 0 || v >= xs->dim[a]) return index_error(c, v, xs->dim[a]);
        memcpy((char *)c->out + q * inner * z, (const char *)c->in[0] + ((q / da) * xs->dim[a] + v) * inner * z,
               (size_t)inner * z);
    }
    return true;
}

static bool run_gather_slow(Call *c)
{
    int64_t o[IR_MAX_RANK] = {0}, src, n = shape_numel(c->so);
    for (int64_t k = 0; k < n; k++, idx_next(c->so, o)) {
        if (!index_src(c, o, c->si[0], &src)) return false;
        copy_el(c->dt, c->out, k, c->in[0], src);
    }
    return true;
}

/* Float sums in double, rounded once (as the interpreter). */
static bool run_scatter_add(Call *c)
{
    int64_t n = shape_numel(c->so), nu = shape_numel(c->si[2]), u[IR_MAX_RANK] = {0}, dst;
    bool fl = dt_is_float(c->dt);
    double *acc = fl ? cx_alloc(c->cx, (size_t)(n + 1) * sizeof *acc) : NULL;
    if (fl && !acc) return false;
    for (int64_t k = 0; k < n; k++) {
        if (fl) acc[k] = ir_data_get(c->dt, c->in[0], k);
        else copy_el(c->dt, c->out, k, c->in[0], k);
    }
    bool ok = true;
    for (int64_t k = 0; ok && k < nu; k++, idx_next(c->si[2], u)) {
        if (!(ok = index_src(c, u, c->si[0], &dst))) break;
        if (fl) acc[dst] += ir_data_get(c->dt, c->in[2], k);
        else seti(c->dt, c->out, dst, (int64_t)((uint64_t)geti(c->dt, c->out, dst) + (uint64_t)geti(c->dt, c->in[2], k)));
    }
    for (int64_t k = 0; ok && fl && k < n; k++) ir_data_set(c->dt, c->out, k, acc[k]);
    cx_free(c->cx, acc);
    return ok;
}

/* Larger first, NaN largest, lower index first among equals. */
static bool topk_before(DType dt, const void *x, int64_t i, int64_t j)
{
    if (!dt_is_float(dt)) return geti(dt, x, i) > geti(dt, x, j);
    double a = ir_data_get(dt, x, i), b = ir_data_get(dt, x, j);
    if (isnan(a)) return !isnan(b);
    return !isnan(b) && a > b;
}

static bool run_topk(Call *c)
{
    DType xd = c->p->bufs[c->k->args[0]].dt;
    int64_t n = c->si[0]->dim[c->si[0]->rank - 1], kk = c->n->a.k;
    bool *used = cx_alloc(c->cx, (size_t)(n > 0 ? n : 1));
    if (!used) return false;
    for (int64_t row = 0; n > 0 && row < shape_numel(c->si[0]) / n; row++) {
        memset(used, 0, (size_t)n);
        for (int64_t r = 0; r < kk; r++) {
            int64_t best = -1;
            for (int64_t i = 0; i < n; i++)
                if (!used[i] && (best < 0 || topk_before(xd, c->in[0], row * n + i, row * n + best))) best = i;
            used[best] = true;
            seti(c->dt, c->out, row * kk + r, best);
        }
    }
    cx_free(c->cx, used);
    return true;
}

/* ---------------------------------------------------------- structured */

/* Rounding to a float dtype, as the interpreter's primitives round. */
static double rnd(DType dt, double v)
{
    switch (dt) {
    case DT_F32: return (float)v;
    case DT_BF16: return round_bf16(v);
    case DT_F16: return round_f16(v);
    default: return v;
    }
}

static double getf(DType dt, const void *p, int64_t i)
{
    return dt == DT_F32 ? ((const float *)p)[i] : ir_data_get(dt, p, i);
}

/* max(sqrt(sum x*x), 1e-12) of rows lo..hi-1 of f [rows, d], with the
 * roundings of l2_normalize's primitives (max propagates NaN). */
static void ntg_norms_rows(const Call *c, int64_t lo, int64_t hi, int64_t d, double *den)
{
    double eps = rnd(c->dt, 1e-12);
    for (int64_t r = lo; r < hi; r++) {
        double ss = 0;
        for (int64_t e = 0; e < d; e++) {
            double x = getf(c->dt, c->in[0], r * d + e);
            ss += rnd(c->dt, x * x);
        }
        double nrm = rnd(c->dt, sqrt(rnd(c->dt, ss)));
        den[r] = isnan(nrm) ? nrm : nrm > eps ? nrm : eps;
    }
}

/* The sim of candidate row `row` against the normalised query q[d]:
 * products rounded, summed in double, rounded once (mul, reduce_sum). */
static double ntg_sim(const Call *c, const double *q, int64_t row, double den, int64_t d)
{
    double s = 0;
    for (int64_t e = 0; e < d; e++) {
        double y = rnd(c->dt, getf(c->dt, c->in[0], row * d + e) / den);
        s += rnd(c->dt, q[e] * y);
    }
    return rnd(c->dt, s);
}

/* Query (b, i): sims of its C candidates (checked in range beforehand), top
 * k by the topk rule, raw rows copied.  w holds d + C doubles and C flags'
 * worth of scratch. */
static void ntg_query(const Call *c, int64_t b, int64_t i, const double *den, double *w, bool *used)
{
    const Shape *fs = c->si[0];
    int64_t n = fs->dim[1], d = fs->dim[2], nc = c->si[1]->dim[1], kk = c->n->a.k, qi = b * n + i;
    DType idt = c->p->bufs[c->k->args[1]].dt;
    double *q = w, *sim = w + d;
    size_t z = dt_size(c->dt);
    for (int64_t e = 0; e < d; e++) q[e] = rnd(c->dt, getf(c->dt, c->in[0], qi * d + e) / den[qi]);
    for (int64_t j = 0; j < nc; j++) {
        int64_t v = geti(idt, c->in[1], i * nc + j);
        sim[j] = ntg_sim(c, q, b * n + v, den[b * n + v], d);
        used[j] = false;
    }
    for (int64_t r = 0; r < kk; r++) {
        int64_t best = -1;
        for (int64_t j = 0; j < nc; j++)
            if (!used[j] && (best < 0 || topk_before(DT_F64, sim, j, best))) best = j;
        used[best] = true;
        int64_t row = b * n + geti(idt, c->in[1], i * nc + best);
        memcpy((char *)c->out + (qi * kk + r) * d * z, (const char *)c->in[0] + row * d * z, (size_t)d * z);
    }
}

/* The queries (and before them the norms) split over the pool: each
 * query's result is its own, so the bits do not depend on the threads. */
typedef struct NtgJob {
    const Call *c;
    double *den, *w; /* den: one per row; w: d + C per thread */
    bool *used;      /* C per thread */
    int64_t n, d, nc;
} NtgJob;

static void ntg_norms_task(void *arg, int64_t lo, int64_t hi, int thread)
{
    const NtgJob *j = arg;
    (void)thread;
    ntg_norms_rows(j->c, lo, hi, j->d, j->den);
}

static void ntg_queries_task(void *arg, int64_t lo, int64_t hi, int thread)
{
    const NtgJob *j = arg;
    for (int64_t q = lo; q < hi; q++)
        ntg_query(j->c, q / j->n, q % j->n, j->den, j->w + thread * (j->d + j->nc), j->used + thread * j->nc);
}

/* neighbor_topk_gather: the interpreter's decomposition (ir/decompose.c)
 * fused by hand, with the same roundings, so the selection is the same. */
static bool run_neighbor_topk_gather(Call *c)
{
    const Shape *fs = c->si[0];
    int64_t m = fs->dim[0], n = fs->dim[1], d = fs->dim[2], nc = c->si[1]->dim[1], nt = rt_pool_size(c->pool);
    DType idt = c->p->bufs[c->k->args[1]].dt;
    for (int64_t j = 0; j < n * nc; j++) { /* the candidate table, before any thread reads it */
        int64_t v = geti(idt, c->in[1], j);
        if (v < 0 || v >= n) {
            cx_error(c->cx, c->n->loc, "%s (node %%%u): candidate index %lld out of range [0, %lld)",
                     ir_ops[c->n->op].name, c->k->root, (long long)v, (long long)n);
            return false;
        }
    }
    NtgJob j = {.c = c, .n = n, .d = d, .nc = nc};
    j.den = cx_alloc(c->cx, (size_t)(m * n + nt * (d + nc)) * sizeof *j.den);
    j.used = cx_alloc(c->cx, (size_t)(nt * nc));
    bool ok = j.den && j.used;
    j.w = ok ? j.den + m * n : NULL;
    if (ok) rt_pool_run(c->pool, ntg_norms_task, &j, m * n);
    if (ok) rt_pool_run(c->pool, ntg_queries_task, &j, m * n);
    cx_free(c->cx, j.den);
    cx_free(c->cx, j.used);
    return ok;
}

/* -------------------------------------------------------------- layout */

/* Each input is a run of dim[axis] * (axes after it) elements per
 * position of the axes before it. */
static bool run_concat(Call *c)
{
    int axis = (int)c->n->a.axis;
    int64_t inner = run_after(c->so, axis), outer = 1, off = 0;
    size_t z = dt_size(c->dt);
    for (int d = 0; d < axis; d++) outer *= c->so->dim[d];
    int64_t orow = c->so->dim[axis] * inner;
    for (uint32_t i = 0; i < c->n->nin; i++) {
        int64_t irow = c->si[i]->dim[axis] * inner;
        for (int64_t q = 0; q < outer && irow; q++)
            memcpy((char *)c->out + (q * orow + off) * z, (const char *)c->in[i] + q * irow * z, (size_t)irow * z);
        off += irow;
    }
    return true;
}

/* Row by row along the last axis: the fill value, then the source row's
 * bytes where the row lies inside the source. */
static bool run_pad(Call *c)
{
    int r = c->so->rank;
    if (r == 0) return run_pad_slow(c);
    int64_t w = c->so->dim[r - 1], sw = c->si[0]->dim[r - 1], lo = c->n->a.lo.v[r - 1];
    int64_t nrows = w ? shape_numel(c->so) / w : 0, idx[IR_MAX_RANK] = {0}, st[IR_MAX_RANK];
    size_t z = dt_size(c->dt);
    unsigned char fill[8];
    if (dt_is_float(c->dt)) ir_data_set(c->dt, fill, 0, c->n->a.value);
    else seti(c->dt, fill, 0, (int64_t)c->n->a.value);
    Shape rows = shape_make(r - 1, c->so->dim);
    strides(c->si[0], st);
    for (int64_t q = 0; q < nrows; q++, idx_next(&rows, idx)) {
        char *dst = (char *)c->out + q * w * z;
        int64_t src = 0;
        bool inside = true;
        for (int a = 0; a < r - 1; a++) {
            int64_t sa = idx[a] - c->n->a.lo.v[a];
            inside &= sa >= 0 && sa < c->si[0]->dim[a];
            src += sa * st[a];
        }
        for (int64_t j = 0; j < w; j++) memcpy(dst + j * z, fill, z);
        int64_t j0 = lo > 0 ? lo : 0, s0 = lo > 0 ? 0 : -lo, n = sw - s0 < w - j0 ? sw - s0 : w - j0;
        if (inside && n > 0) memcpy(dst + j0 * z, (const char *)c->in[0] + (src + s0) * z, (size_t)n * z);
    }
    return true;
}

static bool run_pad_slow(Call *c)
{
    int64_t st[IR_MAX_RANK], idx[IR_MAX_RANK] = {0}, n = shape_numel(c->so);
    strides(c->si[0], st);
    for (int64_t k = 0; k < n; k++, idx_next(c->so, idx)) {
        int64_t src = 0;
        bool inside = true;
        for (int a = 0; a < c->so->rank; a++) {
            int64_t s = idx[a] - c->n->a.lo.v[a];
            inside &= s >= 0 && s < c->si[0]->dim[a];
            src += s * st[a];
        }
        if (inside) copy_el(c->dt, c->out, k, c->in[0], src);
        else if (dt_is_float(c->dt)) ir_data_set(c->dt, c->out, k, c->n->a.value);
        else seti(c->dt, c->out, k, (int64_t)c->n->a.value);
    }
    return true;
}

/* ------------------------------------------------------ constant builders */

static void put_num(const Call *c, int64_t k, double v)
{
    if (dt_is_float(c->dt)) ir_data_set(c->dt, c->out, k, v);
    else seti(c->dt, c->out, k, (int64_t)v);
}

static bool run_iota(Call *c)
{
    int64_t idx[IR_MAX_RANK] = {0}, n = shape_numel(c->so);
    for (int64_t k = 0; k < n; k++, idx_next(c->so, idx)) put_num(c, k, (double)idx[c->n->a.axis]);
    return true;
}

/* grid_neighbors, resize_matrix: the shared definition (ir/constgen.c). */
static bool run_constgen(Call *c)
{
    int64_t n = shape_numel(c->so);
    double *v = cx_alloc(c->cx, (size_t)(n + 1) * sizeof *v);
    if (!v) return false;
    ir_constgen_fill(c->n, v);
    for (int64_t k = 0; k < n; k++) put_num(c, k, v[k]);
    cx_free(c->cx, v);
    return true;
}

static bool run_rand_uniform(Call *c)
{
    uint64_t seed = (uint64_t)geti(c->p->bufs[c->k->args[0]].dt, c->in[0], 0);
    int64_t n = shape_numel(c->so);
    for (int64_t k = 0; k < n; k++) put_num(c, k, philox_uniform(seed, (uint64_t)c->n->a.stream, (uint64_t)k));
    return true;
}

/* ---------------------------------------------------------------- GEMM */

/* At least n bytes of scratch s (contents undefined): a fresh allocation
 * per call would map and fault in new pages every time. */
static void *scratch(Ctx *cx, RtScratch *s, size_t n)
{
    if (n <= s->n) return s->p;
    void *p = cx_alloc(cx, n);
    if (!p) return NULL;
    cx_free(cx, s->p);
    s->p = p, s->n = n;
    return p;
}

/* Rows [r0, r1) of the stored matrix (cols wide, leading dimension ld) at
 * element off of p, widened to f32 (exact) into w (leading dimension
 * cols). */
static void widen_rows(DType dt, const void *p, int64_t off, int64_t r0, int64_t r1, int64_t cols, int64_t ld,
                       float *w)
{
    if (dt == DT_BF16) {
        const uint16_t *s = (const uint16_t *)p + off;
        for (int64_t r = r0; r < r1; r++)
            for (int64_t c = 0; c < cols; c++) w[r * cols + c] = ir_bf16_to_f32(s[r * ld + c]);
        return;
    }
    for (int64_t r = r0; r < r1; r++)
        for (int64_t c = 0; c < cols; c++) w[r * cols + c] = (float)ir_data_get(dt, p, off + r * ld + c);
}

/* n results rounded once to bf16 (NaN as ir_data_set writes it) or, for
 * other types, through ir_data_set. */
static void narrow_out(DType dt, const float *x, int64_t n, void *out, int64_t off)
{
    if (dt != DT_BF16) {
        for (int64_t i = 0; i < n; i++) ir_data_set(dt, out, off + i, x[i]);
        return;
    }
    uint16_t *o = (uint16_t *)out + off;
    for (int64_t i = 0; i < n; i++) {
        uint32_t u;
        memcpy(&u, &x[i], sizeof u);
        uint16_t nan = (uint16_t)(((u >> 16) & 0x8000u) | 0x7fc0u);
        o[i] = x[i] == x[i] ? ir_f32_to_bf16_rne(x[i]) : nan;
    }
}

/* The bias epilogue: bias[j] added to column j of M rows ld apart, in
 * f32 (the type of the graph's add: the product's). */
static void add_bias_rows(const float *bias, float *x, int64_t M, int64_t N, int64_t ld)
{
    for (int64_t r = 0; r < M; r++)
        for (int64_t j = 0; j < N; j++) x[r * ld + j] += bias[j];
}

/* How the GEMMs use the threads.  OpenBLAS runs single-threaded on
 * whichever thread calls it: its own threads would spin on the cores the
 * loop kernels' threads need (see pool.c), so the GEMM kernels split
 * their work over the same pool.  A kernel of several products hands out
 * whole products; a single large product is cut into one tile of rows
 * (or of columns, when it has more) per thread.  bf16 and f16 operands,
 * which BLAS lacks, are first widened to f32 (exact), rows split over the
 * threads, and each tile's results are rounded once to the output type
 * (the bf16 policy of passes/precision.c; an f32 result, colsum's sums of
 * widened values, is stored as computed).  Below GEMM_SPLIT_FLOPS a
 * kernel runs on the calling thread: the hand-off would cost more. */
enum { GEMM_SPLIT_FLOPS = 1 << 20 };

/* One product's operands as BLAS reads them: f32 or f64 at a and b
 * (first elements), stored as the plan says (transposed or not). */
typedef struct Operands {
    DType dt;
    const void *a, *b;
    int64_t lda, ldb;
} Operands;

/* A tile of C: rows [r0, r1), columns [c0, c1). */
typedef struct Tile {
    int64_t r0, r1, c0, c1;
} Tile;

/* Tile t of the product whose result starts at element oc of the output:
 * one BLAS call on its rows of op(A) and columns of op(B), then the bias;
 * narrow outputs go through the f32 matrix w (m x n) and are rounded. */
static void gemm_tile(const Call *c, const KGemmPlan *g, const Operands *o, Tile t, int64_t oc, float *w)
{
    int m = (int)(t.r1 - t.r0), n = (int)(t.c1 - t.c0), K = (int)g->k, lda = (int)o->lda, ldb = (int)o->ldb;
    int64_t ea = g->trans_a ? t.r0 : t.r0 * o->lda, eb = g->trans_b ? t.c0 * o->ldb : t.c0;
    CBLAS_TRANSPOSE ta = g->trans_a ? CblasTrans : CblasNoTrans, tb = g->trans_b ? CblasTrans : CblasNoTrans;
    int64_t at = oc + t.r0 * g->ldc + t.c0;
    if (o->dt == DT_F64) {
        double *d = (double *)c->out + at;
        cblas_dgemm(CblasRowMajor, ta, tb, m, n, K, 1.0, (const double *)o->a + ea, lda, (const double *)o->b + eb,
                    ldb, 0.0, d, (int)g->ldc);
        for (int64_t r = 0; c->bias && r < m; r++)
            for (int64_t j = 0; j < n; j++) d[r * g->ldc + j] += ir_data_get(g->bias_dt, c->bias, g->base_bias + t.c0 + j);
        return;
    }
    bool narrow = c->dt != DT_F32;
    float *d = narrow ? w + t.r0 * g->n + t.c0 : (float *)c->out + at;
    int64_t ld = narrow ? g->n : g->ldc;
    cblas_sgemm(CblasRowMajor, ta, tb, m, n, K, 1.0f, (const float *)o->a + ea, lda, (const float *)o->b + eb, ldb,
                0.0f, d, (int)ld);
    if (c->bias_f32) add_bias_rows(c->bias_f32 + t.c0, d, m, n, ld);
    for (int64_t r = 0; narrow && r < m; r++) narrow_out(c->dt, d + r * ld, n, c->out, at + r * g->ldc);
}

/* The scratch of one thread for one product: the widened operands (when
 * the operands are narrow) and the f32 result (when the output is), and
 * the offsets widened last (a weight shared by the products is widened
 * once). */
typedef struct Work {
    float *wa, *wb, *wc;
    int64_t last[2];
} Work;

static bool narrow_in(const KGemmPlan *g) { return g->in_dt != DT_F32 && g->in_dt != DT_F64; }

/* Floats of a Work for plan g (0 when f32 or f64 in and out). */
static int64_t work_floats(const KGemmPlan *g)
{
    return (narrow_in(g) ? g->m * g->k + g->k * g->n : 0) + (g->dt != DT_F32 && g->dt != DT_F64 ? g->m * g->n : 0);
}

static Work work_at(const KGemmPlan *g, float *w)
{
    Work k = {.last = {-1, -1}};
    if (narrow_in(g)) k.wa = w, k.wb = w + g->m * g->k, w += g->m * g->k + g->k * g->n;
    k.wc = w;
    return k;
}

/* Operands of the product at element offsets oa, ob: the stored ones, or
 * their f32 copies in wk once widened (by the caller). */
static Operands operands(const KGemmPlan *g, const void *a, int64_t oa, const void *b, int64_t ob, const Work *wk)
{
    if (!narrow_in(g)) {
        size_t es = dt_size(g->in_dt);
        return (Operands){g->in_dt, (const char *)a + oa * es, (const char *)b + ob * es, g->lda, g->ldb};
    }
    return (Operands){DT_F32, wk->wa, wk->wb, g->trans_a ? g->m : g->k, g->trans_b ? g->k : g->n};
}

typedef struct GemmJob {
    const Call *c;
    const KGemmPlan *g;
    const void *a, *b;
    Work *work;      /* one per thread (products) or work[0] shared (tiles) */
    int nthreads;
    /* tiles of one product: its offsets, and the stored rows of A and
     * of B still to widen (0: the last product's copy serves) */
    int64_t oa, ob, oc;
    int64_t rows_a, rows_b;
} GemmJob;

/* Product number q of the kernel (outer index, then batch index). */
static void product_offsets(const KGemmPlan *g, int64_t q, int64_t *oa, int64_t *ob, int64_t *oc)
{
    kir_gemm_offsets(g, q / g->batch, oa, ob, oc);
    int64_t i = q % g->batch;
    *oa += i * g->stride_a, *ob += i * g->stride_b, *oc += i * g->stride_c;
}

/* Products [lo, hi), each whole on thread t. */
static void products_task(void *arg, int64_t lo, int64_t hi, int t)
{
    GemmJob *j = arg;
    const KGemmPlan *g = j->g;
    Work *wk = &j->work[t];
    for (int64_t q = lo; q < hi; q++) {
        int64_t oa, ob, oc;
        product_offsets(g, q, &oa, &ob, &oc);
        if (narrow_in(g) && oa != wk->last[0])
            widen_rows(g->in_dt, j->a, oa, 0, g->trans_a ? g->k : g->m, g->trans_a ? g->m : g->k, g->lda, wk->wa);
        if (narrow_in(g) && ob != wk->last[1])
            widen_rows(g->in_dt, j->b, ob, 0, g->trans_b ? g->n : g->k, g->trans_b ? g->k : g->n, g->ldb, wk->wb);
        wk->last[0] = oa, wk->last[1] = ob;
        Operands o = operands(g, j->a, oa, j->b, ob, wk);
        gemm_tile(j->c, g, &o, (Tile){0, g->m, 0, g->n}, oc, wk->wc);
    }
}

/* Rows [lo, hi) of the rows_a stored rows of A followed by the rows_b
 * of B, widened. */
static void widen_task(void *arg, int64_t lo, int64_t hi, int t)
{
    GemmJob *j = arg;
    const KGemmPlan *g = j->g;
    Work *wk = &j->work[0];
    int64_t ra = j->rows_a, ca = g->trans_a ? g->m : g->k, cb = g->trans_b ? g->k : g->n;
    if (lo < ra) widen_rows(g->in_dt, j->a, j->oa, lo, hi < ra ? hi : ra, ca, g->lda, wk->wa);
    if (hi > ra) widen_rows(g->in_dt, j->b, j->ob, (lo > ra ? lo : ra) - ra, hi - ra, cb, g->ldb, wk->wb);
}

/* Tiles [lo, hi) of nthreads, over rows, or over columns when n > m. */
static void tiles_task(void *arg, int64_t lo, int64_t hi, int t)
{
    GemmJob *j = arg;
    const KGemmPlan *g = j->g;
    Operands o = operands(g, j->a, j->oa, j->b, j->ob, &j->work[0]);
    bool rows = g->m >= g->n;
    int64_t len = rows ? g->m : g->n;
    for (int64_t i = lo; i < hi; i++) {
        int64_t s0 = len * i / j->nthreads, s1 = len * (i + 1) / j->nthreads;
        if (s0 == s1) continue;
        Tile tl = rows ? (Tile){s0, s1, 0, g->n} : (Tile){0, g->m, s0, s1};
        gemm_tile(j->c, g, &o, tl, j->oc, j->work[0].wc);
    }
}

/* Each product cut into tiles over the threads (its operands widened
 * first, rows over the threads, unless the last product's are reused). */
static void run_tiled(GemmJob *j, int64_t nprod)
{
    const KGemmPlan *g = j->g;
    Work *wk = &j->work[0];
    for (int64_t q = 0; q < nprod; q++) {
        product_offsets(g, q, &j->oa, &j->ob, &j->oc);
        if (narrow_in(g)) {
            j->rows_a = j->oa == wk->last[0] ? 0 : g->trans_a ? g->k : g->m;
            j->rows_b = j->ob == wk->last[1] ? 0 : g->trans_b ? g->n : g->k;
            rt_pool_run(j->c->pool, widen_task, j, j->rows_a + j->rows_b);
            wk->last[0] = j->oa, wk->last[1] = j->ob;
        }
        rt_pool_run(j->c->pool, tiles_task, j, j->nthreads);
    }
}

/* bf16 products on AMX tiles (cpu_amx.c): the operands packed into the
 * tiles' layout (A rows padded to 32 columns, B in pairs of k), 32x32
 * blocks of C computed in f32 and then biased and stored or rounded
 * like gemm_tile's.  Used for every bf16 product whose C has at least
 * AMX_MIN_MN rows and columns where the CPU has AMX.  Below that the
 * packing, the padding to 32 and the tile set-up cost more than sgemm on
 * widened operands: attention's 36x36 products per head ran at 43
 * GFLOP/s on AMX, under half of sgemm's rate.  A rule of shapes only, so
 * the results do not depend on the thread count.  Threads share the work
 * as in the f32 path: whole products, or one product's packing and then
 * its blocks. */
enum { AMX_MIN_MN = 64 };

static bool amx_shape(const KGemmPlan *g) { return g->in_dt == DT_BF16 && g->m >= AMX_MIN_MN && g->n >= AMX_MIN_MN; }

static bool amx_fits(const Call *c, const KGemmPlan *g) { return c->amx && amx_shape(g); }

/* Whether p has a GEMM amx_shape takes. */
static bool amx_wanted(const KernelProgram *p)
{
    for (uint32_t k = 0; k < p->nkernels; k++) {
        KGemmPlan g;
        if (p->kernels[k].kind == KK_GEMM && kir_gemm_plan(p, &p->kernels[k], &g) && amx_shape(&g)) return true;
    }
    return false;
}

static int64_t up32(int64_t v) { return (v + 31) / 32 * 32; }

/* Floats of scratch for one product's packed A (mp x kp) and B (kp x np). */
static int64_t amx_floats(const KGemmPlan *g)
{
    return (up32(g->m) * up32(g->k) + up32(g->k) * up32(g->n) + 1) / 2;
}

typedef struct AmxJob {
    const Call *c;
    const KGemmPlan *g;
    const uint16_t *a, *b;
    Work *work;               /* one per thread (products) or work[0] (one product at a time) */
    int64_t mp, np, kp, nbj;  /* padded sizes; blocks per row of C */
    /* the current product: offsets, operands as the tiles read them (A
     * with row stride lda), strips of A and of B to pack */
    int64_t oa, ob, oc;
    const uint16_t *ap;       /* A as the tiles read it: packed, or where it is stored */
    uint16_t *apack, *bv;     /* the scratch A and B are packed into */
    int64_t lda, a_strips, b_strips;
} AmxJob;

/* Rows [r0, r0 + 16) of packed A: kp values each, zeros past k, all
 * zeros past m.  A transposed is read 16 values of a stored row at a time. */
static void amx_pack_a(const AmxJob *j, int64_t r0)
{
    const KGemmPlan *g = j->g;
    int64_t rows = g->m - r0 < 16 ? (g->m - r0 > 0 ? g->m - r0 : 0) : 16;
    uint16_t *out = j->apack + r0 * j->kp;
    memset(out, 0, (size_t)(16 * j->kp) * 2);
    if (!g->trans_a) {
        for (int64_t r = 0; r < rows; r++) memcpy(out + r * j->kp, j->a + j->oa + (r0 + r) * g->lda, (size_t)g->k * 2);
        return;
    }
    for (int64_t k = 0; k < g->k; k++) {
        const uint16_t *src = j->a + j->oa + k * g->lda + r0;
        for (int64_t r = 0; r < rows; r++) out[r * j->kp + k] = src[r];
    }
}

/* Columns [n0, n0 + 16) of B in the tiles' form: for each pair of k the
 * two values side by side, zeros past k and past n.  Each pair's 16
 * columns are 64 contiguous bytes, so the stored B is read a 16-column
 * (or, transposed, 16-row) strip at a time; transposed with pairs
 * 4-byte aligned, a pair moves as one 32-bit word. */
static void amx_pack_b(const AmxJob *j, int64_t n0)
{
    const KGemmPlan *g = j->g;
    int64_t cols = g->n - n0 < 16 ? (g->n - n0 > 0 ? g->n - n0 : 0) : 16, whole = g->k / 2;
    const uint16_t *b = j->b + j->ob;
    bool words = g->trans_b && g->ldb % 2 == 0 && (uintptr_t)b % 4 == 0;
    for (int64_t p = 0; p < j->kp / 2; p++) {
        uint16_t *out = j->bv + p * j->np * 2 + n0 * 2;
        memset(out, 0, 16 * 2 * 2);
        if (p < whole && words) {
            uint32_t *o32 = (uint32_t *)out;
            const uint32_t *s32 = (const uint32_t *)b + p;
            for (int64_t n = 0; n < cols; n++) o32[n] = s32[(n0 + n) * (g->ldb / 2)];
        } else if (p < whole && !g->trans_b) {
            const uint16_t *r0 = b + 2 * p * g->ldb + n0, *r1 = r0 + g->ldb;
            for (int64_t n = 0; n < cols; n++) out[n * 2] = r0[n], out[n * 2 + 1] = r1[n];
        } else {
            for (int h = 0; h < 2 && 2 * p + h < g->k; h++) {
                int64_t k = 2 * p + h;
                for (int64_t n = 0; n < cols; n++)
                    out[n * 2 + h] = g->trans_b ? b[(n0 + n) * g->ldb + k] : b[k * g->ldb + n0 + n];
            }
        }
    }
}

/* Items [lo, hi) of the current product's packing: a_strips strips of
 * A's rows, then b_strips strips of B's columns. */
static void amx_pack_task(void *arg, int64_t lo, int64_t hi, int t)
{
    const AmxJob *j = arg;
    for (int64_t i = lo; i < hi; i++) {
        if (i < j->a_strips) amx_pack_a(j, i * 16);
        else amx_pack_b(j, (i - j->a_strips) * 16);
    }
}

/* Block (bi, bj)'s sums: plus the bias, stored (f32) or rounded. */
static void amx_store(const AmxJob *j, int64_t bi, int64_t bj, float *blk)
{
    const KGemmPlan *g = j->g;
    const Call *c = j->c;
    int64_t r0 = bi * 32, c0 = bj * 32;
    int64_t rows = g->m - r0 < 32 ? g->m - r0 : 32, cols = g->n - c0 < 32 ? g->n - c0 : 32;
    if (c->bias_f32) add_bias_rows(c->bias_f32 + c0, blk, rows, cols, 32);
    for (int64_t r = 0; r < rows; r++) {
        int64_t at = j->oc + (r0 + r) * g->ldc + c0;
        if (c->dt == DT_F32) memcpy((float *)c->out + at, blk + r * 32, (size_t)cols * sizeof(float));
        else narrow_out(c->dt, blk + r * 32, cols, c->out, at);
    }
}

/* Blocks [lo, hi) of the current product, row by row of blocks (rows of
 * blocks past m hold only padding and are not in the range). */
static void amx_blocks_task(void *arg, int64_t lo, int64_t hi, int t)
{
    const AmxJob *j = arg;
    float blk[32 * 32];
    rt_amx_begin();
    for (int64_t i = lo; i < hi; i++) {
        rt_amx_block(j->ap, j->lda, j->bv, j->kp, j->np, i / j->nbj, i % j->nbj, blk);
        amx_store(j, i / j->nbj, i % j->nbj, blk);
    }
    rt_amx_end();
}

static int64_t amx_nblocks(const AmxJob *j) { return (j->g->m + 31) / 32 * j->nbj; }

/* Points j at product q in scratch w.  A is read where it is stored
 * when its rows are whole tiles already (k a multiple of 32, m of 32, not
 * transposed), else packed; B is packed again unless the last product on
 * this scratch had the same one. */
static void amx_product(AmxJob *j, int64_t q, Work *w)
{
    const KGemmPlan *g = j->g;
    product_offsets(g, q, &j->oa, &j->ob, &j->oc);
    bool direct = !g->trans_a && g->k == j->kp && g->m == j->mp;
    j->apack = (uint16_t *)w->wa;
    j->ap = direct ? j->a + j->oa : j->apack;
    j->lda = direct ? g->lda : j->kp;
    j->a_strips = direct ? 0 : j->mp / 16;
    j->bv = j->apack + j->mp * j->kp;
    j->b_strips = j->ob == w->last[1] ? 0 : j->np / 16;
    w->last[1] = j->ob;
}

/* Products [lo, hi), each whole on thread t. */
static void amx_products_task(void *arg, int64_t lo, int64_t hi, int t)
{
    AmxJob j = *(const AmxJob *)arg;
    for (int64_t q = lo; q < hi; q++) {
        amx_product(&j, q, &j.work[t]);
        amx_pack_task(&j, 0, j.a_strips + j.b_strips, t);
        amx_blocks_task(&j, 0, amx_nblocks(&j), t);
    }
}

static void run_amx(const Call *c, const KGemmPlan *g, void *const *ptr, Work *work, int nt, int64_t nprod)
{
    AmxJob j = {.c = c, .g = g, .a = ptr[g->arg_a], .b = ptr[g->arg_b], .work = work, .mp = up32(g->m),
                .np = up32(g->n), .kp = up32(g->k)};
    j.nbj = j.np / 32;
    if (nprod >= nt) {
        if (nt == 1) amx_products_task(&j, 0, nprod, 0);
        else rt_pool_run(c->pool, amx_products_task, &j, nprod);
        return;
    }
    for (int64_t q = 0; q < nprod; q++) { /* fewer products than threads: each one split */
        amx_product(&j, q, &work[0]);
        rt_pool_run(c->pool, amx_pack_task, &j, j.a_strips + j.b_strips);
        rt_pool_run(c->pool, amx_blocks_task, &j, amx_nblocks(&j));
    }
}

/* The bias-gradient epilogue (kernel.h, gbgrad): bgrad[m] = the sum over
 * k of op(A)[m,k] in f32, k in order, so the sums do not depend on the
 * thread count.  Rows of m are split over the threads; A stored [K, M]
 * (the weight gradient's dY^T) is read row by row, each thread adding its
 * columns of every row. */
typedef struct BgradJob {
    const KGemmPlan *g;
    const void *a; /* A's first element */
    float *out;    /* bgrad[0] */
} BgradJob;

static float elem_f32(DType dt, const void *p, int64_t i)
{
    return dt == DT_BF16 ? ir_bf16_to_f32(((const uint16_t *)p)[i]) : ((const float *)p)[i];
}

static void bgrad_task(void *arg, int64_t lo, int64_t hi, int t)
{
    (void)t;
    const BgradJob *j = arg;
    const KGemmPlan *g = j->g;
    DType dt = g->in_dt;
    float *restrict o = j->out;
    for (int64_t m = lo; m < hi; m++) o[m] = 0.0f;
    if (g->trans_a) {
        for (int64_t k = 0; k < g->k; k++)
            if (dt == DT_F32) {
                const float *restrict row = (const float *)j->a + k * g->lda;
                for (int64_t m = lo; m < hi; m++) o[m] += row[m];
            } else {
                const uint16_t *restrict row = (const uint16_t *)j->a + k * g->lda;
                for (int64_t m = lo; m < hi; m++) o[m] += ir_bf16_to_f32(row[m]);
            }
        return;
    }
    for (int64_t m = lo; m < hi; m++)
        for (int64_t k = 0; k < g->k; k++) o[m] += elem_f32(dt, j->a, m * g->lda + k);
}

static void run_bgrad(Call *c, const KGemmPlan *g, void *const *ptr)
{
    BgradJob j = {g, (const char *)ptr[g->arg_a] + g->base_a * (int64_t)dt_size(g->in_dt),
                  (float *)ptr[g->arg_bgrad] + g->base_bgrad};
    if (2.0 * (double)g->m * (double)g->k < GEMM_SPLIT_FLOPS) bgrad_task(&j, 0, g->m, 0); /* as ones @ A would */
    else rt_pool_run(c->pool, bgrad_task, &j, g->m);
}

/* The kernel IR's plan (ir/gemm_plan.c, shared with the CUDA backend):
 * its outer loop, then its strided batch, one BLAS call per product or
 * tile; a batch over a shared weight is one product (the plan stacks its
 * rows). */
static bool run_gemm(Call *c, void *const *ptr)
{
    KGemmPlan g;
    if (!kir_gemm_plan(c->p, c->k, &g)) {
        cx_error(c->cx, c->n->loc, "internal error: GEMM kernel %s has an operand no BLAS can read", c->k->name);
        return false;
    }
    int64_t total = shape_numel(c->so), nprod = kir_gemm_calls(&g) * g.batch;
    if (g.bgrad) run_bgrad(c, &g, ptr);
    if (g.k == 0 || total == 0) { /* empty sums: 0, plus the bias (a bias kernel's output is contiguous) */
        memset(c->out, 0, (size_t)total * dt_size(c->dt));
        for (int64_t i = 0; g.bias && i < total; i++)
            ir_data_set(c->dt, c->out, i, ir_data_get(g.bias_dt, ptr[g.arg_bias], g.base_bias + i % g.n));
        return true;
    }
    double flops = 2.0 * (double)g.m * (double)g.n * (double)g.k * (double)nprod;
    int nt = flops < GEMM_SPLIT_FLOPS ? 1 : rt_pool_size(c->pool);
    bool tiled = nprod < nt, fbias = g.bias && g.in_dt != DT_F64, amx = amx_fits(c, &g);
    int64_t nw = amx ? amx_floats(&g) : work_floats(&g), nbias = fbias ? g.n : 0;
    Work work[RT_MAX_THREADS];
    for (int t = 0; t < (tiled ? 1 : nt); t++) {
        int64_t need = nw + (t ? 0 : nbias); /* the bias goes after thread 0's work */
        float *w = need ? scratch(c->cx, &c->scratch[t], (size_t)need * sizeof(float)) : NULL;
        if (need && !w) return false;
        work[t] = amx ? (Work){.wa = w, .last = {-1, -1}} : work_at(&g, w);
    }
    if (g.bias) c->bias = ptr[g.arg_bias];
    if (fbias) { /* widened once per kernel, not per element */
        float *bf = (float *)c->scratch[0].p + nw;
        for (int64_t j = 0; j < g.n; j++) bf[j] = (float)ir_data_get(g.bias_dt, c->bias, g.base_bias + j);
        c->bias_f32 = bf;
    }
    if (amx) {
        run_amx(c, &g, ptr, work, nt, nprod);
        return true;
    }
    GemmJob j = {.c = c, .g = &g, .a = ptr[g.arg_a], .b = ptr[g.arg_b], .work = work, .nthreads = nt};
    if (tiled) run_tiled(&j, nprod);
    else if (nt == 1) products_task(&j, 0, nprod, 0);
    else rt_pool_run(c->pool, products_task, &j, nprod);
    return true;
}

/* ------------------------------------------------------------- dispatch */

static const void *arg_ptr(const Kernel *k, void *const *ptr, uint32_t j)
{
    for (uint32_t i = 0; i < k->nbufs; i++)
        if (k->bufs[i] == k->args[j]) return ptr[i];
    IR_ASSERT(!"arg_ptr: argument buffer not in the kernel");
    return NULL;
}

bool rt_calls_init(Ctx *cx, const KernelProgram *p, int threads, bool allow_amx, RtCalls *c)
{
    memset(c, 0, sizeof *c);
    if (!(c->pool = rt_pool_new(cx, threads))) return false;
    openblas_set_num_threads(1);
    c->amx = allow_amx && amx_wanted(p) && rt_amx_enable();
    return true;
}

void rt_calls_free(Ctx *cx, RtCalls *c)
{
    for (int t = 0; t < RT_MAX_THREADS; t++) cx_free(cx, c->scratch[t].p);
    rt_pool_free(c->pool);
    memset(c, 0, sizeof *c);
}

bool rt_cpu_run_call(Ctx *cx, const KernelProgram *p, const Kernel *k, void *const *ptr, RtCalls *calls)
{
    Call c = {.cx = cx, .p = p, .k = k, .n = ir_node(p->g, k->root), .out = ptr[0], .scratch = calls->scratch,
              .pool = calls->pool, .amx = calls->amx};
    c.so = &c.n->type.shape;
    c.dt = k->kind == KK_GEMM ? p->bufs[k->out].dt : c.n->type.dt; /* a GEMM's root is its matmul */
    if (k->kind == KK_GEMM) return run_gemm(&c, ptr);
    if (k->nargs > 64) {
        cx_error(cx, c.n->loc, "%s (node %%%u): more than 64 operands", ir_ops[k->op].name, k->root);
        return false;
    }
    for (uint32_t j = 0; j < k->nargs; j++) {
        c.in[j] = arg_ptr(k, ptr, j);
        c.si[j] = &ir_node(p->g, c.n->in[j])->type.shape;
    }
    switch (k->op) {
    case OP_GATHER: return run_gather(&c);
    case OP_SCATTER_ADD: return run_scatter_add(&c);
    case OP_TOPK: return run_topk(&c);
    case OP_NEIGHBOR_TOPK_GATHER: return run_neighbor_topk_gather(&c);
    case OP_CONCAT: return run_concat(&c);
    case OP_PAD: return run_pad(&c);
    case OP_IOTA: return run_iota(&c);
    case OP_GRID_NEIGHBORS:
    case OP_RESIZE_MATRIX: return run_constgen(&c);
    case OP_RAND_UNIFORM: return run_rand_uniform(&c);
    default: break;
    }
    cx_error(cx, c.n->loc, "the CPU backend has no template for op %s (node %%%u)", ir_ops[k->op].name, k->root);
    return false;
}
