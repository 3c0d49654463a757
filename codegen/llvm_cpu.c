/* llvm_cpu.c — loop kernels of the kernel IR -> LLVM IR (LLVM 14 C API).
 *
 * Expects a KernelProgram from kir_compile.  Produces one module with, per
 * KK_LOOP kernel, an internal function `<name>.body(T0* noalias, ...)`
 * (one pointer per buffer: distinct buffers never overlap while live, which
 * memplan verifies, so noalias is true and lets the loop vectoriser work
 * without run-time checks) and an exported wrapper `<name>(i8** args)`.
 * Kernels with the same body up to their buffers (cg_cpu_share: the
 * repeated blocks of a ViT) get one function; the later ones are aliases
 * of the first one's wrapper, so LLVM's work grows with the number of
 * distinct kernels, not with the depth of the model.
 *
 * Shape of a body: loops over the parallel variables; inside, the row
 * instructions in order; each reduction is an inner loop nest over the
 * reduction variables with an accumulator; a final inner loop nest runs
 * the element-level stores.  Element-level instructions are emitted on
 * demand inside each inner nest that needs them (recomputed per phase, the
 * row being in cache), but for the expensive ones several phases need,
 * which the first stores in a row array and the others load (the row
 * cache, below).  Loop counters and accumulators are allocas that SROA
 * turns into registers.
 *
 * Numerics follow ir/interp.c: f32 ops in f32 (exact for + - * / sqrt; libm
 * for log, tanh, pow; exp and erf of f32 inline within 2 ulp, so that they
 * vectorise: emit_expf, emit_erff), NaN-propagating max/min, saturating
 * float->int casts (llvm.fptosi.sat), integer division by zero gives 0
 * (the interpreter reports it; the compiled step has no error channel).
 * Float sums whose inner loop reads contiguously add in RED_VEC partial
 * sums (the same order on every CPU); the interpreter adds in order.
 * bf16 and f16 values are held as float and rounded to their format after
 * every operation, as the interpreter does. */
#include "codegen/cg.h"

#include <llvm-c/Analysis.h>
#include <llvm-c/Core.h>
#include <llvm-c/DebugInfo.h>
#include <llvm-c/Target.h>
#include <llvm-c/TargetMachine.h>
#include <llvm-c/Transforms/PassBuilder.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

typedef struct Cg {
    Ctx *cx;
    const KernelProgram *p;
    const Kernel *k;
    const CgOptions *o;
    bool *fault_done;
    LLVMContextRef C;
    LLVMModuleRef M;
    LLVMBuilderRef B;
    LLVMValueRef fn;
    LLVMValueRef ptr[64];
    LLVMValueRef lo, hi; /* range of the outermost parallel variable */
    LLVMValueRef ctr[IR_MAX_RANK], iv[IR_MAX_RANK];
    LLVMBasicBlockRef cond[IR_MAX_RANK], exit[IR_MAX_RANK];
    LLVMValueRef *val, *phase, *acc; /* per instruction */
    LLVMValueRef *nanf;              /* per vectorised max: whether a NaN was seen (i8) */
    /* The row cache (row_cache_plan): per instruction its canonical twin,
     * and for a cached one its row array and the phase that fills it. */
    uint32_t *canon;
    LLVMValueRef *row;
    int32_t *fill_phase;
    int32_t cur_phase;
} Cg;

/* ---------------------------------------------------------------- types */

static LLVMTypeRef mem_type(const Cg *g, DType dt)
{
    switch (dt) {
    case DT_F32: return LLVMFloatTypeInContext(g->C);
    case DT_F64: return LLVMDoubleTypeInContext(g->C);
    case DT_I32: return LLVMInt32TypeInContext(g->C);
    case DT_I64: return LLVMInt64TypeInContext(g->C);
    case DT_BOOL: return LLVMInt8TypeInContext(g->C);
    case DT_BF16: return LLVMInt16TypeInContext(g->C);
    case DT_F16: return LLVMHalfTypeInContext(g->C);
    default: break;
    }
    IR_ASSERT(!"mem_type: bad dtype");
    return NULL;
}

/* Values live in registers as float (f32, bf16, f16), double, i32, i64, i1. */
static LLVMTypeRef reg_type(const Cg *g, DType dt)
{
    switch (dt) {
    case DT_BF16:
    case DT_F16: return LLVMFloatTypeInContext(g->C);
    case DT_BOOL: return LLVMInt1TypeInContext(g->C);
    default: return mem_type(g, dt);
    }
}

static LLVMTypeRef i64t(const Cg *g) { return LLVMInt64TypeInContext(g->C); }
static LLVMValueRef ci64(const Cg *g, int64_t v) { return LLVMConstInt(i64t(g), (unsigned long long)v, 1); }

/* A call to an intrinsic or libm function of one type, declared on demand. */
static LLVMValueRef call_fn(Cg *g, const char *name, LLVMTypeRef ty, LLVMValueRef *args, unsigned n)
{
    LLVMTypeRef params[3] = {ty, ty, ty};
    LLVMTypeRef fty = LLVMFunctionType(ty, params, n, 0);
    LLVMValueRef f = LLVMGetNamedFunction(g->M, name);
    if (!f) f = LLVMAddFunction(g->M, name, fty);
    return LLVMBuildCall2(g->B, fty, f, args, n, "");
}

static bool is_f64(DType dt) { return dt == DT_F64; }

static LLVMValueRef math1(Cg *g, const char *base, DType dt, LLVMValueRef x)
{
    char name[48];
    snprintf(name, sizeof name, "llvm.%s.%s", base, is_f64(dt) ? "f64" : "f32");
    return call_fn(g, name, reg_type(g, dt), &x, 1);
}

static LLVMValueRef libm1(Cg *g, const char *base, DType dt, LLVMValueRef x)
{
    char name[48];
    snprintf(name, sizeof name, "%s%s", base, is_f64(dt) ? "" : "f");
    return call_fn(g, name, reg_type(g, dt), &x, 1);
}

/* exp of a float without a libm call, so that the loop vectoriser can
 * widen the loops of softmax and loss rows (a call to expf stays scalar:
 * LLVM's C API cannot name a vector library).  Cephes' expf: n =
 * rint(x log2 e), r = x - n ln2 (ln2 split in two so n*hi is exact), a
 * degree-7 polynomial, times 2^n built from two normal powers of two so
 * that results near FLT_MIN round once.  The argument is clamped to
 * [-104, 88.8] first (the results there are 0 and infinity anyway), NaN
 * passes through.  Within 2 ulp of the libm/interpreter value
 * (test_cpu_diff t_fast_math measures it); the GPU's expf is also 2 ulp. */
static LLVMValueRef emit_expf(Cg *g, LLVMValueRef x)
{
    LLVMTypeRef f32 = LLVMFloatTypeInContext(g->C), i32 = LLVMInt32TypeInContext(g->C);
#define F(v) LLVMConstReal(f32, (v))
#define I(v) LLVMConstInt(i32, (unsigned long long)(v), 1)
    LLVMBuilderRef B = g->B;
    LLVMValueRef lo = F(-104.0), hi = F(88.8);
    LLVMValueRef xc = call_fn(g, "llvm.minnum.f32", f32, (LLVMValueRef[]){call_fn(g, "llvm.maxnum.f32", f32,
                                                                                  (LLVMValueRef[]){x, lo}, 2), hi}, 2);
    LLVMValueRef n = call_fn(g, "llvm.rint.f32", f32, (LLVMValueRef[]){LLVMBuildFMul(B, xc, F(1.44269504088896341), "")}, 1);
    LLVMValueRef r = LLVMBuildFSub(B, xc, LLVMBuildFMul(B, n, F(0.693359375), ""), "");
    r = LLVMBuildFSub(B, r, LLVMBuildFMul(B, n, F(-2.12194440e-4), ""), "");
    static const double c[] = {1.9875691500e-4, 1.3981999507e-3, 8.3334519073e-3,
                               4.1665795894e-2, 1.6666665459e-1, 5.0000001201e-1};
    LLVMValueRef p = F(c[0]);
    for (int i = 1; i < 6; i++) p = LLVMBuildFAdd(B, LLVMBuildFMul(B, p, r, ""), F(c[i]), "");
    p = LLVMBuildFMul(B, LLVMBuildFMul(B, p, r, ""), r, "");
    p = LLVMBuildFAdd(B, LLVMBuildFAdd(B, p, r, ""), F(1.0), "");
    LLVMValueRef ni = LLVMBuildFPToSI(B, n, i32, ""), n1 = LLVMBuildAShr(B, ni, I(1), "");
    LLVMValueRef n2 = LLVMBuildSub(B, ni, n1, "");
    LLVMValueRef s1 = LLVMBuildBitCast(B, LLVMBuildShl(B, LLVMBuildAdd(B, n1, I(127), ""), I(23), ""), f32, "");
    LLVMValueRef s2 = LLVMBuildBitCast(B, LLVMBuildShl(B, LLVMBuildAdd(B, n2, I(127), ""), I(23), ""), f32, "");
    LLVMValueRef v = LLVMBuildFMul(B, LLVMBuildFMul(B, p, s1, ""), s2, "");
    return LLVMBuildSelect(B, LLVMBuildFCmp(B, LLVMRealUNO, x, x, ""), x, v, "");
#undef F
#undef I
}

