# passes: colsum,simplify
graph "colsum_narrowed"
# An incoming gradient dy (f32) narrowed to bf16 for the weight gradient's
# product: its bias gradient sums the bf16 copy (f32 result), so dy is read
# only by the cast.  Through reshapes too; a permuted view of a widened
# value (the q, k, v gradients) sums the bf16 value permuted.
%1 = input name="dy" : f32[4,32,8]
%2 = input name="x" : bf16[128,16]
%3 = reduce_sum %1 axes=[0,1] keep=0 : f32[8]
%4 = cast %1 : bf16[4,32,8]
%5 = reshape %4 : bf16[128,8]
%6 = matmul %5, %2 ta=1 tb=0 : bf16[8,16]
%7 = output %3 name="bias_grad" : f32[8]
%8 = output %6 name="weight_grad" : bf16[8,16]
%9 = input name="g" : bf16[2,4,32,16]
%10 = cast %9 : f32[2,4,32,16]
%11 = permute %10 perm=[0,2,1,3] : f32[2,32,4,16]
%12 = reshape %11 : f32[64,64]
%13 = reduce_sum %12 axes=[0] keep=0 : f32[64]
%14 = output %13 name="qkv_bias_grad" : f32[64]
