# Layout identities: reshape(reshape x), reshape to the same shape,
# permute(permute x) composed ([1,0,2] then [0,2,1] = [1,2,0]) or removed
# when the composition is the identity, broadcast(broadcast x), no-op
# broadcast, cast, slice, pad and concat, reductions over size-1 axes.
graph "layout"
%1 = input name="x" : f32[2,1,3]
%2 = reshape %1 : f32[6] @ m.yaml:3:5
%3 = reshape %2 : f32[3,2] @ m.yaml:4:5
%4 = reshape %1 : f32[2,1,3]
%5 = permute %4 perm=[1,0,2] : f32[1,2,3]
%6 = permute %5 perm=[0,2,1] : f32[1,3,2]
%7 = permute %1 perm=[1,2,0] : f32[1,3,2]
%8 = permute %7 perm=[2,0,1] : f32[2,1,3]
%9 = broadcast %8 : f32[4,2,1,3]
%10 = broadcast %9 : f32[5,4,2,1,3]
%11 = broadcast %1 : f32[2,1,3]
%12 = cast %11 : f32[2,1,3]
%13 = slice %12 lo=[0,0,0] hi=[2,1,3] : f32[2,1,3]
%14 = pad %13 lo=[0,0,0] hi=[0,0,0] value=0 : f32[2,1,3]
%15 = concat %14 axis=2 : f32[2,1,3]
%16 = reduce_sum %15 axes=[1] keep=0 : f32[2,3]
%17 = reduce_max %15 axes=[1] keep=1 : f32[2,1,3]
%18 = output %3 name="a" : f32[3,2]
%19 = output %6 name="b" : f32[1,3,2]
%20 = output %10 name="c" : f32[5,4,2,1,3]
%21 = output %16 name="d" : f32[2,3]
%22 = output %17 name="e" : f32[2,1,3]
