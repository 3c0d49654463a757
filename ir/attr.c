/* attr.c — the static tables of the IR: the op table expanded from
 * ops.def, the attribute table (name, type, field of Attrs), leaf tags,
 * dtypes, and small shape/type helpers.
 *
 * These tables are const data; lookups are linear scans over a few dozen
 * entries, which is cheaper than building hash maps in a context. */
#include "ir/ir.h"

#include <string.h>

const OpInfo ir_ops[OP_COUNT] = {
    [OP_NONE] = {"none", 0, OK_LEAF, 0, ""},
#define X(id, nm, ar, kd, fl, at) [OP_##id] = {nm, ar, kd, fl, at},
#include "ops.def"
#undef X
};

static bool name_eq(const char *s, size_t len, const char *name)
{
    return strlen(name) == len && memcmp(s, name, len) == 0;
}

Op ir_op_lookup(const char *name, size_t len)
{
    for (int op = 1; op < OP_COUNT; op++)
        if (name_eq(name, len, ir_ops[op].name)) return (Op)op;
    return OP_NONE;
}

/* ---- attributes ---- */

static const AttrInfo attr_table[] = {
    {"axis", AT_INT, offsetof(Attrs, axis)},
    {"k", AT_INT, offsetof(Attrs, k)},
    {"ta", AT_INT, offsetof(Attrs, ta)},
    {"tb", AT_INT, offsetof(Attrs, tb)},
    {"keep", AT_INT, offsetof(Attrs, keep)},
    {"stream", AT_INT, offsetof(Attrs, stream)},
    {"n", AT_INT, offsetof(Attrs, n)},
    {"size", AT_INT, offsetof(Attrs, size)},
    {"frozen_epochs", AT_INT, offsetof(Attrs, frozen_epochs)},
    {"value", AT_FLOAT, offsetof(Attrs, value)},
    {"scale", AT_FLOAT, offsetof(Attrs, scale)},
    {"axes", AT_INTLIST, offsetof(Attrs, axes)},
    {"perm", AT_INTLIST, offsetof(Attrs, perm)},
    {"lo", AT_INTLIST, offsetof(Attrs, lo)},
    {"hi", AT_INTLIST, offsetof(Attrs, hi)},
    {"tags", AT_TAGS, offsetof(Attrs, tags)},
    {"name", AT_STRING, offsetof(Attrs, name)},
    {"init", AT_STRING, offsetof(Attrs, init)},
    {"data", AT_DATA, offsetof(Attrs, data)},
};

const AttrInfo *ir_attr_lookup(const char *name, size_t len)
{
    for (size_t i = 0; i < sizeof attr_table / sizeof attr_table[0]; i++)
        if (name_eq(name, len, attr_table[i].name)) return &attr_table[i];
    return NULL;
}

bool ir_op_has_attr(Op op, const char *name, size_t len)
{
    const char *s = ir_ops[op].attrs;
    while (*s) {
        const char *e = strchr(s, ' ');
        size_t n = e ? (size_t)(e - s) : strlen(s);
        if (n == len && memcmp(s, name, len) == 0) return true;
        s += n;
        while (*s == ' ') s++;
    }
    return false;
}

static const char *const tag_names[] = {"no_weight_decay", "frozen"};

const char *ir_tag_name(uint32_t bit)
{
    for (unsigned i = 0; i < sizeof tag_names / sizeof tag_names[0]; i++)
        if (bit == 1u << i) return tag_names[i];
    return NULL;
}

uint32_t ir_tag_lookup(const char *s, size_t len)
{
    for (unsigned i = 0; i < sizeof tag_names / sizeof tag_names[0]; i++)
        if (name_eq(s, len, tag_names[i])) return 1u << i;
    return 0;
}

/* ---- dtypes ---- */

static const struct {
    const char *name;
    size_t size;
} dt_table[DT_COUNT] = {
    [DT_NONE] = {"none", 0}, [DT_F32] = {"f32", 4}, [DT_BF16] = {"bf16", 2},
    [DT_F16] = {"f16", 2},   [DT_F64] = {"f64", 8}, [DT_I32] = {"i32", 4},
    [DT_I64] = {"i64", 8},   [DT_BOOL] = {"bool", 1},
};

const char *dt_name(DType dt) { return dt < DT_COUNT ? dt_table[dt].name : "?"; }
size_t dt_size(DType dt) { return dt < DT_COUNT ? dt_table[dt].size : 0; }

DType dt_lookup(const char *s, size_t len)
{
    for (int d = 1; d < DT_COUNT; d++)
        if (name_eq(s, len, dt_table[d].name)) return (DType)d;
    return DT_NONE;
}

bool dt_is_float(DType dt) { return dt == DT_F32 || dt == DT_BF16 || dt == DT_F16 || dt == DT_F64; }
bool dt_is_int(DType dt) { return dt == DT_I32 || dt == DT_I64; }

/* ---- shapes ---- */

int64_t shape_numel(const Shape *s)
{
    int64_t n = 1;
    for (int i = 0; i < s->rank; i++) n *= s->dim[i];
    return n;
}

bool shape_eq(const Shape *a, const Shape *b)
{
    if (a->rank != b->rank) return false;
    for (int i = 0; i < a->rank; i++)
        if (a->dim[i] != b->dim[i]) return false;
    return true;
}

bool type_eq(const Type *a, const Type *b) { return a->dt == b->dt && shape_eq(&a->shape, &b->shape); }

Shape shape_make(int rank, const int64_t *dims)
{
    Shape s = {0};
    IR_ASSERT(rank >= 0 && rank <= IR_MAX_RANK);
    s.rank = rank;
    for (int i = 0; i < rank; i++) s.dim[i] = dims[i];
    return s;
}

char *type_str(const Type *t, char *buf, size_t n)
{
    size_t used = (size_t)snprintf(buf, n, "%s[", dt_name(t->dt));
    for (int i = 0; i < t->shape.rank && used < n; i++)
        used += (size_t)snprintf(buf + used, n - used, i ? ",%lld" : "%lld", (long long)t->shape.dim[i]);
    if (used < n) snprintf(buf + used, n - used, "]");
    return buf;
}
