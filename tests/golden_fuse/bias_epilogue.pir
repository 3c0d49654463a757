graph "bias_epilogue"
# Biases added to products by the products' GEMM kernels (passes/fuse_bias.c).
# f32: h = x @ w^T + b, read by a kernel that would otherwise recompute
# the sum from the product: one GEMM kernel with the bias (gemm_bias).
%1 = input name="x" : f32[2,3,4]
%2 = input name="w" : f32[5,4]
%3 = input name="b" : f32[5]
%4 = matmul %1, %2 ta=0 tb=1 : f32[2,3,5]
%5 = broadcast %3 : f32[2,3,5]
%6 = add %4, %5 : f32[2,3,5]
%7 = tanh %6 : f32[2,3,5]
# bf16 as passes/precision.c writes a linear layer whose sum only products
# read: f32 product of bf16 operands, plus the bias rounded to bf16 and
# widened, cast to bf16.  The bias kernel stores bf16 and reads the bf16
# bias, which a kernel of its own casts; the widened bias is not stored.
%8 = cast %1 : bf16[2,3,4]
%9 = cast %2 : bf16[5,4]
%10 = matmul %8, %9 ta=0 tb=1 : f32[2,3,5]
%11 = cast %3 : bf16[5]
%12 = cast %11 : f32[5]
%13 = broadcast %12 : f32[2,3,5]
%14 = add %13, %10 : f32[2,3,5]
%15 = cast %14 : bf16[2,3,5]
%16 = permute %15 perm=[0,2,1] : bf16[2,5,3]
%17 = matmul %16, %15 ta=0 tb=0 : bf16[2,5,5]
# The same widened bias on a second product (the other crop set).
%18 = input name="x2" : bf16[6,4]
%19 = matmul %18, %9 ta=0 tb=1 : f32[6,5]
%20 = broadcast %12 : f32[6,5]
%21 = add %19, %20 : f32[6,5]
%22 = cast %21 : bf16[6,5]
%23 = matmul %22, %9 ta=0 tb=0 : bf16[6,4]
# Not a bias kernel: the product is read twice (the sum's kernel adds it).
%24 = matmul %1, %2 ta=0 tb=1 : f32[2,3,5]
%25 = add %24, %5 : f32[2,3,5]
%26 = mul %24, %25 : f32[2,3,5]
%27 = output %7 name="act" : f32[2,3,5]
%28 = output %17 name="gram" : bf16[2,5,5]
%29 = output %23 name="back" : bf16[6,4]
%30 = output %26 name="both" : f32[2,3,5]
