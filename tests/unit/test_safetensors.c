/* test_safetensors.c — the safetensors reader and writer: exact bytes of a
 * written file, round trips, files laid out as other writers lay them out,
 * and a clear error naming the tensor for every kind of damage. */
#include "testutil.h"
#include "runtime/runtime.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char tmpdir[64];

static void setup(void)
{
    snprintf(tmpdir, sizeof tmpdir, "/tmp/passc_st_XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(tmpdir));
}

static void teardown(void)
{
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    ck_assert_int_eq(system(cmd), 0);
}

static void tmp_path(char *buf, size_t n, const char *name)
{
    snprintf(buf, n, "%s/%s", tmpdir, name);
}

/* A file image: 8-byte length, the JSON text, then data bytes. */
static uint8_t *make_file(const char *json, const void *data, size_t ndata, size_t *len)
{
    size_t h = strlen(json);
    *len = 8 + h + ndata;
    uint8_t *b = malloc(*len);
    for (int i = 0; i < 8; i++) b[i] = (uint8_t)((uint64_t)h >> (8 * i));
    memcpy(b + 8, json, h);
    if (ndata) memcpy(b + 8 + h, data, ndata);
    return b;
}

/* Parses a made-up file and expects failure with `want` in the message. */
static void expect_parse_error(const char *json, size_t ndata, const char *want)
{
    TestCtx t;
    tc_init(&t);
    uint8_t data[64] = {0};
    size_t len;
    uint8_t *b = make_file(json, data, ndata, &len);
    SafeFile f;
    ck_assert(!rt_safetensors_parse(&t.cx, "ck.safetensors", b, len, &f));
    ck_assert_msg(strstr(tc_diag(&t), want), "diagnostic was: %s", tc_diag(&t));
    ck_assert_msg(strncmp(tc_diag(&t), "ck.safetensors: error: ", 23) == 0, "got %s", tc_diag(&t));
    tc_fini(&t);
}

START_TEST(t_write_exact_bytes)
{
    TestCtx t;
    tc_init(&t);
    char path[128];
    tmp_path(path, sizeof path, "one.safetensors");
    float one = 1.0f;
    int64_t shape[1] = {1};
    SafeTensorIn in = {"a", ST_F32, 1, shape, &one};
    ck_assert(rt_safetensors_write(&t.cx, path, &in, 1, NULL, 0));
    /* 53 characters of JSON padded with 3 spaces to 56, a multiple of 8. */
    const char *json = "{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}}   ";
    uint8_t want[8 + 56 + 4] = {56, 0, 0, 0, 0, 0, 0, 0};
    memcpy(want + 8, json, 56);
    memcpy(want + 64, &one, 4); /* little-endian on the machines we run on */
    uint8_t *got;
    size_t len;
    char err[128];
    ck_assert(rt_file_read(path, &got, &len, err, sizeof err));
    ck_assert_uint_eq(len, sizeof want);
    ck_assert(memcmp(got, want, len) == 0);
    free(got);
    char tmp[160];
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    ck_assert_int_ne(access(tmp, F_OK), 0); /* renamed away */
    tc_fini(&t);
}
END_TEST

START_TEST(t_roundtrip)
{
    TestCtx t;
    tc_init(&t);
    char path[128];
    tmp_path(path, sizeof path, "rt.safetensors");
    float w[6] = {1.5f, -2.0f, 3.25f, 0.0f, 1e-3f, 7.0f};
    int64_t step[1] = {12345};
    uint16_t bf[4] = {0x3f80, 0xc000, 0x0000, 0x7f80};
    int64_t sw[2] = {2, 3}, ss[1] = {1}, sb[2] = {2, 2};
    SafeTensorIn in[3] = {
        {"student.blocks.0.attn.qkv.weight", ST_F32, 2, sw, w},
        {"step", ST_I64, 1, ss, step},
        {"quote\"and\\slash", ST_BF16, 2, sb, bf},
    };
    const char *meta[4] = {"format", "pt", "passc", "0.1.0"};
    ck_assert(rt_safetensors_write(&t.cx, path, in, 3, meta, 2));
    SafeFile f;
    ck_assert_msg(rt_safetensors_read(&t.cx, path, &f), "%s", tc_diag(&t));
    ck_assert_int_eq(f.n, 3);
    const SafeTensor *a = rt_safetensors_expect(&t.cx, &f, "student.blocks.0.attn.qkv.weight", ST_F32, 2, sw);
    ck_assert_ptr_nonnull(a);
    ck_assert(memcmp(a->data, w, sizeof w) == 0);
    const SafeTensor *s = rt_safetensors_find(&f, "step");
    ck_assert(s && s->dt == ST_I64 && s->begin == 24 && s->end == 32);
    ck_assert(memcmp(s->data, step, 8) == 0);
    const SafeTensor *q = rt_safetensors_find(&f, "quote\"and\\slash");
    ck_assert(q && q->dt == ST_BF16 && memcmp(q->data, bf, 8) == 0);
    ck_assert_str_eq(rt_safetensors_meta(&f, "format"), "pt");
    ck_assert_str_eq(rt_safetensors_meta(&f, "passc"), "0.1.0");
    ck_assert_ptr_null(rt_safetensors_meta(&f, "nope"));
    ck_assert_int_eq(t.cx.nerrors, 0);
    rt_safetensors_free(&f);
    tc_fini(&t);
}
END_TEST

/* Layout as Python's safetensors writes it: spaces, metadata last, tensors
 * not in offset order, a \u escape, an empty tensor. */
START_TEST(t_foreign_layout)
{
    TestCtx t;
    tc_init(&t);
    const char *json =
        "{ \"b\" : {\"dtype\":\"I32\", \"shape\":[2], \"data_offsets\":[4, 12]},\n"
        "  \"\\u00e9t\\u00e9\": {\"shape\": [1], \"data_offsets\": [0,4], \"dtype\": \"F32\"},\n"
        "  \"empty\": {\"dtype\":\"F32\",\"shape\":[0,3],\"data_offsets\":[12,12]},\n"
        "  \"__metadata__\": {\"k\": \"line\\nbreak\"} }    ";
    uint8_t data[12];
    float x = 0.5f;
    int32_t b[2] = {7, -9};
    memcpy(data, &x, 4);
    memcpy(data + 4, b, 8);
    size_t len;
    uint8_t *buf = make_file(json, data, 12, &len);
    SafeFile f;
    ck_assert_msg(rt_safetensors_parse(&t.cx, "py.safetensors", buf, len, &f), "%s", tc_diag(&t));
    const SafeTensor *e = rt_safetensors_find(&f, "\xc3\xa9t\xc3\xa9"); /* "été" in UTF-8 */
    ck_assert_ptr_nonnull(e);
    ck_assert(memcmp(e->data, &x, 4) == 0);
    const SafeTensor *bt = rt_safetensors_find(&f, "b");
    ck_assert(memcmp(bt->data, b, 8) == 0);
    ck_assert_int_eq(rt_safetensors_find(&f, "empty")->shape[0], 0);
    ck_assert_str_eq(rt_safetensors_meta(&f, "k"), "line\nbreak");
    rt_safetensors_free(&f);
    tc_fini(&t);
}
END_TEST

START_TEST(t_truncated_file)
{
    TestCtx t;
    tc_init(&t);
    char path[128];
    tmp_path(path, sizeof path, "trunc.safetensors");
    float w[4] = {1, 2, 3, 4};
    int64_t sh[1] = {4};
    SafeTensorIn in[2] = {{"x", ST_F32, 1, sh, w}, {"y", ST_F32, 1, sh, w}};
    ck_assert(rt_safetensors_write(&t.cx, path, in, 2, NULL, 0));
    ck_assert_int_eq(truncate(path, 8 + 112 + 20), 0); /* 110-byte header padded to 112; y cut */
    SafeFile f;
    ck_assert(!rt_safetensors_read(&t.cx, path, &f));
    char want[256];
    snprintf(want, sizeof want, "%s: error: tensor 'y': data_offsets [16, 32] outside the 20 bytes", path);
    ck_assert_msg(strstr(tc_diag(&t), want), "got %s", tc_diag(&t));
    ck_assert_int_eq(truncate(path, 5), 0);
    ck_assert(!rt_safetensors_read(&t.cx, path, &f));
    ck_assert(strstr(tc_diag(&t), "5 bytes: too short"));
    tc_fini(&t);
}
END_TEST

START_TEST(t_header_length_bad)
{
    TestCtx t;
    tc_init(&t);
    uint8_t b[16] = {0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0, '{', '}'};
    SafeFile f;
    uint8_t *copy = malloc(16);
    memcpy(copy, b, 16);
    ck_assert(!rt_safetensors_parse(&t.cx, "h.safetensors", copy, 16, &f));
    ck_assert(strstr(tc_diag(&t), "header length 4294967295 does not fit in the file of 16 bytes"));
    tc_fini(&t);
}
END_TEST

START_TEST(t_damage_named)
{
    expect_parse_error("{\"w\":{\"dtype\":\"F32\",\"shape\":[2,3],\"data_offsets\":[0,20]}}", 20,
                       "tensor 'w': F32 of 2 dims needs 24 bytes, data_offsets give 20");
    expect_parse_error("{\"w\":{\"dtype\":\"F33\",\"shape\":[1],\"data_offsets\":[0,4]}}", 4,
                       "tensor 'w': unknown dtype \"F33\"");
    expect_parse_error("{\"w\":{\"dtype\":\"F32\",\"shape\":[1]}}", 0,
                       "tensor 'w': missing field \"data_offsets\"");
    expect_parse_error("{\"w\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4],\"x\":1}}", 4,
                       "tensor 'w': unknown field \"x\"");
    expect_parse_error("{\"a\":{\"dtype\":\"U8\",\"shape\":[4],\"data_offsets\":[0,4]},"
                       "\"b\":{\"dtype\":\"U8\",\"shape\":[4],\"data_offsets\":[2,6]}}", 6,
                       "tensor 'b': data overlaps tensor 'a'");
    expect_parse_error("{\"a\":{\"dtype\":\"U8\",\"shape\":[4],\"data_offsets\":[2,6]}}", 6,
                       "tensor 'a': 2 bytes of unused data before it");
    expect_parse_error("{\"a\":{\"dtype\":\"U8\",\"shape\":[4],\"data_offsets\":[0,4]}}", 7,
                       "3 bytes of data after the last tensor");
    expect_parse_error("{\"a\":{\"dtype\":\"U8\",\"shape\":[1],\"data_offsets\":[0,1]},"
                       "\"a\":{\"dtype\":\"U8\",\"shape\":[1],\"data_offsets\":[1,2]}}", 2,
                       "tensor 'a': defined twice");
    expect_parse_error("{\"a\":{\"dtype\":\"U8\",\"shape\":[-1],\"data_offsets\":[0,1]}}", 1,
                       "header: expected a non-negative integer");
    expect_parse_error("{\"a\":{\"dtype\":\"U8\",\"shape\":[1],\"data_offsets\":[0,1]}", 1,
                       "header: unexpected end, expected ','");
    expect_parse_error("{\"a\":{\"dtype\":\"U8\",\"shape\":[1],\"data_offsets\":[0,1]}} x", 1,
                       "header: text after the JSON object");
    expect_parse_error("{\"a\":{\"dtype\":\"U8\",\"shape\":[1,1,1,1,1,1,1,1,1],\"data_offsets\":[0,1]}}", 1,
                       "tensor 'a': rank above 8");
    expect_parse_error("{\"a\":{\"dtype\":\"U8\",\"shape\":[1],\"data_offsets\":[1,0]}}", 1,
                       "tensor 'a': data_offsets [1, 0] outside");
}
END_TEST

START_TEST(t_expect_mismatch)
{
    TestCtx t;
    tc_init(&t);
    char path[128];
    tmp_path(path, sizeof path, "m.safetensors");
    float w[6] = {0};
    int64_t sh[2] = {2, 3}, other[2] = {3, 2};
    SafeTensorIn in = {"pos_embed", ST_F32, 2, sh, w};
    ck_assert(rt_safetensors_write(&t.cx, path, &in, 1, NULL, 0));
    SafeFile f;
    ck_assert(rt_safetensors_read(&t.cx, path, &f));
    ck_assert_ptr_null(rt_safetensors_expect(&t.cx, &f, "pos_embed", ST_F32, 2, other));
    ck_assert_ptr_null(rt_safetensors_expect(&t.cx, &f, "pos_embed", ST_BF16, 2, sh));
    ck_assert_ptr_null(rt_safetensors_expect(&t.cx, &f, "cls_token", ST_F32, 2, sh));
    char want[1024];
    snprintf(want, sizeof want,
             "%s: error: tensor 'pos_embed': expected F32[3,2], the checkpoint has F32[2,3]\n"
             "%s: error: tensor 'pos_embed': expected BF16[2,3], the checkpoint has F32[2,3]\n"
             "%s: error: tensor 'cls_token': missing from the checkpoint\n", path, path, path);
    ck_assert_str_eq(tc_diag(&t), want);
    rt_safetensors_free(&f);
    tc_fini(&t);
}
END_TEST

START_TEST(t_write_errors)
{
    TestCtx t;
    tc_init(&t);
    char path[160];
    tmp_path(path, sizeof path, "no/such/dir/x.safetensors");
    float v = 1;
    int64_t sh[1] = {1};
    SafeTensorIn in[2] = {{"a", ST_F32, 1, sh, &v}, {"a", ST_F32, 1, sh, &v}};
    ck_assert(!rt_safetensors_write(&t.cx, path, in, 1, NULL, 0));
    ck_assert(strstr(tc_diag(&t), "cannot write checkpoint: No such file or directory"));
    tmp_path(path, sizeof path, "dup.safetensors");
    ck_assert(!rt_safetensors_write(&t.cx, path, in, 2, NULL, 0));
    ck_assert(strstr(tc_diag(&t), "tensor 'a': empty, reserved or duplicate name"));
    ck_assert_int_ne(access(path, F_OK), 0);
    tc_fini(&t);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("safetensors");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, t_write_exact_bytes);
    tcase_add_test(tc, t_roundtrip);
    tcase_add_test(tc, t_foreign_layout);
    tcase_add_test(tc, t_truncated_file);
    tcase_add_test(tc, t_header_length_bad);
    tcase_add_test(tc, t_damage_named);
    tcase_add_test(tc, t_expect_mismatch);
    tcase_add_test(tc, t_write_errors);
    suite_add_tcase(s, tc);
    return tc_run_suite(s);
}
