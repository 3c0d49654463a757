# expect: :3:17: error: const data has 3 values but f32[2,2] has 4 elements
graph "g"
%1 = const data=[1,2,3] : f32[2,2]
