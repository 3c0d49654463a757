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
%215 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%216 = broadcast %215 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%217 = add %213, %214 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%218 = mul %216, %217 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%219 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%220 = broadcast %219 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%221 = add %213, %214 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%222 = mul %221, %220 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%223 = erf %222 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%224 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%225 = broadcast %224 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%226 = add %225, %223 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%227 = mul %218, %226 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%228 = matmul %227, %59 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%229 = broadcast %60 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%230 = add %228, %229 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%231 = add %197, %230 : f32[4,17,16] @ models/lib/nn.yaml:126:18
%232 = reduce_sum %231 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%233 = div %232, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%234 = broadcast %233 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%235 = sub %231, %234 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%236 = mul %235, %235 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%237 = reduce_sum %236 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%238 = div %237, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%239 = add %238, %105 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%240 = rsqrt %239 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%241 = broadcast %240 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%242 = mul %235, %241 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%243 = broadcast %61 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%244 = mul %242, %243 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%245 = broadcast %62 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%246 = add %244, %245 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%247 = matmul %246, %63 ta=0 tb=1 : f32[4,17,48] @ models/lib/nn.yaml:83:15
%248 = broadcast %64 : f32[4,17,48] @ models/lib/nn.yaml:84:18
%249 = add %247, %248 : f32[4,17,48] @ models/lib/nn.yaml:84:18
%250 = reshape %249 : f32[4,17,3,2,8] @ models/lib/nn.yaml:66:21
%251 = permute %250 perm=[2,0,3,1,4] : f32[3,4,2,17,8] @ models/lib/nn.yaml:66:13
%252 = slice %251 lo=[0,0,0,0,0] hi=[1,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:28
%253 = reshape %252 : f32[4,2,17,8] @ models/lib/nn.yaml:67:28
%254 = slice %251 lo=[1,0,0,0,0] hi=[2,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:34
%255 = reshape %254 : f32[4,2,17,8] @ models/lib/nn.yaml:67:34
%256 = slice %251 lo=[2,0,0,0,0] hi=[3,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:40
%257 = reshape %256 : f32[4,2,17,8] @ models/lib/nn.yaml:67:40
%258 = permute %255 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%259 = slice %253 lo=[0,0,0,0] hi=[4,2,17,1] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%260 = broadcast %259 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%261 = slice %258 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%262 = broadcast %261 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%263 = mul %260, %262 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%264 = slice %253 lo=[0,0,0,1] hi=[4,2,17,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%265 = broadcast %264 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%266 = slice %258 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%267 = broadcast %266 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%268 = mul %265, %267 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%269 = add %263, %268 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%270 = slice %253 lo=[0,0,0,2] hi=[4,2,17,3] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%271 = broadcast %270 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%272 = slice %258 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%273 = broadcast %272 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%274 = mul %271, %273 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%275 = add %269, %274 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%276 = slice %253 lo=[0,0,0,3] hi=[4,2,17,4] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%277 = broadcast %276 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%278 = slice %258 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%279 = broadcast %278 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%280 = mul %277, %279 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%281 = add %275, %280 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%282 = slice %253 lo=[0,0,0,4] hi=[4,2,17,5] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%283 = broadcast %282 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%284 = slice %258 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%285 = broadcast %284 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%286 = mul %283, %285 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%287 = add %281, %286 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%288 = slice %253 lo=[0,0,0,5] hi=[4,2,17,6] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%289 = broadcast %288 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%290 = slice %258 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%291 = broadcast %290 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%292 = mul %289, %291 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%293 = add %287, %292 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%294 = slice %253 lo=[0,0,0,6] hi=[4,2,17,7] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%295 = broadcast %294 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%296 = slice %258 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%297 = broadcast %296 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%298 = mul %295, %297 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%299 = add %293, %298 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%300 = slice %253 lo=[0,0,0,7] hi=[4,2,17,8] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%301 = broadcast %300 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%302 = slice %258 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%303 = broadcast %302 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%304 = mul %301, %303 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%305 = add %299, %304 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%306 = mul %305, %174 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%307 = reduce_max %306 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:14:35
%308 = stop_gradient %307 : f32[4,2,17,1] @ models/lib/nn.yaml:14:21
%309 = broadcast %308 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%310 = mul %305, %174 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%311 = sub %310, %309 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%312 = exp %311 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%313 = reduce_sum %312 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:20
%314 = broadcast %313 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%315 = exp %311 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%316 = div %315, %314 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%317 = reshape %316 : f32[4,2,17,17,1] @ models/lib/nn.yaml:56:23
%318 = broadcast %317 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%319 = reshape %257 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%320 = broadcast %319 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%321 = mul %318, %320 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%322 = reduce_sum %321 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%323 = permute %322 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/nn.yaml:56:13
%324 = reshape %323 : f32[4,17,16] @ models/lib/nn.yaml:57:16
%325 = matmul %324, %65 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%326 = broadcast %66 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%327 = add %325, %326 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%328 = add %231, %327 : f32[4,17,16] @ models/lib/nn.yaml:125:15
%329 = reduce_sum %328 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%330 = div %329, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%331 = broadcast %330 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%332 = sub %328, %331 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%333 = mul %332, %332 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%334 = reduce_sum %333 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%335 = div %334, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%336 = add %335, %105 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%337 = rsqrt %336 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%338 = broadcast %337 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%339 = mul %332, %338 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%340 = broadcast %67 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%341 = mul %339, %340 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%342 = broadcast %68 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%343 = add %341, %342 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%344 = matmul %343, %69 ta=0 tb=1 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%345 = broadcast %70 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%346 = add %344, %345 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%347 = mul %216, %346 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%348 = add %344, %345 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%349 = mul %348, %220 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%350 = erf %349 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%351 = add %225, %350 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%352 = mul %347, %351 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%353 = matmul %352, %71 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%354 = broadcast %72 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%355 = add %353, %354 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%356 = add %328, %355 : f32[4,17,16] @ models/lib/nn.yaml:126:18
%357 = reduce_sum %356 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%358 = div %357, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%359 = broadcast %358 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%360 = sub %356, %359 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%361 = mul %360, %360 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%362 = reduce_sum %361 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%363 = div %362, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%364 = add %363, %105 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%365 = rsqrt %364 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%366 = broadcast %365 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%367 = mul %360, %366 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%368 = broadcast %73 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%369 = mul %367, %368 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%370 = broadcast %74 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%371 = add %369, %370 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%372 = slice %371 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino.yaml:44:34
%373 = reshape %372 : f32[4,16] @ models/dino.yaml:44:34
%374 = matmul %373, %75 ta=0 tb=1 : f32[4,24] @ models/lib/nn.yaml:83:15
%375 = broadcast %76 : f32[4,24] @ models/lib/nn.yaml:84:18
%376 = add %374, %375 : f32[4,24] @ models/lib/nn.yaml:84:18
%377 = broadcast %215 : f32[4,24] @ models/lib/nn.yaml:27:20
%378 = mul %377, %376 : f32[4,24] @ models/lib/nn.yaml:27:20
%379 = broadcast %219 : f32[4,24] @ models/lib/nn.yaml:27:37
%380 = mul %376, %379 : f32[4,24] @ models/lib/nn.yaml:27:37
%381 = erf %380 : f32[4,24] @ models/lib/nn.yaml:27:31
%382 = broadcast %224 : f32[4,24] @ models/lib/nn.yaml:27:29
%383 = add %382, %381 : f32[4,24] @ models/lib/nn.yaml:27:29
%384 = mul %378, %383 : f32[4,24] @ models/lib/nn.yaml:27:24
%385 = matmul %384, %77 ta=0 tb=1 : f32[4,24] @ models/lib/nn.yaml:83:15
%386 = broadcast %78 : f32[4,24] @ models/lib/nn.yaml:84:18
%387 = add %385, %386 : f32[4,24] @ models/lib/nn.yaml:84:18
%388 = mul %377, %387 : f32[4,24] @ models/lib/nn.yaml:27:20
%389 = mul %387, %379 : f32[4,24] @ models/lib/nn.yaml:27:37
%390 = erf %389 : f32[4,24] @ models/lib/nn.yaml:27:31
%391 = add %382, %390 : f32[4,24] @ models/lib/nn.yaml:27:29
%392 = mul %388, %391 : f32[4,24] @ models/lib/nn.yaml:27:24
%393 = matmul %392, %79 ta=0 tb=1 : f32[4,8] @ models/lib/nn.yaml:83:15
%394 = broadcast %80 : f32[4,8] @ models/lib/nn.yaml:84:18
%395 = add %393, %394 : f32[4,8] @ models/lib/nn.yaml:84:18
%396 = mul %395, %395 : f32[4,8] @ models/lib/nn.yaml:33:35
%397 = reduce_sum %396 axes=[1] keep=1 : f32[4,1] @ models/lib/nn.yaml:33:29
%398 = sqrt %397 : f32[4,1] @ models/lib/nn.yaml:33:24
%399 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%400 = broadcast %399 : f32[4,1] @ models/lib/nn.yaml:33:20
%401 = max %398, %400 : f32[4,1] @ models/lib/nn.yaml:33:20
%402 = broadcast %401 : f32[4,8] @ models/lib/nn.yaml:33:18
%403 = div %395, %402 : f32[4,8] @ models/lib/nn.yaml:33:18
%404 = broadcast %81 : f32[32,8] @ models/lib/dino.yaml:22:22
%405 = mul %404, %82 : f32[32,8] @ models/lib/dino.yaml:22:22
%406 = mul %82, %82 : f32[32,8] @ models/lib/dino.yaml:22:53
%407 = reduce_sum %406 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%408 = sqrt %407 : f32[32,1] @ models/lib/dino.yaml:22:35
%409 = broadcast %408 : f32[32,8] @ models/lib/dino.yaml:22:33
%410 = div %405, %409 : f32[32,8] @ models/lib/dino.yaml:22:33
%411 = matmul %403, %410 ta=0 tb=1 : f32[4,32] @ models/lib/dino.yaml:23:18
%412 = slice %411 lo=[0,0] hi=[2,32] : f32[2,32] @ models/dino.yaml:64:23
%413 = slice %411 lo=[2,0] hi=[4,32] : f32[2,32] @ models/dino.yaml:64:23
%414 = reshape %9 : f32[16,48] @ models/lib/vit.yaml:17:20
%415 = matmul %86, %414 ta=0 tb=1 : f32[4,16,16] @ models/lib/vit.yaml:17:18
%416 = broadcast %10 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%417 = add %415, %416 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%418 = broadcast %7 : f32[4,1,16] @ models/lib/vit.yaml:61:20
%419 = concat %418, %417 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:61:13
%420 = broadcast %8 : f32[4,17,16] @ models/lib/vit.yaml:62:15
%421 = add %419, %420 : f32[4,17,16] @ models/lib/vit.yaml:62:15
%422 = reduce_sum %421 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%423 = div %422, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%424 = broadcast %423 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%425 = sub %421, %424 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%426 = mul %425, %425 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%427 = reduce_sum %426 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%428 = div %427, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%429 = add %428, %105 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%430 = rsqrt %429 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%431 = broadcast %430 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%432 = mul %425, %431 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%433 = broadcast %11 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%434 = mul %432, %433 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%435 = broadcast %12 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%436 = add %434, %435 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%437 = matmul %436, %13 ta=0 tb=1 : f32[4,17,48] @ models/lib/nn.yaml:83:15
%438 = broadcast %14 : f32[4,17,48] @ models/lib/nn.yaml:84:18
%439 = add %437, %438 : f32[4,17,48] @ models/lib/nn.yaml:84:18
%440 = reshape %439 : f32[4,17,3,2,8] @ models/lib/nn.yaml:66:21
%441 = permute %440 perm=[2,0,3,1,4] : f32[3,4,2,17,8] @ models/lib/nn.yaml:66:13
%442 = slice %441 lo=[0,0,0,0,0] hi=[1,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:28
%443 = reshape %442 : f32[4,2,17,8] @ models/lib/nn.yaml:67:28
%444 = slice %441 lo=[1,0,0,0,0] hi=[2,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:34
%445 = reshape %444 : f32[4,2,17,8] @ models/lib/nn.yaml:67:34
%446 = slice %441 lo=[2,0,0,0,0] hi=[3,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:40
%447 = reshape %446 : f32[4,2,17,8] @ models/lib/nn.yaml:67:40
%448 = permute %445 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%449 = slice %443 lo=[0,0,0,0] hi=[4,2,17,1] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%450 = broadcast %449 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%451 = slice %448 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%452 = broadcast %451 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%453 = mul %450, %452 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%454 = slice %443 lo=[0,0,0,1] hi=[4,2,17,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%455 = broadcast %454 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%456 = slice %448 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%457 = broadcast %456 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%458 = mul %455, %457 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%459 = add %453, %458 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%460 = slice %443 lo=[0,0,0,2] hi=[4,2,17,3] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%461 = broadcast %460 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%462 = slice %448 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%463 = broadcast %462 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%464 = mul %461, %463 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%465 = add %459, %464 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%466 = slice %443 lo=[0,0,0,3] hi=[4,2,17,4] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%467 = broadcast %466 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%468 = slice %448 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%469 = broadcast %468 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%470 = mul %467, %469 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%471 = add %465, %470 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%472 = slice %443 lo=[0,0,0,4] hi=[4,2,17,5] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%473 = broadcast %472 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%474 = slice %448 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%475 = broadcast %474 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%476 = mul %473, %475 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%477 = add %471, %476 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%478 = slice %443 lo=[0,0,0,5] hi=[4,2,17,6] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%479 = broadcast %478 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%480 = slice %448 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%481 = broadcast %480 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%482 = mul %479, %481 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%483 = add %477, %482 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%484 = slice %443 lo=[0,0,0,6] hi=[4,2,17,7] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%485 = broadcast %484 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%486 = slice %448 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%487 = broadcast %486 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%488 = mul %485, %487 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%489 = add %483, %488 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%490 = slice %443 lo=[0,0,0,7] hi=[4,2,17,8] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%491 = broadcast %490 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%492 = slice %448 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%493 = broadcast %492 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%494 = mul %491, %493 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%495 = add %489, %494 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%496 = mul %495, %174 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%497 = reduce_max %496 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:14:35
%498 = stop_gradient %497 : f32[4,2,17,1] @ models/lib/nn.yaml:14:21
%499 = broadcast %498 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%500 = mul %495, %174 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%501 = sub %500, %499 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%502 = exp %501 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%503 = reduce_sum %502 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:20
%504 = broadcast %503 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%505 = exp %501 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%506 = div %505, %504 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%507 = reshape %506 : f32[4,2,17,17,1] @ models/lib/nn.yaml:56:23
%508 = broadcast %507 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%509 = reshape %447 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%510 = broadcast %509 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%511 = mul %508, %510 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%512 = reduce_sum %511 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%513 = permute %512 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/nn.yaml:56:13
%514 = reshape %513 : f32[4,17,16] @ models/lib/nn.yaml:57:16
%515 = matmul %514, %15 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%516 = broadcast %16 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%517 = add %515, %516 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%518 = add %421, %517 : f32[4,17,16] @ models/lib/nn.yaml:125:15
%519 = reduce_sum %518 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%520 = div %519, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%521 = broadcast %520 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%522 = sub %518, %521 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%523 = mul %522, %522 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%524 = reduce_sum %523 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%525 = div %524, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%526 = add %525, %105 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%527 = rsqrt %526 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%528 = broadcast %527 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%529 = mul %522, %528 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%530 = broadcast %17 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%531 = mul %529, %530 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%532 = broadcast %18 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%533 = add %531, %532 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%534 = matmul %533, %19 ta=0 tb=1 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%535 = broadcast %20 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%536 = add %534, %535 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%537 = mul %216, %536 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%538 = add %534, %535 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%539 = mul %538, %220 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%540 = erf %539 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%541 = add %225, %540 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%542 = mul %537, %541 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%543 = matmul %542, %21 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%544 = broadcast %22 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%545 = add %543, %544 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%546 = add %518, %545 : f32[4,17,16] @ models/lib/nn.yaml:126:18
%547 = reduce_sum %546 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%548 = div %547, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%549 = broadcast %548 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%550 = sub %546, %549 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%551 = mul %550, %550 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%552 = reduce_sum %551 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%553 = div %552, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%554 = add %553, %105 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%555 = rsqrt %554 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%556 = broadcast %555 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%557 = mul %550, %556 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%558 = broadcast %23 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%559 = mul %557, %558 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%560 = broadcast %24 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%561 = add %559, %560 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%562 = matmul %561, %25 ta=0 tb=1 : f32[4,17,48] @ models/lib/nn.yaml:83:15
%563 = broadcast %26 : f32[4,17,48] @ models/lib/nn.yaml:84:18
%564 = add %562, %563 : f32[4,17,48] @ models/lib/nn.yaml:84:18
%565 = reshape %564 : f32[4,17,3,2,8] @ models/lib/nn.yaml:66:21
%566 = permute %565 perm=[2,0,3,1,4] : f32[3,4,2,17,8] @ models/lib/nn.yaml:66:13
%567 = slice %566 lo=[0,0,0,0,0] hi=[1,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:28
%568 = reshape %567 : f32[4,2,17,8] @ models/lib/nn.yaml:67:28
%569 = slice %566 lo=[1,0,0,0,0] hi=[2,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:34
%570 = reshape %569 : f32[4,2,17,8] @ models/lib/nn.yaml:67:34
%571 = slice %566 lo=[2,0,0,0,0] hi=[3,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:40
%572 = reshape %571 : f32[4,2,17,8] @ models/lib/nn.yaml:67:40
%573 = permute %570 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%574 = slice %568 lo=[0,0,0,0] hi=[4,2,17,1] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%575 = broadcast %574 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%576 = slice %573 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%577 = broadcast %576 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%578 = mul %575, %577 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%579 = slice %568 lo=[0,0,0,1] hi=[4,2,17,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%580 = broadcast %579 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%581 = slice %573 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%582 = broadcast %581 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%583 = mul %580, %582 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%584 = add %578, %583 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%585 = slice %568 lo=[0,0,0,2] hi=[4,2,17,3] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%586 = broadcast %585 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%587 = slice %573 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%588 = broadcast %587 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%589 = mul %586, %588 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%590 = add %584, %589 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%591 = slice %568 lo=[0,0,0,3] hi=[4,2,17,4] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%592 = broadcast %591 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%593 = slice %573 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%594 = broadcast %593 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%595 = mul %592, %594 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%596 = add %590, %595 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%597 = slice %568 lo=[0,0,0,4] hi=[4,2,17,5] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%598 = broadcast %597 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%599 = slice %573 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%600 = broadcast %599 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%601 = mul %598, %600 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%602 = add %596, %601 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%603 = slice %568 lo=[0,0,0,5] hi=[4,2,17,6] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%604 = broadcast %603 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%605 = slice %573 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%606 = broadcast %605 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%607 = mul %604, %606 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%608 = add %602, %607 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%609 = slice %568 lo=[0,0,0,6] hi=[4,2,17,7] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%610 = broadcast %609 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%611 = slice %573 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%612 = broadcast %611 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%613 = mul %610, %612 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%614 = add %608, %613 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%615 = slice %568 lo=[0,0,0,7] hi=[4,2,17,8] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%616 = broadcast %615 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%617 = slice %573 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%618 = broadcast %617 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%619 = mul %616, %618 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%620 = add %614, %619 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%621 = mul %620, %174 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%622 = reduce_max %621 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:14:35
%623 = stop_gradient %622 : f32[4,2,17,1] @ models/lib/nn.yaml:14:21
%624 = broadcast %623 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%625 = mul %620, %174 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%626 = sub %625, %624 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%627 = exp %626 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%628 = reduce_sum %627 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:20
%629 = broadcast %628 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%630 = exp %626 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%631 = div %630, %629 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%632 = reshape %631 : f32[4,2,17,17,1] @ models/lib/nn.yaml:56:23
%633 = broadcast %632 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%634 = reshape %572 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%635 = broadcast %634 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%636 = mul %633, %635 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%637 = reduce_sum %636 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%638 = permute %637 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/nn.yaml:56:13
%639 = reshape %638 : f32[4,17,16] @ models/lib/nn.yaml:57:16
%640 = matmul %639, %27 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%641 = broadcast %28 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%642 = add %640, %641 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%643 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%644 = broadcast %643 : f32[4,17,16] @ models/lib/nn.yaml:50:38
%645 = div %642, %644 : f32[4,17,16] @ models/lib/nn.yaml:50:38
%646 = input name="seed" : i64[] @ models/lib/nn.yaml:43:13
%647 = rand_uniform %646 stream=1 : f32[4] @ models/lib/nn.yaml:43:13
%648 = broadcast %643 : f32[4] @ models/lib/nn.yaml:44:35
%649 = add %648, %647 : f32[4] @ models/lib/nn.yaml:44:35
%650 = floor %649 : f32[4] @ models/lib/nn.yaml:44:24
%651 = reshape %650 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%652 = broadcast %651 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%653 = mul %645, %652 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%654 = add %546, %653 : f32[4,17,16] @ models/lib/nn.yaml:125:15
%655 = reduce_sum %654 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%656 = div %655, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%657 = broadcast %656 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%658 = sub %654, %657 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%659 = mul %658, %658 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%660 = reduce_sum %659 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%661 = div %660, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%662 = add %661, %105 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%663 = rsqrt %662 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%664 = broadcast %663 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%665 = mul %658, %664 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%666 = broadcast %29 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%667 = mul %665, %666 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%668 = broadcast %30 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%669 = add %667, %668 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%670 = matmul %669, %31 ta=0 tb=1 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%671 = broadcast %32 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%672 = add %670, %671 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%673 = mul %216, %672 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%674 = add %670, %671 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%675 = mul %674, %220 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%676 = erf %675 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%677 = add %225, %676 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%678 = mul %673, %677 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%679 = matmul %678, %33 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%680 = broadcast %34 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%681 = add %679, %680 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%682 = div %681, %644 : f32[4,17,16] @ models/lib/nn.yaml:50:38
%683 = rand_uniform %646 stream=2 : f32[4] @ models/lib/nn.yaml:43:13
%684 = add %648, %683 : f32[4] @ models/lib/nn.yaml:44:35
%685 = floor %684 : f32[4] @ models/lib/nn.yaml:44:24
%686 = reshape %685 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%687 = broadcast %686 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%688 = mul %682, %687 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%689 = add %654, %688 : f32[4,17,16] @ models/lib/nn.yaml:126:18
%690 = reduce_sum %689 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%691 = div %690, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%692 = broadcast %691 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%693 = sub %689, %692 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%694 = mul %693, %693 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%695 = reduce_sum %694 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%696 = div %695, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%697 = add %696, %105 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%698 = rsqrt %697 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%699 = broadcast %698 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%700 = mul %693, %699 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%701 = broadcast %35 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%702 = mul %700, %701 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%703 = broadcast %36 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%704 = add %702, %703 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%705 = slice %704 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino.yaml:44:34
%706 = reshape %705 : f32[4,16] @ models/dino.yaml:44:34
%707 = matmul %706, %37 ta=0 tb=1 : f32[4,24] @ models/lib/nn.yaml:83:15
%708 = broadcast %38 : f32[4,24] @ models/lib/nn.yaml:84:18
%709 = add %707, %708 : f32[4,24] @ models/lib/nn.yaml:84:18
%710 = mul %377, %709 : f32[4,24] @ models/lib/nn.yaml:27:20
%711 = mul %709, %379 : f32[4,24] @ models/lib/nn.yaml:27:37
%712 = erf %711 : f32[4,24] @ models/lib/nn.yaml:27:31
%713 = add %382, %712 : f32[4,24] @ models/lib/nn.yaml:27:29
%714 = mul %710, %713 : f32[4,24] @ models/lib/nn.yaml:27:24
%715 = matmul %714, %39 ta=0 tb=1 : f32[4,24] @ models/lib/nn.yaml:83:15
%716 = broadcast %40 : f32[4,24] @ models/lib/nn.yaml:84:18
%717 = add %715, %716 : f32[4,24] @ models/lib/nn.yaml:84:18
%718 = mul %377, %717 : f32[4,24] @ models/lib/nn.yaml:27:20
%719 = mul %717, %379 : f32[4,24] @ models/lib/nn.yaml:27:37
%720 = erf %719 : f32[4,24] @ models/lib/nn.yaml:27:31
%721 = add %382, %720 : f32[4,24] @ models/lib/nn.yaml:27:29
%722 = mul %718, %721 : f32[4,24] @ models/lib/nn.yaml:27:24
%723 = matmul %722, %41 ta=0 tb=1 : f32[4,8] @ models/lib/nn.yaml:83:15
%724 = broadcast %42 : f32[4,8] @ models/lib/nn.yaml:84:18
%725 = add %723, %724 : f32[4,8] @ models/lib/nn.yaml:84:18
%726 = mul %725, %725 : f32[4,8] @ models/lib/nn.yaml:33:35
%727 = reduce_sum %726 axes=[1] keep=1 : f32[4,1] @ models/lib/nn.yaml:33:29
%728 = sqrt %727 : f32[4,1] @ models/lib/nn.yaml:33:24
%729 = max %728, %400 : f32[4,1] @ models/lib/nn.yaml:33:20
%730 = broadcast %729 : f32[4,8] @ models/lib/nn.yaml:33:18
%731 = div %725, %730 : f32[4,8] @ models/lib/nn.yaml:33:18
%732 = broadcast %43 : f32[32,8] @ models/lib/dino.yaml:22:22
%733 = mul %732, %44 : f32[32,8] @ models/lib/dino.yaml:22:22
%734 = mul %44, %44 : f32[32,8] @ models/lib/dino.yaml:22:53
%735 = reduce_sum %734 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%736 = sqrt %735 : f32[32,1] @ models/lib/dino.yaml:22:35
%737 = broadcast %736 : f32[32,8] @ models/lib/dino.yaml:22:33
%738 = div %733, %737 : f32[32,8] @ models/lib/dino.yaml:22:33
%739 = matmul %731, %738 ta=0 tb=1 : f32[4,32] @ models/lib/dino.yaml:23:18
%740 = slice %739 lo=[0,0] hi=[2,32] : f32[2,32] @ models/dino.yaml:65:20
%741 = slice %739 lo=[2,0] hi=[4,32] : f32[2,32] @ models/dino.yaml:65:20
%742 = reshape %6 : f32[4,3,3,4,3,4] @ models/lib/vit.yaml:15:21
%743 = permute %742 perm=[0,2,4,1,3,5] : f32[4,3,3,3,4,4] @ models/lib/vit.yaml:15:13
%744 = reshape %743 : f32[4,9,48] @ models/lib/vit.yaml:16:13
%745 = matmul %744, %414 ta=0 tb=1 : f32[4,9,16] @ models/lib/vit.yaml:17:18
%746 = broadcast %10 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%747 = add %745, %746 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%748 = concat %418, %747 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:61:13
%749 = slice %8 lo=[0,0,0] hi=[1,1,16] : f32[1,1,16] @ models/lib/vit.yaml:41:46
%750 = slice %8 lo=[0,1,0] hi=[1,17,16] : f32[1,16,16] @ models/lib/vit.yaml:41:72
%751 = resize_matrix n=4 scale=0.775 : f32[3,4] @ models/lib/vit.yaml:31:13
%752 = reshape %750 : f32[4,64] @ models/lib/vit.yaml:32:17
%753 = matmul %751, %752 ta=0 tb=0 : f32[3,64] @ models/lib/vit.yaml:32:15
%754 = reshape %753 : f32[3,4,16] @ models/lib/vit.yaml:33:21
%755 = permute %754 perm=[1,0,2] : f32[4,3,16] @ models/lib/vit.yaml:33:13
%756 = reshape %755 : f32[4,48] @ models/lib/vit.yaml:34:17
%757 = matmul %751, %756 ta=0 tb=0 : f32[3,48] @ models/lib/vit.yaml:34:15
%758 = reshape %757 : f32[3,3,16] @ models/lib/vit.yaml:35:21
%759 = permute %758 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%760 = reshape %759 : f32[1,9,16] @ models/lib/vit.yaml:36:16
%761 = concat %749, %760 axis=1 : f32[1,10,16] @ models/lib/vit.yaml:41:36
%762 = broadcast %761 : f32[4,10,16] @ models/lib/vit.yaml:62:15
%763 = add %748, %762 : f32[4,10,16] @ models/lib/vit.yaml:62:15
%764 = reduce_sum %763 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%765 = broadcast %96 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%766 = div %764, %765 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%767 = broadcast %766 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%768 = sub %763, %767 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%769 = mul %768, %768 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%770 = reduce_sum %769 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%771 = div %770, %765 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%772 = broadcast %104 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%773 = add %771, %772 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%774 = rsqrt %773 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%775 = broadcast %774 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%776 = mul %768, %775 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%777 = broadcast %11 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%778 = mul %776, %777 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%779 = broadcast %12 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%780 = add %778, %779 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%781 = matmul %780, %13 ta=0 tb=1 : f32[4,10,48] @ models/lib/nn.yaml:83:15
%782 = broadcast %14 : f32[4,10,48] @ models/lib/nn.yaml:84:18
%783 = add %781, %782 : f32[4,10,48] @ models/lib/nn.yaml:84:18
%784 = reshape %783 : f32[4,10,3,2,8] @ models/lib/nn.yaml:66:21
%785 = permute %784 perm=[2,0,3,1,4] : f32[3,4,2,10,8] @ models/lib/nn.yaml:66:13
%786 = slice %785 lo=[0,0,0,0,0] hi=[1,4,2,10,8] : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:28
%787 = reshape %786 : f32[4,2,10,8] @ models/lib/nn.yaml:67:28
%788 = slice %785 lo=[1,0,0,0,0] hi=[2,4,2,10,8] : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:34
%789 = reshape %788 : f32[4,2,10,8] @ models/lib/nn.yaml:67:34
%790 = slice %785 lo=[2,0,0,0,0] hi=[3,4,2,10,8] : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:40
%791 = reshape %790 : f32[4,2,10,8] @ models/lib/nn.yaml:67:40
%792 = permute %789 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%793 = slice %787 lo=[0,0,0,0] hi=[4,2,10,1] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%794 = broadcast %793 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%795 = slice %792 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%796 = broadcast %795 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%797 = mul %794, %796 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%798 = slice %787 lo=[0,0,0,1] hi=[4,2,10,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%799 = broadcast %798 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%800 = slice %792 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%801 = broadcast %800 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%802 = mul %799, %801 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%803 = add %797, %802 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%804 = slice %787 lo=[0,0,0,2] hi=[4,2,10,3] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%805 = broadcast %804 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%806 = slice %792 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%807 = broadcast %806 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%808 = mul %805, %807 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%809 = add %803, %808 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%810 = slice %787 lo=[0,0,0,3] hi=[4,2,10,4] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%811 = broadcast %810 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%812 = slice %792 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%813 = broadcast %812 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%814 = mul %811, %813 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%815 = add %809, %814 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%816 = slice %787 lo=[0,0,0,4] hi=[4,2,10,5] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%817 = broadcast %816 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%818 = slice %792 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%819 = broadcast %818 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%820 = mul %817, %819 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%821 = add %815, %820 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%822 = slice %787 lo=[0,0,0,5] hi=[4,2,10,6] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%823 = broadcast %822 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%824 = slice %792 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%825 = broadcast %824 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%826 = mul %823, %825 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%827 = add %821, %826 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%828 = slice %787 lo=[0,0,0,6] hi=[4,2,10,7] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%829 = broadcast %828 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%830 = slice %792 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%831 = broadcast %830 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%832 = mul %829, %831 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%833 = add %827, %832 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%834 = slice %787 lo=[0,0,0,7] hi=[4,2,10,8] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%835 = broadcast %834 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%836 = slice %792 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%837 = broadcast %836 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%838 = mul %835, %837 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%839 = add %833, %838 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%840 = broadcast %173 : f32[4,2,10,10] @ models/lib/nn.yaml:55:29
%841 = mul %839, %840 : f32[4,2,10,10] @ models/lib/nn.yaml:55:29
%842 = reduce_max %841 axes=[3] keep=1 : f32[4,2,10,1] @ models/lib/nn.yaml:14:35
%843 = stop_gradient %842 : f32[4,2,10,1] @ models/lib/nn.yaml:14:21
%844 = broadcast %843 : f32[4,2,10,10] @ models/lib/nn.yaml:14:19
%845 = mul %839, %840 : f32[4,2,10,10] @ models/lib/nn.yaml:55:29
%846 = sub %845, %844 : f32[4,2,10,10] @ models/lib/nn.yaml:14:19
%847 = exp %846 : f32[4,2,10,10] @ models/lib/nn.yaml:14:13
%848 = reduce_sum %847 axes=[3] keep=1 : f32[4,2,10,1] @ models/lib/nn.yaml:15:20
%849 = broadcast %848 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%850 = exp %846 : f32[4,2,10,10] @ models/lib/nn.yaml:14:13
%851 = div %850, %849 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%852 = reshape %851 : f32[4,2,10,10,1] @ models/lib/nn.yaml:56:23
%853 = broadcast %852 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%854 = reshape %791 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%855 = broadcast %854 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%856 = mul %853, %855 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%857 = reduce_sum %856 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%858 = permute %857 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/nn.yaml:56:13
%859 = reshape %858 : f32[4,10,16] @ models/lib/nn.yaml:57:16
%860 = matmul %859, %15 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%861 = broadcast %16 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%862 = add %860, %861 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%863 = add %763, %862 : f32[4,10,16] @ models/lib/nn.yaml:125:15
%864 = reduce_sum %863 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%865 = div %864, %765 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%866 = broadcast %865 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%867 = sub %863, %866 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%868 = mul %867, %867 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%869 = reduce_sum %868 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%870 = div %869, %765 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%871 = add %870, %772 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%872 = rsqrt %871 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%873 = broadcast %872 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%874 = mul %867, %873 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%875 = broadcast %17 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%876 = mul %874, %875 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%877 = broadcast %18 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%878 = add %876, %877 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%879 = matmul %878, %19 ta=0 tb=1 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%880 = broadcast %20 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%881 = broadcast %215 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%882 = broadcast %219 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%883 = broadcast %224 : f32[4,10,64] @ models/lib/nn.yaml:27:29
%884 = add %879, %880 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%885 = mul %881, %884 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%886 = add %879, %880 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%887 = mul %886, %882 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%888 = erf %887 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%889 = add %883, %888 : f32[4,10,64] @ models/lib/nn.yaml:27:29
%890 = mul %885, %889 : f32[4,10,64] @ models/lib/nn.yaml:27:24
%891 = matmul %890, %21 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%892 = broadcast %22 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%893 = add %891, %892 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%894 = add %863, %893 : f32[4,10,16] @ models/lib/nn.yaml:126:18
%895 = reduce_sum %894 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%896 = div %895, %765 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%897 = broadcast %896 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%898 = sub %894, %897 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%899 = mul %898, %898 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%900 = reduce_sum %899 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%901 = div %900, %765 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%902 = add %901, %772 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%903 = rsqrt %902 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%904 = broadcast %903 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%905 = mul %898, %904 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%906 = broadcast %23 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%907 = mul %905, %906 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%908 = broadcast %24 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%909 = add %907, %908 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%910 = matmul %909, %25 ta=0 tb=1 : f32[4,10,48] @ models/lib/nn.yaml:83:15
%911 = broadcast %26 : f32[4,10,48] @ models/lib/nn.yaml:84:18
%912 = add %910, %911 : f32[4,10,48] @ models/lib/nn.yaml:84:18
%913 = reshape %912 : f32[4,10,3,2,8] @ models/lib/nn.yaml:66:21
%914 = permute %913 perm=[2,0,3,1,4] : f32[3,4,2,10,8] @ models/lib/nn.yaml:66:13
%915 = slice %914 lo=[0,0,0,0,0] hi=[1,4,2,10,8] : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:28
%916 = reshape %915 : f32[4,2,10,8] @ models/lib/nn.yaml:67:28
%917 = slice %914 lo=[1,0,0,0,0] hi=[2,4,2,10,8] : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:34
%918 = reshape %917 : f32[4,2,10,8] @ models/lib/nn.yaml:67:34
%919 = slice %914 lo=[2,0,0,0,0] hi=[3,4,2,10,8] : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:40
%920 = reshape %919 : f32[4,2,10,8] @ models/lib/nn.yaml:67:40
%921 = permute %918 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%922 = slice %916 lo=[0,0,0,0] hi=[4,2,10,1] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%923 = broadcast %922 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%924 = slice %921 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%925 = broadcast %924 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%926 = mul %923, %925 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%927 = slice %916 lo=[0,0,0,1] hi=[4,2,10,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%928 = broadcast %927 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%929 = slice %921 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%930 = broadcast %929 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%931 = mul %928, %930 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%932 = add %926, %931 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%933 = slice %916 lo=[0,0,0,2] hi=[4,2,10,3] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%934 = broadcast %933 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%935 = slice %921 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%936 = broadcast %935 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%937 = mul %934, %936 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%938 = add %932, %937 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%939 = slice %916 lo=[0,0,0,3] hi=[4,2,10,4] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%940 = broadcast %939 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%941 = slice %921 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%942 = broadcast %941 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%943 = mul %940, %942 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%944 = add %938, %943 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%945 = slice %916 lo=[0,0,0,4] hi=[4,2,10,5] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%946 = broadcast %945 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%947 = slice %921 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%948 = broadcast %947 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%949 = mul %946, %948 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%950 = add %944, %949 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%951 = slice %916 lo=[0,0,0,5] hi=[4,2,10,6] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%952 = broadcast %951 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%953 = slice %921 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%954 = broadcast %953 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%955 = mul %952, %954 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%956 = add %950, %955 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%957 = slice %916 lo=[0,0,0,6] hi=[4,2,10,7] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%958 = broadcast %957 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%959 = slice %921 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%960 = broadcast %959 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%961 = mul %958, %960 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%962 = add %956, %961 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%963 = slice %916 lo=[0,0,0,7] hi=[4,2,10,8] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%964 = broadcast %963 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%965 = slice %921 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%966 = broadcast %965 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%967 = mul %964, %966 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%968 = add %962, %967 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%969 = mul %968, %840 : f32[4,2,10,10] @ models/lib/nn.yaml:55:29
%970 = reduce_max %969 axes=[3] keep=1 : f32[4,2,10,1] @ models/lib/nn.yaml:14:35
%971 = stop_gradient %970 : f32[4,2,10,1] @ models/lib/nn.yaml:14:21
%972 = broadcast %971 : f32[4,2,10,10] @ models/lib/nn.yaml:14:19
%973 = mul %968, %840 : f32[4,2,10,10] @ models/lib/nn.yaml:55:29
%974 = sub %973, %972 : f32[4,2,10,10] @ models/lib/nn.yaml:14:19
%975 = exp %974 : f32[4,2,10,10] @ models/lib/nn.yaml:14:13
%976 = reduce_sum %975 axes=[3] keep=1 : f32[4,2,10,1] @ models/lib/nn.yaml:15:20
%977 = broadcast %976 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%978 = exp %974 : f32[4,2,10,10] @ models/lib/nn.yaml:14:13
%979 = div %978, %977 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%980 = reshape %979 : f32[4,2,10,10,1] @ models/lib/nn.yaml:56:23
%981 = broadcast %980 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%982 = reshape %920 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%983 = broadcast %982 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%984 = mul %981, %983 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%985 = reduce_sum %984 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%986 = permute %985 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/nn.yaml:56:13
%987 = reshape %986 : f32[4,10,16] @ models/lib/nn.yaml:57:16
%988 = matmul %987, %27 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%989 = broadcast %28 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%990 = add %988, %989 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%991 = broadcast %643 : f32[4,10,16] @ models/lib/nn.yaml:50:38
%992 = div %990, %991 : f32[4,10,16] @ models/lib/nn.yaml:50:38
%993 = rand_uniform %646 stream=3 : f32[4] @ models/lib/nn.yaml:43:13
%994 = add %648, %993 : f32[4] @ models/lib/nn.yaml:44:35
%995 = floor %994 : f32[4] @ models/lib/nn.yaml:44:24
%996 = reshape %995 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%997 = broadcast %996 : f32[4,10,16] @ models/lib/nn.yaml:50:51
%998 = mul %992, %997 : f32[4,10,16] @ models/lib/nn.yaml:50:51
%999 = add %894, %998 : f32[4,10,16] @ models/lib/nn.yaml:125:15
%1000 = reduce_sum %999 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1001 = div %1000, %765 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1002 = broadcast %1001 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1003 = sub %999, %1002 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1004 = mul %1003, %1003 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1005 = reduce_sum %1004 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1006 = div %1005, %765 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1007 = add %1006, %772 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1008 = rsqrt %1007 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1009 = broadcast %1008 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1010 = mul %1003, %1009 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1011 = broadcast %29 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1012 = mul %1010, %1011 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1013 = broadcast %30 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1014 = add %1012, %1013 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1015 = matmul %1014, %31 ta=0 tb=1 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%1016 = broadcast %32 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1017 = add %1015, %1016 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1018 = mul %881, %1017 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%1019 = add %1015, %1016 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1020 = mul %1019, %882 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%1021 = erf %1020 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1022 = add %883, %1021 : f32[4,10,64] @ models/lib/nn.yaml:27:29
%1023 = mul %1018, %1022 : f32[4,10,64] @ models/lib/nn.yaml:27:24
%1024 = matmul %1023, %33 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1025 = broadcast %34 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1026 = add %1024, %1025 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1027 = div %1026, %991 : f32[4,10,16] @ models/lib/nn.yaml:50:38
%1028 = rand_uniform %646 stream=4 : f32[4] @ models/lib/nn.yaml:43:13
%1029 = add %648, %1028 : f32[4] @ models/lib/nn.yaml:44:35
%1030 = floor %1029 : f32[4] @ models/lib/nn.yaml:44:24
%1031 = reshape %1030 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%1032 = broadcast %1031 : f32[4,10,16] @ models/lib/nn.yaml:50:51
%1033 = mul %1027, %1032 : f32[4,10,16] @ models/lib/nn.yaml:50:51
%1034 = add %999, %1033 : f32[4,10,16] @ models/lib/nn.yaml:126:18
%1035 = reduce_sum %1034 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1036 = div %1035, %765 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1037 = broadcast %1036 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1038 = sub %1034, %1037 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1039 = mul %1038, %1038 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1040 = reduce_sum %1039 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1041 = div %1040, %765 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1042 = add %1041, %772 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1043 = rsqrt %1042 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1044 = broadcast %1043 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1045 = mul %1038, %1044 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1046 = broadcast %35 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1047 = mul %1045, %1046 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1048 = broadcast %36 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1049 = add %1047, %1048 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1050 = slice %1049 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino.yaml:44:34
%1051 = reshape %1050 : f32[4,16] @ models/dino.yaml:44:34
%1052 = matmul %1051, %37 ta=0 tb=1 : f32[4,24] @ models/lib/nn.yaml:83:15
%1053 = add %1052, %708 : f32[4,24] @ models/lib/nn.yaml:84:18
%1054 = mul %377, %1053 : f32[4,24] @ models/lib/nn.yaml:27:20
%1055 = mul %1053, %379 : f32[4,24] @ models/lib/nn.yaml:27:37
%1056 = erf %1055 : f32[4,24] @ models/lib/nn.yaml:27:31
%1057 = add %382, %1056 : f32[4,24] @ models/lib/nn.yaml:27:29
%1058 = mul %1054, %1057 : f32[4,24] @ models/lib/nn.yaml:27:24
%1059 = matmul %1058, %39 ta=0 tb=1 : f32[4,24] @ models/lib/nn.yaml:83:15
%1060 = add %1059, %716 : f32[4,24] @ models/lib/nn.yaml:84:18
%1061 = mul %377, %1060 : f32[4,24] @ models/lib/nn.yaml:27:20
%1062 = mul %1060, %379 : f32[4,24] @ models/lib/nn.yaml:27:37
%1063 = erf %1062 : f32[4,24] @ models/lib/nn.yaml:27:31
%1064 = add %382, %1063 : f32[4,24] @ models/lib/nn.yaml:27:29
%1065 = mul %1061, %1064 : f32[4,24] @ models/lib/nn.yaml:27:24
%1066 = matmul %1065, %41 ta=0 tb=1 : f32[4,8] @ models/lib/nn.yaml:83:15
%1067 = add %1066, %724 : f32[4,8] @ models/lib/nn.yaml:84:18
%1068 = mul %1067, %1067 : f32[4,8] @ models/lib/nn.yaml:33:35
%1069 = reduce_sum %1068 axes=[1] keep=1 : f32[4,1] @ models/lib/nn.yaml:33:29
%1070 = sqrt %1069 : f32[4,1] @ models/lib/nn.yaml:33:24
%1071 = max %1070, %400 : f32[4,1] @ models/lib/nn.yaml:33:20
%1072 = broadcast %1071 : f32[4,8] @ models/lib/nn.yaml:33:18
%1073 = div %1067, %1072 : f32[4,8] @ models/lib/nn.yaml:33:18
%1074 = matmul %1073, %738 ta=0 tb=1 : f32[4,32] @ models/lib/dino.yaml:23:18
%1075 = slice %1074 lo=[0,0] hi=[2,32] : f32[2,32] @ models/dino.yaml:65:20
%1076 = slice %1074 lo=[2,0] hi=[4,32] : f32[2,32] @ models/dino.yaml:65:20
%1077 = broadcast %83 : f32[2,32] @ models/lib/dino.yaml:38:38
%1078 = sub %412, %1077 : f32[2,32] @ models/lib/dino.yaml:38:38
%1079 = broadcast %4 : f32[2,32] @ models/lib/dino.yaml:38:48
%1080 = div %1078, %1079 : f32[2,32] @ models/lib/dino.yaml:38:48
%1081 = reduce_max %1080 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:14:35
%1082 = stop_gradient %1081 : f32[2,1] @ models/lib/nn.yaml:14:21
%1083 = broadcast %1082 : f32[2,32] @ models/lib/nn.yaml:14:19
%1084 = div %1078, %1079 : f32[2,32] @ models/lib/dino.yaml:38:48
%1085 = sub %1084, %1083 : f32[2,32] @ models/lib/nn.yaml:14:19
%1086 = exp %1085 : f32[2,32] @ models/lib/nn.yaml:14:13
%1087 = reduce_sum %1086 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:15:20
%1088 = broadcast %1087 : f32[2,32] @ models/lib/nn.yaml:15:18
%1089 = exp %1085 : f32[2,32] @ models/lib/nn.yaml:14:13
%1090 = div %1089, %1088 : f32[2,32] @ models/lib/nn.yaml:15:18
%1091 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%1092 = broadcast %1091 : f32[2,32] @ models/lib/dino.yaml:39:44
%1093 = div %741, %1092 : f32[2,32] @ models/lib/dino.yaml:39:44
%1094 = reduce_max %1093 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:21:31
%1095 = stop_gradient %1094 : f32[2,1] @ models/lib/nn.yaml:21:17
%1096 = broadcast %1095 : f32[2,32] @ models/lib/nn.yaml:21:15
%1097 = div %741, %1092 : f32[2,32] @ models/lib/dino.yaml:39:44
%1098 = sub %1097, %1096 : f32[2,32] @ models/lib/nn.yaml:21:15
%1099 = exp %1098 : f32[2,32] @ models/lib/nn.yaml:22:28
%1100 = reduce_sum %1099 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:24
%1101 = log %1100 : f32[2,1] @ models/lib/nn.yaml:22:20
%1102 = broadcast %1101 : f32[2,32] @ models/lib/nn.yaml:22:18
%1103 = sub %1098, %1102 : f32[2,32] @ models/lib/nn.yaml:22:18
%1104 = stop_gradient %1090 : f32[2,32] @ models/lib/dino.yaml:38:13
%1105 = mul %1104, %1103 : f32[2,32] @ models/lib/dino.yaml:39:28
%1106 = reduce_sum %1105 axes=[1] keep=0 : f32[2] @ models/lib/dino.yaml:39:22
%1107 = neg %1106 : f32[2] @ models/lib/dino.yaml:39:21
%1108 = reduce_sum %1107 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%1109 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%1110 = div %1108, %1109 : f32[] @ models/lib/dino.yaml:39:16
%1111 = div %1075, %1092 : f32[2,32] @ models/lib/dino.yaml:39:44
%1112 = reduce_max %1111 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:21:31
%1113 = stop_gradient %1112 : f32[2,1] @ models/lib/nn.yaml:21:17
%1114 = broadcast %1113 : f32[2,32] @ models/lib/nn.yaml:21:15
%1115 = div %1075, %1092 : f32[2,32] @ models/lib/dino.yaml:39:44
%1116 = sub %1115, %1114 : f32[2,32] @ models/lib/nn.yaml:21:15
%1117 = exp %1116 : f32[2,32] @ models/lib/nn.yaml:22:28
%1118 = reduce_sum %1117 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:24
%1119 = log %1118 : f32[2,1] @ models/lib/nn.yaml:22:20
%1120 = broadcast %1119 : f32[2,32] @ models/lib/nn.yaml:22:18
%1121 = sub %1116, %1120 : f32[2,32] @ models/lib/nn.yaml:22:18
%1122 = stop_gradient %1090 : f32[2,32] @ models/lib/dino.yaml:38:13
%1123 = mul %1122, %1121 : f32[2,32] @ models/lib/dino.yaml:39:28
%1124 = reduce_sum %1123 axes=[1] keep=0 : f32[2] @ models/lib/dino.yaml:39:22
%1125 = neg %1124 : f32[2] @ models/lib/dino.yaml:39:21
%1126 = reduce_sum %1125 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%1127 = div %1126, %1109 : f32[] @ models/lib/dino.yaml:39:16
%1128 = add %1110, %1127 : f32[] @ models/dino.yaml:76:11
%1129 = div %1076, %1092 : f32[2,32] @ models/lib/dino.yaml:39:44
%1130 = reduce_max %1129 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:21:31
%1131 = stop_gradient %1130 : f32[2,1] @ models/lib/nn.yaml:21:17
%1132 = broadcast %1131 : f32[2,32] @ models/lib/nn.yaml:21:15
%1133 = div %1076, %1092 : f32[2,32] @ models/lib/dino.yaml:39:44
%1134 = sub %1133, %1132 : f32[2,32] @ models/lib/nn.yaml:21:15
%1135 = exp %1134 : f32[2,32] @ models/lib/nn.yaml:22:28
%1136 = reduce_sum %1135 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:24
%1137 = log %1136 : f32[2,1] @ models/lib/nn.yaml:22:20
%1138 = broadcast %1137 : f32[2,32] @ models/lib/nn.yaml:22:18
%1139 = sub %1134, %1138 : f32[2,32] @ models/lib/nn.yaml:22:18
%1140 = stop_gradient %1090 : f32[2,32] @ models/lib/dino.yaml:38:13
%1141 = mul %1140, %1139 : f32[2,32] @ models/lib/dino.yaml:39:28
%1142 = reduce_sum %1141 axes=[1] keep=0 : f32[2] @ models/lib/dino.yaml:39:22
%1143 = neg %1142 : f32[2] @ models/lib/dino.yaml:39:21
%1144 = reduce_sum %1143 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%1145 = div %1144, %1109 : f32[] @ models/lib/dino.yaml:39:16
%1146 = add %1128, %1145 : f32[] @ models/dino.yaml:76:11
%1147 = sub %413, %1077 : f32[2,32] @ models/lib/dino.yaml:38:38
%1148 = div %1147, %1079 : f32[2,32] @ models/lib/dino.yaml:38:48
%1149 = reduce_max %1148 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:14:35
%1150 = stop_gradient %1149 : f32[2,1] @ models/lib/nn.yaml:14:21
%1151 = broadcast %1150 : f32[2,32] @ models/lib/nn.yaml:14:19
%1152 = div %1147, %1079 : f32[2,32] @ models/lib/dino.yaml:38:48
%1153 = sub %1152, %1151 : f32[2,32] @ models/lib/nn.yaml:14:19
%1154 = exp %1153 : f32[2,32] @ models/lib/nn.yaml:14:13
%1155 = reduce_sum %1154 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:15:20
%1156 = broadcast %1155 : f32[2,32] @ models/lib/nn.yaml:15:18
%1157 = exp %1153 : f32[2,32] @ models/lib/nn.yaml:14:13
%1158 = div %1157, %1156 : f32[2,32] @ models/lib/nn.yaml:15:18
%1159 = div %740, %1092 : f32[2,32] @ models/lib/dino.yaml:39:44
%1160 = reduce_max %1159 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:21:31
%1161 = stop_gradient %1160 : f32[2,1] @ models/lib/nn.yaml:21:17
%1162 = broadcast %1161 : f32[2,32] @ models/lib/nn.yaml:21:15
%1163 = div %740, %1092 : f32[2,32] @ models/lib/dino.yaml:39:44
%1164 = sub %1163, %1162 : f32[2,32] @ models/lib/nn.yaml:21:15
%1165 = exp %1164 : f32[2,32] @ models/lib/nn.yaml:22:28
%1166 = reduce_sum %1165 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:24
%1167 = log %1166 : f32[2,1] @ models/lib/nn.yaml:22:20
%1168 = broadcast %1167 : f32[2,32] @ models/lib/nn.yaml:22:18
%1169 = sub %1164, %1168 : f32[2,32] @ models/lib/nn.yaml:22:18
%1170 = stop_gradient %1158 : f32[2,32] @ models/lib/dino.yaml:38:13
%1171 = mul %1170, %1169 : f32[2,32] @ models/lib/dino.yaml:39:28
%1172 = reduce_sum %1171 axes=[1] keep=0 : f32[2] @ models/lib/dino.yaml:39:22
%1173 = neg %1172 : f32[2] @ models/lib/dino.yaml:39:21
%1174 = reduce_sum %1173 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%1175 = div %1174, %1109 : f32[] @ models/lib/dino.yaml:39:16
%1176 = add %1146, %1175 : f32[] @ models/dino.yaml:76:11
%1177 = stop_gradient %1158 : f32[2,32] @ models/lib/dino.yaml:38:13
%1178 = mul %1177, %1121 : f32[2,32] @ models/lib/dino.yaml:39:28
%1179 = reduce_sum %1178 axes=[1] keep=0 : f32[2] @ models/lib/dino.yaml:39:22
%1180 = neg %1179 : f32[2] @ models/lib/dino.yaml:39:21
%1181 = reduce_sum %1180 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%1182 = div %1181, %1109 : f32[] @ models/lib/dino.yaml:39:16
%1183 = add %1176, %1182 : f32[] @ models/dino.yaml:76:11
%1184 = stop_gradient %1158 : f32[2,32] @ models/lib/dino.yaml:38:13
%1185 = mul %1184, %1139 : f32[2,32] @ models/lib/dino.yaml:39:28
%1186 = reduce_sum %1185 axes=[1] keep=0 : f32[2] @ models/lib/dino.yaml:39:22
%1187 = neg %1186 : f32[2] @ models/lib/dino.yaml:39:21
%1188 = reduce_sum %1187 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%1189 = div %1188, %1109 : f32[] @ models/lib/dino.yaml:39:16
%1190 = add %1183, %1189 : f32[] @ models/dino.yaml:76:11
%1191 = const data=[6] : f32[] @ models/dino.yaml:73:3
%1192 = div %1190, %1191 : f32[] @ models/dino.yaml:73:3
%1193 = output %1192 name="loss.dino" : f32[] @ models/dino.yaml:73:3
%1194 = output %1192 name="loss" : f32[] @ models/dino.yaml:73:3
%1195 = broadcast %643 : f32[1,32] @ models/dino.yaml:70:20
%1196 = mul %83, %1195 : f32[1,32] @ models/dino.yaml:70:20
%1197 = concat %412, %413 axis=0 : f32[4,32] @ models/dino.yaml:70:75
%1198 = reduce_sum %1197 axes=[0] keep=1 : f32[1,32] @ models/lib/nn.yaml:73:26
%1199 = all_reduce_sum %1198 : f32[1,32] @ models/lib/nn.yaml:73:16
%1200 = const data=[4] : f32[] @ models/lib/nn.yaml:73:65
%1201 = broadcast %1200 : f32[1,32] @ models/lib/nn.yaml:73:52
%1202 = div %1199, %1201 : f32[1,32] @ models/lib/nn.yaml:73:52
%1203 = broadcast %1091 : f32[1,32] @ models/dino.yaml:70:62
%1204 = mul %1203, %1202 : f32[1,32] @ models/dino.yaml:70:62
%1205 = add %1196, %1204 : f32[1,32] @ models/dino.yaml:70:38
%1206 = assign %83, %1205 : f32[1,32] @ models/dino.yaml:70:13
%1207 = cast %1 : f64[] @ models/dino.yaml:55:3
%1208 = cast %2 : f64[] @ models/dino.yaml:56:3
%1209 = cast %3 : f64[] @ models/dino.yaml:57:3
%1210 = const data=[-0.083333336] : f32[] @ models/lib/dino.yaml:39:21
%1211 = broadcast %1210 : f32[2] @ models/lib/dino.yaml:39:21
%1212 = reshape %1211 : f32[2,1] @ models/lib/dino.yaml:39:22
%1213 = broadcast %1212 : f32[2,32] @ models/lib/dino.yaml:39:22
%1214 = stop_gradient %1158 : f32[2,32] @ models/lib/dino.yaml:38:13
%1215 = mul %1213, %1214 : f32[2,32] @ models/lib/dino.yaml:39:28
%1216 = neg %1215 : f32[2,32] @ models/lib/nn.yaml:22:18
%1217 = reduce_sum %1216 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:18
%1218 = div %1217, %1136 : f32[2,1] @ models/lib/nn.yaml:22:20
%1219 = broadcast %1218 : f32[2,32] @ models/lib/nn.yaml:22:24
%1220 = exp %1134 : f32[2,32] @ models/lib/nn.yaml:22:28
%1221 = mul %1219, %1220 : f32[2,32] @ models/lib/nn.yaml:22:28
%1222 = stop_gradient %1158 : f32[2,32] @ models/lib/dino.yaml:38:13
%1223 = mul %1213, %1222 : f32[2,32] @ models/lib/dino.yaml:39:28
%1224 = add %1223, %1221 : f32[2,32] @ models/lib/nn.yaml:22:28
%1225 = div %1224, %1092 : f32[2,32] @ models/lib/dino.yaml:39:44
%1226 = div %1217, %1118 : f32[2,1] @ models/lib/nn.yaml:22:20
%1227 = broadcast %1226 : f32[2,32] @ models/lib/nn.yaml:22:24
%1228 = exp %1116 : f32[2,32] @ models/lib/nn.yaml:22:28
%1229 = mul %1227, %1228 : f32[2,32] @ models/lib/nn.yaml:22:28
%1230 = stop_gradient %1158 : f32[2,32] @ models/lib/dino.yaml:38:13
%1231 = mul %1213, %1230 : f32[2,32] @ models/lib/dino.yaml:39:28
%1232 = add %1231, %1229 : f32[2,32] @ models/lib/nn.yaml:22:28
%1233 = div %1232, %1092 : f32[2,32] @ models/lib/dino.yaml:39:44
%1234 = div %1217, %1166 : f32[2,1] @ models/lib/nn.yaml:22:20
%1235 = broadcast %1234 : f32[2,32] @ models/lib/nn.yaml:22:24
%1236 = exp %1164 : f32[2,32] @ models/lib/nn.yaml:22:28
%1237 = mul %1235, %1236 : f32[2,32] @ models/lib/nn.yaml:22:28
%1238 = stop_gradient %1158 : f32[2,32] @ models/lib/dino.yaml:38:13
%1239 = mul %1213, %1238 : f32[2,32] @ models/lib/dino.yaml:39:28
%1240 = add %1239, %1237 : f32[2,32] @ models/lib/nn.yaml:22:28
%1241 = div %1240, %1092 : f32[2,32] @ models/lib/dino.yaml:39:44
%1242 = stop_gradient %1090 : f32[2,32] @ models/lib/dino.yaml:38:13
%1243 = mul %1213, %1242 : f32[2,32] @ models/lib/dino.yaml:39:28
%1244 = neg %1243 : f32[2,32] @ models/lib/nn.yaml:22:18
%1245 = reduce_sum %1244 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:18
%1246 = div %1245, %1136 : f32[2,1] @ models/lib/nn.yaml:22:20
%1247 = broadcast %1246 : f32[2,32] @ models/lib/nn.yaml:22:24
%1248 = exp %1134 : f32[2,32] @ models/lib/nn.yaml:22:28
%1249 = mul %1247, %1248 : f32[2,32] @ models/lib/nn.yaml:22:28
%1250 = stop_gradient %1090 : f32[2,32] @ models/lib/dino.yaml:38:13
%1251 = mul %1213, %1250 : f32[2,32] @ models/lib/dino.yaml:39:28
%1252 = add %1251, %1249 : f32[2,32] @ models/lib/nn.yaml:22:28
%1253 = div %1252, %1092 : f32[2,32] @ models/lib/dino.yaml:39:44
%1254 = add %1225, %1253 : f32[2,32] @ models/lib/dino.yaml:39:44
%1255 = div %1245, %1118 : f32[2,1] @ models/lib/nn.yaml:22:20
%1256 = broadcast %1255 : f32[2,32] @ models/lib/nn.yaml:22:24
%1257 = exp %1116 : f32[2,32] @ models/lib/nn.yaml:22:28
%1258 = mul %1256, %1257 : f32[2,32] @ models/lib/nn.yaml:22:28
%1259 = stop_gradient %1090 : f32[2,32] @ models/lib/dino.yaml:38:13
%1260 = mul %1213, %1259 : f32[2,32] @ models/lib/dino.yaml:39:28
%1261 = add %1260, %1258 : f32[2,32] @ models/lib/nn.yaml:22:28
%1262 = div %1261, %1092 : f32[2,32] @ models/lib/dino.yaml:39:44
%1263 = add %1233, %1262 : f32[2,32] @ models/lib/dino.yaml:39:44
%1264 = div %1245, %1100 : f32[2,1] @ models/lib/nn.yaml:22:20
%1265 = broadcast %1264 : f32[2,32] @ models/lib/nn.yaml:22:24
%1266 = exp %1098 : f32[2,32] @ models/lib/nn.yaml:22:28
%1267 = mul %1265, %1266 : f32[2,32] @ models/lib/nn.yaml:22:28
%1268 = stop_gradient %1090 : f32[2,32] @ models/lib/dino.yaml:38:13
%1269 = mul %1213, %1268 : f32[2,32] @ models/lib/dino.yaml:39:28
%1270 = add %1269, %1267 : f32[2,32] @ models/lib/nn.yaml:22:28
%1271 = div %1270, %1092 : f32[2,32] @ models/lib/dino.yaml:39:44
%1272 = concat %1263, %1254 axis=0 : f32[4,32] @ models/dino.yaml:65:20
%1273 = matmul %1272, %738 ta=0 tb=0 : f32[4,8] @ models/lib/dino.yaml:23:18
%1274 = matmul %1272, %1073 ta=1 tb=0 : f32[32,8] @ models/lib/dino.yaml:23:18
%1275 = div %1274, %737 : f32[32,8] @ models/lib/dino.yaml:22:33
%1276 = mul %1275, %738 : f32[32,8] @ models/lib/dino.yaml:22:33
%1277 = neg %1276 : f32[32,8] @ models/lib/dino.yaml:22:33
%1278 = reduce_sum %1277 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%1279 = broadcast %215 : f32[32,1] @ models/lib/dino.yaml:22:35
%1280 = mul %1278, %1279 : f32[32,1] @ models/lib/dino.yaml:22:35
%1281 = div %1280, %736 : f32[32,1] @ models/lib/dino.yaml:22:35
%1282 = broadcast %1281 : f32[32,8] @ models/lib/dino.yaml:22:40
%1283 = mul %1282, %44 : f32[32,8] @ models/lib/dino.yaml:22:53
%1284 = add %1283, %1283 : f32[32,8] @ models/lib/dino.yaml:22:53
%1285 = mul %1275, %732 : f32[32,8] @ models/lib/dino.yaml:22:22
%1286 = add %1284, %1285 : f32[32,8] @ models/lib/dino.yaml:22:22
%1287 = div %1273, %1072 : f32[4,8] @ models/lib/nn.yaml:33:18
%1288 = mul %1287, %1073 : f32[4,8] @ models/lib/nn.yaml:33:18
%1289 = neg %1288 : f32[4,8] @ models/lib/nn.yaml:33:18
%1290 = reduce_sum %1289 axes=[1] keep=1 : f32[4,1] @ models/lib/nn.yaml:33:18
%1291 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%1292 = broadcast %1291 : f32[4,1] @ models/lib/nn.yaml:33:20
%1293 = broadcast %215 : f32[4,1] @ models/lib/nn.yaml:33:20
%1294 = mul %1290, %1293 : f32[4,1] @ models/lib/nn.yaml:33:20
%1295 = sqrt %1069 : f32[4,1] @ models/lib/nn.yaml:33:24
%1296 = eq %1295, %400 : bool[4,1] @ models/lib/nn.yaml:33:20
%1297 = select %1296, %1294, %1292 : f32[4,1] @ models/lib/nn.yaml:33:20
%1298 = sqrt %1069 : f32[4,1] @ models/lib/nn.yaml:33:24
%1299 = gt %1298, %400 : bool[4,1] @ models/lib/nn.yaml:33:20
%1300 = select %1299, %1290, %1297 : f32[4,1] @ models/lib/nn.yaml:33:20
%1301 = mul %1300, %1293 : f32[4,1] @ models/lib/nn.yaml:33:24
%1302 = sqrt %1069 : f32[4,1] @ models/lib/nn.yaml:33:24
%1303 = div %1301, %1302 : f32[4,1] @ models/lib/nn.yaml:33:24
%1304 = broadcast %1303 : f32[4,8] @ models/lib/nn.yaml:33:29
%1305 = mul %1304, %1067 : f32[4,8] @ models/lib/nn.yaml:33:35
%1306 = add %1287, %1305 : f32[4,8] @ models/lib/nn.yaml:33:35
%1307 = add %1306, %1305 : f32[4,8] @ models/lib/nn.yaml:33:35
%1308 = reduce_sum %1307 axes=[0] keep=1 : f32[1,8] @ models/lib/nn.yaml:84:18
%1309 = reshape %1308 : f32[8] @ models/lib/nn.yaml:84:18
%1310 = matmul %1307, %41 ta=0 tb=0 : f32[4,24] @ models/lib/nn.yaml:83:15
%1311 = matmul %1307, %1065 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%1312 = mul %1060, %379 : f32[4,24] @ models/lib/nn.yaml:27:37
%1313 = erf %1312 : f32[4,24] @ models/lib/nn.yaml:27:31
%1314 = add %382, %1313 : f32[4,24] @ models/lib/nn.yaml:27:29
%1315 = mul %1310, %1314 : f32[4,24] @ models/lib/nn.yaml:27:24
%1316 = mul %377, %1060 : f32[4,24] @ models/lib/nn.yaml:27:20
%1317 = mul %1310, %1316 : f32[4,24] @ models/lib/nn.yaml:27:24
%1318 = mul %1060, %379 : f32[4,24] @ models/lib/nn.yaml:27:37
%1319 = mul %1318, %1318 : f32[4,24] @ models/lib/nn.yaml:27:31
%1320 = neg %1319 : f32[4,24] @ models/lib/nn.yaml:27:31
%1321 = exp %1320 : f32[4,24] @ models/lib/nn.yaml:27:31
%1322 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%1323 = broadcast %1322 : f32[4,24] @ models/lib/nn.yaml:27:31
%1324 = mul %1321, %1323 : f32[4,24] @ models/lib/nn.yaml:27:31
%1325 = mul %1317, %1324 : f32[4,24] @ models/lib/nn.yaml:27:31
%1326 = mul %1325, %379 : f32[4,24] @ models/lib/nn.yaml:27:37
%1327 = mul %1315, %377 : f32[4,24] @ models/lib/nn.yaml:27:20
%1328 = add %1326, %1327 : f32[4,24] @ models/lib/nn.yaml:27:20
%1329 = reduce_sum %1328 axes=[0] keep=1 : f32[1,24] @ models/lib/nn.yaml:84:18
%1330 = reshape %1329 : f32[24] @ models/lib/nn.yaml:84:18
%1331 = matmul %1328, %39 ta=0 tb=0 : f32[4,24] @ models/lib/nn.yaml:83:15
%1332 = matmul %1328, %1058 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%1333 = mul %1053, %379 : f32[4,24] @ models/lib/nn.yaml:27:37
%1334 = erf %1333 : f32[4,24] @ models/lib/nn.yaml:27:31
%1335 = add %382, %1334 : f32[4,24] @ models/lib/nn.yaml:27:29
%1336 = mul %1331, %1335 : f32[4,24] @ models/lib/nn.yaml:27:24
%1337 = mul %377, %1053 : f32[4,24] @ models/lib/nn.yaml:27:20
%1338 = mul %1331, %1337 : f32[4,24] @ models/lib/nn.yaml:27:24
%1339 = mul %1053, %379 : f32[4,24] @ models/lib/nn.yaml:27:37
%1340 = mul %1339, %1339 : f32[4,24] @ models/lib/nn.yaml:27:31
%1341 = neg %1340 : f32[4,24] @ models/lib/nn.yaml:27:31
%1342 = exp %1341 : f32[4,24] @ models/lib/nn.yaml:27:31
%1343 = mul %1342, %1323 : f32[4,24] @ models/lib/nn.yaml:27:31
%1344 = mul %1338, %1343 : f32[4,24] @ models/lib/nn.yaml:27:31
%1345 = mul %1344, %379 : f32[4,24] @ models/lib/nn.yaml:27:37
%1346 = mul %1336, %377 : f32[4,24] @ models/lib/nn.yaml:27:20
%1347 = add %1345, %1346 : f32[4,24] @ models/lib/nn.yaml:27:20
%1348 = reduce_sum %1347 axes=[0] keep=1 : f32[1,24] @ models/lib/nn.yaml:84:18
%1349 = reshape %1348 : f32[24] @ models/lib/nn.yaml:84:18
%1350 = matmul %1347, %37 ta=0 tb=0 : f32[4,16] @ models/lib/nn.yaml:83:15
%1351 = matmul %1347, %1051 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%1352 = reshape %1350 : f32[4,1,16] @ models/dino.yaml:44:34
%1353 = pad %1352 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/dino.yaml:44:34
%1354 = reduce_sum %1353 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1355 = reshape %1354 : f32[16] @ models/lib/nn.yaml:96:46
%1356 = mul %1353, %1045 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1357 = reduce_sum %1356 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1358 = reshape %1357 : f32[16] @ models/lib/nn.yaml:96:37
%1359 = mul %1353, %1046 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1360 = mul %1359, %1044 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1361 = mul %1353, %1046 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1362 = mul %1361, %1038 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1363 = reduce_sum %1362 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%1364 = mul %1043, %1043 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1365 = mul %1043, %1364 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1366 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%1367 = broadcast %1366 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1368 = mul %1365, %1367 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1369 = mul %1363, %1368 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1370 = div %1369, %765 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1371 = broadcast %1370 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%1372 = mul %1371, %1038 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1373 = add %1360, %1372 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1374 = add %1373, %1372 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1375 = neg %1374 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1376 = reduce_sum %1375 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%1377 = div %1376, %765 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1378 = broadcast %1377 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1379 = add %1374, %1378 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1380 = mul %1379, %1032 : f32[4,10,16] @ models/lib/nn.yaml:50:51
%1381 = div %1380, %991 : f32[4,10,16] @ models/lib/nn.yaml:50:38
%1382 = reduce_sum %1381 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1383 = reshape %1382 : f32[16] @ models/lib/nn.yaml:84:18
%1384 = matmul %1381, %33 ta=0 tb=0 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%1385 = reshape %1023 : f32[40,64] @ models/lib/nn.yaml:83:15
%1386 = reshape %1381 : f32[40,16] @ models/lib/nn.yaml:83:15
%1387 = matmul %1386, %1385 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%1388 = add %1015, %1016 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1389 = mul %1388, %882 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%1390 = erf %1389 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1391 = add %883, %1390 : f32[4,10,64] @ models/lib/nn.yaml:27:29
%1392 = mul %1384, %1391 : f32[4,10,64] @ models/lib/nn.yaml:27:24
%1393 = add %1015, %1016 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1394 = mul %881, %1393 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%1395 = mul %1384, %1394 : f32[4,10,64] @ models/lib/nn.yaml:27:24
%1396 = add %1015, %1016 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1397 = mul %1396, %882 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%1398 = mul %1397, %1397 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1399 = neg %1398 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1400 = exp %1399 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1401 = broadcast %1322 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1402 = mul %1400, %1401 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1403 = mul %1395, %1402 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1404 = mul %1403, %882 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%1405 = mul %1392, %881 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%1406 = add %1404, %1405 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%1407 = reduce_sum %1406 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%1408 = reshape %1407 : f32[64] @ models/lib/nn.yaml:84:18
%1409 = matmul %1406, %31 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1410 = reshape %1014 : f32[40,16] @ models/lib/nn.yaml:83:15
%1411 = reshape %1406 : f32[40,64] @ models/lib/nn.yaml:83:15
%1412 = matmul %1411, %1410 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%1413 = reduce_sum %1409 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1414 = reshape %1413 : f32[16] @ models/lib/nn.yaml:96:46
%1415 = mul %1409, %1010 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1416 = reduce_sum %1415 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1417 = reshape %1416 : f32[16] @ models/lib/nn.yaml:96:37
%1418 = mul %1409, %1011 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1419 = mul %1418, %1009 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1420 = mul %1409, %1011 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1421 = mul %1420, %1003 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1422 = reduce_sum %1421 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%1423 = mul %1008, %1008 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1424 = mul %1008, %1423 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1425 = mul %1424, %1367 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1426 = mul %1422, %1425 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1427 = div %1426, %765 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1428 = broadcast %1427 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%1429 = mul %1428, %1003 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1430 = add %1419, %1429 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1431 = add %1430, %1429 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1432 = add %1379, %1431 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1433 = neg %1431 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1434 = reduce_sum %1433 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%1435 = div %1434, %765 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1436 = broadcast %1435 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1437 = add %1432, %1436 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1438 = mul %1437, %997 : f32[4,10,16] @ models/lib/nn.yaml:50:51
%1439 = div %1438, %991 : f32[4,10,16] @ models/lib/nn.yaml:50:38
%1440 = reduce_sum %1439 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1441 = reshape %1440 : f32[16] @ models/lib/nn.yaml:84:18
%1442 = matmul %1439, %27 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1443 = reshape %986 : f32[40,16] @ models/lib/nn.yaml:83:15
%1444 = reshape %1439 : f32[40,16] @ models/lib/nn.yaml:83:15
%1445 = matmul %1444, %1443 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%1446 = reshape %1442 : f32[4,10,2,8] @ models/lib/nn.yaml:57:16
%1447 = permute %1446 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/nn.yaml:56:13
%1448 = permute %920 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%1449 = slice %1447 lo=[0,0,0,0] hi=[4,2,10,1] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1450 = broadcast %1449 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1451 = slice %1448 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1452 = broadcast %1451 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1453 = mul %1450, %1452 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1454 = slice %1447 lo=[0,0,0,1] hi=[4,2,10,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1455 = broadcast %1454 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1456 = slice %1448 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1457 = broadcast %1456 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1458 = mul %1455, %1457 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1459 = add %1453, %1458 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1460 = slice %1447 lo=[0,0,0,2] hi=[4,2,10,3] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1461 = broadcast %1460 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1462 = slice %1448 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1463 = broadcast %1462 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1464 = mul %1461, %1463 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1465 = add %1459, %1464 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1466 = slice %1447 lo=[0,0,0,3] hi=[4,2,10,4] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1467 = broadcast %1466 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1468 = slice %1448 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1469 = broadcast %1468 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1470 = mul %1467, %1469 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1471 = add %1465, %1470 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1472 = slice %1447 lo=[0,0,0,4] hi=[4,2,10,5] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1473 = broadcast %1472 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1474 = slice %1448 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1475 = broadcast %1474 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1476 = mul %1473, %1475 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1477 = add %1471, %1476 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1478 = slice %1447 lo=[0,0,0,5] hi=[4,2,10,6] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1479 = broadcast %1478 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1480 = slice %1448 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1481 = broadcast %1480 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1482 = mul %1479, %1481 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1483 = add %1477, %1482 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1484 = slice %1447 lo=[0,0,0,6] hi=[4,2,10,7] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1485 = broadcast %1484 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1486 = slice %1448 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1487 = broadcast %1486 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1488 = mul %1485, %1487 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1489 = add %1483, %1488 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1490 = slice %1447 lo=[0,0,0,7] hi=[4,2,10,8] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1491 = broadcast %1490 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1492 = slice %1448 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1493 = broadcast %1492 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1494 = mul %1491, %1493 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1495 = add %1489, %1494 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1496 = permute %979 perm=[0,1,3,2] : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1497 = reshape %1496 : f32[4,2,10,10,1] @ models/lib/nn.yaml:56:23
%1498 = broadcast %1497 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%1499 = reshape %1447 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1500 = broadcast %1499 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%1501 = mul %1498, %1500 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%1502 = reduce_sum %1501 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%1503 = div %1495, %977 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1504 = mul %1503, %979 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1505 = neg %1504 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1506 = reduce_sum %1505 axes=[3] keep=1 : f32[4,2,10,1] @ models/lib/nn.yaml:15:18
%1507 = broadcast %1506 : f32[4,2,10,10] @ models/lib/nn.yaml:15:20
%1508 = add %1503, %1507 : f32[4,2,10,10] @ models/lib/nn.yaml:15:20
%1509 = exp %974 : f32[4,2,10,10] @ models/lib/nn.yaml:14:13
%1510 = mul %1508, %1509 : f32[4,2,10,10] @ models/lib/nn.yaml:14:13
%1511 = mul %1510, %840 : f32[4,2,10,10] @ models/lib/nn.yaml:55:29
%1512 = reshape %1511 : f32[4,2,10,10,1] @ models/lib/nn.yaml:55:23
%1513 = broadcast %1512 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1514 = reshape %918 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%1515 = broadcast %1514 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1516 = mul %1513, %1515 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1517 = reduce_sum %1516 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%1518 = permute %1511 perm=[0,1,3,2] : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%1519 = reshape %1518 : f32[4,2,10,10,1] @ models/lib/nn.yaml:55:23
%1520 = broadcast %1519 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1521 = reshape %916 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%1522 = broadcast %1521 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1523 = mul %1520, %1522 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1524 = reduce_sum %1523 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%1525 = reshape %1502 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:40
%1526 = reshape %1524 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:34
%1527 = reshape %1517 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:28
%1528 = concat %1527, %1526, %1525 axis=0 : f32[3,4,2,10,8] @ models/lib/nn.yaml:67:28
%1529 = permute %1528 perm=[1,3,0,2,4] : f32[4,10,3,2,8] @ models/lib/nn.yaml:66:13
%1530 = reshape %1529 : f32[4,10,48] @ models/lib/nn.yaml:66:21
%1531 = reduce_sum %1530 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%1532 = reshape %1531 : f32[48] @ models/lib/nn.yaml:84:18
%1533 = matmul %1530, %25 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1534 = reshape %909 : f32[40,16] @ models/lib/nn.yaml:83:15
%1535 = reshape %1529 : f32[40,48] @ models/lib/nn.yaml:83:15
%1536 = matmul %1535, %1534 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%1537 = reduce_sum %1533 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1538 = reshape %1537 : f32[16] @ models/lib/nn.yaml:96:46
%1539 = mul %1533, %905 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1540 = reduce_sum %1539 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1541 = reshape %1540 : f32[16] @ models/lib/nn.yaml:96:37
%1542 = mul %1533, %906 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1543 = mul %1542, %904 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1544 = mul %1533, %906 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1545 = mul %1544, %898 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1546 = reduce_sum %1545 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%1547 = mul %903, %903 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1548 = mul %903, %1547 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1549 = mul %1548, %1367 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1550 = mul %1546, %1549 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1551 = div %1550, %765 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1552 = broadcast %1551 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%1553 = mul %1552, %898 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1554 = add %1543, %1553 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1555 = add %1554, %1553 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1556 = add %1437, %1555 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1557 = neg %1555 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1558 = reduce_sum %1557 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%1559 = div %1558, %765 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1560 = broadcast %1559 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1561 = add %1556, %1560 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1562 = reduce_sum %1561 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1563 = reshape %1562 : f32[16] @ models/lib/nn.yaml:84:18
%1564 = matmul %1561, %21 ta=0 tb=0 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%1565 = reshape %890 : f32[40,64] @ models/lib/nn.yaml:83:15
%1566 = reshape %1561 : f32[40,16] @ models/lib/nn.yaml:83:15
%1567 = matmul %1566, %1565 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%1568 = add %879, %880 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1569 = mul %1568, %882 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%1570 = erf %1569 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1571 = add %883, %1570 : f32[4,10,64] @ models/lib/nn.yaml:27:29
%1572 = mul %1564, %1571 : f32[4,10,64] @ models/lib/nn.yaml:27:24
%1573 = add %879, %880 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1574 = mul %881, %1573 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%1575 = mul %1564, %1574 : f32[4,10,64] @ models/lib/nn.yaml:27:24
%1576 = add %879, %880 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1577 = mul %1576, %882 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%1578 = mul %1577, %1577 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1579 = neg %1578 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1580 = exp %1579 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1581 = mul %1580, %1401 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1582 = mul %1575, %1581 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1583 = mul %1582, %882 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%1584 = mul %1572, %881 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%1585 = add %1583, %1584 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%1586 = reduce_sum %1585 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%1587 = reshape %1586 : f32[64] @ models/lib/nn.yaml:84:18
%1588 = matmul %1585, %19 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1589 = reshape %878 : f32[40,16] @ models/lib/nn.yaml:83:15
%1590 = reshape %1585 : f32[40,64] @ models/lib/nn.yaml:83:15
%1591 = matmul %1590, %1589 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%1592 = reduce_sum %1588 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1593 = reshape %1592 : f32[16] @ models/lib/nn.yaml:96:46
%1594 = mul %1588, %874 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1595 = reduce_sum %1594 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1596 = reshape %1595 : f32[16] @ models/lib/nn.yaml:96:37
%1597 = mul %1588, %875 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1598 = mul %1597, %873 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1599 = mul %1588, %875 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1600 = mul %1599, %867 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1601 = reduce_sum %1600 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%1602 = mul %872, %872 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1603 = mul %872, %1602 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1604 = mul %1603, %1367 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1605 = mul %1601, %1604 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1606 = div %1605, %765 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1607 = broadcast %1606 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%1608 = mul %1607, %867 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1609 = add %1598, %1608 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1610 = add %1609, %1608 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1611 = add %1561, %1610 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1612 = neg %1610 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1613 = reduce_sum %1612 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%1614 = div %1613, %765 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1615 = broadcast %1614 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1616 = add %1611, %1615 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1617 = reduce_sum %1616 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1618 = reshape %1617 : f32[16] @ models/lib/nn.yaml:84:18
%1619 = matmul %1616, %15 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1620 = reshape %858 : f32[40,16] @ models/lib/nn.yaml:83:15
%1621 = reshape %1616 : f32[40,16] @ models/lib/nn.yaml:83:15
%1622 = matmul %1621, %1620 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%1623 = reshape %1619 : f32[4,10,2,8] @ models/lib/nn.yaml:57:16
%1624 = permute %1623 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/nn.yaml:56:13
%1625 = permute %791 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%1626 = slice %1624 lo=[0,0,0,0] hi=[4,2,10,1] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1627 = broadcast %1626 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1628 = slice %1625 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1629 = broadcast %1628 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1630 = mul %1627, %1629 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1631 = slice %1624 lo=[0,0,0,1] hi=[4,2,10,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1632 = broadcast %1631 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1633 = slice %1625 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1634 = broadcast %1633 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1635 = mul %1632, %1634 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1636 = add %1630, %1635 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1637 = slice %1624 lo=[0,0,0,2] hi=[4,2,10,3] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1638 = broadcast %1637 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1639 = slice %1625 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1640 = broadcast %1639 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1641 = mul %1638, %1640 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1642 = add %1636, %1641 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1643 = slice %1624 lo=[0,0,0,3] hi=[4,2,10,4] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1644 = broadcast %1643 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1645 = slice %1625 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1646 = broadcast %1645 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1647 = mul %1644, %1646 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1648 = add %1642, %1647 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1649 = slice %1624 lo=[0,0,0,4] hi=[4,2,10,5] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1650 = broadcast %1649 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1651 = slice %1625 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1652 = broadcast %1651 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1653 = mul %1650, %1652 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1654 = add %1648, %1653 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1655 = slice %1624 lo=[0,0,0,5] hi=[4,2,10,6] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1656 = broadcast %1655 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1657 = slice %1625 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1658 = broadcast %1657 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1659 = mul %1656, %1658 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1660 = add %1654, %1659 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1661 = slice %1624 lo=[0,0,0,6] hi=[4,2,10,7] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1662 = broadcast %1661 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1663 = slice %1625 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1664 = broadcast %1663 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1665 = mul %1662, %1664 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1666 = add %1660, %1665 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1667 = slice %1624 lo=[0,0,0,7] hi=[4,2,10,8] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1668 = broadcast %1667 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1669 = slice %1625 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1670 = broadcast %1669 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1671 = mul %1668, %1670 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1672 = add %1666, %1671 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1673 = permute %851 perm=[0,1,3,2] : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1674 = reshape %1673 : f32[4,2,10,10,1] @ models/lib/nn.yaml:56:23
%1675 = broadcast %1674 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%1676 = reshape %1624 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1677 = broadcast %1676 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%1678 = mul %1675, %1677 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%1679 = reduce_sum %1678 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%1680 = div %1672, %849 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1681 = mul %1680, %851 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1682 = neg %1681 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1683 = reduce_sum %1682 axes=[3] keep=1 : f32[4,2,10,1] @ models/lib/nn.yaml:15:18
%1684 = broadcast %1683 : f32[4,2,10,10] @ models/lib/nn.yaml:15:20
%1685 = add %1680, %1684 : f32[4,2,10,10] @ models/lib/nn.yaml:15:20
%1686 = exp %846 : f32[4,2,10,10] @ models/lib/nn.yaml:14:13
%1687 = mul %1685, %1686 : f32[4,2,10,10] @ models/lib/nn.yaml:14:13
%1688 = mul %1687, %840 : f32[4,2,10,10] @ models/lib/nn.yaml:55:29
%1689 = reshape %1688 : f32[4,2,10,10,1] @ models/lib/nn.yaml:55:23
%1690 = broadcast %1689 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1691 = reshape %789 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%1692 = broadcast %1691 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1693 = mul %1690, %1692 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1694 = reduce_sum %1693 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%1695 = permute %1688 perm=[0,1,3,2] : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%1696 = reshape %1695 : f32[4,2,10,10,1] @ models/lib/nn.yaml:55:23
%1697 = broadcast %1696 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1698 = reshape %787 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%1699 = broadcast %1698 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1700 = mul %1697, %1699 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1701 = reduce_sum %1700 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%1702 = reshape %1679 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:40
%1703 = reshape %1701 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:34
%1704 = reshape %1694 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:28
%1705 = concat %1704, %1703, %1702 axis=0 : f32[3,4,2,10,8] @ models/lib/nn.yaml:67:28
%1706 = permute %1705 perm=[1,3,0,2,4] : f32[4,10,3,2,8] @ models/lib/nn.yaml:66:13
%1707 = reshape %1706 : f32[4,10,48] @ models/lib/nn.yaml:66:21
%1708 = reduce_sum %1707 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%1709 = reshape %1708 : f32[48] @ models/lib/nn.yaml:84:18
%1710 = matmul %1707, %13 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1711 = reshape %780 : f32[40,16] @ models/lib/nn.yaml:83:15
%1712 = reshape %1706 : f32[40,48] @ models/lib/nn.yaml:83:15
%1713 = matmul %1712, %1711 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%1714 = reduce_sum %1710 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1715 = reshape %1714 : f32[16] @ models/lib/nn.yaml:96:46
%1716 = mul %1710, %776 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1717 = reduce_sum %1716 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1718 = reshape %1717 : f32[16] @ models/lib/nn.yaml:96:37
%1719 = mul %1710, %777 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1720 = mul %1719, %775 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1721 = mul %1710, %777 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1722 = mul %1721, %768 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1723 = reduce_sum %1722 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%1724 = mul %774, %774 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1725 = mul %774, %1724 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1726 = mul %1725, %1367 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1727 = mul %1723, %1726 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1728 = div %1727, %765 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1729 = broadcast %1728 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%1730 = mul %1729, %768 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1731 = add %1720, %1730 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1732 = add %1731, %1730 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1733 = add %1616, %1732 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1734 = neg %1732 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1735 = reduce_sum %1734 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%1736 = div %1735, %765 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1737 = broadcast %1736 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1738 = add %1733, %1737 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1739 = reduce_sum %1738 axes=[0] keep=1 : f32[1,10,16] @ models/lib/vit.yaml:62:15
%1740 = slice %1739 lo=[0,0,0] hi=[1,1,16] : f32[1,1,16] @ models/lib/vit.yaml:41:36
%1741 = slice %1739 lo=[0,1,0] hi=[1,10,16] : f32[1,9,16] @ models/lib/vit.yaml:41:36
%1742 = reshape %1741 : f32[3,3,16] @ models/lib/vit.yaml:36:16
%1743 = permute %1742 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%1744 = reshape %1743 : f32[3,48] @ models/lib/vit.yaml:35:21
%1745 = matmul %751, %1744 ta=1 tb=0 : f32[4,48] @ models/lib/vit.yaml:34:15
%1746 = reshape %1745 : f32[4,3,16] @ models/lib/vit.yaml:34:17
%1747 = permute %1746 perm=[1,0,2] : f32[3,4,16] @ models/lib/vit.yaml:33:13
%1748 = reshape %1747 : f32[3,64] @ models/lib/vit.yaml:33:21
%1749 = matmul %751, %1748 ta=1 tb=0 : f32[4,64] @ models/lib/vit.yaml:32:15
%1750 = reshape %1749 : f32[1,16,16] @ models/lib/vit.yaml:32:17
%1751 = concat %1740, %1750 axis=1 : f32[1,17,16] @ models/lib/vit.yaml:41:46
%1752 = slice %1738 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:61:13
%1753 = slice %1738 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:61:13
%1754 = reduce_sum %1752 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:61:20
%1755 = reduce_sum %1753 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%1756 = reshape %1755 : f32[16] @ models/lib/vit.yaml:17:71
%1757 = reshape %743 : f32[36,48] @ models/lib/vit.yaml:17:18
%1758 = reshape %1753 : f32[36,16] @ models/lib/vit.yaml:17:18
%1759 = matmul %1758, %1757 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%1760 = reshape %1759 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%1761 = concat %1241, %1271 axis=0 : f32[4,32] @ models/dino.yaml:65:20
%1762 = matmul %1761, %738 ta=0 tb=0 : f32[4,8] @ models/lib/dino.yaml:23:18
%1763 = matmul %1761, %731 ta=1 tb=0 : f32[32,8] @ models/lib/dino.yaml:23:18
%1764 = div %1763, %737 : f32[32,8] @ models/lib/dino.yaml:22:33
%1765 = mul %1764, %738 : f32[32,8] @ models/lib/dino.yaml:22:33
%1766 = neg %1765 : f32[32,8] @ models/lib/dino.yaml:22:33
%1767 = reduce_sum %1766 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%1768 = mul %1767, %1279 : f32[32,1] @ models/lib/dino.yaml:22:35
%1769 = div %1768, %736 : f32[32,1] @ models/lib/dino.yaml:22:35
%1770 = broadcast %1769 : f32[32,8] @ models/lib/dino.yaml:22:40
%1771 = mul %1770, %44 : f32[32,8] @ models/lib/dino.yaml:22:53
%1772 = add %1286, %1771 : f32[32,8] @ models/lib/dino.yaml:22:53
%1773 = add %1772, %1771 : f32[32,8] @ models/lib/dino.yaml:22:53
%1774 = mul %1764, %732 : f32[32,8] @ models/lib/dino.yaml:22:22
%1775 = add %1773, %1774 : f32[32,8] @ models/lib/dino.yaml:22:22
%1776 = div %1762, %730 : f32[4,8] @ models/lib/nn.yaml:33:18
%1777 = mul %1776, %731 : f32[4,8] @ models/lib/nn.yaml:33:18
%1778 = neg %1777 : f32[4,8] @ models/lib/nn.yaml:33:18
%1779 = reduce_sum %1778 axes=[1] keep=1 : f32[4,1] @ models/lib/nn.yaml:33:18
%1780 = mul %1779, %1293 : f32[4,1] @ models/lib/nn.yaml:33:20
%1781 = sqrt %727 : f32[4,1] @ models/lib/nn.yaml:33:24
%1782 = eq %1781, %400 : bool[4,1] @ models/lib/nn.yaml:33:20
%1783 = select %1782, %1780, %1292 : f32[4,1] @ models/lib/nn.yaml:33:20
%1784 = sqrt %727 : f32[4,1] @ models/lib/nn.yaml:33:24
%1785 = gt %1784, %400 : bool[4,1] @ models/lib/nn.yaml:33:20
%1786 = select %1785, %1779, %1783 : f32[4,1] @ models/lib/nn.yaml:33:20
%1787 = mul %1786, %1293 : f32[4,1] @ models/lib/nn.yaml:33:24
%1788 = sqrt %727 : f32[4,1] @ models/lib/nn.yaml:33:24
%1789 = div %1787, %1788 : f32[4,1] @ models/lib/nn.yaml:33:24
%1790 = broadcast %1789 : f32[4,8] @ models/lib/nn.yaml:33:29
%1791 = mul %1790, %725 : f32[4,8] @ models/lib/nn.yaml:33:35
%1792 = add %1776, %1791 : f32[4,8] @ models/lib/nn.yaml:33:35
%1793 = add %1792, %1791 : f32[4,8] @ models/lib/nn.yaml:33:35
%1794 = reduce_sum %1793 axes=[0] keep=1 : f32[1,8] @ models/lib/nn.yaml:84:18
%1795 = reshape %1794 : f32[8] @ models/lib/nn.yaml:84:18
%1796 = add %1309, %1795 : f32[8] @ models/lib/nn.yaml:84:18
%1797 = matmul %1793, %41 ta=0 tb=0 : f32[4,24] @ models/lib/nn.yaml:83:15
%1798 = matmul %1793, %722 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%1799 = add %1311, %1798 : f32[8,24] @ models/lib/nn.yaml:83:15
%1800 = mul %717, %379 : f32[4,24] @ models/lib/nn.yaml:27:37
%1801 = erf %1800 : f32[4,24] @ models/lib/nn.yaml:27:31
%1802 = add %382, %1801 : f32[4,24] @ models/lib/nn.yaml:27:29
%1803 = mul %1797, %1802 : f32[4,24] @ models/lib/nn.yaml:27:24
%1804 = mul %377, %717 : f32[4,24] @ models/lib/nn.yaml:27:20
%1805 = mul %1797, %1804 : f32[4,24] @ models/lib/nn.yaml:27:24
%1806 = mul %717, %379 : f32[4,24] @ models/lib/nn.yaml:27:37
%1807 = mul %1806, %1806 : f32[4,24] @ models/lib/nn.yaml:27:31
%1808 = neg %1807 : f32[4,24] @ models/lib/nn.yaml:27:31
%1809 = exp %1808 : f32[4,24] @ models/lib/nn.yaml:27:31
%1810 = mul %1809, %1323 : f32[4,24] @ models/lib/nn.yaml:27:31
%1811 = mul %1805, %1810 : f32[4,24] @ models/lib/nn.yaml:27:31
%1812 = mul %1811, %379 : f32[4,24] @ models/lib/nn.yaml:27:37
%1813 = mul %1803, %377 : f32[4,24] @ models/lib/nn.yaml:27:20
%1814 = add %1812, %1813 : f32[4,24] @ models/lib/nn.yaml:27:20
%1815 = reduce_sum %1814 axes=[0] keep=1 : f32[1,24] @ models/lib/nn.yaml:84:18
%1816 = reshape %1815 : f32[24] @ models/lib/nn.yaml:84:18
%1817 = add %1330, %1816 : f32[24] @ models/lib/nn.yaml:84:18
%1818 = matmul %1814, %39 ta=0 tb=0 : f32[4,24] @ models/lib/nn.yaml:83:15
%1819 = matmul %1814, %714 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%1820 = add %1332, %1819 : f32[24,24] @ models/lib/nn.yaml:83:15
%1821 = mul %709, %379 : f32[4,24] @ models/lib/nn.yaml:27:37
%1822 = erf %1821 : f32[4,24] @ models/lib/nn.yaml:27:31
%1823 = add %382, %1822 : f32[4,24] @ models/lib/nn.yaml:27:29
%1824 = mul %1818, %1823 : f32[4,24] @ models/lib/nn.yaml:27:24
%1825 = mul %377, %709 : f32[4,24] @ models/lib/nn.yaml:27:20
%1826 = mul %1818, %1825 : f32[4,24] @ models/lib/nn.yaml:27:24
%1827 = mul %709, %379 : f32[4,24] @ models/lib/nn.yaml:27:37
%1828 = mul %1827, %1827 : f32[4,24] @ models/lib/nn.yaml:27:31
%1829 = neg %1828 : f32[4,24] @ models/lib/nn.yaml:27:31
%1830 = exp %1829 : f32[4,24] @ models/lib/nn.yaml:27:31
%1831 = mul %1830, %1323 : f32[4,24] @ models/lib/nn.yaml:27:31
%1832 = mul %1826, %1831 : f32[4,24] @ models/lib/nn.yaml:27:31
%1833 = mul %1832, %379 : f32[4,24] @ models/lib/nn.yaml:27:37
%1834 = mul %1824, %377 : f32[4,24] @ models/lib/nn.yaml:27:20
%1835 = add %1833, %1834 : f32[4,24] @ models/lib/nn.yaml:27:20
%1836 = reduce_sum %1835 axes=[0] keep=1 : f32[1,24] @ models/lib/nn.yaml:84:18
%1837 = reshape %1836 : f32[24] @ models/lib/nn.yaml:84:18
%1838 = add %1349, %1837 : f32[24] @ models/lib/nn.yaml:84:18
%1839 = matmul %1835, %37 ta=0 tb=0 : f32[4,16] @ models/lib/nn.yaml:83:15
%1840 = matmul %1835, %706 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%1841 = add %1351, %1840 : f32[24,16] @ models/lib/nn.yaml:83:15
%1842 = reshape %1839 : f32[4,1,16] @ models/dino.yaml:44:34
%1843 = pad %1842 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/dino.yaml:44:34
%1844 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,68] @ models/lib/nn.yaml:96:46
%1845 = reshape %1843 : f32[68,16] @ models/lib/nn.yaml:96:46
%1846 = matmul %1844, %1845 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%1847 = reshape %1846 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1848 = reshape %1847 : f32[16] @ models/lib/nn.yaml:96:46
%1849 = add %1355, %1848 : f32[16] @ models/lib/nn.yaml:96:46
%1850 = mul %1843, %700 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1851 = reshape %1850 : f32[68,16] @ models/lib/nn.yaml:96:37
%1852 = matmul %1844, %1851 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%1853 = reshape %1852 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1854 = reshape %1853 : f32[16] @ models/lib/nn.yaml:96:37
%1855 = add %1358, %1854 : f32[16] @ models/lib/nn.yaml:96:37
%1856 = mul %1843, %701 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1857 = mul %1856, %699 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1858 = mul %1843, %701 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1859 = mul %1858, %693 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1860 = reduce_sum %1859 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%1861 = mul %698, %698 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1862 = mul %698, %1861 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1863 = broadcast %1366 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1864 = mul %1862, %1863 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1865 = mul %1860, %1864 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1866 = div %1865, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1867 = broadcast %1866 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%1868 = mul %1867, %693 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1869 = add %1857, %1868 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1870 = add %1869, %1868 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1871 = neg %1870 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1872 = reduce_sum %1871 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%1873 = div %1872, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1874 = broadcast %1873 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1875 = add %1870, %1874 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1876 = mul %1875, %687 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%1877 = div %1876, %644 : f32[4,17,16] @ models/lib/nn.yaml:50:38
%1878 = reshape %1877 : f32[68,16] @ models/lib/nn.yaml:84:18
%1879 = matmul %1844, %1878 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%1880 = reshape %1879 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1881 = reshape %1880 : f32[16] @ models/lib/nn.yaml:84:18
%1882 = add %1383, %1881 : f32[16] @ models/lib/nn.yaml:84:18
%1883 = matmul %1877, %33 ta=0 tb=0 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%1884 = reshape %678 : f32[68,64] @ models/lib/nn.yaml:83:15
%1885 = reshape %1877 : f32[68,16] @ models/lib/nn.yaml:83:15
%1886 = matmul %1885, %1884 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%1887 = add %1387, %1886 : f32[16,64] @ models/lib/nn.yaml:83:15
%1888 = add %670, %671 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%1889 = mul %1888, %220 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%1890 = erf %1889 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1891 = add %225, %1890 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%1892 = mul %1883, %1891 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%1893 = add %670, %671 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%1894 = mul %216, %1893 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%1895 = mul %1883, %1894 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%1896 = add %670, %671 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%1897 = mul %1896, %220 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%1898 = mul %1897, %1897 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1899 = neg %1898 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1900 = exp %1899 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1901 = broadcast %1322 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1902 = mul %1900, %1901 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1903 = mul %1895, %1902 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1904 = mul %1903, %220 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%1905 = mul %1892, %216 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%1906 = add %1904, %1905 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%1907 = reshape %1906 : f32[68,64] @ models/lib/nn.yaml:84:18
%1908 = matmul %1844, %1907 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%1909 = reshape %1908 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%1910 = reshape %1909 : f32[64] @ models/lib/nn.yaml:84:18
%1911 = add %1408, %1910 : f32[64] @ models/lib/nn.yaml:84:18
%1912 = matmul %1906, %31 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1913 = reshape %669 : f32[68,16] @ models/lib/nn.yaml:83:15
%1914 = reshape %1906 : f32[68,64] @ models/lib/nn.yaml:83:15
%1915 = matmul %1914, %1913 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%1916 = add %1412, %1915 : f32[64,16] @ models/lib/nn.yaml:83:15
%1917 = reshape %1912 : f32[68,16] @ models/lib/nn.yaml:96:46
%1918 = matmul %1844, %1917 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%1919 = reshape %1918 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1920 = reshape %1919 : f32[16] @ models/lib/nn.yaml:96:46
%1921 = add %1414, %1920 : f32[16] @ models/lib/nn.yaml:96:46
%1922 = mul %1912, %665 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1923 = reshape %1922 : f32[68,16] @ models/lib/nn.yaml:96:37
%1924 = matmul %1844, %1923 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%1925 = reshape %1924 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1926 = reshape %1925 : f32[16] @ models/lib/nn.yaml:96:37
%1927 = add %1417, %1926 : f32[16] @ models/lib/nn.yaml:96:37
%1928 = mul %1912, %666 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1929 = mul %1928, %664 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1930 = mul %1912, %666 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1931 = mul %1930, %658 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1932 = reduce_sum %1931 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%1933 = mul %663, %663 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1934 = mul %663, %1933 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1935 = mul %1934, %1863 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1936 = mul %1932, %1935 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1937 = div %1936, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1938 = broadcast %1937 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%1939 = mul %1938, %658 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1940 = add %1929, %1939 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1941 = add %1940, %1939 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1942 = add %1875, %1941 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1943 = neg %1941 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1944 = reduce_sum %1943 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%1945 = div %1944, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1946 = broadcast %1945 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1947 = add %1942, %1946 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1948 = mul %1947, %652 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%1949 = div %1948, %644 : f32[4,17,16] @ models/lib/nn.yaml:50:38
%1950 = reshape %1949 : f32[68,16] @ models/lib/nn.yaml:84:18
%1951 = matmul %1844, %1950 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%1952 = reshape %1951 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1953 = reshape %1952 : f32[16] @ models/lib/nn.yaml:84:18
%1954 = add %1441, %1953 : f32[16] @ models/lib/nn.yaml:84:18
%1955 = matmul %1949, %27 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1956 = reshape %638 : f32[68,16] @ models/lib/nn.yaml:83:15
%1957 = reshape %1949 : f32[68,16] @ models/lib/nn.yaml:83:15
%1958 = matmul %1957, %1956 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%1959 = add %1445, %1958 : f32[16,16] @ models/lib/nn.yaml:83:15
%1960 = reshape %1955 : f32[4,17,2,8] @ models/lib/nn.yaml:57:16
%1961 = permute %1960 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/nn.yaml:56:13
%1962 = permute %572 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%1963 = slice %1961 lo=[0,0,0,0] hi=[4,2,17,1] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%1964 = broadcast %1963 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1965 = slice %1962 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%1966 = broadcast %1965 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1967 = mul %1964, %1966 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1968 = slice %1961 lo=[0,0,0,1] hi=[4,2,17,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%1969 = broadcast %1968 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1970 = slice %1962 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%1971 = broadcast %1970 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1972 = mul %1969, %1971 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1973 = add %1967, %1972 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1974 = slice %1961 lo=[0,0,0,2] hi=[4,2,17,3] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%1975 = broadcast %1974 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1976 = slice %1962 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%1977 = broadcast %1976 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1978 = mul %1975, %1977 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1979 = add %1973, %1978 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1980 = slice %1961 lo=[0,0,0,3] hi=[4,2,17,4] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%1981 = broadcast %1980 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1982 = slice %1962 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%1983 = broadcast %1982 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1984 = mul %1981, %1983 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1985 = add %1979, %1984 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1986 = slice %1961 lo=[0,0,0,4] hi=[4,2,17,5] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%1987 = broadcast %1986 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1988 = slice %1962 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%1989 = broadcast %1988 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1990 = mul %1987, %1989 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1991 = add %1985, %1990 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1992 = slice %1961 lo=[0,0,0,5] hi=[4,2,17,6] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%1993 = broadcast %1992 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1994 = slice %1962 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%1995 = broadcast %1994 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1996 = mul %1993, %1995 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1997 = add %1991, %1996 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1998 = slice %1961 lo=[0,0,0,6] hi=[4,2,17,7] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%1999 = broadcast %1998 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2000 = slice %1962 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2001 = broadcast %2000 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2002 = mul %1999, %2001 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2003 = add %1997, %2002 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2004 = slice %1961 lo=[0,0,0,7] hi=[4,2,17,8] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%2005 = broadcast %2004 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2006 = slice %1962 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2007 = broadcast %2006 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2008 = mul %2005, %2007 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2009 = add %2003, %2008 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2010 = permute %631 perm=[0,1,3,2] : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2011 = reshape %2010 : f32[4,2,17,17,1] @ models/lib/nn.yaml:56:23
%2012 = broadcast %2011 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%2013 = reshape %1961 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2014 = broadcast %2013 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%2015 = mul %2012, %2014 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%2016 = reduce_sum %2015 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%2017 = div %2009, %629 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%2018 = mul %2017, %631 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%2019 = neg %2018 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%2020 = reduce_sum %2019 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:18
%2021 = broadcast %2020 : f32[4,2,17,17] @ models/lib/nn.yaml:15:20
%2022 = add %2017, %2021 : f32[4,2,17,17] @ models/lib/nn.yaml:15:20
%2023 = exp %626 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%2024 = mul %2022, %2023 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%2025 = mul %2024, %174 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%2026 = reshape %2025 : f32[4,2,17,17,1] @ models/lib/nn.yaml:55:23
%2027 = broadcast %2026 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2028 = reshape %570 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%2029 = broadcast %2028 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2030 = mul %2027, %2029 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2031 = reduce_sum %2030 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%2032 = permute %2025 perm=[0,1,3,2] : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%2033 = reshape %2032 : f32[4,2,17,17,1] @ models/lib/nn.yaml:55:23
%2034 = broadcast %2033 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2035 = reshape %568 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%2036 = broadcast %2035 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2037 = mul %2034, %2036 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2038 = reduce_sum %2037 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%2039 = reshape %2016 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:40
%2040 = reshape %2038 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:34
%2041 = reshape %2031 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:28
%2042 = concat %2041, %2040, %2039 axis=0 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:28
%2043 = permute %2042 perm=[1,3,0,2,4] : f32[4,17,3,2,8] @ models/lib/nn.yaml:66:13
%2044 = reshape %2043 : f32[4,17,48] @ models/lib/nn.yaml:66:21
%2045 = reshape %2044 : f32[68,48] @ models/lib/nn.yaml:84:18
%2046 = matmul %1844, %2045 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%2047 = reshape %2046 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%2048 = reshape %2047 : f32[48] @ models/lib/nn.yaml:84:18
%2049 = add %1532, %2048 : f32[48] @ models/lib/nn.yaml:84:18
%2050 = matmul %2044, %25 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%2051 = reshape %561 : f32[68,16] @ models/lib/nn.yaml:83:15
%2052 = reshape %2043 : f32[68,48] @ models/lib/nn.yaml:83:15
%2053 = matmul %2052, %2051 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%2054 = add %1536, %2053 : f32[48,16] @ models/lib/nn.yaml:83:15
%2055 = reshape %2050 : f32[68,16] @ models/lib/nn.yaml:96:46
%2056 = matmul %1844, %2055 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2057 = reshape %2056 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2058 = reshape %2057 : f32[16] @ models/lib/nn.yaml:96:46
%2059 = add %1538, %2058 : f32[16] @ models/lib/nn.yaml:96:46
%2060 = mul %2050, %557 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2061 = reshape %2060 : f32[68,16] @ models/lib/nn.yaml:96:37
%2062 = matmul %1844, %2061 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%2063 = reshape %2062 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2064 = reshape %2063 : f32[16] @ models/lib/nn.yaml:96:37
%2065 = add %1541, %2064 : f32[16] @ models/lib/nn.yaml:96:37
%2066 = mul %2050, %558 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2067 = mul %2066, %556 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2068 = mul %2050, %558 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2069 = mul %2068, %550 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2070 = reduce_sum %2069 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%2071 = mul %555, %555 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2072 = mul %555, %2071 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2073 = mul %2072, %1863 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2074 = mul %2070, %2073 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2075 = div %2074, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2076 = broadcast %2075 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%2077 = mul %2076, %550 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2078 = add %2067, %2077 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2079 = add %2078, %2077 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2080 = add %1947, %2079 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2081 = neg %2079 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2082 = reduce_sum %2081 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%2083 = div %2082, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2084 = broadcast %2083 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%2085 = add %2080, %2084 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%2086 = reshape %2085 : f32[68,16] @ models/lib/nn.yaml:84:18
%2087 = matmul %1844, %2086 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2088 = reshape %2087 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2089 = reshape %2088 : f32[16] @ models/lib/nn.yaml:84:18
%2090 = add %1563, %2089 : f32[16] @ models/lib/nn.yaml:84:18
%2091 = matmul %2085, %21 ta=0 tb=0 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%2092 = reshape %542 : f32[68,64] @ models/lib/nn.yaml:83:15
%2093 = reshape %2085 : f32[68,16] @ models/lib/nn.yaml:83:15
%2094 = matmul %2093, %2092 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%2095 = add %1567, %2094 : f32[16,64] @ models/lib/nn.yaml:83:15
%2096 = add %534, %535 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%2097 = mul %2096, %220 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%2098 = erf %2097 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%2099 = add %225, %2098 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%2100 = mul %2091, %2099 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%2101 = add %534, %535 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%2102 = mul %216, %2101 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%2103 = mul %2091, %2102 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%2104 = add %534, %535 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%2105 = mul %2104, %220 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%2106 = mul %2105, %2105 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%2107 = neg %2106 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%2108 = exp %2107 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%2109 = mul %2108, %1901 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%2110 = mul %2103, %2109 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%2111 = mul %2110, %220 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%2112 = mul %2100, %216 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%2113 = add %2111, %2112 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%2114 = reshape %2113 : f32[68,64] @ models/lib/nn.yaml:84:18
%2115 = matmul %1844, %2114 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%2116 = reshape %2115 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2117 = reshape %2116 : f32[64] @ models/lib/nn.yaml:84:18
%2118 = add %1587, %2117 : f32[64] @ models/lib/nn.yaml:84:18
%2119 = matmul %2113, %19 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%2120 = reshape %533 : f32[68,16] @ models/lib/nn.yaml:83:15
%2121 = reshape %2113 : f32[68,64] @ models/lib/nn.yaml:83:15
%2122 = matmul %2121, %2120 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%2123 = add %1591, %2122 : f32[64,16] @ models/lib/nn.yaml:83:15
%2124 = reshape %2119 : f32[68,16] @ models/lib/nn.yaml:96:46
%2125 = matmul %1844, %2124 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2126 = reshape %2125 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2127 = reshape %2126 : f32[16] @ models/lib/nn.yaml:96:46
%2128 = add %1593, %2127 : f32[16] @ models/lib/nn.yaml:96:46
%2129 = mul %2119, %529 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2130 = reshape %2129 : f32[68,16] @ models/lib/nn.yaml:96:37
%2131 = matmul %1844, %2130 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%2132 = reshape %2131 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2133 = reshape %2132 : f32[16] @ models/lib/nn.yaml:96:37
%2134 = add %1596, %2133 : f32[16] @ models/lib/nn.yaml:96:37
%2135 = mul %2119, %530 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2136 = mul %2135, %528 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2137 = mul %2119, %530 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2138 = mul %2137, %522 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2139 = reduce_sum %2138 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%2140 = mul %527, %527 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2141 = mul %527, %2140 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2142 = mul %2141, %1863 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2143 = mul %2139, %2142 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2144 = div %2143, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2145 = broadcast %2144 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%2146 = mul %2145, %522 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2147 = add %2136, %2146 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2148 = add %2147, %2146 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2149 = add %2085, %2148 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2150 = neg %2148 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2151 = reduce_sum %2150 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%2152 = div %2151, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2153 = broadcast %2152 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%2154 = add %2149, %2153 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%2155 = reshape %2154 : f32[68,16] @ models/lib/nn.yaml:84:18
%2156 = matmul %1844, %2155 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2157 = reshape %2156 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2158 = reshape %2157 : f32[16] @ models/lib/nn.yaml:84:18
%2159 = add %1618, %2158 : f32[16] @ models/lib/nn.yaml:84:18
%2160 = matmul %2154, %15 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%2161 = reshape %513 : f32[68,16] @ models/lib/nn.yaml:83:15
%2162 = reshape %2154 : f32[68,16] @ models/lib/nn.yaml:83:15
%2163 = matmul %2162, %2161 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2164 = add %1622, %2163 : f32[16,16] @ models/lib/nn.yaml:83:15
%2165 = reshape %2160 : f32[4,17,2,8] @ models/lib/nn.yaml:57:16
%2166 = permute %2165 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/nn.yaml:56:13
%2167 = permute %447 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%2168 = slice %2166 lo=[0,0,0,0] hi=[4,2,17,1] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%2169 = broadcast %2168 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2170 = slice %2167 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2171 = broadcast %2170 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2172 = mul %2169, %2171 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2173 = slice %2166 lo=[0,0,0,1] hi=[4,2,17,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%2174 = broadcast %2173 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2175 = slice %2167 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2176 = broadcast %2175 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2177 = mul %2174, %2176 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2178 = add %2172, %2177 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2179 = slice %2166 lo=[0,0,0,2] hi=[4,2,17,3] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%2180 = broadcast %2179 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2181 = slice %2167 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2182 = broadcast %2181 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2183 = mul %2180, %2182 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2184 = add %2178, %2183 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2185 = slice %2166 lo=[0,0,0,3] hi=[4,2,17,4] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%2186 = broadcast %2185 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2187 = slice %2167 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2188 = broadcast %2187 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2189 = mul %2186, %2188 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2190 = add %2184, %2189 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2191 = slice %2166 lo=[0,0,0,4] hi=[4,2,17,5] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%2192 = broadcast %2191 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2193 = slice %2167 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2194 = broadcast %2193 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2195 = mul %2192, %2194 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2196 = add %2190, %2195 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2197 = slice %2166 lo=[0,0,0,5] hi=[4,2,17,6] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%2198 = broadcast %2197 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2199 = slice %2167 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2200 = broadcast %2199 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2201 = mul %2198, %2200 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2202 = add %2196, %2201 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2203 = slice %2166 lo=[0,0,0,6] hi=[4,2,17,7] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%2204 = broadcast %2203 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2205 = slice %2167 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2206 = broadcast %2205 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2207 = mul %2204, %2206 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2208 = add %2202, %2207 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2209 = slice %2166 lo=[0,0,0,7] hi=[4,2,17,8] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%2210 = broadcast %2209 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2211 = slice %2167 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2212 = broadcast %2211 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2213 = mul %2210, %2212 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2214 = add %2208, %2213 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2215 = permute %506 perm=[0,1,3,2] : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2216 = reshape %2215 : f32[4,2,17,17,1] @ models/lib/nn.yaml:56:23
%2217 = broadcast %2216 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%2218 = reshape %2166 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2219 = broadcast %2218 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%2220 = mul %2217, %2219 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%2221 = reduce_sum %2220 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%2222 = div %2214, %504 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%2223 = mul %2222, %506 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%2224 = neg %2223 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%2225 = reduce_sum %2224 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:18
%2226 = broadcast %2225 : f32[4,2,17,17] @ models/lib/nn.yaml:15:20
%2227 = add %2222, %2226 : f32[4,2,17,17] @ models/lib/nn.yaml:15:20
%2228 = exp %501 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%2229 = mul %2227, %2228 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%2230 = mul %2229, %174 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%2231 = reshape %2230 : f32[4,2,17,17,1] @ models/lib/nn.yaml:55:23
%2232 = broadcast %2231 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2233 = reshape %445 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%2234 = broadcast %2233 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2235 = mul %2232, %2234 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2236 = reduce_sum %2235 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%2237 = permute %2230 perm=[0,1,3,2] : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%2238 = reshape %2237 : f32[4,2,17,17,1] @ models/lib/nn.yaml:55:23
%2239 = broadcast %2238 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2240 = reshape %443 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%2241 = broadcast %2240 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2242 = mul %2239, %2241 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2243 = reduce_sum %2242 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%2244 = reshape %2221 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:40
%2245 = reshape %2243 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:34
%2246 = reshape %2236 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:28
%2247 = concat %2246, %2245, %2244 axis=0 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:28
%2248 = permute %2247 perm=[1,3,0,2,4] : f32[4,17,3,2,8] @ models/lib/nn.yaml:66:13
%2249 = reshape %2248 : f32[4,17,48] @ models/lib/nn.yaml:66:21
%2250 = reshape %2249 : f32[68,48] @ models/lib/nn.yaml:84:18
%2251 = matmul %1844, %2250 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%2252 = reshape %2251 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%2253 = reshape %2252 : f32[48] @ models/lib/nn.yaml:84:18
%2254 = add %1709, %2253 : f32[48] @ models/lib/nn.yaml:84:18
%2255 = matmul %2249, %13 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%2256 = reshape %436 : f32[68,16] @ models/lib/nn.yaml:83:15
%2257 = reshape %2248 : f32[68,48] @ models/lib/nn.yaml:83:15
%2258 = matmul %2257, %2256 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%2259 = add %1713, %2258 : f32[48,16] @ models/lib/nn.yaml:83:15
%2260 = reshape %2255 : f32[68,16] @ models/lib/nn.yaml:96:46
%2261 = matmul %1844, %2260 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2262 = reshape %2261 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2263 = reshape %2262 : f32[16] @ models/lib/nn.yaml:96:46
%2264 = add %1715, %2263 : f32[16] @ models/lib/nn.yaml:96:46
%2265 = mul %2255, %432 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2266 = reshape %2265 : f32[68,16] @ models/lib/nn.yaml:96:37
%2267 = matmul %1844, %2266 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%2268 = reshape %2267 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2269 = reshape %2268 : f32[16] @ models/lib/nn.yaml:96:37
%2270 = add %1718, %2269 : f32[16] @ models/lib/nn.yaml:96:37
%2271 = mul %2255, %433 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2272 = mul %2271, %431 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2273 = mul %2255, %433 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2274 = mul %2273, %425 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2275 = reduce_sum %2274 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%2276 = mul %430, %430 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2277 = mul %430, %2276 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2278 = mul %2277, %1863 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2279 = mul %2275, %2278 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2280 = div %2279, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2281 = broadcast %2280 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%2282 = mul %2281, %425 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2283 = add %2272, %2282 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2284 = add %2283, %2282 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2285 = add %2154, %2284 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2286 = neg %2284 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2287 = reduce_sum %2286 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%2288 = div %2287, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2289 = broadcast %2288 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%2290 = add %2285, %2289 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%2291 = reduce_sum %2290 axes=[0] keep=1 : f32[1,17,16] @ models/lib/vit.yaml:62:15
%2292 = add %1751, %2291 : f32[1,17,16] @ models/lib/vit.yaml:62:15
%2293 = slice %2290 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:61:13
%2294 = slice %2290 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:61:13
%2295 = reduce_sum %2293 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:61:20
%2296 = add %1754, %2295 : f32[1,1,16] @ models/lib/vit.yaml:61:20
%2297 = reduce_sum %2294 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%2298 = reshape %2297 : f32[16] @ models/lib/vit.yaml:17:71
%2299 = add %1756, %2298 : f32[16] @ models/lib/vit.yaml:17:71
%2300 = reshape %85 : f32[64,48] @ models/lib/vit.yaml:17:18
%2301 = reshape %2294 : f32[64,16] @ models/lib/vit.yaml:17:18
%2302 = matmul %2301, %2300 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%2303 = reshape %2302 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%2304 = add %1760, %2303 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%2305 = all_reduce_sum %2296 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2306 = reshape %2305 : f32[16] @ models/lib/vit.yaml:47:7
%2307 = mul %2306, %2306 : f32[16] @ models/lib/vit.yaml:47:7
%2308 = reduce_sum %2307 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:47:7
%2309 = sqrt %2308 : f32[] @ models/lib/vit.yaml:47:7
%2310 = cast %2309 : f64[] @ models/lib/vit.yaml:47:7
%2311 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:47:7
%2312 = add %2310, %2311 : f64[] @ models/lib/vit.yaml:47:7
%2313 = const data=[3] : f64[] @ models/lib/vit.yaml:47:7
%2314 = div %2313, %2312 : f64[] @ models/lib/vit.yaml:47:7
%2315 = const data=[1] : f64[] @ models/lib/vit.yaml:47:7
%2316 = lt %2314, %2315 : bool[] @ models/lib/vit.yaml:47:7
%2317 = cast %2314 : f32[] @ models/lib/vit.yaml:47:7
%2318 = broadcast %2317 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2319 = mul %2305, %2318 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2320 = broadcast %2316 : bool[1,1,16] @ models/lib/vit.yaml:47:7
%2321 = select %2320, %2319, %2305 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2322 = state name="adam_m.backbone.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2323 = state name="adam_v.backbone.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2324 = state name="adam_t.backbone.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:47:7
%2325 = const data=[1] : i64[] @ models/lib/vit.yaml:47:7
%2326 = add %2324, %2325 : i64[] @ models/lib/vit.yaml:47:7
%2327 = mul %1207, %1208 : f64[] @ models/lib/vit.yaml:47:7
%2328 = sub %2315, %2327 : f64[] @ models/lib/vit.yaml:47:7
%2329 = cast %2328 : f32[] @ models/lib/vit.yaml:47:7
%2330 = broadcast %2329 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2331 = mul %7, %2330 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2332 = broadcast %1091 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2333 = mul %2321, %2332 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2334 = const data=[0.9] : f64[] @ models/lib/vit.yaml:47:7
%2335 = broadcast %643 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2336 = mul %2322, %2335 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2337 = add %2336, %2333 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2338 = mul %2321, %2321 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2339 = const data=[0.001] : f32[] @ models/lib/vit.yaml:47:7
%2340 = broadcast %2339 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2341 = mul %2338, %2340 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2342 = const data=[0.999] : f64[] @ models/lib/vit.yaml:47:7
%2343 = const data=[0.999] : f32[] @ models/lib/vit.yaml:47:7
%2344 = broadcast %2343 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2345 = mul %2323, %2344 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2346 = add %2345, %2341 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2347 = cast %2326 : f64[] @ models/lib/vit.yaml:47:7
%2348 = pow %2334, %2347 : f64[] @ models/lib/vit.yaml:47:7
%2349 = sub %2315, %2348 : f64[] @ models/lib/vit.yaml:47:7
%2350 = div %1207, %2349 : f64[] @ models/lib/vit.yaml:47:7
%2351 = pow %2342, %2347 : f64[] @ models/lib/vit.yaml:47:7
%2352 = sub %2315, %2351 : f64[] @ models/lib/vit.yaml:47:7
%2353 = sqrt %2352 : f64[] @ models/lib/vit.yaml:47:7
%2354 = div %2315, %2353 : f64[] @ models/lib/vit.yaml:47:7
%2355 = sqrt %2346 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2356 = cast %2354 : f32[] @ models/lib/vit.yaml:47:7
%2357 = broadcast %2356 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2358 = mul %2355, %2357 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2359 = const data=[1e-08] : f32[] @ models/lib/vit.yaml:47:7
%2360 = broadcast %2359 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2361 = add %2358, %2360 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2362 = div %2337, %2361 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2363 = cast %2350 : f32[] @ models/lib/vit.yaml:47:7
%2364 = broadcast %2363 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2365 = mul %2362, %2364 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2366 = sub %2331, %2365 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2367 = assign %7, %2366 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2368 = assign %2322, %2337 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2369 = assign %2323, %2346 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2370 = assign %2324, %2326 : i64[] @ models/lib/vit.yaml:47:7
%2371 = broadcast %3 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2372 = mul %45, %2371 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2373 = sub %2315, %1209 : f64[] @ models/lib/vit.yaml:47:7
%2374 = cast %2373 : f32[] @ models/lib/vit.yaml:47:7
%2375 = broadcast %2374 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2376 = mul %2366, %2375 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2377 = add %2372, %2376 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2378 = assign %45, %2377 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2379 = all_reduce_sum %2292 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2380 = reshape %2379 : f32[272] @ models/lib/vit.yaml:48:7
%2381 = mul %2380, %2380 : f32[272] @ models/lib/vit.yaml:48:7
%2382 = reduce_sum %2381 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:48:7
%2383 = sqrt %2382 : f32[] @ models/lib/vit.yaml:48:7
%2384 = cast %2383 : f64[] @ models/lib/vit.yaml:48:7
%2385 = add %2384, %2311 : f64[] @ models/lib/vit.yaml:48:7
%2386 = div %2313, %2385 : f64[] @ models/lib/vit.yaml:48:7
%2387 = lt %2386, %2315 : bool[] @ models/lib/vit.yaml:48:7
%2388 = cast %2386 : f32[] @ models/lib/vit.yaml:48:7
%2389 = broadcast %2388 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2390 = mul %2379, %2389 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2391 = broadcast %2387 : bool[1,17,16] @ models/lib/vit.yaml:48:7
%2392 = select %2391, %2390, %2379 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2393 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2394 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2395 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%2396 = add %2395, %2325 : i64[] @ models/lib/vit.yaml:48:7
%2397 = broadcast %2329 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2398 = mul %8, %2397 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2399 = broadcast %1091 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2400 = mul %2392, %2399 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2401 = broadcast %643 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2402 = mul %2393, %2401 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2403 = add %2402, %2400 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2404 = mul %2392, %2392 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2405 = broadcast %2339 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2406 = mul %2404, %2405 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2407 = broadcast %2343 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2408 = mul %2394, %2407 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2409 = add %2408, %2406 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2410 = cast %2396 : f64[] @ models/lib/vit.yaml:48:7
%2411 = pow %2334, %2410 : f64[] @ models/lib/vit.yaml:48:7
%2412 = sub %2315, %2411 : f64[] @ models/lib/vit.yaml:48:7
%2413 = div %1207, %2412 : f64[] @ models/lib/vit.yaml:48:7
%2414 = pow %2342, %2410 : f64[] @ models/lib/vit.yaml:48:7
%2415 = sub %2315, %2414 : f64[] @ models/lib/vit.yaml:48:7
%2416 = sqrt %2415 : f64[] @ models/lib/vit.yaml:48:7
%2417 = div %2315, %2416 : f64[] @ models/lib/vit.yaml:48:7
%2418 = sqrt %2409 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2419 = cast %2417 : f32[] @ models/lib/vit.yaml:48:7
%2420 = broadcast %2419 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2421 = mul %2418, %2420 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2422 = broadcast %2359 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2423 = add %2421, %2422 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2424 = div %2403, %2423 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2425 = cast %2413 : f32[] @ models/lib/vit.yaml:48:7
%2426 = broadcast %2425 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2427 = mul %2424, %2426 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2428 = sub %2398, %2427 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2429 = assign %8, %2428 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2430 = assign %2393, %2403 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2431 = assign %2394, %2409 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2432 = assign %2395, %2396 : i64[] @ models/lib/vit.yaml:48:7
%2433 = broadcast %3 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2434 = mul %46, %2433 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2435 = broadcast %2374 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2436 = mul %2428, %2435 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2437 = add %2434, %2436 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2438 = assign %46, %2437 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2439 = all_reduce_sum %2304 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2440 = reshape %2439 : f32[768] @ models/lib/vit.yaml:9:7
%2441 = mul %2440, %2440 : f32[768] @ models/lib/vit.yaml:9:7
%2442 = reduce_sum %2441 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:9:7
%2443 = sqrt %2442 : f32[] @ models/lib/vit.yaml:9:7
%2444 = cast %2443 : f64[] @ models/lib/vit.yaml:9:7
%2445 = add %2444, %2311 : f64[] @ models/lib/vit.yaml:9:7
%2446 = div %2313, %2445 : f64[] @ models/lib/vit.yaml:9:7
%2447 = lt %2446, %2315 : bool[] @ models/lib/vit.yaml:9:7
%2448 = cast %2446 : f32[] @ models/lib/vit.yaml:9:7
%2449 = broadcast %2448 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2450 = mul %2439, %2449 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2451 = broadcast %2447 : bool[16,3,4,4] @ models/lib/vit.yaml:9:7
%2452 = select %2451, %2450, %2439 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2453 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2454 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2455 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%2456 = add %2455, %2325 : i64[] @ models/lib/vit.yaml:9:7
%2457 = broadcast %2329 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2458 = mul %9, %2457 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2459 = broadcast %1091 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2460 = mul %2452, %2459 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2461 = broadcast %643 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2462 = mul %2453, %2461 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2463 = add %2462, %2460 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2464 = mul %2452, %2452 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2465 = broadcast %2339 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2466 = mul %2464, %2465 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2467 = broadcast %2343 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2468 = mul %2454, %2467 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2469 = add %2468, %2466 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2470 = cast %2456 : f64[] @ models/lib/vit.yaml:9:7
%2471 = pow %2334, %2470 : f64[] @ models/lib/vit.yaml:9:7
%2472 = sub %2315, %2471 : f64[] @ models/lib/vit.yaml:9:7
%2473 = div %1207, %2472 : f64[] @ models/lib/vit.yaml:9:7
%2474 = pow %2342, %2470 : f64[] @ models/lib/vit.yaml:9:7
%2475 = sub %2315, %2474 : f64[] @ models/lib/vit.yaml:9:7
%2476 = sqrt %2475 : f64[] @ models/lib/vit.yaml:9:7
%2477 = div %2315, %2476 : f64[] @ models/lib/vit.yaml:9:7
%2478 = sqrt %2469 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2479 = cast %2477 : f32[] @ models/lib/vit.yaml:9:7
%2480 = broadcast %2479 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2481 = mul %2478, %2480 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2482 = broadcast %2359 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2483 = add %2481, %2482 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2484 = div %2463, %2483 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2485 = cast %2473 : f32[] @ models/lib/vit.yaml:9:7
%2486 = broadcast %2485 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2487 = mul %2484, %2486 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2488 = sub %2458, %2487 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2489 = assign %9, %2488 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2490 = assign %2453, %2463 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2491 = assign %2454, %2469 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2492 = assign %2455, %2456 : i64[] @ models/lib/vit.yaml:9:7
%2493 = broadcast %3 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2494 = mul %47, %2493 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2495 = broadcast %2374 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2496 = mul %2488, %2495 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2497 = add %2494, %2496 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2498 = assign %47, %2497 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2499 = all_reduce_sum %2299 : f32[16] @ models/lib/vit.yaml:10:7
%2500 = mul %2499, %2499 : f32[16] @ models/lib/vit.yaml:10:7
%2501 = reduce_sum %2500 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:10:7
%2502 = sqrt %2501 : f32[] @ models/lib/vit.yaml:10:7
%2503 = cast %2502 : f64[] @ models/lib/vit.yaml:10:7
%2504 = add %2503, %2311 : f64[] @ models/lib/vit.yaml:10:7
%2505 = div %2313, %2504 : f64[] @ models/lib/vit.yaml:10:7
%2506 = lt %2505, %2315 : bool[] @ models/lib/vit.yaml:10:7
%2507 = cast %2505 : f32[] @ models/lib/vit.yaml:10:7
%2508 = broadcast %2507 : f32[16] @ models/lib/vit.yaml:10:7
%2509 = mul %2499, %2508 : f32[16] @ models/lib/vit.yaml:10:7
%2510 = broadcast %2506 : bool[16] @ models/lib/vit.yaml:10:7
%2511 = select %2510, %2509, %2499 : f32[16] @ models/lib/vit.yaml:10:7
%2512 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%2513 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%2514 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%2515 = add %2514, %2325 : i64[] @ models/lib/vit.yaml:10:7
%2516 = broadcast %1091 : f32[16] @ models/lib/vit.yaml:10:7
%2517 = mul %2511, %2516 : f32[16] @ models/lib/vit.yaml:10:7
%2518 = broadcast %643 : f32[16] @ models/lib/vit.yaml:10:7
%2519 = mul %2512, %2518 : f32[16] @ models/lib/vit.yaml:10:7
%2520 = add %2519, %2517 : f32[16] @ models/lib/vit.yaml:10:7
%2521 = mul %2511, %2511 : f32[16] @ models/lib/vit.yaml:10:7
%2522 = broadcast %2339 : f32[16] @ models/lib/vit.yaml:10:7
%2523 = mul %2521, %2522 : f32[16] @ models/lib/vit.yaml:10:7
%2524 = broadcast %2343 : f32[16] @ models/lib/vit.yaml:10:7
%2525 = mul %2513, %2524 : f32[16] @ models/lib/vit.yaml:10:7
%2526 = add %2525, %2523 : f32[16] @ models/lib/vit.yaml:10:7
%2527 = cast %2515 : f64[] @ models/lib/vit.yaml:10:7
%2528 = pow %2334, %2527 : f64[] @ models/lib/vit.yaml:10:7
%2529 = sub %2315, %2528 : f64[] @ models/lib/vit.yaml:10:7
%2530 = div %1207, %2529 : f64[] @ models/lib/vit.yaml:10:7
%2531 = pow %2342, %2527 : f64[] @ models/lib/vit.yaml:10:7
%2532 = sub %2315, %2531 : f64[] @ models/lib/vit.yaml:10:7
%2533 = sqrt %2532 : f64[] @ models/lib/vit.yaml:10:7
%2534 = div %2315, %2533 : f64[] @ models/lib/vit.yaml:10:7
%2535 = sqrt %2526 : f32[16] @ models/lib/vit.yaml:10:7
%2536 = cast %2534 : f32[] @ models/lib/vit.yaml:10:7
%2537 = broadcast %2536 : f32[16] @ models/lib/vit.yaml:10:7
%2538 = mul %2535, %2537 : f32[16] @ models/lib/vit.yaml:10:7
%2539 = broadcast %2359 : f32[16] @ models/lib/vit.yaml:10:7
%2540 = add %2538, %2539 : f32[16] @ models/lib/vit.yaml:10:7
%2541 = div %2520, %2540 : f32[16] @ models/lib/vit.yaml:10:7
%2542 = cast %2530 : f32[] @ models/lib/vit.yaml:10:7
%2543 = broadcast %2542 : f32[16] @ models/lib/vit.yaml:10:7
%2544 = mul %2541, %2543 : f32[16] @ models/lib/vit.yaml:10:7
%2545 = sub %10, %2544 : f32[16] @ models/lib/vit.yaml:10:7
%2546 = assign %10, %2545 : f32[16] @ models/lib/vit.yaml:10:7
%2547 = assign %2512, %2520 : f32[16] @ models/lib/vit.yaml:10:7
%2548 = assign %2513, %2526 : f32[16] @ models/lib/vit.yaml:10:7
%2549 = assign %2514, %2515 : i64[] @ models/lib/vit.yaml:10:7
%2550 = broadcast %3 : f32[16] @ models/lib/vit.yaml:10:7
%2551 = mul %48, %2550 : f32[16] @ models/lib/vit.yaml:10:7
%2552 = broadcast %2374 : f32[16] @ models/lib/vit.yaml:10:7
%2553 = mul %2545, %2552 : f32[16] @ models/lib/vit.yaml:10:7
%2554 = add %2551, %2553 : f32[16] @ models/lib/vit.yaml:10:7
%2555 = assign %48, %2554 : f32[16] @ models/lib/vit.yaml:10:7
%2556 = all_reduce_sum %2270 : f32[16] @ models/lib/nn.yaml:89:7
%2557 = mul %2556, %2556 : f32[16] @ models/lib/nn.yaml:89:7
%2558 = reduce_sum %2557 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%2559 = sqrt %2558 : f32[] @ models/lib/nn.yaml:89:7
%2560 = cast %2559 : f64[] @ models/lib/nn.yaml:89:7
%2561 = add %2560, %2311 : f64[] @ models/lib/nn.yaml:89:7
%2562 = div %2313, %2561 : f64[] @ models/lib/nn.yaml:89:7
%2563 = lt %2562, %2315 : bool[] @ models/lib/nn.yaml:89:7
%2564 = cast %2562 : f32[] @ models/lib/nn.yaml:89:7
%2565 = broadcast %2564 : f32[16] @ models/lib/nn.yaml:89:7
%2566 = mul %2556, %2565 : f32[16] @ models/lib/nn.yaml:89:7
%2567 = broadcast %2563 : bool[16] @ models/lib/nn.yaml:89:7
%2568 = select %2567, %2566, %2556 : f32[16] @ models/lib/nn.yaml:89:7
%2569 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%2570 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%2571 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%2572 = add %2571, %2325 : i64[] @ models/lib/nn.yaml:89:7
%2573 = mul %2568, %2516 : f32[16] @ models/lib/nn.yaml:89:7
%2574 = mul %2569, %2518 : f32[16] @ models/lib/nn.yaml:89:7
%2575 = add %2574, %2573 : f32[16] @ models/lib/nn.yaml:89:7
%2576 = mul %2568, %2568 : f32[16] @ models/lib/nn.yaml:89:7
%2577 = mul %2576, %2522 : f32[16] @ models/lib/nn.yaml:89:7
%2578 = mul %2570, %2524 : f32[16] @ models/lib/nn.yaml:89:7
%2579 = add %2578, %2577 : f32[16] @ models/lib/nn.yaml:89:7
%2580 = cast %2572 : f64[] @ models/lib/nn.yaml:89:7
%2581 = pow %2334, %2580 : f64[] @ models/lib/nn.yaml:89:7
%2582 = sub %2315, %2581 : f64[] @ models/lib/nn.yaml:89:7
%2583 = div %1207, %2582 : f64[] @ models/lib/nn.yaml:89:7
%2584 = pow %2342, %2580 : f64[] @ models/lib/nn.yaml:89:7
%2585 = sub %2315, %2584 : f64[] @ models/lib/nn.yaml:89:7
%2586 = sqrt %2585 : f64[] @ models/lib/nn.yaml:89:7
%2587 = div %2315, %2586 : f64[] @ models/lib/nn.yaml:89:7
%2588 = sqrt %2579 : f32[16] @ models/lib/nn.yaml:89:7
%2589 = cast %2587 : f32[] @ models/lib/nn.yaml:89:7
%2590 = broadcast %2589 : f32[16] @ models/lib/nn.yaml:89:7
%2591 = mul %2588, %2590 : f32[16] @ models/lib/nn.yaml:89:7
%2592 = add %2591, %2539 : f32[16] @ models/lib/nn.yaml:89:7
%2593 = div %2575, %2592 : f32[16] @ models/lib/nn.yaml:89:7
%2594 = cast %2583 : f32[] @ models/lib/nn.yaml:89:7
%2595 = broadcast %2594 : f32[16] @ models/lib/nn.yaml:89:7
%2596 = mul %2593, %2595 : f32[16] @ models/lib/nn.yaml:89:7
%2597 = sub %11, %2596 : f32[16] @ models/lib/nn.yaml:89:7
%2598 = assign %11, %2597 : f32[16] @ models/lib/nn.yaml:89:7
%2599 = assign %2569, %2575 : f32[16] @ models/lib/nn.yaml:89:7
%2600 = assign %2570, %2579 : f32[16] @ models/lib/nn.yaml:89:7
%2601 = assign %2571, %2572 : i64[] @ models/lib/nn.yaml:89:7
%2602 = mul %49, %2550 : f32[16] @ models/lib/nn.yaml:89:7
%2603 = mul %2597, %2552 : f32[16] @ models/lib/nn.yaml:89:7
%2604 = add %2602, %2603 : f32[16] @ models/lib/nn.yaml:89:7
%2605 = assign %49, %2604 : f32[16] @ models/lib/nn.yaml:89:7
%2606 = all_reduce_sum %2264 : f32[16] @ models/lib/nn.yaml:90:7
%2607 = mul %2606, %2606 : f32[16] @ models/lib/nn.yaml:90:7
%2608 = reduce_sum %2607 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%2609 = sqrt %2608 : f32[] @ models/lib/nn.yaml:90:7
%2610 = cast %2609 : f64[] @ models/lib/nn.yaml:90:7
%2611 = add %2610, %2311 : f64[] @ models/lib/nn.yaml:90:7
%2612 = div %2313, %2611 : f64[] @ models/lib/nn.yaml:90:7
%2613 = lt %2612, %2315 : bool[] @ models/lib/nn.yaml:90:7
%2614 = cast %2612 : f32[] @ models/lib/nn.yaml:90:7
%2615 = broadcast %2614 : f32[16] @ models/lib/nn.yaml:90:7
%2616 = mul %2606, %2615 : f32[16] @ models/lib/nn.yaml:90:7
%2617 = broadcast %2613 : bool[16] @ models/lib/nn.yaml:90:7
%2618 = select %2617, %2616, %2606 : f32[16] @ models/lib/nn.yaml:90:7
%2619 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%2620 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%2621 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%2622 = add %2621, %2325 : i64[] @ models/lib/nn.yaml:90:7
%2623 = mul %2618, %2516 : f32[16] @ models/lib/nn.yaml:90:7
%2624 = mul %2619, %2518 : f32[16] @ models/lib/nn.yaml:90:7
%2625 = add %2624, %2623 : f32[16] @ models/lib/nn.yaml:90:7
%2626 = mul %2618, %2618 : f32[16] @ models/lib/nn.yaml:90:7
%2627 = mul %2626, %2522 : f32[16] @ models/lib/nn.yaml:90:7
%2628 = mul %2620, %2524 : f32[16] @ models/lib/nn.yaml:90:7
%2629 = add %2628, %2627 : f32[16] @ models/lib/nn.yaml:90:7
%2630 = cast %2622 : f64[] @ models/lib/nn.yaml:90:7
%2631 = pow %2334, %2630 : f64[] @ models/lib/nn.yaml:90:7
%2632 = sub %2315, %2631 : f64[] @ models/lib/nn.yaml:90:7
%2633 = div %1207, %2632 : f64[] @ models/lib/nn.yaml:90:7
%2634 = pow %2342, %2630 : f64[] @ models/lib/nn.yaml:90:7
%2635 = sub %2315, %2634 : f64[] @ models/lib/nn.yaml:90:7
%2636 = sqrt %2635 : f64[] @ models/lib/nn.yaml:90:7
%2637 = div %2315, %2636 : f64[] @ models/lib/nn.yaml:90:7
%2638 = sqrt %2629 : f32[16] @ models/lib/nn.yaml:90:7
%2639 = cast %2637 : f32[] @ models/lib/nn.yaml:90:7
%2640 = broadcast %2639 : f32[16] @ models/lib/nn.yaml:90:7
%2641 = mul %2638, %2640 : f32[16] @ models/lib/nn.yaml:90:7
%2642 = add %2641, %2539 : f32[16] @ models/lib/nn.yaml:90:7
%2643 = div %2625, %2642 : f32[16] @ models/lib/nn.yaml:90:7
%2644 = cast %2633 : f32[] @ models/lib/nn.yaml:90:7
%2645 = broadcast %2644 : f32[16] @ models/lib/nn.yaml:90:7
%2646 = mul %2643, %2645 : f32[16] @ models/lib/nn.yaml:90:7
%2647 = sub %12, %2646 : f32[16] @ models/lib/nn.yaml:90:7
%2648 = assign %12, %2647 : f32[16] @ models/lib/nn.yaml:90:7
%2649 = assign %2619, %2625 : f32[16] @ models/lib/nn.yaml:90:7
%2650 = assign %2620, %2629 : f32[16] @ models/lib/nn.yaml:90:7
%2651 = assign %2621, %2622 : i64[] @ models/lib/nn.yaml:90:7
%2652 = mul %50, %2550 : f32[16] @ models/lib/nn.yaml:90:7
%2653 = mul %2647, %2552 : f32[16] @ models/lib/nn.yaml:90:7
%2654 = add %2652, %2653 : f32[16] @ models/lib/nn.yaml:90:7
%2655 = assign %50, %2654 : f32[16] @ models/lib/nn.yaml:90:7
%2656 = all_reduce_sum %2259 : f32[48,16] @ models/lib/nn.yaml:79:7
%2657 = reshape %2656 : f32[768] @ models/lib/nn.yaml:79:7
%2658 = mul %2657, %2657 : f32[768] @ models/lib/nn.yaml:79:7
%2659 = reduce_sum %2658 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%2660 = sqrt %2659 : f32[] @ models/lib/nn.yaml:79:7
%2661 = cast %2660 : f64[] @ models/lib/nn.yaml:79:7
%2662 = add %2661, %2311 : f64[] @ models/lib/nn.yaml:79:7
%2663 = div %2313, %2662 : f64[] @ models/lib/nn.yaml:79:7
%2664 = lt %2663, %2315 : bool[] @ models/lib/nn.yaml:79:7
%2665 = cast %2663 : f32[] @ models/lib/nn.yaml:79:7
%2666 = broadcast %2665 : f32[48,16] @ models/lib/nn.yaml:79:7
%2667 = mul %2656, %2666 : f32[48,16] @ models/lib/nn.yaml:79:7
%2668 = broadcast %2664 : bool[48,16] @ models/lib/nn.yaml:79:7
%2669 = select %2668, %2667, %2656 : f32[48,16] @ models/lib/nn.yaml:79:7
%2670 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%2671 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%2672 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%2673 = add %2672, %2325 : i64[] @ models/lib/nn.yaml:79:7
%2674 = broadcast %2329 : f32[48,16] @ models/lib/nn.yaml:79:7
%2675 = mul %13, %2674 : f32[48,16] @ models/lib/nn.yaml:79:7
%2676 = broadcast %1091 : f32[48,16] @ models/lib/nn.yaml:79:7
%2677 = mul %2669, %2676 : f32[48,16] @ models/lib/nn.yaml:79:7
%2678 = broadcast %643 : f32[48,16] @ models/lib/nn.yaml:79:7
%2679 = mul %2670, %2678 : f32[48,16] @ models/lib/nn.yaml:79:7
%2680 = add %2679, %2677 : f32[48,16] @ models/lib/nn.yaml:79:7
%2681 = mul %2669, %2669 : f32[48,16] @ models/lib/nn.yaml:79:7
%2682 = broadcast %2339 : f32[48,16] @ models/lib/nn.yaml:79:7
%2683 = mul %2681, %2682 : f32[48,16] @ models/lib/nn.yaml:79:7
%2684 = broadcast %2343 : f32[48,16] @ models/lib/nn.yaml:79:7
%2685 = mul %2671, %2684 : f32[48,16] @ models/lib/nn.yaml:79:7
%2686 = add %2685, %2683 : f32[48,16] @ models/lib/nn.yaml:79:7
%2687 = cast %2673 : f64[] @ models/lib/nn.yaml:79:7
%2688 = pow %2334, %2687 : f64[] @ models/lib/nn.yaml:79:7
%2689 = sub %2315, %2688 : f64[] @ models/lib/nn.yaml:79:7
%2690 = div %1207, %2689 : f64[] @ models/lib/nn.yaml:79:7
%2691 = pow %2342, %2687 : f64[] @ models/lib/nn.yaml:79:7
%2692 = sub %2315, %2691 : f64[] @ models/lib/nn.yaml:79:7
%2693 = sqrt %2692 : f64[] @ models/lib/nn.yaml:79:7
%2694 = div %2315, %2693 : f64[] @ models/lib/nn.yaml:79:7
%2695 = sqrt %2686 : f32[48,16] @ models/lib/nn.yaml:79:7
%2696 = cast %2694 : f32[] @ models/lib/nn.yaml:79:7
%2697 = broadcast %2696 : f32[48,16] @ models/lib/nn.yaml:79:7
%2698 = mul %2695, %2697 : f32[48,16] @ models/lib/nn.yaml:79:7
%2699 = broadcast %2359 : f32[48,16] @ models/lib/nn.yaml:79:7
%2700 = add %2698, %2699 : f32[48,16] @ models/lib/nn.yaml:79:7
%2701 = div %2680, %2700 : f32[48,16] @ models/lib/nn.yaml:79:7
%2702 = cast %2690 : f32[] @ models/lib/nn.yaml:79:7
%2703 = broadcast %2702 : f32[48,16] @ models/lib/nn.yaml:79:7
%2704 = mul %2701, %2703 : f32[48,16] @ models/lib/nn.yaml:79:7
%2705 = sub %2675, %2704 : f32[48,16] @ models/lib/nn.yaml:79:7
%2706 = assign %13, %2705 : f32[48,16] @ models/lib/nn.yaml:79:7
%2707 = assign %2670, %2680 : f32[48,16] @ models/lib/nn.yaml:79:7
%2708 = assign %2671, %2686 : f32[48,16] @ models/lib/nn.yaml:79:7
%2709 = assign %2672, %2673 : i64[] @ models/lib/nn.yaml:79:7
%2710 = broadcast %3 : f32[48,16] @ models/lib/nn.yaml:79:7
%2711 = mul %51, %2710 : f32[48,16] @ models/lib/nn.yaml:79:7
%2712 = broadcast %2374 : f32[48,16] @ models/lib/nn.yaml:79:7
%2713 = mul %2705, %2712 : f32[48,16] @ models/lib/nn.yaml:79:7
%2714 = add %2711, %2713 : f32[48,16] @ models/lib/nn.yaml:79:7
%2715 = assign %51, %2714 : f32[48,16] @ models/lib/nn.yaml:79:7
%2716 = all_reduce_sum %2254 : f32[48] @ models/lib/nn.yaml:80:7
%2717 = mul %2716, %2716 : f32[48] @ models/lib/nn.yaml:80:7
%2718 = reduce_sum %2717 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%2719 = sqrt %2718 : f32[] @ models/lib/nn.yaml:80:7
%2720 = cast %2719 : f64[] @ models/lib/nn.yaml:80:7
%2721 = add %2720, %2311 : f64[] @ models/lib/nn.yaml:80:7
%2722 = div %2313, %2721 : f64[] @ models/lib/nn.yaml:80:7
%2723 = lt %2722, %2315 : bool[] @ models/lib/nn.yaml:80:7
%2724 = cast %2722 : f32[] @ models/lib/nn.yaml:80:7
%2725 = broadcast %2724 : f32[48] @ models/lib/nn.yaml:80:7
%2726 = mul %2716, %2725 : f32[48] @ models/lib/nn.yaml:80:7
%2727 = broadcast %2723 : bool[48] @ models/lib/nn.yaml:80:7
%2728 = select %2727, %2726, %2716 : f32[48] @ models/lib/nn.yaml:80:7
%2729 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%2730 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%2731 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%2732 = add %2731, %2325 : i64[] @ models/lib/nn.yaml:80:7
%2733 = broadcast %1091 : f32[48] @ models/lib/nn.yaml:80:7
%2734 = mul %2728, %2733 : f32[48] @ models/lib/nn.yaml:80:7
%2735 = broadcast %643 : f32[48] @ models/lib/nn.yaml:80:7
%2736 = mul %2729, %2735 : f32[48] @ models/lib/nn.yaml:80:7
%2737 = add %2736, %2734 : f32[48] @ models/lib/nn.yaml:80:7
%2738 = mul %2728, %2728 : f32[48] @ models/lib/nn.yaml:80:7
%2739 = broadcast %2339 : f32[48] @ models/lib/nn.yaml:80:7
%2740 = mul %2738, %2739 : f32[48] @ models/lib/nn.yaml:80:7
%2741 = broadcast %2343 : f32[48] @ models/lib/nn.yaml:80:7
%2742 = mul %2730, %2741 : f32[48] @ models/lib/nn.yaml:80:7
%2743 = add %2742, %2740 : f32[48] @ models/lib/nn.yaml:80:7
%2744 = cast %2732 : f64[] @ models/lib/nn.yaml:80:7
%2745 = pow %2334, %2744 : f64[] @ models/lib/nn.yaml:80:7
%2746 = sub %2315, %2745 : f64[] @ models/lib/nn.yaml:80:7
%2747 = div %1207, %2746 : f64[] @ models/lib/nn.yaml:80:7
%2748 = pow %2342, %2744 : f64[] @ models/lib/nn.yaml:80:7
%2749 = sub %2315, %2748 : f64[] @ models/lib/nn.yaml:80:7
%2750 = sqrt %2749 : f64[] @ models/lib/nn.yaml:80:7
%2751 = div %2315, %2750 : f64[] @ models/lib/nn.yaml:80:7
%2752 = sqrt %2743 : f32[48] @ models/lib/nn.yaml:80:7
%2753 = cast %2751 : f32[] @ models/lib/nn.yaml:80:7
%2754 = broadcast %2753 : f32[48] @ models/lib/nn.yaml:80:7
%2755 = mul %2752, %2754 : f32[48] @ models/lib/nn.yaml:80:7
%2756 = broadcast %2359 : f32[48] @ models/lib/nn.yaml:80:7
%2757 = add %2755, %2756 : f32[48] @ models/lib/nn.yaml:80:7
%2758 = div %2737, %2757 : f32[48] @ models/lib/nn.yaml:80:7
%2759 = cast %2747 : f32[] @ models/lib/nn.yaml:80:7
%2760 = broadcast %2759 : f32[48] @ models/lib/nn.yaml:80:7
%2761 = mul %2758, %2760 : f32[48] @ models/lib/nn.yaml:80:7
%2762 = sub %14, %2761 : f32[48] @ models/lib/nn.yaml:80:7
%2763 = assign %14, %2762 : f32[48] @ models/lib/nn.yaml:80:7
%2764 = assign %2729, %2737 : f32[48] @ models/lib/nn.yaml:80:7
%2765 = assign %2730, %2743 : f32[48] @ models/lib/nn.yaml:80:7
%2766 = assign %2731, %2732 : i64[] @ models/lib/nn.yaml:80:7
%2767 = broadcast %3 : f32[48] @ models/lib/nn.yaml:80:7
%2768 = mul %52, %2767 : f32[48] @ models/lib/nn.yaml:80:7
%2769 = broadcast %2374 : f32[48] @ models/lib/nn.yaml:80:7
%2770 = mul %2762, %2769 : f32[48] @ models/lib/nn.yaml:80:7
%2771 = add %2768, %2770 : f32[48] @ models/lib/nn.yaml:80:7
%2772 = assign %52, %2771 : f32[48] @ models/lib/nn.yaml:80:7
%2773 = all_reduce_sum %2164 : f32[16,16] @ models/lib/nn.yaml:79:7
%2774 = reshape %2773 : f32[256] @ models/lib/nn.yaml:79:7
%2775 = mul %2774, %2774 : f32[256] @ models/lib/nn.yaml:79:7
%2776 = reduce_sum %2775 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%2777 = sqrt %2776 : f32[] @ models/lib/nn.yaml:79:7
%2778 = cast %2777 : f64[] @ models/lib/nn.yaml:79:7
%2779 = add %2778, %2311 : f64[] @ models/lib/nn.yaml:79:7
%2780 = div %2313, %2779 : f64[] @ models/lib/nn.yaml:79:7
%2781 = lt %2780, %2315 : bool[] @ models/lib/nn.yaml:79:7
%2782 = cast %2780 : f32[] @ models/lib/nn.yaml:79:7
%2783 = broadcast %2782 : f32[16,16] @ models/lib/nn.yaml:79:7
%2784 = mul %2773, %2783 : f32[16,16] @ models/lib/nn.yaml:79:7
%2785 = broadcast %2781 : bool[16,16] @ models/lib/nn.yaml:79:7
%2786 = select %2785, %2784, %2773 : f32[16,16] @ models/lib/nn.yaml:79:7
%2787 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%2788 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%2789 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%2790 = add %2789, %2325 : i64[] @ models/lib/nn.yaml:79:7
%2791 = broadcast %2329 : f32[16,16] @ models/lib/nn.yaml:79:7
%2792 = mul %15, %2791 : f32[16,16] @ models/lib/nn.yaml:79:7
%2793 = broadcast %1091 : f32[16,16] @ models/lib/nn.yaml:79:7
%2794 = mul %2786, %2793 : f32[16,16] @ models/lib/nn.yaml:79:7
%2795 = broadcast %643 : f32[16,16] @ models/lib/nn.yaml:79:7
%2796 = mul %2787, %2795 : f32[16,16] @ models/lib/nn.yaml:79:7
%2797 = add %2796, %2794 : f32[16,16] @ models/lib/nn.yaml:79:7
%2798 = mul %2786, %2786 : f32[16,16] @ models/lib/nn.yaml:79:7
%2799 = broadcast %2339 : f32[16,16] @ models/lib/nn.yaml:79:7
%2800 = mul %2798, %2799 : f32[16,16] @ models/lib/nn.yaml:79:7
%2801 = broadcast %2343 : f32[16,16] @ models/lib/nn.yaml:79:7
%2802 = mul %2788, %2801 : f32[16,16] @ models/lib/nn.yaml:79:7
%2803 = add %2802, %2800 : f32[16,16] @ models/lib/nn.yaml:79:7
%2804 = cast %2790 : f64[] @ models/lib/nn.yaml:79:7
%2805 = pow %2334, %2804 : f64[] @ models/lib/nn.yaml:79:7
%2806 = sub %2315, %2805 : f64[] @ models/lib/nn.yaml:79:7
%2807 = div %1207, %2806 : f64[] @ models/lib/nn.yaml:79:7
%2808 = pow %2342, %2804 : f64[] @ models/lib/nn.yaml:79:7
%2809 = sub %2315, %2808 : f64[] @ models/lib/nn.yaml:79:7
%2810 = sqrt %2809 : f64[] @ models/lib/nn.yaml:79:7
%2811 = div %2315, %2810 : f64[] @ models/lib/nn.yaml:79:7
%2812 = sqrt %2803 : f32[16,16] @ models/lib/nn.yaml:79:7
%2813 = cast %2811 : f32[] @ models/lib/nn.yaml:79:7
%2814 = broadcast %2813 : f32[16,16] @ models/lib/nn.yaml:79:7
%2815 = mul %2812, %2814 : f32[16,16] @ models/lib/nn.yaml:79:7
%2816 = broadcast %2359 : f32[16,16] @ models/lib/nn.yaml:79:7
%2817 = add %2815, %2816 : f32[16,16] @ models/lib/nn.yaml:79:7
%2818 = div %2797, %2817 : f32[16,16] @ models/lib/nn.yaml:79:7
%2819 = cast %2807 : f32[] @ models/lib/nn.yaml:79:7
%2820 = broadcast %2819 : f32[16,16] @ models/lib/nn.yaml:79:7
%2821 = mul %2818, %2820 : f32[16,16] @ models/lib/nn.yaml:79:7
%2822 = sub %2792, %2821 : f32[16,16] @ models/lib/nn.yaml:79:7
%2823 = assign %15, %2822 : f32[16,16] @ models/lib/nn.yaml:79:7
%2824 = assign %2787, %2797 : f32[16,16] @ models/lib/nn.yaml:79:7
%2825 = assign %2788, %2803 : f32[16,16] @ models/lib/nn.yaml:79:7
%2826 = assign %2789, %2790 : i64[] @ models/lib/nn.yaml:79:7
%2827 = broadcast %3 : f32[16,16] @ models/lib/nn.yaml:79:7
%2828 = mul %53, %2827 : f32[16,16] @ models/lib/nn.yaml:79:7
%2829 = broadcast %2374 : f32[16,16] @ models/lib/nn.yaml:79:7
%2830 = mul %2822, %2829 : f32[16,16] @ models/lib/nn.yaml:79:7
%2831 = add %2828, %2830 : f32[16,16] @ models/lib/nn.yaml:79:7
%2832 = assign %53, %2831 : f32[16,16] @ models/lib/nn.yaml:79:7
%2833 = all_reduce_sum %2159 : f32[16] @ models/lib/nn.yaml:80:7
%2834 = mul %2833, %2833 : f32[16] @ models/lib/nn.yaml:80:7
%2835 = reduce_sum %2834 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%2836 = sqrt %2835 : f32[] @ models/lib/nn.yaml:80:7
%2837 = cast %2836 : f64[] @ models/lib/nn.yaml:80:7
%2838 = add %2837, %2311 : f64[] @ models/lib/nn.yaml:80:7
%2839 = div %2313, %2838 : f64[] @ models/lib/nn.yaml:80:7
%2840 = lt %2839, %2315 : bool[] @ models/lib/nn.yaml:80:7
%2841 = cast %2839 : f32[] @ models/lib/nn.yaml:80:7
%2842 = broadcast %2841 : f32[16] @ models/lib/nn.yaml:80:7
%2843 = mul %2833, %2842 : f32[16] @ models/lib/nn.yaml:80:7
%2844 = broadcast %2840 : bool[16] @ models/lib/nn.yaml:80:7
%2845 = select %2844, %2843, %2833 : f32[16] @ models/lib/nn.yaml:80:7
%2846 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%2847 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%2848 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%2849 = add %2848, %2325 : i64[] @ models/lib/nn.yaml:80:7
%2850 = mul %2845, %2516 : f32[16] @ models/lib/nn.yaml:80:7
%2851 = mul %2846, %2518 : f32[16] @ models/lib/nn.yaml:80:7
%2852 = add %2851, %2850 : f32[16] @ models/lib/nn.yaml:80:7
%2853 = mul %2845, %2845 : f32[16] @ models/lib/nn.yaml:80:7
%2854 = mul %2853, %2522 : f32[16] @ models/lib/nn.yaml:80:7
%2855 = mul %2847, %2524 : f32[16] @ models/lib/nn.yaml:80:7
%2856 = add %2855, %2854 : f32[16] @ models/lib/nn.yaml:80:7
%2857 = cast %2849 : f64[] @ models/lib/nn.yaml:80:7
%2858 = pow %2334, %2857 : f64[] @ models/lib/nn.yaml:80:7
%2859 = sub %2315, %2858 : f64[] @ models/lib/nn.yaml:80:7
%2860 = div %1207, %2859 : f64[] @ models/lib/nn.yaml:80:7
%2861 = pow %2342, %2857 : f64[] @ models/lib/nn.yaml:80:7
%2862 = sub %2315, %2861 : f64[] @ models/lib/nn.yaml:80:7
%2863 = sqrt %2862 : f64[] @ models/lib/nn.yaml:80:7
%2864 = div %2315, %2863 : f64[] @ models/lib/nn.yaml:80:7
%2865 = sqrt %2856 : f32[16] @ models/lib/nn.yaml:80:7
%2866 = cast %2864 : f32[] @ models/lib/nn.yaml:80:7
%2867 = broadcast %2866 : f32[16] @ models/lib/nn.yaml:80:7
%2868 = mul %2865, %2867 : f32[16] @ models/lib/nn.yaml:80:7
%2869 = add %2868, %2539 : f32[16] @ models/lib/nn.yaml:80:7
%2870 = div %2852, %2869 : f32[16] @ models/lib/nn.yaml:80:7
%2871 = cast %2860 : f32[] @ models/lib/nn.yaml:80:7
%2872 = broadcast %2871 : f32[16] @ models/lib/nn.yaml:80:7
%2873 = mul %2870, %2872 : f32[16] @ models/lib/nn.yaml:80:7
%2874 = sub %16, %2873 : f32[16] @ models/lib/nn.yaml:80:7
%2875 = assign %16, %2874 : f32[16] @ models/lib/nn.yaml:80:7
%2876 = assign %2846, %2852 : f32[16] @ models/lib/nn.yaml:80:7
%2877 = assign %2847, %2856 : f32[16] @ models/lib/nn.yaml:80:7
%2878 = assign %2848, %2849 : i64[] @ models/lib/nn.yaml:80:7
%2879 = mul %54, %2550 : f32[16] @ models/lib/nn.yaml:80:7
%2880 = mul %2874, %2552 : f32[16] @ models/lib/nn.yaml:80:7
%2881 = add %2879, %2880 : f32[16] @ models/lib/nn.yaml:80:7
%2882 = assign %54, %2881 : f32[16] @ models/lib/nn.yaml:80:7
%2883 = all_reduce_sum %2134 : f32[16] @ models/lib/nn.yaml:89:7
%2884 = mul %2883, %2883 : f32[16] @ models/lib/nn.yaml:89:7
%2885 = reduce_sum %2884 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%2886 = sqrt %2885 : f32[] @ models/lib/nn.yaml:89:7
%2887 = cast %2886 : f64[] @ models/lib/nn.yaml:89:7
%2888 = add %2887, %2311 : f64[] @ models/lib/nn.yaml:89:7
%2889 = div %2313, %2888 : f64[] @ models/lib/nn.yaml:89:7
%2890 = lt %2889, %2315 : bool[] @ models/lib/nn.yaml:89:7
%2891 = cast %2889 : f32[] @ models/lib/nn.yaml:89:7
%2892 = broadcast %2891 : f32[16] @ models/lib/nn.yaml:89:7
%2893 = mul %2883, %2892 : f32[16] @ models/lib/nn.yaml:89:7
%2894 = broadcast %2890 : bool[16] @ models/lib/nn.yaml:89:7
%2895 = select %2894, %2893, %2883 : f32[16] @ models/lib/nn.yaml:89:7
%2896 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%2897 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%2898 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%2899 = add %2898, %2325 : i64[] @ models/lib/nn.yaml:89:7
%2900 = mul %2895, %2516 : f32[16] @ models/lib/nn.yaml:89:7
%2901 = mul %2896, %2518 : f32[16] @ models/lib/nn.yaml:89:7
%2902 = add %2901, %2900 : f32[16] @ models/lib/nn.yaml:89:7
%2903 = mul %2895, %2895 : f32[16] @ models/lib/nn.yaml:89:7
%2904 = mul %2903, %2522 : f32[16] @ models/lib/nn.yaml:89:7
%2905 = mul %2897, %2524 : f32[16] @ models/lib/nn.yaml:89:7
%2906 = add %2905, %2904 : f32[16] @ models/lib/nn.yaml:89:7
%2907 = cast %2899 : f64[] @ models/lib/nn.yaml:89:7
%2908 = pow %2334, %2907 : f64[] @ models/lib/nn.yaml:89:7
%2909 = sub %2315, %2908 : f64[] @ models/lib/nn.yaml:89:7
%2910 = div %1207, %2909 : f64[] @ models/lib/nn.yaml:89:7
%2911 = pow %2342, %2907 : f64[] @ models/lib/nn.yaml:89:7
%2912 = sub %2315, %2911 : f64[] @ models/lib/nn.yaml:89:7
%2913 = sqrt %2912 : f64[] @ models/lib/nn.yaml:89:7
%2914 = div %2315, %2913 : f64[] @ models/lib/nn.yaml:89:7
%2915 = sqrt %2906 : f32[16] @ models/lib/nn.yaml:89:7
%2916 = cast %2914 : f32[] @ models/lib/nn.yaml:89:7
%2917 = broadcast %2916 : f32[16] @ models/lib/nn.yaml:89:7
%2918 = mul %2915, %2917 : f32[16] @ models/lib/nn.yaml:89:7
%2919 = add %2918, %2539 : f32[16] @ models/lib/nn.yaml:89:7
%2920 = div %2902, %2919 : f32[16] @ models/lib/nn.yaml:89:7
%2921 = cast %2910 : f32[] @ models/lib/nn.yaml:89:7
%2922 = broadcast %2921 : f32[16] @ models/lib/nn.yaml:89:7
%2923 = mul %2920, %2922 : f32[16] @ models/lib/nn.yaml:89:7
%2924 = sub %17, %2923 : f32[16] @ models/lib/nn.yaml:89:7
%2925 = assign %17, %2924 : f32[16] @ models/lib/nn.yaml:89:7
%2926 = assign %2896, %2902 : f32[16] @ models/lib/nn.yaml:89:7
%2927 = assign %2897, %2906 : f32[16] @ models/lib/nn.yaml:89:7
%2928 = assign %2898, %2899 : i64[] @ models/lib/nn.yaml:89:7
%2929 = mul %55, %2550 : f32[16] @ models/lib/nn.yaml:89:7
%2930 = mul %2924, %2552 : f32[16] @ models/lib/nn.yaml:89:7
%2931 = add %2929, %2930 : f32[16] @ models/lib/nn.yaml:89:7
%2932 = assign %55, %2931 : f32[16] @ models/lib/nn.yaml:89:7
%2933 = all_reduce_sum %2128 : f32[16] @ models/lib/nn.yaml:90:7
%2934 = mul %2933, %2933 : f32[16] @ models/lib/nn.yaml:90:7
%2935 = reduce_sum %2934 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%2936 = sqrt %2935 : f32[] @ models/lib/nn.yaml:90:7
%2937 = cast %2936 : f64[] @ models/lib/nn.yaml:90:7
%2938 = add %2937, %2311 : f64[] @ models/lib/nn.yaml:90:7
%2939 = div %2313, %2938 : f64[] @ models/lib/nn.yaml:90:7
%2940 = lt %2939, %2315 : bool[] @ models/lib/nn.yaml:90:7
%2941 = cast %2939 : f32[] @ models/lib/nn.yaml:90:7
%2942 = broadcast %2941 : f32[16] @ models/lib/nn.yaml:90:7
%2943 = mul %2933, %2942 : f32[16] @ models/lib/nn.yaml:90:7
%2944 = broadcast %2940 : bool[16] @ models/lib/nn.yaml:90:7
%2945 = select %2944, %2943, %2933 : f32[16] @ models/lib/nn.yaml:90:7
%2946 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%2947 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%2948 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%2949 = add %2948, %2325 : i64[] @ models/lib/nn.yaml:90:7
%2950 = mul %2945, %2516 : f32[16] @ models/lib/nn.yaml:90:7
%2951 = mul %2946, %2518 : f32[16] @ models/lib/nn.yaml:90:7
%2952 = add %2951, %2950 : f32[16] @ models/lib/nn.yaml:90:7
%2953 = mul %2945, %2945 : f32[16] @ models/lib/nn.yaml:90:7
%2954 = mul %2953, %2522 : f32[16] @ models/lib/nn.yaml:90:7
%2955 = mul %2947, %2524 : f32[16] @ models/lib/nn.yaml:90:7
%2956 = add %2955, %2954 : f32[16] @ models/lib/nn.yaml:90:7
%2957 = cast %2949 : f64[] @ models/lib/nn.yaml:90:7
%2958 = pow %2334, %2957 : f64[] @ models/lib/nn.yaml:90:7
%2959 = sub %2315, %2958 : f64[] @ models/lib/nn.yaml:90:7
%2960 = div %1207, %2959 : f64[] @ models/lib/nn.yaml:90:7
%2961 = pow %2342, %2957 : f64[] @ models/lib/nn.yaml:90:7
%2962 = sub %2315, %2961 : f64[] @ models/lib/nn.yaml:90:7
%2963 = sqrt %2962 : f64[] @ models/lib/nn.yaml:90:7
%2964 = div %2315, %2963 : f64[] @ models/lib/nn.yaml:90:7
%2965 = sqrt %2956 : f32[16] @ models/lib/nn.yaml:90:7
%2966 = cast %2964 : f32[] @ models/lib/nn.yaml:90:7
%2967 = broadcast %2966 : f32[16] @ models/lib/nn.yaml:90:7
%2968 = mul %2965, %2967 : f32[16] @ models/lib/nn.yaml:90:7
%2969 = add %2968, %2539 : f32[16] @ models/lib/nn.yaml:90:7
%2970 = div %2952, %2969 : f32[16] @ models/lib/nn.yaml:90:7
%2971 = cast %2960 : f32[] @ models/lib/nn.yaml:90:7
%2972 = broadcast %2971 : f32[16] @ models/lib/nn.yaml:90:7
%2973 = mul %2970, %2972 : f32[16] @ models/lib/nn.yaml:90:7
%2974 = sub %18, %2973 : f32[16] @ models/lib/nn.yaml:90:7
%2975 = assign %18, %2974 : f32[16] @ models/lib/nn.yaml:90:7
%2976 = assign %2946, %2952 : f32[16] @ models/lib/nn.yaml:90:7
%2977 = assign %2947, %2956 : f32[16] @ models/lib/nn.yaml:90:7
%2978 = assign %2948, %2949 : i64[] @ models/lib/nn.yaml:90:7
%2979 = mul %56, %2550 : f32[16] @ models/lib/nn.yaml:90:7
%2980 = mul %2974, %2552 : f32[16] @ models/lib/nn.yaml:90:7
%2981 = add %2979, %2980 : f32[16] @ models/lib/nn.yaml:90:7
%2982 = assign %56, %2981 : f32[16] @ models/lib/nn.yaml:90:7
%2983 = all_reduce_sum %2123 : f32[64,16] @ models/lib/nn.yaml:79:7
%2984 = reshape %2983 : f32[1024] @ models/lib/nn.yaml:79:7
%2985 = mul %2984, %2984 : f32[1024] @ models/lib/nn.yaml:79:7
%2986 = reduce_sum %2985 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%2987 = sqrt %2986 : f32[] @ models/lib/nn.yaml:79:7
%2988 = cast %2987 : f64[] @ models/lib/nn.yaml:79:7
%2989 = add %2988, %2311 : f64[] @ models/lib/nn.yaml:79:7
%2990 = div %2313, %2989 : f64[] @ models/lib/nn.yaml:79:7
%2991 = lt %2990, %2315 : bool[] @ models/lib/nn.yaml:79:7
%2992 = cast %2990 : f32[] @ models/lib/nn.yaml:79:7
%2993 = broadcast %2992 : f32[64,16] @ models/lib/nn.yaml:79:7
%2994 = mul %2983, %2993 : f32[64,16] @ models/lib/nn.yaml:79:7
%2995 = broadcast %2991 : bool[64,16] @ models/lib/nn.yaml:79:7
%2996 = select %2995, %2994, %2983 : f32[64,16] @ models/lib/nn.yaml:79:7
%2997 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%2998 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%2999 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3000 = add %2999, %2325 : i64[] @ models/lib/nn.yaml:79:7
%3001 = broadcast %2329 : f32[64,16] @ models/lib/nn.yaml:79:7
%3002 = mul %19, %3001 : f32[64,16] @ models/lib/nn.yaml:79:7
%3003 = broadcast %1091 : f32[64,16] @ models/lib/nn.yaml:79:7
%3004 = mul %2996, %3003 : f32[64,16] @ models/lib/nn.yaml:79:7
%3005 = broadcast %643 : f32[64,16] @ models/lib/nn.yaml:79:7
%3006 = mul %2997, %3005 : f32[64,16] @ models/lib/nn.yaml:79:7
%3007 = add %3006, %3004 : f32[64,16] @ models/lib/nn.yaml:79:7
%3008 = mul %2996, %2996 : f32[64,16] @ models/lib/nn.yaml:79:7
%3009 = broadcast %2339 : f32[64,16] @ models/lib/nn.yaml:79:7
%3010 = mul %3008, %3009 : f32[64,16] @ models/lib/nn.yaml:79:7
%3011 = broadcast %2343 : f32[64,16] @ models/lib/nn.yaml:79:7
%3012 = mul %2998, %3011 : f32[64,16] @ models/lib/nn.yaml:79:7
%3013 = add %3012, %3010 : f32[64,16] @ models/lib/nn.yaml:79:7
%3014 = cast %3000 : f64[] @ models/lib/nn.yaml:79:7
%3015 = pow %2334, %3014 : f64[] @ models/lib/nn.yaml:79:7
%3016 = sub %2315, %3015 : f64[] @ models/lib/nn.yaml:79:7
%3017 = div %1207, %3016 : f64[] @ models/lib/nn.yaml:79:7
%3018 = pow %2342, %3014 : f64[] @ models/lib/nn.yaml:79:7
%3019 = sub %2315, %3018 : f64[] @ models/lib/nn.yaml:79:7
%3020 = sqrt %3019 : f64[] @ models/lib/nn.yaml:79:7
%3021 = div %2315, %3020 : f64[] @ models/lib/nn.yaml:79:7
%3022 = sqrt %3013 : f32[64,16] @ models/lib/nn.yaml:79:7
%3023 = cast %3021 : f32[] @ models/lib/nn.yaml:79:7
%3024 = broadcast %3023 : f32[64,16] @ models/lib/nn.yaml:79:7
%3025 = mul %3022, %3024 : f32[64,16] @ models/lib/nn.yaml:79:7
%3026 = broadcast %2359 : f32[64,16] @ models/lib/nn.yaml:79:7
%3027 = add %3025, %3026 : f32[64,16] @ models/lib/nn.yaml:79:7
%3028 = div %3007, %3027 : f32[64,16] @ models/lib/nn.yaml:79:7
%3029 = cast %3017 : f32[] @ models/lib/nn.yaml:79:7
%3030 = broadcast %3029 : f32[64,16] @ models/lib/nn.yaml:79:7
%3031 = mul %3028, %3030 : f32[64,16] @ models/lib/nn.yaml:79:7
%3032 = sub %3002, %3031 : f32[64,16] @ models/lib/nn.yaml:79:7
%3033 = assign %19, %3032 : f32[64,16] @ models/lib/nn.yaml:79:7
%3034 = assign %2997, %3007 : f32[64,16] @ models/lib/nn.yaml:79:7
%3035 = assign %2998, %3013 : f32[64,16] @ models/lib/nn.yaml:79:7
%3036 = assign %2999, %3000 : i64[] @ models/lib/nn.yaml:79:7
%3037 = broadcast %3 : f32[64,16] @ models/lib/nn.yaml:79:7
%3038 = mul %57, %3037 : f32[64,16] @ models/lib/nn.yaml:79:7
%3039 = broadcast %2374 : f32[64,16] @ models/lib/nn.yaml:79:7
%3040 = mul %3032, %3039 : f32[64,16] @ models/lib/nn.yaml:79:7
%3041 = add %3038, %3040 : f32[64,16] @ models/lib/nn.yaml:79:7
%3042 = assign %57, %3041 : f32[64,16] @ models/lib/nn.yaml:79:7
%3043 = all_reduce_sum %2118 : f32[64] @ models/lib/nn.yaml:80:7
%3044 = mul %3043, %3043 : f32[64] @ models/lib/nn.yaml:80:7
%3045 = reduce_sum %3044 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3046 = sqrt %3045 : f32[] @ models/lib/nn.yaml:80:7
%3047 = cast %3046 : f64[] @ models/lib/nn.yaml:80:7
%3048 = add %3047, %2311 : f64[] @ models/lib/nn.yaml:80:7
%3049 = div %2313, %3048 : f64[] @ models/lib/nn.yaml:80:7
%3050 = lt %3049, %2315 : bool[] @ models/lib/nn.yaml:80:7
%3051 = cast %3049 : f32[] @ models/lib/nn.yaml:80:7
%3052 = broadcast %3051 : f32[64] @ models/lib/nn.yaml:80:7
%3053 = mul %3043, %3052 : f32[64] @ models/lib/nn.yaml:80:7
%3054 = broadcast %3050 : bool[64] @ models/lib/nn.yaml:80:7
%3055 = select %3054, %3053, %3043 : f32[64] @ models/lib/nn.yaml:80:7
%3056 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%3057 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%3058 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3059 = add %3058, %2325 : i64[] @ models/lib/nn.yaml:80:7
%3060 = broadcast %1091 : f32[64] @ models/lib/nn.yaml:80:7
%3061 = mul %3055, %3060 : f32[64] @ models/lib/nn.yaml:80:7
%3062 = broadcast %643 : f32[64] @ models/lib/nn.yaml:80:7
%3063 = mul %3056, %3062 : f32[64] @ models/lib/nn.yaml:80:7
%3064 = add %3063, %3061 : f32[64] @ models/lib/nn.yaml:80:7
%3065 = mul %3055, %3055 : f32[64] @ models/lib/nn.yaml:80:7
%3066 = broadcast %2339 : f32[64] @ models/lib/nn.yaml:80:7
%3067 = mul %3065, %3066 : f32[64] @ models/lib/nn.yaml:80:7
%3068 = broadcast %2343 : f32[64] @ models/lib/nn.yaml:80:7
%3069 = mul %3057, %3068 : f32[64] @ models/lib/nn.yaml:80:7
%3070 = add %3069, %3067 : f32[64] @ models/lib/nn.yaml:80:7
%3071 = cast %3059 : f64[] @ models/lib/nn.yaml:80:7
%3072 = pow %2334, %3071 : f64[] @ models/lib/nn.yaml:80:7
%3073 = sub %2315, %3072 : f64[] @ models/lib/nn.yaml:80:7
%3074 = div %1207, %3073 : f64[] @ models/lib/nn.yaml:80:7
%3075 = pow %2342, %3071 : f64[] @ models/lib/nn.yaml:80:7
%3076 = sub %2315, %3075 : f64[] @ models/lib/nn.yaml:80:7
%3077 = sqrt %3076 : f64[] @ models/lib/nn.yaml:80:7
%3078 = div %2315, %3077 : f64[] @ models/lib/nn.yaml:80:7
%3079 = sqrt %3070 : f32[64] @ models/lib/nn.yaml:80:7
%3080 = cast %3078 : f32[] @ models/lib/nn.yaml:80:7
%3081 = broadcast %3080 : f32[64] @ models/lib/nn.yaml:80:7
%3082 = mul %3079, %3081 : f32[64] @ models/lib/nn.yaml:80:7
%3083 = broadcast %2359 : f32[64] @ models/lib/nn.yaml:80:7
%3084 = add %3082, %3083 : f32[64] @ models/lib/nn.yaml:80:7
%3085 = div %3064, %3084 : f32[64] @ models/lib/nn.yaml:80:7
%3086 = cast %3074 : f32[] @ models/lib/nn.yaml:80:7
%3087 = broadcast %3086 : f32[64] @ models/lib/nn.yaml:80:7
%3088 = mul %3085, %3087 : f32[64] @ models/lib/nn.yaml:80:7
%3089 = sub %20, %3088 : f32[64] @ models/lib/nn.yaml:80:7
%3090 = assign %20, %3089 : f32[64] @ models/lib/nn.yaml:80:7
%3091 = assign %3056, %3064 : f32[64] @ models/lib/nn.yaml:80:7
%3092 = assign %3057, %3070 : f32[64] @ models/lib/nn.yaml:80:7
%3093 = assign %3058, %3059 : i64[] @ models/lib/nn.yaml:80:7
%3094 = broadcast %3 : f32[64] @ models/lib/nn.yaml:80:7
%3095 = mul %58, %3094 : f32[64] @ models/lib/nn.yaml:80:7
%3096 = broadcast %2374 : f32[64] @ models/lib/nn.yaml:80:7
%3097 = mul %3089, %3096 : f32[64] @ models/lib/nn.yaml:80:7
%3098 = add %3095, %3097 : f32[64] @ models/lib/nn.yaml:80:7
%3099 = assign %58, %3098 : f32[64] @ models/lib/nn.yaml:80:7
%3100 = all_reduce_sum %2095 : f32[16,64] @ models/lib/nn.yaml:79:7
%3101 = reshape %3100 : f32[1024] @ models/lib/nn.yaml:79:7
%3102 = mul %3101, %3101 : f32[1024] @ models/lib/nn.yaml:79:7
%3103 = reduce_sum %3102 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3104 = sqrt %3103 : f32[] @ models/lib/nn.yaml:79:7
%3105 = cast %3104 : f64[] @ models/lib/nn.yaml:79:7
%3106 = add %3105, %2311 : f64[] @ models/lib/nn.yaml:79:7
%3107 = div %2313, %3106 : f64[] @ models/lib/nn.yaml:79:7
%3108 = lt %3107, %2315 : bool[] @ models/lib/nn.yaml:79:7
%3109 = cast %3107 : f32[] @ models/lib/nn.yaml:79:7
%3110 = broadcast %3109 : f32[16,64] @ models/lib/nn.yaml:79:7
%3111 = mul %3100, %3110 : f32[16,64] @ models/lib/nn.yaml:79:7
%3112 = broadcast %3108 : bool[16,64] @ models/lib/nn.yaml:79:7
%3113 = select %3112, %3111, %3100 : f32[16,64] @ models/lib/nn.yaml:79:7
%3114 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%3115 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%3116 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3117 = add %3116, %2325 : i64[] @ models/lib/nn.yaml:79:7
%3118 = broadcast %2329 : f32[16,64] @ models/lib/nn.yaml:79:7
%3119 = mul %21, %3118 : f32[16,64] @ models/lib/nn.yaml:79:7
%3120 = broadcast %1091 : f32[16,64] @ models/lib/nn.yaml:79:7
%3121 = mul %3113, %3120 : f32[16,64] @ models/lib/nn.yaml:79:7
%3122 = broadcast %643 : f32[16,64] @ models/lib/nn.yaml:79:7
%3123 = mul %3114, %3122 : f32[16,64] @ models/lib/nn.yaml:79:7
%3124 = add %3123, %3121 : f32[16,64] @ models/lib/nn.yaml:79:7
%3125 = mul %3113, %3113 : f32[16,64] @ models/lib/nn.yaml:79:7
%3126 = broadcast %2339 : f32[16,64] @ models/lib/nn.yaml:79:7
%3127 = mul %3125, %3126 : f32[16,64] @ models/lib/nn.yaml:79:7
%3128 = broadcast %2343 : f32[16,64] @ models/lib/nn.yaml:79:7
%3129 = mul %3115, %3128 : f32[16,64] @ models/lib/nn.yaml:79:7
%3130 = add %3129, %3127 : f32[16,64] @ models/lib/nn.yaml:79:7
%3131 = cast %3117 : f64[] @ models/lib/nn.yaml:79:7
%3132 = pow %2334, %3131 : f64[] @ models/lib/nn.yaml:79:7
%3133 = sub %2315, %3132 : f64[] @ models/lib/nn.yaml:79:7
%3134 = div %1207, %3133 : f64[] @ models/lib/nn.yaml:79:7
%3135 = pow %2342, %3131 : f64[] @ models/lib/nn.yaml:79:7
%3136 = sub %2315, %3135 : f64[] @ models/lib/nn.yaml:79:7
%3137 = sqrt %3136 : f64[] @ models/lib/nn.yaml:79:7
%3138 = div %2315, %3137 : f64[] @ models/lib/nn.yaml:79:7
%3139 = sqrt %3130 : f32[16,64] @ models/lib/nn.yaml:79:7
%3140 = cast %3138 : f32[] @ models/lib/nn.yaml:79:7
%3141 = broadcast %3140 : f32[16,64] @ models/lib/nn.yaml:79:7
%3142 = mul %3139, %3141 : f32[16,64] @ models/lib/nn.yaml:79:7
%3143 = broadcast %2359 : f32[16,64] @ models/lib/nn.yaml:79:7
%3144 = add %3142, %3143 : f32[16,64] @ models/lib/nn.yaml:79:7
%3145 = div %3124, %3144 : f32[16,64] @ models/lib/nn.yaml:79:7
%3146 = cast %3134 : f32[] @ models/lib/nn.yaml:79:7
%3147 = broadcast %3146 : f32[16,64] @ models/lib/nn.yaml:79:7
%3148 = mul %3145, %3147 : f32[16,64] @ models/lib/nn.yaml:79:7
%3149 = sub %3119, %3148 : f32[16,64] @ models/lib/nn.yaml:79:7
%3150 = assign %21, %3149 : f32[16,64] @ models/lib/nn.yaml:79:7
%3151 = assign %3114, %3124 : f32[16,64] @ models/lib/nn.yaml:79:7
%3152 = assign %3115, %3130 : f32[16,64] @ models/lib/nn.yaml:79:7
%3153 = assign %3116, %3117 : i64[] @ models/lib/nn.yaml:79:7
%3154 = broadcast %3 : f32[16,64] @ models/lib/nn.yaml:79:7
%3155 = mul %59, %3154 : f32[16,64] @ models/lib/nn.yaml:79:7
%3156 = broadcast %2374 : f32[16,64] @ models/lib/nn.yaml:79:7
%3157 = mul %3149, %3156 : f32[16,64] @ models/lib/nn.yaml:79:7
%3158 = add %3155, %3157 : f32[16,64] @ models/lib/nn.yaml:79:7
%3159 = assign %59, %3158 : f32[16,64] @ models/lib/nn.yaml:79:7
%3160 = all_reduce_sum %2090 : f32[16] @ models/lib/nn.yaml:80:7
%3161 = mul %3160, %3160 : f32[16] @ models/lib/nn.yaml:80:7
%3162 = reduce_sum %3161 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3163 = sqrt %3162 : f32[] @ models/lib/nn.yaml:80:7
%3164 = cast %3163 : f64[] @ models/lib/nn.yaml:80:7
%3165 = add %3164, %2311 : f64[] @ models/lib/nn.yaml:80:7
%3166 = div %2313, %3165 : f64[] @ models/lib/nn.yaml:80:7
%3167 = lt %3166, %2315 : bool[] @ models/lib/nn.yaml:80:7
%3168 = cast %3166 : f32[] @ models/lib/nn.yaml:80:7
%3169 = broadcast %3168 : f32[16] @ models/lib/nn.yaml:80:7
%3170 = mul %3160, %3169 : f32[16] @ models/lib/nn.yaml:80:7
%3171 = broadcast %3167 : bool[16] @ models/lib/nn.yaml:80:7
%3172 = select %3171, %3170, %3160 : f32[16] @ models/lib/nn.yaml:80:7
%3173 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3174 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3175 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3176 = add %3175, %2325 : i64[] @ models/lib/nn.yaml:80:7
%3177 = mul %3172, %2516 : f32[16] @ models/lib/nn.yaml:80:7
%3178 = mul %3173, %2518 : f32[16] @ models/lib/nn.yaml:80:7
%3179 = add %3178, %3177 : f32[16] @ models/lib/nn.yaml:80:7
%3180 = mul %3172, %3172 : f32[16] @ models/lib/nn.yaml:80:7
%3181 = mul %3180, %2522 : f32[16] @ models/lib/nn.yaml:80:7
%3182 = mul %3174, %2524 : f32[16] @ models/lib/nn.yaml:80:7
%3183 = add %3182, %3181 : f32[16] @ models/lib/nn.yaml:80:7
%3184 = cast %3176 : f64[] @ models/lib/nn.yaml:80:7
%3185 = pow %2334, %3184 : f64[] @ models/lib/nn.yaml:80:7
%3186 = sub %2315, %3185 : f64[] @ models/lib/nn.yaml:80:7
%3187 = div %1207, %3186 : f64[] @ models/lib/nn.yaml:80:7
%3188 = pow %2342, %3184 : f64[] @ models/lib/nn.yaml:80:7
%3189 = sub %2315, %3188 : f64[] @ models/lib/nn.yaml:80:7
%3190 = sqrt %3189 : f64[] @ models/lib/nn.yaml:80:7
%3191 = div %2315, %3190 : f64[] @ models/lib/nn.yaml:80:7
%3192 = sqrt %3183 : f32[16] @ models/lib/nn.yaml:80:7
%3193 = cast %3191 : f32[] @ models/lib/nn.yaml:80:7
%3194 = broadcast %3193 : f32[16] @ models/lib/nn.yaml:80:7
%3195 = mul %3192, %3194 : f32[16] @ models/lib/nn.yaml:80:7
%3196 = add %3195, %2539 : f32[16] @ models/lib/nn.yaml:80:7
%3197 = div %3179, %3196 : f32[16] @ models/lib/nn.yaml:80:7
%3198 = cast %3187 : f32[] @ models/lib/nn.yaml:80:7
%3199 = broadcast %3198 : f32[16] @ models/lib/nn.yaml:80:7
%3200 = mul %3197, %3199 : f32[16] @ models/lib/nn.yaml:80:7
%3201 = sub %22, %3200 : f32[16] @ models/lib/nn.yaml:80:7
%3202 = assign %22, %3201 : f32[16] @ models/lib/nn.yaml:80:7
%3203 = assign %3173, %3179 : f32[16] @ models/lib/nn.yaml:80:7
%3204 = assign %3174, %3183 : f32[16] @ models/lib/nn.yaml:80:7
%3205 = assign %3175, %3176 : i64[] @ models/lib/nn.yaml:80:7
%3206 = mul %60, %2550 : f32[16] @ models/lib/nn.yaml:80:7
%3207 = mul %3201, %2552 : f32[16] @ models/lib/nn.yaml:80:7
%3208 = add %3206, %3207 : f32[16] @ models/lib/nn.yaml:80:7
%3209 = assign %60, %3208 : f32[16] @ models/lib/nn.yaml:80:7
%3210 = all_reduce_sum %2065 : f32[16] @ models/lib/nn.yaml:89:7
%3211 = mul %3210, %3210 : f32[16] @ models/lib/nn.yaml:89:7
%3212 = reduce_sum %3211 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%3213 = sqrt %3212 : f32[] @ models/lib/nn.yaml:89:7
%3214 = cast %3213 : f64[] @ models/lib/nn.yaml:89:7
%3215 = add %3214, %2311 : f64[] @ models/lib/nn.yaml:89:7
%3216 = div %2313, %3215 : f64[] @ models/lib/nn.yaml:89:7
%3217 = lt %3216, %2315 : bool[] @ models/lib/nn.yaml:89:7
%3218 = cast %3216 : f32[] @ models/lib/nn.yaml:89:7
%3219 = broadcast %3218 : f32[16] @ models/lib/nn.yaml:89:7
%3220 = mul %3210, %3219 : f32[16] @ models/lib/nn.yaml:89:7
%3221 = broadcast %3217 : bool[16] @ models/lib/nn.yaml:89:7
%3222 = select %3221, %3220, %3210 : f32[16] @ models/lib/nn.yaml:89:7
%3223 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3224 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3225 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3226 = add %3225, %2325 : i64[] @ models/lib/nn.yaml:89:7
%3227 = mul %3222, %2516 : f32[16] @ models/lib/nn.yaml:89:7
%3228 = mul %3223, %2518 : f32[16] @ models/lib/nn.yaml:89:7
%3229 = add %3228, %3227 : f32[16] @ models/lib/nn.yaml:89:7
%3230 = mul %3222, %3222 : f32[16] @ models/lib/nn.yaml:89:7
%3231 = mul %3230, %2522 : f32[16] @ models/lib/nn.yaml:89:7
%3232 = mul %3224, %2524 : f32[16] @ models/lib/nn.yaml:89:7
%3233 = add %3232, %3231 : f32[16] @ models/lib/nn.yaml:89:7
%3234 = cast %3226 : f64[] @ models/lib/nn.yaml:89:7
%3235 = pow %2334, %3234 : f64[] @ models/lib/nn.yaml:89:7
%3236 = sub %2315, %3235 : f64[] @ models/lib/nn.yaml:89:7
%3237 = div %1207, %3236 : f64[] @ models/lib/nn.yaml:89:7
%3238 = pow %2342, %3234 : f64[] @ models/lib/nn.yaml:89:7
%3239 = sub %2315, %3238 : f64[] @ models/lib/nn.yaml:89:7
%3240 = sqrt %3239 : f64[] @ models/lib/nn.yaml:89:7
%3241 = div %2315, %3240 : f64[] @ models/lib/nn.yaml:89:7
%3242 = sqrt %3233 : f32[16] @ models/lib/nn.yaml:89:7
%3243 = cast %3241 : f32[] @ models/lib/nn.yaml:89:7
%3244 = broadcast %3243 : f32[16] @ models/lib/nn.yaml:89:7
%3245 = mul %3242, %3244 : f32[16] @ models/lib/nn.yaml:89:7
%3246 = add %3245, %2539 : f32[16] @ models/lib/nn.yaml:89:7
%3247 = div %3229, %3246 : f32[16] @ models/lib/nn.yaml:89:7
%3248 = cast %3237 : f32[] @ models/lib/nn.yaml:89:7
%3249 = broadcast %3248 : f32[16] @ models/lib/nn.yaml:89:7
%3250 = mul %3247, %3249 : f32[16] @ models/lib/nn.yaml:89:7
%3251 = sub %23, %3250 : f32[16] @ models/lib/nn.yaml:89:7
%3252 = assign %23, %3251 : f32[16] @ models/lib/nn.yaml:89:7
%3253 = assign %3223, %3229 : f32[16] @ models/lib/nn.yaml:89:7
%3254 = assign %3224, %3233 : f32[16] @ models/lib/nn.yaml:89:7
%3255 = assign %3225, %3226 : i64[] @ models/lib/nn.yaml:89:7
%3256 = mul %61, %2550 : f32[16] @ models/lib/nn.yaml:89:7
%3257 = mul %3251, %2552 : f32[16] @ models/lib/nn.yaml:89:7
%3258 = add %3256, %3257 : f32[16] @ models/lib/nn.yaml:89:7
%3259 = assign %61, %3258 : f32[16] @ models/lib/nn.yaml:89:7
%3260 = all_reduce_sum %2059 : f32[16] @ models/lib/nn.yaml:90:7
%3261 = mul %3260, %3260 : f32[16] @ models/lib/nn.yaml:90:7
%3262 = reduce_sum %3261 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%3263 = sqrt %3262 : f32[] @ models/lib/nn.yaml:90:7
%3264 = cast %3263 : f64[] @ models/lib/nn.yaml:90:7
%3265 = add %3264, %2311 : f64[] @ models/lib/nn.yaml:90:7
%3266 = div %2313, %3265 : f64[] @ models/lib/nn.yaml:90:7
%3267 = lt %3266, %2315 : bool[] @ models/lib/nn.yaml:90:7
%3268 = cast %3266 : f32[] @ models/lib/nn.yaml:90:7
%3269 = broadcast %3268 : f32[16] @ models/lib/nn.yaml:90:7
%3270 = mul %3260, %3269 : f32[16] @ models/lib/nn.yaml:90:7
%3271 = broadcast %3267 : bool[16] @ models/lib/nn.yaml:90:7
%3272 = select %3271, %3270, %3260 : f32[16] @ models/lib/nn.yaml:90:7
%3273 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3274 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3275 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3276 = add %3275, %2325 : i64[] @ models/lib/nn.yaml:90:7
%3277 = mul %3272, %2516 : f32[16] @ models/lib/nn.yaml:90:7
%3278 = mul %3273, %2518 : f32[16] @ models/lib/nn.yaml:90:7
%3279 = add %3278, %3277 : f32[16] @ models/lib/nn.yaml:90:7
%3280 = mul %3272, %3272 : f32[16] @ models/lib/nn.yaml:90:7
%3281 = mul %3280, %2522 : f32[16] @ models/lib/nn.yaml:90:7
%3282 = mul %3274, %2524 : f32[16] @ models/lib/nn.yaml:90:7
%3283 = add %3282, %3281 : f32[16] @ models/lib/nn.yaml:90:7
%3284 = cast %3276 : f64[] @ models/lib/nn.yaml:90:7
%3285 = pow %2334, %3284 : f64[] @ models/lib/nn.yaml:90:7
%3286 = sub %2315, %3285 : f64[] @ models/lib/nn.yaml:90:7
%3287 = div %1207, %3286 : f64[] @ models/lib/nn.yaml:90:7
%3288 = pow %2342, %3284 : f64[] @ models/lib/nn.yaml:90:7
%3289 = sub %2315, %3288 : f64[] @ models/lib/nn.yaml:90:7
%3290 = sqrt %3289 : f64[] @ models/lib/nn.yaml:90:7
%3291 = div %2315, %3290 : f64[] @ models/lib/nn.yaml:90:7
%3292 = sqrt %3283 : f32[16] @ models/lib/nn.yaml:90:7
%3293 = cast %3291 : f32[] @ models/lib/nn.yaml:90:7
%3294 = broadcast %3293 : f32[16] @ models/lib/nn.yaml:90:7
%3295 = mul %3292, %3294 : f32[16] @ models/lib/nn.yaml:90:7
%3296 = add %3295, %2539 : f32[16] @ models/lib/nn.yaml:90:7
%3297 = div %3279, %3296 : f32[16] @ models/lib/nn.yaml:90:7
%3298 = cast %3287 : f32[] @ models/lib/nn.yaml:90:7
%3299 = broadcast %3298 : f32[16] @ models/lib/nn.yaml:90:7
%3300 = mul %3297, %3299 : f32[16] @ models/lib/nn.yaml:90:7
%3301 = sub %24, %3300 : f32[16] @ models/lib/nn.yaml:90:7
%3302 = assign %24, %3301 : f32[16] @ models/lib/nn.yaml:90:7
%3303 = assign %3273, %3279 : f32[16] @ models/lib/nn.yaml:90:7
%3304 = assign %3274, %3283 : f32[16] @ models/lib/nn.yaml:90:7
%3305 = assign %3275, %3276 : i64[] @ models/lib/nn.yaml:90:7
%3306 = mul %62, %2550 : f32[16] @ models/lib/nn.yaml:90:7
%3307 = mul %3301, %2552 : f32[16] @ models/lib/nn.yaml:90:7
%3308 = add %3306, %3307 : f32[16] @ models/lib/nn.yaml:90:7
%3309 = assign %62, %3308 : f32[16] @ models/lib/nn.yaml:90:7
%3310 = all_reduce_sum %2054 : f32[48,16] @ models/lib/nn.yaml:79:7
%3311 = reshape %3310 : f32[768] @ models/lib/nn.yaml:79:7
%3312 = mul %3311, %3311 : f32[768] @ models/lib/nn.yaml:79:7
%3313 = reduce_sum %3312 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3314 = sqrt %3313 : f32[] @ models/lib/nn.yaml:79:7
%3315 = cast %3314 : f64[] @ models/lib/nn.yaml:79:7
%3316 = add %3315, %2311 : f64[] @ models/lib/nn.yaml:79:7
%3317 = div %2313, %3316 : f64[] @ models/lib/nn.yaml:79:7
%3318 = lt %3317, %2315 : bool[] @ models/lib/nn.yaml:79:7
%3319 = cast %3317 : f32[] @ models/lib/nn.yaml:79:7
%3320 = broadcast %3319 : f32[48,16] @ models/lib/nn.yaml:79:7
%3321 = mul %3310, %3320 : f32[48,16] @ models/lib/nn.yaml:79:7
%3322 = broadcast %3318 : bool[48,16] @ models/lib/nn.yaml:79:7
%3323 = select %3322, %3321, %3310 : f32[48,16] @ models/lib/nn.yaml:79:7
%3324 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%3325 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%3326 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3327 = add %3326, %2325 : i64[] @ models/lib/nn.yaml:79:7
%3328 = mul %25, %2674 : f32[48,16] @ models/lib/nn.yaml:79:7
%3329 = mul %3323, %2676 : f32[48,16] @ models/lib/nn.yaml:79:7
%3330 = mul %3324, %2678 : f32[48,16] @ models/lib/nn.yaml:79:7
%3331 = add %3330, %3329 : f32[48,16] @ models/lib/nn.yaml:79:7
%3332 = mul %3323, %3323 : f32[48,16] @ models/lib/nn.yaml:79:7
%3333 = mul %3332, %2682 : f32[48,16] @ models/lib/nn.yaml:79:7
%3334 = mul %3325, %2684 : f32[48,16] @ models/lib/nn.yaml:79:7
%3335 = add %3334, %3333 : f32[48,16] @ models/lib/nn.yaml:79:7
%3336 = cast %3327 : f64[] @ models/lib/nn.yaml:79:7
%3337 = pow %2334, %3336 : f64[] @ models/lib/nn.yaml:79:7
%3338 = sub %2315, %3337 : f64[] @ models/lib/nn.yaml:79:7
%3339 = div %1207, %3338 : f64[] @ models/lib/nn.yaml:79:7
%3340 = pow %2342, %3336 : f64[] @ models/lib/nn.yaml:79:7
%3341 = sub %2315, %3340 : f64[] @ models/lib/nn.yaml:79:7
%3342 = sqrt %3341 : f64[] @ models/lib/nn.yaml:79:7
%3343 = div %2315, %3342 : f64[] @ models/lib/nn.yaml:79:7
%3344 = sqrt %3335 : f32[48,16] @ models/lib/nn.yaml:79:7
%3345 = cast %3343 : f32[] @ models/lib/nn.yaml:79:7
%3346 = broadcast %3345 : f32[48,16] @ models/lib/nn.yaml:79:7
%3347 = mul %3344, %3346 : f32[48,16] @ models/lib/nn.yaml:79:7
%3348 = add %3347, %2699 : f32[48,16] @ models/lib/nn.yaml:79:7
%3349 = div %3331, %3348 : f32[48,16] @ models/lib/nn.yaml:79:7
%3350 = cast %3339 : f32[] @ models/lib/nn.yaml:79:7
%3351 = broadcast %3350 : f32[48,16] @ models/lib/nn.yaml:79:7
%3352 = mul %3349, %3351 : f32[48,16] @ models/lib/nn.yaml:79:7
%3353 = sub %3328, %3352 : f32[48,16] @ models/lib/nn.yaml:79:7
%3354 = assign %25, %3353 : f32[48,16] @ models/lib/nn.yaml:79:7
%3355 = assign %3324, %3331 : f32[48,16] @ models/lib/nn.yaml:79:7
%3356 = assign %3325, %3335 : f32[48,16] @ models/lib/nn.yaml:79:7
%3357 = assign %3326, %3327 : i64[] @ models/lib/nn.yaml:79:7
%3358 = mul %63, %2710 : f32[48,16] @ models/lib/nn.yaml:79:7
%3359 = mul %3353, %2712 : f32[48,16] @ models/lib/nn.yaml:79:7
%3360 = add %3358, %3359 : f32[48,16] @ models/lib/nn.yaml:79:7
%3361 = assign %63, %3360 : f32[48,16] @ models/lib/nn.yaml:79:7
%3362 = all_reduce_sum %2049 : f32[48] @ models/lib/nn.yaml:80:7
%3363 = mul %3362, %3362 : f32[48] @ models/lib/nn.yaml:80:7
%3364 = reduce_sum %3363 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3365 = sqrt %3364 : f32[] @ models/lib/nn.yaml:80:7
%3366 = cast %3365 : f64[] @ models/lib/nn.yaml:80:7
%3367 = add %3366, %2311 : f64[] @ models/lib/nn.yaml:80:7
%3368 = div %2313, %3367 : f64[] @ models/lib/nn.yaml:80:7
%3369 = lt %3368, %2315 : bool[] @ models/lib/nn.yaml:80:7
%3370 = cast %3368 : f32[] @ models/lib/nn.yaml:80:7
%3371 = broadcast %3370 : f32[48] @ models/lib/nn.yaml:80:7
%3372 = mul %3362, %3371 : f32[48] @ models/lib/nn.yaml:80:7
%3373 = broadcast %3369 : bool[48] @ models/lib/nn.yaml:80:7
%3374 = select %3373, %3372, %3362 : f32[48] @ models/lib/nn.yaml:80:7
%3375 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%3376 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%3377 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3378 = add %3377, %2325 : i64[] @ models/lib/nn.yaml:80:7
%3379 = mul %3374, %2733 : f32[48] @ models/lib/nn.yaml:80:7
%3380 = mul %3375, %2735 : f32[48] @ models/lib/nn.yaml:80:7
%3381 = add %3380, %3379 : f32[48] @ models/lib/nn.yaml:80:7
%3382 = mul %3374, %3374 : f32[48] @ models/lib/nn.yaml:80:7
%3383 = mul %3382, %2739 : f32[48] @ models/lib/nn.yaml:80:7
%3384 = mul %3376, %2741 : f32[48] @ models/lib/nn.yaml:80:7
%3385 = add %3384, %3383 : f32[48] @ models/lib/nn.yaml:80:7
%3386 = cast %3378 : f64[] @ models/lib/nn.yaml:80:7
%3387 = pow %2334, %3386 : f64[] @ models/lib/nn.yaml:80:7
%3388 = sub %2315, %3387 : f64[] @ models/lib/nn.yaml:80:7
%3389 = div %1207, %3388 : f64[] @ models/lib/nn.yaml:80:7
%3390 = pow %2342, %3386 : f64[] @ models/lib/nn.yaml:80:7
%3391 = sub %2315, %3390 : f64[] @ models/lib/nn.yaml:80:7
%3392 = sqrt %3391 : f64[] @ models/lib/nn.yaml:80:7
%3393 = div %2315, %3392 : f64[] @ models/lib/nn.yaml:80:7
%3394 = sqrt %3385 : f32[48] @ models/lib/nn.yaml:80:7
%3395 = cast %3393 : f32[] @ models/lib/nn.yaml:80:7
%3396 = broadcast %3395 : f32[48] @ models/lib/nn.yaml:80:7
%3397 = mul %3394, %3396 : f32[48] @ models/lib/nn.yaml:80:7
%3398 = add %3397, %2756 : f32[48] @ models/lib/nn.yaml:80:7
%3399 = div %3381, %3398 : f32[48] @ models/lib/nn.yaml:80:7
%3400 = cast %3389 : f32[] @ models/lib/nn.yaml:80:7
%3401 = broadcast %3400 : f32[48] @ models/lib/nn.yaml:80:7
%3402 = mul %3399, %3401 : f32[48] @ models/lib/nn.yaml:80:7
%3403 = sub %26, %3402 : f32[48] @ models/lib/nn.yaml:80:7
%3404 = assign %26, %3403 : f32[48] @ models/lib/nn.yaml:80:7
%3405 = assign %3375, %3381 : f32[48] @ models/lib/nn.yaml:80:7
%3406 = assign %3376, %3385 : f32[48] @ models/lib/nn.yaml:80:7
%3407 = assign %3377, %3378 : i64[] @ models/lib/nn.yaml:80:7
%3408 = mul %64, %2767 : f32[48] @ models/lib/nn.yaml:80:7
%3409 = mul %3403, %2769 : f32[48] @ models/lib/nn.yaml:80:7
%3410 = add %3408, %3409 : f32[48] @ models/lib/nn.yaml:80:7
%3411 = assign %64, %3410 : f32[48] @ models/lib/nn.yaml:80:7
%3412 = all_reduce_sum %1959 : f32[16,16] @ models/lib/nn.yaml:79:7
%3413 = reshape %3412 : f32[256] @ models/lib/nn.yaml:79:7
%3414 = mul %3413, %3413 : f32[256] @ models/lib/nn.yaml:79:7
%3415 = reduce_sum %3414 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3416 = sqrt %3415 : f32[] @ models/lib/nn.yaml:79:7
%3417 = cast %3416 : f64[] @ models/lib/nn.yaml:79:7
%3418 = add %3417, %2311 : f64[] @ models/lib/nn.yaml:79:7
%3419 = div %2313, %3418 : f64[] @ models/lib/nn.yaml:79:7
%3420 = lt %3419, %2315 : bool[] @ models/lib/nn.yaml:79:7
%3421 = cast %3419 : f32[] @ models/lib/nn.yaml:79:7
%3422 = broadcast %3421 : f32[16,16] @ models/lib/nn.yaml:79:7
%3423 = mul %3412, %3422 : f32[16,16] @ models/lib/nn.yaml:79:7
%3424 = broadcast %3420 : bool[16,16] @ models/lib/nn.yaml:79:7
%3425 = select %3424, %3423, %3412 : f32[16,16] @ models/lib/nn.yaml:79:7
%3426 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%3427 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%3428 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3429 = add %3428, %2325 : i64[] @ models/lib/nn.yaml:79:7
%3430 = mul %27, %2791 : f32[16,16] @ models/lib/nn.yaml:79:7
%3431 = mul %3425, %2793 : f32[16,16] @ models/lib/nn.yaml:79:7
%3432 = mul %3426, %2795 : f32[16,16] @ models/lib/nn.yaml:79:7
%3433 = add %3432, %3431 : f32[16,16] @ models/lib/nn.yaml:79:7
%3434 = mul %3425, %3425 : f32[16,16] @ models/lib/nn.yaml:79:7
%3435 = mul %3434, %2799 : f32[16,16] @ models/lib/nn.yaml:79:7
%3436 = mul %3427, %2801 : f32[16,16] @ models/lib/nn.yaml:79:7
%3437 = add %3436, %3435 : f32[16,16] @ models/lib/nn.yaml:79:7
%3438 = cast %3429 : f64[] @ models/lib/nn.yaml:79:7
%3439 = pow %2334, %3438 : f64[] @ models/lib/nn.yaml:79:7
%3440 = sub %2315, %3439 : f64[] @ models/lib/nn.yaml:79:7
%3441 = div %1207, %3440 : f64[] @ models/lib/nn.yaml:79:7
%3442 = pow %2342, %3438 : f64[] @ models/lib/nn.yaml:79:7
%3443 = sub %2315, %3442 : f64[] @ models/lib/nn.yaml:79:7
%3444 = sqrt %3443 : f64[] @ models/lib/nn.yaml:79:7
%3445 = div %2315, %3444 : f64[] @ models/lib/nn.yaml:79:7
%3446 = sqrt %3437 : f32[16,16] @ models/lib/nn.yaml:79:7
%3447 = cast %3445 : f32[] @ models/lib/nn.yaml:79:7
%3448 = broadcast %3447 : f32[16,16] @ models/lib/nn.yaml:79:7
%3449 = mul %3446, %3448 : f32[16,16] @ models/lib/nn.yaml:79:7
%3450 = add %3449, %2816 : f32[16,16] @ models/lib/nn.yaml:79:7
%3451 = div %3433, %3450 : f32[16,16] @ models/lib/nn.yaml:79:7
%3452 = cast %3441 : f32[] @ models/lib/nn.yaml:79:7
%3453 = broadcast %3452 : f32[16,16] @ models/lib/nn.yaml:79:7
%3454 = mul %3451, %3453 : f32[16,16] @ models/lib/nn.yaml:79:7
%3455 = sub %3430, %3454 : f32[16,16] @ models/lib/nn.yaml:79:7
%3456 = assign %27, %3455 : f32[16,16] @ models/lib/nn.yaml:79:7
%3457 = assign %3426, %3433 : f32[16,16] @ models/lib/nn.yaml:79:7
%3458 = assign %3427, %3437 : f32[16,16] @ models/lib/nn.yaml:79:7
%3459 = assign %3428, %3429 : i64[] @ models/lib/nn.yaml:79:7
%3460 = mul %65, %2827 : f32[16,16] @ models/lib/nn.yaml:79:7
%3461 = mul %3455, %2829 : f32[16,16] @ models/lib/nn.yaml:79:7
%3462 = add %3460, %3461 : f32[16,16] @ models/lib/nn.yaml:79:7
%3463 = assign %65, %3462 : f32[16,16] @ models/lib/nn.yaml:79:7
%3464 = all_reduce_sum %1954 : f32[16] @ models/lib/nn.yaml:80:7
%3465 = mul %3464, %3464 : f32[16] @ models/lib/nn.yaml:80:7
%3466 = reduce_sum %3465 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3467 = sqrt %3466 : f32[] @ models/lib/nn.yaml:80:7
%3468 = cast %3467 : f64[] @ models/lib/nn.yaml:80:7
%3469 = add %3468, %2311 : f64[] @ models/lib/nn.yaml:80:7
%3470 = div %2313, %3469 : f64[] @ models/lib/nn.yaml:80:7
%3471 = lt %3470, %2315 : bool[] @ models/lib/nn.yaml:80:7
%3472 = cast %3470 : f32[] @ models/lib/nn.yaml:80:7
%3473 = broadcast %3472 : f32[16] @ models/lib/nn.yaml:80:7
%3474 = mul %3464, %3473 : f32[16] @ models/lib/nn.yaml:80:7
%3475 = broadcast %3471 : bool[16] @ models/lib/nn.yaml:80:7
%3476 = select %3475, %3474, %3464 : f32[16] @ models/lib/nn.yaml:80:7
%3477 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3478 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3479 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3480 = add %3479, %2325 : i64[] @ models/lib/nn.yaml:80:7
%3481 = mul %3476, %2516 : f32[16] @ models/lib/nn.yaml:80:7
%3482 = mul %3477, %2518 : f32[16] @ models/lib/nn.yaml:80:7
%3483 = add %3482, %3481 : f32[16] @ models/lib/nn.yaml:80:7
%3484 = mul %3476, %3476 : f32[16] @ models/lib/nn.yaml:80:7
%3485 = mul %3484, %2522 : f32[16] @ models/lib/nn.yaml:80:7
%3486 = mul %3478, %2524 : f32[16] @ models/lib/nn.yaml:80:7
%3487 = add %3486, %3485 : f32[16] @ models/lib/nn.yaml:80:7
%3488 = cast %3480 : f64[] @ models/lib/nn.yaml:80:7
%3489 = pow %2334, %3488 : f64[] @ models/lib/nn.yaml:80:7
%3490 = sub %2315, %3489 : f64[] @ models/lib/nn.yaml:80:7
%3491 = div %1207, %3490 : f64[] @ models/lib/nn.yaml:80:7
%3492 = pow %2342, %3488 : f64[] @ models/lib/nn.yaml:80:7
%3493 = sub %2315, %3492 : f64[] @ models/lib/nn.yaml:80:7
%3494 = sqrt %3493 : f64[] @ models/lib/nn.yaml:80:7
%3495 = div %2315, %3494 : f64[] @ models/lib/nn.yaml:80:7
%3496 = sqrt %3487 : f32[16] @ models/lib/nn.yaml:80:7
%3497 = cast %3495 : f32[] @ models/lib/nn.yaml:80:7
%3498 = broadcast %3497 : f32[16] @ models/lib/nn.yaml:80:7
%3499 = mul %3496, %3498 : f32[16] @ models/lib/nn.yaml:80:7
%3500 = add %3499, %2539 : f32[16] @ models/lib/nn.yaml:80:7
%3501 = div %3483, %3500 : f32[16] @ models/lib/nn.yaml:80:7
%3502 = cast %3491 : f32[] @ models/lib/nn.yaml:80:7
%3503 = broadcast %3502 : f32[16] @ models/lib/nn.yaml:80:7
%3504 = mul %3501, %3503 : f32[16] @ models/lib/nn.yaml:80:7
%3505 = sub %28, %3504 : f32[16] @ models/lib/nn.yaml:80:7
%3506 = assign %28, %3505 : f32[16] @ models/lib/nn.yaml:80:7
%3507 = assign %3477, %3483 : f32[16] @ models/lib/nn.yaml:80:7
%3508 = assign %3478, %3487 : f32[16] @ models/lib/nn.yaml:80:7
%3509 = assign %3479, %3480 : i64[] @ models/lib/nn.yaml:80:7
%3510 = mul %66, %2550 : f32[16] @ models/lib/nn.yaml:80:7
%3511 = mul %3505, %2552 : f32[16] @ models/lib/nn.yaml:80:7
%3512 = add %3510, %3511 : f32[16] @ models/lib/nn.yaml:80:7
%3513 = assign %66, %3512 : f32[16] @ models/lib/nn.yaml:80:7
%3514 = all_reduce_sum %1927 : f32[16] @ models/lib/nn.yaml:89:7
%3515 = mul %3514, %3514 : f32[16] @ models/lib/nn.yaml:89:7
%3516 = reduce_sum %3515 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%3517 = sqrt %3516 : f32[] @ models/lib/nn.yaml:89:7
%3518 = cast %3517 : f64[] @ models/lib/nn.yaml:89:7
%3519 = add %3518, %2311 : f64[] @ models/lib/nn.yaml:89:7
%3520 = div %2313, %3519 : f64[] @ models/lib/nn.yaml:89:7
%3521 = lt %3520, %2315 : bool[] @ models/lib/nn.yaml:89:7
%3522 = cast %3520 : f32[] @ models/lib/nn.yaml:89:7
%3523 = broadcast %3522 : f32[16] @ models/lib/nn.yaml:89:7
%3524 = mul %3514, %3523 : f32[16] @ models/lib/nn.yaml:89:7
%3525 = broadcast %3521 : bool[16] @ models/lib/nn.yaml:89:7
%3526 = select %3525, %3524, %3514 : f32[16] @ models/lib/nn.yaml:89:7
%3527 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3528 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3529 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3530 = add %3529, %2325 : i64[] @ models/lib/nn.yaml:89:7
%3531 = mul %3526, %2516 : f32[16] @ models/lib/nn.yaml:89:7
%3532 = mul %3527, %2518 : f32[16] @ models/lib/nn.yaml:89:7
%3533 = add %3532, %3531 : f32[16] @ models/lib/nn.yaml:89:7
%3534 = mul %3526, %3526 : f32[16] @ models/lib/nn.yaml:89:7
%3535 = mul %3534, %2522 : f32[16] @ models/lib/nn.yaml:89:7
%3536 = mul %3528, %2524 : f32[16] @ models/lib/nn.yaml:89:7
%3537 = add %3536, %3535 : f32[16] @ models/lib/nn.yaml:89:7
%3538 = cast %3530 : f64[] @ models/lib/nn.yaml:89:7
%3539 = pow %2334, %3538 : f64[] @ models/lib/nn.yaml:89:7
%3540 = sub %2315, %3539 : f64[] @ models/lib/nn.yaml:89:7
%3541 = div %1207, %3540 : f64[] @ models/lib/nn.yaml:89:7
%3542 = pow %2342, %3538 : f64[] @ models/lib/nn.yaml:89:7
%3543 = sub %2315, %3542 : f64[] @ models/lib/nn.yaml:89:7
%3544 = sqrt %3543 : f64[] @ models/lib/nn.yaml:89:7
%3545 = div %2315, %3544 : f64[] @ models/lib/nn.yaml:89:7
%3546 = sqrt %3537 : f32[16] @ models/lib/nn.yaml:89:7
%3547 = cast %3545 : f32[] @ models/lib/nn.yaml:89:7
%3548 = broadcast %3547 : f32[16] @ models/lib/nn.yaml:89:7
%3549 = mul %3546, %3548 : f32[16] @ models/lib/nn.yaml:89:7
%3550 = add %3549, %2539 : f32[16] @ models/lib/nn.yaml:89:7
%3551 = div %3533, %3550 : f32[16] @ models/lib/nn.yaml:89:7
%3552 = cast %3541 : f32[] @ models/lib/nn.yaml:89:7
%3553 = broadcast %3552 : f32[16] @ models/lib/nn.yaml:89:7
%3554 = mul %3551, %3553 : f32[16] @ models/lib/nn.yaml:89:7
%3555 = sub %29, %3554 : f32[16] @ models/lib/nn.yaml:89:7
%3556 = assign %29, %3555 : f32[16] @ models/lib/nn.yaml:89:7
%3557 = assign %3527, %3533 : f32[16] @ models/lib/nn.yaml:89:7
%3558 = assign %3528, %3537 : f32[16] @ models/lib/nn.yaml:89:7
%3559 = assign %3529, %3530 : i64[] @ models/lib/nn.yaml:89:7
%3560 = mul %67, %2550 : f32[16] @ models/lib/nn.yaml:89:7
%3561 = mul %3555, %2552 : f32[16] @ models/lib/nn.yaml:89:7
%3562 = add %3560, %3561 : f32[16] @ models/lib/nn.yaml:89:7
%3563 = assign %67, %3562 : f32[16] @ models/lib/nn.yaml:89:7
%3564 = all_reduce_sum %1921 : f32[16] @ models/lib/nn.yaml:90:7
%3565 = mul %3564, %3564 : f32[16] @ models/lib/nn.yaml:90:7
%3566 = reduce_sum %3565 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%3567 = sqrt %3566 : f32[] @ models/lib/nn.yaml:90:7
%3568 = cast %3567 : f64[] @ models/lib/nn.yaml:90:7
%3569 = add %3568, %2311 : f64[] @ models/lib/nn.yaml:90:7
%3570 = div %2313, %3569 : f64[] @ models/lib/nn.yaml:90:7
%3571 = lt %3570, %2315 : bool[] @ models/lib/nn.yaml:90:7
%3572 = cast %3570 : f32[] @ models/lib/nn.yaml:90:7
%3573 = broadcast %3572 : f32[16] @ models/lib/nn.yaml:90:7
%3574 = mul %3564, %3573 : f32[16] @ models/lib/nn.yaml:90:7
%3575 = broadcast %3571 : bool[16] @ models/lib/nn.yaml:90:7
%3576 = select %3575, %3574, %3564 : f32[16] @ models/lib/nn.yaml:90:7
%3577 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3578 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3579 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3580 = add %3579, %2325 : i64[] @ models/lib/nn.yaml:90:7
%3581 = mul %3576, %2516 : f32[16] @ models/lib/nn.yaml:90:7
%3582 = mul %3577, %2518 : f32[16] @ models/lib/nn.yaml:90:7
%3583 = add %3582, %3581 : f32[16] @ models/lib/nn.yaml:90:7
%3584 = mul %3576, %3576 : f32[16] @ models/lib/nn.yaml:90:7
%3585 = mul %3584, %2522 : f32[16] @ models/lib/nn.yaml:90:7
%3586 = mul %3578, %2524 : f32[16] @ models/lib/nn.yaml:90:7
%3587 = add %3586, %3585 : f32[16] @ models/lib/nn.yaml:90:7
%3588 = cast %3580 : f64[] @ models/lib/nn.yaml:90:7
%3589 = pow %2334, %3588 : f64[] @ models/lib/nn.yaml:90:7
%3590 = sub %2315, %3589 : f64[] @ models/lib/nn.yaml:90:7
%3591 = div %1207, %3590 : f64[] @ models/lib/nn.yaml:90:7
%3592 = pow %2342, %3588 : f64[] @ models/lib/nn.yaml:90:7
%3593 = sub %2315, %3592 : f64[] @ models/lib/nn.yaml:90:7
%3594 = sqrt %3593 : f64[] @ models/lib/nn.yaml:90:7
%3595 = div %2315, %3594 : f64[] @ models/lib/nn.yaml:90:7
%3596 = sqrt %3587 : f32[16] @ models/lib/nn.yaml:90:7
%3597 = cast %3595 : f32[] @ models/lib/nn.yaml:90:7
%3598 = broadcast %3597 : f32[16] @ models/lib/nn.yaml:90:7
%3599 = mul %3596, %3598 : f32[16] @ models/lib/nn.yaml:90:7
%3600 = add %3599, %2539 : f32[16] @ models/lib/nn.yaml:90:7
%3601 = div %3583, %3600 : f32[16] @ models/lib/nn.yaml:90:7
%3602 = cast %3591 : f32[] @ models/lib/nn.yaml:90:7
%3603 = broadcast %3602 : f32[16] @ models/lib/nn.yaml:90:7
%3604 = mul %3601, %3603 : f32[16] @ models/lib/nn.yaml:90:7
%3605 = sub %30, %3604 : f32[16] @ models/lib/nn.yaml:90:7
%3606 = assign %30, %3605 : f32[16] @ models/lib/nn.yaml:90:7
%3607 = assign %3577, %3583 : f32[16] @ models/lib/nn.yaml:90:7
%3608 = assign %3578, %3587 : f32[16] @ models/lib/nn.yaml:90:7
%3609 = assign %3579, %3580 : i64[] @ models/lib/nn.yaml:90:7
%3610 = mul %68, %2550 : f32[16] @ models/lib/nn.yaml:90:7
%3611 = mul %3605, %2552 : f32[16] @ models/lib/nn.yaml:90:7
%3612 = add %3610, %3611 : f32[16] @ models/lib/nn.yaml:90:7
%3613 = assign %68, %3612 : f32[16] @ models/lib/nn.yaml:90:7
%3614 = all_reduce_sum %1916 : f32[64,16] @ models/lib/nn.yaml:79:7
%3615 = reshape %3614 : f32[1024] @ models/lib/nn.yaml:79:7
%3616 = mul %3615, %3615 : f32[1024] @ models/lib/nn.yaml:79:7
%3617 = reduce_sum %3616 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3618 = sqrt %3617 : f32[] @ models/lib/nn.yaml:79:7
%3619 = cast %3618 : f64[] @ models/lib/nn.yaml:79:7
%3620 = add %3619, %2311 : f64[] @ models/lib/nn.yaml:79:7
%3621 = div %2313, %3620 : f64[] @ models/lib/nn.yaml:79:7
%3622 = lt %3621, %2315 : bool[] @ models/lib/nn.yaml:79:7
%3623 = cast %3621 : f32[] @ models/lib/nn.yaml:79:7
%3624 = broadcast %3623 : f32[64,16] @ models/lib/nn.yaml:79:7
%3625 = mul %3614, %3624 : f32[64,16] @ models/lib/nn.yaml:79:7
%3626 = broadcast %3622 : bool[64,16] @ models/lib/nn.yaml:79:7
%3627 = select %3626, %3625, %3614 : f32[64,16] @ models/lib/nn.yaml:79:7
%3628 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%3629 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%3630 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3631 = add %3630, %2325 : i64[] @ models/lib/nn.yaml:79:7
%3632 = mul %31, %3001 : f32[64,16] @ models/lib/nn.yaml:79:7
%3633 = mul %3627, %3003 : f32[64,16] @ models/lib/nn.yaml:79:7
%3634 = mul %3628, %3005 : f32[64,16] @ models/lib/nn.yaml:79:7
%3635 = add %3634, %3633 : f32[64,16] @ models/lib/nn.yaml:79:7
%3636 = mul %3627, %3627 : f32[64,16] @ models/lib/nn.yaml:79:7
%3637 = mul %3636, %3009 : f32[64,16] @ models/lib/nn.yaml:79:7
%3638 = mul %3629, %3011 : f32[64,16] @ models/lib/nn.yaml:79:7
%3639 = add %3638, %3637 : f32[64,16] @ models/lib/nn.yaml:79:7
%3640 = cast %3631 : f64[] @ models/lib/nn.yaml:79:7
%3641 = pow %2334, %3640 : f64[] @ models/lib/nn.yaml:79:7
%3642 = sub %2315, %3641 : f64[] @ models/lib/nn.yaml:79:7
%3643 = div %1207, %3642 : f64[] @ models/lib/nn.yaml:79:7
%3644 = pow %2342, %3640 : f64[] @ models/lib/nn.yaml:79:7
%3645 = sub %2315, %3644 : f64[] @ models/lib/nn.yaml:79:7
%3646 = sqrt %3645 : f64[] @ models/lib/nn.yaml:79:7
%3647 = div %2315, %3646 : f64[] @ models/lib/nn.yaml:79:7
%3648 = sqrt %3639 : f32[64,16] @ models/lib/nn.yaml:79:7
%3649 = cast %3647 : f32[] @ models/lib/nn.yaml:79:7
%3650 = broadcast %3649 : f32[64,16] @ models/lib/nn.yaml:79:7
%3651 = mul %3648, %3650 : f32[64,16] @ models/lib/nn.yaml:79:7
%3652 = add %3651, %3026 : f32[64,16] @ models/lib/nn.yaml:79:7
%3653 = div %3635, %3652 : f32[64,16] @ models/lib/nn.yaml:79:7
%3654 = cast %3643 : f32[] @ models/lib/nn.yaml:79:7
%3655 = broadcast %3654 : f32[64,16] @ models/lib/nn.yaml:79:7
%3656 = mul %3653, %3655 : f32[64,16] @ models/lib/nn.yaml:79:7
%3657 = sub %3632, %3656 : f32[64,16] @ models/lib/nn.yaml:79:7
%3658 = assign %31, %3657 : f32[64,16] @ models/lib/nn.yaml:79:7
%3659 = assign %3628, %3635 : f32[64,16] @ models/lib/nn.yaml:79:7
%3660 = assign %3629, %3639 : f32[64,16] @ models/lib/nn.yaml:79:7
%3661 = assign %3630, %3631 : i64[] @ models/lib/nn.yaml:79:7
%3662 = mul %69, %3037 : f32[64,16] @ models/lib/nn.yaml:79:7
%3663 = mul %3657, %3039 : f32[64,16] @ models/lib/nn.yaml:79:7
%3664 = add %3662, %3663 : f32[64,16] @ models/lib/nn.yaml:79:7
%3665 = assign %69, %3664 : f32[64,16] @ models/lib/nn.yaml:79:7
%3666 = all_reduce_sum %1911 : f32[64] @ models/lib/nn.yaml:80:7
%3667 = mul %3666, %3666 : f32[64] @ models/lib/nn.yaml:80:7
%3668 = reduce_sum %3667 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3669 = sqrt %3668 : f32[] @ models/lib/nn.yaml:80:7
%3670 = cast %3669 : f64[] @ models/lib/nn.yaml:80:7
%3671 = add %3670, %2311 : f64[] @ models/lib/nn.yaml:80:7
%3672 = div %2313, %3671 : f64[] @ models/lib/nn.yaml:80:7
%3673 = lt %3672, %2315 : bool[] @ models/lib/nn.yaml:80:7
%3674 = cast %3672 : f32[] @ models/lib/nn.yaml:80:7
%3675 = broadcast %3674 : f32[64] @ models/lib/nn.yaml:80:7
%3676 = mul %3666, %3675 : f32[64] @ models/lib/nn.yaml:80:7
%3677 = broadcast %3673 : bool[64] @ models/lib/nn.yaml:80:7
%3678 = select %3677, %3676, %3666 : f32[64] @ models/lib/nn.yaml:80:7
%3679 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%3680 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%3681 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3682 = add %3681, %2325 : i64[] @ models/lib/nn.yaml:80:7
%3683 = mul %3678, %3060 : f32[64] @ models/lib/nn.yaml:80:7
%3684 = mul %3679, %3062 : f32[64] @ models/lib/nn.yaml:80:7
%3685 = add %3684, %3683 : f32[64] @ models/lib/nn.yaml:80:7
%3686 = mul %3678, %3678 : f32[64] @ models/lib/nn.yaml:80:7
%3687 = mul %3686, %3066 : f32[64] @ models/lib/nn.yaml:80:7
%3688 = mul %3680, %3068 : f32[64] @ models/lib/nn.yaml:80:7
%3689 = add %3688, %3687 : f32[64] @ models/lib/nn.yaml:80:7
%3690 = cast %3682 : f64[] @ models/lib/nn.yaml:80:7
%3691 = pow %2334, %3690 : f64[] @ models/lib/nn.yaml:80:7
%3692 = sub %2315, %3691 : f64[] @ models/lib/nn.yaml:80:7
%3693 = div %1207, %3692 : f64[] @ models/lib/nn.yaml:80:7
%3694 = pow %2342, %3690 : f64[] @ models/lib/nn.yaml:80:7
%3695 = sub %2315, %3694 : f64[] @ models/lib/nn.yaml:80:7
%3696 = sqrt %3695 : f64[] @ models/lib/nn.yaml:80:7
%3697 = div %2315, %3696 : f64[] @ models/lib/nn.yaml:80:7
%3698 = sqrt %3689 : f32[64] @ models/lib/nn.yaml:80:7
%3699 = cast %3697 : f32[] @ models/lib/nn.yaml:80:7
%3700 = broadcast %3699 : f32[64] @ models/lib/nn.yaml:80:7
%3701 = mul %3698, %3700 : f32[64] @ models/lib/nn.yaml:80:7
%3702 = add %3701, %3083 : f32[64] @ models/lib/nn.yaml:80:7
%3703 = div %3685, %3702 : f32[64] @ models/lib/nn.yaml:80:7
%3704 = cast %3693 : f32[] @ models/lib/nn.yaml:80:7
%3705 = broadcast %3704 : f32[64] @ models/lib/nn.yaml:80:7
%3706 = mul %3703, %3705 : f32[64] @ models/lib/nn.yaml:80:7
%3707 = sub %32, %3706 : f32[64] @ models/lib/nn.yaml:80:7
%3708 = assign %32, %3707 : f32[64] @ models/lib/nn.yaml:80:7
%3709 = assign %3679, %3685 : f32[64] @ models/lib/nn.yaml:80:7
%3710 = assign %3680, %3689 : f32[64] @ models/lib/nn.yaml:80:7
%3711 = assign %3681, %3682 : i64[] @ models/lib/nn.yaml:80:7
%3712 = mul %70, %3094 : f32[64] @ models/lib/nn.yaml:80:7
%3713 = mul %3707, %3096 : f32[64] @ models/lib/nn.yaml:80:7
%3714 = add %3712, %3713 : f32[64] @ models/lib/nn.yaml:80:7
%3715 = assign %70, %3714 : f32[64] @ models/lib/nn.yaml:80:7
%3716 = all_reduce_sum %1887 : f32[16,64] @ models/lib/nn.yaml:79:7
%3717 = reshape %3716 : f32[1024] @ models/lib/nn.yaml:79:7
%3718 = mul %3717, %3717 : f32[1024] @ models/lib/nn.yaml:79:7
%3719 = reduce_sum %3718 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3720 = sqrt %3719 : f32[] @ models/lib/nn.yaml:79:7
%3721 = cast %3720 : f64[] @ models/lib/nn.yaml:79:7
%3722 = add %3721, %2311 : f64[] @ models/lib/nn.yaml:79:7
%3723 = div %2313, %3722 : f64[] @ models/lib/nn.yaml:79:7
%3724 = lt %3723, %2315 : bool[] @ models/lib/nn.yaml:79:7
%3725 = cast %3723 : f32[] @ models/lib/nn.yaml:79:7
%3726 = broadcast %3725 : f32[16,64] @ models/lib/nn.yaml:79:7
%3727 = mul %3716, %3726 : f32[16,64] @ models/lib/nn.yaml:79:7
%3728 = broadcast %3724 : bool[16,64] @ models/lib/nn.yaml:79:7
%3729 = select %3728, %3727, %3716 : f32[16,64] @ models/lib/nn.yaml:79:7
%3730 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%3731 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%3732 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3733 = add %3732, %2325 : i64[] @ models/lib/nn.yaml:79:7
%3734 = mul %33, %3118 : f32[16,64] @ models/lib/nn.yaml:79:7
%3735 = mul %3729, %3120 : f32[16,64] @ models/lib/nn.yaml:79:7
%3736 = mul %3730, %3122 : f32[16,64] @ models/lib/nn.yaml:79:7
%3737 = add %3736, %3735 : f32[16,64] @ models/lib/nn.yaml:79:7
%3738 = mul %3729, %3729 : f32[16,64] @ models/lib/nn.yaml:79:7
%3739 = mul %3738, %3126 : f32[16,64] @ models/lib/nn.yaml:79:7
%3740 = mul %3731, %3128 : f32[16,64] @ models/lib/nn.yaml:79:7
%3741 = add %3740, %3739 : f32[16,64] @ models/lib/nn.yaml:79:7
%3742 = cast %3733 : f64[] @ models/lib/nn.yaml:79:7
%3743 = pow %2334, %3742 : f64[] @ models/lib/nn.yaml:79:7
%3744 = sub %2315, %3743 : f64[] @ models/lib/nn.yaml:79:7
%3745 = div %1207, %3744 : f64[] @ models/lib/nn.yaml:79:7
%3746 = pow %2342, %3742 : f64[] @ models/lib/nn.yaml:79:7
%3747 = sub %2315, %3746 : f64[] @ models/lib/nn.yaml:79:7
%3748 = sqrt %3747 : f64[] @ models/lib/nn.yaml:79:7
%3749 = div %2315, %3748 : f64[] @ models/lib/nn.yaml:79:7
%3750 = sqrt %3741 : f32[16,64] @ models/lib/nn.yaml:79:7
%3751 = cast %3749 : f32[] @ models/lib/nn.yaml:79:7
%3752 = broadcast %3751 : f32[16,64] @ models/lib/nn.yaml:79:7
%3753 = mul %3750, %3752 : f32[16,64] @ models/lib/nn.yaml:79:7
%3754 = add %3753, %3143 : f32[16,64] @ models/lib/nn.yaml:79:7
%3755 = div %3737, %3754 : f32[16,64] @ models/lib/nn.yaml:79:7
%3756 = cast %3745 : f32[] @ models/lib/nn.yaml:79:7
%3757 = broadcast %3756 : f32[16,64] @ models/lib/nn.yaml:79:7
%3758 = mul %3755, %3757 : f32[16,64] @ models/lib/nn.yaml:79:7
%3759 = sub %3734, %3758 : f32[16,64] @ models/lib/nn.yaml:79:7
%3760 = assign %33, %3759 : f32[16,64] @ models/lib/nn.yaml:79:7
%3761 = assign %3730, %3737 : f32[16,64] @ models/lib/nn.yaml:79:7
%3762 = assign %3731, %3741 : f32[16,64] @ models/lib/nn.yaml:79:7
%3763 = assign %3732, %3733 : i64[] @ models/lib/nn.yaml:79:7
%3764 = mul %71, %3154 : f32[16,64] @ models/lib/nn.yaml:79:7
%3765 = mul %3759, %3156 : f32[16,64] @ models/lib/nn.yaml:79:7
%3766 = add %3764, %3765 : f32[16,64] @ models/lib/nn.yaml:79:7
%3767 = assign %71, %3766 : f32[16,64] @ models/lib/nn.yaml:79:7
%3768 = all_reduce_sum %1882 : f32[16] @ models/lib/nn.yaml:80:7
%3769 = mul %3768, %3768 : f32[16] @ models/lib/nn.yaml:80:7
%3770 = reduce_sum %3769 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3771 = sqrt %3770 : f32[] @ models/lib/nn.yaml:80:7
%3772 = cast %3771 : f64[] @ models/lib/nn.yaml:80:7
%3773 = add %3772, %2311 : f64[] @ models/lib/nn.yaml:80:7
%3774 = div %2313, %3773 : f64[] @ models/lib/nn.yaml:80:7
%3775 = lt %3774, %2315 : bool[] @ models/lib/nn.yaml:80:7
%3776 = cast %3774 : f32[] @ models/lib/nn.yaml:80:7
%3777 = broadcast %3776 : f32[16] @ models/lib/nn.yaml:80:7
%3778 = mul %3768, %3777 : f32[16] @ models/lib/nn.yaml:80:7
%3779 = broadcast %3775 : bool[16] @ models/lib/nn.yaml:80:7
%3780 = select %3779, %3778, %3768 : f32[16] @ models/lib/nn.yaml:80:7
%3781 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3782 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3783 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3784 = add %3783, %2325 : i64[] @ models/lib/nn.yaml:80:7
%3785 = mul %3780, %2516 : f32[16] @ models/lib/nn.yaml:80:7
%3786 = mul %3781, %2518 : f32[16] @ models/lib/nn.yaml:80:7
%3787 = add %3786, %3785 : f32[16] @ models/lib/nn.yaml:80:7
%3788 = mul %3780, %3780 : f32[16] @ models/lib/nn.yaml:80:7
%3789 = mul %3788, %2522 : f32[16] @ models/lib/nn.yaml:80:7
%3790 = mul %3782, %2524 : f32[16] @ models/lib/nn.yaml:80:7
%3791 = add %3790, %3789 : f32[16] @ models/lib/nn.yaml:80:7
%3792 = cast %3784 : f64[] @ models/lib/nn.yaml:80:7
%3793 = pow %2334, %3792 : f64[] @ models/lib/nn.yaml:80:7
%3794 = sub %2315, %3793 : f64[] @ models/lib/nn.yaml:80:7
%3795 = div %1207, %3794 : f64[] @ models/lib/nn.yaml:80:7
%3796 = pow %2342, %3792 : f64[] @ models/lib/nn.yaml:80:7
%3797 = sub %2315, %3796 : f64[] @ models/lib/nn.yaml:80:7
%3798 = sqrt %3797 : f64[] @ models/lib/nn.yaml:80:7
%3799 = div %2315, %3798 : f64[] @ models/lib/nn.yaml:80:7
%3800 = sqrt %3791 : f32[16] @ models/lib/nn.yaml:80:7
%3801 = cast %3799 : f32[] @ models/lib/nn.yaml:80:7
%3802 = broadcast %3801 : f32[16] @ models/lib/nn.yaml:80:7
%3803 = mul %3800, %3802 : f32[16] @ models/lib/nn.yaml:80:7
%3804 = add %3803, %2539 : f32[16] @ models/lib/nn.yaml:80:7
%3805 = div %3787, %3804 : f32[16] @ models/lib/nn.yaml:80:7
%3806 = cast %3795 : f32[] @ models/lib/nn.yaml:80:7
%3807 = broadcast %3806 : f32[16] @ models/lib/nn.yaml:80:7
%3808 = mul %3805, %3807 : f32[16] @ models/lib/nn.yaml:80:7
%3809 = sub %34, %3808 : f32[16] @ models/lib/nn.yaml:80:7
%3810 = assign %34, %3809 : f32[16] @ models/lib/nn.yaml:80:7
%3811 = assign %3781, %3787 : f32[16] @ models/lib/nn.yaml:80:7
%3812 = assign %3782, %3791 : f32[16] @ models/lib/nn.yaml:80:7
%3813 = assign %3783, %3784 : i64[] @ models/lib/nn.yaml:80:7
%3814 = mul %72, %2550 : f32[16] @ models/lib/nn.yaml:80:7
%3815 = mul %3809, %2552 : f32[16] @ models/lib/nn.yaml:80:7
%3816 = add %3814, %3815 : f32[16] @ models/lib/nn.yaml:80:7
%3817 = assign %72, %3816 : f32[16] @ models/lib/nn.yaml:80:7
%3818 = all_reduce_sum %1855 : f32[16] @ models/lib/nn.yaml:89:7
%3819 = mul %3818, %3818 : f32[16] @ models/lib/nn.yaml:89:7
%3820 = reduce_sum %3819 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%3821 = sqrt %3820 : f32[] @ models/lib/nn.yaml:89:7
%3822 = cast %3821 : f64[] @ models/lib/nn.yaml:89:7
%3823 = add %3822, %2311 : f64[] @ models/lib/nn.yaml:89:7
%3824 = div %2313, %3823 : f64[] @ models/lib/nn.yaml:89:7
%3825 = lt %3824, %2315 : bool[] @ models/lib/nn.yaml:89:7
%3826 = cast %3824 : f32[] @ models/lib/nn.yaml:89:7
%3827 = broadcast %3826 : f32[16] @ models/lib/nn.yaml:89:7
%3828 = mul %3818, %3827 : f32[16] @ models/lib/nn.yaml:89:7
%3829 = broadcast %3825 : bool[16] @ models/lib/nn.yaml:89:7
%3830 = select %3829, %3828, %3818 : f32[16] @ models/lib/nn.yaml:89:7
%3831 = state name="adam_m.backbone.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3832 = state name="adam_v.backbone.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3833 = state name="adam_t.backbone.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3834 = add %3833, %2325 : i64[] @ models/lib/nn.yaml:89:7
%3835 = mul %3830, %2516 : f32[16] @ models/lib/nn.yaml:89:7
%3836 = mul %3831, %2518 : f32[16] @ models/lib/nn.yaml:89:7
%3837 = add %3836, %3835 : f32[16] @ models/lib/nn.yaml:89:7
%3838 = mul %3830, %3830 : f32[16] @ models/lib/nn.yaml:89:7
%3839 = mul %3838, %2522 : f32[16] @ models/lib/nn.yaml:89:7
%3840 = mul %3832, %2524 : f32[16] @ models/lib/nn.yaml:89:7
%3841 = add %3840, %3839 : f32[16] @ models/lib/nn.yaml:89:7
%3842 = cast %3834 : f64[] @ models/lib/nn.yaml:89:7
%3843 = pow %2334, %3842 : f64[] @ models/lib/nn.yaml:89:7
%3844 = sub %2315, %3843 : f64[] @ models/lib/nn.yaml:89:7
%3845 = div %1207, %3844 : f64[] @ models/lib/nn.yaml:89:7
%3846 = pow %2342, %3842 : f64[] @ models/lib/nn.yaml:89:7
%3847 = sub %2315, %3846 : f64[] @ models/lib/nn.yaml:89:7
%3848 = sqrt %3847 : f64[] @ models/lib/nn.yaml:89:7
%3849 = div %2315, %3848 : f64[] @ models/lib/nn.yaml:89:7
%3850 = sqrt %3841 : f32[16] @ models/lib/nn.yaml:89:7
%3851 = cast %3849 : f32[] @ models/lib/nn.yaml:89:7
%3852 = broadcast %3851 : f32[16] @ models/lib/nn.yaml:89:7
%3853 = mul %3850, %3852 : f32[16] @ models/lib/nn.yaml:89:7
%3854 = add %3853, %2539 : f32[16] @ models/lib/nn.yaml:89:7
%3855 = div %3837, %3854 : f32[16] @ models/lib/nn.yaml:89:7
%3856 = cast %3845 : f32[] @ models/lib/nn.yaml:89:7
%3857 = broadcast %3856 : f32[16] @ models/lib/nn.yaml:89:7
%3858 = mul %3855, %3857 : f32[16] @ models/lib/nn.yaml:89:7
%3859 = sub %35, %3858 : f32[16] @ models/lib/nn.yaml:89:7
%3860 = assign %35, %3859 : f32[16] @ models/lib/nn.yaml:89:7
%3861 = assign %3831, %3837 : f32[16] @ models/lib/nn.yaml:89:7
%3862 = assign %3832, %3841 : f32[16] @ models/lib/nn.yaml:89:7
%3863 = assign %3833, %3834 : i64[] @ models/lib/nn.yaml:89:7
%3864 = mul %73, %2550 : f32[16] @ models/lib/nn.yaml:89:7
%3865 = mul %3859, %2552 : f32[16] @ models/lib/nn.yaml:89:7
%3866 = add %3864, %3865 : f32[16] @ models/lib/nn.yaml:89:7
%3867 = assign %73, %3866 : f32[16] @ models/lib/nn.yaml:89:7
%3868 = all_reduce_sum %1849 : f32[16] @ models/lib/nn.yaml:90:7
%3869 = mul %3868, %3868 : f32[16] @ models/lib/nn.yaml:90:7
%3870 = reduce_sum %3869 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%3871 = sqrt %3870 : f32[] @ models/lib/nn.yaml:90:7
%3872 = cast %3871 : f64[] @ models/lib/nn.yaml:90:7
%3873 = add %3872, %2311 : f64[] @ models/lib/nn.yaml:90:7
%3874 = div %2313, %3873 : f64[] @ models/lib/nn.yaml:90:7
%3875 = lt %3874, %2315 : bool[] @ models/lib/nn.yaml:90:7
%3876 = cast %3874 : f32[] @ models/lib/nn.yaml:90:7
%3877 = broadcast %3876 : f32[16] @ models/lib/nn.yaml:90:7
%3878 = mul %3868, %3877 : f32[16] @ models/lib/nn.yaml:90:7
%3879 = broadcast %3875 : bool[16] @ models/lib/nn.yaml:90:7
%3880 = select %3879, %3878, %3868 : f32[16] @ models/lib/nn.yaml:90:7
%3881 = state name="adam_m.backbone.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3882 = state name="adam_v.backbone.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3883 = state name="adam_t.backbone.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3884 = add %3883, %2325 : i64[] @ models/lib/nn.yaml:90:7
%3885 = mul %3880, %2516 : f32[16] @ models/lib/nn.yaml:90:7
%3886 = mul %3881, %2518 : f32[16] @ models/lib/nn.yaml:90:7
%3887 = add %3886, %3885 : f32[16] @ models/lib/nn.yaml:90:7
%3888 = mul %3880, %3880 : f32[16] @ models/lib/nn.yaml:90:7
%3889 = mul %3888, %2522 : f32[16] @ models/lib/nn.yaml:90:7
%3890 = mul %3882, %2524 : f32[16] @ models/lib/nn.yaml:90:7
%3891 = add %3890, %3889 : f32[16] @ models/lib/nn.yaml:90:7
%3892 = cast %3884 : f64[] @ models/lib/nn.yaml:90:7
%3893 = pow %2334, %3892 : f64[] @ models/lib/nn.yaml:90:7
%3894 = sub %2315, %3893 : f64[] @ models/lib/nn.yaml:90:7
%3895 = div %1207, %3894 : f64[] @ models/lib/nn.yaml:90:7
%3896 = pow %2342, %3892 : f64[] @ models/lib/nn.yaml:90:7
%3897 = sub %2315, %3896 : f64[] @ models/lib/nn.yaml:90:7
%3898 = sqrt %3897 : f64[] @ models/lib/nn.yaml:90:7
%3899 = div %2315, %3898 : f64[] @ models/lib/nn.yaml:90:7
%3900 = sqrt %3891 : f32[16] @ models/lib/nn.yaml:90:7
%3901 = cast %3899 : f32[] @ models/lib/nn.yaml:90:7
%3902 = broadcast %3901 : f32[16] @ models/lib/nn.yaml:90:7
%3903 = mul %3900, %3902 : f32[16] @ models/lib/nn.yaml:90:7
%3904 = add %3903, %2539 : f32[16] @ models/lib/nn.yaml:90:7
%3905 = div %3887, %3904 : f32[16] @ models/lib/nn.yaml:90:7
%3906 = cast %3895 : f32[] @ models/lib/nn.yaml:90:7
%3907 = broadcast %3906 : f32[16] @ models/lib/nn.yaml:90:7
%3908 = mul %3905, %3907 : f32[16] @ models/lib/nn.yaml:90:7
%3909 = sub %36, %3908 : f32[16] @ models/lib/nn.yaml:90:7
%3910 = assign %36, %3909 : f32[16] @ models/lib/nn.yaml:90:7
%3911 = assign %3881, %3887 : f32[16] @ models/lib/nn.yaml:90:7
%3912 = assign %3882, %3891 : f32[16] @ models/lib/nn.yaml:90:7
%3913 = assign %3883, %3884 : i64[] @ models/lib/nn.yaml:90:7
%3914 = mul %74, %2550 : f32[16] @ models/lib/nn.yaml:90:7
%3915 = mul %3909, %2552 : f32[16] @ models/lib/nn.yaml:90:7
%3916 = add %3914, %3915 : f32[16] @ models/lib/nn.yaml:90:7
%3917 = assign %74, %3916 : f32[16] @ models/lib/nn.yaml:90:7
%3918 = all_reduce_sum %1841 : f32[24,16] @ models/lib/nn.yaml:79:7
%3919 = reshape %3918 : f32[384] @ models/lib/nn.yaml:79:7
%3920 = mul %3919, %3919 : f32[384] @ models/lib/nn.yaml:79:7
%3921 = reduce_sum %3920 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3922 = sqrt %3921 : f32[] @ models/lib/nn.yaml:79:7
%3923 = cast %3922 : f64[] @ models/lib/nn.yaml:79:7
%3924 = add %3923, %2311 : f64[] @ models/lib/nn.yaml:79:7
%3925 = div %2313, %3924 : f64[] @ models/lib/nn.yaml:79:7
%3926 = lt %3925, %2315 : bool[] @ models/lib/nn.yaml:79:7
%3927 = cast %3925 : f32[] @ models/lib/nn.yaml:79:7
%3928 = broadcast %3927 : f32[24,16] @ models/lib/nn.yaml:79:7
%3929 = mul %3918, %3928 : f32[24,16] @ models/lib/nn.yaml:79:7
%3930 = broadcast %3926 : bool[24,16] @ models/lib/nn.yaml:79:7
%3931 = select %3930, %3929, %3918 : f32[24,16] @ models/lib/nn.yaml:79:7
%3932 = state name="adam_m.head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%3933 = state name="adam_v.head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%3934 = state name="adam_t.head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3935 = add %3934, %2325 : i64[] @ models/lib/nn.yaml:79:7
%3936 = broadcast %2329 : f32[24,16] @ models/lib/nn.yaml:79:7
%3937 = mul %37, %3936 : f32[24,16] @ models/lib/nn.yaml:79:7
%3938 = broadcast %1091 : f32[24,16] @ models/lib/nn.yaml:79:7
%3939 = mul %3931, %3938 : f32[24,16] @ models/lib/nn.yaml:79:7
%3940 = broadcast %643 : f32[24,16] @ models/lib/nn.yaml:79:7
%3941 = mul %3932, %3940 : f32[24,16] @ models/lib/nn.yaml:79:7
%3942 = add %3941, %3939 : f32[24,16] @ models/lib/nn.yaml:79:7
%3943 = mul %3931, %3931 : f32[24,16] @ models/lib/nn.yaml:79:7
%3944 = broadcast %2339 : f32[24,16] @ models/lib/nn.yaml:79:7
%3945 = mul %3943, %3944 : f32[24,16] @ models/lib/nn.yaml:79:7
%3946 = broadcast %2343 : f32[24,16] @ models/lib/nn.yaml:79:7
%3947 = mul %3933, %3946 : f32[24,16] @ models/lib/nn.yaml:79:7
%3948 = add %3947, %3945 : f32[24,16] @ models/lib/nn.yaml:79:7
%3949 = cast %3935 : f64[] @ models/lib/nn.yaml:79:7
%3950 = pow %2334, %3949 : f64[] @ models/lib/nn.yaml:79:7
%3951 = sub %2315, %3950 : f64[] @ models/lib/nn.yaml:79:7
%3952 = div %1207, %3951 : f64[] @ models/lib/nn.yaml:79:7
%3953 = pow %2342, %3949 : f64[] @ models/lib/nn.yaml:79:7
%3954 = sub %2315, %3953 : f64[] @ models/lib/nn.yaml:79:7
%3955 = sqrt %3954 : f64[] @ models/lib/nn.yaml:79:7
%3956 = div %2315, %3955 : f64[] @ models/lib/nn.yaml:79:7
%3957 = sqrt %3948 : f32[24,16] @ models/lib/nn.yaml:79:7
%3958 = cast %3956 : f32[] @ models/lib/nn.yaml:79:7
%3959 = broadcast %3958 : f32[24,16] @ models/lib/nn.yaml:79:7
%3960 = mul %3957, %3959 : f32[24,16] @ models/lib/nn.yaml:79:7
%3961 = broadcast %2359 : f32[24,16] @ models/lib/nn.yaml:79:7
%3962 = add %3960, %3961 : f32[24,16] @ models/lib/nn.yaml:79:7
%3963 = div %3942, %3962 : f32[24,16] @ models/lib/nn.yaml:79:7
%3964 = cast %3952 : f32[] @ models/lib/nn.yaml:79:7
%3965 = broadcast %3964 : f32[24,16] @ models/lib/nn.yaml:79:7
%3966 = mul %3963, %3965 : f32[24,16] @ models/lib/nn.yaml:79:7
%3967 = sub %3937, %3966 : f32[24,16] @ models/lib/nn.yaml:79:7
%3968 = assign %37, %3967 : f32[24,16] @ models/lib/nn.yaml:79:7
%3969 = assign %3932, %3942 : f32[24,16] @ models/lib/nn.yaml:79:7
%3970 = assign %3933, %3948 : f32[24,16] @ models/lib/nn.yaml:79:7
%3971 = assign %3934, %3935 : i64[] @ models/lib/nn.yaml:79:7
%3972 = broadcast %3 : f32[24,16] @ models/lib/nn.yaml:79:7
%3973 = mul %75, %3972 : f32[24,16] @ models/lib/nn.yaml:79:7
%3974 = broadcast %2374 : f32[24,16] @ models/lib/nn.yaml:79:7
%3975 = mul %3967, %3974 : f32[24,16] @ models/lib/nn.yaml:79:7
%3976 = add %3973, %3975 : f32[24,16] @ models/lib/nn.yaml:79:7
%3977 = assign %75, %3976 : f32[24,16] @ models/lib/nn.yaml:79:7
%3978 = all_reduce_sum %1838 : f32[24] @ models/lib/nn.yaml:80:7
%3979 = mul %3978, %3978 : f32[24] @ models/lib/nn.yaml:80:7
%3980 = reduce_sum %3979 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3981 = sqrt %3980 : f32[] @ models/lib/nn.yaml:80:7
%3982 = cast %3981 : f64[] @ models/lib/nn.yaml:80:7
%3983 = add %3982, %2311 : f64[] @ models/lib/nn.yaml:80:7
%3984 = div %2313, %3983 : f64[] @ models/lib/nn.yaml:80:7
%3985 = lt %3984, %2315 : bool[] @ models/lib/nn.yaml:80:7
%3986 = cast %3984 : f32[] @ models/lib/nn.yaml:80:7
%3987 = broadcast %3986 : f32[24] @ models/lib/nn.yaml:80:7
%3988 = mul %3978, %3987 : f32[24] @ models/lib/nn.yaml:80:7
%3989 = broadcast %3985 : bool[24] @ models/lib/nn.yaml:80:7
%3990 = select %3989, %3988, %3978 : f32[24] @ models/lib/nn.yaml:80:7
%3991 = state name="adam_m.head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%3992 = state name="adam_v.head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%3993 = state name="adam_t.head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3994 = add %3993, %2325 : i64[] @ models/lib/nn.yaml:80:7
%3995 = broadcast %1091 : f32[24] @ models/lib/nn.yaml:80:7
%3996 = mul %3990, %3995 : f32[24] @ models/lib/nn.yaml:80:7
%3997 = broadcast %643 : f32[24] @ models/lib/nn.yaml:80:7
%3998 = mul %3991, %3997 : f32[24] @ models/lib/nn.yaml:80:7
%3999 = add %3998, %3996 : f32[24] @ models/lib/nn.yaml:80:7
%4000 = mul %3990, %3990 : f32[24] @ models/lib/nn.yaml:80:7
%4001 = broadcast %2339 : f32[24] @ models/lib/nn.yaml:80:7
%4002 = mul %4000, %4001 : f32[24] @ models/lib/nn.yaml:80:7
%4003 = broadcast %2343 : f32[24] @ models/lib/nn.yaml:80:7
%4004 = mul %3992, %4003 : f32[24] @ models/lib/nn.yaml:80:7
%4005 = add %4004, %4002 : f32[24] @ models/lib/nn.yaml:80:7
%4006 = cast %3994 : f64[] @ models/lib/nn.yaml:80:7
%4007 = pow %2334, %4006 : f64[] @ models/lib/nn.yaml:80:7
%4008 = sub %2315, %4007 : f64[] @ models/lib/nn.yaml:80:7
%4009 = div %1207, %4008 : f64[] @ models/lib/nn.yaml:80:7
%4010 = pow %2342, %4006 : f64[] @ models/lib/nn.yaml:80:7
%4011 = sub %2315, %4010 : f64[] @ models/lib/nn.yaml:80:7
%4012 = sqrt %4011 : f64[] @ models/lib/nn.yaml:80:7
%4013 = div %2315, %4012 : f64[] @ models/lib/nn.yaml:80:7
%4014 = sqrt %4005 : f32[24] @ models/lib/nn.yaml:80:7
%4015 = cast %4013 : f32[] @ models/lib/nn.yaml:80:7
%4016 = broadcast %4015 : f32[24] @ models/lib/nn.yaml:80:7
%4017 = mul %4014, %4016 : f32[24] @ models/lib/nn.yaml:80:7
%4018 = broadcast %2359 : f32[24] @ models/lib/nn.yaml:80:7
%4019 = add %4017, %4018 : f32[24] @ models/lib/nn.yaml:80:7
%4020 = div %3999, %4019 : f32[24] @ models/lib/nn.yaml:80:7
%4021 = cast %4009 : f32[] @ models/lib/nn.yaml:80:7
%4022 = broadcast %4021 : f32[24] @ models/lib/nn.yaml:80:7
%4023 = mul %4020, %4022 : f32[24] @ models/lib/nn.yaml:80:7
%4024 = sub %38, %4023 : f32[24] @ models/lib/nn.yaml:80:7
%4025 = assign %38, %4024 : f32[24] @ models/lib/nn.yaml:80:7
%4026 = assign %3991, %3999 : f32[24] @ models/lib/nn.yaml:80:7
%4027 = assign %3992, %4005 : f32[24] @ models/lib/nn.yaml:80:7
%4028 = assign %3993, %3994 : i64[] @ models/lib/nn.yaml:80:7
%4029 = broadcast %3 : f32[24] @ models/lib/nn.yaml:80:7
%4030 = mul %76, %4029 : f32[24] @ models/lib/nn.yaml:80:7
%4031 = broadcast %2374 : f32[24] @ models/lib/nn.yaml:80:7
%4032 = mul %4024, %4031 : f32[24] @ models/lib/nn.yaml:80:7
%4033 = add %4030, %4032 : f32[24] @ models/lib/nn.yaml:80:7
%4034 = assign %76, %4033 : f32[24] @ models/lib/nn.yaml:80:7
%4035 = all_reduce_sum %1820 : f32[24,24] @ models/lib/nn.yaml:79:7
%4036 = reshape %4035 : f32[576] @ models/lib/nn.yaml:79:7
%4037 = mul %4036, %4036 : f32[576] @ models/lib/nn.yaml:79:7
%4038 = reduce_sum %4037 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4039 = sqrt %4038 : f32[] @ models/lib/nn.yaml:79:7
%4040 = cast %4039 : f64[] @ models/lib/nn.yaml:79:7
%4041 = add %4040, %2311 : f64[] @ models/lib/nn.yaml:79:7
%4042 = div %2313, %4041 : f64[] @ models/lib/nn.yaml:79:7
%4043 = lt %4042, %2315 : bool[] @ models/lib/nn.yaml:79:7
%4044 = cast %4042 : f32[] @ models/lib/nn.yaml:79:7
%4045 = broadcast %4044 : f32[24,24] @ models/lib/nn.yaml:79:7
%4046 = mul %4035, %4045 : f32[24,24] @ models/lib/nn.yaml:79:7
%4047 = broadcast %4043 : bool[24,24] @ models/lib/nn.yaml:79:7
%4048 = select %4047, %4046, %4035 : f32[24,24] @ models/lib/nn.yaml:79:7
%4049 = state name="adam_m.head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%4050 = state name="adam_v.head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%4051 = state name="adam_t.head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4052 = add %4051, %2325 : i64[] @ models/lib/nn.yaml:79:7
%4053 = broadcast %2329 : f32[24,24] @ models/lib/nn.yaml:79:7
%4054 = mul %39, %4053 : f32[24,24] @ models/lib/nn.yaml:79:7
%4055 = broadcast %1091 : f32[24,24] @ models/lib/nn.yaml:79:7
%4056 = mul %4048, %4055 : f32[24,24] @ models/lib/nn.yaml:79:7
%4057 = broadcast %643 : f32[24,24] @ models/lib/nn.yaml:79:7
%4058 = mul %4049, %4057 : f32[24,24] @ models/lib/nn.yaml:79:7
%4059 = add %4058, %4056 : f32[24,24] @ models/lib/nn.yaml:79:7
%4060 = mul %4048, %4048 : f32[24,24] @ models/lib/nn.yaml:79:7
%4061 = broadcast %2339 : f32[24,24] @ models/lib/nn.yaml:79:7
%4062 = mul %4060, %4061 : f32[24,24] @ models/lib/nn.yaml:79:7
%4063 = broadcast %2343 : f32[24,24] @ models/lib/nn.yaml:79:7
%4064 = mul %4050, %4063 : f32[24,24] @ models/lib/nn.yaml:79:7
%4065 = add %4064, %4062 : f32[24,24] @ models/lib/nn.yaml:79:7
%4066 = cast %4052 : f64[] @ models/lib/nn.yaml:79:7
%4067 = pow %2334, %4066 : f64[] @ models/lib/nn.yaml:79:7
%4068 = sub %2315, %4067 : f64[] @ models/lib/nn.yaml:79:7
%4069 = div %1207, %4068 : f64[] @ models/lib/nn.yaml:79:7
%4070 = pow %2342, %4066 : f64[] @ models/lib/nn.yaml:79:7
%4071 = sub %2315, %4070 : f64[] @ models/lib/nn.yaml:79:7
%4072 = sqrt %4071 : f64[] @ models/lib/nn.yaml:79:7
%4073 = div %2315, %4072 : f64[] @ models/lib/nn.yaml:79:7
%4074 = sqrt %4065 : f32[24,24] @ models/lib/nn.yaml:79:7
%4075 = cast %4073 : f32[] @ models/lib/nn.yaml:79:7
%4076 = broadcast %4075 : f32[24,24] @ models/lib/nn.yaml:79:7
%4077 = mul %4074, %4076 : f32[24,24] @ models/lib/nn.yaml:79:7
%4078 = broadcast %2359 : f32[24,24] @ models/lib/nn.yaml:79:7
%4079 = add %4077, %4078 : f32[24,24] @ models/lib/nn.yaml:79:7
%4080 = div %4059, %4079 : f32[24,24] @ models/lib/nn.yaml:79:7
%4081 = cast %4069 : f32[] @ models/lib/nn.yaml:79:7
%4082 = broadcast %4081 : f32[24,24] @ models/lib/nn.yaml:79:7
%4083 = mul %4080, %4082 : f32[24,24] @ models/lib/nn.yaml:79:7
%4084 = sub %4054, %4083 : f32[24,24] @ models/lib/nn.yaml:79:7
%4085 = assign %39, %4084 : f32[24,24] @ models/lib/nn.yaml:79:7
%4086 = assign %4049, %4059 : f32[24,24] @ models/lib/nn.yaml:79:7
%4087 = assign %4050, %4065 : f32[24,24] @ models/lib/nn.yaml:79:7
%4088 = assign %4051, %4052 : i64[] @ models/lib/nn.yaml:79:7
%4089 = broadcast %3 : f32[24,24] @ models/lib/nn.yaml:79:7
%4090 = mul %77, %4089 : f32[24,24] @ models/lib/nn.yaml:79:7
%4091 = broadcast %2374 : f32[24,24] @ models/lib/nn.yaml:79:7
%4092 = mul %4084, %4091 : f32[24,24] @ models/lib/nn.yaml:79:7
%4093 = add %4090, %4092 : f32[24,24] @ models/lib/nn.yaml:79:7
%4094 = assign %77, %4093 : f32[24,24] @ models/lib/nn.yaml:79:7
%4095 = all_reduce_sum %1817 : f32[24] @ models/lib/nn.yaml:80:7
%4096 = mul %4095, %4095 : f32[24] @ models/lib/nn.yaml:80:7
%4097 = reduce_sum %4096 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%4098 = sqrt %4097 : f32[] @ models/lib/nn.yaml:80:7
%4099 = cast %4098 : f64[] @ models/lib/nn.yaml:80:7
%4100 = add %4099, %2311 : f64[] @ models/lib/nn.yaml:80:7
%4101 = div %2313, %4100 : f64[] @ models/lib/nn.yaml:80:7
%4102 = lt %4101, %2315 : bool[] @ models/lib/nn.yaml:80:7
%4103 = cast %4101 : f32[] @ models/lib/nn.yaml:80:7
%4104 = broadcast %4103 : f32[24] @ models/lib/nn.yaml:80:7
%4105 = mul %4095, %4104 : f32[24] @ models/lib/nn.yaml:80:7
%4106 = broadcast %4102 : bool[24] @ models/lib/nn.yaml:80:7
%4107 = select %4106, %4105, %4095 : f32[24] @ models/lib/nn.yaml:80:7
%4108 = state name="adam_m.head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%4109 = state name="adam_v.head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%4110 = state name="adam_t.head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4111 = add %4110, %2325 : i64[] @ models/lib/nn.yaml:80:7
%4112 = mul %4107, %3995 : f32[24] @ models/lib/nn.yaml:80:7
%4113 = mul %4108, %3997 : f32[24] @ models/lib/nn.yaml:80:7
%4114 = add %4113, %4112 : f32[24] @ models/lib/nn.yaml:80:7
%4115 = mul %4107, %4107 : f32[24] @ models/lib/nn.yaml:80:7
%4116 = mul %4115, %4001 : f32[24] @ models/lib/nn.yaml:80:7
%4117 = mul %4109, %4003 : f32[24] @ models/lib/nn.yaml:80:7
%4118 = add %4117, %4116 : f32[24] @ models/lib/nn.yaml:80:7
%4119 = cast %4111 : f64[] @ models/lib/nn.yaml:80:7
%4120 = pow %2334, %4119 : f64[] @ models/lib/nn.yaml:80:7
%4121 = sub %2315, %4120 : f64[] @ models/lib/nn.yaml:80:7
%4122 = div %1207, %4121 : f64[] @ models/lib/nn.yaml:80:7
%4123 = pow %2342, %4119 : f64[] @ models/lib/nn.yaml:80:7
%4124 = sub %2315, %4123 : f64[] @ models/lib/nn.yaml:80:7
%4125 = sqrt %4124 : f64[] @ models/lib/nn.yaml:80:7
%4126 = div %2315, %4125 : f64[] @ models/lib/nn.yaml:80:7
%4127 = sqrt %4118 : f32[24] @ models/lib/nn.yaml:80:7
%4128 = cast %4126 : f32[] @ models/lib/nn.yaml:80:7
%4129 = broadcast %4128 : f32[24] @ models/lib/nn.yaml:80:7
%4130 = mul %4127, %4129 : f32[24] @ models/lib/nn.yaml:80:7
%4131 = add %4130, %4018 : f32[24] @ models/lib/nn.yaml:80:7
%4132 = div %4114, %4131 : f32[24] @ models/lib/nn.yaml:80:7
%4133 = cast %4122 : f32[] @ models/lib/nn.yaml:80:7
%4134 = broadcast %4133 : f32[24] @ models/lib/nn.yaml:80:7
%4135 = mul %4132, %4134 : f32[24] @ models/lib/nn.yaml:80:7
%4136 = sub %40, %4135 : f32[24] @ models/lib/nn.yaml:80:7
%4137 = assign %40, %4136 : f32[24] @ models/lib/nn.yaml:80:7
%4138 = assign %4108, %4114 : f32[24] @ models/lib/nn.yaml:80:7
%4139 = assign %4109, %4118 : f32[24] @ models/lib/nn.yaml:80:7
%4140 = assign %4110, %4111 : i64[] @ models/lib/nn.yaml:80:7
%4141 = mul %78, %4029 : f32[24] @ models/lib/nn.yaml:80:7
%4142 = mul %4136, %4031 : f32[24] @ models/lib/nn.yaml:80:7
%4143 = add %4141, %4142 : f32[24] @ models/lib/nn.yaml:80:7
%4144 = assign %78, %4143 : f32[24] @ models/lib/nn.yaml:80:7
%4145 = all_reduce_sum %1799 : f32[8,24] @ models/lib/nn.yaml:79:7
%4146 = reshape %4145 : f32[192] @ models/lib/nn.yaml:79:7
%4147 = mul %4146, %4146 : f32[192] @ models/lib/nn.yaml:79:7
%4148 = reduce_sum %4147 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4149 = sqrt %4148 : f32[] @ models/lib/nn.yaml:79:7
%4150 = cast %4149 : f64[] @ models/lib/nn.yaml:79:7
%4151 = add %4150, %2311 : f64[] @ models/lib/nn.yaml:79:7
%4152 = div %2313, %4151 : f64[] @ models/lib/nn.yaml:79:7
%4153 = lt %4152, %2315 : bool[] @ models/lib/nn.yaml:79:7
%4154 = cast %4152 : f32[] @ models/lib/nn.yaml:79:7
%4155 = broadcast %4154 : f32[8,24] @ models/lib/nn.yaml:79:7
%4156 = mul %4145, %4155 : f32[8,24] @ models/lib/nn.yaml:79:7
%4157 = broadcast %4153 : bool[8,24] @ models/lib/nn.yaml:79:7
%4158 = select %4157, %4156, %4145 : f32[8,24] @ models/lib/nn.yaml:79:7
%4159 = state name="adam_m.head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%4160 = state name="adam_v.head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%4161 = state name="adam_t.head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4162 = add %4161, %2325 : i64[] @ models/lib/nn.yaml:79:7
%4163 = broadcast %2329 : f32[8,24] @ models/lib/nn.yaml:79:7
%4164 = mul %41, %4163 : f32[8,24] @ models/lib/nn.yaml:79:7
%4165 = broadcast %1091 : f32[8,24] @ models/lib/nn.yaml:79:7
%4166 = mul %4158, %4165 : f32[8,24] @ models/lib/nn.yaml:79:7
%4167 = broadcast %643 : f32[8,24] @ models/lib/nn.yaml:79:7
%4168 = mul %4159, %4167 : f32[8,24] @ models/lib/nn.yaml:79:7
%4169 = add %4168, %4166 : f32[8,24] @ models/lib/nn.yaml:79:7
%4170 = mul %4158, %4158 : f32[8,24] @ models/lib/nn.yaml:79:7
%4171 = broadcast %2339 : f32[8,24] @ models/lib/nn.yaml:79:7
%4172 = mul %4170, %4171 : f32[8,24] @ models/lib/nn.yaml:79:7
%4173 = broadcast %2343 : f32[8,24] @ models/lib/nn.yaml:79:7
%4174 = mul %4160, %4173 : f32[8,24] @ models/lib/nn.yaml:79:7
%4175 = add %4174, %4172 : f32[8,24] @ models/lib/nn.yaml:79:7
%4176 = cast %4162 : f64[] @ models/lib/nn.yaml:79:7
%4177 = pow %2334, %4176 : f64[] @ models/lib/nn.yaml:79:7
%4178 = sub %2315, %4177 : f64[] @ models/lib/nn.yaml:79:7
%4179 = div %1207, %4178 : f64[] @ models/lib/nn.yaml:79:7
%4180 = pow %2342, %4176 : f64[] @ models/lib/nn.yaml:79:7
%4181 = sub %2315, %4180 : f64[] @ models/lib/nn.yaml:79:7
%4182 = sqrt %4181 : f64[] @ models/lib/nn.yaml:79:7
%4183 = div %2315, %4182 : f64[] @ models/lib/nn.yaml:79:7
%4184 = sqrt %4175 : f32[8,24] @ models/lib/nn.yaml:79:7
%4185 = cast %4183 : f32[] @ models/lib/nn.yaml:79:7
%4186 = broadcast %4185 : f32[8,24] @ models/lib/nn.yaml:79:7
%4187 = mul %4184, %4186 : f32[8,24] @ models/lib/nn.yaml:79:7
%4188 = broadcast %2359 : f32[8,24] @ models/lib/nn.yaml:79:7
%4189 = add %4187, %4188 : f32[8,24] @ models/lib/nn.yaml:79:7
%4190 = div %4169, %4189 : f32[8,24] @ models/lib/nn.yaml:79:7
%4191 = cast %4179 : f32[] @ models/lib/nn.yaml:79:7
%4192 = broadcast %4191 : f32[8,24] @ models/lib/nn.yaml:79:7
%4193 = mul %4190, %4192 : f32[8,24] @ models/lib/nn.yaml:79:7
%4194 = sub %4164, %4193 : f32[8,24] @ models/lib/nn.yaml:79:7
%4195 = assign %41, %4194 : f32[8,24] @ models/lib/nn.yaml:79:7
%4196 = assign %4159, %4169 : f32[8,24] @ models/lib/nn.yaml:79:7
%4197 = assign %4160, %4175 : f32[8,24] @ models/lib/nn.yaml:79:7
%4198 = assign %4161, %4162 : i64[] @ models/lib/nn.yaml:79:7
%4199 = broadcast %3 : f32[8,24] @ models/lib/nn.yaml:79:7
%4200 = mul %79, %4199 : f32[8,24] @ models/lib/nn.yaml:79:7
%4201 = broadcast %2374 : f32[8,24] @ models/lib/nn.yaml:79:7
%4202 = mul %4194, %4201 : f32[8,24] @ models/lib/nn.yaml:79:7
%4203 = add %4200, %4202 : f32[8,24] @ models/lib/nn.yaml:79:7
%4204 = assign %79, %4203 : f32[8,24] @ models/lib/nn.yaml:79:7
%4205 = all_reduce_sum %1796 : f32[8] @ models/lib/nn.yaml:80:7
%4206 = mul %4205, %4205 : f32[8] @ models/lib/nn.yaml:80:7
%4207 = reduce_sum %4206 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%4208 = sqrt %4207 : f32[] @ models/lib/nn.yaml:80:7
%4209 = cast %4208 : f64[] @ models/lib/nn.yaml:80:7
%4210 = add %4209, %2311 : f64[] @ models/lib/nn.yaml:80:7
%4211 = div %2313, %4210 : f64[] @ models/lib/nn.yaml:80:7
%4212 = lt %4211, %2315 : bool[] @ models/lib/nn.yaml:80:7
%4213 = cast %4211 : f32[] @ models/lib/nn.yaml:80:7
%4214 = broadcast %4213 : f32[8] @ models/lib/nn.yaml:80:7
%4215 = mul %4205, %4214 : f32[8] @ models/lib/nn.yaml:80:7
%4216 = broadcast %4212 : bool[8] @ models/lib/nn.yaml:80:7
%4217 = select %4216, %4215, %4205 : f32[8] @ models/lib/nn.yaml:80:7
%4218 = state name="adam_m.head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%4219 = state name="adam_v.head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%4220 = state name="adam_t.head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4221 = add %4220, %2325 : i64[] @ models/lib/nn.yaml:80:7
%4222 = broadcast %1091 : f32[8] @ models/lib/nn.yaml:80:7
%4223 = mul %4217, %4222 : f32[8] @ models/lib/nn.yaml:80:7
%4224 = broadcast %643 : f32[8] @ models/lib/nn.yaml:80:7
%4225 = mul %4218, %4224 : f32[8] @ models/lib/nn.yaml:80:7
%4226 = add %4225, %4223 : f32[8] @ models/lib/nn.yaml:80:7
%4227 = mul %4217, %4217 : f32[8] @ models/lib/nn.yaml:80:7
%4228 = broadcast %2339 : f32[8] @ models/lib/nn.yaml:80:7
%4229 = mul %4227, %4228 : f32[8] @ models/lib/nn.yaml:80:7
%4230 = broadcast %2343 : f32[8] @ models/lib/nn.yaml:80:7
%4231 = mul %4219, %4230 : f32[8] @ models/lib/nn.yaml:80:7
%4232 = add %4231, %4229 : f32[8] @ models/lib/nn.yaml:80:7
%4233 = cast %4221 : f64[] @ models/lib/nn.yaml:80:7
%4234 = pow %2334, %4233 : f64[] @ models/lib/nn.yaml:80:7
%4235 = sub %2315, %4234 : f64[] @ models/lib/nn.yaml:80:7
%4236 = div %1207, %4235 : f64[] @ models/lib/nn.yaml:80:7
%4237 = pow %2342, %4233 : f64[] @ models/lib/nn.yaml:80:7
%4238 = sub %2315, %4237 : f64[] @ models/lib/nn.yaml:80:7
%4239 = sqrt %4238 : f64[] @ models/lib/nn.yaml:80:7
%4240 = div %2315, %4239 : f64[] @ models/lib/nn.yaml:80:7
%4241 = sqrt %4232 : f32[8] @ models/lib/nn.yaml:80:7
%4242 = cast %4240 : f32[] @ models/lib/nn.yaml:80:7
%4243 = broadcast %4242 : f32[8] @ models/lib/nn.yaml:80:7
%4244 = mul %4241, %4243 : f32[8] @ models/lib/nn.yaml:80:7
%4245 = broadcast %2359 : f32[8] @ models/lib/nn.yaml:80:7
%4246 = add %4244, %4245 : f32[8] @ models/lib/nn.yaml:80:7
%4247 = div %4226, %4246 : f32[8] @ models/lib/nn.yaml:80:7
%4248 = cast %4236 : f32[] @ models/lib/nn.yaml:80:7
%4249 = broadcast %4248 : f32[8] @ models/lib/nn.yaml:80:7
%4250 = mul %4247, %4249 : f32[8] @ models/lib/nn.yaml:80:7
%4251 = sub %42, %4250 : f32[8] @ models/lib/nn.yaml:80:7
%4252 = assign %42, %4251 : f32[8] @ models/lib/nn.yaml:80:7
%4253 = assign %4218, %4226 : f32[8] @ models/lib/nn.yaml:80:7
%4254 = assign %4219, %4232 : f32[8] @ models/lib/nn.yaml:80:7
%4255 = assign %4220, %4221 : i64[] @ models/lib/nn.yaml:80:7
%4256 = broadcast %3 : f32[8] @ models/lib/nn.yaml:80:7
%4257 = mul %80, %4256 : f32[8] @ models/lib/nn.yaml:80:7
%4258 = broadcast %2374 : f32[8] @ models/lib/nn.yaml:80:7
%4259 = mul %4251, %4258 : f32[8] @ models/lib/nn.yaml:80:7
%4260 = add %4257, %4259 : f32[8] @ models/lib/nn.yaml:80:7
%4261 = assign %80, %4260 : f32[8] @ models/lib/nn.yaml:80:7
%4262 = broadcast %3 : f32[32,1] @ models/lib/dino.yaml:18:7
%4263 = mul %81, %4262 : f32[32,1] @ models/lib/dino.yaml:18:7
%4264 = broadcast %2374 : f32[32,1] @ models/lib/dino.yaml:18:7
%4265 = mul %43, %4264 : f32[32,1] @ models/lib/dino.yaml:18:7
%4266 = add %4263, %4265 : f32[32,1] @ models/lib/dino.yaml:18:7
%4267 = assign %81, %4266 : f32[32,1] @ models/lib/dino.yaml:18:7
%4268 = all_reduce_sum %1775 : f32[32,8] @ models/lib/dino.yaml:19:7
%4269 = reshape %4268 : f32[256] @ models/lib/dino.yaml:19:7
%4270 = mul %4269, %4269 : f32[256] @ models/lib/dino.yaml:19:7
%4271 = reduce_sum %4270 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%4272 = sqrt %4271 : f32[] @ models/lib/dino.yaml:19:7
%4273 = cast %4272 : f64[] @ models/lib/dino.yaml:19:7
%4274 = add %4273, %2311 : f64[] @ models/lib/dino.yaml:19:7
%4275 = div %2313, %4274 : f64[] @ models/lib/dino.yaml:19:7
%4276 = lt %4275, %2315 : bool[] @ models/lib/dino.yaml:19:7
%4277 = cast %4275 : f32[] @ models/lib/dino.yaml:19:7
%4278 = broadcast %4277 : f32[32,8] @ models/lib/dino.yaml:19:7
%4279 = mul %4268, %4278 : f32[32,8] @ models/lib/dino.yaml:19:7
%4280 = broadcast %4276 : bool[32,8] @ models/lib/dino.yaml:19:7
%4281 = select %4280, %4279, %4268 : f32[32,8] @ models/lib/dino.yaml:19:7
%4282 = state name="adam_m.head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%4283 = state name="adam_v.head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%4284 = state name="adam_t.head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%4285 = add %4284, %2325 : i64[] @ models/lib/dino.yaml:19:7
%4286 = broadcast %2329 : f32[32,8] @ models/lib/dino.yaml:19:7
%4287 = mul %44, %4286 : f32[32,8] @ models/lib/dino.yaml:19:7
%4288 = broadcast %1091 : f32[32,8] @ models/lib/dino.yaml:19:7
%4289 = mul %4281, %4288 : f32[32,8] @ models/lib/dino.yaml:19:7
%4290 = broadcast %643 : f32[32,8] @ models/lib/dino.yaml:19:7
%4291 = mul %4282, %4290 : f32[32,8] @ models/lib/dino.yaml:19:7
%4292 = add %4291, %4289 : f32[32,8] @ models/lib/dino.yaml:19:7
%4293 = mul %4281, %4281 : f32[32,8] @ models/lib/dino.yaml:19:7
%4294 = broadcast %2339 : f32[32,8] @ models/lib/dino.yaml:19:7
%4295 = mul %4293, %4294 : f32[32,8] @ models/lib/dino.yaml:19:7
%4296 = broadcast %2343 : f32[32,8] @ models/lib/dino.yaml:19:7
%4297 = mul %4283, %4296 : f32[32,8] @ models/lib/dino.yaml:19:7
%4298 = add %4297, %4295 : f32[32,8] @ models/lib/dino.yaml:19:7
%4299 = cast %4285 : f64[] @ models/lib/dino.yaml:19:7
%4300 = pow %2334, %4299 : f64[] @ models/lib/dino.yaml:19:7
%4301 = sub %2315, %4300 : f64[] @ models/lib/dino.yaml:19:7
%4302 = div %1207, %4301 : f64[] @ models/lib/dino.yaml:19:7
%4303 = pow %2342, %4299 : f64[] @ models/lib/dino.yaml:19:7
%4304 = sub %2315, %4303 : f64[] @ models/lib/dino.yaml:19:7
%4305 = sqrt %4304 : f64[] @ models/lib/dino.yaml:19:7
%4306 = div %2315, %4305 : f64[] @ models/lib/dino.yaml:19:7
%4307 = sqrt %4298 : f32[32,8] @ models/lib/dino.yaml:19:7
%4308 = cast %4306 : f32[] @ models/lib/dino.yaml:19:7
%4309 = broadcast %4308 : f32[32,8] @ models/lib/dino.yaml:19:7
%4310 = mul %4307, %4309 : f32[32,8] @ models/lib/dino.yaml:19:7
%4311 = broadcast %2359 : f32[32,8] @ models/lib/dino.yaml:19:7
%4312 = add %4310, %4311 : f32[32,8] @ models/lib/dino.yaml:19:7
%4313 = div %4292, %4312 : f32[32,8] @ models/lib/dino.yaml:19:7
%4314 = cast %4302 : f32[] @ models/lib/dino.yaml:19:7
%4315 = broadcast %4314 : f32[32,8] @ models/lib/dino.yaml:19:7
%4316 = mul %4313, %4315 : f32[32,8] @ models/lib/dino.yaml:19:7
%4317 = sub %4287, %4316 : f32[32,8] @ models/lib/dino.yaml:19:7
%4318 = input name="epoch" : i64[] @ models/lib/dino.yaml:19:7
%4319 = lt %4318, %2325 : bool[] @ models/lib/dino.yaml:19:7
%4320 = broadcast %4319 : bool[32,8] @ models/lib/dino.yaml:19:7
%4321 = select %4320, %44, %4317 : f32[32,8] @ models/lib/dino.yaml:19:7
%4322 = select %4320, %4282, %4292 : f32[32,8] @ models/lib/dino.yaml:19:7
%4323 = select %4320, %4283, %4298 : f32[32,8] @ models/lib/dino.yaml:19:7
%4324 = select %4319, %4284, %4285 : i64[] @ models/lib/dino.yaml:19:7
%4325 = assign %44, %4321 : f32[32,8] @ models/lib/dino.yaml:19:7
%4326 = assign %4282, %4322 : f32[32,8] @ models/lib/dino.yaml:19:7
%4327 = assign %4283, %4323 : f32[32,8] @ models/lib/dino.yaml:19:7
%4328 = assign %4284, %4324 : i64[] @ models/lib/dino.yaml:19:7
%4329 = broadcast %3 : f32[32,8] @ models/lib/dino.yaml:19:7
%4330 = mul %82, %4329 : f32[32,8] @ models/lib/dino.yaml:19:7
%4331 = broadcast %2374 : f32[32,8] @ models/lib/dino.yaml:19:7
%4332 = mul %4321, %4331 : f32[32,8] @ models/lib/dino.yaml:19:7
%4333 = add %4330, %4332 : f32[32,8] @ models/lib/dino.yaml:19:7
%4334 = assign %82, %4333 : f32[32,8] @ models/lib/dino.yaml:19:7
%4335 = const data=[inf] : f32[] @ models/dino.yaml:73:3
%4336 = abs %1192 : f32[] @ models/dino.yaml:73:3
%4337 = lt %4336, %4335 : bool[] @ models/dino.yaml:73:3
%4338 = output %4337 name="finite" : bool[] @ models/dino.yaml:73:3
