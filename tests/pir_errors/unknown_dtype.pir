# expect: :3:23: error: unknown dtype 'f31'
graph "g"
%1 = input name="x" : f31[2]
