/* print.c — the canonical text form of a graph (docs/ir.md).
 *
 * Expects a graph whose nodes are in definition order (ids 1..n).  Produces
 *   graph "name"
 *   %1 = input name="x" : f32[2,3] @ models/tiny.yaml:4:7
 *   %2 = reduce_sum %1 axes=[1] keep=0 : f32[2]
 * Every attribute an op takes is printed, always, in the order of its spec
 * string in ops.def, so two equal graphs print the same text.  Floating
 * values print as the shortest decimal that reads back to the same bits
 * (of the value's own dtype), which is what makes print(parse(print(g)))
 * equal print(g).  Also holds the element codec for const data, shared with
 * the parser. */
#include "ir/ir.h"

#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------- 16-bit floats */

/* Rounds x to nearest-even in a binary format with `ebits` exponent and
 * `mbits` mantissa bits (bf16: 8/7, f16: 5/10) and returns its bit pattern.
 * Doing it from the double in one step avoids double rounding. */
static uint16_t half_encode(double x, int ebits, int mbits)
{
    uint16_t sign = signbit(x) ? (uint16_t)0x8000 : 0;
    uint16_t expmask = (uint16_t)(((1u << ebits) - 1) << mbits);
    if (isnan(x)) return sign | expmask | (uint16_t)(1u << (mbits - 1));
    double a = fabs(x);
    if (a == 0) return sign;
    int bias = (1 << (ebits - 1)) - 1, e;
    if (isinf(a)) return sign | expmask;
    frexp(a, &e);
    int E = e - 1 < 1 - bias ? 1 - bias : e - 1; /* subnormals share emin */
    double q = rint(ldexp(a, mbits - E));        /* default mode: to even */
    if (q >= ldexp(1, mbits + 1)) {
        q /= 2;
        E++;
    }
    if (E > bias) return sign | expmask;
    uint32_t m = (uint32_t)q;
    if (m < (1u << mbits)) return sign | (uint16_t)m; /* subnormal or zero */
    return sign | (uint16_t)((uint32_t)(E + bias) << mbits) | (uint16_t)(m - (1u << mbits));
}

static double half_decode(uint16_t bits, int ebits, int mbits)
{
    int bias = (1 << (ebits - 1)) - 1;
    uint32_t ex = (bits >> mbits) & ((1u << ebits) - 1);
    uint32_t m = bits & ((1u << mbits) - 1);
    double v;
    if (ex == 0)
        v = ldexp(m, 1 - bias - mbits);
    else if (ex == (1u << ebits) - 1)
        v = m ? NAN : INFINITY;
    else
        v = ldexp(m + (1u << mbits), (int)ex - bias - mbits);
    return (bits & 0x8000) ? -v : v;
}

/* The same for bf16, fast when x is a float (what kernels compute):
 * ir_f32_to_bf16_rne.  Other values (more precision than a float, NaN)
 * take half_encode, so a double never rounds twice. */
static uint16_t bf16_encode(double x)
{
    float f = (float)x;
    return (double)f == x ? ir_f32_to_bf16_rne(f) : half_encode(x, 8, 7);
}

double ir_data_get(DType dt, const void *data, int64_t i)
{
    switch (dt) {
    case DT_F32: return ((const float *)data)[i];
    case DT_F64: return ((const double *)data)[i];
    case DT_BF16: return ir_bf16_to_f32(((const uint16_t *)data)[i]);
    case DT_F16: return half_decode(((const uint16_t *)data)[i], 5, 10);
    case DT_I32: return ((const int32_t *)data)[i];
    case DT_I64: return (double)((const int64_t *)data)[i];
    case DT_BOOL: return ((const uint8_t *)data)[i] != 0;
    default: IR_ASSERT(!"dtype without data");
    }
    return 0;
}

/* Float to integer as the interpreter casts: toward zero, saturating, NaN
 * to 0 (an out-of-range C conversion would be undefined). */
static int64_t to_int(double v, double lo, double hi)
{
    if (isnan(v)) return 0;
    if (v <= lo) return (int64_t)lo;
    if (v >= hi) return hi >= 0x1p63 ? INT64_MAX : (int64_t)hi;
    return (int64_t)v;
}

void ir_data_set(DType dt, void *data, int64_t i, double v)
{
    switch (dt) {
    case DT_F32: ((float *)data)[i] = (float)v; break;
    case DT_F64: ((double *)data)[i] = v; break;
    case DT_BF16: ((uint16_t *)data)[i] = bf16_encode(v); break;
    case DT_F16: ((uint16_t *)data)[i] = half_encode(v, 5, 10); break;
    case DT_I32: ((int32_t *)data)[i] = (int32_t)to_int(v, INT32_MIN, INT32_MAX); break;
    case DT_I64: ((int64_t *)data)[i] = to_int(v, -0x1p63, 0x1p63); break;
    case DT_BOOL: ((uint8_t *)data)[i] = v != 0; break;
    default: IR_ASSERT(!"dtype without data");
    }
}

static double round_to(DType dt, double v)
{
    switch (dt) {
    case DT_F32: return (float)v;
    case DT_BF16: return ir_bf16_to_f32(bf16_encode(v));
    case DT_F16: return half_decode(half_encode(v, 5, 10), 5, 10);
    default: return v;
    }
}

/* ---------------------------------------------------- number text */

static bool same_bits(double a, double b)
{
    if (isnan(a) || isnan(b)) return isnan(a) && isnan(b);
    return a == b && signbit(a) == signbit(b);
}

