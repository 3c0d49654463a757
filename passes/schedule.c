/* schedule.c — orders the kernels of a KernelProgram to keep the peak of
 * live activation memory low.
 *
 * Expects the kernels in some valid order (fuse produces node order).  A kernel depends on the kernels producing the buffers it reads.
 * A greedy list schedule repeatedly runs, among the ready kernels, the
 * one with the best balance (activation bytes it frees) - (bytes it
 * allocates), the lowest current position breaking ties so the result is
 * deterministic.  Three variants differ when every ready kernel
 * allocates (Pick): no one rule wins on every graph (dino_pass B=64: the
 * smallest allocation first gives 21.2 GB under f32, the kernel nearest a
 * sink 14.3; under bf16 15.4 and 10.0), so all three run and the order
 * with the lowest live peak of the given one and theirs is kept:
 * scheduling never makes memory worse. */
#include "passes/passes.h"

#include <string.h>

static bool is_act(const KBuf *b) { return b->cls == KB_ACT; }

/* producer[b] = kernel writing buffer b, or UINT32_MAX. */
static uint32_t *producers(const KernelProgram *p)
{
    uint32_t *pr = cx_alloc(p->cx, (p->nbufs + 1) * sizeof *pr);
    if (!pr) return NULL;
    for (uint32_t b = 0; b < p->nbufs; b++) pr[b] = UINT32_MAX;
    for (uint32_t k = 0; k < p->nkernels; k++)
        for (uint32_t j = 0; j < p->kernels[k].nout; j++) pr[p->kernels[k].bufs[j]] = k;
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
        for (uint32_t j = 0; j < p->kernels[k].nout; j++) {
            const KBuf *o = &p->bufs[p->kernels[k].bufs[j]];
            if (is_act(o)) live += o->bytes;
        }
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
    uint32_t *ready;   /* kernel -> step at which its last producer ran */
    uint32_t *height;  /* kernel -> kernels on the longest path to a sink */
    bool *done;
} Sched;

/* Bytes freed minus bytes allocated if kernel k ran now. */
static int64_t sched_gain(const Sched *s, uint32_t k)
{
    const Kernel *kn = &s->p->kernels[k];
    int64_t g = 0;
    for (uint32_t j = 0; j < kn->nout; j++) {
        const KBuf *o = &s->p->bufs[kn->bufs[j]];
        if (is_act(o)) g -= (int64_t)o->bytes;
    }
    for (uint32_t j = kn->nout; j < kn->nbufs; j++) {
        const KBuf *b = &s->p->bufs[kn->bufs[j]];
        if (is_act(b) && s->readers[kn->bufs[j]] == 1) g += (int64_t)b->bytes;
    }
    return g;
}

static void sched_run(Sched *s, uint32_t k, uint32_t step)
{
    const KernelProgram *p = s->p;
    s->done[k] = true;
    for (uint32_t j = p->kernels[k].nout; j < p->kernels[k].nbufs; j++) s->readers[p->kernels[k].bufs[j]]--;
    for (uint32_t q = 0; q < p->nkernels; q++) {
        if (s->done[q]) continue;
        for (uint32_t j = p->kernels[q].nout; j < p->kernels[q].nbufs; j++)
            if (s->prod[p->kernels[q].bufs[j]] == k) s->waiting[q]--, s->ready[q] = step + 1;
    }
}

static bool sched_init(Sched *s, const KernelProgram *p)
{
    memset(s, 0, sizeof *s);
    s->p = p;
    s->prod = producers(p);
    s->readers = cx_alloc(p->cx, (p->nbufs + 1) * sizeof *s->readers);
    s->waiting = cx_alloc(p->cx, (p->nkernels + 1) * sizeof *s->waiting);
    s->ready = cx_alloc(p->cx, (p->nkernels + 1) * sizeof *s->ready);
    s->height = cx_alloc(p->cx, (p->nkernels + 1) * sizeof *s->height);
    s->done = cx_alloc(p->cx, p->nkernels + 1);
    if (!s->prod || !s->readers || !s->waiting || !s->ready || !s->height || !s->done) return false;
    for (uint32_t k = 0; k < p->nkernels; k++)
        for (uint32_t j = p->kernels[k].nout; j < p->kernels[k].nbufs; j++) {
            uint32_t b = p->kernels[k].bufs[j];
            s->readers[b]++;
            if (s->prod[b] != UINT32_MAX) s->waiting[k]++;
        }
    for (uint32_t k = p->nkernels; k-- > 0;) /* consumers come after producers */
        for (uint32_t j = p->kernels[k].nout; j < p->kernels[k].nbufs; j++) {
            uint32_t q = s->prod[p->kernels[k].bufs[j]];
            if (q != UINT32_MAX && s->height[q] < s->height[k] + 1) s->height[q] = s->height[k] + 1;
        }
    return true;
}

