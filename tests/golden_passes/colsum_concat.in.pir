# passes: colsum
graph "colsum_concat"
%1 = input name="a" : f32[48,8]
%2 = input name="b" : f32[80,8]
%3 = input name="c" : f32[4,8]
%4 = concat %1, %2, %3 axis=0 : f32[132,8]
%5 = reduce_sum %4 axes=[0] keep=1 : f32[1,8]
%6 = input name="x" : f32[2,40,8]
%7 = input name="y" : f32[2,40,8]
%8 = concat %6, %7 axis=2 : f32[2,40,16]
%9 = reduce_sum %8 axes=[0,1] keep=0 : f32[16]
%10 = output %5 name="centre" : f32[1,8]
%11 = output %9 name="not_summed_axis" : f32[16]
