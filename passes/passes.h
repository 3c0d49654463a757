/* passes.h — the pass pipeline and the passes, one file each.
 *
 * Every pass has the signature `bool pass_<name>(Ctx *cx, Graph *g)`: it
 * rewrites g in place (passes that rebuild the graph swap the new one in
 * with ir_graph_swap) and returns false only after reporting a diagnostic.
 * pipeline.c holds the table that names them. */
#ifndef PASSC_PASSES_H
#define PASSC_PASSES_H

#include "ir/ir.h"

typedef bool (*PassFn)(Ctx *cx, Graph *g);

typedef struct PassInfo {
    const char *name;
    PassFn fn;
    const char *help;
} PassInfo;

/* ---------------------------------------------------------- pipeline.c */

typedef struct PipelineOptions {
    const char *passes;      /* comma-separated pass names; NULL = default */
    const char *print_after; /* print the graph after this pass */
    bool print_after_all;
    bool verify_each;        /* ir_verify after every pass */
    bool time_passes;
    FILE *dump;              /* where dumps and timings go */
} PipelineOptions;

/* The table of all passes, terminated by a zero entry. */
extern const PassInfo pass_table[];
const PassInfo *pass_lookup(const char *name, size_t len);
/* Runs the passes named in o->passes (or the default pipeline) on g. */
bool pass_pipeline_run(Ctx *cx, Graph *g, const PipelineOptions *o);

/* --------------------------------------------------------------- dce.c */

/* Removes nodes no effect (assign, output) depends on and renumbers the
 * rest densely.  A graph without effect nodes is left as it is: nothing
 * says which of its values matter. */
bool pass_dce(Ctx *cx, Graph *g);

/* ---------------------------------------------------------- autodiff.c */

/* A loss to differentiate and its weight: the losses are summed as
 * sum_i weight_i * loss_i before differentiation. */
typedef struct AdLoss {
    NodeId node; /* a floating-point node with one element */
    double weight;
} AdLoss;

/* Reverse-mode gradients of the weighted sum of the losses with respect to
 * each wrt[i], appended to g as ordinary nodes.  grads[i] receives the
 * gradient node (same type as wrt[i]) or 0 when no differentiable path
 * leads from wrt[i] to a loss (stop_gradient, comparisons, floor, topk,
 * iota, rand_uniform and integer values cut paths).  Only nodes on a path
 * from some wrt[i] get backward nodes, so a param left out of wrt (frozen)
 * costs nothing.  Returns false after reporting an error (a loss that is
 * not a float scalar; out of memory).  Tie conventions are documented atop
 * autodiff.c. */
bool ad_grad(Ctx *cx, Graph *g, const AdLoss *losses, uint32_t nloss, const NodeId *wrt, uint32_t nwrt,
             NodeId *grads);
/* Whether op has a gradient rule (exactly the ops flagged OF_DIFF). */
bool ad_has_rule(Op op);
/* The pass: differentiates the input of `output name="loss"` with respect
 * to every param not tagged frozen and adds `output name="grad.<param>"`
 * for each, in param order; a param the loss does not depend on gets a
 * zero gradient.  Errors: no output "loss", a non-scalar loss, a grad
 * output that already exists. */
bool pass_autodiff(Ctx *cx, Graph *g);

/* ---------------------------------------------------------- simplify.c */

/* Constant folding (small results, computed with f32 rounding), algebraic
 * identities (x*1, x+0, neg(neg x), reshape(reshape x), permute(permute x),
 * no-op layout ops, ...), CSE and DCE, repeated to a fixed point.  The
 * list of rewrites is atop simplify.c; golden tests in tests/golden_passes
 * show each. */
bool pass_simplify(Ctx *cx, Graph *g);

#endif
