/* testutil.c — see testutil.h. */
#include "testutil.h"

#include <stdlib.h>
#include <string.h>

void tc_init(TestCtx *t)
{
    memset(t, 0, sizeof *t);
    FILE *f = open_memstream(&t->buf, &t->len);
    ck_assert_ptr_nonnull(f);
    ctx_init(&t->cx, f);
}

const char *tc_diag(TestCtx *t)
{
    fflush(t->cx.diag);
    return t->buf ? t->buf : "";
}

void tc_fini(TestCtx *t)
{
    FILE *f = t->cx.diag;
    ctx_fini(&t->cx);
    fclose(f);
    free(t->buf);
    t->buf = NULL;
}

int tc_run_suite(Suite *s)
{
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

char *tc_read_source(const char *relpath, size_t *len)
{
    const char *root = getenv("PASSC_SOURCE_DIR");
    if (!root) root = PASSC_SOURCE_DIR;
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", root, relpath);
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    if (buf) {
        buf[n] = 0;
        if (len) *len = (size_t)n;
    }
    return buf;
}

Graph *tc_parse_source(TestCtx *t, const char *relpath)
{
    char *text = tc_read_source(relpath, NULL);
    ck_assert_msg(text, "missing %s", relpath);
    Graph *g = ir_parse(&t->cx, relpath, text, strlen(text));
    free(text);
    ck_assert_msg(g, "%s", tc_diag(t));
    return g;
}

void tc_check_golden(const char *relpath, const char *got)
{
    if (getenv("UPDATE_GOLDEN")) {
        const char *root = getenv("PASSC_SOURCE_DIR");
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", root ? root : PASSC_SOURCE_DIR, relpath);
        FILE *f = fopen(path, "w");
        ck_assert_ptr_nonnull(f);
        fputs(got, f);
        ck_assert_int_eq(fclose(f), 0);
    }
    char *want = tc_read_source(relpath, NULL);
    ck_assert_msg(want, "missing %s (run with UPDATE_GOLDEN=1)", relpath);
    ck_assert_msg(!strcmp(got, want), "%s differs; got:\n%s", relpath, got);
    free(want);
}

double tc_rand_signed(uint64_t *s)
{
    uint64_t z = (*s += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    z ^= z >> 31;
    return (double)(z >> 11) * 0x1p-53 * 2 - 1;
}

uint64_t tc_name_hash(const char *s)
{
    uint64_t h = 1469598103934665603ull;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

unsigned tc_count(const char *hay, const char *needle)
{
    unsigned n = 0;
    for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle)) n++;
    return n;
}
