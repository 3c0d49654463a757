/* bundle.c — the container that `passc -o run` appends to the launcher,
 * and the binary form of a planned KernelProgram that travels in it.
 *
 * A bundle is a list of named sections (graph text, kernel program, CPU
 * object code, host loop, config...).  On disk, after the launcher's own
 * bytes (docs/bundle.md):
 *
 *   payload: "PASSCBND" u32 version u32 nsections
 *            nsections x {char name[32]; u64 offset; u64 length; u64 fnv1a}
 *            section bytes (offsets relative to the payload start)
 *   trailer: "PASSCTRL" u64 payload_offset u64 payload_length u64 fnv1a
 *
 * The trailer is the last 32 bytes of the file, so a launcher finds its
 * bundle by reading its own end; the checksums catch truncation and
 * corruption before anything is interpreted.  Integers are little endian
 * (the only hosts passc targets).
 *
 * The kernel program is stored as its structs (KBuf, Kernel, KInst are
 * plain data once the pointer fields are dropped) with a layout stamp, so a
 * bundle from a passc whose structs differ is refused with a message
 * instead of misread; indices are range-checked on the way in. */
#include "codegen/cg.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

enum { BUNDLE_VERSION = 1, TRAILER_BYTES = 32, DIR_ENTRY_BYTES = 56 };

static const char bundle_magic[8] = {'P', 'A', 'S', 'S', 'C', 'B', 'N', 'D'};
static const char trailer_magic[8] = {'P', 'A', 'S', 'S', 'C', 'T', 'R', 'L'};

static SrcLoc file_loc(Ctx *cx, const char *path) { return (SrcLoc){cx_file(cx, path, NULL, 0), 0, 0}; }

/* ------------------------------------------------------------ building */

bool bundle_add(Ctx *cx, Bundle *b, const char *name, const void *data, size_t len)
{
    IR_ASSERT(strlen(name) < sizeof b->sec[0].name);
    if (b->n == b->cap) {
        uint32_t cap = b->cap ? 2 * b->cap : 16;
        BundleSection *ns = cx_realloc(cx, b->sec, cap * sizeof *ns);
        if (!ns) return false;
        b->sec = ns;
        b->cap = cap;
    }
    uint8_t *copy = cx_alloc(cx, len + 1);
    if (!copy) return false;
    memcpy(copy, data, len);
    BundleSection *s = &b->sec[b->n++];
    memset(s, 0, sizeof *s);
    snprintf(s->name, sizeof s->name, "%s", name);
    s->data = copy;
    s->len = len;
    s->owned = true;
    return true;
}

static void put_u32(uint8_t *p, uint32_t v) { memcpy(p, &v, 4); }
static void put_u64(uint8_t *p, uint64_t v) { memcpy(p, &v, 8); }
static uint32_t get_u32(const uint8_t *p) { uint32_t v; memcpy(&v, p, 4); return v; }
static uint64_t get_u64(const uint8_t *p) { uint64_t v; memcpy(&v, p, 8); return v; }

uint8_t *bundle_serialize(Ctx *cx, const Bundle *b, uint64_t at, size_t *len)
{
    size_t head = 16 + (size_t)b->n * DIR_ENTRY_BYTES, total = head;
    for (uint32_t i = 0; i < b->n; i++) total += b->sec[i].len;
    uint8_t *out = cx_alloc(cx, total + TRAILER_BYTES);
    if (!out) return NULL;
    memcpy(out, bundle_magic, 8);
    put_u32(out + 8, BUNDLE_VERSION);
    put_u32(out + 12, b->n);
    size_t off = head;
    for (uint32_t i = 0; i < b->n; i++) {
        uint8_t *e = out + 16 + (size_t)i * DIR_ENTRY_BYTES;
        memcpy(e, b->sec[i].name, 32);
        put_u64(e + 32, off);
        put_u64(e + 40, b->sec[i].len);
        put_u64(e + 48, ir_hash(b->sec[i].data, b->sec[i].len));
        memcpy(out + off, b->sec[i].data, b->sec[i].len);
        off += b->sec[i].len;
    }
    uint8_t *t = out + total;
    memcpy(t, trailer_magic, 8);
    put_u64(t + 8, at);
    put_u64(t + 16, total);
    put_u64(t + 24, ir_hash(out, total));
    *len = total + TRAILER_BYTES;
    return out;
}

