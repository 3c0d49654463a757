/* init.c — parameter initialisation from the model's init strings.
 *
 * Expects the canonical strings of frontend/inst.c: "zeros", "ones",
 * "constant(v)", "trunc_normal(std)", "uniform_fan_in(fan_in)".  Draws are
 * counter-based, so a parameter's values depend only on (seed, parameter
 * index, element index), never on thread order or on other parameters:
 *   u(k) = philox_uniform(seed, stream = index, k)   (ir/philox.c)
 *   uniform_fan_in(n): b = 1/sqrt(n); x = -b + 2b * u(i)   (PyTorch's
 *     default Linear/Conv2d init, spec 1.6)
 *   trunc_normal(std): Box-Muller on u(2i + 2^40 a), u(2i + 1 + 2^40 a) for
 *     attempt a = 0, 1, ...; x = std * z, redrawn while |x| > 2 (timm's
 *     trunc_normal_ truncates at absolute +-2, spec 1.6).
 * Values are computed in double and rounded once to the element type. */
#include "runtime/runtime.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static double normal_draw(uint64_t seed, uint64_t stream, int64_t i, uint64_t attempt)
{
    uint64_t k = 2 * (uint64_t)i + (attempt << 40);
    double u1 = philox_uniform(seed, stream, k), u2 = philox_uniform(seed, stream, k + 1);
    return sqrt(-2.0 * log(1.0 - u1)) * cos(2.0 * M_PI * u2);
}

static double init_value(int kind, double a, uint64_t seed, uint64_t stream, int64_t i)
{
    switch (kind) {
    case 0: return 0;
    case 1: return 1;
    case 2: return a;
    case 3: {
        double b = 1.0 / sqrt(a);
        return -b + 2 * b * philox_uniform(seed, stream, (uint64_t)i);
    }
    default:
        for (uint64_t t = 0;; t++) {
            double x = a * normal_draw(seed, stream, i, t);
            if (fabs(x) <= 2.0) return x;
        }
    }
}

/* Kind of the init string and its argument; -1 if unknown. */
static int init_kind(const char *init, double *arg)
{
    *arg = 0;
    if (!strcmp(init, "zeros")) return 0;
    if (!strcmp(init, "ones")) return 1;
    if (sscanf(init, "constant(%lf)", arg) == 1) return 2;
    if (sscanf(init, "uniform_fan_in(%lf)", arg) == 1 && *arg > 0) return 3;
    if (sscanf(init, "trunc_normal(%lf)", arg) == 1 && *arg > 0) return 4;
    return -1;
}

bool rt_init_fill(Ctx *cx, const char *name, const char *init, uint64_t seed, uint32_t index, DType dt,
                  void *out, int64_t n)
{
    double arg;
    int kind = init_kind(init ? init : "zeros", &arg);
    if (kind < 0) {
        cx_error(cx, (SrcLoc){0}, "'%s': unknown initialiser '%s'", name, init);
        return false;
    }
    for (int64_t i = 0; i < n; i++) {
        double v = init_value(kind, arg, seed, index, i);
        switch (dt) {
        case DT_I32: ((int32_t *)out)[i] = (int32_t)v; break;
        case DT_I64: ((int64_t *)out)[i] = (int64_t)v; break;
        case DT_BOOL: ((uint8_t *)out)[i] = v != 0; break;
        default: ir_data_set(dt, out, i, v);
        }
    }
    return true;
}
