/* cuda.c — the kernel IR as one CUDA C++ program for NVRTC (the text of
 * `passc --emit=cuda`), and the launch shape of each kernel.
 *
 * Expects a planned KernelProgram (kir_compile).  Produces a prelude of
 * device helpers (narrow-float rounding, NaN-propagating max/min, wrapping
 * integer ops, saturating casts, warp/block reductions, Philox) and one
 * `extern "C" __global__` kernel per loop or device template kernel, named
 * as the kernel IR names it, under a comment header listing the fused
 * graph nodes with their types and the buffers.
 *
 * Loop kernels:
 * - no reduction variables: a grid-stride loop over the parallel points;
 *   when every load and store walks the innermost variable with unit
 *   stride (or not at all) at offsets aligned to four elements, each
 *   thread does four points with float4/int4 loads and stores (uint2 for
 *   bf16/f16: four 16-bit values, unpacked to floats and packed back);
 * - reductions: one warp per row (a point of the parallel variables) when
 *   the row has at most 1024 elements, else one block per row; threads
 *   stride over the row, accumulate in registers and combine with warp
 *   shuffles (and shared memory across warps).  Every thread of the row
 *   ends with the same row value (broadcast from lane 0), so the row
 *   instructions run redundantly in every thread and row-level stores are
 *   done by lane 0.  The combination order is fixed by the launch shape,
 *   so results are deterministic from run to run;
 * - a row read in two or more passes (max, sum, then stores) with at most
 *   16 elements per thread loads its inputs once into registers and each
 *   pass reads them there (resident_rows);
 * - few rows and no reduction instruction (AdamW's update beside its
 *   scalar bias corrections): elementwise over all the points, row values
 *   recomputed per thread (flat_rows);
 * - few rows of 32768 or more with one reduction and no element stores (a
 *   weight's norm): each row split over blocks, partials combined in block
 *   order by the row's last block (split_parts).
 *
 * Without a GPU, tests/cuda_emu compiles this text for the host and the
 * fake driver runs it (ctest -L emu), so every strategy above is checked
 * against the interpreter in CI.
 *
 * Numerics mirror codegen/llvm_cpu.c: f32 ops in f32 (the executor
 * compiles with --fmad=false so a*b+c is not contracted), NaN-propagating
 * max/min, saturating float->int casts with NaN -> 0, integer division by
 * zero gives 0 and by -1 wraps, bf16/f16 held as float and rounded after
 * every op.  Differences that remain: reductions sum in a tree instead of
 * left to right, and CUDA's expf/logf/erff/tanhf/powf are within 2 ulp
 * of glibc's, not identical. */
#define _GNU_SOURCE
#include "codegen/cg_cuda.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

struct CgcOut {
    Ctx *cx;
    const KernelProgram *p;
    FILE *f;
};

FILE *cgc_file(CgcOut *o) { return o->f; }
Ctx *cgc_ctx(CgcOut *o) { return o->cx; }
const KernelProgram *cgc_program(CgcOut *o) { return o->p; }

enum { ELEM_BLOCK = 256, WARP_ROW_MAX = 1024, VEC = 4 };

/* ------------------------------------------------------------- prelude */

static const char prelude[] =
    "// passc: generated CUDA C++ (one NVRTC program per model). Do not edit.\n"
    "typedef unsigned long long pc_u64;\n"
    "\n"
    "// bf16 and f16 are held as float and rounded after every operation.\n"
    "__device__ __forceinline__ float pc_bf2f(unsigned short b) { return __uint_as_float((unsigned)b << 16); }\n"
    "__device__ __forceinline__ float pc_rbf16(float x) {\n"
    "    unsigned b = __float_as_uint(x);\n"
    "    unsigned r = (b + (((b >> 16) & 1u) + 0x7fffu)) & 0xffff0000u; // nearest even\n"
    "    return x != x ? x : __uint_as_float(r);\n"
    "}\n"
    "__device__ __forceinline__ unsigned short pc_f2bf(float x) { return (unsigned short)(__float_as_uint(pc_rbf16(x)) >> 16); }\n"
    "#ifndef PASSC_HOST_EMULATION // tests/cuda_emu/emu.h defines these two on the host\n"
    "__device__ __forceinline__ float pc_h2f(unsigned short h) { float f; asm(\"cvt.f32.f16 %0, %1;\" : \"=f\"(f) : \"h\"(h)); return f; }\n"
    "__device__ __forceinline__ unsigned short pc_f2h(float f) { unsigned short h; asm(\"cvt.rn.f16.f32 %0, %1;\" : \"=h\"(h) : \"f\"(f)); return h; }\n"
    "#endif\n"
    "__device__ __forceinline__ float pc_rf16(float x) { return pc_h2f(pc_f2h(x)); }\n"
    "\n"
    "// max/min return NaN when either operand is NaN.\n"
    "template <typename T> __device__ __forceinline__ T pc_fmax(T a, T b) { return (a != a || b != b) ? a + b : (a > b ? a : b); }\n"
    "template <typename T> __device__ __forceinline__ T pc_fmin(T a, T b) { return (a != a || b != b) ? a + b : (a < b ? a : b); }\n"
    "\n"
    "// Integers wrap (two's complement); x / 0 = 0 (no error channel on the device).\n"
    "__device__ __forceinline__ int pc_add(int a, int b) { return (int)((unsigned)a + (unsigned)b); }\n"
    "__device__ __forceinline__ int pc_sub(int a, int b) { return (int)((unsigned)a - (unsigned)b); }\n"
    "__device__ __forceinline__ int pc_mul(int a, int b) { return (int)((unsigned)a * (unsigned)b); }\n"
    "__device__ __forceinline__ int pc_neg(int a) { return (int)(0u - (unsigned)a); }\n"
    "__device__ __forceinline__ long long pc_add(long long a, long long b) { return (long long)((pc_u64)a + (pc_u64)b); }\n"
    "__device__ __forceinline__ long long pc_sub(long long a, long long b) { return (long long)((pc_u64)a - (pc_u64)b); }\n"
    "__device__ __forceinline__ long long pc_mul(long long a, long long b) { return (long long)((pc_u64)a * (pc_u64)b); }\n"
    "__device__ __forceinline__ long long pc_neg(long long a) { return (long long)(0ull - (pc_u64)a); }\n"
    "__device__ __forceinline__ float pc_add(float a, float b) { return a + b; }\n"
    "__device__ __forceinline__ double pc_add(double a, double b) { return a + b; }\n"
    "template <typename T> __device__ __forceinline__ T pc_idiv(T a, T b) { return b == 0 ? (T)0 : b == (T)-1 ? pc_neg(a) : a / b; }\n"
    "__device__ __forceinline__ int pc_max(int a, int b) { return a > b ? a : b; }\n"
    "__device__ __forceinline__ long long pc_max(long long a, long long b) { return a > b ? a : b; }\n"
    "__device__ __forceinline__ float pc_max(float a, float b) { return pc_fmax(a, b); }\n"
    "__device__ __forceinline__ double pc_max(double a, double b) { return pc_fmax(a, b); }\n"
    "\n"
    "// float -> int: truncate, saturate, NaN -> 0.\n"
    "template <typename F> __device__ __forceinline__ int pc_f2i32(F x) {\n"
    "    return x != x ? 0 : x >= (F)2147483648.0 ? 2147483647 : x <= (F)-2147483648.0 ? (-2147483647 - 1) : (int)x;\n"
    "}\n"
    "template <typename F> __device__ __forceinline__ long long pc_f2i64(F x) {\n"
    "    return x != x ? 0 : x >= (F)9223372036854775808.0 ? 9223372036854775807LL\n"
    "         : x <= (F)-9223372036854775808.0 ? (-9223372036854775807LL - 1) : (long long)x;\n"
    "}\n"
    "\n"
    "// Reductions: a warp's lanes combine with xor shuffles; lane 0's value is\n"
    "// broadcast so every lane holds bit-identical row values.\n"
    "struct PcSum { template <typename T> static __device__ __forceinline__ T f(T a, T b) { return pc_add(a, b); } };\n"
    "struct PcMax { template <typename T> static __device__ __forceinline__ T f(T a, T b) { return pc_max(a, b); } };\n"
    "struct PcOr { template <typename T> static __device__ __forceinline__ T f(T a, T b) { return a | b; } };\n"
    "template <typename R, typename T> __device__ __forceinline__ T pc_warp(T v) {\n"
    "#pragma unroll\n"
    "    for (int o = 16; o > 0; o >>= 1) v = R::f(v, __shfl_xor_sync(0xffffffffu, v, o));\n"
    "    return __shfl_sync(0xffffffffu, v, 0);\n"
    "}\n"
    "template <typename R, typename T> __device__ __forceinline__ T pc_block(T v, T id, unsigned char *smv) {\n"
    "    T *sm = (T *)smv;\n"
    "    v = pc_warp<R>(v);\n"
    "    __syncthreads(); // the previous reduction has read sm\n"
    "    if ((threadIdx.x & 31) == 0) sm[threadIdx.x >> 5] = v;\n"
    "    __syncthreads();\n"
    "    v = (threadIdx.x & 31) < (blockDim.x >> 5) ? sm[threadIdx.x & 31] : id;\n"
    "    return pc_warp<R>(v);\n"
    "}\n"
    "\n"
    "// Philox-4x32-10, bit-identical to ir/philox.c.\n"
    "__device__ float pc_philox_uniform(pc_u64 seed, pc_u64 stream, pc_u64 index) {\n"
    "    pc_u64 blk = index >> 2;\n"
    "    unsigned c0 = (unsigned)blk, c1 = (unsigned)(blk >> 32), c2 = (unsigned)stream, c3 = (unsigned)(stream >> 32);\n"
    "    unsigned k0 = (unsigned)seed, k1 = (unsigned)(seed >> 32);\n"
    "    for (int r = 0; r < 10; r++) {\n"
    "        if (r > 0) { k0 += 0x9E3779B9u; k1 += 0xBB67AE85u; }\n"
    "        unsigned hi0 = __umulhi(0xD2511F53u, c0), lo0 = 0xD2511F53u * c0;\n"
    "        unsigned hi1 = __umulhi(0xCD9E8D57u, c2), lo1 = 0xCD9E8D57u * c2;\n"
    "        unsigned r0 = hi1 ^ c1 ^ k0, r2 = hi0 ^ c3 ^ k1;\n"
    "        c0 = r0; c1 = lo1; c2 = r2; c3 = lo0;\n"
    "    }\n"
    "    unsigned i = (unsigned)(index & 3), w = i == 0 ? c0 : i == 1 ? c1 : i == 2 ? c2 : c3;\n"
    "    return (float)(w >> 8) * 0x1p-24f;\n"
    "}\n"
    "\n"
    "// The run-time error word: err[0] = node id of the first failing template,\n"
    "// err[1] = the bad index, err[2] = the dimension it had to fit.\n"
    "__device__ void pc_fail(pc_u64 *err, unsigned node, long long v, long long dim) {\n"
    "    if (atomicCAS(err, 0ull, (pc_u64)node) == 0ull) { err[1] = (pc_u64)v; err[2] = (pc_u64)dim; }\n"
    "}\n";