/* Horner's rule in f32 over c[0] + c[1] s + ... + c[n-1] s^(n-1). */
static LLVMValueRef horner(Cg *g, const double *c, int n, LLVMValueRef s)
{
    LLVMTypeRef f32 = LLVMFloatTypeInContext(g->C);
    LLVMValueRef p = LLVMConstReal(f32, c[n - 1]);
    for (int i = n - 2; i >= 0; i--) p = LLVMBuildFAdd(g->B, LLVMBuildFMul(g->B, p, s, ""), LLVMConstReal(f32, c[i]), "");
    return p;
}

/* erf of a float without a libm call (GELU's, so its loops vectorise), on
 * |x| and with x's sign: below 1, x P(x^2); from 1 to 3.92, 1 - exp(-x^2)
 * Q(|x| - 2.46) (Q approximates erfc(x) exp(x^2), which varies slowly);
 * above, 1.  P (degree 6) and Q (degree 12) were fitted for this file by
 * weighted least squares with Lawson's iteration against double erf/erfc
 * (relative errors 1.2e-9 and 4.1e-9 before rounding to float); evaluated
 * in f32 the result is within 2 ulp of the correctly rounded erf
 * (test_cpu_diff t_fast_math measures it against libm's erff). */
static LLVMValueRef emit_erff(Cg *g, LLVMValueRef x)
{
    static const double P[] = {1.128379107e+00, -3.761262596e-01, 1.128358543e-01, -2.685381100e-02,
                               5.188327748e-03, -8.010192541e-04, 7.853857824e-05};
    static const double Q[] = {2.138206810e-01, -7.638143003e-02, 2.592235245e-02, -8.408410475e-03,
                               2.618936822e-03, -7.858863682e-04, 2.282366331e-04, -6.484281039e-05,
                               1.762447573e-05, -4.206175163e-06, 1.137223080e-06, -4.707837604e-07,
                               1.091301698e-07};
    LLVMTypeRef f32 = LLVMFloatTypeInContext(g->C);
    LLVMBuilderRef B = g->B;
    /* t = x x, not |x| |x| (the same bits): GELU's gradient computes
     * exp(-(x x)) beside erf(x), and early-cse then merges the two exps */
    LLVMValueRef a = call_fn(g, "llvm.fabs.f32", f32, &x, 1), t = LLVMBuildFMul(B, x, x, "");
    LLVMValueRef small = LLVMBuildFMul(B, a, horner(g, P, 7, t), "");
    LLVMValueRef q = horner(g, Q, 13, LLVMBuildFSub(B, a, LLVMConstReal(f32, 2.46), ""));
    LLVMValueRef big = LLVMBuildFSub(B, LLVMConstReal(f32, 1.0), LLVMBuildFMul(B, emit_expf(g, LLVMBuildFNeg(B, t, "")), q, ""), "");
    LLVMValueRef r = LLVMBuildSelect(B, LLVMBuildFCmp(B, LLVMRealOLT, a, LLVMConstReal(f32, 3.92), ""), big,
                                     LLVMConstReal(f32, 1.0), "");
    r = LLVMBuildSelect(B, LLVMBuildFCmp(B, LLVMRealOLT, a, LLVMConstReal(f32, 1.0), ""), small, r, "");
    r = call_fn(g, "llvm.copysign.f32", f32, (LLVMValueRef[]){r, x}, 2);
    return LLVMBuildSelect(B, LLVMBuildFCmp(B, LLVMRealUNO, x, x, ""), x, r, "");
}

/* ------------------------------------------------------ narrow floats */

/* Rounds a float to bf16 (nearest even, NaN kept) and back. */
static LLVMValueRef emit_round_bf16(Cg *g, LLVMValueRef x)
{
    LLVMTypeRef i32 = LLVMInt32TypeInContext(g->C), f32 = LLVMFloatTypeInContext(g->C);
    LLVMValueRef b = LLVMBuildBitCast(g->B, x, i32, "");
    LLVMValueRef lsb = LLVMBuildAnd(g->B, LLVMBuildLShr(g->B, b, LLVMConstInt(i32, 16, 0), ""), LLVMConstInt(i32, 1, 0), "");
    LLVMValueRef r = LLVMBuildAdd(g->B, b, LLVMBuildAdd(g->B, lsb, LLVMConstInt(i32, 0x7fff, 0), ""), "");
    r = LLVMBuildAnd(g->B, r, LLVMConstInt(i32, 0xffff0000u, 0), "");
    LLVMValueRef nan = LLVMBuildFCmp(g->B, LLVMRealUNO, x, x, "");
    return LLVMBuildSelect(g->B, nan, x, LLVMBuildBitCast(g->B, r, f32, ""), "");
}

static LLVMValueRef round_narrow(Cg *g, DType dt, LLVMValueRef x)
{
    if (dt == DT_BF16) return emit_round_bf16(g, x);
    if (dt != DT_F16) return x;
    LLVMValueRef h = LLVMBuildFPTrunc(g->B, x, LLVMHalfTypeInContext(g->C), "");
    return LLVMBuildFPExt(g->B, h, LLVMFloatTypeInContext(g->C), "");
}

/* ------------------------------------------------------------ memory */

static LLVMValueRef address(Cg *g, const KInst *in)
{
    int nvar = g->k->npar + g->k->nred;
    LLVMValueRef off = ci64(g, in->map.base);
    for (int v = 0; v < nvar; v++)
        if (in->map.coef[v])
            off = LLVMBuildAdd(g->B, off, LLVMBuildMul(g->B, g->iv[v], ci64(g, in->map.coef[v]), ""), "");
    uint32_t j = 0;
    while (g->k->bufs[j] != in->buf) j++;
    DType dt = g->p->bufs[in->buf].dt;
    return LLVMBuildGEP2(g->B, mem_type(g, dt), g->ptr[j], &off, 1, "");
}

static LLVMValueRef emit_load(Cg *g, const KInst *in)
{
    DType dt = g->p->bufs[in->buf].dt;
    LLVMValueRef v = LLVMBuildLoad2(g->B, mem_type(g, dt), address(g, in), "");
    LLVMTypeRef f32 = LLVMFloatTypeInContext(g->C), i32 = LLVMInt32TypeInContext(g->C);
    switch (dt) {
    case DT_BOOL: return LLVMBuildICmp(g->B, LLVMIntNE, v, LLVMConstInt(LLVMInt8TypeInContext(g->C), 0, 0), "");
    case DT_F16: return LLVMBuildFPExt(g->B, v, f32, "");
    case DT_BF16:
        v = LLVMBuildShl(g->B, LLVMBuildZExt(g->B, v, i32, ""), LLVMConstInt(i32, 16, 0), "");
        return LLVMBuildBitCast(g->B, v, f32, "");
    default: return v;
    }
}

static void emit_store(Cg *g, const KInst *in, LLVMValueRef v)
{
    DType dt = in->dt;
    LLVMTypeRef i32 = LLVMInt32TypeInContext(g->C);
    if (dt == DT_BOOL) v = LLVMBuildZExt(g->B, v, LLVMInt8TypeInContext(g->C), "");
    if (dt == DT_F16) v = LLVMBuildFPTrunc(g->B, v, LLVMHalfTypeInContext(g->C), "");
    if (dt == DT_BF16) {
        v = LLVMBuildLShr(g->B, LLVMBuildBitCast(g->B, emit_round_bf16(g, v), i32, ""), LLVMConstInt(i32, 16, 0), "");
        v = LLVMBuildTrunc(g->B, v, LLVMInt16TypeInContext(g->C), "");
    }
    LLVMBuildStore(g->B, v, address(g, in));
}


