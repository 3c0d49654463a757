# expect: :4:36: error: duplicate attribute 'keep'
graph "g"
%1 = input name="x" : f32[2,3]
%2 = reduce_sum %1 axes=[1] keep=0 keep=1 : f32[2]