/* --------------------------------------------------------------- types */

const char *cgc_mem_type(DType dt)
{
    switch (dt) {
    case DT_F32: return "float";
    case DT_F64: return "double";
    case DT_I32: return "int";
    case DT_I64: return "long long";
    case DT_BOOL: return "unsigned char";
    case DT_BF16:
    case DT_F16: return "unsigned short";
    default: break;
    }
    IR_ASSERT(!"cgc_mem_type: bad dtype");
    return NULL;
}

static const char *reg_type(DType dt)
{
    switch (dt) {
    case DT_BF16:
    case DT_F16: return "float";
    case DT_BOOL: return "bool";
    default: return cgc_mem_type(dt);
    }
}

/* ------------------------------------------------------------- the kernel */

/* The kernel being emitted. */
typedef struct Kc {
    CgcOut *o;
    FILE *f;
    const Kernel *k;
    bool wide;       /* 64-bit index arithmetic */
    bool vec;        /* four points per thread (elementwise only) */
    int flat;        /* a flattened row kernel (flat_rows): its first former row variable, else -1 */
    int64_t split;   /* blocks per row of a split reduction (split_parts), else 1 */
    int64_t resident; /* elements per thread of a row read once into registers (resident_rows), else 0 */
    bool *need;      /* per instruction: emitted in the current loop */
    unsigned char *cached; /* per instruction: an element load held in l<i>[] (resident rows) */
    const char *ind; /* current indentation */
} Kc;

static uint32_t buf_pos(const Kernel *k, uint32_t buf)
{
    for (uint32_t j = 0; j < k->nbufs; j++)
        if (k->bufs[j] == buf) return j;
    IR_ASSERT(!"buf_pos: buffer not in the kernel");
    return 0;
}

static bool writes_buf(const Kernel *k, uint32_t buf)
{
    if (k->kind != KK_LOOP) return buf == k->out || (k->gbgrad.rank && buf == k->gbgrad.buf);
    for (uint32_t i = 0; i < k->ninsts; i++)
        if (k->insts[i].kind == KI_STORE && k->insts[i].buf == buf) return true;
    return false;
}

/* A row reduction says "one block per SM is enough" (min blocks 1): with
 * the bare block-size bound ptxas capped the 5-reduction loss row of
 * vit_tiny_dino_pass (softmax statistics recomputed, FUSE_RECOMPUTE) at 48
 * registers on sm_80 and spilled 4 bytes; with it, 51 registers and no
 * spill.  Elementwise kernels keep the bare bound (their register use
 * stays lower). */
static bool flat_rows(const Kernel *k);

void cgc_signature(CgcOut *o, const Kernel *k, bool err_arg, unsigned block)
{
    bool rows = k->kind == KK_LOOP && k->nred > 0 && !flat_rows(k);
    fprintf(o->f, "extern \"C\" __global__ void __launch_bounds__(%u%s) %s(", block, rows ? ", 1" : "", k->name);
    for (uint32_t j = 0; j < k->nbufs; j++) {
        bool w = writes_buf(k, k->bufs[j]);
        fprintf(o->f, "%s%s%s *__restrict__ b%u", j ? ", " : "", w ? "" : "const ", cgc_mem_type(o->p->bufs[k->bufs[j]].dt),
                j);
    }
    fprintf(o->f, "%s)\n{\n", err_arg ? ", pc_u64 *__restrict__ err" : "");
}