/* ---------------------------------------------------------------- ops */

static LLVMValueRef fconst(const Cg *g, DType dt, double v) { return LLVMConstReal(reg_type(g, dt), v); }

static LLVMValueRef unary_float(Cg *g, Op op, DType dt, LLVMValueRef x)
{
    switch (op) {
    case OP_NEG: return LLVMBuildFNeg(g->B, x, "");
    case OP_EXP: return is_f64(dt) ? math1(g, "exp", dt, x) : emit_expf(g, x);
    case OP_LOG: return math1(g, "log", dt, x);
    case OP_SQRT: return math1(g, "sqrt", dt, x);
    case OP_RSQRT: return LLVMBuildFDiv(g->B, fconst(g, dt, 1.0), math1(g, "sqrt", dt, x), "");
    case OP_ERF: return is_f64(dt) ? libm1(g, "erf", dt, x) : emit_erff(g, x);
    case OP_TANH: return libm1(g, "tanh", dt, x);
    case OP_ABS: return math1(g, "fabs", dt, x);
    case OP_RECIP: return LLVMBuildFDiv(g->B, fconst(g, dt, 1.0), x, "");
    case OP_FLOOR: return math1(g, "floor", dt, x);
    default: break;
    }
    IR_ASSERT(!"unary_float: not a unary op");
    return NULL;
}

static LLVMValueRef unary_int(Cg *g, Op op, LLVMValueRef x)
{
    LLVMValueRef neg = LLVMBuildNeg(g->B, x, "");
    if (op == OP_NEG) return neg;
    IR_ASSERT(op == OP_ABS);
    LLVMValueRef lt = LLVMBuildICmp(g->B, LLVMIntSLT, x, LLVMConstNull(LLVMTypeOf(x)), "");
    return LLVMBuildSelect(g->B, lt, neg, x, "");
}

/* max/min that return NaN when either operand is NaN. */
static LLVMValueRef fmaxmin(Cg *g, bool max, LLVMValueRef a, LLVMValueRef b)
{
    LLVMValueRef c = LLVMBuildFCmp(g->B, max ? LLVMRealOGT : LLVMRealOLT, a, b, "");
    LLVMValueRef m = LLVMBuildSelect(g->B, c, a, b, "");
    LLVMValueRef u = LLVMBuildFCmp(g->B, LLVMRealUNO, a, b, "");
    return LLVMBuildSelect(g->B, u, LLVMBuildFAdd(g->B, a, b, ""), m, "");
}

static LLVMValueRef binary_float(Cg *g, Op op, DType dt, LLVMValueRef a, LLVMValueRef b)
{
    LLVMValueRef args[2] = {a, b};
    char name[32];
    switch (op) {
    case OP_ADD: return LLVMBuildFAdd(g->B, a, b, "");
    case OP_SUB: return LLVMBuildFSub(g->B, a, b, "");
    case OP_MUL: return LLVMBuildFMul(g->B, a, b, "");
    case OP_DIV: return LLVMBuildFDiv(g->B, a, b, "");
    case OP_MAX: return fmaxmin(g, true, a, b);
    case OP_MIN: return fmaxmin(g, false, a, b);
    case OP_POW:
        snprintf(name, sizeof name, "llvm.pow.%s", is_f64(dt) ? "f64" : "f32");
        return call_fn(g, name, reg_type(g, dt), args, 2);
    default: break;
    }
    IR_ASSERT(!"binary_float: not a binary op");
    return NULL;
}

/* Integer division: truncating; x / -1 wraps; x / 0 = 0 (no trap). */
static LLVMValueRef int_div(Cg *g, LLVMValueRef a, LLVMValueRef b)
{
    LLVMTypeRef t = LLVMTypeOf(a);
    LLVMValueRef zero = LLVMBuildICmp(g->B, LLVMIntEQ, b, LLVMConstNull(t), "");
    LLVMValueRef m1 = LLVMBuildICmp(g->B, LLVMIntEQ, b, LLVMConstAllOnes(t), "");
    LLVMValueRef safe = LLVMBuildSelect(g->B, LLVMBuildOr(g->B, zero, m1, ""), LLVMConstInt(t, 1, 0), b, "");
    LLVMValueRef q = LLVMBuildSDiv(g->B, a, safe, "");
    q = LLVMBuildSelect(g->B, m1, LLVMBuildNeg(g->B, a, ""), q, "");
    return LLVMBuildSelect(g->B, zero, LLVMConstNull(t), q, "");
}

static LLVMValueRef binary_int(Cg *g, Op op, LLVMValueRef a, LLVMValueRef b)
{
    switch (op) {
    case OP_ADD: return LLVMBuildAdd(g->B, a, b, "");
    case OP_SUB: return LLVMBuildSub(g->B, a, b, "");
    case OP_MUL: return LLVMBuildMul(g->B, a, b, "");
    case OP_DIV: return int_div(g, a, b);
    case OP_MAX: return LLVMBuildSelect(g->B, LLVMBuildICmp(g->B, LLVMIntSGT, a, b, ""), a, b, "");
    case OP_MIN: return LLVMBuildSelect(g->B, LLVMBuildICmp(g->B, LLVMIntSLT, a, b, ""), a, b, "");
    default: break;
    }
    IR_ASSERT(!"binary_int: not an integer op");
    return NULL;
}

static LLVMValueRef compare(Cg *g, Op op, DType dt, LLVMValueRef a, LLVMValueRef b)
{
    static const LLVMRealPredicate fp[] = {LLVMRealOEQ, LLVMRealUNE, LLVMRealOLT, LLVMRealOLE, LLVMRealOGT, LLVMRealOGE};
    static const LLVMIntPredicate ip[] = {LLVMIntEQ, LLVMIntNE, LLVMIntSLT, LLVMIntSLE, LLVMIntSGT, LLVMIntSGE};
    int k = (int)op - (int)OP_EQ;
    IR_ASSERT(k >= 0 && k < 6);
    if (dt_is_float(dt)) return LLVMBuildFCmp(g->B, fp[k], a, b, "");
    if (dt == DT_BOOL) {
        a = LLVMBuildZExt(g->B, a, LLVMInt32TypeInContext(g->C), "");
        b = LLVMBuildZExt(g->B, b, LLVMInt32TypeInContext(g->C), "");
    }
    return LLVMBuildICmp(g->B, ip[k], a, b, "");
}

/* Float -> integer: truncate, saturate, NaN -> 0 (llvm.fptosi.sat). */
static LLVMValueRef float_to_int(Cg *g, DType from, DType to, LLVMValueRef x)
{
    char name[48];
    snprintf(name, sizeof name, "llvm.fptosi.sat.%s.%s", to == DT_I32 ? "i32" : "i64", is_f64(from) ? "f64" : "f32");
    LLVMTypeRef rt = reg_type(g, to), at = reg_type(g, from);
    LLVMTypeRef fty = LLVMFunctionType(rt, &at, 1, 0);
    LLVMValueRef f = LLVMGetNamedFunction(g->M, name);
    if (!f) f = LLVMAddFunction(g->M, name, fty);
    return LLVMBuildCall2(g->B, fty, f, &x, 1, "");
}

static LLVMValueRef cast(Cg *g, DType from, DType to, LLVMValueRef x)
{
    LLVMTypeRef rt = reg_type(g, to);
    if (to == DT_BOOL) {
        if (dt_is_float(from)) return LLVMBuildFCmp(g->B, LLVMRealUNE, x, LLVMConstNull(LLVMTypeOf(x)), "");
        return from == DT_BOOL ? x : LLVMBuildICmp(g->B, LLVMIntNE, x, LLVMConstNull(LLVMTypeOf(x)), "");
    }
    if (dt_is_float(from) && dt_is_float(to)) {
        LLVMValueRef v = x;
        if (is_f64(from) && !is_f64(to)) v = LLVMBuildFPTrunc(g->B, x, rt, "");
        if (!is_f64(from) && is_f64(to)) v = LLVMBuildFPExt(g->B, x, rt, "");
        return round_narrow(g, to, v);
    }
    if (dt_is_float(to)) {
        LLVMValueRef v = from == DT_BOOL ? LLVMBuildUIToFP(g->B, x, rt, "") : LLVMBuildSIToFP(g->B, x, rt, "");
        return round_narrow(g, to, v);
    }
    if (dt_is_float(from)) return float_to_int(g, from, to, x);
    if (from == DT_BOOL) return LLVMBuildZExt(g->B, x, rt, "");
    return LLVMBuildIntCast2(g->B, x, rt, 1, "");
}