void ir_format_real(char *buf, size_t n, double v, DType dt)
{
    if (isnan(v)) {
        snprintf(buf, n, "nan");
        return;
    }
    if (isinf(v)) {
        snprintf(buf, n, v < 0 ? "-inf" : "inf");
        return;
    }
    /* The shortest %g text that reads back to v; 17 digits always do. */
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(buf, n, "%.*g", prec, v);
        if (same_bits(round_to(dt, strtod(buf, NULL)), v)) return;
    }
}

/* ---------------------------------------------------- attributes */

static void print_string(FILE *out, const char *s)
{
    fputc('"', out);
    for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
        switch (*p) {
        case '"': fputs("\\\"", out); break;
        case '\\': fputs("\\\\", out); break;
        case '\n': fputs("\\n", out); break;
        case '\t': fputs("\\t", out); break;
        case '\r': fputs("\\r", out); break;
        default:
            if (*p < 0x20 || *p == 0x7f)
                fprintf(out, "\\x%02x", *p);
            else
                fputc(*p, out);
        }
    }
    fputc('"', out);
}

static void print_intlist(FILE *out, const IntList *l)
{
    fputc('[', out);
    for (int32_t i = 0; i < l->n; i++) fprintf(out, "%s%" PRId64, i ? "," : "", l->v[i]);
    fputc(']', out);
}

static void print_tags(FILE *out, uint32_t tags)
{
    fputc('[', out);
    bool first = true;
    for (uint32_t bit = 1; bit; bit <<= 1) {
        if (!(tags & bit)) continue;
        const char *name = ir_tag_name(bit);
        IR_ASSERT(name);
        fprintf(out, "%s%s", first ? "" : ",", name);
        first = false;
    }
    fputc(']', out);
}

static void print_data(FILE *out, const Node *n)
{
    int64_t numel = shape_numel(&n->type.shape);
    char buf[64];
    fputc('[', out);
    for (int64_t i = 0; i < numel; i++) {
        if (i) fputc(',', out);
        if (dt_is_float(n->type.dt)) {
            ir_format_real(buf, sizeof buf, ir_data_get(n->type.dt, n->a.data, i), n->type.dt);
            fputs(buf, out);
        } else if (n->type.dt == DT_I64) {
            fprintf(out, "%" PRId64, ((const int64_t *)n->a.data)[i]);
        } else {
            fprintf(out, "%.0f", ir_data_get(n->type.dt, n->a.data, i));
        }
    }
    fputc(']', out);
}

static void print_attr(FILE *out, const Node *n, const AttrInfo *ai)
{
    const char *field = (const char *)&n->a + ai->offset;
    char buf[64];
    fprintf(out, " %s=", ai->name);
    switch (ai->type) {
    case AT_INT: fprintf(out, "%" PRId64, *(const int64_t *)field); break;
    case AT_FLOAT:
        ir_format_real(buf, sizeof buf, *(const double *)field, DT_F64);
        fputs(buf, out);
        break;
    case AT_INTLIST: print_intlist(out, (const IntList *)field); break;
    case AT_STRING: print_string(out, *(const char *const *)field); break;
    case AT_TAGS: print_tags(out, *(const uint32_t *)field); break;
    case AT_DATA: print_data(out, n); break;
    }
}

/* Walks the op's space-separated attribute names in spec order. */
static void print_attrs(FILE *out, const Node *n)
{
    const char *s = ir_ops[n->op].attrs;
    while (*s) {
        while (*s == ' ') s++;
        size_t len = strcspn(s, " ");
        if (!len) break;
        const AttrInfo *ai = ir_attr_lookup(s, len);
        IR_ASSERT(ai);
        print_attr(out, n, ai);
        s += len;
    }
}

/* ---------------------------------------------------- nodes */

/* A path prints bare unless it would not lex back as one token. */
static bool path_is_bare(const char *p)
{
    if (!*p) return false;
    for (const unsigned char *c = (const unsigned char *)p; *c; c++)
        if (*c <= ' ' || *c == 0x7f || *c == '#' || *c == '"' || *c == ':') return false;
    return true;
}

static void print_loc(FILE *out, const Graph *g, SrcLoc loc)
{
    if (!loc.file) return;
    const char *path = cx_file_path(g->cx, loc.file);
    fputs(" @ ", out);
    if (path && path_is_bare(path))
        fputs(path, out);
    else
        print_string(out, path);
    fprintf(out, ":%" PRIu32 ":%" PRIu32, loc.line, loc.col);
}

static void print_node(FILE *out, const Graph *g, NodeId id)
{
    const Node *n = ir_node(g, id);
    char tbuf[160];
    IR_ASSERT(n->op > OP_NONE && n->op < OP_COUNT);
    fprintf(out, "%%%" PRIu32 " = %s", id, ir_ops[n->op].name);
    for (uint32_t i = 0; i < n->nin; i++) fprintf(out, "%s%%%" PRIu32, i ? ", " : " ", n->in[i]);
    print_attrs(out, n);
    fprintf(out, " : %s", type_str(&n->type, tbuf, sizeof tbuf));
    print_loc(out, g, n->loc);
    fputc('\n', out);
}

void ir_print(const Graph *g, FILE *out)
{
    fputs("graph ", out);
    print_string(out, g->name);
    fputc('\n', out);
    for (NodeId id = 1; id < g->nnodes; id++) print_node(out, g, id);
}

char *ir_print_str(const Graph *g)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (!f) return NULL;
    ir_print(g, f);
    if (fclose(f) != 0) {
        free(buf);
        return NULL;
    }
    return buf;
}
