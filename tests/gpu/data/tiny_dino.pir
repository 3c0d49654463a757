graph "models/tiny_dino.yaml"
%1 = input name="sched.temp_t" : f32[] @ models/dino.yaml:58:3
%2 = input name="crops.global" : f32[4,3,16,16] @ models/dino.yaml:49:3
%3 = input name="crops.local" : f32[4,3,12,12] @ models/dino.yaml:51:3
%4 = param name="backbone.cls_token" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%5 = param name="backbone.pos_embed" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%6 = param name="backbone.patch_embed.proj.weight" init="uniform_fan_in(48)" tags=[] frozen_epochs=0 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%7 = param name="backbone.patch_embed.proj.bias" init="uniform_fan_in(48)" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/vit.yaml:10:7
%8 = param name="backbone.blocks.0.norm1.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:89:7
%9 = param name="backbone.blocks.0.norm1.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:90:7
%10 = param name="backbone.blocks.0.attn.qkv.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[48,16] @ models/lib/nn.yaml:79:7
%11 = param name="backbone.blocks.0.attn.qkv.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[48] @ models/lib/nn.yaml:80:7
%12 = param name="backbone.blocks.0.attn.proj.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,16] @ models/lib/nn.yaml:79:7
%13 = param name="backbone.blocks.0.attn.proj.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%14 = param name="backbone.blocks.0.norm2.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:89:7
%15 = param name="backbone.blocks.0.norm2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:90:7
%16 = param name="backbone.blocks.0.mlp.fc1.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[64,16] @ models/lib/nn.yaml:79:7
%17 = param name="backbone.blocks.0.mlp.fc1.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:80:7
%18 = param name="backbone.blocks.0.mlp.fc2.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,64] @ models/lib/nn.yaml:79:7
%19 = param name="backbone.blocks.0.mlp.fc2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%20 = param name="backbone.blocks.1.norm1.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:89:7
%21 = param name="backbone.blocks.1.norm1.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:90:7
%22 = param name="backbone.blocks.1.attn.qkv.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[48,16] @ models/lib/nn.yaml:79:7
%23 = param name="backbone.blocks.1.attn.qkv.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[48] @ models/lib/nn.yaml:80:7
%24 = param name="backbone.blocks.1.attn.proj.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,16] @ models/lib/nn.yaml:79:7
%25 = param name="backbone.blocks.1.attn.proj.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%26 = param name="backbone.blocks.1.norm2.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:89:7
%27 = param name="backbone.blocks.1.norm2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:90:7
%28 = param name="backbone.blocks.1.mlp.fc1.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[64,16] @ models/lib/nn.yaml:79:7
%29 = param name="backbone.blocks.1.mlp.fc1.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:80:7
%30 = param name="backbone.blocks.1.mlp.fc2.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,64] @ models/lib/nn.yaml:79:7
%31 = param name="backbone.blocks.1.mlp.fc2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%32 = param name="backbone.norm.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:89:7
%33 = param name="backbone.norm.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:90:7
%34 = param name="head.mlp.0.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[24,16] @ models/lib/nn.yaml:79:7
%35 = param name="head.mlp.0.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[24] @ models/lib/nn.yaml:80:7
%36 = param name="head.mlp.2.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[24,24] @ models/lib/nn.yaml:79:7
%37 = param name="head.mlp.2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[24] @ models/lib/nn.yaml:80:7
%38 = param name="head.mlp.4.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[8,24] @ models/lib/nn.yaml:79:7
%39 = param name="head.mlp.4.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[8] @ models/lib/nn.yaml:80:7
%40 = param name="head.last_layer.weight_g" init="ones" tags=[frozen] frozen_epochs=1 : f32[32,1] @ models/lib/dino.yaml:18:7
%41 = param name="head.last_layer.weight_v" init="uniform_fan_in(8)" tags=[] frozen_epochs=1 : f32[32,8] @ models/lib/dino.yaml:19:7
%42 = state name="teacher.backbone.cls_token" init="copy(backbone.cls_token)" : f32[1,1,16] @ models/lib/vit.yaml:47:7
%43 = state name="teacher.backbone.pos_embed" init="copy(backbone.pos_embed)" : f32[1,17,16] @ models/lib/vit.yaml:48:7
%44 = state name="teacher.backbone.patch_embed.proj.weight" init="copy(backbone.patch_embed.proj.weight)" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%45 = state name="teacher.backbone.patch_embed.proj.bias" init="copy(backbone.patch_embed.proj.bias)" : f32[16] @ models/lib/vit.yaml:10:7
%46 = state name="teacher.backbone.blocks.0.norm1.weight" init="copy(backbone.blocks.0.norm1.weight)" : f32[16] @ models/lib/nn.yaml:89:7
%47 = state name="teacher.backbone.blocks.0.norm1.bias" init="copy(backbone.blocks.0.norm1.bias)" : f32[16] @ models/lib/nn.yaml:90:7
%48 = state name="teacher.backbone.blocks.0.attn.qkv.weight" init="copy(backbone.blocks.0.attn.qkv.weight)" : f32[48,16] @ models/lib/nn.yaml:79:7
%49 = state name="teacher.backbone.blocks.0.attn.qkv.bias" init="copy(backbone.blocks.0.attn.qkv.bias)" : f32[48] @ models/lib/nn.yaml:80:7
%50 = state name="teacher.backbone.blocks.0.attn.proj.weight" init="copy(backbone.blocks.0.attn.proj.weight)" : f32[16,16] @ models/lib/nn.yaml:79:7
%51 = state name="teacher.backbone.blocks.0.attn.proj.bias" init="copy(backbone.blocks.0.attn.proj.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%52 = state name="teacher.backbone.blocks.0.norm2.weight" init="copy(backbone.blocks.0.norm2.weight)" : f32[16] @ models/lib/nn.yaml:89:7
%53 = state name="teacher.backbone.blocks.0.norm2.bias" init="copy(backbone.blocks.0.norm2.bias)" : f32[16] @ models/lib/nn.yaml:90:7
%54 = state name="teacher.backbone.blocks.0.mlp.fc1.weight" init="copy(backbone.blocks.0.mlp.fc1.weight)" : f32[64,16] @ models/lib/nn.yaml:79:7
%55 = state name="teacher.backbone.blocks.0.mlp.fc1.bias" init="copy(backbone.blocks.0.mlp.fc1.bias)" : f32[64] @ models/lib/nn.yaml:80:7
%56 = state name="teacher.backbone.blocks.0.mlp.fc2.weight" init="copy(backbone.blocks.0.mlp.fc2.weight)" : f32[16,64] @ models/lib/nn.yaml:79:7
%57 = state name="teacher.backbone.blocks.0.mlp.fc2.bias" init="copy(backbone.blocks.0.mlp.fc2.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%58 = state name="teacher.backbone.blocks.1.norm1.weight" init="copy(backbone.blocks.1.norm1.weight)" : f32[16] @ models/lib/nn.yaml:89:7
%59 = state name="teacher.backbone.blocks.1.norm1.bias" init="copy(backbone.blocks.1.norm1.bias)" : f32[16] @ models/lib/nn.yaml:90:7
%60 = state name="teacher.backbone.blocks.1.attn.qkv.weight" init="copy(backbone.blocks.1.attn.qkv.weight)" : f32[48,16] @ models/lib/nn.yaml:79:7
%61 = state name="teacher.backbone.blocks.1.attn.qkv.bias" init="copy(backbone.blocks.1.attn.qkv.bias)" : f32[48] @ models/lib/nn.yaml:80:7
%62 = state name="teacher.backbone.blocks.1.attn.proj.weight" init="copy(backbone.blocks.1.attn.proj.weight)" : f32[16,16] @ models/lib/nn.yaml:79:7
%63 = state name="teacher.backbone.blocks.1.attn.proj.bias" init="copy(backbone.blocks.1.attn.proj.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%64 = state name="teacher.backbone.blocks.1.norm2.weight" init="copy(backbone.blocks.1.norm2.weight)" : f32[16] @ models/lib/nn.yaml:89:7
%65 = state name="teacher.backbone.blocks.1.norm2.bias" init="copy(backbone.blocks.1.norm2.bias)" : f32[16] @ models/lib/nn.yaml:90:7
%66 = state name="teacher.backbone.blocks.1.mlp.fc1.weight" init="copy(backbone.blocks.1.mlp.fc1.weight)" : f32[64,16] @ models/lib/nn.yaml:79:7
%67 = state name="teacher.backbone.blocks.1.mlp.fc1.bias" init="copy(backbone.blocks.1.mlp.fc1.bias)" : f32[64] @ models/lib/nn.yaml:80:7
%68 = state name="teacher.backbone.blocks.1.mlp.fc2.weight" init="copy(backbone.blocks.1.mlp.fc2.weight)" : f32[16,64] @ models/lib/nn.yaml:79:7
%69 = state name="teacher.backbone.blocks.1.mlp.fc2.bias" init="copy(backbone.blocks.1.mlp.fc2.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%70 = state name="teacher.backbone.norm.weight" init="copy(backbone.norm.weight)" : f32[16] @ models/lib/nn.yaml:89:7
%71 = state name="teacher.backbone.norm.bias" init="copy(backbone.norm.bias)" : f32[16] @ models/lib/nn.yaml:90:7
%72 = state name="teacher.head.mlp.0.weight" init="copy(head.mlp.0.weight)" : f32[24,16] @ models/lib/nn.yaml:79:7
%73 = state name="teacher.head.mlp.0.bias" init="copy(head.mlp.0.bias)" : f32[24] @ models/lib/nn.yaml:80:7
%74 = state name="teacher.head.mlp.2.weight" init="copy(head.mlp.2.weight)" : f32[24,24] @ models/lib/nn.yaml:79:7
%75 = state name="teacher.head.mlp.2.bias" init="copy(head.mlp.2.bias)" : f32[24] @ models/lib/nn.yaml:80:7
%76 = state name="teacher.head.mlp.4.weight" init="copy(head.mlp.4.weight)" : f32[8,24] @ models/lib/nn.yaml:79:7
%77 = state name="teacher.head.mlp.4.bias" init="copy(head.mlp.4.bias)" : f32[8] @ models/lib/nn.yaml:80:7
%78 = state name="teacher.head.last_layer.weight_g" init="copy(head.last_layer.weight_g)" : f32[32,1] @ models/lib/dino.yaml:18:7
%79 = state name="teacher.head.last_layer.weight_v" init="copy(head.last_layer.weight_v)" : f32[32,8] @ models/lib/dino.yaml:19:7
%80 = state name="center" init="zeros" : f32[1,32] @ models/dino.yaml:68:3
%81 = reshape %2 : f32[4,3,4,4,4,4] @ models/lib/vit.yaml:15:21
%82 = permute %81 perm=[0,2,4,1,3,5] : f32[4,4,4,3,4,4] @ models/lib/vit.yaml:15:13
%83 = reshape %82 : f32[4,16,48] @ models/lib/vit.yaml:16:13
%84 = reshape %44 : f32[16,48] @ models/lib/vit.yaml:17:20
%85 = matmul %83, %84 ta=0 tb=1 : f32[4,16,16] @ models/lib/vit.yaml:17:18
%86 = broadcast %45 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%87 = add %85, %86 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%88 = broadcast %42 : f32[4,1,16] @ models/lib/vit.yaml:61:20
%89 = concat %88, %87 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:61:13
%90 = broadcast %43 : f32[4,17,16] @ models/lib/vit.yaml:62:15
%91 = add %89, %90 : f32[4,17,16] @ models/lib/vit.yaml:62:15
%92 = reduce_sum %91 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%93 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%94 = broadcast %93 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%95 = div %92, %94 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%96 = broadcast %95 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%97 = sub %91, %96 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%98 = mul %97, %97 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%99 = reduce_sum %98 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%100 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%101 = broadcast %100 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%102 = div %99, %101 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%103 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%104 = broadcast %103 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%105 = add %102, %104 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%106 = rsqrt %105 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%107 = broadcast %106 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%108 = mul %97, %107 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%109 = broadcast %46 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%110 = mul %108, %109 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%111 = broadcast %47 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%112 = add %110, %111 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%113 = matmul %112, %48 ta=0 tb=1 : f32[4,17,48] @ models/lib/nn.yaml:83:15
%114 = broadcast %49 : f32[4,17,48] @ models/lib/nn.yaml:84:18
%115 = add %113, %114 : f32[4,17,48] @ models/lib/nn.yaml:84:18
%116 = reshape %115 : f32[4,17,3,2,8] @ models/lib/nn.yaml:66:21
%117 = permute %116 perm=[2,0,3,1,4] : f32[3,4,2,17,8] @ models/lib/nn.yaml:66:13
%118 = slice %117 lo=[0,0,0,0,0] hi=[1,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:28
%119 = reshape %118 : f32[4,2,17,8] @ models/lib/nn.yaml:67:28
%120 = slice %117 lo=[1,0,0,0,0] hi=[2,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:34
%121 = reshape %120 : f32[4,2,17,8] @ models/lib/nn.yaml:67:34
%122 = slice %117 lo=[2,0,0,0,0] hi=[3,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:40
%123 = reshape %122 : f32[4,2,17,8] @ models/lib/nn.yaml:67:40
%124 = matmul %119, %121 ta=0 tb=1 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%125 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%126 = broadcast %125 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%127 = mul %124, %126 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%128 = reduce_max %127 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:14:35
%129 = stop_gradient %128 : f32[4,2,17,1] @ models/lib/nn.yaml:14:21
%130 = broadcast %129 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%131 = sub %127, %130 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%132 = exp %131 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%133 = reduce_sum %132 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:20
%134 = broadcast %133 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%135 = div %132, %134 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%136 = matmul %135, %123 ta=0 tb=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%137 = permute %136 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/nn.yaml:56:13
%138 = reshape %137 : f32[4,17,16] @ models/lib/nn.yaml:57:16
%139 = matmul %138, %50 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%140 = broadcast %51 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%141 = add %139, %140 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%142 = add %91, %141 : f32[4,17,16] @ models/lib/nn.yaml:125:15
%143 = reduce_sum %142 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%144 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%145 = broadcast %144 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%146 = div %143, %145 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%147 = broadcast %146 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%148 = sub %142, %147 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%149 = mul %148, %148 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%150 = reduce_sum %149 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%151 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%152 = broadcast %151 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%153 = div %150, %152 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%154 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%155 = broadcast %154 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%156 = add %153, %155 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%157 = rsqrt %156 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%158 = broadcast %157 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%159 = mul %148, %158 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%160 = broadcast %52 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%161 = mul %159, %160 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%162 = broadcast %53 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%163 = add %161, %162 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%164 = matmul %163, %54 ta=0 tb=1 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%165 = broadcast %55 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%166 = add %164, %165 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%167 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%168 = broadcast %167 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%169 = mul %168, %166 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%170 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%171 = broadcast %170 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%172 = mul %166, %171 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%173 = erf %172 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%174 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%175 = broadcast %174 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%176 = add %175, %173 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%177 = mul %169, %176 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%178 = matmul %177, %56 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%179 = broadcast %57 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%180 = add %178, %179 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%181 = add %142, %180 : f32[4,17,16] @ models/lib/nn.yaml:126:18
%182 = reduce_sum %181 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%183 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%184 = broadcast %183 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%185 = div %182, %184 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%186 = broadcast %185 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%187 = sub %181, %186 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%188 = mul %187, %187 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%189 = reduce_sum %188 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%190 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%191 = broadcast %190 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%192 = div %189, %191 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%193 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%194 = broadcast %193 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%195 = add %192, %194 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%196 = rsqrt %195 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%197 = broadcast %196 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%198 = mul %187, %197 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%199 = broadcast %58 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%200 = mul %198, %199 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%201 = broadcast %59 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%202 = add %200, %201 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%203 = matmul %202, %60 ta=0 tb=1 : f32[4,17,48] @ models/lib/nn.yaml:83:15
%204 = broadcast %61 : f32[4,17,48] @ models/lib/nn.yaml:84:18
%205 = add %203, %204 : f32[4,17,48] @ models/lib/nn.yaml:84:18
%206 = reshape %205 : f32[4,17,3,2,8] @ models/lib/nn.yaml:66:21
%207 = permute %206 perm=[2,0,3,1,4] : f32[3,4,2,17,8] @ models/lib/nn.yaml:66:13
%208 = slice %207 lo=[0,0,0,0,0] hi=[1,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:28
%209 = reshape %208 : f32[4,2,17,8] @ models/lib/nn.yaml:67:28
%210 = slice %207 lo=[1,0,0,0,0] hi=[2,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:34
%211 = reshape %210 : f32[4,2,17,8] @ models/lib/nn.yaml:67:34
%212 = slice %207 lo=[2,0,0,0,0] hi=[3,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:40
%213 = reshape %212 : f32[4,2,17,8] @ models/lib/nn.yaml:67:40
%214 = matmul %209, %211 ta=0 tb=1 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%215 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%216 = broadcast %215 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%217 = mul %214, %216 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%218 = reduce_max %217 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:14:35
%219 = stop_gradient %218 : f32[4,2,17,1] @ models/lib/nn.yaml:14:21
%220 = broadcast %219 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%221 = sub %217, %220 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%222 = exp %221 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%223 = reduce_sum %222 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:20
%224 = broadcast %223 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%225 = div %222, %224 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%226 = matmul %225, %213 ta=0 tb=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%227 = permute %226 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/nn.yaml:56:13
%228 = reshape %227 : f32[4,17,16] @ models/lib/nn.yaml:57:16
%229 = matmul %228, %62 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%230 = broadcast %63 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%231 = add %229, %230 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%232 = add %181, %231 : f32[4,17,16] @ models/lib/nn.yaml:125:15
%233 = reduce_sum %232 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%234 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%235 = broadcast %234 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%236 = div %233, %235 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%237 = broadcast %236 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%238 = sub %232, %237 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%239 = mul %238, %238 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%240 = reduce_sum %239 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%241 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%242 = broadcast %241 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%243 = div %240, %242 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%244 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%245 = broadcast %244 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%246 = add %243, %245 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%247 = rsqrt %246 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%248 = broadcast %247 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%249 = mul %238, %248 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%250 = broadcast %64 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%251 = mul %249, %250 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%252 = broadcast %65 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%253 = add %251, %252 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%254 = matmul %253, %66 ta=0 tb=1 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%255 = broadcast %67 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%256 = add %254, %255 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%257 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%258 = broadcast %257 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%259 = mul %258, %256 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%260 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%261 = broadcast %260 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%262 = mul %256, %261 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%263 = erf %262 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%264 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%265 = broadcast %264 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%266 = add %265, %263 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%267 = mul %259, %266 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%268 = matmul %267, %68 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%269 = broadcast %69 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%270 = add %268, %269 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%271 = add %232, %270 : f32[4,17,16] @ models/lib/nn.yaml:126:18
%272 = reduce_sum %271 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%273 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%274 = broadcast %273 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%275 = div %272, %274 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%276 = broadcast %275 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%277 = sub %271, %276 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%278 = mul %277, %277 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%279 = reduce_sum %278 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%280 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%281 = broadcast %280 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%282 = div %279, %281 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%283 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%284 = broadcast %283 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%285 = add %282, %284 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%286 = rsqrt %285 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%287 = broadcast %286 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%288 = mul %277, %287 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%289 = broadcast %70 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%290 = mul %288, %289 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%291 = broadcast %71 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%292 = add %290, %291 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%293 = slice %292 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino.yaml:44:34
%294 = reshape %293 : f32[4,16] @ models/dino.yaml:44:34
%295 = matmul %294, %72 ta=0 tb=1 : f32[4,24] @ models/lib/nn.yaml:83:15
%296 = broadcast %73 : f32[4,24] @ models/lib/nn.yaml:84:18
%297 = add %295, %296 : f32[4,24] @ models/lib/nn.yaml:84:18
%298 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%299 = broadcast %298 : f32[4,24] @ models/lib/nn.yaml:27:20
%300 = mul %299, %297 : f32[4,24] @ models/lib/nn.yaml:27:20
%301 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%302 = broadcast %301 : f32[4,24] @ models/lib/nn.yaml:27:37
%303 = mul %297, %302 : f32[4,24] @ models/lib/nn.yaml:27:37
%304 = erf %303 : f32[4,24] @ models/lib/nn.yaml:27:31
%305 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%306 = broadcast %305 : f32[4,24] @ models/lib/nn.yaml:27:29
%307 = add %306, %304 : f32[4,24] @ models/lib/nn.yaml:27:29
%308 = mul %300, %307 : f32[4,24] @ models/lib/nn.yaml:27:24
%309 = matmul %308, %74 ta=0 tb=1 : f32[4,24] @ models/lib/nn.yaml:83:15
%310 = broadcast %75 : f32[4,24] @ models/lib/nn.yaml:84:18
%311 = add %309, %310 : f32[4,24] @ models/lib/nn.yaml:84:18
%312 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%313 = broadcast %312 : f32[4,24] @ models/lib/nn.yaml:27:20
%314 = mul %313, %311 : f32[4,24] @ models/lib/nn.yaml:27:20
%315 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%316 = broadcast %315 : f32[4,24] @ models/lib/nn.yaml:27:37
%317 = mul %311, %316 : f32[4,24] @ models/lib/nn.yaml:27:37
%318 = erf %317 : f32[4,24] @ models/lib/nn.yaml:27:31
%319 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%320 = broadcast %319 : f32[4,24] @ models/lib/nn.yaml:27:29
%321 = add %320, %318 : f32[4,24] @ models/lib/nn.yaml:27:29
%322 = mul %314, %321 : f32[4,24] @ models/lib/nn.yaml:27:24
%323 = matmul %322, %76 ta=0 tb=1 : f32[4,8] @ models/lib/nn.yaml:83:15
%324 = broadcast %77 : f32[4,8] @ models/lib/nn.yaml:84:18
%325 = add %323, %324 : f32[4,8] @ models/lib/nn.yaml:84:18
%326 = mul %325, %325 : f32[4,8] @ models/lib/nn.yaml:33:35
%327 = reduce_sum %326 axes=[1] keep=1 : f32[4,1] @ models/lib/nn.yaml:33:29
%328 = sqrt %327 : f32[4,1] @ models/lib/nn.yaml:33:24
%329 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%330 = cast %329 : f32[] @ models/lib/nn.yaml:33:61
%331 = broadcast %330 : f32[4,1] @ models/lib/nn.yaml:33:20
%332 = max %328, %331 : f32[4,1] @ models/lib/nn.yaml:33:20
%333 = broadcast %332 : f32[4,8] @ models/lib/nn.yaml:33:18
%334 = div %325, %333 : f32[4,8] @ models/lib/nn.yaml:33:18
%335 = broadcast %78 : f32[32,8] @ models/lib/dino.yaml:22:22
%336 = mul %335, %79 : f32[32,8] @ models/lib/dino.yaml:22:22
%337 = mul %79, %79 : f32[32,8] @ models/lib/dino.yaml:22:53
%338 = reduce_sum %337 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%339 = sqrt %338 : f32[32,1] @ models/lib/dino.yaml:22:35
%340 = broadcast %339 : f32[32,8] @ models/lib/dino.yaml:22:33
%341 = div %336, %340 : f32[32,8] @ models/lib/dino.yaml:22:33
%342 = matmul %334, %341 ta=0 tb=1 : f32[4,32] @ models/lib/dino.yaml:23:18
%343 = slice %342 lo=[0,0] hi=[2,32] : f32[2,32] @ models/dino.yaml:64:23
%344 = slice %342 lo=[2,0] hi=[4,32] : f32[2,32] @ models/dino.yaml:64:23
%345 = reshape %2 : f32[4,3,4,4,4,4] @ models/lib/vit.yaml:15:21
%346 = permute %345 perm=[0,2,4,1,3,5] : f32[4,4,4,3,4,4] @ models/lib/vit.yaml:15:13
%347 = reshape %346 : f32[4,16,48] @ models/lib/vit.yaml:16:13
%348 = reshape %6 : f32[16,48] @ models/lib/vit.yaml:17:20
%349 = matmul %347, %348 ta=0 tb=1 : f32[4,16,16] @ models/lib/vit.yaml:17:18
%350 = broadcast %7 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%351 = add %349, %350 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%352 = broadcast %4 : f32[4,1,16] @ models/lib/vit.yaml:61:20
%353 = concat %352, %351 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:61:13
%354 = broadcast %5 : f32[4,17,16] @ models/lib/vit.yaml:62:15
%355 = add %353, %354 : f32[4,17,16] @ models/lib/vit.yaml:62:15
%356 = reduce_sum %355 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%357 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%358 = broadcast %357 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%359 = div %356, %358 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%360 = broadcast %359 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%361 = sub %355, %360 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%362 = mul %361, %361 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%363 = reduce_sum %362 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%364 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%365 = broadcast %364 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%366 = div %363, %365 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%367 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%368 = broadcast %367 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%369 = add %366, %368 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%370 = rsqrt %369 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%371 = broadcast %370 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%372 = mul %361, %371 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%373 = broadcast %8 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%374 = mul %372, %373 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%375 = broadcast %9 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%376 = add %374, %375 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%377 = matmul %376, %10 ta=0 tb=1 : f32[4,17,48] @ models/lib/nn.yaml:83:15
%378 = broadcast %11 : f32[4,17,48] @ models/lib/nn.yaml:84:18
%379 = add %377, %378 : f32[4,17,48] @ models/lib/nn.yaml:84:18
%380 = reshape %379 : f32[4,17,3,2,8] @ models/lib/nn.yaml:66:21
%381 = permute %380 perm=[2,0,3,1,4] : f32[3,4,2,17,8] @ models/lib/nn.yaml:66:13
%382 = slice %381 lo=[0,0,0,0,0] hi=[1,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:28
%383 = reshape %382 : f32[4,2,17,8] @ models/lib/nn.yaml:67:28
%384 = slice %381 lo=[1,0,0,0,0] hi=[2,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:34
%385 = reshape %384 : f32[4,2,17,8] @ models/lib/nn.yaml:67:34
%386 = slice %381 lo=[2,0,0,0,0] hi=[3,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:40
%387 = reshape %386 : f32[4,2,17,8] @ models/lib/nn.yaml:67:40
%388 = matmul %383, %385 ta=0 tb=1 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%389 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%390 = broadcast %389 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%391 = mul %388, %390 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%392 = reduce_max %391 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:14:35
%393 = stop_gradient %392 : f32[4,2,17,1] @ models/lib/nn.yaml:14:21
%394 = broadcast %393 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%395 = sub %391, %394 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%396 = exp %395 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%397 = reduce_sum %396 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:20
%398 = broadcast %397 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%399 = div %396, %398 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%400 = matmul %399, %387 ta=0 tb=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%401 = permute %400 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/nn.yaml:56:13
%402 = reshape %401 : f32[4,17,16] @ models/lib/nn.yaml:57:16
%403 = matmul %402, %12 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%404 = broadcast %13 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%405 = add %403, %404 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%406 = add %355, %405 : f32[4,17,16] @ models/lib/nn.yaml:125:15
%407 = reduce_sum %406 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%408 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%409 = broadcast %408 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%410 = div %407, %409 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%411 = broadcast %410 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%412 = sub %406, %411 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%413 = mul %412, %412 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%414 = reduce_sum %413 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%415 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%416 = broadcast %415 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%417 = div %414, %416 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%418 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%419 = broadcast %418 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%420 = add %417, %419 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%421 = rsqrt %420 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%422 = broadcast %421 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%423 = mul %412, %422 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%424 = broadcast %14 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%425 = mul %423, %424 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%426 = broadcast %15 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%427 = add %425, %426 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%428 = matmul %427, %16 ta=0 tb=1 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%429 = broadcast %17 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%430 = add %428, %429 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%431 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%432 = broadcast %431 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%433 = mul %432, %430 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%434 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%435 = broadcast %434 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%436 = mul %430, %435 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%437 = erf %436 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%438 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%439 = broadcast %438 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%440 = add %439, %437 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%441 = mul %433, %440 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%442 = matmul %441, %18 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%443 = broadcast %19 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%444 = add %442, %443 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%445 = add %406, %444 : f32[4,17,16] @ models/lib/nn.yaml:126:18
%446 = reduce_sum %445 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%447 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%448 = broadcast %447 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%449 = div %446, %448 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%450 = broadcast %449 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%451 = sub %445, %450 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%452 = mul %451, %451 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%453 = reduce_sum %452 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%454 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%455 = broadcast %454 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%456 = div %453, %455 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%457 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%458 = broadcast %457 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%459 = add %456, %458 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%460 = rsqrt %459 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%461 = broadcast %460 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%462 = mul %451, %461 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%463 = broadcast %20 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%464 = mul %462, %463 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%465 = broadcast %21 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%466 = add %464, %465 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%467 = matmul %466, %22 ta=0 tb=1 : f32[4,17,48] @ models/lib/nn.yaml:83:15
%468 = broadcast %23 : f32[4,17,48] @ models/lib/nn.yaml:84:18
%469 = add %467, %468 : f32[4,17,48] @ models/lib/nn.yaml:84:18
%470 = reshape %469 : f32[4,17,3,2,8] @ models/lib/nn.yaml:66:21
%471 = permute %470 perm=[2,0,3,1,4] : f32[3,4,2,17,8] @ models/lib/nn.yaml:66:13
%472 = slice %471 lo=[0,0,0,0,0] hi=[1,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:28
%473 = reshape %472 : f32[4,2,17,8] @ models/lib/nn.yaml:67:28
%474 = slice %471 lo=[1,0,0,0,0] hi=[2,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:34
%475 = reshape %474 : f32[4,2,17,8] @ models/lib/nn.yaml:67:34
%476 = slice %471 lo=[2,0,0,0,0] hi=[3,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:40
%477 = reshape %476 : f32[4,2,17,8] @ models/lib/nn.yaml:67:40
%478 = matmul %473, %475 ta=0 tb=1 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%479 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%480 = broadcast %479 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%481 = mul %478, %480 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%482 = reduce_max %481 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:14:35
%483 = stop_gradient %482 : f32[4,2,17,1] @ models/lib/nn.yaml:14:21
%484 = broadcast %483 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%485 = sub %481, %484 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%486 = exp %485 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%487 = reduce_sum %486 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:20
%488 = broadcast %487 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%489 = div %486, %488 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%490 = matmul %489, %477 ta=0 tb=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%491 = permute %490 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/nn.yaml:56:13
%492 = reshape %491 : f32[4,17,16] @ models/lib/nn.yaml:57:16
%493 = matmul %492, %24 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%494 = broadcast %25 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%495 = add %493, %494 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%496 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%497 = broadcast %496 : f32[4,17,16] @ models/lib/nn.yaml:50:38
%498 = div %495, %497 : f32[4,17,16] @ models/lib/nn.yaml:50:38
%499 = input name="seed" : i64[] @ models/lib/nn.yaml:43:13
%500 = rand_uniform %499 stream=1 : f32[4] @ models/lib/nn.yaml:43:13
%501 = const data=[0.9] : f32[] @ models/lib/nn.yaml:44:30
%502 = broadcast %501 : f32[4] @ models/lib/nn.yaml:44:35
%503 = add %502, %500 : f32[4] @ models/lib/nn.yaml:44:35
%504 = floor %503 : f32[4] @ models/lib/nn.yaml:44:24
%505 = reshape %504 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%506 = broadcast %505 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%507 = mul %498, %506 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%508 = add %445, %507 : f32[4,17,16] @ models/lib/nn.yaml:125:15
%509 = reduce_sum %508 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%510 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%511 = broadcast %510 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%512 = div %509, %511 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%513 = broadcast %512 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%514 = sub %508, %513 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%515 = mul %514, %514 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%516 = reduce_sum %515 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%517 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%518 = broadcast %517 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%519 = div %516, %518 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%520 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%521 = broadcast %520 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%522 = add %519, %521 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%523 = rsqrt %522 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%524 = broadcast %523 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%525 = mul %514, %524 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%526 = broadcast %26 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%527 = mul %525, %526 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%528 = broadcast %27 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%529 = add %527, %528 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%530 = matmul %529, %28 ta=0 tb=1 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%531 = broadcast %29 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%532 = add %530, %531 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%533 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%534 = broadcast %533 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%535 = mul %534, %532 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%536 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%537 = broadcast %536 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%538 = mul %532, %537 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%539 = erf %538 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%540 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%541 = broadcast %540 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%542 = add %541, %539 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%543 = mul %535, %542 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%544 = matmul %543, %30 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%545 = broadcast %31 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%546 = add %544, %545 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%547 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%548 = broadcast %547 : f32[4,17,16] @ models/lib/nn.yaml:50:38
%549 = div %546, %548 : f32[4,17,16] @ models/lib/nn.yaml:50:38
%550 = rand_uniform %499 stream=2 : f32[4] @ models/lib/nn.yaml:43:13
%551 = const data=[0.9] : f32[] @ models/lib/nn.yaml:44:30
%552 = broadcast %551 : f32[4] @ models/lib/nn.yaml:44:35
%553 = add %552, %550 : f32[4] @ models/lib/nn.yaml:44:35
%554 = floor %553 : f32[4] @ models/lib/nn.yaml:44:24
%555 = reshape %554 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%556 = broadcast %555 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%557 = mul %549, %556 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%558 = add %508, %557 : f32[4,17,16] @ models/lib/nn.yaml:126:18
%559 = reduce_sum %558 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%560 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%561 = broadcast %560 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%562 = div %559, %561 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%563 = broadcast %562 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%564 = sub %558, %563 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%565 = mul %564, %564 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%566 = reduce_sum %565 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%567 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%568 = broadcast %567 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%569 = div %566, %568 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%570 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%571 = broadcast %570 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%572 = add %569, %571 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%573 = rsqrt %572 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%574 = broadcast %573 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%575 = mul %564, %574 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%576 = broadcast %32 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%577 = mul %575, %576 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%578 = broadcast %33 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%579 = add %577, %578 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%580 = slice %579 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino.yaml:44:34
%581 = reshape %580 : f32[4,16] @ models/dino.yaml:44:34
%582 = matmul %581, %34 ta=0 tb=1 : f32[4,24] @ models/lib/nn.yaml:83:15
%583 = broadcast %35 : f32[4,24] @ models/lib/nn.yaml:84:18
%584 = add %582, %583 : f32[4,24] @ models/lib/nn.yaml:84:18
%585 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%586 = broadcast %585 : f32[4,24] @ models/lib/nn.yaml:27:20
%587 = mul %586, %584 : f32[4,24] @ models/lib/nn.yaml:27:20
%588 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%589 = broadcast %588 : f32[4,24] @ models/lib/nn.yaml:27:37
%590 = mul %584, %589 : f32[4,24] @ models/lib/nn.yaml:27:37
%591 = erf %590 : f32[4,24] @ models/lib/nn.yaml:27:31
%592 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%593 = broadcast %592 : f32[4,24] @ models/lib/nn.yaml:27:29
%594 = add %593, %591 : f32[4,24] @ models/lib/nn.yaml:27:29
%595 = mul %587, %594 : f32[4,24] @ models/lib/nn.yaml:27:24
%596 = matmul %595, %36 ta=0 tb=1 : f32[4,24] @ models/lib/nn.yaml:83:15
%597 = broadcast %37 : f32[4,24] @ models/lib/nn.yaml:84:18
%598 = add %596, %597 : f32[4,24] @ models/lib/nn.yaml:84:18
%599 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%600 = broadcast %599 : f32[4,24] @ models/lib/nn.yaml:27:20
%601 = mul %600, %598 : f32[4,24] @ models/lib/nn.yaml:27:20
%602 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%603 = broadcast %602 : f32[4,24] @ models/lib/nn.yaml:27:37
%604 = mul %598, %603 : f32[4,24] @ models/lib/nn.yaml:27:37
%605 = erf %604 : f32[4,24] @ models/lib/nn.yaml:27:31
%606 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%607 = broadcast %606 : f32[4,24] @ models/lib/nn.yaml:27:29
%608 = add %607, %605 : f32[4,24] @ models/lib/nn.yaml:27:29
%609 = mul %601, %608 : f32[4,24] @ models/lib/nn.yaml:27:24
%610 = matmul %609, %38 ta=0 tb=1 : f32[4,8] @ models/lib/nn.yaml:83:15
%611 = broadcast %39 : f32[4,8] @ models/lib/nn.yaml:84:18
%612 = add %610, %611 : f32[4,8] @ models/lib/nn.yaml:84:18
%613 = mul %612, %612 : f32[4,8] @ models/lib/nn.yaml:33:35
%614 = reduce_sum %613 axes=[1] keep=1 : f32[4,1] @ models/lib/nn.yaml:33:29
%615 = sqrt %614 : f32[4,1] @ models/lib/nn.yaml:33:24
%616 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%617 = cast %616 : f32[] @ models/lib/nn.yaml:33:61
%618 = broadcast %617 : f32[4,1] @ models/lib/nn.yaml:33:20
%619 = max %615, %618 : f32[4,1] @ models/lib/nn.yaml:33:20
%620 = broadcast %619 : f32[4,8] @ models/lib/nn.yaml:33:18
%621 = div %612, %620 : f32[4,8] @ models/lib/nn.yaml:33:18
%622 = broadcast %40 : f32[32,8] @ models/lib/dino.yaml:22:22
%623 = mul %622, %41 : f32[32,8] @ models/lib/dino.yaml:22:22
%624 = mul %41, %41 : f32[32,8] @ models/lib/dino.yaml:22:53
%625 = reduce_sum %624 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%626 = sqrt %625 : f32[32,1] @ models/lib/dino.yaml:22:35
%627 = broadcast %626 : f32[32,8] @ models/lib/dino.yaml:22:33
%628 = div %623, %627 : f32[32,8] @ models/lib/dino.yaml:22:33
%629 = matmul %621, %628 ta=0 tb=1 : f32[4,32] @ models/lib/dino.yaml:23:18
%630 = slice %629 lo=[0,0] hi=[2,32] : f32[2,32] @ models/dino.yaml:65:20
%631 = slice %629 lo=[2,0] hi=[4,32] : f32[2,32] @ models/dino.yaml:65:20
%632 = reshape %3 : f32[4,3,3,4,3,4] @ models/lib/vit.yaml:15:21
%633 = permute %632 perm=[0,2,4,1,3,5] : f32[4,3,3,3,4,4] @ models/lib/vit.yaml:15:13
%634 = reshape %633 : f32[4,9,48] @ models/lib/vit.yaml:16:13
%635 = reshape %6 : f32[16,48] @ models/lib/vit.yaml:17:20
%636 = matmul %634, %635 ta=0 tb=1 : f32[4,9,16] @ models/lib/vit.yaml:17:18
%637 = broadcast %7 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%638 = add %636, %637 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%639 = broadcast %4 : f32[4,1,16] @ models/lib/vit.yaml:61:20
%640 = concat %639, %638 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:61:13
%641 = slice %5 lo=[0,0,0] hi=[1,1,16] : f32[1,1,16] @ models/lib/vit.yaml:41:46
%642 = slice %5 lo=[0,1,0] hi=[1,17,16] : f32[1,16,16] @ models/lib/vit.yaml:41:72
%643 = resize_matrix n=4 scale=0.775 : f32[3,4] @ models/lib/vit.yaml:31:13
%644 = reshape %642 : f32[4,64] @ models/lib/vit.yaml:32:17
%645 = matmul %643, %644 ta=0 tb=0 : f32[3,64] @ models/lib/vit.yaml:32:15
%646 = reshape %645 : f32[3,4,16] @ models/lib/vit.yaml:33:21
%647 = permute %646 perm=[1,0,2] : f32[4,3,16] @ models/lib/vit.yaml:33:13
%648 = reshape %647 : f32[4,48] @ models/lib/vit.yaml:34:17
%649 = matmul %643, %648 ta=0 tb=0 : f32[3,48] @ models/lib/vit.yaml:34:15
%650 = reshape %649 : f32[3,3,16] @ models/lib/vit.yaml:35:21
%651 = permute %650 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%652 = reshape %651 : f32[1,9,16] @ models/lib/vit.yaml:36:16
%653 = concat %641, %652 axis=1 : f32[1,10,16] @ models/lib/vit.yaml:41:36
%654 = broadcast %653 : f32[4,10,16] @ models/lib/vit.yaml:62:15
%655 = add %640, %654 : f32[4,10,16] @ models/lib/vit.yaml:62:15
%656 = reduce_sum %655 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%657 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%658 = broadcast %657 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%659 = div %656, %658 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%660 = broadcast %659 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%661 = sub %655, %660 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%662 = mul %661, %661 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%663 = reduce_sum %662 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%664 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%665 = broadcast %664 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%666 = div %663, %665 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%667 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%668 = broadcast %667 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%669 = add %666, %668 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%670 = rsqrt %669 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%671 = broadcast %670 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%672 = mul %661, %671 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%673 = broadcast %8 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%674 = mul %672, %673 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%675 = broadcast %9 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%676 = add %674, %675 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%677 = matmul %676, %10 ta=0 tb=1 : f32[4,10,48] @ models/lib/nn.yaml:83:15
%678 = broadcast %11 : f32[4,10,48] @ models/lib/nn.yaml:84:18
%679 = add %677, %678 : f32[4,10,48] @ models/lib/nn.yaml:84:18
%680 = reshape %679 : f32[4,10,3,2,8] @ models/lib/nn.yaml:66:21
%681 = permute %680 perm=[2,0,3,1,4] : f32[3,4,2,10,8] @ models/lib/nn.yaml:66:13
%682 = slice %681 lo=[0,0,0,0,0] hi=[1,4,2,10,8] : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:28
%683 = reshape %682 : f32[4,2,10,8] @ models/lib/nn.yaml:67:28
%684 = slice %681 lo=[1,0,0,0,0] hi=[2,4,2,10,8] : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:34
%685 = reshape %684 : f32[4,2,10,8] @ models/lib/nn.yaml:67:34
%686 = slice %681 lo=[2,0,0,0,0] hi=[3,4,2,10,8] : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:40
%687 = reshape %686 : f32[4,2,10,8] @ models/lib/nn.yaml:67:40
%688 = matmul %683, %685 ta=0 tb=1 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%689 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%690 = broadcast %689 : f32[4,2,10,10] @ models/lib/nn.yaml:55:29
%691 = mul %688, %690 : f32[4,2,10,10] @ models/lib/nn.yaml:55:29
%692 = reduce_max %691 axes=[3] keep=1 : f32[4,2,10,1] @ models/lib/nn.yaml:14:35
%693 = stop_gradient %692 : f32[4,2,10,1] @ models/lib/nn.yaml:14:21
%694 = broadcast %693 : f32[4,2,10,10] @ models/lib/nn.yaml:14:19
%695 = sub %691, %694 : f32[4,2,10,10] @ models/lib/nn.yaml:14:19
%696 = exp %695 : f32[4,2,10,10] @ models/lib/nn.yaml:14:13
%697 = reduce_sum %696 axes=[3] keep=1 : f32[4,2,10,1] @ models/lib/nn.yaml:15:20
%698 = broadcast %697 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%699 = div %696, %698 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%700 = matmul %699, %687 ta=0 tb=0 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%701 = permute %700 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/nn.yaml:56:13
%702 = reshape %701 : f32[4,10,16] @ models/lib/nn.yaml:57:16
%703 = matmul %702, %12 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%704 = broadcast %13 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%705 = add %703, %704 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%706 = add %655, %705 : f32[4,10,16] @ models/lib/nn.yaml:125:15
%707 = reduce_sum %706 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%708 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%709 = broadcast %708 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%710 = div %707, %709 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%711 = broadcast %710 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%712 = sub %706, %711 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%713 = mul %712, %712 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%714 = reduce_sum %713 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%715 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%716 = broadcast %715 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%717 = div %714, %716 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%718 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%719 = broadcast %718 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%720 = add %717, %719 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%721 = rsqrt %720 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%722 = broadcast %721 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%723 = mul %712, %722 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%724 = broadcast %14 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%725 = mul %723, %724 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%726 = broadcast %15 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%727 = add %725, %726 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%728 = matmul %727, %16 ta=0 tb=1 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%729 = broadcast %17 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%730 = add %728, %729 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%731 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%732 = broadcast %731 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%733 = mul %732, %730 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%734 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%735 = broadcast %734 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%736 = mul %730, %735 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%737 = erf %736 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%738 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%739 = broadcast %738 : f32[4,10,64] @ models/lib/nn.yaml:27:29
%740 = add %739, %737 : f32[4,10,64] @ models/lib/nn.yaml:27:29
%741 = mul %733, %740 : f32[4,10,64] @ models/lib/nn.yaml:27:24
%742 = matmul %741, %18 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%743 = broadcast %19 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%744 = add %742, %743 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%745 = add %706, %744 : f32[4,10,16] @ models/lib/nn.yaml:126:18
%746 = reduce_sum %745 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%747 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%748 = broadcast %747 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%749 = div %746, %748 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%750 = broadcast %749 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%751 = sub %745, %750 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%752 = mul %751, %751 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%753 = reduce_sum %752 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%754 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%755 = broadcast %754 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%756 = div %753, %755 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%757 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%758 = broadcast %757 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%759 = add %756, %758 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%760 = rsqrt %759 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%761 = broadcast %760 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%762 = mul %751, %761 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%763 = broadcast %20 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%764 = mul %762, %763 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%765 = broadcast %21 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%766 = add %764, %765 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%767 = matmul %766, %22 ta=0 tb=1 : f32[4,10,48] @ models/lib/nn.yaml:83:15
%768 = broadcast %23 : f32[4,10,48] @ models/lib/nn.yaml:84:18
%769 = add %767, %768 : f32[4,10,48] @ models/lib/nn.yaml:84:18
%770 = reshape %769 : f32[4,10,3,2,8] @ models/lib/nn.yaml:66:21
%771 = permute %770 perm=[2,0,3,1,4] : f32[3,4,2,10,8] @ models/lib/nn.yaml:66:13
%772 = slice %771 lo=[0,0,0,0,0] hi=[1,4,2,10,8] : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:28
%773 = reshape %772 : f32[4,2,10,8] @ models/lib/nn.yaml:67:28
%774 = slice %771 lo=[1,0,0,0,0] hi=[2,4,2,10,8] : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:34
%775 = reshape %774 : f32[4,2,10,8] @ models/lib/nn.yaml:67:34
%776 = slice %771 lo=[2,0,0,0,0] hi=[3,4,2,10,8] : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:40
%777 = reshape %776 : f32[4,2,10,8] @ models/lib/nn.yaml:67:40
%778 = matmul %773, %775 ta=0 tb=1 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%779 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%780 = broadcast %779 : f32[4,2,10,10] @ models/lib/nn.yaml:55:29
%781 = mul %778, %780 : f32[4,2,10,10] @ models/lib/nn.yaml:55:29
%782 = reduce_max %781 axes=[3] keep=1 : f32[4,2,10,1] @ models/lib/nn.yaml:14:35
%783 = stop_gradient %782 : f32[4,2,10,1] @ models/lib/nn.yaml:14:21
%784 = broadcast %783 : f32[4,2,10,10] @ models/lib/nn.yaml:14:19
%785 = sub %781, %784 : f32[4,2,10,10] @ models/lib/nn.yaml:14:19
%786 = exp %785 : f32[4,2,10,10] @ models/lib/nn.yaml:14:13
%787 = reduce_sum %786 axes=[3] keep=1 : f32[4,2,10,1] @ models/lib/nn.yaml:15:20
%788 = broadcast %787 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%789 = div %786, %788 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%790 = matmul %789, %777 ta=0 tb=0 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%791 = permute %790 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/nn.yaml:56:13
%792 = reshape %791 : f32[4,10,16] @ models/lib/nn.yaml:57:16
%793 = matmul %792, %24 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%794 = broadcast %25 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%795 = add %793, %794 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%796 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%797 = broadcast %796 : f32[4,10,16] @ models/lib/nn.yaml:50:38
%798 = div %795, %797 : f32[4,10,16] @ models/lib/nn.yaml:50:38
%799 = rand_uniform %499 stream=3 : f32[4] @ models/lib/nn.yaml:43:13
%800 = const data=[0.9] : f32[] @ models/lib/nn.yaml:44:30
%801 = broadcast %800 : f32[4] @ models/lib/nn.yaml:44:35
%802 = add %801, %799 : f32[4] @ models/lib/nn.yaml:44:35
%803 = floor %802 : f32[4] @ models/lib/nn.yaml:44:24
%804 = reshape %803 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%805 = broadcast %804 : f32[4,10,16] @ models/lib/nn.yaml:50:51
%806 = mul %798, %805 : f32[4,10,16] @ models/lib/nn.yaml:50:51
%807 = add %745, %806 : f32[4,10,16] @ models/lib/nn.yaml:125:15
%808 = reduce_sum %807 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%809 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%810 = broadcast %809 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%811 = div %808, %810 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%812 = broadcast %811 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%813 = sub %807, %812 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%814 = mul %813, %813 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%815 = reduce_sum %814 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%816 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%817 = broadcast %816 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%818 = div %815, %817 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%819 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%820 = broadcast %819 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%821 = add %818, %820 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%822 = rsqrt %821 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%823 = broadcast %822 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%824 = mul %813, %823 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%825 = broadcast %26 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%826 = mul %824, %825 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%827 = broadcast %27 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%828 = add %826, %827 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%829 = matmul %828, %28 ta=0 tb=1 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%830 = broadcast %29 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%831 = add %829, %830 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%832 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%833 = broadcast %832 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%834 = mul %833, %831 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%835 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%836 = broadcast %835 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%837 = mul %831, %836 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%838 = erf %837 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%839 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%840 = broadcast %839 : f32[4,10,64] @ models/lib/nn.yaml:27:29
%841 = add %840, %838 : f32[4,10,64] @ models/lib/nn.yaml:27:29
%842 = mul %834, %841 : f32[4,10,64] @ models/lib/nn.yaml:27:24
%843 = matmul %842, %30 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%844 = broadcast %31 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%845 = add %843, %844 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%846 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%847 = broadcast %846 : f32[4,10,16] @ models/lib/nn.yaml:50:38
%848 = div %845, %847 : f32[4,10,16] @ models/lib/nn.yaml:50:38
%849 = rand_uniform %499 stream=4 : f32[4] @ models/lib/nn.yaml:43:13
%850 = const data=[0.9] : f32[] @ models/lib/nn.yaml:44:30
%851 = broadcast %850 : f32[4] @ models/lib/nn.yaml:44:35
%852 = add %851, %849 : f32[4] @ models/lib/nn.yaml:44:35
%853 = floor %852 : f32[4] @ models/lib/nn.yaml:44:24
%854 = reshape %853 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%855 = broadcast %854 : f32[4,10,16] @ models/lib/nn.yaml:50:51
%856 = mul %848, %855 : f32[4,10,16] @ models/lib/nn.yaml:50:51
%857 = add %807, %856 : f32[4,10,16] @ models/lib/nn.yaml:126:18
%858 = reduce_sum %857 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%859 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%860 = broadcast %859 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%861 = div %858, %860 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%862 = broadcast %861 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%863 = sub %857, %862 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%864 = mul %863, %863 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%865 = reduce_sum %864 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%866 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%867 = broadcast %866 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%868 = div %865, %867 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%869 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%870 = broadcast %869 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%871 = add %868, %870 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%872 = rsqrt %871 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%873 = broadcast %872 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%874 = mul %863, %873 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%875 = broadcast %32 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%876 = mul %874, %875 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%877 = broadcast %33 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%878 = add %876, %877 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%879 = slice %878 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino.yaml:44:34
%880 = reshape %879 : f32[4,16] @ models/dino.yaml:44:34
%881 = matmul %880, %34 ta=0 tb=1 : f32[4,24] @ models/lib/nn.yaml:83:15
%882 = broadcast %35 : f32[4,24] @ models/lib/nn.yaml:84:18
%883 = add %881, %882 : f32[4,24] @ models/lib/nn.yaml:84:18
%884 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%885 = broadcast %884 : f32[4,24] @ models/lib/nn.yaml:27:20
%886 = mul %885, %883 : f32[4,24] @ models/lib/nn.yaml:27:20
%887 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%888 = broadcast %887 : f32[4,24] @ models/lib/nn.yaml:27:37
%889 = mul %883, %888 : f32[4,24] @ models/lib/nn.yaml:27:37
%890 = erf %889 : f32[4,24] @ models/lib/nn.yaml:27:31
%891 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%892 = broadcast %891 : f32[4,24] @ models/lib/nn.yaml:27:29
%893 = add %892, %890 : f32[4,24] @ models/lib/nn.yaml:27:29
%894 = mul %886, %893 : f32[4,24] @ models/lib/nn.yaml:27:24
%895 = matmul %894, %36 ta=0 tb=1 : f32[4,24] @ models/lib/nn.yaml:83:15
%896 = broadcast %37 : f32[4,24] @ models/lib/nn.yaml:84:18
%897 = add %895, %896 : f32[4,24] @ models/lib/nn.yaml:84:18
%898 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%899 = broadcast %898 : f32[4,24] @ models/lib/nn.yaml:27:20
%900 = mul %899, %897 : f32[4,24] @ models/lib/nn.yaml:27:20
%901 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%902 = broadcast %901 : f32[4,24] @ models/lib/nn.yaml:27:37
%903 = mul %897, %902 : f32[4,24] @ models/lib/nn.yaml:27:37
%904 = erf %903 : f32[4,24] @ models/lib/nn.yaml:27:31
%905 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%906 = broadcast %905 : f32[4,24] @ models/lib/nn.yaml:27:29
%907 = add %906, %904 : f32[4,24] @ models/lib/nn.yaml:27:29
%908 = mul %900, %907 : f32[4,24] @ models/lib/nn.yaml:27:24
%909 = matmul %908, %38 ta=0 tb=1 : f32[4,8] @ models/lib/nn.yaml:83:15
%910 = broadcast %39 : f32[4,8] @ models/lib/nn.yaml:84:18
%911 = add %909, %910 : f32[4,8] @ models/lib/nn.yaml:84:18
%912 = mul %911, %911 : f32[4,8] @ models/lib/nn.yaml:33:35
%913 = reduce_sum %912 axes=[1] keep=1 : f32[4,1] @ models/lib/nn.yaml:33:29
%914 = sqrt %913 : f32[4,1] @ models/lib/nn.yaml:33:24
%915 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%916 = cast %915 : f32[] @ models/lib/nn.yaml:33:61
%917 = broadcast %916 : f32[4,1] @ models/lib/nn.yaml:33:20
%918 = max %914, %917 : f32[4,1] @ models/lib/nn.yaml:33:20
%919 = broadcast %918 : f32[4,8] @ models/lib/nn.yaml:33:18
%920 = div %911, %919 : f32[4,8] @ models/lib/nn.yaml:33:18
%921 = broadcast %40 : f32[32,8] @ models/lib/dino.yaml:22:22
%922 = mul %921, %41 : f32[32,8] @ models/lib/dino.yaml:22:22
%923 = mul %41, %41 : f32[32,8] @ models/lib/dino.yaml:22:53
%924 = reduce_sum %923 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%925 = sqrt %924 : f32[32,1] @ models/lib/dino.yaml:22:35
%926 = broadcast %925 : f32[32,8] @ models/lib/dino.yaml:22:33
%927 = div %922, %926 : f32[32,8] @ models/lib/dino.yaml:22:33
%928 = matmul %920, %927 ta=0 tb=1 : f32[4,32] @ models/lib/dino.yaml:23:18
%929 = slice %928 lo=[0,0] hi=[2,32] : f32[2,32] @ models/dino.yaml:65:20
%930 = slice %928 lo=[2,0] hi=[4,32] : f32[2,32] @ models/dino.yaml:65:20
%931 = broadcast %80 : f32[2,32] @ models/lib/dino.yaml:38:38
%932 = sub %343, %931 : f32[2,32] @ models/lib/dino.yaml:38:38
%933 = broadcast %1 : f32[2,32] @ models/lib/dino.yaml:38:48
%934 = div %932, %933 : f32[2,32] @ models/lib/dino.yaml:38:48
%935 = reduce_max %934 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:14:35
%936 = stop_gradient %935 : f32[2,1] @ models/lib/nn.yaml:14:21
%937 = broadcast %936 : f32[2,32] @ models/lib/nn.yaml:14:19
%938 = sub %934, %937 : f32[2,32] @ models/lib/nn.yaml:14:19
%939 = exp %938 : f32[2,32] @ models/lib/nn.yaml:14:13
%940 = reduce_sum %939 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:15:20
%941 = broadcast %940 : f32[2,32] @ models/lib/nn.yaml:15:18
%942 = div %939, %941 : f32[2,32] @ models/lib/nn.yaml:15:18
%943 = stop_gradient %942 : f32[2,32] @ models/lib/dino.yaml:38:13
%944 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%945 = broadcast %944 : f32[2,32] @ models/lib/dino.yaml:39:44
%946 = div %631, %945 : f32[2,32] @ models/lib/dino.yaml:39:44
%947 = reduce_max %946 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:21:31
%948 = stop_gradient %947 : f32[2,1] @ models/lib/nn.yaml:21:17
%949 = broadcast %948 : f32[2,32] @ models/lib/nn.yaml:21:15
%950 = sub %946, %949 : f32[2,32] @ models/lib/nn.yaml:21:15
%951 = exp %950 : f32[2,32] @ models/lib/nn.yaml:22:28
%952 = reduce_sum %951 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:24
%953 = log %952 : f32[2,1] @ models/lib/nn.yaml:22:20
%954 = broadcast %953 : f32[2,32] @ models/lib/nn.yaml:22:18
%955 = sub %950, %954 : f32[2,32] @ models/lib/nn.yaml:22:18
%956 = mul %943, %955 : f32[2,32] @ models/lib/dino.yaml:39:28
%957 = reduce_sum %956 axes=[1] keep=0 : f32[2] @ models/lib/dino.yaml:39:22
%958 = neg %957 : f32[2] @ models/lib/dino.yaml:39:21
%959 = reduce_sum %958 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%960 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%961 = div %959, %960 : f32[] @ models/lib/dino.yaml:39:16
%962 = broadcast %80 : f32[2,32] @ models/lib/dino.yaml:38:38
%963 = sub %343, %962 : f32[2,32] @ models/lib/dino.yaml:38:38
%964 = broadcast %1 : f32[2,32] @ models/lib/dino.yaml:38:48
%965 = div %963, %964 : f32[2,32] @ models/lib/dino.yaml:38:48
%966 = reduce_max %965 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:14:35
%967 = stop_gradient %966 : f32[2,1] @ models/lib/nn.yaml:14:21
%968 = broadcast %967 : f32[2,32] @ models/lib/nn.yaml:14:19
%969 = sub %965, %968 : f32[2,32] @ models/lib/nn.yaml:14:19
%970 = exp %969 : f32[2,32] @ models/lib/nn.yaml:14:13
%971 = reduce_sum %970 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:15:20
%972 = broadcast %971 : f32[2,32] @ models/lib/nn.yaml:15:18
%973 = div %970, %972 : f32[2,32] @ models/lib/nn.yaml:15:18
%974 = stop_gradient %973 : f32[2,32] @ models/lib/dino.yaml:38:13
%975 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%976 = broadcast %975 : f32[2,32] @ models/lib/dino.yaml:39:44
%977 = div %929, %976 : f32[2,32] @ models/lib/dino.yaml:39:44
%978 = reduce_max %977 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:21:31
%979 = stop_gradient %978 : f32[2,1] @ models/lib/nn.yaml:21:17
%980 = broadcast %979 : f32[2,32] @ models/lib/nn.yaml:21:15
%981 = sub %977, %980 : f32[2,32] @ models/lib/nn.yaml:21:15
%982 = exp %981 : f32[2,32] @ models/lib/nn.yaml:22:28
%983 = reduce_sum %982 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:24
%984 = log %983 : f32[2,1] @ models/lib/nn.yaml:22:20
%985 = broadcast %984 : f32[2,32] @ models/lib/nn.yaml:22:18
%986 = sub %981, %985 : f32[2,32] @ models/lib/nn.yaml:22:18
%987 = mul %974, %986 : f32[2,32] @ models/lib/dino.yaml:39:28
%988 = reduce_sum %987 axes=[1] keep=0 : f32[2] @ models/lib/dino.yaml:39:22
%989 = neg %988 : f32[2] @ models/lib/dino.yaml:39:21
%990 = reduce_sum %989 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%991 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%992 = div %990, %991 : f32[] @ models/lib/dino.yaml:39:16
%993 = add %961, %992 : f32[] @ models/dino.yaml:76:11
%994 = broadcast %80 : f32[2,32] @ models/lib/dino.yaml:38:38
%995 = sub %343, %994 : f32[2,32] @ models/lib/dino.yaml:38:38
%996 = broadcast %1 : f32[2,32] @ models/lib/dino.yaml:38:48
%997 = div %995, %996 : f32[2,32] @ models/lib/dino.yaml:38:48
%998 = reduce_max %997 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:14:35
%999 = stop_gradient %998 : f32[2,1] @ models/lib/nn.yaml:14:21
%1000 = broadcast %999 : f32[2,32] @ models/lib/nn.yaml:14:19
%1001 = sub %997, %1000 : f32[2,32] @ models/lib/nn.yaml:14:19
%1002 = exp %1001 : f32[2,32] @ models/lib/nn.yaml:14:13
%1003 = reduce_sum %1002 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:15:20
%1004 = broadcast %1003 : f32[2,32] @ models/lib/nn.yaml:15:18
%1005 = div %1002, %1004 : f32[2,32] @ models/lib/nn.yaml:15:18
%1006 = stop_gradient %1005 : f32[2,32] @ models/lib/dino.yaml:38:13
%1007 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%1008 = broadcast %1007 : f32[2,32] @ models/lib/dino.yaml:39:44
%1009 = div %930, %1008 : f32[2,32] @ models/lib/dino.yaml:39:44
%1010 = reduce_max %1009 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:21:31
%1011 = stop_gradient %1010 : f32[2,1] @ models/lib/nn.yaml:21:17
%1012 = broadcast %1011 : f32[2,32] @ models/lib/nn.yaml:21:15
%1013 = sub %1009, %1012 : f32[2,32] @ models/lib/nn.yaml:21:15
%1014 = exp %1013 : f32[2,32] @ models/lib/nn.yaml:22:28
%1015 = reduce_sum %1014 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:24
%1016 = log %1015 : f32[2,1] @ models/lib/nn.yaml:22:20
%1017 = broadcast %1016 : f32[2,32] @ models/lib/nn.yaml:22:18
%1018 = sub %1013, %1017 : f32[2,32] @ models/lib/nn.yaml:22:18
%1019 = mul %1006, %1018 : f32[2,32] @ models/lib/dino.yaml:39:28
%1020 = reduce_sum %1019 axes=[1] keep=0 : f32[2] @ models/lib/dino.yaml:39:22
%1021 = neg %1020 : f32[2] @ models/lib/dino.yaml:39:21
%1022 = reduce_sum %1021 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%1023 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%1024 = div %1022, %1023 : f32[] @ models/lib/dino.yaml:39:16
%1025 = add %993, %1024 : f32[] @ models/dino.yaml:76:11
%1026 = broadcast %80 : f32[2,32] @ models/lib/dino.yaml:38:38
%1027 = sub %344, %1026 : f32[2,32] @ models/lib/dino.yaml:38:38
%1028 = broadcast %1 : f32[2,32] @ models/lib/dino.yaml:38:48
%1029 = div %1027, %1028 : f32[2,32] @ models/lib/dino.yaml:38:48
%1030 = reduce_max %1029 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:14:35
%1031 = stop_gradient %1030 : f32[2,1] @ models/lib/nn.yaml:14:21
%1032 = broadcast %1031 : f32[2,32] @ models/lib/nn.yaml:14:19
%1033 = sub %1029, %1032 : f32[2,32] @ models/lib/nn.yaml:14:19
%1034 = exp %1033 : f32[2,32] @ models/lib/nn.yaml:14:13
%1035 = reduce_sum %1034 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:15:20
%1036 = broadcast %1035 : f32[2,32] @ models/lib/nn.yaml:15:18
%1037 = div %1034, %1036 : f32[2,32] @ models/lib/nn.yaml:15:18
%1038 = stop_gradient %1037 : f32[2,32] @ models/lib/dino.yaml:38:13
%1039 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%1040 = broadcast %1039 : f32[2,32] @ models/lib/dino.yaml:39:44
%1041 = div %630, %1040 : f32[2,32] @ models/lib/dino.yaml:39:44
%1042 = reduce_max %1041 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:21:31
%1043 = stop_gradient %1042 : f32[2,1] @ models/lib/nn.yaml:21:17
%1044 = broadcast %1043 : f32[2,32] @ models/lib/nn.yaml:21:15
%1045 = sub %1041, %1044 : f32[2,32] @ models/lib/nn.yaml:21:15
%1046 = exp %1045 : f32[2,32] @ models/lib/nn.yaml:22:28
%1047 = reduce_sum %1046 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:24
%1048 = log %1047 : f32[2,1] @ models/lib/nn.yaml:22:20
%1049 = broadcast %1048 : f32[2,32] @ models/lib/nn.yaml:22:18
%1050 = sub %1045, %1049 : f32[2,32] @ models/lib/nn.yaml:22:18
%1051 = mul %1038, %1050 : f32[2,32] @ models/lib/dino.yaml:39:28
%1052 = reduce_sum %1051 axes=[1] keep=0 : f32[2] @ models/lib/dino.yaml:39:22
%1053 = neg %1052 : f32[2] @ models/lib/dino.yaml:39:21
%1054 = reduce_sum %1053 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%1055 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%1056 = div %1054, %1055 : f32[] @ models/lib/dino.yaml:39:16
%1057 = add %1025, %1056 : f32[] @ models/dino.yaml:76:11
%1058 = broadcast %80 : f32[2,32] @ models/lib/dino.yaml:38:38
%1059 = sub %344, %1058 : f32[2,32] @ models/lib/dino.yaml:38:38
%1060 = broadcast %1 : f32[2,32] @ models/lib/dino.yaml:38:48
%1061 = div %1059, %1060 : f32[2,32] @ models/lib/dino.yaml:38:48
%1062 = reduce_max %1061 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:14:35
%1063 = stop_gradient %1062 : f32[2,1] @ models/lib/nn.yaml:14:21
%1064 = broadcast %1063 : f32[2,32] @ models/lib/nn.yaml:14:19
%1065 = sub %1061, %1064 : f32[2,32] @ models/lib/nn.yaml:14:19
%1066 = exp %1065 : f32[2,32] @ models/lib/nn.yaml:14:13
%1067 = reduce_sum %1066 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:15:20
%1068 = broadcast %1067 : f32[2,32] @ models/lib/nn.yaml:15:18
%1069 = div %1066, %1068 : f32[2,32] @ models/lib/nn.yaml:15:18
%1070 = stop_gradient %1069 : f32[2,32] @ models/lib/dino.yaml:38:13
%1071 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%1072 = broadcast %1071 : f32[2,32] @ models/lib/dino.yaml:39:44
%1073 = div %929, %1072 : f32[2,32] @ models/lib/dino.yaml:39:44
%1074 = reduce_max %1073 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:21:31
%1075 = stop_gradient %1074 : f32[2,1] @ models/lib/nn.yaml:21:17
%1076 = broadcast %1075 : f32[2,32] @ models/lib/nn.yaml:21:15
%1077 = sub %1073, %1076 : f32[2,32] @ models/lib/nn.yaml:21:15
%1078 = exp %1077 : f32[2,32] @ models/lib/nn.yaml:22:28
%1079 = reduce_sum %1078 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:24
%1080 = log %1079 : f32[2,1] @ models/lib/nn.yaml:22:20
%1081 = broadcast %1080 : f32[2,32] @ models/lib/nn.yaml:22:18
%1082 = sub %1077, %1081 : f32[2,32] @ models/lib/nn.yaml:22:18
%1083 = mul %1070, %1082 : f32[2,32] @ models/lib/dino.yaml:39:28
%1084 = reduce_sum %1083 axes=[1] keep=0 : f32[2] @ models/lib/dino.yaml:39:22
%1085 = neg %1084 : f32[2] @ models/lib/dino.yaml:39:21
%1086 = reduce_sum %1085 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%1087 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%1088 = div %1086, %1087 : f32[] @ models/lib/dino.yaml:39:16
%1089 = add %1057, %1088 : f32[] @ models/dino.yaml:76:11
%1090 = broadcast %80 : f32[2,32] @ models/lib/dino.yaml:38:38
%1091 = sub %344, %1090 : f32[2,32] @ models/lib/dino.yaml:38:38
%1092 = broadcast %1 : f32[2,32] @ models/lib/dino.yaml:38:48
%1093 = div %1091, %1092 : f32[2,32] @ models/lib/dino.yaml:38:48
%1094 = reduce_max %1093 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:14:35
%1095 = stop_gradient %1094 : f32[2,1] @ models/lib/nn.yaml:14:21
%1096 = broadcast %1095 : f32[2,32] @ models/lib/nn.yaml:14:19
%1097 = sub %1093, %1096 : f32[2,32] @ models/lib/nn.yaml:14:19
%1098 = exp %1097 : f32[2,32] @ models/lib/nn.yaml:14:13
%1099 = reduce_sum %1098 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:15:20
%1100 = broadcast %1099 : f32[2,32] @ models/lib/nn.yaml:15:18
%1101 = div %1098, %1100 : f32[2,32] @ models/lib/nn.yaml:15:18
%1102 = stop_gradient %1101 : f32[2,32] @ models/lib/dino.yaml:38:13
%1103 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%1104 = broadcast %1103 : f32[2,32] @ models/lib/dino.yaml:39:44
%1105 = div %930, %1104 : f32[2,32] @ models/lib/dino.yaml:39:44
%1106 = reduce_max %1105 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:21:31
%1107 = stop_gradient %1106 : f32[2,1] @ models/lib/nn.yaml:21:17
%1108 = broadcast %1107 : f32[2,32] @ models/lib/nn.yaml:21:15
%1109 = sub %1105, %1108 : f32[2,32] @ models/lib/nn.yaml:21:15
%1110 = exp %1109 : f32[2,32] @ models/lib/nn.yaml:22:28
%1111 = reduce_sum %1110 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:24
%1112 = log %1111 : f32[2,1] @ models/lib/nn.yaml:22:20
%1113 = broadcast %1112 : f32[2,32] @ models/lib/nn.yaml:22:18
%1114 = sub %1109, %1113 : f32[2,32] @ models/lib/nn.yaml:22:18
%1115 = mul %1102, %1114 : f32[2,32] @ models/lib/dino.yaml:39:28
%1116 = reduce_sum %1115 axes=[1] keep=0 : f32[2] @ models/lib/dino.yaml:39:22
%1117 = neg %1116 : f32[2] @ models/lib/dino.yaml:39:21
%1118 = reduce_sum %1117 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%1119 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%1120 = div %1118, %1119 : f32[] @ models/lib/dino.yaml:39:16
%1121 = add %1089, %1120 : f32[] @ models/dino.yaml:76:11
%1122 = const data=[6] : f32[] @ models/dino.yaml:73:3
%1123 = div %1121, %1122 : f32[] @ models/dino.yaml:73:3
%1124 = output %1123 name="loss.dino" : f32[] @ models/dino.yaml:73:3
%1125 = const data=[1] : f32[] @ models/dino.yaml:73:3
%1126 = mul %1123, %1125 : f32[] @ models/dino.yaml:73:3
%1127 = output %1126 name="loss" : f32[] @ models/dino.yaml:73:3
%1128 = const data=[0.9] : f32[] @ models/dino.yaml:70:22
%1129 = broadcast %1128 : f32[1,32] @ models/dino.yaml:70:20
%1130 = mul %80, %1129 : f32[1,32] @ models/dino.yaml:70:20
%1131 = concat %343, %344 axis=0 : f32[4,32] @ models/dino.yaml:70:75
%1132 = reduce_sum %1131 axes=[0] keep=1 : f32[1,32] @ models/lib/nn.yaml:73:26
%1133 = all_reduce_sum %1132 : f32[1,32] @ models/lib/nn.yaml:73:16
%1134 = const data=[4] : f32[] @ models/lib/nn.yaml:73:65
%1135 = broadcast %1134 : f32[1,32] @ models/lib/nn.yaml:73:52
%1136 = div %1133, %1135 : f32[1,32] @ models/lib/nn.yaml:73:52
%1137 = const data=[0.1] : f32[] @ models/dino.yaml:70:43
%1138 = broadcast %1137 : f32[1,32] @ models/dino.yaml:70:62
%1139 = mul %1138, %1136 : f32[1,32] @ models/dino.yaml:70:62
%1140 = add %1130, %1139 : f32[1,32] @ models/dino.yaml:70:38
%1141 = assign %80, %1140 : f32[1,32] @ models/dino.yaml:70:13
