graph "random"
%1 = input name="seed" : i64[]
%2 = rand_uniform %1 stream=0 : f32[4,4]
%3 = rand_uniform %1 stream=17 : f64[3] @ models/tiny.yaml:50:14
%4 = input name="grad" : f32[4,4]
%5 = all_reduce_sum %4 : f32[4,4]
%6 = add %5, %2 : f32[4,4]
%7 = output %6 name="noisy" : f32[4,4]
%8 = output %3 name="u" : f64[3]
