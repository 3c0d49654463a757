graph "sgd_step"
%1 = param name="w" init="uniform_fan_in" tags=[] frozen_epochs=0 : f32[3,2] @ models/sgd.yaml:4:5
%2 = state name="w.momentum" init="zeros" : f32[3,2] @ models/sgd.yaml:20:3
%3 = input name="x" : f32[4,3] @ models/sgd.yaml:2:3
%4 = input name="lr" : f32[] @ models/sgd.yaml:22:3
%5 = matmul %3, %1 ta=0 tb=0 : f32[4,2] @ models/sgd.yaml:8:9
%6 = mul %5, %5 : f32[4,2] @ models/sgd.yaml:9:12
%7 = reduce_sum %6 axes=[0,1] keep=0 : f32[] @ models/sgd.yaml:9:9
%8 = output %7 name="loss" : f32[] @ models/sgd.yaml:9:3
%9 = const data=[2] : f32[]
%10 = broadcast %9 : f32[4,2]
%11 = mul %5, %10 : f32[4,2]
%12 = matmul %3, %11 ta=1 tb=0 : f32[3,2] @ models/sgd.yaml:8:9
%13 = all_reduce_sum %12 : f32[3,2]
%14 = const data=[0.9] : f32[] @ models/sgd.yaml:24:15
%15 = broadcast %14 : f32[3,2]
%16 = mul %2, %15 : f32[3,2]
%17 = add %16, %13 : f32[3,2]
%18 = broadcast %4 : f32[3,2]
%19 = mul %17, %18 : f32[3,2]
%20 = sub %1, %19 : f32[3,2]
%21 = assign %1, %20 : f32[3,2] @ models/sgd.yaml:25:3
%22 = assign %2, %17 : f32[3,2] @ models/sgd.yaml:26:3