/* ------------------------------------------------------------- reading */

static bool bad(Ctx *cx, const char *path, const char *why)
{
    cx_error(cx, file_loc(cx, path), "the compiled bundle is damaged (%s); recompile with passc -o", why);
    return false;
}

static bool parse_dir(Ctx *cx, const char *path, Bundle *b)
{
    const uint8_t *p = b->payload;
    if (b->payload_len < 16 || memcmp(p, bundle_magic, 8)) return bad(cx, path, "no section directory");
    if (get_u32(p + 8) != BUNDLE_VERSION) return bad(cx, path, "unknown bundle version");
    uint32_t n = get_u32(p + 12);
    if (n > 4096 || 16 + (uint64_t)n * DIR_ENTRY_BYTES > b->payload_len) return bad(cx, path, "directory out of range");
    b->sec = cx_alloc(cx, (n + 1) * sizeof *b->sec);
    if (!b->sec) return false;
    for (uint32_t i = 0; i < n; i++) {
        const uint8_t *e = p + 16 + (size_t)i * DIR_ENTRY_BYTES;
        BundleSection *s = &b->sec[i];
        memcpy(s->name, e, 32);
        s->name[31] = 0;
        uint64_t off = get_u64(e + 32), len = get_u64(e + 40);
        if (off > b->payload_len || len > b->payload_len - off) return bad(cx, path, "section out of range");
        s->data = (uint8_t *)p + off;
        s->len = len;
        if (ir_hash(s->data, len) != get_u64(e + 48)) {
            char why[96];
            snprintf(why, sizeof why, "checksum mismatch in section '%s'", s->name);
            return bad(cx, path, why);
        }
        b->n = b->cap = i + 1;
    }
    return true;
}

/* After a whole-payload checksum mismatch: the first section whose own
 * checksum fails, so the message can name it (NULL when the directory
 * itself is damaged or every section checks out). */
static const char *damaged_section(const Bundle *b)
{
    const uint8_t *p = b->payload;
    if (b->payload_len < 16 || memcmp(p, bundle_magic, 8)) return NULL;
    uint32_t n = get_u32(p + 12);
    if (n > 4096 || 16 + (uint64_t)n * DIR_ENTRY_BYTES > b->payload_len) return NULL;
    for (uint32_t i = 0; i < n; i++) {
        const uint8_t *e = p + 16 + (size_t)i * DIR_ENTRY_BYTES;
        uint64_t off = get_u64(e + 32), len = get_u64(e + 40);
        if (off > b->payload_len || len > b->payload_len - off) return NULL;
        if (e[31] == 0 && ir_hash(p + off, len) != get_u64(e + 48)) return (const char *)e;
    }
    return NULL;
}

