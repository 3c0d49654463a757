# expect: :3:17: error: unterminated string
graph "g"
%1 = input name="x : f32[2]
