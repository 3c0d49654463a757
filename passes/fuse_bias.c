/* fuse_bias.c — a bias added to a product's rows joins the product's GEMM
 * kernel (FUSE_BIAS): cuBLASLt's BIAS epilogue on the GPU, a pass over
 * each output row right after the BLAS call on the CPU.
 *
 * The pattern, at a kernel root r (fuse.c visits roots last to first):
 *
 *   r = [cast(] add(matmul(a, b), broadcast(v')) [)]     v' = v or widen(v)
 *
 * where the matmul's only reader is the add (and the add's only reader the
 * cast), v is a vector [N] (or [1,...,N]) along the product's rows, held in
 * memory, and v has the type the kernel stores (r's): cuBLASLt takes the
 * bias in the output's type (cublasLt.h, CUBLASLT_MATMUL_DESC_BIAS_DATA_TYPE),
 * so a bf16 output takes a bf16 bias, widened (v' = cast f32 of v) before
 * the f32 add.  passes/precision.c writes bf16 linear layers in exactly
 * this form.  The kernel computes the graph's values in the graph's order:
 * the product rounded to its type, plus the bias, rounded to r's type.
 *
 * What goes away per bias add: a loop kernel that read the product back
 * and wrote the sum (90 kernels and 6.9 GB of traffic per bf16 dino_pass
 * step at B=64).  The bias vector itself is stored by the kernel that
 * computes it (a bf16 copy of a bias parameter, kept out of other kernels:
 * f->biased), and its f32 widening, read by nothing else, is not stored at
 * all (fz_bias_only).  The pattern's root and add never join a consumer's
 * loop kernel nor are recomputed (fz_bias_root): the bias kernel writes the
 * sum in the result's type, where the consumer would read the product in
 * f32 (a bf16 policy's bias product has an f32 result) and add the bias. */
#include "passes/fuse_internal.h"

#include <string.h>

static uint32_t nusers(const Fz *f, NodeId x) { return f->ustart[x + 1] - f->ustart[x]; }

/* A cast of a float to a wider float: exact. */
static bool widening(const Fz *f, NodeId x)
{
    const Node *n = ir_node(f->g, x);
    if (n->op != OP_CAST || !dt_is_float(n->type.dt)) return false;
    DType in = ir_node(f->g, n->in[0])->type.dt;
    return dt_is_float(in) && dt_size(in) < dt_size(n->type.dt);
}

/* Whether o is broadcast(v') of a bias vector for product x whose kernel
 * stores out_dt; fills m->bcast, m->widen, m->vec, m->src.  The vector
 * must be a value in memory or reshapes of one (so it is packed). */
static bool bias_operand(const Fz *f, NodeId o, NodeId x, DType out_dt, FzBias *m)
{
    const Node *b = ir_node(f->g, o);
    if (b->op != OP_BROADCAST) return false;
    const Shape *xs = shape_of(f, x);
    m->widen = widening(f, b->in[0]) ? b->in[0] : 0;
    m->vec = m->widen ? ir_node(f->g, m->widen)->in[0] : b->in[0];
    const Node *v = ir_node(f->g, m->vec);
    int64_t n = xs->dim[xs->rank - 1];
    if (v->type.dt != out_dt || v->type.shape.rank < 1 || shape_numel(&v->type.shape) != n ||
        v->type.shape.dim[v->type.shape.rank - 1] != n)
        return false;
    for (m->src = m->vec; ir_node(f->g, m->src)->op == OP_RESHAPE;) m->src = ir_node(f->g, m->src)->in[0];
    m->bcast = o;
    return !ir_is_view(ir_node(f->g, m->src)->op);
}

/* The nodes of the pattern at root, by shape and type alone. */
static bool bias_pattern(const Fz *f, NodeId root, FzBias *m)
{
    memset(m, 0, sizeof *m);
    if (!(f->enable & FUSE_BIAS)) return false;
    const Node *r = ir_node(f->g, root);
    NodeId a = root;
    if (r->op == OP_CAST) {
        a = r->in[0];
        if (nusers(f, a) != 1) return false;
        m->cast = root;
    }
    const Node *an = ir_node(f->g, a);
    if (an->op != OP_ADD || an->in[0] == an->in[1] || !dt_is_float(r->type.dt)) return false;
    for (int i = 0; i < 2; i++) {
        NodeId x = an->in[i];
        const Node *xn = ir_node(f->g, x);
        /* the product rounded to its type, then the bias added: BLAS
         * results are f32 (f64) before any rounding to a half type */
        if (xn->op != OP_MATMUL || nusers(f, x) != 1 || xn->type.dt != an->type.dt || dt_size(xn->type.dt) < 4 ||
            !shape_eq(&xn->type.shape, &an->type.shape) || !bias_operand(f, an->in[1 - i], x, r->type.dt, m))
            continue;
        /* A cast result only from half operands: cuBLASLt's f32 GEMMs
         * write f32, and so does the CPU's sgemm. */
        if (m->cast && dt_size(ir_node(f->g, xn->in[0])->type.dt) != 2) return false;
        m->root = root, m->add = a, m->mm = x;
        return true;
    }
    return false;
}

bool fz_bias_match(const Fz *f, NodeId root, FzBias *m)
{
    if (!bias_pattern(f, root, m)) return false;
    /* The vector is read from memory: it must not be recomputed, nor a
     * member of a kernel (all of which come later: they may not store it). */
    return f->grp[m->add] < 0 && !f->virt[m->add] && f->grp[m->mm] < 0 && !f->gemm_into[m->mm] &&
           !f->virt[m->src] && f->grp[m->src] < 0;
}

bool fz_bias_root(const Fz *f, NodeId x)
{
    FzBias m;
    const Node *n = ir_node(f->g, x);
    if (!bias_pattern(f, x, &m) && /* or the add under a cast root */
        !(n->op == OP_ADD && nusers(f, x) == 1 && bias_pattern(f, f->users[f->ustart[x]], &m)))
        return false;
    return !f->virt[m.src]; /* a recomputed vector is no bias: fz_bias_match would refuse it */
}

/* Whether x (a widening of a bias vector) is read only through broadcasts
 * by adds that bias kernels hold.  Every such add comes after x, so it has
 * been decided when fuse.c reaches x. */
bool fz_bias_only(const Fz *f, NodeId x)
{
    if (!widening(f, x) || f->biased[x] || !nusers(f, x)) return false;
    for (uint32_t u = f->ustart[x]; u < f->ustart[x + 1]; u++) {
        NodeId b = f->users[u];
        if (ir_node(f->g, b)->op != OP_BROADCAST || !nusers(f, b)) return false;
        for (uint32_t w = f->ustart[b]; w < f->ustart[b + 1]; w++)
            if (!f->biased[f->users[w]]) return false;
    }
    return true;
}
