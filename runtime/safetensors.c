/* safetensors.c — checkpoints in the safetensors format.
 *
 * A file is: an 8-byte little-endian header length N, N bytes of JSON
 * ({"name": {"dtype": "F32", "shape": [..], "data_offsets": [begin, end]},
 * ..., "__metadata__": {"key": "value"}}), then the data section, which the
 * tensors must cover exactly, without gaps or overlaps.  The reader trusts
 * nothing: every length, offset and size is checked and an error names the
 * tensor (`path: error: tensor 'name': ...`).  The writer pads the header
 * with spaces so the data starts 8-byte aligned, and replaces the file
 * atomically (temporary file, fsync, rename) so a crash mid-write never
 * leaves a broken checkpoint. */
#include "runtime/runtime.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The reference implementation refuses headers over 100 MB. */
#define ST_MAX_HEADER (100u * 1000u * 1000u)

static const struct {
    const char *name;
    size_t size;
} st_dtypes[ST_COUNT] = {
    [ST_BOOL] = {"BOOL", 1}, [ST_U8] = {"U8", 1},     [ST_I8] = {"I8", 1},
    [ST_I16] = {"I16", 2},   [ST_U16] = {"U16", 2},   [ST_F16] = {"F16", 2},
    [ST_BF16] = {"BF16", 2}, [ST_I32] = {"I32", 4},   [ST_U32] = {"U32", 4},
    [ST_F32] = {"F32", 4},   [ST_F64] = {"F64", 8},   [ST_I64] = {"I64", 8},
    [ST_U64] = {"U64", 8},   [ST_F8_E4M3] = {"F8_E4M3", 1}, [ST_F8_E5M2] = {"F8_E5M2", 1},
};

const char *st_dtype_name(StDType dt)
{
    IR_ASSERT(dt < ST_COUNT);
    return st_dtypes[dt].name;
}

size_t st_dtype_size(StDType dt)
{
    IR_ASSERT(dt < ST_COUNT);
    return st_dtypes[dt].size;
}

static int st_dtype_lookup(const char *s)
{
    for (int i = 0; i < ST_COUNT; i++)
        if (strcmp(st_dtypes[i].name, s) == 0) return i;
    return -1;
}

/* ---------------------------------------------------------------- reader */

typedef struct Parser {
    Ctx *cx;
    SrcLoc loc;         /* the file, for diagnostics */
    const char *p, *begin, *end;
    SafeFile *f;
} Parser;

static bool ps_fail(Parser *ps, const char *what)
{
    cx_error(ps->cx, ps->loc, "header: %s at byte %ld of the JSON header", what,
             (long)(ps->p - ps->begin));
    return false;
}

static void ps_ws(Parser *ps)
{
    while (ps->p < ps->end && (*ps->p == ' ' || *ps->p == '\t' || *ps->p == '\n' || *ps->p == '\r'))
        ps->p++;
}

static bool ps_expect(Parser *ps, char c)
{
    ps_ws(ps);
    if (ps->p >= ps->end || *ps->p != c) {
        char msg[48];
        snprintf(msg, sizeof msg, ps->p >= ps->end ? "unexpected end, expected '%c'" : "expected '%c'", c);
        return ps_fail(ps, msg);
    }
    ps->p++;
    return true;
}

/* Peeks the next non-blank character (0 at the end). */
static char ps_peek(Parser *ps)
{
    ps_ws(ps);
    return ps->p < ps->end ? *ps->p : 0;
}

static int ps_hex4(const char *s)
{
    int v = 0;
    for (int i = 0; i < 4; i++) {
        char c = s[i];
        int d = c >= '0' && c <= '9' ? c - '0'
              : c >= 'a' && c <= 'f' ? c - 'a' + 10
              : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0) return -1;
        v = v * 16 + d;
    }
    return v;
}

