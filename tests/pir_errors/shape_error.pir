# expect: :5:6: error: matmul: inner dims differ (3 vs 4)
graph "g"
%1 = input name="a" : f32[2,3]
%2 = input name="b" : f32[4,5]
%3 = matmul %1, %2 ta=0 tb=0 : f32[2,5]
