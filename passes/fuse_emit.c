/* fuse_emit.c — turns the fusion decisions into kernels (kernel.h).
 *
 * Expects the Fz of fuse.c: for a loop kernel, a grown group (members in
 * f->mem with their index maps, the variables and which are inner); for
 * a matmul or template op, just its root.  Produces one Kernel appended to
 * f->p: a loop kernel's instructions (loads deduplicated, one instruction
 * per member in node order, the root's store), a GEMM's two strided
 * operand views, or a template's contiguous arguments, with the buffers
 * each one touches.  A view no BLAS call or template can read is marked in
 * f->force and copied by a kernel of its own. */
#include "passes/fuse_internal.h"

#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------ buffers */

static bool feeds_effect(const Fz *f, NodeId w)
{
    for (uint32_t u = f->ustart[w]; u < f->ustart[w + 1]; u++) {
        const Node *x = ir_node(f->g, f->users[u]);
        if (x->op == OP_OUTPUT || (x->op == OP_ASSIGN && x->in[1] == w)) return true;
        if (x->op == OP_RESHAPE && feeds_effect(f, f->users[u])) return true;
    }
    return false;
}

static KBufClass class_for(const Fz *f, NodeId w)
{
    switch (ir_node(f->g, w)->op) {
    case OP_PARAM: return KB_PARAM;
    case OP_STATE: return KB_STATE;
    case OP_INPUT: return KB_INPUT;
    case OP_CONST: return KB_CONST;
    default: return feeds_effect(f, w) ? KB_OUTPUT : KB_ACT;
    }
}

static uint32_t buf_for(Fz *f, NodeId w) { return kir_buf_of(f->p, w, class_for(f, w)); }

static bool kernel_use_buf(Fz *f, Kernel *k, uint32_t b)
{
    if (b == UINT32_MAX) return false;
    for (uint32_t i = 0; i < k->nbufs; i++)
        if (k->bufs[i] == b) return true;
    uint32_t *nb = cx_realloc(f->cx, k->bufs, (k->nbufs + 1) * sizeof *nb);
    if (!nb) return false;
    k->bufs = nb;
    k->bufs[k->nbufs++] = b;
    return true;
}

/* The graph nodes a kernel covers: members and the views folded in, in
 * node order.  They all lie between the lowest member (f->mem is sorted)
 * or stamped view and the root, so the scan is that range, not the
 * graph (which made fusion quadratic: 29k nodes x 4k kernels). */
static bool kernel_nodes(Fz *f, Kernel *k, NodeId root)
{
    NodeId lo = f->nmem && f->mem[0] < f->vlo ? f->mem[0] : f->vlo;
    for (int pass = 0; pass < 2; pass++) {
        k->nnodes = 0;
        for (NodeId id = lo; id <= root; id++) {
            bool in = f->grp[id] == f->gid || (ir_is_view(ir_node(f->g, id)->op) && f->vstamp[id] == f->gid &&
                                                 !f->force[id]);
            if (!in) continue;
            if (pass) k->nodes[k->nnodes] = id;
            k->nnodes++;
        }
        if (!pass && !(k->nodes = cx_alloc(f->cx, (k->nnodes + 1) * sizeof *k->nodes))) return false;
    }
    return true;
}

/* ------------------------------------------------------- loop kernels */

typedef struct Em {
    Fz *f;
    Kernel *k;
    int remap[IR_MAX_RANK]; /* variable -> kernel variable, -1 if extent 1 */
} Em;

static KMap km_remap(const Em *e, const KMap *m)
{
    KMap r = {.base = m->base};
    for (int v = 0; v < e->f->nvar; v++)
        if (e->remap[v] >= 0) r.coef[e->remap[v]] = m->coef[v];
    return r;
}

static bool km_inner(const Em *e, const KMap *m)
{
    for (int v = e->k->npar; v < e->k->npar + e->k->nred; v++)
        if (m->coef[v]) return true;
    return false;
}

