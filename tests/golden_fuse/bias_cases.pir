graph "bias_cases"
# Adds of products that are not bias kernels, or are with care
# (passes/fuse_bias.c); each once broke it.
# A bias that is a narrowing cast (f64 -> f32): a kernel of its own stores
# it, then the GEMM adds it.
%1 = input name="x" : f32[3,4]
%2 = input name="w" : f32[5,4]
%3 = input name="b64" : f64[5]
%4 = matmul %1, %2 ta=0 tb=1 : f32[3,5]
%5 = cast %3 : f32[5]
%6 = broadcast %5 : f32[3,5]
%7 = add %4, %6 : f32[3,5]
# A bias under a reshape of a row value softmax fusion would recompute:
# stored, read by the GEMM.
%8 = input name="s" : f32[6,5]
%9 = reduce_max %8 axes=[0] keep=1 : f32[1,5]
%10 = exp %9 : f32[1,5]
%11 = reshape %10 : f32[5]
%12 = matmul %1, %2 ta=0 tb=1 : f32[3,5]
%13 = broadcast %11 : f32[3,5]
%14 = add %12, %13 : f32[3,5]
%15 = tanh %14 : f32[3,5]
# A product plus a full operand (no broadcast): not a bias.
%16 = input name="r" : f32[3,5]
%17 = matmul %1, %2 ta=0 tb=1 : f32[3,5]
%18 = add %17, %16 : f32[3,5]
# A bf16 product plus a bf16 bias, no cast: the product is rounded before
# the add, so not a bias kernel.
%19 = input name="xh" : bf16[16,64]
%20 = input name="wh" : bf16[32,64]
%21 = input name="bh" : bf16[32]
%22 = matmul %19, %20 ta=0 tb=1 : bf16[16,32]
%23 = broadcast %21 : bf16[16,32]
%24 = add %23, %22 : bf16[16,32]
# f16 operands, an f32 product, a bf16 bias and result: a bias kernel
# cuBLASLt does not run (the executor's loop GEMM does).
%25 = input name="x16" : f16[8,16]
%26 = input name="w16" : f16[8,16]
%27 = input name="b16" : bf16[8]
%28 = matmul %25, %26 ta=0 tb=1 : f32[8,8]
%29 = cast %27 : f32[8]
%30 = broadcast %29 : f32[8,8]
%31 = add %28, %30 : f32[8,8]
%32 = cast %31 : bf16[8,8]
# A bias that is a column of a matrix (not packed): a loop kernel adds it.
%33 = input name="p" : f32[5,2]
%34 = slice %33 lo=[0,1] hi=[5,2] : f32[5,1]
%35 = reshape %34 : f32[5]
%36 = matmul %1, %2 ta=0 tb=1 : f32[3,5]
%37 = broadcast %35 : f32[3,5]
%38 = add %36, %37 : f32[3,5]
%39 = tanh %38 : f32[3,5]
%40 = output %7 name="narrow" : f32[3,5]
%41 = output %15 name="recomputed" : f32[3,5]
%42 = output %18 name="full" : f32[3,5]
%43 = output %24 name="half_add" : bf16[16,32]
%44 = output %32 name="f16_in" : bf16[8,8]
%45 = output %39 name="column" : f32[3,5]
