# expect: :3:6: error: unknown op 'frobnicate'
graph "g"
%1 = frobnicate : f32[2]