static uint32_t push_inst(Em *e, const KInst *in)
{
    Kernel *k = e->k;
    if (k->ninsts % 16 == 0) {
        KInst *ni = cx_realloc(e->f->cx, k->insts, (k->ninsts + 16) * sizeof *ni);
        if (!ni) return UINT32_MAX;
        k->insts = ni;
    }
    k->insts[k->ninsts] = *in;
    return k->ninsts++;
}

/* A load of materialised node w at flat map m (deduplicated), or an
 * immediate for a one-element constant. */
static uint32_t emit_load(Em *e, NodeId w, const KMap *fm)
{
    const Node *n = ir_node(e->f->g, w);
    if (n->op == OP_CONST && shape_numel(&n->type.shape) == 1 && n->a.data && n->type.dt != DT_I64) {
        KInst in = {.kind = KI_IMM, .dt = n->type.dt, .imm = ir_data_get(n->type.dt, n->a.data, 0), .node = w};
        return push_inst(e, &in);
    }
    uint32_t b = buf_for(e->f, w);
    if (!kernel_use_buf(e->f, e->k, b)) return UINT32_MAX;
    if (e->f->virt[w] && !e->f->loaded_by[w]) e->f->loaded_by[w] = e->k->root;
    KMap m = km_remap(e, fm);
    for (uint32_t i = 0; i < e->k->ninsts; i++) {
        const KInst *x = &e->k->insts[i];
        if (x->kind == KI_LOAD && x->buf == b && !memcmp(&x->map, &m, sizeof m)) return i;
    }
    KInst in = {.kind = KI_LOAD, .dt = n->type.dt, .buf = b, .map = m, .elem = km_inner(e, &m)};
    return push_inst(e, &in);
}

static uint32_t operand_value(Em *e, NodeId x, uint32_t k)
{
    Fz *f = e->f;
    IMap om, mw;
    NodeId w;
    KMap flat;
    if (!fz_operand_map(f, x, &om)) { /* a copy of a reshape: flat read */
        w = ir_node(f->g, x)->in[0];
        if (ir_is_view(ir_node(f->g, w)->op)) f->force[w] = true;
        flat = kmap_flat(&f->map[x], shape_of(f, x), f->nvar);
        return emit_load(e, w, &flat);
    }
    if (fz_walk(f, ir_node(f->g, x)->in[k], &om, &w, &mw, &flat) == WALK_NODE) {
        if (f->grp[w] == f->gid) return f->inst_of[w];
        flat = kmap_flat(&mw, shape_of(f, w), f->nvar);
    }
    return emit_load(e, w, &flat);
}

static bool member_elem(const Em *e, NodeId x)
{
    KMap m = kmap_flat(&e->f->map[x], shape_of(e->f, x), e->f->nvar);
    KMap r = km_remap(e, &m);
    return km_inner(e, &r);
}

static bool emit_member(Em *e, NodeId x)
{
    const Node *n = ir_node(e->f->g, x);
    KInst in = {.kind = KI_OP, .op = n->op, .dt = n->type.dt, .node = x, .nin = n->nin};
    if (ir_is_view(n->op)) { /* a materialised view: its value is its operand */
        e->f->inst_of[x] = operand_value(e, x, 0);
        return e->f->inst_of[x] != UINT32_MAX;
    }
    if (n->op == OP_REDUCE_SUM || n->op == OP_REDUCE_MAX) in.kind = KI_REDUCE;
    else in.elem = member_elem(e, x);
    IR_ASSERT(n->nin <= 3);
    for (uint32_t k = 0; k < n->nin; k++)
        if ((in.in[k] = operand_value(e, x, k)) == UINT32_MAX) return false;
    e->f->inst_of[x] = push_inst(e, &in);
    return e->f->inst_of[x] != UINT32_MAX;
}

static int cmp_node(const void *a, const void *b)
{
    NodeId x = *(const NodeId *)a, y = *(const NodeId *)b;
    return (x > y) - (x < y);
}

/* The loop kernel of the group grown at root: its variables (outer, then
 * inner; extent 1 dropped), one instruction per member in node order,
 * then the root's store. */
