/* parse.c — recursive-descent parser of expressions and statements.
 *
 * Expects the tokens of one YAML scalar (lex.c).  Produces an Expr or Stmt
 * tree in the arena; every node carries the location of the token that
 * creates it (an operator node: the operator; a call: the callee's name),
 * so graph nodes built from it point into the string.  Nesting is limited
 * to FE_MAX_EXPR_DEPTH so hostile input cannot exhaust the stack.
 * Grammar (docs/yaml.md):
 *   stmt    := 'return' expr (',' expr)* | name (',' name)* '=' expr | expr
 *   expr    := or ('if' or 'else' expr)?
 *   or      := and ('or' and)*        and := not ('and' not)*
 *   not     := 'not' not | cmp        cmp := add (cmpop add)?
 *   add     := mul (('+'|'-') mul)*   mul := unary (('*'|'/'|'//'|'%'|'@') unary)*
 *   unary   := ('-'|'+') unary | power    power := postfix ('**' unary)?
 *   postfix := primary ('(' args ')' | '[' subs ']' | '.' name)*
 *   primary := int | float | string | name | '(' expr (',' expr)* ')' | '[' exprs ']' */
#include "frontend/frontend.h"

#include <string.h>

typedef struct Parser {
    Ctx *cx;
    Arena *a;
    Token *t;
    uint32_t n, pos;
    int depth;
} Parser;

static Expr *p_expr(Parser *p);

static Token *peek(Parser *p) { return &p->t[p->pos]; }

static Token *next(Parser *p)
{
    Token *t = &p->t[p->pos];
    if (t->k != T_EOF) p->pos++;
    return t;
}

static bool accept(Parser *p, TokKind k)
{
    if (peek(p)->k != k) return false;
    next(p);
    return true;
}

static void unexpected(Parser *p, const char *expected)
{
    Token *t = peek(p);
    if (t->k == T_EOF)
        cx_error(p->cx, t->loc, "expected %s, found end of expression", expected);
    else
        cx_error(p->cx, t->loc, "expected %s, found '%.*s'", expected, (int)t->len, t->s);
}

static bool expect(Parser *p, TokKind k)
{
    if (accept(p, k)) return true;
    unexpected(p, fe_tok_name(k));
    return false;
}

static const char *tok_str(Parser *p, const Token *t)
{
    char *s = arena_alloc(p->a, t->len + 1);
    if (s) memcpy(s, t->s, t->len);
    return s;
}

static Expr *mk(Parser *p, ExprKind k, SrcLoc loc, uint32_t n)
{
    Expr *e = arena_alloc(p->a, sizeof *e);
    if (!e) return NULL;
    e->k = k;
    e->loc = loc;
    e->n = n;
    if (n) {
        e->kids = arena_alloc(p->a, n * sizeof *e->kids);
        if (!e->kids) return NULL;
    }
    return e;
}

/* A growable list of expressions (arguments, list items). */
typedef struct EList {
    Expr **e;
    const char **kw;
    SrcLoc *kwloc;
    uint32_t n, cap;
} EList;

static bool elist_push(Parser *p, EList *l, Expr *e, const char *kw, SrcLoc kwloc)
{
    if (l->n == l->cap) {
        uint32_t cap = l->cap ? 2 * l->cap : 4;
        Expr **ne = arena_alloc(p->a, cap * sizeof *ne);
        const char **nk = arena_alloc(p->a, cap * sizeof *nk);
        SrcLoc *nl = arena_alloc(p->a, cap * sizeof *nl);
        if (!ne || !nk || !nl) return false;
        if (l->n) {
            memcpy(ne, l->e, l->n * sizeof *ne);
            memcpy(nk, l->kw, l->n * sizeof *nk);
            memcpy(nl, l->kwloc, l->n * sizeof *nl);
        }
        l->e = ne, l->kw = nk, l->kwloc = nl, l->cap = cap;
    }
    l->e[l->n] = e;
    l->kw[l->n] = kw;
    l->kwloc[l->n++] = kwloc;
    return true;
}

static bool enter(Parser *p)
{
    if (++p->depth <= FE_MAX_EXPR_DEPTH) return true;
    cx_error(p->cx, peek(p)->loc, "expression nested too deeply");
    return false;
}

