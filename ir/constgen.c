/* constgen.c — the values of the constant-builder ops grid_neighbors and
 * resize_matrix, shared by every executor: the interpreter (interp_ops.c),
 * the CPU template kernels (runtime/cpu_templates.c) and the CUDA backend,
 * which builds them on the host (codegen/cuda_templates.c).
 *
 * Expects a node of one of those ops with its type inferred.  Produces its
 * elements in row-major order as doubles (integer indices are exact);
 * each caller rounds them into its own storage, so all three agree bit
 * for bit.  Needs no LLVM and no libyaml: the GPU machine's build
 * (tests/gpu/run.sh) compiles it with the rest of ir/. */
#include "ir/ir.h"

#include <math.h>
#include <string.h>

static int64_t mod_pos(int64_t a, int64_t n) { return ((a % n) + n) % n; }

/* Row i: the size x size window around patch i on an n x n torus, centre
 * offset dropped, ascending (insertion sort: at most a few dozen). */
static void fill_grid_neighbors(const Node *nd, double *out)
{
    int64_t n = nd->a.n, size = nd->a.size, w = size * size - 1, h = (size - 1) / 2;
    IR_ASSERT(shape_numel(&nd->type.shape) == n * n * w);
    for (int64_t i = 0; i < n * n; i++) {
        double *row = out + i * w;
        int64_t cnt = 0;
        for (int64_t dr = -h; dr < size - h; dr++)
            for (int64_t dc = -h; dc < size - h; dc++) {
                if (dr == 0 && dc == 0) continue;
                double v = (double)(mod_pos(i / n + dr, n) * n + mod_pos(i % n + dc, n));
                int64_t p = cnt++;
                for (; p > 0 && row[p - 1] > v; p--) row[p] = row[p - 1];
                row[p] = v;
            }
    }
}

/* Keys' cubic convolution weights with A = -0.75 (PyTorch's bicubic):
 * w1 for taps within one sample of the point, w2 for those one to two away. */
#define CUBIC_A (-0.75)
static double cubic_w1(double x) { return ((CUBIC_A + 2) * x - (CUBIC_A + 3)) * x * x + 1; }
static double cubic_w2(double x) { return ((CUBIC_A * x - 5 * CUBIC_A) * x + 8 * CUBIC_A) * x - 4 * CUBIC_A; }

/* PyTorch bicubic (align_corners=False, scale given, A=-0.75): row d holds
 * the weights of the source rows; clamped taps add up at the border. */
static void fill_resize_matrix(const Node *nd, double *out)
{
    int64_t n = nd->a.n, rows = nd->type.shape.dim[0];
    double s = nd->a.scale;
    memset(out, 0, (size_t)(rows * n) * sizeof *out);
    for (int64_t d = 0; d < rows; d++) {
        double src = (d + 0.5) / s - 0.5, i0 = floor(src), t = src - i0;
        double w[4] = {cubic_w2(t + 1), cubic_w1(t), cubic_w1(1 - t), cubic_w2(2 - t)};
        for (int m = 0; m < 4; m++) {
            int64_t tap = (int64_t)i0 - 1 + m;
            tap = tap < 0 ? 0 : tap > n - 1 ? n - 1 : tap;
            out[d * n + tap] += w[m];
        }
    }
}

void ir_constgen_fill(const Node *n, double *out)
{
    switch (n->op) {
    case OP_GRID_NEIGHBORS: fill_grid_neighbors(n, out); return;
    case OP_RESIZE_MATRIX: fill_resize_matrix(n, out); return;
    default: IR_ASSERT(!"ir_constgen_fill: not grid_neighbors or resize_matrix");
    }
}