bool fz_emit_loop(Fz *f, NodeId root)
{
    Kernel *k = kir_add_kernel(f->p);
    if (!k) return false;
    Em e = {.f = f, .k = k};
    k->kind = KK_LOOP;
    k->root = root;
    k->op = ir_node(f->g, root)->op;
    for (int pass = 0; pass < 2; pass++)
        for (int v = 0; v < f->nvar; v++) {
            if (f->ext[v] <= 1 || f->inner[v] != (pass == 1)) {
                if (f->ext[v] <= 1) e.remap[v] = -1;
                continue;
            }
            e.remap[v] = k->npar + k->nred;
            k->ext[k->npar + k->nred] = f->ext[v];
            if (pass) k->nred++;
            else k->npar++;
        }
    k->out = buf_for(f, root);
    k->nout = 1;
    if (!kernel_use_buf(f, k, k->out)) return false;
    qsort(f->mem, f->nmem, sizeof *f->mem, cmp_node);
    for (uint32_t i = 0; i < f->nmem; i++) /* second outputs right after out */
        if (f->stored[f->mem[i]] && f->mem[i] != root) {
            if (!kernel_use_buf(f, k, buf_for(f, f->mem[i]))) return false;
            k->nout++;
        }
    for (uint32_t i = 0; i < f->nmem; i++)
        if (!emit_member(&e, f->mem[i])) return false;
    KMap sm = kmap_flat(&f->map[root], shape_of(f, root), f->nvar);
    KInst st = {.kind = KI_STORE, .dt = ir_node(f->g, root)->type.dt, .buf = k->out,
                .map = km_remap(&e, &sm), .nin = 1, .in = {f->inst_of[root]}};
    st.elem = km_inner(&e, &st.map);
    if (push_inst(&e, &st) == UINT32_MAX) return false;
    for (uint32_t i = 0; i < f->nmem; i++) {
        NodeId w = f->mem[i];
        if (!f->stored[w] || w == root) continue;
        KMap wm = kmap_flat(&f->map[w], shape_of(f, w), f->nvar);
        KInst sw = {.kind = KI_STORE, .dt = ir_node(f->g, w)->type.dt, .buf = buf_for(f, w), .map = km_remap(&e, &wm),
                    .nin = 1, .in = {f->inst_of[w]}};
        sw.elem = k->insts[f->inst_of[w]].elem;
        if (push_inst(&e, &sw) == UINT32_MAX) return false;
    }
    return kernel_nodes(f, k, root);
}

/* ------------------------------------------- GEMM, templates, effects */

/* Operand o as a strided view of a materialised buffer. */
static bool resolve_view(Fz *f, NodeId o, KView *v)
{
    const Shape *s = shape_of(f, o);
    IMap id = {0}, mw;
    NodeId w;
    KMap km;
    f->gid++;
    f->nvar = s->rank;
    memset(f->inner, 0, sizeof f->inner);
    for (int a = 0; a < s->rank; a++) {
        f->ext[a] = s->dim[a];
        id.a[a][a] = 1;
    }
    if (fz_walk(f, o, &id, &w, &mw, &km) == WALK_NODE) km = kmap_flat(&mw, shape_of(f, w), f->nvar);
    v->buf = buf_for(f, w);
    v->base = km.base;
    v->rank = s->rank;
    for (int a = 0; a < s->rank; a++) {
        v->dim[a] = s->dim[a];
        v->stride[a] = s->dim[a] > 1 ? km.coef[a] : 0;
    }
    return v->buf != UINT32_MAX;
}

/* Whether BLAS can read the last two axes: one of them has unit stride
 * and the other a leading dimension at least the row length. */
static bool view_gemm_ok(const KView *v)
{
    int64_t r = v->dim[v->rank - 2], c = v->dim[v->rank - 1];
    int64_t sr = v->stride[v->rank - 2], sc = v->stride[v->rank - 1];
    if (c == 1 || sc == 1) return r == 1 || sr >= c;
    if (r == 1 || sr == 1) return sc >= r;
    return false;
}