/* Whether every index of the kernel fits 32-bit unsigned arithmetic. */
static bool needs_wide(const Kernel *k)
{
    int nv = k->npar + k->nred;
    double total = 1;
    for (int v = 0; v < nv; v++) total *= (double)k->ext[v];
    if (total >= 2147483647.0) return true;
    for (uint32_t i = 0; i < k->ninsts; i++) {
        const KInst *in = &k->insts[i];
        if (in->kind != KI_LOAD && in->kind != KI_STORE) continue;
        double hi = (double)in->map.base;
        for (int v = 0; v < nv; v++) {
            if (in->map.coef[v] < 0) return true;
            hi += (double)in->map.coef[v] * (double)(k->ext[v] > 0 ? k->ext[v] - 1 : 0);
        }
        if (in->map.base < 0 || hi >= 2147483647.0) return true;
    }
    return false;
}

static void print_index(Kc *c, const KMap *m)
{
    int nv = c->k->npar + c->k->nred;
    bool any = false;
    if (m->base || nv == 0) {
        fprintf(c->f, "%lld", (long long)m->base);
        any = true;
    }
    for (int v = 0; v < nv; v++) {
        if (!m->coef[v]) continue;
        fprintf(c->f, "%s", any ? " + " : "");
        if (m->coef[v] != 1) fprintf(c->f, "%lld*", (long long)m->coef[v]);
        fprintf(c->f, "i%d", v);
        any = true;
    }
    if (!any) fprintf(c->f, "0");
}

/* ---------------------------------------------------------- expressions */

static void print_float(FILE *f, double v, bool dbl)
{
    if (isnan(v)) {
        fprintf(f, dbl ? "__longlong_as_double(0x7ff8000000000000LL)" : "__int_as_float(0x7fc00000)");
        return;
    }
    if (isinf(v)) {
        fprintf(f, dbl ? "__longlong_as_double(0x%cff0000000000000LL)" : "__int_as_float(0x%cf800000)", v < 0 ? 'f' : '7');
        return;
    }
    char s[64];
    snprintf(s, sizeof s, dbl ? "%.17g" : "%.9g", dbl ? v : (double)(float)v);
    bool dot = strpbrk(s, ".e") != NULL;
    fprintf(f, "%s%s%s", s, dot ? "" : ".0", dbl ? "" : "f");
}

static void print_imm(FILE *f, DType dt, double v)
{
    int64_t i = (int64_t)v;
    if (dt_is_float(dt)) print_float(f, v, dt == DT_F64);
    else if (dt == DT_BOOL) fprintf(f, "%s", v != 0 ? "true" : "false");
    else if (dt == DT_I32) {
        int32_t w = (int32_t)(uint32_t)(uint64_t)i;
        if (w == INT32_MIN) fprintf(f, "(-2147483647 - 1)");
        else fprintf(f, "%d", w);
    } else if (i == INT64_MIN) fprintf(f, "(-9223372036854775807LL - 1)");
    else fprintf(f, "%lldLL", (long long)i);
}

/* Rounds a float expression to bf16/f16 (prints the opening). */
static const char *narrow_open(DType dt) { return dt == DT_BF16 ? "pc_rbf16(" : dt == DT_F16 ? "pc_rf16(" : "("; }

static void unary_float(FILE *f, Op op, DType dt, uint32_t a)
{
    const char *sf = dt == DT_F64 ? "" : "f", *one = dt == DT_F64 ? "1.0" : "1.0f";
    switch (op) {
    case OP_NEG: fprintf(f, "-v%u", a); return;
    case OP_EXP: fprintf(f, "exp%s(v%u)", sf, a); return;
    case OP_LOG: fprintf(f, "log%s(v%u)", sf, a); return;
    case OP_SQRT: fprintf(f, "sqrt%s(v%u)", sf, a); return;
    case OP_RSQRT: fprintf(f, "%s / sqrt%s(v%u)", one, sf, a); return;
    case OP_ERF: fprintf(f, "erf%s(v%u)", sf, a); return;
    case OP_TANH: fprintf(f, "tanh%s(v%u)", sf, a); return;
    case OP_ABS: fprintf(f, "fabs%s(v%u)", sf, a); return;
    case OP_RECIP: fprintf(f, "%s / v%u", one, a); return;
    case OP_FLOOR: fprintf(f, "floor%s(v%u)", sf, a); return;
    default: break;
    }
    IR_ASSERT(!"unary_float: not a unary op");
}

static void binary_float(FILE *f, Op op, DType dt, uint32_t a, uint32_t b)
{
    static const char *sym[] = {"+", "-", "*", "/"};
    if (op >= OP_ADD && op <= OP_DIV) fprintf(f, "v%u %s v%u", a, sym[op - OP_ADD], b);
    else if (op == OP_MAX || op == OP_MIN) fprintf(f, "pc_f%s(v%u, v%u)", op == OP_MAX ? "max" : "min", a, b);
    else if (op == OP_POW) fprintf(f, "pow%s(v%u, v%u)", dt == DT_F64 ? "" : "f", a, b);
    else IR_ASSERT(!"binary_float: not a binary op");
}

/* Integer binary op on operands printed by fmt ("v%u" or "(int)v%u"). */
static void binary_int(FILE *f, Op op, const char *fa, const char *fb)
{
    static const char *fn[] = {"pc_add", "pc_sub", "pc_mul", "pc_idiv"};
    if (op >= OP_ADD && op <= OP_DIV) fprintf(f, "%s(%s, %s)", fn[op - OP_ADD], fa, fb);
    else if (op == OP_MAX || op == OP_MIN) fprintf(f, "(%s %s %s ? %s : %s)", fa, op == OP_MAX ? ">" : "<", fb, fa, fb);
    else IR_ASSERT(!"binary_int: not an integer op");
}

static void compare(FILE *f, Op op, DType dt, uint32_t a, uint32_t b)
{
    static const char *sym[] = {"==", "!=", "<", "<=", ">", ">="};
    int k = (int)op - (int)OP_EQ;
    IR_ASSERT(k >= 0 && k < 6);
    if (dt == DT_BOOL) fprintf(f, "(int)v%u %s (int)v%u", a, sym[k], b);
    else fprintf(f, "v%u %s v%u", a, sym[k], b);
}

static void cast(FILE *f, DType from, DType to, uint32_t a)
{
    if (to == DT_BOOL) {
        fprintf(f, from == DT_BOOL ? "v%u" : "v%u != 0", a);
        return;
    }
    if (dt_is_float(to)) {
        bool same = (from == DT_F64) == (to == DT_F64) && dt_is_float(from);
        fprintf(f, "%s", narrow_open(to));
        if (same) fprintf(f, "v%u)", a);
        else fprintf(f, "(%s)v%u)", to == DT_F64 ? "double" : "float", a);
        return;
    }
    if (dt_is_float(from)) fprintf(f, "pc_f2i%s(v%u)", to == DT_I32 ? "32" : "64", a);
    else fprintf(f, "(%s)v%u", reg_type(to), a);
}

/* A reduction left in a kernel without reduction variables (it reduces
 * axes of extent 1 only): one step from the identity, as the interpreter
 * and the CPU backend compute it (for floats 0 + x, which makes -0 +0; a
 * max or a bool "sum" (or) of one element is the element). */
static void reduce_one(FILE *f, Op op, DType dt, uint32_t a)
{
    if (op == OP_REDUCE_SUM && dt_is_float(dt)) fprintf(f, "%s%s + v%u)", narrow_open(dt), dt == DT_F64 ? "0.0" : "0.0f", a);
    else fprintf(f, "v%u", a);
}

