graph "leaves"
%1 = param name="w" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[4,3] @ models/tiny.yaml:12:5
%2 = param name="head.last.weight_g" init="ones" tags=[no_weight_decay,frozen] frozen_epochs=1 : f32[3]
%3 = state name="center" init="zeros" : f32[3] @ models/tiny.yaml:40:3
%4 = state name="step" init="" : i64[]
%5 = input name="images" : bf16[2,4]
%6 = input name="lr" : f32[]
%7 = const data=[1.5,-0,1e-12,0.1,3.4028235e+38,1e-45] : f32[2,3]
%8 = const data=[0.1,1e+300,-2.2250738585072014e-308,5e-324] : f64[4]
%9 = const data=[-2147483648,2147483647,0] : i32[3]
%10 = const data=[-9223372036854775808,9223372036854775807] : i64[2]
%11 = const data=[1,0,0,1] : bool[2,2]
%12 = const data=[0.1,-3,inf,-inf] : bf16[4]
%13 = const data=[6.104e-05,6e-08,6.55e+04,0.1] : f16[4]
%14 = const data=[nan] : f32[]
%15 = assign %3, %3 : f32[3]
%16 = output %7 name="out \"quoted\"\n\\" : f32[2,3]
