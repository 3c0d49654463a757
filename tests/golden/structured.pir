graph "structured"
%1 = input name="f" : f32[2,16,8]
%2 = grid_neighbors n=4 size=3 : i32[16,8]
%3 = neighbor_topk_gather %1, %2 k=4 : f32[2,16,4,8] @ models/dino_pass.yaml:75:16
%4 = input name="g" : bf16[1,5,3]
%5 = input name="cand" : i64[5,2]
%6 = neighbor_topk_gather %4, %5 k=2 : bf16[1,5,2,3]
%7 = output %3 name="positives" : f32[2,16,4,8]
%8 = output %6 name="pairs" : bf16[1,5,2,3]
