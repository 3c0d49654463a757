/* gemm_plan.c — how a GEMM kernel of the kernel IR maps onto BLAS calls;
 * one plan for both backends (runtime/cpu_templates.c calls OpenBLAS with
 * it, runtime/cuda_exec.c cuBLASLt), so the CPU's differential tests
 * check the layout logic the GPU runs.
 *
 * Each operand's matrix is row-major as stored, transposed or not, with a
 * leading dimension (the conventions of cblas with CblasRowMajor); the
 * result's rows are ldc apart (n, or the row stride of the permuted layout
 * fusion asked for: attention's heads written into [batch, tokens, heads,
 * dim] order).  The output's batch axes are planned as (a) size-1 axes
 * dropped, (b) adjacent axes merged when all three operands step through
 * them as one, (c) the longest remaining axis whose output matrices do
 * not overlap the strided batch of one call, the rest a host loop.  Then
 * (d) row stacking: when B is shared by the whole strided batch (a weight
 * applied to [batch, M, K] activations) and the batch's A matrices are
 * evenly spaced rows, the batch is one call with batch * M rows: one large
 * GEMM instead of many (vit_tiny_dino_pass on the 2-core VM: 658 -> 495
 * ms/step).  A kernel with a bias gradient (kernel.h, gbgrad) must plan
 * as one call of one product: its sums run over that product's whole k. */
#include "ir/kernel.h"

#include <string.h>

/* Row-major storage of the view's matrix (transposed or not) and its
 * leading dimension; false when neither axis has unit stride with a
 * leading dimension a BLAS accepts (fusion copies such operands). */
static bool mat_layout(const KView *v, bool t, bool *trans, int64_t *ld)
{
    int64_t r = v->dim[v->rank - 2], c = v->dim[v->rank - 1];
    int64_t sr = v->stride[v->rank - 2], sc = v->stride[v->rank - 1];
    if ((c == 1 || sc == 1) && (r == 1 || sr >= c)) {
        *trans = t, *ld = r == 1 ? (c > 1 ? c : 1) : sr;
        return true;
    }
    *trans = !t, *ld = c == 1 ? (r > 1 ? r : 1) : sc;
    return (r == 1 || sr == 1) && (c == 1 || sc >= r);
}

int64_t kir_view_batch_stride(const KView *v, int nb, int j)
{
    int a = j - (nb - (v->rank - 2));
    return a >= 0 && v->dim[a] != 1 ? v->stride[a] : 0;
}

/* Steps (a) to (c) of the header. */
static void plan_batches(const Kernel *k, const Shape *os, KGemmPlan *g)
{
    int nb = os->rank - 2, n = 0;
    int64_t d[IR_MAX_RANK], sa[IR_MAX_RANK], sb[IR_MAX_RANK], sc[IR_MAX_RANK];
    for (int j = nb - 1; j >= 0; j--) {
        if (os->dim[j] == 1) continue;
        int64_t aj = kir_view_batch_stride(&k->ga, nb, j), bj = kir_view_batch_stride(&k->gb, nb, j);
        int64_t cj = kir_view_batch_stride(&k->gc, nb, j);
        if (n > 0 && aj == sa[0] * d[0] && bj == sb[0] * d[0] && cj == sc[0] * d[0]) {
            d[0] *= os->dim[j]; /* merge into the current innermost-so-far axis */
            continue;
        }
        memmove(d + 1, d, (size_t)n * sizeof *d);
        memmove(sa + 1, sa, (size_t)n * sizeof *sa);
        memmove(sb + 1, sb, (size_t)n * sizeof *sb);
        memmove(sc + 1, sc, (size_t)n * sizeof *sc);
        d[0] = os->dim[j], sa[0] = aj, sb[0] = bj, sc[0] = cj;
        n++;
    }
    /* The strided batch is the longest axis whose C matrices do not
     * overlap each other's footprint, the others a host loop: each call
     * of the loop is a launch on the GPU (attention's [images, heads]
     * batch with the 6 heads as the batch was 512 cuBLASLt calls per
     * product, 48760 per dino_pass step; with the images, 6).  Overlapping
     * matrices (heads interleaved in [tokens, heads * dim] rows) are never
     * the batch when another axis can be: the library then never sees
     * interleaved outputs.  Ties go to the inner axis. */
    int64_t foot = (g->m - 1) * g->ldc + g->n;
    int best = n - 1;
    for (int i = n - 2; i >= 0; i--) {
        bool ok = sc[i] >= foot, best_ok = sc[best] >= foot;
        if ((ok && !best_ok) || (ok == best_ok && d[i] > d[best])) best = i;
    }
    if (n > 1 && best != n - 1) {
        int64_t t[4] = {d[best], sa[best], sb[best], sc[best]};
        for (int q = best; q < n - 1; q++) d[q] = d[q + 1], sa[q] = sa[q + 1], sb[q] = sb[q + 1], sc[q] = sc[q + 1];
        d[n - 1] = t[0], sa[n - 1] = t[1], sb[n - 1] = t[2], sc[n - 1] = t[3];
    }
    g->batch = 1, g->stride_a = g->stride_b = 0, g->stride_c = g->m * g->ldc;
    if (n > 0) {
        g->batch = d[n - 1], g->stride_a = sa[n - 1], g->stride_b = sb[n - 1], g->stride_c = sc[n - 1];
        n--;
    }
    g->nouter = n;
    for (int j = 0; j < n; j++)
        g->outer_dim[j] = d[j], g->outer_a[j] = sa[j], g->outer_b[j] = sb[j], g->outer_c[j] = sc[j];
}

