graph "bgrad_order"
# Where a bias-gradient pair's kernel runs (passes/fuse_bgrad.c, Place).
# dW computed before db and read before it (an add): the kernel takes
# dW's place, the earlier one.
%1 = input name="dy" : f32[6,4]
%2 = input name="x" : f32[6,5]
%3 = matmul %1, %2 ta=1 tb=0 : f32[4,5]
%4 = input name="w0" : f32[4,5]
%5 = add %4, %3 : f32[4,5]
%6 = const data=[1,1,1,1,1,1] : f32[1,6]
%7 = matmul %6, %1 ta=0 tb=0 : f32[1,4]
# Two pairs whose places interleave.  Pair 2 (dW2 %9, db2 %17), dW2 read
# before db2: its kernel waits in the list for dW2's place.  Pair 1 (dW1
# %11, db1 %15), dW1 read before db1, and dW1 reads dW2: its kernel moves
# to dW1's place all the same, before which pair 2's runs.
%8 = input name="dy2" : f32[6,4]
%9 = matmul %8, %2 ta=1 tb=0 : f32[4,5]
%10 = input name="dy1" : f32[4,3]
%11 = matmul %10, %9 ta=1 tb=0 : f32[3,5]
%12 = input name="w1" : f32[3,5]
%13 = add %12, %11 : f32[3,5]
%14 = const data=[1,1,1,1] : f32[1,4]
%15 = matmul %14, %10 ta=0 tb=0 : f32[1,3]
%16 = add %4, %9 : f32[4,5]
%17 = matmul %6, %8 ta=0 tb=0 : f32[1,4]
%18 = output %5 name="dw" : f32[4,5]
%19 = output %7 name="db" : f32[1,4]
%20 = output %13 name="dw1" : f32[3,5]
%21 = output %15 name="db1" : f32[1,3]
%22 = output %16 name="dw2" : f32[4,5]
%23 = output %17 name="db2" : f32[1,4]
