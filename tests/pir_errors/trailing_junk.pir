# expect: :3:30: error: expected end of line, found 'extra'
graph "g"
%1 = input name="x" : f32[2] extra