static void emit_op(FILE *f, const Kernel *k, const KInst *in)
{
    DType dt = in->dt, adt = k->insts[in->in[0]].dt;
    uint32_t a = in->in[0], b = in->nin > 1 ? in->in[1] : 0;
    Op op = in->op;
    char fa[32], fb[32];
    if (in->kind == KI_REDUCE) reduce_one(f, op, dt, a);
    else if (op == OP_CAST) cast(f, adt, dt, a);
    else if (op == OP_STOP_GRADIENT || op == OP_ALL_REDUCE_SUM) fprintf(f, "v%u", a);
    else if (op == OP_SELECT) fprintf(f, "v%u ? v%u : v%u", a, b, in->in[2]);
    else if (ir_ops[op].flags & OF_BOOL_OUT) compare(f, op, adt, a, b);
    else if (in->nin == 2 && dt_is_float(dt)) {
        fprintf(f, "%s", narrow_open(dt));
        binary_float(f, op, dt, a, b);
        fprintf(f, ")");
    } else if (in->nin == 2) {
        bool bl = dt == DT_BOOL;
        snprintf(fa, sizeof fa, bl ? "(int)v%u" : "v%u", a);
        snprintf(fb, sizeof fb, bl ? "(int)v%u" : "v%u", b);
        binary_int(f, op, fa, fb);
        if (bl) fprintf(f, " != 0");
    } else if (dt_is_float(dt)) {
        fprintf(f, "%s", narrow_open(dt));
        unary_float(f, op, dt, a);
        fprintf(f, ")");
    } else if (dt == DT_BOOL) fprintf(f, "v%u", a); /* neg/abs of 0/1 as bool */
    else if (op == OP_NEG) fprintf(f, "pc_neg(v%u)", a);
    else fprintf(f, "(v%u < 0 ? pc_neg(v%u) : v%u)", a, a, a);
}

static void emit_load_expr(Kc *c, const KInst *in)
{
    DType dt = c->o->p->bufs[in->buf].dt;
    const char *pre = dt == DT_BF16 ? "pc_bf2f(" : dt == DT_F16 ? "pc_h2f(" : "";
    fprintf(c->f, "%sb%u[", pre, buf_pos(c->k, in->buf));
    print_index(c, &in->map);
    fprintf(c->f, "]%s%s", *pre ? ")" : "", dt == DT_BOOL ? " != 0" : "");
}

/* `T vI = ...;` for a load, immediate or op. */
static void emit_value(Kc *c, uint32_t i)
{
    const KInst *in = &c->k->insts[i];
    fprintf(c->f, "%s%s v%u = ", c->ind, reg_type(in->dt), i);
    if (in->kind == KI_LOAD) emit_load_expr(c, in);
    else if (in->kind == KI_IMM) print_imm(c->f, in->dt, in->imm);
    else emit_op(c->f, c->k, in);
    fprintf(c->f, ";");
    if (in->node) fprintf(c->f, " // %%%u %s", in->node, ir_ops[ir_node(c->o->p->g, in->node)->op].name);
    fprintf(c->f, "\n");
}

static void store_value(Kc *c, const KInst *in, const char *val)
{
    DType dt = in->dt;
    if (dt == DT_BF16) fprintf(c->f, "pc_f2bf(%s)", val);
    else if (dt == DT_F16) fprintf(c->f, "pc_f2h(%s)", val);
    else if (dt == DT_BOOL) fprintf(c->f, "(unsigned char)%s", val);
    else fprintf(c->f, "%s", val);
}

static void emit_store(Kc *c, const KInst *in, const char *guard)
{
    char val[32];
    snprintf(val, sizeof val, "v%u", in->in[0]);
    fprintf(c->f, "%s%sb%u[", c->ind, guard, buf_pos(c->k, in->buf));
    print_index(c, &in->map);
    fprintf(c->f, "] = ");
    store_value(c, in, val);
    fprintf(c->f, ";\n");
}

/* Marks the element-level instructions instruction i needs. */
static void mark_need(Kc *c, uint32_t i)
{
    const KInst *in = &c->k->insts[i];
    if (!in->elem || c->need[i]) return;
    c->need[i] = true;
    if (in->kind == KI_LOAD || in->kind == KI_IMM) return;
    for (uint32_t j = 0; j < in->nin; j++) mark_need(c, in->in[j]);
}

/* ------------------------------------------------------------- loops */

/* Splits flat index `q` into variables v0..v1-1 (innermost fastest);
 * variable vec_last (if any) counts groups of four. */
static void emit_split(Kc *c, const char *q, int v0, int v1, int vec_last)
{
    int first = v0;
    while (first < v1 && c->k->ext[first] == 1) first++;
    for (int v = v0; v < v1; v++)
        if (c->k->ext[v] == 1) fprintf(c->f, "%sconst I i%d = 0;\n", c->ind, v);
    if (first == v1) return;
    fprintf(c->f, "%sI q = %s;\n", c->ind, q);
    for (int v = v1 - 1; v >= first; v--) {
        int64_t e = c->k->ext[v] / (v == vec_last ? VEC : 1);
        const char *mul = v == vec_last ? " * 4" : "";
        if (c->k->ext[v] == 1) continue;
        if (v == first) fprintf(c->f, "%sconst I i%d = q%s;\n", c->ind, v, mul);
        else fprintf(c->f, "%sconst I i%d = q %% %lld%s;\n%sq /= %lld;\n", c->ind, v, (long long)e, mul, c->ind,
                     (long long)e);
    }
}

static int64_t prod(const Kernel *k, int v0, int v1)
{
    int64_t n = 1;
    for (int v = v0; v < v1; v++) n *= k->ext[v];
    return n;
}

/* ------------------------------------------------------- elementwise */

/* A row kernel with no reduction and fewer rows than the GPU has room for
 * (AdamW's update of one weight, whose row-level values are the step's
 * bias corrections and a stored step count: par=[] red=[65536,256], one
 * block for 16.7M points) runs elementwise over every point instead, each
 * thread computing the row-level values itself (loads and arithmetic:
 * nothing to reduce) and the first point of a row storing its row-level
 * values.  Not when the kernel reads a buffer it writes: a row value would
 * then read what another thread already stored. */
enum { FLAT_ROWS = 1024 };

static bool flat_rows(const Kernel *k)
{
    if (k->kind != KK_LOOP || !k->nred || prod(k, 0, k->npar) >= FLAT_ROWS) return false;
    for (uint32_t i = 0; i < k->ninsts; i++) {
        const KInst *in = &k->insts[i];
        if (in->kind == KI_REDUCE) return false;
        if (in->kind != KI_STORE) continue;
        for (uint32_t j = 0; j < k->ninsts; j++)
            if (k->insts[j].kind == KI_LOAD && k->insts[j].buf == in->buf) return false;
    }
    return true;
}

/* k's body over npar + nred parallel variables (a shallow copy: the same
 * instructions; flat_rows says when it runs so). */
static Kernel flattened(const Kernel *k)
{
    Kernel f = *k;
    f.npar += f.nred, f.nred = 0;
    return f;
}

/* The condition under which a flattened kernel stores row-level value in:
 * the first point of its row (the former row variables at 0; a vector
 * body stores row values before its loop over the four points). */
static void flat_guard(const Kc *c, const KInst *in, char *s, size_t n)
{
    const Kernel *k = c->k;
    size_t m = 0;
    s[0] = 0;
    if (c->flat < 0 || in->elem) return;
    for (int v = c->flat; v < k->npar && m + 32 < n; v++)
        if (k->ext[v] > 1) m += (size_t)snprintf(s + m, n - m, "%si%d == 0", m ? " && " : "if (", v);
    if (m) snprintf(s + m, n - m, ") ");
}

