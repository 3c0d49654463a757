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
%126 = slice %120 lo=[0,0,0,0] hi=[4,2,17,1] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%127 = broadcast %126 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%128 = slice %125 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%129 = broadcast %128 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%130 = mul %127, %129 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%131 = slice %120 lo=[0,0,0,1] hi=[4,2,17,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%132 = broadcast %131 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%133 = slice %125 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%134 = broadcast %133 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%135 = mul %132, %134 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%136 = add %130, %135 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%137 = slice %120 lo=[0,0,0,2] hi=[4,2,17,3] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%138 = broadcast %137 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%139 = slice %125 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%140 = broadcast %139 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%141 = mul %138, %140 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%142 = add %136, %141 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%143 = slice %120 lo=[0,0,0,3] hi=[4,2,17,4] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%144 = broadcast %143 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%145 = slice %125 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%146 = broadcast %145 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%147 = mul %144, %146 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%148 = add %142, %147 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%149 = slice %120 lo=[0,0,0,4] hi=[4,2,17,5] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%150 = broadcast %149 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%151 = slice %125 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%152 = broadcast %151 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%153 = mul %150, %152 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%154 = add %148, %153 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%155 = slice %120 lo=[0,0,0,5] hi=[4,2,17,6] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%156 = broadcast %155 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%157 = slice %125 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%158 = broadcast %157 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%159 = mul %156, %158 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%160 = add %154, %159 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%161 = slice %120 lo=[0,0,0,6] hi=[4,2,17,7] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%162 = broadcast %161 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%163 = slice %125 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%164 = broadcast %163 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%165 = mul %162, %164 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%166 = add %160, %165 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%167 = slice %120 lo=[0,0,0,7] hi=[4,2,17,8] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%168 = broadcast %167 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%169 = slice %125 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%170 = broadcast %169 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%171 = mul %168, %170 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%172 = add %166, %171 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%173 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%174 = broadcast %173 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%175 = mul %172, %174 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%176 = reduce_max %175 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:14:35
%177 = stop_gradient %176 : f32[4,2,17,1] @ models/lib/nn.yaml:14:21
%178 = broadcast %177 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%179 = mul %172, %174 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%180 = sub %179, %178 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%181 = exp %180 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%182 = reduce_sum %181 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:20
%183 = broadcast %182 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%184 = exp %180 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%185 = div %184, %183 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%186 = reshape %185 : f32[4,2,17,17,1] @ models/lib/nn.yaml:56:23
%187 = broadcast %186 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%188 = reshape %124 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%189 = broadcast %188 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%190 = mul %187, %189 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%191 = reduce_sum %190 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%192 = permute %191 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/nn.yaml:56:13
%193 = reshape %192 : f32[4,17,16] @ models/lib/nn.yaml:57:16
%194 = matmul %193, %53 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%195 = broadcast %54 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%196 = add %194, %195 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%197 = add %94, %196 : f32[4,17,16] @ models/lib/nn.yaml:125:15
%198 = reduce_sum %197 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%199 = div %198, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%200 = broadcast %199 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%201 = sub %197, %200 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%202 = mul %201, %201 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%203 = reduce_sum %202 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%204 = div %203, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%205 = add %204, %105 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%206 = rsqrt %205 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%207 = broadcast %206 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%208 = mul %201, %207 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%209 = broadcast %55 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%210 = mul %208, %209 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%211 = broadcast %56 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%212 = add %210, %211 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%213 = matmul %212, %57 ta=0 tb=1 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%214 = broadcast %58 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%215 = add %213, %214 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%216 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%217 = broadcast %216 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%218 = mul %217, %215 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%219 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%220 = broadcast %219 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%221 = mul %215, %220 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%222 = erf %221 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%223 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%224 = broadcast %223 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%225 = add %224, %222 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%226 = mul %218, %225 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%227 = matmul %226, %59 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%228 = broadcast %60 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%229 = add %227, %228 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%230 = add %197, %229 : f32[4,17,16] @ models/lib/nn.yaml:126:18
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
%256 = reshape %255 : f32[4,2,17,8] @ models/lib/nn.yaml:67:40
%257 = permute %254 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%258 = slice %252 lo=[0,0,0,0] hi=[4,2,17,1] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%259 = broadcast %258 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%260 = slice %257 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%261 = broadcast %260 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%262 = mul %259, %261 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%263 = slice %252 lo=[0,0,0,1] hi=[4,2,17,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%264 = broadcast %263 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%265 = slice %257 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%266 = broadcast %265 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%267 = mul %264, %266 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%268 = add %262, %267 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%269 = slice %252 lo=[0,0,0,2] hi=[4,2,17,3] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%270 = broadcast %269 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%271 = slice %257 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%272 = broadcast %271 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%273 = mul %270, %272 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%274 = add %268, %273 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%275 = slice %252 lo=[0,0,0,3] hi=[4,2,17,4] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%276 = broadcast %275 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%277 = slice %257 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%278 = broadcast %277 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%279 = mul %276, %278 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%280 = add %274, %279 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%281 = slice %252 lo=[0,0,0,4] hi=[4,2,17,5] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%282 = broadcast %281 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%283 = slice %257 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%284 = broadcast %283 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%285 = mul %282, %284 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%286 = add %280, %285 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%287 = slice %252 lo=[0,0,0,5] hi=[4,2,17,6] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%288 = broadcast %287 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%289 = slice %257 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%290 = broadcast %289 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%291 = mul %288, %290 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%292 = add %286, %291 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%293 = slice %252 lo=[0,0,0,6] hi=[4,2,17,7] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%294 = broadcast %293 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%295 = slice %257 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%296 = broadcast %295 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%297 = mul %294, %296 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%298 = add %292, %297 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%299 = slice %252 lo=[0,0,0,7] hi=[4,2,17,8] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%300 = broadcast %299 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%301 = slice %257 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%302 = broadcast %301 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%303 = mul %300, %302 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%304 = add %298, %303 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%305 = mul %304, %174 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%306 = reduce_max %305 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:14:35
%307 = stop_gradient %306 : f32[4,2,17,1] @ models/lib/nn.yaml:14:21
%308 = broadcast %307 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%309 = mul %304, %174 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%310 = sub %309, %308 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%311 = exp %310 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%312 = reduce_sum %311 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:20
%313 = broadcast %312 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%314 = exp %310 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%315 = div %314, %313 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%316 = reshape %315 : f32[4,2,17,17,1] @ models/lib/nn.yaml:56:23
%317 = broadcast %316 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%318 = reshape %256 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%319 = broadcast %318 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%320 = mul %317, %319 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%321 = reduce_sum %320 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%322 = permute %321 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/nn.yaml:56:13
%323 = reshape %322 : f32[4,17,16] @ models/lib/nn.yaml:57:16
%324 = matmul %323, %65 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%325 = broadcast %66 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%326 = add %324, %325 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%327 = add %230, %326 : f32[4,17,16] @ models/lib/nn.yaml:125:15
%328 = reduce_sum %327 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%329 = div %328, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%330 = broadcast %329 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%331 = sub %327, %330 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%332 = mul %331, %331 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%333 = reduce_sum %332 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%334 = div %333, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%335 = add %334, %105 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%336 = rsqrt %335 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%337 = broadcast %336 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%338 = mul %331, %337 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%339 = broadcast %67 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%340 = mul %338, %339 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%341 = broadcast %68 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%342 = add %340, %341 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%343 = matmul %342, %69 ta=0 tb=1 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%344 = broadcast %70 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%345 = add %343, %344 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%346 = mul %217, %345 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%347 = mul %345, %220 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%348 = erf %347 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%349 = add %224, %348 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%350 = mul %346, %349 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%351 = matmul %350, %71 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%352 = broadcast %72 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%353 = add %351, %352 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%354 = add %327, %353 : f32[4,17,16] @ models/lib/nn.yaml:126:18
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
%375 = broadcast %216 : f32[4,24] @ models/lib/nn.yaml:27:20
%376 = mul %375, %374 : f32[4,24] @ models/lib/nn.yaml:27:20
%377 = broadcast %219 : f32[4,24] @ models/lib/nn.yaml:27:37
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
%494 = mul %493, %174 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%495 = reduce_max %494 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:14:35
%496 = stop_gradient %495 : f32[4,2,17,1] @ models/lib/nn.yaml:14:21
%497 = broadcast %496 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%498 = mul %493, %174 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%499 = sub %498, %497 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%500 = exp %499 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%501 = reduce_sum %500 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:20
%502 = broadcast %501 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%503 = exp %499 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%504 = div %503, %502 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%505 = reshape %504 : f32[4,2,17,17,1] @ models/lib/nn.yaml:56:23
%506 = broadcast %505 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%507 = reshape %445 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
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
%535 = mul %534, %220 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%536 = erf %535 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%537 = mul %217, %534 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%538 = add %224, %536 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%539 = mul %537, %538 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%540 = matmul %539, %21 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%541 = broadcast %22 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%542 = add %540, %541 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%543 = add %516, %542 : f32[4,17,16] @ models/lib/nn.yaml:126:18
%544 = reduce_sum %543 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%545 = div %544, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%546 = broadcast %545 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%547 = sub %543, %546 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%548 = mul %547, %547 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%549 = reduce_sum %548 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%550 = div %549, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%551 = add %550, %105 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%552 = rsqrt %551 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%553 = broadcast %552 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%554 = mul %547, %553 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%555 = broadcast %23 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%556 = mul %554, %555 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%557 = broadcast %24 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%558 = add %556, %557 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%559 = matmul %558, %25 ta=0 tb=1 : f32[4,17,48] @ models/lib/nn.yaml:83:15
%560 = broadcast %26 : f32[4,17,48] @ models/lib/nn.yaml:84:18
%561 = add %559, %560 : f32[4,17,48] @ models/lib/nn.yaml:84:18
%562 = reshape %561 : f32[4,17,3,2,8] @ models/lib/nn.yaml:66:21
%563 = permute %562 perm=[2,0,3,1,4] : f32[3,4,2,17,8] @ models/lib/nn.yaml:66:13
%564 = slice %563 lo=[0,0,0,0,0] hi=[1,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:28
%565 = reshape %564 : f32[4,2,17,8] @ models/lib/nn.yaml:67:28
%566 = slice %563 lo=[1,0,0,0,0] hi=[2,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:34
%567 = reshape %566 : f32[4,2,17,8] @ models/lib/nn.yaml:67:34
%568 = slice %563 lo=[2,0,0,0,0] hi=[3,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:40
%569 = reshape %568 : f32[4,2,17,8] @ models/lib/nn.yaml:67:40
%570 = permute %567 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%571 = slice %565 lo=[0,0,0,0] hi=[4,2,17,1] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%572 = broadcast %571 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%573 = slice %570 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%574 = broadcast %573 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%575 = mul %572, %574 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%576 = slice %565 lo=[0,0,0,1] hi=[4,2,17,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%577 = broadcast %576 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%578 = slice %570 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%579 = broadcast %578 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%580 = mul %577, %579 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%581 = add %575, %580 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%582 = slice %565 lo=[0,0,0,2] hi=[4,2,17,3] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%583 = broadcast %582 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%584 = slice %570 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%585 = broadcast %584 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%586 = mul %583, %585 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%587 = add %581, %586 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%588 = slice %565 lo=[0,0,0,3] hi=[4,2,17,4] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%589 = broadcast %588 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%590 = slice %570 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%591 = broadcast %590 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%592 = mul %589, %591 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%593 = add %587, %592 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%594 = slice %565 lo=[0,0,0,4] hi=[4,2,17,5] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%595 = broadcast %594 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%596 = slice %570 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%597 = broadcast %596 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%598 = mul %595, %597 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%599 = add %593, %598 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%600 = slice %565 lo=[0,0,0,5] hi=[4,2,17,6] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%601 = broadcast %600 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%602 = slice %570 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%603 = broadcast %602 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%604 = mul %601, %603 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%605 = add %599, %604 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%606 = slice %565 lo=[0,0,0,6] hi=[4,2,17,7] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%607 = broadcast %606 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%608 = slice %570 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%609 = broadcast %608 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%610 = mul %607, %609 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%611 = add %605, %610 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%612 = slice %565 lo=[0,0,0,7] hi=[4,2,17,8] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%613 = broadcast %612 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%614 = slice %570 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%615 = broadcast %614 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%616 = mul %613, %615 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%617 = add %611, %616 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%618 = mul %617, %174 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%619 = reduce_max %618 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:14:35
%620 = stop_gradient %619 : f32[4,2,17,1] @ models/lib/nn.yaml:14:21
%621 = broadcast %620 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%622 = mul %617, %174 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%623 = sub %622, %621 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%624 = exp %623 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%625 = reduce_sum %624 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:20
%626 = broadcast %625 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%627 = exp %623 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%628 = div %627, %626 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%629 = reshape %628 : f32[4,2,17,17,1] @ models/lib/nn.yaml:56:23
%630 = broadcast %629 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%631 = reshape %569 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%632 = broadcast %631 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%633 = mul %630, %632 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%634 = reduce_sum %633 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%635 = permute %634 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/nn.yaml:56:13
%636 = reshape %635 : f32[4,17,16] @ models/lib/nn.yaml:57:16
%637 = matmul %636, %27 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%638 = broadcast %28 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%639 = add %637, %638 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%640 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%641 = broadcast %640 : f32[4,17,16] @ models/lib/nn.yaml:50:38
%642 = div %639, %641 : f32[4,17,16] @ models/lib/nn.yaml:50:38
%643 = input name="seed" : i64[] @ models/lib/nn.yaml:43:13
%644 = rand_uniform %643 stream=1 : f32[4] @ models/lib/nn.yaml:43:13
%645 = broadcast %640 : f32[4] @ models/lib/nn.yaml:44:35
%646 = add %645, %644 : f32[4] @ models/lib/nn.yaml:44:35
%647 = floor %646 : f32[4] @ models/lib/nn.yaml:44:24
%648 = reshape %647 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%649 = broadcast %648 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%650 = mul %642, %649 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%651 = add %543, %650 : f32[4,17,16] @ models/lib/nn.yaml:125:15
%652 = reduce_sum %651 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%653 = div %652, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%654 = broadcast %653 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%655 = sub %651, %654 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%656 = mul %655, %655 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%657 = reduce_sum %656 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%658 = div %657, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%659 = add %658, %105 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%660 = rsqrt %659 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%661 = broadcast %660 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%662 = mul %655, %661 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%663 = broadcast %29 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%664 = mul %662, %663 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%665 = broadcast %30 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%666 = add %664, %665 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%667 = matmul %666, %31 ta=0 tb=1 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%668 = broadcast %32 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%669 = add %667, %668 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%670 = mul %669, %220 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%671 = erf %670 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%672 = mul %217, %669 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%673 = add %224, %671 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%674 = mul %672, %673 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%675 = matmul %674, %33 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%676 = broadcast %34 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%677 = add %675, %676 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%678 = div %677, %641 : f32[4,17,16] @ models/lib/nn.yaml:50:38
%679 = rand_uniform %643 stream=2 : f32[4] @ models/lib/nn.yaml:43:13
%680 = add %645, %679 : f32[4] @ models/lib/nn.yaml:44:35
%681 = floor %680 : f32[4] @ models/lib/nn.yaml:44:24
%682 = reshape %681 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%683 = broadcast %682 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%684 = mul %678, %683 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%685 = add %651, %684 : f32[4,17,16] @ models/lib/nn.yaml:126:18
%686 = reduce_sum %685 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%687 = div %686, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%688 = broadcast %687 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%689 = sub %685, %688 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%690 = mul %689, %689 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%691 = reduce_sum %690 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%692 = div %691, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%693 = add %692, %105 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%694 = rsqrt %693 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%695 = broadcast %694 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%696 = mul %689, %695 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%697 = broadcast %35 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%698 = mul %696, %697 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%699 = broadcast %36 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%700 = add %698, %699 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%701 = slice %700 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino.yaml:44:34
%702 = reshape %701 : f32[4,16] @ models/dino.yaml:44:34
%703 = matmul %702, %37 ta=0 tb=1 : f32[4,24] @ models/lib/nn.yaml:83:15
%704 = broadcast %38 : f32[4,24] @ models/lib/nn.yaml:84:18
%705 = add %703, %704 : f32[4,24] @ models/lib/nn.yaml:84:18
%706 = mul %705, %377 : f32[4,24] @ models/lib/nn.yaml:27:37
%707 = erf %706 : f32[4,24] @ models/lib/nn.yaml:27:31
%708 = mul %375, %705 : f32[4,24] @ models/lib/nn.yaml:27:20
%709 = add %380, %707 : f32[4,24] @ models/lib/nn.yaml:27:29
%710 = mul %708, %709 : f32[4,24] @ models/lib/nn.yaml:27:24
%711 = matmul %710, %39 ta=0 tb=1 : f32[4,24] @ models/lib/nn.yaml:83:15
%712 = broadcast %40 : f32[4,24] @ models/lib/nn.yaml:84:18
%713 = add %711, %712 : f32[4,24] @ models/lib/nn.yaml:84:18
%714 = mul %713, %377 : f32[4,24] @ models/lib/nn.yaml:27:37
%715 = erf %714 : f32[4,24] @ models/lib/nn.yaml:27:31
%716 = mul %375, %713 : f32[4,24] @ models/lib/nn.yaml:27:20
%717 = add %380, %715 : f32[4,24] @ models/lib/nn.yaml:27:29
%718 = mul %716, %717 : f32[4,24] @ models/lib/nn.yaml:27:24
%719 = matmul %718, %41 ta=0 tb=1 : f32[4,8] @ models/lib/nn.yaml:83:15
%720 = broadcast %42 : f32[4,8] @ models/lib/nn.yaml:84:18
%721 = add %719, %720 : f32[4,8] @ models/lib/nn.yaml:84:18
%722 = mul %721, %721 : f32[4,8] @ models/lib/nn.yaml:33:35
%723 = reduce_sum %722 axes=[1] keep=1 : f32[4,1] @ models/lib/nn.yaml:33:29
%724 = sqrt %723 : f32[4,1] @ models/lib/nn.yaml:33:24
%725 = max %724, %398 : f32[4,1] @ models/lib/nn.yaml:33:20
%726 = broadcast %725 : f32[4,8] @ models/lib/nn.yaml:33:18
%727 = div %721, %726 : f32[4,8] @ models/lib/nn.yaml:33:18
%728 = broadcast %43 : f32[32,8] @ models/lib/dino.yaml:22:22
%729 = mul %728, %44 : f32[32,8] @ models/lib/dino.yaml:22:22
%730 = mul %44, %44 : f32[32,8] @ models/lib/dino.yaml:22:53
%731 = reduce_sum %730 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%732 = sqrt %731 : f32[32,1] @ models/lib/dino.yaml:22:35
%733 = broadcast %732 : f32[32,8] @ models/lib/dino.yaml:22:33
%734 = div %729, %733 : f32[32,8] @ models/lib/dino.yaml:22:33
%735 = matmul %727, %734 ta=0 tb=1 : f32[4,32] @ models/lib/dino.yaml:23:18
%736 = slice %735 lo=[0,0] hi=[2,32] : f32[2,32] @ models/dino.yaml:65:20
%737 = slice %735 lo=[2,0] hi=[4,32] : f32[2,32] @ models/dino.yaml:65:20
%738 = reshape %6 : f32[4,3,3,4,3,4] @ models/lib/vit.yaml:15:21
%739 = permute %738 perm=[0,2,4,1,3,5] : f32[4,3,3,3,4,4] @ models/lib/vit.yaml:15:13
%740 = reshape %739 : f32[4,9,48] @ models/lib/vit.yaml:16:13
%741 = matmul %740, %412 ta=0 tb=1 : f32[4,9,16] @ models/lib/vit.yaml:17:18
%742 = broadcast %10 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%743 = add %741, %742 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%744 = concat %416, %743 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:61:13
%745 = slice %8 lo=[0,0,0] hi=[1,1,16] : f32[1,1,16] @ models/lib/vit.yaml:41:46
%746 = slice %8 lo=[0,1,0] hi=[1,17,16] : f32[1,16,16] @ models/lib/vit.yaml:41:72
%747 = resize_matrix n=4 scale=0.775 : f32[3,4] @ models/lib/vit.yaml:31:13
%748 = reshape %746 : f32[4,64] @ models/lib/vit.yaml:32:17
%749 = matmul %747, %748 ta=0 tb=0 : f32[3,64] @ models/lib/vit.yaml:32:15
%750 = reshape %749 : f32[3,4,16] @ models/lib/vit.yaml:33:21
%751 = permute %750 perm=[1,0,2] : f32[4,3,16] @ models/lib/vit.yaml:33:13
%752 = reshape %751 : f32[4,48] @ models/lib/vit.yaml:34:17
%753 = matmul %747, %752 ta=0 tb=0 : f32[3,48] @ models/lib/vit.yaml:34:15
%754 = reshape %753 : f32[3,3,16] @ models/lib/vit.yaml:35:21
%755 = permute %754 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%756 = reshape %755 : f32[1,9,16] @ models/lib/vit.yaml:36:16
%757 = concat %745, %756 axis=1 : f32[1,10,16] @ models/lib/vit.yaml:41:36
%758 = broadcast %757 : f32[4,10,16] @ models/lib/vit.yaml:62:15
%759 = add %744, %758 : f32[4,10,16] @ models/lib/vit.yaml:62:15
%760 = reduce_sum %759 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%761 = broadcast %96 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%762 = div %760, %761 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%763 = broadcast %762 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%764 = sub %759, %763 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%765 = mul %764, %764 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%766 = reduce_sum %765 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%767 = div %766, %761 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%768 = broadcast %104 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%769 = add %767, %768 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%770 = rsqrt %769 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%771 = broadcast %770 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%772 = mul %764, %771 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%773 = broadcast %11 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%774 = mul %772, %773 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%775 = broadcast %12 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%776 = add %774, %775 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%777 = matmul %776, %13 ta=0 tb=1 : f32[4,10,48] @ models/lib/nn.yaml:83:15
%778 = broadcast %14 : f32[4,10,48] @ models/lib/nn.yaml:84:18
%779 = add %777, %778 : f32[4,10,48] @ models/lib/nn.yaml:84:18
%780 = reshape %779 : f32[4,10,3,2,8] @ models/lib/nn.yaml:66:21
%781 = permute %780 perm=[2,0,3,1,4] : f32[3,4,2,10,8] @ models/lib/nn.yaml:66:13
%782 = slice %781 lo=[0,0,0,0,0] hi=[1,4,2,10,8] : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:28
%783 = reshape %782 : f32[4,2,10,8] @ models/lib/nn.yaml:67:28
%784 = slice %781 lo=[1,0,0,0,0] hi=[2,4,2,10,8] : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:34
%785 = reshape %784 : f32[4,2,10,8] @ models/lib/nn.yaml:67:34
%786 = slice %781 lo=[2,0,0,0,0] hi=[3,4,2,10,8] : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:40
%787 = reshape %786 : f32[4,2,10,8] @ models/lib/nn.yaml:67:40
%788 = permute %785 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%789 = slice %783 lo=[0,0,0,0] hi=[4,2,10,1] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%790 = broadcast %789 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%791 = slice %788 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%792 = broadcast %791 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%793 = mul %790, %792 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%794 = slice %783 lo=[0,0,0,1] hi=[4,2,10,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%795 = broadcast %794 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%796 = slice %788 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%797 = broadcast %796 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%798 = mul %795, %797 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%799 = add %793, %798 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%800 = slice %783 lo=[0,0,0,2] hi=[4,2,10,3] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%801 = broadcast %800 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%802 = slice %788 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%803 = broadcast %802 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%804 = mul %801, %803 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%805 = add %799, %804 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%806 = slice %783 lo=[0,0,0,3] hi=[4,2,10,4] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%807 = broadcast %806 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%808 = slice %788 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%809 = broadcast %808 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%810 = mul %807, %809 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%811 = add %805, %810 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%812 = slice %783 lo=[0,0,0,4] hi=[4,2,10,5] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%813 = broadcast %812 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%814 = slice %788 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%815 = broadcast %814 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%816 = mul %813, %815 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%817 = add %811, %816 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%818 = slice %783 lo=[0,0,0,5] hi=[4,2,10,6] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%819 = broadcast %818 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%820 = slice %788 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%821 = broadcast %820 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%822 = mul %819, %821 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%823 = add %817, %822 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%824 = slice %783 lo=[0,0,0,6] hi=[4,2,10,7] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%825 = broadcast %824 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%826 = slice %788 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%827 = broadcast %826 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%828 = mul %825, %827 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%829 = add %823, %828 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%830 = slice %783 lo=[0,0,0,7] hi=[4,2,10,8] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%831 = broadcast %830 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%832 = slice %788 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%833 = broadcast %832 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%834 = mul %831, %833 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%835 = add %829, %834 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%836 = broadcast %173 : f32[4,2,10,10] @ models/lib/nn.yaml:55:29
%837 = mul %835, %836 : f32[4,2,10,10] @ models/lib/nn.yaml:55:29
%838 = reduce_max %837 axes=[3] keep=1 : f32[4,2,10,1] @ models/lib/nn.yaml:14:35
%839 = stop_gradient %838 : f32[4,2,10,1] @ models/lib/nn.yaml:14:21
%840 = broadcast %839 : f32[4,2,10,10] @ models/lib/nn.yaml:14:19
%841 = mul %835, %836 : f32[4,2,10,10] @ models/lib/nn.yaml:55:29
%842 = sub %841, %840 : f32[4,2,10,10] @ models/lib/nn.yaml:14:19
%843 = exp %842 : f32[4,2,10,10] @ models/lib/nn.yaml:14:13
%844 = reduce_sum %843 axes=[3] keep=1 : f32[4,2,10,1] @ models/lib/nn.yaml:15:20
%845 = broadcast %844 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%846 = exp %842 : f32[4,2,10,10] @ models/lib/nn.yaml:14:13
%847 = div %846, %845 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%848 = reshape %847 : f32[4,2,10,10,1] @ models/lib/nn.yaml:56:23
%849 = broadcast %848 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%850 = reshape %787 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%851 = broadcast %850 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%852 = mul %849, %851 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%853 = reduce_sum %852 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%854 = permute %853 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/nn.yaml:56:13
%855 = reshape %854 : f32[4,10,16] @ models/lib/nn.yaml:57:16
%856 = matmul %855, %15 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%857 = broadcast %16 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%858 = add %856, %857 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%859 = add %759, %858 : f32[4,10,16] @ models/lib/nn.yaml:125:15
%860 = reduce_sum %859 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%861 = div %860, %761 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%862 = broadcast %861 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%863 = sub %859, %862 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%864 = mul %863, %863 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%865 = reduce_sum %864 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%866 = div %865, %761 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%867 = add %866, %768 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%868 = rsqrt %867 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%869 = broadcast %868 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%870 = mul %863, %869 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%871 = broadcast %17 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%872 = mul %870, %871 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%873 = broadcast %18 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%874 = add %872, %873 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%875 = matmul %874, %19 ta=0 tb=1 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%876 = broadcast %20 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%877 = add %875, %876 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%878 = broadcast %216 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%879 = broadcast %219 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%880 = mul %877, %879 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%881 = erf %880 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%882 = broadcast %223 : f32[4,10,64] @ models/lib/nn.yaml:27:29
%883 = mul %878, %877 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%884 = add %882, %881 : f32[4,10,64] @ models/lib/nn.yaml:27:29
%885 = mul %883, %884 : f32[4,10,64] @ models/lib/nn.yaml:27:24
%886 = matmul %885, %21 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%887 = broadcast %22 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%888 = add %886, %887 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%889 = add %859, %888 : f32[4,10,16] @ models/lib/nn.yaml:126:18
%890 = reduce_sum %889 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%891 = div %890, %761 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%892 = broadcast %891 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%893 = sub %889, %892 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%894 = mul %893, %893 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%895 = reduce_sum %894 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%896 = div %895, %761 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%897 = add %896, %768 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%898 = rsqrt %897 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%899 = broadcast %898 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%900 = mul %893, %899 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%901 = broadcast %23 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%902 = mul %900, %901 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%903 = broadcast %24 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%904 = add %902, %903 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%905 = matmul %904, %25 ta=0 tb=1 : f32[4,10,48] @ models/lib/nn.yaml:83:15
%906 = broadcast %26 : f32[4,10,48] @ models/lib/nn.yaml:84:18
%907 = add %905, %906 : f32[4,10,48] @ models/lib/nn.yaml:84:18
%908 = reshape %907 : f32[4,10,3,2,8] @ models/lib/nn.yaml:66:21
%909 = permute %908 perm=[2,0,3,1,4] : f32[3,4,2,10,8] @ models/lib/nn.yaml:66:13
%910 = slice %909 lo=[0,0,0,0,0] hi=[1,4,2,10,8] : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:28
%911 = reshape %910 : f32[4,2,10,8] @ models/lib/nn.yaml:67:28
%912 = slice %909 lo=[1,0,0,0,0] hi=[2,4,2,10,8] : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:34
%913 = reshape %912 : f32[4,2,10,8] @ models/lib/nn.yaml:67:34
%914 = slice %909 lo=[2,0,0,0,0] hi=[3,4,2,10,8] : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:40
%915 = reshape %914 : f32[4,2,10,8] @ models/lib/nn.yaml:67:40
%916 = permute %913 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%917 = slice %911 lo=[0,0,0,0] hi=[4,2,10,1] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%918 = broadcast %917 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%919 = slice %916 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%920 = broadcast %919 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%921 = mul %918, %920 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%922 = slice %911 lo=[0,0,0,1] hi=[4,2,10,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%923 = broadcast %922 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%924 = slice %916 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%925 = broadcast %924 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%926 = mul %923, %925 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%927 = add %921, %926 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%928 = slice %911 lo=[0,0,0,2] hi=[4,2,10,3] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%929 = broadcast %928 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%930 = slice %916 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%931 = broadcast %930 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%932 = mul %929, %931 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%933 = add %927, %932 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%934 = slice %911 lo=[0,0,0,3] hi=[4,2,10,4] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%935 = broadcast %934 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%936 = slice %916 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%937 = broadcast %936 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%938 = mul %935, %937 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%939 = add %933, %938 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%940 = slice %911 lo=[0,0,0,4] hi=[4,2,10,5] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%941 = broadcast %940 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%942 = slice %916 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%943 = broadcast %942 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%944 = mul %941, %943 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%945 = add %939, %944 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%946 = slice %911 lo=[0,0,0,5] hi=[4,2,10,6] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%947 = broadcast %946 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%948 = slice %916 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%949 = broadcast %948 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%950 = mul %947, %949 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%951 = add %945, %950 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%952 = slice %911 lo=[0,0,0,6] hi=[4,2,10,7] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%953 = broadcast %952 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%954 = slice %916 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%955 = broadcast %954 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%956 = mul %953, %955 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%957 = add %951, %956 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%958 = slice %911 lo=[0,0,0,7] hi=[4,2,10,8] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%959 = broadcast %958 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%960 = slice %916 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%961 = broadcast %960 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%962 = mul %959, %961 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%963 = add %957, %962 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%964 = mul %963, %836 : f32[4,2,10,10] @ models/lib/nn.yaml:55:29
%965 = reduce_max %964 axes=[3] keep=1 : f32[4,2,10,1] @ models/lib/nn.yaml:14:35
%966 = stop_gradient %965 : f32[4,2,10,1] @ models/lib/nn.yaml:14:21
%967 = broadcast %966 : f32[4,2,10,10] @ models/lib/nn.yaml:14:19
%968 = mul %963, %836 : f32[4,2,10,10] @ models/lib/nn.yaml:55:29
%969 = sub %968, %967 : f32[4,2,10,10] @ models/lib/nn.yaml:14:19
%970 = exp %969 : f32[4,2,10,10] @ models/lib/nn.yaml:14:13
%971 = reduce_sum %970 axes=[3] keep=1 : f32[4,2,10,1] @ models/lib/nn.yaml:15:20
%972 = broadcast %971 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%973 = exp %969 : f32[4,2,10,10] @ models/lib/nn.yaml:14:13
%974 = div %973, %972 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%975 = reshape %974 : f32[4,2,10,10,1] @ models/lib/nn.yaml:56:23
%976 = broadcast %975 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%977 = reshape %915 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%978 = broadcast %977 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%979 = mul %976, %978 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%980 = reduce_sum %979 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%981 = permute %980 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/nn.yaml:56:13
%982 = reshape %981 : f32[4,10,16] @ models/lib/nn.yaml:57:16
%983 = matmul %982, %27 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%984 = broadcast %28 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%985 = add %983, %984 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%986 = broadcast %640 : f32[4,10,16] @ models/lib/nn.yaml:50:38
%987 = div %985, %986 : f32[4,10,16] @ models/lib/nn.yaml:50:38
%988 = rand_uniform %643 stream=3 : f32[4] @ models/lib/nn.yaml:43:13
%989 = add %645, %988 : f32[4] @ models/lib/nn.yaml:44:35
%990 = floor %989 : f32[4] @ models/lib/nn.yaml:44:24
%991 = reshape %990 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%992 = broadcast %991 : f32[4,10,16] @ models/lib/nn.yaml:50:51
%993 = mul %987, %992 : f32[4,10,16] @ models/lib/nn.yaml:50:51
%994 = add %889, %993 : f32[4,10,16] @ models/lib/nn.yaml:125:15
%995 = reduce_sum %994 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%996 = div %995, %761 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%997 = broadcast %996 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%998 = sub %994, %997 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%999 = mul %998, %998 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1000 = reduce_sum %999 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1001 = div %1000, %761 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1002 = add %1001, %768 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1003 = rsqrt %1002 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1004 = broadcast %1003 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1005 = mul %998, %1004 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1006 = broadcast %29 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1007 = mul %1005, %1006 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1008 = broadcast %30 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1009 = add %1007, %1008 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1010 = matmul %1009, %31 ta=0 tb=1 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%1011 = broadcast %32 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1012 = add %1010, %1011 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1013 = mul %1012, %879 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%1014 = erf %1013 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1015 = mul %878, %1012 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%1016 = add %882, %1014 : f32[4,10,64] @ models/lib/nn.yaml:27:29
%1017 = mul %1015, %1016 : f32[4,10,64] @ models/lib/nn.yaml:27:24
%1018 = matmul %1017, %33 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1019 = broadcast %34 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1020 = add %1018, %1019 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1021 = div %1020, %986 : f32[4,10,16] @ models/lib/nn.yaml:50:38
%1022 = rand_uniform %643 stream=4 : f32[4] @ models/lib/nn.yaml:43:13
%1023 = add %645, %1022 : f32[4] @ models/lib/nn.yaml:44:35
%1024 = floor %1023 : f32[4] @ models/lib/nn.yaml:44:24
%1025 = reshape %1024 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%1026 = broadcast %1025 : f32[4,10,16] @ models/lib/nn.yaml:50:51
%1027 = mul %1021, %1026 : f32[4,10,16] @ models/lib/nn.yaml:50:51
%1028 = add %994, %1027 : f32[4,10,16] @ models/lib/nn.yaml:126:18
%1029 = reduce_sum %1028 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1030 = div %1029, %761 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1031 = broadcast %1030 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1032 = sub %1028, %1031 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1033 = mul %1032, %1032 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1034 = reduce_sum %1033 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1035 = div %1034, %761 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1036 = add %1035, %768 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1037 = rsqrt %1036 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1038 = broadcast %1037 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1039 = mul %1032, %1038 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1040 = broadcast %35 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1041 = mul %1039, %1040 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1042 = broadcast %36 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1043 = add %1041, %1042 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1044 = slice %1043 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino.yaml:44:34
%1045 = reshape %1044 : f32[4,16] @ models/dino.yaml:44:34
%1046 = matmul %1045, %37 ta=0 tb=1 : f32[4,24] @ models/lib/nn.yaml:83:15
%1047 = add %1046, %704 : f32[4,24] @ models/lib/nn.yaml:84:18
%1048 = mul %1047, %377 : f32[4,24] @ models/lib/nn.yaml:27:37
%1049 = erf %1048 : f32[4,24] @ models/lib/nn.yaml:27:31
%1050 = mul %375, %1047 : f32[4,24] @ models/lib/nn.yaml:27:20
%1051 = add %380, %1049 : f32[4,24] @ models/lib/nn.yaml:27:29
%1052 = mul %1050, %1051 : f32[4,24] @ models/lib/nn.yaml:27:24
%1053 = matmul %1052, %39 ta=0 tb=1 : f32[4,24] @ models/lib/nn.yaml:83:15
%1054 = add %1053, %712 : f32[4,24] @ models/lib/nn.yaml:84:18
%1055 = mul %1054, %377 : f32[4,24] @ models/lib/nn.yaml:27:37
%1056 = erf %1055 : f32[4,24] @ models/lib/nn.yaml:27:31
%1057 = mul %375, %1054 : f32[4,24] @ models/lib/nn.yaml:27:20
%1058 = add %380, %1056 : f32[4,24] @ models/lib/nn.yaml:27:29
%1059 = mul %1057, %1058 : f32[4,24] @ models/lib/nn.yaml:27:24
%1060 = matmul %1059, %41 ta=0 tb=1 : f32[4,8] @ models/lib/nn.yaml:83:15
%1061 = add %1060, %720 : f32[4,8] @ models/lib/nn.yaml:84:18
%1062 = mul %1061, %1061 : f32[4,8] @ models/lib/nn.yaml:33:35
%1063 = reduce_sum %1062 axes=[1] keep=1 : f32[4,1] @ models/lib/nn.yaml:33:29
%1064 = sqrt %1063 : f32[4,1] @ models/lib/nn.yaml:33:24
%1065 = max %1064, %398 : f32[4,1] @ models/lib/nn.yaml:33:20
%1066 = broadcast %1065 : f32[4,8] @ models/lib/nn.yaml:33:18
%1067 = div %1061, %1066 : f32[4,8] @ models/lib/nn.yaml:33:18
%1068 = matmul %1067, %734 ta=0 tb=1 : f32[4,32] @ models/lib/dino.yaml:23:18
%1069 = slice %1068 lo=[0,0] hi=[2,32] : f32[2,32] @ models/dino.yaml:65:20
%1070 = slice %1068 lo=[2,0] hi=[4,32] : f32[2,32] @ models/dino.yaml:65:20
%1071 = broadcast %83 : f32[2,32] @ models/lib/dino.yaml:38:38
%1072 = sub %410, %1071 : f32[2,32] @ models/lib/dino.yaml:38:38
%1073 = broadcast %4 : f32[2,32] @ models/lib/dino.yaml:38:48
%1074 = div %1072, %1073 : f32[2,32] @ models/lib/dino.yaml:38:48
%1075 = reduce_max %1074 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:14:35
%1076 = stop_gradient %1075 : f32[2,1] @ models/lib/nn.yaml:14:21
%1077 = broadcast %1076 : f32[2,32] @ models/lib/nn.yaml:14:19
%1078 = div %1072, %1073 : f32[2,32] @ models/lib/dino.yaml:38:48
%1079 = sub %1078, %1077 : f32[2,32] @ models/lib/nn.yaml:14:19
%1080 = exp %1079 : f32[2,32] @ models/lib/nn.yaml:14:13
%1081 = reduce_sum %1080 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:15:20
%1082 = broadcast %1081 : f32[2,32] @ models/lib/nn.yaml:15:18
%1083 = exp %1079 : f32[2,32] @ models/lib/nn.yaml:14:13
%1084 = div %1083, %1082 : f32[2,32] @ models/lib/nn.yaml:15:18
%1085 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%1086 = broadcast %1085 : f32[2,32] @ models/lib/dino.yaml:39:44
%1087 = div %737, %1086 : f32[2,32] @ models/lib/dino.yaml:39:44
%1088 = reduce_max %1087 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:21:31
%1089 = stop_gradient %1088 : f32[2,1] @ models/lib/nn.yaml:21:17
%1090 = broadcast %1089 : f32[2,32] @ models/lib/nn.yaml:21:15
%1091 = div %737, %1086 : f32[2,32] @ models/lib/dino.yaml:39:44
%1092 = sub %1091, %1090 : f32[2,32] @ models/lib/nn.yaml:21:15
%1093 = exp %1092 : f32[2,32] @ models/lib/nn.yaml:22:28
%1094 = reduce_sum %1093 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:24
%1095 = log %1094 : f32[2,1] @ models/lib/nn.yaml:22:20
%1096 = broadcast %1095 : f32[2,32] @ models/lib/nn.yaml:22:18
%1097 = sub %1092, %1096 : f32[2,32] @ models/lib/nn.yaml:22:18
%1098 = stop_gradient %1084 : f32[2,32] @ models/lib/dino.yaml:38:13
%1099 = mul %1098, %1097 : f32[2,32] @ models/lib/dino.yaml:39:28
%1100 = reduce_sum %1099 axes=[1] keep=0 : f32[2] @ models/lib/dino.yaml:39:22
%1101 = neg %1100 : f32[2] @ models/lib/dino.yaml:39:21
%1102 = reduce_sum %1101 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%1103 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%1104 = div %1102, %1103 : f32[] @ models/lib/dino.yaml:39:16
%1105 = div %1069, %1086 : f32[2,32] @ models/lib/dino.yaml:39:44
%1106 = reduce_max %1105 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:21:31
%1107 = stop_gradient %1106 : f32[2,1] @ models/lib/nn.yaml:21:17
%1108 = broadcast %1107 : f32[2,32] @ models/lib/nn.yaml:21:15
%1109 = div %1069, %1086 : f32[2,32] @ models/lib/dino.yaml:39:44
%1110 = sub %1109, %1108 : f32[2,32] @ models/lib/nn.yaml:21:15
%1111 = exp %1110 : f32[2,32] @ models/lib/nn.yaml:22:28
%1112 = reduce_sum %1111 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:24
%1113 = log %1112 : f32[2,1] @ models/lib/nn.yaml:22:20
%1114 = broadcast %1113 : f32[2,32] @ models/lib/nn.yaml:22:18
%1115 = sub %1110, %1114 : f32[2,32] @ models/lib/nn.yaml:22:18
%1116 = stop_gradient %1084 : f32[2,32] @ models/lib/dino.yaml:38:13
%1117 = mul %1116, %1115 : f32[2,32] @ models/lib/dino.yaml:39:28
%1118 = reduce_sum %1117 axes=[1] keep=0 : f32[2] @ models/lib/dino.yaml:39:22
%1119 = neg %1118 : f32[2] @ models/lib/dino.yaml:39:21
%1120 = reduce_sum %1119 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%1121 = div %1120, %1103 : f32[] @ models/lib/dino.yaml:39:16
%1122 = add %1104, %1121 : f32[] @ models/dino.yaml:76:11
%1123 = div %1070, %1086 : f32[2,32] @ models/lib/dino.yaml:39:44
%1124 = reduce_max %1123 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:21:31
%1125 = stop_gradient %1124 : f32[2,1] @ models/lib/nn.yaml:21:17
%1126 = broadcast %1125 : f32[2,32] @ models/lib/nn.yaml:21:15
%1127 = div %1070, %1086 : f32[2,32] @ models/lib/dino.yaml:39:44
%1128 = sub %1127, %1126 : f32[2,32] @ models/lib/nn.yaml:21:15
%1129 = exp %1128 : f32[2,32] @ models/lib/nn.yaml:22:28
%1130 = reduce_sum %1129 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:24
%1131 = log %1130 : f32[2,1] @ models/lib/nn.yaml:22:20
%1132 = broadcast %1131 : f32[2,32] @ models/lib/nn.yaml:22:18
%1133 = sub %1128, %1132 : f32[2,32] @ models/lib/nn.yaml:22:18
%1134 = stop_gradient %1084 : f32[2,32] @ models/lib/dino.yaml:38:13
%1135 = mul %1134, %1133 : f32[2,32] @ models/lib/dino.yaml:39:28
%1136 = reduce_sum %1135 axes=[1] keep=0 : f32[2] @ models/lib/dino.yaml:39:22
%1137 = neg %1136 : f32[2] @ models/lib/dino.yaml:39:21
%1138 = reduce_sum %1137 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%1139 = div %1138, %1103 : f32[] @ models/lib/dino.yaml:39:16
%1140 = add %1122, %1139 : f32[] @ models/dino.yaml:76:11
%1141 = sub %411, %1071 : f32[2,32] @ models/lib/dino.yaml:38:38
%1142 = div %1141, %1073 : f32[2,32] @ models/lib/dino.yaml:38:48
%1143 = reduce_max %1142 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:14:35
%1144 = stop_gradient %1143 : f32[2,1] @ models/lib/nn.yaml:14:21
%1145 = broadcast %1144 : f32[2,32] @ models/lib/nn.yaml:14:19
%1146 = div %1141, %1073 : f32[2,32] @ models/lib/dino.yaml:38:48
%1147 = sub %1146, %1145 : f32[2,32] @ models/lib/nn.yaml:14:19
%1148 = exp %1147 : f32[2,32] @ models/lib/nn.yaml:14:13
%1149 = reduce_sum %1148 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:15:20
%1150 = broadcast %1149 : f32[2,32] @ models/lib/nn.yaml:15:18
%1151 = exp %1147 : f32[2,32] @ models/lib/nn.yaml:14:13
%1152 = div %1151, %1150 : f32[2,32] @ models/lib/nn.yaml:15:18
%1153 = div %736, %1086 : f32[2,32] @ models/lib/dino.yaml:39:44
%1154 = reduce_max %1153 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:21:31
%1155 = stop_gradient %1154 : f32[2,1] @ models/lib/nn.yaml:21:17
%1156 = broadcast %1155 : f32[2,32] @ models/lib/nn.yaml:21:15
%1157 = div %736, %1086 : f32[2,32] @ models/lib/dino.yaml:39:44
%1158 = sub %1157, %1156 : f32[2,32] @ models/lib/nn.yaml:21:15
%1159 = exp %1158 : f32[2,32] @ models/lib/nn.yaml:22:28
%1160 = reduce_sum %1159 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:24
%1161 = log %1160 : f32[2,1] @ models/lib/nn.yaml:22:20
%1162 = broadcast %1161 : f32[2,32] @ models/lib/nn.yaml:22:18
%1163 = sub %1158, %1162 : f32[2,32] @ models/lib/nn.yaml:22:18
%1164 = stop_gradient %1152 : f32[2,32] @ models/lib/dino.yaml:38:13
%1165 = mul %1164, %1163 : f32[2,32] @ models/lib/dino.yaml:39:28
%1166 = reduce_sum %1165 axes=[1] keep=0 : f32[2] @ models/lib/dino.yaml:39:22
%1167 = neg %1166 : f32[2] @ models/lib/dino.yaml:39:21
%1168 = reduce_sum %1167 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%1169 = div %1168, %1103 : f32[] @ models/lib/dino.yaml:39:16
%1170 = add %1140, %1169 : f32[] @ models/dino.yaml:76:11
%1171 = stop_gradient %1152 : f32[2,32] @ models/lib/dino.yaml:38:13
%1172 = mul %1171, %1115 : f32[2,32] @ models/lib/dino.yaml:39:28
%1173 = reduce_sum %1172 axes=[1] keep=0 : f32[2] @ models/lib/dino.yaml:39:22
%1174 = neg %1173 : f32[2] @ models/lib/dino.yaml:39:21
%1175 = reduce_sum %1174 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%1176 = div %1175, %1103 : f32[] @ models/lib/dino.yaml:39:16
%1177 = add %1170, %1176 : f32[] @ models/dino.yaml:76:11
%1178 = stop_gradient %1152 : f32[2,32] @ models/lib/dino.yaml:38:13
%1179 = mul %1178, %1133 : f32[2,32] @ models/lib/dino.yaml:39:28
%1180 = reduce_sum %1179 axes=[1] keep=0 : f32[2] @ models/lib/dino.yaml:39:22
%1181 = neg %1180 : f32[2] @ models/lib/dino.yaml:39:21
%1182 = reduce_sum %1181 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%1183 = div %1182, %1103 : f32[] @ models/lib/dino.yaml:39:16
%1184 = add %1177, %1183 : f32[] @ models/dino.yaml:76:11
%1185 = const data=[6] : f32[] @ models/dino.yaml:73:3
%1186 = div %1184, %1185 : f32[] @ models/dino.yaml:73:3
%1187 = output %1186 name="loss.dino" : f32[] @ models/dino.yaml:73:3
%1188 = output %1186 name="loss" : f32[] @ models/dino.yaml:73:3
%1189 = broadcast %640 : f32[1,32] @ models/dino.yaml:70:20
%1190 = mul %83, %1189 : f32[1,32] @ models/dino.yaml:70:20
%1191 = concat %410, %411 axis=0 : f32[4,32] @ models/dino.yaml:70:75
%1192 = reduce_sum %1191 axes=[0] keep=1 : f32[1,32] @ models/lib/nn.yaml:73:26
%1193 = all_reduce_sum %1192 : f32[1,32] @ models/lib/nn.yaml:73:16
%1194 = const data=[4] : f32[] @ models/lib/nn.yaml:73:65
%1195 = broadcast %1194 : f32[1,32] @ models/lib/nn.yaml:73:52
%1196 = div %1193, %1195 : f32[1,32] @ models/lib/nn.yaml:73:52
%1197 = broadcast %1085 : f32[1,32] @ models/dino.yaml:70:62
%1198 = mul %1197, %1196 : f32[1,32] @ models/dino.yaml:70:62
%1199 = add %1190, %1198 : f32[1,32] @ models/dino.yaml:70:38
%1200 = assign %83, %1199 : f32[1,32] @ models/dino.yaml:70:13
%1201 = cast %1 : f64[] @ models/dino.yaml:55:3
%1202 = cast %2 : f64[] @ models/dino.yaml:56:3
%1203 = cast %3 : f64[] @ models/dino.yaml:57:3
%1204 = const data=[-0.083333336] : f32[] @ models/lib/dino.yaml:39:21
%1205 = broadcast %1204 : f32[2] @ models/lib/dino.yaml:39:21
%1206 = reshape %1205 : f32[2,1] @ models/lib/dino.yaml:39:22
%1207 = broadcast %1206 : f32[2,32] @ models/lib/dino.yaml:39:22
%1208 = stop_gradient %1152 : f32[2,32] @ models/lib/dino.yaml:38:13
%1209 = mul %1207, %1208 : f32[2,32] @ models/lib/dino.yaml:39:28
%1210 = neg %1209 : f32[2,32] @ models/lib/nn.yaml:22:18
%1211 = reduce_sum %1210 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:18
%1212 = div %1211, %1130 : f32[2,1] @ models/lib/nn.yaml:22:20
%1213 = broadcast %1212 : f32[2,32] @ models/lib/nn.yaml:22:24
%1214 = exp %1128 : f32[2,32] @ models/lib/nn.yaml:22:28
%1215 = mul %1213, %1214 : f32[2,32] @ models/lib/nn.yaml:22:28
%1216 = stop_gradient %1152 : f32[2,32] @ models/lib/dino.yaml:38:13
%1217 = mul %1207, %1216 : f32[2,32] @ models/lib/dino.yaml:39:28
%1218 = add %1217, %1215 : f32[2,32] @ models/lib/nn.yaml:22:28
%1219 = div %1218, %1086 : f32[2,32] @ models/lib/dino.yaml:39:44
%1220 = div %1211, %1112 : f32[2,1] @ models/lib/nn.yaml:22:20
%1221 = broadcast %1220 : f32[2,32] @ models/lib/nn.yaml:22:24
%1222 = exp %1110 : f32[2,32] @ models/lib/nn.yaml:22:28
%1223 = mul %1221, %1222 : f32[2,32] @ models/lib/nn.yaml:22:28
%1224 = stop_gradient %1152 : f32[2,32] @ models/lib/dino.yaml:38:13
%1225 = mul %1207, %1224 : f32[2,32] @ models/lib/dino.yaml:39:28
%1226 = add %1225, %1223 : f32[2,32] @ models/lib/nn.yaml:22:28
%1227 = div %1226, %1086 : f32[2,32] @ models/lib/dino.yaml:39:44
%1228 = div %1211, %1160 : f32[2,1] @ models/lib/nn.yaml:22:20
%1229 = broadcast %1228 : f32[2,32] @ models/lib/nn.yaml:22:24
%1230 = exp %1158 : f32[2,32] @ models/lib/nn.yaml:22:28
%1231 = mul %1229, %1230 : f32[2,32] @ models/lib/nn.yaml:22:28
%1232 = stop_gradient %1152 : f32[2,32] @ models/lib/dino.yaml:38:13
%1233 = mul %1207, %1232 : f32[2,32] @ models/lib/dino.yaml:39:28
%1234 = add %1233, %1231 : f32[2,32] @ models/lib/nn.yaml:22:28
%1235 = div %1234, %1086 : f32[2,32] @ models/lib/dino.yaml:39:44
%1236 = stop_gradient %1084 : f32[2,32] @ models/lib/dino.yaml:38:13
%1237 = mul %1207, %1236 : f32[2,32] @ models/lib/dino.yaml:39:28
%1238 = neg %1237 : f32[2,32] @ models/lib/nn.yaml:22:18
%1239 = reduce_sum %1238 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:18
%1240 = div %1239, %1130 : f32[2,1] @ models/lib/nn.yaml:22:20
%1241 = broadcast %1240 : f32[2,32] @ models/lib/nn.yaml:22:24
%1242 = exp %1128 : f32[2,32] @ models/lib/nn.yaml:22:28
%1243 = mul %1241, %1242 : f32[2,32] @ models/lib/nn.yaml:22:28
%1244 = stop_gradient %1084 : f32[2,32] @ models/lib/dino.yaml:38:13
%1245 = mul %1207, %1244 : f32[2,32] @ models/lib/dino.yaml:39:28
%1246 = add %1245, %1243 : f32[2,32] @ models/lib/nn.yaml:22:28
%1247 = div %1246, %1086 : f32[2,32] @ models/lib/dino.yaml:39:44
%1248 = add %1219, %1247 : f32[2,32] @ models/lib/dino.yaml:39:44
%1249 = div %1239, %1112 : f32[2,1] @ models/lib/nn.yaml:22:20
%1250 = broadcast %1249 : f32[2,32] @ models/lib/nn.yaml:22:24
%1251 = exp %1110 : f32[2,32] @ models/lib/nn.yaml:22:28
%1252 = mul %1250, %1251 : f32[2,32] @ models/lib/nn.yaml:22:28
%1253 = stop_gradient %1084 : f32[2,32] @ models/lib/dino.yaml:38:13
%1254 = mul %1207, %1253 : f32[2,32] @ models/lib/dino.yaml:39:28
%1255 = add %1254, %1252 : f32[2,32] @ models/lib/nn.yaml:22:28
%1256 = div %1255, %1086 : f32[2,32] @ models/lib/dino.yaml:39:44
%1257 = add %1227, %1256 : f32[2,32] @ models/lib/dino.yaml:39:44
%1258 = div %1239, %1094 : f32[2,1] @ models/lib/nn.yaml:22:20
%1259 = broadcast %1258 : f32[2,32] @ models/lib/nn.yaml:22:24
%1260 = exp %1092 : f32[2,32] @ models/lib/nn.yaml:22:28
%1261 = mul %1259, %1260 : f32[2,32] @ models/lib/nn.yaml:22:28
%1262 = stop_gradient %1084 : f32[2,32] @ models/lib/dino.yaml:38:13
%1263 = mul %1207, %1262 : f32[2,32] @ models/lib/dino.yaml:39:28
%1264 = add %1263, %1261 : f32[2,32] @ models/lib/nn.yaml:22:28
%1265 = div %1264, %1086 : f32[2,32] @ models/lib/dino.yaml:39:44
%1266 = concat %1257, %1248 axis=0 : f32[4,32] @ models/dino.yaml:65:20
%1267 = matmul %1266, %734 ta=0 tb=0 : f32[4,8] @ models/lib/dino.yaml:23:18
%1268 = matmul %1266, %1067 ta=1 tb=0 : f32[32,8] @ models/lib/dino.yaml:23:18
%1269 = div %1268, %733 : f32[32,8] @ models/lib/dino.yaml:22:33
%1270 = mul %1269, %734 : f32[32,8] @ models/lib/dino.yaml:22:33
%1271 = neg %1270 : f32[32,8] @ models/lib/dino.yaml:22:33
%1272 = reduce_sum %1271 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%1273 = broadcast %216 : f32[32,1] @ models/lib/dino.yaml:22:35
%1274 = mul %1272, %1273 : f32[32,1] @ models/lib/dino.yaml:22:35
%1275 = div %1274, %732 : f32[32,1] @ models/lib/dino.yaml:22:35
%1276 = broadcast %1275 : f32[32,8] @ models/lib/dino.yaml:22:40
%1277 = mul %1276, %44 : f32[32,8] @ models/lib/dino.yaml:22:53
%1278 = add %1277, %1277 : f32[32,8] @ models/lib/dino.yaml:22:53
%1279 = mul %1269, %728 : f32[32,8] @ models/lib/dino.yaml:22:22
%1280 = add %1278, %1279 : f32[32,8] @ models/lib/dino.yaml:22:22
%1281 = div %1267, %1066 : f32[4,8] @ models/lib/nn.yaml:33:18
%1282 = mul %1281, %1067 : f32[4,8] @ models/lib/nn.yaml:33:18
%1283 = neg %1282 : f32[4,8] @ models/lib/nn.yaml:33:18
%1284 = reduce_sum %1283 axes=[1] keep=1 : f32[4,1] @ models/lib/nn.yaml:33:18
%1285 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%1286 = broadcast %1285 : f32[4,1] @ models/lib/nn.yaml:33:20
%1287 = broadcast %216 : f32[4,1] @ models/lib/nn.yaml:33:20
%1288 = mul %1284, %1287 : f32[4,1] @ models/lib/nn.yaml:33:20
%1289 = sqrt %1063 : f32[4,1] @ models/lib/nn.yaml:33:24
%1290 = eq %1289, %398 : bool[4,1] @ models/lib/nn.yaml:33:20
%1291 = select %1290, %1288, %1286 : f32[4,1] @ models/lib/nn.yaml:33:20
%1292 = sqrt %1063 : f32[4,1] @ models/lib/nn.yaml:33:24
%1293 = gt %1292, %398 : bool[4,1] @ models/lib/nn.yaml:33:20
%1294 = select %1293, %1284, %1291 : f32[4,1] @ models/lib/nn.yaml:33:20
%1295 = mul %1294, %1287 : f32[4,1] @ models/lib/nn.yaml:33:24
%1296 = sqrt %1063 : f32[4,1] @ models/lib/nn.yaml:33:24
%1297 = div %1295, %1296 : f32[4,1] @ models/lib/nn.yaml:33:24
%1298 = broadcast %1297 : f32[4,8] @ models/lib/nn.yaml:33:29
%1299 = mul %1298, %1061 : f32[4,8] @ models/lib/nn.yaml:33:35
%1300 = add %1281, %1299 : f32[4,8] @ models/lib/nn.yaml:33:35
%1301 = add %1300, %1299 : f32[4,8] @ models/lib/nn.yaml:33:35
%1302 = reduce_sum %1301 axes=[0] keep=1 : f32[1,8] @ models/lib/nn.yaml:84:18
%1303 = reshape %1302 : f32[8] @ models/lib/nn.yaml:84:18
%1304 = matmul %1301, %41 ta=0 tb=0 : f32[4,24] @ models/lib/nn.yaml:83:15
%1305 = matmul %1301, %1059 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%1306 = add %380, %1056 : f32[4,24] @ models/lib/nn.yaml:27:29
%1307 = mul %1304, %1306 : f32[4,24] @ models/lib/nn.yaml:27:24
%1308 = mul %375, %1054 : f32[4,24] @ models/lib/nn.yaml:27:20
%1309 = mul %1304, %1308 : f32[4,24] @ models/lib/nn.yaml:27:24
%1310 = mul %1054, %377 : f32[4,24] @ models/lib/nn.yaml:27:37
%1311 = mul %1310, %1310 : f32[4,24] @ models/lib/nn.yaml:27:31
%1312 = neg %1311 : f32[4,24] @ models/lib/nn.yaml:27:31
%1313 = exp %1312 : f32[4,24] @ models/lib/nn.yaml:27:31
%1314 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%1315 = broadcast %1314 : f32[4,24] @ models/lib/nn.yaml:27:31
%1316 = mul %1313, %1315 : f32[4,24] @ models/lib/nn.yaml:27:31
%1317 = mul %1309, %1316 : f32[4,24] @ models/lib/nn.yaml:27:31
%1318 = mul %1317, %377 : f32[4,24] @ models/lib/nn.yaml:27:37
%1319 = mul %1307, %375 : f32[4,24] @ models/lib/nn.yaml:27:20
%1320 = add %1318, %1319 : f32[4,24] @ models/lib/nn.yaml:27:20
%1321 = reduce_sum %1320 axes=[0] keep=1 : f32[1,24] @ models/lib/nn.yaml:84:18
%1322 = reshape %1321 : f32[24] @ models/lib/nn.yaml:84:18
%1323 = matmul %1320, %39 ta=0 tb=0 : f32[4,24] @ models/lib/nn.yaml:83:15
%1324 = matmul %1320, %1052 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%1325 = add %380, %1049 : f32[4,24] @ models/lib/nn.yaml:27:29
%1326 = mul %1323, %1325 : f32[4,24] @ models/lib/nn.yaml:27:24
%1327 = mul %375, %1047 : f32[4,24] @ models/lib/nn.yaml:27:20
%1328 = mul %1323, %1327 : f32[4,24] @ models/lib/nn.yaml:27:24
%1329 = mul %1047, %377 : f32[4,24] @ models/lib/nn.yaml:27:37
%1330 = mul %1329, %1329 : f32[4,24] @ models/lib/nn.yaml:27:31
%1331 = neg %1330 : f32[4,24] @ models/lib/nn.yaml:27:31
%1332 = exp %1331 : f32[4,24] @ models/lib/nn.yaml:27:31
%1333 = mul %1332, %1315 : f32[4,24] @ models/lib/nn.yaml:27:31
%1334 = mul %1328, %1333 : f32[4,24] @ models/lib/nn.yaml:27:31
%1335 = mul %1334, %377 : f32[4,24] @ models/lib/nn.yaml:27:37
%1336 = mul %1326, %375 : f32[4,24] @ models/lib/nn.yaml:27:20
%1337 = add %1335, %1336 : f32[4,24] @ models/lib/nn.yaml:27:20
%1338 = reduce_sum %1337 axes=[0] keep=1 : f32[1,24] @ models/lib/nn.yaml:84:18
%1339 = reshape %1338 : f32[24] @ models/lib/nn.yaml:84:18
%1340 = matmul %1337, %37 ta=0 tb=0 : f32[4,16] @ models/lib/nn.yaml:83:15
%1341 = matmul %1337, %1045 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%1342 = reshape %1340 : f32[4,1,16] @ models/dino.yaml:44:34
%1343 = pad %1342 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/dino.yaml:44:34
%1344 = reduce_sum %1343 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1345 = reshape %1344 : f32[16] @ models/lib/nn.yaml:96:46
%1346 = mul %1343, %1040 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1347 = mul %1343, %1039 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1348 = reduce_sum %1347 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1349 = reshape %1348 : f32[16] @ models/lib/nn.yaml:96:37
%1350 = mul %1346, %1038 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1351 = mul %1346, %1032 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1352 = reduce_sum %1351 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%1353 = mul %1037, %1037 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1354 = mul %1037, %1353 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1355 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%1356 = broadcast %1355 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1357 = mul %1354, %1356 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1358 = mul %1352, %1357 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1359 = div %1358, %761 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1360 = broadcast %1359 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%1361 = mul %1360, %1032 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1362 = add %1350, %1361 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1363 = add %1362, %1361 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1364 = neg %1363 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1365 = reduce_sum %1364 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%1366 = div %1365, %761 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1367 = broadcast %1366 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1368 = add %1363, %1367 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1369 = mul %1368, %1026 : f32[4,10,16] @ models/lib/nn.yaml:50:51
%1370 = div %1369, %986 : f32[4,10,16] @ models/lib/nn.yaml:50:38
%1371 = reduce_sum %1370 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1372 = reshape %1371 : f32[16] @ models/lib/nn.yaml:84:18
%1373 = matmul %1370, %33 ta=0 tb=0 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%1374 = reshape %1017 : f32[40,64] @ models/lib/nn.yaml:83:15
%1375 = reshape %1370 : f32[40,16] @ models/lib/nn.yaml:83:15
%1376 = matmul %1375, %1374 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%1377 = add %882, %1014 : f32[4,10,64] @ models/lib/nn.yaml:27:29
%1378 = mul %1373, %1377 : f32[4,10,64] @ models/lib/nn.yaml:27:24
%1379 = mul %878, %1012 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%1380 = mul %1373, %1379 : f32[4,10,64] @ models/lib/nn.yaml:27:24
%1381 = mul %1012, %879 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%1382 = mul %1381, %1381 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1383 = neg %1382 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1384 = exp %1383 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1385 = broadcast %1314 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1386 = mul %1384, %1385 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1387 = mul %1380, %1386 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1388 = mul %1387, %879 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%1389 = mul %1378, %878 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%1390 = add %1388, %1389 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%1391 = reduce_sum %1390 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%1392 = reshape %1391 : f32[64] @ models/lib/nn.yaml:84:18
%1393 = matmul %1390, %31 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1394 = reshape %1009 : f32[40,16] @ models/lib/nn.yaml:83:15
%1395 = reshape %1390 : f32[40,64] @ models/lib/nn.yaml:83:15
%1396 = matmul %1395, %1394 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%1397 = reduce_sum %1393 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1398 = reshape %1397 : f32[16] @ models/lib/nn.yaml:96:46
%1399 = mul %1393, %1006 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1400 = mul %1393, %1005 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1401 = reduce_sum %1400 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1402 = reshape %1401 : f32[16] @ models/lib/nn.yaml:96:37
%1403 = mul %1399, %1004 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1404 = mul %1399, %998 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1405 = reduce_sum %1404 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%1406 = mul %1003, %1003 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1407 = mul %1003, %1406 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1408 = mul %1407, %1356 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1409 = mul %1405, %1408 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1410 = div %1409, %761 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1411 = broadcast %1410 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%1412 = mul %1411, %998 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1413 = add %1403, %1412 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1414 = add %1413, %1412 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1415 = add %1368, %1414 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1416 = neg %1414 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1417 = reduce_sum %1416 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%1418 = div %1417, %761 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1419 = broadcast %1418 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1420 = add %1415, %1419 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1421 = mul %1420, %992 : f32[4,10,16] @ models/lib/nn.yaml:50:51
%1422 = div %1421, %986 : f32[4,10,16] @ models/lib/nn.yaml:50:38
%1423 = reduce_sum %1422 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1424 = reshape %1423 : f32[16] @ models/lib/nn.yaml:84:18
%1425 = matmul %1422, %27 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1426 = reshape %981 : f32[40,16] @ models/lib/nn.yaml:83:15
%1427 = reshape %1422 : f32[40,16] @ models/lib/nn.yaml:83:15
%1428 = matmul %1427, %1426 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%1429 = reshape %1425 : f32[4,10,2,8] @ models/lib/nn.yaml:57:16
%1430 = permute %1429 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/nn.yaml:56:13
%1431 = permute %915 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%1432 = slice %1430 lo=[0,0,0,0] hi=[4,2,10,1] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1433 = broadcast %1432 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1434 = slice %1431 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1435 = broadcast %1434 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1436 = mul %1433, %1435 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1437 = slice %1430 lo=[0,0,0,1] hi=[4,2,10,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1438 = broadcast %1437 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1439 = slice %1431 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1440 = broadcast %1439 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1441 = mul %1438, %1440 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1442 = add %1436, %1441 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1443 = slice %1430 lo=[0,0,0,2] hi=[4,2,10,3] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1444 = broadcast %1443 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1445 = slice %1431 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1446 = broadcast %1445 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1447 = mul %1444, %1446 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1448 = add %1442, %1447 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1449 = slice %1430 lo=[0,0,0,3] hi=[4,2,10,4] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1450 = broadcast %1449 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1451 = slice %1431 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1452 = broadcast %1451 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1453 = mul %1450, %1452 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1454 = add %1448, %1453 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1455 = slice %1430 lo=[0,0,0,4] hi=[4,2,10,5] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1456 = broadcast %1455 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1457 = slice %1431 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1458 = broadcast %1457 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1459 = mul %1456, %1458 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1460 = add %1454, %1459 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1461 = slice %1430 lo=[0,0,0,5] hi=[4,2,10,6] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1462 = broadcast %1461 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1463 = slice %1431 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1464 = broadcast %1463 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1465 = mul %1462, %1464 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1466 = add %1460, %1465 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1467 = slice %1430 lo=[0,0,0,6] hi=[4,2,10,7] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1468 = broadcast %1467 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1469 = slice %1431 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1470 = broadcast %1469 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1471 = mul %1468, %1470 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1472 = add %1466, %1471 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1473 = slice %1430 lo=[0,0,0,7] hi=[4,2,10,8] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1474 = broadcast %1473 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1475 = slice %1431 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1476 = broadcast %1475 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1477 = mul %1474, %1476 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1478 = add %1472, %1477 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1479 = permute %974 perm=[0,1,3,2] : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1480 = reshape %1479 : f32[4,2,10,10,1] @ models/lib/nn.yaml:56:23
%1481 = broadcast %1480 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%1482 = reshape %1430 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1483 = broadcast %1482 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%1484 = mul %1481, %1483 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%1485 = reduce_sum %1484 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%1486 = div %1478, %972 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1487 = mul %1486, %974 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1488 = neg %1487 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1489 = reduce_sum %1488 axes=[3] keep=1 : f32[4,2,10,1] @ models/lib/nn.yaml:15:18
%1490 = broadcast %1489 : f32[4,2,10,10] @ models/lib/nn.yaml:15:20
%1491 = add %1486, %1490 : f32[4,2,10,10] @ models/lib/nn.yaml:15:20
%1492 = exp %969 : f32[4,2,10,10] @ models/lib/nn.yaml:14:13
%1493 = mul %1491, %1492 : f32[4,2,10,10] @ models/lib/nn.yaml:14:13
%1494 = mul %1493, %836 : f32[4,2,10,10] @ models/lib/nn.yaml:55:29
%1495 = reshape %1494 : f32[4,2,10,10,1] @ models/lib/nn.yaml:55:23
%1496 = broadcast %1495 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1497 = reshape %913 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%1498 = broadcast %1497 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1499 = mul %1496, %1498 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1500 = reduce_sum %1499 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%1501 = permute %1494 perm=[0,1,3,2] : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%1502 = reshape %1501 : f32[4,2,10,10,1] @ models/lib/nn.yaml:55:23
%1503 = broadcast %1502 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1504 = reshape %911 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%1505 = broadcast %1504 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1506 = mul %1503, %1505 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1507 = reduce_sum %1506 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%1508 = reshape %1485 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:40
%1509 = reshape %1507 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:34
%1510 = reshape %1500 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:28
%1511 = concat %1510, %1509, %1508 axis=0 : f32[3,4,2,10,8] @ models/lib/nn.yaml:67:28
%1512 = permute %1511 perm=[1,3,0,2,4] : f32[4,10,3,2,8] @ models/lib/nn.yaml:66:13
%1513 = reshape %1512 : f32[4,10,48] @ models/lib/nn.yaml:66:21
%1514 = reduce_sum %1513 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%1515 = reshape %1514 : f32[48] @ models/lib/nn.yaml:84:18
%1516 = matmul %1513, %25 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1517 = reshape %904 : f32[40,16] @ models/lib/nn.yaml:83:15
%1518 = reshape %1512 : f32[40,48] @ models/lib/nn.yaml:83:15
%1519 = matmul %1518, %1517 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%1520 = reduce_sum %1516 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1521 = reshape %1520 : f32[16] @ models/lib/nn.yaml:96:46
%1522 = mul %1516, %901 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1523 = mul %1516, %900 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1524 = reduce_sum %1523 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1525 = reshape %1524 : f32[16] @ models/lib/nn.yaml:96:37
%1526 = mul %1522, %899 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1527 = mul %1522, %893 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1528 = reduce_sum %1527 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%1529 = mul %898, %898 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1530 = mul %898, %1529 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1531 = mul %1530, %1356 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1532 = mul %1528, %1531 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1533 = div %1532, %761 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1534 = broadcast %1533 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%1535 = mul %1534, %893 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1536 = add %1526, %1535 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1537 = add %1536, %1535 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1538 = add %1420, %1537 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1539 = neg %1537 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1540 = reduce_sum %1539 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%1541 = div %1540, %761 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1542 = broadcast %1541 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1543 = add %1538, %1542 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1544 = reduce_sum %1543 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1545 = reshape %1544 : f32[16] @ models/lib/nn.yaml:84:18
%1546 = matmul %1543, %21 ta=0 tb=0 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%1547 = reshape %885 : f32[40,64] @ models/lib/nn.yaml:83:15
%1548 = reshape %1543 : f32[40,16] @ models/lib/nn.yaml:83:15
%1549 = matmul %1548, %1547 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%1550 = add %882, %881 : f32[4,10,64] @ models/lib/nn.yaml:27:29
%1551 = mul %1546, %1550 : f32[4,10,64] @ models/lib/nn.yaml:27:24
%1552 = mul %878, %877 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%1553 = mul %1546, %1552 : f32[4,10,64] @ models/lib/nn.yaml:27:24
%1554 = mul %877, %879 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%1555 = mul %1554, %1554 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1556 = neg %1555 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1557 = exp %1556 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1558 = mul %1557, %1385 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1559 = mul %1553, %1558 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1560 = mul %1559, %879 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%1561 = mul %1551, %878 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%1562 = add %1560, %1561 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%1563 = reduce_sum %1562 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%1564 = reshape %1563 : f32[64] @ models/lib/nn.yaml:84:18
%1565 = matmul %1562, %19 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1566 = reshape %874 : f32[40,16] @ models/lib/nn.yaml:83:15
%1567 = reshape %1562 : f32[40,64] @ models/lib/nn.yaml:83:15
%1568 = matmul %1567, %1566 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%1569 = reduce_sum %1565 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1570 = reshape %1569 : f32[16] @ models/lib/nn.yaml:96:46
%1571 = mul %1565, %871 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1572 = mul %1565, %870 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1573 = reduce_sum %1572 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1574 = reshape %1573 : f32[16] @ models/lib/nn.yaml:96:37
%1575 = mul %1571, %869 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1576 = mul %1571, %863 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1577 = reduce_sum %1576 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%1578 = mul %868, %868 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1579 = mul %868, %1578 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1580 = mul %1579, %1356 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1581 = mul %1577, %1580 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1582 = div %1581, %761 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1583 = broadcast %1582 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%1584 = mul %1583, %863 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1585 = add %1575, %1584 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1586 = add %1585, %1584 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1587 = add %1543, %1586 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1588 = neg %1586 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1589 = reduce_sum %1588 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%1590 = div %1589, %761 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1591 = broadcast %1590 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1592 = add %1587, %1591 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1593 = reduce_sum %1592 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1594 = reshape %1593 : f32[16] @ models/lib/nn.yaml:84:18
%1595 = matmul %1592, %15 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1596 = reshape %854 : f32[40,16] @ models/lib/nn.yaml:83:15
%1597 = reshape %1592 : f32[40,16] @ models/lib/nn.yaml:83:15
%1598 = matmul %1597, %1596 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%1599 = reshape %1595 : f32[4,10,2,8] @ models/lib/nn.yaml:57:16
%1600 = permute %1599 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/nn.yaml:56:13
%1601 = permute %787 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%1602 = slice %1600 lo=[0,0,0,0] hi=[4,2,10,1] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1603 = broadcast %1602 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1604 = slice %1601 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1605 = broadcast %1604 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1606 = mul %1603, %1605 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1607 = slice %1600 lo=[0,0,0,1] hi=[4,2,10,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1608 = broadcast %1607 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1609 = slice %1601 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1610 = broadcast %1609 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1611 = mul %1608, %1610 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1612 = add %1606, %1611 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1613 = slice %1600 lo=[0,0,0,2] hi=[4,2,10,3] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1614 = broadcast %1613 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1615 = slice %1601 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1616 = broadcast %1615 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1617 = mul %1614, %1616 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1618 = add %1612, %1617 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1619 = slice %1600 lo=[0,0,0,3] hi=[4,2,10,4] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1620 = broadcast %1619 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1621 = slice %1601 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1622 = broadcast %1621 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1623 = mul %1620, %1622 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1624 = add %1618, %1623 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1625 = slice %1600 lo=[0,0,0,4] hi=[4,2,10,5] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1626 = broadcast %1625 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1627 = slice %1601 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1628 = broadcast %1627 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1629 = mul %1626, %1628 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1630 = add %1624, %1629 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1631 = slice %1600 lo=[0,0,0,5] hi=[4,2,10,6] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1632 = broadcast %1631 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1633 = slice %1601 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1634 = broadcast %1633 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1635 = mul %1632, %1634 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1636 = add %1630, %1635 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1637 = slice %1600 lo=[0,0,0,6] hi=[4,2,10,7] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1638 = broadcast %1637 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1639 = slice %1601 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1640 = broadcast %1639 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1641 = mul %1638, %1640 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1642 = add %1636, %1641 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1643 = slice %1600 lo=[0,0,0,7] hi=[4,2,10,8] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1644 = broadcast %1643 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1645 = slice %1601 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1646 = broadcast %1645 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1647 = mul %1644, %1646 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1648 = add %1642, %1647 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1649 = permute %847 perm=[0,1,3,2] : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1650 = reshape %1649 : f32[4,2,10,10,1] @ models/lib/nn.yaml:56:23
%1651 = broadcast %1650 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%1652 = reshape %1600 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1653 = broadcast %1652 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%1654 = mul %1651, %1653 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%1655 = reduce_sum %1654 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%1656 = div %1648, %845 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1657 = mul %1656, %847 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1658 = neg %1657 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1659 = reduce_sum %1658 axes=[3] keep=1 : f32[4,2,10,1] @ models/lib/nn.yaml:15:18
%1660 = broadcast %1659 : f32[4,2,10,10] @ models/lib/nn.yaml:15:20
%1661 = add %1656, %1660 : f32[4,2,10,10] @ models/lib/nn.yaml:15:20
%1662 = exp %842 : f32[4,2,10,10] @ models/lib/nn.yaml:14:13
%1663 = mul %1661, %1662 : f32[4,2,10,10] @ models/lib/nn.yaml:14:13
%1664 = mul %1663, %836 : f32[4,2,10,10] @ models/lib/nn.yaml:55:29
%1665 = reshape %1664 : f32[4,2,10,10,1] @ models/lib/nn.yaml:55:23
%1666 = broadcast %1665 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1667 = reshape %785 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%1668 = broadcast %1667 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1669 = mul %1666, %1668 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1670 = reduce_sum %1669 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%1671 = permute %1664 perm=[0,1,3,2] : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%1672 = reshape %1671 : f32[4,2,10,10,1] @ models/lib/nn.yaml:55:23
%1673 = broadcast %1672 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1674 = reshape %783 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%1675 = broadcast %1674 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1676 = mul %1673, %1675 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1677 = reduce_sum %1676 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%1678 = reshape %1655 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:40
%1679 = reshape %1677 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:34
%1680 = reshape %1670 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:28
%1681 = concat %1680, %1679, %1678 axis=0 : f32[3,4,2,10,8] @ models/lib/nn.yaml:67:28
%1682 = permute %1681 perm=[1,3,0,2,4] : f32[4,10,3,2,8] @ models/lib/nn.yaml:66:13
%1683 = reshape %1682 : f32[4,10,48] @ models/lib/nn.yaml:66:21
%1684 = reduce_sum %1683 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%1685 = reshape %1684 : f32[48] @ models/lib/nn.yaml:84:18
%1686 = matmul %1683, %13 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1687 = reshape %776 : f32[40,16] @ models/lib/nn.yaml:83:15
%1688 = reshape %1682 : f32[40,48] @ models/lib/nn.yaml:83:15
%1689 = matmul %1688, %1687 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%1690 = reduce_sum %1686 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1691 = reshape %1690 : f32[16] @ models/lib/nn.yaml:96:46
%1692 = mul %1686, %773 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1693 = mul %1686, %772 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1694 = reduce_sum %1693 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1695 = reshape %1694 : f32[16] @ models/lib/nn.yaml:96:37
%1696 = mul %1692, %771 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1697 = mul %1692, %764 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1698 = reduce_sum %1697 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%1699 = mul %770, %770 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1700 = mul %770, %1699 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1701 = mul %1700, %1356 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1702 = mul %1698, %1701 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1703 = div %1702, %761 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1704 = broadcast %1703 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%1705 = mul %1704, %764 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1706 = add %1696, %1705 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1707 = add %1706, %1705 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1708 = add %1592, %1707 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1709 = neg %1707 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1710 = reduce_sum %1709 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%1711 = div %1710, %761 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1712 = broadcast %1711 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1713 = add %1708, %1712 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1714 = reduce_sum %1713 axes=[0] keep=1 : f32[1,10,16] @ models/lib/vit.yaml:62:15
%1715 = slice %1714 lo=[0,0,0] hi=[1,1,16] : f32[1,1,16] @ models/lib/vit.yaml:41:36
%1716 = slice %1714 lo=[0,1,0] hi=[1,10,16] : f32[1,9,16] @ models/lib/vit.yaml:41:36
%1717 = reshape %1716 : f32[3,3,16] @ models/lib/vit.yaml:36:16
%1718 = permute %1717 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%1719 = reshape %1718 : f32[3,48] @ models/lib/vit.yaml:35:21
%1720 = matmul %747, %1719 ta=1 tb=0 : f32[4,48] @ models/lib/vit.yaml:34:15
%1721 = reshape %1720 : f32[4,3,16] @ models/lib/vit.yaml:34:17
%1722 = permute %1721 perm=[1,0,2] : f32[3,4,16] @ models/lib/vit.yaml:33:13
%1723 = reshape %1722 : f32[3,64] @ models/lib/vit.yaml:33:21
%1724 = matmul %747, %1723 ta=1 tb=0 : f32[4,64] @ models/lib/vit.yaml:32:15
%1725 = reshape %1724 : f32[1,16,16] @ models/lib/vit.yaml:32:17
%1726 = concat %1715, %1725 axis=1 : f32[1,17,16] @ models/lib/vit.yaml:41:46
%1727 = slice %1713 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:61:13
%1728 = slice %1713 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:61:13
%1729 = reduce_sum %1727 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:61:20
%1730 = reduce_sum %1728 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%1731 = reshape %1730 : f32[16] @ models/lib/vit.yaml:17:71
%1732 = reshape %739 : f32[36,48] @ models/lib/vit.yaml:17:18
%1733 = reshape %1728 : f32[36,16] @ models/lib/vit.yaml:17:18
%1734 = matmul %1733, %1732 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%1735 = reshape %1734 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%1736 = concat %1235, %1265 axis=0 : f32[4,32] @ models/dino.yaml:65:20
%1737 = matmul %1736, %734 ta=0 tb=0 : f32[4,8] @ models/lib/dino.yaml:23:18
%1738 = matmul %1736, %727 ta=1 tb=0 : f32[32,8] @ models/lib/dino.yaml:23:18
%1739 = div %1738, %733 : f32[32,8] @ models/lib/dino.yaml:22:33
%1740 = mul %1739, %734 : f32[32,8] @ models/lib/dino.yaml:22:33
%1741 = neg %1740 : f32[32,8] @ models/lib/dino.yaml:22:33
%1742 = reduce_sum %1741 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%1743 = mul %1742, %1273 : f32[32,1] @ models/lib/dino.yaml:22:35
%1744 = div %1743, %732 : f32[32,1] @ models/lib/dino.yaml:22:35
%1745 = broadcast %1744 : f32[32,8] @ models/lib/dino.yaml:22:40
%1746 = mul %1745, %44 : f32[32,8] @ models/lib/dino.yaml:22:53
%1747 = add %1280, %1746 : f32[32,8] @ models/lib/dino.yaml:22:53
%1748 = add %1747, %1746 : f32[32,8] @ models/lib/dino.yaml:22:53
%1749 = mul %1739, %728 : f32[32,8] @ models/lib/dino.yaml:22:22
%1750 = add %1748, %1749 : f32[32,8] @ models/lib/dino.yaml:22:22
%1751 = div %1737, %726 : f32[4,8] @ models/lib/nn.yaml:33:18
%1752 = mul %1751, %727 : f32[4,8] @ models/lib/nn.yaml:33:18
%1753 = neg %1752 : f32[4,8] @ models/lib/nn.yaml:33:18
%1754 = reduce_sum %1753 axes=[1] keep=1 : f32[4,1] @ models/lib/nn.yaml:33:18
%1755 = mul %1754, %1287 : f32[4,1] @ models/lib/nn.yaml:33:20
%1756 = sqrt %723 : f32[4,1] @ models/lib/nn.yaml:33:24
%1757 = eq %1756, %398 : bool[4,1] @ models/lib/nn.yaml:33:20
%1758 = select %1757, %1755, %1286 : f32[4,1] @ models/lib/nn.yaml:33:20
%1759 = sqrt %723 : f32[4,1] @ models/lib/nn.yaml:33:24
%1760 = gt %1759, %398 : bool[4,1] @ models/lib/nn.yaml:33:20
%1761 = select %1760, %1754, %1758 : f32[4,1] @ models/lib/nn.yaml:33:20
%1762 = mul %1761, %1287 : f32[4,1] @ models/lib/nn.yaml:33:24
%1763 = sqrt %723 : f32[4,1] @ models/lib/nn.yaml:33:24
%1764 = div %1762, %1763 : f32[4,1] @ models/lib/nn.yaml:33:24
%1765 = broadcast %1764 : f32[4,8] @ models/lib/nn.yaml:33:29
%1766 = mul %1765, %721 : f32[4,8] @ models/lib/nn.yaml:33:35
%1767 = add %1751, %1766 : f32[4,8] @ models/lib/nn.yaml:33:35
%1768 = add %1767, %1766 : f32[4,8] @ models/lib/nn.yaml:33:35
%1769 = reduce_sum %1768 axes=[0] keep=1 : f32[1,8] @ models/lib/nn.yaml:84:18
%1770 = reshape %1769 : f32[8] @ models/lib/nn.yaml:84:18
%1771 = add %1303, %1770 : f32[8] @ models/lib/nn.yaml:84:18
%1772 = matmul %1768, %41 ta=0 tb=0 : f32[4,24] @ models/lib/nn.yaml:83:15
%1773 = matmul %1768, %718 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%1774 = add %1305, %1773 : f32[8,24] @ models/lib/nn.yaml:83:15
%1775 = add %380, %715 : f32[4,24] @ models/lib/nn.yaml:27:29
%1776 = mul %1772, %1775 : f32[4,24] @ models/lib/nn.yaml:27:24
%1777 = mul %375, %713 : f32[4,24] @ models/lib/nn.yaml:27:20
%1778 = mul %1772, %1777 : f32[4,24] @ models/lib/nn.yaml:27:24
%1779 = mul %713, %377 : f32[4,24] @ models/lib/nn.yaml:27:37
%1780 = mul %1779, %1779 : f32[4,24] @ models/lib/nn.yaml:27:31
%1781 = neg %1780 : f32[4,24] @ models/lib/nn.yaml:27:31
%1782 = exp %1781 : f32[4,24] @ models/lib/nn.yaml:27:31
%1783 = mul %1782, %1315 : f32[4,24] @ models/lib/nn.yaml:27:31
%1784 = mul %1778, %1783 : f32[4,24] @ models/lib/nn.yaml:27:31
%1785 = mul %1784, %377 : f32[4,24] @ models/lib/nn.yaml:27:37
%1786 = mul %1776, %375 : f32[4,24] @ models/lib/nn.yaml:27:20
%1787 = add %1785, %1786 : f32[4,24] @ models/lib/nn.yaml:27:20
%1788 = reduce_sum %1787 axes=[0] keep=1 : f32[1,24] @ models/lib/nn.yaml:84:18
%1789 = reshape %1788 : f32[24] @ models/lib/nn.yaml:84:18
%1790 = add %1322, %1789 : f32[24] @ models/lib/nn.yaml:84:18
%1791 = matmul %1787, %39 ta=0 tb=0 : f32[4,24] @ models/lib/nn.yaml:83:15
%1792 = matmul %1787, %710 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%1793 = add %1324, %1792 : f32[24,24] @ models/lib/nn.yaml:83:15
%1794 = add %380, %707 : f32[4,24] @ models/lib/nn.yaml:27:29
%1795 = mul %1791, %1794 : f32[4,24] @ models/lib/nn.yaml:27:24
%1796 = mul %375, %705 : f32[4,24] @ models/lib/nn.yaml:27:20
%1797 = mul %1791, %1796 : f32[4,24] @ models/lib/nn.yaml:27:24
%1798 = mul %705, %377 : f32[4,24] @ models/lib/nn.yaml:27:37
%1799 = mul %1798, %1798 : f32[4,24] @ models/lib/nn.yaml:27:31
%1800 = neg %1799 : f32[4,24] @ models/lib/nn.yaml:27:31
%1801 = exp %1800 : f32[4,24] @ models/lib/nn.yaml:27:31
%1802 = mul %1801, %1315 : f32[4,24] @ models/lib/nn.yaml:27:31
%1803 = mul %1797, %1802 : f32[4,24] @ models/lib/nn.yaml:27:31
%1804 = mul %1803, %377 : f32[4,24] @ models/lib/nn.yaml:27:37
%1805 = mul %1795, %375 : f32[4,24] @ models/lib/nn.yaml:27:20
%1806 = add %1804, %1805 : f32[4,24] @ models/lib/nn.yaml:27:20
%1807 = reduce_sum %1806 axes=[0] keep=1 : f32[1,24] @ models/lib/nn.yaml:84:18
%1808 = reshape %1807 : f32[24] @ models/lib/nn.yaml:84:18
%1809 = add %1339, %1808 : f32[24] @ models/lib/nn.yaml:84:18
%1810 = matmul %1806, %37 ta=0 tb=0 : f32[4,16] @ models/lib/nn.yaml:83:15
%1811 = matmul %1806, %702 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%1812 = add %1341, %1811 : f32[24,16] @ models/lib/nn.yaml:83:15
%1813 = reshape %1810 : f32[4,1,16] @ models/dino.yaml:44:34
%1814 = pad %1813 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/dino.yaml:44:34
%1815 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,68] @ models/lib/nn.yaml:96:46
%1816 = reshape %1814 : f32[68,16] @ models/lib/nn.yaml:96:46
%1817 = matmul %1815, %1816 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%1818 = reshape %1817 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1819 = reshape %1818 : f32[16] @ models/lib/nn.yaml:96:46
%1820 = add %1345, %1819 : f32[16] @ models/lib/nn.yaml:96:46
%1821 = mul %1814, %697 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1822 = mul %1814, %696 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1823 = reshape %1822 : f32[68,16] @ models/lib/nn.yaml:96:37
%1824 = matmul %1815, %1823 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%1825 = reshape %1824 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1826 = reshape %1825 : f32[16] @ models/lib/nn.yaml:96:37
%1827 = add %1349, %1826 : f32[16] @ models/lib/nn.yaml:96:37
%1828 = mul %1821, %695 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1829 = mul %1821, %689 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1830 = reduce_sum %1829 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%1831 = mul %694, %694 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1832 = mul %694, %1831 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1833 = broadcast %1355 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1834 = mul %1832, %1833 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1835 = mul %1830, %1834 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1836 = div %1835, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1837 = broadcast %1836 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%1838 = mul %1837, %689 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1839 = add %1828, %1838 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1840 = add %1839, %1838 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1841 = neg %1840 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1842 = reduce_sum %1841 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%1843 = div %1842, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1844 = broadcast %1843 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1845 = add %1840, %1844 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1846 = mul %1845, %683 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%1847 = div %1846, %641 : f32[4,17,16] @ models/lib/nn.yaml:50:38
%1848 = reshape %1847 : f32[68,16] @ models/lib/nn.yaml:84:18
%1849 = matmul %1815, %1848 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%1850 = reshape %1849 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1851 = reshape %1850 : f32[16] @ models/lib/nn.yaml:84:18
%1852 = add %1372, %1851 : f32[16] @ models/lib/nn.yaml:84:18
%1853 = matmul %1847, %33 ta=0 tb=0 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%1854 = reshape %674 : f32[68,64] @ models/lib/nn.yaml:83:15
%1855 = reshape %1847 : f32[68,16] @ models/lib/nn.yaml:83:15
%1856 = matmul %1855, %1854 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%1857 = add %1376, %1856 : f32[16,64] @ models/lib/nn.yaml:83:15
%1858 = add %224, %671 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%1859 = mul %1853, %1858 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%1860 = mul %217, %669 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%1861 = mul %1853, %1860 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%1862 = mul %669, %220 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%1863 = mul %1862, %1862 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1864 = neg %1863 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1865 = exp %1864 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1866 = broadcast %1314 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1867 = mul %1865, %1866 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1868 = mul %1861, %1867 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1869 = mul %1868, %220 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%1870 = mul %1859, %217 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%1871 = add %1869, %1870 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%1872 = reshape %1871 : f32[68,64] @ models/lib/nn.yaml:84:18
%1873 = matmul %1815, %1872 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%1874 = reshape %1873 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%1875 = reshape %1874 : f32[64] @ models/lib/nn.yaml:84:18
%1876 = add %1392, %1875 : f32[64] @ models/lib/nn.yaml:84:18
%1877 = matmul %1871, %31 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1878 = reshape %666 : f32[68,16] @ models/lib/nn.yaml:83:15
%1879 = reshape %1871 : f32[68,64] @ models/lib/nn.yaml:83:15
%1880 = matmul %1879, %1878 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%1881 = add %1396, %1880 : f32[64,16] @ models/lib/nn.yaml:83:15
%1882 = reshape %1877 : f32[68,16] @ models/lib/nn.yaml:96:46
%1883 = matmul %1815, %1882 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%1884 = reshape %1883 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1885 = reshape %1884 : f32[16] @ models/lib/nn.yaml:96:46
%1886 = add %1398, %1885 : f32[16] @ models/lib/nn.yaml:96:46
%1887 = mul %1877, %663 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1888 = mul %1877, %662 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1889 = reshape %1888 : f32[68,16] @ models/lib/nn.yaml:96:37
%1890 = matmul %1815, %1889 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%1891 = reshape %1890 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1892 = reshape %1891 : f32[16] @ models/lib/nn.yaml:96:37
%1893 = add %1402, %1892 : f32[16] @ models/lib/nn.yaml:96:37
%1894 = mul %1887, %661 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1895 = mul %1887, %655 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1896 = reduce_sum %1895 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%1897 = mul %660, %660 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1898 = mul %660, %1897 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1899 = mul %1898, %1833 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1900 = mul %1896, %1899 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1901 = div %1900, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1902 = broadcast %1901 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%1903 = mul %1902, %655 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1904 = add %1894, %1903 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1905 = add %1904, %1903 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1906 = add %1845, %1905 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1907 = neg %1905 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1908 = reduce_sum %1907 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%1909 = div %1908, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1910 = broadcast %1909 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1911 = add %1906, %1910 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1912 = mul %1911, %649 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%1913 = div %1912, %641 : f32[4,17,16] @ models/lib/nn.yaml:50:38
%1914 = reshape %1913 : f32[68,16] @ models/lib/nn.yaml:84:18
%1915 = matmul %1815, %1914 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%1916 = reshape %1915 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1917 = reshape %1916 : f32[16] @ models/lib/nn.yaml:84:18
%1918 = add %1424, %1917 : f32[16] @ models/lib/nn.yaml:84:18
%1919 = matmul %1913, %27 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1920 = reshape %635 : f32[68,16] @ models/lib/nn.yaml:83:15
%1921 = reshape %1913 : f32[68,16] @ models/lib/nn.yaml:83:15
%1922 = matmul %1921, %1920 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%1923 = add %1428, %1922 : f32[16,16] @ models/lib/nn.yaml:83:15
%1924 = reshape %1919 : f32[4,17,2,8] @ models/lib/nn.yaml:57:16
%1925 = permute %1924 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/nn.yaml:56:13
%1926 = permute %569 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%1927 = slice %1925 lo=[0,0,0,0] hi=[4,2,17,1] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%1928 = broadcast %1927 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1929 = slice %1926 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%1930 = broadcast %1929 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1931 = mul %1928, %1930 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1932 = slice %1925 lo=[0,0,0,1] hi=[4,2,17,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%1933 = broadcast %1932 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1934 = slice %1926 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%1935 = broadcast %1934 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1936 = mul %1933, %1935 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1937 = add %1931, %1936 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1938 = slice %1925 lo=[0,0,0,2] hi=[4,2,17,3] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%1939 = broadcast %1938 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1940 = slice %1926 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%1941 = broadcast %1940 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1942 = mul %1939, %1941 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1943 = add %1937, %1942 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1944 = slice %1925 lo=[0,0,0,3] hi=[4,2,17,4] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%1945 = broadcast %1944 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1946 = slice %1926 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%1947 = broadcast %1946 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1948 = mul %1945, %1947 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1949 = add %1943, %1948 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1950 = slice %1925 lo=[0,0,0,4] hi=[4,2,17,5] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%1951 = broadcast %1950 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1952 = slice %1926 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%1953 = broadcast %1952 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1954 = mul %1951, %1953 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1955 = add %1949, %1954 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1956 = slice %1925 lo=[0,0,0,5] hi=[4,2,17,6] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%1957 = broadcast %1956 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1958 = slice %1926 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%1959 = broadcast %1958 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1960 = mul %1957, %1959 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1961 = add %1955, %1960 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1962 = slice %1925 lo=[0,0,0,6] hi=[4,2,17,7] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%1963 = broadcast %1962 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1964 = slice %1926 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%1965 = broadcast %1964 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1966 = mul %1963, %1965 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1967 = add %1961, %1966 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1968 = slice %1925 lo=[0,0,0,7] hi=[4,2,17,8] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%1969 = broadcast %1968 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1970 = slice %1926 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%1971 = broadcast %1970 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1972 = mul %1969, %1971 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1973 = add %1967, %1972 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1974 = permute %628 perm=[0,1,3,2] : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1975 = reshape %1974 : f32[4,2,17,17,1] @ models/lib/nn.yaml:56:23
%1976 = broadcast %1975 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%1977 = reshape %1925 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1978 = broadcast %1977 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%1979 = mul %1976, %1978 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%1980 = reduce_sum %1979 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%1981 = div %1973, %626 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%1982 = mul %1981, %628 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%1983 = neg %1982 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%1984 = reduce_sum %1983 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:18
%1985 = broadcast %1984 : f32[4,2,17,17] @ models/lib/nn.yaml:15:20
%1986 = add %1981, %1985 : f32[4,2,17,17] @ models/lib/nn.yaml:15:20
%1987 = exp %623 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%1988 = mul %1986, %1987 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%1989 = mul %1988, %174 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%1990 = reshape %1989 : f32[4,2,17,17,1] @ models/lib/nn.yaml:55:23
%1991 = broadcast %1990 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1992 = reshape %567 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%1993 = broadcast %1992 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1994 = mul %1991, %1993 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1995 = reduce_sum %1994 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%1996 = permute %1989 perm=[0,1,3,2] : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%1997 = reshape %1996 : f32[4,2,17,17,1] @ models/lib/nn.yaml:55:23
%1998 = broadcast %1997 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1999 = reshape %565 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%2000 = broadcast %1999 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2001 = mul %1998, %2000 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2002 = reduce_sum %2001 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%2003 = reshape %1980 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:40
%2004 = reshape %2002 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:34
%2005 = reshape %1995 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:28
%2006 = concat %2005, %2004, %2003 axis=0 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:28
%2007 = permute %2006 perm=[1,3,0,2,4] : f32[4,17,3,2,8] @ models/lib/nn.yaml:66:13
%2008 = reshape %2007 : f32[4,17,48] @ models/lib/nn.yaml:66:21
%2009 = reshape %2008 : f32[68,48] @ models/lib/nn.yaml:84:18
%2010 = matmul %1815, %2009 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%2011 = reshape %2010 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%2012 = reshape %2011 : f32[48] @ models/lib/nn.yaml:84:18
%2013 = add %1515, %2012 : f32[48] @ models/lib/nn.yaml:84:18
%2014 = matmul %2008, %25 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%2015 = reshape %558 : f32[68,16] @ models/lib/nn.yaml:83:15
%2016 = reshape %2007 : f32[68,48] @ models/lib/nn.yaml:83:15
%2017 = matmul %2016, %2015 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%2018 = add %1519, %2017 : f32[48,16] @ models/lib/nn.yaml:83:15
%2019 = reshape %2014 : f32[68,16] @ models/lib/nn.yaml:96:46
%2020 = matmul %1815, %2019 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2021 = reshape %2020 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2022 = reshape %2021 : f32[16] @ models/lib/nn.yaml:96:46
%2023 = add %1521, %2022 : f32[16] @ models/lib/nn.yaml:96:46
%2024 = mul %2014, %555 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2025 = mul %2014, %554 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2026 = reshape %2025 : f32[68,16] @ models/lib/nn.yaml:96:37
%2027 = matmul %1815, %2026 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%2028 = reshape %2027 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2029 = reshape %2028 : f32[16] @ models/lib/nn.yaml:96:37
%2030 = add %1525, %2029 : f32[16] @ models/lib/nn.yaml:96:37
%2031 = mul %2024, %553 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2032 = mul %2024, %547 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2033 = reduce_sum %2032 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%2034 = mul %552, %552 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2035 = mul %552, %2034 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2036 = mul %2035, %1833 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2037 = mul %2033, %2036 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2038 = div %2037, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2039 = broadcast %2038 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%2040 = mul %2039, %547 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2041 = add %2031, %2040 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2042 = add %2041, %2040 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2043 = add %1911, %2042 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2044 = neg %2042 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2045 = reduce_sum %2044 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%2046 = div %2045, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2047 = broadcast %2046 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%2048 = add %2043, %2047 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%2049 = reshape %2048 : f32[68,16] @ models/lib/nn.yaml:84:18
%2050 = matmul %1815, %2049 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2051 = reshape %2050 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2052 = reshape %2051 : f32[16] @ models/lib/nn.yaml:84:18
%2053 = add %1545, %2052 : f32[16] @ models/lib/nn.yaml:84:18
%2054 = matmul %2048, %21 ta=0 tb=0 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%2055 = reshape %539 : f32[68,64] @ models/lib/nn.yaml:83:15
%2056 = reshape %2048 : f32[68,16] @ models/lib/nn.yaml:83:15
%2057 = matmul %2056, %2055 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%2058 = add %1549, %2057 : f32[16,64] @ models/lib/nn.yaml:83:15
%2059 = add %224, %536 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%2060 = mul %2054, %2059 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%2061 = mul %217, %534 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%2062 = mul %2054, %2061 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%2063 = mul %534, %220 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%2064 = mul %2063, %2063 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%2065 = neg %2064 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%2066 = exp %2065 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%2067 = mul %2066, %1866 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%2068 = mul %2062, %2067 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%2069 = mul %2068, %220 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%2070 = mul %2060, %217 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%2071 = add %2069, %2070 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%2072 = reshape %2071 : f32[68,64] @ models/lib/nn.yaml:84:18
%2073 = matmul %1815, %2072 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%2074 = reshape %2073 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2075 = reshape %2074 : f32[64] @ models/lib/nn.yaml:84:18
%2076 = add %1564, %2075 : f32[64] @ models/lib/nn.yaml:84:18
%2077 = matmul %2071, %19 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%2078 = reshape %531 : f32[68,16] @ models/lib/nn.yaml:83:15
%2079 = reshape %2071 : f32[68,64] @ models/lib/nn.yaml:83:15
%2080 = matmul %2079, %2078 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%2081 = add %1568, %2080 : f32[64,16] @ models/lib/nn.yaml:83:15
%2082 = reshape %2077 : f32[68,16] @ models/lib/nn.yaml:96:46
%2083 = matmul %1815, %2082 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2084 = reshape %2083 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2085 = reshape %2084 : f32[16] @ models/lib/nn.yaml:96:46
%2086 = add %1570, %2085 : f32[16] @ models/lib/nn.yaml:96:46
%2087 = mul %2077, %528 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2088 = mul %2077, %527 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2089 = reshape %2088 : f32[68,16] @ models/lib/nn.yaml:96:37
%2090 = matmul %1815, %2089 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%2091 = reshape %2090 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2092 = reshape %2091 : f32[16] @ models/lib/nn.yaml:96:37
%2093 = add %1574, %2092 : f32[16] @ models/lib/nn.yaml:96:37
%2094 = mul %2087, %526 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2095 = mul %2087, %520 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2096 = reduce_sum %2095 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%2097 = mul %525, %525 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2098 = mul %525, %2097 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2099 = mul %2098, %1833 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2100 = mul %2096, %2099 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2101 = div %2100, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2102 = broadcast %2101 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%2103 = mul %2102, %520 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2104 = add %2094, %2103 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2105 = add %2104, %2103 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2106 = add %2048, %2105 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2107 = neg %2105 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2108 = reduce_sum %2107 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%2109 = div %2108, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2110 = broadcast %2109 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%2111 = add %2106, %2110 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%2112 = reshape %2111 : f32[68,16] @ models/lib/nn.yaml:84:18
%2113 = matmul %1815, %2112 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2114 = reshape %2113 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2115 = reshape %2114 : f32[16] @ models/lib/nn.yaml:84:18
%2116 = add %1594, %2115 : f32[16] @ models/lib/nn.yaml:84:18
%2117 = matmul %2111, %15 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%2118 = reshape %511 : f32[68,16] @ models/lib/nn.yaml:83:15
%2119 = reshape %2111 : f32[68,16] @ models/lib/nn.yaml:83:15
%2120 = matmul %2119, %2118 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2121 = add %1598, %2120 : f32[16,16] @ models/lib/nn.yaml:83:15
%2122 = reshape %2117 : f32[4,17,2,8] @ models/lib/nn.yaml:57:16
%2123 = permute %2122 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/nn.yaml:56:13
%2124 = permute %445 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%2125 = slice %2123 lo=[0,0,0,0] hi=[4,2,17,1] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%2126 = broadcast %2125 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2127 = slice %2124 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2128 = broadcast %2127 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2129 = mul %2126, %2128 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2130 = slice %2123 lo=[0,0,0,1] hi=[4,2,17,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%2131 = broadcast %2130 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2132 = slice %2124 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2133 = broadcast %2132 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2134 = mul %2131, %2133 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2135 = add %2129, %2134 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2136 = slice %2123 lo=[0,0,0,2] hi=[4,2,17,3] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%2137 = broadcast %2136 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2138 = slice %2124 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2139 = broadcast %2138 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2140 = mul %2137, %2139 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2141 = add %2135, %2140 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2142 = slice %2123 lo=[0,0,0,3] hi=[4,2,17,4] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%2143 = broadcast %2142 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2144 = slice %2124 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2145 = broadcast %2144 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2146 = mul %2143, %2145 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2147 = add %2141, %2146 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2148 = slice %2123 lo=[0,0,0,4] hi=[4,2,17,5] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%2149 = broadcast %2148 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2150 = slice %2124 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2151 = broadcast %2150 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2152 = mul %2149, %2151 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2153 = add %2147, %2152 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2154 = slice %2123 lo=[0,0,0,5] hi=[4,2,17,6] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%2155 = broadcast %2154 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2156 = slice %2124 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2157 = broadcast %2156 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2158 = mul %2155, %2157 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2159 = add %2153, %2158 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2160 = slice %2123 lo=[0,0,0,6] hi=[4,2,17,7] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%2161 = broadcast %2160 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2162 = slice %2124 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2163 = broadcast %2162 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2164 = mul %2161, %2163 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2165 = add %2159, %2164 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2166 = slice %2123 lo=[0,0,0,7] hi=[4,2,17,8] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%2167 = broadcast %2166 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2168 = slice %2124 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2169 = broadcast %2168 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2170 = mul %2167, %2169 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2171 = add %2165, %2170 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2172 = permute %504 perm=[0,1,3,2] : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2173 = reshape %2172 : f32[4,2,17,17,1] @ models/lib/nn.yaml:56:23
%2174 = broadcast %2173 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%2175 = reshape %2123 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2176 = broadcast %2175 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%2177 = mul %2174, %2176 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%2178 = reduce_sum %2177 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%2179 = div %2171, %502 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%2180 = mul %2179, %504 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%2181 = neg %2180 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%2182 = reduce_sum %2181 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:18
%2183 = broadcast %2182 : f32[4,2,17,17] @ models/lib/nn.yaml:15:20
%2184 = add %2179, %2183 : f32[4,2,17,17] @ models/lib/nn.yaml:15:20
%2185 = exp %499 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%2186 = mul %2184, %2185 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%2187 = mul %2186, %174 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%2188 = reshape %2187 : f32[4,2,17,17,1] @ models/lib/nn.yaml:55:23
%2189 = broadcast %2188 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2190 = reshape %443 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%2191 = broadcast %2190 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2192 = mul %2189, %2191 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2193 = reduce_sum %2192 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%2194 = permute %2187 perm=[0,1,3,2] : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%2195 = reshape %2194 : f32[4,2,17,17,1] @ models/lib/nn.yaml:55:23
%2196 = broadcast %2195 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2197 = reshape %441 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%2198 = broadcast %2197 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2199 = mul %2196, %2198 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2200 = reduce_sum %2199 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%2201 = reshape %2178 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:40
%2202 = reshape %2200 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:34
%2203 = reshape %2193 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:28
%2204 = concat %2203, %2202, %2201 axis=0 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:28
%2205 = permute %2204 perm=[1,3,0,2,4] : f32[4,17,3,2,8] @ models/lib/nn.yaml:66:13
%2206 = reshape %2205 : f32[4,17,48] @ models/lib/nn.yaml:66:21
%2207 = reshape %2206 : f32[68,48] @ models/lib/nn.yaml:84:18
%2208 = matmul %1815, %2207 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%2209 = reshape %2208 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%2210 = reshape %2209 : f32[48] @ models/lib/nn.yaml:84:18
%2211 = add %1685, %2210 : f32[48] @ models/lib/nn.yaml:84:18
%2212 = matmul %2206, %13 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%2213 = reshape %434 : f32[68,16] @ models/lib/nn.yaml:83:15
%2214 = reshape %2205 : f32[68,48] @ models/lib/nn.yaml:83:15
%2215 = matmul %2214, %2213 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%2216 = add %1689, %2215 : f32[48,16] @ models/lib/nn.yaml:83:15
%2217 = reshape %2212 : f32[68,16] @ models/lib/nn.yaml:96:46
%2218 = matmul %1815, %2217 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2219 = reshape %2218 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2220 = reshape %2219 : f32[16] @ models/lib/nn.yaml:96:46
%2221 = add %1691, %2220 : f32[16] @ models/lib/nn.yaml:96:46
%2222 = mul %2212, %431 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2223 = mul %2212, %430 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2224 = reshape %2223 : f32[68,16] @ models/lib/nn.yaml:96:37
%2225 = matmul %1815, %2224 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%2226 = reshape %2225 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2227 = reshape %2226 : f32[16] @ models/lib/nn.yaml:96:37
%2228 = add %1695, %2227 : f32[16] @ models/lib/nn.yaml:96:37
%2229 = mul %2222, %429 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2230 = mul %2222, %423 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2231 = reduce_sum %2230 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%2232 = mul %428, %428 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2233 = mul %428, %2232 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2234 = mul %2233, %1833 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2235 = mul %2231, %2234 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2236 = div %2235, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2237 = broadcast %2236 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%2238 = mul %2237, %423 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2239 = add %2229, %2238 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2240 = add %2239, %2238 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2241 = add %2111, %2240 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2242 = neg %2240 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2243 = reduce_sum %2242 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%2244 = div %2243, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2245 = broadcast %2244 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%2246 = add %2241, %2245 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%2247 = reduce_sum %2246 axes=[0] keep=1 : f32[1,17,16] @ models/lib/vit.yaml:62:15
%2248 = add %1726, %2247 : f32[1,17,16] @ models/lib/vit.yaml:62:15
%2249 = slice %2246 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:61:13
%2250 = slice %2246 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:61:13
%2251 = reduce_sum %2249 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:61:20
%2252 = add %1729, %2251 : f32[1,1,16] @ models/lib/vit.yaml:61:20
%2253 = reduce_sum %2250 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%2254 = reshape %2253 : f32[16] @ models/lib/vit.yaml:17:71
%2255 = add %1731, %2254 : f32[16] @ models/lib/vit.yaml:17:71
%2256 = reshape %85 : f32[64,48] @ models/lib/vit.yaml:17:18
%2257 = reshape %2250 : f32[64,16] @ models/lib/vit.yaml:17:18
%2258 = matmul %2257, %2256 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%2259 = reshape %2258 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%2260 = add %1735, %2259 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%2261 = all_reduce_sum %2252 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2262 = reshape %2261 : f32[16] @ models/lib/vit.yaml:47:7
%2263 = mul %2262, %2262 : f32[16] @ models/lib/vit.yaml:47:7
%2264 = reduce_sum %2263 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:47:7
%2265 = sqrt %2264 : f32[] @ models/lib/vit.yaml:47:7
%2266 = cast %2265 : f64[] @ models/lib/vit.yaml:47:7
%2267 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:47:7
%2268 = add %2266, %2267 : f64[] @ models/lib/vit.yaml:47:7
%2269 = const data=[3] : f64[] @ models/lib/vit.yaml:47:7
%2270 = div %2269, %2268 : f64[] @ models/lib/vit.yaml:47:7
%2271 = const data=[1] : f64[] @ models/lib/vit.yaml:47:7
%2272 = lt %2270, %2271 : bool[] @ models/lib/vit.yaml:47:7
%2273 = cast %2270 : f32[] @ models/lib/vit.yaml:47:7
%2274 = broadcast %2273 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2275 = mul %2261, %2274 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2276 = broadcast %2272 : bool[1,1,16] @ models/lib/vit.yaml:47:7
%2277 = select %2276, %2275, %2261 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2278 = state name="adam_m.backbone.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2279 = state name="adam_v.backbone.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2280 = state name="adam_t.backbone.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:47:7
%2281 = const data=[1] : i64[] @ models/lib/vit.yaml:47:7
%2282 = add %2280, %2281 : i64[] @ models/lib/vit.yaml:47:7
%2283 = mul %1201, %1202 : f64[] @ models/lib/vit.yaml:47:7
%2284 = sub %2271, %2283 : f64[] @ models/lib/vit.yaml:47:7
%2285 = cast %2284 : f32[] @ models/lib/vit.yaml:47:7
%2286 = broadcast %2285 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2287 = mul %7, %2286 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2288 = broadcast %1085 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2289 = mul %2277, %2288 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2290 = const data=[0.9] : f64[] @ models/lib/vit.yaml:47:7
%2291 = broadcast %640 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2292 = mul %2278, %2291 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2293 = add %2292, %2289 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2294 = mul %2277, %2277 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2295 = const data=[0.001] : f32[] @ models/lib/vit.yaml:47:7
%2296 = broadcast %2295 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2297 = mul %2294, %2296 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2298 = const data=[0.999] : f64[] @ models/lib/vit.yaml:47:7
%2299 = const data=[0.999] : f32[] @ models/lib/vit.yaml:47:7
%2300 = broadcast %2299 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2301 = mul %2279, %2300 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2302 = add %2301, %2297 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2303 = cast %2282 : f64[] @ models/lib/vit.yaml:47:7
%2304 = pow %2290, %2303 : f64[] @ models/lib/vit.yaml:47:7
%2305 = sub %2271, %2304 : f64[] @ models/lib/vit.yaml:47:7
%2306 = div %1201, %2305 : f64[] @ models/lib/vit.yaml:47:7
%2307 = pow %2298, %2303 : f64[] @ models/lib/vit.yaml:47:7
%2308 = sub %2271, %2307 : f64[] @ models/lib/vit.yaml:47:7
%2309 = sqrt %2308 : f64[] @ models/lib/vit.yaml:47:7
%2310 = div %2271, %2309 : f64[] @ models/lib/vit.yaml:47:7
%2311 = sqrt %2302 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2312 = cast %2310 : f32[] @ models/lib/vit.yaml:47:7
%2313 = broadcast %2312 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2314 = mul %2311, %2313 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2315 = const data=[1e-08] : f32[] @ models/lib/vit.yaml:47:7
%2316 = broadcast %2315 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2317 = add %2314, %2316 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2318 = div %2293, %2317 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2319 = cast %2306 : f32[] @ models/lib/vit.yaml:47:7
%2320 = broadcast %2319 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2321 = mul %2318, %2320 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2322 = sub %2287, %2321 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2323 = assign %7, %2322 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2324 = assign %2278, %2293 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2325 = assign %2279, %2302 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2326 = assign %2280, %2282 : i64[] @ models/lib/vit.yaml:47:7
%2327 = broadcast %3 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2328 = mul %45, %2327 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2329 = sub %2271, %1203 : f64[] @ models/lib/vit.yaml:47:7
%2330 = cast %2329 : f32[] @ models/lib/vit.yaml:47:7
%2331 = broadcast %2330 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2332 = mul %2322, %2331 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2333 = add %2328, %2332 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2334 = assign %45, %2333 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2335 = all_reduce_sum %2248 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2336 = reshape %2335 : f32[272] @ models/lib/vit.yaml:48:7
%2337 = mul %2336, %2336 : f32[272] @ models/lib/vit.yaml:48:7
%2338 = reduce_sum %2337 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:48:7
%2339 = sqrt %2338 : f32[] @ models/lib/vit.yaml:48:7
%2340 = cast %2339 : f64[] @ models/lib/vit.yaml:48:7
%2341 = add %2340, %2267 : f64[] @ models/lib/vit.yaml:48:7
%2342 = div %2269, %2341 : f64[] @ models/lib/vit.yaml:48:7
%2343 = lt %2342, %2271 : bool[] @ models/lib/vit.yaml:48:7
%2344 = cast %2342 : f32[] @ models/lib/vit.yaml:48:7
%2345 = broadcast %2344 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2346 = mul %2335, %2345 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2347 = broadcast %2343 : bool[1,17,16] @ models/lib/vit.yaml:48:7
%2348 = select %2347, %2346, %2335 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2349 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2350 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2351 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%2352 = add %2351, %2281 : i64[] @ models/lib/vit.yaml:48:7
%2353 = broadcast %2285 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2354 = mul %8, %2353 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2355 = broadcast %1085 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2356 = mul %2348, %2355 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2357 = broadcast %640 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2358 = mul %2349, %2357 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2359 = add %2358, %2356 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2360 = mul %2348, %2348 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2361 = broadcast %2295 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2362 = mul %2360, %2361 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2363 = broadcast %2299 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2364 = mul %2350, %2363 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2365 = add %2364, %2362 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2366 = cast %2352 : f64[] @ models/lib/vit.yaml:48:7
%2367 = pow %2290, %2366 : f64[] @ models/lib/vit.yaml:48:7
%2368 = sub %2271, %2367 : f64[] @ models/lib/vit.yaml:48:7
%2369 = div %1201, %2368 : f64[] @ models/lib/vit.yaml:48:7
%2370 = pow %2298, %2366 : f64[] @ models/lib/vit.yaml:48:7
%2371 = sub %2271, %2370 : f64[] @ models/lib/vit.yaml:48:7
%2372 = sqrt %2371 : f64[] @ models/lib/vit.yaml:48:7
%2373 = div %2271, %2372 : f64[] @ models/lib/vit.yaml:48:7
%2374 = sqrt %2365 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2375 = cast %2373 : f32[] @ models/lib/vit.yaml:48:7
%2376 = broadcast %2375 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2377 = mul %2374, %2376 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2378 = broadcast %2315 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2379 = add %2377, %2378 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2380 = div %2359, %2379 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2381 = cast %2369 : f32[] @ models/lib/vit.yaml:48:7
%2382 = broadcast %2381 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2383 = mul %2380, %2382 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2384 = sub %2354, %2383 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2385 = assign %8, %2384 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2386 = assign %2349, %2359 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2387 = assign %2350, %2365 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2388 = assign %2351, %2352 : i64[] @ models/lib/vit.yaml:48:7
%2389 = broadcast %3 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2390 = mul %46, %2389 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2391 = broadcast %2330 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2392 = mul %2384, %2391 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2393 = add %2390, %2392 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2394 = assign %46, %2393 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2395 = all_reduce_sum %2260 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2396 = reshape %2395 : f32[768] @ models/lib/vit.yaml:9:7
%2397 = mul %2396, %2396 : f32[768] @ models/lib/vit.yaml:9:7
%2398 = reduce_sum %2397 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:9:7
%2399 = sqrt %2398 : f32[] @ models/lib/vit.yaml:9:7
%2400 = cast %2399 : f64[] @ models/lib/vit.yaml:9:7
%2401 = add %2400, %2267 : f64[] @ models/lib/vit.yaml:9:7
%2402 = div %2269, %2401 : f64[] @ models/lib/vit.yaml:9:7
%2403 = lt %2402, %2271 : bool[] @ models/lib/vit.yaml:9:7
%2404 = cast %2402 : f32[] @ models/lib/vit.yaml:9:7
%2405 = broadcast %2404 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2406 = mul %2395, %2405 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2407 = broadcast %2403 : bool[16,3,4,4] @ models/lib/vit.yaml:9:7
%2408 = select %2407, %2406, %2395 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2409 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2410 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2411 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%2412 = add %2411, %2281 : i64[] @ models/lib/vit.yaml:9:7
%2413 = broadcast %2285 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2414 = mul %9, %2413 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2415 = broadcast %1085 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2416 = mul %2408, %2415 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2417 = broadcast %640 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2418 = mul %2409, %2417 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2419 = add %2418, %2416 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2420 = mul %2408, %2408 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2421 = broadcast %2295 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2422 = mul %2420, %2421 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2423 = broadcast %2299 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2424 = mul %2410, %2423 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2425 = add %2424, %2422 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2426 = cast %2412 : f64[] @ models/lib/vit.yaml:9:7
%2427 = pow %2290, %2426 : f64[] @ models/lib/vit.yaml:9:7
%2428 = sub %2271, %2427 : f64[] @ models/lib/vit.yaml:9:7
%2429 = div %1201, %2428 : f64[] @ models/lib/vit.yaml:9:7
%2430 = pow %2298, %2426 : f64[] @ models/lib/vit.yaml:9:7
%2431 = sub %2271, %2430 : f64[] @ models/lib/vit.yaml:9:7
%2432 = sqrt %2431 : f64[] @ models/lib/vit.yaml:9:7
%2433 = div %2271, %2432 : f64[] @ models/lib/vit.yaml:9:7
%2434 = sqrt %2425 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2435 = cast %2433 : f32[] @ models/lib/vit.yaml:9:7
%2436 = broadcast %2435 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2437 = mul %2434, %2436 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2438 = broadcast %2315 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2439 = add %2437, %2438 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2440 = div %2419, %2439 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2441 = cast %2429 : f32[] @ models/lib/vit.yaml:9:7
%2442 = broadcast %2441 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2443 = mul %2440, %2442 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2444 = sub %2414, %2443 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2445 = assign %9, %2444 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2446 = assign %2409, %2419 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2447 = assign %2410, %2425 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2448 = assign %2411, %2412 : i64[] @ models/lib/vit.yaml:9:7
%2449 = broadcast %3 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2450 = mul %47, %2449 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2451 = broadcast %2330 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2452 = mul %2444, %2451 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2453 = add %2450, %2452 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2454 = assign %47, %2453 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2455 = all_reduce_sum %2255 : f32[16] @ models/lib/vit.yaml:10:7
%2456 = mul %2455, %2455 : f32[16] @ models/lib/vit.yaml:10:7
%2457 = reduce_sum %2456 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:10:7
%2458 = sqrt %2457 : f32[] @ models/lib/vit.yaml:10:7
%2459 = cast %2458 : f64[] @ models/lib/vit.yaml:10:7
%2460 = add %2459, %2267 : f64[] @ models/lib/vit.yaml:10:7
%2461 = div %2269, %2460 : f64[] @ models/lib/vit.yaml:10:7
%2462 = lt %2461, %2271 : bool[] @ models/lib/vit.yaml:10:7
%2463 = cast %2461 : f32[] @ models/lib/vit.yaml:10:7
%2464 = broadcast %2463 : f32[16] @ models/lib/vit.yaml:10:7
%2465 = mul %2455, %2464 : f32[16] @ models/lib/vit.yaml:10:7
%2466 = broadcast %2462 : bool[16] @ models/lib/vit.yaml:10:7
%2467 = select %2466, %2465, %2455 : f32[16] @ models/lib/vit.yaml:10:7
%2468 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%2469 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%2470 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%2471 = add %2470, %2281 : i64[] @ models/lib/vit.yaml:10:7
%2472 = broadcast %1085 : f32[16] @ models/lib/vit.yaml:10:7
%2473 = mul %2467, %2472 : f32[16] @ models/lib/vit.yaml:10:7
%2474 = broadcast %640 : f32[16] @ models/lib/vit.yaml:10:7
%2475 = mul %2468, %2474 : f32[16] @ models/lib/vit.yaml:10:7
%2476 = add %2475, %2473 : f32[16] @ models/lib/vit.yaml:10:7
%2477 = mul %2467, %2467 : f32[16] @ models/lib/vit.yaml:10:7
%2478 = broadcast %2295 : f32[16] @ models/lib/vit.yaml:10:7
%2479 = mul %2477, %2478 : f32[16] @ models/lib/vit.yaml:10:7
%2480 = broadcast %2299 : f32[16] @ models/lib/vit.yaml:10:7
%2481 = mul %2469, %2480 : f32[16] @ models/lib/vit.yaml:10:7
%2482 = add %2481, %2479 : f32[16] @ models/lib/vit.yaml:10:7
%2483 = cast %2471 : f64[] @ models/lib/vit.yaml:10:7
%2484 = pow %2290, %2483 : f64[] @ models/lib/vit.yaml:10:7
%2485 = sub %2271, %2484 : f64[] @ models/lib/vit.yaml:10:7
%2486 = div %1201, %2485 : f64[] @ models/lib/vit.yaml:10:7
%2487 = pow %2298, %2483 : f64[] @ models/lib/vit.yaml:10:7
%2488 = sub %2271, %2487 : f64[] @ models/lib/vit.yaml:10:7
%2489 = sqrt %2488 : f64[] @ models/lib/vit.yaml:10:7
%2490 = div %2271, %2489 : f64[] @ models/lib/vit.yaml:10:7
%2491 = sqrt %2482 : f32[16] @ models/lib/vit.yaml:10:7
%2492 = cast %2490 : f32[] @ models/lib/vit.yaml:10:7
%2493 = broadcast %2492 : f32[16] @ models/lib/vit.yaml:10:7
%2494 = mul %2491, %2493 : f32[16] @ models/lib/vit.yaml:10:7
%2495 = broadcast %2315 : f32[16] @ models/lib/vit.yaml:10:7
%2496 = add %2494, %2495 : f32[16] @ models/lib/vit.yaml:10:7
%2497 = div %2476, %2496 : f32[16] @ models/lib/vit.yaml:10:7
%2498 = cast %2486 : f32[] @ models/lib/vit.yaml:10:7
%2499 = broadcast %2498 : f32[16] @ models/lib/vit.yaml:10:7
%2500 = mul %2497, %2499 : f32[16] @ models/lib/vit.yaml:10:7
%2501 = sub %10, %2500 : f32[16] @ models/lib/vit.yaml:10:7
%2502 = assign %10, %2501 : f32[16] @ models/lib/vit.yaml:10:7
%2503 = assign %2468, %2476 : f32[16] @ models/lib/vit.yaml:10:7
%2504 = assign %2469, %2482 : f32[16] @ models/lib/vit.yaml:10:7
%2505 = assign %2470, %2471 : i64[] @ models/lib/vit.yaml:10:7
%2506 = broadcast %3 : f32[16] @ models/lib/vit.yaml:10:7
%2507 = mul %48, %2506 : f32[16] @ models/lib/vit.yaml:10:7
%2508 = broadcast %2330 : f32[16] @ models/lib/vit.yaml:10:7
%2509 = mul %2501, %2508 : f32[16] @ models/lib/vit.yaml:10:7
%2510 = add %2507, %2509 : f32[16] @ models/lib/vit.yaml:10:7
%2511 = assign %48, %2510 : f32[16] @ models/lib/vit.yaml:10:7
%2512 = all_reduce_sum %2228 : f32[16] @ models/lib/nn.yaml:89:7
%2513 = mul %2512, %2512 : f32[16] @ models/lib/nn.yaml:89:7
%2514 = reduce_sum %2513 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%2515 = sqrt %2514 : f32[] @ models/lib/nn.yaml:89:7
%2516 = cast %2515 : f64[] @ models/lib/nn.yaml:89:7
%2517 = add %2516, %2267 : f64[] @ models/lib/nn.yaml:89:7
%2518 = div %2269, %2517 : f64[] @ models/lib/nn.yaml:89:7
%2519 = lt %2518, %2271 : bool[] @ models/lib/nn.yaml:89:7
%2520 = cast %2518 : f32[] @ models/lib/nn.yaml:89:7
%2521 = broadcast %2520 : f32[16] @ models/lib/nn.yaml:89:7
%2522 = mul %2512, %2521 : f32[16] @ models/lib/nn.yaml:89:7
%2523 = broadcast %2519 : bool[16] @ models/lib/nn.yaml:89:7
%2524 = select %2523, %2522, %2512 : f32[16] @ models/lib/nn.yaml:89:7
%2525 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%2526 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%2527 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%2528 = add %2527, %2281 : i64[] @ models/lib/nn.yaml:89:7
%2529 = mul %2524, %2472 : f32[16] @ models/lib/nn.yaml:89:7
%2530 = mul %2525, %2474 : f32[16] @ models/lib/nn.yaml:89:7
%2531 = add %2530, %2529 : f32[16] @ models/lib/nn.yaml:89:7
%2532 = mul %2524, %2524 : f32[16] @ models/lib/nn.yaml:89:7
%2533 = mul %2532, %2478 : f32[16] @ models/lib/nn.yaml:89:7
%2534 = mul %2526, %2480 : f32[16] @ models/lib/nn.yaml:89:7
%2535 = add %2534, %2533 : f32[16] @ models/lib/nn.yaml:89:7
%2536 = cast %2528 : f64[] @ models/lib/nn.yaml:89:7
%2537 = pow %2290, %2536 : f64[] @ models/lib/nn.yaml:89:7
%2538 = sub %2271, %2537 : f64[] @ models/lib/nn.yaml:89:7
%2539 = div %1201, %2538 : f64[] @ models/lib/nn.yaml:89:7
%2540 = pow %2298, %2536 : f64[] @ models/lib/nn.yaml:89:7
%2541 = sub %2271, %2540 : f64[] @ models/lib/nn.yaml:89:7
%2542 = sqrt %2541 : f64[] @ models/lib/nn.yaml:89:7
%2543 = div %2271, %2542 : f64[] @ models/lib/nn.yaml:89:7
%2544 = sqrt %2535 : f32[16] @ models/lib/nn.yaml:89:7
%2545 = cast %2543 : f32[] @ models/lib/nn.yaml:89:7
%2546 = broadcast %2545 : f32[16] @ models/lib/nn.yaml:89:7
%2547 = mul %2544, %2546 : f32[16] @ models/lib/nn.yaml:89:7
%2548 = add %2547, %2495 : f32[16] @ models/lib/nn.yaml:89:7
%2549 = div %2531, %2548 : f32[16] @ models/lib/nn.yaml:89:7
%2550 = cast %2539 : f32[] @ models/lib/nn.yaml:89:7
%2551 = broadcast %2550 : f32[16] @ models/lib/nn.yaml:89:7
%2552 = mul %2549, %2551 : f32[16] @ models/lib/nn.yaml:89:7
%2553 = sub %11, %2552 : f32[16] @ models/lib/nn.yaml:89:7
%2554 = assign %11, %2553 : f32[16] @ models/lib/nn.yaml:89:7
%2555 = assign %2525, %2531 : f32[16] @ models/lib/nn.yaml:89:7
%2556 = assign %2526, %2535 : f32[16] @ models/lib/nn.yaml:89:7
%2557 = assign %2527, %2528 : i64[] @ models/lib/nn.yaml:89:7
%2558 = mul %49, %2506 : f32[16] @ models/lib/nn.yaml:89:7
%2559 = mul %2553, %2508 : f32[16] @ models/lib/nn.yaml:89:7
%2560 = add %2558, %2559 : f32[16] @ models/lib/nn.yaml:89:7
%2561 = assign %49, %2560 : f32[16] @ models/lib/nn.yaml:89:7
%2562 = all_reduce_sum %2221 : f32[16] @ models/lib/nn.yaml:90:7
%2563 = mul %2562, %2562 : f32[16] @ models/lib/nn.yaml:90:7
%2564 = reduce_sum %2563 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%2565 = sqrt %2564 : f32[] @ models/lib/nn.yaml:90:7
%2566 = cast %2565 : f64[] @ models/lib/nn.yaml:90:7
%2567 = add %2566, %2267 : f64[] @ models/lib/nn.yaml:90:7
%2568 = div %2269, %2567 : f64[] @ models/lib/nn.yaml:90:7
%2569 = lt %2568, %2271 : bool[] @ models/lib/nn.yaml:90:7
%2570 = cast %2568 : f32[] @ models/lib/nn.yaml:90:7
%2571 = broadcast %2570 : f32[16] @ models/lib/nn.yaml:90:7
%2572 = mul %2562, %2571 : f32[16] @ models/lib/nn.yaml:90:7
%2573 = broadcast %2569 : bool[16] @ models/lib/nn.yaml:90:7
%2574 = select %2573, %2572, %2562 : f32[16] @ models/lib/nn.yaml:90:7
%2575 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%2576 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%2577 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%2578 = add %2577, %2281 : i64[] @ models/lib/nn.yaml:90:7
%2579 = mul %2574, %2472 : f32[16] @ models/lib/nn.yaml:90:7
%2580 = mul %2575, %2474 : f32[16] @ models/lib/nn.yaml:90:7
%2581 = add %2580, %2579 : f32[16] @ models/lib/nn.yaml:90:7
%2582 = mul %2574, %2574 : f32[16] @ models/lib/nn.yaml:90:7
%2583 = mul %2582, %2478 : f32[16] @ models/lib/nn.yaml:90:7
%2584 = mul %2576, %2480 : f32[16] @ models/lib/nn.yaml:90:7
%2585 = add %2584, %2583 : f32[16] @ models/lib/nn.yaml:90:7
%2586 = cast %2578 : f64[] @ models/lib/nn.yaml:90:7
%2587 = pow %2290, %2586 : f64[] @ models/lib/nn.yaml:90:7
%2588 = sub %2271, %2587 : f64[] @ models/lib/nn.yaml:90:7
%2589 = div %1201, %2588 : f64[] @ models/lib/nn.yaml:90:7
%2590 = pow %2298, %2586 : f64[] @ models/lib/nn.yaml:90:7
%2591 = sub %2271, %2590 : f64[] @ models/lib/nn.yaml:90:7
%2592 = sqrt %2591 : f64[] @ models/lib/nn.yaml:90:7
%2593 = div %2271, %2592 : f64[] @ models/lib/nn.yaml:90:7
%2594 = sqrt %2585 : f32[16] @ models/lib/nn.yaml:90:7
%2595 = cast %2593 : f32[] @ models/lib/nn.yaml:90:7
%2596 = broadcast %2595 : f32[16] @ models/lib/nn.yaml:90:7
%2597 = mul %2594, %2596 : f32[16] @ models/lib/nn.yaml:90:7
%2598 = add %2597, %2495 : f32[16] @ models/lib/nn.yaml:90:7
%2599 = div %2581, %2598 : f32[16] @ models/lib/nn.yaml:90:7
%2600 = cast %2589 : f32[] @ models/lib/nn.yaml:90:7
%2601 = broadcast %2600 : f32[16] @ models/lib/nn.yaml:90:7
%2602 = mul %2599, %2601 : f32[16] @ models/lib/nn.yaml:90:7
%2603 = sub %12, %2602 : f32[16] @ models/lib/nn.yaml:90:7
%2604 = assign %12, %2603 : f32[16] @ models/lib/nn.yaml:90:7
%2605 = assign %2575, %2581 : f32[16] @ models/lib/nn.yaml:90:7
%2606 = assign %2576, %2585 : f32[16] @ models/lib/nn.yaml:90:7
%2607 = assign %2577, %2578 : i64[] @ models/lib/nn.yaml:90:7
%2608 = mul %50, %2506 : f32[16] @ models/lib/nn.yaml:90:7
%2609 = mul %2603, %2508 : f32[16] @ models/lib/nn.yaml:90:7
%2610 = add %2608, %2609 : f32[16] @ models/lib/nn.yaml:90:7
%2611 = assign %50, %2610 : f32[16] @ models/lib/nn.yaml:90:7
%2612 = all_reduce_sum %2216 : f32[48,16] @ models/lib/nn.yaml:79:7
%2613 = reshape %2612 : f32[768] @ models/lib/nn.yaml:79:7
%2614 = mul %2613, %2613 : f32[768] @ models/lib/nn.yaml:79:7
%2615 = reduce_sum %2614 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%2616 = sqrt %2615 : f32[] @ models/lib/nn.yaml:79:7
%2617 = cast %2616 : f64[] @ models/lib/nn.yaml:79:7
%2618 = add %2617, %2267 : f64[] @ models/lib/nn.yaml:79:7
%2619 = div %2269, %2618 : f64[] @ models/lib/nn.yaml:79:7
%2620 = lt %2619, %2271 : bool[] @ models/lib/nn.yaml:79:7
%2621 = cast %2619 : f32[] @ models/lib/nn.yaml:79:7
%2622 = broadcast %2621 : f32[48,16] @ models/lib/nn.yaml:79:7
%2623 = mul %2612, %2622 : f32[48,16] @ models/lib/nn.yaml:79:7
%2624 = broadcast %2620 : bool[48,16] @ models/lib/nn.yaml:79:7
%2625 = select %2624, %2623, %2612 : f32[48,16] @ models/lib/nn.yaml:79:7
%2626 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%2627 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%2628 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%2629 = add %2628, %2281 : i64[] @ models/lib/nn.yaml:79:7
%2630 = broadcast %2285 : f32[48,16] @ models/lib/nn.yaml:79:7
%2631 = mul %13, %2630 : f32[48,16] @ models/lib/nn.yaml:79:7
%2632 = broadcast %1085 : f32[48,16] @ models/lib/nn.yaml:79:7
%2633 = mul %2625, %2632 : f32[48,16] @ models/lib/nn.yaml:79:7
%2634 = broadcast %640 : f32[48,16] @ models/lib/nn.yaml:79:7
%2635 = mul %2626, %2634 : f32[48,16] @ models/lib/nn.yaml:79:7
%2636 = add %2635, %2633 : f32[48,16] @ models/lib/nn.yaml:79:7
%2637 = mul %2625, %2625 : f32[48,16] @ models/lib/nn.yaml:79:7
%2638 = broadcast %2295 : f32[48,16] @ models/lib/nn.yaml:79:7
%2639 = mul %2637, %2638 : f32[48,16] @ models/lib/nn.yaml:79:7
%2640 = broadcast %2299 : f32[48,16] @ models/lib/nn.yaml:79:7
%2641 = mul %2627, %2640 : f32[48,16] @ models/lib/nn.yaml:79:7
%2642 = add %2641, %2639 : f32[48,16] @ models/lib/nn.yaml:79:7
%2643 = cast %2629 : f64[] @ models/lib/nn.yaml:79:7
%2644 = pow %2290, %2643 : f64[] @ models/lib/nn.yaml:79:7
%2645 = sub %2271, %2644 : f64[] @ models/lib/nn.yaml:79:7
%2646 = div %1201, %2645 : f64[] @ models/lib/nn.yaml:79:7
%2647 = pow %2298, %2643 : f64[] @ models/lib/nn.yaml:79:7
%2648 = sub %2271, %2647 : f64[] @ models/lib/nn.yaml:79:7
%2649 = sqrt %2648 : f64[] @ models/lib/nn.yaml:79:7
%2650 = div %2271, %2649 : f64[] @ models/lib/nn.yaml:79:7
%2651 = sqrt %2642 : f32[48,16] @ models/lib/nn.yaml:79:7
%2652 = cast %2650 : f32[] @ models/lib/nn.yaml:79:7
%2653 = broadcast %2652 : f32[48,16] @ models/lib/nn.yaml:79:7
%2654 = mul %2651, %2653 : f32[48,16] @ models/lib/nn.yaml:79:7
%2655 = broadcast %2315 : f32[48,16] @ models/lib/nn.yaml:79:7
%2656 = add %2654, %2655 : f32[48,16] @ models/lib/nn.yaml:79:7
%2657 = div %2636, %2656 : f32[48,16] @ models/lib/nn.yaml:79:7
%2658 = cast %2646 : f32[] @ models/lib/nn.yaml:79:7
%2659 = broadcast %2658 : f32[48,16] @ models/lib/nn.yaml:79:7
%2660 = mul %2657, %2659 : f32[48,16] @ models/lib/nn.yaml:79:7
%2661 = sub %2631, %2660 : f32[48,16] @ models/lib/nn.yaml:79:7
%2662 = assign %13, %2661 : f32[48,16] @ models/lib/nn.yaml:79:7
%2663 = assign %2626, %2636 : f32[48,16] @ models/lib/nn.yaml:79:7
%2664 = assign %2627, %2642 : f32[48,16] @ models/lib/nn.yaml:79:7
%2665 = assign %2628, %2629 : i64[] @ models/lib/nn.yaml:79:7
%2666 = broadcast %3 : f32[48,16] @ models/lib/nn.yaml:79:7
%2667 = mul %51, %2666 : f32[48,16] @ models/lib/nn.yaml:79:7
%2668 = broadcast %2330 : f32[48,16] @ models/lib/nn.yaml:79:7
%2669 = mul %2661, %2668 : f32[48,16] @ models/lib/nn.yaml:79:7
%2670 = add %2667, %2669 : f32[48,16] @ models/lib/nn.yaml:79:7
%2671 = assign %51, %2670 : f32[48,16] @ models/lib/nn.yaml:79:7
%2672 = all_reduce_sum %2211 : f32[48] @ models/lib/nn.yaml:80:7
%2673 = mul %2672, %2672 : f32[48] @ models/lib/nn.yaml:80:7
%2674 = reduce_sum %2673 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%2675 = sqrt %2674 : f32[] @ models/lib/nn.yaml:80:7
%2676 = cast %2675 : f64[] @ models/lib/nn.yaml:80:7
%2677 = add %2676, %2267 : f64[] @ models/lib/nn.yaml:80:7
%2678 = div %2269, %2677 : f64[] @ models/lib/nn.yaml:80:7
%2679 = lt %2678, %2271 : bool[] @ models/lib/nn.yaml:80:7
%2680 = cast %2678 : f32[] @ models/lib/nn.yaml:80:7
%2681 = broadcast %2680 : f32[48] @ models/lib/nn.yaml:80:7
%2682 = mul %2672, %2681 : f32[48] @ models/lib/nn.yaml:80:7
%2683 = broadcast %2679 : bool[48] @ models/lib/nn.yaml:80:7
%2684 = select %2683, %2682, %2672 : f32[48] @ models/lib/nn.yaml:80:7
%2685 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%2686 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%2687 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%2688 = add %2687, %2281 : i64[] @ models/lib/nn.yaml:80:7
%2689 = broadcast %1085 : f32[48] @ models/lib/nn.yaml:80:7
%2690 = mul %2684, %2689 : f32[48] @ models/lib/nn.yaml:80:7
%2691 = broadcast %640 : f32[48] @ models/lib/nn.yaml:80:7
%2692 = mul %2685, %2691 : f32[48] @ models/lib/nn.yaml:80:7
%2693 = add %2692, %2690 : f32[48] @ models/lib/nn.yaml:80:7
%2694 = mul %2684, %2684 : f32[48] @ models/lib/nn.yaml:80:7
%2695 = broadcast %2295 : f32[48] @ models/lib/nn.yaml:80:7
%2696 = mul %2694, %2695 : f32[48] @ models/lib/nn.yaml:80:7
%2697 = broadcast %2299 : f32[48] @ models/lib/nn.yaml:80:7
%2698 = mul %2686, %2697 : f32[48] @ models/lib/nn.yaml:80:7
%2699 = add %2698, %2696 : f32[48] @ models/lib/nn.yaml:80:7
%2700 = cast %2688 : f64[] @ models/lib/nn.yaml:80:7
%2701 = pow %2290, %2700 : f64[] @ models/lib/nn.yaml:80:7
%2702 = sub %2271, %2701 : f64[] @ models/lib/nn.yaml:80:7
%2703 = div %1201, %2702 : f64[] @ models/lib/nn.yaml:80:7
%2704 = pow %2298, %2700 : f64[] @ models/lib/nn.yaml:80:7
%2705 = sub %2271, %2704 : f64[] @ models/lib/nn.yaml:80:7
%2706 = sqrt %2705 : f64[] @ models/lib/nn.yaml:80:7
%2707 = div %2271, %2706 : f64[] @ models/lib/nn.yaml:80:7
%2708 = sqrt %2699 : f32[48] @ models/lib/nn.yaml:80:7
%2709 = cast %2707 : f32[] @ models/lib/nn.yaml:80:7
%2710 = broadcast %2709 : f32[48] @ models/lib/nn.yaml:80:7
%2711 = mul %2708, %2710 : f32[48] @ models/lib/nn.yaml:80:7
%2712 = broadcast %2315 : f32[48] @ models/lib/nn.yaml:80:7
%2713 = add %2711, %2712 : f32[48] @ models/lib/nn.yaml:80:7
%2714 = div %2693, %2713 : f32[48] @ models/lib/nn.yaml:80:7
%2715 = cast %2703 : f32[] @ models/lib/nn.yaml:80:7
%2716 = broadcast %2715 : f32[48] @ models/lib/nn.yaml:80:7
%2717 = mul %2714, %2716 : f32[48] @ models/lib/nn.yaml:80:7
%2718 = sub %14, %2717 : f32[48] @ models/lib/nn.yaml:80:7
%2719 = assign %14, %2718 : f32[48] @ models/lib/nn.yaml:80:7
%2720 = assign %2685, %2693 : f32[48] @ models/lib/nn.yaml:80:7
%2721 = assign %2686, %2699 : f32[48] @ models/lib/nn.yaml:80:7
%2722 = assign %2687, %2688 : i64[] @ models/lib/nn.yaml:80:7
%2723 = broadcast %3 : f32[48] @ models/lib/nn.yaml:80:7
%2724 = mul %52, %2723 : f32[48] @ models/lib/nn.yaml:80:7
%2725 = broadcast %2330 : f32[48] @ models/lib/nn.yaml:80:7
%2726 = mul %2718, %2725 : f32[48] @ models/lib/nn.yaml:80:7
%2727 = add %2724, %2726 : f32[48] @ models/lib/nn.yaml:80:7
%2728 = assign %52, %2727 : f32[48] @ models/lib/nn.yaml:80:7
%2729 = all_reduce_sum %2121 : f32[16,16] @ models/lib/nn.yaml:79:7
%2730 = reshape %2729 : f32[256] @ models/lib/nn.yaml:79:7
%2731 = mul %2730, %2730 : f32[256] @ models/lib/nn.yaml:79:7
%2732 = reduce_sum %2731 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%2733 = sqrt %2732 : f32[] @ models/lib/nn.yaml:79:7
%2734 = cast %2733 : f64[] @ models/lib/nn.yaml:79:7
%2735 = add %2734, %2267 : f64[] @ models/lib/nn.yaml:79:7
%2736 = div %2269, %2735 : f64[] @ models/lib/nn.yaml:79:7
%2737 = lt %2736, %2271 : bool[] @ models/lib/nn.yaml:79:7
%2738 = cast %2736 : f32[] @ models/lib/nn.yaml:79:7
%2739 = broadcast %2738 : f32[16,16] @ models/lib/nn.yaml:79:7
%2740 = mul %2729, %2739 : f32[16,16] @ models/lib/nn.yaml:79:7
%2741 = broadcast %2737 : bool[16,16] @ models/lib/nn.yaml:79:7
%2742 = select %2741, %2740, %2729 : f32[16,16] @ models/lib/nn.yaml:79:7
%2743 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%2744 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%2745 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%2746 = add %2745, %2281 : i64[] @ models/lib/nn.yaml:79:7
%2747 = broadcast %2285 : f32[16,16] @ models/lib/nn.yaml:79:7
%2748 = mul %15, %2747 : f32[16,16] @ models/lib/nn.yaml:79:7
%2749 = broadcast %1085 : f32[16,16] @ models/lib/nn.yaml:79:7
%2750 = mul %2742, %2749 : f32[16,16] @ models/lib/nn.yaml:79:7
%2751 = broadcast %640 : f32[16,16] @ models/lib/nn.yaml:79:7
%2752 = mul %2743, %2751 : f32[16,16] @ models/lib/nn.yaml:79:7
%2753 = add %2752, %2750 : f32[16,16] @ models/lib/nn.yaml:79:7
%2754 = mul %2742, %2742 : f32[16,16] @ models/lib/nn.yaml:79:7
%2755 = broadcast %2295 : f32[16,16] @ models/lib/nn.yaml:79:7
%2756 = mul %2754, %2755 : f32[16,16] @ models/lib/nn.yaml:79:7
%2757 = broadcast %2299 : f32[16,16] @ models/lib/nn.yaml:79:7
%2758 = mul %2744, %2757 : f32[16,16] @ models/lib/nn.yaml:79:7
%2759 = add %2758, %2756 : f32[16,16] @ models/lib/nn.yaml:79:7
%2760 = cast %2746 : f64[] @ models/lib/nn.yaml:79:7
%2761 = pow %2290, %2760 : f64[] @ models/lib/nn.yaml:79:7
%2762 = sub %2271, %2761 : f64[] @ models/lib/nn.yaml:79:7
%2763 = div %1201, %2762 : f64[] @ models/lib/nn.yaml:79:7
%2764 = pow %2298, %2760 : f64[] @ models/lib/nn.yaml:79:7
%2765 = sub %2271, %2764 : f64[] @ models/lib/nn.yaml:79:7
%2766 = sqrt %2765 : f64[] @ models/lib/nn.yaml:79:7
%2767 = div %2271, %2766 : f64[] @ models/lib/nn.yaml:79:7
%2768 = sqrt %2759 : f32[16,16] @ models/lib/nn.yaml:79:7
%2769 = cast %2767 : f32[] @ models/lib/nn.yaml:79:7
%2770 = broadcast %2769 : f32[16,16] @ models/lib/nn.yaml:79:7
%2771 = mul %2768, %2770 : f32[16,16] @ models/lib/nn.yaml:79:7
%2772 = broadcast %2315 : f32[16,16] @ models/lib/nn.yaml:79:7
%2773 = add %2771, %2772 : f32[16,16] @ models/lib/nn.yaml:79:7
%2774 = div %2753, %2773 : f32[16,16] @ models/lib/nn.yaml:79:7
%2775 = cast %2763 : f32[] @ models/lib/nn.yaml:79:7
%2776 = broadcast %2775 : f32[16,16] @ models/lib/nn.yaml:79:7
%2777 = mul %2774, %2776 : f32[16,16] @ models/lib/nn.yaml:79:7
%2778 = sub %2748, %2777 : f32[16,16] @ models/lib/nn.yaml:79:7
%2779 = assign %15, %2778 : f32[16,16] @ models/lib/nn.yaml:79:7
%2780 = assign %2743, %2753 : f32[16,16] @ models/lib/nn.yaml:79:7
%2781 = assign %2744, %2759 : f32[16,16] @ models/lib/nn.yaml:79:7
%2782 = assign %2745, %2746 : i64[] @ models/lib/nn.yaml:79:7
%2783 = broadcast %3 : f32[16,16] @ models/lib/nn.yaml:79:7
%2784 = mul %53, %2783 : f32[16,16] @ models/lib/nn.yaml:79:7
%2785 = broadcast %2330 : f32[16,16] @ models/lib/nn.yaml:79:7
%2786 = mul %2778, %2785 : f32[16,16] @ models/lib/nn.yaml:79:7
%2787 = add %2784, %2786 : f32[16,16] @ models/lib/nn.yaml:79:7
%2788 = assign %53, %2787 : f32[16,16] @ models/lib/nn.yaml:79:7
%2789 = all_reduce_sum %2116 : f32[16] @ models/lib/nn.yaml:80:7
%2790 = mul %2789, %2789 : f32[16] @ models/lib/nn.yaml:80:7
%2791 = reduce_sum %2790 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%2792 = sqrt %2791 : f32[] @ models/lib/nn.yaml:80:7
%2793 = cast %2792 : f64[] @ models/lib/nn.yaml:80:7
%2794 = add %2793, %2267 : f64[] @ models/lib/nn.yaml:80:7
%2795 = div %2269, %2794 : f64[] @ models/lib/nn.yaml:80:7
%2796 = lt %2795, %2271 : bool[] @ models/lib/nn.yaml:80:7
%2797 = cast %2795 : f32[] @ models/lib/nn.yaml:80:7
%2798 = broadcast %2797 : f32[16] @ models/lib/nn.yaml:80:7
%2799 = mul %2789, %2798 : f32[16] @ models/lib/nn.yaml:80:7
%2800 = broadcast %2796 : bool[16] @ models/lib/nn.yaml:80:7
%2801 = select %2800, %2799, %2789 : f32[16] @ models/lib/nn.yaml:80:7
%2802 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%2803 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%2804 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%2805 = add %2804, %2281 : i64[] @ models/lib/nn.yaml:80:7
%2806 = mul %2801, %2472 : f32[16] @ models/lib/nn.yaml:80:7
%2807 = mul %2802, %2474 : f32[16] @ models/lib/nn.yaml:80:7
%2808 = add %2807, %2806 : f32[16] @ models/lib/nn.yaml:80:7
%2809 = mul %2801, %2801 : f32[16] @ models/lib/nn.yaml:80:7
%2810 = mul %2809, %2478 : f32[16] @ models/lib/nn.yaml:80:7
%2811 = mul %2803, %2480 : f32[16] @ models/lib/nn.yaml:80:7
%2812 = add %2811, %2810 : f32[16] @ models/lib/nn.yaml:80:7
%2813 = cast %2805 : f64[] @ models/lib/nn.yaml:80:7
%2814 = pow %2290, %2813 : f64[] @ models/lib/nn.yaml:80:7
%2815 = sub %2271, %2814 : f64[] @ models/lib/nn.yaml:80:7
%2816 = div %1201, %2815 : f64[] @ models/lib/nn.yaml:80:7
%2817 = pow %2298, %2813 : f64[] @ models/lib/nn.yaml:80:7
%2818 = sub %2271, %2817 : f64[] @ models/lib/nn.yaml:80:7
%2819 = sqrt %2818 : f64[] @ models/lib/nn.yaml:80:7
%2820 = div %2271, %2819 : f64[] @ models/lib/nn.yaml:80:7
%2821 = sqrt %2812 : f32[16] @ models/lib/nn.yaml:80:7
%2822 = cast %2820 : f32[] @ models/lib/nn.yaml:80:7
%2823 = broadcast %2822 : f32[16] @ models/lib/nn.yaml:80:7
%2824 = mul %2821, %2823 : f32[16] @ models/lib/nn.yaml:80:7
%2825 = add %2824, %2495 : f32[16] @ models/lib/nn.yaml:80:7
%2826 = div %2808, %2825 : f32[16] @ models/lib/nn.yaml:80:7
%2827 = cast %2816 : f32[] @ models/lib/nn.yaml:80:7
%2828 = broadcast %2827 : f32[16] @ models/lib/nn.yaml:80:7
%2829 = mul %2826, %2828 : f32[16] @ models/lib/nn.yaml:80:7
%2830 = sub %16, %2829 : f32[16] @ models/lib/nn.yaml:80:7
%2831 = assign %16, %2830 : f32[16] @ models/lib/nn.yaml:80:7
%2832 = assign %2802, %2808 : f32[16] @ models/lib/nn.yaml:80:7
%2833 = assign %2803, %2812 : f32[16] @ models/lib/nn.yaml:80:7
%2834 = assign %2804, %2805 : i64[] @ models/lib/nn.yaml:80:7
%2835 = mul %54, %2506 : f32[16] @ models/lib/nn.yaml:80:7
%2836 = mul %2830, %2508 : f32[16] @ models/lib/nn.yaml:80:7
%2837 = add %2835, %2836 : f32[16] @ models/lib/nn.yaml:80:7
%2838 = assign %54, %2837 : f32[16] @ models/lib/nn.yaml:80:7
%2839 = all_reduce_sum %2093 : f32[16] @ models/lib/nn.yaml:89:7
%2840 = mul %2839, %2839 : f32[16] @ models/lib/nn.yaml:89:7
%2841 = reduce_sum %2840 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%2842 = sqrt %2841 : f32[] @ models/lib/nn.yaml:89:7
%2843 = cast %2842 : f64[] @ models/lib/nn.yaml:89:7
%2844 = add %2843, %2267 : f64[] @ models/lib/nn.yaml:89:7
%2845 = div %2269, %2844 : f64[] @ models/lib/nn.yaml:89:7
%2846 = lt %2845, %2271 : bool[] @ models/lib/nn.yaml:89:7
%2847 = cast %2845 : f32[] @ models/lib/nn.yaml:89:7
%2848 = broadcast %2847 : f32[16] @ models/lib/nn.yaml:89:7
%2849 = mul %2839, %2848 : f32[16] @ models/lib/nn.yaml:89:7
%2850 = broadcast %2846 : bool[16] @ models/lib/nn.yaml:89:7
%2851 = select %2850, %2849, %2839 : f32[16] @ models/lib/nn.yaml:89:7
%2852 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%2853 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%2854 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%2855 = add %2854, %2281 : i64[] @ models/lib/nn.yaml:89:7
%2856 = mul %2851, %2472 : f32[16] @ models/lib/nn.yaml:89:7
%2857 = mul %2852, %2474 : f32[16] @ models/lib/nn.yaml:89:7
%2858 = add %2857, %2856 : f32[16] @ models/lib/nn.yaml:89:7
%2859 = mul %2851, %2851 : f32[16] @ models/lib/nn.yaml:89:7
%2860 = mul %2859, %2478 : f32[16] @ models/lib/nn.yaml:89:7
%2861 = mul %2853, %2480 : f32[16] @ models/lib/nn.yaml:89:7
%2862 = add %2861, %2860 : f32[16] @ models/lib/nn.yaml:89:7
%2863 = cast %2855 : f64[] @ models/lib/nn.yaml:89:7
%2864 = pow %2290, %2863 : f64[] @ models/lib/nn.yaml:89:7
%2865 = sub %2271, %2864 : f64[] @ models/lib/nn.yaml:89:7
%2866 = div %1201, %2865 : f64[] @ models/lib/nn.yaml:89:7
%2867 = pow %2298, %2863 : f64[] @ models/lib/nn.yaml:89:7
%2868 = sub %2271, %2867 : f64[] @ models/lib/nn.yaml:89:7
%2869 = sqrt %2868 : f64[] @ models/lib/nn.yaml:89:7
%2870 = div %2271, %2869 : f64[] @ models/lib/nn.yaml:89:7
%2871 = sqrt %2862 : f32[16] @ models/lib/nn.yaml:89:7
%2872 = cast %2870 : f32[] @ models/lib/nn.yaml:89:7
%2873 = broadcast %2872 : f32[16] @ models/lib/nn.yaml:89:7
%2874 = mul %2871, %2873 : f32[16] @ models/lib/nn.yaml:89:7
%2875 = add %2874, %2495 : f32[16] @ models/lib/nn.yaml:89:7
%2876 = div %2858, %2875 : f32[16] @ models/lib/nn.yaml:89:7
%2877 = cast %2866 : f32[] @ models/lib/nn.yaml:89:7
%2878 = broadcast %2877 : f32[16] @ models/lib/nn.yaml:89:7
%2879 = mul %2876, %2878 : f32[16] @ models/lib/nn.yaml:89:7
%2880 = sub %17, %2879 : f32[16] @ models/lib/nn.yaml:89:7
%2881 = assign %17, %2880 : f32[16] @ models/lib/nn.yaml:89:7
%2882 = assign %2852, %2858 : f32[16] @ models/lib/nn.yaml:89:7
%2883 = assign %2853, %2862 : f32[16] @ models/lib/nn.yaml:89:7
%2884 = assign %2854, %2855 : i64[] @ models/lib/nn.yaml:89:7
%2885 = mul %55, %2506 : f32[16] @ models/lib/nn.yaml:89:7
%2886 = mul %2880, %2508 : f32[16] @ models/lib/nn.yaml:89:7
%2887 = add %2885, %2886 : f32[16] @ models/lib/nn.yaml:89:7
%2888 = assign %55, %2887 : f32[16] @ models/lib/nn.yaml:89:7
%2889 = all_reduce_sum %2086 : f32[16] @ models/lib/nn.yaml:90:7
%2890 = mul %2889, %2889 : f32[16] @ models/lib/nn.yaml:90:7
%2891 = reduce_sum %2890 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%2892 = sqrt %2891 : f32[] @ models/lib/nn.yaml:90:7
%2893 = cast %2892 : f64[] @ models/lib/nn.yaml:90:7
%2894 = add %2893, %2267 : f64[] @ models/lib/nn.yaml:90:7
%2895 = div %2269, %2894 : f64[] @ models/lib/nn.yaml:90:7
%2896 = lt %2895, %2271 : bool[] @ models/lib/nn.yaml:90:7
%2897 = cast %2895 : f32[] @ models/lib/nn.yaml:90:7
%2898 = broadcast %2897 : f32[16] @ models/lib/nn.yaml:90:7
%2899 = mul %2889, %2898 : f32[16] @ models/lib/nn.yaml:90:7
%2900 = broadcast %2896 : bool[16] @ models/lib/nn.yaml:90:7
%2901 = select %2900, %2899, %2889 : f32[16] @ models/lib/nn.yaml:90:7
%2902 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%2903 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%2904 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%2905 = add %2904, %2281 : i64[] @ models/lib/nn.yaml:90:7
%2906 = mul %2901, %2472 : f32[16] @ models/lib/nn.yaml:90:7
%2907 = mul %2902, %2474 : f32[16] @ models/lib/nn.yaml:90:7
%2908 = add %2907, %2906 : f32[16] @ models/lib/nn.yaml:90:7
%2909 = mul %2901, %2901 : f32[16] @ models/lib/nn.yaml:90:7
%2910 = mul %2909, %2478 : f32[16] @ models/lib/nn.yaml:90:7
%2911 = mul %2903, %2480 : f32[16] @ models/lib/nn.yaml:90:7
%2912 = add %2911, %2910 : f32[16] @ models/lib/nn.yaml:90:7
%2913 = cast %2905 : f64[] @ models/lib/nn.yaml:90:7
%2914 = pow %2290, %2913 : f64[] @ models/lib/nn.yaml:90:7
%2915 = sub %2271, %2914 : f64[] @ models/lib/nn.yaml:90:7
%2916 = div %1201, %2915 : f64[] @ models/lib/nn.yaml:90:7
%2917 = pow %2298, %2913 : f64[] @ models/lib/nn.yaml:90:7
%2918 = sub %2271, %2917 : f64[] @ models/lib/nn.yaml:90:7
%2919 = sqrt %2918 : f64[] @ models/lib/nn.yaml:90:7
%2920 = div %2271, %2919 : f64[] @ models/lib/nn.yaml:90:7
%2921 = sqrt %2912 : f32[16] @ models/lib/nn.yaml:90:7
%2922 = cast %2920 : f32[] @ models/lib/nn.yaml:90:7
%2923 = broadcast %2922 : f32[16] @ models/lib/nn.yaml:90:7
%2924 = mul %2921, %2923 : f32[16] @ models/lib/nn.yaml:90:7
%2925 = add %2924, %2495 : f32[16] @ models/lib/nn.yaml:90:7
%2926 = div %2908, %2925 : f32[16] @ models/lib/nn.yaml:90:7
%2927 = cast %2916 : f32[] @ models/lib/nn.yaml:90:7
%2928 = broadcast %2927 : f32[16] @ models/lib/nn.yaml:90:7
%2929 = mul %2926, %2928 : f32[16] @ models/lib/nn.yaml:90:7
%2930 = sub %18, %2929 : f32[16] @ models/lib/nn.yaml:90:7
%2931 = assign %18, %2930 : f32[16] @ models/lib/nn.yaml:90:7
%2932 = assign %2902, %2908 : f32[16] @ models/lib/nn.yaml:90:7
%2933 = assign %2903, %2912 : f32[16] @ models/lib/nn.yaml:90:7
%2934 = assign %2904, %2905 : i64[] @ models/lib/nn.yaml:90:7
%2935 = mul %56, %2506 : f32[16] @ models/lib/nn.yaml:90:7
%2936 = mul %2930, %2508 : f32[16] @ models/lib/nn.yaml:90:7
%2937 = add %2935, %2936 : f32[16] @ models/lib/nn.yaml:90:7
%2938 = assign %56, %2937 : f32[16] @ models/lib/nn.yaml:90:7
%2939 = all_reduce_sum %2081 : f32[64,16] @ models/lib/nn.yaml:79:7
%2940 = reshape %2939 : f32[1024] @ models/lib/nn.yaml:79:7
%2941 = mul %2940, %2940 : f32[1024] @ models/lib/nn.yaml:79:7
%2942 = reduce_sum %2941 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%2943 = sqrt %2942 : f32[] @ models/lib/nn.yaml:79:7
%2944 = cast %2943 : f64[] @ models/lib/nn.yaml:79:7
%2945 = add %2944, %2267 : f64[] @ models/lib/nn.yaml:79:7
%2946 = div %2269, %2945 : f64[] @ models/lib/nn.yaml:79:7
%2947 = lt %2946, %2271 : bool[] @ models/lib/nn.yaml:79:7
%2948 = cast %2946 : f32[] @ models/lib/nn.yaml:79:7
%2949 = broadcast %2948 : f32[64,16] @ models/lib/nn.yaml:79:7
%2950 = mul %2939, %2949 : f32[64,16] @ models/lib/nn.yaml:79:7
%2951 = broadcast %2947 : bool[64,16] @ models/lib/nn.yaml:79:7
%2952 = select %2951, %2950, %2939 : f32[64,16] @ models/lib/nn.yaml:79:7
%2953 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%2954 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%2955 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%2956 = add %2955, %2281 : i64[] @ models/lib/nn.yaml:79:7
%2957 = broadcast %2285 : f32[64,16] @ models/lib/nn.yaml:79:7
%2958 = mul %19, %2957 : f32[64,16] @ models/lib/nn.yaml:79:7
%2959 = broadcast %1085 : f32[64,16] @ models/lib/nn.yaml:79:7
%2960 = mul %2952, %2959 : f32[64,16] @ models/lib/nn.yaml:79:7
%2961 = broadcast %640 : f32[64,16] @ models/lib/nn.yaml:79:7
%2962 = mul %2953, %2961 : f32[64,16] @ models/lib/nn.yaml:79:7
%2963 = add %2962, %2960 : f32[64,16] @ models/lib/nn.yaml:79:7
%2964 = mul %2952, %2952 : f32[64,16] @ models/lib/nn.yaml:79:7
%2965 = broadcast %2295 : f32[64,16] @ models/lib/nn.yaml:79:7
%2966 = mul %2964, %2965 : f32[64,16] @ models/lib/nn.yaml:79:7
%2967 = broadcast %2299 : f32[64,16] @ models/lib/nn.yaml:79:7
%2968 = mul %2954, %2967 : f32[64,16] @ models/lib/nn.yaml:79:7
%2969 = add %2968, %2966 : f32[64,16] @ models/lib/nn.yaml:79:7
%2970 = cast %2956 : f64[] @ models/lib/nn.yaml:79:7
%2971 = pow %2290, %2970 : f64[] @ models/lib/nn.yaml:79:7
%2972 = sub %2271, %2971 : f64[] @ models/lib/nn.yaml:79:7
%2973 = div %1201, %2972 : f64[] @ models/lib/nn.yaml:79:7
%2974 = pow %2298, %2970 : f64[] @ models/lib/nn.yaml:79:7
%2975 = sub %2271, %2974 : f64[] @ models/lib/nn.yaml:79:7
%2976 = sqrt %2975 : f64[] @ models/lib/nn.yaml:79:7
%2977 = div %2271, %2976 : f64[] @ models/lib/nn.yaml:79:7
%2978 = sqrt %2969 : f32[64,16] @ models/lib/nn.yaml:79:7
%2979 = cast %2977 : f32[] @ models/lib/nn.yaml:79:7
%2980 = broadcast %2979 : f32[64,16] @ models/lib/nn.yaml:79:7
%2981 = mul %2978, %2980 : f32[64,16] @ models/lib/nn.yaml:79:7
%2982 = broadcast %2315 : f32[64,16] @ models/lib/nn.yaml:79:7
%2983 = add %2981, %2982 : f32[64,16] @ models/lib/nn.yaml:79:7
%2984 = div %2963, %2983 : f32[64,16] @ models/lib/nn.yaml:79:7
%2985 = cast %2973 : f32[] @ models/lib/nn.yaml:79:7
%2986 = broadcast %2985 : f32[64,16] @ models/lib/nn.yaml:79:7
%2987 = mul %2984, %2986 : f32[64,16] @ models/lib/nn.yaml:79:7
%2988 = sub %2958, %2987 : f32[64,16] @ models/lib/nn.yaml:79:7
%2989 = assign %19, %2988 : f32[64,16] @ models/lib/nn.yaml:79:7
%2990 = assign %2953, %2963 : f32[64,16] @ models/lib/nn.yaml:79:7
%2991 = assign %2954, %2969 : f32[64,16] @ models/lib/nn.yaml:79:7
%2992 = assign %2955, %2956 : i64[] @ models/lib/nn.yaml:79:7
%2993 = broadcast %3 : f32[64,16] @ models/lib/nn.yaml:79:7
%2994 = mul %57, %2993 : f32[64,16] @ models/lib/nn.yaml:79:7
%2995 = broadcast %2330 : f32[64,16] @ models/lib/nn.yaml:79:7
%2996 = mul %2988, %2995 : f32[64,16] @ models/lib/nn.yaml:79:7
%2997 = add %2994, %2996 : f32[64,16] @ models/lib/nn.yaml:79:7
%2998 = assign %57, %2997 : f32[64,16] @ models/lib/nn.yaml:79:7
%2999 = all_reduce_sum %2076 : f32[64] @ models/lib/nn.yaml:80:7
%3000 = mul %2999, %2999 : f32[64] @ models/lib/nn.yaml:80:7
%3001 = reduce_sum %3000 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3002 = sqrt %3001 : f32[] @ models/lib/nn.yaml:80:7
%3003 = cast %3002 : f64[] @ models/lib/nn.yaml:80:7
%3004 = add %3003, %2267 : f64[] @ models/lib/nn.yaml:80:7
%3005 = div %2269, %3004 : f64[] @ models/lib/nn.yaml:80:7
%3006 = lt %3005, %2271 : bool[] @ models/lib/nn.yaml:80:7
%3007 = cast %3005 : f32[] @ models/lib/nn.yaml:80:7
%3008 = broadcast %3007 : f32[64] @ models/lib/nn.yaml:80:7
%3009 = mul %2999, %3008 : f32[64] @ models/lib/nn.yaml:80:7
%3010 = broadcast %3006 : bool[64] @ models/lib/nn.yaml:80:7
%3011 = select %3010, %3009, %2999 : f32[64] @ models/lib/nn.yaml:80:7
%3012 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%3013 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%3014 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3015 = add %3014, %2281 : i64[] @ models/lib/nn.yaml:80:7
%3016 = broadcast %1085 : f32[64] @ models/lib/nn.yaml:80:7
%3017 = mul %3011, %3016 : f32[64] @ models/lib/nn.yaml:80:7
%3018 = broadcast %640 : f32[64] @ models/lib/nn.yaml:80:7
%3019 = mul %3012, %3018 : f32[64] @ models/lib/nn.yaml:80:7
%3020 = add %3019, %3017 : f32[64] @ models/lib/nn.yaml:80:7
%3021 = mul %3011, %3011 : f32[64] @ models/lib/nn.yaml:80:7
%3022 = broadcast %2295 : f32[64] @ models/lib/nn.yaml:80:7
%3023 = mul %3021, %3022 : f32[64] @ models/lib/nn.yaml:80:7
%3024 = broadcast %2299 : f32[64] @ models/lib/nn.yaml:80:7
%3025 = mul %3013, %3024 : f32[64] @ models/lib/nn.yaml:80:7
%3026 = add %3025, %3023 : f32[64] @ models/lib/nn.yaml:80:7
%3027 = cast %3015 : f64[] @ models/lib/nn.yaml:80:7
%3028 = pow %2290, %3027 : f64[] @ models/lib/nn.yaml:80:7
%3029 = sub %2271, %3028 : f64[] @ models/lib/nn.yaml:80:7
%3030 = div %1201, %3029 : f64[] @ models/lib/nn.yaml:80:7
%3031 = pow %2298, %3027 : f64[] @ models/lib/nn.yaml:80:7
%3032 = sub %2271, %3031 : f64[] @ models/lib/nn.yaml:80:7
%3033 = sqrt %3032 : f64[] @ models/lib/nn.yaml:80:7
%3034 = div %2271, %3033 : f64[] @ models/lib/nn.yaml:80:7
%3035 = sqrt %3026 : f32[64] @ models/lib/nn.yaml:80:7
%3036 = cast %3034 : f32[] @ models/lib/nn.yaml:80:7
%3037 = broadcast %3036 : f32[64] @ models/lib/nn.yaml:80:7
%3038 = mul %3035, %3037 : f32[64] @ models/lib/nn.yaml:80:7
%3039 = broadcast %2315 : f32[64] @ models/lib/nn.yaml:80:7
%3040 = add %3038, %3039 : f32[64] @ models/lib/nn.yaml:80:7
%3041 = div %3020, %3040 : f32[64] @ models/lib/nn.yaml:80:7
%3042 = cast %3030 : f32[] @ models/lib/nn.yaml:80:7
%3043 = broadcast %3042 : f32[64] @ models/lib/nn.yaml:80:7
%3044 = mul %3041, %3043 : f32[64] @ models/lib/nn.yaml:80:7
%3045 = sub %20, %3044 : f32[64] @ models/lib/nn.yaml:80:7
%3046 = assign %20, %3045 : f32[64] @ models/lib/nn.yaml:80:7
%3047 = assign %3012, %3020 : f32[64] @ models/lib/nn.yaml:80:7
%3048 = assign %3013, %3026 : f32[64] @ models/lib/nn.yaml:80:7
%3049 = assign %3014, %3015 : i64[] @ models/lib/nn.yaml:80:7
%3050 = broadcast %3 : f32[64] @ models/lib/nn.yaml:80:7
%3051 = mul %58, %3050 : f32[64] @ models/lib/nn.yaml:80:7
%3052 = broadcast %2330 : f32[64] @ models/lib/nn.yaml:80:7
%3053 = mul %3045, %3052 : f32[64] @ models/lib/nn.yaml:80:7
%3054 = add %3051, %3053 : f32[64] @ models/lib/nn.yaml:80:7
%3055 = assign %58, %3054 : f32[64] @ models/lib/nn.yaml:80:7
%3056 = all_reduce_sum %2058 : f32[16,64] @ models/lib/nn.yaml:79:7
%3057 = reshape %3056 : f32[1024] @ models/lib/nn.yaml:79:7
%3058 = mul %3057, %3057 : f32[1024] @ models/lib/nn.yaml:79:7
%3059 = reduce_sum %3058 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3060 = sqrt %3059 : f32[] @ models/lib/nn.yaml:79:7
%3061 = cast %3060 : f64[] @ models/lib/nn.yaml:79:7
%3062 = add %3061, %2267 : f64[] @ models/lib/nn.yaml:79:7
%3063 = div %2269, %3062 : f64[] @ models/lib/nn.yaml:79:7
%3064 = lt %3063, %2271 : bool[] @ models/lib/nn.yaml:79:7
%3065 = cast %3063 : f32[] @ models/lib/nn.yaml:79:7
%3066 = broadcast %3065 : f32[16,64] @ models/lib/nn.yaml:79:7
%3067 = mul %3056, %3066 : f32[16,64] @ models/lib/nn.yaml:79:7
%3068 = broadcast %3064 : bool[16,64] @ models/lib/nn.yaml:79:7
%3069 = select %3068, %3067, %3056 : f32[16,64] @ models/lib/nn.yaml:79:7
%3070 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%3071 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%3072 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3073 = add %3072, %2281 : i64[] @ models/lib/nn.yaml:79:7
%3074 = broadcast %2285 : f32[16,64] @ models/lib/nn.yaml:79:7
%3075 = mul %21, %3074 : f32[16,64] @ models/lib/nn.yaml:79:7
%3076 = broadcast %1085 : f32[16,64] @ models/lib/nn.yaml:79:7
%3077 = mul %3069, %3076 : f32[16,64] @ models/lib/nn.yaml:79:7
%3078 = broadcast %640 : f32[16,64] @ models/lib/nn.yaml:79:7
%3079 = mul %3070, %3078 : f32[16,64] @ models/lib/nn.yaml:79:7
%3080 = add %3079, %3077 : f32[16,64] @ models/lib/nn.yaml:79:7
%3081 = mul %3069, %3069 : f32[16,64] @ models/lib/nn.yaml:79:7
%3082 = broadcast %2295 : f32[16,64] @ models/lib/nn.yaml:79:7
%3083 = mul %3081, %3082 : f32[16,64] @ models/lib/nn.yaml:79:7
%3084 = broadcast %2299 : f32[16,64] @ models/lib/nn.yaml:79:7
%3085 = mul %3071, %3084 : f32[16,64] @ models/lib/nn.yaml:79:7
%3086 = add %3085, %3083 : f32[16,64] @ models/lib/nn.yaml:79:7
%3087 = cast %3073 : f64[] @ models/lib/nn.yaml:79:7
%3088 = pow %2290, %3087 : f64[] @ models/lib/nn.yaml:79:7
%3089 = sub %2271, %3088 : f64[] @ models/lib/nn.yaml:79:7
%3090 = div %1201, %3089 : f64[] @ models/lib/nn.yaml:79:7
%3091 = pow %2298, %3087 : f64[] @ models/lib/nn.yaml:79:7
%3092 = sub %2271, %3091 : f64[] @ models/lib/nn.yaml:79:7
%3093 = sqrt %3092 : f64[] @ models/lib/nn.yaml:79:7
%3094 = div %2271, %3093 : f64[] @ models/lib/nn.yaml:79:7
%3095 = sqrt %3086 : f32[16,64] @ models/lib/nn.yaml:79:7
%3096 = cast %3094 : f32[] @ models/lib/nn.yaml:79:7
%3097 = broadcast %3096 : f32[16,64] @ models/lib/nn.yaml:79:7
%3098 = mul %3095, %3097 : f32[16,64] @ models/lib/nn.yaml:79:7
%3099 = broadcast %2315 : f32[16,64] @ models/lib/nn.yaml:79:7
%3100 = add %3098, %3099 : f32[16,64] @ models/lib/nn.yaml:79:7
%3101 = div %3080, %3100 : f32[16,64] @ models/lib/nn.yaml:79:7
%3102 = cast %3090 : f32[] @ models/lib/nn.yaml:79:7
%3103 = broadcast %3102 : f32[16,64] @ models/lib/nn.yaml:79:7
%3104 = mul %3101, %3103 : f32[16,64] @ models/lib/nn.yaml:79:7
%3105 = sub %3075, %3104 : f32[16,64] @ models/lib/nn.yaml:79:7
%3106 = assign %21, %3105 : f32[16,64] @ models/lib/nn.yaml:79:7
%3107 = assign %3070, %3080 : f32[16,64] @ models/lib/nn.yaml:79:7
%3108 = assign %3071, %3086 : f32[16,64] @ models/lib/nn.yaml:79:7
%3109 = assign %3072, %3073 : i64[] @ models/lib/nn.yaml:79:7
%3110 = broadcast %3 : f32[16,64] @ models/lib/nn.yaml:79:7
%3111 = mul %59, %3110 : f32[16,64] @ models/lib/nn.yaml:79:7
%3112 = broadcast %2330 : f32[16,64] @ models/lib/nn.yaml:79:7
%3113 = mul %3105, %3112 : f32[16,64] @ models/lib/nn.yaml:79:7
%3114 = add %3111, %3113 : f32[16,64] @ models/lib/nn.yaml:79:7
%3115 = assign %59, %3114 : f32[16,64] @ models/lib/nn.yaml:79:7
%3116 = all_reduce_sum %2053 : f32[16] @ models/lib/nn.yaml:80:7
%3117 = mul %3116, %3116 : f32[16] @ models/lib/nn.yaml:80:7
%3118 = reduce_sum %3117 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3119 = sqrt %3118 : f32[] @ models/lib/nn.yaml:80:7
%3120 = cast %3119 : f64[] @ models/lib/nn.yaml:80:7
%3121 = add %3120, %2267 : f64[] @ models/lib/nn.yaml:80:7
%3122 = div %2269, %3121 : f64[] @ models/lib/nn.yaml:80:7
%3123 = lt %3122, %2271 : bool[] @ models/lib/nn.yaml:80:7
%3124 = cast %3122 : f32[] @ models/lib/nn.yaml:80:7
%3125 = broadcast %3124 : f32[16] @ models/lib/nn.yaml:80:7
%3126 = mul %3116, %3125 : f32[16] @ models/lib/nn.yaml:80:7
%3127 = broadcast %3123 : bool[16] @ models/lib/nn.yaml:80:7
%3128 = select %3127, %3126, %3116 : f32[16] @ models/lib/nn.yaml:80:7
%3129 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3130 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3131 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3132 = add %3131, %2281 : i64[] @ models/lib/nn.yaml:80:7
%3133 = mul %3128, %2472 : f32[16] @ models/lib/nn.yaml:80:7
%3134 = mul %3129, %2474 : f32[16] @ models/lib/nn.yaml:80:7
%3135 = add %3134, %3133 : f32[16] @ models/lib/nn.yaml:80:7
%3136 = mul %3128, %3128 : f32[16] @ models/lib/nn.yaml:80:7
%3137 = mul %3136, %2478 : f32[16] @ models/lib/nn.yaml:80:7
%3138 = mul %3130, %2480 : f32[16] @ models/lib/nn.yaml:80:7
%3139 = add %3138, %3137 : f32[16] @ models/lib/nn.yaml:80:7
%3140 = cast %3132 : f64[] @ models/lib/nn.yaml:80:7
%3141 = pow %2290, %3140 : f64[] @ models/lib/nn.yaml:80:7
%3142 = sub %2271, %3141 : f64[] @ models/lib/nn.yaml:80:7
%3143 = div %1201, %3142 : f64[] @ models/lib/nn.yaml:80:7
%3144 = pow %2298, %3140 : f64[] @ models/lib/nn.yaml:80:7
%3145 = sub %2271, %3144 : f64[] @ models/lib/nn.yaml:80:7
%3146 = sqrt %3145 : f64[] @ models/lib/nn.yaml:80:7
%3147 = div %2271, %3146 : f64[] @ models/lib/nn.yaml:80:7
%3148 = sqrt %3139 : f32[16] @ models/lib/nn.yaml:80:7
%3149 = cast %3147 : f32[] @ models/lib/nn.yaml:80:7
%3150 = broadcast %3149 : f32[16] @ models/lib/nn.yaml:80:7
%3151 = mul %3148, %3150 : f32[16] @ models/lib/nn.yaml:80:7
%3152 = add %3151, %2495 : f32[16] @ models/lib/nn.yaml:80:7
%3153 = div %3135, %3152 : f32[16] @ models/lib/nn.yaml:80:7
%3154 = cast %3143 : f32[] @ models/lib/nn.yaml:80:7
%3155 = broadcast %3154 : f32[16] @ models/lib/nn.yaml:80:7
%3156 = mul %3153, %3155 : f32[16] @ models/lib/nn.yaml:80:7
%3157 = sub %22, %3156 : f32[16] @ models/lib/nn.yaml:80:7
%3158 = assign %22, %3157 : f32[16] @ models/lib/nn.yaml:80:7
%3159 = assign %3129, %3135 : f32[16] @ models/lib/nn.yaml:80:7
%3160 = assign %3130, %3139 : f32[16] @ models/lib/nn.yaml:80:7
%3161 = assign %3131, %3132 : i64[] @ models/lib/nn.yaml:80:7
%3162 = mul %60, %2506 : f32[16] @ models/lib/nn.yaml:80:7
%3163 = mul %3157, %2508 : f32[16] @ models/lib/nn.yaml:80:7
%3164 = add %3162, %3163 : f32[16] @ models/lib/nn.yaml:80:7
%3165 = assign %60, %3164 : f32[16] @ models/lib/nn.yaml:80:7
%3166 = all_reduce_sum %2030 : f32[16] @ models/lib/nn.yaml:89:7
%3167 = mul %3166, %3166 : f32[16] @ models/lib/nn.yaml:89:7
%3168 = reduce_sum %3167 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%3169 = sqrt %3168 : f32[] @ models/lib/nn.yaml:89:7
%3170 = cast %3169 : f64[] @ models/lib/nn.yaml:89:7
%3171 = add %3170, %2267 : f64[] @ models/lib/nn.yaml:89:7
%3172 = div %2269, %3171 : f64[] @ models/lib/nn.yaml:89:7
%3173 = lt %3172, %2271 : bool[] @ models/lib/nn.yaml:89:7
%3174 = cast %3172 : f32[] @ models/lib/nn.yaml:89:7
%3175 = broadcast %3174 : f32[16] @ models/lib/nn.yaml:89:7
%3176 = mul %3166, %3175 : f32[16] @ models/lib/nn.yaml:89:7
%3177 = broadcast %3173 : bool[16] @ models/lib/nn.yaml:89:7
%3178 = select %3177, %3176, %3166 : f32[16] @ models/lib/nn.yaml:89:7
%3179 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3180 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3181 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3182 = add %3181, %2281 : i64[] @ models/lib/nn.yaml:89:7
%3183 = mul %3178, %2472 : f32[16] @ models/lib/nn.yaml:89:7
%3184 = mul %3179, %2474 : f32[16] @ models/lib/nn.yaml:89:7
%3185 = add %3184, %3183 : f32[16] @ models/lib/nn.yaml:89:7
%3186 = mul %3178, %3178 : f32[16] @ models/lib/nn.yaml:89:7
%3187 = mul %3186, %2478 : f32[16] @ models/lib/nn.yaml:89:7
%3188 = mul %3180, %2480 : f32[16] @ models/lib/nn.yaml:89:7
%3189 = add %3188, %3187 : f32[16] @ models/lib/nn.yaml:89:7
%3190 = cast %3182 : f64[] @ models/lib/nn.yaml:89:7
%3191 = pow %2290, %3190 : f64[] @ models/lib/nn.yaml:89:7
%3192 = sub %2271, %3191 : f64[] @ models/lib/nn.yaml:89:7
%3193 = div %1201, %3192 : f64[] @ models/lib/nn.yaml:89:7
%3194 = pow %2298, %3190 : f64[] @ models/lib/nn.yaml:89:7
%3195 = sub %2271, %3194 : f64[] @ models/lib/nn.yaml:89:7
%3196 = sqrt %3195 : f64[] @ models/lib/nn.yaml:89:7
%3197 = div %2271, %3196 : f64[] @ models/lib/nn.yaml:89:7
%3198 = sqrt %3189 : f32[16] @ models/lib/nn.yaml:89:7
%3199 = cast %3197 : f32[] @ models/lib/nn.yaml:89:7
%3200 = broadcast %3199 : f32[16] @ models/lib/nn.yaml:89:7
%3201 = mul %3198, %3200 : f32[16] @ models/lib/nn.yaml:89:7
%3202 = add %3201, %2495 : f32[16] @ models/lib/nn.yaml:89:7
%3203 = div %3185, %3202 : f32[16] @ models/lib/nn.yaml:89:7
%3204 = cast %3193 : f32[] @ models/lib/nn.yaml:89:7
%3205 = broadcast %3204 : f32[16] @ models/lib/nn.yaml:89:7
%3206 = mul %3203, %3205 : f32[16] @ models/lib/nn.yaml:89:7
%3207 = sub %23, %3206 : f32[16] @ models/lib/nn.yaml:89:7
%3208 = assign %23, %3207 : f32[16] @ models/lib/nn.yaml:89:7
%3209 = assign %3179, %3185 : f32[16] @ models/lib/nn.yaml:89:7
%3210 = assign %3180, %3189 : f32[16] @ models/lib/nn.yaml:89:7
%3211 = assign %3181, %3182 : i64[] @ models/lib/nn.yaml:89:7
%3212 = mul %61, %2506 : f32[16] @ models/lib/nn.yaml:89:7
%3213 = mul %3207, %2508 : f32[16] @ models/lib/nn.yaml:89:7
%3214 = add %3212, %3213 : f32[16] @ models/lib/nn.yaml:89:7
%3215 = assign %61, %3214 : f32[16] @ models/lib/nn.yaml:89:7
%3216 = all_reduce_sum %2023 : f32[16] @ models/lib/nn.yaml:90:7
%3217 = mul %3216, %3216 : f32[16] @ models/lib/nn.yaml:90:7
%3218 = reduce_sum %3217 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%3219 = sqrt %3218 : f32[] @ models/lib/nn.yaml:90:7
%3220 = cast %3219 : f64[] @ models/lib/nn.yaml:90:7
%3221 = add %3220, %2267 : f64[] @ models/lib/nn.yaml:90:7
%3222 = div %2269, %3221 : f64[] @ models/lib/nn.yaml:90:7
%3223 = lt %3222, %2271 : bool[] @ models/lib/nn.yaml:90:7
%3224 = cast %3222 : f32[] @ models/lib/nn.yaml:90:7
%3225 = broadcast %3224 : f32[16] @ models/lib/nn.yaml:90:7
%3226 = mul %3216, %3225 : f32[16] @ models/lib/nn.yaml:90:7
%3227 = broadcast %3223 : bool[16] @ models/lib/nn.yaml:90:7
%3228 = select %3227, %3226, %3216 : f32[16] @ models/lib/nn.yaml:90:7
%3229 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3230 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3231 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3232 = add %3231, %2281 : i64[] @ models/lib/nn.yaml:90:7
%3233 = mul %3228, %2472 : f32[16] @ models/lib/nn.yaml:90:7
%3234 = mul %3229, %2474 : f32[16] @ models/lib/nn.yaml:90:7
%3235 = add %3234, %3233 : f32[16] @ models/lib/nn.yaml:90:7
%3236 = mul %3228, %3228 : f32[16] @ models/lib/nn.yaml:90:7
%3237 = mul %3236, %2478 : f32[16] @ models/lib/nn.yaml:90:7
%3238 = mul %3230, %2480 : f32[16] @ models/lib/nn.yaml:90:7
%3239 = add %3238, %3237 : f32[16] @ models/lib/nn.yaml:90:7
%3240 = cast %3232 : f64[] @ models/lib/nn.yaml:90:7
%3241 = pow %2290, %3240 : f64[] @ models/lib/nn.yaml:90:7
%3242 = sub %2271, %3241 : f64[] @ models/lib/nn.yaml:90:7
%3243 = div %1201, %3242 : f64[] @ models/lib/nn.yaml:90:7
%3244 = pow %2298, %3240 : f64[] @ models/lib/nn.yaml:90:7
%3245 = sub %2271, %3244 : f64[] @ models/lib/nn.yaml:90:7
%3246 = sqrt %3245 : f64[] @ models/lib/nn.yaml:90:7
%3247 = div %2271, %3246 : f64[] @ models/lib/nn.yaml:90:7
%3248 = sqrt %3239 : f32[16] @ models/lib/nn.yaml:90:7
%3249 = cast %3247 : f32[] @ models/lib/nn.yaml:90:7
%3250 = broadcast %3249 : f32[16] @ models/lib/nn.yaml:90:7
%3251 = mul %3248, %3250 : f32[16] @ models/lib/nn.yaml:90:7
%3252 = add %3251, %2495 : f32[16] @ models/lib/nn.yaml:90:7
%3253 = div %3235, %3252 : f32[16] @ models/lib/nn.yaml:90:7
%3254 = cast %3243 : f32[] @ models/lib/nn.yaml:90:7
%3255 = broadcast %3254 : f32[16] @ models/lib/nn.yaml:90:7
%3256 = mul %3253, %3255 : f32[16] @ models/lib/nn.yaml:90:7
%3257 = sub %24, %3256 : f32[16] @ models/lib/nn.yaml:90:7
%3258 = assign %24, %3257 : f32[16] @ models/lib/nn.yaml:90:7
%3259 = assign %3229, %3235 : f32[16] @ models/lib/nn.yaml:90:7
%3260 = assign %3230, %3239 : f32[16] @ models/lib/nn.yaml:90:7
%3261 = assign %3231, %3232 : i64[] @ models/lib/nn.yaml:90:7
%3262 = mul %62, %2506 : f32[16] @ models/lib/nn.yaml:90:7
%3263 = mul %3257, %2508 : f32[16] @ models/lib/nn.yaml:90:7
%3264 = add %3262, %3263 : f32[16] @ models/lib/nn.yaml:90:7
%3265 = assign %62, %3264 : f32[16] @ models/lib/nn.yaml:90:7
%3266 = all_reduce_sum %2018 : f32[48,16] @ models/lib/nn.yaml:79:7
%3267 = reshape %3266 : f32[768] @ models/lib/nn.yaml:79:7
%3268 = mul %3267, %3267 : f32[768] @ models/lib/nn.yaml:79:7
%3269 = reduce_sum %3268 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3270 = sqrt %3269 : f32[] @ models/lib/nn.yaml:79:7
%3271 = cast %3270 : f64[] @ models/lib/nn.yaml:79:7
%3272 = add %3271, %2267 : f64[] @ models/lib/nn.yaml:79:7
%3273 = div %2269, %3272 : f64[] @ models/lib/nn.yaml:79:7
%3274 = lt %3273, %2271 : bool[] @ models/lib/nn.yaml:79:7
%3275 = cast %3273 : f32[] @ models/lib/nn.yaml:79:7
%3276 = broadcast %3275 : f32[48,16] @ models/lib/nn.yaml:79:7
%3277 = mul %3266, %3276 : f32[48,16] @ models/lib/nn.yaml:79:7
%3278 = broadcast %3274 : bool[48,16] @ models/lib/nn.yaml:79:7
%3279 = select %3278, %3277, %3266 : f32[48,16] @ models/lib/nn.yaml:79:7
%3280 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%3281 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%3282 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3283 = add %3282, %2281 : i64[] @ models/lib/nn.yaml:79:7
%3284 = mul %25, %2630 : f32[48,16] @ models/lib/nn.yaml:79:7
%3285 = mul %3279, %2632 : f32[48,16] @ models/lib/nn.yaml:79:7
%3286 = mul %3280, %2634 : f32[48,16] @ models/lib/nn.yaml:79:7
%3287 = add %3286, %3285 : f32[48,16] @ models/lib/nn.yaml:79:7
%3288 = mul %3279, %3279 : f32[48,16] @ models/lib/nn.yaml:79:7
%3289 = mul %3288, %2638 : f32[48,16] @ models/lib/nn.yaml:79:7
%3290 = mul %3281, %2640 : f32[48,16] @ models/lib/nn.yaml:79:7
%3291 = add %3290, %3289 : f32[48,16] @ models/lib/nn.yaml:79:7
%3292 = cast %3283 : f64[] @ models/lib/nn.yaml:79:7
%3293 = pow %2290, %3292 : f64[] @ models/lib/nn.yaml:79:7
%3294 = sub %2271, %3293 : f64[] @ models/lib/nn.yaml:79:7
%3295 = div %1201, %3294 : f64[] @ models/lib/nn.yaml:79:7
%3296 = pow %2298, %3292 : f64[] @ models/lib/nn.yaml:79:7
%3297 = sub %2271, %3296 : f64[] @ models/lib/nn.yaml:79:7
%3298 = sqrt %3297 : f64[] @ models/lib/nn.yaml:79:7
%3299 = div %2271, %3298 : f64[] @ models/lib/nn.yaml:79:7
%3300 = sqrt %3291 : f32[48,16] @ models/lib/nn.yaml:79:7
%3301 = cast %3299 : f32[] @ models/lib/nn.yaml:79:7
%3302 = broadcast %3301 : f32[48,16] @ models/lib/nn.yaml:79:7
%3303 = mul %3300, %3302 : f32[48,16] @ models/lib/nn.yaml:79:7
%3304 = add %3303, %2655 : f32[48,16] @ models/lib/nn.yaml:79:7
%3305 = div %3287, %3304 : f32[48,16] @ models/lib/nn.yaml:79:7
%3306 = cast %3295 : f32[] @ models/lib/nn.yaml:79:7
%3307 = broadcast %3306 : f32[48,16] @ models/lib/nn.yaml:79:7
%3308 = mul %3305, %3307 : f32[48,16] @ models/lib/nn.yaml:79:7
%3309 = sub %3284, %3308 : f32[48,16] @ models/lib/nn.yaml:79:7
%3310 = assign %25, %3309 : f32[48,16] @ models/lib/nn.yaml:79:7
%3311 = assign %3280, %3287 : f32[48,16] @ models/lib/nn.yaml:79:7
%3312 = assign %3281, %3291 : f32[48,16] @ models/lib/nn.yaml:79:7
%3313 = assign %3282, %3283 : i64[] @ models/lib/nn.yaml:79:7
%3314 = mul %63, %2666 : f32[48,16] @ models/lib/nn.yaml:79:7
%3315 = mul %3309, %2668 : f32[48,16] @ models/lib/nn.yaml:79:7
%3316 = add %3314, %3315 : f32[48,16] @ models/lib/nn.yaml:79:7
%3317 = assign %63, %3316 : f32[48,16] @ models/lib/nn.yaml:79:7
%3318 = all_reduce_sum %2013 : f32[48] @ models/lib/nn.yaml:80:7
%3319 = mul %3318, %3318 : f32[48] @ models/lib/nn.yaml:80:7
%3320 = reduce_sum %3319 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3321 = sqrt %3320 : f32[] @ models/lib/nn.yaml:80:7
%3322 = cast %3321 : f64[] @ models/lib/nn.yaml:80:7
%3323 = add %3322, %2267 : f64[] @ models/lib/nn.yaml:80:7
%3324 = div %2269, %3323 : f64[] @ models/lib/nn.yaml:80:7
%3325 = lt %3324, %2271 : bool[] @ models/lib/nn.yaml:80:7
%3326 = cast %3324 : f32[] @ models/lib/nn.yaml:80:7
%3327 = broadcast %3326 : f32[48] @ models/lib/nn.yaml:80:7
%3328 = mul %3318, %3327 : f32[48] @ models/lib/nn.yaml:80:7
%3329 = broadcast %3325 : bool[48] @ models/lib/nn.yaml:80:7
%3330 = select %3329, %3328, %3318 : f32[48] @ models/lib/nn.yaml:80:7
%3331 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%3332 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%3333 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3334 = add %3333, %2281 : i64[] @ models/lib/nn.yaml:80:7
%3335 = mul %3330, %2689 : f32[48] @ models/lib/nn.yaml:80:7
%3336 = mul %3331, %2691 : f32[48] @ models/lib/nn.yaml:80:7
%3337 = add %3336, %3335 : f32[48] @ models/lib/nn.yaml:80:7
%3338 = mul %3330, %3330 : f32[48] @ models/lib/nn.yaml:80:7
%3339 = mul %3338, %2695 : f32[48] @ models/lib/nn.yaml:80:7
%3340 = mul %3332, %2697 : f32[48] @ models/lib/nn.yaml:80:7
%3341 = add %3340, %3339 : f32[48] @ models/lib/nn.yaml:80:7
%3342 = cast %3334 : f64[] @ models/lib/nn.yaml:80:7
%3343 = pow %2290, %3342 : f64[] @ models/lib/nn.yaml:80:7
%3344 = sub %2271, %3343 : f64[] @ models/lib/nn.yaml:80:7
%3345 = div %1201, %3344 : f64[] @ models/lib/nn.yaml:80:7
%3346 = pow %2298, %3342 : f64[] @ models/lib/nn.yaml:80:7
%3347 = sub %2271, %3346 : f64[] @ models/lib/nn.yaml:80:7
%3348 = sqrt %3347 : f64[] @ models/lib/nn.yaml:80:7
%3349 = div %2271, %3348 : f64[] @ models/lib/nn.yaml:80:7
%3350 = sqrt %3341 : f32[48] @ models/lib/nn.yaml:80:7
%3351 = cast %3349 : f32[] @ models/lib/nn.yaml:80:7
%3352 = broadcast %3351 : f32[48] @ models/lib/nn.yaml:80:7
%3353 = mul %3350, %3352 : f32[48] @ models/lib/nn.yaml:80:7
%3354 = add %3353, %2712 : f32[48] @ models/lib/nn.yaml:80:7
%3355 = div %3337, %3354 : f32[48] @ models/lib/nn.yaml:80:7
%3356 = cast %3345 : f32[] @ models/lib/nn.yaml:80:7
%3357 = broadcast %3356 : f32[48] @ models/lib/nn.yaml:80:7
%3358 = mul %3355, %3357 : f32[48] @ models/lib/nn.yaml:80:7
%3359 = sub %26, %3358 : f32[48] @ models/lib/nn.yaml:80:7
%3360 = assign %26, %3359 : f32[48] @ models/lib/nn.yaml:80:7
%3361 = assign %3331, %3337 : f32[48] @ models/lib/nn.yaml:80:7
%3362 = assign %3332, %3341 : f32[48] @ models/lib/nn.yaml:80:7
%3363 = assign %3333, %3334 : i64[] @ models/lib/nn.yaml:80:7
%3364 = mul %64, %2723 : f32[48] @ models/lib/nn.yaml:80:7
%3365 = mul %3359, %2725 : f32[48] @ models/lib/nn.yaml:80:7
%3366 = add %3364, %3365 : f32[48] @ models/lib/nn.yaml:80:7
%3367 = assign %64, %3366 : f32[48] @ models/lib/nn.yaml:80:7
%3368 = all_reduce_sum %1923 : f32[16,16] @ models/lib/nn.yaml:79:7
%3369 = reshape %3368 : f32[256] @ models/lib/nn.yaml:79:7
%3370 = mul %3369, %3369 : f32[256] @ models/lib/nn.yaml:79:7
%3371 = reduce_sum %3370 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3372 = sqrt %3371 : f32[] @ models/lib/nn.yaml:79:7
%3373 = cast %3372 : f64[] @ models/lib/nn.yaml:79:7
%3374 = add %3373, %2267 : f64[] @ models/lib/nn.yaml:79:7
%3375 = div %2269, %3374 : f64[] @ models/lib/nn.yaml:79:7
%3376 = lt %3375, %2271 : bool[] @ models/lib/nn.yaml:79:7
%3377 = cast %3375 : f32[] @ models/lib/nn.yaml:79:7
%3378 = broadcast %3377 : f32[16,16] @ models/lib/nn.yaml:79:7
%3379 = mul %3368, %3378 : f32[16,16] @ models/lib/nn.yaml:79:7
%3380 = broadcast %3376 : bool[16,16] @ models/lib/nn.yaml:79:7
%3381 = select %3380, %3379, %3368 : f32[16,16] @ models/lib/nn.yaml:79:7
%3382 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%3383 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%3384 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3385 = add %3384, %2281 : i64[] @ models/lib/nn.yaml:79:7
%3386 = mul %27, %2747 : f32[16,16] @ models/lib/nn.yaml:79:7
%3387 = mul %3381, %2749 : f32[16,16] @ models/lib/nn.yaml:79:7
%3388 = mul %3382, %2751 : f32[16,16] @ models/lib/nn.yaml:79:7
%3389 = add %3388, %3387 : f32[16,16] @ models/lib/nn.yaml:79:7
%3390 = mul %3381, %3381 : f32[16,16] @ models/lib/nn.yaml:79:7
%3391 = mul %3390, %2755 : f32[16,16] @ models/lib/nn.yaml:79:7
%3392 = mul %3383, %2757 : f32[16,16] @ models/lib/nn.yaml:79:7
%3393 = add %3392, %3391 : f32[16,16] @ models/lib/nn.yaml:79:7
%3394 = cast %3385 : f64[] @ models/lib/nn.yaml:79:7
%3395 = pow %2290, %3394 : f64[] @ models/lib/nn.yaml:79:7
%3396 = sub %2271, %3395 : f64[] @ models/lib/nn.yaml:79:7
%3397 = div %1201, %3396 : f64[] @ models/lib/nn.yaml:79:7
%3398 = pow %2298, %3394 : f64[] @ models/lib/nn.yaml:79:7
%3399 = sub %2271, %3398 : f64[] @ models/lib/nn.yaml:79:7
%3400 = sqrt %3399 : f64[] @ models/lib/nn.yaml:79:7
%3401 = div %2271, %3400 : f64[] @ models/lib/nn.yaml:79:7
%3402 = sqrt %3393 : f32[16,16] @ models/lib/nn.yaml:79:7
%3403 = cast %3401 : f32[] @ models/lib/nn.yaml:79:7
%3404 = broadcast %3403 : f32[16,16] @ models/lib/nn.yaml:79:7
%3405 = mul %3402, %3404 : f32[16,16] @ models/lib/nn.yaml:79:7
%3406 = add %3405, %2772 : f32[16,16] @ models/lib/nn.yaml:79:7
%3407 = div %3389, %3406 : f32[16,16] @ models/lib/nn.yaml:79:7
%3408 = cast %3397 : f32[] @ models/lib/nn.yaml:79:7
%3409 = broadcast %3408 : f32[16,16] @ models/lib/nn.yaml:79:7
%3410 = mul %3407, %3409 : f32[16,16] @ models/lib/nn.yaml:79:7
%3411 = sub %3386, %3410 : f32[16,16] @ models/lib/nn.yaml:79:7
%3412 = assign %27, %3411 : f32[16,16] @ models/lib/nn.yaml:79:7
%3413 = assign %3382, %3389 : f32[16,16] @ models/lib/nn.yaml:79:7
%3414 = assign %3383, %3393 : f32[16,16] @ models/lib/nn.yaml:79:7
%3415 = assign %3384, %3385 : i64[] @ models/lib/nn.yaml:79:7
%3416 = mul %65, %2783 : f32[16,16] @ models/lib/nn.yaml:79:7
%3417 = mul %3411, %2785 : f32[16,16] @ models/lib/nn.yaml:79:7
%3418 = add %3416, %3417 : f32[16,16] @ models/lib/nn.yaml:79:7
%3419 = assign %65, %3418 : f32[16,16] @ models/lib/nn.yaml:79:7
%3420 = all_reduce_sum %1918 : f32[16] @ models/lib/nn.yaml:80:7
%3421 = mul %3420, %3420 : f32[16] @ models/lib/nn.yaml:80:7
%3422 = reduce_sum %3421 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3423 = sqrt %3422 : f32[] @ models/lib/nn.yaml:80:7
%3424 = cast %3423 : f64[] @ models/lib/nn.yaml:80:7
%3425 = add %3424, %2267 : f64[] @ models/lib/nn.yaml:80:7
%3426 = div %2269, %3425 : f64[] @ models/lib/nn.yaml:80:7
%3427 = lt %3426, %2271 : bool[] @ models/lib/nn.yaml:80:7
%3428 = cast %3426 : f32[] @ models/lib/nn.yaml:80:7
%3429 = broadcast %3428 : f32[16] @ models/lib/nn.yaml:80:7
%3430 = mul %3420, %3429 : f32[16] @ models/lib/nn.yaml:80:7
%3431 = broadcast %3427 : bool[16] @ models/lib/nn.yaml:80:7
%3432 = select %3431, %3430, %3420 : f32[16] @ models/lib/nn.yaml:80:7
%3433 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3434 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3435 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3436 = add %3435, %2281 : i64[] @ models/lib/nn.yaml:80:7
%3437 = mul %3432, %2472 : f32[16] @ models/lib/nn.yaml:80:7
%3438 = mul %3433, %2474 : f32[16] @ models/lib/nn.yaml:80:7
%3439 = add %3438, %3437 : f32[16] @ models/lib/nn.yaml:80:7
%3440 = mul %3432, %3432 : f32[16] @ models/lib/nn.yaml:80:7
%3441 = mul %3440, %2478 : f32[16] @ models/lib/nn.yaml:80:7
%3442 = mul %3434, %2480 : f32[16] @ models/lib/nn.yaml:80:7
%3443 = add %3442, %3441 : f32[16] @ models/lib/nn.yaml:80:7
%3444 = cast %3436 : f64[] @ models/lib/nn.yaml:80:7
%3445 = pow %2290, %3444 : f64[] @ models/lib/nn.yaml:80:7
%3446 = sub %2271, %3445 : f64[] @ models/lib/nn.yaml:80:7
%3447 = div %1201, %3446 : f64[] @ models/lib/nn.yaml:80:7
%3448 = pow %2298, %3444 : f64[] @ models/lib/nn.yaml:80:7
%3449 = sub %2271, %3448 : f64[] @ models/lib/nn.yaml:80:7
%3450 = sqrt %3449 : f64[] @ models/lib/nn.yaml:80:7
%3451 = div %2271, %3450 : f64[] @ models/lib/nn.yaml:80:7
%3452 = sqrt %3443 : f32[16] @ models/lib/nn.yaml:80:7
%3453 = cast %3451 : f32[] @ models/lib/nn.yaml:80:7
%3454 = broadcast %3453 : f32[16] @ models/lib/nn.yaml:80:7
%3455 = mul %3452, %3454 : f32[16] @ models/lib/nn.yaml:80:7
%3456 = add %3455, %2495 : f32[16] @ models/lib/nn.yaml:80:7
%3457 = div %3439, %3456 : f32[16] @ models/lib/nn.yaml:80:7
%3458 = cast %3447 : f32[] @ models/lib/nn.yaml:80:7
%3459 = broadcast %3458 : f32[16] @ models/lib/nn.yaml:80:7
%3460 = mul %3457, %3459 : f32[16] @ models/lib/nn.yaml:80:7
%3461 = sub %28, %3460 : f32[16] @ models/lib/nn.yaml:80:7
%3462 = assign %28, %3461 : f32[16] @ models/lib/nn.yaml:80:7
%3463 = assign %3433, %3439 : f32[16] @ models/lib/nn.yaml:80:7
%3464 = assign %3434, %3443 : f32[16] @ models/lib/nn.yaml:80:7
%3465 = assign %3435, %3436 : i64[] @ models/lib/nn.yaml:80:7
%3466 = mul %66, %2506 : f32[16] @ models/lib/nn.yaml:80:7
%3467 = mul %3461, %2508 : f32[16] @ models/lib/nn.yaml:80:7
%3468 = add %3466, %3467 : f32[16] @ models/lib/nn.yaml:80:7
%3469 = assign %66, %3468 : f32[16] @ models/lib/nn.yaml:80:7
%3470 = all_reduce_sum %1893 : f32[16] @ models/lib/nn.yaml:89:7
%3471 = mul %3470, %3470 : f32[16] @ models/lib/nn.yaml:89:7
%3472 = reduce_sum %3471 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%3473 = sqrt %3472 : f32[] @ models/lib/nn.yaml:89:7
%3474 = cast %3473 : f64[] @ models/lib/nn.yaml:89:7
%3475 = add %3474, %2267 : f64[] @ models/lib/nn.yaml:89:7
%3476 = div %2269, %3475 : f64[] @ models/lib/nn.yaml:89:7
%3477 = lt %3476, %2271 : bool[] @ models/lib/nn.yaml:89:7
%3478 = cast %3476 : f32[] @ models/lib/nn.yaml:89:7
%3479 = broadcast %3478 : f32[16] @ models/lib/nn.yaml:89:7
%3480 = mul %3470, %3479 : f32[16] @ models/lib/nn.yaml:89:7
%3481 = broadcast %3477 : bool[16] @ models/lib/nn.yaml:89:7
%3482 = select %3481, %3480, %3470 : f32[16] @ models/lib/nn.yaml:89:7
%3483 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3484 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3485 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3486 = add %3485, %2281 : i64[] @ models/lib/nn.yaml:89:7
%3487 = mul %3482, %2472 : f32[16] @ models/lib/nn.yaml:89:7
%3488 = mul %3483, %2474 : f32[16] @ models/lib/nn.yaml:89:7
%3489 = add %3488, %3487 : f32[16] @ models/lib/nn.yaml:89:7
%3490 = mul %3482, %3482 : f32[16] @ models/lib/nn.yaml:89:7
%3491 = mul %3490, %2478 : f32[16] @ models/lib/nn.yaml:89:7
%3492 = mul %3484, %2480 : f32[16] @ models/lib/nn.yaml:89:7
%3493 = add %3492, %3491 : f32[16] @ models/lib/nn.yaml:89:7
%3494 = cast %3486 : f64[] @ models/lib/nn.yaml:89:7
%3495 = pow %2290, %3494 : f64[] @ models/lib/nn.yaml:89:7
%3496 = sub %2271, %3495 : f64[] @ models/lib/nn.yaml:89:7
%3497 = div %1201, %3496 : f64[] @ models/lib/nn.yaml:89:7
%3498 = pow %2298, %3494 : f64[] @ models/lib/nn.yaml:89:7
%3499 = sub %2271, %3498 : f64[] @ models/lib/nn.yaml:89:7
%3500 = sqrt %3499 : f64[] @ models/lib/nn.yaml:89:7
%3501 = div %2271, %3500 : f64[] @ models/lib/nn.yaml:89:7
%3502 = sqrt %3493 : f32[16] @ models/lib/nn.yaml:89:7
%3503 = cast %3501 : f32[] @ models/lib/nn.yaml:89:7
%3504 = broadcast %3503 : f32[16] @ models/lib/nn.yaml:89:7
%3505 = mul %3502, %3504 : f32[16] @ models/lib/nn.yaml:89:7
%3506 = add %3505, %2495 : f32[16] @ models/lib/nn.yaml:89:7
%3507 = div %3489, %3506 : f32[16] @ models/lib/nn.yaml:89:7
%3508 = cast %3497 : f32[] @ models/lib/nn.yaml:89:7
%3509 = broadcast %3508 : f32[16] @ models/lib/nn.yaml:89:7
%3510 = mul %3507, %3509 : f32[16] @ models/lib/nn.yaml:89:7
%3511 = sub %29, %3510 : f32[16] @ models/lib/nn.yaml:89:7
%3512 = assign %29, %3511 : f32[16] @ models/lib/nn.yaml:89:7
%3513 = assign %3483, %3489 : f32[16] @ models/lib/nn.yaml:89:7
%3514 = assign %3484, %3493 : f32[16] @ models/lib/nn.yaml:89:7
%3515 = assign %3485, %3486 : i64[] @ models/lib/nn.yaml:89:7
%3516 = mul %67, %2506 : f32[16] @ models/lib/nn.yaml:89:7
%3517 = mul %3511, %2508 : f32[16] @ models/lib/nn.yaml:89:7
%3518 = add %3516, %3517 : f32[16] @ models/lib/nn.yaml:89:7
%3519 = assign %67, %3518 : f32[16] @ models/lib/nn.yaml:89:7
%3520 = all_reduce_sum %1886 : f32[16] @ models/lib/nn.yaml:90:7
%3521 = mul %3520, %3520 : f32[16] @ models/lib/nn.yaml:90:7
%3522 = reduce_sum %3521 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%3523 = sqrt %3522 : f32[] @ models/lib/nn.yaml:90:7
%3524 = cast %3523 : f64[] @ models/lib/nn.yaml:90:7
%3525 = add %3524, %2267 : f64[] @ models/lib/nn.yaml:90:7
%3526 = div %2269, %3525 : f64[] @ models/lib/nn.yaml:90:7
%3527 = lt %3526, %2271 : bool[] @ models/lib/nn.yaml:90:7
%3528 = cast %3526 : f32[] @ models/lib/nn.yaml:90:7
%3529 = broadcast %3528 : f32[16] @ models/lib/nn.yaml:90:7
%3530 = mul %3520, %3529 : f32[16] @ models/lib/nn.yaml:90:7
%3531 = broadcast %3527 : bool[16] @ models/lib/nn.yaml:90:7
%3532 = select %3531, %3530, %3520 : f32[16] @ models/lib/nn.yaml:90:7
%3533 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3534 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3535 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3536 = add %3535, %2281 : i64[] @ models/lib/nn.yaml:90:7
%3537 = mul %3532, %2472 : f32[16] @ models/lib/nn.yaml:90:7
%3538 = mul %3533, %2474 : f32[16] @ models/lib/nn.yaml:90:7
%3539 = add %3538, %3537 : f32[16] @ models/lib/nn.yaml:90:7
%3540 = mul %3532, %3532 : f32[16] @ models/lib/nn.yaml:90:7
%3541 = mul %3540, %2478 : f32[16] @ models/lib/nn.yaml:90:7
%3542 = mul %3534, %2480 : f32[16] @ models/lib/nn.yaml:90:7
%3543 = add %3542, %3541 : f32[16] @ models/lib/nn.yaml:90:7
%3544 = cast %3536 : f64[] @ models/lib/nn.yaml:90:7
%3545 = pow %2290, %3544 : f64[] @ models/lib/nn.yaml:90:7
%3546 = sub %2271, %3545 : f64[] @ models/lib/nn.yaml:90:7
%3547 = div %1201, %3546 : f64[] @ models/lib/nn.yaml:90:7
%3548 = pow %2298, %3544 : f64[] @ models/lib/nn.yaml:90:7
%3549 = sub %2271, %3548 : f64[] @ models/lib/nn.yaml:90:7
%3550 = sqrt %3549 : f64[] @ models/lib/nn.yaml:90:7
%3551 = div %2271, %3550 : f64[] @ models/lib/nn.yaml:90:7
%3552 = sqrt %3543 : f32[16] @ models/lib/nn.yaml:90:7
%3553 = cast %3551 : f32[] @ models/lib/nn.yaml:90:7
%3554 = broadcast %3553 : f32[16] @ models/lib/nn.yaml:90:7
%3555 = mul %3552, %3554 : f32[16] @ models/lib/nn.yaml:90:7
%3556 = add %3555, %2495 : f32[16] @ models/lib/nn.yaml:90:7
%3557 = div %3539, %3556 : f32[16] @ models/lib/nn.yaml:90:7
%3558 = cast %3547 : f32[] @ models/lib/nn.yaml:90:7
%3559 = broadcast %3558 : f32[16] @ models/lib/nn.yaml:90:7
%3560 = mul %3557, %3559 : f32[16] @ models/lib/nn.yaml:90:7
%3561 = sub %30, %3560 : f32[16] @ models/lib/nn.yaml:90:7
%3562 = assign %30, %3561 : f32[16] @ models/lib/nn.yaml:90:7
%3563 = assign %3533, %3539 : f32[16] @ models/lib/nn.yaml:90:7
%3564 = assign %3534, %3543 : f32[16] @ models/lib/nn.yaml:90:7
%3565 = assign %3535, %3536 : i64[] @ models/lib/nn.yaml:90:7
%3566 = mul %68, %2506 : f32[16] @ models/lib/nn.yaml:90:7
%3567 = mul %3561, %2508 : f32[16] @ models/lib/nn.yaml:90:7
%3568 = add %3566, %3567 : f32[16] @ models/lib/nn.yaml:90:7
%3569 = assign %68, %3568 : f32[16] @ models/lib/nn.yaml:90:7
%3570 = all_reduce_sum %1881 : f32[64,16] @ models/lib/nn.yaml:79:7
%3571 = reshape %3570 : f32[1024] @ models/lib/nn.yaml:79:7
%3572 = mul %3571, %3571 : f32[1024] @ models/lib/nn.yaml:79:7
%3573 = reduce_sum %3572 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3574 = sqrt %3573 : f32[] @ models/lib/nn.yaml:79:7
%3575 = cast %3574 : f64[] @ models/lib/nn.yaml:79:7
%3576 = add %3575, %2267 : f64[] @ models/lib/nn.yaml:79:7
%3577 = div %2269, %3576 : f64[] @ models/lib/nn.yaml:79:7
%3578 = lt %3577, %2271 : bool[] @ models/lib/nn.yaml:79:7
%3579 = cast %3577 : f32[] @ models/lib/nn.yaml:79:7
%3580 = broadcast %3579 : f32[64,16] @ models/lib/nn.yaml:79:7
%3581 = mul %3570, %3580 : f32[64,16] @ models/lib/nn.yaml:79:7
%3582 = broadcast %3578 : bool[64,16] @ models/lib/nn.yaml:79:7
%3583 = select %3582, %3581, %3570 : f32[64,16] @ models/lib/nn.yaml:79:7
%3584 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%3585 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%3586 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3587 = add %3586, %2281 : i64[] @ models/lib/nn.yaml:79:7
%3588 = mul %31, %2957 : f32[64,16] @ models/lib/nn.yaml:79:7
%3589 = mul %3583, %2959 : f32[64,16] @ models/lib/nn.yaml:79:7
%3590 = mul %3584, %2961 : f32[64,16] @ models/lib/nn.yaml:79:7
%3591 = add %3590, %3589 : f32[64,16] @ models/lib/nn.yaml:79:7
%3592 = mul %3583, %3583 : f32[64,16] @ models/lib/nn.yaml:79:7
%3593 = mul %3592, %2965 : f32[64,16] @ models/lib/nn.yaml:79:7
%3594 = mul %3585, %2967 : f32[64,16] @ models/lib/nn.yaml:79:7
%3595 = add %3594, %3593 : f32[64,16] @ models/lib/nn.yaml:79:7
%3596 = cast %3587 : f64[] @ models/lib/nn.yaml:79:7
%3597 = pow %2290, %3596 : f64[] @ models/lib/nn.yaml:79:7
%3598 = sub %2271, %3597 : f64[] @ models/lib/nn.yaml:79:7
%3599 = div %1201, %3598 : f64[] @ models/lib/nn.yaml:79:7
%3600 = pow %2298, %3596 : f64[] @ models/lib/nn.yaml:79:7
%3601 = sub %2271, %3600 : f64[] @ models/lib/nn.yaml:79:7
%3602 = sqrt %3601 : f64[] @ models/lib/nn.yaml:79:7
%3603 = div %2271, %3602 : f64[] @ models/lib/nn.yaml:79:7
%3604 = sqrt %3595 : f32[64,16] @ models/lib/nn.yaml:79:7
%3605 = cast %3603 : f32[] @ models/lib/nn.yaml:79:7
%3606 = broadcast %3605 : f32[64,16] @ models/lib/nn.yaml:79:7
%3607 = mul %3604, %3606 : f32[64,16] @ models/lib/nn.yaml:79:7
%3608 = add %3607, %2982 : f32[64,16] @ models/lib/nn.yaml:79:7
%3609 = div %3591, %3608 : f32[64,16] @ models/lib/nn.yaml:79:7
%3610 = cast %3599 : f32[] @ models/lib/nn.yaml:79:7
%3611 = broadcast %3610 : f32[64,16] @ models/lib/nn.yaml:79:7
%3612 = mul %3609, %3611 : f32[64,16] @ models/lib/nn.yaml:79:7
%3613 = sub %3588, %3612 : f32[64,16] @ models/lib/nn.yaml:79:7
%3614 = assign %31, %3613 : f32[64,16] @ models/lib/nn.yaml:79:7
%3615 = assign %3584, %3591 : f32[64,16] @ models/lib/nn.yaml:79:7
%3616 = assign %3585, %3595 : f32[64,16] @ models/lib/nn.yaml:79:7
%3617 = assign %3586, %3587 : i64[] @ models/lib/nn.yaml:79:7
%3618 = mul %69, %2993 : f32[64,16] @ models/lib/nn.yaml:79:7
%3619 = mul %3613, %2995 : f32[64,16] @ models/lib/nn.yaml:79:7
%3620 = add %3618, %3619 : f32[64,16] @ models/lib/nn.yaml:79:7
%3621 = assign %69, %3620 : f32[64,16] @ models/lib/nn.yaml:79:7
%3622 = all_reduce_sum %1876 : f32[64] @ models/lib/nn.yaml:80:7
%3623 = mul %3622, %3622 : f32[64] @ models/lib/nn.yaml:80:7
%3624 = reduce_sum %3623 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3625 = sqrt %3624 : f32[] @ models/lib/nn.yaml:80:7
%3626 = cast %3625 : f64[] @ models/lib/nn.yaml:80:7
%3627 = add %3626, %2267 : f64[] @ models/lib/nn.yaml:80:7
%3628 = div %2269, %3627 : f64[] @ models/lib/nn.yaml:80:7
%3629 = lt %3628, %2271 : bool[] @ models/lib/nn.yaml:80:7
%3630 = cast %3628 : f32[] @ models/lib/nn.yaml:80:7
%3631 = broadcast %3630 : f32[64] @ models/lib/nn.yaml:80:7
%3632 = mul %3622, %3631 : f32[64] @ models/lib/nn.yaml:80:7
%3633 = broadcast %3629 : bool[64] @ models/lib/nn.yaml:80:7
%3634 = select %3633, %3632, %3622 : f32[64] @ models/lib/nn.yaml:80:7
%3635 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%3636 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%3637 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3638 = add %3637, %2281 : i64[] @ models/lib/nn.yaml:80:7
%3639 = mul %3634, %3016 : f32[64] @ models/lib/nn.yaml:80:7
%3640 = mul %3635, %3018 : f32[64] @ models/lib/nn.yaml:80:7
%3641 = add %3640, %3639 : f32[64] @ models/lib/nn.yaml:80:7
%3642 = mul %3634, %3634 : f32[64] @ models/lib/nn.yaml:80:7
%3643 = mul %3642, %3022 : f32[64] @ models/lib/nn.yaml:80:7
%3644 = mul %3636, %3024 : f32[64] @ models/lib/nn.yaml:80:7
%3645 = add %3644, %3643 : f32[64] @ models/lib/nn.yaml:80:7
%3646 = cast %3638 : f64[] @ models/lib/nn.yaml:80:7
%3647 = pow %2290, %3646 : f64[] @ models/lib/nn.yaml:80:7
%3648 = sub %2271, %3647 : f64[] @ models/lib/nn.yaml:80:7
%3649 = div %1201, %3648 : f64[] @ models/lib/nn.yaml:80:7
%3650 = pow %2298, %3646 : f64[] @ models/lib/nn.yaml:80:7
%3651 = sub %2271, %3650 : f64[] @ models/lib/nn.yaml:80:7
%3652 = sqrt %3651 : f64[] @ models/lib/nn.yaml:80:7
%3653 = div %2271, %3652 : f64[] @ models/lib/nn.yaml:80:7
%3654 = sqrt %3645 : f32[64] @ models/lib/nn.yaml:80:7
%3655 = cast %3653 : f32[] @ models/lib/nn.yaml:80:7
%3656 = broadcast %3655 : f32[64] @ models/lib/nn.yaml:80:7
%3657 = mul %3654, %3656 : f32[64] @ models/lib/nn.yaml:80:7
%3658 = add %3657, %3039 : f32[64] @ models/lib/nn.yaml:80:7
%3659 = div %3641, %3658 : f32[64] @ models/lib/nn.yaml:80:7
%3660 = cast %3649 : f32[] @ models/lib/nn.yaml:80:7
%3661 = broadcast %3660 : f32[64] @ models/lib/nn.yaml:80:7
%3662 = mul %3659, %3661 : f32[64] @ models/lib/nn.yaml:80:7
%3663 = sub %32, %3662 : f32[64] @ models/lib/nn.yaml:80:7
%3664 = assign %32, %3663 : f32[64] @ models/lib/nn.yaml:80:7
%3665 = assign %3635, %3641 : f32[64] @ models/lib/nn.yaml:80:7
%3666 = assign %3636, %3645 : f32[64] @ models/lib/nn.yaml:80:7
%3667 = assign %3637, %3638 : i64[] @ models/lib/nn.yaml:80:7
%3668 = mul %70, %3050 : f32[64] @ models/lib/nn.yaml:80:7
%3669 = mul %3663, %3052 : f32[64] @ models/lib/nn.yaml:80:7
%3670 = add %3668, %3669 : f32[64] @ models/lib/nn.yaml:80:7
%3671 = assign %70, %3670 : f32[64] @ models/lib/nn.yaml:80:7
%3672 = all_reduce_sum %1857 : f32[16,64] @ models/lib/nn.yaml:79:7
%3673 = reshape %3672 : f32[1024] @ models/lib/nn.yaml:79:7
%3674 = mul %3673, %3673 : f32[1024] @ models/lib/nn.yaml:79:7
%3675 = reduce_sum %3674 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3676 = sqrt %3675 : f32[] @ models/lib/nn.yaml:79:7
%3677 = cast %3676 : f64[] @ models/lib/nn.yaml:79:7
%3678 = add %3677, %2267 : f64[] @ models/lib/nn.yaml:79:7
%3679 = div %2269, %3678 : f64[] @ models/lib/nn.yaml:79:7
%3680 = lt %3679, %2271 : bool[] @ models/lib/nn.yaml:79:7
%3681 = cast %3679 : f32[] @ models/lib/nn.yaml:79:7
%3682 = broadcast %3681 : f32[16,64] @ models/lib/nn.yaml:79:7
%3683 = mul %3672, %3682 : f32[16,64] @ models/lib/nn.yaml:79:7
%3684 = broadcast %3680 : bool[16,64] @ models/lib/nn.yaml:79:7
%3685 = select %3684, %3683, %3672 : f32[16,64] @ models/lib/nn.yaml:79:7
%3686 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%3687 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%3688 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3689 = add %3688, %2281 : i64[] @ models/lib/nn.yaml:79:7
%3690 = mul %33, %3074 : f32[16,64] @ models/lib/nn.yaml:79:7
%3691 = mul %3685, %3076 : f32[16,64] @ models/lib/nn.yaml:79:7
%3692 = mul %3686, %3078 : f32[16,64] @ models/lib/nn.yaml:79:7
%3693 = add %3692, %3691 : f32[16,64] @ models/lib/nn.yaml:79:7
%3694 = mul %3685, %3685 : f32[16,64] @ models/lib/nn.yaml:79:7
%3695 = mul %3694, %3082 : f32[16,64] @ models/lib/nn.yaml:79:7
%3696 = mul %3687, %3084 : f32[16,64] @ models/lib/nn.yaml:79:7
%3697 = add %3696, %3695 : f32[16,64] @ models/lib/nn.yaml:79:7
%3698 = cast %3689 : f64[] @ models/lib/nn.yaml:79:7
%3699 = pow %2290, %3698 : f64[] @ models/lib/nn.yaml:79:7
%3700 = sub %2271, %3699 : f64[] @ models/lib/nn.yaml:79:7
%3701 = div %1201, %3700 : f64[] @ models/lib/nn.yaml:79:7
%3702 = pow %2298, %3698 : f64[] @ models/lib/nn.yaml:79:7
%3703 = sub %2271, %3702 : f64[] @ models/lib/nn.yaml:79:7
%3704 = sqrt %3703 : f64[] @ models/lib/nn.yaml:79:7
%3705 = div %2271, %3704 : f64[] @ models/lib/nn.yaml:79:7
%3706 = sqrt %3697 : f32[16,64] @ models/lib/nn.yaml:79:7
%3707 = cast %3705 : f32[] @ models/lib/nn.yaml:79:7
%3708 = broadcast %3707 : f32[16,64] @ models/lib/nn.yaml:79:7
%3709 = mul %3706, %3708 : f32[16,64] @ models/lib/nn.yaml:79:7
%3710 = add %3709, %3099 : f32[16,64] @ models/lib/nn.yaml:79:7
%3711 = div %3693, %3710 : f32[16,64] @ models/lib/nn.yaml:79:7
%3712 = cast %3701 : f32[] @ models/lib/nn.yaml:79:7
%3713 = broadcast %3712 : f32[16,64] @ models/lib/nn.yaml:79:7
%3714 = mul %3711, %3713 : f32[16,64] @ models/lib/nn.yaml:79:7
%3715 = sub %3690, %3714 : f32[16,64] @ models/lib/nn.yaml:79:7
%3716 = assign %33, %3715 : f32[16,64] @ models/lib/nn.yaml:79:7
%3717 = assign %3686, %3693 : f32[16,64] @ models/lib/nn.yaml:79:7
%3718 = assign %3687, %3697 : f32[16,64] @ models/lib/nn.yaml:79:7
%3719 = assign %3688, %3689 : i64[] @ models/lib/nn.yaml:79:7
%3720 = mul %71, %3110 : f32[16,64] @ models/lib/nn.yaml:79:7
%3721 = mul %3715, %3112 : f32[16,64] @ models/lib/nn.yaml:79:7
%3722 = add %3720, %3721 : f32[16,64] @ models/lib/nn.yaml:79:7
%3723 = assign %71, %3722 : f32[16,64] @ models/lib/nn.yaml:79:7
%3724 = all_reduce_sum %1852 : f32[16] @ models/lib/nn.yaml:80:7
%3725 = mul %3724, %3724 : f32[16] @ models/lib/nn.yaml:80:7
%3726 = reduce_sum %3725 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3727 = sqrt %3726 : f32[] @ models/lib/nn.yaml:80:7
%3728 = cast %3727 : f64[] @ models/lib/nn.yaml:80:7
%3729 = add %3728, %2267 : f64[] @ models/lib/nn.yaml:80:7
%3730 = div %2269, %3729 : f64[] @ models/lib/nn.yaml:80:7
%3731 = lt %3730, %2271 : bool[] @ models/lib/nn.yaml:80:7
%3732 = cast %3730 : f32[] @ models/lib/nn.yaml:80:7
%3733 = broadcast %3732 : f32[16] @ models/lib/nn.yaml:80:7
%3734 = mul %3724, %3733 : f32[16] @ models/lib/nn.yaml:80:7
%3735 = broadcast %3731 : bool[16] @ models/lib/nn.yaml:80:7
%3736 = select %3735, %3734, %3724 : f32[16] @ models/lib/nn.yaml:80:7
%3737 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3738 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3739 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3740 = add %3739, %2281 : i64[] @ models/lib/nn.yaml:80:7
%3741 = mul %3736, %2472 : f32[16] @ models/lib/nn.yaml:80:7
%3742 = mul %3737, %2474 : f32[16] @ models/lib/nn.yaml:80:7
%3743 = add %3742, %3741 : f32[16] @ models/lib/nn.yaml:80:7
%3744 = mul %3736, %3736 : f32[16] @ models/lib/nn.yaml:80:7
%3745 = mul %3744, %2478 : f32[16] @ models/lib/nn.yaml:80:7
%3746 = mul %3738, %2480 : f32[16] @ models/lib/nn.yaml:80:7
%3747 = add %3746, %3745 : f32[16] @ models/lib/nn.yaml:80:7
%3748 = cast %3740 : f64[] @ models/lib/nn.yaml:80:7
%3749 = pow %2290, %3748 : f64[] @ models/lib/nn.yaml:80:7
%3750 = sub %2271, %3749 : f64[] @ models/lib/nn.yaml:80:7
%3751 = div %1201, %3750 : f64[] @ models/lib/nn.yaml:80:7
%3752 = pow %2298, %3748 : f64[] @ models/lib/nn.yaml:80:7
%3753 = sub %2271, %3752 : f64[] @ models/lib/nn.yaml:80:7
%3754 = sqrt %3753 : f64[] @ models/lib/nn.yaml:80:7
%3755 = div %2271, %3754 : f64[] @ models/lib/nn.yaml:80:7
%3756 = sqrt %3747 : f32[16] @ models/lib/nn.yaml:80:7
%3757 = cast %3755 : f32[] @ models/lib/nn.yaml:80:7
%3758 = broadcast %3757 : f32[16] @ models/lib/nn.yaml:80:7
%3759 = mul %3756, %3758 : f32[16] @ models/lib/nn.yaml:80:7
%3760 = add %3759, %2495 : f32[16] @ models/lib/nn.yaml:80:7
%3761 = div %3743, %3760 : f32[16] @ models/lib/nn.yaml:80:7
%3762 = cast %3751 : f32[] @ models/lib/nn.yaml:80:7
%3763 = broadcast %3762 : f32[16] @ models/lib/nn.yaml:80:7
%3764 = mul %3761, %3763 : f32[16] @ models/lib/nn.yaml:80:7
%3765 = sub %34, %3764 : f32[16] @ models/lib/nn.yaml:80:7
%3766 = assign %34, %3765 : f32[16] @ models/lib/nn.yaml:80:7
%3767 = assign %3737, %3743 : f32[16] @ models/lib/nn.yaml:80:7
%3768 = assign %3738, %3747 : f32[16] @ models/lib/nn.yaml:80:7
%3769 = assign %3739, %3740 : i64[] @ models/lib/nn.yaml:80:7
%3770 = mul %72, %2506 : f32[16] @ models/lib/nn.yaml:80:7
%3771 = mul %3765, %2508 : f32[16] @ models/lib/nn.yaml:80:7
%3772 = add %3770, %3771 : f32[16] @ models/lib/nn.yaml:80:7
%3773 = assign %72, %3772 : f32[16] @ models/lib/nn.yaml:80:7
%3774 = all_reduce_sum %1827 : f32[16] @ models/lib/nn.yaml:89:7
%3775 = mul %3774, %3774 : f32[16] @ models/lib/nn.yaml:89:7
%3776 = reduce_sum %3775 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%3777 = sqrt %3776 : f32[] @ models/lib/nn.yaml:89:7
%3778 = cast %3777 : f64[] @ models/lib/nn.yaml:89:7
%3779 = add %3778, %2267 : f64[] @ models/lib/nn.yaml:89:7
%3780 = div %2269, %3779 : f64[] @ models/lib/nn.yaml:89:7
%3781 = lt %3780, %2271 : bool[] @ models/lib/nn.yaml:89:7
%3782 = cast %3780 : f32[] @ models/lib/nn.yaml:89:7
%3783 = broadcast %3782 : f32[16] @ models/lib/nn.yaml:89:7
%3784 = mul %3774, %3783 : f32[16] @ models/lib/nn.yaml:89:7
%3785 = broadcast %3781 : bool[16] @ models/lib/nn.yaml:89:7
%3786 = select %3785, %3784, %3774 : f32[16] @ models/lib/nn.yaml:89:7
%3787 = state name="adam_m.backbone.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3788 = state name="adam_v.backbone.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3789 = state name="adam_t.backbone.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3790 = add %3789, %2281 : i64[] @ models/lib/nn.yaml:89:7
%3791 = mul %3786, %2472 : f32[16] @ models/lib/nn.yaml:89:7
%3792 = mul %3787, %2474 : f32[16] @ models/lib/nn.yaml:89:7
%3793 = add %3792, %3791 : f32[16] @ models/lib/nn.yaml:89:7
%3794 = mul %3786, %3786 : f32[16] @ models/lib/nn.yaml:89:7
%3795 = mul %3794, %2478 : f32[16] @ models/lib/nn.yaml:89:7
%3796 = mul %3788, %2480 : f32[16] @ models/lib/nn.yaml:89:7
%3797 = add %3796, %3795 : f32[16] @ models/lib/nn.yaml:89:7
%3798 = cast %3790 : f64[] @ models/lib/nn.yaml:89:7
%3799 = pow %2290, %3798 : f64[] @ models/lib/nn.yaml:89:7
%3800 = sub %2271, %3799 : f64[] @ models/lib/nn.yaml:89:7
%3801 = div %1201, %3800 : f64[] @ models/lib/nn.yaml:89:7
%3802 = pow %2298, %3798 : f64[] @ models/lib/nn.yaml:89:7
%3803 = sub %2271, %3802 : f64[] @ models/lib/nn.yaml:89:7
%3804 = sqrt %3803 : f64[] @ models/lib/nn.yaml:89:7
%3805 = div %2271, %3804 : f64[] @ models/lib/nn.yaml:89:7
%3806 = sqrt %3797 : f32[16] @ models/lib/nn.yaml:89:7
%3807 = cast %3805 : f32[] @ models/lib/nn.yaml:89:7
%3808 = broadcast %3807 : f32[16] @ models/lib/nn.yaml:89:7
%3809 = mul %3806, %3808 : f32[16] @ models/lib/nn.yaml:89:7
%3810 = add %3809, %2495 : f32[16] @ models/lib/nn.yaml:89:7
%3811 = div %3793, %3810 : f32[16] @ models/lib/nn.yaml:89:7
%3812 = cast %3801 : f32[] @ models/lib/nn.yaml:89:7
%3813 = broadcast %3812 : f32[16] @ models/lib/nn.yaml:89:7
%3814 = mul %3811, %3813 : f32[16] @ models/lib/nn.yaml:89:7
%3815 = sub %35, %3814 : f32[16] @ models/lib/nn.yaml:89:7
%3816 = assign %35, %3815 : f32[16] @ models/lib/nn.yaml:89:7
%3817 = assign %3787, %3793 : f32[16] @ models/lib/nn.yaml:89:7
%3818 = assign %3788, %3797 : f32[16] @ models/lib/nn.yaml:89:7
%3819 = assign %3789, %3790 : i64[] @ models/lib/nn.yaml:89:7
%3820 = mul %73, %2506 : f32[16] @ models/lib/nn.yaml:89:7
%3821 = mul %3815, %2508 : f32[16] @ models/lib/nn.yaml:89:7
%3822 = add %3820, %3821 : f32[16] @ models/lib/nn.yaml:89:7
%3823 = assign %73, %3822 : f32[16] @ models/lib/nn.yaml:89:7
%3824 = all_reduce_sum %1820 : f32[16] @ models/lib/nn.yaml:90:7
%3825 = mul %3824, %3824 : f32[16] @ models/lib/nn.yaml:90:7
%3826 = reduce_sum %3825 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%3827 = sqrt %3826 : f32[] @ models/lib/nn.yaml:90:7
%3828 = cast %3827 : f64[] @ models/lib/nn.yaml:90:7
%3829 = add %3828, %2267 : f64[] @ models/lib/nn.yaml:90:7
%3830 = div %2269, %3829 : f64[] @ models/lib/nn.yaml:90:7
%3831 = lt %3830, %2271 : bool[] @ models/lib/nn.yaml:90:7
%3832 = cast %3830 : f32[] @ models/lib/nn.yaml:90:7
%3833 = broadcast %3832 : f32[16] @ models/lib/nn.yaml:90:7
%3834 = mul %3824, %3833 : f32[16] @ models/lib/nn.yaml:90:7
%3835 = broadcast %3831 : bool[16] @ models/lib/nn.yaml:90:7
%3836 = select %3835, %3834, %3824 : f32[16] @ models/lib/nn.yaml:90:7
%3837 = state name="adam_m.backbone.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3838 = state name="adam_v.backbone.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3839 = state name="adam_t.backbone.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3840 = add %3839, %2281 : i64[] @ models/lib/nn.yaml:90:7
%3841 = mul %3836, %2472 : f32[16] @ models/lib/nn.yaml:90:7
%3842 = mul %3837, %2474 : f32[16] @ models/lib/nn.yaml:90:7
%3843 = add %3842, %3841 : f32[16] @ models/lib/nn.yaml:90:7
%3844 = mul %3836, %3836 : f32[16] @ models/lib/nn.yaml:90:7
%3845 = mul %3844, %2478 : f32[16] @ models/lib/nn.yaml:90:7
%3846 = mul %3838, %2480 : f32[16] @ models/lib/nn.yaml:90:7
%3847 = add %3846, %3845 : f32[16] @ models/lib/nn.yaml:90:7
%3848 = cast %3840 : f64[] @ models/lib/nn.yaml:90:7
%3849 = pow %2290, %3848 : f64[] @ models/lib/nn.yaml:90:7
%3850 = sub %2271, %3849 : f64[] @ models/lib/nn.yaml:90:7
%3851 = div %1201, %3850 : f64[] @ models/lib/nn.yaml:90:7
%3852 = pow %2298, %3848 : f64[] @ models/lib/nn.yaml:90:7
%3853 = sub %2271, %3852 : f64[] @ models/lib/nn.yaml:90:7
%3854 = sqrt %3853 : f64[] @ models/lib/nn.yaml:90:7
%3855 = div %2271, %3854 : f64[] @ models/lib/nn.yaml:90:7
%3856 = sqrt %3847 : f32[16] @ models/lib/nn.yaml:90:7
%3857 = cast %3855 : f32[] @ models/lib/nn.yaml:90:7
%3858 = broadcast %3857 : f32[16] @ models/lib/nn.yaml:90:7
%3859 = mul %3856, %3858 : f32[16] @ models/lib/nn.yaml:90:7
%3860 = add %3859, %2495 : f32[16] @ models/lib/nn.yaml:90:7
%3861 = div %3843, %3860 : f32[16] @ models/lib/nn.yaml:90:7
%3862 = cast %3851 : f32[] @ models/lib/nn.yaml:90:7
%3863 = broadcast %3862 : f32[16] @ models/lib/nn.yaml:90:7
%3864 = mul %3861, %3863 : f32[16] @ models/lib/nn.yaml:90:7
%3865 = sub %36, %3864 : f32[16] @ models/lib/nn.yaml:90:7
%3866 = assign %36, %3865 : f32[16] @ models/lib/nn.yaml:90:7
%3867 = assign %3837, %3843 : f32[16] @ models/lib/nn.yaml:90:7
%3868 = assign %3838, %3847 : f32[16] @ models/lib/nn.yaml:90:7
%3869 = assign %3839, %3840 : i64[] @ models/lib/nn.yaml:90:7
%3870 = mul %74, %2506 : f32[16] @ models/lib/nn.yaml:90:7
%3871 = mul %3865, %2508 : f32[16] @ models/lib/nn.yaml:90:7
%3872 = add %3870, %3871 : f32[16] @ models/lib/nn.yaml:90:7
%3873 = assign %74, %3872 : f32[16] @ models/lib/nn.yaml:90:7
%3874 = all_reduce_sum %1812 : f32[24,16] @ models/lib/nn.yaml:79:7
%3875 = reshape %3874 : f32[384] @ models/lib/nn.yaml:79:7
%3876 = mul %3875, %3875 : f32[384] @ models/lib/nn.yaml:79:7
%3877 = reduce_sum %3876 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3878 = sqrt %3877 : f32[] @ models/lib/nn.yaml:79:7
%3879 = cast %3878 : f64[] @ models/lib/nn.yaml:79:7
%3880 = add %3879, %2267 : f64[] @ models/lib/nn.yaml:79:7
%3881 = div %2269, %3880 : f64[] @ models/lib/nn.yaml:79:7
%3882 = lt %3881, %2271 : bool[] @ models/lib/nn.yaml:79:7
%3883 = cast %3881 : f32[] @ models/lib/nn.yaml:79:7
%3884 = broadcast %3883 : f32[24,16] @ models/lib/nn.yaml:79:7
%3885 = mul %3874, %3884 : f32[24,16] @ models/lib/nn.yaml:79:7
%3886 = broadcast %3882 : bool[24,16] @ models/lib/nn.yaml:79:7
%3887 = select %3886, %3885, %3874 : f32[24,16] @ models/lib/nn.yaml:79:7
%3888 = state name="adam_m.head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%3889 = state name="adam_v.head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%3890 = state name="adam_t.head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3891 = add %3890, %2281 : i64[] @ models/lib/nn.yaml:79:7
%3892 = broadcast %2285 : f32[24,16] @ models/lib/nn.yaml:79:7
%3893 = mul %37, %3892 : f32[24,16] @ models/lib/nn.yaml:79:7
%3894 = broadcast %1085 : f32[24,16] @ models/lib/nn.yaml:79:7
%3895 = mul %3887, %3894 : f32[24,16] @ models/lib/nn.yaml:79:7
%3896 = broadcast %640 : f32[24,16] @ models/lib/nn.yaml:79:7
%3897 = mul %3888, %3896 : f32[24,16] @ models/lib/nn.yaml:79:7
%3898 = add %3897, %3895 : f32[24,16] @ models/lib/nn.yaml:79:7
%3899 = mul %3887, %3887 : f32[24,16] @ models/lib/nn.yaml:79:7
%3900 = broadcast %2295 : f32[24,16] @ models/lib/nn.yaml:79:7
%3901 = mul %3899, %3900 : f32[24,16] @ models/lib/nn.yaml:79:7
%3902 = broadcast %2299 : f32[24,16] @ models/lib/nn.yaml:79:7
%3903 = mul %3889, %3902 : f32[24,16] @ models/lib/nn.yaml:79:7
%3904 = add %3903, %3901 : f32[24,16] @ models/lib/nn.yaml:79:7
%3905 = cast %3891 : f64[] @ models/lib/nn.yaml:79:7
%3906 = pow %2290, %3905 : f64[] @ models/lib/nn.yaml:79:7
%3907 = sub %2271, %3906 : f64[] @ models/lib/nn.yaml:79:7
%3908 = div %1201, %3907 : f64[] @ models/lib/nn.yaml:79:7
%3909 = pow %2298, %3905 : f64[] @ models/lib/nn.yaml:79:7
%3910 = sub %2271, %3909 : f64[] @ models/lib/nn.yaml:79:7
%3911 = sqrt %3910 : f64[] @ models/lib/nn.yaml:79:7
%3912 = div %2271, %3911 : f64[] @ models/lib/nn.yaml:79:7
%3913 = sqrt %3904 : f32[24,16] @ models/lib/nn.yaml:79:7
%3914 = cast %3912 : f32[] @ models/lib/nn.yaml:79:7
%3915 = broadcast %3914 : f32[24,16] @ models/lib/nn.yaml:79:7
%3916 = mul %3913, %3915 : f32[24,16] @ models/lib/nn.yaml:79:7
%3917 = broadcast %2315 : f32[24,16] @ models/lib/nn.yaml:79:7
%3918 = add %3916, %3917 : f32[24,16] @ models/lib/nn.yaml:79:7
%3919 = div %3898, %3918 : f32[24,16] @ models/lib/nn.yaml:79:7
%3920 = cast %3908 : f32[] @ models/lib/nn.yaml:79:7
%3921 = broadcast %3920 : f32[24,16] @ models/lib/nn.yaml:79:7
%3922 = mul %3919, %3921 : f32[24,16] @ models/lib/nn.yaml:79:7
%3923 = sub %3893, %3922 : f32[24,16] @ models/lib/nn.yaml:79:7
%3924 = assign %37, %3923 : f32[24,16] @ models/lib/nn.yaml:79:7
%3925 = assign %3888, %3898 : f32[24,16] @ models/lib/nn.yaml:79:7
%3926 = assign %3889, %3904 : f32[24,16] @ models/lib/nn.yaml:79:7
%3927 = assign %3890, %3891 : i64[] @ models/lib/nn.yaml:79:7
%3928 = broadcast %3 : f32[24,16] @ models/lib/nn.yaml:79:7
%3929 = mul %75, %3928 : f32[24,16] @ models/lib/nn.yaml:79:7
%3930 = broadcast %2330 : f32[24,16] @ models/lib/nn.yaml:79:7
%3931 = mul %3923, %3930 : f32[24,16] @ models/lib/nn.yaml:79:7
%3932 = add %3929, %3931 : f32[24,16] @ models/lib/nn.yaml:79:7
%3933 = assign %75, %3932 : f32[24,16] @ models/lib/nn.yaml:79:7
%3934 = all_reduce_sum %1809 : f32[24] @ models/lib/nn.yaml:80:7
%3935 = mul %3934, %3934 : f32[24] @ models/lib/nn.yaml:80:7
%3936 = reduce_sum %3935 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3937 = sqrt %3936 : f32[] @ models/lib/nn.yaml:80:7
%3938 = cast %3937 : f64[] @ models/lib/nn.yaml:80:7
%3939 = add %3938, %2267 : f64[] @ models/lib/nn.yaml:80:7
%3940 = div %2269, %3939 : f64[] @ models/lib/nn.yaml:80:7
%3941 = lt %3940, %2271 : bool[] @ models/lib/nn.yaml:80:7
%3942 = cast %3940 : f32[] @ models/lib/nn.yaml:80:7
%3943 = broadcast %3942 : f32[24] @ models/lib/nn.yaml:80:7
%3944 = mul %3934, %3943 : f32[24] @ models/lib/nn.yaml:80:7
%3945 = broadcast %3941 : bool[24] @ models/lib/nn.yaml:80:7
%3946 = select %3945, %3944, %3934 : f32[24] @ models/lib/nn.yaml:80:7
%3947 = state name="adam_m.head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%3948 = state name="adam_v.head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%3949 = state name="adam_t.head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3950 = add %3949, %2281 : i64[] @ models/lib/nn.yaml:80:7
%3951 = broadcast %1085 : f32[24] @ models/lib/nn.yaml:80:7
%3952 = mul %3946, %3951 : f32[24] @ models/lib/nn.yaml:80:7
%3953 = broadcast %640 : f32[24] @ models/lib/nn.yaml:80:7
%3954 = mul %3947, %3953 : f32[24] @ models/lib/nn.yaml:80:7
%3955 = add %3954, %3952 : f32[24] @ models/lib/nn.yaml:80:7
%3956 = mul %3946, %3946 : f32[24] @ models/lib/nn.yaml:80:7
%3957 = broadcast %2295 : f32[24] @ models/lib/nn.yaml:80:7
%3958 = mul %3956, %3957 : f32[24] @ models/lib/nn.yaml:80:7
%3959 = broadcast %2299 : f32[24] @ models/lib/nn.yaml:80:7
%3960 = mul %3948, %3959 : f32[24] @ models/lib/nn.yaml:80:7
%3961 = add %3960, %3958 : f32[24] @ models/lib/nn.yaml:80:7
%3962 = cast %3950 : f64[] @ models/lib/nn.yaml:80:7
%3963 = pow %2290, %3962 : f64[] @ models/lib/nn.yaml:80:7
%3964 = sub %2271, %3963 : f64[] @ models/lib/nn.yaml:80:7
%3965 = div %1201, %3964 : f64[] @ models/lib/nn.yaml:80:7
%3966 = pow %2298, %3962 : f64[] @ models/lib/nn.yaml:80:7
%3967 = sub %2271, %3966 : f64[] @ models/lib/nn.yaml:80:7
%3968 = sqrt %3967 : f64[] @ models/lib/nn.yaml:80:7
%3969 = div %2271, %3968 : f64[] @ models/lib/nn.yaml:80:7
%3970 = sqrt %3961 : f32[24] @ models/lib/nn.yaml:80:7
%3971 = cast %3969 : f32[] @ models/lib/nn.yaml:80:7
%3972 = broadcast %3971 : f32[24] @ models/lib/nn.yaml:80:7
%3973 = mul %3970, %3972 : f32[24] @ models/lib/nn.yaml:80:7
%3974 = broadcast %2315 : f32[24] @ models/lib/nn.yaml:80:7
%3975 = add %3973, %3974 : f32[24] @ models/lib/nn.yaml:80:7
%3976 = div %3955, %3975 : f32[24] @ models/lib/nn.yaml:80:7
%3977 = cast %3965 : f32[] @ models/lib/nn.yaml:80:7
%3978 = broadcast %3977 : f32[24] @ models/lib/nn.yaml:80:7
%3979 = mul %3976, %3978 : f32[24] @ models/lib/nn.yaml:80:7
%3980 = sub %38, %3979 : f32[24] @ models/lib/nn.yaml:80:7
%3981 = assign %38, %3980 : f32[24] @ models/lib/nn.yaml:80:7
%3982 = assign %3947, %3955 : f32[24] @ models/lib/nn.yaml:80:7
%3983 = assign %3948, %3961 : f32[24] @ models/lib/nn.yaml:80:7
%3984 = assign %3949, %3950 : i64[] @ models/lib/nn.yaml:80:7
%3985 = broadcast %3 : f32[24] @ models/lib/nn.yaml:80:7
%3986 = mul %76, %3985 : f32[24] @ models/lib/nn.yaml:80:7
%3987 = broadcast %2330 : f32[24] @ models/lib/nn.yaml:80:7
%3988 = mul %3980, %3987 : f32[24] @ models/lib/nn.yaml:80:7
%3989 = add %3986, %3988 : f32[24] @ models/lib/nn.yaml:80:7
%3990 = assign %76, %3989 : f32[24] @ models/lib/nn.yaml:80:7
%3991 = all_reduce_sum %1793 : f32[24,24] @ models/lib/nn.yaml:79:7
%3992 = reshape %3991 : f32[576] @ models/lib/nn.yaml:79:7
%3993 = mul %3992, %3992 : f32[576] @ models/lib/nn.yaml:79:7
%3994 = reduce_sum %3993 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3995 = sqrt %3994 : f32[] @ models/lib/nn.yaml:79:7
%3996 = cast %3995 : f64[] @ models/lib/nn.yaml:79:7
%3997 = add %3996, %2267 : f64[] @ models/lib/nn.yaml:79:7
%3998 = div %2269, %3997 : f64[] @ models/lib/nn.yaml:79:7
%3999 = lt %3998, %2271 : bool[] @ models/lib/nn.yaml:79:7
%4000 = cast %3998 : f32[] @ models/lib/nn.yaml:79:7
%4001 = broadcast %4000 : f32[24,24] @ models/lib/nn.yaml:79:7
%4002 = mul %3991, %4001 : f32[24,24] @ models/lib/nn.yaml:79:7
%4003 = broadcast %3999 : bool[24,24] @ models/lib/nn.yaml:79:7
%4004 = select %4003, %4002, %3991 : f32[24,24] @ models/lib/nn.yaml:79:7
%4005 = state name="adam_m.head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%4006 = state name="adam_v.head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%4007 = state name="adam_t.head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4008 = add %4007, %2281 : i64[] @ models/lib/nn.yaml:79:7
%4009 = broadcast %2285 : f32[24,24] @ models/lib/nn.yaml:79:7
%4010 = mul %39, %4009 : f32[24,24] @ models/lib/nn.yaml:79:7
%4011 = broadcast %1085 : f32[24,24] @ models/lib/nn.yaml:79:7
%4012 = mul %4004, %4011 : f32[24,24] @ models/lib/nn.yaml:79:7
%4013 = broadcast %640 : f32[24,24] @ models/lib/nn.yaml:79:7
%4014 = mul %4005, %4013 : f32[24,24] @ models/lib/nn.yaml:79:7
%4015 = add %4014, %4012 : f32[24,24] @ models/lib/nn.yaml:79:7
%4016 = mul %4004, %4004 : f32[24,24] @ models/lib/nn.yaml:79:7
%4017 = broadcast %2295 : f32[24,24] @ models/lib/nn.yaml:79:7
%4018 = mul %4016, %4017 : f32[24,24] @ models/lib/nn.yaml:79:7
%4019 = broadcast %2299 : f32[24,24] @ models/lib/nn.yaml:79:7
%4020 = mul %4006, %4019 : f32[24,24] @ models/lib/nn.yaml:79:7
%4021 = add %4020, %4018 : f32[24,24] @ models/lib/nn.yaml:79:7
%4022 = cast %4008 : f64[] @ models/lib/nn.yaml:79:7
%4023 = pow %2290, %4022 : f64[] @ models/lib/nn.yaml:79:7
%4024 = sub %2271, %4023 : f64[] @ models/lib/nn.yaml:79:7
%4025 = div %1201, %4024 : f64[] @ models/lib/nn.yaml:79:7
%4026 = pow %2298, %4022 : f64[] @ models/lib/nn.yaml:79:7
%4027 = sub %2271, %4026 : f64[] @ models/lib/nn.yaml:79:7
%4028 = sqrt %4027 : f64[] @ models/lib/nn.yaml:79:7
%4029 = div %2271, %4028 : f64[] @ models/lib/nn.yaml:79:7
%4030 = sqrt %4021 : f32[24,24] @ models/lib/nn.yaml:79:7
%4031 = cast %4029 : f32[] @ models/lib/nn.yaml:79:7
%4032 = broadcast %4031 : f32[24,24] @ models/lib/nn.yaml:79:7
%4033 = mul %4030, %4032 : f32[24,24] @ models/lib/nn.yaml:79:7
%4034 = broadcast %2315 : f32[24,24] @ models/lib/nn.yaml:79:7
%4035 = add %4033, %4034 : f32[24,24] @ models/lib/nn.yaml:79:7
%4036 = div %4015, %4035 : f32[24,24] @ models/lib/nn.yaml:79:7
%4037 = cast %4025 : f32[] @ models/lib/nn.yaml:79:7
%4038 = broadcast %4037 : f32[24,24] @ models/lib/nn.yaml:79:7
%4039 = mul %4036, %4038 : f32[24,24] @ models/lib/nn.yaml:79:7
%4040 = sub %4010, %4039 : f32[24,24] @ models/lib/nn.yaml:79:7
%4041 = assign %39, %4040 : f32[24,24] @ models/lib/nn.yaml:79:7
%4042 = assign %4005, %4015 : f32[24,24] @ models/lib/nn.yaml:79:7
%4043 = assign %4006, %4021 : f32[24,24] @ models/lib/nn.yaml:79:7
%4044 = assign %4007, %4008 : i64[] @ models/lib/nn.yaml:79:7
%4045 = broadcast %3 : f32[24,24] @ models/lib/nn.yaml:79:7
%4046 = mul %77, %4045 : f32[24,24] @ models/lib/nn.yaml:79:7
%4047 = broadcast %2330 : f32[24,24] @ models/lib/nn.yaml:79:7
%4048 = mul %4040, %4047 : f32[24,24] @ models/lib/nn.yaml:79:7
%4049 = add %4046, %4048 : f32[24,24] @ models/lib/nn.yaml:79:7
%4050 = assign %77, %4049 : f32[24,24] @ models/lib/nn.yaml:79:7
%4051 = all_reduce_sum %1790 : f32[24] @ models/lib/nn.yaml:80:7
%4052 = mul %4051, %4051 : f32[24] @ models/lib/nn.yaml:80:7
%4053 = reduce_sum %4052 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%4054 = sqrt %4053 : f32[] @ models/lib/nn.yaml:80:7
%4055 = cast %4054 : f64[] @ models/lib/nn.yaml:80:7
%4056 = add %4055, %2267 : f64[] @ models/lib/nn.yaml:80:7
%4057 = div %2269, %4056 : f64[] @ models/lib/nn.yaml:80:7
%4058 = lt %4057, %2271 : bool[] @ models/lib/nn.yaml:80:7
%4059 = cast %4057 : f32[] @ models/lib/nn.yaml:80:7
%4060 = broadcast %4059 : f32[24] @ models/lib/nn.yaml:80:7
%4061 = mul %4051, %4060 : f32[24] @ models/lib/nn.yaml:80:7
%4062 = broadcast %4058 : bool[24] @ models/lib/nn.yaml:80:7
%4063 = select %4062, %4061, %4051 : f32[24] @ models/lib/nn.yaml:80:7
%4064 = state name="adam_m.head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%4065 = state name="adam_v.head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%4066 = state name="adam_t.head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4067 = add %4066, %2281 : i64[] @ models/lib/nn.yaml:80:7
%4068 = mul %4063, %3951 : f32[24] @ models/lib/nn.yaml:80:7
%4069 = mul %4064, %3953 : f32[24] @ models/lib/nn.yaml:80:7
%4070 = add %4069, %4068 : f32[24] @ models/lib/nn.yaml:80:7
%4071 = mul %4063, %4063 : f32[24] @ models/lib/nn.yaml:80:7
%4072 = mul %4071, %3957 : f32[24] @ models/lib/nn.yaml:80:7
%4073 = mul %4065, %3959 : f32[24] @ models/lib/nn.yaml:80:7
%4074 = add %4073, %4072 : f32[24] @ models/lib/nn.yaml:80:7
%4075 = cast %4067 : f64[] @ models/lib/nn.yaml:80:7
%4076 = pow %2290, %4075 : f64[] @ models/lib/nn.yaml:80:7
%4077 = sub %2271, %4076 : f64[] @ models/lib/nn.yaml:80:7
%4078 = div %1201, %4077 : f64[] @ models/lib/nn.yaml:80:7
%4079 = pow %2298, %4075 : f64[] @ models/lib/nn.yaml:80:7
%4080 = sub %2271, %4079 : f64[] @ models/lib/nn.yaml:80:7
%4081 = sqrt %4080 : f64[] @ models/lib/nn.yaml:80:7
%4082 = div %2271, %4081 : f64[] @ models/lib/nn.yaml:80:7
%4083 = sqrt %4074 : f32[24] @ models/lib/nn.yaml:80:7
%4084 = cast %4082 : f32[] @ models/lib/nn.yaml:80:7
%4085 = broadcast %4084 : f32[24] @ models/lib/nn.yaml:80:7
%4086 = mul %4083, %4085 : f32[24] @ models/lib/nn.yaml:80:7
%4087 = add %4086, %3974 : f32[24] @ models/lib/nn.yaml:80:7
%4088 = div %4070, %4087 : f32[24] @ models/lib/nn.yaml:80:7
%4089 = cast %4078 : f32[] @ models/lib/nn.yaml:80:7
%4090 = broadcast %4089 : f32[24] @ models/lib/nn.yaml:80:7
%4091 = mul %4088, %4090 : f32[24] @ models/lib/nn.yaml:80:7
%4092 = sub %40, %4091 : f32[24] @ models/lib/nn.yaml:80:7
%4093 = assign %40, %4092 : f32[24] @ models/lib/nn.yaml:80:7
%4094 = assign %4064, %4070 : f32[24] @ models/lib/nn.yaml:80:7
%4095 = assign %4065, %4074 : f32[24] @ models/lib/nn.yaml:80:7
%4096 = assign %4066, %4067 : i64[] @ models/lib/nn.yaml:80:7
%4097 = mul %78, %3985 : f32[24] @ models/lib/nn.yaml:80:7
%4098 = mul %4092, %3987 : f32[24] @ models/lib/nn.yaml:80:7
%4099 = add %4097, %4098 : f32[24] @ models/lib/nn.yaml:80:7
%4100 = assign %78, %4099 : f32[24] @ models/lib/nn.yaml:80:7
%4101 = all_reduce_sum %1774 : f32[8,24] @ models/lib/nn.yaml:79:7
%4102 = reshape %4101 : f32[192] @ models/lib/nn.yaml:79:7
%4103 = mul %4102, %4102 : f32[192] @ models/lib/nn.yaml:79:7
%4104 = reduce_sum %4103 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4105 = sqrt %4104 : f32[] @ models/lib/nn.yaml:79:7
%4106 = cast %4105 : f64[] @ models/lib/nn.yaml:79:7
%4107 = add %4106, %2267 : f64[] @ models/lib/nn.yaml:79:7
%4108 = div %2269, %4107 : f64[] @ models/lib/nn.yaml:79:7
%4109 = lt %4108, %2271 : bool[] @ models/lib/nn.yaml:79:7
%4110 = cast %4108 : f32[] @ models/lib/nn.yaml:79:7
%4111 = broadcast %4110 : f32[8,24] @ models/lib/nn.yaml:79:7
%4112 = mul %4101, %4111 : f32[8,24] @ models/lib/nn.yaml:79:7
%4113 = broadcast %4109 : bool[8,24] @ models/lib/nn.yaml:79:7
%4114 = select %4113, %4112, %4101 : f32[8,24] @ models/lib/nn.yaml:79:7
%4115 = state name="adam_m.head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%4116 = state name="adam_v.head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%4117 = state name="adam_t.head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4118 = add %4117, %2281 : i64[] @ models/lib/nn.yaml:79:7
%4119 = broadcast %2285 : f32[8,24] @ models/lib/nn.yaml:79:7
%4120 = mul %41, %4119 : f32[8,24] @ models/lib/nn.yaml:79:7
%4121 = broadcast %1085 : f32[8,24] @ models/lib/nn.yaml:79:7
%4122 = mul %4114, %4121 : f32[8,24] @ models/lib/nn.yaml:79:7
%4123 = broadcast %640 : f32[8,24] @ models/lib/nn.yaml:79:7
%4124 = mul %4115, %4123 : f32[8,24] @ models/lib/nn.yaml:79:7
%4125 = add %4124, %4122 : f32[8,24] @ models/lib/nn.yaml:79:7
%4126 = mul %4114, %4114 : f32[8,24] @ models/lib/nn.yaml:79:7
%4127 = broadcast %2295 : f32[8,24] @ models/lib/nn.yaml:79:7
%4128 = mul %4126, %4127 : f32[8,24] @ models/lib/nn.yaml:79:7
%4129 = broadcast %2299 : f32[8,24] @ models/lib/nn.yaml:79:7
%4130 = mul %4116, %4129 : f32[8,24] @ models/lib/nn.yaml:79:7
%4131 = add %4130, %4128 : f32[8,24] @ models/lib/nn.yaml:79:7
%4132 = cast %4118 : f64[] @ models/lib/nn.yaml:79:7
%4133 = pow %2290, %4132 : f64[] @ models/lib/nn.yaml:79:7
%4134 = sub %2271, %4133 : f64[] @ models/lib/nn.yaml:79:7
%4135 = div %1201, %4134 : f64[] @ models/lib/nn.yaml:79:7
%4136 = pow %2298, %4132 : f64[] @ models/lib/nn.yaml:79:7
%4137 = sub %2271, %4136 : f64[] @ models/lib/nn.yaml:79:7
%4138 = sqrt %4137 : f64[] @ models/lib/nn.yaml:79:7
%4139 = div %2271, %4138 : f64[] @ models/lib/nn.yaml:79:7
%4140 = sqrt %4131 : f32[8,24] @ models/lib/nn.yaml:79:7
%4141 = cast %4139 : f32[] @ models/lib/nn.yaml:79:7
%4142 = broadcast %4141 : f32[8,24] @ models/lib/nn.yaml:79:7
%4143 = mul %4140, %4142 : f32[8,24] @ models/lib/nn.yaml:79:7
%4144 = broadcast %2315 : f32[8,24] @ models/lib/nn.yaml:79:7
%4145 = add %4143, %4144 : f32[8,24] @ models/lib/nn.yaml:79:7
%4146 = div %4125, %4145 : f32[8,24] @ models/lib/nn.yaml:79:7
%4147 = cast %4135 : f32[] @ models/lib/nn.yaml:79:7
%4148 = broadcast %4147 : f32[8,24] @ models/lib/nn.yaml:79:7
%4149 = mul %4146, %4148 : f32[8,24] @ models/lib/nn.yaml:79:7
%4150 = sub %4120, %4149 : f32[8,24] @ models/lib/nn.yaml:79:7
%4151 = assign %41, %4150 : f32[8,24] @ models/lib/nn.yaml:79:7
%4152 = assign %4115, %4125 : f32[8,24] @ models/lib/nn.yaml:79:7
%4153 = assign %4116, %4131 : f32[8,24] @ models/lib/nn.yaml:79:7
%4154 = assign %4117, %4118 : i64[] @ models/lib/nn.yaml:79:7
%4155 = broadcast %3 : f32[8,24] @ models/lib/nn.yaml:79:7
%4156 = mul %79, %4155 : f32[8,24] @ models/lib/nn.yaml:79:7
%4157 = broadcast %2330 : f32[8,24] @ models/lib/nn.yaml:79:7
%4158 = mul %4150, %4157 : f32[8,24] @ models/lib/nn.yaml:79:7
%4159 = add %4156, %4158 : f32[8,24] @ models/lib/nn.yaml:79:7
%4160 = assign %79, %4159 : f32[8,24] @ models/lib/nn.yaml:79:7
%4161 = all_reduce_sum %1771 : f32[8] @ models/lib/nn.yaml:80:7
%4162 = mul %4161, %4161 : f32[8] @ models/lib/nn.yaml:80:7
%4163 = reduce_sum %4162 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%4164 = sqrt %4163 : f32[] @ models/lib/nn.yaml:80:7
%4165 = cast %4164 : f64[] @ models/lib/nn.yaml:80:7
%4166 = add %4165, %2267 : f64[] @ models/lib/nn.yaml:80:7
%4167 = div %2269, %4166 : f64[] @ models/lib/nn.yaml:80:7
%4168 = lt %4167, %2271 : bool[] @ models/lib/nn.yaml:80:7
%4169 = cast %4167 : f32[] @ models/lib/nn.yaml:80:7
%4170 = broadcast %4169 : f32[8] @ models/lib/nn.yaml:80:7
%4171 = mul %4161, %4170 : f32[8] @ models/lib/nn.yaml:80:7
%4172 = broadcast %4168 : bool[8] @ models/lib/nn.yaml:80:7
%4173 = select %4172, %4171, %4161 : f32[8] @ models/lib/nn.yaml:80:7
%4174 = state name="adam_m.head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%4175 = state name="adam_v.head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%4176 = state name="adam_t.head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4177 = add %4176, %2281 : i64[] @ models/lib/nn.yaml:80:7
%4178 = broadcast %1085 : f32[8] @ models/lib/nn.yaml:80:7
%4179 = mul %4173, %4178 : f32[8] @ models/lib/nn.yaml:80:7
%4180 = broadcast %640 : f32[8] @ models/lib/nn.yaml:80:7
%4181 = mul %4174, %4180 : f32[8] @ models/lib/nn.yaml:80:7
%4182 = add %4181, %4179 : f32[8] @ models/lib/nn.yaml:80:7
%4183 = mul %4173, %4173 : f32[8] @ models/lib/nn.yaml:80:7
%4184 = broadcast %2295 : f32[8] @ models/lib/nn.yaml:80:7
%4185 = mul %4183, %4184 : f32[8] @ models/lib/nn.yaml:80:7
%4186 = broadcast %2299 : f32[8] @ models/lib/nn.yaml:80:7
%4187 = mul %4175, %4186 : f32[8] @ models/lib/nn.yaml:80:7
%4188 = add %4187, %4185 : f32[8] @ models/lib/nn.yaml:80:7
%4189 = cast %4177 : f64[] @ models/lib/nn.yaml:80:7
%4190 = pow %2290, %4189 : f64[] @ models/lib/nn.yaml:80:7
%4191 = sub %2271, %4190 : f64[] @ models/lib/nn.yaml:80:7
%4192 = div %1201, %4191 : f64[] @ models/lib/nn.yaml:80:7
%4193 = pow %2298, %4189 : f64[] @ models/lib/nn.yaml:80:7
%4194 = sub %2271, %4193 : f64[] @ models/lib/nn.yaml:80:7
%4195 = sqrt %4194 : f64[] @ models/lib/nn.yaml:80:7
%4196 = div %2271, %4195 : f64[] @ models/lib/nn.yaml:80:7
%4197 = sqrt %4188 : f32[8] @ models/lib/nn.yaml:80:7
%4198 = cast %4196 : f32[] @ models/lib/nn.yaml:80:7
%4199 = broadcast %4198 : f32[8] @ models/lib/nn.yaml:80:7
%4200 = mul %4197, %4199 : f32[8] @ models/lib/nn.yaml:80:7
%4201 = broadcast %2315 : f32[8] @ models/lib/nn.yaml:80:7
%4202 = add %4200, %4201 : f32[8] @ models/lib/nn.yaml:80:7
%4203 = div %4182, %4202 : f32[8] @ models/lib/nn.yaml:80:7
%4204 = cast %4192 : f32[] @ models/lib/nn.yaml:80:7
%4205 = broadcast %4204 : f32[8] @ models/lib/nn.yaml:80:7
%4206 = mul %4203, %4205 : f32[8] @ models/lib/nn.yaml:80:7
%4207 = sub %42, %4206 : f32[8] @ models/lib/nn.yaml:80:7
%4208 = assign %42, %4207 : f32[8] @ models/lib/nn.yaml:80:7
%4209 = assign %4174, %4182 : f32[8] @ models/lib/nn.yaml:80:7
%4210 = assign %4175, %4188 : f32[8] @ models/lib/nn.yaml:80:7
%4211 = assign %4176, %4177 : i64[] @ models/lib/nn.yaml:80:7
%4212 = broadcast %3 : f32[8] @ models/lib/nn.yaml:80:7
%4213 = mul %80, %4212 : f32[8] @ models/lib/nn.yaml:80:7
%4214 = broadcast %2330 : f32[8] @ models/lib/nn.yaml:80:7
%4215 = mul %4207, %4214 : f32[8] @ models/lib/nn.yaml:80:7
%4216 = add %4213, %4215 : f32[8] @ models/lib/nn.yaml:80:7
%4217 = assign %80, %4216 : f32[8] @ models/lib/nn.yaml:80:7
%4218 = broadcast %3 : f32[32,1] @ models/lib/dino.yaml:18:7
%4219 = mul %81, %4218 : f32[32,1] @ models/lib/dino.yaml:18:7
%4220 = broadcast %2330 : f32[32,1] @ models/lib/dino.yaml:18:7
%4221 = mul %43, %4220 : f32[32,1] @ models/lib/dino.yaml:18:7
%4222 = add %4219, %4221 : f32[32,1] @ models/lib/dino.yaml:18:7
%4223 = assign %81, %4222 : f32[32,1] @ models/lib/dino.yaml:18:7
%4224 = all_reduce_sum %1750 : f32[32,8] @ models/lib/dino.yaml:19:7
%4225 = reshape %4224 : f32[256] @ models/lib/dino.yaml:19:7
%4226 = mul %4225, %4225 : f32[256] @ models/lib/dino.yaml:19:7
%4227 = reduce_sum %4226 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%4228 = sqrt %4227 : f32[] @ models/lib/dino.yaml:19:7
%4229 = cast %4228 : f64[] @ models/lib/dino.yaml:19:7
%4230 = add %4229, %2267 : f64[] @ models/lib/dino.yaml:19:7
%4231 = div %2269, %4230 : f64[] @ models/lib/dino.yaml:19:7
%4232 = lt %4231, %2271 : bool[] @ models/lib/dino.yaml:19:7
%4233 = cast %4231 : f32[] @ models/lib/dino.yaml:19:7
%4234 = broadcast %4233 : f32[32,8] @ models/lib/dino.yaml:19:7
%4235 = mul %4224, %4234 : f32[32,8] @ models/lib/dino.yaml:19:7
%4236 = broadcast %4232 : bool[32,8] @ models/lib/dino.yaml:19:7
%4237 = select %4236, %4235, %4224 : f32[32,8] @ models/lib/dino.yaml:19:7
%4238 = state name="adam_m.head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%4239 = state name="adam_v.head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%4240 = state name="adam_t.head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%4241 = add %4240, %2281 : i64[] @ models/lib/dino.yaml:19:7
%4242 = broadcast %2285 : f32[32,8] @ models/lib/dino.yaml:19:7
%4243 = mul %44, %4242 : f32[32,8] @ models/lib/dino.yaml:19:7
%4244 = broadcast %1085 : f32[32,8] @ models/lib/dino.yaml:19:7
%4245 = mul %4237, %4244 : f32[32,8] @ models/lib/dino.yaml:19:7
%4246 = broadcast %640 : f32[32,8] @ models/lib/dino.yaml:19:7
%4247 = mul %4238, %4246 : f32[32,8] @ models/lib/dino.yaml:19:7
%4248 = add %4247, %4245 : f32[32,8] @ models/lib/dino.yaml:19:7
%4249 = mul %4237, %4237 : f32[32,8] @ models/lib/dino.yaml:19:7
%4250 = broadcast %2295 : f32[32,8] @ models/lib/dino.yaml:19:7
%4251 = mul %4249, %4250 : f32[32,8] @ models/lib/dino.yaml:19:7
%4252 = broadcast %2299 : f32[32,8] @ models/lib/dino.yaml:19:7
%4253 = mul %4239, %4252 : f32[32,8] @ models/lib/dino.yaml:19:7
%4254 = add %4253, %4251 : f32[32,8] @ models/lib/dino.yaml:19:7
%4255 = cast %4241 : f64[] @ models/lib/dino.yaml:19:7
%4256 = pow %2290, %4255 : f64[] @ models/lib/dino.yaml:19:7
%4257 = sub %2271, %4256 : f64[] @ models/lib/dino.yaml:19:7
%4258 = div %1201, %4257 : f64[] @ models/lib/dino.yaml:19:7
%4259 = pow %2298, %4255 : f64[] @ models/lib/dino.yaml:19:7
%4260 = sub %2271, %4259 : f64[] @ models/lib/dino.yaml:19:7
%4261 = sqrt %4260 : f64[] @ models/lib/dino.yaml:19:7
%4262 = div %2271, %4261 : f64[] @ models/lib/dino.yaml:19:7
%4263 = sqrt %4254 : f32[32,8] @ models/lib/dino.yaml:19:7
%4264 = cast %4262 : f32[] @ models/lib/dino.yaml:19:7
%4265 = broadcast %4264 : f32[32,8] @ models/lib/dino.yaml:19:7
%4266 = mul %4263, %4265 : f32[32,8] @ models/lib/dino.yaml:19:7
%4267 = broadcast %2315 : f32[32,8] @ models/lib/dino.yaml:19:7
%4268 = add %4266, %4267 : f32[32,8] @ models/lib/dino.yaml:19:7
%4269 = div %4248, %4268 : f32[32,8] @ models/lib/dino.yaml:19:7
%4270 = cast %4258 : f32[] @ models/lib/dino.yaml:19:7
%4271 = broadcast %4270 : f32[32,8] @ models/lib/dino.yaml:19:7
%4272 = mul %4269, %4271 : f32[32,8] @ models/lib/dino.yaml:19:7
%4273 = sub %4243, %4272 : f32[32,8] @ models/lib/dino.yaml:19:7
%4274 = input name="epoch" : i64[] @ models/lib/dino.yaml:19:7
%4275 = lt %4274, %2281 : bool[] @ models/lib/dino.yaml:19:7
%4276 = broadcast %4275 : bool[32,8] @ models/lib/dino.yaml:19:7
%4277 = select %4276, %44, %4273 : f32[32,8] @ models/lib/dino.yaml:19:7
%4278 = select %4276, %4238, %4248 : f32[32,8] @ models/lib/dino.yaml:19:7
%4279 = select %4276, %4239, %4254 : f32[32,8] @ models/lib/dino.yaml:19:7
%4280 = select %4275, %4240, %4241 : i64[] @ models/lib/dino.yaml:19:7
%4281 = assign %44, %4277 : f32[32,8] @ models/lib/dino.yaml:19:7
%4282 = assign %4238, %4278 : f32[32,8] @ models/lib/dino.yaml:19:7
%4283 = assign %4239, %4279 : f32[32,8] @ models/lib/dino.yaml:19:7
%4284 = assign %4240, %4280 : i64[] @ models/lib/dino.yaml:19:7
%4285 = broadcast %3 : f32[32,8] @ models/lib/dino.yaml:19:7
%4286 = mul %82, %4285 : f32[32,8] @ models/lib/dino.yaml:19:7
%4287 = broadcast %2330 : f32[32,8] @ models/lib/dino.yaml:19:7
%4288 = mul %4277, %4287 : f32[32,8] @ models/lib/dino.yaml:19:7
%4289 = add %4286, %4288 : f32[32,8] @ models/lib/dino.yaml:19:7
%4290 = assign %82, %4289 : f32[32,8] @ models/lib/dino.yaml:19:7
%4291 = const data=[inf] : f32[] @ models/dino.yaml:73:3
%4292 = abs %1186 : f32[] @ models/dino.yaml:73:3
%4293 = lt %4292, %4291 : bool[] @ models/dino.yaml:73:3
%4294 = output %4293 name="finite" : bool[] @ models/dino.yaml:73:3