/* Bool arithmetic goes through i32 and back (x != 0), as the
 * interpreter's wrap to bool does. */
static LLVMValueRef binary_any(Cg *g, Op op, DType dt, LLVMValueRef a, LLVMValueRef b)
{
    if (dt_is_float(dt)) return round_narrow(g, dt, binary_float(g, op, dt, a, b));
    if (dt != DT_BOOL) return binary_int(g, op, a, b);
    LLVMTypeRef i32 = LLVMInt32TypeInContext(g->C);
    LLVMValueRef r = binary_int(g, op, LLVMBuildZExt(g->B, a, i32, ""), LLVMBuildZExt(g->B, b, i32, ""));
    return LLVMBuildICmp(g->B, LLVMIntNE, r, LLVMConstNull(i32), "");
}

static LLVMValueRef get(Cg *g, uint32_t i);

/* The deliberate fault of CgOptions.fault_op (tests of the checker). */
static bool fault_here(Cg *g, Op op)
{
    if (!g->o || g->o->fault_op != op || *g->fault_done) return false;
    *g->fault_done = true;
    return true;
}

static LLVMValueRef emit_op(Cg *g, const KInst *in)
{
    DType dt = in->dt, adt = g->k->insts[in->in[0]].dt;
    LLVMValueRef a = get(g, in->in[0]), b = in->nin > 1 ? get(g, in->in[1]) : NULL;
    Op op = in->op;
    if (fault_here(g, op)) {
        if (op == OP_ADD || op == OP_MUL) return binary_any(g, op == OP_ADD ? OP_SUB : OP_ADD, dt, a, b);
        if (dt_is_float(dt) && dt_is_float(adt) && dt == adt) return LLVMBuildFAdd(g->B, a, fconst(g, dt, 1.0), "");
    }
    if (op == OP_CAST) return cast(g, adt, dt, a);
    if (op == OP_STOP_GRADIENT || op == OP_ALL_REDUCE_SUM) return a;
    if (op == OP_SELECT) return LLVMBuildSelect(g->B, a, b, get(g, in->in[2]), "");
    if (ir_ops[op].flags & OF_BOOL_OUT) return compare(g, op, adt, a, b);
    if (in->nin == 2) return binary_any(g, op, dt, a, b);
    if (dt_is_float(dt)) return round_narrow(g, dt, unary_float(g, op, dt, a));
    if (dt == DT_BOOL) return a; /* neg and abs of 0/1 as bool: x != 0 */
    return unary_int(g, op, a);
}

static LLVMValueRef reduce_init(Cg *g, Op op, DType dt)
{
    LLVMTypeRef t = reg_type(g, dt);
    if (op == OP_REDUCE_SUM || dt == DT_BOOL) return LLVMConstNull(t);
    if (dt_is_float(dt)) return LLVMConstReal(t, -INFINITY);
    return LLVMConstInt(t, dt == DT_I32 ? (unsigned long long)(uint32_t)INT32_MIN : 1ull << 63, 0);
}

static LLVMValueRef reduce_step(Cg *g, Op op, DType dt, LLVMValueRef acc, LLVMValueRef x)
{
    if (dt == DT_BOOL) return LLVMBuildOr(g->B, acc, x, "");
    if (op == OP_REDUCE_SUM) return dt_is_float(dt) ? LLVMBuildFAdd(g->B, acc, x, "") : LLVMBuildAdd(g->B, acc, x, "");
    return dt_is_float(dt) ? fmaxmin(g, true, acc, x) : binary_int(g, OP_MAX, acc, x);
}

/* -------------------------------------------------------------- loops */

/* Sums vectorise only when the loop says the order of its additions may
 * change (LLVM keeps IEEE order otherwise): the width is fixed, so the
 * order is the same on every CPU that compiles this module: RED_VEC
 * partial sums (lane j adds elements j, j + RED_VEC, ...), the remainder
 * added after them, then LLVM's tree over the lanes. */
enum { RED_VEC = 8 };

static LLVMMetadataRef md_pair(Cg *g, const char *key, LLVMValueRef v)
{
    LLVMMetadataRef e[2] = {LLVMMDStringInContext2(g->C, key, strlen(key)), LLVMValueAsMetadata(v)};
    return LLVMMDNodeInContext2(g->C, e, 2);
}

static void set_vector_hint(Cg *g, LLVMValueRef br, int width)
{
    LLVMTypeRef i32 = LLVMInt32TypeInContext(g->C), i1 = LLVMInt1TypeInContext(g->C);
    LLVMMetadataRef self = LLVMTemporaryMDNode(g->C, NULL, 0);
    LLVMMetadataRef e[4] = {self, md_pair(g, "llvm.loop.vectorize.enable", LLVMConstInt(i1, 1, 0)),
                            md_pair(g, "llvm.loop.vectorize.width", LLVMConstInt(i32, (unsigned long long)width, 0)),
                            md_pair(g, "llvm.loop.interleave.count", LLVMConstInt(i32, 1, 0))};
    LLVMMetadataRef id = LLVMMDNodeInContext2(g->C, e, 4);
    LLVMMetadataReplaceAllUsesWith(self, id);
    unsigned kind = LLVMGetMDKindIDInContext(g->C, "llvm.loop", 9);
    LLVMSetMetadata(br, kind, LLVMMetadataAsValue(g->C, id));
}

/* A kernel with no parallel axis and no sum (AdamW's update of one
 * tensor: elementwise stores over the whole tensor, plus scalars such as
 * the new step count) whose body can still be split over its first axis:
 * its .part runs [lo, hi) of that axis, and only the chunk with lo == 0
 * stores the scalars.  Whether the executors do split it depends on its
 * buffers too (cg_cpu_splits); the body is the same either way, so
 * kernels sharing a body agree. */
static bool red_split(const Kernel *k)
{
    if (k->kind != KK_LOOP || k->npar != 0 || k->nred == 0 || k->ext[0] < 2) return false;
    bool elem_store = false;
    for (uint32_t i = 0; i < k->ninsts; i++) {
        if (k->insts[i].kind == KI_REDUCE) return false;
        elem_store |= k->insts[i].kind == KI_STORE && k->insts[i].elem;
    }
    return elem_store;
}

/* Whether the body's variable 0 runs over [lo, hi) (the pool's chunk). */
static bool split_var0(const Kernel *k) { return k->npar > 0 || red_split(k); }

static void loops_open(Cg *g, int v0, int v1)
{
    for (int v = v0; v < v1; v++) {
        bool split = v == 0 && split_var0(g->k); /* the pool's chunk of variable 0 */
        LLVMBuildStore(g->B, split ? g->lo : ci64(g, 0), g->ctr[v]);
        g->cond[v] = LLVMAppendBasicBlockInContext(g->C, g->fn, "cond");
        LLVMBasicBlockRef body = LLVMAppendBasicBlockInContext(g->C, g->fn, "body");
        g->exit[v] = LLVMAppendBasicBlockInContext(g->C, g->fn, "exit");
        LLVMBuildBr(g->B, g->cond[v]);
        LLVMPositionBuilderAtEnd(g->B, g->cond[v]);
        g->iv[v] = LLVMBuildLoad2(g->B, i64t(g), g->ctr[v], "i");
        LLVMValueRef c = LLVMBuildICmp(g->B, LLVMIntSLT, g->iv[v], split ? g->hi : ci64(g, g->k->ext[v]), "");
        LLVMBuildCondBr(g->B, c, body, g->exit[v]);
        LLVMPositionBuilderAtEnd(g->B, body);
    }
}

/* Closes the loops v1-1 .. v0; with vec_inner > 0 the innermost one
 * carries loop metadata asking for vectorisation at that width, one
 * interleave (see emit_reduce, wide_elem). */
static void loops_close(Cg *g, int v0, int v1, int vec_inner)
{
    for (int v = v1 - 1; v >= v0; v--) {
        LLVMBuildStore(g->B, LLVMBuildAdd(g->B, g->iv[v], ci64(g, 1), ""), g->ctr[v]);
        LLVMValueRef br = LLVMBuildBr(g->B, g->cond[v]);
        if (vec_inner && v == v1 - 1) set_vector_hint(g, br, vec_inner);
        LLVMPositionBuilderAtEnd(g->B, g->exit[v]);
    }
}

