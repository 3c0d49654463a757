graph "layer_norm"
%1 = input name="x" : f32[2,4] @ models/tiny.yaml:2:3
%2 = param name="norm.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[4] @ models/lib/layer_norm.yaml:4:5
%3 = param name="norm.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[4] @ models/lib/layer_norm.yaml:5:5
%4 = reduce_sum %1 axes=[1] keep=1 : f32[2,1] @ models/lib/layer_norm.yaml:8:10
%5 = const data=[0.25] : f32[] @ models/lib/layer_norm.yaml:8:10
%6 = broadcast %5 : f32[2,1] @ models/lib/layer_norm.yaml:8:10
%7 = mul %4, %6 : f32[2,1] @ models/lib/layer_norm.yaml:8:10
%8 = broadcast %7 : f32[2,4] @ models/lib/layer_norm.yaml:9:12
%9 = sub %1, %8 : f32[2,4] @ models/lib/layer_norm.yaml:9:12
%10 = mul %9, %9 : f32[2,4] @ models/lib/layer_norm.yaml:10:11
%11 = reduce_sum %10 axes=[1] keep=1 : f32[2,1] @ models/lib/layer_norm.yaml:10:11
%12 = mul %11, %6 : f32[2,1] @ models/lib/layer_norm.yaml:10:11
%13 = const data=[1e-06] : f32[] @ models/lib/layer_norm.yaml:11:20
%14 = broadcast %13 : f32[2,1] @ models/lib/layer_norm.yaml:11:20
%15 = add %12, %14 : f32[2,1] @ models/lib/layer_norm.yaml:11:18
%16 = rsqrt %15 : f32[2,1] @ models/lib/layer_norm.yaml:11:9
%17 = broadcast %16 : f32[2,4] @ models/lib/layer_norm.yaml:12:13
%18 = mul %9, %17 : f32[2,4] @ models/lib/layer_norm.yaml:12:13
%19 = broadcast %2 : f32[2,4] @ models/lib/layer_norm.yaml:13:9
%20 = mul %18, %19 : f32[2,4] @ models/lib/layer_norm.yaml:13:9
%21 = broadcast %3 : f32[2,4] @ models/lib/layer_norm.yaml:13:15
%22 = add %20, %21 : f32[2,4] @ models/lib/layer_norm.yaml:13:15
%23 = output %22 name="y" : f32[2,4] @ models/tiny.yaml:3:3
