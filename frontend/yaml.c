/* yaml.c — YAML text to a small tree of maps, sequences and scalars.
 *
 * Expects the text of one model file, registered with cx_file so that
 * diagnostics can show the line.  Uses libyaml's event parser and builds
 * the tree with an explicit stack (no recursion, so a deeply nested file
 * cannot overflow the C stack).  Produces YNodes in an arena, each with the
 * byte offset and line:col of its first character.  Rejects what the model
 * language does not use: aliases, several documents, non-scalar or
 * duplicate keys, nesting deeper than FE_MAX_DEPTH.  libyaml reports invalid
 * UTF-8 and syntax errors; they are turned into `path:line:col` errors. */
#include "frontend/frontend.h"

#include <stdlib.h>
#include <string.h>
#include <yaml.h>

/* A node under construction: its items grow in a heap vector. */
typedef struct Open {
    YNode *node;
    YNode **items;
    uint32_t n, cap;
} Open;

typedef struct Builder {
    Ctx *cx;
    Arena *a;
    uint32_t file;
    const char *text;
    size_t len;
    Open stack[FE_MAX_DEPTH + 1];
    int depth;
    YNode *root;
    int ndocs;
} Builder;

/* libyaml marks count characters; diagnostics and offsets use bytes. */
static size_t mark_offset(const char *text, size_t len, size_t line, size_t col)
{
    size_t off = 0;
    for (size_t l = 0; l < line && off < len; off++)
        if (text[off] == '\n') l++;
    for (size_t c = 0; c < col && off < len && text[off] != '\n'; c++) {
        off++;
        while (off < len && ((unsigned char)text[off] & 0xC0) == 0x80) off++;
    }
    return off;
}

SrcLoc fe_loc_at(const Ctx *cx, uint32_t file, size_t off)
{
    SrcLoc loc = {file, 1, 1};
    if (file >= cx->nfiles || !cx->files[file].text) return loc;
    const char *t = cx->files[file].text;
    size_t len = cx->files[file].len;
    for (size_t i = 0; i < off && i < len; i++) {
        if (t[i] == '\n') { loc.line++; loc.col = 1; }
        else loc.col++;
    }
    return loc;
}

static SrcLoc mark_loc(const Builder *b, yaml_mark_t m, size_t *off)
{
    size_t o = mark_offset(b->text, b->len, m.line, m.column);
    if (off) *off = o;
    return fe_loc_at(b->cx, b->file, o);
}

static YNode *node_new(Builder *b, YKind k, const yaml_event_t *ev)
{
    YNode *n = arena_alloc(b->a, sizeof *n);
    if (!n) return NULL;
    n->kind = k;
    n->loc = mark_loc(b, ev->start_mark, &n->raw_start);
    mark_loc(b, ev->end_mark, &n->raw_end);
    return n;
}

static bool open_push_item(Builder *b, Open *o, YNode *item)
{
    if (o->n == o->cap) {
        uint32_t cap = o->cap ? o->cap * 2 : 8;
        YNode **p = cx_realloc(b->cx, o->items, cap * sizeof *p);
        if (!p) return false;
        o->items = p;
        o->cap = cap;
    }
    o->items[o->n++] = item;
    return true;
}

/* Attaches a finished node to its parent (or makes it the root). */
static bool attach(Builder *b, YNode *n)
{
    if (b->depth == 0) {
        if (b->root) {
            cx_error(b->cx, n->loc, "a model file holds one YAML document");
            return false;
        }
        b->root = n;
        return true;
    }
    Open *p = &b->stack[b->depth - 1];
    if (p->node->kind == Y_MAP && p->n % 2 == 0 && n->kind != Y_SCALAR) {
        cx_error(b->cx, n->loc, "mapping keys must be plain names, not a %s",
                 fe_kind_name(n->kind));
        return false;
    }
    return open_push_item(b, p, n);
}

static int key_cmp(const void *x, const void *y)
{
    const YNode *a = *(YNode *const *)x, *b = *(YNode *const *)y;
    int c = strcmp(a->str, b->str);
    if (c) return c;
    return a->raw_start < b->raw_start ? -1 : a->raw_start > b->raw_start;
}

/* Sorting a copy of the keys finds duplicates in n log n, so a huge map
 * cannot make this quadratic. */
