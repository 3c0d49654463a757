# expect: :5:6: error: neighbor_topk_gather: candidates must be i32 or i64 [N, C] with N = 16 (features f32[2,16,8]), got i32[9,8]
graph "neighbor_candidates"
%1 = input name="f" : f32[2,16,8]
%2 = grid_neighbors n=3 size=3 : i32[9,8]
%3 = neighbor_topk_gather %1, %2 k=4 : f32[2,16,4,8]
