
/* k000_ew_add_4x8: elementwise over [4,8], 4 per thread (vector loads)
 * nodes: %3 broadcast f32[4,8], %4 add f32[4,8]
 * b0 = %4 output f32[4,8]
 * b1 = %1 input f32[4,8]
 * b2 = %2 param f32[8] */
extern "C" __global__ void __launch_bounds__(256) k000_ew_add_4x8(float *__restrict__ b0, const float *__restrict__ b1, const float *__restrict__ b2)
{
    typedef unsigned I;
    for (I t = (I)blockIdx.x * 256u + threadIdx.x; t < (I)8; t += (I)gridDim.x * 256u) {
        I q = t;
        const I i1 = q % 2 * 4;
        q /= 2;
        const I i0 = q;
        const float4 w0 = *(const float4 *)(b1 + 8*i0 + i1);
        const float4 w1 = *(const float4 *)(b2 + i1);
        float s3[4];
        #pragma unroll
        for (int e = 0; e < 4; e++) {
            float v0 = (&w0.x)[e];
            float v1 = (&w1.x)[e];
            float v2 = (v0 + v1); // %4 add
            s3[e] = v2;
        }
        *(float4 *)(b0 + 8*i0 + i1) = make_float4(s3[0], s3[1], s3[2], s3[3]);
    }
}

/* k001_ew_mul_3x5: elementwise over [3,5]
 * nodes: %7 reshape f32[3,1], %8 broadcast f32[3,5], %9 mul f32[3,5]
 * b0 = %9 output f32[3,5]
 * b1 = %5 input f32[3,5]
 * b2 = %6 param f32[3] */
extern "C" __global__ void __launch_bounds__(256) k001_ew_mul_3x5(float *__restrict__ b0, const float *__restrict__ b1, const float *__restrict__ b2)
{
    typedef unsigned I;
    for (I t = (I)blockIdx.x * 256u + threadIdx.x; t < (I)15; t += (I)gridDim.x * 256u) {
        I q = t;
        const I i1 = q % 5;
        q /= 5;
        const I i0 = q;
        float v0 = b1[5*i0 + i1];
        float v1 = b2[i0];
        float v2 = (v0 * v1); // %9 mul
        b0[5*i0 + i1] = v2;
    }
}
