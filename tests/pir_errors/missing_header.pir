# expect: :2:1: error: expected 'graph "name"', found '%1'
%1 = input name="x" : f32[2]
