graph "bgrad"
# Bias gradients computed by their weight gradients' GEMMs
# (passes/fuse_bgrad.c): a linear layer's dW = dY^T x and db = ones @ dY,
# the form passes/colsum.c gives the sum over dY's rows.
# f32, nothing reads db before dW: one gemm_bgrad kernel at dW's place.
%1 = input name="dy" : f32[2,3,4]
%2 = input name="x" : f32[2,3,5]
%3 = reshape %1 : f32[6,4]
%4 = const data=[1,1,1,1,1,1] : f32[1,6]
%5 = matmul %4, %3 ta=0 tb=0 : f32[1,4]
%6 = reshape %5 : f32[4]
%7 = reshape %2 : f32[6,5]
%8 = matmul %3, %7 ta=1 tb=0 : f32[4,5]
# db added to another branch's gradient before dW is computed (autodiff's
# order for a shared bias): the kernel takes db's place, where dW's
# operands are ready.
%9 = input name="db0" : f32[4]
%10 = input name="dy2" : f32[6,4]
%11 = matmul %4, %10 ta=0 tb=0 : f32[1,4]
%12 = reshape %11 : f32[4]
%13 = add %9, %12 : f32[4]
%14 = matmul %10, %7 ta=1 tb=0 : f32[4,5]
# bf16 operands with f32 results, as passes/precision.c and colsum.c write
# them: the sums of the bf16 values, in f32.
%15 = cast %10 : bf16[6,4]
%16 = cast %7 : bf16[6,5]
%17 = const data=[1,1,1,1,1,1] : bf16[1,6]
%18 = matmul %17, %15 ta=0 tb=0 : f32[1,4]
%19 = matmul %15, %16 ta=1 tb=0 : f32[4,5]
# Not joined: db read before dW whose other operand is computed after db
# (no place suits both), and a weighted sum (not ones).
%20 = input name="dy3" : f32[6,4]
%21 = matmul %4, %20 ta=0 tb=0 : f32[1,4]
%22 = reshape %21 : f32[4]
%23 = add %9, %22 : f32[4]
%24 = tanh %7 : f32[6,5]
%25 = matmul %20, %24 ta=1 tb=0 : f32[4,5]
%26 = const data=[0.5,0.5,0.5,0.5,0.5,0.5] : f32[1,6]
%27 = matmul %26, %20 ta=0 tb=0 : f32[1,4]
# Not joined either: dY a transposed view, which the sum cannot read as
# one packed matrix.
%28 = input name="dyt" : f32[4,6]
%29 = permute %28 perm=[1,0] : f32[6,4]
%30 = matmul %4, %29 ta=0 tb=0 : f32[1,4]
%31 = matmul %29, %7 ta=1 tb=0 : f32[4,5]
%32 = output %6 name="db" : f32[4]
%33 = output %8 name="dw" : f32[4,5]
%34 = output %13 name="db2" : f32[4]
%35 = output %14 name="dw2" : f32[4,5]
%36 = output %18 name="db_bf16" : f32[1,4]
%37 = output %19 name="dw_bf16" : f32[4,5]
%38 = output %23 name="db3" : f32[4]
%39 = output %25 name="dw3" : f32[4,5]
%40 = output %27 name="mean3" : f32[1,4]
%41 = output %30 name="db_t" : f32[1,4]
%42 = output %31 name="dw_t" : f32[4,5]
