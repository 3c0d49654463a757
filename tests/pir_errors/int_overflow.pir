# expect: :4:26: error: integer '99999999999999999999' out of range
graph "g"
%1 = input name="x" : f32[2,3]
%2 = reduce_sum %1 axes=[99999999999999999999] keep=0 : f32[2]
