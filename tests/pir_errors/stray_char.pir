# expect: :3:30: error: unexpected character '$'
graph "g"
%1 = input name="x" : f32[2] $
