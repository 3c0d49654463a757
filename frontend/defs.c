/* defs.c — reading model files into a Program: imports, extends,
 * constants and module definitions.
 *
 * Expects a path (and optionally its text).  A file is a YAML mapping whose
 * keys are `import` (library files, read once each), `extends` (a base
 * model whose constants, modules and recipe sections this file may
 * override), `constants`, `modules` and the recipe sections (recipe.c reads
 * those).  Produces ConstDecls and Defs with parsed expressions; nothing is
 * evaluated here.  Names defined twice (outside an extends override) are
 * errors with a note at the first definition. */
#include "frontend/frontend.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static const char *const TOP_KEYS =
    "import extends name description constants modules crops student teacher "
    "evaluate state losses optimizer schedules train";
static const char *const LIB_KEYS = "import name description constants modules";

/* ------------------------------------------------------------ growth */

static bool grow(Ctx *cx, void **p, uint32_t *cap, uint32_t n, size_t elem)
{
    if (n < *cap) return true;
    uint32_t c = *cap ? *cap * 2 : 16;
    void *q = cx_realloc(cx, *p, c * elem);
    if (!q) return false;
    *p = q;
    *cap = c;
    return true;
}

static char *astr(Arena *a, const char *s) { return arena_strdup(a, s); }

/* ------------------------------------------------------------ reading */

static char *read_all(Ctx *cx, const char *path, size_t *len, int *err)
{
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) { *err = EISDIR; return NULL; }
    FILE *f = fopen(path, "rb");
    if (!f) { *err = errno; return NULL; }
    size_t cap = 1 << 16, n = 0;
    char *buf = cx_alloc(cx, cap + 1);
    while (buf) {
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (n < cap) break;
        if (cap > FE_MAX_FILE_BYTES) break; /* fe_yaml_parse reports the size */
        char *nb = cx_realloc(cx, buf, 2 * cap + 1);
        if (!nb) { cx_free(cx, buf); buf = NULL; break; }
        buf = nb;
        cap *= 2;
    }
    *err = ferror(f) ? EIO : n > FE_MAX_FILE_BYTES ? EFBIG : 0;
    fclose(f);
    if (buf && *err) { cx_free(cx, buf); buf = NULL; }
    if (buf) { buf[n] = 0; *len = n; }
    return buf;
}

/* A segment [s, s+n) of the output that a following ".." cancels: a
 * name, not an uncancelled "..". */
static bool seg_cancels(const char *s, size_t n)
{
    return n > 0 && !(n == 2 && s[0] == '.' && s[1] == '.');
}

void fe_path_normalize(char *path)
{
    bool abs = path[0] == '/';
    char *w = path + abs;       /* end of the output so far */
    const char *r = path + abs; /* next input segment */
    /* The output never overtakes the input (w <= r), but writing may
     * overwrite the NUL of the last segment: stop after it explicitly. */
    for (bool more = *r != 0; more;) {
        const char *e = strchr(r, '/');
        size_t n = e ? (size_t)(e - r) : strlen(r);
        more = e && e[1];
        char *last = w > path + abs ? w - 1 : NULL; /* the '/' ending the output */
        if (n == 0 || (n == 1 && r[0] == '.')) {
            /* "//" or "./": nothing */
        } else if (n == 2 && r[0] == '.' && r[1] == '.') {
            char *start = last;
            while (start && start > path + abs && start[-1] != '/') start--;
            if (last && seg_cancels(start, (size_t)(last - start))) w = start;
            else if (!abs) { memmove(w, "../", 3); w += 3; }
        } else {
            memmove(w, r, n);
            w += n;
            *w++ = '/';
        }
        if (more) r = e + 1;
    }
    if (w > path + abs) w--; /* the trailing '/' */
    else if (!abs) *w++ = '.';
    *w = 0;
}

/* rel relative to the directory of base (unless rel is absolute), normalised so diagnostics show
 * "models/lib/nn.yaml", not "tests/x/../../models/lib/nn.yaml". */
