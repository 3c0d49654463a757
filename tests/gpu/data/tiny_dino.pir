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
%127 = matmul %122, %124 ta=0 tb=1 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%128 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%129 = broadcast %128 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%130 = mul %127, %129 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%131 = reduce_max %130 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:14:35
%132 = stop_gradient %131 : f32[4,2,17,1] @ models/lib/nn.yaml:14:21
%133 = broadcast %132 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%134 = sub %130, %133 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%135 = exp %134 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%136 = reduce_sum %135 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:20
%137 = broadcast %136 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%138 = div %135, %137 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%139 = matmul %138, %126 ta=0 tb=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%140 = permute %139 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/nn.yaml:56:13
%141 = reshape %140 : f32[4,17,16] @ models/lib/nn.yaml:57:16
%142 = matmul %141, %53 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%143 = broadcast %54 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%144 = add %142, %143 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%145 = add %94, %144 : f32[4,17,16] @ models/lib/nn.yaml:125:15
%146 = reduce_sum %145 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%147 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%148 = broadcast %147 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%149 = div %146, %148 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%150 = broadcast %149 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%151 = sub %145, %150 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%152 = mul %151, %151 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%153 = reduce_sum %152 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%154 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%155 = broadcast %154 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%156 = div %153, %155 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%157 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%158 = broadcast %157 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%159 = add %156, %158 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%160 = rsqrt %159 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%161 = broadcast %160 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%162 = mul %151, %161 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%163 = broadcast %55 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%164 = mul %162, %163 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%165 = broadcast %56 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%166 = add %164, %165 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%167 = matmul %166, %57 ta=0 tb=1 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%168 = broadcast %58 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%169 = add %167, %168 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%170 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%171 = broadcast %170 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%172 = mul %171, %169 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%173 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%174 = broadcast %173 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%175 = mul %169, %174 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%176 = erf %175 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%177 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%178 = broadcast %177 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%179 = add %178, %176 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%180 = mul %172, %179 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%181 = matmul %180, %59 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%182 = broadcast %60 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%183 = add %181, %182 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%184 = add %145, %183 : f32[4,17,16] @ models/lib/nn.yaml:126:18
%185 = reduce_sum %184 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%186 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%187 = broadcast %186 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%188 = div %185, %187 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%189 = broadcast %188 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%190 = sub %184, %189 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%191 = mul %190, %190 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%192 = reduce_sum %191 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%193 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%194 = broadcast %193 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%195 = div %192, %194 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%196 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%197 = broadcast %196 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%198 = add %195, %197 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%199 = rsqrt %198 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%200 = broadcast %199 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%201 = mul %190, %200 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%202 = broadcast %61 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%203 = mul %201, %202 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%204 = broadcast %62 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%205 = add %203, %204 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%206 = matmul %205, %63 ta=0 tb=1 : f32[4,17,48] @ models/lib/nn.yaml:83:15
%207 = broadcast %64 : f32[4,17,48] @ models/lib/nn.yaml:84:18
%208 = add %206, %207 : f32[4,17,48] @ models/lib/nn.yaml:84:18
%209 = reshape %208 : f32[4,17,3,2,8] @ models/lib/nn.yaml:66:21
%210 = permute %209 perm=[2,0,3,1,4] : f32[3,4,2,17,8] @ models/lib/nn.yaml:66:13
%211 = slice %210 lo=[0,0,0,0,0] hi=[1,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:28
%212 = reshape %211 : f32[4,2,17,8] @ models/lib/nn.yaml:67:28
%213 = slice %210 lo=[1,0,0,0,0] hi=[2,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:34
%214 = reshape %213 : f32[4,2,17,8] @ models/lib/nn.yaml:67:34
%215 = slice %210 lo=[2,0,0,0,0] hi=[3,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:40
%216 = reshape %215 : f32[4,2,17,8] @ models/lib/nn.yaml:67:40
%217 = matmul %212, %214 ta=0 tb=1 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%218 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%219 = broadcast %218 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%220 = mul %217, %219 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%221 = reduce_max %220 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:14:35
%222 = stop_gradient %221 : f32[4,2,17,1] @ models/lib/nn.yaml:14:21
%223 = broadcast %222 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%224 = sub %220, %223 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%225 = exp %224 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%226 = reduce_sum %225 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:20
%227 = broadcast %226 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%228 = div %225, %227 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%229 = matmul %228, %216 ta=0 tb=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%230 = permute %229 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/nn.yaml:56:13
%231 = reshape %230 : f32[4,17,16] @ models/lib/nn.yaml:57:16
%232 = matmul %231, %65 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%233 = broadcast %66 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%234 = add %232, %233 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%235 = add %184, %234 : f32[4,17,16] @ models/lib/nn.yaml:125:15
%236 = reduce_sum %235 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%237 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%238 = broadcast %237 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%239 = div %236, %238 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%240 = broadcast %239 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%241 = sub %235, %240 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%242 = mul %241, %241 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%243 = reduce_sum %242 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%244 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%245 = broadcast %244 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%246 = div %243, %245 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%247 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%248 = broadcast %247 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%249 = add %246, %248 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%250 = rsqrt %249 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%251 = broadcast %250 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%252 = mul %241, %251 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%253 = broadcast %67 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%254 = mul %252, %253 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%255 = broadcast %68 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%256 = add %254, %255 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%257 = matmul %256, %69 ta=0 tb=1 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%258 = broadcast %70 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%259 = add %257, %258 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%260 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%261 = broadcast %260 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%262 = mul %261, %259 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%263 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%264 = broadcast %263 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%265 = mul %259, %264 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%266 = erf %265 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%267 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%268 = broadcast %267 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%269 = add %268, %266 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%270 = mul %262, %269 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%271 = matmul %270, %71 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%272 = broadcast %72 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%273 = add %271, %272 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%274 = add %235, %273 : f32[4,17,16] @ models/lib/nn.yaml:126:18
%275 = reduce_sum %274 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%276 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%277 = broadcast %276 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%278 = div %275, %277 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%279 = broadcast %278 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%280 = sub %274, %279 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%281 = mul %280, %280 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%282 = reduce_sum %281 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%283 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%284 = broadcast %283 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%285 = div %282, %284 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%286 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%287 = broadcast %286 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%288 = add %285, %287 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%289 = rsqrt %288 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%290 = broadcast %289 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%291 = mul %280, %290 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%292 = broadcast %73 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%293 = mul %291, %292 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%294 = broadcast %74 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%295 = add %293, %294 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%296 = slice %295 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino.yaml:44:34
%297 = reshape %296 : f32[4,16] @ models/dino.yaml:44:34
%298 = matmul %297, %75 ta=0 tb=1 : f32[4,24] @ models/lib/nn.yaml:83:15
%299 = broadcast %76 : f32[4,24] @ models/lib/nn.yaml:84:18
%300 = add %298, %299 : f32[4,24] @ models/lib/nn.yaml:84:18
%301 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%302 = broadcast %301 : f32[4,24] @ models/lib/nn.yaml:27:20
%303 = mul %302, %300 : f32[4,24] @ models/lib/nn.yaml:27:20
%304 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%305 = broadcast %304 : f32[4,24] @ models/lib/nn.yaml:27:37
%306 = mul %300, %305 : f32[4,24] @ models/lib/nn.yaml:27:37
%307 = erf %306 : f32[4,24] @ models/lib/nn.yaml:27:31
%308 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%309 = broadcast %308 : f32[4,24] @ models/lib/nn.yaml:27:29
%310 = add %309, %307 : f32[4,24] @ models/lib/nn.yaml:27:29
%311 = mul %303, %310 : f32[4,24] @ models/lib/nn.yaml:27:24
%312 = matmul %311, %77 ta=0 tb=1 : f32[4,24] @ models/lib/nn.yaml:83:15
%313 = broadcast %78 : f32[4,24] @ models/lib/nn.yaml:84:18
%314 = add %312, %313 : f32[4,24] @ models/lib/nn.yaml:84:18
%315 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%316 = broadcast %315 : f32[4,24] @ models/lib/nn.yaml:27:20
%317 = mul %316, %314 : f32[4,24] @ models/lib/nn.yaml:27:20
%318 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%319 = broadcast %318 : f32[4,24] @ models/lib/nn.yaml:27:37
%320 = mul %314, %319 : f32[4,24] @ models/lib/nn.yaml:27:37
%321 = erf %320 : f32[4,24] @ models/lib/nn.yaml:27:31
%322 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%323 = broadcast %322 : f32[4,24] @ models/lib/nn.yaml:27:29
%324 = add %323, %321 : f32[4,24] @ models/lib/nn.yaml:27:29
%325 = mul %317, %324 : f32[4,24] @ models/lib/nn.yaml:27:24
%326 = matmul %325, %79 ta=0 tb=1 : f32[4,8] @ models/lib/nn.yaml:83:15
%327 = broadcast %80 : f32[4,8] @ models/lib/nn.yaml:84:18
%328 = add %326, %327 : f32[4,8] @ models/lib/nn.yaml:84:18
%329 = mul %328, %328 : f32[4,8] @ models/lib/nn.yaml:33:35
%330 = reduce_sum %329 axes=[1] keep=1 : f32[4,1] @ models/lib/nn.yaml:33:29
%331 = sqrt %330 : f32[4,1] @ models/lib/nn.yaml:33:24
%332 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%333 = cast %332 : f32[] @ models/lib/nn.yaml:33:61
%334 = broadcast %333 : f32[4,1] @ models/lib/nn.yaml:33:20
%335 = max %331, %334 : f32[4,1] @ models/lib/nn.yaml:33:20
%336 = broadcast %335 : f32[4,8] @ models/lib/nn.yaml:33:18
%337 = div %328, %336 : f32[4,8] @ models/lib/nn.yaml:33:18
%338 = broadcast %81 : f32[32,8] @ models/lib/dino.yaml:22:22
%339 = mul %338, %82 : f32[32,8] @ models/lib/dino.yaml:22:22
%340 = mul %82, %82 : f32[32,8] @ models/lib/dino.yaml:22:53
%341 = reduce_sum %340 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%342 = sqrt %341 : f32[32,1] @ models/lib/dino.yaml:22:35
%343 = broadcast %342 : f32[32,8] @ models/lib/dino.yaml:22:33
%344 = div %339, %343 : f32[32,8] @ models/lib/dino.yaml:22:33
%345 = matmul %337, %344 ta=0 tb=1 : f32[4,32] @ models/lib/dino.yaml:23:18
%346 = slice %345 lo=[0,0] hi=[2,32] : f32[2,32] @ models/dino.yaml:64:23
%347 = slice %345 lo=[2,0] hi=[4,32] : f32[2,32] @ models/dino.yaml:64:23
%348 = reshape %5 : f32[4,3,4,4,4,4] @ models/lib/vit.yaml:15:21
%349 = permute %348 perm=[0,2,4,1,3,5] : f32[4,4,4,3,4,4] @ models/lib/vit.yaml:15:13
%350 = reshape %349 : f32[4,16,48] @ models/lib/vit.yaml:16:13
%351 = reshape %9 : f32[16,48] @ models/lib/vit.yaml:17:20
%352 = matmul %350, %351 ta=0 tb=1 : f32[4,16,16] @ models/lib/vit.yaml:17:18
%353 = broadcast %10 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%354 = add %352, %353 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%355 = broadcast %7 : f32[4,1,16] @ models/lib/vit.yaml:61:20
%356 = concat %355, %354 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:61:13
%357 = broadcast %8 : f32[4,17,16] @ models/lib/vit.yaml:62:15
%358 = add %356, %357 : f32[4,17,16] @ models/lib/vit.yaml:62:15
%359 = reduce_sum %358 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%360 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%361 = broadcast %360 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%362 = div %359, %361 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%363 = broadcast %362 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%364 = sub %358, %363 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%365 = mul %364, %364 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%366 = reduce_sum %365 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%367 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%368 = broadcast %367 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%369 = div %366, %368 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%370 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%371 = broadcast %370 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%372 = add %369, %371 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%373 = rsqrt %372 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%374 = broadcast %373 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%375 = mul %364, %374 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%376 = broadcast %11 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%377 = mul %375, %376 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%378 = broadcast %12 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%379 = add %377, %378 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%380 = matmul %379, %13 ta=0 tb=1 : f32[4,17,48] @ models/lib/nn.yaml:83:15
%381 = broadcast %14 : f32[4,17,48] @ models/lib/nn.yaml:84:18
%382 = add %380, %381 : f32[4,17,48] @ models/lib/nn.yaml:84:18
%383 = reshape %382 : f32[4,17,3,2,8] @ models/lib/nn.yaml:66:21
%384 = permute %383 perm=[2,0,3,1,4] : f32[3,4,2,17,8] @ models/lib/nn.yaml:66:13
%385 = slice %384 lo=[0,0,0,0,0] hi=[1,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:28
%386 = reshape %385 : f32[4,2,17,8] @ models/lib/nn.yaml:67:28
%387 = slice %384 lo=[1,0,0,0,0] hi=[2,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:34
%388 = reshape %387 : f32[4,2,17,8] @ models/lib/nn.yaml:67:34
%389 = slice %384 lo=[2,0,0,0,0] hi=[3,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:40
%390 = reshape %389 : f32[4,2,17,8] @ models/lib/nn.yaml:67:40
%391 = matmul %386, %388 ta=0 tb=1 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%392 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%393 = broadcast %392 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%394 = mul %391, %393 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%395 = reduce_max %394 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:14:35
%396 = stop_gradient %395 : f32[4,2,17,1] @ models/lib/nn.yaml:14:21
%397 = broadcast %396 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%398 = sub %394, %397 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%399 = exp %398 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%400 = reduce_sum %399 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:20
%401 = broadcast %400 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%402 = div %399, %401 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%403 = matmul %402, %390 ta=0 tb=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%404 = permute %403 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/nn.yaml:56:13
%405 = reshape %404 : f32[4,17,16] @ models/lib/nn.yaml:57:16
%406 = matmul %405, %15 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%407 = broadcast %16 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%408 = add %406, %407 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%409 = add %358, %408 : f32[4,17,16] @ models/lib/nn.yaml:125:15
%410 = reduce_sum %409 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%411 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%412 = broadcast %411 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%413 = div %410, %412 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%414 = broadcast %413 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%415 = sub %409, %414 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%416 = mul %415, %415 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%417 = reduce_sum %416 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%418 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%419 = broadcast %418 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%420 = div %417, %419 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%421 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%422 = broadcast %421 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%423 = add %420, %422 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%424 = rsqrt %423 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%425 = broadcast %424 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%426 = mul %415, %425 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%427 = broadcast %17 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%428 = mul %426, %427 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%429 = broadcast %18 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%430 = add %428, %429 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%431 = matmul %430, %19 ta=0 tb=1 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%432 = broadcast %20 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%433 = add %431, %432 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%434 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%435 = broadcast %434 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%436 = mul %435, %433 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%437 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%438 = broadcast %437 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%439 = mul %433, %438 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%440 = erf %439 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%441 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%442 = broadcast %441 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%443 = add %442, %440 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%444 = mul %436, %443 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%445 = matmul %444, %21 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%446 = broadcast %22 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%447 = add %445, %446 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%448 = add %409, %447 : f32[4,17,16] @ models/lib/nn.yaml:126:18
%449 = reduce_sum %448 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%450 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%451 = broadcast %450 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%452 = div %449, %451 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%453 = broadcast %452 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%454 = sub %448, %453 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%455 = mul %454, %454 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%456 = reduce_sum %455 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%457 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%458 = broadcast %457 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%459 = div %456, %458 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%460 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%461 = broadcast %460 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%462 = add %459, %461 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%463 = rsqrt %462 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%464 = broadcast %463 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%465 = mul %454, %464 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%466 = broadcast %23 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%467 = mul %465, %466 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%468 = broadcast %24 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%469 = add %467, %468 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%470 = matmul %469, %25 ta=0 tb=1 : f32[4,17,48] @ models/lib/nn.yaml:83:15
%471 = broadcast %26 : f32[4,17,48] @ models/lib/nn.yaml:84:18
%472 = add %470, %471 : f32[4,17,48] @ models/lib/nn.yaml:84:18
%473 = reshape %472 : f32[4,17,3,2,8] @ models/lib/nn.yaml:66:21
%474 = permute %473 perm=[2,0,3,1,4] : f32[3,4,2,17,8] @ models/lib/nn.yaml:66:13
%475 = slice %474 lo=[0,0,0,0,0] hi=[1,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:28
%476 = reshape %475 : f32[4,2,17,8] @ models/lib/nn.yaml:67:28
%477 = slice %474 lo=[1,0,0,0,0] hi=[2,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:34
%478 = reshape %477 : f32[4,2,17,8] @ models/lib/nn.yaml:67:34
%479 = slice %474 lo=[2,0,0,0,0] hi=[3,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:40
%480 = reshape %479 : f32[4,2,17,8] @ models/lib/nn.yaml:67:40
%481 = matmul %476, %478 ta=0 tb=1 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%482 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%483 = broadcast %482 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%484 = mul %481, %483 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%485 = reduce_max %484 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:14:35
%486 = stop_gradient %485 : f32[4,2,17,1] @ models/lib/nn.yaml:14:21
%487 = broadcast %486 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%488 = sub %484, %487 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%489 = exp %488 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%490 = reduce_sum %489 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:20
%491 = broadcast %490 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%492 = div %489, %491 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%493 = matmul %492, %480 ta=0 tb=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%494 = permute %493 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/nn.yaml:56:13
%495 = reshape %494 : f32[4,17,16] @ models/lib/nn.yaml:57:16
%496 = matmul %495, %27 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%497 = broadcast %28 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%498 = add %496, %497 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%499 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%500 = broadcast %499 : f32[4,17,16] @ models/lib/nn.yaml:50:38
%501 = div %498, %500 : f32[4,17,16] @ models/lib/nn.yaml:50:38
%502 = input name="seed" : i64[] @ models/lib/nn.yaml:43:13
%503 = rand_uniform %502 stream=1 : f32[4] @ models/lib/nn.yaml:43:13
%504 = const data=[0.9] : f32[] @ models/lib/nn.yaml:44:30
%505 = broadcast %504 : f32[4] @ models/lib/nn.yaml:44:35
%506 = add %505, %503 : f32[4] @ models/lib/nn.yaml:44:35
%507 = floor %506 : f32[4] @ models/lib/nn.yaml:44:24
%508 = reshape %507 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%509 = broadcast %508 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%510 = mul %501, %509 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%511 = add %448, %510 : f32[4,17,16] @ models/lib/nn.yaml:125:15
%512 = reduce_sum %511 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%513 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%514 = broadcast %513 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%515 = div %512, %514 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%516 = broadcast %515 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%517 = sub %511, %516 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%518 = mul %517, %517 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%519 = reduce_sum %518 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%520 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%521 = broadcast %520 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%522 = div %519, %521 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%523 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%524 = broadcast %523 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%525 = add %522, %524 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%526 = rsqrt %525 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%527 = broadcast %526 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%528 = mul %517, %527 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%529 = broadcast %29 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%530 = mul %528, %529 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%531 = broadcast %30 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%532 = add %530, %531 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%533 = matmul %532, %31 ta=0 tb=1 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%534 = broadcast %32 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%535 = add %533, %534 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%536 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%537 = broadcast %536 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%538 = mul %537, %535 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%539 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%540 = broadcast %539 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%541 = mul %535, %540 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%542 = erf %541 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%543 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%544 = broadcast %543 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%545 = add %544, %542 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%546 = mul %538, %545 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%547 = matmul %546, %33 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%548 = broadcast %34 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%549 = add %547, %548 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%550 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%551 = broadcast %550 : f32[4,17,16] @ models/lib/nn.yaml:50:38
%552 = div %549, %551 : f32[4,17,16] @ models/lib/nn.yaml:50:38
%553 = rand_uniform %502 stream=2 : f32[4] @ models/lib/nn.yaml:43:13
%554 = const data=[0.9] : f32[] @ models/lib/nn.yaml:44:30
%555 = broadcast %554 : f32[4] @ models/lib/nn.yaml:44:35
%556 = add %555, %553 : f32[4] @ models/lib/nn.yaml:44:35
%557 = floor %556 : f32[4] @ models/lib/nn.yaml:44:24
%558 = reshape %557 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%559 = broadcast %558 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%560 = mul %552, %559 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%561 = add %511, %560 : f32[4,17,16] @ models/lib/nn.yaml:126:18
%562 = reduce_sum %561 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%563 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%564 = broadcast %563 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%565 = div %562, %564 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%566 = broadcast %565 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%567 = sub %561, %566 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%568 = mul %567, %567 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%569 = reduce_sum %568 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%570 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%571 = broadcast %570 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%572 = div %569, %571 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%573 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%574 = broadcast %573 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%575 = add %572, %574 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%576 = rsqrt %575 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%577 = broadcast %576 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%578 = mul %567, %577 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%579 = broadcast %35 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%580 = mul %578, %579 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%581 = broadcast %36 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%582 = add %580, %581 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%583 = slice %582 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino.yaml:44:34
%584 = reshape %583 : f32[4,16] @ models/dino.yaml:44:34
%585 = matmul %584, %37 ta=0 tb=1 : f32[4,24] @ models/lib/nn.yaml:83:15
%586 = broadcast %38 : f32[4,24] @ models/lib/nn.yaml:84:18
%587 = add %585, %586 : f32[4,24] @ models/lib/nn.yaml:84:18
%588 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%589 = broadcast %588 : f32[4,24] @ models/lib/nn.yaml:27:20
%590 = mul %589, %587 : f32[4,24] @ models/lib/nn.yaml:27:20
%591 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%592 = broadcast %591 : f32[4,24] @ models/lib/nn.yaml:27:37
%593 = mul %587, %592 : f32[4,24] @ models/lib/nn.yaml:27:37
%594 = erf %593 : f32[4,24] @ models/lib/nn.yaml:27:31
%595 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%596 = broadcast %595 : f32[4,24] @ models/lib/nn.yaml:27:29
%597 = add %596, %594 : f32[4,24] @ models/lib/nn.yaml:27:29
%598 = mul %590, %597 : f32[4,24] @ models/lib/nn.yaml:27:24
%599 = matmul %598, %39 ta=0 tb=1 : f32[4,24] @ models/lib/nn.yaml:83:15
%600 = broadcast %40 : f32[4,24] @ models/lib/nn.yaml:84:18
%601 = add %599, %600 : f32[4,24] @ models/lib/nn.yaml:84:18
%602 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%603 = broadcast %602 : f32[4,24] @ models/lib/nn.yaml:27:20
%604 = mul %603, %601 : f32[4,24] @ models/lib/nn.yaml:27:20
%605 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%606 = broadcast %605 : f32[4,24] @ models/lib/nn.yaml:27:37
%607 = mul %601, %606 : f32[4,24] @ models/lib/nn.yaml:27:37
%608 = erf %607 : f32[4,24] @ models/lib/nn.yaml:27:31
%609 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%610 = broadcast %609 : f32[4,24] @ models/lib/nn.yaml:27:29
%611 = add %610, %608 : f32[4,24] @ models/lib/nn.yaml:27:29
%612 = mul %604, %611 : f32[4,24] @ models/lib/nn.yaml:27:24
%613 = matmul %612, %41 ta=0 tb=1 : f32[4,8] @ models/lib/nn.yaml:83:15
%614 = broadcast %42 : f32[4,8] @ models/lib/nn.yaml:84:18
%615 = add %613, %614 : f32[4,8] @ models/lib/nn.yaml:84:18
%616 = mul %615, %615 : f32[4,8] @ models/lib/nn.yaml:33:35
%617 = reduce_sum %616 axes=[1] keep=1 : f32[4,1] @ models/lib/nn.yaml:33:29
%618 = sqrt %617 : f32[4,1] @ models/lib/nn.yaml:33:24
%619 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%620 = cast %619 : f32[] @ models/lib/nn.yaml:33:61
%621 = broadcast %620 : f32[4,1] @ models/lib/nn.yaml:33:20
%622 = max %618, %621 : f32[4,1] @ models/lib/nn.yaml:33:20
%623 = broadcast %622 : f32[4,8] @ models/lib/nn.yaml:33:18
%624 = div %615, %623 : f32[4,8] @ models/lib/nn.yaml:33:18
%625 = broadcast %43 : f32[32,8] @ models/lib/dino.yaml:22:22
%626 = mul %625, %44 : f32[32,8] @ models/lib/dino.yaml:22:22
%627 = mul %44, %44 : f32[32,8] @ models/lib/dino.yaml:22:53
%628 = reduce_sum %627 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%629 = sqrt %628 : f32[32,1] @ models/lib/dino.yaml:22:35
%630 = broadcast %629 : f32[32,8] @ models/lib/dino.yaml:22:33
%631 = div %626, %630 : f32[32,8] @ models/lib/dino.yaml:22:33
%632 = matmul %624, %631 ta=0 tb=1 : f32[4,32] @ models/lib/dino.yaml:23:18
%633 = slice %632 lo=[0,0] hi=[2,32] : f32[2,32] @ models/dino.yaml:65:20
%634 = slice %632 lo=[2,0] hi=[4,32] : f32[2,32] @ models/dino.yaml:65:20
%635 = reshape %6 : f32[4,3,3,4,3,4] @ models/lib/vit.yaml:15:21
%636 = permute %635 perm=[0,2,4,1,3,5] : f32[4,3,3,3,4,4] @ models/lib/vit.yaml:15:13
%637 = reshape %636 : f32[4,9,48] @ models/lib/vit.yaml:16:13
%638 = reshape %9 : f32[16,48] @ models/lib/vit.yaml:17:20
%639 = matmul %637, %638 ta=0 tb=1 : f32[4,9,16] @ models/lib/vit.yaml:17:18
%640 = broadcast %10 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%641 = add %639, %640 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%642 = broadcast %7 : f32[4,1,16] @ models/lib/vit.yaml:61:20
%643 = concat %642, %641 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:61:13
%644 = slice %8 lo=[0,0,0] hi=[1,1,16] : f32[1,1,16] @ models/lib/vit.yaml:41:46
%645 = slice %8 lo=[0,1,0] hi=[1,17,16] : f32[1,16,16] @ models/lib/vit.yaml:41:72
%646 = resize_matrix n=4 scale=0.775 : f32[3,4] @ models/lib/vit.yaml:31:13
%647 = reshape %645 : f32[4,64] @ models/lib/vit.yaml:32:17
%648 = matmul %646, %647 ta=0 tb=0 : f32[3,64] @ models/lib/vit.yaml:32:15
%649 = reshape %648 : f32[3,4,16] @ models/lib/vit.yaml:33:21
%650 = permute %649 perm=[1,0,2] : f32[4,3,16] @ models/lib/vit.yaml:33:13
%651 = reshape %650 : f32[4,48] @ models/lib/vit.yaml:34:17
%652 = matmul %646, %651 ta=0 tb=0 : f32[3,48] @ models/lib/vit.yaml:34:15
%653 = reshape %652 : f32[3,3,16] @ models/lib/vit.yaml:35:21
%654 = permute %653 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%655 = reshape %654 : f32[1,9,16] @ models/lib/vit.yaml:36:16
%656 = concat %644, %655 axis=1 : f32[1,10,16] @ models/lib/vit.yaml:41:36
%657 = broadcast %656 : f32[4,10,16] @ models/lib/vit.yaml:62:15
%658 = add %643, %657 : f32[4,10,16] @ models/lib/vit.yaml:62:15
%659 = reduce_sum %658 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%660 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%661 = broadcast %660 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%662 = div %659, %661 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%663 = broadcast %662 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%664 = sub %658, %663 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%665 = mul %664, %664 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%666 = reduce_sum %665 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%667 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%668 = broadcast %667 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%669 = div %666, %668 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%670 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%671 = broadcast %670 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%672 = add %669, %671 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%673 = rsqrt %672 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%674 = broadcast %673 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%675 = mul %664, %674 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%676 = broadcast %11 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%677 = mul %675, %676 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%678 = broadcast %12 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%679 = add %677, %678 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%680 = matmul %679, %13 ta=0 tb=1 : f32[4,10,48] @ models/lib/nn.yaml:83:15
%681 = broadcast %14 : f32[4,10,48] @ models/lib/nn.yaml:84:18
%682 = add %680, %681 : f32[4,10,48] @ models/lib/nn.yaml:84:18
%683 = reshape %682 : f32[4,10,3,2,8] @ models/lib/nn.yaml:66:21
%684 = permute %683 perm=[2,0,3,1,4] : f32[3,4,2,10,8] @ models/lib/nn.yaml:66:13
%685 = slice %684 lo=[0,0,0,0,0] hi=[1,4,2,10,8] : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:28
%686 = reshape %685 : f32[4,2,10,8] @ models/lib/nn.yaml:67:28
%687 = slice %684 lo=[1,0,0,0,0] hi=[2,4,2,10,8] : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:34
%688 = reshape %687 : f32[4,2,10,8] @ models/lib/nn.yaml:67:34
%689 = slice %684 lo=[2,0,0,0,0] hi=[3,4,2,10,8] : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:40
%690 = reshape %689 : f32[4,2,10,8] @ models/lib/nn.yaml:67:40
%691 = matmul %686, %688 ta=0 tb=1 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%692 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%693 = broadcast %692 : f32[4,2,10,10] @ models/lib/nn.yaml:55:29
%694 = mul %691, %693 : f32[4,2,10,10] @ models/lib/nn.yaml:55:29
%695 = reduce_max %694 axes=[3] keep=1 : f32[4,2,10,1] @ models/lib/nn.yaml:14:35
%696 = stop_gradient %695 : f32[4,2,10,1] @ models/lib/nn.yaml:14:21
%697 = broadcast %696 : f32[4,2,10,10] @ models/lib/nn.yaml:14:19
%698 = sub %694, %697 : f32[4,2,10,10] @ models/lib/nn.yaml:14:19
%699 = exp %698 : f32[4,2,10,10] @ models/lib/nn.yaml:14:13
%700 = reduce_sum %699 axes=[3] keep=1 : f32[4,2,10,1] @ models/lib/nn.yaml:15:20
%701 = broadcast %700 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%702 = div %699, %701 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%703 = matmul %702, %690 ta=0 tb=0 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%704 = permute %703 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/nn.yaml:56:13
%705 = reshape %704 : f32[4,10,16] @ models/lib/nn.yaml:57:16
%706 = matmul %705, %15 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%707 = broadcast %16 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%708 = add %706, %707 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%709 = add %658, %708 : f32[4,10,16] @ models/lib/nn.yaml:125:15
%710 = reduce_sum %709 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%711 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%712 = broadcast %711 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%713 = div %710, %712 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%714 = broadcast %713 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%715 = sub %709, %714 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%716 = mul %715, %715 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%717 = reduce_sum %716 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%718 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%719 = broadcast %718 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%720 = div %717, %719 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%721 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%722 = broadcast %721 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%723 = add %720, %722 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%724 = rsqrt %723 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%725 = broadcast %724 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%726 = mul %715, %725 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%727 = broadcast %17 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%728 = mul %726, %727 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%729 = broadcast %18 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%730 = add %728, %729 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%731 = matmul %730, %19 ta=0 tb=1 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%732 = broadcast %20 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%733 = add %731, %732 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%734 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%735 = broadcast %734 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%736 = mul %735, %733 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%737 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%738 = broadcast %737 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%739 = mul %733, %738 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%740 = erf %739 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%741 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%742 = broadcast %741 : f32[4,10,64] @ models/lib/nn.yaml:27:29
%743 = add %742, %740 : f32[4,10,64] @ models/lib/nn.yaml:27:29
%744 = mul %736, %743 : f32[4,10,64] @ models/lib/nn.yaml:27:24
%745 = matmul %744, %21 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%746 = broadcast %22 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%747 = add %745, %746 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%748 = add %709, %747 : f32[4,10,16] @ models/lib/nn.yaml:126:18
%749 = reduce_sum %748 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%750 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%751 = broadcast %750 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%752 = div %749, %751 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%753 = broadcast %752 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%754 = sub %748, %753 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%755 = mul %754, %754 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%756 = reduce_sum %755 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%757 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%758 = broadcast %757 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%759 = div %756, %758 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%760 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%761 = broadcast %760 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%762 = add %759, %761 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%763 = rsqrt %762 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%764 = broadcast %763 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%765 = mul %754, %764 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%766 = broadcast %23 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%767 = mul %765, %766 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%768 = broadcast %24 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%769 = add %767, %768 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%770 = matmul %769, %25 ta=0 tb=1 : f32[4,10,48] @ models/lib/nn.yaml:83:15
%771 = broadcast %26 : f32[4,10,48] @ models/lib/nn.yaml:84:18
%772 = add %770, %771 : f32[4,10,48] @ models/lib/nn.yaml:84:18
%773 = reshape %772 : f32[4,10,3,2,8] @ models/lib/nn.yaml:66:21
%774 = permute %773 perm=[2,0,3,1,4] : f32[3,4,2,10,8] @ models/lib/nn.yaml:66:13
%775 = slice %774 lo=[0,0,0,0,0] hi=[1,4,2,10,8] : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:28
%776 = reshape %775 : f32[4,2,10,8] @ models/lib/nn.yaml:67:28
%777 = slice %774 lo=[1,0,0,0,0] hi=[2,4,2,10,8] : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:34
%778 = reshape %777 : f32[4,2,10,8] @ models/lib/nn.yaml:67:34
%779 = slice %774 lo=[2,0,0,0,0] hi=[3,4,2,10,8] : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:40
%780 = reshape %779 : f32[4,2,10,8] @ models/lib/nn.yaml:67:40
%781 = matmul %776, %778 ta=0 tb=1 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%782 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%783 = broadcast %782 : f32[4,2,10,10] @ models/lib/nn.yaml:55:29
%784 = mul %781, %783 : f32[4,2,10,10] @ models/lib/nn.yaml:55:29
%785 = reduce_max %784 axes=[3] keep=1 : f32[4,2,10,1] @ models/lib/nn.yaml:14:35
%786 = stop_gradient %785 : f32[4,2,10,1] @ models/lib/nn.yaml:14:21
%787 = broadcast %786 : f32[4,2,10,10] @ models/lib/nn.yaml:14:19
%788 = sub %784, %787 : f32[4,2,10,10] @ models/lib/nn.yaml:14:19
%789 = exp %788 : f32[4,2,10,10] @ models/lib/nn.yaml:14:13
%790 = reduce_sum %789 axes=[3] keep=1 : f32[4,2,10,1] @ models/lib/nn.yaml:15:20
%791 = broadcast %790 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%792 = div %789, %791 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%793 = matmul %792, %780 ta=0 tb=0 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%794 = permute %793 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/nn.yaml:56:13
%795 = reshape %794 : f32[4,10,16] @ models/lib/nn.yaml:57:16
%796 = matmul %795, %27 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%797 = broadcast %28 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%798 = add %796, %797 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%799 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%800 = broadcast %799 : f32[4,10,16] @ models/lib/nn.yaml:50:38
%801 = div %798, %800 : f32[4,10,16] @ models/lib/nn.yaml:50:38
%802 = rand_uniform %502 stream=3 : f32[4] @ models/lib/nn.yaml:43:13
%803 = const data=[0.9] : f32[] @ models/lib/nn.yaml:44:30
%804 = broadcast %803 : f32[4] @ models/lib/nn.yaml:44:35
%805 = add %804, %802 : f32[4] @ models/lib/nn.yaml:44:35
%806 = floor %805 : f32[4] @ models/lib/nn.yaml:44:24
%807 = reshape %806 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%808 = broadcast %807 : f32[4,10,16] @ models/lib/nn.yaml:50:51
%809 = mul %801, %808 : f32[4,10,16] @ models/lib/nn.yaml:50:51
%810 = add %748, %809 : f32[4,10,16] @ models/lib/nn.yaml:125:15
%811 = reduce_sum %810 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%812 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%813 = broadcast %812 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%814 = div %811, %813 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%815 = broadcast %814 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%816 = sub %810, %815 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%817 = mul %816, %816 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%818 = reduce_sum %817 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%819 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%820 = broadcast %819 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%821 = div %818, %820 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%822 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%823 = broadcast %822 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%824 = add %821, %823 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%825 = rsqrt %824 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%826 = broadcast %825 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%827 = mul %816, %826 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%828 = broadcast %29 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%829 = mul %827, %828 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%830 = broadcast %30 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%831 = add %829, %830 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%832 = matmul %831, %31 ta=0 tb=1 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%833 = broadcast %32 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%834 = add %832, %833 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%835 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%836 = broadcast %835 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%837 = mul %836, %834 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%838 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%839 = broadcast %838 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%840 = mul %834, %839 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%841 = erf %840 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%842 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%843 = broadcast %842 : f32[4,10,64] @ models/lib/nn.yaml:27:29
%844 = add %843, %841 : f32[4,10,64] @ models/lib/nn.yaml:27:29
%845 = mul %837, %844 : f32[4,10,64] @ models/lib/nn.yaml:27:24
%846 = matmul %845, %33 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%847 = broadcast %34 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%848 = add %846, %847 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%849 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%850 = broadcast %849 : f32[4,10,16] @ models/lib/nn.yaml:50:38
%851 = div %848, %850 : f32[4,10,16] @ models/lib/nn.yaml:50:38
%852 = rand_uniform %502 stream=4 : f32[4] @ models/lib/nn.yaml:43:13
%853 = const data=[0.9] : f32[] @ models/lib/nn.yaml:44:30
%854 = broadcast %853 : f32[4] @ models/lib/nn.yaml:44:35
%855 = add %854, %852 : f32[4] @ models/lib/nn.yaml:44:35
%856 = floor %855 : f32[4] @ models/lib/nn.yaml:44:24
%857 = reshape %856 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%858 = broadcast %857 : f32[4,10,16] @ models/lib/nn.yaml:50:51
%859 = mul %851, %858 : f32[4,10,16] @ models/lib/nn.yaml:50:51
%860 = add %810, %859 : f32[4,10,16] @ models/lib/nn.yaml:126:18
%861 = reduce_sum %860 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%862 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%863 = broadcast %862 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%864 = div %861, %863 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%865 = broadcast %864 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%866 = sub %860, %865 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%867 = mul %866, %866 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%868 = reduce_sum %867 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%869 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%870 = broadcast %869 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%871 = div %868, %870 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%872 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%873 = broadcast %872 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%874 = add %871, %873 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%875 = rsqrt %874 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%876 = broadcast %875 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%877 = mul %866, %876 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%878 = broadcast %35 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%879 = mul %877, %878 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%880 = broadcast %36 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%881 = add %879, %880 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%882 = slice %881 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino.yaml:44:34
%883 = reshape %882 : f32[4,16] @ models/dino.yaml:44:34
%884 = matmul %883, %37 ta=0 tb=1 : f32[4,24] @ models/lib/nn.yaml:83:15
%885 = broadcast %38 : f32[4,24] @ models/lib/nn.yaml:84:18
%886 = add %884, %885 : f32[4,24] @ models/lib/nn.yaml:84:18
%887 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%888 = broadcast %887 : f32[4,24] @ models/lib/nn.yaml:27:20
%889 = mul %888, %886 : f32[4,24] @ models/lib/nn.yaml:27:20
%890 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%891 = broadcast %890 : f32[4,24] @ models/lib/nn.yaml:27:37
%892 = mul %886, %891 : f32[4,24] @ models/lib/nn.yaml:27:37
%893 = erf %892 : f32[4,24] @ models/lib/nn.yaml:27:31
%894 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%895 = broadcast %894 : f32[4,24] @ models/lib/nn.yaml:27:29
%896 = add %895, %893 : f32[4,24] @ models/lib/nn.yaml:27:29
%897 = mul %889, %896 : f32[4,24] @ models/lib/nn.yaml:27:24
%898 = matmul %897, %39 ta=0 tb=1 : f32[4,24] @ models/lib/nn.yaml:83:15
%899 = broadcast %40 : f32[4,24] @ models/lib/nn.yaml:84:18
%900 = add %898, %899 : f32[4,24] @ models/lib/nn.yaml:84:18
%901 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%902 = broadcast %901 : f32[4,24] @ models/lib/nn.yaml:27:20
%903 = mul %902, %900 : f32[4,24] @ models/lib/nn.yaml:27:20
%904 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%905 = broadcast %904 : f32[4,24] @ models/lib/nn.yaml:27:37
%906 = mul %900, %905 : f32[4,24] @ models/lib/nn.yaml:27:37
%907 = erf %906 : f32[4,24] @ models/lib/nn.yaml:27:31
%908 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%909 = broadcast %908 : f32[4,24] @ models/lib/nn.yaml:27:29
%910 = add %909, %907 : f32[4,24] @ models/lib/nn.yaml:27:29
%911 = mul %903, %910 : f32[4,24] @ models/lib/nn.yaml:27:24
%912 = matmul %911, %41 ta=0 tb=1 : f32[4,8] @ models/lib/nn.yaml:83:15
%913 = broadcast %42 : f32[4,8] @ models/lib/nn.yaml:84:18
%914 = add %912, %913 : f32[4,8] @ models/lib/nn.yaml:84:18
%915 = mul %914, %914 : f32[4,8] @ models/lib/nn.yaml:33:35
%916 = reduce_sum %915 axes=[1] keep=1 : f32[4,1] @ models/lib/nn.yaml:33:29
%917 = sqrt %916 : f32[4,1] @ models/lib/nn.yaml:33:24
%918 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%919 = cast %918 : f32[] @ models/lib/nn.yaml:33:61
%920 = broadcast %919 : f32[4,1] @ models/lib/nn.yaml:33:20
%921 = max %917, %920 : f32[4,1] @ models/lib/nn.yaml:33:20
%922 = broadcast %921 : f32[4,8] @ models/lib/nn.yaml:33:18
%923 = div %914, %922 : f32[4,8] @ models/lib/nn.yaml:33:18
%924 = broadcast %43 : f32[32,8] @ models/lib/dino.yaml:22:22
%925 = mul %924, %44 : f32[32,8] @ models/lib/dino.yaml:22:22
%926 = mul %44, %44 : f32[32,8] @ models/lib/dino.yaml:22:53
%927 = reduce_sum %926 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%928 = sqrt %927 : f32[32,1] @ models/lib/dino.yaml:22:35
%929 = broadcast %928 : f32[32,8] @ models/lib/dino.yaml:22:33
%930 = div %925, %929 : f32[32,8] @ models/lib/dino.yaml:22:33
%931 = matmul %923, %930 ta=0 tb=1 : f32[4,32] @ models/lib/dino.yaml:23:18
%932 = slice %931 lo=[0,0] hi=[2,32] : f32[2,32] @ models/dino.yaml:65:20
%933 = slice %931 lo=[2,0] hi=[4,32] : f32[2,32] @ models/dino.yaml:65:20
%934 = broadcast %83 : f32[2,32] @ models/lib/dino.yaml:38:38
%935 = sub %346, %934 : f32[2,32] @ models/lib/dino.yaml:38:38
%936 = broadcast %4 : f32[2,32] @ models/lib/dino.yaml:38:48
%937 = div %935, %936 : f32[2,32] @ models/lib/dino.yaml:38:48
%938 = reduce_max %937 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:14:35
%939 = stop_gradient %938 : f32[2,1] @ models/lib/nn.yaml:14:21
%940 = broadcast %939 : f32[2,32] @ models/lib/nn.yaml:14:19
%941 = sub %937, %940 : f32[2,32] @ models/lib/nn.yaml:14:19
%942 = exp %941 : f32[2,32] @ models/lib/nn.yaml:14:13
%943 = reduce_sum %942 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:15:20
%944 = broadcast %943 : f32[2,32] @ models/lib/nn.yaml:15:18
%945 = div %942, %944 : f32[2,32] @ models/lib/nn.yaml:15:18
%946 = stop_gradient %945 : f32[2,32] @ models/lib/dino.yaml:38:13
%947 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%948 = broadcast %947 : f32[2,32] @ models/lib/dino.yaml:39:44
%949 = div %634, %948 : f32[2,32] @ models/lib/dino.yaml:39:44
%950 = reduce_max %949 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:21:31
%951 = stop_gradient %950 : f32[2,1] @ models/lib/nn.yaml:21:17
%952 = broadcast %951 : f32[2,32] @ models/lib/nn.yaml:21:15
%953 = sub %949, %952 : f32[2,32] @ models/lib/nn.yaml:21:15
%954 = exp %953 : f32[2,32] @ models/lib/nn.yaml:22:28
%955 = reduce_sum %954 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:24
%956 = log %955 : f32[2,1] @ models/lib/nn.yaml:22:20
%957 = broadcast %956 : f32[2,32] @ models/lib/nn.yaml:22:18
%958 = sub %953, %957 : f32[2,32] @ models/lib/nn.yaml:22:18
%959 = mul %946, %958 : f32[2,32] @ models/lib/dino.yaml:39:28
%960 = reduce_sum %959 axes=[1] keep=0 : f32[2] @ models/lib/dino.yaml:39:22
%961 = neg %960 : f32[2] @ models/lib/dino.yaml:39:21
%962 = reduce_sum %961 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%963 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%964 = div %962, %963 : f32[] @ models/lib/dino.yaml:39:16
%965 = broadcast %83 : f32[2,32] @ models/lib/dino.yaml:38:38
%966 = sub %346, %965 : f32[2,32] @ models/lib/dino.yaml:38:38
%967 = broadcast %4 : f32[2,32] @ models/lib/dino.yaml:38:48
%968 = div %966, %967 : f32[2,32] @ models/lib/dino.yaml:38:48
%969 = reduce_max %968 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:14:35
%970 = stop_gradient %969 : f32[2,1] @ models/lib/nn.yaml:14:21
%971 = broadcast %970 : f32[2,32] @ models/lib/nn.yaml:14:19
%972 = sub %968, %971 : f32[2,32] @ models/lib/nn.yaml:14:19
%973 = exp %972 : f32[2,32] @ models/lib/nn.yaml:14:13
%974 = reduce_sum %973 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:15:20
%975 = broadcast %974 : f32[2,32] @ models/lib/nn.yaml:15:18
%976 = div %973, %975 : f32[2,32] @ models/lib/nn.yaml:15:18
%977 = stop_gradient %976 : f32[2,32] @ models/lib/dino.yaml:38:13
%978 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%979 = broadcast %978 : f32[2,32] @ models/lib/dino.yaml:39:44
%980 = div %932, %979 : f32[2,32] @ models/lib/dino.yaml:39:44
%981 = reduce_max %980 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:21:31
%982 = stop_gradient %981 : f32[2,1] @ models/lib/nn.yaml:21:17
%983 = broadcast %982 : f32[2,32] @ models/lib/nn.yaml:21:15
%984 = sub %980, %983 : f32[2,32] @ models/lib/nn.yaml:21:15
%985 = exp %984 : f32[2,32] @ models/lib/nn.yaml:22:28
%986 = reduce_sum %985 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:24
%987 = log %986 : f32[2,1] @ models/lib/nn.yaml:22:20
%988 = broadcast %987 : f32[2,32] @ models/lib/nn.yaml:22:18
%989 = sub %984, %988 : f32[2,32] @ models/lib/nn.yaml:22:18
%990 = mul %977, %989 : f32[2,32] @ models/lib/dino.yaml:39:28
%991 = reduce_sum %990 axes=[1] keep=0 : f32[2] @ models/lib/dino.yaml:39:22
%992 = neg %991 : f32[2] @ models/lib/dino.yaml:39:21
%993 = reduce_sum %992 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%994 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%995 = div %993, %994 : f32[] @ models/lib/dino.yaml:39:16
%996 = add %964, %995 : f32[] @ models/dino.yaml:76:11
%997 = broadcast %83 : f32[2,32] @ models/lib/dino.yaml:38:38
%998 = sub %346, %997 : f32[2,32] @ models/lib/dino.yaml:38:38
%999 = broadcast %4 : f32[2,32] @ models/lib/dino.yaml:38:48
%1000 = div %998, %999 : f32[2,32] @ models/lib/dino.yaml:38:48
%1001 = reduce_max %1000 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:14:35
%1002 = stop_gradient %1001 : f32[2,1] @ models/lib/nn.yaml:14:21
%1003 = broadcast %1002 : f32[2,32] @ models/lib/nn.yaml:14:19
%1004 = sub %1000, %1003 : f32[2,32] @ models/lib/nn.yaml:14:19
%1005 = exp %1004 : f32[2,32] @ models/lib/nn.yaml:14:13
%1006 = reduce_sum %1005 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:15:20
%1007 = broadcast %1006 : f32[2,32] @ models/lib/nn.yaml:15:18
%1008 = div %1005, %1007 : f32[2,32] @ models/lib/nn.yaml:15:18
%1009 = stop_gradient %1008 : f32[2,32] @ models/lib/dino.yaml:38:13
%1010 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%1011 = broadcast %1010 : f32[2,32] @ models/lib/dino.yaml:39:44
%1012 = div %933, %1011 : f32[2,32] @ models/lib/dino.yaml:39:44
%1013 = reduce_max %1012 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:21:31
%1014 = stop_gradient %1013 : f32[2,1] @ models/lib/nn.yaml:21:17
%1015 = broadcast %1014 : f32[2,32] @ models/lib/nn.yaml:21:15
%1016 = sub %1012, %1015 : f32[2,32] @ models/lib/nn.yaml:21:15
%1017 = exp %1016 : f32[2,32] @ models/lib/nn.yaml:22:28
%1018 = reduce_sum %1017 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:24
%1019 = log %1018 : f32[2,1] @ models/lib/nn.yaml:22:20
%1020 = broadcast %1019 : f32[2,32] @ models/lib/nn.yaml:22:18
%1021 = sub %1016, %1020 : f32[2,32] @ models/lib/nn.yaml:22:18
%1022 = mul %1009, %1021 : f32[2,32] @ models/lib/dino.yaml:39:28
%1023 = reduce_sum %1022 axes=[1] keep=0 : f32[2] @ models/lib/dino.yaml:39:22
%1024 = neg %1023 : f32[2] @ models/lib/dino.yaml:39:21
%1025 = reduce_sum %1024 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%1026 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%1027 = div %1025, %1026 : f32[] @ models/lib/dino.yaml:39:16
%1028 = add %996, %1027 : f32[] @ models/dino.yaml:76:11
%1029 = broadcast %83 : f32[2,32] @ models/lib/dino.yaml:38:38
%1030 = sub %347, %1029 : f32[2,32] @ models/lib/dino.yaml:38:38
%1031 = broadcast %4 : f32[2,32] @ models/lib/dino.yaml:38:48
%1032 = div %1030, %1031 : f32[2,32] @ models/lib/dino.yaml:38:48
%1033 = reduce_max %1032 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:14:35
%1034 = stop_gradient %1033 : f32[2,1] @ models/lib/nn.yaml:14:21
%1035 = broadcast %1034 : f32[2,32] @ models/lib/nn.yaml:14:19
%1036 = sub %1032, %1035 : f32[2,32] @ models/lib/nn.yaml:14:19
%1037 = exp %1036 : f32[2,32] @ models/lib/nn.yaml:14:13
%1038 = reduce_sum %1037 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:15:20
%1039 = broadcast %1038 : f32[2,32] @ models/lib/nn.yaml:15:18
%1040 = div %1037, %1039 : f32[2,32] @ models/lib/nn.yaml:15:18
%1041 = stop_gradient %1040 : f32[2,32] @ models/lib/dino.yaml:38:13
%1042 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%1043 = broadcast %1042 : f32[2,32] @ models/lib/dino.yaml:39:44
%1044 = div %633, %1043 : f32[2,32] @ models/lib/dino.yaml:39:44
%1045 = reduce_max %1044 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:21:31
%1046 = stop_gradient %1045 : f32[2,1] @ models/lib/nn.yaml:21:17
%1047 = broadcast %1046 : f32[2,32] @ models/lib/nn.yaml:21:15
%1048 = sub %1044, %1047 : f32[2,32] @ models/lib/nn.yaml:21:15
%1049 = exp %1048 : f32[2,32] @ models/lib/nn.yaml:22:28
%1050 = reduce_sum %1049 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:24
%1051 = log %1050 : f32[2,1] @ models/lib/nn.yaml:22:20
%1052 = broadcast %1051 : f32[2,32] @ models/lib/nn.yaml:22:18
%1053 = sub %1048, %1052 : f32[2,32] @ models/lib/nn.yaml:22:18
%1054 = mul %1041, %1053 : f32[2,32] @ models/lib/dino.yaml:39:28
%1055 = reduce_sum %1054 axes=[1] keep=0 : f32[2] @ models/lib/dino.yaml:39:22
%1056 = neg %1055 : f32[2] @ models/lib/dino.yaml:39:21
%1057 = reduce_sum %1056 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%1058 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%1059 = div %1057, %1058 : f32[] @ models/lib/dino.yaml:39:16
%1060 = add %1028, %1059 : f32[] @ models/dino.yaml:76:11
%1061 = broadcast %83 : f32[2,32] @ models/lib/dino.yaml:38:38
%1062 = sub %347, %1061 : f32[2,32] @ models/lib/dino.yaml:38:38
%1063 = broadcast %4 : f32[2,32] @ models/lib/dino.yaml:38:48
%1064 = div %1062, %1063 : f32[2,32] @ models/lib/dino.yaml:38:48
%1065 = reduce_max %1064 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:14:35
%1066 = stop_gradient %1065 : f32[2,1] @ models/lib/nn.yaml:14:21
%1067 = broadcast %1066 : f32[2,32] @ models/lib/nn.yaml:14:19
%1068 = sub %1064, %1067 : f32[2,32] @ models/lib/nn.yaml:14:19
%1069 = exp %1068 : f32[2,32] @ models/lib/nn.yaml:14:13
%1070 = reduce_sum %1069 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:15:20
%1071 = broadcast %1070 : f32[2,32] @ models/lib/nn.yaml:15:18
%1072 = div %1069, %1071 : f32[2,32] @ models/lib/nn.yaml:15:18
%1073 = stop_gradient %1072 : f32[2,32] @ models/lib/dino.yaml:38:13
%1074 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%1075 = broadcast %1074 : f32[2,32] @ models/lib/dino.yaml:39:44
%1076 = div %932, %1075 : f32[2,32] @ models/lib/dino.yaml:39:44
%1077 = reduce_max %1076 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:21:31
%1078 = stop_gradient %1077 : f32[2,1] @ models/lib/nn.yaml:21:17
%1079 = broadcast %1078 : f32[2,32] @ models/lib/nn.yaml:21:15
%1080 = sub %1076, %1079 : f32[2,32] @ models/lib/nn.yaml:21:15
%1081 = exp %1080 : f32[2,32] @ models/lib/nn.yaml:22:28
%1082 = reduce_sum %1081 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:24
%1083 = log %1082 : f32[2,1] @ models/lib/nn.yaml:22:20
%1084 = broadcast %1083 : f32[2,32] @ models/lib/nn.yaml:22:18
%1085 = sub %1080, %1084 : f32[2,32] @ models/lib/nn.yaml:22:18
%1086 = mul %1073, %1085 : f32[2,32] @ models/lib/dino.yaml:39:28
%1087 = reduce_sum %1086 axes=[1] keep=0 : f32[2] @ models/lib/dino.yaml:39:22
%1088 = neg %1087 : f32[2] @ models/lib/dino.yaml:39:21
%1089 = reduce_sum %1088 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%1090 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%1091 = div %1089, %1090 : f32[] @ models/lib/dino.yaml:39:16
%1092 = add %1060, %1091 : f32[] @ models/dino.yaml:76:11
%1093 = broadcast %83 : f32[2,32] @ models/lib/dino.yaml:38:38
%1094 = sub %347, %1093 : f32[2,32] @ models/lib/dino.yaml:38:38
%1095 = broadcast %4 : f32[2,32] @ models/lib/dino.yaml:38:48
%1096 = div %1094, %1095 : f32[2,32] @ models/lib/dino.yaml:38:48
%1097 = reduce_max %1096 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:14:35
%1098 = stop_gradient %1097 : f32[2,1] @ models/lib/nn.yaml:14:21
%1099 = broadcast %1098 : f32[2,32] @ models/lib/nn.yaml:14:19
%1100 = sub %1096, %1099 : f32[2,32] @ models/lib/nn.yaml:14:19
%1101 = exp %1100 : f32[2,32] @ models/lib/nn.yaml:14:13
%1102 = reduce_sum %1101 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:15:20
%1103 = broadcast %1102 : f32[2,32] @ models/lib/nn.yaml:15:18
%1104 = div %1101, %1103 : f32[2,32] @ models/lib/nn.yaml:15:18
%1105 = stop_gradient %1104 : f32[2,32] @ models/lib/dino.yaml:38:13
%1106 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%1107 = broadcast %1106 : f32[2,32] @ models/lib/dino.yaml:39:44
%1108 = div %933, %1107 : f32[2,32] @ models/lib/dino.yaml:39:44
%1109 = reduce_max %1108 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:21:31
%1110 = stop_gradient %1109 : f32[2,1] @ models/lib/nn.yaml:21:17
%1111 = broadcast %1110 : f32[2,32] @ models/lib/nn.yaml:21:15
%1112 = sub %1108, %1111 : f32[2,32] @ models/lib/nn.yaml:21:15
%1113 = exp %1112 : f32[2,32] @ models/lib/nn.yaml:22:28
%1114 = reduce_sum %1113 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:24
%1115 = log %1114 : f32[2,1] @ models/lib/nn.yaml:22:20
%1116 = broadcast %1115 : f32[2,32] @ models/lib/nn.yaml:22:18
%1117 = sub %1112, %1116 : f32[2,32] @ models/lib/nn.yaml:22:18
%1118 = mul %1105, %1117 : f32[2,32] @ models/lib/dino.yaml:39:28
%1119 = reduce_sum %1118 axes=[1] keep=0 : f32[2] @ models/lib/dino.yaml:39:22
%1120 = neg %1119 : f32[2] @ models/lib/dino.yaml:39:21
%1121 = reduce_sum %1120 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%1122 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%1123 = div %1121, %1122 : f32[] @ models/lib/dino.yaml:39:16
%1124 = add %1092, %1123 : f32[] @ models/dino.yaml:76:11
%1125 = const data=[6] : f32[] @ models/dino.yaml:73:3
%1126 = div %1124, %1125 : f32[] @ models/dino.yaml:73:3
%1127 = output %1126 name="loss.dino" : f32[] @ models/dino.yaml:73:3
%1128 = const data=[1] : f32[] @ models/dino.yaml:73:3
%1129 = mul %1126, %1128 : f32[] @ models/dino.yaml:73:3
%1130 = output %1129 name="loss" : f32[] @ models/dino.yaml:73:3
%1131 = const data=[0.9] : f32[] @ models/dino.yaml:70:22
%1132 = broadcast %1131 : f32[1,32] @ models/dino.yaml:70:20
%1133 = mul %83, %1132 : f32[1,32] @ models/dino.yaml:70:20
%1134 = concat %346, %347 axis=0 : f32[4,32] @ models/dino.yaml:70:75
%1135 = reduce_sum %1134 axes=[0] keep=1 : f32[1,32] @ models/lib/nn.yaml:73:26
%1136 = all_reduce_sum %1135 : f32[1,32] @ models/lib/nn.yaml:73:16
%1137 = const data=[4] : f32[] @ models/lib/nn.yaml:73:65
%1138 = broadcast %1137 : f32[1,32] @ models/lib/nn.yaml:73:52
%1139 = div %1136, %1138 : f32[1,32] @ models/lib/nn.yaml:73:52
%1140 = const data=[0.1] : f32[] @ models/dino.yaml:70:43
%1141 = broadcast %1140 : f32[1,32] @ models/dino.yaml:70:62
%1142 = mul %1141, %1139 : f32[1,32] @ models/dino.yaml:70:62
%1143 = add %1133, %1142 : f32[1,32] @ models/dino.yaml:70:38
%1144 = assign %83, %1143 : f32[1,32] @ models/dino.yaml:70:13
%1145 = cast %1 : f64[] @ models/dino.yaml:55:3
%1146 = cast %2 : f64[] @ models/dino.yaml:56:3
%1147 = cast %3 : f64[] @ models/dino.yaml:57:3
%1148 = const data=[1] : f32[] @ models/dino.yaml:73:3
%1149 = mul %1148, %1128 : f32[] @ models/dino.yaml:73:3
%1150 = div %1149, %1125 : f32[] @ models/dino.yaml:73:3
%1151 = div %1150, %1122 : f32[] @ models/lib/dino.yaml:39:16
%1152 = reshape %1151 : f32[1] @ models/lib/dino.yaml:39:16
%1153 = broadcast %1152 : f32[2] @ models/lib/dino.yaml:39:16
%1154 = neg %1153 : f32[2] @ models/lib/dino.yaml:39:21
%1155 = reshape %1154 : f32[2,1] @ models/lib/dino.yaml:39:22
%1156 = broadcast %1155 : f32[2,32] @ models/lib/dino.yaml:39:22
%1157 = mul %1156, %1105 : f32[2,32] @ models/lib/dino.yaml:39:28
%1158 = neg %1157 : f32[2,32] @ models/lib/nn.yaml:22:18
%1159 = reduce_sum %1158 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:18
%1160 = div %1159, %1114 : f32[2,1] @ models/lib/nn.yaml:22:20
%1161 = broadcast %1160 : f32[2,32] @ models/lib/nn.yaml:22:24
%1162 = mul %1161, %1113 : f32[2,32] @ models/lib/nn.yaml:22:28
%1163 = add %1157, %1162 : f32[2,32] @ models/lib/nn.yaml:22:28
%1164 = div %1163, %1107 : f32[2,32] @ models/lib/dino.yaml:39:44
%1165 = div %1150, %1090 : f32[] @ models/lib/dino.yaml:39:16
%1166 = reshape %1165 : f32[1] @ models/lib/dino.yaml:39:16
%1167 = broadcast %1166 : f32[2] @ models/lib/dino.yaml:39:16
%1168 = neg %1167 : f32[2] @ models/lib/dino.yaml:39:21
%1169 = reshape %1168 : f32[2,1] @ models/lib/dino.yaml:39:22
%1170 = broadcast %1169 : f32[2,32] @ models/lib/dino.yaml:39:22
%1171 = mul %1170, %1073 : f32[2,32] @ models/lib/dino.yaml:39:28
%1172 = neg %1171 : f32[2,32] @ models/lib/nn.yaml:22:18
%1173 = reduce_sum %1172 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:18
%1174 = div %1173, %1082 : f32[2,1] @ models/lib/nn.yaml:22:20
%1175 = broadcast %1174 : f32[2,32] @ models/lib/nn.yaml:22:24
%1176 = mul %1175, %1081 : f32[2,32] @ models/lib/nn.yaml:22:28
%1177 = add %1171, %1176 : f32[2,32] @ models/lib/nn.yaml:22:28
%1178 = div %1177, %1075 : f32[2,32] @ models/lib/dino.yaml:39:44
%1179 = div %1150, %1058 : f32[] @ models/lib/dino.yaml:39:16
%1180 = reshape %1179 : f32[1] @ models/lib/dino.yaml:39:16
%1181 = broadcast %1180 : f32[2] @ models/lib/dino.yaml:39:16
%1182 = neg %1181 : f32[2] @ models/lib/dino.yaml:39:21
%1183 = reshape %1182 : f32[2,1] @ models/lib/dino.yaml:39:22
%1184 = broadcast %1183 : f32[2,32] @ models/lib/dino.yaml:39:22
%1185 = mul %1184, %1041 : f32[2,32] @ models/lib/dino.yaml:39:28
%1186 = neg %1185 : f32[2,32] @ models/lib/nn.yaml:22:18
%1187 = reduce_sum %1186 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:18
%1188 = div %1187, %1050 : f32[2,1] @ models/lib/nn.yaml:22:20
%1189 = broadcast %1188 : f32[2,32] @ models/lib/nn.yaml:22:24
%1190 = mul %1189, %1049 : f32[2,32] @ models/lib/nn.yaml:22:28
%1191 = add %1185, %1190 : f32[2,32] @ models/lib/nn.yaml:22:28
%1192 = div %1191, %1043 : f32[2,32] @ models/lib/dino.yaml:39:44
%1193 = div %1150, %1026 : f32[] @ models/lib/dino.yaml:39:16
%1194 = reshape %1193 : f32[1] @ models/lib/dino.yaml:39:16
%1195 = broadcast %1194 : f32[2] @ models/lib/dino.yaml:39:16
%1196 = neg %1195 : f32[2] @ models/lib/dino.yaml:39:21
%1197 = reshape %1196 : f32[2,1] @ models/lib/dino.yaml:39:22
%1198 = broadcast %1197 : f32[2,32] @ models/lib/dino.yaml:39:22
%1199 = mul %1198, %1009 : f32[2,32] @ models/lib/dino.yaml:39:28
%1200 = neg %1199 : f32[2,32] @ models/lib/nn.yaml:22:18
%1201 = reduce_sum %1200 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:18
%1202 = div %1201, %1018 : f32[2,1] @ models/lib/nn.yaml:22:20
%1203 = broadcast %1202 : f32[2,32] @ models/lib/nn.yaml:22:24
%1204 = mul %1203, %1017 : f32[2,32] @ models/lib/nn.yaml:22:28
%1205 = add %1199, %1204 : f32[2,32] @ models/lib/nn.yaml:22:28
%1206 = div %1205, %1011 : f32[2,32] @ models/lib/dino.yaml:39:44
%1207 = add %1164, %1206 : f32[2,32] @ models/lib/dino.yaml:39:44
%1208 = div %1150, %994 : f32[] @ models/lib/dino.yaml:39:16
%1209 = reshape %1208 : f32[1] @ models/lib/dino.yaml:39:16
%1210 = broadcast %1209 : f32[2] @ models/lib/dino.yaml:39:16
%1211 = neg %1210 : f32[2] @ models/lib/dino.yaml:39:21
%1212 = reshape %1211 : f32[2,1] @ models/lib/dino.yaml:39:22
%1213 = broadcast %1212 : f32[2,32] @ models/lib/dino.yaml:39:22
%1214 = mul %1213, %977 : f32[2,32] @ models/lib/dino.yaml:39:28
%1215 = neg %1214 : f32[2,32] @ models/lib/nn.yaml:22:18
%1216 = reduce_sum %1215 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:18
%1217 = div %1216, %986 : f32[2,1] @ models/lib/nn.yaml:22:20
%1218 = broadcast %1217 : f32[2,32] @ models/lib/nn.yaml:22:24
%1219 = mul %1218, %985 : f32[2,32] @ models/lib/nn.yaml:22:28
%1220 = add %1214, %1219 : f32[2,32] @ models/lib/nn.yaml:22:28
%1221 = div %1220, %979 : f32[2,32] @ models/lib/dino.yaml:39:44
%1222 = add %1178, %1221 : f32[2,32] @ models/lib/dino.yaml:39:44
%1223 = div %1150, %963 : f32[] @ models/lib/dino.yaml:39:16
%1224 = reshape %1223 : f32[1] @ models/lib/dino.yaml:39:16
%1225 = broadcast %1224 : f32[2] @ models/lib/dino.yaml:39:16
%1226 = neg %1225 : f32[2] @ models/lib/dino.yaml:39:21
%1227 = reshape %1226 : f32[2,1] @ models/lib/dino.yaml:39:22
%1228 = broadcast %1227 : f32[2,32] @ models/lib/dino.yaml:39:22
%1229 = mul %1228, %946 : f32[2,32] @ models/lib/dino.yaml:39:28
%1230 = neg %1229 : f32[2,32] @ models/lib/nn.yaml:22:18
%1231 = reduce_sum %1230 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:18
%1232 = div %1231, %955 : f32[2,1] @ models/lib/nn.yaml:22:20
%1233 = broadcast %1232 : f32[2,32] @ models/lib/nn.yaml:22:24
%1234 = mul %1233, %954 : f32[2,32] @ models/lib/nn.yaml:22:28
%1235 = add %1229, %1234 : f32[2,32] @ models/lib/nn.yaml:22:28
%1236 = div %1235, %948 : f32[2,32] @ models/lib/dino.yaml:39:44
%1237 = pad %1207 lo=[2,0] hi=[0,0] value=0 : f32[4,32] @ models/dino.yaml:65:20
%1238 = pad %1222 lo=[0,0] hi=[2,0] value=0 : f32[4,32] @ models/dino.yaml:65:20
%1239 = add %1237, %1238 : f32[4,32] @ models/dino.yaml:65:20
%1240 = matmul %1239, %930 ta=0 tb=0 : f32[4,8] @ models/lib/dino.yaml:23:18
%1241 = matmul %1239, %923 ta=1 tb=0 : f32[32,8] @ models/lib/dino.yaml:23:18
%1242 = div %1241, %929 : f32[32,8] @ models/lib/dino.yaml:22:33
%1243 = mul %1242, %930 : f32[32,8] @ models/lib/dino.yaml:22:33
%1244 = neg %1243 : f32[32,8] @ models/lib/dino.yaml:22:33
%1245 = reduce_sum %1244 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%1246 = const data=[0.5] : f32[] @ models/lib/dino.yaml:22:35
%1247 = broadcast %1246 : f32[32,1] @ models/lib/dino.yaml:22:35
%1248 = mul %1245, %1247 : f32[32,1] @ models/lib/dino.yaml:22:35
%1249 = div %1248, %928 : f32[32,1] @ models/lib/dino.yaml:22:35
%1250 = broadcast %1249 : f32[32,8] @ models/lib/dino.yaml:22:40
%1251 = mul %1250, %44 : f32[32,8] @ models/lib/dino.yaml:22:53
%1252 = mul %1250, %44 : f32[32,8] @ models/lib/dino.yaml:22:53
%1253 = add %1251, %1252 : f32[32,8] @ models/lib/dino.yaml:22:53
%1254 = mul %1242, %924 : f32[32,8] @ models/lib/dino.yaml:22:22
%1255 = add %1253, %1254 : f32[32,8] @ models/lib/dino.yaml:22:22
%1256 = div %1240, %922 : f32[4,8] @ models/lib/nn.yaml:33:18
%1257 = mul %1256, %923 : f32[4,8] @ models/lib/nn.yaml:33:18
%1258 = neg %1257 : f32[4,8] @ models/lib/nn.yaml:33:18
%1259 = reduce_sum %1258 axes=[1] keep=1 : f32[4,1] @ models/lib/nn.yaml:33:18
%1260 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%1261 = broadcast %1260 : f32[4,1] @ models/lib/nn.yaml:33:20
%1262 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:20
%1263 = broadcast %1262 : f32[4,1] @ models/lib/nn.yaml:33:20
%1264 = mul %1259, %1263 : f32[4,1] @ models/lib/nn.yaml:33:20
%1265 = eq %917, %920 : bool[4,1] @ models/lib/nn.yaml:33:20
%1266 = select %1265, %1264, %1261 : f32[4,1] @ models/lib/nn.yaml:33:20
%1267 = gt %917, %920 : bool[4,1] @ models/lib/nn.yaml:33:20
%1268 = select %1267, %1259, %1266 : f32[4,1] @ models/lib/nn.yaml:33:20
%1269 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:24
%1270 = broadcast %1269 : f32[4,1] @ models/lib/nn.yaml:33:24
%1271 = mul %1268, %1270 : f32[4,1] @ models/lib/nn.yaml:33:24
%1272 = div %1271, %917 : f32[4,1] @ models/lib/nn.yaml:33:24
%1273 = broadcast %1272 : f32[4,8] @ models/lib/nn.yaml:33:29
%1274 = mul %1273, %914 : f32[4,8] @ models/lib/nn.yaml:33:35
%1275 = add %1256, %1274 : f32[4,8] @ models/lib/nn.yaml:33:35
%1276 = mul %1273, %914 : f32[4,8] @ models/lib/nn.yaml:33:35
%1277 = add %1275, %1276 : f32[4,8] @ models/lib/nn.yaml:33:35
%1278 = reduce_sum %1277 axes=[0] keep=1 : f32[1,8] @ models/lib/nn.yaml:84:18
%1279 = reshape %1278 : f32[8] @ models/lib/nn.yaml:84:18
%1280 = matmul %1277, %41 ta=0 tb=0 : f32[4,24] @ models/lib/nn.yaml:83:15
%1281 = matmul %1277, %911 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%1282 = mul %1280, %910 : f32[4,24] @ models/lib/nn.yaml:27:24
%1283 = mul %1280, %903 : f32[4,24] @ models/lib/nn.yaml:27:24
%1284 = mul %906, %906 : f32[4,24] @ models/lib/nn.yaml:27:31
%1285 = neg %1284 : f32[4,24] @ models/lib/nn.yaml:27:31
%1286 = exp %1285 : f32[4,24] @ models/lib/nn.yaml:27:31
%1287 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%1288 = broadcast %1287 : f32[4,24] @ models/lib/nn.yaml:27:31
%1289 = mul %1286, %1288 : f32[4,24] @ models/lib/nn.yaml:27:31
%1290 = mul %1283, %1289 : f32[4,24] @ models/lib/nn.yaml:27:31
%1291 = mul %1290, %905 : f32[4,24] @ models/lib/nn.yaml:27:37
%1292 = mul %1282, %902 : f32[4,24] @ models/lib/nn.yaml:27:20
%1293 = add %1291, %1292 : f32[4,24] @ models/lib/nn.yaml:27:20
%1294 = reduce_sum %1293 axes=[0] keep=1 : f32[1,24] @ models/lib/nn.yaml:84:18
%1295 = reshape %1294 : f32[24] @ models/lib/nn.yaml:84:18
%1296 = matmul %1293, %39 ta=0 tb=0 : f32[4,24] @ models/lib/nn.yaml:83:15
%1297 = matmul %1293, %897 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%1298 = mul %1296, %896 : f32[4,24] @ models/lib/nn.yaml:27:24
%1299 = mul %1296, %889 : f32[4,24] @ models/lib/nn.yaml:27:24
%1300 = mul %892, %892 : f32[4,24] @ models/lib/nn.yaml:27:31
%1301 = neg %1300 : f32[4,24] @ models/lib/nn.yaml:27:31
%1302 = exp %1301 : f32[4,24] @ models/lib/nn.yaml:27:31
%1303 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%1304 = broadcast %1303 : f32[4,24] @ models/lib/nn.yaml:27:31
%1305 = mul %1302, %1304 : f32[4,24] @ models/lib/nn.yaml:27:31
%1306 = mul %1299, %1305 : f32[4,24] @ models/lib/nn.yaml:27:31
%1307 = mul %1306, %891 : f32[4,24] @ models/lib/nn.yaml:27:37
%1308 = mul %1298, %888 : f32[4,24] @ models/lib/nn.yaml:27:20
%1309 = add %1307, %1308 : f32[4,24] @ models/lib/nn.yaml:27:20
%1310 = reduce_sum %1309 axes=[0] keep=1 : f32[1,24] @ models/lib/nn.yaml:84:18
%1311 = reshape %1310 : f32[24] @ models/lib/nn.yaml:84:18
%1312 = matmul %1309, %37 ta=0 tb=0 : f32[4,16] @ models/lib/nn.yaml:83:15
%1313 = matmul %1309, %883 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%1314 = reshape %1312 : f32[4,1,16] @ models/dino.yaml:44:34
%1315 = pad %1314 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/dino.yaml:44:34
%1316 = reduce_sum %1315 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1317 = reshape %1316 : f32[16] @ models/lib/nn.yaml:96:46
%1318 = mul %1315, %878 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1319 = mul %1315, %877 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1320 = reduce_sum %1319 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1321 = reshape %1320 : f32[16] @ models/lib/nn.yaml:96:37
%1322 = mul %1318, %876 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1323 = mul %1318, %866 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1324 = reduce_sum %1323 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%1325 = mul %875, %875 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1326 = mul %875, %1325 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1327 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%1328 = broadcast %1327 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1329 = mul %1326, %1328 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1330 = mul %1324, %1329 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1331 = div %1330, %870 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1332 = broadcast %1331 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%1333 = mul %1332, %866 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1334 = add %1322, %1333 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1335 = mul %1332, %866 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1336 = add %1334, %1335 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1337 = neg %1336 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1338 = reduce_sum %1337 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%1339 = div %1338, %863 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1340 = broadcast %1339 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1341 = add %1336, %1340 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1342 = mul %1341, %858 : f32[4,10,16] @ models/lib/nn.yaml:50:51
%1343 = div %1342, %850 : f32[4,10,16] @ models/lib/nn.yaml:50:38
%1344 = reduce_sum %1343 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1345 = reshape %1344 : f32[16] @ models/lib/nn.yaml:84:18
%1346 = matmul %1343, %33 ta=0 tb=0 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%1347 = reshape %845 : f32[40,64] @ models/lib/nn.yaml:83:15
%1348 = reshape %1343 : f32[40,16] @ models/lib/nn.yaml:83:15
%1349 = matmul %1348, %1347 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%1350 = mul %1346, %844 : f32[4,10,64] @ models/lib/nn.yaml:27:24
%1351 = mul %1346, %837 : f32[4,10,64] @ models/lib/nn.yaml:27:24
%1352 = mul %840, %840 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1353 = neg %1352 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1354 = exp %1353 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1355 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%1356 = broadcast %1355 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1357 = mul %1354, %1356 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1358 = mul %1351, %1357 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1359 = mul %1358, %839 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%1360 = mul %1350, %836 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%1361 = add %1359, %1360 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%1362 = reduce_sum %1361 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%1363 = reshape %1362 : f32[64] @ models/lib/nn.yaml:84:18
%1364 = matmul %1361, %31 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1365 = reshape %831 : f32[40,16] @ models/lib/nn.yaml:83:15
%1366 = reshape %1361 : f32[40,64] @ models/lib/nn.yaml:83:15
%1367 = matmul %1366, %1365 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%1368 = reduce_sum %1364 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1369 = reshape %1368 : f32[16] @ models/lib/nn.yaml:96:46
%1370 = mul %1364, %828 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1371 = mul %1364, %827 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1372 = reduce_sum %1371 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1373 = reshape %1372 : f32[16] @ models/lib/nn.yaml:96:37
%1374 = mul %1370, %826 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1375 = mul %1370, %816 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1376 = reduce_sum %1375 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%1377 = mul %825, %825 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1378 = mul %825, %1377 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1379 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%1380 = broadcast %1379 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1381 = mul %1378, %1380 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1382 = mul %1376, %1381 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1383 = div %1382, %820 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1384 = broadcast %1383 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%1385 = mul %1384, %816 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1386 = add %1374, %1385 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1387 = mul %1384, %816 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1388 = add %1386, %1387 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1389 = add %1341, %1388 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1390 = neg %1388 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1391 = reduce_sum %1390 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%1392 = div %1391, %813 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1393 = broadcast %1392 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1394 = add %1389, %1393 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1395 = mul %1394, %808 : f32[4,10,16] @ models/lib/nn.yaml:50:51
%1396 = div %1395, %800 : f32[4,10,16] @ models/lib/nn.yaml:50:38
%1397 = reduce_sum %1396 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1398 = reshape %1397 : f32[16] @ models/lib/nn.yaml:84:18
%1399 = matmul %1396, %27 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1400 = reshape %795 : f32[40,16] @ models/lib/nn.yaml:83:15
%1401 = reshape %1396 : f32[40,16] @ models/lib/nn.yaml:83:15
%1402 = matmul %1401, %1400 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%1403 = reshape %1399 : f32[4,10,2,8] @ models/lib/nn.yaml:57:16
%1404 = permute %1403 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/nn.yaml:56:13
%1405 = matmul %1404, %780 ta=0 tb=1 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1406 = matmul %792, %1404 ta=1 tb=0 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%1407 = div %1405, %791 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1408 = mul %1407, %792 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1409 = neg %1408 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1410 = reduce_sum %1409 axes=[3] keep=1 : f32[4,2,10,1] @ models/lib/nn.yaml:15:18
%1411 = broadcast %1410 : f32[4,2,10,10] @ models/lib/nn.yaml:15:20
%1412 = add %1407, %1411 : f32[4,2,10,10] @ models/lib/nn.yaml:15:20
%1413 = mul %1412, %789 : f32[4,2,10,10] @ models/lib/nn.yaml:14:13
%1414 = mul %1413, %783 : f32[4,2,10,10] @ models/lib/nn.yaml:55:29
%1415 = matmul %1414, %778 ta=0 tb=0 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%1416 = matmul %1414, %776 ta=1 tb=0 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%1417 = reshape %1406 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:40
%1418 = pad %1417 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,4,2,10,8] @ models/lib/nn.yaml:67:40
%1419 = reshape %1416 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:34
%1420 = pad %1419 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,4,2,10,8] @ models/lib/nn.yaml:67:34
%1421 = add %1418, %1420 : f32[3,4,2,10,8] @ models/lib/nn.yaml:67:34
%1422 = reshape %1415 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:28
%1423 = pad %1422 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,4,2,10,8] @ models/lib/nn.yaml:67:28
%1424 = add %1421, %1423 : f32[3,4,2,10,8] @ models/lib/nn.yaml:67:28
%1425 = permute %1424 perm=[1,3,0,2,4] : f32[4,10,3,2,8] @ models/lib/nn.yaml:66:13
%1426 = reshape %1425 : f32[4,10,48] @ models/lib/nn.yaml:66:21
%1427 = reduce_sum %1426 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%1428 = reshape %1427 : f32[48] @ models/lib/nn.yaml:84:18
%1429 = matmul %1426, %25 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1430 = reshape %769 : f32[40,16] @ models/lib/nn.yaml:83:15
%1431 = reshape %1426 : f32[40,48] @ models/lib/nn.yaml:83:15
%1432 = matmul %1431, %1430 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%1433 = reduce_sum %1429 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1434 = reshape %1433 : f32[16] @ models/lib/nn.yaml:96:46
%1435 = mul %1429, %766 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1436 = mul %1429, %765 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1437 = reduce_sum %1436 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1438 = reshape %1437 : f32[16] @ models/lib/nn.yaml:96:37
%1439 = mul %1435, %764 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1440 = mul %1435, %754 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1441 = reduce_sum %1440 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%1442 = mul %763, %763 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1443 = mul %763, %1442 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1444 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%1445 = broadcast %1444 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1446 = mul %1443, %1445 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1447 = mul %1441, %1446 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1448 = div %1447, %758 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1449 = broadcast %1448 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%1450 = mul %1449, %754 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1451 = add %1439, %1450 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1452 = mul %1449, %754 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1453 = add %1451, %1452 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1454 = add %1394, %1453 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1455 = neg %1453 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1456 = reduce_sum %1455 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%1457 = div %1456, %751 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1458 = broadcast %1457 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1459 = add %1454, %1458 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1460 = reduce_sum %1459 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1461 = reshape %1460 : f32[16] @ models/lib/nn.yaml:84:18
%1462 = matmul %1459, %21 ta=0 tb=0 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%1463 = reshape %744 : f32[40,64] @ models/lib/nn.yaml:83:15
%1464 = reshape %1459 : f32[40,16] @ models/lib/nn.yaml:83:15
%1465 = matmul %1464, %1463 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%1466 = mul %1462, %743 : f32[4,10,64] @ models/lib/nn.yaml:27:24
%1467 = mul %1462, %736 : f32[4,10,64] @ models/lib/nn.yaml:27:24
%1468 = mul %739, %739 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1469 = neg %1468 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1470 = exp %1469 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1471 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%1472 = broadcast %1471 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1473 = mul %1470, %1472 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1474 = mul %1467, %1473 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1475 = mul %1474, %738 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%1476 = mul %1466, %735 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%1477 = add %1475, %1476 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%1478 = reduce_sum %1477 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%1479 = reshape %1478 : f32[64] @ models/lib/nn.yaml:84:18
%1480 = matmul %1477, %19 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1481 = reshape %730 : f32[40,16] @ models/lib/nn.yaml:83:15
%1482 = reshape %1477 : f32[40,64] @ models/lib/nn.yaml:83:15
%1483 = matmul %1482, %1481 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%1484 = reduce_sum %1480 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1485 = reshape %1484 : f32[16] @ models/lib/nn.yaml:96:46
%1486 = mul %1480, %727 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1487 = mul %1480, %726 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1488 = reduce_sum %1487 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1489 = reshape %1488 : f32[16] @ models/lib/nn.yaml:96:37
%1490 = mul %1486, %725 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1491 = mul %1486, %715 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1492 = reduce_sum %1491 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%1493 = mul %724, %724 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1494 = mul %724, %1493 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1495 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%1496 = broadcast %1495 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1497 = mul %1494, %1496 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1498 = mul %1492, %1497 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1499 = div %1498, %719 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1500 = broadcast %1499 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%1501 = mul %1500, %715 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1502 = add %1490, %1501 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1503 = mul %1500, %715 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1504 = add %1502, %1503 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1505 = add %1459, %1504 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1506 = neg %1504 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1507 = reduce_sum %1506 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%1508 = div %1507, %712 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1509 = broadcast %1508 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1510 = add %1505, %1509 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1511 = reduce_sum %1510 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1512 = reshape %1511 : f32[16] @ models/lib/nn.yaml:84:18
%1513 = matmul %1510, %15 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1514 = reshape %705 : f32[40,16] @ models/lib/nn.yaml:83:15
%1515 = reshape %1510 : f32[40,16] @ models/lib/nn.yaml:83:15
%1516 = matmul %1515, %1514 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%1517 = reshape %1513 : f32[4,10,2,8] @ models/lib/nn.yaml:57:16
%1518 = permute %1517 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/nn.yaml:56:13
%1519 = matmul %1518, %690 ta=0 tb=1 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1520 = matmul %702, %1518 ta=1 tb=0 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%1521 = div %1519, %701 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1522 = mul %1521, %702 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1523 = neg %1522 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1524 = reduce_sum %1523 axes=[3] keep=1 : f32[4,2,10,1] @ models/lib/nn.yaml:15:18
%1525 = broadcast %1524 : f32[4,2,10,10] @ models/lib/nn.yaml:15:20
%1526 = add %1521, %1525 : f32[4,2,10,10] @ models/lib/nn.yaml:15:20
%1527 = mul %1526, %699 : f32[4,2,10,10] @ models/lib/nn.yaml:14:13
%1528 = mul %1527, %693 : f32[4,2,10,10] @ models/lib/nn.yaml:55:29
%1529 = matmul %1528, %688 ta=0 tb=0 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%1530 = matmul %1528, %686 ta=1 tb=0 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%1531 = reshape %1520 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:40
%1532 = pad %1531 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,4,2,10,8] @ models/lib/nn.yaml:67:40
%1533 = reshape %1530 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:34
%1534 = pad %1533 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,4,2,10,8] @ models/lib/nn.yaml:67:34
%1535 = add %1532, %1534 : f32[3,4,2,10,8] @ models/lib/nn.yaml:67:34
%1536 = reshape %1529 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:28
%1537 = pad %1536 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,4,2,10,8] @ models/lib/nn.yaml:67:28
%1538 = add %1535, %1537 : f32[3,4,2,10,8] @ models/lib/nn.yaml:67:28
%1539 = permute %1538 perm=[1,3,0,2,4] : f32[4,10,3,2,8] @ models/lib/nn.yaml:66:13
%1540 = reshape %1539 : f32[4,10,48] @ models/lib/nn.yaml:66:21
%1541 = reduce_sum %1540 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%1542 = reshape %1541 : f32[48] @ models/lib/nn.yaml:84:18
%1543 = matmul %1540, %13 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1544 = reshape %679 : f32[40,16] @ models/lib/nn.yaml:83:15
%1545 = reshape %1540 : f32[40,48] @ models/lib/nn.yaml:83:15
%1546 = matmul %1545, %1544 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%1547 = reduce_sum %1543 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1548 = reshape %1547 : f32[16] @ models/lib/nn.yaml:96:46
%1549 = mul %1543, %676 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1550 = mul %1543, %675 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1551 = reduce_sum %1550 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1552 = reshape %1551 : f32[16] @ models/lib/nn.yaml:96:37
%1553 = mul %1549, %674 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1554 = mul %1549, %664 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1555 = reduce_sum %1554 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%1556 = mul %673, %673 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1557 = mul %673, %1556 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1558 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%1559 = broadcast %1558 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1560 = mul %1557, %1559 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1561 = mul %1555, %1560 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1562 = div %1561, %668 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1563 = broadcast %1562 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%1564 = mul %1563, %664 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1565 = add %1553, %1564 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1566 = mul %1563, %664 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1567 = add %1565, %1566 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1568 = add %1510, %1567 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1569 = neg %1567 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1570 = reduce_sum %1569 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%1571 = div %1570, %661 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1572 = broadcast %1571 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1573 = add %1568, %1572 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1574 = reduce_sum %1573 axes=[0] keep=1 : f32[1,10,16] @ models/lib/vit.yaml:62:15
%1575 = slice %1574 lo=[0,0,0] hi=[1,1,16] : f32[1,1,16] @ models/lib/vit.yaml:41:36
%1576 = slice %1574 lo=[0,1,0] hi=[1,10,16] : f32[1,9,16] @ models/lib/vit.yaml:41:36
%1577 = reshape %1576 : f32[3,3,16] @ models/lib/vit.yaml:36:16
%1578 = permute %1577 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%1579 = reshape %1578 : f32[3,48] @ models/lib/vit.yaml:35:21
%1580 = matmul %646, %1579 ta=1 tb=0 : f32[4,48] @ models/lib/vit.yaml:34:15
%1581 = reshape %1580 : f32[4,3,16] @ models/lib/vit.yaml:34:17
%1582 = permute %1581 perm=[1,0,2] : f32[3,4,16] @ models/lib/vit.yaml:33:13
%1583 = reshape %1582 : f32[3,64] @ models/lib/vit.yaml:33:21
%1584 = matmul %646, %1583 ta=1 tb=0 : f32[4,64] @ models/lib/vit.yaml:32:15
%1585 = reshape %1584 : f32[1,16,16] @ models/lib/vit.yaml:32:17
%1586 = pad %1585 lo=[0,1,0] hi=[0,0,0] value=0 : f32[1,17,16] @ models/lib/vit.yaml:41:72
%1587 = pad %1575 lo=[0,0,0] hi=[0,16,0] value=0 : f32[1,17,16] @ models/lib/vit.yaml:41:46
%1588 = add %1586, %1587 : f32[1,17,16] @ models/lib/vit.yaml:41:46
%1589 = slice %1573 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:61:13
%1590 = slice %1573 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:61:13
%1591 = reduce_sum %1589 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:61:20
%1592 = reduce_sum %1590 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%1593 = reshape %1592 : f32[16] @ models/lib/vit.yaml:17:71
%1594 = reshape %637 : f32[36,48] @ models/lib/vit.yaml:17:18
%1595 = reshape %1590 : f32[36,16] @ models/lib/vit.yaml:17:18
%1596 = matmul %1595, %1594 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%1597 = reshape %1596 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%1598 = pad %1236 lo=[2,0] hi=[0,0] value=0 : f32[4,32] @ models/dino.yaml:65:20
%1599 = pad %1192 lo=[0,0] hi=[2,0] value=0 : f32[4,32] @ models/dino.yaml:65:20
%1600 = add %1598, %1599 : f32[4,32] @ models/dino.yaml:65:20
%1601 = matmul %1600, %631 ta=0 tb=0 : f32[4,8] @ models/lib/dino.yaml:23:18
%1602 = matmul %1600, %624 ta=1 tb=0 : f32[32,8] @ models/lib/dino.yaml:23:18
%1603 = div %1602, %630 : f32[32,8] @ models/lib/dino.yaml:22:33
%1604 = mul %1603, %631 : f32[32,8] @ models/lib/dino.yaml:22:33
%1605 = neg %1604 : f32[32,8] @ models/lib/dino.yaml:22:33
%1606 = reduce_sum %1605 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%1607 = const data=[0.5] : f32[] @ models/lib/dino.yaml:22:35
%1608 = broadcast %1607 : f32[32,1] @ models/lib/dino.yaml:22:35
%1609 = mul %1606, %1608 : f32[32,1] @ models/lib/dino.yaml:22:35
%1610 = div %1609, %629 : f32[32,1] @ models/lib/dino.yaml:22:35
%1611 = broadcast %1610 : f32[32,8] @ models/lib/dino.yaml:22:40
%1612 = mul %1611, %44 : f32[32,8] @ models/lib/dino.yaml:22:53
%1613 = add %1255, %1612 : f32[32,8] @ models/lib/dino.yaml:22:53
%1614 = mul %1611, %44 : f32[32,8] @ models/lib/dino.yaml:22:53
%1615 = add %1613, %1614 : f32[32,8] @ models/lib/dino.yaml:22:53
%1616 = mul %1603, %625 : f32[32,8] @ models/lib/dino.yaml:22:22
%1617 = add %1615, %1616 : f32[32,8] @ models/lib/dino.yaml:22:22
%1618 = div %1601, %623 : f32[4,8] @ models/lib/nn.yaml:33:18
%1619 = mul %1618, %624 : f32[4,8] @ models/lib/nn.yaml:33:18
%1620 = neg %1619 : f32[4,8] @ models/lib/nn.yaml:33:18
%1621 = reduce_sum %1620 axes=[1] keep=1 : f32[4,1] @ models/lib/nn.yaml:33:18
%1622 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%1623 = broadcast %1622 : f32[4,1] @ models/lib/nn.yaml:33:20
%1624 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:20
%1625 = broadcast %1624 : f32[4,1] @ models/lib/nn.yaml:33:20
%1626 = mul %1621, %1625 : f32[4,1] @ models/lib/nn.yaml:33:20
%1627 = eq %618, %621 : bool[4,1] @ models/lib/nn.yaml:33:20
%1628 = select %1627, %1626, %1623 : f32[4,1] @ models/lib/nn.yaml:33:20
%1629 = gt %618, %621 : bool[4,1] @ models/lib/nn.yaml:33:20
%1630 = select %1629, %1621, %1628 : f32[4,1] @ models/lib/nn.yaml:33:20
%1631 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:24
%1632 = broadcast %1631 : f32[4,1] @ models/lib/nn.yaml:33:24
%1633 = mul %1630, %1632 : f32[4,1] @ models/lib/nn.yaml:33:24
%1634 = div %1633, %618 : f32[4,1] @ models/lib/nn.yaml:33:24
%1635 = broadcast %1634 : f32[4,8] @ models/lib/nn.yaml:33:29
%1636 = mul %1635, %615 : f32[4,8] @ models/lib/nn.yaml:33:35
%1637 = add %1618, %1636 : f32[4,8] @ models/lib/nn.yaml:33:35
%1638 = mul %1635, %615 : f32[4,8] @ models/lib/nn.yaml:33:35
%1639 = add %1637, %1638 : f32[4,8] @ models/lib/nn.yaml:33:35
%1640 = reduce_sum %1639 axes=[0] keep=1 : f32[1,8] @ models/lib/nn.yaml:84:18
%1641 = reshape %1640 : f32[8] @ models/lib/nn.yaml:84:18
%1642 = add %1279, %1641 : f32[8] @ models/lib/nn.yaml:84:18
%1643 = matmul %1639, %41 ta=0 tb=0 : f32[4,24] @ models/lib/nn.yaml:83:15
%1644 = matmul %1639, %612 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%1645 = add %1281, %1644 : f32[8,24] @ models/lib/nn.yaml:83:15
%1646 = mul %1643, %611 : f32[4,24] @ models/lib/nn.yaml:27:24
%1647 = mul %1643, %604 : f32[4,24] @ models/lib/nn.yaml:27:24
%1648 = mul %607, %607 : f32[4,24] @ models/lib/nn.yaml:27:31
%1649 = neg %1648 : f32[4,24] @ models/lib/nn.yaml:27:31
%1650 = exp %1649 : f32[4,24] @ models/lib/nn.yaml:27:31
%1651 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%1652 = broadcast %1651 : f32[4,24] @ models/lib/nn.yaml:27:31
%1653 = mul %1650, %1652 : f32[4,24] @ models/lib/nn.yaml:27:31
%1654 = mul %1647, %1653 : f32[4,24] @ models/lib/nn.yaml:27:31
%1655 = mul %1654, %606 : f32[4,24] @ models/lib/nn.yaml:27:37
%1656 = mul %1646, %603 : f32[4,24] @ models/lib/nn.yaml:27:20
%1657 = add %1655, %1656 : f32[4,24] @ models/lib/nn.yaml:27:20
%1658 = reduce_sum %1657 axes=[0] keep=1 : f32[1,24] @ models/lib/nn.yaml:84:18
%1659 = reshape %1658 : f32[24] @ models/lib/nn.yaml:84:18
%1660 = add %1295, %1659 : f32[24] @ models/lib/nn.yaml:84:18
%1661 = matmul %1657, %39 ta=0 tb=0 : f32[4,24] @ models/lib/nn.yaml:83:15
%1662 = matmul %1657, %598 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%1663 = add %1297, %1662 : f32[24,24] @ models/lib/nn.yaml:83:15
%1664 = mul %1661, %597 : f32[4,24] @ models/lib/nn.yaml:27:24
%1665 = mul %1661, %590 : f32[4,24] @ models/lib/nn.yaml:27:24
%1666 = mul %593, %593 : f32[4,24] @ models/lib/nn.yaml:27:31
%1667 = neg %1666 : f32[4,24] @ models/lib/nn.yaml:27:31
%1668 = exp %1667 : f32[4,24] @ models/lib/nn.yaml:27:31
%1669 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%1670 = broadcast %1669 : f32[4,24] @ models/lib/nn.yaml:27:31
%1671 = mul %1668, %1670 : f32[4,24] @ models/lib/nn.yaml:27:31
%1672 = mul %1665, %1671 : f32[4,24] @ models/lib/nn.yaml:27:31
%1673 = mul %1672, %592 : f32[4,24] @ models/lib/nn.yaml:27:37
%1674 = mul %1664, %589 : f32[4,24] @ models/lib/nn.yaml:27:20
%1675 = add %1673, %1674 : f32[4,24] @ models/lib/nn.yaml:27:20
%1676 = reduce_sum %1675 axes=[0] keep=1 : f32[1,24] @ models/lib/nn.yaml:84:18
%1677 = reshape %1676 : f32[24] @ models/lib/nn.yaml:84:18
%1678 = add %1311, %1677 : f32[24] @ models/lib/nn.yaml:84:18
%1679 = matmul %1675, %37 ta=0 tb=0 : f32[4,16] @ models/lib/nn.yaml:83:15
%1680 = matmul %1675, %584 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%1681 = add %1313, %1680 : f32[24,16] @ models/lib/nn.yaml:83:15
%1682 = reshape %1679 : f32[4,1,16] @ models/dino.yaml:44:34
%1683 = pad %1682 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/dino.yaml:44:34
%1684 = reduce_sum %1683 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1685 = reshape %1684 : f32[16] @ models/lib/nn.yaml:96:46
%1686 = add %1317, %1685 : f32[16] @ models/lib/nn.yaml:96:46
%1687 = mul %1683, %579 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1688 = mul %1683, %578 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1689 = reduce_sum %1688 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1690 = reshape %1689 : f32[16] @ models/lib/nn.yaml:96:37
%1691 = add %1321, %1690 : f32[16] @ models/lib/nn.yaml:96:37
%1692 = mul %1687, %577 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1693 = mul %1687, %567 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1694 = reduce_sum %1693 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%1695 = mul %576, %576 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1696 = mul %576, %1695 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1697 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%1698 = broadcast %1697 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1699 = mul %1696, %1698 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1700 = mul %1694, %1699 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1701 = div %1700, %571 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1702 = broadcast %1701 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%1703 = mul %1702, %567 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1704 = add %1692, %1703 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1705 = mul %1702, %567 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1706 = add %1704, %1705 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1707 = neg %1706 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1708 = reduce_sum %1707 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%1709 = div %1708, %564 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1710 = broadcast %1709 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1711 = add %1706, %1710 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1712 = mul %1711, %559 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%1713 = div %1712, %551 : f32[4,17,16] @ models/lib/nn.yaml:50:38
%1714 = reduce_sum %1713 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1715 = reshape %1714 : f32[16] @ models/lib/nn.yaml:84:18
%1716 = add %1345, %1715 : f32[16] @ models/lib/nn.yaml:84:18
%1717 = matmul %1713, %33 ta=0 tb=0 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%1718 = reshape %546 : f32[68,64] @ models/lib/nn.yaml:83:15
%1719 = reshape %1713 : f32[68,16] @ models/lib/nn.yaml:83:15
%1720 = matmul %1719, %1718 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%1721 = add %1349, %1720 : f32[16,64] @ models/lib/nn.yaml:83:15
%1722 = mul %1717, %545 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%1723 = mul %1717, %538 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%1724 = mul %541, %541 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1725 = neg %1724 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1726 = exp %1725 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1727 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%1728 = broadcast %1727 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1729 = mul %1726, %1728 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1730 = mul %1723, %1729 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1731 = mul %1730, %540 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%1732 = mul %1722, %537 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%1733 = add %1731, %1732 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%1734 = reduce_sum %1733 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%1735 = reshape %1734 : f32[64] @ models/lib/nn.yaml:84:18
%1736 = add %1363, %1735 : f32[64] @ models/lib/nn.yaml:84:18
%1737 = matmul %1733, %31 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1738 = reshape %532 : f32[68,16] @ models/lib/nn.yaml:83:15
%1739 = reshape %1733 : f32[68,64] @ models/lib/nn.yaml:83:15
%1740 = matmul %1739, %1738 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%1741 = add %1367, %1740 : f32[64,16] @ models/lib/nn.yaml:83:15
%1742 = reduce_sum %1737 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1743 = reshape %1742 : f32[16] @ models/lib/nn.yaml:96:46
%1744 = add %1369, %1743 : f32[16] @ models/lib/nn.yaml:96:46
%1745 = mul %1737, %529 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1746 = mul %1737, %528 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1747 = reduce_sum %1746 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1748 = reshape %1747 : f32[16] @ models/lib/nn.yaml:96:37
%1749 = add %1373, %1748 : f32[16] @ models/lib/nn.yaml:96:37
%1750 = mul %1745, %527 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1751 = mul %1745, %517 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1752 = reduce_sum %1751 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%1753 = mul %526, %526 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1754 = mul %526, %1753 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1755 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%1756 = broadcast %1755 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1757 = mul %1754, %1756 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1758 = mul %1752, %1757 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1759 = div %1758, %521 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1760 = broadcast %1759 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%1761 = mul %1760, %517 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1762 = add %1750, %1761 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1763 = mul %1760, %517 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1764 = add %1762, %1763 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1765 = add %1711, %1764 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1766 = neg %1764 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1767 = reduce_sum %1766 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%1768 = div %1767, %514 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1769 = broadcast %1768 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1770 = add %1765, %1769 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1771 = mul %1770, %509 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%1772 = div %1771, %500 : f32[4,17,16] @ models/lib/nn.yaml:50:38
%1773 = reduce_sum %1772 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1774 = reshape %1773 : f32[16] @ models/lib/nn.yaml:84:18
%1775 = add %1398, %1774 : f32[16] @ models/lib/nn.yaml:84:18
%1776 = matmul %1772, %27 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1777 = reshape %495 : f32[68,16] @ models/lib/nn.yaml:83:15
%1778 = reshape %1772 : f32[68,16] @ models/lib/nn.yaml:83:15
%1779 = matmul %1778, %1777 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%1780 = add %1402, %1779 : f32[16,16] @ models/lib/nn.yaml:83:15
%1781 = reshape %1776 : f32[4,17,2,8] @ models/lib/nn.yaml:57:16
%1782 = permute %1781 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/nn.yaml:56:13
%1783 = matmul %1782, %480 ta=0 tb=1 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1784 = matmul %492, %1782 ta=1 tb=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%1785 = div %1783, %491 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%1786 = mul %1785, %492 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%1787 = neg %1786 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%1788 = reduce_sum %1787 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:18
%1789 = broadcast %1788 : f32[4,2,17,17] @ models/lib/nn.yaml:15:20
%1790 = add %1785, %1789 : f32[4,2,17,17] @ models/lib/nn.yaml:15:20
%1791 = mul %1790, %489 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%1792 = mul %1791, %483 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%1793 = matmul %1792, %478 ta=0 tb=0 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%1794 = matmul %1792, %476 ta=1 tb=0 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%1795 = reshape %1784 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:40
%1796 = pad %1795 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:40
%1797 = reshape %1794 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:34
%1798 = pad %1797 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:34
%1799 = add %1796, %1798 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:34
%1800 = reshape %1793 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:28
%1801 = pad %1800 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:28
%1802 = add %1799, %1801 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:28
%1803 = permute %1802 perm=[1,3,0,2,4] : f32[4,17,3,2,8] @ models/lib/nn.yaml:66:13
%1804 = reshape %1803 : f32[4,17,48] @ models/lib/nn.yaml:66:21
%1805 = reduce_sum %1804 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%1806 = reshape %1805 : f32[48] @ models/lib/nn.yaml:84:18
%1807 = add %1428, %1806 : f32[48] @ models/lib/nn.yaml:84:18
%1808 = matmul %1804, %25 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1809 = reshape %469 : f32[68,16] @ models/lib/nn.yaml:83:15
%1810 = reshape %1804 : f32[68,48] @ models/lib/nn.yaml:83:15
%1811 = matmul %1810, %1809 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%1812 = add %1432, %1811 : f32[48,16] @ models/lib/nn.yaml:83:15
%1813 = reduce_sum %1808 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1814 = reshape %1813 : f32[16] @ models/lib/nn.yaml:96:46
%1815 = add %1434, %1814 : f32[16] @ models/lib/nn.yaml:96:46
%1816 = mul %1808, %466 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1817 = mul %1808, %465 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1818 = reduce_sum %1817 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1819 = reshape %1818 : f32[16] @ models/lib/nn.yaml:96:37
%1820 = add %1438, %1819 : f32[16] @ models/lib/nn.yaml:96:37
%1821 = mul %1816, %464 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1822 = mul %1816, %454 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1823 = reduce_sum %1822 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%1824 = mul %463, %463 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1825 = mul %463, %1824 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1826 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%1827 = broadcast %1826 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1828 = mul %1825, %1827 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1829 = mul %1823, %1828 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1830 = div %1829, %458 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1831 = broadcast %1830 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%1832 = mul %1831, %454 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1833 = add %1821, %1832 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1834 = mul %1831, %454 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1835 = add %1833, %1834 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1836 = add %1770, %1835 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1837 = neg %1835 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1838 = reduce_sum %1837 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%1839 = div %1838, %451 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1840 = broadcast %1839 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1841 = add %1836, %1840 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1842 = reduce_sum %1841 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1843 = reshape %1842 : f32[16] @ models/lib/nn.yaml:84:18
%1844 = add %1461, %1843 : f32[16] @ models/lib/nn.yaml:84:18
%1845 = matmul %1841, %21 ta=0 tb=0 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%1846 = reshape %444 : f32[68,64] @ models/lib/nn.yaml:83:15
%1847 = reshape %1841 : f32[68,16] @ models/lib/nn.yaml:83:15
%1848 = matmul %1847, %1846 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%1849 = add %1465, %1848 : f32[16,64] @ models/lib/nn.yaml:83:15
%1850 = mul %1845, %443 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%1851 = mul %1845, %436 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%1852 = mul %439, %439 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1853 = neg %1852 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1854 = exp %1853 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1855 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%1856 = broadcast %1855 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1857 = mul %1854, %1856 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1858 = mul %1851, %1857 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1859 = mul %1858, %438 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%1860 = mul %1850, %435 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%1861 = add %1859, %1860 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%1862 = reduce_sum %1861 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%1863 = reshape %1862 : f32[64] @ models/lib/nn.yaml:84:18
%1864 = add %1479, %1863 : f32[64] @ models/lib/nn.yaml:84:18
%1865 = matmul %1861, %19 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1866 = reshape %430 : f32[68,16] @ models/lib/nn.yaml:83:15
%1867 = reshape %1861 : f32[68,64] @ models/lib/nn.yaml:83:15
%1868 = matmul %1867, %1866 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%1869 = add %1483, %1868 : f32[64,16] @ models/lib/nn.yaml:83:15
%1870 = reduce_sum %1865 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1871 = reshape %1870 : f32[16] @ models/lib/nn.yaml:96:46
%1872 = add %1485, %1871 : f32[16] @ models/lib/nn.yaml:96:46
%1873 = mul %1865, %427 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1874 = mul %1865, %426 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1875 = reduce_sum %1874 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1876 = reshape %1875 : f32[16] @ models/lib/nn.yaml:96:37
%1877 = add %1489, %1876 : f32[16] @ models/lib/nn.yaml:96:37
%1878 = mul %1873, %425 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1879 = mul %1873, %415 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1880 = reduce_sum %1879 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%1881 = mul %424, %424 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1882 = mul %424, %1881 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1883 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%1884 = broadcast %1883 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1885 = mul %1882, %1884 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1886 = mul %1880, %1885 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1887 = div %1886, %419 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1888 = broadcast %1887 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%1889 = mul %1888, %415 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1890 = add %1878, %1889 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1891 = mul %1888, %415 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1892 = add %1890, %1891 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1893 = add %1841, %1892 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1894 = neg %1892 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1895 = reduce_sum %1894 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%1896 = div %1895, %412 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1897 = broadcast %1896 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1898 = add %1893, %1897 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1899 = reduce_sum %1898 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1900 = reshape %1899 : f32[16] @ models/lib/nn.yaml:84:18
%1901 = add %1512, %1900 : f32[16] @ models/lib/nn.yaml:84:18
%1902 = matmul %1898, %15 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1903 = reshape %405 : f32[68,16] @ models/lib/nn.yaml:83:15
%1904 = reshape %1898 : f32[68,16] @ models/lib/nn.yaml:83:15
%1905 = matmul %1904, %1903 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%1906 = add %1516, %1905 : f32[16,16] @ models/lib/nn.yaml:83:15
%1907 = reshape %1902 : f32[4,17,2,8] @ models/lib/nn.yaml:57:16
%1908 = permute %1907 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/nn.yaml:56:13
%1909 = matmul %1908, %390 ta=0 tb=1 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1910 = matmul %402, %1908 ta=1 tb=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%1911 = div %1909, %401 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%1912 = mul %1911, %402 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%1913 = neg %1912 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%1914 = reduce_sum %1913 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:18
%1915 = broadcast %1914 : f32[4,2,17,17] @ models/lib/nn.yaml:15:20
%1916 = add %1911, %1915 : f32[4,2,17,17] @ models/lib/nn.yaml:15:20
%1917 = mul %1916, %399 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%1918 = mul %1917, %393 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%1919 = matmul %1918, %388 ta=0 tb=0 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%1920 = matmul %1918, %386 ta=1 tb=0 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%1921 = reshape %1910 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:40
%1922 = pad %1921 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:40
%1923 = reshape %1920 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:34
%1924 = pad %1923 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:34
%1925 = add %1922, %1924 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:34
%1926 = reshape %1919 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:28
%1927 = pad %1926 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:28
%1928 = add %1925, %1927 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:28
%1929 = permute %1928 perm=[1,3,0,2,4] : f32[4,17,3,2,8] @ models/lib/nn.yaml:66:13
%1930 = reshape %1929 : f32[4,17,48] @ models/lib/nn.yaml:66:21
%1931 = reduce_sum %1930 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%1932 = reshape %1931 : f32[48] @ models/lib/nn.yaml:84:18
%1933 = add %1542, %1932 : f32[48] @ models/lib/nn.yaml:84:18
%1934 = matmul %1930, %13 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1935 = reshape %379 : f32[68,16] @ models/lib/nn.yaml:83:15
%1936 = reshape %1930 : f32[68,48] @ models/lib/nn.yaml:83:15
%1937 = matmul %1936, %1935 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%1938 = add %1546, %1937 : f32[48,16] @ models/lib/nn.yaml:83:15
%1939 = reduce_sum %1934 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1940 = reshape %1939 : f32[16] @ models/lib/nn.yaml:96:46
%1941 = add %1548, %1940 : f32[16] @ models/lib/nn.yaml:96:46
%1942 = mul %1934, %376 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1943 = mul %1934, %375 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1944 = reduce_sum %1943 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1945 = reshape %1944 : f32[16] @ models/lib/nn.yaml:96:37
%1946 = add %1552, %1945 : f32[16] @ models/lib/nn.yaml:96:37
%1947 = mul %1942, %374 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1948 = mul %1942, %364 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1949 = reduce_sum %1948 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%1950 = mul %373, %373 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1951 = mul %373, %1950 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1952 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%1953 = broadcast %1952 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1954 = mul %1951, %1953 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1955 = mul %1949, %1954 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1956 = div %1955, %368 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1957 = broadcast %1956 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%1958 = mul %1957, %364 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1959 = add %1947, %1958 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1960 = mul %1957, %364 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1961 = add %1959, %1960 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1962 = add %1898, %1961 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1963 = neg %1961 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1964 = reduce_sum %1963 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%1965 = div %1964, %361 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1966 = broadcast %1965 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1967 = add %1962, %1966 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1968 = reduce_sum %1967 axes=[0] keep=1 : f32[1,17,16] @ models/lib/vit.yaml:62:15
%1969 = add %1588, %1968 : f32[1,17,16] @ models/lib/vit.yaml:62:15
%1970 = slice %1967 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:61:13
%1971 = slice %1967 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:61:13
%1972 = reduce_sum %1970 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:61:20
%1973 = add %1591, %1972 : f32[1,1,16] @ models/lib/vit.yaml:61:20
%1974 = reduce_sum %1971 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%1975 = reshape %1974 : f32[16] @ models/lib/vit.yaml:17:71
%1976 = add %1593, %1975 : f32[16] @ models/lib/vit.yaml:17:71
%1977 = reshape %350 : f32[64,48] @ models/lib/vit.yaml:17:18
%1978 = reshape %1971 : f32[64,16] @ models/lib/vit.yaml:17:18
%1979 = matmul %1978, %1977 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%1980 = reshape %1979 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%1981 = add %1597, %1980 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%1982 = all_reduce_sum %1973 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1983 = reshape %1982 : f32[16] @ models/lib/vit.yaml:47:7
%1984 = mul %1983, %1983 : f32[16] @ models/lib/vit.yaml:47:7
%1985 = reduce_sum %1984 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:47:7
%1986 = sqrt %1985 : f32[] @ models/lib/vit.yaml:47:7
%1987 = cast %1986 : f64[] @ models/lib/vit.yaml:47:7
%1988 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:47:7
%1989 = add %1987, %1988 : f64[] @ models/lib/vit.yaml:47:7
%1990 = const data=[3] : f64[] @ models/lib/vit.yaml:47:7
%1991 = div %1990, %1989 : f64[] @ models/lib/vit.yaml:47:7
%1992 = const data=[1] : f64[] @ models/lib/vit.yaml:47:7
%1993 = lt %1991, %1992 : bool[] @ models/lib/vit.yaml:47:7
%1994 = cast %1991 : f32[] @ models/lib/vit.yaml:47:7
%1995 = broadcast %1994 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1996 = mul %1982, %1995 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1997 = broadcast %1993 : bool[1,1,16] @ models/lib/vit.yaml:47:7
%1998 = select %1997, %1996, %1982 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%1999 = state name="adam_m.backbone.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2000 = state name="adam_v.backbone.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2001 = state name="adam_t.backbone.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:47:7
%2002 = const data=[1] : i64[] @ models/lib/vit.yaml:47:7
%2003 = add %2001, %2002 : i64[] @ models/lib/vit.yaml:47:7
%2004 = mul %1145, %1146 : f64[] @ models/lib/vit.yaml:47:7
%2005 = const data=[1] : f64[] @ models/lib/vit.yaml:47:7
%2006 = sub %2005, %2004 : f64[] @ models/lib/vit.yaml:47:7
%2007 = cast %2006 : f32[] @ models/lib/vit.yaml:47:7
%2008 = broadcast %2007 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2009 = mul %7, %2008 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2010 = const data=[0.09999999999999998] : f64[] @ models/lib/vit.yaml:47:7
%2011 = cast %2010 : f32[] @ models/lib/vit.yaml:47:7
%2012 = broadcast %2011 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2013 = mul %1998, %2012 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2014 = const data=[0.9] : f64[] @ models/lib/vit.yaml:47:7
%2015 = cast %2014 : f32[] @ models/lib/vit.yaml:47:7
%2016 = broadcast %2015 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2017 = mul %1999, %2016 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2018 = add %2017, %2013 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2019 = mul %1998, %1998 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2020 = const data=[0.0010000000000000009] : f64[] @ models/lib/vit.yaml:47:7
%2021 = cast %2020 : f32[] @ models/lib/vit.yaml:47:7
%2022 = broadcast %2021 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2023 = mul %2019, %2022 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2024 = const data=[0.999] : f64[] @ models/lib/vit.yaml:47:7
%2025 = cast %2024 : f32[] @ models/lib/vit.yaml:47:7
%2026 = broadcast %2025 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2027 = mul %2000, %2026 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2028 = add %2027, %2023 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2029 = cast %2003 : f64[] @ models/lib/vit.yaml:47:7
%2030 = const data=[0.9] : f64[] @ models/lib/vit.yaml:47:7
%2031 = pow %2030, %2029 : f64[] @ models/lib/vit.yaml:47:7
%2032 = const data=[1] : f64[] @ models/lib/vit.yaml:47:7
%2033 = sub %2032, %2031 : f64[] @ models/lib/vit.yaml:47:7
%2034 = div %1145, %2033 : f64[] @ models/lib/vit.yaml:47:7
%2035 = cast %2003 : f64[] @ models/lib/vit.yaml:47:7
%2036 = const data=[0.999] : f64[] @ models/lib/vit.yaml:47:7
%2037 = pow %2036, %2035 : f64[] @ models/lib/vit.yaml:47:7
%2038 = const data=[1] : f64[] @ models/lib/vit.yaml:47:7
%2039 = sub %2038, %2037 : f64[] @ models/lib/vit.yaml:47:7
%2040 = sqrt %2039 : f64[] @ models/lib/vit.yaml:47:7
%2041 = const data=[1] : f64[] @ models/lib/vit.yaml:47:7
%2042 = div %2041, %2040 : f64[] @ models/lib/vit.yaml:47:7
%2043 = sqrt %2028 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2044 = cast %2042 : f32[] @ models/lib/vit.yaml:47:7
%2045 = broadcast %2044 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2046 = mul %2043, %2045 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2047 = const data=[1e-08] : f64[] @ models/lib/vit.yaml:47:7
%2048 = cast %2047 : f32[] @ models/lib/vit.yaml:47:7
%2049 = broadcast %2048 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2050 = add %2046, %2049 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2051 = div %2018, %2050 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2052 = cast %2034 : f32[] @ models/lib/vit.yaml:47:7
%2053 = broadcast %2052 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2054 = mul %2051, %2053 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2055 = sub %2009, %2054 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2056 = assign %7, %2055 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2057 = assign %1999, %2018 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2058 = assign %2000, %2028 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2059 = assign %2001, %2003 : i64[] @ models/lib/vit.yaml:47:7
%2060 = cast %1147 : f32[] @ models/lib/vit.yaml:47:7
%2061 = broadcast %2060 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2062 = mul %45, %2061 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2063 = const data=[1] : f64[] @ models/lib/vit.yaml:47:7
%2064 = sub %2063, %1147 : f64[] @ models/lib/vit.yaml:47:7
%2065 = cast %2064 : f32[] @ models/lib/vit.yaml:47:7
%2066 = broadcast %2065 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2067 = mul %2055, %2066 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2068 = add %2062, %2067 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2069 = assign %45, %2068 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2070 = all_reduce_sum %1969 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2071 = reshape %2070 : f32[272] @ models/lib/vit.yaml:48:7
%2072 = mul %2071, %2071 : f32[272] @ models/lib/vit.yaml:48:7
%2073 = reduce_sum %2072 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:48:7
%2074 = sqrt %2073 : f32[] @ models/lib/vit.yaml:48:7
%2075 = cast %2074 : f64[] @ models/lib/vit.yaml:48:7
%2076 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:48:7
%2077 = add %2075, %2076 : f64[] @ models/lib/vit.yaml:48:7
%2078 = const data=[3] : f64[] @ models/lib/vit.yaml:48:7
%2079 = div %2078, %2077 : f64[] @ models/lib/vit.yaml:48:7
%2080 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%2081 = lt %2079, %2080 : bool[] @ models/lib/vit.yaml:48:7
%2082 = cast %2079 : f32[] @ models/lib/vit.yaml:48:7
%2083 = broadcast %2082 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2084 = mul %2070, %2083 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2085 = broadcast %2081 : bool[1,17,16] @ models/lib/vit.yaml:48:7
%2086 = select %2085, %2084, %2070 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2087 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2088 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2089 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%2090 = const data=[1] : i64[] @ models/lib/vit.yaml:48:7
%2091 = add %2089, %2090 : i64[] @ models/lib/vit.yaml:48:7
%2092 = mul %1145, %1146 : f64[] @ models/lib/vit.yaml:48:7
%2093 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%2094 = sub %2093, %2092 : f64[] @ models/lib/vit.yaml:48:7
%2095 = cast %2094 : f32[] @ models/lib/vit.yaml:48:7
%2096 = broadcast %2095 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2097 = mul %8, %2096 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2098 = const data=[0.09999999999999998] : f64[] @ models/lib/vit.yaml:48:7
%2099 = cast %2098 : f32[] @ models/lib/vit.yaml:48:7
%2100 = broadcast %2099 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2101 = mul %2086, %2100 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2102 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%2103 = cast %2102 : f32[] @ models/lib/vit.yaml:48:7
%2104 = broadcast %2103 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2105 = mul %2087, %2104 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2106 = add %2105, %2101 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2107 = mul %2086, %2086 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2108 = const data=[0.0010000000000000009] : f64[] @ models/lib/vit.yaml:48:7
%2109 = cast %2108 : f32[] @ models/lib/vit.yaml:48:7
%2110 = broadcast %2109 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2111 = mul %2107, %2110 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2112 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%2113 = cast %2112 : f32[] @ models/lib/vit.yaml:48:7
%2114 = broadcast %2113 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2115 = mul %2088, %2114 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2116 = add %2115, %2111 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2117 = cast %2091 : f64[] @ models/lib/vit.yaml:48:7
%2118 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%2119 = pow %2118, %2117 : f64[] @ models/lib/vit.yaml:48:7
%2120 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%2121 = sub %2120, %2119 : f64[] @ models/lib/vit.yaml:48:7
%2122 = div %1145, %2121 : f64[] @ models/lib/vit.yaml:48:7
%2123 = cast %2091 : f64[] @ models/lib/vit.yaml:48:7
%2124 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%2125 = pow %2124, %2123 : f64[] @ models/lib/vit.yaml:48:7
%2126 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%2127 = sub %2126, %2125 : f64[] @ models/lib/vit.yaml:48:7
%2128 = sqrt %2127 : f64[] @ models/lib/vit.yaml:48:7
%2129 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%2130 = div %2129, %2128 : f64[] @ models/lib/vit.yaml:48:7
%2131 = sqrt %2116 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2132 = cast %2130 : f32[] @ models/lib/vit.yaml:48:7
%2133 = broadcast %2132 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2134 = mul %2131, %2133 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2135 = const data=[1e-08] : f64[] @ models/lib/vit.yaml:48:7
%2136 = cast %2135 : f32[] @ models/lib/vit.yaml:48:7
%2137 = broadcast %2136 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2138 = add %2134, %2137 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2139 = div %2106, %2138 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2140 = cast %2122 : f32[] @ models/lib/vit.yaml:48:7
%2141 = broadcast %2140 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2142 = mul %2139, %2141 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2143 = sub %2097, %2142 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2144 = assign %8, %2143 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2145 = assign %2087, %2106 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2146 = assign %2088, %2116 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2147 = assign %2089, %2091 : i64[] @ models/lib/vit.yaml:48:7
%2148 = cast %1147 : f32[] @ models/lib/vit.yaml:48:7
%2149 = broadcast %2148 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2150 = mul %46, %2149 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2151 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%2152 = sub %2151, %1147 : f64[] @ models/lib/vit.yaml:48:7
%2153 = cast %2152 : f32[] @ models/lib/vit.yaml:48:7
%2154 = broadcast %2153 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2155 = mul %2143, %2154 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2156 = add %2150, %2155 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2157 = assign %46, %2156 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2158 = all_reduce_sum %1981 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2159 = reshape %2158 : f32[768] @ models/lib/vit.yaml:9:7
%2160 = mul %2159, %2159 : f32[768] @ models/lib/vit.yaml:9:7
%2161 = reduce_sum %2160 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:9:7
%2162 = sqrt %2161 : f32[] @ models/lib/vit.yaml:9:7
%2163 = cast %2162 : f64[] @ models/lib/vit.yaml:9:7
%2164 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:9:7
%2165 = add %2163, %2164 : f64[] @ models/lib/vit.yaml:9:7
%2166 = const data=[3] : f64[] @ models/lib/vit.yaml:9:7
%2167 = div %2166, %2165 : f64[] @ models/lib/vit.yaml:9:7
%2168 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%2169 = lt %2167, %2168 : bool[] @ models/lib/vit.yaml:9:7
%2170 = cast %2167 : f32[] @ models/lib/vit.yaml:9:7
%2171 = broadcast %2170 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2172 = mul %2158, %2171 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2173 = broadcast %2169 : bool[16,3,4,4] @ models/lib/vit.yaml:9:7
%2174 = select %2173, %2172, %2158 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2175 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2176 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2177 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%2178 = const data=[1] : i64[] @ models/lib/vit.yaml:9:7
%2179 = add %2177, %2178 : i64[] @ models/lib/vit.yaml:9:7
%2180 = mul %1145, %1146 : f64[] @ models/lib/vit.yaml:9:7
%2181 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%2182 = sub %2181, %2180 : f64[] @ models/lib/vit.yaml:9:7
%2183 = cast %2182 : f32[] @ models/lib/vit.yaml:9:7
%2184 = broadcast %2183 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2185 = mul %9, %2184 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2186 = const data=[0.09999999999999998] : f64[] @ models/lib/vit.yaml:9:7
%2187 = cast %2186 : f32[] @ models/lib/vit.yaml:9:7
%2188 = broadcast %2187 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2189 = mul %2174, %2188 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2190 = const data=[0.9] : f64[] @ models/lib/vit.yaml:9:7
%2191 = cast %2190 : f32[] @ models/lib/vit.yaml:9:7
%2192 = broadcast %2191 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2193 = mul %2175, %2192 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2194 = add %2193, %2189 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2195 = mul %2174, %2174 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2196 = const data=[0.0010000000000000009] : f64[] @ models/lib/vit.yaml:9:7
%2197 = cast %2196 : f32[] @ models/lib/vit.yaml:9:7
%2198 = broadcast %2197 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2199 = mul %2195, %2198 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2200 = const data=[0.999] : f64[] @ models/lib/vit.yaml:9:7
%2201 = cast %2200 : f32[] @ models/lib/vit.yaml:9:7
%2202 = broadcast %2201 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2203 = mul %2176, %2202 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2204 = add %2203, %2199 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2205 = cast %2179 : f64[] @ models/lib/vit.yaml:9:7
%2206 = const data=[0.9] : f64[] @ models/lib/vit.yaml:9:7
%2207 = pow %2206, %2205 : f64[] @ models/lib/vit.yaml:9:7
%2208 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%2209 = sub %2208, %2207 : f64[] @ models/lib/vit.yaml:9:7
%2210 = div %1145, %2209 : f64[] @ models/lib/vit.yaml:9:7
%2211 = cast %2179 : f64[] @ models/lib/vit.yaml:9:7
%2212 = const data=[0.999] : f64[] @ models/lib/vit.yaml:9:7
%2213 = pow %2212, %2211 : f64[] @ models/lib/vit.yaml:9:7
%2214 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%2215 = sub %2214, %2213 : f64[] @ models/lib/vit.yaml:9:7
%2216 = sqrt %2215 : f64[] @ models/lib/vit.yaml:9:7
%2217 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%2218 = div %2217, %2216 : f64[] @ models/lib/vit.yaml:9:7
%2219 = sqrt %2204 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2220 = cast %2218 : f32[] @ models/lib/vit.yaml:9:7
%2221 = broadcast %2220 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2222 = mul %2219, %2221 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2223 = const data=[1e-08] : f64[] @ models/lib/vit.yaml:9:7
%2224 = cast %2223 : f32[] @ models/lib/vit.yaml:9:7
%2225 = broadcast %2224 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2226 = add %2222, %2225 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2227 = div %2194, %2226 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2228 = cast %2210 : f32[] @ models/lib/vit.yaml:9:7
%2229 = broadcast %2228 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2230 = mul %2227, %2229 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2231 = sub %2185, %2230 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2232 = assign %9, %2231 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2233 = assign %2175, %2194 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2234 = assign %2176, %2204 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2235 = assign %2177, %2179 : i64[] @ models/lib/vit.yaml:9:7
%2236 = cast %1147 : f32[] @ models/lib/vit.yaml:9:7
%2237 = broadcast %2236 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2238 = mul %47, %2237 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2239 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%2240 = sub %2239, %1147 : f64[] @ models/lib/vit.yaml:9:7
%2241 = cast %2240 : f32[] @ models/lib/vit.yaml:9:7
%2242 = broadcast %2241 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2243 = mul %2231, %2242 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2244 = add %2238, %2243 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2245 = assign %47, %2244 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2246 = all_reduce_sum %1976 : f32[16] @ models/lib/vit.yaml:10:7
%2247 = reshape %2246 : f32[16] @ models/lib/vit.yaml:10:7
%2248 = mul %2247, %2247 : f32[16] @ models/lib/vit.yaml:10:7
%2249 = reduce_sum %2248 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:10:7
%2250 = sqrt %2249 : f32[] @ models/lib/vit.yaml:10:7
%2251 = cast %2250 : f64[] @ models/lib/vit.yaml:10:7
%2252 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:10:7
%2253 = add %2251, %2252 : f64[] @ models/lib/vit.yaml:10:7
%2254 = const data=[3] : f64[] @ models/lib/vit.yaml:10:7
%2255 = div %2254, %2253 : f64[] @ models/lib/vit.yaml:10:7
%2256 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%2257 = lt %2255, %2256 : bool[] @ models/lib/vit.yaml:10:7
%2258 = cast %2255 : f32[] @ models/lib/vit.yaml:10:7
%2259 = broadcast %2258 : f32[16] @ models/lib/vit.yaml:10:7
%2260 = mul %2246, %2259 : f32[16] @ models/lib/vit.yaml:10:7
%2261 = broadcast %2257 : bool[16] @ models/lib/vit.yaml:10:7
%2262 = select %2261, %2260, %2246 : f32[16] @ models/lib/vit.yaml:10:7
%2263 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%2264 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%2265 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%2266 = const data=[1] : i64[] @ models/lib/vit.yaml:10:7
%2267 = add %2265, %2266 : i64[] @ models/lib/vit.yaml:10:7
%2268 = const data=[0.09999999999999998] : f64[] @ models/lib/vit.yaml:10:7
%2269 = cast %2268 : f32[] @ models/lib/vit.yaml:10:7
%2270 = broadcast %2269 : f32[16] @ models/lib/vit.yaml:10:7
%2271 = mul %2262, %2270 : f32[16] @ models/lib/vit.yaml:10:7
%2272 = const data=[0.9] : f64[] @ models/lib/vit.yaml:10:7
%2273 = cast %2272 : f32[] @ models/lib/vit.yaml:10:7
%2274 = broadcast %2273 : f32[16] @ models/lib/vit.yaml:10:7
%2275 = mul %2263, %2274 : f32[16] @ models/lib/vit.yaml:10:7
%2276 = add %2275, %2271 : f32[16] @ models/lib/vit.yaml:10:7
%2277 = mul %2262, %2262 : f32[16] @ models/lib/vit.yaml:10:7
%2278 = const data=[0.0010000000000000009] : f64[] @ models/lib/vit.yaml:10:7
%2279 = cast %2278 : f32[] @ models/lib/vit.yaml:10:7
%2280 = broadcast %2279 : f32[16] @ models/lib/vit.yaml:10:7
%2281 = mul %2277, %2280 : f32[16] @ models/lib/vit.yaml:10:7
%2282 = const data=[0.999] : f64[] @ models/lib/vit.yaml:10:7
%2283 = cast %2282 : f32[] @ models/lib/vit.yaml:10:7
%2284 = broadcast %2283 : f32[16] @ models/lib/vit.yaml:10:7
%2285 = mul %2264, %2284 : f32[16] @ models/lib/vit.yaml:10:7
%2286 = add %2285, %2281 : f32[16] @ models/lib/vit.yaml:10:7
%2287 = cast %2267 : f64[] @ models/lib/vit.yaml:10:7
%2288 = const data=[0.9] : f64[] @ models/lib/vit.yaml:10:7
%2289 = pow %2288, %2287 : f64[] @ models/lib/vit.yaml:10:7
%2290 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%2291 = sub %2290, %2289 : f64[] @ models/lib/vit.yaml:10:7
%2292 = div %1145, %2291 : f64[] @ models/lib/vit.yaml:10:7
%2293 = cast %2267 : f64[] @ models/lib/vit.yaml:10:7
%2294 = const data=[0.999] : f64[] @ models/lib/vit.yaml:10:7
%2295 = pow %2294, %2293 : f64[] @ models/lib/vit.yaml:10:7
%2296 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%2297 = sub %2296, %2295 : f64[] @ models/lib/vit.yaml:10:7
%2298 = sqrt %2297 : f64[] @ models/lib/vit.yaml:10:7
%2299 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%2300 = div %2299, %2298 : f64[] @ models/lib/vit.yaml:10:7
%2301 = sqrt %2286 : f32[16] @ models/lib/vit.yaml:10:7
%2302 = cast %2300 : f32[] @ models/lib/vit.yaml:10:7
%2303 = broadcast %2302 : f32[16] @ models/lib/vit.yaml:10:7
%2304 = mul %2301, %2303 : f32[16] @ models/lib/vit.yaml:10:7
%2305 = const data=[1e-08] : f64[] @ models/lib/vit.yaml:10:7
%2306 = cast %2305 : f32[] @ models/lib/vit.yaml:10:7
%2307 = broadcast %2306 : f32[16] @ models/lib/vit.yaml:10:7
%2308 = add %2304, %2307 : f32[16] @ models/lib/vit.yaml:10:7
%2309 = div %2276, %2308 : f32[16] @ models/lib/vit.yaml:10:7
%2310 = cast %2292 : f32[] @ models/lib/vit.yaml:10:7
%2311 = broadcast %2310 : f32[16] @ models/lib/vit.yaml:10:7
%2312 = mul %2309, %2311 : f32[16] @ models/lib/vit.yaml:10:7
%2313 = sub %10, %2312 : f32[16] @ models/lib/vit.yaml:10:7
%2314 = assign %10, %2313 : f32[16] @ models/lib/vit.yaml:10:7
%2315 = assign %2263, %2276 : f32[16] @ models/lib/vit.yaml:10:7
%2316 = assign %2264, %2286 : f32[16] @ models/lib/vit.yaml:10:7
%2317 = assign %2265, %2267 : i64[] @ models/lib/vit.yaml:10:7
%2318 = cast %1147 : f32[] @ models/lib/vit.yaml:10:7
%2319 = broadcast %2318 : f32[16] @ models/lib/vit.yaml:10:7
%2320 = mul %48, %2319 : f32[16] @ models/lib/vit.yaml:10:7
%2321 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%2322 = sub %2321, %1147 : f64[] @ models/lib/vit.yaml:10:7
%2323 = cast %2322 : f32[] @ models/lib/vit.yaml:10:7
%2324 = broadcast %2323 : f32[16] @ models/lib/vit.yaml:10:7
%2325 = mul %2313, %2324 : f32[16] @ models/lib/vit.yaml:10:7
%2326 = add %2320, %2325 : f32[16] @ models/lib/vit.yaml:10:7
%2327 = assign %48, %2326 : f32[16] @ models/lib/vit.yaml:10:7
%2328 = all_reduce_sum %1946 : f32[16] @ models/lib/nn.yaml:89:7
%2329 = reshape %2328 : f32[16] @ models/lib/nn.yaml:89:7
%2330 = mul %2329, %2329 : f32[16] @ models/lib/nn.yaml:89:7
%2331 = reduce_sum %2330 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%2332 = sqrt %2331 : f32[] @ models/lib/nn.yaml:89:7
%2333 = cast %2332 : f64[] @ models/lib/nn.yaml:89:7
%2334 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%2335 = add %2333, %2334 : f64[] @ models/lib/nn.yaml:89:7
%2336 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%2337 = div %2336, %2335 : f64[] @ models/lib/nn.yaml:89:7
%2338 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%2339 = lt %2337, %2338 : bool[] @ models/lib/nn.yaml:89:7
%2340 = cast %2337 : f32[] @ models/lib/nn.yaml:89:7
%2341 = broadcast %2340 : f32[16] @ models/lib/nn.yaml:89:7
%2342 = mul %2328, %2341 : f32[16] @ models/lib/nn.yaml:89:7
%2343 = broadcast %2339 : bool[16] @ models/lib/nn.yaml:89:7
%2344 = select %2343, %2342, %2328 : f32[16] @ models/lib/nn.yaml:89:7
%2345 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%2346 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%2347 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%2348 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%2349 = add %2347, %2348 : i64[] @ models/lib/nn.yaml:89:7
%2350 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%2351 = cast %2350 : f32[] @ models/lib/nn.yaml:89:7
%2352 = broadcast %2351 : f32[16] @ models/lib/nn.yaml:89:7
%2353 = mul %2344, %2352 : f32[16] @ models/lib/nn.yaml:89:7
%2354 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%2355 = cast %2354 : f32[] @ models/lib/nn.yaml:89:7
%2356 = broadcast %2355 : f32[16] @ models/lib/nn.yaml:89:7
%2357 = mul %2345, %2356 : f32[16] @ models/lib/nn.yaml:89:7
%2358 = add %2357, %2353 : f32[16] @ models/lib/nn.yaml:89:7
%2359 = mul %2344, %2344 : f32[16] @ models/lib/nn.yaml:89:7
%2360 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%2361 = cast %2360 : f32[] @ models/lib/nn.yaml:89:7
%2362 = broadcast %2361 : f32[16] @ models/lib/nn.yaml:89:7
%2363 = mul %2359, %2362 : f32[16] @ models/lib/nn.yaml:89:7
%2364 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%2365 = cast %2364 : f32[] @ models/lib/nn.yaml:89:7
%2366 = broadcast %2365 : f32[16] @ models/lib/nn.yaml:89:7
%2367 = mul %2346, %2366 : f32[16] @ models/lib/nn.yaml:89:7
%2368 = add %2367, %2363 : f32[16] @ models/lib/nn.yaml:89:7
%2369 = cast %2349 : f64[] @ models/lib/nn.yaml:89:7
%2370 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%2371 = pow %2370, %2369 : f64[] @ models/lib/nn.yaml:89:7
%2372 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%2373 = sub %2372, %2371 : f64[] @ models/lib/nn.yaml:89:7
%2374 = div %1145, %2373 : f64[] @ models/lib/nn.yaml:89:7
%2375 = cast %2349 : f64[] @ models/lib/nn.yaml:89:7
%2376 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%2377 = pow %2376, %2375 : f64[] @ models/lib/nn.yaml:89:7
%2378 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%2379 = sub %2378, %2377 : f64[] @ models/lib/nn.yaml:89:7
%2380 = sqrt %2379 : f64[] @ models/lib/nn.yaml:89:7
%2381 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%2382 = div %2381, %2380 : f64[] @ models/lib/nn.yaml:89:7
%2383 = sqrt %2368 : f32[16] @ models/lib/nn.yaml:89:7
%2384 = cast %2382 : f32[] @ models/lib/nn.yaml:89:7
%2385 = broadcast %2384 : f32[16] @ models/lib/nn.yaml:89:7
%2386 = mul %2383, %2385 : f32[16] @ models/lib/nn.yaml:89:7
%2387 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%2388 = cast %2387 : f32[] @ models/lib/nn.yaml:89:7
%2389 = broadcast %2388 : f32[16] @ models/lib/nn.yaml:89:7
%2390 = add %2386, %2389 : f32[16] @ models/lib/nn.yaml:89:7
%2391 = div %2358, %2390 : f32[16] @ models/lib/nn.yaml:89:7
%2392 = cast %2374 : f32[] @ models/lib/nn.yaml:89:7
%2393 = broadcast %2392 : f32[16] @ models/lib/nn.yaml:89:7
%2394 = mul %2391, %2393 : f32[16] @ models/lib/nn.yaml:89:7
%2395 = sub %11, %2394 : f32[16] @ models/lib/nn.yaml:89:7
%2396 = assign %11, %2395 : f32[16] @ models/lib/nn.yaml:89:7
%2397 = assign %2345, %2358 : f32[16] @ models/lib/nn.yaml:89:7
%2398 = assign %2346, %2368 : f32[16] @ models/lib/nn.yaml:89:7
%2399 = assign %2347, %2349 : i64[] @ models/lib/nn.yaml:89:7
%2400 = cast %1147 : f32[] @ models/lib/nn.yaml:89:7
%2401 = broadcast %2400 : f32[16] @ models/lib/nn.yaml:89:7
%2402 = mul %49, %2401 : f32[16] @ models/lib/nn.yaml:89:7
%2403 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%2404 = sub %2403, %1147 : f64[] @ models/lib/nn.yaml:89:7
%2405 = cast %2404 : f32[] @ models/lib/nn.yaml:89:7
%2406 = broadcast %2405 : f32[16] @ models/lib/nn.yaml:89:7
%2407 = mul %2395, %2406 : f32[16] @ models/lib/nn.yaml:89:7
%2408 = add %2402, %2407 : f32[16] @ models/lib/nn.yaml:89:7
%2409 = assign %49, %2408 : f32[16] @ models/lib/nn.yaml:89:7
%2410 = all_reduce_sum %1941 : f32[16] @ models/lib/nn.yaml:90:7
%2411 = reshape %2410 : f32[16] @ models/lib/nn.yaml:90:7
%2412 = mul %2411, %2411 : f32[16] @ models/lib/nn.yaml:90:7
%2413 = reduce_sum %2412 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%2414 = sqrt %2413 : f32[] @ models/lib/nn.yaml:90:7
%2415 = cast %2414 : f64[] @ models/lib/nn.yaml:90:7
%2416 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%2417 = add %2415, %2416 : f64[] @ models/lib/nn.yaml:90:7
%2418 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%2419 = div %2418, %2417 : f64[] @ models/lib/nn.yaml:90:7
%2420 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%2421 = lt %2419, %2420 : bool[] @ models/lib/nn.yaml:90:7
%2422 = cast %2419 : f32[] @ models/lib/nn.yaml:90:7
%2423 = broadcast %2422 : f32[16] @ models/lib/nn.yaml:90:7
%2424 = mul %2410, %2423 : f32[16] @ models/lib/nn.yaml:90:7
%2425 = broadcast %2421 : bool[16] @ models/lib/nn.yaml:90:7
%2426 = select %2425, %2424, %2410 : f32[16] @ models/lib/nn.yaml:90:7
%2427 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%2428 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%2429 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%2430 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%2431 = add %2429, %2430 : i64[] @ models/lib/nn.yaml:90:7
%2432 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%2433 = cast %2432 : f32[] @ models/lib/nn.yaml:90:7
%2434 = broadcast %2433 : f32[16] @ models/lib/nn.yaml:90:7
%2435 = mul %2426, %2434 : f32[16] @ models/lib/nn.yaml:90:7
%2436 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%2437 = cast %2436 : f32[] @ models/lib/nn.yaml:90:7
%2438 = broadcast %2437 : f32[16] @ models/lib/nn.yaml:90:7
%2439 = mul %2427, %2438 : f32[16] @ models/lib/nn.yaml:90:7
%2440 = add %2439, %2435 : f32[16] @ models/lib/nn.yaml:90:7
%2441 = mul %2426, %2426 : f32[16] @ models/lib/nn.yaml:90:7
%2442 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%2443 = cast %2442 : f32[] @ models/lib/nn.yaml:90:7
%2444 = broadcast %2443 : f32[16] @ models/lib/nn.yaml:90:7
%2445 = mul %2441, %2444 : f32[16] @ models/lib/nn.yaml:90:7
%2446 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%2447 = cast %2446 : f32[] @ models/lib/nn.yaml:90:7
%2448 = broadcast %2447 : f32[16] @ models/lib/nn.yaml:90:7
%2449 = mul %2428, %2448 : f32[16] @ models/lib/nn.yaml:90:7
%2450 = add %2449, %2445 : f32[16] @ models/lib/nn.yaml:90:7
%2451 = cast %2431 : f64[] @ models/lib/nn.yaml:90:7
%2452 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%2453 = pow %2452, %2451 : f64[] @ models/lib/nn.yaml:90:7
%2454 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%2455 = sub %2454, %2453 : f64[] @ models/lib/nn.yaml:90:7
%2456 = div %1145, %2455 : f64[] @ models/lib/nn.yaml:90:7
%2457 = cast %2431 : f64[] @ models/lib/nn.yaml:90:7
%2458 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%2459 = pow %2458, %2457 : f64[] @ models/lib/nn.yaml:90:7
%2460 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%2461 = sub %2460, %2459 : f64[] @ models/lib/nn.yaml:90:7
%2462 = sqrt %2461 : f64[] @ models/lib/nn.yaml:90:7
%2463 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%2464 = div %2463, %2462 : f64[] @ models/lib/nn.yaml:90:7
%2465 = sqrt %2450 : f32[16] @ models/lib/nn.yaml:90:7
%2466 = cast %2464 : f32[] @ models/lib/nn.yaml:90:7
%2467 = broadcast %2466 : f32[16] @ models/lib/nn.yaml:90:7
%2468 = mul %2465, %2467 : f32[16] @ models/lib/nn.yaml:90:7
%2469 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%2470 = cast %2469 : f32[] @ models/lib/nn.yaml:90:7
%2471 = broadcast %2470 : f32[16] @ models/lib/nn.yaml:90:7
%2472 = add %2468, %2471 : f32[16] @ models/lib/nn.yaml:90:7
%2473 = div %2440, %2472 : f32[16] @ models/lib/nn.yaml:90:7
%2474 = cast %2456 : f32[] @ models/lib/nn.yaml:90:7
%2475 = broadcast %2474 : f32[16] @ models/lib/nn.yaml:90:7
%2476 = mul %2473, %2475 : f32[16] @ models/lib/nn.yaml:90:7
%2477 = sub %12, %2476 : f32[16] @ models/lib/nn.yaml:90:7
%2478 = assign %12, %2477 : f32[16] @ models/lib/nn.yaml:90:7
%2479 = assign %2427, %2440 : f32[16] @ models/lib/nn.yaml:90:7
%2480 = assign %2428, %2450 : f32[16] @ models/lib/nn.yaml:90:7
%2481 = assign %2429, %2431 : i64[] @ models/lib/nn.yaml:90:7
%2482 = cast %1147 : f32[] @ models/lib/nn.yaml:90:7
%2483 = broadcast %2482 : f32[16] @ models/lib/nn.yaml:90:7
%2484 = mul %50, %2483 : f32[16] @ models/lib/nn.yaml:90:7
%2485 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%2486 = sub %2485, %1147 : f64[] @ models/lib/nn.yaml:90:7
%2487 = cast %2486 : f32[] @ models/lib/nn.yaml:90:7
%2488 = broadcast %2487 : f32[16] @ models/lib/nn.yaml:90:7
%2489 = mul %2477, %2488 : f32[16] @ models/lib/nn.yaml:90:7
%2490 = add %2484, %2489 : f32[16] @ models/lib/nn.yaml:90:7
%2491 = assign %50, %2490 : f32[16] @ models/lib/nn.yaml:90:7
%2492 = all_reduce_sum %1938 : f32[48,16] @ models/lib/nn.yaml:79:7
%2493 = reshape %2492 : f32[768] @ models/lib/nn.yaml:79:7
%2494 = mul %2493, %2493 : f32[768] @ models/lib/nn.yaml:79:7
%2495 = reduce_sum %2494 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%2496 = sqrt %2495 : f32[] @ models/lib/nn.yaml:79:7
%2497 = cast %2496 : f64[] @ models/lib/nn.yaml:79:7
%2498 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%2499 = add %2497, %2498 : f64[] @ models/lib/nn.yaml:79:7
%2500 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%2501 = div %2500, %2499 : f64[] @ models/lib/nn.yaml:79:7
%2502 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%2503 = lt %2501, %2502 : bool[] @ models/lib/nn.yaml:79:7
%2504 = cast %2501 : f32[] @ models/lib/nn.yaml:79:7
%2505 = broadcast %2504 : f32[48,16] @ models/lib/nn.yaml:79:7
%2506 = mul %2492, %2505 : f32[48,16] @ models/lib/nn.yaml:79:7
%2507 = broadcast %2503 : bool[48,16] @ models/lib/nn.yaml:79:7
%2508 = select %2507, %2506, %2492 : f32[48,16] @ models/lib/nn.yaml:79:7
%2509 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%2510 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%2511 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%2512 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%2513 = add %2511, %2512 : i64[] @ models/lib/nn.yaml:79:7
%2514 = mul %1145, %1146 : f64[] @ models/lib/nn.yaml:79:7
%2515 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%2516 = sub %2515, %2514 : f64[] @ models/lib/nn.yaml:79:7
%2517 = cast %2516 : f32[] @ models/lib/nn.yaml:79:7
%2518 = broadcast %2517 : f32[48,16] @ models/lib/nn.yaml:79:7
%2519 = mul %13, %2518 : f32[48,16] @ models/lib/nn.yaml:79:7
%2520 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%2521 = cast %2520 : f32[] @ models/lib/nn.yaml:79:7
%2522 = broadcast %2521 : f32[48,16] @ models/lib/nn.yaml:79:7
%2523 = mul %2508, %2522 : f32[48,16] @ models/lib/nn.yaml:79:7
%2524 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%2525 = cast %2524 : f32[] @ models/lib/nn.yaml:79:7
%2526 = broadcast %2525 : f32[48,16] @ models/lib/nn.yaml:79:7
%2527 = mul %2509, %2526 : f32[48,16] @ models/lib/nn.yaml:79:7
%2528 = add %2527, %2523 : f32[48,16] @ models/lib/nn.yaml:79:7
%2529 = mul %2508, %2508 : f32[48,16] @ models/lib/nn.yaml:79:7
%2530 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%2531 = cast %2530 : f32[] @ models/lib/nn.yaml:79:7
%2532 = broadcast %2531 : f32[48,16] @ models/lib/nn.yaml:79:7
%2533 = mul %2529, %2532 : f32[48,16] @ models/lib/nn.yaml:79:7
%2534 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%2535 = cast %2534 : f32[] @ models/lib/nn.yaml:79:7
%2536 = broadcast %2535 : f32[48,16] @ models/lib/nn.yaml:79:7
%2537 = mul %2510, %2536 : f32[48,16] @ models/lib/nn.yaml:79:7
%2538 = add %2537, %2533 : f32[48,16] @ models/lib/nn.yaml:79:7
%2539 = cast %2513 : f64[] @ models/lib/nn.yaml:79:7
%2540 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%2541 = pow %2540, %2539 : f64[] @ models/lib/nn.yaml:79:7
%2542 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%2543 = sub %2542, %2541 : f64[] @ models/lib/nn.yaml:79:7
%2544 = div %1145, %2543 : f64[] @ models/lib/nn.yaml:79:7
%2545 = cast %2513 : f64[] @ models/lib/nn.yaml:79:7
%2546 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%2547 = pow %2546, %2545 : f64[] @ models/lib/nn.yaml:79:7
%2548 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%2549 = sub %2548, %2547 : f64[] @ models/lib/nn.yaml:79:7
%2550 = sqrt %2549 : f64[] @ models/lib/nn.yaml:79:7
%2551 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%2552 = div %2551, %2550 : f64[] @ models/lib/nn.yaml:79:7
%2553 = sqrt %2538 : f32[48,16] @ models/lib/nn.yaml:79:7
%2554 = cast %2552 : f32[] @ models/lib/nn.yaml:79:7
%2555 = broadcast %2554 : f32[48,16] @ models/lib/nn.yaml:79:7
%2556 = mul %2553, %2555 : f32[48,16] @ models/lib/nn.yaml:79:7
%2557 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%2558 = cast %2557 : f32[] @ models/lib/nn.yaml:79:7
%2559 = broadcast %2558 : f32[48,16] @ models/lib/nn.yaml:79:7
%2560 = add %2556, %2559 : f32[48,16] @ models/lib/nn.yaml:79:7
%2561 = div %2528, %2560 : f32[48,16] @ models/lib/nn.yaml:79:7
%2562 = cast %2544 : f32[] @ models/lib/nn.yaml:79:7
%2563 = broadcast %2562 : f32[48,16] @ models/lib/nn.yaml:79:7
%2564 = mul %2561, %2563 : f32[48,16] @ models/lib/nn.yaml:79:7
%2565 = sub %2519, %2564 : f32[48,16] @ models/lib/nn.yaml:79:7
%2566 = assign %13, %2565 : f32[48,16] @ models/lib/nn.yaml:79:7
%2567 = assign %2509, %2528 : f32[48,16] @ models/lib/nn.yaml:79:7
%2568 = assign %2510, %2538 : f32[48,16] @ models/lib/nn.yaml:79:7
%2569 = assign %2511, %2513 : i64[] @ models/lib/nn.yaml:79:7
%2570 = cast %1147 : f32[] @ models/lib/nn.yaml:79:7
%2571 = broadcast %2570 : f32[48,16] @ models/lib/nn.yaml:79:7
%2572 = mul %51, %2571 : f32[48,16] @ models/lib/nn.yaml:79:7
%2573 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%2574 = sub %2573, %1147 : f64[] @ models/lib/nn.yaml:79:7
%2575 = cast %2574 : f32[] @ models/lib/nn.yaml:79:7
%2576 = broadcast %2575 : f32[48,16] @ models/lib/nn.yaml:79:7
%2577 = mul %2565, %2576 : f32[48,16] @ models/lib/nn.yaml:79:7
%2578 = add %2572, %2577 : f32[48,16] @ models/lib/nn.yaml:79:7
%2579 = assign %51, %2578 : f32[48,16] @ models/lib/nn.yaml:79:7
%2580 = all_reduce_sum %1933 : f32[48] @ models/lib/nn.yaml:80:7
%2581 = reshape %2580 : f32[48] @ models/lib/nn.yaml:80:7
%2582 = mul %2581, %2581 : f32[48] @ models/lib/nn.yaml:80:7
%2583 = reduce_sum %2582 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%2584 = sqrt %2583 : f32[] @ models/lib/nn.yaml:80:7
%2585 = cast %2584 : f64[] @ models/lib/nn.yaml:80:7
%2586 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%2587 = add %2585, %2586 : f64[] @ models/lib/nn.yaml:80:7
%2588 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%2589 = div %2588, %2587 : f64[] @ models/lib/nn.yaml:80:7
%2590 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%2591 = lt %2589, %2590 : bool[] @ models/lib/nn.yaml:80:7
%2592 = cast %2589 : f32[] @ models/lib/nn.yaml:80:7
%2593 = broadcast %2592 : f32[48] @ models/lib/nn.yaml:80:7
%2594 = mul %2580, %2593 : f32[48] @ models/lib/nn.yaml:80:7
%2595 = broadcast %2591 : bool[48] @ models/lib/nn.yaml:80:7
%2596 = select %2595, %2594, %2580 : f32[48] @ models/lib/nn.yaml:80:7
%2597 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%2598 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%2599 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%2600 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%2601 = add %2599, %2600 : i64[] @ models/lib/nn.yaml:80:7
%2602 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%2603 = cast %2602 : f32[] @ models/lib/nn.yaml:80:7
%2604 = broadcast %2603 : f32[48] @ models/lib/nn.yaml:80:7
%2605 = mul %2596, %2604 : f32[48] @ models/lib/nn.yaml:80:7
%2606 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%2607 = cast %2606 : f32[] @ models/lib/nn.yaml:80:7
%2608 = broadcast %2607 : f32[48] @ models/lib/nn.yaml:80:7
%2609 = mul %2597, %2608 : f32[48] @ models/lib/nn.yaml:80:7
%2610 = add %2609, %2605 : f32[48] @ models/lib/nn.yaml:80:7
%2611 = mul %2596, %2596 : f32[48] @ models/lib/nn.yaml:80:7
%2612 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%2613 = cast %2612 : f32[] @ models/lib/nn.yaml:80:7
%2614 = broadcast %2613 : f32[48] @ models/lib/nn.yaml:80:7
%2615 = mul %2611, %2614 : f32[48] @ models/lib/nn.yaml:80:7
%2616 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%2617 = cast %2616 : f32[] @ models/lib/nn.yaml:80:7
%2618 = broadcast %2617 : f32[48] @ models/lib/nn.yaml:80:7
%2619 = mul %2598, %2618 : f32[48] @ models/lib/nn.yaml:80:7
%2620 = add %2619, %2615 : f32[48] @ models/lib/nn.yaml:80:7
%2621 = cast %2601 : f64[] @ models/lib/nn.yaml:80:7
%2622 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%2623 = pow %2622, %2621 : f64[] @ models/lib/nn.yaml:80:7
%2624 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%2625 = sub %2624, %2623 : f64[] @ models/lib/nn.yaml:80:7
%2626 = div %1145, %2625 : f64[] @ models/lib/nn.yaml:80:7
%2627 = cast %2601 : f64[] @ models/lib/nn.yaml:80:7
%2628 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%2629 = pow %2628, %2627 : f64[] @ models/lib/nn.yaml:80:7
%2630 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%2631 = sub %2630, %2629 : f64[] @ models/lib/nn.yaml:80:7
%2632 = sqrt %2631 : f64[] @ models/lib/nn.yaml:80:7
%2633 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%2634 = div %2633, %2632 : f64[] @ models/lib/nn.yaml:80:7
%2635 = sqrt %2620 : f32[48] @ models/lib/nn.yaml:80:7
%2636 = cast %2634 : f32[] @ models/lib/nn.yaml:80:7
%2637 = broadcast %2636 : f32[48] @ models/lib/nn.yaml:80:7
%2638 = mul %2635, %2637 : f32[48] @ models/lib/nn.yaml:80:7
%2639 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%2640 = cast %2639 : f32[] @ models/lib/nn.yaml:80:7
%2641 = broadcast %2640 : f32[48] @ models/lib/nn.yaml:80:7
%2642 = add %2638, %2641 : f32[48] @ models/lib/nn.yaml:80:7
%2643 = div %2610, %2642 : f32[48] @ models/lib/nn.yaml:80:7
%2644 = cast %2626 : f32[] @ models/lib/nn.yaml:80:7
%2645 = broadcast %2644 : f32[48] @ models/lib/nn.yaml:80:7
%2646 = mul %2643, %2645 : f32[48] @ models/lib/nn.yaml:80:7
%2647 = sub %14, %2646 : f32[48] @ models/lib/nn.yaml:80:7
%2648 = assign %14, %2647 : f32[48] @ models/lib/nn.yaml:80:7
%2649 = assign %2597, %2610 : f32[48] @ models/lib/nn.yaml:80:7
%2650 = assign %2598, %2620 : f32[48] @ models/lib/nn.yaml:80:7
%2651 = assign %2599, %2601 : i64[] @ models/lib/nn.yaml:80:7
%2652 = cast %1147 : f32[] @ models/lib/nn.yaml:80:7
%2653 = broadcast %2652 : f32[48] @ models/lib/nn.yaml:80:7
%2654 = mul %52, %2653 : f32[48] @ models/lib/nn.yaml:80:7
%2655 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%2656 = sub %2655, %1147 : f64[] @ models/lib/nn.yaml:80:7
%2657 = cast %2656 : f32[] @ models/lib/nn.yaml:80:7
%2658 = broadcast %2657 : f32[48] @ models/lib/nn.yaml:80:7
%2659 = mul %2647, %2658 : f32[48] @ models/lib/nn.yaml:80:7
%2660 = add %2654, %2659 : f32[48] @ models/lib/nn.yaml:80:7
%2661 = assign %52, %2660 : f32[48] @ models/lib/nn.yaml:80:7
%2662 = all_reduce_sum %1906 : f32[16,16] @ models/lib/nn.yaml:79:7
%2663 = reshape %2662 : f32[256] @ models/lib/nn.yaml:79:7
%2664 = mul %2663, %2663 : f32[256] @ models/lib/nn.yaml:79:7
%2665 = reduce_sum %2664 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%2666 = sqrt %2665 : f32[] @ models/lib/nn.yaml:79:7
%2667 = cast %2666 : f64[] @ models/lib/nn.yaml:79:7
%2668 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%2669 = add %2667, %2668 : f64[] @ models/lib/nn.yaml:79:7
%2670 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%2671 = div %2670, %2669 : f64[] @ models/lib/nn.yaml:79:7
%2672 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%2673 = lt %2671, %2672 : bool[] @ models/lib/nn.yaml:79:7
%2674 = cast %2671 : f32[] @ models/lib/nn.yaml:79:7
%2675 = broadcast %2674 : f32[16,16] @ models/lib/nn.yaml:79:7
%2676 = mul %2662, %2675 : f32[16,16] @ models/lib/nn.yaml:79:7
%2677 = broadcast %2673 : bool[16,16] @ models/lib/nn.yaml:79:7
%2678 = select %2677, %2676, %2662 : f32[16,16] @ models/lib/nn.yaml:79:7
%2679 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%2680 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%2681 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%2682 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%2683 = add %2681, %2682 : i64[] @ models/lib/nn.yaml:79:7
%2684 = mul %1145, %1146 : f64[] @ models/lib/nn.yaml:79:7
%2685 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%2686 = sub %2685, %2684 : f64[] @ models/lib/nn.yaml:79:7
%2687 = cast %2686 : f32[] @ models/lib/nn.yaml:79:7
%2688 = broadcast %2687 : f32[16,16] @ models/lib/nn.yaml:79:7
%2689 = mul %15, %2688 : f32[16,16] @ models/lib/nn.yaml:79:7
%2690 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%2691 = cast %2690 : f32[] @ models/lib/nn.yaml:79:7
%2692 = broadcast %2691 : f32[16,16] @ models/lib/nn.yaml:79:7
%2693 = mul %2678, %2692 : f32[16,16] @ models/lib/nn.yaml:79:7
%2694 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%2695 = cast %2694 : f32[] @ models/lib/nn.yaml:79:7
%2696 = broadcast %2695 : f32[16,16] @ models/lib/nn.yaml:79:7
%2697 = mul %2679, %2696 : f32[16,16] @ models/lib/nn.yaml:79:7
%2698 = add %2697, %2693 : f32[16,16] @ models/lib/nn.yaml:79:7
%2699 = mul %2678, %2678 : f32[16,16] @ models/lib/nn.yaml:79:7
%2700 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%2701 = cast %2700 : f32[] @ models/lib/nn.yaml:79:7
%2702 = broadcast %2701 : f32[16,16] @ models/lib/nn.yaml:79:7
%2703 = mul %2699, %2702 : f32[16,16] @ models/lib/nn.yaml:79:7
%2704 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%2705 = cast %2704 : f32[] @ models/lib/nn.yaml:79:7
%2706 = broadcast %2705 : f32[16,16] @ models/lib/nn.yaml:79:7
%2707 = mul %2680, %2706 : f32[16,16] @ models/lib/nn.yaml:79:7
%2708 = add %2707, %2703 : f32[16,16] @ models/lib/nn.yaml:79:7
%2709 = cast %2683 : f64[] @ models/lib/nn.yaml:79:7
%2710 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%2711 = pow %2710, %2709 : f64[] @ models/lib/nn.yaml:79:7
%2712 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%2713 = sub %2712, %2711 : f64[] @ models/lib/nn.yaml:79:7
%2714 = div %1145, %2713 : f64[] @ models/lib/nn.yaml:79:7
%2715 = cast %2683 : f64[] @ models/lib/nn.yaml:79:7
%2716 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%2717 = pow %2716, %2715 : f64[] @ models/lib/nn.yaml:79:7
%2718 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%2719 = sub %2718, %2717 : f64[] @ models/lib/nn.yaml:79:7
%2720 = sqrt %2719 : f64[] @ models/lib/nn.yaml:79:7
%2721 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%2722 = div %2721, %2720 : f64[] @ models/lib/nn.yaml:79:7
%2723 = sqrt %2708 : f32[16,16] @ models/lib/nn.yaml:79:7
%2724 = cast %2722 : f32[] @ models/lib/nn.yaml:79:7
%2725 = broadcast %2724 : f32[16,16] @ models/lib/nn.yaml:79:7
%2726 = mul %2723, %2725 : f32[16,16] @ models/lib/nn.yaml:79:7
%2727 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%2728 = cast %2727 : f32[] @ models/lib/nn.yaml:79:7
%2729 = broadcast %2728 : f32[16,16] @ models/lib/nn.yaml:79:7
%2730 = add %2726, %2729 : f32[16,16] @ models/lib/nn.yaml:79:7
%2731 = div %2698, %2730 : f32[16,16] @ models/lib/nn.yaml:79:7
%2732 = cast %2714 : f32[] @ models/lib/nn.yaml:79:7
%2733 = broadcast %2732 : f32[16,16] @ models/lib/nn.yaml:79:7
%2734 = mul %2731, %2733 : f32[16,16] @ models/lib/nn.yaml:79:7
%2735 = sub %2689, %2734 : f32[16,16] @ models/lib/nn.yaml:79:7
%2736 = assign %15, %2735 : f32[16,16] @ models/lib/nn.yaml:79:7
%2737 = assign %2679, %2698 : f32[16,16] @ models/lib/nn.yaml:79:7
%2738 = assign %2680, %2708 : f32[16,16] @ models/lib/nn.yaml:79:7
%2739 = assign %2681, %2683 : i64[] @ models/lib/nn.yaml:79:7
%2740 = cast %1147 : f32[] @ models/lib/nn.yaml:79:7
%2741 = broadcast %2740 : f32[16,16] @ models/lib/nn.yaml:79:7
%2742 = mul %53, %2741 : f32[16,16] @ models/lib/nn.yaml:79:7
%2743 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%2744 = sub %2743, %1147 : f64[] @ models/lib/nn.yaml:79:7
%2745 = cast %2744 : f32[] @ models/lib/nn.yaml:79:7
%2746 = broadcast %2745 : f32[16,16] @ models/lib/nn.yaml:79:7
%2747 = mul %2735, %2746 : f32[16,16] @ models/lib/nn.yaml:79:7
%2748 = add %2742, %2747 : f32[16,16] @ models/lib/nn.yaml:79:7
%2749 = assign %53, %2748 : f32[16,16] @ models/lib/nn.yaml:79:7
%2750 = all_reduce_sum %1901 : f32[16] @ models/lib/nn.yaml:80:7
%2751 = reshape %2750 : f32[16] @ models/lib/nn.yaml:80:7
%2752 = mul %2751, %2751 : f32[16] @ models/lib/nn.yaml:80:7
%2753 = reduce_sum %2752 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%2754 = sqrt %2753 : f32[] @ models/lib/nn.yaml:80:7
%2755 = cast %2754 : f64[] @ models/lib/nn.yaml:80:7
%2756 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%2757 = add %2755, %2756 : f64[] @ models/lib/nn.yaml:80:7
%2758 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%2759 = div %2758, %2757 : f64[] @ models/lib/nn.yaml:80:7
%2760 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%2761 = lt %2759, %2760 : bool[] @ models/lib/nn.yaml:80:7
%2762 = cast %2759 : f32[] @ models/lib/nn.yaml:80:7
%2763 = broadcast %2762 : f32[16] @ models/lib/nn.yaml:80:7
%2764 = mul %2750, %2763 : f32[16] @ models/lib/nn.yaml:80:7
%2765 = broadcast %2761 : bool[16] @ models/lib/nn.yaml:80:7
%2766 = select %2765, %2764, %2750 : f32[16] @ models/lib/nn.yaml:80:7
%2767 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%2768 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%2769 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%2770 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%2771 = add %2769, %2770 : i64[] @ models/lib/nn.yaml:80:7
%2772 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%2773 = cast %2772 : f32[] @ models/lib/nn.yaml:80:7
%2774 = broadcast %2773 : f32[16] @ models/lib/nn.yaml:80:7
%2775 = mul %2766, %2774 : f32[16] @ models/lib/nn.yaml:80:7
%2776 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%2777 = cast %2776 : f32[] @ models/lib/nn.yaml:80:7
%2778 = broadcast %2777 : f32[16] @ models/lib/nn.yaml:80:7
%2779 = mul %2767, %2778 : f32[16] @ models/lib/nn.yaml:80:7
%2780 = add %2779, %2775 : f32[16] @ models/lib/nn.yaml:80:7
%2781 = mul %2766, %2766 : f32[16] @ models/lib/nn.yaml:80:7
%2782 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%2783 = cast %2782 : f32[] @ models/lib/nn.yaml:80:7
%2784 = broadcast %2783 : f32[16] @ models/lib/nn.yaml:80:7
%2785 = mul %2781, %2784 : f32[16] @ models/lib/nn.yaml:80:7
%2786 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%2787 = cast %2786 : f32[] @ models/lib/nn.yaml:80:7
%2788 = broadcast %2787 : f32[16] @ models/lib/nn.yaml:80:7
%2789 = mul %2768, %2788 : f32[16] @ models/lib/nn.yaml:80:7
%2790 = add %2789, %2785 : f32[16] @ models/lib/nn.yaml:80:7
%2791 = cast %2771 : f64[] @ models/lib/nn.yaml:80:7
%2792 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%2793 = pow %2792, %2791 : f64[] @ models/lib/nn.yaml:80:7
%2794 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%2795 = sub %2794, %2793 : f64[] @ models/lib/nn.yaml:80:7
%2796 = div %1145, %2795 : f64[] @ models/lib/nn.yaml:80:7
%2797 = cast %2771 : f64[] @ models/lib/nn.yaml:80:7
%2798 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%2799 = pow %2798, %2797 : f64[] @ models/lib/nn.yaml:80:7
%2800 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%2801 = sub %2800, %2799 : f64[] @ models/lib/nn.yaml:80:7
%2802 = sqrt %2801 : f64[] @ models/lib/nn.yaml:80:7
%2803 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%2804 = div %2803, %2802 : f64[] @ models/lib/nn.yaml:80:7
%2805 = sqrt %2790 : f32[16] @ models/lib/nn.yaml:80:7
%2806 = cast %2804 : f32[] @ models/lib/nn.yaml:80:7
%2807 = broadcast %2806 : f32[16] @ models/lib/nn.yaml:80:7
%2808 = mul %2805, %2807 : f32[16] @ models/lib/nn.yaml:80:7
%2809 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%2810 = cast %2809 : f32[] @ models/lib/nn.yaml:80:7
%2811 = broadcast %2810 : f32[16] @ models/lib/nn.yaml:80:7
%2812 = add %2808, %2811 : f32[16] @ models/lib/nn.yaml:80:7
%2813 = div %2780, %2812 : f32[16] @ models/lib/nn.yaml:80:7
%2814 = cast %2796 : f32[] @ models/lib/nn.yaml:80:7
%2815 = broadcast %2814 : f32[16] @ models/lib/nn.yaml:80:7
%2816 = mul %2813, %2815 : f32[16] @ models/lib/nn.yaml:80:7
%2817 = sub %16, %2816 : f32[16] @ models/lib/nn.yaml:80:7
%2818 = assign %16, %2817 : f32[16] @ models/lib/nn.yaml:80:7
%2819 = assign %2767, %2780 : f32[16] @ models/lib/nn.yaml:80:7
%2820 = assign %2768, %2790 : f32[16] @ models/lib/nn.yaml:80:7
%2821 = assign %2769, %2771 : i64[] @ models/lib/nn.yaml:80:7
%2822 = cast %1147 : f32[] @ models/lib/nn.yaml:80:7
%2823 = broadcast %2822 : f32[16] @ models/lib/nn.yaml:80:7
%2824 = mul %54, %2823 : f32[16] @ models/lib/nn.yaml:80:7
%2825 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%2826 = sub %2825, %1147 : f64[] @ models/lib/nn.yaml:80:7
%2827 = cast %2826 : f32[] @ models/lib/nn.yaml:80:7
%2828 = broadcast %2827 : f32[16] @ models/lib/nn.yaml:80:7
%2829 = mul %2817, %2828 : f32[16] @ models/lib/nn.yaml:80:7
%2830 = add %2824, %2829 : f32[16] @ models/lib/nn.yaml:80:7
%2831 = assign %54, %2830 : f32[16] @ models/lib/nn.yaml:80:7
%2832 = all_reduce_sum %1877 : f32[16] @ models/lib/nn.yaml:89:7
%2833 = reshape %2832 : f32[16] @ models/lib/nn.yaml:89:7
%2834 = mul %2833, %2833 : f32[16] @ models/lib/nn.yaml:89:7
%2835 = reduce_sum %2834 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%2836 = sqrt %2835 : f32[] @ models/lib/nn.yaml:89:7
%2837 = cast %2836 : f64[] @ models/lib/nn.yaml:89:7
%2838 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%2839 = add %2837, %2838 : f64[] @ models/lib/nn.yaml:89:7
%2840 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%2841 = div %2840, %2839 : f64[] @ models/lib/nn.yaml:89:7
%2842 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%2843 = lt %2841, %2842 : bool[] @ models/lib/nn.yaml:89:7
%2844 = cast %2841 : f32[] @ models/lib/nn.yaml:89:7
%2845 = broadcast %2844 : f32[16] @ models/lib/nn.yaml:89:7
%2846 = mul %2832, %2845 : f32[16] @ models/lib/nn.yaml:89:7
%2847 = broadcast %2843 : bool[16] @ models/lib/nn.yaml:89:7
%2848 = select %2847, %2846, %2832 : f32[16] @ models/lib/nn.yaml:89:7
%2849 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%2850 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%2851 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%2852 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%2853 = add %2851, %2852 : i64[] @ models/lib/nn.yaml:89:7
%2854 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%2855 = cast %2854 : f32[] @ models/lib/nn.yaml:89:7
%2856 = broadcast %2855 : f32[16] @ models/lib/nn.yaml:89:7
%2857 = mul %2848, %2856 : f32[16] @ models/lib/nn.yaml:89:7
%2858 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%2859 = cast %2858 : f32[] @ models/lib/nn.yaml:89:7
%2860 = broadcast %2859 : f32[16] @ models/lib/nn.yaml:89:7
%2861 = mul %2849, %2860 : f32[16] @ models/lib/nn.yaml:89:7
%2862 = add %2861, %2857 : f32[16] @ models/lib/nn.yaml:89:7
%2863 = mul %2848, %2848 : f32[16] @ models/lib/nn.yaml:89:7
%2864 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%2865 = cast %2864 : f32[] @ models/lib/nn.yaml:89:7
%2866 = broadcast %2865 : f32[16] @ models/lib/nn.yaml:89:7
%2867 = mul %2863, %2866 : f32[16] @ models/lib/nn.yaml:89:7
%2868 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%2869 = cast %2868 : f32[] @ models/lib/nn.yaml:89:7
%2870 = broadcast %2869 : f32[16] @ models/lib/nn.yaml:89:7
%2871 = mul %2850, %2870 : f32[16] @ models/lib/nn.yaml:89:7
%2872 = add %2871, %2867 : f32[16] @ models/lib/nn.yaml:89:7
%2873 = cast %2853 : f64[] @ models/lib/nn.yaml:89:7
%2874 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%2875 = pow %2874, %2873 : f64[] @ models/lib/nn.yaml:89:7
%2876 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%2877 = sub %2876, %2875 : f64[] @ models/lib/nn.yaml:89:7
%2878 = div %1145, %2877 : f64[] @ models/lib/nn.yaml:89:7
%2879 = cast %2853 : f64[] @ models/lib/nn.yaml:89:7
%2880 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%2881 = pow %2880, %2879 : f64[] @ models/lib/nn.yaml:89:7
%2882 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%2883 = sub %2882, %2881 : f64[] @ models/lib/nn.yaml:89:7
%2884 = sqrt %2883 : f64[] @ models/lib/nn.yaml:89:7
%2885 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%2886 = div %2885, %2884 : f64[] @ models/lib/nn.yaml:89:7
%2887 = sqrt %2872 : f32[16] @ models/lib/nn.yaml:89:7
%2888 = cast %2886 : f32[] @ models/lib/nn.yaml:89:7
%2889 = broadcast %2888 : f32[16] @ models/lib/nn.yaml:89:7
%2890 = mul %2887, %2889 : f32[16] @ models/lib/nn.yaml:89:7
%2891 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%2892 = cast %2891 : f32[] @ models/lib/nn.yaml:89:7
%2893 = broadcast %2892 : f32[16] @ models/lib/nn.yaml:89:7
%2894 = add %2890, %2893 : f32[16] @ models/lib/nn.yaml:89:7
%2895 = div %2862, %2894 : f32[16] @ models/lib/nn.yaml:89:7
%2896 = cast %2878 : f32[] @ models/lib/nn.yaml:89:7
%2897 = broadcast %2896 : f32[16] @ models/lib/nn.yaml:89:7
%2898 = mul %2895, %2897 : f32[16] @ models/lib/nn.yaml:89:7
%2899 = sub %17, %2898 : f32[16] @ models/lib/nn.yaml:89:7
%2900 = assign %17, %2899 : f32[16] @ models/lib/nn.yaml:89:7
%2901 = assign %2849, %2862 : f32[16] @ models/lib/nn.yaml:89:7
%2902 = assign %2850, %2872 : f32[16] @ models/lib/nn.yaml:89:7
%2903 = assign %2851, %2853 : i64[] @ models/lib/nn.yaml:89:7
%2904 = cast %1147 : f32[] @ models/lib/nn.yaml:89:7
%2905 = broadcast %2904 : f32[16] @ models/lib/nn.yaml:89:7
%2906 = mul %55, %2905 : f32[16] @ models/lib/nn.yaml:89:7
%2907 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%2908 = sub %2907, %1147 : f64[] @ models/lib/nn.yaml:89:7
%2909 = cast %2908 : f32[] @ models/lib/nn.yaml:89:7
%2910 = broadcast %2909 : f32[16] @ models/lib/nn.yaml:89:7
%2911 = mul %2899, %2910 : f32[16] @ models/lib/nn.yaml:89:7
%2912 = add %2906, %2911 : f32[16] @ models/lib/nn.yaml:89:7
%2913 = assign %55, %2912 : f32[16] @ models/lib/nn.yaml:89:7
%2914 = all_reduce_sum %1872 : f32[16] @ models/lib/nn.yaml:90:7
%2915 = reshape %2914 : f32[16] @ models/lib/nn.yaml:90:7
%2916 = mul %2915, %2915 : f32[16] @ models/lib/nn.yaml:90:7
%2917 = reduce_sum %2916 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%2918 = sqrt %2917 : f32[] @ models/lib/nn.yaml:90:7
%2919 = cast %2918 : f64[] @ models/lib/nn.yaml:90:7
%2920 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%2921 = add %2919, %2920 : f64[] @ models/lib/nn.yaml:90:7
%2922 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%2923 = div %2922, %2921 : f64[] @ models/lib/nn.yaml:90:7
%2924 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%2925 = lt %2923, %2924 : bool[] @ models/lib/nn.yaml:90:7
%2926 = cast %2923 : f32[] @ models/lib/nn.yaml:90:7
%2927 = broadcast %2926 : f32[16] @ models/lib/nn.yaml:90:7
%2928 = mul %2914, %2927 : f32[16] @ models/lib/nn.yaml:90:7
%2929 = broadcast %2925 : bool[16] @ models/lib/nn.yaml:90:7
%2930 = select %2929, %2928, %2914 : f32[16] @ models/lib/nn.yaml:90:7
%2931 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%2932 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%2933 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%2934 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%2935 = add %2933, %2934 : i64[] @ models/lib/nn.yaml:90:7
%2936 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%2937 = cast %2936 : f32[] @ models/lib/nn.yaml:90:7
%2938 = broadcast %2937 : f32[16] @ models/lib/nn.yaml:90:7
%2939 = mul %2930, %2938 : f32[16] @ models/lib/nn.yaml:90:7
%2940 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%2941 = cast %2940 : f32[] @ models/lib/nn.yaml:90:7
%2942 = broadcast %2941 : f32[16] @ models/lib/nn.yaml:90:7
%2943 = mul %2931, %2942 : f32[16] @ models/lib/nn.yaml:90:7
%2944 = add %2943, %2939 : f32[16] @ models/lib/nn.yaml:90:7
%2945 = mul %2930, %2930 : f32[16] @ models/lib/nn.yaml:90:7
%2946 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%2947 = cast %2946 : f32[] @ models/lib/nn.yaml:90:7
%2948 = broadcast %2947 : f32[16] @ models/lib/nn.yaml:90:7
%2949 = mul %2945, %2948 : f32[16] @ models/lib/nn.yaml:90:7
%2950 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%2951 = cast %2950 : f32[] @ models/lib/nn.yaml:90:7
%2952 = broadcast %2951 : f32[16] @ models/lib/nn.yaml:90:7
%2953 = mul %2932, %2952 : f32[16] @ models/lib/nn.yaml:90:7
%2954 = add %2953, %2949 : f32[16] @ models/lib/nn.yaml:90:7
%2955 = cast %2935 : f64[] @ models/lib/nn.yaml:90:7
%2956 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%2957 = pow %2956, %2955 : f64[] @ models/lib/nn.yaml:90:7
%2958 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%2959 = sub %2958, %2957 : f64[] @ models/lib/nn.yaml:90:7
%2960 = div %1145, %2959 : f64[] @ models/lib/nn.yaml:90:7
%2961 = cast %2935 : f64[] @ models/lib/nn.yaml:90:7
%2962 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%2963 = pow %2962, %2961 : f64[] @ models/lib/nn.yaml:90:7
%2964 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%2965 = sub %2964, %2963 : f64[] @ models/lib/nn.yaml:90:7
%2966 = sqrt %2965 : f64[] @ models/lib/nn.yaml:90:7
%2967 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%2968 = div %2967, %2966 : f64[] @ models/lib/nn.yaml:90:7
%2969 = sqrt %2954 : f32[16] @ models/lib/nn.yaml:90:7
%2970 = cast %2968 : f32[] @ models/lib/nn.yaml:90:7
%2971 = broadcast %2970 : f32[16] @ models/lib/nn.yaml:90:7
%2972 = mul %2969, %2971 : f32[16] @ models/lib/nn.yaml:90:7
%2973 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%2974 = cast %2973 : f32[] @ models/lib/nn.yaml:90:7
%2975 = broadcast %2974 : f32[16] @ models/lib/nn.yaml:90:7
%2976 = add %2972, %2975 : f32[16] @ models/lib/nn.yaml:90:7
%2977 = div %2944, %2976 : f32[16] @ models/lib/nn.yaml:90:7
%2978 = cast %2960 : f32[] @ models/lib/nn.yaml:90:7
%2979 = broadcast %2978 : f32[16] @ models/lib/nn.yaml:90:7
%2980 = mul %2977, %2979 : f32[16] @ models/lib/nn.yaml:90:7
%2981 = sub %18, %2980 : f32[16] @ models/lib/nn.yaml:90:7
%2982 = assign %18, %2981 : f32[16] @ models/lib/nn.yaml:90:7
%2983 = assign %2931, %2944 : f32[16] @ models/lib/nn.yaml:90:7
%2984 = assign %2932, %2954 : f32[16] @ models/lib/nn.yaml:90:7
%2985 = assign %2933, %2935 : i64[] @ models/lib/nn.yaml:90:7
%2986 = cast %1147 : f32[] @ models/lib/nn.yaml:90:7
%2987 = broadcast %2986 : f32[16] @ models/lib/nn.yaml:90:7
%2988 = mul %56, %2987 : f32[16] @ models/lib/nn.yaml:90:7
%2989 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%2990 = sub %2989, %1147 : f64[] @ models/lib/nn.yaml:90:7
%2991 = cast %2990 : f32[] @ models/lib/nn.yaml:90:7
%2992 = broadcast %2991 : f32[16] @ models/lib/nn.yaml:90:7
%2993 = mul %2981, %2992 : f32[16] @ models/lib/nn.yaml:90:7
%2994 = add %2988, %2993 : f32[16] @ models/lib/nn.yaml:90:7
%2995 = assign %56, %2994 : f32[16] @ models/lib/nn.yaml:90:7
%2996 = all_reduce_sum %1869 : f32[64,16] @ models/lib/nn.yaml:79:7
%2997 = reshape %2996 : f32[1024] @ models/lib/nn.yaml:79:7
%2998 = mul %2997, %2997 : f32[1024] @ models/lib/nn.yaml:79:7
%2999 = reduce_sum %2998 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3000 = sqrt %2999 : f32[] @ models/lib/nn.yaml:79:7
%3001 = cast %3000 : f64[] @ models/lib/nn.yaml:79:7
%3002 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%3003 = add %3001, %3002 : f64[] @ models/lib/nn.yaml:79:7
%3004 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%3005 = div %3004, %3003 : f64[] @ models/lib/nn.yaml:79:7
%3006 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3007 = lt %3005, %3006 : bool[] @ models/lib/nn.yaml:79:7
%3008 = cast %3005 : f32[] @ models/lib/nn.yaml:79:7
%3009 = broadcast %3008 : f32[64,16] @ models/lib/nn.yaml:79:7
%3010 = mul %2996, %3009 : f32[64,16] @ models/lib/nn.yaml:79:7
%3011 = broadcast %3007 : bool[64,16] @ models/lib/nn.yaml:79:7
%3012 = select %3011, %3010, %2996 : f32[64,16] @ models/lib/nn.yaml:79:7
%3013 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%3014 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%3015 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3016 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%3017 = add %3015, %3016 : i64[] @ models/lib/nn.yaml:79:7
%3018 = mul %1145, %1146 : f64[] @ models/lib/nn.yaml:79:7
%3019 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3020 = sub %3019, %3018 : f64[] @ models/lib/nn.yaml:79:7
%3021 = cast %3020 : f32[] @ models/lib/nn.yaml:79:7
%3022 = broadcast %3021 : f32[64,16] @ models/lib/nn.yaml:79:7
%3023 = mul %19, %3022 : f32[64,16] @ models/lib/nn.yaml:79:7
%3024 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%3025 = cast %3024 : f32[] @ models/lib/nn.yaml:79:7
%3026 = broadcast %3025 : f32[64,16] @ models/lib/nn.yaml:79:7
%3027 = mul %3012, %3026 : f32[64,16] @ models/lib/nn.yaml:79:7
%3028 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%3029 = cast %3028 : f32[] @ models/lib/nn.yaml:79:7
%3030 = broadcast %3029 : f32[64,16] @ models/lib/nn.yaml:79:7
%3031 = mul %3013, %3030 : f32[64,16] @ models/lib/nn.yaml:79:7
%3032 = add %3031, %3027 : f32[64,16] @ models/lib/nn.yaml:79:7
%3033 = mul %3012, %3012 : f32[64,16] @ models/lib/nn.yaml:79:7
%3034 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%3035 = cast %3034 : f32[] @ models/lib/nn.yaml:79:7
%3036 = broadcast %3035 : f32[64,16] @ models/lib/nn.yaml:79:7
%3037 = mul %3033, %3036 : f32[64,16] @ models/lib/nn.yaml:79:7
%3038 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%3039 = cast %3038 : f32[] @ models/lib/nn.yaml:79:7
%3040 = broadcast %3039 : f32[64,16] @ models/lib/nn.yaml:79:7
%3041 = mul %3014, %3040 : f32[64,16] @ models/lib/nn.yaml:79:7
%3042 = add %3041, %3037 : f32[64,16] @ models/lib/nn.yaml:79:7
%3043 = cast %3017 : f64[] @ models/lib/nn.yaml:79:7
%3044 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%3045 = pow %3044, %3043 : f64[] @ models/lib/nn.yaml:79:7
%3046 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3047 = sub %3046, %3045 : f64[] @ models/lib/nn.yaml:79:7
%3048 = div %1145, %3047 : f64[] @ models/lib/nn.yaml:79:7
%3049 = cast %3017 : f64[] @ models/lib/nn.yaml:79:7
%3050 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%3051 = pow %3050, %3049 : f64[] @ models/lib/nn.yaml:79:7
%3052 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3053 = sub %3052, %3051 : f64[] @ models/lib/nn.yaml:79:7
%3054 = sqrt %3053 : f64[] @ models/lib/nn.yaml:79:7
%3055 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3056 = div %3055, %3054 : f64[] @ models/lib/nn.yaml:79:7
%3057 = sqrt %3042 : f32[64,16] @ models/lib/nn.yaml:79:7
%3058 = cast %3056 : f32[] @ models/lib/nn.yaml:79:7
%3059 = broadcast %3058 : f32[64,16] @ models/lib/nn.yaml:79:7
%3060 = mul %3057, %3059 : f32[64,16] @ models/lib/nn.yaml:79:7
%3061 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%3062 = cast %3061 : f32[] @ models/lib/nn.yaml:79:7
%3063 = broadcast %3062 : f32[64,16] @ models/lib/nn.yaml:79:7
%3064 = add %3060, %3063 : f32[64,16] @ models/lib/nn.yaml:79:7
%3065 = div %3032, %3064 : f32[64,16] @ models/lib/nn.yaml:79:7
%3066 = cast %3048 : f32[] @ models/lib/nn.yaml:79:7
%3067 = broadcast %3066 : f32[64,16] @ models/lib/nn.yaml:79:7
%3068 = mul %3065, %3067 : f32[64,16] @ models/lib/nn.yaml:79:7
%3069 = sub %3023, %3068 : f32[64,16] @ models/lib/nn.yaml:79:7
%3070 = assign %19, %3069 : f32[64,16] @ models/lib/nn.yaml:79:7
%3071 = assign %3013, %3032 : f32[64,16] @ models/lib/nn.yaml:79:7
%3072 = assign %3014, %3042 : f32[64,16] @ models/lib/nn.yaml:79:7
%3073 = assign %3015, %3017 : i64[] @ models/lib/nn.yaml:79:7
%3074 = cast %1147 : f32[] @ models/lib/nn.yaml:79:7
%3075 = broadcast %3074 : f32[64,16] @ models/lib/nn.yaml:79:7
%3076 = mul %57, %3075 : f32[64,16] @ models/lib/nn.yaml:79:7
%3077 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3078 = sub %3077, %1147 : f64[] @ models/lib/nn.yaml:79:7
%3079 = cast %3078 : f32[] @ models/lib/nn.yaml:79:7
%3080 = broadcast %3079 : f32[64,16] @ models/lib/nn.yaml:79:7
%3081 = mul %3069, %3080 : f32[64,16] @ models/lib/nn.yaml:79:7
%3082 = add %3076, %3081 : f32[64,16] @ models/lib/nn.yaml:79:7
%3083 = assign %57, %3082 : f32[64,16] @ models/lib/nn.yaml:79:7
%3084 = all_reduce_sum %1864 : f32[64] @ models/lib/nn.yaml:80:7
%3085 = reshape %3084 : f32[64] @ models/lib/nn.yaml:80:7
%3086 = mul %3085, %3085 : f32[64] @ models/lib/nn.yaml:80:7
%3087 = reduce_sum %3086 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3088 = sqrt %3087 : f32[] @ models/lib/nn.yaml:80:7
%3089 = cast %3088 : f64[] @ models/lib/nn.yaml:80:7
%3090 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%3091 = add %3089, %3090 : f64[] @ models/lib/nn.yaml:80:7
%3092 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%3093 = div %3092, %3091 : f64[] @ models/lib/nn.yaml:80:7
%3094 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3095 = lt %3093, %3094 : bool[] @ models/lib/nn.yaml:80:7
%3096 = cast %3093 : f32[] @ models/lib/nn.yaml:80:7
%3097 = broadcast %3096 : f32[64] @ models/lib/nn.yaml:80:7
%3098 = mul %3084, %3097 : f32[64] @ models/lib/nn.yaml:80:7
%3099 = broadcast %3095 : bool[64] @ models/lib/nn.yaml:80:7
%3100 = select %3099, %3098, %3084 : f32[64] @ models/lib/nn.yaml:80:7
%3101 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%3102 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%3103 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3104 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%3105 = add %3103, %3104 : i64[] @ models/lib/nn.yaml:80:7
%3106 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%3107 = cast %3106 : f32[] @ models/lib/nn.yaml:80:7
%3108 = broadcast %3107 : f32[64] @ models/lib/nn.yaml:80:7
%3109 = mul %3100, %3108 : f32[64] @ models/lib/nn.yaml:80:7
%3110 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%3111 = cast %3110 : f32[] @ models/lib/nn.yaml:80:7
%3112 = broadcast %3111 : f32[64] @ models/lib/nn.yaml:80:7
%3113 = mul %3101, %3112 : f32[64] @ models/lib/nn.yaml:80:7
%3114 = add %3113, %3109 : f32[64] @ models/lib/nn.yaml:80:7
%3115 = mul %3100, %3100 : f32[64] @ models/lib/nn.yaml:80:7
%3116 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%3117 = cast %3116 : f32[] @ models/lib/nn.yaml:80:7
%3118 = broadcast %3117 : f32[64] @ models/lib/nn.yaml:80:7
%3119 = mul %3115, %3118 : f32[64] @ models/lib/nn.yaml:80:7
%3120 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%3121 = cast %3120 : f32[] @ models/lib/nn.yaml:80:7
%3122 = broadcast %3121 : f32[64] @ models/lib/nn.yaml:80:7
%3123 = mul %3102, %3122 : f32[64] @ models/lib/nn.yaml:80:7
%3124 = add %3123, %3119 : f32[64] @ models/lib/nn.yaml:80:7
%3125 = cast %3105 : f64[] @ models/lib/nn.yaml:80:7
%3126 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%3127 = pow %3126, %3125 : f64[] @ models/lib/nn.yaml:80:7
%3128 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3129 = sub %3128, %3127 : f64[] @ models/lib/nn.yaml:80:7
%3130 = div %1145, %3129 : f64[] @ models/lib/nn.yaml:80:7
%3131 = cast %3105 : f64[] @ models/lib/nn.yaml:80:7
%3132 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%3133 = pow %3132, %3131 : f64[] @ models/lib/nn.yaml:80:7
%3134 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3135 = sub %3134, %3133 : f64[] @ models/lib/nn.yaml:80:7
%3136 = sqrt %3135 : f64[] @ models/lib/nn.yaml:80:7
%3137 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3138 = div %3137, %3136 : f64[] @ models/lib/nn.yaml:80:7
%3139 = sqrt %3124 : f32[64] @ models/lib/nn.yaml:80:7
%3140 = cast %3138 : f32[] @ models/lib/nn.yaml:80:7
%3141 = broadcast %3140 : f32[64] @ models/lib/nn.yaml:80:7
%3142 = mul %3139, %3141 : f32[64] @ models/lib/nn.yaml:80:7
%3143 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%3144 = cast %3143 : f32[] @ models/lib/nn.yaml:80:7
%3145 = broadcast %3144 : f32[64] @ models/lib/nn.yaml:80:7
%3146 = add %3142, %3145 : f32[64] @ models/lib/nn.yaml:80:7
%3147 = div %3114, %3146 : f32[64] @ models/lib/nn.yaml:80:7
%3148 = cast %3130 : f32[] @ models/lib/nn.yaml:80:7
%3149 = broadcast %3148 : f32[64] @ models/lib/nn.yaml:80:7
%3150 = mul %3147, %3149 : f32[64] @ models/lib/nn.yaml:80:7
%3151 = sub %20, %3150 : f32[64] @ models/lib/nn.yaml:80:7
%3152 = assign %20, %3151 : f32[64] @ models/lib/nn.yaml:80:7
%3153 = assign %3101, %3114 : f32[64] @ models/lib/nn.yaml:80:7
%3154 = assign %3102, %3124 : f32[64] @ models/lib/nn.yaml:80:7
%3155 = assign %3103, %3105 : i64[] @ models/lib/nn.yaml:80:7
%3156 = cast %1147 : f32[] @ models/lib/nn.yaml:80:7
%3157 = broadcast %3156 : f32[64] @ models/lib/nn.yaml:80:7
%3158 = mul %58, %3157 : f32[64] @ models/lib/nn.yaml:80:7
%3159 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3160 = sub %3159, %1147 : f64[] @ models/lib/nn.yaml:80:7
%3161 = cast %3160 : f32[] @ models/lib/nn.yaml:80:7
%3162 = broadcast %3161 : f32[64] @ models/lib/nn.yaml:80:7
%3163 = mul %3151, %3162 : f32[64] @ models/lib/nn.yaml:80:7
%3164 = add %3158, %3163 : f32[64] @ models/lib/nn.yaml:80:7
%3165 = assign %58, %3164 : f32[64] @ models/lib/nn.yaml:80:7
%3166 = all_reduce_sum %1849 : f32[16,64] @ models/lib/nn.yaml:79:7
%3167 = reshape %3166 : f32[1024] @ models/lib/nn.yaml:79:7
%3168 = mul %3167, %3167 : f32[1024] @ models/lib/nn.yaml:79:7
%3169 = reduce_sum %3168 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3170 = sqrt %3169 : f32[] @ models/lib/nn.yaml:79:7
%3171 = cast %3170 : f64[] @ models/lib/nn.yaml:79:7
%3172 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%3173 = add %3171, %3172 : f64[] @ models/lib/nn.yaml:79:7
%3174 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%3175 = div %3174, %3173 : f64[] @ models/lib/nn.yaml:79:7
%3176 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3177 = lt %3175, %3176 : bool[] @ models/lib/nn.yaml:79:7
%3178 = cast %3175 : f32[] @ models/lib/nn.yaml:79:7
%3179 = broadcast %3178 : f32[16,64] @ models/lib/nn.yaml:79:7
%3180 = mul %3166, %3179 : f32[16,64] @ models/lib/nn.yaml:79:7
%3181 = broadcast %3177 : bool[16,64] @ models/lib/nn.yaml:79:7
%3182 = select %3181, %3180, %3166 : f32[16,64] @ models/lib/nn.yaml:79:7
%3183 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%3184 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%3185 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3186 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%3187 = add %3185, %3186 : i64[] @ models/lib/nn.yaml:79:7
%3188 = mul %1145, %1146 : f64[] @ models/lib/nn.yaml:79:7
%3189 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3190 = sub %3189, %3188 : f64[] @ models/lib/nn.yaml:79:7
%3191 = cast %3190 : f32[] @ models/lib/nn.yaml:79:7
%3192 = broadcast %3191 : f32[16,64] @ models/lib/nn.yaml:79:7
%3193 = mul %21, %3192 : f32[16,64] @ models/lib/nn.yaml:79:7
%3194 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%3195 = cast %3194 : f32[] @ models/lib/nn.yaml:79:7
%3196 = broadcast %3195 : f32[16,64] @ models/lib/nn.yaml:79:7
%3197 = mul %3182, %3196 : f32[16,64] @ models/lib/nn.yaml:79:7
%3198 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%3199 = cast %3198 : f32[] @ models/lib/nn.yaml:79:7
%3200 = broadcast %3199 : f32[16,64] @ models/lib/nn.yaml:79:7
%3201 = mul %3183, %3200 : f32[16,64] @ models/lib/nn.yaml:79:7
%3202 = add %3201, %3197 : f32[16,64] @ models/lib/nn.yaml:79:7
%3203 = mul %3182, %3182 : f32[16,64] @ models/lib/nn.yaml:79:7
%3204 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%3205 = cast %3204 : f32[] @ models/lib/nn.yaml:79:7
%3206 = broadcast %3205 : f32[16,64] @ models/lib/nn.yaml:79:7
%3207 = mul %3203, %3206 : f32[16,64] @ models/lib/nn.yaml:79:7
%3208 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%3209 = cast %3208 : f32[] @ models/lib/nn.yaml:79:7
%3210 = broadcast %3209 : f32[16,64] @ models/lib/nn.yaml:79:7
%3211 = mul %3184, %3210 : f32[16,64] @ models/lib/nn.yaml:79:7
%3212 = add %3211, %3207 : f32[16,64] @ models/lib/nn.yaml:79:7
%3213 = cast %3187 : f64[] @ models/lib/nn.yaml:79:7
%3214 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%3215 = pow %3214, %3213 : f64[] @ models/lib/nn.yaml:79:7
%3216 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3217 = sub %3216, %3215 : f64[] @ models/lib/nn.yaml:79:7
%3218 = div %1145, %3217 : f64[] @ models/lib/nn.yaml:79:7
%3219 = cast %3187 : f64[] @ models/lib/nn.yaml:79:7
%3220 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%3221 = pow %3220, %3219 : f64[] @ models/lib/nn.yaml:79:7
%3222 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3223 = sub %3222, %3221 : f64[] @ models/lib/nn.yaml:79:7
%3224 = sqrt %3223 : f64[] @ models/lib/nn.yaml:79:7
%3225 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3226 = div %3225, %3224 : f64[] @ models/lib/nn.yaml:79:7
%3227 = sqrt %3212 : f32[16,64] @ models/lib/nn.yaml:79:7
%3228 = cast %3226 : f32[] @ models/lib/nn.yaml:79:7
%3229 = broadcast %3228 : f32[16,64] @ models/lib/nn.yaml:79:7
%3230 = mul %3227, %3229 : f32[16,64] @ models/lib/nn.yaml:79:7
%3231 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%3232 = cast %3231 : f32[] @ models/lib/nn.yaml:79:7
%3233 = broadcast %3232 : f32[16,64] @ models/lib/nn.yaml:79:7
%3234 = add %3230, %3233 : f32[16,64] @ models/lib/nn.yaml:79:7
%3235 = div %3202, %3234 : f32[16,64] @ models/lib/nn.yaml:79:7
%3236 = cast %3218 : f32[] @ models/lib/nn.yaml:79:7
%3237 = broadcast %3236 : f32[16,64] @ models/lib/nn.yaml:79:7
%3238 = mul %3235, %3237 : f32[16,64] @ models/lib/nn.yaml:79:7
%3239 = sub %3193, %3238 : f32[16,64] @ models/lib/nn.yaml:79:7
%3240 = assign %21, %3239 : f32[16,64] @ models/lib/nn.yaml:79:7
%3241 = assign %3183, %3202 : f32[16,64] @ models/lib/nn.yaml:79:7
%3242 = assign %3184, %3212 : f32[16,64] @ models/lib/nn.yaml:79:7
%3243 = assign %3185, %3187 : i64[] @ models/lib/nn.yaml:79:7
%3244 = cast %1147 : f32[] @ models/lib/nn.yaml:79:7
%3245 = broadcast %3244 : f32[16,64] @ models/lib/nn.yaml:79:7
%3246 = mul %59, %3245 : f32[16,64] @ models/lib/nn.yaml:79:7
%3247 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3248 = sub %3247, %1147 : f64[] @ models/lib/nn.yaml:79:7
%3249 = cast %3248 : f32[] @ models/lib/nn.yaml:79:7
%3250 = broadcast %3249 : f32[16,64] @ models/lib/nn.yaml:79:7
%3251 = mul %3239, %3250 : f32[16,64] @ models/lib/nn.yaml:79:7
%3252 = add %3246, %3251 : f32[16,64] @ models/lib/nn.yaml:79:7
%3253 = assign %59, %3252 : f32[16,64] @ models/lib/nn.yaml:79:7
%3254 = all_reduce_sum %1844 : f32[16] @ models/lib/nn.yaml:80:7
%3255 = reshape %3254 : f32[16] @ models/lib/nn.yaml:80:7
%3256 = mul %3255, %3255 : f32[16] @ models/lib/nn.yaml:80:7
%3257 = reduce_sum %3256 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3258 = sqrt %3257 : f32[] @ models/lib/nn.yaml:80:7
%3259 = cast %3258 : f64[] @ models/lib/nn.yaml:80:7
%3260 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%3261 = add %3259, %3260 : f64[] @ models/lib/nn.yaml:80:7
%3262 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%3263 = div %3262, %3261 : f64[] @ models/lib/nn.yaml:80:7
%3264 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3265 = lt %3263, %3264 : bool[] @ models/lib/nn.yaml:80:7
%3266 = cast %3263 : f32[] @ models/lib/nn.yaml:80:7
%3267 = broadcast %3266 : f32[16] @ models/lib/nn.yaml:80:7
%3268 = mul %3254, %3267 : f32[16] @ models/lib/nn.yaml:80:7
%3269 = broadcast %3265 : bool[16] @ models/lib/nn.yaml:80:7
%3270 = select %3269, %3268, %3254 : f32[16] @ models/lib/nn.yaml:80:7
%3271 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3272 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3273 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3274 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%3275 = add %3273, %3274 : i64[] @ models/lib/nn.yaml:80:7
%3276 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%3277 = cast %3276 : f32[] @ models/lib/nn.yaml:80:7
%3278 = broadcast %3277 : f32[16] @ models/lib/nn.yaml:80:7
%3279 = mul %3270, %3278 : f32[16] @ models/lib/nn.yaml:80:7
%3280 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%3281 = cast %3280 : f32[] @ models/lib/nn.yaml:80:7
%3282 = broadcast %3281 : f32[16] @ models/lib/nn.yaml:80:7
%3283 = mul %3271, %3282 : f32[16] @ models/lib/nn.yaml:80:7
%3284 = add %3283, %3279 : f32[16] @ models/lib/nn.yaml:80:7
%3285 = mul %3270, %3270 : f32[16] @ models/lib/nn.yaml:80:7
%3286 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%3287 = cast %3286 : f32[] @ models/lib/nn.yaml:80:7
%3288 = broadcast %3287 : f32[16] @ models/lib/nn.yaml:80:7
%3289 = mul %3285, %3288 : f32[16] @ models/lib/nn.yaml:80:7
%3290 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%3291 = cast %3290 : f32[] @ models/lib/nn.yaml:80:7
%3292 = broadcast %3291 : f32[16] @ models/lib/nn.yaml:80:7
%3293 = mul %3272, %3292 : f32[16] @ models/lib/nn.yaml:80:7
%3294 = add %3293, %3289 : f32[16] @ models/lib/nn.yaml:80:7
%3295 = cast %3275 : f64[] @ models/lib/nn.yaml:80:7
%3296 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%3297 = pow %3296, %3295 : f64[] @ models/lib/nn.yaml:80:7
%3298 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3299 = sub %3298, %3297 : f64[] @ models/lib/nn.yaml:80:7
%3300 = div %1145, %3299 : f64[] @ models/lib/nn.yaml:80:7
%3301 = cast %3275 : f64[] @ models/lib/nn.yaml:80:7
%3302 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%3303 = pow %3302, %3301 : f64[] @ models/lib/nn.yaml:80:7
%3304 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3305 = sub %3304, %3303 : f64[] @ models/lib/nn.yaml:80:7
%3306 = sqrt %3305 : f64[] @ models/lib/nn.yaml:80:7
%3307 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3308 = div %3307, %3306 : f64[] @ models/lib/nn.yaml:80:7
%3309 = sqrt %3294 : f32[16] @ models/lib/nn.yaml:80:7
%3310 = cast %3308 : f32[] @ models/lib/nn.yaml:80:7
%3311 = broadcast %3310 : f32[16] @ models/lib/nn.yaml:80:7
%3312 = mul %3309, %3311 : f32[16] @ models/lib/nn.yaml:80:7
%3313 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%3314 = cast %3313 : f32[] @ models/lib/nn.yaml:80:7
%3315 = broadcast %3314 : f32[16] @ models/lib/nn.yaml:80:7
%3316 = add %3312, %3315 : f32[16] @ models/lib/nn.yaml:80:7
%3317 = div %3284, %3316 : f32[16] @ models/lib/nn.yaml:80:7
%3318 = cast %3300 : f32[] @ models/lib/nn.yaml:80:7
%3319 = broadcast %3318 : f32[16] @ models/lib/nn.yaml:80:7
%3320 = mul %3317, %3319 : f32[16] @ models/lib/nn.yaml:80:7
%3321 = sub %22, %3320 : f32[16] @ models/lib/nn.yaml:80:7
%3322 = assign %22, %3321 : f32[16] @ models/lib/nn.yaml:80:7
%3323 = assign %3271, %3284 : f32[16] @ models/lib/nn.yaml:80:7
%3324 = assign %3272, %3294 : f32[16] @ models/lib/nn.yaml:80:7
%3325 = assign %3273, %3275 : i64[] @ models/lib/nn.yaml:80:7
%3326 = cast %1147 : f32[] @ models/lib/nn.yaml:80:7
%3327 = broadcast %3326 : f32[16] @ models/lib/nn.yaml:80:7
%3328 = mul %60, %3327 : f32[16] @ models/lib/nn.yaml:80:7
%3329 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3330 = sub %3329, %1147 : f64[] @ models/lib/nn.yaml:80:7
%3331 = cast %3330 : f32[] @ models/lib/nn.yaml:80:7
%3332 = broadcast %3331 : f32[16] @ models/lib/nn.yaml:80:7
%3333 = mul %3321, %3332 : f32[16] @ models/lib/nn.yaml:80:7
%3334 = add %3328, %3333 : f32[16] @ models/lib/nn.yaml:80:7
%3335 = assign %60, %3334 : f32[16] @ models/lib/nn.yaml:80:7
%3336 = all_reduce_sum %1820 : f32[16] @ models/lib/nn.yaml:89:7
%3337 = reshape %3336 : f32[16] @ models/lib/nn.yaml:89:7
%3338 = mul %3337, %3337 : f32[16] @ models/lib/nn.yaml:89:7
%3339 = reduce_sum %3338 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%3340 = sqrt %3339 : f32[] @ models/lib/nn.yaml:89:7
%3341 = cast %3340 : f64[] @ models/lib/nn.yaml:89:7
%3342 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%3343 = add %3341, %3342 : f64[] @ models/lib/nn.yaml:89:7
%3344 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%3345 = div %3344, %3343 : f64[] @ models/lib/nn.yaml:89:7
%3346 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3347 = lt %3345, %3346 : bool[] @ models/lib/nn.yaml:89:7
%3348 = cast %3345 : f32[] @ models/lib/nn.yaml:89:7
%3349 = broadcast %3348 : f32[16] @ models/lib/nn.yaml:89:7
%3350 = mul %3336, %3349 : f32[16] @ models/lib/nn.yaml:89:7
%3351 = broadcast %3347 : bool[16] @ models/lib/nn.yaml:89:7
%3352 = select %3351, %3350, %3336 : f32[16] @ models/lib/nn.yaml:89:7
%3353 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3354 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3355 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3356 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%3357 = add %3355, %3356 : i64[] @ models/lib/nn.yaml:89:7
%3358 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%3359 = cast %3358 : f32[] @ models/lib/nn.yaml:89:7
%3360 = broadcast %3359 : f32[16] @ models/lib/nn.yaml:89:7
%3361 = mul %3352, %3360 : f32[16] @ models/lib/nn.yaml:89:7
%3362 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%3363 = cast %3362 : f32[] @ models/lib/nn.yaml:89:7
%3364 = broadcast %3363 : f32[16] @ models/lib/nn.yaml:89:7
%3365 = mul %3353, %3364 : f32[16] @ models/lib/nn.yaml:89:7
%3366 = add %3365, %3361 : f32[16] @ models/lib/nn.yaml:89:7
%3367 = mul %3352, %3352 : f32[16] @ models/lib/nn.yaml:89:7
%3368 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%3369 = cast %3368 : f32[] @ models/lib/nn.yaml:89:7
%3370 = broadcast %3369 : f32[16] @ models/lib/nn.yaml:89:7
%3371 = mul %3367, %3370 : f32[16] @ models/lib/nn.yaml:89:7
%3372 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%3373 = cast %3372 : f32[] @ models/lib/nn.yaml:89:7
%3374 = broadcast %3373 : f32[16] @ models/lib/nn.yaml:89:7
%3375 = mul %3354, %3374 : f32[16] @ models/lib/nn.yaml:89:7
%3376 = add %3375, %3371 : f32[16] @ models/lib/nn.yaml:89:7
%3377 = cast %3357 : f64[] @ models/lib/nn.yaml:89:7
%3378 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%3379 = pow %3378, %3377 : f64[] @ models/lib/nn.yaml:89:7
%3380 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3381 = sub %3380, %3379 : f64[] @ models/lib/nn.yaml:89:7
%3382 = div %1145, %3381 : f64[] @ models/lib/nn.yaml:89:7
%3383 = cast %3357 : f64[] @ models/lib/nn.yaml:89:7
%3384 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%3385 = pow %3384, %3383 : f64[] @ models/lib/nn.yaml:89:7
%3386 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3387 = sub %3386, %3385 : f64[] @ models/lib/nn.yaml:89:7
%3388 = sqrt %3387 : f64[] @ models/lib/nn.yaml:89:7
%3389 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3390 = div %3389, %3388 : f64[] @ models/lib/nn.yaml:89:7
%3391 = sqrt %3376 : f32[16] @ models/lib/nn.yaml:89:7
%3392 = cast %3390 : f32[] @ models/lib/nn.yaml:89:7
%3393 = broadcast %3392 : f32[16] @ models/lib/nn.yaml:89:7
%3394 = mul %3391, %3393 : f32[16] @ models/lib/nn.yaml:89:7
%3395 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%3396 = cast %3395 : f32[] @ models/lib/nn.yaml:89:7
%3397 = broadcast %3396 : f32[16] @ models/lib/nn.yaml:89:7
%3398 = add %3394, %3397 : f32[16] @ models/lib/nn.yaml:89:7
%3399 = div %3366, %3398 : f32[16] @ models/lib/nn.yaml:89:7
%3400 = cast %3382 : f32[] @ models/lib/nn.yaml:89:7
%3401 = broadcast %3400 : f32[16] @ models/lib/nn.yaml:89:7
%3402 = mul %3399, %3401 : f32[16] @ models/lib/nn.yaml:89:7
%3403 = sub %23, %3402 : f32[16] @ models/lib/nn.yaml:89:7
%3404 = assign %23, %3403 : f32[16] @ models/lib/nn.yaml:89:7
%3405 = assign %3353, %3366 : f32[16] @ models/lib/nn.yaml:89:7
%3406 = assign %3354, %3376 : f32[16] @ models/lib/nn.yaml:89:7
%3407 = assign %3355, %3357 : i64[] @ models/lib/nn.yaml:89:7
%3408 = cast %1147 : f32[] @ models/lib/nn.yaml:89:7
%3409 = broadcast %3408 : f32[16] @ models/lib/nn.yaml:89:7
%3410 = mul %61, %3409 : f32[16] @ models/lib/nn.yaml:89:7
%3411 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3412 = sub %3411, %1147 : f64[] @ models/lib/nn.yaml:89:7
%3413 = cast %3412 : f32[] @ models/lib/nn.yaml:89:7
%3414 = broadcast %3413 : f32[16] @ models/lib/nn.yaml:89:7
%3415 = mul %3403, %3414 : f32[16] @ models/lib/nn.yaml:89:7
%3416 = add %3410, %3415 : f32[16] @ models/lib/nn.yaml:89:7
%3417 = assign %61, %3416 : f32[16] @ models/lib/nn.yaml:89:7
%3418 = all_reduce_sum %1815 : f32[16] @ models/lib/nn.yaml:90:7
%3419 = reshape %3418 : f32[16] @ models/lib/nn.yaml:90:7
%3420 = mul %3419, %3419 : f32[16] @ models/lib/nn.yaml:90:7
%3421 = reduce_sum %3420 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%3422 = sqrt %3421 : f32[] @ models/lib/nn.yaml:90:7
%3423 = cast %3422 : f64[] @ models/lib/nn.yaml:90:7
%3424 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%3425 = add %3423, %3424 : f64[] @ models/lib/nn.yaml:90:7
%3426 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%3427 = div %3426, %3425 : f64[] @ models/lib/nn.yaml:90:7
%3428 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3429 = lt %3427, %3428 : bool[] @ models/lib/nn.yaml:90:7
%3430 = cast %3427 : f32[] @ models/lib/nn.yaml:90:7
%3431 = broadcast %3430 : f32[16] @ models/lib/nn.yaml:90:7
%3432 = mul %3418, %3431 : f32[16] @ models/lib/nn.yaml:90:7
%3433 = broadcast %3429 : bool[16] @ models/lib/nn.yaml:90:7
%3434 = select %3433, %3432, %3418 : f32[16] @ models/lib/nn.yaml:90:7
%3435 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3436 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3437 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3438 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%3439 = add %3437, %3438 : i64[] @ models/lib/nn.yaml:90:7
%3440 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%3441 = cast %3440 : f32[] @ models/lib/nn.yaml:90:7
%3442 = broadcast %3441 : f32[16] @ models/lib/nn.yaml:90:7
%3443 = mul %3434, %3442 : f32[16] @ models/lib/nn.yaml:90:7
%3444 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%3445 = cast %3444 : f32[] @ models/lib/nn.yaml:90:7
%3446 = broadcast %3445 : f32[16] @ models/lib/nn.yaml:90:7
%3447 = mul %3435, %3446 : f32[16] @ models/lib/nn.yaml:90:7
%3448 = add %3447, %3443 : f32[16] @ models/lib/nn.yaml:90:7
%3449 = mul %3434, %3434 : f32[16] @ models/lib/nn.yaml:90:7
%3450 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%3451 = cast %3450 : f32[] @ models/lib/nn.yaml:90:7
%3452 = broadcast %3451 : f32[16] @ models/lib/nn.yaml:90:7
%3453 = mul %3449, %3452 : f32[16] @ models/lib/nn.yaml:90:7
%3454 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%3455 = cast %3454 : f32[] @ models/lib/nn.yaml:90:7
%3456 = broadcast %3455 : f32[16] @ models/lib/nn.yaml:90:7
%3457 = mul %3436, %3456 : f32[16] @ models/lib/nn.yaml:90:7
%3458 = add %3457, %3453 : f32[16] @ models/lib/nn.yaml:90:7
%3459 = cast %3439 : f64[] @ models/lib/nn.yaml:90:7
%3460 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%3461 = pow %3460, %3459 : f64[] @ models/lib/nn.yaml:90:7
%3462 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3463 = sub %3462, %3461 : f64[] @ models/lib/nn.yaml:90:7
%3464 = div %1145, %3463 : f64[] @ models/lib/nn.yaml:90:7
%3465 = cast %3439 : f64[] @ models/lib/nn.yaml:90:7
%3466 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%3467 = pow %3466, %3465 : f64[] @ models/lib/nn.yaml:90:7
%3468 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3469 = sub %3468, %3467 : f64[] @ models/lib/nn.yaml:90:7
%3470 = sqrt %3469 : f64[] @ models/lib/nn.yaml:90:7
%3471 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3472 = div %3471, %3470 : f64[] @ models/lib/nn.yaml:90:7
%3473 = sqrt %3458 : f32[16] @ models/lib/nn.yaml:90:7
%3474 = cast %3472 : f32[] @ models/lib/nn.yaml:90:7
%3475 = broadcast %3474 : f32[16] @ models/lib/nn.yaml:90:7
%3476 = mul %3473, %3475 : f32[16] @ models/lib/nn.yaml:90:7
%3477 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%3478 = cast %3477 : f32[] @ models/lib/nn.yaml:90:7
%3479 = broadcast %3478 : f32[16] @ models/lib/nn.yaml:90:7
%3480 = add %3476, %3479 : f32[16] @ models/lib/nn.yaml:90:7
%3481 = div %3448, %3480 : f32[16] @ models/lib/nn.yaml:90:7
%3482 = cast %3464 : f32[] @ models/lib/nn.yaml:90:7
%3483 = broadcast %3482 : f32[16] @ models/lib/nn.yaml:90:7
%3484 = mul %3481, %3483 : f32[16] @ models/lib/nn.yaml:90:7
%3485 = sub %24, %3484 : f32[16] @ models/lib/nn.yaml:90:7
%3486 = assign %24, %3485 : f32[16] @ models/lib/nn.yaml:90:7
%3487 = assign %3435, %3448 : f32[16] @ models/lib/nn.yaml:90:7
%3488 = assign %3436, %3458 : f32[16] @ models/lib/nn.yaml:90:7
%3489 = assign %3437, %3439 : i64[] @ models/lib/nn.yaml:90:7
%3490 = cast %1147 : f32[] @ models/lib/nn.yaml:90:7
%3491 = broadcast %3490 : f32[16] @ models/lib/nn.yaml:90:7
%3492 = mul %62, %3491 : f32[16] @ models/lib/nn.yaml:90:7
%3493 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3494 = sub %3493, %1147 : f64[] @ models/lib/nn.yaml:90:7
%3495 = cast %3494 : f32[] @ models/lib/nn.yaml:90:7
%3496 = broadcast %3495 : f32[16] @ models/lib/nn.yaml:90:7
%3497 = mul %3485, %3496 : f32[16] @ models/lib/nn.yaml:90:7
%3498 = add %3492, %3497 : f32[16] @ models/lib/nn.yaml:90:7
%3499 = assign %62, %3498 : f32[16] @ models/lib/nn.yaml:90:7
%3500 = all_reduce_sum %1812 : f32[48,16] @ models/lib/nn.yaml:79:7
%3501 = reshape %3500 : f32[768] @ models/lib/nn.yaml:79:7
%3502 = mul %3501, %3501 : f32[768] @ models/lib/nn.yaml:79:7
%3503 = reduce_sum %3502 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3504 = sqrt %3503 : f32[] @ models/lib/nn.yaml:79:7
%3505 = cast %3504 : f64[] @ models/lib/nn.yaml:79:7
%3506 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%3507 = add %3505, %3506 : f64[] @ models/lib/nn.yaml:79:7
%3508 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%3509 = div %3508, %3507 : f64[] @ models/lib/nn.yaml:79:7
%3510 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3511 = lt %3509, %3510 : bool[] @ models/lib/nn.yaml:79:7
%3512 = cast %3509 : f32[] @ models/lib/nn.yaml:79:7
%3513 = broadcast %3512 : f32[48,16] @ models/lib/nn.yaml:79:7
%3514 = mul %3500, %3513 : f32[48,16] @ models/lib/nn.yaml:79:7
%3515 = broadcast %3511 : bool[48,16] @ models/lib/nn.yaml:79:7
%3516 = select %3515, %3514, %3500 : f32[48,16] @ models/lib/nn.yaml:79:7
%3517 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%3518 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%3519 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3520 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%3521 = add %3519, %3520 : i64[] @ models/lib/nn.yaml:79:7
%3522 = mul %1145, %1146 : f64[] @ models/lib/nn.yaml:79:7
%3523 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3524 = sub %3523, %3522 : f64[] @ models/lib/nn.yaml:79:7
%3525 = cast %3524 : f32[] @ models/lib/nn.yaml:79:7
%3526 = broadcast %3525 : f32[48,16] @ models/lib/nn.yaml:79:7
%3527 = mul %25, %3526 : f32[48,16] @ models/lib/nn.yaml:79:7
%3528 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%3529 = cast %3528 : f32[] @ models/lib/nn.yaml:79:7
%3530 = broadcast %3529 : f32[48,16] @ models/lib/nn.yaml:79:7
%3531 = mul %3516, %3530 : f32[48,16] @ models/lib/nn.yaml:79:7
%3532 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%3533 = cast %3532 : f32[] @ models/lib/nn.yaml:79:7
%3534 = broadcast %3533 : f32[48,16] @ models/lib/nn.yaml:79:7
%3535 = mul %3517, %3534 : f32[48,16] @ models/lib/nn.yaml:79:7
%3536 = add %3535, %3531 : f32[48,16] @ models/lib/nn.yaml:79:7
%3537 = mul %3516, %3516 : f32[48,16] @ models/lib/nn.yaml:79:7
%3538 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%3539 = cast %3538 : f32[] @ models/lib/nn.yaml:79:7
%3540 = broadcast %3539 : f32[48,16] @ models/lib/nn.yaml:79:7
%3541 = mul %3537, %3540 : f32[48,16] @ models/lib/nn.yaml:79:7
%3542 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%3543 = cast %3542 : f32[] @ models/lib/nn.yaml:79:7
%3544 = broadcast %3543 : f32[48,16] @ models/lib/nn.yaml:79:7
%3545 = mul %3518, %3544 : f32[48,16] @ models/lib/nn.yaml:79:7
%3546 = add %3545, %3541 : f32[48,16] @ models/lib/nn.yaml:79:7
%3547 = cast %3521 : f64[] @ models/lib/nn.yaml:79:7
%3548 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%3549 = pow %3548, %3547 : f64[] @ models/lib/nn.yaml:79:7
%3550 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3551 = sub %3550, %3549 : f64[] @ models/lib/nn.yaml:79:7
%3552 = div %1145, %3551 : f64[] @ models/lib/nn.yaml:79:7
%3553 = cast %3521 : f64[] @ models/lib/nn.yaml:79:7
%3554 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%3555 = pow %3554, %3553 : f64[] @ models/lib/nn.yaml:79:7
%3556 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3557 = sub %3556, %3555 : f64[] @ models/lib/nn.yaml:79:7
%3558 = sqrt %3557 : f64[] @ models/lib/nn.yaml:79:7
%3559 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3560 = div %3559, %3558 : f64[] @ models/lib/nn.yaml:79:7
%3561 = sqrt %3546 : f32[48,16] @ models/lib/nn.yaml:79:7
%3562 = cast %3560 : f32[] @ models/lib/nn.yaml:79:7
%3563 = broadcast %3562 : f32[48,16] @ models/lib/nn.yaml:79:7
%3564 = mul %3561, %3563 : f32[48,16] @ models/lib/nn.yaml:79:7
%3565 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%3566 = cast %3565 : f32[] @ models/lib/nn.yaml:79:7
%3567 = broadcast %3566 : f32[48,16] @ models/lib/nn.yaml:79:7
%3568 = add %3564, %3567 : f32[48,16] @ models/lib/nn.yaml:79:7
%3569 = div %3536, %3568 : f32[48,16] @ models/lib/nn.yaml:79:7
%3570 = cast %3552 : f32[] @ models/lib/nn.yaml:79:7
%3571 = broadcast %3570 : f32[48,16] @ models/lib/nn.yaml:79:7
%3572 = mul %3569, %3571 : f32[48,16] @ models/lib/nn.yaml:79:7
%3573 = sub %3527, %3572 : f32[48,16] @ models/lib/nn.yaml:79:7
%3574 = assign %25, %3573 : f32[48,16] @ models/lib/nn.yaml:79:7
%3575 = assign %3517, %3536 : f32[48,16] @ models/lib/nn.yaml:79:7
%3576 = assign %3518, %3546 : f32[48,16] @ models/lib/nn.yaml:79:7
%3577 = assign %3519, %3521 : i64[] @ models/lib/nn.yaml:79:7
%3578 = cast %1147 : f32[] @ models/lib/nn.yaml:79:7
%3579 = broadcast %3578 : f32[48,16] @ models/lib/nn.yaml:79:7
%3580 = mul %63, %3579 : f32[48,16] @ models/lib/nn.yaml:79:7
%3581 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3582 = sub %3581, %1147 : f64[] @ models/lib/nn.yaml:79:7
%3583 = cast %3582 : f32[] @ models/lib/nn.yaml:79:7
%3584 = broadcast %3583 : f32[48,16] @ models/lib/nn.yaml:79:7
%3585 = mul %3573, %3584 : f32[48,16] @ models/lib/nn.yaml:79:7
%3586 = add %3580, %3585 : f32[48,16] @ models/lib/nn.yaml:79:7
%3587 = assign %63, %3586 : f32[48,16] @ models/lib/nn.yaml:79:7
%3588 = all_reduce_sum %1807 : f32[48] @ models/lib/nn.yaml:80:7
%3589 = reshape %3588 : f32[48] @ models/lib/nn.yaml:80:7
%3590 = mul %3589, %3589 : f32[48] @ models/lib/nn.yaml:80:7
%3591 = reduce_sum %3590 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3592 = sqrt %3591 : f32[] @ models/lib/nn.yaml:80:7
%3593 = cast %3592 : f64[] @ models/lib/nn.yaml:80:7
%3594 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%3595 = add %3593, %3594 : f64[] @ models/lib/nn.yaml:80:7
%3596 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%3597 = div %3596, %3595 : f64[] @ models/lib/nn.yaml:80:7
%3598 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3599 = lt %3597, %3598 : bool[] @ models/lib/nn.yaml:80:7
%3600 = cast %3597 : f32[] @ models/lib/nn.yaml:80:7
%3601 = broadcast %3600 : f32[48] @ models/lib/nn.yaml:80:7
%3602 = mul %3588, %3601 : f32[48] @ models/lib/nn.yaml:80:7
%3603 = broadcast %3599 : bool[48] @ models/lib/nn.yaml:80:7
%3604 = select %3603, %3602, %3588 : f32[48] @ models/lib/nn.yaml:80:7
%3605 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%3606 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%3607 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3608 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%3609 = add %3607, %3608 : i64[] @ models/lib/nn.yaml:80:7
%3610 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%3611 = cast %3610 : f32[] @ models/lib/nn.yaml:80:7
%3612 = broadcast %3611 : f32[48] @ models/lib/nn.yaml:80:7
%3613 = mul %3604, %3612 : f32[48] @ models/lib/nn.yaml:80:7
%3614 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%3615 = cast %3614 : f32[] @ models/lib/nn.yaml:80:7
%3616 = broadcast %3615 : f32[48] @ models/lib/nn.yaml:80:7
%3617 = mul %3605, %3616 : f32[48] @ models/lib/nn.yaml:80:7
%3618 = add %3617, %3613 : f32[48] @ models/lib/nn.yaml:80:7
%3619 = mul %3604, %3604 : f32[48] @ models/lib/nn.yaml:80:7
%3620 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%3621 = cast %3620 : f32[] @ models/lib/nn.yaml:80:7
%3622 = broadcast %3621 : f32[48] @ models/lib/nn.yaml:80:7
%3623 = mul %3619, %3622 : f32[48] @ models/lib/nn.yaml:80:7
%3624 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%3625 = cast %3624 : f32[] @ models/lib/nn.yaml:80:7
%3626 = broadcast %3625 : f32[48] @ models/lib/nn.yaml:80:7
%3627 = mul %3606, %3626 : f32[48] @ models/lib/nn.yaml:80:7
%3628 = add %3627, %3623 : f32[48] @ models/lib/nn.yaml:80:7
%3629 = cast %3609 : f64[] @ models/lib/nn.yaml:80:7
%3630 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%3631 = pow %3630, %3629 : f64[] @ models/lib/nn.yaml:80:7
%3632 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3633 = sub %3632, %3631 : f64[] @ models/lib/nn.yaml:80:7
%3634 = div %1145, %3633 : f64[] @ models/lib/nn.yaml:80:7
%3635 = cast %3609 : f64[] @ models/lib/nn.yaml:80:7
%3636 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%3637 = pow %3636, %3635 : f64[] @ models/lib/nn.yaml:80:7
%3638 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3639 = sub %3638, %3637 : f64[] @ models/lib/nn.yaml:80:7
%3640 = sqrt %3639 : f64[] @ models/lib/nn.yaml:80:7
%3641 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3642 = div %3641, %3640 : f64[] @ models/lib/nn.yaml:80:7
%3643 = sqrt %3628 : f32[48] @ models/lib/nn.yaml:80:7
%3644 = cast %3642 : f32[] @ models/lib/nn.yaml:80:7
%3645 = broadcast %3644 : f32[48] @ models/lib/nn.yaml:80:7
%3646 = mul %3643, %3645 : f32[48] @ models/lib/nn.yaml:80:7
%3647 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%3648 = cast %3647 : f32[] @ models/lib/nn.yaml:80:7
%3649 = broadcast %3648 : f32[48] @ models/lib/nn.yaml:80:7
%3650 = add %3646, %3649 : f32[48] @ models/lib/nn.yaml:80:7
%3651 = div %3618, %3650 : f32[48] @ models/lib/nn.yaml:80:7
%3652 = cast %3634 : f32[] @ models/lib/nn.yaml:80:7
%3653 = broadcast %3652 : f32[48] @ models/lib/nn.yaml:80:7
%3654 = mul %3651, %3653 : f32[48] @ models/lib/nn.yaml:80:7
%3655 = sub %26, %3654 : f32[48] @ models/lib/nn.yaml:80:7
%3656 = assign %26, %3655 : f32[48] @ models/lib/nn.yaml:80:7
%3657 = assign %3605, %3618 : f32[48] @ models/lib/nn.yaml:80:7
%3658 = assign %3606, %3628 : f32[48] @ models/lib/nn.yaml:80:7
%3659 = assign %3607, %3609 : i64[] @ models/lib/nn.yaml:80:7
%3660 = cast %1147 : f32[] @ models/lib/nn.yaml:80:7
%3661 = broadcast %3660 : f32[48] @ models/lib/nn.yaml:80:7
%3662 = mul %64, %3661 : f32[48] @ models/lib/nn.yaml:80:7
%3663 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3664 = sub %3663, %1147 : f64[] @ models/lib/nn.yaml:80:7
%3665 = cast %3664 : f32[] @ models/lib/nn.yaml:80:7
%3666 = broadcast %3665 : f32[48] @ models/lib/nn.yaml:80:7
%3667 = mul %3655, %3666 : f32[48] @ models/lib/nn.yaml:80:7
%3668 = add %3662, %3667 : f32[48] @ models/lib/nn.yaml:80:7
%3669 = assign %64, %3668 : f32[48] @ models/lib/nn.yaml:80:7
%3670 = all_reduce_sum %1780 : f32[16,16] @ models/lib/nn.yaml:79:7
%3671 = reshape %3670 : f32[256] @ models/lib/nn.yaml:79:7
%3672 = mul %3671, %3671 : f32[256] @ models/lib/nn.yaml:79:7
%3673 = reduce_sum %3672 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3674 = sqrt %3673 : f32[] @ models/lib/nn.yaml:79:7
%3675 = cast %3674 : f64[] @ models/lib/nn.yaml:79:7
%3676 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%3677 = add %3675, %3676 : f64[] @ models/lib/nn.yaml:79:7
%3678 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%3679 = div %3678, %3677 : f64[] @ models/lib/nn.yaml:79:7
%3680 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3681 = lt %3679, %3680 : bool[] @ models/lib/nn.yaml:79:7
%3682 = cast %3679 : f32[] @ models/lib/nn.yaml:79:7
%3683 = broadcast %3682 : f32[16,16] @ models/lib/nn.yaml:79:7
%3684 = mul %3670, %3683 : f32[16,16] @ models/lib/nn.yaml:79:7
%3685 = broadcast %3681 : bool[16,16] @ models/lib/nn.yaml:79:7
%3686 = select %3685, %3684, %3670 : f32[16,16] @ models/lib/nn.yaml:79:7
%3687 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%3688 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%3689 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3690 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%3691 = add %3689, %3690 : i64[] @ models/lib/nn.yaml:79:7
%3692 = mul %1145, %1146 : f64[] @ models/lib/nn.yaml:79:7
%3693 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3694 = sub %3693, %3692 : f64[] @ models/lib/nn.yaml:79:7
%3695 = cast %3694 : f32[] @ models/lib/nn.yaml:79:7
%3696 = broadcast %3695 : f32[16,16] @ models/lib/nn.yaml:79:7
%3697 = mul %27, %3696 : f32[16,16] @ models/lib/nn.yaml:79:7
%3698 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%3699 = cast %3698 : f32[] @ models/lib/nn.yaml:79:7
%3700 = broadcast %3699 : f32[16,16] @ models/lib/nn.yaml:79:7
%3701 = mul %3686, %3700 : f32[16,16] @ models/lib/nn.yaml:79:7
%3702 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%3703 = cast %3702 : f32[] @ models/lib/nn.yaml:79:7
%3704 = broadcast %3703 : f32[16,16] @ models/lib/nn.yaml:79:7
%3705 = mul %3687, %3704 : f32[16,16] @ models/lib/nn.yaml:79:7
%3706 = add %3705, %3701 : f32[16,16] @ models/lib/nn.yaml:79:7
%3707 = mul %3686, %3686 : f32[16,16] @ models/lib/nn.yaml:79:7
%3708 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%3709 = cast %3708 : f32[] @ models/lib/nn.yaml:79:7
%3710 = broadcast %3709 : f32[16,16] @ models/lib/nn.yaml:79:7
%3711 = mul %3707, %3710 : f32[16,16] @ models/lib/nn.yaml:79:7
%3712 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%3713 = cast %3712 : f32[] @ models/lib/nn.yaml:79:7
%3714 = broadcast %3713 : f32[16,16] @ models/lib/nn.yaml:79:7
%3715 = mul %3688, %3714 : f32[16,16] @ models/lib/nn.yaml:79:7
%3716 = add %3715, %3711 : f32[16,16] @ models/lib/nn.yaml:79:7
%3717 = cast %3691 : f64[] @ models/lib/nn.yaml:79:7
%3718 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%3719 = pow %3718, %3717 : f64[] @ models/lib/nn.yaml:79:7
%3720 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3721 = sub %3720, %3719 : f64[] @ models/lib/nn.yaml:79:7
%3722 = div %1145, %3721 : f64[] @ models/lib/nn.yaml:79:7
%3723 = cast %3691 : f64[] @ models/lib/nn.yaml:79:7
%3724 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%3725 = pow %3724, %3723 : f64[] @ models/lib/nn.yaml:79:7
%3726 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3727 = sub %3726, %3725 : f64[] @ models/lib/nn.yaml:79:7
%3728 = sqrt %3727 : f64[] @ models/lib/nn.yaml:79:7
%3729 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3730 = div %3729, %3728 : f64[] @ models/lib/nn.yaml:79:7
%3731 = sqrt %3716 : f32[16,16] @ models/lib/nn.yaml:79:7
%3732 = cast %3730 : f32[] @ models/lib/nn.yaml:79:7
%3733 = broadcast %3732 : f32[16,16] @ models/lib/nn.yaml:79:7
%3734 = mul %3731, %3733 : f32[16,16] @ models/lib/nn.yaml:79:7
%3735 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%3736 = cast %3735 : f32[] @ models/lib/nn.yaml:79:7
%3737 = broadcast %3736 : f32[16,16] @ models/lib/nn.yaml:79:7
%3738 = add %3734, %3737 : f32[16,16] @ models/lib/nn.yaml:79:7
%3739 = div %3706, %3738 : f32[16,16] @ models/lib/nn.yaml:79:7
%3740 = cast %3722 : f32[] @ models/lib/nn.yaml:79:7
%3741 = broadcast %3740 : f32[16,16] @ models/lib/nn.yaml:79:7
%3742 = mul %3739, %3741 : f32[16,16] @ models/lib/nn.yaml:79:7
%3743 = sub %3697, %3742 : f32[16,16] @ models/lib/nn.yaml:79:7
%3744 = assign %27, %3743 : f32[16,16] @ models/lib/nn.yaml:79:7
%3745 = assign %3687, %3706 : f32[16,16] @ models/lib/nn.yaml:79:7
%3746 = assign %3688, %3716 : f32[16,16] @ models/lib/nn.yaml:79:7
%3747 = assign %3689, %3691 : i64[] @ models/lib/nn.yaml:79:7
%3748 = cast %1147 : f32[] @ models/lib/nn.yaml:79:7
%3749 = broadcast %3748 : f32[16,16] @ models/lib/nn.yaml:79:7
%3750 = mul %65, %3749 : f32[16,16] @ models/lib/nn.yaml:79:7
%3751 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3752 = sub %3751, %1147 : f64[] @ models/lib/nn.yaml:79:7
%3753 = cast %3752 : f32[] @ models/lib/nn.yaml:79:7
%3754 = broadcast %3753 : f32[16,16] @ models/lib/nn.yaml:79:7
%3755 = mul %3743, %3754 : f32[16,16] @ models/lib/nn.yaml:79:7
%3756 = add %3750, %3755 : f32[16,16] @ models/lib/nn.yaml:79:7
%3757 = assign %65, %3756 : f32[16,16] @ models/lib/nn.yaml:79:7
%3758 = all_reduce_sum %1775 : f32[16] @ models/lib/nn.yaml:80:7
%3759 = reshape %3758 : f32[16] @ models/lib/nn.yaml:80:7
%3760 = mul %3759, %3759 : f32[16] @ models/lib/nn.yaml:80:7
%3761 = reduce_sum %3760 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3762 = sqrt %3761 : f32[] @ models/lib/nn.yaml:80:7
%3763 = cast %3762 : f64[] @ models/lib/nn.yaml:80:7
%3764 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%3765 = add %3763, %3764 : f64[] @ models/lib/nn.yaml:80:7
%3766 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%3767 = div %3766, %3765 : f64[] @ models/lib/nn.yaml:80:7
%3768 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3769 = lt %3767, %3768 : bool[] @ models/lib/nn.yaml:80:7
%3770 = cast %3767 : f32[] @ models/lib/nn.yaml:80:7
%3771 = broadcast %3770 : f32[16] @ models/lib/nn.yaml:80:7
%3772 = mul %3758, %3771 : f32[16] @ models/lib/nn.yaml:80:7
%3773 = broadcast %3769 : bool[16] @ models/lib/nn.yaml:80:7
%3774 = select %3773, %3772, %3758 : f32[16] @ models/lib/nn.yaml:80:7
%3775 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3776 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3777 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3778 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%3779 = add %3777, %3778 : i64[] @ models/lib/nn.yaml:80:7
%3780 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%3781 = cast %3780 : f32[] @ models/lib/nn.yaml:80:7
%3782 = broadcast %3781 : f32[16] @ models/lib/nn.yaml:80:7
%3783 = mul %3774, %3782 : f32[16] @ models/lib/nn.yaml:80:7
%3784 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%3785 = cast %3784 : f32[] @ models/lib/nn.yaml:80:7
%3786 = broadcast %3785 : f32[16] @ models/lib/nn.yaml:80:7
%3787 = mul %3775, %3786 : f32[16] @ models/lib/nn.yaml:80:7
%3788 = add %3787, %3783 : f32[16] @ models/lib/nn.yaml:80:7
%3789 = mul %3774, %3774 : f32[16] @ models/lib/nn.yaml:80:7
%3790 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%3791 = cast %3790 : f32[] @ models/lib/nn.yaml:80:7
%3792 = broadcast %3791 : f32[16] @ models/lib/nn.yaml:80:7
%3793 = mul %3789, %3792 : f32[16] @ models/lib/nn.yaml:80:7
%3794 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%3795 = cast %3794 : f32[] @ models/lib/nn.yaml:80:7
%3796 = broadcast %3795 : f32[16] @ models/lib/nn.yaml:80:7
%3797 = mul %3776, %3796 : f32[16] @ models/lib/nn.yaml:80:7
%3798 = add %3797, %3793 : f32[16] @ models/lib/nn.yaml:80:7
%3799 = cast %3779 : f64[] @ models/lib/nn.yaml:80:7
%3800 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%3801 = pow %3800, %3799 : f64[] @ models/lib/nn.yaml:80:7
%3802 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3803 = sub %3802, %3801 : f64[] @ models/lib/nn.yaml:80:7
%3804 = div %1145, %3803 : f64[] @ models/lib/nn.yaml:80:7
%3805 = cast %3779 : f64[] @ models/lib/nn.yaml:80:7
%3806 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%3807 = pow %3806, %3805 : f64[] @ models/lib/nn.yaml:80:7
%3808 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3809 = sub %3808, %3807 : f64[] @ models/lib/nn.yaml:80:7
%3810 = sqrt %3809 : f64[] @ models/lib/nn.yaml:80:7
%3811 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3812 = div %3811, %3810 : f64[] @ models/lib/nn.yaml:80:7
%3813 = sqrt %3798 : f32[16] @ models/lib/nn.yaml:80:7
%3814 = cast %3812 : f32[] @ models/lib/nn.yaml:80:7
%3815 = broadcast %3814 : f32[16] @ models/lib/nn.yaml:80:7
%3816 = mul %3813, %3815 : f32[16] @ models/lib/nn.yaml:80:7
%3817 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%3818 = cast %3817 : f32[] @ models/lib/nn.yaml:80:7
%3819 = broadcast %3818 : f32[16] @ models/lib/nn.yaml:80:7
%3820 = add %3816, %3819 : f32[16] @ models/lib/nn.yaml:80:7
%3821 = div %3788, %3820 : f32[16] @ models/lib/nn.yaml:80:7
%3822 = cast %3804 : f32[] @ models/lib/nn.yaml:80:7
%3823 = broadcast %3822 : f32[16] @ models/lib/nn.yaml:80:7
%3824 = mul %3821, %3823 : f32[16] @ models/lib/nn.yaml:80:7
%3825 = sub %28, %3824 : f32[16] @ models/lib/nn.yaml:80:7
%3826 = assign %28, %3825 : f32[16] @ models/lib/nn.yaml:80:7
%3827 = assign %3775, %3788 : f32[16] @ models/lib/nn.yaml:80:7
%3828 = assign %3776, %3798 : f32[16] @ models/lib/nn.yaml:80:7
%3829 = assign %3777, %3779 : i64[] @ models/lib/nn.yaml:80:7
%3830 = cast %1147 : f32[] @ models/lib/nn.yaml:80:7
%3831 = broadcast %3830 : f32[16] @ models/lib/nn.yaml:80:7
%3832 = mul %66, %3831 : f32[16] @ models/lib/nn.yaml:80:7
%3833 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3834 = sub %3833, %1147 : f64[] @ models/lib/nn.yaml:80:7
%3835 = cast %3834 : f32[] @ models/lib/nn.yaml:80:7
%3836 = broadcast %3835 : f32[16] @ models/lib/nn.yaml:80:7
%3837 = mul %3825, %3836 : f32[16] @ models/lib/nn.yaml:80:7
%3838 = add %3832, %3837 : f32[16] @ models/lib/nn.yaml:80:7
%3839 = assign %66, %3838 : f32[16] @ models/lib/nn.yaml:80:7
%3840 = all_reduce_sum %1749 : f32[16] @ models/lib/nn.yaml:89:7
%3841 = reshape %3840 : f32[16] @ models/lib/nn.yaml:89:7
%3842 = mul %3841, %3841 : f32[16] @ models/lib/nn.yaml:89:7
%3843 = reduce_sum %3842 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%3844 = sqrt %3843 : f32[] @ models/lib/nn.yaml:89:7
%3845 = cast %3844 : f64[] @ models/lib/nn.yaml:89:7
%3846 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%3847 = add %3845, %3846 : f64[] @ models/lib/nn.yaml:89:7
%3848 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%3849 = div %3848, %3847 : f64[] @ models/lib/nn.yaml:89:7
%3850 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3851 = lt %3849, %3850 : bool[] @ models/lib/nn.yaml:89:7
%3852 = cast %3849 : f32[] @ models/lib/nn.yaml:89:7
%3853 = broadcast %3852 : f32[16] @ models/lib/nn.yaml:89:7
%3854 = mul %3840, %3853 : f32[16] @ models/lib/nn.yaml:89:7
%3855 = broadcast %3851 : bool[16] @ models/lib/nn.yaml:89:7
%3856 = select %3855, %3854, %3840 : f32[16] @ models/lib/nn.yaml:89:7
%3857 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3858 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3859 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3860 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%3861 = add %3859, %3860 : i64[] @ models/lib/nn.yaml:89:7
%3862 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%3863 = cast %3862 : f32[] @ models/lib/nn.yaml:89:7
%3864 = broadcast %3863 : f32[16] @ models/lib/nn.yaml:89:7
%3865 = mul %3856, %3864 : f32[16] @ models/lib/nn.yaml:89:7
%3866 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%3867 = cast %3866 : f32[] @ models/lib/nn.yaml:89:7
%3868 = broadcast %3867 : f32[16] @ models/lib/nn.yaml:89:7
%3869 = mul %3857, %3868 : f32[16] @ models/lib/nn.yaml:89:7
%3870 = add %3869, %3865 : f32[16] @ models/lib/nn.yaml:89:7
%3871 = mul %3856, %3856 : f32[16] @ models/lib/nn.yaml:89:7
%3872 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%3873 = cast %3872 : f32[] @ models/lib/nn.yaml:89:7
%3874 = broadcast %3873 : f32[16] @ models/lib/nn.yaml:89:7
%3875 = mul %3871, %3874 : f32[16] @ models/lib/nn.yaml:89:7
%3876 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%3877 = cast %3876 : f32[] @ models/lib/nn.yaml:89:7
%3878 = broadcast %3877 : f32[16] @ models/lib/nn.yaml:89:7
%3879 = mul %3858, %3878 : f32[16] @ models/lib/nn.yaml:89:7
%3880 = add %3879, %3875 : f32[16] @ models/lib/nn.yaml:89:7
%3881 = cast %3861 : f64[] @ models/lib/nn.yaml:89:7
%3882 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%3883 = pow %3882, %3881 : f64[] @ models/lib/nn.yaml:89:7
%3884 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3885 = sub %3884, %3883 : f64[] @ models/lib/nn.yaml:89:7
%3886 = div %1145, %3885 : f64[] @ models/lib/nn.yaml:89:7
%3887 = cast %3861 : f64[] @ models/lib/nn.yaml:89:7
%3888 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%3889 = pow %3888, %3887 : f64[] @ models/lib/nn.yaml:89:7
%3890 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3891 = sub %3890, %3889 : f64[] @ models/lib/nn.yaml:89:7
%3892 = sqrt %3891 : f64[] @ models/lib/nn.yaml:89:7
%3893 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3894 = div %3893, %3892 : f64[] @ models/lib/nn.yaml:89:7
%3895 = sqrt %3880 : f32[16] @ models/lib/nn.yaml:89:7
%3896 = cast %3894 : f32[] @ models/lib/nn.yaml:89:7
%3897 = broadcast %3896 : f32[16] @ models/lib/nn.yaml:89:7
%3898 = mul %3895, %3897 : f32[16] @ models/lib/nn.yaml:89:7
%3899 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%3900 = cast %3899 : f32[] @ models/lib/nn.yaml:89:7
%3901 = broadcast %3900 : f32[16] @ models/lib/nn.yaml:89:7
%3902 = add %3898, %3901 : f32[16] @ models/lib/nn.yaml:89:7
%3903 = div %3870, %3902 : f32[16] @ models/lib/nn.yaml:89:7
%3904 = cast %3886 : f32[] @ models/lib/nn.yaml:89:7
%3905 = broadcast %3904 : f32[16] @ models/lib/nn.yaml:89:7
%3906 = mul %3903, %3905 : f32[16] @ models/lib/nn.yaml:89:7
%3907 = sub %29, %3906 : f32[16] @ models/lib/nn.yaml:89:7
%3908 = assign %29, %3907 : f32[16] @ models/lib/nn.yaml:89:7
%3909 = assign %3857, %3870 : f32[16] @ models/lib/nn.yaml:89:7
%3910 = assign %3858, %3880 : f32[16] @ models/lib/nn.yaml:89:7
%3911 = assign %3859, %3861 : i64[] @ models/lib/nn.yaml:89:7
%3912 = cast %1147 : f32[] @ models/lib/nn.yaml:89:7
%3913 = broadcast %3912 : f32[16] @ models/lib/nn.yaml:89:7
%3914 = mul %67, %3913 : f32[16] @ models/lib/nn.yaml:89:7
%3915 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3916 = sub %3915, %1147 : f64[] @ models/lib/nn.yaml:89:7
%3917 = cast %3916 : f32[] @ models/lib/nn.yaml:89:7
%3918 = broadcast %3917 : f32[16] @ models/lib/nn.yaml:89:7
%3919 = mul %3907, %3918 : f32[16] @ models/lib/nn.yaml:89:7
%3920 = add %3914, %3919 : f32[16] @ models/lib/nn.yaml:89:7
%3921 = assign %67, %3920 : f32[16] @ models/lib/nn.yaml:89:7
%3922 = all_reduce_sum %1744 : f32[16] @ models/lib/nn.yaml:90:7
%3923 = reshape %3922 : f32[16] @ models/lib/nn.yaml:90:7
%3924 = mul %3923, %3923 : f32[16] @ models/lib/nn.yaml:90:7
%3925 = reduce_sum %3924 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%3926 = sqrt %3925 : f32[] @ models/lib/nn.yaml:90:7
%3927 = cast %3926 : f64[] @ models/lib/nn.yaml:90:7
%3928 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%3929 = add %3927, %3928 : f64[] @ models/lib/nn.yaml:90:7
%3930 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%3931 = div %3930, %3929 : f64[] @ models/lib/nn.yaml:90:7
%3932 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3933 = lt %3931, %3932 : bool[] @ models/lib/nn.yaml:90:7
%3934 = cast %3931 : f32[] @ models/lib/nn.yaml:90:7
%3935 = broadcast %3934 : f32[16] @ models/lib/nn.yaml:90:7
%3936 = mul %3922, %3935 : f32[16] @ models/lib/nn.yaml:90:7
%3937 = broadcast %3933 : bool[16] @ models/lib/nn.yaml:90:7
%3938 = select %3937, %3936, %3922 : f32[16] @ models/lib/nn.yaml:90:7
%3939 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3940 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3941 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3942 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%3943 = add %3941, %3942 : i64[] @ models/lib/nn.yaml:90:7
%3944 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%3945 = cast %3944 : f32[] @ models/lib/nn.yaml:90:7
%3946 = broadcast %3945 : f32[16] @ models/lib/nn.yaml:90:7
%3947 = mul %3938, %3946 : f32[16] @ models/lib/nn.yaml:90:7
%3948 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%3949 = cast %3948 : f32[] @ models/lib/nn.yaml:90:7
%3950 = broadcast %3949 : f32[16] @ models/lib/nn.yaml:90:7
%3951 = mul %3939, %3950 : f32[16] @ models/lib/nn.yaml:90:7
%3952 = add %3951, %3947 : f32[16] @ models/lib/nn.yaml:90:7
%3953 = mul %3938, %3938 : f32[16] @ models/lib/nn.yaml:90:7
%3954 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%3955 = cast %3954 : f32[] @ models/lib/nn.yaml:90:7
%3956 = broadcast %3955 : f32[16] @ models/lib/nn.yaml:90:7
%3957 = mul %3953, %3956 : f32[16] @ models/lib/nn.yaml:90:7
%3958 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%3959 = cast %3958 : f32[] @ models/lib/nn.yaml:90:7
%3960 = broadcast %3959 : f32[16] @ models/lib/nn.yaml:90:7
%3961 = mul %3940, %3960 : f32[16] @ models/lib/nn.yaml:90:7
%3962 = add %3961, %3957 : f32[16] @ models/lib/nn.yaml:90:7
%3963 = cast %3943 : f64[] @ models/lib/nn.yaml:90:7
%3964 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%3965 = pow %3964, %3963 : f64[] @ models/lib/nn.yaml:90:7
%3966 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3967 = sub %3966, %3965 : f64[] @ models/lib/nn.yaml:90:7
%3968 = div %1145, %3967 : f64[] @ models/lib/nn.yaml:90:7
%3969 = cast %3943 : f64[] @ models/lib/nn.yaml:90:7
%3970 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%3971 = pow %3970, %3969 : f64[] @ models/lib/nn.yaml:90:7
%3972 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3973 = sub %3972, %3971 : f64[] @ models/lib/nn.yaml:90:7
%3974 = sqrt %3973 : f64[] @ models/lib/nn.yaml:90:7
%3975 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3976 = div %3975, %3974 : f64[] @ models/lib/nn.yaml:90:7
%3977 = sqrt %3962 : f32[16] @ models/lib/nn.yaml:90:7
%3978 = cast %3976 : f32[] @ models/lib/nn.yaml:90:7
%3979 = broadcast %3978 : f32[16] @ models/lib/nn.yaml:90:7
%3980 = mul %3977, %3979 : f32[16] @ models/lib/nn.yaml:90:7
%3981 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%3982 = cast %3981 : f32[] @ models/lib/nn.yaml:90:7
%3983 = broadcast %3982 : f32[16] @ models/lib/nn.yaml:90:7
%3984 = add %3980, %3983 : f32[16] @ models/lib/nn.yaml:90:7
%3985 = div %3952, %3984 : f32[16] @ models/lib/nn.yaml:90:7
%3986 = cast %3968 : f32[] @ models/lib/nn.yaml:90:7
%3987 = broadcast %3986 : f32[16] @ models/lib/nn.yaml:90:7
%3988 = mul %3985, %3987 : f32[16] @ models/lib/nn.yaml:90:7
%3989 = sub %30, %3988 : f32[16] @ models/lib/nn.yaml:90:7
%3990 = assign %30, %3989 : f32[16] @ models/lib/nn.yaml:90:7
%3991 = assign %3939, %3952 : f32[16] @ models/lib/nn.yaml:90:7
%3992 = assign %3940, %3962 : f32[16] @ models/lib/nn.yaml:90:7
%3993 = assign %3941, %3943 : i64[] @ models/lib/nn.yaml:90:7
%3994 = cast %1147 : f32[] @ models/lib/nn.yaml:90:7
%3995 = broadcast %3994 : f32[16] @ models/lib/nn.yaml:90:7
%3996 = mul %68, %3995 : f32[16] @ models/lib/nn.yaml:90:7
%3997 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3998 = sub %3997, %1147 : f64[] @ models/lib/nn.yaml:90:7
%3999 = cast %3998 : f32[] @ models/lib/nn.yaml:90:7
%4000 = broadcast %3999 : f32[16] @ models/lib/nn.yaml:90:7
%4001 = mul %3989, %4000 : f32[16] @ models/lib/nn.yaml:90:7
%4002 = add %3996, %4001 : f32[16] @ models/lib/nn.yaml:90:7
%4003 = assign %68, %4002 : f32[16] @ models/lib/nn.yaml:90:7
%4004 = all_reduce_sum %1741 : f32[64,16] @ models/lib/nn.yaml:79:7
%4005 = reshape %4004 : f32[1024] @ models/lib/nn.yaml:79:7
%4006 = mul %4005, %4005 : f32[1024] @ models/lib/nn.yaml:79:7
%4007 = reduce_sum %4006 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4008 = sqrt %4007 : f32[] @ models/lib/nn.yaml:79:7
%4009 = cast %4008 : f64[] @ models/lib/nn.yaml:79:7
%4010 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%4011 = add %4009, %4010 : f64[] @ models/lib/nn.yaml:79:7
%4012 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%4013 = div %4012, %4011 : f64[] @ models/lib/nn.yaml:79:7
%4014 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4015 = lt %4013, %4014 : bool[] @ models/lib/nn.yaml:79:7
%4016 = cast %4013 : f32[] @ models/lib/nn.yaml:79:7
%4017 = broadcast %4016 : f32[64,16] @ models/lib/nn.yaml:79:7
%4018 = mul %4004, %4017 : f32[64,16] @ models/lib/nn.yaml:79:7
%4019 = broadcast %4015 : bool[64,16] @ models/lib/nn.yaml:79:7
%4020 = select %4019, %4018, %4004 : f32[64,16] @ models/lib/nn.yaml:79:7
%4021 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%4022 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%4023 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4024 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%4025 = add %4023, %4024 : i64[] @ models/lib/nn.yaml:79:7
%4026 = mul %1145, %1146 : f64[] @ models/lib/nn.yaml:79:7
%4027 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4028 = sub %4027, %4026 : f64[] @ models/lib/nn.yaml:79:7
%4029 = cast %4028 : f32[] @ models/lib/nn.yaml:79:7
%4030 = broadcast %4029 : f32[64,16] @ models/lib/nn.yaml:79:7
%4031 = mul %31, %4030 : f32[64,16] @ models/lib/nn.yaml:79:7
%4032 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%4033 = cast %4032 : f32[] @ models/lib/nn.yaml:79:7
%4034 = broadcast %4033 : f32[64,16] @ models/lib/nn.yaml:79:7
%4035 = mul %4020, %4034 : f32[64,16] @ models/lib/nn.yaml:79:7
%4036 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4037 = cast %4036 : f32[] @ models/lib/nn.yaml:79:7
%4038 = broadcast %4037 : f32[64,16] @ models/lib/nn.yaml:79:7
%4039 = mul %4021, %4038 : f32[64,16] @ models/lib/nn.yaml:79:7
%4040 = add %4039, %4035 : f32[64,16] @ models/lib/nn.yaml:79:7
%4041 = mul %4020, %4020 : f32[64,16] @ models/lib/nn.yaml:79:7
%4042 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%4043 = cast %4042 : f32[] @ models/lib/nn.yaml:79:7
%4044 = broadcast %4043 : f32[64,16] @ models/lib/nn.yaml:79:7
%4045 = mul %4041, %4044 : f32[64,16] @ models/lib/nn.yaml:79:7
%4046 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4047 = cast %4046 : f32[] @ models/lib/nn.yaml:79:7
%4048 = broadcast %4047 : f32[64,16] @ models/lib/nn.yaml:79:7
%4049 = mul %4022, %4048 : f32[64,16] @ models/lib/nn.yaml:79:7
%4050 = add %4049, %4045 : f32[64,16] @ models/lib/nn.yaml:79:7
%4051 = cast %4025 : f64[] @ models/lib/nn.yaml:79:7
%4052 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4053 = pow %4052, %4051 : f64[] @ models/lib/nn.yaml:79:7
%4054 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4055 = sub %4054, %4053 : f64[] @ models/lib/nn.yaml:79:7
%4056 = div %1145, %4055 : f64[] @ models/lib/nn.yaml:79:7
%4057 = cast %4025 : f64[] @ models/lib/nn.yaml:79:7
%4058 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4059 = pow %4058, %4057 : f64[] @ models/lib/nn.yaml:79:7
%4060 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4061 = sub %4060, %4059 : f64[] @ models/lib/nn.yaml:79:7
%4062 = sqrt %4061 : f64[] @ models/lib/nn.yaml:79:7
%4063 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4064 = div %4063, %4062 : f64[] @ models/lib/nn.yaml:79:7
%4065 = sqrt %4050 : f32[64,16] @ models/lib/nn.yaml:79:7
%4066 = cast %4064 : f32[] @ models/lib/nn.yaml:79:7
%4067 = broadcast %4066 : f32[64,16] @ models/lib/nn.yaml:79:7
%4068 = mul %4065, %4067 : f32[64,16] @ models/lib/nn.yaml:79:7
%4069 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%4070 = cast %4069 : f32[] @ models/lib/nn.yaml:79:7
%4071 = broadcast %4070 : f32[64,16] @ models/lib/nn.yaml:79:7
%4072 = add %4068, %4071 : f32[64,16] @ models/lib/nn.yaml:79:7
%4073 = div %4040, %4072 : f32[64,16] @ models/lib/nn.yaml:79:7
%4074 = cast %4056 : f32[] @ models/lib/nn.yaml:79:7
%4075 = broadcast %4074 : f32[64,16] @ models/lib/nn.yaml:79:7
%4076 = mul %4073, %4075 : f32[64,16] @ models/lib/nn.yaml:79:7
%4077 = sub %4031, %4076 : f32[64,16] @ models/lib/nn.yaml:79:7
%4078 = assign %31, %4077 : f32[64,16] @ models/lib/nn.yaml:79:7
%4079 = assign %4021, %4040 : f32[64,16] @ models/lib/nn.yaml:79:7
%4080 = assign %4022, %4050 : f32[64,16] @ models/lib/nn.yaml:79:7
%4081 = assign %4023, %4025 : i64[] @ models/lib/nn.yaml:79:7
%4082 = cast %1147 : f32[] @ models/lib/nn.yaml:79:7
%4083 = broadcast %4082 : f32[64,16] @ models/lib/nn.yaml:79:7
%4084 = mul %69, %4083 : f32[64,16] @ models/lib/nn.yaml:79:7
%4085 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4086 = sub %4085, %1147 : f64[] @ models/lib/nn.yaml:79:7
%4087 = cast %4086 : f32[] @ models/lib/nn.yaml:79:7
%4088 = broadcast %4087 : f32[64,16] @ models/lib/nn.yaml:79:7
%4089 = mul %4077, %4088 : f32[64,16] @ models/lib/nn.yaml:79:7
%4090 = add %4084, %4089 : f32[64,16] @ models/lib/nn.yaml:79:7
%4091 = assign %69, %4090 : f32[64,16] @ models/lib/nn.yaml:79:7
%4092 = all_reduce_sum %1736 : f32[64] @ models/lib/nn.yaml:80:7
%4093 = reshape %4092 : f32[64] @ models/lib/nn.yaml:80:7
%4094 = mul %4093, %4093 : f32[64] @ models/lib/nn.yaml:80:7
%4095 = reduce_sum %4094 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%4096 = sqrt %4095 : f32[] @ models/lib/nn.yaml:80:7
%4097 = cast %4096 : f64[] @ models/lib/nn.yaml:80:7
%4098 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%4099 = add %4097, %4098 : f64[] @ models/lib/nn.yaml:80:7
%4100 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%4101 = div %4100, %4099 : f64[] @ models/lib/nn.yaml:80:7
%4102 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4103 = lt %4101, %4102 : bool[] @ models/lib/nn.yaml:80:7
%4104 = cast %4101 : f32[] @ models/lib/nn.yaml:80:7
%4105 = broadcast %4104 : f32[64] @ models/lib/nn.yaml:80:7
%4106 = mul %4092, %4105 : f32[64] @ models/lib/nn.yaml:80:7
%4107 = broadcast %4103 : bool[64] @ models/lib/nn.yaml:80:7
%4108 = select %4107, %4106, %4092 : f32[64] @ models/lib/nn.yaml:80:7
%4109 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4110 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4111 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4112 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%4113 = add %4111, %4112 : i64[] @ models/lib/nn.yaml:80:7
%4114 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%4115 = cast %4114 : f32[] @ models/lib/nn.yaml:80:7
%4116 = broadcast %4115 : f32[64] @ models/lib/nn.yaml:80:7
%4117 = mul %4108, %4116 : f32[64] @ models/lib/nn.yaml:80:7
%4118 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4119 = cast %4118 : f32[] @ models/lib/nn.yaml:80:7
%4120 = broadcast %4119 : f32[64] @ models/lib/nn.yaml:80:7
%4121 = mul %4109, %4120 : f32[64] @ models/lib/nn.yaml:80:7
%4122 = add %4121, %4117 : f32[64] @ models/lib/nn.yaml:80:7
%4123 = mul %4108, %4108 : f32[64] @ models/lib/nn.yaml:80:7
%4124 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%4125 = cast %4124 : f32[] @ models/lib/nn.yaml:80:7
%4126 = broadcast %4125 : f32[64] @ models/lib/nn.yaml:80:7
%4127 = mul %4123, %4126 : f32[64] @ models/lib/nn.yaml:80:7
%4128 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4129 = cast %4128 : f32[] @ models/lib/nn.yaml:80:7
%4130 = broadcast %4129 : f32[64] @ models/lib/nn.yaml:80:7
%4131 = mul %4110, %4130 : f32[64] @ models/lib/nn.yaml:80:7
%4132 = add %4131, %4127 : f32[64] @ models/lib/nn.yaml:80:7
%4133 = cast %4113 : f64[] @ models/lib/nn.yaml:80:7
%4134 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4135 = pow %4134, %4133 : f64[] @ models/lib/nn.yaml:80:7
%4136 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4137 = sub %4136, %4135 : f64[] @ models/lib/nn.yaml:80:7
%4138 = div %1145, %4137 : f64[] @ models/lib/nn.yaml:80:7
%4139 = cast %4113 : f64[] @ models/lib/nn.yaml:80:7
%4140 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4141 = pow %4140, %4139 : f64[] @ models/lib/nn.yaml:80:7
%4142 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4143 = sub %4142, %4141 : f64[] @ models/lib/nn.yaml:80:7
%4144 = sqrt %4143 : f64[] @ models/lib/nn.yaml:80:7
%4145 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4146 = div %4145, %4144 : f64[] @ models/lib/nn.yaml:80:7
%4147 = sqrt %4132 : f32[64] @ models/lib/nn.yaml:80:7
%4148 = cast %4146 : f32[] @ models/lib/nn.yaml:80:7
%4149 = broadcast %4148 : f32[64] @ models/lib/nn.yaml:80:7
%4150 = mul %4147, %4149 : f32[64] @ models/lib/nn.yaml:80:7
%4151 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%4152 = cast %4151 : f32[] @ models/lib/nn.yaml:80:7
%4153 = broadcast %4152 : f32[64] @ models/lib/nn.yaml:80:7
%4154 = add %4150, %4153 : f32[64] @ models/lib/nn.yaml:80:7
%4155 = div %4122, %4154 : f32[64] @ models/lib/nn.yaml:80:7
%4156 = cast %4138 : f32[] @ models/lib/nn.yaml:80:7
%4157 = broadcast %4156 : f32[64] @ models/lib/nn.yaml:80:7
%4158 = mul %4155, %4157 : f32[64] @ models/lib/nn.yaml:80:7
%4159 = sub %32, %4158 : f32[64] @ models/lib/nn.yaml:80:7
%4160 = assign %32, %4159 : f32[64] @ models/lib/nn.yaml:80:7
%4161 = assign %4109, %4122 : f32[64] @ models/lib/nn.yaml:80:7
%4162 = assign %4110, %4132 : f32[64] @ models/lib/nn.yaml:80:7
%4163 = assign %4111, %4113 : i64[] @ models/lib/nn.yaml:80:7
%4164 = cast %1147 : f32[] @ models/lib/nn.yaml:80:7
%4165 = broadcast %4164 : f32[64] @ models/lib/nn.yaml:80:7
%4166 = mul %70, %4165 : f32[64] @ models/lib/nn.yaml:80:7
%4167 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4168 = sub %4167, %1147 : f64[] @ models/lib/nn.yaml:80:7
%4169 = cast %4168 : f32[] @ models/lib/nn.yaml:80:7
%4170 = broadcast %4169 : f32[64] @ models/lib/nn.yaml:80:7
%4171 = mul %4159, %4170 : f32[64] @ models/lib/nn.yaml:80:7
%4172 = add %4166, %4171 : f32[64] @ models/lib/nn.yaml:80:7
%4173 = assign %70, %4172 : f32[64] @ models/lib/nn.yaml:80:7
%4174 = all_reduce_sum %1721 : f32[16,64] @ models/lib/nn.yaml:79:7
%4175 = reshape %4174 : f32[1024] @ models/lib/nn.yaml:79:7
%4176 = mul %4175, %4175 : f32[1024] @ models/lib/nn.yaml:79:7
%4177 = reduce_sum %4176 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4178 = sqrt %4177 : f32[] @ models/lib/nn.yaml:79:7
%4179 = cast %4178 : f64[] @ models/lib/nn.yaml:79:7
%4180 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%4181 = add %4179, %4180 : f64[] @ models/lib/nn.yaml:79:7
%4182 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%4183 = div %4182, %4181 : f64[] @ models/lib/nn.yaml:79:7
%4184 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4185 = lt %4183, %4184 : bool[] @ models/lib/nn.yaml:79:7
%4186 = cast %4183 : f32[] @ models/lib/nn.yaml:79:7
%4187 = broadcast %4186 : f32[16,64] @ models/lib/nn.yaml:79:7
%4188 = mul %4174, %4187 : f32[16,64] @ models/lib/nn.yaml:79:7
%4189 = broadcast %4185 : bool[16,64] @ models/lib/nn.yaml:79:7
%4190 = select %4189, %4188, %4174 : f32[16,64] @ models/lib/nn.yaml:79:7
%4191 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%4192 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%4193 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4194 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%4195 = add %4193, %4194 : i64[] @ models/lib/nn.yaml:79:7
%4196 = mul %1145, %1146 : f64[] @ models/lib/nn.yaml:79:7
%4197 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4198 = sub %4197, %4196 : f64[] @ models/lib/nn.yaml:79:7
%4199 = cast %4198 : f32[] @ models/lib/nn.yaml:79:7
%4200 = broadcast %4199 : f32[16,64] @ models/lib/nn.yaml:79:7
%4201 = mul %33, %4200 : f32[16,64] @ models/lib/nn.yaml:79:7
%4202 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%4203 = cast %4202 : f32[] @ models/lib/nn.yaml:79:7
%4204 = broadcast %4203 : f32[16,64] @ models/lib/nn.yaml:79:7
%4205 = mul %4190, %4204 : f32[16,64] @ models/lib/nn.yaml:79:7
%4206 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4207 = cast %4206 : f32[] @ models/lib/nn.yaml:79:7
%4208 = broadcast %4207 : f32[16,64] @ models/lib/nn.yaml:79:7
%4209 = mul %4191, %4208 : f32[16,64] @ models/lib/nn.yaml:79:7
%4210 = add %4209, %4205 : f32[16,64] @ models/lib/nn.yaml:79:7
%4211 = mul %4190, %4190 : f32[16,64] @ models/lib/nn.yaml:79:7
%4212 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%4213 = cast %4212 : f32[] @ models/lib/nn.yaml:79:7
%4214 = broadcast %4213 : f32[16,64] @ models/lib/nn.yaml:79:7
%4215 = mul %4211, %4214 : f32[16,64] @ models/lib/nn.yaml:79:7
%4216 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4217 = cast %4216 : f32[] @ models/lib/nn.yaml:79:7
%4218 = broadcast %4217 : f32[16,64] @ models/lib/nn.yaml:79:7
%4219 = mul %4192, %4218 : f32[16,64] @ models/lib/nn.yaml:79:7
%4220 = add %4219, %4215 : f32[16,64] @ models/lib/nn.yaml:79:7
%4221 = cast %4195 : f64[] @ models/lib/nn.yaml:79:7
%4222 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4223 = pow %4222, %4221 : f64[] @ models/lib/nn.yaml:79:7
%4224 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4225 = sub %4224, %4223 : f64[] @ models/lib/nn.yaml:79:7
%4226 = div %1145, %4225 : f64[] @ models/lib/nn.yaml:79:7
%4227 = cast %4195 : f64[] @ models/lib/nn.yaml:79:7
%4228 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4229 = pow %4228, %4227 : f64[] @ models/lib/nn.yaml:79:7
%4230 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4231 = sub %4230, %4229 : f64[] @ models/lib/nn.yaml:79:7
%4232 = sqrt %4231 : f64[] @ models/lib/nn.yaml:79:7
%4233 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4234 = div %4233, %4232 : f64[] @ models/lib/nn.yaml:79:7
%4235 = sqrt %4220 : f32[16,64] @ models/lib/nn.yaml:79:7
%4236 = cast %4234 : f32[] @ models/lib/nn.yaml:79:7
%4237 = broadcast %4236 : f32[16,64] @ models/lib/nn.yaml:79:7
%4238 = mul %4235, %4237 : f32[16,64] @ models/lib/nn.yaml:79:7
%4239 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%4240 = cast %4239 : f32[] @ models/lib/nn.yaml:79:7
%4241 = broadcast %4240 : f32[16,64] @ models/lib/nn.yaml:79:7
%4242 = add %4238, %4241 : f32[16,64] @ models/lib/nn.yaml:79:7
%4243 = div %4210, %4242 : f32[16,64] @ models/lib/nn.yaml:79:7
%4244 = cast %4226 : f32[] @ models/lib/nn.yaml:79:7
%4245 = broadcast %4244 : f32[16,64] @ models/lib/nn.yaml:79:7
%4246 = mul %4243, %4245 : f32[16,64] @ models/lib/nn.yaml:79:7
%4247 = sub %4201, %4246 : f32[16,64] @ models/lib/nn.yaml:79:7
%4248 = assign %33, %4247 : f32[16,64] @ models/lib/nn.yaml:79:7
%4249 = assign %4191, %4210 : f32[16,64] @ models/lib/nn.yaml:79:7
%4250 = assign %4192, %4220 : f32[16,64] @ models/lib/nn.yaml:79:7
%4251 = assign %4193, %4195 : i64[] @ models/lib/nn.yaml:79:7
%4252 = cast %1147 : f32[] @ models/lib/nn.yaml:79:7
%4253 = broadcast %4252 : f32[16,64] @ models/lib/nn.yaml:79:7
%4254 = mul %71, %4253 : f32[16,64] @ models/lib/nn.yaml:79:7
%4255 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4256 = sub %4255, %1147 : f64[] @ models/lib/nn.yaml:79:7
%4257 = cast %4256 : f32[] @ models/lib/nn.yaml:79:7
%4258 = broadcast %4257 : f32[16,64] @ models/lib/nn.yaml:79:7
%4259 = mul %4247, %4258 : f32[16,64] @ models/lib/nn.yaml:79:7
%4260 = add %4254, %4259 : f32[16,64] @ models/lib/nn.yaml:79:7
%4261 = assign %71, %4260 : f32[16,64] @ models/lib/nn.yaml:79:7
%4262 = all_reduce_sum %1716 : f32[16] @ models/lib/nn.yaml:80:7
%4263 = reshape %4262 : f32[16] @ models/lib/nn.yaml:80:7
%4264 = mul %4263, %4263 : f32[16] @ models/lib/nn.yaml:80:7
%4265 = reduce_sum %4264 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%4266 = sqrt %4265 : f32[] @ models/lib/nn.yaml:80:7
%4267 = cast %4266 : f64[] @ models/lib/nn.yaml:80:7
%4268 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%4269 = add %4267, %4268 : f64[] @ models/lib/nn.yaml:80:7
%4270 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%4271 = div %4270, %4269 : f64[] @ models/lib/nn.yaml:80:7
%4272 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4273 = lt %4271, %4272 : bool[] @ models/lib/nn.yaml:80:7
%4274 = cast %4271 : f32[] @ models/lib/nn.yaml:80:7
%4275 = broadcast %4274 : f32[16] @ models/lib/nn.yaml:80:7
%4276 = mul %4262, %4275 : f32[16] @ models/lib/nn.yaml:80:7
%4277 = broadcast %4273 : bool[16] @ models/lib/nn.yaml:80:7
%4278 = select %4277, %4276, %4262 : f32[16] @ models/lib/nn.yaml:80:7
%4279 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4280 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4281 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4282 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%4283 = add %4281, %4282 : i64[] @ models/lib/nn.yaml:80:7
%4284 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%4285 = cast %4284 : f32[] @ models/lib/nn.yaml:80:7
%4286 = broadcast %4285 : f32[16] @ models/lib/nn.yaml:80:7
%4287 = mul %4278, %4286 : f32[16] @ models/lib/nn.yaml:80:7
%4288 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4289 = cast %4288 : f32[] @ models/lib/nn.yaml:80:7
%4290 = broadcast %4289 : f32[16] @ models/lib/nn.yaml:80:7
%4291 = mul %4279, %4290 : f32[16] @ models/lib/nn.yaml:80:7
%4292 = add %4291, %4287 : f32[16] @ models/lib/nn.yaml:80:7
%4293 = mul %4278, %4278 : f32[16] @ models/lib/nn.yaml:80:7
%4294 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%4295 = cast %4294 : f32[] @ models/lib/nn.yaml:80:7
%4296 = broadcast %4295 : f32[16] @ models/lib/nn.yaml:80:7
%4297 = mul %4293, %4296 : f32[16] @ models/lib/nn.yaml:80:7
%4298 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4299 = cast %4298 : f32[] @ models/lib/nn.yaml:80:7
%4300 = broadcast %4299 : f32[16] @ models/lib/nn.yaml:80:7
%4301 = mul %4280, %4300 : f32[16] @ models/lib/nn.yaml:80:7
%4302 = add %4301, %4297 : f32[16] @ models/lib/nn.yaml:80:7
%4303 = cast %4283 : f64[] @ models/lib/nn.yaml:80:7
%4304 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4305 = pow %4304, %4303 : f64[] @ models/lib/nn.yaml:80:7
%4306 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4307 = sub %4306, %4305 : f64[] @ models/lib/nn.yaml:80:7
%4308 = div %1145, %4307 : f64[] @ models/lib/nn.yaml:80:7
%4309 = cast %4283 : f64[] @ models/lib/nn.yaml:80:7
%4310 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4311 = pow %4310, %4309 : f64[] @ models/lib/nn.yaml:80:7
%4312 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4313 = sub %4312, %4311 : f64[] @ models/lib/nn.yaml:80:7
%4314 = sqrt %4313 : f64[] @ models/lib/nn.yaml:80:7
%4315 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4316 = div %4315, %4314 : f64[] @ models/lib/nn.yaml:80:7
%4317 = sqrt %4302 : f32[16] @ models/lib/nn.yaml:80:7
%4318 = cast %4316 : f32[] @ models/lib/nn.yaml:80:7
%4319 = broadcast %4318 : f32[16] @ models/lib/nn.yaml:80:7
%4320 = mul %4317, %4319 : f32[16] @ models/lib/nn.yaml:80:7
%4321 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%4322 = cast %4321 : f32[] @ models/lib/nn.yaml:80:7
%4323 = broadcast %4322 : f32[16] @ models/lib/nn.yaml:80:7
%4324 = add %4320, %4323 : f32[16] @ models/lib/nn.yaml:80:7
%4325 = div %4292, %4324 : f32[16] @ models/lib/nn.yaml:80:7
%4326 = cast %4308 : f32[] @ models/lib/nn.yaml:80:7
%4327 = broadcast %4326 : f32[16] @ models/lib/nn.yaml:80:7
%4328 = mul %4325, %4327 : f32[16] @ models/lib/nn.yaml:80:7
%4329 = sub %34, %4328 : f32[16] @ models/lib/nn.yaml:80:7
%4330 = assign %34, %4329 : f32[16] @ models/lib/nn.yaml:80:7
%4331 = assign %4279, %4292 : f32[16] @ models/lib/nn.yaml:80:7
%4332 = assign %4280, %4302 : f32[16] @ models/lib/nn.yaml:80:7
%4333 = assign %4281, %4283 : i64[] @ models/lib/nn.yaml:80:7
%4334 = cast %1147 : f32[] @ models/lib/nn.yaml:80:7
%4335 = broadcast %4334 : f32[16] @ models/lib/nn.yaml:80:7
%4336 = mul %72, %4335 : f32[16] @ models/lib/nn.yaml:80:7
%4337 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4338 = sub %4337, %1147 : f64[] @ models/lib/nn.yaml:80:7
%4339 = cast %4338 : f32[] @ models/lib/nn.yaml:80:7
%4340 = broadcast %4339 : f32[16] @ models/lib/nn.yaml:80:7
%4341 = mul %4329, %4340 : f32[16] @ models/lib/nn.yaml:80:7
%4342 = add %4336, %4341 : f32[16] @ models/lib/nn.yaml:80:7
%4343 = assign %72, %4342 : f32[16] @ models/lib/nn.yaml:80:7
%4344 = all_reduce_sum %1691 : f32[16] @ models/lib/nn.yaml:89:7
%4345 = reshape %4344 : f32[16] @ models/lib/nn.yaml:89:7
%4346 = mul %4345, %4345 : f32[16] @ models/lib/nn.yaml:89:7
%4347 = reduce_sum %4346 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%4348 = sqrt %4347 : f32[] @ models/lib/nn.yaml:89:7
%4349 = cast %4348 : f64[] @ models/lib/nn.yaml:89:7
%4350 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%4351 = add %4349, %4350 : f64[] @ models/lib/nn.yaml:89:7
%4352 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%4353 = div %4352, %4351 : f64[] @ models/lib/nn.yaml:89:7
%4354 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4355 = lt %4353, %4354 : bool[] @ models/lib/nn.yaml:89:7
%4356 = cast %4353 : f32[] @ models/lib/nn.yaml:89:7
%4357 = broadcast %4356 : f32[16] @ models/lib/nn.yaml:89:7
%4358 = mul %4344, %4357 : f32[16] @ models/lib/nn.yaml:89:7
%4359 = broadcast %4355 : bool[16] @ models/lib/nn.yaml:89:7
%4360 = select %4359, %4358, %4344 : f32[16] @ models/lib/nn.yaml:89:7
%4361 = state name="adam_m.backbone.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4362 = state name="adam_v.backbone.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4363 = state name="adam_t.backbone.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4364 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%4365 = add %4363, %4364 : i64[] @ models/lib/nn.yaml:89:7
%4366 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%4367 = cast %4366 : f32[] @ models/lib/nn.yaml:89:7
%4368 = broadcast %4367 : f32[16] @ models/lib/nn.yaml:89:7
%4369 = mul %4360, %4368 : f32[16] @ models/lib/nn.yaml:89:7
%4370 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%4371 = cast %4370 : f32[] @ models/lib/nn.yaml:89:7
%4372 = broadcast %4371 : f32[16] @ models/lib/nn.yaml:89:7
%4373 = mul %4361, %4372 : f32[16] @ models/lib/nn.yaml:89:7
%4374 = add %4373, %4369 : f32[16] @ models/lib/nn.yaml:89:7
%4375 = mul %4360, %4360 : f32[16] @ models/lib/nn.yaml:89:7
%4376 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%4377 = cast %4376 : f32[] @ models/lib/nn.yaml:89:7
%4378 = broadcast %4377 : f32[16] @ models/lib/nn.yaml:89:7
%4379 = mul %4375, %4378 : f32[16] @ models/lib/nn.yaml:89:7
%4380 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%4381 = cast %4380 : f32[] @ models/lib/nn.yaml:89:7
%4382 = broadcast %4381 : f32[16] @ models/lib/nn.yaml:89:7
%4383 = mul %4362, %4382 : f32[16] @ models/lib/nn.yaml:89:7
%4384 = add %4383, %4379 : f32[16] @ models/lib/nn.yaml:89:7
%4385 = cast %4365 : f64[] @ models/lib/nn.yaml:89:7
%4386 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%4387 = pow %4386, %4385 : f64[] @ models/lib/nn.yaml:89:7
%4388 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4389 = sub %4388, %4387 : f64[] @ models/lib/nn.yaml:89:7
%4390 = div %1145, %4389 : f64[] @ models/lib/nn.yaml:89:7
%4391 = cast %4365 : f64[] @ models/lib/nn.yaml:89:7
%4392 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%4393 = pow %4392, %4391 : f64[] @ models/lib/nn.yaml:89:7
%4394 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4395 = sub %4394, %4393 : f64[] @ models/lib/nn.yaml:89:7
%4396 = sqrt %4395 : f64[] @ models/lib/nn.yaml:89:7
%4397 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4398 = div %4397, %4396 : f64[] @ models/lib/nn.yaml:89:7
%4399 = sqrt %4384 : f32[16] @ models/lib/nn.yaml:89:7
%4400 = cast %4398 : f32[] @ models/lib/nn.yaml:89:7
%4401 = broadcast %4400 : f32[16] @ models/lib/nn.yaml:89:7
%4402 = mul %4399, %4401 : f32[16] @ models/lib/nn.yaml:89:7
%4403 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%4404 = cast %4403 : f32[] @ models/lib/nn.yaml:89:7
%4405 = broadcast %4404 : f32[16] @ models/lib/nn.yaml:89:7
%4406 = add %4402, %4405 : f32[16] @ models/lib/nn.yaml:89:7
%4407 = div %4374, %4406 : f32[16] @ models/lib/nn.yaml:89:7
%4408 = cast %4390 : f32[] @ models/lib/nn.yaml:89:7
%4409 = broadcast %4408 : f32[16] @ models/lib/nn.yaml:89:7
%4410 = mul %4407, %4409 : f32[16] @ models/lib/nn.yaml:89:7
%4411 = sub %35, %4410 : f32[16] @ models/lib/nn.yaml:89:7
%4412 = assign %35, %4411 : f32[16] @ models/lib/nn.yaml:89:7
%4413 = assign %4361, %4374 : f32[16] @ models/lib/nn.yaml:89:7
%4414 = assign %4362, %4384 : f32[16] @ models/lib/nn.yaml:89:7
%4415 = assign %4363, %4365 : i64[] @ models/lib/nn.yaml:89:7
%4416 = cast %1147 : f32[] @ models/lib/nn.yaml:89:7
%4417 = broadcast %4416 : f32[16] @ models/lib/nn.yaml:89:7
%4418 = mul %73, %4417 : f32[16] @ models/lib/nn.yaml:89:7
%4419 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4420 = sub %4419, %1147 : f64[] @ models/lib/nn.yaml:89:7
%4421 = cast %4420 : f32[] @ models/lib/nn.yaml:89:7
%4422 = broadcast %4421 : f32[16] @ models/lib/nn.yaml:89:7
%4423 = mul %4411, %4422 : f32[16] @ models/lib/nn.yaml:89:7
%4424 = add %4418, %4423 : f32[16] @ models/lib/nn.yaml:89:7
%4425 = assign %73, %4424 : f32[16] @ models/lib/nn.yaml:89:7
%4426 = all_reduce_sum %1686 : f32[16] @ models/lib/nn.yaml:90:7
%4427 = reshape %4426 : f32[16] @ models/lib/nn.yaml:90:7
%4428 = mul %4427, %4427 : f32[16] @ models/lib/nn.yaml:90:7
%4429 = reduce_sum %4428 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%4430 = sqrt %4429 : f32[] @ models/lib/nn.yaml:90:7
%4431 = cast %4430 : f64[] @ models/lib/nn.yaml:90:7
%4432 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%4433 = add %4431, %4432 : f64[] @ models/lib/nn.yaml:90:7
%4434 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%4435 = div %4434, %4433 : f64[] @ models/lib/nn.yaml:90:7
%4436 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4437 = lt %4435, %4436 : bool[] @ models/lib/nn.yaml:90:7
%4438 = cast %4435 : f32[] @ models/lib/nn.yaml:90:7
%4439 = broadcast %4438 : f32[16] @ models/lib/nn.yaml:90:7
%4440 = mul %4426, %4439 : f32[16] @ models/lib/nn.yaml:90:7
%4441 = broadcast %4437 : bool[16] @ models/lib/nn.yaml:90:7
%4442 = select %4441, %4440, %4426 : f32[16] @ models/lib/nn.yaml:90:7
%4443 = state name="adam_m.backbone.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4444 = state name="adam_v.backbone.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4445 = state name="adam_t.backbone.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4446 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%4447 = add %4445, %4446 : i64[] @ models/lib/nn.yaml:90:7
%4448 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%4449 = cast %4448 : f32[] @ models/lib/nn.yaml:90:7
%4450 = broadcast %4449 : f32[16] @ models/lib/nn.yaml:90:7
%4451 = mul %4442, %4450 : f32[16] @ models/lib/nn.yaml:90:7
%4452 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%4453 = cast %4452 : f32[] @ models/lib/nn.yaml:90:7
%4454 = broadcast %4453 : f32[16] @ models/lib/nn.yaml:90:7
%4455 = mul %4443, %4454 : f32[16] @ models/lib/nn.yaml:90:7
%4456 = add %4455, %4451 : f32[16] @ models/lib/nn.yaml:90:7
%4457 = mul %4442, %4442 : f32[16] @ models/lib/nn.yaml:90:7
%4458 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%4459 = cast %4458 : f32[] @ models/lib/nn.yaml:90:7
%4460 = broadcast %4459 : f32[16] @ models/lib/nn.yaml:90:7
%4461 = mul %4457, %4460 : f32[16] @ models/lib/nn.yaml:90:7
%4462 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%4463 = cast %4462 : f32[] @ models/lib/nn.yaml:90:7
%4464 = broadcast %4463 : f32[16] @ models/lib/nn.yaml:90:7
%4465 = mul %4444, %4464 : f32[16] @ models/lib/nn.yaml:90:7
%4466 = add %4465, %4461 : f32[16] @ models/lib/nn.yaml:90:7
%4467 = cast %4447 : f64[] @ models/lib/nn.yaml:90:7
%4468 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%4469 = pow %4468, %4467 : f64[] @ models/lib/nn.yaml:90:7
%4470 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4471 = sub %4470, %4469 : f64[] @ models/lib/nn.yaml:90:7
%4472 = div %1145, %4471 : f64[] @ models/lib/nn.yaml:90:7
%4473 = cast %4447 : f64[] @ models/lib/nn.yaml:90:7
%4474 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%4475 = pow %4474, %4473 : f64[] @ models/lib/nn.yaml:90:7
%4476 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4477 = sub %4476, %4475 : f64[] @ models/lib/nn.yaml:90:7
%4478 = sqrt %4477 : f64[] @ models/lib/nn.yaml:90:7
%4479 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4480 = div %4479, %4478 : f64[] @ models/lib/nn.yaml:90:7
%4481 = sqrt %4466 : f32[16] @ models/lib/nn.yaml:90:7
%4482 = cast %4480 : f32[] @ models/lib/nn.yaml:90:7
%4483 = broadcast %4482 : f32[16] @ models/lib/nn.yaml:90:7
%4484 = mul %4481, %4483 : f32[16] @ models/lib/nn.yaml:90:7
%4485 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%4486 = cast %4485 : f32[] @ models/lib/nn.yaml:90:7
%4487 = broadcast %4486 : f32[16] @ models/lib/nn.yaml:90:7
%4488 = add %4484, %4487 : f32[16] @ models/lib/nn.yaml:90:7
%4489 = div %4456, %4488 : f32[16] @ models/lib/nn.yaml:90:7
%4490 = cast %4472 : f32[] @ models/lib/nn.yaml:90:7
%4491 = broadcast %4490 : f32[16] @ models/lib/nn.yaml:90:7
%4492 = mul %4489, %4491 : f32[16] @ models/lib/nn.yaml:90:7
%4493 = sub %36, %4492 : f32[16] @ models/lib/nn.yaml:90:7
%4494 = assign %36, %4493 : f32[16] @ models/lib/nn.yaml:90:7
%4495 = assign %4443, %4456 : f32[16] @ models/lib/nn.yaml:90:7
%4496 = assign %4444, %4466 : f32[16] @ models/lib/nn.yaml:90:7
%4497 = assign %4445, %4447 : i64[] @ models/lib/nn.yaml:90:7
%4498 = cast %1147 : f32[] @ models/lib/nn.yaml:90:7
%4499 = broadcast %4498 : f32[16] @ models/lib/nn.yaml:90:7
%4500 = mul %74, %4499 : f32[16] @ models/lib/nn.yaml:90:7
%4501 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4502 = sub %4501, %1147 : f64[] @ models/lib/nn.yaml:90:7
%4503 = cast %4502 : f32[] @ models/lib/nn.yaml:90:7
%4504 = broadcast %4503 : f32[16] @ models/lib/nn.yaml:90:7
%4505 = mul %4493, %4504 : f32[16] @ models/lib/nn.yaml:90:7
%4506 = add %4500, %4505 : f32[16] @ models/lib/nn.yaml:90:7
%4507 = assign %74, %4506 : f32[16] @ models/lib/nn.yaml:90:7
%4508 = all_reduce_sum %1681 : f32[24,16] @ models/lib/nn.yaml:79:7
%4509 = reshape %4508 : f32[384] @ models/lib/nn.yaml:79:7
%4510 = mul %4509, %4509 : f32[384] @ models/lib/nn.yaml:79:7
%4511 = reduce_sum %4510 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4512 = sqrt %4511 : f32[] @ models/lib/nn.yaml:79:7
%4513 = cast %4512 : f64[] @ models/lib/nn.yaml:79:7
%4514 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%4515 = add %4513, %4514 : f64[] @ models/lib/nn.yaml:79:7
%4516 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%4517 = div %4516, %4515 : f64[] @ models/lib/nn.yaml:79:7
%4518 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4519 = lt %4517, %4518 : bool[] @ models/lib/nn.yaml:79:7
%4520 = cast %4517 : f32[] @ models/lib/nn.yaml:79:7
%4521 = broadcast %4520 : f32[24,16] @ models/lib/nn.yaml:79:7
%4522 = mul %4508, %4521 : f32[24,16] @ models/lib/nn.yaml:79:7
%4523 = broadcast %4519 : bool[24,16] @ models/lib/nn.yaml:79:7
%4524 = select %4523, %4522, %4508 : f32[24,16] @ models/lib/nn.yaml:79:7
%4525 = state name="adam_m.head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%4526 = state name="adam_v.head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%4527 = state name="adam_t.head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4528 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%4529 = add %4527, %4528 : i64[] @ models/lib/nn.yaml:79:7
%4530 = mul %1145, %1146 : f64[] @ models/lib/nn.yaml:79:7
%4531 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4532 = sub %4531, %4530 : f64[] @ models/lib/nn.yaml:79:7
%4533 = cast %4532 : f32[] @ models/lib/nn.yaml:79:7
%4534 = broadcast %4533 : f32[24,16] @ models/lib/nn.yaml:79:7
%4535 = mul %37, %4534 : f32[24,16] @ models/lib/nn.yaml:79:7
%4536 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%4537 = cast %4536 : f32[] @ models/lib/nn.yaml:79:7
%4538 = broadcast %4537 : f32[24,16] @ models/lib/nn.yaml:79:7
%4539 = mul %4524, %4538 : f32[24,16] @ models/lib/nn.yaml:79:7
%4540 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4541 = cast %4540 : f32[] @ models/lib/nn.yaml:79:7
%4542 = broadcast %4541 : f32[24,16] @ models/lib/nn.yaml:79:7
%4543 = mul %4525, %4542 : f32[24,16] @ models/lib/nn.yaml:79:7
%4544 = add %4543, %4539 : f32[24,16] @ models/lib/nn.yaml:79:7
%4545 = mul %4524, %4524 : f32[24,16] @ models/lib/nn.yaml:79:7
%4546 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%4547 = cast %4546 : f32[] @ models/lib/nn.yaml:79:7
%4548 = broadcast %4547 : f32[24,16] @ models/lib/nn.yaml:79:7
%4549 = mul %4545, %4548 : f32[24,16] @ models/lib/nn.yaml:79:7
%4550 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4551 = cast %4550 : f32[] @ models/lib/nn.yaml:79:7
%4552 = broadcast %4551 : f32[24,16] @ models/lib/nn.yaml:79:7
%4553 = mul %4526, %4552 : f32[24,16] @ models/lib/nn.yaml:79:7
%4554 = add %4553, %4549 : f32[24,16] @ models/lib/nn.yaml:79:7
%4555 = cast %4529 : f64[] @ models/lib/nn.yaml:79:7
%4556 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4557 = pow %4556, %4555 : f64[] @ models/lib/nn.yaml:79:7
%4558 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4559 = sub %4558, %4557 : f64[] @ models/lib/nn.yaml:79:7
%4560 = div %1145, %4559 : f64[] @ models/lib/nn.yaml:79:7
%4561 = cast %4529 : f64[] @ models/lib/nn.yaml:79:7
%4562 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4563 = pow %4562, %4561 : f64[] @ models/lib/nn.yaml:79:7
%4564 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4565 = sub %4564, %4563 : f64[] @ models/lib/nn.yaml:79:7
%4566 = sqrt %4565 : f64[] @ models/lib/nn.yaml:79:7
%4567 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4568 = div %4567, %4566 : f64[] @ models/lib/nn.yaml:79:7
%4569 = sqrt %4554 : f32[24,16] @ models/lib/nn.yaml:79:7
%4570 = cast %4568 : f32[] @ models/lib/nn.yaml:79:7
%4571 = broadcast %4570 : f32[24,16] @ models/lib/nn.yaml:79:7
%4572 = mul %4569, %4571 : f32[24,16] @ models/lib/nn.yaml:79:7
%4573 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%4574 = cast %4573 : f32[] @ models/lib/nn.yaml:79:7
%4575 = broadcast %4574 : f32[24,16] @ models/lib/nn.yaml:79:7
%4576 = add %4572, %4575 : f32[24,16] @ models/lib/nn.yaml:79:7
%4577 = div %4544, %4576 : f32[24,16] @ models/lib/nn.yaml:79:7
%4578 = cast %4560 : f32[] @ models/lib/nn.yaml:79:7
%4579 = broadcast %4578 : f32[24,16] @ models/lib/nn.yaml:79:7
%4580 = mul %4577, %4579 : f32[24,16] @ models/lib/nn.yaml:79:7
%4581 = sub %4535, %4580 : f32[24,16] @ models/lib/nn.yaml:79:7
%4582 = assign %37, %4581 : f32[24,16] @ models/lib/nn.yaml:79:7
%4583 = assign %4525, %4544 : f32[24,16] @ models/lib/nn.yaml:79:7
%4584 = assign %4526, %4554 : f32[24,16] @ models/lib/nn.yaml:79:7
%4585 = assign %4527, %4529 : i64[] @ models/lib/nn.yaml:79:7
%4586 = cast %1147 : f32[] @ models/lib/nn.yaml:79:7
%4587 = broadcast %4586 : f32[24,16] @ models/lib/nn.yaml:79:7
%4588 = mul %75, %4587 : f32[24,16] @ models/lib/nn.yaml:79:7
%4589 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4590 = sub %4589, %1147 : f64[] @ models/lib/nn.yaml:79:7
%4591 = cast %4590 : f32[] @ models/lib/nn.yaml:79:7
%4592 = broadcast %4591 : f32[24,16] @ models/lib/nn.yaml:79:7
%4593 = mul %4581, %4592 : f32[24,16] @ models/lib/nn.yaml:79:7
%4594 = add %4588, %4593 : f32[24,16] @ models/lib/nn.yaml:79:7
%4595 = assign %75, %4594 : f32[24,16] @ models/lib/nn.yaml:79:7
%4596 = all_reduce_sum %1678 : f32[24] @ models/lib/nn.yaml:80:7
%4597 = reshape %4596 : f32[24] @ models/lib/nn.yaml:80:7
%4598 = mul %4597, %4597 : f32[24] @ models/lib/nn.yaml:80:7
%4599 = reduce_sum %4598 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%4600 = sqrt %4599 : f32[] @ models/lib/nn.yaml:80:7
%4601 = cast %4600 : f64[] @ models/lib/nn.yaml:80:7
%4602 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%4603 = add %4601, %4602 : f64[] @ models/lib/nn.yaml:80:7
%4604 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%4605 = div %4604, %4603 : f64[] @ models/lib/nn.yaml:80:7
%4606 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4607 = lt %4605, %4606 : bool[] @ models/lib/nn.yaml:80:7
%4608 = cast %4605 : f32[] @ models/lib/nn.yaml:80:7
%4609 = broadcast %4608 : f32[24] @ models/lib/nn.yaml:80:7
%4610 = mul %4596, %4609 : f32[24] @ models/lib/nn.yaml:80:7
%4611 = broadcast %4607 : bool[24] @ models/lib/nn.yaml:80:7
%4612 = select %4611, %4610, %4596 : f32[24] @ models/lib/nn.yaml:80:7
%4613 = state name="adam_m.head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%4614 = state name="adam_v.head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%4615 = state name="adam_t.head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4616 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%4617 = add %4615, %4616 : i64[] @ models/lib/nn.yaml:80:7
%4618 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%4619 = cast %4618 : f32[] @ models/lib/nn.yaml:80:7
%4620 = broadcast %4619 : f32[24] @ models/lib/nn.yaml:80:7
%4621 = mul %4612, %4620 : f32[24] @ models/lib/nn.yaml:80:7
%4622 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4623 = cast %4622 : f32[] @ models/lib/nn.yaml:80:7
%4624 = broadcast %4623 : f32[24] @ models/lib/nn.yaml:80:7
%4625 = mul %4613, %4624 : f32[24] @ models/lib/nn.yaml:80:7
%4626 = add %4625, %4621 : f32[24] @ models/lib/nn.yaml:80:7
%4627 = mul %4612, %4612 : f32[24] @ models/lib/nn.yaml:80:7
%4628 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%4629 = cast %4628 : f32[] @ models/lib/nn.yaml:80:7
%4630 = broadcast %4629 : f32[24] @ models/lib/nn.yaml:80:7
%4631 = mul %4627, %4630 : f32[24] @ models/lib/nn.yaml:80:7
%4632 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4633 = cast %4632 : f32[] @ models/lib/nn.yaml:80:7
%4634 = broadcast %4633 : f32[24] @ models/lib/nn.yaml:80:7
%4635 = mul %4614, %4634 : f32[24] @ models/lib/nn.yaml:80:7
%4636 = add %4635, %4631 : f32[24] @ models/lib/nn.yaml:80:7
%4637 = cast %4617 : f64[] @ models/lib/nn.yaml:80:7
%4638 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4639 = pow %4638, %4637 : f64[] @ models/lib/nn.yaml:80:7
%4640 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4641 = sub %4640, %4639 : f64[] @ models/lib/nn.yaml:80:7
%4642 = div %1145, %4641 : f64[] @ models/lib/nn.yaml:80:7
%4643 = cast %4617 : f64[] @ models/lib/nn.yaml:80:7
%4644 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4645 = pow %4644, %4643 : f64[] @ models/lib/nn.yaml:80:7
%4646 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4647 = sub %4646, %4645 : f64[] @ models/lib/nn.yaml:80:7
%4648 = sqrt %4647 : f64[] @ models/lib/nn.yaml:80:7
%4649 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4650 = div %4649, %4648 : f64[] @ models/lib/nn.yaml:80:7
%4651 = sqrt %4636 : f32[24] @ models/lib/nn.yaml:80:7
%4652 = cast %4650 : f32[] @ models/lib/nn.yaml:80:7
%4653 = broadcast %4652 : f32[24] @ models/lib/nn.yaml:80:7
%4654 = mul %4651, %4653 : f32[24] @ models/lib/nn.yaml:80:7
%4655 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%4656 = cast %4655 : f32[] @ models/lib/nn.yaml:80:7
%4657 = broadcast %4656 : f32[24] @ models/lib/nn.yaml:80:7
%4658 = add %4654, %4657 : f32[24] @ models/lib/nn.yaml:80:7
%4659 = div %4626, %4658 : f32[24] @ models/lib/nn.yaml:80:7
%4660 = cast %4642 : f32[] @ models/lib/nn.yaml:80:7
%4661 = broadcast %4660 : f32[24] @ models/lib/nn.yaml:80:7
%4662 = mul %4659, %4661 : f32[24] @ models/lib/nn.yaml:80:7
%4663 = sub %38, %4662 : f32[24] @ models/lib/nn.yaml:80:7
%4664 = assign %38, %4663 : f32[24] @ models/lib/nn.yaml:80:7
%4665 = assign %4613, %4626 : f32[24] @ models/lib/nn.yaml:80:7
%4666 = assign %4614, %4636 : f32[24] @ models/lib/nn.yaml:80:7
%4667 = assign %4615, %4617 : i64[] @ models/lib/nn.yaml:80:7
%4668 = cast %1147 : f32[] @ models/lib/nn.yaml:80:7
%4669 = broadcast %4668 : f32[24] @ models/lib/nn.yaml:80:7
%4670 = mul %76, %4669 : f32[24] @ models/lib/nn.yaml:80:7
%4671 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4672 = sub %4671, %1147 : f64[] @ models/lib/nn.yaml:80:7
%4673 = cast %4672 : f32[] @ models/lib/nn.yaml:80:7
%4674 = broadcast %4673 : f32[24] @ models/lib/nn.yaml:80:7
%4675 = mul %4663, %4674 : f32[24] @ models/lib/nn.yaml:80:7
%4676 = add %4670, %4675 : f32[24] @ models/lib/nn.yaml:80:7
%4677 = assign %76, %4676 : f32[24] @ models/lib/nn.yaml:80:7
%4678 = all_reduce_sum %1663 : f32[24,24] @ models/lib/nn.yaml:79:7
%4679 = reshape %4678 : f32[576] @ models/lib/nn.yaml:79:7
%4680 = mul %4679, %4679 : f32[576] @ models/lib/nn.yaml:79:7
%4681 = reduce_sum %4680 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4682 = sqrt %4681 : f32[] @ models/lib/nn.yaml:79:7
%4683 = cast %4682 : f64[] @ models/lib/nn.yaml:79:7
%4684 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%4685 = add %4683, %4684 : f64[] @ models/lib/nn.yaml:79:7
%4686 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%4687 = div %4686, %4685 : f64[] @ models/lib/nn.yaml:79:7
%4688 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4689 = lt %4687, %4688 : bool[] @ models/lib/nn.yaml:79:7
%4690 = cast %4687 : f32[] @ models/lib/nn.yaml:79:7
%4691 = broadcast %4690 : f32[24,24] @ models/lib/nn.yaml:79:7
%4692 = mul %4678, %4691 : f32[24,24] @ models/lib/nn.yaml:79:7
%4693 = broadcast %4689 : bool[24,24] @ models/lib/nn.yaml:79:7
%4694 = select %4693, %4692, %4678 : f32[24,24] @ models/lib/nn.yaml:79:7
%4695 = state name="adam_m.head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%4696 = state name="adam_v.head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%4697 = state name="adam_t.head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4698 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%4699 = add %4697, %4698 : i64[] @ models/lib/nn.yaml:79:7
%4700 = mul %1145, %1146 : f64[] @ models/lib/nn.yaml:79:7
%4701 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4702 = sub %4701, %4700 : f64[] @ models/lib/nn.yaml:79:7
%4703 = cast %4702 : f32[] @ models/lib/nn.yaml:79:7
%4704 = broadcast %4703 : f32[24,24] @ models/lib/nn.yaml:79:7
%4705 = mul %39, %4704 : f32[24,24] @ models/lib/nn.yaml:79:7
%4706 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%4707 = cast %4706 : f32[] @ models/lib/nn.yaml:79:7
%4708 = broadcast %4707 : f32[24,24] @ models/lib/nn.yaml:79:7
%4709 = mul %4694, %4708 : f32[24,24] @ models/lib/nn.yaml:79:7
%4710 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4711 = cast %4710 : f32[] @ models/lib/nn.yaml:79:7
%4712 = broadcast %4711 : f32[24,24] @ models/lib/nn.yaml:79:7
%4713 = mul %4695, %4712 : f32[24,24] @ models/lib/nn.yaml:79:7
%4714 = add %4713, %4709 : f32[24,24] @ models/lib/nn.yaml:79:7
%4715 = mul %4694, %4694 : f32[24,24] @ models/lib/nn.yaml:79:7
%4716 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%4717 = cast %4716 : f32[] @ models/lib/nn.yaml:79:7
%4718 = broadcast %4717 : f32[24,24] @ models/lib/nn.yaml:79:7
%4719 = mul %4715, %4718 : f32[24,24] @ models/lib/nn.yaml:79:7
%4720 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4721 = cast %4720 : f32[] @ models/lib/nn.yaml:79:7
%4722 = broadcast %4721 : f32[24,24] @ models/lib/nn.yaml:79:7
%4723 = mul %4696, %4722 : f32[24,24] @ models/lib/nn.yaml:79:7
%4724 = add %4723, %4719 : f32[24,24] @ models/lib/nn.yaml:79:7
%4725 = cast %4699 : f64[] @ models/lib/nn.yaml:79:7
%4726 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4727 = pow %4726, %4725 : f64[] @ models/lib/nn.yaml:79:7
%4728 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4729 = sub %4728, %4727 : f64[] @ models/lib/nn.yaml:79:7
%4730 = div %1145, %4729 : f64[] @ models/lib/nn.yaml:79:7
%4731 = cast %4699 : f64[] @ models/lib/nn.yaml:79:7
%4732 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4733 = pow %4732, %4731 : f64[] @ models/lib/nn.yaml:79:7
%4734 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4735 = sub %4734, %4733 : f64[] @ models/lib/nn.yaml:79:7
%4736 = sqrt %4735 : f64[] @ models/lib/nn.yaml:79:7
%4737 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4738 = div %4737, %4736 : f64[] @ models/lib/nn.yaml:79:7
%4739 = sqrt %4724 : f32[24,24] @ models/lib/nn.yaml:79:7
%4740 = cast %4738 : f32[] @ models/lib/nn.yaml:79:7
%4741 = broadcast %4740 : f32[24,24] @ models/lib/nn.yaml:79:7
%4742 = mul %4739, %4741 : f32[24,24] @ models/lib/nn.yaml:79:7
%4743 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%4744 = cast %4743 : f32[] @ models/lib/nn.yaml:79:7
%4745 = broadcast %4744 : f32[24,24] @ models/lib/nn.yaml:79:7
%4746 = add %4742, %4745 : f32[24,24] @ models/lib/nn.yaml:79:7
%4747 = div %4714, %4746 : f32[24,24] @ models/lib/nn.yaml:79:7
%4748 = cast %4730 : f32[] @ models/lib/nn.yaml:79:7
%4749 = broadcast %4748 : f32[24,24] @ models/lib/nn.yaml:79:7
%4750 = mul %4747, %4749 : f32[24,24] @ models/lib/nn.yaml:79:7
%4751 = sub %4705, %4750 : f32[24,24] @ models/lib/nn.yaml:79:7
%4752 = assign %39, %4751 : f32[24,24] @ models/lib/nn.yaml:79:7
%4753 = assign %4695, %4714 : f32[24,24] @ models/lib/nn.yaml:79:7
%4754 = assign %4696, %4724 : f32[24,24] @ models/lib/nn.yaml:79:7
%4755 = assign %4697, %4699 : i64[] @ models/lib/nn.yaml:79:7
%4756 = cast %1147 : f32[] @ models/lib/nn.yaml:79:7
%4757 = broadcast %4756 : f32[24,24] @ models/lib/nn.yaml:79:7
%4758 = mul %77, %4757 : f32[24,24] @ models/lib/nn.yaml:79:7
%4759 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4760 = sub %4759, %1147 : f64[] @ models/lib/nn.yaml:79:7
%4761 = cast %4760 : f32[] @ models/lib/nn.yaml:79:7
%4762 = broadcast %4761 : f32[24,24] @ models/lib/nn.yaml:79:7
%4763 = mul %4751, %4762 : f32[24,24] @ models/lib/nn.yaml:79:7
%4764 = add %4758, %4763 : f32[24,24] @ models/lib/nn.yaml:79:7
%4765 = assign %77, %4764 : f32[24,24] @ models/lib/nn.yaml:79:7
%4766 = all_reduce_sum %1660 : f32[24] @ models/lib/nn.yaml:80:7
%4767 = reshape %4766 : f32[24] @ models/lib/nn.yaml:80:7
%4768 = mul %4767, %4767 : f32[24] @ models/lib/nn.yaml:80:7
%4769 = reduce_sum %4768 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%4770 = sqrt %4769 : f32[] @ models/lib/nn.yaml:80:7
%4771 = cast %4770 : f64[] @ models/lib/nn.yaml:80:7
%4772 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%4773 = add %4771, %4772 : f64[] @ models/lib/nn.yaml:80:7
%4774 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%4775 = div %4774, %4773 : f64[] @ models/lib/nn.yaml:80:7
%4776 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4777 = lt %4775, %4776 : bool[] @ models/lib/nn.yaml:80:7
%4778 = cast %4775 : f32[] @ models/lib/nn.yaml:80:7
%4779 = broadcast %4778 : f32[24] @ models/lib/nn.yaml:80:7
%4780 = mul %4766, %4779 : f32[24] @ models/lib/nn.yaml:80:7
%4781 = broadcast %4777 : bool[24] @ models/lib/nn.yaml:80:7
%4782 = select %4781, %4780, %4766 : f32[24] @ models/lib/nn.yaml:80:7
%4783 = state name="adam_m.head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%4784 = state name="adam_v.head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%4785 = state name="adam_t.head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4786 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%4787 = add %4785, %4786 : i64[] @ models/lib/nn.yaml:80:7
%4788 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%4789 = cast %4788 : f32[] @ models/lib/nn.yaml:80:7
%4790 = broadcast %4789 : f32[24] @ models/lib/nn.yaml:80:7
%4791 = mul %4782, %4790 : f32[24] @ models/lib/nn.yaml:80:7
%4792 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4793 = cast %4792 : f32[] @ models/lib/nn.yaml:80:7
%4794 = broadcast %4793 : f32[24] @ models/lib/nn.yaml:80:7
%4795 = mul %4783, %4794 : f32[24] @ models/lib/nn.yaml:80:7
%4796 = add %4795, %4791 : f32[24] @ models/lib/nn.yaml:80:7
%4797 = mul %4782, %4782 : f32[24] @ models/lib/nn.yaml:80:7
%4798 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%4799 = cast %4798 : f32[] @ models/lib/nn.yaml:80:7
%4800 = broadcast %4799 : f32[24] @ models/lib/nn.yaml:80:7
%4801 = mul %4797, %4800 : f32[24] @ models/lib/nn.yaml:80:7
%4802 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4803 = cast %4802 : f32[] @ models/lib/nn.yaml:80:7
%4804 = broadcast %4803 : f32[24] @ models/lib/nn.yaml:80:7
%4805 = mul %4784, %4804 : f32[24] @ models/lib/nn.yaml:80:7
%4806 = add %4805, %4801 : f32[24] @ models/lib/nn.yaml:80:7
%4807 = cast %4787 : f64[] @ models/lib/nn.yaml:80:7
%4808 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4809 = pow %4808, %4807 : f64[] @ models/lib/nn.yaml:80:7
%4810 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4811 = sub %4810, %4809 : f64[] @ models/lib/nn.yaml:80:7
%4812 = div %1145, %4811 : f64[] @ models/lib/nn.yaml:80:7
%4813 = cast %4787 : f64[] @ models/lib/nn.yaml:80:7
%4814 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4815 = pow %4814, %4813 : f64[] @ models/lib/nn.yaml:80:7
%4816 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4817 = sub %4816, %4815 : f64[] @ models/lib/nn.yaml:80:7
%4818 = sqrt %4817 : f64[] @ models/lib/nn.yaml:80:7
%4819 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4820 = div %4819, %4818 : f64[] @ models/lib/nn.yaml:80:7
%4821 = sqrt %4806 : f32[24] @ models/lib/nn.yaml:80:7
%4822 = cast %4820 : f32[] @ models/lib/nn.yaml:80:7
%4823 = broadcast %4822 : f32[24] @ models/lib/nn.yaml:80:7
%4824 = mul %4821, %4823 : f32[24] @ models/lib/nn.yaml:80:7
%4825 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%4826 = cast %4825 : f32[] @ models/lib/nn.yaml:80:7
%4827 = broadcast %4826 : f32[24] @ models/lib/nn.yaml:80:7
%4828 = add %4824, %4827 : f32[24] @ models/lib/nn.yaml:80:7
%4829 = div %4796, %4828 : f32[24] @ models/lib/nn.yaml:80:7
%4830 = cast %4812 : f32[] @ models/lib/nn.yaml:80:7
%4831 = broadcast %4830 : f32[24] @ models/lib/nn.yaml:80:7
%4832 = mul %4829, %4831 : f32[24] @ models/lib/nn.yaml:80:7
%4833 = sub %40, %4832 : f32[24] @ models/lib/nn.yaml:80:7
%4834 = assign %40, %4833 : f32[24] @ models/lib/nn.yaml:80:7
%4835 = assign %4783, %4796 : f32[24] @ models/lib/nn.yaml:80:7
%4836 = assign %4784, %4806 : f32[24] @ models/lib/nn.yaml:80:7
%4837 = assign %4785, %4787 : i64[] @ models/lib/nn.yaml:80:7
%4838 = cast %1147 : f32[] @ models/lib/nn.yaml:80:7
%4839 = broadcast %4838 : f32[24] @ models/lib/nn.yaml:80:7
%4840 = mul %78, %4839 : f32[24] @ models/lib/nn.yaml:80:7
%4841 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4842 = sub %4841, %1147 : f64[] @ models/lib/nn.yaml:80:7
%4843 = cast %4842 : f32[] @ models/lib/nn.yaml:80:7
%4844 = broadcast %4843 : f32[24] @ models/lib/nn.yaml:80:7
%4845 = mul %4833, %4844 : f32[24] @ models/lib/nn.yaml:80:7
%4846 = add %4840, %4845 : f32[24] @ models/lib/nn.yaml:80:7
%4847 = assign %78, %4846 : f32[24] @ models/lib/nn.yaml:80:7
%4848 = all_reduce_sum %1645 : f32[8,24] @ models/lib/nn.yaml:79:7
%4849 = reshape %4848 : f32[192] @ models/lib/nn.yaml:79:7
%4850 = mul %4849, %4849 : f32[192] @ models/lib/nn.yaml:79:7
%4851 = reduce_sum %4850 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4852 = sqrt %4851 : f32[] @ models/lib/nn.yaml:79:7
%4853 = cast %4852 : f64[] @ models/lib/nn.yaml:79:7
%4854 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%4855 = add %4853, %4854 : f64[] @ models/lib/nn.yaml:79:7
%4856 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%4857 = div %4856, %4855 : f64[] @ models/lib/nn.yaml:79:7
%4858 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4859 = lt %4857, %4858 : bool[] @ models/lib/nn.yaml:79:7
%4860 = cast %4857 : f32[] @ models/lib/nn.yaml:79:7
%4861 = broadcast %4860 : f32[8,24] @ models/lib/nn.yaml:79:7
%4862 = mul %4848, %4861 : f32[8,24] @ models/lib/nn.yaml:79:7
%4863 = broadcast %4859 : bool[8,24] @ models/lib/nn.yaml:79:7
%4864 = select %4863, %4862, %4848 : f32[8,24] @ models/lib/nn.yaml:79:7
%4865 = state name="adam_m.head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%4866 = state name="adam_v.head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%4867 = state name="adam_t.head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4868 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%4869 = add %4867, %4868 : i64[] @ models/lib/nn.yaml:79:7
%4870 = mul %1145, %1146 : f64[] @ models/lib/nn.yaml:79:7
%4871 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4872 = sub %4871, %4870 : f64[] @ models/lib/nn.yaml:79:7
%4873 = cast %4872 : f32[] @ models/lib/nn.yaml:79:7
%4874 = broadcast %4873 : f32[8,24] @ models/lib/nn.yaml:79:7
%4875 = mul %41, %4874 : f32[8,24] @ models/lib/nn.yaml:79:7
%4876 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%4877 = cast %4876 : f32[] @ models/lib/nn.yaml:79:7
%4878 = broadcast %4877 : f32[8,24] @ models/lib/nn.yaml:79:7
%4879 = mul %4864, %4878 : f32[8,24] @ models/lib/nn.yaml:79:7
%4880 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4881 = cast %4880 : f32[] @ models/lib/nn.yaml:79:7
%4882 = broadcast %4881 : f32[8,24] @ models/lib/nn.yaml:79:7
%4883 = mul %4865, %4882 : f32[8,24] @ models/lib/nn.yaml:79:7
%4884 = add %4883, %4879 : f32[8,24] @ models/lib/nn.yaml:79:7
%4885 = mul %4864, %4864 : f32[8,24] @ models/lib/nn.yaml:79:7
%4886 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%4887 = cast %4886 : f32[] @ models/lib/nn.yaml:79:7
%4888 = broadcast %4887 : f32[8,24] @ models/lib/nn.yaml:79:7
%4889 = mul %4885, %4888 : f32[8,24] @ models/lib/nn.yaml:79:7
%4890 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4891 = cast %4890 : f32[] @ models/lib/nn.yaml:79:7
%4892 = broadcast %4891 : f32[8,24] @ models/lib/nn.yaml:79:7
%4893 = mul %4866, %4892 : f32[8,24] @ models/lib/nn.yaml:79:7
%4894 = add %4893, %4889 : f32[8,24] @ models/lib/nn.yaml:79:7
%4895 = cast %4869 : f64[] @ models/lib/nn.yaml:79:7
%4896 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4897 = pow %4896, %4895 : f64[] @ models/lib/nn.yaml:79:7
%4898 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4899 = sub %4898, %4897 : f64[] @ models/lib/nn.yaml:79:7
%4900 = div %1145, %4899 : f64[] @ models/lib/nn.yaml:79:7
%4901 = cast %4869 : f64[] @ models/lib/nn.yaml:79:7
%4902 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4903 = pow %4902, %4901 : f64[] @ models/lib/nn.yaml:79:7
%4904 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4905 = sub %4904, %4903 : f64[] @ models/lib/nn.yaml:79:7
%4906 = sqrt %4905 : f64[] @ models/lib/nn.yaml:79:7
%4907 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4908 = div %4907, %4906 : f64[] @ models/lib/nn.yaml:79:7
%4909 = sqrt %4894 : f32[8,24] @ models/lib/nn.yaml:79:7
%4910 = cast %4908 : f32[] @ models/lib/nn.yaml:79:7
%4911 = broadcast %4910 : f32[8,24] @ models/lib/nn.yaml:79:7
%4912 = mul %4909, %4911 : f32[8,24] @ models/lib/nn.yaml:79:7
%4913 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%4914 = cast %4913 : f32[] @ models/lib/nn.yaml:79:7
%4915 = broadcast %4914 : f32[8,24] @ models/lib/nn.yaml:79:7
%4916 = add %4912, %4915 : f32[8,24] @ models/lib/nn.yaml:79:7
%4917 = div %4884, %4916 : f32[8,24] @ models/lib/nn.yaml:79:7
%4918 = cast %4900 : f32[] @ models/lib/nn.yaml:79:7
%4919 = broadcast %4918 : f32[8,24] @ models/lib/nn.yaml:79:7
%4920 = mul %4917, %4919 : f32[8,24] @ models/lib/nn.yaml:79:7
%4921 = sub %4875, %4920 : f32[8,24] @ models/lib/nn.yaml:79:7
%4922 = assign %41, %4921 : f32[8,24] @ models/lib/nn.yaml:79:7
%4923 = assign %4865, %4884 : f32[8,24] @ models/lib/nn.yaml:79:7
%4924 = assign %4866, %4894 : f32[8,24] @ models/lib/nn.yaml:79:7
%4925 = assign %4867, %4869 : i64[] @ models/lib/nn.yaml:79:7
%4926 = cast %1147 : f32[] @ models/lib/nn.yaml:79:7
%4927 = broadcast %4926 : f32[8,24] @ models/lib/nn.yaml:79:7
%4928 = mul %79, %4927 : f32[8,24] @ models/lib/nn.yaml:79:7
%4929 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4930 = sub %4929, %1147 : f64[] @ models/lib/nn.yaml:79:7
%4931 = cast %4930 : f32[] @ models/lib/nn.yaml:79:7
%4932 = broadcast %4931 : f32[8,24] @ models/lib/nn.yaml:79:7
%4933 = mul %4921, %4932 : f32[8,24] @ models/lib/nn.yaml:79:7
%4934 = add %4928, %4933 : f32[8,24] @ models/lib/nn.yaml:79:7
%4935 = assign %79, %4934 : f32[8,24] @ models/lib/nn.yaml:79:7
%4936 = all_reduce_sum %1642 : f32[8] @ models/lib/nn.yaml:80:7
%4937 = reshape %4936 : f32[8] @ models/lib/nn.yaml:80:7
%4938 = mul %4937, %4937 : f32[8] @ models/lib/nn.yaml:80:7
%4939 = reduce_sum %4938 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%4940 = sqrt %4939 : f32[] @ models/lib/nn.yaml:80:7
%4941 = cast %4940 : f64[] @ models/lib/nn.yaml:80:7
%4942 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%4943 = add %4941, %4942 : f64[] @ models/lib/nn.yaml:80:7
%4944 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%4945 = div %4944, %4943 : f64[] @ models/lib/nn.yaml:80:7
%4946 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4947 = lt %4945, %4946 : bool[] @ models/lib/nn.yaml:80:7
%4948 = cast %4945 : f32[] @ models/lib/nn.yaml:80:7
%4949 = broadcast %4948 : f32[8] @ models/lib/nn.yaml:80:7
%4950 = mul %4936, %4949 : f32[8] @ models/lib/nn.yaml:80:7
%4951 = broadcast %4947 : bool[8] @ models/lib/nn.yaml:80:7
%4952 = select %4951, %4950, %4936 : f32[8] @ models/lib/nn.yaml:80:7
%4953 = state name="adam_m.head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%4954 = state name="adam_v.head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%4955 = state name="adam_t.head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4956 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%4957 = add %4955, %4956 : i64[] @ models/lib/nn.yaml:80:7
%4958 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%4959 = cast %4958 : f32[] @ models/lib/nn.yaml:80:7
%4960 = broadcast %4959 : f32[8] @ models/lib/nn.yaml:80:7
%4961 = mul %4952, %4960 : f32[8] @ models/lib/nn.yaml:80:7
%4962 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4963 = cast %4962 : f32[] @ models/lib/nn.yaml:80:7
%4964 = broadcast %4963 : f32[8] @ models/lib/nn.yaml:80:7
%4965 = mul %4953, %4964 : f32[8] @ models/lib/nn.yaml:80:7
%4966 = add %4965, %4961 : f32[8] @ models/lib/nn.yaml:80:7
%4967 = mul %4952, %4952 : f32[8] @ models/lib/nn.yaml:80:7
%4968 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%4969 = cast %4968 : f32[] @ models/lib/nn.yaml:80:7
%4970 = broadcast %4969 : f32[8] @ models/lib/nn.yaml:80:7
%4971 = mul %4967, %4970 : f32[8] @ models/lib/nn.yaml:80:7
%4972 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4973 = cast %4972 : f32[] @ models/lib/nn.yaml:80:7
%4974 = broadcast %4973 : f32[8] @ models/lib/nn.yaml:80:7
%4975 = mul %4954, %4974 : f32[8] @ models/lib/nn.yaml:80:7
%4976 = add %4975, %4971 : f32[8] @ models/lib/nn.yaml:80:7
%4977 = cast %4957 : f64[] @ models/lib/nn.yaml:80:7
%4978 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4979 = pow %4978, %4977 : f64[] @ models/lib/nn.yaml:80:7
%4980 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4981 = sub %4980, %4979 : f64[] @ models/lib/nn.yaml:80:7
%4982 = div %1145, %4981 : f64[] @ models/lib/nn.yaml:80:7
%4983 = cast %4957 : f64[] @ models/lib/nn.yaml:80:7
%4984 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4985 = pow %4984, %4983 : f64[] @ models/lib/nn.yaml:80:7
%4986 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4987 = sub %4986, %4985 : f64[] @ models/lib/nn.yaml:80:7
%4988 = sqrt %4987 : f64[] @ models/lib/nn.yaml:80:7
%4989 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4990 = div %4989, %4988 : f64[] @ models/lib/nn.yaml:80:7
%4991 = sqrt %4976 : f32[8] @ models/lib/nn.yaml:80:7
%4992 = cast %4990 : f32[] @ models/lib/nn.yaml:80:7
%4993 = broadcast %4992 : f32[8] @ models/lib/nn.yaml:80:7
%4994 = mul %4991, %4993 : f32[8] @ models/lib/nn.yaml:80:7
%4995 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%4996 = cast %4995 : f32[] @ models/lib/nn.yaml:80:7
%4997 = broadcast %4996 : f32[8] @ models/lib/nn.yaml:80:7
%4998 = add %4994, %4997 : f32[8] @ models/lib/nn.yaml:80:7
%4999 = div %4966, %4998 : f32[8] @ models/lib/nn.yaml:80:7
%5000 = cast %4982 : f32[] @ models/lib/nn.yaml:80:7
%5001 = broadcast %5000 : f32[8] @ models/lib/nn.yaml:80:7
%5002 = mul %4999, %5001 : f32[8] @ models/lib/nn.yaml:80:7
%5003 = sub %42, %5002 : f32[8] @ models/lib/nn.yaml:80:7
%5004 = assign %42, %5003 : f32[8] @ models/lib/nn.yaml:80:7
%5005 = assign %4953, %4966 : f32[8] @ models/lib/nn.yaml:80:7
%5006 = assign %4954, %4976 : f32[8] @ models/lib/nn.yaml:80:7
%5007 = assign %4955, %4957 : i64[] @ models/lib/nn.yaml:80:7
%5008 = cast %1147 : f32[] @ models/lib/nn.yaml:80:7
%5009 = broadcast %5008 : f32[8] @ models/lib/nn.yaml:80:7
%5010 = mul %80, %5009 : f32[8] @ models/lib/nn.yaml:80:7
%5011 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5012 = sub %5011, %1147 : f64[] @ models/lib/nn.yaml:80:7
%5013 = cast %5012 : f32[] @ models/lib/nn.yaml:80:7
%5014 = broadcast %5013 : f32[8] @ models/lib/nn.yaml:80:7
%5015 = mul %5003, %5014 : f32[8] @ models/lib/nn.yaml:80:7
%5016 = add %5010, %5015 : f32[8] @ models/lib/nn.yaml:80:7
%5017 = assign %80, %5016 : f32[8] @ models/lib/nn.yaml:80:7
%5018 = cast %1147 : f32[] @ models/lib/dino.yaml:18:7
%5019 = broadcast %5018 : f32[32,1] @ models/lib/dino.yaml:18:7
%5020 = mul %81, %5019 : f32[32,1] @ models/lib/dino.yaml:18:7
%5021 = const data=[1] : f64[] @ models/lib/dino.yaml:18:7
%5022 = sub %5021, %1147 : f64[] @ models/lib/dino.yaml:18:7
%5023 = cast %5022 : f32[] @ models/lib/dino.yaml:18:7
%5024 = broadcast %5023 : f32[32,1] @ models/lib/dino.yaml:18:7
%5025 = mul %43, %5024 : f32[32,1] @ models/lib/dino.yaml:18:7
%5026 = add %5020, %5025 : f32[32,1] @ models/lib/dino.yaml:18:7
%5027 = assign %81, %5026 : f32[32,1] @ models/lib/dino.yaml:18:7
%5028 = all_reduce_sum %1617 : f32[32,8] @ models/lib/dino.yaml:19:7
%5029 = reshape %5028 : f32[256] @ models/lib/dino.yaml:19:7
%5030 = mul %5029, %5029 : f32[256] @ models/lib/dino.yaml:19:7
%5031 = reduce_sum %5030 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%5032 = sqrt %5031 : f32[] @ models/lib/dino.yaml:19:7
%5033 = cast %5032 : f64[] @ models/lib/dino.yaml:19:7
%5034 = const data=[1e-06] : f64[] @ models/lib/dino.yaml:19:7
%5035 = add %5033, %5034 : f64[] @ models/lib/dino.yaml:19:7
%5036 = const data=[3] : f64[] @ models/lib/dino.yaml:19:7
%5037 = div %5036, %5035 : f64[] @ models/lib/dino.yaml:19:7
%5038 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%5039 = lt %5037, %5038 : bool[] @ models/lib/dino.yaml:19:7
%5040 = cast %5037 : f32[] @ models/lib/dino.yaml:19:7
%5041 = broadcast %5040 : f32[32,8] @ models/lib/dino.yaml:19:7
%5042 = mul %5028, %5041 : f32[32,8] @ models/lib/dino.yaml:19:7
%5043 = broadcast %5039 : bool[32,8] @ models/lib/dino.yaml:19:7
%5044 = select %5043, %5042, %5028 : f32[32,8] @ models/lib/dino.yaml:19:7
%5045 = state name="adam_m.head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%5046 = state name="adam_v.head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%5047 = state name="adam_t.head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%5048 = const data=[1] : i64[] @ models/lib/dino.yaml:19:7
%5049 = add %5047, %5048 : i64[] @ models/lib/dino.yaml:19:7
%5050 = mul %1145, %1146 : f64[] @ models/lib/dino.yaml:19:7
%5051 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%5052 = sub %5051, %5050 : f64[] @ models/lib/dino.yaml:19:7
%5053 = cast %5052 : f32[] @ models/lib/dino.yaml:19:7
%5054 = broadcast %5053 : f32[32,8] @ models/lib/dino.yaml:19:7
%5055 = mul %44, %5054 : f32[32,8] @ models/lib/dino.yaml:19:7
%5056 = const data=[0.09999999999999998] : f64[] @ models/lib/dino.yaml:19:7
%5057 = cast %5056 : f32[] @ models/lib/dino.yaml:19:7
%5058 = broadcast %5057 : f32[32,8] @ models/lib/dino.yaml:19:7
%5059 = mul %5044, %5058 : f32[32,8] @ models/lib/dino.yaml:19:7
%5060 = const data=[0.9] : f64[] @ models/lib/dino.yaml:19:7
%5061 = cast %5060 : f32[] @ models/lib/dino.yaml:19:7
%5062 = broadcast %5061 : f32[32,8] @ models/lib/dino.yaml:19:7
%5063 = mul %5045, %5062 : f32[32,8] @ models/lib/dino.yaml:19:7
%5064 = add %5063, %5059 : f32[32,8] @ models/lib/dino.yaml:19:7
%5065 = mul %5044, %5044 : f32[32,8] @ models/lib/dino.yaml:19:7
%5066 = const data=[0.0010000000000000009] : f64[] @ models/lib/dino.yaml:19:7
%5067 = cast %5066 : f32[] @ models/lib/dino.yaml:19:7
%5068 = broadcast %5067 : f32[32,8] @ models/lib/dino.yaml:19:7
%5069 = mul %5065, %5068 : f32[32,8] @ models/lib/dino.yaml:19:7
%5070 = const data=[0.999] : f64[] @ models/lib/dino.yaml:19:7
%5071 = cast %5070 : f32[] @ models/lib/dino.yaml:19:7
%5072 = broadcast %5071 : f32[32,8] @ models/lib/dino.yaml:19:7
%5073 = mul %5046, %5072 : f32[32,8] @ models/lib/dino.yaml:19:7
%5074 = add %5073, %5069 : f32[32,8] @ models/lib/dino.yaml:19:7
%5075 = cast %5049 : f64[] @ models/lib/dino.yaml:19:7
%5076 = const data=[0.9] : f64[] @ models/lib/dino.yaml:19:7
%5077 = pow %5076, %5075 : f64[] @ models/lib/dino.yaml:19:7
%5078 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%5079 = sub %5078, %5077 : f64[] @ models/lib/dino.yaml:19:7
%5080 = div %1145, %5079 : f64[] @ models/lib/dino.yaml:19:7
%5081 = cast %5049 : f64[] @ models/lib/dino.yaml:19:7
%5082 = const data=[0.999] : f64[] @ models/lib/dino.yaml:19:7
%5083 = pow %5082, %5081 : f64[] @ models/lib/dino.yaml:19:7
%5084 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%5085 = sub %5084, %5083 : f64[] @ models/lib/dino.yaml:19:7
%5086 = sqrt %5085 : f64[] @ models/lib/dino.yaml:19:7
%5087 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%5088 = div %5087, %5086 : f64[] @ models/lib/dino.yaml:19:7
%5089 = sqrt %5074 : f32[32,8] @ models/lib/dino.yaml:19:7
%5090 = cast %5088 : f32[] @ models/lib/dino.yaml:19:7
%5091 = broadcast %5090 : f32[32,8] @ models/lib/dino.yaml:19:7
%5092 = mul %5089, %5091 : f32[32,8] @ models/lib/dino.yaml:19:7
%5093 = const data=[1e-08] : f64[] @ models/lib/dino.yaml:19:7
%5094 = cast %5093 : f32[] @ models/lib/dino.yaml:19:7
%5095 = broadcast %5094 : f32[32,8] @ models/lib/dino.yaml:19:7
%5096 = add %5092, %5095 : f32[32,8] @ models/lib/dino.yaml:19:7
%5097 = div %5064, %5096 : f32[32,8] @ models/lib/dino.yaml:19:7
%5098 = cast %5080 : f32[] @ models/lib/dino.yaml:19:7
%5099 = broadcast %5098 : f32[32,8] @ models/lib/dino.yaml:19:7
%5100 = mul %5097, %5099 : f32[32,8] @ models/lib/dino.yaml:19:7
%5101 = sub %5055, %5100 : f32[32,8] @ models/lib/dino.yaml:19:7
%5102 = const data=[1] : i64[] @ models/lib/dino.yaml:19:7
%5103 = input name="epoch" : i64[] @ models/lib/dino.yaml:19:7
%5104 = lt %5103, %5102 : bool[] @ models/lib/dino.yaml:19:7
%5105 = broadcast %5104 : bool[32,8] @ models/lib/dino.yaml:19:7
%5106 = select %5105, %44, %5101 : f32[32,8] @ models/lib/dino.yaml:19:7
%5107 = broadcast %5104 : bool[32,8] @ models/lib/dino.yaml:19:7
%5108 = select %5107, %5045, %5064 : f32[32,8] @ models/lib/dino.yaml:19:7
%5109 = broadcast %5104 : bool[32,8] @ models/lib/dino.yaml:19:7
%5110 = select %5109, %5046, %5074 : f32[32,8] @ models/lib/dino.yaml:19:7
%5111 = select %5104, %5047, %5049 : i64[] @ models/lib/dino.yaml:19:7
%5112 = assign %44, %5106 : f32[32,8] @ models/lib/dino.yaml:19:7
%5113 = assign %5045, %5108 : f32[32,8] @ models/lib/dino.yaml:19:7
%5114 = assign %5046, %5110 : f32[32,8] @ models/lib/dino.yaml:19:7
%5115 = assign %5047, %5111 : i64[] @ models/lib/dino.yaml:19:7
%5116 = cast %1147 : f32[] @ models/lib/dino.yaml:19:7
%5117 = broadcast %5116 : f32[32,8] @ models/lib/dino.yaml:19:7
%5118 = mul %82, %5117 : f32[32,8] @ models/lib/dino.yaml:19:7
%5119 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%5120 = sub %5119, %1147 : f64[] @ models/lib/dino.yaml:19:7
%5121 = cast %5120 : f32[] @ models/lib/dino.yaml:19:7
%5122 = broadcast %5121 : f32[32,8] @ models/lib/dino.yaml:19:7
%5123 = mul %5106, %5122 : f32[32,8] @ models/lib/dino.yaml:19:7
%5124 = add %5118, %5123 : f32[32,8] @ models/lib/dino.yaml:19:7
%5125 = assign %82, %5124 : f32[32,8] @ models/lib/dino.yaml:19:7
%5126 = const data=[inf] : f32[] @ models/dino.yaml:73:3
%5127 = abs %1129 : f32[] @ models/dino.yaml:73:3
%5128 = lt %5127, %5126 : bool[] @ models/dino.yaml:73:3
%5129 = output %5128 name="finite" : bool[] @ models/dino.yaml:73:3