/* A flattened kernel's row-level instructions (they read no point), once
 * per thread before a vector body's loop over its four points: inside,
 * the loop held four copies of AdamW's two f64 pow calls and spilled. */
static bool row_level(const Kc *c, const KInst *in) { return c->flat >= 0 && !in->elem; }

/* The type four elements of dt are moved as, or NULL (not vectorised). */
static const char *vec_type(DType dt)
{
    return dt == DT_I32 ? "int4" : dt == DT_F32 ? "float4" : dt == DT_BF16 || dt == DT_F16 ? "uint2" : NULL;
}

static bool is_half(DType dt) { return dt == DT_BF16 || dt == DT_F16; }

/* flat: k is a flattened row kernel, whose row-level stores are guarded. */
static bool vec_ok(const CgcOut *o, const Kernel *k, bool flat)
{
    int last = k->npar - 1;
    if (k->nred || last < 0 || k->ext[last] % VEC) return false;
    bool any = false;
    for (uint32_t i = 0; i < k->ninsts; i++) {
        const KInst *in = &k->insts[i];
        if (in->kind == KI_REDUCE) return false;
        if (in->kind != KI_LOAD && in->kind != KI_STORE) continue;
        int64_t cl = in->map.coef[last];
        DType dt = o->p->bufs[in->buf].dt;
        if (cl == 0 && (in->kind == KI_LOAD || (flat && !in->elem))) continue;
        if (cl != 1 || !vec_type(dt) || in->map.base % VEC) return false;
        for (int v = 0; v < last; v++)
            if (in->map.coef[v] % VEC) return false;
        any = true;
    }
    return any;
}

static bool is_vec_ref(const Kc *c, const KInst *in)
{
    return c->vec && (in->kind == KI_LOAD || in->kind == KI_STORE) && in->map.coef[c->k->npar - 1] == 1;
}

static void emit_vec_body(Kc *c)
{
    const Kernel *k = c->k;
    const char *outer = c->ind;
    for (uint32_t i = 0; i < k->ninsts; i++) {
        const KInst *in = &k->insts[i];
        if (!is_vec_ref(c, in)) continue;
        DType dt = c->o->p->bufs[in->buf].dt;
        if (in->kind == KI_LOAD) {
            fprintf(c->f, "%sconst %s w%u = *(const %s *)(b%u + ", c->ind, vec_type(dt), i, vec_type(dt), buf_pos(k, in->buf));
            print_index(c, &in->map);
            fprintf(c->f, ");\n");
        } else fprintf(c->f, "%s%s s%u[4];\n", c->ind, cgc_mem_type(dt), i);
    }
    for (uint32_t i = 0; i < k->ninsts; i++) {
        const KInst *in = &k->insts[i];
        char guard[256];
        flat_guard(c, in, guard, sizeof guard);
        if (!row_level(c, in)) continue;
        if (in->kind == KI_STORE) emit_store(c, in, guard);
        else emit_value(c, i);
    }
    fprintf(c->f, "%s#pragma unroll\n%sfor (int e = 0; e < 4; e++) {\n", c->ind, c->ind);
    c->ind = "            ";
    for (uint32_t i = 0; i < k->ninsts; i++) {
        const KInst *in = &k->insts[i];
        if (row_level(c, in)) continue;
        DType dt = is_vec_ref(c, in) ? c->o->p->bufs[in->buf].dt : DT_F32;
        if (is_vec_ref(c, in) && in->kind == KI_LOAD && is_half(dt))
            fprintf(c->f, "%s%s v%u = %s(unsigned short)((&w%u.x)[e >> 1] >> ((e & 1) * 16)));\n", c->ind,
                    reg_type(in->dt), i, dt == DT_BF16 ? "pc_bf2f(" : "pc_h2f(", i);
        else if (is_vec_ref(c, in) && in->kind == KI_LOAD)
            fprintf(c->f, "%s%s v%u = (&w%u.x)[e];\n", c->ind, reg_type(in->dt), i, i);
        else if (is_vec_ref(c, in)) {
            char val[32];
            snprintf(val, sizeof val, "v%u", in->in[0]);
            fprintf(c->f, "%ss%u[e] = ", c->ind, i);
            store_value(c, in, val);
            fprintf(c->f, ";\n");
        }
        else if (in->kind == KI_STORE) emit_store(c, in, "");
        else emit_value(c, i);
    }
    c->ind = outer;
    fprintf(c->f, "%s}\n", c->ind);
    for (uint32_t i = 0; i < k->ninsts; i++) {
        const KInst *in = &k->insts[i];
        if (!is_vec_ref(c, in) || in->kind != KI_STORE) continue;
        DType dt = c->o->p->bufs[in->buf].dt;
        fprintf(c->f, "%s*(%s *)(b%u + ", c->ind, vec_type(dt), buf_pos(k, in->buf));
        print_index(c, &in->map);
        if (is_half(dt)) /* little endian: element 0 in the low half */
            fprintf(c->f, ") = make_uint2(s%u[0] | ((unsigned)s%u[1] << 16), s%u[2] | ((unsigned)s%u[3] << 16));\n",
                    i, i, i, i);
        else fprintf(c->f, ") = make_%s(s%u[0], s%u[1], s%u[2], s%u[3]);\n", vec_type(dt), i, i, i, i);
    }
}

static void emit_elementwise(Kc *c)
{
    const Kernel *k = c->k;
    int64_t n = prod(k, 0, k->npar) / (c->vec ? VEC : 1);
    fprintf(c->f, "    for (I t = (I)blockIdx.x * %du + threadIdx.x; t < (I)%lld; t += (I)gridDim.x * %du) {\n", ELEM_BLOCK,
            (long long)n, ELEM_BLOCK);
    c->ind = "        ";
    emit_split(c, "t", 0, k->npar, c->vec ? k->npar - 1 : -1);
    if (c->vec) emit_vec_body(c);
    else
        for (uint32_t i = 0; i < k->ninsts; i++) {
            char guard[256];
            flat_guard(c, &k->insts[i], guard, sizeof guard);
            if (k->insts[i].kind == KI_STORE) emit_store(c, &k->insts[i], guard);
            else emit_value(c, i);
        }
    fprintf(c->f, "    }\n");
}

/* ----------------------------------------------------------- reductions */

static bool warp_rows(const Kernel *k) { return prod(k, k->npar, k->npar + k->nred) <= WARP_ROW_MAX; }

/* Threads per block of a row kernel: 256 (eight warp rows, or one row),
 * 512 for rows of 16384 or more, and 1024 for such rows when there are
 * fewer of them than an H100 or H200 has SMs (DINO's 64 rows of 65536
 * logits ran at 150-200 GB/s on 64 blocks of 512 threads). */
enum { FEW_ROWS = 132 };

static unsigned row_block(const Kernel *k)
{
    int64_t n = prod(k, k->npar, k->npar + k->nred);
    if (warp_rows(k) || n < 16384) return 256;
    return prod(k, 0, k->npar) < FEW_ROWS ? 1024 : 512;
}

static int64_t split_parts(const Kernel *k);

/* A reduction of few long rows (a weight's squared norm for clipping:
 * par=[] red=[16777216], one block) is split: each row over split_parts
 * blocks, each reducing a contiguous chunk to a partial; the block that
 * finishes its row last (a counter per row) combines the partials in
 * block order, so the result does not depend on which block was last,
 * and goes on with the row-level code.  Only for one reduction whose
 * row is not read again elementwise (no element-level store): then
 * nothing after it needs the whole row.  Partials and counters are
 * globals of the program (the counter is reset by the last block, so a
 * replayed graph finds it at zero). */
