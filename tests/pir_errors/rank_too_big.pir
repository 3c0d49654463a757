# expect: :3:43: error: list has more than 8 elements
graph "g"
%1 = input name="x" : f32[1,1,1,1,1,1,1,1,1]
