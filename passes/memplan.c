/* memplan.c — the memory plan of a scheduled KernelProgram.
 *
 * Liveness: a buffer is live from the position of the kernel that writes
 * it to the last kernel that reads it (inclusive; a kernel's inputs and
 * output are live together, so no kernel writes over its own inputs).
 * Activations (KB_ACT) share one arena: each gets the lowest 64-byte
 * aligned offset that does not overlap a buffer already placed and live at
 * the same time.  Placement is tried in two orders (largest first; first
 * defined first) and the smaller arena wins.  The other classes get flat
 * arenas, buffers back to back, so AdamW or EMA over all parameters is one
 * contiguous sweep.
 *
 * A part written in place into a concat's buffer (inplace.c) is not
 * placed: it sits at its block of the concat, which is live from the
 * first part's kernel to the last reader of it or of any part.
 *
 * The lower bound of any plan is the largest sum of live activation bytes
 * at one position; kir_memplan reports both and kir_verify_plan checks the
 * result independently. */
#include "passes/passes.h"

#include <stdlib.h>
#include <string.h>

enum { PLAN_ALIGN = 64 };

static uint64_t align_up(uint64_t x) { return (x + PLAN_ALIGN - 1) / PLAN_ALIGN * PLAN_ALIGN; }

static void liveness(KernelProgram *p)
{
    for (uint32_t b = 0; b < p->nbufs; b++) {
        p->bufs[b].def = 0;
        p->bufs[b].last = p->nkernels ? p->nkernels - 1 : 0; /* leaves: whole step */
    }
    for (uint32_t b = 0; b < p->nbufs; b++)
        if (p->bufs[b].cls == KB_ACT) p->bufs[b].def = p->bufs[b].last = UINT32_MAX;
    for (uint32_t k = 0; k < p->nkernels; k++) {
        const Kernel *kn = &p->kernels[k];
        for (uint32_t j = 0; j < kn->nout; j++) {
            KBuf *o = &p->bufs[kn->bufs[j]];
            if (o->cls == KB_ACT) o->def = o->last = k;
        }
        for (uint32_t j = kn->nout; j < kn->nbufs; j++) {
            KBuf *b = &p->bufs[kn->bufs[j]];
            if (b->cls == KB_ACT) b->last = k;
        }
    }
    for (uint32_t b = 0; b < p->nbufs; b++) { /* a concat written in place: live with its parts */
        const KBuf *x = &p->bufs[b];
        if (!x->within) continue;
        KBuf *w = &p->bufs[x->within - 1];
        if (x->def < w->def || w->def == UINT32_MAX) w->def = x->def;
        if (x->last > w->last || w->last == UINT32_MAX) w->last = x->last;
    }
}

static bool live_overlap(const KBuf *a, const KBuf *b) { return a->def <= b->last && b->def <= a->last; }

static uint64_t live_bound(const KernelProgram *p)
{
    uint64_t peak = 0;
    for (uint32_t k = 0; k < p->nkernels; k++) {
        uint64_t live = 0;
        for (uint32_t b = 0; b < p->nbufs; b++) {
            const KBuf *x = &p->bufs[b];
            if (x->cls == KB_ACT && !x->within && x->def <= k && k <= x->last) live += align_up(x->bytes);
        }
        if (live > peak) peak = live;
    }
    return peak;
}

typedef struct Span {
    uint64_t lo, hi;
} Span;

static int cmp_span(const void *a, const void *b)
{
    const Span *x = a, *y = b;
    return (x->lo > y->lo) - (x->lo < y->lo);
}

/* Lowest offset for buffer b clear of the placed buffers live with it. */
static uint64_t first_fit(const KernelProgram *p, uint32_t b, const bool *placed, Span *tmp)
{
    uint32_t n = 0;
    for (uint32_t q = 0; q < p->nbufs; q++)
        if (placed[q] && live_overlap(&p->bufs[q], &p->bufs[b]))
            tmp[n++] = (Span){(uint64_t)p->bufs[q].offset, (uint64_t)p->bufs[q].offset + align_up(p->bufs[q].bytes)};
    qsort(tmp, n, sizeof *tmp, cmp_span);
    uint64_t off = 0, need = align_up(p->bufs[b].bytes);
    for (uint32_t i = 0; i < n; i++) {
        if (tmp[i].lo >= off + need) break;
        if (tmp[i].hi > off) off = tmp[i].hi;
    }
    return off;
}

/* Sort key of a placement order: larger first, then earlier defined. */
typedef struct SortKey {
    uint64_t bytes;
    uint32_t def, id;
} SortKey;

static int cmp_key(const void *a, const void *b)
{
    const SortKey *x = a, *y = b;
    if (x->bytes != y->bytes) return x->bytes < y->bytes ? 1 : -1;
    if (x->def != y->def) return x->def < y->def ? -1 : 1;
    return (x->id > y->id) - (x->id < y->id);
}

static void sort_by_size(const KernelProgram *p, uint32_t *ids, uint32_t n, SortKey *keys)
{
    for (uint32_t i = 0; i < n; i++) keys[i] = (SortKey){p->bufs[ids[i]].bytes, p->bufs[ids[i]].def, ids[i]};
    qsort(keys, n, sizeof *keys, cmp_key);
    for (uint32_t i = 0; i < n; i++) ids[i] = keys[i].id;
}

