# expect: :3:1: error: invalid value id '%0'
graph "g"
%0 = input name="x" : f32[2]
