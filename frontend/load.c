/* load.c — fe_load: a model file in, a Model with its graph out.
 *
 * Expects a path (or text), and -D overrides.  Reads the file and its
 * imports (defs.c), applies the overrides, evaluates the recipe into a
 * graph (recipe.c) and verifies the graph.  Everything temporary (YAML
 * trees, syntax trees, scopes) lives in one arena freed before returning;
 * the Model keeps its own arena for names and tables.  Returns NULL after
 * at least one diagnostic. */
#include "frontend/frontend.h"

#include <string.h>

static void program_free(Ctx *cx, Program *p)
{
    cx_free(cx, p->consts);
    cx_free(cx, p->defs);
    cx_free(cx, p->recipes);
    cx_free(cx, p->loaded);
}

static bool build(Ctx *cx, Model *m, Program *prog, Arena *work)
{
    EvFrame stack[FE_MAX_CALL_DEPTH];
    Eval ev = {.cx = cx, .prog = prog, .m = m, .g = m->g, .arena = work, .stack = stack,
               .next_stream = 1};
    return fe_build_recipe(&ev) && ir_verify(cx, m->g);
}

static Model *load(Ctx *cx, const char *path, const char *text, size_t len,
                   const char *const *defines, int ndefines)
{
    Model *m = cx_alloc(cx, sizeof *m);
    if (!m) return NULL;
    m->cx = cx;
    arena_init(&m->arena, cx);
    Arena work;
    arena_init(&work, cx);
    Program prog = {.arena = &work};
    int before = cx->nerrors;
    bool ok = (m->path = arena_strdup(&m->arena, path)) != NULL &&
              fe_read_file(cx, &prog, path, text, len, 0) &&
              fe_apply_defines(cx, &prog, defines, ndefines) &&
              (m->g = ir_graph_new(cx, path)) != NULL && build(cx, m, &prog, &work);
    program_free(cx, &prog);
    arena_free(&work);
    if (ok && cx->nerrors == before) return m;
    if (cx->nerrors == before) cx_error(cx, (SrcLoc){0}, "cannot load '%s'", path);
    fe_model_free(m);
    return NULL;
}

Model *fe_load(Ctx *cx, const char *path, const char *const *defines, int ndefines)
{
    return load(cx, path, NULL, 0, defines, ndefines);
}

Model *fe_load_text(Ctx *cx, const char *path, const char *text, size_t len,
                    const char *const *defines, int ndefines)
{
    return load(cx, path, text, len, defines, ndefines);
}
