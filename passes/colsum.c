/* colsum.c — sums over leading axes (bias gradients, batch means) become
 * a product with a row of ones, which BLAS and cuBLASLt run at full speed.
 *
 * A bias gradient sums [rows, features] over its rows: a loop kernel does
 * it one feature at a time with a stride of `features` between the values
 * it adds.  On the CPU those reads miss the cache once the matrix outgrows
 * it (the DINO centre's batch mean of vit_tiny_dino_pass, 832 x 1024:
 * 5.1 ms at 0.7 GB/s); on the GPU a warp per feature reads 32 rows apart.
 * ones[1, rows] @ x[rows, features] is the same sum as a GEMM.
 *
 * Expects a verified graph (the step).  Rewrites every f32 reduce_sum whose
 * axes are exactly the leading ones (at least COLSUM_MIN_ROWS rows summed,
 * at least COLSUM_MIN_COLS values kept) and whose operand is no permuted,
 * sliced or broadcast view:
 *
 *   reduce_sum(x, axes=[0..r-1]) : S
 *     ->  reshape(matmul(ones : [1, R], reshape(x : [R, C])) : [1, C]) : S
 *
 * An elementwise x read only by the sum (a layer norm's weight gradient,
 * dy * xhat) is then stored for the GEMM where it used to fuse into the
 * loop: measured on vit_tiny_dino_pass (2-core VM) 379 -> 368 ms/step with
 * the same activation peak, and the same peak for dino_pass; on a GPU the
 * loop's reads were 32 rows apart per warp.
 * A sum over a concat along a summed axis sums each part by its own
 * product and adds the results (no concatenated copy).  Under the bf16
 * policy the product reads bf16 values with an f32 result where it can:
 * x widened from bf16 (the exact values), or x narrowed to bf16 for other
 * products (each summand rounded once, as AMP's bias gradients).
 * The ones are one const per R.  The graph is rebuilt in order. */
#include "passes/passes.h"

enum { COLSUM_MIN_ROWS = 64, COLSUM_MIN_COLS = 8 };

typedef struct Colsum {
    Ctx *cx;
    const Graph *in;
    Graph *out;
    NodeId *map;    /* old id -> new id */
    int64_t *ones_rows;
    DType *ones_dt;
    NodeId *ones;   /* the const ones[1, ones_rows[i]] of ones_dt[i] made so far */
    uint32_t nones;
    NodeId *narrowed; /* old id -> an old cast of it to bf16 or f16, or 0 */
} Colsum;

/* Rows summed (R) and values kept (C) when n sums leading axes only. */
static bool leading_sum(const Graph *g, const Node *n, int64_t *R, int64_t *C)
{
    if (n->op != OP_REDUCE_SUM || n->type.dt != DT_F32) return false;
    const Shape *s = &ir_node(g, n->in[0])->type.shape;
    int r = n->a.axes.n;
    if (r == 0 || r >= s->rank) return false;
    for (int i = 0; i < r; i++)
        if (n->a.axes.v[i] != i) return false;
    *R = *C = 1;
    for (int i = 0; i < s->rank; i++) *(i < r ? R : C) *= s->dim[i];
    return *R >= COLSUM_MIN_ROWS && *C >= COLSUM_MIN_COLS;
}

/* A sum of a permuted, sliced or broadcast view stays a loop: as a GEMM
 * operand the view would be copied first. */
static bool applies(const Colsum *s, NodeId id)
{
    int64_t R, C;
    const Node *n = ir_node(s->in, id);
    Op op = leading_sum(s->in, n, &R, &C) ? ir_node(s->in, n->in[0])->op : OP_NONE;
    return op != OP_NONE && op != OP_PERMUTE && op != OP_BROADCAST && op != OP_SLICE;
}

/* The const ones[1, R] of dtype dt (one per R and dt). */
static NodeId ones_row(Colsum *s, int64_t R, DType dt, SrcLoc loc)
{
    for (uint32_t i = 0; i < s->nones; i++)
        if (s->ones_rows[i] == R && s->ones_dt[i] == dt) return s->ones[i];
    void *data = cx_alloc(s->cx, (size_t)R * dt_size(dt));
    if (!data) return 0;
    for (int64_t i = 0; i < R; i++) ir_data_set(dt, data, i, 1.0);
    Type t = {dt, {2, {1, R}}};
    Attrs a = {.data = data};
    NodeId id = ir_add(s->out, OP_CONST, NULL, 0, &a, &t, loc);
    cx_free(s->cx, data);
    s->ones_rows[s->nones] = R;
    s->ones_dt[s->nones] = dt;
    s->ones[s->nones++] = id;
    return id;
}