/* ---------------------------------------------------------- kernels */

static LLVMValueRef emit_inst(Cg *g, const KInst *in)
{
    switch (in->kind) {
    case KI_LOAD: return emit_load(g, in);
    case KI_IMM:
        if (dt_is_float(in->dt)) return fconst(g, in->dt, in->imm);
        return LLVMConstInt(reg_type(g, in->dt), (unsigned long long)(int64_t)in->imm, 1);
    case KI_OP: return emit_op(g, in);
    default: break;
    }
    IR_ASSERT(!"emit_inst: not a value instruction");
    return NULL;
}

/* The element's index in the row: the reduction variables, row-major. */
static LLVMValueRef row_index(Cg *g)
{
    const Kernel *k = g->k;
    LLVMValueRef idx = ci64(g, 0);
    for (int v = k->npar; v < k->npar + k->nred; v++)
        idx = LLVMBuildAdd(g->B, LLVMBuildMul(g->B, idx, ci64(g, k->ext[v]), ""), g->iv[v], "");
    return idx;
}

/* Row values are computed once in order; element values on demand in the
 * current inner nest (cached in phase[]), an instruction by its canonical
 * twin; a row-cached one computed and stored by the phase that fills it,
 * loaded by the later ones. */
static LLVMValueRef get(Cg *g, uint32_t i)
{
    const KInst *in = &g->k->insts[i];
    if (!in->elem) {
        IR_ASSERT(g->val[i]);
        return g->val[i];
    }
    i = g->canon[i], in = &g->k->insts[i];
    if (g->phase[i]) return g->phase[i];
    if (!g->row[i]) return g->phase[i] = emit_inst(g, in);
    LLVMTypeRef rt = reg_type(g, in->dt);
    LLVMValueRef at = LLVMBuildGEP2(g->B, rt, g->row[i], (LLVMValueRef[]){row_index(g)}, 1, "");
    if (g->cur_phase == g->fill_phase[i]) {
        g->phase[i] = emit_inst(g, in);
        LLVMBuildStore(g->B, g->phase[i], at);
    } else {
        g->phase[i] = LLVMBuildLoad2(g->B, rt, at, "");
    }
    return g->phase[i];
}

/* Whether the inner loop is worth vectorising (the hint above): long
 * enough, and reading every buffer contiguously or not at all (a strided
 * sum, a column of a matrix, would become gathers). */
static bool contiguous_inner(const Cg *g)
{
    const Kernel *k = g->k;
    if (k->nred == 0 || k->ext[k->npar + k->nred - 1] < 2 * RED_VEC) return false;
    int last = k->npar + k->nred - 1;
    for (uint32_t j = 0; j < k->ninsts; j++) {
        const KInst *x = &k->insts[j];
        if (x->kind == KI_LOAD && x->map.coef[last] != 0 && x->map.coef[last] != 1) return false;
    }
    return true;
}

/* A float sum there: RED_VEC partial sums (its order, fixed by the width). */
static bool vector_sum(const Cg *g, const KInst *in)
{
    return in->op == OP_REDUCE_SUM && dt_is_float(in->dt) && !is_f64(in->dt) && contiguous_inner(g);
}

/* A float max over a contiguous inner loop, written so that it
 * vectorises (LLVM 14 reduces no float max in vector lanes without
 * fast-math flags, which the C API cannot set per instruction): the max of
 * the floats' bits as ordered integers (sortable(): a negative float's
 * magnitude bits flipped), an integer max LLVM does reduce, and beside it
 * an OR of "x is NaN"; the result is NaN if any element was.  The order
 * is total (-0 below +0), so the lanes change no bit: the result is the
 * same whatever the order of the steps (the scalar select returned the
 * later of -0 and +0, which no consumer tells apart). */
static bool vector_max(const Cg *g, const KInst *in)
{
    return in->op == OP_REDUCE_MAX && dt_is_float(in->dt) && !is_f64(in->dt) && contiguous_inner(g);
}

/* The involution between f32 bits and integers ordered as the floats. */
static LLVMValueRef sortable(Cg *g, LLVMValueRef bits)
{
    LLVMTypeRef i32 = LLVMInt32TypeInContext(g->C);
    LLVMValueRef sign = LLVMBuildAShr(g->B, bits, LLVMConstInt(i32, 31, 0), "");
    return LLVMBuildXor(g->B, bits, LLVMBuildAnd(g->B, sign, LLVMConstInt(i32, 0x7fffffff, 0), ""), "");
}

static void emit_reduce(Cg *g, uint32_t i)
{
    const KInst *in = &g->k->insts[i];
    int np = g->k->npar, nv = np + g->k->nred;
    bool vmax = g->nanf[i] != NULL;
    LLVMTypeRef i8 = LLVMInt8TypeInContext(g->C), i32 = LLVMInt32TypeInContext(g->C), rt = reg_type(g, in->dt);
    LLVMTypeRef at = vmax ? i32 : rt;
    if (vmax) { /* the key of -inf (0xff800000) */
        LLVMBuildStore(g->B, LLVMConstInt(i32, 0x807fffffu, 0), g->acc[i]);
        LLVMBuildStore(g->B, LLVMConstInt(i8, 0, 0), g->nanf[i]);
    } else {
        LLVMBuildStore(g->B, reduce_init(g, in->op, in->dt), g->acc[i]);
    }
    loops_open(g, np, nv);
    memset(g->phase, 0, g->k->ninsts * sizeof *g->phase);
    g->cur_phase = (int32_t)i;
    LLVMValueRef x = get(g, in->in[0]);
    if (fault_here(g, in->op)) x = LLVMBuildFAdd(g->B, x, x, "");
    LLVMValueRef a = LLVMBuildLoad2(g->B, at, g->acc[i], "");
    if (vmax) {
        LLVMValueRef key = sortable(g, LLVMBuildBitCast(g->B, x, i32, ""));
        LLVMBuildStore(g->B, LLVMBuildSelect(g->B, LLVMBuildICmp(g->B, LLVMIntSGT, key, a, ""), key, a, ""), g->acc[i]);
        LLVMValueRef nan = LLVMBuildZExt(g->B, LLVMBuildFCmp(g->B, LLVMRealUNO, x, x, ""), i8, "");
        LLVMBuildStore(g->B, LLVMBuildOr(g->B, LLVMBuildLoad2(g->B, i8, g->nanf[i], ""), nan, ""), g->nanf[i]);
    } else {
        LLVMBuildStore(g->B, reduce_step(g, in->op, in->dt, a, x), g->acc[i]);
    }
    loops_close(g, np, nv, vector_sum(g, in) || vmax ? RED_VEC : 0);
    LLVMValueRef r = LLVMBuildLoad2(g->B, at, g->acc[i], "");
    if (vmax) {
        r = LLVMBuildBitCast(g->B, sortable(g, r), rt, "");
        LLVMValueRef seen = LLVMBuildICmp(g->B, LLVMIntNE, LLVMBuildLoad2(g->B, i8, g->nanf[i], ""),
                                          LLVMConstInt(i8, 0, 0), "");
        r = LLVMBuildSelect(g->B, seen, LLVMConstReal(rt, NAN), r, "");
    }
    g->val[i] = round_narrow(g, in->dt, r);
}

/* Loops without a sum: the width does not change any result, so the
 * innermost loop of an elementwise pass asks for ELEM_VEC lanes (LLVM's
 * cost model picks 8 on AVX-512 machines) when every access is
 * contiguous or invariant in it. */
enum { ELEM_VEC = 16 };

static int wide_elem(const Cg *g, int last)
{
    const Kernel *k = g->k;
    if (last < 0 || k->ext[last] < 2 * ELEM_VEC) return 0;
    for (uint32_t j = 0; j < k->ninsts; j++) {
        const KInst *x = &k->insts[j];
        if ((x->kind == KI_LOAD || x->kind == KI_STORE) && x->map.coef[last] != 0 && x->map.coef[last] != 1) return 0;
        if (is_f64(x->dt)) return 0;
    }
    return ELEM_VEC;
}

