/* testutil.h — shared helpers for the check suites: a context whose
 * diagnostics are captured in memory, so tests can assert on messages,
 * and small tensor helpers. */
#ifndef PASSC_TESTUTIL_H
#define PASSC_TESTUTIL_H

#include <check.h>
#include "ir/ir.h"

typedef struct TestCtx {
    Ctx cx;
    char *buf;   /* captured diagnostics (valid after tc_diag) */
    size_t len;
} TestCtx;

/* A context whose diagnostics go to a memory stream. */
void tc_init(TestCtx *t);
/* The diagnostics printed so far (NUL-terminated). */
const char *tc_diag(TestCtx *t);
void tc_fini(TestCtx *t);

/* Runs a suite with check's runner and returns main's exit status. */
int tc_run_suite(Suite *s);

/* Reads a whole file under the source tree (path relative to the root);
 * malloc'ed, NUL-terminated, NULL if missing. */
char *tc_read_source(const char *relpath, size_t *len);

/* Parses a .pir file of the source tree (path relative to the root);
 * fails the test with the diagnostics if it does not parse. */
Graph *tc_parse_source(TestCtx *t, const char *relpath);
/* Compares text with the golden file relpath (source tree); with
 * UPDATE_GOLDEN=1 in the environment it rewrites the file first. */
void tc_check_golden(const char *relpath, const char *got);

/* splitmix64: a reproducible value in [-1, 1) from a running state. */
double tc_rand_signed(uint64_t *state);
/* FNV-1a of a string: seeds that follow a leaf's name, not its node id. */
uint64_t tc_name_hash(const char *s);
/* How often needle occurs in hay (overlapping occurrences count). */
unsigned tc_count(const char *hay, const char *needle);

#endif
