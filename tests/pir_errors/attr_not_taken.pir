# expect: :5:17: error: 'add' takes no attribute 'axis'
graph "g"
%1 = input name="x" : f32[2]
%2 = input name="y" : f32[2]
%3 = add %1, %2 axis=0 : f32[2]
