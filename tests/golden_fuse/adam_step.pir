graph "adam_step"
# An update beside the step count it stores, as AdamW's: the kernel has no
# parallel variable (the count is stored once) and no reduction, so the
# GPU runs it elementwise, the first point storing the count
# (codegen/cuda.c flat_rows).
%1 = state name="t" init="zeros" : i64[]
%2 = const data=[1] : i64[]
%3 = add %1, %2 : i64[]
%4 = cast %3 : f64[]
%5 = const data=[0.9] : f64[]
%6 = pow %5, %4 : f64[]
%7 = cast %6 : f32[]
%8 = param name="w" init="zeros" tags=[] frozen_epochs=0 : f32[256,256]
%9 = input name="g" : f32[256,256]
%10 = broadcast %7 : f32[256,256]
%11 = mul %9, %10 : f32[256,256]
%12 = sub %8, %11 : f32[256,256]
%13 = assign %8, %12 : f32[256,256]
%14 = assign %1, %3 : i64[]