/* Operand o as a contiguous view: the buffer of o itself, or of the node
 * under a chain of reshapes (same bytes). */
static bool contiguous_operand(Fz *f, NodeId o, KView *v)
{
    if (!resolve_view(f, o, v)) return false;
    if (kir_view_packed(v) || !ir_is_view(ir_node(f->g, o)->op)) return true;
    f->force[o] = true;
    return resolve_view(f, o, v);
}

/* Where the GEMM of root puts its result in k->out: contiguous, or in the
 * order of the permute it writes (fuse.c, gemm_writes_permuted). */
static void gemm_out_view(const Fz *f, Kernel *k, NodeId root)
{
    const Shape *s = shape_of(f, root);
    NodeId p = f->gemm_into[root];
    KView *c = &k->gc;
    int64_t st[IR_MAX_RANK];
    memset(c, 0, sizeof *c);
    c->buf = k->out, c->rank = s->rank;
    shape_strides(p ? shape_of(f, p) : s, st);
    for (int j = 0; j < s->rank; j++) {
        int a = p ? (int)ir_node(f->g, p)->a.perm.v[j] : j;
        c->dim[a] = s->dim[a];
        c->stride[a] = s->dim[a] > 1 ? st[j] : 0;
    }
}

static bool gemm_kernel(Fz *f, Kernel *k, NodeId root)
{
    const Node *n = ir_node(f->g, root);
    gemm_out_view(f, k, root);
    KView *vs[2] = {&k->ga, &k->gb};
    for (int j = 0; j < 2; j++) {
        if (!resolve_view(f, n->in[j], vs[j])) return false;
        if (!view_gemm_ok(vs[j])) {
            f->force[n->in[j]] = true;
            if (!resolve_view(f, n->in[j], vs[j])) return false;
        }
        if (!kernel_use_buf(f, k, vs[j]->buf)) return false;
    }
    return true;
}

static bool template_kernel(Fz *f, Kernel *k, NodeId root)
{
    const Node *n = ir_node(f->g, root);
    if (n->nin && !(k->args = cx_alloc(f->cx, n->nin * sizeof *k->args))) return false;
    for (uint32_t j = 0; j < n->nin; j++) {
        KView v;
        if (!contiguous_operand(f, n->in[j], &v)) return false;
        k->args[k->nargs++] = v.buf;
        if (!kernel_use_buf(f, k, v.buf)) return false;
    }
    return true;
}

/* A one-node kernel: a GEMM for a matmul, else the op's template. */
bool fz_call_kernel(Fz *f, NodeId root)
{
    Kernel *k = kir_add_kernel(f->p);
    if (!k) return false;
    const Node *n = ir_node(f->g, root);
    k->kind = n->op == OP_MATMUL ? KK_GEMM : KK_TEMPLATE;
    k->root = root;
    k->op = n->op;
    k->out = buf_for(f, f->gemm_into[root] ? f->gemm_into[root] : root);
    k->nout = 1;
    if (!kernel_use_buf(f, k, k->out)) return false;
    if (!(k->nodes = cx_alloc(f->cx, sizeof *k->nodes))) return false;
    k->nodes[k->nnodes++] = root;
    return k->kind == KK_GEMM ? gemm_kernel(f, k, root) : template_kernel(f, k, root);
}

/* The bias vector of a bias kernel as a rank-1 view [N]; false when it is
 * not packed (cuBLASLt reads it with unit stride). */
static bool bias_view(Fz *f, NodeId v, KView *out)
{
    KView w;
    memset(out, 0, sizeof *out);
    out->buf = UINT32_MAX;
    if (!resolve_view(f, v, &w)) return false;
    int64_t n = w.dim[w.rank - 1];
    out->buf = w.buf, out->base = w.base, out->rank = 1;
    out->dim[0] = n, out->stride[0] = n > 1 ? w.stride[w.rank - 1] : 0;
    return n == 1 || out->stride[0] == 1;
}

