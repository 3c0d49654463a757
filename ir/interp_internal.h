/* interp_internal.h — what the interpreter's files share; private to
 * ir/interp*.c (the public API is the interpreter section of ir/ir.h).
 *
 * interp.c holds the numerics (rounding, wrapping), the tensors, the
 * elementwise, reduction and layout ops and the driver; interp_ops.c the
 * indexing, constant-builder, matmul, random and structured ops.  Both
 * evaluate one node at a time through an Ev and store results through
 * interp_put_f / interp_put_i, which apply the numerics atop interp.c. */
#ifndef PASSC_INTERP_INTERNAL_H
#define PASSC_INTERP_INTERNAL_H

#include "ir/ir.h"

struct Interp {
    Ctx *cx;
    const Graph *g;
    InterpPrec prec;
    uint32_t nval; /* g->nnodes when created: the graph must not grow */
    Tensor **val;  /* per node; for param/state/input the stored value */
};

/* One node being evaluated: its id, the node and its (allocated) value. */
typedef struct Ev {
    Interp *ip;
    NodeId id;
    const Node *n;
    Tensor *out;
} Ev;

static inline const Tensor *ev_in(const Ev *e, uint32_t k)
{
    IR_ASSERT(k < e->n->nin);
    const Tensor *t = e->ip->val[e->n->in[k]];
    IR_ASSERT(t);
    return t;
}

/* Copies one element between tensors of the same dtype. */
static inline void el_copy(Tensor *d, int64_t di, const Tensor *s, int64_t si)
{
    if (d->f)
        d->f[di] = s->f[si];
    else
        d->i[di] = s->i[si];
}

static inline void shape_strides(const Shape *s, int64_t *st)
{
    int64_t m = 1;
    for (int a = s->rank - 1; a >= 0; a--) {
        st[a] = m;
        m *= s->dim[a];
    }
}

/* Advances a row-major multi-index by one element. */
static inline void idx_next(const Shape *s, int64_t *idx)
{
    for (int a = s->rank - 1; a >= 0; a--) {
        if (++idx[a] < s->dim[a]) return;
        idx[a] = 0;
    }
}

static inline int64_t idx_dot(const int64_t *idx, const int64_t *st, int rank)
{
    int64_t o = 0;
    for (int a = 0; a < rank; a++) o += idx[a] * st[a];
    return o;
}

/* interp.c: results rounded (floats) or wrapped (integers) to the node's
 * dtype under the interpreter's precision. */
void interp_put_f(const Interp *ip, Tensor *t, int64_t k, double v);
void interp_put_i(const Interp *ip, Tensor *t, int64_t k, int64_t v);
void interp_round_all(const Interp *ip, Tensor *t);

/* interp_ops.c: the evaluators (false after a reported error). */
bool interp_gather(Ev *e);
bool interp_scatter_add(Ev *e);
bool interp_topk(Ev *e);
bool interp_iota(Ev *e);
bool interp_grid_neighbors(Ev *e);
bool interp_resize_matrix(Ev *e);
bool interp_matmul(Ev *e);
bool interp_rand_uniform(Ev *e);
bool interp_const(Ev *e);
bool interp_structured(Ev *e);

#endif