static size_t utf8_put(char *o, uint32_t cp)
{
    if (cp < 0x80) { o[0] = (char)cp; return 1; }
    if (cp < 0x800) {
        o[0] = (char)(0xC0 | cp >> 6); o[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (char)(0xE0 | cp >> 12); o[1] = (char)(0x80 | (cp >> 6 & 0x3F));
        o[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (char)(0xF0 | cp >> 18); o[1] = (char)(0x80 | (cp >> 12 & 0x3F));
    o[2] = (char)(0x80 | (cp >> 6 & 0x3F)); o[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* A \uXXXX escape (with its low surrogate when it is a high one). */
static bool ps_unicode(Parser *ps, char *o, size_t *n)
{
    if (ps->end - ps->p < 5) return ps_fail(ps, "truncated \\u escape");
    int hi = ps_hex4(ps->p + 1);
    if (hi < 0) return ps_fail(ps, "bad \\u escape");
    ps->p += 5;
    uint32_t cp = (uint32_t)hi;
    if (hi >= 0xD800 && hi < 0xDC00) {
        int lo = ps->end - ps->p >= 6 && ps->p[0] == '\\' && ps->p[1] == 'u' ? ps_hex4(ps->p + 2) : -1;
        if (lo < 0xDC00 || lo >= 0xE000) return ps_fail(ps, "unpaired surrogate in \\u escape");
        cp = 0x10000 + (((uint32_t)hi - 0xD800) << 10) + ((uint32_t)lo - 0xDC00);
        ps->p += 6;
    } else if (hi >= 0xDC00 && hi < 0xE000) {
        return ps_fail(ps, "unpaired surrogate in \\u escape");
    }
    *n += utf8_put(o + *n, cp);
    return true;
}

/* A JSON string, unescaped into a malloc'ed buffer (escapes only shrink). */
static char *ps_string(Parser *ps)
{
    if (!ps_expect(ps, '"')) return NULL;
    char *o = malloc((size_t)(ps->end - ps->p) + 1);
    if (!o) { cx_error(ps->cx, ps->loc, "out of memory"); return NULL; }
    size_t n = 0;
    while (ps->p < ps->end && *ps->p != '"') {
        unsigned char c = (unsigned char)*ps->p;
        if (c < 0x20) { ps_fail(ps, "control character in string"); goto fail; }
        if (c != '\\') { o[n++] = (char)c; ps->p++; continue; }
        if (ps->end - ps->p < 2) { ps_fail(ps, "truncated escape"); goto fail; }
        char e = ps->p[1];
        const char *from = "\"\\/bfnrt", *to = "\"\\/\b\f\n\r\t";
        const char *hit = e ? strchr(from, e) : NULL;
        if (hit) { o[n++] = to[hit - from]; ps->p += 2; continue; }
        if (e != 'u') { ps_fail(ps, "bad escape"); goto fail; }
        ps->p++;
        if (!ps_unicode(ps, o, &n)) goto fail;
    }
    if (ps->p >= ps->end) { ps_fail(ps, "unterminated string"); goto fail; }
    ps->p++;
    o[n] = 0;
    return o;
fail:
    free(o);
    return NULL;
}

/* A non-negative integer (shapes and offsets allow nothing else). */
static bool ps_uint(Parser *ps, uint64_t *v)
{
    ps_ws(ps);
    if (ps->p >= ps->end || *ps->p < '0' || *ps->p > '9')
        return ps_fail(ps, "expected a non-negative integer");
    uint64_t x = 0;
    while (ps->p < ps->end && *ps->p >= '0' && *ps->p <= '9') {
        unsigned d = (unsigned)(*ps->p++ - '0');
        if (x > (UINT64_MAX - d) / 10) return ps_fail(ps, "integer too large");
        x = x * 10 + d;
    }
    if (ps->p < ps->end && (*ps->p == '.' || *ps->p == 'e' || *ps->p == 'E'))
        return ps_fail(ps, "expected an integer, not a fraction");
    *v = x;
    return true;
}

/* [a, b, ...] of non-negative integers, at most max of them. */
static bool ps_uint_array(Parser *ps, uint64_t *v, int max, int *n)
{
    if (!ps_expect(ps, '[')) return false;
    *n = 0;
    if (ps_peek(ps) == ']') { ps->p++; return true; }
    for (;;) {
        if (*n == max) return ps_fail(ps, "array too long");
        if (!ps_uint(ps, &v[(*n)++])) return false;
        char c = ps_peek(ps);
        if (c == ']') { ps->p++; return true; }
        if (!ps_expect(ps, ',')) return false;
    }
}

/* {"key": "value", ...} into f->meta. */
static bool ps_metadata(Parser *ps)
{
    SafeFile *f = ps->f;
    if (!ps_expect(ps, '{')) return false;
    if (ps_peek(ps) == '}') { ps->p++; return true; }
    for (;;) {
        char **m = realloc(f->meta, (size_t)(f->nmeta + 1) * 2 * sizeof *m);
        if (!m) { cx_error(ps->cx, ps->loc, "out of memory"); return false; }
        f->meta = m;
        m[2 * f->nmeta] = ps_string(ps);
        if (!m[2 * f->nmeta]) return false;
        m[2 * f->nmeta + 1] = NULL;
        f->nmeta++;
        if (!ps_expect(ps, ':')) return false;
        if (!(m[2 * f->nmeta - 1] = ps_string(ps))) return false;
        char c = ps_peek(ps);
        if (c == '}') { ps->p++; return true; }
        if (!ps_expect(ps, ',')) return false;
    }
}

/* One field of a tensor entry; seen[] records which were present. */
static bool ps_tensor_field(Parser *ps, SafeTensor *t, const char *key, bool seen[3])
{
    int which = strcmp(key, "dtype") == 0 ? 0 : strcmp(key, "shape") == 0 ? 1
              : strcmp(key, "data_offsets") == 0 ? 2 : -1;
    if (which < 0) {
        cx_error(ps->cx, ps->loc, "tensor '%s': unknown field \"%s\"", t->name, key);
        return false;
    }
    if (seen[which]) {
        cx_error(ps->cx, ps->loc, "tensor '%s': field \"%s\" given twice", t->name, key);
        return false;
    }
    seen[which] = true;
    if (which == 0) {
        char *s = ps_string(ps);
        if (!s) return false;
        int dt = st_dtype_lookup(s);
        if (dt < 0) cx_error(ps->cx, ps->loc, "tensor '%s': unknown dtype \"%s\"", t->name, s);
        free(s);
        t->dt = (StDType)dt;
        return dt >= 0;
    }
    uint64_t v[IR_MAX_RANK + 1];
    int n;
    if (!ps_uint_array(ps, v, which == 1 ? IR_MAX_RANK + 1 : 3, &n)) return false;
    if (which == 1) {
        if (n > IR_MAX_RANK) {
            cx_error(ps->cx, ps->loc, "tensor '%s': rank above %d", t->name, IR_MAX_RANK);
            return false;
        }
        t->rank = n;
        for (int i = 0; i < n; i++) t->shape[i] = (int64_t)(v[i] > INT64_MAX ? INT64_MAX : v[i]);
        return true;
    }
    if (n != 2) {
        cx_error(ps->cx, ps->loc, "tensor '%s': data_offsets needs 2 numbers, has %d", t->name, n);
        return false;
    }
    t->begin = v[0];
    t->end = v[1];
    return true;
}

static bool ps_tensor(Parser *ps, SafeTensor *t)
{
    bool seen[3] = {false, false, false};
    if (!ps_expect(ps, '{')) return false;
    if (ps_peek(ps) != '}') {
        for (;;) {
            char *key = ps_string(ps);
            if (!key) return false;
            bool ok = ps_expect(ps, ':') && ps_tensor_field(ps, t, key, seen);
            free(key);
            if (!ok) return false;
            if (ps_peek(ps) == '}') break;
            if (!ps_expect(ps, ',')) return false;
        }
    }
    ps->p++;
    static const char *names[3] = {"dtype", "shape", "data_offsets"};
    for (int i = 0; i < 3; i++) {
        if (seen[i]) continue;
        cx_error(ps->cx, ps->loc, "tensor '%s': missing field \"%s\"", t->name, names[i]);
        return false;
    }
    return true;
}

static bool ps_entry(Parser *ps)
{
    SafeFile *f = ps->f;
    char *key = ps_string(ps);
    if (!key) return false;
    if (!ps_expect(ps, ':')) { free(key); return false; }
    if (strcmp(key, "__metadata__") == 0) {
        free(key);
        return ps_metadata(ps);
    }
    if (rt_safetensors_find(f, key)) {
        cx_error(ps->cx, ps->loc, "tensor '%s': defined twice", key);
        free(key);
        return false;
    }
    SafeTensor *t = realloc(f->t, (size_t)(f->n + 1) * sizeof *t);
    if (!t) { free(key); cx_error(ps->cx, ps->loc, "out of memory"); return false; }
    f->t = t;
    memset(&t[f->n], 0, sizeof *t);
    t[f->n].name = key;
    return ps_tensor(ps, &t[f->n++]);
}

static bool ps_header(Parser *ps)
{
    if (!ps_expect(ps, '{')) return false;
    if (ps_peek(ps) != '}') {
        for (;;) {
            if (!ps_entry(ps)) return false;
            if (ps_peek(ps) == '}') break;
            if (!ps_expect(ps, ',')) return false;
        }
    }
    ps->p++;
    ps_ws(ps);
    if (ps->p != ps->end) return ps_fail(ps, "text after the JSON object");
    return true;
}

/* dtype x shape must be exactly the byte range, inside the data. */
static bool st_check_sizes(Parser *ps, uint64_t data_len)
{
    for (int i = 0; i < ps->f->n; i++) {
        SafeTensor *t = &ps->f->t[i];
        uint64_t bytes = st_dtype_size(t->dt);
        for (int d = 0; d < t->rank; d++) {
            uint64_t s = (uint64_t)t->shape[d];
            if (s && bytes > UINT64_MAX / s) {
                cx_error(ps->cx, ps->loc, "tensor '%s': shape too large", t->name);
                return false;
            }
            bytes *= s;
        }
        if (t->begin > t->end || t->end > data_len) {
            cx_error(ps->cx, ps->loc,
                     "tensor '%s': data_offsets [%llu, %llu] outside the %llu bytes of data"
                     " (file truncated?)", t->name, (unsigned long long)t->begin,
                     (unsigned long long)t->end, (unsigned long long)data_len);
            return false;
        }
        if (t->end - t->begin != bytes) {
            cx_error(ps->cx, ps->loc, "tensor '%s': %s of %d dims needs %llu bytes, data_offsets give %llu",
                     t->name, st_dtype_name(t->dt), t->rank, (unsigned long long)bytes,
                     (unsigned long long)(t->end - t->begin));
            return false;
        }
    }
    return true;
}

static int st_cmp_range(const void *a, const void *b)
{
    const SafeTensor *x = *(const SafeTensor *const *)a, *y = *(const SafeTensor *const *)b;
    if (x->begin != y->begin) return x->begin < y->begin ? -1 : 1;
    if (x->end != y->end) return x->end < y->end ? -1 : 1;
    return 0;
}

/* Sorted by offset, each tensor starts where the previous ended, and the
 * last ends at the end of the file. */
static bool st_check_cover(Parser *ps, uint64_t data_len)
{
    SafeFile *f = ps->f;
    const SafeTensor **s = malloc((f->n > 0 ? (size_t)f->n : 1) * sizeof *s);
    if (!s) { cx_error(ps->cx, ps->loc, "out of memory"); return false; }
    for (int i = 0; i < f->n; i++) s[i] = &f->t[i];
    qsort(s, (size_t)f->n, sizeof *s, st_cmp_range);
    uint64_t at = 0;
    bool ok = true;
    for (int i = 0; i < f->n && ok; i++) {
        if (s[i]->begin < at) {
            cx_error(ps->cx, ps->loc, "tensor '%s': data overlaps tensor '%s'", s[i]->name, s[i - 1]->name);
            ok = false;
        } else if (s[i]->begin > at) {
            cx_error(ps->cx, ps->loc, "tensor '%s': %llu bytes of unused data before it",
                     s[i]->name, (unsigned long long)(s[i]->begin - at));
            ok = false;
        }
        at = s[i]->end;
    }
    if (ok && at != data_len) {
        cx_error(ps->cx, ps->loc, "%llu bytes of data after the last tensor",
                 (unsigned long long)(data_len - at));
        ok = false;
    }
    free(s);
    return ok;
}

bool rt_safetensors_parse(Ctx *cx, const char *path, uint8_t *buf, size_t len, SafeFile *f)
{
    memset(f, 0, sizeof *f);
    f->buf = buf;
    f->len = len;
    f->path = strdup(path);
    SrcLoc loc = {cx_file(cx, path, NULL, 0), 0, 0};
    if (!f->path) { cx_error(cx, loc, "out of memory"); goto fail; }
    if (len < 8) {
        cx_error(cx, loc, "%zu bytes: too short for a safetensors header", len);
        goto fail;
    }
    uint64_t hlen = 0;
    for (int i = 7; i >= 0; i--) hlen = hlen << 8 | buf[i];
    if (hlen > ST_MAX_HEADER || hlen > len - 8) {
        cx_error(cx, loc, "header length %llu does not fit in the file of %zu bytes (truncated or not safetensors?)",
                 (unsigned long long)hlen, len);
        goto fail;
    }
    Parser ps = {cx, loc, (const char *)buf + 8, (const char *)buf + 8, (const char *)buf + 8 + hlen, f};
    uint64_t data_len = len - 8 - hlen;
    if (!ps_header(&ps) || !st_check_sizes(&ps, data_len) || !st_check_cover(&ps, data_len))
        goto fail;
    for (int i = 0; i < f->n; i++) f->t[i].data = buf + 8 + hlen + f->t[i].begin;
    return true;
fail:
    rt_safetensors_free(f);
    return false;
}

bool rt_safetensors_read(Ctx *cx, const char *path, SafeFile *f)
{
    uint8_t *buf;
    size_t len;
    char err[256];
    memset(f, 0, sizeof *f);
    if (!rt_file_read(path, &buf, &len, err, sizeof err)) {
        cx_error(cx, (SrcLoc){cx_file(cx, path, NULL, 0), 0, 0}, "%s", err);
        return false;
    }
    return rt_safetensors_parse(cx, path, buf, len, f);
}

void rt_safetensors_free(SafeFile *f)
{
    for (int i = 0; i < f->n; i++) free(f->t[i].name);
    for (int i = 0; i < 2 * f->nmeta; i++) free(f->meta[i]);
    free(f->t);
    free(f->meta);
    free(f->buf);
    free(f->path);
    memset(f, 0, sizeof *f);
}

const SafeTensor *rt_safetensors_find(const SafeFile *f, const char *name)
{
    for (int i = 0; i < f->n; i++)
        if (strcmp(f->t[i].name, name) == 0) return &f->t[i];
    return NULL;
}

const char *rt_safetensors_meta(const SafeFile *f, const char *key)
{
    for (int i = 0; i < f->nmeta; i++)
        if (strcmp(f->meta[2 * i], key) == 0) return f->meta[2 * i + 1];
    return NULL;
}

static void st_shape_str(char *buf, size_t n, int rank, const int64_t *shape)
{
    size_t at = (size_t)snprintf(buf, n, "[");
    for (int i = 0; i < rank && at < n; i++)
        at += (size_t)snprintf(buf + at, n - at, i ? ",%lld" : "%lld", (long long)shape[i]);
    if (at < n) snprintf(buf + at, n - at, "]");
}

const SafeTensor *rt_safetensors_expect(Ctx *cx, const SafeFile *f, const char *name,
                                        StDType dt, int rank, const int64_t *shape)
{
    SrcLoc loc = {cx_file(cx, f->path, NULL, 0), 0, 0};
    const SafeTensor *t = rt_safetensors_find(f, name);
    if (!t) {
        cx_error(cx, loc, "tensor '%s': missing from the checkpoint", name);
        return NULL;
    }
    bool same = t->dt == dt && t->rank == rank;
    for (int i = 0; same && i < rank; i++) same = t->shape[i] == shape[i];
    if (same) return t;
    char want[160], have[160];
    st_shape_str(want, sizeof want, rank, shape);
    st_shape_str(have, sizeof have, t->rank, t->shape);
    cx_error(cx, loc, "tensor '%s': expected %s%s, the checkpoint has %s%s", name,
             st_dtype_name(dt), want, st_dtype_name(t->dt), have);
    return NULL;
}

/* ---------------------------------------------------------------- writer */

/* A growable text buffer for the header. */
typedef struct Buf {
    char *p;
    size_t n, cap;
    bool oom;
} Buf;

static void buf_put(Buf *b, const char *s, size_t n)
{
    if (b->oom) return;
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->n + n + 1) cap *= 2;
        char *p = realloc(b->p, cap);
        if (!p) { b->oom = true; return; }
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = 0;
}

static void buf_str(Buf *b, const char *s) { buf_put(b, s, strlen(s)); }

static void buf_json_string(Buf *b, const char *s)
{
    buf_put(b, "\"", 1);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        char esc[8];
        if (c == '"' || c == '\\') { esc[0] = '\\'; esc[1] = (char)c; buf_put(b, esc, 2); }
        else if (c < 0x20) { snprintf(esc, sizeof esc, "\\u%04x", c); buf_str(b, esc); }
        else buf_put(b, (const char *)&c, 1);
    }
    buf_put(b, "\"", 1);
}

static uint64_t st_in_bytes(const SafeTensorIn *t)
{
    uint64_t n = st_dtype_size(t->dt);
    for (int d = 0; d < t->rank; d++) n *= (uint64_t)t->shape[d];
    return n;
}

static void st_header_tensor(Buf *b, const SafeTensorIn *t, uint64_t at)
{
    char num[64];
    buf_json_string(b, t->name);
    buf_str(b, ":{\"dtype\":\"");
    buf_str(b, st_dtype_name(t->dt));
    buf_str(b, "\",\"shape\":[");
    for (int d = 0; d < t->rank; d++) {
        snprintf(num, sizeof num, d ? ",%lld" : "%lld", (long long)t->shape[d]);
        buf_str(b, num);
    }
    snprintf(num, sizeof num, "],\"data_offsets\":[%llu,%llu]}", (unsigned long long)at,
             (unsigned long long)(at + st_in_bytes(t)));
    buf_str(b, num);
}

static void st_header(Buf *b, const SafeTensorIn *t, int n, const char *const *meta, int nmeta)
{
    buf_str(b, "{");
    if (nmeta > 0) {
        buf_str(b, "\"__metadata__\":{");
        for (int i = 0; i < nmeta; i++) {
            if (i) buf_str(b, ",");
            buf_json_string(b, meta[2 * i]);
            buf_str(b, ":");
            buf_json_string(b, meta[2 * i + 1]);
        }
        buf_str(b, n ? "}," : "}");
    }
    uint64_t at = 0;
    for (int i = 0; i < n; i++) {
        if (i) buf_str(b, ",");
        st_header_tensor(b, &t[i], at);
        at += st_in_bytes(&t[i]);
    }
    buf_str(b, "}");
    while (b->n % 8) buf_str(b, " "); /* data 8-byte aligned (8 + N) */
}

static bool st_check_inputs(Ctx *cx, SrcLoc loc, const SafeTensorIn *t, int n)
{
    for (int i = 0; i < n; i++) {
        IR_ASSERT(t[i].dt < ST_COUNT && t[i].rank >= 0 && t[i].rank <= IR_MAX_RANK);
        bool bad = !t[i].name[0] || strcmp(t[i].name, "__metadata__") == 0;
        for (int j = 0; j < i && !bad; j++) bad = strcmp(t[i].name, t[j].name) == 0;
        if (bad) {
            cx_error(cx, loc, "tensor '%s': empty, reserved or duplicate name", t[i].name);
            return false;
        }
    }
    return true;
}

static bool st_write_all(int fd, const void *p, size_t n)
{
    const uint8_t *b = p;
    while (n) {
        ssize_t w = write(fd, b, n);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) return false;
        b += w;
        n -= (size_t)w;
    }
    return true;
}

static bool st_write_fd(int fd, const Buf *hdr, const SafeTensorIn *t, int n)
{
    uint8_t len8[8];
    for (int i = 0; i < 8; i++) len8[i] = (uint8_t)((uint64_t)hdr->n >> (8 * i));
    if (!st_write_all(fd, len8, 8) || !st_write_all(fd, hdr->p, hdr->n)) return false;
    for (int i = 0; i < n; i++)
        if (!st_write_all(fd, t[i].data, (size_t)st_in_bytes(&t[i]))) return false;
    return fsync(fd) == 0;
}

/* fsync of the folder makes the rename itself durable. */
static void st_sync_dir(const char *path)
{
    char dir[4096];
    snprintf(dir, sizeof dir, "%s", path);
    char *slash = strrchr(dir, '/');
    if (slash) *(slash == dir ? slash + 1 : slash) = 0;
    else snprintf(dir, sizeof dir, ".");
    int fd = open(dir, O_RDONLY | O_DIRECTORY);
    if (fd < 0) return;
    (void)fsync(fd); /* some filesystems refuse: the data itself is synced */
    close(fd);
}

bool rt_safetensors_write(Ctx *cx, const char *path, const SafeTensorIn *t, int n,
                          const char *const *meta, int nmeta)
{
    SrcLoc loc = {cx_file(cx, path, NULL, 0), 0, 0};
    if (!st_check_inputs(cx, loc, t, n)) return false;
    Buf hdr = {0};
    st_header(&hdr, t, n, meta, nmeta);
    if (hdr.oom) { free(hdr.p); cx_error(cx, loc, "out of memory"); return false; }
    char tmp[4096];
    if ((size_t)snprintf(tmp, sizeof tmp, "%s.tmp", path) >= sizeof tmp) {
        free(hdr.p);
        cx_error(cx, loc, "path too long");
        return false;
    }
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    bool ok = fd >= 0 && st_write_fd(fd, &hdr, t, n);
    int err = errno;
    if (fd >= 0 && close(fd) != 0 && ok) { ok = false; err = errno; }
    free(hdr.p);
    if (ok && rename(tmp, path) != 0) { ok = false; err = errno; }
    if (!ok) {
        if (fd >= 0) unlink(tmp);
        cx_error(cx, loc, "cannot write checkpoint: %s", strerror(err));
        return false;
    }
    st_sync_dir(path);
    return true;
}