bool fz_bias_kernel(Fz *f, const FzBias *m, bool *done)
{
    KView bias;
    *done = false;
    if (!bias_view(f, m->vec, &bias)) return bias.buf != UINT32_MAX;
    Kernel *k = kir_add_kernel(f->p);
    if (!k) return false;
    k->kind = KK_GEMM;
    k->root = m->mm;
    k->op = OP_MATMUL;
    k->out = buf_for(f, m->root);
    k->nout = 1;
    k->gbias = bias;
    const NodeId in[5] = {m->mm, m->widen, m->bcast, m->add, m->cast};
    if (!(k->nodes = cx_alloc(f->cx, 5 * sizeof *k->nodes))) return false;
    for (int i = 0; i < 5; i++) /* ascending, absent ones left out */
        if (in[i]) {
            uint32_t j = k->nnodes++;
            while (j > 0 && k->nodes[j - 1] > in[i]) k->nodes[j] = k->nodes[j - 1], j--;
            k->nodes[j] = in[i];
        }
    int32_t gid = ++f->gid;
    f->grp[m->mm] = f->grp[m->add] = gid;
    if (m->cast) f->grp[m->cast] = gid;
    f->biased[m->add] = true;
    f->biased[m->src] = true; /* stored by a kernel of its own, never folded into another */
    *done = true;
    return kernel_use_buf(f, k, k->out) && gemm_kernel(f, k, m->mm) && kernel_use_buf(f, k, bias.buf);
}

static bool same_view(const KView *a, const KView *b)
{
    if (a->buf != b->buf || a->base != b->base || a->rank != b->rank) return false;
    for (int j = 0; j < a->rank; j++)
        if (a->dim[j] != b->dim[j] || a->stride[j] != b->stride[j]) return false;
    return true;
}

bool fz_bgrad_kernel(Fz *f, NodeId sum, NodeId wgrad, bool *joined)
{
    const Node *w = ir_node(f->g, wgrad), *s = ir_node(f->g, sum);
    KView dw, ds;
    *joined = false;
    /* Both read d as one packed matrix: the GEMM reads it as it is. */
    if (!resolve_view(f, w->in[0], &dw) || !resolve_view(f, s->in[1], &ds)) return false;
    if (!same_view(&dw, &ds) || !kir_view_packed(&dw) || !view_gemm_ok(&dw)) return true;
    *joined = true;
    Kernel *k = kir_add_kernel(f->p);
    if (!k) return false;
    k->kind = KK_GEMM;
    k->root = wgrad;
    k->op = OP_MATMUL;
    k->out = buf_for(f, wgrad);
    uint32_t sb = buf_for(f, sum);
    memset(&k->gbgrad, 0, sizeof k->gbgrad); /* padding too: kir.bin copies the struct */
    k->gbgrad.buf = sb, k->gbgrad.rank = 1, k->gbgrad.dim[0] = s->type.shape.dim[1], k->gbgrad.stride[0] = 1;
    if (!(k->nodes = cx_alloc(f->cx, 2 * sizeof *k->nodes))) return false;
    k->nodes[0] = sum < wgrad ? sum : wgrad;
    k->nodes[1] = sum < wgrad ? wgrad : sum;
    k->nnodes = 2;
    f->grp[wgrad] = f->grp[sum] = ++f->gid;
    /* out, then the sums: the kernel's two outputs (kernel.h, nout) */
    if (!kernel_use_buf(f, k, k->out) || !kernel_use_buf(f, k, sb)) return false;
    k->nout = 2;
    return gemm_kernel(f, k, wgrad);
}

/* output and assign: their node's buffer is the value's buffer. */
bool fz_bind_effect(Fz *f, NodeId id)
{
    const Node *n = ir_node(f->g, id);
    KView v;
    if (!contiguous_operand(f, n->in[n->op == OP_ASSIGN ? 1 : 0], &v)) return false;
    f->p->node_buf[id] = v.buf + 1;
    if (n->op == OP_ASSIGN && buf_for(f, n->in[0]) == UINT32_MAX) return false;
    return true;
}
