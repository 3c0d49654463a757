/* interp_ops.c — the reference interpreter's indexing, constant-builder,
 * matmul, random and structured ops (their numerics are listed atop
 * interp.c).
 *
 * Expects an Ev whose operands were all evaluated and whose output tensor
 * is allocated with the node's type.  Produces the node's value, rounded
 * through interp_put_f / interp_put_i; an index out of range is reported
 * at the node's location and the evaluator returns false. */
#include "ir/interp_internal.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* --------------------------------------------------------------- indexing */

static bool ev_fail_index(const Ev *e, int64_t v, int64_t dim)
{
    cx_error(e->ip->cx, e->n->loc, "%s (node %%%u): index %lld out of range [0, %lld) on axis %lld",
             ir_ops[e->n->op].name, e->id, (long long)v, (long long)dim, (long long)e->n->a.axis);
    return false;
}

/* Flat position in x of out[b.., j, r..] with j replaced by the index
 * idx[b.., j]; false (reported) if that index is out of range. */
static bool index_src(const Ev *e, const Tensor *ix, const int64_t *o, const Shape *xs,
                      int64_t *src)
{
    int a = (int)e->n->a.axis;
    int64_t ist[IR_MAX_RANK], xst[IR_MAX_RANK];
    shape_strides(&ix->type.shape, ist);
    shape_strides(xs, xst);
    int64_t v = ix->i[idx_dot(o, ist, a + 1)];
    if (v < 0 || v >= xs->dim[a]) return ev_fail_index(e, v, xs->dim[a]);
    *src = idx_dot(o, xst, xs->rank) + (v - o[a]) * xst[a];
    return true;
}

bool interp_gather(Ev *e)
{
    const Tensor *x = ev_in(e, 0), *ix = ev_in(e, 1);
    int64_t o[IR_MAX_RANK] = {0}, src;
    for (int64_t k = 0; k < e->out->numel; k++, idx_next(&e->out->type.shape, o)) {
        if (!index_src(e, ix, o, &x->type.shape, &src)) return false;
        el_copy(e->out, k, x, src);
    }
    return true;
}

/* Float sums go through double and round once, like reduce_sum. */
bool interp_scatter_add(Ev *e)
{
    const Tensor *base = ev_in(e, 0), *ix = ev_in(e, 1), *up = ev_in(e, 2);
    Tensor *o = e->out;
    int64_t u[IR_MAX_RANK] = {0}, dst;
    for (int64_t k = 0; k < o->numel; k++) el_copy(o, k, base, k);
    for (int64_t k = 0; k < up->numel; k++, idx_next(&up->type.shape, u)) {
        if (!index_src(e, ix, u, &base->type.shape, &dst)) return false;
        if (o->f) o->f[dst] += up->f[k];
        else o->i[dst] = (int64_t)((uint64_t)o->i[dst] + (uint64_t)up->i[k]);
    }
    interp_round_all(e->ip, o);
    return true;
}

/* Whether x[i] ranks strictly before x[j]: larger first, NaN largest. */
static bool topk_before(const Tensor *x, int64_t i, int64_t j)
{
    if (!x->f) return x->i[i] > x->i[j];
    double a = x->f[i], b = x->f[j];
    if (isnan(a)) return !isnan(b);
    return !isnan(b) && a > b;
}

/* Selection by repeated scans: a candidate replaces the best only when
 * strictly before it, so among equals the lowest index wins. */
bool interp_topk(Ev *e)
{
    const Tensor *x = ev_in(e, 0);
    int64_t n = x->type.shape.dim[x->type.shape.rank - 1], kk = e->n->a.k;
    IR_ASSERT(kk <= n);
    bool *used = cx_alloc(e->ip->cx, (size_t)(n > 0 ? n : 1));
    if (!used) return false;
    for (int64_t row = 0; n > 0 && row < x->numel / n; row++) {
        memset(used, 0, (size_t)n);
        for (int64_t r = 0; r < kk; r++) {
            int64_t best = -1;
            for (int64_t i = 0; i < n; i++)
                if (!used[i] && (best < 0 || topk_before(x, row * n + i, row * n + best))) best = i;
            used[best] = true;
            interp_put_i(e->ip, e->out, row * kk + r, best);
        }
    }
    cx_free(e->ip->cx, used);
    return true;
}

/* ------------------------------------------------------ constant builders */

bool interp_iota(Ev *e)
{
    int64_t idx[IR_MAX_RANK] = {0};
    for (int64_t k = 0; k < e->out->numel; k++, idx_next(&e->out->type.shape, idx))
        interp_put_i(e->ip, e->out, k, idx[e->n->a.axis]);
    return true;
}

/* grid_neighbors, resize_matrix: the shared definition (constgen.c),
 * rounded as every other op's result. */
