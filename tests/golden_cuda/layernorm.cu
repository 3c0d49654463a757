
/* k000_rowreduce_sum_mul_sub_add_2x4: row reduction [2 | 4], one warp per row, read once into registers (1 per thread)
 * nodes: %4 reduce_sum f32[2,1], %6 broadcast f32[2,1], %7 mul f32[2,1], %8 broadcast f32[2,4],
 *        %9 sub f32[2,4], %10 mul f32[2,4], %11 reduce_sum f32[2,1], %12 mul f32[2,1],
 *        %14 broadcast f32[2,1], %15 add f32[2,1], %16 rsqrt f32[2,1], %17 broadcast f32[2,4],
 *        %18 mul f32[2,4], %19 broadcast f32[2,4], %20 mul f32[2,4], %21 broadcast f32[2,4],
 *        %22 add f32[2,4]
 * b0 = %22 output f32[2,4]
 * b1 = %1 input f32[2,4]
 * b2 = %2 param f32[4]
 * b3 = %3 param f32[4] */
extern "C" __global__ void __launch_bounds__(256, 1) k000_rowreduce_sum_mul_sub_add_2x4(float *__restrict__ b0, const float *__restrict__ b1, const float *__restrict__ b2, const float *__restrict__ b3)
{
    typedef unsigned I;
    const I row = (I)blockIdx.x * 8u + (threadIdx.x >> 5), lane = threadIdx.x & 31u, G = 32u;
    if (row >= (I)2) return;
    I q = row;
    const I i0 = q;
    float l0[1];
#pragma unroll
    for (I j = 0; j < 1u; j++) {
        const I r = lane + j * G;
        if (r >= (I)4) break;
        I q = r;
        const I i1 = q;
        l0[j] = b1[4*i0 + i1];
    }
    float a1 = 0; // %4 reduce_sum
#pragma unroll
    for (I j = 0; j < 1u; j++) {
        const I r = lane + j * G;
        if (r >= (I)4) break;
        I q = r;
        const I i1 = q;
        float v0 = l0[j];
        a1 = PcSum::f(a1, (float)v0);
    }
    float v1 = (pc_warp<PcSum>(a1));
    float v2 = 0.25f; // %5 const
    float v3 = (v1 * v2); // %7 mul
    float a6 = 0; // %11 reduce_sum
#pragma unroll
    for (I j = 0; j < 1u; j++) {
        const I r = lane + j * G;
        if (r >= (I)4) break;
        I q = r;
        const I i1 = q;
        float v0 = l0[j];
        float v4 = (v0 - v3); // %9 sub
        float v5 = (v4 * v4); // %10 mul
        a6 = PcSum::f(a6, (float)v5);
    }
    float v6 = (pc_warp<PcSum>(a6));
    float v7 = 0.25f; // %5 const
    float v8 = (v6 * v7); // %12 mul
    float v9 = 9.99999997e-07f; // %13 const
    float v10 = (v8 + v9); // %15 add
    float v11 = (1.0f / sqrtf(v10)); // %16 rsqrt
#pragma unroll
    for (I j = 0; j < 1u; j++) {
        const I r = lane + j * G;
        if (r >= (I)4) break;
        I q = r;
        const I i1 = q;
        float v0 = l0[j];
        float v4 = (v0 - v3); // %9 sub
        float v12 = (v4 * v11); // %18 mul
        float v13 = b2[i1];
        float v14 = (v12 * v13); // %20 mul
        float v15 = b3[i1];
        float v16 = (v14 + v15); // %22 add
        b0[4*i0 + i1] = v16;
    }
}
