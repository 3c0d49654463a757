graph "reduce"
%1 = input name="x" : f32[2,3,4]
%2 = reduce_sum %1 axes=[1] keep=0 : f32[2,4]
%3 = reduce_sum %1 axes=[0,2] keep=1 : f32[1,3,1]
%4 = reduce_max %1 axes=[2] keep=1 : f32[2,3,1] @ models/tiny.yaml:20:11
%5 = reduce_max %1 axes=[0,1,2] keep=0 : f32[]
%6 = input name="n" : i32[5]
%7 = reduce_sum %6 axes=[0] keep=0 : i32[]
%8 = output %2 name="s" : f32[2,4]
%9 = output %3 name="s2" : f32[1,3,1]
%10 = output %4 name="m" : f32[2,3,1]
%11 = output %5 name="m2" : f32[]
%12 = output %7 name="count" : i32[]
