graph "wide_rows"
# Rows over 1024 elements reduce in one block per row (pc_block); the last
# rows are all negative, so their max must not see the lanes beyond the
# block's warps as zeros.
# Reductions of 32768 or more elements over few rows are split over blocks
# (a weight norm; also in bf16).
%1 = input name="x" : f32[3,5000]
%2 = reduce_max %1 axes=[1] keep=1 : f32[3,1]
%3 = broadcast %2 : f32[3,5000]
%4 = sub %1, %3 : f32[3,5000]
%5 = exp %4 : f32[3,5000]
%6 = reduce_sum %5 axes=[1] keep=1 : f32[3,1]
%7 = broadcast %6 : f32[3,5000]
%8 = div %5, %7 : f32[3,5000]
%9 = output %8 name="p" : f32[3,5000]
%10 = input name="y" : f32[2,20000]
%11 = cast %10 : bf16[2,20000]
%12 = mul %11, %11 : bf16[2,20000]
%13 = cast %12 : f32[2,20000]
%14 = reduce_sum %13 axes=[1] keep=0 : f32[2]
%15 = output %14 name="s" : f32[2]
%16 = reduce_max %10 axes=[0,1] keep=0 : f32[]
%17 = output %16 name="m" : f32[]
%18 = exp %1 : f32[3,5000]
%19 = neg %18 : f32[3,5000]
%20 = reduce_max %19 axes=[1] keep=0 : f32[3]
%21 = output %20 name="negmax" : f32[3]
%22 = mul %10, %10 : f32[2,20000]
%23 = reduce_sum %22 axes=[0,1] keep=0 : f32[]
%24 = sqrt %23 : f32[]
%25 = output %24 name="norm" : f32[]
%26 = reduce_sum %12 axes=[0,1] keep=0 : bf16[]
%27 = output %26 name="sumh" : bf16[]