static char *join_path(Arena *a, const char *base, const char *rel)
{
    const char *slash = rel[0] == '/' ? NULL : strrchr(base, '/');
    size_t dl = slash ? (size_t)(slash - base + 1) : 0;
    char *p = arena_alloc(a, dl + strlen(rel) + 1);
    if (!p) return NULL;
    memcpy(p, base, dl);
    strcpy(p + dl, rel);
    fe_path_normalize(p);
    return p;
}

/* A file's identity for "read once": its real path when it exists. */
static char *file_key(Arena *a, const char *path)
{
    char buf[PATH_MAX];
    return astr(a, realpath(path, buf) ? buf : path);
}

static bool already_loaded(const Program *p, const char *key)
{
    for (uint32_t i = 0; i < p->nloaded; i++)
        if (!strcmp(p->loaded[i], key)) return true;
    return false;
}

/* ------------------------------------------------------------ constants */

static ConstDecl *const_find(Program *p, const char *name)
{
    for (uint32_t i = 0; i < p->nconsts; i++)
        if (!strcmp(p->consts[i].name, name)) return &p->consts[i];
    return NULL;
}

static bool read_constants(Ctx *cx, Program *p, const YNode *map, bool override_ok)
{
    if (!fe_expect(cx, map, Y_MAP, "'constants'")) return false;
    for (uint32_t i = 0; i + 1 < map->n; i += 2) {
        const YNode *k = map->items[i], *v = map->items[i + 1];
        Expr *e = fe_parse_expr(cx, p->arena, v);
        if (!e) return false;
        ConstDecl *old = const_find(p, k->str);
        if (old && !override_ok) {
            cx_error(cx, k->loc, "constant '%s' defined twice", k->str);
            cx_note(cx, old->loc, "first defined here");
            return false;
        }
        if (old) { old->e = e; old->loc = k->loc; continue; }
        if (!grow(cx, (void **)&p->consts, &p->capconsts, p->nconsts, sizeof *p->consts))
            return false;
        p->consts[p->nconsts++] = (ConstDecl){astr(p->arena, k->str), e, k->loc};
    }
    return true;
}

/* ------------------------------------------------------------ definitions */

static bool is_required_marker(const YNode *v)
{
    if (v->kind != Y_SCALAR || v->quoted) return false;
    return !strcmp(v->str, "") || !strcmp(v->str, "~") || !strcmp(v->str, "null") ||
           !strcmp(v->str, "required");
}

