/* kernel.c — construction, naming and the text form of the kernel IR
 * (see kernel.h).
 *
 * Names are derived only from the kernel's position, kind, ops and
 * iteration space, so the same graph always gives the same names; the text
 * form holds no addresses.  Example:
 *
 *   kernel k003_rowreduce_sum_sub_mul_8x32    # nodes %4 %5 %6 %9
 *     loop par=[8] red=[32]
 *     t0 = load b2[32*i0 + i1] : f32        elem
 *     t1 = reduce_sum t0 : f32
 *     store b5[i0] = t1 */
#include "ir/kernel.h"

#include <inttypes.h>
#include <string.h>

KernelProgram *kir_new(Ctx *cx, const Graph *g)
{
    KernelProgram *p = cx_alloc(cx, sizeof *p);
    if (!p) return NULL;
    p->cx = cx;
    p->g = g;
    p->node_buf = cx_alloc(cx, (size_t)g->nnodes * sizeof *p->node_buf);
    if (!p->node_buf) {
        cx_free(cx, p);
        return NULL;
    }
    return p;
}

void kir_kernel_free(KernelProgram *p, Kernel *k)
{
    cx_free(p->cx, k->nodes);
    cx_free(p->cx, k->bufs);
    cx_free(p->cx, k->insts);
    cx_free(p->cx, k->args);
    k->nodes = NULL, k->bufs = NULL, k->insts = NULL, k->args = NULL;
}

void kir_free(KernelProgram *p)
{
    if (!p) return;
    for (uint32_t k = 0; k < p->nkernels; k++) kir_kernel_free(p, &p->kernels[k]);
    cx_free(p->cx, p->kernels);
    cx_free(p->cx, p->bufs);
    cx_free(p->cx, p->node_buf);
    cx_free(p->cx, p);
}

uint32_t kir_buf_of(KernelProgram *p, NodeId id, KBufClass cls)
{
    if (p->node_buf[id]) return p->node_buf[id] - 1;
    if (p->nbufs == p->capbufs) {
        uint32_t cap = p->capbufs ? 2 * p->capbufs : 16;
        KBuf *nb = cx_realloc(p->cx, p->bufs, cap * sizeof *nb);
        if (!nb) return UINT32_MAX;
        p->bufs = nb;
        p->capbufs = cap;
    }
    const Node *n = ir_node(p->g, id);
    KBuf *b = &p->bufs[p->nbufs];
    memset(b, 0, sizeof *b);
    b->node = id;
    b->dt = n->type.dt;
    b->numel = shape_numel(&n->type.shape);
    b->bytes = (uint64_t)b->numel * dt_size(b->dt);
    b->cls = cls;
    b->offset = -1;
    p->node_buf[id] = ++p->nbufs;
    return p->nbufs - 1;
}

Kernel *kir_add_kernel(KernelProgram *p)
{
    if (p->nkernels == p->capkernels) {
        uint32_t cap = p->capkernels ? 2 * p->capkernels : 16;
        Kernel *nk = cx_realloc(p->cx, p->kernels, cap * sizeof *nk);
        if (!nk) return NULL;
        p->kernels = nk;
        p->capkernels = cap;
    }
    Kernel *k = &p->kernels[p->nkernels++];
    memset(k, 0, sizeof *k);
    return k;
}

uint32_t kir_count(const KernelProgram *p, KernelKind kind)
{
    uint32_t n = 0;
    for (uint32_t k = 0; k < p->nkernels; k++) n += p->kernels[k].kind == kind;
    return n;
}

/* Bytes of the elements a GEMM operand view reads (a broadcast axis once). */
static double view_bytes(const KernelProgram *p, const KView *v)
{
    double n = 1;
    for (int a = 0; a < v->rank; a++)
        if (v->stride[a]) n *= (double)v->dim[a];
    return n * (double)dt_size(p->bufs[v->buf].dt);
}

/* Elements of buffer j that loop kernel k's loads and stores reach: per
 * access, the iteration points of the variables it depends on (a slice of
 * one crop set reads that set, a broadcast operand once), at most the
 * buffer; the widest access counts. */
static double loop_buf_elems(const Kernel *k, uint32_t buf, int64_t numel)
{
    double most = 0;
    for (uint32_t i = 0; i < k->ninsts; i++) {
        const KInst *in = &k->insts[i];
        if ((in->kind != KI_LOAD && in->kind != KI_STORE) || in->buf != buf) continue;
        double n = 1;
        for (int v = 0; v < k->npar + k->nred; v++)
            if (in->map.coef[v]) n *= (double)k->ext[v];
        if (n > most) most = n;
    }
    return most < (double)numel ? most : (double)numel;
}

