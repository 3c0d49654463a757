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

enum { RUN_MAX_ARCHS = 8 };

/* What the executable carries (passc --target=LIST) and how it was made
 * (the -D definitions, recorded so ./run can print the recompile line). */
typedef struct RunOptions {
    bool cpu;                  /* CPU code: cpu.N.bc, cpu.N.o, cpu.target, host.bc, host.o */
    bool cuda;                 /* the CUDA program: cuda.src, cuda.info */
    int arch[RUN_MAX_ARCHS];   /* CUBINs (cubin.sm_XX), compiled by NVRTC */
    int narch;
    bool archs_named;          /* CUDA named by --target: a CUDA failure (a kernel
                                  the backend lacks, NVRTC) is then an error; by
                                  default it is a note and the file is CPU-only */
    const char *const *defines;/* passc's -D NAME=VALUE, in order */
    int ndefines;
    const FuseOptions *fuse;   /* --fuse/--no-fuse; NULL = the default kinds */
} RunOptions;

/* The default: CPU code and the CUDA program, with CUBINs for sm_80 and
 * sm_90 when this passc has NVRTC. */
void run_options_default(RunOptions *t);
/* --target=LIST, comma-separated: cpu, cuda (program and, with NVRTC, the
 * default CUBINs), cuda:sm_XX (program and that CUBIN), all (cpu,cuda); replaces
 * the targets of t (not its defines).  False with a one-line message in
 * err. */
bool run_targets_parse(const char *list, RunOptions *t, char *err, size_t nerr);
/* passc_write_executable with these options (that one uses the default). */
bool passc_write_executable_for(Ctx *cx, Model *m, const PipelineOptions *po, const char *out_path,
                                const RunOptions *t);

#endif