static void sched_fini(Sched *s)
{
    cx_free(s->p->cx, s->prod);
    cx_free(s->p->cx, s->readers);
    cx_free(s->p->cx, s->waiting);
    cx_free(s->p->cx, s->ready);
    cx_free(s->p->cx, s->height);
    cx_free(s->p->cx, s->done);
}

/* How a greedy schedule picks among ready kernels that all allocate. */
typedef enum Pick {
    PICK_SMALLEST, /* the smallest allocation */
    PICK_LATEST,   /* the kernel readied last: finish the chain under way */
    PICK_NEAREST,  /* the kernel closest to a sink: finish what is nearly
                    * done (a crop set's backward) before starting what is
                    * far from it (the next crop set's forward) */
    PICK_COUNT
} Pick;

/* Whether ready kernel k (gain g) is a better next choice than `best`
 * (gain bg).  Freeing more wins, except among allocating kernels. */
static bool sched_better(const Sched *s, Pick pick, uint32_t k, int64_t g, uint32_t best, int64_t bg)
{
    if (best == UINT32_MAX) return true;
    bool alloc = g < 0 && bg < 0;
    if (alloc && pick == PICK_LATEST && s->ready[k] != s->ready[best]) return s->ready[k] > s->ready[best];
    if (alloc && pick == PICK_NEAREST && s->height[k] != s->height[best]) return s->height[k] < s->height[best];
    return g > bg;
}

/* Fills order[] with one greedy schedule. */
static bool sched_greedy(const KernelProgram *p, Pick pick, uint32_t *order)
{
    Sched s;
    bool ok = sched_init(&s, p);
    for (uint32_t n = 0; ok && n < p->nkernels; n++) {
        uint32_t best = UINT32_MAX;
        int64_t bg = 0;
        for (uint32_t k = 0; k < p->nkernels; k++) {
            if (s.done[k] || s.waiting[k]) continue;
            int64_t g = sched_gain(&s, k);
            if (sched_better(&s, pick, k, g, best, bg)) best = k, bg = g;
        }
        IR_ASSERT(best != UINT32_MAX); /* the kernel graph is acyclic */
        order[n] = best;
        sched_run(&s, best, n);
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

/* The live peak of the kernels in the given order. */
static uint64_t order_peak(KernelProgram *p, const uint32_t *order, Kernel *scratch)
{
    Kernel *keep = p->kernels;
    for (uint32_t i = 0; i < p->nkernels; i++) scratch[i] = keep[order[i]];
    p->kernels = scratch;
    uint64_t peak = kir_live_peak(p);
    p->kernels = keep;
    return peak;
}

bool kir_schedule(Ctx *cx, KernelProgram *p)
{
    uint32_t *order = cx_alloc(cx, (p->nkernels + 1) * sizeof *order);
    uint32_t *best = cx_alloc(cx, (p->nkernels + 1) * sizeof *best);
    Kernel *scratch = cx_alloc(cx, (p->nkernels + 1) * sizeof *scratch);
    bool ok = order && best && scratch, moved = false;
    uint64_t peak = ok ? kir_live_peak(p) : 0;
    for (int pick = 0; ok && pick < PICK_COUNT; pick++) {
        ok = sched_greedy(p, (Pick)pick, order);
        uint64_t q = ok ? order_peak(p, order, scratch) : UINT64_MAX;
        if (ok && q < peak) {
            peak = q, moved = true;
            memcpy(best, order, p->nkernels * sizeof *best);
        }
    }
    if (ok && moved) ok = apply_order(p, best);
    cx_free(cx, scratch);
    cx_free(cx, best);
    cx_free(cx, order);
    if (ok) kir_name_all(p);
    return ok;
}