double kir_kernel_bytes(const KernelProgram *p, const Kernel *k)
{
    if (k->kind == KK_GEMM)
        return (double)p->bufs[k->out].bytes + view_bytes(p, &k->ga) + view_bytes(p, &k->gb) +
               (k->gbias.rank ? view_bytes(p, &k->gbias) : 0) + (k->gbgrad.rank ? view_bytes(p, &k->gbgrad) : 0);
    double b = 0;
    for (uint32_t j = 0; j < k->nbufs; j++) {
        const KBuf *kb = &p->bufs[k->bufs[j]];
        b += k->kind == KK_LOOP ? loop_buf_elems(k, k->bufs[j], kb->numel) * (double)dt_size(kb->dt) : (double)kb->bytes;
    }
    return b;
}

const char *kir_class_name(KBufClass c)
{
    static const char *const names[KB_COUNT] = {"act", "param", "state", "input", "const", "output"};
    return c < KB_COUNT ? names[c] : "?";
}

/* ------------------------------------------------------------- naming */

static void name_append(char *buf, size_t n, const char *s)
{
    size_t len = strlen(buf);
    if (len + 1 < n) snprintf(buf + len, n - len, "%s", s);
}

/* Strips the "reduce_" prefix so names stay short: reduce_sum -> sum. */
static const char *short_op(Op op)
{
    const char *s = ir_ops[op].name;
    return strncmp(s, "reduce_", 7) ? s : s + 7;
}

/* Up to four distinct ops of a loop kernel, reductions first. */
static void name_ops(const Kernel *k, char *buf, size_t n)
{
    Op seen[4];
    int ns = 0;
    for (int pass = 0; pass < 2; pass++)
        for (uint32_t i = 0; i < k->ninsts && ns < 4; i++) {
            const KInst *in = &k->insts[i];
            if (in->kind != (pass ? KI_OP : KI_REDUCE)) continue;
            bool dup = false;
            for (int s = 0; s < ns; s++) dup |= seen[s] == in->op;
            if (dup) continue;
            seen[ns++] = in->op;
            name_append(buf, n, "_");
            name_append(buf, n, short_op(in->op));
        }
    if (!ns) name_append(buf, n, "_copy");
}

static const char *kind_word(const Kernel *k)
{
    if (k->kind == KK_GEMM) return k->gbias.rank ? "gemm_bias" : k->gbgrad.rank ? "gemm_bgrad" : "gemm";
    if (k->kind == KK_TEMPLATE) return ir_ops[k->op].name;
    if (k->nred == 0) return "ew";
    return k->npar ? "rowreduce" : "reduce";
}

static void name_dims(const Kernel *k, const Graph *g, char *buf, size_t n)
{
    const Shape *s = &ir_node(g, k->root)->type.shape;
    char d[32];
    name_append(buf, n, "_");
    if (k->kind == KK_LOOP && k->npar + k->nred > 0) {
        for (int v = 0; v < k->npar + k->nred; v++) {
            snprintf(d, sizeof d, "%s%" PRId64, v ? "x" : "", k->ext[v]);
            name_append(buf, n, d);
        }
        return;
    }
    if (s->rank == 0) name_append(buf, n, "1");
    for (int a = 0; a < s->rank; a++) {
        snprintf(d, sizeof d, "%s%" PRId64, a ? "x" : "", s->dim[a]);
        name_append(buf, n, d);
    }
}

void kir_name_all(KernelProgram *p)
{
    for (uint32_t i = 0; i < p->nkernels; i++) {
        Kernel *k = &p->kernels[i];
        snprintf(k->name, sizeof k->name, "k%03u_%s", i, kind_word(k));
        if (k->kind == KK_LOOP) name_ops(k, k->name, sizeof k->name);
        name_dims(k, p->g, k->name, sizeof k->name);
    }
}

/* ----------------------------------------------------------- printing */

static void print_map(const KMap *m, int nvar, FILE *out)
{
    bool any = false;
    for (int v = 0; v < nvar; v++) {
        if (!m->coef[v]) continue;
        if (any) fputs(" + ", out);
        if (m->coef[v] == 1) fprintf(out, "i%d", v);
        else fprintf(out, "%" PRId64 "*i%d", m->coef[v], v);
        any = true;
    }
    if (m->base || !any) fprintf(out, "%s%" PRId64, any ? " + " : "", m->base);
}

static void print_inst(const Kernel *k, uint32_t i, FILE *out)
{
    const KInst *in = &k->insts[i];
    int nvar = k->npar + k->nred;
    fputs("    ", out);
    if (in->kind == KI_STORE) {
        fprintf(out, "store b%u[", in->buf);
        print_map(&in->map, nvar, out);
        fprintf(out, "] = t%u", in->in[0]);
    } else {
        fprintf(out, "t%u = ", i);
        if (in->kind == KI_LOAD) {
            fprintf(out, "load b%u[", in->buf);
            print_map(&in->map, nvar, out);
            fputs("]", out);
        } else if (in->kind == KI_IMM) {
            char num[40];
            ir_format_real(num, sizeof num, in->imm, dt_is_float(in->dt) ? in->dt : DT_F64);
            fprintf(out, "imm %s", num);
        } else {
            fputs(ir_ops[in->op].name, out);
            for (uint32_t j = 0; j < in->nin; j++) fprintf(out, "%s t%u", j ? "," : "", in->in[j]);
        }
        fprintf(out, " : %s", dt_name(in->dt));
    }
    if (in->node) fprintf(out, "  # %%%u", in->node);
    fputs(in->elem ? "  elem\n" : "\n", out);
}