static bool check_ident(Ctx *cx, const YNode *k, const char *what)
{
    const char *s = k->str;
    bool ok = s[0] && !(s[0] >= '0' && s[0] <= '9');
    for (; *s && ok; s++)
        ok = (*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
             (*s >= '0' && *s <= '9') || *s == '_';
    if (!ok) cx_error(cx, k->loc, "%s '%s' is not a valid name", what, k->str);
    return ok;
}

static bool read_args(Ctx *cx, Arena *a, const YNode *map, DefArg **out, uint32_t *n)
{
    if (!fe_expect(cx, map, Y_MAP, "'args'")) return false;
    *n = map->n / 2;
    *out = arena_alloc(a, (*n ? *n : 1) * sizeof **out);
    if (!*out) return false;
    for (uint32_t i = 0; i < *n; i++) {
        const YNode *k = map->items[2 * i], *v = map->items[2 * i + 1];
        if (!check_ident(cx, k, "argument")) return false;
        DefArg *d = &(*out)[i];
        d->name = astr(a, k->str);
        d->loc = k->loc;
        if (!is_required_marker(v) && !(d->dflt = fe_parse_expr(cx, a, v))) return false;
    }
    return true;
}

static bool read_inputs(Ctx *cx, Arena *a, const YNode *seq, DefArg **out, uint32_t *n)
{
    if (!fe_expect(cx, seq, Y_SEQ, "'inputs'")) return false;
    *n = seq->n;
    *out = arena_alloc(a, (*n ? *n : 1) * sizeof **out);
    if (!*out) return false;
    for (uint32_t i = 0; i < seq->n; i++) {
        const YNode *k = seq->items[i];
        if (!fe_expect(cx, k, Y_SCALAR, "an input") || !check_ident(cx, k, "input"))
            return false;
        (*out)[i] = (DefArg){astr(a, k->str), NULL, k->loc};
    }
    return true;
}

static bool read_body(Ctx *cx, Arena *a, const YNode *seq, Method *m)
{
    if (!fe_expect(cx, seq, Y_SEQ, "'body'")) return false;
    m->nbody = seq->n;
    m->body = arena_alloc(a, (seq->n ? seq->n : 1) * sizeof *m->body);
    if (!m->body) return false;
    for (uint32_t i = 0; i < seq->n; i++)
        if (!(m->body[i] = fe_parse_stmt(cx, a, seq->items[i]))) return false;
    return true;
}

static bool read_method(Ctx *cx, Arena *a, const YNode *map, const char *name, Method *m)
{
    if (!fe_expect(cx, map, Y_MAP, "a method") ||
        !fe_map_check_keys(cx, map, "a method", "inputs body"))
        return false;
    m->name = astr(a, name);
    m->loc = map->loc;
    const YNode *in = fe_map_get(map, "inputs"), *body = fe_map_get(map, "body");
    if (in && !read_inputs(cx, a, in, &m->inputs, &m->ninputs)) return false;
    if (!body) {
        cx_error(cx, map->loc, "method '%s' has no 'body'", name);
        return false;
    }
    return read_body(cx, a, body, m);
}

/* Parses an optional expression-valued key. */
static bool opt_expr(Ctx *cx, Arena *a, const YNode *map, const char *key, Expr **out)
{
    const YNode *v = fe_map_get(map, key);
    *out = NULL;
    return !v || (*out = fe_parse_expr(cx, a, v)) != NULL;
}

static bool read_attrs(Ctx *cx, const YNode *seq, ParamDecl *pd)
{
    if (!fe_expect(cx, seq, Y_SEQ, "'attrs'")) return false;
    for (uint32_t i = 0; i < seq->n; i++) {
        const YNode *v = seq->items[i];
        if (!fe_expect(cx, v, Y_SCALAR, "an attribute")) return false;
        uint32_t tag = ir_tag_lookup(v->str, v->len);
        if (!tag) {
            char buf[64];
            const char *s = fe_suggest(v->str, "no_weight_decay frozen", buf, sizeof buf);
            cx_error(cx, v->loc, "unknown parameter attribute '%s'%s%s%s", v->str,
                     s ? "; did you mean '" : "", s ? s : "", s ? "'?" : "");
            return false;
        }
        pd->tags |= tag;
    }
    return true;
}

static bool read_param(Ctx *cx, Arena *a, const YNode *k, const YNode *v, ParamDecl *pd)
{
    if (!check_ident(cx, k, "parameter") || !fe_expect(cx, v, Y_MAP, "a parameter") ||
        !fe_map_check_keys(cx, v, "a parameter", "shape init attrs frozen frozen_for_epochs when"))
        return false;
    pd->name = astr(a, k->str);
    pd->loc = k->loc;
    const YNode *shape = fe_map_get(v, "shape"), *attrs = fe_map_get(v, "attrs");
    if (!shape || !fe_map_get(v, "init")) {
        cx_error(cx, v->loc, "parameter '%s' needs 'shape' and 'init'", k->str);
        return false;
    }
    if (!fe_expect(cx, shape, Y_SEQ, "'shape'")) return false;
    if (shape->n > IR_MAX_RANK) {
        cx_error(cx, shape->loc, "shape has rank %u; the limit is %d", shape->n, IR_MAX_RANK);
        return false;
    }
    pd->rank = shape->n;
    pd->shape = arena_alloc(a, (shape->n ? shape->n : 1) * sizeof *pd->shape);
    if (!pd->shape) return false;
    for (uint32_t i = 0; i < shape->n; i++)
        if (!(pd->shape[i] = fe_parse_expr(cx, a, shape->items[i]))) return false;
    if (attrs && !read_attrs(cx, attrs, pd)) return false;
    return opt_expr(cx, a, v, "init", &pd->init) && opt_expr(cx, a, v, "when", &pd->when) &&
           opt_expr(cx, a, v, "frozen_for_epochs", &pd->frozen_for_epochs) &&
           opt_expr(cx, a, v, "frozen", &pd->frozen);
}

static bool all_digits(const char *s)
{
    if (!*s || strlen(s) > 9) return false;
    for (; *s; s++)
        if (*s < '0' || *s > '9') return false;
    return true;
}

static bool read_sub(Ctx *cx, Arena *a, const YNode *k, const YNode *v, SubDecl *sd)
{
    if (!all_digits(k->str) && !check_ident(cx, k, "submodule")) return false;
    sd->name = astr(a, k->str);
    sd->loc = k->loc;
    if (v->kind == Y_SCALAR) return (sd->ctor = fe_parse_expr(cx, a, v)) != NULL;
    if (!fe_expect(cx, v, Y_MAP, "a submodule") ||
        !fe_map_check_keys(cx, v, "a submodule", "module repeat index when"))
        return false;
    const YNode *mod = fe_map_get(v, "module"), *idx = fe_map_get(v, "index");
    if (!mod) {
        cx_error(cx, v->loc, "submodule '%s' needs 'module'", k->str);
        return false;
    }
    if (!(sd->ctor = fe_parse_expr(cx, a, mod))) return false;
    if (idx) {
        if (!fe_expect(cx, idx, Y_SCALAR, "'index'") || !check_ident(cx, idx, "index"))
            return false;
        sd->index = astr(a, idx->str);
    }
    if (!opt_expr(cx, a, v, "repeat", &sd->repeat) || !opt_expr(cx, a, v, "when", &sd->when))
        return false;
    if (idx && !sd->repeat) {
        cx_error(cx, idx->loc, "'index' needs 'repeat'");
        return false;
    }
    return true;
}

static bool read_map_list(Ctx *cx, const YNode *map, const char *what, uint32_t *n)
{
    if (!fe_expect(cx, map, Y_MAP, what)) return false;
    *n = map->n / 2;
    return true;
}

static bool read_def_parts(Ctx *cx, Arena *a, const YNode *v, Def *d)
{
    const YNode *x;
    if ((x = fe_map_get(v, "args")) && !read_args(cx, a, x, &d->args, &d->nargs)) return false;
    if ((x = fe_map_get(v, "params"))) {
        if (!read_map_list(cx, x, "'params'", &d->nparams)) return false;
        if (!(d->params = arena_alloc(a, (d->nparams + 1) * sizeof *d->params))) return false;
        for (uint32_t i = 0; i < d->nparams; i++)
            if (!read_param(cx, a, x->items[2 * i], x->items[2 * i + 1], &d->params[i]))
                return false;
    }
    if ((x = fe_map_get(v, "sub"))) {
        if (!read_map_list(cx, x, "'sub'", &d->nsubs)) return false;
        if (!(d->subs = arena_alloc(a, (d->nsubs + 1) * sizeof *d->subs))) return false;
        for (uint32_t i = 0; i < d->nsubs; i++)
            if (!read_sub(cx, a, x->items[2 * i], x->items[2 * i + 1], &d->subs[i]))
                return false;
    }
    return true;
}

static bool read_def_methods(Ctx *cx, Arena *a, const YNode *v, Def *d)
{
    const YNode *body = fe_map_get(v, "body"), *methods = fe_map_get(v, "methods");
    const YNode *inputs = fe_map_get(v, "inputs");
    uint32_t nm = (body ? 1 : 0) + (methods && methods->kind == Y_MAP ? methods->n / 2 : 0);
    if (inputs && !body) {
        cx_error(cx, inputs->loc, "'inputs' without a 'body'");
        return false;
    }
    if (methods && !fe_expect(cx, methods, Y_MAP, "'methods'")) return false;
    if (!(d->methods = arena_alloc(a, (nm + 1) * sizeof *d->methods))) return false;
    if (body) {
        Method *m = &d->methods[d->nmethods++];
        m->name = "forward";
        m->loc = body->loc;
        if (inputs && !read_inputs(cx, a, inputs, &m->inputs, &m->ninputs)) return false;
        if (!read_body(cx, a, body, m)) return false;
    }
    for (uint32_t i = 0; methods && i + 1 < methods->n; i += 2) {
        const YNode *k = methods->items[i];
        if (body && !strcmp(k->str, "forward")) {
            cx_error(cx, k->loc, "method 'forward' is already given by 'body'");
            return false;
        }
        if (!read_method(cx, a, methods->items[i + 1], k->str, &d->methods[d->nmethods++]))
            return false;
    }
    return true;
}

static Def *read_def(Ctx *cx, Arena *a, const YNode *k, const YNode *v)
{
    if (!check_ident(cx, k, "module") || !fe_expect(cx, v, Y_MAP, "a module") ||
        !fe_map_check_keys(cx, v, "a module",
                           "args params sub inputs body methods doc"))
        return NULL;
    Def *d = arena_alloc(a, sizeof *d);
    if (!d) return NULL;
    d->name = astr(a, k->str);
    d->loc = k->loc;
    if (!read_def_parts(cx, a, v, d) || !read_def_methods(cx, a, v, d)) return NULL;
    if (!d->nmethods && !d->nparams && !d->nsubs) {
        cx_error(cx, k->loc, "module '%s' has no 'body', 'params' or 'sub'", k->str);
        return NULL;
    }
    return d;
}

const Def *fe_def_find(const Program *p, const char *name)
{
    for (uint32_t i = 0; i < p->ndefs; i++)
        if (!strcmp(p->defs[i]->name, name)) return p->defs[i];
    return NULL;
}

static bool read_modules(Ctx *cx, Program *p, const YNode *map, uint32_t nbase)
{
    if (!fe_expect(cx, map, Y_MAP, "'modules'")) return false;
    for (uint32_t i = 0; i + 1 < map->n; i += 2) {
        const YNode *k = map->items[i];
        Def *d = read_def(cx, p->arena, k, map->items[i + 1]);
        if (!d) return false;
        uint32_t j = 0;
        while (j < p->ndefs && strcmp(p->defs[j]->name, d->name)) j++;
        if (j < p->ndefs && j < nbase) { p->defs[j] = d; continue; } /* extends override */
        if (j < p->ndefs) {
            cx_error(cx, k->loc, "module '%s' defined twice", k->str);
            cx_note(cx, p->defs[j]->loc, "first defined here");
            return false;
        }
        if (fe_builtin_exists(d->name)) {
            cx_error(cx, k->loc, "module '%s' has the name of a built-in function", k->str);
            return false;
        }
        if (!grow(cx, (void **)&p->defs, &p->capdefs, p->ndefs, sizeof *p->defs)) return false;
        p->defs[p->ndefs++] = d;
    }
    return true;
}

/* ------------------------------------------------------------ files */

static bool read_file_mode(Ctx *cx, Program *p, const char *path, const char *text,
                           size_t len, int depth, bool lib);

static bool read_imports(Ctx *cx, Program *p, const char *path, const YNode *imp, int depth)
{
    if (!fe_expect(cx, imp, Y_SEQ, "'import'")) return false;
    for (uint32_t i = 0; i < imp->n; i++) {
        const YNode *v = imp->items[i];
        if (!fe_expect(cx, v, Y_SCALAR, "an import")) return false;
        char *full = join_path(p->arena, path, v->str);
        if (!full) return false;
        if (!read_file_mode(cx, p, full, NULL, 0, depth + 1, true)) {
            cx_note(cx, v->loc, "imported from here");
            return false;
        }
    }
    return true;
}

static bool read_extends(Ctx *cx, Program *p, const char *path, const YNode *ext, int depth)
{
    if (!fe_expect(cx, ext, Y_SCALAR, "'extends'")) return false;
    char *full = join_path(p->arena, path, ext->str);
    char *key = full ? file_key(p->arena, full) : NULL;
    if (!key) return false;
    if (already_loaded(p, key)) {
        cx_error(cx, ext->loc, "'%s' is already loaded (circular extends)", ext->str);
        return false;
    }
    if (read_file_mode(cx, p, full, NULL, 0, depth + 1, false)) return true;
    cx_note(cx, ext->loc, "extended from here");
    return false;
}

static bool read_top(Ctx *cx, Program *p, const char *path, YNode *root, int depth, bool lib)
{
    if (!fe_expect(cx, root, Y_MAP, lib ? "a library file" : "a model file") ||
        !fe_map_check_keys(cx, root, lib ? "a library file" : "a model file",
                           lib ? LIB_KEYS : TOP_KEYS))
        return false;
    const YNode *ext = fe_map_get(root, "extends"), *imp = fe_map_get(root, "import");
    const YNode *consts = fe_map_get(root, "constants"), *mods = fe_map_get(root, "modules");
    if (ext && !read_extends(cx, p, path, ext, depth)) return false;
    uint32_t nbase_defs = ext ? p->ndefs : 0;
    if (imp && !read_imports(cx, p, path, imp, depth)) return false;
    if (consts && !read_constants(cx, p, consts, ext != NULL)) return false;
    if (mods && !read_modules(cx, p, mods, nbase_defs)) return false;
    if (!lib) {
        if (!grow(cx, (void **)&p->recipes, &p->caprecipes, p->nrecipes, sizeof *p->recipes))
            return false;
        p->recipes[p->nrecipes++] = root;
    }
    return true;
}

static bool read_file_mode(Ctx *cx, Program *p, const char *path, const char *text,
                           size_t len, int depth, bool lib)
{
    if (!path) return false;
    if (depth > 32) {
        cx_error(cx, (SrcLoc){0}, "imports nested more than 32 deep at '%s'", path);
        return false;
    }
    char *key = file_key(p->arena, path);
    if (!key) return false;
    if (already_loaded(p, key)) return true;
    if (!grow(cx, (void **)&p->loaded, &p->caploaded, p->nloaded, sizeof *p->loaded))
        return false;
    p->loaded[p->nloaded++] = key;
    char *owned = NULL;
    uint32_t file = cx_file(cx, path, NULL, 0);
    if (!text) {
        int err = 0;
        if (!(owned = read_all(cx, path, &len, &err))) {
            if (err) cx_error(cx, (SrcLoc){file, 0, 0}, "cannot read: %s", strerror(err));
            return false;
        }
        text = owned;
    }
    file = cx_file(cx, path, text, len);
    cx_free(cx, owned);
    const SourceFile *sf = &cx->files[file];
    if (!file || !sf->text) {
        cx_error(cx, (SrcLoc){file, 0, 0}, "out of memory");
        return false;
    }
    YNode *root = fe_yaml_parse(cx, p->arena, file, sf->text, sf->len);
    return root && read_top(cx, p, path, root, depth, lib);
}

bool fe_read_file(Ctx *cx, Program *p, const char *path, const char *text, size_t len,
                  int depth)
{
    return read_file_mode(cx, p, path, text, len, depth, false);
}

/* ------------------------------------------------------------ -D */

bool fe_apply_defines(Ctx *cx, Program *p, const char *const *defs, int n)
{
    for (int i = 0; i < n; i++) {
        const char *eq = strchr(defs[i], '=');
        if (!eq || eq == defs[i]) {
            cx_error(cx, (SrcLoc){0}, "-D %s: expected NAME=VALUE", defs[i]);
            return false;
        }
        char *name = arena_alloc(p->arena, (size_t)(eq - defs[i]) + 1);
        if (!name) return false;
        memcpy(name, defs[i], (size_t)(eq - defs[i]));
        ConstDecl *c = const_find(p, name);
        if (!c) {
            cx_error(cx, (SrcLoc){0}, "-D %s: the model has no constant '%s'", defs[i], name);
            return false;
        }
        char fname[96];
        snprintf(fname, sizeof fname, "<-D %.80s>", name);
        uint32_t f = cx_file(cx, fname, eq + 1, strlen(eq + 1));
        Expr *e = f ? fe_parse_expr_text(cx, p->arena, f, cx->files[f].text) : NULL;
        if (!e) return false;
        c->e = e;
    }
    return true;
}
