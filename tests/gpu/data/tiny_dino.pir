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
%124 = permute %122 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%125 = slice %120 lo=[0,0,0,0] hi=[4,2,17,1] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%126 = broadcast %125 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%127 = slice %124 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%128 = broadcast %127 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%129 = mul %126, %128 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%130 = slice %120 lo=[0,0,0,1] hi=[4,2,17,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%131 = broadcast %130 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%132 = slice %124 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%133 = broadcast %132 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%134 = mul %131, %133 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%135 = add %129, %134 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%136 = slice %120 lo=[0,0,0,2] hi=[4,2,17,3] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%137 = broadcast %136 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%138 = slice %124 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%139 = broadcast %138 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%140 = mul %137, %139 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%141 = add %135, %140 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%142 = slice %120 lo=[0,0,0,3] hi=[4,2,17,4] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%143 = broadcast %142 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%144 = slice %124 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%145 = broadcast %144 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%146 = mul %143, %145 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%147 = add %141, %146 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%148 = slice %120 lo=[0,0,0,4] hi=[4,2,17,5] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%149 = broadcast %148 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%150 = slice %124 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%151 = broadcast %150 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%152 = mul %149, %151 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%153 = add %147, %152 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%154 = slice %120 lo=[0,0,0,5] hi=[4,2,17,6] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%155 = broadcast %154 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%156 = slice %124 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%157 = broadcast %156 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%158 = mul %155, %157 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%159 = add %153, %158 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%160 = slice %120 lo=[0,0,0,6] hi=[4,2,17,7] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%161 = broadcast %160 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%162 = slice %124 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%163 = broadcast %162 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%164 = mul %161, %163 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%165 = add %159, %164 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%166 = slice %120 lo=[0,0,0,7] hi=[4,2,17,8] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%167 = broadcast %166 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%168 = slice %124 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%169 = broadcast %168 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%170 = mul %167, %169 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%171 = add %165, %170 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%172 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%173 = broadcast %172 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%174 = mul %171, %173 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%175 = reduce_max %174 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:14:35
%176 = stop_gradient %175 : f32[4,2,17,1] @ models/lib/nn.yaml:14:21
%177 = broadcast %176 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%178 = mul %171, %173 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%179 = sub %178, %177 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%180 = exp %179 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%181 = reduce_sum %180 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:20
%182 = broadcast %181 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%183 = exp %179 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%184 = div %183, %182 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%185 = reshape %184 : f32[4,2,17,17,1] @ models/lib/nn.yaml:56:23
%186 = broadcast %185 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%187 = reshape %123 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%188 = broadcast %187 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%189 = mul %186, %188 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%190 = reduce_sum %189 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%191 = permute %190 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/nn.yaml:56:13
%192 = reshape %191 : f32[4,17,16] @ models/lib/nn.yaml:57:16
%193 = matmul %192, %53 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%194 = broadcast %54 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%195 = add %193, %194 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%196 = add %94, %195 : f32[4,17,16] @ models/lib/nn.yaml:125:15
%197 = reduce_sum %196 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%198 = div %197, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%199 = broadcast %198 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%200 = sub %196, %199 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%201 = mul %200, %200 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%202 = reduce_sum %201 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%203 = div %202, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%204 = add %203, %105 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%205 = rsqrt %204 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%206 = broadcast %205 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%207 = mul %200, %206 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%208 = broadcast %55 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%209 = mul %207, %208 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%210 = broadcast %56 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%211 = add %209, %210 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%212 = matmul %211, %57 ta=0 tb=1 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%213 = broadcast %58 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%214 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%215 = broadcast %214 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%216 = add %212, %213 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%217 = mul %215, %216 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%218 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%219 = broadcast %218 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%220 = add %212, %213 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%221 = mul %220, %219 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%222 = erf %221 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%223 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%224 = broadcast %223 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%225 = add %224, %222 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%226 = mul %217, %225 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%227 = matmul %226, %59 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%228 = broadcast %60 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%229 = add %227, %228 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%230 = add %196, %229 : f32[4,17,16] @ models/lib/nn.yaml:126:18
%231 = reduce_sum %230 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%232 = div %231, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%233 = broadcast %232 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%234 = sub %230, %233 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%235 = mul %234, %234 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%236 = reduce_sum %235 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%237 = div %236, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%238 = add %237, %105 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%239 = rsqrt %238 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%240 = broadcast %239 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%241 = mul %234, %240 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%242 = broadcast %61 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%243 = mul %241, %242 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%244 = broadcast %62 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%245 = add %243, %244 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%246 = matmul %245, %63 ta=0 tb=1 : f32[4,17,48] @ models/lib/nn.yaml:83:15
%247 = broadcast %64 : f32[4,17,48] @ models/lib/nn.yaml:84:18
%248 = add %246, %247 : f32[4,17,48] @ models/lib/nn.yaml:84:18
%249 = reshape %248 : f32[4,17,3,2,8] @ models/lib/nn.yaml:66:21
%250 = permute %249 perm=[2,0,3,1,4] : f32[3,4,2,17,8] @ models/lib/nn.yaml:66:13
%251 = slice %250 lo=[0,0,0,0,0] hi=[1,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:28
%252 = reshape %251 : f32[4,2,17,8] @ models/lib/nn.yaml:67:28
%253 = slice %250 lo=[1,0,0,0,0] hi=[2,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:34
%254 = reshape %253 : f32[4,2,17,8] @ models/lib/nn.yaml:67:34
%255 = slice %250 lo=[2,0,0,0,0] hi=[3,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:40
%256 = permute %254 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%257 = slice %252 lo=[0,0,0,0] hi=[4,2,17,1] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%258 = broadcast %257 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%259 = slice %256 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%260 = broadcast %259 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%261 = mul %258, %260 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%262 = slice %252 lo=[0,0,0,1] hi=[4,2,17,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%263 = broadcast %262 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%264 = slice %256 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%265 = broadcast %264 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%266 = mul %263, %265 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%267 = add %261, %266 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%268 = slice %252 lo=[0,0,0,2] hi=[4,2,17,3] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%269 = broadcast %268 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%270 = slice %256 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%271 = broadcast %270 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%272 = mul %269, %271 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%273 = add %267, %272 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%274 = slice %252 lo=[0,0,0,3] hi=[4,2,17,4] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%275 = broadcast %274 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%276 = slice %256 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%277 = broadcast %276 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%278 = mul %275, %277 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%279 = add %273, %278 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%280 = slice %252 lo=[0,0,0,4] hi=[4,2,17,5] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%281 = broadcast %280 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%282 = slice %256 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%283 = broadcast %282 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%284 = mul %281, %283 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%285 = add %279, %284 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%286 = slice %252 lo=[0,0,0,5] hi=[4,2,17,6] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%287 = broadcast %286 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%288 = slice %256 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%289 = broadcast %288 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%290 = mul %287, %289 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%291 = add %285, %290 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%292 = slice %252 lo=[0,0,0,6] hi=[4,2,17,7] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%293 = broadcast %292 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%294 = slice %256 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%295 = broadcast %294 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%296 = mul %293, %295 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%297 = add %291, %296 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%298 = slice %252 lo=[0,0,0,7] hi=[4,2,17,8] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%299 = broadcast %298 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%300 = slice %256 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%301 = broadcast %300 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%302 = mul %299, %301 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%303 = add %297, %302 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%304 = mul %303, %173 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%305 = reduce_max %304 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:14:35
%306 = stop_gradient %305 : f32[4,2,17,1] @ models/lib/nn.yaml:14:21
%307 = broadcast %306 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%308 = mul %303, %173 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%309 = sub %308, %307 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%310 = exp %309 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%311 = reduce_sum %310 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:20
%312 = broadcast %311 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%313 = exp %309 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%314 = div %313, %312 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%315 = reshape %314 : f32[4,2,17,17,1] @ models/lib/nn.yaml:56:23
%316 = broadcast %315 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%317 = reshape %255 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%318 = broadcast %317 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%319 = mul %316, %318 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%320 = reduce_sum %319 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%321 = permute %320 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/nn.yaml:56:13
%322 = reshape %321 : f32[4,17,16] @ models/lib/nn.yaml:57:16
%323 = matmul %322, %65 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%324 = broadcast %66 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%325 = add %323, %324 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%326 = add %230, %325 : f32[4,17,16] @ models/lib/nn.yaml:125:15
%327 = reduce_sum %326 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%328 = div %327, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%329 = broadcast %328 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%330 = sub %326, %329 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%331 = mul %330, %330 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%332 = reduce_sum %331 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%333 = div %332, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%334 = add %333, %105 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%335 = rsqrt %334 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%336 = broadcast %335 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%337 = mul %330, %336 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%338 = broadcast %67 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%339 = mul %337, %338 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%340 = broadcast %68 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%341 = add %339, %340 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%342 = matmul %341, %69 ta=0 tb=1 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%343 = broadcast %70 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%344 = add %342, %343 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%345 = mul %215, %344 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%346 = add %342, %343 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%347 = mul %346, %219 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%348 = erf %347 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%349 = add %224, %348 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%350 = mul %345, %349 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%351 = matmul %350, %71 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%352 = broadcast %72 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%353 = add %351, %352 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%354 = add %326, %353 : f32[4,17,16] @ models/lib/nn.yaml:126:18
%355 = reduce_sum %354 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%356 = div %355, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%357 = broadcast %356 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%358 = sub %354, %357 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%359 = mul %358, %358 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%360 = reduce_sum %359 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%361 = div %360, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%362 = add %361, %105 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%363 = rsqrt %362 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%364 = broadcast %363 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%365 = mul %358, %364 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%366 = broadcast %73 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%367 = mul %365, %366 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%368 = broadcast %74 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%369 = add %367, %368 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%370 = slice %369 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino.yaml:44:34
%371 = reshape %370 : f32[4,16] @ models/dino.yaml:44:34
%372 = matmul %371, %75 ta=0 tb=1 : f32[4,24] @ models/lib/nn.yaml:83:15
%373 = broadcast %76 : f32[4,24] @ models/lib/nn.yaml:84:18
%374 = add %372, %373 : f32[4,24] @ models/lib/nn.yaml:84:18
%375 = broadcast %214 : f32[4,24] @ models/lib/nn.yaml:27:20
%376 = mul %375, %374 : f32[4,24] @ models/lib/nn.yaml:27:20
%377 = broadcast %218 : f32[4,24] @ models/lib/nn.yaml:27:37
%378 = mul %374, %377 : f32[4,24] @ models/lib/nn.yaml:27:37
%379 = erf %378 : f32[4,24] @ models/lib/nn.yaml:27:31
%380 = broadcast %223 : f32[4,24] @ models/lib/nn.yaml:27:29
%381 = add %380, %379 : f32[4,24] @ models/lib/nn.yaml:27:29
%382 = mul %376, %381 : f32[4,24] @ models/lib/nn.yaml:27:24
%383 = matmul %382, %77 ta=0 tb=1 : f32[4,24] @ models/lib/nn.yaml:83:15
%384 = broadcast %78 : f32[4,24] @ models/lib/nn.yaml:84:18
%385 = add %383, %384 : f32[4,24] @ models/lib/nn.yaml:84:18
%386 = mul %375, %385 : f32[4,24] @ models/lib/nn.yaml:27:20
%387 = mul %385, %377 : f32[4,24] @ models/lib/nn.yaml:27:37
%388 = erf %387 : f32[4,24] @ models/lib/nn.yaml:27:31
%389 = add %380, %388 : f32[4,24] @ models/lib/nn.yaml:27:29
%390 = mul %386, %389 : f32[4,24] @ models/lib/nn.yaml:27:24
%391 = matmul %390, %79 ta=0 tb=1 : f32[4,8] @ models/lib/nn.yaml:83:15
%392 = broadcast %80 : f32[4,8] @ models/lib/nn.yaml:84:18
%393 = add %391, %392 : f32[4,8] @ models/lib/nn.yaml:84:18
%394 = mul %393, %393 : f32[4,8] @ models/lib/nn.yaml:33:35
%395 = reduce_sum %394 axes=[1] keep=1 : f32[4,1] @ models/lib/nn.yaml:33:29
%396 = sqrt %395 : f32[4,1] @ models/lib/nn.yaml:33:24
%397 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%398 = broadcast %397 : f32[4,1] @ models/lib/nn.yaml:33:20
%399 = max %396, %398 : f32[4,1] @ models/lib/nn.yaml:33:20
%400 = broadcast %399 : f32[4,8] @ models/lib/nn.yaml:33:18
%401 = div %393, %400 : f32[4,8] @ models/lib/nn.yaml:33:18
%402 = broadcast %81 : f32[32,8] @ models/lib/dino.yaml:22:22
%403 = mul %402, %82 : f32[32,8] @ models/lib/dino.yaml:22:22
%404 = mul %82, %82 : f32[32,8] @ models/lib/dino.yaml:22:53
%405 = reduce_sum %404 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%406 = sqrt %405 : f32[32,1] @ models/lib/dino.yaml:22:35
%407 = broadcast %406 : f32[32,8] @ models/lib/dino.yaml:22:33
%408 = div %403, %407 : f32[32,8] @ models/lib/dino.yaml:22:33
%409 = matmul %401, %408 ta=0 tb=1 : f32[4,32] @ models/lib/dino.yaml:23:18
%410 = slice %409 lo=[0,0] hi=[2,32] : f32[2,32] @ models/dino.yaml:64:23
%411 = slice %409 lo=[2,0] hi=[4,32] : f32[2,32] @ models/dino.yaml:64:23
%412 = reshape %9 : f32[16,48] @ models/lib/vit.yaml:17:20
%413 = matmul %86, %412 ta=0 tb=1 : f32[4,16,16] @ models/lib/vit.yaml:17:18
%414 = broadcast %10 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%415 = add %413, %414 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%416 = broadcast %7 : f32[4,1,16] @ models/lib/vit.yaml:61:20
%417 = concat %416, %415 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:61:13
%418 = broadcast %8 : f32[4,17,16] @ models/lib/vit.yaml:62:15
%419 = add %417, %418 : f32[4,17,16] @ models/lib/vit.yaml:62:15
%420 = reduce_sum %419 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%421 = div %420, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%422 = broadcast %421 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%423 = sub %419, %422 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%424 = mul %423, %423 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%425 = reduce_sum %424 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%426 = div %425, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%427 = add %426, %105 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%428 = rsqrt %427 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%429 = broadcast %428 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%430 = mul %423, %429 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%431 = broadcast %11 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%432 = mul %430, %431 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%433 = broadcast %12 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%434 = add %432, %433 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%435 = matmul %434, %13 ta=0 tb=1 : f32[4,17,48] @ models/lib/nn.yaml:83:15
%436 = broadcast %14 : f32[4,17,48] @ models/lib/nn.yaml:84:18
%437 = add %435, %436 : f32[4,17,48] @ models/lib/nn.yaml:84:18
%438 = reshape %437 : f32[4,17,3,2,8] @ models/lib/nn.yaml:66:21
%439 = permute %438 perm=[2,0,3,1,4] : f32[3,4,2,17,8] @ models/lib/nn.yaml:66:13
%440 = slice %439 lo=[0,0,0,0,0] hi=[1,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:28
%441 = reshape %440 : f32[4,2,17,8] @ models/lib/nn.yaml:67:28
%442 = slice %439 lo=[1,0,0,0,0] hi=[2,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:34
%443 = reshape %442 : f32[4,2,17,8] @ models/lib/nn.yaml:67:34
%444 = slice %439 lo=[2,0,0,0,0] hi=[3,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:40
%445 = reshape %444 : f32[4,2,17,8] @ models/lib/nn.yaml:67:40
%446 = permute %443 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%447 = slice %441 lo=[0,0,0,0] hi=[4,2,17,1] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%448 = broadcast %447 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%449 = slice %446 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%450 = broadcast %449 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%451 = mul %448, %450 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%452 = slice %441 lo=[0,0,0,1] hi=[4,2,17,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%453 = broadcast %452 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%454 = slice %446 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%455 = broadcast %454 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%456 = mul %453, %455 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%457 = add %451, %456 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%458 = slice %441 lo=[0,0,0,2] hi=[4,2,17,3] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%459 = broadcast %458 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%460 = slice %446 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%461 = broadcast %460 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%462 = mul %459, %461 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%463 = add %457, %462 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%464 = slice %441 lo=[0,0,0,3] hi=[4,2,17,4] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%465 = broadcast %464 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%466 = slice %446 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%467 = broadcast %466 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%468 = mul %465, %467 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%469 = add %463, %468 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%470 = slice %441 lo=[0,0,0,4] hi=[4,2,17,5] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%471 = broadcast %470 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%472 = slice %446 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%473 = broadcast %472 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%474 = mul %471, %473 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%475 = add %469, %474 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%476 = slice %441 lo=[0,0,0,5] hi=[4,2,17,6] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%477 = broadcast %476 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%478 = slice %446 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%479 = broadcast %478 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%480 = mul %477, %479 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%481 = add %475, %480 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%482 = slice %441 lo=[0,0,0,6] hi=[4,2,17,7] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%483 = broadcast %482 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%484 = slice %446 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%485 = broadcast %484 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%486 = mul %483, %485 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%487 = add %481, %486 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%488 = slice %441 lo=[0,0,0,7] hi=[4,2,17,8] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%489 = broadcast %488 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%490 = slice %446 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%491 = broadcast %490 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%492 = mul %489, %491 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%493 = add %487, %492 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%494 = mul %493, %173 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%495 = reduce_max %494 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:14:35
%496 = stop_gradient %495 : f32[4,2,17,1] @ models/lib/nn.yaml:14:21
%497 = broadcast %496 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%498 = mul %493, %173 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%499 = sub %498, %497 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%500 = exp %499 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%501 = reduce_sum %500 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:20
%502 = broadcast %501 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%503 = exp %499 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%504 = div %503, %502 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%505 = reshape %504 : f32[4,2,17,17,1] @ models/lib/nn.yaml:56:23
%506 = broadcast %505 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%507 = reshape %444 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%508 = broadcast %507 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%509 = mul %506, %508 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%510 = reduce_sum %509 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%511 = permute %510 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/nn.yaml:56:13
%512 = reshape %511 : f32[4,17,16] @ models/lib/nn.yaml:57:16
%513 = matmul %512, %15 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%514 = broadcast %16 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%515 = add %513, %514 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%516 = add %419, %515 : f32[4,17,16] @ models/lib/nn.yaml:125:15
%517 = reduce_sum %516 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%518 = div %517, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%519 = broadcast %518 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%520 = sub %516, %519 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%521 = mul %520, %520 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%522 = reduce_sum %521 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%523 = div %522, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%524 = add %523, %105 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%525 = rsqrt %524 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%526 = broadcast %525 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%527 = mul %520, %526 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%528 = broadcast %17 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%529 = mul %527, %528 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%530 = broadcast %18 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%531 = add %529, %530 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%532 = matmul %531, %19 ta=0 tb=1 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%533 = broadcast %20 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%534 = add %532, %533 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%535 = mul %215, %534 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%536 = add %532, %533 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%537 = mul %536, %219 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%538 = erf %537 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%539 = add %224, %538 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%540 = mul %535, %539 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%541 = matmul %540, %21 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%542 = broadcast %22 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%543 = add %541, %542 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%544 = add %516, %543 : f32[4,17,16] @ models/lib/nn.yaml:126:18
%545 = reduce_sum %544 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%546 = div %545, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%547 = broadcast %546 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%548 = sub %544, %547 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%549 = mul %548, %548 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%550 = reduce_sum %549 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%551 = div %550, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%552 = add %551, %105 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%553 = rsqrt %552 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%554 = broadcast %553 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%555 = mul %548, %554 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%556 = broadcast %23 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%557 = mul %555, %556 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%558 = broadcast %24 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%559 = add %557, %558 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%560 = matmul %559, %25 ta=0 tb=1 : f32[4,17,48] @ models/lib/nn.yaml:83:15
%561 = broadcast %26 : f32[4,17,48] @ models/lib/nn.yaml:84:18
%562 = add %560, %561 : f32[4,17,48] @ models/lib/nn.yaml:84:18
%563 = reshape %562 : f32[4,17,3,2,8] @ models/lib/nn.yaml:66:21
%564 = permute %563 perm=[2,0,3,1,4] : f32[3,4,2,17,8] @ models/lib/nn.yaml:66:13
%565 = slice %564 lo=[0,0,0,0,0] hi=[1,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:28
%566 = reshape %565 : f32[4,2,17,8] @ models/lib/nn.yaml:67:28
%567 = slice %564 lo=[1,0,0,0,0] hi=[2,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:34
%568 = reshape %567 : f32[4,2,17,8] @ models/lib/nn.yaml:67:34
%569 = slice %564 lo=[2,0,0,0,0] hi=[3,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:40
%570 = reshape %569 : f32[4,2,17,8] @ models/lib/nn.yaml:67:40
%571 = permute %568 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%572 = slice %566 lo=[0,0,0,0] hi=[4,2,17,1] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%573 = broadcast %572 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%574 = slice %571 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%575 = broadcast %574 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%576 = mul %573, %575 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%577 = slice %566 lo=[0,0,0,1] hi=[4,2,17,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%578 = broadcast %577 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%579 = slice %571 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%580 = broadcast %579 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%581 = mul %578, %580 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%582 = add %576, %581 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%583 = slice %566 lo=[0,0,0,2] hi=[4,2,17,3] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%584 = broadcast %583 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%585 = slice %571 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%586 = broadcast %585 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%587 = mul %584, %586 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%588 = add %582, %587 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%589 = slice %566 lo=[0,0,0,3] hi=[4,2,17,4] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%590 = broadcast %589 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%591 = slice %571 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%592 = broadcast %591 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%593 = mul %590, %592 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%594 = add %588, %593 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%595 = slice %566 lo=[0,0,0,4] hi=[4,2,17,5] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%596 = broadcast %595 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%597 = slice %571 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%598 = broadcast %597 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%599 = mul %596, %598 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%600 = add %594, %599 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%601 = slice %566 lo=[0,0,0,5] hi=[4,2,17,6] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%602 = broadcast %601 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%603 = slice %571 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%604 = broadcast %603 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%605 = mul %602, %604 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%606 = add %600, %605 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%607 = slice %566 lo=[0,0,0,6] hi=[4,2,17,7] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%608 = broadcast %607 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%609 = slice %571 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%610 = broadcast %609 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%611 = mul %608, %610 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%612 = add %606, %611 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%613 = slice %566 lo=[0,0,0,7] hi=[4,2,17,8] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%614 = broadcast %613 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%615 = slice %571 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%616 = broadcast %615 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%617 = mul %614, %616 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%618 = add %612, %617 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%619 = mul %618, %173 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%620 = reduce_max %619 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:14:35
%621 = stop_gradient %620 : f32[4,2,17,1] @ models/lib/nn.yaml:14:21
%622 = broadcast %621 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%623 = mul %618, %173 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%624 = sub %623, %622 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%625 = exp %624 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%626 = reduce_sum %625 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:20
%627 = broadcast %626 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%628 = exp %624 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%629 = div %628, %627 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%630 = reshape %629 : f32[4,2,17,17,1] @ models/lib/nn.yaml:56:23
%631 = broadcast %630 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%632 = reshape %569 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%633 = broadcast %632 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%634 = mul %631, %633 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%635 = reduce_sum %634 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%636 = permute %635 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/nn.yaml:56:13
%637 = reshape %636 : f32[4,17,16] @ models/lib/nn.yaml:57:16
%638 = matmul %637, %27 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%639 = broadcast %28 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%640 = add %638, %639 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%641 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%642 = broadcast %641 : f32[4,17,16] @ models/lib/nn.yaml:50:38
%643 = div %640, %642 : f32[4,17,16] @ models/lib/nn.yaml:50:38
%644 = input name="seed" : i64[] @ models/lib/nn.yaml:43:13
%645 = rand_uniform %644 stream=1 : f32[4] @ models/lib/nn.yaml:43:13
%646 = broadcast %641 : f32[4] @ models/lib/nn.yaml:44:35
%647 = add %646, %645 : f32[4] @ models/lib/nn.yaml:44:35
%648 = floor %647 : f32[4] @ models/lib/nn.yaml:44:24
%649 = reshape %648 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%650 = broadcast %649 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%651 = mul %643, %650 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%652 = add %544, %651 : f32[4,17,16] @ models/lib/nn.yaml:125:15
%653 = reduce_sum %652 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%654 = div %653, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%655 = broadcast %654 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%656 = sub %652, %655 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%657 = mul %656, %656 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%658 = reduce_sum %657 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%659 = div %658, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%660 = add %659, %105 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%661 = rsqrt %660 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%662 = broadcast %661 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%663 = mul %656, %662 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%664 = broadcast %29 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%665 = mul %663, %664 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%666 = broadcast %30 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%667 = add %665, %666 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%668 = matmul %667, %31 ta=0 tb=1 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%669 = broadcast %32 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%670 = add %668, %669 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%671 = mul %215, %670 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%672 = add %668, %669 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%673 = mul %672, %219 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%674 = erf %673 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%675 = add %224, %674 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%676 = mul %671, %675 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%677 = matmul %676, %33 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%678 = broadcast %34 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%679 = add %677, %678 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%680 = div %679, %642 : f32[4,17,16] @ models/lib/nn.yaml:50:38
%681 = rand_uniform %644 stream=2 : f32[4] @ models/lib/nn.yaml:43:13
%682 = add %646, %681 : f32[4] @ models/lib/nn.yaml:44:35
%683 = floor %682 : f32[4] @ models/lib/nn.yaml:44:24
%684 = reshape %683 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%685 = broadcast %684 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%686 = mul %680, %685 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%687 = add %652, %686 : f32[4,17,16] @ models/lib/nn.yaml:126:18
%688 = reduce_sum %687 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%689 = div %688, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%690 = broadcast %689 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%691 = sub %687, %690 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%692 = mul %691, %691 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%693 = reduce_sum %692 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%694 = div %693, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%695 = add %694, %105 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%696 = rsqrt %695 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%697 = broadcast %696 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%698 = mul %691, %697 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%699 = broadcast %35 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%700 = mul %698, %699 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%701 = broadcast %36 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%702 = add %700, %701 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%703 = slice %702 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino.yaml:44:34
%704 = reshape %703 : f32[4,16] @ models/dino.yaml:44:34
%705 = matmul %704, %37 ta=0 tb=1 : f32[4,24] @ models/lib/nn.yaml:83:15
%706 = broadcast %38 : f32[4,24] @ models/lib/nn.yaml:84:18
%707 = add %705, %706 : f32[4,24] @ models/lib/nn.yaml:84:18
%708 = mul %375, %707 : f32[4,24] @ models/lib/nn.yaml:27:20
%709 = mul %707, %377 : f32[4,24] @ models/lib/nn.yaml:27:37
%710 = erf %709 : f32[4,24] @ models/lib/nn.yaml:27:31
%711 = add %380, %710 : f32[4,24] @ models/lib/nn.yaml:27:29
%712 = mul %708, %711 : f32[4,24] @ models/lib/nn.yaml:27:24
%713 = matmul %712, %39 ta=0 tb=1 : f32[4,24] @ models/lib/nn.yaml:83:15
%714 = broadcast %40 : f32[4,24] @ models/lib/nn.yaml:84:18
%715 = add %713, %714 : f32[4,24] @ models/lib/nn.yaml:84:18
%716 = mul %375, %715 : f32[4,24] @ models/lib/nn.yaml:27:20
%717 = mul %715, %377 : f32[4,24] @ models/lib/nn.yaml:27:37
%718 = erf %717 : f32[4,24] @ models/lib/nn.yaml:27:31
%719 = add %380, %718 : f32[4,24] @ models/lib/nn.yaml:27:29
%720 = mul %716, %719 : f32[4,24] @ models/lib/nn.yaml:27:24
%721 = matmul %720, %41 ta=0 tb=1 : f32[4,8] @ models/lib/nn.yaml:83:15
%722 = broadcast %42 : f32[4,8] @ models/lib/nn.yaml:84:18
%723 = add %721, %722 : f32[4,8] @ models/lib/nn.yaml:84:18
%724 = mul %723, %723 : f32[4,8] @ models/lib/nn.yaml:33:35
%725 = reduce_sum %724 axes=[1] keep=1 : f32[4,1] @ models/lib/nn.yaml:33:29
%726 = sqrt %725 : f32[4,1] @ models/lib/nn.yaml:33:24
%727 = max %726, %398 : f32[4,1] @ models/lib/nn.yaml:33:20
%728 = broadcast %727 : f32[4,8] @ models/lib/nn.yaml:33:18
%729 = div %723, %728 : f32[4,8] @ models/lib/nn.yaml:33:18
%730 = broadcast %43 : f32[32,8] @ models/lib/dino.yaml:22:22
%731 = mul %730, %44 : f32[32,8] @ models/lib/dino.yaml:22:22
%732 = mul %44, %44 : f32[32,8] @ models/lib/dino.yaml:22:53
%733 = reduce_sum %732 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%734 = sqrt %733 : f32[32,1] @ models/lib/dino.yaml:22:35
%735 = broadcast %734 : f32[32,8] @ models/lib/dino.yaml:22:33
%736 = div %731, %735 : f32[32,8] @ models/lib/dino.yaml:22:33
%737 = matmul %729, %736 ta=0 tb=1 : f32[4,32] @ models/lib/dino.yaml:23:18
%738 = slice %737 lo=[0,0] hi=[2,32] : f32[2,32] @ models/dino.yaml:65:20
%739 = slice %737 lo=[2,0] hi=[4,32] : f32[2,32] @ models/dino.yaml:65:20
%740 = reshape %6 : f32[4,3,3,4,3,4] @ models/lib/vit.yaml:15:21
%741 = permute %740 perm=[0,2,4,1,3,5] : f32[4,3,3,3,4,4] @ models/lib/vit.yaml:15:13
%742 = reshape %741 : f32[4,9,48] @ models/lib/vit.yaml:16:13
%743 = matmul %742, %412 ta=0 tb=1 : f32[4,9,16] @ models/lib/vit.yaml:17:18
%744 = broadcast %10 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%745 = add %743, %744 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%746 = concat %416, %745 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:61:13
%747 = slice %8 lo=[0,0,0] hi=[1,1,16] : f32[1,1,16] @ models/lib/vit.yaml:41:46
%748 = slice %8 lo=[0,1,0] hi=[1,17,16] : f32[1,16,16] @ models/lib/vit.yaml:41:72
%749 = resize_matrix n=4 scale=0.775 : f32[3,4] @ models/lib/vit.yaml:31:13
%750 = reshape %748 : f32[4,64] @ models/lib/vit.yaml:32:17
%751 = matmul %749, %750 ta=0 tb=0 : f32[3,64] @ models/lib/vit.yaml:32:15
%752 = reshape %751 : f32[3,4,16] @ models/lib/vit.yaml:33:21
%753 = permute %752 perm=[1,0,2] : f32[4,3,16] @ models/lib/vit.yaml:33:13
%754 = reshape %753 : f32[4,48] @ models/lib/vit.yaml:34:17
%755 = matmul %749, %754 ta=0 tb=0 : f32[3,48] @ models/lib/vit.yaml:34:15
%756 = reshape %755 : f32[3,3,16] @ models/lib/vit.yaml:35:21
%757 = permute %756 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%758 = reshape %757 : f32[1,9,16] @ models/lib/vit.yaml:36:16
%759 = concat %747, %758 axis=1 : f32[1,10,16] @ models/lib/vit.yaml:41:36
%760 = broadcast %759 : f32[4,10,16] @ models/lib/vit.yaml:62:15
%761 = add %746, %760 : f32[4,10,16] @ models/lib/vit.yaml:62:15
%762 = reduce_sum %761 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%763 = broadcast %96 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%764 = div %762, %763 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%765 = broadcast %764 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%766 = sub %761, %765 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%767 = mul %766, %766 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%768 = reduce_sum %767 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%769 = div %768, %763 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%770 = broadcast %104 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%771 = add %769, %770 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%772 = rsqrt %771 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%773 = broadcast %772 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%774 = mul %766, %773 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%775 = broadcast %11 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%776 = mul %774, %775 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%777 = broadcast %12 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%778 = add %776, %777 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%779 = matmul %778, %13 ta=0 tb=1 : f32[4,10,48] @ models/lib/nn.yaml:83:15
%780 = broadcast %14 : f32[4,10,48] @ models/lib/nn.yaml:84:18
%781 = add %779, %780 : f32[4,10,48] @ models/lib/nn.yaml:84:18
%782 = reshape %781 : f32[4,10,3,2,8] @ models/lib/nn.yaml:66:21
%783 = permute %782 perm=[2,0,3,1,4] : f32[3,4,2,10,8] @ models/lib/nn.yaml:66:13
%784 = slice %783 lo=[0,0,0,0,0] hi=[1,4,2,10,8] : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:28
%785 = reshape %784 : f32[4,2,10,8] @ models/lib/nn.yaml:67:28
%786 = slice %783 lo=[1,0,0,0,0] hi=[2,4,2,10,8] : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:34
%787 = reshape %786 : f32[4,2,10,8] @ models/lib/nn.yaml:67:34
%788 = slice %783 lo=[2,0,0,0,0] hi=[3,4,2,10,8] : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:40
%789 = reshape %788 : f32[4,2,10,8] @ models/lib/nn.yaml:67:40
%790 = permute %787 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%791 = slice %785 lo=[0,0,0,0] hi=[4,2,10,1] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%792 = broadcast %791 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%793 = slice %790 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%794 = broadcast %793 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%795 = mul %792, %794 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%796 = slice %785 lo=[0,0,0,1] hi=[4,2,10,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%797 = broadcast %796 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%798 = slice %790 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%799 = broadcast %798 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%800 = mul %797, %799 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%801 = add %795, %800 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%802 = slice %785 lo=[0,0,0,2] hi=[4,2,10,3] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%803 = broadcast %802 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%804 = slice %790 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%805 = broadcast %804 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%806 = mul %803, %805 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%807 = add %801, %806 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%808 = slice %785 lo=[0,0,0,3] hi=[4,2,10,4] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%809 = broadcast %808 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%810 = slice %790 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%811 = broadcast %810 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%812 = mul %809, %811 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%813 = add %807, %812 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%814 = slice %785 lo=[0,0,0,4] hi=[4,2,10,5] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%815 = broadcast %814 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%816 = slice %790 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%817 = broadcast %816 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%818 = mul %815, %817 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%819 = add %813, %818 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%820 = slice %785 lo=[0,0,0,5] hi=[4,2,10,6] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%821 = broadcast %820 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%822 = slice %790 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%823 = broadcast %822 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%824 = mul %821, %823 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%825 = add %819, %824 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%826 = slice %785 lo=[0,0,0,6] hi=[4,2,10,7] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%827 = broadcast %826 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%828 = slice %790 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%829 = broadcast %828 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%830 = mul %827, %829 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%831 = add %825, %830 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%832 = slice %785 lo=[0,0,0,7] hi=[4,2,10,8] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%833 = broadcast %832 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%834 = slice %790 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%835 = broadcast %834 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%836 = mul %833, %835 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%837 = add %831, %836 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%838 = broadcast %172 : f32[4,2,10,10] @ models/lib/nn.yaml:55:29
%839 = mul %837, %838 : f32[4,2,10,10] @ models/lib/nn.yaml:55:29
%840 = reduce_max %839 axes=[3] keep=1 : f32[4,2,10,1] @ models/lib/nn.yaml:14:35
%841 = stop_gradient %840 : f32[4,2,10,1] @ models/lib/nn.yaml:14:21
%842 = broadcast %841 : f32[4,2,10,10] @ models/lib/nn.yaml:14:19
%843 = mul %837, %838 : f32[4,2,10,10] @ models/lib/nn.yaml:55:29
%844 = sub %843, %842 : f32[4,2,10,10] @ models/lib/nn.yaml:14:19
%845 = exp %844 : f32[4,2,10,10] @ models/lib/nn.yaml:14:13
%846 = reduce_sum %845 axes=[3] keep=1 : f32[4,2,10,1] @ models/lib/nn.yaml:15:20
%847 = broadcast %846 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%848 = exp %844 : f32[4,2,10,10] @ models/lib/nn.yaml:14:13
%849 = div %848, %847 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%850 = reshape %849 : f32[4,2,10,10,1] @ models/lib/nn.yaml:56:23
%851 = broadcast %850 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%852 = reshape %788 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%853 = broadcast %852 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%854 = mul %851, %853 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%855 = reduce_sum %854 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%856 = permute %855 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/nn.yaml:56:13
%857 = reshape %856 : f32[4,10,16] @ models/lib/nn.yaml:57:16
%858 = matmul %857, %15 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%859 = broadcast %16 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%860 = add %858, %859 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%861 = add %761, %860 : f32[4,10,16] @ models/lib/nn.yaml:125:15
%862 = reduce_sum %861 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%863 = div %862, %763 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%864 = broadcast %863 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%865 = sub %861, %864 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%866 = mul %865, %865 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%867 = reduce_sum %866 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%868 = div %867, %763 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%869 = add %868, %770 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%870 = rsqrt %869 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%871 = broadcast %870 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%872 = mul %865, %871 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%873 = broadcast %17 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%874 = mul %872, %873 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%875 = broadcast %18 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%876 = add %874, %875 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%877 = matmul %876, %19 ta=0 tb=1 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%878 = broadcast %20 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%879 = broadcast %214 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%880 = broadcast %218 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%881 = broadcast %223 : f32[4,10,64] @ models/lib/nn.yaml:27:29
%882 = add %877, %878 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%883 = mul %879, %882 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%884 = add %877, %878 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%885 = mul %884, %880 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%886 = erf %885 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%887 = add %881, %886 : f32[4,10,64] @ models/lib/nn.yaml:27:29
%888 = mul %883, %887 : f32[4,10,64] @ models/lib/nn.yaml:27:24
%889 = matmul %888, %21 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%890 = broadcast %22 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%891 = add %889, %890 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%892 = add %861, %891 : f32[4,10,16] @ models/lib/nn.yaml:126:18
%893 = reduce_sum %892 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%894 = div %893, %763 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%895 = broadcast %894 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%896 = sub %892, %895 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%897 = mul %896, %896 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%898 = reduce_sum %897 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%899 = div %898, %763 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%900 = add %899, %770 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%901 = rsqrt %900 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%902 = broadcast %901 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%903 = mul %896, %902 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%904 = broadcast %23 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%905 = mul %903, %904 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%906 = broadcast %24 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%907 = add %905, %906 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%908 = matmul %907, %25 ta=0 tb=1 : f32[4,10,48] @ models/lib/nn.yaml:83:15
%909 = broadcast %26 : f32[4,10,48] @ models/lib/nn.yaml:84:18
%910 = add %908, %909 : f32[4,10,48] @ models/lib/nn.yaml:84:18
%911 = reshape %910 : f32[4,10,3,2,8] @ models/lib/nn.yaml:66:21
%912 = permute %911 perm=[2,0,3,1,4] : f32[3,4,2,10,8] @ models/lib/nn.yaml:66:13
%913 = slice %912 lo=[0,0,0,0,0] hi=[1,4,2,10,8] : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:28
%914 = reshape %913 : f32[4,2,10,8] @ models/lib/nn.yaml:67:28
%915 = slice %912 lo=[1,0,0,0,0] hi=[2,4,2,10,8] : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:34
%916 = reshape %915 : f32[4,2,10,8] @ models/lib/nn.yaml:67:34
%917 = slice %912 lo=[2,0,0,0,0] hi=[3,4,2,10,8] : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:40
%918 = reshape %917 : f32[4,2,10,8] @ models/lib/nn.yaml:67:40
%919 = permute %916 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%920 = slice %914 lo=[0,0,0,0] hi=[4,2,10,1] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%921 = broadcast %920 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%922 = slice %919 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%923 = broadcast %922 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%924 = mul %921, %923 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%925 = slice %914 lo=[0,0,0,1] hi=[4,2,10,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%926 = broadcast %925 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%927 = slice %919 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%928 = broadcast %927 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%929 = mul %926, %928 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%930 = add %924, %929 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%931 = slice %914 lo=[0,0,0,2] hi=[4,2,10,3] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%932 = broadcast %931 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%933 = slice %919 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%934 = broadcast %933 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%935 = mul %932, %934 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%936 = add %930, %935 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%937 = slice %914 lo=[0,0,0,3] hi=[4,2,10,4] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%938 = broadcast %937 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%939 = slice %919 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%940 = broadcast %939 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%941 = mul %938, %940 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%942 = add %936, %941 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%943 = slice %914 lo=[0,0,0,4] hi=[4,2,10,5] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%944 = broadcast %943 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%945 = slice %919 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%946 = broadcast %945 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%947 = mul %944, %946 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%948 = add %942, %947 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%949 = slice %914 lo=[0,0,0,5] hi=[4,2,10,6] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%950 = broadcast %949 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%951 = slice %919 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%952 = broadcast %951 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%953 = mul %950, %952 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%954 = add %948, %953 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%955 = slice %914 lo=[0,0,0,6] hi=[4,2,10,7] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%956 = broadcast %955 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%957 = slice %919 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%958 = broadcast %957 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%959 = mul %956, %958 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%960 = add %954, %959 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%961 = slice %914 lo=[0,0,0,7] hi=[4,2,10,8] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%962 = broadcast %961 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%963 = slice %919 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%964 = broadcast %963 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%965 = mul %962, %964 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%966 = add %960, %965 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%967 = mul %966, %838 : f32[4,2,10,10] @ models/lib/nn.yaml:55:29
%968 = reduce_max %967 axes=[3] keep=1 : f32[4,2,10,1] @ models/lib/nn.yaml:14:35
%969 = stop_gradient %968 : f32[4,2,10,1] @ models/lib/nn.yaml:14:21
%970 = broadcast %969 : f32[4,2,10,10] @ models/lib/nn.yaml:14:19
%971 = mul %966, %838 : f32[4,2,10,10] @ models/lib/nn.yaml:55:29
%972 = sub %971, %970 : f32[4,2,10,10] @ models/lib/nn.yaml:14:19
%973 = exp %972 : f32[4,2,10,10] @ models/lib/nn.yaml:14:13
%974 = reduce_sum %973 axes=[3] keep=1 : f32[4,2,10,1] @ models/lib/nn.yaml:15:20
%975 = broadcast %974 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%976 = exp %972 : f32[4,2,10,10] @ models/lib/nn.yaml:14:13
%977 = div %976, %975 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%978 = reshape %977 : f32[4,2,10,10,1] @ models/lib/nn.yaml:56:23
%979 = broadcast %978 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%980 = reshape %917 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%981 = broadcast %980 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%982 = mul %979, %981 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%983 = reduce_sum %982 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%984 = permute %983 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/nn.yaml:56:13
%985 = reshape %984 : f32[4,10,16] @ models/lib/nn.yaml:57:16
%986 = matmul %985, %27 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%987 = broadcast %28 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%988 = add %986, %987 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%989 = broadcast %641 : f32[4,10,16] @ models/lib/nn.yaml:50:38
%990 = div %988, %989 : f32[4,10,16] @ models/lib/nn.yaml:50:38
%991 = rand_uniform %644 stream=3 : f32[4] @ models/lib/nn.yaml:43:13
%992 = add %646, %991 : f32[4] @ models/lib/nn.yaml:44:35
%993 = floor %992 : f32[4] @ models/lib/nn.yaml:44:24
%994 = reshape %993 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%995 = broadcast %994 : f32[4,10,16] @ models/lib/nn.yaml:50:51
%996 = mul %990, %995 : f32[4,10,16] @ models/lib/nn.yaml:50:51
%997 = add %892, %996 : f32[4,10,16] @ models/lib/nn.yaml:125:15
%998 = reduce_sum %997 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%999 = div %998, %763 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1000 = broadcast %999 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1001 = sub %997, %1000 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1002 = mul %1001, %1001 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1003 = reduce_sum %1002 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1004 = div %1003, %763 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1005 = add %1004, %770 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1006 = rsqrt %1005 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1007 = broadcast %1006 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1008 = mul %1001, %1007 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1009 = broadcast %29 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1010 = mul %1008, %1009 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1011 = broadcast %30 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1012 = add %1010, %1011 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1013 = matmul %1012, %31 ta=0 tb=1 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%1014 = broadcast %32 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1015 = add %1013, %1014 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1016 = mul %879, %1015 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%1017 = add %1013, %1014 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1018 = mul %1017, %880 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%1019 = erf %1018 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1020 = add %881, %1019 : f32[4,10,64] @ models/lib/nn.yaml:27:29
%1021 = mul %1016, %1020 : f32[4,10,64] @ models/lib/nn.yaml:27:24
%1022 = matmul %1021, %33 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1023 = broadcast %34 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1024 = add %1022, %1023 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1025 = div %1024, %989 : f32[4,10,16] @ models/lib/nn.yaml:50:38
%1026 = rand_uniform %644 stream=4 : f32[4] @ models/lib/nn.yaml:43:13
%1027 = add %646, %1026 : f32[4] @ models/lib/nn.yaml:44:35
%1028 = floor %1027 : f32[4] @ models/lib/nn.yaml:44:24
%1029 = reshape %1028 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%1030 = broadcast %1029 : f32[4,10,16] @ models/lib/nn.yaml:50:51
%1031 = mul %1025, %1030 : f32[4,10,16] @ models/lib/nn.yaml:50:51
%1032 = add %997, %1031 : f32[4,10,16] @ models/lib/nn.yaml:126:18
%1033 = reduce_sum %1032 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1034 = div %1033, %763 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1035 = broadcast %1034 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1036 = sub %1032, %1035 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1037 = mul %1036, %1036 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1038 = reduce_sum %1037 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1039 = div %1038, %763 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1040 = add %1039, %770 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1041 = rsqrt %1040 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1042 = broadcast %1041 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1043 = mul %1036, %1042 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1044 = broadcast %35 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1045 = mul %1043, %1044 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1046 = broadcast %36 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1047 = add %1045, %1046 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1048 = slice %1047 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino.yaml:44:34
%1049 = reshape %1048 : f32[4,16] @ models/dino.yaml:44:34
%1050 = matmul %1049, %37 ta=0 tb=1 : f32[4,24] @ models/lib/nn.yaml:83:15
%1051 = add %1050, %706 : f32[4,24] @ models/lib/nn.yaml:84:18
%1052 = mul %375, %1051 : f32[4,24] @ models/lib/nn.yaml:27:20
%1053 = mul %1051, %377 : f32[4,24] @ models/lib/nn.yaml:27:37
%1054 = erf %1053 : f32[4,24] @ models/lib/nn.yaml:27:31
%1055 = add %380, %1054 : f32[4,24] @ models/lib/nn.yaml:27:29
%1056 = mul %1052, %1055 : f32[4,24] @ models/lib/nn.yaml:27:24
%1057 = matmul %1056, %39 ta=0 tb=1 : f32[4,24] @ models/lib/nn.yaml:83:15
%1058 = add %1057, %714 : f32[4,24] @ models/lib/nn.yaml:84:18
%1059 = mul %375, %1058 : f32[4,24] @ models/lib/nn.yaml:27:20
%1060 = mul %1058, %377 : f32[4,24] @ models/lib/nn.yaml:27:37
%1061 = erf %1060 : f32[4,24] @ models/lib/nn.yaml:27:31
%1062 = add %380, %1061 : f32[4,24] @ models/lib/nn.yaml:27:29
%1063 = mul %1059, %1062 : f32[4,24] @ models/lib/nn.yaml:27:24
%1064 = matmul %1063, %41 ta=0 tb=1 : f32[4,8] @ models/lib/nn.yaml:83:15
%1065 = add %1064, %722 : f32[4,8] @ models/lib/nn.yaml:84:18
%1066 = mul %1065, %1065 : f32[4,8] @ models/lib/nn.yaml:33:35
%1067 = reduce_sum %1066 axes=[1] keep=1 : f32[4,1] @ models/lib/nn.yaml:33:29
%1068 = sqrt %1067 : f32[4,1] @ models/lib/nn.yaml:33:24
%1069 = max %1068, %398 : f32[4,1] @ models/lib/nn.yaml:33:20
%1070 = broadcast %1069 : f32[4,8] @ models/lib/nn.yaml:33:18
%1071 = div %1065, %1070 : f32[4,8] @ models/lib/nn.yaml:33:18
%1072 = matmul %1071, %736 ta=0 tb=1 : f32[4,32] @ models/lib/dino.yaml:23:18
%1073 = slice %1072 lo=[0,0] hi=[2,32] : f32[2,32] @ models/dino.yaml:65:20
%1074 = slice %1072 lo=[2,0] hi=[4,32] : f32[2,32] @ models/dino.yaml:65:20
%1075 = broadcast %83 : f32[2,32] @ models/lib/dino.yaml:38:38
%1076 = sub %410, %1075 : f32[2,32] @ models/lib/dino.yaml:38:38
%1077 = broadcast %4 : f32[2,32] @ models/lib/dino.yaml:38:48
%1078 = div %1076, %1077 : f32[2,32] @ models/lib/dino.yaml:38:48
%1079 = reduce_max %1078 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:14:35
%1080 = stop_gradient %1079 : f32[2,1] @ models/lib/nn.yaml:14:21
%1081 = broadcast %1080 : f32[2,32] @ models/lib/nn.yaml:14:19
%1082 = div %1076, %1077 : f32[2,32] @ models/lib/dino.yaml:38:48
%1083 = sub %1082, %1081 : f32[2,32] @ models/lib/nn.yaml:14:19
%1084 = exp %1083 : f32[2,32] @ models/lib/nn.yaml:14:13
%1085 = reduce_sum %1084 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:15:20
%1086 = broadcast %1085 : f32[2,32] @ models/lib/nn.yaml:15:18
%1087 = exp %1083 : f32[2,32] @ models/lib/nn.yaml:14:13
%1088 = div %1087, %1086 : f32[2,32] @ models/lib/nn.yaml:15:18
%1089 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%1090 = broadcast %1089 : f32[2,32] @ models/lib/dino.yaml:39:44
%1091 = div %739, %1090 : f32[2,32] @ models/lib/dino.yaml:39:44
%1092 = reduce_max %1091 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:21:31
%1093 = stop_gradient %1092 : f32[2,1] @ models/lib/nn.yaml:21:17
%1094 = broadcast %1093 : f32[2,32] @ models/lib/nn.yaml:21:15
%1095 = div %739, %1090 : f32[2,32] @ models/lib/dino.yaml:39:44
%1096 = sub %1095, %1094 : f32[2,32] @ models/lib/nn.yaml:21:15
%1097 = exp %1096 : f32[2,32] @ models/lib/nn.yaml:22:28
%1098 = reduce_sum %1097 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:24
%1099 = log %1098 : f32[2,1] @ models/lib/nn.yaml:22:20
%1100 = broadcast %1099 : f32[2,32] @ models/lib/nn.yaml:22:18
%1101 = sub %1096, %1100 : f32[2,32] @ models/lib/nn.yaml:22:18
%1102 = stop_gradient %1088 : f32[2,32] @ models/lib/dino.yaml:38:13
%1103 = mul %1102, %1101 : f32[2,32] @ models/lib/dino.yaml:39:28
%1104 = reduce_sum %1103 axes=[1] keep=0 : f32[2] @ models/lib/dino.yaml:39:22
%1105 = neg %1104 : f32[2] @ models/lib/dino.yaml:39:21
%1106 = reduce_sum %1105 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%1107 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%1108 = div %1106, %1107 : f32[] @ models/lib/dino.yaml:39:16
%1109 = div %1073, %1090 : f32[2,32] @ models/lib/dino.yaml:39:44
%1110 = reduce_max %1109 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:21:31
%1111 = stop_gradient %1110 : f32[2,1] @ models/lib/nn.yaml:21:17
%1112 = broadcast %1111 : f32[2,32] @ models/lib/nn.yaml:21:15
%1113 = div %1073, %1090 : f32[2,32] @ models/lib/dino.yaml:39:44
%1114 = sub %1113, %1112 : f32[2,32] @ models/lib/nn.yaml:21:15
%1115 = exp %1114 : f32[2,32] @ models/lib/nn.yaml:22:28
%1116 = reduce_sum %1115 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:24
%1117 = log %1116 : f32[2,1] @ models/lib/nn.yaml:22:20
%1118 = broadcast %1117 : f32[2,32] @ models/lib/nn.yaml:22:18
%1119 = sub %1114, %1118 : f32[2,32] @ models/lib/nn.yaml:22:18
%1120 = stop_gradient %1088 : f32[2,32] @ models/lib/dino.yaml:38:13
%1121 = mul %1120, %1119 : f32[2,32] @ models/lib/dino.yaml:39:28
%1122 = reduce_sum %1121 axes=[1] keep=0 : f32[2] @ models/lib/dino.yaml:39:22
%1123 = neg %1122 : f32[2] @ models/lib/dino.yaml:39:21
%1124 = reduce_sum %1123 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%1125 = div %1124, %1107 : f32[] @ models/lib/dino.yaml:39:16
%1126 = add %1108, %1125 : f32[] @ models/dino.yaml:76:11
%1127 = div %1074, %1090 : f32[2,32] @ models/lib/dino.yaml:39:44
%1128 = reduce_max %1127 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:21:31
%1129 = stop_gradient %1128 : f32[2,1] @ models/lib/nn.yaml:21:17
%1130 = broadcast %1129 : f32[2,32] @ models/lib/nn.yaml:21:15
%1131 = div %1074, %1090 : f32[2,32] @ models/lib/dino.yaml:39:44
%1132 = sub %1131, %1130 : f32[2,32] @ models/lib/nn.yaml:21:15
%1133 = exp %1132 : f32[2,32] @ models/lib/nn.yaml:22:28
%1134 = reduce_sum %1133 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:24
%1135 = log %1134 : f32[2,1] @ models/lib/nn.yaml:22:20
%1136 = broadcast %1135 : f32[2,32] @ models/lib/nn.yaml:22:18
%1137 = sub %1132, %1136 : f32[2,32] @ models/lib/nn.yaml:22:18
%1138 = stop_gradient %1088 : f32[2,32] @ models/lib/dino.yaml:38:13
%1139 = mul %1138, %1137 : f32[2,32] @ models/lib/dino.yaml:39:28
%1140 = reduce_sum %1139 axes=[1] keep=0 : f32[2] @ models/lib/dino.yaml:39:22
%1141 = neg %1140 : f32[2] @ models/lib/dino.yaml:39:21
%1142 = reduce_sum %1141 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%1143 = div %1142, %1107 : f32[] @ models/lib/dino.yaml:39:16
%1144 = add %1126, %1143 : f32[] @ models/dino.yaml:76:11
%1145 = sub %411, %1075 : f32[2,32] @ models/lib/dino.yaml:38:38
%1146 = div %1145, %1077 : f32[2,32] @ models/lib/dino.yaml:38:48
%1147 = reduce_max %1146 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:14:35
%1148 = stop_gradient %1147 : f32[2,1] @ models/lib/nn.yaml:14:21
%1149 = broadcast %1148 : f32[2,32] @ models/lib/nn.yaml:14:19
%1150 = div %1145, %1077 : f32[2,32] @ models/lib/dino.yaml:38:48
%1151 = sub %1150, %1149 : f32[2,32] @ models/lib/nn.yaml:14:19
%1152 = exp %1151 : f32[2,32] @ models/lib/nn.yaml:14:13
%1153 = reduce_sum %1152 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:15:20
%1154 = broadcast %1153 : f32[2,32] @ models/lib/nn.yaml:15:18
%1155 = exp %1151 : f32[2,32] @ models/lib/nn.yaml:14:13
%1156 = div %1155, %1154 : f32[2,32] @ models/lib/nn.yaml:15:18
%1157 = div %738, %1090 : f32[2,32] @ models/lib/dino.yaml:39:44
%1158 = reduce_max %1157 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:21:31
%1159 = stop_gradient %1158 : f32[2,1] @ models/lib/nn.yaml:21:17
%1160 = broadcast %1159 : f32[2,32] @ models/lib/nn.yaml:21:15
%1161 = div %738, %1090 : f32[2,32] @ models/lib/dino.yaml:39:44
%1162 = sub %1161, %1160 : f32[2,32] @ models/lib/nn.yaml:21:15
%1163 = exp %1162 : f32[2,32] @ models/lib/nn.yaml:22:28
%1164 = reduce_sum %1163 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:24
%1165 = log %1164 : f32[2,1] @ models/lib/nn.yaml:22:20
%1166 = broadcast %1165 : f32[2,32] @ models/lib/nn.yaml:22:18
%1167 = sub %1162, %1166 : f32[2,32] @ models/lib/nn.yaml:22:18
%1168 = stop_gradient %1156 : f32[2,32] @ models/lib/dino.yaml:38:13
%1169 = mul %1168, %1167 : f32[2,32] @ models/lib/dino.yaml:39:28
%1170 = reduce_sum %1169 axes=[1] keep=0 : f32[2] @ models/lib/dino.yaml:39:22
%1171 = neg %1170 : f32[2] @ models/lib/dino.yaml:39:21
%1172 = reduce_sum %1171 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%1173 = div %1172, %1107 : f32[] @ models/lib/dino.yaml:39:16
%1174 = add %1144, %1173 : f32[] @ models/dino.yaml:76:11
%1175 = stop_gradient %1156 : f32[2,32] @ models/lib/dino.yaml:38:13
%1176 = mul %1175, %1119 : f32[2,32] @ models/lib/dino.yaml:39:28
%1177 = reduce_sum %1176 axes=[1] keep=0 : f32[2] @ models/lib/dino.yaml:39:22
%1178 = neg %1177 : f32[2] @ models/lib/dino.yaml:39:21
%1179 = reduce_sum %1178 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%1180 = div %1179, %1107 : f32[] @ models/lib/dino.yaml:39:16
%1181 = add %1174, %1180 : f32[] @ models/dino.yaml:76:11
%1182 = stop_gradient %1156 : f32[2,32] @ models/lib/dino.yaml:38:13
%1183 = mul %1182, %1137 : f32[2,32] @ models/lib/dino.yaml:39:28
%1184 = reduce_sum %1183 axes=[1] keep=0 : f32[2] @ models/lib/dino.yaml:39:22
%1185 = neg %1184 : f32[2] @ models/lib/dino.yaml:39:21
%1186 = reduce_sum %1185 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%1187 = div %1186, %1107 : f32[] @ models/lib/dino.yaml:39:16
%1188 = add %1181, %1187 : f32[] @ models/dino.yaml:76:11
%1189 = const data=[6] : f32[] @ models/dino.yaml:73:3
%1190 = div %1188, %1189 : f32[] @ models/dino.yaml:73:3
%1191 = output %1190 name="loss.dino" : f32[] @ models/dino.yaml:73:3
%1192 = output %1190 name="loss" : f32[] @ models/dino.yaml:73:3
%1193 = broadcast %641 : f32[1,32] @ models/dino.yaml:70:20
%1194 = mul %83, %1193 : f32[1,32] @ models/dino.yaml:70:20
%1195 = concat %410, %411 axis=0 : f32[4,32] @ models/dino.yaml:70:75
%1196 = reduce_sum %1195 axes=[0] keep=1 : f32[1,32] @ models/lib/nn.yaml:73:26
%1197 = all_reduce_sum %1196 : f32[1,32] @ models/lib/nn.yaml:73:16
%1198 = const data=[4] : f32[] @ models/lib/nn.yaml:73:65
%1199 = broadcast %1198 : f32[1,32] @ models/lib/nn.yaml:73:52
%1200 = div %1197, %1199 : f32[1,32] @ models/lib/nn.yaml:73:52
%1201 = broadcast %1089 : f32[1,32] @ models/dino.yaml:70:62
%1202 = mul %1201, %1200 : f32[1,32] @ models/dino.yaml:70:62
%1203 = add %1194, %1202 : f32[1,32] @ models/dino.yaml:70:38
%1204 = assign %83, %1203 : f32[1,32] @ models/dino.yaml:70:13
%1205 = cast %1 : f64[] @ models/dino.yaml:55:3
%1206 = cast %2 : f64[] @ models/dino.yaml:56:3
%1207 = cast %3 : f64[] @ models/dino.yaml:57:3
%1208 = const data=[-0.083333336] : f32[] @ models/lib/dino.yaml:39:21
%1209 = broadcast %1208 : f32[2] @ models/lib/dino.yaml:39:21
%1210 = reshape %1209 : f32[2,1] @ models/lib/dino.yaml:39:22
%1211 = broadcast %1210 : f32[2,32] @ models/lib/dino.yaml:39:22
%1212 = stop_gradient %1156 : f32[2,32] @ models/lib/dino.yaml:38:13
%1213 = mul %1211, %1212 : f32[2,32] @ models/lib/dino.yaml:39:28
%1214 = neg %1213 : f32[2,32] @ models/lib/nn.yaml:22:18
%1215 = reduce_sum %1214 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:18
%1216 = div %1215, %1134 : f32[2,1] @ models/lib/nn.yaml:22:20
%1217 = broadcast %1216 : f32[2,32] @ models/lib/nn.yaml:22:24
%1218 = exp %1132 : f32[2,32] @ models/lib/nn.yaml:22:28
%1219 = mul %1217, %1218 : f32[2,32] @ models/lib/nn.yaml:22:28
%1220 = stop_gradient %1156 : f32[2,32] @ models/lib/dino.yaml:38:13
%1221 = mul %1211, %1220 : f32[2,32] @ models/lib/dino.yaml:39:28
%1222 = add %1221, %1219 : f32[2,32] @ models/lib/nn.yaml:22:28
%1223 = div %1222, %1090 : f32[2,32] @ models/lib/dino.yaml:39:44
%1224 = div %1215, %1116 : f32[2,1] @ models/lib/nn.yaml:22:20
%1225 = broadcast %1224 : f32[2,32] @ models/lib/nn.yaml:22:24
%1226 = exp %1114 : f32[2,32] @ models/lib/nn.yaml:22:28
%1227 = mul %1225, %1226 : f32[2,32] @ models/lib/nn.yaml:22:28
%1228 = stop_gradient %1156 : f32[2,32] @ models/lib/dino.yaml:38:13
%1229 = mul %1211, %1228 : f32[2,32] @ models/lib/dino.yaml:39:28
%1230 = add %1229, %1227 : f32[2,32] @ models/lib/nn.yaml:22:28
%1231 = div %1230, %1090 : f32[2,32] @ models/lib/dino.yaml:39:44
%1232 = div %1215, %1164 : f32[2,1] @ models/lib/nn.yaml:22:20
%1233 = broadcast %1232 : f32[2,32] @ models/lib/nn.yaml:22:24
%1234 = exp %1162 : f32[2,32] @ models/lib/nn.yaml:22:28
%1235 = mul %1233, %1234 : f32[2,32] @ models/lib/nn.yaml:22:28
%1236 = stop_gradient %1156 : f32[2,32] @ models/lib/dino.yaml:38:13
%1237 = mul %1211, %1236 : f32[2,32] @ models/lib/dino.yaml:39:28
%1238 = add %1237, %1235 : f32[2,32] @ models/lib/nn.yaml:22:28
%1239 = div %1238, %1090 : f32[2,32] @ models/lib/dino.yaml:39:44
%1240 = stop_gradient %1088 : f32[2,32] @ models/lib/dino.yaml:38:13
%1241 = mul %1211, %1240 : f32[2,32] @ models/lib/dino.yaml:39:28
%1242 = neg %1241 : f32[2,32] @ models/lib/nn.yaml:22:18
%1243 = reduce_sum %1242 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:18
%1244 = div %1243, %1134 : f32[2,1] @ models/lib/nn.yaml:22:20
%1245 = broadcast %1244 : f32[2,32] @ models/lib/nn.yaml:22:24
%1246 = exp %1132 : f32[2,32] @ models/lib/nn.yaml:22:28
%1247 = mul %1245, %1246 : f32[2,32] @ models/lib/nn.yaml:22:28
%1248 = stop_gradient %1088 : f32[2,32] @ models/lib/dino.yaml:38:13
%1249 = mul %1211, %1248 : f32[2,32] @ models/lib/dino.yaml:39:28
%1250 = add %1249, %1247 : f32[2,32] @ models/lib/nn.yaml:22:28
%1251 = div %1250, %1090 : f32[2,32] @ models/lib/dino.yaml:39:44
%1252 = add %1223, %1251 : f32[2,32] @ models/lib/dino.yaml:39:44
%1253 = div %1243, %1116 : f32[2,1] @ models/lib/nn.yaml:22:20
%1254 = broadcast %1253 : f32[2,32] @ models/lib/nn.yaml:22:24
%1255 = exp %1114 : f32[2,32] @ models/lib/nn.yaml:22:28
%1256 = mul %1254, %1255 : f32[2,32] @ models/lib/nn.yaml:22:28
%1257 = stop_gradient %1088 : f32[2,32] @ models/lib/dino.yaml:38:13
%1258 = mul %1211, %1257 : f32[2,32] @ models/lib/dino.yaml:39:28
%1259 = add %1258, %1256 : f32[2,32] @ models/lib/nn.yaml:22:28
%1260 = div %1259, %1090 : f32[2,32] @ models/lib/dino.yaml:39:44
%1261 = add %1231, %1260 : f32[2,32] @ models/lib/dino.yaml:39:44
%1262 = div %1243, %1098 : f32[2,1] @ models/lib/nn.yaml:22:20
%1263 = broadcast %1262 : f32[2,32] @ models/lib/nn.yaml:22:24
%1264 = exp %1096 : f32[2,32] @ models/lib/nn.yaml:22:28
%1265 = mul %1263, %1264 : f32[2,32] @ models/lib/nn.yaml:22:28
%1266 = stop_gradient %1088 : f32[2,32] @ models/lib/dino.yaml:38:13
%1267 = mul %1211, %1266 : f32[2,32] @ models/lib/dino.yaml:39:28
%1268 = add %1267, %1265 : f32[2,32] @ models/lib/nn.yaml:22:28
%1269 = div %1268, %1090 : f32[2,32] @ models/lib/dino.yaml:39:44
%1270 = concat %1261, %1252 axis=0 : f32[4,32] @ models/dino.yaml:65:20
%1271 = matmul %1270, %736 ta=0 tb=0 : f32[4,8] @ models/lib/dino.yaml:23:18
%1272 = matmul %1270, %1071 ta=1 tb=0 : f32[32,8] @ models/lib/dino.yaml:23:18
%1273 = div %1272, %735 : f32[32,8] @ models/lib/dino.yaml:22:33
%1274 = mul %1273, %736 : f32[32,8] @ models/lib/dino.yaml:22:33
%1275 = neg %1274 : f32[32,8] @ models/lib/dino.yaml:22:33
%1276 = reduce_sum %1275 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%1277 = broadcast %214 : f32[32,1] @ models/lib/dino.yaml:22:35
%1278 = mul %1276, %1277 : f32[32,1] @ models/lib/dino.yaml:22:35
%1279 = div %1278, %734 : f32[32,1] @ models/lib/dino.yaml:22:35
%1280 = broadcast %1279 : f32[32,8] @ models/lib/dino.yaml:22:40
%1281 = mul %1280, %44 : f32[32,8] @ models/lib/dino.yaml:22:53
%1282 = add %1281, %1281 : f32[32,8] @ models/lib/dino.yaml:22:53
%1283 = mul %1273, %730 : f32[32,8] @ models/lib/dino.yaml:22:22
%1284 = add %1282, %1283 : f32[32,8] @ models/lib/dino.yaml:22:22
%1285 = div %1271, %1070 : f32[4,8] @ models/lib/nn.yaml:33:18
%1286 = mul %1285, %1071 : f32[4,8] @ models/lib/nn.yaml:33:18
%1287 = neg %1286 : f32[4,8] @ models/lib/nn.yaml:33:18
%1288 = reduce_sum %1287 axes=[1] keep=1 : f32[4,1] @ models/lib/nn.yaml:33:18
%1289 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%1290 = broadcast %1289 : f32[4,1] @ models/lib/nn.yaml:33:20
%1291 = broadcast %214 : f32[4,1] @ models/lib/nn.yaml:33:20
%1292 = mul %1288, %1291 : f32[4,1] @ models/lib/nn.yaml:33:20
%1293 = sqrt %1067 : f32[4,1] @ models/lib/nn.yaml:33:24
%1294 = eq %1293, %398 : bool[4,1] @ models/lib/nn.yaml:33:20
%1295 = select %1294, %1292, %1290 : f32[4,1] @ models/lib/nn.yaml:33:20
%1296 = sqrt %1067 : f32[4,1] @ models/lib/nn.yaml:33:24
%1297 = gt %1296, %398 : bool[4,1] @ models/lib/nn.yaml:33:20
%1298 = select %1297, %1288, %1295 : f32[4,1] @ models/lib/nn.yaml:33:20
%1299 = mul %1298, %1291 : f32[4,1] @ models/lib/nn.yaml:33:24
%1300 = sqrt %1067 : f32[4,1] @ models/lib/nn.yaml:33:24
%1301 = div %1299, %1300 : f32[4,1] @ models/lib/nn.yaml:33:24
%1302 = broadcast %1301 : f32[4,8] @ models/lib/nn.yaml:33:29
%1303 = mul %1302, %1065 : f32[4,8] @ models/lib/nn.yaml:33:35
%1304 = add %1285, %1303 : f32[4,8] @ models/lib/nn.yaml:33:35
%1305 = add %1304, %1303 : f32[4,8] @ models/lib/nn.yaml:33:35
%1306 = reduce_sum %1305 axes=[0] keep=1 : f32[1,8] @ models/lib/nn.yaml:84:18
%1307 = reshape %1306 : f32[8] @ models/lib/nn.yaml:84:18
%1308 = matmul %1305, %41 ta=0 tb=0 : f32[4,24] @ models/lib/nn.yaml:83:15
%1309 = matmul %1305, %1063 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%1310 = mul %1058, %377 : f32[4,24] @ models/lib/nn.yaml:27:37
%1311 = erf %1310 : f32[4,24] @ models/lib/nn.yaml:27:31
%1312 = add %380, %1311 : f32[4,24] @ models/lib/nn.yaml:27:29
%1313 = mul %1308, %1312 : f32[4,24] @ models/lib/nn.yaml:27:24
%1314 = mul %375, %1058 : f32[4,24] @ models/lib/nn.yaml:27:20
%1315 = mul %1308, %1314 : f32[4,24] @ models/lib/nn.yaml:27:24
%1316 = mul %1058, %377 : f32[4,24] @ models/lib/nn.yaml:27:37
%1317 = mul %1316, %1316 : f32[4,24] @ models/lib/nn.yaml:27:31
%1318 = neg %1317 : f32[4,24] @ models/lib/nn.yaml:27:31
%1319 = exp %1318 : f32[4,24] @ models/lib/nn.yaml:27:31
%1320 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%1321 = broadcast %1320 : f32[4,24] @ models/lib/nn.yaml:27:31
%1322 = mul %1319, %1321 : f32[4,24] @ models/lib/nn.yaml:27:31
%1323 = mul %1315, %1322 : f32[4,24] @ models/lib/nn.yaml:27:31
%1324 = mul %1323, %377 : f32[4,24] @ models/lib/nn.yaml:27:37
%1325 = mul %1313, %375 : f32[4,24] @ models/lib/nn.yaml:27:20
%1326 = add %1324, %1325 : f32[4,24] @ models/lib/nn.yaml:27:20
%1327 = reduce_sum %1326 axes=[0] keep=1 : f32[1,24] @ models/lib/nn.yaml:84:18
%1328 = reshape %1327 : f32[24] @ models/lib/nn.yaml:84:18
%1329 = matmul %1326, %39 ta=0 tb=0 : f32[4,24] @ models/lib/nn.yaml:83:15
%1330 = matmul %1326, %1056 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%1331 = mul %1051, %377 : f32[4,24] @ models/lib/nn.yaml:27:37
%1332 = erf %1331 : f32[4,24] @ models/lib/nn.yaml:27:31
%1333 = add %380, %1332 : f32[4,24] @ models/lib/nn.yaml:27:29
%1334 = mul %1329, %1333 : f32[4,24] @ models/lib/nn.yaml:27:24
%1335 = mul %375, %1051 : f32[4,24] @ models/lib/nn.yaml:27:20
%1336 = mul %1329, %1335 : f32[4,24] @ models/lib/nn.yaml:27:24
%1337 = mul %1051, %377 : f32[4,24] @ models/lib/nn.yaml:27:37
%1338 = mul %1337, %1337 : f32[4,24] @ models/lib/nn.yaml:27:31
%1339 = neg %1338 : f32[4,24] @ models/lib/nn.yaml:27:31
%1340 = exp %1339 : f32[4,24] @ models/lib/nn.yaml:27:31
%1341 = mul %1340, %1321 : f32[4,24] @ models/lib/nn.yaml:27:31
%1342 = mul %1336, %1341 : f32[4,24] @ models/lib/nn.yaml:27:31
%1343 = mul %1342, %377 : f32[4,24] @ models/lib/nn.yaml:27:37
%1344 = mul %1334, %375 : f32[4,24] @ models/lib/nn.yaml:27:20
%1345 = add %1343, %1344 : f32[4,24] @ models/lib/nn.yaml:27:20
%1346 = reduce_sum %1345 axes=[0] keep=1 : f32[1,24] @ models/lib/nn.yaml:84:18
%1347 = reshape %1346 : f32[24] @ models/lib/nn.yaml:84:18
%1348 = matmul %1345, %37 ta=0 tb=0 : f32[4,16] @ models/lib/nn.yaml:83:15
%1349 = matmul %1345, %1049 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%1350 = reshape %1348 : f32[4,1,16] @ models/dino.yaml:44:34
%1351 = pad %1350 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/dino.yaml:44:34
%1352 = reduce_sum %1351 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1353 = reshape %1352 : f32[16] @ models/lib/nn.yaml:96:46
%1354 = mul %1351, %1043 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1355 = reduce_sum %1354 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1356 = reshape %1355 : f32[16] @ models/lib/nn.yaml:96:37
%1357 = mul %1351, %1044 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1358 = mul %1357, %1042 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1359 = mul %1351, %1044 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1360 = mul %1359, %1036 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1361 = reduce_sum %1360 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%1362 = mul %1041, %1041 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1363 = mul %1041, %1362 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1364 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%1365 = broadcast %1364 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1366 = mul %1363, %1365 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1367 = mul %1361, %1366 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1368 = div %1367, %763 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1369 = broadcast %1368 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%1370 = mul %1369, %1036 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1371 = add %1358, %1370 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1372 = add %1371, %1370 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1373 = neg %1372 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1374 = reduce_sum %1373 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%1375 = div %1374, %763 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1376 = broadcast %1375 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1377 = add %1372, %1376 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1378 = mul %1377, %1030 : f32[4,10,16] @ models/lib/nn.yaml:50:51
%1379 = div %1378, %989 : f32[4,10,16] @ models/lib/nn.yaml:50:38
%1380 = reduce_sum %1379 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1381 = reshape %1380 : f32[16] @ models/lib/nn.yaml:84:18
%1382 = matmul %1379, %33 ta=0 tb=0 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%1383 = reshape %1021 : f32[40,64] @ models/lib/nn.yaml:83:15
%1384 = reshape %1379 : f32[40,16] @ models/lib/nn.yaml:83:15
%1385 = matmul %1384, %1383 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%1386 = add %1013, %1014 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1387 = mul %1386, %880 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%1388 = erf %1387 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1389 = add %881, %1388 : f32[4,10,64] @ models/lib/nn.yaml:27:29
%1390 = mul %1382, %1389 : f32[4,10,64] @ models/lib/nn.yaml:27:24
%1391 = add %1013, %1014 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1392 = mul %879, %1391 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%1393 = mul %1382, %1392 : f32[4,10,64] @ models/lib/nn.yaml:27:24
%1394 = add %1013, %1014 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1395 = mul %1394, %880 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%1396 = mul %1395, %1395 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1397 = neg %1396 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1398 = exp %1397 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1399 = broadcast %1320 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1400 = mul %1398, %1399 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1401 = mul %1393, %1400 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1402 = mul %1401, %880 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%1403 = mul %1390, %879 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%1404 = add %1402, %1403 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%1405 = reduce_sum %1404 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%1406 = reshape %1405 : f32[64] @ models/lib/nn.yaml:84:18
%1407 = matmul %1404, %31 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1408 = reshape %1012 : f32[40,16] @ models/lib/nn.yaml:83:15
%1409 = reshape %1404 : f32[40,64] @ models/lib/nn.yaml:83:15
%1410 = matmul %1409, %1408 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%1411 = reduce_sum %1407 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1412 = reshape %1411 : f32[16] @ models/lib/nn.yaml:96:46
%1413 = mul %1407, %1008 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1414 = reduce_sum %1413 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1415 = reshape %1414 : f32[16] @ models/lib/nn.yaml:96:37
%1416 = mul %1407, %1009 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1417 = mul %1416, %1007 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1418 = mul %1407, %1009 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1419 = mul %1418, %1001 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1420 = reduce_sum %1419 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%1421 = mul %1006, %1006 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1422 = mul %1006, %1421 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1423 = mul %1422, %1365 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1424 = mul %1420, %1423 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1425 = div %1424, %763 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1426 = broadcast %1425 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%1427 = mul %1426, %1001 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1428 = add %1417, %1427 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1429 = add %1428, %1427 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1430 = add %1377, %1429 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1431 = neg %1429 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1432 = reduce_sum %1431 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%1433 = div %1432, %763 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1434 = broadcast %1433 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1435 = add %1430, %1434 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1436 = mul %1435, %995 : f32[4,10,16] @ models/lib/nn.yaml:50:51
%1437 = div %1436, %989 : f32[4,10,16] @ models/lib/nn.yaml:50:38
%1438 = reduce_sum %1437 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1439 = reshape %1438 : f32[16] @ models/lib/nn.yaml:84:18
%1440 = matmul %1437, %27 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1441 = reshape %984 : f32[40,16] @ models/lib/nn.yaml:83:15
%1442 = reshape %1437 : f32[40,16] @ models/lib/nn.yaml:83:15
%1443 = matmul %1442, %1441 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%1444 = reshape %1440 : f32[4,10,2,8] @ models/lib/nn.yaml:57:16
%1445 = permute %1444 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/nn.yaml:56:13
%1446 = permute %918 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%1447 = slice %1445 lo=[0,0,0,0] hi=[4,2,10,1] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1448 = broadcast %1447 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1449 = slice %1446 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1450 = broadcast %1449 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1451 = mul %1448, %1450 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1452 = slice %1445 lo=[0,0,0,1] hi=[4,2,10,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1453 = broadcast %1452 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1454 = slice %1446 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1455 = broadcast %1454 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1456 = mul %1453, %1455 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1457 = add %1451, %1456 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1458 = slice %1445 lo=[0,0,0,2] hi=[4,2,10,3] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1459 = broadcast %1458 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1460 = slice %1446 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1461 = broadcast %1460 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1462 = mul %1459, %1461 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1463 = add %1457, %1462 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1464 = slice %1445 lo=[0,0,0,3] hi=[4,2,10,4] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1465 = broadcast %1464 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1466 = slice %1446 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1467 = broadcast %1466 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1468 = mul %1465, %1467 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1469 = add %1463, %1468 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1470 = slice %1445 lo=[0,0,0,4] hi=[4,2,10,5] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1471 = broadcast %1470 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1472 = slice %1446 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1473 = broadcast %1472 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1474 = mul %1471, %1473 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1475 = add %1469, %1474 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1476 = slice %1445 lo=[0,0,0,5] hi=[4,2,10,6] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1477 = broadcast %1476 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1478 = slice %1446 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1479 = broadcast %1478 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1480 = mul %1477, %1479 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1481 = add %1475, %1480 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1482 = slice %1445 lo=[0,0,0,6] hi=[4,2,10,7] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1483 = broadcast %1482 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1484 = slice %1446 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1485 = broadcast %1484 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1486 = mul %1483, %1485 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1487 = add %1481, %1486 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1488 = slice %1445 lo=[0,0,0,7] hi=[4,2,10,8] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1489 = broadcast %1488 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1490 = slice %1446 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1491 = broadcast %1490 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1492 = mul %1489, %1491 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1493 = add %1487, %1492 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1494 = permute %977 perm=[0,1,3,2] : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1495 = reshape %1494 : f32[4,2,10,10,1] @ models/lib/nn.yaml:56:23
%1496 = broadcast %1495 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%1497 = reshape %1445 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1498 = broadcast %1497 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%1499 = mul %1496, %1498 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%1500 = reduce_sum %1499 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%1501 = div %1493, %975 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1502 = mul %1501, %977 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1503 = neg %1502 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1504 = reduce_sum %1503 axes=[3] keep=1 : f32[4,2,10,1] @ models/lib/nn.yaml:15:18
%1505 = broadcast %1504 : f32[4,2,10,10] @ models/lib/nn.yaml:15:20
%1506 = add %1501, %1505 : f32[4,2,10,10] @ models/lib/nn.yaml:15:20
%1507 = exp %972 : f32[4,2,10,10] @ models/lib/nn.yaml:14:13
%1508 = mul %1506, %1507 : f32[4,2,10,10] @ models/lib/nn.yaml:14:13
%1509 = mul %1508, %838 : f32[4,2,10,10] @ models/lib/nn.yaml:55:29
%1510 = reshape %1509 : f32[4,2,10,10,1] @ models/lib/nn.yaml:55:23
%1511 = broadcast %1510 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1512 = reshape %915 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%1513 = broadcast %1512 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1514 = mul %1511, %1513 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1515 = reduce_sum %1514 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%1516 = permute %1509 perm=[0,1,3,2] : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%1517 = reshape %1516 : f32[4,2,10,10,1] @ models/lib/nn.yaml:55:23
%1518 = broadcast %1517 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1519 = reshape %913 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%1520 = broadcast %1519 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1521 = mul %1518, %1520 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1522 = reduce_sum %1521 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%1523 = reshape %1500 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:40
%1524 = reshape %1522 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:34
%1525 = reshape %1515 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:28
%1526 = concat %1525, %1524, %1523 axis=0 : f32[3,4,2,10,8] @ models/lib/nn.yaml:67:28
%1527 = permute %1526 perm=[1,3,0,2,4] : f32[4,10,3,2,8] @ models/lib/nn.yaml:66:13
%1528 = reshape %1527 : f32[4,10,48] @ models/lib/nn.yaml:66:21
%1529 = reduce_sum %1528 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%1530 = reshape %1529 : f32[48] @ models/lib/nn.yaml:84:18
%1531 = matmul %1528, %25 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1532 = reshape %907 : f32[40,16] @ models/lib/nn.yaml:83:15
%1533 = reshape %1527 : f32[40,48] @ models/lib/nn.yaml:83:15
%1534 = matmul %1533, %1532 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%1535 = reduce_sum %1531 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1536 = reshape %1535 : f32[16] @ models/lib/nn.yaml:96:46
%1537 = mul %1531, %903 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1538 = reduce_sum %1537 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1539 = reshape %1538 : f32[16] @ models/lib/nn.yaml:96:37
%1540 = mul %1531, %904 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1541 = mul %1540, %902 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1542 = mul %1531, %904 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1543 = mul %1542, %896 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1544 = reduce_sum %1543 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%1545 = mul %901, %901 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1546 = mul %901, %1545 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1547 = mul %1546, %1365 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1548 = mul %1544, %1547 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1549 = div %1548, %763 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1550 = broadcast %1549 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%1551 = mul %1550, %896 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1552 = add %1541, %1551 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1553 = add %1552, %1551 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1554 = add %1435, %1553 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1555 = neg %1553 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1556 = reduce_sum %1555 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%1557 = div %1556, %763 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1558 = broadcast %1557 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1559 = add %1554, %1558 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1560 = reduce_sum %1559 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1561 = reshape %1560 : f32[16] @ models/lib/nn.yaml:84:18
%1562 = matmul %1559, %21 ta=0 tb=0 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%1563 = reshape %888 : f32[40,64] @ models/lib/nn.yaml:83:15
%1564 = reshape %1559 : f32[40,16] @ models/lib/nn.yaml:83:15
%1565 = matmul %1564, %1563 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%1566 = add %877, %878 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1567 = mul %1566, %880 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%1568 = erf %1567 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1569 = add %881, %1568 : f32[4,10,64] @ models/lib/nn.yaml:27:29
%1570 = mul %1562, %1569 : f32[4,10,64] @ models/lib/nn.yaml:27:24
%1571 = add %877, %878 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1572 = mul %879, %1571 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%1573 = mul %1562, %1572 : f32[4,10,64] @ models/lib/nn.yaml:27:24
%1574 = add %877, %878 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1575 = mul %1574, %880 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%1576 = mul %1575, %1575 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1577 = neg %1576 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1578 = exp %1577 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1579 = mul %1578, %1399 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1580 = mul %1573, %1579 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1581 = mul %1580, %880 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%1582 = mul %1570, %879 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%1583 = add %1581, %1582 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%1584 = reduce_sum %1583 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%1585 = reshape %1584 : f32[64] @ models/lib/nn.yaml:84:18
%1586 = matmul %1583, %19 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1587 = reshape %876 : f32[40,16] @ models/lib/nn.yaml:83:15
%1588 = reshape %1583 : f32[40,64] @ models/lib/nn.yaml:83:15
%1589 = matmul %1588, %1587 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%1590 = reduce_sum %1586 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1591 = reshape %1590 : f32[16] @ models/lib/nn.yaml:96:46
%1592 = mul %1586, %872 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1593 = reduce_sum %1592 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1594 = reshape %1593 : f32[16] @ models/lib/nn.yaml:96:37
%1595 = mul %1586, %873 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1596 = mul %1595, %871 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1597 = mul %1586, %873 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1598 = mul %1597, %865 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1599 = reduce_sum %1598 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%1600 = mul %870, %870 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1601 = mul %870, %1600 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1602 = mul %1601, %1365 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1603 = mul %1599, %1602 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1604 = div %1603, %763 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1605 = broadcast %1604 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%1606 = mul %1605, %865 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1607 = add %1596, %1606 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1608 = add %1607, %1606 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1609 = add %1559, %1608 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1610 = neg %1608 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1611 = reduce_sum %1610 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%1612 = div %1611, %763 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1613 = broadcast %1612 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1614 = add %1609, %1613 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1615 = reduce_sum %1614 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1616 = reshape %1615 : f32[16] @ models/lib/nn.yaml:84:18
%1617 = matmul %1614, %15 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1618 = reshape %856 : f32[40,16] @ models/lib/nn.yaml:83:15
%1619 = reshape %1614 : f32[40,16] @ models/lib/nn.yaml:83:15
%1620 = matmul %1619, %1618 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%1621 = reshape %1617 : f32[4,10,2,8] @ models/lib/nn.yaml:57:16
%1622 = permute %1621 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/nn.yaml:56:13
%1623 = permute %789 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%1624 = slice %1622 lo=[0,0,0,0] hi=[4,2,10,1] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1625 = broadcast %1624 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1626 = slice %1623 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1627 = broadcast %1626 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1628 = mul %1625, %1627 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1629 = slice %1622 lo=[0,0,0,1] hi=[4,2,10,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1630 = broadcast %1629 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1631 = slice %1623 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1632 = broadcast %1631 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1633 = mul %1630, %1632 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1634 = add %1628, %1633 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1635 = slice %1622 lo=[0,0,0,2] hi=[4,2,10,3] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1636 = broadcast %1635 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1637 = slice %1623 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1638 = broadcast %1637 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1639 = mul %1636, %1638 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1640 = add %1634, %1639 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1641 = slice %1622 lo=[0,0,0,3] hi=[4,2,10,4] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1642 = broadcast %1641 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1643 = slice %1623 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1644 = broadcast %1643 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1645 = mul %1642, %1644 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1646 = add %1640, %1645 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1647 = slice %1622 lo=[0,0,0,4] hi=[4,2,10,5] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1648 = broadcast %1647 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1649 = slice %1623 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1650 = broadcast %1649 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1651 = mul %1648, %1650 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1652 = add %1646, %1651 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1653 = slice %1622 lo=[0,0,0,5] hi=[4,2,10,6] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1654 = broadcast %1653 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1655 = slice %1623 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1656 = broadcast %1655 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1657 = mul %1654, %1656 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1658 = add %1652, %1657 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1659 = slice %1622 lo=[0,0,0,6] hi=[4,2,10,7] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1660 = broadcast %1659 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1661 = slice %1623 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1662 = broadcast %1661 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1663 = mul %1660, %1662 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1664 = add %1658, %1663 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1665 = slice %1622 lo=[0,0,0,7] hi=[4,2,10,8] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1666 = broadcast %1665 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1667 = slice %1623 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1668 = broadcast %1667 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1669 = mul %1666, %1668 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1670 = add %1664, %1669 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1671 = permute %849 perm=[0,1,3,2] : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1672 = reshape %1671 : f32[4,2,10,10,1] @ models/lib/nn.yaml:56:23
%1673 = broadcast %1672 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%1674 = reshape %1622 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1675 = broadcast %1674 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%1676 = mul %1673, %1675 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%1677 = reduce_sum %1676 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%1678 = div %1670, %847 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1679 = mul %1678, %849 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1680 = neg %1679 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1681 = reduce_sum %1680 axes=[3] keep=1 : f32[4,2,10,1] @ models/lib/nn.yaml:15:18
%1682 = broadcast %1681 : f32[4,2,10,10] @ models/lib/nn.yaml:15:20
%1683 = add %1678, %1682 : f32[4,2,10,10] @ models/lib/nn.yaml:15:20
%1684 = exp %844 : f32[4,2,10,10] @ models/lib/nn.yaml:14:13
%1685 = mul %1683, %1684 : f32[4,2,10,10] @ models/lib/nn.yaml:14:13
%1686 = mul %1685, %838 : f32[4,2,10,10] @ models/lib/nn.yaml:55:29
%1687 = reshape %1686 : f32[4,2,10,10,1] @ models/lib/nn.yaml:55:23
%1688 = broadcast %1687 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1689 = reshape %786 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%1690 = broadcast %1689 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1691 = mul %1688, %1690 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1692 = reduce_sum %1691 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%1693 = permute %1686 perm=[0,1,3,2] : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%1694 = reshape %1693 : f32[4,2,10,10,1] @ models/lib/nn.yaml:55:23
%1695 = broadcast %1694 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1696 = reshape %784 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%1697 = broadcast %1696 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1698 = mul %1695, %1697 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1699 = reduce_sum %1698 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%1700 = reshape %1677 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:40
%1701 = reshape %1699 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:34
%1702 = reshape %1692 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:28
%1703 = concat %1702, %1701, %1700 axis=0 : f32[3,4,2,10,8] @ models/lib/nn.yaml:67:28
%1704 = permute %1703 perm=[1,3,0,2,4] : f32[4,10,3,2,8] @ models/lib/nn.yaml:66:13
%1705 = reshape %1704 : f32[4,10,48] @ models/lib/nn.yaml:66:21
%1706 = reduce_sum %1705 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%1707 = reshape %1706 : f32[48] @ models/lib/nn.yaml:84:18
%1708 = matmul %1705, %13 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1709 = reshape %778 : f32[40,16] @ models/lib/nn.yaml:83:15
%1710 = reshape %1704 : f32[40,48] @ models/lib/nn.yaml:83:15
%1711 = matmul %1710, %1709 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%1712 = reduce_sum %1708 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1713 = reshape %1712 : f32[16] @ models/lib/nn.yaml:96:46
%1714 = mul %1708, %774 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1715 = reduce_sum %1714 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1716 = reshape %1715 : f32[16] @ models/lib/nn.yaml:96:37
%1717 = mul %1708, %775 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1718 = mul %1717, %773 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1719 = mul %1708, %775 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1720 = mul %1719, %766 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1721 = reduce_sum %1720 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%1722 = mul %772, %772 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1723 = mul %772, %1722 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1724 = mul %1723, %1365 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1725 = mul %1721, %1724 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1726 = div %1725, %763 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1727 = broadcast %1726 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%1728 = mul %1727, %766 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1729 = add %1718, %1728 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1730 = add %1729, %1728 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1731 = add %1614, %1730 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1732 = neg %1730 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1733 = reduce_sum %1732 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%1734 = div %1733, %763 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1735 = broadcast %1734 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1736 = add %1731, %1735 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1737 = reduce_sum %1736 axes=[0] keep=1 : f32[1,10,16] @ models/lib/vit.yaml:62:15
%1738 = slice %1737 lo=[0,0,0] hi=[1,1,16] : f32[1,1,16] @ models/lib/vit.yaml:41:36
%1739 = slice %1737 lo=[0,1,0] hi=[1,10,16] : f32[1,9,16] @ models/lib/vit.yaml:41:36
%1740 = reshape %1739 : f32[3,3,16] @ models/lib/vit.yaml:36:16
%1741 = permute %1740 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%1742 = reshape %1741 : f32[3,48] @ models/lib/vit.yaml:35:21
%1743 = matmul %749, %1742 ta=1 tb=0 : f32[4,48] @ models/lib/vit.yaml:34:15
%1744 = reshape %1743 : f32[4,3,16] @ models/lib/vit.yaml:34:17
%1745 = permute %1744 perm=[1,0,2] : f32[3,4,16] @ models/lib/vit.yaml:33:13
%1746 = reshape %1745 : f32[3,64] @ models/lib/vit.yaml:33:21
%1747 = matmul %749, %1746 ta=1 tb=0 : f32[4,64] @ models/lib/vit.yaml:32:15
%1748 = reshape %1747 : f32[1,16,16] @ models/lib/vit.yaml:32:17
%1749 = concat %1738, %1748 axis=1 : f32[1,17,16] @ models/lib/vit.yaml:41:46
%1750 = slice %1736 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:61:13
%1751 = slice %1736 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:61:13
%1752 = reduce_sum %1750 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:61:20
%1753 = reduce_sum %1751 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%1754 = reshape %1753 : f32[16] @ models/lib/vit.yaml:17:71
%1755 = reshape %741 : f32[36,48] @ models/lib/vit.yaml:17:18
%1756 = reshape %1751 : f32[36,16] @ models/lib/vit.yaml:17:18
%1757 = matmul %1756, %1755 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%1758 = reshape %1757 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%1759 = concat %1239, %1269 axis=0 : f32[4,32] @ models/dino.yaml:65:20
%1760 = matmul %1759, %736 ta=0 tb=0 : f32[4,8] @ models/lib/dino.yaml:23:18
%1761 = matmul %1759, %729 ta=1 tb=0 : f32[32,8] @ models/lib/dino.yaml:23:18
%1762 = div %1761, %735 : f32[32,8] @ models/lib/dino.yaml:22:33
%1763 = mul %1762, %736 : f32[32,8] @ models/lib/dino.yaml:22:33
%1764 = neg %1763 : f32[32,8] @ models/lib/dino.yaml:22:33
%1765 = reduce_sum %1764 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%1766 = mul %1765, %1277 : f32[32,1] @ models/lib/dino.yaml:22:35
%1767 = div %1766, %734 : f32[32,1] @ models/lib/dino.yaml:22:35
%1768 = broadcast %1767 : f32[32,8] @ models/lib/dino.yaml:22:40
%1769 = mul %1768, %44 : f32[32,8] @ models/lib/dino.yaml:22:53
%1770 = add %1284, %1769 : f32[32,8] @ models/lib/dino.yaml:22:53
%1771 = add %1770, %1769 : f32[32,8] @ models/lib/dino.yaml:22:53
%1772 = mul %1762, %730 : f32[32,8] @ models/lib/dino.yaml:22:22
%1773 = add %1771, %1772 : f32[32,8] @ models/lib/dino.yaml:22:22
%1774 = div %1760, %728 : f32[4,8] @ models/lib/nn.yaml:33:18
%1775 = mul %1774, %729 : f32[4,8] @ models/lib/nn.yaml:33:18
%1776 = neg %1775 : f32[4,8] @ models/lib/nn.yaml:33:18
%1777 = reduce_sum %1776 axes=[1] keep=1 : f32[4,1] @ models/lib/nn.yaml:33:18
%1778 = mul %1777, %1291 : f32[4,1] @ models/lib/nn.yaml:33:20
%1779 = sqrt %725 : f32[4,1] @ models/lib/nn.yaml:33:24
%1780 = eq %1779, %398 : bool[4,1] @ models/lib/nn.yaml:33:20
%1781 = select %1780, %1778, %1290 : f32[4,1] @ models/lib/nn.yaml:33:20
%1782 = sqrt %725 : f32[4,1] @ models/lib/nn.yaml:33:24
%1783 = gt %1782, %398 : bool[4,1] @ models/lib/nn.yaml:33:20
%1784 = select %1783, %1777, %1781 : f32[4,1] @ models/lib/nn.yaml:33:20
%1785 = mul %1784, %1291 : f32[4,1] @ models/lib/nn.yaml:33:24
%1786 = sqrt %725 : f32[4,1] @ models/lib/nn.yaml:33:24
%1787 = div %1785, %1786 : f32[4,1] @ models/lib/nn.yaml:33:24
%1788 = broadcast %1787 : f32[4,8] @ models/lib/nn.yaml:33:29
%1789 = mul %1788, %723 : f32[4,8] @ models/lib/nn.yaml:33:35
%1790 = add %1774, %1789 : f32[4,8] @ models/lib/nn.yaml:33:35
%1791 = add %1790, %1789 : f32[4,8] @ models/lib/nn.yaml:33:35
%1792 = reduce_sum %1791 axes=[0] keep=1 : f32[1,8] @ models/lib/nn.yaml:84:18
%1793 = reshape %1792 : f32[8] @ models/lib/nn.yaml:84:18
%1794 = add %1307, %1793 : f32[8] @ models/lib/nn.yaml:84:18
%1795 = matmul %1791, %41 ta=0 tb=0 : f32[4,24] @ models/lib/nn.yaml:83:15
%1796 = matmul %1791, %720 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%1797 = add %1309, %1796 : f32[8,24] @ models/lib/nn.yaml:83:15
%1798 = mul %715, %377 : f32[4,24] @ models/lib/nn.yaml:27:37
%1799 = erf %1798 : f32[4,24] @ models/lib/nn.yaml:27:31
%1800 = add %380, %1799 : f32[4,24] @ models/lib/nn.yaml:27:29
%1801 = mul %1795, %1800 : f32[4,24] @ models/lib/nn.yaml:27:24
%1802 = mul %375, %715 : f32[4,24] @ models/lib/nn.yaml:27:20
%1803 = mul %1795, %1802 : f32[4,24] @ models/lib/nn.yaml:27:24
%1804 = mul %715, %377 : f32[4,24] @ models/lib/nn.yaml:27:37
%1805 = mul %1804, %1804 : f32[4,24] @ models/lib/nn.yaml:27:31
%1806 = neg %1805 : f32[4,24] @ models/lib/nn.yaml:27:31
%1807 = exp %1806 : f32[4,24] @ models/lib/nn.yaml:27:31
%1808 = mul %1807, %1321 : f32[4,24] @ models/lib/nn.yaml:27:31
%1809 = mul %1803, %1808 : f32[4,24] @ models/lib/nn.yaml:27:31
%1810 = mul %1809, %377 : f32[4,24] @ models/lib/nn.yaml:27:37
%1811 = mul %1801, %375 : f32[4,24] @ models/lib/nn.yaml:27:20
%1812 = add %1810, %1811 : f32[4,24] @ models/lib/nn.yaml:27:20
%1813 = reduce_sum %1812 axes=[0] keep=1 : f32[1,24] @ models/lib/nn.yaml:84:18
%1814 = reshape %1813 : f32[24] @ models/lib/nn.yaml:84:18
%1815 = add %1328, %1814 : f32[24] @ models/lib/nn.yaml:84:18
%1816 = matmul %1812, %39 ta=0 tb=0 : f32[4,24] @ models/lib/nn.yaml:83:15
%1817 = matmul %1812, %712 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%1818 = add %1330, %1817 : f32[24,24] @ models/lib/nn.yaml:83:15
%1819 = mul %707, %377 : f32[4,24] @ models/lib/nn.yaml:27:37
%1820 = erf %1819 : f32[4,24] @ models/lib/nn.yaml:27:31
%1821 = add %380, %1820 : f32[4,24] @ models/lib/nn.yaml:27:29
%1822 = mul %1816, %1821 : f32[4,24] @ models/lib/nn.yaml:27:24
%1823 = mul %375, %707 : f32[4,24] @ models/lib/nn.yaml:27:20
%1824 = mul %1816, %1823 : f32[4,24] @ models/lib/nn.yaml:27:24
%1825 = mul %707, %377 : f32[4,24] @ models/lib/nn.yaml:27:37
%1826 = mul %1825, %1825 : f32[4,24] @ models/lib/nn.yaml:27:31
%1827 = neg %1826 : f32[4,24] @ models/lib/nn.yaml:27:31
%1828 = exp %1827 : f32[4,24] @ models/lib/nn.yaml:27:31
%1829 = mul %1828, %1321 : f32[4,24] @ models/lib/nn.yaml:27:31
%1830 = mul %1824, %1829 : f32[4,24] @ models/lib/nn.yaml:27:31
%1831 = mul %1830, %377 : f32[4,24] @ models/lib/nn.yaml:27:37
%1832 = mul %1822, %375 : f32[4,24] @ models/lib/nn.yaml:27:20
%1833 = add %1831, %1832 : f32[4,24] @ models/lib/nn.yaml:27:20
%1834 = reduce_sum %1833 axes=[0] keep=1 : f32[1,24] @ models/lib/nn.yaml:84:18
%1835 = reshape %1834 : f32[24] @ models/lib/nn.yaml:84:18
%1836 = add %1347, %1835 : f32[24] @ models/lib/nn.yaml:84:18
%1837 = matmul %1833, %37 ta=0 tb=0 : f32[4,16] @ models/lib/nn.yaml:83:15
%1838 = matmul %1833, %704 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%1839 = add %1349, %1838 : f32[24,16] @ models/lib/nn.yaml:83:15
%1840 = reshape %1837 : f32[4,1,16] @ models/dino.yaml:44:34
%1841 = pad %1840 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/dino.yaml:44:34
%1842 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,68] @ models/lib/nn.yaml:96:46
%1843 = reshape %1841 : f32[68,16] @ models/lib/nn.yaml:96:46
%1844 = matmul %1842, %1843 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%1845 = reshape %1844 : f32[16] @ models/lib/nn.yaml:96:46
%1846 = add %1353, %1845 : f32[16] @ models/lib/nn.yaml:96:46
%1847 = mul %1841, %698 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1848 = reshape %1847 : f32[68,16] @ models/lib/nn.yaml:96:37
%1849 = matmul %1842, %1848 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%1850 = reshape %1849 : f32[16] @ models/lib/nn.yaml:96:37
%1851 = add %1356, %1850 : f32[16] @ models/lib/nn.yaml:96:37
%1852 = mul %1841, %699 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1853 = mul %1852, %697 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1854 = mul %1841, %699 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1855 = mul %1854, %691 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1856 = reduce_sum %1855 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%1857 = mul %696, %696 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1858 = mul %696, %1857 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1859 = broadcast %1364 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1860 = mul %1858, %1859 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1861 = mul %1856, %1860 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1862 = div %1861, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1863 = broadcast %1862 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%1864 = mul %1863, %691 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1865 = add %1853, %1864 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1866 = add %1865, %1864 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1867 = neg %1866 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1868 = reduce_sum %1867 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%1869 = div %1868, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1870 = broadcast %1869 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1871 = add %1866, %1870 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1872 = mul %1871, %685 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%1873 = div %1872, %642 : f32[4,17,16] @ models/lib/nn.yaml:50:38
%1874 = reshape %1873 : f32[68,16] @ models/lib/nn.yaml:84:18
%1875 = matmul %1842, %1874 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%1876 = reshape %1875 : f32[16] @ models/lib/nn.yaml:84:18
%1877 = add %1381, %1876 : f32[16] @ models/lib/nn.yaml:84:18
%1878 = matmul %1873, %33 ta=0 tb=0 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%1879 = reshape %676 : f32[68,64] @ models/lib/nn.yaml:83:15
%1880 = matmul %1874, %1879 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%1881 = add %1385, %1880 : f32[16,64] @ models/lib/nn.yaml:83:15
%1882 = add %668, %669 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%1883 = mul %1882, %219 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%1884 = erf %1883 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1885 = add %224, %1884 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%1886 = mul %1878, %1885 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%1887 = add %668, %669 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%1888 = mul %215, %1887 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%1889 = mul %1878, %1888 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%1890 = add %668, %669 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%1891 = mul %1890, %219 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%1892 = mul %1891, %1891 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1893 = neg %1892 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1894 = exp %1893 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1895 = broadcast %1320 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1896 = mul %1894, %1895 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1897 = mul %1889, %1896 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1898 = mul %1897, %219 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%1899 = mul %1886, %215 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%1900 = add %1898, %1899 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%1901 = reshape %1900 : f32[68,64] @ models/lib/nn.yaml:84:18
%1902 = matmul %1842, %1901 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%1903 = reshape %1902 : f32[64] @ models/lib/nn.yaml:84:18
%1904 = add %1406, %1903 : f32[64] @ models/lib/nn.yaml:84:18
%1905 = matmul %1900, %31 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1906 = reshape %667 : f32[68,16] @ models/lib/nn.yaml:83:15
%1907 = matmul %1901, %1906 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%1908 = add %1410, %1907 : f32[64,16] @ models/lib/nn.yaml:83:15
%1909 = reshape %1905 : f32[68,16] @ models/lib/nn.yaml:96:46
%1910 = matmul %1842, %1909 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%1911 = reshape %1910 : f32[16] @ models/lib/nn.yaml:96:46
%1912 = add %1412, %1911 : f32[16] @ models/lib/nn.yaml:96:46
%1913 = mul %1905, %663 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1914 = reshape %1913 : f32[68,16] @ models/lib/nn.yaml:96:37
%1915 = matmul %1842, %1914 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%1916 = reshape %1915 : f32[16] @ models/lib/nn.yaml:96:37
%1917 = add %1415, %1916 : f32[16] @ models/lib/nn.yaml:96:37
%1918 = mul %1905, %664 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1919 = mul %1918, %662 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1920 = mul %1905, %664 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1921 = mul %1920, %656 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1922 = reduce_sum %1921 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%1923 = mul %661, %661 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1924 = mul %661, %1923 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1925 = mul %1924, %1859 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1926 = mul %1922, %1925 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1927 = div %1926, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1928 = broadcast %1927 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%1929 = mul %1928, %656 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1930 = add %1919, %1929 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1931 = add %1930, %1929 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1932 = add %1871, %1931 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1933 = neg %1931 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1934 = reduce_sum %1933 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%1935 = div %1934, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1936 = broadcast %1935 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1937 = add %1932, %1936 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1938 = mul %1937, %650 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%1939 = div %1938, %642 : f32[4,17,16] @ models/lib/nn.yaml:50:38
%1940 = reshape %1939 : f32[68,16] @ models/lib/nn.yaml:84:18
%1941 = matmul %1842, %1940 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%1942 = reshape %1941 : f32[16] @ models/lib/nn.yaml:84:18
%1943 = add %1439, %1942 : f32[16] @ models/lib/nn.yaml:84:18
%1944 = matmul %1939, %27 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1945 = reshape %636 : f32[68,16] @ models/lib/nn.yaml:83:15
%1946 = matmul %1940, %1945 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%1947 = add %1443, %1946 : f32[16,16] @ models/lib/nn.yaml:83:15
%1948 = reshape %1944 : f32[4,17,2,8] @ models/lib/nn.yaml:57:16
%1949 = permute %1948 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/nn.yaml:56:13
%1950 = permute %570 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%1951 = slice %1949 lo=[0,0,0,0] hi=[4,2,17,1] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%1952 = broadcast %1951 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1953 = slice %1950 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%1954 = broadcast %1953 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1955 = mul %1952, %1954 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1956 = slice %1949 lo=[0,0,0,1] hi=[4,2,17,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%1957 = broadcast %1956 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1958 = slice %1950 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%1959 = broadcast %1958 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1960 = mul %1957, %1959 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1961 = add %1955, %1960 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1962 = slice %1949 lo=[0,0,0,2] hi=[4,2,17,3] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%1963 = broadcast %1962 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1964 = slice %1950 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%1965 = broadcast %1964 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1966 = mul %1963, %1965 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1967 = add %1961, %1966 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1968 = slice %1949 lo=[0,0,0,3] hi=[4,2,17,4] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%1969 = broadcast %1968 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1970 = slice %1950 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%1971 = broadcast %1970 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1972 = mul %1969, %1971 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1973 = add %1967, %1972 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1974 = slice %1949 lo=[0,0,0,4] hi=[4,2,17,5] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%1975 = broadcast %1974 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1976 = slice %1950 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%1977 = broadcast %1976 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1978 = mul %1975, %1977 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1979 = add %1973, %1978 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1980 = slice %1949 lo=[0,0,0,5] hi=[4,2,17,6] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%1981 = broadcast %1980 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1982 = slice %1950 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%1983 = broadcast %1982 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1984 = mul %1981, %1983 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1985 = add %1979, %1984 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1986 = slice %1949 lo=[0,0,0,6] hi=[4,2,17,7] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%1987 = broadcast %1986 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1988 = slice %1950 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%1989 = broadcast %1988 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1990 = mul %1987, %1989 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1991 = add %1985, %1990 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1992 = slice %1949 lo=[0,0,0,7] hi=[4,2,17,8] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%1993 = broadcast %1992 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1994 = slice %1950 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%1995 = broadcast %1994 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1996 = mul %1993, %1995 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1997 = add %1991, %1996 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1998 = permute %629 perm=[0,1,3,2] : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1999 = reshape %1998 : f32[4,2,17,17,1] @ models/lib/nn.yaml:56:23
%2000 = broadcast %1999 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%2001 = reshape %1949 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2002 = broadcast %2001 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%2003 = mul %2000, %2002 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%2004 = reduce_sum %2003 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%2005 = div %1997, %627 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%2006 = mul %2005, %629 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%2007 = neg %2006 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%2008 = reduce_sum %2007 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:18
%2009 = broadcast %2008 : f32[4,2,17,17] @ models/lib/nn.yaml:15:20
%2010 = add %2005, %2009 : f32[4,2,17,17] @ models/lib/nn.yaml:15:20
%2011 = exp %624 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%2012 = mul %2010, %2011 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%2013 = mul %2012, %173 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%2014 = reshape %2013 : f32[4,2,17,17,1] @ models/lib/nn.yaml:55:23
%2015 = broadcast %2014 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2016 = reshape %567 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%2017 = broadcast %2016 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2018 = mul %2015, %2017 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2019 = reduce_sum %2018 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%2020 = permute %2013 perm=[0,1,3,2] : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%2021 = reshape %2020 : f32[4,2,17,17,1] @ models/lib/nn.yaml:55:23
%2022 = broadcast %2021 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2023 = reshape %565 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%2024 = broadcast %2023 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2025 = mul %2022, %2024 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2026 = reduce_sum %2025 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%2027 = reshape %2004 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:40
%2028 = reshape %2026 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:34
%2029 = reshape %2019 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:28
%2030 = concat %2029, %2028, %2027 axis=0 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:28
%2031 = permute %2030 perm=[1,3,0,2,4] : f32[4,17,3,2,8] @ models/lib/nn.yaml:66:13
%2032 = reshape %2031 : f32[4,17,48] @ models/lib/nn.yaml:66:21
%2033 = reshape %2031 : f32[68,48] @ models/lib/nn.yaml:84:18
%2034 = matmul %1842, %2033 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%2035 = reshape %2034 : f32[48] @ models/lib/nn.yaml:84:18
%2036 = add %1530, %2035 : f32[48] @ models/lib/nn.yaml:84:18
%2037 = matmul %2032, %25 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%2038 = reshape %559 : f32[68,16] @ models/lib/nn.yaml:83:15
%2039 = matmul %2033, %2038 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%2040 = add %1534, %2039 : f32[48,16] @ models/lib/nn.yaml:83:15
%2041 = reshape %2037 : f32[68,16] @ models/lib/nn.yaml:96:46
%2042 = matmul %1842, %2041 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2043 = reshape %2042 : f32[16] @ models/lib/nn.yaml:96:46
%2044 = add %1536, %2043 : f32[16] @ models/lib/nn.yaml:96:46
%2045 = mul %2037, %555 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2046 = reshape %2045 : f32[68,16] @ models/lib/nn.yaml:96:37
%2047 = matmul %1842, %2046 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%2048 = reshape %2047 : f32[16] @ models/lib/nn.yaml:96:37
%2049 = add %1539, %2048 : f32[16] @ models/lib/nn.yaml:96:37
%2050 = mul %2037, %556 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2051 = mul %2050, %554 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2052 = mul %2037, %556 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2053 = mul %2052, %548 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2054 = reduce_sum %2053 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%2055 = mul %553, %553 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2056 = mul %553, %2055 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2057 = mul %2056, %1859 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2058 = mul %2054, %2057 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2059 = div %2058, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2060 = broadcast %2059 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%2061 = mul %2060, %548 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2062 = add %2051, %2061 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2063 = add %2062, %2061 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2064 = add %1937, %2063 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2065 = neg %2063 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2066 = reduce_sum %2065 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%2067 = div %2066, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2068 = broadcast %2067 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%2069 = add %2064, %2068 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%2070 = reshape %2069 : f32[68,16] @ models/lib/nn.yaml:84:18
%2071 = matmul %1842, %2070 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2072 = reshape %2071 : f32[16] @ models/lib/nn.yaml:84:18
%2073 = add %1561, %2072 : f32[16] @ models/lib/nn.yaml:84:18
%2074 = matmul %2069, %21 ta=0 tb=0 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%2075 = reshape %540 : f32[68,64] @ models/lib/nn.yaml:83:15
%2076 = matmul %2070, %2075 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%2077 = add %1565, %2076 : f32[16,64] @ models/lib/nn.yaml:83:15
%2078 = add %532, %533 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%2079 = mul %2078, %219 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%2080 = erf %2079 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%2081 = add %224, %2080 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%2082 = mul %2074, %2081 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%2083 = add %532, %533 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%2084 = mul %215, %2083 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%2085 = mul %2074, %2084 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%2086 = add %532, %533 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%2087 = mul %2086, %219 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%2088 = mul %2087, %2087 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%2089 = neg %2088 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%2090 = exp %2089 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%2091 = mul %2090, %1895 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%2092 = mul %2085, %2091 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%2093 = mul %2092, %219 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%2094 = mul %2082, %215 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%2095 = add %2093, %2094 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%2096 = reshape %2095 : f32[68,64] @ models/lib/nn.yaml:84:18
%2097 = matmul %1842, %2096 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%2098 = reshape %2097 : f32[64] @ models/lib/nn.yaml:84:18
%2099 = add %1585, %2098 : f32[64] @ models/lib/nn.yaml:84:18
%2100 = matmul %2095, %19 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%2101 = reshape %531 : f32[68,16] @ models/lib/nn.yaml:83:15
%2102 = matmul %2096, %2101 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%2103 = add %1589, %2102 : f32[64,16] @ models/lib/nn.yaml:83:15
%2104 = reshape %2100 : f32[68,16] @ models/lib/nn.yaml:96:46
%2105 = matmul %1842, %2104 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2106 = reshape %2105 : f32[16] @ models/lib/nn.yaml:96:46
%2107 = add %1591, %2106 : f32[16] @ models/lib/nn.yaml:96:46
%2108 = mul %2100, %527 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2109 = reshape %2108 : f32[68,16] @ models/lib/nn.yaml:96:37
%2110 = matmul %1842, %2109 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%2111 = reshape %2110 : f32[16] @ models/lib/nn.yaml:96:37
%2112 = add %1594, %2111 : f32[16] @ models/lib/nn.yaml:96:37
%2113 = mul %2100, %528 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2114 = mul %2113, %526 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2115 = mul %2100, %528 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2116 = mul %2115, %520 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2117 = reduce_sum %2116 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%2118 = mul %525, %525 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2119 = mul %525, %2118 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2120 = mul %2119, %1859 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2121 = mul %2117, %2120 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2122 = div %2121, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2123 = broadcast %2122 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%2124 = mul %2123, %520 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2125 = add %2114, %2124 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2126 = add %2125, %2124 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2127 = add %2069, %2126 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2128 = neg %2126 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2129 = reduce_sum %2128 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%2130 = div %2129, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2131 = broadcast %2130 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%2132 = add %2127, %2131 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%2133 = reshape %2132 : f32[68,16] @ models/lib/nn.yaml:84:18
%2134 = matmul %1842, %2133 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2135 = reshape %2134 : f32[16] @ models/lib/nn.yaml:84:18
%2136 = add %1616, %2135 : f32[16] @ models/lib/nn.yaml:84:18
%2137 = matmul %2132, %15 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%2138 = reshape %511 : f32[68,16] @ models/lib/nn.yaml:83:15
%2139 = matmul %2133, %2138 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2140 = add %1620, %2139 : f32[16,16] @ models/lib/nn.yaml:83:15
%2141 = reshape %2137 : f32[4,17,2,8] @ models/lib/nn.yaml:57:16
%2142 = permute %2141 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/nn.yaml:56:13
%2143 = permute %445 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%2144 = slice %2142 lo=[0,0,0,0] hi=[4,2,17,1] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%2145 = broadcast %2144 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2146 = slice %2143 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2147 = broadcast %2146 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2148 = mul %2145, %2147 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2149 = slice %2142 lo=[0,0,0,1] hi=[4,2,17,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%2150 = broadcast %2149 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2151 = slice %2143 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2152 = broadcast %2151 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2153 = mul %2150, %2152 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2154 = add %2148, %2153 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2155 = slice %2142 lo=[0,0,0,2] hi=[4,2,17,3] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%2156 = broadcast %2155 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2157 = slice %2143 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2158 = broadcast %2157 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2159 = mul %2156, %2158 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2160 = add %2154, %2159 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2161 = slice %2142 lo=[0,0,0,3] hi=[4,2,17,4] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%2162 = broadcast %2161 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2163 = slice %2143 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2164 = broadcast %2163 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2165 = mul %2162, %2164 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2166 = add %2160, %2165 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2167 = slice %2142 lo=[0,0,0,4] hi=[4,2,17,5] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%2168 = broadcast %2167 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2169 = slice %2143 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2170 = broadcast %2169 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2171 = mul %2168, %2170 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2172 = add %2166, %2171 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2173 = slice %2142 lo=[0,0,0,5] hi=[4,2,17,6] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%2174 = broadcast %2173 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2175 = slice %2143 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2176 = broadcast %2175 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2177 = mul %2174, %2176 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2178 = add %2172, %2177 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2179 = slice %2142 lo=[0,0,0,6] hi=[4,2,17,7] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%2180 = broadcast %2179 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2181 = slice %2143 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2182 = broadcast %2181 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2183 = mul %2180, %2182 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2184 = add %2178, %2183 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2185 = slice %2142 lo=[0,0,0,7] hi=[4,2,17,8] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%2186 = broadcast %2185 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2187 = slice %2143 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2188 = broadcast %2187 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2189 = mul %2186, %2188 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2190 = add %2184, %2189 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2191 = permute %504 perm=[0,1,3,2] : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2192 = reshape %2191 : f32[4,2,17,17,1] @ models/lib/nn.yaml:56:23
%2193 = broadcast %2192 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%2194 = reshape %2142 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2195 = broadcast %2194 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%2196 = mul %2193, %2195 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%2197 = reduce_sum %2196 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%2198 = div %2190, %502 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%2199 = mul %2198, %504 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%2200 = neg %2199 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%2201 = reduce_sum %2200 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:18
%2202 = broadcast %2201 : f32[4,2,17,17] @ models/lib/nn.yaml:15:20
%2203 = add %2198, %2202 : f32[4,2,17,17] @ models/lib/nn.yaml:15:20
%2204 = exp %499 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%2205 = mul %2203, %2204 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%2206 = mul %2205, %173 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%2207 = reshape %2206 : f32[4,2,17,17,1] @ models/lib/nn.yaml:55:23
%2208 = broadcast %2207 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2209 = reshape %442 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%2210 = broadcast %2209 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2211 = mul %2208, %2210 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2212 = reduce_sum %2211 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%2213 = permute %2206 perm=[0,1,3,2] : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%2214 = reshape %2213 : f32[4,2,17,17,1] @ models/lib/nn.yaml:55:23
%2215 = broadcast %2214 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2216 = reshape %440 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%2217 = broadcast %2216 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2218 = mul %2215, %2217 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2219 = reduce_sum %2218 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%2220 = reshape %2197 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:40
%2221 = reshape %2219 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:34
%2222 = reshape %2212 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:28
%2223 = concat %2222, %2221, %2220 axis=0 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:28
%2224 = permute %2223 perm=[1,3,0,2,4] : f32[4,17,3,2,8] @ models/lib/nn.yaml:66:13
%2225 = reshape %2224 : f32[4,17,48] @ models/lib/nn.yaml:66:21
%2226 = reshape %2224 : f32[68,48] @ models/lib/nn.yaml:84:18
%2227 = matmul %1842, %2226 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%2228 = reshape %2227 : f32[48] @ models/lib/nn.yaml:84:18
%2229 = add %1707, %2228 : f32[48] @ models/lib/nn.yaml:84:18
%2230 = matmul %2225, %13 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%2231 = reshape %434 : f32[68,16] @ models/lib/nn.yaml:83:15
%2232 = matmul %2226, %2231 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%2233 = add %1711, %2232 : f32[48,16] @ models/lib/nn.yaml:83:15
%2234 = reshape %2230 : f32[68,16] @ models/lib/nn.yaml:96:46
%2235 = matmul %1842, %2234 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2236 = reshape %2235 : f32[16] @ models/lib/nn.yaml:96:46
%2237 = add %1713, %2236 : f32[16] @ models/lib/nn.yaml:96:46
%2238 = mul %2230, %430 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2239 = reshape %2238 : f32[68,16] @ models/lib/nn.yaml:96:37
%2240 = matmul %1842, %2239 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%2241 = reshape %2240 : f32[16] @ models/lib/nn.yaml:96:37
%2242 = add %1716, %2241 : f32[16] @ models/lib/nn.yaml:96:37
%2243 = mul %2230, %431 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2244 = mul %2243, %429 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2245 = mul %2230, %431 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2246 = mul %2245, %423 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2247 = reduce_sum %2246 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%2248 = mul %428, %428 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2249 = mul %428, %2248 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2250 = mul %2249, %1859 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2251 = mul %2247, %2250 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2252 = div %2251, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2253 = broadcast %2252 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%2254 = mul %2253, %423 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2255 = add %2244, %2254 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2256 = add %2255, %2254 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2257 = add %2132, %2256 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2258 = neg %2256 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2259 = reduce_sum %2258 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%2260 = div %2259, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2261 = broadcast %2260 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%2262 = add %2257, %2261 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%2263 = reduce_sum %2262 axes=[0] keep=1 : f32[1,17,16] @ models/lib/vit.yaml:62:15
%2264 = add %1749, %2263 : f32[1,17,16] @ models/lib/vit.yaml:62:15
%2265 = slice %2262 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:61:13
%2266 = slice %2262 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:61:13
%2267 = reduce_sum %2265 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:61:20
%2268 = add %1752, %2267 : f32[1,1,16] @ models/lib/vit.yaml:61:20
%2269 = reduce_sum %2266 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%2270 = reshape %2269 : f32[16] @ models/lib/vit.yaml:17:71
%2271 = add %1754, %2270 : f32[16] @ models/lib/vit.yaml:17:71
%2272 = reshape %85 : f32[64,48] @ models/lib/vit.yaml:17:18
%2273 = reshape %2266 : f32[64,16] @ models/lib/vit.yaml:17:18
%2274 = matmul %2273, %2272 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%2275 = reshape %2274 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%2276 = add %1758, %2275 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%2277 = all_reduce_sum %2268 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2278 = reshape %2277 : f32[16] @ models/lib/vit.yaml:47:7
%2279 = mul %2278, %2278 : f32[16] @ models/lib/vit.yaml:47:7
%2280 = reduce_sum %2279 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:47:7
%2281 = sqrt %2280 : f32[] @ models/lib/vit.yaml:47:7
%2282 = cast %2281 : f64[] @ models/lib/vit.yaml:47:7
%2283 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:47:7
%2284 = add %2282, %2283 : f64[] @ models/lib/vit.yaml:47:7
%2285 = const data=[3] : f64[] @ models/lib/vit.yaml:47:7
%2286 = div %2285, %2284 : f64[] @ models/lib/vit.yaml:47:7
%2287 = const data=[1] : f64[] @ models/lib/vit.yaml:47:7
%2288 = lt %2286, %2287 : bool[] @ models/lib/vit.yaml:47:7
%2289 = cast %2286 : f32[] @ models/lib/vit.yaml:47:7
%2290 = broadcast %2289 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2291 = mul %2277, %2290 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2292 = broadcast %2288 : bool[1,1,16] @ models/lib/vit.yaml:47:7
%2293 = select %2292, %2291, %2277 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2294 = state name="adam_m.backbone.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2295 = state name="adam_v.backbone.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2296 = state name="adam_t.backbone.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:47:7
%2297 = const data=[1] : i64[] @ models/lib/vit.yaml:47:7
%2298 = add %2296, %2297 : i64[] @ models/lib/vit.yaml:47:7
%2299 = mul %1205, %1206 : f64[] @ models/lib/vit.yaml:47:7
%2300 = sub %2287, %2299 : f64[] @ models/lib/vit.yaml:47:7
%2301 = cast %2300 : f32[] @ models/lib/vit.yaml:47:7
%2302 = broadcast %2301 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2303 = mul %7, %2302 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2304 = broadcast %1089 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2305 = mul %2293, %2304 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2306 = const data=[0.9] : f64[] @ models/lib/vit.yaml:47:7
%2307 = broadcast %641 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2308 = mul %2294, %2307 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2309 = add %2308, %2305 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2310 = mul %2293, %2293 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2311 = const data=[0.001] : f32[] @ models/lib/vit.yaml:47:7
%2312 = broadcast %2311 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2313 = mul %2310, %2312 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2314 = const data=[0.999] : f64[] @ models/lib/vit.yaml:47:7
%2315 = const data=[0.999] : f32[] @ models/lib/vit.yaml:47:7
%2316 = broadcast %2315 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2317 = mul %2295, %2316 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2318 = add %2317, %2313 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2319 = cast %2298 : f64[] @ models/lib/vit.yaml:47:7
%2320 = pow %2306, %2319 : f64[] @ models/lib/vit.yaml:47:7
%2321 = sub %2287, %2320 : f64[] @ models/lib/vit.yaml:47:7
%2322 = div %1205, %2321 : f64[] @ models/lib/vit.yaml:47:7
%2323 = pow %2314, %2319 : f64[] @ models/lib/vit.yaml:47:7
%2324 = sub %2287, %2323 : f64[] @ models/lib/vit.yaml:47:7
%2325 = sqrt %2324 : f64[] @ models/lib/vit.yaml:47:7
%2326 = div %2287, %2325 : f64[] @ models/lib/vit.yaml:47:7
%2327 = sqrt %2318 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2328 = cast %2326 : f32[] @ models/lib/vit.yaml:47:7
%2329 = broadcast %2328 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2330 = mul %2327, %2329 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2331 = const data=[1e-08] : f32[] @ models/lib/vit.yaml:47:7
%2332 = broadcast %2331 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2333 = add %2330, %2332 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2334 = div %2309, %2333 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2335 = cast %2322 : f32[] @ models/lib/vit.yaml:47:7
%2336 = broadcast %2335 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2337 = mul %2334, %2336 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2338 = sub %2303, %2337 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2339 = assign %7, %2338 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2340 = assign %2294, %2309 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2341 = assign %2295, %2318 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2342 = assign %2296, %2298 : i64[] @ models/lib/vit.yaml:47:7
%2343 = broadcast %3 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2344 = mul %45, %2343 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2345 = sub %2287, %1207 : f64[] @ models/lib/vit.yaml:47:7
%2346 = cast %2345 : f32[] @ models/lib/vit.yaml:47:7
%2347 = broadcast %2346 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2348 = mul %2338, %2347 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2349 = add %2344, %2348 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2350 = assign %45, %2349 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2351 = all_reduce_sum %2264 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2352 = reshape %2351 : f32[272] @ models/lib/vit.yaml:48:7
%2353 = mul %2352, %2352 : f32[272] @ models/lib/vit.yaml:48:7
%2354 = reduce_sum %2353 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:48:7
%2355 = sqrt %2354 : f32[] @ models/lib/vit.yaml:48:7
%2356 = cast %2355 : f64[] @ models/lib/vit.yaml:48:7
%2357 = add %2356, %2283 : f64[] @ models/lib/vit.yaml:48:7
%2358 = div %2285, %2357 : f64[] @ models/lib/vit.yaml:48:7
%2359 = lt %2358, %2287 : bool[] @ models/lib/vit.yaml:48:7
%2360 = cast %2358 : f32[] @ models/lib/vit.yaml:48:7
%2361 = broadcast %2360 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2362 = mul %2351, %2361 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2363 = broadcast %2359 : bool[1,17,16] @ models/lib/vit.yaml:48:7
%2364 = select %2363, %2362, %2351 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2365 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2366 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2367 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%2368 = add %2367, %2297 : i64[] @ models/lib/vit.yaml:48:7
%2369 = broadcast %2301 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2370 = mul %8, %2369 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2371 = broadcast %1089 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2372 = mul %2364, %2371 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2373 = broadcast %641 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2374 = mul %2365, %2373 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2375 = add %2374, %2372 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2376 = mul %2364, %2364 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2377 = broadcast %2311 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2378 = mul %2376, %2377 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2379 = broadcast %2315 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2380 = mul %2366, %2379 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2381 = add %2380, %2378 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2382 = cast %2368 : f64[] @ models/lib/vit.yaml:48:7
%2383 = pow %2306, %2382 : f64[] @ models/lib/vit.yaml:48:7
%2384 = sub %2287, %2383 : f64[] @ models/lib/vit.yaml:48:7
%2385 = div %1205, %2384 : f64[] @ models/lib/vit.yaml:48:7
%2386 = pow %2314, %2382 : f64[] @ models/lib/vit.yaml:48:7
%2387 = sub %2287, %2386 : f64[] @ models/lib/vit.yaml:48:7
%2388 = sqrt %2387 : f64[] @ models/lib/vit.yaml:48:7
%2389 = div %2287, %2388 : f64[] @ models/lib/vit.yaml:48:7
%2390 = sqrt %2381 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2391 = cast %2389 : f32[] @ models/lib/vit.yaml:48:7
%2392 = broadcast %2391 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2393 = mul %2390, %2392 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2394 = broadcast %2331 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2395 = add %2393, %2394 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2396 = div %2375, %2395 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2397 = cast %2385 : f32[] @ models/lib/vit.yaml:48:7
%2398 = broadcast %2397 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2399 = mul %2396, %2398 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2400 = sub %2370, %2399 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2401 = assign %8, %2400 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2402 = assign %2365, %2375 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2403 = assign %2366, %2381 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2404 = assign %2367, %2368 : i64[] @ models/lib/vit.yaml:48:7
%2405 = broadcast %3 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2406 = mul %46, %2405 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2407 = broadcast %2346 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2408 = mul %2400, %2407 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2409 = add %2406, %2408 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2410 = assign %46, %2409 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2411 = all_reduce_sum %2276 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2412 = reshape %2411 : f32[768] @ models/lib/vit.yaml:9:7
%2413 = mul %2412, %2412 : f32[768] @ models/lib/vit.yaml:9:7
%2414 = reduce_sum %2413 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:9:7
%2415 = sqrt %2414 : f32[] @ models/lib/vit.yaml:9:7
%2416 = cast %2415 : f64[] @ models/lib/vit.yaml:9:7
%2417 = add %2416, %2283 : f64[] @ models/lib/vit.yaml:9:7
%2418 = div %2285, %2417 : f64[] @ models/lib/vit.yaml:9:7
%2419 = lt %2418, %2287 : bool[] @ models/lib/vit.yaml:9:7
%2420 = cast %2418 : f32[] @ models/lib/vit.yaml:9:7
%2421 = broadcast %2420 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2422 = mul %2411, %2421 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2423 = broadcast %2419 : bool[16,3,4,4] @ models/lib/vit.yaml:9:7
%2424 = select %2423, %2422, %2411 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2425 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2426 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2427 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%2428 = add %2427, %2297 : i64[] @ models/lib/vit.yaml:9:7
%2429 = broadcast %2301 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2430 = mul %9, %2429 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2431 = broadcast %1089 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2432 = mul %2424, %2431 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2433 = broadcast %641 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2434 = mul %2425, %2433 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2435 = add %2434, %2432 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2436 = mul %2424, %2424 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2437 = broadcast %2311 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2438 = mul %2436, %2437 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2439 = broadcast %2315 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2440 = mul %2426, %2439 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2441 = add %2440, %2438 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2442 = cast %2428 : f64[] @ models/lib/vit.yaml:9:7
%2443 = pow %2306, %2442 : f64[] @ models/lib/vit.yaml:9:7
%2444 = sub %2287, %2443 : f64[] @ models/lib/vit.yaml:9:7
%2445 = div %1205, %2444 : f64[] @ models/lib/vit.yaml:9:7
%2446 = pow %2314, %2442 : f64[] @ models/lib/vit.yaml:9:7
%2447 = sub %2287, %2446 : f64[] @ models/lib/vit.yaml:9:7
%2448 = sqrt %2447 : f64[] @ models/lib/vit.yaml:9:7
%2449 = div %2287, %2448 : f64[] @ models/lib/vit.yaml:9:7
%2450 = sqrt %2441 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2451 = cast %2449 : f32[] @ models/lib/vit.yaml:9:7
%2452 = broadcast %2451 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2453 = mul %2450, %2452 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2454 = broadcast %2331 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2455 = add %2453, %2454 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2456 = div %2435, %2455 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2457 = cast %2445 : f32[] @ models/lib/vit.yaml:9:7
%2458 = broadcast %2457 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2459 = mul %2456, %2458 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2460 = sub %2430, %2459 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2461 = assign %9, %2460 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2462 = assign %2425, %2435 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2463 = assign %2426, %2441 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2464 = assign %2427, %2428 : i64[] @ models/lib/vit.yaml:9:7
%2465 = broadcast %3 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2466 = mul %47, %2465 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2467 = broadcast %2346 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2468 = mul %2460, %2467 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2469 = add %2466, %2468 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2470 = assign %47, %2469 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2471 = all_reduce_sum %2271 : f32[16] @ models/lib/vit.yaml:10:7
%2472 = mul %2471, %2471 : f32[16] @ models/lib/vit.yaml:10:7
%2473 = reduce_sum %2472 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:10:7
%2474 = sqrt %2473 : f32[] @ models/lib/vit.yaml:10:7
%2475 = cast %2474 : f64[] @ models/lib/vit.yaml:10:7
%2476 = add %2475, %2283 : f64[] @ models/lib/vit.yaml:10:7
%2477 = div %2285, %2476 : f64[] @ models/lib/vit.yaml:10:7
%2478 = lt %2477, %2287 : bool[] @ models/lib/vit.yaml:10:7
%2479 = cast %2477 : f32[] @ models/lib/vit.yaml:10:7
%2480 = broadcast %2479 : f32[16] @ models/lib/vit.yaml:10:7
%2481 = mul %2471, %2480 : f32[16] @ models/lib/vit.yaml:10:7
%2482 = broadcast %2478 : bool[16] @ models/lib/vit.yaml:10:7
%2483 = select %2482, %2481, %2471 : f32[16] @ models/lib/vit.yaml:10:7
%2484 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%2485 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%2486 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%2487 = add %2486, %2297 : i64[] @ models/lib/vit.yaml:10:7
%2488 = broadcast %1089 : f32[16] @ models/lib/vit.yaml:10:7
%2489 = mul %2483, %2488 : f32[16] @ models/lib/vit.yaml:10:7
%2490 = broadcast %641 : f32[16] @ models/lib/vit.yaml:10:7
%2491 = mul %2484, %2490 : f32[16] @ models/lib/vit.yaml:10:7
%2492 = add %2491, %2489 : f32[16] @ models/lib/vit.yaml:10:7
%2493 = mul %2483, %2483 : f32[16] @ models/lib/vit.yaml:10:7
%2494 = broadcast %2311 : f32[16] @ models/lib/vit.yaml:10:7
%2495 = mul %2493, %2494 : f32[16] @ models/lib/vit.yaml:10:7
%2496 = broadcast %2315 : f32[16] @ models/lib/vit.yaml:10:7
%2497 = mul %2485, %2496 : f32[16] @ models/lib/vit.yaml:10:7
%2498 = add %2497, %2495 : f32[16] @ models/lib/vit.yaml:10:7
%2499 = cast %2487 : f64[] @ models/lib/vit.yaml:10:7
%2500 = pow %2306, %2499 : f64[] @ models/lib/vit.yaml:10:7
%2501 = sub %2287, %2500 : f64[] @ models/lib/vit.yaml:10:7
%2502 = div %1205, %2501 : f64[] @ models/lib/vit.yaml:10:7
%2503 = pow %2314, %2499 : f64[] @ models/lib/vit.yaml:10:7
%2504 = sub %2287, %2503 : f64[] @ models/lib/vit.yaml:10:7
%2505 = sqrt %2504 : f64[] @ models/lib/vit.yaml:10:7
%2506 = div %2287, %2505 : f64[] @ models/lib/vit.yaml:10:7
%2507 = sqrt %2498 : f32[16] @ models/lib/vit.yaml:10:7
%2508 = cast %2506 : f32[] @ models/lib/vit.yaml:10:7
%2509 = broadcast %2508 : f32[16] @ models/lib/vit.yaml:10:7
%2510 = mul %2507, %2509 : f32[16] @ models/lib/vit.yaml:10:7
%2511 = broadcast %2331 : f32[16] @ models/lib/vit.yaml:10:7
%2512 = add %2510, %2511 : f32[16] @ models/lib/vit.yaml:10:7
%2513 = div %2492, %2512 : f32[16] @ models/lib/vit.yaml:10:7
%2514 = cast %2502 : f32[] @ models/lib/vit.yaml:10:7
%2515 = broadcast %2514 : f32[16] @ models/lib/vit.yaml:10:7
%2516 = mul %2513, %2515 : f32[16] @ models/lib/vit.yaml:10:7
%2517 = sub %10, %2516 : f32[16] @ models/lib/vit.yaml:10:7
%2518 = assign %10, %2517 : f32[16] @ models/lib/vit.yaml:10:7
%2519 = assign %2484, %2492 : f32[16] @ models/lib/vit.yaml:10:7
%2520 = assign %2485, %2498 : f32[16] @ models/lib/vit.yaml:10:7
%2521 = assign %2486, %2487 : i64[] @ models/lib/vit.yaml:10:7
%2522 = broadcast %3 : f32[16] @ models/lib/vit.yaml:10:7
%2523 = mul %48, %2522 : f32[16] @ models/lib/vit.yaml:10:7
%2524 = broadcast %2346 : f32[16] @ models/lib/vit.yaml:10:7
%2525 = mul %2517, %2524 : f32[16] @ models/lib/vit.yaml:10:7
%2526 = add %2523, %2525 : f32[16] @ models/lib/vit.yaml:10:7
%2527 = assign %48, %2526 : f32[16] @ models/lib/vit.yaml:10:7
%2528 = all_reduce_sum %2242 : f32[16] @ models/lib/nn.yaml:89:7
%2529 = mul %2528, %2528 : f32[16] @ models/lib/nn.yaml:89:7
%2530 = reduce_sum %2529 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%2531 = sqrt %2530 : f32[] @ models/lib/nn.yaml:89:7
%2532 = cast %2531 : f64[] @ models/lib/nn.yaml:89:7
%2533 = add %2532, %2283 : f64[] @ models/lib/nn.yaml:89:7
%2534 = div %2285, %2533 : f64[] @ models/lib/nn.yaml:89:7
%2535 = lt %2534, %2287 : bool[] @ models/lib/nn.yaml:89:7
%2536 = cast %2534 : f32[] @ models/lib/nn.yaml:89:7
%2537 = broadcast %2536 : f32[16] @ models/lib/nn.yaml:89:7
%2538 = mul %2528, %2537 : f32[16] @ models/lib/nn.yaml:89:7
%2539 = broadcast %2535 : bool[16] @ models/lib/nn.yaml:89:7
%2540 = select %2539, %2538, %2528 : f32[16] @ models/lib/nn.yaml:89:7
%2541 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%2542 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%2543 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%2544 = add %2543, %2297 : i64[] @ models/lib/nn.yaml:89:7
%2545 = mul %2540, %2488 : f32[16] @ models/lib/nn.yaml:89:7
%2546 = mul %2541, %2490 : f32[16] @ models/lib/nn.yaml:89:7
%2547 = add %2546, %2545 : f32[16] @ models/lib/nn.yaml:89:7
%2548 = mul %2540, %2540 : f32[16] @ models/lib/nn.yaml:89:7
%2549 = mul %2548, %2494 : f32[16] @ models/lib/nn.yaml:89:7
%2550 = mul %2542, %2496 : f32[16] @ models/lib/nn.yaml:89:7
%2551 = add %2550, %2549 : f32[16] @ models/lib/nn.yaml:89:7
%2552 = cast %2544 : f64[] @ models/lib/nn.yaml:89:7
%2553 = pow %2306, %2552 : f64[] @ models/lib/nn.yaml:89:7
%2554 = sub %2287, %2553 : f64[] @ models/lib/nn.yaml:89:7
%2555 = div %1205, %2554 : f64[] @ models/lib/nn.yaml:89:7
%2556 = pow %2314, %2552 : f64[] @ models/lib/nn.yaml:89:7
%2557 = sub %2287, %2556 : f64[] @ models/lib/nn.yaml:89:7
%2558 = sqrt %2557 : f64[] @ models/lib/nn.yaml:89:7
%2559 = div %2287, %2558 : f64[] @ models/lib/nn.yaml:89:7
%2560 = sqrt %2551 : f32[16] @ models/lib/nn.yaml:89:7
%2561 = cast %2559 : f32[] @ models/lib/nn.yaml:89:7
%2562 = broadcast %2561 : f32[16] @ models/lib/nn.yaml:89:7
%2563 = mul %2560, %2562 : f32[16] @ models/lib/nn.yaml:89:7
%2564 = add %2563, %2511 : f32[16] @ models/lib/nn.yaml:89:7
%2565 = div %2547, %2564 : f32[16] @ models/lib/nn.yaml:89:7
%2566 = cast %2555 : f32[] @ models/lib/nn.yaml:89:7
%2567 = broadcast %2566 : f32[16] @ models/lib/nn.yaml:89:7
%2568 = mul %2565, %2567 : f32[16] @ models/lib/nn.yaml:89:7
%2569 = sub %11, %2568 : f32[16] @ models/lib/nn.yaml:89:7
%2570 = assign %11, %2569 : f32[16] @ models/lib/nn.yaml:89:7
%2571 = assign %2541, %2547 : f32[16] @ models/lib/nn.yaml:89:7
%2572 = assign %2542, %2551 : f32[16] @ models/lib/nn.yaml:89:7
%2573 = assign %2543, %2544 : i64[] @ models/lib/nn.yaml:89:7
%2574 = mul %49, %2522 : f32[16] @ models/lib/nn.yaml:89:7
%2575 = mul %2569, %2524 : f32[16] @ models/lib/nn.yaml:89:7
%2576 = add %2574, %2575 : f32[16] @ models/lib/nn.yaml:89:7
%2577 = assign %49, %2576 : f32[16] @ models/lib/nn.yaml:89:7
%2578 = all_reduce_sum %2237 : f32[16] @ models/lib/nn.yaml:90:7
%2579 = mul %2578, %2578 : f32[16] @ models/lib/nn.yaml:90:7
%2580 = reduce_sum %2579 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%2581 = sqrt %2580 : f32[] @ models/lib/nn.yaml:90:7
%2582 = cast %2581 : f64[] @ models/lib/nn.yaml:90:7
%2583 = add %2582, %2283 : f64[] @ models/lib/nn.yaml:90:7
%2584 = div %2285, %2583 : f64[] @ models/lib/nn.yaml:90:7
%2585 = lt %2584, %2287 : bool[] @ models/lib/nn.yaml:90:7
%2586 = cast %2584 : f32[] @ models/lib/nn.yaml:90:7
%2587 = broadcast %2586 : f32[16] @ models/lib/nn.yaml:90:7
%2588 = mul %2578, %2587 : f32[16] @ models/lib/nn.yaml:90:7
%2589 = broadcast %2585 : bool[16] @ models/lib/nn.yaml:90:7
%2590 = select %2589, %2588, %2578 : f32[16] @ models/lib/nn.yaml:90:7
%2591 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%2592 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%2593 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%2594 = add %2593, %2297 : i64[] @ models/lib/nn.yaml:90:7
%2595 = mul %2590, %2488 : f32[16] @ models/lib/nn.yaml:90:7
%2596 = mul %2591, %2490 : f32[16] @ models/lib/nn.yaml:90:7
%2597 = add %2596, %2595 : f32[16] @ models/lib/nn.yaml:90:7
%2598 = mul %2590, %2590 : f32[16] @ models/lib/nn.yaml:90:7
%2599 = mul %2598, %2494 : f32[16] @ models/lib/nn.yaml:90:7
%2600 = mul %2592, %2496 : f32[16] @ models/lib/nn.yaml:90:7
%2601 = add %2600, %2599 : f32[16] @ models/lib/nn.yaml:90:7
%2602 = cast %2594 : f64[] @ models/lib/nn.yaml:90:7
%2603 = pow %2306, %2602 : f64[] @ models/lib/nn.yaml:90:7
%2604 = sub %2287, %2603 : f64[] @ models/lib/nn.yaml:90:7
%2605 = div %1205, %2604 : f64[] @ models/lib/nn.yaml:90:7
%2606 = pow %2314, %2602 : f64[] @ models/lib/nn.yaml:90:7
%2607 = sub %2287, %2606 : f64[] @ models/lib/nn.yaml:90:7
%2608 = sqrt %2607 : f64[] @ models/lib/nn.yaml:90:7
%2609 = div %2287, %2608 : f64[] @ models/lib/nn.yaml:90:7
%2610 = sqrt %2601 : f32[16] @ models/lib/nn.yaml:90:7
%2611 = cast %2609 : f32[] @ models/lib/nn.yaml:90:7
%2612 = broadcast %2611 : f32[16] @ models/lib/nn.yaml:90:7
%2613 = mul %2610, %2612 : f32[16] @ models/lib/nn.yaml:90:7
%2614 = add %2613, %2511 : f32[16] @ models/lib/nn.yaml:90:7
%2615 = div %2597, %2614 : f32[16] @ models/lib/nn.yaml:90:7
%2616 = cast %2605 : f32[] @ models/lib/nn.yaml:90:7
%2617 = broadcast %2616 : f32[16] @ models/lib/nn.yaml:90:7
%2618 = mul %2615, %2617 : f32[16] @ models/lib/nn.yaml:90:7
%2619 = sub %12, %2618 : f32[16] @ models/lib/nn.yaml:90:7
%2620 = assign %12, %2619 : f32[16] @ models/lib/nn.yaml:90:7
%2621 = assign %2591, %2597 : f32[16] @ models/lib/nn.yaml:90:7
%2622 = assign %2592, %2601 : f32[16] @ models/lib/nn.yaml:90:7
%2623 = assign %2593, %2594 : i64[] @ models/lib/nn.yaml:90:7
%2624 = mul %50, %2522 : f32[16] @ models/lib/nn.yaml:90:7
%2625 = mul %2619, %2524 : f32[16] @ models/lib/nn.yaml:90:7
%2626 = add %2624, %2625 : f32[16] @ models/lib/nn.yaml:90:7
%2627 = assign %50, %2626 : f32[16] @ models/lib/nn.yaml:90:7
%2628 = all_reduce_sum %2233 : f32[48,16] @ models/lib/nn.yaml:79:7
%2629 = reshape %2628 : f32[768] @ models/lib/nn.yaml:79:7
%2630 = mul %2629, %2629 : f32[768] @ models/lib/nn.yaml:79:7
%2631 = reduce_sum %2630 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%2632 = sqrt %2631 : f32[] @ models/lib/nn.yaml:79:7
%2633 = cast %2632 : f64[] @ models/lib/nn.yaml:79:7
%2634 = add %2633, %2283 : f64[] @ models/lib/nn.yaml:79:7
%2635 = div %2285, %2634 : f64[] @ models/lib/nn.yaml:79:7
%2636 = lt %2635, %2287 : bool[] @ models/lib/nn.yaml:79:7
%2637 = cast %2635 : f32[] @ models/lib/nn.yaml:79:7
%2638 = broadcast %2637 : f32[48,16] @ models/lib/nn.yaml:79:7
%2639 = mul %2628, %2638 : f32[48,16] @ models/lib/nn.yaml:79:7
%2640 = broadcast %2636 : bool[48,16] @ models/lib/nn.yaml:79:7
%2641 = select %2640, %2639, %2628 : f32[48,16] @ models/lib/nn.yaml:79:7
%2642 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%2643 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%2644 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%2645 = add %2644, %2297 : i64[] @ models/lib/nn.yaml:79:7
%2646 = broadcast %2301 : f32[48,16] @ models/lib/nn.yaml:79:7
%2647 = mul %13, %2646 : f32[48,16] @ models/lib/nn.yaml:79:7
%2648 = broadcast %1089 : f32[48,16] @ models/lib/nn.yaml:79:7
%2649 = mul %2641, %2648 : f32[48,16] @ models/lib/nn.yaml:79:7
%2650 = broadcast %641 : f32[48,16] @ models/lib/nn.yaml:79:7
%2651 = mul %2642, %2650 : f32[48,16] @ models/lib/nn.yaml:79:7
%2652 = add %2651, %2649 : f32[48,16] @ models/lib/nn.yaml:79:7
%2653 = mul %2641, %2641 : f32[48,16] @ models/lib/nn.yaml:79:7
%2654 = broadcast %2311 : f32[48,16] @ models/lib/nn.yaml:79:7
%2655 = mul %2653, %2654 : f32[48,16] @ models/lib/nn.yaml:79:7
%2656 = broadcast %2315 : f32[48,16] @ models/lib/nn.yaml:79:7
%2657 = mul %2643, %2656 : f32[48,16] @ models/lib/nn.yaml:79:7
%2658 = add %2657, %2655 : f32[48,16] @ models/lib/nn.yaml:79:7
%2659 = cast %2645 : f64[] @ models/lib/nn.yaml:79:7
%2660 = pow %2306, %2659 : f64[] @ models/lib/nn.yaml:79:7
%2661 = sub %2287, %2660 : f64[] @ models/lib/nn.yaml:79:7
%2662 = div %1205, %2661 : f64[] @ models/lib/nn.yaml:79:7
%2663 = pow %2314, %2659 : f64[] @ models/lib/nn.yaml:79:7
%2664 = sub %2287, %2663 : f64[] @ models/lib/nn.yaml:79:7
%2665 = sqrt %2664 : f64[] @ models/lib/nn.yaml:79:7
%2666 = div %2287, %2665 : f64[] @ models/lib/nn.yaml:79:7
%2667 = sqrt %2658 : f32[48,16] @ models/lib/nn.yaml:79:7
%2668 = cast %2666 : f32[] @ models/lib/nn.yaml:79:7
%2669 = broadcast %2668 : f32[48,16] @ models/lib/nn.yaml:79:7
%2670 = mul %2667, %2669 : f32[48,16] @ models/lib/nn.yaml:79:7
%2671 = broadcast %2331 : f32[48,16] @ models/lib/nn.yaml:79:7
%2672 = add %2670, %2671 : f32[48,16] @ models/lib/nn.yaml:79:7
%2673 = div %2652, %2672 : f32[48,16] @ models/lib/nn.yaml:79:7
%2674 = cast %2662 : f32[] @ models/lib/nn.yaml:79:7
%2675 = broadcast %2674 : f32[48,16] @ models/lib/nn.yaml:79:7
%2676 = mul %2673, %2675 : f32[48,16] @ models/lib/nn.yaml:79:7
%2677 = sub %2647, %2676 : f32[48,16] @ models/lib/nn.yaml:79:7
%2678 = assign %13, %2677 : f32[48,16] @ models/lib/nn.yaml:79:7
%2679 = assign %2642, %2652 : f32[48,16] @ models/lib/nn.yaml:79:7
%2680 = assign %2643, %2658 : f32[48,16] @ models/lib/nn.yaml:79:7
%2681 = assign %2644, %2645 : i64[] @ models/lib/nn.yaml:79:7
%2682 = broadcast %3 : f32[48,16] @ models/lib/nn.yaml:79:7
%2683 = mul %51, %2682 : f32[48,16] @ models/lib/nn.yaml:79:7
%2684 = broadcast %2346 : f32[48,16] @ models/lib/nn.yaml:79:7
%2685 = mul %2677, %2684 : f32[48,16] @ models/lib/nn.yaml:79:7
%2686 = add %2683, %2685 : f32[48,16] @ models/lib/nn.yaml:79:7
%2687 = assign %51, %2686 : f32[48,16] @ models/lib/nn.yaml:79:7
%2688 = all_reduce_sum %2229 : f32[48] @ models/lib/nn.yaml:80:7
%2689 = mul %2688, %2688 : f32[48] @ models/lib/nn.yaml:80:7
%2690 = reduce_sum %2689 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%2691 = sqrt %2690 : f32[] @ models/lib/nn.yaml:80:7
%2692 = cast %2691 : f64[] @ models/lib/nn.yaml:80:7
%2693 = add %2692, %2283 : f64[] @ models/lib/nn.yaml:80:7
%2694 = div %2285, %2693 : f64[] @ models/lib/nn.yaml:80:7
%2695 = lt %2694, %2287 : bool[] @ models/lib/nn.yaml:80:7
%2696 = cast %2694 : f32[] @ models/lib/nn.yaml:80:7
%2697 = broadcast %2696 : f32[48] @ models/lib/nn.yaml:80:7
%2698 = mul %2688, %2697 : f32[48] @ models/lib/nn.yaml:80:7
%2699 = broadcast %2695 : bool[48] @ models/lib/nn.yaml:80:7
%2700 = select %2699, %2698, %2688 : f32[48] @ models/lib/nn.yaml:80:7
%2701 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%2702 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%2703 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%2704 = add %2703, %2297 : i64[] @ models/lib/nn.yaml:80:7
%2705 = broadcast %1089 : f32[48] @ models/lib/nn.yaml:80:7
%2706 = mul %2700, %2705 : f32[48] @ models/lib/nn.yaml:80:7
%2707 = broadcast %641 : f32[48] @ models/lib/nn.yaml:80:7
%2708 = mul %2701, %2707 : f32[48] @ models/lib/nn.yaml:80:7
%2709 = add %2708, %2706 : f32[48] @ models/lib/nn.yaml:80:7
%2710 = mul %2700, %2700 : f32[48] @ models/lib/nn.yaml:80:7
%2711 = broadcast %2311 : f32[48] @ models/lib/nn.yaml:80:7
%2712 = mul %2710, %2711 : f32[48] @ models/lib/nn.yaml:80:7
%2713 = broadcast %2315 : f32[48] @ models/lib/nn.yaml:80:7
%2714 = mul %2702, %2713 : f32[48] @ models/lib/nn.yaml:80:7
%2715 = add %2714, %2712 : f32[48] @ models/lib/nn.yaml:80:7
%2716 = cast %2704 : f64[] @ models/lib/nn.yaml:80:7
%2717 = pow %2306, %2716 : f64[] @ models/lib/nn.yaml:80:7
%2718 = sub %2287, %2717 : f64[] @ models/lib/nn.yaml:80:7
%2719 = div %1205, %2718 : f64[] @ models/lib/nn.yaml:80:7
%2720 = pow %2314, %2716 : f64[] @ models/lib/nn.yaml:80:7
%2721 = sub %2287, %2720 : f64[] @ models/lib/nn.yaml:80:7
%2722 = sqrt %2721 : f64[] @ models/lib/nn.yaml:80:7
%2723 = div %2287, %2722 : f64[] @ models/lib/nn.yaml:80:7
%2724 = sqrt %2715 : f32[48] @ models/lib/nn.yaml:80:7
%2725 = cast %2723 : f32[] @ models/lib/nn.yaml:80:7
%2726 = broadcast %2725 : f32[48] @ models/lib/nn.yaml:80:7
%2727 = mul %2724, %2726 : f32[48] @ models/lib/nn.yaml:80:7
%2728 = broadcast %2331 : f32[48] @ models/lib/nn.yaml:80:7
%2729 = add %2727, %2728 : f32[48] @ models/lib/nn.yaml:80:7
%2730 = div %2709, %2729 : f32[48] @ models/lib/nn.yaml:80:7
%2731 = cast %2719 : f32[] @ models/lib/nn.yaml:80:7
%2732 = broadcast %2731 : f32[48] @ models/lib/nn.yaml:80:7
%2733 = mul %2730, %2732 : f32[48] @ models/lib/nn.yaml:80:7
%2734 = sub %14, %2733 : f32[48] @ models/lib/nn.yaml:80:7
%2735 = assign %14, %2734 : f32[48] @ models/lib/nn.yaml:80:7
%2736 = assign %2701, %2709 : f32[48] @ models/lib/nn.yaml:80:7
%2737 = assign %2702, %2715 : f32[48] @ models/lib/nn.yaml:80:7
%2738 = assign %2703, %2704 : i64[] @ models/lib/nn.yaml:80:7
%2739 = broadcast %3 : f32[48] @ models/lib/nn.yaml:80:7
%2740 = mul %52, %2739 : f32[48] @ models/lib/nn.yaml:80:7
%2741 = broadcast %2346 : f32[48] @ models/lib/nn.yaml:80:7
%2742 = mul %2734, %2741 : f32[48] @ models/lib/nn.yaml:80:7
%2743 = add %2740, %2742 : f32[48] @ models/lib/nn.yaml:80:7
%2744 = assign %52, %2743 : f32[48] @ models/lib/nn.yaml:80:7
%2745 = all_reduce_sum %2140 : f32[16,16] @ models/lib/nn.yaml:79:7
%2746 = reshape %2745 : f32[256] @ models/lib/nn.yaml:79:7
%2747 = mul %2746, %2746 : f32[256] @ models/lib/nn.yaml:79:7
%2748 = reduce_sum %2747 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%2749 = sqrt %2748 : f32[] @ models/lib/nn.yaml:79:7
%2750 = cast %2749 : f64[] @ models/lib/nn.yaml:79:7
%2751 = add %2750, %2283 : f64[] @ models/lib/nn.yaml:79:7
%2752 = div %2285, %2751 : f64[] @ models/lib/nn.yaml:79:7
%2753 = lt %2752, %2287 : bool[] @ models/lib/nn.yaml:79:7
%2754 = cast %2752 : f32[] @ models/lib/nn.yaml:79:7
%2755 = broadcast %2754 : f32[16,16] @ models/lib/nn.yaml:79:7
%2756 = mul %2745, %2755 : f32[16,16] @ models/lib/nn.yaml:79:7
%2757 = broadcast %2753 : bool[16,16] @ models/lib/nn.yaml:79:7
%2758 = select %2757, %2756, %2745 : f32[16,16] @ models/lib/nn.yaml:79:7
%2759 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%2760 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%2761 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%2762 = add %2761, %2297 : i64[] @ models/lib/nn.yaml:79:7
%2763 = broadcast %2301 : f32[16,16] @ models/lib/nn.yaml:79:7
%2764 = mul %15, %2763 : f32[16,16] @ models/lib/nn.yaml:79:7
%2765 = broadcast %1089 : f32[16,16] @ models/lib/nn.yaml:79:7
%2766 = mul %2758, %2765 : f32[16,16] @ models/lib/nn.yaml:79:7
%2767 = broadcast %641 : f32[16,16] @ models/lib/nn.yaml:79:7
%2768 = mul %2759, %2767 : f32[16,16] @ models/lib/nn.yaml:79:7
%2769 = add %2768, %2766 : f32[16,16] @ models/lib/nn.yaml:79:7
%2770 = mul %2758, %2758 : f32[16,16] @ models/lib/nn.yaml:79:7
%2771 = broadcast %2311 : f32[16,16] @ models/lib/nn.yaml:79:7
%2772 = mul %2770, %2771 : f32[16,16] @ models/lib/nn.yaml:79:7
%2773 = broadcast %2315 : f32[16,16] @ models/lib/nn.yaml:79:7
%2774 = mul %2760, %2773 : f32[16,16] @ models/lib/nn.yaml:79:7
%2775 = add %2774, %2772 : f32[16,16] @ models/lib/nn.yaml:79:7
%2776 = cast %2762 : f64[] @ models/lib/nn.yaml:79:7
%2777 = pow %2306, %2776 : f64[] @ models/lib/nn.yaml:79:7
%2778 = sub %2287, %2777 : f64[] @ models/lib/nn.yaml:79:7
%2779 = div %1205, %2778 : f64[] @ models/lib/nn.yaml:79:7
%2780 = pow %2314, %2776 : f64[] @ models/lib/nn.yaml:79:7
%2781 = sub %2287, %2780 : f64[] @ models/lib/nn.yaml:79:7
%2782 = sqrt %2781 : f64[] @ models/lib/nn.yaml:79:7
%2783 = div %2287, %2782 : f64[] @ models/lib/nn.yaml:79:7
%2784 = sqrt %2775 : f32[16,16] @ models/lib/nn.yaml:79:7
%2785 = cast %2783 : f32[] @ models/lib/nn.yaml:79:7
%2786 = broadcast %2785 : f32[16,16] @ models/lib/nn.yaml:79:7
%2787 = mul %2784, %2786 : f32[16,16] @ models/lib/nn.yaml:79:7
%2788 = broadcast %2331 : f32[16,16] @ models/lib/nn.yaml:79:7
%2789 = add %2787, %2788 : f32[16,16] @ models/lib/nn.yaml:79:7
%2790 = div %2769, %2789 : f32[16,16] @ models/lib/nn.yaml:79:7
%2791 = cast %2779 : f32[] @ models/lib/nn.yaml:79:7
%2792 = broadcast %2791 : f32[16,16] @ models/lib/nn.yaml:79:7
%2793 = mul %2790, %2792 : f32[16,16] @ models/lib/nn.yaml:79:7
%2794 = sub %2764, %2793 : f32[16,16] @ models/lib/nn.yaml:79:7
%2795 = assign %15, %2794 : f32[16,16] @ models/lib/nn.yaml:79:7
%2796 = assign %2759, %2769 : f32[16,16] @ models/lib/nn.yaml:79:7
%2797 = assign %2760, %2775 : f32[16,16] @ models/lib/nn.yaml:79:7
%2798 = assign %2761, %2762 : i64[] @ models/lib/nn.yaml:79:7
%2799 = broadcast %3 : f32[16,16] @ models/lib/nn.yaml:79:7
%2800 = mul %53, %2799 : f32[16,16] @ models/lib/nn.yaml:79:7
%2801 = broadcast %2346 : f32[16,16] @ models/lib/nn.yaml:79:7
%2802 = mul %2794, %2801 : f32[16,16] @ models/lib/nn.yaml:79:7
%2803 = add %2800, %2802 : f32[16,16] @ models/lib/nn.yaml:79:7
%2804 = assign %53, %2803 : f32[16,16] @ models/lib/nn.yaml:79:7
%2805 = all_reduce_sum %2136 : f32[16] @ models/lib/nn.yaml:80:7
%2806 = mul %2805, %2805 : f32[16] @ models/lib/nn.yaml:80:7
%2807 = reduce_sum %2806 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%2808 = sqrt %2807 : f32[] @ models/lib/nn.yaml:80:7
%2809 = cast %2808 : f64[] @ models/lib/nn.yaml:80:7
%2810 = add %2809, %2283 : f64[] @ models/lib/nn.yaml:80:7
%2811 = div %2285, %2810 : f64[] @ models/lib/nn.yaml:80:7
%2812 = lt %2811, %2287 : bool[] @ models/lib/nn.yaml:80:7
%2813 = cast %2811 : f32[] @ models/lib/nn.yaml:80:7
%2814 = broadcast %2813 : f32[16] @ models/lib/nn.yaml:80:7
%2815 = mul %2805, %2814 : f32[16] @ models/lib/nn.yaml:80:7
%2816 = broadcast %2812 : bool[16] @ models/lib/nn.yaml:80:7
%2817 = select %2816, %2815, %2805 : f32[16] @ models/lib/nn.yaml:80:7
%2818 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%2819 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%2820 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%2821 = add %2820, %2297 : i64[] @ models/lib/nn.yaml:80:7
%2822 = mul %2817, %2488 : f32[16] @ models/lib/nn.yaml:80:7
%2823 = mul %2818, %2490 : f32[16] @ models/lib/nn.yaml:80:7
%2824 = add %2823, %2822 : f32[16] @ models/lib/nn.yaml:80:7
%2825 = mul %2817, %2817 : f32[16] @ models/lib/nn.yaml:80:7
%2826 = mul %2825, %2494 : f32[16] @ models/lib/nn.yaml:80:7
%2827 = mul %2819, %2496 : f32[16] @ models/lib/nn.yaml:80:7
%2828 = add %2827, %2826 : f32[16] @ models/lib/nn.yaml:80:7
%2829 = cast %2821 : f64[] @ models/lib/nn.yaml:80:7
%2830 = pow %2306, %2829 : f64[] @ models/lib/nn.yaml:80:7
%2831 = sub %2287, %2830 : f64[] @ models/lib/nn.yaml:80:7
%2832 = div %1205, %2831 : f64[] @ models/lib/nn.yaml:80:7
%2833 = pow %2314, %2829 : f64[] @ models/lib/nn.yaml:80:7
%2834 = sub %2287, %2833 : f64[] @ models/lib/nn.yaml:80:7
%2835 = sqrt %2834 : f64[] @ models/lib/nn.yaml:80:7
%2836 = div %2287, %2835 : f64[] @ models/lib/nn.yaml:80:7
%2837 = sqrt %2828 : f32[16] @ models/lib/nn.yaml:80:7
%2838 = cast %2836 : f32[] @ models/lib/nn.yaml:80:7
%2839 = broadcast %2838 : f32[16] @ models/lib/nn.yaml:80:7
%2840 = mul %2837, %2839 : f32[16] @ models/lib/nn.yaml:80:7
%2841 = add %2840, %2511 : f32[16] @ models/lib/nn.yaml:80:7
%2842 = div %2824, %2841 : f32[16] @ models/lib/nn.yaml:80:7
%2843 = cast %2832 : f32[] @ models/lib/nn.yaml:80:7
%2844 = broadcast %2843 : f32[16] @ models/lib/nn.yaml:80:7
%2845 = mul %2842, %2844 : f32[16] @ models/lib/nn.yaml:80:7
%2846 = sub %16, %2845 : f32[16] @ models/lib/nn.yaml:80:7
%2847 = assign %16, %2846 : f32[16] @ models/lib/nn.yaml:80:7
%2848 = assign %2818, %2824 : f32[16] @ models/lib/nn.yaml:80:7
%2849 = assign %2819, %2828 : f32[16] @ models/lib/nn.yaml:80:7
%2850 = assign %2820, %2821 : i64[] @ models/lib/nn.yaml:80:7
%2851 = mul %54, %2522 : f32[16] @ models/lib/nn.yaml:80:7
%2852 = mul %2846, %2524 : f32[16] @ models/lib/nn.yaml:80:7
%2853 = add %2851, %2852 : f32[16] @ models/lib/nn.yaml:80:7
%2854 = assign %54, %2853 : f32[16] @ models/lib/nn.yaml:80:7
%2855 = all_reduce_sum %2112 : f32[16] @ models/lib/nn.yaml:89:7
%2856 = mul %2855, %2855 : f32[16] @ models/lib/nn.yaml:89:7
%2857 = reduce_sum %2856 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%2858 = sqrt %2857 : f32[] @ models/lib/nn.yaml:89:7
%2859 = cast %2858 : f64[] @ models/lib/nn.yaml:89:7
%2860 = add %2859, %2283 : f64[] @ models/lib/nn.yaml:89:7
%2861 = div %2285, %2860 : f64[] @ models/lib/nn.yaml:89:7
%2862 = lt %2861, %2287 : bool[] @ models/lib/nn.yaml:89:7
%2863 = cast %2861 : f32[] @ models/lib/nn.yaml:89:7
%2864 = broadcast %2863 : f32[16] @ models/lib/nn.yaml:89:7
%2865 = mul %2855, %2864 : f32[16] @ models/lib/nn.yaml:89:7
%2866 = broadcast %2862 : bool[16] @ models/lib/nn.yaml:89:7
%2867 = select %2866, %2865, %2855 : f32[16] @ models/lib/nn.yaml:89:7
%2868 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%2869 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%2870 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%2871 = add %2870, %2297 : i64[] @ models/lib/nn.yaml:89:7
%2872 = mul %2867, %2488 : f32[16] @ models/lib/nn.yaml:89:7
%2873 = mul %2868, %2490 : f32[16] @ models/lib/nn.yaml:89:7
%2874 = add %2873, %2872 : f32[16] @ models/lib/nn.yaml:89:7
%2875 = mul %2867, %2867 : f32[16] @ models/lib/nn.yaml:89:7
%2876 = mul %2875, %2494 : f32[16] @ models/lib/nn.yaml:89:7
%2877 = mul %2869, %2496 : f32[16] @ models/lib/nn.yaml:89:7
%2878 = add %2877, %2876 : f32[16] @ models/lib/nn.yaml:89:7
%2879 = cast %2871 : f64[] @ models/lib/nn.yaml:89:7
%2880 = pow %2306, %2879 : f64[] @ models/lib/nn.yaml:89:7
%2881 = sub %2287, %2880 : f64[] @ models/lib/nn.yaml:89:7
%2882 = div %1205, %2881 : f64[] @ models/lib/nn.yaml:89:7
%2883 = pow %2314, %2879 : f64[] @ models/lib/nn.yaml:89:7
%2884 = sub %2287, %2883 : f64[] @ models/lib/nn.yaml:89:7
%2885 = sqrt %2884 : f64[] @ models/lib/nn.yaml:89:7
%2886 = div %2287, %2885 : f64[] @ models/lib/nn.yaml:89:7
%2887 = sqrt %2878 : f32[16] @ models/lib/nn.yaml:89:7
%2888 = cast %2886 : f32[] @ models/lib/nn.yaml:89:7
%2889 = broadcast %2888 : f32[16] @ models/lib/nn.yaml:89:7
%2890 = mul %2887, %2889 : f32[16] @ models/lib/nn.yaml:89:7
%2891 = add %2890, %2511 : f32[16] @ models/lib/nn.yaml:89:7
%2892 = div %2874, %2891 : f32[16] @ models/lib/nn.yaml:89:7
%2893 = cast %2882 : f32[] @ models/lib/nn.yaml:89:7
%2894 = broadcast %2893 : f32[16] @ models/lib/nn.yaml:89:7
%2895 = mul %2892, %2894 : f32[16] @ models/lib/nn.yaml:89:7
%2896 = sub %17, %2895 : f32[16] @ models/lib/nn.yaml:89:7
%2897 = assign %17, %2896 : f32[16] @ models/lib/nn.yaml:89:7
%2898 = assign %2868, %2874 : f32[16] @ models/lib/nn.yaml:89:7
%2899 = assign %2869, %2878 : f32[16] @ models/lib/nn.yaml:89:7
%2900 = assign %2870, %2871 : i64[] @ models/lib/nn.yaml:89:7
%2901 = mul %55, %2522 : f32[16] @ models/lib/nn.yaml:89:7
%2902 = mul %2896, %2524 : f32[16] @ models/lib/nn.yaml:89:7
%2903 = add %2901, %2902 : f32[16] @ models/lib/nn.yaml:89:7
%2904 = assign %55, %2903 : f32[16] @ models/lib/nn.yaml:89:7
%2905 = all_reduce_sum %2107 : f32[16] @ models/lib/nn.yaml:90:7
%2906 = mul %2905, %2905 : f32[16] @ models/lib/nn.yaml:90:7
%2907 = reduce_sum %2906 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%2908 = sqrt %2907 : f32[] @ models/lib/nn.yaml:90:7
%2909 = cast %2908 : f64[] @ models/lib/nn.yaml:90:7
%2910 = add %2909, %2283 : f64[] @ models/lib/nn.yaml:90:7
%2911 = div %2285, %2910 : f64[] @ models/lib/nn.yaml:90:7
%2912 = lt %2911, %2287 : bool[] @ models/lib/nn.yaml:90:7
%2913 = cast %2911 : f32[] @ models/lib/nn.yaml:90:7
%2914 = broadcast %2913 : f32[16] @ models/lib/nn.yaml:90:7
%2915 = mul %2905, %2914 : f32[16] @ models/lib/nn.yaml:90:7
%2916 = broadcast %2912 : bool[16] @ models/lib/nn.yaml:90:7
%2917 = select %2916, %2915, %2905 : f32[16] @ models/lib/nn.yaml:90:7
%2918 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%2919 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%2920 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%2921 = add %2920, %2297 : i64[] @ models/lib/nn.yaml:90:7
%2922 = mul %2917, %2488 : f32[16] @ models/lib/nn.yaml:90:7
%2923 = mul %2918, %2490 : f32[16] @ models/lib/nn.yaml:90:7
%2924 = add %2923, %2922 : f32[16] @ models/lib/nn.yaml:90:7
%2925 = mul %2917, %2917 : f32[16] @ models/lib/nn.yaml:90:7
%2926 = mul %2925, %2494 : f32[16] @ models/lib/nn.yaml:90:7
%2927 = mul %2919, %2496 : f32[16] @ models/lib/nn.yaml:90:7
%2928 = add %2927, %2926 : f32[16] @ models/lib/nn.yaml:90:7
%2929 = cast %2921 : f64[] @ models/lib/nn.yaml:90:7
%2930 = pow %2306, %2929 : f64[] @ models/lib/nn.yaml:90:7
%2931 = sub %2287, %2930 : f64[] @ models/lib/nn.yaml:90:7
%2932 = div %1205, %2931 : f64[] @ models/lib/nn.yaml:90:7
%2933 = pow %2314, %2929 : f64[] @ models/lib/nn.yaml:90:7
%2934 = sub %2287, %2933 : f64[] @ models/lib/nn.yaml:90:7
%2935 = sqrt %2934 : f64[] @ models/lib/nn.yaml:90:7
%2936 = div %2287, %2935 : f64[] @ models/lib/nn.yaml:90:7
%2937 = sqrt %2928 : f32[16] @ models/lib/nn.yaml:90:7
%2938 = cast %2936 : f32[] @ models/lib/nn.yaml:90:7
%2939 = broadcast %2938 : f32[16] @ models/lib/nn.yaml:90:7
%2940 = mul %2937, %2939 : f32[16] @ models/lib/nn.yaml:90:7
%2941 = add %2940, %2511 : f32[16] @ models/lib/nn.yaml:90:7
%2942 = div %2924, %2941 : f32[16] @ models/lib/nn.yaml:90:7
%2943 = cast %2932 : f32[] @ models/lib/nn.yaml:90:7
%2944 = broadcast %2943 : f32[16] @ models/lib/nn.yaml:90:7
%2945 = mul %2942, %2944 : f32[16] @ models/lib/nn.yaml:90:7
%2946 = sub %18, %2945 : f32[16] @ models/lib/nn.yaml:90:7
%2947 = assign %18, %2946 : f32[16] @ models/lib/nn.yaml:90:7
%2948 = assign %2918, %2924 : f32[16] @ models/lib/nn.yaml:90:7
%2949 = assign %2919, %2928 : f32[16] @ models/lib/nn.yaml:90:7
%2950 = assign %2920, %2921 : i64[] @ models/lib/nn.yaml:90:7
%2951 = mul %56, %2522 : f32[16] @ models/lib/nn.yaml:90:7
%2952 = mul %2946, %2524 : f32[16] @ models/lib/nn.yaml:90:7
%2953 = add %2951, %2952 : f32[16] @ models/lib/nn.yaml:90:7
%2954 = assign %56, %2953 : f32[16] @ models/lib/nn.yaml:90:7
%2955 = all_reduce_sum %2103 : f32[64,16] @ models/lib/nn.yaml:79:7
%2956 = reshape %2955 : f32[1024] @ models/lib/nn.yaml:79:7
%2957 = mul %2956, %2956 : f32[1024] @ models/lib/nn.yaml:79:7
%2958 = reduce_sum %2957 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%2959 = sqrt %2958 : f32[] @ models/lib/nn.yaml:79:7
%2960 = cast %2959 : f64[] @ models/lib/nn.yaml:79:7
%2961 = add %2960, %2283 : f64[] @ models/lib/nn.yaml:79:7
%2962 = div %2285, %2961 : f64[] @ models/lib/nn.yaml:79:7
%2963 = lt %2962, %2287 : bool[] @ models/lib/nn.yaml:79:7
%2964 = cast %2962 : f32[] @ models/lib/nn.yaml:79:7
%2965 = broadcast %2964 : f32[64,16] @ models/lib/nn.yaml:79:7
%2966 = mul %2955, %2965 : f32[64,16] @ models/lib/nn.yaml:79:7
%2967 = broadcast %2963 : bool[64,16] @ models/lib/nn.yaml:79:7
%2968 = select %2967, %2966, %2955 : f32[64,16] @ models/lib/nn.yaml:79:7
%2969 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%2970 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%2971 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%2972 = add %2971, %2297 : i64[] @ models/lib/nn.yaml:79:7
%2973 = broadcast %2301 : f32[64,16] @ models/lib/nn.yaml:79:7
%2974 = mul %19, %2973 : f32[64,16] @ models/lib/nn.yaml:79:7
%2975 = broadcast %1089 : f32[64,16] @ models/lib/nn.yaml:79:7
%2976 = mul %2968, %2975 : f32[64,16] @ models/lib/nn.yaml:79:7
%2977 = broadcast %641 : f32[64,16] @ models/lib/nn.yaml:79:7
%2978 = mul %2969, %2977 : f32[64,16] @ models/lib/nn.yaml:79:7
%2979 = add %2978, %2976 : f32[64,16] @ models/lib/nn.yaml:79:7
%2980 = mul %2968, %2968 : f32[64,16] @ models/lib/nn.yaml:79:7
%2981 = broadcast %2311 : f32[64,16] @ models/lib/nn.yaml:79:7
%2982 = mul %2980, %2981 : f32[64,16] @ models/lib/nn.yaml:79:7
%2983 = broadcast %2315 : f32[64,16] @ models/lib/nn.yaml:79:7
%2984 = mul %2970, %2983 : f32[64,16] @ models/lib/nn.yaml:79:7
%2985 = add %2984, %2982 : f32[64,16] @ models/lib/nn.yaml:79:7
%2986 = cast %2972 : f64[] @ models/lib/nn.yaml:79:7
%2987 = pow %2306, %2986 : f64[] @ models/lib/nn.yaml:79:7
%2988 = sub %2287, %2987 : f64[] @ models/lib/nn.yaml:79:7
%2989 = div %1205, %2988 : f64[] @ models/lib/nn.yaml:79:7
%2990 = pow %2314, %2986 : f64[] @ models/lib/nn.yaml:79:7
%2991 = sub %2287, %2990 : f64[] @ models/lib/nn.yaml:79:7
%2992 = sqrt %2991 : f64[] @ models/lib/nn.yaml:79:7
%2993 = div %2287, %2992 : f64[] @ models/lib/nn.yaml:79:7
%2994 = sqrt %2985 : f32[64,16] @ models/lib/nn.yaml:79:7
%2995 = cast %2993 : f32[] @ models/lib/nn.yaml:79:7
%2996 = broadcast %2995 : f32[64,16] @ models/lib/nn.yaml:79:7
%2997 = mul %2994, %2996 : f32[64,16] @ models/lib/nn.yaml:79:7
%2998 = broadcast %2331 : f32[64,16] @ models/lib/nn.yaml:79:7
%2999 = add %2997, %2998 : f32[64,16] @ models/lib/nn.yaml:79:7
%3000 = div %2979, %2999 : f32[64,16] @ models/lib/nn.yaml:79:7
%3001 = cast %2989 : f32[] @ models/lib/nn.yaml:79:7
%3002 = broadcast %3001 : f32[64,16] @ models/lib/nn.yaml:79:7
%3003 = mul %3000, %3002 : f32[64,16] @ models/lib/nn.yaml:79:7
%3004 = sub %2974, %3003 : f32[64,16] @ models/lib/nn.yaml:79:7
%3005 = assign %19, %3004 : f32[64,16] @ models/lib/nn.yaml:79:7
%3006 = assign %2969, %2979 : f32[64,16] @ models/lib/nn.yaml:79:7
%3007 = assign %2970, %2985 : f32[64,16] @ models/lib/nn.yaml:79:7
%3008 = assign %2971, %2972 : i64[] @ models/lib/nn.yaml:79:7
%3009 = broadcast %3 : f32[64,16] @ models/lib/nn.yaml:79:7
%3010 = mul %57, %3009 : f32[64,16] @ models/lib/nn.yaml:79:7
%3011 = broadcast %2346 : f32[64,16] @ models/lib/nn.yaml:79:7
%3012 = mul %3004, %3011 : f32[64,16] @ models/lib/nn.yaml:79:7
%3013 = add %3010, %3012 : f32[64,16] @ models/lib/nn.yaml:79:7
%3014 = assign %57, %3013 : f32[64,16] @ models/lib/nn.yaml:79:7
%3015 = all_reduce_sum %2099 : f32[64] @ models/lib/nn.yaml:80:7
%3016 = mul %3015, %3015 : f32[64] @ models/lib/nn.yaml:80:7
%3017 = reduce_sum %3016 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3018 = sqrt %3017 : f32[] @ models/lib/nn.yaml:80:7
%3019 = cast %3018 : f64[] @ models/lib/nn.yaml:80:7
%3020 = add %3019, %2283 : f64[] @ models/lib/nn.yaml:80:7
%3021 = div %2285, %3020 : f64[] @ models/lib/nn.yaml:80:7
%3022 = lt %3021, %2287 : bool[] @ models/lib/nn.yaml:80:7
%3023 = cast %3021 : f32[] @ models/lib/nn.yaml:80:7
%3024 = broadcast %3023 : f32[64] @ models/lib/nn.yaml:80:7
%3025 = mul %3015, %3024 : f32[64] @ models/lib/nn.yaml:80:7
%3026 = broadcast %3022 : bool[64] @ models/lib/nn.yaml:80:7
%3027 = select %3026, %3025, %3015 : f32[64] @ models/lib/nn.yaml:80:7
%3028 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%3029 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%3030 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3031 = add %3030, %2297 : i64[] @ models/lib/nn.yaml:80:7
%3032 = broadcast %1089 : f32[64] @ models/lib/nn.yaml:80:7
%3033 = mul %3027, %3032 : f32[64] @ models/lib/nn.yaml:80:7
%3034 = broadcast %641 : f32[64] @ models/lib/nn.yaml:80:7
%3035 = mul %3028, %3034 : f32[64] @ models/lib/nn.yaml:80:7
%3036 = add %3035, %3033 : f32[64] @ models/lib/nn.yaml:80:7
%3037 = mul %3027, %3027 : f32[64] @ models/lib/nn.yaml:80:7
%3038 = broadcast %2311 : f32[64] @ models/lib/nn.yaml:80:7
%3039 = mul %3037, %3038 : f32[64] @ models/lib/nn.yaml:80:7
%3040 = broadcast %2315 : f32[64] @ models/lib/nn.yaml:80:7
%3041 = mul %3029, %3040 : f32[64] @ models/lib/nn.yaml:80:7
%3042 = add %3041, %3039 : f32[64] @ models/lib/nn.yaml:80:7
%3043 = cast %3031 : f64[] @ models/lib/nn.yaml:80:7
%3044 = pow %2306, %3043 : f64[] @ models/lib/nn.yaml:80:7
%3045 = sub %2287, %3044 : f64[] @ models/lib/nn.yaml:80:7
%3046 = div %1205, %3045 : f64[] @ models/lib/nn.yaml:80:7
%3047 = pow %2314, %3043 : f64[] @ models/lib/nn.yaml:80:7
%3048 = sub %2287, %3047 : f64[] @ models/lib/nn.yaml:80:7
%3049 = sqrt %3048 : f64[] @ models/lib/nn.yaml:80:7
%3050 = div %2287, %3049 : f64[] @ models/lib/nn.yaml:80:7
%3051 = sqrt %3042 : f32[64] @ models/lib/nn.yaml:80:7
%3052 = cast %3050 : f32[] @ models/lib/nn.yaml:80:7
%3053 = broadcast %3052 : f32[64] @ models/lib/nn.yaml:80:7
%3054 = mul %3051, %3053 : f32[64] @ models/lib/nn.yaml:80:7
%3055 = broadcast %2331 : f32[64] @ models/lib/nn.yaml:80:7
%3056 = add %3054, %3055 : f32[64] @ models/lib/nn.yaml:80:7
%3057 = div %3036, %3056 : f32[64] @ models/lib/nn.yaml:80:7
%3058 = cast %3046 : f32[] @ models/lib/nn.yaml:80:7
%3059 = broadcast %3058 : f32[64] @ models/lib/nn.yaml:80:7
%3060 = mul %3057, %3059 : f32[64] @ models/lib/nn.yaml:80:7
%3061 = sub %20, %3060 : f32[64] @ models/lib/nn.yaml:80:7
%3062 = assign %20, %3061 : f32[64] @ models/lib/nn.yaml:80:7
%3063 = assign %3028, %3036 : f32[64] @ models/lib/nn.yaml:80:7
%3064 = assign %3029, %3042 : f32[64] @ models/lib/nn.yaml:80:7
%3065 = assign %3030, %3031 : i64[] @ models/lib/nn.yaml:80:7
%3066 = broadcast %3 : f32[64] @ models/lib/nn.yaml:80:7
%3067 = mul %58, %3066 : f32[64] @ models/lib/nn.yaml:80:7
%3068 = broadcast %2346 : f32[64] @ models/lib/nn.yaml:80:7
%3069 = mul %3061, %3068 : f32[64] @ models/lib/nn.yaml:80:7
%3070 = add %3067, %3069 : f32[64] @ models/lib/nn.yaml:80:7
%3071 = assign %58, %3070 : f32[64] @ models/lib/nn.yaml:80:7
%3072 = all_reduce_sum %2077 : f32[16,64] @ models/lib/nn.yaml:79:7
%3073 = reshape %3072 : f32[1024] @ models/lib/nn.yaml:79:7
%3074 = mul %3073, %3073 : f32[1024] @ models/lib/nn.yaml:79:7
%3075 = reduce_sum %3074 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3076 = sqrt %3075 : f32[] @ models/lib/nn.yaml:79:7
%3077 = cast %3076 : f64[] @ models/lib/nn.yaml:79:7
%3078 = add %3077, %2283 : f64[] @ models/lib/nn.yaml:79:7
%3079 = div %2285, %3078 : f64[] @ models/lib/nn.yaml:79:7
%3080 = lt %3079, %2287 : bool[] @ models/lib/nn.yaml:79:7
%3081 = cast %3079 : f32[] @ models/lib/nn.yaml:79:7
%3082 = broadcast %3081 : f32[16,64] @ models/lib/nn.yaml:79:7
%3083 = mul %3072, %3082 : f32[16,64] @ models/lib/nn.yaml:79:7
%3084 = broadcast %3080 : bool[16,64] @ models/lib/nn.yaml:79:7
%3085 = select %3084, %3083, %3072 : f32[16,64] @ models/lib/nn.yaml:79:7
%3086 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%3087 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%3088 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3089 = add %3088, %2297 : i64[] @ models/lib/nn.yaml:79:7
%3090 = broadcast %2301 : f32[16,64] @ models/lib/nn.yaml:79:7
%3091 = mul %21, %3090 : f32[16,64] @ models/lib/nn.yaml:79:7
%3092 = broadcast %1089 : f32[16,64] @ models/lib/nn.yaml:79:7
%3093 = mul %3085, %3092 : f32[16,64] @ models/lib/nn.yaml:79:7
%3094 = broadcast %641 : f32[16,64] @ models/lib/nn.yaml:79:7
%3095 = mul %3086, %3094 : f32[16,64] @ models/lib/nn.yaml:79:7
%3096 = add %3095, %3093 : f32[16,64] @ models/lib/nn.yaml:79:7
%3097 = mul %3085, %3085 : f32[16,64] @ models/lib/nn.yaml:79:7
%3098 = broadcast %2311 : f32[16,64] @ models/lib/nn.yaml:79:7
%3099 = mul %3097, %3098 : f32[16,64] @ models/lib/nn.yaml:79:7
%3100 = broadcast %2315 : f32[16,64] @ models/lib/nn.yaml:79:7
%3101 = mul %3087, %3100 : f32[16,64] @ models/lib/nn.yaml:79:7
%3102 = add %3101, %3099 : f32[16,64] @ models/lib/nn.yaml:79:7
%3103 = cast %3089 : f64[] @ models/lib/nn.yaml:79:7
%3104 = pow %2306, %3103 : f64[] @ models/lib/nn.yaml:79:7
%3105 = sub %2287, %3104 : f64[] @ models/lib/nn.yaml:79:7
%3106 = div %1205, %3105 : f64[] @ models/lib/nn.yaml:79:7
%3107 = pow %2314, %3103 : f64[] @ models/lib/nn.yaml:79:7
%3108 = sub %2287, %3107 : f64[] @ models/lib/nn.yaml:79:7
%3109 = sqrt %3108 : f64[] @ models/lib/nn.yaml:79:7
%3110 = div %2287, %3109 : f64[] @ models/lib/nn.yaml:79:7
%3111 = sqrt %3102 : f32[16,64] @ models/lib/nn.yaml:79:7
%3112 = cast %3110 : f32[] @ models/lib/nn.yaml:79:7
%3113 = broadcast %3112 : f32[16,64] @ models/lib/nn.yaml:79:7
%3114 = mul %3111, %3113 : f32[16,64] @ models/lib/nn.yaml:79:7
%3115 = broadcast %2331 : f32[16,64] @ models/lib/nn.yaml:79:7
%3116 = add %3114, %3115 : f32[16,64] @ models/lib/nn.yaml:79:7
%3117 = div %3096, %3116 : f32[16,64] @ models/lib/nn.yaml:79:7
%3118 = cast %3106 : f32[] @ models/lib/nn.yaml:79:7
%3119 = broadcast %3118 : f32[16,64] @ models/lib/nn.yaml:79:7
%3120 = mul %3117, %3119 : f32[16,64] @ models/lib/nn.yaml:79:7
%3121 = sub %3091, %3120 : f32[16,64] @ models/lib/nn.yaml:79:7
%3122 = assign %21, %3121 : f32[16,64] @ models/lib/nn.yaml:79:7
%3123 = assign %3086, %3096 : f32[16,64] @ models/lib/nn.yaml:79:7
%3124 = assign %3087, %3102 : f32[16,64] @ models/lib/nn.yaml:79:7
%3125 = assign %3088, %3089 : i64[] @ models/lib/nn.yaml:79:7
%3126 = broadcast %3 : f32[16,64] @ models/lib/nn.yaml:79:7
%3127 = mul %59, %3126 : f32[16,64] @ models/lib/nn.yaml:79:7
%3128 = broadcast %2346 : f32[16,64] @ models/lib/nn.yaml:79:7
%3129 = mul %3121, %3128 : f32[16,64] @ models/lib/nn.yaml:79:7
%3130 = add %3127, %3129 : f32[16,64] @ models/lib/nn.yaml:79:7
%3131 = assign %59, %3130 : f32[16,64] @ models/lib/nn.yaml:79:7
%3132 = all_reduce_sum %2073 : f32[16] @ models/lib/nn.yaml:80:7
%3133 = mul %3132, %3132 : f32[16] @ models/lib/nn.yaml:80:7
%3134 = reduce_sum %3133 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3135 = sqrt %3134 : f32[] @ models/lib/nn.yaml:80:7
%3136 = cast %3135 : f64[] @ models/lib/nn.yaml:80:7
%3137 = add %3136, %2283 : f64[] @ models/lib/nn.yaml:80:7
%3138 = div %2285, %3137 : f64[] @ models/lib/nn.yaml:80:7
%3139 = lt %3138, %2287 : bool[] @ models/lib/nn.yaml:80:7
%3140 = cast %3138 : f32[] @ models/lib/nn.yaml:80:7
%3141 = broadcast %3140 : f32[16] @ models/lib/nn.yaml:80:7
%3142 = mul %3132, %3141 : f32[16] @ models/lib/nn.yaml:80:7
%3143 = broadcast %3139 : bool[16] @ models/lib/nn.yaml:80:7
%3144 = select %3143, %3142, %3132 : f32[16] @ models/lib/nn.yaml:80:7
%3145 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3146 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3147 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3148 = add %3147, %2297 : i64[] @ models/lib/nn.yaml:80:7
%3149 = mul %3144, %2488 : f32[16] @ models/lib/nn.yaml:80:7
%3150 = mul %3145, %2490 : f32[16] @ models/lib/nn.yaml:80:7
%3151 = add %3150, %3149 : f32[16] @ models/lib/nn.yaml:80:7
%3152 = mul %3144, %3144 : f32[16] @ models/lib/nn.yaml:80:7
%3153 = mul %3152, %2494 : f32[16] @ models/lib/nn.yaml:80:7
%3154 = mul %3146, %2496 : f32[16] @ models/lib/nn.yaml:80:7
%3155 = add %3154, %3153 : f32[16] @ models/lib/nn.yaml:80:7
%3156 = cast %3148 : f64[] @ models/lib/nn.yaml:80:7
%3157 = pow %2306, %3156 : f64[] @ models/lib/nn.yaml:80:7
%3158 = sub %2287, %3157 : f64[] @ models/lib/nn.yaml:80:7
%3159 = div %1205, %3158 : f64[] @ models/lib/nn.yaml:80:7
%3160 = pow %2314, %3156 : f64[] @ models/lib/nn.yaml:80:7
%3161 = sub %2287, %3160 : f64[] @ models/lib/nn.yaml:80:7
%3162 = sqrt %3161 : f64[] @ models/lib/nn.yaml:80:7
%3163 = div %2287, %3162 : f64[] @ models/lib/nn.yaml:80:7
%3164 = sqrt %3155 : f32[16] @ models/lib/nn.yaml:80:7
%3165 = cast %3163 : f32[] @ models/lib/nn.yaml:80:7
%3166 = broadcast %3165 : f32[16] @ models/lib/nn.yaml:80:7
%3167 = mul %3164, %3166 : f32[16] @ models/lib/nn.yaml:80:7
%3168 = add %3167, %2511 : f32[16] @ models/lib/nn.yaml:80:7
%3169 = div %3151, %3168 : f32[16] @ models/lib/nn.yaml:80:7
%3170 = cast %3159 : f32[] @ models/lib/nn.yaml:80:7
%3171 = broadcast %3170 : f32[16] @ models/lib/nn.yaml:80:7
%3172 = mul %3169, %3171 : f32[16] @ models/lib/nn.yaml:80:7
%3173 = sub %22, %3172 : f32[16] @ models/lib/nn.yaml:80:7
%3174 = assign %22, %3173 : f32[16] @ models/lib/nn.yaml:80:7
%3175 = assign %3145, %3151 : f32[16] @ models/lib/nn.yaml:80:7
%3176 = assign %3146, %3155 : f32[16] @ models/lib/nn.yaml:80:7
%3177 = assign %3147, %3148 : i64[] @ models/lib/nn.yaml:80:7
%3178 = mul %60, %2522 : f32[16] @ models/lib/nn.yaml:80:7
%3179 = mul %3173, %2524 : f32[16] @ models/lib/nn.yaml:80:7
%3180 = add %3178, %3179 : f32[16] @ models/lib/nn.yaml:80:7
%3181 = assign %60, %3180 : f32[16] @ models/lib/nn.yaml:80:7
%3182 = all_reduce_sum %2049 : f32[16] @ models/lib/nn.yaml:89:7
%3183 = mul %3182, %3182 : f32[16] @ models/lib/nn.yaml:89:7
%3184 = reduce_sum %3183 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%3185 = sqrt %3184 : f32[] @ models/lib/nn.yaml:89:7
%3186 = cast %3185 : f64[] @ models/lib/nn.yaml:89:7
%3187 = add %3186, %2283 : f64[] @ models/lib/nn.yaml:89:7
%3188 = div %2285, %3187 : f64[] @ models/lib/nn.yaml:89:7
%3189 = lt %3188, %2287 : bool[] @ models/lib/nn.yaml:89:7
%3190 = cast %3188 : f32[] @ models/lib/nn.yaml:89:7
%3191 = broadcast %3190 : f32[16] @ models/lib/nn.yaml:89:7
%3192 = mul %3182, %3191 : f32[16] @ models/lib/nn.yaml:89:7
%3193 = broadcast %3189 : bool[16] @ models/lib/nn.yaml:89:7
%3194 = select %3193, %3192, %3182 : f32[16] @ models/lib/nn.yaml:89:7
%3195 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3196 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3197 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3198 = add %3197, %2297 : i64[] @ models/lib/nn.yaml:89:7
%3199 = mul %3194, %2488 : f32[16] @ models/lib/nn.yaml:89:7
%3200 = mul %3195, %2490 : f32[16] @ models/lib/nn.yaml:89:7
%3201 = add %3200, %3199 : f32[16] @ models/lib/nn.yaml:89:7
%3202 = mul %3194, %3194 : f32[16] @ models/lib/nn.yaml:89:7
%3203 = mul %3202, %2494 : f32[16] @ models/lib/nn.yaml:89:7
%3204 = mul %3196, %2496 : f32[16] @ models/lib/nn.yaml:89:7
%3205 = add %3204, %3203 : f32[16] @ models/lib/nn.yaml:89:7
%3206 = cast %3198 : f64[] @ models/lib/nn.yaml:89:7
%3207 = pow %2306, %3206 : f64[] @ models/lib/nn.yaml:89:7
%3208 = sub %2287, %3207 : f64[] @ models/lib/nn.yaml:89:7
%3209 = div %1205, %3208 : f64[] @ models/lib/nn.yaml:89:7
%3210 = pow %2314, %3206 : f64[] @ models/lib/nn.yaml:89:7
%3211 = sub %2287, %3210 : f64[] @ models/lib/nn.yaml:89:7
%3212 = sqrt %3211 : f64[] @ models/lib/nn.yaml:89:7
%3213 = div %2287, %3212 : f64[] @ models/lib/nn.yaml:89:7
%3214 = sqrt %3205 : f32[16] @ models/lib/nn.yaml:89:7
%3215 = cast %3213 : f32[] @ models/lib/nn.yaml:89:7
%3216 = broadcast %3215 : f32[16] @ models/lib/nn.yaml:89:7
%3217 = mul %3214, %3216 : f32[16] @ models/lib/nn.yaml:89:7
%3218 = add %3217, %2511 : f32[16] @ models/lib/nn.yaml:89:7
%3219 = div %3201, %3218 : f32[16] @ models/lib/nn.yaml:89:7
%3220 = cast %3209 : f32[] @ models/lib/nn.yaml:89:7
%3221 = broadcast %3220 : f32[16] @ models/lib/nn.yaml:89:7
%3222 = mul %3219, %3221 : f32[16] @ models/lib/nn.yaml:89:7
%3223 = sub %23, %3222 : f32[16] @ models/lib/nn.yaml:89:7
%3224 = assign %23, %3223 : f32[16] @ models/lib/nn.yaml:89:7
%3225 = assign %3195, %3201 : f32[16] @ models/lib/nn.yaml:89:7
%3226 = assign %3196, %3205 : f32[16] @ models/lib/nn.yaml:89:7
%3227 = assign %3197, %3198 : i64[] @ models/lib/nn.yaml:89:7
%3228 = mul %61, %2522 : f32[16] @ models/lib/nn.yaml:89:7
%3229 = mul %3223, %2524 : f32[16] @ models/lib/nn.yaml:89:7
%3230 = add %3228, %3229 : f32[16] @ models/lib/nn.yaml:89:7
%3231 = assign %61, %3230 : f32[16] @ models/lib/nn.yaml:89:7
%3232 = all_reduce_sum %2044 : f32[16] @ models/lib/nn.yaml:90:7
%3233 = mul %3232, %3232 : f32[16] @ models/lib/nn.yaml:90:7
%3234 = reduce_sum %3233 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%3235 = sqrt %3234 : f32[] @ models/lib/nn.yaml:90:7
%3236 = cast %3235 : f64[] @ models/lib/nn.yaml:90:7
%3237 = add %3236, %2283 : f64[] @ models/lib/nn.yaml:90:7
%3238 = div %2285, %3237 : f64[] @ models/lib/nn.yaml:90:7
%3239 = lt %3238, %2287 : bool[] @ models/lib/nn.yaml:90:7
%3240 = cast %3238 : f32[] @ models/lib/nn.yaml:90:7
%3241 = broadcast %3240 : f32[16] @ models/lib/nn.yaml:90:7
%3242 = mul %3232, %3241 : f32[16] @ models/lib/nn.yaml:90:7
%3243 = broadcast %3239 : bool[16] @ models/lib/nn.yaml:90:7
%3244 = select %3243, %3242, %3232 : f32[16] @ models/lib/nn.yaml:90:7
%3245 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3246 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3247 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3248 = add %3247, %2297 : i64[] @ models/lib/nn.yaml:90:7
%3249 = mul %3244, %2488 : f32[16] @ models/lib/nn.yaml:90:7
%3250 = mul %3245, %2490 : f32[16] @ models/lib/nn.yaml:90:7
%3251 = add %3250, %3249 : f32[16] @ models/lib/nn.yaml:90:7
%3252 = mul %3244, %3244 : f32[16] @ models/lib/nn.yaml:90:7
%3253 = mul %3252, %2494 : f32[16] @ models/lib/nn.yaml:90:7
%3254 = mul %3246, %2496 : f32[16] @ models/lib/nn.yaml:90:7
%3255 = add %3254, %3253 : f32[16] @ models/lib/nn.yaml:90:7
%3256 = cast %3248 : f64[] @ models/lib/nn.yaml:90:7
%3257 = pow %2306, %3256 : f64[] @ models/lib/nn.yaml:90:7
%3258 = sub %2287, %3257 : f64[] @ models/lib/nn.yaml:90:7
%3259 = div %1205, %3258 : f64[] @ models/lib/nn.yaml:90:7
%3260 = pow %2314, %3256 : f64[] @ models/lib/nn.yaml:90:7
%3261 = sub %2287, %3260 : f64[] @ models/lib/nn.yaml:90:7
%3262 = sqrt %3261 : f64[] @ models/lib/nn.yaml:90:7
%3263 = div %2287, %3262 : f64[] @ models/lib/nn.yaml:90:7
%3264 = sqrt %3255 : f32[16] @ models/lib/nn.yaml:90:7
%3265 = cast %3263 : f32[] @ models/lib/nn.yaml:90:7
%3266 = broadcast %3265 : f32[16] @ models/lib/nn.yaml:90:7
%3267 = mul %3264, %3266 : f32[16] @ models/lib/nn.yaml:90:7
%3268 = add %3267, %2511 : f32[16] @ models/lib/nn.yaml:90:7
%3269 = div %3251, %3268 : f32[16] @ models/lib/nn.yaml:90:7
%3270 = cast %3259 : f32[] @ models/lib/nn.yaml:90:7
%3271 = broadcast %3270 : f32[16] @ models/lib/nn.yaml:90:7
%3272 = mul %3269, %3271 : f32[16] @ models/lib/nn.yaml:90:7
%3273 = sub %24, %3272 : f32[16] @ models/lib/nn.yaml:90:7
%3274 = assign %24, %3273 : f32[16] @ models/lib/nn.yaml:90:7
%3275 = assign %3245, %3251 : f32[16] @ models/lib/nn.yaml:90:7
%3276 = assign %3246, %3255 : f32[16] @ models/lib/nn.yaml:90:7
%3277 = assign %3247, %3248 : i64[] @ models/lib/nn.yaml:90:7
%3278 = mul %62, %2522 : f32[16] @ models/lib/nn.yaml:90:7
%3279 = mul %3273, %2524 : f32[16] @ models/lib/nn.yaml:90:7
%3280 = add %3278, %3279 : f32[16] @ models/lib/nn.yaml:90:7
%3281 = assign %62, %3280 : f32[16] @ models/lib/nn.yaml:90:7
%3282 = all_reduce_sum %2040 : f32[48,16] @ models/lib/nn.yaml:79:7
%3283 = reshape %3282 : f32[768] @ models/lib/nn.yaml:79:7
%3284 = mul %3283, %3283 : f32[768] @ models/lib/nn.yaml:79:7
%3285 = reduce_sum %3284 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3286 = sqrt %3285 : f32[] @ models/lib/nn.yaml:79:7
%3287 = cast %3286 : f64[] @ models/lib/nn.yaml:79:7
%3288 = add %3287, %2283 : f64[] @ models/lib/nn.yaml:79:7
%3289 = div %2285, %3288 : f64[] @ models/lib/nn.yaml:79:7
%3290 = lt %3289, %2287 : bool[] @ models/lib/nn.yaml:79:7
%3291 = cast %3289 : f32[] @ models/lib/nn.yaml:79:7
%3292 = broadcast %3291 : f32[48,16] @ models/lib/nn.yaml:79:7
%3293 = mul %3282, %3292 : f32[48,16] @ models/lib/nn.yaml:79:7
%3294 = broadcast %3290 : bool[48,16] @ models/lib/nn.yaml:79:7
%3295 = select %3294, %3293, %3282 : f32[48,16] @ models/lib/nn.yaml:79:7
%3296 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%3297 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%3298 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3299 = add %3298, %2297 : i64[] @ models/lib/nn.yaml:79:7
%3300 = mul %25, %2646 : f32[48,16] @ models/lib/nn.yaml:79:7
%3301 = mul %3295, %2648 : f32[48,16] @ models/lib/nn.yaml:79:7
%3302 = mul %3296, %2650 : f32[48,16] @ models/lib/nn.yaml:79:7
%3303 = add %3302, %3301 : f32[48,16] @ models/lib/nn.yaml:79:7
%3304 = mul %3295, %3295 : f32[48,16] @ models/lib/nn.yaml:79:7
%3305 = mul %3304, %2654 : f32[48,16] @ models/lib/nn.yaml:79:7
%3306 = mul %3297, %2656 : f32[48,16] @ models/lib/nn.yaml:79:7
%3307 = add %3306, %3305 : f32[48,16] @ models/lib/nn.yaml:79:7
%3308 = cast %3299 : f64[] @ models/lib/nn.yaml:79:7
%3309 = pow %2306, %3308 : f64[] @ models/lib/nn.yaml:79:7
%3310 = sub %2287, %3309 : f64[] @ models/lib/nn.yaml:79:7
%3311 = div %1205, %3310 : f64[] @ models/lib/nn.yaml:79:7
%3312 = pow %2314, %3308 : f64[] @ models/lib/nn.yaml:79:7
%3313 = sub %2287, %3312 : f64[] @ models/lib/nn.yaml:79:7
%3314 = sqrt %3313 : f64[] @ models/lib/nn.yaml:79:7
%3315 = div %2287, %3314 : f64[] @ models/lib/nn.yaml:79:7
%3316 = sqrt %3307 : f32[48,16] @ models/lib/nn.yaml:79:7
%3317 = cast %3315 : f32[] @ models/lib/nn.yaml:79:7
%3318 = broadcast %3317 : f32[48,16] @ models/lib/nn.yaml:79:7
%3319 = mul %3316, %3318 : f32[48,16] @ models/lib/nn.yaml:79:7
%3320 = add %3319, %2671 : f32[48,16] @ models/lib/nn.yaml:79:7
%3321 = div %3303, %3320 : f32[48,16] @ models/lib/nn.yaml:79:7
%3322 = cast %3311 : f32[] @ models/lib/nn.yaml:79:7
%3323 = broadcast %3322 : f32[48,16] @ models/lib/nn.yaml:79:7
%3324 = mul %3321, %3323 : f32[48,16] @ models/lib/nn.yaml:79:7
%3325 = sub %3300, %3324 : f32[48,16] @ models/lib/nn.yaml:79:7
%3326 = assign %25, %3325 : f32[48,16] @ models/lib/nn.yaml:79:7
%3327 = assign %3296, %3303 : f32[48,16] @ models/lib/nn.yaml:79:7
%3328 = assign %3297, %3307 : f32[48,16] @ models/lib/nn.yaml:79:7
%3329 = assign %3298, %3299 : i64[] @ models/lib/nn.yaml:79:7
%3330 = mul %63, %2682 : f32[48,16] @ models/lib/nn.yaml:79:7
%3331 = mul %3325, %2684 : f32[48,16] @ models/lib/nn.yaml:79:7
%3332 = add %3330, %3331 : f32[48,16] @ models/lib/nn.yaml:79:7
%3333 = assign %63, %3332 : f32[48,16] @ models/lib/nn.yaml:79:7
%3334 = all_reduce_sum %2036 : f32[48] @ models/lib/nn.yaml:80:7
%3335 = mul %3334, %3334 : f32[48] @ models/lib/nn.yaml:80:7
%3336 = reduce_sum %3335 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3337 = sqrt %3336 : f32[] @ models/lib/nn.yaml:80:7
%3338 = cast %3337 : f64[] @ models/lib/nn.yaml:80:7
%3339 = add %3338, %2283 : f64[] @ models/lib/nn.yaml:80:7
%3340 = div %2285, %3339 : f64[] @ models/lib/nn.yaml:80:7
%3341 = lt %3340, %2287 : bool[] @ models/lib/nn.yaml:80:7
%3342 = cast %3340 : f32[] @ models/lib/nn.yaml:80:7
%3343 = broadcast %3342 : f32[48] @ models/lib/nn.yaml:80:7
%3344 = mul %3334, %3343 : f32[48] @ models/lib/nn.yaml:80:7
%3345 = broadcast %3341 : bool[48] @ models/lib/nn.yaml:80:7
%3346 = select %3345, %3344, %3334 : f32[48] @ models/lib/nn.yaml:80:7
%3347 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%3348 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%3349 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3350 = add %3349, %2297 : i64[] @ models/lib/nn.yaml:80:7
%3351 = mul %3346, %2705 : f32[48] @ models/lib/nn.yaml:80:7
%3352 = mul %3347, %2707 : f32[48] @ models/lib/nn.yaml:80:7
%3353 = add %3352, %3351 : f32[48] @ models/lib/nn.yaml:80:7
%3354 = mul %3346, %3346 : f32[48] @ models/lib/nn.yaml:80:7
%3355 = mul %3354, %2711 : f32[48] @ models/lib/nn.yaml:80:7
%3356 = mul %3348, %2713 : f32[48] @ models/lib/nn.yaml:80:7
%3357 = add %3356, %3355 : f32[48] @ models/lib/nn.yaml:80:7
%3358 = cast %3350 : f64[] @ models/lib/nn.yaml:80:7
%3359 = pow %2306, %3358 : f64[] @ models/lib/nn.yaml:80:7
%3360 = sub %2287, %3359 : f64[] @ models/lib/nn.yaml:80:7
%3361 = div %1205, %3360 : f64[] @ models/lib/nn.yaml:80:7
%3362 = pow %2314, %3358 : f64[] @ models/lib/nn.yaml:80:7
%3363 = sub %2287, %3362 : f64[] @ models/lib/nn.yaml:80:7
%3364 = sqrt %3363 : f64[] @ models/lib/nn.yaml:80:7
%3365 = div %2287, %3364 : f64[] @ models/lib/nn.yaml:80:7
%3366 = sqrt %3357 : f32[48] @ models/lib/nn.yaml:80:7
%3367 = cast %3365 : f32[] @ models/lib/nn.yaml:80:7
%3368 = broadcast %3367 : f32[48] @ models/lib/nn.yaml:80:7
%3369 = mul %3366, %3368 : f32[48] @ models/lib/nn.yaml:80:7
%3370 = add %3369, %2728 : f32[48] @ models/lib/nn.yaml:80:7
%3371 = div %3353, %3370 : f32[48] @ models/lib/nn.yaml:80:7
%3372 = cast %3361 : f32[] @ models/lib/nn.yaml:80:7
%3373 = broadcast %3372 : f32[48] @ models/lib/nn.yaml:80:7
%3374 = mul %3371, %3373 : f32[48] @ models/lib/nn.yaml:80:7
%3375 = sub %26, %3374 : f32[48] @ models/lib/nn.yaml:80:7
%3376 = assign %26, %3375 : f32[48] @ models/lib/nn.yaml:80:7
%3377 = assign %3347, %3353 : f32[48] @ models/lib/nn.yaml:80:7
%3378 = assign %3348, %3357 : f32[48] @ models/lib/nn.yaml:80:7
%3379 = assign %3349, %3350 : i64[] @ models/lib/nn.yaml:80:7
%3380 = mul %64, %2739 : f32[48] @ models/lib/nn.yaml:80:7
%3381 = mul %3375, %2741 : f32[48] @ models/lib/nn.yaml:80:7
%3382 = add %3380, %3381 : f32[48] @ models/lib/nn.yaml:80:7
%3383 = assign %64, %3382 : f32[48] @ models/lib/nn.yaml:80:7
%3384 = all_reduce_sum %1947 : f32[16,16] @ models/lib/nn.yaml:79:7
%3385 = reshape %3384 : f32[256] @ models/lib/nn.yaml:79:7
%3386 = mul %3385, %3385 : f32[256] @ models/lib/nn.yaml:79:7
%3387 = reduce_sum %3386 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3388 = sqrt %3387 : f32[] @ models/lib/nn.yaml:79:7
%3389 = cast %3388 : f64[] @ models/lib/nn.yaml:79:7
%3390 = add %3389, %2283 : f64[] @ models/lib/nn.yaml:79:7
%3391 = div %2285, %3390 : f64[] @ models/lib/nn.yaml:79:7
%3392 = lt %3391, %2287 : bool[] @ models/lib/nn.yaml:79:7
%3393 = cast %3391 : f32[] @ models/lib/nn.yaml:79:7
%3394 = broadcast %3393 : f32[16,16] @ models/lib/nn.yaml:79:7
%3395 = mul %3384, %3394 : f32[16,16] @ models/lib/nn.yaml:79:7
%3396 = broadcast %3392 : bool[16,16] @ models/lib/nn.yaml:79:7
%3397 = select %3396, %3395, %3384 : f32[16,16] @ models/lib/nn.yaml:79:7
%3398 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%3399 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%3400 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3401 = add %3400, %2297 : i64[] @ models/lib/nn.yaml:79:7
%3402 = mul %27, %2763 : f32[16,16] @ models/lib/nn.yaml:79:7
%3403 = mul %3397, %2765 : f32[16,16] @ models/lib/nn.yaml:79:7
%3404 = mul %3398, %2767 : f32[16,16] @ models/lib/nn.yaml:79:7
%3405 = add %3404, %3403 : f32[16,16] @ models/lib/nn.yaml:79:7
%3406 = mul %3397, %3397 : f32[16,16] @ models/lib/nn.yaml:79:7
%3407 = mul %3406, %2771 : f32[16,16] @ models/lib/nn.yaml:79:7
%3408 = mul %3399, %2773 : f32[16,16] @ models/lib/nn.yaml:79:7
%3409 = add %3408, %3407 : f32[16,16] @ models/lib/nn.yaml:79:7
%3410 = cast %3401 : f64[] @ models/lib/nn.yaml:79:7
%3411 = pow %2306, %3410 : f64[] @ models/lib/nn.yaml:79:7
%3412 = sub %2287, %3411 : f64[] @ models/lib/nn.yaml:79:7
%3413 = div %1205, %3412 : f64[] @ models/lib/nn.yaml:79:7
%3414 = pow %2314, %3410 : f64[] @ models/lib/nn.yaml:79:7
%3415 = sub %2287, %3414 : f64[] @ models/lib/nn.yaml:79:7
%3416 = sqrt %3415 : f64[] @ models/lib/nn.yaml:79:7
%3417 = div %2287, %3416 : f64[] @ models/lib/nn.yaml:79:7
%3418 = sqrt %3409 : f32[16,16] @ models/lib/nn.yaml:79:7
%3419 = cast %3417 : f32[] @ models/lib/nn.yaml:79:7
%3420 = broadcast %3419 : f32[16,16] @ models/lib/nn.yaml:79:7
%3421 = mul %3418, %3420 : f32[16,16] @ models/lib/nn.yaml:79:7
%3422 = add %3421, %2788 : f32[16,16] @ models/lib/nn.yaml:79:7
%3423 = div %3405, %3422 : f32[16,16] @ models/lib/nn.yaml:79:7
%3424 = cast %3413 : f32[] @ models/lib/nn.yaml:79:7
%3425 = broadcast %3424 : f32[16,16] @ models/lib/nn.yaml:79:7
%3426 = mul %3423, %3425 : f32[16,16] @ models/lib/nn.yaml:79:7
%3427 = sub %3402, %3426 : f32[16,16] @ models/lib/nn.yaml:79:7
%3428 = assign %27, %3427 : f32[16,16] @ models/lib/nn.yaml:79:7
%3429 = assign %3398, %3405 : f32[16,16] @ models/lib/nn.yaml:79:7
%3430 = assign %3399, %3409 : f32[16,16] @ models/lib/nn.yaml:79:7
%3431 = assign %3400, %3401 : i64[] @ models/lib/nn.yaml:79:7
%3432 = mul %65, %2799 : f32[16,16] @ models/lib/nn.yaml:79:7
%3433 = mul %3427, %2801 : f32[16,16] @ models/lib/nn.yaml:79:7
%3434 = add %3432, %3433 : f32[16,16] @ models/lib/nn.yaml:79:7
%3435 = assign %65, %3434 : f32[16,16] @ models/lib/nn.yaml:79:7
%3436 = all_reduce_sum %1943 : f32[16] @ models/lib/nn.yaml:80:7
%3437 = mul %3436, %3436 : f32[16] @ models/lib/nn.yaml:80:7
%3438 = reduce_sum %3437 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3439 = sqrt %3438 : f32[] @ models/lib/nn.yaml:80:7
%3440 = cast %3439 : f64[] @ models/lib/nn.yaml:80:7
%3441 = add %3440, %2283 : f64[] @ models/lib/nn.yaml:80:7
%3442 = div %2285, %3441 : f64[] @ models/lib/nn.yaml:80:7
%3443 = lt %3442, %2287 : bool[] @ models/lib/nn.yaml:80:7
%3444 = cast %3442 : f32[] @ models/lib/nn.yaml:80:7
%3445 = broadcast %3444 : f32[16] @ models/lib/nn.yaml:80:7
%3446 = mul %3436, %3445 : f32[16] @ models/lib/nn.yaml:80:7
%3447 = broadcast %3443 : bool[16] @ models/lib/nn.yaml:80:7
%3448 = select %3447, %3446, %3436 : f32[16] @ models/lib/nn.yaml:80:7
%3449 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3450 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3451 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3452 = add %3451, %2297 : i64[] @ models/lib/nn.yaml:80:7
%3453 = mul %3448, %2488 : f32[16] @ models/lib/nn.yaml:80:7
%3454 = mul %3449, %2490 : f32[16] @ models/lib/nn.yaml:80:7
%3455 = add %3454, %3453 : f32[16] @ models/lib/nn.yaml:80:7
%3456 = mul %3448, %3448 : f32[16] @ models/lib/nn.yaml:80:7
%3457 = mul %3456, %2494 : f32[16] @ models/lib/nn.yaml:80:7
%3458 = mul %3450, %2496 : f32[16] @ models/lib/nn.yaml:80:7
%3459 = add %3458, %3457 : f32[16] @ models/lib/nn.yaml:80:7
%3460 = cast %3452 : f64[] @ models/lib/nn.yaml:80:7
%3461 = pow %2306, %3460 : f64[] @ models/lib/nn.yaml:80:7
%3462 = sub %2287, %3461 : f64[] @ models/lib/nn.yaml:80:7
%3463 = div %1205, %3462 : f64[] @ models/lib/nn.yaml:80:7
%3464 = pow %2314, %3460 : f64[] @ models/lib/nn.yaml:80:7
%3465 = sub %2287, %3464 : f64[] @ models/lib/nn.yaml:80:7
%3466 = sqrt %3465 : f64[] @ models/lib/nn.yaml:80:7
%3467 = div %2287, %3466 : f64[] @ models/lib/nn.yaml:80:7
%3468 = sqrt %3459 : f32[16] @ models/lib/nn.yaml:80:7
%3469 = cast %3467 : f32[] @ models/lib/nn.yaml:80:7
%3470 = broadcast %3469 : f32[16] @ models/lib/nn.yaml:80:7
%3471 = mul %3468, %3470 : f32[16] @ models/lib/nn.yaml:80:7
%3472 = add %3471, %2511 : f32[16] @ models/lib/nn.yaml:80:7
%3473 = div %3455, %3472 : f32[16] @ models/lib/nn.yaml:80:7
%3474 = cast %3463 : f32[] @ models/lib/nn.yaml:80:7
%3475 = broadcast %3474 : f32[16] @ models/lib/nn.yaml:80:7
%3476 = mul %3473, %3475 : f32[16] @ models/lib/nn.yaml:80:7
%3477 = sub %28, %3476 : f32[16] @ models/lib/nn.yaml:80:7
%3478 = assign %28, %3477 : f32[16] @ models/lib/nn.yaml:80:7
%3479 = assign %3449, %3455 : f32[16] @ models/lib/nn.yaml:80:7
%3480 = assign %3450, %3459 : f32[16] @ models/lib/nn.yaml:80:7
%3481 = assign %3451, %3452 : i64[] @ models/lib/nn.yaml:80:7
%3482 = mul %66, %2522 : f32[16] @ models/lib/nn.yaml:80:7
%3483 = mul %3477, %2524 : f32[16] @ models/lib/nn.yaml:80:7
%3484 = add %3482, %3483 : f32[16] @ models/lib/nn.yaml:80:7
%3485 = assign %66, %3484 : f32[16] @ models/lib/nn.yaml:80:7
%3486 = all_reduce_sum %1917 : f32[16] @ models/lib/nn.yaml:89:7
%3487 = mul %3486, %3486 : f32[16] @ models/lib/nn.yaml:89:7
%3488 = reduce_sum %3487 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%3489 = sqrt %3488 : f32[] @ models/lib/nn.yaml:89:7
%3490 = cast %3489 : f64[] @ models/lib/nn.yaml:89:7
%3491 = add %3490, %2283 : f64[] @ models/lib/nn.yaml:89:7
%3492 = div %2285, %3491 : f64[] @ models/lib/nn.yaml:89:7
%3493 = lt %3492, %2287 : bool[] @ models/lib/nn.yaml:89:7
%3494 = cast %3492 : f32[] @ models/lib/nn.yaml:89:7
%3495 = broadcast %3494 : f32[16] @ models/lib/nn.yaml:89:7
%3496 = mul %3486, %3495 : f32[16] @ models/lib/nn.yaml:89:7
%3497 = broadcast %3493 : bool[16] @ models/lib/nn.yaml:89:7
%3498 = select %3497, %3496, %3486 : f32[16] @ models/lib/nn.yaml:89:7
%3499 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3500 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3501 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3502 = add %3501, %2297 : i64[] @ models/lib/nn.yaml:89:7
%3503 = mul %3498, %2488 : f32[16] @ models/lib/nn.yaml:89:7
%3504 = mul %3499, %2490 : f32[16] @ models/lib/nn.yaml:89:7
%3505 = add %3504, %3503 : f32[16] @ models/lib/nn.yaml:89:7
%3506 = mul %3498, %3498 : f32[16] @ models/lib/nn.yaml:89:7
%3507 = mul %3506, %2494 : f32[16] @ models/lib/nn.yaml:89:7
%3508 = mul %3500, %2496 : f32[16] @ models/lib/nn.yaml:89:7
%3509 = add %3508, %3507 : f32[16] @ models/lib/nn.yaml:89:7
%3510 = cast %3502 : f64[] @ models/lib/nn.yaml:89:7
%3511 = pow %2306, %3510 : f64[] @ models/lib/nn.yaml:89:7
%3512 = sub %2287, %3511 : f64[] @ models/lib/nn.yaml:89:7
%3513 = div %1205, %3512 : f64[] @ models/lib/nn.yaml:89:7
%3514 = pow %2314, %3510 : f64[] @ models/lib/nn.yaml:89:7
%3515 = sub %2287, %3514 : f64[] @ models/lib/nn.yaml:89:7
%3516 = sqrt %3515 : f64[] @ models/lib/nn.yaml:89:7
%3517 = div %2287, %3516 : f64[] @ models/lib/nn.yaml:89:7
%3518 = sqrt %3509 : f32[16] @ models/lib/nn.yaml:89:7
%3519 = cast %3517 : f32[] @ models/lib/nn.yaml:89:7
%3520 = broadcast %3519 : f32[16] @ models/lib/nn.yaml:89:7
%3521 = mul %3518, %3520 : f32[16] @ models/lib/nn.yaml:89:7
%3522 = add %3521, %2511 : f32[16] @ models/lib/nn.yaml:89:7
%3523 = div %3505, %3522 : f32[16] @ models/lib/nn.yaml:89:7
%3524 = cast %3513 : f32[] @ models/lib/nn.yaml:89:7
%3525 = broadcast %3524 : f32[16] @ models/lib/nn.yaml:89:7
%3526 = mul %3523, %3525 : f32[16] @ models/lib/nn.yaml:89:7
%3527 = sub %29, %3526 : f32[16] @ models/lib/nn.yaml:89:7
%3528 = assign %29, %3527 : f32[16] @ models/lib/nn.yaml:89:7
%3529 = assign %3499, %3505 : f32[16] @ models/lib/nn.yaml:89:7
%3530 = assign %3500, %3509 : f32[16] @ models/lib/nn.yaml:89:7
%3531 = assign %3501, %3502 : i64[] @ models/lib/nn.yaml:89:7
%3532 = mul %67, %2522 : f32[16] @ models/lib/nn.yaml:89:7
%3533 = mul %3527, %2524 : f32[16] @ models/lib/nn.yaml:89:7
%3534 = add %3532, %3533 : f32[16] @ models/lib/nn.yaml:89:7
%3535 = assign %67, %3534 : f32[16] @ models/lib/nn.yaml:89:7
%3536 = all_reduce_sum %1912 : f32[16] @ models/lib/nn.yaml:90:7
%3537 = mul %3536, %3536 : f32[16] @ models/lib/nn.yaml:90:7
%3538 = reduce_sum %3537 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%3539 = sqrt %3538 : f32[] @ models/lib/nn.yaml:90:7
%3540 = cast %3539 : f64[] @ models/lib/nn.yaml:90:7
%3541 = add %3540, %2283 : f64[] @ models/lib/nn.yaml:90:7
%3542 = div %2285, %3541 : f64[] @ models/lib/nn.yaml:90:7
%3543 = lt %3542, %2287 : bool[] @ models/lib/nn.yaml:90:7
%3544 = cast %3542 : f32[] @ models/lib/nn.yaml:90:7
%3545 = broadcast %3544 : f32[16] @ models/lib/nn.yaml:90:7
%3546 = mul %3536, %3545 : f32[16] @ models/lib/nn.yaml:90:7
%3547 = broadcast %3543 : bool[16] @ models/lib/nn.yaml:90:7
%3548 = select %3547, %3546, %3536 : f32[16] @ models/lib/nn.yaml:90:7
%3549 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3550 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3551 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3552 = add %3551, %2297 : i64[] @ models/lib/nn.yaml:90:7
%3553 = mul %3548, %2488 : f32[16] @ models/lib/nn.yaml:90:7
%3554 = mul %3549, %2490 : f32[16] @ models/lib/nn.yaml:90:7
%3555 = add %3554, %3553 : f32[16] @ models/lib/nn.yaml:90:7
%3556 = mul %3548, %3548 : f32[16] @ models/lib/nn.yaml:90:7
%3557 = mul %3556, %2494 : f32[16] @ models/lib/nn.yaml:90:7
%3558 = mul %3550, %2496 : f32[16] @ models/lib/nn.yaml:90:7
%3559 = add %3558, %3557 : f32[16] @ models/lib/nn.yaml:90:7
%3560 = cast %3552 : f64[] @ models/lib/nn.yaml:90:7
%3561 = pow %2306, %3560 : f64[] @ models/lib/nn.yaml:90:7
%3562 = sub %2287, %3561 : f64[] @ models/lib/nn.yaml:90:7
%3563 = div %1205, %3562 : f64[] @ models/lib/nn.yaml:90:7
%3564 = pow %2314, %3560 : f64[] @ models/lib/nn.yaml:90:7
%3565 = sub %2287, %3564 : f64[] @ models/lib/nn.yaml:90:7
%3566 = sqrt %3565 : f64[] @ models/lib/nn.yaml:90:7
%3567 = div %2287, %3566 : f64[] @ models/lib/nn.yaml:90:7
%3568 = sqrt %3559 : f32[16] @ models/lib/nn.yaml:90:7
%3569 = cast %3567 : f32[] @ models/lib/nn.yaml:90:7
%3570 = broadcast %3569 : f32[16] @ models/lib/nn.yaml:90:7
%3571 = mul %3568, %3570 : f32[16] @ models/lib/nn.yaml:90:7
%3572 = add %3571, %2511 : f32[16] @ models/lib/nn.yaml:90:7
%3573 = div %3555, %3572 : f32[16] @ models/lib/nn.yaml:90:7
%3574 = cast %3563 : f32[] @ models/lib/nn.yaml:90:7
%3575 = broadcast %3574 : f32[16] @ models/lib/nn.yaml:90:7
%3576 = mul %3573, %3575 : f32[16] @ models/lib/nn.yaml:90:7
%3577 = sub %30, %3576 : f32[16] @ models/lib/nn.yaml:90:7
%3578 = assign %30, %3577 : f32[16] @ models/lib/nn.yaml:90:7
%3579 = assign %3549, %3555 : f32[16] @ models/lib/nn.yaml:90:7
%3580 = assign %3550, %3559 : f32[16] @ models/lib/nn.yaml:90:7
%3581 = assign %3551, %3552 : i64[] @ models/lib/nn.yaml:90:7
%3582 = mul %68, %2522 : f32[16] @ models/lib/nn.yaml:90:7
%3583 = mul %3577, %2524 : f32[16] @ models/lib/nn.yaml:90:7
%3584 = add %3582, %3583 : f32[16] @ models/lib/nn.yaml:90:7
%3585 = assign %68, %3584 : f32[16] @ models/lib/nn.yaml:90:7
%3586 = all_reduce_sum %1908 : f32[64,16] @ models/lib/nn.yaml:79:7
%3587 = reshape %3586 : f32[1024] @ models/lib/nn.yaml:79:7
%3588 = mul %3587, %3587 : f32[1024] @ models/lib/nn.yaml:79:7
%3589 = reduce_sum %3588 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3590 = sqrt %3589 : f32[] @ models/lib/nn.yaml:79:7
%3591 = cast %3590 : f64[] @ models/lib/nn.yaml:79:7
%3592 = add %3591, %2283 : f64[] @ models/lib/nn.yaml:79:7
%3593 = div %2285, %3592 : f64[] @ models/lib/nn.yaml:79:7
%3594 = lt %3593, %2287 : bool[] @ models/lib/nn.yaml:79:7
%3595 = cast %3593 : f32[] @ models/lib/nn.yaml:79:7
%3596 = broadcast %3595 : f32[64,16] @ models/lib/nn.yaml:79:7
%3597 = mul %3586, %3596 : f32[64,16] @ models/lib/nn.yaml:79:7
%3598 = broadcast %3594 : bool[64,16] @ models/lib/nn.yaml:79:7
%3599 = select %3598, %3597, %3586 : f32[64,16] @ models/lib/nn.yaml:79:7
%3600 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%3601 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%3602 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3603 = add %3602, %2297 : i64[] @ models/lib/nn.yaml:79:7
%3604 = mul %31, %2973 : f32[64,16] @ models/lib/nn.yaml:79:7
%3605 = mul %3599, %2975 : f32[64,16] @ models/lib/nn.yaml:79:7
%3606 = mul %3600, %2977 : f32[64,16] @ models/lib/nn.yaml:79:7
%3607 = add %3606, %3605 : f32[64,16] @ models/lib/nn.yaml:79:7
%3608 = mul %3599, %3599 : f32[64,16] @ models/lib/nn.yaml:79:7
%3609 = mul %3608, %2981 : f32[64,16] @ models/lib/nn.yaml:79:7
%3610 = mul %3601, %2983 : f32[64,16] @ models/lib/nn.yaml:79:7
%3611 = add %3610, %3609 : f32[64,16] @ models/lib/nn.yaml:79:7
%3612 = cast %3603 : f64[] @ models/lib/nn.yaml:79:7
%3613 = pow %2306, %3612 : f64[] @ models/lib/nn.yaml:79:7
%3614 = sub %2287, %3613 : f64[] @ models/lib/nn.yaml:79:7
%3615 = div %1205, %3614 : f64[] @ models/lib/nn.yaml:79:7
%3616 = pow %2314, %3612 : f64[] @ models/lib/nn.yaml:79:7
%3617 = sub %2287, %3616 : f64[] @ models/lib/nn.yaml:79:7
%3618 = sqrt %3617 : f64[] @ models/lib/nn.yaml:79:7
%3619 = div %2287, %3618 : f64[] @ models/lib/nn.yaml:79:7
%3620 = sqrt %3611 : f32[64,16] @ models/lib/nn.yaml:79:7
%3621 = cast %3619 : f32[] @ models/lib/nn.yaml:79:7
%3622 = broadcast %3621 : f32[64,16] @ models/lib/nn.yaml:79:7
%3623 = mul %3620, %3622 : f32[64,16] @ models/lib/nn.yaml:79:7
%3624 = add %3623, %2998 : f32[64,16] @ models/lib/nn.yaml:79:7
%3625 = div %3607, %3624 : f32[64,16] @ models/lib/nn.yaml:79:7
%3626 = cast %3615 : f32[] @ models/lib/nn.yaml:79:7
%3627 = broadcast %3626 : f32[64,16] @ models/lib/nn.yaml:79:7
%3628 = mul %3625, %3627 : f32[64,16] @ models/lib/nn.yaml:79:7
%3629 = sub %3604, %3628 : f32[64,16] @ models/lib/nn.yaml:79:7
%3630 = assign %31, %3629 : f32[64,16] @ models/lib/nn.yaml:79:7
%3631 = assign %3600, %3607 : f32[64,16] @ models/lib/nn.yaml:79:7
%3632 = assign %3601, %3611 : f32[64,16] @ models/lib/nn.yaml:79:7
%3633 = assign %3602, %3603 : i64[] @ models/lib/nn.yaml:79:7
%3634 = mul %69, %3009 : f32[64,16] @ models/lib/nn.yaml:79:7
%3635 = mul %3629, %3011 : f32[64,16] @ models/lib/nn.yaml:79:7
%3636 = add %3634, %3635 : f32[64,16] @ models/lib/nn.yaml:79:7
%3637 = assign %69, %3636 : f32[64,16] @ models/lib/nn.yaml:79:7
%3638 = all_reduce_sum %1904 : f32[64] @ models/lib/nn.yaml:80:7
%3639 = mul %3638, %3638 : f32[64] @ models/lib/nn.yaml:80:7
%3640 = reduce_sum %3639 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3641 = sqrt %3640 : f32[] @ models/lib/nn.yaml:80:7
%3642 = cast %3641 : f64[] @ models/lib/nn.yaml:80:7
%3643 = add %3642, %2283 : f64[] @ models/lib/nn.yaml:80:7
%3644 = div %2285, %3643 : f64[] @ models/lib/nn.yaml:80:7
%3645 = lt %3644, %2287 : bool[] @ models/lib/nn.yaml:80:7
%3646 = cast %3644 : f32[] @ models/lib/nn.yaml:80:7
%3647 = broadcast %3646 : f32[64] @ models/lib/nn.yaml:80:7
%3648 = mul %3638, %3647 : f32[64] @ models/lib/nn.yaml:80:7
%3649 = broadcast %3645 : bool[64] @ models/lib/nn.yaml:80:7
%3650 = select %3649, %3648, %3638 : f32[64] @ models/lib/nn.yaml:80:7
%3651 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%3652 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%3653 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3654 = add %3653, %2297 : i64[] @ models/lib/nn.yaml:80:7
%3655 = mul %3650, %3032 : f32[64] @ models/lib/nn.yaml:80:7
%3656 = mul %3651, %3034 : f32[64] @ models/lib/nn.yaml:80:7
%3657 = add %3656, %3655 : f32[64] @ models/lib/nn.yaml:80:7
%3658 = mul %3650, %3650 : f32[64] @ models/lib/nn.yaml:80:7
%3659 = mul %3658, %3038 : f32[64] @ models/lib/nn.yaml:80:7
%3660 = mul %3652, %3040 : f32[64] @ models/lib/nn.yaml:80:7
%3661 = add %3660, %3659 : f32[64] @ models/lib/nn.yaml:80:7
%3662 = cast %3654 : f64[] @ models/lib/nn.yaml:80:7
%3663 = pow %2306, %3662 : f64[] @ models/lib/nn.yaml:80:7
%3664 = sub %2287, %3663 : f64[] @ models/lib/nn.yaml:80:7
%3665 = div %1205, %3664 : f64[] @ models/lib/nn.yaml:80:7
%3666 = pow %2314, %3662 : f64[] @ models/lib/nn.yaml:80:7
%3667 = sub %2287, %3666 : f64[] @ models/lib/nn.yaml:80:7
%3668 = sqrt %3667 : f64[] @ models/lib/nn.yaml:80:7
%3669 = div %2287, %3668 : f64[] @ models/lib/nn.yaml:80:7
%3670 = sqrt %3661 : f32[64] @ models/lib/nn.yaml:80:7
%3671 = cast %3669 : f32[] @ models/lib/nn.yaml:80:7
%3672 = broadcast %3671 : f32[64] @ models/lib/nn.yaml:80:7
%3673 = mul %3670, %3672 : f32[64] @ models/lib/nn.yaml:80:7
%3674 = add %3673, %3055 : f32[64] @ models/lib/nn.yaml:80:7
%3675 = div %3657, %3674 : f32[64] @ models/lib/nn.yaml:80:7
%3676 = cast %3665 : f32[] @ models/lib/nn.yaml:80:7
%3677 = broadcast %3676 : f32[64] @ models/lib/nn.yaml:80:7
%3678 = mul %3675, %3677 : f32[64] @ models/lib/nn.yaml:80:7
%3679 = sub %32, %3678 : f32[64] @ models/lib/nn.yaml:80:7
%3680 = assign %32, %3679 : f32[64] @ models/lib/nn.yaml:80:7
%3681 = assign %3651, %3657 : f32[64] @ models/lib/nn.yaml:80:7
%3682 = assign %3652, %3661 : f32[64] @ models/lib/nn.yaml:80:7
%3683 = assign %3653, %3654 : i64[] @ models/lib/nn.yaml:80:7
%3684 = mul %70, %3066 : f32[64] @ models/lib/nn.yaml:80:7
%3685 = mul %3679, %3068 : f32[64] @ models/lib/nn.yaml:80:7
%3686 = add %3684, %3685 : f32[64] @ models/lib/nn.yaml:80:7
%3687 = assign %70, %3686 : f32[64] @ models/lib/nn.yaml:80:7
%3688 = all_reduce_sum %1881 : f32[16,64] @ models/lib/nn.yaml:79:7
%3689 = reshape %3688 : f32[1024] @ models/lib/nn.yaml:79:7
%3690 = mul %3689, %3689 : f32[1024] @ models/lib/nn.yaml:79:7
%3691 = reduce_sum %3690 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3692 = sqrt %3691 : f32[] @ models/lib/nn.yaml:79:7
%3693 = cast %3692 : f64[] @ models/lib/nn.yaml:79:7
%3694 = add %3693, %2283 : f64[] @ models/lib/nn.yaml:79:7
%3695 = div %2285, %3694 : f64[] @ models/lib/nn.yaml:79:7
%3696 = lt %3695, %2287 : bool[] @ models/lib/nn.yaml:79:7
%3697 = cast %3695 : f32[] @ models/lib/nn.yaml:79:7
%3698 = broadcast %3697 : f32[16,64] @ models/lib/nn.yaml:79:7
%3699 = mul %3688, %3698 : f32[16,64] @ models/lib/nn.yaml:79:7
%3700 = broadcast %3696 : bool[16,64] @ models/lib/nn.yaml:79:7
%3701 = select %3700, %3699, %3688 : f32[16,64] @ models/lib/nn.yaml:79:7
%3702 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%3703 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%3704 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3705 = add %3704, %2297 : i64[] @ models/lib/nn.yaml:79:7
%3706 = mul %33, %3090 : f32[16,64] @ models/lib/nn.yaml:79:7
%3707 = mul %3701, %3092 : f32[16,64] @ models/lib/nn.yaml:79:7
%3708 = mul %3702, %3094 : f32[16,64] @ models/lib/nn.yaml:79:7
%3709 = add %3708, %3707 : f32[16,64] @ models/lib/nn.yaml:79:7
%3710 = mul %3701, %3701 : f32[16,64] @ models/lib/nn.yaml:79:7
%3711 = mul %3710, %3098 : f32[16,64] @ models/lib/nn.yaml:79:7
%3712 = mul %3703, %3100 : f32[16,64] @ models/lib/nn.yaml:79:7
%3713 = add %3712, %3711 : f32[16,64] @ models/lib/nn.yaml:79:7
%3714 = cast %3705 : f64[] @ models/lib/nn.yaml:79:7
%3715 = pow %2306, %3714 : f64[] @ models/lib/nn.yaml:79:7
%3716 = sub %2287, %3715 : f64[] @ models/lib/nn.yaml:79:7
%3717 = div %1205, %3716 : f64[] @ models/lib/nn.yaml:79:7
%3718 = pow %2314, %3714 : f64[] @ models/lib/nn.yaml:79:7
%3719 = sub %2287, %3718 : f64[] @ models/lib/nn.yaml:79:7
%3720 = sqrt %3719 : f64[] @ models/lib/nn.yaml:79:7
%3721 = div %2287, %3720 : f64[] @ models/lib/nn.yaml:79:7
%3722 = sqrt %3713 : f32[16,64] @ models/lib/nn.yaml:79:7
%3723 = cast %3721 : f32[] @ models/lib/nn.yaml:79:7
%3724 = broadcast %3723 : f32[16,64] @ models/lib/nn.yaml:79:7
%3725 = mul %3722, %3724 : f32[16,64] @ models/lib/nn.yaml:79:7
%3726 = add %3725, %3115 : f32[16,64] @ models/lib/nn.yaml:79:7
%3727 = div %3709, %3726 : f32[16,64] @ models/lib/nn.yaml:79:7
%3728 = cast %3717 : f32[] @ models/lib/nn.yaml:79:7
%3729 = broadcast %3728 : f32[16,64] @ models/lib/nn.yaml:79:7
%3730 = mul %3727, %3729 : f32[16,64] @ models/lib/nn.yaml:79:7
%3731 = sub %3706, %3730 : f32[16,64] @ models/lib/nn.yaml:79:7
%3732 = assign %33, %3731 : f32[16,64] @ models/lib/nn.yaml:79:7
%3733 = assign %3702, %3709 : f32[16,64] @ models/lib/nn.yaml:79:7
%3734 = assign %3703, %3713 : f32[16,64] @ models/lib/nn.yaml:79:7
%3735 = assign %3704, %3705 : i64[] @ models/lib/nn.yaml:79:7
%3736 = mul %71, %3126 : f32[16,64] @ models/lib/nn.yaml:79:7
%3737 = mul %3731, %3128 : f32[16,64] @ models/lib/nn.yaml:79:7
%3738 = add %3736, %3737 : f32[16,64] @ models/lib/nn.yaml:79:7
%3739 = assign %71, %3738 : f32[16,64] @ models/lib/nn.yaml:79:7
%3740 = all_reduce_sum %1877 : f32[16] @ models/lib/nn.yaml:80:7
%3741 = mul %3740, %3740 : f32[16] @ models/lib/nn.yaml:80:7
%3742 = reduce_sum %3741 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3743 = sqrt %3742 : f32[] @ models/lib/nn.yaml:80:7
%3744 = cast %3743 : f64[] @ models/lib/nn.yaml:80:7
%3745 = add %3744, %2283 : f64[] @ models/lib/nn.yaml:80:7
%3746 = div %2285, %3745 : f64[] @ models/lib/nn.yaml:80:7
%3747 = lt %3746, %2287 : bool[] @ models/lib/nn.yaml:80:7
%3748 = cast %3746 : f32[] @ models/lib/nn.yaml:80:7
%3749 = broadcast %3748 : f32[16] @ models/lib/nn.yaml:80:7
%3750 = mul %3740, %3749 : f32[16] @ models/lib/nn.yaml:80:7
%3751 = broadcast %3747 : bool[16] @ models/lib/nn.yaml:80:7
%3752 = select %3751, %3750, %3740 : f32[16] @ models/lib/nn.yaml:80:7
%3753 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3754 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3755 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3756 = add %3755, %2297 : i64[] @ models/lib/nn.yaml:80:7
%3757 = mul %3752, %2488 : f32[16] @ models/lib/nn.yaml:80:7
%3758 = mul %3753, %2490 : f32[16] @ models/lib/nn.yaml:80:7
%3759 = add %3758, %3757 : f32[16] @ models/lib/nn.yaml:80:7
%3760 = mul %3752, %3752 : f32[16] @ models/lib/nn.yaml:80:7
%3761 = mul %3760, %2494 : f32[16] @ models/lib/nn.yaml:80:7
%3762 = mul %3754, %2496 : f32[16] @ models/lib/nn.yaml:80:7
%3763 = add %3762, %3761 : f32[16] @ models/lib/nn.yaml:80:7
%3764 = cast %3756 : f64[] @ models/lib/nn.yaml:80:7
%3765 = pow %2306, %3764 : f64[] @ models/lib/nn.yaml:80:7
%3766 = sub %2287, %3765 : f64[] @ models/lib/nn.yaml:80:7
%3767 = div %1205, %3766 : f64[] @ models/lib/nn.yaml:80:7
%3768 = pow %2314, %3764 : f64[] @ models/lib/nn.yaml:80:7
%3769 = sub %2287, %3768 : f64[] @ models/lib/nn.yaml:80:7
%3770 = sqrt %3769 : f64[] @ models/lib/nn.yaml:80:7
%3771 = div %2287, %3770 : f64[] @ models/lib/nn.yaml:80:7
%3772 = sqrt %3763 : f32[16] @ models/lib/nn.yaml:80:7
%3773 = cast %3771 : f32[] @ models/lib/nn.yaml:80:7
%3774 = broadcast %3773 : f32[16] @ models/lib/nn.yaml:80:7
%3775 = mul %3772, %3774 : f32[16] @ models/lib/nn.yaml:80:7
%3776 = add %3775, %2511 : f32[16] @ models/lib/nn.yaml:80:7
%3777 = div %3759, %3776 : f32[16] @ models/lib/nn.yaml:80:7
%3778 = cast %3767 : f32[] @ models/lib/nn.yaml:80:7
%3779 = broadcast %3778 : f32[16] @ models/lib/nn.yaml:80:7
%3780 = mul %3777, %3779 : f32[16] @ models/lib/nn.yaml:80:7
%3781 = sub %34, %3780 : f32[16] @ models/lib/nn.yaml:80:7
%3782 = assign %34, %3781 : f32[16] @ models/lib/nn.yaml:80:7
%3783 = assign %3753, %3759 : f32[16] @ models/lib/nn.yaml:80:7
%3784 = assign %3754, %3763 : f32[16] @ models/lib/nn.yaml:80:7
%3785 = assign %3755, %3756 : i64[] @ models/lib/nn.yaml:80:7
%3786 = mul %72, %2522 : f32[16] @ models/lib/nn.yaml:80:7
%3787 = mul %3781, %2524 : f32[16] @ models/lib/nn.yaml:80:7
%3788 = add %3786, %3787 : f32[16] @ models/lib/nn.yaml:80:7
%3789 = assign %72, %3788 : f32[16] @ models/lib/nn.yaml:80:7
%3790 = all_reduce_sum %1851 : f32[16] @ models/lib/nn.yaml:89:7
%3791 = mul %3790, %3790 : f32[16] @ models/lib/nn.yaml:89:7
%3792 = reduce_sum %3791 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%3793 = sqrt %3792 : f32[] @ models/lib/nn.yaml:89:7
%3794 = cast %3793 : f64[] @ models/lib/nn.yaml:89:7
%3795 = add %3794, %2283 : f64[] @ models/lib/nn.yaml:89:7
%3796 = div %2285, %3795 : f64[] @ models/lib/nn.yaml:89:7
%3797 = lt %3796, %2287 : bool[] @ models/lib/nn.yaml:89:7
%3798 = cast %3796 : f32[] @ models/lib/nn.yaml:89:7
%3799 = broadcast %3798 : f32[16] @ models/lib/nn.yaml:89:7
%3800 = mul %3790, %3799 : f32[16] @ models/lib/nn.yaml:89:7
%3801 = broadcast %3797 : bool[16] @ models/lib/nn.yaml:89:7
%3802 = select %3801, %3800, %3790 : f32[16] @ models/lib/nn.yaml:89:7
%3803 = state name="adam_m.backbone.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3804 = state name="adam_v.backbone.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3805 = state name="adam_t.backbone.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3806 = add %3805, %2297 : i64[] @ models/lib/nn.yaml:89:7
%3807 = mul %3802, %2488 : f32[16] @ models/lib/nn.yaml:89:7
%3808 = mul %3803, %2490 : f32[16] @ models/lib/nn.yaml:89:7
%3809 = add %3808, %3807 : f32[16] @ models/lib/nn.yaml:89:7
%3810 = mul %3802, %3802 : f32[16] @ models/lib/nn.yaml:89:7
%3811 = mul %3810, %2494 : f32[16] @ models/lib/nn.yaml:89:7
%3812 = mul %3804, %2496 : f32[16] @ models/lib/nn.yaml:89:7
%3813 = add %3812, %3811 : f32[16] @ models/lib/nn.yaml:89:7
%3814 = cast %3806 : f64[] @ models/lib/nn.yaml:89:7
%3815 = pow %2306, %3814 : f64[] @ models/lib/nn.yaml:89:7
%3816 = sub %2287, %3815 : f64[] @ models/lib/nn.yaml:89:7
%3817 = div %1205, %3816 : f64[] @ models/lib/nn.yaml:89:7
%3818 = pow %2314, %3814 : f64[] @ models/lib/nn.yaml:89:7
%3819 = sub %2287, %3818 : f64[] @ models/lib/nn.yaml:89:7
%3820 = sqrt %3819 : f64[] @ models/lib/nn.yaml:89:7
%3821 = div %2287, %3820 : f64[] @ models/lib/nn.yaml:89:7
%3822 = sqrt %3813 : f32[16] @ models/lib/nn.yaml:89:7
%3823 = cast %3821 : f32[] @ models/lib/nn.yaml:89:7
%3824 = broadcast %3823 : f32[16] @ models/lib/nn.yaml:89:7
%3825 = mul %3822, %3824 : f32[16] @ models/lib/nn.yaml:89:7
%3826 = add %3825, %2511 : f32[16] @ models/lib/nn.yaml:89:7
%3827 = div %3809, %3826 : f32[16] @ models/lib/nn.yaml:89:7
%3828 = cast %3817 : f32[] @ models/lib/nn.yaml:89:7
%3829 = broadcast %3828 : f32[16] @ models/lib/nn.yaml:89:7
%3830 = mul %3827, %3829 : f32[16] @ models/lib/nn.yaml:89:7
%3831 = sub %35, %3830 : f32[16] @ models/lib/nn.yaml:89:7
%3832 = assign %35, %3831 : f32[16] @ models/lib/nn.yaml:89:7
%3833 = assign %3803, %3809 : f32[16] @ models/lib/nn.yaml:89:7
%3834 = assign %3804, %3813 : f32[16] @ models/lib/nn.yaml:89:7
%3835 = assign %3805, %3806 : i64[] @ models/lib/nn.yaml:89:7
%3836 = mul %73, %2522 : f32[16] @ models/lib/nn.yaml:89:7
%3837 = mul %3831, %2524 : f32[16] @ models/lib/nn.yaml:89:7
%3838 = add %3836, %3837 : f32[16] @ models/lib/nn.yaml:89:7
%3839 = assign %73, %3838 : f32[16] @ models/lib/nn.yaml:89:7
%3840 = all_reduce_sum %1846 : f32[16] @ models/lib/nn.yaml:90:7
%3841 = mul %3840, %3840 : f32[16] @ models/lib/nn.yaml:90:7
%3842 = reduce_sum %3841 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%3843 = sqrt %3842 : f32[] @ models/lib/nn.yaml:90:7
%3844 = cast %3843 : f64[] @ models/lib/nn.yaml:90:7
%3845 = add %3844, %2283 : f64[] @ models/lib/nn.yaml:90:7
%3846 = div %2285, %3845 : f64[] @ models/lib/nn.yaml:90:7
%3847 = lt %3846, %2287 : bool[] @ models/lib/nn.yaml:90:7
%3848 = cast %3846 : f32[] @ models/lib/nn.yaml:90:7
%3849 = broadcast %3848 : f32[16] @ models/lib/nn.yaml:90:7
%3850 = mul %3840, %3849 : f32[16] @ models/lib/nn.yaml:90:7
%3851 = broadcast %3847 : bool[16] @ models/lib/nn.yaml:90:7
%3852 = select %3851, %3850, %3840 : f32[16] @ models/lib/nn.yaml:90:7
%3853 = state name="adam_m.backbone.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3854 = state name="adam_v.backbone.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3855 = state name="adam_t.backbone.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3856 = add %3855, %2297 : i64[] @ models/lib/nn.yaml:90:7
%3857 = mul %3852, %2488 : f32[16] @ models/lib/nn.yaml:90:7
%3858 = mul %3853, %2490 : f32[16] @ models/lib/nn.yaml:90:7
%3859 = add %3858, %3857 : f32[16] @ models/lib/nn.yaml:90:7
%3860 = mul %3852, %3852 : f32[16] @ models/lib/nn.yaml:90:7
%3861 = mul %3860, %2494 : f32[16] @ models/lib/nn.yaml:90:7
%3862 = mul %3854, %2496 : f32[16] @ models/lib/nn.yaml:90:7
%3863 = add %3862, %3861 : f32[16] @ models/lib/nn.yaml:90:7
%3864 = cast %3856 : f64[] @ models/lib/nn.yaml:90:7
%3865 = pow %2306, %3864 : f64[] @ models/lib/nn.yaml:90:7
%3866 = sub %2287, %3865 : f64[] @ models/lib/nn.yaml:90:7
%3867 = div %1205, %3866 : f64[] @ models/lib/nn.yaml:90:7
%3868 = pow %2314, %3864 : f64[] @ models/lib/nn.yaml:90:7
%3869 = sub %2287, %3868 : f64[] @ models/lib/nn.yaml:90:7
%3870 = sqrt %3869 : f64[] @ models/lib/nn.yaml:90:7
%3871 = div %2287, %3870 : f64[] @ models/lib/nn.yaml:90:7
%3872 = sqrt %3863 : f32[16] @ models/lib/nn.yaml:90:7
%3873 = cast %3871 : f32[] @ models/lib/nn.yaml:90:7
%3874 = broadcast %3873 : f32[16] @ models/lib/nn.yaml:90:7
%3875 = mul %3872, %3874 : f32[16] @ models/lib/nn.yaml:90:7
%3876 = add %3875, %2511 : f32[16] @ models/lib/nn.yaml:90:7
%3877 = div %3859, %3876 : f32[16] @ models/lib/nn.yaml:90:7
%3878 = cast %3867 : f32[] @ models/lib/nn.yaml:90:7
%3879 = broadcast %3878 : f32[16] @ models/lib/nn.yaml:90:7
%3880 = mul %3877, %3879 : f32[16] @ models/lib/nn.yaml:90:7
%3881 = sub %36, %3880 : f32[16] @ models/lib/nn.yaml:90:7
%3882 = assign %36, %3881 : f32[16] @ models/lib/nn.yaml:90:7
%3883 = assign %3853, %3859 : f32[16] @ models/lib/nn.yaml:90:7
%3884 = assign %3854, %3863 : f32[16] @ models/lib/nn.yaml:90:7
%3885 = assign %3855, %3856 : i64[] @ models/lib/nn.yaml:90:7
%3886 = mul %74, %2522 : f32[16] @ models/lib/nn.yaml:90:7
%3887 = mul %3881, %2524 : f32[16] @ models/lib/nn.yaml:90:7
%3888 = add %3886, %3887 : f32[16] @ models/lib/nn.yaml:90:7
%3889 = assign %74, %3888 : f32[16] @ models/lib/nn.yaml:90:7
%3890 = all_reduce_sum %1839 : f32[24,16] @ models/lib/nn.yaml:79:7
%3891 = reshape %3890 : f32[384] @ models/lib/nn.yaml:79:7
%3892 = mul %3891, %3891 : f32[384] @ models/lib/nn.yaml:79:7
%3893 = reduce_sum %3892 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3894 = sqrt %3893 : f32[] @ models/lib/nn.yaml:79:7
%3895 = cast %3894 : f64[] @ models/lib/nn.yaml:79:7
%3896 = add %3895, %2283 : f64[] @ models/lib/nn.yaml:79:7
%3897 = div %2285, %3896 : f64[] @ models/lib/nn.yaml:79:7
%3898 = lt %3897, %2287 : bool[] @ models/lib/nn.yaml:79:7
%3899 = cast %3897 : f32[] @ models/lib/nn.yaml:79:7
%3900 = broadcast %3899 : f32[24,16] @ models/lib/nn.yaml:79:7
%3901 = mul %3890, %3900 : f32[24,16] @ models/lib/nn.yaml:79:7
%3902 = broadcast %3898 : bool[24,16] @ models/lib/nn.yaml:79:7
%3903 = select %3902, %3901, %3890 : f32[24,16] @ models/lib/nn.yaml:79:7
%3904 = state name="adam_m.head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%3905 = state name="adam_v.head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%3906 = state name="adam_t.head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3907 = add %3906, %2297 : i64[] @ models/lib/nn.yaml:79:7
%3908 = broadcast %2301 : f32[24,16] @ models/lib/nn.yaml:79:7
%3909 = mul %37, %3908 : f32[24,16] @ models/lib/nn.yaml:79:7
%3910 = broadcast %1089 : f32[24,16] @ models/lib/nn.yaml:79:7
%3911 = mul %3903, %3910 : f32[24,16] @ models/lib/nn.yaml:79:7
%3912 = broadcast %641 : f32[24,16] @ models/lib/nn.yaml:79:7
%3913 = mul %3904, %3912 : f32[24,16] @ models/lib/nn.yaml:79:7
%3914 = add %3913, %3911 : f32[24,16] @ models/lib/nn.yaml:79:7
%3915 = mul %3903, %3903 : f32[24,16] @ models/lib/nn.yaml:79:7
%3916 = broadcast %2311 : f32[24,16] @ models/lib/nn.yaml:79:7
%3917 = mul %3915, %3916 : f32[24,16] @ models/lib/nn.yaml:79:7
%3918 = broadcast %2315 : f32[24,16] @ models/lib/nn.yaml:79:7
%3919 = mul %3905, %3918 : f32[24,16] @ models/lib/nn.yaml:79:7
%3920 = add %3919, %3917 : f32[24,16] @ models/lib/nn.yaml:79:7
%3921 = cast %3907 : f64[] @ models/lib/nn.yaml:79:7
%3922 = pow %2306, %3921 : f64[] @ models/lib/nn.yaml:79:7
%3923 = sub %2287, %3922 : f64[] @ models/lib/nn.yaml:79:7
%3924 = div %1205, %3923 : f64[] @ models/lib/nn.yaml:79:7
%3925 = pow %2314, %3921 : f64[] @ models/lib/nn.yaml:79:7
%3926 = sub %2287, %3925 : f64[] @ models/lib/nn.yaml:79:7
%3927 = sqrt %3926 : f64[] @ models/lib/nn.yaml:79:7
%3928 = div %2287, %3927 : f64[] @ models/lib/nn.yaml:79:7
%3929 = sqrt %3920 : f32[24,16] @ models/lib/nn.yaml:79:7
%3930 = cast %3928 : f32[] @ models/lib/nn.yaml:79:7
%3931 = broadcast %3930 : f32[24,16] @ models/lib/nn.yaml:79:7
%3932 = mul %3929, %3931 : f32[24,16] @ models/lib/nn.yaml:79:7
%3933 = broadcast %2331 : f32[24,16] @ models/lib/nn.yaml:79:7
%3934 = add %3932, %3933 : f32[24,16] @ models/lib/nn.yaml:79:7
%3935 = div %3914, %3934 : f32[24,16] @ models/lib/nn.yaml:79:7
%3936 = cast %3924 : f32[] @ models/lib/nn.yaml:79:7
%3937 = broadcast %3936 : f32[24,16] @ models/lib/nn.yaml:79:7
%3938 = mul %3935, %3937 : f32[24,16] @ models/lib/nn.yaml:79:7
%3939 = sub %3909, %3938 : f32[24,16] @ models/lib/nn.yaml:79:7
%3940 = assign %37, %3939 : f32[24,16] @ models/lib/nn.yaml:79:7
%3941 = assign %3904, %3914 : f32[24,16] @ models/lib/nn.yaml:79:7
%3942 = assign %3905, %3920 : f32[24,16] @ models/lib/nn.yaml:79:7
%3943 = assign %3906, %3907 : i64[] @ models/lib/nn.yaml:79:7
%3944 = broadcast %3 : f32[24,16] @ models/lib/nn.yaml:79:7
%3945 = mul %75, %3944 : f32[24,16] @ models/lib/nn.yaml:79:7
%3946 = broadcast %2346 : f32[24,16] @ models/lib/nn.yaml:79:7
%3947 = mul %3939, %3946 : f32[24,16] @ models/lib/nn.yaml:79:7
%3948 = add %3945, %3947 : f32[24,16] @ models/lib/nn.yaml:79:7
%3949 = assign %75, %3948 : f32[24,16] @ models/lib/nn.yaml:79:7
%3950 = all_reduce_sum %1836 : f32[24] @ models/lib/nn.yaml:80:7
%3951 = mul %3950, %3950 : f32[24] @ models/lib/nn.yaml:80:7
%3952 = reduce_sum %3951 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3953 = sqrt %3952 : f32[] @ models/lib/nn.yaml:80:7
%3954 = cast %3953 : f64[] @ models/lib/nn.yaml:80:7
%3955 = add %3954, %2283 : f64[] @ models/lib/nn.yaml:80:7
%3956 = div %2285, %3955 : f64[] @ models/lib/nn.yaml:80:7
%3957 = lt %3956, %2287 : bool[] @ models/lib/nn.yaml:80:7
%3958 = cast %3956 : f32[] @ models/lib/nn.yaml:80:7
%3959 = broadcast %3958 : f32[24] @ models/lib/nn.yaml:80:7
%3960 = mul %3950, %3959 : f32[24] @ models/lib/nn.yaml:80:7
%3961 = broadcast %3957 : bool[24] @ models/lib/nn.yaml:80:7
%3962 = select %3961, %3960, %3950 : f32[24] @ models/lib/nn.yaml:80:7
%3963 = state name="adam_m.head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%3964 = state name="adam_v.head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%3965 = state name="adam_t.head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3966 = add %3965, %2297 : i64[] @ models/lib/nn.yaml:80:7
%3967 = broadcast %1089 : f32[24] @ models/lib/nn.yaml:80:7
%3968 = mul %3962, %3967 : f32[24] @ models/lib/nn.yaml:80:7
%3969 = broadcast %641 : f32[24] @ models/lib/nn.yaml:80:7
%3970 = mul %3963, %3969 : f32[24] @ models/lib/nn.yaml:80:7
%3971 = add %3970, %3968 : f32[24] @ models/lib/nn.yaml:80:7
%3972 = mul %3962, %3962 : f32[24] @ models/lib/nn.yaml:80:7
%3973 = broadcast %2311 : f32[24] @ models/lib/nn.yaml:80:7
%3974 = mul %3972, %3973 : f32[24] @ models/lib/nn.yaml:80:7
%3975 = broadcast %2315 : f32[24] @ models/lib/nn.yaml:80:7
%3976 = mul %3964, %3975 : f32[24] @ models/lib/nn.yaml:80:7
%3977 = add %3976, %3974 : f32[24] @ models/lib/nn.yaml:80:7
%3978 = cast %3966 : f64[] @ models/lib/nn.yaml:80:7
%3979 = pow %2306, %3978 : f64[] @ models/lib/nn.yaml:80:7
%3980 = sub %2287, %3979 : f64[] @ models/lib/nn.yaml:80:7
%3981 = div %1205, %3980 : f64[] @ models/lib/nn.yaml:80:7
%3982 = pow %2314, %3978 : f64[] @ models/lib/nn.yaml:80:7
%3983 = sub %2287, %3982 : f64[] @ models/lib/nn.yaml:80:7
%3984 = sqrt %3983 : f64[] @ models/lib/nn.yaml:80:7
%3985 = div %2287, %3984 : f64[] @ models/lib/nn.yaml:80:7
%3986 = sqrt %3977 : f32[24] @ models/lib/nn.yaml:80:7
%3987 = cast %3985 : f32[] @ models/lib/nn.yaml:80:7
%3988 = broadcast %3987 : f32[24] @ models/lib/nn.yaml:80:7
%3989 = mul %3986, %3988 : f32[24] @ models/lib/nn.yaml:80:7
%3990 = broadcast %2331 : f32[24] @ models/lib/nn.yaml:80:7
%3991 = add %3989, %3990 : f32[24] @ models/lib/nn.yaml:80:7
%3992 = div %3971, %3991 : f32[24] @ models/lib/nn.yaml:80:7
%3993 = cast %3981 : f32[] @ models/lib/nn.yaml:80:7
%3994 = broadcast %3993 : f32[24] @ models/lib/nn.yaml:80:7
%3995 = mul %3992, %3994 : f32[24] @ models/lib/nn.yaml:80:7
%3996 = sub %38, %3995 : f32[24] @ models/lib/nn.yaml:80:7
%3997 = assign %38, %3996 : f32[24] @ models/lib/nn.yaml:80:7
%3998 = assign %3963, %3971 : f32[24] @ models/lib/nn.yaml:80:7
%3999 = assign %3964, %3977 : f32[24] @ models/lib/nn.yaml:80:7
%4000 = assign %3965, %3966 : i64[] @ models/lib/nn.yaml:80:7
%4001 = broadcast %3 : f32[24] @ models/lib/nn.yaml:80:7
%4002 = mul %76, %4001 : f32[24] @ models/lib/nn.yaml:80:7
%4003 = broadcast %2346 : f32[24] @ models/lib/nn.yaml:80:7
%4004 = mul %3996, %4003 : f32[24] @ models/lib/nn.yaml:80:7
%4005 = add %4002, %4004 : f32[24] @ models/lib/nn.yaml:80:7
%4006 = assign %76, %4005 : f32[24] @ models/lib/nn.yaml:80:7
%4007 = all_reduce_sum %1818 : f32[24,24] @ models/lib/nn.yaml:79:7
%4008 = reshape %4007 : f32[576] @ models/lib/nn.yaml:79:7
%4009 = mul %4008, %4008 : f32[576] @ models/lib/nn.yaml:79:7
%4010 = reduce_sum %4009 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4011 = sqrt %4010 : f32[] @ models/lib/nn.yaml:79:7
%4012 = cast %4011 : f64[] @ models/lib/nn.yaml:79:7
%4013 = add %4012, %2283 : f64[] @ models/lib/nn.yaml:79:7
%4014 = div %2285, %4013 : f64[] @ models/lib/nn.yaml:79:7
%4015 = lt %4014, %2287 : bool[] @ models/lib/nn.yaml:79:7
%4016 = cast %4014 : f32[] @ models/lib/nn.yaml:79:7
%4017 = broadcast %4016 : f32[24,24] @ models/lib/nn.yaml:79:7
%4018 = mul %4007, %4017 : f32[24,24] @ models/lib/nn.yaml:79:7
%4019 = broadcast %4015 : bool[24,24] @ models/lib/nn.yaml:79:7
%4020 = select %4019, %4018, %4007 : f32[24,24] @ models/lib/nn.yaml:79:7
%4021 = state name="adam_m.head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%4022 = state name="adam_v.head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%4023 = state name="adam_t.head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4024 = add %4023, %2297 : i64[] @ models/lib/nn.yaml:79:7
%4025 = broadcast %2301 : f32[24,24] @ models/lib/nn.yaml:79:7
%4026 = mul %39, %4025 : f32[24,24] @ models/lib/nn.yaml:79:7
%4027 = broadcast %1089 : f32[24,24] @ models/lib/nn.yaml:79:7
%4028 = mul %4020, %4027 : f32[24,24] @ models/lib/nn.yaml:79:7
%4029 = broadcast %641 : f32[24,24] @ models/lib/nn.yaml:79:7
%4030 = mul %4021, %4029 : f32[24,24] @ models/lib/nn.yaml:79:7
%4031 = add %4030, %4028 : f32[24,24] @ models/lib/nn.yaml:79:7
%4032 = mul %4020, %4020 : f32[24,24] @ models/lib/nn.yaml:79:7
%4033 = broadcast %2311 : f32[24,24] @ models/lib/nn.yaml:79:7
%4034 = mul %4032, %4033 : f32[24,24] @ models/lib/nn.yaml:79:7
%4035 = broadcast %2315 : f32[24,24] @ models/lib/nn.yaml:79:7
%4036 = mul %4022, %4035 : f32[24,24] @ models/lib/nn.yaml:79:7
%4037 = add %4036, %4034 : f32[24,24] @ models/lib/nn.yaml:79:7
%4038 = cast %4024 : f64[] @ models/lib/nn.yaml:79:7
%4039 = pow %2306, %4038 : f64[] @ models/lib/nn.yaml:79:7
%4040 = sub %2287, %4039 : f64[] @ models/lib/nn.yaml:79:7
%4041 = div %1205, %4040 : f64[] @ models/lib/nn.yaml:79:7
%4042 = pow %2314, %4038 : f64[] @ models/lib/nn.yaml:79:7
%4043 = sub %2287, %4042 : f64[] @ models/lib/nn.yaml:79:7
%4044 = sqrt %4043 : f64[] @ models/lib/nn.yaml:79:7
%4045 = div %2287, %4044 : f64[] @ models/lib/nn.yaml:79:7
%4046 = sqrt %4037 : f32[24,24] @ models/lib/nn.yaml:79:7
%4047 = cast %4045 : f32[] @ models/lib/nn.yaml:79:7
%4048 = broadcast %4047 : f32[24,24] @ models/lib/nn.yaml:79:7
%4049 = mul %4046, %4048 : f32[24,24] @ models/lib/nn.yaml:79:7
%4050 = broadcast %2331 : f32[24,24] @ models/lib/nn.yaml:79:7
%4051 = add %4049, %4050 : f32[24,24] @ models/lib/nn.yaml:79:7
%4052 = div %4031, %4051 : f32[24,24] @ models/lib/nn.yaml:79:7
%4053 = cast %4041 : f32[] @ models/lib/nn.yaml:79:7
%4054 = broadcast %4053 : f32[24,24] @ models/lib/nn.yaml:79:7
%4055 = mul %4052, %4054 : f32[24,24] @ models/lib/nn.yaml:79:7
%4056 = sub %4026, %4055 : f32[24,24] @ models/lib/nn.yaml:79:7
%4057 = assign %39, %4056 : f32[24,24] @ models/lib/nn.yaml:79:7
%4058 = assign %4021, %4031 : f32[24,24] @ models/lib/nn.yaml:79:7
%4059 = assign %4022, %4037 : f32[24,24] @ models/lib/nn.yaml:79:7
%4060 = assign %4023, %4024 : i64[] @ models/lib/nn.yaml:79:7
%4061 = broadcast %3 : f32[24,24] @ models/lib/nn.yaml:79:7
%4062 = mul %77, %4061 : f32[24,24] @ models/lib/nn.yaml:79:7
%4063 = broadcast %2346 : f32[24,24] @ models/lib/nn.yaml:79:7
%4064 = mul %4056, %4063 : f32[24,24] @ models/lib/nn.yaml:79:7
%4065 = add %4062, %4064 : f32[24,24] @ models/lib/nn.yaml:79:7
%4066 = assign %77, %4065 : f32[24,24] @ models/lib/nn.yaml:79:7
%4067 = all_reduce_sum %1815 : f32[24] @ models/lib/nn.yaml:80:7
%4068 = mul %4067, %4067 : f32[24] @ models/lib/nn.yaml:80:7
%4069 = reduce_sum %4068 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%4070 = sqrt %4069 : f32[] @ models/lib/nn.yaml:80:7
%4071 = cast %4070 : f64[] @ models/lib/nn.yaml:80:7
%4072 = add %4071, %2283 : f64[] @ models/lib/nn.yaml:80:7
%4073 = div %2285, %4072 : f64[] @ models/lib/nn.yaml:80:7
%4074 = lt %4073, %2287 : bool[] @ models/lib/nn.yaml:80:7
%4075 = cast %4073 : f32[] @ models/lib/nn.yaml:80:7
%4076 = broadcast %4075 : f32[24] @ models/lib/nn.yaml:80:7
%4077 = mul %4067, %4076 : f32[24] @ models/lib/nn.yaml:80:7
%4078 = broadcast %4074 : bool[24] @ models/lib/nn.yaml:80:7
%4079 = select %4078, %4077, %4067 : f32[24] @ models/lib/nn.yaml:80:7
%4080 = state name="adam_m.head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%4081 = state name="adam_v.head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%4082 = state name="adam_t.head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4083 = add %4082, %2297 : i64[] @ models/lib/nn.yaml:80:7
%4084 = mul %4079, %3967 : f32[24] @ models/lib/nn.yaml:80:7
%4085 = mul %4080, %3969 : f32[24] @ models/lib/nn.yaml:80:7
%4086 = add %4085, %4084 : f32[24] @ models/lib/nn.yaml:80:7
%4087 = mul %4079, %4079 : f32[24] @ models/lib/nn.yaml:80:7
%4088 = mul %4087, %3973 : f32[24] @ models/lib/nn.yaml:80:7
%4089 = mul %4081, %3975 : f32[24] @ models/lib/nn.yaml:80:7
%4090 = add %4089, %4088 : f32[24] @ models/lib/nn.yaml:80:7
%4091 = cast %4083 : f64[] @ models/lib/nn.yaml:80:7
%4092 = pow %2306, %4091 : f64[] @ models/lib/nn.yaml:80:7
%4093 = sub %2287, %4092 : f64[] @ models/lib/nn.yaml:80:7
%4094 = div %1205, %4093 : f64[] @ models/lib/nn.yaml:80:7
%4095 = pow %2314, %4091 : f64[] @ models/lib/nn.yaml:80:7
%4096 = sub %2287, %4095 : f64[] @ models/lib/nn.yaml:80:7
%4097 = sqrt %4096 : f64[] @ models/lib/nn.yaml:80:7
%4098 = div %2287, %4097 : f64[] @ models/lib/nn.yaml:80:7
%4099 = sqrt %4090 : f32[24] @ models/lib/nn.yaml:80:7
%4100 = cast %4098 : f32[] @ models/lib/nn.yaml:80:7
%4101 = broadcast %4100 : f32[24] @ models/lib/nn.yaml:80:7
%4102 = mul %4099, %4101 : f32[24] @ models/lib/nn.yaml:80:7
%4103 = add %4102, %3990 : f32[24] @ models/lib/nn.yaml:80:7
%4104 = div %4086, %4103 : f32[24] @ models/lib/nn.yaml:80:7
%4105 = cast %4094 : f32[] @ models/lib/nn.yaml:80:7
%4106 = broadcast %4105 : f32[24] @ models/lib/nn.yaml:80:7
%4107 = mul %4104, %4106 : f32[24] @ models/lib/nn.yaml:80:7
%4108 = sub %40, %4107 : f32[24] @ models/lib/nn.yaml:80:7
%4109 = assign %40, %4108 : f32[24] @ models/lib/nn.yaml:80:7
%4110 = assign %4080, %4086 : f32[24] @ models/lib/nn.yaml:80:7
%4111 = assign %4081, %4090 : f32[24] @ models/lib/nn.yaml:80:7
%4112 = assign %4082, %4083 : i64[] @ models/lib/nn.yaml:80:7
%4113 = mul %78, %4001 : f32[24] @ models/lib/nn.yaml:80:7
%4114 = mul %4108, %4003 : f32[24] @ models/lib/nn.yaml:80:7
%4115 = add %4113, %4114 : f32[24] @ models/lib/nn.yaml:80:7
%4116 = assign %78, %4115 : f32[24] @ models/lib/nn.yaml:80:7
%4117 = all_reduce_sum %1797 : f32[8,24] @ models/lib/nn.yaml:79:7
%4118 = reshape %4117 : f32[192] @ models/lib/nn.yaml:79:7
%4119 = mul %4118, %4118 : f32[192] @ models/lib/nn.yaml:79:7
%4120 = reduce_sum %4119 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4121 = sqrt %4120 : f32[] @ models/lib/nn.yaml:79:7
%4122 = cast %4121 : f64[] @ models/lib/nn.yaml:79:7
%4123 = add %4122, %2283 : f64[] @ models/lib/nn.yaml:79:7
%4124 = div %2285, %4123 : f64[] @ models/lib/nn.yaml:79:7
%4125 = lt %4124, %2287 : bool[] @ models/lib/nn.yaml:79:7
%4126 = cast %4124 : f32[] @ models/lib/nn.yaml:79:7
%4127 = broadcast %4126 : f32[8,24] @ models/lib/nn.yaml:79:7
%4128 = mul %4117, %4127 : f32[8,24] @ models/lib/nn.yaml:79:7
%4129 = broadcast %4125 : bool[8,24] @ models/lib/nn.yaml:79:7
%4130 = select %4129, %4128, %4117 : f32[8,24] @ models/lib/nn.yaml:79:7
%4131 = state name="adam_m.head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%4132 = state name="adam_v.head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%4133 = state name="adam_t.head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4134 = add %4133, %2297 : i64[] @ models/lib/nn.yaml:79:7
%4135 = broadcast %2301 : f32[8,24] @ models/lib/nn.yaml:79:7
%4136 = mul %41, %4135 : f32[8,24] @ models/lib/nn.yaml:79:7
%4137 = broadcast %1089 : f32[8,24] @ models/lib/nn.yaml:79:7
%4138 = mul %4130, %4137 : f32[8,24] @ models/lib/nn.yaml:79:7
%4139 = broadcast %641 : f32[8,24] @ models/lib/nn.yaml:79:7
%4140 = mul %4131, %4139 : f32[8,24] @ models/lib/nn.yaml:79:7
%4141 = add %4140, %4138 : f32[8,24] @ models/lib/nn.yaml:79:7
%4142 = mul %4130, %4130 : f32[8,24] @ models/lib/nn.yaml:79:7
%4143 = broadcast %2311 : f32[8,24] @ models/lib/nn.yaml:79:7
%4144 = mul %4142, %4143 : f32[8,24] @ models/lib/nn.yaml:79:7
%4145 = broadcast %2315 : f32[8,24] @ models/lib/nn.yaml:79:7
%4146 = mul %4132, %4145 : f32[8,24] @ models/lib/nn.yaml:79:7
%4147 = add %4146, %4144 : f32[8,24] @ models/lib/nn.yaml:79:7
%4148 = cast %4134 : f64[] @ models/lib/nn.yaml:79:7
%4149 = pow %2306, %4148 : f64[] @ models/lib/nn.yaml:79:7
%4150 = sub %2287, %4149 : f64[] @ models/lib/nn.yaml:79:7
%4151 = div %1205, %4150 : f64[] @ models/lib/nn.yaml:79:7
%4152 = pow %2314, %4148 : f64[] @ models/lib/nn.yaml:79:7
%4153 = sub %2287, %4152 : f64[] @ models/lib/nn.yaml:79:7
%4154 = sqrt %4153 : f64[] @ models/lib/nn.yaml:79:7
%4155 = div %2287, %4154 : f64[] @ models/lib/nn.yaml:79:7
%4156 = sqrt %4147 : f32[8,24] @ models/lib/nn.yaml:79:7
%4157 = cast %4155 : f32[] @ models/lib/nn.yaml:79:7
%4158 = broadcast %4157 : f32[8,24] @ models/lib/nn.yaml:79:7
%4159 = mul %4156, %4158 : f32[8,24] @ models/lib/nn.yaml:79:7
%4160 = broadcast %2331 : f32[8,24] @ models/lib/nn.yaml:79:7
%4161 = add %4159, %4160 : f32[8,24] @ models/lib/nn.yaml:79:7
%4162 = div %4141, %4161 : f32[8,24] @ models/lib/nn.yaml:79:7
%4163 = cast %4151 : f32[] @ models/lib/nn.yaml:79:7
%4164 = broadcast %4163 : f32[8,24] @ models/lib/nn.yaml:79:7
%4165 = mul %4162, %4164 : f32[8,24] @ models/lib/nn.yaml:79:7
%4166 = sub %4136, %4165 : f32[8,24] @ models/lib/nn.yaml:79:7
%4167 = assign %41, %4166 : f32[8,24] @ models/lib/nn.yaml:79:7
%4168 = assign %4131, %4141 : f32[8,24] @ models/lib/nn.yaml:79:7
%4169 = assign %4132, %4147 : f32[8,24] @ models/lib/nn.yaml:79:7
%4170 = assign %4133, %4134 : i64[] @ models/lib/nn.yaml:79:7
%4171 = broadcast %3 : f32[8,24] @ models/lib/nn.yaml:79:7
%4172 = mul %79, %4171 : f32[8,24] @ models/lib/nn.yaml:79:7
%4173 = broadcast %2346 : f32[8,24] @ models/lib/nn.yaml:79:7
%4174 = mul %4166, %4173 : f32[8,24] @ models/lib/nn.yaml:79:7
%4175 = add %4172, %4174 : f32[8,24] @ models/lib/nn.yaml:79:7
%4176 = assign %79, %4175 : f32[8,24] @ models/lib/nn.yaml:79:7
%4177 = all_reduce_sum %1794 : f32[8] @ models/lib/nn.yaml:80:7
%4178 = mul %4177, %4177 : f32[8] @ models/lib/nn.yaml:80:7
%4179 = reduce_sum %4178 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%4180 = sqrt %4179 : f32[] @ models/lib/nn.yaml:80:7
%4181 = cast %4180 : f64[] @ models/lib/nn.yaml:80:7
%4182 = add %4181, %2283 : f64[] @ models/lib/nn.yaml:80:7
%4183 = div %2285, %4182 : f64[] @ models/lib/nn.yaml:80:7
%4184 = lt %4183, %2287 : bool[] @ models/lib/nn.yaml:80:7
%4185 = cast %4183 : f32[] @ models/lib/nn.yaml:80:7
%4186 = broadcast %4185 : f32[8] @ models/lib/nn.yaml:80:7
%4187 = mul %4177, %4186 : f32[8] @ models/lib/nn.yaml:80:7
%4188 = broadcast %4184 : bool[8] @ models/lib/nn.yaml:80:7
%4189 = select %4188, %4187, %4177 : f32[8] @ models/lib/nn.yaml:80:7
%4190 = state name="adam_m.head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%4191 = state name="adam_v.head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%4192 = state name="adam_t.head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4193 = add %4192, %2297 : i64[] @ models/lib/nn.yaml:80:7
%4194 = broadcast %1089 : f32[8] @ models/lib/nn.yaml:80:7
%4195 = mul %4189, %4194 : f32[8] @ models/lib/nn.yaml:80:7
%4196 = broadcast %641 : f32[8] @ models/lib/nn.yaml:80:7
%4197 = mul %4190, %4196 : f32[8] @ models/lib/nn.yaml:80:7
%4198 = add %4197, %4195 : f32[8] @ models/lib/nn.yaml:80:7
%4199 = mul %4189, %4189 : f32[8] @ models/lib/nn.yaml:80:7
%4200 = broadcast %2311 : f32[8] @ models/lib/nn.yaml:80:7
%4201 = mul %4199, %4200 : f32[8] @ models/lib/nn.yaml:80:7
%4202 = broadcast %2315 : f32[8] @ models/lib/nn.yaml:80:7
%4203 = mul %4191, %4202 : f32[8] @ models/lib/nn.yaml:80:7
%4204 = add %4203, %4201 : f32[8] @ models/lib/nn.yaml:80:7
%4205 = cast %4193 : f64[] @ models/lib/nn.yaml:80:7
%4206 = pow %2306, %4205 : f64[] @ models/lib/nn.yaml:80:7
%4207 = sub %2287, %4206 : f64[] @ models/lib/nn.yaml:80:7
%4208 = div %1205, %4207 : f64[] @ models/lib/nn.yaml:80:7
%4209 = pow %2314, %4205 : f64[] @ models/lib/nn.yaml:80:7
%4210 = sub %2287, %4209 : f64[] @ models/lib/nn.yaml:80:7
%4211 = sqrt %4210 : f64[] @ models/lib/nn.yaml:80:7
%4212 = div %2287, %4211 : f64[] @ models/lib/nn.yaml:80:7
%4213 = sqrt %4204 : f32[8] @ models/lib/nn.yaml:80:7
%4214 = cast %4212 : f32[] @ models/lib/nn.yaml:80:7
%4215 = broadcast %4214 : f32[8] @ models/lib/nn.yaml:80:7
%4216 = mul %4213, %4215 : f32[8] @ models/lib/nn.yaml:80:7
%4217 = broadcast %2331 : f32[8] @ models/lib/nn.yaml:80:7
%4218 = add %4216, %4217 : f32[8] @ models/lib/nn.yaml:80:7
%4219 = div %4198, %4218 : f32[8] @ models/lib/nn.yaml:80:7
%4220 = cast %4208 : f32[] @ models/lib/nn.yaml:80:7
%4221 = broadcast %4220 : f32[8] @ models/lib/nn.yaml:80:7
%4222 = mul %4219, %4221 : f32[8] @ models/lib/nn.yaml:80:7
%4223 = sub %42, %4222 : f32[8] @ models/lib/nn.yaml:80:7
%4224 = assign %42, %4223 : f32[8] @ models/lib/nn.yaml:80:7
%4225 = assign %4190, %4198 : f32[8] @ models/lib/nn.yaml:80:7
%4226 = assign %4191, %4204 : f32[8] @ models/lib/nn.yaml:80:7
%4227 = assign %4192, %4193 : i64[] @ models/lib/nn.yaml:80:7
%4228 = broadcast %3 : f32[8] @ models/lib/nn.yaml:80:7
%4229 = mul %80, %4228 : f32[8] @ models/lib/nn.yaml:80:7
%4230 = broadcast %2346 : f32[8] @ models/lib/nn.yaml:80:7
%4231 = mul %4223, %4230 : f32[8] @ models/lib/nn.yaml:80:7
%4232 = add %4229, %4231 : f32[8] @ models/lib/nn.yaml:80:7
%4233 = assign %80, %4232 : f32[8] @ models/lib/nn.yaml:80:7
%4234 = broadcast %3 : f32[32,1] @ models/lib/dino.yaml:18:7
%4235 = mul %81, %4234 : f32[32,1] @ models/lib/dino.yaml:18:7
%4236 = broadcast %2346 : f32[32,1] @ models/lib/dino.yaml:18:7
%4237 = mul %43, %4236 : f32[32,1] @ models/lib/dino.yaml:18:7
%4238 = add %4235, %4237 : f32[32,1] @ models/lib/dino.yaml:18:7
%4239 = assign %81, %4238 : f32[32,1] @ models/lib/dino.yaml:18:7
%4240 = all_reduce_sum %1773 : f32[32,8] @ models/lib/dino.yaml:19:7
%4241 = reshape %4240 : f32[256] @ models/lib/dino.yaml:19:7
%4242 = mul %4241, %4241 : f32[256] @ models/lib/dino.yaml:19:7
%4243 = reduce_sum %4242 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%4244 = sqrt %4243 : f32[] @ models/lib/dino.yaml:19:7
%4245 = cast %4244 : f64[] @ models/lib/dino.yaml:19:7
%4246 = add %4245, %2283 : f64[] @ models/lib/dino.yaml:19:7
%4247 = div %2285, %4246 : f64[] @ models/lib/dino.yaml:19:7
%4248 = lt %4247, %2287 : bool[] @ models/lib/dino.yaml:19:7
%4249 = cast %4247 : f32[] @ models/lib/dino.yaml:19:7
%4250 = broadcast %4249 : f32[32,8] @ models/lib/dino.yaml:19:7
%4251 = mul %4240, %4250 : f32[32,8] @ models/lib/dino.yaml:19:7
%4252 = broadcast %4248 : bool[32,8] @ models/lib/dino.yaml:19:7
%4253 = select %4252, %4251, %4240 : f32[32,8] @ models/lib/dino.yaml:19:7
%4254 = state name="adam_m.head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%4255 = state name="adam_v.head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%4256 = state name="adam_t.head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%4257 = add %4256, %2297 : i64[] @ models/lib/dino.yaml:19:7
%4258 = broadcast %2301 : f32[32,8] @ models/lib/dino.yaml:19:7
%4259 = mul %44, %4258 : f32[32,8] @ models/lib/dino.yaml:19:7
%4260 = broadcast %1089 : f32[32,8] @ models/lib/dino.yaml:19:7
%4261 = mul %4253, %4260 : f32[32,8] @ models/lib/dino.yaml:19:7
%4262 = broadcast %641 : f32[32,8] @ models/lib/dino.yaml:19:7
%4263 = mul %4254, %4262 : f32[32,8] @ models/lib/dino.yaml:19:7
%4264 = add %4263, %4261 : f32[32,8] @ models/lib/dino.yaml:19:7
%4265 = mul %4253, %4253 : f32[32,8] @ models/lib/dino.yaml:19:7
%4266 = broadcast %2311 : f32[32,8] @ models/lib/dino.yaml:19:7
%4267 = mul %4265, %4266 : f32[32,8] @ models/lib/dino.yaml:19:7
%4268 = broadcast %2315 : f32[32,8] @ models/lib/dino.yaml:19:7
%4269 = mul %4255, %4268 : f32[32,8] @ models/lib/dino.yaml:19:7
%4270 = add %4269, %4267 : f32[32,8] @ models/lib/dino.yaml:19:7
%4271 = cast %4257 : f64[] @ models/lib/dino.yaml:19:7
%4272 = pow %2306, %4271 : f64[] @ models/lib/dino.yaml:19:7
%4273 = sub %2287, %4272 : f64[] @ models/lib/dino.yaml:19:7
%4274 = div %1205, %4273 : f64[] @ models/lib/dino.yaml:19:7
%4275 = pow %2314, %4271 : f64[] @ models/lib/dino.yaml:19:7
%4276 = sub %2287, %4275 : f64[] @ models/lib/dino.yaml:19:7
%4277 = sqrt %4276 : f64[] @ models/lib/dino.yaml:19:7
%4278 = div %2287, %4277 : f64[] @ models/lib/dino.yaml:19:7
%4279 = sqrt %4270 : f32[32,8] @ models/lib/dino.yaml:19:7
%4280 = cast %4278 : f32[] @ models/lib/dino.yaml:19:7
%4281 = broadcast %4280 : f32[32,8] @ models/lib/dino.yaml:19:7
%4282 = mul %4279, %4281 : f32[32,8] @ models/lib/dino.yaml:19:7
%4283 = broadcast %2331 : f32[32,8] @ models/lib/dino.yaml:19:7
%4284 = add %4282, %4283 : f32[32,8] @ models/lib/dino.yaml:19:7
%4285 = div %4264, %4284 : f32[32,8] @ models/lib/dino.yaml:19:7
%4286 = cast %4274 : f32[] @ models/lib/dino.yaml:19:7
%4287 = broadcast %4286 : f32[32,8] @ models/lib/dino.yaml:19:7
%4288 = mul %4285, %4287 : f32[32,8] @ models/lib/dino.yaml:19:7
%4289 = sub %4259, %4288 : f32[32,8] @ models/lib/dino.yaml:19:7
%4290 = input name="epoch" : i64[] @ models/lib/dino.yaml:19:7
%4291 = lt %4290, %2297 : bool[] @ models/lib/dino.yaml:19:7
%4292 = broadcast %4291 : bool[32,8] @ models/lib/dino.yaml:19:7
%4293 = select %4292, %44, %4289 : f32[32,8] @ models/lib/dino.yaml:19:7
%4294 = select %4292, %4254, %4264 : f32[32,8] @ models/lib/dino.yaml:19:7
%4295 = select %4292, %4255, %4270 : f32[32,8] @ models/lib/dino.yaml:19:7
%4296 = select %4291, %4256, %4257 : i64[] @ models/lib/dino.yaml:19:7
%4297 = assign %44, %4293 : f32[32,8] @ models/lib/dino.yaml:19:7
%4298 = assign %4254, %4294 : f32[32,8] @ models/lib/dino.yaml:19:7
%4299 = assign %4255, %4295 : f32[32,8] @ models/lib/dino.yaml:19:7
%4300 = assign %4256, %4296 : i64[] @ models/lib/dino.yaml:19:7
%4301 = broadcast %3 : f32[32,8] @ models/lib/dino.yaml:19:7
%4302 = mul %82, %4301 : f32[32,8] @ models/lib/dino.yaml:19:7
%4303 = broadcast %2346 : f32[32,8] @ models/lib/dino.yaml:19:7
%4304 = mul %4293, %4303 : f32[32,8] @ models/lib/dino.yaml:19:7
%4305 = add %4302, %4304 : f32[32,8] @ models/lib/dino.yaml:19:7
%4306 = assign %82, %4305 : f32[32,8] @ models/lib/dino.yaml:19:7
%4307 = const data=[inf] : f32[] @ models/dino.yaml:73:3
%4308 = abs %1190 : f32[] @ models/dino.yaml:73:3
%4309 = lt %4308, %4307 : bool[] @ models/dino.yaml:73:3
%4310 = output %4309 name="finite" : bool[] @ models/dino.yaml:73:3
