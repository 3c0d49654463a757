/* write_run.h — `passc MODEL.yaml -o run`: the training executable.
 * Lives in tools/ because it joins the compiler (passes, codegen) with the
 * launcher binary passc-run built next to passc. */
#ifndef PASSC_WRITE_RUN_H
#define PASSC_WRITE_RUN_H

#include "frontend/frontend.h"
#include "passes/passes.h"

/* Given m with its training step built (step_build), runs the graph
 * pipeline po, fuses, schedules and plans the
 * kernels, compiles them for this CPU, and writes out_path: the launcher
 * (passc-run, found as $PASSC_RUNTIME or next to the running passc) with
 * the bundle appended (docs/bundle.md), mode 0755, through a temporary
 * file renamed into place.  False after diagnostics. */
bool passc_write_executable(Ctx *cx, Model *m, const PipelineOptions *po, const char *out_path);

#endif