/* '(' already consumed: keyword or positional arguments until ')'. */
static Expr *p_call(Parser *p, Expr *callee)
{
    EList l = {0};
    if (!elist_push(p, &l, callee, NULL, callee->loc)) return NULL;
    while (peek(p)->k != T_RPAREN) {
        const char *kw = NULL;
        SrcLoc kwloc = peek(p)->loc;
        if (peek(p)->k == T_IDENT && p->t[p->pos + 1].k == T_ASSIGN) {
            kw = tok_str(p, next(p));
            next(p);
        } else {
            for (uint32_t i = 1; i < l.n; i++)
                if (l.kw[i]) {
                    cx_error(p->cx, kwloc, "positional argument after a keyword argument");
                    return NULL;
                }
        }
        Expr *e = p_expr(p);
        if (!e || !elist_push(p, &l, e, kw, kwloc)) return NULL;
        if (!accept(p, T_COMMA)) break;
    }
    if (!expect(p, T_RPAREN)) return NULL;
    Expr *c = mk(p, E_CALL, callee->loc, 0);
    if (!c) return NULL;
    c->kids = l.e, c->kw = l.kw, c->kwloc = l.kwloc, c->n = l.n;
    return c;
}

static Expr *p_subscript(Parser *p)
{
    SrcLoc loc = peek(p)->loc;
    Expr *lo = NULL, *hi = NULL;
    if (peek(p)->k != T_COLON) {
        lo = p_expr(p);
        if (!lo) return NULL;
        if (peek(p)->k != T_COLON) return lo;
    }
    next(p); /* ':' */
    if (peek(p)->k != T_COMMA && peek(p)->k != T_RBRACK) {
        hi = p_expr(p);
        if (!hi) return NULL;
    }
    Expr *s = mk(p, E_SLICE, loc, 2);
    if (!s) return NULL;
    s->kids[0] = lo, s->kids[1] = hi;
    return s;
}

static Expr *p_index(Parser *p, Expr *base, SrcLoc loc)
{
    EList l = {0};
    if (!elist_push(p, &l, base, NULL, loc)) return NULL;
    do {
        Expr *s = p_subscript(p);
        if (!s || !elist_push(p, &l, s, NULL, loc)) return NULL;
    } while (accept(p, T_COMMA));
    if (!expect(p, T_RBRACK)) return NULL;
    Expr *e = mk(p, E_INDEX, loc, 0);
    if (!e) return NULL;
    e->kids = l.e, e->n = l.n;
    return e;
}

/* '(' or '[' already consumed: items until `close`. */
static Expr *p_items(Parser *p, ExprKind k, TokKind close, SrcLoc loc)
{
    EList l = {0};
    while (peek(p)->k != close) {
        Expr *e = p_expr(p);
        if (!e || !elist_push(p, &l, e, NULL, loc)) return NULL;
        if (!accept(p, T_COMMA)) break;
    }
    if (!expect(p, close)) return NULL;
    if (k == E_TUPLE && l.n == 1) return l.e[0]; /* parentheses */
    if (k == E_TUPLE && l.n == 0) {
        cx_error(p->cx, loc, "empty parentheses");
        return NULL;
    }
    Expr *e = mk(p, k, loc, 0);
    if (!e) return NULL;
    e->kids = l.e, e->n = l.n;
    return e;
}

static Expr *p_primary(Parser *p)
{
    Token *t = peek(p);
    Expr *e;
    switch (t->k) {
    case T_INT:
        if (!(e = mk(p, E_INT, t->loc, 0))) return NULL;
        e->i = next(p)->i;
        return e;
    case T_FLOAT:
        if (!(e = mk(p, E_FLOAT, t->loc, 0))) return NULL;
        e->f = next(p)->f;
        return e;
    case T_IDENT:
    case T_STRING:
        if (!(e = mk(p, t->k == T_IDENT ? E_NAME : E_STRING, t->loc, 0))) return NULL;
        next(p);
        if (t->k == T_STRING) {
            Token inner = *t;
            inner.s++, inner.len -= 2;
            e->name = tok_str(p, &inner);
        } else {
            e->name = tok_str(p, t);
        }
        return e->name ? e : NULL;
    case T_LPAREN: next(p); return p_items(p, E_TUPLE, T_RPAREN, t->loc);
    case T_LBRACK: next(p); return p_items(p, E_LIST, T_RBRACK, t->loc);
    default: unexpected(p, "an expression"); return NULL;
    }
}

