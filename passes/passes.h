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
/* Monotonic milliseconds, and the --time-passes line of a stage that is
 * not a graph pass (fusion, code generation, writing): "stage NAME ms". */
double pass_now_ms(void);
void pass_time_stage(const PipelineOptions *o, const char *name, double t0_ms);

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

/* ----------------------------------------------------- small_matmul.c */

/* Batched matmuls with few multiply-adds per matrix (the PASS aggregation's
 * attention over 5 tokens and its gradients) become reduce_sum(mul(...))
 * of broadcast operands, which fusion makes one loop kernel instead of a
 * library call per matrix.  The rule and the threshold are atop
 * small_matmul.c.  Renumbers the graph (as dce). */
bool pass_small_matmul(Ctx *cx, Graph *g);

/* ----------------------------------------------------------- colsum.c */

/* f32 sums over leading axes (bias gradients, batch means, layer-norm
 * weight gradients) become ones[1, rows] @ x[rows, features], a GEMM
 * instead of a loop that reads a column at a time; the rule is atop
 * colsum.c.
 * Renumbers the graph (as dce). */
bool pass_colsum(Ctx *cx, Graph *g);
/* Whether n is such a sum (a matmul whose first operand is a const row of
 * f32 ones): the precision policy keeps it f32, as every reduction. */
bool colsum_is_sum(const Graph *g, const Node *n);

/* ---------------------------------------------------------- unshare.c */

/* A cheap elementwise value (one tensor operand, the rest constants) read
 * by several elementwise/reduction nodes gets one copy per reader, so
 * fusion recomputes it in each reader's kernel instead of storing it. */
bool pass_unshare(Ctx *cx, Graph *g);

/* -------------------------------------------------------- precision.c */

/* The precision policy (the table of which op runs in which dtype is atop
 * precision.c).  PREC_F32 is the CPU default and the identity. */
typedef enum Precision { PREC_F32, PREC_BF16 } Precision;

/* Applies the policy to g (normally the step, right after step_build):
 * under bf16 every f32 matmul gets bf16 operands and a bf16 result read
 * back as f32; reductions, losses, weights and optimizer state stay f32.
 * Idempotent; renumbers the graph (as dce). */
bool prec_apply(Ctx *cx, Graph *g, Precision prec);
/* The pass-table entry: prec_apply with PREC_BF16. */
bool pass_precision(Ctx *cx, Graph *g);
/* "f32" or "bf16" (the --precision= values); false for anything else. */
bool prec_parse(const char *s, Precision *out);
const char *prec_name(Precision prec);

/* ----------------------------------------- fuse.c, schedule.c, memplan.c */

/* The kernel stages run after the graph pipeline, on a graph that no
 * longer changes, and produce a KernelProgram (ir/kernel.h) instead of
 * rewriting the graph: see kernel.h for why kernels are not attached to
 * the Graph. */
#include "ir/kernel.h"

/* fuse.c: groups g's nodes into kernels (method atop fuse.c).  o may be
 * NULL (all fusions, default cap).  The kernels come out in a valid order,
 * named, not yet scheduled or planned. */
bool kir_build(Ctx *cx, const Graph *g, const FuseOptions *o, KernelProgram **out);
/* Parses a --no-fuse value ("elementwise", "views", "prologue",
 * "epilogue", comma separated) and clears those bits of *enable; false
 * after reporting an unknown kind. */
bool kir_parse_no_fuse(Ctx *cx, const char *list, unsigned *enable);

/* schedule.c: reorders the kernels (keeping dependencies) so that fewer
 * activation bytes are live at once: a greedy list schedule that prefers
 * the ready kernel freeing the most bytes, kept only if it beats the
 * original order.  Renames the kernels after their new positions. */
bool kir_schedule(Ctx *cx, KernelProgram *p);
/* Bytes of live activations at the worst point of the current order. */
uint64_t kir_live_peak(const KernelProgram *p);

/* inplace.c: removes the concat kernels whose parts can be written in
 * place (each part's buffer then lives inside the concat's, KBuf.within);
 * after schedule, before memplan. */
bool kir_concat_in_place(Ctx *cx, KernelProgram *p);

/* memplan.c: liveness over the kernel order, offsets of activations in one
 * arena (best of a few greedy placements) and flat arenas for the other
 * classes; fills p->plan and every buffer's offset/def/last. */
bool kir_memplan(Ctx *cx, KernelProgram *p);
/* Checks a plan: buffers inside their arenas, and no two activation
 * buffers live at the same time overlap.  Reports each violation. */
bool kir_verify_plan(Ctx *cx, const KernelProgram *p);

/* fuse + schedule + in-place concats (unless o clears FUSE_INPLACE) +
 * memplan + verify: what backends call. */
bool kir_compile(Ctx *cx, const Graph *g, const FuseOptions *o, KernelProgram **out);

/* -------------------------------------------------------------- step.c */

/* The training step needs the Model's tables (which schedule is the lr,
 * the optimizer's betas and clipping, the teacher of each parameter), so
 * it is not a plain graph pass: the driver runs it on the Model before the
 * graph pipeline.  Leaves and outputs it adds are listed atop step.c. */
#include "frontend/frontend.h"

typedef struct StepOptions {
    bool grad_outputs; /* add output "grad.<name>" per trainable parameter */
} StepOptions;

/* Appends to m->g the gradients, all-reduce, per-tensor clipping, AdamW
 * with the last-layer freeze and the teacher EMA (spec 5.4), as assigns,
 * plus output "finite".  o may be NULL (defaults).  False after a
 * diagnostic (no total loss, no lr/wd schedule, unsupported optimizer). */
bool step_build(Ctx *cx, Model *m, const StepOptions *o);
/* Turns every f32 value of m->g (leaves, consts, casts, random draws) and
 * of the parameter table into f64, keeping node ids: gradient checks and
 * --dump-step run the step in f64 with no constant rounded to f32.  Run
 * it before step_build. */
bool step_promote_f64(Ctx *cx, Model *m);
/* step_build with the default options (what `passc` compiles). */
bool pass_step_model(Ctx *cx, Model *m);


#endif
