graph "attn_batch"
# Attention scores over [images, heads]: q is a view of x (tokens and heads
# swapped), so the two batch axes do not merge; the GEMM's strided batch is
# the 8 images, the 2 heads a host loop (ir/gemm_plan.c step c).
%1 = input name="x" : f32[8,4,2,3]
%2 = permute %1 perm=[0,2,1,3] : f32[8,2,4,3]
%3 = input name="k" : f32[8,2,5,3]
%4 = matmul %2, %3 ta=0 tb=1 : f32[8,2,4,5]
%5 = output %4 name="scores" : f32[8,2,4,5]
