/* lex.c — tokens of the expression language inside YAML scalars.
 *
 * Expects a scalar YNode whose text is in the context's file table.  First
 * maps every byte of the scalar's value back to a byte of the file (the
 * value differs from the source by quotes, escapes, line folding and block
 * indentation), so that each token gets the line:col of its own first
 * character.  Produces an array of tokens ending with T_EOF; integer
 * literals are checked for overflow. */
#include "frontend/frontend.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

/* Whether source byte rc can stand for value byte c: equal, or a line
 * break folded into a space. */
static bool raw_matches(char rc, char c)
{
    return rc == c || (c == ' ' && (rc == '\n' || rc == '\r'));
}

/* Source bytes that may appear without a value byte: indentation, line
 * breaks, quotes and escape backslashes. */
static bool raw_skippable(char rc)
{
    return rc == ' ' || rc == '\t' || rc == '\n' || rc == '\r' || rc == '\\' ||
           rc == '\'' || rc == '"';
}

/* Source bytes of an escape sequence that stands for one value byte
 * (multi-byte results of \u escapes share the column of the backslash). */
static size_t escape_len(const char *p, size_t avail)
{
    if (p[0] != '\\' || avail < 2) return 1;
    size_t n = p[1] == 'x' ? 4 : p[1] == 'u' ? 6 : p[1] == 'U' ? 10 : 2;
    return n < avail ? n : avail;
}

static size_t scalar_body_start(const ScalarMap *m, const YNode *n)
{
    size_t r = n->raw_start;
    if (n->quoted) return r + 1;
    if (n->style == YAML_LITERAL_SCALAR_STYLE || n->style == YAML_FOLDED_SCALAR_STYLE) {
        while (r < m->raw_len && m->raw[r] != '\n') r++;
        return r < m->raw_len ? r + 1 : r;
    }
    return r;
}

bool fe_scalar_map(Ctx *cx, Arena *a, const YNode *n, ScalarMap *m)
{
    const SourceFile *f = &cx->files[n->loc.file];
    *m = (ScalarMap){.cx = cx, .file = n->loc.file, .raw = f->text, .raw_len = f->len,
                     .base = n->raw_start, .base_loc = n->loc, .len = n->len};
    m->off = arena_alloc(a, (n->len + 1) * sizeof *m->off);
    if (!m->off) return false;
    size_t r = m->raw ? scalar_body_start(m, n) : 0;
    size_t end = m->raw ? (n->raw_end > r ? n->raw_end : m->raw_len) : 0;
    if (end > m->raw_len) end = m->raw_len;
    for (size_t i = 0; i < n->len; i++) {
        size_t save = r;
        while (r < end && !raw_matches(m->raw[r], n->str[i]) && raw_skippable(m->raw[r]))
            r++;
        if (r < end && raw_matches(m->raw[r], n->str[i])) {
            m->off[i] = r++;
            continue;
        }
        r = save; /* an escape sequence: keep the column of its backslash */
        m->off[i] = r < end ? r : (end ? end - 1 : 0);
        if (r < end) r += escape_len(m->raw + r, end - r);
    }
    m->off[n->len] = r < end ? r : end;
    return true;
}

SrcLoc fe_scalar_loc(ScalarMap *m, size_t value_off)
{
    SrcLoc loc = m->base_loc;
    if (!m->raw) {
        loc.col += (uint32_t)value_off;
        return loc;
    }
    size_t target = m->off[value_off < m->len ? value_off : m->len];
    size_t r = m->base;
    if (m->cache_raw > m->base && m->cache_raw <= target) {
        r = m->cache_raw;
        loc = m->cache_loc;
    }
    for (; r < target && r < m->raw_len; r++) {
        if (m->raw[r] == '\n') { loc.line++; loc.col = 1; }
        else loc.col++;
    }
    m->cache_raw = r;
    m->cache_loc = loc;
    return loc;
}

const char *fe_tok_name(TokKind k)
{
    static const char *const names[] = {
        "end of expression", "integer", "number", "name", "string", "'('", "')'",
        "'['", "']'", "','", "'.'", "':'", "'='", "'+'", "'-'", "'*'", "'/'",
        "'//'", "'%'", "'**'", "'@'", "'=='", "'!='", "'<'", "'<='", "'>'",
        "'>='", "'if'", "'else'", "'return'", "'and'", "'or'", "'not'",
    };
    return (unsigned)k < sizeof names / sizeof *names ? names[k] : "?";
}

typedef struct Lexer {
    Ctx *cx;
    const char *s;
    size_t len, pos;
    ScalarMap map;
} Lexer;

