graph "fold"
%1 = const data=[3.7182817] : f32[1]
%2 = const data=[2,5,3,6] : i32[2,2]
%3 = const data=[1,0] : f32[2]
%4 = const data=[6] : f32[] @ m.yaml:2:1
%5 = broadcast %4 : f32[2,3] @ m.yaml:2:1
%6 = const data=[1.5] : f32[]
%7 = broadcast %6 : f32[4]
%8 = const data=[4,5] : i32[2]
%9 = const data=[2,0] : i32[2]
%10 = div %8, %9 : i32[2]
%11 = output %1 name="a" : f32[1]
%12 = output %2 name="b" : i32[2,2]
%13 = output %3 name="c" : f32[2]
%14 = output %5 name="d" : f32[2,3]
%15 = output %7 name="e" : f32[4]
%16 = output %10 name="f" : i32[2]