bool bundle_read_file(Ctx *cx, const char *path, Bundle *b)
{
    memset(b, 0, sizeof *b);
    FILE *f = fopen(path, "rb");
    if (!f) {
        cx_error(cx, file_loc(cx, path), "cannot read: %s", strerror(errno));
        return false;
    }
    uint8_t t[TRAILER_BYTES];
    bool ok = fseek(f, 0, SEEK_END) == 0;
    long size = ok ? ftell(f) : -1;
    ok = size >= TRAILER_BYTES && fseek(f, size - TRAILER_BYTES, SEEK_SET) == 0 && fread(t, 1, TRAILER_BYTES, f) == TRAILER_BYTES;
    if (!ok || memcmp(t, trailer_magic, 8)) {
        fclose(f);
        cx_error(cx, file_loc(cx, path), "no compiled model in this file (build one with: passc MODEL.yaml -o run)");
        return false;
    }
    uint64_t at = get_u64(t + 8), len = get_u64(t + 16);
    if (at > (uint64_t)size || len > (uint64_t)size - TRAILER_BYTES - at) {
        fclose(f);
        return bad(cx, path, "truncated");
    }
    b->payload = cx_alloc(cx, len + 1);
    ok = b->payload && fseek(f, (long)at, SEEK_SET) == 0 && fread(b->payload, 1, len, f) == len;
    fclose(f);
    if (!ok) return b->payload ? bad(cx, path, "truncated") : false;
    b->payload_len = len;
    if (ir_hash(b->payload, len) != get_u64(t + 24)) {
        const char *sec = damaged_section(b);
        char why[96];
        snprintf(why, sizeof why, "checksum mismatch%s%s%s", sec ? " in section '" : "", sec ? sec : "", sec ? "'" : "");
        return bad(cx, path, why);
    }
    return parse_dir(cx, path, b);
}

const BundleSection *bundle_find(const Bundle *b, const char *name)
{
    for (uint32_t i = 0; i < b->n; i++)
        if (!strcmp(b->sec[i].name, name)) return &b->sec[i];
    return NULL;
}

void bundle_free(Ctx *cx, Bundle *b)
{
    for (uint32_t i = 0; i < b->n; i++)
        if (b->sec[i].owned) cx_free(cx, b->sec[i].data);
    cx_free(cx, b->sec);
    cx_free(cx, b->payload);
    memset(b, 0, sizeof *b);
}

/* ------------------------------------------------- kernel program form */

/* Changes whenever a serialised struct changes size, or the host loop's
 * calling convention (CG_HOST_ABI) changes. */
static uint64_t kir_layout_stamp(void)
{
    return (uint64_t)sizeof(KBuf) | (uint64_t)sizeof(Kernel) << 12 | (uint64_t)sizeof(KInst) << 24 |
           (uint64_t)sizeof(KPlanStats) << 36 | (uint64_t)IR_MAX_RANK << 48 | (uint64_t)CG_HOST_ABI << 56;
}

typedef struct Buf {
    Ctx *cx;
    uint8_t *p;
    size_t n, cap;
    bool oom;
} Buf;

static void buf_put(Buf *b, const void *data, size_t len)
{
    if (b->oom || !len) return; /* an empty array may be NULL */
    if (b->n + len > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap < b->n + len) cap *= 2;
        uint8_t *np = cx_realloc(b->cx, b->p, cap);
        if (!np) {
            b->oom = true;
            return;
        }
        b->p = np;
        b->cap = cap;
    }
    memcpy(b->p + b->n, data, len);
    b->n += len;
}

/* Instructions with their padding zeroed, so that kir.bin is a function of
 * the program: struct copies carry whatever padding their source had, and
 * two compiles of one model differed there (so did the CPU code cache's
 * key).  A field added to KInst must be copied here too. */
_Static_assert(sizeof(KInst) == 56 + sizeof(KMap), "KInst changed: copy the new field in put_insts");
static void put_insts(Buf *b, const KInst *in, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++) {
        KInst t;
        memset(&t, 0, sizeof t);
        t.kind = in[i].kind, t.op = in[i].op, t.dt = in[i].dt, t.elem = in[i].elem, t.nin = in[i].nin;
        memcpy(t.in, in[i].in, sizeof t.in);
        t.buf = in[i].buf, t.map = in[i].map, t.imm = in[i].imm, t.node = in[i].node;
        buf_put(b, &t, sizeof t);
    }
}