static Expr *p_postfix(Parser *p)
{
    Expr *e = p_primary(p);
    while (e) {
        Token *t = peek(p);
        if (accept(p, T_LPAREN)) {
            e = p_call(p, e);
        } else if (accept(p, T_LBRACK)) {
            e = p_index(p, e, t->loc);
        } else if (accept(p, T_DOT)) {
            Token *name = peek(p);
            if (!expect(p, T_IDENT)) return NULL;
            Expr *a = mk(p, E_ATTR, name->loc, 1);
            if (!a || !(a->name = tok_str(p, name))) return NULL;
            a->kids[0] = e;
            e = a;
        } else {
            break;
        }
    }
    return e;
}

static Expr *binary(Parser *p, TokKind op, SrcLoc loc, Expr *l, Expr *r)
{
    if (!l || !r) return NULL;
    Expr *e = mk(p, E_BINARY, loc, 2);
    if (!e) return NULL;
    e->op = op;
    e->kids[0] = l, e->kids[1] = r;
    return e;
}

static Expr *p_unary(Parser *p);

static Expr *p_power(Parser *p)
{
    Expr *e = p_postfix(p);
    Token *t = peek(p);
    if (!e || !accept(p, T_POW)) return e;
    if (!enter(p)) return NULL;
    Expr *r = p_unary(p);
    p->depth--;
    return binary(p, T_POW, t->loc, e, r);
}

static Expr *p_unary(Parser *p)
{
    Token *t = peek(p);
    if (t->k != T_MINUS && t->k != T_PLUS) return p_power(p);
    if (!enter(p)) return NULL;
    next(p);
    Expr *x = p_unary(p);
    p->depth--;
    if (!x || t->k == T_PLUS) return x;
    Expr *e = mk(p, E_UNARY, t->loc, 1);
    if (!e) return NULL;
    e->op = T_MINUS;
    e->kids[0] = x;
    return e;
}

static bool in_ops(TokKind k, const TokKind *ops)
{
    for (; *ops; ops++)
        if (*ops == k) return true;
    return false;
}

static Expr *p_level(Parser *p, int level);

/* Left-associative binary levels, loosest first. */
static const TokKind level_ops[][7] = {
    {T_KW_OR}, {T_KW_AND}, {0}, {T_EQ, T_NE, T_LT, T_LE, T_GT, T_GE},
    {T_PLUS, T_MINUS}, {T_STAR, T_SLASH, T_DSLASH, T_PERCENT, T_AT},
};
enum { LEVEL_NOT = 2, NLEVELS = 6 };

static Expr *p_level(Parser *p, int level)
{
    if (level == NLEVELS) return p_unary(p);
    if (level == LEVEL_NOT && peek(p)->k == T_KW_NOT) {
        Token *t = next(p);
        if (!enter(p)) return NULL;
        Expr *x = p_level(p, level);
        p->depth--;
        Expr *e = x ? mk(p, E_UNARY, t->loc, 1) : NULL;
        if (!e) return NULL;
        e->op = T_KW_NOT;
        e->kids[0] = x;
        return e;
    }
    Expr *e = p_level(p, level + 1);
    while (e && level_ops[level][0] && in_ops(peek(p)->k, level_ops[level])) {
        Token *t = next(p);
        e = binary(p, t->k, t->loc, e, p_level(p, level + 1));
        if (level == 3) break; /* comparisons do not chain */
    }
    return e;
}

static Expr *p_expr(Parser *p)
{
    if (!enter(p)) return NULL;
    Expr *e = p_level(p, 0);
    Token *t = peek(p);
    if (e && accept(p, T_KW_IF)) {
        Expr *c = p_level(p, 0);
        if (!c || !expect(p, T_KW_ELSE)) return NULL;
        Expr *f = p_expr(p);
        Expr *tern = f ? mk(p, E_TERNARY, t->loc, 3) : NULL;
        if (!tern) return NULL;
        tern->kids[0] = e, tern->kids[1] = c, tern->kids[2] = f;
        e = tern;
    }
    p->depth--;
    return e;
}

