# passes: autodiff,simplify
# A linear layer with bias and a squared-error loss: the backward graph
# autodiff appends, after simplify.  The frozen param gets no gradient and
# no backward nodes; the unused param gets a zero gradient.
graph "linear"
%1 = input name="x" : f32[4,3]
%2 = param name="w" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[3,2] @ m.yaml:1:3
%3 = param name="b" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[2] @ m.yaml:2:3
%4 = param name="s" init="ones" tags=[frozen] frozen_epochs=0 : f32[2] @ m.yaml:3:3
%5 = param name="u" init="zeros" tags=[] frozen_epochs=0 : f32[5] @ m.yaml:4:3
%6 = input name="t" : f32[4,2]
%7 = matmul %1, %2 ta=0 tb=0 : f32[4,2] @ m.yaml:5:7
%8 = broadcast %3 : f32[4,2] @ m.yaml:5:7
%9 = add %7, %8 : f32[4,2] @ m.yaml:5:7
%10 = broadcast %4 : f32[4,2] @ m.yaml:6:7
%11 = mul %9, %10 : f32[4,2] @ m.yaml:6:7
%12 = sub %11, %6 : f32[4,2] @ m.yaml:7:7
%13 = mul %12, %12 : f32[4,2] @ m.yaml:7:7
%14 = reduce_sum %13 axes=[0,1] keep=0 : f32[] @ m.yaml:7:7
%15 = output %14 name="loss" : f32[]
