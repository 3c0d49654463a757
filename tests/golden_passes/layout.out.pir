graph "layout"
%1 = input name="x" : f32[2,1,3]
%2 = reshape %1 : f32[3,2] @ m.yaml:4:5
%3 = permute %1 perm=[1,2,0] : f32[1,3,2]
%4 = broadcast %1 : f32[5,4,2,1,3]
%5 = reshape %1 : f32[2,3]
%6 = output %2 name="a" : f32[3,2]
%7 = output %3 name="b" : f32[1,3,2]
%8 = output %4 name="c" : f32[5,4,2,1,3]
%9 = output %5 name="d" : f32[2,3]
%10 = output %1 name="e" : f32[2,1,3]