static void sort_by_def(const KernelProgram *p, uint32_t *ids, uint32_t n, SortKey *keys)
{
    for (uint32_t i = 0; i < n; i++) keys[i] = (SortKey){UINT64_MAX - p->bufs[ids[i]].def, 0, ids[i]};
    qsort(keys, n, sizeof *keys, cmp_key);
    for (uint32_t i = 0; i < n; i++) ids[i] = keys[i].id;
}

/* Places the activations in the order given; returns the arena size. */
static uint64_t place(KernelProgram *p, const uint32_t *ids, uint32_t n, bool *placed, Span *tmp)
{
    uint64_t top = 0;
    memset(placed, 0, p->nbufs);
    for (uint32_t i = 0; i < n; i++) {
        uint32_t b = ids[i];
        p->bufs[b].offset = (int64_t)first_fit(p, b, placed, tmp);
        placed[b] = true;
        uint64_t end = (uint64_t)p->bufs[b].offset + align_up(p->bufs[b].bytes);
        if (end > top) top = end;
    }
    return top;
}

static bool plan_acts(KernelProgram *p)
{
    uint32_t *ids = cx_alloc(p->cx, (p->nbufs + 1) * sizeof *ids), n = 0;
    bool *placed = cx_alloc(p->cx, p->nbufs + 1);
    Span *tmp = cx_alloc(p->cx, (p->nbufs + 1) * sizeof *tmp);
    SortKey *keys = cx_alloc(p->cx, (p->nbufs + 1) * sizeof *keys);
    bool ok = ids && placed && tmp && keys;
    for (uint32_t b = 0; ok && b < p->nbufs; b++)
        if (p->bufs[b].cls == KB_ACT && !p->bufs[b].within) ids[n++] = b;
    if (ok) {
        sort_by_def(p, ids, n, keys);
        uint64_t by_def = place(p, ids, n, placed, tmp);
        sort_by_size(p, ids, n, keys);
        uint64_t best = place(p, ids, n, placed, tmp);
        if (by_def < best) { /* the first order was better: place it again */
            sort_by_def(p, ids, n, keys);
            best = place(p, ids, n, placed, tmp);
        }
        p->plan.arena[KB_ACT] = best;
        for (uint32_t b = 0; b < p->nbufs; b++)
            if (p->bufs[b].within) p->bufs[b].offset = p->bufs[p->bufs[b].within - 1].offset + p->bufs[b].within_at;
    }
    cx_free(p->cx, ids);
    cx_free(p->cx, placed);
    cx_free(p->cx, tmp);
    cx_free(p->cx, keys);
    return ok;
}

bool kir_memplan(Ctx *cx, KernelProgram *p)
{
    (void)cx;
    liveness(p);
    memset(&p->plan, 0, sizeof p->plan);
    for (uint32_t b = 0; b < p->nbufs; b++) {
        KBuf *x = &p->bufs[b];
        if (x->cls == KB_ACT) continue;
        x->offset = (int64_t)p->plan.arena[x->cls];
        p->plan.arena[x->cls] += align_up(x->bytes);
    }
    if (!plan_acts(p)) return false;
    p->plan.act_peak = p->plan.arena[KB_ACT];
    p->plan.act_bound = live_bound(p);
    p->planned = true;
    return true;
}

bool kir_verify_plan(Ctx *cx, const KernelProgram *p)
{
    bool ok = p->planned;
    for (uint32_t b = 0; b < p->nbufs; b++) {
        const KBuf *x = &p->bufs[b];
        if (x->offset < 0 || (uint64_t)x->offset + x->bytes > p->plan.arena[x->cls]) {
            cx_error(cx, (SrcLoc){0}, "memplan: buffer b%u (node %%%u) lies outside its arena", b, x->node);
            ok = false;
        }
        if (x->within) { /* inside its concat, at its block, while the concat lives */
            const KBuf *w = &p->bufs[x->within - 1];
            if (x->within > p->nbufs || x->offset != w->offset + x->within_at ||
                (uint64_t)x->within_at + x->bytes > w->bytes || x->def < w->def || x->last > w->last) {
                cx_error(cx, (SrcLoc){0}, "memplan: buffer b%u is not inside its concat b%u", b, x->within - 1);
                ok = false;
            }
            continue;
        }
        for (uint32_t q = b + 1; q < p->nbufs; q++) {
            const KBuf *y = &p->bufs[q];
            if (x->cls != y->cls || !x->bytes || !y->bytes || y->within) continue;
            bool time = x->cls != KB_ACT || live_overlap(x, y);
            bool space = (uint64_t)x->offset < (uint64_t)y->offset + y->bytes &&
                         (uint64_t)y->offset < (uint64_t)x->offset + x->bytes;
            if (time && space) {
                cx_error(cx, (SrcLoc){0}, "memplan: buffers b%u and b%u are live together and overlap", b, q);
                ok = false;
            }
        }
    }
    return ok;
}

bool kir_compile(Ctx *cx, const Graph *g, const FuseOptions *o, KernelProgram **out)
{
    KernelProgram *p;
    if (!kir_build(cx, g, o, &p)) return false;
    bool inplace = !o || (o->enable & FUSE_INPLACE);
    if (!kir_schedule(cx, p) || (inplace && !kir_concat_in_place(cx, p)) || !kir_memplan(cx, p) ||
        !kir_verify_plan(cx, p)) {
        kir_free(p);
        return false;
    }
    *out = p;
    return true;
}
