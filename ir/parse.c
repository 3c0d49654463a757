/* parse.c — reads the text form that print.c writes (grammar in docs/ir.md).
 *
 * Expects any bytes at all: the input may be hand-written, truncated or
 * fuzzed, so the lexer works on (text, len) and never on NUL termination,
 * integers are overflow-checked and nothing recurses.  Produces a graph
 * built through ir_add, so every node passes the same checks and shape
 * inference as nodes the frontend builds; the type written after ':' must
 * equal the inferred one.  Ids in the text are names: they are mapped to
 * the new graph's dense ids.  The first error is reported as
 * `path:line:col: error: ...` (the text is registered with the context, so
 * the diagnostic shows the line and a caret) and parsing stops.  The `@`
 * location of a node becomes its SrcLoc; errors point into the .pir. */
#include "ir/ir.h"

#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef enum TokKind {
    TK_EOF, TK_NL, TK_VAL, TK_IDENT, TK_NUM, TK_STR,
    TK_EQ, TK_COMMA, TK_COLON, TK_LBRACK, TK_RBRACK, TK_AT,
} TokKind;

typedef struct Tok {
    TokKind kind;
    const char *p; /* the token's text, not NUL-terminated */
    size_t len;
    SrcLoc loc;
} Tok;

/* The lexer is a small value so that a list can be skipped and re-read
 * later (const data is typed by the annotation that follows it). */
typedef struct Lexer {
    Ctx *cx;
    const char *src;
    size_t len, pos;
    uint32_t file, line;
    size_t bol; /* offset of the current line's first byte */
    Tok tok;    /* the current token */
} Lexer;

typedef struct IdSlot {
    uint32_t key; /* the id in the text; 0 = empty slot */
    NodeId id;
    uint32_t line;
} IdSlot;

typedef struct IdMap {
    IdSlot *slots;
    uint32_t cap, n;
} IdMap;

typedef struct Parser {
    Ctx *cx;
    Lexer lx;
    Graph *g;
    Arena tmp; /* unescaped strings and const data until ir_add copies them */
    IdMap ids;
} Parser;

/* One node while it is being read. */
typedef struct NodeText {
    uint32_t key;
    Op op;
    SrcLoc oploc, typeloc, dataloc;
    NodeId *in; /* in the temporary arena */
    uint32_t nin, cap;
    Attrs a;
    bool seen[16]; /* attribute i of the op's spec string was given */
    bool has_data;
    Lexer data; /* lexer positioned at the data list's '[' */
    Type type;
    SrcLoc at;
} NodeText;

static bool __attribute__((format(printf, 3, 4))) lx_error(Lexer *lx, SrcLoc loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    cx_verror(lx->cx, loc, fmt, ap);
    va_end(ap);
    return false;
}

/* ---------------------------------------------------------------- lexer */

static SrcLoc lx_loc(const Lexer *lx, size_t pos)
{
    return (SrcLoc){lx->file, lx->line, (uint32_t)(pos - lx->bol + 1)};
}