/* A scalar store of a red_split kernel: done by the chunk with lo == 0. */
static void emit_store_first_chunk(Cg *g, const KInst *in)
{
    LLVMBasicBlockRef st = LLVMAppendBasicBlockInContext(g->C, g->fn, "first");
    LLVMBasicBlockRef next = LLVMAppendBasicBlockInContext(g->C, g->fn, "");
    LLVMBuildCondBr(g->B, LLVMBuildICmp(g->B, LLVMIntEQ, g->lo, ci64(g, 0), ""), st, next);
    LLVMPositionBuilderAtEnd(g->B, st);
    emit_store(g, in, get(g, in->in[0]));
    LLVMBuildBr(g->B, next);
    LLVMPositionBuilderAtEnd(g->B, next);
}

static void emit_body(Cg *g)
{
    const Kernel *k = g->k;
    int np = k->npar, nv = np + k->nred;
    bool elem_store = false;
    loops_open(g, 0, np);
    for (uint32_t i = 0; i < k->ninsts; i++) {
        const KInst *in = &k->insts[i];
        if (in->elem) {
            elem_store |= in->kind == KI_STORE;
            continue;
        }
        if (in->kind == KI_REDUCE) emit_reduce(g, i);
        else if (in->kind == KI_STORE && np == 0 && red_split(k)) emit_store_first_chunk(g, in);
        else if (in->kind == KI_STORE) emit_store(g, in, get(g, in->in[0]));
        else g->val[i] = emit_inst(g, in);
    }
    if (elem_store) {
        loops_open(g, np, nv);
        memset(g->phase, 0, k->ninsts * sizeof *g->phase);
        g->cur_phase = (int32_t)k->ninsts;
        for (uint32_t i = 0; i < k->ninsts; i++)
            if (k->insts[i].elem && k->insts[i].kind == KI_STORE) emit_store(g, &k->insts[i], get(g, k->insts[i].in[0]));
        loops_close(g, np, nv, wide_elem(g, nv - 1));
    }
    loops_close(g, 0, np, k->nred == 0 ? wide_elem(g, np - 1) : 0);
}

/* ------------------------------------------------------------ row cache
 *
 * A row kernel runs one inner loop nest per reduction and one for its
 * element stores (phases), each computing the element values it needs.
 * The loss rows need the same exp and div in several phases: DINO's and
 * PASS's rows (max, sum of exp, a second softmax, their product) computed
 * each row's exps up to five times.  Here identical element instructions
 * share one canonical twin (unshare and the graph's autodiff leave copies:
 * the same op of the same operands, the same value), and a twin whose op
 * is expensive (exp, log, sqrt, rsqrt, erf, tanh, div, pow) and which two
 * or more phases need is stored into a row array on the stack by the
 * first of them and loaded by the others: the same value, the same bits,
 * for rows of at most ROW_CACHE_ELEMS elements and at most ROW_CACHE_MAX
 * such values per kernel. */
enum { ROW_CACHE_ELEMS = 4096, ROW_CACHE_MAX = 8 };

static bool same_inst(const Cg *g, const KInst *x, const KInst *y)
{
    if (x->kind != y->kind || x->op != y->op || x->dt != y->dt || x->elem != y->elem || x->nin != y->nin) return false;
    if (x->kind == KI_IMM) return !memcmp(&x->imm, &y->imm, sizeof x->imm);
    if (x->kind != KI_OP) return false; /* loads and stores stay themselves */
    for (uint32_t a = 0; a < x->nin; a++)
        if (g->canon[x->in[a]] != g->canon[y->in[a]]) return false;
    return true;
}

static bool expensive(Op op)
{
    return op == OP_EXP || op == OP_LOG || op == OP_SQRT || op == OP_RSQRT || op == OP_ERF || op == OP_TANH ||
           op == OP_DIV || op == OP_POW;
}

/* Marks the element instructions phase p needs (through twins). */
static void need(const Cg *g, uint32_t x, int32_t p, int32_t *seen, int32_t *first, uint32_t *count)
{
    x = g->canon[x];
    const KInst *in = &g->k->insts[x];
    if (!in->elem || seen[x] == p) return;
    seen[x] = p;
    count[x]++;
    if (first[x] < 0) first[x] = p;
    for (uint32_t a = 0; a < in->nin; a++) need(g, in->in[a], p, seen, first, count);
}

/* Twins, then the cached values and their row arrays (allocas: called in
 * the entry block).  Phase p is the index of its reduction instruction,
 * ninsts for the element stores. */
static bool row_cache_plan(Cg *g)
{
    const Kernel *k = g->k;
    uint32_t n = k->ninsts;
    for (uint32_t i = 0; i < n; i++) {
        g->canon[i] = i; /* one phase (no reduction): LLVM's own CSE finds the twins */
        for (uint32_t j = 0; j < i && k->nred; j++)
            if (g->canon[j] == j && same_inst(g, &k->insts[i], &k->insts[j])) {
                g->canon[i] = j;
                break;
            }
    }
    int64_t len = 1;
    for (int v = k->npar; v < k->npar + k->nred; v++) len *= k->ext[v];
    if (!k->nred || len > ROW_CACHE_ELEMS) return true;
    int32_t *seen = cx_alloc(g->cx, (n + 1) * sizeof *seen);
    uint32_t *count = cx_alloc(g->cx, (n + 1) * sizeof *count);
    if (!seen || !count) return cx_free(g->cx, seen), cx_free(g->cx, count), false;
    for (uint32_t i = 0; i < n; i++) seen[i] = g->fill_phase[i] = -1, count[i] = 0;
    for (uint32_t i = 0; i < n; i++) {
        const KInst *in = &k->insts[i];
        if (in->kind == KI_REDUCE) need(g, in->in[0], (int32_t)i, seen, g->fill_phase, count);
        if (in->kind == KI_STORE && in->elem) need(g, in->in[0], (int32_t)n, seen, g->fill_phase, count);
    }
    int cached = 0;
    for (uint32_t i = 0; i < n && cached < ROW_CACHE_MAX; i++) {
        const KInst *in = &k->insts[i];
        if (g->canon[i] != i || in->kind != KI_OP || count[i] < 2 || !expensive(in->op) || !dt_is_float(in->dt))
            continue;
        g->row[i] = LLVMBuildArrayAlloca(g->B, reg_type(g, in->dt), ci64(g, len), "row");
        LLVMSetAlignment(g->row[i], 64);
        cached++;
    }
    cx_free(g->cx, seen);
    cx_free(g->cx, count);
    return true;
}

/* The body function: one noalias pointer per buffer; allocas first. */
static LLVMValueRef emit_body_fn(Cg *g)
{
    const Kernel *k = g->k;
    char name[128];
    LLVMTypeRef pt[66];
    for (uint32_t j = 0; j < k->nbufs; j++) pt[j] = LLVMPointerType(mem_type(g, g->p->bufs[k->bufs[j]].dt), 0);
    pt[k->nbufs] = pt[k->nbufs + 1] = i64t(g);
    LLVMTypeRef fty = LLVMFunctionType(LLVMVoidTypeInContext(g->C), pt, k->nbufs + 2, 0);
    snprintf(name, sizeof name, "%s.body", k->name);
    g->fn = LLVMAddFunction(g->M, name, fty);
    LLVMSetLinkage(g->fn, LLVMInternalLinkage);
    unsigned noalias = LLVMGetEnumAttributeKindForName("noalias", 7);
    for (uint32_t j = 0; j < k->nbufs; j++) {
        g->ptr[j] = LLVMGetParam(g->fn, j);
        LLVMAddAttributeAtIndex(g->fn, j + 1, LLVMCreateEnumAttribute(g->C, noalias, 0));
    }
    g->lo = LLVMGetParam(g->fn, k->nbufs);
    g->hi = LLVMGetParam(g->fn, k->nbufs + 1);
    LLVMPositionBuilderAtEnd(g->B, LLVMAppendBasicBlockInContext(g->C, g->fn, "entry"));
    for (int v = 0; v < k->npar + k->nred; v++) g->ctr[v] = LLVMBuildAlloca(g->B, i64t(g), "ctr");
    for (uint32_t i = 0; i < k->ninsts; i++) {
        if (k->insts[i].kind != KI_REDUCE) continue;
        bool vmax = vector_max(g, &k->insts[i]);
        g->acc[i] = LLVMBuildAlloca(g->B, vmax ? LLVMInt32TypeInContext(g->C) : reg_type(g, k->insts[i].dt), "acc");
        g->nanf[i] = vmax ? LLVMBuildAlloca(g->B, LLVMInt8TypeInContext(g->C), "nan") : NULL;
    }
    if (!row_cache_plan(g)) return NULL;
    emit_body(g);
    LLVMBuildRetVoid(g->B);
    return g->fn;
}

