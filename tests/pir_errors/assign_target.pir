# expect: :4:6: error: assign: target must be a param or state, not input
graph "g"
%1 = input name="x" : f32[2]
%2 = assign %1, %1 : f32[2]
