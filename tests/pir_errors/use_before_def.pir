# expect: :4:14: error: %3 is used before its definition on line 5
graph "g"
%1 = input name="x" : f32[2]
%2 = add %1, %3 : f32[2]
%3 = neg %1 : f32[2]