static bool p_init(Parser *p, Ctx *cx, Arena *a, const YNode *n)
{
    *p = (Parser){.cx = cx, .a = a};
    if (n->kind != Y_SCALAR) {
        cx_error(cx, n->loc, "expected an expression string, found a %s",
                 fe_kind_name(n->kind));
        return false;
    }
    p->t = fe_lex(cx, a, n, &p->n);
    return p->t != NULL;
}

static bool at_end(Parser *p)
{
    if (peek(p)->k == T_EOF) return true;
    unexpected(p, "end of expression");
    return false;
}

Expr *fe_parse_expr(Ctx *cx, Arena *a, const YNode *n)
{
    Parser p;
    if (!p_init(&p, cx, a, n)) return NULL;
    if (peek(&p)->k == T_EOF) {
        cx_error(cx, n->loc, "empty expression");
        return NULL;
    }
    Expr *e = p_expr(&p);
    return e && at_end(&p) ? e : NULL;
}

/* `a, b = ...`: names separated by commas, then '='. */
static bool is_assignment(Parser *p)
{
    uint32_t i = p->pos;
    for (;;) {
        if (p->t[i].k != T_IDENT) return false;
        i++;
        if (p->t[i].k == T_ASSIGN) return true;
        if (p->t[i].k != T_COMMA) return false;
        i++;
    }
}

static bool p_targets(Parser *p, Stmt *s)
{
    uint32_t n = 1;
    for (uint32_t i = p->pos; p->t[i].k != T_ASSIGN; i++) n += p->t[i].k == T_COMMA;
    s->targets = arena_alloc(p->a, n * sizeof *s->targets);
    s->tloc = arena_alloc(p->a, n * sizeof *s->tloc);
    if (!s->targets || !s->tloc) return false;
    for (s->ntargets = 0; s->ntargets < n; s->ntargets++) {
        Token *t = next(p);
        s->tloc[s->ntargets] = t->loc;
        if (!(s->targets[s->ntargets] = tok_str(p, t))) return false;
        next(p); /* ',' or '=' */
    }
    return true;
}

static Expr *p_exprlist(Parser *p, SrcLoc loc)
{
    Expr *e = p_expr(p);
    if (!e || peek(p)->k != T_COMMA) return e;
    EList l = {0};
    if (!elist_push(p, &l, e, NULL, loc)) return NULL;
    while (accept(p, T_COMMA)) {
        Expr *x = p_expr(p);
        if (!x || !elist_push(p, &l, x, NULL, loc)) return NULL;
    }
    Expr *t = mk(p, E_TUPLE, e->loc, 0);
    if (!t) return NULL;
    t->kids = l.e, t->n = l.n;
    return t;
}

Stmt *fe_parse_stmt(Ctx *cx, Arena *a, const YNode *n)
{
    Parser p;
    if (!p_init(&p, cx, a, n)) return NULL;
    Stmt *s = arena_alloc(a, sizeof *s);
    if (!s) return NULL;
    s->loc = peek(&p)->loc;
    if (peek(&p)->k == T_EOF) {
        cx_error(cx, n->loc, "empty statement");
        return NULL;
    }
    if (accept(&p, T_KW_RETURN)) {
        s->k = S_RETURN;
    } else if (is_assignment(&p)) {
        s->k = S_ASSIGN;
        if (!p_targets(&p, s)) return NULL;
    } else {
        s->k = S_EXPR;
    }
    s->e = p_exprlist(&p, s->loc);
    return s->e && at_end(&p) ? s : NULL;
}

Expr *fe_parse_expr_text(Ctx *cx, Arena *a, uint32_t file, const char *text)
{
    YNode n = {.kind = Y_SCALAR, .loc = {file, 1, 1}, .raw_start = 0,
               .raw_end = strlen(text), .style = 0, .str = text, .len = strlen(text)};
    return fe_parse_expr(cx, a, &n);
}
