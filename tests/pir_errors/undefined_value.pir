# expect: :4:10: error: undefined value %7
graph "g"
%1 = input name="x" : f32[2]
%2 = neg %7 : f32[2]
