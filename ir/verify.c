/* verify.c — ir_verify: the invariants every pass must preserve.
 *
 * Checks, for every node: a valid op; operands that exist and are defined
 * earlier (def-before-use, no dangling ids); no attribute set that the op
 * does not take; the stored type equal to what inference computes (which
 * re-checks arity, dtypes, shapes and attribute ranges); and, graph-wide,
 * that leaf names and output names are unique and that no param or state
 * is assigned twice.  Every problem is reported, not just the first. */
#include "ir/ir.h"

#include <stdlib.h>
#include <string.h>

/* Whether attribute `ai` of n holds a non-default value. */
static bool attr_is_set(const Node *n, const AttrInfo *ai)
{
    const char *p = (const char *)&n->a + ai->offset;
    switch (ai->type) {
    case AT_INT: return *(const int64_t *)p != 0;
    case AT_FLOAT: return *(const double *)p != 0;
    case AT_INTLIST: return ((const IntList *)p)->n != 0;
    case AT_TAGS: return *(const uint32_t *)p != 0;
    case AT_STRING:
    case AT_DATA: return *(const void *const *)p != NULL;
    }
    return false;
}

static const char *const all_attrs[] = {
    "axis", "k", "ta", "tb", "keep", "stream", "n", "size", "frozen_epochs", "value",
    "scale", "axes", "perm", "lo", "hi", "tags", "name", "init", "data",
};

static bool verify_attrs(Ctx *cx, const Node *n)
{
    bool ok = true;
    for (size_t i = 0; i < sizeof all_attrs / sizeof all_attrs[0]; i++) {
        size_t len = strlen(all_attrs[i]);
        const AttrInfo *ai = ir_attr_lookup(all_attrs[i], len);
        IR_ASSERT(ai);
        if (attr_is_set(n, ai) && !ir_op_has_attr(n->op, all_attrs[i], len)) {
            cx_error(cx, n->loc, "%s: does not take attribute '%s'", ir_ops[n->op].name, all_attrs[i]);
            ok = false;
        }
    }
    return ok;
}

static bool verify_node(Ctx *cx, const Graph *g, NodeId id)
{
    const Node *n = &g->nodes[id];
    if (n->op <= OP_NONE || n->op >= OP_COUNT) {
        cx_error(cx, n->loc, "node %%%u: invalid op %d", id, (int)n->op);
        return false;
    }
    for (uint32_t i = 0; i < n->nin; i++) {
        if (n->in[i] == 0 || n->in[i] >= g->nnodes) {
            cx_error(cx, n->loc, "%s: operand %u of %%%u is a dangling id %u", ir_ops[n->op].name, i, id, n->in[i]);
            return false;
        }
        if (n->in[i] >= id) {
            cx_error(cx, n->loc, "%s: operand %%%u of %%%u is used before its definition", ir_ops[n->op].name,
                     n->in[i], id);
            return false;
        }
    }
    if (!verify_attrs(cx, n)) return false;
    Type t;
    if (!ir_infer(cx, g, n, &t)) return false;
    if (!type_eq(&t, &n->type)) {
        char a[128], b[128];
        cx_error(cx, n->loc, "%s: %%%u has type %s but its operands give %s", ir_ops[n->op].name, id,
                 type_str(&n->type, a, sizeof a), type_str(&t, b, sizeof b));
        return false;
    }
    return true;
}

/* Names must identify leaves and outputs: checkpoints, the interpreter's
 * callers and the runtime look them up by name.  The named nodes sorted
 * by (kind, name, id) put each duplicate after the first node of its name
 * (a step has about a thousand named nodes among 30000: comparing each
 * with every earlier node was most of a warm compile's verification). */
typedef struct Named {
    const char *name;
    bool out;
    NodeId id;
} Named;

static bool is_named(const Node *n)
{
    return (n->op == OP_PARAM || n->op == OP_STATE || n->op == OP_INPUT || n->op == OP_OUTPUT) && n->a.name;
}

static int named_cmp(const void *pa, const void *pb)
{
    const Named *a = pa, *b = pb;
    if (a->out != b->out) return a->out ? 1 : -1;
    int c = strcmp(a->name, b->name);
    return c ? c : (a->id > b->id) - (a->id < b->id);
}

static bool verify_names(Ctx *cx, const Graph *g)
{
    uint32_t n = 0;
    for (NodeId i = 1; i < g->nnodes; i++) n += is_named(&g->nodes[i]);
    Named *v = cx_alloc(cx, (n + 1) * sizeof *v);
    NodeId *first = cx_alloc(cx, g->nnodes * sizeof *first); /* 0: the first of its name */
    bool ok = v && first;
    for (NodeId i = 1, k = 0; ok && i < g->nnodes; i++)
        if (is_named(&g->nodes[i])) v[k++] = (Named){g->nodes[i].a.name, g->nodes[i].op == OP_OUTPUT, i};
    if (ok) qsort(v, n, sizeof *v, named_cmp);
    for (uint32_t k = 1; ok && k < n; k++)
        if (v[k].out == v[k - 1].out && !strcmp(v[k].name, v[k - 1].name))
            first[v[k].id] = first[v[k - 1].id] ? first[v[k - 1].id] : v[k - 1].id;
    bool unique = ok;
    for (NodeId i = 1; ok && i < g->nnodes; i++) /* in node order, as the graph reads */
        if (first[i]) {
            cx_error(cx, g->nodes[i].loc, "%s: name \"%s\" is already used by %%%u", ir_ops[g->nodes[i].op].name,
                     g->nodes[i].a.name, first[i]);
            unique = false;
        }
    cx_free(cx, v);
    cx_free(cx, first);
    return unique;
}

static bool verify_assigns(Ctx *cx, const Graph *g)
{
    bool ok = true;
    uint8_t *seen = cx_alloc(cx, g->nnodes);
    if (!seen) return false;
    for (NodeId i = 1; i < g->nnodes; i++) {
        const Node *n = &g->nodes[i];
        if (n->op != OP_ASSIGN || n->nin != 2 || n->in[0] >= g->nnodes) continue;
        if (seen[n->in[0]]++) {
            cx_error(cx, n->loc, "assign: %%%u is assigned more than once", n->in[0]);
            ok = false;
        }
    }
    cx_free(cx, seen);
    return ok;
}

bool ir_verify(Ctx *cx, const Graph *g)
{
    bool ok = true;
    for (NodeId i = 1; i < g->nnodes; i++) ok &= verify_node(cx, g, i);
    if (!ok) return false;
    ok &= verify_names(cx, g);
    ok &= verify_assigns(cx, g);
    return ok;
}
