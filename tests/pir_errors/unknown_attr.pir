# expect: :4:20: error: unknown attribute 'axs'
graph "g"
%1 = input name="x" : f32[2,3]
%2 = reduce_sum %1 axs=[1] keep=0 : f32[2]