enum { SPLIT_MIN_ROW = 32768, SPLIT_CHUNK = 8192, SPLIT_BLOCKS = 264 };

static int64_t split_parts(const Kernel *k)
{
    int64_t rows = prod(k, 0, k->npar), n = prod(k, k->npar, k->npar + k->nred);
    if (k->kind != KK_LOOP || !k->nred || n < SPLIT_MIN_ROW || rows >= SPLIT_BLOCKS / 2) return 1;
    int nreduce = 0;
    for (uint32_t i = 0; i < k->ninsts; i++) {
        nreduce += k->insts[i].kind == KI_REDUCE;
        if (k->insts[i].kind == KI_STORE && k->insts[i].elem) return 1;
    }
    if (nreduce != 1) return 1;
    int64_t parts = (SPLIT_BLOCKS + rows - 1) / rows, most = n / SPLIT_CHUNK;
    return parts < most ? parts : most;
}

/* `for (j ...)` over a resident row's elements lane + j * G. */
static void open_resident_loop(Kc *c, int64_t n)
{
    fprintf(c->f, "#pragma unroll\n    for (I j = 0; j < %lldu; j++) {\n        const I r = lane + j * G;\n"
                  "        if (r >= (I)%lld) break;\n",
            (long long)c->resident, (long long)n);
    c->ind = "        ";
    emit_split(c, "r", c->k->npar, c->k->npar + c->k->nred, -1);
}

/* Opens `for (r ...)` over the row (a split reduction's block: its chunk)
 * and splits r into the reduction variables; then the needed
 * element-level values in order (a resident row's loads from its
 * registers). */
static void open_row_loop(Kc *c)
{
    const Kernel *k = c->k;
    int64_t n = prod(k, k->npar, k->npar + k->nred), chunk = (n + c->split - 1) / c->split;
    if (c->resident) {
        open_resident_loop(c, n);
        for (uint32_t i = 0; i < k->ninsts; i++) {
            if (!c->need[i] || k->insts[i].kind == KI_STORE) continue;
            if (c->cached[i]) fprintf(c->f, "        %s v%u = l%u[j];\n", reg_type(k->insts[i].dt), i, i);
            else emit_value(c, i);
        }
        return;
    }
    if (c->split > 1)
        fprintf(c->f, "    for (I r = part * (I)%lld + lane, r_end = part == (I)%lld ? (I)%lld : (part + 1) * (I)%lld; "
                      "r < r_end; r += G) {\n",
                (long long)chunk, (long long)(c->split - 1), (long long)n, (long long)chunk);
    else fprintf(c->f, "    for (I r = lane; r < (I)%lld; r += G) {\n", (long long)n);
    c->ind = "        ";
    emit_split(c, "r", k->npar, k->npar + k->nred, -1);
    for (uint32_t i = 0; i < k->ninsts; i++)
        if (c->need[i] && k->insts[i].kind != KI_STORE) emit_value(c, i);
}

/* The identity of reduction in: what an empty row reduces to, and what
 * the lanes beyond the block's warps contribute in pc_block. */
static void print_identity(Kc *c, const KInst *in)
{
    bool mx = in->op == OP_REDUCE_MAX && in->dt != DT_BOOL;
    if (mx && dt_is_float(in->dt)) print_float(c->f, -INFINITY, in->dt == DT_F64);
    else if (mx) fprintf(c->f, in->dt == DT_I32 ? "(-2147483647 - 1)" : "(-9223372036854775807LL - 1)");
    else fprintf(c->f, "0");
}

/* A split reduction after its chunk's loop: the block's partial, the
 * row's counter, and in the row's last block the partials combined in
 * block order into v<i>.  The pattern of CUDA's threadFenceReduction
 * sample: the partial is visible device-wide before the counter moves. */
static void emit_split_combine(Kc *c, const KInst *in, uint32_t i, const char *acc_t, const char *red)
{
    const char *name = c->k->name;
    bool bl = in->dt == DT_BOOL;
    fprintf(c->f, "    const %s p%u = pc_block<%s>(a%u, (%s)a%u_id, pc_sm);\n", acc_t, i, red, i, acc_t, i);
    fprintf(c->f, "    if (lane == 0) {\n        %s_part[blockIdx.x] = p%u;\n        __threadfence();\n"
                  "        pc_last = atomicAdd(&%s_done[row], 1u) == %lldu;\n    }\n    __syncthreads();\n"
                  "    if (!pc_last) return;\n    __threadfence();\n",
            name, i, name, (long long)(c->split - 1));
    fprintf(c->f, "    %s q%u = a%u_id;\n    for (I s = 0; s < (I)%lld; s++) q%u = %s::f(q%u, ((volatile %s *)%s_part)[row * %lldu + s]);\n",
            acc_t, i, i, (long long)c->split, i, red, i, acc_t, name, (long long)c->split);
    fprintf(c->f, "    if (lane == 0) %s_done[row] = 0u; // ready for the next launch\n", name);
    fprintf(c->f, "    %s v%u = %sq%u%s;\n", reg_type(in->dt), i, bl ? "" : narrow_open(in->dt), i, bl ? " != 0" : ")");
}

static void emit_reduce(Kc *c, uint32_t i)
{
    const KInst *in = &c->k->insts[i];
    bool bl = in->dt == DT_BOOL, mx = in->op == OP_REDUCE_MAX && !bl;
    const char *acc_t = bl ? "int" : reg_type(in->dt), *red = bl ? "PcOr" : mx ? "PcMax" : "PcSum";
    fprintf(c->f, "    %s a%u = ", acc_t, i);
    print_identity(c, in);
    fprintf(c->f, "; // %%%u %s\n", in->node, ir_ops[in->op].name);
    memset(c->need, 0, c->k->ninsts * sizeof *c->need);
    mark_need(c, in->in[0]);
    open_row_loop(c);
    fprintf(c->f, "        a%u = %s::f(a%u, (%s)v%u);\n    }\n", i, red, i, acc_t, in->in[0]);
    c->ind = "    ";
    if (c->split > 1) {
        emit_split_combine(c, in, i, acc_t, red);
        return;
    }
    fprintf(c->f, "    %s v%u = %s", reg_type(in->dt), i, bl ? "" : narrow_open(in->dt));
    if (warp_rows(c->k)) fprintf(c->f, "pc_warp<%s>(a%u)", red, i);
    else fprintf(c->f, "pc_block<%s>(a%u, (%s)a%u_id, pc_sm)", red, i, acc_t, i);
    fprintf(c->f, "%s;\n", bl ? " != 0" : ")");
}

/* Resident rows: a row read in two or more passes (a softmax's max, its
 * sum, then its stores) whose elements fit a few registers per thread
 * loads its inputs once, into per-thread arrays l<i>[j] (element
 * lane + j * G), and every pass reads them from there; each pass used to
 * load the row again (dino_pass's PASS rows, 12544 x 4096 in bf16: 100 MB
 * read three times, 0.45 ms at 370 GB/s on an H200).  Only loads of
 * buffers the kernel does not write; at most RESIDENT_MAX elements per
 * thread and RESIDENT_REGS cached values in all.  The per-thread order of
 * every sum is unchanged, so the results are the same bits. */
enum { RESIDENT_MAX = 16, RESIDENT_REGS = 48 };

