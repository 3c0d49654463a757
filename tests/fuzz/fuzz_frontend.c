/* fuzz_frontend.c — libFuzzer entry over the whole frontend: arbitrary
 * bytes as a model file (imports resolve under models/, so inputs may use
 * the real library), through YAML parsing, expression parsing, evaluation,
 * graph building and verification.  It must never crash, leak or hang;
 * diagnostics go to a memory stream that is thrown away.  Built and run
 * by tests/fuzz/run.sh (clang-14 -fsanitize=fuzzer,address,undefined over
 * this file, the frontend and the graph IR). */
#include "ir/ir.h"
#include "frontend/frontend.h"

#include <stdio.h>
#include <stdlib.h>

#ifndef PASSC_SOURCE_DIR
#define PASSC_SOURCE_DIR "."
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *diag = open_memstream(&buf, &len);
    if (!diag) return 0;
    Ctx cx;
    ctx_init(&cx, diag);
    Model *m = fe_load_text(&cx, PASSC_SOURCE_DIR "/models/fuzz_input.yaml", (const char *)data,
                            size, NULL, 0);
    if (m) {
        FILE *out = fopen("/dev/null", "w");
        if (out) {
            fe_print_summary(m, out);
            fclose(out);
        }
        fe_model_free(m);
    }
    ctx_fini(&cx);
    fclose(diag);
    free(buf);
    return 0;
}
