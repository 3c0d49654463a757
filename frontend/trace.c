/* trace.c — the instantiation trace of an error: which module calls led to it.
 *
 * An error inside a library module is reported at the library line, which
 * alone does not tell a user which of their lines led there.  The evaluator
 * keeps its call stack in Eval (inst.c pushes one EvFrame per module
 * instantiation, method or function call, with the call site and the
 * evaluated arguments).  When a frame unwinds after an error that has no
 * trace yet, fe_trace_print prints one note per enclosing frame, innermost
 * first, at the call site in the caller, e.g.
 *
 *   x.yaml:9:11: note: in module 'linear' (instance 'fc') instantiated here with (3, 2.0)
 *
 * at most FE_TRACE_NOTES of them, then one note for the rest at the
 * outermost call.  A frame whose arguments were not yet bound is left out:
 * argument errors are already reported at its call site. */
#include "frontend/frontend.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* ------------------------------------------------------------ values */

/* Appends to the string in buf (size n); output past the end is dropped. */
static void buf_put(char *buf, size_t n, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void buf_put(char *buf, size_t n, const char *fmt, ...)
{
    size_t len = strlen(buf);
    if (len + 1 >= n) return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf + len, n - len, fmt, ap);
    va_end(ap);
}

/* A float keeps a decimal point, so 2.0 (from d / 2) reads as a float. */
static void float_str(double f, char *buf, size_t n)
{
    char t[32];
    snprintf(t, sizeof t, "%.6g", f);
    bool plain = strspn(t, "-0123456789") == strlen(t);
    buf_put(buf, n, "%s%s", t, plain ? ".0" : "");
}

static void items_str(const Eval *ev, const Value *v, char *buf, size_t n)
{
    buf_put(buf, n, "%s", v->k == V_LIST ? "[" : "(");
    for (uint32_t i = 0; i < v->n; i++) {
        if (i) buf_put(buf, n, ", ");
        fe_value_str(ev, &v->items[i], buf, n);
    }
    buf_put(buf, n, "%s", v->k == V_LIST ? "]" : v->n == 1 ? ",)" : ")");
}

static void inst_str(const Inst *in, char *buf, size_t n)
{
    if (in->is_repeat) buf_put(buf, n, "repeat group '%s'", in->path);
    else if (in->path[0]) buf_put(buf, n, "'%s'", in->path);
    else buf_put(buf, n, "module '%s'", in->def->name);
}

void fe_value_str(const Eval *ev, const Value *v, char *buf, size_t n)
{
    char t[128];
    switch (v->k) {
    case V_NONE: buf_put(buf, n, "~"); break;
    case V_INT: buf_put(buf, n, "%lld", (long long)v->i); break;
    case V_FLOAT: float_str(v->f, buf, n); break;
    case V_BOOL: buf_put(buf, n, "%s", v->i ? "true" : "false"); break;
    case V_STR: buf_put(buf, n, "'%s'", v->s); break;
    case V_DTYPE: buf_put(buf, n, "%s", dt_name((DType)v->i)); break;
    case V_TENSOR: buf_put(buf, n, "%s", type_str(fe_type(ev, v->id), t, sizeof t)); break;
    case V_LIST:
    case V_TUPLE: items_str(ev, v, buf, n); break;
    case V_INST: inst_str(v->inst, buf, n); break;
    case V_CROPS: buf_put(buf, n, "per-crop value"); break;
    case V_CROPIDX: buf_put(buf, n, "crop %lld", (long long)v->i); break;
    }
}

/* ------------------------------------------------------------ notes */

enum { ARGS_SHOWN = 96 }; /* longer argument lists end in "..." */

/* " with (3, out_dim=2.0)", or "" without arguments. */
static void args_str(const Eval *ev, const CallArgs *ca, char *buf, size_t n)
{
    buf[0] = 0;
    if (!ca || !ca->n) return;
    char a[ARGS_SHOWN + 4] = "";
    for (uint32_t i = 0; i < ca->n; i++) {
        if (i) buf_put(a, sizeof a, ", ");
        if (ca->kw[i]) buf_put(a, sizeof a, "%s=", ca->kw[i]);
        fe_value_str(ev, &ca->v[i], a, sizeof a);
    }
    if (strlen(a) > ARGS_SHOWN) strcpy(a + ARGS_SHOWN - 3, "...");
    snprintf(buf, n, " with (%s)", a);
}

/* "module 'linear' (instance 'fc')", "method 'attend' of module 'attn'",
 * "function 'gelu'". */
static void callee_str(const Eval *ev, const EvFrame *f, char *buf, size_t n)
{
    buf[0] = 0;
    if (!f->path) {
        buf_put(buf, n, "function '%s'", f->def->name);
        return;
    }
    if (f->method && strcmp(f->method, "forward"))
        buf_put(buf, n, "method '%s' of ", f->method);
    buf_put(buf, n, "module '%s'", f->def->name);
    const char *pre = ev->teacher && ev->prefix ? ev->prefix : "";
    if (f->path[0]) buf_put(buf, n, " (instance '%s%s')", pre, f->path);
}

static void note_frame(Eval *ev, const EvFrame *f)
{
    char who[320], args[ARGS_SHOWN + 16];
    callee_str(ev, f, who, sizeof who);
    args_str(ev, f->args, args, sizeof args);
    cx_note(ev->cx, f->at, "in %s %s here%s", who, f->method ? "called from" : "instantiated",
            args);
}

void fe_trace_print(Eval *ev)
{
    int errs = ev->cx->nerrors;
    if (errs <= ev->traced) return;
    ev->traced = errs;
    int shown = 0, outer = -1, rest = 0;
    for (int i = ev->depth - 1; i >= 0; i--) {
        const EvFrame *f = &ev->stack[i];
        if (errs <= f->errs) continue; /* the error is in its arguments */
        if (shown < FE_TRACE_NOTES) {
            note_frame(ev, f);
            shown++;
        } else {
            rest++;
            outer = i;
        }
    }
    if (rest)
        cx_note(ev->cx, ev->stack[outer].at, "... %d more enclosing call%s, the outermost here",
                rest, rest == 1 ? "" : "s");
}