static int64_t resident_rows(Kc *c)
{
    const Kernel *k = c->k;
    if (c->split > 1 || c->flat >= 0) return 0;
    int64_t n = prod(k, k->npar, k->npar + k->nred), G = warp_rows(k) ? 32 : row_block(k), per = (n + G - 1) / G;
    /* Per load, the passes that read it (one per reduction, one for all
     * the element stores); c->cached marks those read by two or more. */
    memset(c->cached, 0, k->ninsts * sizeof *c->cached);
    int loads = 0;
    for (uint32_t p = 0; p <= k->ninsts; p++) {
        if (p < k->ninsts && k->insts[p].kind != KI_REDUCE) continue;
        memset(c->need, 0, k->ninsts * sizeof *c->need);
        for (uint32_t i = 0; i < k->ninsts; i++)
            if (p < k->ninsts ? i == p : k->insts[i].kind == KI_STORE && k->insts[i].elem)
                mark_need(c, p < k->ninsts ? k->insts[i].in[0] : i);
        for (uint32_t i = 0; i < k->ninsts; i++) {
            const KInst *in = &k->insts[i];
            if (!c->need[i] || !in->elem || in->kind != KI_LOAD || c->cached[i] == 2) continue;
            bool written = false;
            for (uint32_t j = 0; j < k->nout; j++) written |= k->bufs[j] == in->buf;
            if (!written && ++c->cached[i] == 2) loads++;
        }
    }
    for (uint32_t i = 0; i < k->ninsts; i++) c->cached[i] = c->cached[i] == 2;
    return loads && per <= RESIDENT_MAX && loads * per <= RESIDENT_REGS ? per : 0;
}

/* A resident row's loads, before its first pass. */
static void emit_resident_loads(Kc *c)
{
    const Kernel *k = c->k;
    for (uint32_t i = 0; i < k->ninsts; i++)
        if (c->cached[i]) fprintf(c->f, "    %s l%u[%lld];\n", reg_type(k->insts[i].dt), i, (long long)c->resident);
    open_resident_loop(c, prod(k, k->npar, k->npar + k->nred));
    for (uint32_t i = 0; i < k->ninsts; i++) {
        if (!c->cached[i]) continue;
        fprintf(c->f, "        l%u[j] = ", i);
        emit_load_expr(c, &k->insts[i]);
        fprintf(c->f, ";\n");
    }
    fprintf(c->f, "    }\n");
    c->ind = "    ";
}

static void emit_rows(Kc *c)
{
    const Kernel *k = c->k;
    bool warp = warp_rows(k);
    int64_t rows = prod(k, 0, k->npar);
    if (warp) {
        fprintf(c->f, "    const I row = (I)blockIdx.x * 8u + (threadIdx.x >> 5), lane = threadIdx.x & 31u, G = 32u;\n");
        fprintf(c->f, "    if (row >= (I)%lld) return;\n", (long long)rows);
    } else if (c->split > 1) {
        fprintf(c->f, "    __shared__ __align__(16) unsigned char pc_sm[32 * 8];\n    __shared__ bool pc_last;\n");
        fprintf(c->f, "    const I row = blockIdx.x / %lldu, part = blockIdx.x %% %lldu, lane = threadIdx.x, G = blockDim.x;\n",
                (long long)c->split, (long long)c->split);
    } else {
        fprintf(c->f, "    __shared__ __align__(16) unsigned char pc_sm[32 * 8];\n");
        fprintf(c->f, "    const I row = blockIdx.x, lane = threadIdx.x, G = blockDim.x;\n");
    }
    c->ind = "    ";
    emit_split(c, "row", 0, k->npar, -1);
    if (c->resident) emit_resident_loads(c);
    bool elem_store = false;
    for (uint32_t i = 0; i < k->ninsts; i++) {
        const KInst *in = &k->insts[i];
        if (in->elem) {
            elem_store |= in->kind == KI_STORE;
            continue;
        }
        if (in->kind == KI_REDUCE) {
            if (!warp) {
                fprintf(c->f, "    const %s a%u_id = ", in->dt == DT_BOOL ? "int" : reg_type(in->dt), i);
                print_identity(c, in);
                fprintf(c->f, ";\n");
            }
            emit_reduce(c, i);
        } else if (in->kind == KI_STORE) emit_store(c, in, "if (lane == 0) ");
        else emit_value(c, i);
    }
    if (!elem_store) return;
    memset(c->need, 0, k->ninsts * sizeof *c->need);
    for (uint32_t i = 0; i < k->ninsts; i++)
        if (k->insts[i].elem && k->insts[i].kind == KI_STORE) mark_need(c, i);
    open_row_loop(c);
    for (uint32_t i = 0; i < k->ninsts; i++)
        if (c->need[i] && k->insts[i].kind == KI_STORE) emit_store(c, &k->insts[i], "");
    fprintf(c->f, "    }\n");
    c->ind = "    ";
}

/* --------------------------------------------------------------- header */

static void emit_header(CgcOut *o, const Kernel *k, const char *how)
{
    const Graph *g = o->p->g;
    char ty[96];
    fprintf(o->f, "\n/* %s: %s\n * nodes:", k->name, how);
    for (uint32_t i = 0; i < k->nnodes; i++) {
        const Node *n = ir_node(g, k->nodes[i]);
        fprintf(o->f, "%s %%%u %s %s", i % 4 == 0 && i ? "\n *       " : "", k->nodes[i], ir_ops[n->op].name,
                type_str(&n->type, ty, sizeof ty));
        if (i + 1 < k->nnodes) fprintf(o->f, ",");
    }
    for (uint32_t j = 0; j < k->nbufs; j++) {
        const KBuf *b = &o->p->bufs[k->bufs[j]];
        fprintf(o->f, "\n * b%u = %%%u %s %s", j, b->node, kir_class_name(b->cls),
                type_str(&ir_node(g, b->node)->type, ty, sizeof ty));
    }
    fprintf(o->f, " */\n");
}

static void loop_how(const Kernel *k, bool vec, char *s, size_t n)
{
    char ext[160] = "";
    size_t m = 0;
    for (int v = 0; v < k->npar + k->nred && m < sizeof ext - 24; v++)
        m += (size_t)snprintf(ext + m, sizeof ext - m, "%s%s%lld", v == k->npar ? " | " : v ? "," : "", "",
                              (long long)k->ext[v]);
    if (!k->nred || flat_rows(k))
        snprintf(s, n, "elementwise over [%s]%s%s", ext, vec ? ", 4 per thread (vector loads)" : "",
                 k->nred ? ", row values recomputed per point (no reduction, few rows)" : "");
    else if (split_parts(k) > 1)
        snprintf(s, n, "row reduction [%s], %lld blocks per row, partials combined in order by the row's last block",
                 ext, (long long)split_parts(k));
    else snprintf(s, n, "row reduction [%s], one %s per row", ext, warp_rows(k) ? "warp" : "block");
}

/* The partials and per-row counters of a split reduction, defined in an
 * `extern "C"` block like the kernel: the kernel's text starts there, so
 * a twin kernel (the same code) runs with them too. */
static void emit_split_globals(Kc *c)
{
    const Kernel *k = c->k;
    int64_t rows = prod(k, 0, k->npar);
    fprintf(c->f, "extern \"C\" {\n");
    for (uint32_t i = 0; i < k->ninsts; i++)
        if (k->insts[i].kind == KI_REDUCE)
            fprintf(c->f, "__device__ %s %s_part[%lld];\n", k->insts[i].dt == DT_BOOL ? "int" : reg_type(k->insts[i].dt),
                    k->name, (long long)(rows * c->split));
    fprintf(c->f, "__device__ unsigned %s_done[%lld]; // zero at load; reset by each row's last block\n}\n", k->name,
            (long long)rows);
}

