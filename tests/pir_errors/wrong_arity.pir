# expect: :4:6: error: 'add' takes 2 operands, got 1
graph "g"
%1 = input name="x" : f32[2]
%2 = add %1 : f32[2]
