/* schedule.c — orders the kernels of a KernelProgram to keep the peak of
 * live activation memory low.
 *
 * Expects the kernels in some valid order (fuse produces ascending root
 * ids).  A kernel depends on the kernels producing the buffers it reads.
 * The greedy list schedule repeatedly runs, among the ready kernels, the
 * one with the best balance (activation bytes it frees) - (bytes it
 * allocates), the lowest current position breaking ties so the result is
 * deterministic.  The new order is kept only when its live peak is lower
 * than the old one's, so scheduling never makes memory worse. */
#include "passes/passes.h"

#include <string.h>

static bool is_act(const KBuf *b) { return b->cls == KB_ACT; }

/* producer[b] = kernel writing buffer b, or UINT32_MAX. */
static uint32_t *producers(const KernelProgram *p)
{
    uint32_t *pr = cx_alloc(p->cx, (p->nbufs + 1) * sizeof *pr);
    if (!pr) return NULL;
    for (uint32_t b = 0; b < p->nbufs; b++) pr[b] = UINT32_MAX;
    for (uint32_t k = 0; k < p->nkernels; k++) pr[p->kernels[k].out] = k;
    return pr;
}

uint64_t kir_live_peak(const KernelProgram *p)
{
    uint32_t *last = cx_alloc(p->cx, (p->nbufs + 1) * sizeof *last);
    if (!last) return UINT64_MAX;
    for (uint32_t k = 0; k < p->nkernels; k++)
        for (uint32_t j = 0; j < p->kernels[k].nbufs; j++) last[p->kernels[k].bufs[j]] = k;
    uint64_t live = 0, peak = 0;
    for (uint32_t k = 0; k < p->nkernels; k++) {
        const KBuf *o = &p->bufs[p->kernels[k].out];
        if (is_act(o)) live += o->bytes;
        if (live > peak) peak = live;
        for (uint32_t j = 0; j < p->kernels[k].nbufs; j++) {
            const KBuf *b = &p->bufs[p->kernels[k].bufs[j]];
            if (is_act(b) && last[p->kernels[k].bufs[j]] == k) live -= b->bytes;
        }
    }
    cx_free(p->cx, last);
    return peak;
}

typedef struct Sched {
    const KernelProgram *p;
    uint32_t *prod;    /* buffer -> producing kernel */
    uint32_t *readers; /* buffer -> kernels still to read it */
    uint32_t *waiting; /* kernel -> producers not yet run */
    bool *done;
} Sched;

/* Bytes freed minus bytes allocated if kernel k ran now. */
static int64_t sched_gain(const Sched *s, uint32_t k)
{
    const Kernel *kn = &s->p->kernels[k];
    const KBuf *o = &s->p->bufs[kn->out];
    int64_t g = is_act(o) ? -(int64_t)o->bytes : 0;
    for (uint32_t j = 1; j < kn->nbufs; j++) {
        const KBuf *b = &s->p->bufs[kn->bufs[j]];
        if (is_act(b) && s->readers[kn->bufs[j]] == 1) g += (int64_t)b->bytes;
    }
    return g;
}

static void sched_run(Sched *s, uint32_t k)
{
    const KernelProgram *p = s->p;
    s->done[k] = true;
    for (uint32_t j = 1; j < p->kernels[k].nbufs; j++) s->readers[p->kernels[k].bufs[j]]--;
    for (uint32_t q = 0; q < p->nkernels; q++) {
        if (s->done[q]) continue;
        for (uint32_t j = 1; j < p->kernels[q].nbufs; j++)
            if (s->prod[p->kernels[q].bufs[j]] == k) s->waiting[q]--;
    }
}

static bool sched_init(Sched *s, const KernelProgram *p)
{
    memset(s, 0, sizeof *s);
    s->p = p;
    s->prod = producers(p);
    s->readers = cx_alloc(p->cx, (p->nbufs + 1) * sizeof *s->readers);
    s->waiting = cx_alloc(p->cx, (p->nkernels + 1) * sizeof *s->waiting);
    s->done = cx_alloc(p->cx, p->nkernels + 1);
    if (!s->prod || !s->readers || !s->waiting || !s->done) return false;
    for (uint32_t k = 0; k < p->nkernels; k++)
        for (uint32_t j = 1; j < p->kernels[k].nbufs; j++) {
            uint32_t b = p->kernels[k].bufs[j];
            s->readers[b]++;
            if (s->prod[b] != UINT32_MAX) s->waiting[k]++;
        }
    return true;
}

static void sched_fini(Sched *s)
{
    cx_free(s->p->cx, s->prod);
    cx_free(s->p->cx, s->readers);
    cx_free(s->p->cx, s->waiting);
    cx_free(s->p->cx, s->done);
}

/* Fills order[] with the greedy schedule. */
static bool sched_greedy(const KernelProgram *p, uint32_t *order)
{
    Sched s;
    bool ok = sched_init(&s, p);
    for (uint32_t n = 0; ok && n < p->nkernels; n++) {
        uint32_t best = UINT32_MAX;
        int64_t bg = 0;
        for (uint32_t k = 0; k < p->nkernels; k++) {
            if (s.done[k] || s.waiting[k]) continue;
            int64_t g = sched_gain(&s, k);
            if (best == UINT32_MAX || g > bg) best = k, bg = g;
        }
        IR_ASSERT(best != UINT32_MAX); /* the kernel graph is acyclic */
        order[n] = best;
        sched_run(&s, best);
    }
    sched_fini(&s);
    return ok;
}

static bool apply_order(KernelProgram *p, const uint32_t *order)
{
    Kernel *nk = cx_alloc(p->cx, (p->nkernels + 1) * sizeof *nk);
    if (!nk) return false;
    for (uint32_t i = 0; i < p->nkernels; i++) nk[i] = p->kernels[order[i]];
    if (p->nkernels) memcpy(p->kernels, nk, p->nkernels * sizeof *nk);
    cx_free(p->cx, nk);
    return true;
}

bool kir_schedule(Ctx *cx, KernelProgram *p)
{
    uint32_t *order = cx_alloc(cx, (p->nkernels + 1) * sizeof *order);
    if (!order) return false;
    uint64_t before = kir_live_peak(p);
    bool ok = sched_greedy(p, order);
    uint32_t *inverse = NULL;
    if (ok && (inverse = cx_alloc(cx, (p->nkernels + 1) * sizeof *inverse))) {
        for (uint32_t i = 0; i < p->nkernels; i++) inverse[order[i]] = i;
        ok = apply_order(p, order);
        if (ok && kir_live_peak(p) >= before) ok = apply_order(p, inverse); /* no better: undo */
    }
    ok = ok && inverse;
    cx_free(cx, inverse);
    cx_free(cx, order);
    if (ok) kir_name_all(p);
    return ok;
}
