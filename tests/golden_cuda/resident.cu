
/* k000_rowreduce_max_sum_sub_exp_5x100: row reduction [5 | 100], one warp per row, read once into registers (4 per thread)
 * nodes: %2 reduce_max f32[5,1], %3 broadcast f32[5,100], %4 sub f32[5,100], %5 exp f32[5,100],
 *        %6 reduce_sum f32[5,1], %7 broadcast f32[5,100], %8 div f32[5,100]
 * b0 = %8 output f32[5,100]
 * b1 = %1 input f32[5,100] */
extern "C" __global__ void __launch_bounds__(256, 1) k000_rowreduce_max_sum_sub_exp_5x100(float *__restrict__ b0, const float *__restrict__ b1)
{
    typedef unsigned I;
    const I row = (I)blockIdx.x * 8u + (threadIdx.x >> 5), lane = threadIdx.x & 31u, G = 32u;
    if (row >= (I)5) return;
    I q = row;
    const I i0 = q;
    float l0[4];
#pragma unroll
    for (I j = 0; j < 4u; j++) {
        const I r = lane + j * G;
        if (r >= (I)100) break;
        I q = r;
        const I i1 = q;
        l0[j] = b1[100*i0 + i1];
    }
    float a1 = __int_as_float(0xff800000); // %2 reduce_max
#pragma unroll
    for (I j = 0; j < 4u; j++) {
        const I r = lane + j * G;
        if (r >= (I)100) break;
        I q = r;
        const I i1 = q;
        float v0 = l0[j];
        a1 = PcMax::f(a1, (float)v0);
    }
    float v1 = (pc_warp<PcMax>(a1));
    float a4 = 0; // %6 reduce_sum
#pragma unroll
    for (I j = 0; j < 4u; j++) {
        const I r = lane + j * G;
        if (r >= (I)100) break;
        I q = r;
        const I i1 = q;
        float v0 = l0[j];
        float v2 = (v0 - v1); // %4 sub
        float v3 = (expf(v2)); // %5 exp
        a4 = PcSum::f(a4, (float)v3);
    }
    float v4 = (pc_warp<PcSum>(a4));
#pragma unroll
    for (I j = 0; j < 4u; j++) {
        const I r = lane + j * G;
        if (r >= (I)100) break;
        I q = r;
        const I i1 = q;
        float v0 = l0[j];
        float v2 = (v0 - v1); // %4 sub
        float v3 = (expf(v2)); // %5 exp
        float v5 = (v3 / v4); // %8 div
        b0[100*i0 + i1] = v5;
    }
}

/* k001_rowreduce_sum_mul_sub_3x4000: row reduction [3 | 4000], one block per row, read once into registers (16 per thread)
 * nodes: %12 mul f32[3,4000], %13 reduce_sum f32[3,1], %14 broadcast f32[3,4000], %15 mul f32[3,4000],
 *        %16 sub f32[3,4000]
 * b0 = %16 output f32[3,4000]
 * b1 = %10 input f32[3,4000]
 * b2 = %11 input f32[3,4000] */
extern "C" __global__ void __launch_bounds__(256, 1) k001_rowreduce_sum_mul_sub_3x4000(float *__restrict__ b0, const float *__restrict__ b1, const float *__restrict__ b2)
{
    typedef unsigned I;
    __shared__ __align__(16) unsigned char pc_sm[32 * 8];
    const I row = blockIdx.x, lane = threadIdx.x, G = blockDim.x;
    I q = row;
    const I i0 = q;
    float l0[16];
    float l1[16];
#pragma unroll
    for (I j = 0; j < 16u; j++) {
        const I r = lane + j * G;
        if (r >= (I)4000) break;
        I q = r;
        const I i1 = q;
        l0[j] = b1[4000*i0 + i1];
        l1[j] = b2[4000*i0 + i1];
    }
    const float a3_id = 0;
    float a3 = 0; // %13 reduce_sum
#pragma unroll
    for (I j = 0; j < 16u; j++) {
        const I r = lane + j * G;
        if (r >= (I)4000) break;
        I q = r;
        const I i1 = q;
        float v0 = l0[j];
        float v1 = l1[j];
        float v2 = (v0 * v1); // %12 mul
        a3 = PcSum::f(a3, (float)v2);
    }
    float v3 = (pc_block<PcSum>(a3, (float)a3_id, pc_sm));
#pragma unroll
    for (I j = 0; j < 16u; j++) {
        const I r = lane + j * G;
        if (r >= (I)4000) break;
        I q = r;
        const I i1 = q;
        float v0 = l0[j];
        float v1 = l1[j];
        float v4 = (v3 * v1); // %15 mul
        float v5 = (v0 - v4); // %16 sub
        b0[4000*i0 + i1] = v5;
    }
}

/* k002_rowreduce_sum_cast_sub_4x64: row reduction [4 | 64], one warp per row, read once into registers (2 per thread)
 * nodes: %19 cast f32[4,64], %20 reduce_sum f32[4,1], %21 broadcast f32[4,64], %22 sub f32[4,64]
 * b0 = %22 output f32[4,64]
 * b1 = %18 input bf16[4,64] */
extern "C" __global__ void __launch_bounds__(256, 1) k002_rowreduce_sum_cast_sub_4x64(float *__restrict__ b0, const unsigned short *__restrict__ b1)
{
    typedef unsigned I;
    const I row = (I)blockIdx.x * 8u + (threadIdx.x >> 5), lane = threadIdx.x & 31u, G = 32u;
    if (row >= (I)4) return;
    I q = row;
    const I i0 = q;
    float l0[2];
#pragma unroll
    for (I j = 0; j < 2u; j++) {
        const I r = lane + j * G;
        if (r >= (I)64) break;
        I q = r;
        const I i1 = q;
        l0[j] = pc_bf2f(b1[64*i0 + i1]);
    }
    float a2 = 0; // %20 reduce_sum
#pragma unroll
    for (I j = 0; j < 2u; j++) {
        const I r = lane + j * G;
        if (r >= (I)64) break;
        I q = r;
        const I i1 = q;
        float v0 = l0[j];
        float v1 = (v0); // %19 cast
        a2 = PcSum::f(a2, (float)v1);
    }
    float v2 = (pc_warp<PcSum>(a2));
#pragma unroll
    for (I j = 0; j < 2u; j++) {
        const I r = lane + j * G;
        if (r >= (I)64) break;
        I q = r;
        const I i1 = q;
        float v0 = l0[j];
        float v1 = (v0); // %19 cast
        float v3 = (v1 - v2); // %22 sub
        b0[64*i0 + i1] = v3;
    }
}

/* k003_rowreduce_sum_5x100: row reduction [5 | 100], one warp per row
 * nodes: %25 reduce_sum f32[5]
 * b0 = %25 output f32[5]
 * b1 = %24 input f32[5,100] */
extern "C" __global__ void __launch_bounds__(256, 1) k003_rowreduce_sum_5x100(float *__restrict__ b0, const float *__restrict__ b1)
{
    typedef unsigned I;
    const I row = (I)blockIdx.x * 8u + (threadIdx.x >> 5), lane = threadIdx.x & 31u, G = 32u;
    if (row >= (I)5) return;
    I q = row;
    const I i0 = q;
    float a1 = 0; // %25 reduce_sum
    for (I r = lane; r < (I)100; r += G) {
        I q = r;
        const I i1 = q;
        float v0 = b1[100*i0 + i1];
        a1 = PcSum::f(a1, (float)v0);
    }
    float v1 = (pc_warp<PcSum>(a1));
    if (lane == 0) b0[i0] = v1;
}
