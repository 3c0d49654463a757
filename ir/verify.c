/* verify.c — ir_verify: the invariants every pass must preserve.
 *
 * Checks, for every node: a valid op; operands that exist and are defined
 * earlier (def-before-use, no dangling ids); no attribute set that the op
 * does not take; the stored type equal to what inference computes (which
 * re-checks arity, dtypes, shapes and attribute ranges); and, graph-wide,
 * that leaf names and output names are unique and that no param or state
 * is assigned twice.  Every problem is reported, not just the first. */
#include "ir/ir.h"

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
 * callers and the runtime look them up by name. */
static bool verify_names(Ctx *cx, const Graph *g)
{
    bool ok = true;
    for (NodeId i = 1; i < g->nnodes; i++) {
        const Node *n = &g->nodes[i];
        bool named = n->op == OP_PARAM || n->op == OP_STATE || n->op == OP_INPUT || n->op == OP_OUTPUT;
        if (!named || !n->a.name) continue;
        bool is_out = n->op == OP_OUTPUT;
        for (NodeId j = 1; j < i; j++) {
            const Node *m = &g->nodes[j];
            bool mnamed = m->op == OP_PARAM || m->op == OP_STATE || m->op == OP_INPUT || m->op == OP_OUTPUT;
            if (!mnamed || !m->a.name || (m->op == OP_OUTPUT) != is_out) continue;
            if (strcmp(m->a.name, n->a.name) == 0) {
                cx_error(cx, n->loc, "%s: name \"%s\" is already used by %%%u", ir_ops[n->op].name, n->a.name, j);
                ok = false;
                break;
            }
        }
    }
    return ok;
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
