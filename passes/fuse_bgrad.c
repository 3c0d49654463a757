/* fuse_bgrad.c — a bias gradient joins the GEMM of its weight gradient
 * (FUSE_BGRAD): cuBLASLt's BGRADB epilogue on the GPU, column sums beside
 * the BLAS call on the CPU.
 *
 * A linear layer y = x W^T + b has the gradients dW = dY^T x and
 * db = sum over rows of dY.  passes/colsum.c writes db as a product with a
 * row of ones, so the step holds two GEMMs reading the same dY:
 *
 *   W = matmul(d, x, ta=1) : [C, I]       d : [R, C] (dY, or a reshape of it)
 *   P = matmul(ones : [1, R], d') : [1, C]   d' : [R, C], the same values
 *
 * where d and d' are the same node or reshapes of the same node.  The
 * kernel of W then also writes P's buffer: P[0, c] = the sum over k of
 * op(A)[c, k], op(A) = d^T.  What goes away per layer is a GEMM launch and
 * a second read of dY (186 such products per bf16 dino_pass step at B=64,
 * about 11 us each on an H200).
 *
 * Conditions, besides the shapes above: P's result f32 (an f32 bias
 * gradient), W's f32 or, from bf16 operands, bf16 (passes/precision.c
 * rounds a bf16 step's dW to bf16 as autocast does; cuBLASLt then writes
 * the sums in f32 through BIAS_DATA_TYPE), all operand types alike and
 * f32 or bf16, the ones a const of exact ones, no batch,
 * neither product fused elsewhere or written permuted, and the two read d
 * as the same packed matrix (fz_bgrad_kernel).
 *
 * Place.  fuse.c keeps kernels in node order; the pair's kernel is made at
 * the later product's visit and runs there when nothing reads the earlier
 * one before.  Otherwise it moves to the earlier one's place
 * (fz_bgrad_place), which suits it when none of its operands is computed
 * by a kernel of a later node; autodiff's order needs this: a bias shared
 * by two branches has its gradients added right after the sum, before the
 * weight gradient.  When no place suits both, the two stay apart. */
#include "passes/fuse_internal.h"

#include <string.h>

/* x under its reshapes: the node whose buffer holds its values. */
static NodeId unreshaped(const Fz *f, NodeId x)
{
    while (ir_node(f->g, x)->op == OP_RESHAPE) x = ir_node(f->g, x)->in[0];
    return x;
}

static bool is_2d(const Shape *s, int64_t r, int64_t c) { return s->rank == 2 && s->dim[0] == r && s->dim[1] == c; }

/* Whether x is a const [1, R] of ones. */
static bool ones_row(const Fz *f, NodeId x, int64_t R)
{
    const Node *n = ir_node(f->g, x);
    if (n->op != OP_CONST || !n->a.data || !is_2d(&n->type.shape, 1, R)) return false;
    for (int64_t i = 0; i < R; i++)
        if (ir_data_get(n->type.dt, n->a.data, i) != 1.0) return false;
    return true;
}

/* A product the pair may take: a matmul of f32 or bf16 result, unbatched,
 * not yet in a kernel, not written permuted. */
static bool free_product(const Fz *f, NodeId x)
{
    const Node *n = ir_node(f->g, x);
    return n->op == OP_MATMUL && (n->type.dt == DT_F32 || n->type.dt == DT_BF16) && n->type.shape.rank == 2 &&
           f->grp[x] < 0 && !f->virt[x] && !f->gemm_into[x];
}

static DType in_dt(const Fz *f, NodeId x, int j) { return ir_node(f->g, ir_node(f->g, x)->in[j])->type.dt; }

/* P = ones @ d' with d' [R, C]: the bias-gradient sum. */
static bool is_sum(const Fz *f, NodeId p)
{
    const Node *n = ir_node(f->g, p);
    if (!free_product(f, p) || n->type.dt != DT_F32 || n->a.ta || n->a.tb) return false;
    const Shape *d = shape_of(f, n->in[1]);
    return d->rank == 2 && ones_row(f, n->in[0], d->dim[0]) && in_dt(f, p, 0) == in_dt(f, p, 1);
}

/* W = d^T @ x with d [R, C]: a weight gradient whose op(A) P sums. */
static bool is_weight_grad(const Fz *f, NodeId w, NodeId p)
{
    const Node *n = ir_node(f->g, w), *pn = ir_node(f->g, p);
    const Shape *d = shape_of(f, pn->in[1]);
    DType dt = in_dt(f, p, 1);
    return w != p && free_product(f, w) && n->a.ta && is_2d(shape_of(f, n->in[0]), d->dim[0], d->dim[1]) &&
           unreshaped(f, n->in[0]) == unreshaped(f, pn->in[1]) && in_dt(f, w, 0) == dt && in_dt(f, w, 1) == dt &&
           (dt == DT_F32 || dt == DT_BF16) && (n->type.dt == DT_F32 || dt == DT_BF16);
}