static bool is_ident_start(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
static bool is_digit(int c) { return c >= '0' && c <= '9'; }
static bool is_ident(int c) { return is_ident_start(c) || is_digit(c); }
static bool is_numchar(int c) { return is_ident(c) || c == '.' || c == '+' || c == '-'; }

/* Writes a token's text for a message: at most 24 bytes, unprintable bytes
 * as \xNN. */
static const char *tok_text(const Tok *t, char *buf, size_t n)
{
    if (t->kind == TK_EOF) return "end of file";
    if (t->kind == TK_NL) return "end of line";
    size_t o = 0;
    buf[o++] = '\'';
    for (size_t i = 0; i < t->len && o + 8 < n; i++) {
        unsigned char c = (unsigned char)t->p[i];
        if (i == 24) {
            o += (size_t)snprintf(buf + o, n - o, "...");
            break;
        }
        if (c < 0x20 || c >= 0x7f)
            o += (size_t)snprintf(buf + o, n - o, "\\x%02x", c);
        else
            buf[o++] = (char)c;
    }
    buf[o++] = '\'';
    buf[o] = 0;
    return buf;
}

static void lx_skip_blank(Lexer *lx)
{
    while (lx->pos < lx->len) {
        char c = lx->src[lx->pos];
        if (c == ' ' || c == '\t' || c == '\r') {
            lx->pos++;
        } else if (c == '#') {
            while (lx->pos < lx->len && lx->src[lx->pos] != '\n') lx->pos++;
        } else {
            break;
        }
    }
}

/* A string token runs to the closing quote on the same line; escapes are
 * checked when it is unescaped. */
static bool lx_string(Lexer *lx, size_t start)
{
    size_t i = start + 1;
    while (i < lx->len && lx->src[i] != '"' && lx->src[i] != '\n')
        i += lx->src[i] == '\\' && i + 1 < lx->len && lx->src[i + 1] != '\n' ? 2 : 1;
    if (i >= lx->len || lx->src[i] != '"') return lx_error(lx, lx_loc(lx, start), "unterminated string");
    lx->tok.kind = TK_STR;
    lx->pos = i + 1;
    return true;
}

static bool lx_punct(Lexer *lx, char c)
{
    static const char punct[] = "=,:[]@";
    static const TokKind kinds[] = {TK_EQ, TK_COMMA, TK_COLON, TK_LBRACK, TK_RBRACK, TK_AT};
    const char *q = c ? strchr(punct, c) : NULL;
    if (!q) {
        unsigned char u = (unsigned char)c;
        if (u > 0x20 && u < 0x7f)
            return lx_error(lx, lx->tok.loc, "unexpected character '%c'", c);
        return lx_error(lx, lx->tok.loc, "unexpected byte 0x%02x", u);
    }
    lx->tok.kind = kinds[q - punct];
    lx->pos++;
    return true;
}

static bool lx_next(Lexer *lx)
{
    if (lx->tok.kind == TK_NL) {
        lx->line++;
        lx->bol = lx->pos;
    }
    lx_skip_blank(lx);
    size_t s = lx->pos;
    lx->tok = (Tok){TK_EOF, lx->src + s, 0, lx_loc(lx, s)};
    bool ok = true;
    if (s >= lx->len) return true;
    char c = lx->src[s];
    if (c == '\n') {
        lx->tok.kind = TK_NL;
        lx->pos++;
    } else if (c == '%') {
        lx->tok.kind = TK_VAL;
        for (lx->pos++; lx->pos < lx->len && is_ident(lx->src[lx->pos]);) lx->pos++;
    } else if (is_ident_start(c)) {
        lx->tok.kind = TK_IDENT;
        while (lx->pos < lx->len && is_ident(lx->src[lx->pos])) lx->pos++;
    } else if (is_digit(c) || c == '-' || c == '+' || c == '.') {
        lx->tok.kind = TK_NUM;
        while (lx->pos < lx->len && is_numchar(lx->src[lx->pos])) lx->pos++;
    } else if (c == '"') {
        ok = lx_string(lx, s);
    } else {
        ok = lx_punct(lx, c);
    }
    lx->tok.len = lx->pos - s;
    return ok;
}

/* The path after '@' is either a string or a run of bytes that are not
 * blank, '#', '"' or ':' (print.c quotes any other path). */
static bool lx_path(Lexer *lx)
{
    lx_skip_blank(lx);
    size_t s = lx->pos;
    lx->tok = (Tok){TK_STR, lx->src + s, 0, lx_loc(lx, s)};
    if (s < lx->len && lx->src[s] == '"') {
        if (!lx_string(lx, s)) return false;
        lx->tok.len = lx->pos - s;
        return true;
    }
    while (lx->pos < lx->len) {
        unsigned char c = (unsigned char)lx->src[lx->pos];
        if (c <= ' ' || c == 0x7f || c == '#' || c == '"' || c == ':') break;
        lx->pos++;
    }
    lx->tok.kind = TK_IDENT; /* a bare path: its bytes are the path */
    lx->tok.len = lx->pos - s;
    if (!lx->tok.len) return lx_error(lx, lx->tok.loc, "expected a source path after '@'");
    return true;
}

static bool lx_expect(Lexer *lx, TokKind k, const char *what)
{
    char buf[96];
    if (lx->tok.kind != k)
        return lx_error(lx, lx->tok.loc, "expected %s, found %s", what, tok_text(&lx->tok, buf, sizeof buf));
    return lx_next(lx);
}

/* ---------------------------------------------------------------- numbers */

static bool tok_is(const Tok *t, const char *s)
{
    return t->len == strlen(s) && memcmp(t->p, s, t->len) == 0;
}

/* Decimal digits p[0..n) into *out, refusing overflow past max. */
static bool digits_u64(const char *p, size_t n, uint64_t max, uint64_t *out)
{
    uint64_t v = 0;
    if (!n) return false;
    for (size_t i = 0; i < n; i++) {
        if (!is_digit(p[i])) return false;
        unsigned d = (unsigned)(p[i] - '0');
        if (v > (max - d) / 10) return false;
        v = v * 10 + d;
    }
    *out = v;
    return true;
}

static bool parse_int(Lexer *lx, int64_t *out)
{
    const Tok *t = &lx->tok;
    char buf[96];
    if (t->kind != TK_NUM) return lx_error(lx, t->loc, "expected an integer, found %s", tok_text(t, buf, sizeof buf));
    bool neg = t->p[0] == '-';
    size_t skip = neg || t->p[0] == '+';
    uint64_t u;
    for (size_t i = skip; i <= t->len; i++)
        if (t->len == skip || (i < t->len && !is_digit(t->p[i])))
            return lx_error(lx, t->loc, "expected an integer, found %s", tok_text(t, buf, sizeof buf));
    if (!digits_u64(t->p + skip, t->len - skip, (uint64_t)INT64_MAX + neg, &u))
        return lx_error(lx, t->loc, "integer %s out of range", tok_text(t, buf, sizeof buf));
    *out = neg ? (int64_t)(0 - u) : (int64_t)u;
    return lx_next(lx);
}

/* Whether p[0..n) is [+-]? (D+ (. D*)? | . D+) ([eE] [+-]? D+)? exactly. */
static bool real_syntax(const char *p, size_t n)
{
    size_t i = 0, d = 0;
    if (i < n && (p[i] == '-' || p[i] == '+')) i++;
    while (i < n && is_digit(p[i])) i++, d++;
    if (i < n && p[i] == '.')
        for (i++; i < n && is_digit(p[i]);) i++, d++;
    if (!d) return false;
    if (i < n && (p[i] == 'e' || p[i] == 'E')) {
        size_t e = 0;
        if (++i < n && (p[i] == '-' || p[i] == '+')) i++;
        while (i < n && is_digit(p[i])) i++, e++;
        if (!e) return false;
    }
    return i == n;
}

/* A real number: decimal, or inf / nan with an optional sign. */
static bool parse_real(Lexer *lx, double *out)
{
    const Tok *t = &lx->tok;
    char buf[420];
    if (t->kind != TK_NUM && t->kind != TK_IDENT)
        return lx_error(lx, t->loc, "expected a number, found %s", tok_text(t, buf, sizeof buf));
    size_t sign = t->len && (t->p[0] == '-' || t->p[0] == '+');
    Tok rest = {t->kind, t->p + sign, t->len - sign, t->loc};
    double s = sign && t->p[0] == '-' ? -1.0 : 1.0;
    if (tok_is(&rest, "inf") || tok_is(&rest, "nan")) {
        *out = rest.p[0] == 'i' ? s * INFINITY : NAN;
        return lx_next(lx);
    }
    if (t->kind != TK_NUM || !real_syntax(t->p, t->len))
        return lx_error(lx, t->loc, "malformed number %s", tok_text(t, buf, sizeof buf));
    if (t->len >= sizeof buf) return lx_error(lx, t->loc, "number too long");
    memcpy(buf, t->p, t->len);
    buf[t->len] = 0;
    errno = 0;
    *out = strtod(buf, NULL);
    if (errno == ERANGE && isinf(*out)) return lx_error(lx, t->loc, "number %s out of range", tok_text(t, buf, sizeof buf));
    return lx_next(lx);
}

/* ---------------------------------------------------------------- id map */

static uint32_t id_hash(uint32_t key, uint32_t cap) { return (key * 2654435761u) & (cap - 1); }

static IdSlot *id_find(IdMap *m, uint32_t key)
{
    if (!m->cap) return NULL;
    for (uint32_t h = id_hash(key, m->cap);; h = (h + 1) & (m->cap - 1)) {
        if (m->slots[h].key == key) return &m->slots[h];
        if (!m->slots[h].key) return NULL;
    }
}

static bool id_grow(Ctx *cx, IdMap *m)
{
    uint32_t cap = m->cap ? m->cap * 2 : 64;
    IdSlot *s = cx_alloc(cx, cap * sizeof *s);
    if (!s) return false;
    for (uint32_t i = 0; i < m->cap; i++) {
        if (!m->slots[i].key) continue;
        uint32_t h = id_hash(m->slots[i].key, cap);
        while (s[h].key) h = (h + 1) & (cap - 1);
        s[h] = m->slots[i];
    }
    cx_free(cx, m->slots);
    m->slots = s;
    m->cap = cap;
    return true;
}

static bool id_put(Ctx *cx, IdMap *m, uint32_t key, NodeId id, uint32_t line)
{
    if (2 * (m->n + 1) > m->cap && !id_grow(cx, m)) return false;
    uint32_t h = id_hash(key, m->cap);
    while (m->slots[h].key) h = (h + 1) & (m->cap - 1);
    m->slots[h] = (IdSlot){key, id, line};
    m->n++;
    return true;
}

/* The line after the current one where `%key =` starts a line, or 0: tells
 * "used before its definition" from "undefined". */
static uint32_t later_def_line(const Lexer *lx, uint32_t key)
{
    uint32_t line = lx->line;
    for (size_t i = lx->pos; i < lx->len; i++) {
        if (lx->src[i] != '\n') continue;
        line++;
        size_t j = i + 1;
        while (j < lx->len && (lx->src[j] == ' ' || lx->src[j] == '\t')) j++;
        if (j >= lx->len || lx->src[j] != '%') continue;
        size_t k = ++j;
        while (k < lx->len && is_digit(lx->src[k])) k++;
        uint64_t v;
        if (!digits_u64(lx->src + j, k - j, UINT32_MAX, &v) || v != key) continue;
        while (k < lx->len && (lx->src[k] == ' ' || lx->src[k] == '\t')) k++;
        if (k < lx->len && lx->src[k] == '=') return line;
    }
    return 0;
}

static bool val_key(Lexer *lx, uint32_t *key)
{
    const Tok *t = &lx->tok;
    char buf[96];
    uint64_t v;
    if (!digits_u64(t->p + 1, t->len - 1, UINT32_MAX, &v) || v == 0)
        return lx_error(lx, t->loc, "invalid value id %s (ids are %%1, %%2, ...)", tok_text(t, buf, sizeof buf));
    *key = (uint32_t)v;
    return true;
}

static bool parse_use(Parser *ps, NodeId *out)
{
    Lexer *lx = &ps->lx;
    uint32_t key, later;
    if (!val_key(lx, &key)) return false;
    IdSlot *s = id_find(&ps->ids, key);
    if (!s && (later = later_def_line(lx, key)))
        return lx_error(lx, lx->tok.loc, "%%%" PRIu32 " is used before its definition on line %" PRIu32, key, later);
    if (!s) return lx_error(lx, lx->tok.loc, "undefined value %%%" PRIu32, key);
    *out = s->id;
    return lx_next(lx);
}

/* ---------------------------------------------------------------- values */

static int hex_digit(char c)
{
    if (is_digit(c)) return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Unescapes a string token into the temporary arena. */
static bool parse_string(Parser *ps, const char **out)
{
    Lexer *lx = &ps->lx;
    const Tok *t = &lx->tok;
    char buf[96];
    if (t->kind != TK_STR) return lx_error(lx, t->loc, "expected a string, found %s", tok_text(t, buf, sizeof buf));
    char *s = arena_alloc(&ps->tmp, t->len);
    if (!s) return false;
    size_t o = 0;
    for (size_t i = 1; i + 1 < t->len; i++) {
        char c = t->p[i];
        SrcLoc at = {t->loc.file, t->loc.line, t->loc.col + (uint32_t)i};
        if (c == 0) return lx_error(lx, at, "NUL byte in string");
        if (c != '\\') {
            s[o++] = c;
            continue;
        }
        char e = t->p[++i];
        int h1, h2;
        if (e == 'n' || e == 't' || e == 'r' || e == '"' || e == '\\') {
            s[o++] = e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e;
        } else if (e == 'x' && i + 3 < t->len && (h1 = hex_digit(t->p[i + 1])) >= 0 &&
                   (h2 = hex_digit(t->p[i + 2])) >= 0 && (h1 | h2)) {
            s[o++] = (char)(h1 * 16 + h2);
            i += 2;
        } else {
            return lx_error(lx, at, "invalid escape in string");
        }
    }
    s[o] = 0;
    *out = s;
    return lx_next(lx);
}

/* [v, v, ...] with each element read by fn; at most max elements. */
typedef bool (*ElemFn)(Parser *ps, void *ctx, int32_t i);

static bool parse_list(Parser *ps, int32_t max, ElemFn fn, void *ctx)
{
    Lexer *lx = &ps->lx;
    if (!lx_expect(lx, TK_LBRACK, "'['")) return false;
    for (int32_t i = 0; lx->tok.kind != TK_RBRACK; i++) {
        if (i && !lx_expect(lx, TK_COMMA, "',' or ']'")) return false;
        if (i == max) return lx_error(lx, lx->tok.loc, "list has more than %d elements", (int)max);
        if (!fn(ps, ctx, i)) return false;
    }
    return lx_next(lx);
}

static bool intlist_elem(Parser *ps, void *ctx, int32_t i)
{
    IntList *l = ctx;
    l->n = i + 1;
    return parse_int(&ps->lx, &l->v[i]);
}

static bool tag_elem(Parser *ps, void *ctx, int32_t i)
{
    Lexer *lx = &ps->lx;
    uint32_t *tags = ctx, bit = 0;
    char buf[96];
    if (lx->tok.kind == TK_IDENT) bit = ir_tag_lookup(lx->tok.p, lx->tok.len);
    if (!bit) return lx_error(lx, lx->tok.loc, "unknown tag %s", tok_text(&lx->tok, buf, sizeof buf));
    if (*tags & bit) return lx_error(lx, lx->tok.loc, "duplicate tag %s", tok_text(&lx->tok, buf, sizeof buf));
    *tags |= bit;
    return lx_next(lx);
}

/* First pass over const data: checks the list's shape and counts it; the
 * values are read once the annotated dtype is known. */
static bool skip_elem(Parser *ps, void *ctx, int32_t i)
{
    Lexer *lx = &ps->lx;
    char buf[96];
    if (lx->tok.kind != TK_NUM && lx->tok.kind != TK_IDENT)
        return lx_error(lx, lx->tok.loc, "expected a number, found %s", tok_text(&lx->tok, buf, sizeof buf));
    ++*(int64_t *)ctx;
    return lx_next(lx);
}

static bool parse_attr_value(Parser *ps, NodeText *nt, const AttrInfo *ai)
{
    char *field = (char *)&nt->a + ai->offset;
    int64_t count = 0;
    switch (ai->type) {
    case AT_INT: return parse_int(&ps->lx, (int64_t *)field);
    case AT_FLOAT: return parse_real(&ps->lx, (double *)field);
    case AT_INTLIST: return parse_list(ps, IR_MAX_RANK, intlist_elem, field);
    case AT_STRING:
        /* An absent string prints as "", so "" reads back as absent. */
        if (!parse_string(ps, (const char **)field)) return false;
        if (!**(const char **)field) *(const char **)field = NULL;
        return true;
    case AT_TAGS: return parse_list(ps, 32, tag_elem, field);
    case AT_DATA:
        nt->has_data = true;
        nt->data = ps->lx;
        nt->dataloc = ps->lx.tok.loc;
        return parse_list(ps, INT32_MAX, skip_elem, &count);
    }
    return false;
}

/* Index of name in the op's spec string, or -1. */
static int attr_index(Op op, const char *name, size_t len)
{
    const char *s = ir_ops[op].attrs;
    for (int i = 0; *s; i++) {
        while (*s == ' ') s++;
        size_t n = strcspn(s, " ");
        if (!n) break;
        if (n == len && memcmp(s, name, len) == 0) return i;
        s += n;
    }
    return -1;
}

static bool parse_attr(Parser *ps, NodeText *nt)
{
    Lexer *lx = &ps->lx;
    Tok name = lx->tok;
    char buf[96];
    const AttrInfo *ai = ir_attr_lookup(name.p, name.len);
    if (!ai) return lx_error(lx, name.loc, "unknown attribute %s", tok_text(&name, buf, sizeof buf));
    int idx = attr_index(nt->op, name.p, name.len);
    if (idx < 0)
        return lx_error(lx, name.loc, "'%s' takes no attribute %s", ir_ops[nt->op].name, tok_text(&name, buf, sizeof buf));
    IR_ASSERT(idx < 16);
    if (nt->seen[idx]) return lx_error(lx, name.loc, "duplicate attribute %s", tok_text(&name, buf, sizeof buf));
    nt->seen[idx] = true;
    if (!lx_next(lx) || !lx_expect(lx, TK_EQ, "'=' after the attribute name")) return false;
    return parse_attr_value(ps, nt, ai);
}

/* ---------------------------------------------------------------- types */

static bool dim_elem(Parser *ps, void *ctx, int32_t i)
{
    Type *t = ctx;
    SrcLoc at = ps->lx.tok.loc;
    int64_t d;
    if (!parse_int(&ps->lx, &d)) return false;
    if (d < 0) return lx_error(&ps->lx, at, "negative dimension %" PRId64, d);
    int64_t numel = shape_numel(&t->shape); /* of the dims so far */
    if (d && numel > ((int64_t)1 << 48) / d) return lx_error(&ps->lx, at, "shape has too many elements");
    t->shape.rank = i + 1;
    t->shape.dim[i] = d;
    return true;
}

static bool parse_type(Parser *ps, Type *t)
{
    Lexer *lx = &ps->lx;
    char buf[96];
    if (lx->tok.kind != TK_IDENT)
        return lx_error(lx, lx->tok.loc, "expected a type such as f32[2,3], found %s", tok_text(&lx->tok, buf, sizeof buf));
    t->dt = dt_lookup(lx->tok.p, lx->tok.len);
    if (t->dt == DT_NONE) return lx_error(lx, lx->tok.loc, "unknown dtype %s", tok_text(&lx->tok, buf, sizeof buf));
    t->shape.rank = 0;
    if (!lx_next(lx)) return false;
    return parse_list(ps, IR_MAX_RANK, dim_elem, t);
}

/* ---------------------------------------------------------------- data */

static bool data_value(Parser *ps, DType dt, void *data, int64_t i)
{
    Lexer *lx = &ps->lx;
    SrcLoc at = lx->tok.loc;
    if (dt_is_float(dt)) {
        double v;
        if (!parse_real(lx, &v)) return false;
        ir_data_set(dt, data, i, v);
        if (isfinite(v) && !isfinite(ir_data_get(dt, data, i)))
            return lx_error(lx, at, "value out of range for %s", dt_name(dt));
        return true;
    }
    int64_t v;
    if (!parse_int(lx, &v)) return false;
    if (dt == DT_I64) {
        ((int64_t *)data)[i] = v;
    } else if (dt == DT_I32 && v >= INT32_MIN && v <= INT32_MAX) {
        ((int32_t *)data)[i] = (int32_t)v;
    } else if (dt == DT_BOOL && (v == 0 || v == 1)) {
        ((uint8_t *)data)[i] = (uint8_t)v;
    } else {
        return lx_error(lx, at, "value %" PRId64 " out of range for %s", v, dt_name(dt));
    }
    return true;
}

/* Re-reads the data list skipped earlier, now that the dtype is known. */
static bool parse_data(Parser *ps, NodeText *nt)
{
    Lexer after = ps->lx, *lx = &ps->lx;
    int64_t numel = shape_numel(&nt->type.shape), count = 0;
    *lx = nt->data;
    bool ok = parse_list(ps, INT32_MAX, skip_elem, &count);
    IR_ASSERT(ok); /* the first pass accepted the same bytes */
    if (count != numel) {
        char tb[160];
        return lx_error(lx, nt->dataloc, "const data has %" PRId64 " values but %s has %" PRId64 " elements", count,
                        type_str(&nt->type, tb, sizeof tb), numel);
    }
    void *data = arena_alloc(&ps->tmp, (size_t)(numel ? numel : 1) * dt_size(nt->type.dt));
    if (!data) return false;
    *lx = nt->data;
    ok = lx_next(lx); /* '[' */
    for (int64_t i = 0; ok && i < numel; i++) {
        ok = data_value(ps, nt->type.dt, data, i);
        if (ok && lx->tok.kind == TK_COMMA) ok = lx_next(lx);
    }
    if (!ok) return false;
    nt->a.data = data;
    *lx = after;
    return true;
}

/* ---------------------------------------------------------------- nodes */

static bool parse_loc(Parser *ps, SrcLoc *at)
{
    Lexer *lx = &ps->lx;
    const char *path = NULL;
    if (!lx_path(lx)) return false;
    if (lx->tok.kind == TK_STR) {
        if (!parse_string(ps, &path)) return false;
    } else {
        char *s = arena_alloc(&ps->tmp, lx->tok.len + 1);
        if (!s) return false;
        memcpy(s, lx->tok.p, lx->tok.len);
        path = s;
        if (!lx_next(lx)) return false;
    }
    int64_t line, col;
    SrcLoc lineloc = lx->tok.loc;
    if (!lx_expect(lx, TK_COLON, "':' and a line number after the path") || !parse_int(lx, &line) ||
        !lx_expect(lx, TK_COLON, "':' and a column") || !parse_int(lx, &col))
        return false;
    if (line < 0 || line > UINT32_MAX || col < 0 || col > UINT32_MAX)
        return lx_error(lx, lineloc, "line or column out of range");
    uint32_t file = cx_file(ps->cx, path, NULL, 0);
    if (!file) return lx_error(lx, lineloc, "out of memory");
    *at = (SrcLoc){file, (uint32_t)line, (uint32_t)col};
    return true;
}

static bool grow_operands(Parser *ps, NodeText *nt)
{
    if (nt->cap >= (1u << 24)) return lx_error(&ps->lx, ps->lx.tok.loc, "too many operands");
    uint32_t cap = nt->cap ? 2 * nt->cap : 8;
    NodeId *in = arena_alloc(&ps->tmp, cap * sizeof *in);
    if (!in) return false;
    if (nt->nin) memcpy(in, nt->in, nt->nin * sizeof *in);
    nt->in = in;
    nt->cap = cap;
    return true;
}

static bool parse_operands(Parser *ps, NodeText *nt)
{
    Lexer *lx = &ps->lx;
    while (lx->tok.kind == TK_VAL) {
        if (nt->nin == nt->cap && !grow_operands(ps, nt)) return false;
        if (!parse_use(ps, &nt->in[nt->nin++])) return false;
        if (lx->tok.kind != TK_COMMA) break;
        if (!lx_next(lx)) return false;
        if (lx->tok.kind != TK_VAL) return lx_expect(lx, TK_VAL, "an operand after ','");
    }
    return true;
}

/* `%N = op operands attrs : type [@ loc]` up to the end of the line. */
static bool parse_node_text(Parser *ps, NodeText *nt)
{
    Lexer *lx = &ps->lx;
    char buf[96];
    if (lx->tok.kind != TK_VAL)
        return lx_error(lx, lx->tok.loc, "expected a node '%%N = op ...', found %s", tok_text(&lx->tok, buf, sizeof buf));
    if (!val_key(lx, &nt->key)) return false;
    IdSlot *prev = id_find(&ps->ids, nt->key);
    if (prev)
        return lx_error(lx, lx->tok.loc, "%%%" PRIu32 " is already defined on line %" PRIu32, nt->key, prev->line);
    if (!lx_next(lx) || !lx_expect(lx, TK_EQ, "'='")) return false;
    nt->oploc = lx->tok.loc;
    if (lx->tok.kind == TK_IDENT) nt->op = ir_op_lookup(lx->tok.p, lx->tok.len);
    if (lx->tok.kind != TK_IDENT) return lx_expect(lx, TK_IDENT, "an op name");
    if (nt->op == OP_NONE) return lx_error(lx, nt->oploc, "unknown op %s", tok_text(&lx->tok, buf, sizeof buf));
    if (!lx_next(lx) || !parse_operands(ps, nt)) return false;
    while (lx->tok.kind == TK_IDENT)
        if (!parse_attr(ps, nt)) return false;
    if (lx->tok.kind != TK_COLON)
        return lx_error(lx, lx->tok.loc, "expected ':' and the node's type, found %s", tok_text(&lx->tok, buf, sizeof buf));
    if (!lx_next(lx)) return false;
    nt->typeloc = lx->tok.loc;
    if (!parse_type(ps, &nt->type)) return false;
    if (lx->tok.kind == TK_AT && !parse_loc(ps, &nt->at)) return false;
    if (lx->tok.kind != TK_NL && lx->tok.kind != TK_EOF)
        return lx_error(lx, lx->tok.loc, "expected end of line, found %s", tok_text(&lx->tok, buf, sizeof buf));
    return true;
}

static bool check_node(Parser *ps, NodeText *nt)
{
    const OpInfo *oi = &ir_ops[nt->op];
    if (oi->arity >= 0 && nt->nin != (uint32_t)oi->arity)
        return lx_error(&ps->lx, nt->oploc, "'%s' takes %d operand%s, got %" PRIu32, oi->name, oi->arity,
                        oi->arity == 1 ? "" : "s", nt->nin);
    if (oi->arity < 0 && nt->nin == 0)
        return lx_error(&ps->lx, nt->oploc, "'%s' takes at least one operand", oi->name);
    int di = attr_index(nt->op, "data", 4);
    if (di >= 0 && !nt->has_data) return lx_error(&ps->lx, nt->oploc, "'%s' needs data=[...]", oi->name);
    return !nt->has_data || parse_data(ps, nt);
}

static bool parse_node(Parser *ps)
{
    NodeText nt;
    memset(&nt, 0, sizeof nt);
    uint32_t line = ps->lx.line;
    if (!parse_node_text(ps, &nt) || !check_node(ps, &nt)) return false;
    NodeId id = ir_add(ps->g, nt.op, nt.in, nt.nin, &nt.a, &nt.type, nt.oploc);
    if (!id) return false;
    Node *n = ir_node(ps->g, id);
    if (!type_eq(&n->type, &nt.type)) {
        char want[160], got[160];
        return lx_error(&ps->lx, nt.typeloc, "type mismatch: annotated %s but inferred %s",
                        type_str(&nt.type, want, sizeof want), type_str(&n->type, got, sizeof got));
    }
    n->loc = nt.at;
    return id_put(ps->cx, &ps->ids, nt.key, id, line);
}

/* ---------------------------------------------------------------- file */

static void skip_newlines(Parser *ps, bool *ok)
{
    while (*ok && ps->lx.tok.kind == TK_NL) *ok = lx_next(&ps->lx);
}

static bool parse_header(Parser *ps, const char **name)
{
    Lexer *lx = &ps->lx;
    char buf[96];
    bool ok = lx_next(lx);
    skip_newlines(ps, &ok);
    if (!ok) return false;
    if (lx->tok.kind != TK_IDENT || !tok_is(&lx->tok, "graph"))
        return lx_error(lx, lx->tok.loc, "expected 'graph \"name\"', found %s", tok_text(&lx->tok, buf, sizeof buf));
    if (!lx_next(lx) || !parse_string(ps, name)) return false;
    if (lx->tok.kind != TK_NL && lx->tok.kind != TK_EOF)
        return lx_error(lx, lx->tok.loc, "expected end of line, found %s", tok_text(&lx->tok, buf, sizeof buf));
    return true;
}

static bool parse_body(Parser *ps)
{
    bool ok = true;
    skip_newlines(ps, &ok);
    while (ok && ps->lx.tok.kind != TK_EOF) {
        ok = parse_node(ps);
        skip_newlines(ps, &ok);
    }
    return ok;
}

Graph *ir_parse(Ctx *cx, const char *path, const char *text, size_t len)
{
    Parser ps;
    memset(&ps, 0, sizeof ps);
    ps.cx = cx;
    uint32_t file = cx_file(cx, path ? path : "<input>", text, len);
    if (!file) {
        cx_error(cx, (SrcLoc){0, 0, 0}, "out of memory");
        return NULL;
    }
    ps.lx = (Lexer){.cx = cx, .src = text, .len = len, .file = file, .line = 1};
    arena_init(&ps.tmp, cx);
    const char *name = NULL;
    bool ok = parse_header(&ps, &name);
    if (ok) {
        ps.g = ir_graph_new(cx, name);
        ok = ps.g && parse_body(&ps);
    }
    if (!ok && ps.g) {
        ir_graph_free(ps.g);
        ps.g = NULL;
    }
    cx_free(cx, ps.ids.slots);
    arena_free(&ps.tmp);
    return ps.g;
}