static void put_kernel(Buf *b, const Kernel *k)
{
    Kernel flat = *k;
    flat.nodes = NULL;
    flat.bufs = flat.args = NULL;
    flat.insts = NULL;
    buf_put(b, &flat, sizeof flat);
    buf_put(b, k->nodes, k->nnodes * sizeof *k->nodes);
    buf_put(b, k->bufs, k->nbufs * sizeof *k->bufs);
    put_insts(b, k->insts, k->ninsts);
    buf_put(b, k->args, k->nargs * sizeof *k->args);
}

uint8_t *kir_serialize(Ctx *cx, const KernelProgram *p, size_t *len)
{
    IR_ASSERT(p->planned);
    Buf b = {.cx = cx};
    uint64_t head[4] = {kir_layout_stamp(), p->nbufs, p->nkernels, p->g->nnodes};
    buf_put(&b, head, sizeof head);
    buf_put(&b, &p->plan, sizeof p->plan);
    buf_put(&b, p->bufs, p->nbufs * sizeof *p->bufs);
    buf_put(&b, p->node_buf, p->g->nnodes * sizeof *p->node_buf);
    for (uint32_t k = 0; k < p->nkernels; k++) put_kernel(&b, &p->kernels[k]);
    if (b.oom) {
        cx_free(cx, b.p);
        return NULL;
    }
    *len = b.n;
    return b.p;
}

typedef struct Rd {
    const uint8_t *p;
    size_t n, at;
} Rd;

static bool rd_take(Rd *r, void *out, size_t len)
{
    if (len > r->n - r->at) return false;
    memcpy(out, r->p + r->at, len);
    r->at += len;
    return true;
}

/* Reads an array of n elements of size sz into a new allocation. */
static bool rd_array(Ctx *cx, Rd *r, void **out, uint64_t n, size_t sz)
{
    if (n > (r->n - r->at) / (sz ? sz : 1)) return false;
    *out = cx_alloc(cx, n * sz + 1);
    return *out && rd_take(r, *out, n * sz);
}

/* A GEMM's bias or bias gradient (kernel.h, gbias, gbgrad): none, or a
 * packed vector inside a buffer the kernel lists (the executors find it
 * there); a bias gradient among the buffers it writes, and not both. */
static bool vec_ok(const KernelProgram *p, const Kernel *k, const KView *v, uint32_t nlist)
{
    if (!v->rank) return true;
    bool listed = false;
    for (uint32_t j = 0; j < nlist; j++) listed |= k->bufs[j] == v->buf;
    return listed && v->rank == 1 && v->buf < p->nbufs && v->dim[0] >= 1 && v->base >= 0 &&
           (v->stride[0] == 1 || v->dim[0] == 1) && v->base + v->dim[0] <= p->bufs[v->buf].numel;
}

static bool bias_ok(const KernelProgram *p, const Kernel *k)
{
    /* the sums: the second output, never the product's */
    bool bgrad_at = !k->gbgrad.rank || (k->nout == 2 && k->bufs[1] == k->gbgrad.buf && k->gbgrad.buf != k->out);
    return vec_ok(p, k, &k->gbias, k->nbufs) && vec_ok(p, k, &k->gbgrad, k->nout) && bgrad_at &&
           !(k->gbias.rank && k->gbgrad.rank);
}

