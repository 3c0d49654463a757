# expect: :4:1: error: %1 is already defined on line 3
graph "g"
%1 = input name="x" : f32[2]
%1 = neg %1 : f32[2]
