# expect: :5:24: error: type mismatch: annotated f32[2] but inferred f32[3]
graph "g"
%1 = input name="a" : f32[3]
%2 = input name="b" : f32[3]
%3 = mul %1, %2      : f32[2]