static bool kernel_ok(const KernelProgram *p, const Kernel *k)
{
    /* Enums index tables (ir_ops, dtypes) later: range-check them too. */
    if ((unsigned)k->kind > KK_TEMPLATE || k->op <= OP_NONE || k->op >= OP_COUNT) return false;
    for (uint32_t j = 0; j < k->nbufs; j++)
        if (k->bufs[j] >= p->nbufs) return false;
    for (uint32_t j = 0; j < k->nargs; j++)
        if (k->args[j] >= p->nbufs) return false;
    for (uint32_t j = 0; j < k->nnodes; j++)
        if (k->nodes[j] >= p->g->nnodes) return false;
    for (uint32_t j = 0; j < k->ninsts; j++) {
        const KInst *in = &k->insts[j];
        if (in->nin > 3 || in->node >= p->g->nnodes || (unsigned)in->kind > KI_STORE || in->op >= OP_COUNT ||
            in->dt >= DT_COUNT)
            return false;
        for (uint32_t a = 0; a < in->nin; a++)
            if (in->in[a] >= j) return false;
        if ((in->kind == KI_LOAD || in->kind == KI_STORE) && in->buf >= p->nbufs) return false;
    }
    if (k->kind == KK_GEMM && (k->ga.buf >= p->nbufs || k->gb.buf >= p->nbufs || k->gc.buf != k->out ||
                               k->gc.rank < 2 || k->gc.rank > IR_MAX_RANK || !bias_ok(p, k)))
        return false;
    return k->out < p->nbufs && k->nout >= 1 && k->nout <= k->nbufs && k->bufs[0] == k->out && k->root < p->g->nnodes && k->npar >= 0 && k->nred >= 0 &&
           k->npar + k->nred <= IR_MAX_RANK && k->nbufs <= 64;
}

static bool get_kernel(Ctx *cx, Rd *r, KernelProgram *p)
{
    Kernel flat;
    if (!rd_take(r, &flat, sizeof flat)) return false;
    Kernel *k = kir_add_kernel(p);
    if (!k) return false;
    *k = flat;
    k->nodes = NULL, k->bufs = NULL, k->insts = NULL, k->args = NULL;
    k->name[sizeof k->name - 1] = 0;
    return rd_array(cx, r, (void **)&k->nodes, flat.nnodes, sizeof *k->nodes) &&
           rd_array(cx, r, (void **)&k->bufs, flat.nbufs, sizeof *k->bufs) &&
           rd_array(cx, r, (void **)&k->insts, flat.ninsts, sizeof *k->insts) &&
           rd_array(cx, r, (void **)&k->args, flat.nargs, sizeof *k->args) && kernel_ok(p, k);
}

static bool bufs_ok(const KernelProgram *p)
{
    for (uint32_t b = 0; b < p->nbufs; b++) {
        const KBuf *kb = &p->bufs[b];
        if ((unsigned)kb->cls >= KB_COUNT || kb->node >= p->g->nnodes || kb->offset < 0 ||
            (uint64_t)kb->offset + kb->bytes > p->plan.arena[kb->cls] || kb->within > p->nbufs)
            return false;
    }
    for (NodeId id = 0; id < p->g->nnodes; id++)
        if (p->node_buf[id] > p->nbufs) return false;
    return true;
}

KernelProgram *kir_deserialize(Ctx *cx, const Graph *g, const uint8_t *data, size_t len)
{
    Rd r = {data, len, 0};
    uint64_t head[4];
    if (!rd_take(&r, head, sizeof head) || head[0] != kir_layout_stamp() || head[3] != g->nnodes) {
        cx_error(cx, (SrcLoc){0}, "the kernel program in the bundle does not match this launcher "
                                  "(built by another passc version); recompile the model");
        return NULL;
    }
    KernelProgram *p = kir_new(cx, g);
    if (!p) return NULL;
    uint32_t *nb = NULL;
    bool ok = rd_take(&r, &p->plan, sizeof p->plan) &&
              rd_array(cx, &r, (void **)&p->bufs, head[1], sizeof *p->bufs);
    if (ok) p->nbufs = p->capbufs = (uint32_t)head[1];
    ok = ok && rd_array(cx, &r, (void **)&nb, g->nnodes, sizeof *nb);
    if (ok) {
        memcpy(p->node_buf, nb, g->nnodes * sizeof *nb);
        ok = bufs_ok(p);
    }
    cx_free(cx, nb);
    for (uint64_t k = 0; ok && k < head[2]; k++) ok = get_kernel(cx, &r, p);
    if (!ok || r.at != r.n) {
        if (!cx->nerrors) cx_error(cx, (SrcLoc){0}, "the kernel program in the bundle is malformed");
        kir_free(p);
        return NULL;
    }
    p->planned = true;
    return p;
}
