graph "models/tiny_dino.yaml"
%1 = input name="sched.lr" : f32[] @ models/dino.yaml:55:3
%2 = input name="sched.wd" : f32[] @ models/dino.yaml:56:3
%3 = input name="sched.momentum" : f32[] @ models/dino.yaml:57:3
%4 = input name="sched.temp_t" : f32[] @ models/dino.yaml:58:3
%5 = input name="crops.global" : f32[4,3,16,16] @ models/dino.yaml:49:3
%6 = input name="crops.local" : f32[4,3,12,12] @ models/dino.yaml:51:3
%7 = param name="backbone.cls_token" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%8 = param name="backbone.pos_embed" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%9 = param name="backbone.patch_embed.proj.weight" init="uniform_fan_in(48)" tags=[] frozen_epochs=0 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%10 = param name="backbone.patch_embed.proj.bias" init="uniform_fan_in(48)" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/vit.yaml:10:7
%11 = param name="backbone.blocks.0.norm1.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:89:7
%12 = param name="backbone.blocks.0.norm1.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:90:7
%13 = param name="backbone.blocks.0.attn.qkv.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[48,16] @ models/lib/nn.yaml:79:7
%14 = param name="backbone.blocks.0.attn.qkv.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[48] @ models/lib/nn.yaml:80:7
%15 = param name="backbone.blocks.0.attn.proj.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,16] @ models/lib/nn.yaml:79:7
%16 = param name="backbone.blocks.0.attn.proj.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%17 = param name="backbone.blocks.0.norm2.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:89:7
%18 = param name="backbone.blocks.0.norm2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:90:7
%19 = param name="backbone.blocks.0.mlp.fc1.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[64,16] @ models/lib/nn.yaml:79:7
%20 = param name="backbone.blocks.0.mlp.fc1.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:80:7
%21 = param name="backbone.blocks.0.mlp.fc2.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,64] @ models/lib/nn.yaml:79:7
%22 = param name="backbone.blocks.0.mlp.fc2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%23 = param name="backbone.blocks.1.norm1.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:89:7
%24 = param name="backbone.blocks.1.norm1.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:90:7
%25 = param name="backbone.blocks.1.attn.qkv.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[48,16] @ models/lib/nn.yaml:79:7
%26 = param name="backbone.blocks.1.attn.qkv.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[48] @ models/lib/nn.yaml:80:7
%27 = param name="backbone.blocks.1.attn.proj.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,16] @ models/lib/nn.yaml:79:7
%28 = param name="backbone.blocks.1.attn.proj.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%29 = param name="backbone.blocks.1.norm2.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:89:7
%30 = param name="backbone.blocks.1.norm2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:90:7
%31 = param name="backbone.blocks.1.mlp.fc1.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[64,16] @ models/lib/nn.yaml:79:7
%32 = param name="backbone.blocks.1.mlp.fc1.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:80:7
%33 = param name="backbone.blocks.1.mlp.fc2.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,64] @ models/lib/nn.yaml:79:7
%34 = param name="backbone.blocks.1.mlp.fc2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%35 = param name="backbone.norm.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:89:7
%36 = param name="backbone.norm.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:90:7
%37 = param name="head.mlp.0.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[24,16] @ models/lib/nn.yaml:79:7
%38 = param name="head.mlp.0.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[24] @ models/lib/nn.yaml:80:7
%39 = param name="head.mlp.2.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[24,24] @ models/lib/nn.yaml:79:7
%40 = param name="head.mlp.2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[24] @ models/lib/nn.yaml:80:7
%41 = param name="head.mlp.4.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[8,24] @ models/lib/nn.yaml:79:7
%42 = param name="head.mlp.4.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[8] @ models/lib/nn.yaml:80:7
%43 = param name="head.last_layer.weight_g" init="ones" tags=[frozen] frozen_epochs=1 : f32[32,1] @ models/lib/dino.yaml:18:7
%44 = param name="head.last_layer.weight_v" init="uniform_fan_in(8)" tags=[] frozen_epochs=1 : f32[32,8] @ models/lib/dino.yaml:19:7
%45 = state name="teacher.backbone.cls_token" init="copy(backbone.cls_token)" : f32[1,1,16] @ models/lib/vit.yaml:47:7
%46 = state name="teacher.backbone.pos_embed" init="copy(backbone.pos_embed)" : f32[1,17,16] @ models/lib/vit.yaml:48:7
%47 = state name="teacher.backbone.patch_embed.proj.weight" init="copy(backbone.patch_embed.proj.weight)" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%48 = state name="teacher.backbone.patch_embed.proj.bias" init="copy(backbone.patch_embed.proj.bias)" : f32[16] @ models/lib/vit.yaml:10:7
%49 = state name="teacher.backbone.blocks.0.norm1.weight" init="copy(backbone.blocks.0.norm1.weight)" : f32[16] @ models/lib/nn.yaml:89:7
%50 = state name="teacher.backbone.blocks.0.norm1.bias" init="copy(backbone.blocks.0.norm1.bias)" : f32[16] @ models/lib/nn.yaml:90:7
%51 = state name="teacher.backbone.blocks.0.attn.qkv.weight" init="copy(backbone.blocks.0.attn.qkv.weight)" : f32[48,16] @ models/lib/nn.yaml:79:7
%52 = state name="teacher.backbone.blocks.0.attn.qkv.bias" init="copy(backbone.blocks.0.attn.qkv.bias)" : f32[48] @ models/lib/nn.yaml:80:7
%53 = state name="teacher.backbone.blocks.0.attn.proj.weight" init="copy(backbone.blocks.0.attn.proj.weight)" : f32[16,16] @ models/lib/nn.yaml:79:7
%54 = state name="teacher.backbone.blocks.0.attn.proj.bias" init="copy(backbone.blocks.0.attn.proj.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%55 = state name="teacher.backbone.blocks.0.norm2.weight" init="copy(backbone.blocks.0.norm2.weight)" : f32[16] @ models/lib/nn.yaml:89:7
%56 = state name="teacher.backbone.blocks.0.norm2.bias" init="copy(backbone.blocks.0.norm2.bias)" : f32[16] @ models/lib/nn.yaml:90:7
%57 = state name="teacher.backbone.blocks.0.mlp.fc1.weight" init="copy(backbone.blocks.0.mlp.fc1.weight)" : f32[64,16] @ models/lib/nn.yaml:79:7
%58 = state name="teacher.backbone.blocks.0.mlp.fc1.bias" init="copy(backbone.blocks.0.mlp.fc1.bias)" : f32[64] @ models/lib/nn.yaml:80:7
%59 = state name="teacher.backbone.blocks.0.mlp.fc2.weight" init="copy(backbone.blocks.0.mlp.fc2.weight)" : f32[16,64] @ models/lib/nn.yaml:79:7
%60 = state name="teacher.backbone.blocks.0.mlp.fc2.bias" init="copy(backbone.blocks.0.mlp.fc2.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%61 = state name="teacher.backbone.blocks.1.norm1.weight" init="copy(backbone.blocks.1.norm1.weight)" : f32[16] @ models/lib/nn.yaml:89:7
%62 = state name="teacher.backbone.blocks.1.norm1.bias" init="copy(backbone.blocks.1.norm1.bias)" : f32[16] @ models/lib/nn.yaml:90:7
%63 = state name="teacher.backbone.blocks.1.attn.qkv.weight" init="copy(backbone.blocks.1.attn.qkv.weight)" : f32[48,16] @ models/lib/nn.yaml:79:7
%64 = state name="teacher.backbone.blocks.1.attn.qkv.bias" init="copy(backbone.blocks.1.attn.qkv.bias)" : f32[48] @ models/lib/nn.yaml:80:7
%65 = state name="teacher.backbone.blocks.1.attn.proj.weight" init="copy(backbone.blocks.1.attn.proj.weight)" : f32[16,16] @ models/lib/nn.yaml:79:7
%66 = state name="teacher.backbone.blocks.1.attn.proj.bias" init="copy(backbone.blocks.1.attn.proj.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%67 = state name="teacher.backbone.blocks.1.norm2.weight" init="copy(backbone.blocks.1.norm2.weight)" : f32[16] @ models/lib/nn.yaml:89:7
%68 = state name="teacher.backbone.blocks.1.norm2.bias" init="copy(backbone.blocks.1.norm2.bias)" : f32[16] @ models/lib/nn.yaml:90:7
%69 = state name="teacher.backbone.blocks.1.mlp.fc1.weight" init="copy(backbone.blocks.1.mlp.fc1.weight)" : f32[64,16] @ models/lib/nn.yaml:79:7
%70 = state name="teacher.backbone.blocks.1.mlp.fc1.bias" init="copy(backbone.blocks.1.mlp.fc1.bias)" : f32[64] @ models/lib/nn.yaml:80:7
%71 = state name="teacher.backbone.blocks.1.mlp.fc2.weight" init="copy(backbone.blocks.1.mlp.fc2.weight)" : f32[16,64] @ models/lib/nn.yaml:79:7
%72 = state name="teacher.backbone.blocks.1.mlp.fc2.bias" init="copy(backbone.blocks.1.mlp.fc2.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%73 = state name="teacher.backbone.norm.weight" init="copy(backbone.norm.weight)" : f32[16] @ models/lib/nn.yaml:89:7
%74 = state name="teacher.backbone.norm.bias" init="copy(backbone.norm.bias)" : f32[16] @ models/lib/nn.yaml:90:7
%75 = state name="teacher.head.mlp.0.weight" init="copy(head.mlp.0.weight)" : f32[24,16] @ models/lib/nn.yaml:79:7
%76 = state name="teacher.head.mlp.0.bias" init="copy(head.mlp.0.bias)" : f32[24] @ models/lib/nn.yaml:80:7
%77 = state name="teacher.head.mlp.2.weight" init="copy(head.mlp.2.weight)" : f32[24,24] @ models/lib/nn.yaml:79:7
%78 = state name="teacher.head.mlp.2.bias" init="copy(head.mlp.2.bias)" : f32[24] @ models/lib/nn.yaml:80:7
%79 = state name="teacher.head.mlp.4.weight" init="copy(head.mlp.4.weight)" : f32[8,24] @ models/lib/nn.yaml:79:7
%80 = state name="teacher.head.mlp.4.bias" init="copy(head.mlp.4.bias)" : f32[8] @ models/lib/nn.yaml:80:7
%81 = state name="teacher.head.last_layer.weight_g" init="copy(head.last_layer.weight_g)" : f32[32,1] @ models/lib/dino.yaml:18:7
%82 = state name="teacher.head.last_layer.weight_v" init="copy(head.last_layer.weight_v)" : f32[32,8] @ models/lib/dino.yaml:19:7
%83 = state name="center" init="zeros" : f32[1,32] @ models/dino.yaml:68:3
%84 = reshape %5 : f32[4,3,4,4,4,4] @ models/lib/vit.yaml:15:21
%85 = permute %84 perm=[0,2,4,1,3,5] : f32[4,4,4,3,4,4] @ models/lib/vit.yaml:15:13
%86 = reshape %85 : f32[4,16,48] @ models/lib/vit.yaml:16:13
%87 = reshape %47 : f32[16,48] @ models/lib/vit.yaml:17:20
%88 = matmul %86, %87 ta=0 tb=1 : f32[4,16,16] @ models/lib/vit.yaml:17:18
%89 = broadcast %48 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%90 = add %88, %89 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%91 = broadcast %45 : f32[4,1,16] @ models/lib/vit.yaml:61:20
%92 = concat %91, %90 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:61:13
%93 = broadcast %46 : f32[4,17,16] @ models/lib/vit.yaml:62:15
%94 = add %92, %93 : f32[4,17,16] @ models/lib/vit.yaml:62:15
%95 = reduce_sum %94 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%96 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%97 = broadcast %96 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%98 = div %95, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%99 = broadcast %98 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%100 = sub %94, %99 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%101 = mul %100, %100 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%102 = reduce_sum %101 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%103 = div %102, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%104 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%105 = broadcast %104 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%106 = add %103, %105 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%107 = rsqrt %106 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%108 = broadcast %107 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%109 = mul %100, %108 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%110 = broadcast %49 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%111 = mul %109, %110 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%112 = broadcast %50 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%113 = add %111, %112 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%114 = matmul %113, %51 ta=0 tb=1 : f32[4,17,48] @ models/lib/nn.yaml:83:15
%115 = broadcast %52 : f32[4,17,48] @ models/lib/nn.yaml:84:18
%116 = add %114, %115 : f32[4,17,48] @ models/lib/nn.yaml:84:18
%117 = reshape %116 : f32[4,17,3,2,8] @ models/lib/nn.yaml:66:21
%118 = permute %117 perm=[2,0,3,1,4] : f32[3,4,2,17,8] @ models/lib/nn.yaml:66:13
%119 = slice %118 lo=[0,0,0,0,0] hi=[1,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:28
%120 = reshape %119 : f32[4,2,17,8] @ models/lib/nn.yaml:67:28
%121 = slice %118 lo=[1,0,0,0,0] hi=[2,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:34
%122 = reshape %121 : f32[4,2,17,8] @ models/lib/nn.yaml:67:34
%123 = slice %118 lo=[2,0,0,0,0] hi=[3,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:40
%124 = reshape %123 : f32[4,2,17,8] @ models/lib/nn.yaml:67:40
%125 = permute %122 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%126 = reshape %120 : f32[4,2,17,8,1] @ models/lib/nn.yaml:55:23
%127 = broadcast %126 : f32[4,2,17,8,17] @ models/lib/nn.yaml:55:23
%128 = reshape %125 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%129 = broadcast %128 : f32[4,2,17,8,17] @ models/lib/nn.yaml:55:23
%130 = mul %127, %129 : f32[4,2,17,8,17] @ models/lib/nn.yaml:55:23
%131 = reduce_sum %130 axes=[3] keep=0 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%132 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%133 = broadcast %132 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%134 = mul %131, %133 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%135 = reduce_max %134 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:14:35
%136 = stop_gradient %135 : f32[4,2,17,1] @ models/lib/nn.yaml:14:21
%137 = broadcast %136 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%138 = sub %134, %137 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%139 = exp %138 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%140 = reduce_sum %139 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:20
%141 = broadcast %140 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%142 = div %139, %141 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%143 = reshape %142 : f32[4,2,17,17,1] @ models/lib/nn.yaml:56:23
%144 = broadcast %143 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%145 = reshape %124 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%146 = broadcast %145 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%147 = mul %144, %146 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%148 = reduce_sum %147 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%149 = permute %148 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/nn.yaml:56:13
%150 = reshape %149 : f32[4,17,16] @ models/lib/nn.yaml:57:16
%151 = matmul %150, %53 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%152 = broadcast %54 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%153 = add %151, %152 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%154 = add %94, %153 : f32[4,17,16] @ models/lib/nn.yaml:125:15
%155 = reduce_sum %154 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%156 = div %155, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%157 = broadcast %156 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%158 = sub %154, %157 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%159 = mul %158, %158 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%160 = reduce_sum %159 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%161 = div %160, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%162 = add %161, %105 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%163 = rsqrt %162 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%164 = broadcast %163 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%165 = mul %158, %164 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%166 = broadcast %55 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%167 = mul %165, %166 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%168 = broadcast %56 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%169 = add %167, %168 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%170 = matmul %169, %57 ta=0 tb=1 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%171 = broadcast %58 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%172 = add %170, %171 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%173 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%174 = broadcast %173 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%175 = mul %174, %172 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%176 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%177 = broadcast %176 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%178 = mul %172, %177 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%179 = erf %178 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%180 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%181 = broadcast %180 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%182 = add %181, %179 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%183 = mul %175, %182 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%184 = matmul %183, %59 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%185 = broadcast %60 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%186 = add %184, %185 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%187 = add %154, %186 : f32[4,17,16] @ models/lib/nn.yaml:126:18
%188 = reduce_sum %187 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%189 = div %188, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%190 = broadcast %189 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%191 = sub %187, %190 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%192 = mul %191, %191 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%193 = reduce_sum %192 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%194 = div %193, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%195 = add %194, %105 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%196 = rsqrt %195 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%197 = broadcast %196 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%198 = mul %191, %197 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%199 = broadcast %61 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%200 = mul %198, %199 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%201 = broadcast %62 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%202 = add %200, %201 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%203 = matmul %202, %63 ta=0 tb=1 : f32[4,17,48] @ models/lib/nn.yaml:83:15
%204 = broadcast %64 : f32[4,17,48] @ models/lib/nn.yaml:84:18
%205 = add %203, %204 : f32[4,17,48] @ models/lib/nn.yaml:84:18
%206 = reshape %205 : f32[4,17,3,2,8] @ models/lib/nn.yaml:66:21
%207 = permute %206 perm=[2,0,3,1,4] : f32[3,4,2,17,8] @ models/lib/nn.yaml:66:13
%208 = slice %207 lo=[0,0,0,0,0] hi=[1,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:28
%209 = reshape %208 : f32[4,2,17,8] @ models/lib/nn.yaml:67:28
%210 = slice %207 lo=[1,0,0,0,0] hi=[2,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:34
%211 = reshape %210 : f32[4,2,17,8] @ models/lib/nn.yaml:67:34
%212 = slice %207 lo=[2,0,0,0,0] hi=[3,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:40
%213 = reshape %212 : f32[4,2,17,8] @ models/lib/nn.yaml:67:40
%214 = permute %211 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%215 = reshape %209 : f32[4,2,17,8,1] @ models/lib/nn.yaml:55:23
%216 = broadcast %215 : f32[4,2,17,8,17] @ models/lib/nn.yaml:55:23
%217 = reshape %214 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%218 = broadcast %217 : f32[4,2,17,8,17] @ models/lib/nn.yaml:55:23
%219 = mul %216, %218 : f32[4,2,17,8,17] @ models/lib/nn.yaml:55:23
%220 = reduce_sum %219 axes=[3] keep=0 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%221 = mul %220, %133 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%222 = reduce_max %221 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:14:35
%223 = stop_gradient %222 : f32[4,2,17,1] @ models/lib/nn.yaml:14:21
%224 = broadcast %223 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%225 = sub %221, %224 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%226 = exp %225 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%227 = reduce_sum %226 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:20
%228 = broadcast %227 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%229 = div %226, %228 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%230 = reshape %229 : f32[4,2,17,17,1] @ models/lib/nn.yaml:56:23
%231 = broadcast %230 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%232 = reshape %213 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%233 = broadcast %232 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%234 = mul %231, %233 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%235 = reduce_sum %234 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%236 = permute %235 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/nn.yaml:56:13
%237 = reshape %236 : f32[4,17,16] @ models/lib/nn.yaml:57:16
%238 = matmul %237, %65 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%239 = broadcast %66 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%240 = add %238, %239 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%241 = add %187, %240 : f32[4,17,16] @ models/lib/nn.yaml:125:15
%242 = reduce_sum %241 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%243 = div %242, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%244 = broadcast %243 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%245 = sub %241, %244 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%246 = mul %245, %245 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%247 = reduce_sum %246 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%248 = div %247, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%249 = add %248, %105 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%250 = rsqrt %249 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%251 = broadcast %250 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%252 = mul %245, %251 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%253 = broadcast %67 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%254 = mul %252, %253 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%255 = broadcast %68 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%256 = add %254, %255 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%257 = matmul %256, %69 ta=0 tb=1 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%258 = broadcast %70 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%259 = add %257, %258 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%260 = mul %174, %259 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%261 = mul %259, %177 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%262 = erf %261 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%263 = add %181, %262 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%264 = mul %260, %263 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%265 = matmul %264, %71 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%266 = broadcast %72 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%267 = add %265, %266 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%268 = add %241, %267 : f32[4,17,16] @ models/lib/nn.yaml:126:18
%269 = reduce_sum %268 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%270 = div %269, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%271 = broadcast %270 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%272 = sub %268, %271 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%273 = mul %272, %272 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%274 = reduce_sum %273 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%275 = div %274, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%276 = add %275, %105 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%277 = rsqrt %276 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%278 = broadcast %277 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%279 = mul %272, %278 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%280 = broadcast %73 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%281 = mul %279, %280 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%282 = broadcast %74 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%283 = add %281, %282 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%284 = slice %283 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino.yaml:44:34
%285 = reshape %284 : f32[4,16] @ models/dino.yaml:44:34
%286 = matmul %285, %75 ta=0 tb=1 : f32[4,24] @ models/lib/nn.yaml:83:15
%287 = broadcast %76 : f32[4,24] @ models/lib/nn.yaml:84:18
%288 = add %286, %287 : f32[4,24] @ models/lib/nn.yaml:84:18
%289 = broadcast %173 : f32[4,24] @ models/lib/nn.yaml:27:20
%290 = mul %289, %288 : f32[4,24] @ models/lib/nn.yaml:27:20
%291 = broadcast %176 : f32[4,24] @ models/lib/nn.yaml:27:37
%292 = mul %288, %291 : f32[4,24] @ models/lib/nn.yaml:27:37
%293 = erf %292 : f32[4,24] @ models/lib/nn.yaml:27:31
%294 = broadcast %180 : f32[4,24] @ models/lib/nn.yaml:27:29
%295 = add %294, %293 : f32[4,24] @ models/lib/nn.yaml:27:29
%296 = mul %290, %295 : f32[4,24] @ models/lib/nn.yaml:27:24
%297 = matmul %296, %77 ta=0 tb=1 : f32[4,24] @ models/lib/nn.yaml:83:15
%298 = broadcast %78 : f32[4,24] @ models/lib/nn.yaml:84:18
%299 = add %297, %298 : f32[4,24] @ models/lib/nn.yaml:84:18
%300 = mul %289, %299 : f32[4,24] @ models/lib/nn.yaml:27:20
%301 = mul %299, %291 : f32[4,24] @ models/lib/nn.yaml:27:37
%302 = erf %301 : f32[4,24] @ models/lib/nn.yaml:27:31
%303 = add %294, %302 : f32[4,24] @ models/lib/nn.yaml:27:29
%304 = mul %300, %303 : f32[4,24] @ models/lib/nn.yaml:27:24
%305 = matmul %304, %79 ta=0 tb=1 : f32[4,8] @ models/lib/nn.yaml:83:15
%306 = broadcast %80 : f32[4,8] @ models/lib/nn.yaml:84:18
%307 = add %305, %306 : f32[4,8] @ models/lib/nn.yaml:84:18
%308 = mul %307, %307 : f32[4,8] @ models/lib/nn.yaml:33:35
%309 = reduce_sum %308 axes=[1] keep=1 : f32[4,1] @ models/lib/nn.yaml:33:29
%310 = sqrt %309 : f32[4,1] @ models/lib/nn.yaml:33:24
%311 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%312 = broadcast %311 : f32[4,1] @ models/lib/nn.yaml:33:20
%313 = max %310, %312 : f32[4,1] @ models/lib/nn.yaml:33:20
%314 = broadcast %313 : f32[4,8] @ models/lib/nn.yaml:33:18
%315 = div %307, %314 : f32[4,8] @ models/lib/nn.yaml:33:18
%316 = broadcast %81 : f32[32,8] @ models/lib/dino.yaml:22:22
%317 = mul %316, %82 : f32[32,8] @ models/lib/dino.yaml:22:22
%318 = mul %82, %82 : f32[32,8] @ models/lib/dino.yaml:22:53
%319 = reduce_sum %318 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%320 = sqrt %319 : f32[32,1] @ models/lib/dino.yaml:22:35
%321 = broadcast %320 : f32[32,8] @ models/lib/dino.yaml:22:33
%322 = div %317, %321 : f32[32,8] @ models/lib/dino.yaml:22:33
%323 = matmul %315, %322 ta=0 tb=1 : f32[4,32] @ models/lib/dino.yaml:23:18
%324 = slice %323 lo=[0,0] hi=[2,32] : f32[2,32] @ models/dino.yaml:64:23
%325 = slice %323 lo=[2,0] hi=[4,32] : f32[2,32] @ models/dino.yaml:64:23
%326 = reshape %9 : f32[16,48] @ models/lib/vit.yaml:17:20
%327 = matmul %86, %326 ta=0 tb=1 : f32[4,16,16] @ models/lib/vit.yaml:17:18
%328 = broadcast %10 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%329 = add %327, %328 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%330 = broadcast %7 : f32[4,1,16] @ models/lib/vit.yaml:61:20
%331 = concat %330, %329 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:61:13
%332 = broadcast %8 : f32[4,17,16] @ models/lib/vit.yaml:62:15
%333 = add %331, %332 : f32[4,17,16] @ models/lib/vit.yaml:62:15
%334 = reduce_sum %333 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%335 = div %334, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%336 = broadcast %335 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%337 = sub %333, %336 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%338 = mul %337, %337 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%339 = reduce_sum %338 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%340 = div %339, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%341 = add %340, %105 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%342 = rsqrt %341 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%343 = broadcast %342 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%344 = mul %337, %343 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%345 = broadcast %11 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%346 = mul %344, %345 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%347 = broadcast %12 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%348 = add %346, %347 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%349 = matmul %348, %13 ta=0 tb=1 : f32[4,17,48] @ models/lib/nn.yaml:83:15
%350 = broadcast %14 : f32[4,17,48] @ models/lib/nn.yaml:84:18
%351 = add %349, %350 : f32[4,17,48] @ models/lib/nn.yaml:84:18
%352 = reshape %351 : f32[4,17,3,2,8] @ models/lib/nn.yaml:66:21
%353 = permute %352 perm=[2,0,3,1,4] : f32[3,4,2,17,8] @ models/lib/nn.yaml:66:13
%354 = slice %353 lo=[0,0,0,0,0] hi=[1,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:28
%355 = reshape %354 : f32[4,2,17,8] @ models/lib/nn.yaml:67:28
%356 = slice %353 lo=[1,0,0,0,0] hi=[2,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:34
%357 = reshape %356 : f32[4,2,17,8] @ models/lib/nn.yaml:67:34
%358 = slice %353 lo=[2,0,0,0,0] hi=[3,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:40
%359 = reshape %358 : f32[4,2,17,8] @ models/lib/nn.yaml:67:40
%360 = permute %357 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%361 = reshape %355 : f32[4,2,17,8,1] @ models/lib/nn.yaml:55:23
%362 = broadcast %361 : f32[4,2,17,8,17] @ models/lib/nn.yaml:55:23
%363 = reshape %360 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%364 = broadcast %363 : f32[4,2,17,8,17] @ models/lib/nn.yaml:55:23
%365 = mul %362, %364 : f32[4,2,17,8,17] @ models/lib/nn.yaml:55:23
%366 = reduce_sum %365 axes=[3] keep=0 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%367 = mul %366, %133 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%368 = reduce_max %367 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:14:35
%369 = stop_gradient %368 : f32[4,2,17,1] @ models/lib/nn.yaml:14:21
%370 = broadcast %369 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%371 = sub %367, %370 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%372 = exp %371 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%373 = reduce_sum %372 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:20
%374 = broadcast %373 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%375 = div %372, %374 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%376 = reshape %375 : f32[4,2,17,17,1] @ models/lib/nn.yaml:56:23
%377 = broadcast %376 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%378 = reshape %359 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%379 = broadcast %378 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%380 = mul %377, %379 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%381 = reduce_sum %380 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%382 = permute %381 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/nn.yaml:56:13
%383 = reshape %382 : f32[4,17,16] @ models/lib/nn.yaml:57:16
%384 = matmul %383, %15 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%385 = broadcast %16 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%386 = add %384, %385 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%387 = add %333, %386 : f32[4,17,16] @ models/lib/nn.yaml:125:15
%388 = reduce_sum %387 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%389 = div %388, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%390 = broadcast %389 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%391 = sub %387, %390 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%392 = mul %391, %391 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%393 = reduce_sum %392 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%394 = div %393, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%395 = add %394, %105 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%396 = rsqrt %395 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%397 = broadcast %396 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%398 = mul %391, %397 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%399 = broadcast %17 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%400 = mul %398, %399 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%401 = broadcast %18 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%402 = add %400, %401 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%403 = matmul %402, %19 ta=0 tb=1 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%404 = broadcast %20 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%405 = add %403, %404 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%406 = mul %174, %405 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%407 = mul %405, %177 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%408 = erf %407 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%409 = add %181, %408 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%410 = mul %406, %409 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%411 = matmul %410, %21 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%412 = broadcast %22 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%413 = add %411, %412 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%414 = add %387, %413 : f32[4,17,16] @ models/lib/nn.yaml:126:18
%415 = reduce_sum %414 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%416 = div %415, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%417 = broadcast %416 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%418 = sub %414, %417 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%419 = mul %418, %418 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%420 = reduce_sum %419 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%421 = div %420, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%422 = add %421, %105 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%423 = rsqrt %422 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%424 = broadcast %423 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%425 = mul %418, %424 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%426 = broadcast %23 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%427 = mul %425, %426 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%428 = broadcast %24 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%429 = add %427, %428 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%430 = matmul %429, %25 ta=0 tb=1 : f32[4,17,48] @ models/lib/nn.yaml:83:15
%431 = broadcast %26 : f32[4,17,48] @ models/lib/nn.yaml:84:18
%432 = add %430, %431 : f32[4,17,48] @ models/lib/nn.yaml:84:18
%433 = reshape %432 : f32[4,17,3,2,8] @ models/lib/nn.yaml:66:21
%434 = permute %433 perm=[2,0,3,1,4] : f32[3,4,2,17,8] @ models/lib/nn.yaml:66:13
%435 = slice %434 lo=[0,0,0,0,0] hi=[1,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:28
%436 = reshape %435 : f32[4,2,17,8] @ models/lib/nn.yaml:67:28
%437 = slice %434 lo=[1,0,0,0,0] hi=[2,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:34
%438 = reshape %437 : f32[4,2,17,8] @ models/lib/nn.yaml:67:34
%439 = slice %434 lo=[2,0,0,0,0] hi=[3,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:40
%440 = reshape %439 : f32[4,2,17,8] @ models/lib/nn.yaml:67:40
%441 = permute %438 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%442 = reshape %436 : f32[4,2,17,8,1] @ models/lib/nn.yaml:55:23
%443 = broadcast %442 : f32[4,2,17,8,17] @ models/lib/nn.yaml:55:23
%444 = reshape %441 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%445 = broadcast %444 : f32[4,2,17,8,17] @ models/lib/nn.yaml:55:23
%446 = mul %443, %445 : f32[4,2,17,8,17] @ models/lib/nn.yaml:55:23
%447 = reduce_sum %446 axes=[3] keep=0 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%448 = mul %447, %133 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%449 = reduce_max %448 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:14:35
%450 = stop_gradient %449 : f32[4,2,17,1] @ models/lib/nn.yaml:14:21
%451 = broadcast %450 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%452 = sub %448, %451 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%453 = exp %452 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%454 = reduce_sum %453 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:20
%455 = broadcast %454 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%456 = div %453, %455 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%457 = reshape %456 : f32[4,2,17,17,1] @ models/lib/nn.yaml:56:23
%458 = broadcast %457 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%459 = reshape %440 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%460 = broadcast %459 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%461 = mul %458, %460 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%462 = reduce_sum %461 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%463 = permute %462 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/nn.yaml:56:13
%464 = reshape %463 : f32[4,17,16] @ models/lib/nn.yaml:57:16
%465 = matmul %464, %27 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%466 = broadcast %28 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%467 = add %465, %466 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%468 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%469 = broadcast %468 : f32[4,17,16] @ models/lib/nn.yaml:50:38
%470 = div %467, %469 : f32[4,17,16] @ models/lib/nn.yaml:50:38
%471 = input name="seed" : i64[] @ models/lib/nn.yaml:43:13
%472 = rand_uniform %471 stream=1 : f32[4] @ models/lib/nn.yaml:43:13
%473 = broadcast %468 : f32[4] @ models/lib/nn.yaml:44:35
%474 = add %473, %472 : f32[4] @ models/lib/nn.yaml:44:35
%475 = floor %474 : f32[4] @ models/lib/nn.yaml:44:24
%476 = reshape %475 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%477 = broadcast %476 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%478 = mul %470, %477 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%479 = add %414, %478 : f32[4,17,16] @ models/lib/nn.yaml:125:15
%480 = reduce_sum %479 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%481 = div %480, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%482 = broadcast %481 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%483 = sub %479, %482 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%484 = mul %483, %483 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%485 = reduce_sum %484 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%486 = div %485, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%487 = add %486, %105 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%488 = rsqrt %487 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%489 = broadcast %488 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%490 = mul %483, %489 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%491 = broadcast %29 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%492 = mul %490, %491 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%493 = broadcast %30 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%494 = add %492, %493 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%495 = matmul %494, %31 ta=0 tb=1 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%496 = broadcast %32 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%497 = add %495, %496 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%498 = mul %174, %497 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%499 = mul %497, %177 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%500 = erf %499 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%501 = add %181, %500 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%502 = mul %498, %501 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%503 = matmul %502, %33 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%504 = broadcast %34 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%505 = add %503, %504 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%506 = div %505, %469 : f32[4,17,16] @ models/lib/nn.yaml:50:38
%507 = rand_uniform %471 stream=2 : f32[4] @ models/lib/nn.yaml:43:13
%508 = add %473, %507 : f32[4] @ models/lib/nn.yaml:44:35
%509 = floor %508 : f32[4] @ models/lib/nn.yaml:44:24
%510 = reshape %509 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%511 = broadcast %510 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%512 = mul %506, %511 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%513 = add %479, %512 : f32[4,17,16] @ models/lib/nn.yaml:126:18
%514 = reduce_sum %513 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%515 = div %514, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%516 = broadcast %515 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%517 = sub %513, %516 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%518 = mul %517, %517 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%519 = reduce_sum %518 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%520 = div %519, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%521 = add %520, %105 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%522 = rsqrt %521 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%523 = broadcast %522 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%524 = mul %517, %523 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%525 = broadcast %35 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%526 = mul %524, %525 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%527 = broadcast %36 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%528 = add %526, %527 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%529 = slice %528 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino.yaml:44:34
%530 = reshape %529 : f32[4,16] @ models/dino.yaml:44:34
%531 = matmul %530, %37 ta=0 tb=1 : f32[4,24] @ models/lib/nn.yaml:83:15
%532 = broadcast %38 : f32[4,24] @ models/lib/nn.yaml:84:18
%533 = add %531, %532 : f32[4,24] @ models/lib/nn.yaml:84:18
%534 = mul %289, %533 : f32[4,24] @ models/lib/nn.yaml:27:20
%535 = mul %533, %291 : f32[4,24] @ models/lib/nn.yaml:27:37
%536 = erf %535 : f32[4,24] @ models/lib/nn.yaml:27:31
%537 = add %294, %536 : f32[4,24] @ models/lib/nn.yaml:27:29
%538 = mul %534, %537 : f32[4,24] @ models/lib/nn.yaml:27:24
%539 = matmul %538, %39 ta=0 tb=1 : f32[4,24] @ models/lib/nn.yaml:83:15
%540 = broadcast %40 : f32[4,24] @ models/lib/nn.yaml:84:18
%541 = add %539, %540 : f32[4,24] @ models/lib/nn.yaml:84:18
%542 = mul %289, %541 : f32[4,24] @ models/lib/nn.yaml:27:20
%543 = mul %541, %291 : f32[4,24] @ models/lib/nn.yaml:27:37
%544 = erf %543 : f32[4,24] @ models/lib/nn.yaml:27:31
%545 = add %294, %544 : f32[4,24] @ models/lib/nn.yaml:27:29
%546 = mul %542, %545 : f32[4,24] @ models/lib/nn.yaml:27:24
%547 = matmul %546, %41 ta=0 tb=1 : f32[4,8] @ models/lib/nn.yaml:83:15
%548 = broadcast %42 : f32[4,8] @ models/lib/nn.yaml:84:18
%549 = add %547, %548 : f32[4,8] @ models/lib/nn.yaml:84:18
%550 = mul %549, %549 : f32[4,8] @ models/lib/nn.yaml:33:35
%551 = reduce_sum %550 axes=[1] keep=1 : f32[4,1] @ models/lib/nn.yaml:33:29
%552 = sqrt %551 : f32[4,1] @ models/lib/nn.yaml:33:24
%553 = max %552, %312 : f32[4,1] @ models/lib/nn.yaml:33:20
%554 = broadcast %553 : f32[4,8] @ models/lib/nn.yaml:33:18
%555 = div %549, %554 : f32[4,8] @ models/lib/nn.yaml:33:18
%556 = broadcast %43 : f32[32,8] @ models/lib/dino.yaml:22:22
%557 = mul %556, %44 : f32[32,8] @ models/lib/dino.yaml:22:22
%558 = mul %44, %44 : f32[32,8] @ models/lib/dino.yaml:22:53
%559 = reduce_sum %558 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%560 = sqrt %559 : f32[32,1] @ models/lib/dino.yaml:22:35
%561 = broadcast %560 : f32[32,8] @ models/lib/dino.yaml:22:33
%562 = div %557, %561 : f32[32,8] @ models/lib/dino.yaml:22:33
%563 = matmul %555, %562 ta=0 tb=1 : f32[4,32] @ models/lib/dino.yaml:23:18
%564 = slice %563 lo=[0,0] hi=[2,32] : f32[2,32] @ models/dino.yaml:65:20
%565 = slice %563 lo=[2,0] hi=[4,32] : f32[2,32] @ models/dino.yaml:65:20
%566 = reshape %6 : f32[4,3,3,4,3,4] @ models/lib/vit.yaml:15:21
%567 = permute %566 perm=[0,2,4,1,3,5] : f32[4,3,3,3,4,4] @ models/lib/vit.yaml:15:13
%568 = reshape %567 : f32[4,9,48] @ models/lib/vit.yaml:16:13
%569 = matmul %568, %326 ta=0 tb=1 : f32[4,9,16] @ models/lib/vit.yaml:17:18
%570 = broadcast %10 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%571 = add %569, %570 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%572 = concat %330, %571 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:61:13
%573 = slice %8 lo=[0,0,0] hi=[1,1,16] : f32[1,1,16] @ models/lib/vit.yaml:41:46
%574 = slice %8 lo=[0,1,0] hi=[1,17,16] : f32[1,16,16] @ models/lib/vit.yaml:41:72
%575 = resize_matrix n=4 scale=0.775 : f32[3,4] @ models/lib/vit.yaml:31:13
%576 = reshape %574 : f32[4,64] @ models/lib/vit.yaml:32:17
%577 = matmul %575, %576 ta=0 tb=0 : f32[3,64] @ models/lib/vit.yaml:32:15
%578 = reshape %577 : f32[3,4,16] @ models/lib/vit.yaml:33:21
%579 = permute %578 perm=[1,0,2] : f32[4,3,16] @ models/lib/vit.yaml:33:13
%580 = reshape %579 : f32[4,48] @ models/lib/vit.yaml:34:17
%581 = matmul %575, %580 ta=0 tb=0 : f32[3,48] @ models/lib/vit.yaml:34:15
%582 = reshape %581 : f32[3,3,16] @ models/lib/vit.yaml:35:21
%583 = permute %582 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%584 = reshape %583 : f32[1,9,16] @ models/lib/vit.yaml:36:16
%585 = concat %573, %584 axis=1 : f32[1,10,16] @ models/lib/vit.yaml:41:36
%586 = broadcast %585 : f32[4,10,16] @ models/lib/vit.yaml:62:15
%587 = add %572, %586 : f32[4,10,16] @ models/lib/vit.yaml:62:15
%588 = reduce_sum %587 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%589 = broadcast %96 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%590 = div %588, %589 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%591 = broadcast %590 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%592 = sub %587, %591 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%593 = mul %592, %592 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%594 = reduce_sum %593 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%595 = div %594, %589 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%596 = broadcast %104 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%597 = add %595, %596 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%598 = rsqrt %597 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%599 = broadcast %598 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%600 = mul %592, %599 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%601 = broadcast %11 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%602 = mul %600, %601 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%603 = broadcast %12 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%604 = add %602, %603 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%605 = matmul %604, %13 ta=0 tb=1 : f32[4,10,48] @ models/lib/nn.yaml:83:15
%606 = broadcast %14 : f32[4,10,48] @ models/lib/nn.yaml:84:18
%607 = add %605, %606 : f32[4,10,48] @ models/lib/nn.yaml:84:18
%608 = reshape %607 : f32[4,10,3,2,8] @ models/lib/nn.yaml:66:21
%609 = permute %608 perm=[2,0,3,1,4] : f32[3,4,2,10,8] @ models/lib/nn.yaml:66:13
%610 = slice %609 lo=[0,0,0,0,0] hi=[1,4,2,10,8] : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:28
%611 = reshape %610 : f32[4,2,10,8] @ models/lib/nn.yaml:67:28
%612 = slice %609 lo=[1,0,0,0,0] hi=[2,4,2,10,8] : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:34
%613 = reshape %612 : f32[4,2,10,8] @ models/lib/nn.yaml:67:34
%614 = slice %609 lo=[2,0,0,0,0] hi=[3,4,2,10,8] : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:40
%615 = reshape %614 : f32[4,2,10,8] @ models/lib/nn.yaml:67:40
%616 = permute %613 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%617 = reshape %611 : f32[4,2,10,8,1] @ models/lib/nn.yaml:55:23
%618 = broadcast %617 : f32[4,2,10,8,10] @ models/lib/nn.yaml:55:23
%619 = reshape %616 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%620 = broadcast %619 : f32[4,2,10,8,10] @ models/lib/nn.yaml:55:23
%621 = mul %618, %620 : f32[4,2,10,8,10] @ models/lib/nn.yaml:55:23
%622 = reduce_sum %621 axes=[3] keep=0 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%623 = broadcast %132 : f32[4,2,10,10] @ models/lib/nn.yaml:55:29
%624 = mul %622, %623 : f32[4,2,10,10] @ models/lib/nn.yaml:55:29
%625 = reduce_max %624 axes=[3] keep=1 : f32[4,2,10,1] @ models/lib/nn.yaml:14:35
%626 = stop_gradient %625 : f32[4,2,10,1] @ models/lib/nn.yaml:14:21
%627 = broadcast %626 : f32[4,2,10,10] @ models/lib/nn.yaml:14:19
%628 = sub %624, %627 : f32[4,2,10,10] @ models/lib/nn.yaml:14:19
%629 = exp %628 : f32[4,2,10,10] @ models/lib/nn.yaml:14:13
%630 = reduce_sum %629 axes=[3] keep=1 : f32[4,2,10,1] @ models/lib/nn.yaml:15:20
%631 = broadcast %630 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%632 = div %629, %631 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%633 = reshape %632 : f32[4,2,10,10,1] @ models/lib/nn.yaml:56:23
%634 = broadcast %633 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%635 = reshape %615 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%636 = broadcast %635 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%637 = mul %634, %636 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%638 = reduce_sum %637 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%639 = permute %638 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/nn.yaml:56:13
%640 = reshape %639 : f32[4,10,16] @ models/lib/nn.yaml:57:16
%641 = matmul %640, %15 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%642 = broadcast %16 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%643 = add %641, %642 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%644 = add %587, %643 : f32[4,10,16] @ models/lib/nn.yaml:125:15
%645 = reduce_sum %644 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%646 = div %645, %589 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%647 = broadcast %646 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%648 = sub %644, %647 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%649 = mul %648, %648 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%650 = reduce_sum %649 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%651 = div %650, %589 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%652 = add %651, %596 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%653 = rsqrt %652 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%654 = broadcast %653 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%655 = mul %648, %654 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%656 = broadcast %17 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%657 = mul %655, %656 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%658 = broadcast %18 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%659 = add %657, %658 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%660 = matmul %659, %19 ta=0 tb=1 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%661 = broadcast %20 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%662 = add %660, %661 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%663 = broadcast %173 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%664 = mul %663, %662 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%665 = broadcast %176 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%666 = mul %662, %665 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%667 = erf %666 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%668 = broadcast %180 : f32[4,10,64] @ models/lib/nn.yaml:27:29
%669 = add %668, %667 : f32[4,10,64] @ models/lib/nn.yaml:27:29
%670 = mul %664, %669 : f32[4,10,64] @ models/lib/nn.yaml:27:24
%671 = matmul %670, %21 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%672 = broadcast %22 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%673 = add %671, %672 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%674 = add %644, %673 : f32[4,10,16] @ models/lib/nn.yaml:126:18
%675 = reduce_sum %674 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%676 = div %675, %589 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%677 = broadcast %676 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%678 = sub %674, %677 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%679 = mul %678, %678 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%680 = reduce_sum %679 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%681 = div %680, %589 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%682 = add %681, %596 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%683 = rsqrt %682 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%684 = broadcast %683 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%685 = mul %678, %684 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%686 = broadcast %23 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%687 = mul %685, %686 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%688 = broadcast %24 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%689 = add %687, %688 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%690 = matmul %689, %25 ta=0 tb=1 : f32[4,10,48] @ models/lib/nn.yaml:83:15
%691 = broadcast %26 : f32[4,10,48] @ models/lib/nn.yaml:84:18
%692 = add %690, %691 : f32[4,10,48] @ models/lib/nn.yaml:84:18
%693 = reshape %692 : f32[4,10,3,2,8] @ models/lib/nn.yaml:66:21
%694 = permute %693 perm=[2,0,3,1,4] : f32[3,4,2,10,8] @ models/lib/nn.yaml:66:13
%695 = slice %694 lo=[0,0,0,0,0] hi=[1,4,2,10,8] : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:28
%696 = reshape %695 : f32[4,2,10,8] @ models/lib/nn.yaml:67:28
%697 = slice %694 lo=[1,0,0,0,0] hi=[2,4,2,10,8] : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:34
%698 = reshape %697 : f32[4,2,10,8] @ models/lib/nn.yaml:67:34
%699 = slice %694 lo=[2,0,0,0,0] hi=[3,4,2,10,8] : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:40
%700 = reshape %699 : f32[4,2,10,8] @ models/lib/nn.yaml:67:40
%701 = permute %698 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%702 = reshape %696 : f32[4,2,10,8,1] @ models/lib/nn.yaml:55:23
%703 = broadcast %702 : f32[4,2,10,8,10] @ models/lib/nn.yaml:55:23
%704 = reshape %701 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%705 = broadcast %704 : f32[4,2,10,8,10] @ models/lib/nn.yaml:55:23
%706 = mul %703, %705 : f32[4,2,10,8,10] @ models/lib/nn.yaml:55:23
%707 = reduce_sum %706 axes=[3] keep=0 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%708 = mul %707, %623 : f32[4,2,10,10] @ models/lib/nn.yaml:55:29
%709 = reduce_max %708 axes=[3] keep=1 : f32[4,2,10,1] @ models/lib/nn.yaml:14:35
%710 = stop_gradient %709 : f32[4,2,10,1] @ models/lib/nn.yaml:14:21
%711 = broadcast %710 : f32[4,2,10,10] @ models/lib/nn.yaml:14:19
%712 = sub %708, %711 : f32[4,2,10,10] @ models/lib/nn.yaml:14:19
%713 = exp %712 : f32[4,2,10,10] @ models/lib/nn.yaml:14:13
%714 = reduce_sum %713 axes=[3] keep=1 : f32[4,2,10,1] @ models/lib/nn.yaml:15:20
%715 = broadcast %714 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%716 = div %713, %715 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%717 = reshape %716 : f32[4,2,10,10,1] @ models/lib/nn.yaml:56:23
%718 = broadcast %717 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%719 = reshape %700 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%720 = broadcast %719 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%721 = mul %718, %720 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%722 = reduce_sum %721 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%723 = permute %722 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/nn.yaml:56:13
%724 = reshape %723 : f32[4,10,16] @ models/lib/nn.yaml:57:16
%725 = matmul %724, %27 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%726 = broadcast %28 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%727 = add %725, %726 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%728 = broadcast %468 : f32[4,10,16] @ models/lib/nn.yaml:50:38
%729 = div %727, %728 : f32[4,10,16] @ models/lib/nn.yaml:50:38
%730 = rand_uniform %471 stream=3 : f32[4] @ models/lib/nn.yaml:43:13
%731 = add %473, %730 : f32[4] @ models/lib/nn.yaml:44:35
%732 = floor %731 : f32[4] @ models/lib/nn.yaml:44:24
%733 = reshape %732 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%734 = broadcast %733 : f32[4,10,16] @ models/lib/nn.yaml:50:51
%735 = mul %729, %734 : f32[4,10,16] @ models/lib/nn.yaml:50:51
%736 = add %674, %735 : f32[4,10,16] @ models/lib/nn.yaml:125:15
%737 = reduce_sum %736 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%738 = div %737, %589 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%739 = broadcast %738 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%740 = sub %736, %739 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%741 = mul %740, %740 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%742 = reduce_sum %741 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%743 = div %742, %589 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%744 = add %743, %596 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%745 = rsqrt %744 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%746 = broadcast %745 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%747 = mul %740, %746 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%748 = broadcast %29 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%749 = mul %747, %748 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%750 = broadcast %30 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%751 = add %749, %750 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%752 = matmul %751, %31 ta=0 tb=1 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%753 = broadcast %32 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%754 = add %752, %753 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%755 = mul %663, %754 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%756 = mul %754, %665 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%757 = erf %756 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%758 = add %668, %757 : f32[4,10,64] @ models/lib/nn.yaml:27:29
%759 = mul %755, %758 : f32[4,10,64] @ models/lib/nn.yaml:27:24
%760 = matmul %759, %33 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%761 = broadcast %34 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%762 = add %760, %761 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%763 = div %762, %728 : f32[4,10,16] @ models/lib/nn.yaml:50:38
%764 = rand_uniform %471 stream=4 : f32[4] @ models/lib/nn.yaml:43:13
%765 = add %473, %764 : f32[4] @ models/lib/nn.yaml:44:35
%766 = floor %765 : f32[4] @ models/lib/nn.yaml:44:24
%767 = reshape %766 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%768 = broadcast %767 : f32[4,10,16] @ models/lib/nn.yaml:50:51
%769 = mul %763, %768 : f32[4,10,16] @ models/lib/nn.yaml:50:51
%770 = add %736, %769 : f32[4,10,16] @ models/lib/nn.yaml:126:18
%771 = reduce_sum %770 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%772 = div %771, %589 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%773 = broadcast %772 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%774 = sub %770, %773 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%775 = mul %774, %774 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%776 = reduce_sum %775 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%777 = div %776, %589 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%778 = add %777, %596 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%779 = rsqrt %778 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%780 = broadcast %779 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%781 = mul %774, %780 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%782 = broadcast %35 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%783 = mul %781, %782 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%784 = broadcast %36 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%785 = add %783, %784 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%786 = slice %785 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino.yaml:44:34
%787 = reshape %786 : f32[4,16] @ models/dino.yaml:44:34
%788 = matmul %787, %37 ta=0 tb=1 : f32[4,24] @ models/lib/nn.yaml:83:15
%789 = add %788, %532 : f32[4,24] @ models/lib/nn.yaml:84:18
%790 = mul %289, %789 : f32[4,24] @ models/lib/nn.yaml:27:20
%791 = mul %789, %291 : f32[4,24] @ models/lib/nn.yaml:27:37
%792 = erf %791 : f32[4,24] @ models/lib/nn.yaml:27:31
%793 = add %294, %792 : f32[4,24] @ models/lib/nn.yaml:27:29
%794 = mul %790, %793 : f32[4,24] @ models/lib/nn.yaml:27:24
%795 = matmul %794, %39 ta=0 tb=1 : f32[4,24] @ models/lib/nn.yaml:83:15
%796 = add %795, %540 : f32[4,24] @ models/lib/nn.yaml:84:18
%797 = mul %289, %796 : f32[4,24] @ models/lib/nn.yaml:27:20
%798 = mul %796, %291 : f32[4,24] @ models/lib/nn.yaml:27:37
%799 = erf %798 : f32[4,24] @ models/lib/nn.yaml:27:31
%800 = add %294, %799 : f32[4,24] @ models/lib/nn.yaml:27:29
%801 = mul %797, %800 : f32[4,24] @ models/lib/nn.yaml:27:24
%802 = matmul %801, %41 ta=0 tb=1 : f32[4,8] @ models/lib/nn.yaml:83:15
%803 = add %802, %548 : f32[4,8] @ models/lib/nn.yaml:84:18
%804 = mul %803, %803 : f32[4,8] @ models/lib/nn.yaml:33:35
%805 = reduce_sum %804 axes=[1] keep=1 : f32[4,1] @ models/lib/nn.yaml:33:29
%806 = sqrt %805 : f32[4,1] @ models/lib/nn.yaml:33:24
%807 = max %806, %312 : f32[4,1] @ models/lib/nn.yaml:33:20
%808 = broadcast %807 : f32[4,8] @ models/lib/nn.yaml:33:18
%809 = div %803, %808 : f32[4,8] @ models/lib/nn.yaml:33:18
%810 = matmul %809, %562 ta=0 tb=1 : f32[4,32] @ models/lib/dino.yaml:23:18
%811 = slice %810 lo=[0,0] hi=[2,32] : f32[2,32] @ models/dino.yaml:65:20
%812 = slice %810 lo=[2,0] hi=[4,32] : f32[2,32] @ models/dino.yaml:65:20
%813 = broadcast %83 : f32[2,32] @ models/lib/dino.yaml:38:38
%814 = sub %324, %813 : f32[2,32] @ models/lib/dino.yaml:38:38
%815 = broadcast %4 : f32[2,32] @ models/lib/dino.yaml:38:48
%816 = div %814, %815 : f32[2,32] @ models/lib/dino.yaml:38:48
%817 = reduce_max %816 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:14:35
%818 = stop_gradient %817 : f32[2,1] @ models/lib/nn.yaml:14:21
%819 = broadcast %818 : f32[2,32] @ models/lib/nn.yaml:14:19
%820 = sub %816, %819 : f32[2,32] @ models/lib/nn.yaml:14:19
%821 = exp %820 : f32[2,32] @ models/lib/nn.yaml:14:13
%822 = reduce_sum %821 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:15:20
%823 = broadcast %822 : f32[2,32] @ models/lib/nn.yaml:15:18
%824 = div %821, %823 : f32[2,32] @ models/lib/nn.yaml:15:18
%825 = stop_gradient %824 : f32[2,32] @ models/lib/dino.yaml:38:13
%826 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%827 = broadcast %826 : f32[2,32] @ models/lib/dino.yaml:39:44
%828 = div %565, %827 : f32[2,32] @ models/lib/dino.yaml:39:44
%829 = reduce_max %828 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:21:31
%830 = stop_gradient %829 : f32[2,1] @ models/lib/nn.yaml:21:17
%831 = broadcast %830 : f32[2,32] @ models/lib/nn.yaml:21:15
%832 = sub %828, %831 : f32[2,32] @ models/lib/nn.yaml:21:15
%833 = exp %832 : f32[2,32] @ models/lib/nn.yaml:22:28
%834 = reduce_sum %833 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:24
%835 = log %834 : f32[2,1] @ models/lib/nn.yaml:22:20
%836 = broadcast %835 : f32[2,32] @ models/lib/nn.yaml:22:18
%837 = sub %832, %836 : f32[2,32] @ models/lib/nn.yaml:22:18
%838 = mul %825, %837 : f32[2,32] @ models/lib/dino.yaml:39:28
%839 = reduce_sum %838 axes=[1] keep=0 : f32[2] @ models/lib/dino.yaml:39:22
%840 = neg %839 : f32[2] @ models/lib/dino.yaml:39:21
%841 = reduce_sum %840 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%842 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%843 = div %841, %842 : f32[] @ models/lib/dino.yaml:39:16
%844 = div %811, %827 : f32[2,32] @ models/lib/dino.yaml:39:44
%845 = reduce_max %844 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:21:31
%846 = stop_gradient %845 : f32[2,1] @ models/lib/nn.yaml:21:17
%847 = broadcast %846 : f32[2,32] @ models/lib/nn.yaml:21:15
%848 = sub %844, %847 : f32[2,32] @ models/lib/nn.yaml:21:15
%849 = exp %848 : f32[2,32] @ models/lib/nn.yaml:22:28
%850 = reduce_sum %849 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:24
%851 = log %850 : f32[2,1] @ models/lib/nn.yaml:22:20
%852 = broadcast %851 : f32[2,32] @ models/lib/nn.yaml:22:18
%853 = sub %848, %852 : f32[2,32] @ models/lib/nn.yaml:22:18
%854 = mul %825, %853 : f32[2,32] @ models/lib/dino.yaml:39:28
%855 = reduce_sum %854 axes=[1] keep=0 : f32[2] @ models/lib/dino.yaml:39:22
%856 = neg %855 : f32[2] @ models/lib/dino.yaml:39:21
%857 = reduce_sum %856 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%858 = div %857, %842 : f32[] @ models/lib/dino.yaml:39:16
%859 = add %843, %858 : f32[] @ models/dino.yaml:76:11
%860 = div %812, %827 : f32[2,32] @ models/lib/dino.yaml:39:44
%861 = reduce_max %860 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:21:31
%862 = stop_gradient %861 : f32[2,1] @ models/lib/nn.yaml:21:17
%863 = broadcast %862 : f32[2,32] @ models/lib/nn.yaml:21:15
%864 = sub %860, %863 : f32[2,32] @ models/lib/nn.yaml:21:15
%865 = exp %864 : f32[2,32] @ models/lib/nn.yaml:22:28
%866 = reduce_sum %865 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:24
%867 = log %866 : f32[2,1] @ models/lib/nn.yaml:22:20
%868 = broadcast %867 : f32[2,32] @ models/lib/nn.yaml:22:18
%869 = sub %864, %868 : f32[2,32] @ models/lib/nn.yaml:22:18
%870 = mul %825, %869 : f32[2,32] @ models/lib/dino.yaml:39:28
%871 = reduce_sum %870 axes=[1] keep=0 : f32[2] @ models/lib/dino.yaml:39:22
%872 = neg %871 : f32[2] @ models/lib/dino.yaml:39:21
%873 = reduce_sum %872 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%874 = div %873, %842 : f32[] @ models/lib/dino.yaml:39:16
%875 = add %859, %874 : f32[] @ models/dino.yaml:76:11
%876 = sub %325, %813 : f32[2,32] @ models/lib/dino.yaml:38:38
%877 = div %876, %815 : f32[2,32] @ models/lib/dino.yaml:38:48
%878 = reduce_max %877 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:14:35
%879 = stop_gradient %878 : f32[2,1] @ models/lib/nn.yaml:14:21
%880 = broadcast %879 : f32[2,32] @ models/lib/nn.yaml:14:19
%881 = sub %877, %880 : f32[2,32] @ models/lib/nn.yaml:14:19
%882 = exp %881 : f32[2,32] @ models/lib/nn.yaml:14:13
%883 = reduce_sum %882 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:15:20
%884 = broadcast %883 : f32[2,32] @ models/lib/nn.yaml:15:18
%885 = div %882, %884 : f32[2,32] @ models/lib/nn.yaml:15:18
%886 = stop_gradient %885 : f32[2,32] @ models/lib/dino.yaml:38:13
%887 = div %564, %827 : f32[2,32] @ models/lib/dino.yaml:39:44
%888 = reduce_max %887 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:21:31
%889 = stop_gradient %888 : f32[2,1] @ models/lib/nn.yaml:21:17
%890 = broadcast %889 : f32[2,32] @ models/lib/nn.yaml:21:15
%891 = sub %887, %890 : f32[2,32] @ models/lib/nn.yaml:21:15
%892 = exp %891 : f32[2,32] @ models/lib/nn.yaml:22:28
%893 = reduce_sum %892 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:24
%894 = log %893 : f32[2,1] @ models/lib/nn.yaml:22:20
%895 = broadcast %894 : f32[2,32] @ models/lib/nn.yaml:22:18
%896 = sub %891, %895 : f32[2,32] @ models/lib/nn.yaml:22:18
%897 = mul %886, %896 : f32[2,32] @ models/lib/dino.yaml:39:28
%898 = reduce_sum %897 axes=[1] keep=0 : f32[2] @ models/lib/dino.yaml:39:22
%899 = neg %898 : f32[2] @ models/lib/dino.yaml:39:21
%900 = reduce_sum %899 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%901 = div %900, %842 : f32[] @ models/lib/dino.yaml:39:16
%902 = add %875, %901 : f32[] @ models/dino.yaml:76:11
%903 = mul %886, %853 : f32[2,32] @ models/lib/dino.yaml:39:28
%904 = reduce_sum %903 axes=[1] keep=0 : f32[2] @ models/lib/dino.yaml:39:22
%905 = neg %904 : f32[2] @ models/lib/dino.yaml:39:21
%906 = reduce_sum %905 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%907 = div %906, %842 : f32[] @ models/lib/dino.yaml:39:16
%908 = add %902, %907 : f32[] @ models/dino.yaml:76:11
%909 = mul %886, %869 : f32[2,32] @ models/lib/dino.yaml:39:28
%910 = reduce_sum %909 axes=[1] keep=0 : f32[2] @ models/lib/dino.yaml:39:22
%911 = neg %910 : f32[2] @ models/lib/dino.yaml:39:21
%912 = reduce_sum %911 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%913 = div %912, %842 : f32[] @ models/lib/dino.yaml:39:16
%914 = add %908, %913 : f32[] @ models/dino.yaml:76:11
%915 = const data=[6] : f32[] @ models/dino.yaml:73:3
%916 = div %914, %915 : f32[] @ models/dino.yaml:73:3
%917 = output %916 name="loss.dino" : f32[] @ models/dino.yaml:73:3
%918 = output %916 name="loss" : f32[] @ models/dino.yaml:73:3
%919 = broadcast %468 : f32[1,32] @ models/dino.yaml:70:20
%920 = mul %83, %919 : f32[1,32] @ models/dino.yaml:70:20
%921 = concat %324, %325 axis=0 : f32[4,32] @ models/dino.yaml:70:75
%922 = reduce_sum %921 axes=[0] keep=1 : f32[1,32] @ models/lib/nn.yaml:73:26
%923 = all_reduce_sum %922 : f32[1,32] @ models/lib/nn.yaml:73:16
%924 = const data=[4] : f32[] @ models/lib/nn.yaml:73:65
%925 = broadcast %924 : f32[1,32] @ models/lib/nn.yaml:73:52
%926 = div %923, %925 : f32[1,32] @ models/lib/nn.yaml:73:52
%927 = broadcast %826 : f32[1,32] @ models/dino.yaml:70:62
%928 = mul %927, %926 : f32[1,32] @ models/dino.yaml:70:62
%929 = add %920, %928 : f32[1,32] @ models/dino.yaml:70:38
%930 = assign %83, %929 : f32[1,32] @ models/dino.yaml:70:13
%931 = cast %1 : f64[] @ models/dino.yaml:55:3
%932 = cast %2 : f64[] @ models/dino.yaml:56:3
%933 = cast %3 : f64[] @ models/dino.yaml:57:3
%934 = const data=[-0.083333336] : f32[] @ models/lib/dino.yaml:39:21
%935 = broadcast %934 : f32[2] @ models/lib/dino.yaml:39:21
%936 = reshape %935 : f32[2,1] @ models/lib/dino.yaml:39:22
%937 = broadcast %936 : f32[2,32] @ models/lib/dino.yaml:39:22
%938 = mul %937, %886 : f32[2,32] @ models/lib/dino.yaml:39:28
%939 = neg %938 : f32[2,32] @ models/lib/nn.yaml:22:18
%940 = reduce_sum %939 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:18
%941 = div %940, %866 : f32[2,1] @ models/lib/nn.yaml:22:20
%942 = broadcast %941 : f32[2,32] @ models/lib/nn.yaml:22:24
%943 = mul %942, %865 : f32[2,32] @ models/lib/nn.yaml:22:28
%944 = add %938, %943 : f32[2,32] @ models/lib/nn.yaml:22:28
%945 = div %944, %827 : f32[2,32] @ models/lib/dino.yaml:39:44
%946 = div %940, %850 : f32[2,1] @ models/lib/nn.yaml:22:20
%947 = broadcast %946 : f32[2,32] @ models/lib/nn.yaml:22:24
%948 = mul %947, %849 : f32[2,32] @ models/lib/nn.yaml:22:28
%949 = add %938, %948 : f32[2,32] @ models/lib/nn.yaml:22:28
%950 = div %949, %827 : f32[2,32] @ models/lib/dino.yaml:39:44
%951 = div %940, %893 : f32[2,1] @ models/lib/nn.yaml:22:20
%952 = broadcast %951 : f32[2,32] @ models/lib/nn.yaml:22:24
%953 = mul %952, %892 : f32[2,32] @ models/lib/nn.yaml:22:28
%954 = add %938, %953 : f32[2,32] @ models/lib/nn.yaml:22:28
%955 = div %954, %827 : f32[2,32] @ models/lib/dino.yaml:39:44
%956 = mul %937, %825 : f32[2,32] @ models/lib/dino.yaml:39:28
%957 = neg %956 : f32[2,32] @ models/lib/nn.yaml:22:18
%958 = reduce_sum %957 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:18
%959 = div %958, %866 : f32[2,1] @ models/lib/nn.yaml:22:20
%960 = broadcast %959 : f32[2,32] @ models/lib/nn.yaml:22:24
%961 = mul %960, %865 : f32[2,32] @ models/lib/nn.yaml:22:28
%962 = add %956, %961 : f32[2,32] @ models/lib/nn.yaml:22:28
%963 = div %962, %827 : f32[2,32] @ models/lib/dino.yaml:39:44
%964 = add %945, %963 : f32[2,32] @ models/lib/dino.yaml:39:44
%965 = div %958, %850 : f32[2,1] @ models/lib/nn.yaml:22:20
%966 = broadcast %965 : f32[2,32] @ models/lib/nn.yaml:22:24
%967 = mul %966, %849 : f32[2,32] @ models/lib/nn.yaml:22:28
%968 = add %956, %967 : f32[2,32] @ models/lib/nn.yaml:22:28
%969 = div %968, %827 : f32[2,32] @ models/lib/dino.yaml:39:44
%970 = add %950, %969 : f32[2,32] @ models/lib/dino.yaml:39:44
%971 = div %958, %834 : f32[2,1] @ models/lib/nn.yaml:22:20
%972 = broadcast %971 : f32[2,32] @ models/lib/nn.yaml:22:24
%973 = mul %972, %833 : f32[2,32] @ models/lib/nn.yaml:22:28
%974 = add %956, %973 : f32[2,32] @ models/lib/nn.yaml:22:28
%975 = div %974, %827 : f32[2,32] @ models/lib/dino.yaml:39:44
%976 = pad %964 lo=[2,0] hi=[0,0] value=0 : f32[4,32] @ models/dino.yaml:65:20
%977 = pad %970 lo=[0,0] hi=[2,0] value=0 : f32[4,32] @ models/dino.yaml:65:20
%978 = add %976, %977 : f32[4,32] @ models/dino.yaml:65:20
%979 = matmul %978, %562 ta=0 tb=0 : f32[4,8] @ models/lib/dino.yaml:23:18
%980 = matmul %978, %809 ta=1 tb=0 : f32[32,8] @ models/lib/dino.yaml:23:18
%981 = div %980, %561 : f32[32,8] @ models/lib/dino.yaml:22:33
%982 = mul %981, %562 : f32[32,8] @ models/lib/dino.yaml:22:33
%983 = neg %982 : f32[32,8] @ models/lib/dino.yaml:22:33
%984 = reduce_sum %983 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%985 = broadcast %173 : f32[32,1] @ models/lib/dino.yaml:22:35
%986 = mul %984, %985 : f32[32,1] @ models/lib/dino.yaml:22:35
%987 = div %986, %560 : f32[32,1] @ models/lib/dino.yaml:22:35
%988 = broadcast %987 : f32[32,8] @ models/lib/dino.yaml:22:40
%989 = mul %988, %44 : f32[32,8] @ models/lib/dino.yaml:22:53
%990 = add %989, %989 : f32[32,8] @ models/lib/dino.yaml:22:53
%991 = mul %981, %556 : f32[32,8] @ models/lib/dino.yaml:22:22
%992 = add %990, %991 : f32[32,8] @ models/lib/dino.yaml:22:22
%993 = div %979, %808 : f32[4,8] @ models/lib/nn.yaml:33:18
%994 = mul %993, %809 : f32[4,8] @ models/lib/nn.yaml:33:18
%995 = neg %994 : f32[4,8] @ models/lib/nn.yaml:33:18
%996 = reduce_sum %995 axes=[1] keep=1 : f32[4,1] @ models/lib/nn.yaml:33:18
%997 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%998 = broadcast %997 : f32[4,1] @ models/lib/nn.yaml:33:20
%999 = broadcast %173 : f32[4,1] @ models/lib/nn.yaml:33:20
%1000 = mul %996, %999 : f32[4,1] @ models/lib/nn.yaml:33:20
%1001 = eq %806, %312 : bool[4,1] @ models/lib/nn.yaml:33:20
%1002 = select %1001, %1000, %998 : f32[4,1] @ models/lib/nn.yaml:33:20
%1003 = gt %806, %312 : bool[4,1] @ models/lib/nn.yaml:33:20
%1004 = select %1003, %996, %1002 : f32[4,1] @ models/lib/nn.yaml:33:20
%1005 = mul %1004, %999 : f32[4,1] @ models/lib/nn.yaml:33:24
%1006 = div %1005, %806 : f32[4,1] @ models/lib/nn.yaml:33:24
%1007 = broadcast %1006 : f32[4,8] @ models/lib/nn.yaml:33:29
%1008 = mul %1007, %803 : f32[4,8] @ models/lib/nn.yaml:33:35
%1009 = add %993, %1008 : f32[4,8] @ models/lib/nn.yaml:33:35
%1010 = add %1009, %1008 : f32[4,8] @ models/lib/nn.yaml:33:35
%1011 = reduce_sum %1010 axes=[0] keep=1 : f32[1,8] @ models/lib/nn.yaml:84:18
%1012 = reshape %1011 : f32[8] @ models/lib/nn.yaml:84:18
%1013 = matmul %1010, %41 ta=0 tb=0 : f32[4,24] @ models/lib/nn.yaml:83:15
%1014 = matmul %1010, %801 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%1015 = mul %1013, %800 : f32[4,24] @ models/lib/nn.yaml:27:24
%1016 = mul %1013, %797 : f32[4,24] @ models/lib/nn.yaml:27:24
%1017 = mul %798, %798 : f32[4,24] @ models/lib/nn.yaml:27:31
%1018 = neg %1017 : f32[4,24] @ models/lib/nn.yaml:27:31
%1019 = exp %1018 : f32[4,24] @ models/lib/nn.yaml:27:31
%1020 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%1021 = broadcast %1020 : f32[4,24] @ models/lib/nn.yaml:27:31
%1022 = mul %1019, %1021 : f32[4,24] @ models/lib/nn.yaml:27:31
%1023 = mul %1016, %1022 : f32[4,24] @ models/lib/nn.yaml:27:31
%1024 = mul %1023, %291 : f32[4,24] @ models/lib/nn.yaml:27:37
%1025 = mul %1015, %289 : f32[4,24] @ models/lib/nn.yaml:27:20
%1026 = add %1024, %1025 : f32[4,24] @ models/lib/nn.yaml:27:20
%1027 = reduce_sum %1026 axes=[0] keep=1 : f32[1,24] @ models/lib/nn.yaml:84:18
%1028 = reshape %1027 : f32[24] @ models/lib/nn.yaml:84:18
%1029 = matmul %1026, %39 ta=0 tb=0 : f32[4,24] @ models/lib/nn.yaml:83:15
%1030 = matmul %1026, %794 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%1031 = mul %1029, %793 : f32[4,24] @ models/lib/nn.yaml:27:24
%1032 = mul %1029, %790 : f32[4,24] @ models/lib/nn.yaml:27:24
%1033 = mul %791, %791 : f32[4,24] @ models/lib/nn.yaml:27:31
%1034 = neg %1033 : f32[4,24] @ models/lib/nn.yaml:27:31
%1035 = exp %1034 : f32[4,24] @ models/lib/nn.yaml:27:31
%1036 = mul %1035, %1021 : f32[4,24] @ models/lib/nn.yaml:27:31
%1037 = mul %1032, %1036 : f32[4,24] @ models/lib/nn.yaml:27:31
%1038 = mul %1037, %291 : f32[4,24] @ models/lib/nn.yaml:27:37
%1039 = mul %1031, %289 : f32[4,24] @ models/lib/nn.yaml:27:20
%1040 = add %1038, %1039 : f32[4,24] @ models/lib/nn.yaml:27:20
%1041 = reduce_sum %1040 axes=[0] keep=1 : f32[1,24] @ models/lib/nn.yaml:84:18
%1042 = reshape %1041 : f32[24] @ models/lib/nn.yaml:84:18
%1043 = matmul %1040, %37 ta=0 tb=0 : f32[4,16] @ models/lib/nn.yaml:83:15
%1044 = matmul %1040, %787 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%1045 = reshape %1043 : f32[4,1,16] @ models/dino.yaml:44:34
%1046 = pad %1045 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/dino.yaml:44:34
%1047 = reduce_sum %1046 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1048 = reshape %1047 : f32[16] @ models/lib/nn.yaml:96:46
%1049 = mul %1046, %782 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1050 = mul %1046, %781 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1051 = reduce_sum %1050 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1052 = reshape %1051 : f32[16] @ models/lib/nn.yaml:96:37
%1053 = mul %1049, %780 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1054 = mul %1049, %774 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1055 = reduce_sum %1054 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%1056 = mul %779, %779 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1057 = mul %779, %1056 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1058 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%1059 = broadcast %1058 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1060 = mul %1057, %1059 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1061 = mul %1055, %1060 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1062 = div %1061, %589 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1063 = broadcast %1062 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%1064 = mul %1063, %774 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1065 = add %1053, %1064 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1066 = add %1065, %1064 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1067 = neg %1066 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1068 = reduce_sum %1067 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%1069 = div %1068, %589 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1070 = broadcast %1069 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1071 = add %1066, %1070 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1072 = mul %1071, %768 : f32[4,10,16] @ models/lib/nn.yaml:50:51
%1073 = div %1072, %728 : f32[4,10,16] @ models/lib/nn.yaml:50:38
%1074 = reduce_sum %1073 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1075 = reshape %1074 : f32[16] @ models/lib/nn.yaml:84:18
%1076 = matmul %1073, %33 ta=0 tb=0 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%1077 = reshape %759 : f32[40,64] @ models/lib/nn.yaml:83:15
%1078 = reshape %1073 : f32[40,16] @ models/lib/nn.yaml:83:15
%1079 = matmul %1078, %1077 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%1080 = mul %1076, %758 : f32[4,10,64] @ models/lib/nn.yaml:27:24
%1081 = mul %1076, %755 : f32[4,10,64] @ models/lib/nn.yaml:27:24
%1082 = mul %756, %756 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1083 = neg %1082 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1084 = exp %1083 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1085 = broadcast %1020 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1086 = mul %1084, %1085 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1087 = mul %1081, %1086 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1088 = mul %1087, %665 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%1089 = mul %1080, %663 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%1090 = add %1088, %1089 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%1091 = reduce_sum %1090 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%1092 = reshape %1091 : f32[64] @ models/lib/nn.yaml:84:18
%1093 = matmul %1090, %31 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1094 = reshape %751 : f32[40,16] @ models/lib/nn.yaml:83:15
%1095 = reshape %1090 : f32[40,64] @ models/lib/nn.yaml:83:15
%1096 = matmul %1095, %1094 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%1097 = reduce_sum %1093 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1098 = reshape %1097 : f32[16] @ models/lib/nn.yaml:96:46
%1099 = mul %1093, %748 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1100 = mul %1093, %747 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1101 = reduce_sum %1100 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1102 = reshape %1101 : f32[16] @ models/lib/nn.yaml:96:37
%1103 = mul %1099, %746 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1104 = mul %1099, %740 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1105 = reduce_sum %1104 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%1106 = mul %745, %745 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1107 = mul %745, %1106 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1108 = mul %1107, %1059 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1109 = mul %1105, %1108 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1110 = div %1109, %589 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1111 = broadcast %1110 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%1112 = mul %1111, %740 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1113 = add %1103, %1112 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1114 = add %1113, %1112 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1115 = add %1071, %1114 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1116 = neg %1114 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1117 = reduce_sum %1116 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%1118 = div %1117, %589 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1119 = broadcast %1118 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1120 = add %1115, %1119 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1121 = mul %1120, %734 : f32[4,10,16] @ models/lib/nn.yaml:50:51
%1122 = div %1121, %728 : f32[4,10,16] @ models/lib/nn.yaml:50:38
%1123 = reduce_sum %1122 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1124 = reshape %1123 : f32[16] @ models/lib/nn.yaml:84:18
%1125 = matmul %1122, %27 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1126 = reshape %723 : f32[40,16] @ models/lib/nn.yaml:83:15
%1127 = reshape %1122 : f32[40,16] @ models/lib/nn.yaml:83:15
%1128 = matmul %1127, %1126 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%1129 = reshape %1125 : f32[4,10,2,8] @ models/lib/nn.yaml:57:16
%1130 = permute %1129 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/nn.yaml:56:13
%1131 = permute %700 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%1132 = reshape %1130 : f32[4,2,10,8,1] @ models/lib/nn.yaml:56:23
%1133 = broadcast %1132 : f32[4,2,10,8,10] @ models/lib/nn.yaml:56:23
%1134 = reshape %1131 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%1135 = broadcast %1134 : f32[4,2,10,8,10] @ models/lib/nn.yaml:56:23
%1136 = mul %1133, %1135 : f32[4,2,10,8,10] @ models/lib/nn.yaml:56:23
%1137 = reduce_sum %1136 axes=[3] keep=0 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1138 = permute %716 perm=[0,1,3,2] : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1139 = reshape %1138 : f32[4,2,10,10,1] @ models/lib/nn.yaml:56:23
%1140 = broadcast %1139 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%1141 = reshape %1130 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1142 = broadcast %1141 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%1143 = mul %1140, %1142 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%1144 = reduce_sum %1143 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%1145 = div %1137, %715 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1146 = mul %1145, %716 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1147 = neg %1146 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1148 = reduce_sum %1147 axes=[3] keep=1 : f32[4,2,10,1] @ models/lib/nn.yaml:15:18
%1149 = broadcast %1148 : f32[4,2,10,10] @ models/lib/nn.yaml:15:20
%1150 = add %1145, %1149 : f32[4,2,10,10] @ models/lib/nn.yaml:15:20
%1151 = mul %1150, %713 : f32[4,2,10,10] @ models/lib/nn.yaml:14:13
%1152 = mul %1151, %623 : f32[4,2,10,10] @ models/lib/nn.yaml:55:29
%1153 = reshape %1152 : f32[4,2,10,10,1] @ models/lib/nn.yaml:55:23
%1154 = broadcast %1153 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1155 = reshape %698 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%1156 = broadcast %1155 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1157 = mul %1154, %1156 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1158 = reduce_sum %1157 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%1159 = permute %1152 perm=[0,1,3,2] : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%1160 = reshape %1159 : f32[4,2,10,10,1] @ models/lib/nn.yaml:55:23
%1161 = broadcast %1160 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1162 = reshape %696 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%1163 = broadcast %1162 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1164 = mul %1161, %1163 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1165 = reduce_sum %1164 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%1166 = reshape %1144 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:40
%1167 = pad %1166 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,4,2,10,8] @ models/lib/nn.yaml:67:40
%1168 = reshape %1165 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:34
%1169 = pad %1168 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,4,2,10,8] @ models/lib/nn.yaml:67:34
%1170 = add %1167, %1169 : f32[3,4,2,10,8] @ models/lib/nn.yaml:67:34
%1171 = reshape %1158 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:28
%1172 = pad %1171 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,4,2,10,8] @ models/lib/nn.yaml:67:28
%1173 = add %1170, %1172 : f32[3,4,2,10,8] @ models/lib/nn.yaml:67:28
%1174 = permute %1173 perm=[1,3,0,2,4] : f32[4,10,3,2,8] @ models/lib/nn.yaml:66:13
%1175 = reshape %1174 : f32[4,10,48] @ models/lib/nn.yaml:66:21
%1176 = reduce_sum %1175 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%1177 = reshape %1176 : f32[48] @ models/lib/nn.yaml:84:18
%1178 = matmul %1175, %25 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1179 = reshape %689 : f32[40,16] @ models/lib/nn.yaml:83:15
%1180 = reshape %1174 : f32[40,48] @ models/lib/nn.yaml:83:15
%1181 = matmul %1180, %1179 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%1182 = reduce_sum %1178 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1183 = reshape %1182 : f32[16] @ models/lib/nn.yaml:96:46
%1184 = mul %1178, %686 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1185 = mul %1178, %685 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1186 = reduce_sum %1185 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1187 = reshape %1186 : f32[16] @ models/lib/nn.yaml:96:37
%1188 = mul %1184, %684 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1189 = mul %1184, %678 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1190 = reduce_sum %1189 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%1191 = mul %683, %683 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1192 = mul %683, %1191 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1193 = mul %1192, %1059 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1194 = mul %1190, %1193 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1195 = div %1194, %589 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1196 = broadcast %1195 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%1197 = mul %1196, %678 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1198 = add %1188, %1197 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1199 = add %1198, %1197 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1200 = add %1120, %1199 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1201 = neg %1199 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1202 = reduce_sum %1201 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%1203 = div %1202, %589 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1204 = broadcast %1203 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1205 = add %1200, %1204 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1206 = reduce_sum %1205 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1207 = reshape %1206 : f32[16] @ models/lib/nn.yaml:84:18
%1208 = matmul %1205, %21 ta=0 tb=0 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%1209 = reshape %670 : f32[40,64] @ models/lib/nn.yaml:83:15
%1210 = reshape %1205 : f32[40,16] @ models/lib/nn.yaml:83:15
%1211 = matmul %1210, %1209 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%1212 = mul %1208, %669 : f32[4,10,64] @ models/lib/nn.yaml:27:24
%1213 = mul %1208, %664 : f32[4,10,64] @ models/lib/nn.yaml:27:24
%1214 = mul %666, %666 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1215 = neg %1214 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1216 = exp %1215 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1217 = mul %1216, %1085 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1218 = mul %1213, %1217 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1219 = mul %1218, %665 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%1220 = mul %1212, %663 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%1221 = add %1219, %1220 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%1222 = reduce_sum %1221 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%1223 = reshape %1222 : f32[64] @ models/lib/nn.yaml:84:18
%1224 = matmul %1221, %19 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1225 = reshape %659 : f32[40,16] @ models/lib/nn.yaml:83:15
%1226 = reshape %1221 : f32[40,64] @ models/lib/nn.yaml:83:15
%1227 = matmul %1226, %1225 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%1228 = reduce_sum %1224 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1229 = reshape %1228 : f32[16] @ models/lib/nn.yaml:96:46
%1230 = mul %1224, %656 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1231 = mul %1224, %655 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1232 = reduce_sum %1231 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1233 = reshape %1232 : f32[16] @ models/lib/nn.yaml:96:37
%1234 = mul %1230, %654 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1235 = mul %1230, %648 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1236 = reduce_sum %1235 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%1237 = mul %653, %653 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1238 = mul %653, %1237 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1239 = mul %1238, %1059 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1240 = mul %1236, %1239 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1241 = div %1240, %589 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1242 = broadcast %1241 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%1243 = mul %1242, %648 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1244 = add %1234, %1243 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1245 = add %1244, %1243 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1246 = add %1205, %1245 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1247 = neg %1245 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1248 = reduce_sum %1247 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%1249 = div %1248, %589 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1250 = broadcast %1249 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1251 = add %1246, %1250 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1252 = reduce_sum %1251 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1253 = reshape %1252 : f32[16] @ models/lib/nn.yaml:84:18
%1254 = matmul %1251, %15 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1255 = reshape %639 : f32[40,16] @ models/lib/nn.yaml:83:15
%1256 = reshape %1251 : f32[40,16] @ models/lib/nn.yaml:83:15
%1257 = matmul %1256, %1255 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%1258 = reshape %1254 : f32[4,10,2,8] @ models/lib/nn.yaml:57:16
%1259 = permute %1258 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/nn.yaml:56:13
%1260 = permute %615 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%1261 = reshape %1259 : f32[4,2,10,8,1] @ models/lib/nn.yaml:56:23
%1262 = broadcast %1261 : f32[4,2,10,8,10] @ models/lib/nn.yaml:56:23
%1263 = reshape %1260 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%1264 = broadcast %1263 : f32[4,2,10,8,10] @ models/lib/nn.yaml:56:23
%1265 = mul %1262, %1264 : f32[4,2,10,8,10] @ models/lib/nn.yaml:56:23
%1266 = reduce_sum %1265 axes=[3] keep=0 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1267 = permute %632 perm=[0,1,3,2] : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1268 = reshape %1267 : f32[4,2,10,10,1] @ models/lib/nn.yaml:56:23
%1269 = broadcast %1268 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%1270 = reshape %1259 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1271 = broadcast %1270 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%1272 = mul %1269, %1271 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%1273 = reduce_sum %1272 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%1274 = div %1266, %631 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1275 = mul %1274, %632 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1276 = neg %1275 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1277 = reduce_sum %1276 axes=[3] keep=1 : f32[4,2,10,1] @ models/lib/nn.yaml:15:18
%1278 = broadcast %1277 : f32[4,2,10,10] @ models/lib/nn.yaml:15:20
%1279 = add %1274, %1278 : f32[4,2,10,10] @ models/lib/nn.yaml:15:20
%1280 = mul %1279, %629 : f32[4,2,10,10] @ models/lib/nn.yaml:14:13
%1281 = mul %1280, %623 : f32[4,2,10,10] @ models/lib/nn.yaml:55:29
%1282 = reshape %1281 : f32[4,2,10,10,1] @ models/lib/nn.yaml:55:23
%1283 = broadcast %1282 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1284 = reshape %613 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%1285 = broadcast %1284 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1286 = mul %1283, %1285 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1287 = reduce_sum %1286 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%1288 = permute %1281 perm=[0,1,3,2] : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%1289 = reshape %1288 : f32[4,2,10,10,1] @ models/lib/nn.yaml:55:23
%1290 = broadcast %1289 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1291 = reshape %611 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%1292 = broadcast %1291 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1293 = mul %1290, %1292 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1294 = reduce_sum %1293 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%1295 = reshape %1273 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:40
%1296 = pad %1295 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,4,2,10,8] @ models/lib/nn.yaml:67:40
%1297 = reshape %1294 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:34
%1298 = pad %1297 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,4,2,10,8] @ models/lib/nn.yaml:67:34
%1299 = add %1296, %1298 : f32[3,4,2,10,8] @ models/lib/nn.yaml:67:34
%1300 = reshape %1287 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:28
%1301 = pad %1300 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,4,2,10,8] @ models/lib/nn.yaml:67:28
%1302 = add %1299, %1301 : f32[3,4,2,10,8] @ models/lib/nn.yaml:67:28
%1303 = permute %1302 perm=[1,3,0,2,4] : f32[4,10,3,2,8] @ models/lib/nn.yaml:66:13
%1304 = reshape %1303 : f32[4,10,48] @ models/lib/nn.yaml:66:21
%1305 = reduce_sum %1304 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%1306 = reshape %1305 : f32[48] @ models/lib/nn.yaml:84:18
%1307 = matmul %1304, %13 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1308 = reshape %604 : f32[40,16] @ models/lib/nn.yaml:83:15
%1309 = reshape %1303 : f32[40,48] @ models/lib/nn.yaml:83:15
%1310 = matmul %1309, %1308 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%1311 = reduce_sum %1307 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1312 = reshape %1311 : f32[16] @ models/lib/nn.yaml:96:46
%1313 = mul %1307, %601 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1314 = mul %1307, %600 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1315 = reduce_sum %1314 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1316 = reshape %1315 : f32[16] @ models/lib/nn.yaml:96:37
%1317 = mul %1313, %599 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1318 = mul %1313, %592 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1319 = reduce_sum %1318 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%1320 = mul %598, %598 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1321 = mul %598, %1320 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1322 = mul %1321, %1059 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1323 = mul %1319, %1322 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1324 = div %1323, %589 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1325 = broadcast %1324 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%1326 = mul %1325, %592 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1327 = add %1317, %1326 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1328 = add %1327, %1326 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1329 = add %1251, %1328 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1330 = neg %1328 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1331 = reduce_sum %1330 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%1332 = div %1331, %589 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1333 = broadcast %1332 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1334 = add %1329, %1333 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1335 = reduce_sum %1334 axes=[0] keep=1 : f32[1,10,16] @ models/lib/vit.yaml:62:15
%1336 = slice %1335 lo=[0,0,0] hi=[1,1,16] : f32[1,1,16] @ models/lib/vit.yaml:41:36
%1337 = slice %1335 lo=[0,1,0] hi=[1,10,16] : f32[1,9,16] @ models/lib/vit.yaml:41:36
%1338 = reshape %1337 : f32[3,3,16] @ models/lib/vit.yaml:36:16
%1339 = permute %1338 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%1340 = reshape %1339 : f32[3,48] @ models/lib/vit.yaml:35:21
%1341 = matmul %575, %1340 ta=1 tb=0 : f32[4,48] @ models/lib/vit.yaml:34:15
%1342 = reshape %1341 : f32[4,3,16] @ models/lib/vit.yaml:34:17
%1343 = permute %1342 perm=[1,0,2] : f32[3,4,16] @ models/lib/vit.yaml:33:13
%1344 = reshape %1343 : f32[3,64] @ models/lib/vit.yaml:33:21
%1345 = matmul %575, %1344 ta=1 tb=0 : f32[4,64] @ models/lib/vit.yaml:32:15
%1346 = reshape %1345 : f32[1,16,16] @ models/lib/vit.yaml:32:17
%1347 = pad %1346 lo=[0,1,0] hi=[0,0,0] value=0 : f32[1,17,16] @ models/lib/vit.yaml:41:72
%1348 = pad %1336 lo=[0,0,0] hi=[0,16,0] value=0 : f32[1,17,16] @ models/lib/vit.yaml:41:46
%1349 = add %1347, %1348 : f32[1,17,16] @ models/lib/vit.yaml:41:46
%1350 = slice %1334 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:61:13
%1351 = slice %1334 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:61:13
%1352 = reduce_sum %1350 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:61:20
%1353 = reduce_sum %1351 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%1354 = reshape %1353 : f32[16] @ models/lib/vit.yaml:17:71
%1355 = reshape %567 : f32[36,48] @ models/lib/vit.yaml:17:18
%1356 = reshape %1351 : f32[36,16] @ models/lib/vit.yaml:17:18
%1357 = matmul %1356, %1355 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%1358 = reshape %1357 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%1359 = pad %975 lo=[2,0] hi=[0,0] value=0 : f32[4,32] @ models/dino.yaml:65:20
%1360 = pad %955 lo=[0,0] hi=[2,0] value=0 : f32[4,32] @ models/dino.yaml:65:20
%1361 = add %1359, %1360 : f32[4,32] @ models/dino.yaml:65:20
%1362 = matmul %1361, %562 ta=0 tb=0 : f32[4,8] @ models/lib/dino.yaml:23:18
%1363 = matmul %1361, %555 ta=1 tb=0 : f32[32,8] @ models/lib/dino.yaml:23:18
%1364 = div %1363, %561 : f32[32,8] @ models/lib/dino.yaml:22:33
%1365 = mul %1364, %562 : f32[32,8] @ models/lib/dino.yaml:22:33
%1366 = neg %1365 : f32[32,8] @ models/lib/dino.yaml:22:33
%1367 = reduce_sum %1366 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%1368 = mul %1367, %985 : f32[32,1] @ models/lib/dino.yaml:22:35
%1369 = div %1368, %560 : f32[32,1] @ models/lib/dino.yaml:22:35
%1370 = broadcast %1369 : f32[32,8] @ models/lib/dino.yaml:22:40
%1371 = mul %1370, %44 : f32[32,8] @ models/lib/dino.yaml:22:53
%1372 = add %992, %1371 : f32[32,8] @ models/lib/dino.yaml:22:53
%1373 = add %1372, %1371 : f32[32,8] @ models/lib/dino.yaml:22:53
%1374 = mul %1364, %556 : f32[32,8] @ models/lib/dino.yaml:22:22
%1375 = add %1373, %1374 : f32[32,8] @ models/lib/dino.yaml:22:22
%1376 = div %1362, %554 : f32[4,8] @ models/lib/nn.yaml:33:18
%1377 = mul %1376, %555 : f32[4,8] @ models/lib/nn.yaml:33:18
%1378 = neg %1377 : f32[4,8] @ models/lib/nn.yaml:33:18
%1379 = reduce_sum %1378 axes=[1] keep=1 : f32[4,1] @ models/lib/nn.yaml:33:18
%1380 = mul %1379, %999 : f32[4,1] @ models/lib/nn.yaml:33:20
%1381 = eq %552, %312 : bool[4,1] @ models/lib/nn.yaml:33:20
%1382 = select %1381, %1380, %998 : f32[4,1] @ models/lib/nn.yaml:33:20
%1383 = gt %552, %312 : bool[4,1] @ models/lib/nn.yaml:33:20
%1384 = select %1383, %1379, %1382 : f32[4,1] @ models/lib/nn.yaml:33:20
%1385 = mul %1384, %999 : f32[4,1] @ models/lib/nn.yaml:33:24
%1386 = div %1385, %552 : f32[4,1] @ models/lib/nn.yaml:33:24
%1387 = broadcast %1386 : f32[4,8] @ models/lib/nn.yaml:33:29
%1388 = mul %1387, %549 : f32[4,8] @ models/lib/nn.yaml:33:35
%1389 = add %1376, %1388 : f32[4,8] @ models/lib/nn.yaml:33:35
%1390 = add %1389, %1388 : f32[4,8] @ models/lib/nn.yaml:33:35
%1391 = reduce_sum %1390 axes=[0] keep=1 : f32[1,8] @ models/lib/nn.yaml:84:18
%1392 = reshape %1391 : f32[8] @ models/lib/nn.yaml:84:18
%1393 = add %1012, %1392 : f32[8] @ models/lib/nn.yaml:84:18
%1394 = matmul %1390, %41 ta=0 tb=0 : f32[4,24] @ models/lib/nn.yaml:83:15
%1395 = matmul %1390, %546 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%1396 = add %1014, %1395 : f32[8,24] @ models/lib/nn.yaml:83:15
%1397 = mul %1394, %545 : f32[4,24] @ models/lib/nn.yaml:27:24
%1398 = mul %1394, %542 : f32[4,24] @ models/lib/nn.yaml:27:24
%1399 = mul %543, %543 : f32[4,24] @ models/lib/nn.yaml:27:31
%1400 = neg %1399 : f32[4,24] @ models/lib/nn.yaml:27:31
%1401 = exp %1400 : f32[4,24] @ models/lib/nn.yaml:27:31
%1402 = mul %1401, %1021 : f32[4,24] @ models/lib/nn.yaml:27:31
%1403 = mul %1398, %1402 : f32[4,24] @ models/lib/nn.yaml:27:31
%1404 = mul %1403, %291 : f32[4,24] @ models/lib/nn.yaml:27:37
%1405 = mul %1397, %289 : f32[4,24] @ models/lib/nn.yaml:27:20
%1406 = add %1404, %1405 : f32[4,24] @ models/lib/nn.yaml:27:20
%1407 = reduce_sum %1406 axes=[0] keep=1 : f32[1,24] @ models/lib/nn.yaml:84:18
%1408 = reshape %1407 : f32[24] @ models/lib/nn.yaml:84:18
%1409 = add %1028, %1408 : f32[24] @ models/lib/nn.yaml:84:18
%1410 = matmul %1406, %39 ta=0 tb=0 : f32[4,24] @ models/lib/nn.yaml:83:15
%1411 = matmul %1406, %538 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%1412 = add %1030, %1411 : f32[24,24] @ models/lib/nn.yaml:83:15
%1413 = mul %1410, %537 : f32[4,24] @ models/lib/nn.yaml:27:24
%1414 = mul %1410, %534 : f32[4,24] @ models/lib/nn.yaml:27:24
%1415 = mul %535, %535 : f32[4,24] @ models/lib/nn.yaml:27:31
%1416 = neg %1415 : f32[4,24] @ models/lib/nn.yaml:27:31
%1417 = exp %1416 : f32[4,24] @ models/lib/nn.yaml:27:31
%1418 = mul %1417, %1021 : f32[4,24] @ models/lib/nn.yaml:27:31
%1419 = mul %1414, %1418 : f32[4,24] @ models/lib/nn.yaml:27:31
%1420 = mul %1419, %291 : f32[4,24] @ models/lib/nn.yaml:27:37
%1421 = mul %1413, %289 : f32[4,24] @ models/lib/nn.yaml:27:20
%1422 = add %1420, %1421 : f32[4,24] @ models/lib/nn.yaml:27:20
%1423 = reduce_sum %1422 axes=[0] keep=1 : f32[1,24] @ models/lib/nn.yaml:84:18
%1424 = reshape %1423 : f32[24] @ models/lib/nn.yaml:84:18
%1425 = add %1042, %1424 : f32[24] @ models/lib/nn.yaml:84:18
%1426 = matmul %1422, %37 ta=0 tb=0 : f32[4,16] @ models/lib/nn.yaml:83:15
%1427 = matmul %1422, %530 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%1428 = add %1044, %1427 : f32[24,16] @ models/lib/nn.yaml:83:15
%1429 = reshape %1426 : f32[4,1,16] @ models/dino.yaml:44:34
%1430 = pad %1429 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/dino.yaml:44:34
%1431 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,68] @ models/lib/nn.yaml:96:46
%1432 = reshape %1430 : f32[68,16] @ models/lib/nn.yaml:96:46
%1433 = matmul %1431, %1432 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%1434 = reshape %1433 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1435 = reshape %1434 : f32[16] @ models/lib/nn.yaml:96:46
%1436 = add %1048, %1435 : f32[16] @ models/lib/nn.yaml:96:46
%1437 = mul %1430, %525 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1438 = mul %1430, %524 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1439 = reduce_sum %1438 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1440 = reshape %1439 : f32[16] @ models/lib/nn.yaml:96:37
%1441 = add %1052, %1440 : f32[16] @ models/lib/nn.yaml:96:37
%1442 = mul %1437, %523 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1443 = mul %1437, %517 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1444 = reduce_sum %1443 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%1445 = mul %522, %522 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1446 = mul %522, %1445 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1447 = broadcast %1058 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1448 = mul %1446, %1447 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1449 = mul %1444, %1448 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1450 = div %1449, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1451 = broadcast %1450 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%1452 = mul %1451, %517 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1453 = add %1442, %1452 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1454 = add %1453, %1452 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1455 = neg %1454 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1456 = reduce_sum %1455 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%1457 = div %1456, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1458 = broadcast %1457 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1459 = add %1454, %1458 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1460 = mul %1459, %511 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%1461 = div %1460, %469 : f32[4,17,16] @ models/lib/nn.yaml:50:38
%1462 = reshape %1461 : f32[68,16] @ models/lib/nn.yaml:84:18
%1463 = matmul %1431, %1462 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%1464 = reshape %1463 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1465 = reshape %1464 : f32[16] @ models/lib/nn.yaml:84:18
%1466 = add %1075, %1465 : f32[16] @ models/lib/nn.yaml:84:18
%1467 = matmul %1461, %33 ta=0 tb=0 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%1468 = reshape %502 : f32[68,64] @ models/lib/nn.yaml:83:15
%1469 = reshape %1461 : f32[68,16] @ models/lib/nn.yaml:83:15
%1470 = matmul %1469, %1468 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%1471 = add %1079, %1470 : f32[16,64] @ models/lib/nn.yaml:83:15
%1472 = mul %1467, %501 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%1473 = mul %1467, %498 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%1474 = mul %499, %499 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1475 = neg %1474 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1476 = exp %1475 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1477 = broadcast %1020 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1478 = mul %1476, %1477 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1479 = mul %1473, %1478 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1480 = mul %1479, %177 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%1481 = mul %1472, %174 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%1482 = add %1480, %1481 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%1483 = reshape %1482 : f32[68,64] @ models/lib/nn.yaml:84:18
%1484 = matmul %1431, %1483 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%1485 = reshape %1484 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%1486 = reshape %1485 : f32[64] @ models/lib/nn.yaml:84:18
%1487 = add %1092, %1486 : f32[64] @ models/lib/nn.yaml:84:18
%1488 = matmul %1482, %31 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1489 = reshape %494 : f32[68,16] @ models/lib/nn.yaml:83:15
%1490 = reshape %1482 : f32[68,64] @ models/lib/nn.yaml:83:15
%1491 = matmul %1490, %1489 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%1492 = add %1096, %1491 : f32[64,16] @ models/lib/nn.yaml:83:15
%1493 = reshape %1488 : f32[68,16] @ models/lib/nn.yaml:96:46
%1494 = matmul %1431, %1493 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%1495 = reshape %1494 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1496 = reshape %1495 : f32[16] @ models/lib/nn.yaml:96:46
%1497 = add %1098, %1496 : f32[16] @ models/lib/nn.yaml:96:46
%1498 = mul %1488, %491 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1499 = mul %1488, %490 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1500 = reduce_sum %1499 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1501 = reshape %1500 : f32[16] @ models/lib/nn.yaml:96:37
%1502 = add %1102, %1501 : f32[16] @ models/lib/nn.yaml:96:37
%1503 = mul %1498, %489 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1504 = mul %1498, %483 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1505 = reduce_sum %1504 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%1506 = mul %488, %488 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1507 = mul %488, %1506 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1508 = mul %1507, %1447 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1509 = mul %1505, %1508 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1510 = div %1509, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1511 = broadcast %1510 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%1512 = mul %1511, %483 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1513 = add %1503, %1512 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1514 = add %1513, %1512 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1515 = add %1459, %1514 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1516 = neg %1514 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1517 = reduce_sum %1516 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%1518 = div %1517, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1519 = broadcast %1518 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1520 = add %1515, %1519 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1521 = mul %1520, %477 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%1522 = div %1521, %469 : f32[4,17,16] @ models/lib/nn.yaml:50:38
%1523 = reshape %1522 : f32[68,16] @ models/lib/nn.yaml:84:18
%1524 = matmul %1431, %1523 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%1525 = reshape %1524 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1526 = reshape %1525 : f32[16] @ models/lib/nn.yaml:84:18
%1527 = add %1124, %1526 : f32[16] @ models/lib/nn.yaml:84:18
%1528 = matmul %1522, %27 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1529 = reshape %463 : f32[68,16] @ models/lib/nn.yaml:83:15
%1530 = reshape %1522 : f32[68,16] @ models/lib/nn.yaml:83:15
%1531 = matmul %1530, %1529 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%1532 = add %1128, %1531 : f32[16,16] @ models/lib/nn.yaml:83:15
%1533 = reshape %1528 : f32[4,17,2,8] @ models/lib/nn.yaml:57:16
%1534 = permute %1533 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/nn.yaml:56:13
%1535 = permute %440 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%1536 = reshape %1534 : f32[4,2,17,8,1] @ models/lib/nn.yaml:56:23
%1537 = broadcast %1536 : f32[4,2,17,8,17] @ models/lib/nn.yaml:56:23
%1538 = reshape %1535 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%1539 = broadcast %1538 : f32[4,2,17,8,17] @ models/lib/nn.yaml:56:23
%1540 = mul %1537, %1539 : f32[4,2,17,8,17] @ models/lib/nn.yaml:56:23
%1541 = reduce_sum %1540 axes=[3] keep=0 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1542 = permute %456 perm=[0,1,3,2] : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1543 = reshape %1542 : f32[4,2,17,17,1] @ models/lib/nn.yaml:56:23
%1544 = broadcast %1543 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%1545 = reshape %1534 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1546 = broadcast %1545 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%1547 = mul %1544, %1546 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%1548 = reduce_sum %1547 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%1549 = div %1541, %455 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%1550 = mul %1549, %456 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%1551 = neg %1550 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%1552 = reduce_sum %1551 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:18
%1553 = broadcast %1552 : f32[4,2,17,17] @ models/lib/nn.yaml:15:20
%1554 = add %1549, %1553 : f32[4,2,17,17] @ models/lib/nn.yaml:15:20
%1555 = mul %1554, %453 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%1556 = mul %1555, %133 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%1557 = reshape %1556 : f32[4,2,17,17,1] @ models/lib/nn.yaml:55:23
%1558 = broadcast %1557 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1559 = reshape %438 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%1560 = broadcast %1559 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1561 = mul %1558, %1560 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1562 = reduce_sum %1561 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%1563 = permute %1556 perm=[0,1,3,2] : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%1564 = reshape %1563 : f32[4,2,17,17,1] @ models/lib/nn.yaml:55:23
%1565 = broadcast %1564 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1566 = reshape %436 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%1567 = broadcast %1566 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1568 = mul %1565, %1567 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1569 = reduce_sum %1568 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%1570 = reshape %1548 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:40
%1571 = pad %1570 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:40
%1572 = reshape %1569 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:34
%1573 = pad %1572 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:34
%1574 = add %1571, %1573 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:34
%1575 = reshape %1562 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:28
%1576 = pad %1575 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:28
%1577 = add %1574, %1576 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:28
%1578 = permute %1577 perm=[1,3,0,2,4] : f32[4,17,3,2,8] @ models/lib/nn.yaml:66:13
%1579 = reshape %1578 : f32[4,17,48] @ models/lib/nn.yaml:66:21
%1580 = reshape %1579 : f32[68,48] @ models/lib/nn.yaml:84:18
%1581 = matmul %1431, %1580 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%1582 = reshape %1581 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%1583 = reshape %1582 : f32[48] @ models/lib/nn.yaml:84:18
%1584 = add %1177, %1583 : f32[48] @ models/lib/nn.yaml:84:18
%1585 = matmul %1579, %25 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1586 = reshape %429 : f32[68,16] @ models/lib/nn.yaml:83:15
%1587 = reshape %1578 : f32[68,48] @ models/lib/nn.yaml:83:15
%1588 = matmul %1587, %1586 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%1589 = add %1181, %1588 : f32[48,16] @ models/lib/nn.yaml:83:15
%1590 = reshape %1585 : f32[68,16] @ models/lib/nn.yaml:96:46
%1591 = matmul %1431, %1590 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%1592 = reshape %1591 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1593 = reshape %1592 : f32[16] @ models/lib/nn.yaml:96:46
%1594 = add %1183, %1593 : f32[16] @ models/lib/nn.yaml:96:46
%1595 = mul %1585, %426 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1596 = mul %1585, %425 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1597 = reduce_sum %1596 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1598 = reshape %1597 : f32[16] @ models/lib/nn.yaml:96:37
%1599 = add %1187, %1598 : f32[16] @ models/lib/nn.yaml:96:37
%1600 = mul %1595, %424 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1601 = mul %1595, %418 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1602 = reduce_sum %1601 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%1603 = mul %423, %423 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1604 = mul %423, %1603 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1605 = mul %1604, %1447 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1606 = mul %1602, %1605 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1607 = div %1606, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1608 = broadcast %1607 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%1609 = mul %1608, %418 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1610 = add %1600, %1609 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1611 = add %1610, %1609 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1612 = add %1520, %1611 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1613 = neg %1611 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1614 = reduce_sum %1613 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%1615 = div %1614, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1616 = broadcast %1615 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1617 = add %1612, %1616 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1618 = reshape %1617 : f32[68,16] @ models/lib/nn.yaml:84:18
%1619 = matmul %1431, %1618 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%1620 = reshape %1619 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1621 = reshape %1620 : f32[16] @ models/lib/nn.yaml:84:18
%1622 = add %1207, %1621 : f32[16] @ models/lib/nn.yaml:84:18
%1623 = matmul %1617, %21 ta=0 tb=0 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%1624 = reshape %410 : f32[68,64] @ models/lib/nn.yaml:83:15
%1625 = reshape %1617 : f32[68,16] @ models/lib/nn.yaml:83:15
%1626 = matmul %1625, %1624 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%1627 = add %1211, %1626 : f32[16,64] @ models/lib/nn.yaml:83:15
%1628 = mul %1623, %409 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%1629 = mul %1623, %406 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%1630 = mul %407, %407 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1631 = neg %1630 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1632 = exp %1631 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1633 = mul %1632, %1477 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1634 = mul %1629, %1633 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1635 = mul %1634, %177 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%1636 = mul %1628, %174 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%1637 = add %1635, %1636 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%1638 = reshape %1637 : f32[68,64] @ models/lib/nn.yaml:84:18
%1639 = matmul %1431, %1638 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%1640 = reshape %1639 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%1641 = reshape %1640 : f32[64] @ models/lib/nn.yaml:84:18
%1642 = add %1223, %1641 : f32[64] @ models/lib/nn.yaml:84:18
%1643 = matmul %1637, %19 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1644 = reshape %402 : f32[68,16] @ models/lib/nn.yaml:83:15
%1645 = reshape %1637 : f32[68,64] @ models/lib/nn.yaml:83:15
%1646 = matmul %1645, %1644 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%1647 = add %1227, %1646 : f32[64,16] @ models/lib/nn.yaml:83:15
%1648 = reshape %1643 : f32[68,16] @ models/lib/nn.yaml:96:46
%1649 = matmul %1431, %1648 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%1650 = reshape %1649 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1651 = reshape %1650 : f32[16] @ models/lib/nn.yaml:96:46
%1652 = add %1229, %1651 : f32[16] @ models/lib/nn.yaml:96:46
%1653 = mul %1643, %399 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1654 = mul %1643, %398 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1655 = reduce_sum %1654 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1656 = reshape %1655 : f32[16] @ models/lib/nn.yaml:96:37
%1657 = add %1233, %1656 : f32[16] @ models/lib/nn.yaml:96:37
%1658 = mul %1653, %397 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1659 = mul %1653, %391 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1660 = reduce_sum %1659 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%1661 = mul %396, %396 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1662 = mul %396, %1661 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1663 = mul %1662, %1447 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1664 = mul %1660, %1663 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1665 = div %1664, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1666 = broadcast %1665 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%1667 = mul %1666, %391 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1668 = add %1658, %1667 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1669 = add %1668, %1667 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1670 = add %1617, %1669 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1671 = neg %1669 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1672 = reduce_sum %1671 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%1673 = div %1672, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1674 = broadcast %1673 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1675 = add %1670, %1674 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1676 = reshape %1675 : f32[68,16] @ models/lib/nn.yaml:84:18
%1677 = matmul %1431, %1676 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%1678 = reshape %1677 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1679 = reshape %1678 : f32[16] @ models/lib/nn.yaml:84:18
%1680 = add %1253, %1679 : f32[16] @ models/lib/nn.yaml:84:18
%1681 = matmul %1675, %15 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1682 = reshape %382 : f32[68,16] @ models/lib/nn.yaml:83:15
%1683 = reshape %1675 : f32[68,16] @ models/lib/nn.yaml:83:15
%1684 = matmul %1683, %1682 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%1685 = add %1257, %1684 : f32[16,16] @ models/lib/nn.yaml:83:15
%1686 = reshape %1681 : f32[4,17,2,8] @ models/lib/nn.yaml:57:16
%1687 = permute %1686 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/nn.yaml:56:13
%1688 = permute %359 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%1689 = reshape %1687 : f32[4,2,17,8,1] @ models/lib/nn.yaml:56:23
%1690 = broadcast %1689 : f32[4,2,17,8,17] @ models/lib/nn.yaml:56:23
%1691 = reshape %1688 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%1692 = broadcast %1691 : f32[4,2,17,8,17] @ models/lib/nn.yaml:56:23
%1693 = mul %1690, %1692 : f32[4,2,17,8,17] @ models/lib/nn.yaml:56:23
%1694 = reduce_sum %1693 axes=[3] keep=0 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1695 = permute %375 perm=[0,1,3,2] : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1696 = reshape %1695 : f32[4,2,17,17,1] @ models/lib/nn.yaml:56:23
%1697 = broadcast %1696 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%1698 = reshape %1687 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1699 = broadcast %1698 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%1700 = mul %1697, %1699 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%1701 = reduce_sum %1700 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%1702 = div %1694, %374 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%1703 = mul %1702, %375 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%1704 = neg %1703 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%1705 = reduce_sum %1704 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:18
%1706 = broadcast %1705 : f32[4,2,17,17] @ models/lib/nn.yaml:15:20
%1707 = add %1702, %1706 : f32[4,2,17,17] @ models/lib/nn.yaml:15:20
%1708 = mul %1707, %372 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%1709 = mul %1708, %133 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%1710 = reshape %1709 : f32[4,2,17,17,1] @ models/lib/nn.yaml:55:23
%1711 = broadcast %1710 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1712 = reshape %357 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%1713 = broadcast %1712 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1714 = mul %1711, %1713 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1715 = reduce_sum %1714 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%1716 = permute %1709 perm=[0,1,3,2] : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%1717 = reshape %1716 : f32[4,2,17,17,1] @ models/lib/nn.yaml:55:23
%1718 = broadcast %1717 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1719 = reshape %355 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%1720 = broadcast %1719 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1721 = mul %1718, %1720 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1722 = reduce_sum %1721 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%1723 = reshape %1701 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:40
%1724 = pad %1723 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:40
%1725 = reshape %1722 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:34
%1726 = pad %1725 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:34
%1727 = add %1724, %1726 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:34
%1728 = reshape %1715 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:28
%1729 = pad %1728 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:28
%1730 = add %1727, %1729 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:28
%1731 = permute %1730 perm=[1,3,0,2,4] : f32[4,17,3,2,8] @ models/lib/nn.yaml:66:13
%1732 = reshape %1731 : f32[4,17,48] @ models/lib/nn.yaml:66:21
%1733 = reshape %1732 : f32[68,48] @ models/lib/nn.yaml:84:18
%1734 = matmul %1431, %1733 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%1735 = reshape %1734 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%1736 = reshape %1735 : f32[48] @ models/lib/nn.yaml:84:18
%1737 = add %1306, %1736 : f32[48] @ models/lib/nn.yaml:84:18
%1738 = matmul %1732, %13 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1739 = reshape %348 : f32[68,16] @ models/lib/nn.yaml:83:15
%1740 = reshape %1731 : f32[68,48] @ models/lib/nn.yaml:83:15
%1741 = matmul %1740, %1739 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%1742 = add %1310, %1741 : f32[48,16] @ models/lib/nn.yaml:83:15
%1743 = reshape %1738 : f32[68,16] @ models/lib/nn.yaml:96:46
%1744 = matmul %1431, %1743 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%1745 = reshape %1744 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1746 = reshape %1745 : f32[16] @ models/lib/nn.yaml:96:46
%1747 = add %1312, %1746 : f32[16] @ models/lib/nn.yaml:96:46
%1748 = mul %1738, %345 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1749 = mul %1738, %344 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1750 = reduce_sum %1749 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1751 = reshape %1750 : f32[16] @ models/lib/nn.yaml:96:37
%1752 = add %1316, %1751 : f32[16] @ models/lib/nn.yaml:96:37
%1753 = mul %1748, %343 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1754 = mul %1748, %337 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1755 = reduce_sum %1754 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%1756 = mul %342, %342 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1757 = mul %342, %1756 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1758 = mul %1757, %1447 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1759 = mul %1755, %1758 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1760 = div %1759, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1761 = broadcast %1760 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%1762 = mul %1761, %337 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1763 = add %1753, %1762 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1764 = add %1763, %1762 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1765 = add %1675, %1764 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1766 = neg %1764 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1767 = reduce_sum %1766 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%1768 = div %1767, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1769 = broadcast %1768 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1770 = add %1765, %1769 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1771 = reduce_sum %1770 axes=[0] keep=1 : f32[1,17,16] @ models/lib/vit.yaml:62:15
%1772 = add %1349, %1771 : f32[1,17,16] @ models/lib/vit.yaml:62:15
%1773 = slice %1770 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:61:13
%1774 = slice %1770 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:61:13
%1775 = reduce_sum %1773 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:61:20
%1776 = add %1352, %1775 : f32[1,1,16] @ models/lib/vit.yaml:61:20
%1777 = reduce_sum %1774 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%1778 = reshape %1777 : f32[16] @ models/lib/vit.yaml:17:71
%1779 = add %1354, %1778 : f32[16] @ models/lib/vit.yaml:17:71
%1780 = reshape %85 : f32[64,48] @ models/lib/vit.yaml:17:18
%1781 = reshape %1774 : f32[64,16] @ models/lib/vit.yaml:17:18
%1782 = matmul %1781, %1780 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%1783 = reshape %1782 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%1784 = add %1358, %1783 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%1785 = all_reduce_sum %1776 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1786 = reshape %1785 : f32[16] @ models/lib/vit.yaml:47:7
%1787 = mul %1786, %1786 : f32[16] @ models/lib/vit.yaml:47:7
%1788 = reduce_sum %1787 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:47:7
%1789 = sqrt %1788 : f32[] @ models/lib/vit.yaml:47:7
%1790 = cast %1789 : f64[] @ models/lib/vit.yaml:47:7
%1791 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:47:7
%1792 = add %1790, %1791 : f64[] @ models/lib/vit.yaml:47:7
%1793 = const data=[3] : f64[] @ models/lib/vit.yaml:47:7
%1794 = div %1793, %1792 : f64[] @ models/lib/vit.yaml:47:7
%1795 = const data=[1] : f64[] @ models/lib/vit.yaml:47:7
%1796 = lt %1794, %1795 : bool[] @ models/lib/vit.yaml:47:7
%1797 = cast %1794 : f32[] @ models/lib/vit.yaml:47:7
%1798 = broadcast %1797 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1799 = mul %1785, %1798 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1800 = broadcast %1796 : bool[1,1,16] @ models/lib/vit.yaml:47:7
%1801 = select %1800, %1799, %1785 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1802 = state name="adam_m.backbone.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1803 = state name="adam_v.backbone.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1804 = state name="adam_t.backbone.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:47:7
%1805 = const data=[1] : i64[] @ models/lib/vit.yaml:47:7
%1806 = add %1804, %1805 : i64[] @ models/lib/vit.yaml:47:7
%1807 = mul %931, %932 : f64[] @ models/lib/vit.yaml:47:7
%1808 = sub %1795, %1807 : f64[] @ models/lib/vit.yaml:47:7
%1809 = cast %1808 : f32[] @ models/lib/vit.yaml:47:7
%1810 = broadcast %1809 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1811 = mul %7, %1810 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1812 = broadcast %826 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1813 = mul %1801, %1812 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1814 = const data=[0.9] : f64[] @ models/lib/vit.yaml:47:7
%1815 = broadcast %468 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1816 = mul %1802, %1815 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1817 = add %1816, %1813 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1818 = mul %1801, %1801 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1819 = const data=[0.001] : f32[] @ models/lib/vit.yaml:47:7
%1820 = broadcast %1819 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1821 = mul %1818, %1820 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1822 = const data=[0.999] : f64[] @ models/lib/vit.yaml:47:7
%1823 = const data=[0.999] : f32[] @ models/lib/vit.yaml:47:7
%1824 = broadcast %1823 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1825 = mul %1803, %1824 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1826 = add %1825, %1821 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1827 = cast %1806 : f64[] @ models/lib/vit.yaml:47:7
%1828 = pow %1814, %1827 : f64[] @ models/lib/vit.yaml:47:7
%1829 = sub %1795, %1828 : f64[] @ models/lib/vit.yaml:47:7
%1830 = div %931, %1829 : f64[] @ models/lib/vit.yaml:47:7
%1831 = pow %1822, %1827 : f64[] @ models/lib/vit.yaml:47:7
%1832 = sub %1795, %1831 : f64[] @ models/lib/vit.yaml:47:7
%1833 = sqrt %1832 : f64[] @ models/lib/vit.yaml:47:7
%1834 = div %1795, %1833 : f64[] @ models/lib/vit.yaml:47:7
%1835 = sqrt %1826 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1836 = cast %1834 : f32[] @ models/lib/vit.yaml:47:7
%1837 = broadcast %1836 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1838 = mul %1835, %1837 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1839 = const data=[1e-08] : f32[] @ models/lib/vit.yaml:47:7
%1840 = broadcast %1839 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1841 = add %1838, %1840 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1842 = div %1817, %1841 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1843 = cast %1830 : f32[] @ models/lib/vit.yaml:47:7
%1844 = broadcast %1843 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1845 = mul %1842, %1844 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1846 = sub %1811, %1845 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1847 = assign %7, %1846 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1848 = assign %1802, %1817 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1849 = assign %1803, %1826 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1850 = assign %1804, %1806 : i64[] @ models/lib/vit.yaml:47:7
%1851 = cast %933 : f32[] @ models/lib/vit.yaml:47:7
%1852 = broadcast %1851 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1853 = mul %45, %1852 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1854 = sub %1795, %933 : f64[] @ models/lib/vit.yaml:47:7
%1855 = cast %1854 : f32[] @ models/lib/vit.yaml:47:7
%1856 = broadcast %1855 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1857 = mul %1846, %1856 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1858 = add %1853, %1857 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1859 = assign %45, %1858 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1860 = all_reduce_sum %1772 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1861 = reshape %1860 : f32[272] @ models/lib/vit.yaml:48:7
%1862 = mul %1861, %1861 : f32[272] @ models/lib/vit.yaml:48:7
%1863 = reduce_sum %1862 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:48:7
%1864 = sqrt %1863 : f32[] @ models/lib/vit.yaml:48:7
%1865 = cast %1864 : f64[] @ models/lib/vit.yaml:48:7
%1866 = add %1865, %1791 : f64[] @ models/lib/vit.yaml:48:7
%1867 = div %1793, %1866 : f64[] @ models/lib/vit.yaml:48:7
%1868 = lt %1867, %1795 : bool[] @ models/lib/vit.yaml:48:7
%1869 = cast %1867 : f32[] @ models/lib/vit.yaml:48:7
%1870 = broadcast %1869 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1871 = mul %1860, %1870 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1872 = broadcast %1868 : bool[1,17,16] @ models/lib/vit.yaml:48:7
%1873 = select %1872, %1871, %1860 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1874 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1875 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1876 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%1877 = add %1876, %1805 : i64[] @ models/lib/vit.yaml:48:7
%1878 = broadcast %1809 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1879 = mul %8, %1878 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1880 = broadcast %826 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1881 = mul %1873, %1880 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1882 = broadcast %468 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1883 = mul %1874, %1882 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1884 = add %1883, %1881 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1885 = mul %1873, %1873 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1886 = broadcast %1819 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1887 = mul %1885, %1886 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1888 = broadcast %1823 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1889 = mul %1875, %1888 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1890 = add %1889, %1887 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1891 = cast %1877 : f64[] @ models/lib/vit.yaml:48:7
%1892 = pow %1814, %1891 : f64[] @ models/lib/vit.yaml:48:7
%1893 = sub %1795, %1892 : f64[] @ models/lib/vit.yaml:48:7
%1894 = div %931, %1893 : f64[] @ models/lib/vit.yaml:48:7
%1895 = pow %1822, %1891 : f64[] @ models/lib/vit.yaml:48:7
%1896 = sub %1795, %1895 : f64[] @ models/lib/vit.yaml:48:7
%1897 = sqrt %1896 : f64[] @ models/lib/vit.yaml:48:7
%1898 = div %1795, %1897 : f64[] @ models/lib/vit.yaml:48:7
%1899 = sqrt %1890 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1900 = cast %1898 : f32[] @ models/lib/vit.yaml:48:7
%1901 = broadcast %1900 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1902 = mul %1899, %1901 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1903 = broadcast %1839 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1904 = add %1902, %1903 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1905 = div %1884, %1904 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1906 = cast %1894 : f32[] @ models/lib/vit.yaml:48:7
%1907 = broadcast %1906 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1908 = mul %1905, %1907 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1909 = sub %1879, %1908 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1910 = assign %8, %1909 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1911 = assign %1874, %1884 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1912 = assign %1875, %1890 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1913 = assign %1876, %1877 : i64[] @ models/lib/vit.yaml:48:7
%1914 = broadcast %1851 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1915 = mul %46, %1914 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1916 = broadcast %1855 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1917 = mul %1909, %1916 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1918 = add %1915, %1917 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1919 = assign %46, %1918 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1920 = all_reduce_sum %1784 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1921 = reshape %1920 : f32[768] @ models/lib/vit.yaml:9:7
%1922 = mul %1921, %1921 : f32[768] @ models/lib/vit.yaml:9:7
%1923 = reduce_sum %1922 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:9:7
%1924 = sqrt %1923 : f32[] @ models/lib/vit.yaml:9:7
%1925 = cast %1924 : f64[] @ models/lib/vit.yaml:9:7
%1926 = add %1925, %1791 : f64[] @ models/lib/vit.yaml:9:7
%1927 = div %1793, %1926 : f64[] @ models/lib/vit.yaml:9:7
%1928 = lt %1927, %1795 : bool[] @ models/lib/vit.yaml:9:7
%1929 = cast %1927 : f32[] @ models/lib/vit.yaml:9:7
%1930 = broadcast %1929 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1931 = mul %1920, %1930 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1932 = broadcast %1928 : bool[16,3,4,4] @ models/lib/vit.yaml:9:7
%1933 = select %1932, %1931, %1920 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1934 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1935 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1936 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%1937 = add %1936, %1805 : i64[] @ models/lib/vit.yaml:9:7
%1938 = broadcast %1809 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1939 = mul %9, %1938 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1940 = broadcast %826 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1941 = mul %1933, %1940 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1942 = broadcast %468 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1943 = mul %1934, %1942 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1944 = add %1943, %1941 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1945 = mul %1933, %1933 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1946 = broadcast %1819 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1947 = mul %1945, %1946 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1948 = broadcast %1823 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1949 = mul %1935, %1948 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1950 = add %1949, %1947 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1951 = cast %1937 : f64[] @ models/lib/vit.yaml:9:7
%1952 = pow %1814, %1951 : f64[] @ models/lib/vit.yaml:9:7
%1953 = sub %1795, %1952 : f64[] @ models/lib/vit.yaml:9:7
%1954 = div %931, %1953 : f64[] @ models/lib/vit.yaml:9:7
%1955 = pow %1822, %1951 : f64[] @ models/lib/vit.yaml:9:7
%1956 = sub %1795, %1955 : f64[] @ models/lib/vit.yaml:9:7
%1957 = sqrt %1956 : f64[] @ models/lib/vit.yaml:9:7
%1958 = div %1795, %1957 : f64[] @ models/lib/vit.yaml:9:7
%1959 = sqrt %1950 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1960 = cast %1958 : f32[] @ models/lib/vit.yaml:9:7
%1961 = broadcast %1960 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1962 = mul %1959, %1961 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1963 = broadcast %1839 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1964 = add %1962, %1963 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1965 = div %1944, %1964 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1966 = cast %1954 : f32[] @ models/lib/vit.yaml:9:7
%1967 = broadcast %1966 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1968 = mul %1965, %1967 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1969 = sub %1939, %1968 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1970 = assign %9, %1969 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1971 = assign %1934, %1944 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1972 = assign %1935, %1950 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1973 = assign %1936, %1937 : i64[] @ models/lib/vit.yaml:9:7
%1974 = broadcast %1851 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1975 = mul %47, %1974 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1976 = broadcast %1855 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1977 = mul %1969, %1976 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1978 = add %1975, %1977 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1979 = assign %47, %1978 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1980 = all_reduce_sum %1779 : f32[16] @ models/lib/vit.yaml:10:7
%1981 = mul %1980, %1980 : f32[16] @ models/lib/vit.yaml:10:7
%1982 = reduce_sum %1981 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:10:7
%1983 = sqrt %1982 : f32[] @ models/lib/vit.yaml:10:7
%1984 = cast %1983 : f64[] @ models/lib/vit.yaml:10:7
%1985 = add %1984, %1791 : f64[] @ models/lib/vit.yaml:10:7
%1986 = div %1793, %1985 : f64[] @ models/lib/vit.yaml:10:7
%1987 = lt %1986, %1795 : bool[] @ models/lib/vit.yaml:10:7
%1988 = cast %1986 : f32[] @ models/lib/vit.yaml:10:7
%1989 = broadcast %1988 : f32[16] @ models/lib/vit.yaml:10:7
%1990 = mul %1980, %1989 : f32[16] @ models/lib/vit.yaml:10:7
%1991 = broadcast %1987 : bool[16] @ models/lib/vit.yaml:10:7
%1992 = select %1991, %1990, %1980 : f32[16] @ models/lib/vit.yaml:10:7
%1993 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%1994 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%1995 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%1996 = add %1995, %1805 : i64[] @ models/lib/vit.yaml:10:7
%1997 = broadcast %826 : f32[16] @ models/lib/vit.yaml:10:7
%1998 = mul %1992, %1997 : f32[16] @ models/lib/vit.yaml:10:7
%1999 = broadcast %468 : f32[16] @ models/lib/vit.yaml:10:7
%2000 = mul %1993, %1999 : f32[16] @ models/lib/vit.yaml:10:7
%2001 = add %2000, %1998 : f32[16] @ models/lib/vit.yaml:10:7
%2002 = mul %1992, %1992 : f32[16] @ models/lib/vit.yaml:10:7
%2003 = broadcast %1819 : f32[16] @ models/lib/vit.yaml:10:7
%2004 = mul %2002, %2003 : f32[16] @ models/lib/vit.yaml:10:7
%2005 = broadcast %1823 : f32[16] @ models/lib/vit.yaml:10:7
%2006 = mul %1994, %2005 : f32[16] @ models/lib/vit.yaml:10:7
%2007 = add %2006, %2004 : f32[16] @ models/lib/vit.yaml:10:7
%2008 = cast %1996 : f64[] @ models/lib/vit.yaml:10:7
%2009 = pow %1814, %2008 : f64[] @ models/lib/vit.yaml:10:7
%2010 = sub %1795, %2009 : f64[] @ models/lib/vit.yaml:10:7
%2011 = div %931, %2010 : f64[] @ models/lib/vit.yaml:10:7
%2012 = pow %1822, %2008 : f64[] @ models/lib/vit.yaml:10:7
%2013 = sub %1795, %2012 : f64[] @ models/lib/vit.yaml:10:7
%2014 = sqrt %2013 : f64[] @ models/lib/vit.yaml:10:7
%2015 = div %1795, %2014 : f64[] @ models/lib/vit.yaml:10:7
%2016 = sqrt %2007 : f32[16] @ models/lib/vit.yaml:10:7
%2017 = cast %2015 : f32[] @ models/lib/vit.yaml:10:7
%2018 = broadcast %2017 : f32[16] @ models/lib/vit.yaml:10:7
%2019 = mul %2016, %2018 : f32[16] @ models/lib/vit.yaml:10:7
%2020 = broadcast %1839 : f32[16] @ models/lib/vit.yaml:10:7
%2021 = add %2019, %2020 : f32[16] @ models/lib/vit.yaml:10:7
%2022 = div %2001, %2021 : f32[16] @ models/lib/vit.yaml:10:7
%2023 = cast %2011 : f32[] @ models/lib/vit.yaml:10:7
%2024 = broadcast %2023 : f32[16] @ models/lib/vit.yaml:10:7
%2025 = mul %2022, %2024 : f32[16] @ models/lib/vit.yaml:10:7
%2026 = sub %10, %2025 : f32[16] @ models/lib/vit.yaml:10:7
%2027 = assign %10, %2026 : f32[16] @ models/lib/vit.yaml:10:7
%2028 = assign %1993, %2001 : f32[16] @ models/lib/vit.yaml:10:7
%2029 = assign %1994, %2007 : f32[16] @ models/lib/vit.yaml:10:7
%2030 = assign %1995, %1996 : i64[] @ models/lib/vit.yaml:10:7
%2031 = broadcast %1851 : f32[16] @ models/lib/vit.yaml:10:7
%2032 = mul %48, %2031 : f32[16] @ models/lib/vit.yaml:10:7
%2033 = broadcast %1855 : f32[16] @ models/lib/vit.yaml:10:7
%2034 = mul %2026, %2033 : f32[16] @ models/lib/vit.yaml:10:7
%2035 = add %2032, %2034 : f32[16] @ models/lib/vit.yaml:10:7
%2036 = assign %48, %2035 : f32[16] @ models/lib/vit.yaml:10:7
%2037 = all_reduce_sum %1752 : f32[16] @ models/lib/nn.yaml:89:7
%2038 = mul %2037, %2037 : f32[16] @ models/lib/nn.yaml:89:7
%2039 = reduce_sum %2038 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%2040 = sqrt %2039 : f32[] @ models/lib/nn.yaml:89:7
%2041 = cast %2040 : f64[] @ models/lib/nn.yaml:89:7
%2042 = add %2041, %1791 : f64[] @ models/lib/nn.yaml:89:7
%2043 = div %1793, %2042 : f64[] @ models/lib/nn.yaml:89:7
%2044 = lt %2043, %1795 : bool[] @ models/lib/nn.yaml:89:7
%2045 = cast %2043 : f32[] @ models/lib/nn.yaml:89:7
%2046 = broadcast %2045 : f32[16] @ models/lib/nn.yaml:89:7
%2047 = mul %2037, %2046 : f32[16] @ models/lib/nn.yaml:89:7
%2048 = broadcast %2044 : bool[16] @ models/lib/nn.yaml:89:7
%2049 = select %2048, %2047, %2037 : f32[16] @ models/lib/nn.yaml:89:7
%2050 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%2051 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%2052 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%2053 = add %2052, %1805 : i64[] @ models/lib/nn.yaml:89:7
%2054 = mul %2049, %1997 : f32[16] @ models/lib/nn.yaml:89:7
%2055 = mul %2050, %1999 : f32[16] @ models/lib/nn.yaml:89:7
%2056 = add %2055, %2054 : f32[16] @ models/lib/nn.yaml:89:7
%2057 = mul %2049, %2049 : f32[16] @ models/lib/nn.yaml:89:7
%2058 = mul %2057, %2003 : f32[16] @ models/lib/nn.yaml:89:7
%2059 = mul %2051, %2005 : f32[16] @ models/lib/nn.yaml:89:7
%2060 = add %2059, %2058 : f32[16] @ models/lib/nn.yaml:89:7
%2061 = cast %2053 : f64[] @ models/lib/nn.yaml:89:7
%2062 = pow %1814, %2061 : f64[] @ models/lib/nn.yaml:89:7
%2063 = sub %1795, %2062 : f64[] @ models/lib/nn.yaml:89:7
%2064 = div %931, %2063 : f64[] @ models/lib/nn.yaml:89:7
%2065 = pow %1822, %2061 : f64[] @ models/lib/nn.yaml:89:7
%2066 = sub %1795, %2065 : f64[] @ models/lib/nn.yaml:89:7
%2067 = sqrt %2066 : f64[] @ models/lib/nn.yaml:89:7
%2068 = div %1795, %2067 : f64[] @ models/lib/nn.yaml:89:7
%2069 = sqrt %2060 : f32[16] @ models/lib/nn.yaml:89:7
%2070 = cast %2068 : f32[] @ models/lib/nn.yaml:89:7
%2071 = broadcast %2070 : f32[16] @ models/lib/nn.yaml:89:7
%2072 = mul %2069, %2071 : f32[16] @ models/lib/nn.yaml:89:7
%2073 = add %2072, %2020 : f32[16] @ models/lib/nn.yaml:89:7
%2074 = div %2056, %2073 : f32[16] @ models/lib/nn.yaml:89:7
%2075 = cast %2064 : f32[] @ models/lib/nn.yaml:89:7
%2076 = broadcast %2075 : f32[16] @ models/lib/nn.yaml:89:7
%2077 = mul %2074, %2076 : f32[16] @ models/lib/nn.yaml:89:7
%2078 = sub %11, %2077 : f32[16] @ models/lib/nn.yaml:89:7
%2079 = assign %11, %2078 : f32[16] @ models/lib/nn.yaml:89:7
%2080 = assign %2050, %2056 : f32[16] @ models/lib/nn.yaml:89:7
%2081 = assign %2051, %2060 : f32[16] @ models/lib/nn.yaml:89:7
%2082 = assign %2052, %2053 : i64[] @ models/lib/nn.yaml:89:7
%2083 = mul %49, %2031 : f32[16] @ models/lib/nn.yaml:89:7
%2084 = mul %2078, %2033 : f32[16] @ models/lib/nn.yaml:89:7
%2085 = add %2083, %2084 : f32[16] @ models/lib/nn.yaml:89:7
%2086 = assign %49, %2085 : f32[16] @ models/lib/nn.yaml:89:7
%2087 = all_reduce_sum %1747 : f32[16] @ models/lib/nn.yaml:90:7
%2088 = mul %2087, %2087 : f32[16] @ models/lib/nn.yaml:90:7
%2089 = reduce_sum %2088 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%2090 = sqrt %2089 : f32[] @ models/lib/nn.yaml:90:7
%2091 = cast %2090 : f64[] @ models/lib/nn.yaml:90:7
%2092 = add %2091, %1791 : f64[] @ models/lib/nn.yaml:90:7
%2093 = div %1793, %2092 : f64[] @ models/lib/nn.yaml:90:7
%2094 = lt %2093, %1795 : bool[] @ models/lib/nn.yaml:90:7
%2095 = cast %2093 : f32[] @ models/lib/nn.yaml:90:7
%2096 = broadcast %2095 : f32[16] @ models/lib/nn.yaml:90:7
%2097 = mul %2087, %2096 : f32[16] @ models/lib/nn.yaml:90:7
%2098 = broadcast %2094 : bool[16] @ models/lib/nn.yaml:90:7
%2099 = select %2098, %2097, %2087 : f32[16] @ models/lib/nn.yaml:90:7
%2100 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%2101 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%2102 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%2103 = add %2102, %1805 : i64[] @ models/lib/nn.yaml:90:7
%2104 = mul %2099, %1997 : f32[16] @ models/lib/nn.yaml:90:7
%2105 = mul %2100, %1999 : f32[16] @ models/lib/nn.yaml:90:7
%2106 = add %2105, %2104 : f32[16] @ models/lib/nn.yaml:90:7
%2107 = mul %2099, %2099 : f32[16] @ models/lib/nn.yaml:90:7
%2108 = mul %2107, %2003 : f32[16] @ models/lib/nn.yaml:90:7
%2109 = mul %2101, %2005 : f32[16] @ models/lib/nn.yaml:90:7
%2110 = add %2109, %2108 : f32[16] @ models/lib/nn.yaml:90:7
%2111 = cast %2103 : f64[] @ models/lib/nn.yaml:90:7
%2112 = pow %1814, %2111 : f64[] @ models/lib/nn.yaml:90:7
%2113 = sub %1795, %2112 : f64[] @ models/lib/nn.yaml:90:7
%2114 = div %931, %2113 : f64[] @ models/lib/nn.yaml:90:7
%2115 = pow %1822, %2111 : f64[] @ models/lib/nn.yaml:90:7
%2116 = sub %1795, %2115 : f64[] @ models/lib/nn.yaml:90:7
%2117 = sqrt %2116 : f64[] @ models/lib/nn.yaml:90:7
%2118 = div %1795, %2117 : f64[] @ models/lib/nn.yaml:90:7
%2119 = sqrt %2110 : f32[16] @ models/lib/nn.yaml:90:7
%2120 = cast %2118 : f32[] @ models/lib/nn.yaml:90:7
%2121 = broadcast %2120 : f32[16] @ models/lib/nn.yaml:90:7
%2122 = mul %2119, %2121 : f32[16] @ models/lib/nn.yaml:90:7
%2123 = add %2122, %2020 : f32[16] @ models/lib/nn.yaml:90:7
%2124 = div %2106, %2123 : f32[16] @ models/lib/nn.yaml:90:7
%2125 = cast %2114 : f32[] @ models/lib/nn.yaml:90:7
%2126 = broadcast %2125 : f32[16] @ models/lib/nn.yaml:90:7
%2127 = mul %2124, %2126 : f32[16] @ models/lib/nn.yaml:90:7
%2128 = sub %12, %2127 : f32[16] @ models/lib/nn.yaml:90:7
%2129 = assign %12, %2128 : f32[16] @ models/lib/nn.yaml:90:7
%2130 = assign %2100, %2106 : f32[16] @ models/lib/nn.yaml:90:7
%2131 = assign %2101, %2110 : f32[16] @ models/lib/nn.yaml:90:7
%2132 = assign %2102, %2103 : i64[] @ models/lib/nn.yaml:90:7
%2133 = mul %50, %2031 : f32[16] @ models/lib/nn.yaml:90:7
%2134 = mul %2128, %2033 : f32[16] @ models/lib/nn.yaml:90:7
%2135 = add %2133, %2134 : f32[16] @ models/lib/nn.yaml:90:7
%2136 = assign %50, %2135 : f32[16] @ models/lib/nn.yaml:90:7
%2137 = all_reduce_sum %1742 : f32[48,16] @ models/lib/nn.yaml:79:7
%2138 = reshape %2137 : f32[768] @ models/lib/nn.yaml:79:7
%2139 = mul %2138, %2138 : f32[768] @ models/lib/nn.yaml:79:7
%2140 = reduce_sum %2139 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%2141 = sqrt %2140 : f32[] @ models/lib/nn.yaml:79:7
%2142 = cast %2141 : f64[] @ models/lib/nn.yaml:79:7
%2143 = add %2142, %1791 : f64[] @ models/lib/nn.yaml:79:7
%2144 = div %1793, %2143 : f64[] @ models/lib/nn.yaml:79:7
%2145 = lt %2144, %1795 : bool[] @ models/lib/nn.yaml:79:7
%2146 = cast %2144 : f32[] @ models/lib/nn.yaml:79:7
%2147 = broadcast %2146 : f32[48,16] @ models/lib/nn.yaml:79:7
%2148 = mul %2137, %2147 : f32[48,16] @ models/lib/nn.yaml:79:7
%2149 = broadcast %2145 : bool[48,16] @ models/lib/nn.yaml:79:7
%2150 = select %2149, %2148, %2137 : f32[48,16] @ models/lib/nn.yaml:79:7
%2151 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%2152 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%2153 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%2154 = add %2153, %1805 : i64[] @ models/lib/nn.yaml:79:7
%2155 = broadcast %1809 : f32[48,16] @ models/lib/nn.yaml:79:7
%2156 = mul %13, %2155 : f32[48,16] @ models/lib/nn.yaml:79:7
%2157 = broadcast %826 : f32[48,16] @ models/lib/nn.yaml:79:7
%2158 = mul %2150, %2157 : f32[48,16] @ models/lib/nn.yaml:79:7
%2159 = broadcast %468 : f32[48,16] @ models/lib/nn.yaml:79:7
%2160 = mul %2151, %2159 : f32[48,16] @ models/lib/nn.yaml:79:7
%2161 = add %2160, %2158 : f32[48,16] @ models/lib/nn.yaml:79:7
%2162 = mul %2150, %2150 : f32[48,16] @ models/lib/nn.yaml:79:7
%2163 = broadcast %1819 : f32[48,16] @ models/lib/nn.yaml:79:7
%2164 = mul %2162, %2163 : f32[48,16] @ models/lib/nn.yaml:79:7
%2165 = broadcast %1823 : f32[48,16] @ models/lib/nn.yaml:79:7
%2166 = mul %2152, %2165 : f32[48,16] @ models/lib/nn.yaml:79:7
%2167 = add %2166, %2164 : f32[48,16] @ models/lib/nn.yaml:79:7
%2168 = cast %2154 : f64[] @ models/lib/nn.yaml:79:7
%2169 = pow %1814, %2168 : f64[] @ models/lib/nn.yaml:79:7
%2170 = sub %1795, %2169 : f64[] @ models/lib/nn.yaml:79:7
%2171 = div %931, %2170 : f64[] @ models/lib/nn.yaml:79:7
%2172 = pow %1822, %2168 : f64[] @ models/lib/nn.yaml:79:7
%2173 = sub %1795, %2172 : f64[] @ models/lib/nn.yaml:79:7
%2174 = sqrt %2173 : f64[] @ models/lib/nn.yaml:79:7
%2175 = div %1795, %2174 : f64[] @ models/lib/nn.yaml:79:7
%2176 = sqrt %2167 : f32[48,16] @ models/lib/nn.yaml:79:7
%2177 = cast %2175 : f32[] @ models/lib/nn.yaml:79:7
%2178 = broadcast %2177 : f32[48,16] @ models/lib/nn.yaml:79:7
%2179 = mul %2176, %2178 : f32[48,16] @ models/lib/nn.yaml:79:7
%2180 = broadcast %1839 : f32[48,16] @ models/lib/nn.yaml:79:7
%2181 = add %2179, %2180 : f32[48,16] @ models/lib/nn.yaml:79:7
%2182 = div %2161, %2181 : f32[48,16] @ models/lib/nn.yaml:79:7
%2183 = cast %2171 : f32[] @ models/lib/nn.yaml:79:7
%2184 = broadcast %2183 : f32[48,16] @ models/lib/nn.yaml:79:7
%2185 = mul %2182, %2184 : f32[48,16] @ models/lib/nn.yaml:79:7
%2186 = sub %2156, %2185 : f32[48,16] @ models/lib/nn.yaml:79:7
%2187 = assign %13, %2186 : f32[48,16] @ models/lib/nn.yaml:79:7
%2188 = assign %2151, %2161 : f32[48,16] @ models/lib/nn.yaml:79:7
%2189 = assign %2152, %2167 : f32[48,16] @ models/lib/nn.yaml:79:7
%2190 = assign %2153, %2154 : i64[] @ models/lib/nn.yaml:79:7
%2191 = broadcast %1851 : f32[48,16] @ models/lib/nn.yaml:79:7
%2192 = mul %51, %2191 : f32[48,16] @ models/lib/nn.yaml:79:7
%2193 = broadcast %1855 : f32[48,16] @ models/lib/nn.yaml:79:7
%2194 = mul %2186, %2193 : f32[48,16] @ models/lib/nn.yaml:79:7
%2195 = add %2192, %2194 : f32[48,16] @ models/lib/nn.yaml:79:7
%2196 = assign %51, %2195 : f32[48,16] @ models/lib/nn.yaml:79:7
%2197 = all_reduce_sum %1737 : f32[48] @ models/lib/nn.yaml:80:7
%2198 = mul %2197, %2197 : f32[48] @ models/lib/nn.yaml:80:7
%2199 = reduce_sum %2198 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%2200 = sqrt %2199 : f32[] @ models/lib/nn.yaml:80:7
%2201 = cast %2200 : f64[] @ models/lib/nn.yaml:80:7
%2202 = add %2201, %1791 : f64[] @ models/lib/nn.yaml:80:7
%2203 = div %1793, %2202 : f64[] @ models/lib/nn.yaml:80:7
%2204 = lt %2203, %1795 : bool[] @ models/lib/nn.yaml:80:7
%2205 = cast %2203 : f32[] @ models/lib/nn.yaml:80:7
%2206 = broadcast %2205 : f32[48] @ models/lib/nn.yaml:80:7
%2207 = mul %2197, %2206 : f32[48] @ models/lib/nn.yaml:80:7
%2208 = broadcast %2204 : bool[48] @ models/lib/nn.yaml:80:7
%2209 = select %2208, %2207, %2197 : f32[48] @ models/lib/nn.yaml:80:7
%2210 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%2211 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%2212 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%2213 = add %2212, %1805 : i64[] @ models/lib/nn.yaml:80:7
%2214 = broadcast %826 : f32[48] @ models/lib/nn.yaml:80:7
%2215 = mul %2209, %2214 : f32[48] @ models/lib/nn.yaml:80:7
%2216 = broadcast %468 : f32[48] @ models/lib/nn.yaml:80:7
%2217 = mul %2210, %2216 : f32[48] @ models/lib/nn.yaml:80:7
%2218 = add %2217, %2215 : f32[48] @ models/lib/nn.yaml:80:7
%2219 = mul %2209, %2209 : f32[48] @ models/lib/nn.yaml:80:7
%2220 = broadcast %1819 : f32[48] @ models/lib/nn.yaml:80:7
%2221 = mul %2219, %2220 : f32[48] @ models/lib/nn.yaml:80:7
%2222 = broadcast %1823 : f32[48] @ models/lib/nn.yaml:80:7
%2223 = mul %2211, %2222 : f32[48] @ models/lib/nn.yaml:80:7
%2224 = add %2223, %2221 : f32[48] @ models/lib/nn.yaml:80:7
%2225 = cast %2213 : f64[] @ models/lib/nn.yaml:80:7
%2226 = pow %1814, %2225 : f64[] @ models/lib/nn.yaml:80:7
%2227 = sub %1795, %2226 : f64[] @ models/lib/nn.yaml:80:7
%2228 = div %931, %2227 : f64[] @ models/lib/nn.yaml:80:7
%2229 = pow %1822, %2225 : f64[] @ models/lib/nn.yaml:80:7
%2230 = sub %1795, %2229 : f64[] @ models/lib/nn.yaml:80:7
%2231 = sqrt %2230 : f64[] @ models/lib/nn.yaml:80:7
%2232 = div %1795, %2231 : f64[] @ models/lib/nn.yaml:80:7
%2233 = sqrt %2224 : f32[48] @ models/lib/nn.yaml:80:7
%2234 = cast %2232 : f32[] @ models/lib/nn.yaml:80:7
%2235 = broadcast %2234 : f32[48] @ models/lib/nn.yaml:80:7
%2236 = mul %2233, %2235 : f32[48] @ models/lib/nn.yaml:80:7
%2237 = broadcast %1839 : f32[48] @ models/lib/nn.yaml:80:7
%2238 = add %2236, %2237 : f32[48] @ models/lib/nn.yaml:80:7
%2239 = div %2218, %2238 : f32[48] @ models/lib/nn.yaml:80:7
%2240 = cast %2228 : f32[] @ models/lib/nn.yaml:80:7
%2241 = broadcast %2240 : f32[48] @ models/lib/nn.yaml:80:7
%2242 = mul %2239, %2241 : f32[48] @ models/lib/nn.yaml:80:7
%2243 = sub %14, %2242 : f32[48] @ models/lib/nn.yaml:80:7
%2244 = assign %14, %2243 : f32[48] @ models/lib/nn.yaml:80:7
%2245 = assign %2210, %2218 : f32[48] @ models/lib/nn.yaml:80:7
%2246 = assign %2211, %2224 : f32[48] @ models/lib/nn.yaml:80:7
%2247 = assign %2212, %2213 : i64[] @ models/lib/nn.yaml:80:7
%2248 = broadcast %1851 : f32[48] @ models/lib/nn.yaml:80:7
%2249 = mul %52, %2248 : f32[48] @ models/lib/nn.yaml:80:7
%2250 = broadcast %1855 : f32[48] @ models/lib/nn.yaml:80:7
%2251 = mul %2243, %2250 : f32[48] @ models/lib/nn.yaml:80:7
%2252 = add %2249, %2251 : f32[48] @ models/lib/nn.yaml:80:7
%2253 = assign %52, %2252 : f32[48] @ models/lib/nn.yaml:80:7
%2254 = all_reduce_sum %1685 : f32[16,16] @ models/lib/nn.yaml:79:7
%2255 = reshape %2254 : f32[256] @ models/lib/nn.yaml:79:7
%2256 = mul %2255, %2255 : f32[256] @ models/lib/nn.yaml:79:7
%2257 = reduce_sum %2256 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%2258 = sqrt %2257 : f32[] @ models/lib/nn.yaml:79:7
%2259 = cast %2258 : f64[] @ models/lib/nn.yaml:79:7
%2260 = add %2259, %1791 : f64[] @ models/lib/nn.yaml:79:7
%2261 = div %1793, %2260 : f64[] @ models/lib/nn.yaml:79:7
%2262 = lt %2261, %1795 : bool[] @ models/lib/nn.yaml:79:7
%2263 = cast %2261 : f32[] @ models/lib/nn.yaml:79:7
%2264 = broadcast %2263 : f32[16,16] @ models/lib/nn.yaml:79:7
%2265 = mul %2254, %2264 : f32[16,16] @ models/lib/nn.yaml:79:7
%2266 = broadcast %2262 : bool[16,16] @ models/lib/nn.yaml:79:7
%2267 = select %2266, %2265, %2254 : f32[16,16] @ models/lib/nn.yaml:79:7
%2268 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%2269 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%2270 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%2271 = add %2270, %1805 : i64[] @ models/lib/nn.yaml:79:7
%2272 = broadcast %1809 : f32[16,16] @ models/lib/nn.yaml:79:7
%2273 = mul %15, %2272 : f32[16,16] @ models/lib/nn.yaml:79:7
%2274 = broadcast %826 : f32[16,16] @ models/lib/nn.yaml:79:7
%2275 = mul %2267, %2274 : f32[16,16] @ models/lib/nn.yaml:79:7
%2276 = broadcast %468 : f32[16,16] @ models/lib/nn.yaml:79:7
%2277 = mul %2268, %2276 : f32[16,16] @ models/lib/nn.yaml:79:7
%2278 = add %2277, %2275 : f32[16,16] @ models/lib/nn.yaml:79:7
%2279 = mul %2267, %2267 : f32[16,16] @ models/lib/nn.yaml:79:7
%2280 = broadcast %1819 : f32[16,16] @ models/lib/nn.yaml:79:7
%2281 = mul %2279, %2280 : f32[16,16] @ models/lib/nn.yaml:79:7
%2282 = broadcast %1823 : f32[16,16] @ models/lib/nn.yaml:79:7
%2283 = mul %2269, %2282 : f32[16,16] @ models/lib/nn.yaml:79:7
%2284 = add %2283, %2281 : f32[16,16] @ models/lib/nn.yaml:79:7
%2285 = cast %2271 : f64[] @ models/lib/nn.yaml:79:7
%2286 = pow %1814, %2285 : f64[] @ models/lib/nn.yaml:79:7
%2287 = sub %1795, %2286 : f64[] @ models/lib/nn.yaml:79:7
%2288 = div %931, %2287 : f64[] @ models/lib/nn.yaml:79:7
%2289 = pow %1822, %2285 : f64[] @ models/lib/nn.yaml:79:7
%2290 = sub %1795, %2289 : f64[] @ models/lib/nn.yaml:79:7
%2291 = sqrt %2290 : f64[] @ models/lib/nn.yaml:79:7
%2292 = div %1795, %2291 : f64[] @ models/lib/nn.yaml:79:7
%2293 = sqrt %2284 : f32[16,16] @ models/lib/nn.yaml:79:7
%2294 = cast %2292 : f32[] @ models/lib/nn.yaml:79:7
%2295 = broadcast %2294 : f32[16,16] @ models/lib/nn.yaml:79:7
%2296 = mul %2293, %2295 : f32[16,16] @ models/lib/nn.yaml:79:7
%2297 = broadcast %1839 : f32[16,16] @ models/lib/nn.yaml:79:7
%2298 = add %2296, %2297 : f32[16,16] @ models/lib/nn.yaml:79:7
%2299 = div %2278, %2298 : f32[16,16] @ models/lib/nn.yaml:79:7
%2300 = cast %2288 : f32[] @ models/lib/nn.yaml:79:7
%2301 = broadcast %2300 : f32[16,16] @ models/lib/nn.yaml:79:7
%2302 = mul %2299, %2301 : f32[16,16] @ models/lib/nn.yaml:79:7
%2303 = sub %2273, %2302 : f32[16,16] @ models/lib/nn.yaml:79:7
%2304 = assign %15, %2303 : f32[16,16] @ models/lib/nn.yaml:79:7
%2305 = assign %2268, %2278 : f32[16,16] @ models/lib/nn.yaml:79:7
%2306 = assign %2269, %2284 : f32[16,16] @ models/lib/nn.yaml:79:7
%2307 = assign %2270, %2271 : i64[] @ models/lib/nn.yaml:79:7
%2308 = broadcast %1851 : f32[16,16] @ models/lib/nn.yaml:79:7
%2309 = mul %53, %2308 : f32[16,16] @ models/lib/nn.yaml:79:7
%2310 = broadcast %1855 : f32[16,16] @ models/lib/nn.yaml:79:7
%2311 = mul %2303, %2310 : f32[16,16] @ models/lib/nn.yaml:79:7
%2312 = add %2309, %2311 : f32[16,16] @ models/lib/nn.yaml:79:7
%2313 = assign %53, %2312 : f32[16,16] @ models/lib/nn.yaml:79:7
%2314 = all_reduce_sum %1680 : f32[16] @ models/lib/nn.yaml:80:7
%2315 = mul %2314, %2314 : f32[16] @ models/lib/nn.yaml:80:7
%2316 = reduce_sum %2315 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%2317 = sqrt %2316 : f32[] @ models/lib/nn.yaml:80:7
%2318 = cast %2317 : f64[] @ models/lib/nn.yaml:80:7
%2319 = add %2318, %1791 : f64[] @ models/lib/nn.yaml:80:7
%2320 = div %1793, %2319 : f64[] @ models/lib/nn.yaml:80:7
%2321 = lt %2320, %1795 : bool[] @ models/lib/nn.yaml:80:7
%2322 = cast %2320 : f32[] @ models/lib/nn.yaml:80:7
%2323 = broadcast %2322 : f32[16] @ models/lib/nn.yaml:80:7
%2324 = mul %2314, %2323 : f32[16] @ models/lib/nn.yaml:80:7
%2325 = broadcast %2321 : bool[16] @ models/lib/nn.yaml:80:7
%2326 = select %2325, %2324, %2314 : f32[16] @ models/lib/nn.yaml:80:7
%2327 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%2328 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%2329 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%2330 = add %2329, %1805 : i64[] @ models/lib/nn.yaml:80:7
%2331 = mul %2326, %1997 : f32[16] @ models/lib/nn.yaml:80:7
%2332 = mul %2327, %1999 : f32[16] @ models/lib/nn.yaml:80:7
%2333 = add %2332, %2331 : f32[16] @ models/lib/nn.yaml:80:7
%2334 = mul %2326, %2326 : f32[16] @ models/lib/nn.yaml:80:7
%2335 = mul %2334, %2003 : f32[16] @ models/lib/nn.yaml:80:7
%2336 = mul %2328, %2005 : f32[16] @ models/lib/nn.yaml:80:7
%2337 = add %2336, %2335 : f32[16] @ models/lib/nn.yaml:80:7
%2338 = cast %2330 : f64[] @ models/lib/nn.yaml:80:7
%2339 = pow %1814, %2338 : f64[] @ models/lib/nn.yaml:80:7
%2340 = sub %1795, %2339 : f64[] @ models/lib/nn.yaml:80:7
%2341 = div %931, %2340 : f64[] @ models/lib/nn.yaml:80:7
%2342 = pow %1822, %2338 : f64[] @ models/lib/nn.yaml:80:7
%2343 = sub %1795, %2342 : f64[] @ models/lib/nn.yaml:80:7
%2344 = sqrt %2343 : f64[] @ models/lib/nn.yaml:80:7
%2345 = div %1795, %2344 : f64[] @ models/lib/nn.yaml:80:7
%2346 = sqrt %2337 : f32[16] @ models/lib/nn.yaml:80:7
%2347 = cast %2345 : f32[] @ models/lib/nn.yaml:80:7
%2348 = broadcast %2347 : f32[16] @ models/lib/nn.yaml:80:7
%2349 = mul %2346, %2348 : f32[16] @ models/lib/nn.yaml:80:7
%2350 = add %2349, %2020 : f32[16] @ models/lib/nn.yaml:80:7
%2351 = div %2333, %2350 : f32[16] @ models/lib/nn.yaml:80:7
%2352 = cast %2341 : f32[] @ models/lib/nn.yaml:80:7
%2353 = broadcast %2352 : f32[16] @ models/lib/nn.yaml:80:7
%2354 = mul %2351, %2353 : f32[16] @ models/lib/nn.yaml:80:7
%2355 = sub %16, %2354 : f32[16] @ models/lib/nn.yaml:80:7
%2356 = assign %16, %2355 : f32[16] @ models/lib/nn.yaml:80:7
%2357 = assign %2327, %2333 : f32[16] @ models/lib/nn.yaml:80:7
%2358 = assign %2328, %2337 : f32[16] @ models/lib/nn.yaml:80:7
%2359 = assign %2329, %2330 : i64[] @ models/lib/nn.yaml:80:7
%2360 = mul %54, %2031 : f32[16] @ models/lib/nn.yaml:80:7
%2361 = mul %2355, %2033 : f32[16] @ models/lib/nn.yaml:80:7
%2362 = add %2360, %2361 : f32[16] @ models/lib/nn.yaml:80:7
%2363 = assign %54, %2362 : f32[16] @ models/lib/nn.yaml:80:7
%2364 = all_reduce_sum %1657 : f32[16] @ models/lib/nn.yaml:89:7
%2365 = mul %2364, %2364 : f32[16] @ models/lib/nn.yaml:89:7
%2366 = reduce_sum %2365 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%2367 = sqrt %2366 : f32[] @ models/lib/nn.yaml:89:7
%2368 = cast %2367 : f64[] @ models/lib/nn.yaml:89:7
%2369 = add %2368, %1791 : f64[] @ models/lib/nn.yaml:89:7
%2370 = div %1793, %2369 : f64[] @ models/lib/nn.yaml:89:7
%2371 = lt %2370, %1795 : bool[] @ models/lib/nn.yaml:89:7
%2372 = cast %2370 : f32[] @ models/lib/nn.yaml:89:7
%2373 = broadcast %2372 : f32[16] @ models/lib/nn.yaml:89:7
%2374 = mul %2364, %2373 : f32[16] @ models/lib/nn.yaml:89:7
%2375 = broadcast %2371 : bool[16] @ models/lib/nn.yaml:89:7
%2376 = select %2375, %2374, %2364 : f32[16] @ models/lib/nn.yaml:89:7
%2377 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%2378 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%2379 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%2380 = add %2379, %1805 : i64[] @ models/lib/nn.yaml:89:7
%2381 = mul %2376, %1997 : f32[16] @ models/lib/nn.yaml:89:7
%2382 = mul %2377, %1999 : f32[16] @ models/lib/nn.yaml:89:7
%2383 = add %2382, %2381 : f32[16] @ models/lib/nn.yaml:89:7
%2384 = mul %2376, %2376 : f32[16] @ models/lib/nn.yaml:89:7
%2385 = mul %2384, %2003 : f32[16] @ models/lib/nn.yaml:89:7
%2386 = mul %2378, %2005 : f32[16] @ models/lib/nn.yaml:89:7
%2387 = add %2386, %2385 : f32[16] @ models/lib/nn.yaml:89:7
%2388 = cast %2380 : f64[] @ models/lib/nn.yaml:89:7
%2389 = pow %1814, %2388 : f64[] @ models/lib/nn.yaml:89:7
%2390 = sub %1795, %2389 : f64[] @ models/lib/nn.yaml:89:7
%2391 = div %931, %2390 : f64[] @ models/lib/nn.yaml:89:7
%2392 = pow %1822, %2388 : f64[] @ models/lib/nn.yaml:89:7
%2393 = sub %1795, %2392 : f64[] @ models/lib/nn.yaml:89:7
%2394 = sqrt %2393 : f64[] @ models/lib/nn.yaml:89:7
%2395 = div %1795, %2394 : f64[] @ models/lib/nn.yaml:89:7
%2396 = sqrt %2387 : f32[16] @ models/lib/nn.yaml:89:7
%2397 = cast %2395 : f32[] @ models/lib/nn.yaml:89:7
%2398 = broadcast %2397 : f32[16] @ models/lib/nn.yaml:89:7
%2399 = mul %2396, %2398 : f32[16] @ models/lib/nn.yaml:89:7
%2400 = add %2399, %2020 : f32[16] @ models/lib/nn.yaml:89:7
%2401 = div %2383, %2400 : f32[16] @ models/lib/nn.yaml:89:7
%2402 = cast %2391 : f32[] @ models/lib/nn.yaml:89:7
%2403 = broadcast %2402 : f32[16] @ models/lib/nn.yaml:89:7
%2404 = mul %2401, %2403 : f32[16] @ models/lib/nn.yaml:89:7
%2405 = sub %17, %2404 : f32[16] @ models/lib/nn.yaml:89:7
%2406 = assign %17, %2405 : f32[16] @ models/lib/nn.yaml:89:7
%2407 = assign %2377, %2383 : f32[16] @ models/lib/nn.yaml:89:7
%2408 = assign %2378, %2387 : f32[16] @ models/lib/nn.yaml:89:7
%2409 = assign %2379, %2380 : i64[] @ models/lib/nn.yaml:89:7
%2410 = mul %55, %2031 : f32[16] @ models/lib/nn.yaml:89:7
%2411 = mul %2405, %2033 : f32[16] @ models/lib/nn.yaml:89:7
%2412 = add %2410, %2411 : f32[16] @ models/lib/nn.yaml:89:7
%2413 = assign %55, %2412 : f32[16] @ models/lib/nn.yaml:89:7
%2414 = all_reduce_sum %1652 : f32[16] @ models/lib/nn.yaml:90:7
%2415 = mul %2414, %2414 : f32[16] @ models/lib/nn.yaml:90:7
%2416 = reduce_sum %2415 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%2417 = sqrt %2416 : f32[] @ models/lib/nn.yaml:90:7
%2418 = cast %2417 : f64[] @ models/lib/nn.yaml:90:7
%2419 = add %2418, %1791 : f64[] @ models/lib/nn.yaml:90:7
%2420 = div %1793, %2419 : f64[] @ models/lib/nn.yaml:90:7
%2421 = lt %2420, %1795 : bool[] @ models/lib/nn.yaml:90:7
%2422 = cast %2420 : f32[] @ models/lib/nn.yaml:90:7
%2423 = broadcast %2422 : f32[16] @ models/lib/nn.yaml:90:7
%2424 = mul %2414, %2423 : f32[16] @ models/lib/nn.yaml:90:7
%2425 = broadcast %2421 : bool[16] @ models/lib/nn.yaml:90:7
%2426 = select %2425, %2424, %2414 : f32[16] @ models/lib/nn.yaml:90:7
%2427 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%2428 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%2429 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%2430 = add %2429, %1805 : i64[] @ models/lib/nn.yaml:90:7
%2431 = mul %2426, %1997 : f32[16] @ models/lib/nn.yaml:90:7
%2432 = mul %2427, %1999 : f32[16] @ models/lib/nn.yaml:90:7
%2433 = add %2432, %2431 : f32[16] @ models/lib/nn.yaml:90:7
%2434 = mul %2426, %2426 : f32[16] @ models/lib/nn.yaml:90:7
%2435 = mul %2434, %2003 : f32[16] @ models/lib/nn.yaml:90:7
%2436 = mul %2428, %2005 : f32[16] @ models/lib/nn.yaml:90:7
%2437 = add %2436, %2435 : f32[16] @ models/lib/nn.yaml:90:7
%2438 = cast %2430 : f64[] @ models/lib/nn.yaml:90:7
%2439 = pow %1814, %2438 : f64[] @ models/lib/nn.yaml:90:7
%2440 = sub %1795, %2439 : f64[] @ models/lib/nn.yaml:90:7
%2441 = div %931, %2440 : f64[] @ models/lib/nn.yaml:90:7
%2442 = pow %1822, %2438 : f64[] @ models/lib/nn.yaml:90:7
%2443 = sub %1795, %2442 : f64[] @ models/lib/nn.yaml:90:7
%2444 = sqrt %2443 : f64[] @ models/lib/nn.yaml:90:7
%2445 = div %1795, %2444 : f64[] @ models/lib/nn.yaml:90:7
%2446 = sqrt %2437 : f32[16] @ models/lib/nn.yaml:90:7
%2447 = cast %2445 : f32[] @ models/lib/nn.yaml:90:7
%2448 = broadcast %2447 : f32[16] @ models/lib/nn.yaml:90:7
%2449 = mul %2446, %2448 : f32[16] @ models/lib/nn.yaml:90:7
%2450 = add %2449, %2020 : f32[16] @ models/lib/nn.yaml:90:7
%2451 = div %2433, %2450 : f32[16] @ models/lib/nn.yaml:90:7
%2452 = cast %2441 : f32[] @ models/lib/nn.yaml:90:7
%2453 = broadcast %2452 : f32[16] @ models/lib/nn.yaml:90:7
%2454 = mul %2451, %2453 : f32[16] @ models/lib/nn.yaml:90:7
%2455 = sub %18, %2454 : f32[16] @ models/lib/nn.yaml:90:7
%2456 = assign %18, %2455 : f32[16] @ models/lib/nn.yaml:90:7
%2457 = assign %2427, %2433 : f32[16] @ models/lib/nn.yaml:90:7
%2458 = assign %2428, %2437 : f32[16] @ models/lib/nn.yaml:90:7
%2459 = assign %2429, %2430 : i64[] @ models/lib/nn.yaml:90:7
%2460 = mul %56, %2031 : f32[16] @ models/lib/nn.yaml:90:7
%2461 = mul %2455, %2033 : f32[16] @ models/lib/nn.yaml:90:7
%2462 = add %2460, %2461 : f32[16] @ models/lib/nn.yaml:90:7
%2463 = assign %56, %2462 : f32[16] @ models/lib/nn.yaml:90:7
%2464 = all_reduce_sum %1647 : f32[64,16] @ models/lib/nn.yaml:79:7
%2465 = reshape %2464 : f32[1024] @ models/lib/nn.yaml:79:7
%2466 = mul %2465, %2465 : f32[1024] @ models/lib/nn.yaml:79:7
%2467 = reduce_sum %2466 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%2468 = sqrt %2467 : f32[] @ models/lib/nn.yaml:79:7
%2469 = cast %2468 : f64[] @ models/lib/nn.yaml:79:7
%2470 = add %2469, %1791 : f64[] @ models/lib/nn.yaml:79:7
%2471 = div %1793, %2470 : f64[] @ models/lib/nn.yaml:79:7
%2472 = lt %2471, %1795 : bool[] @ models/lib/nn.yaml:79:7
%2473 = cast %2471 : f32[] @ models/lib/nn.yaml:79:7
%2474 = broadcast %2473 : f32[64,16] @ models/lib/nn.yaml:79:7
%2475 = mul %2464, %2474 : f32[64,16] @ models/lib/nn.yaml:79:7
%2476 = broadcast %2472 : bool[64,16] @ models/lib/nn.yaml:79:7
%2477 = select %2476, %2475, %2464 : f32[64,16] @ models/lib/nn.yaml:79:7
%2478 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%2479 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%2480 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%2481 = add %2480, %1805 : i64[] @ models/lib/nn.yaml:79:7
%2482 = broadcast %1809 : f32[64,16] @ models/lib/nn.yaml:79:7
%2483 = mul %19, %2482 : f32[64,16] @ models/lib/nn.yaml:79:7
%2484 = broadcast %826 : f32[64,16] @ models/lib/nn.yaml:79:7
%2485 = mul %2477, %2484 : f32[64,16] @ models/lib/nn.yaml:79:7
%2486 = broadcast %468 : f32[64,16] @ models/lib/nn.yaml:79:7
%2487 = mul %2478, %2486 : f32[64,16] @ models/lib/nn.yaml:79:7
%2488 = add %2487, %2485 : f32[64,16] @ models/lib/nn.yaml:79:7
%2489 = mul %2477, %2477 : f32[64,16] @ models/lib/nn.yaml:79:7
%2490 = broadcast %1819 : f32[64,16] @ models/lib/nn.yaml:79:7
%2491 = mul %2489, %2490 : f32[64,16] @ models/lib/nn.yaml:79:7
%2492 = broadcast %1823 : f32[64,16] @ models/lib/nn.yaml:79:7
%2493 = mul %2479, %2492 : f32[64,16] @ models/lib/nn.yaml:79:7
%2494 = add %2493, %2491 : f32[64,16] @ models/lib/nn.yaml:79:7
%2495 = cast %2481 : f64[] @ models/lib/nn.yaml:79:7
%2496 = pow %1814, %2495 : f64[] @ models/lib/nn.yaml:79:7
%2497 = sub %1795, %2496 : f64[] @ models/lib/nn.yaml:79:7
%2498 = div %931, %2497 : f64[] @ models/lib/nn.yaml:79:7
%2499 = pow %1822, %2495 : f64[] @ models/lib/nn.yaml:79:7
%2500 = sub %1795, %2499 : f64[] @ models/lib/nn.yaml:79:7
%2501 = sqrt %2500 : f64[] @ models/lib/nn.yaml:79:7
%2502 = div %1795, %2501 : f64[] @ models/lib/nn.yaml:79:7
%2503 = sqrt %2494 : f32[64,16] @ models/lib/nn.yaml:79:7
%2504 = cast %2502 : f32[] @ models/lib/nn.yaml:79:7
%2505 = broadcast %2504 : f32[64,16] @ models/lib/nn.yaml:79:7
%2506 = mul %2503, %2505 : f32[64,16] @ models/lib/nn.yaml:79:7
%2507 = broadcast %1839 : f32[64,16] @ models/lib/nn.yaml:79:7
%2508 = add %2506, %2507 : f32[64,16] @ models/lib/nn.yaml:79:7
%2509 = div %2488, %2508 : f32[64,16] @ models/lib/nn.yaml:79:7
%2510 = cast %2498 : f32[] @ models/lib/nn.yaml:79:7
%2511 = broadcast %2510 : f32[64,16] @ models/lib/nn.yaml:79:7
%2512 = mul %2509, %2511 : f32[64,16] @ models/lib/nn.yaml:79:7
%2513 = sub %2483, %2512 : f32[64,16] @ models/lib/nn.yaml:79:7
%2514 = assign %19, %2513 : f32[64,16] @ models/lib/nn.yaml:79:7
%2515 = assign %2478, %2488 : f32[64,16] @ models/lib/nn.yaml:79:7
%2516 = assign %2479, %2494 : f32[64,16] @ models/lib/nn.yaml:79:7
%2517 = assign %2480, %2481 : i64[] @ models/lib/nn.yaml:79:7
%2518 = broadcast %1851 : f32[64,16] @ models/lib/nn.yaml:79:7
%2519 = mul %57, %2518 : f32[64,16] @ models/lib/nn.yaml:79:7
%2520 = broadcast %1855 : f32[64,16] @ models/lib/nn.yaml:79:7
%2521 = mul %2513, %2520 : f32[64,16] @ models/lib/nn.yaml:79:7
%2522 = add %2519, %2521 : f32[64,16] @ models/lib/nn.yaml:79:7
%2523 = assign %57, %2522 : f32[64,16] @ models/lib/nn.yaml:79:7
%2524 = all_reduce_sum %1642 : f32[64] @ models/lib/nn.yaml:80:7
%2525 = mul %2524, %2524 : f32[64] @ models/lib/nn.yaml:80:7
%2526 = reduce_sum %2525 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%2527 = sqrt %2526 : f32[] @ models/lib/nn.yaml:80:7
%2528 = cast %2527 : f64[] @ models/lib/nn.yaml:80:7
%2529 = add %2528, %1791 : f64[] @ models/lib/nn.yaml:80:7
%2530 = div %1793, %2529 : f64[] @ models/lib/nn.yaml:80:7
%2531 = lt %2530, %1795 : bool[] @ models/lib/nn.yaml:80:7
%2532 = cast %2530 : f32[] @ models/lib/nn.yaml:80:7
%2533 = broadcast %2532 : f32[64] @ models/lib/nn.yaml:80:7
%2534 = mul %2524, %2533 : f32[64] @ models/lib/nn.yaml:80:7
%2535 = broadcast %2531 : bool[64] @ models/lib/nn.yaml:80:7
%2536 = select %2535, %2534, %2524 : f32[64] @ models/lib/nn.yaml:80:7
%2537 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%2538 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%2539 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%2540 = add %2539, %1805 : i64[] @ models/lib/nn.yaml:80:7
%2541 = broadcast %826 : f32[64] @ models/lib/nn.yaml:80:7
%2542 = mul %2536, %2541 : f32[64] @ models/lib/nn.yaml:80:7
%2543 = broadcast %468 : f32[64] @ models/lib/nn.yaml:80:7
%2544 = mul %2537, %2543 : f32[64] @ models/lib/nn.yaml:80:7
%2545 = add %2544, %2542 : f32[64] @ models/lib/nn.yaml:80:7
%2546 = mul %2536, %2536 : f32[64] @ models/lib/nn.yaml:80:7
%2547 = broadcast %1819 : f32[64] @ models/lib/nn.yaml:80:7
%2548 = mul %2546, %2547 : f32[64] @ models/lib/nn.yaml:80:7
%2549 = broadcast %1823 : f32[64] @ models/lib/nn.yaml:80:7
%2550 = mul %2538, %2549 : f32[64] @ models/lib/nn.yaml:80:7
%2551 = add %2550, %2548 : f32[64] @ models/lib/nn.yaml:80:7
%2552 = cast %2540 : f64[] @ models/lib/nn.yaml:80:7
%2553 = pow %1814, %2552 : f64[] @ models/lib/nn.yaml:80:7
%2554 = sub %1795, %2553 : f64[] @ models/lib/nn.yaml:80:7
%2555 = div %931, %2554 : f64[] @ models/lib/nn.yaml:80:7
%2556 = pow %1822, %2552 : f64[] @ models/lib/nn.yaml:80:7
%2557 = sub %1795, %2556 : f64[] @ models/lib/nn.yaml:80:7
%2558 = sqrt %2557 : f64[] @ models/lib/nn.yaml:80:7
%2559 = div %1795, %2558 : f64[] @ models/lib/nn.yaml:80:7
%2560 = sqrt %2551 : f32[64] @ models/lib/nn.yaml:80:7
%2561 = cast %2559 : f32[] @ models/lib/nn.yaml:80:7
%2562 = broadcast %2561 : f32[64] @ models/lib/nn.yaml:80:7
%2563 = mul %2560, %2562 : f32[64] @ models/lib/nn.yaml:80:7
%2564 = broadcast %1839 : f32[64] @ models/lib/nn.yaml:80:7
%2565 = add %2563, %2564 : f32[64] @ models/lib/nn.yaml:80:7
%2566 = div %2545, %2565 : f32[64] @ models/lib/nn.yaml:80:7
%2567 = cast %2555 : f32[] @ models/lib/nn.yaml:80:7
%2568 = broadcast %2567 : f32[64] @ models/lib/nn.yaml:80:7
%2569 = mul %2566, %2568 : f32[64] @ models/lib/nn.yaml:80:7
%2570 = sub %20, %2569 : f32[64] @ models/lib/nn.yaml:80:7
%2571 = assign %20, %2570 : f32[64] @ models/lib/nn.yaml:80:7
%2572 = assign %2537, %2545 : f32[64] @ models/lib/nn.yaml:80:7
%2573 = assign %2538, %2551 : f32[64] @ models/lib/nn.yaml:80:7
%2574 = assign %2539, %2540 : i64[] @ models/lib/nn.yaml:80:7
%2575 = broadcast %1851 : f32[64] @ models/lib/nn.yaml:80:7
%2576 = mul %58, %2575 : f32[64] @ models/lib/nn.yaml:80:7
%2577 = broadcast %1855 : f32[64] @ models/lib/nn.yaml:80:7
%2578 = mul %2570, %2577 : f32[64] @ models/lib/nn.yaml:80:7
%2579 = add %2576, %2578 : f32[64] @ models/lib/nn.yaml:80:7
%2580 = assign %58, %2579 : f32[64] @ models/lib/nn.yaml:80:7
%2581 = all_reduce_sum %1627 : f32[16,64] @ models/lib/nn.yaml:79:7
%2582 = reshape %2581 : f32[1024] @ models/lib/nn.yaml:79:7
%2583 = mul %2582, %2582 : f32[1024] @ models/lib/nn.yaml:79:7
%2584 = reduce_sum %2583 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%2585 = sqrt %2584 : f32[] @ models/lib/nn.yaml:79:7
%2586 = cast %2585 : f64[] @ models/lib/nn.yaml:79:7
%2587 = add %2586, %1791 : f64[] @ models/lib/nn.yaml:79:7
%2588 = div %1793, %2587 : f64[] @ models/lib/nn.yaml:79:7
%2589 = lt %2588, %1795 : bool[] @ models/lib/nn.yaml:79:7
%2590 = cast %2588 : f32[] @ models/lib/nn.yaml:79:7
%2591 = broadcast %2590 : f32[16,64] @ models/lib/nn.yaml:79:7
%2592 = mul %2581, %2591 : f32[16,64] @ models/lib/nn.yaml:79:7
%2593 = broadcast %2589 : bool[16,64] @ models/lib/nn.yaml:79:7
%2594 = select %2593, %2592, %2581 : f32[16,64] @ models/lib/nn.yaml:79:7
%2595 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%2596 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%2597 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%2598 = add %2597, %1805 : i64[] @ models/lib/nn.yaml:79:7
%2599 = broadcast %1809 : f32[16,64] @ models/lib/nn.yaml:79:7
%2600 = mul %21, %2599 : f32[16,64] @ models/lib/nn.yaml:79:7
%2601 = broadcast %826 : f32[16,64] @ models/lib/nn.yaml:79:7
%2602 = mul %2594, %2601 : f32[16,64] @ models/lib/nn.yaml:79:7
%2603 = broadcast %468 : f32[16,64] @ models/lib/nn.yaml:79:7
%2604 = mul %2595, %2603 : f32[16,64] @ models/lib/nn.yaml:79:7
%2605 = add %2604, %2602 : f32[16,64] @ models/lib/nn.yaml:79:7
%2606 = mul %2594, %2594 : f32[16,64] @ models/lib/nn.yaml:79:7
%2607 = broadcast %1819 : f32[16,64] @ models/lib/nn.yaml:79:7
%2608 = mul %2606, %2607 : f32[16,64] @ models/lib/nn.yaml:79:7
%2609 = broadcast %1823 : f32[16,64] @ models/lib/nn.yaml:79:7
%2610 = mul %2596, %2609 : f32[16,64] @ models/lib/nn.yaml:79:7
%2611 = add %2610, %2608 : f32[16,64] @ models/lib/nn.yaml:79:7
%2612 = cast %2598 : f64[] @ models/lib/nn.yaml:79:7
%2613 = pow %1814, %2612 : f64[] @ models/lib/nn.yaml:79:7
%2614 = sub %1795, %2613 : f64[] @ models/lib/nn.yaml:79:7
%2615 = div %931, %2614 : f64[] @ models/lib/nn.yaml:79:7
%2616 = pow %1822, %2612 : f64[] @ models/lib/nn.yaml:79:7
%2617 = sub %1795, %2616 : f64[] @ models/lib/nn.yaml:79:7
%2618 = sqrt %2617 : f64[] @ models/lib/nn.yaml:79:7
%2619 = div %1795, %2618 : f64[] @ models/lib/nn.yaml:79:7
%2620 = sqrt %2611 : f32[16,64] @ models/lib/nn.yaml:79:7
%2621 = cast %2619 : f32[] @ models/lib/nn.yaml:79:7
%2622 = broadcast %2621 : f32[16,64] @ models/lib/nn.yaml:79:7
%2623 = mul %2620, %2622 : f32[16,64] @ models/lib/nn.yaml:79:7
%2624 = broadcast %1839 : f32[16,64] @ models/lib/nn.yaml:79:7
%2625 = add %2623, %2624 : f32[16,64] @ models/lib/nn.yaml:79:7
%2626 = div %2605, %2625 : f32[16,64] @ models/lib/nn.yaml:79:7
%2627 = cast %2615 : f32[] @ models/lib/nn.yaml:79:7
%2628 = broadcast %2627 : f32[16,64] @ models/lib/nn.yaml:79:7
%2629 = mul %2626, %2628 : f32[16,64] @ models/lib/nn.yaml:79:7
%2630 = sub %2600, %2629 : f32[16,64] @ models/lib/nn.yaml:79:7
%2631 = assign %21, %2630 : f32[16,64] @ models/lib/nn.yaml:79:7
%2632 = assign %2595, %2605 : f32[16,64] @ models/lib/nn.yaml:79:7
%2633 = assign %2596, %2611 : f32[16,64] @ models/lib/nn.yaml:79:7
%2634 = assign %2597, %2598 : i64[] @ models/lib/nn.yaml:79:7
%2635 = broadcast %1851 : f32[16,64] @ models/lib/nn.yaml:79:7
%2636 = mul %59, %2635 : f32[16,64] @ models/lib/nn.yaml:79:7
%2637 = broadcast %1855 : f32[16,64] @ models/lib/nn.yaml:79:7
%2638 = mul %2630, %2637 : f32[16,64] @ models/lib/nn.yaml:79:7
%2639 = add %2636, %2638 : f32[16,64] @ models/lib/nn.yaml:79:7
%2640 = assign %59, %2639 : f32[16,64] @ models/lib/nn.yaml:79:7
%2641 = all_reduce_sum %1622 : f32[16] @ models/lib/nn.yaml:80:7
%2642 = mul %2641, %2641 : f32[16] @ models/lib/nn.yaml:80:7
%2643 = reduce_sum %2642 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%2644 = sqrt %2643 : f32[] @ models/lib/nn.yaml:80:7
%2645 = cast %2644 : f64[] @ models/lib/nn.yaml:80:7
%2646 = add %2645, %1791 : f64[] @ models/lib/nn.yaml:80:7
%2647 = div %1793, %2646 : f64[] @ models/lib/nn.yaml:80:7
%2648 = lt %2647, %1795 : bool[] @ models/lib/nn.yaml:80:7
%2649 = cast %2647 : f32[] @ models/lib/nn.yaml:80:7
%2650 = broadcast %2649 : f32[16] @ models/lib/nn.yaml:80:7
%2651 = mul %2641, %2650 : f32[16] @ models/lib/nn.yaml:80:7
%2652 = broadcast %2648 : bool[16] @ models/lib/nn.yaml:80:7
%2653 = select %2652, %2651, %2641 : f32[16] @ models/lib/nn.yaml:80:7
%2654 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%2655 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%2656 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%2657 = add %2656, %1805 : i64[] @ models/lib/nn.yaml:80:7
%2658 = mul %2653, %1997 : f32[16] @ models/lib/nn.yaml:80:7
%2659 = mul %2654, %1999 : f32[16] @ models/lib/nn.yaml:80:7
%2660 = add %2659, %2658 : f32[16] @ models/lib/nn.yaml:80:7
%2661 = mul %2653, %2653 : f32[16] @ models/lib/nn.yaml:80:7
%2662 = mul %2661, %2003 : f32[16] @ models/lib/nn.yaml:80:7
%2663 = mul %2655, %2005 : f32[16] @ models/lib/nn.yaml:80:7
%2664 = add %2663, %2662 : f32[16] @ models/lib/nn.yaml:80:7
%2665 = cast %2657 : f64[] @ models/lib/nn.yaml:80:7
%2666 = pow %1814, %2665 : f64[] @ models/lib/nn.yaml:80:7
%2667 = sub %1795, %2666 : f64[] @ models/lib/nn.yaml:80:7
%2668 = div %931, %2667 : f64[] @ models/lib/nn.yaml:80:7
%2669 = pow %1822, %2665 : f64[] @ models/lib/nn.yaml:80:7
%2670 = sub %1795, %2669 : f64[] @ models/lib/nn.yaml:80:7
%2671 = sqrt %2670 : f64[] @ models/lib/nn.yaml:80:7
%2672 = div %1795, %2671 : f64[] @ models/lib/nn.yaml:80:7
%2673 = sqrt %2664 : f32[16] @ models/lib/nn.yaml:80:7
%2674 = cast %2672 : f32[] @ models/lib/nn.yaml:80:7
%2675 = broadcast %2674 : f32[16] @ models/lib/nn.yaml:80:7
%2676 = mul %2673, %2675 : f32[16] @ models/lib/nn.yaml:80:7
%2677 = add %2676, %2020 : f32[16] @ models/lib/nn.yaml:80:7
%2678 = div %2660, %2677 : f32[16] @ models/lib/nn.yaml:80:7
%2679 = cast %2668 : f32[] @ models/lib/nn.yaml:80:7
%2680 = broadcast %2679 : f32[16] @ models/lib/nn.yaml:80:7
%2681 = mul %2678, %2680 : f32[16] @ models/lib/nn.yaml:80:7
%2682 = sub %22, %2681 : f32[16] @ models/lib/nn.yaml:80:7
%2683 = assign %22, %2682 : f32[16] @ models/lib/nn.yaml:80:7
%2684 = assign %2654, %2660 : f32[16] @ models/lib/nn.yaml:80:7
%2685 = assign %2655, %2664 : f32[16] @ models/lib/nn.yaml:80:7
%2686 = assign %2656, %2657 : i64[] @ models/lib/nn.yaml:80:7
%2687 = mul %60, %2031 : f32[16] @ models/lib/nn.yaml:80:7
%2688 = mul %2682, %2033 : f32[16] @ models/lib/nn.yaml:80:7
%2689 = add %2687, %2688 : f32[16] @ models/lib/nn.yaml:80:7
%2690 = assign %60, %2689 : f32[16] @ models/lib/nn.yaml:80:7
%2691 = all_reduce_sum %1599 : f32[16] @ models/lib/nn.yaml:89:7
%2692 = mul %2691, %2691 : f32[16] @ models/lib/nn.yaml:89:7
%2693 = reduce_sum %2692 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%2694 = sqrt %2693 : f32[] @ models/lib/nn.yaml:89:7
%2695 = cast %2694 : f64[] @ models/lib/nn.yaml:89:7
%2696 = add %2695, %1791 : f64[] @ models/lib/nn.yaml:89:7
%2697 = div %1793, %2696 : f64[] @ models/lib/nn.yaml:89:7
%2698 = lt %2697, %1795 : bool[] @ models/lib/nn.yaml:89:7
%2699 = cast %2697 : f32[] @ models/lib/nn.yaml:89:7
%2700 = broadcast %2699 : f32[16] @ models/lib/nn.yaml:89:7
%2701 = mul %2691, %2700 : f32[16] @ models/lib/nn.yaml:89:7
%2702 = broadcast %2698 : bool[16] @ models/lib/nn.yaml:89:7
%2703 = select %2702, %2701, %2691 : f32[16] @ models/lib/nn.yaml:89:7
%2704 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%2705 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%2706 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%2707 = add %2706, %1805 : i64[] @ models/lib/nn.yaml:89:7
%2708 = mul %2703, %1997 : f32[16] @ models/lib/nn.yaml:89:7
%2709 = mul %2704, %1999 : f32[16] @ models/lib/nn.yaml:89:7
%2710 = add %2709, %2708 : f32[16] @ models/lib/nn.yaml:89:7
%2711 = mul %2703, %2703 : f32[16] @ models/lib/nn.yaml:89:7
%2712 = mul %2711, %2003 : f32[16] @ models/lib/nn.yaml:89:7
%2713 = mul %2705, %2005 : f32[16] @ models/lib/nn.yaml:89:7
%2714 = add %2713, %2712 : f32[16] @ models/lib/nn.yaml:89:7
%2715 = cast %2707 : f64[] @ models/lib/nn.yaml:89:7
%2716 = pow %1814, %2715 : f64[] @ models/lib/nn.yaml:89:7
%2717 = sub %1795, %2716 : f64[] @ models/lib/nn.yaml:89:7
%2718 = div %931, %2717 : f64[] @ models/lib/nn.yaml:89:7
%2719 = pow %1822, %2715 : f64[] @ models/lib/nn.yaml:89:7
%2720 = sub %1795, %2719 : f64[] @ models/lib/nn.yaml:89:7
%2721 = sqrt %2720 : f64[] @ models/lib/nn.yaml:89:7
%2722 = div %1795, %2721 : f64[] @ models/lib/nn.yaml:89:7
%2723 = sqrt %2714 : f32[16] @ models/lib/nn.yaml:89:7
%2724 = cast %2722 : f32[] @ models/lib/nn.yaml:89:7
%2725 = broadcast %2724 : f32[16] @ models/lib/nn.yaml:89:7
%2726 = mul %2723, %2725 : f32[16] @ models/lib/nn.yaml:89:7
%2727 = add %2726, %2020 : f32[16] @ models/lib/nn.yaml:89:7
%2728 = div %2710, %2727 : f32[16] @ models/lib/nn.yaml:89:7
%2729 = cast %2718 : f32[] @ models/lib/nn.yaml:89:7
%2730 = broadcast %2729 : f32[16] @ models/lib/nn.yaml:89:7
%2731 = mul %2728, %2730 : f32[16] @ models/lib/nn.yaml:89:7
%2732 = sub %23, %2731 : f32[16] @ models/lib/nn.yaml:89:7
%2733 = assign %23, %2732 : f32[16] @ models/lib/nn.yaml:89:7
%2734 = assign %2704, %2710 : f32[16] @ models/lib/nn.yaml:89:7
%2735 = assign %2705, %2714 : f32[16] @ models/lib/nn.yaml:89:7
%2736 = assign %2706, %2707 : i64[] @ models/lib/nn.yaml:89:7
%2737 = mul %61, %2031 : f32[16] @ models/lib/nn.yaml:89:7
%2738 = mul %2732, %2033 : f32[16] @ models/lib/nn.yaml:89:7
%2739 = add %2737, %2738 : f32[16] @ models/lib/nn.yaml:89:7
%2740 = assign %61, %2739 : f32[16] @ models/lib/nn.yaml:89:7
%2741 = all_reduce_sum %1594 : f32[16] @ models/lib/nn.yaml:90:7
%2742 = mul %2741, %2741 : f32[16] @ models/lib/nn.yaml:90:7
%2743 = reduce_sum %2742 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%2744 = sqrt %2743 : f32[] @ models/lib/nn.yaml:90:7
%2745 = cast %2744 : f64[] @ models/lib/nn.yaml:90:7
%2746 = add %2745, %1791 : f64[] @ models/lib/nn.yaml:90:7
%2747 = div %1793, %2746 : f64[] @ models/lib/nn.yaml:90:7
%2748 = lt %2747, %1795 : bool[] @ models/lib/nn.yaml:90:7
%2749 = cast %2747 : f32[] @ models/lib/nn.yaml:90:7
%2750 = broadcast %2749 : f32[16] @ models/lib/nn.yaml:90:7
%2751 = mul %2741, %2750 : f32[16] @ models/lib/nn.yaml:90:7
%2752 = broadcast %2748 : bool[16] @ models/lib/nn.yaml:90:7
%2753 = select %2752, %2751, %2741 : f32[16] @ models/lib/nn.yaml:90:7
%2754 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%2755 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%2756 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%2757 = add %2756, %1805 : i64[] @ models/lib/nn.yaml:90:7
%2758 = mul %2753, %1997 : f32[16] @ models/lib/nn.yaml:90:7
%2759 = mul %2754, %1999 : f32[16] @ models/lib/nn.yaml:90:7
%2760 = add %2759, %2758 : f32[16] @ models/lib/nn.yaml:90:7
%2761 = mul %2753, %2753 : f32[16] @ models/lib/nn.yaml:90:7
%2762 = mul %2761, %2003 : f32[16] @ models/lib/nn.yaml:90:7
%2763 = mul %2755, %2005 : f32[16] @ models/lib/nn.yaml:90:7
%2764 = add %2763, %2762 : f32[16] @ models/lib/nn.yaml:90:7
%2765 = cast %2757 : f64[] @ models/lib/nn.yaml:90:7
%2766 = pow %1814, %2765 : f64[] @ models/lib/nn.yaml:90:7
%2767 = sub %1795, %2766 : f64[] @ models/lib/nn.yaml:90:7
%2768 = div %931, %2767 : f64[] @ models/lib/nn.yaml:90:7
%2769 = pow %1822, %2765 : f64[] @ models/lib/nn.yaml:90:7
%2770 = sub %1795, %2769 : f64[] @ models/lib/nn.yaml:90:7
%2771 = sqrt %2770 : f64[] @ models/lib/nn.yaml:90:7
%2772 = div %1795, %2771 : f64[] @ models/lib/nn.yaml:90:7
%2773 = sqrt %2764 : f32[16] @ models/lib/nn.yaml:90:7
%2774 = cast %2772 : f32[] @ models/lib/nn.yaml:90:7
%2775 = broadcast %2774 : f32[16] @ models/lib/nn.yaml:90:7
%2776 = mul %2773, %2775 : f32[16] @ models/lib/nn.yaml:90:7
%2777 = add %2776, %2020 : f32[16] @ models/lib/nn.yaml:90:7
%2778 = div %2760, %2777 : f32[16] @ models/lib/nn.yaml:90:7
%2779 = cast %2768 : f32[] @ models/lib/nn.yaml:90:7
%2780 = broadcast %2779 : f32[16] @ models/lib/nn.yaml:90:7
%2781 = mul %2778, %2780 : f32[16] @ models/lib/nn.yaml:90:7
%2782 = sub %24, %2781 : f32[16] @ models/lib/nn.yaml:90:7
%2783 = assign %24, %2782 : f32[16] @ models/lib/nn.yaml:90:7
%2784 = assign %2754, %2760 : f32[16] @ models/lib/nn.yaml:90:7
%2785 = assign %2755, %2764 : f32[16] @ models/lib/nn.yaml:90:7
%2786 = assign %2756, %2757 : i64[] @ models/lib/nn.yaml:90:7
%2787 = mul %62, %2031 : f32[16] @ models/lib/nn.yaml:90:7
%2788 = mul %2782, %2033 : f32[16] @ models/lib/nn.yaml:90:7
%2789 = add %2787, %2788 : f32[16] @ models/lib/nn.yaml:90:7
%2790 = assign %62, %2789 : f32[16] @ models/lib/nn.yaml:90:7
%2791 = all_reduce_sum %1589 : f32[48,16] @ models/lib/nn.yaml:79:7
%2792 = reshape %2791 : f32[768] @ models/lib/nn.yaml:79:7
%2793 = mul %2792, %2792 : f32[768] @ models/lib/nn.yaml:79:7
%2794 = reduce_sum %2793 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%2795 = sqrt %2794 : f32[] @ models/lib/nn.yaml:79:7
%2796 = cast %2795 : f64[] @ models/lib/nn.yaml:79:7
%2797 = add %2796, %1791 : f64[] @ models/lib/nn.yaml:79:7
%2798 = div %1793, %2797 : f64[] @ models/lib/nn.yaml:79:7
%2799 = lt %2798, %1795 : bool[] @ models/lib/nn.yaml:79:7
%2800 = cast %2798 : f32[] @ models/lib/nn.yaml:79:7
%2801 = broadcast %2800 : f32[48,16] @ models/lib/nn.yaml:79:7
%2802 = mul %2791, %2801 : f32[48,16] @ models/lib/nn.yaml:79:7
%2803 = broadcast %2799 : bool[48,16] @ models/lib/nn.yaml:79:7
%2804 = select %2803, %2802, %2791 : f32[48,16] @ models/lib/nn.yaml:79:7
%2805 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%2806 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%2807 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%2808 = add %2807, %1805 : i64[] @ models/lib/nn.yaml:79:7
%2809 = mul %25, %2155 : f32[48,16] @ models/lib/nn.yaml:79:7
%2810 = mul %2804, %2157 : f32[48,16] @ models/lib/nn.yaml:79:7
%2811 = mul %2805, %2159 : f32[48,16] @ models/lib/nn.yaml:79:7
%2812 = add %2811, %2810 : f32[48,16] @ models/lib/nn.yaml:79:7
%2813 = mul %2804, %2804 : f32[48,16] @ models/lib/nn.yaml:79:7
%2814 = mul %2813, %2163 : f32[48,16] @ models/lib/nn.yaml:79:7
%2815 = mul %2806, %2165 : f32[48,16] @ models/lib/nn.yaml:79:7
%2816 = add %2815, %2814 : f32[48,16] @ models/lib/nn.yaml:79:7
%2817 = cast %2808 : f64[] @ models/lib/nn.yaml:79:7
%2818 = pow %1814, %2817 : f64[] @ models/lib/nn.yaml:79:7
%2819 = sub %1795, %2818 : f64[] @ models/lib/nn.yaml:79:7
%2820 = div %931, %2819 : f64[] @ models/lib/nn.yaml:79:7
%2821 = pow %1822, %2817 : f64[] @ models/lib/nn.yaml:79:7
%2822 = sub %1795, %2821 : f64[] @ models/lib/nn.yaml:79:7
%2823 = sqrt %2822 : f64[] @ models/lib/nn.yaml:79:7
%2824 = div %1795, %2823 : f64[] @ models/lib/nn.yaml:79:7
%2825 = sqrt %2816 : f32[48,16] @ models/lib/nn.yaml:79:7
%2826 = cast %2824 : f32[] @ models/lib/nn.yaml:79:7
%2827 = broadcast %2826 : f32[48,16] @ models/lib/nn.yaml:79:7
%2828 = mul %2825, %2827 : f32[48,16] @ models/lib/nn.yaml:79:7
%2829 = add %2828, %2180 : f32[48,16] @ models/lib/nn.yaml:79:7
%2830 = div %2812, %2829 : f32[48,16] @ models/lib/nn.yaml:79:7
%2831 = cast %2820 : f32[] @ models/lib/nn.yaml:79:7
%2832 = broadcast %2831 : f32[48,16] @ models/lib/nn.yaml:79:7
%2833 = mul %2830, %2832 : f32[48,16] @ models/lib/nn.yaml:79:7
%2834 = sub %2809, %2833 : f32[48,16] @ models/lib/nn.yaml:79:7
%2835 = assign %25, %2834 : f32[48,16] @ models/lib/nn.yaml:79:7
%2836 = assign %2805, %2812 : f32[48,16] @ models/lib/nn.yaml:79:7
%2837 = assign %2806, %2816 : f32[48,16] @ models/lib/nn.yaml:79:7
%2838 = assign %2807, %2808 : i64[] @ models/lib/nn.yaml:79:7
%2839 = mul %63, %2191 : f32[48,16] @ models/lib/nn.yaml:79:7
%2840 = mul %2834, %2193 : f32[48,16] @ models/lib/nn.yaml:79:7
%2841 = add %2839, %2840 : f32[48,16] @ models/lib/nn.yaml:79:7
%2842 = assign %63, %2841 : f32[48,16] @ models/lib/nn.yaml:79:7
%2843 = all_reduce_sum %1584 : f32[48] @ models/lib/nn.yaml:80:7
%2844 = mul %2843, %2843 : f32[48] @ models/lib/nn.yaml:80:7
%2845 = reduce_sum %2844 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%2846 = sqrt %2845 : f32[] @ models/lib/nn.yaml:80:7
%2847 = cast %2846 : f64[] @ models/lib/nn.yaml:80:7
%2848 = add %2847, %1791 : f64[] @ models/lib/nn.yaml:80:7
%2849 = div %1793, %2848 : f64[] @ models/lib/nn.yaml:80:7
%2850 = lt %2849, %1795 : bool[] @ models/lib/nn.yaml:80:7
%2851 = cast %2849 : f32[] @ models/lib/nn.yaml:80:7
%2852 = broadcast %2851 : f32[48] @ models/lib/nn.yaml:80:7
%2853 = mul %2843, %2852 : f32[48] @ models/lib/nn.yaml:80:7
%2854 = broadcast %2850 : bool[48] @ models/lib/nn.yaml:80:7
%2855 = select %2854, %2853, %2843 : f32[48] @ models/lib/nn.yaml:80:7
%2856 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%2857 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%2858 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%2859 = add %2858, %1805 : i64[] @ models/lib/nn.yaml:80:7
%2860 = mul %2855, %2214 : f32[48] @ models/lib/nn.yaml:80:7
%2861 = mul %2856, %2216 : f32[48] @ models/lib/nn.yaml:80:7
%2862 = add %2861, %2860 : f32[48] @ models/lib/nn.yaml:80:7
%2863 = mul %2855, %2855 : f32[48] @ models/lib/nn.yaml:80:7
%2864 = mul %2863, %2220 : f32[48] @ models/lib/nn.yaml:80:7
%2865 = mul %2857, %2222 : f32[48] @ models/lib/nn.yaml:80:7
%2866 = add %2865, %2864 : f32[48] @ models/lib/nn.yaml:80:7
%2867 = cast %2859 : f64[] @ models/lib/nn.yaml:80:7
%2868 = pow %1814, %2867 : f64[] @ models/lib/nn.yaml:80:7
%2869 = sub %1795, %2868 : f64[] @ models/lib/nn.yaml:80:7
%2870 = div %931, %2869 : f64[] @ models/lib/nn.yaml:80:7
%2871 = pow %1822, %2867 : f64[] @ models/lib/nn.yaml:80:7
%2872 = sub %1795, %2871 : f64[] @ models/lib/nn.yaml:80:7
%2873 = sqrt %2872 : f64[] @ models/lib/nn.yaml:80:7
%2874 = div %1795, %2873 : f64[] @ models/lib/nn.yaml:80:7
%2875 = sqrt %2866 : f32[48] @ models/lib/nn.yaml:80:7
%2876 = cast %2874 : f32[] @ models/lib/nn.yaml:80:7
%2877 = broadcast %2876 : f32[48] @ models/lib/nn.yaml:80:7
%2878 = mul %2875, %2877 : f32[48] @ models/lib/nn.yaml:80:7
%2879 = add %2878, %2237 : f32[48] @ models/lib/nn.yaml:80:7
%2880 = div %2862, %2879 : f32[48] @ models/lib/nn.yaml:80:7
%2881 = cast %2870 : f32[] @ models/lib/nn.yaml:80:7
%2882 = broadcast %2881 : f32[48] @ models/lib/nn.yaml:80:7
%2883 = mul %2880, %2882 : f32[48] @ models/lib/nn.yaml:80:7
%2884 = sub %26, %2883 : f32[48] @ models/lib/nn.yaml:80:7
%2885 = assign %26, %2884 : f32[48] @ models/lib/nn.yaml:80:7
%2886 = assign %2856, %2862 : f32[48] @ models/lib/nn.yaml:80:7
%2887 = assign %2857, %2866 : f32[48] @ models/lib/nn.yaml:80:7
%2888 = assign %2858, %2859 : i64[] @ models/lib/nn.yaml:80:7
%2889 = mul %64, %2248 : f32[48] @ models/lib/nn.yaml:80:7
%2890 = mul %2884, %2250 : f32[48] @ models/lib/nn.yaml:80:7
%2891 = add %2889, %2890 : f32[48] @ models/lib/nn.yaml:80:7
%2892 = assign %64, %2891 : f32[48] @ models/lib/nn.yaml:80:7
%2893 = all_reduce_sum %1532 : f32[16,16] @ models/lib/nn.yaml:79:7
%2894 = reshape %2893 : f32[256] @ models/lib/nn.yaml:79:7
%2895 = mul %2894, %2894 : f32[256] @ models/lib/nn.yaml:79:7
%2896 = reduce_sum %2895 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%2897 = sqrt %2896 : f32[] @ models/lib/nn.yaml:79:7
%2898 = cast %2897 : f64[] @ models/lib/nn.yaml:79:7
%2899 = add %2898, %1791 : f64[] @ models/lib/nn.yaml:79:7
%2900 = div %1793, %2899 : f64[] @ models/lib/nn.yaml:79:7
%2901 = lt %2900, %1795 : bool[] @ models/lib/nn.yaml:79:7
%2902 = cast %2900 : f32[] @ models/lib/nn.yaml:79:7
%2903 = broadcast %2902 : f32[16,16] @ models/lib/nn.yaml:79:7
%2904 = mul %2893, %2903 : f32[16,16] @ models/lib/nn.yaml:79:7
%2905 = broadcast %2901 : bool[16,16] @ models/lib/nn.yaml:79:7
%2906 = select %2905, %2904, %2893 : f32[16,16] @ models/lib/nn.yaml:79:7
%2907 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%2908 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%2909 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%2910 = add %2909, %1805 : i64[] @ models/lib/nn.yaml:79:7
%2911 = mul %27, %2272 : f32[16,16] @ models/lib/nn.yaml:79:7
%2912 = mul %2906, %2274 : f32[16,16] @ models/lib/nn.yaml:79:7
%2913 = mul %2907, %2276 : f32[16,16] @ models/lib/nn.yaml:79:7
%2914 = add %2913, %2912 : f32[16,16] @ models/lib/nn.yaml:79:7
%2915 = mul %2906, %2906 : f32[16,16] @ models/lib/nn.yaml:79:7
%2916 = mul %2915, %2280 : f32[16,16] @ models/lib/nn.yaml:79:7
%2917 = mul %2908, %2282 : f32[16,16] @ models/lib/nn.yaml:79:7
%2918 = add %2917, %2916 : f32[16,16] @ models/lib/nn.yaml:79:7
%2919 = cast %2910 : f64[] @ models/lib/nn.yaml:79:7
%2920 = pow %1814, %2919 : f64[] @ models/lib/nn.yaml:79:7
%2921 = sub %1795, %2920 : f64[] @ models/lib/nn.yaml:79:7
%2922 = div %931, %2921 : f64[] @ models/lib/nn.yaml:79:7
%2923 = pow %1822, %2919 : f64[] @ models/lib/nn.yaml:79:7
%2924 = sub %1795, %2923 : f64[] @ models/lib/nn.yaml:79:7
%2925 = sqrt %2924 : f64[] @ models/lib/nn.yaml:79:7
%2926 = div %1795, %2925 : f64[] @ models/lib/nn.yaml:79:7
%2927 = sqrt %2918 : f32[16,16] @ models/lib/nn.yaml:79:7
%2928 = cast %2926 : f32[] @ models/lib/nn.yaml:79:7
%2929 = broadcast %2928 : f32[16,16] @ models/lib/nn.yaml:79:7
%2930 = mul %2927, %2929 : f32[16,16] @ models/lib/nn.yaml:79:7
%2931 = add %2930, %2297 : f32[16,16] @ models/lib/nn.yaml:79:7
%2932 = div %2914, %2931 : f32[16,16] @ models/lib/nn.yaml:79:7
%2933 = cast %2922 : f32[] @ models/lib/nn.yaml:79:7
%2934 = broadcast %2933 : f32[16,16] @ models/lib/nn.yaml:79:7
%2935 = mul %2932, %2934 : f32[16,16] @ models/lib/nn.yaml:79:7
%2936 = sub %2911, %2935 : f32[16,16] @ models/lib/nn.yaml:79:7
%2937 = assign %27, %2936 : f32[16,16] @ models/lib/nn.yaml:79:7
%2938 = assign %2907, %2914 : f32[16,16] @ models/lib/nn.yaml:79:7
%2939 = assign %2908, %2918 : f32[16,16] @ models/lib/nn.yaml:79:7
%2940 = assign %2909, %2910 : i64[] @ models/lib/nn.yaml:79:7
%2941 = mul %65, %2308 : f32[16,16] @ models/lib/nn.yaml:79:7
%2942 = mul %2936, %2310 : f32[16,16] @ models/lib/nn.yaml:79:7
%2943 = add %2941, %2942 : f32[16,16] @ models/lib/nn.yaml:79:7
%2944 = assign %65, %2943 : f32[16,16] @ models/lib/nn.yaml:79:7
%2945 = all_reduce_sum %1527 : f32[16] @ models/lib/nn.yaml:80:7
%2946 = mul %2945, %2945 : f32[16] @ models/lib/nn.yaml:80:7
%2947 = reduce_sum %2946 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%2948 = sqrt %2947 : f32[] @ models/lib/nn.yaml:80:7
%2949 = cast %2948 : f64[] @ models/lib/nn.yaml:80:7
%2950 = add %2949, %1791 : f64[] @ models/lib/nn.yaml:80:7
%2951 = div %1793, %2950 : f64[] @ models/lib/nn.yaml:80:7
%2952 = lt %2951, %1795 : bool[] @ models/lib/nn.yaml:80:7
%2953 = cast %2951 : f32[] @ models/lib/nn.yaml:80:7
%2954 = broadcast %2953 : f32[16] @ models/lib/nn.yaml:80:7
%2955 = mul %2945, %2954 : f32[16] @ models/lib/nn.yaml:80:7
%2956 = broadcast %2952 : bool[16] @ models/lib/nn.yaml:80:7
%2957 = select %2956, %2955, %2945 : f32[16] @ models/lib/nn.yaml:80:7
%2958 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%2959 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%2960 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%2961 = add %2960, %1805 : i64[] @ models/lib/nn.yaml:80:7
%2962 = mul %2957, %1997 : f32[16] @ models/lib/nn.yaml:80:7
%2963 = mul %2958, %1999 : f32[16] @ models/lib/nn.yaml:80:7
%2964 = add %2963, %2962 : f32[16] @ models/lib/nn.yaml:80:7
%2965 = mul %2957, %2957 : f32[16] @ models/lib/nn.yaml:80:7
%2966 = mul %2965, %2003 : f32[16] @ models/lib/nn.yaml:80:7
%2967 = mul %2959, %2005 : f32[16] @ models/lib/nn.yaml:80:7
%2968 = add %2967, %2966 : f32[16] @ models/lib/nn.yaml:80:7
%2969 = cast %2961 : f64[] @ models/lib/nn.yaml:80:7
%2970 = pow %1814, %2969 : f64[] @ models/lib/nn.yaml:80:7
%2971 = sub %1795, %2970 : f64[] @ models/lib/nn.yaml:80:7
%2972 = div %931, %2971 : f64[] @ models/lib/nn.yaml:80:7
%2973 = pow %1822, %2969 : f64[] @ models/lib/nn.yaml:80:7
%2974 = sub %1795, %2973 : f64[] @ models/lib/nn.yaml:80:7
%2975 = sqrt %2974 : f64[] @ models/lib/nn.yaml:80:7
%2976 = div %1795, %2975 : f64[] @ models/lib/nn.yaml:80:7
%2977 = sqrt %2968 : f32[16] @ models/lib/nn.yaml:80:7
%2978 = cast %2976 : f32[] @ models/lib/nn.yaml:80:7
%2979 = broadcast %2978 : f32[16] @ models/lib/nn.yaml:80:7
%2980 = mul %2977, %2979 : f32[16] @ models/lib/nn.yaml:80:7
%2981 = add %2980, %2020 : f32[16] @ models/lib/nn.yaml:80:7
%2982 = div %2964, %2981 : f32[16] @ models/lib/nn.yaml:80:7
%2983 = cast %2972 : f32[] @ models/lib/nn.yaml:80:7
%2984 = broadcast %2983 : f32[16] @ models/lib/nn.yaml:80:7
%2985 = mul %2982, %2984 : f32[16] @ models/lib/nn.yaml:80:7
%2986 = sub %28, %2985 : f32[16] @ models/lib/nn.yaml:80:7
%2987 = assign %28, %2986 : f32[16] @ models/lib/nn.yaml:80:7
%2988 = assign %2958, %2964 : f32[16] @ models/lib/nn.yaml:80:7
%2989 = assign %2959, %2968 : f32[16] @ models/lib/nn.yaml:80:7
%2990 = assign %2960, %2961 : i64[] @ models/lib/nn.yaml:80:7
%2991 = mul %66, %2031 : f32[16] @ models/lib/nn.yaml:80:7
%2992 = mul %2986, %2033 : f32[16] @ models/lib/nn.yaml:80:7
%2993 = add %2991, %2992 : f32[16] @ models/lib/nn.yaml:80:7
%2994 = assign %66, %2993 : f32[16] @ models/lib/nn.yaml:80:7
%2995 = all_reduce_sum %1502 : f32[16] @ models/lib/nn.yaml:89:7
%2996 = mul %2995, %2995 : f32[16] @ models/lib/nn.yaml:89:7
%2997 = reduce_sum %2996 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%2998 = sqrt %2997 : f32[] @ models/lib/nn.yaml:89:7
%2999 = cast %2998 : f64[] @ models/lib/nn.yaml:89:7
%3000 = add %2999, %1791 : f64[] @ models/lib/nn.yaml:89:7
%3001 = div %1793, %3000 : f64[] @ models/lib/nn.yaml:89:7
%3002 = lt %3001, %1795 : bool[] @ models/lib/nn.yaml:89:7
%3003 = cast %3001 : f32[] @ models/lib/nn.yaml:89:7
%3004 = broadcast %3003 : f32[16] @ models/lib/nn.yaml:89:7
%3005 = mul %2995, %3004 : f32[16] @ models/lib/nn.yaml:89:7
%3006 = broadcast %3002 : bool[16] @ models/lib/nn.yaml:89:7
%3007 = select %3006, %3005, %2995 : f32[16] @ models/lib/nn.yaml:89:7
%3008 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3009 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3010 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3011 = add %3010, %1805 : i64[] @ models/lib/nn.yaml:89:7
%3012 = mul %3007, %1997 : f32[16] @ models/lib/nn.yaml:89:7
%3013 = mul %3008, %1999 : f32[16] @ models/lib/nn.yaml:89:7
%3014 = add %3013, %3012 : f32[16] @ models/lib/nn.yaml:89:7
%3015 = mul %3007, %3007 : f32[16] @ models/lib/nn.yaml:89:7
%3016 = mul %3015, %2003 : f32[16] @ models/lib/nn.yaml:89:7
%3017 = mul %3009, %2005 : f32[16] @ models/lib/nn.yaml:89:7
%3018 = add %3017, %3016 : f32[16] @ models/lib/nn.yaml:89:7
%3019 = cast %3011 : f64[] @ models/lib/nn.yaml:89:7
%3020 = pow %1814, %3019 : f64[] @ models/lib/nn.yaml:89:7
%3021 = sub %1795, %3020 : f64[] @ models/lib/nn.yaml:89:7
%3022 = div %931, %3021 : f64[] @ models/lib/nn.yaml:89:7
%3023 = pow %1822, %3019 : f64[] @ models/lib/nn.yaml:89:7
%3024 = sub %1795, %3023 : f64[] @ models/lib/nn.yaml:89:7
%3025 = sqrt %3024 : f64[] @ models/lib/nn.yaml:89:7
%3026 = div %1795, %3025 : f64[] @ models/lib/nn.yaml:89:7
%3027 = sqrt %3018 : f32[16] @ models/lib/nn.yaml:89:7
%3028 = cast %3026 : f32[] @ models/lib/nn.yaml:89:7
%3029 = broadcast %3028 : f32[16] @ models/lib/nn.yaml:89:7
%3030 = mul %3027, %3029 : f32[16] @ models/lib/nn.yaml:89:7
%3031 = add %3030, %2020 : f32[16] @ models/lib/nn.yaml:89:7
%3032 = div %3014, %3031 : f32[16] @ models/lib/nn.yaml:89:7
%3033 = cast %3022 : f32[] @ models/lib/nn.yaml:89:7
%3034 = broadcast %3033 : f32[16] @ models/lib/nn.yaml:89:7
%3035 = mul %3032, %3034 : f32[16] @ models/lib/nn.yaml:89:7
%3036 = sub %29, %3035 : f32[16] @ models/lib/nn.yaml:89:7
%3037 = assign %29, %3036 : f32[16] @ models/lib/nn.yaml:89:7
%3038 = assign %3008, %3014 : f32[16] @ models/lib/nn.yaml:89:7
%3039 = assign %3009, %3018 : f32[16] @ models/lib/nn.yaml:89:7
%3040 = assign %3010, %3011 : i64[] @ models/lib/nn.yaml:89:7
%3041 = mul %67, %2031 : f32[16] @ models/lib/nn.yaml:89:7
%3042 = mul %3036, %2033 : f32[16] @ models/lib/nn.yaml:89:7
%3043 = add %3041, %3042 : f32[16] @ models/lib/nn.yaml:89:7
%3044 = assign %67, %3043 : f32[16] @ models/lib/nn.yaml:89:7
%3045 = all_reduce_sum %1497 : f32[16] @ models/lib/nn.yaml:90:7
%3046 = mul %3045, %3045 : f32[16] @ models/lib/nn.yaml:90:7
%3047 = reduce_sum %3046 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%3048 = sqrt %3047 : f32[] @ models/lib/nn.yaml:90:7
%3049 = cast %3048 : f64[] @ models/lib/nn.yaml:90:7
%3050 = add %3049, %1791 : f64[] @ models/lib/nn.yaml:90:7
%3051 = div %1793, %3050 : f64[] @ models/lib/nn.yaml:90:7
%3052 = lt %3051, %1795 : bool[] @ models/lib/nn.yaml:90:7
%3053 = cast %3051 : f32[] @ models/lib/nn.yaml:90:7
%3054 = broadcast %3053 : f32[16] @ models/lib/nn.yaml:90:7
%3055 = mul %3045, %3054 : f32[16] @ models/lib/nn.yaml:90:7
%3056 = broadcast %3052 : bool[16] @ models/lib/nn.yaml:90:7
%3057 = select %3056, %3055, %3045 : f32[16] @ models/lib/nn.yaml:90:7
%3058 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3059 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3060 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3061 = add %3060, %1805 : i64[] @ models/lib/nn.yaml:90:7
%3062 = mul %3057, %1997 : f32[16] @ models/lib/nn.yaml:90:7
%3063 = mul %3058, %1999 : f32[16] @ models/lib/nn.yaml:90:7
%3064 = add %3063, %3062 : f32[16] @ models/lib/nn.yaml:90:7
%3065 = mul %3057, %3057 : f32[16] @ models/lib/nn.yaml:90:7
%3066 = mul %3065, %2003 : f32[16] @ models/lib/nn.yaml:90:7
%3067 = mul %3059, %2005 : f32[16] @ models/lib/nn.yaml:90:7
%3068 = add %3067, %3066 : f32[16] @ models/lib/nn.yaml:90:7
%3069 = cast %3061 : f64[] @ models/lib/nn.yaml:90:7
%3070 = pow %1814, %3069 : f64[] @ models/lib/nn.yaml:90:7
%3071 = sub %1795, %3070 : f64[] @ models/lib/nn.yaml:90:7
%3072 = div %931, %3071 : f64[] @ models/lib/nn.yaml:90:7
%3073 = pow %1822, %3069 : f64[] @ models/lib/nn.yaml:90:7
%3074 = sub %1795, %3073 : f64[] @ models/lib/nn.yaml:90:7
%3075 = sqrt %3074 : f64[] @ models/lib/nn.yaml:90:7
%3076 = div %1795, %3075 : f64[] @ models/lib/nn.yaml:90:7
%3077 = sqrt %3068 : f32[16] @ models/lib/nn.yaml:90:7
%3078 = cast %3076 : f32[] @ models/lib/nn.yaml:90:7
%3079 = broadcast %3078 : f32[16] @ models/lib/nn.yaml:90:7
%3080 = mul %3077, %3079 : f32[16] @ models/lib/nn.yaml:90:7
%3081 = add %3080, %2020 : f32[16] @ models/lib/nn.yaml:90:7
%3082 = div %3064, %3081 : f32[16] @ models/lib/nn.yaml:90:7
%3083 = cast %3072 : f32[] @ models/lib/nn.yaml:90:7
%3084 = broadcast %3083 : f32[16] @ models/lib/nn.yaml:90:7
%3085 = mul %3082, %3084 : f32[16] @ models/lib/nn.yaml:90:7
%3086 = sub %30, %3085 : f32[16] @ models/lib/nn.yaml:90:7
%3087 = assign %30, %3086 : f32[16] @ models/lib/nn.yaml:90:7
%3088 = assign %3058, %3064 : f32[16] @ models/lib/nn.yaml:90:7
%3089 = assign %3059, %3068 : f32[16] @ models/lib/nn.yaml:90:7
%3090 = assign %3060, %3061 : i64[] @ models/lib/nn.yaml:90:7
%3091 = mul %68, %2031 : f32[16] @ models/lib/nn.yaml:90:7
%3092 = mul %3086, %2033 : f32[16] @ models/lib/nn.yaml:90:7
%3093 = add %3091, %3092 : f32[16] @ models/lib/nn.yaml:90:7
%3094 = assign %68, %3093 : f32[16] @ models/lib/nn.yaml:90:7
%3095 = all_reduce_sum %1492 : f32[64,16] @ models/lib/nn.yaml:79:7
%3096 = reshape %3095 : f32[1024] @ models/lib/nn.yaml:79:7
%3097 = mul %3096, %3096 : f32[1024] @ models/lib/nn.yaml:79:7
%3098 = reduce_sum %3097 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3099 = sqrt %3098 : f32[] @ models/lib/nn.yaml:79:7
%3100 = cast %3099 : f64[] @ models/lib/nn.yaml:79:7
%3101 = add %3100, %1791 : f64[] @ models/lib/nn.yaml:79:7
%3102 = div %1793, %3101 : f64[] @ models/lib/nn.yaml:79:7
%3103 = lt %3102, %1795 : bool[] @ models/lib/nn.yaml:79:7
%3104 = cast %3102 : f32[] @ models/lib/nn.yaml:79:7
%3105 = broadcast %3104 : f32[64,16] @ models/lib/nn.yaml:79:7
%3106 = mul %3095, %3105 : f32[64,16] @ models/lib/nn.yaml:79:7
%3107 = broadcast %3103 : bool[64,16] @ models/lib/nn.yaml:79:7
%3108 = select %3107, %3106, %3095 : f32[64,16] @ models/lib/nn.yaml:79:7
%3109 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%3110 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%3111 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3112 = add %3111, %1805 : i64[] @ models/lib/nn.yaml:79:7
%3113 = mul %31, %2482 : f32[64,16] @ models/lib/nn.yaml:79:7
%3114 = mul %3108, %2484 : f32[64,16] @ models/lib/nn.yaml:79:7
%3115 = mul %3109, %2486 : f32[64,16] @ models/lib/nn.yaml:79:7
%3116 = add %3115, %3114 : f32[64,16] @ models/lib/nn.yaml:79:7
%3117 = mul %3108, %3108 : f32[64,16] @ models/lib/nn.yaml:79:7
%3118 = mul %3117, %2490 : f32[64,16] @ models/lib/nn.yaml:79:7
%3119 = mul %3110, %2492 : f32[64,16] @ models/lib/nn.yaml:79:7
%3120 = add %3119, %3118 : f32[64,16] @ models/lib/nn.yaml:79:7
%3121 = cast %3112 : f64[] @ models/lib/nn.yaml:79:7
%3122 = pow %1814, %3121 : f64[] @ models/lib/nn.yaml:79:7
%3123 = sub %1795, %3122 : f64[] @ models/lib/nn.yaml:79:7
%3124 = div %931, %3123 : f64[] @ models/lib/nn.yaml:79:7
%3125 = pow %1822, %3121 : f64[] @ models/lib/nn.yaml:79:7
%3126 = sub %1795, %3125 : f64[] @ models/lib/nn.yaml:79:7
%3127 = sqrt %3126 : f64[] @ models/lib/nn.yaml:79:7
%3128 = div %1795, %3127 : f64[] @ models/lib/nn.yaml:79:7
%3129 = sqrt %3120 : f32[64,16] @ models/lib/nn.yaml:79:7
%3130 = cast %3128 : f32[] @ models/lib/nn.yaml:79:7
%3131 = broadcast %3130 : f32[64,16] @ models/lib/nn.yaml:79:7
%3132 = mul %3129, %3131 : f32[64,16] @ models/lib/nn.yaml:79:7
%3133 = add %3132, %2507 : f32[64,16] @ models/lib/nn.yaml:79:7
%3134 = div %3116, %3133 : f32[64,16] @ models/lib/nn.yaml:79:7
%3135 = cast %3124 : f32[] @ models/lib/nn.yaml:79:7
%3136 = broadcast %3135 : f32[64,16] @ models/lib/nn.yaml:79:7
%3137 = mul %3134, %3136 : f32[64,16] @ models/lib/nn.yaml:79:7
%3138 = sub %3113, %3137 : f32[64,16] @ models/lib/nn.yaml:79:7
%3139 = assign %31, %3138 : f32[64,16] @ models/lib/nn.yaml:79:7
%3140 = assign %3109, %3116 : f32[64,16] @ models/lib/nn.yaml:79:7
%3141 = assign %3110, %3120 : f32[64,16] @ models/lib/nn.yaml:79:7
%3142 = assign %3111, %3112 : i64[] @ models/lib/nn.yaml:79:7
%3143 = mul %69, %2518 : f32[64,16] @ models/lib/nn.yaml:79:7
%3144 = mul %3138, %2520 : f32[64,16] @ models/lib/nn.yaml:79:7
%3145 = add %3143, %3144 : f32[64,16] @ models/lib/nn.yaml:79:7
%3146 = assign %69, %3145 : f32[64,16] @ models/lib/nn.yaml:79:7
%3147 = all_reduce_sum %1487 : f32[64] @ models/lib/nn.yaml:80:7
%3148 = mul %3147, %3147 : f32[64] @ models/lib/nn.yaml:80:7
%3149 = reduce_sum %3148 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3150 = sqrt %3149 : f32[] @ models/lib/nn.yaml:80:7
%3151 = cast %3150 : f64[] @ models/lib/nn.yaml:80:7
%3152 = add %3151, %1791 : f64[] @ models/lib/nn.yaml:80:7
%3153 = div %1793, %3152 : f64[] @ models/lib/nn.yaml:80:7
%3154 = lt %3153, %1795 : bool[] @ models/lib/nn.yaml:80:7
%3155 = cast %3153 : f32[] @ models/lib/nn.yaml:80:7
%3156 = broadcast %3155 : f32[64] @ models/lib/nn.yaml:80:7
%3157 = mul %3147, %3156 : f32[64] @ models/lib/nn.yaml:80:7
%3158 = broadcast %3154 : bool[64] @ models/lib/nn.yaml:80:7
%3159 = select %3158, %3157, %3147 : f32[64] @ models/lib/nn.yaml:80:7
%3160 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%3161 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%3162 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3163 = add %3162, %1805 : i64[] @ models/lib/nn.yaml:80:7
%3164 = mul %3159, %2541 : f32[64] @ models/lib/nn.yaml:80:7
%3165 = mul %3160, %2543 : f32[64] @ models/lib/nn.yaml:80:7
%3166 = add %3165, %3164 : f32[64] @ models/lib/nn.yaml:80:7
%3167 = mul %3159, %3159 : f32[64] @ models/lib/nn.yaml:80:7
%3168 = mul %3167, %2547 : f32[64] @ models/lib/nn.yaml:80:7
%3169 = mul %3161, %2549 : f32[64] @ models/lib/nn.yaml:80:7
%3170 = add %3169, %3168 : f32[64] @ models/lib/nn.yaml:80:7
%3171 = cast %3163 : f64[] @ models/lib/nn.yaml:80:7
%3172 = pow %1814, %3171 : f64[] @ models/lib/nn.yaml:80:7
%3173 = sub %1795, %3172 : f64[] @ models/lib/nn.yaml:80:7
%3174 = div %931, %3173 : f64[] @ models/lib/nn.yaml:80:7
%3175 = pow %1822, %3171 : f64[] @ models/lib/nn.yaml:80:7
%3176 = sub %1795, %3175 : f64[] @ models/lib/nn.yaml:80:7
%3177 = sqrt %3176 : f64[] @ models/lib/nn.yaml:80:7
%3178 = div %1795, %3177 : f64[] @ models/lib/nn.yaml:80:7
%3179 = sqrt %3170 : f32[64] @ models/lib/nn.yaml:80:7
%3180 = cast %3178 : f32[] @ models/lib/nn.yaml:80:7
%3181 = broadcast %3180 : f32[64] @ models/lib/nn.yaml:80:7
%3182 = mul %3179, %3181 : f32[64] @ models/lib/nn.yaml:80:7
%3183 = add %3182, %2564 : f32[64] @ models/lib/nn.yaml:80:7
%3184 = div %3166, %3183 : f32[64] @ models/lib/nn.yaml:80:7
%3185 = cast %3174 : f32[] @ models/lib/nn.yaml:80:7
%3186 = broadcast %3185 : f32[64] @ models/lib/nn.yaml:80:7
%3187 = mul %3184, %3186 : f32[64] @ models/lib/nn.yaml:80:7
%3188 = sub %32, %3187 : f32[64] @ models/lib/nn.yaml:80:7
%3189 = assign %32, %3188 : f32[64] @ models/lib/nn.yaml:80:7
%3190 = assign %3160, %3166 : f32[64] @ models/lib/nn.yaml:80:7
%3191 = assign %3161, %3170 : f32[64] @ models/lib/nn.yaml:80:7
%3192 = assign %3162, %3163 : i64[] @ models/lib/nn.yaml:80:7
%3193 = mul %70, %2575 : f32[64] @ models/lib/nn.yaml:80:7
%3194 = mul %3188, %2577 : f32[64] @ models/lib/nn.yaml:80:7
%3195 = add %3193, %3194 : f32[64] @ models/lib/nn.yaml:80:7
%3196 = assign %70, %3195 : f32[64] @ models/lib/nn.yaml:80:7
%3197 = all_reduce_sum %1471 : f32[16,64] @ models/lib/nn.yaml:79:7
%3198 = reshape %3197 : f32[1024] @ models/lib/nn.yaml:79:7
%3199 = mul %3198, %3198 : f32[1024] @ models/lib/nn.yaml:79:7
%3200 = reduce_sum %3199 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3201 = sqrt %3200 : f32[] @ models/lib/nn.yaml:79:7
%3202 = cast %3201 : f64[] @ models/lib/nn.yaml:79:7
%3203 = add %3202, %1791 : f64[] @ models/lib/nn.yaml:79:7
%3204 = div %1793, %3203 : f64[] @ models/lib/nn.yaml:79:7
%3205 = lt %3204, %1795 : bool[] @ models/lib/nn.yaml:79:7
%3206 = cast %3204 : f32[] @ models/lib/nn.yaml:79:7
%3207 = broadcast %3206 : f32[16,64] @ models/lib/nn.yaml:79:7
%3208 = mul %3197, %3207 : f32[16,64] @ models/lib/nn.yaml:79:7
%3209 = broadcast %3205 : bool[16,64] @ models/lib/nn.yaml:79:7
%3210 = select %3209, %3208, %3197 : f32[16,64] @ models/lib/nn.yaml:79:7
%3211 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%3212 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%3213 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3214 = add %3213, %1805 : i64[] @ models/lib/nn.yaml:79:7
%3215 = mul %33, %2599 : f32[16,64] @ models/lib/nn.yaml:79:7
%3216 = mul %3210, %2601 : f32[16,64] @ models/lib/nn.yaml:79:7
%3217 = mul %3211, %2603 : f32[16,64] @ models/lib/nn.yaml:79:7
%3218 = add %3217, %3216 : f32[16,64] @ models/lib/nn.yaml:79:7
%3219 = mul %3210, %3210 : f32[16,64] @ models/lib/nn.yaml:79:7
%3220 = mul %3219, %2607 : f32[16,64] @ models/lib/nn.yaml:79:7
%3221 = mul %3212, %2609 : f32[16,64] @ models/lib/nn.yaml:79:7
%3222 = add %3221, %3220 : f32[16,64] @ models/lib/nn.yaml:79:7
%3223 = cast %3214 : f64[] @ models/lib/nn.yaml:79:7
%3224 = pow %1814, %3223 : f64[] @ models/lib/nn.yaml:79:7
%3225 = sub %1795, %3224 : f64[] @ models/lib/nn.yaml:79:7
%3226 = div %931, %3225 : f64[] @ models/lib/nn.yaml:79:7
%3227 = pow %1822, %3223 : f64[] @ models/lib/nn.yaml:79:7
%3228 = sub %1795, %3227 : f64[] @ models/lib/nn.yaml:79:7
%3229 = sqrt %3228 : f64[] @ models/lib/nn.yaml:79:7
%3230 = div %1795, %3229 : f64[] @ models/lib/nn.yaml:79:7
%3231 = sqrt %3222 : f32[16,64] @ models/lib/nn.yaml:79:7
%3232 = cast %3230 : f32[] @ models/lib/nn.yaml:79:7
%3233 = broadcast %3232 : f32[16,64] @ models/lib/nn.yaml:79:7
%3234 = mul %3231, %3233 : f32[16,64] @ models/lib/nn.yaml:79:7
%3235 = add %3234, %2624 : f32[16,64] @ models/lib/nn.yaml:79:7
%3236 = div %3218, %3235 : f32[16,64] @ models/lib/nn.yaml:79:7
%3237 = cast %3226 : f32[] @ models/lib/nn.yaml:79:7
%3238 = broadcast %3237 : f32[16,64] @ models/lib/nn.yaml:79:7
%3239 = mul %3236, %3238 : f32[16,64] @ models/lib/nn.yaml:79:7
%3240 = sub %3215, %3239 : f32[16,64] @ models/lib/nn.yaml:79:7
%3241 = assign %33, %3240 : f32[16,64] @ models/lib/nn.yaml:79:7
%3242 = assign %3211, %3218 : f32[16,64] @ models/lib/nn.yaml:79:7
%3243 = assign %3212, %3222 : f32[16,64] @ models/lib/nn.yaml:79:7
%3244 = assign %3213, %3214 : i64[] @ models/lib/nn.yaml:79:7
%3245 = mul %71, %2635 : f32[16,64] @ models/lib/nn.yaml:79:7
%3246 = mul %3240, %2637 : f32[16,64] @ models/lib/nn.yaml:79:7
%3247 = add %3245, %3246 : f32[16,64] @ models/lib/nn.yaml:79:7
%3248 = assign %71, %3247 : f32[16,64] @ models/lib/nn.yaml:79:7
%3249 = all_reduce_sum %1466 : f32[16] @ models/lib/nn.yaml:80:7
%3250 = mul %3249, %3249 : f32[16] @ models/lib/nn.yaml:80:7
%3251 = reduce_sum %3250 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3252 = sqrt %3251 : f32[] @ models/lib/nn.yaml:80:7
%3253 = cast %3252 : f64[] @ models/lib/nn.yaml:80:7
%3254 = add %3253, %1791 : f64[] @ models/lib/nn.yaml:80:7
%3255 = div %1793, %3254 : f64[] @ models/lib/nn.yaml:80:7
%3256 = lt %3255, %1795 : bool[] @ models/lib/nn.yaml:80:7
%3257 = cast %3255 : f32[] @ models/lib/nn.yaml:80:7
%3258 = broadcast %3257 : f32[16] @ models/lib/nn.yaml:80:7
%3259 = mul %3249, %3258 : f32[16] @ models/lib/nn.yaml:80:7
%3260 = broadcast %3256 : bool[16] @ models/lib/nn.yaml:80:7
%3261 = select %3260, %3259, %3249 : f32[16] @ models/lib/nn.yaml:80:7
%3262 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3263 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3264 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3265 = add %3264, %1805 : i64[] @ models/lib/nn.yaml:80:7
%3266 = mul %3261, %1997 : f32[16] @ models/lib/nn.yaml:80:7
%3267 = mul %3262, %1999 : f32[16] @ models/lib/nn.yaml:80:7
%3268 = add %3267, %3266 : f32[16] @ models/lib/nn.yaml:80:7
%3269 = mul %3261, %3261 : f32[16] @ models/lib/nn.yaml:80:7
%3270 = mul %3269, %2003 : f32[16] @ models/lib/nn.yaml:80:7
%3271 = mul %3263, %2005 : f32[16] @ models/lib/nn.yaml:80:7
%3272 = add %3271, %3270 : f32[16] @ models/lib/nn.yaml:80:7
%3273 = cast %3265 : f64[] @ models/lib/nn.yaml:80:7
%3274 = pow %1814, %3273 : f64[] @ models/lib/nn.yaml:80:7
%3275 = sub %1795, %3274 : f64[] @ models/lib/nn.yaml:80:7
%3276 = div %931, %3275 : f64[] @ models/lib/nn.yaml:80:7
%3277 = pow %1822, %3273 : f64[] @ models/lib/nn.yaml:80:7
%3278 = sub %1795, %3277 : f64[] @ models/lib/nn.yaml:80:7
%3279 = sqrt %3278 : f64[] @ models/lib/nn.yaml:80:7
%3280 = div %1795, %3279 : f64[] @ models/lib/nn.yaml:80:7
%3281 = sqrt %3272 : f32[16] @ models/lib/nn.yaml:80:7
%3282 = cast %3280 : f32[] @ models/lib/nn.yaml:80:7
%3283 = broadcast %3282 : f32[16] @ models/lib/nn.yaml:80:7
%3284 = mul %3281, %3283 : f32[16] @ models/lib/nn.yaml:80:7
%3285 = add %3284, %2020 : f32[16] @ models/lib/nn.yaml:80:7
%3286 = div %3268, %3285 : f32[16] @ models/lib/nn.yaml:80:7
%3287 = cast %3276 : f32[] @ models/lib/nn.yaml:80:7
%3288 = broadcast %3287 : f32[16] @ models/lib/nn.yaml:80:7
%3289 = mul %3286, %3288 : f32[16] @ models/lib/nn.yaml:80:7
%3290 = sub %34, %3289 : f32[16] @ models/lib/nn.yaml:80:7
%3291 = assign %34, %3290 : f32[16] @ models/lib/nn.yaml:80:7
%3292 = assign %3262, %3268 : f32[16] @ models/lib/nn.yaml:80:7
%3293 = assign %3263, %3272 : f32[16] @ models/lib/nn.yaml:80:7
%3294 = assign %3264, %3265 : i64[] @ models/lib/nn.yaml:80:7
%3295 = mul %72, %2031 : f32[16] @ models/lib/nn.yaml:80:7
%3296 = mul %3290, %2033 : f32[16] @ models/lib/nn.yaml:80:7
%3297 = add %3295, %3296 : f32[16] @ models/lib/nn.yaml:80:7
%3298 = assign %72, %3297 : f32[16] @ models/lib/nn.yaml:80:7
%3299 = all_reduce_sum %1441 : f32[16] @ models/lib/nn.yaml:89:7
%3300 = mul %3299, %3299 : f32[16] @ models/lib/nn.yaml:89:7
%3301 = reduce_sum %3300 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%3302 = sqrt %3301 : f32[] @ models/lib/nn.yaml:89:7
%3303 = cast %3302 : f64[] @ models/lib/nn.yaml:89:7
%3304 = add %3303, %1791 : f64[] @ models/lib/nn.yaml:89:7
%3305 = div %1793, %3304 : f64[] @ models/lib/nn.yaml:89:7
%3306 = lt %3305, %1795 : bool[] @ models/lib/nn.yaml:89:7
%3307 = cast %3305 : f32[] @ models/lib/nn.yaml:89:7
%3308 = broadcast %3307 : f32[16] @ models/lib/nn.yaml:89:7
%3309 = mul %3299, %3308 : f32[16] @ models/lib/nn.yaml:89:7
%3310 = broadcast %3306 : bool[16] @ models/lib/nn.yaml:89:7
%3311 = select %3310, %3309, %3299 : f32[16] @ models/lib/nn.yaml:89:7
%3312 = state name="adam_m.backbone.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3313 = state name="adam_v.backbone.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3314 = state name="adam_t.backbone.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3315 = add %3314, %1805 : i64[] @ models/lib/nn.yaml:89:7
%3316 = mul %3311, %1997 : f32[16] @ models/lib/nn.yaml:89:7
%3317 = mul %3312, %1999 : f32[16] @ models/lib/nn.yaml:89:7
%3318 = add %3317, %3316 : f32[16] @ models/lib/nn.yaml:89:7
%3319 = mul %3311, %3311 : f32[16] @ models/lib/nn.yaml:89:7
%3320 = mul %3319, %2003 : f32[16] @ models/lib/nn.yaml:89:7
%3321 = mul %3313, %2005 : f32[16] @ models/lib/nn.yaml:89:7
%3322 = add %3321, %3320 : f32[16] @ models/lib/nn.yaml:89:7
%3323 = cast %3315 : f64[] @ models/lib/nn.yaml:89:7
%3324 = pow %1814, %3323 : f64[] @ models/lib/nn.yaml:89:7
%3325 = sub %1795, %3324 : f64[] @ models/lib/nn.yaml:89:7
%3326 = div %931, %3325 : f64[] @ models/lib/nn.yaml:89:7
%3327 = pow %1822, %3323 : f64[] @ models/lib/nn.yaml:89:7
%3328 = sub %1795, %3327 : f64[] @ models/lib/nn.yaml:89:7
%3329 = sqrt %3328 : f64[] @ models/lib/nn.yaml:89:7
%3330 = div %1795, %3329 : f64[] @ models/lib/nn.yaml:89:7
%3331 = sqrt %3322 : f32[16] @ models/lib/nn.yaml:89:7
%3332 = cast %3330 : f32[] @ models/lib/nn.yaml:89:7
%3333 = broadcast %3332 : f32[16] @ models/lib/nn.yaml:89:7
%3334 = mul %3331, %3333 : f32[16] @ models/lib/nn.yaml:89:7
%3335 = add %3334, %2020 : f32[16] @ models/lib/nn.yaml:89:7
%3336 = div %3318, %3335 : f32[16] @ models/lib/nn.yaml:89:7
%3337 = cast %3326 : f32[] @ models/lib/nn.yaml:89:7
%3338 = broadcast %3337 : f32[16] @ models/lib/nn.yaml:89:7
%3339 = mul %3336, %3338 : f32[16] @ models/lib/nn.yaml:89:7
%3340 = sub %35, %3339 : f32[16] @ models/lib/nn.yaml:89:7
%3341 = assign %35, %3340 : f32[16] @ models/lib/nn.yaml:89:7
%3342 = assign %3312, %3318 : f32[16] @ models/lib/nn.yaml:89:7
%3343 = assign %3313, %3322 : f32[16] @ models/lib/nn.yaml:89:7
%3344 = assign %3314, %3315 : i64[] @ models/lib/nn.yaml:89:7
%3345 = mul %73, %2031 : f32[16] @ models/lib/nn.yaml:89:7
%3346 = mul %3340, %2033 : f32[16] @ models/lib/nn.yaml:89:7
%3347 = add %3345, %3346 : f32[16] @ models/lib/nn.yaml:89:7
%3348 = assign %73, %3347 : f32[16] @ models/lib/nn.yaml:89:7
%3349 = all_reduce_sum %1436 : f32[16] @ models/lib/nn.yaml:90:7
%3350 = mul %3349, %3349 : f32[16] @ models/lib/nn.yaml:90:7
%3351 = reduce_sum %3350 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%3352 = sqrt %3351 : f32[] @ models/lib/nn.yaml:90:7
%3353 = cast %3352 : f64[] @ models/lib/nn.yaml:90:7
%3354 = add %3353, %1791 : f64[] @ models/lib/nn.yaml:90:7
%3355 = div %1793, %3354 : f64[] @ models/lib/nn.yaml:90:7
%3356 = lt %3355, %1795 : bool[] @ models/lib/nn.yaml:90:7
%3357 = cast %3355 : f32[] @ models/lib/nn.yaml:90:7
%3358 = broadcast %3357 : f32[16] @ models/lib/nn.yaml:90:7
%3359 = mul %3349, %3358 : f32[16] @ models/lib/nn.yaml:90:7
%3360 = broadcast %3356 : bool[16] @ models/lib/nn.yaml:90:7
%3361 = select %3360, %3359, %3349 : f32[16] @ models/lib/nn.yaml:90:7
%3362 = state name="adam_m.backbone.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3363 = state name="adam_v.backbone.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3364 = state name="adam_t.backbone.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3365 = add %3364, %1805 : i64[] @ models/lib/nn.yaml:90:7
%3366 = mul %3361, %1997 : f32[16] @ models/lib/nn.yaml:90:7
%3367 = mul %3362, %1999 : f32[16] @ models/lib/nn.yaml:90:7
%3368 = add %3367, %3366 : f32[16] @ models/lib/nn.yaml:90:7
%3369 = mul %3361, %3361 : f32[16] @ models/lib/nn.yaml:90:7
%3370 = mul %3369, %2003 : f32[16] @ models/lib/nn.yaml:90:7
%3371 = mul %3363, %2005 : f32[16] @ models/lib/nn.yaml:90:7
%3372 = add %3371, %3370 : f32[16] @ models/lib/nn.yaml:90:7
%3373 = cast %3365 : f64[] @ models/lib/nn.yaml:90:7
%3374 = pow %1814, %3373 : f64[] @ models/lib/nn.yaml:90:7
%3375 = sub %1795, %3374 : f64[] @ models/lib/nn.yaml:90:7
%3376 = div %931, %3375 : f64[] @ models/lib/nn.yaml:90:7
%3377 = pow %1822, %3373 : f64[] @ models/lib/nn.yaml:90:7
%3378 = sub %1795, %3377 : f64[] @ models/lib/nn.yaml:90:7
%3379 = sqrt %3378 : f64[] @ models/lib/nn.yaml:90:7
%3380 = div %1795, %3379 : f64[] @ models/lib/nn.yaml:90:7
%3381 = sqrt %3372 : f32[16] @ models/lib/nn.yaml:90:7
%3382 = cast %3380 : f32[] @ models/lib/nn.yaml:90:7
%3383 = broadcast %3382 : f32[16] @ models/lib/nn.yaml:90:7
%3384 = mul %3381, %3383 : f32[16] @ models/lib/nn.yaml:90:7
%3385 = add %3384, %2020 : f32[16] @ models/lib/nn.yaml:90:7
%3386 = div %3368, %3385 : f32[16] @ models/lib/nn.yaml:90:7
%3387 = cast %3376 : f32[] @ models/lib/nn.yaml:90:7
%3388 = broadcast %3387 : f32[16] @ models/lib/nn.yaml:90:7
%3389 = mul %3386, %3388 : f32[16] @ models/lib/nn.yaml:90:7
%3390 = sub %36, %3389 : f32[16] @ models/lib/nn.yaml:90:7
%3391 = assign %36, %3390 : f32[16] @ models/lib/nn.yaml:90:7
%3392 = assign %3362, %3368 : f32[16] @ models/lib/nn.yaml:90:7
%3393 = assign %3363, %3372 : f32[16] @ models/lib/nn.yaml:90:7
%3394 = assign %3364, %3365 : i64[] @ models/lib/nn.yaml:90:7
%3395 = mul %74, %2031 : f32[16] @ models/lib/nn.yaml:90:7
%3396 = mul %3390, %2033 : f32[16] @ models/lib/nn.yaml:90:7
%3397 = add %3395, %3396 : f32[16] @ models/lib/nn.yaml:90:7
%3398 = assign %74, %3397 : f32[16] @ models/lib/nn.yaml:90:7
%3399 = all_reduce_sum %1428 : f32[24,16] @ models/lib/nn.yaml:79:7
%3400 = reshape %3399 : f32[384] @ models/lib/nn.yaml:79:7
%3401 = mul %3400, %3400 : f32[384] @ models/lib/nn.yaml:79:7
%3402 = reduce_sum %3401 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3403 = sqrt %3402 : f32[] @ models/lib/nn.yaml:79:7
%3404 = cast %3403 : f64[] @ models/lib/nn.yaml:79:7
%3405 = add %3404, %1791 : f64[] @ models/lib/nn.yaml:79:7
%3406 = div %1793, %3405 : f64[] @ models/lib/nn.yaml:79:7
%3407 = lt %3406, %1795 : bool[] @ models/lib/nn.yaml:79:7
%3408 = cast %3406 : f32[] @ models/lib/nn.yaml:79:7
%3409 = broadcast %3408 : f32[24,16] @ models/lib/nn.yaml:79:7
%3410 = mul %3399, %3409 : f32[24,16] @ models/lib/nn.yaml:79:7
%3411 = broadcast %3407 : bool[24,16] @ models/lib/nn.yaml:79:7
%3412 = select %3411, %3410, %3399 : f32[24,16] @ models/lib/nn.yaml:79:7
%3413 = state name="adam_m.head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%3414 = state name="adam_v.head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%3415 = state name="adam_t.head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3416 = add %3415, %1805 : i64[] @ models/lib/nn.yaml:79:7
%3417 = broadcast %1809 : f32[24,16] @ models/lib/nn.yaml:79:7
%3418 = mul %37, %3417 : f32[24,16] @ models/lib/nn.yaml:79:7
%3419 = broadcast %826 : f32[24,16] @ models/lib/nn.yaml:79:7
%3420 = mul %3412, %3419 : f32[24,16] @ models/lib/nn.yaml:79:7
%3421 = broadcast %468 : f32[24,16] @ models/lib/nn.yaml:79:7
%3422 = mul %3413, %3421 : f32[24,16] @ models/lib/nn.yaml:79:7
%3423 = add %3422, %3420 : f32[24,16] @ models/lib/nn.yaml:79:7
%3424 = mul %3412, %3412 : f32[24,16] @ models/lib/nn.yaml:79:7
%3425 = broadcast %1819 : f32[24,16] @ models/lib/nn.yaml:79:7
%3426 = mul %3424, %3425 : f32[24,16] @ models/lib/nn.yaml:79:7
%3427 = broadcast %1823 : f32[24,16] @ models/lib/nn.yaml:79:7
%3428 = mul %3414, %3427 : f32[24,16] @ models/lib/nn.yaml:79:7
%3429 = add %3428, %3426 : f32[24,16] @ models/lib/nn.yaml:79:7
%3430 = cast %3416 : f64[] @ models/lib/nn.yaml:79:7
%3431 = pow %1814, %3430 : f64[] @ models/lib/nn.yaml:79:7
%3432 = sub %1795, %3431 : f64[] @ models/lib/nn.yaml:79:7
%3433 = div %931, %3432 : f64[] @ models/lib/nn.yaml:79:7
%3434 = pow %1822, %3430 : f64[] @ models/lib/nn.yaml:79:7
%3435 = sub %1795, %3434 : f64[] @ models/lib/nn.yaml:79:7
%3436 = sqrt %3435 : f64[] @ models/lib/nn.yaml:79:7
%3437 = div %1795, %3436 : f64[] @ models/lib/nn.yaml:79:7
%3438 = sqrt %3429 : f32[24,16] @ models/lib/nn.yaml:79:7
%3439 = cast %3437 : f32[] @ models/lib/nn.yaml:79:7
%3440 = broadcast %3439 : f32[24,16] @ models/lib/nn.yaml:79:7
%3441 = mul %3438, %3440 : f32[24,16] @ models/lib/nn.yaml:79:7
%3442 = broadcast %1839 : f32[24,16] @ models/lib/nn.yaml:79:7
%3443 = add %3441, %3442 : f32[24,16] @ models/lib/nn.yaml:79:7
%3444 = div %3423, %3443 : f32[24,16] @ models/lib/nn.yaml:79:7
%3445 = cast %3433 : f32[] @ models/lib/nn.yaml:79:7
%3446 = broadcast %3445 : f32[24,16] @ models/lib/nn.yaml:79:7
%3447 = mul %3444, %3446 : f32[24,16] @ models/lib/nn.yaml:79:7
%3448 = sub %3418, %3447 : f32[24,16] @ models/lib/nn.yaml:79:7
%3449 = assign %37, %3448 : f32[24,16] @ models/lib/nn.yaml:79:7
%3450 = assign %3413, %3423 : f32[24,16] @ models/lib/nn.yaml:79:7
%3451 = assign %3414, %3429 : f32[24,16] @ models/lib/nn.yaml:79:7
%3452 = assign %3415, %3416 : i64[] @ models/lib/nn.yaml:79:7
%3453 = broadcast %1851 : f32[24,16] @ models/lib/nn.yaml:79:7
%3454 = mul %75, %3453 : f32[24,16] @ models/lib/nn.yaml:79:7
%3455 = broadcast %1855 : f32[24,16] @ models/lib/nn.yaml:79:7
%3456 = mul %3448, %3455 : f32[24,16] @ models/lib/nn.yaml:79:7
%3457 = add %3454, %3456 : f32[24,16] @ models/lib/nn.yaml:79:7
%3458 = assign %75, %3457 : f32[24,16] @ models/lib/nn.yaml:79:7
%3459 = all_reduce_sum %1425 : f32[24] @ models/lib/nn.yaml:80:7
%3460 = mul %3459, %3459 : f32[24] @ models/lib/nn.yaml:80:7
%3461 = reduce_sum %3460 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3462 = sqrt %3461 : f32[] @ models/lib/nn.yaml:80:7
%3463 = cast %3462 : f64[] @ models/lib/nn.yaml:80:7
%3464 = add %3463, %1791 : f64[] @ models/lib/nn.yaml:80:7
%3465 = div %1793, %3464 : f64[] @ models/lib/nn.yaml:80:7
%3466 = lt %3465, %1795 : bool[] @ models/lib/nn.yaml:80:7
%3467 = cast %3465 : f32[] @ models/lib/nn.yaml:80:7
%3468 = broadcast %3467 : f32[24] @ models/lib/nn.yaml:80:7
%3469 = mul %3459, %3468 : f32[24] @ models/lib/nn.yaml:80:7
%3470 = broadcast %3466 : bool[24] @ models/lib/nn.yaml:80:7
%3471 = select %3470, %3469, %3459 : f32[24] @ models/lib/nn.yaml:80:7
%3472 = state name="adam_m.head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%3473 = state name="adam_v.head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%3474 = state name="adam_t.head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3475 = add %3474, %1805 : i64[] @ models/lib/nn.yaml:80:7
%3476 = broadcast %826 : f32[24] @ models/lib/nn.yaml:80:7
%3477 = mul %3471, %3476 : f32[24] @ models/lib/nn.yaml:80:7
%3478 = broadcast %468 : f32[24] @ models/lib/nn.yaml:80:7
%3479 = mul %3472, %3478 : f32[24] @ models/lib/nn.yaml:80:7
%3480 = add %3479, %3477 : f32[24] @ models/lib/nn.yaml:80:7
%3481 = mul %3471, %3471 : f32[24] @ models/lib/nn.yaml:80:7
%3482 = broadcast %1819 : f32[24] @ models/lib/nn.yaml:80:7
%3483 = mul %3481, %3482 : f32[24] @ models/lib/nn.yaml:80:7
%3484 = broadcast %1823 : f32[24] @ models/lib/nn.yaml:80:7
%3485 = mul %3473, %3484 : f32[24] @ models/lib/nn.yaml:80:7
%3486 = add %3485, %3483 : f32[24] @ models/lib/nn.yaml:80:7
%3487 = cast %3475 : f64[] @ models/lib/nn.yaml:80:7
%3488 = pow %1814, %3487 : f64[] @ models/lib/nn.yaml:80:7
%3489 = sub %1795, %3488 : f64[] @ models/lib/nn.yaml:80:7
%3490 = div %931, %3489 : f64[] @ models/lib/nn.yaml:80:7
%3491 = pow %1822, %3487 : f64[] @ models/lib/nn.yaml:80:7
%3492 = sub %1795, %3491 : f64[] @ models/lib/nn.yaml:80:7
%3493 = sqrt %3492 : f64[] @ models/lib/nn.yaml:80:7
%3494 = div %1795, %3493 : f64[] @ models/lib/nn.yaml:80:7
%3495 = sqrt %3486 : f32[24] @ models/lib/nn.yaml:80:7
%3496 = cast %3494 : f32[] @ models/lib/nn.yaml:80:7
%3497 = broadcast %3496 : f32[24] @ models/lib/nn.yaml:80:7
%3498 = mul %3495, %3497 : f32[24] @ models/lib/nn.yaml:80:7
%3499 = broadcast %1839 : f32[24] @ models/lib/nn.yaml:80:7
%3500 = add %3498, %3499 : f32[24] @ models/lib/nn.yaml:80:7
%3501 = div %3480, %3500 : f32[24] @ models/lib/nn.yaml:80:7
%3502 = cast %3490 : f32[] @ models/lib/nn.yaml:80:7
%3503 = broadcast %3502 : f32[24] @ models/lib/nn.yaml:80:7
%3504 = mul %3501, %3503 : f32[24] @ models/lib/nn.yaml:80:7
%3505 = sub %38, %3504 : f32[24] @ models/lib/nn.yaml:80:7
%3506 = assign %38, %3505 : f32[24] @ models/lib/nn.yaml:80:7
%3507 = assign %3472, %3480 : f32[24] @ models/lib/nn.yaml:80:7
%3508 = assign %3473, %3486 : f32[24] @ models/lib/nn.yaml:80:7
%3509 = assign %3474, %3475 : i64[] @ models/lib/nn.yaml:80:7
%3510 = broadcast %1851 : f32[24] @ models/lib/nn.yaml:80:7
%3511 = mul %76, %3510 : f32[24] @ models/lib/nn.yaml:80:7
%3512 = broadcast %1855 : f32[24] @ models/lib/nn.yaml:80:7
%3513 = mul %3505, %3512 : f32[24] @ models/lib/nn.yaml:80:7
%3514 = add %3511, %3513 : f32[24] @ models/lib/nn.yaml:80:7
%3515 = assign %76, %3514 : f32[24] @ models/lib/nn.yaml:80:7
%3516 = all_reduce_sum %1412 : f32[24,24] @ models/lib/nn.yaml:79:7
%3517 = reshape %3516 : f32[576] @ models/lib/nn.yaml:79:7
%3518 = mul %3517, %3517 : f32[576] @ models/lib/nn.yaml:79:7
%3519 = reduce_sum %3518 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3520 = sqrt %3519 : f32[] @ models/lib/nn.yaml:79:7
%3521 = cast %3520 : f64[] @ models/lib/nn.yaml:79:7
%3522 = add %3521, %1791 : f64[] @ models/lib/nn.yaml:79:7
%3523 = div %1793, %3522 : f64[] @ models/lib/nn.yaml:79:7
%3524 = lt %3523, %1795 : bool[] @ models/lib/nn.yaml:79:7
%3525 = cast %3523 : f32[] @ models/lib/nn.yaml:79:7
%3526 = broadcast %3525 : f32[24,24] @ models/lib/nn.yaml:79:7
%3527 = mul %3516, %3526 : f32[24,24] @ models/lib/nn.yaml:79:7
%3528 = broadcast %3524 : bool[24,24] @ models/lib/nn.yaml:79:7
%3529 = select %3528, %3527, %3516 : f32[24,24] @ models/lib/nn.yaml:79:7
%3530 = state name="adam_m.head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%3531 = state name="adam_v.head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%3532 = state name="adam_t.head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3533 = add %3532, %1805 : i64[] @ models/lib/nn.yaml:79:7
%3534 = broadcast %1809 : f32[24,24] @ models/lib/nn.yaml:79:7
%3535 = mul %39, %3534 : f32[24,24] @ models/lib/nn.yaml:79:7
%3536 = broadcast %826 : f32[24,24] @ models/lib/nn.yaml:79:7
%3537 = mul %3529, %3536 : f32[24,24] @ models/lib/nn.yaml:79:7
%3538 = broadcast %468 : f32[24,24] @ models/lib/nn.yaml:79:7
%3539 = mul %3530, %3538 : f32[24,24] @ models/lib/nn.yaml:79:7
%3540 = add %3539, %3537 : f32[24,24] @ models/lib/nn.yaml:79:7
%3541 = mul %3529, %3529 : f32[24,24] @ models/lib/nn.yaml:79:7
%3542 = broadcast %1819 : f32[24,24] @ models/lib/nn.yaml:79:7
%3543 = mul %3541, %3542 : f32[24,24] @ models/lib/nn.yaml:79:7
%3544 = broadcast %1823 : f32[24,24] @ models/lib/nn.yaml:79:7
%3545 = mul %3531, %3544 : f32[24,24] @ models/lib/nn.yaml:79:7
%3546 = add %3545, %3543 : f32[24,24] @ models/lib/nn.yaml:79:7
%3547 = cast %3533 : f64[] @ models/lib/nn.yaml:79:7
%3548 = pow %1814, %3547 : f64[] @ models/lib/nn.yaml:79:7
%3549 = sub %1795, %3548 : f64[] @ models/lib/nn.yaml:79:7
%3550 = div %931, %3549 : f64[] @ models/lib/nn.yaml:79:7
%3551 = pow %1822, %3547 : f64[] @ models/lib/nn.yaml:79:7
%3552 = sub %1795, %3551 : f64[] @ models/lib/nn.yaml:79:7
%3553 = sqrt %3552 : f64[] @ models/lib/nn.yaml:79:7
%3554 = div %1795, %3553 : f64[] @ models/lib/nn.yaml:79:7
%3555 = sqrt %3546 : f32[24,24] @ models/lib/nn.yaml:79:7
%3556 = cast %3554 : f32[] @ models/lib/nn.yaml:79:7
%3557 = broadcast %3556 : f32[24,24] @ models/lib/nn.yaml:79:7
%3558 = mul %3555, %3557 : f32[24,24] @ models/lib/nn.yaml:79:7
%3559 = broadcast %1839 : f32[24,24] @ models/lib/nn.yaml:79:7
%3560 = add %3558, %3559 : f32[24,24] @ models/lib/nn.yaml:79:7
%3561 = div %3540, %3560 : f32[24,24] @ models/lib/nn.yaml:79:7
%3562 = cast %3550 : f32[] @ models/lib/nn.yaml:79:7
%3563 = broadcast %3562 : f32[24,24] @ models/lib/nn.yaml:79:7
%3564 = mul %3561, %3563 : f32[24,24] @ models/lib/nn.yaml:79:7
%3565 = sub %3535, %3564 : f32[24,24] @ models/lib/nn.yaml:79:7
%3566 = assign %39, %3565 : f32[24,24] @ models/lib/nn.yaml:79:7
%3567 = assign %3530, %3540 : f32[24,24] @ models/lib/nn.yaml:79:7
%3568 = assign %3531, %3546 : f32[24,24] @ models/lib/nn.yaml:79:7
%3569 = assign %3532, %3533 : i64[] @ models/lib/nn.yaml:79:7
%3570 = broadcast %1851 : f32[24,24] @ models/lib/nn.yaml:79:7
%3571 = mul %77, %3570 : f32[24,24] @ models/lib/nn.yaml:79:7
%3572 = broadcast %1855 : f32[24,24] @ models/lib/nn.yaml:79:7
%3573 = mul %3565, %3572 : f32[24,24] @ models/lib/nn.yaml:79:7
%3574 = add %3571, %3573 : f32[24,24] @ models/lib/nn.yaml:79:7
%3575 = assign %77, %3574 : f32[24,24] @ models/lib/nn.yaml:79:7
%3576 = all_reduce_sum %1409 : f32[24] @ models/lib/nn.yaml:80:7
%3577 = mul %3576, %3576 : f32[24] @ models/lib/nn.yaml:80:7
%3578 = reduce_sum %3577 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3579 = sqrt %3578 : f32[] @ models/lib/nn.yaml:80:7
%3580 = cast %3579 : f64[] @ models/lib/nn.yaml:80:7
%3581 = add %3580, %1791 : f64[] @ models/lib/nn.yaml:80:7
%3582 = div %1793, %3581 : f64[] @ models/lib/nn.yaml:80:7
%3583 = lt %3582, %1795 : bool[] @ models/lib/nn.yaml:80:7
%3584 = cast %3582 : f32[] @ models/lib/nn.yaml:80:7
%3585 = broadcast %3584 : f32[24] @ models/lib/nn.yaml:80:7
%3586 = mul %3576, %3585 : f32[24] @ models/lib/nn.yaml:80:7
%3587 = broadcast %3583 : bool[24] @ models/lib/nn.yaml:80:7
%3588 = select %3587, %3586, %3576 : f32[24] @ models/lib/nn.yaml:80:7
%3589 = state name="adam_m.head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%3590 = state name="adam_v.head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%3591 = state name="adam_t.head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3592 = add %3591, %1805 : i64[] @ models/lib/nn.yaml:80:7
%3593 = mul %3588, %3476 : f32[24] @ models/lib/nn.yaml:80:7
%3594 = mul %3589, %3478 : f32[24] @ models/lib/nn.yaml:80:7
%3595 = add %3594, %3593 : f32[24] @ models/lib/nn.yaml:80:7
%3596 = mul %3588, %3588 : f32[24] @ models/lib/nn.yaml:80:7
%3597 = mul %3596, %3482 : f32[24] @ models/lib/nn.yaml:80:7
%3598 = mul %3590, %3484 : f32[24] @ models/lib/nn.yaml:80:7
%3599 = add %3598, %3597 : f32[24] @ models/lib/nn.yaml:80:7
%3600 = cast %3592 : f64[] @ models/lib/nn.yaml:80:7
%3601 = pow %1814, %3600 : f64[] @ models/lib/nn.yaml:80:7
%3602 = sub %1795, %3601 : f64[] @ models/lib/nn.yaml:80:7
%3603 = div %931, %3602 : f64[] @ models/lib/nn.yaml:80:7
%3604 = pow %1822, %3600 : f64[] @ models/lib/nn.yaml:80:7
%3605 = sub %1795, %3604 : f64[] @ models/lib/nn.yaml:80:7
%3606 = sqrt %3605 : f64[] @ models/lib/nn.yaml:80:7
%3607 = div %1795, %3606 : f64[] @ models/lib/nn.yaml:80:7
%3608 = sqrt %3599 : f32[24] @ models/lib/nn.yaml:80:7
%3609 = cast %3607 : f32[] @ models/lib/nn.yaml:80:7
%3610 = broadcast %3609 : f32[24] @ models/lib/nn.yaml:80:7
%3611 = mul %3608, %3610 : f32[24] @ models/lib/nn.yaml:80:7
%3612 = add %3611, %3499 : f32[24] @ models/lib/nn.yaml:80:7
%3613 = div %3595, %3612 : f32[24] @ models/lib/nn.yaml:80:7
%3614 = cast %3603 : f32[] @ models/lib/nn.yaml:80:7
%3615 = broadcast %3614 : f32[24] @ models/lib/nn.yaml:80:7
%3616 = mul %3613, %3615 : f32[24] @ models/lib/nn.yaml:80:7
%3617 = sub %40, %3616 : f32[24] @ models/lib/nn.yaml:80:7
%3618 = assign %40, %3617 : f32[24] @ models/lib/nn.yaml:80:7
%3619 = assign %3589, %3595 : f32[24] @ models/lib/nn.yaml:80:7
%3620 = assign %3590, %3599 : f32[24] @ models/lib/nn.yaml:80:7
%3621 = assign %3591, %3592 : i64[] @ models/lib/nn.yaml:80:7
%3622 = mul %78, %3510 : f32[24] @ models/lib/nn.yaml:80:7
%3623 = mul %3617, %3512 : f32[24] @ models/lib/nn.yaml:80:7
%3624 = add %3622, %3623 : f32[24] @ models/lib/nn.yaml:80:7
%3625 = assign %78, %3624 : f32[24] @ models/lib/nn.yaml:80:7
%3626 = all_reduce_sum %1396 : f32[8,24] @ models/lib/nn.yaml:79:7
%3627 = reshape %3626 : f32[192] @ models/lib/nn.yaml:79:7
%3628 = mul %3627, %3627 : f32[192] @ models/lib/nn.yaml:79:7
%3629 = reduce_sum %3628 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3630 = sqrt %3629 : f32[] @ models/lib/nn.yaml:79:7
%3631 = cast %3630 : f64[] @ models/lib/nn.yaml:79:7
%3632 = add %3631, %1791 : f64[] @ models/lib/nn.yaml:79:7
%3633 = div %1793, %3632 : f64[] @ models/lib/nn.yaml:79:7
%3634 = lt %3633, %1795 : bool[] @ models/lib/nn.yaml:79:7
%3635 = cast %3633 : f32[] @ models/lib/nn.yaml:79:7
%3636 = broadcast %3635 : f32[8,24] @ models/lib/nn.yaml:79:7
%3637 = mul %3626, %3636 : f32[8,24] @ models/lib/nn.yaml:79:7
%3638 = broadcast %3634 : bool[8,24] @ models/lib/nn.yaml:79:7
%3639 = select %3638, %3637, %3626 : f32[8,24] @ models/lib/nn.yaml:79:7
%3640 = state name="adam_m.head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%3641 = state name="adam_v.head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%3642 = state name="adam_t.head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3643 = add %3642, %1805 : i64[] @ models/lib/nn.yaml:79:7
%3644 = broadcast %1809 : f32[8,24] @ models/lib/nn.yaml:79:7
%3645 = mul %41, %3644 : f32[8,24] @ models/lib/nn.yaml:79:7
%3646 = broadcast %826 : f32[8,24] @ models/lib/nn.yaml:79:7
%3647 = mul %3639, %3646 : f32[8,24] @ models/lib/nn.yaml:79:7
%3648 = broadcast %468 : f32[8,24] @ models/lib/nn.yaml:79:7
%3649 = mul %3640, %3648 : f32[8,24] @ models/lib/nn.yaml:79:7
%3650 = add %3649, %3647 : f32[8,24] @ models/lib/nn.yaml:79:7
%3651 = mul %3639, %3639 : f32[8,24] @ models/lib/nn.yaml:79:7
%3652 = broadcast %1819 : f32[8,24] @ models/lib/nn.yaml:79:7
%3653 = mul %3651, %3652 : f32[8,24] @ models/lib/nn.yaml:79:7
%3654 = broadcast %1823 : f32[8,24] @ models/lib/nn.yaml:79:7
%3655 = mul %3641, %3654 : f32[8,24] @ models/lib/nn.yaml:79:7
%3656 = add %3655, %3653 : f32[8,24] @ models/lib/nn.yaml:79:7
%3657 = cast %3643 : f64[] @ models/lib/nn.yaml:79:7
%3658 = pow %1814, %3657 : f64[] @ models/lib/nn.yaml:79:7
%3659 = sub %1795, %3658 : f64[] @ models/lib/nn.yaml:79:7
%3660 = div %931, %3659 : f64[] @ models/lib/nn.yaml:79:7
%3661 = pow %1822, %3657 : f64[] @ models/lib/nn.yaml:79:7
%3662 = sub %1795, %3661 : f64[] @ models/lib/nn.yaml:79:7
%3663 = sqrt %3662 : f64[] @ models/lib/nn.yaml:79:7
%3664 = div %1795, %3663 : f64[] @ models/lib/nn.yaml:79:7
%3665 = sqrt %3656 : f32[8,24] @ models/lib/nn.yaml:79:7
%3666 = cast %3664 : f32[] @ models/lib/nn.yaml:79:7
%3667 = broadcast %3666 : f32[8,24] @ models/lib/nn.yaml:79:7
%3668 = mul %3665, %3667 : f32[8,24] @ models/lib/nn.yaml:79:7
%3669 = broadcast %1839 : f32[8,24] @ models/lib/nn.yaml:79:7
%3670 = add %3668, %3669 : f32[8,24] @ models/lib/nn.yaml:79:7
%3671 = div %3650, %3670 : f32[8,24] @ models/lib/nn.yaml:79:7
%3672 = cast %3660 : f32[] @ models/lib/nn.yaml:79:7
%3673 = broadcast %3672 : f32[8,24] @ models/lib/nn.yaml:79:7
%3674 = mul %3671, %3673 : f32[8,24] @ models/lib/nn.yaml:79:7
%3675 = sub %3645, %3674 : f32[8,24] @ models/lib/nn.yaml:79:7
%3676 = assign %41, %3675 : f32[8,24] @ models/lib/nn.yaml:79:7
%3677 = assign %3640, %3650 : f32[8,24] @ models/lib/nn.yaml:79:7
%3678 = assign %3641, %3656 : f32[8,24] @ models/lib/nn.yaml:79:7
%3679 = assign %3642, %3643 : i64[] @ models/lib/nn.yaml:79:7
%3680 = broadcast %1851 : f32[8,24] @ models/lib/nn.yaml:79:7
%3681 = mul %79, %3680 : f32[8,24] @ models/lib/nn.yaml:79:7
%3682 = broadcast %1855 : f32[8,24] @ models/lib/nn.yaml:79:7
%3683 = mul %3675, %3682 : f32[8,24] @ models/lib/nn.yaml:79:7
%3684 = add %3681, %3683 : f32[8,24] @ models/lib/nn.yaml:79:7
%3685 = assign %79, %3684 : f32[8,24] @ models/lib/nn.yaml:79:7
%3686 = all_reduce_sum %1393 : f32[8] @ models/lib/nn.yaml:80:7
%3687 = mul %3686, %3686 : f32[8] @ models/lib/nn.yaml:80:7
%3688 = reduce_sum %3687 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3689 = sqrt %3688 : f32[] @ models/lib/nn.yaml:80:7
%3690 = cast %3689 : f64[] @ models/lib/nn.yaml:80:7
%3691 = add %3690, %1791 : f64[] @ models/lib/nn.yaml:80:7
%3692 = div %1793, %3691 : f64[] @ models/lib/nn.yaml:80:7
%3693 = lt %3692, %1795 : bool[] @ models/lib/nn.yaml:80:7
%3694 = cast %3692 : f32[] @ models/lib/nn.yaml:80:7
%3695 = broadcast %3694 : f32[8] @ models/lib/nn.yaml:80:7
%3696 = mul %3686, %3695 : f32[8] @ models/lib/nn.yaml:80:7
%3697 = broadcast %3693 : bool[8] @ models/lib/nn.yaml:80:7
%3698 = select %3697, %3696, %3686 : f32[8] @ models/lib/nn.yaml:80:7
%3699 = state name="adam_m.head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%3700 = state name="adam_v.head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%3701 = state name="adam_t.head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3702 = add %3701, %1805 : i64[] @ models/lib/nn.yaml:80:7
%3703 = broadcast %826 : f32[8] @ models/lib/nn.yaml:80:7
%3704 = mul %3698, %3703 : f32[8] @ models/lib/nn.yaml:80:7
%3705 = broadcast %468 : f32[8] @ models/lib/nn.yaml:80:7
%3706 = mul %3699, %3705 : f32[8] @ models/lib/nn.yaml:80:7
%3707 = add %3706, %3704 : f32[8] @ models/lib/nn.yaml:80:7
%3708 = mul %3698, %3698 : f32[8] @ models/lib/nn.yaml:80:7
%3709 = broadcast %1819 : f32[8] @ models/lib/nn.yaml:80:7
%3710 = mul %3708, %3709 : f32[8] @ models/lib/nn.yaml:80:7
%3711 = broadcast %1823 : f32[8] @ models/lib/nn.yaml:80:7
%3712 = mul %3700, %3711 : f32[8] @ models/lib/nn.yaml:80:7
%3713 = add %3712, %3710 : f32[8] @ models/lib/nn.yaml:80:7
%3714 = cast %3702 : f64[] @ models/lib/nn.yaml:80:7
%3715 = pow %1814, %3714 : f64[] @ models/lib/nn.yaml:80:7
%3716 = sub %1795, %3715 : f64[] @ models/lib/nn.yaml:80:7
%3717 = div %931, %3716 : f64[] @ models/lib/nn.yaml:80:7
%3718 = pow %1822, %3714 : f64[] @ models/lib/nn.yaml:80:7
%3719 = sub %1795, %3718 : f64[] @ models/lib/nn.yaml:80:7
%3720 = sqrt %3719 : f64[] @ models/lib/nn.yaml:80:7
%3721 = div %1795, %3720 : f64[] @ models/lib/nn.yaml:80:7
%3722 = sqrt %3713 : f32[8] @ models/lib/nn.yaml:80:7
%3723 = cast %3721 : f32[] @ models/lib/nn.yaml:80:7
%3724 = broadcast %3723 : f32[8] @ models/lib/nn.yaml:80:7
%3725 = mul %3722, %3724 : f32[8] @ models/lib/nn.yaml:80:7
%3726 = broadcast %1839 : f32[8] @ models/lib/nn.yaml:80:7
%3727 = add %3725, %3726 : f32[8] @ models/lib/nn.yaml:80:7
%3728 = div %3707, %3727 : f32[8] @ models/lib/nn.yaml:80:7
%3729 = cast %3717 : f32[] @ models/lib/nn.yaml:80:7
%3730 = broadcast %3729 : f32[8] @ models/lib/nn.yaml:80:7
%3731 = mul %3728, %3730 : f32[8] @ models/lib/nn.yaml:80:7
%3732 = sub %42, %3731 : f32[8] @ models/lib/nn.yaml:80:7
%3733 = assign %42, %3732 : f32[8] @ models/lib/nn.yaml:80:7
%3734 = assign %3699, %3707 : f32[8] @ models/lib/nn.yaml:80:7
%3735 = assign %3700, %3713 : f32[8] @ models/lib/nn.yaml:80:7
%3736 = assign %3701, %3702 : i64[] @ models/lib/nn.yaml:80:7
%3737 = broadcast %1851 : f32[8] @ models/lib/nn.yaml:80:7
%3738 = mul %80, %3737 : f32[8] @ models/lib/nn.yaml:80:7
%3739 = broadcast %1855 : f32[8] @ models/lib/nn.yaml:80:7
%3740 = mul %3732, %3739 : f32[8] @ models/lib/nn.yaml:80:7
%3741 = add %3738, %3740 : f32[8] @ models/lib/nn.yaml:80:7
%3742 = assign %80, %3741 : f32[8] @ models/lib/nn.yaml:80:7
%3743 = broadcast %1851 : f32[32,1] @ models/lib/dino.yaml:18:7
%3744 = mul %81, %3743 : f32[32,1] @ models/lib/dino.yaml:18:7
%3745 = broadcast %1855 : f32[32,1] @ models/lib/dino.yaml:18:7
%3746 = mul %43, %3745 : f32[32,1] @ models/lib/dino.yaml:18:7
%3747 = add %3744, %3746 : f32[32,1] @ models/lib/dino.yaml:18:7
%3748 = assign %81, %3747 : f32[32,1] @ models/lib/dino.yaml:18:7
%3749 = all_reduce_sum %1375 : f32[32,8] @ models/lib/dino.yaml:19:7
%3750 = reshape %3749 : f32[256] @ models/lib/dino.yaml:19:7
%3751 = mul %3750, %3750 : f32[256] @ models/lib/dino.yaml:19:7
%3752 = reduce_sum %3751 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%3753 = sqrt %3752 : f32[] @ models/lib/dino.yaml:19:7
%3754 = cast %3753 : f64[] @ models/lib/dino.yaml:19:7
%3755 = add %3754, %1791 : f64[] @ models/lib/dino.yaml:19:7
%3756 = div %1793, %3755 : f64[] @ models/lib/dino.yaml:19:7
%3757 = lt %3756, %1795 : bool[] @ models/lib/dino.yaml:19:7
%3758 = cast %3756 : f32[] @ models/lib/dino.yaml:19:7
%3759 = broadcast %3758 : f32[32,8] @ models/lib/dino.yaml:19:7
%3760 = mul %3749, %3759 : f32[32,8] @ models/lib/dino.yaml:19:7
%3761 = broadcast %3757 : bool[32,8] @ models/lib/dino.yaml:19:7
%3762 = select %3761, %3760, %3749 : f32[32,8] @ models/lib/dino.yaml:19:7
%3763 = state name="adam_m.head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%3764 = state name="adam_v.head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%3765 = state name="adam_t.head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%3766 = add %3765, %1805 : i64[] @ models/lib/dino.yaml:19:7
%3767 = broadcast %1809 : f32[32,8] @ models/lib/dino.yaml:19:7
%3768 = mul %44, %3767 : f32[32,8] @ models/lib/dino.yaml:19:7
%3769 = broadcast %826 : f32[32,8] @ models/lib/dino.yaml:19:7
%3770 = mul %3762, %3769 : f32[32,8] @ models/lib/dino.yaml:19:7
%3771 = broadcast %468 : f32[32,8] @ models/lib/dino.yaml:19:7
%3772 = mul %3763, %3771 : f32[32,8] @ models/lib/dino.yaml:19:7
%3773 = add %3772, %3770 : f32[32,8] @ models/lib/dino.yaml:19:7
%3774 = mul %3762, %3762 : f32[32,8] @ models/lib/dino.yaml:19:7
%3775 = broadcast %1819 : f32[32,8] @ models/lib/dino.yaml:19:7
%3776 = mul %3774, %3775 : f32[32,8] @ models/lib/dino.yaml:19:7
%3777 = broadcast %1823 : f32[32,8] @ models/lib/dino.yaml:19:7
%3778 = mul %3764, %3777 : f32[32,8] @ models/lib/dino.yaml:19:7
%3779 = add %3778, %3776 : f32[32,8] @ models/lib/dino.yaml:19:7
%3780 = cast %3766 : f64[] @ models/lib/dino.yaml:19:7
%3781 = pow %1814, %3780 : f64[] @ models/lib/dino.yaml:19:7
%3782 = sub %1795, %3781 : f64[] @ models/lib/dino.yaml:19:7
%3783 = div %931, %3782 : f64[] @ models/lib/dino.yaml:19:7
%3784 = pow %1822, %3780 : f64[] @ models/lib/dino.yaml:19:7
%3785 = sub %1795, %3784 : f64[] @ models/lib/dino.yaml:19:7
%3786 = sqrt %3785 : f64[] @ models/lib/dino.yaml:19:7
%3787 = div %1795, %3786 : f64[] @ models/lib/dino.yaml:19:7
%3788 = sqrt %3779 : f32[32,8] @ models/lib/dino.yaml:19:7
%3789 = cast %3787 : f32[] @ models/lib/dino.yaml:19:7
%3790 = broadcast %3789 : f32[32,8] @ models/lib/dino.yaml:19:7
%3791 = mul %3788, %3790 : f32[32,8] @ models/lib/dino.yaml:19:7
%3792 = broadcast %1839 : f32[32,8] @ models/lib/dino.yaml:19:7
%3793 = add %3791, %3792 : f32[32,8] @ models/lib/dino.yaml:19:7
%3794 = div %3773, %3793 : f32[32,8] @ models/lib/dino.yaml:19:7
%3795 = cast %3783 : f32[] @ models/lib/dino.yaml:19:7
%3796 = broadcast %3795 : f32[32,8] @ models/lib/dino.yaml:19:7
%3797 = mul %3794, %3796 : f32[32,8] @ models/lib/dino.yaml:19:7
%3798 = sub %3768, %3797 : f32[32,8] @ models/lib/dino.yaml:19:7
%3799 = input name="epoch" : i64[] @ models/lib/dino.yaml:19:7
%3800 = lt %3799, %1805 : bool[] @ models/lib/dino.yaml:19:7
%3801 = broadcast %3800 : bool[32,8] @ models/lib/dino.yaml:19:7
%3802 = select %3801, %44, %3798 : f32[32,8] @ models/lib/dino.yaml:19:7
%3803 = select %3801, %3763, %3773 : f32[32,8] @ models/lib/dino.yaml:19:7
%3804 = select %3801, %3764, %3779 : f32[32,8] @ models/lib/dino.yaml:19:7
%3805 = select %3800, %3765, %3766 : i64[] @ models/lib/dino.yaml:19:7
%3806 = assign %44, %3802 : f32[32,8] @ models/lib/dino.yaml:19:7
%3807 = assign %3763, %3803 : f32[32,8] @ models/lib/dino.yaml:19:7
%3808 = assign %3764, %3804 : f32[32,8] @ models/lib/dino.yaml:19:7
%3809 = assign %3765, %3805 : i64[] @ models/lib/dino.yaml:19:7
%3810 = broadcast %1851 : f32[32,8] @ models/lib/dino.yaml:19:7
%3811 = mul %82, %3810 : f32[32,8] @ models/lib/dino.yaml:19:7
%3812 = broadcast %1855 : f32[32,8] @ models/lib/dino.yaml:19:7
%3813 = mul %3802, %3812 : f32[32,8] @ models/lib/dino.yaml:19:7
%3814 = add %3811, %3813 : f32[32,8] @ models/lib/dino.yaml:19:7
%3815 = assign %82, %3814 : f32[32,8] @ models/lib/dino.yaml:19:7
%3816 = const data=[inf] : f32[] @ models/dino.yaml:73:3
%3817 = abs %916 : f32[] @ models/dino.yaml:73:3
%3818 = lt %3817, %3816 : bool[] @ models/dino.yaml:73:3
%3819 = output %3818 name="finite" : bool[] @ models/dino.yaml:73:3
