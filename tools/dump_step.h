/* dump_step.h — `passc MODEL --dump-step DIR`: one training step on the
 * reference interpreter, written as safetensors for independent checks
 * (tests/reference/).  Lives in tools/ because it links the runtime's
 * safetensors writer, which passc_core may not depend on. */
#ifndef PASSC_DUMP_STEP_H
#define PASSC_DUMP_STEP_H

#include "ir/ir.h"

/* Loads the model at path with the -D defines (plus drop_path_rate=0.0
 * when the model has that constant: random draws off), builds the step in
 * f64, runs it once on seeded random weights, state and inputs, and writes
 * DIR/weights.safetensors, DIR/inputs.safetensors and
 * DIR/outputs.safetensors (contents atop dump_step.c).  DIR must exist.
 * Returns 0, or 1 after diagnostics. */
int passc_dump_step(Ctx *cx, const char *path, const char *const *defines, int ndefines, const char *dir);

#endif