/* A chain of views, outermost first: what widened_from and narrowed_copy
 * rebuild on the half-precision value under them. */
typedef struct Views {
    NodeId id[16];
    int n;
} Views;

/* The value under x's views in g (reshapes; with any, also slices and
 * permutes), at most 16 of them recorded in v. */
static NodeId under_views(const Graph *g, NodeId x, bool any, Views *v)
{
    v->n = 0;
    for (const Node *n = ir_node(g, x); v->n < 16; n = ir_node(g, x)) {
        if (n->op != OP_RESHAPE && !(any && (n->op == OP_SLICE || n->op == OP_PERMUTE))) break;
        v->id[v->n++] = x;
        x = n->in[0];
    }
    return x;
}

/* The views of v (nodes of g) again, in s->out, on h (a view keeps its
 * operand's dtype). */
static NodeId views_on(Colsum *s, const Graph *g, const Views *v, NodeId h, SrcLoc loc)
{
    for (int i = v->n - 1; h && i >= 0; i--) {
        const Node *w = ir_node(g, v->id[i]);
        h = ir_add(s->out, w->op, &h, 1, &w->a, &w->type, loc);
    }
    return h;
}

/* When x widens a half-precision value (x = cast(h), or reshapes, slices
 * and permutes of one: a crop set's rows of the widened logits; the q, k,
 * v gradients' [3, images, heads, tokens, dim] concat permuted to [images
 * * tokens, 3 * heads * dim] for the qkv bias gradient), the same views of
 * h itself, else 0: the sum is taken from them by a product with an f32
 * result, and the widened copy need not be stored.  A permuted view is
 * the one the weight gradient's product reads already (simplify, which
 * runs next, merges the two). */
static NodeId widened_from(Colsum *s, NodeId x, SrcLoc loc)
{
    Views v;
    const Node *n = ir_node(s->out, under_views(s->out, x, true, &v));
    if (n->op != OP_CAST || n->type.dt != DT_F32) return 0;
    DType dt = ir_node(s->out, n->in[0])->type.dt;
    if (dt_size(dt) != 2 || !dt_is_float(dt)) return 0;
    return views_on(s, s->out, &v, n->in[0], loc);
}

/* When the f32 value summed (old_x, or reshapes of it) is also narrowed
 * to bf16 (f16) for a product, as the incoming gradient of every linear
 * layer is under the bf16 policy (GELU's backward output: its weight
 * gradient and the next gradient are products of the bf16 copy, its bias
 * gradient is this sum), the same reshapes of the narrowed copy, else 0:
 * the sum then reads the bf16 values, as AMP's bias gradient does, and
 * the f32 value need not be stored (bf16 dino_pass: 24 GELU backward
 * kernels wrote 205 MB of f32 each for it).  The cast made here is the
 * one the products read (simplify, which runs next, merges the two). */
static NodeId narrowed_copy(Colsum *s, NodeId old_x, SrcLoc loc)
{
    Views v;
    NodeId base = under_views(s->in, old_x, false, &v), c = s->narrowed[base];
    if (!c) return 0;
    const Node *cn = ir_node(s->in, c);
    return views_on(s, s->in, &v, ir_add(s->out, OP_CAST, &s->map[base], 1, &cn->a, &cn->type, loc), loc);
}

/* x as shape sh (x itself when it has that shape already). */
static NodeId reshaped(Colsum *s, NodeId x, const Shape *sh, SrcLoc loc)
{
    return shape_eq(&ir_node(s->out, x)->type.shape, sh) ? x : ir_reshape(s->out, x, sh, loc);
}

/* ones[1, R] @ x[R, C] for old node old_x (its copy x), whose first r
 * axes are summed: the sum as [1, C].  When x widens a bf16 (f16) value
 * h, the product reads h with bf16 ones and an f32 result: the same f32
 * products (each 1 * h exactly) and accumulation, half the bytes read,
 * and the widened copy of h need not be stored; when x is narrowed for
 * other products, it reads that narrowed copy (narrowed_copy). */