static bool check_duplicates(Builder *b, const YNode *map)
{
    uint32_t nk = map->n / 2;
    if (nk < 2) return true;
    YNode **keys = cx_alloc(b->cx, nk * sizeof *keys);
    if (!keys) return false;
    for (uint32_t i = 0; i < nk; i++) keys[i] = map->items[2 * i];
    qsort(keys, nk, sizeof *keys, key_cmp);
    bool ok = true;
    for (uint32_t i = 1; i < nk && ok; i++)
        if (!strcmp(keys[i]->str, keys[i - 1]->str)) {
            cx_error(b->cx, keys[i]->loc, "duplicate key '%s'", keys[i]->str);
            cx_note(b->cx, keys[i - 1]->loc, "first defined here");
            ok = false;
        }
    cx_free(b->cx, keys);
    return ok;
}

static bool open_node(Builder *b, YKind k, const yaml_event_t *ev)
{
    YNode *n = node_new(b, k, ev);
    if (!n) return false;
    if (b->depth >= FE_MAX_DEPTH) {
        cx_error(b->cx, n->loc, "nesting deeper than %d levels", FE_MAX_DEPTH);
        return false;
    }
    if (b->depth > 0) {
        Open *p = &b->stack[b->depth - 1];
        if (p->node->kind == Y_MAP && p->n % 2 == 0) {
            cx_error(b->cx, n->loc, "mapping keys must be plain names, not a %s",
                     fe_kind_name(k));
            return false;
        }
    }
    b->stack[b->depth++] = (Open){n, NULL, 0, 0};
    return true;
}

static bool close_node(Builder *b, const yaml_event_t *ev)
{
    Open *o = &b->stack[--b->depth];
    YNode *n = o->node;
    n->n = o->n;
    mark_loc(b, ev->end_mark, &n->raw_end);
    if (o->n) {
        n->items = arena_alloc(b->a, o->n * sizeof *n->items);
        if (n->items) memcpy(n->items, o->items, o->n * sizeof *n->items);
    }
    cx_free(b->cx, o->items);
    o->items = NULL;
    if (o->n && !n->items) return false;
    if (n->kind == Y_MAP && !check_duplicates(b, n)) return false;
    return attach(b, n);
}

static bool add_scalar(Builder *b, const yaml_event_t *ev)
{
    YNode *n = node_new(b, Y_SCALAR, ev);
    if (!n) return false;
    const yaml_char_t *v = ev->data.scalar.value;
    size_t len = ev->data.scalar.length;
    if (memchr(v, 0, len)) {
        cx_error(b->cx, n->loc, "NUL character in a scalar");
        return false;
    }
    char *s = arena_alloc(b->a, len + 1);
    if (!s) return false;
    memcpy(s, v, len);
    n->str = s;
    n->len = len;
    n->style = ev->data.scalar.style;
    n->quoted = n->style == YAML_SINGLE_QUOTED_SCALAR_STYLE ||
                n->style == YAML_DOUBLE_QUOTED_SCALAR_STYLE;
    return attach(b, n);
}

static bool handle_event(Builder *b, const yaml_event_t *ev)
{
    switch (ev->type) {
    case YAML_DOCUMENT_START_EVENT:
        if (++b->ndocs > 1) {
            cx_error(b->cx, mark_loc(b, ev->start_mark, NULL),
                     "a model file holds one YAML document");
            return false;
        }
        return true;
    case YAML_MAPPING_START_EVENT: return open_node(b, Y_MAP, ev);
    case YAML_SEQUENCE_START_EVENT: return open_node(b, Y_SEQ, ev);
    case YAML_MAPPING_END_EVENT:
    case YAML_SEQUENCE_END_EVENT: return close_node(b, ev);
    case YAML_SCALAR_EVENT: return add_scalar(b, ev);
    case YAML_ALIAS_EVENT:
        cx_error(b->cx, mark_loc(b, ev->start_mark, NULL),
                 "aliases are not supported; use a constant or a module");
        return false;
    default: return true;
    }
}

static void report_parser_error(Builder *b, const yaml_parser_t *p)
{
    size_t off;
    if (p->error == YAML_READER_ERROR) {
        off = p->problem_offset <= b->len ? p->problem_offset : b->len;
        cx_error(b->cx, fe_loc_at(b->cx, b->file, off), "%s",
                 p->problem ? p->problem : "cannot read the input");
        return;
    }
    if (p->error == YAML_MEMORY_ERROR) {
        cx_error(b->cx, (SrcLoc){b->file, 1, 1}, "out of memory while reading YAML");
        return;
    }
    SrcLoc loc = mark_loc(b, p->problem_mark, &off);
    if (p->context)
        cx_error(b->cx, loc, "YAML syntax: %s %s", p->problem ? p->problem : "error",
                 p->context);
    else
        cx_error(b->cx, loc, "YAML syntax: %s", p->problem ? p->problem : "error");
}

