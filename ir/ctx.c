/* ctx.c — the compilation context: allocation that tests can make fail,
 * the table of source files, diagnostics with a caret under the offending
 * column, and the arena allocator that IR objects live in.
 *
 * Nothing here is global: every function takes the context (or an arena
 * that holds it) first. */
#include "ir/ir.h"

#include <stdlib.h>
#include <string.h>

_Noreturn void ir_panic(const char *file, int line, const char *what)
{
    fprintf(stderr, "%s:%d: internal error: assertion failed: %s\n", file, line, what);
    abort();
}

uint64_t ir_hash(const void *data, size_t len)
{
    const uint8_t *p = data;
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < len; i++) h = (h ^ p[i]) * 1099511628211ull;
    return h;
}

void ctx_init(Ctx *cx, FILE *diag)
{
    memset(cx, 0, sizeof *cx);
    cx->diag = diag ? diag : stderr;
    cx->fail_after = -1;
    cx_file(cx, "<unknown>", NULL, 0); /* id 0 */
}

void ctx_fini(Ctx *cx)
{
    for (uint32_t i = 0; i < cx->nfiles; i++) {
        free(cx->files[i].path);
        free(cx->files[i].text);
    }
    free(cx->files);
    cx->files = NULL;
    cx->nfiles = cx->capfiles = 0;
}

/* ---- allocation ---- */

static bool cx_should_fail(Ctx *cx)
{
    cx->nallocs++;
    return cx->fail_after >= 0 && cx->nallocs > cx->fail_after;
}

static void cx_oom(Ctx *cx)
{
    cx_error(cx, (SrcLoc){0, 0, 0}, "out of memory");
}

void *cx_alloc(Ctx *cx, size_t n)
{
    void *p = cx_should_fail(cx) ? NULL : calloc(1, n ? n : 1);
    if (!p) cx_oom(cx);
    return p;
}

void *cx_realloc(Ctx *cx, void *p, size_t n)
{
    void *q = cx_should_fail(cx) ? NULL : realloc(p, n ? n : 1);
    if (!q) cx_oom(cx);
    return q;
}

void cx_free(Ctx *cx, void *p)
{
    (void)cx;
    free(p);
}

char *cx_strdup(Ctx *cx, const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = cx_alloc(cx, n);
    if (d) memcpy(d, s, n);
    return d;
}

/* ---- source files ---- */

/* The file table does not go through cx_alloc: a diagnostic must be
 * printable even after an injected allocation failure. */
uint32_t cx_file(Ctx *cx, const char *path, const char *text, size_t len)
{
    for (uint32_t i = 1; i < cx->nfiles; i++) {
        if (strcmp(cx->files[i].path, path) != 0) continue;
        if (text && !cx->files[i].text) {
            cx->files[i].text = malloc(len + 1);
            if (cx->files[i].text) {
                memcpy(cx->files[i].text, text, len);
                cx->files[i].text[len] = 0;
                cx->files[i].len = len;
            }
        }
        return i;
    }
    if (cx->nfiles == cx->capfiles) {
        uint32_t cap = cx->capfiles ? 2 * cx->capfiles : 8;
        SourceFile *f = realloc(cx->files, cap * sizeof *f);
        if (!f) return 0;
        cx->files = f;
        cx->capfiles = cap;
    }
    SourceFile *f = &cx->files[cx->nfiles];
    memset(f, 0, sizeof *f);
    f->path = strdup(path);
    if (!f->path) return 0;
    if (text) {
        f->text = malloc(len + 1);
        if (f->text) {
            memcpy(f->text, text, len);
            f->text[len] = 0;
            f->len = len;
        }
    }
    return cx->nfiles++;
}

const char *cx_file_path(const Ctx *cx, uint32_t file)
{
    return file < cx->nfiles ? cx->files[file].path : "<unknown>";
}

/* ---- diagnostics ---- */

/* Prints source line `line` of the file and a caret under column col.
 * Tabs in the line are kept so the caret lines up in a terminal. */
static void cx_show_line(Ctx *cx, SrcLoc loc)
{
    if (loc.file == 0 || loc.file >= cx->nfiles || loc.line == 0) return;
    const SourceFile *f = &cx->files[loc.file];
    if (!f->text) return;
    const char *p = f->text, *end = f->text + f->len;
    for (uint32_t l = 1; l < loc.line && p < end; p++)
        if (*p == '\n') l++;
    if (p >= end && loc.line > 1) return;
    const char *e = p;
    while (e < end && *e != '\n' && *e != '\r') e++;
    int n = (int)(e - p);
    if (n > 200) n = 200; /* a 100 MB line must not flood the terminal */
    fprintf(cx->diag, "  %.*s\n  ", n, p);
    for (uint32_t c = 1; c < loc.col && (int)c <= n; c++)
        fputc(p[c - 1] == '\t' ? '\t' : ' ', cx->diag);
    fputs("^\n", cx->diag);
}

static void cx_report(Ctx *cx, SrcLoc loc, const char *kind, const char *fmt, va_list ap)
{
    if (loc.file != 0 && loc.line != 0)
        fprintf(cx->diag, "%s:%u:%u: %s: ", cx_file_path(cx, loc.file), loc.line, loc.col, kind);
    else if (loc.file != 0)
        fprintf(cx->diag, "%s: %s: ", cx_file_path(cx, loc.file), kind);
    else
        fprintf(cx->diag, "%s: %s: ", cx->prog ? cx->prog : "passc", kind);
    vfprintf(cx->diag, fmt, ap);
    fputc('\n', cx->diag);
    cx_show_line(cx, loc);
}

void cx_verror(Ctx *cx, SrcLoc loc, const char *fmt, va_list ap)
{
    cx->nerrors++;
    cx_report(cx, loc, "error", fmt, ap);
}

void cx_error(Ctx *cx, SrcLoc loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    cx_verror(cx, loc, fmt, ap);
    va_end(ap);
}

void cx_note(Ctx *cx, SrcLoc loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    cx_report(cx, loc, "note", fmt, ap);
    va_end(ap);
}

/* ---- arena ---- */

struct ArenaBlock {
    ArenaBlock *next;
    size_t used, cap;
    _Alignas(16) unsigned char data[];
};

void arena_init(Arena *a, Ctx *cx)
{
    a->cx = cx;
    a->head = NULL;
}

void arena_free(Arena *a)
{
    for (ArenaBlock *b = a->head, *n; b; b = n) {
        n = b->next;
        cx_free(a->cx, b);
    }
    a->head = NULL;
}

void *arena_alloc(Arena *a, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    ArenaBlock *b = a->head;
    if (!b || b->cap - b->used < n) {
        size_t cap = n > 65536 ? n : 65536;
        b = cx_alloc(a->cx, sizeof *b + cap);
        if (!b) return NULL;
        b->cap = cap;
        b->next = a->head;
        a->head = b;
    }
    void *p = b->data + b->used;
    b->used += n;
    memset(p, 0, n);
    return p;
}

char *arena_strdup(Arena *a, const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = arena_alloc(a, n);
    if (d) memcpy(d, s, n);
    return d;
}