static NodeId ones_product(Colsum *s, NodeId old_x, int r, SrcLoc loc)
{
    NodeId x = s->map[old_x];
    const Shape *sx = &ir_node(s->out, x)->type.shape;
    Shape rc = {2, {1, 1}};
    for (int i = 0; i < sx->rank; i++) rc.dim[i < r ? 0 : 1] *= sx->dim[i];
    NodeId h = widened_from(s, x, loc);
    if (!h) h = narrowed_copy(s, old_x, loc);
    DType dt = h ? ir_node(s->out, h)->type.dt : DT_F32;
    NodeId ones = ones_row(s, rc.dim[0], dt, loc);
    NodeId m = ones ? reshaped(s, h ? h : x, &rc, loc) : 0;
    Type t = {DT_F32, {2, {1, rc.dim[1]}}};
    NodeId in[2] = {ones, m};
    Attrs a = {.ta = 0, .tb = 0};
    return m ? ir_add(s->out, OP_MATMUL, in, 2, &a, &t, loc) : 0;
}

/* A sum over a concat along one of the summed axes is the sum of its
 * parts' sums, each a product read from the part where it lies: the
 * concatenated copy is never made (dino_pass's patch centre, the batch
 * mean of ten crop sets' teacher outputs, 713 MB at batch 64). */
static bool over_concat(const Colsum *s, const Node *n)
{
    const Node *x = ir_node(s->in, n->in[0]);
    return x->op == OP_CONCAT && x->a.axis < n->a.axes.n;
}

static bool lower(Colsum *s, NodeId id)
{
    const Node *n = ir_node(s->in, id);
    int r = n->a.axes.n;
    NodeId sum = 0;
    if (over_concat(s, n)) {
        const Node *x = ir_node(s->in, n->in[0]);
        for (uint32_t i = 0; i < x->nin; i++) {
            NodeId part = ones_product(s, x->in[i], r, n->loc);
            sum = !part ? 0 : i ? ir_binary(s->out, OP_ADD, sum, part, n->loc) : part;
            if (!sum) return false;
        }
    } else {
        sum = ones_product(s, n->in[0], r, n->loc);
    }
    s->map[id] = sum ? reshaped(s, sum, &n->type.shape, n->loc) : 0;
    return s->map[id] != 0;
}

bool colsum_is_sum(const Graph *g, const Node *n)
{
    if (n->op != OP_MATMUL || n->a.ta || n->type.dt != DT_F32) return false;
    const Node *a = ir_node(g, n->in[0]);
    if (a->op != OP_CONST || !dt_is_float(a->type.dt) || a->type.shape.rank != 2 || a->type.shape.dim[0] != 1 ||
        !a->a.data)
        return false;
    for (int64_t i = 0; i < a->type.shape.dim[1]; i++)
        if (ir_data_get(a->type.dt, a->a.data, i) != 1.0) return false;
    return true;
}

static bool copy_node(Colsum *s, NodeId id)
{
    return (s->map[id] = ir_add_renamed(s->out, ir_node(s->in, id), s->map)) != 0;
}

/* s->narrowed: for each f32 value, its first cast to bf16 or f16. */
static void note_narrowings(Colsum *s)
{
    for (NodeId id = 1; id < s->in->nnodes; id++) {
        const Node *n = ir_node(s->in, id);
        if (n->op == OP_CAST && dt_size(n->type.dt) == 2 && dt_is_float(n->type.dt) &&
            ir_node(s->in, n->in[0])->type.dt == DT_F32 && !s->narrowed[n->in[0]])
            s->narrowed[n->in[0]] = id;
    }
}

bool pass_colsum(Ctx *cx, Graph *g)
{
    Colsum s = {.cx = cx, .in = g};
    bool any = false;
    for (NodeId id = 1; id < g->nnodes && !any; id++) any = applies(&s, id);
    if (!any) return true;
    s.out = ir_graph_new(cx, g->name ? g->name : "");
    s.map = cx_alloc(cx, g->nnodes * sizeof *s.map);
    s.ones_rows = cx_alloc(cx, g->nnodes * sizeof *s.ones_rows);
    s.ones_dt = cx_alloc(cx, g->nnodes * sizeof *s.ones_dt);
    s.ones = cx_alloc(cx, g->nnodes * sizeof *s.ones);
    s.narrowed = cx_alloc(cx, g->nnodes * sizeof *s.narrowed);
    bool ok = s.out && s.map && s.ones_rows && s.ones_dt && s.ones && s.narrowed;
    if (ok) note_narrowings(&s);
    for (NodeId id = 1; ok && id < g->nnodes; id++) ok = applies(&s, id) ? lower(&s, id) : copy_node(&s, id);
    if (ok) ir_graph_swap(g, s.out);
    cx_free(cx, s.map);
    cx_free(cx, s.ones_rows);
    cx_free(cx, s.ones_dt);
    cx_free(cx, s.ones);
    cx_free(cx, s.narrowed);
    if (s.out) ir_graph_free(s.out);
    return ok && pass_dce(cx, g); /* a concat only a sum read is gone */
}
