
/* k000_ew_cast_add_4x8: elementwise over [4,8], 4 per thread (vector loads)
 * nodes: %3 cast f32[4,8], %4 add f32[4,8], %5 cast bf16[4,8]
 * b0 = %5 output bf16[4,8]
 * b1 = %2 input bf16[4,8]
 * b2 = %1 input f32[4,8] */
extern "C" __global__ void __launch_bounds__(256) k000_ew_cast_add_4x8(unsigned short *__restrict__ b0, const unsigned short *__restrict__ b1, const float *__restrict__ b2)
{
    typedef unsigned I;
    for (I t = (I)blockIdx.x * 256u + threadIdx.x; t < (I)8; t += (I)gridDim.x * 256u) {
        I q = t;
        const I i1 = q % 2 * 4;
        q /= 2;
        const I i0 = q;
        const uint2 w0 = *(const uint2 *)(b1 + 8*i0 + i1);
        const float4 w2 = *(const float4 *)(b2 + 8*i0 + i1);
        unsigned short s5[4];
        #pragma unroll
        for (int e = 0; e < 4; e++) {
            float v0 = pc_bf2f((unsigned short)((&w0.x)[e >> 1] >> ((e & 1) * 16)));
            float v1 = (v0); // %3 cast
            float v2 = (&w2.x)[e];
            float v3 = (v2 + v1); // %4 add
            float v4 = pc_rbf16(v3); // %5 cast
            s5[e] = pc_f2bf(v4);
        }
        *(uint2 *)(b0 + 8*i0 + i1) = make_uint2(s5[0] | ((unsigned)s5[1] << 16), s5[2] | ((unsigned)s5[3] << 16));
    }
}

/* k001_ew_cast_exp_2x4: elementwise over [2,4], 4 per thread (vector loads)
 * nodes: %7 cast f32[2,4], %8 exp f32[2,4], %9 cast f16[2,4]
 * b0 = %9 output f16[2,4]
 * b1 = %6 input f16[2,4] */
extern "C" __global__ void __launch_bounds__(256) k001_ew_cast_exp_2x4(unsigned short *__restrict__ b0, const unsigned short *__restrict__ b1)
{
    typedef unsigned I;
    for (I t = (I)blockIdx.x * 256u + threadIdx.x; t < (I)2; t += (I)gridDim.x * 256u) {
        I q = t;
        const I i1 = q % 1 * 4;
        q /= 1;
        const I i0 = q;
        const uint2 w0 = *(const uint2 *)(b1 + 4*i0 + i1);
        unsigned short s4[4];
        #pragma unroll
        for (int e = 0; e < 4; e++) {
            float v0 = pc_h2f((unsigned short)((&w0.x)[e >> 1] >> ((e & 1) * 16)));
            float v1 = (v0); // %7 cast
            float v2 = (expf(v1)); // %8 exp
            float v3 = pc_rf16(v2); // %9 cast
            s4[e] = pc_f2h(v3);
        }
        *(uint2 *)(b0 + 4*i0 + i1) = make_uint2(s4[0] | ((unsigned)s4[1] << 16), s4[2] | ((unsigned)s4[3] << 16));
    }
}