static bool interp_constgen(Ev *e)
{
    double *v = cx_alloc(e->ip->cx, (size_t)(e->out->numel > 0 ? e->out->numel : 1) * sizeof *v);
    if (!v) return false;
    ir_constgen_fill(e->n, v);
    for (int64_t k = 0; k < e->out->numel; k++) {
        if (e->out->f) interp_put_f(e->ip, e->out, k, v[k]);
        else interp_put_i(e->ip, e->out, k, (int64_t)v[k]);
    }
    cx_free(e->ip->cx, v);
    return true;
}

bool interp_grid_neighbors(Ev *e) { return interp_constgen(e); }
bool interp_resize_matrix(Ev *e) { return interp_constgen(e); }

/* ----------------------------------------------------------------- matmul */

/* Offset of x's matrix for the output batch index bi (numpy broadcast). */
static int64_t batch_off(const Shape *xs, const Shape *bs, const int64_t *bi)
{
    int64_t st[IR_MAX_RANK], off = 0;
    shape_strides(xs, st);
    int xb = xs->rank - 2;
    for (int j = 0; j < bs->rank; j++) {
        int a = j - (bs->rank - xb);
        if (a >= 0 && xs->dim[a] != 1) off += bi[j] * st[a];
    }
    return off;
}

bool interp_matmul(Ev *e)
{
    const Tensor *a = ev_in(e, 0), *b = ev_in(e, 1);
    const Shape *so = &e->out->type.shape, *sa = &a->type.shape;
    bool ta = e->n->a.ta, tb = e->n->a.tb;
    int64_t M = so->dim[so->rank - 2], N = so->dim[so->rank - 1];
    int64_t K = ta ? sa->dim[sa->rank - 2] : sa->dim[sa->rank - 1];
    Shape bs = shape_make(so->rank - 2, so->dim);
    int64_t bi[IR_MAX_RANK] = {0}, nb = shape_numel(&bs);
    for (int64_t q = 0; q < nb; q++, idx_next(&bs, bi)) {
        int64_t oa = batch_off(sa, &bs, bi), ob = batch_off(&b->type.shape, &bs, bi);
        for (int64_t m = 0; m < M; m++)
            for (int64_t j = 0; j < N; j++) {
                double s = 0;
                for (int64_t k = 0; k < K; k++)
                    s += tensor_get(a, oa + (ta ? k * M + m : m * K + k)) *
                         tensor_get(b, ob + (tb ? j * K + k : k * N + j));
                interp_put_f(e->ip, e->out, (q * M + m) * N + j, s);
            }
    }
    return true;
}

/* ------------------------------------------------------- random and const */

bool interp_rand_uniform(Ev *e)
{
    uint64_t seed = (uint64_t)ev_in(e, 0)->i[0];
    for (int64_t k = 0; k < e->out->numel; k++)
        interp_put_f(e->ip, e->out, k, philox_uniform(seed, (uint64_t)e->n->a.stream, (uint64_t)k));
    return true;
}

bool interp_const(Ev *e)
{
    const void *data = e->n->a.data;
    if (!data && e->out->numel > 0) {
        cx_error(e->ip->cx, e->n->loc, "const (node %%%u) has no data", e->id);
        return false;
    }
    for (int64_t k = 0; k < e->out->numel; k++) {
        if (e->out->type.dt == DT_I64)
            e->out->i[k] = ((const int64_t *)data)[k]; /* beyond 2^53: no double */
        else
            interp_put_f(e->ip, e->out, k, ir_data_get(e->out->type.dt, data, k));
    }
    return true;
}

/* -------------------------------------------------------- structured ops */

/* A structured op runs by its definition: its decomposition into
 * primitives (ir/decompose.c), evaluated by a nested interpreter of the
 * same precision on a scratch graph whose input leaves hold the operands.
 * Errors (an index out of range) are reported at the op's location. */
bool interp_structured(Ev *e)
{
    Ctx *cx = e->ip->cx;
    NodeId in[8] = {0}, r = 0;
    IR_ASSERT(e->n->nin <= 8);
    Graph *g = ir_graph_new(cx, ir_ops[e->n->op].name);
    bool ok = g != NULL;
    for (uint32_t k = 0; ok && k < e->n->nin; k++) {
        char name[16];
        snprintf(name, sizeof name, "x%u", k);
        ok = (in[k] = ir_leaf(g, OP_INPUT, name, &ev_in(e, k)->type, e->n->loc)) != 0;
    }
    ok = ok && (r = ir_decompose(g, e->n->op, in, e->n->nin, &e->n->a, e->n->loc)) != 0;
    Interp *sub = ok ? ir_interp_new(cx, g, e->ip->prec) : NULL;
    ok = sub != NULL;
    for (uint32_t k = 0; ok && k < e->n->nin; k++) ok = ir_interp_set(sub, in[k], ev_in(e, k));
    if (ok && (ok = ir_interp_run(sub))) {
        const Tensor *v = ir_interp_value(sub, r);
        IR_ASSERT(type_eq(&v->type, &e->out->type));
        for (int64_t k = 0; k < v->numel; k++) el_copy(e->out, k, v, k);
    }
    ir_interp_free(sub);
    ir_graph_free(g);
    return ok;
}
