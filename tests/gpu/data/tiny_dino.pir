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
%103 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%104 = broadcast %103 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%105 = div %102, %104 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%106 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%107 = broadcast %106 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%108 = add %105, %107 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%109 = rsqrt %108 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%110 = broadcast %109 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%111 = mul %100, %110 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%112 = broadcast %49 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%113 = mul %111, %112 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%114 = broadcast %50 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%115 = add %113, %114 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%116 = matmul %115, %51 ta=0 tb=1 : f32[4,17,48] @ models/lib/nn.yaml:83:15
%117 = broadcast %52 : f32[4,17,48] @ models/lib/nn.yaml:84:18
%118 = add %116, %117 : f32[4,17,48] @ models/lib/nn.yaml:84:18
%119 = reshape %118 : f32[4,17,3,2,8] @ models/lib/nn.yaml:66:21
%120 = permute %119 perm=[2,0,3,1,4] : f32[3,4,2,17,8] @ models/lib/nn.yaml:66:13
%121 = slice %120 lo=[0,0,0,0,0] hi=[1,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:28
%122 = reshape %121 : f32[4,2,17,8] @ models/lib/nn.yaml:67:28
%123 = slice %120 lo=[1,0,0,0,0] hi=[2,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:34
%124 = reshape %123 : f32[4,2,17,8] @ models/lib/nn.yaml:67:34
%125 = slice %120 lo=[2,0,0,0,0] hi=[3,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:40
%126 = reshape %125 : f32[4,2,17,8] @ models/lib/nn.yaml:67:40
%127 = permute %124 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%128 = reshape %122 : f32[4,2,17,8,1] @ models/lib/nn.yaml:55:23
%129 = broadcast %128 : f32[4,2,17,8,17] @ models/lib/nn.yaml:55:23
%130 = reshape %127 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%131 = broadcast %130 : f32[4,2,17,8,17] @ models/lib/nn.yaml:55:23
%132 = mul %129, %131 : f32[4,2,17,8,17] @ models/lib/nn.yaml:55:23
%133 = reduce_sum %132 axes=[3] keep=0 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%134 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%135 = broadcast %134 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%136 = mul %133, %135 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%137 = reduce_max %136 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:14:35
%138 = stop_gradient %137 : f32[4,2,17,1] @ models/lib/nn.yaml:14:21
%139 = broadcast %138 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%140 = sub %136, %139 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%141 = exp %140 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%142 = reduce_sum %141 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:20
%143 = broadcast %142 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%144 = div %141, %143 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%145 = reshape %144 : f32[4,2,17,17,1] @ models/lib/nn.yaml:56:23
%146 = broadcast %145 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%147 = reshape %126 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%148 = broadcast %147 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%149 = mul %146, %148 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%150 = reduce_sum %149 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%151 = permute %150 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/nn.yaml:56:13
%152 = reshape %151 : f32[4,17,16] @ models/lib/nn.yaml:57:16
%153 = matmul %152, %53 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%154 = broadcast %54 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%155 = add %153, %154 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%156 = add %94, %155 : f32[4,17,16] @ models/lib/nn.yaml:125:15
%157 = reduce_sum %156 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%158 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%159 = broadcast %158 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%160 = div %157, %159 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%161 = broadcast %160 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%162 = sub %156, %161 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%163 = mul %162, %162 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%164 = reduce_sum %163 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%165 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%166 = broadcast %165 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%167 = div %164, %166 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%168 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%169 = broadcast %168 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%170 = add %167, %169 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%171 = rsqrt %170 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%172 = broadcast %171 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%173 = mul %162, %172 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%174 = broadcast %55 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%175 = mul %173, %174 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%176 = broadcast %56 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%177 = add %175, %176 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%178 = matmul %177, %57 ta=0 tb=1 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%179 = broadcast %58 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%180 = add %178, %179 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%181 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%182 = broadcast %181 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%183 = mul %182, %180 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%184 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%185 = broadcast %184 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%186 = mul %180, %185 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%187 = erf %186 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%188 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%189 = broadcast %188 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%190 = add %189, %187 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%191 = mul %183, %190 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%192 = matmul %191, %59 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%193 = broadcast %60 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%194 = add %192, %193 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%195 = add %156, %194 : f32[4,17,16] @ models/lib/nn.yaml:126:18
%196 = reduce_sum %195 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%197 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%198 = broadcast %197 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%199 = div %196, %198 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%200 = broadcast %199 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%201 = sub %195, %200 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%202 = mul %201, %201 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%203 = reduce_sum %202 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%204 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%205 = broadcast %204 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%206 = div %203, %205 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%207 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%208 = broadcast %207 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%209 = add %206, %208 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%210 = rsqrt %209 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%211 = broadcast %210 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%212 = mul %201, %211 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%213 = broadcast %61 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%214 = mul %212, %213 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%215 = broadcast %62 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%216 = add %214, %215 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%217 = matmul %216, %63 ta=0 tb=1 : f32[4,17,48] @ models/lib/nn.yaml:83:15
%218 = broadcast %64 : f32[4,17,48] @ models/lib/nn.yaml:84:18
%219 = add %217, %218 : f32[4,17,48] @ models/lib/nn.yaml:84:18
%220 = reshape %219 : f32[4,17,3,2,8] @ models/lib/nn.yaml:66:21
%221 = permute %220 perm=[2,0,3,1,4] : f32[3,4,2,17,8] @ models/lib/nn.yaml:66:13
%222 = slice %221 lo=[0,0,0,0,0] hi=[1,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:28
%223 = reshape %222 : f32[4,2,17,8] @ models/lib/nn.yaml:67:28
%224 = slice %221 lo=[1,0,0,0,0] hi=[2,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:34
%225 = reshape %224 : f32[4,2,17,8] @ models/lib/nn.yaml:67:34
%226 = slice %221 lo=[2,0,0,0,0] hi=[3,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:40
%227 = reshape %226 : f32[4,2,17,8] @ models/lib/nn.yaml:67:40
%228 = permute %225 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%229 = reshape %223 : f32[4,2,17,8,1] @ models/lib/nn.yaml:55:23
%230 = broadcast %229 : f32[4,2,17,8,17] @ models/lib/nn.yaml:55:23
%231 = reshape %228 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%232 = broadcast %231 : f32[4,2,17,8,17] @ models/lib/nn.yaml:55:23
%233 = mul %230, %232 : f32[4,2,17,8,17] @ models/lib/nn.yaml:55:23
%234 = reduce_sum %233 axes=[3] keep=0 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%235 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%236 = broadcast %235 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%237 = mul %234, %236 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%238 = reduce_max %237 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:14:35
%239 = stop_gradient %238 : f32[4,2,17,1] @ models/lib/nn.yaml:14:21
%240 = broadcast %239 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%241 = sub %237, %240 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%242 = exp %241 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%243 = reduce_sum %242 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:20
%244 = broadcast %243 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%245 = div %242, %244 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%246 = reshape %245 : f32[4,2,17,17,1] @ models/lib/nn.yaml:56:23
%247 = broadcast %246 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%248 = reshape %227 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%249 = broadcast %248 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%250 = mul %247, %249 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%251 = reduce_sum %250 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%252 = permute %251 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/nn.yaml:56:13
%253 = reshape %252 : f32[4,17,16] @ models/lib/nn.yaml:57:16
%254 = matmul %253, %65 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%255 = broadcast %66 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%256 = add %254, %255 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%257 = add %195, %256 : f32[4,17,16] @ models/lib/nn.yaml:125:15
%258 = reduce_sum %257 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%259 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%260 = broadcast %259 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%261 = div %258, %260 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%262 = broadcast %261 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%263 = sub %257, %262 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%264 = mul %263, %263 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%265 = reduce_sum %264 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%266 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%267 = broadcast %266 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%268 = div %265, %267 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%269 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%270 = broadcast %269 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%271 = add %268, %270 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%272 = rsqrt %271 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%273 = broadcast %272 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%274 = mul %263, %273 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%275 = broadcast %67 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%276 = mul %274, %275 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%277 = broadcast %68 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%278 = add %276, %277 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%279 = matmul %278, %69 ta=0 tb=1 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%280 = broadcast %70 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%281 = add %279, %280 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%282 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%283 = broadcast %282 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%284 = mul %283, %281 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%285 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%286 = broadcast %285 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%287 = mul %281, %286 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%288 = erf %287 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%289 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%290 = broadcast %289 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%291 = add %290, %288 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%292 = mul %284, %291 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%293 = matmul %292, %71 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%294 = broadcast %72 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%295 = add %293, %294 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%296 = add %257, %295 : f32[4,17,16] @ models/lib/nn.yaml:126:18
%297 = reduce_sum %296 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%298 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%299 = broadcast %298 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%300 = div %297, %299 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%301 = broadcast %300 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%302 = sub %296, %301 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%303 = mul %302, %302 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%304 = reduce_sum %303 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%305 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%306 = broadcast %305 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%307 = div %304, %306 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%308 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%309 = broadcast %308 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%310 = add %307, %309 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%311 = rsqrt %310 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%312 = broadcast %311 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%313 = mul %302, %312 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%314 = broadcast %73 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%315 = mul %313, %314 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%316 = broadcast %74 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%317 = add %315, %316 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%318 = slice %317 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino.yaml:44:34
%319 = reshape %318 : f32[4,16] @ models/dino.yaml:44:34
%320 = matmul %319, %75 ta=0 tb=1 : f32[4,24] @ models/lib/nn.yaml:83:15
%321 = broadcast %76 : f32[4,24] @ models/lib/nn.yaml:84:18
%322 = add %320, %321 : f32[4,24] @ models/lib/nn.yaml:84:18
%323 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%324 = broadcast %323 : f32[4,24] @ models/lib/nn.yaml:27:20
%325 = mul %324, %322 : f32[4,24] @ models/lib/nn.yaml:27:20
%326 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%327 = broadcast %326 : f32[4,24] @ models/lib/nn.yaml:27:37
%328 = mul %322, %327 : f32[4,24] @ models/lib/nn.yaml:27:37
%329 = erf %328 : f32[4,24] @ models/lib/nn.yaml:27:31
%330 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%331 = broadcast %330 : f32[4,24] @ models/lib/nn.yaml:27:29
%332 = add %331, %329 : f32[4,24] @ models/lib/nn.yaml:27:29
%333 = mul %325, %332 : f32[4,24] @ models/lib/nn.yaml:27:24
%334 = matmul %333, %77 ta=0 tb=1 : f32[4,24] @ models/lib/nn.yaml:83:15
%335 = broadcast %78 : f32[4,24] @ models/lib/nn.yaml:84:18
%336 = add %334, %335 : f32[4,24] @ models/lib/nn.yaml:84:18
%337 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%338 = broadcast %337 : f32[4,24] @ models/lib/nn.yaml:27:20
%339 = mul %338, %336 : f32[4,24] @ models/lib/nn.yaml:27:20
%340 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%341 = broadcast %340 : f32[4,24] @ models/lib/nn.yaml:27:37
%342 = mul %336, %341 : f32[4,24] @ models/lib/nn.yaml:27:37
%343 = erf %342 : f32[4,24] @ models/lib/nn.yaml:27:31
%344 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%345 = broadcast %344 : f32[4,24] @ models/lib/nn.yaml:27:29
%346 = add %345, %343 : f32[4,24] @ models/lib/nn.yaml:27:29
%347 = mul %339, %346 : f32[4,24] @ models/lib/nn.yaml:27:24
%348 = matmul %347, %79 ta=0 tb=1 : f32[4,8] @ models/lib/nn.yaml:83:15
%349 = broadcast %80 : f32[4,8] @ models/lib/nn.yaml:84:18
%350 = add %348, %349 : f32[4,8] @ models/lib/nn.yaml:84:18
%351 = mul %350, %350 : f32[4,8] @ models/lib/nn.yaml:33:35
%352 = reduce_sum %351 axes=[1] keep=1 : f32[4,1] @ models/lib/nn.yaml:33:29
%353 = sqrt %352 : f32[4,1] @ models/lib/nn.yaml:33:24
%354 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%355 = cast %354 : f32[] @ models/lib/nn.yaml:33:61
%356 = broadcast %355 : f32[4,1] @ models/lib/nn.yaml:33:20
%357 = max %353, %356 : f32[4,1] @ models/lib/nn.yaml:33:20
%358 = broadcast %357 : f32[4,8] @ models/lib/nn.yaml:33:18
%359 = div %350, %358 : f32[4,8] @ models/lib/nn.yaml:33:18
%360 = broadcast %81 : f32[32,8] @ models/lib/dino.yaml:22:22
%361 = mul %360, %82 : f32[32,8] @ models/lib/dino.yaml:22:22
%362 = mul %82, %82 : f32[32,8] @ models/lib/dino.yaml:22:53
%363 = reduce_sum %362 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%364 = sqrt %363 : f32[32,1] @ models/lib/dino.yaml:22:35
%365 = broadcast %364 : f32[32,8] @ models/lib/dino.yaml:22:33
%366 = div %361, %365 : f32[32,8] @ models/lib/dino.yaml:22:33
%367 = matmul %359, %366 ta=0 tb=1 : f32[4,32] @ models/lib/dino.yaml:23:18
%368 = slice %367 lo=[0,0] hi=[2,32] : f32[2,32] @ models/dino.yaml:64:23
%369 = slice %367 lo=[2,0] hi=[4,32] : f32[2,32] @ models/dino.yaml:64:23
%370 = reshape %5 : f32[4,3,4,4,4,4] @ models/lib/vit.yaml:15:21
%371 = permute %370 perm=[0,2,4,1,3,5] : f32[4,4,4,3,4,4] @ models/lib/vit.yaml:15:13
%372 = reshape %371 : f32[4,16,48] @ models/lib/vit.yaml:16:13
%373 = reshape %9 : f32[16,48] @ models/lib/vit.yaml:17:20
%374 = matmul %372, %373 ta=0 tb=1 : f32[4,16,16] @ models/lib/vit.yaml:17:18
%375 = broadcast %10 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%376 = add %374, %375 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%377 = broadcast %7 : f32[4,1,16] @ models/lib/vit.yaml:61:20
%378 = concat %377, %376 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:61:13
%379 = broadcast %8 : f32[4,17,16] @ models/lib/vit.yaml:62:15
%380 = add %378, %379 : f32[4,17,16] @ models/lib/vit.yaml:62:15
%381 = reduce_sum %380 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%382 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%383 = broadcast %382 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%384 = div %381, %383 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%385 = broadcast %384 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%386 = sub %380, %385 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%387 = mul %386, %386 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%388 = reduce_sum %387 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%389 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%390 = broadcast %389 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%391 = div %388, %390 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%392 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%393 = broadcast %392 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%394 = add %391, %393 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%395 = rsqrt %394 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%396 = broadcast %395 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%397 = mul %386, %396 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%398 = broadcast %11 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%399 = mul %397, %398 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%400 = broadcast %12 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%401 = add %399, %400 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%402 = matmul %401, %13 ta=0 tb=1 : f32[4,17,48] @ models/lib/nn.yaml:83:15
%403 = broadcast %14 : f32[4,17,48] @ models/lib/nn.yaml:84:18
%404 = add %402, %403 : f32[4,17,48] @ models/lib/nn.yaml:84:18
%405 = reshape %404 : f32[4,17,3,2,8] @ models/lib/nn.yaml:66:21
%406 = permute %405 perm=[2,0,3,1,4] : f32[3,4,2,17,8] @ models/lib/nn.yaml:66:13
%407 = slice %406 lo=[0,0,0,0,0] hi=[1,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:28
%408 = reshape %407 : f32[4,2,17,8] @ models/lib/nn.yaml:67:28
%409 = slice %406 lo=[1,0,0,0,0] hi=[2,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:34
%410 = reshape %409 : f32[4,2,17,8] @ models/lib/nn.yaml:67:34
%411 = slice %406 lo=[2,0,0,0,0] hi=[3,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:40
%412 = reshape %411 : f32[4,2,17,8] @ models/lib/nn.yaml:67:40
%413 = permute %410 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%414 = reshape %408 : f32[4,2,17,8,1] @ models/lib/nn.yaml:55:23
%415 = broadcast %414 : f32[4,2,17,8,17] @ models/lib/nn.yaml:55:23
%416 = reshape %413 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%417 = broadcast %416 : f32[4,2,17,8,17] @ models/lib/nn.yaml:55:23
%418 = mul %415, %417 : f32[4,2,17,8,17] @ models/lib/nn.yaml:55:23
%419 = reduce_sum %418 axes=[3] keep=0 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%420 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%421 = broadcast %420 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%422 = mul %419, %421 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%423 = reduce_max %422 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:14:35
%424 = stop_gradient %423 : f32[4,2,17,1] @ models/lib/nn.yaml:14:21
%425 = broadcast %424 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%426 = sub %422, %425 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%427 = exp %426 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%428 = reduce_sum %427 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:20
%429 = broadcast %428 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%430 = div %427, %429 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%431 = reshape %430 : f32[4,2,17,17,1] @ models/lib/nn.yaml:56:23
%432 = broadcast %431 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%433 = reshape %412 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%434 = broadcast %433 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%435 = mul %432, %434 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%436 = reduce_sum %435 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%437 = permute %436 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/nn.yaml:56:13
%438 = reshape %437 : f32[4,17,16] @ models/lib/nn.yaml:57:16
%439 = matmul %438, %15 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%440 = broadcast %16 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%441 = add %439, %440 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%442 = add %380, %441 : f32[4,17,16] @ models/lib/nn.yaml:125:15
%443 = reduce_sum %442 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%444 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%445 = broadcast %444 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%446 = div %443, %445 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%447 = broadcast %446 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%448 = sub %442, %447 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%449 = mul %448, %448 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%450 = reduce_sum %449 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%451 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%452 = broadcast %451 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%453 = div %450, %452 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%454 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%455 = broadcast %454 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%456 = add %453, %455 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%457 = rsqrt %456 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%458 = broadcast %457 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%459 = mul %448, %458 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%460 = broadcast %17 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%461 = mul %459, %460 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%462 = broadcast %18 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%463 = add %461, %462 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%464 = matmul %463, %19 ta=0 tb=1 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%465 = broadcast %20 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%466 = add %464, %465 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%467 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%468 = broadcast %467 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%469 = mul %468, %466 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%470 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%471 = broadcast %470 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%472 = mul %466, %471 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%473 = erf %472 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%474 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%475 = broadcast %474 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%476 = add %475, %473 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%477 = mul %469, %476 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%478 = matmul %477, %21 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%479 = broadcast %22 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%480 = add %478, %479 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%481 = add %442, %480 : f32[4,17,16] @ models/lib/nn.yaml:126:18
%482 = reduce_sum %481 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%483 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%484 = broadcast %483 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%485 = div %482, %484 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%486 = broadcast %485 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%487 = sub %481, %486 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%488 = mul %487, %487 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%489 = reduce_sum %488 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%490 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%491 = broadcast %490 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%492 = div %489, %491 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%493 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%494 = broadcast %493 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%495 = add %492, %494 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%496 = rsqrt %495 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%497 = broadcast %496 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%498 = mul %487, %497 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%499 = broadcast %23 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%500 = mul %498, %499 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%501 = broadcast %24 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%502 = add %500, %501 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%503 = matmul %502, %25 ta=0 tb=1 : f32[4,17,48] @ models/lib/nn.yaml:83:15
%504 = broadcast %26 : f32[4,17,48] @ models/lib/nn.yaml:84:18
%505 = add %503, %504 : f32[4,17,48] @ models/lib/nn.yaml:84:18
%506 = reshape %505 : f32[4,17,3,2,8] @ models/lib/nn.yaml:66:21
%507 = permute %506 perm=[2,0,3,1,4] : f32[3,4,2,17,8] @ models/lib/nn.yaml:66:13
%508 = slice %507 lo=[0,0,0,0,0] hi=[1,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:28
%509 = reshape %508 : f32[4,2,17,8] @ models/lib/nn.yaml:67:28
%510 = slice %507 lo=[1,0,0,0,0] hi=[2,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:34
%511 = reshape %510 : f32[4,2,17,8] @ models/lib/nn.yaml:67:34
%512 = slice %507 lo=[2,0,0,0,0] hi=[3,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:40
%513 = reshape %512 : f32[4,2,17,8] @ models/lib/nn.yaml:67:40
%514 = permute %511 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%515 = reshape %509 : f32[4,2,17,8,1] @ models/lib/nn.yaml:55:23
%516 = broadcast %515 : f32[4,2,17,8,17] @ models/lib/nn.yaml:55:23
%517 = reshape %514 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%518 = broadcast %517 : f32[4,2,17,8,17] @ models/lib/nn.yaml:55:23
%519 = mul %516, %518 : f32[4,2,17,8,17] @ models/lib/nn.yaml:55:23
%520 = reduce_sum %519 axes=[3] keep=0 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%521 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%522 = broadcast %521 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%523 = mul %520, %522 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%524 = reduce_max %523 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:14:35
%525 = stop_gradient %524 : f32[4,2,17,1] @ models/lib/nn.yaml:14:21
%526 = broadcast %525 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%527 = sub %523, %526 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%528 = exp %527 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%529 = reduce_sum %528 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:20
%530 = broadcast %529 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%531 = div %528, %530 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%532 = reshape %531 : f32[4,2,17,17,1] @ models/lib/nn.yaml:56:23
%533 = broadcast %532 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%534 = reshape %513 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%535 = broadcast %534 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%536 = mul %533, %535 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%537 = reduce_sum %536 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%538 = permute %537 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/nn.yaml:56:13
%539 = reshape %538 : f32[4,17,16] @ models/lib/nn.yaml:57:16
%540 = matmul %539, %27 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%541 = broadcast %28 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%542 = add %540, %541 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%543 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%544 = broadcast %543 : f32[4,17,16] @ models/lib/nn.yaml:50:38
%545 = div %542, %544 : f32[4,17,16] @ models/lib/nn.yaml:50:38
%546 = input name="seed" : i64[] @ models/lib/nn.yaml:43:13
%547 = rand_uniform %546 stream=1 : f32[4] @ models/lib/nn.yaml:43:13
%548 = const data=[0.9] : f32[] @ models/lib/nn.yaml:44:30
%549 = broadcast %548 : f32[4] @ models/lib/nn.yaml:44:35
%550 = add %549, %547 : f32[4] @ models/lib/nn.yaml:44:35
%551 = floor %550 : f32[4] @ models/lib/nn.yaml:44:24
%552 = reshape %551 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%553 = broadcast %552 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%554 = mul %545, %553 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%555 = add %481, %554 : f32[4,17,16] @ models/lib/nn.yaml:125:15
%556 = reduce_sum %555 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%557 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%558 = broadcast %557 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%559 = div %556, %558 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%560 = broadcast %559 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%561 = sub %555, %560 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%562 = mul %561, %561 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%563 = reduce_sum %562 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%564 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%565 = broadcast %564 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%566 = div %563, %565 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%567 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%568 = broadcast %567 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%569 = add %566, %568 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%570 = rsqrt %569 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%571 = broadcast %570 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%572 = mul %561, %571 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%573 = broadcast %29 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%574 = mul %572, %573 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%575 = broadcast %30 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%576 = add %574, %575 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%577 = matmul %576, %31 ta=0 tb=1 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%578 = broadcast %32 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%579 = add %577, %578 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%580 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%581 = broadcast %580 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%582 = mul %581, %579 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%583 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%584 = broadcast %583 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%585 = mul %579, %584 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%586 = erf %585 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%587 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%588 = broadcast %587 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%589 = add %588, %586 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%590 = mul %582, %589 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%591 = matmul %590, %33 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%592 = broadcast %34 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%593 = add %591, %592 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%594 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%595 = broadcast %594 : f32[4,17,16] @ models/lib/nn.yaml:50:38
%596 = div %593, %595 : f32[4,17,16] @ models/lib/nn.yaml:50:38
%597 = rand_uniform %546 stream=2 : f32[4] @ models/lib/nn.yaml:43:13
%598 = const data=[0.9] : f32[] @ models/lib/nn.yaml:44:30
%599 = broadcast %598 : f32[4] @ models/lib/nn.yaml:44:35
%600 = add %599, %597 : f32[4] @ models/lib/nn.yaml:44:35
%601 = floor %600 : f32[4] @ models/lib/nn.yaml:44:24
%602 = reshape %601 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%603 = broadcast %602 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%604 = mul %596, %603 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%605 = add %555, %604 : f32[4,17,16] @ models/lib/nn.yaml:126:18
%606 = reduce_sum %605 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%607 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%608 = broadcast %607 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%609 = div %606, %608 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%610 = broadcast %609 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%611 = sub %605, %610 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%612 = mul %611, %611 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%613 = reduce_sum %612 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%614 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%615 = broadcast %614 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%616 = div %613, %615 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%617 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%618 = broadcast %617 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%619 = add %616, %618 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%620 = rsqrt %619 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%621 = broadcast %620 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%622 = mul %611, %621 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%623 = broadcast %35 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%624 = mul %622, %623 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%625 = broadcast %36 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%626 = add %624, %625 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%627 = slice %626 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino.yaml:44:34
%628 = reshape %627 : f32[4,16] @ models/dino.yaml:44:34
%629 = matmul %628, %37 ta=0 tb=1 : f32[4,24] @ models/lib/nn.yaml:83:15
%630 = broadcast %38 : f32[4,24] @ models/lib/nn.yaml:84:18
%631 = add %629, %630 : f32[4,24] @ models/lib/nn.yaml:84:18
%632 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%633 = broadcast %632 : f32[4,24] @ models/lib/nn.yaml:27:20
%634 = mul %633, %631 : f32[4,24] @ models/lib/nn.yaml:27:20
%635 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%636 = broadcast %635 : f32[4,24] @ models/lib/nn.yaml:27:37
%637 = mul %631, %636 : f32[4,24] @ models/lib/nn.yaml:27:37
%638 = erf %637 : f32[4,24] @ models/lib/nn.yaml:27:31
%639 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%640 = broadcast %639 : f32[4,24] @ models/lib/nn.yaml:27:29
%641 = add %640, %638 : f32[4,24] @ models/lib/nn.yaml:27:29
%642 = mul %634, %641 : f32[4,24] @ models/lib/nn.yaml:27:24
%643 = matmul %642, %39 ta=0 tb=1 : f32[4,24] @ models/lib/nn.yaml:83:15
%644 = broadcast %40 : f32[4,24] @ models/lib/nn.yaml:84:18
%645 = add %643, %644 : f32[4,24] @ models/lib/nn.yaml:84:18
%646 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%647 = broadcast %646 : f32[4,24] @ models/lib/nn.yaml:27:20
%648 = mul %647, %645 : f32[4,24] @ models/lib/nn.yaml:27:20
%649 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%650 = broadcast %649 : f32[4,24] @ models/lib/nn.yaml:27:37
%651 = mul %645, %650 : f32[4,24] @ models/lib/nn.yaml:27:37
%652 = erf %651 : f32[4,24] @ models/lib/nn.yaml:27:31
%653 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%654 = broadcast %653 : f32[4,24] @ models/lib/nn.yaml:27:29
%655 = add %654, %652 : f32[4,24] @ models/lib/nn.yaml:27:29
%656 = mul %648, %655 : f32[4,24] @ models/lib/nn.yaml:27:24
%657 = matmul %656, %41 ta=0 tb=1 : f32[4,8] @ models/lib/nn.yaml:83:15
%658 = broadcast %42 : f32[4,8] @ models/lib/nn.yaml:84:18
%659 = add %657, %658 : f32[4,8] @ models/lib/nn.yaml:84:18
%660 = mul %659, %659 : f32[4,8] @ models/lib/nn.yaml:33:35
%661 = reduce_sum %660 axes=[1] keep=1 : f32[4,1] @ models/lib/nn.yaml:33:29
%662 = sqrt %661 : f32[4,1] @ models/lib/nn.yaml:33:24
%663 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%664 = cast %663 : f32[] @ models/lib/nn.yaml:33:61
%665 = broadcast %664 : f32[4,1] @ models/lib/nn.yaml:33:20
%666 = max %662, %665 : f32[4,1] @ models/lib/nn.yaml:33:20
%667 = broadcast %666 : f32[4,8] @ models/lib/nn.yaml:33:18
%668 = div %659, %667 : f32[4,8] @ models/lib/nn.yaml:33:18
%669 = broadcast %43 : f32[32,8] @ models/lib/dino.yaml:22:22
%670 = mul %669, %44 : f32[32,8] @ models/lib/dino.yaml:22:22
%671 = mul %44, %44 : f32[32,8] @ models/lib/dino.yaml:22:53
%672 = reduce_sum %671 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%673 = sqrt %672 : f32[32,1] @ models/lib/dino.yaml:22:35
%674 = broadcast %673 : f32[32,8] @ models/lib/dino.yaml:22:33
%675 = div %670, %674 : f32[32,8] @ models/lib/dino.yaml:22:33
%676 = matmul %668, %675 ta=0 tb=1 : f32[4,32] @ models/lib/dino.yaml:23:18
%677 = slice %676 lo=[0,0] hi=[2,32] : f32[2,32] @ models/dino.yaml:65:20
%678 = slice %676 lo=[2,0] hi=[4,32] : f32[2,32] @ models/dino.yaml:65:20
%679 = reshape %6 : f32[4,3,3,4,3,4] @ models/lib/vit.yaml:15:21
%680 = permute %679 perm=[0,2,4,1,3,5] : f32[4,3,3,3,4,4] @ models/lib/vit.yaml:15:13
%681 = reshape %680 : f32[4,9,48] @ models/lib/vit.yaml:16:13
%682 = reshape %9 : f32[16,48] @ models/lib/vit.yaml:17:20
%683 = matmul %681, %682 ta=0 tb=1 : f32[4,9,16] @ models/lib/vit.yaml:17:18
%684 = broadcast %10 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%685 = add %683, %684 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%686 = broadcast %7 : f32[4,1,16] @ models/lib/vit.yaml:61:20
%687 = concat %686, %685 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:61:13
%688 = slice %8 lo=[0,0,0] hi=[1,1,16] : f32[1,1,16] @ models/lib/vit.yaml:41:46
%689 = slice %8 lo=[0,1,0] hi=[1,17,16] : f32[1,16,16] @ models/lib/vit.yaml:41:72
%690 = resize_matrix n=4 scale=0.775 : f32[3,4] @ models/lib/vit.yaml:31:13
%691 = reshape %689 : f32[4,64] @ models/lib/vit.yaml:32:17
%692 = matmul %690, %691 ta=0 tb=0 : f32[3,64] @ models/lib/vit.yaml:32:15
%693 = reshape %692 : f32[3,4,16] @ models/lib/vit.yaml:33:21
%694 = permute %693 perm=[1,0,2] : f32[4,3,16] @ models/lib/vit.yaml:33:13
%695 = reshape %694 : f32[4,48] @ models/lib/vit.yaml:34:17
%696 = matmul %690, %695 ta=0 tb=0 : f32[3,48] @ models/lib/vit.yaml:34:15
%697 = reshape %696 : f32[3,3,16] @ models/lib/vit.yaml:35:21
%698 = permute %697 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%699 = reshape %698 : f32[1,9,16] @ models/lib/vit.yaml:36:16
%700 = concat %688, %699 axis=1 : f32[1,10,16] @ models/lib/vit.yaml:41:36
%701 = broadcast %700 : f32[4,10,16] @ models/lib/vit.yaml:62:15
%702 = add %687, %701 : f32[4,10,16] @ models/lib/vit.yaml:62:15
%703 = reduce_sum %702 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%704 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%705 = broadcast %704 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%706 = div %703, %705 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%707 = broadcast %706 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%708 = sub %702, %707 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%709 = mul %708, %708 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%710 = reduce_sum %709 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%711 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%712 = broadcast %711 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%713 = div %710, %712 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%714 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%715 = broadcast %714 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%716 = add %713, %715 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%717 = rsqrt %716 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%718 = broadcast %717 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%719 = mul %708, %718 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%720 = broadcast %11 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%721 = mul %719, %720 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%722 = broadcast %12 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%723 = add %721, %722 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%724 = matmul %723, %13 ta=0 tb=1 : f32[4,10,48] @ models/lib/nn.yaml:83:15
%725 = broadcast %14 : f32[4,10,48] @ models/lib/nn.yaml:84:18
%726 = add %724, %725 : f32[4,10,48] @ models/lib/nn.yaml:84:18
%727 = reshape %726 : f32[4,10,3,2,8] @ models/lib/nn.yaml:66:21
%728 = permute %727 perm=[2,0,3,1,4] : f32[3,4,2,10,8] @ models/lib/nn.yaml:66:13
%729 = slice %728 lo=[0,0,0,0,0] hi=[1,4,2,10,8] : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:28
%730 = reshape %729 : f32[4,2,10,8] @ models/lib/nn.yaml:67:28
%731 = slice %728 lo=[1,0,0,0,0] hi=[2,4,2,10,8] : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:34
%732 = reshape %731 : f32[4,2,10,8] @ models/lib/nn.yaml:67:34
%733 = slice %728 lo=[2,0,0,0,0] hi=[3,4,2,10,8] : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:40
%734 = reshape %733 : f32[4,2,10,8] @ models/lib/nn.yaml:67:40
%735 = permute %732 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%736 = reshape %730 : f32[4,2,10,8,1] @ models/lib/nn.yaml:55:23
%737 = broadcast %736 : f32[4,2,10,8,10] @ models/lib/nn.yaml:55:23
%738 = reshape %735 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%739 = broadcast %738 : f32[4,2,10,8,10] @ models/lib/nn.yaml:55:23
%740 = mul %737, %739 : f32[4,2,10,8,10] @ models/lib/nn.yaml:55:23
%741 = reduce_sum %740 axes=[3] keep=0 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%742 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%743 = broadcast %742 : f32[4,2,10,10] @ models/lib/nn.yaml:55:29
%744 = mul %741, %743 : f32[4,2,10,10] @ models/lib/nn.yaml:55:29
%745 = reduce_max %744 axes=[3] keep=1 : f32[4,2,10,1] @ models/lib/nn.yaml:14:35
%746 = stop_gradient %745 : f32[4,2,10,1] @ models/lib/nn.yaml:14:21
%747 = broadcast %746 : f32[4,2,10,10] @ models/lib/nn.yaml:14:19
%748 = sub %744, %747 : f32[4,2,10,10] @ models/lib/nn.yaml:14:19
%749 = exp %748 : f32[4,2,10,10] @ models/lib/nn.yaml:14:13
%750 = reduce_sum %749 axes=[3] keep=1 : f32[4,2,10,1] @ models/lib/nn.yaml:15:20
%751 = broadcast %750 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%752 = div %749, %751 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%753 = reshape %752 : f32[4,2,10,10,1] @ models/lib/nn.yaml:56:23
%754 = broadcast %753 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%755 = reshape %734 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%756 = broadcast %755 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%757 = mul %754, %756 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%758 = reduce_sum %757 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%759 = permute %758 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/nn.yaml:56:13
%760 = reshape %759 : f32[4,10,16] @ models/lib/nn.yaml:57:16
%761 = matmul %760, %15 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%762 = broadcast %16 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%763 = add %761, %762 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%764 = add %702, %763 : f32[4,10,16] @ models/lib/nn.yaml:125:15
%765 = reduce_sum %764 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%766 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%767 = broadcast %766 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%768 = div %765, %767 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%769 = broadcast %768 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%770 = sub %764, %769 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%771 = mul %770, %770 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%772 = reduce_sum %771 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%773 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%774 = broadcast %773 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%775 = div %772, %774 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%776 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%777 = broadcast %776 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%778 = add %775, %777 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%779 = rsqrt %778 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%780 = broadcast %779 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%781 = mul %770, %780 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%782 = broadcast %17 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%783 = mul %781, %782 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%784 = broadcast %18 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%785 = add %783, %784 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%786 = matmul %785, %19 ta=0 tb=1 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%787 = broadcast %20 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%788 = add %786, %787 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%789 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%790 = broadcast %789 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%791 = mul %790, %788 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%792 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%793 = broadcast %792 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%794 = mul %788, %793 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%795 = erf %794 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%796 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%797 = broadcast %796 : f32[4,10,64] @ models/lib/nn.yaml:27:29
%798 = add %797, %795 : f32[4,10,64] @ models/lib/nn.yaml:27:29
%799 = mul %791, %798 : f32[4,10,64] @ models/lib/nn.yaml:27:24
%800 = matmul %799, %21 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%801 = broadcast %22 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%802 = add %800, %801 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%803 = add %764, %802 : f32[4,10,16] @ models/lib/nn.yaml:126:18
%804 = reduce_sum %803 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%805 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%806 = broadcast %805 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%807 = div %804, %806 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%808 = broadcast %807 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%809 = sub %803, %808 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%810 = mul %809, %809 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%811 = reduce_sum %810 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%812 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%813 = broadcast %812 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%814 = div %811, %813 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%815 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%816 = broadcast %815 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%817 = add %814, %816 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%818 = rsqrt %817 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%819 = broadcast %818 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%820 = mul %809, %819 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%821 = broadcast %23 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%822 = mul %820, %821 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%823 = broadcast %24 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%824 = add %822, %823 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%825 = matmul %824, %25 ta=0 tb=1 : f32[4,10,48] @ models/lib/nn.yaml:83:15
%826 = broadcast %26 : f32[4,10,48] @ models/lib/nn.yaml:84:18
%827 = add %825, %826 : f32[4,10,48] @ models/lib/nn.yaml:84:18
%828 = reshape %827 : f32[4,10,3,2,8] @ models/lib/nn.yaml:66:21
%829 = permute %828 perm=[2,0,3,1,4] : f32[3,4,2,10,8] @ models/lib/nn.yaml:66:13
%830 = slice %829 lo=[0,0,0,0,0] hi=[1,4,2,10,8] : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:28
%831 = reshape %830 : f32[4,2,10,8] @ models/lib/nn.yaml:67:28
%832 = slice %829 lo=[1,0,0,0,0] hi=[2,4,2,10,8] : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:34
%833 = reshape %832 : f32[4,2,10,8] @ models/lib/nn.yaml:67:34
%834 = slice %829 lo=[2,0,0,0,0] hi=[3,4,2,10,8] : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:40
%835 = reshape %834 : f32[4,2,10,8] @ models/lib/nn.yaml:67:40
%836 = permute %833 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%837 = reshape %831 : f32[4,2,10,8,1] @ models/lib/nn.yaml:55:23
%838 = broadcast %837 : f32[4,2,10,8,10] @ models/lib/nn.yaml:55:23
%839 = reshape %836 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%840 = broadcast %839 : f32[4,2,10,8,10] @ models/lib/nn.yaml:55:23
%841 = mul %838, %840 : f32[4,2,10,8,10] @ models/lib/nn.yaml:55:23
%842 = reduce_sum %841 axes=[3] keep=0 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%843 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%844 = broadcast %843 : f32[4,2,10,10] @ models/lib/nn.yaml:55:29
%845 = mul %842, %844 : f32[4,2,10,10] @ models/lib/nn.yaml:55:29
%846 = reduce_max %845 axes=[3] keep=1 : f32[4,2,10,1] @ models/lib/nn.yaml:14:35
%847 = stop_gradient %846 : f32[4,2,10,1] @ models/lib/nn.yaml:14:21
%848 = broadcast %847 : f32[4,2,10,10] @ models/lib/nn.yaml:14:19
%849 = sub %845, %848 : f32[4,2,10,10] @ models/lib/nn.yaml:14:19
%850 = exp %849 : f32[4,2,10,10] @ models/lib/nn.yaml:14:13
%851 = reduce_sum %850 axes=[3] keep=1 : f32[4,2,10,1] @ models/lib/nn.yaml:15:20
%852 = broadcast %851 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%853 = div %850, %852 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%854 = reshape %853 : f32[4,2,10,10,1] @ models/lib/nn.yaml:56:23
%855 = broadcast %854 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%856 = reshape %835 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%857 = broadcast %856 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%858 = mul %855, %857 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%859 = reduce_sum %858 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%860 = permute %859 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/nn.yaml:56:13
%861 = reshape %860 : f32[4,10,16] @ models/lib/nn.yaml:57:16
%862 = matmul %861, %27 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%863 = broadcast %28 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%864 = add %862, %863 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%865 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%866 = broadcast %865 : f32[4,10,16] @ models/lib/nn.yaml:50:38
%867 = div %864, %866 : f32[4,10,16] @ models/lib/nn.yaml:50:38
%868 = rand_uniform %546 stream=3 : f32[4] @ models/lib/nn.yaml:43:13
%869 = const data=[0.9] : f32[] @ models/lib/nn.yaml:44:30
%870 = broadcast %869 : f32[4] @ models/lib/nn.yaml:44:35
%871 = add %870, %868 : f32[4] @ models/lib/nn.yaml:44:35
%872 = floor %871 : f32[4] @ models/lib/nn.yaml:44:24
%873 = reshape %872 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%874 = broadcast %873 : f32[4,10,16] @ models/lib/nn.yaml:50:51
%875 = mul %867, %874 : f32[4,10,16] @ models/lib/nn.yaml:50:51
%876 = add %803, %875 : f32[4,10,16] @ models/lib/nn.yaml:125:15
%877 = reduce_sum %876 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%878 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%879 = broadcast %878 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%880 = div %877, %879 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%881 = broadcast %880 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%882 = sub %876, %881 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%883 = mul %882, %882 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%884 = reduce_sum %883 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%885 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%886 = broadcast %885 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%887 = div %884, %886 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%888 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%889 = broadcast %888 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%890 = add %887, %889 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%891 = rsqrt %890 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%892 = broadcast %891 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%893 = mul %882, %892 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%894 = broadcast %29 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%895 = mul %893, %894 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%896 = broadcast %30 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%897 = add %895, %896 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%898 = matmul %897, %31 ta=0 tb=1 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%899 = broadcast %32 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%900 = add %898, %899 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%901 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%902 = broadcast %901 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%903 = mul %902, %900 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%904 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%905 = broadcast %904 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%906 = mul %900, %905 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%907 = erf %906 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%908 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%909 = broadcast %908 : f32[4,10,64] @ models/lib/nn.yaml:27:29
%910 = add %909, %907 : f32[4,10,64] @ models/lib/nn.yaml:27:29
%911 = mul %903, %910 : f32[4,10,64] @ models/lib/nn.yaml:27:24
%912 = matmul %911, %33 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%913 = broadcast %34 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%914 = add %912, %913 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%915 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%916 = broadcast %915 : f32[4,10,16] @ models/lib/nn.yaml:50:38
%917 = div %914, %916 : f32[4,10,16] @ models/lib/nn.yaml:50:38
%918 = rand_uniform %546 stream=4 : f32[4] @ models/lib/nn.yaml:43:13
%919 = const data=[0.9] : f32[] @ models/lib/nn.yaml:44:30
%920 = broadcast %919 : f32[4] @ models/lib/nn.yaml:44:35
%921 = add %920, %918 : f32[4] @ models/lib/nn.yaml:44:35
%922 = floor %921 : f32[4] @ models/lib/nn.yaml:44:24
%923 = reshape %922 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%924 = broadcast %923 : f32[4,10,16] @ models/lib/nn.yaml:50:51
%925 = mul %917, %924 : f32[4,10,16] @ models/lib/nn.yaml:50:51
%926 = add %876, %925 : f32[4,10,16] @ models/lib/nn.yaml:126:18
%927 = reduce_sum %926 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%928 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%929 = broadcast %928 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%930 = div %927, %929 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%931 = broadcast %930 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%932 = sub %926, %931 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%933 = mul %932, %932 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%934 = reduce_sum %933 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%935 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%936 = broadcast %935 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%937 = div %934, %936 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%938 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%939 = broadcast %938 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%940 = add %937, %939 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%941 = rsqrt %940 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%942 = broadcast %941 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%943 = mul %932, %942 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%944 = broadcast %35 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%945 = mul %943, %944 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%946 = broadcast %36 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%947 = add %945, %946 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%948 = slice %947 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino.yaml:44:34
%949 = reshape %948 : f32[4,16] @ models/dino.yaml:44:34
%950 = matmul %949, %37 ta=0 tb=1 : f32[4,24] @ models/lib/nn.yaml:83:15
%951 = broadcast %38 : f32[4,24] @ models/lib/nn.yaml:84:18
%952 = add %950, %951 : f32[4,24] @ models/lib/nn.yaml:84:18
%953 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%954 = broadcast %953 : f32[4,24] @ models/lib/nn.yaml:27:20
%955 = mul %954, %952 : f32[4,24] @ models/lib/nn.yaml:27:20
%956 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%957 = broadcast %956 : f32[4,24] @ models/lib/nn.yaml:27:37
%958 = mul %952, %957 : f32[4,24] @ models/lib/nn.yaml:27:37
%959 = erf %958 : f32[4,24] @ models/lib/nn.yaml:27:31
%960 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%961 = broadcast %960 : f32[4,24] @ models/lib/nn.yaml:27:29
%962 = add %961, %959 : f32[4,24] @ models/lib/nn.yaml:27:29
%963 = mul %955, %962 : f32[4,24] @ models/lib/nn.yaml:27:24
%964 = matmul %963, %39 ta=0 tb=1 : f32[4,24] @ models/lib/nn.yaml:83:15
%965 = broadcast %40 : f32[4,24] @ models/lib/nn.yaml:84:18
%966 = add %964, %965 : f32[4,24] @ models/lib/nn.yaml:84:18
%967 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%968 = broadcast %967 : f32[4,24] @ models/lib/nn.yaml:27:20
%969 = mul %968, %966 : f32[4,24] @ models/lib/nn.yaml:27:20
%970 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%971 = broadcast %970 : f32[4,24] @ models/lib/nn.yaml:27:37
%972 = mul %966, %971 : f32[4,24] @ models/lib/nn.yaml:27:37
%973 = erf %972 : f32[4,24] @ models/lib/nn.yaml:27:31
%974 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%975 = broadcast %974 : f32[4,24] @ models/lib/nn.yaml:27:29
%976 = add %975, %973 : f32[4,24] @ models/lib/nn.yaml:27:29
%977 = mul %969, %976 : f32[4,24] @ models/lib/nn.yaml:27:24
%978 = matmul %977, %41 ta=0 tb=1 : f32[4,8] @ models/lib/nn.yaml:83:15
%979 = broadcast %42 : f32[4,8] @ models/lib/nn.yaml:84:18
%980 = add %978, %979 : f32[4,8] @ models/lib/nn.yaml:84:18
%981 = mul %980, %980 : f32[4,8] @ models/lib/nn.yaml:33:35
%982 = reduce_sum %981 axes=[1] keep=1 : f32[4,1] @ models/lib/nn.yaml:33:29
%983 = sqrt %982 : f32[4,1] @ models/lib/nn.yaml:33:24
%984 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%985 = cast %984 : f32[] @ models/lib/nn.yaml:33:61
%986 = broadcast %985 : f32[4,1] @ models/lib/nn.yaml:33:20
%987 = max %983, %986 : f32[4,1] @ models/lib/nn.yaml:33:20
%988 = broadcast %987 : f32[4,8] @ models/lib/nn.yaml:33:18
%989 = div %980, %988 : f32[4,8] @ models/lib/nn.yaml:33:18
%990 = broadcast %43 : f32[32,8] @ models/lib/dino.yaml:22:22
%991 = mul %990, %44 : f32[32,8] @ models/lib/dino.yaml:22:22
%992 = mul %44, %44 : f32[32,8] @ models/lib/dino.yaml:22:53
%993 = reduce_sum %992 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%994 = sqrt %993 : f32[32,1] @ models/lib/dino.yaml:22:35
%995 = broadcast %994 : f32[32,8] @ models/lib/dino.yaml:22:33
%996 = div %991, %995 : f32[32,8] @ models/lib/dino.yaml:22:33
%997 = matmul %989, %996 ta=0 tb=1 : f32[4,32] @ models/lib/dino.yaml:23:18
%998 = slice %997 lo=[0,0] hi=[2,32] : f32[2,32] @ models/dino.yaml:65:20
%999 = slice %997 lo=[2,0] hi=[4,32] : f32[2,32] @ models/dino.yaml:65:20
%1000 = broadcast %83 : f32[2,32] @ models/lib/dino.yaml:38:38
%1001 = sub %368, %1000 : f32[2,32] @ models/lib/dino.yaml:38:38
%1002 = broadcast %4 : f32[2,32] @ models/lib/dino.yaml:38:48
%1003 = div %1001, %1002 : f32[2,32] @ models/lib/dino.yaml:38:48
%1004 = reduce_max %1003 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:14:35
%1005 = stop_gradient %1004 : f32[2,1] @ models/lib/nn.yaml:14:21
%1006 = broadcast %1005 : f32[2,32] @ models/lib/nn.yaml:14:19
%1007 = sub %1003, %1006 : f32[2,32] @ models/lib/nn.yaml:14:19
%1008 = exp %1007 : f32[2,32] @ models/lib/nn.yaml:14:13
%1009 = reduce_sum %1008 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:15:20
%1010 = broadcast %1009 : f32[2,32] @ models/lib/nn.yaml:15:18
%1011 = div %1008, %1010 : f32[2,32] @ models/lib/nn.yaml:15:18
%1012 = stop_gradient %1011 : f32[2,32] @ models/lib/dino.yaml:38:13
%1013 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%1014 = broadcast %1013 : f32[2,32] @ models/lib/dino.yaml:39:44
%1015 = div %678, %1014 : f32[2,32] @ models/lib/dino.yaml:39:44
%1016 = reduce_max %1015 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:21:31
%1017 = stop_gradient %1016 : f32[2,1] @ models/lib/nn.yaml:21:17
%1018 = broadcast %1017 : f32[2,32] @ models/lib/nn.yaml:21:15
%1019 = sub %1015, %1018 : f32[2,32] @ models/lib/nn.yaml:21:15
%1020 = exp %1019 : f32[2,32] @ models/lib/nn.yaml:22:28
%1021 = reduce_sum %1020 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:24
%1022 = log %1021 : f32[2,1] @ models/lib/nn.yaml:22:20
%1023 = broadcast %1022 : f32[2,32] @ models/lib/nn.yaml:22:18
%1024 = sub %1019, %1023 : f32[2,32] @ models/lib/nn.yaml:22:18
%1025 = mul %1012, %1024 : f32[2,32] @ models/lib/dino.yaml:39:28
%1026 = reduce_sum %1025 axes=[1] keep=0 : f32[2] @ models/lib/dino.yaml:39:22
%1027 = neg %1026 : f32[2] @ models/lib/dino.yaml:39:21
%1028 = reduce_sum %1027 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%1029 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%1030 = div %1028, %1029 : f32[] @ models/lib/dino.yaml:39:16
%1031 = broadcast %83 : f32[2,32] @ models/lib/dino.yaml:38:38
%1032 = sub %368, %1031 : f32[2,32] @ models/lib/dino.yaml:38:38
%1033 = broadcast %4 : f32[2,32] @ models/lib/dino.yaml:38:48
%1034 = div %1032, %1033 : f32[2,32] @ models/lib/dino.yaml:38:48
%1035 = reduce_max %1034 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:14:35
%1036 = stop_gradient %1035 : f32[2,1] @ models/lib/nn.yaml:14:21
%1037 = broadcast %1036 : f32[2,32] @ models/lib/nn.yaml:14:19
%1038 = sub %1034, %1037 : f32[2,32] @ models/lib/nn.yaml:14:19
%1039 = exp %1038 : f32[2,32] @ models/lib/nn.yaml:14:13
%1040 = reduce_sum %1039 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:15:20
%1041 = broadcast %1040 : f32[2,32] @ models/lib/nn.yaml:15:18
%1042 = div %1039, %1041 : f32[2,32] @ models/lib/nn.yaml:15:18
%1043 = stop_gradient %1042 : f32[2,32] @ models/lib/dino.yaml:38:13
%1044 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%1045 = broadcast %1044 : f32[2,32] @ models/lib/dino.yaml:39:44
%1046 = div %998, %1045 : f32[2,32] @ models/lib/dino.yaml:39:44
%1047 = reduce_max %1046 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:21:31
%1048 = stop_gradient %1047 : f32[2,1] @ models/lib/nn.yaml:21:17
%1049 = broadcast %1048 : f32[2,32] @ models/lib/nn.yaml:21:15
%1050 = sub %1046, %1049 : f32[2,32] @ models/lib/nn.yaml:21:15
%1051 = exp %1050 : f32[2,32] @ models/lib/nn.yaml:22:28
%1052 = reduce_sum %1051 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:24
%1053 = log %1052 : f32[2,1] @ models/lib/nn.yaml:22:20
%1054 = broadcast %1053 : f32[2,32] @ models/lib/nn.yaml:22:18
%1055 = sub %1050, %1054 : f32[2,32] @ models/lib/nn.yaml:22:18
%1056 = mul %1043, %1055 : f32[2,32] @ models/lib/dino.yaml:39:28
%1057 = reduce_sum %1056 axes=[1] keep=0 : f32[2] @ models/lib/dino.yaml:39:22
%1058 = neg %1057 : f32[2] @ models/lib/dino.yaml:39:21
%1059 = reduce_sum %1058 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%1060 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%1061 = div %1059, %1060 : f32[] @ models/lib/dino.yaml:39:16
%1062 = add %1030, %1061 : f32[] @ models/dino.yaml:76:11
%1063 = broadcast %83 : f32[2,32] @ models/lib/dino.yaml:38:38
%1064 = sub %368, %1063 : f32[2,32] @ models/lib/dino.yaml:38:38
%1065 = broadcast %4 : f32[2,32] @ models/lib/dino.yaml:38:48
%1066 = div %1064, %1065 : f32[2,32] @ models/lib/dino.yaml:38:48
%1067 = reduce_max %1066 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:14:35
%1068 = stop_gradient %1067 : f32[2,1] @ models/lib/nn.yaml:14:21
%1069 = broadcast %1068 : f32[2,32] @ models/lib/nn.yaml:14:19
%1070 = sub %1066, %1069 : f32[2,32] @ models/lib/nn.yaml:14:19
%1071 = exp %1070 : f32[2,32] @ models/lib/nn.yaml:14:13
%1072 = reduce_sum %1071 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:15:20
%1073 = broadcast %1072 : f32[2,32] @ models/lib/nn.yaml:15:18
%1074 = div %1071, %1073 : f32[2,32] @ models/lib/nn.yaml:15:18
%1075 = stop_gradient %1074 : f32[2,32] @ models/lib/dino.yaml:38:13
%1076 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%1077 = broadcast %1076 : f32[2,32] @ models/lib/dino.yaml:39:44
%1078 = div %999, %1077 : f32[2,32] @ models/lib/dino.yaml:39:44
%1079 = reduce_max %1078 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:21:31
%1080 = stop_gradient %1079 : f32[2,1] @ models/lib/nn.yaml:21:17
%1081 = broadcast %1080 : f32[2,32] @ models/lib/nn.yaml:21:15
%1082 = sub %1078, %1081 : f32[2,32] @ models/lib/nn.yaml:21:15
%1083 = exp %1082 : f32[2,32] @ models/lib/nn.yaml:22:28
%1084 = reduce_sum %1083 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:24
%1085 = log %1084 : f32[2,1] @ models/lib/nn.yaml:22:20
%1086 = broadcast %1085 : f32[2,32] @ models/lib/nn.yaml:22:18
%1087 = sub %1082, %1086 : f32[2,32] @ models/lib/nn.yaml:22:18
%1088 = mul %1075, %1087 : f32[2,32] @ models/lib/dino.yaml:39:28
%1089 = reduce_sum %1088 axes=[1] keep=0 : f32[2] @ models/lib/dino.yaml:39:22
%1090 = neg %1089 : f32[2] @ models/lib/dino.yaml:39:21
%1091 = reduce_sum %1090 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%1092 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%1093 = div %1091, %1092 : f32[] @ models/lib/dino.yaml:39:16
%1094 = add %1062, %1093 : f32[] @ models/dino.yaml:76:11
%1095 = broadcast %83 : f32[2,32] @ models/lib/dino.yaml:38:38
%1096 = sub %369, %1095 : f32[2,32] @ models/lib/dino.yaml:38:38
%1097 = broadcast %4 : f32[2,32] @ models/lib/dino.yaml:38:48
%1098 = div %1096, %1097 : f32[2,32] @ models/lib/dino.yaml:38:48
%1099 = reduce_max %1098 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:14:35
%1100 = stop_gradient %1099 : f32[2,1] @ models/lib/nn.yaml:14:21
%1101 = broadcast %1100 : f32[2,32] @ models/lib/nn.yaml:14:19
%1102 = sub %1098, %1101 : f32[2,32] @ models/lib/nn.yaml:14:19
%1103 = exp %1102 : f32[2,32] @ models/lib/nn.yaml:14:13
%1104 = reduce_sum %1103 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:15:20
%1105 = broadcast %1104 : f32[2,32] @ models/lib/nn.yaml:15:18
%1106 = div %1103, %1105 : f32[2,32] @ models/lib/nn.yaml:15:18
%1107 = stop_gradient %1106 : f32[2,32] @ models/lib/dino.yaml:38:13
%1108 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%1109 = broadcast %1108 : f32[2,32] @ models/lib/dino.yaml:39:44
%1110 = div %677, %1109 : f32[2,32] @ models/lib/dino.yaml:39:44
%1111 = reduce_max %1110 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:21:31
%1112 = stop_gradient %1111 : f32[2,1] @ models/lib/nn.yaml:21:17
%1113 = broadcast %1112 : f32[2,32] @ models/lib/nn.yaml:21:15
%1114 = sub %1110, %1113 : f32[2,32] @ models/lib/nn.yaml:21:15
%1115 = exp %1114 : f32[2,32] @ models/lib/nn.yaml:22:28
%1116 = reduce_sum %1115 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:24
%1117 = log %1116 : f32[2,1] @ models/lib/nn.yaml:22:20
%1118 = broadcast %1117 : f32[2,32] @ models/lib/nn.yaml:22:18
%1119 = sub %1114, %1118 : f32[2,32] @ models/lib/nn.yaml:22:18
%1120 = mul %1107, %1119 : f32[2,32] @ models/lib/dino.yaml:39:28
%1121 = reduce_sum %1120 axes=[1] keep=0 : f32[2] @ models/lib/dino.yaml:39:22
%1122 = neg %1121 : f32[2] @ models/lib/dino.yaml:39:21
%1123 = reduce_sum %1122 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%1124 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%1125 = div %1123, %1124 : f32[] @ models/lib/dino.yaml:39:16
%1126 = add %1094, %1125 : f32[] @ models/dino.yaml:76:11
%1127 = broadcast %83 : f32[2,32] @ models/lib/dino.yaml:38:38
%1128 = sub %369, %1127 : f32[2,32] @ models/lib/dino.yaml:38:38
%1129 = broadcast %4 : f32[2,32] @ models/lib/dino.yaml:38:48
%1130 = div %1128, %1129 : f32[2,32] @ models/lib/dino.yaml:38:48
%1131 = reduce_max %1130 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:14:35
%1132 = stop_gradient %1131 : f32[2,1] @ models/lib/nn.yaml:14:21
%1133 = broadcast %1132 : f32[2,32] @ models/lib/nn.yaml:14:19
%1134 = sub %1130, %1133 : f32[2,32] @ models/lib/nn.yaml:14:19
%1135 = exp %1134 : f32[2,32] @ models/lib/nn.yaml:14:13
%1136 = reduce_sum %1135 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:15:20
%1137 = broadcast %1136 : f32[2,32] @ models/lib/nn.yaml:15:18
%1138 = div %1135, %1137 : f32[2,32] @ models/lib/nn.yaml:15:18
%1139 = stop_gradient %1138 : f32[2,32] @ models/lib/dino.yaml:38:13
%1140 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%1141 = broadcast %1140 : f32[2,32] @ models/lib/dino.yaml:39:44
%1142 = div %998, %1141 : f32[2,32] @ models/lib/dino.yaml:39:44
%1143 = reduce_max %1142 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:21:31
%1144 = stop_gradient %1143 : f32[2,1] @ models/lib/nn.yaml:21:17
%1145 = broadcast %1144 : f32[2,32] @ models/lib/nn.yaml:21:15
%1146 = sub %1142, %1145 : f32[2,32] @ models/lib/nn.yaml:21:15
%1147 = exp %1146 : f32[2,32] @ models/lib/nn.yaml:22:28
%1148 = reduce_sum %1147 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:24
%1149 = log %1148 : f32[2,1] @ models/lib/nn.yaml:22:20
%1150 = broadcast %1149 : f32[2,32] @ models/lib/nn.yaml:22:18
%1151 = sub %1146, %1150 : f32[2,32] @ models/lib/nn.yaml:22:18
%1152 = mul %1139, %1151 : f32[2,32] @ models/lib/dino.yaml:39:28
%1153 = reduce_sum %1152 axes=[1] keep=0 : f32[2] @ models/lib/dino.yaml:39:22
%1154 = neg %1153 : f32[2] @ models/lib/dino.yaml:39:21
%1155 = reduce_sum %1154 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%1156 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%1157 = div %1155, %1156 : f32[] @ models/lib/dino.yaml:39:16
%1158 = add %1126, %1157 : f32[] @ models/dino.yaml:76:11
%1159 = broadcast %83 : f32[2,32] @ models/lib/dino.yaml:38:38
%1160 = sub %369, %1159 : f32[2,32] @ models/lib/dino.yaml:38:38
%1161 = broadcast %4 : f32[2,32] @ models/lib/dino.yaml:38:48
%1162 = div %1160, %1161 : f32[2,32] @ models/lib/dino.yaml:38:48
%1163 = reduce_max %1162 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:14:35
%1164 = stop_gradient %1163 : f32[2,1] @ models/lib/nn.yaml:14:21
%1165 = broadcast %1164 : f32[2,32] @ models/lib/nn.yaml:14:19
%1166 = sub %1162, %1165 : f32[2,32] @ models/lib/nn.yaml:14:19
%1167 = exp %1166 : f32[2,32] @ models/lib/nn.yaml:14:13
%1168 = reduce_sum %1167 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:15:20
%1169 = broadcast %1168 : f32[2,32] @ models/lib/nn.yaml:15:18
%1170 = div %1167, %1169 : f32[2,32] @ models/lib/nn.yaml:15:18
%1171 = stop_gradient %1170 : f32[2,32] @ models/lib/dino.yaml:38:13
%1172 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%1173 = broadcast %1172 : f32[2,32] @ models/lib/dino.yaml:39:44
%1174 = div %999, %1173 : f32[2,32] @ models/lib/dino.yaml:39:44
%1175 = reduce_max %1174 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:21:31
%1176 = stop_gradient %1175 : f32[2,1] @ models/lib/nn.yaml:21:17
%1177 = broadcast %1176 : f32[2,32] @ models/lib/nn.yaml:21:15
%1178 = sub %1174, %1177 : f32[2,32] @ models/lib/nn.yaml:21:15
%1179 = exp %1178 : f32[2,32] @ models/lib/nn.yaml:22:28
%1180 = reduce_sum %1179 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:24
%1181 = log %1180 : f32[2,1] @ models/lib/nn.yaml:22:20
%1182 = broadcast %1181 : f32[2,32] @ models/lib/nn.yaml:22:18
%1183 = sub %1178, %1182 : f32[2,32] @ models/lib/nn.yaml:22:18
%1184 = mul %1171, %1183 : f32[2,32] @ models/lib/dino.yaml:39:28
%1185 = reduce_sum %1184 axes=[1] keep=0 : f32[2] @ models/lib/dino.yaml:39:22
%1186 = neg %1185 : f32[2] @ models/lib/dino.yaml:39:21
%1187 = reduce_sum %1186 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%1188 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%1189 = div %1187, %1188 : f32[] @ models/lib/dino.yaml:39:16
%1190 = add %1158, %1189 : f32[] @ models/dino.yaml:76:11
%1191 = const data=[6] : f32[] @ models/dino.yaml:73:3
%1192 = div %1190, %1191 : f32[] @ models/dino.yaml:73:3
%1193 = output %1192 name="loss.dino" : f32[] @ models/dino.yaml:73:3
%1194 = const data=[1] : f32[] @ models/dino.yaml:73:3
%1195 = mul %1192, %1194 : f32[] @ models/dino.yaml:73:3
%1196 = output %1195 name="loss" : f32[] @ models/dino.yaml:73:3
%1197 = const data=[0.9] : f32[] @ models/dino.yaml:70:22
%1198 = broadcast %1197 : f32[1,32] @ models/dino.yaml:70:20
%1199 = mul %83, %1198 : f32[1,32] @ models/dino.yaml:70:20
%1200 = concat %368, %369 axis=0 : f32[4,32] @ models/dino.yaml:70:75
%1201 = reduce_sum %1200 axes=[0] keep=1 : f32[1,32] @ models/lib/nn.yaml:73:26
%1202 = all_reduce_sum %1201 : f32[1,32] @ models/lib/nn.yaml:73:16
%1203 = const data=[4] : f32[] @ models/lib/nn.yaml:73:65
%1204 = broadcast %1203 : f32[1,32] @ models/lib/nn.yaml:73:52
%1205 = div %1202, %1204 : f32[1,32] @ models/lib/nn.yaml:73:52
%1206 = const data=[0.1] : f32[] @ models/dino.yaml:70:43
%1207 = broadcast %1206 : f32[1,32] @ models/dino.yaml:70:62
%1208 = mul %1207, %1205 : f32[1,32] @ models/dino.yaml:70:62
%1209 = add %1199, %1208 : f32[1,32] @ models/dino.yaml:70:38
%1210 = assign %83, %1209 : f32[1,32] @ models/dino.yaml:70:13
%1211 = cast %1 : f64[] @ models/dino.yaml:55:3
%1212 = cast %2 : f64[] @ models/dino.yaml:56:3
%1213 = cast %3 : f64[] @ models/dino.yaml:57:3
%1214 = const data=[1] : f32[] @ models/dino.yaml:73:3
%1215 = mul %1214, %1194 : f32[] @ models/dino.yaml:73:3
%1216 = div %1215, %1191 : f32[] @ models/dino.yaml:73:3
%1217 = div %1216, %1188 : f32[] @ models/lib/dino.yaml:39:16
%1218 = reshape %1217 : f32[1] @ models/lib/dino.yaml:39:16
%1219 = broadcast %1218 : f32[2] @ models/lib/dino.yaml:39:16
%1220 = neg %1219 : f32[2] @ models/lib/dino.yaml:39:21
%1221 = reshape %1220 : f32[2,1] @ models/lib/dino.yaml:39:22
%1222 = broadcast %1221 : f32[2,32] @ models/lib/dino.yaml:39:22
%1223 = mul %1222, %1171 : f32[2,32] @ models/lib/dino.yaml:39:28
%1224 = neg %1223 : f32[2,32] @ models/lib/nn.yaml:22:18
%1225 = reduce_sum %1224 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:18
%1226 = div %1225, %1180 : f32[2,1] @ models/lib/nn.yaml:22:20
%1227 = broadcast %1226 : f32[2,32] @ models/lib/nn.yaml:22:24
%1228 = mul %1227, %1179 : f32[2,32] @ models/lib/nn.yaml:22:28
%1229 = add %1223, %1228 : f32[2,32] @ models/lib/nn.yaml:22:28
%1230 = div %1229, %1173 : f32[2,32] @ models/lib/dino.yaml:39:44
%1231 = div %1216, %1156 : f32[] @ models/lib/dino.yaml:39:16
%1232 = reshape %1231 : f32[1] @ models/lib/dino.yaml:39:16
%1233 = broadcast %1232 : f32[2] @ models/lib/dino.yaml:39:16
%1234 = neg %1233 : f32[2] @ models/lib/dino.yaml:39:21
%1235 = reshape %1234 : f32[2,1] @ models/lib/dino.yaml:39:22
%1236 = broadcast %1235 : f32[2,32] @ models/lib/dino.yaml:39:22
%1237 = mul %1236, %1139 : f32[2,32] @ models/lib/dino.yaml:39:28
%1238 = neg %1237 : f32[2,32] @ models/lib/nn.yaml:22:18
%1239 = reduce_sum %1238 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:18
%1240 = div %1239, %1148 : f32[2,1] @ models/lib/nn.yaml:22:20
%1241 = broadcast %1240 : f32[2,32] @ models/lib/nn.yaml:22:24
%1242 = mul %1241, %1147 : f32[2,32] @ models/lib/nn.yaml:22:28
%1243 = add %1237, %1242 : f32[2,32] @ models/lib/nn.yaml:22:28
%1244 = div %1243, %1141 : f32[2,32] @ models/lib/dino.yaml:39:44
%1245 = div %1216, %1124 : f32[] @ models/lib/dino.yaml:39:16
%1246 = reshape %1245 : f32[1] @ models/lib/dino.yaml:39:16
%1247 = broadcast %1246 : f32[2] @ models/lib/dino.yaml:39:16
%1248 = neg %1247 : f32[2] @ models/lib/dino.yaml:39:21
%1249 = reshape %1248 : f32[2,1] @ models/lib/dino.yaml:39:22
%1250 = broadcast %1249 : f32[2,32] @ models/lib/dino.yaml:39:22
%1251 = mul %1250, %1107 : f32[2,32] @ models/lib/dino.yaml:39:28
%1252 = neg %1251 : f32[2,32] @ models/lib/nn.yaml:22:18
%1253 = reduce_sum %1252 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:18
%1254 = div %1253, %1116 : f32[2,1] @ models/lib/nn.yaml:22:20
%1255 = broadcast %1254 : f32[2,32] @ models/lib/nn.yaml:22:24
%1256 = mul %1255, %1115 : f32[2,32] @ models/lib/nn.yaml:22:28
%1257 = add %1251, %1256 : f32[2,32] @ models/lib/nn.yaml:22:28
%1258 = div %1257, %1109 : f32[2,32] @ models/lib/dino.yaml:39:44
%1259 = div %1216, %1092 : f32[] @ models/lib/dino.yaml:39:16
%1260 = reshape %1259 : f32[1] @ models/lib/dino.yaml:39:16
%1261 = broadcast %1260 : f32[2] @ models/lib/dino.yaml:39:16
%1262 = neg %1261 : f32[2] @ models/lib/dino.yaml:39:21
%1263 = reshape %1262 : f32[2,1] @ models/lib/dino.yaml:39:22
%1264 = broadcast %1263 : f32[2,32] @ models/lib/dino.yaml:39:22
%1265 = mul %1264, %1075 : f32[2,32] @ models/lib/dino.yaml:39:28
%1266 = neg %1265 : f32[2,32] @ models/lib/nn.yaml:22:18
%1267 = reduce_sum %1266 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:18
%1268 = div %1267, %1084 : f32[2,1] @ models/lib/nn.yaml:22:20
%1269 = broadcast %1268 : f32[2,32] @ models/lib/nn.yaml:22:24
%1270 = mul %1269, %1083 : f32[2,32] @ models/lib/nn.yaml:22:28
%1271 = add %1265, %1270 : f32[2,32] @ models/lib/nn.yaml:22:28
%1272 = div %1271, %1077 : f32[2,32] @ models/lib/dino.yaml:39:44
%1273 = add %1230, %1272 : f32[2,32] @ models/lib/dino.yaml:39:44
%1274 = div %1216, %1060 : f32[] @ models/lib/dino.yaml:39:16
%1275 = reshape %1274 : f32[1] @ models/lib/dino.yaml:39:16
%1276 = broadcast %1275 : f32[2] @ models/lib/dino.yaml:39:16
%1277 = neg %1276 : f32[2] @ models/lib/dino.yaml:39:21
%1278 = reshape %1277 : f32[2,1] @ models/lib/dino.yaml:39:22
%1279 = broadcast %1278 : f32[2,32] @ models/lib/dino.yaml:39:22
%1280 = mul %1279, %1043 : f32[2,32] @ models/lib/dino.yaml:39:28
%1281 = neg %1280 : f32[2,32] @ models/lib/nn.yaml:22:18
%1282 = reduce_sum %1281 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:18
%1283 = div %1282, %1052 : f32[2,1] @ models/lib/nn.yaml:22:20
%1284 = broadcast %1283 : f32[2,32] @ models/lib/nn.yaml:22:24
%1285 = mul %1284, %1051 : f32[2,32] @ models/lib/nn.yaml:22:28
%1286 = add %1280, %1285 : f32[2,32] @ models/lib/nn.yaml:22:28
%1287 = div %1286, %1045 : f32[2,32] @ models/lib/dino.yaml:39:44
%1288 = add %1244, %1287 : f32[2,32] @ models/lib/dino.yaml:39:44
%1289 = div %1216, %1029 : f32[] @ models/lib/dino.yaml:39:16
%1290 = reshape %1289 : f32[1] @ models/lib/dino.yaml:39:16
%1291 = broadcast %1290 : f32[2] @ models/lib/dino.yaml:39:16
%1292 = neg %1291 : f32[2] @ models/lib/dino.yaml:39:21
%1293 = reshape %1292 : f32[2,1] @ models/lib/dino.yaml:39:22
%1294 = broadcast %1293 : f32[2,32] @ models/lib/dino.yaml:39:22
%1295 = mul %1294, %1012 : f32[2,32] @ models/lib/dino.yaml:39:28
%1296 = neg %1295 : f32[2,32] @ models/lib/nn.yaml:22:18
%1297 = reduce_sum %1296 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:18
%1298 = div %1297, %1021 : f32[2,1] @ models/lib/nn.yaml:22:20
%1299 = broadcast %1298 : f32[2,32] @ models/lib/nn.yaml:22:24
%1300 = mul %1299, %1020 : f32[2,32] @ models/lib/nn.yaml:22:28
%1301 = add %1295, %1300 : f32[2,32] @ models/lib/nn.yaml:22:28
%1302 = div %1301, %1014 : f32[2,32] @ models/lib/dino.yaml:39:44
%1303 = pad %1273 lo=[2,0] hi=[0,0] value=0 : f32[4,32] @ models/dino.yaml:65:20
%1304 = pad %1288 lo=[0,0] hi=[2,0] value=0 : f32[4,32] @ models/dino.yaml:65:20
%1305 = add %1303, %1304 : f32[4,32] @ models/dino.yaml:65:20
%1306 = matmul %1305, %996 ta=0 tb=0 : f32[4,8] @ models/lib/dino.yaml:23:18
%1307 = matmul %1305, %989 ta=1 tb=0 : f32[32,8] @ models/lib/dino.yaml:23:18
%1308 = div %1307, %995 : f32[32,8] @ models/lib/dino.yaml:22:33
%1309 = mul %1308, %996 : f32[32,8] @ models/lib/dino.yaml:22:33
%1310 = neg %1309 : f32[32,8] @ models/lib/dino.yaml:22:33
%1311 = reduce_sum %1310 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%1312 = const data=[0.5] : f32[] @ models/lib/dino.yaml:22:35
%1313 = broadcast %1312 : f32[32,1] @ models/lib/dino.yaml:22:35
%1314 = mul %1311, %1313 : f32[32,1] @ models/lib/dino.yaml:22:35
%1315 = div %1314, %994 : f32[32,1] @ models/lib/dino.yaml:22:35
%1316 = broadcast %1315 : f32[32,8] @ models/lib/dino.yaml:22:40
%1317 = mul %1316, %44 : f32[32,8] @ models/lib/dino.yaml:22:53
%1318 = mul %1316, %44 : f32[32,8] @ models/lib/dino.yaml:22:53
%1319 = add %1317, %1318 : f32[32,8] @ models/lib/dino.yaml:22:53
%1320 = mul %1308, %990 : f32[32,8] @ models/lib/dino.yaml:22:22
%1321 = add %1319, %1320 : f32[32,8] @ models/lib/dino.yaml:22:22
%1322 = div %1306, %988 : f32[4,8] @ models/lib/nn.yaml:33:18
%1323 = mul %1322, %989 : f32[4,8] @ models/lib/nn.yaml:33:18
%1324 = neg %1323 : f32[4,8] @ models/lib/nn.yaml:33:18
%1325 = reduce_sum %1324 axes=[1] keep=1 : f32[4,1] @ models/lib/nn.yaml:33:18
%1326 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%1327 = broadcast %1326 : f32[4,1] @ models/lib/nn.yaml:33:20
%1328 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:20
%1329 = broadcast %1328 : f32[4,1] @ models/lib/nn.yaml:33:20
%1330 = mul %1325, %1329 : f32[4,1] @ models/lib/nn.yaml:33:20
%1331 = eq %983, %986 : bool[4,1] @ models/lib/nn.yaml:33:20
%1332 = select %1331, %1330, %1327 : f32[4,1] @ models/lib/nn.yaml:33:20
%1333 = gt %983, %986 : bool[4,1] @ models/lib/nn.yaml:33:20
%1334 = select %1333, %1325, %1332 : f32[4,1] @ models/lib/nn.yaml:33:20
%1335 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:24
%1336 = broadcast %1335 : f32[4,1] @ models/lib/nn.yaml:33:24
%1337 = mul %1334, %1336 : f32[4,1] @ models/lib/nn.yaml:33:24
%1338 = div %1337, %983 : f32[4,1] @ models/lib/nn.yaml:33:24
%1339 = broadcast %1338 : f32[4,8] @ models/lib/nn.yaml:33:29
%1340 = mul %1339, %980 : f32[4,8] @ models/lib/nn.yaml:33:35
%1341 = add %1322, %1340 : f32[4,8] @ models/lib/nn.yaml:33:35
%1342 = mul %1339, %980 : f32[4,8] @ models/lib/nn.yaml:33:35
%1343 = add %1341, %1342 : f32[4,8] @ models/lib/nn.yaml:33:35
%1344 = reduce_sum %1343 axes=[0] keep=1 : f32[1,8] @ models/lib/nn.yaml:84:18
%1345 = reshape %1344 : f32[8] @ models/lib/nn.yaml:84:18
%1346 = matmul %1343, %41 ta=0 tb=0 : f32[4,24] @ models/lib/nn.yaml:83:15
%1347 = matmul %1343, %977 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%1348 = mul %1346, %976 : f32[4,24] @ models/lib/nn.yaml:27:24
%1349 = mul %1346, %969 : f32[4,24] @ models/lib/nn.yaml:27:24
%1350 = mul %972, %972 : f32[4,24] @ models/lib/nn.yaml:27:31
%1351 = neg %1350 : f32[4,24] @ models/lib/nn.yaml:27:31
%1352 = exp %1351 : f32[4,24] @ models/lib/nn.yaml:27:31
%1353 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%1354 = broadcast %1353 : f32[4,24] @ models/lib/nn.yaml:27:31
%1355 = mul %1352, %1354 : f32[4,24] @ models/lib/nn.yaml:27:31
%1356 = mul %1349, %1355 : f32[4,24] @ models/lib/nn.yaml:27:31
%1357 = mul %1356, %971 : f32[4,24] @ models/lib/nn.yaml:27:37
%1358 = mul %1348, %968 : f32[4,24] @ models/lib/nn.yaml:27:20
%1359 = add %1357, %1358 : f32[4,24] @ models/lib/nn.yaml:27:20
%1360 = reduce_sum %1359 axes=[0] keep=1 : f32[1,24] @ models/lib/nn.yaml:84:18
%1361 = reshape %1360 : f32[24] @ models/lib/nn.yaml:84:18
%1362 = matmul %1359, %39 ta=0 tb=0 : f32[4,24] @ models/lib/nn.yaml:83:15
%1363 = matmul %1359, %963 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%1364 = mul %1362, %962 : f32[4,24] @ models/lib/nn.yaml:27:24
%1365 = mul %1362, %955 : f32[4,24] @ models/lib/nn.yaml:27:24
%1366 = mul %958, %958 : f32[4,24] @ models/lib/nn.yaml:27:31
%1367 = neg %1366 : f32[4,24] @ models/lib/nn.yaml:27:31
%1368 = exp %1367 : f32[4,24] @ models/lib/nn.yaml:27:31
%1369 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%1370 = broadcast %1369 : f32[4,24] @ models/lib/nn.yaml:27:31
%1371 = mul %1368, %1370 : f32[4,24] @ models/lib/nn.yaml:27:31
%1372 = mul %1365, %1371 : f32[4,24] @ models/lib/nn.yaml:27:31
%1373 = mul %1372, %957 : f32[4,24] @ models/lib/nn.yaml:27:37
%1374 = mul %1364, %954 : f32[4,24] @ models/lib/nn.yaml:27:20
%1375 = add %1373, %1374 : f32[4,24] @ models/lib/nn.yaml:27:20
%1376 = reduce_sum %1375 axes=[0] keep=1 : f32[1,24] @ models/lib/nn.yaml:84:18
%1377 = reshape %1376 : f32[24] @ models/lib/nn.yaml:84:18
%1378 = matmul %1375, %37 ta=0 tb=0 : f32[4,16] @ models/lib/nn.yaml:83:15
%1379 = matmul %1375, %949 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%1380 = reshape %1378 : f32[4,1,16] @ models/dino.yaml:44:34
%1381 = pad %1380 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/dino.yaml:44:34
%1382 = reduce_sum %1381 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1383 = reshape %1382 : f32[16] @ models/lib/nn.yaml:96:46
%1384 = mul %1381, %944 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1385 = mul %1381, %943 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1386 = reduce_sum %1385 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1387 = reshape %1386 : f32[16] @ models/lib/nn.yaml:96:37
%1388 = mul %1384, %942 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1389 = mul %1384, %932 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1390 = reduce_sum %1389 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%1391 = mul %941, %941 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1392 = mul %941, %1391 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1393 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%1394 = broadcast %1393 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1395 = mul %1392, %1394 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1396 = mul %1390, %1395 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1397 = div %1396, %936 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1398 = broadcast %1397 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%1399 = mul %1398, %932 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1400 = add %1388, %1399 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1401 = mul %1398, %932 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1402 = add %1400, %1401 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1403 = neg %1402 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1404 = reduce_sum %1403 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%1405 = div %1404, %929 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1406 = broadcast %1405 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1407 = add %1402, %1406 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1408 = mul %1407, %924 : f32[4,10,16] @ models/lib/nn.yaml:50:51
%1409 = div %1408, %916 : f32[4,10,16] @ models/lib/nn.yaml:50:38
%1410 = reduce_sum %1409 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1411 = reshape %1410 : f32[16] @ models/lib/nn.yaml:84:18
%1412 = matmul %1409, %33 ta=0 tb=0 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%1413 = reshape %911 : f32[40,64] @ models/lib/nn.yaml:83:15
%1414 = reshape %1409 : f32[40,16] @ models/lib/nn.yaml:83:15
%1415 = matmul %1414, %1413 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%1416 = mul %1412, %910 : f32[4,10,64] @ models/lib/nn.yaml:27:24
%1417 = mul %1412, %903 : f32[4,10,64] @ models/lib/nn.yaml:27:24
%1418 = mul %906, %906 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1419 = neg %1418 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1420 = exp %1419 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1421 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%1422 = broadcast %1421 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1423 = mul %1420, %1422 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1424 = mul %1417, %1423 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1425 = mul %1424, %905 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%1426 = mul %1416, %902 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%1427 = add %1425, %1426 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%1428 = reduce_sum %1427 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%1429 = reshape %1428 : f32[64] @ models/lib/nn.yaml:84:18
%1430 = matmul %1427, %31 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1431 = reshape %897 : f32[40,16] @ models/lib/nn.yaml:83:15
%1432 = reshape %1427 : f32[40,64] @ models/lib/nn.yaml:83:15
%1433 = matmul %1432, %1431 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%1434 = reduce_sum %1430 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1435 = reshape %1434 : f32[16] @ models/lib/nn.yaml:96:46
%1436 = mul %1430, %894 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1437 = mul %1430, %893 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1438 = reduce_sum %1437 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1439 = reshape %1438 : f32[16] @ models/lib/nn.yaml:96:37
%1440 = mul %1436, %892 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1441 = mul %1436, %882 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1442 = reduce_sum %1441 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%1443 = mul %891, %891 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1444 = mul %891, %1443 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1445 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%1446 = broadcast %1445 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1447 = mul %1444, %1446 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1448 = mul %1442, %1447 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1449 = div %1448, %886 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1450 = broadcast %1449 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%1451 = mul %1450, %882 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1452 = add %1440, %1451 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1453 = mul %1450, %882 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1454 = add %1452, %1453 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1455 = add %1407, %1454 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1456 = neg %1454 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1457 = reduce_sum %1456 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%1458 = div %1457, %879 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1459 = broadcast %1458 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1460 = add %1455, %1459 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1461 = mul %1460, %874 : f32[4,10,16] @ models/lib/nn.yaml:50:51
%1462 = div %1461, %866 : f32[4,10,16] @ models/lib/nn.yaml:50:38
%1463 = reduce_sum %1462 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1464 = reshape %1463 : f32[16] @ models/lib/nn.yaml:84:18
%1465 = matmul %1462, %27 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1466 = reshape %861 : f32[40,16] @ models/lib/nn.yaml:83:15
%1467 = reshape %1462 : f32[40,16] @ models/lib/nn.yaml:83:15
%1468 = matmul %1467, %1466 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%1469 = reshape %1465 : f32[4,10,2,8] @ models/lib/nn.yaml:57:16
%1470 = permute %1469 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/nn.yaml:56:13
%1471 = permute %835 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%1472 = reshape %1470 : f32[4,2,10,8,1] @ models/lib/nn.yaml:56:23
%1473 = broadcast %1472 : f32[4,2,10,8,10] @ models/lib/nn.yaml:56:23
%1474 = reshape %1471 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%1475 = broadcast %1474 : f32[4,2,10,8,10] @ models/lib/nn.yaml:56:23
%1476 = mul %1473, %1475 : f32[4,2,10,8,10] @ models/lib/nn.yaml:56:23
%1477 = reduce_sum %1476 axes=[3] keep=0 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1478 = permute %853 perm=[0,1,3,2] : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1479 = reshape %1478 : f32[4,2,10,10,1] @ models/lib/nn.yaml:56:23
%1480 = broadcast %1479 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%1481 = reshape %1470 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1482 = broadcast %1481 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%1483 = mul %1480, %1482 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%1484 = reduce_sum %1483 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%1485 = div %1477, %852 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1486 = mul %1485, %853 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1487 = neg %1486 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1488 = reduce_sum %1487 axes=[3] keep=1 : f32[4,2,10,1] @ models/lib/nn.yaml:15:18
%1489 = broadcast %1488 : f32[4,2,10,10] @ models/lib/nn.yaml:15:20
%1490 = add %1485, %1489 : f32[4,2,10,10] @ models/lib/nn.yaml:15:20
%1491 = mul %1490, %850 : f32[4,2,10,10] @ models/lib/nn.yaml:14:13
%1492 = mul %1491, %844 : f32[4,2,10,10] @ models/lib/nn.yaml:55:29
%1493 = reshape %1492 : f32[4,2,10,10,1] @ models/lib/nn.yaml:55:23
%1494 = broadcast %1493 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1495 = reshape %833 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%1496 = broadcast %1495 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1497 = mul %1494, %1496 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1498 = reduce_sum %1497 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%1499 = permute %1492 perm=[0,1,3,2] : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%1500 = reshape %1499 : f32[4,2,10,10,1] @ models/lib/nn.yaml:55:23
%1501 = broadcast %1500 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1502 = reshape %831 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%1503 = broadcast %1502 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1504 = mul %1501, %1503 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1505 = reduce_sum %1504 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%1506 = reshape %1484 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:40
%1507 = pad %1506 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,4,2,10,8] @ models/lib/nn.yaml:67:40
%1508 = reshape %1505 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:34
%1509 = pad %1508 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,4,2,10,8] @ models/lib/nn.yaml:67:34
%1510 = add %1507, %1509 : f32[3,4,2,10,8] @ models/lib/nn.yaml:67:34
%1511 = reshape %1498 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:28
%1512 = pad %1511 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,4,2,10,8] @ models/lib/nn.yaml:67:28
%1513 = add %1510, %1512 : f32[3,4,2,10,8] @ models/lib/nn.yaml:67:28
%1514 = permute %1513 perm=[1,3,0,2,4] : f32[4,10,3,2,8] @ models/lib/nn.yaml:66:13
%1515 = reshape %1514 : f32[4,10,48] @ models/lib/nn.yaml:66:21
%1516 = reduce_sum %1515 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%1517 = reshape %1516 : f32[48] @ models/lib/nn.yaml:84:18
%1518 = matmul %1515, %25 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1519 = reshape %824 : f32[40,16] @ models/lib/nn.yaml:83:15
%1520 = reshape %1515 : f32[40,48] @ models/lib/nn.yaml:83:15
%1521 = matmul %1520, %1519 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%1522 = reduce_sum %1518 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1523 = reshape %1522 : f32[16] @ models/lib/nn.yaml:96:46
%1524 = mul %1518, %821 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1525 = mul %1518, %820 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1526 = reduce_sum %1525 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1527 = reshape %1526 : f32[16] @ models/lib/nn.yaml:96:37
%1528 = mul %1524, %819 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1529 = mul %1524, %809 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1530 = reduce_sum %1529 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%1531 = mul %818, %818 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1532 = mul %818, %1531 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1533 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%1534 = broadcast %1533 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1535 = mul %1532, %1534 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1536 = mul %1530, %1535 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1537 = div %1536, %813 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1538 = broadcast %1537 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%1539 = mul %1538, %809 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1540 = add %1528, %1539 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1541 = mul %1538, %809 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1542 = add %1540, %1541 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1543 = add %1460, %1542 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1544 = neg %1542 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1545 = reduce_sum %1544 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%1546 = div %1545, %806 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1547 = broadcast %1546 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1548 = add %1543, %1547 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1549 = reduce_sum %1548 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1550 = reshape %1549 : f32[16] @ models/lib/nn.yaml:84:18
%1551 = matmul %1548, %21 ta=0 tb=0 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%1552 = reshape %799 : f32[40,64] @ models/lib/nn.yaml:83:15
%1553 = reshape %1548 : f32[40,16] @ models/lib/nn.yaml:83:15
%1554 = matmul %1553, %1552 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%1555 = mul %1551, %798 : f32[4,10,64] @ models/lib/nn.yaml:27:24
%1556 = mul %1551, %791 : f32[4,10,64] @ models/lib/nn.yaml:27:24
%1557 = mul %794, %794 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1558 = neg %1557 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1559 = exp %1558 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1560 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%1561 = broadcast %1560 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1562 = mul %1559, %1561 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1563 = mul %1556, %1562 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1564 = mul %1563, %793 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%1565 = mul %1555, %790 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%1566 = add %1564, %1565 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%1567 = reduce_sum %1566 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%1568 = reshape %1567 : f32[64] @ models/lib/nn.yaml:84:18
%1569 = matmul %1566, %19 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1570 = reshape %785 : f32[40,16] @ models/lib/nn.yaml:83:15
%1571 = reshape %1566 : f32[40,64] @ models/lib/nn.yaml:83:15
%1572 = matmul %1571, %1570 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%1573 = reduce_sum %1569 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1574 = reshape %1573 : f32[16] @ models/lib/nn.yaml:96:46
%1575 = mul %1569, %782 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1576 = mul %1569, %781 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1577 = reduce_sum %1576 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1578 = reshape %1577 : f32[16] @ models/lib/nn.yaml:96:37
%1579 = mul %1575, %780 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1580 = mul %1575, %770 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1581 = reduce_sum %1580 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%1582 = mul %779, %779 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1583 = mul %779, %1582 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1584 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%1585 = broadcast %1584 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1586 = mul %1583, %1585 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1587 = mul %1581, %1586 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1588 = div %1587, %774 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1589 = broadcast %1588 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%1590 = mul %1589, %770 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1591 = add %1579, %1590 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1592 = mul %1589, %770 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1593 = add %1591, %1592 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1594 = add %1548, %1593 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1595 = neg %1593 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1596 = reduce_sum %1595 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%1597 = div %1596, %767 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1598 = broadcast %1597 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1599 = add %1594, %1598 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1600 = reduce_sum %1599 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1601 = reshape %1600 : f32[16] @ models/lib/nn.yaml:84:18
%1602 = matmul %1599, %15 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1603 = reshape %760 : f32[40,16] @ models/lib/nn.yaml:83:15
%1604 = reshape %1599 : f32[40,16] @ models/lib/nn.yaml:83:15
%1605 = matmul %1604, %1603 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%1606 = reshape %1602 : f32[4,10,2,8] @ models/lib/nn.yaml:57:16
%1607 = permute %1606 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/nn.yaml:56:13
%1608 = permute %734 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%1609 = reshape %1607 : f32[4,2,10,8,1] @ models/lib/nn.yaml:56:23
%1610 = broadcast %1609 : f32[4,2,10,8,10] @ models/lib/nn.yaml:56:23
%1611 = reshape %1608 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%1612 = broadcast %1611 : f32[4,2,10,8,10] @ models/lib/nn.yaml:56:23
%1613 = mul %1610, %1612 : f32[4,2,10,8,10] @ models/lib/nn.yaml:56:23
%1614 = reduce_sum %1613 axes=[3] keep=0 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1615 = permute %752 perm=[0,1,3,2] : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1616 = reshape %1615 : f32[4,2,10,10,1] @ models/lib/nn.yaml:56:23
%1617 = broadcast %1616 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%1618 = reshape %1607 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1619 = broadcast %1618 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%1620 = mul %1617, %1619 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%1621 = reduce_sum %1620 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%1622 = div %1614, %751 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1623 = mul %1622, %752 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1624 = neg %1623 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1625 = reduce_sum %1624 axes=[3] keep=1 : f32[4,2,10,1] @ models/lib/nn.yaml:15:18
%1626 = broadcast %1625 : f32[4,2,10,10] @ models/lib/nn.yaml:15:20
%1627 = add %1622, %1626 : f32[4,2,10,10] @ models/lib/nn.yaml:15:20
%1628 = mul %1627, %749 : f32[4,2,10,10] @ models/lib/nn.yaml:14:13
%1629 = mul %1628, %743 : f32[4,2,10,10] @ models/lib/nn.yaml:55:29
%1630 = reshape %1629 : f32[4,2,10,10,1] @ models/lib/nn.yaml:55:23
%1631 = broadcast %1630 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1632 = reshape %732 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%1633 = broadcast %1632 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1634 = mul %1631, %1633 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1635 = reduce_sum %1634 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%1636 = permute %1629 perm=[0,1,3,2] : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%1637 = reshape %1636 : f32[4,2,10,10,1] @ models/lib/nn.yaml:55:23
%1638 = broadcast %1637 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1639 = reshape %730 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%1640 = broadcast %1639 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1641 = mul %1638, %1640 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1642 = reduce_sum %1641 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%1643 = reshape %1621 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:40
%1644 = pad %1643 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,4,2,10,8] @ models/lib/nn.yaml:67:40
%1645 = reshape %1642 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:34
%1646 = pad %1645 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,4,2,10,8] @ models/lib/nn.yaml:67:34
%1647 = add %1644, %1646 : f32[3,4,2,10,8] @ models/lib/nn.yaml:67:34
%1648 = reshape %1635 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:28
%1649 = pad %1648 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,4,2,10,8] @ models/lib/nn.yaml:67:28
%1650 = add %1647, %1649 : f32[3,4,2,10,8] @ models/lib/nn.yaml:67:28
%1651 = permute %1650 perm=[1,3,0,2,4] : f32[4,10,3,2,8] @ models/lib/nn.yaml:66:13
%1652 = reshape %1651 : f32[4,10,48] @ models/lib/nn.yaml:66:21
%1653 = reduce_sum %1652 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%1654 = reshape %1653 : f32[48] @ models/lib/nn.yaml:84:18
%1655 = matmul %1652, %13 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1656 = reshape %723 : f32[40,16] @ models/lib/nn.yaml:83:15
%1657 = reshape %1652 : f32[40,48] @ models/lib/nn.yaml:83:15
%1658 = matmul %1657, %1656 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%1659 = reduce_sum %1655 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1660 = reshape %1659 : f32[16] @ models/lib/nn.yaml:96:46
%1661 = mul %1655, %720 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1662 = mul %1655, %719 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1663 = reduce_sum %1662 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1664 = reshape %1663 : f32[16] @ models/lib/nn.yaml:96:37
%1665 = mul %1661, %718 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1666 = mul %1661, %708 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1667 = reduce_sum %1666 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%1668 = mul %717, %717 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1669 = mul %717, %1668 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1670 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%1671 = broadcast %1670 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1672 = mul %1669, %1671 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1673 = mul %1667, %1672 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1674 = div %1673, %712 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1675 = broadcast %1674 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%1676 = mul %1675, %708 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1677 = add %1665, %1676 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1678 = mul %1675, %708 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1679 = add %1677, %1678 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1680 = add %1599, %1679 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1681 = neg %1679 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1682 = reduce_sum %1681 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%1683 = div %1682, %705 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1684 = broadcast %1683 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1685 = add %1680, %1684 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1686 = reduce_sum %1685 axes=[0] keep=1 : f32[1,10,16] @ models/lib/vit.yaml:62:15
%1687 = slice %1686 lo=[0,0,0] hi=[1,1,16] : f32[1,1,16] @ models/lib/vit.yaml:41:36
%1688 = slice %1686 lo=[0,1,0] hi=[1,10,16] : f32[1,9,16] @ models/lib/vit.yaml:41:36
%1689 = reshape %1688 : f32[3,3,16] @ models/lib/vit.yaml:36:16
%1690 = permute %1689 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%1691 = reshape %1690 : f32[3,48] @ models/lib/vit.yaml:35:21
%1692 = matmul %690, %1691 ta=1 tb=0 : f32[4,48] @ models/lib/vit.yaml:34:15
%1693 = reshape %1692 : f32[4,3,16] @ models/lib/vit.yaml:34:17
%1694 = permute %1693 perm=[1,0,2] : f32[3,4,16] @ models/lib/vit.yaml:33:13
%1695 = reshape %1694 : f32[3,64] @ models/lib/vit.yaml:33:21
%1696 = matmul %690, %1695 ta=1 tb=0 : f32[4,64] @ models/lib/vit.yaml:32:15
%1697 = reshape %1696 : f32[1,16,16] @ models/lib/vit.yaml:32:17
%1698 = pad %1697 lo=[0,1,0] hi=[0,0,0] value=0 : f32[1,17,16] @ models/lib/vit.yaml:41:72
%1699 = pad %1687 lo=[0,0,0] hi=[0,16,0] value=0 : f32[1,17,16] @ models/lib/vit.yaml:41:46
%1700 = add %1698, %1699 : f32[1,17,16] @ models/lib/vit.yaml:41:46
%1701 = slice %1685 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:61:13
%1702 = slice %1685 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:61:13
%1703 = reduce_sum %1701 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:61:20
%1704 = reduce_sum %1702 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%1705 = reshape %1704 : f32[16] @ models/lib/vit.yaml:17:71
%1706 = reshape %681 : f32[36,48] @ models/lib/vit.yaml:17:18
%1707 = reshape %1702 : f32[36,16] @ models/lib/vit.yaml:17:18
%1708 = matmul %1707, %1706 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%1709 = reshape %1708 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%1710 = pad %1302 lo=[2,0] hi=[0,0] value=0 : f32[4,32] @ models/dino.yaml:65:20
%1711 = pad %1258 lo=[0,0] hi=[2,0] value=0 : f32[4,32] @ models/dino.yaml:65:20
%1712 = add %1710, %1711 : f32[4,32] @ models/dino.yaml:65:20
%1713 = matmul %1712, %675 ta=0 tb=0 : f32[4,8] @ models/lib/dino.yaml:23:18
%1714 = matmul %1712, %668 ta=1 tb=0 : f32[32,8] @ models/lib/dino.yaml:23:18
%1715 = div %1714, %674 : f32[32,8] @ models/lib/dino.yaml:22:33
%1716 = mul %1715, %675 : f32[32,8] @ models/lib/dino.yaml:22:33
%1717 = neg %1716 : f32[32,8] @ models/lib/dino.yaml:22:33
%1718 = reduce_sum %1717 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%1719 = const data=[0.5] : f32[] @ models/lib/dino.yaml:22:35
%1720 = broadcast %1719 : f32[32,1] @ models/lib/dino.yaml:22:35
%1721 = mul %1718, %1720 : f32[32,1] @ models/lib/dino.yaml:22:35
%1722 = div %1721, %673 : f32[32,1] @ models/lib/dino.yaml:22:35
%1723 = broadcast %1722 : f32[32,8] @ models/lib/dino.yaml:22:40
%1724 = mul %1723, %44 : f32[32,8] @ models/lib/dino.yaml:22:53
%1725 = add %1321, %1724 : f32[32,8] @ models/lib/dino.yaml:22:53
%1726 = mul %1723, %44 : f32[32,8] @ models/lib/dino.yaml:22:53
%1727 = add %1725, %1726 : f32[32,8] @ models/lib/dino.yaml:22:53
%1728 = mul %1715, %669 : f32[32,8] @ models/lib/dino.yaml:22:22
%1729 = add %1727, %1728 : f32[32,8] @ models/lib/dino.yaml:22:22
%1730 = div %1713, %667 : f32[4,8] @ models/lib/nn.yaml:33:18
%1731 = mul %1730, %668 : f32[4,8] @ models/lib/nn.yaml:33:18
%1732 = neg %1731 : f32[4,8] @ models/lib/nn.yaml:33:18
%1733 = reduce_sum %1732 axes=[1] keep=1 : f32[4,1] @ models/lib/nn.yaml:33:18
%1734 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%1735 = broadcast %1734 : f32[4,1] @ models/lib/nn.yaml:33:20
%1736 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:20
%1737 = broadcast %1736 : f32[4,1] @ models/lib/nn.yaml:33:20
%1738 = mul %1733, %1737 : f32[4,1] @ models/lib/nn.yaml:33:20
%1739 = eq %662, %665 : bool[4,1] @ models/lib/nn.yaml:33:20
%1740 = select %1739, %1738, %1735 : f32[4,1] @ models/lib/nn.yaml:33:20
%1741 = gt %662, %665 : bool[4,1] @ models/lib/nn.yaml:33:20
%1742 = select %1741, %1733, %1740 : f32[4,1] @ models/lib/nn.yaml:33:20
%1743 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:24
%1744 = broadcast %1743 : f32[4,1] @ models/lib/nn.yaml:33:24
%1745 = mul %1742, %1744 : f32[4,1] @ models/lib/nn.yaml:33:24
%1746 = div %1745, %662 : f32[4,1] @ models/lib/nn.yaml:33:24
%1747 = broadcast %1746 : f32[4,8] @ models/lib/nn.yaml:33:29
%1748 = mul %1747, %659 : f32[4,8] @ models/lib/nn.yaml:33:35
%1749 = add %1730, %1748 : f32[4,8] @ models/lib/nn.yaml:33:35
%1750 = mul %1747, %659 : f32[4,8] @ models/lib/nn.yaml:33:35
%1751 = add %1749, %1750 : f32[4,8] @ models/lib/nn.yaml:33:35
%1752 = reduce_sum %1751 axes=[0] keep=1 : f32[1,8] @ models/lib/nn.yaml:84:18
%1753 = reshape %1752 : f32[8] @ models/lib/nn.yaml:84:18
%1754 = add %1345, %1753 : f32[8] @ models/lib/nn.yaml:84:18
%1755 = matmul %1751, %41 ta=0 tb=0 : f32[4,24] @ models/lib/nn.yaml:83:15
%1756 = matmul %1751, %656 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%1757 = add %1347, %1756 : f32[8,24] @ models/lib/nn.yaml:83:15
%1758 = mul %1755, %655 : f32[4,24] @ models/lib/nn.yaml:27:24
%1759 = mul %1755, %648 : f32[4,24] @ models/lib/nn.yaml:27:24
%1760 = mul %651, %651 : f32[4,24] @ models/lib/nn.yaml:27:31
%1761 = neg %1760 : f32[4,24] @ models/lib/nn.yaml:27:31
%1762 = exp %1761 : f32[4,24] @ models/lib/nn.yaml:27:31
%1763 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%1764 = broadcast %1763 : f32[4,24] @ models/lib/nn.yaml:27:31
%1765 = mul %1762, %1764 : f32[4,24] @ models/lib/nn.yaml:27:31
%1766 = mul %1759, %1765 : f32[4,24] @ models/lib/nn.yaml:27:31
%1767 = mul %1766, %650 : f32[4,24] @ models/lib/nn.yaml:27:37
%1768 = mul %1758, %647 : f32[4,24] @ models/lib/nn.yaml:27:20
%1769 = add %1767, %1768 : f32[4,24] @ models/lib/nn.yaml:27:20
%1770 = reduce_sum %1769 axes=[0] keep=1 : f32[1,24] @ models/lib/nn.yaml:84:18
%1771 = reshape %1770 : f32[24] @ models/lib/nn.yaml:84:18
%1772 = add %1361, %1771 : f32[24] @ models/lib/nn.yaml:84:18
%1773 = matmul %1769, %39 ta=0 tb=0 : f32[4,24] @ models/lib/nn.yaml:83:15
%1774 = matmul %1769, %642 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%1775 = add %1363, %1774 : f32[24,24] @ models/lib/nn.yaml:83:15
%1776 = mul %1773, %641 : f32[4,24] @ models/lib/nn.yaml:27:24
%1777 = mul %1773, %634 : f32[4,24] @ models/lib/nn.yaml:27:24
%1778 = mul %637, %637 : f32[4,24] @ models/lib/nn.yaml:27:31
%1779 = neg %1778 : f32[4,24] @ models/lib/nn.yaml:27:31
%1780 = exp %1779 : f32[4,24] @ models/lib/nn.yaml:27:31
%1781 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%1782 = broadcast %1781 : f32[4,24] @ models/lib/nn.yaml:27:31
%1783 = mul %1780, %1782 : f32[4,24] @ models/lib/nn.yaml:27:31
%1784 = mul %1777, %1783 : f32[4,24] @ models/lib/nn.yaml:27:31
%1785 = mul %1784, %636 : f32[4,24] @ models/lib/nn.yaml:27:37
%1786 = mul %1776, %633 : f32[4,24] @ models/lib/nn.yaml:27:20
%1787 = add %1785, %1786 : f32[4,24] @ models/lib/nn.yaml:27:20
%1788 = reduce_sum %1787 axes=[0] keep=1 : f32[1,24] @ models/lib/nn.yaml:84:18
%1789 = reshape %1788 : f32[24] @ models/lib/nn.yaml:84:18
%1790 = add %1377, %1789 : f32[24] @ models/lib/nn.yaml:84:18
%1791 = matmul %1787, %37 ta=0 tb=0 : f32[4,16] @ models/lib/nn.yaml:83:15
%1792 = matmul %1787, %628 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%1793 = add %1379, %1792 : f32[24,16] @ models/lib/nn.yaml:83:15
%1794 = reshape %1791 : f32[4,1,16] @ models/dino.yaml:44:34
%1795 = pad %1794 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/dino.yaml:44:34
%1796 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,68] @ models/lib/nn.yaml:96:46
%1797 = reshape %1795 : f32[68,16] @ models/lib/nn.yaml:96:46
%1798 = matmul %1796, %1797 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%1799 = reshape %1798 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1800 = reshape %1799 : f32[16] @ models/lib/nn.yaml:96:46
%1801 = add %1383, %1800 : f32[16] @ models/lib/nn.yaml:96:46
%1802 = mul %1795, %623 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1803 = mul %1795, %622 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1804 = reduce_sum %1803 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1805 = reshape %1804 : f32[16] @ models/lib/nn.yaml:96:37
%1806 = add %1387, %1805 : f32[16] @ models/lib/nn.yaml:96:37
%1807 = mul %1802, %621 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1808 = mul %1802, %611 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1809 = reduce_sum %1808 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%1810 = mul %620, %620 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1811 = mul %620, %1810 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1812 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%1813 = broadcast %1812 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1814 = mul %1811, %1813 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1815 = mul %1809, %1814 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1816 = div %1815, %615 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1817 = broadcast %1816 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%1818 = mul %1817, %611 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1819 = add %1807, %1818 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1820 = mul %1817, %611 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1821 = add %1819, %1820 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1822 = neg %1821 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1823 = reduce_sum %1822 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%1824 = div %1823, %608 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1825 = broadcast %1824 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1826 = add %1821, %1825 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1827 = mul %1826, %603 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%1828 = div %1827, %595 : f32[4,17,16] @ models/lib/nn.yaml:50:38
%1829 = reshape %1828 : f32[68,16] @ models/lib/nn.yaml:84:18
%1830 = matmul %1796, %1829 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%1831 = reshape %1830 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1832 = reshape %1831 : f32[16] @ models/lib/nn.yaml:84:18
%1833 = add %1411, %1832 : f32[16] @ models/lib/nn.yaml:84:18
%1834 = matmul %1828, %33 ta=0 tb=0 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%1835 = reshape %590 : f32[68,64] @ models/lib/nn.yaml:83:15
%1836 = reshape %1828 : f32[68,16] @ models/lib/nn.yaml:83:15
%1837 = matmul %1836, %1835 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%1838 = add %1415, %1837 : f32[16,64] @ models/lib/nn.yaml:83:15
%1839 = mul %1834, %589 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%1840 = mul %1834, %582 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%1841 = mul %585, %585 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1842 = neg %1841 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1843 = exp %1842 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1844 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%1845 = broadcast %1844 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1846 = mul %1843, %1845 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1847 = mul %1840, %1846 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1848 = mul %1847, %584 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%1849 = mul %1839, %581 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%1850 = add %1848, %1849 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%1851 = reshape %1850 : f32[68,64] @ models/lib/nn.yaml:84:18
%1852 = matmul %1796, %1851 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%1853 = reshape %1852 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%1854 = reshape %1853 : f32[64] @ models/lib/nn.yaml:84:18
%1855 = add %1429, %1854 : f32[64] @ models/lib/nn.yaml:84:18
%1856 = matmul %1850, %31 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1857 = reshape %576 : f32[68,16] @ models/lib/nn.yaml:83:15
%1858 = reshape %1850 : f32[68,64] @ models/lib/nn.yaml:83:15
%1859 = matmul %1858, %1857 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%1860 = add %1433, %1859 : f32[64,16] @ models/lib/nn.yaml:83:15
%1861 = reshape %1856 : f32[68,16] @ models/lib/nn.yaml:96:46
%1862 = matmul %1796, %1861 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%1863 = reshape %1862 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1864 = reshape %1863 : f32[16] @ models/lib/nn.yaml:96:46
%1865 = add %1435, %1864 : f32[16] @ models/lib/nn.yaml:96:46
%1866 = mul %1856, %573 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1867 = mul %1856, %572 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1868 = reduce_sum %1867 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1869 = reshape %1868 : f32[16] @ models/lib/nn.yaml:96:37
%1870 = add %1439, %1869 : f32[16] @ models/lib/nn.yaml:96:37
%1871 = mul %1866, %571 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1872 = mul %1866, %561 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1873 = reduce_sum %1872 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%1874 = mul %570, %570 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1875 = mul %570, %1874 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1876 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%1877 = broadcast %1876 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1878 = mul %1875, %1877 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1879 = mul %1873, %1878 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1880 = div %1879, %565 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1881 = broadcast %1880 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%1882 = mul %1881, %561 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1883 = add %1871, %1882 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1884 = mul %1881, %561 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1885 = add %1883, %1884 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1886 = add %1826, %1885 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1887 = neg %1885 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1888 = reduce_sum %1887 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%1889 = div %1888, %558 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1890 = broadcast %1889 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1891 = add %1886, %1890 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1892 = mul %1891, %553 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%1893 = div %1892, %544 : f32[4,17,16] @ models/lib/nn.yaml:50:38
%1894 = reshape %1893 : f32[68,16] @ models/lib/nn.yaml:84:18
%1895 = matmul %1796, %1894 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%1896 = reshape %1895 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1897 = reshape %1896 : f32[16] @ models/lib/nn.yaml:84:18
%1898 = add %1464, %1897 : f32[16] @ models/lib/nn.yaml:84:18
%1899 = matmul %1893, %27 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1900 = reshape %539 : f32[68,16] @ models/lib/nn.yaml:83:15
%1901 = reshape %1893 : f32[68,16] @ models/lib/nn.yaml:83:15
%1902 = matmul %1901, %1900 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%1903 = add %1468, %1902 : f32[16,16] @ models/lib/nn.yaml:83:15
%1904 = reshape %1899 : f32[4,17,2,8] @ models/lib/nn.yaml:57:16
%1905 = permute %1904 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/nn.yaml:56:13
%1906 = permute %513 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%1907 = reshape %1905 : f32[4,2,17,8,1] @ models/lib/nn.yaml:56:23
%1908 = broadcast %1907 : f32[4,2,17,8,17] @ models/lib/nn.yaml:56:23
%1909 = reshape %1906 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%1910 = broadcast %1909 : f32[4,2,17,8,17] @ models/lib/nn.yaml:56:23
%1911 = mul %1908, %1910 : f32[4,2,17,8,17] @ models/lib/nn.yaml:56:23
%1912 = reduce_sum %1911 axes=[3] keep=0 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1913 = permute %531 perm=[0,1,3,2] : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1914 = reshape %1913 : f32[4,2,17,17,1] @ models/lib/nn.yaml:56:23
%1915 = broadcast %1914 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%1916 = reshape %1905 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1917 = broadcast %1916 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%1918 = mul %1915, %1917 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%1919 = reduce_sum %1918 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%1920 = div %1912, %530 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%1921 = mul %1920, %531 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%1922 = neg %1921 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%1923 = reduce_sum %1922 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:18
%1924 = broadcast %1923 : f32[4,2,17,17] @ models/lib/nn.yaml:15:20
%1925 = add %1920, %1924 : f32[4,2,17,17] @ models/lib/nn.yaml:15:20
%1926 = mul %1925, %528 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%1927 = mul %1926, %522 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%1928 = reshape %1927 : f32[4,2,17,17,1] @ models/lib/nn.yaml:55:23
%1929 = broadcast %1928 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1930 = reshape %511 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%1931 = broadcast %1930 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1932 = mul %1929, %1931 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1933 = reduce_sum %1932 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%1934 = permute %1927 perm=[0,1,3,2] : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%1935 = reshape %1934 : f32[4,2,17,17,1] @ models/lib/nn.yaml:55:23
%1936 = broadcast %1935 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1937 = reshape %509 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%1938 = broadcast %1937 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1939 = mul %1936, %1938 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1940 = reduce_sum %1939 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%1941 = reshape %1919 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:40
%1942 = pad %1941 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:40
%1943 = reshape %1940 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:34
%1944 = pad %1943 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:34
%1945 = add %1942, %1944 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:34
%1946 = reshape %1933 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:28
%1947 = pad %1946 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:28
%1948 = add %1945, %1947 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:28
%1949 = permute %1948 perm=[1,3,0,2,4] : f32[4,17,3,2,8] @ models/lib/nn.yaml:66:13
%1950 = reshape %1949 : f32[4,17,48] @ models/lib/nn.yaml:66:21
%1951 = reshape %1950 : f32[68,48] @ models/lib/nn.yaml:84:18
%1952 = matmul %1796, %1951 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%1953 = reshape %1952 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%1954 = reshape %1953 : f32[48] @ models/lib/nn.yaml:84:18
%1955 = add %1517, %1954 : f32[48] @ models/lib/nn.yaml:84:18
%1956 = matmul %1950, %25 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1957 = reshape %502 : f32[68,16] @ models/lib/nn.yaml:83:15
%1958 = reshape %1950 : f32[68,48] @ models/lib/nn.yaml:83:15
%1959 = matmul %1958, %1957 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%1960 = add %1521, %1959 : f32[48,16] @ models/lib/nn.yaml:83:15
%1961 = reshape %1956 : f32[68,16] @ models/lib/nn.yaml:96:46
%1962 = matmul %1796, %1961 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%1963 = reshape %1962 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1964 = reshape %1963 : f32[16] @ models/lib/nn.yaml:96:46
%1965 = add %1523, %1964 : f32[16] @ models/lib/nn.yaml:96:46
%1966 = mul %1956, %499 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1967 = mul %1956, %498 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1968 = reduce_sum %1967 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1969 = reshape %1968 : f32[16] @ models/lib/nn.yaml:96:37
%1970 = add %1527, %1969 : f32[16] @ models/lib/nn.yaml:96:37
%1971 = mul %1966, %497 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1972 = mul %1966, %487 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1973 = reduce_sum %1972 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%1974 = mul %496, %496 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1975 = mul %496, %1974 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1976 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%1977 = broadcast %1976 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1978 = mul %1975, %1977 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1979 = mul %1973, %1978 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1980 = div %1979, %491 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1981 = broadcast %1980 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%1982 = mul %1981, %487 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1983 = add %1971, %1982 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1984 = mul %1981, %487 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1985 = add %1983, %1984 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1986 = add %1891, %1985 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1987 = neg %1985 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1988 = reduce_sum %1987 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%1989 = div %1988, %484 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1990 = broadcast %1989 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1991 = add %1986, %1990 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1992 = reshape %1991 : f32[68,16] @ models/lib/nn.yaml:84:18
%1993 = matmul %1796, %1992 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%1994 = reshape %1993 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1995 = reshape %1994 : f32[16] @ models/lib/nn.yaml:84:18
%1996 = add %1550, %1995 : f32[16] @ models/lib/nn.yaml:84:18
%1997 = matmul %1991, %21 ta=0 tb=0 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%1998 = reshape %477 : f32[68,64] @ models/lib/nn.yaml:83:15
%1999 = reshape %1991 : f32[68,16] @ models/lib/nn.yaml:83:15
%2000 = matmul %1999, %1998 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%2001 = add %1554, %2000 : f32[16,64] @ models/lib/nn.yaml:83:15
%2002 = mul %1997, %476 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%2003 = mul %1997, %469 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%2004 = mul %472, %472 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%2005 = neg %2004 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%2006 = exp %2005 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%2007 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%2008 = broadcast %2007 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%2009 = mul %2006, %2008 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%2010 = mul %2003, %2009 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%2011 = mul %2010, %471 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%2012 = mul %2002, %468 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%2013 = add %2011, %2012 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%2014 = reshape %2013 : f32[68,64] @ models/lib/nn.yaml:84:18
%2015 = matmul %1796, %2014 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%2016 = reshape %2015 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2017 = reshape %2016 : f32[64] @ models/lib/nn.yaml:84:18
%2018 = add %1568, %2017 : f32[64] @ models/lib/nn.yaml:84:18
%2019 = matmul %2013, %19 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%2020 = reshape %463 : f32[68,16] @ models/lib/nn.yaml:83:15
%2021 = reshape %2013 : f32[68,64] @ models/lib/nn.yaml:83:15
%2022 = matmul %2021, %2020 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%2023 = add %1572, %2022 : f32[64,16] @ models/lib/nn.yaml:83:15
%2024 = reshape %2019 : f32[68,16] @ models/lib/nn.yaml:96:46
%2025 = matmul %1796, %2024 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2026 = reshape %2025 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2027 = reshape %2026 : f32[16] @ models/lib/nn.yaml:96:46
%2028 = add %1574, %2027 : f32[16] @ models/lib/nn.yaml:96:46
%2029 = mul %2019, %460 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2030 = mul %2019, %459 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2031 = reduce_sum %2030 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2032 = reshape %2031 : f32[16] @ models/lib/nn.yaml:96:37
%2033 = add %1578, %2032 : f32[16] @ models/lib/nn.yaml:96:37
%2034 = mul %2029, %458 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2035 = mul %2029, %448 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2036 = reduce_sum %2035 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%2037 = mul %457, %457 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2038 = mul %457, %2037 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2039 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%2040 = broadcast %2039 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2041 = mul %2038, %2040 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2042 = mul %2036, %2041 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2043 = div %2042, %452 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2044 = broadcast %2043 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%2045 = mul %2044, %448 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2046 = add %2034, %2045 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2047 = mul %2044, %448 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2048 = add %2046, %2047 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2049 = add %1991, %2048 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2050 = neg %2048 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2051 = reduce_sum %2050 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%2052 = div %2051, %445 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2053 = broadcast %2052 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%2054 = add %2049, %2053 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%2055 = reshape %2054 : f32[68,16] @ models/lib/nn.yaml:84:18
%2056 = matmul %1796, %2055 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2057 = reshape %2056 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2058 = reshape %2057 : f32[16] @ models/lib/nn.yaml:84:18
%2059 = add %1601, %2058 : f32[16] @ models/lib/nn.yaml:84:18
%2060 = matmul %2054, %15 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%2061 = reshape %438 : f32[68,16] @ models/lib/nn.yaml:83:15
%2062 = reshape %2054 : f32[68,16] @ models/lib/nn.yaml:83:15
%2063 = matmul %2062, %2061 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2064 = add %1605, %2063 : f32[16,16] @ models/lib/nn.yaml:83:15
%2065 = reshape %2060 : f32[4,17,2,8] @ models/lib/nn.yaml:57:16
%2066 = permute %2065 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/nn.yaml:56:13
%2067 = permute %412 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%2068 = reshape %2066 : f32[4,2,17,8,1] @ models/lib/nn.yaml:56:23
%2069 = broadcast %2068 : f32[4,2,17,8,17] @ models/lib/nn.yaml:56:23
%2070 = reshape %2067 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%2071 = broadcast %2070 : f32[4,2,17,8,17] @ models/lib/nn.yaml:56:23
%2072 = mul %2069, %2071 : f32[4,2,17,8,17] @ models/lib/nn.yaml:56:23
%2073 = reduce_sum %2072 axes=[3] keep=0 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2074 = permute %430 perm=[0,1,3,2] : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2075 = reshape %2074 : f32[4,2,17,17,1] @ models/lib/nn.yaml:56:23
%2076 = broadcast %2075 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%2077 = reshape %2066 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2078 = broadcast %2077 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%2079 = mul %2076, %2078 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%2080 = reduce_sum %2079 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%2081 = div %2073, %429 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%2082 = mul %2081, %430 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%2083 = neg %2082 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%2084 = reduce_sum %2083 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:18
%2085 = broadcast %2084 : f32[4,2,17,17] @ models/lib/nn.yaml:15:20
%2086 = add %2081, %2085 : f32[4,2,17,17] @ models/lib/nn.yaml:15:20
%2087 = mul %2086, %427 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%2088 = mul %2087, %421 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%2089 = reshape %2088 : f32[4,2,17,17,1] @ models/lib/nn.yaml:55:23
%2090 = broadcast %2089 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2091 = reshape %410 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%2092 = broadcast %2091 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2093 = mul %2090, %2092 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2094 = reduce_sum %2093 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%2095 = permute %2088 perm=[0,1,3,2] : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%2096 = reshape %2095 : f32[4,2,17,17,1] @ models/lib/nn.yaml:55:23
%2097 = broadcast %2096 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2098 = reshape %408 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%2099 = broadcast %2098 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2100 = mul %2097, %2099 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2101 = reduce_sum %2100 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%2102 = reshape %2080 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:40
%2103 = pad %2102 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:40
%2104 = reshape %2101 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:34
%2105 = pad %2104 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:34
%2106 = add %2103, %2105 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:34
%2107 = reshape %2094 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:28
%2108 = pad %2107 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:28
%2109 = add %2106, %2108 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:28
%2110 = permute %2109 perm=[1,3,0,2,4] : f32[4,17,3,2,8] @ models/lib/nn.yaml:66:13
%2111 = reshape %2110 : f32[4,17,48] @ models/lib/nn.yaml:66:21
%2112 = reshape %2111 : f32[68,48] @ models/lib/nn.yaml:84:18
%2113 = matmul %1796, %2112 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%2114 = reshape %2113 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%2115 = reshape %2114 : f32[48] @ models/lib/nn.yaml:84:18
%2116 = add %1654, %2115 : f32[48] @ models/lib/nn.yaml:84:18
%2117 = matmul %2111, %13 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%2118 = reshape %401 : f32[68,16] @ models/lib/nn.yaml:83:15
%2119 = reshape %2111 : f32[68,48] @ models/lib/nn.yaml:83:15
%2120 = matmul %2119, %2118 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%2121 = add %1658, %2120 : f32[48,16] @ models/lib/nn.yaml:83:15
%2122 = reshape %2117 : f32[68,16] @ models/lib/nn.yaml:96:46
%2123 = matmul %1796, %2122 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2124 = reshape %2123 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2125 = reshape %2124 : f32[16] @ models/lib/nn.yaml:96:46
%2126 = add %1660, %2125 : f32[16] @ models/lib/nn.yaml:96:46
%2127 = mul %2117, %398 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2128 = mul %2117, %397 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2129 = reduce_sum %2128 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2130 = reshape %2129 : f32[16] @ models/lib/nn.yaml:96:37
%2131 = add %1664, %2130 : f32[16] @ models/lib/nn.yaml:96:37
%2132 = mul %2127, %396 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2133 = mul %2127, %386 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2134 = reduce_sum %2133 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%2135 = mul %395, %395 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2136 = mul %395, %2135 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2137 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%2138 = broadcast %2137 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2139 = mul %2136, %2138 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2140 = mul %2134, %2139 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2141 = div %2140, %390 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2142 = broadcast %2141 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%2143 = mul %2142, %386 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2144 = add %2132, %2143 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2145 = mul %2142, %386 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2146 = add %2144, %2145 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2147 = add %2054, %2146 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2148 = neg %2146 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2149 = reduce_sum %2148 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%2150 = div %2149, %383 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2151 = broadcast %2150 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%2152 = add %2147, %2151 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%2153 = reduce_sum %2152 axes=[0] keep=1 : f32[1,17,16] @ models/lib/vit.yaml:62:15
%2154 = add %1700, %2153 : f32[1,17,16] @ models/lib/vit.yaml:62:15
%2155 = slice %2152 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:61:13
%2156 = slice %2152 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:61:13
%2157 = reduce_sum %2155 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:61:20
%2158 = add %1703, %2157 : f32[1,1,16] @ models/lib/vit.yaml:61:20
%2159 = reduce_sum %2156 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%2160 = reshape %2159 : f32[16] @ models/lib/vit.yaml:17:71
%2161 = add %1705, %2160 : f32[16] @ models/lib/vit.yaml:17:71
%2162 = reshape %372 : f32[64,48] @ models/lib/vit.yaml:17:18
%2163 = reshape %2156 : f32[64,16] @ models/lib/vit.yaml:17:18
%2164 = matmul %2163, %2162 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%2165 = reshape %2164 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%2166 = add %1709, %2165 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%2167 = all_reduce_sum %2158 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2168 = reshape %2167 : f32[16] @ models/lib/vit.yaml:47:7
%2169 = mul %2168, %2168 : f32[16] @ models/lib/vit.yaml:47:7
%2170 = reduce_sum %2169 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:47:7
%2171 = sqrt %2170 : f32[] @ models/lib/vit.yaml:47:7
%2172 = cast %2171 : f64[] @ models/lib/vit.yaml:47:7
%2173 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:47:7
%2174 = add %2172, %2173 : f64[] @ models/lib/vit.yaml:47:7
%2175 = const data=[3] : f64[] @ models/lib/vit.yaml:47:7
%2176 = div %2175, %2174 : f64[] @ models/lib/vit.yaml:47:7
%2177 = const data=[1] : f64[] @ models/lib/vit.yaml:47:7
%2178 = lt %2176, %2177 : bool[] @ models/lib/vit.yaml:47:7
%2179 = cast %2176 : f32[] @ models/lib/vit.yaml:47:7
%2180 = broadcast %2179 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2181 = mul %2167, %2180 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2182 = broadcast %2178 : bool[1,1,16] @ models/lib/vit.yaml:47:7
%2183 = select %2182, %2181, %2167 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2184 = state name="adam_m.backbone.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2185 = state name="adam_v.backbone.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2186 = state name="adam_t.backbone.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:47:7
%2187 = const data=[1] : i64[] @ models/lib/vit.yaml:47:7
%2188 = add %2186, %2187 : i64[] @ models/lib/vit.yaml:47:7
%2189 = mul %1211, %1212 : f64[] @ models/lib/vit.yaml:47:7
%2190 = const data=[1] : f64[] @ models/lib/vit.yaml:47:7
%2191 = sub %2190, %2189 : f64[] @ models/lib/vit.yaml:47:7
%2192 = cast %2191 : f32[] @ models/lib/vit.yaml:47:7
%2193 = broadcast %2192 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2194 = mul %7, %2193 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2195 = const data=[0.09999999999999998] : f64[] @ models/lib/vit.yaml:47:7
%2196 = cast %2195 : f32[] @ models/lib/vit.yaml:47:7
%2197 = broadcast %2196 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2198 = mul %2183, %2197 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2199 = const data=[0.9] : f64[] @ models/lib/vit.yaml:47:7
%2200 = cast %2199 : f32[] @ models/lib/vit.yaml:47:7
%2201 = broadcast %2200 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2202 = mul %2184, %2201 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2203 = add %2202, %2198 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2204 = mul %2183, %2183 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2205 = const data=[0.0010000000000000009] : f64[] @ models/lib/vit.yaml:47:7
%2206 = cast %2205 : f32[] @ models/lib/vit.yaml:47:7
%2207 = broadcast %2206 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2208 = mul %2204, %2207 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2209 = const data=[0.999] : f64[] @ models/lib/vit.yaml:47:7
%2210 = cast %2209 : f32[] @ models/lib/vit.yaml:47:7
%2211 = broadcast %2210 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2212 = mul %2185, %2211 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2213 = add %2212, %2208 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2214 = cast %2188 : f64[] @ models/lib/vit.yaml:47:7
%2215 = const data=[0.9] : f64[] @ models/lib/vit.yaml:47:7
%2216 = pow %2215, %2214 : f64[] @ models/lib/vit.yaml:47:7
%2217 = const data=[1] : f64[] @ models/lib/vit.yaml:47:7
%2218 = sub %2217, %2216 : f64[] @ models/lib/vit.yaml:47:7
%2219 = div %1211, %2218 : f64[] @ models/lib/vit.yaml:47:7
%2220 = cast %2188 : f64[] @ models/lib/vit.yaml:47:7
%2221 = const data=[0.999] : f64[] @ models/lib/vit.yaml:47:7
%2222 = pow %2221, %2220 : f64[] @ models/lib/vit.yaml:47:7
%2223 = const data=[1] : f64[] @ models/lib/vit.yaml:47:7
%2224 = sub %2223, %2222 : f64[] @ models/lib/vit.yaml:47:7
%2225 = sqrt %2224 : f64[] @ models/lib/vit.yaml:47:7
%2226 = const data=[1] : f64[] @ models/lib/vit.yaml:47:7
%2227 = div %2226, %2225 : f64[] @ models/lib/vit.yaml:47:7
%2228 = sqrt %2213 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2229 = cast %2227 : f32[] @ models/lib/vit.yaml:47:7
%2230 = broadcast %2229 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2231 = mul %2228, %2230 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2232 = const data=[1e-08] : f64[] @ models/lib/vit.yaml:47:7
%2233 = cast %2232 : f32[] @ models/lib/vit.yaml:47:7
%2234 = broadcast %2233 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2235 = add %2231, %2234 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2236 = div %2203, %2235 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2237 = cast %2219 : f32[] @ models/lib/vit.yaml:47:7
%2238 = broadcast %2237 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2239 = mul %2236, %2238 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2240 = sub %2194, %2239 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2241 = assign %7, %2240 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2242 = assign %2184, %2203 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2243 = assign %2185, %2213 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2244 = assign %2186, %2188 : i64[] @ models/lib/vit.yaml:47:7
%2245 = cast %1213 : f32[] @ models/lib/vit.yaml:47:7
%2246 = broadcast %2245 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2247 = mul %45, %2246 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2248 = const data=[1] : f64[] @ models/lib/vit.yaml:47:7
%2249 = sub %2248, %1213 : f64[] @ models/lib/vit.yaml:47:7
%2250 = cast %2249 : f32[] @ models/lib/vit.yaml:47:7
%2251 = broadcast %2250 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2252 = mul %2240, %2251 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2253 = add %2247, %2252 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2254 = assign %45, %2253 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2255 = all_reduce_sum %2154 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2256 = reshape %2255 : f32[272] @ models/lib/vit.yaml:48:7
%2257 = mul %2256, %2256 : f32[272] @ models/lib/vit.yaml:48:7
%2258 = reduce_sum %2257 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:48:7
%2259 = sqrt %2258 : f32[] @ models/lib/vit.yaml:48:7
%2260 = cast %2259 : f64[] @ models/lib/vit.yaml:48:7
%2261 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:48:7
%2262 = add %2260, %2261 : f64[] @ models/lib/vit.yaml:48:7
%2263 = const data=[3] : f64[] @ models/lib/vit.yaml:48:7
%2264 = div %2263, %2262 : f64[] @ models/lib/vit.yaml:48:7
%2265 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%2266 = lt %2264, %2265 : bool[] @ models/lib/vit.yaml:48:7
%2267 = cast %2264 : f32[] @ models/lib/vit.yaml:48:7
%2268 = broadcast %2267 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2269 = mul %2255, %2268 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2270 = broadcast %2266 : bool[1,17,16] @ models/lib/vit.yaml:48:7
%2271 = select %2270, %2269, %2255 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2272 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2273 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2274 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%2275 = const data=[1] : i64[] @ models/lib/vit.yaml:48:7
%2276 = add %2274, %2275 : i64[] @ models/lib/vit.yaml:48:7
%2277 = mul %1211, %1212 : f64[] @ models/lib/vit.yaml:48:7
%2278 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%2279 = sub %2278, %2277 : f64[] @ models/lib/vit.yaml:48:7
%2280 = cast %2279 : f32[] @ models/lib/vit.yaml:48:7
%2281 = broadcast %2280 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2282 = mul %8, %2281 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2283 = const data=[0.09999999999999998] : f64[] @ models/lib/vit.yaml:48:7
%2284 = cast %2283 : f32[] @ models/lib/vit.yaml:48:7
%2285 = broadcast %2284 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2286 = mul %2271, %2285 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2287 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%2288 = cast %2287 : f32[] @ models/lib/vit.yaml:48:7
%2289 = broadcast %2288 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2290 = mul %2272, %2289 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2291 = add %2290, %2286 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2292 = mul %2271, %2271 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2293 = const data=[0.0010000000000000009] : f64[] @ models/lib/vit.yaml:48:7
%2294 = cast %2293 : f32[] @ models/lib/vit.yaml:48:7
%2295 = broadcast %2294 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2296 = mul %2292, %2295 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2297 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%2298 = cast %2297 : f32[] @ models/lib/vit.yaml:48:7
%2299 = broadcast %2298 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2300 = mul %2273, %2299 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2301 = add %2300, %2296 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2302 = cast %2276 : f64[] @ models/lib/vit.yaml:48:7
%2303 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%2304 = pow %2303, %2302 : f64[] @ models/lib/vit.yaml:48:7
%2305 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%2306 = sub %2305, %2304 : f64[] @ models/lib/vit.yaml:48:7
%2307 = div %1211, %2306 : f64[] @ models/lib/vit.yaml:48:7
%2308 = cast %2276 : f64[] @ models/lib/vit.yaml:48:7
%2309 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%2310 = pow %2309, %2308 : f64[] @ models/lib/vit.yaml:48:7
%2311 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%2312 = sub %2311, %2310 : f64[] @ models/lib/vit.yaml:48:7
%2313 = sqrt %2312 : f64[] @ models/lib/vit.yaml:48:7
%2314 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%2315 = div %2314, %2313 : f64[] @ models/lib/vit.yaml:48:7
%2316 = sqrt %2301 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2317 = cast %2315 : f32[] @ models/lib/vit.yaml:48:7
%2318 = broadcast %2317 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2319 = mul %2316, %2318 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2320 = const data=[1e-08] : f64[] @ models/lib/vit.yaml:48:7
%2321 = cast %2320 : f32[] @ models/lib/vit.yaml:48:7
%2322 = broadcast %2321 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2323 = add %2319, %2322 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2324 = div %2291, %2323 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2325 = cast %2307 : f32[] @ models/lib/vit.yaml:48:7
%2326 = broadcast %2325 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2327 = mul %2324, %2326 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2328 = sub %2282, %2327 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2329 = assign %8, %2328 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2330 = assign %2272, %2291 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2331 = assign %2273, %2301 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2332 = assign %2274, %2276 : i64[] @ models/lib/vit.yaml:48:7
%2333 = cast %1213 : f32[] @ models/lib/vit.yaml:48:7
%2334 = broadcast %2333 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2335 = mul %46, %2334 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2336 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%2337 = sub %2336, %1213 : f64[] @ models/lib/vit.yaml:48:7
%2338 = cast %2337 : f32[] @ models/lib/vit.yaml:48:7
%2339 = broadcast %2338 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2340 = mul %2328, %2339 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2341 = add %2335, %2340 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2342 = assign %46, %2341 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2343 = all_reduce_sum %2166 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2344 = reshape %2343 : f32[768] @ models/lib/vit.yaml:9:7
%2345 = mul %2344, %2344 : f32[768] @ models/lib/vit.yaml:9:7
%2346 = reduce_sum %2345 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:9:7
%2347 = sqrt %2346 : f32[] @ models/lib/vit.yaml:9:7
%2348 = cast %2347 : f64[] @ models/lib/vit.yaml:9:7
%2349 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:9:7
%2350 = add %2348, %2349 : f64[] @ models/lib/vit.yaml:9:7
%2351 = const data=[3] : f64[] @ models/lib/vit.yaml:9:7
%2352 = div %2351, %2350 : f64[] @ models/lib/vit.yaml:9:7
%2353 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%2354 = lt %2352, %2353 : bool[] @ models/lib/vit.yaml:9:7
%2355 = cast %2352 : f32[] @ models/lib/vit.yaml:9:7
%2356 = broadcast %2355 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2357 = mul %2343, %2356 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2358 = broadcast %2354 : bool[16,3,4,4] @ models/lib/vit.yaml:9:7
%2359 = select %2358, %2357, %2343 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2360 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2361 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2362 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%2363 = const data=[1] : i64[] @ models/lib/vit.yaml:9:7
%2364 = add %2362, %2363 : i64[] @ models/lib/vit.yaml:9:7
%2365 = mul %1211, %1212 : f64[] @ models/lib/vit.yaml:9:7
%2366 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%2367 = sub %2366, %2365 : f64[] @ models/lib/vit.yaml:9:7
%2368 = cast %2367 : f32[] @ models/lib/vit.yaml:9:7
%2369 = broadcast %2368 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2370 = mul %9, %2369 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2371 = const data=[0.09999999999999998] : f64[] @ models/lib/vit.yaml:9:7
%2372 = cast %2371 : f32[] @ models/lib/vit.yaml:9:7
%2373 = broadcast %2372 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2374 = mul %2359, %2373 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2375 = const data=[0.9] : f64[] @ models/lib/vit.yaml:9:7
%2376 = cast %2375 : f32[] @ models/lib/vit.yaml:9:7
%2377 = broadcast %2376 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2378 = mul %2360, %2377 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2379 = add %2378, %2374 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2380 = mul %2359, %2359 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2381 = const data=[0.0010000000000000009] : f64[] @ models/lib/vit.yaml:9:7
%2382 = cast %2381 : f32[] @ models/lib/vit.yaml:9:7
%2383 = broadcast %2382 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2384 = mul %2380, %2383 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2385 = const data=[0.999] : f64[] @ models/lib/vit.yaml:9:7
%2386 = cast %2385 : f32[] @ models/lib/vit.yaml:9:7
%2387 = broadcast %2386 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2388 = mul %2361, %2387 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2389 = add %2388, %2384 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2390 = cast %2364 : f64[] @ models/lib/vit.yaml:9:7
%2391 = const data=[0.9] : f64[] @ models/lib/vit.yaml:9:7
%2392 = pow %2391, %2390 : f64[] @ models/lib/vit.yaml:9:7
%2393 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%2394 = sub %2393, %2392 : f64[] @ models/lib/vit.yaml:9:7
%2395 = div %1211, %2394 : f64[] @ models/lib/vit.yaml:9:7
%2396 = cast %2364 : f64[] @ models/lib/vit.yaml:9:7
%2397 = const data=[0.999] : f64[] @ models/lib/vit.yaml:9:7
%2398 = pow %2397, %2396 : f64[] @ models/lib/vit.yaml:9:7
%2399 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%2400 = sub %2399, %2398 : f64[] @ models/lib/vit.yaml:9:7
%2401 = sqrt %2400 : f64[] @ models/lib/vit.yaml:9:7
%2402 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%2403 = div %2402, %2401 : f64[] @ models/lib/vit.yaml:9:7
%2404 = sqrt %2389 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2405 = cast %2403 : f32[] @ models/lib/vit.yaml:9:7
%2406 = broadcast %2405 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2407 = mul %2404, %2406 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2408 = const data=[1e-08] : f64[] @ models/lib/vit.yaml:9:7
%2409 = cast %2408 : f32[] @ models/lib/vit.yaml:9:7
%2410 = broadcast %2409 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2411 = add %2407, %2410 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2412 = div %2379, %2411 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2413 = cast %2395 : f32[] @ models/lib/vit.yaml:9:7
%2414 = broadcast %2413 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2415 = mul %2412, %2414 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2416 = sub %2370, %2415 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2417 = assign %9, %2416 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2418 = assign %2360, %2379 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2419 = assign %2361, %2389 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2420 = assign %2362, %2364 : i64[] @ models/lib/vit.yaml:9:7
%2421 = cast %1213 : f32[] @ models/lib/vit.yaml:9:7
%2422 = broadcast %2421 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2423 = mul %47, %2422 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2424 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%2425 = sub %2424, %1213 : f64[] @ models/lib/vit.yaml:9:7
%2426 = cast %2425 : f32[] @ models/lib/vit.yaml:9:7
%2427 = broadcast %2426 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2428 = mul %2416, %2427 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2429 = add %2423, %2428 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2430 = assign %47, %2429 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2431 = all_reduce_sum %2161 : f32[16] @ models/lib/vit.yaml:10:7
%2432 = reshape %2431 : f32[16] @ models/lib/vit.yaml:10:7
%2433 = mul %2432, %2432 : f32[16] @ models/lib/vit.yaml:10:7
%2434 = reduce_sum %2433 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:10:7
%2435 = sqrt %2434 : f32[] @ models/lib/vit.yaml:10:7
%2436 = cast %2435 : f64[] @ models/lib/vit.yaml:10:7
%2437 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:10:7
%2438 = add %2436, %2437 : f64[] @ models/lib/vit.yaml:10:7
%2439 = const data=[3] : f64[] @ models/lib/vit.yaml:10:7
%2440 = div %2439, %2438 : f64[] @ models/lib/vit.yaml:10:7
%2441 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%2442 = lt %2440, %2441 : bool[] @ models/lib/vit.yaml:10:7
%2443 = cast %2440 : f32[] @ models/lib/vit.yaml:10:7
%2444 = broadcast %2443 : f32[16] @ models/lib/vit.yaml:10:7
%2445 = mul %2431, %2444 : f32[16] @ models/lib/vit.yaml:10:7
%2446 = broadcast %2442 : bool[16] @ models/lib/vit.yaml:10:7
%2447 = select %2446, %2445, %2431 : f32[16] @ models/lib/vit.yaml:10:7
%2448 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%2449 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%2450 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%2451 = const data=[1] : i64[] @ models/lib/vit.yaml:10:7
%2452 = add %2450, %2451 : i64[] @ models/lib/vit.yaml:10:7
%2453 = const data=[0.09999999999999998] : f64[] @ models/lib/vit.yaml:10:7
%2454 = cast %2453 : f32[] @ models/lib/vit.yaml:10:7
%2455 = broadcast %2454 : f32[16] @ models/lib/vit.yaml:10:7
%2456 = mul %2447, %2455 : f32[16] @ models/lib/vit.yaml:10:7
%2457 = const data=[0.9] : f64[] @ models/lib/vit.yaml:10:7
%2458 = cast %2457 : f32[] @ models/lib/vit.yaml:10:7
%2459 = broadcast %2458 : f32[16] @ models/lib/vit.yaml:10:7
%2460 = mul %2448, %2459 : f32[16] @ models/lib/vit.yaml:10:7
%2461 = add %2460, %2456 : f32[16] @ models/lib/vit.yaml:10:7
%2462 = mul %2447, %2447 : f32[16] @ models/lib/vit.yaml:10:7
%2463 = const data=[0.0010000000000000009] : f64[] @ models/lib/vit.yaml:10:7
%2464 = cast %2463 : f32[] @ models/lib/vit.yaml:10:7
%2465 = broadcast %2464 : f32[16] @ models/lib/vit.yaml:10:7
%2466 = mul %2462, %2465 : f32[16] @ models/lib/vit.yaml:10:7
%2467 = const data=[0.999] : f64[] @ models/lib/vit.yaml:10:7
%2468 = cast %2467 : f32[] @ models/lib/vit.yaml:10:7
%2469 = broadcast %2468 : f32[16] @ models/lib/vit.yaml:10:7
%2470 = mul %2449, %2469 : f32[16] @ models/lib/vit.yaml:10:7
%2471 = add %2470, %2466 : f32[16] @ models/lib/vit.yaml:10:7
%2472 = cast %2452 : f64[] @ models/lib/vit.yaml:10:7
%2473 = const data=[0.9] : f64[] @ models/lib/vit.yaml:10:7
%2474 = pow %2473, %2472 : f64[] @ models/lib/vit.yaml:10:7
%2475 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%2476 = sub %2475, %2474 : f64[] @ models/lib/vit.yaml:10:7
%2477 = div %1211, %2476 : f64[] @ models/lib/vit.yaml:10:7
%2478 = cast %2452 : f64[] @ models/lib/vit.yaml:10:7
%2479 = const data=[0.999] : f64[] @ models/lib/vit.yaml:10:7
%2480 = pow %2479, %2478 : f64[] @ models/lib/vit.yaml:10:7
%2481 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%2482 = sub %2481, %2480 : f64[] @ models/lib/vit.yaml:10:7
%2483 = sqrt %2482 : f64[] @ models/lib/vit.yaml:10:7
%2484 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%2485 = div %2484, %2483 : f64[] @ models/lib/vit.yaml:10:7
%2486 = sqrt %2471 : f32[16] @ models/lib/vit.yaml:10:7
%2487 = cast %2485 : f32[] @ models/lib/vit.yaml:10:7
%2488 = broadcast %2487 : f32[16] @ models/lib/vit.yaml:10:7
%2489 = mul %2486, %2488 : f32[16] @ models/lib/vit.yaml:10:7
%2490 = const data=[1e-08] : f64[] @ models/lib/vit.yaml:10:7
%2491 = cast %2490 : f32[] @ models/lib/vit.yaml:10:7
%2492 = broadcast %2491 : f32[16] @ models/lib/vit.yaml:10:7
%2493 = add %2489, %2492 : f32[16] @ models/lib/vit.yaml:10:7
%2494 = div %2461, %2493 : f32[16] @ models/lib/vit.yaml:10:7
%2495 = cast %2477 : f32[] @ models/lib/vit.yaml:10:7
%2496 = broadcast %2495 : f32[16] @ models/lib/vit.yaml:10:7
%2497 = mul %2494, %2496 : f32[16] @ models/lib/vit.yaml:10:7
%2498 = sub %10, %2497 : f32[16] @ models/lib/vit.yaml:10:7
%2499 = assign %10, %2498 : f32[16] @ models/lib/vit.yaml:10:7
%2500 = assign %2448, %2461 : f32[16] @ models/lib/vit.yaml:10:7
%2501 = assign %2449, %2471 : f32[16] @ models/lib/vit.yaml:10:7
%2502 = assign %2450, %2452 : i64[] @ models/lib/vit.yaml:10:7
%2503 = cast %1213 : f32[] @ models/lib/vit.yaml:10:7
%2504 = broadcast %2503 : f32[16] @ models/lib/vit.yaml:10:7
%2505 = mul %48, %2504 : f32[16] @ models/lib/vit.yaml:10:7
%2506 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%2507 = sub %2506, %1213 : f64[] @ models/lib/vit.yaml:10:7
%2508 = cast %2507 : f32[] @ models/lib/vit.yaml:10:7
%2509 = broadcast %2508 : f32[16] @ models/lib/vit.yaml:10:7
%2510 = mul %2498, %2509 : f32[16] @ models/lib/vit.yaml:10:7
%2511 = add %2505, %2510 : f32[16] @ models/lib/vit.yaml:10:7
%2512 = assign %48, %2511 : f32[16] @ models/lib/vit.yaml:10:7
%2513 = all_reduce_sum %2131 : f32[16] @ models/lib/nn.yaml:89:7
%2514 = reshape %2513 : f32[16] @ models/lib/nn.yaml:89:7
%2515 = mul %2514, %2514 : f32[16] @ models/lib/nn.yaml:89:7
%2516 = reduce_sum %2515 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%2517 = sqrt %2516 : f32[] @ models/lib/nn.yaml:89:7
%2518 = cast %2517 : f64[] @ models/lib/nn.yaml:89:7
%2519 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%2520 = add %2518, %2519 : f64[] @ models/lib/nn.yaml:89:7
%2521 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%2522 = div %2521, %2520 : f64[] @ models/lib/nn.yaml:89:7
%2523 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%2524 = lt %2522, %2523 : bool[] @ models/lib/nn.yaml:89:7
%2525 = cast %2522 : f32[] @ models/lib/nn.yaml:89:7
%2526 = broadcast %2525 : f32[16] @ models/lib/nn.yaml:89:7
%2527 = mul %2513, %2526 : f32[16] @ models/lib/nn.yaml:89:7
%2528 = broadcast %2524 : bool[16] @ models/lib/nn.yaml:89:7
%2529 = select %2528, %2527, %2513 : f32[16] @ models/lib/nn.yaml:89:7
%2530 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%2531 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%2532 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%2533 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%2534 = add %2532, %2533 : i64[] @ models/lib/nn.yaml:89:7
%2535 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%2536 = cast %2535 : f32[] @ models/lib/nn.yaml:89:7
%2537 = broadcast %2536 : f32[16] @ models/lib/nn.yaml:89:7
%2538 = mul %2529, %2537 : f32[16] @ models/lib/nn.yaml:89:7
%2539 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%2540 = cast %2539 : f32[] @ models/lib/nn.yaml:89:7
%2541 = broadcast %2540 : f32[16] @ models/lib/nn.yaml:89:7
%2542 = mul %2530, %2541 : f32[16] @ models/lib/nn.yaml:89:7
%2543 = add %2542, %2538 : f32[16] @ models/lib/nn.yaml:89:7
%2544 = mul %2529, %2529 : f32[16] @ models/lib/nn.yaml:89:7
%2545 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%2546 = cast %2545 : f32[] @ models/lib/nn.yaml:89:7
%2547 = broadcast %2546 : f32[16] @ models/lib/nn.yaml:89:7
%2548 = mul %2544, %2547 : f32[16] @ models/lib/nn.yaml:89:7
%2549 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%2550 = cast %2549 : f32[] @ models/lib/nn.yaml:89:7
%2551 = broadcast %2550 : f32[16] @ models/lib/nn.yaml:89:7
%2552 = mul %2531, %2551 : f32[16] @ models/lib/nn.yaml:89:7
%2553 = add %2552, %2548 : f32[16] @ models/lib/nn.yaml:89:7
%2554 = cast %2534 : f64[] @ models/lib/nn.yaml:89:7
%2555 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%2556 = pow %2555, %2554 : f64[] @ models/lib/nn.yaml:89:7
%2557 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%2558 = sub %2557, %2556 : f64[] @ models/lib/nn.yaml:89:7
%2559 = div %1211, %2558 : f64[] @ models/lib/nn.yaml:89:7
%2560 = cast %2534 : f64[] @ models/lib/nn.yaml:89:7
%2561 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%2562 = pow %2561, %2560 : f64[] @ models/lib/nn.yaml:89:7
%2563 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%2564 = sub %2563, %2562 : f64[] @ models/lib/nn.yaml:89:7
%2565 = sqrt %2564 : f64[] @ models/lib/nn.yaml:89:7
%2566 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%2567 = div %2566, %2565 : f64[] @ models/lib/nn.yaml:89:7
%2568 = sqrt %2553 : f32[16] @ models/lib/nn.yaml:89:7
%2569 = cast %2567 : f32[] @ models/lib/nn.yaml:89:7
%2570 = broadcast %2569 : f32[16] @ models/lib/nn.yaml:89:7
%2571 = mul %2568, %2570 : f32[16] @ models/lib/nn.yaml:89:7
%2572 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%2573 = cast %2572 : f32[] @ models/lib/nn.yaml:89:7
%2574 = broadcast %2573 : f32[16] @ models/lib/nn.yaml:89:7
%2575 = add %2571, %2574 : f32[16] @ models/lib/nn.yaml:89:7
%2576 = div %2543, %2575 : f32[16] @ models/lib/nn.yaml:89:7
%2577 = cast %2559 : f32[] @ models/lib/nn.yaml:89:7
%2578 = broadcast %2577 : f32[16] @ models/lib/nn.yaml:89:7
%2579 = mul %2576, %2578 : f32[16] @ models/lib/nn.yaml:89:7
%2580 = sub %11, %2579 : f32[16] @ models/lib/nn.yaml:89:7
%2581 = assign %11, %2580 : f32[16] @ models/lib/nn.yaml:89:7
%2582 = assign %2530, %2543 : f32[16] @ models/lib/nn.yaml:89:7
%2583 = assign %2531, %2553 : f32[16] @ models/lib/nn.yaml:89:7
%2584 = assign %2532, %2534 : i64[] @ models/lib/nn.yaml:89:7
%2585 = cast %1213 : f32[] @ models/lib/nn.yaml:89:7
%2586 = broadcast %2585 : f32[16] @ models/lib/nn.yaml:89:7
%2587 = mul %49, %2586 : f32[16] @ models/lib/nn.yaml:89:7
%2588 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%2589 = sub %2588, %1213 : f64[] @ models/lib/nn.yaml:89:7
%2590 = cast %2589 : f32[] @ models/lib/nn.yaml:89:7
%2591 = broadcast %2590 : f32[16] @ models/lib/nn.yaml:89:7
%2592 = mul %2580, %2591 : f32[16] @ models/lib/nn.yaml:89:7
%2593 = add %2587, %2592 : f32[16] @ models/lib/nn.yaml:89:7
%2594 = assign %49, %2593 : f32[16] @ models/lib/nn.yaml:89:7
%2595 = all_reduce_sum %2126 : f32[16] @ models/lib/nn.yaml:90:7
%2596 = reshape %2595 : f32[16] @ models/lib/nn.yaml:90:7
%2597 = mul %2596, %2596 : f32[16] @ models/lib/nn.yaml:90:7
%2598 = reduce_sum %2597 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%2599 = sqrt %2598 : f32[] @ models/lib/nn.yaml:90:7
%2600 = cast %2599 : f64[] @ models/lib/nn.yaml:90:7
%2601 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%2602 = add %2600, %2601 : f64[] @ models/lib/nn.yaml:90:7
%2603 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%2604 = div %2603, %2602 : f64[] @ models/lib/nn.yaml:90:7
%2605 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%2606 = lt %2604, %2605 : bool[] @ models/lib/nn.yaml:90:7
%2607 = cast %2604 : f32[] @ models/lib/nn.yaml:90:7
%2608 = broadcast %2607 : f32[16] @ models/lib/nn.yaml:90:7
%2609 = mul %2595, %2608 : f32[16] @ models/lib/nn.yaml:90:7
%2610 = broadcast %2606 : bool[16] @ models/lib/nn.yaml:90:7
%2611 = select %2610, %2609, %2595 : f32[16] @ models/lib/nn.yaml:90:7
%2612 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%2613 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%2614 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%2615 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%2616 = add %2614, %2615 : i64[] @ models/lib/nn.yaml:90:7
%2617 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%2618 = cast %2617 : f32[] @ models/lib/nn.yaml:90:7
%2619 = broadcast %2618 : f32[16] @ models/lib/nn.yaml:90:7
%2620 = mul %2611, %2619 : f32[16] @ models/lib/nn.yaml:90:7
%2621 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%2622 = cast %2621 : f32[] @ models/lib/nn.yaml:90:7
%2623 = broadcast %2622 : f32[16] @ models/lib/nn.yaml:90:7
%2624 = mul %2612, %2623 : f32[16] @ models/lib/nn.yaml:90:7
%2625 = add %2624, %2620 : f32[16] @ models/lib/nn.yaml:90:7
%2626 = mul %2611, %2611 : f32[16] @ models/lib/nn.yaml:90:7
%2627 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%2628 = cast %2627 : f32[] @ models/lib/nn.yaml:90:7
%2629 = broadcast %2628 : f32[16] @ models/lib/nn.yaml:90:7
%2630 = mul %2626, %2629 : f32[16] @ models/lib/nn.yaml:90:7
%2631 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%2632 = cast %2631 : f32[] @ models/lib/nn.yaml:90:7
%2633 = broadcast %2632 : f32[16] @ models/lib/nn.yaml:90:7
%2634 = mul %2613, %2633 : f32[16] @ models/lib/nn.yaml:90:7
%2635 = add %2634, %2630 : f32[16] @ models/lib/nn.yaml:90:7
%2636 = cast %2616 : f64[] @ models/lib/nn.yaml:90:7
%2637 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%2638 = pow %2637, %2636 : f64[] @ models/lib/nn.yaml:90:7
%2639 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%2640 = sub %2639, %2638 : f64[] @ models/lib/nn.yaml:90:7
%2641 = div %1211, %2640 : f64[] @ models/lib/nn.yaml:90:7
%2642 = cast %2616 : f64[] @ models/lib/nn.yaml:90:7
%2643 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%2644 = pow %2643, %2642 : f64[] @ models/lib/nn.yaml:90:7
%2645 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%2646 = sub %2645, %2644 : f64[] @ models/lib/nn.yaml:90:7
%2647 = sqrt %2646 : f64[] @ models/lib/nn.yaml:90:7
%2648 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%2649 = div %2648, %2647 : f64[] @ models/lib/nn.yaml:90:7
%2650 = sqrt %2635 : f32[16] @ models/lib/nn.yaml:90:7
%2651 = cast %2649 : f32[] @ models/lib/nn.yaml:90:7
%2652 = broadcast %2651 : f32[16] @ models/lib/nn.yaml:90:7
%2653 = mul %2650, %2652 : f32[16] @ models/lib/nn.yaml:90:7
%2654 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%2655 = cast %2654 : f32[] @ models/lib/nn.yaml:90:7
%2656 = broadcast %2655 : f32[16] @ models/lib/nn.yaml:90:7
%2657 = add %2653, %2656 : f32[16] @ models/lib/nn.yaml:90:7
%2658 = div %2625, %2657 : f32[16] @ models/lib/nn.yaml:90:7
%2659 = cast %2641 : f32[] @ models/lib/nn.yaml:90:7
%2660 = broadcast %2659 : f32[16] @ models/lib/nn.yaml:90:7
%2661 = mul %2658, %2660 : f32[16] @ models/lib/nn.yaml:90:7
%2662 = sub %12, %2661 : f32[16] @ models/lib/nn.yaml:90:7
%2663 = assign %12, %2662 : f32[16] @ models/lib/nn.yaml:90:7
%2664 = assign %2612, %2625 : f32[16] @ models/lib/nn.yaml:90:7
%2665 = assign %2613, %2635 : f32[16] @ models/lib/nn.yaml:90:7
%2666 = assign %2614, %2616 : i64[] @ models/lib/nn.yaml:90:7
%2667 = cast %1213 : f32[] @ models/lib/nn.yaml:90:7
%2668 = broadcast %2667 : f32[16] @ models/lib/nn.yaml:90:7
%2669 = mul %50, %2668 : f32[16] @ models/lib/nn.yaml:90:7
%2670 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%2671 = sub %2670, %1213 : f64[] @ models/lib/nn.yaml:90:7
%2672 = cast %2671 : f32[] @ models/lib/nn.yaml:90:7
%2673 = broadcast %2672 : f32[16] @ models/lib/nn.yaml:90:7
%2674 = mul %2662, %2673 : f32[16] @ models/lib/nn.yaml:90:7
%2675 = add %2669, %2674 : f32[16] @ models/lib/nn.yaml:90:7
%2676 = assign %50, %2675 : f32[16] @ models/lib/nn.yaml:90:7
%2677 = all_reduce_sum %2121 : f32[48,16] @ models/lib/nn.yaml:79:7
%2678 = reshape %2677 : f32[768] @ models/lib/nn.yaml:79:7
%2679 = mul %2678, %2678 : f32[768] @ models/lib/nn.yaml:79:7
%2680 = reduce_sum %2679 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%2681 = sqrt %2680 : f32[] @ models/lib/nn.yaml:79:7
%2682 = cast %2681 : f64[] @ models/lib/nn.yaml:79:7
%2683 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%2684 = add %2682, %2683 : f64[] @ models/lib/nn.yaml:79:7
%2685 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%2686 = div %2685, %2684 : f64[] @ models/lib/nn.yaml:79:7
%2687 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%2688 = lt %2686, %2687 : bool[] @ models/lib/nn.yaml:79:7
%2689 = cast %2686 : f32[] @ models/lib/nn.yaml:79:7
%2690 = broadcast %2689 : f32[48,16] @ models/lib/nn.yaml:79:7
%2691 = mul %2677, %2690 : f32[48,16] @ models/lib/nn.yaml:79:7
%2692 = broadcast %2688 : bool[48,16] @ models/lib/nn.yaml:79:7
%2693 = select %2692, %2691, %2677 : f32[48,16] @ models/lib/nn.yaml:79:7
%2694 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%2695 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%2696 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%2697 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%2698 = add %2696, %2697 : i64[] @ models/lib/nn.yaml:79:7
%2699 = mul %1211, %1212 : f64[] @ models/lib/nn.yaml:79:7
%2700 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%2701 = sub %2700, %2699 : f64[] @ models/lib/nn.yaml:79:7
%2702 = cast %2701 : f32[] @ models/lib/nn.yaml:79:7
%2703 = broadcast %2702 : f32[48,16] @ models/lib/nn.yaml:79:7
%2704 = mul %13, %2703 : f32[48,16] @ models/lib/nn.yaml:79:7
%2705 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%2706 = cast %2705 : f32[] @ models/lib/nn.yaml:79:7
%2707 = broadcast %2706 : f32[48,16] @ models/lib/nn.yaml:79:7
%2708 = mul %2693, %2707 : f32[48,16] @ models/lib/nn.yaml:79:7
%2709 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%2710 = cast %2709 : f32[] @ models/lib/nn.yaml:79:7
%2711 = broadcast %2710 : f32[48,16] @ models/lib/nn.yaml:79:7
%2712 = mul %2694, %2711 : f32[48,16] @ models/lib/nn.yaml:79:7
%2713 = add %2712, %2708 : f32[48,16] @ models/lib/nn.yaml:79:7
%2714 = mul %2693, %2693 : f32[48,16] @ models/lib/nn.yaml:79:7
%2715 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%2716 = cast %2715 : f32[] @ models/lib/nn.yaml:79:7
%2717 = broadcast %2716 : f32[48,16] @ models/lib/nn.yaml:79:7
%2718 = mul %2714, %2717 : f32[48,16] @ models/lib/nn.yaml:79:7
%2719 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%2720 = cast %2719 : f32[] @ models/lib/nn.yaml:79:7
%2721 = broadcast %2720 : f32[48,16] @ models/lib/nn.yaml:79:7
%2722 = mul %2695, %2721 : f32[48,16] @ models/lib/nn.yaml:79:7
%2723 = add %2722, %2718 : f32[48,16] @ models/lib/nn.yaml:79:7
%2724 = cast %2698 : f64[] @ models/lib/nn.yaml:79:7
%2725 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%2726 = pow %2725, %2724 : f64[] @ models/lib/nn.yaml:79:7
%2727 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%2728 = sub %2727, %2726 : f64[] @ models/lib/nn.yaml:79:7
%2729 = div %1211, %2728 : f64[] @ models/lib/nn.yaml:79:7
%2730 = cast %2698 : f64[] @ models/lib/nn.yaml:79:7
%2731 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%2732 = pow %2731, %2730 : f64[] @ models/lib/nn.yaml:79:7
%2733 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%2734 = sub %2733, %2732 : f64[] @ models/lib/nn.yaml:79:7
%2735 = sqrt %2734 : f64[] @ models/lib/nn.yaml:79:7
%2736 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%2737 = div %2736, %2735 : f64[] @ models/lib/nn.yaml:79:7
%2738 = sqrt %2723 : f32[48,16] @ models/lib/nn.yaml:79:7
%2739 = cast %2737 : f32[] @ models/lib/nn.yaml:79:7
%2740 = broadcast %2739 : f32[48,16] @ models/lib/nn.yaml:79:7
%2741 = mul %2738, %2740 : f32[48,16] @ models/lib/nn.yaml:79:7
%2742 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%2743 = cast %2742 : f32[] @ models/lib/nn.yaml:79:7
%2744 = broadcast %2743 : f32[48,16] @ models/lib/nn.yaml:79:7
%2745 = add %2741, %2744 : f32[48,16] @ models/lib/nn.yaml:79:7
%2746 = div %2713, %2745 : f32[48,16] @ models/lib/nn.yaml:79:7
%2747 = cast %2729 : f32[] @ models/lib/nn.yaml:79:7
%2748 = broadcast %2747 : f32[48,16] @ models/lib/nn.yaml:79:7
%2749 = mul %2746, %2748 : f32[48,16] @ models/lib/nn.yaml:79:7
%2750 = sub %2704, %2749 : f32[48,16] @ models/lib/nn.yaml:79:7
%2751 = assign %13, %2750 : f32[48,16] @ models/lib/nn.yaml:79:7
%2752 = assign %2694, %2713 : f32[48,16] @ models/lib/nn.yaml:79:7
%2753 = assign %2695, %2723 : f32[48,16] @ models/lib/nn.yaml:79:7
%2754 = assign %2696, %2698 : i64[] @ models/lib/nn.yaml:79:7
%2755 = cast %1213 : f32[] @ models/lib/nn.yaml:79:7
%2756 = broadcast %2755 : f32[48,16] @ models/lib/nn.yaml:79:7
%2757 = mul %51, %2756 : f32[48,16] @ models/lib/nn.yaml:79:7
%2758 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%2759 = sub %2758, %1213 : f64[] @ models/lib/nn.yaml:79:7
%2760 = cast %2759 : f32[] @ models/lib/nn.yaml:79:7
%2761 = broadcast %2760 : f32[48,16] @ models/lib/nn.yaml:79:7
%2762 = mul %2750, %2761 : f32[48,16] @ models/lib/nn.yaml:79:7
%2763 = add %2757, %2762 : f32[48,16] @ models/lib/nn.yaml:79:7
%2764 = assign %51, %2763 : f32[48,16] @ models/lib/nn.yaml:79:7
%2765 = all_reduce_sum %2116 : f32[48] @ models/lib/nn.yaml:80:7
%2766 = reshape %2765 : f32[48] @ models/lib/nn.yaml:80:7
%2767 = mul %2766, %2766 : f32[48] @ models/lib/nn.yaml:80:7
%2768 = reduce_sum %2767 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%2769 = sqrt %2768 : f32[] @ models/lib/nn.yaml:80:7
%2770 = cast %2769 : f64[] @ models/lib/nn.yaml:80:7
%2771 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%2772 = add %2770, %2771 : f64[] @ models/lib/nn.yaml:80:7
%2773 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%2774 = div %2773, %2772 : f64[] @ models/lib/nn.yaml:80:7
%2775 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%2776 = lt %2774, %2775 : bool[] @ models/lib/nn.yaml:80:7
%2777 = cast %2774 : f32[] @ models/lib/nn.yaml:80:7
%2778 = broadcast %2777 : f32[48] @ models/lib/nn.yaml:80:7
%2779 = mul %2765, %2778 : f32[48] @ models/lib/nn.yaml:80:7
%2780 = broadcast %2776 : bool[48] @ models/lib/nn.yaml:80:7
%2781 = select %2780, %2779, %2765 : f32[48] @ models/lib/nn.yaml:80:7
%2782 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%2783 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%2784 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%2785 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%2786 = add %2784, %2785 : i64[] @ models/lib/nn.yaml:80:7
%2787 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%2788 = cast %2787 : f32[] @ models/lib/nn.yaml:80:7
%2789 = broadcast %2788 : f32[48] @ models/lib/nn.yaml:80:7
%2790 = mul %2781, %2789 : f32[48] @ models/lib/nn.yaml:80:7
%2791 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%2792 = cast %2791 : f32[] @ models/lib/nn.yaml:80:7
%2793 = broadcast %2792 : f32[48] @ models/lib/nn.yaml:80:7
%2794 = mul %2782, %2793 : f32[48] @ models/lib/nn.yaml:80:7
%2795 = add %2794, %2790 : f32[48] @ models/lib/nn.yaml:80:7
%2796 = mul %2781, %2781 : f32[48] @ models/lib/nn.yaml:80:7
%2797 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%2798 = cast %2797 : f32[] @ models/lib/nn.yaml:80:7
%2799 = broadcast %2798 : f32[48] @ models/lib/nn.yaml:80:7
%2800 = mul %2796, %2799 : f32[48] @ models/lib/nn.yaml:80:7
%2801 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%2802 = cast %2801 : f32[] @ models/lib/nn.yaml:80:7
%2803 = broadcast %2802 : f32[48] @ models/lib/nn.yaml:80:7
%2804 = mul %2783, %2803 : f32[48] @ models/lib/nn.yaml:80:7
%2805 = add %2804, %2800 : f32[48] @ models/lib/nn.yaml:80:7
%2806 = cast %2786 : f64[] @ models/lib/nn.yaml:80:7
%2807 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%2808 = pow %2807, %2806 : f64[] @ models/lib/nn.yaml:80:7
%2809 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%2810 = sub %2809, %2808 : f64[] @ models/lib/nn.yaml:80:7
%2811 = div %1211, %2810 : f64[] @ models/lib/nn.yaml:80:7
%2812 = cast %2786 : f64[] @ models/lib/nn.yaml:80:7
%2813 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%2814 = pow %2813, %2812 : f64[] @ models/lib/nn.yaml:80:7
%2815 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%2816 = sub %2815, %2814 : f64[] @ models/lib/nn.yaml:80:7
%2817 = sqrt %2816 : f64[] @ models/lib/nn.yaml:80:7
%2818 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%2819 = div %2818, %2817 : f64[] @ models/lib/nn.yaml:80:7
%2820 = sqrt %2805 : f32[48] @ models/lib/nn.yaml:80:7
%2821 = cast %2819 : f32[] @ models/lib/nn.yaml:80:7
%2822 = broadcast %2821 : f32[48] @ models/lib/nn.yaml:80:7
%2823 = mul %2820, %2822 : f32[48] @ models/lib/nn.yaml:80:7
%2824 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%2825 = cast %2824 : f32[] @ models/lib/nn.yaml:80:7
%2826 = broadcast %2825 : f32[48] @ models/lib/nn.yaml:80:7
%2827 = add %2823, %2826 : f32[48] @ models/lib/nn.yaml:80:7
%2828 = div %2795, %2827 : f32[48] @ models/lib/nn.yaml:80:7
%2829 = cast %2811 : f32[] @ models/lib/nn.yaml:80:7
%2830 = broadcast %2829 : f32[48] @ models/lib/nn.yaml:80:7
%2831 = mul %2828, %2830 : f32[48] @ models/lib/nn.yaml:80:7
%2832 = sub %14, %2831 : f32[48] @ models/lib/nn.yaml:80:7
%2833 = assign %14, %2832 : f32[48] @ models/lib/nn.yaml:80:7
%2834 = assign %2782, %2795 : f32[48] @ models/lib/nn.yaml:80:7
%2835 = assign %2783, %2805 : f32[48] @ models/lib/nn.yaml:80:7
%2836 = assign %2784, %2786 : i64[] @ models/lib/nn.yaml:80:7
%2837 = cast %1213 : f32[] @ models/lib/nn.yaml:80:7
%2838 = broadcast %2837 : f32[48] @ models/lib/nn.yaml:80:7
%2839 = mul %52, %2838 : f32[48] @ models/lib/nn.yaml:80:7
%2840 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%2841 = sub %2840, %1213 : f64[] @ models/lib/nn.yaml:80:7
%2842 = cast %2841 : f32[] @ models/lib/nn.yaml:80:7
%2843 = broadcast %2842 : f32[48] @ models/lib/nn.yaml:80:7
%2844 = mul %2832, %2843 : f32[48] @ models/lib/nn.yaml:80:7
%2845 = add %2839, %2844 : f32[48] @ models/lib/nn.yaml:80:7
%2846 = assign %52, %2845 : f32[48] @ models/lib/nn.yaml:80:7
%2847 = all_reduce_sum %2064 : f32[16,16] @ models/lib/nn.yaml:79:7
%2848 = reshape %2847 : f32[256] @ models/lib/nn.yaml:79:7
%2849 = mul %2848, %2848 : f32[256] @ models/lib/nn.yaml:79:7
%2850 = reduce_sum %2849 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%2851 = sqrt %2850 : f32[] @ models/lib/nn.yaml:79:7
%2852 = cast %2851 : f64[] @ models/lib/nn.yaml:79:7
%2853 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%2854 = add %2852, %2853 : f64[] @ models/lib/nn.yaml:79:7
%2855 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%2856 = div %2855, %2854 : f64[] @ models/lib/nn.yaml:79:7
%2857 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%2858 = lt %2856, %2857 : bool[] @ models/lib/nn.yaml:79:7
%2859 = cast %2856 : f32[] @ models/lib/nn.yaml:79:7
%2860 = broadcast %2859 : f32[16,16] @ models/lib/nn.yaml:79:7
%2861 = mul %2847, %2860 : f32[16,16] @ models/lib/nn.yaml:79:7
%2862 = broadcast %2858 : bool[16,16] @ models/lib/nn.yaml:79:7
%2863 = select %2862, %2861, %2847 : f32[16,16] @ models/lib/nn.yaml:79:7
%2864 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%2865 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%2866 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%2867 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%2868 = add %2866, %2867 : i64[] @ models/lib/nn.yaml:79:7
%2869 = mul %1211, %1212 : f64[] @ models/lib/nn.yaml:79:7
%2870 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%2871 = sub %2870, %2869 : f64[] @ models/lib/nn.yaml:79:7
%2872 = cast %2871 : f32[] @ models/lib/nn.yaml:79:7
%2873 = broadcast %2872 : f32[16,16] @ models/lib/nn.yaml:79:7
%2874 = mul %15, %2873 : f32[16,16] @ models/lib/nn.yaml:79:7
%2875 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%2876 = cast %2875 : f32[] @ models/lib/nn.yaml:79:7
%2877 = broadcast %2876 : f32[16,16] @ models/lib/nn.yaml:79:7
%2878 = mul %2863, %2877 : f32[16,16] @ models/lib/nn.yaml:79:7
%2879 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%2880 = cast %2879 : f32[] @ models/lib/nn.yaml:79:7
%2881 = broadcast %2880 : f32[16,16] @ models/lib/nn.yaml:79:7
%2882 = mul %2864, %2881 : f32[16,16] @ models/lib/nn.yaml:79:7
%2883 = add %2882, %2878 : f32[16,16] @ models/lib/nn.yaml:79:7
%2884 = mul %2863, %2863 : f32[16,16] @ models/lib/nn.yaml:79:7
%2885 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%2886 = cast %2885 : f32[] @ models/lib/nn.yaml:79:7
%2887 = broadcast %2886 : f32[16,16] @ models/lib/nn.yaml:79:7
%2888 = mul %2884, %2887 : f32[16,16] @ models/lib/nn.yaml:79:7
%2889 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%2890 = cast %2889 : f32[] @ models/lib/nn.yaml:79:7
%2891 = broadcast %2890 : f32[16,16] @ models/lib/nn.yaml:79:7
%2892 = mul %2865, %2891 : f32[16,16] @ models/lib/nn.yaml:79:7
%2893 = add %2892, %2888 : f32[16,16] @ models/lib/nn.yaml:79:7
%2894 = cast %2868 : f64[] @ models/lib/nn.yaml:79:7
%2895 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%2896 = pow %2895, %2894 : f64[] @ models/lib/nn.yaml:79:7
%2897 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%2898 = sub %2897, %2896 : f64[] @ models/lib/nn.yaml:79:7
%2899 = div %1211, %2898 : f64[] @ models/lib/nn.yaml:79:7
%2900 = cast %2868 : f64[] @ models/lib/nn.yaml:79:7
%2901 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%2902 = pow %2901, %2900 : f64[] @ models/lib/nn.yaml:79:7
%2903 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%2904 = sub %2903, %2902 : f64[] @ models/lib/nn.yaml:79:7
%2905 = sqrt %2904 : f64[] @ models/lib/nn.yaml:79:7
%2906 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%2907 = div %2906, %2905 : f64[] @ models/lib/nn.yaml:79:7
%2908 = sqrt %2893 : f32[16,16] @ models/lib/nn.yaml:79:7
%2909 = cast %2907 : f32[] @ models/lib/nn.yaml:79:7
%2910 = broadcast %2909 : f32[16,16] @ models/lib/nn.yaml:79:7
%2911 = mul %2908, %2910 : f32[16,16] @ models/lib/nn.yaml:79:7
%2912 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%2913 = cast %2912 : f32[] @ models/lib/nn.yaml:79:7
%2914 = broadcast %2913 : f32[16,16] @ models/lib/nn.yaml:79:7
%2915 = add %2911, %2914 : f32[16,16] @ models/lib/nn.yaml:79:7
%2916 = div %2883, %2915 : f32[16,16] @ models/lib/nn.yaml:79:7
%2917 = cast %2899 : f32[] @ models/lib/nn.yaml:79:7
%2918 = broadcast %2917 : f32[16,16] @ models/lib/nn.yaml:79:7
%2919 = mul %2916, %2918 : f32[16,16] @ models/lib/nn.yaml:79:7
%2920 = sub %2874, %2919 : f32[16,16] @ models/lib/nn.yaml:79:7
%2921 = assign %15, %2920 : f32[16,16] @ models/lib/nn.yaml:79:7
%2922 = assign %2864, %2883 : f32[16,16] @ models/lib/nn.yaml:79:7
%2923 = assign %2865, %2893 : f32[16,16] @ models/lib/nn.yaml:79:7
%2924 = assign %2866, %2868 : i64[] @ models/lib/nn.yaml:79:7
%2925 = cast %1213 : f32[] @ models/lib/nn.yaml:79:7
%2926 = broadcast %2925 : f32[16,16] @ models/lib/nn.yaml:79:7
%2927 = mul %53, %2926 : f32[16,16] @ models/lib/nn.yaml:79:7
%2928 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%2929 = sub %2928, %1213 : f64[] @ models/lib/nn.yaml:79:7
%2930 = cast %2929 : f32[] @ models/lib/nn.yaml:79:7
%2931 = broadcast %2930 : f32[16,16] @ models/lib/nn.yaml:79:7
%2932 = mul %2920, %2931 : f32[16,16] @ models/lib/nn.yaml:79:7
%2933 = add %2927, %2932 : f32[16,16] @ models/lib/nn.yaml:79:7
%2934 = assign %53, %2933 : f32[16,16] @ models/lib/nn.yaml:79:7
%2935 = all_reduce_sum %2059 : f32[16] @ models/lib/nn.yaml:80:7
%2936 = reshape %2935 : f32[16] @ models/lib/nn.yaml:80:7
%2937 = mul %2936, %2936 : f32[16] @ models/lib/nn.yaml:80:7
%2938 = reduce_sum %2937 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%2939 = sqrt %2938 : f32[] @ models/lib/nn.yaml:80:7
%2940 = cast %2939 : f64[] @ models/lib/nn.yaml:80:7
%2941 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%2942 = add %2940, %2941 : f64[] @ models/lib/nn.yaml:80:7
%2943 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%2944 = div %2943, %2942 : f64[] @ models/lib/nn.yaml:80:7
%2945 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%2946 = lt %2944, %2945 : bool[] @ models/lib/nn.yaml:80:7
%2947 = cast %2944 : f32[] @ models/lib/nn.yaml:80:7
%2948 = broadcast %2947 : f32[16] @ models/lib/nn.yaml:80:7
%2949 = mul %2935, %2948 : f32[16] @ models/lib/nn.yaml:80:7
%2950 = broadcast %2946 : bool[16] @ models/lib/nn.yaml:80:7
%2951 = select %2950, %2949, %2935 : f32[16] @ models/lib/nn.yaml:80:7
%2952 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%2953 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%2954 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%2955 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%2956 = add %2954, %2955 : i64[] @ models/lib/nn.yaml:80:7
%2957 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%2958 = cast %2957 : f32[] @ models/lib/nn.yaml:80:7
%2959 = broadcast %2958 : f32[16] @ models/lib/nn.yaml:80:7
%2960 = mul %2951, %2959 : f32[16] @ models/lib/nn.yaml:80:7
%2961 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%2962 = cast %2961 : f32[] @ models/lib/nn.yaml:80:7
%2963 = broadcast %2962 : f32[16] @ models/lib/nn.yaml:80:7
%2964 = mul %2952, %2963 : f32[16] @ models/lib/nn.yaml:80:7
%2965 = add %2964, %2960 : f32[16] @ models/lib/nn.yaml:80:7
%2966 = mul %2951, %2951 : f32[16] @ models/lib/nn.yaml:80:7
%2967 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%2968 = cast %2967 : f32[] @ models/lib/nn.yaml:80:7
%2969 = broadcast %2968 : f32[16] @ models/lib/nn.yaml:80:7
%2970 = mul %2966, %2969 : f32[16] @ models/lib/nn.yaml:80:7
%2971 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%2972 = cast %2971 : f32[] @ models/lib/nn.yaml:80:7
%2973 = broadcast %2972 : f32[16] @ models/lib/nn.yaml:80:7
%2974 = mul %2953, %2973 : f32[16] @ models/lib/nn.yaml:80:7
%2975 = add %2974, %2970 : f32[16] @ models/lib/nn.yaml:80:7
%2976 = cast %2956 : f64[] @ models/lib/nn.yaml:80:7
%2977 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%2978 = pow %2977, %2976 : f64[] @ models/lib/nn.yaml:80:7
%2979 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%2980 = sub %2979, %2978 : f64[] @ models/lib/nn.yaml:80:7
%2981 = div %1211, %2980 : f64[] @ models/lib/nn.yaml:80:7
%2982 = cast %2956 : f64[] @ models/lib/nn.yaml:80:7
%2983 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%2984 = pow %2983, %2982 : f64[] @ models/lib/nn.yaml:80:7
%2985 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%2986 = sub %2985, %2984 : f64[] @ models/lib/nn.yaml:80:7
%2987 = sqrt %2986 : f64[] @ models/lib/nn.yaml:80:7
%2988 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%2989 = div %2988, %2987 : f64[] @ models/lib/nn.yaml:80:7
%2990 = sqrt %2975 : f32[16] @ models/lib/nn.yaml:80:7
%2991 = cast %2989 : f32[] @ models/lib/nn.yaml:80:7
%2992 = broadcast %2991 : f32[16] @ models/lib/nn.yaml:80:7
%2993 = mul %2990, %2992 : f32[16] @ models/lib/nn.yaml:80:7
%2994 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%2995 = cast %2994 : f32[] @ models/lib/nn.yaml:80:7
%2996 = broadcast %2995 : f32[16] @ models/lib/nn.yaml:80:7
%2997 = add %2993, %2996 : f32[16] @ models/lib/nn.yaml:80:7
%2998 = div %2965, %2997 : f32[16] @ models/lib/nn.yaml:80:7
%2999 = cast %2981 : f32[] @ models/lib/nn.yaml:80:7
%3000 = broadcast %2999 : f32[16] @ models/lib/nn.yaml:80:7
%3001 = mul %2998, %3000 : f32[16] @ models/lib/nn.yaml:80:7
%3002 = sub %16, %3001 : f32[16] @ models/lib/nn.yaml:80:7
%3003 = assign %16, %3002 : f32[16] @ models/lib/nn.yaml:80:7
%3004 = assign %2952, %2965 : f32[16] @ models/lib/nn.yaml:80:7
%3005 = assign %2953, %2975 : f32[16] @ models/lib/nn.yaml:80:7
%3006 = assign %2954, %2956 : i64[] @ models/lib/nn.yaml:80:7
%3007 = cast %1213 : f32[] @ models/lib/nn.yaml:80:7
%3008 = broadcast %3007 : f32[16] @ models/lib/nn.yaml:80:7
%3009 = mul %54, %3008 : f32[16] @ models/lib/nn.yaml:80:7
%3010 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3011 = sub %3010, %1213 : f64[] @ models/lib/nn.yaml:80:7
%3012 = cast %3011 : f32[] @ models/lib/nn.yaml:80:7
%3013 = broadcast %3012 : f32[16] @ models/lib/nn.yaml:80:7
%3014 = mul %3002, %3013 : f32[16] @ models/lib/nn.yaml:80:7
%3015 = add %3009, %3014 : f32[16] @ models/lib/nn.yaml:80:7
%3016 = assign %54, %3015 : f32[16] @ models/lib/nn.yaml:80:7
%3017 = all_reduce_sum %2033 : f32[16] @ models/lib/nn.yaml:89:7
%3018 = reshape %3017 : f32[16] @ models/lib/nn.yaml:89:7
%3019 = mul %3018, %3018 : f32[16] @ models/lib/nn.yaml:89:7
%3020 = reduce_sum %3019 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%3021 = sqrt %3020 : f32[] @ models/lib/nn.yaml:89:7
%3022 = cast %3021 : f64[] @ models/lib/nn.yaml:89:7
%3023 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%3024 = add %3022, %3023 : f64[] @ models/lib/nn.yaml:89:7
%3025 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%3026 = div %3025, %3024 : f64[] @ models/lib/nn.yaml:89:7
%3027 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3028 = lt %3026, %3027 : bool[] @ models/lib/nn.yaml:89:7
%3029 = cast %3026 : f32[] @ models/lib/nn.yaml:89:7
%3030 = broadcast %3029 : f32[16] @ models/lib/nn.yaml:89:7
%3031 = mul %3017, %3030 : f32[16] @ models/lib/nn.yaml:89:7
%3032 = broadcast %3028 : bool[16] @ models/lib/nn.yaml:89:7
%3033 = select %3032, %3031, %3017 : f32[16] @ models/lib/nn.yaml:89:7
%3034 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3035 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3036 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3037 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%3038 = add %3036, %3037 : i64[] @ models/lib/nn.yaml:89:7
%3039 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%3040 = cast %3039 : f32[] @ models/lib/nn.yaml:89:7
%3041 = broadcast %3040 : f32[16] @ models/lib/nn.yaml:89:7
%3042 = mul %3033, %3041 : f32[16] @ models/lib/nn.yaml:89:7
%3043 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%3044 = cast %3043 : f32[] @ models/lib/nn.yaml:89:7
%3045 = broadcast %3044 : f32[16] @ models/lib/nn.yaml:89:7
%3046 = mul %3034, %3045 : f32[16] @ models/lib/nn.yaml:89:7
%3047 = add %3046, %3042 : f32[16] @ models/lib/nn.yaml:89:7
%3048 = mul %3033, %3033 : f32[16] @ models/lib/nn.yaml:89:7
%3049 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%3050 = cast %3049 : f32[] @ models/lib/nn.yaml:89:7
%3051 = broadcast %3050 : f32[16] @ models/lib/nn.yaml:89:7
%3052 = mul %3048, %3051 : f32[16] @ models/lib/nn.yaml:89:7
%3053 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%3054 = cast %3053 : f32[] @ models/lib/nn.yaml:89:7
%3055 = broadcast %3054 : f32[16] @ models/lib/nn.yaml:89:7
%3056 = mul %3035, %3055 : f32[16] @ models/lib/nn.yaml:89:7
%3057 = add %3056, %3052 : f32[16] @ models/lib/nn.yaml:89:7
%3058 = cast %3038 : f64[] @ models/lib/nn.yaml:89:7
%3059 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%3060 = pow %3059, %3058 : f64[] @ models/lib/nn.yaml:89:7
%3061 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3062 = sub %3061, %3060 : f64[] @ models/lib/nn.yaml:89:7
%3063 = div %1211, %3062 : f64[] @ models/lib/nn.yaml:89:7
%3064 = cast %3038 : f64[] @ models/lib/nn.yaml:89:7
%3065 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%3066 = pow %3065, %3064 : f64[] @ models/lib/nn.yaml:89:7
%3067 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3068 = sub %3067, %3066 : f64[] @ models/lib/nn.yaml:89:7
%3069 = sqrt %3068 : f64[] @ models/lib/nn.yaml:89:7
%3070 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3071 = div %3070, %3069 : f64[] @ models/lib/nn.yaml:89:7
%3072 = sqrt %3057 : f32[16] @ models/lib/nn.yaml:89:7
%3073 = cast %3071 : f32[] @ models/lib/nn.yaml:89:7
%3074 = broadcast %3073 : f32[16] @ models/lib/nn.yaml:89:7
%3075 = mul %3072, %3074 : f32[16] @ models/lib/nn.yaml:89:7
%3076 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%3077 = cast %3076 : f32[] @ models/lib/nn.yaml:89:7
%3078 = broadcast %3077 : f32[16] @ models/lib/nn.yaml:89:7
%3079 = add %3075, %3078 : f32[16] @ models/lib/nn.yaml:89:7
%3080 = div %3047, %3079 : f32[16] @ models/lib/nn.yaml:89:7
%3081 = cast %3063 : f32[] @ models/lib/nn.yaml:89:7
%3082 = broadcast %3081 : f32[16] @ models/lib/nn.yaml:89:7
%3083 = mul %3080, %3082 : f32[16] @ models/lib/nn.yaml:89:7
%3084 = sub %17, %3083 : f32[16] @ models/lib/nn.yaml:89:7
%3085 = assign %17, %3084 : f32[16] @ models/lib/nn.yaml:89:7
%3086 = assign %3034, %3047 : f32[16] @ models/lib/nn.yaml:89:7
%3087 = assign %3035, %3057 : f32[16] @ models/lib/nn.yaml:89:7
%3088 = assign %3036, %3038 : i64[] @ models/lib/nn.yaml:89:7
%3089 = cast %1213 : f32[] @ models/lib/nn.yaml:89:7
%3090 = broadcast %3089 : f32[16] @ models/lib/nn.yaml:89:7
%3091 = mul %55, %3090 : f32[16] @ models/lib/nn.yaml:89:7
%3092 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3093 = sub %3092, %1213 : f64[] @ models/lib/nn.yaml:89:7
%3094 = cast %3093 : f32[] @ models/lib/nn.yaml:89:7
%3095 = broadcast %3094 : f32[16] @ models/lib/nn.yaml:89:7
%3096 = mul %3084, %3095 : f32[16] @ models/lib/nn.yaml:89:7
%3097 = add %3091, %3096 : f32[16] @ models/lib/nn.yaml:89:7
%3098 = assign %55, %3097 : f32[16] @ models/lib/nn.yaml:89:7
%3099 = all_reduce_sum %2028 : f32[16] @ models/lib/nn.yaml:90:7
%3100 = reshape %3099 : f32[16] @ models/lib/nn.yaml:90:7
%3101 = mul %3100, %3100 : f32[16] @ models/lib/nn.yaml:90:7
%3102 = reduce_sum %3101 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%3103 = sqrt %3102 : f32[] @ models/lib/nn.yaml:90:7
%3104 = cast %3103 : f64[] @ models/lib/nn.yaml:90:7
%3105 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%3106 = add %3104, %3105 : f64[] @ models/lib/nn.yaml:90:7
%3107 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%3108 = div %3107, %3106 : f64[] @ models/lib/nn.yaml:90:7
%3109 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3110 = lt %3108, %3109 : bool[] @ models/lib/nn.yaml:90:7
%3111 = cast %3108 : f32[] @ models/lib/nn.yaml:90:7
%3112 = broadcast %3111 : f32[16] @ models/lib/nn.yaml:90:7
%3113 = mul %3099, %3112 : f32[16] @ models/lib/nn.yaml:90:7
%3114 = broadcast %3110 : bool[16] @ models/lib/nn.yaml:90:7
%3115 = select %3114, %3113, %3099 : f32[16] @ models/lib/nn.yaml:90:7
%3116 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3117 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3118 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3119 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%3120 = add %3118, %3119 : i64[] @ models/lib/nn.yaml:90:7
%3121 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%3122 = cast %3121 : f32[] @ models/lib/nn.yaml:90:7
%3123 = broadcast %3122 : f32[16] @ models/lib/nn.yaml:90:7
%3124 = mul %3115, %3123 : f32[16] @ models/lib/nn.yaml:90:7
%3125 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%3126 = cast %3125 : f32[] @ models/lib/nn.yaml:90:7
%3127 = broadcast %3126 : f32[16] @ models/lib/nn.yaml:90:7
%3128 = mul %3116, %3127 : f32[16] @ models/lib/nn.yaml:90:7
%3129 = add %3128, %3124 : f32[16] @ models/lib/nn.yaml:90:7
%3130 = mul %3115, %3115 : f32[16] @ models/lib/nn.yaml:90:7
%3131 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%3132 = cast %3131 : f32[] @ models/lib/nn.yaml:90:7
%3133 = broadcast %3132 : f32[16] @ models/lib/nn.yaml:90:7
%3134 = mul %3130, %3133 : f32[16] @ models/lib/nn.yaml:90:7
%3135 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%3136 = cast %3135 : f32[] @ models/lib/nn.yaml:90:7
%3137 = broadcast %3136 : f32[16] @ models/lib/nn.yaml:90:7
%3138 = mul %3117, %3137 : f32[16] @ models/lib/nn.yaml:90:7
%3139 = add %3138, %3134 : f32[16] @ models/lib/nn.yaml:90:7
%3140 = cast %3120 : f64[] @ models/lib/nn.yaml:90:7
%3141 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%3142 = pow %3141, %3140 : f64[] @ models/lib/nn.yaml:90:7
%3143 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3144 = sub %3143, %3142 : f64[] @ models/lib/nn.yaml:90:7
%3145 = div %1211, %3144 : f64[] @ models/lib/nn.yaml:90:7
%3146 = cast %3120 : f64[] @ models/lib/nn.yaml:90:7
%3147 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%3148 = pow %3147, %3146 : f64[] @ models/lib/nn.yaml:90:7
%3149 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3150 = sub %3149, %3148 : f64[] @ models/lib/nn.yaml:90:7
%3151 = sqrt %3150 : f64[] @ models/lib/nn.yaml:90:7
%3152 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3153 = div %3152, %3151 : f64[] @ models/lib/nn.yaml:90:7
%3154 = sqrt %3139 : f32[16] @ models/lib/nn.yaml:90:7
%3155 = cast %3153 : f32[] @ models/lib/nn.yaml:90:7
%3156 = broadcast %3155 : f32[16] @ models/lib/nn.yaml:90:7
%3157 = mul %3154, %3156 : f32[16] @ models/lib/nn.yaml:90:7
%3158 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%3159 = cast %3158 : f32[] @ models/lib/nn.yaml:90:7
%3160 = broadcast %3159 : f32[16] @ models/lib/nn.yaml:90:7
%3161 = add %3157, %3160 : f32[16] @ models/lib/nn.yaml:90:7
%3162 = div %3129, %3161 : f32[16] @ models/lib/nn.yaml:90:7
%3163 = cast %3145 : f32[] @ models/lib/nn.yaml:90:7
%3164 = broadcast %3163 : f32[16] @ models/lib/nn.yaml:90:7
%3165 = mul %3162, %3164 : f32[16] @ models/lib/nn.yaml:90:7
%3166 = sub %18, %3165 : f32[16] @ models/lib/nn.yaml:90:7
%3167 = assign %18, %3166 : f32[16] @ models/lib/nn.yaml:90:7
%3168 = assign %3116, %3129 : f32[16] @ models/lib/nn.yaml:90:7
%3169 = assign %3117, %3139 : f32[16] @ models/lib/nn.yaml:90:7
%3170 = assign %3118, %3120 : i64[] @ models/lib/nn.yaml:90:7
%3171 = cast %1213 : f32[] @ models/lib/nn.yaml:90:7
%3172 = broadcast %3171 : f32[16] @ models/lib/nn.yaml:90:7
%3173 = mul %56, %3172 : f32[16] @ models/lib/nn.yaml:90:7
%3174 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3175 = sub %3174, %1213 : f64[] @ models/lib/nn.yaml:90:7
%3176 = cast %3175 : f32[] @ models/lib/nn.yaml:90:7
%3177 = broadcast %3176 : f32[16] @ models/lib/nn.yaml:90:7
%3178 = mul %3166, %3177 : f32[16] @ models/lib/nn.yaml:90:7
%3179 = add %3173, %3178 : f32[16] @ models/lib/nn.yaml:90:7
%3180 = assign %56, %3179 : f32[16] @ models/lib/nn.yaml:90:7
%3181 = all_reduce_sum %2023 : f32[64,16] @ models/lib/nn.yaml:79:7
%3182 = reshape %3181 : f32[1024] @ models/lib/nn.yaml:79:7
%3183 = mul %3182, %3182 : f32[1024] @ models/lib/nn.yaml:79:7
%3184 = reduce_sum %3183 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3185 = sqrt %3184 : f32[] @ models/lib/nn.yaml:79:7
%3186 = cast %3185 : f64[] @ models/lib/nn.yaml:79:7
%3187 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%3188 = add %3186, %3187 : f64[] @ models/lib/nn.yaml:79:7
%3189 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%3190 = div %3189, %3188 : f64[] @ models/lib/nn.yaml:79:7
%3191 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3192 = lt %3190, %3191 : bool[] @ models/lib/nn.yaml:79:7
%3193 = cast %3190 : f32[] @ models/lib/nn.yaml:79:7
%3194 = broadcast %3193 : f32[64,16] @ models/lib/nn.yaml:79:7
%3195 = mul %3181, %3194 : f32[64,16] @ models/lib/nn.yaml:79:7
%3196 = broadcast %3192 : bool[64,16] @ models/lib/nn.yaml:79:7
%3197 = select %3196, %3195, %3181 : f32[64,16] @ models/lib/nn.yaml:79:7
%3198 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%3199 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%3200 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3201 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%3202 = add %3200, %3201 : i64[] @ models/lib/nn.yaml:79:7
%3203 = mul %1211, %1212 : f64[] @ models/lib/nn.yaml:79:7
%3204 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3205 = sub %3204, %3203 : f64[] @ models/lib/nn.yaml:79:7
%3206 = cast %3205 : f32[] @ models/lib/nn.yaml:79:7
%3207 = broadcast %3206 : f32[64,16] @ models/lib/nn.yaml:79:7
%3208 = mul %19, %3207 : f32[64,16] @ models/lib/nn.yaml:79:7
%3209 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%3210 = cast %3209 : f32[] @ models/lib/nn.yaml:79:7
%3211 = broadcast %3210 : f32[64,16] @ models/lib/nn.yaml:79:7
%3212 = mul %3197, %3211 : f32[64,16] @ models/lib/nn.yaml:79:7
%3213 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%3214 = cast %3213 : f32[] @ models/lib/nn.yaml:79:7
%3215 = broadcast %3214 : f32[64,16] @ models/lib/nn.yaml:79:7
%3216 = mul %3198, %3215 : f32[64,16] @ models/lib/nn.yaml:79:7
%3217 = add %3216, %3212 : f32[64,16] @ models/lib/nn.yaml:79:7
%3218 = mul %3197, %3197 : f32[64,16] @ models/lib/nn.yaml:79:7
%3219 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%3220 = cast %3219 : f32[] @ models/lib/nn.yaml:79:7
%3221 = broadcast %3220 : f32[64,16] @ models/lib/nn.yaml:79:7
%3222 = mul %3218, %3221 : f32[64,16] @ models/lib/nn.yaml:79:7
%3223 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%3224 = cast %3223 : f32[] @ models/lib/nn.yaml:79:7
%3225 = broadcast %3224 : f32[64,16] @ models/lib/nn.yaml:79:7
%3226 = mul %3199, %3225 : f32[64,16] @ models/lib/nn.yaml:79:7
%3227 = add %3226, %3222 : f32[64,16] @ models/lib/nn.yaml:79:7
%3228 = cast %3202 : f64[] @ models/lib/nn.yaml:79:7
%3229 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%3230 = pow %3229, %3228 : f64[] @ models/lib/nn.yaml:79:7
%3231 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3232 = sub %3231, %3230 : f64[] @ models/lib/nn.yaml:79:7
%3233 = div %1211, %3232 : f64[] @ models/lib/nn.yaml:79:7
%3234 = cast %3202 : f64[] @ models/lib/nn.yaml:79:7
%3235 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%3236 = pow %3235, %3234 : f64[] @ models/lib/nn.yaml:79:7
%3237 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3238 = sub %3237, %3236 : f64[] @ models/lib/nn.yaml:79:7
%3239 = sqrt %3238 : f64[] @ models/lib/nn.yaml:79:7
%3240 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3241 = div %3240, %3239 : f64[] @ models/lib/nn.yaml:79:7
%3242 = sqrt %3227 : f32[64,16] @ models/lib/nn.yaml:79:7
%3243 = cast %3241 : f32[] @ models/lib/nn.yaml:79:7
%3244 = broadcast %3243 : f32[64,16] @ models/lib/nn.yaml:79:7
%3245 = mul %3242, %3244 : f32[64,16] @ models/lib/nn.yaml:79:7
%3246 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%3247 = cast %3246 : f32[] @ models/lib/nn.yaml:79:7
%3248 = broadcast %3247 : f32[64,16] @ models/lib/nn.yaml:79:7
%3249 = add %3245, %3248 : f32[64,16] @ models/lib/nn.yaml:79:7
%3250 = div %3217, %3249 : f32[64,16] @ models/lib/nn.yaml:79:7
%3251 = cast %3233 : f32[] @ models/lib/nn.yaml:79:7
%3252 = broadcast %3251 : f32[64,16] @ models/lib/nn.yaml:79:7
%3253 = mul %3250, %3252 : f32[64,16] @ models/lib/nn.yaml:79:7
%3254 = sub %3208, %3253 : f32[64,16] @ models/lib/nn.yaml:79:7
%3255 = assign %19, %3254 : f32[64,16] @ models/lib/nn.yaml:79:7
%3256 = assign %3198, %3217 : f32[64,16] @ models/lib/nn.yaml:79:7
%3257 = assign %3199, %3227 : f32[64,16] @ models/lib/nn.yaml:79:7
%3258 = assign %3200, %3202 : i64[] @ models/lib/nn.yaml:79:7
%3259 = cast %1213 : f32[] @ models/lib/nn.yaml:79:7
%3260 = broadcast %3259 : f32[64,16] @ models/lib/nn.yaml:79:7
%3261 = mul %57, %3260 : f32[64,16] @ models/lib/nn.yaml:79:7
%3262 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3263 = sub %3262, %1213 : f64[] @ models/lib/nn.yaml:79:7
%3264 = cast %3263 : f32[] @ models/lib/nn.yaml:79:7
%3265 = broadcast %3264 : f32[64,16] @ models/lib/nn.yaml:79:7
%3266 = mul %3254, %3265 : f32[64,16] @ models/lib/nn.yaml:79:7
%3267 = add %3261, %3266 : f32[64,16] @ models/lib/nn.yaml:79:7
%3268 = assign %57, %3267 : f32[64,16] @ models/lib/nn.yaml:79:7
%3269 = all_reduce_sum %2018 : f32[64] @ models/lib/nn.yaml:80:7
%3270 = reshape %3269 : f32[64] @ models/lib/nn.yaml:80:7
%3271 = mul %3270, %3270 : f32[64] @ models/lib/nn.yaml:80:7
%3272 = reduce_sum %3271 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3273 = sqrt %3272 : f32[] @ models/lib/nn.yaml:80:7
%3274 = cast %3273 : f64[] @ models/lib/nn.yaml:80:7
%3275 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%3276 = add %3274, %3275 : f64[] @ models/lib/nn.yaml:80:7
%3277 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%3278 = div %3277, %3276 : f64[] @ models/lib/nn.yaml:80:7
%3279 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3280 = lt %3278, %3279 : bool[] @ models/lib/nn.yaml:80:7
%3281 = cast %3278 : f32[] @ models/lib/nn.yaml:80:7
%3282 = broadcast %3281 : f32[64] @ models/lib/nn.yaml:80:7
%3283 = mul %3269, %3282 : f32[64] @ models/lib/nn.yaml:80:7
%3284 = broadcast %3280 : bool[64] @ models/lib/nn.yaml:80:7
%3285 = select %3284, %3283, %3269 : f32[64] @ models/lib/nn.yaml:80:7
%3286 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%3287 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%3288 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3289 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%3290 = add %3288, %3289 : i64[] @ models/lib/nn.yaml:80:7
%3291 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%3292 = cast %3291 : f32[] @ models/lib/nn.yaml:80:7
%3293 = broadcast %3292 : f32[64] @ models/lib/nn.yaml:80:7
%3294 = mul %3285, %3293 : f32[64] @ models/lib/nn.yaml:80:7
%3295 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%3296 = cast %3295 : f32[] @ models/lib/nn.yaml:80:7
%3297 = broadcast %3296 : f32[64] @ models/lib/nn.yaml:80:7
%3298 = mul %3286, %3297 : f32[64] @ models/lib/nn.yaml:80:7
%3299 = add %3298, %3294 : f32[64] @ models/lib/nn.yaml:80:7
%3300 = mul %3285, %3285 : f32[64] @ models/lib/nn.yaml:80:7
%3301 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%3302 = cast %3301 : f32[] @ models/lib/nn.yaml:80:7
%3303 = broadcast %3302 : f32[64] @ models/lib/nn.yaml:80:7
%3304 = mul %3300, %3303 : f32[64] @ models/lib/nn.yaml:80:7
%3305 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%3306 = cast %3305 : f32[] @ models/lib/nn.yaml:80:7
%3307 = broadcast %3306 : f32[64] @ models/lib/nn.yaml:80:7
%3308 = mul %3287, %3307 : f32[64] @ models/lib/nn.yaml:80:7
%3309 = add %3308, %3304 : f32[64] @ models/lib/nn.yaml:80:7
%3310 = cast %3290 : f64[] @ models/lib/nn.yaml:80:7
%3311 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%3312 = pow %3311, %3310 : f64[] @ models/lib/nn.yaml:80:7
%3313 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3314 = sub %3313, %3312 : f64[] @ models/lib/nn.yaml:80:7
%3315 = div %1211, %3314 : f64[] @ models/lib/nn.yaml:80:7
%3316 = cast %3290 : f64[] @ models/lib/nn.yaml:80:7
%3317 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%3318 = pow %3317, %3316 : f64[] @ models/lib/nn.yaml:80:7
%3319 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3320 = sub %3319, %3318 : f64[] @ models/lib/nn.yaml:80:7
%3321 = sqrt %3320 : f64[] @ models/lib/nn.yaml:80:7
%3322 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3323 = div %3322, %3321 : f64[] @ models/lib/nn.yaml:80:7
%3324 = sqrt %3309 : f32[64] @ models/lib/nn.yaml:80:7
%3325 = cast %3323 : f32[] @ models/lib/nn.yaml:80:7
%3326 = broadcast %3325 : f32[64] @ models/lib/nn.yaml:80:7
%3327 = mul %3324, %3326 : f32[64] @ models/lib/nn.yaml:80:7
%3328 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%3329 = cast %3328 : f32[] @ models/lib/nn.yaml:80:7
%3330 = broadcast %3329 : f32[64] @ models/lib/nn.yaml:80:7
%3331 = add %3327, %3330 : f32[64] @ models/lib/nn.yaml:80:7
%3332 = div %3299, %3331 : f32[64] @ models/lib/nn.yaml:80:7
%3333 = cast %3315 : f32[] @ models/lib/nn.yaml:80:7
%3334 = broadcast %3333 : f32[64] @ models/lib/nn.yaml:80:7
%3335 = mul %3332, %3334 : f32[64] @ models/lib/nn.yaml:80:7
%3336 = sub %20, %3335 : f32[64] @ models/lib/nn.yaml:80:7
%3337 = assign %20, %3336 : f32[64] @ models/lib/nn.yaml:80:7
%3338 = assign %3286, %3299 : f32[64] @ models/lib/nn.yaml:80:7
%3339 = assign %3287, %3309 : f32[64] @ models/lib/nn.yaml:80:7
%3340 = assign %3288, %3290 : i64[] @ models/lib/nn.yaml:80:7
%3341 = cast %1213 : f32[] @ models/lib/nn.yaml:80:7
%3342 = broadcast %3341 : f32[64] @ models/lib/nn.yaml:80:7
%3343 = mul %58, %3342 : f32[64] @ models/lib/nn.yaml:80:7
%3344 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3345 = sub %3344, %1213 : f64[] @ models/lib/nn.yaml:80:7
%3346 = cast %3345 : f32[] @ models/lib/nn.yaml:80:7
%3347 = broadcast %3346 : f32[64] @ models/lib/nn.yaml:80:7
%3348 = mul %3336, %3347 : f32[64] @ models/lib/nn.yaml:80:7
%3349 = add %3343, %3348 : f32[64] @ models/lib/nn.yaml:80:7
%3350 = assign %58, %3349 : f32[64] @ models/lib/nn.yaml:80:7
%3351 = all_reduce_sum %2001 : f32[16,64] @ models/lib/nn.yaml:79:7
%3352 = reshape %3351 : f32[1024] @ models/lib/nn.yaml:79:7
%3353 = mul %3352, %3352 : f32[1024] @ models/lib/nn.yaml:79:7
%3354 = reduce_sum %3353 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3355 = sqrt %3354 : f32[] @ models/lib/nn.yaml:79:7
%3356 = cast %3355 : f64[] @ models/lib/nn.yaml:79:7
%3357 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%3358 = add %3356, %3357 : f64[] @ models/lib/nn.yaml:79:7
%3359 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%3360 = div %3359, %3358 : f64[] @ models/lib/nn.yaml:79:7
%3361 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3362 = lt %3360, %3361 : bool[] @ models/lib/nn.yaml:79:7
%3363 = cast %3360 : f32[] @ models/lib/nn.yaml:79:7
%3364 = broadcast %3363 : f32[16,64] @ models/lib/nn.yaml:79:7
%3365 = mul %3351, %3364 : f32[16,64] @ models/lib/nn.yaml:79:7
%3366 = broadcast %3362 : bool[16,64] @ models/lib/nn.yaml:79:7
%3367 = select %3366, %3365, %3351 : f32[16,64] @ models/lib/nn.yaml:79:7
%3368 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%3369 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%3370 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3371 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%3372 = add %3370, %3371 : i64[] @ models/lib/nn.yaml:79:7
%3373 = mul %1211, %1212 : f64[] @ models/lib/nn.yaml:79:7
%3374 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3375 = sub %3374, %3373 : f64[] @ models/lib/nn.yaml:79:7
%3376 = cast %3375 : f32[] @ models/lib/nn.yaml:79:7
%3377 = broadcast %3376 : f32[16,64] @ models/lib/nn.yaml:79:7
%3378 = mul %21, %3377 : f32[16,64] @ models/lib/nn.yaml:79:7
%3379 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%3380 = cast %3379 : f32[] @ models/lib/nn.yaml:79:7
%3381 = broadcast %3380 : f32[16,64] @ models/lib/nn.yaml:79:7
%3382 = mul %3367, %3381 : f32[16,64] @ models/lib/nn.yaml:79:7
%3383 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%3384 = cast %3383 : f32[] @ models/lib/nn.yaml:79:7
%3385 = broadcast %3384 : f32[16,64] @ models/lib/nn.yaml:79:7
%3386 = mul %3368, %3385 : f32[16,64] @ models/lib/nn.yaml:79:7
%3387 = add %3386, %3382 : f32[16,64] @ models/lib/nn.yaml:79:7
%3388 = mul %3367, %3367 : f32[16,64] @ models/lib/nn.yaml:79:7
%3389 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%3390 = cast %3389 : f32[] @ models/lib/nn.yaml:79:7
%3391 = broadcast %3390 : f32[16,64] @ models/lib/nn.yaml:79:7
%3392 = mul %3388, %3391 : f32[16,64] @ models/lib/nn.yaml:79:7
%3393 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%3394 = cast %3393 : f32[] @ models/lib/nn.yaml:79:7
%3395 = broadcast %3394 : f32[16,64] @ models/lib/nn.yaml:79:7
%3396 = mul %3369, %3395 : f32[16,64] @ models/lib/nn.yaml:79:7
%3397 = add %3396, %3392 : f32[16,64] @ models/lib/nn.yaml:79:7
%3398 = cast %3372 : f64[] @ models/lib/nn.yaml:79:7
%3399 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%3400 = pow %3399, %3398 : f64[] @ models/lib/nn.yaml:79:7
%3401 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3402 = sub %3401, %3400 : f64[] @ models/lib/nn.yaml:79:7
%3403 = div %1211, %3402 : f64[] @ models/lib/nn.yaml:79:7
%3404 = cast %3372 : f64[] @ models/lib/nn.yaml:79:7
%3405 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%3406 = pow %3405, %3404 : f64[] @ models/lib/nn.yaml:79:7
%3407 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3408 = sub %3407, %3406 : f64[] @ models/lib/nn.yaml:79:7
%3409 = sqrt %3408 : f64[] @ models/lib/nn.yaml:79:7
%3410 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3411 = div %3410, %3409 : f64[] @ models/lib/nn.yaml:79:7
%3412 = sqrt %3397 : f32[16,64] @ models/lib/nn.yaml:79:7
%3413 = cast %3411 : f32[] @ models/lib/nn.yaml:79:7
%3414 = broadcast %3413 : f32[16,64] @ models/lib/nn.yaml:79:7
%3415 = mul %3412, %3414 : f32[16,64] @ models/lib/nn.yaml:79:7
%3416 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%3417 = cast %3416 : f32[] @ models/lib/nn.yaml:79:7
%3418 = broadcast %3417 : f32[16,64] @ models/lib/nn.yaml:79:7
%3419 = add %3415, %3418 : f32[16,64] @ models/lib/nn.yaml:79:7
%3420 = div %3387, %3419 : f32[16,64] @ models/lib/nn.yaml:79:7
%3421 = cast %3403 : f32[] @ models/lib/nn.yaml:79:7
%3422 = broadcast %3421 : f32[16,64] @ models/lib/nn.yaml:79:7
%3423 = mul %3420, %3422 : f32[16,64] @ models/lib/nn.yaml:79:7
%3424 = sub %3378, %3423 : f32[16,64] @ models/lib/nn.yaml:79:7
%3425 = assign %21, %3424 : f32[16,64] @ models/lib/nn.yaml:79:7
%3426 = assign %3368, %3387 : f32[16,64] @ models/lib/nn.yaml:79:7
%3427 = assign %3369, %3397 : f32[16,64] @ models/lib/nn.yaml:79:7
%3428 = assign %3370, %3372 : i64[] @ models/lib/nn.yaml:79:7
%3429 = cast %1213 : f32[] @ models/lib/nn.yaml:79:7
%3430 = broadcast %3429 : f32[16,64] @ models/lib/nn.yaml:79:7
%3431 = mul %59, %3430 : f32[16,64] @ models/lib/nn.yaml:79:7
%3432 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3433 = sub %3432, %1213 : f64[] @ models/lib/nn.yaml:79:7
%3434 = cast %3433 : f32[] @ models/lib/nn.yaml:79:7
%3435 = broadcast %3434 : f32[16,64] @ models/lib/nn.yaml:79:7
%3436 = mul %3424, %3435 : f32[16,64] @ models/lib/nn.yaml:79:7
%3437 = add %3431, %3436 : f32[16,64] @ models/lib/nn.yaml:79:7
%3438 = assign %59, %3437 : f32[16,64] @ models/lib/nn.yaml:79:7
%3439 = all_reduce_sum %1996 : f32[16] @ models/lib/nn.yaml:80:7
%3440 = reshape %3439 : f32[16] @ models/lib/nn.yaml:80:7
%3441 = mul %3440, %3440 : f32[16] @ models/lib/nn.yaml:80:7
%3442 = reduce_sum %3441 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3443 = sqrt %3442 : f32[] @ models/lib/nn.yaml:80:7
%3444 = cast %3443 : f64[] @ models/lib/nn.yaml:80:7
%3445 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%3446 = add %3444, %3445 : f64[] @ models/lib/nn.yaml:80:7
%3447 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%3448 = div %3447, %3446 : f64[] @ models/lib/nn.yaml:80:7
%3449 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3450 = lt %3448, %3449 : bool[] @ models/lib/nn.yaml:80:7
%3451 = cast %3448 : f32[] @ models/lib/nn.yaml:80:7
%3452 = broadcast %3451 : f32[16] @ models/lib/nn.yaml:80:7
%3453 = mul %3439, %3452 : f32[16] @ models/lib/nn.yaml:80:7
%3454 = broadcast %3450 : bool[16] @ models/lib/nn.yaml:80:7
%3455 = select %3454, %3453, %3439 : f32[16] @ models/lib/nn.yaml:80:7
%3456 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3457 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3458 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3459 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%3460 = add %3458, %3459 : i64[] @ models/lib/nn.yaml:80:7
%3461 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%3462 = cast %3461 : f32[] @ models/lib/nn.yaml:80:7
%3463 = broadcast %3462 : f32[16] @ models/lib/nn.yaml:80:7
%3464 = mul %3455, %3463 : f32[16] @ models/lib/nn.yaml:80:7
%3465 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%3466 = cast %3465 : f32[] @ models/lib/nn.yaml:80:7
%3467 = broadcast %3466 : f32[16] @ models/lib/nn.yaml:80:7
%3468 = mul %3456, %3467 : f32[16] @ models/lib/nn.yaml:80:7
%3469 = add %3468, %3464 : f32[16] @ models/lib/nn.yaml:80:7
%3470 = mul %3455, %3455 : f32[16] @ models/lib/nn.yaml:80:7
%3471 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%3472 = cast %3471 : f32[] @ models/lib/nn.yaml:80:7
%3473 = broadcast %3472 : f32[16] @ models/lib/nn.yaml:80:7
%3474 = mul %3470, %3473 : f32[16] @ models/lib/nn.yaml:80:7
%3475 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%3476 = cast %3475 : f32[] @ models/lib/nn.yaml:80:7
%3477 = broadcast %3476 : f32[16] @ models/lib/nn.yaml:80:7
%3478 = mul %3457, %3477 : f32[16] @ models/lib/nn.yaml:80:7
%3479 = add %3478, %3474 : f32[16] @ models/lib/nn.yaml:80:7
%3480 = cast %3460 : f64[] @ models/lib/nn.yaml:80:7
%3481 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%3482 = pow %3481, %3480 : f64[] @ models/lib/nn.yaml:80:7
%3483 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3484 = sub %3483, %3482 : f64[] @ models/lib/nn.yaml:80:7
%3485 = div %1211, %3484 : f64[] @ models/lib/nn.yaml:80:7
%3486 = cast %3460 : f64[] @ models/lib/nn.yaml:80:7
%3487 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%3488 = pow %3487, %3486 : f64[] @ models/lib/nn.yaml:80:7
%3489 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3490 = sub %3489, %3488 : f64[] @ models/lib/nn.yaml:80:7
%3491 = sqrt %3490 : f64[] @ models/lib/nn.yaml:80:7
%3492 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3493 = div %3492, %3491 : f64[] @ models/lib/nn.yaml:80:7
%3494 = sqrt %3479 : f32[16] @ models/lib/nn.yaml:80:7
%3495 = cast %3493 : f32[] @ models/lib/nn.yaml:80:7
%3496 = broadcast %3495 : f32[16] @ models/lib/nn.yaml:80:7
%3497 = mul %3494, %3496 : f32[16] @ models/lib/nn.yaml:80:7
%3498 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%3499 = cast %3498 : f32[] @ models/lib/nn.yaml:80:7
%3500 = broadcast %3499 : f32[16] @ models/lib/nn.yaml:80:7
%3501 = add %3497, %3500 : f32[16] @ models/lib/nn.yaml:80:7
%3502 = div %3469, %3501 : f32[16] @ models/lib/nn.yaml:80:7
%3503 = cast %3485 : f32[] @ models/lib/nn.yaml:80:7
%3504 = broadcast %3503 : f32[16] @ models/lib/nn.yaml:80:7
%3505 = mul %3502, %3504 : f32[16] @ models/lib/nn.yaml:80:7
%3506 = sub %22, %3505 : f32[16] @ models/lib/nn.yaml:80:7
%3507 = assign %22, %3506 : f32[16] @ models/lib/nn.yaml:80:7
%3508 = assign %3456, %3469 : f32[16] @ models/lib/nn.yaml:80:7
%3509 = assign %3457, %3479 : f32[16] @ models/lib/nn.yaml:80:7
%3510 = assign %3458, %3460 : i64[] @ models/lib/nn.yaml:80:7
%3511 = cast %1213 : f32[] @ models/lib/nn.yaml:80:7
%3512 = broadcast %3511 : f32[16] @ models/lib/nn.yaml:80:7
%3513 = mul %60, %3512 : f32[16] @ models/lib/nn.yaml:80:7
%3514 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3515 = sub %3514, %1213 : f64[] @ models/lib/nn.yaml:80:7
%3516 = cast %3515 : f32[] @ models/lib/nn.yaml:80:7
%3517 = broadcast %3516 : f32[16] @ models/lib/nn.yaml:80:7
%3518 = mul %3506, %3517 : f32[16] @ models/lib/nn.yaml:80:7
%3519 = add %3513, %3518 : f32[16] @ models/lib/nn.yaml:80:7
%3520 = assign %60, %3519 : f32[16] @ models/lib/nn.yaml:80:7
%3521 = all_reduce_sum %1970 : f32[16] @ models/lib/nn.yaml:89:7
%3522 = reshape %3521 : f32[16] @ models/lib/nn.yaml:89:7
%3523 = mul %3522, %3522 : f32[16] @ models/lib/nn.yaml:89:7
%3524 = reduce_sum %3523 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%3525 = sqrt %3524 : f32[] @ models/lib/nn.yaml:89:7
%3526 = cast %3525 : f64[] @ models/lib/nn.yaml:89:7
%3527 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%3528 = add %3526, %3527 : f64[] @ models/lib/nn.yaml:89:7
%3529 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%3530 = div %3529, %3528 : f64[] @ models/lib/nn.yaml:89:7
%3531 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3532 = lt %3530, %3531 : bool[] @ models/lib/nn.yaml:89:7
%3533 = cast %3530 : f32[] @ models/lib/nn.yaml:89:7
%3534 = broadcast %3533 : f32[16] @ models/lib/nn.yaml:89:7
%3535 = mul %3521, %3534 : f32[16] @ models/lib/nn.yaml:89:7
%3536 = broadcast %3532 : bool[16] @ models/lib/nn.yaml:89:7
%3537 = select %3536, %3535, %3521 : f32[16] @ models/lib/nn.yaml:89:7
%3538 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3539 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3540 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3541 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%3542 = add %3540, %3541 : i64[] @ models/lib/nn.yaml:89:7
%3543 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%3544 = cast %3543 : f32[] @ models/lib/nn.yaml:89:7
%3545 = broadcast %3544 : f32[16] @ models/lib/nn.yaml:89:7
%3546 = mul %3537, %3545 : f32[16] @ models/lib/nn.yaml:89:7
%3547 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%3548 = cast %3547 : f32[] @ models/lib/nn.yaml:89:7
%3549 = broadcast %3548 : f32[16] @ models/lib/nn.yaml:89:7
%3550 = mul %3538, %3549 : f32[16] @ models/lib/nn.yaml:89:7
%3551 = add %3550, %3546 : f32[16] @ models/lib/nn.yaml:89:7
%3552 = mul %3537, %3537 : f32[16] @ models/lib/nn.yaml:89:7
%3553 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%3554 = cast %3553 : f32[] @ models/lib/nn.yaml:89:7
%3555 = broadcast %3554 : f32[16] @ models/lib/nn.yaml:89:7
%3556 = mul %3552, %3555 : f32[16] @ models/lib/nn.yaml:89:7
%3557 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%3558 = cast %3557 : f32[] @ models/lib/nn.yaml:89:7
%3559 = broadcast %3558 : f32[16] @ models/lib/nn.yaml:89:7
%3560 = mul %3539, %3559 : f32[16] @ models/lib/nn.yaml:89:7
%3561 = add %3560, %3556 : f32[16] @ models/lib/nn.yaml:89:7
%3562 = cast %3542 : f64[] @ models/lib/nn.yaml:89:7
%3563 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%3564 = pow %3563, %3562 : f64[] @ models/lib/nn.yaml:89:7
%3565 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3566 = sub %3565, %3564 : f64[] @ models/lib/nn.yaml:89:7
%3567 = div %1211, %3566 : f64[] @ models/lib/nn.yaml:89:7
%3568 = cast %3542 : f64[] @ models/lib/nn.yaml:89:7
%3569 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%3570 = pow %3569, %3568 : f64[] @ models/lib/nn.yaml:89:7
%3571 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3572 = sub %3571, %3570 : f64[] @ models/lib/nn.yaml:89:7
%3573 = sqrt %3572 : f64[] @ models/lib/nn.yaml:89:7
%3574 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3575 = div %3574, %3573 : f64[] @ models/lib/nn.yaml:89:7
%3576 = sqrt %3561 : f32[16] @ models/lib/nn.yaml:89:7
%3577 = cast %3575 : f32[] @ models/lib/nn.yaml:89:7
%3578 = broadcast %3577 : f32[16] @ models/lib/nn.yaml:89:7
%3579 = mul %3576, %3578 : f32[16] @ models/lib/nn.yaml:89:7
%3580 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%3581 = cast %3580 : f32[] @ models/lib/nn.yaml:89:7
%3582 = broadcast %3581 : f32[16] @ models/lib/nn.yaml:89:7
%3583 = add %3579, %3582 : f32[16] @ models/lib/nn.yaml:89:7
%3584 = div %3551, %3583 : f32[16] @ models/lib/nn.yaml:89:7
%3585 = cast %3567 : f32[] @ models/lib/nn.yaml:89:7
%3586 = broadcast %3585 : f32[16] @ models/lib/nn.yaml:89:7
%3587 = mul %3584, %3586 : f32[16] @ models/lib/nn.yaml:89:7
%3588 = sub %23, %3587 : f32[16] @ models/lib/nn.yaml:89:7
%3589 = assign %23, %3588 : f32[16] @ models/lib/nn.yaml:89:7
%3590 = assign %3538, %3551 : f32[16] @ models/lib/nn.yaml:89:7
%3591 = assign %3539, %3561 : f32[16] @ models/lib/nn.yaml:89:7
%3592 = assign %3540, %3542 : i64[] @ models/lib/nn.yaml:89:7
%3593 = cast %1213 : f32[] @ models/lib/nn.yaml:89:7
%3594 = broadcast %3593 : f32[16] @ models/lib/nn.yaml:89:7
%3595 = mul %61, %3594 : f32[16] @ models/lib/nn.yaml:89:7
%3596 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3597 = sub %3596, %1213 : f64[] @ models/lib/nn.yaml:89:7
%3598 = cast %3597 : f32[] @ models/lib/nn.yaml:89:7
%3599 = broadcast %3598 : f32[16] @ models/lib/nn.yaml:89:7
%3600 = mul %3588, %3599 : f32[16] @ models/lib/nn.yaml:89:7
%3601 = add %3595, %3600 : f32[16] @ models/lib/nn.yaml:89:7
%3602 = assign %61, %3601 : f32[16] @ models/lib/nn.yaml:89:7
%3603 = all_reduce_sum %1965 : f32[16] @ models/lib/nn.yaml:90:7
%3604 = reshape %3603 : f32[16] @ models/lib/nn.yaml:90:7
%3605 = mul %3604, %3604 : f32[16] @ models/lib/nn.yaml:90:7
%3606 = reduce_sum %3605 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%3607 = sqrt %3606 : f32[] @ models/lib/nn.yaml:90:7
%3608 = cast %3607 : f64[] @ models/lib/nn.yaml:90:7
%3609 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%3610 = add %3608, %3609 : f64[] @ models/lib/nn.yaml:90:7
%3611 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%3612 = div %3611, %3610 : f64[] @ models/lib/nn.yaml:90:7
%3613 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3614 = lt %3612, %3613 : bool[] @ models/lib/nn.yaml:90:7
%3615 = cast %3612 : f32[] @ models/lib/nn.yaml:90:7
%3616 = broadcast %3615 : f32[16] @ models/lib/nn.yaml:90:7
%3617 = mul %3603, %3616 : f32[16] @ models/lib/nn.yaml:90:7
%3618 = broadcast %3614 : bool[16] @ models/lib/nn.yaml:90:7
%3619 = select %3618, %3617, %3603 : f32[16] @ models/lib/nn.yaml:90:7
%3620 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3621 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3622 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3623 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%3624 = add %3622, %3623 : i64[] @ models/lib/nn.yaml:90:7
%3625 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%3626 = cast %3625 : f32[] @ models/lib/nn.yaml:90:7
%3627 = broadcast %3626 : f32[16] @ models/lib/nn.yaml:90:7
%3628 = mul %3619, %3627 : f32[16] @ models/lib/nn.yaml:90:7
%3629 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%3630 = cast %3629 : f32[] @ models/lib/nn.yaml:90:7
%3631 = broadcast %3630 : f32[16] @ models/lib/nn.yaml:90:7
%3632 = mul %3620, %3631 : f32[16] @ models/lib/nn.yaml:90:7
%3633 = add %3632, %3628 : f32[16] @ models/lib/nn.yaml:90:7
%3634 = mul %3619, %3619 : f32[16] @ models/lib/nn.yaml:90:7
%3635 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%3636 = cast %3635 : f32[] @ models/lib/nn.yaml:90:7
%3637 = broadcast %3636 : f32[16] @ models/lib/nn.yaml:90:7
%3638 = mul %3634, %3637 : f32[16] @ models/lib/nn.yaml:90:7
%3639 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%3640 = cast %3639 : f32[] @ models/lib/nn.yaml:90:7
%3641 = broadcast %3640 : f32[16] @ models/lib/nn.yaml:90:7
%3642 = mul %3621, %3641 : f32[16] @ models/lib/nn.yaml:90:7
%3643 = add %3642, %3638 : f32[16] @ models/lib/nn.yaml:90:7
%3644 = cast %3624 : f64[] @ models/lib/nn.yaml:90:7
%3645 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%3646 = pow %3645, %3644 : f64[] @ models/lib/nn.yaml:90:7
%3647 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3648 = sub %3647, %3646 : f64[] @ models/lib/nn.yaml:90:7
%3649 = div %1211, %3648 : f64[] @ models/lib/nn.yaml:90:7
%3650 = cast %3624 : f64[] @ models/lib/nn.yaml:90:7
%3651 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%3652 = pow %3651, %3650 : f64[] @ models/lib/nn.yaml:90:7
%3653 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3654 = sub %3653, %3652 : f64[] @ models/lib/nn.yaml:90:7
%3655 = sqrt %3654 : f64[] @ models/lib/nn.yaml:90:7
%3656 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3657 = div %3656, %3655 : f64[] @ models/lib/nn.yaml:90:7
%3658 = sqrt %3643 : f32[16] @ models/lib/nn.yaml:90:7
%3659 = cast %3657 : f32[] @ models/lib/nn.yaml:90:7
%3660 = broadcast %3659 : f32[16] @ models/lib/nn.yaml:90:7
%3661 = mul %3658, %3660 : f32[16] @ models/lib/nn.yaml:90:7
%3662 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%3663 = cast %3662 : f32[] @ models/lib/nn.yaml:90:7
%3664 = broadcast %3663 : f32[16] @ models/lib/nn.yaml:90:7
%3665 = add %3661, %3664 : f32[16] @ models/lib/nn.yaml:90:7
%3666 = div %3633, %3665 : f32[16] @ models/lib/nn.yaml:90:7
%3667 = cast %3649 : f32[] @ models/lib/nn.yaml:90:7
%3668 = broadcast %3667 : f32[16] @ models/lib/nn.yaml:90:7
%3669 = mul %3666, %3668 : f32[16] @ models/lib/nn.yaml:90:7
%3670 = sub %24, %3669 : f32[16] @ models/lib/nn.yaml:90:7
%3671 = assign %24, %3670 : f32[16] @ models/lib/nn.yaml:90:7
%3672 = assign %3620, %3633 : f32[16] @ models/lib/nn.yaml:90:7
%3673 = assign %3621, %3643 : f32[16] @ models/lib/nn.yaml:90:7
%3674 = assign %3622, %3624 : i64[] @ models/lib/nn.yaml:90:7
%3675 = cast %1213 : f32[] @ models/lib/nn.yaml:90:7
%3676 = broadcast %3675 : f32[16] @ models/lib/nn.yaml:90:7
%3677 = mul %62, %3676 : f32[16] @ models/lib/nn.yaml:90:7
%3678 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3679 = sub %3678, %1213 : f64[] @ models/lib/nn.yaml:90:7
%3680 = cast %3679 : f32[] @ models/lib/nn.yaml:90:7
%3681 = broadcast %3680 : f32[16] @ models/lib/nn.yaml:90:7
%3682 = mul %3670, %3681 : f32[16] @ models/lib/nn.yaml:90:7
%3683 = add %3677, %3682 : f32[16] @ models/lib/nn.yaml:90:7
%3684 = assign %62, %3683 : f32[16] @ models/lib/nn.yaml:90:7
%3685 = all_reduce_sum %1960 : f32[48,16] @ models/lib/nn.yaml:79:7
%3686 = reshape %3685 : f32[768] @ models/lib/nn.yaml:79:7
%3687 = mul %3686, %3686 : f32[768] @ models/lib/nn.yaml:79:7
%3688 = reduce_sum %3687 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3689 = sqrt %3688 : f32[] @ models/lib/nn.yaml:79:7
%3690 = cast %3689 : f64[] @ models/lib/nn.yaml:79:7
%3691 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%3692 = add %3690, %3691 : f64[] @ models/lib/nn.yaml:79:7
%3693 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%3694 = div %3693, %3692 : f64[] @ models/lib/nn.yaml:79:7
%3695 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3696 = lt %3694, %3695 : bool[] @ models/lib/nn.yaml:79:7
%3697 = cast %3694 : f32[] @ models/lib/nn.yaml:79:7
%3698 = broadcast %3697 : f32[48,16] @ models/lib/nn.yaml:79:7
%3699 = mul %3685, %3698 : f32[48,16] @ models/lib/nn.yaml:79:7
%3700 = broadcast %3696 : bool[48,16] @ models/lib/nn.yaml:79:7
%3701 = select %3700, %3699, %3685 : f32[48,16] @ models/lib/nn.yaml:79:7
%3702 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%3703 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%3704 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3705 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%3706 = add %3704, %3705 : i64[] @ models/lib/nn.yaml:79:7
%3707 = mul %1211, %1212 : f64[] @ models/lib/nn.yaml:79:7
%3708 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3709 = sub %3708, %3707 : f64[] @ models/lib/nn.yaml:79:7
%3710 = cast %3709 : f32[] @ models/lib/nn.yaml:79:7
%3711 = broadcast %3710 : f32[48,16] @ models/lib/nn.yaml:79:7
%3712 = mul %25, %3711 : f32[48,16] @ models/lib/nn.yaml:79:7
%3713 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%3714 = cast %3713 : f32[] @ models/lib/nn.yaml:79:7
%3715 = broadcast %3714 : f32[48,16] @ models/lib/nn.yaml:79:7
%3716 = mul %3701, %3715 : f32[48,16] @ models/lib/nn.yaml:79:7
%3717 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%3718 = cast %3717 : f32[] @ models/lib/nn.yaml:79:7
%3719 = broadcast %3718 : f32[48,16] @ models/lib/nn.yaml:79:7
%3720 = mul %3702, %3719 : f32[48,16] @ models/lib/nn.yaml:79:7
%3721 = add %3720, %3716 : f32[48,16] @ models/lib/nn.yaml:79:7
%3722 = mul %3701, %3701 : f32[48,16] @ models/lib/nn.yaml:79:7
%3723 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%3724 = cast %3723 : f32[] @ models/lib/nn.yaml:79:7
%3725 = broadcast %3724 : f32[48,16] @ models/lib/nn.yaml:79:7
%3726 = mul %3722, %3725 : f32[48,16] @ models/lib/nn.yaml:79:7
%3727 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%3728 = cast %3727 : f32[] @ models/lib/nn.yaml:79:7
%3729 = broadcast %3728 : f32[48,16] @ models/lib/nn.yaml:79:7
%3730 = mul %3703, %3729 : f32[48,16] @ models/lib/nn.yaml:79:7
%3731 = add %3730, %3726 : f32[48,16] @ models/lib/nn.yaml:79:7
%3732 = cast %3706 : f64[] @ models/lib/nn.yaml:79:7
%3733 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%3734 = pow %3733, %3732 : f64[] @ models/lib/nn.yaml:79:7
%3735 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3736 = sub %3735, %3734 : f64[] @ models/lib/nn.yaml:79:7
%3737 = div %1211, %3736 : f64[] @ models/lib/nn.yaml:79:7
%3738 = cast %3706 : f64[] @ models/lib/nn.yaml:79:7
%3739 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%3740 = pow %3739, %3738 : f64[] @ models/lib/nn.yaml:79:7
%3741 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3742 = sub %3741, %3740 : f64[] @ models/lib/nn.yaml:79:7
%3743 = sqrt %3742 : f64[] @ models/lib/nn.yaml:79:7
%3744 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3745 = div %3744, %3743 : f64[] @ models/lib/nn.yaml:79:7
%3746 = sqrt %3731 : f32[48,16] @ models/lib/nn.yaml:79:7
%3747 = cast %3745 : f32[] @ models/lib/nn.yaml:79:7
%3748 = broadcast %3747 : f32[48,16] @ models/lib/nn.yaml:79:7
%3749 = mul %3746, %3748 : f32[48,16] @ models/lib/nn.yaml:79:7
%3750 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%3751 = cast %3750 : f32[] @ models/lib/nn.yaml:79:7
%3752 = broadcast %3751 : f32[48,16] @ models/lib/nn.yaml:79:7
%3753 = add %3749, %3752 : f32[48,16] @ models/lib/nn.yaml:79:7
%3754 = div %3721, %3753 : f32[48,16] @ models/lib/nn.yaml:79:7
%3755 = cast %3737 : f32[] @ models/lib/nn.yaml:79:7
%3756 = broadcast %3755 : f32[48,16] @ models/lib/nn.yaml:79:7
%3757 = mul %3754, %3756 : f32[48,16] @ models/lib/nn.yaml:79:7
%3758 = sub %3712, %3757 : f32[48,16] @ models/lib/nn.yaml:79:7
%3759 = assign %25, %3758 : f32[48,16] @ models/lib/nn.yaml:79:7
%3760 = assign %3702, %3721 : f32[48,16] @ models/lib/nn.yaml:79:7
%3761 = assign %3703, %3731 : f32[48,16] @ models/lib/nn.yaml:79:7
%3762 = assign %3704, %3706 : i64[] @ models/lib/nn.yaml:79:7
%3763 = cast %1213 : f32[] @ models/lib/nn.yaml:79:7
%3764 = broadcast %3763 : f32[48,16] @ models/lib/nn.yaml:79:7
%3765 = mul %63, %3764 : f32[48,16] @ models/lib/nn.yaml:79:7
%3766 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3767 = sub %3766, %1213 : f64[] @ models/lib/nn.yaml:79:7
%3768 = cast %3767 : f32[] @ models/lib/nn.yaml:79:7
%3769 = broadcast %3768 : f32[48,16] @ models/lib/nn.yaml:79:7
%3770 = mul %3758, %3769 : f32[48,16] @ models/lib/nn.yaml:79:7
%3771 = add %3765, %3770 : f32[48,16] @ models/lib/nn.yaml:79:7
%3772 = assign %63, %3771 : f32[48,16] @ models/lib/nn.yaml:79:7
%3773 = all_reduce_sum %1955 : f32[48] @ models/lib/nn.yaml:80:7
%3774 = reshape %3773 : f32[48] @ models/lib/nn.yaml:80:7
%3775 = mul %3774, %3774 : f32[48] @ models/lib/nn.yaml:80:7
%3776 = reduce_sum %3775 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3777 = sqrt %3776 : f32[] @ models/lib/nn.yaml:80:7
%3778 = cast %3777 : f64[] @ models/lib/nn.yaml:80:7
%3779 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%3780 = add %3778, %3779 : f64[] @ models/lib/nn.yaml:80:7
%3781 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%3782 = div %3781, %3780 : f64[] @ models/lib/nn.yaml:80:7
%3783 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3784 = lt %3782, %3783 : bool[] @ models/lib/nn.yaml:80:7
%3785 = cast %3782 : f32[] @ models/lib/nn.yaml:80:7
%3786 = broadcast %3785 : f32[48] @ models/lib/nn.yaml:80:7
%3787 = mul %3773, %3786 : f32[48] @ models/lib/nn.yaml:80:7
%3788 = broadcast %3784 : bool[48] @ models/lib/nn.yaml:80:7
%3789 = select %3788, %3787, %3773 : f32[48] @ models/lib/nn.yaml:80:7
%3790 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%3791 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%3792 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3793 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%3794 = add %3792, %3793 : i64[] @ models/lib/nn.yaml:80:7
%3795 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%3796 = cast %3795 : f32[] @ models/lib/nn.yaml:80:7
%3797 = broadcast %3796 : f32[48] @ models/lib/nn.yaml:80:7
%3798 = mul %3789, %3797 : f32[48] @ models/lib/nn.yaml:80:7
%3799 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%3800 = cast %3799 : f32[] @ models/lib/nn.yaml:80:7
%3801 = broadcast %3800 : f32[48] @ models/lib/nn.yaml:80:7
%3802 = mul %3790, %3801 : f32[48] @ models/lib/nn.yaml:80:7
%3803 = add %3802, %3798 : f32[48] @ models/lib/nn.yaml:80:7
%3804 = mul %3789, %3789 : f32[48] @ models/lib/nn.yaml:80:7
%3805 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%3806 = cast %3805 : f32[] @ models/lib/nn.yaml:80:7
%3807 = broadcast %3806 : f32[48] @ models/lib/nn.yaml:80:7
%3808 = mul %3804, %3807 : f32[48] @ models/lib/nn.yaml:80:7
%3809 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%3810 = cast %3809 : f32[] @ models/lib/nn.yaml:80:7
%3811 = broadcast %3810 : f32[48] @ models/lib/nn.yaml:80:7
%3812 = mul %3791, %3811 : f32[48] @ models/lib/nn.yaml:80:7
%3813 = add %3812, %3808 : f32[48] @ models/lib/nn.yaml:80:7
%3814 = cast %3794 : f64[] @ models/lib/nn.yaml:80:7
%3815 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%3816 = pow %3815, %3814 : f64[] @ models/lib/nn.yaml:80:7
%3817 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3818 = sub %3817, %3816 : f64[] @ models/lib/nn.yaml:80:7
%3819 = div %1211, %3818 : f64[] @ models/lib/nn.yaml:80:7
%3820 = cast %3794 : f64[] @ models/lib/nn.yaml:80:7
%3821 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%3822 = pow %3821, %3820 : f64[] @ models/lib/nn.yaml:80:7
%3823 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3824 = sub %3823, %3822 : f64[] @ models/lib/nn.yaml:80:7
%3825 = sqrt %3824 : f64[] @ models/lib/nn.yaml:80:7
%3826 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3827 = div %3826, %3825 : f64[] @ models/lib/nn.yaml:80:7
%3828 = sqrt %3813 : f32[48] @ models/lib/nn.yaml:80:7
%3829 = cast %3827 : f32[] @ models/lib/nn.yaml:80:7
%3830 = broadcast %3829 : f32[48] @ models/lib/nn.yaml:80:7
%3831 = mul %3828, %3830 : f32[48] @ models/lib/nn.yaml:80:7
%3832 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%3833 = cast %3832 : f32[] @ models/lib/nn.yaml:80:7
%3834 = broadcast %3833 : f32[48] @ models/lib/nn.yaml:80:7
%3835 = add %3831, %3834 : f32[48] @ models/lib/nn.yaml:80:7
%3836 = div %3803, %3835 : f32[48] @ models/lib/nn.yaml:80:7
%3837 = cast %3819 : f32[] @ models/lib/nn.yaml:80:7
%3838 = broadcast %3837 : f32[48] @ models/lib/nn.yaml:80:7
%3839 = mul %3836, %3838 : f32[48] @ models/lib/nn.yaml:80:7
%3840 = sub %26, %3839 : f32[48] @ models/lib/nn.yaml:80:7
%3841 = assign %26, %3840 : f32[48] @ models/lib/nn.yaml:80:7
%3842 = assign %3790, %3803 : f32[48] @ models/lib/nn.yaml:80:7
%3843 = assign %3791, %3813 : f32[48] @ models/lib/nn.yaml:80:7
%3844 = assign %3792, %3794 : i64[] @ models/lib/nn.yaml:80:7
%3845 = cast %1213 : f32[] @ models/lib/nn.yaml:80:7
%3846 = broadcast %3845 : f32[48] @ models/lib/nn.yaml:80:7
%3847 = mul %64, %3846 : f32[48] @ models/lib/nn.yaml:80:7
%3848 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3849 = sub %3848, %1213 : f64[] @ models/lib/nn.yaml:80:7
%3850 = cast %3849 : f32[] @ models/lib/nn.yaml:80:7
%3851 = broadcast %3850 : f32[48] @ models/lib/nn.yaml:80:7
%3852 = mul %3840, %3851 : f32[48] @ models/lib/nn.yaml:80:7
%3853 = add %3847, %3852 : f32[48] @ models/lib/nn.yaml:80:7
%3854 = assign %64, %3853 : f32[48] @ models/lib/nn.yaml:80:7
%3855 = all_reduce_sum %1903 : f32[16,16] @ models/lib/nn.yaml:79:7
%3856 = reshape %3855 : f32[256] @ models/lib/nn.yaml:79:7
%3857 = mul %3856, %3856 : f32[256] @ models/lib/nn.yaml:79:7
%3858 = reduce_sum %3857 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3859 = sqrt %3858 : f32[] @ models/lib/nn.yaml:79:7
%3860 = cast %3859 : f64[] @ models/lib/nn.yaml:79:7
%3861 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%3862 = add %3860, %3861 : f64[] @ models/lib/nn.yaml:79:7
%3863 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%3864 = div %3863, %3862 : f64[] @ models/lib/nn.yaml:79:7
%3865 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3866 = lt %3864, %3865 : bool[] @ models/lib/nn.yaml:79:7
%3867 = cast %3864 : f32[] @ models/lib/nn.yaml:79:7
%3868 = broadcast %3867 : f32[16,16] @ models/lib/nn.yaml:79:7
%3869 = mul %3855, %3868 : f32[16,16] @ models/lib/nn.yaml:79:7
%3870 = broadcast %3866 : bool[16,16] @ models/lib/nn.yaml:79:7
%3871 = select %3870, %3869, %3855 : f32[16,16] @ models/lib/nn.yaml:79:7
%3872 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%3873 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%3874 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3875 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%3876 = add %3874, %3875 : i64[] @ models/lib/nn.yaml:79:7
%3877 = mul %1211, %1212 : f64[] @ models/lib/nn.yaml:79:7
%3878 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3879 = sub %3878, %3877 : f64[] @ models/lib/nn.yaml:79:7
%3880 = cast %3879 : f32[] @ models/lib/nn.yaml:79:7
%3881 = broadcast %3880 : f32[16,16] @ models/lib/nn.yaml:79:7
%3882 = mul %27, %3881 : f32[16,16] @ models/lib/nn.yaml:79:7
%3883 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%3884 = cast %3883 : f32[] @ models/lib/nn.yaml:79:7
%3885 = broadcast %3884 : f32[16,16] @ models/lib/nn.yaml:79:7
%3886 = mul %3871, %3885 : f32[16,16] @ models/lib/nn.yaml:79:7
%3887 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%3888 = cast %3887 : f32[] @ models/lib/nn.yaml:79:7
%3889 = broadcast %3888 : f32[16,16] @ models/lib/nn.yaml:79:7
%3890 = mul %3872, %3889 : f32[16,16] @ models/lib/nn.yaml:79:7
%3891 = add %3890, %3886 : f32[16,16] @ models/lib/nn.yaml:79:7
%3892 = mul %3871, %3871 : f32[16,16] @ models/lib/nn.yaml:79:7
%3893 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%3894 = cast %3893 : f32[] @ models/lib/nn.yaml:79:7
%3895 = broadcast %3894 : f32[16,16] @ models/lib/nn.yaml:79:7
%3896 = mul %3892, %3895 : f32[16,16] @ models/lib/nn.yaml:79:7
%3897 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%3898 = cast %3897 : f32[] @ models/lib/nn.yaml:79:7
%3899 = broadcast %3898 : f32[16,16] @ models/lib/nn.yaml:79:7
%3900 = mul %3873, %3899 : f32[16,16] @ models/lib/nn.yaml:79:7
%3901 = add %3900, %3896 : f32[16,16] @ models/lib/nn.yaml:79:7
%3902 = cast %3876 : f64[] @ models/lib/nn.yaml:79:7
%3903 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%3904 = pow %3903, %3902 : f64[] @ models/lib/nn.yaml:79:7
%3905 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3906 = sub %3905, %3904 : f64[] @ models/lib/nn.yaml:79:7
%3907 = div %1211, %3906 : f64[] @ models/lib/nn.yaml:79:7
%3908 = cast %3876 : f64[] @ models/lib/nn.yaml:79:7
%3909 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%3910 = pow %3909, %3908 : f64[] @ models/lib/nn.yaml:79:7
%3911 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3912 = sub %3911, %3910 : f64[] @ models/lib/nn.yaml:79:7
%3913 = sqrt %3912 : f64[] @ models/lib/nn.yaml:79:7
%3914 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3915 = div %3914, %3913 : f64[] @ models/lib/nn.yaml:79:7
%3916 = sqrt %3901 : f32[16,16] @ models/lib/nn.yaml:79:7
%3917 = cast %3915 : f32[] @ models/lib/nn.yaml:79:7
%3918 = broadcast %3917 : f32[16,16] @ models/lib/nn.yaml:79:7
%3919 = mul %3916, %3918 : f32[16,16] @ models/lib/nn.yaml:79:7
%3920 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%3921 = cast %3920 : f32[] @ models/lib/nn.yaml:79:7
%3922 = broadcast %3921 : f32[16,16] @ models/lib/nn.yaml:79:7
%3923 = add %3919, %3922 : f32[16,16] @ models/lib/nn.yaml:79:7
%3924 = div %3891, %3923 : f32[16,16] @ models/lib/nn.yaml:79:7
%3925 = cast %3907 : f32[] @ models/lib/nn.yaml:79:7
%3926 = broadcast %3925 : f32[16,16] @ models/lib/nn.yaml:79:7
%3927 = mul %3924, %3926 : f32[16,16] @ models/lib/nn.yaml:79:7
%3928 = sub %3882, %3927 : f32[16,16] @ models/lib/nn.yaml:79:7
%3929 = assign %27, %3928 : f32[16,16] @ models/lib/nn.yaml:79:7
%3930 = assign %3872, %3891 : f32[16,16] @ models/lib/nn.yaml:79:7
%3931 = assign %3873, %3901 : f32[16,16] @ models/lib/nn.yaml:79:7
%3932 = assign %3874, %3876 : i64[] @ models/lib/nn.yaml:79:7
%3933 = cast %1213 : f32[] @ models/lib/nn.yaml:79:7
%3934 = broadcast %3933 : f32[16,16] @ models/lib/nn.yaml:79:7
%3935 = mul %65, %3934 : f32[16,16] @ models/lib/nn.yaml:79:7
%3936 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3937 = sub %3936, %1213 : f64[] @ models/lib/nn.yaml:79:7
%3938 = cast %3937 : f32[] @ models/lib/nn.yaml:79:7
%3939 = broadcast %3938 : f32[16,16] @ models/lib/nn.yaml:79:7
%3940 = mul %3928, %3939 : f32[16,16] @ models/lib/nn.yaml:79:7
%3941 = add %3935, %3940 : f32[16,16] @ models/lib/nn.yaml:79:7
%3942 = assign %65, %3941 : f32[16,16] @ models/lib/nn.yaml:79:7
%3943 = all_reduce_sum %1898 : f32[16] @ models/lib/nn.yaml:80:7
%3944 = reshape %3943 : f32[16] @ models/lib/nn.yaml:80:7
%3945 = mul %3944, %3944 : f32[16] @ models/lib/nn.yaml:80:7
%3946 = reduce_sum %3945 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3947 = sqrt %3946 : f32[] @ models/lib/nn.yaml:80:7
%3948 = cast %3947 : f64[] @ models/lib/nn.yaml:80:7
%3949 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%3950 = add %3948, %3949 : f64[] @ models/lib/nn.yaml:80:7
%3951 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%3952 = div %3951, %3950 : f64[] @ models/lib/nn.yaml:80:7
%3953 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3954 = lt %3952, %3953 : bool[] @ models/lib/nn.yaml:80:7
%3955 = cast %3952 : f32[] @ models/lib/nn.yaml:80:7
%3956 = broadcast %3955 : f32[16] @ models/lib/nn.yaml:80:7
%3957 = mul %3943, %3956 : f32[16] @ models/lib/nn.yaml:80:7
%3958 = broadcast %3954 : bool[16] @ models/lib/nn.yaml:80:7
%3959 = select %3958, %3957, %3943 : f32[16] @ models/lib/nn.yaml:80:7
%3960 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3961 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3962 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3963 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%3964 = add %3962, %3963 : i64[] @ models/lib/nn.yaml:80:7
%3965 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%3966 = cast %3965 : f32[] @ models/lib/nn.yaml:80:7
%3967 = broadcast %3966 : f32[16] @ models/lib/nn.yaml:80:7
%3968 = mul %3959, %3967 : f32[16] @ models/lib/nn.yaml:80:7
%3969 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%3970 = cast %3969 : f32[] @ models/lib/nn.yaml:80:7
%3971 = broadcast %3970 : f32[16] @ models/lib/nn.yaml:80:7
%3972 = mul %3960, %3971 : f32[16] @ models/lib/nn.yaml:80:7
%3973 = add %3972, %3968 : f32[16] @ models/lib/nn.yaml:80:7
%3974 = mul %3959, %3959 : f32[16] @ models/lib/nn.yaml:80:7
%3975 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%3976 = cast %3975 : f32[] @ models/lib/nn.yaml:80:7
%3977 = broadcast %3976 : f32[16] @ models/lib/nn.yaml:80:7
%3978 = mul %3974, %3977 : f32[16] @ models/lib/nn.yaml:80:7
%3979 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%3980 = cast %3979 : f32[] @ models/lib/nn.yaml:80:7
%3981 = broadcast %3980 : f32[16] @ models/lib/nn.yaml:80:7
%3982 = mul %3961, %3981 : f32[16] @ models/lib/nn.yaml:80:7
%3983 = add %3982, %3978 : f32[16] @ models/lib/nn.yaml:80:7
%3984 = cast %3964 : f64[] @ models/lib/nn.yaml:80:7
%3985 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%3986 = pow %3985, %3984 : f64[] @ models/lib/nn.yaml:80:7
%3987 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3988 = sub %3987, %3986 : f64[] @ models/lib/nn.yaml:80:7
%3989 = div %1211, %3988 : f64[] @ models/lib/nn.yaml:80:7
%3990 = cast %3964 : f64[] @ models/lib/nn.yaml:80:7
%3991 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%3992 = pow %3991, %3990 : f64[] @ models/lib/nn.yaml:80:7
%3993 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3994 = sub %3993, %3992 : f64[] @ models/lib/nn.yaml:80:7
%3995 = sqrt %3994 : f64[] @ models/lib/nn.yaml:80:7
%3996 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3997 = div %3996, %3995 : f64[] @ models/lib/nn.yaml:80:7
%3998 = sqrt %3983 : f32[16] @ models/lib/nn.yaml:80:7
%3999 = cast %3997 : f32[] @ models/lib/nn.yaml:80:7
%4000 = broadcast %3999 : f32[16] @ models/lib/nn.yaml:80:7
%4001 = mul %3998, %4000 : f32[16] @ models/lib/nn.yaml:80:7
%4002 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%4003 = cast %4002 : f32[] @ models/lib/nn.yaml:80:7
%4004 = broadcast %4003 : f32[16] @ models/lib/nn.yaml:80:7
%4005 = add %4001, %4004 : f32[16] @ models/lib/nn.yaml:80:7
%4006 = div %3973, %4005 : f32[16] @ models/lib/nn.yaml:80:7
%4007 = cast %3989 : f32[] @ models/lib/nn.yaml:80:7
%4008 = broadcast %4007 : f32[16] @ models/lib/nn.yaml:80:7
%4009 = mul %4006, %4008 : f32[16] @ models/lib/nn.yaml:80:7
%4010 = sub %28, %4009 : f32[16] @ models/lib/nn.yaml:80:7
%4011 = assign %28, %4010 : f32[16] @ models/lib/nn.yaml:80:7
%4012 = assign %3960, %3973 : f32[16] @ models/lib/nn.yaml:80:7
%4013 = assign %3961, %3983 : f32[16] @ models/lib/nn.yaml:80:7
%4014 = assign %3962, %3964 : i64[] @ models/lib/nn.yaml:80:7
%4015 = cast %1213 : f32[] @ models/lib/nn.yaml:80:7
%4016 = broadcast %4015 : f32[16] @ models/lib/nn.yaml:80:7
%4017 = mul %66, %4016 : f32[16] @ models/lib/nn.yaml:80:7
%4018 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4019 = sub %4018, %1213 : f64[] @ models/lib/nn.yaml:80:7
%4020 = cast %4019 : f32[] @ models/lib/nn.yaml:80:7
%4021 = broadcast %4020 : f32[16] @ models/lib/nn.yaml:80:7
%4022 = mul %4010, %4021 : f32[16] @ models/lib/nn.yaml:80:7
%4023 = add %4017, %4022 : f32[16] @ models/lib/nn.yaml:80:7
%4024 = assign %66, %4023 : f32[16] @ models/lib/nn.yaml:80:7
%4025 = all_reduce_sum %1870 : f32[16] @ models/lib/nn.yaml:89:7
%4026 = reshape %4025 : f32[16] @ models/lib/nn.yaml:89:7
%4027 = mul %4026, %4026 : f32[16] @ models/lib/nn.yaml:89:7
%4028 = reduce_sum %4027 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%4029 = sqrt %4028 : f32[] @ models/lib/nn.yaml:89:7
%4030 = cast %4029 : f64[] @ models/lib/nn.yaml:89:7
%4031 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%4032 = add %4030, %4031 : f64[] @ models/lib/nn.yaml:89:7
%4033 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%4034 = div %4033, %4032 : f64[] @ models/lib/nn.yaml:89:7
%4035 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4036 = lt %4034, %4035 : bool[] @ models/lib/nn.yaml:89:7
%4037 = cast %4034 : f32[] @ models/lib/nn.yaml:89:7
%4038 = broadcast %4037 : f32[16] @ models/lib/nn.yaml:89:7
%4039 = mul %4025, %4038 : f32[16] @ models/lib/nn.yaml:89:7
%4040 = broadcast %4036 : bool[16] @ models/lib/nn.yaml:89:7
%4041 = select %4040, %4039, %4025 : f32[16] @ models/lib/nn.yaml:89:7
%4042 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4043 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4044 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4045 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%4046 = add %4044, %4045 : i64[] @ models/lib/nn.yaml:89:7
%4047 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%4048 = cast %4047 : f32[] @ models/lib/nn.yaml:89:7
%4049 = broadcast %4048 : f32[16] @ models/lib/nn.yaml:89:7
%4050 = mul %4041, %4049 : f32[16] @ models/lib/nn.yaml:89:7
%4051 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%4052 = cast %4051 : f32[] @ models/lib/nn.yaml:89:7
%4053 = broadcast %4052 : f32[16] @ models/lib/nn.yaml:89:7
%4054 = mul %4042, %4053 : f32[16] @ models/lib/nn.yaml:89:7
%4055 = add %4054, %4050 : f32[16] @ models/lib/nn.yaml:89:7
%4056 = mul %4041, %4041 : f32[16] @ models/lib/nn.yaml:89:7
%4057 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%4058 = cast %4057 : f32[] @ models/lib/nn.yaml:89:7
%4059 = broadcast %4058 : f32[16] @ models/lib/nn.yaml:89:7
%4060 = mul %4056, %4059 : f32[16] @ models/lib/nn.yaml:89:7
%4061 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%4062 = cast %4061 : f32[] @ models/lib/nn.yaml:89:7
%4063 = broadcast %4062 : f32[16] @ models/lib/nn.yaml:89:7
%4064 = mul %4043, %4063 : f32[16] @ models/lib/nn.yaml:89:7
%4065 = add %4064, %4060 : f32[16] @ models/lib/nn.yaml:89:7
%4066 = cast %4046 : f64[] @ models/lib/nn.yaml:89:7
%4067 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%4068 = pow %4067, %4066 : f64[] @ models/lib/nn.yaml:89:7
%4069 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4070 = sub %4069, %4068 : f64[] @ models/lib/nn.yaml:89:7
%4071 = div %1211, %4070 : f64[] @ models/lib/nn.yaml:89:7
%4072 = cast %4046 : f64[] @ models/lib/nn.yaml:89:7
%4073 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%4074 = pow %4073, %4072 : f64[] @ models/lib/nn.yaml:89:7
%4075 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4076 = sub %4075, %4074 : f64[] @ models/lib/nn.yaml:89:7
%4077 = sqrt %4076 : f64[] @ models/lib/nn.yaml:89:7
%4078 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4079 = div %4078, %4077 : f64[] @ models/lib/nn.yaml:89:7
%4080 = sqrt %4065 : f32[16] @ models/lib/nn.yaml:89:7
%4081 = cast %4079 : f32[] @ models/lib/nn.yaml:89:7
%4082 = broadcast %4081 : f32[16] @ models/lib/nn.yaml:89:7
%4083 = mul %4080, %4082 : f32[16] @ models/lib/nn.yaml:89:7
%4084 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%4085 = cast %4084 : f32[] @ models/lib/nn.yaml:89:7
%4086 = broadcast %4085 : f32[16] @ models/lib/nn.yaml:89:7
%4087 = add %4083, %4086 : f32[16] @ models/lib/nn.yaml:89:7
%4088 = div %4055, %4087 : f32[16] @ models/lib/nn.yaml:89:7
%4089 = cast %4071 : f32[] @ models/lib/nn.yaml:89:7
%4090 = broadcast %4089 : f32[16] @ models/lib/nn.yaml:89:7
%4091 = mul %4088, %4090 : f32[16] @ models/lib/nn.yaml:89:7
%4092 = sub %29, %4091 : f32[16] @ models/lib/nn.yaml:89:7
%4093 = assign %29, %4092 : f32[16] @ models/lib/nn.yaml:89:7
%4094 = assign %4042, %4055 : f32[16] @ models/lib/nn.yaml:89:7
%4095 = assign %4043, %4065 : f32[16] @ models/lib/nn.yaml:89:7
%4096 = assign %4044, %4046 : i64[] @ models/lib/nn.yaml:89:7
%4097 = cast %1213 : f32[] @ models/lib/nn.yaml:89:7
%4098 = broadcast %4097 : f32[16] @ models/lib/nn.yaml:89:7
%4099 = mul %67, %4098 : f32[16] @ models/lib/nn.yaml:89:7
%4100 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4101 = sub %4100, %1213 : f64[] @ models/lib/nn.yaml:89:7
%4102 = cast %4101 : f32[] @ models/lib/nn.yaml:89:7
%4103 = broadcast %4102 : f32[16] @ models/lib/nn.yaml:89:7
%4104 = mul %4092, %4103 : f32[16] @ models/lib/nn.yaml:89:7
%4105 = add %4099, %4104 : f32[16] @ models/lib/nn.yaml:89:7
%4106 = assign %67, %4105 : f32[16] @ models/lib/nn.yaml:89:7
%4107 = all_reduce_sum %1865 : f32[16] @ models/lib/nn.yaml:90:7
%4108 = reshape %4107 : f32[16] @ models/lib/nn.yaml:90:7
%4109 = mul %4108, %4108 : f32[16] @ models/lib/nn.yaml:90:7
%4110 = reduce_sum %4109 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%4111 = sqrt %4110 : f32[] @ models/lib/nn.yaml:90:7
%4112 = cast %4111 : f64[] @ models/lib/nn.yaml:90:7
%4113 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%4114 = add %4112, %4113 : f64[] @ models/lib/nn.yaml:90:7
%4115 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%4116 = div %4115, %4114 : f64[] @ models/lib/nn.yaml:90:7
%4117 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4118 = lt %4116, %4117 : bool[] @ models/lib/nn.yaml:90:7
%4119 = cast %4116 : f32[] @ models/lib/nn.yaml:90:7
%4120 = broadcast %4119 : f32[16] @ models/lib/nn.yaml:90:7
%4121 = mul %4107, %4120 : f32[16] @ models/lib/nn.yaml:90:7
%4122 = broadcast %4118 : bool[16] @ models/lib/nn.yaml:90:7
%4123 = select %4122, %4121, %4107 : f32[16] @ models/lib/nn.yaml:90:7
%4124 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4125 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4126 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4127 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%4128 = add %4126, %4127 : i64[] @ models/lib/nn.yaml:90:7
%4129 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%4130 = cast %4129 : f32[] @ models/lib/nn.yaml:90:7
%4131 = broadcast %4130 : f32[16] @ models/lib/nn.yaml:90:7
%4132 = mul %4123, %4131 : f32[16] @ models/lib/nn.yaml:90:7
%4133 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%4134 = cast %4133 : f32[] @ models/lib/nn.yaml:90:7
%4135 = broadcast %4134 : f32[16] @ models/lib/nn.yaml:90:7
%4136 = mul %4124, %4135 : f32[16] @ models/lib/nn.yaml:90:7
%4137 = add %4136, %4132 : f32[16] @ models/lib/nn.yaml:90:7
%4138 = mul %4123, %4123 : f32[16] @ models/lib/nn.yaml:90:7
%4139 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%4140 = cast %4139 : f32[] @ models/lib/nn.yaml:90:7
%4141 = broadcast %4140 : f32[16] @ models/lib/nn.yaml:90:7
%4142 = mul %4138, %4141 : f32[16] @ models/lib/nn.yaml:90:7
%4143 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%4144 = cast %4143 : f32[] @ models/lib/nn.yaml:90:7
%4145 = broadcast %4144 : f32[16] @ models/lib/nn.yaml:90:7
%4146 = mul %4125, %4145 : f32[16] @ models/lib/nn.yaml:90:7
%4147 = add %4146, %4142 : f32[16] @ models/lib/nn.yaml:90:7
%4148 = cast %4128 : f64[] @ models/lib/nn.yaml:90:7
%4149 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%4150 = pow %4149, %4148 : f64[] @ models/lib/nn.yaml:90:7
%4151 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4152 = sub %4151, %4150 : f64[] @ models/lib/nn.yaml:90:7
%4153 = div %1211, %4152 : f64[] @ models/lib/nn.yaml:90:7
%4154 = cast %4128 : f64[] @ models/lib/nn.yaml:90:7
%4155 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%4156 = pow %4155, %4154 : f64[] @ models/lib/nn.yaml:90:7
%4157 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4158 = sub %4157, %4156 : f64[] @ models/lib/nn.yaml:90:7
%4159 = sqrt %4158 : f64[] @ models/lib/nn.yaml:90:7
%4160 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4161 = div %4160, %4159 : f64[] @ models/lib/nn.yaml:90:7
%4162 = sqrt %4147 : f32[16] @ models/lib/nn.yaml:90:7
%4163 = cast %4161 : f32[] @ models/lib/nn.yaml:90:7
%4164 = broadcast %4163 : f32[16] @ models/lib/nn.yaml:90:7
%4165 = mul %4162, %4164 : f32[16] @ models/lib/nn.yaml:90:7
%4166 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%4167 = cast %4166 : f32[] @ models/lib/nn.yaml:90:7
%4168 = broadcast %4167 : f32[16] @ models/lib/nn.yaml:90:7
%4169 = add %4165, %4168 : f32[16] @ models/lib/nn.yaml:90:7
%4170 = div %4137, %4169 : f32[16] @ models/lib/nn.yaml:90:7
%4171 = cast %4153 : f32[] @ models/lib/nn.yaml:90:7
%4172 = broadcast %4171 : f32[16] @ models/lib/nn.yaml:90:7
%4173 = mul %4170, %4172 : f32[16] @ models/lib/nn.yaml:90:7
%4174 = sub %30, %4173 : f32[16] @ models/lib/nn.yaml:90:7
%4175 = assign %30, %4174 : f32[16] @ models/lib/nn.yaml:90:7
%4176 = assign %4124, %4137 : f32[16] @ models/lib/nn.yaml:90:7
%4177 = assign %4125, %4147 : f32[16] @ models/lib/nn.yaml:90:7
%4178 = assign %4126, %4128 : i64[] @ models/lib/nn.yaml:90:7
%4179 = cast %1213 : f32[] @ models/lib/nn.yaml:90:7
%4180 = broadcast %4179 : f32[16] @ models/lib/nn.yaml:90:7
%4181 = mul %68, %4180 : f32[16] @ models/lib/nn.yaml:90:7
%4182 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4183 = sub %4182, %1213 : f64[] @ models/lib/nn.yaml:90:7
%4184 = cast %4183 : f32[] @ models/lib/nn.yaml:90:7
%4185 = broadcast %4184 : f32[16] @ models/lib/nn.yaml:90:7
%4186 = mul %4174, %4185 : f32[16] @ models/lib/nn.yaml:90:7
%4187 = add %4181, %4186 : f32[16] @ models/lib/nn.yaml:90:7
%4188 = assign %68, %4187 : f32[16] @ models/lib/nn.yaml:90:7
%4189 = all_reduce_sum %1860 : f32[64,16] @ models/lib/nn.yaml:79:7
%4190 = reshape %4189 : f32[1024] @ models/lib/nn.yaml:79:7
%4191 = mul %4190, %4190 : f32[1024] @ models/lib/nn.yaml:79:7
%4192 = reduce_sum %4191 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4193 = sqrt %4192 : f32[] @ models/lib/nn.yaml:79:7
%4194 = cast %4193 : f64[] @ models/lib/nn.yaml:79:7
%4195 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%4196 = add %4194, %4195 : f64[] @ models/lib/nn.yaml:79:7
%4197 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%4198 = div %4197, %4196 : f64[] @ models/lib/nn.yaml:79:7
%4199 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4200 = lt %4198, %4199 : bool[] @ models/lib/nn.yaml:79:7
%4201 = cast %4198 : f32[] @ models/lib/nn.yaml:79:7
%4202 = broadcast %4201 : f32[64,16] @ models/lib/nn.yaml:79:7
%4203 = mul %4189, %4202 : f32[64,16] @ models/lib/nn.yaml:79:7
%4204 = broadcast %4200 : bool[64,16] @ models/lib/nn.yaml:79:7
%4205 = select %4204, %4203, %4189 : f32[64,16] @ models/lib/nn.yaml:79:7
%4206 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%4207 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%4208 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4209 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%4210 = add %4208, %4209 : i64[] @ models/lib/nn.yaml:79:7
%4211 = mul %1211, %1212 : f64[] @ models/lib/nn.yaml:79:7
%4212 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4213 = sub %4212, %4211 : f64[] @ models/lib/nn.yaml:79:7
%4214 = cast %4213 : f32[] @ models/lib/nn.yaml:79:7
%4215 = broadcast %4214 : f32[64,16] @ models/lib/nn.yaml:79:7
%4216 = mul %31, %4215 : f32[64,16] @ models/lib/nn.yaml:79:7
%4217 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%4218 = cast %4217 : f32[] @ models/lib/nn.yaml:79:7
%4219 = broadcast %4218 : f32[64,16] @ models/lib/nn.yaml:79:7
%4220 = mul %4205, %4219 : f32[64,16] @ models/lib/nn.yaml:79:7
%4221 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4222 = cast %4221 : f32[] @ models/lib/nn.yaml:79:7
%4223 = broadcast %4222 : f32[64,16] @ models/lib/nn.yaml:79:7
%4224 = mul %4206, %4223 : f32[64,16] @ models/lib/nn.yaml:79:7
%4225 = add %4224, %4220 : f32[64,16] @ models/lib/nn.yaml:79:7
%4226 = mul %4205, %4205 : f32[64,16] @ models/lib/nn.yaml:79:7
%4227 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%4228 = cast %4227 : f32[] @ models/lib/nn.yaml:79:7
%4229 = broadcast %4228 : f32[64,16] @ models/lib/nn.yaml:79:7
%4230 = mul %4226, %4229 : f32[64,16] @ models/lib/nn.yaml:79:7
%4231 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4232 = cast %4231 : f32[] @ models/lib/nn.yaml:79:7
%4233 = broadcast %4232 : f32[64,16] @ models/lib/nn.yaml:79:7
%4234 = mul %4207, %4233 : f32[64,16] @ models/lib/nn.yaml:79:7
%4235 = add %4234, %4230 : f32[64,16] @ models/lib/nn.yaml:79:7
%4236 = cast %4210 : f64[] @ models/lib/nn.yaml:79:7
%4237 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4238 = pow %4237, %4236 : f64[] @ models/lib/nn.yaml:79:7
%4239 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4240 = sub %4239, %4238 : f64[] @ models/lib/nn.yaml:79:7
%4241 = div %1211, %4240 : f64[] @ models/lib/nn.yaml:79:7
%4242 = cast %4210 : f64[] @ models/lib/nn.yaml:79:7
%4243 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4244 = pow %4243, %4242 : f64[] @ models/lib/nn.yaml:79:7
%4245 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4246 = sub %4245, %4244 : f64[] @ models/lib/nn.yaml:79:7
%4247 = sqrt %4246 : f64[] @ models/lib/nn.yaml:79:7
%4248 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4249 = div %4248, %4247 : f64[] @ models/lib/nn.yaml:79:7
%4250 = sqrt %4235 : f32[64,16] @ models/lib/nn.yaml:79:7
%4251 = cast %4249 : f32[] @ models/lib/nn.yaml:79:7
%4252 = broadcast %4251 : f32[64,16] @ models/lib/nn.yaml:79:7
%4253 = mul %4250, %4252 : f32[64,16] @ models/lib/nn.yaml:79:7
%4254 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%4255 = cast %4254 : f32[] @ models/lib/nn.yaml:79:7
%4256 = broadcast %4255 : f32[64,16] @ models/lib/nn.yaml:79:7
%4257 = add %4253, %4256 : f32[64,16] @ models/lib/nn.yaml:79:7
%4258 = div %4225, %4257 : f32[64,16] @ models/lib/nn.yaml:79:7
%4259 = cast %4241 : f32[] @ models/lib/nn.yaml:79:7
%4260 = broadcast %4259 : f32[64,16] @ models/lib/nn.yaml:79:7
%4261 = mul %4258, %4260 : f32[64,16] @ models/lib/nn.yaml:79:7
%4262 = sub %4216, %4261 : f32[64,16] @ models/lib/nn.yaml:79:7
%4263 = assign %31, %4262 : f32[64,16] @ models/lib/nn.yaml:79:7
%4264 = assign %4206, %4225 : f32[64,16] @ models/lib/nn.yaml:79:7
%4265 = assign %4207, %4235 : f32[64,16] @ models/lib/nn.yaml:79:7
%4266 = assign %4208, %4210 : i64[] @ models/lib/nn.yaml:79:7
%4267 = cast %1213 : f32[] @ models/lib/nn.yaml:79:7
%4268 = broadcast %4267 : f32[64,16] @ models/lib/nn.yaml:79:7
%4269 = mul %69, %4268 : f32[64,16] @ models/lib/nn.yaml:79:7
%4270 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4271 = sub %4270, %1213 : f64[] @ models/lib/nn.yaml:79:7
%4272 = cast %4271 : f32[] @ models/lib/nn.yaml:79:7
%4273 = broadcast %4272 : f32[64,16] @ models/lib/nn.yaml:79:7
%4274 = mul %4262, %4273 : f32[64,16] @ models/lib/nn.yaml:79:7
%4275 = add %4269, %4274 : f32[64,16] @ models/lib/nn.yaml:79:7
%4276 = assign %69, %4275 : f32[64,16] @ models/lib/nn.yaml:79:7
%4277 = all_reduce_sum %1855 : f32[64] @ models/lib/nn.yaml:80:7
%4278 = reshape %4277 : f32[64] @ models/lib/nn.yaml:80:7
%4279 = mul %4278, %4278 : f32[64] @ models/lib/nn.yaml:80:7
%4280 = reduce_sum %4279 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%4281 = sqrt %4280 : f32[] @ models/lib/nn.yaml:80:7
%4282 = cast %4281 : f64[] @ models/lib/nn.yaml:80:7
%4283 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%4284 = add %4282, %4283 : f64[] @ models/lib/nn.yaml:80:7
%4285 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%4286 = div %4285, %4284 : f64[] @ models/lib/nn.yaml:80:7
%4287 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4288 = lt %4286, %4287 : bool[] @ models/lib/nn.yaml:80:7
%4289 = cast %4286 : f32[] @ models/lib/nn.yaml:80:7
%4290 = broadcast %4289 : f32[64] @ models/lib/nn.yaml:80:7
%4291 = mul %4277, %4290 : f32[64] @ models/lib/nn.yaml:80:7
%4292 = broadcast %4288 : bool[64] @ models/lib/nn.yaml:80:7
%4293 = select %4292, %4291, %4277 : f32[64] @ models/lib/nn.yaml:80:7
%4294 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4295 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4296 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4297 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%4298 = add %4296, %4297 : i64[] @ models/lib/nn.yaml:80:7
%4299 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%4300 = cast %4299 : f32[] @ models/lib/nn.yaml:80:7
%4301 = broadcast %4300 : f32[64] @ models/lib/nn.yaml:80:7
%4302 = mul %4293, %4301 : f32[64] @ models/lib/nn.yaml:80:7
%4303 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4304 = cast %4303 : f32[] @ models/lib/nn.yaml:80:7
%4305 = broadcast %4304 : f32[64] @ models/lib/nn.yaml:80:7
%4306 = mul %4294, %4305 : f32[64] @ models/lib/nn.yaml:80:7
%4307 = add %4306, %4302 : f32[64] @ models/lib/nn.yaml:80:7
%4308 = mul %4293, %4293 : f32[64] @ models/lib/nn.yaml:80:7
%4309 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%4310 = cast %4309 : f32[] @ models/lib/nn.yaml:80:7
%4311 = broadcast %4310 : f32[64] @ models/lib/nn.yaml:80:7
%4312 = mul %4308, %4311 : f32[64] @ models/lib/nn.yaml:80:7
%4313 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4314 = cast %4313 : f32[] @ models/lib/nn.yaml:80:7
%4315 = broadcast %4314 : f32[64] @ models/lib/nn.yaml:80:7
%4316 = mul %4295, %4315 : f32[64] @ models/lib/nn.yaml:80:7
%4317 = add %4316, %4312 : f32[64] @ models/lib/nn.yaml:80:7
%4318 = cast %4298 : f64[] @ models/lib/nn.yaml:80:7
%4319 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4320 = pow %4319, %4318 : f64[] @ models/lib/nn.yaml:80:7
%4321 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4322 = sub %4321, %4320 : f64[] @ models/lib/nn.yaml:80:7
%4323 = div %1211, %4322 : f64[] @ models/lib/nn.yaml:80:7
%4324 = cast %4298 : f64[] @ models/lib/nn.yaml:80:7
%4325 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4326 = pow %4325, %4324 : f64[] @ models/lib/nn.yaml:80:7
%4327 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4328 = sub %4327, %4326 : f64[] @ models/lib/nn.yaml:80:7
%4329 = sqrt %4328 : f64[] @ models/lib/nn.yaml:80:7
%4330 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4331 = div %4330, %4329 : f64[] @ models/lib/nn.yaml:80:7
%4332 = sqrt %4317 : f32[64] @ models/lib/nn.yaml:80:7
%4333 = cast %4331 : f32[] @ models/lib/nn.yaml:80:7
%4334 = broadcast %4333 : f32[64] @ models/lib/nn.yaml:80:7
%4335 = mul %4332, %4334 : f32[64] @ models/lib/nn.yaml:80:7
%4336 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%4337 = cast %4336 : f32[] @ models/lib/nn.yaml:80:7
%4338 = broadcast %4337 : f32[64] @ models/lib/nn.yaml:80:7
%4339 = add %4335, %4338 : f32[64] @ models/lib/nn.yaml:80:7
%4340 = div %4307, %4339 : f32[64] @ models/lib/nn.yaml:80:7
%4341 = cast %4323 : f32[] @ models/lib/nn.yaml:80:7
%4342 = broadcast %4341 : f32[64] @ models/lib/nn.yaml:80:7
%4343 = mul %4340, %4342 : f32[64] @ models/lib/nn.yaml:80:7
%4344 = sub %32, %4343 : f32[64] @ models/lib/nn.yaml:80:7
%4345 = assign %32, %4344 : f32[64] @ models/lib/nn.yaml:80:7
%4346 = assign %4294, %4307 : f32[64] @ models/lib/nn.yaml:80:7
%4347 = assign %4295, %4317 : f32[64] @ models/lib/nn.yaml:80:7
%4348 = assign %4296, %4298 : i64[] @ models/lib/nn.yaml:80:7
%4349 = cast %1213 : f32[] @ models/lib/nn.yaml:80:7
%4350 = broadcast %4349 : f32[64] @ models/lib/nn.yaml:80:7
%4351 = mul %70, %4350 : f32[64] @ models/lib/nn.yaml:80:7
%4352 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4353 = sub %4352, %1213 : f64[] @ models/lib/nn.yaml:80:7
%4354 = cast %4353 : f32[] @ models/lib/nn.yaml:80:7
%4355 = broadcast %4354 : f32[64] @ models/lib/nn.yaml:80:7
%4356 = mul %4344, %4355 : f32[64] @ models/lib/nn.yaml:80:7
%4357 = add %4351, %4356 : f32[64] @ models/lib/nn.yaml:80:7
%4358 = assign %70, %4357 : f32[64] @ models/lib/nn.yaml:80:7
%4359 = all_reduce_sum %1838 : f32[16,64] @ models/lib/nn.yaml:79:7
%4360 = reshape %4359 : f32[1024] @ models/lib/nn.yaml:79:7
%4361 = mul %4360, %4360 : f32[1024] @ models/lib/nn.yaml:79:7
%4362 = reduce_sum %4361 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4363 = sqrt %4362 : f32[] @ models/lib/nn.yaml:79:7
%4364 = cast %4363 : f64[] @ models/lib/nn.yaml:79:7
%4365 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%4366 = add %4364, %4365 : f64[] @ models/lib/nn.yaml:79:7
%4367 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%4368 = div %4367, %4366 : f64[] @ models/lib/nn.yaml:79:7
%4369 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4370 = lt %4368, %4369 : bool[] @ models/lib/nn.yaml:79:7
%4371 = cast %4368 : f32[] @ models/lib/nn.yaml:79:7
%4372 = broadcast %4371 : f32[16,64] @ models/lib/nn.yaml:79:7
%4373 = mul %4359, %4372 : f32[16,64] @ models/lib/nn.yaml:79:7
%4374 = broadcast %4370 : bool[16,64] @ models/lib/nn.yaml:79:7
%4375 = select %4374, %4373, %4359 : f32[16,64] @ models/lib/nn.yaml:79:7
%4376 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%4377 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%4378 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4379 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%4380 = add %4378, %4379 : i64[] @ models/lib/nn.yaml:79:7
%4381 = mul %1211, %1212 : f64[] @ models/lib/nn.yaml:79:7
%4382 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4383 = sub %4382, %4381 : f64[] @ models/lib/nn.yaml:79:7
%4384 = cast %4383 : f32[] @ models/lib/nn.yaml:79:7
%4385 = broadcast %4384 : f32[16,64] @ models/lib/nn.yaml:79:7
%4386 = mul %33, %4385 : f32[16,64] @ models/lib/nn.yaml:79:7
%4387 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%4388 = cast %4387 : f32[] @ models/lib/nn.yaml:79:7
%4389 = broadcast %4388 : f32[16,64] @ models/lib/nn.yaml:79:7
%4390 = mul %4375, %4389 : f32[16,64] @ models/lib/nn.yaml:79:7
%4391 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4392 = cast %4391 : f32[] @ models/lib/nn.yaml:79:7
%4393 = broadcast %4392 : f32[16,64] @ models/lib/nn.yaml:79:7
%4394 = mul %4376, %4393 : f32[16,64] @ models/lib/nn.yaml:79:7
%4395 = add %4394, %4390 : f32[16,64] @ models/lib/nn.yaml:79:7
%4396 = mul %4375, %4375 : f32[16,64] @ models/lib/nn.yaml:79:7
%4397 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%4398 = cast %4397 : f32[] @ models/lib/nn.yaml:79:7
%4399 = broadcast %4398 : f32[16,64] @ models/lib/nn.yaml:79:7
%4400 = mul %4396, %4399 : f32[16,64] @ models/lib/nn.yaml:79:7
%4401 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4402 = cast %4401 : f32[] @ models/lib/nn.yaml:79:7
%4403 = broadcast %4402 : f32[16,64] @ models/lib/nn.yaml:79:7
%4404 = mul %4377, %4403 : f32[16,64] @ models/lib/nn.yaml:79:7
%4405 = add %4404, %4400 : f32[16,64] @ models/lib/nn.yaml:79:7
%4406 = cast %4380 : f64[] @ models/lib/nn.yaml:79:7
%4407 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4408 = pow %4407, %4406 : f64[] @ models/lib/nn.yaml:79:7
%4409 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4410 = sub %4409, %4408 : f64[] @ models/lib/nn.yaml:79:7
%4411 = div %1211, %4410 : f64[] @ models/lib/nn.yaml:79:7
%4412 = cast %4380 : f64[] @ models/lib/nn.yaml:79:7
%4413 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4414 = pow %4413, %4412 : f64[] @ models/lib/nn.yaml:79:7
%4415 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4416 = sub %4415, %4414 : f64[] @ models/lib/nn.yaml:79:7
%4417 = sqrt %4416 : f64[] @ models/lib/nn.yaml:79:7
%4418 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4419 = div %4418, %4417 : f64[] @ models/lib/nn.yaml:79:7
%4420 = sqrt %4405 : f32[16,64] @ models/lib/nn.yaml:79:7
%4421 = cast %4419 : f32[] @ models/lib/nn.yaml:79:7
%4422 = broadcast %4421 : f32[16,64] @ models/lib/nn.yaml:79:7
%4423 = mul %4420, %4422 : f32[16,64] @ models/lib/nn.yaml:79:7
%4424 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%4425 = cast %4424 : f32[] @ models/lib/nn.yaml:79:7
%4426 = broadcast %4425 : f32[16,64] @ models/lib/nn.yaml:79:7
%4427 = add %4423, %4426 : f32[16,64] @ models/lib/nn.yaml:79:7
%4428 = div %4395, %4427 : f32[16,64] @ models/lib/nn.yaml:79:7
%4429 = cast %4411 : f32[] @ models/lib/nn.yaml:79:7
%4430 = broadcast %4429 : f32[16,64] @ models/lib/nn.yaml:79:7
%4431 = mul %4428, %4430 : f32[16,64] @ models/lib/nn.yaml:79:7
%4432 = sub %4386, %4431 : f32[16,64] @ models/lib/nn.yaml:79:7
%4433 = assign %33, %4432 : f32[16,64] @ models/lib/nn.yaml:79:7
%4434 = assign %4376, %4395 : f32[16,64] @ models/lib/nn.yaml:79:7
%4435 = assign %4377, %4405 : f32[16,64] @ models/lib/nn.yaml:79:7
%4436 = assign %4378, %4380 : i64[] @ models/lib/nn.yaml:79:7
%4437 = cast %1213 : f32[] @ models/lib/nn.yaml:79:7
%4438 = broadcast %4437 : f32[16,64] @ models/lib/nn.yaml:79:7
%4439 = mul %71, %4438 : f32[16,64] @ models/lib/nn.yaml:79:7
%4440 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4441 = sub %4440, %1213 : f64[] @ models/lib/nn.yaml:79:7
%4442 = cast %4441 : f32[] @ models/lib/nn.yaml:79:7
%4443 = broadcast %4442 : f32[16,64] @ models/lib/nn.yaml:79:7
%4444 = mul %4432, %4443 : f32[16,64] @ models/lib/nn.yaml:79:7
%4445 = add %4439, %4444 : f32[16,64] @ models/lib/nn.yaml:79:7
%4446 = assign %71, %4445 : f32[16,64] @ models/lib/nn.yaml:79:7
%4447 = all_reduce_sum %1833 : f32[16] @ models/lib/nn.yaml:80:7
%4448 = reshape %4447 : f32[16] @ models/lib/nn.yaml:80:7
%4449 = mul %4448, %4448 : f32[16] @ models/lib/nn.yaml:80:7
%4450 = reduce_sum %4449 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%4451 = sqrt %4450 : f32[] @ models/lib/nn.yaml:80:7
%4452 = cast %4451 : f64[] @ models/lib/nn.yaml:80:7
%4453 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%4454 = add %4452, %4453 : f64[] @ models/lib/nn.yaml:80:7
%4455 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%4456 = div %4455, %4454 : f64[] @ models/lib/nn.yaml:80:7
%4457 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4458 = lt %4456, %4457 : bool[] @ models/lib/nn.yaml:80:7
%4459 = cast %4456 : f32[] @ models/lib/nn.yaml:80:7
%4460 = broadcast %4459 : f32[16] @ models/lib/nn.yaml:80:7
%4461 = mul %4447, %4460 : f32[16] @ models/lib/nn.yaml:80:7
%4462 = broadcast %4458 : bool[16] @ models/lib/nn.yaml:80:7
%4463 = select %4462, %4461, %4447 : f32[16] @ models/lib/nn.yaml:80:7
%4464 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4465 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4466 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4467 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%4468 = add %4466, %4467 : i64[] @ models/lib/nn.yaml:80:7
%4469 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%4470 = cast %4469 : f32[] @ models/lib/nn.yaml:80:7
%4471 = broadcast %4470 : f32[16] @ models/lib/nn.yaml:80:7
%4472 = mul %4463, %4471 : f32[16] @ models/lib/nn.yaml:80:7
%4473 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4474 = cast %4473 : f32[] @ models/lib/nn.yaml:80:7
%4475 = broadcast %4474 : f32[16] @ models/lib/nn.yaml:80:7
%4476 = mul %4464, %4475 : f32[16] @ models/lib/nn.yaml:80:7
%4477 = add %4476, %4472 : f32[16] @ models/lib/nn.yaml:80:7
%4478 = mul %4463, %4463 : f32[16] @ models/lib/nn.yaml:80:7
%4479 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%4480 = cast %4479 : f32[] @ models/lib/nn.yaml:80:7
%4481 = broadcast %4480 : f32[16] @ models/lib/nn.yaml:80:7
%4482 = mul %4478, %4481 : f32[16] @ models/lib/nn.yaml:80:7
%4483 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4484 = cast %4483 : f32[] @ models/lib/nn.yaml:80:7
%4485 = broadcast %4484 : f32[16] @ models/lib/nn.yaml:80:7
%4486 = mul %4465, %4485 : f32[16] @ models/lib/nn.yaml:80:7
%4487 = add %4486, %4482 : f32[16] @ models/lib/nn.yaml:80:7
%4488 = cast %4468 : f64[] @ models/lib/nn.yaml:80:7
%4489 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4490 = pow %4489, %4488 : f64[] @ models/lib/nn.yaml:80:7
%4491 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4492 = sub %4491, %4490 : f64[] @ models/lib/nn.yaml:80:7
%4493 = div %1211, %4492 : f64[] @ models/lib/nn.yaml:80:7
%4494 = cast %4468 : f64[] @ models/lib/nn.yaml:80:7
%4495 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4496 = pow %4495, %4494 : f64[] @ models/lib/nn.yaml:80:7
%4497 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4498 = sub %4497, %4496 : f64[] @ models/lib/nn.yaml:80:7
%4499 = sqrt %4498 : f64[] @ models/lib/nn.yaml:80:7
%4500 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4501 = div %4500, %4499 : f64[] @ models/lib/nn.yaml:80:7
%4502 = sqrt %4487 : f32[16] @ models/lib/nn.yaml:80:7
%4503 = cast %4501 : f32[] @ models/lib/nn.yaml:80:7
%4504 = broadcast %4503 : f32[16] @ models/lib/nn.yaml:80:7
%4505 = mul %4502, %4504 : f32[16] @ models/lib/nn.yaml:80:7
%4506 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%4507 = cast %4506 : f32[] @ models/lib/nn.yaml:80:7
%4508 = broadcast %4507 : f32[16] @ models/lib/nn.yaml:80:7
%4509 = add %4505, %4508 : f32[16] @ models/lib/nn.yaml:80:7
%4510 = div %4477, %4509 : f32[16] @ models/lib/nn.yaml:80:7
%4511 = cast %4493 : f32[] @ models/lib/nn.yaml:80:7
%4512 = broadcast %4511 : f32[16] @ models/lib/nn.yaml:80:7
%4513 = mul %4510, %4512 : f32[16] @ models/lib/nn.yaml:80:7
%4514 = sub %34, %4513 : f32[16] @ models/lib/nn.yaml:80:7
%4515 = assign %34, %4514 : f32[16] @ models/lib/nn.yaml:80:7
%4516 = assign %4464, %4477 : f32[16] @ models/lib/nn.yaml:80:7
%4517 = assign %4465, %4487 : f32[16] @ models/lib/nn.yaml:80:7
%4518 = assign %4466, %4468 : i64[] @ models/lib/nn.yaml:80:7
%4519 = cast %1213 : f32[] @ models/lib/nn.yaml:80:7
%4520 = broadcast %4519 : f32[16] @ models/lib/nn.yaml:80:7
%4521 = mul %72, %4520 : f32[16] @ models/lib/nn.yaml:80:7
%4522 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4523 = sub %4522, %1213 : f64[] @ models/lib/nn.yaml:80:7
%4524 = cast %4523 : f32[] @ models/lib/nn.yaml:80:7
%4525 = broadcast %4524 : f32[16] @ models/lib/nn.yaml:80:7
%4526 = mul %4514, %4525 : f32[16] @ models/lib/nn.yaml:80:7
%4527 = add %4521, %4526 : f32[16] @ models/lib/nn.yaml:80:7
%4528 = assign %72, %4527 : f32[16] @ models/lib/nn.yaml:80:7
%4529 = all_reduce_sum %1806 : f32[16] @ models/lib/nn.yaml:89:7
%4530 = reshape %4529 : f32[16] @ models/lib/nn.yaml:89:7
%4531 = mul %4530, %4530 : f32[16] @ models/lib/nn.yaml:89:7
%4532 = reduce_sum %4531 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%4533 = sqrt %4532 : f32[] @ models/lib/nn.yaml:89:7
%4534 = cast %4533 : f64[] @ models/lib/nn.yaml:89:7
%4535 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%4536 = add %4534, %4535 : f64[] @ models/lib/nn.yaml:89:7
%4537 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%4538 = div %4537, %4536 : f64[] @ models/lib/nn.yaml:89:7
%4539 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4540 = lt %4538, %4539 : bool[] @ models/lib/nn.yaml:89:7
%4541 = cast %4538 : f32[] @ models/lib/nn.yaml:89:7
%4542 = broadcast %4541 : f32[16] @ models/lib/nn.yaml:89:7
%4543 = mul %4529, %4542 : f32[16] @ models/lib/nn.yaml:89:7
%4544 = broadcast %4540 : bool[16] @ models/lib/nn.yaml:89:7
%4545 = select %4544, %4543, %4529 : f32[16] @ models/lib/nn.yaml:89:7
%4546 = state name="adam_m.backbone.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4547 = state name="adam_v.backbone.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4548 = state name="adam_t.backbone.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4549 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%4550 = add %4548, %4549 : i64[] @ models/lib/nn.yaml:89:7
%4551 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%4552 = cast %4551 : f32[] @ models/lib/nn.yaml:89:7
%4553 = broadcast %4552 : f32[16] @ models/lib/nn.yaml:89:7
%4554 = mul %4545, %4553 : f32[16] @ models/lib/nn.yaml:89:7
%4555 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%4556 = cast %4555 : f32[] @ models/lib/nn.yaml:89:7
%4557 = broadcast %4556 : f32[16] @ models/lib/nn.yaml:89:7
%4558 = mul %4546, %4557 : f32[16] @ models/lib/nn.yaml:89:7
%4559 = add %4558, %4554 : f32[16] @ models/lib/nn.yaml:89:7
%4560 = mul %4545, %4545 : f32[16] @ models/lib/nn.yaml:89:7
%4561 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%4562 = cast %4561 : f32[] @ models/lib/nn.yaml:89:7
%4563 = broadcast %4562 : f32[16] @ models/lib/nn.yaml:89:7
%4564 = mul %4560, %4563 : f32[16] @ models/lib/nn.yaml:89:7
%4565 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%4566 = cast %4565 : f32[] @ models/lib/nn.yaml:89:7
%4567 = broadcast %4566 : f32[16] @ models/lib/nn.yaml:89:7
%4568 = mul %4547, %4567 : f32[16] @ models/lib/nn.yaml:89:7
%4569 = add %4568, %4564 : f32[16] @ models/lib/nn.yaml:89:7
%4570 = cast %4550 : f64[] @ models/lib/nn.yaml:89:7
%4571 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%4572 = pow %4571, %4570 : f64[] @ models/lib/nn.yaml:89:7
%4573 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4574 = sub %4573, %4572 : f64[] @ models/lib/nn.yaml:89:7
%4575 = div %1211, %4574 : f64[] @ models/lib/nn.yaml:89:7
%4576 = cast %4550 : f64[] @ models/lib/nn.yaml:89:7
%4577 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%4578 = pow %4577, %4576 : f64[] @ models/lib/nn.yaml:89:7
%4579 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4580 = sub %4579, %4578 : f64[] @ models/lib/nn.yaml:89:7
%4581 = sqrt %4580 : f64[] @ models/lib/nn.yaml:89:7
%4582 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4583 = div %4582, %4581 : f64[] @ models/lib/nn.yaml:89:7
%4584 = sqrt %4569 : f32[16] @ models/lib/nn.yaml:89:7
%4585 = cast %4583 : f32[] @ models/lib/nn.yaml:89:7
%4586 = broadcast %4585 : f32[16] @ models/lib/nn.yaml:89:7
%4587 = mul %4584, %4586 : f32[16] @ models/lib/nn.yaml:89:7
%4588 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%4589 = cast %4588 : f32[] @ models/lib/nn.yaml:89:7
%4590 = broadcast %4589 : f32[16] @ models/lib/nn.yaml:89:7
%4591 = add %4587, %4590 : f32[16] @ models/lib/nn.yaml:89:7
%4592 = div %4559, %4591 : f32[16] @ models/lib/nn.yaml:89:7
%4593 = cast %4575 : f32[] @ models/lib/nn.yaml:89:7
%4594 = broadcast %4593 : f32[16] @ models/lib/nn.yaml:89:7
%4595 = mul %4592, %4594 : f32[16] @ models/lib/nn.yaml:89:7
%4596 = sub %35, %4595 : f32[16] @ models/lib/nn.yaml:89:7
%4597 = assign %35, %4596 : f32[16] @ models/lib/nn.yaml:89:7
%4598 = assign %4546, %4559 : f32[16] @ models/lib/nn.yaml:89:7
%4599 = assign %4547, %4569 : f32[16] @ models/lib/nn.yaml:89:7
%4600 = assign %4548, %4550 : i64[] @ models/lib/nn.yaml:89:7
%4601 = cast %1213 : f32[] @ models/lib/nn.yaml:89:7
%4602 = broadcast %4601 : f32[16] @ models/lib/nn.yaml:89:7
%4603 = mul %73, %4602 : f32[16] @ models/lib/nn.yaml:89:7
%4604 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4605 = sub %4604, %1213 : f64[] @ models/lib/nn.yaml:89:7
%4606 = cast %4605 : f32[] @ models/lib/nn.yaml:89:7
%4607 = broadcast %4606 : f32[16] @ models/lib/nn.yaml:89:7
%4608 = mul %4596, %4607 : f32[16] @ models/lib/nn.yaml:89:7
%4609 = add %4603, %4608 : f32[16] @ models/lib/nn.yaml:89:7
%4610 = assign %73, %4609 : f32[16] @ models/lib/nn.yaml:89:7
%4611 = all_reduce_sum %1801 : f32[16] @ models/lib/nn.yaml:90:7
%4612 = reshape %4611 : f32[16] @ models/lib/nn.yaml:90:7
%4613 = mul %4612, %4612 : f32[16] @ models/lib/nn.yaml:90:7
%4614 = reduce_sum %4613 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%4615 = sqrt %4614 : f32[] @ models/lib/nn.yaml:90:7
%4616 = cast %4615 : f64[] @ models/lib/nn.yaml:90:7
%4617 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%4618 = add %4616, %4617 : f64[] @ models/lib/nn.yaml:90:7
%4619 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%4620 = div %4619, %4618 : f64[] @ models/lib/nn.yaml:90:7
%4621 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4622 = lt %4620, %4621 : bool[] @ models/lib/nn.yaml:90:7
%4623 = cast %4620 : f32[] @ models/lib/nn.yaml:90:7
%4624 = broadcast %4623 : f32[16] @ models/lib/nn.yaml:90:7
%4625 = mul %4611, %4624 : f32[16] @ models/lib/nn.yaml:90:7
%4626 = broadcast %4622 : bool[16] @ models/lib/nn.yaml:90:7
%4627 = select %4626, %4625, %4611 : f32[16] @ models/lib/nn.yaml:90:7
%4628 = state name="adam_m.backbone.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4629 = state name="adam_v.backbone.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4630 = state name="adam_t.backbone.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4631 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%4632 = add %4630, %4631 : i64[] @ models/lib/nn.yaml:90:7
%4633 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%4634 = cast %4633 : f32[] @ models/lib/nn.yaml:90:7
%4635 = broadcast %4634 : f32[16] @ models/lib/nn.yaml:90:7
%4636 = mul %4627, %4635 : f32[16] @ models/lib/nn.yaml:90:7
%4637 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%4638 = cast %4637 : f32[] @ models/lib/nn.yaml:90:7
%4639 = broadcast %4638 : f32[16] @ models/lib/nn.yaml:90:7
%4640 = mul %4628, %4639 : f32[16] @ models/lib/nn.yaml:90:7
%4641 = add %4640, %4636 : f32[16] @ models/lib/nn.yaml:90:7
%4642 = mul %4627, %4627 : f32[16] @ models/lib/nn.yaml:90:7
%4643 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%4644 = cast %4643 : f32[] @ models/lib/nn.yaml:90:7
%4645 = broadcast %4644 : f32[16] @ models/lib/nn.yaml:90:7
%4646 = mul %4642, %4645 : f32[16] @ models/lib/nn.yaml:90:7
%4647 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%4648 = cast %4647 : f32[] @ models/lib/nn.yaml:90:7
%4649 = broadcast %4648 : f32[16] @ models/lib/nn.yaml:90:7
%4650 = mul %4629, %4649 : f32[16] @ models/lib/nn.yaml:90:7
%4651 = add %4650, %4646 : f32[16] @ models/lib/nn.yaml:90:7
%4652 = cast %4632 : f64[] @ models/lib/nn.yaml:90:7
%4653 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%4654 = pow %4653, %4652 : f64[] @ models/lib/nn.yaml:90:7
%4655 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4656 = sub %4655, %4654 : f64[] @ models/lib/nn.yaml:90:7
%4657 = div %1211, %4656 : f64[] @ models/lib/nn.yaml:90:7
%4658 = cast %4632 : f64[] @ models/lib/nn.yaml:90:7
%4659 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%4660 = pow %4659, %4658 : f64[] @ models/lib/nn.yaml:90:7
%4661 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4662 = sub %4661, %4660 : f64[] @ models/lib/nn.yaml:90:7
%4663 = sqrt %4662 : f64[] @ models/lib/nn.yaml:90:7
%4664 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4665 = div %4664, %4663 : f64[] @ models/lib/nn.yaml:90:7
%4666 = sqrt %4651 : f32[16] @ models/lib/nn.yaml:90:7
%4667 = cast %4665 : f32[] @ models/lib/nn.yaml:90:7
%4668 = broadcast %4667 : f32[16] @ models/lib/nn.yaml:90:7
%4669 = mul %4666, %4668 : f32[16] @ models/lib/nn.yaml:90:7
%4670 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%4671 = cast %4670 : f32[] @ models/lib/nn.yaml:90:7
%4672 = broadcast %4671 : f32[16] @ models/lib/nn.yaml:90:7
%4673 = add %4669, %4672 : f32[16] @ models/lib/nn.yaml:90:7
%4674 = div %4641, %4673 : f32[16] @ models/lib/nn.yaml:90:7
%4675 = cast %4657 : f32[] @ models/lib/nn.yaml:90:7
%4676 = broadcast %4675 : f32[16] @ models/lib/nn.yaml:90:7
%4677 = mul %4674, %4676 : f32[16] @ models/lib/nn.yaml:90:7
%4678 = sub %36, %4677 : f32[16] @ models/lib/nn.yaml:90:7
%4679 = assign %36, %4678 : f32[16] @ models/lib/nn.yaml:90:7
%4680 = assign %4628, %4641 : f32[16] @ models/lib/nn.yaml:90:7
%4681 = assign %4629, %4651 : f32[16] @ models/lib/nn.yaml:90:7
%4682 = assign %4630, %4632 : i64[] @ models/lib/nn.yaml:90:7
%4683 = cast %1213 : f32[] @ models/lib/nn.yaml:90:7
%4684 = broadcast %4683 : f32[16] @ models/lib/nn.yaml:90:7
%4685 = mul %74, %4684 : f32[16] @ models/lib/nn.yaml:90:7
%4686 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4687 = sub %4686, %1213 : f64[] @ models/lib/nn.yaml:90:7
%4688 = cast %4687 : f32[] @ models/lib/nn.yaml:90:7
%4689 = broadcast %4688 : f32[16] @ models/lib/nn.yaml:90:7
%4690 = mul %4678, %4689 : f32[16] @ models/lib/nn.yaml:90:7
%4691 = add %4685, %4690 : f32[16] @ models/lib/nn.yaml:90:7
%4692 = assign %74, %4691 : f32[16] @ models/lib/nn.yaml:90:7
%4693 = all_reduce_sum %1793 : f32[24,16] @ models/lib/nn.yaml:79:7
%4694 = reshape %4693 : f32[384] @ models/lib/nn.yaml:79:7
%4695 = mul %4694, %4694 : f32[384] @ models/lib/nn.yaml:79:7
%4696 = reduce_sum %4695 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4697 = sqrt %4696 : f32[] @ models/lib/nn.yaml:79:7
%4698 = cast %4697 : f64[] @ models/lib/nn.yaml:79:7
%4699 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%4700 = add %4698, %4699 : f64[] @ models/lib/nn.yaml:79:7
%4701 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%4702 = div %4701, %4700 : f64[] @ models/lib/nn.yaml:79:7
%4703 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4704 = lt %4702, %4703 : bool[] @ models/lib/nn.yaml:79:7
%4705 = cast %4702 : f32[] @ models/lib/nn.yaml:79:7
%4706 = broadcast %4705 : f32[24,16] @ models/lib/nn.yaml:79:7
%4707 = mul %4693, %4706 : f32[24,16] @ models/lib/nn.yaml:79:7
%4708 = broadcast %4704 : bool[24,16] @ models/lib/nn.yaml:79:7
%4709 = select %4708, %4707, %4693 : f32[24,16] @ models/lib/nn.yaml:79:7
%4710 = state name="adam_m.head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%4711 = state name="adam_v.head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%4712 = state name="adam_t.head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4713 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%4714 = add %4712, %4713 : i64[] @ models/lib/nn.yaml:79:7
%4715 = mul %1211, %1212 : f64[] @ models/lib/nn.yaml:79:7
%4716 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4717 = sub %4716, %4715 : f64[] @ models/lib/nn.yaml:79:7
%4718 = cast %4717 : f32[] @ models/lib/nn.yaml:79:7
%4719 = broadcast %4718 : f32[24,16] @ models/lib/nn.yaml:79:7
%4720 = mul %37, %4719 : f32[24,16] @ models/lib/nn.yaml:79:7
%4721 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%4722 = cast %4721 : f32[] @ models/lib/nn.yaml:79:7
%4723 = broadcast %4722 : f32[24,16] @ models/lib/nn.yaml:79:7
%4724 = mul %4709, %4723 : f32[24,16] @ models/lib/nn.yaml:79:7
%4725 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4726 = cast %4725 : f32[] @ models/lib/nn.yaml:79:7
%4727 = broadcast %4726 : f32[24,16] @ models/lib/nn.yaml:79:7
%4728 = mul %4710, %4727 : f32[24,16] @ models/lib/nn.yaml:79:7
%4729 = add %4728, %4724 : f32[24,16] @ models/lib/nn.yaml:79:7
%4730 = mul %4709, %4709 : f32[24,16] @ models/lib/nn.yaml:79:7
%4731 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%4732 = cast %4731 : f32[] @ models/lib/nn.yaml:79:7
%4733 = broadcast %4732 : f32[24,16] @ models/lib/nn.yaml:79:7
%4734 = mul %4730, %4733 : f32[24,16] @ models/lib/nn.yaml:79:7
%4735 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4736 = cast %4735 : f32[] @ models/lib/nn.yaml:79:7
%4737 = broadcast %4736 : f32[24,16] @ models/lib/nn.yaml:79:7
%4738 = mul %4711, %4737 : f32[24,16] @ models/lib/nn.yaml:79:7
%4739 = add %4738, %4734 : f32[24,16] @ models/lib/nn.yaml:79:7
%4740 = cast %4714 : f64[] @ models/lib/nn.yaml:79:7
%4741 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4742 = pow %4741, %4740 : f64[] @ models/lib/nn.yaml:79:7
%4743 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4744 = sub %4743, %4742 : f64[] @ models/lib/nn.yaml:79:7
%4745 = div %1211, %4744 : f64[] @ models/lib/nn.yaml:79:7
%4746 = cast %4714 : f64[] @ models/lib/nn.yaml:79:7
%4747 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4748 = pow %4747, %4746 : f64[] @ models/lib/nn.yaml:79:7
%4749 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4750 = sub %4749, %4748 : f64[] @ models/lib/nn.yaml:79:7
%4751 = sqrt %4750 : f64[] @ models/lib/nn.yaml:79:7
%4752 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4753 = div %4752, %4751 : f64[] @ models/lib/nn.yaml:79:7
%4754 = sqrt %4739 : f32[24,16] @ models/lib/nn.yaml:79:7
%4755 = cast %4753 : f32[] @ models/lib/nn.yaml:79:7
%4756 = broadcast %4755 : f32[24,16] @ models/lib/nn.yaml:79:7
%4757 = mul %4754, %4756 : f32[24,16] @ models/lib/nn.yaml:79:7
%4758 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%4759 = cast %4758 : f32[] @ models/lib/nn.yaml:79:7
%4760 = broadcast %4759 : f32[24,16] @ models/lib/nn.yaml:79:7
%4761 = add %4757, %4760 : f32[24,16] @ models/lib/nn.yaml:79:7
%4762 = div %4729, %4761 : f32[24,16] @ models/lib/nn.yaml:79:7
%4763 = cast %4745 : f32[] @ models/lib/nn.yaml:79:7
%4764 = broadcast %4763 : f32[24,16] @ models/lib/nn.yaml:79:7
%4765 = mul %4762, %4764 : f32[24,16] @ models/lib/nn.yaml:79:7
%4766 = sub %4720, %4765 : f32[24,16] @ models/lib/nn.yaml:79:7
%4767 = assign %37, %4766 : f32[24,16] @ models/lib/nn.yaml:79:7
%4768 = assign %4710, %4729 : f32[24,16] @ models/lib/nn.yaml:79:7
%4769 = assign %4711, %4739 : f32[24,16] @ models/lib/nn.yaml:79:7
%4770 = assign %4712, %4714 : i64[] @ models/lib/nn.yaml:79:7
%4771 = cast %1213 : f32[] @ models/lib/nn.yaml:79:7
%4772 = broadcast %4771 : f32[24,16] @ models/lib/nn.yaml:79:7
%4773 = mul %75, %4772 : f32[24,16] @ models/lib/nn.yaml:79:7
%4774 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4775 = sub %4774, %1213 : f64[] @ models/lib/nn.yaml:79:7
%4776 = cast %4775 : f32[] @ models/lib/nn.yaml:79:7
%4777 = broadcast %4776 : f32[24,16] @ models/lib/nn.yaml:79:7
%4778 = mul %4766, %4777 : f32[24,16] @ models/lib/nn.yaml:79:7
%4779 = add %4773, %4778 : f32[24,16] @ models/lib/nn.yaml:79:7
%4780 = assign %75, %4779 : f32[24,16] @ models/lib/nn.yaml:79:7
%4781 = all_reduce_sum %1790 : f32[24] @ models/lib/nn.yaml:80:7
%4782 = reshape %4781 : f32[24] @ models/lib/nn.yaml:80:7
%4783 = mul %4782, %4782 : f32[24] @ models/lib/nn.yaml:80:7
%4784 = reduce_sum %4783 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%4785 = sqrt %4784 : f32[] @ models/lib/nn.yaml:80:7
%4786 = cast %4785 : f64[] @ models/lib/nn.yaml:80:7
%4787 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%4788 = add %4786, %4787 : f64[] @ models/lib/nn.yaml:80:7
%4789 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%4790 = div %4789, %4788 : f64[] @ models/lib/nn.yaml:80:7
%4791 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4792 = lt %4790, %4791 : bool[] @ models/lib/nn.yaml:80:7
%4793 = cast %4790 : f32[] @ models/lib/nn.yaml:80:7
%4794 = broadcast %4793 : f32[24] @ models/lib/nn.yaml:80:7
%4795 = mul %4781, %4794 : f32[24] @ models/lib/nn.yaml:80:7
%4796 = broadcast %4792 : bool[24] @ models/lib/nn.yaml:80:7
%4797 = select %4796, %4795, %4781 : f32[24] @ models/lib/nn.yaml:80:7
%4798 = state name="adam_m.head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%4799 = state name="adam_v.head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%4800 = state name="adam_t.head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4801 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%4802 = add %4800, %4801 : i64[] @ models/lib/nn.yaml:80:7
%4803 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%4804 = cast %4803 : f32[] @ models/lib/nn.yaml:80:7
%4805 = broadcast %4804 : f32[24] @ models/lib/nn.yaml:80:7
%4806 = mul %4797, %4805 : f32[24] @ models/lib/nn.yaml:80:7
%4807 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4808 = cast %4807 : f32[] @ models/lib/nn.yaml:80:7
%4809 = broadcast %4808 : f32[24] @ models/lib/nn.yaml:80:7
%4810 = mul %4798, %4809 : f32[24] @ models/lib/nn.yaml:80:7
%4811 = add %4810, %4806 : f32[24] @ models/lib/nn.yaml:80:7
%4812 = mul %4797, %4797 : f32[24] @ models/lib/nn.yaml:80:7
%4813 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%4814 = cast %4813 : f32[] @ models/lib/nn.yaml:80:7
%4815 = broadcast %4814 : f32[24] @ models/lib/nn.yaml:80:7
%4816 = mul %4812, %4815 : f32[24] @ models/lib/nn.yaml:80:7
%4817 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4818 = cast %4817 : f32[] @ models/lib/nn.yaml:80:7
%4819 = broadcast %4818 : f32[24] @ models/lib/nn.yaml:80:7
%4820 = mul %4799, %4819 : f32[24] @ models/lib/nn.yaml:80:7
%4821 = add %4820, %4816 : f32[24] @ models/lib/nn.yaml:80:7
%4822 = cast %4802 : f64[] @ models/lib/nn.yaml:80:7
%4823 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4824 = pow %4823, %4822 : f64[] @ models/lib/nn.yaml:80:7
%4825 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4826 = sub %4825, %4824 : f64[] @ models/lib/nn.yaml:80:7
%4827 = div %1211, %4826 : f64[] @ models/lib/nn.yaml:80:7
%4828 = cast %4802 : f64[] @ models/lib/nn.yaml:80:7
%4829 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4830 = pow %4829, %4828 : f64[] @ models/lib/nn.yaml:80:7
%4831 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4832 = sub %4831, %4830 : f64[] @ models/lib/nn.yaml:80:7
%4833 = sqrt %4832 : f64[] @ models/lib/nn.yaml:80:7
%4834 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4835 = div %4834, %4833 : f64[] @ models/lib/nn.yaml:80:7
%4836 = sqrt %4821 : f32[24] @ models/lib/nn.yaml:80:7
%4837 = cast %4835 : f32[] @ models/lib/nn.yaml:80:7
%4838 = broadcast %4837 : f32[24] @ models/lib/nn.yaml:80:7
%4839 = mul %4836, %4838 : f32[24] @ models/lib/nn.yaml:80:7
%4840 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%4841 = cast %4840 : f32[] @ models/lib/nn.yaml:80:7
%4842 = broadcast %4841 : f32[24] @ models/lib/nn.yaml:80:7
%4843 = add %4839, %4842 : f32[24] @ models/lib/nn.yaml:80:7
%4844 = div %4811, %4843 : f32[24] @ models/lib/nn.yaml:80:7
%4845 = cast %4827 : f32[] @ models/lib/nn.yaml:80:7
%4846 = broadcast %4845 : f32[24] @ models/lib/nn.yaml:80:7
%4847 = mul %4844, %4846 : f32[24] @ models/lib/nn.yaml:80:7
%4848 = sub %38, %4847 : f32[24] @ models/lib/nn.yaml:80:7
%4849 = assign %38, %4848 : f32[24] @ models/lib/nn.yaml:80:7
%4850 = assign %4798, %4811 : f32[24] @ models/lib/nn.yaml:80:7
%4851 = assign %4799, %4821 : f32[24] @ models/lib/nn.yaml:80:7
%4852 = assign %4800, %4802 : i64[] @ models/lib/nn.yaml:80:7
%4853 = cast %1213 : f32[] @ models/lib/nn.yaml:80:7
%4854 = broadcast %4853 : f32[24] @ models/lib/nn.yaml:80:7
%4855 = mul %76, %4854 : f32[24] @ models/lib/nn.yaml:80:7
%4856 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4857 = sub %4856, %1213 : f64[] @ models/lib/nn.yaml:80:7
%4858 = cast %4857 : f32[] @ models/lib/nn.yaml:80:7
%4859 = broadcast %4858 : f32[24] @ models/lib/nn.yaml:80:7
%4860 = mul %4848, %4859 : f32[24] @ models/lib/nn.yaml:80:7
%4861 = add %4855, %4860 : f32[24] @ models/lib/nn.yaml:80:7
%4862 = assign %76, %4861 : f32[24] @ models/lib/nn.yaml:80:7
%4863 = all_reduce_sum %1775 : f32[24,24] @ models/lib/nn.yaml:79:7
%4864 = reshape %4863 : f32[576] @ models/lib/nn.yaml:79:7
%4865 = mul %4864, %4864 : f32[576] @ models/lib/nn.yaml:79:7
%4866 = reduce_sum %4865 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4867 = sqrt %4866 : f32[] @ models/lib/nn.yaml:79:7
%4868 = cast %4867 : f64[] @ models/lib/nn.yaml:79:7
%4869 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%4870 = add %4868, %4869 : f64[] @ models/lib/nn.yaml:79:7
%4871 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%4872 = div %4871, %4870 : f64[] @ models/lib/nn.yaml:79:7
%4873 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4874 = lt %4872, %4873 : bool[] @ models/lib/nn.yaml:79:7
%4875 = cast %4872 : f32[] @ models/lib/nn.yaml:79:7
%4876 = broadcast %4875 : f32[24,24] @ models/lib/nn.yaml:79:7
%4877 = mul %4863, %4876 : f32[24,24] @ models/lib/nn.yaml:79:7
%4878 = broadcast %4874 : bool[24,24] @ models/lib/nn.yaml:79:7
%4879 = select %4878, %4877, %4863 : f32[24,24] @ models/lib/nn.yaml:79:7
%4880 = state name="adam_m.head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%4881 = state name="adam_v.head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%4882 = state name="adam_t.head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4883 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%4884 = add %4882, %4883 : i64[] @ models/lib/nn.yaml:79:7
%4885 = mul %1211, %1212 : f64[] @ models/lib/nn.yaml:79:7
%4886 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4887 = sub %4886, %4885 : f64[] @ models/lib/nn.yaml:79:7
%4888 = cast %4887 : f32[] @ models/lib/nn.yaml:79:7
%4889 = broadcast %4888 : f32[24,24] @ models/lib/nn.yaml:79:7
%4890 = mul %39, %4889 : f32[24,24] @ models/lib/nn.yaml:79:7
%4891 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%4892 = cast %4891 : f32[] @ models/lib/nn.yaml:79:7
%4893 = broadcast %4892 : f32[24,24] @ models/lib/nn.yaml:79:7
%4894 = mul %4879, %4893 : f32[24,24] @ models/lib/nn.yaml:79:7
%4895 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4896 = cast %4895 : f32[] @ models/lib/nn.yaml:79:7
%4897 = broadcast %4896 : f32[24,24] @ models/lib/nn.yaml:79:7
%4898 = mul %4880, %4897 : f32[24,24] @ models/lib/nn.yaml:79:7
%4899 = add %4898, %4894 : f32[24,24] @ models/lib/nn.yaml:79:7
%4900 = mul %4879, %4879 : f32[24,24] @ models/lib/nn.yaml:79:7
%4901 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%4902 = cast %4901 : f32[] @ models/lib/nn.yaml:79:7
%4903 = broadcast %4902 : f32[24,24] @ models/lib/nn.yaml:79:7
%4904 = mul %4900, %4903 : f32[24,24] @ models/lib/nn.yaml:79:7
%4905 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4906 = cast %4905 : f32[] @ models/lib/nn.yaml:79:7
%4907 = broadcast %4906 : f32[24,24] @ models/lib/nn.yaml:79:7
%4908 = mul %4881, %4907 : f32[24,24] @ models/lib/nn.yaml:79:7
%4909 = add %4908, %4904 : f32[24,24] @ models/lib/nn.yaml:79:7
%4910 = cast %4884 : f64[] @ models/lib/nn.yaml:79:7
%4911 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4912 = pow %4911, %4910 : f64[] @ models/lib/nn.yaml:79:7
%4913 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4914 = sub %4913, %4912 : f64[] @ models/lib/nn.yaml:79:7
%4915 = div %1211, %4914 : f64[] @ models/lib/nn.yaml:79:7
%4916 = cast %4884 : f64[] @ models/lib/nn.yaml:79:7
%4917 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4918 = pow %4917, %4916 : f64[] @ models/lib/nn.yaml:79:7
%4919 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4920 = sub %4919, %4918 : f64[] @ models/lib/nn.yaml:79:7
%4921 = sqrt %4920 : f64[] @ models/lib/nn.yaml:79:7
%4922 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4923 = div %4922, %4921 : f64[] @ models/lib/nn.yaml:79:7
%4924 = sqrt %4909 : f32[24,24] @ models/lib/nn.yaml:79:7
%4925 = cast %4923 : f32[] @ models/lib/nn.yaml:79:7
%4926 = broadcast %4925 : f32[24,24] @ models/lib/nn.yaml:79:7
%4927 = mul %4924, %4926 : f32[24,24] @ models/lib/nn.yaml:79:7
%4928 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%4929 = cast %4928 : f32[] @ models/lib/nn.yaml:79:7
%4930 = broadcast %4929 : f32[24,24] @ models/lib/nn.yaml:79:7
%4931 = add %4927, %4930 : f32[24,24] @ models/lib/nn.yaml:79:7
%4932 = div %4899, %4931 : f32[24,24] @ models/lib/nn.yaml:79:7
%4933 = cast %4915 : f32[] @ models/lib/nn.yaml:79:7
%4934 = broadcast %4933 : f32[24,24] @ models/lib/nn.yaml:79:7
%4935 = mul %4932, %4934 : f32[24,24] @ models/lib/nn.yaml:79:7
%4936 = sub %4890, %4935 : f32[24,24] @ models/lib/nn.yaml:79:7
%4937 = assign %39, %4936 : f32[24,24] @ models/lib/nn.yaml:79:7
%4938 = assign %4880, %4899 : f32[24,24] @ models/lib/nn.yaml:79:7
%4939 = assign %4881, %4909 : f32[24,24] @ models/lib/nn.yaml:79:7
%4940 = assign %4882, %4884 : i64[] @ models/lib/nn.yaml:79:7
%4941 = cast %1213 : f32[] @ models/lib/nn.yaml:79:7
%4942 = broadcast %4941 : f32[24,24] @ models/lib/nn.yaml:79:7
%4943 = mul %77, %4942 : f32[24,24] @ models/lib/nn.yaml:79:7
%4944 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4945 = sub %4944, %1213 : f64[] @ models/lib/nn.yaml:79:7
%4946 = cast %4945 : f32[] @ models/lib/nn.yaml:79:7
%4947 = broadcast %4946 : f32[24,24] @ models/lib/nn.yaml:79:7
%4948 = mul %4936, %4947 : f32[24,24] @ models/lib/nn.yaml:79:7
%4949 = add %4943, %4948 : f32[24,24] @ models/lib/nn.yaml:79:7
%4950 = assign %77, %4949 : f32[24,24] @ models/lib/nn.yaml:79:7
%4951 = all_reduce_sum %1772 : f32[24] @ models/lib/nn.yaml:80:7
%4952 = reshape %4951 : f32[24] @ models/lib/nn.yaml:80:7
%4953 = mul %4952, %4952 : f32[24] @ models/lib/nn.yaml:80:7
%4954 = reduce_sum %4953 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%4955 = sqrt %4954 : f32[] @ models/lib/nn.yaml:80:7
%4956 = cast %4955 : f64[] @ models/lib/nn.yaml:80:7
%4957 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%4958 = add %4956, %4957 : f64[] @ models/lib/nn.yaml:80:7
%4959 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%4960 = div %4959, %4958 : f64[] @ models/lib/nn.yaml:80:7
%4961 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4962 = lt %4960, %4961 : bool[] @ models/lib/nn.yaml:80:7
%4963 = cast %4960 : f32[] @ models/lib/nn.yaml:80:7
%4964 = broadcast %4963 : f32[24] @ models/lib/nn.yaml:80:7
%4965 = mul %4951, %4964 : f32[24] @ models/lib/nn.yaml:80:7
%4966 = broadcast %4962 : bool[24] @ models/lib/nn.yaml:80:7
%4967 = select %4966, %4965, %4951 : f32[24] @ models/lib/nn.yaml:80:7
%4968 = state name="adam_m.head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%4969 = state name="adam_v.head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%4970 = state name="adam_t.head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4971 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%4972 = add %4970, %4971 : i64[] @ models/lib/nn.yaml:80:7
%4973 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%4974 = cast %4973 : f32[] @ models/lib/nn.yaml:80:7
%4975 = broadcast %4974 : f32[24] @ models/lib/nn.yaml:80:7
%4976 = mul %4967, %4975 : f32[24] @ models/lib/nn.yaml:80:7
%4977 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4978 = cast %4977 : f32[] @ models/lib/nn.yaml:80:7
%4979 = broadcast %4978 : f32[24] @ models/lib/nn.yaml:80:7
%4980 = mul %4968, %4979 : f32[24] @ models/lib/nn.yaml:80:7
%4981 = add %4980, %4976 : f32[24] @ models/lib/nn.yaml:80:7
%4982 = mul %4967, %4967 : f32[24] @ models/lib/nn.yaml:80:7
%4983 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%4984 = cast %4983 : f32[] @ models/lib/nn.yaml:80:7
%4985 = broadcast %4984 : f32[24] @ models/lib/nn.yaml:80:7
%4986 = mul %4982, %4985 : f32[24] @ models/lib/nn.yaml:80:7
%4987 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4988 = cast %4987 : f32[] @ models/lib/nn.yaml:80:7
%4989 = broadcast %4988 : f32[24] @ models/lib/nn.yaml:80:7
%4990 = mul %4969, %4989 : f32[24] @ models/lib/nn.yaml:80:7
%4991 = add %4990, %4986 : f32[24] @ models/lib/nn.yaml:80:7
%4992 = cast %4972 : f64[] @ models/lib/nn.yaml:80:7
%4993 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4994 = pow %4993, %4992 : f64[] @ models/lib/nn.yaml:80:7
%4995 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4996 = sub %4995, %4994 : f64[] @ models/lib/nn.yaml:80:7
%4997 = div %1211, %4996 : f64[] @ models/lib/nn.yaml:80:7
%4998 = cast %4972 : f64[] @ models/lib/nn.yaml:80:7
%4999 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5000 = pow %4999, %4998 : f64[] @ models/lib/nn.yaml:80:7
%5001 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5002 = sub %5001, %5000 : f64[] @ models/lib/nn.yaml:80:7
%5003 = sqrt %5002 : f64[] @ models/lib/nn.yaml:80:7
%5004 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5005 = div %5004, %5003 : f64[] @ models/lib/nn.yaml:80:7
%5006 = sqrt %4991 : f32[24] @ models/lib/nn.yaml:80:7
%5007 = cast %5005 : f32[] @ models/lib/nn.yaml:80:7
%5008 = broadcast %5007 : f32[24] @ models/lib/nn.yaml:80:7
%5009 = mul %5006, %5008 : f32[24] @ models/lib/nn.yaml:80:7
%5010 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%5011 = cast %5010 : f32[] @ models/lib/nn.yaml:80:7
%5012 = broadcast %5011 : f32[24] @ models/lib/nn.yaml:80:7
%5013 = add %5009, %5012 : f32[24] @ models/lib/nn.yaml:80:7
%5014 = div %4981, %5013 : f32[24] @ models/lib/nn.yaml:80:7
%5015 = cast %4997 : f32[] @ models/lib/nn.yaml:80:7
%5016 = broadcast %5015 : f32[24] @ models/lib/nn.yaml:80:7
%5017 = mul %5014, %5016 : f32[24] @ models/lib/nn.yaml:80:7
%5018 = sub %40, %5017 : f32[24] @ models/lib/nn.yaml:80:7
%5019 = assign %40, %5018 : f32[24] @ models/lib/nn.yaml:80:7
%5020 = assign %4968, %4981 : f32[24] @ models/lib/nn.yaml:80:7
%5021 = assign %4969, %4991 : f32[24] @ models/lib/nn.yaml:80:7
%5022 = assign %4970, %4972 : i64[] @ models/lib/nn.yaml:80:7
%5023 = cast %1213 : f32[] @ models/lib/nn.yaml:80:7
%5024 = broadcast %5023 : f32[24] @ models/lib/nn.yaml:80:7
%5025 = mul %78, %5024 : f32[24] @ models/lib/nn.yaml:80:7
%5026 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5027 = sub %5026, %1213 : f64[] @ models/lib/nn.yaml:80:7
%5028 = cast %5027 : f32[] @ models/lib/nn.yaml:80:7
%5029 = broadcast %5028 : f32[24] @ models/lib/nn.yaml:80:7
%5030 = mul %5018, %5029 : f32[24] @ models/lib/nn.yaml:80:7
%5031 = add %5025, %5030 : f32[24] @ models/lib/nn.yaml:80:7
%5032 = assign %78, %5031 : f32[24] @ models/lib/nn.yaml:80:7
%5033 = all_reduce_sum %1757 : f32[8,24] @ models/lib/nn.yaml:79:7
%5034 = reshape %5033 : f32[192] @ models/lib/nn.yaml:79:7
%5035 = mul %5034, %5034 : f32[192] @ models/lib/nn.yaml:79:7
%5036 = reduce_sum %5035 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5037 = sqrt %5036 : f32[] @ models/lib/nn.yaml:79:7
%5038 = cast %5037 : f64[] @ models/lib/nn.yaml:79:7
%5039 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%5040 = add %5038, %5039 : f64[] @ models/lib/nn.yaml:79:7
%5041 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%5042 = div %5041, %5040 : f64[] @ models/lib/nn.yaml:79:7
%5043 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5044 = lt %5042, %5043 : bool[] @ models/lib/nn.yaml:79:7
%5045 = cast %5042 : f32[] @ models/lib/nn.yaml:79:7
%5046 = broadcast %5045 : f32[8,24] @ models/lib/nn.yaml:79:7
%5047 = mul %5033, %5046 : f32[8,24] @ models/lib/nn.yaml:79:7
%5048 = broadcast %5044 : bool[8,24] @ models/lib/nn.yaml:79:7
%5049 = select %5048, %5047, %5033 : f32[8,24] @ models/lib/nn.yaml:79:7
%5050 = state name="adam_m.head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%5051 = state name="adam_v.head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%5052 = state name="adam_t.head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5053 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%5054 = add %5052, %5053 : i64[] @ models/lib/nn.yaml:79:7
%5055 = mul %1211, %1212 : f64[] @ models/lib/nn.yaml:79:7
%5056 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5057 = sub %5056, %5055 : f64[] @ models/lib/nn.yaml:79:7
%5058 = cast %5057 : f32[] @ models/lib/nn.yaml:79:7
%5059 = broadcast %5058 : f32[8,24] @ models/lib/nn.yaml:79:7
%5060 = mul %41, %5059 : f32[8,24] @ models/lib/nn.yaml:79:7
%5061 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%5062 = cast %5061 : f32[] @ models/lib/nn.yaml:79:7
%5063 = broadcast %5062 : f32[8,24] @ models/lib/nn.yaml:79:7
%5064 = mul %5049, %5063 : f32[8,24] @ models/lib/nn.yaml:79:7
%5065 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5066 = cast %5065 : f32[] @ models/lib/nn.yaml:79:7
%5067 = broadcast %5066 : f32[8,24] @ models/lib/nn.yaml:79:7
%5068 = mul %5050, %5067 : f32[8,24] @ models/lib/nn.yaml:79:7
%5069 = add %5068, %5064 : f32[8,24] @ models/lib/nn.yaml:79:7
%5070 = mul %5049, %5049 : f32[8,24] @ models/lib/nn.yaml:79:7
%5071 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%5072 = cast %5071 : f32[] @ models/lib/nn.yaml:79:7
%5073 = broadcast %5072 : f32[8,24] @ models/lib/nn.yaml:79:7
%5074 = mul %5070, %5073 : f32[8,24] @ models/lib/nn.yaml:79:7
%5075 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5076 = cast %5075 : f32[] @ models/lib/nn.yaml:79:7
%5077 = broadcast %5076 : f32[8,24] @ models/lib/nn.yaml:79:7
%5078 = mul %5051, %5077 : f32[8,24] @ models/lib/nn.yaml:79:7
%5079 = add %5078, %5074 : f32[8,24] @ models/lib/nn.yaml:79:7
%5080 = cast %5054 : f64[] @ models/lib/nn.yaml:79:7
%5081 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5082 = pow %5081, %5080 : f64[] @ models/lib/nn.yaml:79:7
%5083 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5084 = sub %5083, %5082 : f64[] @ models/lib/nn.yaml:79:7
%5085 = div %1211, %5084 : f64[] @ models/lib/nn.yaml:79:7
%5086 = cast %5054 : f64[] @ models/lib/nn.yaml:79:7
%5087 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5088 = pow %5087, %5086 : f64[] @ models/lib/nn.yaml:79:7
%5089 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5090 = sub %5089, %5088 : f64[] @ models/lib/nn.yaml:79:7
%5091 = sqrt %5090 : f64[] @ models/lib/nn.yaml:79:7
%5092 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5093 = div %5092, %5091 : f64[] @ models/lib/nn.yaml:79:7
%5094 = sqrt %5079 : f32[8,24] @ models/lib/nn.yaml:79:7
%5095 = cast %5093 : f32[] @ models/lib/nn.yaml:79:7
%5096 = broadcast %5095 : f32[8,24] @ models/lib/nn.yaml:79:7
%5097 = mul %5094, %5096 : f32[8,24] @ models/lib/nn.yaml:79:7
%5098 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%5099 = cast %5098 : f32[] @ models/lib/nn.yaml:79:7
%5100 = broadcast %5099 : f32[8,24] @ models/lib/nn.yaml:79:7
%5101 = add %5097, %5100 : f32[8,24] @ models/lib/nn.yaml:79:7
%5102 = div %5069, %5101 : f32[8,24] @ models/lib/nn.yaml:79:7
%5103 = cast %5085 : f32[] @ models/lib/nn.yaml:79:7
%5104 = broadcast %5103 : f32[8,24] @ models/lib/nn.yaml:79:7
%5105 = mul %5102, %5104 : f32[8,24] @ models/lib/nn.yaml:79:7
%5106 = sub %5060, %5105 : f32[8,24] @ models/lib/nn.yaml:79:7
%5107 = assign %41, %5106 : f32[8,24] @ models/lib/nn.yaml:79:7
%5108 = assign %5050, %5069 : f32[8,24] @ models/lib/nn.yaml:79:7
%5109 = assign %5051, %5079 : f32[8,24] @ models/lib/nn.yaml:79:7
%5110 = assign %5052, %5054 : i64[] @ models/lib/nn.yaml:79:7
%5111 = cast %1213 : f32[] @ models/lib/nn.yaml:79:7
%5112 = broadcast %5111 : f32[8,24] @ models/lib/nn.yaml:79:7
%5113 = mul %79, %5112 : f32[8,24] @ models/lib/nn.yaml:79:7
%5114 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5115 = sub %5114, %1213 : f64[] @ models/lib/nn.yaml:79:7
%5116 = cast %5115 : f32[] @ models/lib/nn.yaml:79:7
%5117 = broadcast %5116 : f32[8,24] @ models/lib/nn.yaml:79:7
%5118 = mul %5106, %5117 : f32[8,24] @ models/lib/nn.yaml:79:7
%5119 = add %5113, %5118 : f32[8,24] @ models/lib/nn.yaml:79:7
%5120 = assign %79, %5119 : f32[8,24] @ models/lib/nn.yaml:79:7
%5121 = all_reduce_sum %1754 : f32[8] @ models/lib/nn.yaml:80:7
%5122 = reshape %5121 : f32[8] @ models/lib/nn.yaml:80:7
%5123 = mul %5122, %5122 : f32[8] @ models/lib/nn.yaml:80:7
%5124 = reduce_sum %5123 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5125 = sqrt %5124 : f32[] @ models/lib/nn.yaml:80:7
%5126 = cast %5125 : f64[] @ models/lib/nn.yaml:80:7
%5127 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%5128 = add %5126, %5127 : f64[] @ models/lib/nn.yaml:80:7
%5129 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%5130 = div %5129, %5128 : f64[] @ models/lib/nn.yaml:80:7
%5131 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5132 = lt %5130, %5131 : bool[] @ models/lib/nn.yaml:80:7
%5133 = cast %5130 : f32[] @ models/lib/nn.yaml:80:7
%5134 = broadcast %5133 : f32[8] @ models/lib/nn.yaml:80:7
%5135 = mul %5121, %5134 : f32[8] @ models/lib/nn.yaml:80:7
%5136 = broadcast %5132 : bool[8] @ models/lib/nn.yaml:80:7
%5137 = select %5136, %5135, %5121 : f32[8] @ models/lib/nn.yaml:80:7
%5138 = state name="adam_m.head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%5139 = state name="adam_v.head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%5140 = state name="adam_t.head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5141 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%5142 = add %5140, %5141 : i64[] @ models/lib/nn.yaml:80:7
%5143 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%5144 = cast %5143 : f32[] @ models/lib/nn.yaml:80:7
%5145 = broadcast %5144 : f32[8] @ models/lib/nn.yaml:80:7
%5146 = mul %5137, %5145 : f32[8] @ models/lib/nn.yaml:80:7
%5147 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5148 = cast %5147 : f32[] @ models/lib/nn.yaml:80:7
%5149 = broadcast %5148 : f32[8] @ models/lib/nn.yaml:80:7
%5150 = mul %5138, %5149 : f32[8] @ models/lib/nn.yaml:80:7
%5151 = add %5150, %5146 : f32[8] @ models/lib/nn.yaml:80:7
%5152 = mul %5137, %5137 : f32[8] @ models/lib/nn.yaml:80:7
%5153 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%5154 = cast %5153 : f32[] @ models/lib/nn.yaml:80:7
%5155 = broadcast %5154 : f32[8] @ models/lib/nn.yaml:80:7
%5156 = mul %5152, %5155 : f32[8] @ models/lib/nn.yaml:80:7
%5157 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5158 = cast %5157 : f32[] @ models/lib/nn.yaml:80:7
%5159 = broadcast %5158 : f32[8] @ models/lib/nn.yaml:80:7
%5160 = mul %5139, %5159 : f32[8] @ models/lib/nn.yaml:80:7
%5161 = add %5160, %5156 : f32[8] @ models/lib/nn.yaml:80:7
%5162 = cast %5142 : f64[] @ models/lib/nn.yaml:80:7
%5163 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5164 = pow %5163, %5162 : f64[] @ models/lib/nn.yaml:80:7
%5165 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5166 = sub %5165, %5164 : f64[] @ models/lib/nn.yaml:80:7
%5167 = div %1211, %5166 : f64[] @ models/lib/nn.yaml:80:7
%5168 = cast %5142 : f64[] @ models/lib/nn.yaml:80:7
%5169 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5170 = pow %5169, %5168 : f64[] @ models/lib/nn.yaml:80:7
%5171 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5172 = sub %5171, %5170 : f64[] @ models/lib/nn.yaml:80:7
%5173 = sqrt %5172 : f64[] @ models/lib/nn.yaml:80:7
%5174 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5175 = div %5174, %5173 : f64[] @ models/lib/nn.yaml:80:7
%5176 = sqrt %5161 : f32[8] @ models/lib/nn.yaml:80:7
%5177 = cast %5175 : f32[] @ models/lib/nn.yaml:80:7
%5178 = broadcast %5177 : f32[8] @ models/lib/nn.yaml:80:7
%5179 = mul %5176, %5178 : f32[8] @ models/lib/nn.yaml:80:7
%5180 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%5181 = cast %5180 : f32[] @ models/lib/nn.yaml:80:7
%5182 = broadcast %5181 : f32[8] @ models/lib/nn.yaml:80:7
%5183 = add %5179, %5182 : f32[8] @ models/lib/nn.yaml:80:7
%5184 = div %5151, %5183 : f32[8] @ models/lib/nn.yaml:80:7
%5185 = cast %5167 : f32[] @ models/lib/nn.yaml:80:7
%5186 = broadcast %5185 : f32[8] @ models/lib/nn.yaml:80:7
%5187 = mul %5184, %5186 : f32[8] @ models/lib/nn.yaml:80:7
%5188 = sub %42, %5187 : f32[8] @ models/lib/nn.yaml:80:7
%5189 = assign %42, %5188 : f32[8] @ models/lib/nn.yaml:80:7
%5190 = assign %5138, %5151 : f32[8] @ models/lib/nn.yaml:80:7
%5191 = assign %5139, %5161 : f32[8] @ models/lib/nn.yaml:80:7
%5192 = assign %5140, %5142 : i64[] @ models/lib/nn.yaml:80:7
%5193 = cast %1213 : f32[] @ models/lib/nn.yaml:80:7
%5194 = broadcast %5193 : f32[8] @ models/lib/nn.yaml:80:7
%5195 = mul %80, %5194 : f32[8] @ models/lib/nn.yaml:80:7
%5196 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5197 = sub %5196, %1213 : f64[] @ models/lib/nn.yaml:80:7
%5198 = cast %5197 : f32[] @ models/lib/nn.yaml:80:7
%5199 = broadcast %5198 : f32[8] @ models/lib/nn.yaml:80:7
%5200 = mul %5188, %5199 : f32[8] @ models/lib/nn.yaml:80:7
%5201 = add %5195, %5200 : f32[8] @ models/lib/nn.yaml:80:7
%5202 = assign %80, %5201 : f32[8] @ models/lib/nn.yaml:80:7
%5203 = cast %1213 : f32[] @ models/lib/dino.yaml:18:7
%5204 = broadcast %5203 : f32[32,1] @ models/lib/dino.yaml:18:7
%5205 = mul %81, %5204 : f32[32,1] @ models/lib/dino.yaml:18:7
%5206 = const data=[1] : f64[] @ models/lib/dino.yaml:18:7
%5207 = sub %5206, %1213 : f64[] @ models/lib/dino.yaml:18:7
%5208 = cast %5207 : f32[] @ models/lib/dino.yaml:18:7
%5209 = broadcast %5208 : f32[32,1] @ models/lib/dino.yaml:18:7
%5210 = mul %43, %5209 : f32[32,1] @ models/lib/dino.yaml:18:7
%5211 = add %5205, %5210 : f32[32,1] @ models/lib/dino.yaml:18:7
%5212 = assign %81, %5211 : f32[32,1] @ models/lib/dino.yaml:18:7
%5213 = all_reduce_sum %1729 : f32[32,8] @ models/lib/dino.yaml:19:7
%5214 = reshape %5213 : f32[256] @ models/lib/dino.yaml:19:7
%5215 = mul %5214, %5214 : f32[256] @ models/lib/dino.yaml:19:7
%5216 = reduce_sum %5215 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%5217 = sqrt %5216 : f32[] @ models/lib/dino.yaml:19:7
%5218 = cast %5217 : f64[] @ models/lib/dino.yaml:19:7
%5219 = const data=[1e-06] : f64[] @ models/lib/dino.yaml:19:7
%5220 = add %5218, %5219 : f64[] @ models/lib/dino.yaml:19:7
%5221 = const data=[3] : f64[] @ models/lib/dino.yaml:19:7
%5222 = div %5221, %5220 : f64[] @ models/lib/dino.yaml:19:7
%5223 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%5224 = lt %5222, %5223 : bool[] @ models/lib/dino.yaml:19:7
%5225 = cast %5222 : f32[] @ models/lib/dino.yaml:19:7
%5226 = broadcast %5225 : f32[32,8] @ models/lib/dino.yaml:19:7
%5227 = mul %5213, %5226 : f32[32,8] @ models/lib/dino.yaml:19:7
%5228 = broadcast %5224 : bool[32,8] @ models/lib/dino.yaml:19:7
%5229 = select %5228, %5227, %5213 : f32[32,8] @ models/lib/dino.yaml:19:7
%5230 = state name="adam_m.head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%5231 = state name="adam_v.head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%5232 = state name="adam_t.head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%5233 = const data=[1] : i64[] @ models/lib/dino.yaml:19:7
%5234 = add %5232, %5233 : i64[] @ models/lib/dino.yaml:19:7
%5235 = mul %1211, %1212 : f64[] @ models/lib/dino.yaml:19:7
%5236 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%5237 = sub %5236, %5235 : f64[] @ models/lib/dino.yaml:19:7
%5238 = cast %5237 : f32[] @ models/lib/dino.yaml:19:7
%5239 = broadcast %5238 : f32[32,8] @ models/lib/dino.yaml:19:7
%5240 = mul %44, %5239 : f32[32,8] @ models/lib/dino.yaml:19:7
%5241 = const data=[0.09999999999999998] : f64[] @ models/lib/dino.yaml:19:7
%5242 = cast %5241 : f32[] @ models/lib/dino.yaml:19:7
%5243 = broadcast %5242 : f32[32,8] @ models/lib/dino.yaml:19:7
%5244 = mul %5229, %5243 : f32[32,8] @ models/lib/dino.yaml:19:7
%5245 = const data=[0.9] : f64[] @ models/lib/dino.yaml:19:7
%5246 = cast %5245 : f32[] @ models/lib/dino.yaml:19:7
%5247 = broadcast %5246 : f32[32,8] @ models/lib/dino.yaml:19:7
%5248 = mul %5230, %5247 : f32[32,8] @ models/lib/dino.yaml:19:7
%5249 = add %5248, %5244 : f32[32,8] @ models/lib/dino.yaml:19:7
%5250 = mul %5229, %5229 : f32[32,8] @ models/lib/dino.yaml:19:7
%5251 = const data=[0.0010000000000000009] : f64[] @ models/lib/dino.yaml:19:7
%5252 = cast %5251 : f32[] @ models/lib/dino.yaml:19:7
%5253 = broadcast %5252 : f32[32,8] @ models/lib/dino.yaml:19:7
%5254 = mul %5250, %5253 : f32[32,8] @ models/lib/dino.yaml:19:7
%5255 = const data=[0.999] : f64[] @ models/lib/dino.yaml:19:7
%5256 = cast %5255 : f32[] @ models/lib/dino.yaml:19:7
%5257 = broadcast %5256 : f32[32,8] @ models/lib/dino.yaml:19:7
%5258 = mul %5231, %5257 : f32[32,8] @ models/lib/dino.yaml:19:7
%5259 = add %5258, %5254 : f32[32,8] @ models/lib/dino.yaml:19:7
%5260 = cast %5234 : f64[] @ models/lib/dino.yaml:19:7
%5261 = const data=[0.9] : f64[] @ models/lib/dino.yaml:19:7
%5262 = pow %5261, %5260 : f64[] @ models/lib/dino.yaml:19:7
%5263 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%5264 = sub %5263, %5262 : f64[] @ models/lib/dino.yaml:19:7
%5265 = div %1211, %5264 : f64[] @ models/lib/dino.yaml:19:7
%5266 = cast %5234 : f64[] @ models/lib/dino.yaml:19:7
%5267 = const data=[0.999] : f64[] @ models/lib/dino.yaml:19:7
%5268 = pow %5267, %5266 : f64[] @ models/lib/dino.yaml:19:7
%5269 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%5270 = sub %5269, %5268 : f64[] @ models/lib/dino.yaml:19:7
%5271 = sqrt %5270 : f64[] @ models/lib/dino.yaml:19:7
%5272 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%5273 = div %5272, %5271 : f64[] @ models/lib/dino.yaml:19:7
%5274 = sqrt %5259 : f32[32,8] @ models/lib/dino.yaml:19:7
%5275 = cast %5273 : f32[] @ models/lib/dino.yaml:19:7
%5276 = broadcast %5275 : f32[32,8] @ models/lib/dino.yaml:19:7
%5277 = mul %5274, %5276 : f32[32,8] @ models/lib/dino.yaml:19:7
%5278 = const data=[1e-08] : f64[] @ models/lib/dino.yaml:19:7
%5279 = cast %5278 : f32[] @ models/lib/dino.yaml:19:7
%5280 = broadcast %5279 : f32[32,8] @ models/lib/dino.yaml:19:7
%5281 = add %5277, %5280 : f32[32,8] @ models/lib/dino.yaml:19:7
%5282 = div %5249, %5281 : f32[32,8] @ models/lib/dino.yaml:19:7
%5283 = cast %5265 : f32[] @ models/lib/dino.yaml:19:7
%5284 = broadcast %5283 : f32[32,8] @ models/lib/dino.yaml:19:7
%5285 = mul %5282, %5284 : f32[32,8] @ models/lib/dino.yaml:19:7
%5286 = sub %5240, %5285 : f32[32,8] @ models/lib/dino.yaml:19:7
%5287 = const data=[1] : i64[] @ models/lib/dino.yaml:19:7
%5288 = input name="epoch" : i64[] @ models/lib/dino.yaml:19:7
%5289 = lt %5288, %5287 : bool[] @ models/lib/dino.yaml:19:7
%5290 = broadcast %5289 : bool[32,8] @ models/lib/dino.yaml:19:7
%5291 = select %5290, %44, %5286 : f32[32,8] @ models/lib/dino.yaml:19:7
%5292 = broadcast %5289 : bool[32,8] @ models/lib/dino.yaml:19:7
%5293 = select %5292, %5230, %5249 : f32[32,8] @ models/lib/dino.yaml:19:7
%5294 = broadcast %5289 : bool[32,8] @ models/lib/dino.yaml:19:7
%5295 = select %5294, %5231, %5259 : f32[32,8] @ models/lib/dino.yaml:19:7
%5296 = select %5289, %5232, %5234 : i64[] @ models/lib/dino.yaml:19:7
%5297 = assign %44, %5291 : f32[32,8] @ models/lib/dino.yaml:19:7
%5298 = assign %5230, %5293 : f32[32,8] @ models/lib/dino.yaml:19:7
%5299 = assign %5231, %5295 : f32[32,8] @ models/lib/dino.yaml:19:7
%5300 = assign %5232, %5296 : i64[] @ models/lib/dino.yaml:19:7
%5301 = cast %1213 : f32[] @ models/lib/dino.yaml:19:7
%5302 = broadcast %5301 : f32[32,8] @ models/lib/dino.yaml:19:7
%5303 = mul %82, %5302 : f32[32,8] @ models/lib/dino.yaml:19:7
%5304 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%5305 = sub %5304, %1213 : f64[] @ models/lib/dino.yaml:19:7
%5306 = cast %5305 : f32[] @ models/lib/dino.yaml:19:7
%5307 = broadcast %5306 : f32[32,8] @ models/lib/dino.yaml:19:7
%5308 = mul %5291, %5307 : f32[32,8] @ models/lib/dino.yaml:19:7
%5309 = add %5303, %5308 : f32[32,8] @ models/lib/dino.yaml:19:7
%5310 = assign %82, %5309 : f32[32,8] @ models/lib/dino.yaml:19:7
%5311 = const data=[inf] : f32[] @ models/dino.yaml:73:3
%5312 = abs %1195 : f32[] @ models/dino.yaml:73:3
%5313 = lt %5312, %5311 : bool[] @ models/dino.yaml:73:3
%5314 = output %5313 name="finite" : bool[] @ models/dino.yaml:73:3