/* Step (d): a shared B over A matrices that continue each other's rows
 * (A not transposed, the next matrix lda * M further on) and C likewise
 * (the next matrix ldc * M further on) is one GEMM with batch * M rows.
 * A one-row matrix has no row stride of its own: the batch's stride
 * serves as its leading dimension when it is at least the row's length
 * (a linear layer applied to the first token of each group, rows 1920
 * apart, was 25088 one-row products: 0.52 ms on an H200, 75 GB/s). */
static void stack_rows(KGemmPlan *g)
{
    if (g->batch <= 1 || g->stride_b != 0 || g->trans_a) return;
    int64_t lda = g->m == 1 && g->stride_a >= g->k ? g->stride_a : g->lda;
    int64_t ldc = g->m == 1 && g->stride_c >= g->n ? g->stride_c : g->ldc;
    if (g->stride_a != g->m * lda || g->stride_c != g->m * ldc) return;
    g->lda = lda, g->ldc = ldc;
    g->m *= g->batch;
    g->batch = 1;
    g->stride_a = 0, g->stride_c = g->m * g->ldc;
}

/* The output's row stride, or false when C has no BLAS layout (columns
 * not consecutive, or rows overlapping). */
static bool out_layout(const KView *c, int64_t m, int64_t n, int64_t *ldc)
{
    int64_t sr = c->stride[c->rank - 2], sc = c->stride[c->rank - 1];
    if (n > 1 && sc != 1) return false;
    *ldc = m > 1 ? sr : n;
    return m == 1 || sr >= n;
}

bool kir_gemm_plan(const KernelProgram *p, const Kernel *k, KGemmPlan *out)
{
    if (k->kind != KK_GEMM) return false;
    const Node *n = ir_node(p->g, k->root);
    const Shape *os = &n->type.shape;
    KGemmPlan g = {.dt = p->bufs[k->out].dt, .in_dt = p->bufs[k->ga.buf].dt, .bias = k->gbias.rank == 1};
    g.m = os->dim[os->rank - 2], g.n = os->dim[os->rank - 1];
    g.k = n->a.ta ? k->ga.dim[k->ga.rank - 2] : k->ga.dim[k->ga.rank - 1];
    if (!mat_layout(&k->ga, n->a.ta, &g.trans_a, &g.lda) || !mat_layout(&k->gb, n->a.tb, &g.trans_b, &g.ldb) ||
        !out_layout(&k->gc, g.m, g.n, &g.ldc))
        return false;
    g.base_a = k->ga.base, g.base_b = k->gb.base, g.base_c = k->gc.base;
    for (uint32_t j = 0; j < k->nbufs; j++) {
        if (k->bufs[j] == k->ga.buf) g.arg_a = j;
        if (k->bufs[j] == k->gb.buf) g.arg_b = j;
        if (g.bias && k->bufs[j] == k->gbias.buf) g.arg_bias = j;
        if (k->gbgrad.rank == 1 && k->bufs[j] == k->gbgrad.buf) g.arg_bgrad = j;
    }
    if (g.bias) g.base_bias = k->gbias.base, g.bias_dt = p->bufs[k->gbias.buf].dt;
    plan_batches(k, os, &g);
    stack_rows(&g);
    /* A bias gradient belongs to one product, summed over its whole k, into
     * an f32 vector of its m rows (fuse_bgrad.c makes no other). */
    if (k->gbgrad.rank == 1) {
        const KView *v = &k->gbgrad;
        if (g.batch != 1 || g.nouter || g.bias || v->dim[0] != g.m || (g.m > 1 && v->stride[0] != 1) ||
            p->bufs[v->buf].dt != DT_F32 || (g.in_dt != DT_F32 && g.in_dt != DT_BF16))
            return false;
        g.bgrad = true, g.base_bgrad = v->base;
    }
    *out = g;
    return true;
}

int64_t kir_gemm_calls(const KGemmPlan *g)
{
    int64_t n = 1;
    for (int j = 0; j < g->nouter; j++) n *= g->outer_dim[j];
    return n;
}

void kir_gemm_offsets(const KGemmPlan *g, int64_t q, int64_t *oa, int64_t *ob, int64_t *oc)
{
    *oa = g->base_a, *ob = g->base_b, *oc = g->base_c;
    for (int j = g->nouter - 1; j >= 0; j--) {
        int64_t i = q % g->outer_dim[j];
        q /= g->outer_dim[j];
        *oa += i * g->outer_a[j], *ob += i * g->outer_b[j], *oc += i * g->outer_c[j];
    }
}
