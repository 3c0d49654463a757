graph "linear"
%1 = input name="x" : f32[4,3]
%2 = param name="w" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[3,2] @ m.yaml:1:3
%3 = param name="b" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[2] @ m.yaml:2:3
%4 = param name="s" init="ones" tags=[frozen] frozen_epochs=0 : f32[2] @ m.yaml:3:3
%5 = input name="t" : f32[4,2]
%6 = matmul %1, %2 ta=0 tb=0 : f32[4,2] @ m.yaml:5:7
%7 = broadcast %3 : f32[4,2] @ m.yaml:5:7
%8 = add %6, %7 : f32[4,2] @ m.yaml:5:7
%9 = broadcast %4 : f32[4,2] @ m.yaml:6:7
%10 = mul %8, %9 : f32[4,2] @ m.yaml:6:7
%11 = sub %10, %5 : f32[4,2] @ m.yaml:7:7
%12 = mul %11, %11 : f32[4,2] @ m.yaml:7:7
%13 = reduce_sum %12 axes=[0,1] keep=0 : f32[] @ m.yaml:7:7
%14 = output %13 name="loss" : f32[]
%15 = add %11, %11 : f32[4,2] @ m.yaml:7:7
%16 = mul %15, %9 : f32[4,2] @ m.yaml:6:7
%17 = reduce_sum %16 axes=[0] keep=1 : f32[1,2] @ m.yaml:5:7
%18 = reshape %17 : f32[2] @ m.yaml:5:7
%19 = matmul %1, %16 ta=1 tb=0 : f32[3,2] @ m.yaml:5:7
%20 = output %19 name="grad.w" : f32[3,2] @ m.yaml:1:3
%21 = output %18 name="grad.b" : f32[2] @ m.yaml:2:3
%22 = const data=[0] : f32[] @ m.yaml:4:3
%23 = broadcast %22 : f32[5] @ m.yaml:4:3
%24 = output %23 name="grad.u" : f32[5] @ m.yaml:4:3