static void print_extents(const int64_t *e, int n, FILE *out)
{
    fputc('[', out);
    for (int v = 0; v < n; v++) fprintf(out, "%s%" PRId64, v ? "," : "", e[v]);
    fputc(']', out);
}

bool kir_view_packed(const KView *v)
{
    int64_t st = 1;
    for (int a = v->rank - 1; a >= 0; a--) {
        if (v->dim[a] > 1 && v->stride[a] != st) return false;
        st *= v->dim[a];
    }
    return v->base == 0;
}

static void print_view(const char *what, const KView *v, FILE *out)
{
    fprintf(out, "    %s = b%u base %" PRId64 " dims ", what, v->buf, v->base);
    print_extents(v->dim, v->rank, out);
    fputs(" strides ", out);
    print_extents(v->stride, v->rank, out);
    fputc('\n', out);
}

void kir_print_kernel(const KernelProgram *p, const Kernel *k, FILE *out)
{
    fprintf(out, "kernel %s    # nodes", k->name);
    for (uint32_t j = 0; j < k->nnodes; j++) fprintf(out, " %%%u", k->nodes[j]);
    fputc('\n', out);
    if (k->kind == KK_LOOP) {
        fputs("    loop par=", out);
        print_extents(k->ext, k->npar, out);
        fputs(" red=", out);
        print_extents(k->ext + k->npar, k->nred, out);
        fputc('\n', out);
        for (uint32_t i = 0; i < k->ninsts; i++) print_inst(k, i, out);
        return;
    }
    if (k->kind == KK_GEMM) {
        const Node *n = ir_node(p->g, k->root);
        fprintf(out, "    gemm b%u ta=%d tb=%d\n", k->out, (int)n->a.ta, (int)n->a.tb);
        print_view("a", &k->ga, out);
        print_view("b", &k->gb, out);
        if (!kir_view_packed(&k->gc)) print_view("c", &k->gc, out); /* written in a permuted order */
        if (k->gbias.rank) print_view("bias", &k->gbias, out);      /* added to each row of the product */
        if (k->gbgrad.rank) print_view("bgrad", &k->gbgrad, out);   /* sums of op(a) over k, stored */
        return;
    }
    fprintf(out, "    template %s b%u <-", ir_ops[k->op].name, k->out);
    for (uint32_t j = 0; j < k->nargs; j++) fprintf(out, " b%u", k->args[j]);
    fputc('\n', out);
}

static void print_bufs(const KernelProgram *p, FILE *out)
{
    char ty[64];
    for (uint32_t b = 0; b < p->nbufs; b++) {
        const KBuf *kb = &p->bufs[b];
        fprintf(out, "buffer b%u = %%%u %s %s", b, kb->node, kir_class_name(kb->cls),
                type_str(&ir_node(p->g, kb->node)->type, ty, sizeof ty));
        if (p->planned)
            fprintf(out, " offset %" PRId64 " bytes %" PRIu64 " live [%u,%u]", kb->offset, kb->bytes,
                    kb->def, kb->last);
        if (kb->within) fprintf(out, " in b%u at %" PRId64, kb->within - 1, kb->within_at);
        fputc('\n', out);
    }
    if (!p->planned) return;
    for (int c = 0; c < KB_COUNT; c++)
        fprintf(out, "arena %s %" PRIu64 " bytes\n", kir_class_name((KBufClass)c), p->plan.arena[c]);
    fprintf(out, "activation peak %" PRIu64 " bytes, lower bound %" PRIu64 " bytes\n", p->plan.act_peak,
            p->plan.act_bound);
}

void kir_print(const KernelProgram *p, FILE *out)
{
    fprintf(out, "# kernels of graph \"%s\": %u kernels (%u loop, %u gemm, %u template)\n",
            p->g->name ? p->g->name : "", p->nkernels, kir_count(p, KK_LOOP), kir_count(p, KK_GEMM),
            kir_count(p, KK_TEMPLATE));
    for (uint32_t k = 0; k < p->nkernels; k++) kir_print_kernel(p, &p->kernels[k], out);
    print_bufs(p, out);
}

bool kir_leaf_type_ok(Ctx *cx, const KernelProgram *p, NodeId leaf, const Tensor *t)
{
    const Node *n = ir_node(p->g, leaf);
    char want[64], got[64];
    if (type_eq(&n->type, &t->type)) return true;
    cx_error(cx, n->loc, "value for '%s' has type %s, expected %s", n->a.name ? n->a.name : "?",
             type_str(&t->type, got, sizeof got), type_str(&n->type, want, sizeof want));
    return false;
}
