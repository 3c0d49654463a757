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
%1796 = reduce_sum %1795 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1797 = reshape %1796 : f32[16] @ models/lib/nn.yaml:96:46
%1798 = add %1383, %1797 : f32[16] @ models/lib/nn.yaml:96:46
%1799 = mul %1795, %623 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1800 = mul %1795, %622 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1801 = reduce_sum %1800 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1802 = reshape %1801 : f32[16] @ models/lib/nn.yaml:96:37
%1803 = add %1387, %1802 : f32[16] @ models/lib/nn.yaml:96:37
%1804 = mul %1799, %621 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1805 = mul %1799, %611 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1806 = reduce_sum %1805 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%1807 = mul %620, %620 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1808 = mul %620, %1807 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1809 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%1810 = broadcast %1809 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1811 = mul %1808, %1810 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1812 = mul %1806, %1811 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1813 = div %1812, %615 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1814 = broadcast %1813 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%1815 = mul %1814, %611 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1816 = add %1804, %1815 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1817 = mul %1814, %611 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1818 = add %1816, %1817 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1819 = neg %1818 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1820 = reduce_sum %1819 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%1821 = div %1820, %608 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1822 = broadcast %1821 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1823 = add %1818, %1822 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1824 = mul %1823, %603 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%1825 = div %1824, %595 : f32[4,17,16] @ models/lib/nn.yaml:50:38
%1826 = reduce_sum %1825 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1827 = reshape %1826 : f32[16] @ models/lib/nn.yaml:84:18
%1828 = add %1411, %1827 : f32[16] @ models/lib/nn.yaml:84:18
%1829 = matmul %1825, %33 ta=0 tb=0 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%1830 = reshape %590 : f32[68,64] @ models/lib/nn.yaml:83:15
%1831 = reshape %1825 : f32[68,16] @ models/lib/nn.yaml:83:15
%1832 = matmul %1831, %1830 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%1833 = add %1415, %1832 : f32[16,64] @ models/lib/nn.yaml:83:15
%1834 = mul %1829, %589 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%1835 = mul %1829, %582 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%1836 = mul %585, %585 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1837 = neg %1836 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1838 = exp %1837 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1839 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%1840 = broadcast %1839 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1841 = mul %1838, %1840 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1842 = mul %1835, %1841 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1843 = mul %1842, %584 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%1844 = mul %1834, %581 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%1845 = add %1843, %1844 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%1846 = reduce_sum %1845 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%1847 = reshape %1846 : f32[64] @ models/lib/nn.yaml:84:18
%1848 = add %1429, %1847 : f32[64] @ models/lib/nn.yaml:84:18
%1849 = matmul %1845, %31 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1850 = reshape %576 : f32[68,16] @ models/lib/nn.yaml:83:15
%1851 = reshape %1845 : f32[68,64] @ models/lib/nn.yaml:83:15
%1852 = matmul %1851, %1850 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%1853 = add %1433, %1852 : f32[64,16] @ models/lib/nn.yaml:83:15
%1854 = reduce_sum %1849 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1855 = reshape %1854 : f32[16] @ models/lib/nn.yaml:96:46
%1856 = add %1435, %1855 : f32[16] @ models/lib/nn.yaml:96:46
%1857 = mul %1849, %573 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1858 = mul %1849, %572 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1859 = reduce_sum %1858 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1860 = reshape %1859 : f32[16] @ models/lib/nn.yaml:96:37
%1861 = add %1439, %1860 : f32[16] @ models/lib/nn.yaml:96:37
%1862 = mul %1857, %571 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1863 = mul %1857, %561 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1864 = reduce_sum %1863 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%1865 = mul %570, %570 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1866 = mul %570, %1865 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1867 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%1868 = broadcast %1867 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1869 = mul %1866, %1868 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1870 = mul %1864, %1869 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1871 = div %1870, %565 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1872 = broadcast %1871 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%1873 = mul %1872, %561 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1874 = add %1862, %1873 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1875 = mul %1872, %561 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1876 = add %1874, %1875 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1877 = add %1823, %1876 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1878 = neg %1876 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1879 = reduce_sum %1878 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%1880 = div %1879, %558 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1881 = broadcast %1880 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1882 = add %1877, %1881 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1883 = mul %1882, %553 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%1884 = div %1883, %544 : f32[4,17,16] @ models/lib/nn.yaml:50:38
%1885 = reduce_sum %1884 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1886 = reshape %1885 : f32[16] @ models/lib/nn.yaml:84:18
%1887 = add %1464, %1886 : f32[16] @ models/lib/nn.yaml:84:18
%1888 = matmul %1884, %27 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1889 = reshape %539 : f32[68,16] @ models/lib/nn.yaml:83:15
%1890 = reshape %1884 : f32[68,16] @ models/lib/nn.yaml:83:15
%1891 = matmul %1890, %1889 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%1892 = add %1468, %1891 : f32[16,16] @ models/lib/nn.yaml:83:15
%1893 = reshape %1888 : f32[4,17,2,8] @ models/lib/nn.yaml:57:16
%1894 = permute %1893 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/nn.yaml:56:13
%1895 = permute %513 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%1896 = reshape %1894 : f32[4,2,17,8,1] @ models/lib/nn.yaml:56:23
%1897 = broadcast %1896 : f32[4,2,17,8,17] @ models/lib/nn.yaml:56:23
%1898 = reshape %1895 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%1899 = broadcast %1898 : f32[4,2,17,8,17] @ models/lib/nn.yaml:56:23
%1900 = mul %1897, %1899 : f32[4,2,17,8,17] @ models/lib/nn.yaml:56:23
%1901 = reduce_sum %1900 axes=[3] keep=0 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1902 = permute %531 perm=[0,1,3,2] : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1903 = reshape %1902 : f32[4,2,17,17,1] @ models/lib/nn.yaml:56:23
%1904 = broadcast %1903 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%1905 = reshape %1894 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1906 = broadcast %1905 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%1907 = mul %1904, %1906 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%1908 = reduce_sum %1907 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%1909 = div %1901, %530 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%1910 = mul %1909, %531 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%1911 = neg %1910 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%1912 = reduce_sum %1911 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:18
%1913 = broadcast %1912 : f32[4,2,17,17] @ models/lib/nn.yaml:15:20
%1914 = add %1909, %1913 : f32[4,2,17,17] @ models/lib/nn.yaml:15:20
%1915 = mul %1914, %528 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%1916 = mul %1915, %522 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%1917 = reshape %1916 : f32[4,2,17,17,1] @ models/lib/nn.yaml:55:23
%1918 = broadcast %1917 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1919 = reshape %511 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%1920 = broadcast %1919 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1921 = mul %1918, %1920 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1922 = reduce_sum %1921 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%1923 = permute %1916 perm=[0,1,3,2] : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%1924 = reshape %1923 : f32[4,2,17,17,1] @ models/lib/nn.yaml:55:23
%1925 = broadcast %1924 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1926 = reshape %509 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%1927 = broadcast %1926 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1928 = mul %1925, %1927 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1929 = reduce_sum %1928 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%1930 = reshape %1908 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:40
%1931 = pad %1930 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:40
%1932 = reshape %1929 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:34
%1933 = pad %1932 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:34
%1934 = add %1931, %1933 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:34
%1935 = reshape %1922 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:28
%1936 = pad %1935 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:28
%1937 = add %1934, %1936 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:28
%1938 = permute %1937 perm=[1,3,0,2,4] : f32[4,17,3,2,8] @ models/lib/nn.yaml:66:13
%1939 = reshape %1938 : f32[4,17,48] @ models/lib/nn.yaml:66:21
%1940 = reduce_sum %1939 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%1941 = reshape %1940 : f32[48] @ models/lib/nn.yaml:84:18
%1942 = add %1517, %1941 : f32[48] @ models/lib/nn.yaml:84:18
%1943 = matmul %1939, %25 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1944 = reshape %502 : f32[68,16] @ models/lib/nn.yaml:83:15
%1945 = reshape %1939 : f32[68,48] @ models/lib/nn.yaml:83:15
%1946 = matmul %1945, %1944 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%1947 = add %1521, %1946 : f32[48,16] @ models/lib/nn.yaml:83:15
%1948 = reduce_sum %1943 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1949 = reshape %1948 : f32[16] @ models/lib/nn.yaml:96:46
%1950 = add %1523, %1949 : f32[16] @ models/lib/nn.yaml:96:46
%1951 = mul %1943, %499 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1952 = mul %1943, %498 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1953 = reduce_sum %1952 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1954 = reshape %1953 : f32[16] @ models/lib/nn.yaml:96:37
%1955 = add %1527, %1954 : f32[16] @ models/lib/nn.yaml:96:37
%1956 = mul %1951, %497 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1957 = mul %1951, %487 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1958 = reduce_sum %1957 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%1959 = mul %496, %496 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1960 = mul %496, %1959 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1961 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%1962 = broadcast %1961 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1963 = mul %1960, %1962 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1964 = mul %1958, %1963 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1965 = div %1964, %491 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1966 = broadcast %1965 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%1967 = mul %1966, %487 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1968 = add %1956, %1967 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1969 = mul %1966, %487 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1970 = add %1968, %1969 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1971 = add %1882, %1970 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1972 = neg %1970 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1973 = reduce_sum %1972 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%1974 = div %1973, %484 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1975 = broadcast %1974 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1976 = add %1971, %1975 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1977 = reduce_sum %1976 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1978 = reshape %1977 : f32[16] @ models/lib/nn.yaml:84:18
%1979 = add %1550, %1978 : f32[16] @ models/lib/nn.yaml:84:18
%1980 = matmul %1976, %21 ta=0 tb=0 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%1981 = reshape %477 : f32[68,64] @ models/lib/nn.yaml:83:15
%1982 = reshape %1976 : f32[68,16] @ models/lib/nn.yaml:83:15
%1983 = matmul %1982, %1981 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%1984 = add %1554, %1983 : f32[16,64] @ models/lib/nn.yaml:83:15
%1985 = mul %1980, %476 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%1986 = mul %1980, %469 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%1987 = mul %472, %472 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1988 = neg %1987 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1989 = exp %1988 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1990 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%1991 = broadcast %1990 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1992 = mul %1989, %1991 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1993 = mul %1986, %1992 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1994 = mul %1993, %471 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%1995 = mul %1985, %468 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%1996 = add %1994, %1995 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%1997 = reduce_sum %1996 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%1998 = reshape %1997 : f32[64] @ models/lib/nn.yaml:84:18
%1999 = add %1568, %1998 : f32[64] @ models/lib/nn.yaml:84:18
%2000 = matmul %1996, %19 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%2001 = reshape %463 : f32[68,16] @ models/lib/nn.yaml:83:15
%2002 = reshape %1996 : f32[68,64] @ models/lib/nn.yaml:83:15
%2003 = matmul %2002, %2001 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%2004 = add %1572, %2003 : f32[64,16] @ models/lib/nn.yaml:83:15
%2005 = reduce_sum %2000 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2006 = reshape %2005 : f32[16] @ models/lib/nn.yaml:96:46
%2007 = add %1574, %2006 : f32[16] @ models/lib/nn.yaml:96:46
%2008 = mul %2000, %460 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2009 = mul %2000, %459 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2010 = reduce_sum %2009 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2011 = reshape %2010 : f32[16] @ models/lib/nn.yaml:96:37
%2012 = add %1578, %2011 : f32[16] @ models/lib/nn.yaml:96:37
%2013 = mul %2008, %458 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2014 = mul %2008, %448 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2015 = reduce_sum %2014 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%2016 = mul %457, %457 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2017 = mul %457, %2016 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2018 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%2019 = broadcast %2018 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2020 = mul %2017, %2019 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2021 = mul %2015, %2020 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2022 = div %2021, %452 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2023 = broadcast %2022 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%2024 = mul %2023, %448 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2025 = add %2013, %2024 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2026 = mul %2023, %448 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2027 = add %2025, %2026 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2028 = add %1976, %2027 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2029 = neg %2027 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2030 = reduce_sum %2029 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%2031 = div %2030, %445 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2032 = broadcast %2031 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%2033 = add %2028, %2032 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%2034 = reduce_sum %2033 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2035 = reshape %2034 : f32[16] @ models/lib/nn.yaml:84:18
%2036 = add %1601, %2035 : f32[16] @ models/lib/nn.yaml:84:18
%2037 = matmul %2033, %15 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%2038 = reshape %438 : f32[68,16] @ models/lib/nn.yaml:83:15
%2039 = reshape %2033 : f32[68,16] @ models/lib/nn.yaml:83:15
%2040 = matmul %2039, %2038 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2041 = add %1605, %2040 : f32[16,16] @ models/lib/nn.yaml:83:15
%2042 = reshape %2037 : f32[4,17,2,8] @ models/lib/nn.yaml:57:16
%2043 = permute %2042 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/nn.yaml:56:13
%2044 = permute %412 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%2045 = reshape %2043 : f32[4,2,17,8,1] @ models/lib/nn.yaml:56:23
%2046 = broadcast %2045 : f32[4,2,17,8,17] @ models/lib/nn.yaml:56:23
%2047 = reshape %2044 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%2048 = broadcast %2047 : f32[4,2,17,8,17] @ models/lib/nn.yaml:56:23
%2049 = mul %2046, %2048 : f32[4,2,17,8,17] @ models/lib/nn.yaml:56:23
%2050 = reduce_sum %2049 axes=[3] keep=0 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2051 = permute %430 perm=[0,1,3,2] : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2052 = reshape %2051 : f32[4,2,17,17,1] @ models/lib/nn.yaml:56:23
%2053 = broadcast %2052 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%2054 = reshape %2043 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2055 = broadcast %2054 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%2056 = mul %2053, %2055 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%2057 = reduce_sum %2056 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%2058 = div %2050, %429 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%2059 = mul %2058, %430 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%2060 = neg %2059 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%2061 = reduce_sum %2060 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:18
%2062 = broadcast %2061 : f32[4,2,17,17] @ models/lib/nn.yaml:15:20
%2063 = add %2058, %2062 : f32[4,2,17,17] @ models/lib/nn.yaml:15:20
%2064 = mul %2063, %427 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%2065 = mul %2064, %421 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%2066 = reshape %2065 : f32[4,2,17,17,1] @ models/lib/nn.yaml:55:23
%2067 = broadcast %2066 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2068 = reshape %410 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%2069 = broadcast %2068 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2070 = mul %2067, %2069 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2071 = reduce_sum %2070 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%2072 = permute %2065 perm=[0,1,3,2] : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%2073 = reshape %2072 : f32[4,2,17,17,1] @ models/lib/nn.yaml:55:23
%2074 = broadcast %2073 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2075 = reshape %408 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%2076 = broadcast %2075 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2077 = mul %2074, %2076 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2078 = reduce_sum %2077 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%2079 = reshape %2057 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:40
%2080 = pad %2079 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:40
%2081 = reshape %2078 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:34
%2082 = pad %2081 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:34
%2083 = add %2080, %2082 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:34
%2084 = reshape %2071 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:28
%2085 = pad %2084 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:28
%2086 = add %2083, %2085 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:28
%2087 = permute %2086 perm=[1,3,0,2,4] : f32[4,17,3,2,8] @ models/lib/nn.yaml:66:13
%2088 = reshape %2087 : f32[4,17,48] @ models/lib/nn.yaml:66:21
%2089 = reduce_sum %2088 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%2090 = reshape %2089 : f32[48] @ models/lib/nn.yaml:84:18
%2091 = add %1654, %2090 : f32[48] @ models/lib/nn.yaml:84:18
%2092 = matmul %2088, %13 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%2093 = reshape %401 : f32[68,16] @ models/lib/nn.yaml:83:15
%2094 = reshape %2088 : f32[68,48] @ models/lib/nn.yaml:83:15
%2095 = matmul %2094, %2093 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%2096 = add %1658, %2095 : f32[48,16] @ models/lib/nn.yaml:83:15
%2097 = reduce_sum %2092 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2098 = reshape %2097 : f32[16] @ models/lib/nn.yaml:96:46
%2099 = add %1660, %2098 : f32[16] @ models/lib/nn.yaml:96:46
%2100 = mul %2092, %398 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2101 = mul %2092, %397 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2102 = reduce_sum %2101 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2103 = reshape %2102 : f32[16] @ models/lib/nn.yaml:96:37
%2104 = add %1664, %2103 : f32[16] @ models/lib/nn.yaml:96:37
%2105 = mul %2100, %396 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2106 = mul %2100, %386 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2107 = reduce_sum %2106 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%2108 = mul %395, %395 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2109 = mul %395, %2108 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2110 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%2111 = broadcast %2110 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2112 = mul %2109, %2111 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2113 = mul %2107, %2112 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2114 = div %2113, %390 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2115 = broadcast %2114 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%2116 = mul %2115, %386 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2117 = add %2105, %2116 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2118 = mul %2115, %386 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2119 = add %2117, %2118 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2120 = add %2033, %2119 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2121 = neg %2119 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2122 = reduce_sum %2121 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%2123 = div %2122, %383 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2124 = broadcast %2123 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%2125 = add %2120, %2124 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%2126 = reduce_sum %2125 axes=[0] keep=1 : f32[1,17,16] @ models/lib/vit.yaml:62:15
%2127 = add %1700, %2126 : f32[1,17,16] @ models/lib/vit.yaml:62:15
%2128 = slice %2125 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:61:13
%2129 = slice %2125 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:61:13
%2130 = reduce_sum %2128 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:61:20
%2131 = add %1703, %2130 : f32[1,1,16] @ models/lib/vit.yaml:61:20
%2132 = reduce_sum %2129 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%2133 = reshape %2132 : f32[16] @ models/lib/vit.yaml:17:71
%2134 = add %1705, %2133 : f32[16] @ models/lib/vit.yaml:17:71
%2135 = reshape %372 : f32[64,48] @ models/lib/vit.yaml:17:18
%2136 = reshape %2129 : f32[64,16] @ models/lib/vit.yaml:17:18
%2137 = matmul %2136, %2135 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%2138 = reshape %2137 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%2139 = add %1709, %2138 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%2140 = all_reduce_sum %2131 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2141 = reshape %2140 : f32[16] @ models/lib/vit.yaml:47:7
%2142 = mul %2141, %2141 : f32[16] @ models/lib/vit.yaml:47:7
%2143 = reduce_sum %2142 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:47:7
%2144 = sqrt %2143 : f32[] @ models/lib/vit.yaml:47:7
%2145 = cast %2144 : f64[] @ models/lib/vit.yaml:47:7
%2146 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:47:7
%2147 = add %2145, %2146 : f64[] @ models/lib/vit.yaml:47:7
%2148 = const data=[3] : f64[] @ models/lib/vit.yaml:47:7
%2149 = div %2148, %2147 : f64[] @ models/lib/vit.yaml:47:7
%2150 = const data=[1] : f64[] @ models/lib/vit.yaml:47:7
%2151 = lt %2149, %2150 : bool[] @ models/lib/vit.yaml:47:7
%2152 = cast %2149 : f32[] @ models/lib/vit.yaml:47:7
%2153 = broadcast %2152 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2154 = mul %2140, %2153 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2155 = broadcast %2151 : bool[1,1,16] @ models/lib/vit.yaml:47:7
%2156 = select %2155, %2154, %2140 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2157 = state name="adam_m.backbone.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2158 = state name="adam_v.backbone.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2159 = state name="adam_t.backbone.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:47:7
%2160 = const data=[1] : i64[] @ models/lib/vit.yaml:47:7
%2161 = add %2159, %2160 : i64[] @ models/lib/vit.yaml:47:7
%2162 = mul %1211, %1212 : f64[] @ models/lib/vit.yaml:47:7
%2163 = const data=[1] : f64[] @ models/lib/vit.yaml:47:7
%2164 = sub %2163, %2162 : f64[] @ models/lib/vit.yaml:47:7
%2165 = cast %2164 : f32[] @ models/lib/vit.yaml:47:7
%2166 = broadcast %2165 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2167 = mul %7, %2166 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2168 = const data=[0.09999999999999998] : f64[] @ models/lib/vit.yaml:47:7
%2169 = cast %2168 : f32[] @ models/lib/vit.yaml:47:7
%2170 = broadcast %2169 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2171 = mul %2156, %2170 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2172 = const data=[0.9] : f64[] @ models/lib/vit.yaml:47:7
%2173 = cast %2172 : f32[] @ models/lib/vit.yaml:47:7
%2174 = broadcast %2173 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2175 = mul %2157, %2174 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2176 = add %2175, %2171 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2177 = mul %2156, %2156 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2178 = const data=[0.0010000000000000009] : f64[] @ models/lib/vit.yaml:47:7
%2179 = cast %2178 : f32[] @ models/lib/vit.yaml:47:7
%2180 = broadcast %2179 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2181 = mul %2177, %2180 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2182 = const data=[0.999] : f64[] @ models/lib/vit.yaml:47:7
%2183 = cast %2182 : f32[] @ models/lib/vit.yaml:47:7
%2184 = broadcast %2183 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2185 = mul %2158, %2184 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2186 = add %2185, %2181 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2187 = cast %2161 : f64[] @ models/lib/vit.yaml:47:7
%2188 = const data=[0.9] : f64[] @ models/lib/vit.yaml:47:7
%2189 = pow %2188, %2187 : f64[] @ models/lib/vit.yaml:47:7
%2190 = const data=[1] : f64[] @ models/lib/vit.yaml:47:7
%2191 = sub %2190, %2189 : f64[] @ models/lib/vit.yaml:47:7
%2192 = div %1211, %2191 : f64[] @ models/lib/vit.yaml:47:7
%2193 = cast %2161 : f64[] @ models/lib/vit.yaml:47:7
%2194 = const data=[0.999] : f64[] @ models/lib/vit.yaml:47:7
%2195 = pow %2194, %2193 : f64[] @ models/lib/vit.yaml:47:7
%2196 = const data=[1] : f64[] @ models/lib/vit.yaml:47:7
%2197 = sub %2196, %2195 : f64[] @ models/lib/vit.yaml:47:7
%2198 = sqrt %2197 : f64[] @ models/lib/vit.yaml:47:7
%2199 = const data=[1] : f64[] @ models/lib/vit.yaml:47:7
%2200 = div %2199, %2198 : f64[] @ models/lib/vit.yaml:47:7
%2201 = sqrt %2186 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2202 = cast %2200 : f32[] @ models/lib/vit.yaml:47:7
%2203 = broadcast %2202 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2204 = mul %2201, %2203 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2205 = const data=[1e-08] : f64[] @ models/lib/vit.yaml:47:7
%2206 = cast %2205 : f32[] @ models/lib/vit.yaml:47:7
%2207 = broadcast %2206 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2208 = add %2204, %2207 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2209 = div %2176, %2208 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2210 = cast %2192 : f32[] @ models/lib/vit.yaml:47:7
%2211 = broadcast %2210 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2212 = mul %2209, %2211 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2213 = sub %2167, %2212 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2214 = assign %7, %2213 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2215 = assign %2157, %2176 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2216 = assign %2158, %2186 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2217 = assign %2159, %2161 : i64[] @ models/lib/vit.yaml:47:7
%2218 = cast %1213 : f32[] @ models/lib/vit.yaml:47:7
%2219 = broadcast %2218 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2220 = mul %45, %2219 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2221 = const data=[1] : f64[] @ models/lib/vit.yaml:47:7
%2222 = sub %2221, %1213 : f64[] @ models/lib/vit.yaml:47:7
%2223 = cast %2222 : f32[] @ models/lib/vit.yaml:47:7
%2224 = broadcast %2223 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2225 = mul %2213, %2224 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2226 = add %2220, %2225 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2227 = assign %45, %2226 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2228 = all_reduce_sum %2127 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2229 = reshape %2228 : f32[272] @ models/lib/vit.yaml:48:7
%2230 = mul %2229, %2229 : f32[272] @ models/lib/vit.yaml:48:7
%2231 = reduce_sum %2230 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:48:7
%2232 = sqrt %2231 : f32[] @ models/lib/vit.yaml:48:7
%2233 = cast %2232 : f64[] @ models/lib/vit.yaml:48:7
%2234 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:48:7
%2235 = add %2233, %2234 : f64[] @ models/lib/vit.yaml:48:7
%2236 = const data=[3] : f64[] @ models/lib/vit.yaml:48:7
%2237 = div %2236, %2235 : f64[] @ models/lib/vit.yaml:48:7
%2238 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%2239 = lt %2237, %2238 : bool[] @ models/lib/vit.yaml:48:7
%2240 = cast %2237 : f32[] @ models/lib/vit.yaml:48:7
%2241 = broadcast %2240 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2242 = mul %2228, %2241 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2243 = broadcast %2239 : bool[1,17,16] @ models/lib/vit.yaml:48:7
%2244 = select %2243, %2242, %2228 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2245 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2246 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2247 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%2248 = const data=[1] : i64[] @ models/lib/vit.yaml:48:7
%2249 = add %2247, %2248 : i64[] @ models/lib/vit.yaml:48:7
%2250 = mul %1211, %1212 : f64[] @ models/lib/vit.yaml:48:7
%2251 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%2252 = sub %2251, %2250 : f64[] @ models/lib/vit.yaml:48:7
%2253 = cast %2252 : f32[] @ models/lib/vit.yaml:48:7
%2254 = broadcast %2253 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2255 = mul %8, %2254 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2256 = const data=[0.09999999999999998] : f64[] @ models/lib/vit.yaml:48:7
%2257 = cast %2256 : f32[] @ models/lib/vit.yaml:48:7
%2258 = broadcast %2257 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2259 = mul %2244, %2258 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2260 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%2261 = cast %2260 : f32[] @ models/lib/vit.yaml:48:7
%2262 = broadcast %2261 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2263 = mul %2245, %2262 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2264 = add %2263, %2259 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2265 = mul %2244, %2244 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2266 = const data=[0.0010000000000000009] : f64[] @ models/lib/vit.yaml:48:7
%2267 = cast %2266 : f32[] @ models/lib/vit.yaml:48:7
%2268 = broadcast %2267 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2269 = mul %2265, %2268 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2270 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%2271 = cast %2270 : f32[] @ models/lib/vit.yaml:48:7
%2272 = broadcast %2271 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2273 = mul %2246, %2272 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2274 = add %2273, %2269 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2275 = cast %2249 : f64[] @ models/lib/vit.yaml:48:7
%2276 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%2277 = pow %2276, %2275 : f64[] @ models/lib/vit.yaml:48:7
%2278 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%2279 = sub %2278, %2277 : f64[] @ models/lib/vit.yaml:48:7
%2280 = div %1211, %2279 : f64[] @ models/lib/vit.yaml:48:7
%2281 = cast %2249 : f64[] @ models/lib/vit.yaml:48:7
%2282 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%2283 = pow %2282, %2281 : f64[] @ models/lib/vit.yaml:48:7
%2284 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%2285 = sub %2284, %2283 : f64[] @ models/lib/vit.yaml:48:7
%2286 = sqrt %2285 : f64[] @ models/lib/vit.yaml:48:7
%2287 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%2288 = div %2287, %2286 : f64[] @ models/lib/vit.yaml:48:7
%2289 = sqrt %2274 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2290 = cast %2288 : f32[] @ models/lib/vit.yaml:48:7
%2291 = broadcast %2290 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2292 = mul %2289, %2291 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2293 = const data=[1e-08] : f64[] @ models/lib/vit.yaml:48:7
%2294 = cast %2293 : f32[] @ models/lib/vit.yaml:48:7
%2295 = broadcast %2294 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2296 = add %2292, %2295 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2297 = div %2264, %2296 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2298 = cast %2280 : f32[] @ models/lib/vit.yaml:48:7
%2299 = broadcast %2298 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2300 = mul %2297, %2299 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2301 = sub %2255, %2300 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2302 = assign %8, %2301 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2303 = assign %2245, %2264 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2304 = assign %2246, %2274 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2305 = assign %2247, %2249 : i64[] @ models/lib/vit.yaml:48:7
%2306 = cast %1213 : f32[] @ models/lib/vit.yaml:48:7
%2307 = broadcast %2306 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2308 = mul %46, %2307 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2309 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%2310 = sub %2309, %1213 : f64[] @ models/lib/vit.yaml:48:7
%2311 = cast %2310 : f32[] @ models/lib/vit.yaml:48:7
%2312 = broadcast %2311 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2313 = mul %2301, %2312 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2314 = add %2308, %2313 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2315 = assign %46, %2314 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2316 = all_reduce_sum %2139 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2317 = reshape %2316 : f32[768] @ models/lib/vit.yaml:9:7
%2318 = mul %2317, %2317 : f32[768] @ models/lib/vit.yaml:9:7
%2319 = reduce_sum %2318 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:9:7
%2320 = sqrt %2319 : f32[] @ models/lib/vit.yaml:9:7
%2321 = cast %2320 : f64[] @ models/lib/vit.yaml:9:7
%2322 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:9:7
%2323 = add %2321, %2322 : f64[] @ models/lib/vit.yaml:9:7
%2324 = const data=[3] : f64[] @ models/lib/vit.yaml:9:7
%2325 = div %2324, %2323 : f64[] @ models/lib/vit.yaml:9:7
%2326 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%2327 = lt %2325, %2326 : bool[] @ models/lib/vit.yaml:9:7
%2328 = cast %2325 : f32[] @ models/lib/vit.yaml:9:7
%2329 = broadcast %2328 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2330 = mul %2316, %2329 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2331 = broadcast %2327 : bool[16,3,4,4] @ models/lib/vit.yaml:9:7
%2332 = select %2331, %2330, %2316 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2333 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2334 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2335 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%2336 = const data=[1] : i64[] @ models/lib/vit.yaml:9:7
%2337 = add %2335, %2336 : i64[] @ models/lib/vit.yaml:9:7
%2338 = mul %1211, %1212 : f64[] @ models/lib/vit.yaml:9:7
%2339 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%2340 = sub %2339, %2338 : f64[] @ models/lib/vit.yaml:9:7
%2341 = cast %2340 : f32[] @ models/lib/vit.yaml:9:7
%2342 = broadcast %2341 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2343 = mul %9, %2342 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2344 = const data=[0.09999999999999998] : f64[] @ models/lib/vit.yaml:9:7
%2345 = cast %2344 : f32[] @ models/lib/vit.yaml:9:7
%2346 = broadcast %2345 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2347 = mul %2332, %2346 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2348 = const data=[0.9] : f64[] @ models/lib/vit.yaml:9:7
%2349 = cast %2348 : f32[] @ models/lib/vit.yaml:9:7
%2350 = broadcast %2349 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2351 = mul %2333, %2350 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2352 = add %2351, %2347 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2353 = mul %2332, %2332 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2354 = const data=[0.0010000000000000009] : f64[] @ models/lib/vit.yaml:9:7
%2355 = cast %2354 : f32[] @ models/lib/vit.yaml:9:7
%2356 = broadcast %2355 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2357 = mul %2353, %2356 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2358 = const data=[0.999] : f64[] @ models/lib/vit.yaml:9:7
%2359 = cast %2358 : f32[] @ models/lib/vit.yaml:9:7
%2360 = broadcast %2359 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2361 = mul %2334, %2360 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2362 = add %2361, %2357 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2363 = cast %2337 : f64[] @ models/lib/vit.yaml:9:7
%2364 = const data=[0.9] : f64[] @ models/lib/vit.yaml:9:7
%2365 = pow %2364, %2363 : f64[] @ models/lib/vit.yaml:9:7
%2366 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%2367 = sub %2366, %2365 : f64[] @ models/lib/vit.yaml:9:7
%2368 = div %1211, %2367 : f64[] @ models/lib/vit.yaml:9:7
%2369 = cast %2337 : f64[] @ models/lib/vit.yaml:9:7
%2370 = const data=[0.999] : f64[] @ models/lib/vit.yaml:9:7
%2371 = pow %2370, %2369 : f64[] @ models/lib/vit.yaml:9:7
%2372 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%2373 = sub %2372, %2371 : f64[] @ models/lib/vit.yaml:9:7
%2374 = sqrt %2373 : f64[] @ models/lib/vit.yaml:9:7
%2375 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%2376 = div %2375, %2374 : f64[] @ models/lib/vit.yaml:9:7
%2377 = sqrt %2362 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2378 = cast %2376 : f32[] @ models/lib/vit.yaml:9:7
%2379 = broadcast %2378 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2380 = mul %2377, %2379 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2381 = const data=[1e-08] : f64[] @ models/lib/vit.yaml:9:7
%2382 = cast %2381 : f32[] @ models/lib/vit.yaml:9:7
%2383 = broadcast %2382 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2384 = add %2380, %2383 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2385 = div %2352, %2384 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2386 = cast %2368 : f32[] @ models/lib/vit.yaml:9:7
%2387 = broadcast %2386 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2388 = mul %2385, %2387 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2389 = sub %2343, %2388 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2390 = assign %9, %2389 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2391 = assign %2333, %2352 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2392 = assign %2334, %2362 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2393 = assign %2335, %2337 : i64[] @ models/lib/vit.yaml:9:7
%2394 = cast %1213 : f32[] @ models/lib/vit.yaml:9:7
%2395 = broadcast %2394 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2396 = mul %47, %2395 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2397 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%2398 = sub %2397, %1213 : f64[] @ models/lib/vit.yaml:9:7
%2399 = cast %2398 : f32[] @ models/lib/vit.yaml:9:7
%2400 = broadcast %2399 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2401 = mul %2389, %2400 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2402 = add %2396, %2401 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2403 = assign %47, %2402 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2404 = all_reduce_sum %2134 : f32[16] @ models/lib/vit.yaml:10:7
%2405 = reshape %2404 : f32[16] @ models/lib/vit.yaml:10:7
%2406 = mul %2405, %2405 : f32[16] @ models/lib/vit.yaml:10:7
%2407 = reduce_sum %2406 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:10:7
%2408 = sqrt %2407 : f32[] @ models/lib/vit.yaml:10:7
%2409 = cast %2408 : f64[] @ models/lib/vit.yaml:10:7
%2410 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:10:7
%2411 = add %2409, %2410 : f64[] @ models/lib/vit.yaml:10:7
%2412 = const data=[3] : f64[] @ models/lib/vit.yaml:10:7
%2413 = div %2412, %2411 : f64[] @ models/lib/vit.yaml:10:7
%2414 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%2415 = lt %2413, %2414 : bool[] @ models/lib/vit.yaml:10:7
%2416 = cast %2413 : f32[] @ models/lib/vit.yaml:10:7
%2417 = broadcast %2416 : f32[16] @ models/lib/vit.yaml:10:7
%2418 = mul %2404, %2417 : f32[16] @ models/lib/vit.yaml:10:7
%2419 = broadcast %2415 : bool[16] @ models/lib/vit.yaml:10:7
%2420 = select %2419, %2418, %2404 : f32[16] @ models/lib/vit.yaml:10:7
%2421 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%2422 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%2423 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%2424 = const data=[1] : i64[] @ models/lib/vit.yaml:10:7
%2425 = add %2423, %2424 : i64[] @ models/lib/vit.yaml:10:7
%2426 = const data=[0.09999999999999998] : f64[] @ models/lib/vit.yaml:10:7
%2427 = cast %2426 : f32[] @ models/lib/vit.yaml:10:7
%2428 = broadcast %2427 : f32[16] @ models/lib/vit.yaml:10:7
%2429 = mul %2420, %2428 : f32[16] @ models/lib/vit.yaml:10:7
%2430 = const data=[0.9] : f64[] @ models/lib/vit.yaml:10:7
%2431 = cast %2430 : f32[] @ models/lib/vit.yaml:10:7
%2432 = broadcast %2431 : f32[16] @ models/lib/vit.yaml:10:7
%2433 = mul %2421, %2432 : f32[16] @ models/lib/vit.yaml:10:7
%2434 = add %2433, %2429 : f32[16] @ models/lib/vit.yaml:10:7
%2435 = mul %2420, %2420 : f32[16] @ models/lib/vit.yaml:10:7
%2436 = const data=[0.0010000000000000009] : f64[] @ models/lib/vit.yaml:10:7
%2437 = cast %2436 : f32[] @ models/lib/vit.yaml:10:7
%2438 = broadcast %2437 : f32[16] @ models/lib/vit.yaml:10:7
%2439 = mul %2435, %2438 : f32[16] @ models/lib/vit.yaml:10:7
%2440 = const data=[0.999] : f64[] @ models/lib/vit.yaml:10:7
%2441 = cast %2440 : f32[] @ models/lib/vit.yaml:10:7
%2442 = broadcast %2441 : f32[16] @ models/lib/vit.yaml:10:7
%2443 = mul %2422, %2442 : f32[16] @ models/lib/vit.yaml:10:7
%2444 = add %2443, %2439 : f32[16] @ models/lib/vit.yaml:10:7
%2445 = cast %2425 : f64[] @ models/lib/vit.yaml:10:7
%2446 = const data=[0.9] : f64[] @ models/lib/vit.yaml:10:7
%2447 = pow %2446, %2445 : f64[] @ models/lib/vit.yaml:10:7
%2448 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%2449 = sub %2448, %2447 : f64[] @ models/lib/vit.yaml:10:7
%2450 = div %1211, %2449 : f64[] @ models/lib/vit.yaml:10:7
%2451 = cast %2425 : f64[] @ models/lib/vit.yaml:10:7
%2452 = const data=[0.999] : f64[] @ models/lib/vit.yaml:10:7
%2453 = pow %2452, %2451 : f64[] @ models/lib/vit.yaml:10:7
%2454 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%2455 = sub %2454, %2453 : f64[] @ models/lib/vit.yaml:10:7
%2456 = sqrt %2455 : f64[] @ models/lib/vit.yaml:10:7
%2457 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%2458 = div %2457, %2456 : f64[] @ models/lib/vit.yaml:10:7
%2459 = sqrt %2444 : f32[16] @ models/lib/vit.yaml:10:7
%2460 = cast %2458 : f32[] @ models/lib/vit.yaml:10:7
%2461 = broadcast %2460 : f32[16] @ models/lib/vit.yaml:10:7
%2462 = mul %2459, %2461 : f32[16] @ models/lib/vit.yaml:10:7
%2463 = const data=[1e-08] : f64[] @ models/lib/vit.yaml:10:7
%2464 = cast %2463 : f32[] @ models/lib/vit.yaml:10:7
%2465 = broadcast %2464 : f32[16] @ models/lib/vit.yaml:10:7
%2466 = add %2462, %2465 : f32[16] @ models/lib/vit.yaml:10:7
%2467 = div %2434, %2466 : f32[16] @ models/lib/vit.yaml:10:7
%2468 = cast %2450 : f32[] @ models/lib/vit.yaml:10:7
%2469 = broadcast %2468 : f32[16] @ models/lib/vit.yaml:10:7
%2470 = mul %2467, %2469 : f32[16] @ models/lib/vit.yaml:10:7
%2471 = sub %10, %2470 : f32[16] @ models/lib/vit.yaml:10:7
%2472 = assign %10, %2471 : f32[16] @ models/lib/vit.yaml:10:7
%2473 = assign %2421, %2434 : f32[16] @ models/lib/vit.yaml:10:7
%2474 = assign %2422, %2444 : f32[16] @ models/lib/vit.yaml:10:7
%2475 = assign %2423, %2425 : i64[] @ models/lib/vit.yaml:10:7
%2476 = cast %1213 : f32[] @ models/lib/vit.yaml:10:7
%2477 = broadcast %2476 : f32[16] @ models/lib/vit.yaml:10:7
%2478 = mul %48, %2477 : f32[16] @ models/lib/vit.yaml:10:7
%2479 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%2480 = sub %2479, %1213 : f64[] @ models/lib/vit.yaml:10:7
%2481 = cast %2480 : f32[] @ models/lib/vit.yaml:10:7
%2482 = broadcast %2481 : f32[16] @ models/lib/vit.yaml:10:7
%2483 = mul %2471, %2482 : f32[16] @ models/lib/vit.yaml:10:7
%2484 = add %2478, %2483 : f32[16] @ models/lib/vit.yaml:10:7
%2485 = assign %48, %2484 : f32[16] @ models/lib/vit.yaml:10:7
%2486 = all_reduce_sum %2104 : f32[16] @ models/lib/nn.yaml:89:7
%2487 = reshape %2486 : f32[16] @ models/lib/nn.yaml:89:7
%2488 = mul %2487, %2487 : f32[16] @ models/lib/nn.yaml:89:7
%2489 = reduce_sum %2488 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%2490 = sqrt %2489 : f32[] @ models/lib/nn.yaml:89:7
%2491 = cast %2490 : f64[] @ models/lib/nn.yaml:89:7
%2492 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%2493 = add %2491, %2492 : f64[] @ models/lib/nn.yaml:89:7
%2494 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%2495 = div %2494, %2493 : f64[] @ models/lib/nn.yaml:89:7
%2496 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%2497 = lt %2495, %2496 : bool[] @ models/lib/nn.yaml:89:7
%2498 = cast %2495 : f32[] @ models/lib/nn.yaml:89:7
%2499 = broadcast %2498 : f32[16] @ models/lib/nn.yaml:89:7
%2500 = mul %2486, %2499 : f32[16] @ models/lib/nn.yaml:89:7
%2501 = broadcast %2497 : bool[16] @ models/lib/nn.yaml:89:7
%2502 = select %2501, %2500, %2486 : f32[16] @ models/lib/nn.yaml:89:7
%2503 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%2504 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%2505 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%2506 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%2507 = add %2505, %2506 : i64[] @ models/lib/nn.yaml:89:7
%2508 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%2509 = cast %2508 : f32[] @ models/lib/nn.yaml:89:7
%2510 = broadcast %2509 : f32[16] @ models/lib/nn.yaml:89:7
%2511 = mul %2502, %2510 : f32[16] @ models/lib/nn.yaml:89:7
%2512 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%2513 = cast %2512 : f32[] @ models/lib/nn.yaml:89:7
%2514 = broadcast %2513 : f32[16] @ models/lib/nn.yaml:89:7
%2515 = mul %2503, %2514 : f32[16] @ models/lib/nn.yaml:89:7
%2516 = add %2515, %2511 : f32[16] @ models/lib/nn.yaml:89:7
%2517 = mul %2502, %2502 : f32[16] @ models/lib/nn.yaml:89:7
%2518 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%2519 = cast %2518 : f32[] @ models/lib/nn.yaml:89:7
%2520 = broadcast %2519 : f32[16] @ models/lib/nn.yaml:89:7
%2521 = mul %2517, %2520 : f32[16] @ models/lib/nn.yaml:89:7
%2522 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%2523 = cast %2522 : f32[] @ models/lib/nn.yaml:89:7
%2524 = broadcast %2523 : f32[16] @ models/lib/nn.yaml:89:7
%2525 = mul %2504, %2524 : f32[16] @ models/lib/nn.yaml:89:7
%2526 = add %2525, %2521 : f32[16] @ models/lib/nn.yaml:89:7
%2527 = cast %2507 : f64[] @ models/lib/nn.yaml:89:7
%2528 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%2529 = pow %2528, %2527 : f64[] @ models/lib/nn.yaml:89:7
%2530 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%2531 = sub %2530, %2529 : f64[] @ models/lib/nn.yaml:89:7
%2532 = div %1211, %2531 : f64[] @ models/lib/nn.yaml:89:7
%2533 = cast %2507 : f64[] @ models/lib/nn.yaml:89:7
%2534 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%2535 = pow %2534, %2533 : f64[] @ models/lib/nn.yaml:89:7
%2536 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%2537 = sub %2536, %2535 : f64[] @ models/lib/nn.yaml:89:7
%2538 = sqrt %2537 : f64[] @ models/lib/nn.yaml:89:7
%2539 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%2540 = div %2539, %2538 : f64[] @ models/lib/nn.yaml:89:7
%2541 = sqrt %2526 : f32[16] @ models/lib/nn.yaml:89:7
%2542 = cast %2540 : f32[] @ models/lib/nn.yaml:89:7
%2543 = broadcast %2542 : f32[16] @ models/lib/nn.yaml:89:7
%2544 = mul %2541, %2543 : f32[16] @ models/lib/nn.yaml:89:7
%2545 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%2546 = cast %2545 : f32[] @ models/lib/nn.yaml:89:7
%2547 = broadcast %2546 : f32[16] @ models/lib/nn.yaml:89:7
%2548 = add %2544, %2547 : f32[16] @ models/lib/nn.yaml:89:7
%2549 = div %2516, %2548 : f32[16] @ models/lib/nn.yaml:89:7
%2550 = cast %2532 : f32[] @ models/lib/nn.yaml:89:7
%2551 = broadcast %2550 : f32[16] @ models/lib/nn.yaml:89:7
%2552 = mul %2549, %2551 : f32[16] @ models/lib/nn.yaml:89:7
%2553 = sub %11, %2552 : f32[16] @ models/lib/nn.yaml:89:7
%2554 = assign %11, %2553 : f32[16] @ models/lib/nn.yaml:89:7
%2555 = assign %2503, %2516 : f32[16] @ models/lib/nn.yaml:89:7
%2556 = assign %2504, %2526 : f32[16] @ models/lib/nn.yaml:89:7
%2557 = assign %2505, %2507 : i64[] @ models/lib/nn.yaml:89:7
%2558 = cast %1213 : f32[] @ models/lib/nn.yaml:89:7
%2559 = broadcast %2558 : f32[16] @ models/lib/nn.yaml:89:7
%2560 = mul %49, %2559 : f32[16] @ models/lib/nn.yaml:89:7
%2561 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%2562 = sub %2561, %1213 : f64[] @ models/lib/nn.yaml:89:7
%2563 = cast %2562 : f32[] @ models/lib/nn.yaml:89:7
%2564 = broadcast %2563 : f32[16] @ models/lib/nn.yaml:89:7
%2565 = mul %2553, %2564 : f32[16] @ models/lib/nn.yaml:89:7
%2566 = add %2560, %2565 : f32[16] @ models/lib/nn.yaml:89:7
%2567 = assign %49, %2566 : f32[16] @ models/lib/nn.yaml:89:7
%2568 = all_reduce_sum %2099 : f32[16] @ models/lib/nn.yaml:90:7
%2569 = reshape %2568 : f32[16] @ models/lib/nn.yaml:90:7
%2570 = mul %2569, %2569 : f32[16] @ models/lib/nn.yaml:90:7
%2571 = reduce_sum %2570 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%2572 = sqrt %2571 : f32[] @ models/lib/nn.yaml:90:7
%2573 = cast %2572 : f64[] @ models/lib/nn.yaml:90:7
%2574 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%2575 = add %2573, %2574 : f64[] @ models/lib/nn.yaml:90:7
%2576 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%2577 = div %2576, %2575 : f64[] @ models/lib/nn.yaml:90:7
%2578 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%2579 = lt %2577, %2578 : bool[] @ models/lib/nn.yaml:90:7
%2580 = cast %2577 : f32[] @ models/lib/nn.yaml:90:7
%2581 = broadcast %2580 : f32[16] @ models/lib/nn.yaml:90:7
%2582 = mul %2568, %2581 : f32[16] @ models/lib/nn.yaml:90:7
%2583 = broadcast %2579 : bool[16] @ models/lib/nn.yaml:90:7
%2584 = select %2583, %2582, %2568 : f32[16] @ models/lib/nn.yaml:90:7
%2585 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%2586 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%2587 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%2588 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%2589 = add %2587, %2588 : i64[] @ models/lib/nn.yaml:90:7
%2590 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%2591 = cast %2590 : f32[] @ models/lib/nn.yaml:90:7
%2592 = broadcast %2591 : f32[16] @ models/lib/nn.yaml:90:7
%2593 = mul %2584, %2592 : f32[16] @ models/lib/nn.yaml:90:7
%2594 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%2595 = cast %2594 : f32[] @ models/lib/nn.yaml:90:7
%2596 = broadcast %2595 : f32[16] @ models/lib/nn.yaml:90:7
%2597 = mul %2585, %2596 : f32[16] @ models/lib/nn.yaml:90:7
%2598 = add %2597, %2593 : f32[16] @ models/lib/nn.yaml:90:7
%2599 = mul %2584, %2584 : f32[16] @ models/lib/nn.yaml:90:7
%2600 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%2601 = cast %2600 : f32[] @ models/lib/nn.yaml:90:7
%2602 = broadcast %2601 : f32[16] @ models/lib/nn.yaml:90:7
%2603 = mul %2599, %2602 : f32[16] @ models/lib/nn.yaml:90:7
%2604 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%2605 = cast %2604 : f32[] @ models/lib/nn.yaml:90:7
%2606 = broadcast %2605 : f32[16] @ models/lib/nn.yaml:90:7
%2607 = mul %2586, %2606 : f32[16] @ models/lib/nn.yaml:90:7
%2608 = add %2607, %2603 : f32[16] @ models/lib/nn.yaml:90:7
%2609 = cast %2589 : f64[] @ models/lib/nn.yaml:90:7
%2610 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%2611 = pow %2610, %2609 : f64[] @ models/lib/nn.yaml:90:7
%2612 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%2613 = sub %2612, %2611 : f64[] @ models/lib/nn.yaml:90:7
%2614 = div %1211, %2613 : f64[] @ models/lib/nn.yaml:90:7
%2615 = cast %2589 : f64[] @ models/lib/nn.yaml:90:7
%2616 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%2617 = pow %2616, %2615 : f64[] @ models/lib/nn.yaml:90:7
%2618 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%2619 = sub %2618, %2617 : f64[] @ models/lib/nn.yaml:90:7
%2620 = sqrt %2619 : f64[] @ models/lib/nn.yaml:90:7
%2621 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%2622 = div %2621, %2620 : f64[] @ models/lib/nn.yaml:90:7
%2623 = sqrt %2608 : f32[16] @ models/lib/nn.yaml:90:7
%2624 = cast %2622 : f32[] @ models/lib/nn.yaml:90:7
%2625 = broadcast %2624 : f32[16] @ models/lib/nn.yaml:90:7
%2626 = mul %2623, %2625 : f32[16] @ models/lib/nn.yaml:90:7
%2627 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%2628 = cast %2627 : f32[] @ models/lib/nn.yaml:90:7
%2629 = broadcast %2628 : f32[16] @ models/lib/nn.yaml:90:7
%2630 = add %2626, %2629 : f32[16] @ models/lib/nn.yaml:90:7
%2631 = div %2598, %2630 : f32[16] @ models/lib/nn.yaml:90:7
%2632 = cast %2614 : f32[] @ models/lib/nn.yaml:90:7
%2633 = broadcast %2632 : f32[16] @ models/lib/nn.yaml:90:7
%2634 = mul %2631, %2633 : f32[16] @ models/lib/nn.yaml:90:7
%2635 = sub %12, %2634 : f32[16] @ models/lib/nn.yaml:90:7
%2636 = assign %12, %2635 : f32[16] @ models/lib/nn.yaml:90:7
%2637 = assign %2585, %2598 : f32[16] @ models/lib/nn.yaml:90:7
%2638 = assign %2586, %2608 : f32[16] @ models/lib/nn.yaml:90:7
%2639 = assign %2587, %2589 : i64[] @ models/lib/nn.yaml:90:7
%2640 = cast %1213 : f32[] @ models/lib/nn.yaml:90:7
%2641 = broadcast %2640 : f32[16] @ models/lib/nn.yaml:90:7
%2642 = mul %50, %2641 : f32[16] @ models/lib/nn.yaml:90:7
%2643 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%2644 = sub %2643, %1213 : f64[] @ models/lib/nn.yaml:90:7
%2645 = cast %2644 : f32[] @ models/lib/nn.yaml:90:7
%2646 = broadcast %2645 : f32[16] @ models/lib/nn.yaml:90:7
%2647 = mul %2635, %2646 : f32[16] @ models/lib/nn.yaml:90:7
%2648 = add %2642, %2647 : f32[16] @ models/lib/nn.yaml:90:7
%2649 = assign %50, %2648 : f32[16] @ models/lib/nn.yaml:90:7
%2650 = all_reduce_sum %2096 : f32[48,16] @ models/lib/nn.yaml:79:7
%2651 = reshape %2650 : f32[768] @ models/lib/nn.yaml:79:7
%2652 = mul %2651, %2651 : f32[768] @ models/lib/nn.yaml:79:7
%2653 = reduce_sum %2652 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%2654 = sqrt %2653 : f32[] @ models/lib/nn.yaml:79:7
%2655 = cast %2654 : f64[] @ models/lib/nn.yaml:79:7
%2656 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%2657 = add %2655, %2656 : f64[] @ models/lib/nn.yaml:79:7
%2658 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%2659 = div %2658, %2657 : f64[] @ models/lib/nn.yaml:79:7
%2660 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%2661 = lt %2659, %2660 : bool[] @ models/lib/nn.yaml:79:7
%2662 = cast %2659 : f32[] @ models/lib/nn.yaml:79:7
%2663 = broadcast %2662 : f32[48,16] @ models/lib/nn.yaml:79:7
%2664 = mul %2650, %2663 : f32[48,16] @ models/lib/nn.yaml:79:7
%2665 = broadcast %2661 : bool[48,16] @ models/lib/nn.yaml:79:7
%2666 = select %2665, %2664, %2650 : f32[48,16] @ models/lib/nn.yaml:79:7
%2667 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%2668 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%2669 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%2670 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%2671 = add %2669, %2670 : i64[] @ models/lib/nn.yaml:79:7
%2672 = mul %1211, %1212 : f64[] @ models/lib/nn.yaml:79:7
%2673 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%2674 = sub %2673, %2672 : f64[] @ models/lib/nn.yaml:79:7
%2675 = cast %2674 : f32[] @ models/lib/nn.yaml:79:7
%2676 = broadcast %2675 : f32[48,16] @ models/lib/nn.yaml:79:7
%2677 = mul %13, %2676 : f32[48,16] @ models/lib/nn.yaml:79:7
%2678 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%2679 = cast %2678 : f32[] @ models/lib/nn.yaml:79:7
%2680 = broadcast %2679 : f32[48,16] @ models/lib/nn.yaml:79:7
%2681 = mul %2666, %2680 : f32[48,16] @ models/lib/nn.yaml:79:7
%2682 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%2683 = cast %2682 : f32[] @ models/lib/nn.yaml:79:7
%2684 = broadcast %2683 : f32[48,16] @ models/lib/nn.yaml:79:7
%2685 = mul %2667, %2684 : f32[48,16] @ models/lib/nn.yaml:79:7
%2686 = add %2685, %2681 : f32[48,16] @ models/lib/nn.yaml:79:7
%2687 = mul %2666, %2666 : f32[48,16] @ models/lib/nn.yaml:79:7
%2688 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%2689 = cast %2688 : f32[] @ models/lib/nn.yaml:79:7
%2690 = broadcast %2689 : f32[48,16] @ models/lib/nn.yaml:79:7
%2691 = mul %2687, %2690 : f32[48,16] @ models/lib/nn.yaml:79:7
%2692 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%2693 = cast %2692 : f32[] @ models/lib/nn.yaml:79:7
%2694 = broadcast %2693 : f32[48,16] @ models/lib/nn.yaml:79:7
%2695 = mul %2668, %2694 : f32[48,16] @ models/lib/nn.yaml:79:7
%2696 = add %2695, %2691 : f32[48,16] @ models/lib/nn.yaml:79:7
%2697 = cast %2671 : f64[] @ models/lib/nn.yaml:79:7
%2698 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%2699 = pow %2698, %2697 : f64[] @ models/lib/nn.yaml:79:7
%2700 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%2701 = sub %2700, %2699 : f64[] @ models/lib/nn.yaml:79:7
%2702 = div %1211, %2701 : f64[] @ models/lib/nn.yaml:79:7
%2703 = cast %2671 : f64[] @ models/lib/nn.yaml:79:7
%2704 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%2705 = pow %2704, %2703 : f64[] @ models/lib/nn.yaml:79:7
%2706 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%2707 = sub %2706, %2705 : f64[] @ models/lib/nn.yaml:79:7
%2708 = sqrt %2707 : f64[] @ models/lib/nn.yaml:79:7
%2709 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%2710 = div %2709, %2708 : f64[] @ models/lib/nn.yaml:79:7
%2711 = sqrt %2696 : f32[48,16] @ models/lib/nn.yaml:79:7
%2712 = cast %2710 : f32[] @ models/lib/nn.yaml:79:7
%2713 = broadcast %2712 : f32[48,16] @ models/lib/nn.yaml:79:7
%2714 = mul %2711, %2713 : f32[48,16] @ models/lib/nn.yaml:79:7
%2715 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%2716 = cast %2715 : f32[] @ models/lib/nn.yaml:79:7
%2717 = broadcast %2716 : f32[48,16] @ models/lib/nn.yaml:79:7
%2718 = add %2714, %2717 : f32[48,16] @ models/lib/nn.yaml:79:7
%2719 = div %2686, %2718 : f32[48,16] @ models/lib/nn.yaml:79:7
%2720 = cast %2702 : f32[] @ models/lib/nn.yaml:79:7
%2721 = broadcast %2720 : f32[48,16] @ models/lib/nn.yaml:79:7
%2722 = mul %2719, %2721 : f32[48,16] @ models/lib/nn.yaml:79:7
%2723 = sub %2677, %2722 : f32[48,16] @ models/lib/nn.yaml:79:7
%2724 = assign %13, %2723 : f32[48,16] @ models/lib/nn.yaml:79:7
%2725 = assign %2667, %2686 : f32[48,16] @ models/lib/nn.yaml:79:7
%2726 = assign %2668, %2696 : f32[48,16] @ models/lib/nn.yaml:79:7
%2727 = assign %2669, %2671 : i64[] @ models/lib/nn.yaml:79:7
%2728 = cast %1213 : f32[] @ models/lib/nn.yaml:79:7
%2729 = broadcast %2728 : f32[48,16] @ models/lib/nn.yaml:79:7
%2730 = mul %51, %2729 : f32[48,16] @ models/lib/nn.yaml:79:7
%2731 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%2732 = sub %2731, %1213 : f64[] @ models/lib/nn.yaml:79:7
%2733 = cast %2732 : f32[] @ models/lib/nn.yaml:79:7
%2734 = broadcast %2733 : f32[48,16] @ models/lib/nn.yaml:79:7
%2735 = mul %2723, %2734 : f32[48,16] @ models/lib/nn.yaml:79:7
%2736 = add %2730, %2735 : f32[48,16] @ models/lib/nn.yaml:79:7
%2737 = assign %51, %2736 : f32[48,16] @ models/lib/nn.yaml:79:7
%2738 = all_reduce_sum %2091 : f32[48] @ models/lib/nn.yaml:80:7
%2739 = reshape %2738 : f32[48] @ models/lib/nn.yaml:80:7
%2740 = mul %2739, %2739 : f32[48] @ models/lib/nn.yaml:80:7
%2741 = reduce_sum %2740 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%2742 = sqrt %2741 : f32[] @ models/lib/nn.yaml:80:7
%2743 = cast %2742 : f64[] @ models/lib/nn.yaml:80:7
%2744 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%2745 = add %2743, %2744 : f64[] @ models/lib/nn.yaml:80:7
%2746 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%2747 = div %2746, %2745 : f64[] @ models/lib/nn.yaml:80:7
%2748 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%2749 = lt %2747, %2748 : bool[] @ models/lib/nn.yaml:80:7
%2750 = cast %2747 : f32[] @ models/lib/nn.yaml:80:7
%2751 = broadcast %2750 : f32[48] @ models/lib/nn.yaml:80:7
%2752 = mul %2738, %2751 : f32[48] @ models/lib/nn.yaml:80:7
%2753 = broadcast %2749 : bool[48] @ models/lib/nn.yaml:80:7
%2754 = select %2753, %2752, %2738 : f32[48] @ models/lib/nn.yaml:80:7
%2755 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%2756 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%2757 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%2758 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%2759 = add %2757, %2758 : i64[] @ models/lib/nn.yaml:80:7
%2760 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%2761 = cast %2760 : f32[] @ models/lib/nn.yaml:80:7
%2762 = broadcast %2761 : f32[48] @ models/lib/nn.yaml:80:7
%2763 = mul %2754, %2762 : f32[48] @ models/lib/nn.yaml:80:7
%2764 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%2765 = cast %2764 : f32[] @ models/lib/nn.yaml:80:7
%2766 = broadcast %2765 : f32[48] @ models/lib/nn.yaml:80:7
%2767 = mul %2755, %2766 : f32[48] @ models/lib/nn.yaml:80:7
%2768 = add %2767, %2763 : f32[48] @ models/lib/nn.yaml:80:7
%2769 = mul %2754, %2754 : f32[48] @ models/lib/nn.yaml:80:7
%2770 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%2771 = cast %2770 : f32[] @ models/lib/nn.yaml:80:7
%2772 = broadcast %2771 : f32[48] @ models/lib/nn.yaml:80:7
%2773 = mul %2769, %2772 : f32[48] @ models/lib/nn.yaml:80:7
%2774 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%2775 = cast %2774 : f32[] @ models/lib/nn.yaml:80:7
%2776 = broadcast %2775 : f32[48] @ models/lib/nn.yaml:80:7
%2777 = mul %2756, %2776 : f32[48] @ models/lib/nn.yaml:80:7
%2778 = add %2777, %2773 : f32[48] @ models/lib/nn.yaml:80:7
%2779 = cast %2759 : f64[] @ models/lib/nn.yaml:80:7
%2780 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%2781 = pow %2780, %2779 : f64[] @ models/lib/nn.yaml:80:7
%2782 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%2783 = sub %2782, %2781 : f64[] @ models/lib/nn.yaml:80:7
%2784 = div %1211, %2783 : f64[] @ models/lib/nn.yaml:80:7
%2785 = cast %2759 : f64[] @ models/lib/nn.yaml:80:7
%2786 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%2787 = pow %2786, %2785 : f64[] @ models/lib/nn.yaml:80:7
%2788 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%2789 = sub %2788, %2787 : f64[] @ models/lib/nn.yaml:80:7
%2790 = sqrt %2789 : f64[] @ models/lib/nn.yaml:80:7
%2791 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%2792 = div %2791, %2790 : f64[] @ models/lib/nn.yaml:80:7
%2793 = sqrt %2778 : f32[48] @ models/lib/nn.yaml:80:7
%2794 = cast %2792 : f32[] @ models/lib/nn.yaml:80:7
%2795 = broadcast %2794 : f32[48] @ models/lib/nn.yaml:80:7
%2796 = mul %2793, %2795 : f32[48] @ models/lib/nn.yaml:80:7
%2797 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%2798 = cast %2797 : f32[] @ models/lib/nn.yaml:80:7
%2799 = broadcast %2798 : f32[48] @ models/lib/nn.yaml:80:7
%2800 = add %2796, %2799 : f32[48] @ models/lib/nn.yaml:80:7
%2801 = div %2768, %2800 : f32[48] @ models/lib/nn.yaml:80:7
%2802 = cast %2784 : f32[] @ models/lib/nn.yaml:80:7
%2803 = broadcast %2802 : f32[48] @ models/lib/nn.yaml:80:7
%2804 = mul %2801, %2803 : f32[48] @ models/lib/nn.yaml:80:7
%2805 = sub %14, %2804 : f32[48] @ models/lib/nn.yaml:80:7
%2806 = assign %14, %2805 : f32[48] @ models/lib/nn.yaml:80:7
%2807 = assign %2755, %2768 : f32[48] @ models/lib/nn.yaml:80:7
%2808 = assign %2756, %2778 : f32[48] @ models/lib/nn.yaml:80:7
%2809 = assign %2757, %2759 : i64[] @ models/lib/nn.yaml:80:7
%2810 = cast %1213 : f32[] @ models/lib/nn.yaml:80:7
%2811 = broadcast %2810 : f32[48] @ models/lib/nn.yaml:80:7
%2812 = mul %52, %2811 : f32[48] @ models/lib/nn.yaml:80:7
%2813 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%2814 = sub %2813, %1213 : f64[] @ models/lib/nn.yaml:80:7
%2815 = cast %2814 : f32[] @ models/lib/nn.yaml:80:7
%2816 = broadcast %2815 : f32[48] @ models/lib/nn.yaml:80:7
%2817 = mul %2805, %2816 : f32[48] @ models/lib/nn.yaml:80:7
%2818 = add %2812, %2817 : f32[48] @ models/lib/nn.yaml:80:7
%2819 = assign %52, %2818 : f32[48] @ models/lib/nn.yaml:80:7
%2820 = all_reduce_sum %2041 : f32[16,16] @ models/lib/nn.yaml:79:7
%2821 = reshape %2820 : f32[256] @ models/lib/nn.yaml:79:7
%2822 = mul %2821, %2821 : f32[256] @ models/lib/nn.yaml:79:7
%2823 = reduce_sum %2822 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%2824 = sqrt %2823 : f32[] @ models/lib/nn.yaml:79:7
%2825 = cast %2824 : f64[] @ models/lib/nn.yaml:79:7
%2826 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%2827 = add %2825, %2826 : f64[] @ models/lib/nn.yaml:79:7
%2828 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%2829 = div %2828, %2827 : f64[] @ models/lib/nn.yaml:79:7
%2830 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%2831 = lt %2829, %2830 : bool[] @ models/lib/nn.yaml:79:7
%2832 = cast %2829 : f32[] @ models/lib/nn.yaml:79:7
%2833 = broadcast %2832 : f32[16,16] @ models/lib/nn.yaml:79:7
%2834 = mul %2820, %2833 : f32[16,16] @ models/lib/nn.yaml:79:7
%2835 = broadcast %2831 : bool[16,16] @ models/lib/nn.yaml:79:7
%2836 = select %2835, %2834, %2820 : f32[16,16] @ models/lib/nn.yaml:79:7
%2837 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%2838 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%2839 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%2840 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%2841 = add %2839, %2840 : i64[] @ models/lib/nn.yaml:79:7
%2842 = mul %1211, %1212 : f64[] @ models/lib/nn.yaml:79:7
%2843 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%2844 = sub %2843, %2842 : f64[] @ models/lib/nn.yaml:79:7
%2845 = cast %2844 : f32[] @ models/lib/nn.yaml:79:7
%2846 = broadcast %2845 : f32[16,16] @ models/lib/nn.yaml:79:7
%2847 = mul %15, %2846 : f32[16,16] @ models/lib/nn.yaml:79:7
%2848 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%2849 = cast %2848 : f32[] @ models/lib/nn.yaml:79:7
%2850 = broadcast %2849 : f32[16,16] @ models/lib/nn.yaml:79:7
%2851 = mul %2836, %2850 : f32[16,16] @ models/lib/nn.yaml:79:7
%2852 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%2853 = cast %2852 : f32[] @ models/lib/nn.yaml:79:7
%2854 = broadcast %2853 : f32[16,16] @ models/lib/nn.yaml:79:7
%2855 = mul %2837, %2854 : f32[16,16] @ models/lib/nn.yaml:79:7
%2856 = add %2855, %2851 : f32[16,16] @ models/lib/nn.yaml:79:7
%2857 = mul %2836, %2836 : f32[16,16] @ models/lib/nn.yaml:79:7
%2858 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%2859 = cast %2858 : f32[] @ models/lib/nn.yaml:79:7
%2860 = broadcast %2859 : f32[16,16] @ models/lib/nn.yaml:79:7
%2861 = mul %2857, %2860 : f32[16,16] @ models/lib/nn.yaml:79:7
%2862 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%2863 = cast %2862 : f32[] @ models/lib/nn.yaml:79:7
%2864 = broadcast %2863 : f32[16,16] @ models/lib/nn.yaml:79:7
%2865 = mul %2838, %2864 : f32[16,16] @ models/lib/nn.yaml:79:7
%2866 = add %2865, %2861 : f32[16,16] @ models/lib/nn.yaml:79:7
%2867 = cast %2841 : f64[] @ models/lib/nn.yaml:79:7
%2868 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%2869 = pow %2868, %2867 : f64[] @ models/lib/nn.yaml:79:7
%2870 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%2871 = sub %2870, %2869 : f64[] @ models/lib/nn.yaml:79:7
%2872 = div %1211, %2871 : f64[] @ models/lib/nn.yaml:79:7
%2873 = cast %2841 : f64[] @ models/lib/nn.yaml:79:7
%2874 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%2875 = pow %2874, %2873 : f64[] @ models/lib/nn.yaml:79:7
%2876 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%2877 = sub %2876, %2875 : f64[] @ models/lib/nn.yaml:79:7
%2878 = sqrt %2877 : f64[] @ models/lib/nn.yaml:79:7
%2879 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%2880 = div %2879, %2878 : f64[] @ models/lib/nn.yaml:79:7
%2881 = sqrt %2866 : f32[16,16] @ models/lib/nn.yaml:79:7
%2882 = cast %2880 : f32[] @ models/lib/nn.yaml:79:7
%2883 = broadcast %2882 : f32[16,16] @ models/lib/nn.yaml:79:7
%2884 = mul %2881, %2883 : f32[16,16] @ models/lib/nn.yaml:79:7
%2885 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%2886 = cast %2885 : f32[] @ models/lib/nn.yaml:79:7
%2887 = broadcast %2886 : f32[16,16] @ models/lib/nn.yaml:79:7
%2888 = add %2884, %2887 : f32[16,16] @ models/lib/nn.yaml:79:7
%2889 = div %2856, %2888 : f32[16,16] @ models/lib/nn.yaml:79:7
%2890 = cast %2872 : f32[] @ models/lib/nn.yaml:79:7
%2891 = broadcast %2890 : f32[16,16] @ models/lib/nn.yaml:79:7
%2892 = mul %2889, %2891 : f32[16,16] @ models/lib/nn.yaml:79:7
%2893 = sub %2847, %2892 : f32[16,16] @ models/lib/nn.yaml:79:7
%2894 = assign %15, %2893 : f32[16,16] @ models/lib/nn.yaml:79:7
%2895 = assign %2837, %2856 : f32[16,16] @ models/lib/nn.yaml:79:7
%2896 = assign %2838, %2866 : f32[16,16] @ models/lib/nn.yaml:79:7
%2897 = assign %2839, %2841 : i64[] @ models/lib/nn.yaml:79:7
%2898 = cast %1213 : f32[] @ models/lib/nn.yaml:79:7
%2899 = broadcast %2898 : f32[16,16] @ models/lib/nn.yaml:79:7
%2900 = mul %53, %2899 : f32[16,16] @ models/lib/nn.yaml:79:7
%2901 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%2902 = sub %2901, %1213 : f64[] @ models/lib/nn.yaml:79:7
%2903 = cast %2902 : f32[] @ models/lib/nn.yaml:79:7
%2904 = broadcast %2903 : f32[16,16] @ models/lib/nn.yaml:79:7
%2905 = mul %2893, %2904 : f32[16,16] @ models/lib/nn.yaml:79:7
%2906 = add %2900, %2905 : f32[16,16] @ models/lib/nn.yaml:79:7
%2907 = assign %53, %2906 : f32[16,16] @ models/lib/nn.yaml:79:7
%2908 = all_reduce_sum %2036 : f32[16] @ models/lib/nn.yaml:80:7
%2909 = reshape %2908 : f32[16] @ models/lib/nn.yaml:80:7
%2910 = mul %2909, %2909 : f32[16] @ models/lib/nn.yaml:80:7
%2911 = reduce_sum %2910 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%2912 = sqrt %2911 : f32[] @ models/lib/nn.yaml:80:7
%2913 = cast %2912 : f64[] @ models/lib/nn.yaml:80:7
%2914 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%2915 = add %2913, %2914 : f64[] @ models/lib/nn.yaml:80:7
%2916 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%2917 = div %2916, %2915 : f64[] @ models/lib/nn.yaml:80:7
%2918 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%2919 = lt %2917, %2918 : bool[] @ models/lib/nn.yaml:80:7
%2920 = cast %2917 : f32[] @ models/lib/nn.yaml:80:7
%2921 = broadcast %2920 : f32[16] @ models/lib/nn.yaml:80:7
%2922 = mul %2908, %2921 : f32[16] @ models/lib/nn.yaml:80:7
%2923 = broadcast %2919 : bool[16] @ models/lib/nn.yaml:80:7
%2924 = select %2923, %2922, %2908 : f32[16] @ models/lib/nn.yaml:80:7
%2925 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%2926 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%2927 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%2928 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%2929 = add %2927, %2928 : i64[] @ models/lib/nn.yaml:80:7
%2930 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%2931 = cast %2930 : f32[] @ models/lib/nn.yaml:80:7
%2932 = broadcast %2931 : f32[16] @ models/lib/nn.yaml:80:7
%2933 = mul %2924, %2932 : f32[16] @ models/lib/nn.yaml:80:7
%2934 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%2935 = cast %2934 : f32[] @ models/lib/nn.yaml:80:7
%2936 = broadcast %2935 : f32[16] @ models/lib/nn.yaml:80:7
%2937 = mul %2925, %2936 : f32[16] @ models/lib/nn.yaml:80:7
%2938 = add %2937, %2933 : f32[16] @ models/lib/nn.yaml:80:7
%2939 = mul %2924, %2924 : f32[16] @ models/lib/nn.yaml:80:7
%2940 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%2941 = cast %2940 : f32[] @ models/lib/nn.yaml:80:7
%2942 = broadcast %2941 : f32[16] @ models/lib/nn.yaml:80:7
%2943 = mul %2939, %2942 : f32[16] @ models/lib/nn.yaml:80:7
%2944 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%2945 = cast %2944 : f32[] @ models/lib/nn.yaml:80:7
%2946 = broadcast %2945 : f32[16] @ models/lib/nn.yaml:80:7
%2947 = mul %2926, %2946 : f32[16] @ models/lib/nn.yaml:80:7
%2948 = add %2947, %2943 : f32[16] @ models/lib/nn.yaml:80:7
%2949 = cast %2929 : f64[] @ models/lib/nn.yaml:80:7
%2950 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%2951 = pow %2950, %2949 : f64[] @ models/lib/nn.yaml:80:7
%2952 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%2953 = sub %2952, %2951 : f64[] @ models/lib/nn.yaml:80:7
%2954 = div %1211, %2953 : f64[] @ models/lib/nn.yaml:80:7
%2955 = cast %2929 : f64[] @ models/lib/nn.yaml:80:7
%2956 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%2957 = pow %2956, %2955 : f64[] @ models/lib/nn.yaml:80:7
%2958 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%2959 = sub %2958, %2957 : f64[] @ models/lib/nn.yaml:80:7
%2960 = sqrt %2959 : f64[] @ models/lib/nn.yaml:80:7
%2961 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%2962 = div %2961, %2960 : f64[] @ models/lib/nn.yaml:80:7
%2963 = sqrt %2948 : f32[16] @ models/lib/nn.yaml:80:7
%2964 = cast %2962 : f32[] @ models/lib/nn.yaml:80:7
%2965 = broadcast %2964 : f32[16] @ models/lib/nn.yaml:80:7
%2966 = mul %2963, %2965 : f32[16] @ models/lib/nn.yaml:80:7
%2967 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%2968 = cast %2967 : f32[] @ models/lib/nn.yaml:80:7
%2969 = broadcast %2968 : f32[16] @ models/lib/nn.yaml:80:7
%2970 = add %2966, %2969 : f32[16] @ models/lib/nn.yaml:80:7
%2971 = div %2938, %2970 : f32[16] @ models/lib/nn.yaml:80:7
%2972 = cast %2954 : f32[] @ models/lib/nn.yaml:80:7
%2973 = broadcast %2972 : f32[16] @ models/lib/nn.yaml:80:7
%2974 = mul %2971, %2973 : f32[16] @ models/lib/nn.yaml:80:7
%2975 = sub %16, %2974 : f32[16] @ models/lib/nn.yaml:80:7
%2976 = assign %16, %2975 : f32[16] @ models/lib/nn.yaml:80:7
%2977 = assign %2925, %2938 : f32[16] @ models/lib/nn.yaml:80:7
%2978 = assign %2926, %2948 : f32[16] @ models/lib/nn.yaml:80:7
%2979 = assign %2927, %2929 : i64[] @ models/lib/nn.yaml:80:7
%2980 = cast %1213 : f32[] @ models/lib/nn.yaml:80:7
%2981 = broadcast %2980 : f32[16] @ models/lib/nn.yaml:80:7
%2982 = mul %54, %2981 : f32[16] @ models/lib/nn.yaml:80:7
%2983 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%2984 = sub %2983, %1213 : f64[] @ models/lib/nn.yaml:80:7
%2985 = cast %2984 : f32[] @ models/lib/nn.yaml:80:7
%2986 = broadcast %2985 : f32[16] @ models/lib/nn.yaml:80:7
%2987 = mul %2975, %2986 : f32[16] @ models/lib/nn.yaml:80:7
%2988 = add %2982, %2987 : f32[16] @ models/lib/nn.yaml:80:7
%2989 = assign %54, %2988 : f32[16] @ models/lib/nn.yaml:80:7
%2990 = all_reduce_sum %2012 : f32[16] @ models/lib/nn.yaml:89:7
%2991 = reshape %2990 : f32[16] @ models/lib/nn.yaml:89:7
%2992 = mul %2991, %2991 : f32[16] @ models/lib/nn.yaml:89:7
%2993 = reduce_sum %2992 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%2994 = sqrt %2993 : f32[] @ models/lib/nn.yaml:89:7
%2995 = cast %2994 : f64[] @ models/lib/nn.yaml:89:7
%2996 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%2997 = add %2995, %2996 : f64[] @ models/lib/nn.yaml:89:7
%2998 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%2999 = div %2998, %2997 : f64[] @ models/lib/nn.yaml:89:7
%3000 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3001 = lt %2999, %3000 : bool[] @ models/lib/nn.yaml:89:7
%3002 = cast %2999 : f32[] @ models/lib/nn.yaml:89:7
%3003 = broadcast %3002 : f32[16] @ models/lib/nn.yaml:89:7
%3004 = mul %2990, %3003 : f32[16] @ models/lib/nn.yaml:89:7
%3005 = broadcast %3001 : bool[16] @ models/lib/nn.yaml:89:7
%3006 = select %3005, %3004, %2990 : f32[16] @ models/lib/nn.yaml:89:7
%3007 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3008 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3009 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3010 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%3011 = add %3009, %3010 : i64[] @ models/lib/nn.yaml:89:7
%3012 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%3013 = cast %3012 : f32[] @ models/lib/nn.yaml:89:7
%3014 = broadcast %3013 : f32[16] @ models/lib/nn.yaml:89:7
%3015 = mul %3006, %3014 : f32[16] @ models/lib/nn.yaml:89:7
%3016 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%3017 = cast %3016 : f32[] @ models/lib/nn.yaml:89:7
%3018 = broadcast %3017 : f32[16] @ models/lib/nn.yaml:89:7
%3019 = mul %3007, %3018 : f32[16] @ models/lib/nn.yaml:89:7
%3020 = add %3019, %3015 : f32[16] @ models/lib/nn.yaml:89:7
%3021 = mul %3006, %3006 : f32[16] @ models/lib/nn.yaml:89:7
%3022 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%3023 = cast %3022 : f32[] @ models/lib/nn.yaml:89:7
%3024 = broadcast %3023 : f32[16] @ models/lib/nn.yaml:89:7
%3025 = mul %3021, %3024 : f32[16] @ models/lib/nn.yaml:89:7
%3026 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%3027 = cast %3026 : f32[] @ models/lib/nn.yaml:89:7
%3028 = broadcast %3027 : f32[16] @ models/lib/nn.yaml:89:7
%3029 = mul %3008, %3028 : f32[16] @ models/lib/nn.yaml:89:7
%3030 = add %3029, %3025 : f32[16] @ models/lib/nn.yaml:89:7
%3031 = cast %3011 : f64[] @ models/lib/nn.yaml:89:7
%3032 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%3033 = pow %3032, %3031 : f64[] @ models/lib/nn.yaml:89:7
%3034 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3035 = sub %3034, %3033 : f64[] @ models/lib/nn.yaml:89:7
%3036 = div %1211, %3035 : f64[] @ models/lib/nn.yaml:89:7
%3037 = cast %3011 : f64[] @ models/lib/nn.yaml:89:7
%3038 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%3039 = pow %3038, %3037 : f64[] @ models/lib/nn.yaml:89:7
%3040 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3041 = sub %3040, %3039 : f64[] @ models/lib/nn.yaml:89:7
%3042 = sqrt %3041 : f64[] @ models/lib/nn.yaml:89:7
%3043 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3044 = div %3043, %3042 : f64[] @ models/lib/nn.yaml:89:7
%3045 = sqrt %3030 : f32[16] @ models/lib/nn.yaml:89:7
%3046 = cast %3044 : f32[] @ models/lib/nn.yaml:89:7
%3047 = broadcast %3046 : f32[16] @ models/lib/nn.yaml:89:7
%3048 = mul %3045, %3047 : f32[16] @ models/lib/nn.yaml:89:7
%3049 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%3050 = cast %3049 : f32[] @ models/lib/nn.yaml:89:7
%3051 = broadcast %3050 : f32[16] @ models/lib/nn.yaml:89:7
%3052 = add %3048, %3051 : f32[16] @ models/lib/nn.yaml:89:7
%3053 = div %3020, %3052 : f32[16] @ models/lib/nn.yaml:89:7
%3054 = cast %3036 : f32[] @ models/lib/nn.yaml:89:7
%3055 = broadcast %3054 : f32[16] @ models/lib/nn.yaml:89:7
%3056 = mul %3053, %3055 : f32[16] @ models/lib/nn.yaml:89:7
%3057 = sub %17, %3056 : f32[16] @ models/lib/nn.yaml:89:7
%3058 = assign %17, %3057 : f32[16] @ models/lib/nn.yaml:89:7
%3059 = assign %3007, %3020 : f32[16] @ models/lib/nn.yaml:89:7
%3060 = assign %3008, %3030 : f32[16] @ models/lib/nn.yaml:89:7
%3061 = assign %3009, %3011 : i64[] @ models/lib/nn.yaml:89:7
%3062 = cast %1213 : f32[] @ models/lib/nn.yaml:89:7
%3063 = broadcast %3062 : f32[16] @ models/lib/nn.yaml:89:7
%3064 = mul %55, %3063 : f32[16] @ models/lib/nn.yaml:89:7
%3065 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3066 = sub %3065, %1213 : f64[] @ models/lib/nn.yaml:89:7
%3067 = cast %3066 : f32[] @ models/lib/nn.yaml:89:7
%3068 = broadcast %3067 : f32[16] @ models/lib/nn.yaml:89:7
%3069 = mul %3057, %3068 : f32[16] @ models/lib/nn.yaml:89:7
%3070 = add %3064, %3069 : f32[16] @ models/lib/nn.yaml:89:7
%3071 = assign %55, %3070 : f32[16] @ models/lib/nn.yaml:89:7
%3072 = all_reduce_sum %2007 : f32[16] @ models/lib/nn.yaml:90:7
%3073 = reshape %3072 : f32[16] @ models/lib/nn.yaml:90:7
%3074 = mul %3073, %3073 : f32[16] @ models/lib/nn.yaml:90:7
%3075 = reduce_sum %3074 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%3076 = sqrt %3075 : f32[] @ models/lib/nn.yaml:90:7
%3077 = cast %3076 : f64[] @ models/lib/nn.yaml:90:7
%3078 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%3079 = add %3077, %3078 : f64[] @ models/lib/nn.yaml:90:7
%3080 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%3081 = div %3080, %3079 : f64[] @ models/lib/nn.yaml:90:7
%3082 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3083 = lt %3081, %3082 : bool[] @ models/lib/nn.yaml:90:7
%3084 = cast %3081 : f32[] @ models/lib/nn.yaml:90:7
%3085 = broadcast %3084 : f32[16] @ models/lib/nn.yaml:90:7
%3086 = mul %3072, %3085 : f32[16] @ models/lib/nn.yaml:90:7
%3087 = broadcast %3083 : bool[16] @ models/lib/nn.yaml:90:7
%3088 = select %3087, %3086, %3072 : f32[16] @ models/lib/nn.yaml:90:7
%3089 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3090 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3091 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3092 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%3093 = add %3091, %3092 : i64[] @ models/lib/nn.yaml:90:7
%3094 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%3095 = cast %3094 : f32[] @ models/lib/nn.yaml:90:7
%3096 = broadcast %3095 : f32[16] @ models/lib/nn.yaml:90:7
%3097 = mul %3088, %3096 : f32[16] @ models/lib/nn.yaml:90:7
%3098 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%3099 = cast %3098 : f32[] @ models/lib/nn.yaml:90:7
%3100 = broadcast %3099 : f32[16] @ models/lib/nn.yaml:90:7
%3101 = mul %3089, %3100 : f32[16] @ models/lib/nn.yaml:90:7
%3102 = add %3101, %3097 : f32[16] @ models/lib/nn.yaml:90:7
%3103 = mul %3088, %3088 : f32[16] @ models/lib/nn.yaml:90:7
%3104 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%3105 = cast %3104 : f32[] @ models/lib/nn.yaml:90:7
%3106 = broadcast %3105 : f32[16] @ models/lib/nn.yaml:90:7
%3107 = mul %3103, %3106 : f32[16] @ models/lib/nn.yaml:90:7
%3108 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%3109 = cast %3108 : f32[] @ models/lib/nn.yaml:90:7
%3110 = broadcast %3109 : f32[16] @ models/lib/nn.yaml:90:7
%3111 = mul %3090, %3110 : f32[16] @ models/lib/nn.yaml:90:7
%3112 = add %3111, %3107 : f32[16] @ models/lib/nn.yaml:90:7
%3113 = cast %3093 : f64[] @ models/lib/nn.yaml:90:7
%3114 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%3115 = pow %3114, %3113 : f64[] @ models/lib/nn.yaml:90:7
%3116 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3117 = sub %3116, %3115 : f64[] @ models/lib/nn.yaml:90:7
%3118 = div %1211, %3117 : f64[] @ models/lib/nn.yaml:90:7
%3119 = cast %3093 : f64[] @ models/lib/nn.yaml:90:7
%3120 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%3121 = pow %3120, %3119 : f64[] @ models/lib/nn.yaml:90:7
%3122 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3123 = sub %3122, %3121 : f64[] @ models/lib/nn.yaml:90:7
%3124 = sqrt %3123 : f64[] @ models/lib/nn.yaml:90:7
%3125 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3126 = div %3125, %3124 : f64[] @ models/lib/nn.yaml:90:7
%3127 = sqrt %3112 : f32[16] @ models/lib/nn.yaml:90:7
%3128 = cast %3126 : f32[] @ models/lib/nn.yaml:90:7
%3129 = broadcast %3128 : f32[16] @ models/lib/nn.yaml:90:7
%3130 = mul %3127, %3129 : f32[16] @ models/lib/nn.yaml:90:7
%3131 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%3132 = cast %3131 : f32[] @ models/lib/nn.yaml:90:7
%3133 = broadcast %3132 : f32[16] @ models/lib/nn.yaml:90:7
%3134 = add %3130, %3133 : f32[16] @ models/lib/nn.yaml:90:7
%3135 = div %3102, %3134 : f32[16] @ models/lib/nn.yaml:90:7
%3136 = cast %3118 : f32[] @ models/lib/nn.yaml:90:7
%3137 = broadcast %3136 : f32[16] @ models/lib/nn.yaml:90:7
%3138 = mul %3135, %3137 : f32[16] @ models/lib/nn.yaml:90:7
%3139 = sub %18, %3138 : f32[16] @ models/lib/nn.yaml:90:7
%3140 = assign %18, %3139 : f32[16] @ models/lib/nn.yaml:90:7
%3141 = assign %3089, %3102 : f32[16] @ models/lib/nn.yaml:90:7
%3142 = assign %3090, %3112 : f32[16] @ models/lib/nn.yaml:90:7
%3143 = assign %3091, %3093 : i64[] @ models/lib/nn.yaml:90:7
%3144 = cast %1213 : f32[] @ models/lib/nn.yaml:90:7
%3145 = broadcast %3144 : f32[16] @ models/lib/nn.yaml:90:7
%3146 = mul %56, %3145 : f32[16] @ models/lib/nn.yaml:90:7
%3147 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3148 = sub %3147, %1213 : f64[] @ models/lib/nn.yaml:90:7
%3149 = cast %3148 : f32[] @ models/lib/nn.yaml:90:7
%3150 = broadcast %3149 : f32[16] @ models/lib/nn.yaml:90:7
%3151 = mul %3139, %3150 : f32[16] @ models/lib/nn.yaml:90:7
%3152 = add %3146, %3151 : f32[16] @ models/lib/nn.yaml:90:7
%3153 = assign %56, %3152 : f32[16] @ models/lib/nn.yaml:90:7
%3154 = all_reduce_sum %2004 : f32[64,16] @ models/lib/nn.yaml:79:7
%3155 = reshape %3154 : f32[1024] @ models/lib/nn.yaml:79:7
%3156 = mul %3155, %3155 : f32[1024] @ models/lib/nn.yaml:79:7
%3157 = reduce_sum %3156 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3158 = sqrt %3157 : f32[] @ models/lib/nn.yaml:79:7
%3159 = cast %3158 : f64[] @ models/lib/nn.yaml:79:7
%3160 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%3161 = add %3159, %3160 : f64[] @ models/lib/nn.yaml:79:7
%3162 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%3163 = div %3162, %3161 : f64[] @ models/lib/nn.yaml:79:7
%3164 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3165 = lt %3163, %3164 : bool[] @ models/lib/nn.yaml:79:7
%3166 = cast %3163 : f32[] @ models/lib/nn.yaml:79:7
%3167 = broadcast %3166 : f32[64,16] @ models/lib/nn.yaml:79:7
%3168 = mul %3154, %3167 : f32[64,16] @ models/lib/nn.yaml:79:7
%3169 = broadcast %3165 : bool[64,16] @ models/lib/nn.yaml:79:7
%3170 = select %3169, %3168, %3154 : f32[64,16] @ models/lib/nn.yaml:79:7
%3171 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%3172 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%3173 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3174 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%3175 = add %3173, %3174 : i64[] @ models/lib/nn.yaml:79:7
%3176 = mul %1211, %1212 : f64[] @ models/lib/nn.yaml:79:7
%3177 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3178 = sub %3177, %3176 : f64[] @ models/lib/nn.yaml:79:7
%3179 = cast %3178 : f32[] @ models/lib/nn.yaml:79:7
%3180 = broadcast %3179 : f32[64,16] @ models/lib/nn.yaml:79:7
%3181 = mul %19, %3180 : f32[64,16] @ models/lib/nn.yaml:79:7
%3182 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%3183 = cast %3182 : f32[] @ models/lib/nn.yaml:79:7
%3184 = broadcast %3183 : f32[64,16] @ models/lib/nn.yaml:79:7
%3185 = mul %3170, %3184 : f32[64,16] @ models/lib/nn.yaml:79:7
%3186 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%3187 = cast %3186 : f32[] @ models/lib/nn.yaml:79:7
%3188 = broadcast %3187 : f32[64,16] @ models/lib/nn.yaml:79:7
%3189 = mul %3171, %3188 : f32[64,16] @ models/lib/nn.yaml:79:7
%3190 = add %3189, %3185 : f32[64,16] @ models/lib/nn.yaml:79:7
%3191 = mul %3170, %3170 : f32[64,16] @ models/lib/nn.yaml:79:7
%3192 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%3193 = cast %3192 : f32[] @ models/lib/nn.yaml:79:7
%3194 = broadcast %3193 : f32[64,16] @ models/lib/nn.yaml:79:7
%3195 = mul %3191, %3194 : f32[64,16] @ models/lib/nn.yaml:79:7
%3196 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%3197 = cast %3196 : f32[] @ models/lib/nn.yaml:79:7
%3198 = broadcast %3197 : f32[64,16] @ models/lib/nn.yaml:79:7
%3199 = mul %3172, %3198 : f32[64,16] @ models/lib/nn.yaml:79:7
%3200 = add %3199, %3195 : f32[64,16] @ models/lib/nn.yaml:79:7
%3201 = cast %3175 : f64[] @ models/lib/nn.yaml:79:7
%3202 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%3203 = pow %3202, %3201 : f64[] @ models/lib/nn.yaml:79:7
%3204 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3205 = sub %3204, %3203 : f64[] @ models/lib/nn.yaml:79:7
%3206 = div %1211, %3205 : f64[] @ models/lib/nn.yaml:79:7
%3207 = cast %3175 : f64[] @ models/lib/nn.yaml:79:7
%3208 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%3209 = pow %3208, %3207 : f64[] @ models/lib/nn.yaml:79:7
%3210 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3211 = sub %3210, %3209 : f64[] @ models/lib/nn.yaml:79:7
%3212 = sqrt %3211 : f64[] @ models/lib/nn.yaml:79:7
%3213 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3214 = div %3213, %3212 : f64[] @ models/lib/nn.yaml:79:7
%3215 = sqrt %3200 : f32[64,16] @ models/lib/nn.yaml:79:7
%3216 = cast %3214 : f32[] @ models/lib/nn.yaml:79:7
%3217 = broadcast %3216 : f32[64,16] @ models/lib/nn.yaml:79:7
%3218 = mul %3215, %3217 : f32[64,16] @ models/lib/nn.yaml:79:7
%3219 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%3220 = cast %3219 : f32[] @ models/lib/nn.yaml:79:7
%3221 = broadcast %3220 : f32[64,16] @ models/lib/nn.yaml:79:7
%3222 = add %3218, %3221 : f32[64,16] @ models/lib/nn.yaml:79:7
%3223 = div %3190, %3222 : f32[64,16] @ models/lib/nn.yaml:79:7
%3224 = cast %3206 : f32[] @ models/lib/nn.yaml:79:7
%3225 = broadcast %3224 : f32[64,16] @ models/lib/nn.yaml:79:7
%3226 = mul %3223, %3225 : f32[64,16] @ models/lib/nn.yaml:79:7
%3227 = sub %3181, %3226 : f32[64,16] @ models/lib/nn.yaml:79:7
%3228 = assign %19, %3227 : f32[64,16] @ models/lib/nn.yaml:79:7
%3229 = assign %3171, %3190 : f32[64,16] @ models/lib/nn.yaml:79:7
%3230 = assign %3172, %3200 : f32[64,16] @ models/lib/nn.yaml:79:7
%3231 = assign %3173, %3175 : i64[] @ models/lib/nn.yaml:79:7
%3232 = cast %1213 : f32[] @ models/lib/nn.yaml:79:7
%3233 = broadcast %3232 : f32[64,16] @ models/lib/nn.yaml:79:7
%3234 = mul %57, %3233 : f32[64,16] @ models/lib/nn.yaml:79:7
%3235 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3236 = sub %3235, %1213 : f64[] @ models/lib/nn.yaml:79:7
%3237 = cast %3236 : f32[] @ models/lib/nn.yaml:79:7
%3238 = broadcast %3237 : f32[64,16] @ models/lib/nn.yaml:79:7
%3239 = mul %3227, %3238 : f32[64,16] @ models/lib/nn.yaml:79:7
%3240 = add %3234, %3239 : f32[64,16] @ models/lib/nn.yaml:79:7
%3241 = assign %57, %3240 : f32[64,16] @ models/lib/nn.yaml:79:7
%3242 = all_reduce_sum %1999 : f32[64] @ models/lib/nn.yaml:80:7
%3243 = reshape %3242 : f32[64] @ models/lib/nn.yaml:80:7
%3244 = mul %3243, %3243 : f32[64] @ models/lib/nn.yaml:80:7
%3245 = reduce_sum %3244 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3246 = sqrt %3245 : f32[] @ models/lib/nn.yaml:80:7
%3247 = cast %3246 : f64[] @ models/lib/nn.yaml:80:7
%3248 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%3249 = add %3247, %3248 : f64[] @ models/lib/nn.yaml:80:7
%3250 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%3251 = div %3250, %3249 : f64[] @ models/lib/nn.yaml:80:7
%3252 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3253 = lt %3251, %3252 : bool[] @ models/lib/nn.yaml:80:7
%3254 = cast %3251 : f32[] @ models/lib/nn.yaml:80:7
%3255 = broadcast %3254 : f32[64] @ models/lib/nn.yaml:80:7
%3256 = mul %3242, %3255 : f32[64] @ models/lib/nn.yaml:80:7
%3257 = broadcast %3253 : bool[64] @ models/lib/nn.yaml:80:7
%3258 = select %3257, %3256, %3242 : f32[64] @ models/lib/nn.yaml:80:7
%3259 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%3260 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%3261 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3262 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%3263 = add %3261, %3262 : i64[] @ models/lib/nn.yaml:80:7
%3264 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%3265 = cast %3264 : f32[] @ models/lib/nn.yaml:80:7
%3266 = broadcast %3265 : f32[64] @ models/lib/nn.yaml:80:7
%3267 = mul %3258, %3266 : f32[64] @ models/lib/nn.yaml:80:7
%3268 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%3269 = cast %3268 : f32[] @ models/lib/nn.yaml:80:7
%3270 = broadcast %3269 : f32[64] @ models/lib/nn.yaml:80:7
%3271 = mul %3259, %3270 : f32[64] @ models/lib/nn.yaml:80:7
%3272 = add %3271, %3267 : f32[64] @ models/lib/nn.yaml:80:7
%3273 = mul %3258, %3258 : f32[64] @ models/lib/nn.yaml:80:7
%3274 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%3275 = cast %3274 : f32[] @ models/lib/nn.yaml:80:7
%3276 = broadcast %3275 : f32[64] @ models/lib/nn.yaml:80:7
%3277 = mul %3273, %3276 : f32[64] @ models/lib/nn.yaml:80:7
%3278 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%3279 = cast %3278 : f32[] @ models/lib/nn.yaml:80:7
%3280 = broadcast %3279 : f32[64] @ models/lib/nn.yaml:80:7
%3281 = mul %3260, %3280 : f32[64] @ models/lib/nn.yaml:80:7
%3282 = add %3281, %3277 : f32[64] @ models/lib/nn.yaml:80:7
%3283 = cast %3263 : f64[] @ models/lib/nn.yaml:80:7
%3284 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%3285 = pow %3284, %3283 : f64[] @ models/lib/nn.yaml:80:7
%3286 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3287 = sub %3286, %3285 : f64[] @ models/lib/nn.yaml:80:7
%3288 = div %1211, %3287 : f64[] @ models/lib/nn.yaml:80:7
%3289 = cast %3263 : f64[] @ models/lib/nn.yaml:80:7
%3290 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%3291 = pow %3290, %3289 : f64[] @ models/lib/nn.yaml:80:7
%3292 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3293 = sub %3292, %3291 : f64[] @ models/lib/nn.yaml:80:7
%3294 = sqrt %3293 : f64[] @ models/lib/nn.yaml:80:7
%3295 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3296 = div %3295, %3294 : f64[] @ models/lib/nn.yaml:80:7
%3297 = sqrt %3282 : f32[64] @ models/lib/nn.yaml:80:7
%3298 = cast %3296 : f32[] @ models/lib/nn.yaml:80:7
%3299 = broadcast %3298 : f32[64] @ models/lib/nn.yaml:80:7
%3300 = mul %3297, %3299 : f32[64] @ models/lib/nn.yaml:80:7
%3301 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%3302 = cast %3301 : f32[] @ models/lib/nn.yaml:80:7
%3303 = broadcast %3302 : f32[64] @ models/lib/nn.yaml:80:7
%3304 = add %3300, %3303 : f32[64] @ models/lib/nn.yaml:80:7
%3305 = div %3272, %3304 : f32[64] @ models/lib/nn.yaml:80:7
%3306 = cast %3288 : f32[] @ models/lib/nn.yaml:80:7
%3307 = broadcast %3306 : f32[64] @ models/lib/nn.yaml:80:7
%3308 = mul %3305, %3307 : f32[64] @ models/lib/nn.yaml:80:7
%3309 = sub %20, %3308 : f32[64] @ models/lib/nn.yaml:80:7
%3310 = assign %20, %3309 : f32[64] @ models/lib/nn.yaml:80:7
%3311 = assign %3259, %3272 : f32[64] @ models/lib/nn.yaml:80:7
%3312 = assign %3260, %3282 : f32[64] @ models/lib/nn.yaml:80:7
%3313 = assign %3261, %3263 : i64[] @ models/lib/nn.yaml:80:7
%3314 = cast %1213 : f32[] @ models/lib/nn.yaml:80:7
%3315 = broadcast %3314 : f32[64] @ models/lib/nn.yaml:80:7
%3316 = mul %58, %3315 : f32[64] @ models/lib/nn.yaml:80:7
%3317 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3318 = sub %3317, %1213 : f64[] @ models/lib/nn.yaml:80:7
%3319 = cast %3318 : f32[] @ models/lib/nn.yaml:80:7
%3320 = broadcast %3319 : f32[64] @ models/lib/nn.yaml:80:7
%3321 = mul %3309, %3320 : f32[64] @ models/lib/nn.yaml:80:7
%3322 = add %3316, %3321 : f32[64] @ models/lib/nn.yaml:80:7
%3323 = assign %58, %3322 : f32[64] @ models/lib/nn.yaml:80:7
%3324 = all_reduce_sum %1984 : f32[16,64] @ models/lib/nn.yaml:79:7
%3325 = reshape %3324 : f32[1024] @ models/lib/nn.yaml:79:7
%3326 = mul %3325, %3325 : f32[1024] @ models/lib/nn.yaml:79:7
%3327 = reduce_sum %3326 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3328 = sqrt %3327 : f32[] @ models/lib/nn.yaml:79:7
%3329 = cast %3328 : f64[] @ models/lib/nn.yaml:79:7
%3330 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%3331 = add %3329, %3330 : f64[] @ models/lib/nn.yaml:79:7
%3332 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%3333 = div %3332, %3331 : f64[] @ models/lib/nn.yaml:79:7
%3334 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3335 = lt %3333, %3334 : bool[] @ models/lib/nn.yaml:79:7
%3336 = cast %3333 : f32[] @ models/lib/nn.yaml:79:7
%3337 = broadcast %3336 : f32[16,64] @ models/lib/nn.yaml:79:7
%3338 = mul %3324, %3337 : f32[16,64] @ models/lib/nn.yaml:79:7
%3339 = broadcast %3335 : bool[16,64] @ models/lib/nn.yaml:79:7
%3340 = select %3339, %3338, %3324 : f32[16,64] @ models/lib/nn.yaml:79:7
%3341 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%3342 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%3343 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3344 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%3345 = add %3343, %3344 : i64[] @ models/lib/nn.yaml:79:7
%3346 = mul %1211, %1212 : f64[] @ models/lib/nn.yaml:79:7
%3347 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3348 = sub %3347, %3346 : f64[] @ models/lib/nn.yaml:79:7
%3349 = cast %3348 : f32[] @ models/lib/nn.yaml:79:7
%3350 = broadcast %3349 : f32[16,64] @ models/lib/nn.yaml:79:7
%3351 = mul %21, %3350 : f32[16,64] @ models/lib/nn.yaml:79:7
%3352 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%3353 = cast %3352 : f32[] @ models/lib/nn.yaml:79:7
%3354 = broadcast %3353 : f32[16,64] @ models/lib/nn.yaml:79:7
%3355 = mul %3340, %3354 : f32[16,64] @ models/lib/nn.yaml:79:7
%3356 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%3357 = cast %3356 : f32[] @ models/lib/nn.yaml:79:7
%3358 = broadcast %3357 : f32[16,64] @ models/lib/nn.yaml:79:7
%3359 = mul %3341, %3358 : f32[16,64] @ models/lib/nn.yaml:79:7
%3360 = add %3359, %3355 : f32[16,64] @ models/lib/nn.yaml:79:7
%3361 = mul %3340, %3340 : f32[16,64] @ models/lib/nn.yaml:79:7
%3362 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%3363 = cast %3362 : f32[] @ models/lib/nn.yaml:79:7
%3364 = broadcast %3363 : f32[16,64] @ models/lib/nn.yaml:79:7
%3365 = mul %3361, %3364 : f32[16,64] @ models/lib/nn.yaml:79:7
%3366 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%3367 = cast %3366 : f32[] @ models/lib/nn.yaml:79:7
%3368 = broadcast %3367 : f32[16,64] @ models/lib/nn.yaml:79:7
%3369 = mul %3342, %3368 : f32[16,64] @ models/lib/nn.yaml:79:7
%3370 = add %3369, %3365 : f32[16,64] @ models/lib/nn.yaml:79:7
%3371 = cast %3345 : f64[] @ models/lib/nn.yaml:79:7
%3372 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%3373 = pow %3372, %3371 : f64[] @ models/lib/nn.yaml:79:7
%3374 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3375 = sub %3374, %3373 : f64[] @ models/lib/nn.yaml:79:7
%3376 = div %1211, %3375 : f64[] @ models/lib/nn.yaml:79:7
%3377 = cast %3345 : f64[] @ models/lib/nn.yaml:79:7
%3378 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%3379 = pow %3378, %3377 : f64[] @ models/lib/nn.yaml:79:7
%3380 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3381 = sub %3380, %3379 : f64[] @ models/lib/nn.yaml:79:7
%3382 = sqrt %3381 : f64[] @ models/lib/nn.yaml:79:7
%3383 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3384 = div %3383, %3382 : f64[] @ models/lib/nn.yaml:79:7
%3385 = sqrt %3370 : f32[16,64] @ models/lib/nn.yaml:79:7
%3386 = cast %3384 : f32[] @ models/lib/nn.yaml:79:7
%3387 = broadcast %3386 : f32[16,64] @ models/lib/nn.yaml:79:7
%3388 = mul %3385, %3387 : f32[16,64] @ models/lib/nn.yaml:79:7
%3389 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%3390 = cast %3389 : f32[] @ models/lib/nn.yaml:79:7
%3391 = broadcast %3390 : f32[16,64] @ models/lib/nn.yaml:79:7
%3392 = add %3388, %3391 : f32[16,64] @ models/lib/nn.yaml:79:7
%3393 = div %3360, %3392 : f32[16,64] @ models/lib/nn.yaml:79:7
%3394 = cast %3376 : f32[] @ models/lib/nn.yaml:79:7
%3395 = broadcast %3394 : f32[16,64] @ models/lib/nn.yaml:79:7
%3396 = mul %3393, %3395 : f32[16,64] @ models/lib/nn.yaml:79:7
%3397 = sub %3351, %3396 : f32[16,64] @ models/lib/nn.yaml:79:7
%3398 = assign %21, %3397 : f32[16,64] @ models/lib/nn.yaml:79:7
%3399 = assign %3341, %3360 : f32[16,64] @ models/lib/nn.yaml:79:7
%3400 = assign %3342, %3370 : f32[16,64] @ models/lib/nn.yaml:79:7
%3401 = assign %3343, %3345 : i64[] @ models/lib/nn.yaml:79:7
%3402 = cast %1213 : f32[] @ models/lib/nn.yaml:79:7
%3403 = broadcast %3402 : f32[16,64] @ models/lib/nn.yaml:79:7
%3404 = mul %59, %3403 : f32[16,64] @ models/lib/nn.yaml:79:7
%3405 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3406 = sub %3405, %1213 : f64[] @ models/lib/nn.yaml:79:7
%3407 = cast %3406 : f32[] @ models/lib/nn.yaml:79:7
%3408 = broadcast %3407 : f32[16,64] @ models/lib/nn.yaml:79:7
%3409 = mul %3397, %3408 : f32[16,64] @ models/lib/nn.yaml:79:7
%3410 = add %3404, %3409 : f32[16,64] @ models/lib/nn.yaml:79:7
%3411 = assign %59, %3410 : f32[16,64] @ models/lib/nn.yaml:79:7
%3412 = all_reduce_sum %1979 : f32[16] @ models/lib/nn.yaml:80:7
%3413 = reshape %3412 : f32[16] @ models/lib/nn.yaml:80:7
%3414 = mul %3413, %3413 : f32[16] @ models/lib/nn.yaml:80:7
%3415 = reduce_sum %3414 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3416 = sqrt %3415 : f32[] @ models/lib/nn.yaml:80:7
%3417 = cast %3416 : f64[] @ models/lib/nn.yaml:80:7
%3418 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%3419 = add %3417, %3418 : f64[] @ models/lib/nn.yaml:80:7
%3420 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%3421 = div %3420, %3419 : f64[] @ models/lib/nn.yaml:80:7
%3422 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3423 = lt %3421, %3422 : bool[] @ models/lib/nn.yaml:80:7
%3424 = cast %3421 : f32[] @ models/lib/nn.yaml:80:7
%3425 = broadcast %3424 : f32[16] @ models/lib/nn.yaml:80:7
%3426 = mul %3412, %3425 : f32[16] @ models/lib/nn.yaml:80:7
%3427 = broadcast %3423 : bool[16] @ models/lib/nn.yaml:80:7
%3428 = select %3427, %3426, %3412 : f32[16] @ models/lib/nn.yaml:80:7
%3429 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3430 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3431 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3432 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%3433 = add %3431, %3432 : i64[] @ models/lib/nn.yaml:80:7
%3434 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%3435 = cast %3434 : f32[] @ models/lib/nn.yaml:80:7
%3436 = broadcast %3435 : f32[16] @ models/lib/nn.yaml:80:7
%3437 = mul %3428, %3436 : f32[16] @ models/lib/nn.yaml:80:7
%3438 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%3439 = cast %3438 : f32[] @ models/lib/nn.yaml:80:7
%3440 = broadcast %3439 : f32[16] @ models/lib/nn.yaml:80:7
%3441 = mul %3429, %3440 : f32[16] @ models/lib/nn.yaml:80:7
%3442 = add %3441, %3437 : f32[16] @ models/lib/nn.yaml:80:7
%3443 = mul %3428, %3428 : f32[16] @ models/lib/nn.yaml:80:7
%3444 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%3445 = cast %3444 : f32[] @ models/lib/nn.yaml:80:7
%3446 = broadcast %3445 : f32[16] @ models/lib/nn.yaml:80:7
%3447 = mul %3443, %3446 : f32[16] @ models/lib/nn.yaml:80:7
%3448 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%3449 = cast %3448 : f32[] @ models/lib/nn.yaml:80:7
%3450 = broadcast %3449 : f32[16] @ models/lib/nn.yaml:80:7
%3451 = mul %3430, %3450 : f32[16] @ models/lib/nn.yaml:80:7
%3452 = add %3451, %3447 : f32[16] @ models/lib/nn.yaml:80:7
%3453 = cast %3433 : f64[] @ models/lib/nn.yaml:80:7
%3454 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%3455 = pow %3454, %3453 : f64[] @ models/lib/nn.yaml:80:7
%3456 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3457 = sub %3456, %3455 : f64[] @ models/lib/nn.yaml:80:7
%3458 = div %1211, %3457 : f64[] @ models/lib/nn.yaml:80:7
%3459 = cast %3433 : f64[] @ models/lib/nn.yaml:80:7
%3460 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%3461 = pow %3460, %3459 : f64[] @ models/lib/nn.yaml:80:7
%3462 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3463 = sub %3462, %3461 : f64[] @ models/lib/nn.yaml:80:7
%3464 = sqrt %3463 : f64[] @ models/lib/nn.yaml:80:7
%3465 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3466 = div %3465, %3464 : f64[] @ models/lib/nn.yaml:80:7
%3467 = sqrt %3452 : f32[16] @ models/lib/nn.yaml:80:7
%3468 = cast %3466 : f32[] @ models/lib/nn.yaml:80:7
%3469 = broadcast %3468 : f32[16] @ models/lib/nn.yaml:80:7
%3470 = mul %3467, %3469 : f32[16] @ models/lib/nn.yaml:80:7
%3471 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%3472 = cast %3471 : f32[] @ models/lib/nn.yaml:80:7
%3473 = broadcast %3472 : f32[16] @ models/lib/nn.yaml:80:7
%3474 = add %3470, %3473 : f32[16] @ models/lib/nn.yaml:80:7
%3475 = div %3442, %3474 : f32[16] @ models/lib/nn.yaml:80:7
%3476 = cast %3458 : f32[] @ models/lib/nn.yaml:80:7
%3477 = broadcast %3476 : f32[16] @ models/lib/nn.yaml:80:7
%3478 = mul %3475, %3477 : f32[16] @ models/lib/nn.yaml:80:7
%3479 = sub %22, %3478 : f32[16] @ models/lib/nn.yaml:80:7
%3480 = assign %22, %3479 : f32[16] @ models/lib/nn.yaml:80:7
%3481 = assign %3429, %3442 : f32[16] @ models/lib/nn.yaml:80:7
%3482 = assign %3430, %3452 : f32[16] @ models/lib/nn.yaml:80:7
%3483 = assign %3431, %3433 : i64[] @ models/lib/nn.yaml:80:7
%3484 = cast %1213 : f32[] @ models/lib/nn.yaml:80:7
%3485 = broadcast %3484 : f32[16] @ models/lib/nn.yaml:80:7
%3486 = mul %60, %3485 : f32[16] @ models/lib/nn.yaml:80:7
%3487 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3488 = sub %3487, %1213 : f64[] @ models/lib/nn.yaml:80:7
%3489 = cast %3488 : f32[] @ models/lib/nn.yaml:80:7
%3490 = broadcast %3489 : f32[16] @ models/lib/nn.yaml:80:7
%3491 = mul %3479, %3490 : f32[16] @ models/lib/nn.yaml:80:7
%3492 = add %3486, %3491 : f32[16] @ models/lib/nn.yaml:80:7
%3493 = assign %60, %3492 : f32[16] @ models/lib/nn.yaml:80:7
%3494 = all_reduce_sum %1955 : f32[16] @ models/lib/nn.yaml:89:7
%3495 = reshape %3494 : f32[16] @ models/lib/nn.yaml:89:7
%3496 = mul %3495, %3495 : f32[16] @ models/lib/nn.yaml:89:7
%3497 = reduce_sum %3496 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%3498 = sqrt %3497 : f32[] @ models/lib/nn.yaml:89:7
%3499 = cast %3498 : f64[] @ models/lib/nn.yaml:89:7
%3500 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%3501 = add %3499, %3500 : f64[] @ models/lib/nn.yaml:89:7
%3502 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%3503 = div %3502, %3501 : f64[] @ models/lib/nn.yaml:89:7
%3504 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3505 = lt %3503, %3504 : bool[] @ models/lib/nn.yaml:89:7
%3506 = cast %3503 : f32[] @ models/lib/nn.yaml:89:7
%3507 = broadcast %3506 : f32[16] @ models/lib/nn.yaml:89:7
%3508 = mul %3494, %3507 : f32[16] @ models/lib/nn.yaml:89:7
%3509 = broadcast %3505 : bool[16] @ models/lib/nn.yaml:89:7
%3510 = select %3509, %3508, %3494 : f32[16] @ models/lib/nn.yaml:89:7
%3511 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3512 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3513 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3514 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%3515 = add %3513, %3514 : i64[] @ models/lib/nn.yaml:89:7
%3516 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%3517 = cast %3516 : f32[] @ models/lib/nn.yaml:89:7
%3518 = broadcast %3517 : f32[16] @ models/lib/nn.yaml:89:7
%3519 = mul %3510, %3518 : f32[16] @ models/lib/nn.yaml:89:7
%3520 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%3521 = cast %3520 : f32[] @ models/lib/nn.yaml:89:7
%3522 = broadcast %3521 : f32[16] @ models/lib/nn.yaml:89:7
%3523 = mul %3511, %3522 : f32[16] @ models/lib/nn.yaml:89:7
%3524 = add %3523, %3519 : f32[16] @ models/lib/nn.yaml:89:7
%3525 = mul %3510, %3510 : f32[16] @ models/lib/nn.yaml:89:7
%3526 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%3527 = cast %3526 : f32[] @ models/lib/nn.yaml:89:7
%3528 = broadcast %3527 : f32[16] @ models/lib/nn.yaml:89:7
%3529 = mul %3525, %3528 : f32[16] @ models/lib/nn.yaml:89:7
%3530 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%3531 = cast %3530 : f32[] @ models/lib/nn.yaml:89:7
%3532 = broadcast %3531 : f32[16] @ models/lib/nn.yaml:89:7
%3533 = mul %3512, %3532 : f32[16] @ models/lib/nn.yaml:89:7
%3534 = add %3533, %3529 : f32[16] @ models/lib/nn.yaml:89:7
%3535 = cast %3515 : f64[] @ models/lib/nn.yaml:89:7
%3536 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%3537 = pow %3536, %3535 : f64[] @ models/lib/nn.yaml:89:7
%3538 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3539 = sub %3538, %3537 : f64[] @ models/lib/nn.yaml:89:7
%3540 = div %1211, %3539 : f64[] @ models/lib/nn.yaml:89:7
%3541 = cast %3515 : f64[] @ models/lib/nn.yaml:89:7
%3542 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%3543 = pow %3542, %3541 : f64[] @ models/lib/nn.yaml:89:7
%3544 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3545 = sub %3544, %3543 : f64[] @ models/lib/nn.yaml:89:7
%3546 = sqrt %3545 : f64[] @ models/lib/nn.yaml:89:7
%3547 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3548 = div %3547, %3546 : f64[] @ models/lib/nn.yaml:89:7
%3549 = sqrt %3534 : f32[16] @ models/lib/nn.yaml:89:7
%3550 = cast %3548 : f32[] @ models/lib/nn.yaml:89:7
%3551 = broadcast %3550 : f32[16] @ models/lib/nn.yaml:89:7
%3552 = mul %3549, %3551 : f32[16] @ models/lib/nn.yaml:89:7
%3553 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%3554 = cast %3553 : f32[] @ models/lib/nn.yaml:89:7
%3555 = broadcast %3554 : f32[16] @ models/lib/nn.yaml:89:7
%3556 = add %3552, %3555 : f32[16] @ models/lib/nn.yaml:89:7
%3557 = div %3524, %3556 : f32[16] @ models/lib/nn.yaml:89:7
%3558 = cast %3540 : f32[] @ models/lib/nn.yaml:89:7
%3559 = broadcast %3558 : f32[16] @ models/lib/nn.yaml:89:7
%3560 = mul %3557, %3559 : f32[16] @ models/lib/nn.yaml:89:7
%3561 = sub %23, %3560 : f32[16] @ models/lib/nn.yaml:89:7
%3562 = assign %23, %3561 : f32[16] @ models/lib/nn.yaml:89:7
%3563 = assign %3511, %3524 : f32[16] @ models/lib/nn.yaml:89:7
%3564 = assign %3512, %3534 : f32[16] @ models/lib/nn.yaml:89:7
%3565 = assign %3513, %3515 : i64[] @ models/lib/nn.yaml:89:7
%3566 = cast %1213 : f32[] @ models/lib/nn.yaml:89:7
%3567 = broadcast %3566 : f32[16] @ models/lib/nn.yaml:89:7
%3568 = mul %61, %3567 : f32[16] @ models/lib/nn.yaml:89:7
%3569 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3570 = sub %3569, %1213 : f64[] @ models/lib/nn.yaml:89:7
%3571 = cast %3570 : f32[] @ models/lib/nn.yaml:89:7
%3572 = broadcast %3571 : f32[16] @ models/lib/nn.yaml:89:7
%3573 = mul %3561, %3572 : f32[16] @ models/lib/nn.yaml:89:7
%3574 = add %3568, %3573 : f32[16] @ models/lib/nn.yaml:89:7
%3575 = assign %61, %3574 : f32[16] @ models/lib/nn.yaml:89:7
%3576 = all_reduce_sum %1950 : f32[16] @ models/lib/nn.yaml:90:7
%3577 = reshape %3576 : f32[16] @ models/lib/nn.yaml:90:7
%3578 = mul %3577, %3577 : f32[16] @ models/lib/nn.yaml:90:7
%3579 = reduce_sum %3578 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%3580 = sqrt %3579 : f32[] @ models/lib/nn.yaml:90:7
%3581 = cast %3580 : f64[] @ models/lib/nn.yaml:90:7
%3582 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%3583 = add %3581, %3582 : f64[] @ models/lib/nn.yaml:90:7
%3584 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%3585 = div %3584, %3583 : f64[] @ models/lib/nn.yaml:90:7
%3586 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3587 = lt %3585, %3586 : bool[] @ models/lib/nn.yaml:90:7
%3588 = cast %3585 : f32[] @ models/lib/nn.yaml:90:7
%3589 = broadcast %3588 : f32[16] @ models/lib/nn.yaml:90:7
%3590 = mul %3576, %3589 : f32[16] @ models/lib/nn.yaml:90:7
%3591 = broadcast %3587 : bool[16] @ models/lib/nn.yaml:90:7
%3592 = select %3591, %3590, %3576 : f32[16] @ models/lib/nn.yaml:90:7
%3593 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3594 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3595 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3596 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%3597 = add %3595, %3596 : i64[] @ models/lib/nn.yaml:90:7
%3598 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%3599 = cast %3598 : f32[] @ models/lib/nn.yaml:90:7
%3600 = broadcast %3599 : f32[16] @ models/lib/nn.yaml:90:7
%3601 = mul %3592, %3600 : f32[16] @ models/lib/nn.yaml:90:7
%3602 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%3603 = cast %3602 : f32[] @ models/lib/nn.yaml:90:7
%3604 = broadcast %3603 : f32[16] @ models/lib/nn.yaml:90:7
%3605 = mul %3593, %3604 : f32[16] @ models/lib/nn.yaml:90:7
%3606 = add %3605, %3601 : f32[16] @ models/lib/nn.yaml:90:7
%3607 = mul %3592, %3592 : f32[16] @ models/lib/nn.yaml:90:7
%3608 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%3609 = cast %3608 : f32[] @ models/lib/nn.yaml:90:7
%3610 = broadcast %3609 : f32[16] @ models/lib/nn.yaml:90:7
%3611 = mul %3607, %3610 : f32[16] @ models/lib/nn.yaml:90:7
%3612 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%3613 = cast %3612 : f32[] @ models/lib/nn.yaml:90:7
%3614 = broadcast %3613 : f32[16] @ models/lib/nn.yaml:90:7
%3615 = mul %3594, %3614 : f32[16] @ models/lib/nn.yaml:90:7
%3616 = add %3615, %3611 : f32[16] @ models/lib/nn.yaml:90:7
%3617 = cast %3597 : f64[] @ models/lib/nn.yaml:90:7
%3618 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%3619 = pow %3618, %3617 : f64[] @ models/lib/nn.yaml:90:7
%3620 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3621 = sub %3620, %3619 : f64[] @ models/lib/nn.yaml:90:7
%3622 = div %1211, %3621 : f64[] @ models/lib/nn.yaml:90:7
%3623 = cast %3597 : f64[] @ models/lib/nn.yaml:90:7
%3624 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%3625 = pow %3624, %3623 : f64[] @ models/lib/nn.yaml:90:7
%3626 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3627 = sub %3626, %3625 : f64[] @ models/lib/nn.yaml:90:7
%3628 = sqrt %3627 : f64[] @ models/lib/nn.yaml:90:7
%3629 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3630 = div %3629, %3628 : f64[] @ models/lib/nn.yaml:90:7
%3631 = sqrt %3616 : f32[16] @ models/lib/nn.yaml:90:7
%3632 = cast %3630 : f32[] @ models/lib/nn.yaml:90:7
%3633 = broadcast %3632 : f32[16] @ models/lib/nn.yaml:90:7
%3634 = mul %3631, %3633 : f32[16] @ models/lib/nn.yaml:90:7
%3635 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%3636 = cast %3635 : f32[] @ models/lib/nn.yaml:90:7
%3637 = broadcast %3636 : f32[16] @ models/lib/nn.yaml:90:7
%3638 = add %3634, %3637 : f32[16] @ models/lib/nn.yaml:90:7
%3639 = div %3606, %3638 : f32[16] @ models/lib/nn.yaml:90:7
%3640 = cast %3622 : f32[] @ models/lib/nn.yaml:90:7
%3641 = broadcast %3640 : f32[16] @ models/lib/nn.yaml:90:7
%3642 = mul %3639, %3641 : f32[16] @ models/lib/nn.yaml:90:7
%3643 = sub %24, %3642 : f32[16] @ models/lib/nn.yaml:90:7
%3644 = assign %24, %3643 : f32[16] @ models/lib/nn.yaml:90:7
%3645 = assign %3593, %3606 : f32[16] @ models/lib/nn.yaml:90:7
%3646 = assign %3594, %3616 : f32[16] @ models/lib/nn.yaml:90:7
%3647 = assign %3595, %3597 : i64[] @ models/lib/nn.yaml:90:7
%3648 = cast %1213 : f32[] @ models/lib/nn.yaml:90:7
%3649 = broadcast %3648 : f32[16] @ models/lib/nn.yaml:90:7
%3650 = mul %62, %3649 : f32[16] @ models/lib/nn.yaml:90:7
%3651 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3652 = sub %3651, %1213 : f64[] @ models/lib/nn.yaml:90:7
%3653 = cast %3652 : f32[] @ models/lib/nn.yaml:90:7
%3654 = broadcast %3653 : f32[16] @ models/lib/nn.yaml:90:7
%3655 = mul %3643, %3654 : f32[16] @ models/lib/nn.yaml:90:7
%3656 = add %3650, %3655 : f32[16] @ models/lib/nn.yaml:90:7
%3657 = assign %62, %3656 : f32[16] @ models/lib/nn.yaml:90:7
%3658 = all_reduce_sum %1947 : f32[48,16] @ models/lib/nn.yaml:79:7
%3659 = reshape %3658 : f32[768] @ models/lib/nn.yaml:79:7
%3660 = mul %3659, %3659 : f32[768] @ models/lib/nn.yaml:79:7
%3661 = reduce_sum %3660 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3662 = sqrt %3661 : f32[] @ models/lib/nn.yaml:79:7
%3663 = cast %3662 : f64[] @ models/lib/nn.yaml:79:7
%3664 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%3665 = add %3663, %3664 : f64[] @ models/lib/nn.yaml:79:7
%3666 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%3667 = div %3666, %3665 : f64[] @ models/lib/nn.yaml:79:7
%3668 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3669 = lt %3667, %3668 : bool[] @ models/lib/nn.yaml:79:7
%3670 = cast %3667 : f32[] @ models/lib/nn.yaml:79:7
%3671 = broadcast %3670 : f32[48,16] @ models/lib/nn.yaml:79:7
%3672 = mul %3658, %3671 : f32[48,16] @ models/lib/nn.yaml:79:7
%3673 = broadcast %3669 : bool[48,16] @ models/lib/nn.yaml:79:7
%3674 = select %3673, %3672, %3658 : f32[48,16] @ models/lib/nn.yaml:79:7
%3675 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%3676 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%3677 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3678 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%3679 = add %3677, %3678 : i64[] @ models/lib/nn.yaml:79:7
%3680 = mul %1211, %1212 : f64[] @ models/lib/nn.yaml:79:7
%3681 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3682 = sub %3681, %3680 : f64[] @ models/lib/nn.yaml:79:7
%3683 = cast %3682 : f32[] @ models/lib/nn.yaml:79:7
%3684 = broadcast %3683 : f32[48,16] @ models/lib/nn.yaml:79:7
%3685 = mul %25, %3684 : f32[48,16] @ models/lib/nn.yaml:79:7
%3686 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%3687 = cast %3686 : f32[] @ models/lib/nn.yaml:79:7
%3688 = broadcast %3687 : f32[48,16] @ models/lib/nn.yaml:79:7
%3689 = mul %3674, %3688 : f32[48,16] @ models/lib/nn.yaml:79:7
%3690 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%3691 = cast %3690 : f32[] @ models/lib/nn.yaml:79:7
%3692 = broadcast %3691 : f32[48,16] @ models/lib/nn.yaml:79:7
%3693 = mul %3675, %3692 : f32[48,16] @ models/lib/nn.yaml:79:7
%3694 = add %3693, %3689 : f32[48,16] @ models/lib/nn.yaml:79:7
%3695 = mul %3674, %3674 : f32[48,16] @ models/lib/nn.yaml:79:7
%3696 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%3697 = cast %3696 : f32[] @ models/lib/nn.yaml:79:7
%3698 = broadcast %3697 : f32[48,16] @ models/lib/nn.yaml:79:7
%3699 = mul %3695, %3698 : f32[48,16] @ models/lib/nn.yaml:79:7
%3700 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%3701 = cast %3700 : f32[] @ models/lib/nn.yaml:79:7
%3702 = broadcast %3701 : f32[48,16] @ models/lib/nn.yaml:79:7
%3703 = mul %3676, %3702 : f32[48,16] @ models/lib/nn.yaml:79:7
%3704 = add %3703, %3699 : f32[48,16] @ models/lib/nn.yaml:79:7
%3705 = cast %3679 : f64[] @ models/lib/nn.yaml:79:7
%3706 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%3707 = pow %3706, %3705 : f64[] @ models/lib/nn.yaml:79:7
%3708 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3709 = sub %3708, %3707 : f64[] @ models/lib/nn.yaml:79:7
%3710 = div %1211, %3709 : f64[] @ models/lib/nn.yaml:79:7
%3711 = cast %3679 : f64[] @ models/lib/nn.yaml:79:7
%3712 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%3713 = pow %3712, %3711 : f64[] @ models/lib/nn.yaml:79:7
%3714 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3715 = sub %3714, %3713 : f64[] @ models/lib/nn.yaml:79:7
%3716 = sqrt %3715 : f64[] @ models/lib/nn.yaml:79:7
%3717 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3718 = div %3717, %3716 : f64[] @ models/lib/nn.yaml:79:7
%3719 = sqrt %3704 : f32[48,16] @ models/lib/nn.yaml:79:7
%3720 = cast %3718 : f32[] @ models/lib/nn.yaml:79:7
%3721 = broadcast %3720 : f32[48,16] @ models/lib/nn.yaml:79:7
%3722 = mul %3719, %3721 : f32[48,16] @ models/lib/nn.yaml:79:7
%3723 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%3724 = cast %3723 : f32[] @ models/lib/nn.yaml:79:7
%3725 = broadcast %3724 : f32[48,16] @ models/lib/nn.yaml:79:7
%3726 = add %3722, %3725 : f32[48,16] @ models/lib/nn.yaml:79:7
%3727 = div %3694, %3726 : f32[48,16] @ models/lib/nn.yaml:79:7
%3728 = cast %3710 : f32[] @ models/lib/nn.yaml:79:7
%3729 = broadcast %3728 : f32[48,16] @ models/lib/nn.yaml:79:7
%3730 = mul %3727, %3729 : f32[48,16] @ models/lib/nn.yaml:79:7
%3731 = sub %3685, %3730 : f32[48,16] @ models/lib/nn.yaml:79:7
%3732 = assign %25, %3731 : f32[48,16] @ models/lib/nn.yaml:79:7
%3733 = assign %3675, %3694 : f32[48,16] @ models/lib/nn.yaml:79:7
%3734 = assign %3676, %3704 : f32[48,16] @ models/lib/nn.yaml:79:7
%3735 = assign %3677, %3679 : i64[] @ models/lib/nn.yaml:79:7
%3736 = cast %1213 : f32[] @ models/lib/nn.yaml:79:7
%3737 = broadcast %3736 : f32[48,16] @ models/lib/nn.yaml:79:7
%3738 = mul %63, %3737 : f32[48,16] @ models/lib/nn.yaml:79:7
%3739 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3740 = sub %3739, %1213 : f64[] @ models/lib/nn.yaml:79:7
%3741 = cast %3740 : f32[] @ models/lib/nn.yaml:79:7
%3742 = broadcast %3741 : f32[48,16] @ models/lib/nn.yaml:79:7
%3743 = mul %3731, %3742 : f32[48,16] @ models/lib/nn.yaml:79:7
%3744 = add %3738, %3743 : f32[48,16] @ models/lib/nn.yaml:79:7
%3745 = assign %63, %3744 : f32[48,16] @ models/lib/nn.yaml:79:7
%3746 = all_reduce_sum %1942 : f32[48] @ models/lib/nn.yaml:80:7
%3747 = reshape %3746 : f32[48] @ models/lib/nn.yaml:80:7
%3748 = mul %3747, %3747 : f32[48] @ models/lib/nn.yaml:80:7
%3749 = reduce_sum %3748 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3750 = sqrt %3749 : f32[] @ models/lib/nn.yaml:80:7
%3751 = cast %3750 : f64[] @ models/lib/nn.yaml:80:7
%3752 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%3753 = add %3751, %3752 : f64[] @ models/lib/nn.yaml:80:7
%3754 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%3755 = div %3754, %3753 : f64[] @ models/lib/nn.yaml:80:7
%3756 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3757 = lt %3755, %3756 : bool[] @ models/lib/nn.yaml:80:7
%3758 = cast %3755 : f32[] @ models/lib/nn.yaml:80:7
%3759 = broadcast %3758 : f32[48] @ models/lib/nn.yaml:80:7
%3760 = mul %3746, %3759 : f32[48] @ models/lib/nn.yaml:80:7
%3761 = broadcast %3757 : bool[48] @ models/lib/nn.yaml:80:7
%3762 = select %3761, %3760, %3746 : f32[48] @ models/lib/nn.yaml:80:7
%3763 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%3764 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%3765 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3766 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%3767 = add %3765, %3766 : i64[] @ models/lib/nn.yaml:80:7
%3768 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%3769 = cast %3768 : f32[] @ models/lib/nn.yaml:80:7
%3770 = broadcast %3769 : f32[48] @ models/lib/nn.yaml:80:7
%3771 = mul %3762, %3770 : f32[48] @ models/lib/nn.yaml:80:7
%3772 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%3773 = cast %3772 : f32[] @ models/lib/nn.yaml:80:7
%3774 = broadcast %3773 : f32[48] @ models/lib/nn.yaml:80:7
%3775 = mul %3763, %3774 : f32[48] @ models/lib/nn.yaml:80:7
%3776 = add %3775, %3771 : f32[48] @ models/lib/nn.yaml:80:7
%3777 = mul %3762, %3762 : f32[48] @ models/lib/nn.yaml:80:7
%3778 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%3779 = cast %3778 : f32[] @ models/lib/nn.yaml:80:7
%3780 = broadcast %3779 : f32[48] @ models/lib/nn.yaml:80:7
%3781 = mul %3777, %3780 : f32[48] @ models/lib/nn.yaml:80:7
%3782 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%3783 = cast %3782 : f32[] @ models/lib/nn.yaml:80:7
%3784 = broadcast %3783 : f32[48] @ models/lib/nn.yaml:80:7
%3785 = mul %3764, %3784 : f32[48] @ models/lib/nn.yaml:80:7
%3786 = add %3785, %3781 : f32[48] @ models/lib/nn.yaml:80:7
%3787 = cast %3767 : f64[] @ models/lib/nn.yaml:80:7
%3788 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%3789 = pow %3788, %3787 : f64[] @ models/lib/nn.yaml:80:7
%3790 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3791 = sub %3790, %3789 : f64[] @ models/lib/nn.yaml:80:7
%3792 = div %1211, %3791 : f64[] @ models/lib/nn.yaml:80:7
%3793 = cast %3767 : f64[] @ models/lib/nn.yaml:80:7
%3794 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%3795 = pow %3794, %3793 : f64[] @ models/lib/nn.yaml:80:7
%3796 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3797 = sub %3796, %3795 : f64[] @ models/lib/nn.yaml:80:7
%3798 = sqrt %3797 : f64[] @ models/lib/nn.yaml:80:7
%3799 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3800 = div %3799, %3798 : f64[] @ models/lib/nn.yaml:80:7
%3801 = sqrt %3786 : f32[48] @ models/lib/nn.yaml:80:7
%3802 = cast %3800 : f32[] @ models/lib/nn.yaml:80:7
%3803 = broadcast %3802 : f32[48] @ models/lib/nn.yaml:80:7
%3804 = mul %3801, %3803 : f32[48] @ models/lib/nn.yaml:80:7
%3805 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%3806 = cast %3805 : f32[] @ models/lib/nn.yaml:80:7
%3807 = broadcast %3806 : f32[48] @ models/lib/nn.yaml:80:7
%3808 = add %3804, %3807 : f32[48] @ models/lib/nn.yaml:80:7
%3809 = div %3776, %3808 : f32[48] @ models/lib/nn.yaml:80:7
%3810 = cast %3792 : f32[] @ models/lib/nn.yaml:80:7
%3811 = broadcast %3810 : f32[48] @ models/lib/nn.yaml:80:7
%3812 = mul %3809, %3811 : f32[48] @ models/lib/nn.yaml:80:7
%3813 = sub %26, %3812 : f32[48] @ models/lib/nn.yaml:80:7
%3814 = assign %26, %3813 : f32[48] @ models/lib/nn.yaml:80:7
%3815 = assign %3763, %3776 : f32[48] @ models/lib/nn.yaml:80:7
%3816 = assign %3764, %3786 : f32[48] @ models/lib/nn.yaml:80:7
%3817 = assign %3765, %3767 : i64[] @ models/lib/nn.yaml:80:7
%3818 = cast %1213 : f32[] @ models/lib/nn.yaml:80:7
%3819 = broadcast %3818 : f32[48] @ models/lib/nn.yaml:80:7
%3820 = mul %64, %3819 : f32[48] @ models/lib/nn.yaml:80:7
%3821 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3822 = sub %3821, %1213 : f64[] @ models/lib/nn.yaml:80:7
%3823 = cast %3822 : f32[] @ models/lib/nn.yaml:80:7
%3824 = broadcast %3823 : f32[48] @ models/lib/nn.yaml:80:7
%3825 = mul %3813, %3824 : f32[48] @ models/lib/nn.yaml:80:7
%3826 = add %3820, %3825 : f32[48] @ models/lib/nn.yaml:80:7
%3827 = assign %64, %3826 : f32[48] @ models/lib/nn.yaml:80:7
%3828 = all_reduce_sum %1892 : f32[16,16] @ models/lib/nn.yaml:79:7
%3829 = reshape %3828 : f32[256] @ models/lib/nn.yaml:79:7
%3830 = mul %3829, %3829 : f32[256] @ models/lib/nn.yaml:79:7
%3831 = reduce_sum %3830 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3832 = sqrt %3831 : f32[] @ models/lib/nn.yaml:79:7
%3833 = cast %3832 : f64[] @ models/lib/nn.yaml:79:7
%3834 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%3835 = add %3833, %3834 : f64[] @ models/lib/nn.yaml:79:7
%3836 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%3837 = div %3836, %3835 : f64[] @ models/lib/nn.yaml:79:7
%3838 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3839 = lt %3837, %3838 : bool[] @ models/lib/nn.yaml:79:7
%3840 = cast %3837 : f32[] @ models/lib/nn.yaml:79:7
%3841 = broadcast %3840 : f32[16,16] @ models/lib/nn.yaml:79:7
%3842 = mul %3828, %3841 : f32[16,16] @ models/lib/nn.yaml:79:7
%3843 = broadcast %3839 : bool[16,16] @ models/lib/nn.yaml:79:7
%3844 = select %3843, %3842, %3828 : f32[16,16] @ models/lib/nn.yaml:79:7
%3845 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%3846 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%3847 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3848 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%3849 = add %3847, %3848 : i64[] @ models/lib/nn.yaml:79:7
%3850 = mul %1211, %1212 : f64[] @ models/lib/nn.yaml:79:7
%3851 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3852 = sub %3851, %3850 : f64[] @ models/lib/nn.yaml:79:7
%3853 = cast %3852 : f32[] @ models/lib/nn.yaml:79:7
%3854 = broadcast %3853 : f32[16,16] @ models/lib/nn.yaml:79:7
%3855 = mul %27, %3854 : f32[16,16] @ models/lib/nn.yaml:79:7
%3856 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%3857 = cast %3856 : f32[] @ models/lib/nn.yaml:79:7
%3858 = broadcast %3857 : f32[16,16] @ models/lib/nn.yaml:79:7
%3859 = mul %3844, %3858 : f32[16,16] @ models/lib/nn.yaml:79:7
%3860 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%3861 = cast %3860 : f32[] @ models/lib/nn.yaml:79:7
%3862 = broadcast %3861 : f32[16,16] @ models/lib/nn.yaml:79:7
%3863 = mul %3845, %3862 : f32[16,16] @ models/lib/nn.yaml:79:7
%3864 = add %3863, %3859 : f32[16,16] @ models/lib/nn.yaml:79:7
%3865 = mul %3844, %3844 : f32[16,16] @ models/lib/nn.yaml:79:7
%3866 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%3867 = cast %3866 : f32[] @ models/lib/nn.yaml:79:7
%3868 = broadcast %3867 : f32[16,16] @ models/lib/nn.yaml:79:7
%3869 = mul %3865, %3868 : f32[16,16] @ models/lib/nn.yaml:79:7
%3870 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%3871 = cast %3870 : f32[] @ models/lib/nn.yaml:79:7
%3872 = broadcast %3871 : f32[16,16] @ models/lib/nn.yaml:79:7
%3873 = mul %3846, %3872 : f32[16,16] @ models/lib/nn.yaml:79:7
%3874 = add %3873, %3869 : f32[16,16] @ models/lib/nn.yaml:79:7
%3875 = cast %3849 : f64[] @ models/lib/nn.yaml:79:7
%3876 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%3877 = pow %3876, %3875 : f64[] @ models/lib/nn.yaml:79:7
%3878 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3879 = sub %3878, %3877 : f64[] @ models/lib/nn.yaml:79:7
%3880 = div %1211, %3879 : f64[] @ models/lib/nn.yaml:79:7
%3881 = cast %3849 : f64[] @ models/lib/nn.yaml:79:7
%3882 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%3883 = pow %3882, %3881 : f64[] @ models/lib/nn.yaml:79:7
%3884 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3885 = sub %3884, %3883 : f64[] @ models/lib/nn.yaml:79:7
%3886 = sqrt %3885 : f64[] @ models/lib/nn.yaml:79:7
%3887 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3888 = div %3887, %3886 : f64[] @ models/lib/nn.yaml:79:7
%3889 = sqrt %3874 : f32[16,16] @ models/lib/nn.yaml:79:7
%3890 = cast %3888 : f32[] @ models/lib/nn.yaml:79:7
%3891 = broadcast %3890 : f32[16,16] @ models/lib/nn.yaml:79:7
%3892 = mul %3889, %3891 : f32[16,16] @ models/lib/nn.yaml:79:7
%3893 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%3894 = cast %3893 : f32[] @ models/lib/nn.yaml:79:7
%3895 = broadcast %3894 : f32[16,16] @ models/lib/nn.yaml:79:7
%3896 = add %3892, %3895 : f32[16,16] @ models/lib/nn.yaml:79:7
%3897 = div %3864, %3896 : f32[16,16] @ models/lib/nn.yaml:79:7
%3898 = cast %3880 : f32[] @ models/lib/nn.yaml:79:7
%3899 = broadcast %3898 : f32[16,16] @ models/lib/nn.yaml:79:7
%3900 = mul %3897, %3899 : f32[16,16] @ models/lib/nn.yaml:79:7
%3901 = sub %3855, %3900 : f32[16,16] @ models/lib/nn.yaml:79:7
%3902 = assign %27, %3901 : f32[16,16] @ models/lib/nn.yaml:79:7
%3903 = assign %3845, %3864 : f32[16,16] @ models/lib/nn.yaml:79:7
%3904 = assign %3846, %3874 : f32[16,16] @ models/lib/nn.yaml:79:7
%3905 = assign %3847, %3849 : i64[] @ models/lib/nn.yaml:79:7
%3906 = cast %1213 : f32[] @ models/lib/nn.yaml:79:7
%3907 = broadcast %3906 : f32[16,16] @ models/lib/nn.yaml:79:7
%3908 = mul %65, %3907 : f32[16,16] @ models/lib/nn.yaml:79:7
%3909 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3910 = sub %3909, %1213 : f64[] @ models/lib/nn.yaml:79:7
%3911 = cast %3910 : f32[] @ models/lib/nn.yaml:79:7
%3912 = broadcast %3911 : f32[16,16] @ models/lib/nn.yaml:79:7
%3913 = mul %3901, %3912 : f32[16,16] @ models/lib/nn.yaml:79:7
%3914 = add %3908, %3913 : f32[16,16] @ models/lib/nn.yaml:79:7
%3915 = assign %65, %3914 : f32[16,16] @ models/lib/nn.yaml:79:7
%3916 = all_reduce_sum %1887 : f32[16] @ models/lib/nn.yaml:80:7
%3917 = reshape %3916 : f32[16] @ models/lib/nn.yaml:80:7
%3918 = mul %3917, %3917 : f32[16] @ models/lib/nn.yaml:80:7
%3919 = reduce_sum %3918 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3920 = sqrt %3919 : f32[] @ models/lib/nn.yaml:80:7
%3921 = cast %3920 : f64[] @ models/lib/nn.yaml:80:7
%3922 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%3923 = add %3921, %3922 : f64[] @ models/lib/nn.yaml:80:7
%3924 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%3925 = div %3924, %3923 : f64[] @ models/lib/nn.yaml:80:7
%3926 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3927 = lt %3925, %3926 : bool[] @ models/lib/nn.yaml:80:7
%3928 = cast %3925 : f32[] @ models/lib/nn.yaml:80:7
%3929 = broadcast %3928 : f32[16] @ models/lib/nn.yaml:80:7
%3930 = mul %3916, %3929 : f32[16] @ models/lib/nn.yaml:80:7
%3931 = broadcast %3927 : bool[16] @ models/lib/nn.yaml:80:7
%3932 = select %3931, %3930, %3916 : f32[16] @ models/lib/nn.yaml:80:7
%3933 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3934 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3935 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3936 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%3937 = add %3935, %3936 : i64[] @ models/lib/nn.yaml:80:7
%3938 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%3939 = cast %3938 : f32[] @ models/lib/nn.yaml:80:7
%3940 = broadcast %3939 : f32[16] @ models/lib/nn.yaml:80:7
%3941 = mul %3932, %3940 : f32[16] @ models/lib/nn.yaml:80:7
%3942 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%3943 = cast %3942 : f32[] @ models/lib/nn.yaml:80:7
%3944 = broadcast %3943 : f32[16] @ models/lib/nn.yaml:80:7
%3945 = mul %3933, %3944 : f32[16] @ models/lib/nn.yaml:80:7
%3946 = add %3945, %3941 : f32[16] @ models/lib/nn.yaml:80:7
%3947 = mul %3932, %3932 : f32[16] @ models/lib/nn.yaml:80:7
%3948 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%3949 = cast %3948 : f32[] @ models/lib/nn.yaml:80:7
%3950 = broadcast %3949 : f32[16] @ models/lib/nn.yaml:80:7
%3951 = mul %3947, %3950 : f32[16] @ models/lib/nn.yaml:80:7
%3952 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%3953 = cast %3952 : f32[] @ models/lib/nn.yaml:80:7
%3954 = broadcast %3953 : f32[16] @ models/lib/nn.yaml:80:7
%3955 = mul %3934, %3954 : f32[16] @ models/lib/nn.yaml:80:7
%3956 = add %3955, %3951 : f32[16] @ models/lib/nn.yaml:80:7
%3957 = cast %3937 : f64[] @ models/lib/nn.yaml:80:7
%3958 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%3959 = pow %3958, %3957 : f64[] @ models/lib/nn.yaml:80:7
%3960 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3961 = sub %3960, %3959 : f64[] @ models/lib/nn.yaml:80:7
%3962 = div %1211, %3961 : f64[] @ models/lib/nn.yaml:80:7
%3963 = cast %3937 : f64[] @ models/lib/nn.yaml:80:7
%3964 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%3965 = pow %3964, %3963 : f64[] @ models/lib/nn.yaml:80:7
%3966 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3967 = sub %3966, %3965 : f64[] @ models/lib/nn.yaml:80:7
%3968 = sqrt %3967 : f64[] @ models/lib/nn.yaml:80:7
%3969 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3970 = div %3969, %3968 : f64[] @ models/lib/nn.yaml:80:7
%3971 = sqrt %3956 : f32[16] @ models/lib/nn.yaml:80:7
%3972 = cast %3970 : f32[] @ models/lib/nn.yaml:80:7
%3973 = broadcast %3972 : f32[16] @ models/lib/nn.yaml:80:7
%3974 = mul %3971, %3973 : f32[16] @ models/lib/nn.yaml:80:7
%3975 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%3976 = cast %3975 : f32[] @ models/lib/nn.yaml:80:7
%3977 = broadcast %3976 : f32[16] @ models/lib/nn.yaml:80:7
%3978 = add %3974, %3977 : f32[16] @ models/lib/nn.yaml:80:7
%3979 = div %3946, %3978 : f32[16] @ models/lib/nn.yaml:80:7
%3980 = cast %3962 : f32[] @ models/lib/nn.yaml:80:7
%3981 = broadcast %3980 : f32[16] @ models/lib/nn.yaml:80:7
%3982 = mul %3979, %3981 : f32[16] @ models/lib/nn.yaml:80:7
%3983 = sub %28, %3982 : f32[16] @ models/lib/nn.yaml:80:7
%3984 = assign %28, %3983 : f32[16] @ models/lib/nn.yaml:80:7
%3985 = assign %3933, %3946 : f32[16] @ models/lib/nn.yaml:80:7
%3986 = assign %3934, %3956 : f32[16] @ models/lib/nn.yaml:80:7
%3987 = assign %3935, %3937 : i64[] @ models/lib/nn.yaml:80:7
%3988 = cast %1213 : f32[] @ models/lib/nn.yaml:80:7
%3989 = broadcast %3988 : f32[16] @ models/lib/nn.yaml:80:7
%3990 = mul %66, %3989 : f32[16] @ models/lib/nn.yaml:80:7
%3991 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3992 = sub %3991, %1213 : f64[] @ models/lib/nn.yaml:80:7
%3993 = cast %3992 : f32[] @ models/lib/nn.yaml:80:7
%3994 = broadcast %3993 : f32[16] @ models/lib/nn.yaml:80:7
%3995 = mul %3983, %3994 : f32[16] @ models/lib/nn.yaml:80:7
%3996 = add %3990, %3995 : f32[16] @ models/lib/nn.yaml:80:7
%3997 = assign %66, %3996 : f32[16] @ models/lib/nn.yaml:80:7
%3998 = all_reduce_sum %1861 : f32[16] @ models/lib/nn.yaml:89:7
%3999 = reshape %3998 : f32[16] @ models/lib/nn.yaml:89:7
%4000 = mul %3999, %3999 : f32[16] @ models/lib/nn.yaml:89:7
%4001 = reduce_sum %4000 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%4002 = sqrt %4001 : f32[] @ models/lib/nn.yaml:89:7
%4003 = cast %4002 : f64[] @ models/lib/nn.yaml:89:7
%4004 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%4005 = add %4003, %4004 : f64[] @ models/lib/nn.yaml:89:7
%4006 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%4007 = div %4006, %4005 : f64[] @ models/lib/nn.yaml:89:7
%4008 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4009 = lt %4007, %4008 : bool[] @ models/lib/nn.yaml:89:7
%4010 = cast %4007 : f32[] @ models/lib/nn.yaml:89:7
%4011 = broadcast %4010 : f32[16] @ models/lib/nn.yaml:89:7
%4012 = mul %3998, %4011 : f32[16] @ models/lib/nn.yaml:89:7
%4013 = broadcast %4009 : bool[16] @ models/lib/nn.yaml:89:7
%4014 = select %4013, %4012, %3998 : f32[16] @ models/lib/nn.yaml:89:7
%4015 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4016 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4017 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4018 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%4019 = add %4017, %4018 : i64[] @ models/lib/nn.yaml:89:7
%4020 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%4021 = cast %4020 : f32[] @ models/lib/nn.yaml:89:7
%4022 = broadcast %4021 : f32[16] @ models/lib/nn.yaml:89:7
%4023 = mul %4014, %4022 : f32[16] @ models/lib/nn.yaml:89:7
%4024 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%4025 = cast %4024 : f32[] @ models/lib/nn.yaml:89:7
%4026 = broadcast %4025 : f32[16] @ models/lib/nn.yaml:89:7
%4027 = mul %4015, %4026 : f32[16] @ models/lib/nn.yaml:89:7
%4028 = add %4027, %4023 : f32[16] @ models/lib/nn.yaml:89:7
%4029 = mul %4014, %4014 : f32[16] @ models/lib/nn.yaml:89:7
%4030 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%4031 = cast %4030 : f32[] @ models/lib/nn.yaml:89:7
%4032 = broadcast %4031 : f32[16] @ models/lib/nn.yaml:89:7
%4033 = mul %4029, %4032 : f32[16] @ models/lib/nn.yaml:89:7
%4034 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%4035 = cast %4034 : f32[] @ models/lib/nn.yaml:89:7
%4036 = broadcast %4035 : f32[16] @ models/lib/nn.yaml:89:7
%4037 = mul %4016, %4036 : f32[16] @ models/lib/nn.yaml:89:7
%4038 = add %4037, %4033 : f32[16] @ models/lib/nn.yaml:89:7
%4039 = cast %4019 : f64[] @ models/lib/nn.yaml:89:7
%4040 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%4041 = pow %4040, %4039 : f64[] @ models/lib/nn.yaml:89:7
%4042 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4043 = sub %4042, %4041 : f64[] @ models/lib/nn.yaml:89:7
%4044 = div %1211, %4043 : f64[] @ models/lib/nn.yaml:89:7
%4045 = cast %4019 : f64[] @ models/lib/nn.yaml:89:7
%4046 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%4047 = pow %4046, %4045 : f64[] @ models/lib/nn.yaml:89:7
%4048 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4049 = sub %4048, %4047 : f64[] @ models/lib/nn.yaml:89:7
%4050 = sqrt %4049 : f64[] @ models/lib/nn.yaml:89:7
%4051 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4052 = div %4051, %4050 : f64[] @ models/lib/nn.yaml:89:7
%4053 = sqrt %4038 : f32[16] @ models/lib/nn.yaml:89:7
%4054 = cast %4052 : f32[] @ models/lib/nn.yaml:89:7
%4055 = broadcast %4054 : f32[16] @ models/lib/nn.yaml:89:7
%4056 = mul %4053, %4055 : f32[16] @ models/lib/nn.yaml:89:7
%4057 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%4058 = cast %4057 : f32[] @ models/lib/nn.yaml:89:7
%4059 = broadcast %4058 : f32[16] @ models/lib/nn.yaml:89:7
%4060 = add %4056, %4059 : f32[16] @ models/lib/nn.yaml:89:7
%4061 = div %4028, %4060 : f32[16] @ models/lib/nn.yaml:89:7
%4062 = cast %4044 : f32[] @ models/lib/nn.yaml:89:7
%4063 = broadcast %4062 : f32[16] @ models/lib/nn.yaml:89:7
%4064 = mul %4061, %4063 : f32[16] @ models/lib/nn.yaml:89:7
%4065 = sub %29, %4064 : f32[16] @ models/lib/nn.yaml:89:7
%4066 = assign %29, %4065 : f32[16] @ models/lib/nn.yaml:89:7
%4067 = assign %4015, %4028 : f32[16] @ models/lib/nn.yaml:89:7
%4068 = assign %4016, %4038 : f32[16] @ models/lib/nn.yaml:89:7
%4069 = assign %4017, %4019 : i64[] @ models/lib/nn.yaml:89:7
%4070 = cast %1213 : f32[] @ models/lib/nn.yaml:89:7
%4071 = broadcast %4070 : f32[16] @ models/lib/nn.yaml:89:7
%4072 = mul %67, %4071 : f32[16] @ models/lib/nn.yaml:89:7
%4073 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4074 = sub %4073, %1213 : f64[] @ models/lib/nn.yaml:89:7
%4075 = cast %4074 : f32[] @ models/lib/nn.yaml:89:7
%4076 = broadcast %4075 : f32[16] @ models/lib/nn.yaml:89:7
%4077 = mul %4065, %4076 : f32[16] @ models/lib/nn.yaml:89:7
%4078 = add %4072, %4077 : f32[16] @ models/lib/nn.yaml:89:7
%4079 = assign %67, %4078 : f32[16] @ models/lib/nn.yaml:89:7
%4080 = all_reduce_sum %1856 : f32[16] @ models/lib/nn.yaml:90:7
%4081 = reshape %4080 : f32[16] @ models/lib/nn.yaml:90:7
%4082 = mul %4081, %4081 : f32[16] @ models/lib/nn.yaml:90:7
%4083 = reduce_sum %4082 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%4084 = sqrt %4083 : f32[] @ models/lib/nn.yaml:90:7
%4085 = cast %4084 : f64[] @ models/lib/nn.yaml:90:7
%4086 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%4087 = add %4085, %4086 : f64[] @ models/lib/nn.yaml:90:7
%4088 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%4089 = div %4088, %4087 : f64[] @ models/lib/nn.yaml:90:7
%4090 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4091 = lt %4089, %4090 : bool[] @ models/lib/nn.yaml:90:7
%4092 = cast %4089 : f32[] @ models/lib/nn.yaml:90:7
%4093 = broadcast %4092 : f32[16] @ models/lib/nn.yaml:90:7
%4094 = mul %4080, %4093 : f32[16] @ models/lib/nn.yaml:90:7
%4095 = broadcast %4091 : bool[16] @ models/lib/nn.yaml:90:7
%4096 = select %4095, %4094, %4080 : f32[16] @ models/lib/nn.yaml:90:7
%4097 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4098 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4099 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4100 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%4101 = add %4099, %4100 : i64[] @ models/lib/nn.yaml:90:7
%4102 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%4103 = cast %4102 : f32[] @ models/lib/nn.yaml:90:7
%4104 = broadcast %4103 : f32[16] @ models/lib/nn.yaml:90:7
%4105 = mul %4096, %4104 : f32[16] @ models/lib/nn.yaml:90:7
%4106 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%4107 = cast %4106 : f32[] @ models/lib/nn.yaml:90:7
%4108 = broadcast %4107 : f32[16] @ models/lib/nn.yaml:90:7
%4109 = mul %4097, %4108 : f32[16] @ models/lib/nn.yaml:90:7
%4110 = add %4109, %4105 : f32[16] @ models/lib/nn.yaml:90:7
%4111 = mul %4096, %4096 : f32[16] @ models/lib/nn.yaml:90:7
%4112 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%4113 = cast %4112 : f32[] @ models/lib/nn.yaml:90:7
%4114 = broadcast %4113 : f32[16] @ models/lib/nn.yaml:90:7
%4115 = mul %4111, %4114 : f32[16] @ models/lib/nn.yaml:90:7
%4116 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%4117 = cast %4116 : f32[] @ models/lib/nn.yaml:90:7
%4118 = broadcast %4117 : f32[16] @ models/lib/nn.yaml:90:7
%4119 = mul %4098, %4118 : f32[16] @ models/lib/nn.yaml:90:7
%4120 = add %4119, %4115 : f32[16] @ models/lib/nn.yaml:90:7
%4121 = cast %4101 : f64[] @ models/lib/nn.yaml:90:7
%4122 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%4123 = pow %4122, %4121 : f64[] @ models/lib/nn.yaml:90:7
%4124 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4125 = sub %4124, %4123 : f64[] @ models/lib/nn.yaml:90:7
%4126 = div %1211, %4125 : f64[] @ models/lib/nn.yaml:90:7
%4127 = cast %4101 : f64[] @ models/lib/nn.yaml:90:7
%4128 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%4129 = pow %4128, %4127 : f64[] @ models/lib/nn.yaml:90:7
%4130 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4131 = sub %4130, %4129 : f64[] @ models/lib/nn.yaml:90:7
%4132 = sqrt %4131 : f64[] @ models/lib/nn.yaml:90:7
%4133 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4134 = div %4133, %4132 : f64[] @ models/lib/nn.yaml:90:7
%4135 = sqrt %4120 : f32[16] @ models/lib/nn.yaml:90:7
%4136 = cast %4134 : f32[] @ models/lib/nn.yaml:90:7
%4137 = broadcast %4136 : f32[16] @ models/lib/nn.yaml:90:7
%4138 = mul %4135, %4137 : f32[16] @ models/lib/nn.yaml:90:7
%4139 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%4140 = cast %4139 : f32[] @ models/lib/nn.yaml:90:7
%4141 = broadcast %4140 : f32[16] @ models/lib/nn.yaml:90:7
%4142 = add %4138, %4141 : f32[16] @ models/lib/nn.yaml:90:7
%4143 = div %4110, %4142 : f32[16] @ models/lib/nn.yaml:90:7
%4144 = cast %4126 : f32[] @ models/lib/nn.yaml:90:7
%4145 = broadcast %4144 : f32[16] @ models/lib/nn.yaml:90:7
%4146 = mul %4143, %4145 : f32[16] @ models/lib/nn.yaml:90:7
%4147 = sub %30, %4146 : f32[16] @ models/lib/nn.yaml:90:7
%4148 = assign %30, %4147 : f32[16] @ models/lib/nn.yaml:90:7
%4149 = assign %4097, %4110 : f32[16] @ models/lib/nn.yaml:90:7
%4150 = assign %4098, %4120 : f32[16] @ models/lib/nn.yaml:90:7
%4151 = assign %4099, %4101 : i64[] @ models/lib/nn.yaml:90:7
%4152 = cast %1213 : f32[] @ models/lib/nn.yaml:90:7
%4153 = broadcast %4152 : f32[16] @ models/lib/nn.yaml:90:7
%4154 = mul %68, %4153 : f32[16] @ models/lib/nn.yaml:90:7
%4155 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4156 = sub %4155, %1213 : f64[] @ models/lib/nn.yaml:90:7
%4157 = cast %4156 : f32[] @ models/lib/nn.yaml:90:7
%4158 = broadcast %4157 : f32[16] @ models/lib/nn.yaml:90:7
%4159 = mul %4147, %4158 : f32[16] @ models/lib/nn.yaml:90:7
%4160 = add %4154, %4159 : f32[16] @ models/lib/nn.yaml:90:7
%4161 = assign %68, %4160 : f32[16] @ models/lib/nn.yaml:90:7
%4162 = all_reduce_sum %1853 : f32[64,16] @ models/lib/nn.yaml:79:7
%4163 = reshape %4162 : f32[1024] @ models/lib/nn.yaml:79:7
%4164 = mul %4163, %4163 : f32[1024] @ models/lib/nn.yaml:79:7
%4165 = reduce_sum %4164 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4166 = sqrt %4165 : f32[] @ models/lib/nn.yaml:79:7
%4167 = cast %4166 : f64[] @ models/lib/nn.yaml:79:7
%4168 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%4169 = add %4167, %4168 : f64[] @ models/lib/nn.yaml:79:7
%4170 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%4171 = div %4170, %4169 : f64[] @ models/lib/nn.yaml:79:7
%4172 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4173 = lt %4171, %4172 : bool[] @ models/lib/nn.yaml:79:7
%4174 = cast %4171 : f32[] @ models/lib/nn.yaml:79:7
%4175 = broadcast %4174 : f32[64,16] @ models/lib/nn.yaml:79:7
%4176 = mul %4162, %4175 : f32[64,16] @ models/lib/nn.yaml:79:7
%4177 = broadcast %4173 : bool[64,16] @ models/lib/nn.yaml:79:7
%4178 = select %4177, %4176, %4162 : f32[64,16] @ models/lib/nn.yaml:79:7
%4179 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%4180 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%4181 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4182 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%4183 = add %4181, %4182 : i64[] @ models/lib/nn.yaml:79:7
%4184 = mul %1211, %1212 : f64[] @ models/lib/nn.yaml:79:7
%4185 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4186 = sub %4185, %4184 : f64[] @ models/lib/nn.yaml:79:7
%4187 = cast %4186 : f32[] @ models/lib/nn.yaml:79:7
%4188 = broadcast %4187 : f32[64,16] @ models/lib/nn.yaml:79:7
%4189 = mul %31, %4188 : f32[64,16] @ models/lib/nn.yaml:79:7
%4190 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%4191 = cast %4190 : f32[] @ models/lib/nn.yaml:79:7
%4192 = broadcast %4191 : f32[64,16] @ models/lib/nn.yaml:79:7
%4193 = mul %4178, %4192 : f32[64,16] @ models/lib/nn.yaml:79:7
%4194 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4195 = cast %4194 : f32[] @ models/lib/nn.yaml:79:7
%4196 = broadcast %4195 : f32[64,16] @ models/lib/nn.yaml:79:7
%4197 = mul %4179, %4196 : f32[64,16] @ models/lib/nn.yaml:79:7
%4198 = add %4197, %4193 : f32[64,16] @ models/lib/nn.yaml:79:7
%4199 = mul %4178, %4178 : f32[64,16] @ models/lib/nn.yaml:79:7
%4200 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%4201 = cast %4200 : f32[] @ models/lib/nn.yaml:79:7
%4202 = broadcast %4201 : f32[64,16] @ models/lib/nn.yaml:79:7
%4203 = mul %4199, %4202 : f32[64,16] @ models/lib/nn.yaml:79:7
%4204 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4205 = cast %4204 : f32[] @ models/lib/nn.yaml:79:7
%4206 = broadcast %4205 : f32[64,16] @ models/lib/nn.yaml:79:7
%4207 = mul %4180, %4206 : f32[64,16] @ models/lib/nn.yaml:79:7
%4208 = add %4207, %4203 : f32[64,16] @ models/lib/nn.yaml:79:7
%4209 = cast %4183 : f64[] @ models/lib/nn.yaml:79:7
%4210 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4211 = pow %4210, %4209 : f64[] @ models/lib/nn.yaml:79:7
%4212 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4213 = sub %4212, %4211 : f64[] @ models/lib/nn.yaml:79:7
%4214 = div %1211, %4213 : f64[] @ models/lib/nn.yaml:79:7
%4215 = cast %4183 : f64[] @ models/lib/nn.yaml:79:7
%4216 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4217 = pow %4216, %4215 : f64[] @ models/lib/nn.yaml:79:7
%4218 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4219 = sub %4218, %4217 : f64[] @ models/lib/nn.yaml:79:7
%4220 = sqrt %4219 : f64[] @ models/lib/nn.yaml:79:7
%4221 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4222 = div %4221, %4220 : f64[] @ models/lib/nn.yaml:79:7
%4223 = sqrt %4208 : f32[64,16] @ models/lib/nn.yaml:79:7
%4224 = cast %4222 : f32[] @ models/lib/nn.yaml:79:7
%4225 = broadcast %4224 : f32[64,16] @ models/lib/nn.yaml:79:7
%4226 = mul %4223, %4225 : f32[64,16] @ models/lib/nn.yaml:79:7
%4227 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%4228 = cast %4227 : f32[] @ models/lib/nn.yaml:79:7
%4229 = broadcast %4228 : f32[64,16] @ models/lib/nn.yaml:79:7
%4230 = add %4226, %4229 : f32[64,16] @ models/lib/nn.yaml:79:7
%4231 = div %4198, %4230 : f32[64,16] @ models/lib/nn.yaml:79:7
%4232 = cast %4214 : f32[] @ models/lib/nn.yaml:79:7
%4233 = broadcast %4232 : f32[64,16] @ models/lib/nn.yaml:79:7
%4234 = mul %4231, %4233 : f32[64,16] @ models/lib/nn.yaml:79:7
%4235 = sub %4189, %4234 : f32[64,16] @ models/lib/nn.yaml:79:7
%4236 = assign %31, %4235 : f32[64,16] @ models/lib/nn.yaml:79:7
%4237 = assign %4179, %4198 : f32[64,16] @ models/lib/nn.yaml:79:7
%4238 = assign %4180, %4208 : f32[64,16] @ models/lib/nn.yaml:79:7
%4239 = assign %4181, %4183 : i64[] @ models/lib/nn.yaml:79:7
%4240 = cast %1213 : f32[] @ models/lib/nn.yaml:79:7
%4241 = broadcast %4240 : f32[64,16] @ models/lib/nn.yaml:79:7
%4242 = mul %69, %4241 : f32[64,16] @ models/lib/nn.yaml:79:7
%4243 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4244 = sub %4243, %1213 : f64[] @ models/lib/nn.yaml:79:7
%4245 = cast %4244 : f32[] @ models/lib/nn.yaml:79:7
%4246 = broadcast %4245 : f32[64,16] @ models/lib/nn.yaml:79:7
%4247 = mul %4235, %4246 : f32[64,16] @ models/lib/nn.yaml:79:7
%4248 = add %4242, %4247 : f32[64,16] @ models/lib/nn.yaml:79:7
%4249 = assign %69, %4248 : f32[64,16] @ models/lib/nn.yaml:79:7
%4250 = all_reduce_sum %1848 : f32[64] @ models/lib/nn.yaml:80:7
%4251 = reshape %4250 : f32[64] @ models/lib/nn.yaml:80:7
%4252 = mul %4251, %4251 : f32[64] @ models/lib/nn.yaml:80:7
%4253 = reduce_sum %4252 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%4254 = sqrt %4253 : f32[] @ models/lib/nn.yaml:80:7
%4255 = cast %4254 : f64[] @ models/lib/nn.yaml:80:7
%4256 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%4257 = add %4255, %4256 : f64[] @ models/lib/nn.yaml:80:7
%4258 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%4259 = div %4258, %4257 : f64[] @ models/lib/nn.yaml:80:7
%4260 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4261 = lt %4259, %4260 : bool[] @ models/lib/nn.yaml:80:7
%4262 = cast %4259 : f32[] @ models/lib/nn.yaml:80:7
%4263 = broadcast %4262 : f32[64] @ models/lib/nn.yaml:80:7
%4264 = mul %4250, %4263 : f32[64] @ models/lib/nn.yaml:80:7
%4265 = broadcast %4261 : bool[64] @ models/lib/nn.yaml:80:7
%4266 = select %4265, %4264, %4250 : f32[64] @ models/lib/nn.yaml:80:7
%4267 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4268 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4269 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4270 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%4271 = add %4269, %4270 : i64[] @ models/lib/nn.yaml:80:7
%4272 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%4273 = cast %4272 : f32[] @ models/lib/nn.yaml:80:7
%4274 = broadcast %4273 : f32[64] @ models/lib/nn.yaml:80:7
%4275 = mul %4266, %4274 : f32[64] @ models/lib/nn.yaml:80:7
%4276 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4277 = cast %4276 : f32[] @ models/lib/nn.yaml:80:7
%4278 = broadcast %4277 : f32[64] @ models/lib/nn.yaml:80:7
%4279 = mul %4267, %4278 : f32[64] @ models/lib/nn.yaml:80:7
%4280 = add %4279, %4275 : f32[64] @ models/lib/nn.yaml:80:7
%4281 = mul %4266, %4266 : f32[64] @ models/lib/nn.yaml:80:7
%4282 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%4283 = cast %4282 : f32[] @ models/lib/nn.yaml:80:7
%4284 = broadcast %4283 : f32[64] @ models/lib/nn.yaml:80:7
%4285 = mul %4281, %4284 : f32[64] @ models/lib/nn.yaml:80:7
%4286 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4287 = cast %4286 : f32[] @ models/lib/nn.yaml:80:7
%4288 = broadcast %4287 : f32[64] @ models/lib/nn.yaml:80:7
%4289 = mul %4268, %4288 : f32[64] @ models/lib/nn.yaml:80:7
%4290 = add %4289, %4285 : f32[64] @ models/lib/nn.yaml:80:7
%4291 = cast %4271 : f64[] @ models/lib/nn.yaml:80:7
%4292 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4293 = pow %4292, %4291 : f64[] @ models/lib/nn.yaml:80:7
%4294 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4295 = sub %4294, %4293 : f64[] @ models/lib/nn.yaml:80:7
%4296 = div %1211, %4295 : f64[] @ models/lib/nn.yaml:80:7
%4297 = cast %4271 : f64[] @ models/lib/nn.yaml:80:7
%4298 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4299 = pow %4298, %4297 : f64[] @ models/lib/nn.yaml:80:7
%4300 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4301 = sub %4300, %4299 : f64[] @ models/lib/nn.yaml:80:7
%4302 = sqrt %4301 : f64[] @ models/lib/nn.yaml:80:7
%4303 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4304 = div %4303, %4302 : f64[] @ models/lib/nn.yaml:80:7
%4305 = sqrt %4290 : f32[64] @ models/lib/nn.yaml:80:7
%4306 = cast %4304 : f32[] @ models/lib/nn.yaml:80:7
%4307 = broadcast %4306 : f32[64] @ models/lib/nn.yaml:80:7
%4308 = mul %4305, %4307 : f32[64] @ models/lib/nn.yaml:80:7
%4309 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%4310 = cast %4309 : f32[] @ models/lib/nn.yaml:80:7
%4311 = broadcast %4310 : f32[64] @ models/lib/nn.yaml:80:7
%4312 = add %4308, %4311 : f32[64] @ models/lib/nn.yaml:80:7
%4313 = div %4280, %4312 : f32[64] @ models/lib/nn.yaml:80:7
%4314 = cast %4296 : f32[] @ models/lib/nn.yaml:80:7
%4315 = broadcast %4314 : f32[64] @ models/lib/nn.yaml:80:7
%4316 = mul %4313, %4315 : f32[64] @ models/lib/nn.yaml:80:7
%4317 = sub %32, %4316 : f32[64] @ models/lib/nn.yaml:80:7
%4318 = assign %32, %4317 : f32[64] @ models/lib/nn.yaml:80:7
%4319 = assign %4267, %4280 : f32[64] @ models/lib/nn.yaml:80:7
%4320 = assign %4268, %4290 : f32[64] @ models/lib/nn.yaml:80:7
%4321 = assign %4269, %4271 : i64[] @ models/lib/nn.yaml:80:7
%4322 = cast %1213 : f32[] @ models/lib/nn.yaml:80:7
%4323 = broadcast %4322 : f32[64] @ models/lib/nn.yaml:80:7
%4324 = mul %70, %4323 : f32[64] @ models/lib/nn.yaml:80:7
%4325 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4326 = sub %4325, %1213 : f64[] @ models/lib/nn.yaml:80:7
%4327 = cast %4326 : f32[] @ models/lib/nn.yaml:80:7
%4328 = broadcast %4327 : f32[64] @ models/lib/nn.yaml:80:7
%4329 = mul %4317, %4328 : f32[64] @ models/lib/nn.yaml:80:7
%4330 = add %4324, %4329 : f32[64] @ models/lib/nn.yaml:80:7
%4331 = assign %70, %4330 : f32[64] @ models/lib/nn.yaml:80:7
%4332 = all_reduce_sum %1833 : f32[16,64] @ models/lib/nn.yaml:79:7
%4333 = reshape %4332 : f32[1024] @ models/lib/nn.yaml:79:7
%4334 = mul %4333, %4333 : f32[1024] @ models/lib/nn.yaml:79:7
%4335 = reduce_sum %4334 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4336 = sqrt %4335 : f32[] @ models/lib/nn.yaml:79:7
%4337 = cast %4336 : f64[] @ models/lib/nn.yaml:79:7
%4338 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%4339 = add %4337, %4338 : f64[] @ models/lib/nn.yaml:79:7
%4340 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%4341 = div %4340, %4339 : f64[] @ models/lib/nn.yaml:79:7
%4342 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4343 = lt %4341, %4342 : bool[] @ models/lib/nn.yaml:79:7
%4344 = cast %4341 : f32[] @ models/lib/nn.yaml:79:7
%4345 = broadcast %4344 : f32[16,64] @ models/lib/nn.yaml:79:7
%4346 = mul %4332, %4345 : f32[16,64] @ models/lib/nn.yaml:79:7
%4347 = broadcast %4343 : bool[16,64] @ models/lib/nn.yaml:79:7
%4348 = select %4347, %4346, %4332 : f32[16,64] @ models/lib/nn.yaml:79:7
%4349 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%4350 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%4351 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4352 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%4353 = add %4351, %4352 : i64[] @ models/lib/nn.yaml:79:7
%4354 = mul %1211, %1212 : f64[] @ models/lib/nn.yaml:79:7
%4355 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4356 = sub %4355, %4354 : f64[] @ models/lib/nn.yaml:79:7
%4357 = cast %4356 : f32[] @ models/lib/nn.yaml:79:7
%4358 = broadcast %4357 : f32[16,64] @ models/lib/nn.yaml:79:7
%4359 = mul %33, %4358 : f32[16,64] @ models/lib/nn.yaml:79:7
%4360 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%4361 = cast %4360 : f32[] @ models/lib/nn.yaml:79:7
%4362 = broadcast %4361 : f32[16,64] @ models/lib/nn.yaml:79:7
%4363 = mul %4348, %4362 : f32[16,64] @ models/lib/nn.yaml:79:7
%4364 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4365 = cast %4364 : f32[] @ models/lib/nn.yaml:79:7
%4366 = broadcast %4365 : f32[16,64] @ models/lib/nn.yaml:79:7
%4367 = mul %4349, %4366 : f32[16,64] @ models/lib/nn.yaml:79:7
%4368 = add %4367, %4363 : f32[16,64] @ models/lib/nn.yaml:79:7
%4369 = mul %4348, %4348 : f32[16,64] @ models/lib/nn.yaml:79:7
%4370 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%4371 = cast %4370 : f32[] @ models/lib/nn.yaml:79:7
%4372 = broadcast %4371 : f32[16,64] @ models/lib/nn.yaml:79:7
%4373 = mul %4369, %4372 : f32[16,64] @ models/lib/nn.yaml:79:7
%4374 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4375 = cast %4374 : f32[] @ models/lib/nn.yaml:79:7
%4376 = broadcast %4375 : f32[16,64] @ models/lib/nn.yaml:79:7
%4377 = mul %4350, %4376 : f32[16,64] @ models/lib/nn.yaml:79:7
%4378 = add %4377, %4373 : f32[16,64] @ models/lib/nn.yaml:79:7
%4379 = cast %4353 : f64[] @ models/lib/nn.yaml:79:7
%4380 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4381 = pow %4380, %4379 : f64[] @ models/lib/nn.yaml:79:7
%4382 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4383 = sub %4382, %4381 : f64[] @ models/lib/nn.yaml:79:7
%4384 = div %1211, %4383 : f64[] @ models/lib/nn.yaml:79:7
%4385 = cast %4353 : f64[] @ models/lib/nn.yaml:79:7
%4386 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4387 = pow %4386, %4385 : f64[] @ models/lib/nn.yaml:79:7
%4388 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4389 = sub %4388, %4387 : f64[] @ models/lib/nn.yaml:79:7
%4390 = sqrt %4389 : f64[] @ models/lib/nn.yaml:79:7
%4391 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4392 = div %4391, %4390 : f64[] @ models/lib/nn.yaml:79:7
%4393 = sqrt %4378 : f32[16,64] @ models/lib/nn.yaml:79:7
%4394 = cast %4392 : f32[] @ models/lib/nn.yaml:79:7
%4395 = broadcast %4394 : f32[16,64] @ models/lib/nn.yaml:79:7
%4396 = mul %4393, %4395 : f32[16,64] @ models/lib/nn.yaml:79:7
%4397 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%4398 = cast %4397 : f32[] @ models/lib/nn.yaml:79:7
%4399 = broadcast %4398 : f32[16,64] @ models/lib/nn.yaml:79:7
%4400 = add %4396, %4399 : f32[16,64] @ models/lib/nn.yaml:79:7
%4401 = div %4368, %4400 : f32[16,64] @ models/lib/nn.yaml:79:7
%4402 = cast %4384 : f32[] @ models/lib/nn.yaml:79:7
%4403 = broadcast %4402 : f32[16,64] @ models/lib/nn.yaml:79:7
%4404 = mul %4401, %4403 : f32[16,64] @ models/lib/nn.yaml:79:7
%4405 = sub %4359, %4404 : f32[16,64] @ models/lib/nn.yaml:79:7
%4406 = assign %33, %4405 : f32[16,64] @ models/lib/nn.yaml:79:7
%4407 = assign %4349, %4368 : f32[16,64] @ models/lib/nn.yaml:79:7
%4408 = assign %4350, %4378 : f32[16,64] @ models/lib/nn.yaml:79:7
%4409 = assign %4351, %4353 : i64[] @ models/lib/nn.yaml:79:7
%4410 = cast %1213 : f32[] @ models/lib/nn.yaml:79:7
%4411 = broadcast %4410 : f32[16,64] @ models/lib/nn.yaml:79:7
%4412 = mul %71, %4411 : f32[16,64] @ models/lib/nn.yaml:79:7
%4413 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4414 = sub %4413, %1213 : f64[] @ models/lib/nn.yaml:79:7
%4415 = cast %4414 : f32[] @ models/lib/nn.yaml:79:7
%4416 = broadcast %4415 : f32[16,64] @ models/lib/nn.yaml:79:7
%4417 = mul %4405, %4416 : f32[16,64] @ models/lib/nn.yaml:79:7
%4418 = add %4412, %4417 : f32[16,64] @ models/lib/nn.yaml:79:7
%4419 = assign %71, %4418 : f32[16,64] @ models/lib/nn.yaml:79:7
%4420 = all_reduce_sum %1828 : f32[16] @ models/lib/nn.yaml:80:7
%4421 = reshape %4420 : f32[16] @ models/lib/nn.yaml:80:7
%4422 = mul %4421, %4421 : f32[16] @ models/lib/nn.yaml:80:7
%4423 = reduce_sum %4422 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%4424 = sqrt %4423 : f32[] @ models/lib/nn.yaml:80:7
%4425 = cast %4424 : f64[] @ models/lib/nn.yaml:80:7
%4426 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%4427 = add %4425, %4426 : f64[] @ models/lib/nn.yaml:80:7
%4428 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%4429 = div %4428, %4427 : f64[] @ models/lib/nn.yaml:80:7
%4430 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4431 = lt %4429, %4430 : bool[] @ models/lib/nn.yaml:80:7
%4432 = cast %4429 : f32[] @ models/lib/nn.yaml:80:7
%4433 = broadcast %4432 : f32[16] @ models/lib/nn.yaml:80:7
%4434 = mul %4420, %4433 : f32[16] @ models/lib/nn.yaml:80:7
%4435 = broadcast %4431 : bool[16] @ models/lib/nn.yaml:80:7
%4436 = select %4435, %4434, %4420 : f32[16] @ models/lib/nn.yaml:80:7
%4437 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4438 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4439 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4440 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%4441 = add %4439, %4440 : i64[] @ models/lib/nn.yaml:80:7
%4442 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%4443 = cast %4442 : f32[] @ models/lib/nn.yaml:80:7
%4444 = broadcast %4443 : f32[16] @ models/lib/nn.yaml:80:7
%4445 = mul %4436, %4444 : f32[16] @ models/lib/nn.yaml:80:7
%4446 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4447 = cast %4446 : f32[] @ models/lib/nn.yaml:80:7
%4448 = broadcast %4447 : f32[16] @ models/lib/nn.yaml:80:7
%4449 = mul %4437, %4448 : f32[16] @ models/lib/nn.yaml:80:7
%4450 = add %4449, %4445 : f32[16] @ models/lib/nn.yaml:80:7
%4451 = mul %4436, %4436 : f32[16] @ models/lib/nn.yaml:80:7
%4452 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%4453 = cast %4452 : f32[] @ models/lib/nn.yaml:80:7
%4454 = broadcast %4453 : f32[16] @ models/lib/nn.yaml:80:7
%4455 = mul %4451, %4454 : f32[16] @ models/lib/nn.yaml:80:7
%4456 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4457 = cast %4456 : f32[] @ models/lib/nn.yaml:80:7
%4458 = broadcast %4457 : f32[16] @ models/lib/nn.yaml:80:7
%4459 = mul %4438, %4458 : f32[16] @ models/lib/nn.yaml:80:7
%4460 = add %4459, %4455 : f32[16] @ models/lib/nn.yaml:80:7
%4461 = cast %4441 : f64[] @ models/lib/nn.yaml:80:7
%4462 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4463 = pow %4462, %4461 : f64[] @ models/lib/nn.yaml:80:7
%4464 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4465 = sub %4464, %4463 : f64[] @ models/lib/nn.yaml:80:7
%4466 = div %1211, %4465 : f64[] @ models/lib/nn.yaml:80:7
%4467 = cast %4441 : f64[] @ models/lib/nn.yaml:80:7
%4468 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4469 = pow %4468, %4467 : f64[] @ models/lib/nn.yaml:80:7
%4470 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4471 = sub %4470, %4469 : f64[] @ models/lib/nn.yaml:80:7
%4472 = sqrt %4471 : f64[] @ models/lib/nn.yaml:80:7
%4473 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4474 = div %4473, %4472 : f64[] @ models/lib/nn.yaml:80:7
%4475 = sqrt %4460 : f32[16] @ models/lib/nn.yaml:80:7
%4476 = cast %4474 : f32[] @ models/lib/nn.yaml:80:7
%4477 = broadcast %4476 : f32[16] @ models/lib/nn.yaml:80:7
%4478 = mul %4475, %4477 : f32[16] @ models/lib/nn.yaml:80:7
%4479 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%4480 = cast %4479 : f32[] @ models/lib/nn.yaml:80:7
%4481 = broadcast %4480 : f32[16] @ models/lib/nn.yaml:80:7
%4482 = add %4478, %4481 : f32[16] @ models/lib/nn.yaml:80:7
%4483 = div %4450, %4482 : f32[16] @ models/lib/nn.yaml:80:7
%4484 = cast %4466 : f32[] @ models/lib/nn.yaml:80:7
%4485 = broadcast %4484 : f32[16] @ models/lib/nn.yaml:80:7
%4486 = mul %4483, %4485 : f32[16] @ models/lib/nn.yaml:80:7
%4487 = sub %34, %4486 : f32[16] @ models/lib/nn.yaml:80:7
%4488 = assign %34, %4487 : f32[16] @ models/lib/nn.yaml:80:7
%4489 = assign %4437, %4450 : f32[16] @ models/lib/nn.yaml:80:7
%4490 = assign %4438, %4460 : f32[16] @ models/lib/nn.yaml:80:7
%4491 = assign %4439, %4441 : i64[] @ models/lib/nn.yaml:80:7
%4492 = cast %1213 : f32[] @ models/lib/nn.yaml:80:7
%4493 = broadcast %4492 : f32[16] @ models/lib/nn.yaml:80:7
%4494 = mul %72, %4493 : f32[16] @ models/lib/nn.yaml:80:7
%4495 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4496 = sub %4495, %1213 : f64[] @ models/lib/nn.yaml:80:7
%4497 = cast %4496 : f32[] @ models/lib/nn.yaml:80:7
%4498 = broadcast %4497 : f32[16] @ models/lib/nn.yaml:80:7
%4499 = mul %4487, %4498 : f32[16] @ models/lib/nn.yaml:80:7
%4500 = add %4494, %4499 : f32[16] @ models/lib/nn.yaml:80:7
%4501 = assign %72, %4500 : f32[16] @ models/lib/nn.yaml:80:7
%4502 = all_reduce_sum %1803 : f32[16] @ models/lib/nn.yaml:89:7
%4503 = reshape %4502 : f32[16] @ models/lib/nn.yaml:89:7
%4504 = mul %4503, %4503 : f32[16] @ models/lib/nn.yaml:89:7
%4505 = reduce_sum %4504 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%4506 = sqrt %4505 : f32[] @ models/lib/nn.yaml:89:7
%4507 = cast %4506 : f64[] @ models/lib/nn.yaml:89:7
%4508 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%4509 = add %4507, %4508 : f64[] @ models/lib/nn.yaml:89:7
%4510 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%4511 = div %4510, %4509 : f64[] @ models/lib/nn.yaml:89:7
%4512 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4513 = lt %4511, %4512 : bool[] @ models/lib/nn.yaml:89:7
%4514 = cast %4511 : f32[] @ models/lib/nn.yaml:89:7
%4515 = broadcast %4514 : f32[16] @ models/lib/nn.yaml:89:7
%4516 = mul %4502, %4515 : f32[16] @ models/lib/nn.yaml:89:7
%4517 = broadcast %4513 : bool[16] @ models/lib/nn.yaml:89:7
%4518 = select %4517, %4516, %4502 : f32[16] @ models/lib/nn.yaml:89:7
%4519 = state name="adam_m.backbone.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4520 = state name="adam_v.backbone.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4521 = state name="adam_t.backbone.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4522 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%4523 = add %4521, %4522 : i64[] @ models/lib/nn.yaml:89:7
%4524 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%4525 = cast %4524 : f32[] @ models/lib/nn.yaml:89:7
%4526 = broadcast %4525 : f32[16] @ models/lib/nn.yaml:89:7
%4527 = mul %4518, %4526 : f32[16] @ models/lib/nn.yaml:89:7
%4528 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%4529 = cast %4528 : f32[] @ models/lib/nn.yaml:89:7
%4530 = broadcast %4529 : f32[16] @ models/lib/nn.yaml:89:7
%4531 = mul %4519, %4530 : f32[16] @ models/lib/nn.yaml:89:7
%4532 = add %4531, %4527 : f32[16] @ models/lib/nn.yaml:89:7
%4533 = mul %4518, %4518 : f32[16] @ models/lib/nn.yaml:89:7
%4534 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%4535 = cast %4534 : f32[] @ models/lib/nn.yaml:89:7
%4536 = broadcast %4535 : f32[16] @ models/lib/nn.yaml:89:7
%4537 = mul %4533, %4536 : f32[16] @ models/lib/nn.yaml:89:7
%4538 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%4539 = cast %4538 : f32[] @ models/lib/nn.yaml:89:7
%4540 = broadcast %4539 : f32[16] @ models/lib/nn.yaml:89:7
%4541 = mul %4520, %4540 : f32[16] @ models/lib/nn.yaml:89:7
%4542 = add %4541, %4537 : f32[16] @ models/lib/nn.yaml:89:7
%4543 = cast %4523 : f64[] @ models/lib/nn.yaml:89:7
%4544 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%4545 = pow %4544, %4543 : f64[] @ models/lib/nn.yaml:89:7
%4546 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4547 = sub %4546, %4545 : f64[] @ models/lib/nn.yaml:89:7
%4548 = div %1211, %4547 : f64[] @ models/lib/nn.yaml:89:7
%4549 = cast %4523 : f64[] @ models/lib/nn.yaml:89:7
%4550 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%4551 = pow %4550, %4549 : f64[] @ models/lib/nn.yaml:89:7
%4552 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4553 = sub %4552, %4551 : f64[] @ models/lib/nn.yaml:89:7
%4554 = sqrt %4553 : f64[] @ models/lib/nn.yaml:89:7
%4555 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4556 = div %4555, %4554 : f64[] @ models/lib/nn.yaml:89:7
%4557 = sqrt %4542 : f32[16] @ models/lib/nn.yaml:89:7
%4558 = cast %4556 : f32[] @ models/lib/nn.yaml:89:7
%4559 = broadcast %4558 : f32[16] @ models/lib/nn.yaml:89:7
%4560 = mul %4557, %4559 : f32[16] @ models/lib/nn.yaml:89:7
%4561 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%4562 = cast %4561 : f32[] @ models/lib/nn.yaml:89:7
%4563 = broadcast %4562 : f32[16] @ models/lib/nn.yaml:89:7
%4564 = add %4560, %4563 : f32[16] @ models/lib/nn.yaml:89:7
%4565 = div %4532, %4564 : f32[16] @ models/lib/nn.yaml:89:7
%4566 = cast %4548 : f32[] @ models/lib/nn.yaml:89:7
%4567 = broadcast %4566 : f32[16] @ models/lib/nn.yaml:89:7
%4568 = mul %4565, %4567 : f32[16] @ models/lib/nn.yaml:89:7
%4569 = sub %35, %4568 : f32[16] @ models/lib/nn.yaml:89:7
%4570 = assign %35, %4569 : f32[16] @ models/lib/nn.yaml:89:7
%4571 = assign %4519, %4532 : f32[16] @ models/lib/nn.yaml:89:7
%4572 = assign %4520, %4542 : f32[16] @ models/lib/nn.yaml:89:7
%4573 = assign %4521, %4523 : i64[] @ models/lib/nn.yaml:89:7
%4574 = cast %1213 : f32[] @ models/lib/nn.yaml:89:7
%4575 = broadcast %4574 : f32[16] @ models/lib/nn.yaml:89:7
%4576 = mul %73, %4575 : f32[16] @ models/lib/nn.yaml:89:7
%4577 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4578 = sub %4577, %1213 : f64[] @ models/lib/nn.yaml:89:7
%4579 = cast %4578 : f32[] @ models/lib/nn.yaml:89:7
%4580 = broadcast %4579 : f32[16] @ models/lib/nn.yaml:89:7
%4581 = mul %4569, %4580 : f32[16] @ models/lib/nn.yaml:89:7
%4582 = add %4576, %4581 : f32[16] @ models/lib/nn.yaml:89:7
%4583 = assign %73, %4582 : f32[16] @ models/lib/nn.yaml:89:7
%4584 = all_reduce_sum %1798 : f32[16] @ models/lib/nn.yaml:90:7
%4585 = reshape %4584 : f32[16] @ models/lib/nn.yaml:90:7
%4586 = mul %4585, %4585 : f32[16] @ models/lib/nn.yaml:90:7
%4587 = reduce_sum %4586 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%4588 = sqrt %4587 : f32[] @ models/lib/nn.yaml:90:7
%4589 = cast %4588 : f64[] @ models/lib/nn.yaml:90:7
%4590 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%4591 = add %4589, %4590 : f64[] @ models/lib/nn.yaml:90:7
%4592 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%4593 = div %4592, %4591 : f64[] @ models/lib/nn.yaml:90:7
%4594 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4595 = lt %4593, %4594 : bool[] @ models/lib/nn.yaml:90:7
%4596 = cast %4593 : f32[] @ models/lib/nn.yaml:90:7
%4597 = broadcast %4596 : f32[16] @ models/lib/nn.yaml:90:7
%4598 = mul %4584, %4597 : f32[16] @ models/lib/nn.yaml:90:7
%4599 = broadcast %4595 : bool[16] @ models/lib/nn.yaml:90:7
%4600 = select %4599, %4598, %4584 : f32[16] @ models/lib/nn.yaml:90:7
%4601 = state name="adam_m.backbone.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4602 = state name="adam_v.backbone.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4603 = state name="adam_t.backbone.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4604 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%4605 = add %4603, %4604 : i64[] @ models/lib/nn.yaml:90:7
%4606 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%4607 = cast %4606 : f32[] @ models/lib/nn.yaml:90:7
%4608 = broadcast %4607 : f32[16] @ models/lib/nn.yaml:90:7
%4609 = mul %4600, %4608 : f32[16] @ models/lib/nn.yaml:90:7
%4610 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%4611 = cast %4610 : f32[] @ models/lib/nn.yaml:90:7
%4612 = broadcast %4611 : f32[16] @ models/lib/nn.yaml:90:7
%4613 = mul %4601, %4612 : f32[16] @ models/lib/nn.yaml:90:7
%4614 = add %4613, %4609 : f32[16] @ models/lib/nn.yaml:90:7
%4615 = mul %4600, %4600 : f32[16] @ models/lib/nn.yaml:90:7
%4616 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%4617 = cast %4616 : f32[] @ models/lib/nn.yaml:90:7
%4618 = broadcast %4617 : f32[16] @ models/lib/nn.yaml:90:7
%4619 = mul %4615, %4618 : f32[16] @ models/lib/nn.yaml:90:7
%4620 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%4621 = cast %4620 : f32[] @ models/lib/nn.yaml:90:7
%4622 = broadcast %4621 : f32[16] @ models/lib/nn.yaml:90:7
%4623 = mul %4602, %4622 : f32[16] @ models/lib/nn.yaml:90:7
%4624 = add %4623, %4619 : f32[16] @ models/lib/nn.yaml:90:7
%4625 = cast %4605 : f64[] @ models/lib/nn.yaml:90:7
%4626 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%4627 = pow %4626, %4625 : f64[] @ models/lib/nn.yaml:90:7
%4628 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4629 = sub %4628, %4627 : f64[] @ models/lib/nn.yaml:90:7
%4630 = div %1211, %4629 : f64[] @ models/lib/nn.yaml:90:7
%4631 = cast %4605 : f64[] @ models/lib/nn.yaml:90:7
%4632 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%4633 = pow %4632, %4631 : f64[] @ models/lib/nn.yaml:90:7
%4634 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4635 = sub %4634, %4633 : f64[] @ models/lib/nn.yaml:90:7
%4636 = sqrt %4635 : f64[] @ models/lib/nn.yaml:90:7
%4637 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4638 = div %4637, %4636 : f64[] @ models/lib/nn.yaml:90:7
%4639 = sqrt %4624 : f32[16] @ models/lib/nn.yaml:90:7
%4640 = cast %4638 : f32[] @ models/lib/nn.yaml:90:7
%4641 = broadcast %4640 : f32[16] @ models/lib/nn.yaml:90:7
%4642 = mul %4639, %4641 : f32[16] @ models/lib/nn.yaml:90:7
%4643 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%4644 = cast %4643 : f32[] @ models/lib/nn.yaml:90:7
%4645 = broadcast %4644 : f32[16] @ models/lib/nn.yaml:90:7
%4646 = add %4642, %4645 : f32[16] @ models/lib/nn.yaml:90:7
%4647 = div %4614, %4646 : f32[16] @ models/lib/nn.yaml:90:7
%4648 = cast %4630 : f32[] @ models/lib/nn.yaml:90:7
%4649 = broadcast %4648 : f32[16] @ models/lib/nn.yaml:90:7
%4650 = mul %4647, %4649 : f32[16] @ models/lib/nn.yaml:90:7
%4651 = sub %36, %4650 : f32[16] @ models/lib/nn.yaml:90:7
%4652 = assign %36, %4651 : f32[16] @ models/lib/nn.yaml:90:7
%4653 = assign %4601, %4614 : f32[16] @ models/lib/nn.yaml:90:7
%4654 = assign %4602, %4624 : f32[16] @ models/lib/nn.yaml:90:7
%4655 = assign %4603, %4605 : i64[] @ models/lib/nn.yaml:90:7
%4656 = cast %1213 : f32[] @ models/lib/nn.yaml:90:7
%4657 = broadcast %4656 : f32[16] @ models/lib/nn.yaml:90:7
%4658 = mul %74, %4657 : f32[16] @ models/lib/nn.yaml:90:7
%4659 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4660 = sub %4659, %1213 : f64[] @ models/lib/nn.yaml:90:7
%4661 = cast %4660 : f32[] @ models/lib/nn.yaml:90:7
%4662 = broadcast %4661 : f32[16] @ models/lib/nn.yaml:90:7
%4663 = mul %4651, %4662 : f32[16] @ models/lib/nn.yaml:90:7
%4664 = add %4658, %4663 : f32[16] @ models/lib/nn.yaml:90:7
%4665 = assign %74, %4664 : f32[16] @ models/lib/nn.yaml:90:7
%4666 = all_reduce_sum %1793 : f32[24,16] @ models/lib/nn.yaml:79:7
%4667 = reshape %4666 : f32[384] @ models/lib/nn.yaml:79:7
%4668 = mul %4667, %4667 : f32[384] @ models/lib/nn.yaml:79:7
%4669 = reduce_sum %4668 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4670 = sqrt %4669 : f32[] @ models/lib/nn.yaml:79:7
%4671 = cast %4670 : f64[] @ models/lib/nn.yaml:79:7
%4672 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%4673 = add %4671, %4672 : f64[] @ models/lib/nn.yaml:79:7
%4674 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%4675 = div %4674, %4673 : f64[] @ models/lib/nn.yaml:79:7
%4676 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4677 = lt %4675, %4676 : bool[] @ models/lib/nn.yaml:79:7
%4678 = cast %4675 : f32[] @ models/lib/nn.yaml:79:7
%4679 = broadcast %4678 : f32[24,16] @ models/lib/nn.yaml:79:7
%4680 = mul %4666, %4679 : f32[24,16] @ models/lib/nn.yaml:79:7
%4681 = broadcast %4677 : bool[24,16] @ models/lib/nn.yaml:79:7
%4682 = select %4681, %4680, %4666 : f32[24,16] @ models/lib/nn.yaml:79:7
%4683 = state name="adam_m.head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%4684 = state name="adam_v.head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%4685 = state name="adam_t.head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4686 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%4687 = add %4685, %4686 : i64[] @ models/lib/nn.yaml:79:7
%4688 = mul %1211, %1212 : f64[] @ models/lib/nn.yaml:79:7
%4689 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4690 = sub %4689, %4688 : f64[] @ models/lib/nn.yaml:79:7
%4691 = cast %4690 : f32[] @ models/lib/nn.yaml:79:7
%4692 = broadcast %4691 : f32[24,16] @ models/lib/nn.yaml:79:7
%4693 = mul %37, %4692 : f32[24,16] @ models/lib/nn.yaml:79:7
%4694 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%4695 = cast %4694 : f32[] @ models/lib/nn.yaml:79:7
%4696 = broadcast %4695 : f32[24,16] @ models/lib/nn.yaml:79:7
%4697 = mul %4682, %4696 : f32[24,16] @ models/lib/nn.yaml:79:7
%4698 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4699 = cast %4698 : f32[] @ models/lib/nn.yaml:79:7
%4700 = broadcast %4699 : f32[24,16] @ models/lib/nn.yaml:79:7
%4701 = mul %4683, %4700 : f32[24,16] @ models/lib/nn.yaml:79:7
%4702 = add %4701, %4697 : f32[24,16] @ models/lib/nn.yaml:79:7
%4703 = mul %4682, %4682 : f32[24,16] @ models/lib/nn.yaml:79:7
%4704 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%4705 = cast %4704 : f32[] @ models/lib/nn.yaml:79:7
%4706 = broadcast %4705 : f32[24,16] @ models/lib/nn.yaml:79:7
%4707 = mul %4703, %4706 : f32[24,16] @ models/lib/nn.yaml:79:7
%4708 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4709 = cast %4708 : f32[] @ models/lib/nn.yaml:79:7
%4710 = broadcast %4709 : f32[24,16] @ models/lib/nn.yaml:79:7
%4711 = mul %4684, %4710 : f32[24,16] @ models/lib/nn.yaml:79:7
%4712 = add %4711, %4707 : f32[24,16] @ models/lib/nn.yaml:79:7
%4713 = cast %4687 : f64[] @ models/lib/nn.yaml:79:7
%4714 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4715 = pow %4714, %4713 : f64[] @ models/lib/nn.yaml:79:7
%4716 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4717 = sub %4716, %4715 : f64[] @ models/lib/nn.yaml:79:7
%4718 = div %1211, %4717 : f64[] @ models/lib/nn.yaml:79:7
%4719 = cast %4687 : f64[] @ models/lib/nn.yaml:79:7
%4720 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4721 = pow %4720, %4719 : f64[] @ models/lib/nn.yaml:79:7
%4722 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4723 = sub %4722, %4721 : f64[] @ models/lib/nn.yaml:79:7
%4724 = sqrt %4723 : f64[] @ models/lib/nn.yaml:79:7
%4725 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4726 = div %4725, %4724 : f64[] @ models/lib/nn.yaml:79:7
%4727 = sqrt %4712 : f32[24,16] @ models/lib/nn.yaml:79:7
%4728 = cast %4726 : f32[] @ models/lib/nn.yaml:79:7
%4729 = broadcast %4728 : f32[24,16] @ models/lib/nn.yaml:79:7
%4730 = mul %4727, %4729 : f32[24,16] @ models/lib/nn.yaml:79:7
%4731 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%4732 = cast %4731 : f32[] @ models/lib/nn.yaml:79:7
%4733 = broadcast %4732 : f32[24,16] @ models/lib/nn.yaml:79:7
%4734 = add %4730, %4733 : f32[24,16] @ models/lib/nn.yaml:79:7
%4735 = div %4702, %4734 : f32[24,16] @ models/lib/nn.yaml:79:7
%4736 = cast %4718 : f32[] @ models/lib/nn.yaml:79:7
%4737 = broadcast %4736 : f32[24,16] @ models/lib/nn.yaml:79:7
%4738 = mul %4735, %4737 : f32[24,16] @ models/lib/nn.yaml:79:7
%4739 = sub %4693, %4738 : f32[24,16] @ models/lib/nn.yaml:79:7
%4740 = assign %37, %4739 : f32[24,16] @ models/lib/nn.yaml:79:7
%4741 = assign %4683, %4702 : f32[24,16] @ models/lib/nn.yaml:79:7
%4742 = assign %4684, %4712 : f32[24,16] @ models/lib/nn.yaml:79:7
%4743 = assign %4685, %4687 : i64[] @ models/lib/nn.yaml:79:7
%4744 = cast %1213 : f32[] @ models/lib/nn.yaml:79:7
%4745 = broadcast %4744 : f32[24,16] @ models/lib/nn.yaml:79:7
%4746 = mul %75, %4745 : f32[24,16] @ models/lib/nn.yaml:79:7
%4747 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4748 = sub %4747, %1213 : f64[] @ models/lib/nn.yaml:79:7
%4749 = cast %4748 : f32[] @ models/lib/nn.yaml:79:7
%4750 = broadcast %4749 : f32[24,16] @ models/lib/nn.yaml:79:7
%4751 = mul %4739, %4750 : f32[24,16] @ models/lib/nn.yaml:79:7
%4752 = add %4746, %4751 : f32[24,16] @ models/lib/nn.yaml:79:7
%4753 = assign %75, %4752 : f32[24,16] @ models/lib/nn.yaml:79:7
%4754 = all_reduce_sum %1790 : f32[24] @ models/lib/nn.yaml:80:7
%4755 = reshape %4754 : f32[24] @ models/lib/nn.yaml:80:7
%4756 = mul %4755, %4755 : f32[24] @ models/lib/nn.yaml:80:7
%4757 = reduce_sum %4756 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%4758 = sqrt %4757 : f32[] @ models/lib/nn.yaml:80:7
%4759 = cast %4758 : f64[] @ models/lib/nn.yaml:80:7
%4760 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%4761 = add %4759, %4760 : f64[] @ models/lib/nn.yaml:80:7
%4762 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%4763 = div %4762, %4761 : f64[] @ models/lib/nn.yaml:80:7
%4764 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4765 = lt %4763, %4764 : bool[] @ models/lib/nn.yaml:80:7
%4766 = cast %4763 : f32[] @ models/lib/nn.yaml:80:7
%4767 = broadcast %4766 : f32[24] @ models/lib/nn.yaml:80:7
%4768 = mul %4754, %4767 : f32[24] @ models/lib/nn.yaml:80:7
%4769 = broadcast %4765 : bool[24] @ models/lib/nn.yaml:80:7
%4770 = select %4769, %4768, %4754 : f32[24] @ models/lib/nn.yaml:80:7
%4771 = state name="adam_m.head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%4772 = state name="adam_v.head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%4773 = state name="adam_t.head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4774 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%4775 = add %4773, %4774 : i64[] @ models/lib/nn.yaml:80:7
%4776 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%4777 = cast %4776 : f32[] @ models/lib/nn.yaml:80:7
%4778 = broadcast %4777 : f32[24] @ models/lib/nn.yaml:80:7
%4779 = mul %4770, %4778 : f32[24] @ models/lib/nn.yaml:80:7
%4780 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4781 = cast %4780 : f32[] @ models/lib/nn.yaml:80:7
%4782 = broadcast %4781 : f32[24] @ models/lib/nn.yaml:80:7
%4783 = mul %4771, %4782 : f32[24] @ models/lib/nn.yaml:80:7
%4784 = add %4783, %4779 : f32[24] @ models/lib/nn.yaml:80:7
%4785 = mul %4770, %4770 : f32[24] @ models/lib/nn.yaml:80:7
%4786 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%4787 = cast %4786 : f32[] @ models/lib/nn.yaml:80:7
%4788 = broadcast %4787 : f32[24] @ models/lib/nn.yaml:80:7
%4789 = mul %4785, %4788 : f32[24] @ models/lib/nn.yaml:80:7
%4790 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4791 = cast %4790 : f32[] @ models/lib/nn.yaml:80:7
%4792 = broadcast %4791 : f32[24] @ models/lib/nn.yaml:80:7
%4793 = mul %4772, %4792 : f32[24] @ models/lib/nn.yaml:80:7
%4794 = add %4793, %4789 : f32[24] @ models/lib/nn.yaml:80:7
%4795 = cast %4775 : f64[] @ models/lib/nn.yaml:80:7
%4796 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4797 = pow %4796, %4795 : f64[] @ models/lib/nn.yaml:80:7
%4798 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4799 = sub %4798, %4797 : f64[] @ models/lib/nn.yaml:80:7
%4800 = div %1211, %4799 : f64[] @ models/lib/nn.yaml:80:7
%4801 = cast %4775 : f64[] @ models/lib/nn.yaml:80:7
%4802 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4803 = pow %4802, %4801 : f64[] @ models/lib/nn.yaml:80:7
%4804 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4805 = sub %4804, %4803 : f64[] @ models/lib/nn.yaml:80:7
%4806 = sqrt %4805 : f64[] @ models/lib/nn.yaml:80:7
%4807 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4808 = div %4807, %4806 : f64[] @ models/lib/nn.yaml:80:7
%4809 = sqrt %4794 : f32[24] @ models/lib/nn.yaml:80:7
%4810 = cast %4808 : f32[] @ models/lib/nn.yaml:80:7
%4811 = broadcast %4810 : f32[24] @ models/lib/nn.yaml:80:7
%4812 = mul %4809, %4811 : f32[24] @ models/lib/nn.yaml:80:7
%4813 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%4814 = cast %4813 : f32[] @ models/lib/nn.yaml:80:7
%4815 = broadcast %4814 : f32[24] @ models/lib/nn.yaml:80:7
%4816 = add %4812, %4815 : f32[24] @ models/lib/nn.yaml:80:7
%4817 = div %4784, %4816 : f32[24] @ models/lib/nn.yaml:80:7
%4818 = cast %4800 : f32[] @ models/lib/nn.yaml:80:7
%4819 = broadcast %4818 : f32[24] @ models/lib/nn.yaml:80:7
%4820 = mul %4817, %4819 : f32[24] @ models/lib/nn.yaml:80:7
%4821 = sub %38, %4820 : f32[24] @ models/lib/nn.yaml:80:7
%4822 = assign %38, %4821 : f32[24] @ models/lib/nn.yaml:80:7
%4823 = assign %4771, %4784 : f32[24] @ models/lib/nn.yaml:80:7
%4824 = assign %4772, %4794 : f32[24] @ models/lib/nn.yaml:80:7
%4825 = assign %4773, %4775 : i64[] @ models/lib/nn.yaml:80:7
%4826 = cast %1213 : f32[] @ models/lib/nn.yaml:80:7
%4827 = broadcast %4826 : f32[24] @ models/lib/nn.yaml:80:7
%4828 = mul %76, %4827 : f32[24] @ models/lib/nn.yaml:80:7
%4829 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4830 = sub %4829, %1213 : f64[] @ models/lib/nn.yaml:80:7
%4831 = cast %4830 : f32[] @ models/lib/nn.yaml:80:7
%4832 = broadcast %4831 : f32[24] @ models/lib/nn.yaml:80:7
%4833 = mul %4821, %4832 : f32[24] @ models/lib/nn.yaml:80:7
%4834 = add %4828, %4833 : f32[24] @ models/lib/nn.yaml:80:7
%4835 = assign %76, %4834 : f32[24] @ models/lib/nn.yaml:80:7
%4836 = all_reduce_sum %1775 : f32[24,24] @ models/lib/nn.yaml:79:7
%4837 = reshape %4836 : f32[576] @ models/lib/nn.yaml:79:7
%4838 = mul %4837, %4837 : f32[576] @ models/lib/nn.yaml:79:7
%4839 = reduce_sum %4838 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4840 = sqrt %4839 : f32[] @ models/lib/nn.yaml:79:7
%4841 = cast %4840 : f64[] @ models/lib/nn.yaml:79:7
%4842 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%4843 = add %4841, %4842 : f64[] @ models/lib/nn.yaml:79:7
%4844 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%4845 = div %4844, %4843 : f64[] @ models/lib/nn.yaml:79:7
%4846 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4847 = lt %4845, %4846 : bool[] @ models/lib/nn.yaml:79:7
%4848 = cast %4845 : f32[] @ models/lib/nn.yaml:79:7
%4849 = broadcast %4848 : f32[24,24] @ models/lib/nn.yaml:79:7
%4850 = mul %4836, %4849 : f32[24,24] @ models/lib/nn.yaml:79:7
%4851 = broadcast %4847 : bool[24,24] @ models/lib/nn.yaml:79:7
%4852 = select %4851, %4850, %4836 : f32[24,24] @ models/lib/nn.yaml:79:7
%4853 = state name="adam_m.head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%4854 = state name="adam_v.head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%4855 = state name="adam_t.head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4856 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%4857 = add %4855, %4856 : i64[] @ models/lib/nn.yaml:79:7
%4858 = mul %1211, %1212 : f64[] @ models/lib/nn.yaml:79:7
%4859 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4860 = sub %4859, %4858 : f64[] @ models/lib/nn.yaml:79:7
%4861 = cast %4860 : f32[] @ models/lib/nn.yaml:79:7
%4862 = broadcast %4861 : f32[24,24] @ models/lib/nn.yaml:79:7
%4863 = mul %39, %4862 : f32[24,24] @ models/lib/nn.yaml:79:7
%4864 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%4865 = cast %4864 : f32[] @ models/lib/nn.yaml:79:7
%4866 = broadcast %4865 : f32[24,24] @ models/lib/nn.yaml:79:7
%4867 = mul %4852, %4866 : f32[24,24] @ models/lib/nn.yaml:79:7
%4868 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4869 = cast %4868 : f32[] @ models/lib/nn.yaml:79:7
%4870 = broadcast %4869 : f32[24,24] @ models/lib/nn.yaml:79:7
%4871 = mul %4853, %4870 : f32[24,24] @ models/lib/nn.yaml:79:7
%4872 = add %4871, %4867 : f32[24,24] @ models/lib/nn.yaml:79:7
%4873 = mul %4852, %4852 : f32[24,24] @ models/lib/nn.yaml:79:7
%4874 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%4875 = cast %4874 : f32[] @ models/lib/nn.yaml:79:7
%4876 = broadcast %4875 : f32[24,24] @ models/lib/nn.yaml:79:7
%4877 = mul %4873, %4876 : f32[24,24] @ models/lib/nn.yaml:79:7
%4878 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4879 = cast %4878 : f32[] @ models/lib/nn.yaml:79:7
%4880 = broadcast %4879 : f32[24,24] @ models/lib/nn.yaml:79:7
%4881 = mul %4854, %4880 : f32[24,24] @ models/lib/nn.yaml:79:7
%4882 = add %4881, %4877 : f32[24,24] @ models/lib/nn.yaml:79:7
%4883 = cast %4857 : f64[] @ models/lib/nn.yaml:79:7
%4884 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4885 = pow %4884, %4883 : f64[] @ models/lib/nn.yaml:79:7
%4886 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4887 = sub %4886, %4885 : f64[] @ models/lib/nn.yaml:79:7
%4888 = div %1211, %4887 : f64[] @ models/lib/nn.yaml:79:7
%4889 = cast %4857 : f64[] @ models/lib/nn.yaml:79:7
%4890 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4891 = pow %4890, %4889 : f64[] @ models/lib/nn.yaml:79:7
%4892 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4893 = sub %4892, %4891 : f64[] @ models/lib/nn.yaml:79:7
%4894 = sqrt %4893 : f64[] @ models/lib/nn.yaml:79:7
%4895 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4896 = div %4895, %4894 : f64[] @ models/lib/nn.yaml:79:7
%4897 = sqrt %4882 : f32[24,24] @ models/lib/nn.yaml:79:7
%4898 = cast %4896 : f32[] @ models/lib/nn.yaml:79:7
%4899 = broadcast %4898 : f32[24,24] @ models/lib/nn.yaml:79:7
%4900 = mul %4897, %4899 : f32[24,24] @ models/lib/nn.yaml:79:7
%4901 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%4902 = cast %4901 : f32[] @ models/lib/nn.yaml:79:7
%4903 = broadcast %4902 : f32[24,24] @ models/lib/nn.yaml:79:7
%4904 = add %4900, %4903 : f32[24,24] @ models/lib/nn.yaml:79:7
%4905 = div %4872, %4904 : f32[24,24] @ models/lib/nn.yaml:79:7
%4906 = cast %4888 : f32[] @ models/lib/nn.yaml:79:7
%4907 = broadcast %4906 : f32[24,24] @ models/lib/nn.yaml:79:7
%4908 = mul %4905, %4907 : f32[24,24] @ models/lib/nn.yaml:79:7
%4909 = sub %4863, %4908 : f32[24,24] @ models/lib/nn.yaml:79:7
%4910 = assign %39, %4909 : f32[24,24] @ models/lib/nn.yaml:79:7
%4911 = assign %4853, %4872 : f32[24,24] @ models/lib/nn.yaml:79:7
%4912 = assign %4854, %4882 : f32[24,24] @ models/lib/nn.yaml:79:7
%4913 = assign %4855, %4857 : i64[] @ models/lib/nn.yaml:79:7
%4914 = cast %1213 : f32[] @ models/lib/nn.yaml:79:7
%4915 = broadcast %4914 : f32[24,24] @ models/lib/nn.yaml:79:7
%4916 = mul %77, %4915 : f32[24,24] @ models/lib/nn.yaml:79:7
%4917 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4918 = sub %4917, %1213 : f64[] @ models/lib/nn.yaml:79:7
%4919 = cast %4918 : f32[] @ models/lib/nn.yaml:79:7
%4920 = broadcast %4919 : f32[24,24] @ models/lib/nn.yaml:79:7
%4921 = mul %4909, %4920 : f32[24,24] @ models/lib/nn.yaml:79:7
%4922 = add %4916, %4921 : f32[24,24] @ models/lib/nn.yaml:79:7
%4923 = assign %77, %4922 : f32[24,24] @ models/lib/nn.yaml:79:7
%4924 = all_reduce_sum %1772 : f32[24] @ models/lib/nn.yaml:80:7
%4925 = reshape %4924 : f32[24] @ models/lib/nn.yaml:80:7
%4926 = mul %4925, %4925 : f32[24] @ models/lib/nn.yaml:80:7
%4927 = reduce_sum %4926 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%4928 = sqrt %4927 : f32[] @ models/lib/nn.yaml:80:7
%4929 = cast %4928 : f64[] @ models/lib/nn.yaml:80:7
%4930 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%4931 = add %4929, %4930 : f64[] @ models/lib/nn.yaml:80:7
%4932 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%4933 = div %4932, %4931 : f64[] @ models/lib/nn.yaml:80:7
%4934 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4935 = lt %4933, %4934 : bool[] @ models/lib/nn.yaml:80:7
%4936 = cast %4933 : f32[] @ models/lib/nn.yaml:80:7
%4937 = broadcast %4936 : f32[24] @ models/lib/nn.yaml:80:7
%4938 = mul %4924, %4937 : f32[24] @ models/lib/nn.yaml:80:7
%4939 = broadcast %4935 : bool[24] @ models/lib/nn.yaml:80:7
%4940 = select %4939, %4938, %4924 : f32[24] @ models/lib/nn.yaml:80:7
%4941 = state name="adam_m.head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%4942 = state name="adam_v.head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%4943 = state name="adam_t.head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4944 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%4945 = add %4943, %4944 : i64[] @ models/lib/nn.yaml:80:7
%4946 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%4947 = cast %4946 : f32[] @ models/lib/nn.yaml:80:7
%4948 = broadcast %4947 : f32[24] @ models/lib/nn.yaml:80:7
%4949 = mul %4940, %4948 : f32[24] @ models/lib/nn.yaml:80:7
%4950 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4951 = cast %4950 : f32[] @ models/lib/nn.yaml:80:7
%4952 = broadcast %4951 : f32[24] @ models/lib/nn.yaml:80:7
%4953 = mul %4941, %4952 : f32[24] @ models/lib/nn.yaml:80:7
%4954 = add %4953, %4949 : f32[24] @ models/lib/nn.yaml:80:7
%4955 = mul %4940, %4940 : f32[24] @ models/lib/nn.yaml:80:7
%4956 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%4957 = cast %4956 : f32[] @ models/lib/nn.yaml:80:7
%4958 = broadcast %4957 : f32[24] @ models/lib/nn.yaml:80:7
%4959 = mul %4955, %4958 : f32[24] @ models/lib/nn.yaml:80:7
%4960 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4961 = cast %4960 : f32[] @ models/lib/nn.yaml:80:7
%4962 = broadcast %4961 : f32[24] @ models/lib/nn.yaml:80:7
%4963 = mul %4942, %4962 : f32[24] @ models/lib/nn.yaml:80:7
%4964 = add %4963, %4959 : f32[24] @ models/lib/nn.yaml:80:7
%4965 = cast %4945 : f64[] @ models/lib/nn.yaml:80:7
%4966 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4967 = pow %4966, %4965 : f64[] @ models/lib/nn.yaml:80:7
%4968 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4969 = sub %4968, %4967 : f64[] @ models/lib/nn.yaml:80:7
%4970 = div %1211, %4969 : f64[] @ models/lib/nn.yaml:80:7
%4971 = cast %4945 : f64[] @ models/lib/nn.yaml:80:7
%4972 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4973 = pow %4972, %4971 : f64[] @ models/lib/nn.yaml:80:7
%4974 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4975 = sub %4974, %4973 : f64[] @ models/lib/nn.yaml:80:7
%4976 = sqrt %4975 : f64[] @ models/lib/nn.yaml:80:7
%4977 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4978 = div %4977, %4976 : f64[] @ models/lib/nn.yaml:80:7
%4979 = sqrt %4964 : f32[24] @ models/lib/nn.yaml:80:7
%4980 = cast %4978 : f32[] @ models/lib/nn.yaml:80:7
%4981 = broadcast %4980 : f32[24] @ models/lib/nn.yaml:80:7
%4982 = mul %4979, %4981 : f32[24] @ models/lib/nn.yaml:80:7
%4983 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%4984 = cast %4983 : f32[] @ models/lib/nn.yaml:80:7
%4985 = broadcast %4984 : f32[24] @ models/lib/nn.yaml:80:7
%4986 = add %4982, %4985 : f32[24] @ models/lib/nn.yaml:80:7
%4987 = div %4954, %4986 : f32[24] @ models/lib/nn.yaml:80:7
%4988 = cast %4970 : f32[] @ models/lib/nn.yaml:80:7
%4989 = broadcast %4988 : f32[24] @ models/lib/nn.yaml:80:7
%4990 = mul %4987, %4989 : f32[24] @ models/lib/nn.yaml:80:7
%4991 = sub %40, %4990 : f32[24] @ models/lib/nn.yaml:80:7
%4992 = assign %40, %4991 : f32[24] @ models/lib/nn.yaml:80:7
%4993 = assign %4941, %4954 : f32[24] @ models/lib/nn.yaml:80:7
%4994 = assign %4942, %4964 : f32[24] @ models/lib/nn.yaml:80:7
%4995 = assign %4943, %4945 : i64[] @ models/lib/nn.yaml:80:7
%4996 = cast %1213 : f32[] @ models/lib/nn.yaml:80:7
%4997 = broadcast %4996 : f32[24] @ models/lib/nn.yaml:80:7
%4998 = mul %78, %4997 : f32[24] @ models/lib/nn.yaml:80:7
%4999 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5000 = sub %4999, %1213 : f64[] @ models/lib/nn.yaml:80:7
%5001 = cast %5000 : f32[] @ models/lib/nn.yaml:80:7
%5002 = broadcast %5001 : f32[24] @ models/lib/nn.yaml:80:7
%5003 = mul %4991, %5002 : f32[24] @ models/lib/nn.yaml:80:7
%5004 = add %4998, %5003 : f32[24] @ models/lib/nn.yaml:80:7
%5005 = assign %78, %5004 : f32[24] @ models/lib/nn.yaml:80:7
%5006 = all_reduce_sum %1757 : f32[8,24] @ models/lib/nn.yaml:79:7
%5007 = reshape %5006 : f32[192] @ models/lib/nn.yaml:79:7
%5008 = mul %5007, %5007 : f32[192] @ models/lib/nn.yaml:79:7
%5009 = reduce_sum %5008 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5010 = sqrt %5009 : f32[] @ models/lib/nn.yaml:79:7
%5011 = cast %5010 : f64[] @ models/lib/nn.yaml:79:7
%5012 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%5013 = add %5011, %5012 : f64[] @ models/lib/nn.yaml:79:7
%5014 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%5015 = div %5014, %5013 : f64[] @ models/lib/nn.yaml:79:7
%5016 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5017 = lt %5015, %5016 : bool[] @ models/lib/nn.yaml:79:7
%5018 = cast %5015 : f32[] @ models/lib/nn.yaml:79:7
%5019 = broadcast %5018 : f32[8,24] @ models/lib/nn.yaml:79:7
%5020 = mul %5006, %5019 : f32[8,24] @ models/lib/nn.yaml:79:7
%5021 = broadcast %5017 : bool[8,24] @ models/lib/nn.yaml:79:7
%5022 = select %5021, %5020, %5006 : f32[8,24] @ models/lib/nn.yaml:79:7
%5023 = state name="adam_m.head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%5024 = state name="adam_v.head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%5025 = state name="adam_t.head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5026 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%5027 = add %5025, %5026 : i64[] @ models/lib/nn.yaml:79:7
%5028 = mul %1211, %1212 : f64[] @ models/lib/nn.yaml:79:7
%5029 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5030 = sub %5029, %5028 : f64[] @ models/lib/nn.yaml:79:7
%5031 = cast %5030 : f32[] @ models/lib/nn.yaml:79:7
%5032 = broadcast %5031 : f32[8,24] @ models/lib/nn.yaml:79:7
%5033 = mul %41, %5032 : f32[8,24] @ models/lib/nn.yaml:79:7
%5034 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%5035 = cast %5034 : f32[] @ models/lib/nn.yaml:79:7
%5036 = broadcast %5035 : f32[8,24] @ models/lib/nn.yaml:79:7
%5037 = mul %5022, %5036 : f32[8,24] @ models/lib/nn.yaml:79:7
%5038 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5039 = cast %5038 : f32[] @ models/lib/nn.yaml:79:7
%5040 = broadcast %5039 : f32[8,24] @ models/lib/nn.yaml:79:7
%5041 = mul %5023, %5040 : f32[8,24] @ models/lib/nn.yaml:79:7
%5042 = add %5041, %5037 : f32[8,24] @ models/lib/nn.yaml:79:7
%5043 = mul %5022, %5022 : f32[8,24] @ models/lib/nn.yaml:79:7
%5044 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%5045 = cast %5044 : f32[] @ models/lib/nn.yaml:79:7
%5046 = broadcast %5045 : f32[8,24] @ models/lib/nn.yaml:79:7
%5047 = mul %5043, %5046 : f32[8,24] @ models/lib/nn.yaml:79:7
%5048 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5049 = cast %5048 : f32[] @ models/lib/nn.yaml:79:7
%5050 = broadcast %5049 : f32[8,24] @ models/lib/nn.yaml:79:7
%5051 = mul %5024, %5050 : f32[8,24] @ models/lib/nn.yaml:79:7
%5052 = add %5051, %5047 : f32[8,24] @ models/lib/nn.yaml:79:7
%5053 = cast %5027 : f64[] @ models/lib/nn.yaml:79:7
%5054 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5055 = pow %5054, %5053 : f64[] @ models/lib/nn.yaml:79:7
%5056 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5057 = sub %5056, %5055 : f64[] @ models/lib/nn.yaml:79:7
%5058 = div %1211, %5057 : f64[] @ models/lib/nn.yaml:79:7
%5059 = cast %5027 : f64[] @ models/lib/nn.yaml:79:7
%5060 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5061 = pow %5060, %5059 : f64[] @ models/lib/nn.yaml:79:7
%5062 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5063 = sub %5062, %5061 : f64[] @ models/lib/nn.yaml:79:7
%5064 = sqrt %5063 : f64[] @ models/lib/nn.yaml:79:7
%5065 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5066 = div %5065, %5064 : f64[] @ models/lib/nn.yaml:79:7
%5067 = sqrt %5052 : f32[8,24] @ models/lib/nn.yaml:79:7
%5068 = cast %5066 : f32[] @ models/lib/nn.yaml:79:7
%5069 = broadcast %5068 : f32[8,24] @ models/lib/nn.yaml:79:7
%5070 = mul %5067, %5069 : f32[8,24] @ models/lib/nn.yaml:79:7
%5071 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%5072 = cast %5071 : f32[] @ models/lib/nn.yaml:79:7
%5073 = broadcast %5072 : f32[8,24] @ models/lib/nn.yaml:79:7
%5074 = add %5070, %5073 : f32[8,24] @ models/lib/nn.yaml:79:7
%5075 = div %5042, %5074 : f32[8,24] @ models/lib/nn.yaml:79:7
%5076 = cast %5058 : f32[] @ models/lib/nn.yaml:79:7
%5077 = broadcast %5076 : f32[8,24] @ models/lib/nn.yaml:79:7
%5078 = mul %5075, %5077 : f32[8,24] @ models/lib/nn.yaml:79:7
%5079 = sub %5033, %5078 : f32[8,24] @ models/lib/nn.yaml:79:7
%5080 = assign %41, %5079 : f32[8,24] @ models/lib/nn.yaml:79:7
%5081 = assign %5023, %5042 : f32[8,24] @ models/lib/nn.yaml:79:7
%5082 = assign %5024, %5052 : f32[8,24] @ models/lib/nn.yaml:79:7
%5083 = assign %5025, %5027 : i64[] @ models/lib/nn.yaml:79:7
%5084 = cast %1213 : f32[] @ models/lib/nn.yaml:79:7
%5085 = broadcast %5084 : f32[8,24] @ models/lib/nn.yaml:79:7
%5086 = mul %79, %5085 : f32[8,24] @ models/lib/nn.yaml:79:7
%5087 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5088 = sub %5087, %1213 : f64[] @ models/lib/nn.yaml:79:7
%5089 = cast %5088 : f32[] @ models/lib/nn.yaml:79:7
%5090 = broadcast %5089 : f32[8,24] @ models/lib/nn.yaml:79:7
%5091 = mul %5079, %5090 : f32[8,24] @ models/lib/nn.yaml:79:7
%5092 = add %5086, %5091 : f32[8,24] @ models/lib/nn.yaml:79:7
%5093 = assign %79, %5092 : f32[8,24] @ models/lib/nn.yaml:79:7
%5094 = all_reduce_sum %1754 : f32[8] @ models/lib/nn.yaml:80:7
%5095 = reshape %5094 : f32[8] @ models/lib/nn.yaml:80:7
%5096 = mul %5095, %5095 : f32[8] @ models/lib/nn.yaml:80:7
%5097 = reduce_sum %5096 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5098 = sqrt %5097 : f32[] @ models/lib/nn.yaml:80:7
%5099 = cast %5098 : f64[] @ models/lib/nn.yaml:80:7
%5100 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%5101 = add %5099, %5100 : f64[] @ models/lib/nn.yaml:80:7
%5102 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%5103 = div %5102, %5101 : f64[] @ models/lib/nn.yaml:80:7
%5104 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5105 = lt %5103, %5104 : bool[] @ models/lib/nn.yaml:80:7
%5106 = cast %5103 : f32[] @ models/lib/nn.yaml:80:7
%5107 = broadcast %5106 : f32[8] @ models/lib/nn.yaml:80:7
%5108 = mul %5094, %5107 : f32[8] @ models/lib/nn.yaml:80:7
%5109 = broadcast %5105 : bool[8] @ models/lib/nn.yaml:80:7
%5110 = select %5109, %5108, %5094 : f32[8] @ models/lib/nn.yaml:80:7
%5111 = state name="adam_m.head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%5112 = state name="adam_v.head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%5113 = state name="adam_t.head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5114 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%5115 = add %5113, %5114 : i64[] @ models/lib/nn.yaml:80:7
%5116 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%5117 = cast %5116 : f32[] @ models/lib/nn.yaml:80:7
%5118 = broadcast %5117 : f32[8] @ models/lib/nn.yaml:80:7
%5119 = mul %5110, %5118 : f32[8] @ models/lib/nn.yaml:80:7
%5120 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5121 = cast %5120 : f32[] @ models/lib/nn.yaml:80:7
%5122 = broadcast %5121 : f32[8] @ models/lib/nn.yaml:80:7
%5123 = mul %5111, %5122 : f32[8] @ models/lib/nn.yaml:80:7
%5124 = add %5123, %5119 : f32[8] @ models/lib/nn.yaml:80:7
%5125 = mul %5110, %5110 : f32[8] @ models/lib/nn.yaml:80:7
%5126 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%5127 = cast %5126 : f32[] @ models/lib/nn.yaml:80:7
%5128 = broadcast %5127 : f32[8] @ models/lib/nn.yaml:80:7
%5129 = mul %5125, %5128 : f32[8] @ models/lib/nn.yaml:80:7
%5130 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5131 = cast %5130 : f32[] @ models/lib/nn.yaml:80:7
%5132 = broadcast %5131 : f32[8] @ models/lib/nn.yaml:80:7
%5133 = mul %5112, %5132 : f32[8] @ models/lib/nn.yaml:80:7
%5134 = add %5133, %5129 : f32[8] @ models/lib/nn.yaml:80:7
%5135 = cast %5115 : f64[] @ models/lib/nn.yaml:80:7
%5136 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5137 = pow %5136, %5135 : f64[] @ models/lib/nn.yaml:80:7
%5138 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5139 = sub %5138, %5137 : f64[] @ models/lib/nn.yaml:80:7
%5140 = div %1211, %5139 : f64[] @ models/lib/nn.yaml:80:7
%5141 = cast %5115 : f64[] @ models/lib/nn.yaml:80:7
%5142 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5143 = pow %5142, %5141 : f64[] @ models/lib/nn.yaml:80:7
%5144 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5145 = sub %5144, %5143 : f64[] @ models/lib/nn.yaml:80:7
%5146 = sqrt %5145 : f64[] @ models/lib/nn.yaml:80:7
%5147 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5148 = div %5147, %5146 : f64[] @ models/lib/nn.yaml:80:7
%5149 = sqrt %5134 : f32[8] @ models/lib/nn.yaml:80:7
%5150 = cast %5148 : f32[] @ models/lib/nn.yaml:80:7
%5151 = broadcast %5150 : f32[8] @ models/lib/nn.yaml:80:7
%5152 = mul %5149, %5151 : f32[8] @ models/lib/nn.yaml:80:7
%5153 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%5154 = cast %5153 : f32[] @ models/lib/nn.yaml:80:7
%5155 = broadcast %5154 : f32[8] @ models/lib/nn.yaml:80:7
%5156 = add %5152, %5155 : f32[8] @ models/lib/nn.yaml:80:7
%5157 = div %5124, %5156 : f32[8] @ models/lib/nn.yaml:80:7
%5158 = cast %5140 : f32[] @ models/lib/nn.yaml:80:7
%5159 = broadcast %5158 : f32[8] @ models/lib/nn.yaml:80:7
%5160 = mul %5157, %5159 : f32[8] @ models/lib/nn.yaml:80:7
%5161 = sub %42, %5160 : f32[8] @ models/lib/nn.yaml:80:7
%5162 = assign %42, %5161 : f32[8] @ models/lib/nn.yaml:80:7
%5163 = assign %5111, %5124 : f32[8] @ models/lib/nn.yaml:80:7
%5164 = assign %5112, %5134 : f32[8] @ models/lib/nn.yaml:80:7
%5165 = assign %5113, %5115 : i64[] @ models/lib/nn.yaml:80:7
%5166 = cast %1213 : f32[] @ models/lib/nn.yaml:80:7
%5167 = broadcast %5166 : f32[8] @ models/lib/nn.yaml:80:7
%5168 = mul %80, %5167 : f32[8] @ models/lib/nn.yaml:80:7
%5169 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5170 = sub %5169, %1213 : f64[] @ models/lib/nn.yaml:80:7
%5171 = cast %5170 : f32[] @ models/lib/nn.yaml:80:7
%5172 = broadcast %5171 : f32[8] @ models/lib/nn.yaml:80:7
%5173 = mul %5161, %5172 : f32[8] @ models/lib/nn.yaml:80:7
%5174 = add %5168, %5173 : f32[8] @ models/lib/nn.yaml:80:7
%5175 = assign %80, %5174 : f32[8] @ models/lib/nn.yaml:80:7
%5176 = cast %1213 : f32[] @ models/lib/dino.yaml:18:7
%5177 = broadcast %5176 : f32[32,1] @ models/lib/dino.yaml:18:7
%5178 = mul %81, %5177 : f32[32,1] @ models/lib/dino.yaml:18:7
%5179 = const data=[1] : f64[] @ models/lib/dino.yaml:18:7
%5180 = sub %5179, %1213 : f64[] @ models/lib/dino.yaml:18:7
%5181 = cast %5180 : f32[] @ models/lib/dino.yaml:18:7
%5182 = broadcast %5181 : f32[32,1] @ models/lib/dino.yaml:18:7
%5183 = mul %43, %5182 : f32[32,1] @ models/lib/dino.yaml:18:7
%5184 = add %5178, %5183 : f32[32,1] @ models/lib/dino.yaml:18:7
%5185 = assign %81, %5184 : f32[32,1] @ models/lib/dino.yaml:18:7
%5186 = all_reduce_sum %1729 : f32[32,8] @ models/lib/dino.yaml:19:7
%5187 = reshape %5186 : f32[256] @ models/lib/dino.yaml:19:7
%5188 = mul %5187, %5187 : f32[256] @ models/lib/dino.yaml:19:7
%5189 = reduce_sum %5188 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%5190 = sqrt %5189 : f32[] @ models/lib/dino.yaml:19:7
%5191 = cast %5190 : f64[] @ models/lib/dino.yaml:19:7
%5192 = const data=[1e-06] : f64[] @ models/lib/dino.yaml:19:7
%5193 = add %5191, %5192 : f64[] @ models/lib/dino.yaml:19:7
%5194 = const data=[3] : f64[] @ models/lib/dino.yaml:19:7
%5195 = div %5194, %5193 : f64[] @ models/lib/dino.yaml:19:7
%5196 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%5197 = lt %5195, %5196 : bool[] @ models/lib/dino.yaml:19:7
%5198 = cast %5195 : f32[] @ models/lib/dino.yaml:19:7
%5199 = broadcast %5198 : f32[32,8] @ models/lib/dino.yaml:19:7
%5200 = mul %5186, %5199 : f32[32,8] @ models/lib/dino.yaml:19:7
%5201 = broadcast %5197 : bool[32,8] @ models/lib/dino.yaml:19:7
%5202 = select %5201, %5200, %5186 : f32[32,8] @ models/lib/dino.yaml:19:7
%5203 = state name="adam_m.head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%5204 = state name="adam_v.head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%5205 = state name="adam_t.head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%5206 = const data=[1] : i64[] @ models/lib/dino.yaml:19:7
%5207 = add %5205, %5206 : i64[] @ models/lib/dino.yaml:19:7
%5208 = mul %1211, %1212 : f64[] @ models/lib/dino.yaml:19:7
%5209 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%5210 = sub %5209, %5208 : f64[] @ models/lib/dino.yaml:19:7
%5211 = cast %5210 : f32[] @ models/lib/dino.yaml:19:7
%5212 = broadcast %5211 : f32[32,8] @ models/lib/dino.yaml:19:7
%5213 = mul %44, %5212 : f32[32,8] @ models/lib/dino.yaml:19:7
%5214 = const data=[0.09999999999999998] : f64[] @ models/lib/dino.yaml:19:7
%5215 = cast %5214 : f32[] @ models/lib/dino.yaml:19:7
%5216 = broadcast %5215 : f32[32,8] @ models/lib/dino.yaml:19:7
%5217 = mul %5202, %5216 : f32[32,8] @ models/lib/dino.yaml:19:7
%5218 = const data=[0.9] : f64[] @ models/lib/dino.yaml:19:7
%5219 = cast %5218 : f32[] @ models/lib/dino.yaml:19:7
%5220 = broadcast %5219 : f32[32,8] @ models/lib/dino.yaml:19:7
%5221 = mul %5203, %5220 : f32[32,8] @ models/lib/dino.yaml:19:7
%5222 = add %5221, %5217 : f32[32,8] @ models/lib/dino.yaml:19:7
%5223 = mul %5202, %5202 : f32[32,8] @ models/lib/dino.yaml:19:7
%5224 = const data=[0.0010000000000000009] : f64[] @ models/lib/dino.yaml:19:7
%5225 = cast %5224 : f32[] @ models/lib/dino.yaml:19:7
%5226 = broadcast %5225 : f32[32,8] @ models/lib/dino.yaml:19:7
%5227 = mul %5223, %5226 : f32[32,8] @ models/lib/dino.yaml:19:7
%5228 = const data=[0.999] : f64[] @ models/lib/dino.yaml:19:7
%5229 = cast %5228 : f32[] @ models/lib/dino.yaml:19:7
%5230 = broadcast %5229 : f32[32,8] @ models/lib/dino.yaml:19:7
%5231 = mul %5204, %5230 : f32[32,8] @ models/lib/dino.yaml:19:7
%5232 = add %5231, %5227 : f32[32,8] @ models/lib/dino.yaml:19:7
%5233 = cast %5207 : f64[] @ models/lib/dino.yaml:19:7
%5234 = const data=[0.9] : f64[] @ models/lib/dino.yaml:19:7
%5235 = pow %5234, %5233 : f64[] @ models/lib/dino.yaml:19:7
%5236 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%5237 = sub %5236, %5235 : f64[] @ models/lib/dino.yaml:19:7
%5238 = div %1211, %5237 : f64[] @ models/lib/dino.yaml:19:7
%5239 = cast %5207 : f64[] @ models/lib/dino.yaml:19:7
%5240 = const data=[0.999] : f64[] @ models/lib/dino.yaml:19:7
%5241 = pow %5240, %5239 : f64[] @ models/lib/dino.yaml:19:7
%5242 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%5243 = sub %5242, %5241 : f64[] @ models/lib/dino.yaml:19:7
%5244 = sqrt %5243 : f64[] @ models/lib/dino.yaml:19:7
%5245 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%5246 = div %5245, %5244 : f64[] @ models/lib/dino.yaml:19:7
%5247 = sqrt %5232 : f32[32,8] @ models/lib/dino.yaml:19:7
%5248 = cast %5246 : f32[] @ models/lib/dino.yaml:19:7
%5249 = broadcast %5248 : f32[32,8] @ models/lib/dino.yaml:19:7
%5250 = mul %5247, %5249 : f32[32,8] @ models/lib/dino.yaml:19:7
%5251 = const data=[1e-08] : f64[] @ models/lib/dino.yaml:19:7
%5252 = cast %5251 : f32[] @ models/lib/dino.yaml:19:7
%5253 = broadcast %5252 : f32[32,8] @ models/lib/dino.yaml:19:7
%5254 = add %5250, %5253 : f32[32,8] @ models/lib/dino.yaml:19:7
%5255 = div %5222, %5254 : f32[32,8] @ models/lib/dino.yaml:19:7
%5256 = cast %5238 : f32[] @ models/lib/dino.yaml:19:7
%5257 = broadcast %5256 : f32[32,8] @ models/lib/dino.yaml:19:7
%5258 = mul %5255, %5257 : f32[32,8] @ models/lib/dino.yaml:19:7
%5259 = sub %5213, %5258 : f32[32,8] @ models/lib/dino.yaml:19:7
%5260 = const data=[1] : i64[] @ models/lib/dino.yaml:19:7
%5261 = input name="epoch" : i64[] @ models/lib/dino.yaml:19:7
%5262 = lt %5261, %5260 : bool[] @ models/lib/dino.yaml:19:7
%5263 = broadcast %5262 : bool[32,8] @ models/lib/dino.yaml:19:7
%5264 = select %5263, %44, %5259 : f32[32,8] @ models/lib/dino.yaml:19:7
%5265 = broadcast %5262 : bool[32,8] @ models/lib/dino.yaml:19:7
%5266 = select %5265, %5203, %5222 : f32[32,8] @ models/lib/dino.yaml:19:7
%5267 = broadcast %5262 : bool[32,8] @ models/lib/dino.yaml:19:7
%5268 = select %5267, %5204, %5232 : f32[32,8] @ models/lib/dino.yaml:19:7
%5269 = select %5262, %5205, %5207 : i64[] @ models/lib/dino.yaml:19:7
%5270 = assign %44, %5264 : f32[32,8] @ models/lib/dino.yaml:19:7
%5271 = assign %5203, %5266 : f32[32,8] @ models/lib/dino.yaml:19:7
%5272 = assign %5204, %5268 : f32[32,8] @ models/lib/dino.yaml:19:7
%5273 = assign %5205, %5269 : i64[] @ models/lib/dino.yaml:19:7
%5274 = cast %1213 : f32[] @ models/lib/dino.yaml:19:7
%5275 = broadcast %5274 : f32[32,8] @ models/lib/dino.yaml:19:7
%5276 = mul %82, %5275 : f32[32,8] @ models/lib/dino.yaml:19:7
%5277 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%5278 = sub %5277, %1213 : f64[] @ models/lib/dino.yaml:19:7
%5279 = cast %5278 : f32[] @ models/lib/dino.yaml:19:7
%5280 = broadcast %5279 : f32[32,8] @ models/lib/dino.yaml:19:7
%5281 = mul %5264, %5280 : f32[32,8] @ models/lib/dino.yaml:19:7
%5282 = add %5276, %5281 : f32[32,8] @ models/lib/dino.yaml:19:7
%5283 = assign %82, %5282 : f32[32,8] @ models/lib/dino.yaml:19:7
%5284 = const data=[inf] : f32[] @ models/dino.yaml:73:3
%5285 = abs %1195 : f32[] @ models/dino.yaml:73:3
%5286 = lt %5285, %5284 : bool[] @ models/dino.yaml:73:3
%5287 = output %5286 name="finite" : bool[] @ models/dino.yaml:73:3
