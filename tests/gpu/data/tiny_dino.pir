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
%976 = concat %970, %964 axis=0 : f32[4,32] @ models/dino.yaml:65:20
%977 = matmul %976, %562 ta=0 tb=0 : f32[4,8] @ models/lib/dino.yaml:23:18
%978 = matmul %976, %809 ta=1 tb=0 : f32[32,8] @ models/lib/dino.yaml:23:18
%979 = div %978, %561 : f32[32,8] @ models/lib/dino.yaml:22:33
%980 = mul %979, %562 : f32[32,8] @ models/lib/dino.yaml:22:33
%981 = neg %980 : f32[32,8] @ models/lib/dino.yaml:22:33
%982 = reduce_sum %981 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%983 = broadcast %173 : f32[32,1] @ models/lib/dino.yaml:22:35
%984 = mul %982, %983 : f32[32,1] @ models/lib/dino.yaml:22:35
%985 = div %984, %560 : f32[32,1] @ models/lib/dino.yaml:22:35
%986 = broadcast %985 : f32[32,8] @ models/lib/dino.yaml:22:40
%987 = mul %986, %44 : f32[32,8] @ models/lib/dino.yaml:22:53
%988 = add %987, %987 : f32[32,8] @ models/lib/dino.yaml:22:53
%989 = mul %979, %556 : f32[32,8] @ models/lib/dino.yaml:22:22
%990 = add %988, %989 : f32[32,8] @ models/lib/dino.yaml:22:22
%991 = div %977, %808 : f32[4,8] @ models/lib/nn.yaml:33:18
%992 = mul %991, %809 : f32[4,8] @ models/lib/nn.yaml:33:18
%993 = neg %992 : f32[4,8] @ models/lib/nn.yaml:33:18
%994 = reduce_sum %993 axes=[1] keep=1 : f32[4,1] @ models/lib/nn.yaml:33:18
%995 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%996 = broadcast %995 : f32[4,1] @ models/lib/nn.yaml:33:20
%997 = broadcast %173 : f32[4,1] @ models/lib/nn.yaml:33:20
%998 = mul %994, %997 : f32[4,1] @ models/lib/nn.yaml:33:20
%999 = eq %806, %312 : bool[4,1] @ models/lib/nn.yaml:33:20
%1000 = select %999, %998, %996 : f32[4,1] @ models/lib/nn.yaml:33:20
%1001 = gt %806, %312 : bool[4,1] @ models/lib/nn.yaml:33:20
%1002 = select %1001, %994, %1000 : f32[4,1] @ models/lib/nn.yaml:33:20
%1003 = mul %1002, %997 : f32[4,1] @ models/lib/nn.yaml:33:24
%1004 = div %1003, %806 : f32[4,1] @ models/lib/nn.yaml:33:24
%1005 = broadcast %1004 : f32[4,8] @ models/lib/nn.yaml:33:29
%1006 = mul %1005, %803 : f32[4,8] @ models/lib/nn.yaml:33:35
%1007 = add %991, %1006 : f32[4,8] @ models/lib/nn.yaml:33:35
%1008 = add %1007, %1006 : f32[4,8] @ models/lib/nn.yaml:33:35
%1009 = reduce_sum %1008 axes=[0] keep=1 : f32[1,8] @ models/lib/nn.yaml:84:18
%1010 = reshape %1009 : f32[8] @ models/lib/nn.yaml:84:18
%1011 = matmul %1008, %41 ta=0 tb=0 : f32[4,24] @ models/lib/nn.yaml:83:15
%1012 = matmul %1008, %801 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%1013 = mul %1011, %800 : f32[4,24] @ models/lib/nn.yaml:27:24
%1014 = mul %1011, %797 : f32[4,24] @ models/lib/nn.yaml:27:24
%1015 = mul %798, %798 : f32[4,24] @ models/lib/nn.yaml:27:31
%1016 = neg %1015 : f32[4,24] @ models/lib/nn.yaml:27:31
%1017 = exp %1016 : f32[4,24] @ models/lib/nn.yaml:27:31
%1018 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%1019 = broadcast %1018 : f32[4,24] @ models/lib/nn.yaml:27:31
%1020 = mul %1017, %1019 : f32[4,24] @ models/lib/nn.yaml:27:31
%1021 = mul %1014, %1020 : f32[4,24] @ models/lib/nn.yaml:27:31
%1022 = mul %1021, %291 : f32[4,24] @ models/lib/nn.yaml:27:37
%1023 = mul %1013, %289 : f32[4,24] @ models/lib/nn.yaml:27:20
%1024 = add %1022, %1023 : f32[4,24] @ models/lib/nn.yaml:27:20
%1025 = reduce_sum %1024 axes=[0] keep=1 : f32[1,24] @ models/lib/nn.yaml:84:18
%1026 = reshape %1025 : f32[24] @ models/lib/nn.yaml:84:18
%1027 = matmul %1024, %39 ta=0 tb=0 : f32[4,24] @ models/lib/nn.yaml:83:15
%1028 = matmul %1024, %794 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%1029 = mul %1027, %793 : f32[4,24] @ models/lib/nn.yaml:27:24
%1030 = mul %1027, %790 : f32[4,24] @ models/lib/nn.yaml:27:24
%1031 = mul %791, %791 : f32[4,24] @ models/lib/nn.yaml:27:31
%1032 = neg %1031 : f32[4,24] @ models/lib/nn.yaml:27:31
%1033 = exp %1032 : f32[4,24] @ models/lib/nn.yaml:27:31
%1034 = mul %1033, %1019 : f32[4,24] @ models/lib/nn.yaml:27:31
%1035 = mul %1030, %1034 : f32[4,24] @ models/lib/nn.yaml:27:31
%1036 = mul %1035, %291 : f32[4,24] @ models/lib/nn.yaml:27:37
%1037 = mul %1029, %289 : f32[4,24] @ models/lib/nn.yaml:27:20
%1038 = add %1036, %1037 : f32[4,24] @ models/lib/nn.yaml:27:20
%1039 = reduce_sum %1038 axes=[0] keep=1 : f32[1,24] @ models/lib/nn.yaml:84:18
%1040 = reshape %1039 : f32[24] @ models/lib/nn.yaml:84:18
%1041 = matmul %1038, %37 ta=0 tb=0 : f32[4,16] @ models/lib/nn.yaml:83:15
%1042 = matmul %1038, %787 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%1043 = reshape %1041 : f32[4,1,16] @ models/dino.yaml:44:34
%1044 = pad %1043 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/dino.yaml:44:34
%1045 = reduce_sum %1044 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1046 = reshape %1045 : f32[16] @ models/lib/nn.yaml:96:46
%1047 = mul %1044, %782 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1048 = mul %1044, %781 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1049 = reduce_sum %1048 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1050 = reshape %1049 : f32[16] @ models/lib/nn.yaml:96:37
%1051 = mul %1047, %780 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1052 = mul %1047, %774 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1053 = reduce_sum %1052 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%1054 = mul %779, %779 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1055 = mul %779, %1054 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1056 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%1057 = broadcast %1056 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1058 = mul %1055, %1057 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1059 = mul %1053, %1058 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1060 = div %1059, %589 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1061 = broadcast %1060 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%1062 = mul %1061, %774 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1063 = add %1051, %1062 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1064 = add %1063, %1062 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1065 = neg %1064 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1066 = reduce_sum %1065 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%1067 = div %1066, %589 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1068 = broadcast %1067 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1069 = add %1064, %1068 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1070 = mul %1069, %768 : f32[4,10,16] @ models/lib/nn.yaml:50:51
%1071 = div %1070, %728 : f32[4,10,16] @ models/lib/nn.yaml:50:38
%1072 = reduce_sum %1071 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1073 = reshape %1072 : f32[16] @ models/lib/nn.yaml:84:18
%1074 = matmul %1071, %33 ta=0 tb=0 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%1075 = reshape %759 : f32[40,64] @ models/lib/nn.yaml:83:15
%1076 = reshape %1071 : f32[40,16] @ models/lib/nn.yaml:83:15
%1077 = matmul %1076, %1075 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%1078 = mul %1074, %758 : f32[4,10,64] @ models/lib/nn.yaml:27:24
%1079 = mul %1074, %755 : f32[4,10,64] @ models/lib/nn.yaml:27:24
%1080 = mul %756, %756 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1081 = neg %1080 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1082 = exp %1081 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1083 = broadcast %1018 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1084 = mul %1082, %1083 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1085 = mul %1079, %1084 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1086 = mul %1085, %665 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%1087 = mul %1078, %663 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%1088 = add %1086, %1087 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%1089 = reduce_sum %1088 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%1090 = reshape %1089 : f32[64] @ models/lib/nn.yaml:84:18
%1091 = matmul %1088, %31 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1092 = reshape %751 : f32[40,16] @ models/lib/nn.yaml:83:15
%1093 = reshape %1088 : f32[40,64] @ models/lib/nn.yaml:83:15
%1094 = matmul %1093, %1092 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%1095 = reduce_sum %1091 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1096 = reshape %1095 : f32[16] @ models/lib/nn.yaml:96:46
%1097 = mul %1091, %748 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1098 = mul %1091, %747 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1099 = reduce_sum %1098 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1100 = reshape %1099 : f32[16] @ models/lib/nn.yaml:96:37
%1101 = mul %1097, %746 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1102 = mul %1097, %740 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1103 = reduce_sum %1102 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%1104 = mul %745, %745 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1105 = mul %745, %1104 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1106 = mul %1105, %1057 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1107 = mul %1103, %1106 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1108 = div %1107, %589 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1109 = broadcast %1108 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%1110 = mul %1109, %740 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1111 = add %1101, %1110 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1112 = add %1111, %1110 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1113 = add %1069, %1112 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1114 = neg %1112 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1115 = reduce_sum %1114 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%1116 = div %1115, %589 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1117 = broadcast %1116 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1118 = add %1113, %1117 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1119 = mul %1118, %734 : f32[4,10,16] @ models/lib/nn.yaml:50:51
%1120 = div %1119, %728 : f32[4,10,16] @ models/lib/nn.yaml:50:38
%1121 = reduce_sum %1120 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1122 = reshape %1121 : f32[16] @ models/lib/nn.yaml:84:18
%1123 = matmul %1120, %27 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1124 = reshape %723 : f32[40,16] @ models/lib/nn.yaml:83:15
%1125 = reshape %1120 : f32[40,16] @ models/lib/nn.yaml:83:15
%1126 = matmul %1125, %1124 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%1127 = reshape %1123 : f32[4,10,2,8] @ models/lib/nn.yaml:57:16
%1128 = permute %1127 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/nn.yaml:56:13
%1129 = permute %700 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%1130 = reshape %1128 : f32[4,2,10,8,1] @ models/lib/nn.yaml:56:23
%1131 = broadcast %1130 : f32[4,2,10,8,10] @ models/lib/nn.yaml:56:23
%1132 = reshape %1129 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%1133 = broadcast %1132 : f32[4,2,10,8,10] @ models/lib/nn.yaml:56:23
%1134 = mul %1131, %1133 : f32[4,2,10,8,10] @ models/lib/nn.yaml:56:23
%1135 = reduce_sum %1134 axes=[3] keep=0 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1136 = permute %716 perm=[0,1,3,2] : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1137 = reshape %1136 : f32[4,2,10,10,1] @ models/lib/nn.yaml:56:23
%1138 = broadcast %1137 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%1139 = reshape %1128 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1140 = broadcast %1139 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%1141 = mul %1138, %1140 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%1142 = reduce_sum %1141 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%1143 = div %1135, %715 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1144 = mul %1143, %716 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1145 = neg %1144 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1146 = reduce_sum %1145 axes=[3] keep=1 : f32[4,2,10,1] @ models/lib/nn.yaml:15:18
%1147 = broadcast %1146 : f32[4,2,10,10] @ models/lib/nn.yaml:15:20
%1148 = add %1143, %1147 : f32[4,2,10,10] @ models/lib/nn.yaml:15:20
%1149 = mul %1148, %713 : f32[4,2,10,10] @ models/lib/nn.yaml:14:13
%1150 = mul %1149, %623 : f32[4,2,10,10] @ models/lib/nn.yaml:55:29
%1151 = reshape %1150 : f32[4,2,10,10,1] @ models/lib/nn.yaml:55:23
%1152 = broadcast %1151 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1153 = reshape %698 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%1154 = broadcast %1153 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1155 = mul %1152, %1154 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1156 = reduce_sum %1155 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%1157 = permute %1150 perm=[0,1,3,2] : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%1158 = reshape %1157 : f32[4,2,10,10,1] @ models/lib/nn.yaml:55:23
%1159 = broadcast %1158 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1160 = reshape %696 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%1161 = broadcast %1160 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1162 = mul %1159, %1161 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1163 = reduce_sum %1162 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%1164 = reshape %1142 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:40
%1165 = reshape %1163 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:34
%1166 = reshape %1156 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:28
%1167 = concat %1166, %1165, %1164 axis=0 : f32[3,4,2,10,8] @ models/lib/nn.yaml:67:28
%1168 = permute %1167 perm=[1,3,0,2,4] : f32[4,10,3,2,8] @ models/lib/nn.yaml:66:13
%1169 = reshape %1168 : f32[4,10,48] @ models/lib/nn.yaml:66:21
%1170 = reduce_sum %1169 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%1171 = reshape %1170 : f32[48] @ models/lib/nn.yaml:84:18
%1172 = matmul %1169, %25 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1173 = reshape %689 : f32[40,16] @ models/lib/nn.yaml:83:15
%1174 = reshape %1168 : f32[40,48] @ models/lib/nn.yaml:83:15
%1175 = matmul %1174, %1173 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%1176 = reduce_sum %1172 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1177 = reshape %1176 : f32[16] @ models/lib/nn.yaml:96:46
%1178 = mul %1172, %686 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1179 = mul %1172, %685 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1180 = reduce_sum %1179 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1181 = reshape %1180 : f32[16] @ models/lib/nn.yaml:96:37
%1182 = mul %1178, %684 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1183 = mul %1178, %678 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1184 = reduce_sum %1183 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%1185 = mul %683, %683 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1186 = mul %683, %1185 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1187 = mul %1186, %1057 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1188 = mul %1184, %1187 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1189 = div %1188, %589 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1190 = broadcast %1189 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%1191 = mul %1190, %678 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1192 = add %1182, %1191 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1193 = add %1192, %1191 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1194 = add %1118, %1193 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1195 = neg %1193 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1196 = reduce_sum %1195 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%1197 = div %1196, %589 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1198 = broadcast %1197 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1199 = add %1194, %1198 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1200 = reduce_sum %1199 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1201 = reshape %1200 : f32[16] @ models/lib/nn.yaml:84:18
%1202 = matmul %1199, %21 ta=0 tb=0 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%1203 = reshape %670 : f32[40,64] @ models/lib/nn.yaml:83:15
%1204 = reshape %1199 : f32[40,16] @ models/lib/nn.yaml:83:15
%1205 = matmul %1204, %1203 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%1206 = mul %1202, %669 : f32[4,10,64] @ models/lib/nn.yaml:27:24
%1207 = mul %1202, %664 : f32[4,10,64] @ models/lib/nn.yaml:27:24
%1208 = mul %666, %666 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1209 = neg %1208 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1210 = exp %1209 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1211 = mul %1210, %1083 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1212 = mul %1207, %1211 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1213 = mul %1212, %665 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%1214 = mul %1206, %663 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%1215 = add %1213, %1214 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%1216 = reduce_sum %1215 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%1217 = reshape %1216 : f32[64] @ models/lib/nn.yaml:84:18
%1218 = matmul %1215, %19 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1219 = reshape %659 : f32[40,16] @ models/lib/nn.yaml:83:15
%1220 = reshape %1215 : f32[40,64] @ models/lib/nn.yaml:83:15
%1221 = matmul %1220, %1219 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%1222 = reduce_sum %1218 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1223 = reshape %1222 : f32[16] @ models/lib/nn.yaml:96:46
%1224 = mul %1218, %656 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1225 = mul %1218, %655 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1226 = reduce_sum %1225 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1227 = reshape %1226 : f32[16] @ models/lib/nn.yaml:96:37
%1228 = mul %1224, %654 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1229 = mul %1224, %648 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1230 = reduce_sum %1229 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%1231 = mul %653, %653 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1232 = mul %653, %1231 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1233 = mul %1232, %1057 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1234 = mul %1230, %1233 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1235 = div %1234, %589 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1236 = broadcast %1235 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%1237 = mul %1236, %648 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1238 = add %1228, %1237 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1239 = add %1238, %1237 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1240 = add %1199, %1239 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1241 = neg %1239 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1242 = reduce_sum %1241 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%1243 = div %1242, %589 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1244 = broadcast %1243 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1245 = add %1240, %1244 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1246 = reduce_sum %1245 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1247 = reshape %1246 : f32[16] @ models/lib/nn.yaml:84:18
%1248 = matmul %1245, %15 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1249 = reshape %639 : f32[40,16] @ models/lib/nn.yaml:83:15
%1250 = reshape %1245 : f32[40,16] @ models/lib/nn.yaml:83:15
%1251 = matmul %1250, %1249 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%1252 = reshape %1248 : f32[4,10,2,8] @ models/lib/nn.yaml:57:16
%1253 = permute %1252 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/nn.yaml:56:13
%1254 = permute %615 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%1255 = reshape %1253 : f32[4,2,10,8,1] @ models/lib/nn.yaml:56:23
%1256 = broadcast %1255 : f32[4,2,10,8,10] @ models/lib/nn.yaml:56:23
%1257 = reshape %1254 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%1258 = broadcast %1257 : f32[4,2,10,8,10] @ models/lib/nn.yaml:56:23
%1259 = mul %1256, %1258 : f32[4,2,10,8,10] @ models/lib/nn.yaml:56:23
%1260 = reduce_sum %1259 axes=[3] keep=0 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1261 = permute %632 perm=[0,1,3,2] : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1262 = reshape %1261 : f32[4,2,10,10,1] @ models/lib/nn.yaml:56:23
%1263 = broadcast %1262 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%1264 = reshape %1253 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1265 = broadcast %1264 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%1266 = mul %1263, %1265 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%1267 = reduce_sum %1266 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%1268 = div %1260, %631 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1269 = mul %1268, %632 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1270 = neg %1269 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1271 = reduce_sum %1270 axes=[3] keep=1 : f32[4,2,10,1] @ models/lib/nn.yaml:15:18
%1272 = broadcast %1271 : f32[4,2,10,10] @ models/lib/nn.yaml:15:20
%1273 = add %1268, %1272 : f32[4,2,10,10] @ models/lib/nn.yaml:15:20
%1274 = mul %1273, %629 : f32[4,2,10,10] @ models/lib/nn.yaml:14:13
%1275 = mul %1274, %623 : f32[4,2,10,10] @ models/lib/nn.yaml:55:29
%1276 = reshape %1275 : f32[4,2,10,10,1] @ models/lib/nn.yaml:55:23
%1277 = broadcast %1276 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1278 = reshape %613 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%1279 = broadcast %1278 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1280 = mul %1277, %1279 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1281 = reduce_sum %1280 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%1282 = permute %1275 perm=[0,1,3,2] : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%1283 = reshape %1282 : f32[4,2,10,10,1] @ models/lib/nn.yaml:55:23
%1284 = broadcast %1283 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1285 = reshape %611 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%1286 = broadcast %1285 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1287 = mul %1284, %1286 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1288 = reduce_sum %1287 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%1289 = reshape %1267 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:40
%1290 = reshape %1288 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:34
%1291 = reshape %1281 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:28
%1292 = concat %1291, %1290, %1289 axis=0 : f32[3,4,2,10,8] @ models/lib/nn.yaml:67:28
%1293 = permute %1292 perm=[1,3,0,2,4] : f32[4,10,3,2,8] @ models/lib/nn.yaml:66:13
%1294 = reshape %1293 : f32[4,10,48] @ models/lib/nn.yaml:66:21
%1295 = reduce_sum %1294 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%1296 = reshape %1295 : f32[48] @ models/lib/nn.yaml:84:18
%1297 = matmul %1294, %13 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1298 = reshape %604 : f32[40,16] @ models/lib/nn.yaml:83:15
%1299 = reshape %1293 : f32[40,48] @ models/lib/nn.yaml:83:15
%1300 = matmul %1299, %1298 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%1301 = reduce_sum %1297 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1302 = reshape %1301 : f32[16] @ models/lib/nn.yaml:96:46
%1303 = mul %1297, %601 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1304 = mul %1297, %600 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1305 = reduce_sum %1304 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1306 = reshape %1305 : f32[16] @ models/lib/nn.yaml:96:37
%1307 = mul %1303, %599 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1308 = mul %1303, %592 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1309 = reduce_sum %1308 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%1310 = mul %598, %598 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1311 = mul %598, %1310 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1312 = mul %1311, %1057 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1313 = mul %1309, %1312 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1314 = div %1313, %589 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1315 = broadcast %1314 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%1316 = mul %1315, %592 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1317 = add %1307, %1316 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1318 = add %1317, %1316 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1319 = add %1245, %1318 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1320 = neg %1318 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1321 = reduce_sum %1320 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%1322 = div %1321, %589 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1323 = broadcast %1322 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1324 = add %1319, %1323 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1325 = reduce_sum %1324 axes=[0] keep=1 : f32[1,10,16] @ models/lib/vit.yaml:62:15
%1326 = slice %1325 lo=[0,0,0] hi=[1,1,16] : f32[1,1,16] @ models/lib/vit.yaml:41:36
%1327 = slice %1325 lo=[0,1,0] hi=[1,10,16] : f32[1,9,16] @ models/lib/vit.yaml:41:36
%1328 = reshape %1327 : f32[3,3,16] @ models/lib/vit.yaml:36:16
%1329 = permute %1328 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%1330 = reshape %1329 : f32[3,48] @ models/lib/vit.yaml:35:21
%1331 = matmul %575, %1330 ta=1 tb=0 : f32[4,48] @ models/lib/vit.yaml:34:15
%1332 = reshape %1331 : f32[4,3,16] @ models/lib/vit.yaml:34:17
%1333 = permute %1332 perm=[1,0,2] : f32[3,4,16] @ models/lib/vit.yaml:33:13
%1334 = reshape %1333 : f32[3,64] @ models/lib/vit.yaml:33:21
%1335 = matmul %575, %1334 ta=1 tb=0 : f32[4,64] @ models/lib/vit.yaml:32:15
%1336 = reshape %1335 : f32[1,16,16] @ models/lib/vit.yaml:32:17
%1337 = concat %1326, %1336 axis=1 : f32[1,17,16] @ models/lib/vit.yaml:41:46
%1338 = slice %1324 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:61:13
%1339 = slice %1324 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:61:13
%1340 = reduce_sum %1338 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:61:20
%1341 = reduce_sum %1339 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%1342 = reshape %1341 : f32[16] @ models/lib/vit.yaml:17:71
%1343 = reshape %567 : f32[36,48] @ models/lib/vit.yaml:17:18
%1344 = reshape %1339 : f32[36,16] @ models/lib/vit.yaml:17:18
%1345 = matmul %1344, %1343 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%1346 = reshape %1345 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%1347 = concat %955, %975 axis=0 : f32[4,32] @ models/dino.yaml:65:20
%1348 = matmul %1347, %562 ta=0 tb=0 : f32[4,8] @ models/lib/dino.yaml:23:18
%1349 = matmul %1347, %555 ta=1 tb=0 : f32[32,8] @ models/lib/dino.yaml:23:18
%1350 = div %1349, %561 : f32[32,8] @ models/lib/dino.yaml:22:33
%1351 = mul %1350, %562 : f32[32,8] @ models/lib/dino.yaml:22:33
%1352 = neg %1351 : f32[32,8] @ models/lib/dino.yaml:22:33
%1353 = reduce_sum %1352 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%1354 = mul %1353, %983 : f32[32,1] @ models/lib/dino.yaml:22:35
%1355 = div %1354, %560 : f32[32,1] @ models/lib/dino.yaml:22:35
%1356 = broadcast %1355 : f32[32,8] @ models/lib/dino.yaml:22:40
%1357 = mul %1356, %44 : f32[32,8] @ models/lib/dino.yaml:22:53
%1358 = add %990, %1357 : f32[32,8] @ models/lib/dino.yaml:22:53
%1359 = add %1358, %1357 : f32[32,8] @ models/lib/dino.yaml:22:53
%1360 = mul %1350, %556 : f32[32,8] @ models/lib/dino.yaml:22:22
%1361 = add %1359, %1360 : f32[32,8] @ models/lib/dino.yaml:22:22
%1362 = div %1348, %554 : f32[4,8] @ models/lib/nn.yaml:33:18
%1363 = mul %1362, %555 : f32[4,8] @ models/lib/nn.yaml:33:18
%1364 = neg %1363 : f32[4,8] @ models/lib/nn.yaml:33:18
%1365 = reduce_sum %1364 axes=[1] keep=1 : f32[4,1] @ models/lib/nn.yaml:33:18
%1366 = mul %1365, %997 : f32[4,1] @ models/lib/nn.yaml:33:20
%1367 = eq %552, %312 : bool[4,1] @ models/lib/nn.yaml:33:20
%1368 = select %1367, %1366, %996 : f32[4,1] @ models/lib/nn.yaml:33:20
%1369 = gt %552, %312 : bool[4,1] @ models/lib/nn.yaml:33:20
%1370 = select %1369, %1365, %1368 : f32[4,1] @ models/lib/nn.yaml:33:20
%1371 = mul %1370, %997 : f32[4,1] @ models/lib/nn.yaml:33:24
%1372 = div %1371, %552 : f32[4,1] @ models/lib/nn.yaml:33:24
%1373 = broadcast %1372 : f32[4,8] @ models/lib/nn.yaml:33:29
%1374 = mul %1373, %549 : f32[4,8] @ models/lib/nn.yaml:33:35
%1375 = add %1362, %1374 : f32[4,8] @ models/lib/nn.yaml:33:35
%1376 = add %1375, %1374 : f32[4,8] @ models/lib/nn.yaml:33:35
%1377 = reduce_sum %1376 axes=[0] keep=1 : f32[1,8] @ models/lib/nn.yaml:84:18
%1378 = reshape %1377 : f32[8] @ models/lib/nn.yaml:84:18
%1379 = add %1010, %1378 : f32[8] @ models/lib/nn.yaml:84:18
%1380 = matmul %1376, %41 ta=0 tb=0 : f32[4,24] @ models/lib/nn.yaml:83:15
%1381 = matmul %1376, %546 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%1382 = add %1012, %1381 : f32[8,24] @ models/lib/nn.yaml:83:15
%1383 = mul %1380, %545 : f32[4,24] @ models/lib/nn.yaml:27:24
%1384 = mul %1380, %542 : f32[4,24] @ models/lib/nn.yaml:27:24
%1385 = mul %543, %543 : f32[4,24] @ models/lib/nn.yaml:27:31
%1386 = neg %1385 : f32[4,24] @ models/lib/nn.yaml:27:31
%1387 = exp %1386 : f32[4,24] @ models/lib/nn.yaml:27:31
%1388 = mul %1387, %1019 : f32[4,24] @ models/lib/nn.yaml:27:31
%1389 = mul %1384, %1388 : f32[4,24] @ models/lib/nn.yaml:27:31
%1390 = mul %1389, %291 : f32[4,24] @ models/lib/nn.yaml:27:37
%1391 = mul %1383, %289 : f32[4,24] @ models/lib/nn.yaml:27:20
%1392 = add %1390, %1391 : f32[4,24] @ models/lib/nn.yaml:27:20
%1393 = reduce_sum %1392 axes=[0] keep=1 : f32[1,24] @ models/lib/nn.yaml:84:18
%1394 = reshape %1393 : f32[24] @ models/lib/nn.yaml:84:18
%1395 = add %1026, %1394 : f32[24] @ models/lib/nn.yaml:84:18
%1396 = matmul %1392, %39 ta=0 tb=0 : f32[4,24] @ models/lib/nn.yaml:83:15
%1397 = matmul %1392, %538 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%1398 = add %1028, %1397 : f32[24,24] @ models/lib/nn.yaml:83:15
%1399 = mul %1396, %537 : f32[4,24] @ models/lib/nn.yaml:27:24
%1400 = mul %1396, %534 : f32[4,24] @ models/lib/nn.yaml:27:24
%1401 = mul %535, %535 : f32[4,24] @ models/lib/nn.yaml:27:31
%1402 = neg %1401 : f32[4,24] @ models/lib/nn.yaml:27:31
%1403 = exp %1402 : f32[4,24] @ models/lib/nn.yaml:27:31
%1404 = mul %1403, %1019 : f32[4,24] @ models/lib/nn.yaml:27:31
%1405 = mul %1400, %1404 : f32[4,24] @ models/lib/nn.yaml:27:31
%1406 = mul %1405, %291 : f32[4,24] @ models/lib/nn.yaml:27:37
%1407 = mul %1399, %289 : f32[4,24] @ models/lib/nn.yaml:27:20
%1408 = add %1406, %1407 : f32[4,24] @ models/lib/nn.yaml:27:20
%1409 = reduce_sum %1408 axes=[0] keep=1 : f32[1,24] @ models/lib/nn.yaml:84:18
%1410 = reshape %1409 : f32[24] @ models/lib/nn.yaml:84:18
%1411 = add %1040, %1410 : f32[24] @ models/lib/nn.yaml:84:18
%1412 = matmul %1408, %37 ta=0 tb=0 : f32[4,16] @ models/lib/nn.yaml:83:15
%1413 = matmul %1408, %530 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%1414 = add %1042, %1413 : f32[24,16] @ models/lib/nn.yaml:83:15
%1415 = reshape %1412 : f32[4,1,16] @ models/dino.yaml:44:34
%1416 = pad %1415 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/dino.yaml:44:34
%1417 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,68] @ models/lib/nn.yaml:96:46
%1418 = reshape %1416 : f32[68,16] @ models/lib/nn.yaml:96:46
%1419 = matmul %1417, %1418 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%1420 = reshape %1419 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1421 = reshape %1420 : f32[16] @ models/lib/nn.yaml:96:46
%1422 = add %1046, %1421 : f32[16] @ models/lib/nn.yaml:96:46
%1423 = mul %1416, %525 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1424 = mul %1416, %524 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1425 = reduce_sum %1424 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1426 = reshape %1425 : f32[16] @ models/lib/nn.yaml:96:37
%1427 = add %1050, %1426 : f32[16] @ models/lib/nn.yaml:96:37
%1428 = mul %1423, %523 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1429 = mul %1423, %517 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1430 = reduce_sum %1429 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%1431 = mul %522, %522 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1432 = mul %522, %1431 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1433 = broadcast %1056 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1434 = mul %1432, %1433 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1435 = mul %1430, %1434 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1436 = div %1435, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1437 = broadcast %1436 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%1438 = mul %1437, %517 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1439 = add %1428, %1438 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1440 = add %1439, %1438 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1441 = neg %1440 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1442 = reduce_sum %1441 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%1443 = div %1442, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1444 = broadcast %1443 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1445 = add %1440, %1444 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1446 = mul %1445, %511 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%1447 = div %1446, %469 : f32[4,17,16] @ models/lib/nn.yaml:50:38
%1448 = reshape %1447 : f32[68,16] @ models/lib/nn.yaml:84:18
%1449 = matmul %1417, %1448 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%1450 = reshape %1449 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1451 = reshape %1450 : f32[16] @ models/lib/nn.yaml:84:18
%1452 = add %1073, %1451 : f32[16] @ models/lib/nn.yaml:84:18
%1453 = matmul %1447, %33 ta=0 tb=0 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%1454 = reshape %502 : f32[68,64] @ models/lib/nn.yaml:83:15
%1455 = reshape %1447 : f32[68,16] @ models/lib/nn.yaml:83:15
%1456 = matmul %1455, %1454 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%1457 = add %1077, %1456 : f32[16,64] @ models/lib/nn.yaml:83:15
%1458 = mul %1453, %501 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%1459 = mul %1453, %498 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%1460 = mul %499, %499 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1461 = neg %1460 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1462 = exp %1461 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1463 = broadcast %1018 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1464 = mul %1462, %1463 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1465 = mul %1459, %1464 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1466 = mul %1465, %177 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%1467 = mul %1458, %174 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%1468 = add %1466, %1467 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%1469 = reshape %1468 : f32[68,64] @ models/lib/nn.yaml:84:18
%1470 = matmul %1417, %1469 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%1471 = reshape %1470 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%1472 = reshape %1471 : f32[64] @ models/lib/nn.yaml:84:18
%1473 = add %1090, %1472 : f32[64] @ models/lib/nn.yaml:84:18
%1474 = matmul %1468, %31 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1475 = reshape %494 : f32[68,16] @ models/lib/nn.yaml:83:15
%1476 = reshape %1468 : f32[68,64] @ models/lib/nn.yaml:83:15
%1477 = matmul %1476, %1475 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%1478 = add %1094, %1477 : f32[64,16] @ models/lib/nn.yaml:83:15
%1479 = reshape %1474 : f32[68,16] @ models/lib/nn.yaml:96:46
%1480 = matmul %1417, %1479 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%1481 = reshape %1480 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1482 = reshape %1481 : f32[16] @ models/lib/nn.yaml:96:46
%1483 = add %1096, %1482 : f32[16] @ models/lib/nn.yaml:96:46
%1484 = mul %1474, %491 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1485 = mul %1474, %490 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1486 = reduce_sum %1485 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1487 = reshape %1486 : f32[16] @ models/lib/nn.yaml:96:37
%1488 = add %1100, %1487 : f32[16] @ models/lib/nn.yaml:96:37
%1489 = mul %1484, %489 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1490 = mul %1484, %483 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1491 = reduce_sum %1490 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%1492 = mul %488, %488 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1493 = mul %488, %1492 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1494 = mul %1493, %1433 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1495 = mul %1491, %1494 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1496 = div %1495, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1497 = broadcast %1496 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%1498 = mul %1497, %483 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1499 = add %1489, %1498 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1500 = add %1499, %1498 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1501 = add %1445, %1500 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1502 = neg %1500 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1503 = reduce_sum %1502 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%1504 = div %1503, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1505 = broadcast %1504 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1506 = add %1501, %1505 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1507 = mul %1506, %477 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%1508 = div %1507, %469 : f32[4,17,16] @ models/lib/nn.yaml:50:38
%1509 = reshape %1508 : f32[68,16] @ models/lib/nn.yaml:84:18
%1510 = matmul %1417, %1509 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%1511 = reshape %1510 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1512 = reshape %1511 : f32[16] @ models/lib/nn.yaml:84:18
%1513 = add %1122, %1512 : f32[16] @ models/lib/nn.yaml:84:18
%1514 = matmul %1508, %27 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1515 = reshape %463 : f32[68,16] @ models/lib/nn.yaml:83:15
%1516 = reshape %1508 : f32[68,16] @ models/lib/nn.yaml:83:15
%1517 = matmul %1516, %1515 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%1518 = add %1126, %1517 : f32[16,16] @ models/lib/nn.yaml:83:15
%1519 = reshape %1514 : f32[4,17,2,8] @ models/lib/nn.yaml:57:16
%1520 = permute %1519 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/nn.yaml:56:13
%1521 = permute %440 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%1522 = reshape %1520 : f32[4,2,17,8,1] @ models/lib/nn.yaml:56:23
%1523 = broadcast %1522 : f32[4,2,17,8,17] @ models/lib/nn.yaml:56:23
%1524 = reshape %1521 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%1525 = broadcast %1524 : f32[4,2,17,8,17] @ models/lib/nn.yaml:56:23
%1526 = mul %1523, %1525 : f32[4,2,17,8,17] @ models/lib/nn.yaml:56:23
%1527 = reduce_sum %1526 axes=[3] keep=0 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1528 = permute %456 perm=[0,1,3,2] : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1529 = reshape %1528 : f32[4,2,17,17,1] @ models/lib/nn.yaml:56:23
%1530 = broadcast %1529 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%1531 = reshape %1520 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1532 = broadcast %1531 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%1533 = mul %1530, %1532 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%1534 = reduce_sum %1533 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%1535 = div %1527, %455 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%1536 = mul %1535, %456 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%1537 = neg %1536 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%1538 = reduce_sum %1537 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:18
%1539 = broadcast %1538 : f32[4,2,17,17] @ models/lib/nn.yaml:15:20
%1540 = add %1535, %1539 : f32[4,2,17,17] @ models/lib/nn.yaml:15:20
%1541 = mul %1540, %453 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%1542 = mul %1541, %133 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%1543 = reshape %1542 : f32[4,2,17,17,1] @ models/lib/nn.yaml:55:23
%1544 = broadcast %1543 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1545 = reshape %438 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%1546 = broadcast %1545 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1547 = mul %1544, %1546 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1548 = reduce_sum %1547 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%1549 = permute %1542 perm=[0,1,3,2] : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%1550 = reshape %1549 : f32[4,2,17,17,1] @ models/lib/nn.yaml:55:23
%1551 = broadcast %1550 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1552 = reshape %436 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%1553 = broadcast %1552 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1554 = mul %1551, %1553 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1555 = reduce_sum %1554 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%1556 = reshape %1534 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:40
%1557 = reshape %1555 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:34
%1558 = reshape %1548 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:28
%1559 = concat %1558, %1557, %1556 axis=0 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:28
%1560 = permute %1559 perm=[1,3,0,2,4] : f32[4,17,3,2,8] @ models/lib/nn.yaml:66:13
%1561 = reshape %1560 : f32[4,17,48] @ models/lib/nn.yaml:66:21
%1562 = reshape %1561 : f32[68,48] @ models/lib/nn.yaml:84:18
%1563 = matmul %1417, %1562 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%1564 = reshape %1563 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%1565 = reshape %1564 : f32[48] @ models/lib/nn.yaml:84:18
%1566 = add %1171, %1565 : f32[48] @ models/lib/nn.yaml:84:18
%1567 = matmul %1561, %25 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1568 = reshape %429 : f32[68,16] @ models/lib/nn.yaml:83:15
%1569 = reshape %1560 : f32[68,48] @ models/lib/nn.yaml:83:15
%1570 = matmul %1569, %1568 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%1571 = add %1175, %1570 : f32[48,16] @ models/lib/nn.yaml:83:15
%1572 = reshape %1567 : f32[68,16] @ models/lib/nn.yaml:96:46
%1573 = matmul %1417, %1572 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%1574 = reshape %1573 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1575 = reshape %1574 : f32[16] @ models/lib/nn.yaml:96:46
%1576 = add %1177, %1575 : f32[16] @ models/lib/nn.yaml:96:46
%1577 = mul %1567, %426 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1578 = mul %1567, %425 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1579 = reduce_sum %1578 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1580 = reshape %1579 : f32[16] @ models/lib/nn.yaml:96:37
%1581 = add %1181, %1580 : f32[16] @ models/lib/nn.yaml:96:37
%1582 = mul %1577, %424 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1583 = mul %1577, %418 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1584 = reduce_sum %1583 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%1585 = mul %423, %423 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1586 = mul %423, %1585 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1587 = mul %1586, %1433 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1588 = mul %1584, %1587 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1589 = div %1588, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1590 = broadcast %1589 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%1591 = mul %1590, %418 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1592 = add %1582, %1591 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1593 = add %1592, %1591 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1594 = add %1506, %1593 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1595 = neg %1593 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1596 = reduce_sum %1595 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%1597 = div %1596, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1598 = broadcast %1597 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1599 = add %1594, %1598 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1600 = reshape %1599 : f32[68,16] @ models/lib/nn.yaml:84:18
%1601 = matmul %1417, %1600 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%1602 = reshape %1601 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1603 = reshape %1602 : f32[16] @ models/lib/nn.yaml:84:18
%1604 = add %1201, %1603 : f32[16] @ models/lib/nn.yaml:84:18
%1605 = matmul %1599, %21 ta=0 tb=0 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%1606 = reshape %410 : f32[68,64] @ models/lib/nn.yaml:83:15
%1607 = reshape %1599 : f32[68,16] @ models/lib/nn.yaml:83:15
%1608 = matmul %1607, %1606 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%1609 = add %1205, %1608 : f32[16,64] @ models/lib/nn.yaml:83:15
%1610 = mul %1605, %409 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%1611 = mul %1605, %406 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%1612 = mul %407, %407 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1613 = neg %1612 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1614 = exp %1613 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1615 = mul %1614, %1463 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1616 = mul %1611, %1615 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1617 = mul %1616, %177 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%1618 = mul %1610, %174 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%1619 = add %1617, %1618 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%1620 = reshape %1619 : f32[68,64] @ models/lib/nn.yaml:84:18
%1621 = matmul %1417, %1620 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%1622 = reshape %1621 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%1623 = reshape %1622 : f32[64] @ models/lib/nn.yaml:84:18
%1624 = add %1217, %1623 : f32[64] @ models/lib/nn.yaml:84:18
%1625 = matmul %1619, %19 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1626 = reshape %402 : f32[68,16] @ models/lib/nn.yaml:83:15
%1627 = reshape %1619 : f32[68,64] @ models/lib/nn.yaml:83:15
%1628 = matmul %1627, %1626 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%1629 = add %1221, %1628 : f32[64,16] @ models/lib/nn.yaml:83:15
%1630 = reshape %1625 : f32[68,16] @ models/lib/nn.yaml:96:46
%1631 = matmul %1417, %1630 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%1632 = reshape %1631 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1633 = reshape %1632 : f32[16] @ models/lib/nn.yaml:96:46
%1634 = add %1223, %1633 : f32[16] @ models/lib/nn.yaml:96:46
%1635 = mul %1625, %399 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1636 = mul %1625, %398 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1637 = reduce_sum %1636 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1638 = reshape %1637 : f32[16] @ models/lib/nn.yaml:96:37
%1639 = add %1227, %1638 : f32[16] @ models/lib/nn.yaml:96:37
%1640 = mul %1635, %397 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1641 = mul %1635, %391 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1642 = reduce_sum %1641 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%1643 = mul %396, %396 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1644 = mul %396, %1643 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1645 = mul %1644, %1433 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1646 = mul %1642, %1645 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1647 = div %1646, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1648 = broadcast %1647 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%1649 = mul %1648, %391 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1650 = add %1640, %1649 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1651 = add %1650, %1649 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1652 = add %1599, %1651 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1653 = neg %1651 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1654 = reduce_sum %1653 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%1655 = div %1654, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1656 = broadcast %1655 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1657 = add %1652, %1656 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1658 = reshape %1657 : f32[68,16] @ models/lib/nn.yaml:84:18
%1659 = matmul %1417, %1658 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%1660 = reshape %1659 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1661 = reshape %1660 : f32[16] @ models/lib/nn.yaml:84:18
%1662 = add %1247, %1661 : f32[16] @ models/lib/nn.yaml:84:18
%1663 = matmul %1657, %15 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1664 = reshape %382 : f32[68,16] @ models/lib/nn.yaml:83:15
%1665 = reshape %1657 : f32[68,16] @ models/lib/nn.yaml:83:15
%1666 = matmul %1665, %1664 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%1667 = add %1251, %1666 : f32[16,16] @ models/lib/nn.yaml:83:15
%1668 = reshape %1663 : f32[4,17,2,8] @ models/lib/nn.yaml:57:16
%1669 = permute %1668 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/nn.yaml:56:13
%1670 = permute %359 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%1671 = reshape %1669 : f32[4,2,17,8,1] @ models/lib/nn.yaml:56:23
%1672 = broadcast %1671 : f32[4,2,17,8,17] @ models/lib/nn.yaml:56:23
%1673 = reshape %1670 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%1674 = broadcast %1673 : f32[4,2,17,8,17] @ models/lib/nn.yaml:56:23
%1675 = mul %1672, %1674 : f32[4,2,17,8,17] @ models/lib/nn.yaml:56:23
%1676 = reduce_sum %1675 axes=[3] keep=0 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1677 = permute %375 perm=[0,1,3,2] : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1678 = reshape %1677 : f32[4,2,17,17,1] @ models/lib/nn.yaml:56:23
%1679 = broadcast %1678 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%1680 = reshape %1669 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1681 = broadcast %1680 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%1682 = mul %1679, %1681 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%1683 = reduce_sum %1682 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%1684 = div %1676, %374 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%1685 = mul %1684, %375 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%1686 = neg %1685 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%1687 = reduce_sum %1686 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:18
%1688 = broadcast %1687 : f32[4,2,17,17] @ models/lib/nn.yaml:15:20
%1689 = add %1684, %1688 : f32[4,2,17,17] @ models/lib/nn.yaml:15:20
%1690 = mul %1689, %372 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%1691 = mul %1690, %133 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%1692 = reshape %1691 : f32[4,2,17,17,1] @ models/lib/nn.yaml:55:23
%1693 = broadcast %1692 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1694 = reshape %357 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%1695 = broadcast %1694 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1696 = mul %1693, %1695 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1697 = reduce_sum %1696 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%1698 = permute %1691 perm=[0,1,3,2] : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%1699 = reshape %1698 : f32[4,2,17,17,1] @ models/lib/nn.yaml:55:23
%1700 = broadcast %1699 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1701 = reshape %355 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%1702 = broadcast %1701 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1703 = mul %1700, %1702 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1704 = reduce_sum %1703 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%1705 = reshape %1683 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:40
%1706 = reshape %1704 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:34
%1707 = reshape %1697 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:28
%1708 = concat %1707, %1706, %1705 axis=0 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:28
%1709 = permute %1708 perm=[1,3,0,2,4] : f32[4,17,3,2,8] @ models/lib/nn.yaml:66:13
%1710 = reshape %1709 : f32[4,17,48] @ models/lib/nn.yaml:66:21
%1711 = reshape %1710 : f32[68,48] @ models/lib/nn.yaml:84:18
%1712 = matmul %1417, %1711 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%1713 = reshape %1712 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%1714 = reshape %1713 : f32[48] @ models/lib/nn.yaml:84:18
%1715 = add %1296, %1714 : f32[48] @ models/lib/nn.yaml:84:18
%1716 = matmul %1710, %13 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1717 = reshape %348 : f32[68,16] @ models/lib/nn.yaml:83:15
%1718 = reshape %1709 : f32[68,48] @ models/lib/nn.yaml:83:15
%1719 = matmul %1718, %1717 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%1720 = add %1300, %1719 : f32[48,16] @ models/lib/nn.yaml:83:15
%1721 = reshape %1716 : f32[68,16] @ models/lib/nn.yaml:96:46
%1722 = matmul %1417, %1721 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%1723 = reshape %1722 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1724 = reshape %1723 : f32[16] @ models/lib/nn.yaml:96:46
%1725 = add %1302, %1724 : f32[16] @ models/lib/nn.yaml:96:46
%1726 = mul %1716, %345 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1727 = mul %1716, %344 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1728 = reduce_sum %1727 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1729 = reshape %1728 : f32[16] @ models/lib/nn.yaml:96:37
%1730 = add %1306, %1729 : f32[16] @ models/lib/nn.yaml:96:37
%1731 = mul %1726, %343 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1732 = mul %1726, %337 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1733 = reduce_sum %1732 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%1734 = mul %342, %342 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1735 = mul %342, %1734 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1736 = mul %1735, %1433 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1737 = mul %1733, %1736 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1738 = div %1737, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1739 = broadcast %1738 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%1740 = mul %1739, %337 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1741 = add %1731, %1740 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1742 = add %1741, %1740 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1743 = add %1657, %1742 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1744 = neg %1742 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1745 = reduce_sum %1744 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%1746 = div %1745, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1747 = broadcast %1746 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1748 = add %1743, %1747 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1749 = reduce_sum %1748 axes=[0] keep=1 : f32[1,17,16] @ models/lib/vit.yaml:62:15
%1750 = add %1337, %1749 : f32[1,17,16] @ models/lib/vit.yaml:62:15
%1751 = slice %1748 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:61:13
%1752 = slice %1748 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:61:13
%1753 = reduce_sum %1751 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:61:20
%1754 = add %1340, %1753 : f32[1,1,16] @ models/lib/vit.yaml:61:20
%1755 = reduce_sum %1752 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%1756 = reshape %1755 : f32[16] @ models/lib/vit.yaml:17:71
%1757 = add %1342, %1756 : f32[16] @ models/lib/vit.yaml:17:71
%1758 = reshape %85 : f32[64,48] @ models/lib/vit.yaml:17:18
%1759 = reshape %1752 : f32[64,16] @ models/lib/vit.yaml:17:18
%1760 = matmul %1759, %1758 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%1761 = reshape %1760 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%1762 = add %1346, %1761 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%1763 = all_reduce_sum %1754 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1764 = reshape %1763 : f32[16] @ models/lib/vit.yaml:47:7
%1765 = mul %1764, %1764 : f32[16] @ models/lib/vit.yaml:47:7
%1766 = reduce_sum %1765 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:47:7
%1767 = sqrt %1766 : f32[] @ models/lib/vit.yaml:47:7
%1768 = cast %1767 : f64[] @ models/lib/vit.yaml:47:7
%1769 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:47:7
%1770 = add %1768, %1769 : f64[] @ models/lib/vit.yaml:47:7
%1771 = const data=[3] : f64[] @ models/lib/vit.yaml:47:7
%1772 = div %1771, %1770 : f64[] @ models/lib/vit.yaml:47:7
%1773 = const data=[1] : f64[] @ models/lib/vit.yaml:47:7
%1774 = lt %1772, %1773 : bool[] @ models/lib/vit.yaml:47:7
%1775 = cast %1772 : f32[] @ models/lib/vit.yaml:47:7
%1776 = broadcast %1775 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1777 = mul %1763, %1776 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1778 = broadcast %1774 : bool[1,1,16] @ models/lib/vit.yaml:47:7
%1779 = select %1778, %1777, %1763 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1780 = state name="adam_m.backbone.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1781 = state name="adam_v.backbone.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1782 = state name="adam_t.backbone.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:47:7
%1783 = const data=[1] : i64[] @ models/lib/vit.yaml:47:7
%1784 = add %1782, %1783 : i64[] @ models/lib/vit.yaml:47:7
%1785 = mul %931, %932 : f64[] @ models/lib/vit.yaml:47:7
%1786 = sub %1773, %1785 : f64[] @ models/lib/vit.yaml:47:7
%1787 = cast %1786 : f32[] @ models/lib/vit.yaml:47:7
%1788 = broadcast %1787 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1789 = mul %7, %1788 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1790 = broadcast %826 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1791 = mul %1779, %1790 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1792 = const data=[0.9] : f64[] @ models/lib/vit.yaml:47:7
%1793 = broadcast %468 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1794 = mul %1780, %1793 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1795 = add %1794, %1791 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1796 = mul %1779, %1779 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1797 = const data=[0.001] : f32[] @ models/lib/vit.yaml:47:7
%1798 = broadcast %1797 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1799 = mul %1796, %1798 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1800 = const data=[0.999] : f64[] @ models/lib/vit.yaml:47:7
%1801 = const data=[0.999] : f32[] @ models/lib/vit.yaml:47:7
%1802 = broadcast %1801 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1803 = mul %1781, %1802 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1804 = add %1803, %1799 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1805 = cast %1784 : f64[] @ models/lib/vit.yaml:47:7
%1806 = pow %1792, %1805 : f64[] @ models/lib/vit.yaml:47:7
%1807 = sub %1773, %1806 : f64[] @ models/lib/vit.yaml:47:7
%1808 = div %931, %1807 : f64[] @ models/lib/vit.yaml:47:7
%1809 = pow %1800, %1805 : f64[] @ models/lib/vit.yaml:47:7
%1810 = sub %1773, %1809 : f64[] @ models/lib/vit.yaml:47:7
%1811 = sqrt %1810 : f64[] @ models/lib/vit.yaml:47:7
%1812 = div %1773, %1811 : f64[] @ models/lib/vit.yaml:47:7
%1813 = sqrt %1804 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1814 = cast %1812 : f32[] @ models/lib/vit.yaml:47:7
%1815 = broadcast %1814 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1816 = mul %1813, %1815 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1817 = const data=[1e-08] : f32[] @ models/lib/vit.yaml:47:7
%1818 = broadcast %1817 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1819 = add %1816, %1818 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1820 = div %1795, %1819 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1821 = cast %1808 : f32[] @ models/lib/vit.yaml:47:7
%1822 = broadcast %1821 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1823 = mul %1820, %1822 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1824 = sub %1789, %1823 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1825 = assign %7, %1824 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1826 = assign %1780, %1795 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1827 = assign %1781, %1804 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1828 = assign %1782, %1784 : i64[] @ models/lib/vit.yaml:47:7
%1829 = cast %933 : f32[] @ models/lib/vit.yaml:47:7
%1830 = broadcast %1829 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1831 = mul %45, %1830 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1832 = sub %1773, %933 : f64[] @ models/lib/vit.yaml:47:7
%1833 = cast %1832 : f32[] @ models/lib/vit.yaml:47:7
%1834 = broadcast %1833 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1835 = mul %1824, %1834 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1836 = add %1831, %1835 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1837 = assign %45, %1836 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1838 = all_reduce_sum %1750 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1839 = reshape %1838 : f32[272] @ models/lib/vit.yaml:48:7
%1840 = mul %1839, %1839 : f32[272] @ models/lib/vit.yaml:48:7
%1841 = reduce_sum %1840 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:48:7
%1842 = sqrt %1841 : f32[] @ models/lib/vit.yaml:48:7
%1843 = cast %1842 : f64[] @ models/lib/vit.yaml:48:7
%1844 = add %1843, %1769 : f64[] @ models/lib/vit.yaml:48:7
%1845 = div %1771, %1844 : f64[] @ models/lib/vit.yaml:48:7
%1846 = lt %1845, %1773 : bool[] @ models/lib/vit.yaml:48:7
%1847 = cast %1845 : f32[] @ models/lib/vit.yaml:48:7
%1848 = broadcast %1847 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1849 = mul %1838, %1848 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1850 = broadcast %1846 : bool[1,17,16] @ models/lib/vit.yaml:48:7
%1851 = select %1850, %1849, %1838 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1852 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1853 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1854 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%1855 = add %1854, %1783 : i64[] @ models/lib/vit.yaml:48:7
%1856 = broadcast %1787 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1857 = mul %8, %1856 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1858 = broadcast %826 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1859 = mul %1851, %1858 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1860 = broadcast %468 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1861 = mul %1852, %1860 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1862 = add %1861, %1859 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1863 = mul %1851, %1851 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1864 = broadcast %1797 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1865 = mul %1863, %1864 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1866 = broadcast %1801 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1867 = mul %1853, %1866 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1868 = add %1867, %1865 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1869 = cast %1855 : f64[] @ models/lib/vit.yaml:48:7
%1870 = pow %1792, %1869 : f64[] @ models/lib/vit.yaml:48:7
%1871 = sub %1773, %1870 : f64[] @ models/lib/vit.yaml:48:7
%1872 = div %931, %1871 : f64[] @ models/lib/vit.yaml:48:7
%1873 = pow %1800, %1869 : f64[] @ models/lib/vit.yaml:48:7
%1874 = sub %1773, %1873 : f64[] @ models/lib/vit.yaml:48:7
%1875 = sqrt %1874 : f64[] @ models/lib/vit.yaml:48:7
%1876 = div %1773, %1875 : f64[] @ models/lib/vit.yaml:48:7
%1877 = sqrt %1868 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1878 = cast %1876 : f32[] @ models/lib/vit.yaml:48:7
%1879 = broadcast %1878 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1880 = mul %1877, %1879 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1881 = broadcast %1817 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1882 = add %1880, %1881 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1883 = div %1862, %1882 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1884 = cast %1872 : f32[] @ models/lib/vit.yaml:48:7
%1885 = broadcast %1884 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1886 = mul %1883, %1885 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1887 = sub %1857, %1886 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1888 = assign %8, %1887 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1889 = assign %1852, %1862 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1890 = assign %1853, %1868 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1891 = assign %1854, %1855 : i64[] @ models/lib/vit.yaml:48:7
%1892 = broadcast %1829 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1893 = mul %46, %1892 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1894 = broadcast %1833 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1895 = mul %1887, %1894 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1896 = add %1893, %1895 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1897 = assign %46, %1896 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1898 = all_reduce_sum %1762 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1899 = reshape %1898 : f32[768] @ models/lib/vit.yaml:9:7
%1900 = mul %1899, %1899 : f32[768] @ models/lib/vit.yaml:9:7
%1901 = reduce_sum %1900 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:9:7
%1902 = sqrt %1901 : f32[] @ models/lib/vit.yaml:9:7
%1903 = cast %1902 : f64[] @ models/lib/vit.yaml:9:7
%1904 = add %1903, %1769 : f64[] @ models/lib/vit.yaml:9:7
%1905 = div %1771, %1904 : f64[] @ models/lib/vit.yaml:9:7
%1906 = lt %1905, %1773 : bool[] @ models/lib/vit.yaml:9:7
%1907 = cast %1905 : f32[] @ models/lib/vit.yaml:9:7
%1908 = broadcast %1907 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1909 = mul %1898, %1908 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1910 = broadcast %1906 : bool[16,3,4,4] @ models/lib/vit.yaml:9:7
%1911 = select %1910, %1909, %1898 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1912 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1913 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1914 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%1915 = add %1914, %1783 : i64[] @ models/lib/vit.yaml:9:7
%1916 = broadcast %1787 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1917 = mul %9, %1916 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1918 = broadcast %826 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1919 = mul %1911, %1918 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1920 = broadcast %468 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1921 = mul %1912, %1920 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1922 = add %1921, %1919 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1923 = mul %1911, %1911 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1924 = broadcast %1797 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1925 = mul %1923, %1924 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1926 = broadcast %1801 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1927 = mul %1913, %1926 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1928 = add %1927, %1925 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1929 = cast %1915 : f64[] @ models/lib/vit.yaml:9:7
%1930 = pow %1792, %1929 : f64[] @ models/lib/vit.yaml:9:7
%1931 = sub %1773, %1930 : f64[] @ models/lib/vit.yaml:9:7
%1932 = div %931, %1931 : f64[] @ models/lib/vit.yaml:9:7
%1933 = pow %1800, %1929 : f64[] @ models/lib/vit.yaml:9:7
%1934 = sub %1773, %1933 : f64[] @ models/lib/vit.yaml:9:7
%1935 = sqrt %1934 : f64[] @ models/lib/vit.yaml:9:7
%1936 = div %1773, %1935 : f64[] @ models/lib/vit.yaml:9:7
%1937 = sqrt %1928 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1938 = cast %1936 : f32[] @ models/lib/vit.yaml:9:7
%1939 = broadcast %1938 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1940 = mul %1937, %1939 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1941 = broadcast %1817 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1942 = add %1940, %1941 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1943 = div %1922, %1942 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1944 = cast %1932 : f32[] @ models/lib/vit.yaml:9:7
%1945 = broadcast %1944 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1946 = mul %1943, %1945 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1947 = sub %1917, %1946 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1948 = assign %9, %1947 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1949 = assign %1912, %1922 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1950 = assign %1913, %1928 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1951 = assign %1914, %1915 : i64[] @ models/lib/vit.yaml:9:7
%1952 = broadcast %1829 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1953 = mul %47, %1952 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1954 = broadcast %1833 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1955 = mul %1947, %1954 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1956 = add %1953, %1955 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1957 = assign %47, %1956 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1958 = all_reduce_sum %1757 : f32[16] @ models/lib/vit.yaml:10:7
%1959 = mul %1958, %1958 : f32[16] @ models/lib/vit.yaml:10:7
%1960 = reduce_sum %1959 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:10:7
%1961 = sqrt %1960 : f32[] @ models/lib/vit.yaml:10:7
%1962 = cast %1961 : f64[] @ models/lib/vit.yaml:10:7
%1963 = add %1962, %1769 : f64[] @ models/lib/vit.yaml:10:7
%1964 = div %1771, %1963 : f64[] @ models/lib/vit.yaml:10:7
%1965 = lt %1964, %1773 : bool[] @ models/lib/vit.yaml:10:7
%1966 = cast %1964 : f32[] @ models/lib/vit.yaml:10:7
%1967 = broadcast %1966 : f32[16] @ models/lib/vit.yaml:10:7
%1968 = mul %1958, %1967 : f32[16] @ models/lib/vit.yaml:10:7
%1969 = broadcast %1965 : bool[16] @ models/lib/vit.yaml:10:7
%1970 = select %1969, %1968, %1958 : f32[16] @ models/lib/vit.yaml:10:7
%1971 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%1972 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%1973 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%1974 = add %1973, %1783 : i64[] @ models/lib/vit.yaml:10:7
%1975 = broadcast %826 : f32[16] @ models/lib/vit.yaml:10:7
%1976 = mul %1970, %1975 : f32[16] @ models/lib/vit.yaml:10:7
%1977 = broadcast %468 : f32[16] @ models/lib/vit.yaml:10:7
%1978 = mul %1971, %1977 : f32[16] @ models/lib/vit.yaml:10:7
%1979 = add %1978, %1976 : f32[16] @ models/lib/vit.yaml:10:7
%1980 = mul %1970, %1970 : f32[16] @ models/lib/vit.yaml:10:7
%1981 = broadcast %1797 : f32[16] @ models/lib/vit.yaml:10:7
%1982 = mul %1980, %1981 : f32[16] @ models/lib/vit.yaml:10:7
%1983 = broadcast %1801 : f32[16] @ models/lib/vit.yaml:10:7
%1984 = mul %1972, %1983 : f32[16] @ models/lib/vit.yaml:10:7
%1985 = add %1984, %1982 : f32[16] @ models/lib/vit.yaml:10:7
%1986 = cast %1974 : f64[] @ models/lib/vit.yaml:10:7
%1987 = pow %1792, %1986 : f64[] @ models/lib/vit.yaml:10:7
%1988 = sub %1773, %1987 : f64[] @ models/lib/vit.yaml:10:7
%1989 = div %931, %1988 : f64[] @ models/lib/vit.yaml:10:7
%1990 = pow %1800, %1986 : f64[] @ models/lib/vit.yaml:10:7
%1991 = sub %1773, %1990 : f64[] @ models/lib/vit.yaml:10:7
%1992 = sqrt %1991 : f64[] @ models/lib/vit.yaml:10:7
%1993 = div %1773, %1992 : f64[] @ models/lib/vit.yaml:10:7
%1994 = sqrt %1985 : f32[16] @ models/lib/vit.yaml:10:7
%1995 = cast %1993 : f32[] @ models/lib/vit.yaml:10:7
%1996 = broadcast %1995 : f32[16] @ models/lib/vit.yaml:10:7
%1997 = mul %1994, %1996 : f32[16] @ models/lib/vit.yaml:10:7
%1998 = broadcast %1817 : f32[16] @ models/lib/vit.yaml:10:7
%1999 = add %1997, %1998 : f32[16] @ models/lib/vit.yaml:10:7
%2000 = div %1979, %1999 : f32[16] @ models/lib/vit.yaml:10:7
%2001 = cast %1989 : f32[] @ models/lib/vit.yaml:10:7
%2002 = broadcast %2001 : f32[16] @ models/lib/vit.yaml:10:7
%2003 = mul %2000, %2002 : f32[16] @ models/lib/vit.yaml:10:7
%2004 = sub %10, %2003 : f32[16] @ models/lib/vit.yaml:10:7
%2005 = assign %10, %2004 : f32[16] @ models/lib/vit.yaml:10:7
%2006 = assign %1971, %1979 : f32[16] @ models/lib/vit.yaml:10:7
%2007 = assign %1972, %1985 : f32[16] @ models/lib/vit.yaml:10:7
%2008 = assign %1973, %1974 : i64[] @ models/lib/vit.yaml:10:7
%2009 = broadcast %1829 : f32[16] @ models/lib/vit.yaml:10:7
%2010 = mul %48, %2009 : f32[16] @ models/lib/vit.yaml:10:7
%2011 = broadcast %1833 : f32[16] @ models/lib/vit.yaml:10:7
%2012 = mul %2004, %2011 : f32[16] @ models/lib/vit.yaml:10:7
%2013 = add %2010, %2012 : f32[16] @ models/lib/vit.yaml:10:7
%2014 = assign %48, %2013 : f32[16] @ models/lib/vit.yaml:10:7
%2015 = all_reduce_sum %1730 : f32[16] @ models/lib/nn.yaml:89:7
%2016 = mul %2015, %2015 : f32[16] @ models/lib/nn.yaml:89:7
%2017 = reduce_sum %2016 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%2018 = sqrt %2017 : f32[] @ models/lib/nn.yaml:89:7
%2019 = cast %2018 : f64[] @ models/lib/nn.yaml:89:7
%2020 = add %2019, %1769 : f64[] @ models/lib/nn.yaml:89:7
%2021 = div %1771, %2020 : f64[] @ models/lib/nn.yaml:89:7
%2022 = lt %2021, %1773 : bool[] @ models/lib/nn.yaml:89:7
%2023 = cast %2021 : f32[] @ models/lib/nn.yaml:89:7
%2024 = broadcast %2023 : f32[16] @ models/lib/nn.yaml:89:7
%2025 = mul %2015, %2024 : f32[16] @ models/lib/nn.yaml:89:7
%2026 = broadcast %2022 : bool[16] @ models/lib/nn.yaml:89:7
%2027 = select %2026, %2025, %2015 : f32[16] @ models/lib/nn.yaml:89:7
%2028 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%2029 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%2030 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%2031 = add %2030, %1783 : i64[] @ models/lib/nn.yaml:89:7
%2032 = mul %2027, %1975 : f32[16] @ models/lib/nn.yaml:89:7
%2033 = mul %2028, %1977 : f32[16] @ models/lib/nn.yaml:89:7
%2034 = add %2033, %2032 : f32[16] @ models/lib/nn.yaml:89:7
%2035 = mul %2027, %2027 : f32[16] @ models/lib/nn.yaml:89:7
%2036 = mul %2035, %1981 : f32[16] @ models/lib/nn.yaml:89:7
%2037 = mul %2029, %1983 : f32[16] @ models/lib/nn.yaml:89:7
%2038 = add %2037, %2036 : f32[16] @ models/lib/nn.yaml:89:7
%2039 = cast %2031 : f64[] @ models/lib/nn.yaml:89:7
%2040 = pow %1792, %2039 : f64[] @ models/lib/nn.yaml:89:7
%2041 = sub %1773, %2040 : f64[] @ models/lib/nn.yaml:89:7
%2042 = div %931, %2041 : f64[] @ models/lib/nn.yaml:89:7
%2043 = pow %1800, %2039 : f64[] @ models/lib/nn.yaml:89:7
%2044 = sub %1773, %2043 : f64[] @ models/lib/nn.yaml:89:7
%2045 = sqrt %2044 : f64[] @ models/lib/nn.yaml:89:7
%2046 = div %1773, %2045 : f64[] @ models/lib/nn.yaml:89:7
%2047 = sqrt %2038 : f32[16] @ models/lib/nn.yaml:89:7
%2048 = cast %2046 : f32[] @ models/lib/nn.yaml:89:7
%2049 = broadcast %2048 : f32[16] @ models/lib/nn.yaml:89:7
%2050 = mul %2047, %2049 : f32[16] @ models/lib/nn.yaml:89:7
%2051 = add %2050, %1998 : f32[16] @ models/lib/nn.yaml:89:7
%2052 = div %2034, %2051 : f32[16] @ models/lib/nn.yaml:89:7
%2053 = cast %2042 : f32[] @ models/lib/nn.yaml:89:7
%2054 = broadcast %2053 : f32[16] @ models/lib/nn.yaml:89:7
%2055 = mul %2052, %2054 : f32[16] @ models/lib/nn.yaml:89:7
%2056 = sub %11, %2055 : f32[16] @ models/lib/nn.yaml:89:7
%2057 = assign %11, %2056 : f32[16] @ models/lib/nn.yaml:89:7
%2058 = assign %2028, %2034 : f32[16] @ models/lib/nn.yaml:89:7
%2059 = assign %2029, %2038 : f32[16] @ models/lib/nn.yaml:89:7
%2060 = assign %2030, %2031 : i64[] @ models/lib/nn.yaml:89:7
%2061 = mul %49, %2009 : f32[16] @ models/lib/nn.yaml:89:7
%2062 = mul %2056, %2011 : f32[16] @ models/lib/nn.yaml:89:7
%2063 = add %2061, %2062 : f32[16] @ models/lib/nn.yaml:89:7
%2064 = assign %49, %2063 : f32[16] @ models/lib/nn.yaml:89:7
%2065 = all_reduce_sum %1725 : f32[16] @ models/lib/nn.yaml:90:7
%2066 = mul %2065, %2065 : f32[16] @ models/lib/nn.yaml:90:7
%2067 = reduce_sum %2066 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%2068 = sqrt %2067 : f32[] @ models/lib/nn.yaml:90:7
%2069 = cast %2068 : f64[] @ models/lib/nn.yaml:90:7
%2070 = add %2069, %1769 : f64[] @ models/lib/nn.yaml:90:7
%2071 = div %1771, %2070 : f64[] @ models/lib/nn.yaml:90:7
%2072 = lt %2071, %1773 : bool[] @ models/lib/nn.yaml:90:7
%2073 = cast %2071 : f32[] @ models/lib/nn.yaml:90:7
%2074 = broadcast %2073 : f32[16] @ models/lib/nn.yaml:90:7
%2075 = mul %2065, %2074 : f32[16] @ models/lib/nn.yaml:90:7
%2076 = broadcast %2072 : bool[16] @ models/lib/nn.yaml:90:7
%2077 = select %2076, %2075, %2065 : f32[16] @ models/lib/nn.yaml:90:7
%2078 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%2079 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%2080 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%2081 = add %2080, %1783 : i64[] @ models/lib/nn.yaml:90:7
%2082 = mul %2077, %1975 : f32[16] @ models/lib/nn.yaml:90:7
%2083 = mul %2078, %1977 : f32[16] @ models/lib/nn.yaml:90:7
%2084 = add %2083, %2082 : f32[16] @ models/lib/nn.yaml:90:7
%2085 = mul %2077, %2077 : f32[16] @ models/lib/nn.yaml:90:7
%2086 = mul %2085, %1981 : f32[16] @ models/lib/nn.yaml:90:7
%2087 = mul %2079, %1983 : f32[16] @ models/lib/nn.yaml:90:7
%2088 = add %2087, %2086 : f32[16] @ models/lib/nn.yaml:90:7
%2089 = cast %2081 : f64[] @ models/lib/nn.yaml:90:7
%2090 = pow %1792, %2089 : f64[] @ models/lib/nn.yaml:90:7
%2091 = sub %1773, %2090 : f64[] @ models/lib/nn.yaml:90:7
%2092 = div %931, %2091 : f64[] @ models/lib/nn.yaml:90:7
%2093 = pow %1800, %2089 : f64[] @ models/lib/nn.yaml:90:7
%2094 = sub %1773, %2093 : f64[] @ models/lib/nn.yaml:90:7
%2095 = sqrt %2094 : f64[] @ models/lib/nn.yaml:90:7
%2096 = div %1773, %2095 : f64[] @ models/lib/nn.yaml:90:7
%2097 = sqrt %2088 : f32[16] @ models/lib/nn.yaml:90:7
%2098 = cast %2096 : f32[] @ models/lib/nn.yaml:90:7
%2099 = broadcast %2098 : f32[16] @ models/lib/nn.yaml:90:7
%2100 = mul %2097, %2099 : f32[16] @ models/lib/nn.yaml:90:7
%2101 = add %2100, %1998 : f32[16] @ models/lib/nn.yaml:90:7
%2102 = div %2084, %2101 : f32[16] @ models/lib/nn.yaml:90:7
%2103 = cast %2092 : f32[] @ models/lib/nn.yaml:90:7
%2104 = broadcast %2103 : f32[16] @ models/lib/nn.yaml:90:7
%2105 = mul %2102, %2104 : f32[16] @ models/lib/nn.yaml:90:7
%2106 = sub %12, %2105 : f32[16] @ models/lib/nn.yaml:90:7
%2107 = assign %12, %2106 : f32[16] @ models/lib/nn.yaml:90:7
%2108 = assign %2078, %2084 : f32[16] @ models/lib/nn.yaml:90:7
%2109 = assign %2079, %2088 : f32[16] @ models/lib/nn.yaml:90:7
%2110 = assign %2080, %2081 : i64[] @ models/lib/nn.yaml:90:7
%2111 = mul %50, %2009 : f32[16] @ models/lib/nn.yaml:90:7
%2112 = mul %2106, %2011 : f32[16] @ models/lib/nn.yaml:90:7
%2113 = add %2111, %2112 : f32[16] @ models/lib/nn.yaml:90:7
%2114 = assign %50, %2113 : f32[16] @ models/lib/nn.yaml:90:7
%2115 = all_reduce_sum %1720 : f32[48,16] @ models/lib/nn.yaml:79:7
%2116 = reshape %2115 : f32[768] @ models/lib/nn.yaml:79:7
%2117 = mul %2116, %2116 : f32[768] @ models/lib/nn.yaml:79:7
%2118 = reduce_sum %2117 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%2119 = sqrt %2118 : f32[] @ models/lib/nn.yaml:79:7
%2120 = cast %2119 : f64[] @ models/lib/nn.yaml:79:7
%2121 = add %2120, %1769 : f64[] @ models/lib/nn.yaml:79:7
%2122 = div %1771, %2121 : f64[] @ models/lib/nn.yaml:79:7
%2123 = lt %2122, %1773 : bool[] @ models/lib/nn.yaml:79:7
%2124 = cast %2122 : f32[] @ models/lib/nn.yaml:79:7
%2125 = broadcast %2124 : f32[48,16] @ models/lib/nn.yaml:79:7
%2126 = mul %2115, %2125 : f32[48,16] @ models/lib/nn.yaml:79:7
%2127 = broadcast %2123 : bool[48,16] @ models/lib/nn.yaml:79:7
%2128 = select %2127, %2126, %2115 : f32[48,16] @ models/lib/nn.yaml:79:7
%2129 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%2130 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%2131 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%2132 = add %2131, %1783 : i64[] @ models/lib/nn.yaml:79:7
%2133 = broadcast %1787 : f32[48,16] @ models/lib/nn.yaml:79:7
%2134 = mul %13, %2133 : f32[48,16] @ models/lib/nn.yaml:79:7
%2135 = broadcast %826 : f32[48,16] @ models/lib/nn.yaml:79:7
%2136 = mul %2128, %2135 : f32[48,16] @ models/lib/nn.yaml:79:7
%2137 = broadcast %468 : f32[48,16] @ models/lib/nn.yaml:79:7
%2138 = mul %2129, %2137 : f32[48,16] @ models/lib/nn.yaml:79:7
%2139 = add %2138, %2136 : f32[48,16] @ models/lib/nn.yaml:79:7
%2140 = mul %2128, %2128 : f32[48,16] @ models/lib/nn.yaml:79:7
%2141 = broadcast %1797 : f32[48,16] @ models/lib/nn.yaml:79:7
%2142 = mul %2140, %2141 : f32[48,16] @ models/lib/nn.yaml:79:7
%2143 = broadcast %1801 : f32[48,16] @ models/lib/nn.yaml:79:7
%2144 = mul %2130, %2143 : f32[48,16] @ models/lib/nn.yaml:79:7
%2145 = add %2144, %2142 : f32[48,16] @ models/lib/nn.yaml:79:7
%2146 = cast %2132 : f64[] @ models/lib/nn.yaml:79:7
%2147 = pow %1792, %2146 : f64[] @ models/lib/nn.yaml:79:7
%2148 = sub %1773, %2147 : f64[] @ models/lib/nn.yaml:79:7
%2149 = div %931, %2148 : f64[] @ models/lib/nn.yaml:79:7
%2150 = pow %1800, %2146 : f64[] @ models/lib/nn.yaml:79:7
%2151 = sub %1773, %2150 : f64[] @ models/lib/nn.yaml:79:7
%2152 = sqrt %2151 : f64[] @ models/lib/nn.yaml:79:7
%2153 = div %1773, %2152 : f64[] @ models/lib/nn.yaml:79:7
%2154 = sqrt %2145 : f32[48,16] @ models/lib/nn.yaml:79:7
%2155 = cast %2153 : f32[] @ models/lib/nn.yaml:79:7
%2156 = broadcast %2155 : f32[48,16] @ models/lib/nn.yaml:79:7
%2157 = mul %2154, %2156 : f32[48,16] @ models/lib/nn.yaml:79:7
%2158 = broadcast %1817 : f32[48,16] @ models/lib/nn.yaml:79:7
%2159 = add %2157, %2158 : f32[48,16] @ models/lib/nn.yaml:79:7
%2160 = div %2139, %2159 : f32[48,16] @ models/lib/nn.yaml:79:7
%2161 = cast %2149 : f32[] @ models/lib/nn.yaml:79:7
%2162 = broadcast %2161 : f32[48,16] @ models/lib/nn.yaml:79:7
%2163 = mul %2160, %2162 : f32[48,16] @ models/lib/nn.yaml:79:7
%2164 = sub %2134, %2163 : f32[48,16] @ models/lib/nn.yaml:79:7
%2165 = assign %13, %2164 : f32[48,16] @ models/lib/nn.yaml:79:7
%2166 = assign %2129, %2139 : f32[48,16] @ models/lib/nn.yaml:79:7
%2167 = assign %2130, %2145 : f32[48,16] @ models/lib/nn.yaml:79:7
%2168 = assign %2131, %2132 : i64[] @ models/lib/nn.yaml:79:7
%2169 = broadcast %1829 : f32[48,16] @ models/lib/nn.yaml:79:7
%2170 = mul %51, %2169 : f32[48,16] @ models/lib/nn.yaml:79:7
%2171 = broadcast %1833 : f32[48,16] @ models/lib/nn.yaml:79:7
%2172 = mul %2164, %2171 : f32[48,16] @ models/lib/nn.yaml:79:7
%2173 = add %2170, %2172 : f32[48,16] @ models/lib/nn.yaml:79:7
%2174 = assign %51, %2173 : f32[48,16] @ models/lib/nn.yaml:79:7
%2175 = all_reduce_sum %1715 : f32[48] @ models/lib/nn.yaml:80:7
%2176 = mul %2175, %2175 : f32[48] @ models/lib/nn.yaml:80:7
%2177 = reduce_sum %2176 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%2178 = sqrt %2177 : f32[] @ models/lib/nn.yaml:80:7
%2179 = cast %2178 : f64[] @ models/lib/nn.yaml:80:7
%2180 = add %2179, %1769 : f64[] @ models/lib/nn.yaml:80:7
%2181 = div %1771, %2180 : f64[] @ models/lib/nn.yaml:80:7
%2182 = lt %2181, %1773 : bool[] @ models/lib/nn.yaml:80:7
%2183 = cast %2181 : f32[] @ models/lib/nn.yaml:80:7
%2184 = broadcast %2183 : f32[48] @ models/lib/nn.yaml:80:7
%2185 = mul %2175, %2184 : f32[48] @ models/lib/nn.yaml:80:7
%2186 = broadcast %2182 : bool[48] @ models/lib/nn.yaml:80:7
%2187 = select %2186, %2185, %2175 : f32[48] @ models/lib/nn.yaml:80:7
%2188 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%2189 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%2190 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%2191 = add %2190, %1783 : i64[] @ models/lib/nn.yaml:80:7
%2192 = broadcast %826 : f32[48] @ models/lib/nn.yaml:80:7
%2193 = mul %2187, %2192 : f32[48] @ models/lib/nn.yaml:80:7
%2194 = broadcast %468 : f32[48] @ models/lib/nn.yaml:80:7
%2195 = mul %2188, %2194 : f32[48] @ models/lib/nn.yaml:80:7
%2196 = add %2195, %2193 : f32[48] @ models/lib/nn.yaml:80:7
%2197 = mul %2187, %2187 : f32[48] @ models/lib/nn.yaml:80:7
%2198 = broadcast %1797 : f32[48] @ models/lib/nn.yaml:80:7
%2199 = mul %2197, %2198 : f32[48] @ models/lib/nn.yaml:80:7
%2200 = broadcast %1801 : f32[48] @ models/lib/nn.yaml:80:7
%2201 = mul %2189, %2200 : f32[48] @ models/lib/nn.yaml:80:7
%2202 = add %2201, %2199 : f32[48] @ models/lib/nn.yaml:80:7
%2203 = cast %2191 : f64[] @ models/lib/nn.yaml:80:7
%2204 = pow %1792, %2203 : f64[] @ models/lib/nn.yaml:80:7
%2205 = sub %1773, %2204 : f64[] @ models/lib/nn.yaml:80:7
%2206 = div %931, %2205 : f64[] @ models/lib/nn.yaml:80:7
%2207 = pow %1800, %2203 : f64[] @ models/lib/nn.yaml:80:7
%2208 = sub %1773, %2207 : f64[] @ models/lib/nn.yaml:80:7
%2209 = sqrt %2208 : f64[] @ models/lib/nn.yaml:80:7
%2210 = div %1773, %2209 : f64[] @ models/lib/nn.yaml:80:7
%2211 = sqrt %2202 : f32[48] @ models/lib/nn.yaml:80:7
%2212 = cast %2210 : f32[] @ models/lib/nn.yaml:80:7
%2213 = broadcast %2212 : f32[48] @ models/lib/nn.yaml:80:7
%2214 = mul %2211, %2213 : f32[48] @ models/lib/nn.yaml:80:7
%2215 = broadcast %1817 : f32[48] @ models/lib/nn.yaml:80:7
%2216 = add %2214, %2215 : f32[48] @ models/lib/nn.yaml:80:7
%2217 = div %2196, %2216 : f32[48] @ models/lib/nn.yaml:80:7
%2218 = cast %2206 : f32[] @ models/lib/nn.yaml:80:7
%2219 = broadcast %2218 : f32[48] @ models/lib/nn.yaml:80:7
%2220 = mul %2217, %2219 : f32[48] @ models/lib/nn.yaml:80:7
%2221 = sub %14, %2220 : f32[48] @ models/lib/nn.yaml:80:7
%2222 = assign %14, %2221 : f32[48] @ models/lib/nn.yaml:80:7
%2223 = assign %2188, %2196 : f32[48] @ models/lib/nn.yaml:80:7
%2224 = assign %2189, %2202 : f32[48] @ models/lib/nn.yaml:80:7
%2225 = assign %2190, %2191 : i64[] @ models/lib/nn.yaml:80:7
%2226 = broadcast %1829 : f32[48] @ models/lib/nn.yaml:80:7
%2227 = mul %52, %2226 : f32[48] @ models/lib/nn.yaml:80:7
%2228 = broadcast %1833 : f32[48] @ models/lib/nn.yaml:80:7
%2229 = mul %2221, %2228 : f32[48] @ models/lib/nn.yaml:80:7
%2230 = add %2227, %2229 : f32[48] @ models/lib/nn.yaml:80:7
%2231 = assign %52, %2230 : f32[48] @ models/lib/nn.yaml:80:7
%2232 = all_reduce_sum %1667 : f32[16,16] @ models/lib/nn.yaml:79:7
%2233 = reshape %2232 : f32[256] @ models/lib/nn.yaml:79:7
%2234 = mul %2233, %2233 : f32[256] @ models/lib/nn.yaml:79:7
%2235 = reduce_sum %2234 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%2236 = sqrt %2235 : f32[] @ models/lib/nn.yaml:79:7
%2237 = cast %2236 : f64[] @ models/lib/nn.yaml:79:7
%2238 = add %2237, %1769 : f64[] @ models/lib/nn.yaml:79:7
%2239 = div %1771, %2238 : f64[] @ models/lib/nn.yaml:79:7
%2240 = lt %2239, %1773 : bool[] @ models/lib/nn.yaml:79:7
%2241 = cast %2239 : f32[] @ models/lib/nn.yaml:79:7
%2242 = broadcast %2241 : f32[16,16] @ models/lib/nn.yaml:79:7
%2243 = mul %2232, %2242 : f32[16,16] @ models/lib/nn.yaml:79:7
%2244 = broadcast %2240 : bool[16,16] @ models/lib/nn.yaml:79:7
%2245 = select %2244, %2243, %2232 : f32[16,16] @ models/lib/nn.yaml:79:7
%2246 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%2247 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%2248 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%2249 = add %2248, %1783 : i64[] @ models/lib/nn.yaml:79:7
%2250 = broadcast %1787 : f32[16,16] @ models/lib/nn.yaml:79:7
%2251 = mul %15, %2250 : f32[16,16] @ models/lib/nn.yaml:79:7
%2252 = broadcast %826 : f32[16,16] @ models/lib/nn.yaml:79:7
%2253 = mul %2245, %2252 : f32[16,16] @ models/lib/nn.yaml:79:7
%2254 = broadcast %468 : f32[16,16] @ models/lib/nn.yaml:79:7
%2255 = mul %2246, %2254 : f32[16,16] @ models/lib/nn.yaml:79:7
%2256 = add %2255, %2253 : f32[16,16] @ models/lib/nn.yaml:79:7
%2257 = mul %2245, %2245 : f32[16,16] @ models/lib/nn.yaml:79:7
%2258 = broadcast %1797 : f32[16,16] @ models/lib/nn.yaml:79:7
%2259 = mul %2257, %2258 : f32[16,16] @ models/lib/nn.yaml:79:7
%2260 = broadcast %1801 : f32[16,16] @ models/lib/nn.yaml:79:7
%2261 = mul %2247, %2260 : f32[16,16] @ models/lib/nn.yaml:79:7
%2262 = add %2261, %2259 : f32[16,16] @ models/lib/nn.yaml:79:7
%2263 = cast %2249 : f64[] @ models/lib/nn.yaml:79:7
%2264 = pow %1792, %2263 : f64[] @ models/lib/nn.yaml:79:7
%2265 = sub %1773, %2264 : f64[] @ models/lib/nn.yaml:79:7
%2266 = div %931, %2265 : f64[] @ models/lib/nn.yaml:79:7
%2267 = pow %1800, %2263 : f64[] @ models/lib/nn.yaml:79:7
%2268 = sub %1773, %2267 : f64[] @ models/lib/nn.yaml:79:7
%2269 = sqrt %2268 : f64[] @ models/lib/nn.yaml:79:7
%2270 = div %1773, %2269 : f64[] @ models/lib/nn.yaml:79:7
%2271 = sqrt %2262 : f32[16,16] @ models/lib/nn.yaml:79:7
%2272 = cast %2270 : f32[] @ models/lib/nn.yaml:79:7
%2273 = broadcast %2272 : f32[16,16] @ models/lib/nn.yaml:79:7
%2274 = mul %2271, %2273 : f32[16,16] @ models/lib/nn.yaml:79:7
%2275 = broadcast %1817 : f32[16,16] @ models/lib/nn.yaml:79:7
%2276 = add %2274, %2275 : f32[16,16] @ models/lib/nn.yaml:79:7
%2277 = div %2256, %2276 : f32[16,16] @ models/lib/nn.yaml:79:7
%2278 = cast %2266 : f32[] @ models/lib/nn.yaml:79:7
%2279 = broadcast %2278 : f32[16,16] @ models/lib/nn.yaml:79:7
%2280 = mul %2277, %2279 : f32[16,16] @ models/lib/nn.yaml:79:7
%2281 = sub %2251, %2280 : f32[16,16] @ models/lib/nn.yaml:79:7
%2282 = assign %15, %2281 : f32[16,16] @ models/lib/nn.yaml:79:7
%2283 = assign %2246, %2256 : f32[16,16] @ models/lib/nn.yaml:79:7
%2284 = assign %2247, %2262 : f32[16,16] @ models/lib/nn.yaml:79:7
%2285 = assign %2248, %2249 : i64[] @ models/lib/nn.yaml:79:7
%2286 = broadcast %1829 : f32[16,16] @ models/lib/nn.yaml:79:7
%2287 = mul %53, %2286 : f32[16,16] @ models/lib/nn.yaml:79:7
%2288 = broadcast %1833 : f32[16,16] @ models/lib/nn.yaml:79:7
%2289 = mul %2281, %2288 : f32[16,16] @ models/lib/nn.yaml:79:7
%2290 = add %2287, %2289 : f32[16,16] @ models/lib/nn.yaml:79:7
%2291 = assign %53, %2290 : f32[16,16] @ models/lib/nn.yaml:79:7
%2292 = all_reduce_sum %1662 : f32[16] @ models/lib/nn.yaml:80:7
%2293 = mul %2292, %2292 : f32[16] @ models/lib/nn.yaml:80:7
%2294 = reduce_sum %2293 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%2295 = sqrt %2294 : f32[] @ models/lib/nn.yaml:80:7
%2296 = cast %2295 : f64[] @ models/lib/nn.yaml:80:7
%2297 = add %2296, %1769 : f64[] @ models/lib/nn.yaml:80:7
%2298 = div %1771, %2297 : f64[] @ models/lib/nn.yaml:80:7
%2299 = lt %2298, %1773 : bool[] @ models/lib/nn.yaml:80:7
%2300 = cast %2298 : f32[] @ models/lib/nn.yaml:80:7
%2301 = broadcast %2300 : f32[16] @ models/lib/nn.yaml:80:7
%2302 = mul %2292, %2301 : f32[16] @ models/lib/nn.yaml:80:7
%2303 = broadcast %2299 : bool[16] @ models/lib/nn.yaml:80:7
%2304 = select %2303, %2302, %2292 : f32[16] @ models/lib/nn.yaml:80:7
%2305 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%2306 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%2307 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%2308 = add %2307, %1783 : i64[] @ models/lib/nn.yaml:80:7
%2309 = mul %2304, %1975 : f32[16] @ models/lib/nn.yaml:80:7
%2310 = mul %2305, %1977 : f32[16] @ models/lib/nn.yaml:80:7
%2311 = add %2310, %2309 : f32[16] @ models/lib/nn.yaml:80:7
%2312 = mul %2304, %2304 : f32[16] @ models/lib/nn.yaml:80:7
%2313 = mul %2312, %1981 : f32[16] @ models/lib/nn.yaml:80:7
%2314 = mul %2306, %1983 : f32[16] @ models/lib/nn.yaml:80:7
%2315 = add %2314, %2313 : f32[16] @ models/lib/nn.yaml:80:7
%2316 = cast %2308 : f64[] @ models/lib/nn.yaml:80:7
%2317 = pow %1792, %2316 : f64[] @ models/lib/nn.yaml:80:7
%2318 = sub %1773, %2317 : f64[] @ models/lib/nn.yaml:80:7
%2319 = div %931, %2318 : f64[] @ models/lib/nn.yaml:80:7
%2320 = pow %1800, %2316 : f64[] @ models/lib/nn.yaml:80:7
%2321 = sub %1773, %2320 : f64[] @ models/lib/nn.yaml:80:7
%2322 = sqrt %2321 : f64[] @ models/lib/nn.yaml:80:7
%2323 = div %1773, %2322 : f64[] @ models/lib/nn.yaml:80:7
%2324 = sqrt %2315 : f32[16] @ models/lib/nn.yaml:80:7
%2325 = cast %2323 : f32[] @ models/lib/nn.yaml:80:7
%2326 = broadcast %2325 : f32[16] @ models/lib/nn.yaml:80:7
%2327 = mul %2324, %2326 : f32[16] @ models/lib/nn.yaml:80:7
%2328 = add %2327, %1998 : f32[16] @ models/lib/nn.yaml:80:7
%2329 = div %2311, %2328 : f32[16] @ models/lib/nn.yaml:80:7
%2330 = cast %2319 : f32[] @ models/lib/nn.yaml:80:7
%2331 = broadcast %2330 : f32[16] @ models/lib/nn.yaml:80:7
%2332 = mul %2329, %2331 : f32[16] @ models/lib/nn.yaml:80:7
%2333 = sub %16, %2332 : f32[16] @ models/lib/nn.yaml:80:7
%2334 = assign %16, %2333 : f32[16] @ models/lib/nn.yaml:80:7
%2335 = assign %2305, %2311 : f32[16] @ models/lib/nn.yaml:80:7
%2336 = assign %2306, %2315 : f32[16] @ models/lib/nn.yaml:80:7
%2337 = assign %2307, %2308 : i64[] @ models/lib/nn.yaml:80:7
%2338 = mul %54, %2009 : f32[16] @ models/lib/nn.yaml:80:7
%2339 = mul %2333, %2011 : f32[16] @ models/lib/nn.yaml:80:7
%2340 = add %2338, %2339 : f32[16] @ models/lib/nn.yaml:80:7
%2341 = assign %54, %2340 : f32[16] @ models/lib/nn.yaml:80:7
%2342 = all_reduce_sum %1639 : f32[16] @ models/lib/nn.yaml:89:7
%2343 = mul %2342, %2342 : f32[16] @ models/lib/nn.yaml:89:7
%2344 = reduce_sum %2343 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%2345 = sqrt %2344 : f32[] @ models/lib/nn.yaml:89:7
%2346 = cast %2345 : f64[] @ models/lib/nn.yaml:89:7
%2347 = add %2346, %1769 : f64[] @ models/lib/nn.yaml:89:7
%2348 = div %1771, %2347 : f64[] @ models/lib/nn.yaml:89:7
%2349 = lt %2348, %1773 : bool[] @ models/lib/nn.yaml:89:7
%2350 = cast %2348 : f32[] @ models/lib/nn.yaml:89:7
%2351 = broadcast %2350 : f32[16] @ models/lib/nn.yaml:89:7
%2352 = mul %2342, %2351 : f32[16] @ models/lib/nn.yaml:89:7
%2353 = broadcast %2349 : bool[16] @ models/lib/nn.yaml:89:7
%2354 = select %2353, %2352, %2342 : f32[16] @ models/lib/nn.yaml:89:7
%2355 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%2356 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%2357 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%2358 = add %2357, %1783 : i64[] @ models/lib/nn.yaml:89:7
%2359 = mul %2354, %1975 : f32[16] @ models/lib/nn.yaml:89:7
%2360 = mul %2355, %1977 : f32[16] @ models/lib/nn.yaml:89:7
%2361 = add %2360, %2359 : f32[16] @ models/lib/nn.yaml:89:7
%2362 = mul %2354, %2354 : f32[16] @ models/lib/nn.yaml:89:7
%2363 = mul %2362, %1981 : f32[16] @ models/lib/nn.yaml:89:7
%2364 = mul %2356, %1983 : f32[16] @ models/lib/nn.yaml:89:7
%2365 = add %2364, %2363 : f32[16] @ models/lib/nn.yaml:89:7
%2366 = cast %2358 : f64[] @ models/lib/nn.yaml:89:7
%2367 = pow %1792, %2366 : f64[] @ models/lib/nn.yaml:89:7
%2368 = sub %1773, %2367 : f64[] @ models/lib/nn.yaml:89:7
%2369 = div %931, %2368 : f64[] @ models/lib/nn.yaml:89:7
%2370 = pow %1800, %2366 : f64[] @ models/lib/nn.yaml:89:7
%2371 = sub %1773, %2370 : f64[] @ models/lib/nn.yaml:89:7
%2372 = sqrt %2371 : f64[] @ models/lib/nn.yaml:89:7
%2373 = div %1773, %2372 : f64[] @ models/lib/nn.yaml:89:7
%2374 = sqrt %2365 : f32[16] @ models/lib/nn.yaml:89:7
%2375 = cast %2373 : f32[] @ models/lib/nn.yaml:89:7
%2376 = broadcast %2375 : f32[16] @ models/lib/nn.yaml:89:7
%2377 = mul %2374, %2376 : f32[16] @ models/lib/nn.yaml:89:7
%2378 = add %2377, %1998 : f32[16] @ models/lib/nn.yaml:89:7
%2379 = div %2361, %2378 : f32[16] @ models/lib/nn.yaml:89:7
%2380 = cast %2369 : f32[] @ models/lib/nn.yaml:89:7
%2381 = broadcast %2380 : f32[16] @ models/lib/nn.yaml:89:7
%2382 = mul %2379, %2381 : f32[16] @ models/lib/nn.yaml:89:7
%2383 = sub %17, %2382 : f32[16] @ models/lib/nn.yaml:89:7
%2384 = assign %17, %2383 : f32[16] @ models/lib/nn.yaml:89:7
%2385 = assign %2355, %2361 : f32[16] @ models/lib/nn.yaml:89:7
%2386 = assign %2356, %2365 : f32[16] @ models/lib/nn.yaml:89:7
%2387 = assign %2357, %2358 : i64[] @ models/lib/nn.yaml:89:7
%2388 = mul %55, %2009 : f32[16] @ models/lib/nn.yaml:89:7
%2389 = mul %2383, %2011 : f32[16] @ models/lib/nn.yaml:89:7
%2390 = add %2388, %2389 : f32[16] @ models/lib/nn.yaml:89:7
%2391 = assign %55, %2390 : f32[16] @ models/lib/nn.yaml:89:7
%2392 = all_reduce_sum %1634 : f32[16] @ models/lib/nn.yaml:90:7
%2393 = mul %2392, %2392 : f32[16] @ models/lib/nn.yaml:90:7
%2394 = reduce_sum %2393 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%2395 = sqrt %2394 : f32[] @ models/lib/nn.yaml:90:7
%2396 = cast %2395 : f64[] @ models/lib/nn.yaml:90:7
%2397 = add %2396, %1769 : f64[] @ models/lib/nn.yaml:90:7
%2398 = div %1771, %2397 : f64[] @ models/lib/nn.yaml:90:7
%2399 = lt %2398, %1773 : bool[] @ models/lib/nn.yaml:90:7
%2400 = cast %2398 : f32[] @ models/lib/nn.yaml:90:7
%2401 = broadcast %2400 : f32[16] @ models/lib/nn.yaml:90:7
%2402 = mul %2392, %2401 : f32[16] @ models/lib/nn.yaml:90:7
%2403 = broadcast %2399 : bool[16] @ models/lib/nn.yaml:90:7
%2404 = select %2403, %2402, %2392 : f32[16] @ models/lib/nn.yaml:90:7
%2405 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%2406 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%2407 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%2408 = add %2407, %1783 : i64[] @ models/lib/nn.yaml:90:7
%2409 = mul %2404, %1975 : f32[16] @ models/lib/nn.yaml:90:7
%2410 = mul %2405, %1977 : f32[16] @ models/lib/nn.yaml:90:7
%2411 = add %2410, %2409 : f32[16] @ models/lib/nn.yaml:90:7
%2412 = mul %2404, %2404 : f32[16] @ models/lib/nn.yaml:90:7
%2413 = mul %2412, %1981 : f32[16] @ models/lib/nn.yaml:90:7
%2414 = mul %2406, %1983 : f32[16] @ models/lib/nn.yaml:90:7
%2415 = add %2414, %2413 : f32[16] @ models/lib/nn.yaml:90:7
%2416 = cast %2408 : f64[] @ models/lib/nn.yaml:90:7
%2417 = pow %1792, %2416 : f64[] @ models/lib/nn.yaml:90:7
%2418 = sub %1773, %2417 : f64[] @ models/lib/nn.yaml:90:7
%2419 = div %931, %2418 : f64[] @ models/lib/nn.yaml:90:7
%2420 = pow %1800, %2416 : f64[] @ models/lib/nn.yaml:90:7
%2421 = sub %1773, %2420 : f64[] @ models/lib/nn.yaml:90:7
%2422 = sqrt %2421 : f64[] @ models/lib/nn.yaml:90:7
%2423 = div %1773, %2422 : f64[] @ models/lib/nn.yaml:90:7
%2424 = sqrt %2415 : f32[16] @ models/lib/nn.yaml:90:7
%2425 = cast %2423 : f32[] @ models/lib/nn.yaml:90:7
%2426 = broadcast %2425 : f32[16] @ models/lib/nn.yaml:90:7
%2427 = mul %2424, %2426 : f32[16] @ models/lib/nn.yaml:90:7
%2428 = add %2427, %1998 : f32[16] @ models/lib/nn.yaml:90:7
%2429 = div %2411, %2428 : f32[16] @ models/lib/nn.yaml:90:7
%2430 = cast %2419 : f32[] @ models/lib/nn.yaml:90:7
%2431 = broadcast %2430 : f32[16] @ models/lib/nn.yaml:90:7
%2432 = mul %2429, %2431 : f32[16] @ models/lib/nn.yaml:90:7
%2433 = sub %18, %2432 : f32[16] @ models/lib/nn.yaml:90:7
%2434 = assign %18, %2433 : f32[16] @ models/lib/nn.yaml:90:7
%2435 = assign %2405, %2411 : f32[16] @ models/lib/nn.yaml:90:7
%2436 = assign %2406, %2415 : f32[16] @ models/lib/nn.yaml:90:7
%2437 = assign %2407, %2408 : i64[] @ models/lib/nn.yaml:90:7
%2438 = mul %56, %2009 : f32[16] @ models/lib/nn.yaml:90:7
%2439 = mul %2433, %2011 : f32[16] @ models/lib/nn.yaml:90:7
%2440 = add %2438, %2439 : f32[16] @ models/lib/nn.yaml:90:7
%2441 = assign %56, %2440 : f32[16] @ models/lib/nn.yaml:90:7
%2442 = all_reduce_sum %1629 : f32[64,16] @ models/lib/nn.yaml:79:7
%2443 = reshape %2442 : f32[1024] @ models/lib/nn.yaml:79:7
%2444 = mul %2443, %2443 : f32[1024] @ models/lib/nn.yaml:79:7
%2445 = reduce_sum %2444 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%2446 = sqrt %2445 : f32[] @ models/lib/nn.yaml:79:7
%2447 = cast %2446 : f64[] @ models/lib/nn.yaml:79:7
%2448 = add %2447, %1769 : f64[] @ models/lib/nn.yaml:79:7
%2449 = div %1771, %2448 : f64[] @ models/lib/nn.yaml:79:7
%2450 = lt %2449, %1773 : bool[] @ models/lib/nn.yaml:79:7
%2451 = cast %2449 : f32[] @ models/lib/nn.yaml:79:7
%2452 = broadcast %2451 : f32[64,16] @ models/lib/nn.yaml:79:7
%2453 = mul %2442, %2452 : f32[64,16] @ models/lib/nn.yaml:79:7
%2454 = broadcast %2450 : bool[64,16] @ models/lib/nn.yaml:79:7
%2455 = select %2454, %2453, %2442 : f32[64,16] @ models/lib/nn.yaml:79:7
%2456 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%2457 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%2458 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%2459 = add %2458, %1783 : i64[] @ models/lib/nn.yaml:79:7
%2460 = broadcast %1787 : f32[64,16] @ models/lib/nn.yaml:79:7
%2461 = mul %19, %2460 : f32[64,16] @ models/lib/nn.yaml:79:7
%2462 = broadcast %826 : f32[64,16] @ models/lib/nn.yaml:79:7
%2463 = mul %2455, %2462 : f32[64,16] @ models/lib/nn.yaml:79:7
%2464 = broadcast %468 : f32[64,16] @ models/lib/nn.yaml:79:7
%2465 = mul %2456, %2464 : f32[64,16] @ models/lib/nn.yaml:79:7
%2466 = add %2465, %2463 : f32[64,16] @ models/lib/nn.yaml:79:7
%2467 = mul %2455, %2455 : f32[64,16] @ models/lib/nn.yaml:79:7
%2468 = broadcast %1797 : f32[64,16] @ models/lib/nn.yaml:79:7
%2469 = mul %2467, %2468 : f32[64,16] @ models/lib/nn.yaml:79:7
%2470 = broadcast %1801 : f32[64,16] @ models/lib/nn.yaml:79:7
%2471 = mul %2457, %2470 : f32[64,16] @ models/lib/nn.yaml:79:7
%2472 = add %2471, %2469 : f32[64,16] @ models/lib/nn.yaml:79:7
%2473 = cast %2459 : f64[] @ models/lib/nn.yaml:79:7
%2474 = pow %1792, %2473 : f64[] @ models/lib/nn.yaml:79:7
%2475 = sub %1773, %2474 : f64[] @ models/lib/nn.yaml:79:7
%2476 = div %931, %2475 : f64[] @ models/lib/nn.yaml:79:7
%2477 = pow %1800, %2473 : f64[] @ models/lib/nn.yaml:79:7
%2478 = sub %1773, %2477 : f64[] @ models/lib/nn.yaml:79:7
%2479 = sqrt %2478 : f64[] @ models/lib/nn.yaml:79:7
%2480 = div %1773, %2479 : f64[] @ models/lib/nn.yaml:79:7
%2481 = sqrt %2472 : f32[64,16] @ models/lib/nn.yaml:79:7
%2482 = cast %2480 : f32[] @ models/lib/nn.yaml:79:7
%2483 = broadcast %2482 : f32[64,16] @ models/lib/nn.yaml:79:7
%2484 = mul %2481, %2483 : f32[64,16] @ models/lib/nn.yaml:79:7
%2485 = broadcast %1817 : f32[64,16] @ models/lib/nn.yaml:79:7
%2486 = add %2484, %2485 : f32[64,16] @ models/lib/nn.yaml:79:7
%2487 = div %2466, %2486 : f32[64,16] @ models/lib/nn.yaml:79:7
%2488 = cast %2476 : f32[] @ models/lib/nn.yaml:79:7
%2489 = broadcast %2488 : f32[64,16] @ models/lib/nn.yaml:79:7
%2490 = mul %2487, %2489 : f32[64,16] @ models/lib/nn.yaml:79:7
%2491 = sub %2461, %2490 : f32[64,16] @ models/lib/nn.yaml:79:7
%2492 = assign %19, %2491 : f32[64,16] @ models/lib/nn.yaml:79:7
%2493 = assign %2456, %2466 : f32[64,16] @ models/lib/nn.yaml:79:7
%2494 = assign %2457, %2472 : f32[64,16] @ models/lib/nn.yaml:79:7
%2495 = assign %2458, %2459 : i64[] @ models/lib/nn.yaml:79:7
%2496 = broadcast %1829 : f32[64,16] @ models/lib/nn.yaml:79:7
%2497 = mul %57, %2496 : f32[64,16] @ models/lib/nn.yaml:79:7
%2498 = broadcast %1833 : f32[64,16] @ models/lib/nn.yaml:79:7
%2499 = mul %2491, %2498 : f32[64,16] @ models/lib/nn.yaml:79:7
%2500 = add %2497, %2499 : f32[64,16] @ models/lib/nn.yaml:79:7
%2501 = assign %57, %2500 : f32[64,16] @ models/lib/nn.yaml:79:7
%2502 = all_reduce_sum %1624 : f32[64] @ models/lib/nn.yaml:80:7
%2503 = mul %2502, %2502 : f32[64] @ models/lib/nn.yaml:80:7
%2504 = reduce_sum %2503 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%2505 = sqrt %2504 : f32[] @ models/lib/nn.yaml:80:7
%2506 = cast %2505 : f64[] @ models/lib/nn.yaml:80:7
%2507 = add %2506, %1769 : f64[] @ models/lib/nn.yaml:80:7
%2508 = div %1771, %2507 : f64[] @ models/lib/nn.yaml:80:7
%2509 = lt %2508, %1773 : bool[] @ models/lib/nn.yaml:80:7
%2510 = cast %2508 : f32[] @ models/lib/nn.yaml:80:7
%2511 = broadcast %2510 : f32[64] @ models/lib/nn.yaml:80:7
%2512 = mul %2502, %2511 : f32[64] @ models/lib/nn.yaml:80:7
%2513 = broadcast %2509 : bool[64] @ models/lib/nn.yaml:80:7
%2514 = select %2513, %2512, %2502 : f32[64] @ models/lib/nn.yaml:80:7
%2515 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%2516 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%2517 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%2518 = add %2517, %1783 : i64[] @ models/lib/nn.yaml:80:7
%2519 = broadcast %826 : f32[64] @ models/lib/nn.yaml:80:7
%2520 = mul %2514, %2519 : f32[64] @ models/lib/nn.yaml:80:7
%2521 = broadcast %468 : f32[64] @ models/lib/nn.yaml:80:7
%2522 = mul %2515, %2521 : f32[64] @ models/lib/nn.yaml:80:7
%2523 = add %2522, %2520 : f32[64] @ models/lib/nn.yaml:80:7
%2524 = mul %2514, %2514 : f32[64] @ models/lib/nn.yaml:80:7
%2525 = broadcast %1797 : f32[64] @ models/lib/nn.yaml:80:7
%2526 = mul %2524, %2525 : f32[64] @ models/lib/nn.yaml:80:7
%2527 = broadcast %1801 : f32[64] @ models/lib/nn.yaml:80:7
%2528 = mul %2516, %2527 : f32[64] @ models/lib/nn.yaml:80:7
%2529 = add %2528, %2526 : f32[64] @ models/lib/nn.yaml:80:7
%2530 = cast %2518 : f64[] @ models/lib/nn.yaml:80:7
%2531 = pow %1792, %2530 : f64[] @ models/lib/nn.yaml:80:7
%2532 = sub %1773, %2531 : f64[] @ models/lib/nn.yaml:80:7
%2533 = div %931, %2532 : f64[] @ models/lib/nn.yaml:80:7
%2534 = pow %1800, %2530 : f64[] @ models/lib/nn.yaml:80:7
%2535 = sub %1773, %2534 : f64[] @ models/lib/nn.yaml:80:7
%2536 = sqrt %2535 : f64[] @ models/lib/nn.yaml:80:7
%2537 = div %1773, %2536 : f64[] @ models/lib/nn.yaml:80:7
%2538 = sqrt %2529 : f32[64] @ models/lib/nn.yaml:80:7
%2539 = cast %2537 : f32[] @ models/lib/nn.yaml:80:7
%2540 = broadcast %2539 : f32[64] @ models/lib/nn.yaml:80:7
%2541 = mul %2538, %2540 : f32[64] @ models/lib/nn.yaml:80:7
%2542 = broadcast %1817 : f32[64] @ models/lib/nn.yaml:80:7
%2543 = add %2541, %2542 : f32[64] @ models/lib/nn.yaml:80:7
%2544 = div %2523, %2543 : f32[64] @ models/lib/nn.yaml:80:7
%2545 = cast %2533 : f32[] @ models/lib/nn.yaml:80:7
%2546 = broadcast %2545 : f32[64] @ models/lib/nn.yaml:80:7
%2547 = mul %2544, %2546 : f32[64] @ models/lib/nn.yaml:80:7
%2548 = sub %20, %2547 : f32[64] @ models/lib/nn.yaml:80:7
%2549 = assign %20, %2548 : f32[64] @ models/lib/nn.yaml:80:7
%2550 = assign %2515, %2523 : f32[64] @ models/lib/nn.yaml:80:7
%2551 = assign %2516, %2529 : f32[64] @ models/lib/nn.yaml:80:7
%2552 = assign %2517, %2518 : i64[] @ models/lib/nn.yaml:80:7
%2553 = broadcast %1829 : f32[64] @ models/lib/nn.yaml:80:7
%2554 = mul %58, %2553 : f32[64] @ models/lib/nn.yaml:80:7
%2555 = broadcast %1833 : f32[64] @ models/lib/nn.yaml:80:7
%2556 = mul %2548, %2555 : f32[64] @ models/lib/nn.yaml:80:7
%2557 = add %2554, %2556 : f32[64] @ models/lib/nn.yaml:80:7
%2558 = assign %58, %2557 : f32[64] @ models/lib/nn.yaml:80:7
%2559 = all_reduce_sum %1609 : f32[16,64] @ models/lib/nn.yaml:79:7
%2560 = reshape %2559 : f32[1024] @ models/lib/nn.yaml:79:7
%2561 = mul %2560, %2560 : f32[1024] @ models/lib/nn.yaml:79:7
%2562 = reduce_sum %2561 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%2563 = sqrt %2562 : f32[] @ models/lib/nn.yaml:79:7
%2564 = cast %2563 : f64[] @ models/lib/nn.yaml:79:7
%2565 = add %2564, %1769 : f64[] @ models/lib/nn.yaml:79:7
%2566 = div %1771, %2565 : f64[] @ models/lib/nn.yaml:79:7
%2567 = lt %2566, %1773 : bool[] @ models/lib/nn.yaml:79:7
%2568 = cast %2566 : f32[] @ models/lib/nn.yaml:79:7
%2569 = broadcast %2568 : f32[16,64] @ models/lib/nn.yaml:79:7
%2570 = mul %2559, %2569 : f32[16,64] @ models/lib/nn.yaml:79:7
%2571 = broadcast %2567 : bool[16,64] @ models/lib/nn.yaml:79:7
%2572 = select %2571, %2570, %2559 : f32[16,64] @ models/lib/nn.yaml:79:7
%2573 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%2574 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%2575 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%2576 = add %2575, %1783 : i64[] @ models/lib/nn.yaml:79:7
%2577 = broadcast %1787 : f32[16,64] @ models/lib/nn.yaml:79:7
%2578 = mul %21, %2577 : f32[16,64] @ models/lib/nn.yaml:79:7
%2579 = broadcast %826 : f32[16,64] @ models/lib/nn.yaml:79:7
%2580 = mul %2572, %2579 : f32[16,64] @ models/lib/nn.yaml:79:7
%2581 = broadcast %468 : f32[16,64] @ models/lib/nn.yaml:79:7
%2582 = mul %2573, %2581 : f32[16,64] @ models/lib/nn.yaml:79:7
%2583 = add %2582, %2580 : f32[16,64] @ models/lib/nn.yaml:79:7
%2584 = mul %2572, %2572 : f32[16,64] @ models/lib/nn.yaml:79:7
%2585 = broadcast %1797 : f32[16,64] @ models/lib/nn.yaml:79:7
%2586 = mul %2584, %2585 : f32[16,64] @ models/lib/nn.yaml:79:7
%2587 = broadcast %1801 : f32[16,64] @ models/lib/nn.yaml:79:7
%2588 = mul %2574, %2587 : f32[16,64] @ models/lib/nn.yaml:79:7
%2589 = add %2588, %2586 : f32[16,64] @ models/lib/nn.yaml:79:7
%2590 = cast %2576 : f64[] @ models/lib/nn.yaml:79:7
%2591 = pow %1792, %2590 : f64[] @ models/lib/nn.yaml:79:7
%2592 = sub %1773, %2591 : f64[] @ models/lib/nn.yaml:79:7
%2593 = div %931, %2592 : f64[] @ models/lib/nn.yaml:79:7
%2594 = pow %1800, %2590 : f64[] @ models/lib/nn.yaml:79:7
%2595 = sub %1773, %2594 : f64[] @ models/lib/nn.yaml:79:7
%2596 = sqrt %2595 : f64[] @ models/lib/nn.yaml:79:7
%2597 = div %1773, %2596 : f64[] @ models/lib/nn.yaml:79:7
%2598 = sqrt %2589 : f32[16,64] @ models/lib/nn.yaml:79:7
%2599 = cast %2597 : f32[] @ models/lib/nn.yaml:79:7
%2600 = broadcast %2599 : f32[16,64] @ models/lib/nn.yaml:79:7
%2601 = mul %2598, %2600 : f32[16,64] @ models/lib/nn.yaml:79:7
%2602 = broadcast %1817 : f32[16,64] @ models/lib/nn.yaml:79:7
%2603 = add %2601, %2602 : f32[16,64] @ models/lib/nn.yaml:79:7
%2604 = div %2583, %2603 : f32[16,64] @ models/lib/nn.yaml:79:7
%2605 = cast %2593 : f32[] @ models/lib/nn.yaml:79:7
%2606 = broadcast %2605 : f32[16,64] @ models/lib/nn.yaml:79:7
%2607 = mul %2604, %2606 : f32[16,64] @ models/lib/nn.yaml:79:7
%2608 = sub %2578, %2607 : f32[16,64] @ models/lib/nn.yaml:79:7
%2609 = assign %21, %2608 : f32[16,64] @ models/lib/nn.yaml:79:7
%2610 = assign %2573, %2583 : f32[16,64] @ models/lib/nn.yaml:79:7
%2611 = assign %2574, %2589 : f32[16,64] @ models/lib/nn.yaml:79:7
%2612 = assign %2575, %2576 : i64[] @ models/lib/nn.yaml:79:7
%2613 = broadcast %1829 : f32[16,64] @ models/lib/nn.yaml:79:7
%2614 = mul %59, %2613 : f32[16,64] @ models/lib/nn.yaml:79:7
%2615 = broadcast %1833 : f32[16,64] @ models/lib/nn.yaml:79:7
%2616 = mul %2608, %2615 : f32[16,64] @ models/lib/nn.yaml:79:7
%2617 = add %2614, %2616 : f32[16,64] @ models/lib/nn.yaml:79:7
%2618 = assign %59, %2617 : f32[16,64] @ models/lib/nn.yaml:79:7
%2619 = all_reduce_sum %1604 : f32[16] @ models/lib/nn.yaml:80:7
%2620 = mul %2619, %2619 : f32[16] @ models/lib/nn.yaml:80:7
%2621 = reduce_sum %2620 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%2622 = sqrt %2621 : f32[] @ models/lib/nn.yaml:80:7
%2623 = cast %2622 : f64[] @ models/lib/nn.yaml:80:7
%2624 = add %2623, %1769 : f64[] @ models/lib/nn.yaml:80:7
%2625 = div %1771, %2624 : f64[] @ models/lib/nn.yaml:80:7
%2626 = lt %2625, %1773 : bool[] @ models/lib/nn.yaml:80:7
%2627 = cast %2625 : f32[] @ models/lib/nn.yaml:80:7
%2628 = broadcast %2627 : f32[16] @ models/lib/nn.yaml:80:7
%2629 = mul %2619, %2628 : f32[16] @ models/lib/nn.yaml:80:7
%2630 = broadcast %2626 : bool[16] @ models/lib/nn.yaml:80:7
%2631 = select %2630, %2629, %2619 : f32[16] @ models/lib/nn.yaml:80:7
%2632 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%2633 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%2634 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%2635 = add %2634, %1783 : i64[] @ models/lib/nn.yaml:80:7
%2636 = mul %2631, %1975 : f32[16] @ models/lib/nn.yaml:80:7
%2637 = mul %2632, %1977 : f32[16] @ models/lib/nn.yaml:80:7
%2638 = add %2637, %2636 : f32[16] @ models/lib/nn.yaml:80:7
%2639 = mul %2631, %2631 : f32[16] @ models/lib/nn.yaml:80:7
%2640 = mul %2639, %1981 : f32[16] @ models/lib/nn.yaml:80:7
%2641 = mul %2633, %1983 : f32[16] @ models/lib/nn.yaml:80:7
%2642 = add %2641, %2640 : f32[16] @ models/lib/nn.yaml:80:7
%2643 = cast %2635 : f64[] @ models/lib/nn.yaml:80:7
%2644 = pow %1792, %2643 : f64[] @ models/lib/nn.yaml:80:7
%2645 = sub %1773, %2644 : f64[] @ models/lib/nn.yaml:80:7
%2646 = div %931, %2645 : f64[] @ models/lib/nn.yaml:80:7
%2647 = pow %1800, %2643 : f64[] @ models/lib/nn.yaml:80:7
%2648 = sub %1773, %2647 : f64[] @ models/lib/nn.yaml:80:7
%2649 = sqrt %2648 : f64[] @ models/lib/nn.yaml:80:7
%2650 = div %1773, %2649 : f64[] @ models/lib/nn.yaml:80:7
%2651 = sqrt %2642 : f32[16] @ models/lib/nn.yaml:80:7
%2652 = cast %2650 : f32[] @ models/lib/nn.yaml:80:7
%2653 = broadcast %2652 : f32[16] @ models/lib/nn.yaml:80:7
%2654 = mul %2651, %2653 : f32[16] @ models/lib/nn.yaml:80:7
%2655 = add %2654, %1998 : f32[16] @ models/lib/nn.yaml:80:7
%2656 = div %2638, %2655 : f32[16] @ models/lib/nn.yaml:80:7
%2657 = cast %2646 : f32[] @ models/lib/nn.yaml:80:7
%2658 = broadcast %2657 : f32[16] @ models/lib/nn.yaml:80:7
%2659 = mul %2656, %2658 : f32[16] @ models/lib/nn.yaml:80:7
%2660 = sub %22, %2659 : f32[16] @ models/lib/nn.yaml:80:7
%2661 = assign %22, %2660 : f32[16] @ models/lib/nn.yaml:80:7
%2662 = assign %2632, %2638 : f32[16] @ models/lib/nn.yaml:80:7
%2663 = assign %2633, %2642 : f32[16] @ models/lib/nn.yaml:80:7
%2664 = assign %2634, %2635 : i64[] @ models/lib/nn.yaml:80:7
%2665 = mul %60, %2009 : f32[16] @ models/lib/nn.yaml:80:7
%2666 = mul %2660, %2011 : f32[16] @ models/lib/nn.yaml:80:7
%2667 = add %2665, %2666 : f32[16] @ models/lib/nn.yaml:80:7
%2668 = assign %60, %2667 : f32[16] @ models/lib/nn.yaml:80:7
%2669 = all_reduce_sum %1581 : f32[16] @ models/lib/nn.yaml:89:7
%2670 = mul %2669, %2669 : f32[16] @ models/lib/nn.yaml:89:7
%2671 = reduce_sum %2670 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%2672 = sqrt %2671 : f32[] @ models/lib/nn.yaml:89:7
%2673 = cast %2672 : f64[] @ models/lib/nn.yaml:89:7
%2674 = add %2673, %1769 : f64[] @ models/lib/nn.yaml:89:7
%2675 = div %1771, %2674 : f64[] @ models/lib/nn.yaml:89:7
%2676 = lt %2675, %1773 : bool[] @ models/lib/nn.yaml:89:7
%2677 = cast %2675 : f32[] @ models/lib/nn.yaml:89:7
%2678 = broadcast %2677 : f32[16] @ models/lib/nn.yaml:89:7
%2679 = mul %2669, %2678 : f32[16] @ models/lib/nn.yaml:89:7
%2680 = broadcast %2676 : bool[16] @ models/lib/nn.yaml:89:7
%2681 = select %2680, %2679, %2669 : f32[16] @ models/lib/nn.yaml:89:7
%2682 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%2683 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%2684 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%2685 = add %2684, %1783 : i64[] @ models/lib/nn.yaml:89:7
%2686 = mul %2681, %1975 : f32[16] @ models/lib/nn.yaml:89:7
%2687 = mul %2682, %1977 : f32[16] @ models/lib/nn.yaml:89:7
%2688 = add %2687, %2686 : f32[16] @ models/lib/nn.yaml:89:7
%2689 = mul %2681, %2681 : f32[16] @ models/lib/nn.yaml:89:7
%2690 = mul %2689, %1981 : f32[16] @ models/lib/nn.yaml:89:7
%2691 = mul %2683, %1983 : f32[16] @ models/lib/nn.yaml:89:7
%2692 = add %2691, %2690 : f32[16] @ models/lib/nn.yaml:89:7
%2693 = cast %2685 : f64[] @ models/lib/nn.yaml:89:7
%2694 = pow %1792, %2693 : f64[] @ models/lib/nn.yaml:89:7
%2695 = sub %1773, %2694 : f64[] @ models/lib/nn.yaml:89:7
%2696 = div %931, %2695 : f64[] @ models/lib/nn.yaml:89:7
%2697 = pow %1800, %2693 : f64[] @ models/lib/nn.yaml:89:7
%2698 = sub %1773, %2697 : f64[] @ models/lib/nn.yaml:89:7
%2699 = sqrt %2698 : f64[] @ models/lib/nn.yaml:89:7
%2700 = div %1773, %2699 : f64[] @ models/lib/nn.yaml:89:7
%2701 = sqrt %2692 : f32[16] @ models/lib/nn.yaml:89:7
%2702 = cast %2700 : f32[] @ models/lib/nn.yaml:89:7
%2703 = broadcast %2702 : f32[16] @ models/lib/nn.yaml:89:7
%2704 = mul %2701, %2703 : f32[16] @ models/lib/nn.yaml:89:7
%2705 = add %2704, %1998 : f32[16] @ models/lib/nn.yaml:89:7
%2706 = div %2688, %2705 : f32[16] @ models/lib/nn.yaml:89:7
%2707 = cast %2696 : f32[] @ models/lib/nn.yaml:89:7
%2708 = broadcast %2707 : f32[16] @ models/lib/nn.yaml:89:7
%2709 = mul %2706, %2708 : f32[16] @ models/lib/nn.yaml:89:7
%2710 = sub %23, %2709 : f32[16] @ models/lib/nn.yaml:89:7
%2711 = assign %23, %2710 : f32[16] @ models/lib/nn.yaml:89:7
%2712 = assign %2682, %2688 : f32[16] @ models/lib/nn.yaml:89:7
%2713 = assign %2683, %2692 : f32[16] @ models/lib/nn.yaml:89:7
%2714 = assign %2684, %2685 : i64[] @ models/lib/nn.yaml:89:7
%2715 = mul %61, %2009 : f32[16] @ models/lib/nn.yaml:89:7
%2716 = mul %2710, %2011 : f32[16] @ models/lib/nn.yaml:89:7
%2717 = add %2715, %2716 : f32[16] @ models/lib/nn.yaml:89:7
%2718 = assign %61, %2717 : f32[16] @ models/lib/nn.yaml:89:7
%2719 = all_reduce_sum %1576 : f32[16] @ models/lib/nn.yaml:90:7
%2720 = mul %2719, %2719 : f32[16] @ models/lib/nn.yaml:90:7
%2721 = reduce_sum %2720 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%2722 = sqrt %2721 : f32[] @ models/lib/nn.yaml:90:7
%2723 = cast %2722 : f64[] @ models/lib/nn.yaml:90:7
%2724 = add %2723, %1769 : f64[] @ models/lib/nn.yaml:90:7
%2725 = div %1771, %2724 : f64[] @ models/lib/nn.yaml:90:7
%2726 = lt %2725, %1773 : bool[] @ models/lib/nn.yaml:90:7
%2727 = cast %2725 : f32[] @ models/lib/nn.yaml:90:7
%2728 = broadcast %2727 : f32[16] @ models/lib/nn.yaml:90:7
%2729 = mul %2719, %2728 : f32[16] @ models/lib/nn.yaml:90:7
%2730 = broadcast %2726 : bool[16] @ models/lib/nn.yaml:90:7
%2731 = select %2730, %2729, %2719 : f32[16] @ models/lib/nn.yaml:90:7
%2732 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%2733 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%2734 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%2735 = add %2734, %1783 : i64[] @ models/lib/nn.yaml:90:7
%2736 = mul %2731, %1975 : f32[16] @ models/lib/nn.yaml:90:7
%2737 = mul %2732, %1977 : f32[16] @ models/lib/nn.yaml:90:7
%2738 = add %2737, %2736 : f32[16] @ models/lib/nn.yaml:90:7
%2739 = mul %2731, %2731 : f32[16] @ models/lib/nn.yaml:90:7
%2740 = mul %2739, %1981 : f32[16] @ models/lib/nn.yaml:90:7
%2741 = mul %2733, %1983 : f32[16] @ models/lib/nn.yaml:90:7
%2742 = add %2741, %2740 : f32[16] @ models/lib/nn.yaml:90:7
%2743 = cast %2735 : f64[] @ models/lib/nn.yaml:90:7
%2744 = pow %1792, %2743 : f64[] @ models/lib/nn.yaml:90:7
%2745 = sub %1773, %2744 : f64[] @ models/lib/nn.yaml:90:7
%2746 = div %931, %2745 : f64[] @ models/lib/nn.yaml:90:7
%2747 = pow %1800, %2743 : f64[] @ models/lib/nn.yaml:90:7
%2748 = sub %1773, %2747 : f64[] @ models/lib/nn.yaml:90:7
%2749 = sqrt %2748 : f64[] @ models/lib/nn.yaml:90:7
%2750 = div %1773, %2749 : f64[] @ models/lib/nn.yaml:90:7
%2751 = sqrt %2742 : f32[16] @ models/lib/nn.yaml:90:7
%2752 = cast %2750 : f32[] @ models/lib/nn.yaml:90:7
%2753 = broadcast %2752 : f32[16] @ models/lib/nn.yaml:90:7
%2754 = mul %2751, %2753 : f32[16] @ models/lib/nn.yaml:90:7
%2755 = add %2754, %1998 : f32[16] @ models/lib/nn.yaml:90:7
%2756 = div %2738, %2755 : f32[16] @ models/lib/nn.yaml:90:7
%2757 = cast %2746 : f32[] @ models/lib/nn.yaml:90:7
%2758 = broadcast %2757 : f32[16] @ models/lib/nn.yaml:90:7
%2759 = mul %2756, %2758 : f32[16] @ models/lib/nn.yaml:90:7
%2760 = sub %24, %2759 : f32[16] @ models/lib/nn.yaml:90:7
%2761 = assign %24, %2760 : f32[16] @ models/lib/nn.yaml:90:7
%2762 = assign %2732, %2738 : f32[16] @ models/lib/nn.yaml:90:7
%2763 = assign %2733, %2742 : f32[16] @ models/lib/nn.yaml:90:7
%2764 = assign %2734, %2735 : i64[] @ models/lib/nn.yaml:90:7
%2765 = mul %62, %2009 : f32[16] @ models/lib/nn.yaml:90:7
%2766 = mul %2760, %2011 : f32[16] @ models/lib/nn.yaml:90:7
%2767 = add %2765, %2766 : f32[16] @ models/lib/nn.yaml:90:7
%2768 = assign %62, %2767 : f32[16] @ models/lib/nn.yaml:90:7
%2769 = all_reduce_sum %1571 : f32[48,16] @ models/lib/nn.yaml:79:7
%2770 = reshape %2769 : f32[768] @ models/lib/nn.yaml:79:7
%2771 = mul %2770, %2770 : f32[768] @ models/lib/nn.yaml:79:7
%2772 = reduce_sum %2771 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%2773 = sqrt %2772 : f32[] @ models/lib/nn.yaml:79:7
%2774 = cast %2773 : f64[] @ models/lib/nn.yaml:79:7
%2775 = add %2774, %1769 : f64[] @ models/lib/nn.yaml:79:7
%2776 = div %1771, %2775 : f64[] @ models/lib/nn.yaml:79:7
%2777 = lt %2776, %1773 : bool[] @ models/lib/nn.yaml:79:7
%2778 = cast %2776 : f32[] @ models/lib/nn.yaml:79:7
%2779 = broadcast %2778 : f32[48,16] @ models/lib/nn.yaml:79:7
%2780 = mul %2769, %2779 : f32[48,16] @ models/lib/nn.yaml:79:7
%2781 = broadcast %2777 : bool[48,16] @ models/lib/nn.yaml:79:7
%2782 = select %2781, %2780, %2769 : f32[48,16] @ models/lib/nn.yaml:79:7
%2783 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%2784 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%2785 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%2786 = add %2785, %1783 : i64[] @ models/lib/nn.yaml:79:7
%2787 = mul %25, %2133 : f32[48,16] @ models/lib/nn.yaml:79:7
%2788 = mul %2782, %2135 : f32[48,16] @ models/lib/nn.yaml:79:7
%2789 = mul %2783, %2137 : f32[48,16] @ models/lib/nn.yaml:79:7
%2790 = add %2789, %2788 : f32[48,16] @ models/lib/nn.yaml:79:7
%2791 = mul %2782, %2782 : f32[48,16] @ models/lib/nn.yaml:79:7
%2792 = mul %2791, %2141 : f32[48,16] @ models/lib/nn.yaml:79:7
%2793 = mul %2784, %2143 : f32[48,16] @ models/lib/nn.yaml:79:7
%2794 = add %2793, %2792 : f32[48,16] @ models/lib/nn.yaml:79:7
%2795 = cast %2786 : f64[] @ models/lib/nn.yaml:79:7
%2796 = pow %1792, %2795 : f64[] @ models/lib/nn.yaml:79:7
%2797 = sub %1773, %2796 : f64[] @ models/lib/nn.yaml:79:7
%2798 = div %931, %2797 : f64[] @ models/lib/nn.yaml:79:7
%2799 = pow %1800, %2795 : f64[] @ models/lib/nn.yaml:79:7
%2800 = sub %1773, %2799 : f64[] @ models/lib/nn.yaml:79:7
%2801 = sqrt %2800 : f64[] @ models/lib/nn.yaml:79:7
%2802 = div %1773, %2801 : f64[] @ models/lib/nn.yaml:79:7
%2803 = sqrt %2794 : f32[48,16] @ models/lib/nn.yaml:79:7
%2804 = cast %2802 : f32[] @ models/lib/nn.yaml:79:7
%2805 = broadcast %2804 : f32[48,16] @ models/lib/nn.yaml:79:7
%2806 = mul %2803, %2805 : f32[48,16] @ models/lib/nn.yaml:79:7
%2807 = add %2806, %2158 : f32[48,16] @ models/lib/nn.yaml:79:7
%2808 = div %2790, %2807 : f32[48,16] @ models/lib/nn.yaml:79:7
%2809 = cast %2798 : f32[] @ models/lib/nn.yaml:79:7
%2810 = broadcast %2809 : f32[48,16] @ models/lib/nn.yaml:79:7
%2811 = mul %2808, %2810 : f32[48,16] @ models/lib/nn.yaml:79:7
%2812 = sub %2787, %2811 : f32[48,16] @ models/lib/nn.yaml:79:7
%2813 = assign %25, %2812 : f32[48,16] @ models/lib/nn.yaml:79:7
%2814 = assign %2783, %2790 : f32[48,16] @ models/lib/nn.yaml:79:7
%2815 = assign %2784, %2794 : f32[48,16] @ models/lib/nn.yaml:79:7
%2816 = assign %2785, %2786 : i64[] @ models/lib/nn.yaml:79:7
%2817 = mul %63, %2169 : f32[48,16] @ models/lib/nn.yaml:79:7
%2818 = mul %2812, %2171 : f32[48,16] @ models/lib/nn.yaml:79:7
%2819 = add %2817, %2818 : f32[48,16] @ models/lib/nn.yaml:79:7
%2820 = assign %63, %2819 : f32[48,16] @ models/lib/nn.yaml:79:7
%2821 = all_reduce_sum %1566 : f32[48] @ models/lib/nn.yaml:80:7
%2822 = mul %2821, %2821 : f32[48] @ models/lib/nn.yaml:80:7
%2823 = reduce_sum %2822 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%2824 = sqrt %2823 : f32[] @ models/lib/nn.yaml:80:7
%2825 = cast %2824 : f64[] @ models/lib/nn.yaml:80:7
%2826 = add %2825, %1769 : f64[] @ models/lib/nn.yaml:80:7
%2827 = div %1771, %2826 : f64[] @ models/lib/nn.yaml:80:7
%2828 = lt %2827, %1773 : bool[] @ models/lib/nn.yaml:80:7
%2829 = cast %2827 : f32[] @ models/lib/nn.yaml:80:7
%2830 = broadcast %2829 : f32[48] @ models/lib/nn.yaml:80:7
%2831 = mul %2821, %2830 : f32[48] @ models/lib/nn.yaml:80:7
%2832 = broadcast %2828 : bool[48] @ models/lib/nn.yaml:80:7
%2833 = select %2832, %2831, %2821 : f32[48] @ models/lib/nn.yaml:80:7
%2834 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%2835 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%2836 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%2837 = add %2836, %1783 : i64[] @ models/lib/nn.yaml:80:7
%2838 = mul %2833, %2192 : f32[48] @ models/lib/nn.yaml:80:7
%2839 = mul %2834, %2194 : f32[48] @ models/lib/nn.yaml:80:7
%2840 = add %2839, %2838 : f32[48] @ models/lib/nn.yaml:80:7
%2841 = mul %2833, %2833 : f32[48] @ models/lib/nn.yaml:80:7
%2842 = mul %2841, %2198 : f32[48] @ models/lib/nn.yaml:80:7
%2843 = mul %2835, %2200 : f32[48] @ models/lib/nn.yaml:80:7
%2844 = add %2843, %2842 : f32[48] @ models/lib/nn.yaml:80:7
%2845 = cast %2837 : f64[] @ models/lib/nn.yaml:80:7
%2846 = pow %1792, %2845 : f64[] @ models/lib/nn.yaml:80:7
%2847 = sub %1773, %2846 : f64[] @ models/lib/nn.yaml:80:7
%2848 = div %931, %2847 : f64[] @ models/lib/nn.yaml:80:7
%2849 = pow %1800, %2845 : f64[] @ models/lib/nn.yaml:80:7
%2850 = sub %1773, %2849 : f64[] @ models/lib/nn.yaml:80:7
%2851 = sqrt %2850 : f64[] @ models/lib/nn.yaml:80:7
%2852 = div %1773, %2851 : f64[] @ models/lib/nn.yaml:80:7
%2853 = sqrt %2844 : f32[48] @ models/lib/nn.yaml:80:7
%2854 = cast %2852 : f32[] @ models/lib/nn.yaml:80:7
%2855 = broadcast %2854 : f32[48] @ models/lib/nn.yaml:80:7
%2856 = mul %2853, %2855 : f32[48] @ models/lib/nn.yaml:80:7
%2857 = add %2856, %2215 : f32[48] @ models/lib/nn.yaml:80:7
%2858 = div %2840, %2857 : f32[48] @ models/lib/nn.yaml:80:7
%2859 = cast %2848 : f32[] @ models/lib/nn.yaml:80:7
%2860 = broadcast %2859 : f32[48] @ models/lib/nn.yaml:80:7
%2861 = mul %2858, %2860 : f32[48] @ models/lib/nn.yaml:80:7
%2862 = sub %26, %2861 : f32[48] @ models/lib/nn.yaml:80:7
%2863 = assign %26, %2862 : f32[48] @ models/lib/nn.yaml:80:7
%2864 = assign %2834, %2840 : f32[48] @ models/lib/nn.yaml:80:7
%2865 = assign %2835, %2844 : f32[48] @ models/lib/nn.yaml:80:7
%2866 = assign %2836, %2837 : i64[] @ models/lib/nn.yaml:80:7
%2867 = mul %64, %2226 : f32[48] @ models/lib/nn.yaml:80:7
%2868 = mul %2862, %2228 : f32[48] @ models/lib/nn.yaml:80:7
%2869 = add %2867, %2868 : f32[48] @ models/lib/nn.yaml:80:7
%2870 = assign %64, %2869 : f32[48] @ models/lib/nn.yaml:80:7
%2871 = all_reduce_sum %1518 : f32[16,16] @ models/lib/nn.yaml:79:7
%2872 = reshape %2871 : f32[256] @ models/lib/nn.yaml:79:7
%2873 = mul %2872, %2872 : f32[256] @ models/lib/nn.yaml:79:7
%2874 = reduce_sum %2873 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%2875 = sqrt %2874 : f32[] @ models/lib/nn.yaml:79:7
%2876 = cast %2875 : f64[] @ models/lib/nn.yaml:79:7
%2877 = add %2876, %1769 : f64[] @ models/lib/nn.yaml:79:7
%2878 = div %1771, %2877 : f64[] @ models/lib/nn.yaml:79:7
%2879 = lt %2878, %1773 : bool[] @ models/lib/nn.yaml:79:7
%2880 = cast %2878 : f32[] @ models/lib/nn.yaml:79:7
%2881 = broadcast %2880 : f32[16,16] @ models/lib/nn.yaml:79:7
%2882 = mul %2871, %2881 : f32[16,16] @ models/lib/nn.yaml:79:7
%2883 = broadcast %2879 : bool[16,16] @ models/lib/nn.yaml:79:7
%2884 = select %2883, %2882, %2871 : f32[16,16] @ models/lib/nn.yaml:79:7
%2885 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%2886 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%2887 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%2888 = add %2887, %1783 : i64[] @ models/lib/nn.yaml:79:7
%2889 = mul %27, %2250 : f32[16,16] @ models/lib/nn.yaml:79:7
%2890 = mul %2884, %2252 : f32[16,16] @ models/lib/nn.yaml:79:7
%2891 = mul %2885, %2254 : f32[16,16] @ models/lib/nn.yaml:79:7
%2892 = add %2891, %2890 : f32[16,16] @ models/lib/nn.yaml:79:7
%2893 = mul %2884, %2884 : f32[16,16] @ models/lib/nn.yaml:79:7
%2894 = mul %2893, %2258 : f32[16,16] @ models/lib/nn.yaml:79:7
%2895 = mul %2886, %2260 : f32[16,16] @ models/lib/nn.yaml:79:7
%2896 = add %2895, %2894 : f32[16,16] @ models/lib/nn.yaml:79:7
%2897 = cast %2888 : f64[] @ models/lib/nn.yaml:79:7
%2898 = pow %1792, %2897 : f64[] @ models/lib/nn.yaml:79:7
%2899 = sub %1773, %2898 : f64[] @ models/lib/nn.yaml:79:7
%2900 = div %931, %2899 : f64[] @ models/lib/nn.yaml:79:7
%2901 = pow %1800, %2897 : f64[] @ models/lib/nn.yaml:79:7
%2902 = sub %1773, %2901 : f64[] @ models/lib/nn.yaml:79:7
%2903 = sqrt %2902 : f64[] @ models/lib/nn.yaml:79:7
%2904 = div %1773, %2903 : f64[] @ models/lib/nn.yaml:79:7
%2905 = sqrt %2896 : f32[16,16] @ models/lib/nn.yaml:79:7
%2906 = cast %2904 : f32[] @ models/lib/nn.yaml:79:7
%2907 = broadcast %2906 : f32[16,16] @ models/lib/nn.yaml:79:7
%2908 = mul %2905, %2907 : f32[16,16] @ models/lib/nn.yaml:79:7
%2909 = add %2908, %2275 : f32[16,16] @ models/lib/nn.yaml:79:7
%2910 = div %2892, %2909 : f32[16,16] @ models/lib/nn.yaml:79:7
%2911 = cast %2900 : f32[] @ models/lib/nn.yaml:79:7
%2912 = broadcast %2911 : f32[16,16] @ models/lib/nn.yaml:79:7
%2913 = mul %2910, %2912 : f32[16,16] @ models/lib/nn.yaml:79:7
%2914 = sub %2889, %2913 : f32[16,16] @ models/lib/nn.yaml:79:7
%2915 = assign %27, %2914 : f32[16,16] @ models/lib/nn.yaml:79:7
%2916 = assign %2885, %2892 : f32[16,16] @ models/lib/nn.yaml:79:7
%2917 = assign %2886, %2896 : f32[16,16] @ models/lib/nn.yaml:79:7
%2918 = assign %2887, %2888 : i64[] @ models/lib/nn.yaml:79:7
%2919 = mul %65, %2286 : f32[16,16] @ models/lib/nn.yaml:79:7
%2920 = mul %2914, %2288 : f32[16,16] @ models/lib/nn.yaml:79:7
%2921 = add %2919, %2920 : f32[16,16] @ models/lib/nn.yaml:79:7
%2922 = assign %65, %2921 : f32[16,16] @ models/lib/nn.yaml:79:7
%2923 = all_reduce_sum %1513 : f32[16] @ models/lib/nn.yaml:80:7
%2924 = mul %2923, %2923 : f32[16] @ models/lib/nn.yaml:80:7
%2925 = reduce_sum %2924 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%2926 = sqrt %2925 : f32[] @ models/lib/nn.yaml:80:7
%2927 = cast %2926 : f64[] @ models/lib/nn.yaml:80:7
%2928 = add %2927, %1769 : f64[] @ models/lib/nn.yaml:80:7
%2929 = div %1771, %2928 : f64[] @ models/lib/nn.yaml:80:7
%2930 = lt %2929, %1773 : bool[] @ models/lib/nn.yaml:80:7
%2931 = cast %2929 : f32[] @ models/lib/nn.yaml:80:7
%2932 = broadcast %2931 : f32[16] @ models/lib/nn.yaml:80:7
%2933 = mul %2923, %2932 : f32[16] @ models/lib/nn.yaml:80:7
%2934 = broadcast %2930 : bool[16] @ models/lib/nn.yaml:80:7
%2935 = select %2934, %2933, %2923 : f32[16] @ models/lib/nn.yaml:80:7
%2936 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%2937 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%2938 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%2939 = add %2938, %1783 : i64[] @ models/lib/nn.yaml:80:7
%2940 = mul %2935, %1975 : f32[16] @ models/lib/nn.yaml:80:7
%2941 = mul %2936, %1977 : f32[16] @ models/lib/nn.yaml:80:7
%2942 = add %2941, %2940 : f32[16] @ models/lib/nn.yaml:80:7
%2943 = mul %2935, %2935 : f32[16] @ models/lib/nn.yaml:80:7
%2944 = mul %2943, %1981 : f32[16] @ models/lib/nn.yaml:80:7
%2945 = mul %2937, %1983 : f32[16] @ models/lib/nn.yaml:80:7
%2946 = add %2945, %2944 : f32[16] @ models/lib/nn.yaml:80:7
%2947 = cast %2939 : f64[] @ models/lib/nn.yaml:80:7
%2948 = pow %1792, %2947 : f64[] @ models/lib/nn.yaml:80:7
%2949 = sub %1773, %2948 : f64[] @ models/lib/nn.yaml:80:7
%2950 = div %931, %2949 : f64[] @ models/lib/nn.yaml:80:7
%2951 = pow %1800, %2947 : f64[] @ models/lib/nn.yaml:80:7
%2952 = sub %1773, %2951 : f64[] @ models/lib/nn.yaml:80:7
%2953 = sqrt %2952 : f64[] @ models/lib/nn.yaml:80:7
%2954 = div %1773, %2953 : f64[] @ models/lib/nn.yaml:80:7
%2955 = sqrt %2946 : f32[16] @ models/lib/nn.yaml:80:7
%2956 = cast %2954 : f32[] @ models/lib/nn.yaml:80:7
%2957 = broadcast %2956 : f32[16] @ models/lib/nn.yaml:80:7
%2958 = mul %2955, %2957 : f32[16] @ models/lib/nn.yaml:80:7
%2959 = add %2958, %1998 : f32[16] @ models/lib/nn.yaml:80:7
%2960 = div %2942, %2959 : f32[16] @ models/lib/nn.yaml:80:7
%2961 = cast %2950 : f32[] @ models/lib/nn.yaml:80:7
%2962 = broadcast %2961 : f32[16] @ models/lib/nn.yaml:80:7
%2963 = mul %2960, %2962 : f32[16] @ models/lib/nn.yaml:80:7
%2964 = sub %28, %2963 : f32[16] @ models/lib/nn.yaml:80:7
%2965 = assign %28, %2964 : f32[16] @ models/lib/nn.yaml:80:7
%2966 = assign %2936, %2942 : f32[16] @ models/lib/nn.yaml:80:7
%2967 = assign %2937, %2946 : f32[16] @ models/lib/nn.yaml:80:7
%2968 = assign %2938, %2939 : i64[] @ models/lib/nn.yaml:80:7
%2969 = mul %66, %2009 : f32[16] @ models/lib/nn.yaml:80:7
%2970 = mul %2964, %2011 : f32[16] @ models/lib/nn.yaml:80:7
%2971 = add %2969, %2970 : f32[16] @ models/lib/nn.yaml:80:7
%2972 = assign %66, %2971 : f32[16] @ models/lib/nn.yaml:80:7
%2973 = all_reduce_sum %1488 : f32[16] @ models/lib/nn.yaml:89:7
%2974 = mul %2973, %2973 : f32[16] @ models/lib/nn.yaml:89:7
%2975 = reduce_sum %2974 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%2976 = sqrt %2975 : f32[] @ models/lib/nn.yaml:89:7
%2977 = cast %2976 : f64[] @ models/lib/nn.yaml:89:7
%2978 = add %2977, %1769 : f64[] @ models/lib/nn.yaml:89:7
%2979 = div %1771, %2978 : f64[] @ models/lib/nn.yaml:89:7
%2980 = lt %2979, %1773 : bool[] @ models/lib/nn.yaml:89:7
%2981 = cast %2979 : f32[] @ models/lib/nn.yaml:89:7
%2982 = broadcast %2981 : f32[16] @ models/lib/nn.yaml:89:7
%2983 = mul %2973, %2982 : f32[16] @ models/lib/nn.yaml:89:7
%2984 = broadcast %2980 : bool[16] @ models/lib/nn.yaml:89:7
%2985 = select %2984, %2983, %2973 : f32[16] @ models/lib/nn.yaml:89:7
%2986 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%2987 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%2988 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%2989 = add %2988, %1783 : i64[] @ models/lib/nn.yaml:89:7
%2990 = mul %2985, %1975 : f32[16] @ models/lib/nn.yaml:89:7
%2991 = mul %2986, %1977 : f32[16] @ models/lib/nn.yaml:89:7
%2992 = add %2991, %2990 : f32[16] @ models/lib/nn.yaml:89:7
%2993 = mul %2985, %2985 : f32[16] @ models/lib/nn.yaml:89:7
%2994 = mul %2993, %1981 : f32[16] @ models/lib/nn.yaml:89:7
%2995 = mul %2987, %1983 : f32[16] @ models/lib/nn.yaml:89:7
%2996 = add %2995, %2994 : f32[16] @ models/lib/nn.yaml:89:7
%2997 = cast %2989 : f64[] @ models/lib/nn.yaml:89:7
%2998 = pow %1792, %2997 : f64[] @ models/lib/nn.yaml:89:7
%2999 = sub %1773, %2998 : f64[] @ models/lib/nn.yaml:89:7
%3000 = div %931, %2999 : f64[] @ models/lib/nn.yaml:89:7
%3001 = pow %1800, %2997 : f64[] @ models/lib/nn.yaml:89:7
%3002 = sub %1773, %3001 : f64[] @ models/lib/nn.yaml:89:7
%3003 = sqrt %3002 : f64[] @ models/lib/nn.yaml:89:7
%3004 = div %1773, %3003 : f64[] @ models/lib/nn.yaml:89:7
%3005 = sqrt %2996 : f32[16] @ models/lib/nn.yaml:89:7
%3006 = cast %3004 : f32[] @ models/lib/nn.yaml:89:7
%3007 = broadcast %3006 : f32[16] @ models/lib/nn.yaml:89:7
%3008 = mul %3005, %3007 : f32[16] @ models/lib/nn.yaml:89:7
%3009 = add %3008, %1998 : f32[16] @ models/lib/nn.yaml:89:7
%3010 = div %2992, %3009 : f32[16] @ models/lib/nn.yaml:89:7
%3011 = cast %3000 : f32[] @ models/lib/nn.yaml:89:7
%3012 = broadcast %3011 : f32[16] @ models/lib/nn.yaml:89:7
%3013 = mul %3010, %3012 : f32[16] @ models/lib/nn.yaml:89:7
%3014 = sub %29, %3013 : f32[16] @ models/lib/nn.yaml:89:7
%3015 = assign %29, %3014 : f32[16] @ models/lib/nn.yaml:89:7
%3016 = assign %2986, %2992 : f32[16] @ models/lib/nn.yaml:89:7
%3017 = assign %2987, %2996 : f32[16] @ models/lib/nn.yaml:89:7
%3018 = assign %2988, %2989 : i64[] @ models/lib/nn.yaml:89:7
%3019 = mul %67, %2009 : f32[16] @ models/lib/nn.yaml:89:7
%3020 = mul %3014, %2011 : f32[16] @ models/lib/nn.yaml:89:7
%3021 = add %3019, %3020 : f32[16] @ models/lib/nn.yaml:89:7
%3022 = assign %67, %3021 : f32[16] @ models/lib/nn.yaml:89:7
%3023 = all_reduce_sum %1483 : f32[16] @ models/lib/nn.yaml:90:7
%3024 = mul %3023, %3023 : f32[16] @ models/lib/nn.yaml:90:7
%3025 = reduce_sum %3024 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%3026 = sqrt %3025 : f32[] @ models/lib/nn.yaml:90:7
%3027 = cast %3026 : f64[] @ models/lib/nn.yaml:90:7
%3028 = add %3027, %1769 : f64[] @ models/lib/nn.yaml:90:7
%3029 = div %1771, %3028 : f64[] @ models/lib/nn.yaml:90:7
%3030 = lt %3029, %1773 : bool[] @ models/lib/nn.yaml:90:7
%3031 = cast %3029 : f32[] @ models/lib/nn.yaml:90:7
%3032 = broadcast %3031 : f32[16] @ models/lib/nn.yaml:90:7
%3033 = mul %3023, %3032 : f32[16] @ models/lib/nn.yaml:90:7
%3034 = broadcast %3030 : bool[16] @ models/lib/nn.yaml:90:7
%3035 = select %3034, %3033, %3023 : f32[16] @ models/lib/nn.yaml:90:7
%3036 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3037 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3038 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3039 = add %3038, %1783 : i64[] @ models/lib/nn.yaml:90:7
%3040 = mul %3035, %1975 : f32[16] @ models/lib/nn.yaml:90:7
%3041 = mul %3036, %1977 : f32[16] @ models/lib/nn.yaml:90:7
%3042 = add %3041, %3040 : f32[16] @ models/lib/nn.yaml:90:7
%3043 = mul %3035, %3035 : f32[16] @ models/lib/nn.yaml:90:7
%3044 = mul %3043, %1981 : f32[16] @ models/lib/nn.yaml:90:7
%3045 = mul %3037, %1983 : f32[16] @ models/lib/nn.yaml:90:7
%3046 = add %3045, %3044 : f32[16] @ models/lib/nn.yaml:90:7
%3047 = cast %3039 : f64[] @ models/lib/nn.yaml:90:7
%3048 = pow %1792, %3047 : f64[] @ models/lib/nn.yaml:90:7
%3049 = sub %1773, %3048 : f64[] @ models/lib/nn.yaml:90:7
%3050 = div %931, %3049 : f64[] @ models/lib/nn.yaml:90:7
%3051 = pow %1800, %3047 : f64[] @ models/lib/nn.yaml:90:7
%3052 = sub %1773, %3051 : f64[] @ models/lib/nn.yaml:90:7
%3053 = sqrt %3052 : f64[] @ models/lib/nn.yaml:90:7
%3054 = div %1773, %3053 : f64[] @ models/lib/nn.yaml:90:7
%3055 = sqrt %3046 : f32[16] @ models/lib/nn.yaml:90:7
%3056 = cast %3054 : f32[] @ models/lib/nn.yaml:90:7
%3057 = broadcast %3056 : f32[16] @ models/lib/nn.yaml:90:7
%3058 = mul %3055, %3057 : f32[16] @ models/lib/nn.yaml:90:7
%3059 = add %3058, %1998 : f32[16] @ models/lib/nn.yaml:90:7
%3060 = div %3042, %3059 : f32[16] @ models/lib/nn.yaml:90:7
%3061 = cast %3050 : f32[] @ models/lib/nn.yaml:90:7
%3062 = broadcast %3061 : f32[16] @ models/lib/nn.yaml:90:7
%3063 = mul %3060, %3062 : f32[16] @ models/lib/nn.yaml:90:7
%3064 = sub %30, %3063 : f32[16] @ models/lib/nn.yaml:90:7
%3065 = assign %30, %3064 : f32[16] @ models/lib/nn.yaml:90:7
%3066 = assign %3036, %3042 : f32[16] @ models/lib/nn.yaml:90:7
%3067 = assign %3037, %3046 : f32[16] @ models/lib/nn.yaml:90:7
%3068 = assign %3038, %3039 : i64[] @ models/lib/nn.yaml:90:7
%3069 = mul %68, %2009 : f32[16] @ models/lib/nn.yaml:90:7
%3070 = mul %3064, %2011 : f32[16] @ models/lib/nn.yaml:90:7
%3071 = add %3069, %3070 : f32[16] @ models/lib/nn.yaml:90:7
%3072 = assign %68, %3071 : f32[16] @ models/lib/nn.yaml:90:7
%3073 = all_reduce_sum %1478 : f32[64,16] @ models/lib/nn.yaml:79:7
%3074 = reshape %3073 : f32[1024] @ models/lib/nn.yaml:79:7
%3075 = mul %3074, %3074 : f32[1024] @ models/lib/nn.yaml:79:7
%3076 = reduce_sum %3075 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3077 = sqrt %3076 : f32[] @ models/lib/nn.yaml:79:7
%3078 = cast %3077 : f64[] @ models/lib/nn.yaml:79:7
%3079 = add %3078, %1769 : f64[] @ models/lib/nn.yaml:79:7
%3080 = div %1771, %3079 : f64[] @ models/lib/nn.yaml:79:7
%3081 = lt %3080, %1773 : bool[] @ models/lib/nn.yaml:79:7
%3082 = cast %3080 : f32[] @ models/lib/nn.yaml:79:7
%3083 = broadcast %3082 : f32[64,16] @ models/lib/nn.yaml:79:7
%3084 = mul %3073, %3083 : f32[64,16] @ models/lib/nn.yaml:79:7
%3085 = broadcast %3081 : bool[64,16] @ models/lib/nn.yaml:79:7
%3086 = select %3085, %3084, %3073 : f32[64,16] @ models/lib/nn.yaml:79:7
%3087 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%3088 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%3089 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3090 = add %3089, %1783 : i64[] @ models/lib/nn.yaml:79:7
%3091 = mul %31, %2460 : f32[64,16] @ models/lib/nn.yaml:79:7
%3092 = mul %3086, %2462 : f32[64,16] @ models/lib/nn.yaml:79:7
%3093 = mul %3087, %2464 : f32[64,16] @ models/lib/nn.yaml:79:7
%3094 = add %3093, %3092 : f32[64,16] @ models/lib/nn.yaml:79:7
%3095 = mul %3086, %3086 : f32[64,16] @ models/lib/nn.yaml:79:7
%3096 = mul %3095, %2468 : f32[64,16] @ models/lib/nn.yaml:79:7
%3097 = mul %3088, %2470 : f32[64,16] @ models/lib/nn.yaml:79:7
%3098 = add %3097, %3096 : f32[64,16] @ models/lib/nn.yaml:79:7
%3099 = cast %3090 : f64[] @ models/lib/nn.yaml:79:7
%3100 = pow %1792, %3099 : f64[] @ models/lib/nn.yaml:79:7
%3101 = sub %1773, %3100 : f64[] @ models/lib/nn.yaml:79:7
%3102 = div %931, %3101 : f64[] @ models/lib/nn.yaml:79:7
%3103 = pow %1800, %3099 : f64[] @ models/lib/nn.yaml:79:7
%3104 = sub %1773, %3103 : f64[] @ models/lib/nn.yaml:79:7
%3105 = sqrt %3104 : f64[] @ models/lib/nn.yaml:79:7
%3106 = div %1773, %3105 : f64[] @ models/lib/nn.yaml:79:7
%3107 = sqrt %3098 : f32[64,16] @ models/lib/nn.yaml:79:7
%3108 = cast %3106 : f32[] @ models/lib/nn.yaml:79:7
%3109 = broadcast %3108 : f32[64,16] @ models/lib/nn.yaml:79:7
%3110 = mul %3107, %3109 : f32[64,16] @ models/lib/nn.yaml:79:7
%3111 = add %3110, %2485 : f32[64,16] @ models/lib/nn.yaml:79:7
%3112 = div %3094, %3111 : f32[64,16] @ models/lib/nn.yaml:79:7
%3113 = cast %3102 : f32[] @ models/lib/nn.yaml:79:7
%3114 = broadcast %3113 : f32[64,16] @ models/lib/nn.yaml:79:7
%3115 = mul %3112, %3114 : f32[64,16] @ models/lib/nn.yaml:79:7
%3116 = sub %3091, %3115 : f32[64,16] @ models/lib/nn.yaml:79:7
%3117 = assign %31, %3116 : f32[64,16] @ models/lib/nn.yaml:79:7
%3118 = assign %3087, %3094 : f32[64,16] @ models/lib/nn.yaml:79:7
%3119 = assign %3088, %3098 : f32[64,16] @ models/lib/nn.yaml:79:7
%3120 = assign %3089, %3090 : i64[] @ models/lib/nn.yaml:79:7
%3121 = mul %69, %2496 : f32[64,16] @ models/lib/nn.yaml:79:7
%3122 = mul %3116, %2498 : f32[64,16] @ models/lib/nn.yaml:79:7
%3123 = add %3121, %3122 : f32[64,16] @ models/lib/nn.yaml:79:7
%3124 = assign %69, %3123 : f32[64,16] @ models/lib/nn.yaml:79:7
%3125 = all_reduce_sum %1473 : f32[64] @ models/lib/nn.yaml:80:7
%3126 = mul %3125, %3125 : f32[64] @ models/lib/nn.yaml:80:7
%3127 = reduce_sum %3126 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3128 = sqrt %3127 : f32[] @ models/lib/nn.yaml:80:7
%3129 = cast %3128 : f64[] @ models/lib/nn.yaml:80:7
%3130 = add %3129, %1769 : f64[] @ models/lib/nn.yaml:80:7
%3131 = div %1771, %3130 : f64[] @ models/lib/nn.yaml:80:7
%3132 = lt %3131, %1773 : bool[] @ models/lib/nn.yaml:80:7
%3133 = cast %3131 : f32[] @ models/lib/nn.yaml:80:7
%3134 = broadcast %3133 : f32[64] @ models/lib/nn.yaml:80:7
%3135 = mul %3125, %3134 : f32[64] @ models/lib/nn.yaml:80:7
%3136 = broadcast %3132 : bool[64] @ models/lib/nn.yaml:80:7
%3137 = select %3136, %3135, %3125 : f32[64] @ models/lib/nn.yaml:80:7
%3138 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%3139 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%3140 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3141 = add %3140, %1783 : i64[] @ models/lib/nn.yaml:80:7
%3142 = mul %3137, %2519 : f32[64] @ models/lib/nn.yaml:80:7
%3143 = mul %3138, %2521 : f32[64] @ models/lib/nn.yaml:80:7
%3144 = add %3143, %3142 : f32[64] @ models/lib/nn.yaml:80:7
%3145 = mul %3137, %3137 : f32[64] @ models/lib/nn.yaml:80:7
%3146 = mul %3145, %2525 : f32[64] @ models/lib/nn.yaml:80:7
%3147 = mul %3139, %2527 : f32[64] @ models/lib/nn.yaml:80:7
%3148 = add %3147, %3146 : f32[64] @ models/lib/nn.yaml:80:7
%3149 = cast %3141 : f64[] @ models/lib/nn.yaml:80:7
%3150 = pow %1792, %3149 : f64[] @ models/lib/nn.yaml:80:7
%3151 = sub %1773, %3150 : f64[] @ models/lib/nn.yaml:80:7
%3152 = div %931, %3151 : f64[] @ models/lib/nn.yaml:80:7
%3153 = pow %1800, %3149 : f64[] @ models/lib/nn.yaml:80:7
%3154 = sub %1773, %3153 : f64[] @ models/lib/nn.yaml:80:7
%3155 = sqrt %3154 : f64[] @ models/lib/nn.yaml:80:7
%3156 = div %1773, %3155 : f64[] @ models/lib/nn.yaml:80:7
%3157 = sqrt %3148 : f32[64] @ models/lib/nn.yaml:80:7
%3158 = cast %3156 : f32[] @ models/lib/nn.yaml:80:7
%3159 = broadcast %3158 : f32[64] @ models/lib/nn.yaml:80:7
%3160 = mul %3157, %3159 : f32[64] @ models/lib/nn.yaml:80:7
%3161 = add %3160, %2542 : f32[64] @ models/lib/nn.yaml:80:7
%3162 = div %3144, %3161 : f32[64] @ models/lib/nn.yaml:80:7
%3163 = cast %3152 : f32[] @ models/lib/nn.yaml:80:7
%3164 = broadcast %3163 : f32[64] @ models/lib/nn.yaml:80:7
%3165 = mul %3162, %3164 : f32[64] @ models/lib/nn.yaml:80:7
%3166 = sub %32, %3165 : f32[64] @ models/lib/nn.yaml:80:7
%3167 = assign %32, %3166 : f32[64] @ models/lib/nn.yaml:80:7
%3168 = assign %3138, %3144 : f32[64] @ models/lib/nn.yaml:80:7
%3169 = assign %3139, %3148 : f32[64] @ models/lib/nn.yaml:80:7
%3170 = assign %3140, %3141 : i64[] @ models/lib/nn.yaml:80:7
%3171 = mul %70, %2553 : f32[64] @ models/lib/nn.yaml:80:7
%3172 = mul %3166, %2555 : f32[64] @ models/lib/nn.yaml:80:7
%3173 = add %3171, %3172 : f32[64] @ models/lib/nn.yaml:80:7
%3174 = assign %70, %3173 : f32[64] @ models/lib/nn.yaml:80:7
%3175 = all_reduce_sum %1457 : f32[16,64] @ models/lib/nn.yaml:79:7
%3176 = reshape %3175 : f32[1024] @ models/lib/nn.yaml:79:7
%3177 = mul %3176, %3176 : f32[1024] @ models/lib/nn.yaml:79:7
%3178 = reduce_sum %3177 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3179 = sqrt %3178 : f32[] @ models/lib/nn.yaml:79:7
%3180 = cast %3179 : f64[] @ models/lib/nn.yaml:79:7
%3181 = add %3180, %1769 : f64[] @ models/lib/nn.yaml:79:7
%3182 = div %1771, %3181 : f64[] @ models/lib/nn.yaml:79:7
%3183 = lt %3182, %1773 : bool[] @ models/lib/nn.yaml:79:7
%3184 = cast %3182 : f32[] @ models/lib/nn.yaml:79:7
%3185 = broadcast %3184 : f32[16,64] @ models/lib/nn.yaml:79:7
%3186 = mul %3175, %3185 : f32[16,64] @ models/lib/nn.yaml:79:7
%3187 = broadcast %3183 : bool[16,64] @ models/lib/nn.yaml:79:7
%3188 = select %3187, %3186, %3175 : f32[16,64] @ models/lib/nn.yaml:79:7
%3189 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%3190 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%3191 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3192 = add %3191, %1783 : i64[] @ models/lib/nn.yaml:79:7
%3193 = mul %33, %2577 : f32[16,64] @ models/lib/nn.yaml:79:7
%3194 = mul %3188, %2579 : f32[16,64] @ models/lib/nn.yaml:79:7
%3195 = mul %3189, %2581 : f32[16,64] @ models/lib/nn.yaml:79:7
%3196 = add %3195, %3194 : f32[16,64] @ models/lib/nn.yaml:79:7
%3197 = mul %3188, %3188 : f32[16,64] @ models/lib/nn.yaml:79:7
%3198 = mul %3197, %2585 : f32[16,64] @ models/lib/nn.yaml:79:7
%3199 = mul %3190, %2587 : f32[16,64] @ models/lib/nn.yaml:79:7
%3200 = add %3199, %3198 : f32[16,64] @ models/lib/nn.yaml:79:7
%3201 = cast %3192 : f64[] @ models/lib/nn.yaml:79:7
%3202 = pow %1792, %3201 : f64[] @ models/lib/nn.yaml:79:7
%3203 = sub %1773, %3202 : f64[] @ models/lib/nn.yaml:79:7
%3204 = div %931, %3203 : f64[] @ models/lib/nn.yaml:79:7
%3205 = pow %1800, %3201 : f64[] @ models/lib/nn.yaml:79:7
%3206 = sub %1773, %3205 : f64[] @ models/lib/nn.yaml:79:7
%3207 = sqrt %3206 : f64[] @ models/lib/nn.yaml:79:7
%3208 = div %1773, %3207 : f64[] @ models/lib/nn.yaml:79:7
%3209 = sqrt %3200 : f32[16,64] @ models/lib/nn.yaml:79:7
%3210 = cast %3208 : f32[] @ models/lib/nn.yaml:79:7
%3211 = broadcast %3210 : f32[16,64] @ models/lib/nn.yaml:79:7
%3212 = mul %3209, %3211 : f32[16,64] @ models/lib/nn.yaml:79:7
%3213 = add %3212, %2602 : f32[16,64] @ models/lib/nn.yaml:79:7
%3214 = div %3196, %3213 : f32[16,64] @ models/lib/nn.yaml:79:7
%3215 = cast %3204 : f32[] @ models/lib/nn.yaml:79:7
%3216 = broadcast %3215 : f32[16,64] @ models/lib/nn.yaml:79:7
%3217 = mul %3214, %3216 : f32[16,64] @ models/lib/nn.yaml:79:7
%3218 = sub %3193, %3217 : f32[16,64] @ models/lib/nn.yaml:79:7
%3219 = assign %33, %3218 : f32[16,64] @ models/lib/nn.yaml:79:7
%3220 = assign %3189, %3196 : f32[16,64] @ models/lib/nn.yaml:79:7
%3221 = assign %3190, %3200 : f32[16,64] @ models/lib/nn.yaml:79:7
%3222 = assign %3191, %3192 : i64[] @ models/lib/nn.yaml:79:7
%3223 = mul %71, %2613 : f32[16,64] @ models/lib/nn.yaml:79:7
%3224 = mul %3218, %2615 : f32[16,64] @ models/lib/nn.yaml:79:7
%3225 = add %3223, %3224 : f32[16,64] @ models/lib/nn.yaml:79:7
%3226 = assign %71, %3225 : f32[16,64] @ models/lib/nn.yaml:79:7
%3227 = all_reduce_sum %1452 : f32[16] @ models/lib/nn.yaml:80:7
%3228 = mul %3227, %3227 : f32[16] @ models/lib/nn.yaml:80:7
%3229 = reduce_sum %3228 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3230 = sqrt %3229 : f32[] @ models/lib/nn.yaml:80:7
%3231 = cast %3230 : f64[] @ models/lib/nn.yaml:80:7
%3232 = add %3231, %1769 : f64[] @ models/lib/nn.yaml:80:7
%3233 = div %1771, %3232 : f64[] @ models/lib/nn.yaml:80:7
%3234 = lt %3233, %1773 : bool[] @ models/lib/nn.yaml:80:7
%3235 = cast %3233 : f32[] @ models/lib/nn.yaml:80:7
%3236 = broadcast %3235 : f32[16] @ models/lib/nn.yaml:80:7
%3237 = mul %3227, %3236 : f32[16] @ models/lib/nn.yaml:80:7
%3238 = broadcast %3234 : bool[16] @ models/lib/nn.yaml:80:7
%3239 = select %3238, %3237, %3227 : f32[16] @ models/lib/nn.yaml:80:7
%3240 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3241 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3242 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3243 = add %3242, %1783 : i64[] @ models/lib/nn.yaml:80:7
%3244 = mul %3239, %1975 : f32[16] @ models/lib/nn.yaml:80:7
%3245 = mul %3240, %1977 : f32[16] @ models/lib/nn.yaml:80:7
%3246 = add %3245, %3244 : f32[16] @ models/lib/nn.yaml:80:7
%3247 = mul %3239, %3239 : f32[16] @ models/lib/nn.yaml:80:7
%3248 = mul %3247, %1981 : f32[16] @ models/lib/nn.yaml:80:7
%3249 = mul %3241, %1983 : f32[16] @ models/lib/nn.yaml:80:7
%3250 = add %3249, %3248 : f32[16] @ models/lib/nn.yaml:80:7
%3251 = cast %3243 : f64[] @ models/lib/nn.yaml:80:7
%3252 = pow %1792, %3251 : f64[] @ models/lib/nn.yaml:80:7
%3253 = sub %1773, %3252 : f64[] @ models/lib/nn.yaml:80:7
%3254 = div %931, %3253 : f64[] @ models/lib/nn.yaml:80:7
%3255 = pow %1800, %3251 : f64[] @ models/lib/nn.yaml:80:7
%3256 = sub %1773, %3255 : f64[] @ models/lib/nn.yaml:80:7
%3257 = sqrt %3256 : f64[] @ models/lib/nn.yaml:80:7
%3258 = div %1773, %3257 : f64[] @ models/lib/nn.yaml:80:7
%3259 = sqrt %3250 : f32[16] @ models/lib/nn.yaml:80:7
%3260 = cast %3258 : f32[] @ models/lib/nn.yaml:80:7
%3261 = broadcast %3260 : f32[16] @ models/lib/nn.yaml:80:7
%3262 = mul %3259, %3261 : f32[16] @ models/lib/nn.yaml:80:7
%3263 = add %3262, %1998 : f32[16] @ models/lib/nn.yaml:80:7
%3264 = div %3246, %3263 : f32[16] @ models/lib/nn.yaml:80:7
%3265 = cast %3254 : f32[] @ models/lib/nn.yaml:80:7
%3266 = broadcast %3265 : f32[16] @ models/lib/nn.yaml:80:7
%3267 = mul %3264, %3266 : f32[16] @ models/lib/nn.yaml:80:7
%3268 = sub %34, %3267 : f32[16] @ models/lib/nn.yaml:80:7
%3269 = assign %34, %3268 : f32[16] @ models/lib/nn.yaml:80:7
%3270 = assign %3240, %3246 : f32[16] @ models/lib/nn.yaml:80:7
%3271 = assign %3241, %3250 : f32[16] @ models/lib/nn.yaml:80:7
%3272 = assign %3242, %3243 : i64[] @ models/lib/nn.yaml:80:7
%3273 = mul %72, %2009 : f32[16] @ models/lib/nn.yaml:80:7
%3274 = mul %3268, %2011 : f32[16] @ models/lib/nn.yaml:80:7
%3275 = add %3273, %3274 : f32[16] @ models/lib/nn.yaml:80:7
%3276 = assign %72, %3275 : f32[16] @ models/lib/nn.yaml:80:7
%3277 = all_reduce_sum %1427 : f32[16] @ models/lib/nn.yaml:89:7
%3278 = mul %3277, %3277 : f32[16] @ models/lib/nn.yaml:89:7
%3279 = reduce_sum %3278 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%3280 = sqrt %3279 : f32[] @ models/lib/nn.yaml:89:7
%3281 = cast %3280 : f64[] @ models/lib/nn.yaml:89:7
%3282 = add %3281, %1769 : f64[] @ models/lib/nn.yaml:89:7
%3283 = div %1771, %3282 : f64[] @ models/lib/nn.yaml:89:7
%3284 = lt %3283, %1773 : bool[] @ models/lib/nn.yaml:89:7
%3285 = cast %3283 : f32[] @ models/lib/nn.yaml:89:7
%3286 = broadcast %3285 : f32[16] @ models/lib/nn.yaml:89:7
%3287 = mul %3277, %3286 : f32[16] @ models/lib/nn.yaml:89:7
%3288 = broadcast %3284 : bool[16] @ models/lib/nn.yaml:89:7
%3289 = select %3288, %3287, %3277 : f32[16] @ models/lib/nn.yaml:89:7
%3290 = state name="adam_m.backbone.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3291 = state name="adam_v.backbone.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3292 = state name="adam_t.backbone.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3293 = add %3292, %1783 : i64[] @ models/lib/nn.yaml:89:7
%3294 = mul %3289, %1975 : f32[16] @ models/lib/nn.yaml:89:7
%3295 = mul %3290, %1977 : f32[16] @ models/lib/nn.yaml:89:7
%3296 = add %3295, %3294 : f32[16] @ models/lib/nn.yaml:89:7
%3297 = mul %3289, %3289 : f32[16] @ models/lib/nn.yaml:89:7
%3298 = mul %3297, %1981 : f32[16] @ models/lib/nn.yaml:89:7
%3299 = mul %3291, %1983 : f32[16] @ models/lib/nn.yaml:89:7
%3300 = add %3299, %3298 : f32[16] @ models/lib/nn.yaml:89:7
%3301 = cast %3293 : f64[] @ models/lib/nn.yaml:89:7
%3302 = pow %1792, %3301 : f64[] @ models/lib/nn.yaml:89:7
%3303 = sub %1773, %3302 : f64[] @ models/lib/nn.yaml:89:7
%3304 = div %931, %3303 : f64[] @ models/lib/nn.yaml:89:7
%3305 = pow %1800, %3301 : f64[] @ models/lib/nn.yaml:89:7
%3306 = sub %1773, %3305 : f64[] @ models/lib/nn.yaml:89:7
%3307 = sqrt %3306 : f64[] @ models/lib/nn.yaml:89:7
%3308 = div %1773, %3307 : f64[] @ models/lib/nn.yaml:89:7
%3309 = sqrt %3300 : f32[16] @ models/lib/nn.yaml:89:7
%3310 = cast %3308 : f32[] @ models/lib/nn.yaml:89:7
%3311 = broadcast %3310 : f32[16] @ models/lib/nn.yaml:89:7
%3312 = mul %3309, %3311 : f32[16] @ models/lib/nn.yaml:89:7
%3313 = add %3312, %1998 : f32[16] @ models/lib/nn.yaml:89:7
%3314 = div %3296, %3313 : f32[16] @ models/lib/nn.yaml:89:7
%3315 = cast %3304 : f32[] @ models/lib/nn.yaml:89:7
%3316 = broadcast %3315 : f32[16] @ models/lib/nn.yaml:89:7
%3317 = mul %3314, %3316 : f32[16] @ models/lib/nn.yaml:89:7
%3318 = sub %35, %3317 : f32[16] @ models/lib/nn.yaml:89:7
%3319 = assign %35, %3318 : f32[16] @ models/lib/nn.yaml:89:7
%3320 = assign %3290, %3296 : f32[16] @ models/lib/nn.yaml:89:7
%3321 = assign %3291, %3300 : f32[16] @ models/lib/nn.yaml:89:7
%3322 = assign %3292, %3293 : i64[] @ models/lib/nn.yaml:89:7
%3323 = mul %73, %2009 : f32[16] @ models/lib/nn.yaml:89:7
%3324 = mul %3318, %2011 : f32[16] @ models/lib/nn.yaml:89:7
%3325 = add %3323, %3324 : f32[16] @ models/lib/nn.yaml:89:7
%3326 = assign %73, %3325 : f32[16] @ models/lib/nn.yaml:89:7
%3327 = all_reduce_sum %1422 : f32[16] @ models/lib/nn.yaml:90:7
%3328 = mul %3327, %3327 : f32[16] @ models/lib/nn.yaml:90:7
%3329 = reduce_sum %3328 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%3330 = sqrt %3329 : f32[] @ models/lib/nn.yaml:90:7
%3331 = cast %3330 : f64[] @ models/lib/nn.yaml:90:7
%3332 = add %3331, %1769 : f64[] @ models/lib/nn.yaml:90:7
%3333 = div %1771, %3332 : f64[] @ models/lib/nn.yaml:90:7
%3334 = lt %3333, %1773 : bool[] @ models/lib/nn.yaml:90:7
%3335 = cast %3333 : f32[] @ models/lib/nn.yaml:90:7
%3336 = broadcast %3335 : f32[16] @ models/lib/nn.yaml:90:7
%3337 = mul %3327, %3336 : f32[16] @ models/lib/nn.yaml:90:7
%3338 = broadcast %3334 : bool[16] @ models/lib/nn.yaml:90:7
%3339 = select %3338, %3337, %3327 : f32[16] @ models/lib/nn.yaml:90:7
%3340 = state name="adam_m.backbone.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3341 = state name="adam_v.backbone.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3342 = state name="adam_t.backbone.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3343 = add %3342, %1783 : i64[] @ models/lib/nn.yaml:90:7
%3344 = mul %3339, %1975 : f32[16] @ models/lib/nn.yaml:90:7
%3345 = mul %3340, %1977 : f32[16] @ models/lib/nn.yaml:90:7
%3346 = add %3345, %3344 : f32[16] @ models/lib/nn.yaml:90:7
%3347 = mul %3339, %3339 : f32[16] @ models/lib/nn.yaml:90:7
%3348 = mul %3347, %1981 : f32[16] @ models/lib/nn.yaml:90:7
%3349 = mul %3341, %1983 : f32[16] @ models/lib/nn.yaml:90:7
%3350 = add %3349, %3348 : f32[16] @ models/lib/nn.yaml:90:7
%3351 = cast %3343 : f64[] @ models/lib/nn.yaml:90:7
%3352 = pow %1792, %3351 : f64[] @ models/lib/nn.yaml:90:7
%3353 = sub %1773, %3352 : f64[] @ models/lib/nn.yaml:90:7
%3354 = div %931, %3353 : f64[] @ models/lib/nn.yaml:90:7
%3355 = pow %1800, %3351 : f64[] @ models/lib/nn.yaml:90:7
%3356 = sub %1773, %3355 : f64[] @ models/lib/nn.yaml:90:7
%3357 = sqrt %3356 : f64[] @ models/lib/nn.yaml:90:7
%3358 = div %1773, %3357 : f64[] @ models/lib/nn.yaml:90:7
%3359 = sqrt %3350 : f32[16] @ models/lib/nn.yaml:90:7
%3360 = cast %3358 : f32[] @ models/lib/nn.yaml:90:7
%3361 = broadcast %3360 : f32[16] @ models/lib/nn.yaml:90:7
%3362 = mul %3359, %3361 : f32[16] @ models/lib/nn.yaml:90:7
%3363 = add %3362, %1998 : f32[16] @ models/lib/nn.yaml:90:7
%3364 = div %3346, %3363 : f32[16] @ models/lib/nn.yaml:90:7
%3365 = cast %3354 : f32[] @ models/lib/nn.yaml:90:7
%3366 = broadcast %3365 : f32[16] @ models/lib/nn.yaml:90:7
%3367 = mul %3364, %3366 : f32[16] @ models/lib/nn.yaml:90:7
%3368 = sub %36, %3367 : f32[16] @ models/lib/nn.yaml:90:7
%3369 = assign %36, %3368 : f32[16] @ models/lib/nn.yaml:90:7
%3370 = assign %3340, %3346 : f32[16] @ models/lib/nn.yaml:90:7
%3371 = assign %3341, %3350 : f32[16] @ models/lib/nn.yaml:90:7
%3372 = assign %3342, %3343 : i64[] @ models/lib/nn.yaml:90:7
%3373 = mul %74, %2009 : f32[16] @ models/lib/nn.yaml:90:7
%3374 = mul %3368, %2011 : f32[16] @ models/lib/nn.yaml:90:7
%3375 = add %3373, %3374 : f32[16] @ models/lib/nn.yaml:90:7
%3376 = assign %74, %3375 : f32[16] @ models/lib/nn.yaml:90:7
%3377 = all_reduce_sum %1414 : f32[24,16] @ models/lib/nn.yaml:79:7
%3378 = reshape %3377 : f32[384] @ models/lib/nn.yaml:79:7
%3379 = mul %3378, %3378 : f32[384] @ models/lib/nn.yaml:79:7
%3380 = reduce_sum %3379 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3381 = sqrt %3380 : f32[] @ models/lib/nn.yaml:79:7
%3382 = cast %3381 : f64[] @ models/lib/nn.yaml:79:7
%3383 = add %3382, %1769 : f64[] @ models/lib/nn.yaml:79:7
%3384 = div %1771, %3383 : f64[] @ models/lib/nn.yaml:79:7
%3385 = lt %3384, %1773 : bool[] @ models/lib/nn.yaml:79:7
%3386 = cast %3384 : f32[] @ models/lib/nn.yaml:79:7
%3387 = broadcast %3386 : f32[24,16] @ models/lib/nn.yaml:79:7
%3388 = mul %3377, %3387 : f32[24,16] @ models/lib/nn.yaml:79:7
%3389 = broadcast %3385 : bool[24,16] @ models/lib/nn.yaml:79:7
%3390 = select %3389, %3388, %3377 : f32[24,16] @ models/lib/nn.yaml:79:7
%3391 = state name="adam_m.head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%3392 = state name="adam_v.head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%3393 = state name="adam_t.head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3394 = add %3393, %1783 : i64[] @ models/lib/nn.yaml:79:7
%3395 = broadcast %1787 : f32[24,16] @ models/lib/nn.yaml:79:7
%3396 = mul %37, %3395 : f32[24,16] @ models/lib/nn.yaml:79:7
%3397 = broadcast %826 : f32[24,16] @ models/lib/nn.yaml:79:7
%3398 = mul %3390, %3397 : f32[24,16] @ models/lib/nn.yaml:79:7
%3399 = broadcast %468 : f32[24,16] @ models/lib/nn.yaml:79:7
%3400 = mul %3391, %3399 : f32[24,16] @ models/lib/nn.yaml:79:7
%3401 = add %3400, %3398 : f32[24,16] @ models/lib/nn.yaml:79:7
%3402 = mul %3390, %3390 : f32[24,16] @ models/lib/nn.yaml:79:7
%3403 = broadcast %1797 : f32[24,16] @ models/lib/nn.yaml:79:7
%3404 = mul %3402, %3403 : f32[24,16] @ models/lib/nn.yaml:79:7
%3405 = broadcast %1801 : f32[24,16] @ models/lib/nn.yaml:79:7
%3406 = mul %3392, %3405 : f32[24,16] @ models/lib/nn.yaml:79:7
%3407 = add %3406, %3404 : f32[24,16] @ models/lib/nn.yaml:79:7
%3408 = cast %3394 : f64[] @ models/lib/nn.yaml:79:7
%3409 = pow %1792, %3408 : f64[] @ models/lib/nn.yaml:79:7
%3410 = sub %1773, %3409 : f64[] @ models/lib/nn.yaml:79:7
%3411 = div %931, %3410 : f64[] @ models/lib/nn.yaml:79:7
%3412 = pow %1800, %3408 : f64[] @ models/lib/nn.yaml:79:7
%3413 = sub %1773, %3412 : f64[] @ models/lib/nn.yaml:79:7
%3414 = sqrt %3413 : f64[] @ models/lib/nn.yaml:79:7
%3415 = div %1773, %3414 : f64[] @ models/lib/nn.yaml:79:7
%3416 = sqrt %3407 : f32[24,16] @ models/lib/nn.yaml:79:7
%3417 = cast %3415 : f32[] @ models/lib/nn.yaml:79:7
%3418 = broadcast %3417 : f32[24,16] @ models/lib/nn.yaml:79:7
%3419 = mul %3416, %3418 : f32[24,16] @ models/lib/nn.yaml:79:7
%3420 = broadcast %1817 : f32[24,16] @ models/lib/nn.yaml:79:7
%3421 = add %3419, %3420 : f32[24,16] @ models/lib/nn.yaml:79:7
%3422 = div %3401, %3421 : f32[24,16] @ models/lib/nn.yaml:79:7
%3423 = cast %3411 : f32[] @ models/lib/nn.yaml:79:7
%3424 = broadcast %3423 : f32[24,16] @ models/lib/nn.yaml:79:7
%3425 = mul %3422, %3424 : f32[24,16] @ models/lib/nn.yaml:79:7
%3426 = sub %3396, %3425 : f32[24,16] @ models/lib/nn.yaml:79:7
%3427 = assign %37, %3426 : f32[24,16] @ models/lib/nn.yaml:79:7
%3428 = assign %3391, %3401 : f32[24,16] @ models/lib/nn.yaml:79:7
%3429 = assign %3392, %3407 : f32[24,16] @ models/lib/nn.yaml:79:7
%3430 = assign %3393, %3394 : i64[] @ models/lib/nn.yaml:79:7
%3431 = broadcast %1829 : f32[24,16] @ models/lib/nn.yaml:79:7
%3432 = mul %75, %3431 : f32[24,16] @ models/lib/nn.yaml:79:7
%3433 = broadcast %1833 : f32[24,16] @ models/lib/nn.yaml:79:7
%3434 = mul %3426, %3433 : f32[24,16] @ models/lib/nn.yaml:79:7
%3435 = add %3432, %3434 : f32[24,16] @ models/lib/nn.yaml:79:7
%3436 = assign %75, %3435 : f32[24,16] @ models/lib/nn.yaml:79:7
%3437 = all_reduce_sum %1411 : f32[24] @ models/lib/nn.yaml:80:7
%3438 = mul %3437, %3437 : f32[24] @ models/lib/nn.yaml:80:7
%3439 = reduce_sum %3438 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3440 = sqrt %3439 : f32[] @ models/lib/nn.yaml:80:7
%3441 = cast %3440 : f64[] @ models/lib/nn.yaml:80:7
%3442 = add %3441, %1769 : f64[] @ models/lib/nn.yaml:80:7
%3443 = div %1771, %3442 : f64[] @ models/lib/nn.yaml:80:7
%3444 = lt %3443, %1773 : bool[] @ models/lib/nn.yaml:80:7
%3445 = cast %3443 : f32[] @ models/lib/nn.yaml:80:7
%3446 = broadcast %3445 : f32[24] @ models/lib/nn.yaml:80:7
%3447 = mul %3437, %3446 : f32[24] @ models/lib/nn.yaml:80:7
%3448 = broadcast %3444 : bool[24] @ models/lib/nn.yaml:80:7
%3449 = select %3448, %3447, %3437 : f32[24] @ models/lib/nn.yaml:80:7
%3450 = state name="adam_m.head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%3451 = state name="adam_v.head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%3452 = state name="adam_t.head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3453 = add %3452, %1783 : i64[] @ models/lib/nn.yaml:80:7
%3454 = broadcast %826 : f32[24] @ models/lib/nn.yaml:80:7
%3455 = mul %3449, %3454 : f32[24] @ models/lib/nn.yaml:80:7
%3456 = broadcast %468 : f32[24] @ models/lib/nn.yaml:80:7
%3457 = mul %3450, %3456 : f32[24] @ models/lib/nn.yaml:80:7
%3458 = add %3457, %3455 : f32[24] @ models/lib/nn.yaml:80:7
%3459 = mul %3449, %3449 : f32[24] @ models/lib/nn.yaml:80:7
%3460 = broadcast %1797 : f32[24] @ models/lib/nn.yaml:80:7
%3461 = mul %3459, %3460 : f32[24] @ models/lib/nn.yaml:80:7
%3462 = broadcast %1801 : f32[24] @ models/lib/nn.yaml:80:7
%3463 = mul %3451, %3462 : f32[24] @ models/lib/nn.yaml:80:7
%3464 = add %3463, %3461 : f32[24] @ models/lib/nn.yaml:80:7
%3465 = cast %3453 : f64[] @ models/lib/nn.yaml:80:7
%3466 = pow %1792, %3465 : f64[] @ models/lib/nn.yaml:80:7
%3467 = sub %1773, %3466 : f64[] @ models/lib/nn.yaml:80:7
%3468 = div %931, %3467 : f64[] @ models/lib/nn.yaml:80:7
%3469 = pow %1800, %3465 : f64[] @ models/lib/nn.yaml:80:7
%3470 = sub %1773, %3469 : f64[] @ models/lib/nn.yaml:80:7
%3471 = sqrt %3470 : f64[] @ models/lib/nn.yaml:80:7
%3472 = div %1773, %3471 : f64[] @ models/lib/nn.yaml:80:7
%3473 = sqrt %3464 : f32[24] @ models/lib/nn.yaml:80:7
%3474 = cast %3472 : f32[] @ models/lib/nn.yaml:80:7
%3475 = broadcast %3474 : f32[24] @ models/lib/nn.yaml:80:7
%3476 = mul %3473, %3475 : f32[24] @ models/lib/nn.yaml:80:7
%3477 = broadcast %1817 : f32[24] @ models/lib/nn.yaml:80:7
%3478 = add %3476, %3477 : f32[24] @ models/lib/nn.yaml:80:7
%3479 = div %3458, %3478 : f32[24] @ models/lib/nn.yaml:80:7
%3480 = cast %3468 : f32[] @ models/lib/nn.yaml:80:7
%3481 = broadcast %3480 : f32[24] @ models/lib/nn.yaml:80:7
%3482 = mul %3479, %3481 : f32[24] @ models/lib/nn.yaml:80:7
%3483 = sub %38, %3482 : f32[24] @ models/lib/nn.yaml:80:7
%3484 = assign %38, %3483 : f32[24] @ models/lib/nn.yaml:80:7
%3485 = assign %3450, %3458 : f32[24] @ models/lib/nn.yaml:80:7
%3486 = assign %3451, %3464 : f32[24] @ models/lib/nn.yaml:80:7
%3487 = assign %3452, %3453 : i64[] @ models/lib/nn.yaml:80:7
%3488 = broadcast %1829 : f32[24] @ models/lib/nn.yaml:80:7
%3489 = mul %76, %3488 : f32[24] @ models/lib/nn.yaml:80:7
%3490 = broadcast %1833 : f32[24] @ models/lib/nn.yaml:80:7
%3491 = mul %3483, %3490 : f32[24] @ models/lib/nn.yaml:80:7
%3492 = add %3489, %3491 : f32[24] @ models/lib/nn.yaml:80:7
%3493 = assign %76, %3492 : f32[24] @ models/lib/nn.yaml:80:7
%3494 = all_reduce_sum %1398 : f32[24,24] @ models/lib/nn.yaml:79:7
%3495 = reshape %3494 : f32[576] @ models/lib/nn.yaml:79:7
%3496 = mul %3495, %3495 : f32[576] @ models/lib/nn.yaml:79:7
%3497 = reduce_sum %3496 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3498 = sqrt %3497 : f32[] @ models/lib/nn.yaml:79:7
%3499 = cast %3498 : f64[] @ models/lib/nn.yaml:79:7
%3500 = add %3499, %1769 : f64[] @ models/lib/nn.yaml:79:7
%3501 = div %1771, %3500 : f64[] @ models/lib/nn.yaml:79:7
%3502 = lt %3501, %1773 : bool[] @ models/lib/nn.yaml:79:7
%3503 = cast %3501 : f32[] @ models/lib/nn.yaml:79:7
%3504 = broadcast %3503 : f32[24,24] @ models/lib/nn.yaml:79:7
%3505 = mul %3494, %3504 : f32[24,24] @ models/lib/nn.yaml:79:7
%3506 = broadcast %3502 : bool[24,24] @ models/lib/nn.yaml:79:7
%3507 = select %3506, %3505, %3494 : f32[24,24] @ models/lib/nn.yaml:79:7
%3508 = state name="adam_m.head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%3509 = state name="adam_v.head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%3510 = state name="adam_t.head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3511 = add %3510, %1783 : i64[] @ models/lib/nn.yaml:79:7
%3512 = broadcast %1787 : f32[24,24] @ models/lib/nn.yaml:79:7
%3513 = mul %39, %3512 : f32[24,24] @ models/lib/nn.yaml:79:7
%3514 = broadcast %826 : f32[24,24] @ models/lib/nn.yaml:79:7
%3515 = mul %3507, %3514 : f32[24,24] @ models/lib/nn.yaml:79:7
%3516 = broadcast %468 : f32[24,24] @ models/lib/nn.yaml:79:7
%3517 = mul %3508, %3516 : f32[24,24] @ models/lib/nn.yaml:79:7
%3518 = add %3517, %3515 : f32[24,24] @ models/lib/nn.yaml:79:7
%3519 = mul %3507, %3507 : f32[24,24] @ models/lib/nn.yaml:79:7
%3520 = broadcast %1797 : f32[24,24] @ models/lib/nn.yaml:79:7
%3521 = mul %3519, %3520 : f32[24,24] @ models/lib/nn.yaml:79:7
%3522 = broadcast %1801 : f32[24,24] @ models/lib/nn.yaml:79:7
%3523 = mul %3509, %3522 : f32[24,24] @ models/lib/nn.yaml:79:7
%3524 = add %3523, %3521 : f32[24,24] @ models/lib/nn.yaml:79:7
%3525 = cast %3511 : f64[] @ models/lib/nn.yaml:79:7
%3526 = pow %1792, %3525 : f64[] @ models/lib/nn.yaml:79:7
%3527 = sub %1773, %3526 : f64[] @ models/lib/nn.yaml:79:7
%3528 = div %931, %3527 : f64[] @ models/lib/nn.yaml:79:7
%3529 = pow %1800, %3525 : f64[] @ models/lib/nn.yaml:79:7
%3530 = sub %1773, %3529 : f64[] @ models/lib/nn.yaml:79:7
%3531 = sqrt %3530 : f64[] @ models/lib/nn.yaml:79:7
%3532 = div %1773, %3531 : f64[] @ models/lib/nn.yaml:79:7
%3533 = sqrt %3524 : f32[24,24] @ models/lib/nn.yaml:79:7
%3534 = cast %3532 : f32[] @ models/lib/nn.yaml:79:7
%3535 = broadcast %3534 : f32[24,24] @ models/lib/nn.yaml:79:7
%3536 = mul %3533, %3535 : f32[24,24] @ models/lib/nn.yaml:79:7
%3537 = broadcast %1817 : f32[24,24] @ models/lib/nn.yaml:79:7
%3538 = add %3536, %3537 : f32[24,24] @ models/lib/nn.yaml:79:7
%3539 = div %3518, %3538 : f32[24,24] @ models/lib/nn.yaml:79:7
%3540 = cast %3528 : f32[] @ models/lib/nn.yaml:79:7
%3541 = broadcast %3540 : f32[24,24] @ models/lib/nn.yaml:79:7
%3542 = mul %3539, %3541 : f32[24,24] @ models/lib/nn.yaml:79:7
%3543 = sub %3513, %3542 : f32[24,24] @ models/lib/nn.yaml:79:7
%3544 = assign %39, %3543 : f32[24,24] @ models/lib/nn.yaml:79:7
%3545 = assign %3508, %3518 : f32[24,24] @ models/lib/nn.yaml:79:7
%3546 = assign %3509, %3524 : f32[24,24] @ models/lib/nn.yaml:79:7
%3547 = assign %3510, %3511 : i64[] @ models/lib/nn.yaml:79:7
%3548 = broadcast %1829 : f32[24,24] @ models/lib/nn.yaml:79:7
%3549 = mul %77, %3548 : f32[24,24] @ models/lib/nn.yaml:79:7
%3550 = broadcast %1833 : f32[24,24] @ models/lib/nn.yaml:79:7
%3551 = mul %3543, %3550 : f32[24,24] @ models/lib/nn.yaml:79:7
%3552 = add %3549, %3551 : f32[24,24] @ models/lib/nn.yaml:79:7
%3553 = assign %77, %3552 : f32[24,24] @ models/lib/nn.yaml:79:7
%3554 = all_reduce_sum %1395 : f32[24] @ models/lib/nn.yaml:80:7
%3555 = mul %3554, %3554 : f32[24] @ models/lib/nn.yaml:80:7
%3556 = reduce_sum %3555 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3557 = sqrt %3556 : f32[] @ models/lib/nn.yaml:80:7
%3558 = cast %3557 : f64[] @ models/lib/nn.yaml:80:7
%3559 = add %3558, %1769 : f64[] @ models/lib/nn.yaml:80:7
%3560 = div %1771, %3559 : f64[] @ models/lib/nn.yaml:80:7
%3561 = lt %3560, %1773 : bool[] @ models/lib/nn.yaml:80:7
%3562 = cast %3560 : f32[] @ models/lib/nn.yaml:80:7
%3563 = broadcast %3562 : f32[24] @ models/lib/nn.yaml:80:7
%3564 = mul %3554, %3563 : f32[24] @ models/lib/nn.yaml:80:7
%3565 = broadcast %3561 : bool[24] @ models/lib/nn.yaml:80:7
%3566 = select %3565, %3564, %3554 : f32[24] @ models/lib/nn.yaml:80:7
%3567 = state name="adam_m.head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%3568 = state name="adam_v.head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%3569 = state name="adam_t.head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3570 = add %3569, %1783 : i64[] @ models/lib/nn.yaml:80:7
%3571 = mul %3566, %3454 : f32[24] @ models/lib/nn.yaml:80:7
%3572 = mul %3567, %3456 : f32[24] @ models/lib/nn.yaml:80:7
%3573 = add %3572, %3571 : f32[24] @ models/lib/nn.yaml:80:7
%3574 = mul %3566, %3566 : f32[24] @ models/lib/nn.yaml:80:7
%3575 = mul %3574, %3460 : f32[24] @ models/lib/nn.yaml:80:7
%3576 = mul %3568, %3462 : f32[24] @ models/lib/nn.yaml:80:7
%3577 = add %3576, %3575 : f32[24] @ models/lib/nn.yaml:80:7
%3578 = cast %3570 : f64[] @ models/lib/nn.yaml:80:7
%3579 = pow %1792, %3578 : f64[] @ models/lib/nn.yaml:80:7
%3580 = sub %1773, %3579 : f64[] @ models/lib/nn.yaml:80:7
%3581 = div %931, %3580 : f64[] @ models/lib/nn.yaml:80:7
%3582 = pow %1800, %3578 : f64[] @ models/lib/nn.yaml:80:7
%3583 = sub %1773, %3582 : f64[] @ models/lib/nn.yaml:80:7
%3584 = sqrt %3583 : f64[] @ models/lib/nn.yaml:80:7
%3585 = div %1773, %3584 : f64[] @ models/lib/nn.yaml:80:7
%3586 = sqrt %3577 : f32[24] @ models/lib/nn.yaml:80:7
%3587 = cast %3585 : f32[] @ models/lib/nn.yaml:80:7
%3588 = broadcast %3587 : f32[24] @ models/lib/nn.yaml:80:7
%3589 = mul %3586, %3588 : f32[24] @ models/lib/nn.yaml:80:7
%3590 = add %3589, %3477 : f32[24] @ models/lib/nn.yaml:80:7
%3591 = div %3573, %3590 : f32[24] @ models/lib/nn.yaml:80:7
%3592 = cast %3581 : f32[] @ models/lib/nn.yaml:80:7
%3593 = broadcast %3592 : f32[24] @ models/lib/nn.yaml:80:7
%3594 = mul %3591, %3593 : f32[24] @ models/lib/nn.yaml:80:7
%3595 = sub %40, %3594 : f32[24] @ models/lib/nn.yaml:80:7
%3596 = assign %40, %3595 : f32[24] @ models/lib/nn.yaml:80:7
%3597 = assign %3567, %3573 : f32[24] @ models/lib/nn.yaml:80:7
%3598 = assign %3568, %3577 : f32[24] @ models/lib/nn.yaml:80:7
%3599 = assign %3569, %3570 : i64[] @ models/lib/nn.yaml:80:7
%3600 = mul %78, %3488 : f32[24] @ models/lib/nn.yaml:80:7
%3601 = mul %3595, %3490 : f32[24] @ models/lib/nn.yaml:80:7
%3602 = add %3600, %3601 : f32[24] @ models/lib/nn.yaml:80:7
%3603 = assign %78, %3602 : f32[24] @ models/lib/nn.yaml:80:7
%3604 = all_reduce_sum %1382 : f32[8,24] @ models/lib/nn.yaml:79:7
%3605 = reshape %3604 : f32[192] @ models/lib/nn.yaml:79:7
%3606 = mul %3605, %3605 : f32[192] @ models/lib/nn.yaml:79:7
%3607 = reduce_sum %3606 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3608 = sqrt %3607 : f32[] @ models/lib/nn.yaml:79:7
%3609 = cast %3608 : f64[] @ models/lib/nn.yaml:79:7
%3610 = add %3609, %1769 : f64[] @ models/lib/nn.yaml:79:7
%3611 = div %1771, %3610 : f64[] @ models/lib/nn.yaml:79:7
%3612 = lt %3611, %1773 : bool[] @ models/lib/nn.yaml:79:7
%3613 = cast %3611 : f32[] @ models/lib/nn.yaml:79:7
%3614 = broadcast %3613 : f32[8,24] @ models/lib/nn.yaml:79:7
%3615 = mul %3604, %3614 : f32[8,24] @ models/lib/nn.yaml:79:7
%3616 = broadcast %3612 : bool[8,24] @ models/lib/nn.yaml:79:7
%3617 = select %3616, %3615, %3604 : f32[8,24] @ models/lib/nn.yaml:79:7
%3618 = state name="adam_m.head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%3619 = state name="adam_v.head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%3620 = state name="adam_t.head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3621 = add %3620, %1783 : i64[] @ models/lib/nn.yaml:79:7
%3622 = broadcast %1787 : f32[8,24] @ models/lib/nn.yaml:79:7
%3623 = mul %41, %3622 : f32[8,24] @ models/lib/nn.yaml:79:7
%3624 = broadcast %826 : f32[8,24] @ models/lib/nn.yaml:79:7
%3625 = mul %3617, %3624 : f32[8,24] @ models/lib/nn.yaml:79:7
%3626 = broadcast %468 : f32[8,24] @ models/lib/nn.yaml:79:7
%3627 = mul %3618, %3626 : f32[8,24] @ models/lib/nn.yaml:79:7
%3628 = add %3627, %3625 : f32[8,24] @ models/lib/nn.yaml:79:7
%3629 = mul %3617, %3617 : f32[8,24] @ models/lib/nn.yaml:79:7
%3630 = broadcast %1797 : f32[8,24] @ models/lib/nn.yaml:79:7
%3631 = mul %3629, %3630 : f32[8,24] @ models/lib/nn.yaml:79:7
%3632 = broadcast %1801 : f32[8,24] @ models/lib/nn.yaml:79:7
%3633 = mul %3619, %3632 : f32[8,24] @ models/lib/nn.yaml:79:7
%3634 = add %3633, %3631 : f32[8,24] @ models/lib/nn.yaml:79:7
%3635 = cast %3621 : f64[] @ models/lib/nn.yaml:79:7
%3636 = pow %1792, %3635 : f64[] @ models/lib/nn.yaml:79:7
%3637 = sub %1773, %3636 : f64[] @ models/lib/nn.yaml:79:7
%3638 = div %931, %3637 : f64[] @ models/lib/nn.yaml:79:7
%3639 = pow %1800, %3635 : f64[] @ models/lib/nn.yaml:79:7
%3640 = sub %1773, %3639 : f64[] @ models/lib/nn.yaml:79:7
%3641 = sqrt %3640 : f64[] @ models/lib/nn.yaml:79:7
%3642 = div %1773, %3641 : f64[] @ models/lib/nn.yaml:79:7
%3643 = sqrt %3634 : f32[8,24] @ models/lib/nn.yaml:79:7
%3644 = cast %3642 : f32[] @ models/lib/nn.yaml:79:7
%3645 = broadcast %3644 : f32[8,24] @ models/lib/nn.yaml:79:7
%3646 = mul %3643, %3645 : f32[8,24] @ models/lib/nn.yaml:79:7
%3647 = broadcast %1817 : f32[8,24] @ models/lib/nn.yaml:79:7
%3648 = add %3646, %3647 : f32[8,24] @ models/lib/nn.yaml:79:7
%3649 = div %3628, %3648 : f32[8,24] @ models/lib/nn.yaml:79:7
%3650 = cast %3638 : f32[] @ models/lib/nn.yaml:79:7
%3651 = broadcast %3650 : f32[8,24] @ models/lib/nn.yaml:79:7
%3652 = mul %3649, %3651 : f32[8,24] @ models/lib/nn.yaml:79:7
%3653 = sub %3623, %3652 : f32[8,24] @ models/lib/nn.yaml:79:7
%3654 = assign %41, %3653 : f32[8,24] @ models/lib/nn.yaml:79:7
%3655 = assign %3618, %3628 : f32[8,24] @ models/lib/nn.yaml:79:7
%3656 = assign %3619, %3634 : f32[8,24] @ models/lib/nn.yaml:79:7
%3657 = assign %3620, %3621 : i64[] @ models/lib/nn.yaml:79:7
%3658 = broadcast %1829 : f32[8,24] @ models/lib/nn.yaml:79:7
%3659 = mul %79, %3658 : f32[8,24] @ models/lib/nn.yaml:79:7
%3660 = broadcast %1833 : f32[8,24] @ models/lib/nn.yaml:79:7
%3661 = mul %3653, %3660 : f32[8,24] @ models/lib/nn.yaml:79:7
%3662 = add %3659, %3661 : f32[8,24] @ models/lib/nn.yaml:79:7
%3663 = assign %79, %3662 : f32[8,24] @ models/lib/nn.yaml:79:7
%3664 = all_reduce_sum %1379 : f32[8] @ models/lib/nn.yaml:80:7
%3665 = mul %3664, %3664 : f32[8] @ models/lib/nn.yaml:80:7
%3666 = reduce_sum %3665 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3667 = sqrt %3666 : f32[] @ models/lib/nn.yaml:80:7
%3668 = cast %3667 : f64[] @ models/lib/nn.yaml:80:7
%3669 = add %3668, %1769 : f64[] @ models/lib/nn.yaml:80:7
%3670 = div %1771, %3669 : f64[] @ models/lib/nn.yaml:80:7
%3671 = lt %3670, %1773 : bool[] @ models/lib/nn.yaml:80:7
%3672 = cast %3670 : f32[] @ models/lib/nn.yaml:80:7
%3673 = broadcast %3672 : f32[8] @ models/lib/nn.yaml:80:7
%3674 = mul %3664, %3673 : f32[8] @ models/lib/nn.yaml:80:7
%3675 = broadcast %3671 : bool[8] @ models/lib/nn.yaml:80:7
%3676 = select %3675, %3674, %3664 : f32[8] @ models/lib/nn.yaml:80:7
%3677 = state name="adam_m.head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%3678 = state name="adam_v.head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%3679 = state name="adam_t.head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3680 = add %3679, %1783 : i64[] @ models/lib/nn.yaml:80:7
%3681 = broadcast %826 : f32[8] @ models/lib/nn.yaml:80:7
%3682 = mul %3676, %3681 : f32[8] @ models/lib/nn.yaml:80:7
%3683 = broadcast %468 : f32[8] @ models/lib/nn.yaml:80:7
%3684 = mul %3677, %3683 : f32[8] @ models/lib/nn.yaml:80:7
%3685 = add %3684, %3682 : f32[8] @ models/lib/nn.yaml:80:7
%3686 = mul %3676, %3676 : f32[8] @ models/lib/nn.yaml:80:7
%3687 = broadcast %1797 : f32[8] @ models/lib/nn.yaml:80:7
%3688 = mul %3686, %3687 : f32[8] @ models/lib/nn.yaml:80:7
%3689 = broadcast %1801 : f32[8] @ models/lib/nn.yaml:80:7
%3690 = mul %3678, %3689 : f32[8] @ models/lib/nn.yaml:80:7
%3691 = add %3690, %3688 : f32[8] @ models/lib/nn.yaml:80:7
%3692 = cast %3680 : f64[] @ models/lib/nn.yaml:80:7
%3693 = pow %1792, %3692 : f64[] @ models/lib/nn.yaml:80:7
%3694 = sub %1773, %3693 : f64[] @ models/lib/nn.yaml:80:7
%3695 = div %931, %3694 : f64[] @ models/lib/nn.yaml:80:7
%3696 = pow %1800, %3692 : f64[] @ models/lib/nn.yaml:80:7
%3697 = sub %1773, %3696 : f64[] @ models/lib/nn.yaml:80:7
%3698 = sqrt %3697 : f64[] @ models/lib/nn.yaml:80:7
%3699 = div %1773, %3698 : f64[] @ models/lib/nn.yaml:80:7
%3700 = sqrt %3691 : f32[8] @ models/lib/nn.yaml:80:7
%3701 = cast %3699 : f32[] @ models/lib/nn.yaml:80:7
%3702 = broadcast %3701 : f32[8] @ models/lib/nn.yaml:80:7
%3703 = mul %3700, %3702 : f32[8] @ models/lib/nn.yaml:80:7
%3704 = broadcast %1817 : f32[8] @ models/lib/nn.yaml:80:7
%3705 = add %3703, %3704 : f32[8] @ models/lib/nn.yaml:80:7
%3706 = div %3685, %3705 : f32[8] @ models/lib/nn.yaml:80:7
%3707 = cast %3695 : f32[] @ models/lib/nn.yaml:80:7
%3708 = broadcast %3707 : f32[8] @ models/lib/nn.yaml:80:7
%3709 = mul %3706, %3708 : f32[8] @ models/lib/nn.yaml:80:7
%3710 = sub %42, %3709 : f32[8] @ models/lib/nn.yaml:80:7
%3711 = assign %42, %3710 : f32[8] @ models/lib/nn.yaml:80:7
%3712 = assign %3677, %3685 : f32[8] @ models/lib/nn.yaml:80:7
%3713 = assign %3678, %3691 : f32[8] @ models/lib/nn.yaml:80:7
%3714 = assign %3679, %3680 : i64[] @ models/lib/nn.yaml:80:7
%3715 = broadcast %1829 : f32[8] @ models/lib/nn.yaml:80:7
%3716 = mul %80, %3715 : f32[8] @ models/lib/nn.yaml:80:7
%3717 = broadcast %1833 : f32[8] @ models/lib/nn.yaml:80:7
%3718 = mul %3710, %3717 : f32[8] @ models/lib/nn.yaml:80:7
%3719 = add %3716, %3718 : f32[8] @ models/lib/nn.yaml:80:7
%3720 = assign %80, %3719 : f32[8] @ models/lib/nn.yaml:80:7
%3721 = broadcast %1829 : f32[32,1] @ models/lib/dino.yaml:18:7
%3722 = mul %81, %3721 : f32[32,1] @ models/lib/dino.yaml:18:7
%3723 = broadcast %1833 : f32[32,1] @ models/lib/dino.yaml:18:7
%3724 = mul %43, %3723 : f32[32,1] @ models/lib/dino.yaml:18:7
%3725 = add %3722, %3724 : f32[32,1] @ models/lib/dino.yaml:18:7
%3726 = assign %81, %3725 : f32[32,1] @ models/lib/dino.yaml:18:7
%3727 = all_reduce_sum %1361 : f32[32,8] @ models/lib/dino.yaml:19:7
%3728 = reshape %3727 : f32[256] @ models/lib/dino.yaml:19:7
%3729 = mul %3728, %3728 : f32[256] @ models/lib/dino.yaml:19:7
%3730 = reduce_sum %3729 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%3731 = sqrt %3730 : f32[] @ models/lib/dino.yaml:19:7
%3732 = cast %3731 : f64[] @ models/lib/dino.yaml:19:7
%3733 = add %3732, %1769 : f64[] @ models/lib/dino.yaml:19:7
%3734 = div %1771, %3733 : f64[] @ models/lib/dino.yaml:19:7
%3735 = lt %3734, %1773 : bool[] @ models/lib/dino.yaml:19:7
%3736 = cast %3734 : f32[] @ models/lib/dino.yaml:19:7
%3737 = broadcast %3736 : f32[32,8] @ models/lib/dino.yaml:19:7
%3738 = mul %3727, %3737 : f32[32,8] @ models/lib/dino.yaml:19:7
%3739 = broadcast %3735 : bool[32,8] @ models/lib/dino.yaml:19:7
%3740 = select %3739, %3738, %3727 : f32[32,8] @ models/lib/dino.yaml:19:7
%3741 = state name="adam_m.head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%3742 = state name="adam_v.head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%3743 = state name="adam_t.head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%3744 = add %3743, %1783 : i64[] @ models/lib/dino.yaml:19:7
%3745 = broadcast %1787 : f32[32,8] @ models/lib/dino.yaml:19:7
%3746 = mul %44, %3745 : f32[32,8] @ models/lib/dino.yaml:19:7
%3747 = broadcast %826 : f32[32,8] @ models/lib/dino.yaml:19:7
%3748 = mul %3740, %3747 : f32[32,8] @ models/lib/dino.yaml:19:7
%3749 = broadcast %468 : f32[32,8] @ models/lib/dino.yaml:19:7
%3750 = mul %3741, %3749 : f32[32,8] @ models/lib/dino.yaml:19:7
%3751 = add %3750, %3748 : f32[32,8] @ models/lib/dino.yaml:19:7
%3752 = mul %3740, %3740 : f32[32,8] @ models/lib/dino.yaml:19:7
%3753 = broadcast %1797 : f32[32,8] @ models/lib/dino.yaml:19:7
%3754 = mul %3752, %3753 : f32[32,8] @ models/lib/dino.yaml:19:7
%3755 = broadcast %1801 : f32[32,8] @ models/lib/dino.yaml:19:7
%3756 = mul %3742, %3755 : f32[32,8] @ models/lib/dino.yaml:19:7
%3757 = add %3756, %3754 : f32[32,8] @ models/lib/dino.yaml:19:7
%3758 = cast %3744 : f64[] @ models/lib/dino.yaml:19:7
%3759 = pow %1792, %3758 : f64[] @ models/lib/dino.yaml:19:7
%3760 = sub %1773, %3759 : f64[] @ models/lib/dino.yaml:19:7
%3761 = div %931, %3760 : f64[] @ models/lib/dino.yaml:19:7
%3762 = pow %1800, %3758 : f64[] @ models/lib/dino.yaml:19:7
%3763 = sub %1773, %3762 : f64[] @ models/lib/dino.yaml:19:7
%3764 = sqrt %3763 : f64[] @ models/lib/dino.yaml:19:7
%3765 = div %1773, %3764 : f64[] @ models/lib/dino.yaml:19:7
%3766 = sqrt %3757 : f32[32,8] @ models/lib/dino.yaml:19:7
%3767 = cast %3765 : f32[] @ models/lib/dino.yaml:19:7
%3768 = broadcast %3767 : f32[32,8] @ models/lib/dino.yaml:19:7
%3769 = mul %3766, %3768 : f32[32,8] @ models/lib/dino.yaml:19:7
%3770 = broadcast %1817 : f32[32,8] @ models/lib/dino.yaml:19:7
%3771 = add %3769, %3770 : f32[32,8] @ models/lib/dino.yaml:19:7
%3772 = div %3751, %3771 : f32[32,8] @ models/lib/dino.yaml:19:7
%3773 = cast %3761 : f32[] @ models/lib/dino.yaml:19:7
%3774 = broadcast %3773 : f32[32,8] @ models/lib/dino.yaml:19:7
%3775 = mul %3772, %3774 : f32[32,8] @ models/lib/dino.yaml:19:7
%3776 = sub %3746, %3775 : f32[32,8] @ models/lib/dino.yaml:19:7
%3777 = input name="epoch" : i64[] @ models/lib/dino.yaml:19:7
%3778 = lt %3777, %1783 : bool[] @ models/lib/dino.yaml:19:7
%3779 = broadcast %3778 : bool[32,8] @ models/lib/dino.yaml:19:7
%3780 = select %3779, %44, %3776 : f32[32,8] @ models/lib/dino.yaml:19:7
%3781 = select %3779, %3741, %3751 : f32[32,8] @ models/lib/dino.yaml:19:7
%3782 = select %3779, %3742, %3757 : f32[32,8] @ models/lib/dino.yaml:19:7
%3783 = select %3778, %3743, %3744 : i64[] @ models/lib/dino.yaml:19:7
%3784 = assign %44, %3780 : f32[32,8] @ models/lib/dino.yaml:19:7
%3785 = assign %3741, %3781 : f32[32,8] @ models/lib/dino.yaml:19:7
%3786 = assign %3742, %3782 : f32[32,8] @ models/lib/dino.yaml:19:7
%3787 = assign %3743, %3783 : i64[] @ models/lib/dino.yaml:19:7
%3788 = broadcast %1829 : f32[32,8] @ models/lib/dino.yaml:19:7
%3789 = mul %82, %3788 : f32[32,8] @ models/lib/dino.yaml:19:7
%3790 = broadcast %1833 : f32[32,8] @ models/lib/dino.yaml:19:7
%3791 = mul %3780, %3790 : f32[32,8] @ models/lib/dino.yaml:19:7
%3792 = add %3789, %3791 : f32[32,8] @ models/lib/dino.yaml:19:7
%3793 = assign %82, %3792 : f32[32,8] @ models/lib/dino.yaml:19:7
%3794 = const data=[inf] : f32[] @ models/dino.yaml:73:3
%3795 = abs %916 : f32[] @ models/dino.yaml:73:3
%3796 = lt %3795, %3794 : bool[] @ models/dino.yaml:73:3
%3797 = output %3796 name="finite" : bool[] @ models/dino.yaml:73:3