static bool emit_loop(CgcOut *o, const Kernel *k)
{
    Kernel flat = flattened(k);
    bool fl = flat_rows(k);
    Kc c = {.o = o, .f = o->f, .k = fl ? &flat : k, .wide = needs_wide(k), .flat = fl ? k->npar : -1, .ind = "    "};
    c.vec = vec_ok(o, c.k, fl);
    c.split = fl ? 1 : split_parts(k);
    c.need = cx_alloc(o->cx, k->ninsts + 1);
    c.cached = cx_alloc(o->cx, k->ninsts + 1);
    if (!c.need || !c.cached) return cx_free(o->cx, c.need), cx_free(o->cx, c.cached), false;
    if (c.k->nred && !fl) c.resident = resident_rows(&c);
    char how[256];
    loop_how(k, c.vec, how, sizeof how);
    if (c.resident)
        snprintf(how + strlen(how), sizeof how - strlen(how), ", read once into registers (%lld per thread)",
                 (long long)c.resident);
    emit_header(o, k, how);
    if (c.split > 1) emit_split_globals(&c);
    cgc_signature(o, k, false, k->nred && !fl ? row_block(k) : ELEM_BLOCK);
    fprintf(o->f, "    typedef %s I;\n", c.wide ? "long long" : "unsigned");
    if (c.k->nred) emit_rows(&c);
    else emit_elementwise(&c);
    fprintf(o->f, "}\n");
    cx_free(o->cx, c.need);
    cx_free(o->cx, c.cached);
    return true;
}

/* -------------------------------------------------------------- program */

CgCudaLaunch cg_cuda_launch(const KernelProgram *p, const Kernel *k)
{
    CgCudaLaunch l = {.how = CGC_LAUNCH, .block = ELEM_BLOCK};
    if (k->kind == KK_TEMPLATE || k->kind == KK_GEMM) return cgc_template_launch(p, k);
    bool fl = flat_rows(k);
    if (k->nred && !fl) {
        int64_t rows = prod(k, 0, k->npar), parts = split_parts(k);
        l.block = row_block(k);
        l.grid = (unsigned)(parts > 1 ? rows * parts : warp_rows(k) ? (rows + 7) / 8 : rows);
        return l;
    }
    CgcOut o = {.p = p};
    Kernel flat = flattened(k);
    int64_t n = prod(k, 0, k->npar + k->nred) / (vec_ok(&o, &flat, fl) ? VEC : 1), g = (n + ELEM_BLOCK - 1) / ELEM_BLOCK;
    l.grid = (unsigned)(g > (1 << 20) ? (1 << 20) : g);
    return l;
}

bool cg_cuda_emit_kernel(Ctx *cx, const KernelProgram *p, const Kernel *k, FILE *out)
{
    CgcOut o = {.cx = cx, .p = p, .f = out};
    if (k->kind == KK_LOOP) return emit_loop(&o, k);
    if (k->kind == KK_GEMM) {
        KGemmPlan gp;
        return cg_cuda_gemm_plan(p, k, &gp) || cgc_emit_gemm_loop(&o, k);
    }
    return cgc_emit_template(&o, k);
}

/* One kernel's text, split into its comment header and its code with the
 * kernel's name replaced by "@" (the key for deduplication). */
typedef struct Piece {
    char *head, *code, *key; /* key: code without its // comments */
    uint64_t hash;
} Piece;

/* The code without line comments (they name graph nodes, which differ
 * between repeated layers). */
static char *strip_comments(const char *code)
{
    char *out = malloc(strlen(code) + 1), *w = out;
    if (!out) return NULL;
    for (const char *r = code; *r;) {
        if (r[0] == '/' && r[1] == '/') {
            while (*r && *r != '\n') r++;
            continue;
        }
        *w++ = *r++;
    }
    *w = 0;
    return out;
}

/* code with every occurrence of name (the kernel's symbol, and those of
 * its globals: NAME_part) as '@'. */
static char *name_to_at(const char *code, const char *name)
{
    size_t nl = strlen(name);
    char *out = malloc(strlen(code) + 1), *w = out;
    if (!out) return NULL;
    for (const char *r = code; *r;) {
        if (!strncmp(r, name, nl)) {
            *w++ = '@';
            r += nl;
        } else *w++ = *r++;
    }
    *w = 0;
    return out;
}

static bool piece_make(Ctx *cx, const KernelProgram *p, const Kernel *k, Piece *pc)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (!f) return false;
    bool ok = cg_cuda_emit_kernel(cx, p, k, f);
    ok &= fclose(f) == 0 && buf;
    char *sig = ok ? strstr(buf, "extern \"C\"") : NULL;
    char *name = sig ? strstr(sig, k->name) : NULL;
    if (name) {
        pc->head = strndup(buf, (size_t)(sig - buf));
        pc->code = name_to_at(sig, k->name);
        if (pc->code) {
            pc->key = strip_comments(pc->code);
            if (pc->key) pc->hash = ir_hash(pc->key, strlen(pc->key));
        }
    } else if (ok) {
        pc->head = strdup(buf ? buf : ""); /* no device code (host constant) */
    }
    free(buf);
    return ok && pc->head && (!name || (pc->code && pc->key));
}

/* Index of an earlier kernel with the same code, or k itself. */
static uint32_t piece_twin(const Piece *pcs, uint32_t k)
{
    for (uint32_t j = 0; j < k; j++)
        if (pcs[j].key && pcs[k].key && pcs[j].hash == pcs[k].hash && !strcmp(pcs[j].key, pcs[k].key)) return j;
    return k;
}

static void piece_print(FILE *f, const KernelProgram *p, const Piece *pc, uint32_t k, uint32_t twin)
{
    fputs(pc->head, f);
    if (!pc->code) return;
    if (twin != k) {
        fprintf(f, "// %s: the same code as %s, which runs it\n", p->kernels[k].name, p->kernels[twin].name);
        return;
    }
    for (const char *r = pc->code; *r; r++)
        if (*r == '@') fputs(p->kernels[k].name, f);
        else fputc(*r, f);
}

char *cg_cuda_source(Ctx *cx, const KernelProgram *p, uint32_t *twin)
{
    char *buf = NULL;
    size_t len = 0;
    Piece *pcs = cx_alloc(cx, (p->nkernels + 1) * sizeof *pcs);
    FILE *f = pcs ? open_memstream(&buf, &len) : NULL;
    if (!f) {
        cx_free(cx, pcs);
        cx_error(cx, (SrcLoc){0}, "out of memory (CUDA source)");
        return NULL;
    }
    fputs(prelude, f);
    bool ok = true;
    for (uint32_t k = 0; ok && k < p->nkernels; k++) {
        ok = piece_make(cx, p, &p->kernels[k], &pcs[k]);
        uint32_t t = ok ? piece_twin(pcs, k) : k;
        if (twin) twin[k] = t;
        if (ok) piece_print(f, p, &pcs[k], k, t);
    }
    ok &= fclose(f) == 0;
    char *out = ok && buf ? cx_strdup(cx, buf) : NULL;
    free(buf);
    for (uint32_t k = 0; k < p->nkernels; k++) {
        free(pcs[k].head);
        free(pcs[k].code);
        free(pcs[k].key);
    }
    cx_free(cx, pcs);
    if (!out && cx->nerrors == 0) cx_error(cx, (SrcLoc){0}, "cannot build the CUDA source");
    return out;
}
