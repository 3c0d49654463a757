# expect: :3:41: error: expected an integer, found 'seven'
graph "g"
%1 = input name="x" : f32[2] @ m.yaml:4:seven
