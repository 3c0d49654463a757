# expect: :3:18: error: malformed number '1.5.2'
graph "g"
%1 = const data=[1.5.2] : f32[1]
