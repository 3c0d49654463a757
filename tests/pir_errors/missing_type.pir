# expect: :3:20: error: expected ':' and the node's type, found end of line
graph "g"
%1 = input name="x"
