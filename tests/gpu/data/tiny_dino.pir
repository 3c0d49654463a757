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
%1425 = reshape %1424 : f32[68,16] @ models/lib/nn.yaml:96:37
%1426 = matmul %1417, %1425 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%1427 = reshape %1426 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1428 = reshape %1427 : f32[16] @ models/lib/nn.yaml:96:37
%1429 = add %1050, %1428 : f32[16] @ models/lib/nn.yaml:96:37
%1430 = mul %1423, %523 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1431 = mul %1423, %517 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1432 = reduce_sum %1431 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%1433 = mul %522, %522 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1434 = mul %522, %1433 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1435 = broadcast %1056 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1436 = mul %1434, %1435 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1437 = mul %1432, %1436 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1438 = div %1437, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1439 = broadcast %1438 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%1440 = mul %1439, %517 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1441 = add %1430, %1440 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1442 = add %1441, %1440 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1443 = neg %1442 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1444 = reduce_sum %1443 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%1445 = div %1444, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1446 = broadcast %1445 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1447 = add %1442, %1446 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1448 = mul %1447, %511 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%1449 = div %1448, %469 : f32[4,17,16] @ models/lib/nn.yaml:50:38
%1450 = reshape %1449 : f32[68,16] @ models/lib/nn.yaml:84:18
%1451 = matmul %1417, %1450 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%1452 = reshape %1451 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1453 = reshape %1452 : f32[16] @ models/lib/nn.yaml:84:18
%1454 = add %1073, %1453 : f32[16] @ models/lib/nn.yaml:84:18
%1455 = matmul %1449, %33 ta=0 tb=0 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%1456 = reshape %502 : f32[68,64] @ models/lib/nn.yaml:83:15
%1457 = reshape %1449 : f32[68,16] @ models/lib/nn.yaml:83:15
%1458 = matmul %1457, %1456 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%1459 = add %1077, %1458 : f32[16,64] @ models/lib/nn.yaml:83:15
%1460 = mul %1455, %501 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%1461 = mul %1455, %498 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%1462 = mul %499, %499 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1463 = neg %1462 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1464 = exp %1463 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1465 = broadcast %1018 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1466 = mul %1464, %1465 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1467 = mul %1461, %1466 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1468 = mul %1467, %177 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%1469 = mul %1460, %174 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%1470 = add %1468, %1469 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%1471 = reshape %1470 : f32[68,64] @ models/lib/nn.yaml:84:18
%1472 = matmul %1417, %1471 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%1473 = reshape %1472 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%1474 = reshape %1473 : f32[64] @ models/lib/nn.yaml:84:18
%1475 = add %1090, %1474 : f32[64] @ models/lib/nn.yaml:84:18
%1476 = matmul %1470, %31 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1477 = reshape %494 : f32[68,16] @ models/lib/nn.yaml:83:15
%1478 = reshape %1470 : f32[68,64] @ models/lib/nn.yaml:83:15
%1479 = matmul %1478, %1477 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%1480 = add %1094, %1479 : f32[64,16] @ models/lib/nn.yaml:83:15
%1481 = reshape %1476 : f32[68,16] @ models/lib/nn.yaml:96:46
%1482 = matmul %1417, %1481 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%1483 = reshape %1482 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1484 = reshape %1483 : f32[16] @ models/lib/nn.yaml:96:46
%1485 = add %1096, %1484 : f32[16] @ models/lib/nn.yaml:96:46
%1486 = mul %1476, %491 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1487 = mul %1476, %490 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1488 = reshape %1487 : f32[68,16] @ models/lib/nn.yaml:96:37
%1489 = matmul %1417, %1488 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%1490 = reshape %1489 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1491 = reshape %1490 : f32[16] @ models/lib/nn.yaml:96:37
%1492 = add %1100, %1491 : f32[16] @ models/lib/nn.yaml:96:37
%1493 = mul %1486, %489 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1494 = mul %1486, %483 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1495 = reduce_sum %1494 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%1496 = mul %488, %488 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1497 = mul %488, %1496 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1498 = mul %1497, %1435 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1499 = mul %1495, %1498 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1500 = div %1499, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1501 = broadcast %1500 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%1502 = mul %1501, %483 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1503 = add %1493, %1502 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1504 = add %1503, %1502 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1505 = add %1447, %1504 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1506 = neg %1504 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1507 = reduce_sum %1506 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%1508 = div %1507, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1509 = broadcast %1508 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1510 = add %1505, %1509 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1511 = mul %1510, %477 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%1512 = div %1511, %469 : f32[4,17,16] @ models/lib/nn.yaml:50:38
%1513 = reshape %1512 : f32[68,16] @ models/lib/nn.yaml:84:18
%1514 = matmul %1417, %1513 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%1515 = reshape %1514 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1516 = reshape %1515 : f32[16] @ models/lib/nn.yaml:84:18
%1517 = add %1122, %1516 : f32[16] @ models/lib/nn.yaml:84:18
%1518 = matmul %1512, %27 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1519 = reshape %463 : f32[68,16] @ models/lib/nn.yaml:83:15
%1520 = reshape %1512 : f32[68,16] @ models/lib/nn.yaml:83:15
%1521 = matmul %1520, %1519 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%1522 = add %1126, %1521 : f32[16,16] @ models/lib/nn.yaml:83:15
%1523 = reshape %1518 : f32[4,17,2,8] @ models/lib/nn.yaml:57:16
%1524 = permute %1523 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/nn.yaml:56:13
%1525 = permute %440 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%1526 = reshape %1524 : f32[4,2,17,8,1] @ models/lib/nn.yaml:56:23
%1527 = broadcast %1526 : f32[4,2,17,8,17] @ models/lib/nn.yaml:56:23
%1528 = reshape %1525 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%1529 = broadcast %1528 : f32[4,2,17,8,17] @ models/lib/nn.yaml:56:23
%1530 = mul %1527, %1529 : f32[4,2,17,8,17] @ models/lib/nn.yaml:56:23
%1531 = reduce_sum %1530 axes=[3] keep=0 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1532 = permute %456 perm=[0,1,3,2] : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1533 = reshape %1532 : f32[4,2,17,17,1] @ models/lib/nn.yaml:56:23
%1534 = broadcast %1533 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%1535 = reshape %1524 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1536 = broadcast %1535 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%1537 = mul %1534, %1536 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%1538 = reduce_sum %1537 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%1539 = div %1531, %455 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%1540 = mul %1539, %456 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%1541 = neg %1540 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%1542 = reduce_sum %1541 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:18
%1543 = broadcast %1542 : f32[4,2,17,17] @ models/lib/nn.yaml:15:20
%1544 = add %1539, %1543 : f32[4,2,17,17] @ models/lib/nn.yaml:15:20
%1545 = mul %1544, %453 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%1546 = mul %1545, %133 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%1547 = reshape %1546 : f32[4,2,17,17,1] @ models/lib/nn.yaml:55:23
%1548 = broadcast %1547 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1549 = reshape %438 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%1550 = broadcast %1549 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1551 = mul %1548, %1550 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1552 = reduce_sum %1551 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%1553 = permute %1546 perm=[0,1,3,2] : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%1554 = reshape %1553 : f32[4,2,17,17,1] @ models/lib/nn.yaml:55:23
%1555 = broadcast %1554 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1556 = reshape %436 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%1557 = broadcast %1556 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1558 = mul %1555, %1557 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1559 = reduce_sum %1558 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%1560 = reshape %1538 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:40
%1561 = reshape %1559 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:34
%1562 = reshape %1552 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:28
%1563 = concat %1562, %1561, %1560 axis=0 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:28
%1564 = permute %1563 perm=[1,3,0,2,4] : f32[4,17,3,2,8] @ models/lib/nn.yaml:66:13
%1565 = reshape %1564 : f32[4,17,48] @ models/lib/nn.yaml:66:21
%1566 = reshape %1565 : f32[68,48] @ models/lib/nn.yaml:84:18
%1567 = matmul %1417, %1566 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%1568 = reshape %1567 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%1569 = reshape %1568 : f32[48] @ models/lib/nn.yaml:84:18
%1570 = add %1171, %1569 : f32[48] @ models/lib/nn.yaml:84:18
%1571 = matmul %1565, %25 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1572 = reshape %429 : f32[68,16] @ models/lib/nn.yaml:83:15
%1573 = reshape %1564 : f32[68,48] @ models/lib/nn.yaml:83:15
%1574 = matmul %1573, %1572 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%1575 = add %1175, %1574 : f32[48,16] @ models/lib/nn.yaml:83:15
%1576 = reshape %1571 : f32[68,16] @ models/lib/nn.yaml:96:46
%1577 = matmul %1417, %1576 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%1578 = reshape %1577 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1579 = reshape %1578 : f32[16] @ models/lib/nn.yaml:96:46
%1580 = add %1177, %1579 : f32[16] @ models/lib/nn.yaml:96:46
%1581 = mul %1571, %426 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1582 = mul %1571, %425 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1583 = reshape %1582 : f32[68,16] @ models/lib/nn.yaml:96:37
%1584 = matmul %1417, %1583 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%1585 = reshape %1584 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1586 = reshape %1585 : f32[16] @ models/lib/nn.yaml:96:37
%1587 = add %1181, %1586 : f32[16] @ models/lib/nn.yaml:96:37
%1588 = mul %1581, %424 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1589 = mul %1581, %418 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1590 = reduce_sum %1589 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%1591 = mul %423, %423 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1592 = mul %423, %1591 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1593 = mul %1592, %1435 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1594 = mul %1590, %1593 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1595 = div %1594, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1596 = broadcast %1595 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%1597 = mul %1596, %418 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1598 = add %1588, %1597 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1599 = add %1598, %1597 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1600 = add %1510, %1599 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1601 = neg %1599 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1602 = reduce_sum %1601 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%1603 = div %1602, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1604 = broadcast %1603 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1605 = add %1600, %1604 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1606 = reshape %1605 : f32[68,16] @ models/lib/nn.yaml:84:18
%1607 = matmul %1417, %1606 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%1608 = reshape %1607 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1609 = reshape %1608 : f32[16] @ models/lib/nn.yaml:84:18
%1610 = add %1201, %1609 : f32[16] @ models/lib/nn.yaml:84:18
%1611 = matmul %1605, %21 ta=0 tb=0 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%1612 = reshape %410 : f32[68,64] @ models/lib/nn.yaml:83:15
%1613 = reshape %1605 : f32[68,16] @ models/lib/nn.yaml:83:15
%1614 = matmul %1613, %1612 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%1615 = add %1205, %1614 : f32[16,64] @ models/lib/nn.yaml:83:15
%1616 = mul %1611, %409 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%1617 = mul %1611, %406 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%1618 = mul %407, %407 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1619 = neg %1618 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1620 = exp %1619 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1621 = mul %1620, %1465 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1622 = mul %1617, %1621 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1623 = mul %1622, %177 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%1624 = mul %1616, %174 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%1625 = add %1623, %1624 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%1626 = reshape %1625 : f32[68,64] @ models/lib/nn.yaml:84:18
%1627 = matmul %1417, %1626 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%1628 = reshape %1627 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%1629 = reshape %1628 : f32[64] @ models/lib/nn.yaml:84:18
%1630 = add %1217, %1629 : f32[64] @ models/lib/nn.yaml:84:18
%1631 = matmul %1625, %19 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1632 = reshape %402 : f32[68,16] @ models/lib/nn.yaml:83:15
%1633 = reshape %1625 : f32[68,64] @ models/lib/nn.yaml:83:15
%1634 = matmul %1633, %1632 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%1635 = add %1221, %1634 : f32[64,16] @ models/lib/nn.yaml:83:15
%1636 = reshape %1631 : f32[68,16] @ models/lib/nn.yaml:96:46
%1637 = matmul %1417, %1636 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%1638 = reshape %1637 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1639 = reshape %1638 : f32[16] @ models/lib/nn.yaml:96:46
%1640 = add %1223, %1639 : f32[16] @ models/lib/nn.yaml:96:46
%1641 = mul %1631, %399 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1642 = mul %1631, %398 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1643 = reshape %1642 : f32[68,16] @ models/lib/nn.yaml:96:37
%1644 = matmul %1417, %1643 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%1645 = reshape %1644 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1646 = reshape %1645 : f32[16] @ models/lib/nn.yaml:96:37
%1647 = add %1227, %1646 : f32[16] @ models/lib/nn.yaml:96:37
%1648 = mul %1641, %397 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1649 = mul %1641, %391 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1650 = reduce_sum %1649 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%1651 = mul %396, %396 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1652 = mul %396, %1651 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1653 = mul %1652, %1435 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1654 = mul %1650, %1653 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1655 = div %1654, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1656 = broadcast %1655 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%1657 = mul %1656, %391 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1658 = add %1648, %1657 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1659 = add %1658, %1657 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1660 = add %1605, %1659 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1661 = neg %1659 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1662 = reduce_sum %1661 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%1663 = div %1662, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1664 = broadcast %1663 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1665 = add %1660, %1664 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1666 = reshape %1665 : f32[68,16] @ models/lib/nn.yaml:84:18
%1667 = matmul %1417, %1666 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%1668 = reshape %1667 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1669 = reshape %1668 : f32[16] @ models/lib/nn.yaml:84:18
%1670 = add %1247, %1669 : f32[16] @ models/lib/nn.yaml:84:18
%1671 = matmul %1665, %15 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1672 = reshape %382 : f32[68,16] @ models/lib/nn.yaml:83:15
%1673 = reshape %1665 : f32[68,16] @ models/lib/nn.yaml:83:15
%1674 = matmul %1673, %1672 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%1675 = add %1251, %1674 : f32[16,16] @ models/lib/nn.yaml:83:15
%1676 = reshape %1671 : f32[4,17,2,8] @ models/lib/nn.yaml:57:16
%1677 = permute %1676 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/nn.yaml:56:13
%1678 = permute %359 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%1679 = reshape %1677 : f32[4,2,17,8,1] @ models/lib/nn.yaml:56:23
%1680 = broadcast %1679 : f32[4,2,17,8,17] @ models/lib/nn.yaml:56:23
%1681 = reshape %1678 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%1682 = broadcast %1681 : f32[4,2,17,8,17] @ models/lib/nn.yaml:56:23
%1683 = mul %1680, %1682 : f32[4,2,17,8,17] @ models/lib/nn.yaml:56:23
%1684 = reduce_sum %1683 axes=[3] keep=0 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1685 = permute %375 perm=[0,1,3,2] : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1686 = reshape %1685 : f32[4,2,17,17,1] @ models/lib/nn.yaml:56:23
%1687 = broadcast %1686 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%1688 = reshape %1677 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1689 = broadcast %1688 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%1690 = mul %1687, %1689 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%1691 = reduce_sum %1690 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%1692 = div %1684, %374 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%1693 = mul %1692, %375 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%1694 = neg %1693 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%1695 = reduce_sum %1694 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:18
%1696 = broadcast %1695 : f32[4,2,17,17] @ models/lib/nn.yaml:15:20
%1697 = add %1692, %1696 : f32[4,2,17,17] @ models/lib/nn.yaml:15:20
%1698 = mul %1697, %372 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%1699 = mul %1698, %133 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%1700 = reshape %1699 : f32[4,2,17,17,1] @ models/lib/nn.yaml:55:23
%1701 = broadcast %1700 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1702 = reshape %357 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%1703 = broadcast %1702 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1704 = mul %1701, %1703 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1705 = reduce_sum %1704 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%1706 = permute %1699 perm=[0,1,3,2] : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%1707 = reshape %1706 : f32[4,2,17,17,1] @ models/lib/nn.yaml:55:23
%1708 = broadcast %1707 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1709 = reshape %355 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%1710 = broadcast %1709 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1711 = mul %1708, %1710 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1712 = reduce_sum %1711 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%1713 = reshape %1691 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:40
%1714 = reshape %1712 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:34
%1715 = reshape %1705 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:28
%1716 = concat %1715, %1714, %1713 axis=0 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:28
%1717 = permute %1716 perm=[1,3,0,2,4] : f32[4,17,3,2,8] @ models/lib/nn.yaml:66:13
%1718 = reshape %1717 : f32[4,17,48] @ models/lib/nn.yaml:66:21
%1719 = reshape %1718 : f32[68,48] @ models/lib/nn.yaml:84:18
%1720 = matmul %1417, %1719 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%1721 = reshape %1720 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%1722 = reshape %1721 : f32[48] @ models/lib/nn.yaml:84:18
%1723 = add %1296, %1722 : f32[48] @ models/lib/nn.yaml:84:18
%1724 = matmul %1718, %13 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1725 = reshape %348 : f32[68,16] @ models/lib/nn.yaml:83:15
%1726 = reshape %1717 : f32[68,48] @ models/lib/nn.yaml:83:15
%1727 = matmul %1726, %1725 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%1728 = add %1300, %1727 : f32[48,16] @ models/lib/nn.yaml:83:15
%1729 = reshape %1724 : f32[68,16] @ models/lib/nn.yaml:96:46
%1730 = matmul %1417, %1729 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%1731 = reshape %1730 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1732 = reshape %1731 : f32[16] @ models/lib/nn.yaml:96:46
%1733 = add %1302, %1732 : f32[16] @ models/lib/nn.yaml:96:46
%1734 = mul %1724, %345 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1735 = mul %1724, %344 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1736 = reshape %1735 : f32[68,16] @ models/lib/nn.yaml:96:37
%1737 = matmul %1417, %1736 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%1738 = reshape %1737 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1739 = reshape %1738 : f32[16] @ models/lib/nn.yaml:96:37
%1740 = add %1306, %1739 : f32[16] @ models/lib/nn.yaml:96:37
%1741 = mul %1734, %343 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1742 = mul %1734, %337 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1743 = reduce_sum %1742 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%1744 = mul %342, %342 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1745 = mul %342, %1744 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1746 = mul %1745, %1435 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1747 = mul %1743, %1746 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1748 = div %1747, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1749 = broadcast %1748 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%1750 = mul %1749, %337 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1751 = add %1741, %1750 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1752 = add %1751, %1750 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1753 = add %1665, %1752 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1754 = neg %1752 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1755 = reduce_sum %1754 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%1756 = div %1755, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1757 = broadcast %1756 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1758 = add %1753, %1757 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1759 = reduce_sum %1758 axes=[0] keep=1 : f32[1,17,16] @ models/lib/vit.yaml:62:15
%1760 = add %1337, %1759 : f32[1,17,16] @ models/lib/vit.yaml:62:15
%1761 = slice %1758 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:61:13
%1762 = slice %1758 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:61:13
%1763 = reduce_sum %1761 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:61:20
%1764 = add %1340, %1763 : f32[1,1,16] @ models/lib/vit.yaml:61:20
%1765 = reduce_sum %1762 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%1766 = reshape %1765 : f32[16] @ models/lib/vit.yaml:17:71
%1767 = add %1342, %1766 : f32[16] @ models/lib/vit.yaml:17:71
%1768 = reshape %85 : f32[64,48] @ models/lib/vit.yaml:17:18
%1769 = reshape %1762 : f32[64,16] @ models/lib/vit.yaml:17:18
%1770 = matmul %1769, %1768 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%1771 = reshape %1770 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%1772 = add %1346, %1771 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%1773 = all_reduce_sum %1764 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1774 = reshape %1773 : f32[16] @ models/lib/vit.yaml:47:7
%1775 = mul %1774, %1774 : f32[16] @ models/lib/vit.yaml:47:7
%1776 = reduce_sum %1775 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:47:7
%1777 = sqrt %1776 : f32[] @ models/lib/vit.yaml:47:7
%1778 = cast %1777 : f64[] @ models/lib/vit.yaml:47:7
%1779 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:47:7
%1780 = add %1778, %1779 : f64[] @ models/lib/vit.yaml:47:7
%1781 = const data=[3] : f64[] @ models/lib/vit.yaml:47:7
%1782 = div %1781, %1780 : f64[] @ models/lib/vit.yaml:47:7
%1783 = const data=[1] : f64[] @ models/lib/vit.yaml:47:7
%1784 = lt %1782, %1783 : bool[] @ models/lib/vit.yaml:47:7
%1785 = cast %1782 : f32[] @ models/lib/vit.yaml:47:7
%1786 = broadcast %1785 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1787 = mul %1773, %1786 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1788 = broadcast %1784 : bool[1,1,16] @ models/lib/vit.yaml:47:7
%1789 = select %1788, %1787, %1773 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1790 = state name="adam_m.backbone.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1791 = state name="adam_v.backbone.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1792 = state name="adam_t.backbone.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:47:7
%1793 = const data=[1] : i64[] @ models/lib/vit.yaml:47:7
%1794 = add %1792, %1793 : i64[] @ models/lib/vit.yaml:47:7
%1795 = mul %931, %932 : f64[] @ models/lib/vit.yaml:47:7
%1796 = sub %1783, %1795 : f64[] @ models/lib/vit.yaml:47:7
%1797 = cast %1796 : f32[] @ models/lib/vit.yaml:47:7
%1798 = broadcast %1797 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1799 = mul %7, %1798 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1800 = broadcast %826 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1801 = mul %1789, %1800 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1802 = const data=[0.9] : f64[] @ models/lib/vit.yaml:47:7
%1803 = broadcast %468 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1804 = mul %1790, %1803 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1805 = add %1804, %1801 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1806 = mul %1789, %1789 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1807 = const data=[0.001] : f32[] @ models/lib/vit.yaml:47:7
%1808 = broadcast %1807 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1809 = mul %1806, %1808 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1810 = const data=[0.999] : f64[] @ models/lib/vit.yaml:47:7
%1811 = const data=[0.999] : f32[] @ models/lib/vit.yaml:47:7
%1812 = broadcast %1811 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1813 = mul %1791, %1812 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1814 = add %1813, %1809 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1815 = cast %1794 : f64[] @ models/lib/vit.yaml:47:7
%1816 = pow %1802, %1815 : f64[] @ models/lib/vit.yaml:47:7
%1817 = sub %1783, %1816 : f64[] @ models/lib/vit.yaml:47:7
%1818 = div %931, %1817 : f64[] @ models/lib/vit.yaml:47:7
%1819 = pow %1810, %1815 : f64[] @ models/lib/vit.yaml:47:7
%1820 = sub %1783, %1819 : f64[] @ models/lib/vit.yaml:47:7
%1821 = sqrt %1820 : f64[] @ models/lib/vit.yaml:47:7
%1822 = div %1783, %1821 : f64[] @ models/lib/vit.yaml:47:7
%1823 = sqrt %1814 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1824 = cast %1822 : f32[] @ models/lib/vit.yaml:47:7
%1825 = broadcast %1824 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1826 = mul %1823, %1825 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1827 = const data=[1e-08] : f32[] @ models/lib/vit.yaml:47:7
%1828 = broadcast %1827 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1829 = add %1826, %1828 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1830 = div %1805, %1829 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1831 = cast %1818 : f32[] @ models/lib/vit.yaml:47:7
%1832 = broadcast %1831 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1833 = mul %1830, %1832 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1834 = sub %1799, %1833 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1835 = assign %7, %1834 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1836 = assign %1790, %1805 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1837 = assign %1791, %1814 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1838 = assign %1792, %1794 : i64[] @ models/lib/vit.yaml:47:7
%1839 = cast %933 : f32[] @ models/lib/vit.yaml:47:7
%1840 = broadcast %1839 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1841 = mul %45, %1840 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1842 = sub %1783, %933 : f64[] @ models/lib/vit.yaml:47:7
%1843 = cast %1842 : f32[] @ models/lib/vit.yaml:47:7
%1844 = broadcast %1843 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1845 = mul %1834, %1844 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1846 = add %1841, %1845 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1847 = assign %45, %1846 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1848 = all_reduce_sum %1760 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1849 = reshape %1848 : f32[272] @ models/lib/vit.yaml:48:7
%1850 = mul %1849, %1849 : f32[272] @ models/lib/vit.yaml:48:7
%1851 = reduce_sum %1850 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:48:7
%1852 = sqrt %1851 : f32[] @ models/lib/vit.yaml:48:7
%1853 = cast %1852 : f64[] @ models/lib/vit.yaml:48:7
%1854 = add %1853, %1779 : f64[] @ models/lib/vit.yaml:48:7
%1855 = div %1781, %1854 : f64[] @ models/lib/vit.yaml:48:7
%1856 = lt %1855, %1783 : bool[] @ models/lib/vit.yaml:48:7
%1857 = cast %1855 : f32[] @ models/lib/vit.yaml:48:7
%1858 = broadcast %1857 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1859 = mul %1848, %1858 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1860 = broadcast %1856 : bool[1,17,16] @ models/lib/vit.yaml:48:7
%1861 = select %1860, %1859, %1848 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1862 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1863 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1864 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%1865 = add %1864, %1793 : i64[] @ models/lib/vit.yaml:48:7
%1866 = broadcast %1797 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1867 = mul %8, %1866 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1868 = broadcast %826 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1869 = mul %1861, %1868 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1870 = broadcast %468 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1871 = mul %1862, %1870 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1872 = add %1871, %1869 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1873 = mul %1861, %1861 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1874 = broadcast %1807 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1875 = mul %1873, %1874 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1876 = broadcast %1811 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1877 = mul %1863, %1876 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1878 = add %1877, %1875 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1879 = cast %1865 : f64[] @ models/lib/vit.yaml:48:7
%1880 = pow %1802, %1879 : f64[] @ models/lib/vit.yaml:48:7
%1881 = sub %1783, %1880 : f64[] @ models/lib/vit.yaml:48:7
%1882 = div %931, %1881 : f64[] @ models/lib/vit.yaml:48:7
%1883 = pow %1810, %1879 : f64[] @ models/lib/vit.yaml:48:7
%1884 = sub %1783, %1883 : f64[] @ models/lib/vit.yaml:48:7
%1885 = sqrt %1884 : f64[] @ models/lib/vit.yaml:48:7
%1886 = div %1783, %1885 : f64[] @ models/lib/vit.yaml:48:7
%1887 = sqrt %1878 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1888 = cast %1886 : f32[] @ models/lib/vit.yaml:48:7
%1889 = broadcast %1888 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1890 = mul %1887, %1889 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1891 = broadcast %1827 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1892 = add %1890, %1891 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1893 = div %1872, %1892 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1894 = cast %1882 : f32[] @ models/lib/vit.yaml:48:7
%1895 = broadcast %1894 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1896 = mul %1893, %1895 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1897 = sub %1867, %1896 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1898 = assign %8, %1897 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1899 = assign %1862, %1872 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1900 = assign %1863, %1878 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1901 = assign %1864, %1865 : i64[] @ models/lib/vit.yaml:48:7
%1902 = broadcast %1839 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1903 = mul %46, %1902 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1904 = broadcast %1843 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1905 = mul %1897, %1904 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1906 = add %1903, %1905 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1907 = assign %46, %1906 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%1908 = all_reduce_sum %1772 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1909 = reshape %1908 : f32[768] @ models/lib/vit.yaml:9:7
%1910 = mul %1909, %1909 : f32[768] @ models/lib/vit.yaml:9:7
%1911 = reduce_sum %1910 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:9:7
%1912 = sqrt %1911 : f32[] @ models/lib/vit.yaml:9:7
%1913 = cast %1912 : f64[] @ models/lib/vit.yaml:9:7
%1914 = add %1913, %1779 : f64[] @ models/lib/vit.yaml:9:7
%1915 = div %1781, %1914 : f64[] @ models/lib/vit.yaml:9:7
%1916 = lt %1915, %1783 : bool[] @ models/lib/vit.yaml:9:7
%1917 = cast %1915 : f32[] @ models/lib/vit.yaml:9:7
%1918 = broadcast %1917 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1919 = mul %1908, %1918 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1920 = broadcast %1916 : bool[16,3,4,4] @ models/lib/vit.yaml:9:7
%1921 = select %1920, %1919, %1908 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1922 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1923 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1924 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%1925 = add %1924, %1793 : i64[] @ models/lib/vit.yaml:9:7
%1926 = broadcast %1797 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1927 = mul %9, %1926 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1928 = broadcast %826 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1929 = mul %1921, %1928 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1930 = broadcast %468 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1931 = mul %1922, %1930 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1932 = add %1931, %1929 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1933 = mul %1921, %1921 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1934 = broadcast %1807 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1935 = mul %1933, %1934 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1936 = broadcast %1811 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1937 = mul %1923, %1936 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1938 = add %1937, %1935 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1939 = cast %1925 : f64[] @ models/lib/vit.yaml:9:7
%1940 = pow %1802, %1939 : f64[] @ models/lib/vit.yaml:9:7
%1941 = sub %1783, %1940 : f64[] @ models/lib/vit.yaml:9:7
%1942 = div %931, %1941 : f64[] @ models/lib/vit.yaml:9:7
%1943 = pow %1810, %1939 : f64[] @ models/lib/vit.yaml:9:7
%1944 = sub %1783, %1943 : f64[] @ models/lib/vit.yaml:9:7
%1945 = sqrt %1944 : f64[] @ models/lib/vit.yaml:9:7
%1946 = div %1783, %1945 : f64[] @ models/lib/vit.yaml:9:7
%1947 = sqrt %1938 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1948 = cast %1946 : f32[] @ models/lib/vit.yaml:9:7
%1949 = broadcast %1948 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1950 = mul %1947, %1949 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1951 = broadcast %1827 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1952 = add %1950, %1951 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1953 = div %1932, %1952 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1954 = cast %1942 : f32[] @ models/lib/vit.yaml:9:7
%1955 = broadcast %1954 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1956 = mul %1953, %1955 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1957 = sub %1927, %1956 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1958 = assign %9, %1957 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1959 = assign %1922, %1932 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1960 = assign %1923, %1938 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1961 = assign %1924, %1925 : i64[] @ models/lib/vit.yaml:9:7
%1962 = broadcast %1839 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1963 = mul %47, %1962 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1964 = broadcast %1843 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1965 = mul %1957, %1964 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1966 = add %1963, %1965 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1967 = assign %47, %1966 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%1968 = all_reduce_sum %1767 : f32[16] @ models/lib/vit.yaml:10:7
%1969 = mul %1968, %1968 : f32[16] @ models/lib/vit.yaml:10:7
%1970 = reduce_sum %1969 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:10:7
%1971 = sqrt %1970 : f32[] @ models/lib/vit.yaml:10:7
%1972 = cast %1971 : f64[] @ models/lib/vit.yaml:10:7
%1973 = add %1972, %1779 : f64[] @ models/lib/vit.yaml:10:7
%1974 = div %1781, %1973 : f64[] @ models/lib/vit.yaml:10:7
%1975 = lt %1974, %1783 : bool[] @ models/lib/vit.yaml:10:7
%1976 = cast %1974 : f32[] @ models/lib/vit.yaml:10:7
%1977 = broadcast %1976 : f32[16] @ models/lib/vit.yaml:10:7
%1978 = mul %1968, %1977 : f32[16] @ models/lib/vit.yaml:10:7
%1979 = broadcast %1975 : bool[16] @ models/lib/vit.yaml:10:7
%1980 = select %1979, %1978, %1968 : f32[16] @ models/lib/vit.yaml:10:7
%1981 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%1982 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%1983 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%1984 = add %1983, %1793 : i64[] @ models/lib/vit.yaml:10:7
%1985 = broadcast %826 : f32[16] @ models/lib/vit.yaml:10:7
%1986 = mul %1980, %1985 : f32[16] @ models/lib/vit.yaml:10:7
%1987 = broadcast %468 : f32[16] @ models/lib/vit.yaml:10:7
%1988 = mul %1981, %1987 : f32[16] @ models/lib/vit.yaml:10:7
%1989 = add %1988, %1986 : f32[16] @ models/lib/vit.yaml:10:7
%1990 = mul %1980, %1980 : f32[16] @ models/lib/vit.yaml:10:7
%1991 = broadcast %1807 : f32[16] @ models/lib/vit.yaml:10:7
%1992 = mul %1990, %1991 : f32[16] @ models/lib/vit.yaml:10:7
%1993 = broadcast %1811 : f32[16] @ models/lib/vit.yaml:10:7
%1994 = mul %1982, %1993 : f32[16] @ models/lib/vit.yaml:10:7
%1995 = add %1994, %1992 : f32[16] @ models/lib/vit.yaml:10:7
%1996 = cast %1984 : f64[] @ models/lib/vit.yaml:10:7
%1997 = pow %1802, %1996 : f64[] @ models/lib/vit.yaml:10:7
%1998 = sub %1783, %1997 : f64[] @ models/lib/vit.yaml:10:7
%1999 = div %931, %1998 : f64[] @ models/lib/vit.yaml:10:7
%2000 = pow %1810, %1996 : f64[] @ models/lib/vit.yaml:10:7
%2001 = sub %1783, %2000 : f64[] @ models/lib/vit.yaml:10:7
%2002 = sqrt %2001 : f64[] @ models/lib/vit.yaml:10:7
%2003 = div %1783, %2002 : f64[] @ models/lib/vit.yaml:10:7
%2004 = sqrt %1995 : f32[16] @ models/lib/vit.yaml:10:7
%2005 = cast %2003 : f32[] @ models/lib/vit.yaml:10:7
%2006 = broadcast %2005 : f32[16] @ models/lib/vit.yaml:10:7
%2007 = mul %2004, %2006 : f32[16] @ models/lib/vit.yaml:10:7
%2008 = broadcast %1827 : f32[16] @ models/lib/vit.yaml:10:7
%2009 = add %2007, %2008 : f32[16] @ models/lib/vit.yaml:10:7
%2010 = div %1989, %2009 : f32[16] @ models/lib/vit.yaml:10:7
%2011 = cast %1999 : f32[] @ models/lib/vit.yaml:10:7
%2012 = broadcast %2011 : f32[16] @ models/lib/vit.yaml:10:7
%2013 = mul %2010, %2012 : f32[16] @ models/lib/vit.yaml:10:7
%2014 = sub %10, %2013 : f32[16] @ models/lib/vit.yaml:10:7
%2015 = assign %10, %2014 : f32[16] @ models/lib/vit.yaml:10:7
%2016 = assign %1981, %1989 : f32[16] @ models/lib/vit.yaml:10:7
%2017 = assign %1982, %1995 : f32[16] @ models/lib/vit.yaml:10:7
%2018 = assign %1983, %1984 : i64[] @ models/lib/vit.yaml:10:7
%2019 = broadcast %1839 : f32[16] @ models/lib/vit.yaml:10:7
%2020 = mul %48, %2019 : f32[16] @ models/lib/vit.yaml:10:7
%2021 = broadcast %1843 : f32[16] @ models/lib/vit.yaml:10:7
%2022 = mul %2014, %2021 : f32[16] @ models/lib/vit.yaml:10:7
%2023 = add %2020, %2022 : f32[16] @ models/lib/vit.yaml:10:7
%2024 = assign %48, %2023 : f32[16] @ models/lib/vit.yaml:10:7
%2025 = all_reduce_sum %1740 : f32[16] @ models/lib/nn.yaml:89:7
%2026 = mul %2025, %2025 : f32[16] @ models/lib/nn.yaml:89:7
%2027 = reduce_sum %2026 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%2028 = sqrt %2027 : f32[] @ models/lib/nn.yaml:89:7
%2029 = cast %2028 : f64[] @ models/lib/nn.yaml:89:7
%2030 = add %2029, %1779 : f64[] @ models/lib/nn.yaml:89:7
%2031 = div %1781, %2030 : f64[] @ models/lib/nn.yaml:89:7
%2032 = lt %2031, %1783 : bool[] @ models/lib/nn.yaml:89:7
%2033 = cast %2031 : f32[] @ models/lib/nn.yaml:89:7
%2034 = broadcast %2033 : f32[16] @ models/lib/nn.yaml:89:7
%2035 = mul %2025, %2034 : f32[16] @ models/lib/nn.yaml:89:7
%2036 = broadcast %2032 : bool[16] @ models/lib/nn.yaml:89:7
%2037 = select %2036, %2035, %2025 : f32[16] @ models/lib/nn.yaml:89:7
%2038 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%2039 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%2040 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%2041 = add %2040, %1793 : i64[] @ models/lib/nn.yaml:89:7
%2042 = mul %2037, %1985 : f32[16] @ models/lib/nn.yaml:89:7
%2043 = mul %2038, %1987 : f32[16] @ models/lib/nn.yaml:89:7
%2044 = add %2043, %2042 : f32[16] @ models/lib/nn.yaml:89:7
%2045 = mul %2037, %2037 : f32[16] @ models/lib/nn.yaml:89:7
%2046 = mul %2045, %1991 : f32[16] @ models/lib/nn.yaml:89:7
%2047 = mul %2039, %1993 : f32[16] @ models/lib/nn.yaml:89:7
%2048 = add %2047, %2046 : f32[16] @ models/lib/nn.yaml:89:7
%2049 = cast %2041 : f64[] @ models/lib/nn.yaml:89:7
%2050 = pow %1802, %2049 : f64[] @ models/lib/nn.yaml:89:7
%2051 = sub %1783, %2050 : f64[] @ models/lib/nn.yaml:89:7
%2052 = div %931, %2051 : f64[] @ models/lib/nn.yaml:89:7
%2053 = pow %1810, %2049 : f64[] @ models/lib/nn.yaml:89:7
%2054 = sub %1783, %2053 : f64[] @ models/lib/nn.yaml:89:7
%2055 = sqrt %2054 : f64[] @ models/lib/nn.yaml:89:7
%2056 = div %1783, %2055 : f64[] @ models/lib/nn.yaml:89:7
%2057 = sqrt %2048 : f32[16] @ models/lib/nn.yaml:89:7
%2058 = cast %2056 : f32[] @ models/lib/nn.yaml:89:7
%2059 = broadcast %2058 : f32[16] @ models/lib/nn.yaml:89:7
%2060 = mul %2057, %2059 : f32[16] @ models/lib/nn.yaml:89:7
%2061 = add %2060, %2008 : f32[16] @ models/lib/nn.yaml:89:7
%2062 = div %2044, %2061 : f32[16] @ models/lib/nn.yaml:89:7
%2063 = cast %2052 : f32[] @ models/lib/nn.yaml:89:7
%2064 = broadcast %2063 : f32[16] @ models/lib/nn.yaml:89:7
%2065 = mul %2062, %2064 : f32[16] @ models/lib/nn.yaml:89:7
%2066 = sub %11, %2065 : f32[16] @ models/lib/nn.yaml:89:7
%2067 = assign %11, %2066 : f32[16] @ models/lib/nn.yaml:89:7
%2068 = assign %2038, %2044 : f32[16] @ models/lib/nn.yaml:89:7
%2069 = assign %2039, %2048 : f32[16] @ models/lib/nn.yaml:89:7
%2070 = assign %2040, %2041 : i64[] @ models/lib/nn.yaml:89:7
%2071 = mul %49, %2019 : f32[16] @ models/lib/nn.yaml:89:7
%2072 = mul %2066, %2021 : f32[16] @ models/lib/nn.yaml:89:7
%2073 = add %2071, %2072 : f32[16] @ models/lib/nn.yaml:89:7
%2074 = assign %49, %2073 : f32[16] @ models/lib/nn.yaml:89:7
%2075 = all_reduce_sum %1733 : f32[16] @ models/lib/nn.yaml:90:7
%2076 = mul %2075, %2075 : f32[16] @ models/lib/nn.yaml:90:7
%2077 = reduce_sum %2076 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%2078 = sqrt %2077 : f32[] @ models/lib/nn.yaml:90:7
%2079 = cast %2078 : f64[] @ models/lib/nn.yaml:90:7
%2080 = add %2079, %1779 : f64[] @ models/lib/nn.yaml:90:7
%2081 = div %1781, %2080 : f64[] @ models/lib/nn.yaml:90:7
%2082 = lt %2081, %1783 : bool[] @ models/lib/nn.yaml:90:7
%2083 = cast %2081 : f32[] @ models/lib/nn.yaml:90:7
%2084 = broadcast %2083 : f32[16] @ models/lib/nn.yaml:90:7
%2085 = mul %2075, %2084 : f32[16] @ models/lib/nn.yaml:90:7
%2086 = broadcast %2082 : bool[16] @ models/lib/nn.yaml:90:7
%2087 = select %2086, %2085, %2075 : f32[16] @ models/lib/nn.yaml:90:7
%2088 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%2089 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%2090 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%2091 = add %2090, %1793 : i64[] @ models/lib/nn.yaml:90:7
%2092 = mul %2087, %1985 : f32[16] @ models/lib/nn.yaml:90:7
%2093 = mul %2088, %1987 : f32[16] @ models/lib/nn.yaml:90:7
%2094 = add %2093, %2092 : f32[16] @ models/lib/nn.yaml:90:7
%2095 = mul %2087, %2087 : f32[16] @ models/lib/nn.yaml:90:7
%2096 = mul %2095, %1991 : f32[16] @ models/lib/nn.yaml:90:7
%2097 = mul %2089, %1993 : f32[16] @ models/lib/nn.yaml:90:7
%2098 = add %2097, %2096 : f32[16] @ models/lib/nn.yaml:90:7
%2099 = cast %2091 : f64[] @ models/lib/nn.yaml:90:7
%2100 = pow %1802, %2099 : f64[] @ models/lib/nn.yaml:90:7
%2101 = sub %1783, %2100 : f64[] @ models/lib/nn.yaml:90:7
%2102 = div %931, %2101 : f64[] @ models/lib/nn.yaml:90:7
%2103 = pow %1810, %2099 : f64[] @ models/lib/nn.yaml:90:7
%2104 = sub %1783, %2103 : f64[] @ models/lib/nn.yaml:90:7
%2105 = sqrt %2104 : f64[] @ models/lib/nn.yaml:90:7
%2106 = div %1783, %2105 : f64[] @ models/lib/nn.yaml:90:7
%2107 = sqrt %2098 : f32[16] @ models/lib/nn.yaml:90:7
%2108 = cast %2106 : f32[] @ models/lib/nn.yaml:90:7
%2109 = broadcast %2108 : f32[16] @ models/lib/nn.yaml:90:7
%2110 = mul %2107, %2109 : f32[16] @ models/lib/nn.yaml:90:7
%2111 = add %2110, %2008 : f32[16] @ models/lib/nn.yaml:90:7
%2112 = div %2094, %2111 : f32[16] @ models/lib/nn.yaml:90:7
%2113 = cast %2102 : f32[] @ models/lib/nn.yaml:90:7
%2114 = broadcast %2113 : f32[16] @ models/lib/nn.yaml:90:7
%2115 = mul %2112, %2114 : f32[16] @ models/lib/nn.yaml:90:7
%2116 = sub %12, %2115 : f32[16] @ models/lib/nn.yaml:90:7
%2117 = assign %12, %2116 : f32[16] @ models/lib/nn.yaml:90:7
%2118 = assign %2088, %2094 : f32[16] @ models/lib/nn.yaml:90:7
%2119 = assign %2089, %2098 : f32[16] @ models/lib/nn.yaml:90:7
%2120 = assign %2090, %2091 : i64[] @ models/lib/nn.yaml:90:7
%2121 = mul %50, %2019 : f32[16] @ models/lib/nn.yaml:90:7
%2122 = mul %2116, %2021 : f32[16] @ models/lib/nn.yaml:90:7
%2123 = add %2121, %2122 : f32[16] @ models/lib/nn.yaml:90:7
%2124 = assign %50, %2123 : f32[16] @ models/lib/nn.yaml:90:7
%2125 = all_reduce_sum %1728 : f32[48,16] @ models/lib/nn.yaml:79:7
%2126 = reshape %2125 : f32[768] @ models/lib/nn.yaml:79:7
%2127 = mul %2126, %2126 : f32[768] @ models/lib/nn.yaml:79:7
%2128 = reduce_sum %2127 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%2129 = sqrt %2128 : f32[] @ models/lib/nn.yaml:79:7
%2130 = cast %2129 : f64[] @ models/lib/nn.yaml:79:7
%2131 = add %2130, %1779 : f64[] @ models/lib/nn.yaml:79:7
%2132 = div %1781, %2131 : f64[] @ models/lib/nn.yaml:79:7
%2133 = lt %2132, %1783 : bool[] @ models/lib/nn.yaml:79:7
%2134 = cast %2132 : f32[] @ models/lib/nn.yaml:79:7
%2135 = broadcast %2134 : f32[48,16] @ models/lib/nn.yaml:79:7
%2136 = mul %2125, %2135 : f32[48,16] @ models/lib/nn.yaml:79:7
%2137 = broadcast %2133 : bool[48,16] @ models/lib/nn.yaml:79:7
%2138 = select %2137, %2136, %2125 : f32[48,16] @ models/lib/nn.yaml:79:7
%2139 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%2140 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%2141 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%2142 = add %2141, %1793 : i64[] @ models/lib/nn.yaml:79:7
%2143 = broadcast %1797 : f32[48,16] @ models/lib/nn.yaml:79:7
%2144 = mul %13, %2143 : f32[48,16] @ models/lib/nn.yaml:79:7
%2145 = broadcast %826 : f32[48,16] @ models/lib/nn.yaml:79:7
%2146 = mul %2138, %2145 : f32[48,16] @ models/lib/nn.yaml:79:7
%2147 = broadcast %468 : f32[48,16] @ models/lib/nn.yaml:79:7
%2148 = mul %2139, %2147 : f32[48,16] @ models/lib/nn.yaml:79:7
%2149 = add %2148, %2146 : f32[48,16] @ models/lib/nn.yaml:79:7
%2150 = mul %2138, %2138 : f32[48,16] @ models/lib/nn.yaml:79:7
%2151 = broadcast %1807 : f32[48,16] @ models/lib/nn.yaml:79:7
%2152 = mul %2150, %2151 : f32[48,16] @ models/lib/nn.yaml:79:7
%2153 = broadcast %1811 : f32[48,16] @ models/lib/nn.yaml:79:7
%2154 = mul %2140, %2153 : f32[48,16] @ models/lib/nn.yaml:79:7
%2155 = add %2154, %2152 : f32[48,16] @ models/lib/nn.yaml:79:7
%2156 = cast %2142 : f64[] @ models/lib/nn.yaml:79:7
%2157 = pow %1802, %2156 : f64[] @ models/lib/nn.yaml:79:7
%2158 = sub %1783, %2157 : f64[] @ models/lib/nn.yaml:79:7
%2159 = div %931, %2158 : f64[] @ models/lib/nn.yaml:79:7
%2160 = pow %1810, %2156 : f64[] @ models/lib/nn.yaml:79:7
%2161 = sub %1783, %2160 : f64[] @ models/lib/nn.yaml:79:7
%2162 = sqrt %2161 : f64[] @ models/lib/nn.yaml:79:7
%2163 = div %1783, %2162 : f64[] @ models/lib/nn.yaml:79:7
%2164 = sqrt %2155 : f32[48,16] @ models/lib/nn.yaml:79:7
%2165 = cast %2163 : f32[] @ models/lib/nn.yaml:79:7
%2166 = broadcast %2165 : f32[48,16] @ models/lib/nn.yaml:79:7
%2167 = mul %2164, %2166 : f32[48,16] @ models/lib/nn.yaml:79:7
%2168 = broadcast %1827 : f32[48,16] @ models/lib/nn.yaml:79:7
%2169 = add %2167, %2168 : f32[48,16] @ models/lib/nn.yaml:79:7
%2170 = div %2149, %2169 : f32[48,16] @ models/lib/nn.yaml:79:7
%2171 = cast %2159 : f32[] @ models/lib/nn.yaml:79:7
%2172 = broadcast %2171 : f32[48,16] @ models/lib/nn.yaml:79:7
%2173 = mul %2170, %2172 : f32[48,16] @ models/lib/nn.yaml:79:7
%2174 = sub %2144, %2173 : f32[48,16] @ models/lib/nn.yaml:79:7
%2175 = assign %13, %2174 : f32[48,16] @ models/lib/nn.yaml:79:7
%2176 = assign %2139, %2149 : f32[48,16] @ models/lib/nn.yaml:79:7
%2177 = assign %2140, %2155 : f32[48,16] @ models/lib/nn.yaml:79:7
%2178 = assign %2141, %2142 : i64[] @ models/lib/nn.yaml:79:7
%2179 = broadcast %1839 : f32[48,16] @ models/lib/nn.yaml:79:7
%2180 = mul %51, %2179 : f32[48,16] @ models/lib/nn.yaml:79:7
%2181 = broadcast %1843 : f32[48,16] @ models/lib/nn.yaml:79:7
%2182 = mul %2174, %2181 : f32[48,16] @ models/lib/nn.yaml:79:7
%2183 = add %2180, %2182 : f32[48,16] @ models/lib/nn.yaml:79:7
%2184 = assign %51, %2183 : f32[48,16] @ models/lib/nn.yaml:79:7
%2185 = all_reduce_sum %1723 : f32[48] @ models/lib/nn.yaml:80:7
%2186 = mul %2185, %2185 : f32[48] @ models/lib/nn.yaml:80:7
%2187 = reduce_sum %2186 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%2188 = sqrt %2187 : f32[] @ models/lib/nn.yaml:80:7
%2189 = cast %2188 : f64[] @ models/lib/nn.yaml:80:7
%2190 = add %2189, %1779 : f64[] @ models/lib/nn.yaml:80:7
%2191 = div %1781, %2190 : f64[] @ models/lib/nn.yaml:80:7
%2192 = lt %2191, %1783 : bool[] @ models/lib/nn.yaml:80:7
%2193 = cast %2191 : f32[] @ models/lib/nn.yaml:80:7
%2194 = broadcast %2193 : f32[48] @ models/lib/nn.yaml:80:7
%2195 = mul %2185, %2194 : f32[48] @ models/lib/nn.yaml:80:7
%2196 = broadcast %2192 : bool[48] @ models/lib/nn.yaml:80:7
%2197 = select %2196, %2195, %2185 : f32[48] @ models/lib/nn.yaml:80:7
%2198 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%2199 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%2200 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%2201 = add %2200, %1793 : i64[] @ models/lib/nn.yaml:80:7
%2202 = broadcast %826 : f32[48] @ models/lib/nn.yaml:80:7
%2203 = mul %2197, %2202 : f32[48] @ models/lib/nn.yaml:80:7
%2204 = broadcast %468 : f32[48] @ models/lib/nn.yaml:80:7
%2205 = mul %2198, %2204 : f32[48] @ models/lib/nn.yaml:80:7
%2206 = add %2205, %2203 : f32[48] @ models/lib/nn.yaml:80:7
%2207 = mul %2197, %2197 : f32[48] @ models/lib/nn.yaml:80:7
%2208 = broadcast %1807 : f32[48] @ models/lib/nn.yaml:80:7
%2209 = mul %2207, %2208 : f32[48] @ models/lib/nn.yaml:80:7
%2210 = broadcast %1811 : f32[48] @ models/lib/nn.yaml:80:7
%2211 = mul %2199, %2210 : f32[48] @ models/lib/nn.yaml:80:7
%2212 = add %2211, %2209 : f32[48] @ models/lib/nn.yaml:80:7
%2213 = cast %2201 : f64[] @ models/lib/nn.yaml:80:7
%2214 = pow %1802, %2213 : f64[] @ models/lib/nn.yaml:80:7
%2215 = sub %1783, %2214 : f64[] @ models/lib/nn.yaml:80:7
%2216 = div %931, %2215 : f64[] @ models/lib/nn.yaml:80:7
%2217 = pow %1810, %2213 : f64[] @ models/lib/nn.yaml:80:7
%2218 = sub %1783, %2217 : f64[] @ models/lib/nn.yaml:80:7
%2219 = sqrt %2218 : f64[] @ models/lib/nn.yaml:80:7
%2220 = div %1783, %2219 : f64[] @ models/lib/nn.yaml:80:7
%2221 = sqrt %2212 : f32[48] @ models/lib/nn.yaml:80:7
%2222 = cast %2220 : f32[] @ models/lib/nn.yaml:80:7
%2223 = broadcast %2222 : f32[48] @ models/lib/nn.yaml:80:7
%2224 = mul %2221, %2223 : f32[48] @ models/lib/nn.yaml:80:7
%2225 = broadcast %1827 : f32[48] @ models/lib/nn.yaml:80:7
%2226 = add %2224, %2225 : f32[48] @ models/lib/nn.yaml:80:7
%2227 = div %2206, %2226 : f32[48] @ models/lib/nn.yaml:80:7
%2228 = cast %2216 : f32[] @ models/lib/nn.yaml:80:7
%2229 = broadcast %2228 : f32[48] @ models/lib/nn.yaml:80:7
%2230 = mul %2227, %2229 : f32[48] @ models/lib/nn.yaml:80:7
%2231 = sub %14, %2230 : f32[48] @ models/lib/nn.yaml:80:7
%2232 = assign %14, %2231 : f32[48] @ models/lib/nn.yaml:80:7
%2233 = assign %2198, %2206 : f32[48] @ models/lib/nn.yaml:80:7
%2234 = assign %2199, %2212 : f32[48] @ models/lib/nn.yaml:80:7
%2235 = assign %2200, %2201 : i64[] @ models/lib/nn.yaml:80:7
%2236 = broadcast %1839 : f32[48] @ models/lib/nn.yaml:80:7
%2237 = mul %52, %2236 : f32[48] @ models/lib/nn.yaml:80:7
%2238 = broadcast %1843 : f32[48] @ models/lib/nn.yaml:80:7
%2239 = mul %2231, %2238 : f32[48] @ models/lib/nn.yaml:80:7
%2240 = add %2237, %2239 : f32[48] @ models/lib/nn.yaml:80:7
%2241 = assign %52, %2240 : f32[48] @ models/lib/nn.yaml:80:7
%2242 = all_reduce_sum %1675 : f32[16,16] @ models/lib/nn.yaml:79:7
%2243 = reshape %2242 : f32[256] @ models/lib/nn.yaml:79:7
%2244 = mul %2243, %2243 : f32[256] @ models/lib/nn.yaml:79:7
%2245 = reduce_sum %2244 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%2246 = sqrt %2245 : f32[] @ models/lib/nn.yaml:79:7
%2247 = cast %2246 : f64[] @ models/lib/nn.yaml:79:7
%2248 = add %2247, %1779 : f64[] @ models/lib/nn.yaml:79:7
%2249 = div %1781, %2248 : f64[] @ models/lib/nn.yaml:79:7
%2250 = lt %2249, %1783 : bool[] @ models/lib/nn.yaml:79:7
%2251 = cast %2249 : f32[] @ models/lib/nn.yaml:79:7
%2252 = broadcast %2251 : f32[16,16] @ models/lib/nn.yaml:79:7
%2253 = mul %2242, %2252 : f32[16,16] @ models/lib/nn.yaml:79:7
%2254 = broadcast %2250 : bool[16,16] @ models/lib/nn.yaml:79:7
%2255 = select %2254, %2253, %2242 : f32[16,16] @ models/lib/nn.yaml:79:7
%2256 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%2257 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%2258 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%2259 = add %2258, %1793 : i64[] @ models/lib/nn.yaml:79:7
%2260 = broadcast %1797 : f32[16,16] @ models/lib/nn.yaml:79:7
%2261 = mul %15, %2260 : f32[16,16] @ models/lib/nn.yaml:79:7
%2262 = broadcast %826 : f32[16,16] @ models/lib/nn.yaml:79:7
%2263 = mul %2255, %2262 : f32[16,16] @ models/lib/nn.yaml:79:7
%2264 = broadcast %468 : f32[16,16] @ models/lib/nn.yaml:79:7
%2265 = mul %2256, %2264 : f32[16,16] @ models/lib/nn.yaml:79:7
%2266 = add %2265, %2263 : f32[16,16] @ models/lib/nn.yaml:79:7
%2267 = mul %2255, %2255 : f32[16,16] @ models/lib/nn.yaml:79:7
%2268 = broadcast %1807 : f32[16,16] @ models/lib/nn.yaml:79:7
%2269 = mul %2267, %2268 : f32[16,16] @ models/lib/nn.yaml:79:7
%2270 = broadcast %1811 : f32[16,16] @ models/lib/nn.yaml:79:7
%2271 = mul %2257, %2270 : f32[16,16] @ models/lib/nn.yaml:79:7
%2272 = add %2271, %2269 : f32[16,16] @ models/lib/nn.yaml:79:7
%2273 = cast %2259 : f64[] @ models/lib/nn.yaml:79:7
%2274 = pow %1802, %2273 : f64[] @ models/lib/nn.yaml:79:7
%2275 = sub %1783, %2274 : f64[] @ models/lib/nn.yaml:79:7
%2276 = div %931, %2275 : f64[] @ models/lib/nn.yaml:79:7
%2277 = pow %1810, %2273 : f64[] @ models/lib/nn.yaml:79:7
%2278 = sub %1783, %2277 : f64[] @ models/lib/nn.yaml:79:7
%2279 = sqrt %2278 : f64[] @ models/lib/nn.yaml:79:7
%2280 = div %1783, %2279 : f64[] @ models/lib/nn.yaml:79:7
%2281 = sqrt %2272 : f32[16,16] @ models/lib/nn.yaml:79:7
%2282 = cast %2280 : f32[] @ models/lib/nn.yaml:79:7
%2283 = broadcast %2282 : f32[16,16] @ models/lib/nn.yaml:79:7
%2284 = mul %2281, %2283 : f32[16,16] @ models/lib/nn.yaml:79:7
%2285 = broadcast %1827 : f32[16,16] @ models/lib/nn.yaml:79:7
%2286 = add %2284, %2285 : f32[16,16] @ models/lib/nn.yaml:79:7
%2287 = div %2266, %2286 : f32[16,16] @ models/lib/nn.yaml:79:7
%2288 = cast %2276 : f32[] @ models/lib/nn.yaml:79:7
%2289 = broadcast %2288 : f32[16,16] @ models/lib/nn.yaml:79:7
%2290 = mul %2287, %2289 : f32[16,16] @ models/lib/nn.yaml:79:7
%2291 = sub %2261, %2290 : f32[16,16] @ models/lib/nn.yaml:79:7
%2292 = assign %15, %2291 : f32[16,16] @ models/lib/nn.yaml:79:7
%2293 = assign %2256, %2266 : f32[16,16] @ models/lib/nn.yaml:79:7
%2294 = assign %2257, %2272 : f32[16,16] @ models/lib/nn.yaml:79:7
%2295 = assign %2258, %2259 : i64[] @ models/lib/nn.yaml:79:7
%2296 = broadcast %1839 : f32[16,16] @ models/lib/nn.yaml:79:7
%2297 = mul %53, %2296 : f32[16,16] @ models/lib/nn.yaml:79:7
%2298 = broadcast %1843 : f32[16,16] @ models/lib/nn.yaml:79:7
%2299 = mul %2291, %2298 : f32[16,16] @ models/lib/nn.yaml:79:7
%2300 = add %2297, %2299 : f32[16,16] @ models/lib/nn.yaml:79:7
%2301 = assign %53, %2300 : f32[16,16] @ models/lib/nn.yaml:79:7
%2302 = all_reduce_sum %1670 : f32[16] @ models/lib/nn.yaml:80:7
%2303 = mul %2302, %2302 : f32[16] @ models/lib/nn.yaml:80:7
%2304 = reduce_sum %2303 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%2305 = sqrt %2304 : f32[] @ models/lib/nn.yaml:80:7
%2306 = cast %2305 : f64[] @ models/lib/nn.yaml:80:7
%2307 = add %2306, %1779 : f64[] @ models/lib/nn.yaml:80:7
%2308 = div %1781, %2307 : f64[] @ models/lib/nn.yaml:80:7
%2309 = lt %2308, %1783 : bool[] @ models/lib/nn.yaml:80:7
%2310 = cast %2308 : f32[] @ models/lib/nn.yaml:80:7
%2311 = broadcast %2310 : f32[16] @ models/lib/nn.yaml:80:7
%2312 = mul %2302, %2311 : f32[16] @ models/lib/nn.yaml:80:7
%2313 = broadcast %2309 : bool[16] @ models/lib/nn.yaml:80:7
%2314 = select %2313, %2312, %2302 : f32[16] @ models/lib/nn.yaml:80:7
%2315 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%2316 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%2317 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%2318 = add %2317, %1793 : i64[] @ models/lib/nn.yaml:80:7
%2319 = mul %2314, %1985 : f32[16] @ models/lib/nn.yaml:80:7
%2320 = mul %2315, %1987 : f32[16] @ models/lib/nn.yaml:80:7
%2321 = add %2320, %2319 : f32[16] @ models/lib/nn.yaml:80:7
%2322 = mul %2314, %2314 : f32[16] @ models/lib/nn.yaml:80:7
%2323 = mul %2322, %1991 : f32[16] @ models/lib/nn.yaml:80:7
%2324 = mul %2316, %1993 : f32[16] @ models/lib/nn.yaml:80:7
%2325 = add %2324, %2323 : f32[16] @ models/lib/nn.yaml:80:7
%2326 = cast %2318 : f64[] @ models/lib/nn.yaml:80:7
%2327 = pow %1802, %2326 : f64[] @ models/lib/nn.yaml:80:7
%2328 = sub %1783, %2327 : f64[] @ models/lib/nn.yaml:80:7
%2329 = div %931, %2328 : f64[] @ models/lib/nn.yaml:80:7
%2330 = pow %1810, %2326 : f64[] @ models/lib/nn.yaml:80:7
%2331 = sub %1783, %2330 : f64[] @ models/lib/nn.yaml:80:7
%2332 = sqrt %2331 : f64[] @ models/lib/nn.yaml:80:7
%2333 = div %1783, %2332 : f64[] @ models/lib/nn.yaml:80:7
%2334 = sqrt %2325 : f32[16] @ models/lib/nn.yaml:80:7
%2335 = cast %2333 : f32[] @ models/lib/nn.yaml:80:7
%2336 = broadcast %2335 : f32[16] @ models/lib/nn.yaml:80:7
%2337 = mul %2334, %2336 : f32[16] @ models/lib/nn.yaml:80:7
%2338 = add %2337, %2008 : f32[16] @ models/lib/nn.yaml:80:7
%2339 = div %2321, %2338 : f32[16] @ models/lib/nn.yaml:80:7
%2340 = cast %2329 : f32[] @ models/lib/nn.yaml:80:7
%2341 = broadcast %2340 : f32[16] @ models/lib/nn.yaml:80:7
%2342 = mul %2339, %2341 : f32[16] @ models/lib/nn.yaml:80:7
%2343 = sub %16, %2342 : f32[16] @ models/lib/nn.yaml:80:7
%2344 = assign %16, %2343 : f32[16] @ models/lib/nn.yaml:80:7
%2345 = assign %2315, %2321 : f32[16] @ models/lib/nn.yaml:80:7
%2346 = assign %2316, %2325 : f32[16] @ models/lib/nn.yaml:80:7
%2347 = assign %2317, %2318 : i64[] @ models/lib/nn.yaml:80:7
%2348 = mul %54, %2019 : f32[16] @ models/lib/nn.yaml:80:7
%2349 = mul %2343, %2021 : f32[16] @ models/lib/nn.yaml:80:7
%2350 = add %2348, %2349 : f32[16] @ models/lib/nn.yaml:80:7
%2351 = assign %54, %2350 : f32[16] @ models/lib/nn.yaml:80:7
%2352 = all_reduce_sum %1647 : f32[16] @ models/lib/nn.yaml:89:7
%2353 = mul %2352, %2352 : f32[16] @ models/lib/nn.yaml:89:7
%2354 = reduce_sum %2353 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%2355 = sqrt %2354 : f32[] @ models/lib/nn.yaml:89:7
%2356 = cast %2355 : f64[] @ models/lib/nn.yaml:89:7
%2357 = add %2356, %1779 : f64[] @ models/lib/nn.yaml:89:7
%2358 = div %1781, %2357 : f64[] @ models/lib/nn.yaml:89:7
%2359 = lt %2358, %1783 : bool[] @ models/lib/nn.yaml:89:7
%2360 = cast %2358 : f32[] @ models/lib/nn.yaml:89:7
%2361 = broadcast %2360 : f32[16] @ models/lib/nn.yaml:89:7
%2362 = mul %2352, %2361 : f32[16] @ models/lib/nn.yaml:89:7
%2363 = broadcast %2359 : bool[16] @ models/lib/nn.yaml:89:7
%2364 = select %2363, %2362, %2352 : f32[16] @ models/lib/nn.yaml:89:7
%2365 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%2366 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%2367 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%2368 = add %2367, %1793 : i64[] @ models/lib/nn.yaml:89:7
%2369 = mul %2364, %1985 : f32[16] @ models/lib/nn.yaml:89:7
%2370 = mul %2365, %1987 : f32[16] @ models/lib/nn.yaml:89:7
%2371 = add %2370, %2369 : f32[16] @ models/lib/nn.yaml:89:7
%2372 = mul %2364, %2364 : f32[16] @ models/lib/nn.yaml:89:7
%2373 = mul %2372, %1991 : f32[16] @ models/lib/nn.yaml:89:7
%2374 = mul %2366, %1993 : f32[16] @ models/lib/nn.yaml:89:7
%2375 = add %2374, %2373 : f32[16] @ models/lib/nn.yaml:89:7
%2376 = cast %2368 : f64[] @ models/lib/nn.yaml:89:7
%2377 = pow %1802, %2376 : f64[] @ models/lib/nn.yaml:89:7
%2378 = sub %1783, %2377 : f64[] @ models/lib/nn.yaml:89:7
%2379 = div %931, %2378 : f64[] @ models/lib/nn.yaml:89:7
%2380 = pow %1810, %2376 : f64[] @ models/lib/nn.yaml:89:7
%2381 = sub %1783, %2380 : f64[] @ models/lib/nn.yaml:89:7
%2382 = sqrt %2381 : f64[] @ models/lib/nn.yaml:89:7
%2383 = div %1783, %2382 : f64[] @ models/lib/nn.yaml:89:7
%2384 = sqrt %2375 : f32[16] @ models/lib/nn.yaml:89:7
%2385 = cast %2383 : f32[] @ models/lib/nn.yaml:89:7
%2386 = broadcast %2385 : f32[16] @ models/lib/nn.yaml:89:7
%2387 = mul %2384, %2386 : f32[16] @ models/lib/nn.yaml:89:7
%2388 = add %2387, %2008 : f32[16] @ models/lib/nn.yaml:89:7
%2389 = div %2371, %2388 : f32[16] @ models/lib/nn.yaml:89:7
%2390 = cast %2379 : f32[] @ models/lib/nn.yaml:89:7
%2391 = broadcast %2390 : f32[16] @ models/lib/nn.yaml:89:7
%2392 = mul %2389, %2391 : f32[16] @ models/lib/nn.yaml:89:7
%2393 = sub %17, %2392 : f32[16] @ models/lib/nn.yaml:89:7
%2394 = assign %17, %2393 : f32[16] @ models/lib/nn.yaml:89:7
%2395 = assign %2365, %2371 : f32[16] @ models/lib/nn.yaml:89:7
%2396 = assign %2366, %2375 : f32[16] @ models/lib/nn.yaml:89:7
%2397 = assign %2367, %2368 : i64[] @ models/lib/nn.yaml:89:7
%2398 = mul %55, %2019 : f32[16] @ models/lib/nn.yaml:89:7
%2399 = mul %2393, %2021 : f32[16] @ models/lib/nn.yaml:89:7
%2400 = add %2398, %2399 : f32[16] @ models/lib/nn.yaml:89:7
%2401 = assign %55, %2400 : f32[16] @ models/lib/nn.yaml:89:7
%2402 = all_reduce_sum %1640 : f32[16] @ models/lib/nn.yaml:90:7
%2403 = mul %2402, %2402 : f32[16] @ models/lib/nn.yaml:90:7
%2404 = reduce_sum %2403 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%2405 = sqrt %2404 : f32[] @ models/lib/nn.yaml:90:7
%2406 = cast %2405 : f64[] @ models/lib/nn.yaml:90:7
%2407 = add %2406, %1779 : f64[] @ models/lib/nn.yaml:90:7
%2408 = div %1781, %2407 : f64[] @ models/lib/nn.yaml:90:7
%2409 = lt %2408, %1783 : bool[] @ models/lib/nn.yaml:90:7
%2410 = cast %2408 : f32[] @ models/lib/nn.yaml:90:7
%2411 = broadcast %2410 : f32[16] @ models/lib/nn.yaml:90:7
%2412 = mul %2402, %2411 : f32[16] @ models/lib/nn.yaml:90:7
%2413 = broadcast %2409 : bool[16] @ models/lib/nn.yaml:90:7
%2414 = select %2413, %2412, %2402 : f32[16] @ models/lib/nn.yaml:90:7
%2415 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%2416 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%2417 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%2418 = add %2417, %1793 : i64[] @ models/lib/nn.yaml:90:7
%2419 = mul %2414, %1985 : f32[16] @ models/lib/nn.yaml:90:7
%2420 = mul %2415, %1987 : f32[16] @ models/lib/nn.yaml:90:7
%2421 = add %2420, %2419 : f32[16] @ models/lib/nn.yaml:90:7
%2422 = mul %2414, %2414 : f32[16] @ models/lib/nn.yaml:90:7
%2423 = mul %2422, %1991 : f32[16] @ models/lib/nn.yaml:90:7
%2424 = mul %2416, %1993 : f32[16] @ models/lib/nn.yaml:90:7
%2425 = add %2424, %2423 : f32[16] @ models/lib/nn.yaml:90:7
%2426 = cast %2418 : f64[] @ models/lib/nn.yaml:90:7
%2427 = pow %1802, %2426 : f64[] @ models/lib/nn.yaml:90:7
%2428 = sub %1783, %2427 : f64[] @ models/lib/nn.yaml:90:7
%2429 = div %931, %2428 : f64[] @ models/lib/nn.yaml:90:7
%2430 = pow %1810, %2426 : f64[] @ models/lib/nn.yaml:90:7
%2431 = sub %1783, %2430 : f64[] @ models/lib/nn.yaml:90:7
%2432 = sqrt %2431 : f64[] @ models/lib/nn.yaml:90:7
%2433 = div %1783, %2432 : f64[] @ models/lib/nn.yaml:90:7
%2434 = sqrt %2425 : f32[16] @ models/lib/nn.yaml:90:7
%2435 = cast %2433 : f32[] @ models/lib/nn.yaml:90:7
%2436 = broadcast %2435 : f32[16] @ models/lib/nn.yaml:90:7
%2437 = mul %2434, %2436 : f32[16] @ models/lib/nn.yaml:90:7
%2438 = add %2437, %2008 : f32[16] @ models/lib/nn.yaml:90:7
%2439 = div %2421, %2438 : f32[16] @ models/lib/nn.yaml:90:7
%2440 = cast %2429 : f32[] @ models/lib/nn.yaml:90:7
%2441 = broadcast %2440 : f32[16] @ models/lib/nn.yaml:90:7
%2442 = mul %2439, %2441 : f32[16] @ models/lib/nn.yaml:90:7
%2443 = sub %18, %2442 : f32[16] @ models/lib/nn.yaml:90:7
%2444 = assign %18, %2443 : f32[16] @ models/lib/nn.yaml:90:7
%2445 = assign %2415, %2421 : f32[16] @ models/lib/nn.yaml:90:7
%2446 = assign %2416, %2425 : f32[16] @ models/lib/nn.yaml:90:7
%2447 = assign %2417, %2418 : i64[] @ models/lib/nn.yaml:90:7
%2448 = mul %56, %2019 : f32[16] @ models/lib/nn.yaml:90:7
%2449 = mul %2443, %2021 : f32[16] @ models/lib/nn.yaml:90:7
%2450 = add %2448, %2449 : f32[16] @ models/lib/nn.yaml:90:7
%2451 = assign %56, %2450 : f32[16] @ models/lib/nn.yaml:90:7
%2452 = all_reduce_sum %1635 : f32[64,16] @ models/lib/nn.yaml:79:7
%2453 = reshape %2452 : f32[1024] @ models/lib/nn.yaml:79:7
%2454 = mul %2453, %2453 : f32[1024] @ models/lib/nn.yaml:79:7
%2455 = reduce_sum %2454 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%2456 = sqrt %2455 : f32[] @ models/lib/nn.yaml:79:7
%2457 = cast %2456 : f64[] @ models/lib/nn.yaml:79:7
%2458 = add %2457, %1779 : f64[] @ models/lib/nn.yaml:79:7
%2459 = div %1781, %2458 : f64[] @ models/lib/nn.yaml:79:7
%2460 = lt %2459, %1783 : bool[] @ models/lib/nn.yaml:79:7
%2461 = cast %2459 : f32[] @ models/lib/nn.yaml:79:7
%2462 = broadcast %2461 : f32[64,16] @ models/lib/nn.yaml:79:7
%2463 = mul %2452, %2462 : f32[64,16] @ models/lib/nn.yaml:79:7
%2464 = broadcast %2460 : bool[64,16] @ models/lib/nn.yaml:79:7
%2465 = select %2464, %2463, %2452 : f32[64,16] @ models/lib/nn.yaml:79:7
%2466 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%2467 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%2468 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%2469 = add %2468, %1793 : i64[] @ models/lib/nn.yaml:79:7
%2470 = broadcast %1797 : f32[64,16] @ models/lib/nn.yaml:79:7
%2471 = mul %19, %2470 : f32[64,16] @ models/lib/nn.yaml:79:7
%2472 = broadcast %826 : f32[64,16] @ models/lib/nn.yaml:79:7
%2473 = mul %2465, %2472 : f32[64,16] @ models/lib/nn.yaml:79:7
%2474 = broadcast %468 : f32[64,16] @ models/lib/nn.yaml:79:7
%2475 = mul %2466, %2474 : f32[64,16] @ models/lib/nn.yaml:79:7
%2476 = add %2475, %2473 : f32[64,16] @ models/lib/nn.yaml:79:7
%2477 = mul %2465, %2465 : f32[64,16] @ models/lib/nn.yaml:79:7
%2478 = broadcast %1807 : f32[64,16] @ models/lib/nn.yaml:79:7
%2479 = mul %2477, %2478 : f32[64,16] @ models/lib/nn.yaml:79:7
%2480 = broadcast %1811 : f32[64,16] @ models/lib/nn.yaml:79:7
%2481 = mul %2467, %2480 : f32[64,16] @ models/lib/nn.yaml:79:7
%2482 = add %2481, %2479 : f32[64,16] @ models/lib/nn.yaml:79:7
%2483 = cast %2469 : f64[] @ models/lib/nn.yaml:79:7
%2484 = pow %1802, %2483 : f64[] @ models/lib/nn.yaml:79:7
%2485 = sub %1783, %2484 : f64[] @ models/lib/nn.yaml:79:7
%2486 = div %931, %2485 : f64[] @ models/lib/nn.yaml:79:7
%2487 = pow %1810, %2483 : f64[] @ models/lib/nn.yaml:79:7
%2488 = sub %1783, %2487 : f64[] @ models/lib/nn.yaml:79:7
%2489 = sqrt %2488 : f64[] @ models/lib/nn.yaml:79:7
%2490 = div %1783, %2489 : f64[] @ models/lib/nn.yaml:79:7
%2491 = sqrt %2482 : f32[64,16] @ models/lib/nn.yaml:79:7
%2492 = cast %2490 : f32[] @ models/lib/nn.yaml:79:7
%2493 = broadcast %2492 : f32[64,16] @ models/lib/nn.yaml:79:7
%2494 = mul %2491, %2493 : f32[64,16] @ models/lib/nn.yaml:79:7
%2495 = broadcast %1827 : f32[64,16] @ models/lib/nn.yaml:79:7
%2496 = add %2494, %2495 : f32[64,16] @ models/lib/nn.yaml:79:7
%2497 = div %2476, %2496 : f32[64,16] @ models/lib/nn.yaml:79:7
%2498 = cast %2486 : f32[] @ models/lib/nn.yaml:79:7
%2499 = broadcast %2498 : f32[64,16] @ models/lib/nn.yaml:79:7
%2500 = mul %2497, %2499 : f32[64,16] @ models/lib/nn.yaml:79:7
%2501 = sub %2471, %2500 : f32[64,16] @ models/lib/nn.yaml:79:7
%2502 = assign %19, %2501 : f32[64,16] @ models/lib/nn.yaml:79:7
%2503 = assign %2466, %2476 : f32[64,16] @ models/lib/nn.yaml:79:7
%2504 = assign %2467, %2482 : f32[64,16] @ models/lib/nn.yaml:79:7
%2505 = assign %2468, %2469 : i64[] @ models/lib/nn.yaml:79:7
%2506 = broadcast %1839 : f32[64,16] @ models/lib/nn.yaml:79:7
%2507 = mul %57, %2506 : f32[64,16] @ models/lib/nn.yaml:79:7
%2508 = broadcast %1843 : f32[64,16] @ models/lib/nn.yaml:79:7
%2509 = mul %2501, %2508 : f32[64,16] @ models/lib/nn.yaml:79:7
%2510 = add %2507, %2509 : f32[64,16] @ models/lib/nn.yaml:79:7
%2511 = assign %57, %2510 : f32[64,16] @ models/lib/nn.yaml:79:7
%2512 = all_reduce_sum %1630 : f32[64] @ models/lib/nn.yaml:80:7
%2513 = mul %2512, %2512 : f32[64] @ models/lib/nn.yaml:80:7
%2514 = reduce_sum %2513 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%2515 = sqrt %2514 : f32[] @ models/lib/nn.yaml:80:7
%2516 = cast %2515 : f64[] @ models/lib/nn.yaml:80:7
%2517 = add %2516, %1779 : f64[] @ models/lib/nn.yaml:80:7
%2518 = div %1781, %2517 : f64[] @ models/lib/nn.yaml:80:7
%2519 = lt %2518, %1783 : bool[] @ models/lib/nn.yaml:80:7
%2520 = cast %2518 : f32[] @ models/lib/nn.yaml:80:7
%2521 = broadcast %2520 : f32[64] @ models/lib/nn.yaml:80:7
%2522 = mul %2512, %2521 : f32[64] @ models/lib/nn.yaml:80:7
%2523 = broadcast %2519 : bool[64] @ models/lib/nn.yaml:80:7
%2524 = select %2523, %2522, %2512 : f32[64] @ models/lib/nn.yaml:80:7
%2525 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%2526 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%2527 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%2528 = add %2527, %1793 : i64[] @ models/lib/nn.yaml:80:7
%2529 = broadcast %826 : f32[64] @ models/lib/nn.yaml:80:7
%2530 = mul %2524, %2529 : f32[64] @ models/lib/nn.yaml:80:7
%2531 = broadcast %468 : f32[64] @ models/lib/nn.yaml:80:7
%2532 = mul %2525, %2531 : f32[64] @ models/lib/nn.yaml:80:7
%2533 = add %2532, %2530 : f32[64] @ models/lib/nn.yaml:80:7
%2534 = mul %2524, %2524 : f32[64] @ models/lib/nn.yaml:80:7
%2535 = broadcast %1807 : f32[64] @ models/lib/nn.yaml:80:7
%2536 = mul %2534, %2535 : f32[64] @ models/lib/nn.yaml:80:7
%2537 = broadcast %1811 : f32[64] @ models/lib/nn.yaml:80:7
%2538 = mul %2526, %2537 : f32[64] @ models/lib/nn.yaml:80:7
%2539 = add %2538, %2536 : f32[64] @ models/lib/nn.yaml:80:7
%2540 = cast %2528 : f64[] @ models/lib/nn.yaml:80:7
%2541 = pow %1802, %2540 : f64[] @ models/lib/nn.yaml:80:7
%2542 = sub %1783, %2541 : f64[] @ models/lib/nn.yaml:80:7
%2543 = div %931, %2542 : f64[] @ models/lib/nn.yaml:80:7
%2544 = pow %1810, %2540 : f64[] @ models/lib/nn.yaml:80:7
%2545 = sub %1783, %2544 : f64[] @ models/lib/nn.yaml:80:7
%2546 = sqrt %2545 : f64[] @ models/lib/nn.yaml:80:7
%2547 = div %1783, %2546 : f64[] @ models/lib/nn.yaml:80:7
%2548 = sqrt %2539 : f32[64] @ models/lib/nn.yaml:80:7
%2549 = cast %2547 : f32[] @ models/lib/nn.yaml:80:7
%2550 = broadcast %2549 : f32[64] @ models/lib/nn.yaml:80:7
%2551 = mul %2548, %2550 : f32[64] @ models/lib/nn.yaml:80:7
%2552 = broadcast %1827 : f32[64] @ models/lib/nn.yaml:80:7
%2553 = add %2551, %2552 : f32[64] @ models/lib/nn.yaml:80:7
%2554 = div %2533, %2553 : f32[64] @ models/lib/nn.yaml:80:7
%2555 = cast %2543 : f32[] @ models/lib/nn.yaml:80:7
%2556 = broadcast %2555 : f32[64] @ models/lib/nn.yaml:80:7
%2557 = mul %2554, %2556 : f32[64] @ models/lib/nn.yaml:80:7
%2558 = sub %20, %2557 : f32[64] @ models/lib/nn.yaml:80:7
%2559 = assign %20, %2558 : f32[64] @ models/lib/nn.yaml:80:7
%2560 = assign %2525, %2533 : f32[64] @ models/lib/nn.yaml:80:7
%2561 = assign %2526, %2539 : f32[64] @ models/lib/nn.yaml:80:7
%2562 = assign %2527, %2528 : i64[] @ models/lib/nn.yaml:80:7
%2563 = broadcast %1839 : f32[64] @ models/lib/nn.yaml:80:7
%2564 = mul %58, %2563 : f32[64] @ models/lib/nn.yaml:80:7
%2565 = broadcast %1843 : f32[64] @ models/lib/nn.yaml:80:7
%2566 = mul %2558, %2565 : f32[64] @ models/lib/nn.yaml:80:7
%2567 = add %2564, %2566 : f32[64] @ models/lib/nn.yaml:80:7
%2568 = assign %58, %2567 : f32[64] @ models/lib/nn.yaml:80:7
%2569 = all_reduce_sum %1615 : f32[16,64] @ models/lib/nn.yaml:79:7
%2570 = reshape %2569 : f32[1024] @ models/lib/nn.yaml:79:7
%2571 = mul %2570, %2570 : f32[1024] @ models/lib/nn.yaml:79:7
%2572 = reduce_sum %2571 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%2573 = sqrt %2572 : f32[] @ models/lib/nn.yaml:79:7
%2574 = cast %2573 : f64[] @ models/lib/nn.yaml:79:7
%2575 = add %2574, %1779 : f64[] @ models/lib/nn.yaml:79:7
%2576 = div %1781, %2575 : f64[] @ models/lib/nn.yaml:79:7
%2577 = lt %2576, %1783 : bool[] @ models/lib/nn.yaml:79:7
%2578 = cast %2576 : f32[] @ models/lib/nn.yaml:79:7
%2579 = broadcast %2578 : f32[16,64] @ models/lib/nn.yaml:79:7
%2580 = mul %2569, %2579 : f32[16,64] @ models/lib/nn.yaml:79:7
%2581 = broadcast %2577 : bool[16,64] @ models/lib/nn.yaml:79:7
%2582 = select %2581, %2580, %2569 : f32[16,64] @ models/lib/nn.yaml:79:7
%2583 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%2584 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%2585 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%2586 = add %2585, %1793 : i64[] @ models/lib/nn.yaml:79:7
%2587 = broadcast %1797 : f32[16,64] @ models/lib/nn.yaml:79:7
%2588 = mul %21, %2587 : f32[16,64] @ models/lib/nn.yaml:79:7
%2589 = broadcast %826 : f32[16,64] @ models/lib/nn.yaml:79:7
%2590 = mul %2582, %2589 : f32[16,64] @ models/lib/nn.yaml:79:7
%2591 = broadcast %468 : f32[16,64] @ models/lib/nn.yaml:79:7
%2592 = mul %2583, %2591 : f32[16,64] @ models/lib/nn.yaml:79:7
%2593 = add %2592, %2590 : f32[16,64] @ models/lib/nn.yaml:79:7
%2594 = mul %2582, %2582 : f32[16,64] @ models/lib/nn.yaml:79:7
%2595 = broadcast %1807 : f32[16,64] @ models/lib/nn.yaml:79:7
%2596 = mul %2594, %2595 : f32[16,64] @ models/lib/nn.yaml:79:7
%2597 = broadcast %1811 : f32[16,64] @ models/lib/nn.yaml:79:7
%2598 = mul %2584, %2597 : f32[16,64] @ models/lib/nn.yaml:79:7
%2599 = add %2598, %2596 : f32[16,64] @ models/lib/nn.yaml:79:7
%2600 = cast %2586 : f64[] @ models/lib/nn.yaml:79:7
%2601 = pow %1802, %2600 : f64[] @ models/lib/nn.yaml:79:7
%2602 = sub %1783, %2601 : f64[] @ models/lib/nn.yaml:79:7
%2603 = div %931, %2602 : f64[] @ models/lib/nn.yaml:79:7
%2604 = pow %1810, %2600 : f64[] @ models/lib/nn.yaml:79:7
%2605 = sub %1783, %2604 : f64[] @ models/lib/nn.yaml:79:7
%2606 = sqrt %2605 : f64[] @ models/lib/nn.yaml:79:7
%2607 = div %1783, %2606 : f64[] @ models/lib/nn.yaml:79:7
%2608 = sqrt %2599 : f32[16,64] @ models/lib/nn.yaml:79:7
%2609 = cast %2607 : f32[] @ models/lib/nn.yaml:79:7
%2610 = broadcast %2609 : f32[16,64] @ models/lib/nn.yaml:79:7
%2611 = mul %2608, %2610 : f32[16,64] @ models/lib/nn.yaml:79:7
%2612 = broadcast %1827 : f32[16,64] @ models/lib/nn.yaml:79:7
%2613 = add %2611, %2612 : f32[16,64] @ models/lib/nn.yaml:79:7
%2614 = div %2593, %2613 : f32[16,64] @ models/lib/nn.yaml:79:7
%2615 = cast %2603 : f32[] @ models/lib/nn.yaml:79:7
%2616 = broadcast %2615 : f32[16,64] @ models/lib/nn.yaml:79:7
%2617 = mul %2614, %2616 : f32[16,64] @ models/lib/nn.yaml:79:7
%2618 = sub %2588, %2617 : f32[16,64] @ models/lib/nn.yaml:79:7
%2619 = assign %21, %2618 : f32[16,64] @ models/lib/nn.yaml:79:7
%2620 = assign %2583, %2593 : f32[16,64] @ models/lib/nn.yaml:79:7
%2621 = assign %2584, %2599 : f32[16,64] @ models/lib/nn.yaml:79:7
%2622 = assign %2585, %2586 : i64[] @ models/lib/nn.yaml:79:7
%2623 = broadcast %1839 : f32[16,64] @ models/lib/nn.yaml:79:7
%2624 = mul %59, %2623 : f32[16,64] @ models/lib/nn.yaml:79:7
%2625 = broadcast %1843 : f32[16,64] @ models/lib/nn.yaml:79:7
%2626 = mul %2618, %2625 : f32[16,64] @ models/lib/nn.yaml:79:7
%2627 = add %2624, %2626 : f32[16,64] @ models/lib/nn.yaml:79:7
%2628 = assign %59, %2627 : f32[16,64] @ models/lib/nn.yaml:79:7
%2629 = all_reduce_sum %1610 : f32[16] @ models/lib/nn.yaml:80:7
%2630 = mul %2629, %2629 : f32[16] @ models/lib/nn.yaml:80:7
%2631 = reduce_sum %2630 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%2632 = sqrt %2631 : f32[] @ models/lib/nn.yaml:80:7
%2633 = cast %2632 : f64[] @ models/lib/nn.yaml:80:7
%2634 = add %2633, %1779 : f64[] @ models/lib/nn.yaml:80:7
%2635 = div %1781, %2634 : f64[] @ models/lib/nn.yaml:80:7
%2636 = lt %2635, %1783 : bool[] @ models/lib/nn.yaml:80:7
%2637 = cast %2635 : f32[] @ models/lib/nn.yaml:80:7
%2638 = broadcast %2637 : f32[16] @ models/lib/nn.yaml:80:7
%2639 = mul %2629, %2638 : f32[16] @ models/lib/nn.yaml:80:7
%2640 = broadcast %2636 : bool[16] @ models/lib/nn.yaml:80:7
%2641 = select %2640, %2639, %2629 : f32[16] @ models/lib/nn.yaml:80:7
%2642 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%2643 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%2644 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%2645 = add %2644, %1793 : i64[] @ models/lib/nn.yaml:80:7
%2646 = mul %2641, %1985 : f32[16] @ models/lib/nn.yaml:80:7
%2647 = mul %2642, %1987 : f32[16] @ models/lib/nn.yaml:80:7
%2648 = add %2647, %2646 : f32[16] @ models/lib/nn.yaml:80:7
%2649 = mul %2641, %2641 : f32[16] @ models/lib/nn.yaml:80:7
%2650 = mul %2649, %1991 : f32[16] @ models/lib/nn.yaml:80:7
%2651 = mul %2643, %1993 : f32[16] @ models/lib/nn.yaml:80:7
%2652 = add %2651, %2650 : f32[16] @ models/lib/nn.yaml:80:7
%2653 = cast %2645 : f64[] @ models/lib/nn.yaml:80:7
%2654 = pow %1802, %2653 : f64[] @ models/lib/nn.yaml:80:7
%2655 = sub %1783, %2654 : f64[] @ models/lib/nn.yaml:80:7
%2656 = div %931, %2655 : f64[] @ models/lib/nn.yaml:80:7
%2657 = pow %1810, %2653 : f64[] @ models/lib/nn.yaml:80:7
%2658 = sub %1783, %2657 : f64[] @ models/lib/nn.yaml:80:7
%2659 = sqrt %2658 : f64[] @ models/lib/nn.yaml:80:7
%2660 = div %1783, %2659 : f64[] @ models/lib/nn.yaml:80:7
%2661 = sqrt %2652 : f32[16] @ models/lib/nn.yaml:80:7
%2662 = cast %2660 : f32[] @ models/lib/nn.yaml:80:7
%2663 = broadcast %2662 : f32[16] @ models/lib/nn.yaml:80:7
%2664 = mul %2661, %2663 : f32[16] @ models/lib/nn.yaml:80:7
%2665 = add %2664, %2008 : f32[16] @ models/lib/nn.yaml:80:7
%2666 = div %2648, %2665 : f32[16] @ models/lib/nn.yaml:80:7
%2667 = cast %2656 : f32[] @ models/lib/nn.yaml:80:7
%2668 = broadcast %2667 : f32[16] @ models/lib/nn.yaml:80:7
%2669 = mul %2666, %2668 : f32[16] @ models/lib/nn.yaml:80:7
%2670 = sub %22, %2669 : f32[16] @ models/lib/nn.yaml:80:7
%2671 = assign %22, %2670 : f32[16] @ models/lib/nn.yaml:80:7
%2672 = assign %2642, %2648 : f32[16] @ models/lib/nn.yaml:80:7
%2673 = assign %2643, %2652 : f32[16] @ models/lib/nn.yaml:80:7
%2674 = assign %2644, %2645 : i64[] @ models/lib/nn.yaml:80:7
%2675 = mul %60, %2019 : f32[16] @ models/lib/nn.yaml:80:7
%2676 = mul %2670, %2021 : f32[16] @ models/lib/nn.yaml:80:7
%2677 = add %2675, %2676 : f32[16] @ models/lib/nn.yaml:80:7
%2678 = assign %60, %2677 : f32[16] @ models/lib/nn.yaml:80:7
%2679 = all_reduce_sum %1587 : f32[16] @ models/lib/nn.yaml:89:7
%2680 = mul %2679, %2679 : f32[16] @ models/lib/nn.yaml:89:7
%2681 = reduce_sum %2680 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%2682 = sqrt %2681 : f32[] @ models/lib/nn.yaml:89:7
%2683 = cast %2682 : f64[] @ models/lib/nn.yaml:89:7
%2684 = add %2683, %1779 : f64[] @ models/lib/nn.yaml:89:7
%2685 = div %1781, %2684 : f64[] @ models/lib/nn.yaml:89:7
%2686 = lt %2685, %1783 : bool[] @ models/lib/nn.yaml:89:7
%2687 = cast %2685 : f32[] @ models/lib/nn.yaml:89:7
%2688 = broadcast %2687 : f32[16] @ models/lib/nn.yaml:89:7
%2689 = mul %2679, %2688 : f32[16] @ models/lib/nn.yaml:89:7
%2690 = broadcast %2686 : bool[16] @ models/lib/nn.yaml:89:7
%2691 = select %2690, %2689, %2679 : f32[16] @ models/lib/nn.yaml:89:7
%2692 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%2693 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%2694 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%2695 = add %2694, %1793 : i64[] @ models/lib/nn.yaml:89:7
%2696 = mul %2691, %1985 : f32[16] @ models/lib/nn.yaml:89:7
%2697 = mul %2692, %1987 : f32[16] @ models/lib/nn.yaml:89:7
%2698 = add %2697, %2696 : f32[16] @ models/lib/nn.yaml:89:7
%2699 = mul %2691, %2691 : f32[16] @ models/lib/nn.yaml:89:7
%2700 = mul %2699, %1991 : f32[16] @ models/lib/nn.yaml:89:7
%2701 = mul %2693, %1993 : f32[16] @ models/lib/nn.yaml:89:7
%2702 = add %2701, %2700 : f32[16] @ models/lib/nn.yaml:89:7
%2703 = cast %2695 : f64[] @ models/lib/nn.yaml:89:7
%2704 = pow %1802, %2703 : f64[] @ models/lib/nn.yaml:89:7
%2705 = sub %1783, %2704 : f64[] @ models/lib/nn.yaml:89:7
%2706 = div %931, %2705 : f64[] @ models/lib/nn.yaml:89:7
%2707 = pow %1810, %2703 : f64[] @ models/lib/nn.yaml:89:7
%2708 = sub %1783, %2707 : f64[] @ models/lib/nn.yaml:89:7
%2709 = sqrt %2708 : f64[] @ models/lib/nn.yaml:89:7
%2710 = div %1783, %2709 : f64[] @ models/lib/nn.yaml:89:7
%2711 = sqrt %2702 : f32[16] @ models/lib/nn.yaml:89:7
%2712 = cast %2710 : f32[] @ models/lib/nn.yaml:89:7
%2713 = broadcast %2712 : f32[16] @ models/lib/nn.yaml:89:7
%2714 = mul %2711, %2713 : f32[16] @ models/lib/nn.yaml:89:7
%2715 = add %2714, %2008 : f32[16] @ models/lib/nn.yaml:89:7
%2716 = div %2698, %2715 : f32[16] @ models/lib/nn.yaml:89:7
%2717 = cast %2706 : f32[] @ models/lib/nn.yaml:89:7
%2718 = broadcast %2717 : f32[16] @ models/lib/nn.yaml:89:7
%2719 = mul %2716, %2718 : f32[16] @ models/lib/nn.yaml:89:7
%2720 = sub %23, %2719 : f32[16] @ models/lib/nn.yaml:89:7
%2721 = assign %23, %2720 : f32[16] @ models/lib/nn.yaml:89:7
%2722 = assign %2692, %2698 : f32[16] @ models/lib/nn.yaml:89:7
%2723 = assign %2693, %2702 : f32[16] @ models/lib/nn.yaml:89:7
%2724 = assign %2694, %2695 : i64[] @ models/lib/nn.yaml:89:7
%2725 = mul %61, %2019 : f32[16] @ models/lib/nn.yaml:89:7
%2726 = mul %2720, %2021 : f32[16] @ models/lib/nn.yaml:89:7
%2727 = add %2725, %2726 : f32[16] @ models/lib/nn.yaml:89:7
%2728 = assign %61, %2727 : f32[16] @ models/lib/nn.yaml:89:7
%2729 = all_reduce_sum %1580 : f32[16] @ models/lib/nn.yaml:90:7
%2730 = mul %2729, %2729 : f32[16] @ models/lib/nn.yaml:90:7
%2731 = reduce_sum %2730 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%2732 = sqrt %2731 : f32[] @ models/lib/nn.yaml:90:7
%2733 = cast %2732 : f64[] @ models/lib/nn.yaml:90:7
%2734 = add %2733, %1779 : f64[] @ models/lib/nn.yaml:90:7
%2735 = div %1781, %2734 : f64[] @ models/lib/nn.yaml:90:7
%2736 = lt %2735, %1783 : bool[] @ models/lib/nn.yaml:90:7
%2737 = cast %2735 : f32[] @ models/lib/nn.yaml:90:7
%2738 = broadcast %2737 : f32[16] @ models/lib/nn.yaml:90:7
%2739 = mul %2729, %2738 : f32[16] @ models/lib/nn.yaml:90:7
%2740 = broadcast %2736 : bool[16] @ models/lib/nn.yaml:90:7
%2741 = select %2740, %2739, %2729 : f32[16] @ models/lib/nn.yaml:90:7
%2742 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%2743 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%2744 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%2745 = add %2744, %1793 : i64[] @ models/lib/nn.yaml:90:7
%2746 = mul %2741, %1985 : f32[16] @ models/lib/nn.yaml:90:7
%2747 = mul %2742, %1987 : f32[16] @ models/lib/nn.yaml:90:7
%2748 = add %2747, %2746 : f32[16] @ models/lib/nn.yaml:90:7
%2749 = mul %2741, %2741 : f32[16] @ models/lib/nn.yaml:90:7
%2750 = mul %2749, %1991 : f32[16] @ models/lib/nn.yaml:90:7
%2751 = mul %2743, %1993 : f32[16] @ models/lib/nn.yaml:90:7
%2752 = add %2751, %2750 : f32[16] @ models/lib/nn.yaml:90:7
%2753 = cast %2745 : f64[] @ models/lib/nn.yaml:90:7
%2754 = pow %1802, %2753 : f64[] @ models/lib/nn.yaml:90:7
%2755 = sub %1783, %2754 : f64[] @ models/lib/nn.yaml:90:7
%2756 = div %931, %2755 : f64[] @ models/lib/nn.yaml:90:7
%2757 = pow %1810, %2753 : f64[] @ models/lib/nn.yaml:90:7
%2758 = sub %1783, %2757 : f64[] @ models/lib/nn.yaml:90:7
%2759 = sqrt %2758 : f64[] @ models/lib/nn.yaml:90:7
%2760 = div %1783, %2759 : f64[] @ models/lib/nn.yaml:90:7
%2761 = sqrt %2752 : f32[16] @ models/lib/nn.yaml:90:7
%2762 = cast %2760 : f32[] @ models/lib/nn.yaml:90:7
%2763 = broadcast %2762 : f32[16] @ models/lib/nn.yaml:90:7
%2764 = mul %2761, %2763 : f32[16] @ models/lib/nn.yaml:90:7
%2765 = add %2764, %2008 : f32[16] @ models/lib/nn.yaml:90:7
%2766 = div %2748, %2765 : f32[16] @ models/lib/nn.yaml:90:7
%2767 = cast %2756 : f32[] @ models/lib/nn.yaml:90:7
%2768 = broadcast %2767 : f32[16] @ models/lib/nn.yaml:90:7
%2769 = mul %2766, %2768 : f32[16] @ models/lib/nn.yaml:90:7
%2770 = sub %24, %2769 : f32[16] @ models/lib/nn.yaml:90:7
%2771 = assign %24, %2770 : f32[16] @ models/lib/nn.yaml:90:7
%2772 = assign %2742, %2748 : f32[16] @ models/lib/nn.yaml:90:7
%2773 = assign %2743, %2752 : f32[16] @ models/lib/nn.yaml:90:7
%2774 = assign %2744, %2745 : i64[] @ models/lib/nn.yaml:90:7
%2775 = mul %62, %2019 : f32[16] @ models/lib/nn.yaml:90:7
%2776 = mul %2770, %2021 : f32[16] @ models/lib/nn.yaml:90:7
%2777 = add %2775, %2776 : f32[16] @ models/lib/nn.yaml:90:7
%2778 = assign %62, %2777 : f32[16] @ models/lib/nn.yaml:90:7
%2779 = all_reduce_sum %1575 : f32[48,16] @ models/lib/nn.yaml:79:7
%2780 = reshape %2779 : f32[768] @ models/lib/nn.yaml:79:7
%2781 = mul %2780, %2780 : f32[768] @ models/lib/nn.yaml:79:7
%2782 = reduce_sum %2781 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%2783 = sqrt %2782 : f32[] @ models/lib/nn.yaml:79:7
%2784 = cast %2783 : f64[] @ models/lib/nn.yaml:79:7
%2785 = add %2784, %1779 : f64[] @ models/lib/nn.yaml:79:7
%2786 = div %1781, %2785 : f64[] @ models/lib/nn.yaml:79:7
%2787 = lt %2786, %1783 : bool[] @ models/lib/nn.yaml:79:7
%2788 = cast %2786 : f32[] @ models/lib/nn.yaml:79:7
%2789 = broadcast %2788 : f32[48,16] @ models/lib/nn.yaml:79:7
%2790 = mul %2779, %2789 : f32[48,16] @ models/lib/nn.yaml:79:7
%2791 = broadcast %2787 : bool[48,16] @ models/lib/nn.yaml:79:7
%2792 = select %2791, %2790, %2779 : f32[48,16] @ models/lib/nn.yaml:79:7
%2793 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%2794 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%2795 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%2796 = add %2795, %1793 : i64[] @ models/lib/nn.yaml:79:7
%2797 = mul %25, %2143 : f32[48,16] @ models/lib/nn.yaml:79:7
%2798 = mul %2792, %2145 : f32[48,16] @ models/lib/nn.yaml:79:7
%2799 = mul %2793, %2147 : f32[48,16] @ models/lib/nn.yaml:79:7
%2800 = add %2799, %2798 : f32[48,16] @ models/lib/nn.yaml:79:7
%2801 = mul %2792, %2792 : f32[48,16] @ models/lib/nn.yaml:79:7
%2802 = mul %2801, %2151 : f32[48,16] @ models/lib/nn.yaml:79:7
%2803 = mul %2794, %2153 : f32[48,16] @ models/lib/nn.yaml:79:7
%2804 = add %2803, %2802 : f32[48,16] @ models/lib/nn.yaml:79:7
%2805 = cast %2796 : f64[] @ models/lib/nn.yaml:79:7
%2806 = pow %1802, %2805 : f64[] @ models/lib/nn.yaml:79:7
%2807 = sub %1783, %2806 : f64[] @ models/lib/nn.yaml:79:7
%2808 = div %931, %2807 : f64[] @ models/lib/nn.yaml:79:7
%2809 = pow %1810, %2805 : f64[] @ models/lib/nn.yaml:79:7
%2810 = sub %1783, %2809 : f64[] @ models/lib/nn.yaml:79:7
%2811 = sqrt %2810 : f64[] @ models/lib/nn.yaml:79:7
%2812 = div %1783, %2811 : f64[] @ models/lib/nn.yaml:79:7
%2813 = sqrt %2804 : f32[48,16] @ models/lib/nn.yaml:79:7
%2814 = cast %2812 : f32[] @ models/lib/nn.yaml:79:7
%2815 = broadcast %2814 : f32[48,16] @ models/lib/nn.yaml:79:7
%2816 = mul %2813, %2815 : f32[48,16] @ models/lib/nn.yaml:79:7
%2817 = add %2816, %2168 : f32[48,16] @ models/lib/nn.yaml:79:7
%2818 = div %2800, %2817 : f32[48,16] @ models/lib/nn.yaml:79:7
%2819 = cast %2808 : f32[] @ models/lib/nn.yaml:79:7
%2820 = broadcast %2819 : f32[48,16] @ models/lib/nn.yaml:79:7
%2821 = mul %2818, %2820 : f32[48,16] @ models/lib/nn.yaml:79:7
%2822 = sub %2797, %2821 : f32[48,16] @ models/lib/nn.yaml:79:7
%2823 = assign %25, %2822 : f32[48,16] @ models/lib/nn.yaml:79:7
%2824 = assign %2793, %2800 : f32[48,16] @ models/lib/nn.yaml:79:7
%2825 = assign %2794, %2804 : f32[48,16] @ models/lib/nn.yaml:79:7
%2826 = assign %2795, %2796 : i64[] @ models/lib/nn.yaml:79:7
%2827 = mul %63, %2179 : f32[48,16] @ models/lib/nn.yaml:79:7
%2828 = mul %2822, %2181 : f32[48,16] @ models/lib/nn.yaml:79:7
%2829 = add %2827, %2828 : f32[48,16] @ models/lib/nn.yaml:79:7
%2830 = assign %63, %2829 : f32[48,16] @ models/lib/nn.yaml:79:7
%2831 = all_reduce_sum %1570 : f32[48] @ models/lib/nn.yaml:80:7
%2832 = mul %2831, %2831 : f32[48] @ models/lib/nn.yaml:80:7
%2833 = reduce_sum %2832 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%2834 = sqrt %2833 : f32[] @ models/lib/nn.yaml:80:7
%2835 = cast %2834 : f64[] @ models/lib/nn.yaml:80:7
%2836 = add %2835, %1779 : f64[] @ models/lib/nn.yaml:80:7
%2837 = div %1781, %2836 : f64[] @ models/lib/nn.yaml:80:7
%2838 = lt %2837, %1783 : bool[] @ models/lib/nn.yaml:80:7
%2839 = cast %2837 : f32[] @ models/lib/nn.yaml:80:7
%2840 = broadcast %2839 : f32[48] @ models/lib/nn.yaml:80:7
%2841 = mul %2831, %2840 : f32[48] @ models/lib/nn.yaml:80:7
%2842 = broadcast %2838 : bool[48] @ models/lib/nn.yaml:80:7
%2843 = select %2842, %2841, %2831 : f32[48] @ models/lib/nn.yaml:80:7
%2844 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%2845 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%2846 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%2847 = add %2846, %1793 : i64[] @ models/lib/nn.yaml:80:7
%2848 = mul %2843, %2202 : f32[48] @ models/lib/nn.yaml:80:7
%2849 = mul %2844, %2204 : f32[48] @ models/lib/nn.yaml:80:7
%2850 = add %2849, %2848 : f32[48] @ models/lib/nn.yaml:80:7
%2851 = mul %2843, %2843 : f32[48] @ models/lib/nn.yaml:80:7
%2852 = mul %2851, %2208 : f32[48] @ models/lib/nn.yaml:80:7
%2853 = mul %2845, %2210 : f32[48] @ models/lib/nn.yaml:80:7
%2854 = add %2853, %2852 : f32[48] @ models/lib/nn.yaml:80:7
%2855 = cast %2847 : f64[] @ models/lib/nn.yaml:80:7
%2856 = pow %1802, %2855 : f64[] @ models/lib/nn.yaml:80:7
%2857 = sub %1783, %2856 : f64[] @ models/lib/nn.yaml:80:7
%2858 = div %931, %2857 : f64[] @ models/lib/nn.yaml:80:7
%2859 = pow %1810, %2855 : f64[] @ models/lib/nn.yaml:80:7
%2860 = sub %1783, %2859 : f64[] @ models/lib/nn.yaml:80:7
%2861 = sqrt %2860 : f64[] @ models/lib/nn.yaml:80:7
%2862 = div %1783, %2861 : f64[] @ models/lib/nn.yaml:80:7
%2863 = sqrt %2854 : f32[48] @ models/lib/nn.yaml:80:7
%2864 = cast %2862 : f32[] @ models/lib/nn.yaml:80:7
%2865 = broadcast %2864 : f32[48] @ models/lib/nn.yaml:80:7
%2866 = mul %2863, %2865 : f32[48] @ models/lib/nn.yaml:80:7
%2867 = add %2866, %2225 : f32[48] @ models/lib/nn.yaml:80:7
%2868 = div %2850, %2867 : f32[48] @ models/lib/nn.yaml:80:7
%2869 = cast %2858 : f32[] @ models/lib/nn.yaml:80:7
%2870 = broadcast %2869 : f32[48] @ models/lib/nn.yaml:80:7
%2871 = mul %2868, %2870 : f32[48] @ models/lib/nn.yaml:80:7
%2872 = sub %26, %2871 : f32[48] @ models/lib/nn.yaml:80:7
%2873 = assign %26, %2872 : f32[48] @ models/lib/nn.yaml:80:7
%2874 = assign %2844, %2850 : f32[48] @ models/lib/nn.yaml:80:7
%2875 = assign %2845, %2854 : f32[48] @ models/lib/nn.yaml:80:7
%2876 = assign %2846, %2847 : i64[] @ models/lib/nn.yaml:80:7
%2877 = mul %64, %2236 : f32[48] @ models/lib/nn.yaml:80:7
%2878 = mul %2872, %2238 : f32[48] @ models/lib/nn.yaml:80:7
%2879 = add %2877, %2878 : f32[48] @ models/lib/nn.yaml:80:7
%2880 = assign %64, %2879 : f32[48] @ models/lib/nn.yaml:80:7
%2881 = all_reduce_sum %1522 : f32[16,16] @ models/lib/nn.yaml:79:7
%2882 = reshape %2881 : f32[256] @ models/lib/nn.yaml:79:7
%2883 = mul %2882, %2882 : f32[256] @ models/lib/nn.yaml:79:7
%2884 = reduce_sum %2883 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%2885 = sqrt %2884 : f32[] @ models/lib/nn.yaml:79:7
%2886 = cast %2885 : f64[] @ models/lib/nn.yaml:79:7
%2887 = add %2886, %1779 : f64[] @ models/lib/nn.yaml:79:7
%2888 = div %1781, %2887 : f64[] @ models/lib/nn.yaml:79:7
%2889 = lt %2888, %1783 : bool[] @ models/lib/nn.yaml:79:7
%2890 = cast %2888 : f32[] @ models/lib/nn.yaml:79:7
%2891 = broadcast %2890 : f32[16,16] @ models/lib/nn.yaml:79:7
%2892 = mul %2881, %2891 : f32[16,16] @ models/lib/nn.yaml:79:7
%2893 = broadcast %2889 : bool[16,16] @ models/lib/nn.yaml:79:7
%2894 = select %2893, %2892, %2881 : f32[16,16] @ models/lib/nn.yaml:79:7
%2895 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%2896 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%2897 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%2898 = add %2897, %1793 : i64[] @ models/lib/nn.yaml:79:7
%2899 = mul %27, %2260 : f32[16,16] @ models/lib/nn.yaml:79:7
%2900 = mul %2894, %2262 : f32[16,16] @ models/lib/nn.yaml:79:7
%2901 = mul %2895, %2264 : f32[16,16] @ models/lib/nn.yaml:79:7
%2902 = add %2901, %2900 : f32[16,16] @ models/lib/nn.yaml:79:7
%2903 = mul %2894, %2894 : f32[16,16] @ models/lib/nn.yaml:79:7
%2904 = mul %2903, %2268 : f32[16,16] @ models/lib/nn.yaml:79:7
%2905 = mul %2896, %2270 : f32[16,16] @ models/lib/nn.yaml:79:7
%2906 = add %2905, %2904 : f32[16,16] @ models/lib/nn.yaml:79:7
%2907 = cast %2898 : f64[] @ models/lib/nn.yaml:79:7
%2908 = pow %1802, %2907 : f64[] @ models/lib/nn.yaml:79:7
%2909 = sub %1783, %2908 : f64[] @ models/lib/nn.yaml:79:7
%2910 = div %931, %2909 : f64[] @ models/lib/nn.yaml:79:7
%2911 = pow %1810, %2907 : f64[] @ models/lib/nn.yaml:79:7
%2912 = sub %1783, %2911 : f64[] @ models/lib/nn.yaml:79:7
%2913 = sqrt %2912 : f64[] @ models/lib/nn.yaml:79:7
%2914 = div %1783, %2913 : f64[] @ models/lib/nn.yaml:79:7
%2915 = sqrt %2906 : f32[16,16] @ models/lib/nn.yaml:79:7
%2916 = cast %2914 : f32[] @ models/lib/nn.yaml:79:7
%2917 = broadcast %2916 : f32[16,16] @ models/lib/nn.yaml:79:7
%2918 = mul %2915, %2917 : f32[16,16] @ models/lib/nn.yaml:79:7
%2919 = add %2918, %2285 : f32[16,16] @ models/lib/nn.yaml:79:7
%2920 = div %2902, %2919 : f32[16,16] @ models/lib/nn.yaml:79:7
%2921 = cast %2910 : f32[] @ models/lib/nn.yaml:79:7
%2922 = broadcast %2921 : f32[16,16] @ models/lib/nn.yaml:79:7
%2923 = mul %2920, %2922 : f32[16,16] @ models/lib/nn.yaml:79:7
%2924 = sub %2899, %2923 : f32[16,16] @ models/lib/nn.yaml:79:7
%2925 = assign %27, %2924 : f32[16,16] @ models/lib/nn.yaml:79:7
%2926 = assign %2895, %2902 : f32[16,16] @ models/lib/nn.yaml:79:7
%2927 = assign %2896, %2906 : f32[16,16] @ models/lib/nn.yaml:79:7
%2928 = assign %2897, %2898 : i64[] @ models/lib/nn.yaml:79:7
%2929 = mul %65, %2296 : f32[16,16] @ models/lib/nn.yaml:79:7
%2930 = mul %2924, %2298 : f32[16,16] @ models/lib/nn.yaml:79:7
%2931 = add %2929, %2930 : f32[16,16] @ models/lib/nn.yaml:79:7
%2932 = assign %65, %2931 : f32[16,16] @ models/lib/nn.yaml:79:7
%2933 = all_reduce_sum %1517 : f32[16] @ models/lib/nn.yaml:80:7
%2934 = mul %2933, %2933 : f32[16] @ models/lib/nn.yaml:80:7
%2935 = reduce_sum %2934 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%2936 = sqrt %2935 : f32[] @ models/lib/nn.yaml:80:7
%2937 = cast %2936 : f64[] @ models/lib/nn.yaml:80:7
%2938 = add %2937, %1779 : f64[] @ models/lib/nn.yaml:80:7
%2939 = div %1781, %2938 : f64[] @ models/lib/nn.yaml:80:7
%2940 = lt %2939, %1783 : bool[] @ models/lib/nn.yaml:80:7
%2941 = cast %2939 : f32[] @ models/lib/nn.yaml:80:7
%2942 = broadcast %2941 : f32[16] @ models/lib/nn.yaml:80:7
%2943 = mul %2933, %2942 : f32[16] @ models/lib/nn.yaml:80:7
%2944 = broadcast %2940 : bool[16] @ models/lib/nn.yaml:80:7
%2945 = select %2944, %2943, %2933 : f32[16] @ models/lib/nn.yaml:80:7
%2946 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%2947 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%2948 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%2949 = add %2948, %1793 : i64[] @ models/lib/nn.yaml:80:7
%2950 = mul %2945, %1985 : f32[16] @ models/lib/nn.yaml:80:7
%2951 = mul %2946, %1987 : f32[16] @ models/lib/nn.yaml:80:7
%2952 = add %2951, %2950 : f32[16] @ models/lib/nn.yaml:80:7
%2953 = mul %2945, %2945 : f32[16] @ models/lib/nn.yaml:80:7
%2954 = mul %2953, %1991 : f32[16] @ models/lib/nn.yaml:80:7
%2955 = mul %2947, %1993 : f32[16] @ models/lib/nn.yaml:80:7
%2956 = add %2955, %2954 : f32[16] @ models/lib/nn.yaml:80:7
%2957 = cast %2949 : f64[] @ models/lib/nn.yaml:80:7
%2958 = pow %1802, %2957 : f64[] @ models/lib/nn.yaml:80:7
%2959 = sub %1783, %2958 : f64[] @ models/lib/nn.yaml:80:7
%2960 = div %931, %2959 : f64[] @ models/lib/nn.yaml:80:7
%2961 = pow %1810, %2957 : f64[] @ models/lib/nn.yaml:80:7
%2962 = sub %1783, %2961 : f64[] @ models/lib/nn.yaml:80:7
%2963 = sqrt %2962 : f64[] @ models/lib/nn.yaml:80:7
%2964 = div %1783, %2963 : f64[] @ models/lib/nn.yaml:80:7
%2965 = sqrt %2956 : f32[16] @ models/lib/nn.yaml:80:7
%2966 = cast %2964 : f32[] @ models/lib/nn.yaml:80:7
%2967 = broadcast %2966 : f32[16] @ models/lib/nn.yaml:80:7
%2968 = mul %2965, %2967 : f32[16] @ models/lib/nn.yaml:80:7
%2969 = add %2968, %2008 : f32[16] @ models/lib/nn.yaml:80:7
%2970 = div %2952, %2969 : f32[16] @ models/lib/nn.yaml:80:7
%2971 = cast %2960 : f32[] @ models/lib/nn.yaml:80:7
%2972 = broadcast %2971 : f32[16] @ models/lib/nn.yaml:80:7
%2973 = mul %2970, %2972 : f32[16] @ models/lib/nn.yaml:80:7
%2974 = sub %28, %2973 : f32[16] @ models/lib/nn.yaml:80:7
%2975 = assign %28, %2974 : f32[16] @ models/lib/nn.yaml:80:7
%2976 = assign %2946, %2952 : f32[16] @ models/lib/nn.yaml:80:7
%2977 = assign %2947, %2956 : f32[16] @ models/lib/nn.yaml:80:7
%2978 = assign %2948, %2949 : i64[] @ models/lib/nn.yaml:80:7
%2979 = mul %66, %2019 : f32[16] @ models/lib/nn.yaml:80:7
%2980 = mul %2974, %2021 : f32[16] @ models/lib/nn.yaml:80:7
%2981 = add %2979, %2980 : f32[16] @ models/lib/nn.yaml:80:7
%2982 = assign %66, %2981 : f32[16] @ models/lib/nn.yaml:80:7
%2983 = all_reduce_sum %1492 : f32[16] @ models/lib/nn.yaml:89:7
%2984 = mul %2983, %2983 : f32[16] @ models/lib/nn.yaml:89:7
%2985 = reduce_sum %2984 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%2986 = sqrt %2985 : f32[] @ models/lib/nn.yaml:89:7
%2987 = cast %2986 : f64[] @ models/lib/nn.yaml:89:7
%2988 = add %2987, %1779 : f64[] @ models/lib/nn.yaml:89:7
%2989 = div %1781, %2988 : f64[] @ models/lib/nn.yaml:89:7
%2990 = lt %2989, %1783 : bool[] @ models/lib/nn.yaml:89:7
%2991 = cast %2989 : f32[] @ models/lib/nn.yaml:89:7
%2992 = broadcast %2991 : f32[16] @ models/lib/nn.yaml:89:7
%2993 = mul %2983, %2992 : f32[16] @ models/lib/nn.yaml:89:7
%2994 = broadcast %2990 : bool[16] @ models/lib/nn.yaml:89:7
%2995 = select %2994, %2993, %2983 : f32[16] @ models/lib/nn.yaml:89:7
%2996 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%2997 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%2998 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%2999 = add %2998, %1793 : i64[] @ models/lib/nn.yaml:89:7
%3000 = mul %2995, %1985 : f32[16] @ models/lib/nn.yaml:89:7
%3001 = mul %2996, %1987 : f32[16] @ models/lib/nn.yaml:89:7
%3002 = add %3001, %3000 : f32[16] @ models/lib/nn.yaml:89:7
%3003 = mul %2995, %2995 : f32[16] @ models/lib/nn.yaml:89:7
%3004 = mul %3003, %1991 : f32[16] @ models/lib/nn.yaml:89:7
%3005 = mul %2997, %1993 : f32[16] @ models/lib/nn.yaml:89:7
%3006 = add %3005, %3004 : f32[16] @ models/lib/nn.yaml:89:7
%3007 = cast %2999 : f64[] @ models/lib/nn.yaml:89:7
%3008 = pow %1802, %3007 : f64[] @ models/lib/nn.yaml:89:7
%3009 = sub %1783, %3008 : f64[] @ models/lib/nn.yaml:89:7
%3010 = div %931, %3009 : f64[] @ models/lib/nn.yaml:89:7
%3011 = pow %1810, %3007 : f64[] @ models/lib/nn.yaml:89:7
%3012 = sub %1783, %3011 : f64[] @ models/lib/nn.yaml:89:7
%3013 = sqrt %3012 : f64[] @ models/lib/nn.yaml:89:7
%3014 = div %1783, %3013 : f64[] @ models/lib/nn.yaml:89:7
%3015 = sqrt %3006 : f32[16] @ models/lib/nn.yaml:89:7
%3016 = cast %3014 : f32[] @ models/lib/nn.yaml:89:7
%3017 = broadcast %3016 : f32[16] @ models/lib/nn.yaml:89:7
%3018 = mul %3015, %3017 : f32[16] @ models/lib/nn.yaml:89:7
%3019 = add %3018, %2008 : f32[16] @ models/lib/nn.yaml:89:7
%3020 = div %3002, %3019 : f32[16] @ models/lib/nn.yaml:89:7
%3021 = cast %3010 : f32[] @ models/lib/nn.yaml:89:7
%3022 = broadcast %3021 : f32[16] @ models/lib/nn.yaml:89:7
%3023 = mul %3020, %3022 : f32[16] @ models/lib/nn.yaml:89:7
%3024 = sub %29, %3023 : f32[16] @ models/lib/nn.yaml:89:7
%3025 = assign %29, %3024 : f32[16] @ models/lib/nn.yaml:89:7
%3026 = assign %2996, %3002 : f32[16] @ models/lib/nn.yaml:89:7
%3027 = assign %2997, %3006 : f32[16] @ models/lib/nn.yaml:89:7
%3028 = assign %2998, %2999 : i64[] @ models/lib/nn.yaml:89:7
%3029 = mul %67, %2019 : f32[16] @ models/lib/nn.yaml:89:7
%3030 = mul %3024, %2021 : f32[16] @ models/lib/nn.yaml:89:7
%3031 = add %3029, %3030 : f32[16] @ models/lib/nn.yaml:89:7
%3032 = assign %67, %3031 : f32[16] @ models/lib/nn.yaml:89:7
%3033 = all_reduce_sum %1485 : f32[16] @ models/lib/nn.yaml:90:7
%3034 = mul %3033, %3033 : f32[16] @ models/lib/nn.yaml:90:7
%3035 = reduce_sum %3034 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%3036 = sqrt %3035 : f32[] @ models/lib/nn.yaml:90:7
%3037 = cast %3036 : f64[] @ models/lib/nn.yaml:90:7
%3038 = add %3037, %1779 : f64[] @ models/lib/nn.yaml:90:7
%3039 = div %1781, %3038 : f64[] @ models/lib/nn.yaml:90:7
%3040 = lt %3039, %1783 : bool[] @ models/lib/nn.yaml:90:7
%3041 = cast %3039 : f32[] @ models/lib/nn.yaml:90:7
%3042 = broadcast %3041 : f32[16] @ models/lib/nn.yaml:90:7
%3043 = mul %3033, %3042 : f32[16] @ models/lib/nn.yaml:90:7
%3044 = broadcast %3040 : bool[16] @ models/lib/nn.yaml:90:7
%3045 = select %3044, %3043, %3033 : f32[16] @ models/lib/nn.yaml:90:7
%3046 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3047 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3048 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3049 = add %3048, %1793 : i64[] @ models/lib/nn.yaml:90:7
%3050 = mul %3045, %1985 : f32[16] @ models/lib/nn.yaml:90:7
%3051 = mul %3046, %1987 : f32[16] @ models/lib/nn.yaml:90:7
%3052 = add %3051, %3050 : f32[16] @ models/lib/nn.yaml:90:7
%3053 = mul %3045, %3045 : f32[16] @ models/lib/nn.yaml:90:7
%3054 = mul %3053, %1991 : f32[16] @ models/lib/nn.yaml:90:7
%3055 = mul %3047, %1993 : f32[16] @ models/lib/nn.yaml:90:7
%3056 = add %3055, %3054 : f32[16] @ models/lib/nn.yaml:90:7
%3057 = cast %3049 : f64[] @ models/lib/nn.yaml:90:7
%3058 = pow %1802, %3057 : f64[] @ models/lib/nn.yaml:90:7
%3059 = sub %1783, %3058 : f64[] @ models/lib/nn.yaml:90:7
%3060 = div %931, %3059 : f64[] @ models/lib/nn.yaml:90:7
%3061 = pow %1810, %3057 : f64[] @ models/lib/nn.yaml:90:7
%3062 = sub %1783, %3061 : f64[] @ models/lib/nn.yaml:90:7
%3063 = sqrt %3062 : f64[] @ models/lib/nn.yaml:90:7
%3064 = div %1783, %3063 : f64[] @ models/lib/nn.yaml:90:7
%3065 = sqrt %3056 : f32[16] @ models/lib/nn.yaml:90:7
%3066 = cast %3064 : f32[] @ models/lib/nn.yaml:90:7
%3067 = broadcast %3066 : f32[16] @ models/lib/nn.yaml:90:7
%3068 = mul %3065, %3067 : f32[16] @ models/lib/nn.yaml:90:7
%3069 = add %3068, %2008 : f32[16] @ models/lib/nn.yaml:90:7
%3070 = div %3052, %3069 : f32[16] @ models/lib/nn.yaml:90:7
%3071 = cast %3060 : f32[] @ models/lib/nn.yaml:90:7
%3072 = broadcast %3071 : f32[16] @ models/lib/nn.yaml:90:7
%3073 = mul %3070, %3072 : f32[16] @ models/lib/nn.yaml:90:7
%3074 = sub %30, %3073 : f32[16] @ models/lib/nn.yaml:90:7
%3075 = assign %30, %3074 : f32[16] @ models/lib/nn.yaml:90:7
%3076 = assign %3046, %3052 : f32[16] @ models/lib/nn.yaml:90:7
%3077 = assign %3047, %3056 : f32[16] @ models/lib/nn.yaml:90:7
%3078 = assign %3048, %3049 : i64[] @ models/lib/nn.yaml:90:7
%3079 = mul %68, %2019 : f32[16] @ models/lib/nn.yaml:90:7
%3080 = mul %3074, %2021 : f32[16] @ models/lib/nn.yaml:90:7
%3081 = add %3079, %3080 : f32[16] @ models/lib/nn.yaml:90:7
%3082 = assign %68, %3081 : f32[16] @ models/lib/nn.yaml:90:7
%3083 = all_reduce_sum %1480 : f32[64,16] @ models/lib/nn.yaml:79:7
%3084 = reshape %3083 : f32[1024] @ models/lib/nn.yaml:79:7
%3085 = mul %3084, %3084 : f32[1024] @ models/lib/nn.yaml:79:7
%3086 = reduce_sum %3085 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3087 = sqrt %3086 : f32[] @ models/lib/nn.yaml:79:7
%3088 = cast %3087 : f64[] @ models/lib/nn.yaml:79:7
%3089 = add %3088, %1779 : f64[] @ models/lib/nn.yaml:79:7
%3090 = div %1781, %3089 : f64[] @ models/lib/nn.yaml:79:7
%3091 = lt %3090, %1783 : bool[] @ models/lib/nn.yaml:79:7
%3092 = cast %3090 : f32[] @ models/lib/nn.yaml:79:7
%3093 = broadcast %3092 : f32[64,16] @ models/lib/nn.yaml:79:7
%3094 = mul %3083, %3093 : f32[64,16] @ models/lib/nn.yaml:79:7
%3095 = broadcast %3091 : bool[64,16] @ models/lib/nn.yaml:79:7
%3096 = select %3095, %3094, %3083 : f32[64,16] @ models/lib/nn.yaml:79:7
%3097 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%3098 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%3099 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3100 = add %3099, %1793 : i64[] @ models/lib/nn.yaml:79:7
%3101 = mul %31, %2470 : f32[64,16] @ models/lib/nn.yaml:79:7
%3102 = mul %3096, %2472 : f32[64,16] @ models/lib/nn.yaml:79:7
%3103 = mul %3097, %2474 : f32[64,16] @ models/lib/nn.yaml:79:7
%3104 = add %3103, %3102 : f32[64,16] @ models/lib/nn.yaml:79:7
%3105 = mul %3096, %3096 : f32[64,16] @ models/lib/nn.yaml:79:7
%3106 = mul %3105, %2478 : f32[64,16] @ models/lib/nn.yaml:79:7
%3107 = mul %3098, %2480 : f32[64,16] @ models/lib/nn.yaml:79:7
%3108 = add %3107, %3106 : f32[64,16] @ models/lib/nn.yaml:79:7
%3109 = cast %3100 : f64[] @ models/lib/nn.yaml:79:7
%3110 = pow %1802, %3109 : f64[] @ models/lib/nn.yaml:79:7
%3111 = sub %1783, %3110 : f64[] @ models/lib/nn.yaml:79:7
%3112 = div %931, %3111 : f64[] @ models/lib/nn.yaml:79:7
%3113 = pow %1810, %3109 : f64[] @ models/lib/nn.yaml:79:7
%3114 = sub %1783, %3113 : f64[] @ models/lib/nn.yaml:79:7
%3115 = sqrt %3114 : f64[] @ models/lib/nn.yaml:79:7
%3116 = div %1783, %3115 : f64[] @ models/lib/nn.yaml:79:7
%3117 = sqrt %3108 : f32[64,16] @ models/lib/nn.yaml:79:7
%3118 = cast %3116 : f32[] @ models/lib/nn.yaml:79:7
%3119 = broadcast %3118 : f32[64,16] @ models/lib/nn.yaml:79:7
%3120 = mul %3117, %3119 : f32[64,16] @ models/lib/nn.yaml:79:7
%3121 = add %3120, %2495 : f32[64,16] @ models/lib/nn.yaml:79:7
%3122 = div %3104, %3121 : f32[64,16] @ models/lib/nn.yaml:79:7
%3123 = cast %3112 : f32[] @ models/lib/nn.yaml:79:7
%3124 = broadcast %3123 : f32[64,16] @ models/lib/nn.yaml:79:7
%3125 = mul %3122, %3124 : f32[64,16] @ models/lib/nn.yaml:79:7
%3126 = sub %3101, %3125 : f32[64,16] @ models/lib/nn.yaml:79:7
%3127 = assign %31, %3126 : f32[64,16] @ models/lib/nn.yaml:79:7
%3128 = assign %3097, %3104 : f32[64,16] @ models/lib/nn.yaml:79:7
%3129 = assign %3098, %3108 : f32[64,16] @ models/lib/nn.yaml:79:7
%3130 = assign %3099, %3100 : i64[] @ models/lib/nn.yaml:79:7
%3131 = mul %69, %2506 : f32[64,16] @ models/lib/nn.yaml:79:7
%3132 = mul %3126, %2508 : f32[64,16] @ models/lib/nn.yaml:79:7
%3133 = add %3131, %3132 : f32[64,16] @ models/lib/nn.yaml:79:7
%3134 = assign %69, %3133 : f32[64,16] @ models/lib/nn.yaml:79:7
%3135 = all_reduce_sum %1475 : f32[64] @ models/lib/nn.yaml:80:7
%3136 = mul %3135, %3135 : f32[64] @ models/lib/nn.yaml:80:7
%3137 = reduce_sum %3136 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3138 = sqrt %3137 : f32[] @ models/lib/nn.yaml:80:7
%3139 = cast %3138 : f64[] @ models/lib/nn.yaml:80:7
%3140 = add %3139, %1779 : f64[] @ models/lib/nn.yaml:80:7
%3141 = div %1781, %3140 : f64[] @ models/lib/nn.yaml:80:7
%3142 = lt %3141, %1783 : bool[] @ models/lib/nn.yaml:80:7
%3143 = cast %3141 : f32[] @ models/lib/nn.yaml:80:7
%3144 = broadcast %3143 : f32[64] @ models/lib/nn.yaml:80:7
%3145 = mul %3135, %3144 : f32[64] @ models/lib/nn.yaml:80:7
%3146 = broadcast %3142 : bool[64] @ models/lib/nn.yaml:80:7
%3147 = select %3146, %3145, %3135 : f32[64] @ models/lib/nn.yaml:80:7
%3148 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%3149 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%3150 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3151 = add %3150, %1793 : i64[] @ models/lib/nn.yaml:80:7
%3152 = mul %3147, %2529 : f32[64] @ models/lib/nn.yaml:80:7
%3153 = mul %3148, %2531 : f32[64] @ models/lib/nn.yaml:80:7
%3154 = add %3153, %3152 : f32[64] @ models/lib/nn.yaml:80:7
%3155 = mul %3147, %3147 : f32[64] @ models/lib/nn.yaml:80:7
%3156 = mul %3155, %2535 : f32[64] @ models/lib/nn.yaml:80:7
%3157 = mul %3149, %2537 : f32[64] @ models/lib/nn.yaml:80:7
%3158 = add %3157, %3156 : f32[64] @ models/lib/nn.yaml:80:7
%3159 = cast %3151 : f64[] @ models/lib/nn.yaml:80:7
%3160 = pow %1802, %3159 : f64[] @ models/lib/nn.yaml:80:7
%3161 = sub %1783, %3160 : f64[] @ models/lib/nn.yaml:80:7
%3162 = div %931, %3161 : f64[] @ models/lib/nn.yaml:80:7
%3163 = pow %1810, %3159 : f64[] @ models/lib/nn.yaml:80:7
%3164 = sub %1783, %3163 : f64[] @ models/lib/nn.yaml:80:7
%3165 = sqrt %3164 : f64[] @ models/lib/nn.yaml:80:7
%3166 = div %1783, %3165 : f64[] @ models/lib/nn.yaml:80:7
%3167 = sqrt %3158 : f32[64] @ models/lib/nn.yaml:80:7
%3168 = cast %3166 : f32[] @ models/lib/nn.yaml:80:7
%3169 = broadcast %3168 : f32[64] @ models/lib/nn.yaml:80:7
%3170 = mul %3167, %3169 : f32[64] @ models/lib/nn.yaml:80:7
%3171 = add %3170, %2552 : f32[64] @ models/lib/nn.yaml:80:7
%3172 = div %3154, %3171 : f32[64] @ models/lib/nn.yaml:80:7
%3173 = cast %3162 : f32[] @ models/lib/nn.yaml:80:7
%3174 = broadcast %3173 : f32[64] @ models/lib/nn.yaml:80:7
%3175 = mul %3172, %3174 : f32[64] @ models/lib/nn.yaml:80:7
%3176 = sub %32, %3175 : f32[64] @ models/lib/nn.yaml:80:7
%3177 = assign %32, %3176 : f32[64] @ models/lib/nn.yaml:80:7
%3178 = assign %3148, %3154 : f32[64] @ models/lib/nn.yaml:80:7
%3179 = assign %3149, %3158 : f32[64] @ models/lib/nn.yaml:80:7
%3180 = assign %3150, %3151 : i64[] @ models/lib/nn.yaml:80:7
%3181 = mul %70, %2563 : f32[64] @ models/lib/nn.yaml:80:7
%3182 = mul %3176, %2565 : f32[64] @ models/lib/nn.yaml:80:7
%3183 = add %3181, %3182 : f32[64] @ models/lib/nn.yaml:80:7
%3184 = assign %70, %3183 : f32[64] @ models/lib/nn.yaml:80:7
%3185 = all_reduce_sum %1459 : f32[16,64] @ models/lib/nn.yaml:79:7
%3186 = reshape %3185 : f32[1024] @ models/lib/nn.yaml:79:7
%3187 = mul %3186, %3186 : f32[1024] @ models/lib/nn.yaml:79:7
%3188 = reduce_sum %3187 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3189 = sqrt %3188 : f32[] @ models/lib/nn.yaml:79:7
%3190 = cast %3189 : f64[] @ models/lib/nn.yaml:79:7
%3191 = add %3190, %1779 : f64[] @ models/lib/nn.yaml:79:7
%3192 = div %1781, %3191 : f64[] @ models/lib/nn.yaml:79:7
%3193 = lt %3192, %1783 : bool[] @ models/lib/nn.yaml:79:7
%3194 = cast %3192 : f32[] @ models/lib/nn.yaml:79:7
%3195 = broadcast %3194 : f32[16,64] @ models/lib/nn.yaml:79:7
%3196 = mul %3185, %3195 : f32[16,64] @ models/lib/nn.yaml:79:7
%3197 = broadcast %3193 : bool[16,64] @ models/lib/nn.yaml:79:7
%3198 = select %3197, %3196, %3185 : f32[16,64] @ models/lib/nn.yaml:79:7
%3199 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%3200 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%3201 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3202 = add %3201, %1793 : i64[] @ models/lib/nn.yaml:79:7
%3203 = mul %33, %2587 : f32[16,64] @ models/lib/nn.yaml:79:7
%3204 = mul %3198, %2589 : f32[16,64] @ models/lib/nn.yaml:79:7
%3205 = mul %3199, %2591 : f32[16,64] @ models/lib/nn.yaml:79:7
%3206 = add %3205, %3204 : f32[16,64] @ models/lib/nn.yaml:79:7
%3207 = mul %3198, %3198 : f32[16,64] @ models/lib/nn.yaml:79:7
%3208 = mul %3207, %2595 : f32[16,64] @ models/lib/nn.yaml:79:7
%3209 = mul %3200, %2597 : f32[16,64] @ models/lib/nn.yaml:79:7
%3210 = add %3209, %3208 : f32[16,64] @ models/lib/nn.yaml:79:7
%3211 = cast %3202 : f64[] @ models/lib/nn.yaml:79:7
%3212 = pow %1802, %3211 : f64[] @ models/lib/nn.yaml:79:7
%3213 = sub %1783, %3212 : f64[] @ models/lib/nn.yaml:79:7
%3214 = div %931, %3213 : f64[] @ models/lib/nn.yaml:79:7
%3215 = pow %1810, %3211 : f64[] @ models/lib/nn.yaml:79:7
%3216 = sub %1783, %3215 : f64[] @ models/lib/nn.yaml:79:7
%3217 = sqrt %3216 : f64[] @ models/lib/nn.yaml:79:7
%3218 = div %1783, %3217 : f64[] @ models/lib/nn.yaml:79:7
%3219 = sqrt %3210 : f32[16,64] @ models/lib/nn.yaml:79:7
%3220 = cast %3218 : f32[] @ models/lib/nn.yaml:79:7
%3221 = broadcast %3220 : f32[16,64] @ models/lib/nn.yaml:79:7
%3222 = mul %3219, %3221 : f32[16,64] @ models/lib/nn.yaml:79:7
%3223 = add %3222, %2612 : f32[16,64] @ models/lib/nn.yaml:79:7
%3224 = div %3206, %3223 : f32[16,64] @ models/lib/nn.yaml:79:7
%3225 = cast %3214 : f32[] @ models/lib/nn.yaml:79:7
%3226 = broadcast %3225 : f32[16,64] @ models/lib/nn.yaml:79:7
%3227 = mul %3224, %3226 : f32[16,64] @ models/lib/nn.yaml:79:7
%3228 = sub %3203, %3227 : f32[16,64] @ models/lib/nn.yaml:79:7
%3229 = assign %33, %3228 : f32[16,64] @ models/lib/nn.yaml:79:7
%3230 = assign %3199, %3206 : f32[16,64] @ models/lib/nn.yaml:79:7
%3231 = assign %3200, %3210 : f32[16,64] @ models/lib/nn.yaml:79:7
%3232 = assign %3201, %3202 : i64[] @ models/lib/nn.yaml:79:7
%3233 = mul %71, %2623 : f32[16,64] @ models/lib/nn.yaml:79:7
%3234 = mul %3228, %2625 : f32[16,64] @ models/lib/nn.yaml:79:7
%3235 = add %3233, %3234 : f32[16,64] @ models/lib/nn.yaml:79:7
%3236 = assign %71, %3235 : f32[16,64] @ models/lib/nn.yaml:79:7
%3237 = all_reduce_sum %1454 : f32[16] @ models/lib/nn.yaml:80:7
%3238 = mul %3237, %3237 : f32[16] @ models/lib/nn.yaml:80:7
%3239 = reduce_sum %3238 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3240 = sqrt %3239 : f32[] @ models/lib/nn.yaml:80:7
%3241 = cast %3240 : f64[] @ models/lib/nn.yaml:80:7
%3242 = add %3241, %1779 : f64[] @ models/lib/nn.yaml:80:7
%3243 = div %1781, %3242 : f64[] @ models/lib/nn.yaml:80:7
%3244 = lt %3243, %1783 : bool[] @ models/lib/nn.yaml:80:7
%3245 = cast %3243 : f32[] @ models/lib/nn.yaml:80:7
%3246 = broadcast %3245 : f32[16] @ models/lib/nn.yaml:80:7
%3247 = mul %3237, %3246 : f32[16] @ models/lib/nn.yaml:80:7
%3248 = broadcast %3244 : bool[16] @ models/lib/nn.yaml:80:7
%3249 = select %3248, %3247, %3237 : f32[16] @ models/lib/nn.yaml:80:7
%3250 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3251 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3252 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3253 = add %3252, %1793 : i64[] @ models/lib/nn.yaml:80:7
%3254 = mul %3249, %1985 : f32[16] @ models/lib/nn.yaml:80:7
%3255 = mul %3250, %1987 : f32[16] @ models/lib/nn.yaml:80:7
%3256 = add %3255, %3254 : f32[16] @ models/lib/nn.yaml:80:7
%3257 = mul %3249, %3249 : f32[16] @ models/lib/nn.yaml:80:7
%3258 = mul %3257, %1991 : f32[16] @ models/lib/nn.yaml:80:7
%3259 = mul %3251, %1993 : f32[16] @ models/lib/nn.yaml:80:7
%3260 = add %3259, %3258 : f32[16] @ models/lib/nn.yaml:80:7
%3261 = cast %3253 : f64[] @ models/lib/nn.yaml:80:7
%3262 = pow %1802, %3261 : f64[] @ models/lib/nn.yaml:80:7
%3263 = sub %1783, %3262 : f64[] @ models/lib/nn.yaml:80:7
%3264 = div %931, %3263 : f64[] @ models/lib/nn.yaml:80:7
%3265 = pow %1810, %3261 : f64[] @ models/lib/nn.yaml:80:7
%3266 = sub %1783, %3265 : f64[] @ models/lib/nn.yaml:80:7
%3267 = sqrt %3266 : f64[] @ models/lib/nn.yaml:80:7
%3268 = div %1783, %3267 : f64[] @ models/lib/nn.yaml:80:7
%3269 = sqrt %3260 : f32[16] @ models/lib/nn.yaml:80:7
%3270 = cast %3268 : f32[] @ models/lib/nn.yaml:80:7
%3271 = broadcast %3270 : f32[16] @ models/lib/nn.yaml:80:7
%3272 = mul %3269, %3271 : f32[16] @ models/lib/nn.yaml:80:7
%3273 = add %3272, %2008 : f32[16] @ models/lib/nn.yaml:80:7
%3274 = div %3256, %3273 : f32[16] @ models/lib/nn.yaml:80:7
%3275 = cast %3264 : f32[] @ models/lib/nn.yaml:80:7
%3276 = broadcast %3275 : f32[16] @ models/lib/nn.yaml:80:7
%3277 = mul %3274, %3276 : f32[16] @ models/lib/nn.yaml:80:7
%3278 = sub %34, %3277 : f32[16] @ models/lib/nn.yaml:80:7
%3279 = assign %34, %3278 : f32[16] @ models/lib/nn.yaml:80:7
%3280 = assign %3250, %3256 : f32[16] @ models/lib/nn.yaml:80:7
%3281 = assign %3251, %3260 : f32[16] @ models/lib/nn.yaml:80:7
%3282 = assign %3252, %3253 : i64[] @ models/lib/nn.yaml:80:7
%3283 = mul %72, %2019 : f32[16] @ models/lib/nn.yaml:80:7
%3284 = mul %3278, %2021 : f32[16] @ models/lib/nn.yaml:80:7
%3285 = add %3283, %3284 : f32[16] @ models/lib/nn.yaml:80:7
%3286 = assign %72, %3285 : f32[16] @ models/lib/nn.yaml:80:7
%3287 = all_reduce_sum %1429 : f32[16] @ models/lib/nn.yaml:89:7
%3288 = mul %3287, %3287 : f32[16] @ models/lib/nn.yaml:89:7
%3289 = reduce_sum %3288 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%3290 = sqrt %3289 : f32[] @ models/lib/nn.yaml:89:7
%3291 = cast %3290 : f64[] @ models/lib/nn.yaml:89:7
%3292 = add %3291, %1779 : f64[] @ models/lib/nn.yaml:89:7
%3293 = div %1781, %3292 : f64[] @ models/lib/nn.yaml:89:7
%3294 = lt %3293, %1783 : bool[] @ models/lib/nn.yaml:89:7
%3295 = cast %3293 : f32[] @ models/lib/nn.yaml:89:7
%3296 = broadcast %3295 : f32[16] @ models/lib/nn.yaml:89:7
%3297 = mul %3287, %3296 : f32[16] @ models/lib/nn.yaml:89:7
%3298 = broadcast %3294 : bool[16] @ models/lib/nn.yaml:89:7
%3299 = select %3298, %3297, %3287 : f32[16] @ models/lib/nn.yaml:89:7
%3300 = state name="adam_m.backbone.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3301 = state name="adam_v.backbone.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3302 = state name="adam_t.backbone.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3303 = add %3302, %1793 : i64[] @ models/lib/nn.yaml:89:7
%3304 = mul %3299, %1985 : f32[16] @ models/lib/nn.yaml:89:7
%3305 = mul %3300, %1987 : f32[16] @ models/lib/nn.yaml:89:7
%3306 = add %3305, %3304 : f32[16] @ models/lib/nn.yaml:89:7
%3307 = mul %3299, %3299 : f32[16] @ models/lib/nn.yaml:89:7
%3308 = mul %3307, %1991 : f32[16] @ models/lib/nn.yaml:89:7
%3309 = mul %3301, %1993 : f32[16] @ models/lib/nn.yaml:89:7
%3310 = add %3309, %3308 : f32[16] @ models/lib/nn.yaml:89:7
%3311 = cast %3303 : f64[] @ models/lib/nn.yaml:89:7
%3312 = pow %1802, %3311 : f64[] @ models/lib/nn.yaml:89:7
%3313 = sub %1783, %3312 : f64[] @ models/lib/nn.yaml:89:7
%3314 = div %931, %3313 : f64[] @ models/lib/nn.yaml:89:7
%3315 = pow %1810, %3311 : f64[] @ models/lib/nn.yaml:89:7
%3316 = sub %1783, %3315 : f64[] @ models/lib/nn.yaml:89:7
%3317 = sqrt %3316 : f64[] @ models/lib/nn.yaml:89:7
%3318 = div %1783, %3317 : f64[] @ models/lib/nn.yaml:89:7
%3319 = sqrt %3310 : f32[16] @ models/lib/nn.yaml:89:7
%3320 = cast %3318 : f32[] @ models/lib/nn.yaml:89:7
%3321 = broadcast %3320 : f32[16] @ models/lib/nn.yaml:89:7
%3322 = mul %3319, %3321 : f32[16] @ models/lib/nn.yaml:89:7
%3323 = add %3322, %2008 : f32[16] @ models/lib/nn.yaml:89:7
%3324 = div %3306, %3323 : f32[16] @ models/lib/nn.yaml:89:7
%3325 = cast %3314 : f32[] @ models/lib/nn.yaml:89:7
%3326 = broadcast %3325 : f32[16] @ models/lib/nn.yaml:89:7
%3327 = mul %3324, %3326 : f32[16] @ models/lib/nn.yaml:89:7
%3328 = sub %35, %3327 : f32[16] @ models/lib/nn.yaml:89:7
%3329 = assign %35, %3328 : f32[16] @ models/lib/nn.yaml:89:7
%3330 = assign %3300, %3306 : f32[16] @ models/lib/nn.yaml:89:7
%3331 = assign %3301, %3310 : f32[16] @ models/lib/nn.yaml:89:7
%3332 = assign %3302, %3303 : i64[] @ models/lib/nn.yaml:89:7
%3333 = mul %73, %2019 : f32[16] @ models/lib/nn.yaml:89:7
%3334 = mul %3328, %2021 : f32[16] @ models/lib/nn.yaml:89:7
%3335 = add %3333, %3334 : f32[16] @ models/lib/nn.yaml:89:7
%3336 = assign %73, %3335 : f32[16] @ models/lib/nn.yaml:89:7
%3337 = all_reduce_sum %1422 : f32[16] @ models/lib/nn.yaml:90:7
%3338 = mul %3337, %3337 : f32[16] @ models/lib/nn.yaml:90:7
%3339 = reduce_sum %3338 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%3340 = sqrt %3339 : f32[] @ models/lib/nn.yaml:90:7
%3341 = cast %3340 : f64[] @ models/lib/nn.yaml:90:7
%3342 = add %3341, %1779 : f64[] @ models/lib/nn.yaml:90:7
%3343 = div %1781, %3342 : f64[] @ models/lib/nn.yaml:90:7
%3344 = lt %3343, %1783 : bool[] @ models/lib/nn.yaml:90:7
%3345 = cast %3343 : f32[] @ models/lib/nn.yaml:90:7
%3346 = broadcast %3345 : f32[16] @ models/lib/nn.yaml:90:7
%3347 = mul %3337, %3346 : f32[16] @ models/lib/nn.yaml:90:7
%3348 = broadcast %3344 : bool[16] @ models/lib/nn.yaml:90:7
%3349 = select %3348, %3347, %3337 : f32[16] @ models/lib/nn.yaml:90:7
%3350 = state name="adam_m.backbone.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3351 = state name="adam_v.backbone.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3352 = state name="adam_t.backbone.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3353 = add %3352, %1793 : i64[] @ models/lib/nn.yaml:90:7
%3354 = mul %3349, %1985 : f32[16] @ models/lib/nn.yaml:90:7
%3355 = mul %3350, %1987 : f32[16] @ models/lib/nn.yaml:90:7
%3356 = add %3355, %3354 : f32[16] @ models/lib/nn.yaml:90:7
%3357 = mul %3349, %3349 : f32[16] @ models/lib/nn.yaml:90:7
%3358 = mul %3357, %1991 : f32[16] @ models/lib/nn.yaml:90:7
%3359 = mul %3351, %1993 : f32[16] @ models/lib/nn.yaml:90:7
%3360 = add %3359, %3358 : f32[16] @ models/lib/nn.yaml:90:7
%3361 = cast %3353 : f64[] @ models/lib/nn.yaml:90:7
%3362 = pow %1802, %3361 : f64[] @ models/lib/nn.yaml:90:7
%3363 = sub %1783, %3362 : f64[] @ models/lib/nn.yaml:90:7
%3364 = div %931, %3363 : f64[] @ models/lib/nn.yaml:90:7
%3365 = pow %1810, %3361 : f64[] @ models/lib/nn.yaml:90:7
%3366 = sub %1783, %3365 : f64[] @ models/lib/nn.yaml:90:7
%3367 = sqrt %3366 : f64[] @ models/lib/nn.yaml:90:7
%3368 = div %1783, %3367 : f64[] @ models/lib/nn.yaml:90:7
%3369 = sqrt %3360 : f32[16] @ models/lib/nn.yaml:90:7
%3370 = cast %3368 : f32[] @ models/lib/nn.yaml:90:7
%3371 = broadcast %3370 : f32[16] @ models/lib/nn.yaml:90:7
%3372 = mul %3369, %3371 : f32[16] @ models/lib/nn.yaml:90:7
%3373 = add %3372, %2008 : f32[16] @ models/lib/nn.yaml:90:7
%3374 = div %3356, %3373 : f32[16] @ models/lib/nn.yaml:90:7
%3375 = cast %3364 : f32[] @ models/lib/nn.yaml:90:7
%3376 = broadcast %3375 : f32[16] @ models/lib/nn.yaml:90:7
%3377 = mul %3374, %3376 : f32[16] @ models/lib/nn.yaml:90:7
%3378 = sub %36, %3377 : f32[16] @ models/lib/nn.yaml:90:7
%3379 = assign %36, %3378 : f32[16] @ models/lib/nn.yaml:90:7
%3380 = assign %3350, %3356 : f32[16] @ models/lib/nn.yaml:90:7
%3381 = assign %3351, %3360 : f32[16] @ models/lib/nn.yaml:90:7
%3382 = assign %3352, %3353 : i64[] @ models/lib/nn.yaml:90:7
%3383 = mul %74, %2019 : f32[16] @ models/lib/nn.yaml:90:7
%3384 = mul %3378, %2021 : f32[16] @ models/lib/nn.yaml:90:7
%3385 = add %3383, %3384 : f32[16] @ models/lib/nn.yaml:90:7
%3386 = assign %74, %3385 : f32[16] @ models/lib/nn.yaml:90:7
%3387 = all_reduce_sum %1414 : f32[24,16] @ models/lib/nn.yaml:79:7
%3388 = reshape %3387 : f32[384] @ models/lib/nn.yaml:79:7
%3389 = mul %3388, %3388 : f32[384] @ models/lib/nn.yaml:79:7
%3390 = reduce_sum %3389 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3391 = sqrt %3390 : f32[] @ models/lib/nn.yaml:79:7
%3392 = cast %3391 : f64[] @ models/lib/nn.yaml:79:7
%3393 = add %3392, %1779 : f64[] @ models/lib/nn.yaml:79:7
%3394 = div %1781, %3393 : f64[] @ models/lib/nn.yaml:79:7
%3395 = lt %3394, %1783 : bool[] @ models/lib/nn.yaml:79:7
%3396 = cast %3394 : f32[] @ models/lib/nn.yaml:79:7
%3397 = broadcast %3396 : f32[24,16] @ models/lib/nn.yaml:79:7
%3398 = mul %3387, %3397 : f32[24,16] @ models/lib/nn.yaml:79:7
%3399 = broadcast %3395 : bool[24,16] @ models/lib/nn.yaml:79:7
%3400 = select %3399, %3398, %3387 : f32[24,16] @ models/lib/nn.yaml:79:7
%3401 = state name="adam_m.head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%3402 = state name="adam_v.head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%3403 = state name="adam_t.head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3404 = add %3403, %1793 : i64[] @ models/lib/nn.yaml:79:7
%3405 = broadcast %1797 : f32[24,16] @ models/lib/nn.yaml:79:7
%3406 = mul %37, %3405 : f32[24,16] @ models/lib/nn.yaml:79:7
%3407 = broadcast %826 : f32[24,16] @ models/lib/nn.yaml:79:7
%3408 = mul %3400, %3407 : f32[24,16] @ models/lib/nn.yaml:79:7
%3409 = broadcast %468 : f32[24,16] @ models/lib/nn.yaml:79:7
%3410 = mul %3401, %3409 : f32[24,16] @ models/lib/nn.yaml:79:7
%3411 = add %3410, %3408 : f32[24,16] @ models/lib/nn.yaml:79:7
%3412 = mul %3400, %3400 : f32[24,16] @ models/lib/nn.yaml:79:7
%3413 = broadcast %1807 : f32[24,16] @ models/lib/nn.yaml:79:7
%3414 = mul %3412, %3413 : f32[24,16] @ models/lib/nn.yaml:79:7
%3415 = broadcast %1811 : f32[24,16] @ models/lib/nn.yaml:79:7
%3416 = mul %3402, %3415 : f32[24,16] @ models/lib/nn.yaml:79:7
%3417 = add %3416, %3414 : f32[24,16] @ models/lib/nn.yaml:79:7
%3418 = cast %3404 : f64[] @ models/lib/nn.yaml:79:7
%3419 = pow %1802, %3418 : f64[] @ models/lib/nn.yaml:79:7
%3420 = sub %1783, %3419 : f64[] @ models/lib/nn.yaml:79:7
%3421 = div %931, %3420 : f64[] @ models/lib/nn.yaml:79:7
%3422 = pow %1810, %3418 : f64[] @ models/lib/nn.yaml:79:7
%3423 = sub %1783, %3422 : f64[] @ models/lib/nn.yaml:79:7
%3424 = sqrt %3423 : f64[] @ models/lib/nn.yaml:79:7
%3425 = div %1783, %3424 : f64[] @ models/lib/nn.yaml:79:7
%3426 = sqrt %3417 : f32[24,16] @ models/lib/nn.yaml:79:7
%3427 = cast %3425 : f32[] @ models/lib/nn.yaml:79:7
%3428 = broadcast %3427 : f32[24,16] @ models/lib/nn.yaml:79:7
%3429 = mul %3426, %3428 : f32[24,16] @ models/lib/nn.yaml:79:7
%3430 = broadcast %1827 : f32[24,16] @ models/lib/nn.yaml:79:7
%3431 = add %3429, %3430 : f32[24,16] @ models/lib/nn.yaml:79:7
%3432 = div %3411, %3431 : f32[24,16] @ models/lib/nn.yaml:79:7
%3433 = cast %3421 : f32[] @ models/lib/nn.yaml:79:7
%3434 = broadcast %3433 : f32[24,16] @ models/lib/nn.yaml:79:7
%3435 = mul %3432, %3434 : f32[24,16] @ models/lib/nn.yaml:79:7
%3436 = sub %3406, %3435 : f32[24,16] @ models/lib/nn.yaml:79:7
%3437 = assign %37, %3436 : f32[24,16] @ models/lib/nn.yaml:79:7
%3438 = assign %3401, %3411 : f32[24,16] @ models/lib/nn.yaml:79:7
%3439 = assign %3402, %3417 : f32[24,16] @ models/lib/nn.yaml:79:7
%3440 = assign %3403, %3404 : i64[] @ models/lib/nn.yaml:79:7
%3441 = broadcast %1839 : f32[24,16] @ models/lib/nn.yaml:79:7
%3442 = mul %75, %3441 : f32[24,16] @ models/lib/nn.yaml:79:7
%3443 = broadcast %1843 : f32[24,16] @ models/lib/nn.yaml:79:7
%3444 = mul %3436, %3443 : f32[24,16] @ models/lib/nn.yaml:79:7
%3445 = add %3442, %3444 : f32[24,16] @ models/lib/nn.yaml:79:7
%3446 = assign %75, %3445 : f32[24,16] @ models/lib/nn.yaml:79:7
%3447 = all_reduce_sum %1411 : f32[24] @ models/lib/nn.yaml:80:7
%3448 = mul %3447, %3447 : f32[24] @ models/lib/nn.yaml:80:7
%3449 = reduce_sum %3448 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3450 = sqrt %3449 : f32[] @ models/lib/nn.yaml:80:7
%3451 = cast %3450 : f64[] @ models/lib/nn.yaml:80:7
%3452 = add %3451, %1779 : f64[] @ models/lib/nn.yaml:80:7
%3453 = div %1781, %3452 : f64[] @ models/lib/nn.yaml:80:7
%3454 = lt %3453, %1783 : bool[] @ models/lib/nn.yaml:80:7
%3455 = cast %3453 : f32[] @ models/lib/nn.yaml:80:7
%3456 = broadcast %3455 : f32[24] @ models/lib/nn.yaml:80:7
%3457 = mul %3447, %3456 : f32[24] @ models/lib/nn.yaml:80:7
%3458 = broadcast %3454 : bool[24] @ models/lib/nn.yaml:80:7
%3459 = select %3458, %3457, %3447 : f32[24] @ models/lib/nn.yaml:80:7
%3460 = state name="adam_m.head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%3461 = state name="adam_v.head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%3462 = state name="adam_t.head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3463 = add %3462, %1793 : i64[] @ models/lib/nn.yaml:80:7
%3464 = broadcast %826 : f32[24] @ models/lib/nn.yaml:80:7
%3465 = mul %3459, %3464 : f32[24] @ models/lib/nn.yaml:80:7
%3466 = broadcast %468 : f32[24] @ models/lib/nn.yaml:80:7
%3467 = mul %3460, %3466 : f32[24] @ models/lib/nn.yaml:80:7
%3468 = add %3467, %3465 : f32[24] @ models/lib/nn.yaml:80:7
%3469 = mul %3459, %3459 : f32[24] @ models/lib/nn.yaml:80:7
%3470 = broadcast %1807 : f32[24] @ models/lib/nn.yaml:80:7
%3471 = mul %3469, %3470 : f32[24] @ models/lib/nn.yaml:80:7
%3472 = broadcast %1811 : f32[24] @ models/lib/nn.yaml:80:7
%3473 = mul %3461, %3472 : f32[24] @ models/lib/nn.yaml:80:7
%3474 = add %3473, %3471 : f32[24] @ models/lib/nn.yaml:80:7
%3475 = cast %3463 : f64[] @ models/lib/nn.yaml:80:7
%3476 = pow %1802, %3475 : f64[] @ models/lib/nn.yaml:80:7
%3477 = sub %1783, %3476 : f64[] @ models/lib/nn.yaml:80:7
%3478 = div %931, %3477 : f64[] @ models/lib/nn.yaml:80:7
%3479 = pow %1810, %3475 : f64[] @ models/lib/nn.yaml:80:7
%3480 = sub %1783, %3479 : f64[] @ models/lib/nn.yaml:80:7
%3481 = sqrt %3480 : f64[] @ models/lib/nn.yaml:80:7
%3482 = div %1783, %3481 : f64[] @ models/lib/nn.yaml:80:7
%3483 = sqrt %3474 : f32[24] @ models/lib/nn.yaml:80:7
%3484 = cast %3482 : f32[] @ models/lib/nn.yaml:80:7
%3485 = broadcast %3484 : f32[24] @ models/lib/nn.yaml:80:7
%3486 = mul %3483, %3485 : f32[24] @ models/lib/nn.yaml:80:7
%3487 = broadcast %1827 : f32[24] @ models/lib/nn.yaml:80:7
%3488 = add %3486, %3487 : f32[24] @ models/lib/nn.yaml:80:7
%3489 = div %3468, %3488 : f32[24] @ models/lib/nn.yaml:80:7
%3490 = cast %3478 : f32[] @ models/lib/nn.yaml:80:7
%3491 = broadcast %3490 : f32[24] @ models/lib/nn.yaml:80:7
%3492 = mul %3489, %3491 : f32[24] @ models/lib/nn.yaml:80:7
%3493 = sub %38, %3492 : f32[24] @ models/lib/nn.yaml:80:7
%3494 = assign %38, %3493 : f32[24] @ models/lib/nn.yaml:80:7
%3495 = assign %3460, %3468 : f32[24] @ models/lib/nn.yaml:80:7
%3496 = assign %3461, %3474 : f32[24] @ models/lib/nn.yaml:80:7
%3497 = assign %3462, %3463 : i64[] @ models/lib/nn.yaml:80:7
%3498 = broadcast %1839 : f32[24] @ models/lib/nn.yaml:80:7
%3499 = mul %76, %3498 : f32[24] @ models/lib/nn.yaml:80:7
%3500 = broadcast %1843 : f32[24] @ models/lib/nn.yaml:80:7
%3501 = mul %3493, %3500 : f32[24] @ models/lib/nn.yaml:80:7
%3502 = add %3499, %3501 : f32[24] @ models/lib/nn.yaml:80:7
%3503 = assign %76, %3502 : f32[24] @ models/lib/nn.yaml:80:7
%3504 = all_reduce_sum %1398 : f32[24,24] @ models/lib/nn.yaml:79:7
%3505 = reshape %3504 : f32[576] @ models/lib/nn.yaml:79:7
%3506 = mul %3505, %3505 : f32[576] @ models/lib/nn.yaml:79:7
%3507 = reduce_sum %3506 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3508 = sqrt %3507 : f32[] @ models/lib/nn.yaml:79:7
%3509 = cast %3508 : f64[] @ models/lib/nn.yaml:79:7
%3510 = add %3509, %1779 : f64[] @ models/lib/nn.yaml:79:7
%3511 = div %1781, %3510 : f64[] @ models/lib/nn.yaml:79:7
%3512 = lt %3511, %1783 : bool[] @ models/lib/nn.yaml:79:7
%3513 = cast %3511 : f32[] @ models/lib/nn.yaml:79:7
%3514 = broadcast %3513 : f32[24,24] @ models/lib/nn.yaml:79:7
%3515 = mul %3504, %3514 : f32[24,24] @ models/lib/nn.yaml:79:7
%3516 = broadcast %3512 : bool[24,24] @ models/lib/nn.yaml:79:7
%3517 = select %3516, %3515, %3504 : f32[24,24] @ models/lib/nn.yaml:79:7
%3518 = state name="adam_m.head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%3519 = state name="adam_v.head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%3520 = state name="adam_t.head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3521 = add %3520, %1793 : i64[] @ models/lib/nn.yaml:79:7
%3522 = broadcast %1797 : f32[24,24] @ models/lib/nn.yaml:79:7
%3523 = mul %39, %3522 : f32[24,24] @ models/lib/nn.yaml:79:7
%3524 = broadcast %826 : f32[24,24] @ models/lib/nn.yaml:79:7
%3525 = mul %3517, %3524 : f32[24,24] @ models/lib/nn.yaml:79:7
%3526 = broadcast %468 : f32[24,24] @ models/lib/nn.yaml:79:7
%3527 = mul %3518, %3526 : f32[24,24] @ models/lib/nn.yaml:79:7
%3528 = add %3527, %3525 : f32[24,24] @ models/lib/nn.yaml:79:7
%3529 = mul %3517, %3517 : f32[24,24] @ models/lib/nn.yaml:79:7
%3530 = broadcast %1807 : f32[24,24] @ models/lib/nn.yaml:79:7
%3531 = mul %3529, %3530 : f32[24,24] @ models/lib/nn.yaml:79:7
%3532 = broadcast %1811 : f32[24,24] @ models/lib/nn.yaml:79:7
%3533 = mul %3519, %3532 : f32[24,24] @ models/lib/nn.yaml:79:7
%3534 = add %3533, %3531 : f32[24,24] @ models/lib/nn.yaml:79:7
%3535 = cast %3521 : f64[] @ models/lib/nn.yaml:79:7
%3536 = pow %1802, %3535 : f64[] @ models/lib/nn.yaml:79:7
%3537 = sub %1783, %3536 : f64[] @ models/lib/nn.yaml:79:7
%3538 = div %931, %3537 : f64[] @ models/lib/nn.yaml:79:7
%3539 = pow %1810, %3535 : f64[] @ models/lib/nn.yaml:79:7
%3540 = sub %1783, %3539 : f64[] @ models/lib/nn.yaml:79:7
%3541 = sqrt %3540 : f64[] @ models/lib/nn.yaml:79:7
%3542 = div %1783, %3541 : f64[] @ models/lib/nn.yaml:79:7
%3543 = sqrt %3534 : f32[24,24] @ models/lib/nn.yaml:79:7
%3544 = cast %3542 : f32[] @ models/lib/nn.yaml:79:7
%3545 = broadcast %3544 : f32[24,24] @ models/lib/nn.yaml:79:7
%3546 = mul %3543, %3545 : f32[24,24] @ models/lib/nn.yaml:79:7
%3547 = broadcast %1827 : f32[24,24] @ models/lib/nn.yaml:79:7
%3548 = add %3546, %3547 : f32[24,24] @ models/lib/nn.yaml:79:7
%3549 = div %3528, %3548 : f32[24,24] @ models/lib/nn.yaml:79:7
%3550 = cast %3538 : f32[] @ models/lib/nn.yaml:79:7
%3551 = broadcast %3550 : f32[24,24] @ models/lib/nn.yaml:79:7
%3552 = mul %3549, %3551 : f32[24,24] @ models/lib/nn.yaml:79:7
%3553 = sub %3523, %3552 : f32[24,24] @ models/lib/nn.yaml:79:7
%3554 = assign %39, %3553 : f32[24,24] @ models/lib/nn.yaml:79:7
%3555 = assign %3518, %3528 : f32[24,24] @ models/lib/nn.yaml:79:7
%3556 = assign %3519, %3534 : f32[24,24] @ models/lib/nn.yaml:79:7
%3557 = assign %3520, %3521 : i64[] @ models/lib/nn.yaml:79:7
%3558 = broadcast %1839 : f32[24,24] @ models/lib/nn.yaml:79:7
%3559 = mul %77, %3558 : f32[24,24] @ models/lib/nn.yaml:79:7
%3560 = broadcast %1843 : f32[24,24] @ models/lib/nn.yaml:79:7
%3561 = mul %3553, %3560 : f32[24,24] @ models/lib/nn.yaml:79:7
%3562 = add %3559, %3561 : f32[24,24] @ models/lib/nn.yaml:79:7
%3563 = assign %77, %3562 : f32[24,24] @ models/lib/nn.yaml:79:7
%3564 = all_reduce_sum %1395 : f32[24] @ models/lib/nn.yaml:80:7
%3565 = mul %3564, %3564 : f32[24] @ models/lib/nn.yaml:80:7
%3566 = reduce_sum %3565 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3567 = sqrt %3566 : f32[] @ models/lib/nn.yaml:80:7
%3568 = cast %3567 : f64[] @ models/lib/nn.yaml:80:7
%3569 = add %3568, %1779 : f64[] @ models/lib/nn.yaml:80:7
%3570 = div %1781, %3569 : f64[] @ models/lib/nn.yaml:80:7
%3571 = lt %3570, %1783 : bool[] @ models/lib/nn.yaml:80:7
%3572 = cast %3570 : f32[] @ models/lib/nn.yaml:80:7
%3573 = broadcast %3572 : f32[24] @ models/lib/nn.yaml:80:7
%3574 = mul %3564, %3573 : f32[24] @ models/lib/nn.yaml:80:7
%3575 = broadcast %3571 : bool[24] @ models/lib/nn.yaml:80:7
%3576 = select %3575, %3574, %3564 : f32[24] @ models/lib/nn.yaml:80:7
%3577 = state name="adam_m.head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%3578 = state name="adam_v.head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%3579 = state name="adam_t.head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3580 = add %3579, %1793 : i64[] @ models/lib/nn.yaml:80:7
%3581 = mul %3576, %3464 : f32[24] @ models/lib/nn.yaml:80:7
%3582 = mul %3577, %3466 : f32[24] @ models/lib/nn.yaml:80:7
%3583 = add %3582, %3581 : f32[24] @ models/lib/nn.yaml:80:7
%3584 = mul %3576, %3576 : f32[24] @ models/lib/nn.yaml:80:7
%3585 = mul %3584, %3470 : f32[24] @ models/lib/nn.yaml:80:7
%3586 = mul %3578, %3472 : f32[24] @ models/lib/nn.yaml:80:7
%3587 = add %3586, %3585 : f32[24] @ models/lib/nn.yaml:80:7
%3588 = cast %3580 : f64[] @ models/lib/nn.yaml:80:7
%3589 = pow %1802, %3588 : f64[] @ models/lib/nn.yaml:80:7
%3590 = sub %1783, %3589 : f64[] @ models/lib/nn.yaml:80:7
%3591 = div %931, %3590 : f64[] @ models/lib/nn.yaml:80:7
%3592 = pow %1810, %3588 : f64[] @ models/lib/nn.yaml:80:7
%3593 = sub %1783, %3592 : f64[] @ models/lib/nn.yaml:80:7
%3594 = sqrt %3593 : f64[] @ models/lib/nn.yaml:80:7
%3595 = div %1783, %3594 : f64[] @ models/lib/nn.yaml:80:7
%3596 = sqrt %3587 : f32[24] @ models/lib/nn.yaml:80:7
%3597 = cast %3595 : f32[] @ models/lib/nn.yaml:80:7
%3598 = broadcast %3597 : f32[24] @ models/lib/nn.yaml:80:7
%3599 = mul %3596, %3598 : f32[24] @ models/lib/nn.yaml:80:7
%3600 = add %3599, %3487 : f32[24] @ models/lib/nn.yaml:80:7
%3601 = div %3583, %3600 : f32[24] @ models/lib/nn.yaml:80:7
%3602 = cast %3591 : f32[] @ models/lib/nn.yaml:80:7
%3603 = broadcast %3602 : f32[24] @ models/lib/nn.yaml:80:7
%3604 = mul %3601, %3603 : f32[24] @ models/lib/nn.yaml:80:7
%3605 = sub %40, %3604 : f32[24] @ models/lib/nn.yaml:80:7
%3606 = assign %40, %3605 : f32[24] @ models/lib/nn.yaml:80:7
%3607 = assign %3577, %3583 : f32[24] @ models/lib/nn.yaml:80:7
%3608 = assign %3578, %3587 : f32[24] @ models/lib/nn.yaml:80:7
%3609 = assign %3579, %3580 : i64[] @ models/lib/nn.yaml:80:7
%3610 = mul %78, %3498 : f32[24] @ models/lib/nn.yaml:80:7
%3611 = mul %3605, %3500 : f32[24] @ models/lib/nn.yaml:80:7
%3612 = add %3610, %3611 : f32[24] @ models/lib/nn.yaml:80:7
%3613 = assign %78, %3612 : f32[24] @ models/lib/nn.yaml:80:7
%3614 = all_reduce_sum %1382 : f32[8,24] @ models/lib/nn.yaml:79:7
%3615 = reshape %3614 : f32[192] @ models/lib/nn.yaml:79:7
%3616 = mul %3615, %3615 : f32[192] @ models/lib/nn.yaml:79:7
%3617 = reduce_sum %3616 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3618 = sqrt %3617 : f32[] @ models/lib/nn.yaml:79:7
%3619 = cast %3618 : f64[] @ models/lib/nn.yaml:79:7
%3620 = add %3619, %1779 : f64[] @ models/lib/nn.yaml:79:7
%3621 = div %1781, %3620 : f64[] @ models/lib/nn.yaml:79:7
%3622 = lt %3621, %1783 : bool[] @ models/lib/nn.yaml:79:7
%3623 = cast %3621 : f32[] @ models/lib/nn.yaml:79:7
%3624 = broadcast %3623 : f32[8,24] @ models/lib/nn.yaml:79:7
%3625 = mul %3614, %3624 : f32[8,24] @ models/lib/nn.yaml:79:7
%3626 = broadcast %3622 : bool[8,24] @ models/lib/nn.yaml:79:7
%3627 = select %3626, %3625, %3614 : f32[8,24] @ models/lib/nn.yaml:79:7
%3628 = state name="adam_m.head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%3629 = state name="adam_v.head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%3630 = state name="adam_t.head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3631 = add %3630, %1793 : i64[] @ models/lib/nn.yaml:79:7
%3632 = broadcast %1797 : f32[8,24] @ models/lib/nn.yaml:79:7
%3633 = mul %41, %3632 : f32[8,24] @ models/lib/nn.yaml:79:7
%3634 = broadcast %826 : f32[8,24] @ models/lib/nn.yaml:79:7
%3635 = mul %3627, %3634 : f32[8,24] @ models/lib/nn.yaml:79:7
%3636 = broadcast %468 : f32[8,24] @ models/lib/nn.yaml:79:7
%3637 = mul %3628, %3636 : f32[8,24] @ models/lib/nn.yaml:79:7
%3638 = add %3637, %3635 : f32[8,24] @ models/lib/nn.yaml:79:7
%3639 = mul %3627, %3627 : f32[8,24] @ models/lib/nn.yaml:79:7
%3640 = broadcast %1807 : f32[8,24] @ models/lib/nn.yaml:79:7
%3641 = mul %3639, %3640 : f32[8,24] @ models/lib/nn.yaml:79:7
%3642 = broadcast %1811 : f32[8,24] @ models/lib/nn.yaml:79:7
%3643 = mul %3629, %3642 : f32[8,24] @ models/lib/nn.yaml:79:7
%3644 = add %3643, %3641 : f32[8,24] @ models/lib/nn.yaml:79:7
%3645 = cast %3631 : f64[] @ models/lib/nn.yaml:79:7
%3646 = pow %1802, %3645 : f64[] @ models/lib/nn.yaml:79:7
%3647 = sub %1783, %3646 : f64[] @ models/lib/nn.yaml:79:7
%3648 = div %931, %3647 : f64[] @ models/lib/nn.yaml:79:7
%3649 = pow %1810, %3645 : f64[] @ models/lib/nn.yaml:79:7
%3650 = sub %1783, %3649 : f64[] @ models/lib/nn.yaml:79:7
%3651 = sqrt %3650 : f64[] @ models/lib/nn.yaml:79:7
%3652 = div %1783, %3651 : f64[] @ models/lib/nn.yaml:79:7
%3653 = sqrt %3644 : f32[8,24] @ models/lib/nn.yaml:79:7
%3654 = cast %3652 : f32[] @ models/lib/nn.yaml:79:7
%3655 = broadcast %3654 : f32[8,24] @ models/lib/nn.yaml:79:7
%3656 = mul %3653, %3655 : f32[8,24] @ models/lib/nn.yaml:79:7
%3657 = broadcast %1827 : f32[8,24] @ models/lib/nn.yaml:79:7
%3658 = add %3656, %3657 : f32[8,24] @ models/lib/nn.yaml:79:7
%3659 = div %3638, %3658 : f32[8,24] @ models/lib/nn.yaml:79:7
%3660 = cast %3648 : f32[] @ models/lib/nn.yaml:79:7
%3661 = broadcast %3660 : f32[8,24] @ models/lib/nn.yaml:79:7
%3662 = mul %3659, %3661 : f32[8,24] @ models/lib/nn.yaml:79:7
%3663 = sub %3633, %3662 : f32[8,24] @ models/lib/nn.yaml:79:7
%3664 = assign %41, %3663 : f32[8,24] @ models/lib/nn.yaml:79:7
%3665 = assign %3628, %3638 : f32[8,24] @ models/lib/nn.yaml:79:7
%3666 = assign %3629, %3644 : f32[8,24] @ models/lib/nn.yaml:79:7
%3667 = assign %3630, %3631 : i64[] @ models/lib/nn.yaml:79:7
%3668 = broadcast %1839 : f32[8,24] @ models/lib/nn.yaml:79:7
%3669 = mul %79, %3668 : f32[8,24] @ models/lib/nn.yaml:79:7
%3670 = broadcast %1843 : f32[8,24] @ models/lib/nn.yaml:79:7
%3671 = mul %3663, %3670 : f32[8,24] @ models/lib/nn.yaml:79:7
%3672 = add %3669, %3671 : f32[8,24] @ models/lib/nn.yaml:79:7
%3673 = assign %79, %3672 : f32[8,24] @ models/lib/nn.yaml:79:7
%3674 = all_reduce_sum %1379 : f32[8] @ models/lib/nn.yaml:80:7
%3675 = mul %3674, %3674 : f32[8] @ models/lib/nn.yaml:80:7
%3676 = reduce_sum %3675 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3677 = sqrt %3676 : f32[] @ models/lib/nn.yaml:80:7
%3678 = cast %3677 : f64[] @ models/lib/nn.yaml:80:7
%3679 = add %3678, %1779 : f64[] @ models/lib/nn.yaml:80:7
%3680 = div %1781, %3679 : f64[] @ models/lib/nn.yaml:80:7
%3681 = lt %3680, %1783 : bool[] @ models/lib/nn.yaml:80:7
%3682 = cast %3680 : f32[] @ models/lib/nn.yaml:80:7
%3683 = broadcast %3682 : f32[8] @ models/lib/nn.yaml:80:7
%3684 = mul %3674, %3683 : f32[8] @ models/lib/nn.yaml:80:7
%3685 = broadcast %3681 : bool[8] @ models/lib/nn.yaml:80:7
%3686 = select %3685, %3684, %3674 : f32[8] @ models/lib/nn.yaml:80:7
%3687 = state name="adam_m.head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%3688 = state name="adam_v.head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%3689 = state name="adam_t.head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3690 = add %3689, %1793 : i64[] @ models/lib/nn.yaml:80:7
%3691 = broadcast %826 : f32[8] @ models/lib/nn.yaml:80:7
%3692 = mul %3686, %3691 : f32[8] @ models/lib/nn.yaml:80:7
%3693 = broadcast %468 : f32[8] @ models/lib/nn.yaml:80:7
%3694 = mul %3687, %3693 : f32[8] @ models/lib/nn.yaml:80:7
%3695 = add %3694, %3692 : f32[8] @ models/lib/nn.yaml:80:7
%3696 = mul %3686, %3686 : f32[8] @ models/lib/nn.yaml:80:7
%3697 = broadcast %1807 : f32[8] @ models/lib/nn.yaml:80:7
%3698 = mul %3696, %3697 : f32[8] @ models/lib/nn.yaml:80:7
%3699 = broadcast %1811 : f32[8] @ models/lib/nn.yaml:80:7
%3700 = mul %3688, %3699 : f32[8] @ models/lib/nn.yaml:80:7
%3701 = add %3700, %3698 : f32[8] @ models/lib/nn.yaml:80:7
%3702 = cast %3690 : f64[] @ models/lib/nn.yaml:80:7
%3703 = pow %1802, %3702 : f64[] @ models/lib/nn.yaml:80:7
%3704 = sub %1783, %3703 : f64[] @ models/lib/nn.yaml:80:7
%3705 = div %931, %3704 : f64[] @ models/lib/nn.yaml:80:7
%3706 = pow %1810, %3702 : f64[] @ models/lib/nn.yaml:80:7
%3707 = sub %1783, %3706 : f64[] @ models/lib/nn.yaml:80:7
%3708 = sqrt %3707 : f64[] @ models/lib/nn.yaml:80:7
%3709 = div %1783, %3708 : f64[] @ models/lib/nn.yaml:80:7
%3710 = sqrt %3701 : f32[8] @ models/lib/nn.yaml:80:7
%3711 = cast %3709 : f32[] @ models/lib/nn.yaml:80:7
%3712 = broadcast %3711 : f32[8] @ models/lib/nn.yaml:80:7
%3713 = mul %3710, %3712 : f32[8] @ models/lib/nn.yaml:80:7
%3714 = broadcast %1827 : f32[8] @ models/lib/nn.yaml:80:7
%3715 = add %3713, %3714 : f32[8] @ models/lib/nn.yaml:80:7
%3716 = div %3695, %3715 : f32[8] @ models/lib/nn.yaml:80:7
%3717 = cast %3705 : f32[] @ models/lib/nn.yaml:80:7
%3718 = broadcast %3717 : f32[8] @ models/lib/nn.yaml:80:7
%3719 = mul %3716, %3718 : f32[8] @ models/lib/nn.yaml:80:7
%3720 = sub %42, %3719 : f32[8] @ models/lib/nn.yaml:80:7
%3721 = assign %42, %3720 : f32[8] @ models/lib/nn.yaml:80:7
%3722 = assign %3687, %3695 : f32[8] @ models/lib/nn.yaml:80:7
%3723 = assign %3688, %3701 : f32[8] @ models/lib/nn.yaml:80:7
%3724 = assign %3689, %3690 : i64[] @ models/lib/nn.yaml:80:7
%3725 = broadcast %1839 : f32[8] @ models/lib/nn.yaml:80:7
%3726 = mul %80, %3725 : f32[8] @ models/lib/nn.yaml:80:7
%3727 = broadcast %1843 : f32[8] @ models/lib/nn.yaml:80:7
%3728 = mul %3720, %3727 : f32[8] @ models/lib/nn.yaml:80:7
%3729 = add %3726, %3728 : f32[8] @ models/lib/nn.yaml:80:7
%3730 = assign %80, %3729 : f32[8] @ models/lib/nn.yaml:80:7
%3731 = broadcast %1839 : f32[32,1] @ models/lib/dino.yaml:18:7
%3732 = mul %81, %3731 : f32[32,1] @ models/lib/dino.yaml:18:7
%3733 = broadcast %1843 : f32[32,1] @ models/lib/dino.yaml:18:7
%3734 = mul %43, %3733 : f32[32,1] @ models/lib/dino.yaml:18:7
%3735 = add %3732, %3734 : f32[32,1] @ models/lib/dino.yaml:18:7
%3736 = assign %81, %3735 : f32[32,1] @ models/lib/dino.yaml:18:7
%3737 = all_reduce_sum %1361 : f32[32,8] @ models/lib/dino.yaml:19:7
%3738 = reshape %3737 : f32[256] @ models/lib/dino.yaml:19:7
%3739 = mul %3738, %3738 : f32[256] @ models/lib/dino.yaml:19:7
%3740 = reduce_sum %3739 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%3741 = sqrt %3740 : f32[] @ models/lib/dino.yaml:19:7
%3742 = cast %3741 : f64[] @ models/lib/dino.yaml:19:7
%3743 = add %3742, %1779 : f64[] @ models/lib/dino.yaml:19:7
%3744 = div %1781, %3743 : f64[] @ models/lib/dino.yaml:19:7
%3745 = lt %3744, %1783 : bool[] @ models/lib/dino.yaml:19:7
%3746 = cast %3744 : f32[] @ models/lib/dino.yaml:19:7
%3747 = broadcast %3746 : f32[32,8] @ models/lib/dino.yaml:19:7
%3748 = mul %3737, %3747 : f32[32,8] @ models/lib/dino.yaml:19:7
%3749 = broadcast %3745 : bool[32,8] @ models/lib/dino.yaml:19:7
%3750 = select %3749, %3748, %3737 : f32[32,8] @ models/lib/dino.yaml:19:7
%3751 = state name="adam_m.head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%3752 = state name="adam_v.head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%3753 = state name="adam_t.head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%3754 = add %3753, %1793 : i64[] @ models/lib/dino.yaml:19:7
%3755 = broadcast %1797 : f32[32,8] @ models/lib/dino.yaml:19:7
%3756 = mul %44, %3755 : f32[32,8] @ models/lib/dino.yaml:19:7
%3757 = broadcast %826 : f32[32,8] @ models/lib/dino.yaml:19:7
%3758 = mul %3750, %3757 : f32[32,8] @ models/lib/dino.yaml:19:7
%3759 = broadcast %468 : f32[32,8] @ models/lib/dino.yaml:19:7
%3760 = mul %3751, %3759 : f32[32,8] @ models/lib/dino.yaml:19:7
%3761 = add %3760, %3758 : f32[32,8] @ models/lib/dino.yaml:19:7
%3762 = mul %3750, %3750 : f32[32,8] @ models/lib/dino.yaml:19:7
%3763 = broadcast %1807 : f32[32,8] @ models/lib/dino.yaml:19:7
%3764 = mul %3762, %3763 : f32[32,8] @ models/lib/dino.yaml:19:7
%3765 = broadcast %1811 : f32[32,8] @ models/lib/dino.yaml:19:7
%3766 = mul %3752, %3765 : f32[32,8] @ models/lib/dino.yaml:19:7
%3767 = add %3766, %3764 : f32[32,8] @ models/lib/dino.yaml:19:7
%3768 = cast %3754 : f64[] @ models/lib/dino.yaml:19:7
%3769 = pow %1802, %3768 : f64[] @ models/lib/dino.yaml:19:7
%3770 = sub %1783, %3769 : f64[] @ models/lib/dino.yaml:19:7
%3771 = div %931, %3770 : f64[] @ models/lib/dino.yaml:19:7
%3772 = pow %1810, %3768 : f64[] @ models/lib/dino.yaml:19:7
%3773 = sub %1783, %3772 : f64[] @ models/lib/dino.yaml:19:7
%3774 = sqrt %3773 : f64[] @ models/lib/dino.yaml:19:7
%3775 = div %1783, %3774 : f64[] @ models/lib/dino.yaml:19:7
%3776 = sqrt %3767 : f32[32,8] @ models/lib/dino.yaml:19:7
%3777 = cast %3775 : f32[] @ models/lib/dino.yaml:19:7
%3778 = broadcast %3777 : f32[32,8] @ models/lib/dino.yaml:19:7
%3779 = mul %3776, %3778 : f32[32,8] @ models/lib/dino.yaml:19:7
%3780 = broadcast %1827 : f32[32,8] @ models/lib/dino.yaml:19:7
%3781 = add %3779, %3780 : f32[32,8] @ models/lib/dino.yaml:19:7
%3782 = div %3761, %3781 : f32[32,8] @ models/lib/dino.yaml:19:7
%3783 = cast %3771 : f32[] @ models/lib/dino.yaml:19:7
%3784 = broadcast %3783 : f32[32,8] @ models/lib/dino.yaml:19:7
%3785 = mul %3782, %3784 : f32[32,8] @ models/lib/dino.yaml:19:7
%3786 = sub %3756, %3785 : f32[32,8] @ models/lib/dino.yaml:19:7
%3787 = input name="epoch" : i64[] @ models/lib/dino.yaml:19:7
%3788 = lt %3787, %1793 : bool[] @ models/lib/dino.yaml:19:7
%3789 = broadcast %3788 : bool[32,8] @ models/lib/dino.yaml:19:7
%3790 = select %3789, %44, %3786 : f32[32,8] @ models/lib/dino.yaml:19:7
%3791 = select %3789, %3751, %3761 : f32[32,8] @ models/lib/dino.yaml:19:7
%3792 = select %3789, %3752, %3767 : f32[32,8] @ models/lib/dino.yaml:19:7
%3793 = select %3788, %3753, %3754 : i64[] @ models/lib/dino.yaml:19:7
%3794 = assign %44, %3790 : f32[32,8] @ models/lib/dino.yaml:19:7
%3795 = assign %3751, %3791 : f32[32,8] @ models/lib/dino.yaml:19:7
%3796 = assign %3752, %3792 : f32[32,8] @ models/lib/dino.yaml:19:7
%3797 = assign %3753, %3793 : i64[] @ models/lib/dino.yaml:19:7
%3798 = broadcast %1839 : f32[32,8] @ models/lib/dino.yaml:19:7
%3799 = mul %82, %3798 : f32[32,8] @ models/lib/dino.yaml:19:7
%3800 = broadcast %1843 : f32[32,8] @ models/lib/dino.yaml:19:7
%3801 = mul %3790, %3800 : f32[32,8] @ models/lib/dino.yaml:19:7
%3802 = add %3799, %3801 : f32[32,8] @ models/lib/dino.yaml:19:7
%3803 = assign %82, %3802 : f32[32,8] @ models/lib/dino.yaml:19:7
%3804 = const data=[inf] : f32[] @ models/dino.yaml:73:3
%3805 = abs %916 : f32[] @ models/dino.yaml:73:3
%3806 = lt %3805, %3804 : bool[] @ models/dino.yaml:73:3
%3807 = output %3806 name="finite" : bool[] @ models/dino.yaml:73:3
