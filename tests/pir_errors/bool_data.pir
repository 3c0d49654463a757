# expect: :3:20: error: value 2 out of range for bool
graph "g"
%1 = const data=[1,2] : bool[2]
