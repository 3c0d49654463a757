# expect: :3:18: error: value out of range for f32
graph "g"
%1 = const data=[1e39] : f32[1]
