graph "ema_assign"
# An optimizer step then the teacher's EMA of the updated weight: the
# updated weight, which an assign reads at the end of the step, is stored
# by the EMA's kernel (one kernel, two stores), not by a kernel of its own.
%1 = param name="w" init="zeros" tags=[] frozen_epochs=0 : f32[64,32]
%2 = input name="g" : f32[64,32]
%3 = state name="t" init="zeros" : f32[64,32]
%4 = const data=[0.01] : f32[]
%5 = broadcast %4 : f32[64,32]
%6 = mul %2, %5 : f32[64,32]
%7 = sub %1, %6 : f32[64,32]
%8 = assign %1, %7 : f32[64,32]
%9 = const data=[0.99] : f32[]
%10 = broadcast %9 : f32[64,32]
%11 = mul %3, %10 : f32[64,32]
%12 = const data=[0.01] : f32[]
%13 = broadcast %12 : f32[64,32]
%14 = mul %7, %13 : f32[64,32]
%15 = add %11, %14 : f32[64,32]
%16 = assign %3, %15 : f32[64,32]
