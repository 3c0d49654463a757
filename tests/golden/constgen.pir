graph "constgen"
%1 = iota axis=1 : i32[2,3]
%2 = iota axis=0 : f32[4]
%3 = grid_neighbors n=4 size=3 : i32[16,8] @ models/pass.yaml:12:9
%4 = grid_neighbors n=14 size=5 : i32[196,24]
%5 = resize_matrix n=14 scale=0.4357142857142857 : f32[6,14]
%6 = resize_matrix n=4 scale=2 : f32[8,4]
%7 = output %1 name="a" : i32[2,3]
%8 = output %2 name="b" : f32[4]
%9 = output %3 name="c" : i32[16,8]
%10 = output %4 name="d" : i32[196,24]
%11 = output %5 name="e" : f32[6,14]
%12 = output %6 name="f" : f32[8,4]
