/* inplace.c — a concat whose parts are blocks of its buffer is not run:
 * the kernels producing the parts write them where the concat would have
 * copied them.
 *
 * A concat along an axis with only size-1 axes before it places each part
 * in one contiguous block of its output (the q, k, v gradients stacked for
 * the qkv weight gradient; the loss rows' gradient halves of the two crop
 * sets).  Each part's buffer then lives inside the concat's buffer
 * (KBuf.within, at the block's byte offset), memplan places only the
 * concat's buffer, live from the first part's kernel on, and the copy
 * kernel is removed: the traffic of reading and writing the whole concat
 * and a launch.
 *
 * Runs after schedule (the concat kernel orders its readers after every
 * part's kernel; the order is final here, so removing it keeps that) and
 * before memplan.  A concat qualifies when its output is an activation,
 * every part is an activation buffer of its own listed once, written by a
 * kernel, not itself holding parts, and each block starts at a multiple
 * of the plan's 64-byte alignment (the backends' vector loads and the
 * GEMM library rely on it). */
#include "passes/passes.h"

#include <string.h>

enum { ALIGN = 64 };

/* Byte offset of each part's block in the output, or false when the
 * parts are not whole aligned blocks. */
static bool blocks(const KernelProgram *p, const Kernel *k, int64_t *at)
{
    const Node *n = ir_node(p->g, k->root);
    const Shape *s = &n->type.shape;
    int64_t outer = 1, inner = dt_size(n->type.dt);
    for (int d = 0; d < s->rank; d++) {
        if (d < n->a.axis) outer *= s->dim[d];
        if (d > n->a.axis) inner *= s->dim[d];
    }
    if (outer != 1 || k->nargs != n->nin) return false;
    int64_t off = 0;
    for (uint32_t j = 0; j < k->nargs; j++) {
        if (off % ALIGN) return false;
        at[j] = off;
        off += ir_node(p->g, n->in[j])->type.shape.dim[n->a.axis] * inner;
    }
    return true;
}

/* Whether every part can live inside out. */
static bool parts_ok(const KernelProgram *p, const Kernel *k, const bool *written, const bool *holds)
{
    if (p->bufs[k->out].cls != KB_ACT || p->bufs[k->out].within) return false;
    for (uint32_t j = 0; j < k->nargs; j++) {
        uint32_t b = k->args[j];
        const KBuf *x = &p->bufs[b];
        if (x->cls != KB_ACT || x->within || holds[b] || !written[b] || b == k->out) return false;
        for (uint32_t i = 0; i < j; i++)
            if (k->args[i] == b) return false;
    }
    return true;
}

bool kir_concat_in_place(Ctx *cx, KernelProgram *p)
{
    uint32_t most = 0;
    for (uint32_t k = 0; k < p->nkernels; k++)
        if (p->kernels[k].nargs > most) most = p->kernels[k].nargs;
    bool *written = cx_alloc(cx, p->nbufs + 1), *holds = cx_alloc(cx, p->nbufs + 1);
    int64_t *at = cx_alloc(cx, (most + 1) * sizeof *at);
    bool ok = written && holds && at;
    for (uint32_t k = 0; ok && k < p->nkernels; k++)
        for (uint32_t j = 0; j < p->kernels[k].nout; j++) written[p->kernels[k].bufs[j]] = true;
    uint32_t kept = 0;
    for (uint32_t k = 0; ok && k < p->nkernels; k++) {
        Kernel *kn = &p->kernels[k];
        bool in_place = kn->kind == KK_TEMPLATE && kn->op == OP_CONCAT && blocks(p, kn, at) &&
                        parts_ok(p, kn, written, holds);
        if (!in_place) {
            p->kernels[kept++] = *kn;
            continue;
        }
        for (uint32_t j = 0; j < kn->nargs; j++) {
            p->bufs[kn->args[j]].within = kn->out + 1;
            p->bufs[kn->args[j]].within_at = at[j];
        }
        holds[kn->out] = true;
        kir_kernel_free(p, kn);
    }
    if (ok) p->nkernels = kept;
    cx_free(cx, at);
    cx_free(cx, written);
    cx_free(cx, holds);
    if (ok) kir_name_all(p);
    return ok;
}
