/* dce.c — dead-code elimination.
 *
 * Marks every node that an effect node (assign, output) reaches through
 * its operands, then rebuilds the graph from the live nodes in their
 * original order, so ids stay dense and definition order is kept. */
#include "passes/passes.h"

static bool mark_live(const Graph *g, uint8_t *live)
{
    bool any = false;
    for (NodeId i = g->nnodes - 1; i >= 1; i--) {
        const Node *n = &g->nodes[i];
        if (ir_ops[n->op].flags & OF_EFFECT) live[i] = 1, any = true;
        if (!live[i]) continue;
        for (uint32_t j = 0; j < n->nin; j++) live[n->in[j]] = 1;
    }
    return any;
}

/* Copies the live nodes of g into a new graph; map[old] = new id. */
static Graph *rebuild(Ctx *cx, const Graph *g, const uint8_t *live, NodeId *map)
{
    Graph *ng = ir_graph_new(cx, g->name);
    if (!ng) return NULL;
    for (NodeId i = 1; i < g->nnodes; i++) {
        if (live[i] && !(map[i] = ir_add_renamed(ng, &g->nodes[i], map))) {
            ir_graph_free(ng);
            return NULL;
        }
    }
    return ng;
}

bool pass_dce(Ctx *cx, Graph *g)
{
    uint8_t *live = cx_alloc(cx, g->nnodes);
    NodeId *map = cx_alloc(cx, g->nnodes * sizeof *map);
    bool ok = live && map;
    if (ok && mark_live(g, live)) {
        Graph *ng = rebuild(cx, g, live, map);
        ok = ng != NULL;
        if (ok) {
            ir_graph_swap(g, ng);
            ir_graph_free(ng);
        }
    }
    cx_free(cx, live);
    cx_free(cx, map);
    return ok;
}
