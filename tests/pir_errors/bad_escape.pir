# expect: :3:19: error: invalid escape in string
graph "g"
%1 = input name="a\qb" : f32[2]