static bool is_ident_start(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

static TokKind keyword(const char *s, size_t n)
{
    static const struct { const char *w; TokKind k; } kw[] = {
        {"if", T_KW_IF}, {"else", T_KW_ELSE}, {"return", T_KW_RETURN},
        {"and", T_KW_AND}, {"or", T_KW_OR}, {"not", T_KW_NOT},
    };
    for (size_t i = 0; i < sizeof kw / sizeof *kw; i++)
        if (strlen(kw[i].w) == n && !memcmp(kw[i].w, s, n)) return kw[i].k;
    return T_IDENT;
}

static bool lex_number(Lexer *lx, Token *t)
{
    const char *s = lx->s + lx->pos;
    size_t n = 0;
    bool is_float = false;
    while (lx->pos + n < lx->len && is_digit(s[n])) n++;
    if (lx->pos + n < lx->len && s[n] == '.' && !(lx->pos + n + 1 < lx->len &&
                                                  is_ident_start(s[n + 1]))) {
        is_float = true;
        n++;
        while (lx->pos + n < lx->len && is_digit(s[n])) n++;
    }
    if (lx->pos + n < lx->len && (s[n] == 'e' || s[n] == 'E')) {
        size_t m = n + 1;
        if (lx->pos + m < lx->len && (s[m] == '+' || s[m] == '-')) m++;
        if (lx->pos + m < lx->len && is_digit(s[m])) {
            is_float = true;
            n = m;
            while (lx->pos + n < lx->len && is_digit(s[n])) n++;
        }
    }
    char buf[128];
    if (n >= sizeof buf) {
        cx_error(lx->cx, t->loc, "number literal too long");
        return false;
    }
    memcpy(buf, s, n);
    buf[n] = 0;
    t->len = n;
    errno = 0;
    if (is_float) {
        t->k = T_FLOAT;
        t->f = strtod(buf, NULL);
        if (!isfinite(t->f)) {
            cx_error(lx->cx, t->loc, "number literal out of range: %s", buf);
            return false;
        }
    } else {
        t->k = T_INT;
        t->i = strtoll(buf, NULL, 10);
        if (errno == ERANGE) {
            cx_error(lx->cx, t->loc, "integer literal overflows 64 bits: %s", buf);
            return false;
        }
    }
    return true;
}

static bool lex_string(Lexer *lx, Token *t)
{
    char q = lx->s[lx->pos];
    size_t n = 1;
    while (lx->pos + n < lx->len && lx->s[lx->pos + n] != q) n++;
    if (lx->pos + n >= lx->len) {
        cx_error(lx->cx, t->loc, "unterminated string");
        return false;
    }
    t->k = T_STRING;
    t->len = n + 1;
    return true;
}

/* Longest operator first. */
static size_t lex_op(const char *s, size_t avail, TokKind *k)
{
    static const struct { const char *op; TokKind k; } ops[] = {
        {"//", T_DSLASH}, {"**", T_POW}, {"==", T_EQ}, {"!=", T_NE}, {"<=", T_LE},
        {">=", T_GE}, {"(", T_LPAREN}, {")", T_RPAREN}, {"[", T_LBRACK},
        {"]", T_RBRACK}, {",", T_COMMA}, {".", T_DOT}, {":", T_COLON},
        {"=", T_ASSIGN}, {"+", T_PLUS}, {"-", T_MINUS}, {"*", T_STAR},
        {"/", T_SLASH}, {"%", T_PERCENT}, {"@", T_AT}, {"<", T_LT}, {">", T_GT},
    };
    for (size_t i = 0; i < sizeof ops / sizeof *ops; i++) {
        size_t l = strlen(ops[i].op);
        if (l <= avail && !memcmp(s, ops[i].op, l)) {
            *k = ops[i].k;
            return l;
        }
    }
    return 0;
}

static bool lex_one(Lexer *lx, Token *t)
{
    const char *s = lx->s + lx->pos;
    char c = *s;
    t->s = s;
    t->loc = fe_scalar_loc(&lx->map, lx->pos);
    if (is_digit(c) || (c == '.' && lx->pos + 1 < lx->len && is_digit(s[1])))
        return lex_number(lx, t);
    if (is_ident_start(c)) {
        size_t n = 1;
        while (lx->pos + n < lx->len && (is_ident_start(s[n]) || is_digit(s[n]))) n++;
        t->len = n;
        t->k = keyword(s, n);
        return true;
    }
    if (c == '"' || c == '\'') return lex_string(lx, t);
    t->len = lex_op(s, lx->len - lx->pos, &t->k);
    if (t->len) return true;
    if ((unsigned char)c < 0x20 || (unsigned char)c >= 0x7f)
        cx_error(lx->cx, t->loc, "unexpected character (byte 0x%02x) in expression",
                 (unsigned char)c);
    else
        cx_error(lx->cx, t->loc, "unexpected character '%c' in expression", c);
    return false;
}

Token *fe_lex(Ctx *cx, Arena *a, const YNode *n, uint32_t *ntok)
{
    Lexer lx = {.cx = cx, .s = n->str, .len = n->len};
    if (!fe_scalar_map(cx, a, n, &lx.map)) return NULL;
    uint32_t cap = 16, cnt = 0;
    Token *toks = cx_alloc(cx, cap * sizeof *toks);
    if (!toks) return NULL;
    for (;;) {
        while (lx.pos < lx.len && strchr(" \t\r\n", lx.s[lx.pos])) lx.pos++;
        if (cnt == cap) {
            Token *p = cx_realloc(cx, toks, 2 * cap * sizeof *toks);
            if (!p) { cx_free(cx, toks); return NULL; }
            toks = p;
            cap *= 2;
        }
        Token *t = &toks[cnt];
        memset(t, 0, sizeof *t);
        if (lx.pos >= lx.len) {
            t->k = T_EOF;
            t->s = lx.s + lx.len;
            t->loc = fe_scalar_loc(&lx.map, lx.len);
            cnt++;
            break;
        }
        if (!lex_one(&lx, t)) { cx_free(cx, toks); return NULL; }
        lx.pos += t->len;
        cnt++;
    }
    Token *out = arena_alloc(a, cnt * sizeof *out);
    if (out) memcpy(out, toks, cnt * sizeof *out);
    cx_free(cx, toks);
    *ntok = cnt;
    return out;
}