/* void name(i8** args): loads the pointers and calls the body over the
 * whole iteration space; with part, `name.part(i8** args, i64 lo, i64 hi)`
 * over [lo, hi) of the outermost parallel variable. */
static void emit_wrapper(Cg *g, LLVMValueRef body, bool part)
{
    const Kernel *k = g->k;
    LLVMTypeRef i8p = LLVMPointerType(LLVMInt8TypeInContext(g->C), 0);
    LLVMTypeRef i8pp = LLVMPointerType(i8p, 0);
    LLVMTypeRef pt[3] = {i8pp, i64t(g), i64t(g)};
    LLVMTypeRef fty = LLVMFunctionType(LLVMVoidTypeInContext(g->C), pt, part ? 3 : 1, 0);
    char name[128];
    snprintf(name, sizeof name, "%s%s", k->name, part ? ".part" : "");
    LLVMValueRef fn = LLVMAddFunction(g->M, name, fty);
    LLVMPositionBuilderAtEnd(g->B, LLVMAppendBasicBlockInContext(g->C, fn, "entry"));
    LLVMValueRef args[66];
    for (uint32_t j = 0; j < k->nbufs; j++) {
        LLVMValueRef idx = ci64(g, j);
        LLVMValueRef slot = LLVMBuildGEP2(g->B, i8p, LLVMGetParam(fn, 0), &idx, 1, "");
        LLVMValueRef p = LLVMBuildLoad2(g->B, i8p, slot, "");
        args[j] = LLVMBuildBitCast(g->B, p, LLVMTypeOf(g->ptr[j]), "");
    }
    args[k->nbufs] = part ? LLVMGetParam(fn, 1) : ci64(g, 0);
    args[k->nbufs + 1] = part ? LLVMGetParam(fn, 2) : ci64(g, split_var0(k) ? k->ext[0] : 1);
    LLVMBuildCall2(g->B, LLVMGlobalGetValueType(body), body, args, k->nbufs + 2, "");
    LLVMBuildRetVoid(g->B);
}

/* Whether buffers a and b share bytes (a buffer before memplan: itself). */
static bool bufs_overlap(const KernelProgram *p, uint32_t a, uint32_t b)
{
    const KBuf *x = &p->bufs[a], *y = &p->bufs[b];
    if (a == b) return true;
    if (x->offset < 0 || y->offset < 0 || x->cls != y->cls) return false;
    return x->offset < y->offset + (int64_t)y->bytes && y->offset < x->offset + (int64_t)x->bytes;
}

/* A red_split kernel's chunks may run at once only if no chunk reads
 * memory another chunk writes: the scalars it stores (chunk 0) and the
 * scalars it reads (every chunk, before its loop) share no bytes with
 * anything stored or read; elementwise loads and stores of the same
 * memory must be the same element. */
static bool chunks_independent(const KernelProgram *p, const Kernel *k)
{
    for (uint32_t i = 0; i < k->ninsts; i++) {
        const KInst *x = &k->insts[i];
        if (x->kind != KI_LOAD && x->kind != KI_STORE) continue;
        for (uint32_t j = 0; j < k->ninsts; j++) {
            const KInst *y = &k->insts[j];
            if (j == i || (y->kind != KI_LOAD && y->kind != KI_STORE) || (x->kind == KI_LOAD && y->kind == KI_LOAD))
                continue;
            if (!bufs_overlap(p, x->buf, y->buf)) continue;
            bool same_element = x->elem && y->elem && x->buf == y->buf && !memcmp(&x->map, &y->map, sizeof x->map);
            if (!same_element) return false;
        }
    }
    return true;
}

bool cg_cpu_splits(const KernelProgram *p, const Kernel *k)
{
    enum { SPLIT_MIN_WORK = 1 << 15 };
    int64_t work = 1;
    for (int v = 0; v < k->npar + k->nred; v++) work *= k->ext[v];
    if (k->kind != KK_LOOP || work < SPLIT_MIN_WORK) return false;
    if (k->npar > 0) return k->ext[0] > 1;
    return red_split(k) && chunks_independent(p, k);
}

/* --------------------------------------------------------- sharing */

/* Index of buffer b among k's buffers (its pointer parameter). */
static uint32_t buf_slot(const Kernel *k, uint32_t b)
{
    uint32_t j = 0;
    while (k->bufs[j] != b) j++;
    return j;
}

static bool inst_same(const Kernel *ka, const KInst *x, const Kernel *kb, const KInst *y)
{
    if (x->kind != y->kind || x->op != y->op || x->dt != y->dt || x->elem != y->elem || x->nin != y->nin)
        return false;
    for (uint32_t j = 0; j < x->nin; j++)
        if (x->in[j] != y->in[j]) return false;
    if (x->kind == KI_IMM) return x->imm == y->imm || (x->imm != x->imm && y->imm != y->imm);
    if (x->kind != KI_LOAD && x->kind != KI_STORE) return true;
    return buf_slot(ka, x->buf) == buf_slot(kb, y->buf) && !memcmp(&x->map, &y->map, sizeof x->map);
}

/* Whether two loop kernels have the same body up to which buffers they
 * touch: same iteration space, same buffer dtypes in the same parameter
 * slots, same instructions.  Such kernels share one body function (the
 * repeated blocks of a ViT give hundreds), which is what keeps the LLVM
 * work, and so compile time, proportional to the distinct kernels. */
static bool kernel_same(const KernelProgram *p, const Kernel *a, const Kernel *b)
{
    if (a->npar != b->npar || a->nred != b->nred || a->nbufs != b->nbufs || a->ninsts != b->ninsts) return false;
    for (int v = 0; v < a->npar + a->nred; v++)
        if (a->ext[v] != b->ext[v]) return false;
    for (uint32_t j = 0; j < a->nbufs; j++)
        if (p->bufs[a->bufs[j]].dt != p->bufs[b->bufs[j]].dt) return false;
    for (uint32_t i = 0; i < a->ninsts; i++)
        if (!inst_same(a, &a->insts[i], b, &b->insts[i])) return false;
    return true;
}

static uint64_t mix(uint64_t h, uint64_t v) { return (h ^ v) * 1099511628211ull; }

static uint64_t kernel_hash(const KernelProgram *p, const Kernel *k)
{
    uint64_t h = mix(mix(1469598103934665603ull, (uint64_t)k->npar), (uint64_t)k->nred);
    for (int v = 0; v < k->npar + k->nred; v++) h = mix(h, (uint64_t)k->ext[v]);
    for (uint32_t j = 0; j < k->nbufs; j++) h = mix(h, p->bufs[k->bufs[j]].dt);
    for (uint32_t i = 0; i < k->ninsts; i++) {
        const KInst *x = &k->insts[i];
        h = mix(mix(mix(h, x->kind), x->op), x->dt);
        for (int v = 0; v < k->npar + k->nred; v++) h = mix(h, (uint64_t)x->map.coef[v]);
        h = mix(h, (uint64_t)x->map.base);
    }
    return h;
}

/* rep[k] = the first loop kernel with k's body (k itself if none). */
uint32_t *cg_cpu_share(Ctx *cx, const KernelProgram *p)
{
    uint32_t n = p->nkernels, cap = 1;
    while (cap < 2 * n + 2) cap *= 2;
    uint32_t *rep = cx_alloc(cx, (n + 1) * sizeof *rep), *tab = cx_alloc(cx, cap * sizeof *tab);
    if (!rep || !tab) {
        cx_free(cx, rep);
        cx_free(cx, tab);
        return NULL;
    }
    for (uint32_t k = 0; k < n; k++) { /* open addressing; slots hold kernel + 1 */
        rep[k] = k;
        if (p->kernels[k].kind != KK_LOOP) continue;
        uint32_t s = (uint32_t)kernel_hash(p, &p->kernels[k]) & (cap - 1);
        for (; tab[s]; s = (s + 1) & (cap - 1))
            if (kernel_same(p, &p->kernels[tab[s] - 1], &p->kernels[k])) break;
        if (tab[s]) rep[k] = tab[s] - 1;
        else tab[s] = k + 1;
    }
    cx_free(cx, tab);
    return rep;
}

