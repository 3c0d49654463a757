# Constant folding: elementwise, layout and reduction ops over consts
# become consts (f32 rounding); ops over splats become a broadcast splat;
# a splat alone stays a broadcast; integer division by zero is not folded.
graph "fold"
%1 = const data=[0,1] : f32[2]
%2 = exp %1 : f32[2] @ m.yaml:1:1
%3 = reshape %2 : f32[2,1]
%4 = reduce_sum %3 axes=[0] keep=0 : f32[1]
%5 = const data=[1,2,3,4,5,6] : i32[2,3]
%6 = permute %5 perm=[1,0] : i32[3,2]
%7 = slice %6 lo=[1,0] hi=[3,2] : i32[2,2]
%8 = const data=[1,-2] : f32[2]
%9 = const data=[0,0] : f32[2]
%10 = gt %8, %9 : bool[2]
%11 = select %10, %8, %9 : f32[2]
%12 = const data=[2] : f32[]
%13 = broadcast %12 : f32[2,3]
%14 = const data=[3] : f32[]
%15 = broadcast %14 : f32[2,3]
%16 = mul %13, %15 : f32[2,3] @ m.yaml:2:1
%17 = const data=[1.5] : f32[]
%18 = broadcast %17 : f32[4]
%19 = const data=[4,5] : i32[2]
%20 = const data=[2,0] : i32[2]
%21 = div %19, %20 : i32[2]
%22 = output %4 name="a" : f32[1]
%23 = output %7 name="b" : i32[2,2]
%24 = output %11 name="c" : f32[2]
%25 = output %16 name="d" : f32[2,3]
%26 = output %18 name="e" : f32[4]
%27 = output %21 name="f" : i32[2]