static void free_open(Builder *b)
{
    while (b->depth > 0) cx_free(b->cx, b->stack[--b->depth].items);
}

YNode *fe_yaml_parse(Ctx *cx, Arena *a, uint32_t file, const char *text, size_t len)
{
    Builder b = {.cx = cx, .a = a, .file = file, .text = text, .len = len};
    if (len > FE_MAX_FILE_BYTES) {
        cx_error(cx, (SrcLoc){file, 1, 1}, "file too large (%zu bytes; the limit is %d)",
                 len, FE_MAX_FILE_BYTES);
        return NULL;
    }
    yaml_parser_t p;
    if (!yaml_parser_initialize(&p)) {
        cx_error(cx, (SrcLoc){file, 1, 1}, "cannot initialise the YAML parser");
        return NULL;
    }
    yaml_parser_set_input_string(&p, (const unsigned char *)text, len);
    bool ok = true, done = false;
    while (ok && !done) {
        yaml_event_t ev;
        if (!yaml_parser_parse(&p, &ev)) {
            report_parser_error(&b, &p);
            ok = false;
            break;
        }
        done = ev.type == YAML_STREAM_END_EVENT;
        ok = handle_event(&b, &ev);
        yaml_event_delete(&ev);
    }
    free_open(&b);
    yaml_parser_delete(&p);
    if (ok && !b.root) {
        cx_error(cx, (SrcLoc){file, 1, 1}, "empty model file");
        ok = false;
    }
    return ok ? b.root : NULL;
}

/* ------------------------------------------------------------ helpers */

const char *fe_kind_name(YKind k)
{
    switch (k) {
    case Y_SCALAR: return "scalar";
    case Y_SEQ: return "list";
    case Y_MAP: return "mapping";
    }
    return "?";
}

YNode *fe_map_get(const YNode *map, const char *key)
{
    IR_ASSERT(map->kind == Y_MAP);
    for (uint32_t i = 0; i + 1 < map->n; i += 2)
        if (!strcmp(map->items[i]->str, key)) return map->items[i + 1];
    return NULL;
}

bool fe_expect(Ctx *cx, const YNode *n, YKind kind, const char *what)
{
    if (n->kind == kind) return true;
    cx_error(cx, n->loc, "%s must be a %s, not a %s", what, fe_kind_name(kind),
             fe_kind_name(n->kind));
    return false;
}

unsigned fe_edit_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > 63 || lb > 63) return 99;
    unsigned row[64];
    for (size_t j = 0; j <= lb; j++) row[j] = (unsigned)j;
    for (size_t i = 1; i <= la; i++) {
        unsigned diag = row[0];
        row[0] = (unsigned)i;
        for (size_t j = 1; j <= lb; j++) {
            unsigned up = row[j];
            unsigned best = diag + (a[i - 1] != b[j - 1]);
            if (up + 1 < best) best = up + 1;
            if (row[j - 1] + 1 < best) best = row[j - 1] + 1;
            row[j] = best;
            diag = up;
        }
    }
    return row[lb];
}

const char *fe_suggest(const char *s, const char *words, char *buf, size_t n)
{
    unsigned best = 3;
    const char *found = NULL;
    char word[64];
    for (const char *p = words; *p;) {
        while (*p == ' ') p++;
        size_t l = strcspn(p, " ");
        if (!l) break;
        if (l < sizeof word) {
            memcpy(word, p, l);
            word[l] = 0;
            unsigned d = fe_edit_distance(s, word);
            if (d < best && d <= 1 + strlen(s) / 4) {
                best = d;
                snprintf(buf, n, "%s", word);
                found = buf;
            }
        }
        p += l;
    }
    return found;
}

static bool word_in(const char *w, const char *list)
{
    size_t lw = strlen(w);
    for (const char *p = list; *p;) {
        while (*p == ' ') p++;
        size_t l = strcspn(p, " ");
        if (l == lw && !strncmp(p, w, l)) return true;
        p += l;
    }
    return false;
}

bool fe_map_check_keys(Ctx *cx, const YNode *map, const char *what, const char *allowed)
{
    for (uint32_t i = 0; i + 1 < map->n; i += 2) {
        const YNode *k = map->items[i];
        if (word_in(k->str, allowed)) continue;
        char buf[64];
        const char *s = fe_suggest(k->str, allowed, buf, sizeof buf);
        if (s)
            cx_error(cx, k->loc, "unknown key '%s' in %s; did you mean '%s'?", k->str,
                     what, s);
        else
            cx_error(cx, k->loc, "unknown key '%s' in %s (expected one of: %s)", k->str,
                     what, allowed);
        return false;
    }
    return true;
}
