/* fuse_outputs.c — a loop kernel also stores the casts of its result.
 *
 * Under bf16 an f32 value that f32 readers need (a bias-gradient sum, the
 * next elementwise kernel) and products need in bf16 is stored by its
 * kernel, then read back by a kernel of its own that only casts it: fusion
 * cannot put the cast into the producer's kernel, whose root it is not, nor
 * the producer into the cast's, since others read the producer.  Here such
 * a cast kernel is folded into its producer after the build: the producer
 * converts the value it holds in a register and stores it a second time
 * (KInst stores: the kernel's out, then bufs[1..nout)).  What goes away is
 * a launch and a read of the f32 value per cast; the bytes written are the
 * same.
 *
 * Expects the kernels of one build in execution order (fuse.c's node
 * order, names given).  A kernel is folded when it is a loop of three
 * instructions, load, cast, store, whose load and store use the same index
 * map (element i of the value to element i of the cast), and its input is
 * the output of a loop kernel that stores it once.  The cast then runs at
 * the producer's map with the producer's row/element level (`elem`), so it
 * is the same conversion of the same value: the same bits. */
#include "passes/fuse_internal.h"

#include <string.h>

static bool same_map(const Kernel *k, const KMap *a, const KMap *b)
{
    if (a->base != b->base) return false;
    for (int v = 0; v < k->npar + k->nred; v++)
        if (k->ext[v] > 1 && a->coef[v] != b->coef[v]) return false;
    return true;
}

/* Whether k only casts one buffer element for element. */
static bool cast_kernel(const KernelProgram *p, const Kernel *k)
{
    if (k->kind != KK_LOOP || k->nred || k->ninsts != 3 || k->nbufs != 2) return false;
    const KInst *ld = &k->insts[0], *op = &k->insts[1], *st = &k->insts[2];
    return ld->kind == KI_LOAD && op->kind == KI_OP && op->op == OP_CAST && op->nin == 1 && op->in[0] == 0 &&
           st->kind == KI_STORE && st->nin == 1 && st->in[0] == 1 && same_map(k, &ld->map, &st->map) &&
           p->bufs[ld->buf].numel == p->bufs[st->buf].numel;
}

/* The store of buffer b in loop kernel k if it is its only one, else -1. */
static int64_t only_store(const Kernel *k, uint32_t b)
{
    int64_t at = -1;
    for (uint32_t i = 0; i < k->ninsts; i++)
        if (k->insts[i].kind == KI_STORE && k->insts[i].buf == b) {
            if (at >= 0) return -1;
            at = i;
        }
    return at;
}

/* Appends cast kernel c's conversion and store to producer k (whose
 * store of the cast's input is instruction s). */
static bool fold(Ctx *cx, Kernel *k, uint32_t s, const Kernel *c)
{
    const KInst *st = &k->insts[s];
    KInst *ni = cx_realloc(cx, k->insts, (k->ninsts + 2) * sizeof *ni);
    uint32_t *nb = ni ? cx_realloc(cx, k->bufs, (k->nbufs + 1) * sizeof *nb) : NULL;
    NodeId *nn = nb ? cx_realloc(cx, k->nodes, (k->nnodes + c->nnodes) * sizeof *nn) : NULL;
    if (ni) k->insts = ni, st = &k->insts[s];
    if (nb) k->bufs = nb;
    if (nn) k->nodes = nn;
    if (!nn) return false;
    KInst cv = c->insts[1], cs = c->insts[2];
    cv.elem = cs.elem = st->elem;
    cv.in[0] = st->in[0];
    cs.in[0] = k->ninsts;
    cs.map = st->map;
    k->insts[k->ninsts++] = cv;
    k->insts[k->ninsts++] = cs;
    memmove(k->bufs + k->nout + 1, k->bufs + k->nout, (k->nbufs - k->nout) * sizeof *k->bufs);
    k->bufs[k->nout++] = cs.buf;
    k->nbufs++;
    for (uint32_t j = 0; j < c->nnodes; j++) { /* keep the node list ascending */
        uint32_t at = k->nnodes;
        while (at > 0 && k->nodes[at - 1] > c->nodes[j]) at--;
        memmove(k->nodes + at + 1, k->nodes + at, (k->nnodes - at) * sizeof *k->nodes);
        k->nodes[at] = c->nodes[j];
        k->nnodes++;
    }
    return true;
}

bool fz_fold_casts(Ctx *cx, KernelProgram *p)
{
    uint32_t *prod = cx_alloc(cx, (p->nbufs + 1) * sizeof *prod);
    if (!prod) return false;
    for (uint32_t b = 0; b < p->nbufs; b++) prod[b] = UINT32_MAX;
    uint32_t kept = 0;
    bool ok = true;
    for (uint32_t k = 0; k < p->nkernels; k++) {
        Kernel *c = &p->kernels[k];
        uint32_t q = cast_kernel(p, c) ? prod[c->insts[0].buf] : UINT32_MAX;
        Kernel *kp = q != UINT32_MAX ? &p->kernels[q] : NULL;
        int64_t s = kp && kp->kind == KK_LOOP && kp->nbufs < 64 ? only_store(kp, c->insts[0].buf) : -1;
        if (ok && s >= 0) {
            ok = fold(cx, kp, (uint32_t)s, c);
            prod[c->out] = q;
            kir_kernel_free(p, c);
            continue;
        }
        for (uint32_t j = 0; j < c->nout; j++) prod[c->bufs[j]] = kept;
        p->kernels[kept++] = *c;
    }
    p->nkernels = kept;
    cx_free(cx, prod);
    if (ok) kir_name_all(p);
    return ok;
}