/* Whether every reader of x comes after node `after`.  A reshape of a
 * product reads nothing when views fuse (the same bytes, folded into its
 * readers' loads; the product is packed, so no reader copies it): its
 * readers count instead.  Without view fusion it is a copy kernel. */
static bool read_after(const Fz *f, NodeId x, NodeId after)
{
    for (uint32_t u = f->ustart[x]; u < f->ustart[x + 1]; u++) {
        NodeId r = f->users[u];
        bool through = ir_node(f->g, r)->op == OP_RESHAPE && (f->enable & FUSE_VIEWS);
        if (through ? !read_after(f, r, after) : r <= after) return false;
    }
    return true;
}

/* The partner of x among the matmuls reading v (a reshape of d, or d):
 * the weight gradient when x is the sum, the sum when x is the weight
 * gradient.  Searches v's reshapes too. */
static NodeId find_partner(const Fz *f, NodeId x, bool x_is_sum, NodeId v)
{
    for (uint32_t u = f->ustart[v]; u < f->ustart[v + 1]; u++) {
        NodeId y = f->users[u], z;
        Op op = ir_node(f->g, y)->op;
        if (op == OP_RESHAPE && (z = find_partner(f, x, x_is_sum, y))) return z;
        if (op == OP_MATMUL && y < x && (x_is_sum ? is_weight_grad(f, y, x) : is_sum(f, y) && is_weight_grad(f, x, y)))
            return y;
    }
    return 0;
}

bool fz_bgrad(Fz *f, NodeId x, bool *handled)
{
    *handled = false;
    if (!(f->enable & FUSE_BGRAD) || !free_product(f, x)) return true;
    const Node *n = ir_node(f->g, x);
    bool x_is_sum = is_sum(f, x), joined;
    if (!x_is_sum && !n->a.ta) return true;
    /* Visited last to first, x is the later one (a partner y < x). */
    NodeId y = find_partner(f, x, x_is_sum, unreshaped(f, n->in[x_is_sum ? 1 : 0]));
    NodeId sum = x_is_sum ? x : y, wgrad = x_is_sum ? y : x;
    if (!y) return true;
    if (!fz_bgrad_kernel(f, sum, wgrad, &joined)) return false;
    if (!joined) { /* x and y get kernels of their own */
        fz_explain(f, sum, wgrad, "the two read dY through different views, or not as one packed matrix");
        return true;
    }
    *handled = true;
    /* At x unless something reads y before x: then at y (fz_bgrad_place). */
    if (!read_after(f, y, x)) f->bgrad_pair[y] = wgrad;
    return true;
}

/* Whether kernel k reads a buffer that kernels of the list other than k
 * write: at the place of the node being visited, whose later nodes'
 * kernels these are, k's operands must not be computed yet. */
static bool reads_later(const KernelProgram *p, uint32_t k)
{
    const Kernel *kn = &p->kernels[k];
    for (uint32_t i = 0; i < p->nkernels; i++)
        for (uint32_t j = 0; i != k && j < p->kernels[i].nout; j++)
            for (uint32_t r = kn->nout; r < kn->nbufs; r++)
                if (kn->bufs[r] == p->kernels[i].bufs[j]) return true;
    return false;
}

bool fz_bgrad_place(Fz *f, NodeId y)
{
    KernelProgram *p = f->p;
    uint32_t k = 0;
    while (k < p->nkernels && p->kernels[k].root != f->bgrad_pair[y]) k++;
    IR_ASSERT(k < p->nkernels && p->kernels[k].gbgrad.rank == 1);
    /* Here when y is the weight gradient (the kernel's root): its operands
     * and the sum's (d) come before y.  A kernel of the list may still
     * write one, but only a pair's kernel waiting to move to its earlier
     * product, before y: it runs there, or gives that sum a kernel there. */
    if (p->kernels[k].root == y || !reads_later(p, k)) { /* runs here: last in the list so far */
        Kernel t = p->kernels[k];
        memmove(p->kernels + k, p->kernels + k + 1, (p->nkernels - k - 1) * sizeof t);
        p->kernels[p->nkernels - 1] = t;
        return true;
    }
    /* y is the sum: the weight gradient's kernel stays at its place without
     * the sums, and the sum gets a kernel of its own here. */
    Kernel *kn = &p->kernels[k];
    IR_ASSERT(kn->root != y && kn->nout == 2 && kn->nnodes == 2 && kn->nodes[0] == y);
    memmove(kn->bufs + 1, kn->bufs + 2, (kn->nbufs - 2) * sizeof *kn->bufs);
    kn->nbufs--, kn->nout = 1;
    kn->nodes[0] = kn->nodes[1], kn->nnodes = 1;
    memset(&kn->gbgrad, 0, sizeof kn->gbgrad);
    f->grp[y] = -1;
    fz_explain(f, y, kn->root, "the bias gradient is read before the weight gradient, whose operands are not "
                               "computed at the bias gradient's place");
    return fz_call_kernel(f, y);
}
