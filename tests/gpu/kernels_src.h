/* kernels_src.h — the CUDA C++ test program shared by tests/unit/test_nvrtc.c
 * (compiled only) and tests/gpu/test_cuda_runtime.c (compiled and run):
 * an elementwise kernel with 16-byte float4 accesses, a row reduction with
 * warp shuffles, and a bf16 kernel that needs cuda_bf16.h (and so the
 * toolkit's include path). */
#ifndef PASSC_TESTS_KERNELS_SRC_H
#define PASSC_TESTS_KERNELS_SRC_H

static const char kernels_src[] =
    "#include <cuda_bf16.h>\n"
    "\n"
    "// o = a * s + b over n4 float4s (n = 4 * n4).\n"
    "extern \"C\" __global__ void ew_axpb(float4 *__restrict__ o, const float4 *__restrict__ a,\n"
    "                                    const float4 *__restrict__ b, float s, int n4)\n"
    "{\n"
    "    int i = blockIdx.x * blockDim.x + threadIdx.x;\n"
    "    if (i >= n4) return;\n"
    "    float4 x = a[i], y = b[i];\n"
    "    o[i] = make_float4(x.x * s + y.x, x.y * s + y.y, x.z * s + y.z, x.w * s + y.w);\n"
    "}\n"
    "\n"
    "// o[r] = sum_c x[r, c]: one warp per row, a butterfly of shuffles.\n"
    "extern \"C\" __global__ void row_sum(float *__restrict__ o, const float *__restrict__ x,\n"
    "                                    int rows, int cols)\n"
    "{\n"
    "    int row = blockIdx.x * (blockDim.x / 32) + threadIdx.x / 32, lane = threadIdx.x % 32;\n"
    "    if (row >= rows) return;\n"
    "    float s = 0.f;\n"
    "    for (int c = lane; c < cols; c += 32) s += x[(long)row * cols + c];\n"
    "    for (int m = 16; m > 0; m /= 2) s += __shfl_xor_sync(0xffffffffu, s, m);\n"
    "    if (lane == 0) o[row] = s;\n"
    "}\n"
    "\n"
    "// o = bf16(gelu(x)) with the exact (erf) GELU computed in f32.\n"
    "extern \"C\" __global__ void bf16_gelu(__nv_bfloat16 *__restrict__ o,\n"
    "                                      const __nv_bfloat16 *__restrict__ x, int n)\n"
    "{\n"
    "    int i = blockIdx.x * blockDim.x + threadIdx.x;\n"
    "    if (i >= n) return;\n"
    "    float v = __bfloat162float(x[i]);\n"
    "    o[i] = __float2bfloat16(0.5f * v * (1.f + erff(v * 0.70710678118654752f)));\n"
    "}\n";

#endif