/* A kernel whose body another kernel already has is an alias of that
 * kernel's entry point: the same code, called with other buffers. */
static void emit_alias(Cg *g, const Kernel *k, const Kernel *rep)
{
    char from[128], to[128];
    for (int part = 0; part < (split_var0(k) ? 2 : 1); part++) {
        snprintf(from, sizeof from, "%s%s", rep->name, part ? ".part" : "");
        snprintf(to, sizeof to, "%s%s", k->name, part ? ".part" : "");
        LLVMValueRef target = LLVMGetNamedFunction(g->M, from);
        IR_ASSERT(target);
        LLVMAddAlias2(g->M, LLVMGlobalGetValueType(target), 0, target, to);
    }
}

static bool emit_kernel(Cg *g, const Kernel *k, const Kernel *rep)
{
    if (k->nbufs > 64) {
        cx_error(g->cx, ir_node(g->p->g, k->root)->loc, "kernel %s touches %u buffers (at most 64)", k->name, k->nbufs);
        return false;
    }
    g->k = k;
    if (rep != k) {
        emit_alias(g, k, rep);
        return true;
    }
    g->val = cx_alloc(g->cx, (k->ninsts + 1) * sizeof *g->val);
    g->phase = cx_alloc(g->cx, (k->ninsts + 1) * sizeof *g->phase);
    g->acc = cx_alloc(g->cx, (k->ninsts + 1) * sizeof *g->acc);
    g->nanf = cx_alloc(g->cx, (k->ninsts + 1) * sizeof *g->nanf);
    g->canon = cx_alloc(g->cx, (k->ninsts + 1) * sizeof *g->canon);
    g->row = cx_alloc(g->cx, (k->ninsts + 1) * sizeof *g->row);
    g->fill_phase = cx_alloc(g->cx, (k->ninsts + 1) * sizeof *g->fill_phase);
    bool ok = g->val && g->phase && g->acc && g->nanf && g->canon && g->row && g->fill_phase;
    LLVMValueRef body = ok ? emit_body_fn(g) : NULL;
    ok = body != NULL;
    if (ok) {
        emit_wrapper(g, body, false);
        if (split_var0(k)) emit_wrapper(g, body, true);
    }
    cx_free(g->cx, g->val);
    cx_free(g->cx, g->phase);
    cx_free(g->cx, g->acc);
    cx_free(g->cx, g->nanf);
    cx_free(g->cx, g->canon);
    cx_free(g->cx, g->row);
    cx_free(g->cx, g->fill_phase);
    return ok;
}

LLVMModuleRef cg_cpu_build_module(Ctx *cx, const KernelProgram *p, const CgOptions *o, LLVMContextRef C)
{
    return cg_cpu_build_part(cx, p, o, C, NULL, 0);
}

LLVMModuleRef cg_cpu_build_part(Ctx *cx, const KernelProgram *p, const CgOptions *o, LLVMContextRef C,
                                const uint32_t *part, uint32_t which)
{
    bool fault_done = false;
    Cg g = {.cx = cx, .p = p, .o = o, .fault_done = &fault_done, .C = C};
    g.M = LLVMModuleCreateWithNameInContext(p->g->name ? p->g->name : "kernels", C);
    g.B = LLVMCreateBuilderInContext(C);
    uint32_t *rep = cg_cpu_share(cx, p);
    bool ok = rep;
    for (uint32_t k = 0; ok && k < p->nkernels; k++)
        if (p->kernels[k].kind == KK_LOOP && (!part || part[k] == which))
            ok = emit_kernel(&g, &p->kernels[k], &p->kernels[rep[k]]);
    cx_free(cx, rep);
    LLVMDisposeBuilder(g.B);
    char *msg = NULL;
    if (ok && LLVMVerifyModule(g.M, LLVMReturnStatusAction, &msg)) {
        cx_error(cx, (SrcLoc){0}, "internal error: invalid LLVM module: %s", msg);
        ok = false;
    }
    LLVMDisposeMessage(msg);
    if (!ok) {
        LLVMDisposeModule(g.M);
        return NULL;
    }
    return g.M;
}

/* ----------------------------------------------------------- passes */

bool cg_llvm_init(Ctx *cx)
{
    if (LLVMInitializeNativeTarget() || LLVMInitializeNativeAsmPrinter()) {
        cx_error(cx, (SrcLoc){0}, "LLVM: no native target or assembly printer in this LLVM build");
        return false;
    }
    return true;
}

LLVMTargetMachineRef cg_host_machine(Ctx *cx, bool object, LLVMCodeGenOptLevel level)
{
    char *triple = LLVMGetDefaultTargetTriple(), *err = NULL;
    LLVMTargetRef t;
    LLVMTargetMachineRef tm = NULL;
    if (LLVMGetTargetFromTriple(triple, &t, &err)) {
        cx_error(cx, (SrcLoc){0}, "LLVM: no target for %s: %s", triple, err);
        LLVMDisposeMessage(err);
    } else {
        char *cpu = LLVMGetHostCPUName(), *feat = LLVMGetHostCPUFeatures();
        tm = LLVMCreateTargetMachine(t, triple, cpu, feat, level,
                                     object ? LLVMRelocPIC : LLVMRelocDefault,
                                     object ? LLVMCodeModelSmall : LLVMCodeModelJITDefault);
        LLVMDisposeMessage(cpu);
        LLVMDisposeMessage(feat);
        if (!tm) cx_error(cx, (SrcLoc){0}, "LLVM: cannot create a target machine for %s", triple);
    }
    LLVMDisposeMessage(triple);
    return tm;
}

/* Level 1: the passes loop kernels need (SROA turns the counters and
 * accumulators into registers, then the loop vectoriser), about 7x less
 * pass time than default<O2> on the dino_pass kernels (0.35 vs 2.4 s). */
static const char *const light_pipeline =
    "function(sroa,early-cse,instcombine,simplifycfg,loop-simplify,lcssa,loop-rotate,loop-mssa(licm),"
    "indvars,loop-vectorize,instcombine,simplifycfg)";

/* The light pipeline is the default: on vit_tiny_dino_pass the loop
 * kernels ran as fast as after default<O2> (360 vs 378 ms/step, one
 * thread) for a quarter of the JIT time (2.3 vs 9.7 s). */
bool cg_cpu_optimise(Ctx *cx, LLVMModuleRef m) { return cg_cpu_optimise_level(cx, m, 1); }

bool cg_cpu_optimise_level(Ctx *cx, LLVMModuleRef m, int level)
{
    LLVMTargetMachineRef tm = cg_llvm_init(cx) ? cg_host_machine(cx, false, LLVMCodeGenLevelDefault) : NULL;
    bool ok = tm && cg_cpu_optimise_with(cx, m, level, tm);
    if (tm) LLVMDisposeTargetMachine(tm);
    return ok;
}

bool cg_cpu_optimise_with(Ctx *cx, LLVMModuleRef m, int level, LLVMTargetMachineRef tm)
{
    char *triple = LLVMGetTargetMachineTriple(tm);
    LLVMSetTarget(m, triple);
    LLVMDisposeMessage(triple);
    LLVMTargetDataRef dl = LLVMCreateTargetDataLayout(tm);
    LLVMSetModuleDataLayout(m, dl);
    LLVMDisposeTargetData(dl);
    LLVMPassBuilderOptionsRef po = LLVMCreatePassBuilderOptions();
    LLVMErrorRef e = LLVMRunPasses(m, level == 1 ? light_pipeline : "default<O2>", tm, po);
    LLVMDisposePassBuilderOptions(po);
    if (e) {
        char *msg = LLVMGetErrorMessage(e);
        cx_error(cx, (SrcLoc){0}, "LLVM passes failed: %s", msg);
        LLVMDisposeErrorMessage(msg);
        return false;
    }
    return true;
}

char *cg_cpu_module_text(Ctx *cx, const KernelProgram *p, const CgOptions *o, bool optimise)
{
    LLVMContextRef C = LLVMContextCreate();
    LLVMModuleRef m = cg_cpu_build_module(cx, p, o, C);
    char *out = NULL;
    if (m && (!optimise || cg_cpu_optimise(cx, m))) {
        char *s = LLVMPrintModuleToString(m);
        out = cx_strdup(cx, s);
        LLVMDisposeMessage(s);
    }
    if (m) LLVMDisposeModule(m);
    LLVMContextDispose(C);
    return out;
}
