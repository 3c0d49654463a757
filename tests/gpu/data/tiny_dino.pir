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
%179 = sub %175, %178 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%180 = exp %179 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%181 = reduce_sum %180 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:20
%182 = broadcast %181 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%183 = div %180, %182 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%184 = reshape %183 : f32[4,2,17,17,1] @ models/lib/nn.yaml:56:23
%185 = broadcast %184 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%186 = reshape %124 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%187 = broadcast %186 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%188 = mul %185, %187 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%189 = reduce_sum %188 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%190 = permute %189 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/nn.yaml:56:13
%191 = reshape %190 : f32[4,17,16] @ models/lib/nn.yaml:57:16
%192 = matmul %191, %53 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%193 = broadcast %54 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%194 = add %192, %193 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%195 = add %94, %194 : f32[4,17,16] @ models/lib/nn.yaml:125:15
%196 = reduce_sum %195 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%197 = div %196, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%198 = broadcast %197 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%199 = sub %195, %198 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%200 = mul %199, %199 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%201 = reduce_sum %200 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%202 = div %201, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%203 = add %202, %105 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%204 = rsqrt %203 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%205 = broadcast %204 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%206 = mul %199, %205 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%207 = broadcast %55 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%208 = mul %206, %207 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%209 = broadcast %56 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%210 = add %208, %209 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%211 = matmul %210, %57 ta=0 tb=1 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%212 = broadcast %58 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%213 = add %211, %212 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%214 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%215 = broadcast %214 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%216 = mul %215, %213 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%217 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%218 = broadcast %217 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%219 = mul %213, %218 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%220 = erf %219 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%221 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%222 = broadcast %221 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%223 = add %222, %220 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%224 = mul %216, %223 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%225 = matmul %224, %59 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%226 = broadcast %60 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%227 = add %225, %226 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%228 = add %195, %227 : f32[4,17,16] @ models/lib/nn.yaml:126:18
%229 = reduce_sum %228 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%230 = div %229, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%231 = broadcast %230 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%232 = sub %228, %231 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%233 = mul %232, %232 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%234 = reduce_sum %233 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%235 = div %234, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%236 = add %235, %105 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%237 = rsqrt %236 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%238 = broadcast %237 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%239 = mul %232, %238 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%240 = broadcast %61 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%241 = mul %239, %240 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%242 = broadcast %62 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%243 = add %241, %242 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%244 = matmul %243, %63 ta=0 tb=1 : f32[4,17,48] @ models/lib/nn.yaml:83:15
%245 = broadcast %64 : f32[4,17,48] @ models/lib/nn.yaml:84:18
%246 = add %244, %245 : f32[4,17,48] @ models/lib/nn.yaml:84:18
%247 = reshape %246 : f32[4,17,3,2,8] @ models/lib/nn.yaml:66:21
%248 = permute %247 perm=[2,0,3,1,4] : f32[3,4,2,17,8] @ models/lib/nn.yaml:66:13
%249 = slice %248 lo=[0,0,0,0,0] hi=[1,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:28
%250 = reshape %249 : f32[4,2,17,8] @ models/lib/nn.yaml:67:28
%251 = slice %248 lo=[1,0,0,0,0] hi=[2,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:34
%252 = reshape %251 : f32[4,2,17,8] @ models/lib/nn.yaml:67:34
%253 = slice %248 lo=[2,0,0,0,0] hi=[3,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:40
%254 = reshape %253 : f32[4,2,17,8] @ models/lib/nn.yaml:67:40
%255 = permute %252 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%256 = slice %250 lo=[0,0,0,0] hi=[4,2,17,1] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%257 = broadcast %256 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%258 = slice %255 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%259 = broadcast %258 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%260 = mul %257, %259 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%261 = slice %250 lo=[0,0,0,1] hi=[4,2,17,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%262 = broadcast %261 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%263 = slice %255 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%264 = broadcast %263 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%265 = mul %262, %264 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%266 = add %260, %265 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%267 = slice %250 lo=[0,0,0,2] hi=[4,2,17,3] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%268 = broadcast %267 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%269 = slice %255 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%270 = broadcast %269 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%271 = mul %268, %270 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%272 = add %266, %271 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%273 = slice %250 lo=[0,0,0,3] hi=[4,2,17,4] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%274 = broadcast %273 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%275 = slice %255 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%276 = broadcast %275 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%277 = mul %274, %276 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%278 = add %272, %277 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%279 = slice %250 lo=[0,0,0,4] hi=[4,2,17,5] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%280 = broadcast %279 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%281 = slice %255 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%282 = broadcast %281 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%283 = mul %280, %282 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%284 = add %278, %283 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%285 = slice %250 lo=[0,0,0,5] hi=[4,2,17,6] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%286 = broadcast %285 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%287 = slice %255 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%288 = broadcast %287 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%289 = mul %286, %288 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%290 = add %284, %289 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%291 = slice %250 lo=[0,0,0,6] hi=[4,2,17,7] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%292 = broadcast %291 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%293 = slice %255 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%294 = broadcast %293 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%295 = mul %292, %294 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%296 = add %290, %295 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%297 = slice %250 lo=[0,0,0,7] hi=[4,2,17,8] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%298 = broadcast %297 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%299 = slice %255 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%300 = broadcast %299 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%301 = mul %298, %300 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%302 = add %296, %301 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%303 = mul %302, %174 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%304 = reduce_max %303 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:14:35
%305 = stop_gradient %304 : f32[4,2,17,1] @ models/lib/nn.yaml:14:21
%306 = broadcast %305 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%307 = sub %303, %306 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%308 = exp %307 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%309 = reduce_sum %308 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:20
%310 = broadcast %309 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%311 = div %308, %310 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%312 = reshape %311 : f32[4,2,17,17,1] @ models/lib/nn.yaml:56:23
%313 = broadcast %312 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%314 = reshape %254 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%315 = broadcast %314 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%316 = mul %313, %315 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%317 = reduce_sum %316 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%318 = permute %317 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/nn.yaml:56:13
%319 = reshape %318 : f32[4,17,16] @ models/lib/nn.yaml:57:16
%320 = matmul %319, %65 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%321 = broadcast %66 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%322 = add %320, %321 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%323 = add %228, %322 : f32[4,17,16] @ models/lib/nn.yaml:125:15
%324 = reduce_sum %323 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%325 = div %324, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%326 = broadcast %325 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%327 = sub %323, %326 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%328 = mul %327, %327 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%329 = reduce_sum %328 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%330 = div %329, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%331 = add %330, %105 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%332 = rsqrt %331 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%333 = broadcast %332 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%334 = mul %327, %333 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%335 = broadcast %67 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%336 = mul %334, %335 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%337 = broadcast %68 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%338 = add %336, %337 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%339 = matmul %338, %69 ta=0 tb=1 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%340 = broadcast %70 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%341 = add %339, %340 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%342 = mul %215, %341 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%343 = mul %341, %218 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%344 = erf %343 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%345 = add %222, %344 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%346 = mul %342, %345 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%347 = matmul %346, %71 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%348 = broadcast %72 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%349 = add %347, %348 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%350 = add %323, %349 : f32[4,17,16] @ models/lib/nn.yaml:126:18
%351 = reduce_sum %350 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%352 = div %351, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%353 = broadcast %352 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%354 = sub %350, %353 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%355 = mul %354, %354 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%356 = reduce_sum %355 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%357 = div %356, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%358 = add %357, %105 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%359 = rsqrt %358 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%360 = broadcast %359 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%361 = mul %354, %360 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%362 = broadcast %73 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%363 = mul %361, %362 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%364 = broadcast %74 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%365 = add %363, %364 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%366 = slice %365 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino.yaml:44:34
%367 = reshape %366 : f32[4,16] @ models/dino.yaml:44:34
%368 = matmul %367, %75 ta=0 tb=1 : f32[4,24] @ models/lib/nn.yaml:83:15
%369 = broadcast %76 : f32[4,24] @ models/lib/nn.yaml:84:18
%370 = add %368, %369 : f32[4,24] @ models/lib/nn.yaml:84:18
%371 = broadcast %214 : f32[4,24] @ models/lib/nn.yaml:27:20
%372 = mul %371, %370 : f32[4,24] @ models/lib/nn.yaml:27:20
%373 = broadcast %217 : f32[4,24] @ models/lib/nn.yaml:27:37
%374 = mul %370, %373 : f32[4,24] @ models/lib/nn.yaml:27:37
%375 = erf %374 : f32[4,24] @ models/lib/nn.yaml:27:31
%376 = broadcast %221 : f32[4,24] @ models/lib/nn.yaml:27:29
%377 = add %376, %375 : f32[4,24] @ models/lib/nn.yaml:27:29
%378 = mul %372, %377 : f32[4,24] @ models/lib/nn.yaml:27:24
%379 = matmul %378, %77 ta=0 tb=1 : f32[4,24] @ models/lib/nn.yaml:83:15
%380 = broadcast %78 : f32[4,24] @ models/lib/nn.yaml:84:18
%381 = add %379, %380 : f32[4,24] @ models/lib/nn.yaml:84:18
%382 = mul %371, %381 : f32[4,24] @ models/lib/nn.yaml:27:20
%383 = mul %381, %373 : f32[4,24] @ models/lib/nn.yaml:27:37
%384 = erf %383 : f32[4,24] @ models/lib/nn.yaml:27:31
%385 = add %376, %384 : f32[4,24] @ models/lib/nn.yaml:27:29
%386 = mul %382, %385 : f32[4,24] @ models/lib/nn.yaml:27:24
%387 = matmul %386, %79 ta=0 tb=1 : f32[4,8] @ models/lib/nn.yaml:83:15
%388 = broadcast %80 : f32[4,8] @ models/lib/nn.yaml:84:18
%389 = add %387, %388 : f32[4,8] @ models/lib/nn.yaml:84:18
%390 = mul %389, %389 : f32[4,8] @ models/lib/nn.yaml:33:35
%391 = reduce_sum %390 axes=[1] keep=1 : f32[4,1] @ models/lib/nn.yaml:33:29
%392 = sqrt %391 : f32[4,1] @ models/lib/nn.yaml:33:24
%393 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%394 = broadcast %393 : f32[4,1] @ models/lib/nn.yaml:33:20
%395 = max %392, %394 : f32[4,1] @ models/lib/nn.yaml:33:20
%396 = broadcast %395 : f32[4,8] @ models/lib/nn.yaml:33:18
%397 = div %389, %396 : f32[4,8] @ models/lib/nn.yaml:33:18
%398 = broadcast %81 : f32[32,8] @ models/lib/dino.yaml:22:22
%399 = mul %398, %82 : f32[32,8] @ models/lib/dino.yaml:22:22
%400 = mul %82, %82 : f32[32,8] @ models/lib/dino.yaml:22:53
%401 = reduce_sum %400 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%402 = sqrt %401 : f32[32,1] @ models/lib/dino.yaml:22:35
%403 = broadcast %402 : f32[32,8] @ models/lib/dino.yaml:22:33
%404 = div %399, %403 : f32[32,8] @ models/lib/dino.yaml:22:33
%405 = matmul %397, %404 ta=0 tb=1 : f32[4,32] @ models/lib/dino.yaml:23:18
%406 = slice %405 lo=[0,0] hi=[2,32] : f32[2,32] @ models/dino.yaml:64:23
%407 = slice %405 lo=[2,0] hi=[4,32] : f32[2,32] @ models/dino.yaml:64:23
%408 = reshape %9 : f32[16,48] @ models/lib/vit.yaml:17:20
%409 = matmul %86, %408 ta=0 tb=1 : f32[4,16,16] @ models/lib/vit.yaml:17:18
%410 = broadcast %10 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%411 = add %409, %410 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%412 = broadcast %7 : f32[4,1,16] @ models/lib/vit.yaml:61:20
%413 = concat %412, %411 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:61:13
%414 = broadcast %8 : f32[4,17,16] @ models/lib/vit.yaml:62:15
%415 = add %413, %414 : f32[4,17,16] @ models/lib/vit.yaml:62:15
%416 = reduce_sum %415 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%417 = div %416, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%418 = broadcast %417 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%419 = sub %415, %418 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%420 = mul %419, %419 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%421 = reduce_sum %420 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%422 = div %421, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%423 = add %422, %105 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%424 = rsqrt %423 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%425 = broadcast %424 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%426 = mul %419, %425 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%427 = broadcast %11 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%428 = mul %426, %427 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%429 = broadcast %12 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%430 = add %428, %429 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%431 = matmul %430, %13 ta=0 tb=1 : f32[4,17,48] @ models/lib/nn.yaml:83:15
%432 = broadcast %14 : f32[4,17,48] @ models/lib/nn.yaml:84:18
%433 = add %431, %432 : f32[4,17,48] @ models/lib/nn.yaml:84:18
%434 = reshape %433 : f32[4,17,3,2,8] @ models/lib/nn.yaml:66:21
%435 = permute %434 perm=[2,0,3,1,4] : f32[3,4,2,17,8] @ models/lib/nn.yaml:66:13
%436 = slice %435 lo=[0,0,0,0,0] hi=[1,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:28
%437 = reshape %436 : f32[4,2,17,8] @ models/lib/nn.yaml:67:28
%438 = slice %435 lo=[1,0,0,0,0] hi=[2,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:34
%439 = reshape %438 : f32[4,2,17,8] @ models/lib/nn.yaml:67:34
%440 = slice %435 lo=[2,0,0,0,0] hi=[3,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:40
%441 = reshape %440 : f32[4,2,17,8] @ models/lib/nn.yaml:67:40
%442 = permute %439 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%443 = slice %437 lo=[0,0,0,0] hi=[4,2,17,1] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%444 = broadcast %443 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%445 = slice %442 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%446 = broadcast %445 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%447 = mul %444, %446 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%448 = slice %437 lo=[0,0,0,1] hi=[4,2,17,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%449 = broadcast %448 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%450 = slice %442 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%451 = broadcast %450 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%452 = mul %449, %451 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%453 = add %447, %452 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%454 = slice %437 lo=[0,0,0,2] hi=[4,2,17,3] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%455 = broadcast %454 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%456 = slice %442 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%457 = broadcast %456 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%458 = mul %455, %457 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%459 = add %453, %458 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%460 = slice %437 lo=[0,0,0,3] hi=[4,2,17,4] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%461 = broadcast %460 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%462 = slice %442 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%463 = broadcast %462 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%464 = mul %461, %463 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%465 = add %459, %464 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%466 = slice %437 lo=[0,0,0,4] hi=[4,2,17,5] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%467 = broadcast %466 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%468 = slice %442 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%469 = broadcast %468 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%470 = mul %467, %469 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%471 = add %465, %470 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%472 = slice %437 lo=[0,0,0,5] hi=[4,2,17,6] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%473 = broadcast %472 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%474 = slice %442 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%475 = broadcast %474 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%476 = mul %473, %475 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%477 = add %471, %476 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%478 = slice %437 lo=[0,0,0,6] hi=[4,2,17,7] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%479 = broadcast %478 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%480 = slice %442 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%481 = broadcast %480 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%482 = mul %479, %481 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%483 = add %477, %482 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%484 = slice %437 lo=[0,0,0,7] hi=[4,2,17,8] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%485 = broadcast %484 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%486 = slice %442 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%487 = broadcast %486 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%488 = mul %485, %487 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%489 = add %483, %488 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%490 = mul %489, %174 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%491 = reduce_max %490 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:14:35
%492 = stop_gradient %491 : f32[4,2,17,1] @ models/lib/nn.yaml:14:21
%493 = broadcast %492 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%494 = sub %490, %493 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%495 = exp %494 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%496 = reduce_sum %495 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:20
%497 = broadcast %496 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%498 = div %495, %497 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%499 = reshape %498 : f32[4,2,17,17,1] @ models/lib/nn.yaml:56:23
%500 = broadcast %499 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%501 = reshape %441 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%502 = broadcast %501 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%503 = mul %500, %502 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%504 = reduce_sum %503 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%505 = permute %504 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/nn.yaml:56:13
%506 = reshape %505 : f32[4,17,16] @ models/lib/nn.yaml:57:16
%507 = matmul %506, %15 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%508 = broadcast %16 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%509 = add %507, %508 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%510 = add %415, %509 : f32[4,17,16] @ models/lib/nn.yaml:125:15
%511 = reduce_sum %510 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%512 = div %511, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%513 = broadcast %512 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%514 = sub %510, %513 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%515 = mul %514, %514 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%516 = reduce_sum %515 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%517 = div %516, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%518 = add %517, %105 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%519 = rsqrt %518 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%520 = broadcast %519 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%521 = mul %514, %520 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%522 = broadcast %17 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%523 = mul %521, %522 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%524 = broadcast %18 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%525 = add %523, %524 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%526 = matmul %525, %19 ta=0 tb=1 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%527 = broadcast %20 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%528 = add %526, %527 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%529 = mul %215, %528 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%530 = mul %528, %218 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%531 = erf %530 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%532 = add %222, %531 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%533 = mul %529, %532 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%534 = matmul %533, %21 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%535 = broadcast %22 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%536 = add %534, %535 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%537 = add %510, %536 : f32[4,17,16] @ models/lib/nn.yaml:126:18
%538 = reduce_sum %537 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%539 = div %538, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%540 = broadcast %539 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%541 = sub %537, %540 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%542 = mul %541, %541 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%543 = reduce_sum %542 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%544 = div %543, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%545 = add %544, %105 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%546 = rsqrt %545 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%547 = broadcast %546 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%548 = mul %541, %547 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%549 = broadcast %23 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%550 = mul %548, %549 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%551 = broadcast %24 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%552 = add %550, %551 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%553 = matmul %552, %25 ta=0 tb=1 : f32[4,17,48] @ models/lib/nn.yaml:83:15
%554 = broadcast %26 : f32[4,17,48] @ models/lib/nn.yaml:84:18
%555 = add %553, %554 : f32[4,17,48] @ models/lib/nn.yaml:84:18
%556 = reshape %555 : f32[4,17,3,2,8] @ models/lib/nn.yaml:66:21
%557 = permute %556 perm=[2,0,3,1,4] : f32[3,4,2,17,8] @ models/lib/nn.yaml:66:13
%558 = slice %557 lo=[0,0,0,0,0] hi=[1,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:28
%559 = reshape %558 : f32[4,2,17,8] @ models/lib/nn.yaml:67:28
%560 = slice %557 lo=[1,0,0,0,0] hi=[2,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:34
%561 = reshape %560 : f32[4,2,17,8] @ models/lib/nn.yaml:67:34
%562 = slice %557 lo=[2,0,0,0,0] hi=[3,4,2,17,8] : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:40
%563 = reshape %562 : f32[4,2,17,8] @ models/lib/nn.yaml:67:40
%564 = permute %561 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%565 = slice %559 lo=[0,0,0,0] hi=[4,2,17,1] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%566 = broadcast %565 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%567 = slice %564 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%568 = broadcast %567 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%569 = mul %566, %568 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%570 = slice %559 lo=[0,0,0,1] hi=[4,2,17,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%571 = broadcast %570 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%572 = slice %564 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%573 = broadcast %572 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%574 = mul %571, %573 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%575 = add %569, %574 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%576 = slice %559 lo=[0,0,0,2] hi=[4,2,17,3] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%577 = broadcast %576 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%578 = slice %564 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%579 = broadcast %578 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%580 = mul %577, %579 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%581 = add %575, %580 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%582 = slice %559 lo=[0,0,0,3] hi=[4,2,17,4] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%583 = broadcast %582 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%584 = slice %564 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%585 = broadcast %584 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%586 = mul %583, %585 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%587 = add %581, %586 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%588 = slice %559 lo=[0,0,0,4] hi=[4,2,17,5] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%589 = broadcast %588 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%590 = slice %564 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%591 = broadcast %590 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%592 = mul %589, %591 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%593 = add %587, %592 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%594 = slice %559 lo=[0,0,0,5] hi=[4,2,17,6] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%595 = broadcast %594 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%596 = slice %564 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%597 = broadcast %596 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%598 = mul %595, %597 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%599 = add %593, %598 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%600 = slice %559 lo=[0,0,0,6] hi=[4,2,17,7] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%601 = broadcast %600 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%602 = slice %564 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%603 = broadcast %602 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%604 = mul %601, %603 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%605 = add %599, %604 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%606 = slice %559 lo=[0,0,0,7] hi=[4,2,17,8] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%607 = broadcast %606 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%608 = slice %564 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%609 = broadcast %608 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%610 = mul %607, %609 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%611 = add %605, %610 : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%612 = mul %611, %174 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%613 = reduce_max %612 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:14:35
%614 = stop_gradient %613 : f32[4,2,17,1] @ models/lib/nn.yaml:14:21
%615 = broadcast %614 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%616 = sub %612, %615 : f32[4,2,17,17] @ models/lib/nn.yaml:14:19
%617 = exp %616 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%618 = reduce_sum %617 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:20
%619 = broadcast %618 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%620 = div %617, %619 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%621 = reshape %620 : f32[4,2,17,17,1] @ models/lib/nn.yaml:56:23
%622 = broadcast %621 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%623 = reshape %563 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%624 = broadcast %623 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%625 = mul %622, %624 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%626 = reduce_sum %625 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%627 = permute %626 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/nn.yaml:56:13
%628 = reshape %627 : f32[4,17,16] @ models/lib/nn.yaml:57:16
%629 = matmul %628, %27 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%630 = broadcast %28 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%631 = add %629, %630 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%632 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%633 = broadcast %632 : f32[4,17,16] @ models/lib/nn.yaml:50:38
%634 = div %631, %633 : f32[4,17,16] @ models/lib/nn.yaml:50:38
%635 = input name="seed" : i64[] @ models/lib/nn.yaml:43:13
%636 = rand_uniform %635 stream=1 : f32[4] @ models/lib/nn.yaml:43:13
%637 = broadcast %632 : f32[4] @ models/lib/nn.yaml:44:35
%638 = add %637, %636 : f32[4] @ models/lib/nn.yaml:44:35
%639 = floor %638 : f32[4] @ models/lib/nn.yaml:44:24
%640 = reshape %639 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%641 = broadcast %640 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%642 = mul %634, %641 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%643 = add %537, %642 : f32[4,17,16] @ models/lib/nn.yaml:125:15
%644 = reduce_sum %643 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%645 = div %644, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%646 = broadcast %645 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%647 = sub %643, %646 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%648 = mul %647, %647 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%649 = reduce_sum %648 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%650 = div %649, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%651 = add %650, %105 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%652 = rsqrt %651 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%653 = broadcast %652 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%654 = mul %647, %653 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%655 = broadcast %29 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%656 = mul %654, %655 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%657 = broadcast %30 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%658 = add %656, %657 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%659 = matmul %658, %31 ta=0 tb=1 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%660 = broadcast %32 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%661 = add %659, %660 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%662 = mul %215, %661 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%663 = mul %661, %218 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%664 = erf %663 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%665 = add %222, %664 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%666 = mul %662, %665 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%667 = matmul %666, %33 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%668 = broadcast %34 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%669 = add %667, %668 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%670 = div %669, %633 : f32[4,17,16] @ models/lib/nn.yaml:50:38
%671 = rand_uniform %635 stream=2 : f32[4] @ models/lib/nn.yaml:43:13
%672 = add %637, %671 : f32[4] @ models/lib/nn.yaml:44:35
%673 = floor %672 : f32[4] @ models/lib/nn.yaml:44:24
%674 = reshape %673 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%675 = broadcast %674 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%676 = mul %670, %675 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%677 = add %643, %676 : f32[4,17,16] @ models/lib/nn.yaml:126:18
%678 = reduce_sum %677 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%679 = div %678, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%680 = broadcast %679 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%681 = sub %677, %680 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%682 = mul %681, %681 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%683 = reduce_sum %682 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%684 = div %683, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%685 = add %684, %105 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%686 = rsqrt %685 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%687 = broadcast %686 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%688 = mul %681, %687 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%689 = broadcast %35 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%690 = mul %688, %689 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%691 = broadcast %36 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%692 = add %690, %691 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%693 = slice %692 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino.yaml:44:34
%694 = reshape %693 : f32[4,16] @ models/dino.yaml:44:34
%695 = matmul %694, %37 ta=0 tb=1 : f32[4,24] @ models/lib/nn.yaml:83:15
%696 = broadcast %38 : f32[4,24] @ models/lib/nn.yaml:84:18
%697 = add %695, %696 : f32[4,24] @ models/lib/nn.yaml:84:18
%698 = mul %371, %697 : f32[4,24] @ models/lib/nn.yaml:27:20
%699 = mul %697, %373 : f32[4,24] @ models/lib/nn.yaml:27:37
%700 = erf %699 : f32[4,24] @ models/lib/nn.yaml:27:31
%701 = add %376, %700 : f32[4,24] @ models/lib/nn.yaml:27:29
%702 = mul %698, %701 : f32[4,24] @ models/lib/nn.yaml:27:24
%703 = matmul %702, %39 ta=0 tb=1 : f32[4,24] @ models/lib/nn.yaml:83:15
%704 = broadcast %40 : f32[4,24] @ models/lib/nn.yaml:84:18
%705 = add %703, %704 : f32[4,24] @ models/lib/nn.yaml:84:18
%706 = mul %371, %705 : f32[4,24] @ models/lib/nn.yaml:27:20
%707 = mul %705, %373 : f32[4,24] @ models/lib/nn.yaml:27:37
%708 = erf %707 : f32[4,24] @ models/lib/nn.yaml:27:31
%709 = add %376, %708 : f32[4,24] @ models/lib/nn.yaml:27:29
%710 = mul %706, %709 : f32[4,24] @ models/lib/nn.yaml:27:24
%711 = matmul %710, %41 ta=0 tb=1 : f32[4,8] @ models/lib/nn.yaml:83:15
%712 = broadcast %42 : f32[4,8] @ models/lib/nn.yaml:84:18
%713 = add %711, %712 : f32[4,8] @ models/lib/nn.yaml:84:18
%714 = mul %713, %713 : f32[4,8] @ models/lib/nn.yaml:33:35
%715 = reduce_sum %714 axes=[1] keep=1 : f32[4,1] @ models/lib/nn.yaml:33:29
%716 = sqrt %715 : f32[4,1] @ models/lib/nn.yaml:33:24
%717 = max %716, %394 : f32[4,1] @ models/lib/nn.yaml:33:20
%718 = broadcast %717 : f32[4,8] @ models/lib/nn.yaml:33:18
%719 = div %713, %718 : f32[4,8] @ models/lib/nn.yaml:33:18
%720 = broadcast %43 : f32[32,8] @ models/lib/dino.yaml:22:22
%721 = mul %720, %44 : f32[32,8] @ models/lib/dino.yaml:22:22
%722 = mul %44, %44 : f32[32,8] @ models/lib/dino.yaml:22:53
%723 = reduce_sum %722 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%724 = sqrt %723 : f32[32,1] @ models/lib/dino.yaml:22:35
%725 = broadcast %724 : f32[32,8] @ models/lib/dino.yaml:22:33
%726 = div %721, %725 : f32[32,8] @ models/lib/dino.yaml:22:33
%727 = matmul %719, %726 ta=0 tb=1 : f32[4,32] @ models/lib/dino.yaml:23:18
%728 = slice %727 lo=[0,0] hi=[2,32] : f32[2,32] @ models/dino.yaml:65:20
%729 = slice %727 lo=[2,0] hi=[4,32] : f32[2,32] @ models/dino.yaml:65:20
%730 = reshape %6 : f32[4,3,3,4,3,4] @ models/lib/vit.yaml:15:21
%731 = permute %730 perm=[0,2,4,1,3,5] : f32[4,3,3,3,4,4] @ models/lib/vit.yaml:15:13
%732 = reshape %731 : f32[4,9,48] @ models/lib/vit.yaml:16:13
%733 = matmul %732, %408 ta=0 tb=1 : f32[4,9,16] @ models/lib/vit.yaml:17:18
%734 = broadcast %10 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%735 = add %733, %734 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%736 = concat %412, %735 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:61:13
%737 = slice %8 lo=[0,0,0] hi=[1,1,16] : f32[1,1,16] @ models/lib/vit.yaml:41:46
%738 = slice %8 lo=[0,1,0] hi=[1,17,16] : f32[1,16,16] @ models/lib/vit.yaml:41:72
%739 = resize_matrix n=4 scale=0.775 : f32[3,4] @ models/lib/vit.yaml:31:13
%740 = reshape %738 : f32[4,64] @ models/lib/vit.yaml:32:17
%741 = matmul %739, %740 ta=0 tb=0 : f32[3,64] @ models/lib/vit.yaml:32:15
%742 = reshape %741 : f32[3,4,16] @ models/lib/vit.yaml:33:21
%743 = permute %742 perm=[1,0,2] : f32[4,3,16] @ models/lib/vit.yaml:33:13
%744 = reshape %743 : f32[4,48] @ models/lib/vit.yaml:34:17
%745 = matmul %739, %744 ta=0 tb=0 : f32[3,48] @ models/lib/vit.yaml:34:15
%746 = reshape %745 : f32[3,3,16] @ models/lib/vit.yaml:35:21
%747 = permute %746 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%748 = reshape %747 : f32[1,9,16] @ models/lib/vit.yaml:36:16
%749 = concat %737, %748 axis=1 : f32[1,10,16] @ models/lib/vit.yaml:41:36
%750 = broadcast %749 : f32[4,10,16] @ models/lib/vit.yaml:62:15
%751 = add %736, %750 : f32[4,10,16] @ models/lib/vit.yaml:62:15
%752 = reduce_sum %751 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%753 = broadcast %96 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%754 = div %752, %753 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%755 = broadcast %754 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%756 = sub %751, %755 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%757 = mul %756, %756 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%758 = reduce_sum %757 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%759 = div %758, %753 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%760 = broadcast %104 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%761 = add %759, %760 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%762 = rsqrt %761 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%763 = broadcast %762 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%764 = mul %756, %763 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%765 = broadcast %11 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%766 = mul %764, %765 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%767 = broadcast %12 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%768 = add %766, %767 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%769 = matmul %768, %13 ta=0 tb=1 : f32[4,10,48] @ models/lib/nn.yaml:83:15
%770 = broadcast %14 : f32[4,10,48] @ models/lib/nn.yaml:84:18
%771 = add %769, %770 : f32[4,10,48] @ models/lib/nn.yaml:84:18
%772 = reshape %771 : f32[4,10,3,2,8] @ models/lib/nn.yaml:66:21
%773 = permute %772 perm=[2,0,3,1,4] : f32[3,4,2,10,8] @ models/lib/nn.yaml:66:13
%774 = slice %773 lo=[0,0,0,0,0] hi=[1,4,2,10,8] : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:28
%775 = reshape %774 : f32[4,2,10,8] @ models/lib/nn.yaml:67:28
%776 = slice %773 lo=[1,0,0,0,0] hi=[2,4,2,10,8] : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:34
%777 = reshape %776 : f32[4,2,10,8] @ models/lib/nn.yaml:67:34
%778 = slice %773 lo=[2,0,0,0,0] hi=[3,4,2,10,8] : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:40
%779 = reshape %778 : f32[4,2,10,8] @ models/lib/nn.yaml:67:40
%780 = permute %777 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%781 = slice %775 lo=[0,0,0,0] hi=[4,2,10,1] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%782 = broadcast %781 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%783 = slice %780 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%784 = broadcast %783 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%785 = mul %782, %784 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%786 = slice %775 lo=[0,0,0,1] hi=[4,2,10,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%787 = broadcast %786 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%788 = slice %780 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%789 = broadcast %788 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%790 = mul %787, %789 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%791 = add %785, %790 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%792 = slice %775 lo=[0,0,0,2] hi=[4,2,10,3] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%793 = broadcast %792 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%794 = slice %780 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%795 = broadcast %794 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%796 = mul %793, %795 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%797 = add %791, %796 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%798 = slice %775 lo=[0,0,0,3] hi=[4,2,10,4] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%799 = broadcast %798 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%800 = slice %780 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%801 = broadcast %800 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%802 = mul %799, %801 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%803 = add %797, %802 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%804 = slice %775 lo=[0,0,0,4] hi=[4,2,10,5] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%805 = broadcast %804 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%806 = slice %780 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%807 = broadcast %806 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%808 = mul %805, %807 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%809 = add %803, %808 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%810 = slice %775 lo=[0,0,0,5] hi=[4,2,10,6] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%811 = broadcast %810 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%812 = slice %780 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%813 = broadcast %812 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%814 = mul %811, %813 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%815 = add %809, %814 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%816 = slice %775 lo=[0,0,0,6] hi=[4,2,10,7] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%817 = broadcast %816 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%818 = slice %780 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%819 = broadcast %818 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%820 = mul %817, %819 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%821 = add %815, %820 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%822 = slice %775 lo=[0,0,0,7] hi=[4,2,10,8] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%823 = broadcast %822 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%824 = slice %780 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%825 = broadcast %824 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%826 = mul %823, %825 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%827 = add %821, %826 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%828 = broadcast %173 : f32[4,2,10,10] @ models/lib/nn.yaml:55:29
%829 = mul %827, %828 : f32[4,2,10,10] @ models/lib/nn.yaml:55:29
%830 = reduce_max %829 axes=[3] keep=1 : f32[4,2,10,1] @ models/lib/nn.yaml:14:35
%831 = stop_gradient %830 : f32[4,2,10,1] @ models/lib/nn.yaml:14:21
%832 = broadcast %831 : f32[4,2,10,10] @ models/lib/nn.yaml:14:19
%833 = sub %829, %832 : f32[4,2,10,10] @ models/lib/nn.yaml:14:19
%834 = exp %833 : f32[4,2,10,10] @ models/lib/nn.yaml:14:13
%835 = reduce_sum %834 axes=[3] keep=1 : f32[4,2,10,1] @ models/lib/nn.yaml:15:20
%836 = broadcast %835 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%837 = div %834, %836 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%838 = reshape %837 : f32[4,2,10,10,1] @ models/lib/nn.yaml:56:23
%839 = broadcast %838 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%840 = reshape %779 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%841 = broadcast %840 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%842 = mul %839, %841 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%843 = reduce_sum %842 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%844 = permute %843 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/nn.yaml:56:13
%845 = reshape %844 : f32[4,10,16] @ models/lib/nn.yaml:57:16
%846 = matmul %845, %15 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%847 = broadcast %16 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%848 = add %846, %847 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%849 = add %751, %848 : f32[4,10,16] @ models/lib/nn.yaml:125:15
%850 = reduce_sum %849 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%851 = div %850, %753 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%852 = broadcast %851 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%853 = sub %849, %852 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%854 = mul %853, %853 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%855 = reduce_sum %854 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%856 = div %855, %753 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%857 = add %856, %760 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%858 = rsqrt %857 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%859 = broadcast %858 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%860 = mul %853, %859 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%861 = broadcast %17 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%862 = mul %860, %861 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%863 = broadcast %18 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%864 = add %862, %863 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%865 = matmul %864, %19 ta=0 tb=1 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%866 = broadcast %20 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%867 = add %865, %866 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%868 = broadcast %214 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%869 = mul %868, %867 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%870 = broadcast %217 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%871 = mul %867, %870 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%872 = erf %871 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%873 = broadcast %221 : f32[4,10,64] @ models/lib/nn.yaml:27:29
%874 = add %873, %872 : f32[4,10,64] @ models/lib/nn.yaml:27:29
%875 = mul %869, %874 : f32[4,10,64] @ models/lib/nn.yaml:27:24
%876 = matmul %875, %21 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%877 = broadcast %22 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%878 = add %876, %877 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%879 = add %849, %878 : f32[4,10,16] @ models/lib/nn.yaml:126:18
%880 = reduce_sum %879 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%881 = div %880, %753 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%882 = broadcast %881 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%883 = sub %879, %882 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%884 = mul %883, %883 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%885 = reduce_sum %884 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%886 = div %885, %753 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%887 = add %886, %760 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%888 = rsqrt %887 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%889 = broadcast %888 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%890 = mul %883, %889 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%891 = broadcast %23 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%892 = mul %890, %891 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%893 = broadcast %24 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%894 = add %892, %893 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%895 = matmul %894, %25 ta=0 tb=1 : f32[4,10,48] @ models/lib/nn.yaml:83:15
%896 = broadcast %26 : f32[4,10,48] @ models/lib/nn.yaml:84:18
%897 = add %895, %896 : f32[4,10,48] @ models/lib/nn.yaml:84:18
%898 = reshape %897 : f32[4,10,3,2,8] @ models/lib/nn.yaml:66:21
%899 = permute %898 perm=[2,0,3,1,4] : f32[3,4,2,10,8] @ models/lib/nn.yaml:66:13
%900 = slice %899 lo=[0,0,0,0,0] hi=[1,4,2,10,8] : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:28
%901 = reshape %900 : f32[4,2,10,8] @ models/lib/nn.yaml:67:28
%902 = slice %899 lo=[1,0,0,0,0] hi=[2,4,2,10,8] : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:34
%903 = reshape %902 : f32[4,2,10,8] @ models/lib/nn.yaml:67:34
%904 = slice %899 lo=[2,0,0,0,0] hi=[3,4,2,10,8] : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:40
%905 = reshape %904 : f32[4,2,10,8] @ models/lib/nn.yaml:67:40
%906 = permute %903 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%907 = slice %901 lo=[0,0,0,0] hi=[4,2,10,1] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%908 = broadcast %907 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%909 = slice %906 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%910 = broadcast %909 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%911 = mul %908, %910 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%912 = slice %901 lo=[0,0,0,1] hi=[4,2,10,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%913 = broadcast %912 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%914 = slice %906 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%915 = broadcast %914 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%916 = mul %913, %915 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%917 = add %911, %916 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%918 = slice %901 lo=[0,0,0,2] hi=[4,2,10,3] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%919 = broadcast %918 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%920 = slice %906 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%921 = broadcast %920 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%922 = mul %919, %921 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%923 = add %917, %922 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%924 = slice %901 lo=[0,0,0,3] hi=[4,2,10,4] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%925 = broadcast %924 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%926 = slice %906 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%927 = broadcast %926 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%928 = mul %925, %927 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%929 = add %923, %928 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%930 = slice %901 lo=[0,0,0,4] hi=[4,2,10,5] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%931 = broadcast %930 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%932 = slice %906 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%933 = broadcast %932 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%934 = mul %931, %933 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%935 = add %929, %934 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%936 = slice %901 lo=[0,0,0,5] hi=[4,2,10,6] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%937 = broadcast %936 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%938 = slice %906 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%939 = broadcast %938 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%940 = mul %937, %939 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%941 = add %935, %940 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%942 = slice %901 lo=[0,0,0,6] hi=[4,2,10,7] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%943 = broadcast %942 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%944 = slice %906 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%945 = broadcast %944 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%946 = mul %943, %945 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%947 = add %941, %946 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%948 = slice %901 lo=[0,0,0,7] hi=[4,2,10,8] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%949 = broadcast %948 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%950 = slice %906 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%951 = broadcast %950 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%952 = mul %949, %951 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%953 = add %947, %952 : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%954 = mul %953, %828 : f32[4,2,10,10] @ models/lib/nn.yaml:55:29
%955 = reduce_max %954 axes=[3] keep=1 : f32[4,2,10,1] @ models/lib/nn.yaml:14:35
%956 = stop_gradient %955 : f32[4,2,10,1] @ models/lib/nn.yaml:14:21
%957 = broadcast %956 : f32[4,2,10,10] @ models/lib/nn.yaml:14:19
%958 = sub %954, %957 : f32[4,2,10,10] @ models/lib/nn.yaml:14:19
%959 = exp %958 : f32[4,2,10,10] @ models/lib/nn.yaml:14:13
%960 = reduce_sum %959 axes=[3] keep=1 : f32[4,2,10,1] @ models/lib/nn.yaml:15:20
%961 = broadcast %960 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%962 = div %959, %961 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%963 = reshape %962 : f32[4,2,10,10,1] @ models/lib/nn.yaml:56:23
%964 = broadcast %963 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%965 = reshape %905 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%966 = broadcast %965 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%967 = mul %964, %966 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%968 = reduce_sum %967 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%969 = permute %968 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/nn.yaml:56:13
%970 = reshape %969 : f32[4,10,16] @ models/lib/nn.yaml:57:16
%971 = matmul %970, %27 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%972 = broadcast %28 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%973 = add %971, %972 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%974 = broadcast %632 : f32[4,10,16] @ models/lib/nn.yaml:50:38
%975 = div %973, %974 : f32[4,10,16] @ models/lib/nn.yaml:50:38
%976 = rand_uniform %635 stream=3 : f32[4] @ models/lib/nn.yaml:43:13
%977 = add %637, %976 : f32[4] @ models/lib/nn.yaml:44:35
%978 = floor %977 : f32[4] @ models/lib/nn.yaml:44:24
%979 = reshape %978 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%980 = broadcast %979 : f32[4,10,16] @ models/lib/nn.yaml:50:51
%981 = mul %975, %980 : f32[4,10,16] @ models/lib/nn.yaml:50:51
%982 = add %879, %981 : f32[4,10,16] @ models/lib/nn.yaml:125:15
%983 = reduce_sum %982 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%984 = div %983, %753 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%985 = broadcast %984 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%986 = sub %982, %985 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%987 = mul %986, %986 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%988 = reduce_sum %987 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%989 = div %988, %753 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%990 = add %989, %760 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%991 = rsqrt %990 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%992 = broadcast %991 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%993 = mul %986, %992 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%994 = broadcast %29 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%995 = mul %993, %994 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%996 = broadcast %30 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%997 = add %995, %996 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%998 = matmul %997, %31 ta=0 tb=1 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%999 = broadcast %32 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1000 = add %998, %999 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1001 = mul %868, %1000 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%1002 = mul %1000, %870 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%1003 = erf %1002 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1004 = add %873, %1003 : f32[4,10,64] @ models/lib/nn.yaml:27:29
%1005 = mul %1001, %1004 : f32[4,10,64] @ models/lib/nn.yaml:27:24
%1006 = matmul %1005, %33 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1007 = broadcast %34 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1008 = add %1006, %1007 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1009 = div %1008, %974 : f32[4,10,16] @ models/lib/nn.yaml:50:38
%1010 = rand_uniform %635 stream=4 : f32[4] @ models/lib/nn.yaml:43:13
%1011 = add %637, %1010 : f32[4] @ models/lib/nn.yaml:44:35
%1012 = floor %1011 : f32[4] @ models/lib/nn.yaml:44:24
%1013 = reshape %1012 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%1014 = broadcast %1013 : f32[4,10,16] @ models/lib/nn.yaml:50:51
%1015 = mul %1009, %1014 : f32[4,10,16] @ models/lib/nn.yaml:50:51
%1016 = add %982, %1015 : f32[4,10,16] @ models/lib/nn.yaml:126:18
%1017 = reduce_sum %1016 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1018 = div %1017, %753 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1019 = broadcast %1018 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1020 = sub %1016, %1019 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1021 = mul %1020, %1020 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1022 = reduce_sum %1021 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1023 = div %1022, %753 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1024 = add %1023, %760 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1025 = rsqrt %1024 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1026 = broadcast %1025 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1027 = mul %1020, %1026 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1028 = broadcast %35 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1029 = mul %1027, %1028 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1030 = broadcast %36 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1031 = add %1029, %1030 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1032 = slice %1031 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino.yaml:44:34
%1033 = reshape %1032 : f32[4,16] @ models/dino.yaml:44:34
%1034 = matmul %1033, %37 ta=0 tb=1 : f32[4,24] @ models/lib/nn.yaml:83:15
%1035 = add %1034, %696 : f32[4,24] @ models/lib/nn.yaml:84:18
%1036 = mul %371, %1035 : f32[4,24] @ models/lib/nn.yaml:27:20
%1037 = mul %1035, %373 : f32[4,24] @ models/lib/nn.yaml:27:37
%1038 = erf %1037 : f32[4,24] @ models/lib/nn.yaml:27:31
%1039 = add %376, %1038 : f32[4,24] @ models/lib/nn.yaml:27:29
%1040 = mul %1036, %1039 : f32[4,24] @ models/lib/nn.yaml:27:24
%1041 = matmul %1040, %39 ta=0 tb=1 : f32[4,24] @ models/lib/nn.yaml:83:15
%1042 = add %1041, %704 : f32[4,24] @ models/lib/nn.yaml:84:18
%1043 = mul %371, %1042 : f32[4,24] @ models/lib/nn.yaml:27:20
%1044 = mul %1042, %373 : f32[4,24] @ models/lib/nn.yaml:27:37
%1045 = erf %1044 : f32[4,24] @ models/lib/nn.yaml:27:31
%1046 = add %376, %1045 : f32[4,24] @ models/lib/nn.yaml:27:29
%1047 = mul %1043, %1046 : f32[4,24] @ models/lib/nn.yaml:27:24
%1048 = matmul %1047, %41 ta=0 tb=1 : f32[4,8] @ models/lib/nn.yaml:83:15
%1049 = add %1048, %712 : f32[4,8] @ models/lib/nn.yaml:84:18
%1050 = mul %1049, %1049 : f32[4,8] @ models/lib/nn.yaml:33:35
%1051 = reduce_sum %1050 axes=[1] keep=1 : f32[4,1] @ models/lib/nn.yaml:33:29
%1052 = sqrt %1051 : f32[4,1] @ models/lib/nn.yaml:33:24
%1053 = max %1052, %394 : f32[4,1] @ models/lib/nn.yaml:33:20
%1054 = broadcast %1053 : f32[4,8] @ models/lib/nn.yaml:33:18
%1055 = div %1049, %1054 : f32[4,8] @ models/lib/nn.yaml:33:18
%1056 = matmul %1055, %726 ta=0 tb=1 : f32[4,32] @ models/lib/dino.yaml:23:18
%1057 = slice %1056 lo=[0,0] hi=[2,32] : f32[2,32] @ models/dino.yaml:65:20
%1058 = slice %1056 lo=[2,0] hi=[4,32] : f32[2,32] @ models/dino.yaml:65:20
%1059 = broadcast %83 : f32[2,32] @ models/lib/dino.yaml:38:38
%1060 = sub %406, %1059 : f32[2,32] @ models/lib/dino.yaml:38:38
%1061 = broadcast %4 : f32[2,32] @ models/lib/dino.yaml:38:48
%1062 = div %1060, %1061 : f32[2,32] @ models/lib/dino.yaml:38:48
%1063 = reduce_max %1062 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:14:35
%1064 = stop_gradient %1063 : f32[2,1] @ models/lib/nn.yaml:14:21
%1065 = broadcast %1064 : f32[2,32] @ models/lib/nn.yaml:14:19
%1066 = sub %1062, %1065 : f32[2,32] @ models/lib/nn.yaml:14:19
%1067 = exp %1066 : f32[2,32] @ models/lib/nn.yaml:14:13
%1068 = reduce_sum %1067 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:15:20
%1069 = broadcast %1068 : f32[2,32] @ models/lib/nn.yaml:15:18
%1070 = div %1067, %1069 : f32[2,32] @ models/lib/nn.yaml:15:18
%1071 = stop_gradient %1070 : f32[2,32] @ models/lib/dino.yaml:38:13
%1072 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%1073 = broadcast %1072 : f32[2,32] @ models/lib/dino.yaml:39:44
%1074 = div %729, %1073 : f32[2,32] @ models/lib/dino.yaml:39:44
%1075 = reduce_max %1074 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:21:31
%1076 = stop_gradient %1075 : f32[2,1] @ models/lib/nn.yaml:21:17
%1077 = broadcast %1076 : f32[2,32] @ models/lib/nn.yaml:21:15
%1078 = sub %1074, %1077 : f32[2,32] @ models/lib/nn.yaml:21:15
%1079 = exp %1078 : f32[2,32] @ models/lib/nn.yaml:22:28
%1080 = reduce_sum %1079 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:24
%1081 = log %1080 : f32[2,1] @ models/lib/nn.yaml:22:20
%1082 = broadcast %1081 : f32[2,32] @ models/lib/nn.yaml:22:18
%1083 = sub %1078, %1082 : f32[2,32] @ models/lib/nn.yaml:22:18
%1084 = mul %1071, %1083 : f32[2,32] @ models/lib/dino.yaml:39:28
%1085 = reduce_sum %1084 axes=[1] keep=0 : f32[2] @ models/lib/dino.yaml:39:22
%1086 = neg %1085 : f32[2] @ models/lib/dino.yaml:39:21
%1087 = reduce_sum %1086 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%1088 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%1089 = div %1087, %1088 : f32[] @ models/lib/dino.yaml:39:16
%1090 = div %1057, %1073 : f32[2,32] @ models/lib/dino.yaml:39:44
%1091 = reduce_max %1090 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:21:31
%1092 = stop_gradient %1091 : f32[2,1] @ models/lib/nn.yaml:21:17
%1093 = broadcast %1092 : f32[2,32] @ models/lib/nn.yaml:21:15
%1094 = sub %1090, %1093 : f32[2,32] @ models/lib/nn.yaml:21:15
%1095 = exp %1094 : f32[2,32] @ models/lib/nn.yaml:22:28
%1096 = reduce_sum %1095 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:24
%1097 = log %1096 : f32[2,1] @ models/lib/nn.yaml:22:20
%1098 = broadcast %1097 : f32[2,32] @ models/lib/nn.yaml:22:18
%1099 = sub %1094, %1098 : f32[2,32] @ models/lib/nn.yaml:22:18
%1100 = mul %1071, %1099 : f32[2,32] @ models/lib/dino.yaml:39:28
%1101 = reduce_sum %1100 axes=[1] keep=0 : f32[2] @ models/lib/dino.yaml:39:22
%1102 = neg %1101 : f32[2] @ models/lib/dino.yaml:39:21
%1103 = reduce_sum %1102 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%1104 = div %1103, %1088 : f32[] @ models/lib/dino.yaml:39:16
%1105 = add %1089, %1104 : f32[] @ models/dino.yaml:76:11
%1106 = div %1058, %1073 : f32[2,32] @ models/lib/dino.yaml:39:44
%1107 = reduce_max %1106 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:21:31
%1108 = stop_gradient %1107 : f32[2,1] @ models/lib/nn.yaml:21:17
%1109 = broadcast %1108 : f32[2,32] @ models/lib/nn.yaml:21:15
%1110 = sub %1106, %1109 : f32[2,32] @ models/lib/nn.yaml:21:15
%1111 = exp %1110 : f32[2,32] @ models/lib/nn.yaml:22:28
%1112 = reduce_sum %1111 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:24
%1113 = log %1112 : f32[2,1] @ models/lib/nn.yaml:22:20
%1114 = broadcast %1113 : f32[2,32] @ models/lib/nn.yaml:22:18
%1115 = sub %1110, %1114 : f32[2,32] @ models/lib/nn.yaml:22:18
%1116 = mul %1071, %1115 : f32[2,32] @ models/lib/dino.yaml:39:28
%1117 = reduce_sum %1116 axes=[1] keep=0 : f32[2] @ models/lib/dino.yaml:39:22
%1118 = neg %1117 : f32[2] @ models/lib/dino.yaml:39:21
%1119 = reduce_sum %1118 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%1120 = div %1119, %1088 : f32[] @ models/lib/dino.yaml:39:16
%1121 = add %1105, %1120 : f32[] @ models/dino.yaml:76:11
%1122 = sub %407, %1059 : f32[2,32] @ models/lib/dino.yaml:38:38
%1123 = div %1122, %1061 : f32[2,32] @ models/lib/dino.yaml:38:48
%1124 = reduce_max %1123 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:14:35
%1125 = stop_gradient %1124 : f32[2,1] @ models/lib/nn.yaml:14:21
%1126 = broadcast %1125 : f32[2,32] @ models/lib/nn.yaml:14:19
%1127 = sub %1123, %1126 : f32[2,32] @ models/lib/nn.yaml:14:19
%1128 = exp %1127 : f32[2,32] @ models/lib/nn.yaml:14:13
%1129 = reduce_sum %1128 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:15:20
%1130 = broadcast %1129 : f32[2,32] @ models/lib/nn.yaml:15:18
%1131 = div %1128, %1130 : f32[2,32] @ models/lib/nn.yaml:15:18
%1132 = stop_gradient %1131 : f32[2,32] @ models/lib/dino.yaml:38:13
%1133 = div %728, %1073 : f32[2,32] @ models/lib/dino.yaml:39:44
%1134 = reduce_max %1133 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:21:31
%1135 = stop_gradient %1134 : f32[2,1] @ models/lib/nn.yaml:21:17
%1136 = broadcast %1135 : f32[2,32] @ models/lib/nn.yaml:21:15
%1137 = sub %1133, %1136 : f32[2,32] @ models/lib/nn.yaml:21:15
%1138 = exp %1137 : f32[2,32] @ models/lib/nn.yaml:22:28
%1139 = reduce_sum %1138 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:24
%1140 = log %1139 : f32[2,1] @ models/lib/nn.yaml:22:20
%1141 = broadcast %1140 : f32[2,32] @ models/lib/nn.yaml:22:18
%1142 = sub %1137, %1141 : f32[2,32] @ models/lib/nn.yaml:22:18
%1143 = mul %1132, %1142 : f32[2,32] @ models/lib/dino.yaml:39:28
%1144 = reduce_sum %1143 axes=[1] keep=0 : f32[2] @ models/lib/dino.yaml:39:22
%1145 = neg %1144 : f32[2] @ models/lib/dino.yaml:39:21
%1146 = reduce_sum %1145 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%1147 = div %1146, %1088 : f32[] @ models/lib/dino.yaml:39:16
%1148 = add %1121, %1147 : f32[] @ models/dino.yaml:76:11
%1149 = mul %1132, %1099 : f32[2,32] @ models/lib/dino.yaml:39:28
%1150 = reduce_sum %1149 axes=[1] keep=0 : f32[2] @ models/lib/dino.yaml:39:22
%1151 = neg %1150 : f32[2] @ models/lib/dino.yaml:39:21
%1152 = reduce_sum %1151 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%1153 = div %1152, %1088 : f32[] @ models/lib/dino.yaml:39:16
%1154 = add %1148, %1153 : f32[] @ models/dino.yaml:76:11
%1155 = mul %1132, %1115 : f32[2,32] @ models/lib/dino.yaml:39:28
%1156 = reduce_sum %1155 axes=[1] keep=0 : f32[2] @ models/lib/dino.yaml:39:22
%1157 = neg %1156 : f32[2] @ models/lib/dino.yaml:39:21
%1158 = reduce_sum %1157 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%1159 = div %1158, %1088 : f32[] @ models/lib/dino.yaml:39:16
%1160 = add %1154, %1159 : f32[] @ models/dino.yaml:76:11
%1161 = const data=[6] : f32[] @ models/dino.yaml:73:3
%1162 = div %1160, %1161 : f32[] @ models/dino.yaml:73:3
%1163 = output %1162 name="loss.dino" : f32[] @ models/dino.yaml:73:3
%1164 = output %1162 name="loss" : f32[] @ models/dino.yaml:73:3
%1165 = broadcast %632 : f32[1,32] @ models/dino.yaml:70:20
%1166 = mul %83, %1165 : f32[1,32] @ models/dino.yaml:70:20
%1167 = concat %406, %407 axis=0 : f32[4,32] @ models/dino.yaml:70:75
%1168 = reduce_sum %1167 axes=[0] keep=1 : f32[1,32] @ models/lib/nn.yaml:73:26
%1169 = all_reduce_sum %1168 : f32[1,32] @ models/lib/nn.yaml:73:16
%1170 = const data=[4] : f32[] @ models/lib/nn.yaml:73:65
%1171 = broadcast %1170 : f32[1,32] @ models/lib/nn.yaml:73:52
%1172 = div %1169, %1171 : f32[1,32] @ models/lib/nn.yaml:73:52
%1173 = broadcast %1072 : f32[1,32] @ models/dino.yaml:70:62
%1174 = mul %1173, %1172 : f32[1,32] @ models/dino.yaml:70:62
%1175 = add %1166, %1174 : f32[1,32] @ models/dino.yaml:70:38
%1176 = assign %83, %1175 : f32[1,32] @ models/dino.yaml:70:13
%1177 = cast %1 : f64[] @ models/dino.yaml:55:3
%1178 = cast %2 : f64[] @ models/dino.yaml:56:3
%1179 = cast %3 : f64[] @ models/dino.yaml:57:3
%1180 = const data=[-0.083333336] : f32[] @ models/lib/dino.yaml:39:21
%1181 = broadcast %1180 : f32[2] @ models/lib/dino.yaml:39:21
%1182 = reshape %1181 : f32[2,1] @ models/lib/dino.yaml:39:22
%1183 = broadcast %1182 : f32[2,32] @ models/lib/dino.yaml:39:22
%1184 = mul %1183, %1132 : f32[2,32] @ models/lib/dino.yaml:39:28
%1185 = neg %1184 : f32[2,32] @ models/lib/nn.yaml:22:18
%1186 = reduce_sum %1185 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:18
%1187 = div %1186, %1112 : f32[2,1] @ models/lib/nn.yaml:22:20
%1188 = broadcast %1187 : f32[2,32] @ models/lib/nn.yaml:22:24
%1189 = mul %1188, %1111 : f32[2,32] @ models/lib/nn.yaml:22:28
%1190 = add %1184, %1189 : f32[2,32] @ models/lib/nn.yaml:22:28
%1191 = div %1190, %1073 : f32[2,32] @ models/lib/dino.yaml:39:44
%1192 = div %1186, %1096 : f32[2,1] @ models/lib/nn.yaml:22:20
%1193 = broadcast %1192 : f32[2,32] @ models/lib/nn.yaml:22:24
%1194 = mul %1193, %1095 : f32[2,32] @ models/lib/nn.yaml:22:28
%1195 = add %1184, %1194 : f32[2,32] @ models/lib/nn.yaml:22:28
%1196 = div %1195, %1073 : f32[2,32] @ models/lib/dino.yaml:39:44
%1197 = div %1186, %1139 : f32[2,1] @ models/lib/nn.yaml:22:20
%1198 = broadcast %1197 : f32[2,32] @ models/lib/nn.yaml:22:24
%1199 = mul %1198, %1138 : f32[2,32] @ models/lib/nn.yaml:22:28
%1200 = add %1184, %1199 : f32[2,32] @ models/lib/nn.yaml:22:28
%1201 = div %1200, %1073 : f32[2,32] @ models/lib/dino.yaml:39:44
%1202 = mul %1183, %1071 : f32[2,32] @ models/lib/dino.yaml:39:28
%1203 = neg %1202 : f32[2,32] @ models/lib/nn.yaml:22:18
%1204 = reduce_sum %1203 axes=[1] keep=1 : f32[2,1] @ models/lib/nn.yaml:22:18
%1205 = div %1204, %1112 : f32[2,1] @ models/lib/nn.yaml:22:20
%1206 = broadcast %1205 : f32[2,32] @ models/lib/nn.yaml:22:24
%1207 = mul %1206, %1111 : f32[2,32] @ models/lib/nn.yaml:22:28
%1208 = add %1202, %1207 : f32[2,32] @ models/lib/nn.yaml:22:28
%1209 = div %1208, %1073 : f32[2,32] @ models/lib/dino.yaml:39:44
%1210 = add %1191, %1209 : f32[2,32] @ models/lib/dino.yaml:39:44
%1211 = div %1204, %1096 : f32[2,1] @ models/lib/nn.yaml:22:20
%1212 = broadcast %1211 : f32[2,32] @ models/lib/nn.yaml:22:24
%1213 = mul %1212, %1095 : f32[2,32] @ models/lib/nn.yaml:22:28
%1214 = add %1202, %1213 : f32[2,32] @ models/lib/nn.yaml:22:28
%1215 = div %1214, %1073 : f32[2,32] @ models/lib/dino.yaml:39:44
%1216 = add %1196, %1215 : f32[2,32] @ models/lib/dino.yaml:39:44
%1217 = div %1204, %1080 : f32[2,1] @ models/lib/nn.yaml:22:20
%1218 = broadcast %1217 : f32[2,32] @ models/lib/nn.yaml:22:24
%1219 = mul %1218, %1079 : f32[2,32] @ models/lib/nn.yaml:22:28
%1220 = add %1202, %1219 : f32[2,32] @ models/lib/nn.yaml:22:28
%1221 = div %1220, %1073 : f32[2,32] @ models/lib/dino.yaml:39:44
%1222 = concat %1216, %1210 axis=0 : f32[4,32] @ models/dino.yaml:65:20
%1223 = matmul %1222, %726 ta=0 tb=0 : f32[4,8] @ models/lib/dino.yaml:23:18
%1224 = matmul %1222, %1055 ta=1 tb=0 : f32[32,8] @ models/lib/dino.yaml:23:18
%1225 = div %1224, %725 : f32[32,8] @ models/lib/dino.yaml:22:33
%1226 = mul %1225, %726 : f32[32,8] @ models/lib/dino.yaml:22:33
%1227 = neg %1226 : f32[32,8] @ models/lib/dino.yaml:22:33
%1228 = reduce_sum %1227 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%1229 = broadcast %214 : f32[32,1] @ models/lib/dino.yaml:22:35
%1230 = mul %1228, %1229 : f32[32,1] @ models/lib/dino.yaml:22:35
%1231 = div %1230, %724 : f32[32,1] @ models/lib/dino.yaml:22:35
%1232 = broadcast %1231 : f32[32,8] @ models/lib/dino.yaml:22:40
%1233 = mul %1232, %44 : f32[32,8] @ models/lib/dino.yaml:22:53
%1234 = add %1233, %1233 : f32[32,8] @ models/lib/dino.yaml:22:53
%1235 = mul %1225, %720 : f32[32,8] @ models/lib/dino.yaml:22:22
%1236 = add %1234, %1235 : f32[32,8] @ models/lib/dino.yaml:22:22
%1237 = div %1223, %1054 : f32[4,8] @ models/lib/nn.yaml:33:18
%1238 = mul %1237, %1055 : f32[4,8] @ models/lib/nn.yaml:33:18
%1239 = neg %1238 : f32[4,8] @ models/lib/nn.yaml:33:18
%1240 = reduce_sum %1239 axes=[1] keep=1 : f32[4,1] @ models/lib/nn.yaml:33:18
%1241 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%1242 = broadcast %1241 : f32[4,1] @ models/lib/nn.yaml:33:20
%1243 = broadcast %214 : f32[4,1] @ models/lib/nn.yaml:33:20
%1244 = mul %1240, %1243 : f32[4,1] @ models/lib/nn.yaml:33:20
%1245 = eq %1052, %394 : bool[4,1] @ models/lib/nn.yaml:33:20
%1246 = select %1245, %1244, %1242 : f32[4,1] @ models/lib/nn.yaml:33:20
%1247 = gt %1052, %394 : bool[4,1] @ models/lib/nn.yaml:33:20
%1248 = select %1247, %1240, %1246 : f32[4,1] @ models/lib/nn.yaml:33:20
%1249 = mul %1248, %1243 : f32[4,1] @ models/lib/nn.yaml:33:24
%1250 = div %1249, %1052 : f32[4,1] @ models/lib/nn.yaml:33:24
%1251 = broadcast %1250 : f32[4,8] @ models/lib/nn.yaml:33:29
%1252 = mul %1251, %1049 : f32[4,8] @ models/lib/nn.yaml:33:35
%1253 = add %1237, %1252 : f32[4,8] @ models/lib/nn.yaml:33:35
%1254 = add %1253, %1252 : f32[4,8] @ models/lib/nn.yaml:33:35
%1255 = reduce_sum %1254 axes=[0] keep=1 : f32[1,8] @ models/lib/nn.yaml:84:18
%1256 = reshape %1255 : f32[8] @ models/lib/nn.yaml:84:18
%1257 = matmul %1254, %41 ta=0 tb=0 : f32[4,24] @ models/lib/nn.yaml:83:15
%1258 = matmul %1254, %1047 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%1259 = mul %1257, %1046 : f32[4,24] @ models/lib/nn.yaml:27:24
%1260 = mul %1257, %1043 : f32[4,24] @ models/lib/nn.yaml:27:24
%1261 = mul %1044, %1044 : f32[4,24] @ models/lib/nn.yaml:27:31
%1262 = neg %1261 : f32[4,24] @ models/lib/nn.yaml:27:31
%1263 = exp %1262 : f32[4,24] @ models/lib/nn.yaml:27:31
%1264 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%1265 = broadcast %1264 : f32[4,24] @ models/lib/nn.yaml:27:31
%1266 = mul %1263, %1265 : f32[4,24] @ models/lib/nn.yaml:27:31
%1267 = mul %1260, %1266 : f32[4,24] @ models/lib/nn.yaml:27:31
%1268 = mul %1267, %373 : f32[4,24] @ models/lib/nn.yaml:27:37
%1269 = mul %1259, %371 : f32[4,24] @ models/lib/nn.yaml:27:20
%1270 = add %1268, %1269 : f32[4,24] @ models/lib/nn.yaml:27:20
%1271 = reduce_sum %1270 axes=[0] keep=1 : f32[1,24] @ models/lib/nn.yaml:84:18
%1272 = reshape %1271 : f32[24] @ models/lib/nn.yaml:84:18
%1273 = matmul %1270, %39 ta=0 tb=0 : f32[4,24] @ models/lib/nn.yaml:83:15
%1274 = matmul %1270, %1040 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%1275 = mul %1273, %1039 : f32[4,24] @ models/lib/nn.yaml:27:24
%1276 = mul %1273, %1036 : f32[4,24] @ models/lib/nn.yaml:27:24
%1277 = mul %1037, %1037 : f32[4,24] @ models/lib/nn.yaml:27:31
%1278 = neg %1277 : f32[4,24] @ models/lib/nn.yaml:27:31
%1279 = exp %1278 : f32[4,24] @ models/lib/nn.yaml:27:31
%1280 = mul %1279, %1265 : f32[4,24] @ models/lib/nn.yaml:27:31
%1281 = mul %1276, %1280 : f32[4,24] @ models/lib/nn.yaml:27:31
%1282 = mul %1281, %373 : f32[4,24] @ models/lib/nn.yaml:27:37
%1283 = mul %1275, %371 : f32[4,24] @ models/lib/nn.yaml:27:20
%1284 = add %1282, %1283 : f32[4,24] @ models/lib/nn.yaml:27:20
%1285 = reduce_sum %1284 axes=[0] keep=1 : f32[1,24] @ models/lib/nn.yaml:84:18
%1286 = reshape %1285 : f32[24] @ models/lib/nn.yaml:84:18
%1287 = matmul %1284, %37 ta=0 tb=0 : f32[4,16] @ models/lib/nn.yaml:83:15
%1288 = matmul %1284, %1033 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%1289 = reshape %1287 : f32[4,1,16] @ models/dino.yaml:44:34
%1290 = pad %1289 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/dino.yaml:44:34
%1291 = reduce_sum %1290 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1292 = reshape %1291 : f32[16] @ models/lib/nn.yaml:96:46
%1293 = mul %1290, %1028 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1294 = mul %1290, %1027 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1295 = reduce_sum %1294 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1296 = reshape %1295 : f32[16] @ models/lib/nn.yaml:96:37
%1297 = mul %1293, %1026 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1298 = mul %1293, %1020 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1299 = reduce_sum %1298 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%1300 = mul %1025, %1025 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1301 = mul %1025, %1300 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1302 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%1303 = broadcast %1302 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1304 = mul %1301, %1303 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1305 = mul %1299, %1304 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1306 = div %1305, %753 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1307 = broadcast %1306 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%1308 = mul %1307, %1020 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1309 = add %1297, %1308 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1310 = add %1309, %1308 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1311 = neg %1310 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1312 = reduce_sum %1311 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%1313 = div %1312, %753 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1314 = broadcast %1313 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1315 = add %1310, %1314 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1316 = mul %1315, %1014 : f32[4,10,16] @ models/lib/nn.yaml:50:51
%1317 = div %1316, %974 : f32[4,10,16] @ models/lib/nn.yaml:50:38
%1318 = reduce_sum %1317 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1319 = reshape %1318 : f32[16] @ models/lib/nn.yaml:84:18
%1320 = matmul %1317, %33 ta=0 tb=0 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%1321 = reshape %1005 : f32[40,64] @ models/lib/nn.yaml:83:15
%1322 = reshape %1317 : f32[40,16] @ models/lib/nn.yaml:83:15
%1323 = matmul %1322, %1321 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%1324 = mul %1320, %1004 : f32[4,10,64] @ models/lib/nn.yaml:27:24
%1325 = mul %1320, %1001 : f32[4,10,64] @ models/lib/nn.yaml:27:24
%1326 = mul %1002, %1002 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1327 = neg %1326 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1328 = exp %1327 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1329 = broadcast %1264 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1330 = mul %1328, %1329 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1331 = mul %1325, %1330 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1332 = mul %1331, %870 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%1333 = mul %1324, %868 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%1334 = add %1332, %1333 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%1335 = reduce_sum %1334 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%1336 = reshape %1335 : f32[64] @ models/lib/nn.yaml:84:18
%1337 = matmul %1334, %31 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1338 = reshape %997 : f32[40,16] @ models/lib/nn.yaml:83:15
%1339 = reshape %1334 : f32[40,64] @ models/lib/nn.yaml:83:15
%1340 = matmul %1339, %1338 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%1341 = reduce_sum %1337 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1342 = reshape %1341 : f32[16] @ models/lib/nn.yaml:96:46
%1343 = mul %1337, %994 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1344 = mul %1337, %993 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1345 = reduce_sum %1344 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1346 = reshape %1345 : f32[16] @ models/lib/nn.yaml:96:37
%1347 = mul %1343, %992 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1348 = mul %1343, %986 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1349 = reduce_sum %1348 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%1350 = mul %991, %991 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1351 = mul %991, %1350 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1352 = mul %1351, %1303 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1353 = mul %1349, %1352 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1354 = div %1353, %753 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1355 = broadcast %1354 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%1356 = mul %1355, %986 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1357 = add %1347, %1356 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1358 = add %1357, %1356 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1359 = add %1315, %1358 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1360 = neg %1358 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1361 = reduce_sum %1360 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%1362 = div %1361, %753 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1363 = broadcast %1362 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1364 = add %1359, %1363 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1365 = mul %1364, %980 : f32[4,10,16] @ models/lib/nn.yaml:50:51
%1366 = div %1365, %974 : f32[4,10,16] @ models/lib/nn.yaml:50:38
%1367 = reduce_sum %1366 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1368 = reshape %1367 : f32[16] @ models/lib/nn.yaml:84:18
%1369 = matmul %1366, %27 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1370 = reshape %969 : f32[40,16] @ models/lib/nn.yaml:83:15
%1371 = reshape %1366 : f32[40,16] @ models/lib/nn.yaml:83:15
%1372 = matmul %1371, %1370 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%1373 = reshape %1369 : f32[4,10,2,8] @ models/lib/nn.yaml:57:16
%1374 = permute %1373 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/nn.yaml:56:13
%1375 = permute %905 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%1376 = slice %1374 lo=[0,0,0,0] hi=[4,2,10,1] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1377 = broadcast %1376 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1378 = slice %1375 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1379 = broadcast %1378 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1380 = mul %1377, %1379 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1381 = slice %1374 lo=[0,0,0,1] hi=[4,2,10,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1382 = broadcast %1381 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1383 = slice %1375 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1384 = broadcast %1383 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1385 = mul %1382, %1384 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1386 = add %1380, %1385 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1387 = slice %1374 lo=[0,0,0,2] hi=[4,2,10,3] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1388 = broadcast %1387 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1389 = slice %1375 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1390 = broadcast %1389 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1391 = mul %1388, %1390 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1392 = add %1386, %1391 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1393 = slice %1374 lo=[0,0,0,3] hi=[4,2,10,4] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1394 = broadcast %1393 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1395 = slice %1375 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1396 = broadcast %1395 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1397 = mul %1394, %1396 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1398 = add %1392, %1397 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1399 = slice %1374 lo=[0,0,0,4] hi=[4,2,10,5] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1400 = broadcast %1399 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1401 = slice %1375 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1402 = broadcast %1401 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1403 = mul %1400, %1402 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1404 = add %1398, %1403 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1405 = slice %1374 lo=[0,0,0,5] hi=[4,2,10,6] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1406 = broadcast %1405 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1407 = slice %1375 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1408 = broadcast %1407 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1409 = mul %1406, %1408 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1410 = add %1404, %1409 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1411 = slice %1374 lo=[0,0,0,6] hi=[4,2,10,7] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1412 = broadcast %1411 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1413 = slice %1375 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1414 = broadcast %1413 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1415 = mul %1412, %1414 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1416 = add %1410, %1415 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1417 = slice %1374 lo=[0,0,0,7] hi=[4,2,10,8] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1418 = broadcast %1417 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1419 = slice %1375 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1420 = broadcast %1419 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1421 = mul %1418, %1420 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1422 = add %1416, %1421 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1423 = permute %962 perm=[0,1,3,2] : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1424 = reshape %1423 : f32[4,2,10,10,1] @ models/lib/nn.yaml:56:23
%1425 = broadcast %1424 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%1426 = reshape %1374 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1427 = broadcast %1426 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%1428 = mul %1425, %1427 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%1429 = reduce_sum %1428 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%1430 = div %1422, %961 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1431 = mul %1430, %962 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1432 = neg %1431 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1433 = reduce_sum %1432 axes=[3] keep=1 : f32[4,2,10,1] @ models/lib/nn.yaml:15:18
%1434 = broadcast %1433 : f32[4,2,10,10] @ models/lib/nn.yaml:15:20
%1435 = add %1430, %1434 : f32[4,2,10,10] @ models/lib/nn.yaml:15:20
%1436 = mul %1435, %959 : f32[4,2,10,10] @ models/lib/nn.yaml:14:13
%1437 = mul %1436, %828 : f32[4,2,10,10] @ models/lib/nn.yaml:55:29
%1438 = reshape %1437 : f32[4,2,10,10,1] @ models/lib/nn.yaml:55:23
%1439 = broadcast %1438 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1440 = reshape %903 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%1441 = broadcast %1440 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1442 = mul %1439, %1441 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1443 = reduce_sum %1442 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%1444 = permute %1437 perm=[0,1,3,2] : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%1445 = reshape %1444 : f32[4,2,10,10,1] @ models/lib/nn.yaml:55:23
%1446 = broadcast %1445 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1447 = reshape %901 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%1448 = broadcast %1447 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1449 = mul %1446, %1448 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1450 = reduce_sum %1449 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%1451 = reshape %1429 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:40
%1452 = reshape %1450 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:34
%1453 = reshape %1443 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:28
%1454 = concat %1453, %1452, %1451 axis=0 : f32[3,4,2,10,8] @ models/lib/nn.yaml:67:28
%1455 = permute %1454 perm=[1,3,0,2,4] : f32[4,10,3,2,8] @ models/lib/nn.yaml:66:13
%1456 = reshape %1455 : f32[4,10,48] @ models/lib/nn.yaml:66:21
%1457 = reduce_sum %1456 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%1458 = reshape %1457 : f32[48] @ models/lib/nn.yaml:84:18
%1459 = matmul %1456, %25 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1460 = reshape %894 : f32[40,16] @ models/lib/nn.yaml:83:15
%1461 = reshape %1455 : f32[40,48] @ models/lib/nn.yaml:83:15
%1462 = matmul %1461, %1460 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%1463 = reduce_sum %1459 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1464 = reshape %1463 : f32[16] @ models/lib/nn.yaml:96:46
%1465 = mul %1459, %891 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1466 = mul %1459, %890 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1467 = reduce_sum %1466 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1468 = reshape %1467 : f32[16] @ models/lib/nn.yaml:96:37
%1469 = mul %1465, %889 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1470 = mul %1465, %883 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1471 = reduce_sum %1470 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%1472 = mul %888, %888 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1473 = mul %888, %1472 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1474 = mul %1473, %1303 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1475 = mul %1471, %1474 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1476 = div %1475, %753 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1477 = broadcast %1476 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%1478 = mul %1477, %883 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1479 = add %1469, %1478 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1480 = add %1479, %1478 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1481 = add %1364, %1480 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1482 = neg %1480 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1483 = reduce_sum %1482 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%1484 = div %1483, %753 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1485 = broadcast %1484 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1486 = add %1481, %1485 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1487 = reduce_sum %1486 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1488 = reshape %1487 : f32[16] @ models/lib/nn.yaml:84:18
%1489 = matmul %1486, %21 ta=0 tb=0 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%1490 = reshape %875 : f32[40,64] @ models/lib/nn.yaml:83:15
%1491 = reshape %1486 : f32[40,16] @ models/lib/nn.yaml:83:15
%1492 = matmul %1491, %1490 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%1493 = mul %1489, %874 : f32[4,10,64] @ models/lib/nn.yaml:27:24
%1494 = mul %1489, %869 : f32[4,10,64] @ models/lib/nn.yaml:27:24
%1495 = mul %871, %871 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1496 = neg %1495 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1497 = exp %1496 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1498 = mul %1497, %1329 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1499 = mul %1494, %1498 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1500 = mul %1499, %870 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%1501 = mul %1493, %868 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%1502 = add %1500, %1501 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%1503 = reduce_sum %1502 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%1504 = reshape %1503 : f32[64] @ models/lib/nn.yaml:84:18
%1505 = matmul %1502, %19 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1506 = reshape %864 : f32[40,16] @ models/lib/nn.yaml:83:15
%1507 = reshape %1502 : f32[40,64] @ models/lib/nn.yaml:83:15
%1508 = matmul %1507, %1506 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%1509 = reduce_sum %1505 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1510 = reshape %1509 : f32[16] @ models/lib/nn.yaml:96:46
%1511 = mul %1505, %861 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1512 = mul %1505, %860 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1513 = reduce_sum %1512 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1514 = reshape %1513 : f32[16] @ models/lib/nn.yaml:96:37
%1515 = mul %1511, %859 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1516 = mul %1511, %853 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1517 = reduce_sum %1516 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%1518 = mul %858, %858 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1519 = mul %858, %1518 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1520 = mul %1519, %1303 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1521 = mul %1517, %1520 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1522 = div %1521, %753 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1523 = broadcast %1522 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%1524 = mul %1523, %853 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1525 = add %1515, %1524 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1526 = add %1525, %1524 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1527 = add %1486, %1526 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1528 = neg %1526 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1529 = reduce_sum %1528 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%1530 = div %1529, %753 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1531 = broadcast %1530 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1532 = add %1527, %1531 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1533 = reduce_sum %1532 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1534 = reshape %1533 : f32[16] @ models/lib/nn.yaml:84:18
%1535 = matmul %1532, %15 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1536 = reshape %844 : f32[40,16] @ models/lib/nn.yaml:83:15
%1537 = reshape %1532 : f32[40,16] @ models/lib/nn.yaml:83:15
%1538 = matmul %1537, %1536 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%1539 = reshape %1535 : f32[4,10,2,8] @ models/lib/nn.yaml:57:16
%1540 = permute %1539 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/nn.yaml:56:13
%1541 = permute %779 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%1542 = slice %1540 lo=[0,0,0,0] hi=[4,2,10,1] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1543 = broadcast %1542 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1544 = slice %1541 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1545 = broadcast %1544 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1546 = mul %1543, %1545 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1547 = slice %1540 lo=[0,0,0,1] hi=[4,2,10,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1548 = broadcast %1547 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1549 = slice %1541 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1550 = broadcast %1549 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1551 = mul %1548, %1550 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1552 = add %1546, %1551 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1553 = slice %1540 lo=[0,0,0,2] hi=[4,2,10,3] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1554 = broadcast %1553 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1555 = slice %1541 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1556 = broadcast %1555 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1557 = mul %1554, %1556 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1558 = add %1552, %1557 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1559 = slice %1540 lo=[0,0,0,3] hi=[4,2,10,4] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1560 = broadcast %1559 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1561 = slice %1541 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1562 = broadcast %1561 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1563 = mul %1560, %1562 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1564 = add %1558, %1563 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1565 = slice %1540 lo=[0,0,0,4] hi=[4,2,10,5] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1566 = broadcast %1565 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1567 = slice %1541 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1568 = broadcast %1567 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1569 = mul %1566, %1568 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1570 = add %1564, %1569 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1571 = slice %1540 lo=[0,0,0,5] hi=[4,2,10,6] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1572 = broadcast %1571 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1573 = slice %1541 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1574 = broadcast %1573 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1575 = mul %1572, %1574 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1576 = add %1570, %1575 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1577 = slice %1540 lo=[0,0,0,6] hi=[4,2,10,7] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1578 = broadcast %1577 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1579 = slice %1541 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1580 = broadcast %1579 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1581 = mul %1578, %1580 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1582 = add %1576, %1581 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1583 = slice %1540 lo=[0,0,0,7] hi=[4,2,10,8] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1584 = broadcast %1583 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1585 = slice %1541 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1586 = broadcast %1585 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1587 = mul %1584, %1586 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1588 = add %1582, %1587 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1589 = permute %837 perm=[0,1,3,2] : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1590 = reshape %1589 : f32[4,2,10,10,1] @ models/lib/nn.yaml:56:23
%1591 = broadcast %1590 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%1592 = reshape %1540 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1593 = broadcast %1592 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%1594 = mul %1591, %1593 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%1595 = reduce_sum %1594 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%1596 = div %1588, %836 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1597 = mul %1596, %837 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1598 = neg %1597 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1599 = reduce_sum %1598 axes=[3] keep=1 : f32[4,2,10,1] @ models/lib/nn.yaml:15:18
%1600 = broadcast %1599 : f32[4,2,10,10] @ models/lib/nn.yaml:15:20
%1601 = add %1596, %1600 : f32[4,2,10,10] @ models/lib/nn.yaml:15:20
%1602 = mul %1601, %834 : f32[4,2,10,10] @ models/lib/nn.yaml:14:13
%1603 = mul %1602, %828 : f32[4,2,10,10] @ models/lib/nn.yaml:55:29
%1604 = reshape %1603 : f32[4,2,10,10,1] @ models/lib/nn.yaml:55:23
%1605 = broadcast %1604 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1606 = reshape %777 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%1607 = broadcast %1606 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1608 = mul %1605, %1607 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1609 = reduce_sum %1608 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%1610 = permute %1603 perm=[0,1,3,2] : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%1611 = reshape %1610 : f32[4,2,10,10,1] @ models/lib/nn.yaml:55:23
%1612 = broadcast %1611 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1613 = reshape %775 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%1614 = broadcast %1613 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1615 = mul %1612, %1614 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1616 = reduce_sum %1615 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%1617 = reshape %1595 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:40
%1618 = reshape %1616 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:34
%1619 = reshape %1609 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:28
%1620 = concat %1619, %1618, %1617 axis=0 : f32[3,4,2,10,8] @ models/lib/nn.yaml:67:28
%1621 = permute %1620 perm=[1,3,0,2,4] : f32[4,10,3,2,8] @ models/lib/nn.yaml:66:13
%1622 = reshape %1621 : f32[4,10,48] @ models/lib/nn.yaml:66:21
%1623 = reduce_sum %1622 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%1624 = reshape %1623 : f32[48] @ models/lib/nn.yaml:84:18
%1625 = matmul %1622, %13 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1626 = reshape %768 : f32[40,16] @ models/lib/nn.yaml:83:15
%1627 = reshape %1621 : f32[40,48] @ models/lib/nn.yaml:83:15
%1628 = matmul %1627, %1626 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%1629 = reduce_sum %1625 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1630 = reshape %1629 : f32[16] @ models/lib/nn.yaml:96:46
%1631 = mul %1625, %765 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1632 = mul %1625, %764 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1633 = reduce_sum %1632 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1634 = reshape %1633 : f32[16] @ models/lib/nn.yaml:96:37
%1635 = mul %1631, %763 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1636 = mul %1631, %756 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1637 = reduce_sum %1636 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%1638 = mul %762, %762 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1639 = mul %762, %1638 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1640 = mul %1639, %1303 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1641 = mul %1637, %1640 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1642 = div %1641, %753 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1643 = broadcast %1642 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%1644 = mul %1643, %756 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1645 = add %1635, %1644 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1646 = add %1645, %1644 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1647 = add %1532, %1646 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1648 = neg %1646 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1649 = reduce_sum %1648 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%1650 = div %1649, %753 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1651 = broadcast %1650 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1652 = add %1647, %1651 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1653 = reduce_sum %1652 axes=[0] keep=1 : f32[1,10,16] @ models/lib/vit.yaml:62:15
%1654 = slice %1653 lo=[0,0,0] hi=[1,1,16] : f32[1,1,16] @ models/lib/vit.yaml:41:36
%1655 = slice %1653 lo=[0,1,0] hi=[1,10,16] : f32[1,9,16] @ models/lib/vit.yaml:41:36
%1656 = reshape %1655 : f32[3,3,16] @ models/lib/vit.yaml:36:16
%1657 = permute %1656 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%1658 = reshape %1657 : f32[3,48] @ models/lib/vit.yaml:35:21
%1659 = matmul %739, %1658 ta=1 tb=0 : f32[4,48] @ models/lib/vit.yaml:34:15
%1660 = reshape %1659 : f32[4,3,16] @ models/lib/vit.yaml:34:17
%1661 = permute %1660 perm=[1,0,2] : f32[3,4,16] @ models/lib/vit.yaml:33:13
%1662 = reshape %1661 : f32[3,64] @ models/lib/vit.yaml:33:21
%1663 = matmul %739, %1662 ta=1 tb=0 : f32[4,64] @ models/lib/vit.yaml:32:15
%1664 = reshape %1663 : f32[1,16,16] @ models/lib/vit.yaml:32:17
%1665 = concat %1654, %1664 axis=1 : f32[1,17,16] @ models/lib/vit.yaml:41:46
%1666 = slice %1652 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:61:13
%1667 = slice %1652 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:61:13
%1668 = reduce_sum %1666 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:61:20
%1669 = reduce_sum %1667 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%1670 = reshape %1669 : f32[16] @ models/lib/vit.yaml:17:71
%1671 = reshape %731 : f32[36,48] @ models/lib/vit.yaml:17:18
%1672 = reshape %1667 : f32[36,16] @ models/lib/vit.yaml:17:18
%1673 = matmul %1672, %1671 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%1674 = reshape %1673 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%1675 = concat %1201, %1221 axis=0 : f32[4,32] @ models/dino.yaml:65:20
%1676 = matmul %1675, %726 ta=0 tb=0 : f32[4,8] @ models/lib/dino.yaml:23:18
%1677 = matmul %1675, %719 ta=1 tb=0 : f32[32,8] @ models/lib/dino.yaml:23:18
%1678 = div %1677, %725 : f32[32,8] @ models/lib/dino.yaml:22:33
%1679 = mul %1678, %726 : f32[32,8] @ models/lib/dino.yaml:22:33
%1680 = neg %1679 : f32[32,8] @ models/lib/dino.yaml:22:33
%1681 = reduce_sum %1680 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%1682 = mul %1681, %1229 : f32[32,1] @ models/lib/dino.yaml:22:35
%1683 = div %1682, %724 : f32[32,1] @ models/lib/dino.yaml:22:35
%1684 = broadcast %1683 : f32[32,8] @ models/lib/dino.yaml:22:40
%1685 = mul %1684, %44 : f32[32,8] @ models/lib/dino.yaml:22:53
%1686 = add %1236, %1685 : f32[32,8] @ models/lib/dino.yaml:22:53
%1687 = add %1686, %1685 : f32[32,8] @ models/lib/dino.yaml:22:53
%1688 = mul %1678, %720 : f32[32,8] @ models/lib/dino.yaml:22:22
%1689 = add %1687, %1688 : f32[32,8] @ models/lib/dino.yaml:22:22
%1690 = div %1676, %718 : f32[4,8] @ models/lib/nn.yaml:33:18
%1691 = mul %1690, %719 : f32[4,8] @ models/lib/nn.yaml:33:18
%1692 = neg %1691 : f32[4,8] @ models/lib/nn.yaml:33:18
%1693 = reduce_sum %1692 axes=[1] keep=1 : f32[4,1] @ models/lib/nn.yaml:33:18
%1694 = mul %1693, %1243 : f32[4,1] @ models/lib/nn.yaml:33:20
%1695 = eq %716, %394 : bool[4,1] @ models/lib/nn.yaml:33:20
%1696 = select %1695, %1694, %1242 : f32[4,1] @ models/lib/nn.yaml:33:20
%1697 = gt %716, %394 : bool[4,1] @ models/lib/nn.yaml:33:20
%1698 = select %1697, %1693, %1696 : f32[4,1] @ models/lib/nn.yaml:33:20
%1699 = mul %1698, %1243 : f32[4,1] @ models/lib/nn.yaml:33:24
%1700 = div %1699, %716 : f32[4,1] @ models/lib/nn.yaml:33:24
%1701 = broadcast %1700 : f32[4,8] @ models/lib/nn.yaml:33:29
%1702 = mul %1701, %713 : f32[4,8] @ models/lib/nn.yaml:33:35
%1703 = add %1690, %1702 : f32[4,8] @ models/lib/nn.yaml:33:35
%1704 = add %1703, %1702 : f32[4,8] @ models/lib/nn.yaml:33:35
%1705 = reduce_sum %1704 axes=[0] keep=1 : f32[1,8] @ models/lib/nn.yaml:84:18
%1706 = reshape %1705 : f32[8] @ models/lib/nn.yaml:84:18
%1707 = add %1256, %1706 : f32[8] @ models/lib/nn.yaml:84:18
%1708 = matmul %1704, %41 ta=0 tb=0 : f32[4,24] @ models/lib/nn.yaml:83:15
%1709 = matmul %1704, %710 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%1710 = add %1258, %1709 : f32[8,24] @ models/lib/nn.yaml:83:15
%1711 = mul %1708, %709 : f32[4,24] @ models/lib/nn.yaml:27:24
%1712 = mul %1708, %706 : f32[4,24] @ models/lib/nn.yaml:27:24
%1713 = mul %707, %707 : f32[4,24] @ models/lib/nn.yaml:27:31
%1714 = neg %1713 : f32[4,24] @ models/lib/nn.yaml:27:31
%1715 = exp %1714 : f32[4,24] @ models/lib/nn.yaml:27:31
%1716 = mul %1715, %1265 : f32[4,24] @ models/lib/nn.yaml:27:31
%1717 = mul %1712, %1716 : f32[4,24] @ models/lib/nn.yaml:27:31
%1718 = mul %1717, %373 : f32[4,24] @ models/lib/nn.yaml:27:37
%1719 = mul %1711, %371 : f32[4,24] @ models/lib/nn.yaml:27:20
%1720 = add %1718, %1719 : f32[4,24] @ models/lib/nn.yaml:27:20
%1721 = reduce_sum %1720 axes=[0] keep=1 : f32[1,24] @ models/lib/nn.yaml:84:18
%1722 = reshape %1721 : f32[24] @ models/lib/nn.yaml:84:18
%1723 = add %1272, %1722 : f32[24] @ models/lib/nn.yaml:84:18
%1724 = matmul %1720, %39 ta=0 tb=0 : f32[4,24] @ models/lib/nn.yaml:83:15
%1725 = matmul %1720, %702 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%1726 = add %1274, %1725 : f32[24,24] @ models/lib/nn.yaml:83:15
%1727 = mul %1724, %701 : f32[4,24] @ models/lib/nn.yaml:27:24
%1728 = mul %1724, %698 : f32[4,24] @ models/lib/nn.yaml:27:24
%1729 = mul %699, %699 : f32[4,24] @ models/lib/nn.yaml:27:31
%1730 = neg %1729 : f32[4,24] @ models/lib/nn.yaml:27:31
%1731 = exp %1730 : f32[4,24] @ models/lib/nn.yaml:27:31
%1732 = mul %1731, %1265 : f32[4,24] @ models/lib/nn.yaml:27:31
%1733 = mul %1728, %1732 : f32[4,24] @ models/lib/nn.yaml:27:31
%1734 = mul %1733, %373 : f32[4,24] @ models/lib/nn.yaml:27:37
%1735 = mul %1727, %371 : f32[4,24] @ models/lib/nn.yaml:27:20
%1736 = add %1734, %1735 : f32[4,24] @ models/lib/nn.yaml:27:20
%1737 = reduce_sum %1736 axes=[0] keep=1 : f32[1,24] @ models/lib/nn.yaml:84:18
%1738 = reshape %1737 : f32[24] @ models/lib/nn.yaml:84:18
%1739 = add %1286, %1738 : f32[24] @ models/lib/nn.yaml:84:18
%1740 = matmul %1736, %37 ta=0 tb=0 : f32[4,16] @ models/lib/nn.yaml:83:15
%1741 = matmul %1736, %694 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%1742 = add %1288, %1741 : f32[24,16] @ models/lib/nn.yaml:83:15
%1743 = reshape %1740 : f32[4,1,16] @ models/dino.yaml:44:34
%1744 = pad %1743 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/dino.yaml:44:34
%1745 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,68] @ models/lib/nn.yaml:96:46
%1746 = reshape %1744 : f32[68,16] @ models/lib/nn.yaml:96:46
%1747 = matmul %1745, %1746 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%1748 = reshape %1747 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1749 = reshape %1748 : f32[16] @ models/lib/nn.yaml:96:46
%1750 = add %1292, %1749 : f32[16] @ models/lib/nn.yaml:96:46
%1751 = mul %1744, %689 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1752 = mul %1744, %688 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1753 = reshape %1752 : f32[68,16] @ models/lib/nn.yaml:96:37
%1754 = matmul %1745, %1753 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%1755 = reshape %1754 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1756 = reshape %1755 : f32[16] @ models/lib/nn.yaml:96:37
%1757 = add %1296, %1756 : f32[16] @ models/lib/nn.yaml:96:37
%1758 = mul %1751, %687 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1759 = mul %1751, %681 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1760 = reduce_sum %1759 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%1761 = mul %686, %686 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1762 = mul %686, %1761 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1763 = broadcast %1302 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1764 = mul %1762, %1763 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1765 = mul %1760, %1764 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1766 = div %1765, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1767 = broadcast %1766 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%1768 = mul %1767, %681 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1769 = add %1758, %1768 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1770 = add %1769, %1768 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1771 = neg %1770 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1772 = reduce_sum %1771 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%1773 = div %1772, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1774 = broadcast %1773 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1775 = add %1770, %1774 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1776 = mul %1775, %675 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%1777 = div %1776, %633 : f32[4,17,16] @ models/lib/nn.yaml:50:38
%1778 = reshape %1777 : f32[68,16] @ models/lib/nn.yaml:84:18
%1779 = matmul %1745, %1778 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%1780 = reshape %1779 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1781 = reshape %1780 : f32[16] @ models/lib/nn.yaml:84:18
%1782 = add %1319, %1781 : f32[16] @ models/lib/nn.yaml:84:18
%1783 = matmul %1777, %33 ta=0 tb=0 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%1784 = reshape %666 : f32[68,64] @ models/lib/nn.yaml:83:15
%1785 = reshape %1777 : f32[68,16] @ models/lib/nn.yaml:83:15
%1786 = matmul %1785, %1784 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%1787 = add %1323, %1786 : f32[16,64] @ models/lib/nn.yaml:83:15
%1788 = mul %1783, %665 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%1789 = mul %1783, %662 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%1790 = mul %663, %663 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1791 = neg %1790 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1792 = exp %1791 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1793 = broadcast %1264 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1794 = mul %1792, %1793 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1795 = mul %1789, %1794 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1796 = mul %1795, %218 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%1797 = mul %1788, %215 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%1798 = add %1796, %1797 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%1799 = reshape %1798 : f32[68,64] @ models/lib/nn.yaml:84:18
%1800 = matmul %1745, %1799 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%1801 = reshape %1800 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%1802 = reshape %1801 : f32[64] @ models/lib/nn.yaml:84:18
%1803 = add %1336, %1802 : f32[64] @ models/lib/nn.yaml:84:18
%1804 = matmul %1798, %31 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1805 = reshape %658 : f32[68,16] @ models/lib/nn.yaml:83:15
%1806 = reshape %1798 : f32[68,64] @ models/lib/nn.yaml:83:15
%1807 = matmul %1806, %1805 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%1808 = add %1340, %1807 : f32[64,16] @ models/lib/nn.yaml:83:15
%1809 = reshape %1804 : f32[68,16] @ models/lib/nn.yaml:96:46
%1810 = matmul %1745, %1809 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%1811 = reshape %1810 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1812 = reshape %1811 : f32[16] @ models/lib/nn.yaml:96:46
%1813 = add %1342, %1812 : f32[16] @ models/lib/nn.yaml:96:46
%1814 = mul %1804, %655 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1815 = mul %1804, %654 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1816 = reshape %1815 : f32[68,16] @ models/lib/nn.yaml:96:37
%1817 = matmul %1745, %1816 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%1818 = reshape %1817 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1819 = reshape %1818 : f32[16] @ models/lib/nn.yaml:96:37
%1820 = add %1346, %1819 : f32[16] @ models/lib/nn.yaml:96:37
%1821 = mul %1814, %653 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1822 = mul %1814, %647 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1823 = reduce_sum %1822 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%1824 = mul %652, %652 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1825 = mul %652, %1824 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1826 = mul %1825, %1763 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1827 = mul %1823, %1826 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1828 = div %1827, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1829 = broadcast %1828 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%1830 = mul %1829, %647 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1831 = add %1821, %1830 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1832 = add %1831, %1830 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1833 = add %1775, %1832 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1834 = neg %1832 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1835 = reduce_sum %1834 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%1836 = div %1835, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1837 = broadcast %1836 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1838 = add %1833, %1837 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1839 = mul %1838, %641 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%1840 = div %1839, %633 : f32[4,17,16] @ models/lib/nn.yaml:50:38
%1841 = reshape %1840 : f32[68,16] @ models/lib/nn.yaml:84:18
%1842 = matmul %1745, %1841 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%1843 = reshape %1842 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1844 = reshape %1843 : f32[16] @ models/lib/nn.yaml:84:18
%1845 = add %1368, %1844 : f32[16] @ models/lib/nn.yaml:84:18
%1846 = matmul %1840, %27 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1847 = reshape %627 : f32[68,16] @ models/lib/nn.yaml:83:15
%1848 = reshape %1840 : f32[68,16] @ models/lib/nn.yaml:83:15
%1849 = matmul %1848, %1847 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%1850 = add %1372, %1849 : f32[16,16] @ models/lib/nn.yaml:83:15
%1851 = reshape %1846 : f32[4,17,2,8] @ models/lib/nn.yaml:57:16
%1852 = permute %1851 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/nn.yaml:56:13
%1853 = permute %563 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%1854 = slice %1852 lo=[0,0,0,0] hi=[4,2,17,1] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%1855 = broadcast %1854 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1856 = slice %1853 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%1857 = broadcast %1856 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1858 = mul %1855, %1857 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1859 = slice %1852 lo=[0,0,0,1] hi=[4,2,17,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%1860 = broadcast %1859 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1861 = slice %1853 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%1862 = broadcast %1861 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1863 = mul %1860, %1862 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1864 = add %1858, %1863 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1865 = slice %1852 lo=[0,0,0,2] hi=[4,2,17,3] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%1866 = broadcast %1865 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1867 = slice %1853 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%1868 = broadcast %1867 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1869 = mul %1866, %1868 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1870 = add %1864, %1869 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1871 = slice %1852 lo=[0,0,0,3] hi=[4,2,17,4] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%1872 = broadcast %1871 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1873 = slice %1853 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%1874 = broadcast %1873 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1875 = mul %1872, %1874 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1876 = add %1870, %1875 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1877 = slice %1852 lo=[0,0,0,4] hi=[4,2,17,5] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%1878 = broadcast %1877 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1879 = slice %1853 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%1880 = broadcast %1879 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1881 = mul %1878, %1880 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1882 = add %1876, %1881 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1883 = slice %1852 lo=[0,0,0,5] hi=[4,2,17,6] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%1884 = broadcast %1883 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1885 = slice %1853 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%1886 = broadcast %1885 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1887 = mul %1884, %1886 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1888 = add %1882, %1887 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1889 = slice %1852 lo=[0,0,0,6] hi=[4,2,17,7] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%1890 = broadcast %1889 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1891 = slice %1853 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%1892 = broadcast %1891 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1893 = mul %1890, %1892 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1894 = add %1888, %1893 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1895 = slice %1852 lo=[0,0,0,7] hi=[4,2,17,8] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%1896 = broadcast %1895 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1897 = slice %1853 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%1898 = broadcast %1897 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1899 = mul %1896, %1898 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1900 = add %1894, %1899 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1901 = permute %620 perm=[0,1,3,2] : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1902 = reshape %1901 : f32[4,2,17,17,1] @ models/lib/nn.yaml:56:23
%1903 = broadcast %1902 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%1904 = reshape %1852 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1905 = broadcast %1904 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%1906 = mul %1903, %1905 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%1907 = reduce_sum %1906 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%1908 = div %1900, %619 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%1909 = mul %1908, %620 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%1910 = neg %1909 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%1911 = reduce_sum %1910 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:18
%1912 = broadcast %1911 : f32[4,2,17,17] @ models/lib/nn.yaml:15:20
%1913 = add %1908, %1912 : f32[4,2,17,17] @ models/lib/nn.yaml:15:20
%1914 = mul %1913, %617 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%1915 = mul %1914, %174 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%1916 = reshape %1915 : f32[4,2,17,17,1] @ models/lib/nn.yaml:55:23
%1917 = broadcast %1916 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1918 = reshape %561 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%1919 = broadcast %1918 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1920 = mul %1917, %1919 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1921 = reduce_sum %1920 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%1922 = permute %1915 perm=[0,1,3,2] : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%1923 = reshape %1922 : f32[4,2,17,17,1] @ models/lib/nn.yaml:55:23
%1924 = broadcast %1923 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1925 = reshape %559 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%1926 = broadcast %1925 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1927 = mul %1924, %1926 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%1928 = reduce_sum %1927 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%1929 = reshape %1907 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:40
%1930 = reshape %1928 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:34
%1931 = reshape %1921 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:28
%1932 = concat %1931, %1930, %1929 axis=0 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:28
%1933 = permute %1932 perm=[1,3,0,2,4] : f32[4,17,3,2,8] @ models/lib/nn.yaml:66:13
%1934 = reshape %1933 : f32[4,17,48] @ models/lib/nn.yaml:66:21
%1935 = reshape %1934 : f32[68,48] @ models/lib/nn.yaml:84:18
%1936 = matmul %1745, %1935 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%1937 = reshape %1936 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%1938 = reshape %1937 : f32[48] @ models/lib/nn.yaml:84:18
%1939 = add %1458, %1938 : f32[48] @ models/lib/nn.yaml:84:18
%1940 = matmul %1934, %25 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1941 = reshape %552 : f32[68,16] @ models/lib/nn.yaml:83:15
%1942 = reshape %1933 : f32[68,48] @ models/lib/nn.yaml:83:15
%1943 = matmul %1942, %1941 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%1944 = add %1462, %1943 : f32[48,16] @ models/lib/nn.yaml:83:15
%1945 = reshape %1940 : f32[68,16] @ models/lib/nn.yaml:96:46
%1946 = matmul %1745, %1945 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%1947 = reshape %1946 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1948 = reshape %1947 : f32[16] @ models/lib/nn.yaml:96:46
%1949 = add %1464, %1948 : f32[16] @ models/lib/nn.yaml:96:46
%1950 = mul %1940, %549 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1951 = mul %1940, %548 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1952 = reshape %1951 : f32[68,16] @ models/lib/nn.yaml:96:37
%1953 = matmul %1745, %1952 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%1954 = reshape %1953 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1955 = reshape %1954 : f32[16] @ models/lib/nn.yaml:96:37
%1956 = add %1468, %1955 : f32[16] @ models/lib/nn.yaml:96:37
%1957 = mul %1950, %547 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1958 = mul %1950, %541 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1959 = reduce_sum %1958 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%1960 = mul %546, %546 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1961 = mul %546, %1960 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1962 = mul %1961, %1763 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1963 = mul %1959, %1962 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1964 = div %1963, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1965 = broadcast %1964 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%1966 = mul %1965, %541 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1967 = add %1957, %1966 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1968 = add %1967, %1966 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1969 = add %1838, %1968 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1970 = neg %1968 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1971 = reduce_sum %1970 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%1972 = div %1971, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1973 = broadcast %1972 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1974 = add %1969, %1973 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1975 = reshape %1974 : f32[68,16] @ models/lib/nn.yaml:84:18
%1976 = matmul %1745, %1975 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%1977 = reshape %1976 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1978 = reshape %1977 : f32[16] @ models/lib/nn.yaml:84:18
%1979 = add %1488, %1978 : f32[16] @ models/lib/nn.yaml:84:18
%1980 = matmul %1974, %21 ta=0 tb=0 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%1981 = reshape %533 : f32[68,64] @ models/lib/nn.yaml:83:15
%1982 = reshape %1974 : f32[68,16] @ models/lib/nn.yaml:83:15
%1983 = matmul %1982, %1981 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%1984 = add %1492, %1983 : f32[16,64] @ models/lib/nn.yaml:83:15
%1985 = mul %1980, %532 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%1986 = mul %1980, %529 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%1987 = mul %530, %530 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1988 = neg %1987 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1989 = exp %1988 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1990 = mul %1989, %1793 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1991 = mul %1986, %1990 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1992 = mul %1991, %218 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%1993 = mul %1985, %215 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%1994 = add %1992, %1993 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%1995 = reshape %1994 : f32[68,64] @ models/lib/nn.yaml:84:18
%1996 = matmul %1745, %1995 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%1997 = reshape %1996 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%1998 = reshape %1997 : f32[64] @ models/lib/nn.yaml:84:18
%1999 = add %1504, %1998 : f32[64] @ models/lib/nn.yaml:84:18
%2000 = matmul %1994, %19 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%2001 = reshape %525 : f32[68,16] @ models/lib/nn.yaml:83:15
%2002 = reshape %1994 : f32[68,64] @ models/lib/nn.yaml:83:15
%2003 = matmul %2002, %2001 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%2004 = add %1508, %2003 : f32[64,16] @ models/lib/nn.yaml:83:15
%2005 = reshape %2000 : f32[68,16] @ models/lib/nn.yaml:96:46
%2006 = matmul %1745, %2005 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2007 = reshape %2006 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2008 = reshape %2007 : f32[16] @ models/lib/nn.yaml:96:46
%2009 = add %1510, %2008 : f32[16] @ models/lib/nn.yaml:96:46
%2010 = mul %2000, %522 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2011 = mul %2000, %521 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2012 = reshape %2011 : f32[68,16] @ models/lib/nn.yaml:96:37
%2013 = matmul %1745, %2012 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%2014 = reshape %2013 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2015 = reshape %2014 : f32[16] @ models/lib/nn.yaml:96:37
%2016 = add %1514, %2015 : f32[16] @ models/lib/nn.yaml:96:37
%2017 = mul %2010, %520 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2018 = mul %2010, %514 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2019 = reduce_sum %2018 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%2020 = mul %519, %519 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2021 = mul %519, %2020 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2022 = mul %2021, %1763 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2023 = mul %2019, %2022 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2024 = div %2023, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2025 = broadcast %2024 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%2026 = mul %2025, %514 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2027 = add %2017, %2026 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2028 = add %2027, %2026 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2029 = add %1974, %2028 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2030 = neg %2028 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2031 = reduce_sum %2030 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%2032 = div %2031, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2033 = broadcast %2032 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%2034 = add %2029, %2033 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%2035 = reshape %2034 : f32[68,16] @ models/lib/nn.yaml:84:18
%2036 = matmul %1745, %2035 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2037 = reshape %2036 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2038 = reshape %2037 : f32[16] @ models/lib/nn.yaml:84:18
%2039 = add %1534, %2038 : f32[16] @ models/lib/nn.yaml:84:18
%2040 = matmul %2034, %15 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%2041 = reshape %505 : f32[68,16] @ models/lib/nn.yaml:83:15
%2042 = reshape %2034 : f32[68,16] @ models/lib/nn.yaml:83:15
%2043 = matmul %2042, %2041 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2044 = add %1538, %2043 : f32[16,16] @ models/lib/nn.yaml:83:15
%2045 = reshape %2040 : f32[4,17,2,8] @ models/lib/nn.yaml:57:16
%2046 = permute %2045 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/nn.yaml:56:13
%2047 = permute %441 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%2048 = slice %2046 lo=[0,0,0,0] hi=[4,2,17,1] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%2049 = broadcast %2048 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2050 = slice %2047 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2051 = broadcast %2050 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2052 = mul %2049, %2051 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2053 = slice %2046 lo=[0,0,0,1] hi=[4,2,17,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%2054 = broadcast %2053 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2055 = slice %2047 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2056 = broadcast %2055 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2057 = mul %2054, %2056 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2058 = add %2052, %2057 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2059 = slice %2046 lo=[0,0,0,2] hi=[4,2,17,3] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%2060 = broadcast %2059 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2061 = slice %2047 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2062 = broadcast %2061 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2063 = mul %2060, %2062 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2064 = add %2058, %2063 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2065 = slice %2046 lo=[0,0,0,3] hi=[4,2,17,4] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%2066 = broadcast %2065 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2067 = slice %2047 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2068 = broadcast %2067 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2069 = mul %2066, %2068 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2070 = add %2064, %2069 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2071 = slice %2046 lo=[0,0,0,4] hi=[4,2,17,5] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%2072 = broadcast %2071 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2073 = slice %2047 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2074 = broadcast %2073 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2075 = mul %2072, %2074 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2076 = add %2070, %2075 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2077 = slice %2046 lo=[0,0,0,5] hi=[4,2,17,6] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%2078 = broadcast %2077 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2079 = slice %2047 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2080 = broadcast %2079 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2081 = mul %2078, %2080 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2082 = add %2076, %2081 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2083 = slice %2046 lo=[0,0,0,6] hi=[4,2,17,7] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%2084 = broadcast %2083 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2085 = slice %2047 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2086 = broadcast %2085 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2087 = mul %2084, %2086 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2088 = add %2082, %2087 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2089 = slice %2046 lo=[0,0,0,7] hi=[4,2,17,8] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%2090 = broadcast %2089 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2091 = slice %2047 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2092 = broadcast %2091 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2093 = mul %2090, %2092 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2094 = add %2088, %2093 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2095 = permute %498 perm=[0,1,3,2] : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2096 = reshape %2095 : f32[4,2,17,17,1] @ models/lib/nn.yaml:56:23
%2097 = broadcast %2096 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%2098 = reshape %2046 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2099 = broadcast %2098 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%2100 = mul %2097, %2099 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%2101 = reduce_sum %2100 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%2102 = div %2094, %497 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%2103 = mul %2102, %498 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%2104 = neg %2103 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%2105 = reduce_sum %2104 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:18
%2106 = broadcast %2105 : f32[4,2,17,17] @ models/lib/nn.yaml:15:20
%2107 = add %2102, %2106 : f32[4,2,17,17] @ models/lib/nn.yaml:15:20
%2108 = mul %2107, %495 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%2109 = mul %2108, %174 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%2110 = reshape %2109 : f32[4,2,17,17,1] @ models/lib/nn.yaml:55:23
%2111 = broadcast %2110 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2112 = reshape %439 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%2113 = broadcast %2112 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2114 = mul %2111, %2113 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2115 = reduce_sum %2114 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%2116 = permute %2109 perm=[0,1,3,2] : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%2117 = reshape %2116 : f32[4,2,17,17,1] @ models/lib/nn.yaml:55:23
%2118 = broadcast %2117 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2119 = reshape %437 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%2120 = broadcast %2119 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2121 = mul %2118, %2120 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2122 = reduce_sum %2121 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%2123 = reshape %2101 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:40
%2124 = reshape %2122 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:34
%2125 = reshape %2115 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:28
%2126 = concat %2125, %2124, %2123 axis=0 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:28
%2127 = permute %2126 perm=[1,3,0,2,4] : f32[4,17,3,2,8] @ models/lib/nn.yaml:66:13
%2128 = reshape %2127 : f32[4,17,48] @ models/lib/nn.yaml:66:21
%2129 = reshape %2128 : f32[68,48] @ models/lib/nn.yaml:84:18
%2130 = matmul %1745, %2129 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%2131 = reshape %2130 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%2132 = reshape %2131 : f32[48] @ models/lib/nn.yaml:84:18
%2133 = add %1624, %2132 : f32[48] @ models/lib/nn.yaml:84:18
%2134 = matmul %2128, %13 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%2135 = reshape %430 : f32[68,16] @ models/lib/nn.yaml:83:15
%2136 = reshape %2127 : f32[68,48] @ models/lib/nn.yaml:83:15
%2137 = matmul %2136, %2135 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%2138 = add %1628, %2137 : f32[48,16] @ models/lib/nn.yaml:83:15
%2139 = reshape %2134 : f32[68,16] @ models/lib/nn.yaml:96:46
%2140 = matmul %1745, %2139 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2141 = reshape %2140 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2142 = reshape %2141 : f32[16] @ models/lib/nn.yaml:96:46
%2143 = add %1630, %2142 : f32[16] @ models/lib/nn.yaml:96:46
%2144 = mul %2134, %427 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2145 = mul %2134, %426 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2146 = reshape %2145 : f32[68,16] @ models/lib/nn.yaml:96:37
%2147 = matmul %1745, %2146 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%2148 = reshape %2147 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2149 = reshape %2148 : f32[16] @ models/lib/nn.yaml:96:37
%2150 = add %1634, %2149 : f32[16] @ models/lib/nn.yaml:96:37
%2151 = mul %2144, %425 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2152 = mul %2144, %419 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2153 = reduce_sum %2152 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%2154 = mul %424, %424 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2155 = mul %424, %2154 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2156 = mul %2155, %1763 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2157 = mul %2153, %2156 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2158 = div %2157, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2159 = broadcast %2158 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%2160 = mul %2159, %419 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2161 = add %2151, %2160 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2162 = add %2161, %2160 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2163 = add %2034, %2162 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2164 = neg %2162 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2165 = reduce_sum %2164 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%2166 = div %2165, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2167 = broadcast %2166 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%2168 = add %2163, %2167 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%2169 = reduce_sum %2168 axes=[0] keep=1 : f32[1,17,16] @ models/lib/vit.yaml:62:15
%2170 = add %1665, %2169 : f32[1,17,16] @ models/lib/vit.yaml:62:15
%2171 = slice %2168 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:61:13
%2172 = slice %2168 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:61:13
%2173 = reduce_sum %2171 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:61:20
%2174 = add %1668, %2173 : f32[1,1,16] @ models/lib/vit.yaml:61:20
%2175 = reduce_sum %2172 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%2176 = reshape %2175 : f32[16] @ models/lib/vit.yaml:17:71
%2177 = add %1670, %2176 : f32[16] @ models/lib/vit.yaml:17:71
%2178 = reshape %85 : f32[64,48] @ models/lib/vit.yaml:17:18
%2179 = reshape %2172 : f32[64,16] @ models/lib/vit.yaml:17:18
%2180 = matmul %2179, %2178 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%2181 = reshape %2180 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%2182 = add %1674, %2181 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%2183 = all_reduce_sum %2174 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2184 = reshape %2183 : f32[16] @ models/lib/vit.yaml:47:7
%2185 = mul %2184, %2184 : f32[16] @ models/lib/vit.yaml:47:7
%2186 = reduce_sum %2185 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:47:7
%2187 = sqrt %2186 : f32[] @ models/lib/vit.yaml:47:7
%2188 = cast %2187 : f64[] @ models/lib/vit.yaml:47:7
%2189 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:47:7
%2190 = add %2188, %2189 : f64[] @ models/lib/vit.yaml:47:7
%2191 = const data=[3] : f64[] @ models/lib/vit.yaml:47:7
%2192 = div %2191, %2190 : f64[] @ models/lib/vit.yaml:47:7
%2193 = const data=[1] : f64[] @ models/lib/vit.yaml:47:7
%2194 = lt %2192, %2193 : bool[] @ models/lib/vit.yaml:47:7
%2195 = cast %2192 : f32[] @ models/lib/vit.yaml:47:7
%2196 = broadcast %2195 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2197 = mul %2183, %2196 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2198 = broadcast %2194 : bool[1,1,16] @ models/lib/vit.yaml:47:7
%2199 = select %2198, %2197, %2183 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2200 = state name="adam_m.backbone.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2201 = state name="adam_v.backbone.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2202 = state name="adam_t.backbone.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:47:7
%2203 = const data=[1] : i64[] @ models/lib/vit.yaml:47:7
%2204 = add %2202, %2203 : i64[] @ models/lib/vit.yaml:47:7
%2205 = mul %1177, %1178 : f64[] @ models/lib/vit.yaml:47:7
%2206 = sub %2193, %2205 : f64[] @ models/lib/vit.yaml:47:7
%2207 = cast %2206 : f32[] @ models/lib/vit.yaml:47:7
%2208 = broadcast %2207 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2209 = mul %7, %2208 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2210 = broadcast %1072 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2211 = mul %2199, %2210 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2212 = const data=[0.9] : f64[] @ models/lib/vit.yaml:47:7
%2213 = broadcast %632 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2214 = mul %2200, %2213 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2215 = add %2214, %2211 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2216 = mul %2199, %2199 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2217 = const data=[0.001] : f32[] @ models/lib/vit.yaml:47:7
%2218 = broadcast %2217 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2219 = mul %2216, %2218 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2220 = const data=[0.999] : f64[] @ models/lib/vit.yaml:47:7
%2221 = const data=[0.999] : f32[] @ models/lib/vit.yaml:47:7
%2222 = broadcast %2221 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2223 = mul %2201, %2222 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2224 = add %2223, %2219 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2225 = cast %2204 : f64[] @ models/lib/vit.yaml:47:7
%2226 = pow %2212, %2225 : f64[] @ models/lib/vit.yaml:47:7
%2227 = sub %2193, %2226 : f64[] @ models/lib/vit.yaml:47:7
%2228 = div %1177, %2227 : f64[] @ models/lib/vit.yaml:47:7
%2229 = pow %2220, %2225 : f64[] @ models/lib/vit.yaml:47:7
%2230 = sub %2193, %2229 : f64[] @ models/lib/vit.yaml:47:7
%2231 = sqrt %2230 : f64[] @ models/lib/vit.yaml:47:7
%2232 = div %2193, %2231 : f64[] @ models/lib/vit.yaml:47:7
%2233 = sqrt %2224 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2234 = cast %2232 : f32[] @ models/lib/vit.yaml:47:7
%2235 = broadcast %2234 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2236 = mul %2233, %2235 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2237 = const data=[1e-08] : f32[] @ models/lib/vit.yaml:47:7
%2238 = broadcast %2237 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2239 = add %2236, %2238 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2240 = div %2215, %2239 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2241 = cast %2228 : f32[] @ models/lib/vit.yaml:47:7
%2242 = broadcast %2241 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2243 = mul %2240, %2242 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2244 = sub %2209, %2243 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2245 = assign %7, %2244 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2246 = assign %2200, %2215 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2247 = assign %2201, %2224 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2248 = assign %2202, %2204 : i64[] @ models/lib/vit.yaml:47:7
%2249 = cast %1179 : f32[] @ models/lib/vit.yaml:47:7
%2250 = broadcast %2249 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2251 = mul %45, %2250 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2252 = sub %2193, %1179 : f64[] @ models/lib/vit.yaml:47:7
%2253 = cast %2252 : f32[] @ models/lib/vit.yaml:47:7
%2254 = broadcast %2253 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2255 = mul %2244, %2254 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2256 = add %2251, %2255 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2257 = assign %45, %2256 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2258 = all_reduce_sum %2170 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2259 = reshape %2258 : f32[272] @ models/lib/vit.yaml:48:7
%2260 = mul %2259, %2259 : f32[272] @ models/lib/vit.yaml:48:7
%2261 = reduce_sum %2260 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:48:7
%2262 = sqrt %2261 : f32[] @ models/lib/vit.yaml:48:7
%2263 = cast %2262 : f64[] @ models/lib/vit.yaml:48:7
%2264 = add %2263, %2189 : f64[] @ models/lib/vit.yaml:48:7
%2265 = div %2191, %2264 : f64[] @ models/lib/vit.yaml:48:7
%2266 = lt %2265, %2193 : bool[] @ models/lib/vit.yaml:48:7
%2267 = cast %2265 : f32[] @ models/lib/vit.yaml:48:7
%2268 = broadcast %2267 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2269 = mul %2258, %2268 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2270 = broadcast %2266 : bool[1,17,16] @ models/lib/vit.yaml:48:7
%2271 = select %2270, %2269, %2258 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2272 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2273 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2274 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%2275 = add %2274, %2203 : i64[] @ models/lib/vit.yaml:48:7
%2276 = broadcast %2207 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2277 = mul %8, %2276 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2278 = broadcast %1072 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2279 = mul %2271, %2278 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2280 = broadcast %632 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2281 = mul %2272, %2280 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2282 = add %2281, %2279 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2283 = mul %2271, %2271 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2284 = broadcast %2217 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2285 = mul %2283, %2284 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2286 = broadcast %2221 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2287 = mul %2273, %2286 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2288 = add %2287, %2285 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2289 = cast %2275 : f64[] @ models/lib/vit.yaml:48:7
%2290 = pow %2212, %2289 : f64[] @ models/lib/vit.yaml:48:7
%2291 = sub %2193, %2290 : f64[] @ models/lib/vit.yaml:48:7
%2292 = div %1177, %2291 : f64[] @ models/lib/vit.yaml:48:7
%2293 = pow %2220, %2289 : f64[] @ models/lib/vit.yaml:48:7
%2294 = sub %2193, %2293 : f64[] @ models/lib/vit.yaml:48:7
%2295 = sqrt %2294 : f64[] @ models/lib/vit.yaml:48:7
%2296 = div %2193, %2295 : f64[] @ models/lib/vit.yaml:48:7
%2297 = sqrt %2288 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2298 = cast %2296 : f32[] @ models/lib/vit.yaml:48:7
%2299 = broadcast %2298 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2300 = mul %2297, %2299 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2301 = broadcast %2237 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2302 = add %2300, %2301 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2303 = div %2282, %2302 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2304 = cast %2292 : f32[] @ models/lib/vit.yaml:48:7
%2305 = broadcast %2304 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2306 = mul %2303, %2305 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2307 = sub %2277, %2306 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2308 = assign %8, %2307 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2309 = assign %2272, %2282 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2310 = assign %2273, %2288 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2311 = assign %2274, %2275 : i64[] @ models/lib/vit.yaml:48:7
%2312 = broadcast %2249 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2313 = mul %46, %2312 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2314 = broadcast %2253 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2315 = mul %2307, %2314 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2316 = add %2313, %2315 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2317 = assign %46, %2316 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2318 = all_reduce_sum %2182 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2319 = reshape %2318 : f32[768] @ models/lib/vit.yaml:9:7
%2320 = mul %2319, %2319 : f32[768] @ models/lib/vit.yaml:9:7
%2321 = reduce_sum %2320 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:9:7
%2322 = sqrt %2321 : f32[] @ models/lib/vit.yaml:9:7
%2323 = cast %2322 : f64[] @ models/lib/vit.yaml:9:7
%2324 = add %2323, %2189 : f64[] @ models/lib/vit.yaml:9:7
%2325 = div %2191, %2324 : f64[] @ models/lib/vit.yaml:9:7
%2326 = lt %2325, %2193 : bool[] @ models/lib/vit.yaml:9:7
%2327 = cast %2325 : f32[] @ models/lib/vit.yaml:9:7
%2328 = broadcast %2327 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2329 = mul %2318, %2328 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2330 = broadcast %2326 : bool[16,3,4,4] @ models/lib/vit.yaml:9:7
%2331 = select %2330, %2329, %2318 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2332 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2333 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2334 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%2335 = add %2334, %2203 : i64[] @ models/lib/vit.yaml:9:7
%2336 = broadcast %2207 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2337 = mul %9, %2336 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2338 = broadcast %1072 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2339 = mul %2331, %2338 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2340 = broadcast %632 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2341 = mul %2332, %2340 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2342 = add %2341, %2339 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2343 = mul %2331, %2331 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2344 = broadcast %2217 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2345 = mul %2343, %2344 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2346 = broadcast %2221 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2347 = mul %2333, %2346 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2348 = add %2347, %2345 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2349 = cast %2335 : f64[] @ models/lib/vit.yaml:9:7
%2350 = pow %2212, %2349 : f64[] @ models/lib/vit.yaml:9:7
%2351 = sub %2193, %2350 : f64[] @ models/lib/vit.yaml:9:7
%2352 = div %1177, %2351 : f64[] @ models/lib/vit.yaml:9:7
%2353 = pow %2220, %2349 : f64[] @ models/lib/vit.yaml:9:7
%2354 = sub %2193, %2353 : f64[] @ models/lib/vit.yaml:9:7
%2355 = sqrt %2354 : f64[] @ models/lib/vit.yaml:9:7
%2356 = div %2193, %2355 : f64[] @ models/lib/vit.yaml:9:7
%2357 = sqrt %2348 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2358 = cast %2356 : f32[] @ models/lib/vit.yaml:9:7
%2359 = broadcast %2358 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2360 = mul %2357, %2359 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2361 = broadcast %2237 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2362 = add %2360, %2361 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2363 = div %2342, %2362 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2364 = cast %2352 : f32[] @ models/lib/vit.yaml:9:7
%2365 = broadcast %2364 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2366 = mul %2363, %2365 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2367 = sub %2337, %2366 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2368 = assign %9, %2367 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2369 = assign %2332, %2342 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2370 = assign %2333, %2348 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2371 = assign %2334, %2335 : i64[] @ models/lib/vit.yaml:9:7
%2372 = broadcast %2249 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2373 = mul %47, %2372 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2374 = broadcast %2253 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2375 = mul %2367, %2374 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2376 = add %2373, %2375 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2377 = assign %47, %2376 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2378 = all_reduce_sum %2177 : f32[16] @ models/lib/vit.yaml:10:7
%2379 = mul %2378, %2378 : f32[16] @ models/lib/vit.yaml:10:7
%2380 = reduce_sum %2379 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:10:7
%2381 = sqrt %2380 : f32[] @ models/lib/vit.yaml:10:7
%2382 = cast %2381 : f64[] @ models/lib/vit.yaml:10:7
%2383 = add %2382, %2189 : f64[] @ models/lib/vit.yaml:10:7
%2384 = div %2191, %2383 : f64[] @ models/lib/vit.yaml:10:7
%2385 = lt %2384, %2193 : bool[] @ models/lib/vit.yaml:10:7
%2386 = cast %2384 : f32[] @ models/lib/vit.yaml:10:7
%2387 = broadcast %2386 : f32[16] @ models/lib/vit.yaml:10:7
%2388 = mul %2378, %2387 : f32[16] @ models/lib/vit.yaml:10:7
%2389 = broadcast %2385 : bool[16] @ models/lib/vit.yaml:10:7
%2390 = select %2389, %2388, %2378 : f32[16] @ models/lib/vit.yaml:10:7
%2391 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%2392 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%2393 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%2394 = add %2393, %2203 : i64[] @ models/lib/vit.yaml:10:7
%2395 = broadcast %1072 : f32[16] @ models/lib/vit.yaml:10:7
%2396 = mul %2390, %2395 : f32[16] @ models/lib/vit.yaml:10:7
%2397 = broadcast %632 : f32[16] @ models/lib/vit.yaml:10:7
%2398 = mul %2391, %2397 : f32[16] @ models/lib/vit.yaml:10:7
%2399 = add %2398, %2396 : f32[16] @ models/lib/vit.yaml:10:7
%2400 = mul %2390, %2390 : f32[16] @ models/lib/vit.yaml:10:7
%2401 = broadcast %2217 : f32[16] @ models/lib/vit.yaml:10:7
%2402 = mul %2400, %2401 : f32[16] @ models/lib/vit.yaml:10:7
%2403 = broadcast %2221 : f32[16] @ models/lib/vit.yaml:10:7
%2404 = mul %2392, %2403 : f32[16] @ models/lib/vit.yaml:10:7
%2405 = add %2404, %2402 : f32[16] @ models/lib/vit.yaml:10:7
%2406 = cast %2394 : f64[] @ models/lib/vit.yaml:10:7
%2407 = pow %2212, %2406 : f64[] @ models/lib/vit.yaml:10:7
%2408 = sub %2193, %2407 : f64[] @ models/lib/vit.yaml:10:7
%2409 = div %1177, %2408 : f64[] @ models/lib/vit.yaml:10:7
%2410 = pow %2220, %2406 : f64[] @ models/lib/vit.yaml:10:7
%2411 = sub %2193, %2410 : f64[] @ models/lib/vit.yaml:10:7
%2412 = sqrt %2411 : f64[] @ models/lib/vit.yaml:10:7
%2413 = div %2193, %2412 : f64[] @ models/lib/vit.yaml:10:7
%2414 = sqrt %2405 : f32[16] @ models/lib/vit.yaml:10:7
%2415 = cast %2413 : f32[] @ models/lib/vit.yaml:10:7
%2416 = broadcast %2415 : f32[16] @ models/lib/vit.yaml:10:7
%2417 = mul %2414, %2416 : f32[16] @ models/lib/vit.yaml:10:7
%2418 = broadcast %2237 : f32[16] @ models/lib/vit.yaml:10:7
%2419 = add %2417, %2418 : f32[16] @ models/lib/vit.yaml:10:7
%2420 = div %2399, %2419 : f32[16] @ models/lib/vit.yaml:10:7
%2421 = cast %2409 : f32[] @ models/lib/vit.yaml:10:7
%2422 = broadcast %2421 : f32[16] @ models/lib/vit.yaml:10:7
%2423 = mul %2420, %2422 : f32[16] @ models/lib/vit.yaml:10:7
%2424 = sub %10, %2423 : f32[16] @ models/lib/vit.yaml:10:7
%2425 = assign %10, %2424 : f32[16] @ models/lib/vit.yaml:10:7
%2426 = assign %2391, %2399 : f32[16] @ models/lib/vit.yaml:10:7
%2427 = assign %2392, %2405 : f32[16] @ models/lib/vit.yaml:10:7
%2428 = assign %2393, %2394 : i64[] @ models/lib/vit.yaml:10:7
%2429 = broadcast %2249 : f32[16] @ models/lib/vit.yaml:10:7
%2430 = mul %48, %2429 : f32[16] @ models/lib/vit.yaml:10:7
%2431 = broadcast %2253 : f32[16] @ models/lib/vit.yaml:10:7
%2432 = mul %2424, %2431 : f32[16] @ models/lib/vit.yaml:10:7
%2433 = add %2430, %2432 : f32[16] @ models/lib/vit.yaml:10:7
%2434 = assign %48, %2433 : f32[16] @ models/lib/vit.yaml:10:7
%2435 = all_reduce_sum %2150 : f32[16] @ models/lib/nn.yaml:89:7
%2436 = mul %2435, %2435 : f32[16] @ models/lib/nn.yaml:89:7
%2437 = reduce_sum %2436 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%2438 = sqrt %2437 : f32[] @ models/lib/nn.yaml:89:7
%2439 = cast %2438 : f64[] @ models/lib/nn.yaml:89:7
%2440 = add %2439, %2189 : f64[] @ models/lib/nn.yaml:89:7
%2441 = div %2191, %2440 : f64[] @ models/lib/nn.yaml:89:7
%2442 = lt %2441, %2193 : bool[] @ models/lib/nn.yaml:89:7
%2443 = cast %2441 : f32[] @ models/lib/nn.yaml:89:7
%2444 = broadcast %2443 : f32[16] @ models/lib/nn.yaml:89:7
%2445 = mul %2435, %2444 : f32[16] @ models/lib/nn.yaml:89:7
%2446 = broadcast %2442 : bool[16] @ models/lib/nn.yaml:89:7
%2447 = select %2446, %2445, %2435 : f32[16] @ models/lib/nn.yaml:89:7
%2448 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%2449 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%2450 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%2451 = add %2450, %2203 : i64[] @ models/lib/nn.yaml:89:7
%2452 = mul %2447, %2395 : f32[16] @ models/lib/nn.yaml:89:7
%2453 = mul %2448, %2397 : f32[16] @ models/lib/nn.yaml:89:7
%2454 = add %2453, %2452 : f32[16] @ models/lib/nn.yaml:89:7
%2455 = mul %2447, %2447 : f32[16] @ models/lib/nn.yaml:89:7
%2456 = mul %2455, %2401 : f32[16] @ models/lib/nn.yaml:89:7
%2457 = mul %2449, %2403 : f32[16] @ models/lib/nn.yaml:89:7
%2458 = add %2457, %2456 : f32[16] @ models/lib/nn.yaml:89:7
%2459 = cast %2451 : f64[] @ models/lib/nn.yaml:89:7
%2460 = pow %2212, %2459 : f64[] @ models/lib/nn.yaml:89:7
%2461 = sub %2193, %2460 : f64[] @ models/lib/nn.yaml:89:7
%2462 = div %1177, %2461 : f64[] @ models/lib/nn.yaml:89:7
%2463 = pow %2220, %2459 : f64[] @ models/lib/nn.yaml:89:7
%2464 = sub %2193, %2463 : f64[] @ models/lib/nn.yaml:89:7
%2465 = sqrt %2464 : f64[] @ models/lib/nn.yaml:89:7
%2466 = div %2193, %2465 : f64[] @ models/lib/nn.yaml:89:7
%2467 = sqrt %2458 : f32[16] @ models/lib/nn.yaml:89:7
%2468 = cast %2466 : f32[] @ models/lib/nn.yaml:89:7
%2469 = broadcast %2468 : f32[16] @ models/lib/nn.yaml:89:7
%2470 = mul %2467, %2469 : f32[16] @ models/lib/nn.yaml:89:7
%2471 = add %2470, %2418 : f32[16] @ models/lib/nn.yaml:89:7
%2472 = div %2454, %2471 : f32[16] @ models/lib/nn.yaml:89:7
%2473 = cast %2462 : f32[] @ models/lib/nn.yaml:89:7
%2474 = broadcast %2473 : f32[16] @ models/lib/nn.yaml:89:7
%2475 = mul %2472, %2474 : f32[16] @ models/lib/nn.yaml:89:7
%2476 = sub %11, %2475 : f32[16] @ models/lib/nn.yaml:89:7
%2477 = assign %11, %2476 : f32[16] @ models/lib/nn.yaml:89:7
%2478 = assign %2448, %2454 : f32[16] @ models/lib/nn.yaml:89:7
%2479 = assign %2449, %2458 : f32[16] @ models/lib/nn.yaml:89:7
%2480 = assign %2450, %2451 : i64[] @ models/lib/nn.yaml:89:7
%2481 = mul %49, %2429 : f32[16] @ models/lib/nn.yaml:89:7
%2482 = mul %2476, %2431 : f32[16] @ models/lib/nn.yaml:89:7
%2483 = add %2481, %2482 : f32[16] @ models/lib/nn.yaml:89:7
%2484 = assign %49, %2483 : f32[16] @ models/lib/nn.yaml:89:7
%2485 = all_reduce_sum %2143 : f32[16] @ models/lib/nn.yaml:90:7
%2486 = mul %2485, %2485 : f32[16] @ models/lib/nn.yaml:90:7
%2487 = reduce_sum %2486 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%2488 = sqrt %2487 : f32[] @ models/lib/nn.yaml:90:7
%2489 = cast %2488 : f64[] @ models/lib/nn.yaml:90:7
%2490 = add %2489, %2189 : f64[] @ models/lib/nn.yaml:90:7
%2491 = div %2191, %2490 : f64[] @ models/lib/nn.yaml:90:7
%2492 = lt %2491, %2193 : bool[] @ models/lib/nn.yaml:90:7
%2493 = cast %2491 : f32[] @ models/lib/nn.yaml:90:7
%2494 = broadcast %2493 : f32[16] @ models/lib/nn.yaml:90:7
%2495 = mul %2485, %2494 : f32[16] @ models/lib/nn.yaml:90:7
%2496 = broadcast %2492 : bool[16] @ models/lib/nn.yaml:90:7
%2497 = select %2496, %2495, %2485 : f32[16] @ models/lib/nn.yaml:90:7
%2498 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%2499 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%2500 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%2501 = add %2500, %2203 : i64[] @ models/lib/nn.yaml:90:7
%2502 = mul %2497, %2395 : f32[16] @ models/lib/nn.yaml:90:7
%2503 = mul %2498, %2397 : f32[16] @ models/lib/nn.yaml:90:7
%2504 = add %2503, %2502 : f32[16] @ models/lib/nn.yaml:90:7
%2505 = mul %2497, %2497 : f32[16] @ models/lib/nn.yaml:90:7
%2506 = mul %2505, %2401 : f32[16] @ models/lib/nn.yaml:90:7
%2507 = mul %2499, %2403 : f32[16] @ models/lib/nn.yaml:90:7
%2508 = add %2507, %2506 : f32[16] @ models/lib/nn.yaml:90:7
%2509 = cast %2501 : f64[] @ models/lib/nn.yaml:90:7
%2510 = pow %2212, %2509 : f64[] @ models/lib/nn.yaml:90:7
%2511 = sub %2193, %2510 : f64[] @ models/lib/nn.yaml:90:7
%2512 = div %1177, %2511 : f64[] @ models/lib/nn.yaml:90:7
%2513 = pow %2220, %2509 : f64[] @ models/lib/nn.yaml:90:7
%2514 = sub %2193, %2513 : f64[] @ models/lib/nn.yaml:90:7
%2515 = sqrt %2514 : f64[] @ models/lib/nn.yaml:90:7
%2516 = div %2193, %2515 : f64[] @ models/lib/nn.yaml:90:7
%2517 = sqrt %2508 : f32[16] @ models/lib/nn.yaml:90:7
%2518 = cast %2516 : f32[] @ models/lib/nn.yaml:90:7
%2519 = broadcast %2518 : f32[16] @ models/lib/nn.yaml:90:7
%2520 = mul %2517, %2519 : f32[16] @ models/lib/nn.yaml:90:7
%2521 = add %2520, %2418 : f32[16] @ models/lib/nn.yaml:90:7
%2522 = div %2504, %2521 : f32[16] @ models/lib/nn.yaml:90:7
%2523 = cast %2512 : f32[] @ models/lib/nn.yaml:90:7
%2524 = broadcast %2523 : f32[16] @ models/lib/nn.yaml:90:7
%2525 = mul %2522, %2524 : f32[16] @ models/lib/nn.yaml:90:7
%2526 = sub %12, %2525 : f32[16] @ models/lib/nn.yaml:90:7
%2527 = assign %12, %2526 : f32[16] @ models/lib/nn.yaml:90:7
%2528 = assign %2498, %2504 : f32[16] @ models/lib/nn.yaml:90:7
%2529 = assign %2499, %2508 : f32[16] @ models/lib/nn.yaml:90:7
%2530 = assign %2500, %2501 : i64[] @ models/lib/nn.yaml:90:7
%2531 = mul %50, %2429 : f32[16] @ models/lib/nn.yaml:90:7
%2532 = mul %2526, %2431 : f32[16] @ models/lib/nn.yaml:90:7
%2533 = add %2531, %2532 : f32[16] @ models/lib/nn.yaml:90:7
%2534 = assign %50, %2533 : f32[16] @ models/lib/nn.yaml:90:7
%2535 = all_reduce_sum %2138 : f32[48,16] @ models/lib/nn.yaml:79:7
%2536 = reshape %2535 : f32[768] @ models/lib/nn.yaml:79:7
%2537 = mul %2536, %2536 : f32[768] @ models/lib/nn.yaml:79:7
%2538 = reduce_sum %2537 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%2539 = sqrt %2538 : f32[] @ models/lib/nn.yaml:79:7
%2540 = cast %2539 : f64[] @ models/lib/nn.yaml:79:7
%2541 = add %2540, %2189 : f64[] @ models/lib/nn.yaml:79:7
%2542 = div %2191, %2541 : f64[] @ models/lib/nn.yaml:79:7
%2543 = lt %2542, %2193 : bool[] @ models/lib/nn.yaml:79:7
%2544 = cast %2542 : f32[] @ models/lib/nn.yaml:79:7
%2545 = broadcast %2544 : f32[48,16] @ models/lib/nn.yaml:79:7
%2546 = mul %2535, %2545 : f32[48,16] @ models/lib/nn.yaml:79:7
%2547 = broadcast %2543 : bool[48,16] @ models/lib/nn.yaml:79:7
%2548 = select %2547, %2546, %2535 : f32[48,16] @ models/lib/nn.yaml:79:7
%2549 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%2550 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%2551 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%2552 = add %2551, %2203 : i64[] @ models/lib/nn.yaml:79:7
%2553 = broadcast %2207 : f32[48,16] @ models/lib/nn.yaml:79:7
%2554 = mul %13, %2553 : f32[48,16] @ models/lib/nn.yaml:79:7
%2555 = broadcast %1072 : f32[48,16] @ models/lib/nn.yaml:79:7
%2556 = mul %2548, %2555 : f32[48,16] @ models/lib/nn.yaml:79:7
%2557 = broadcast %632 : f32[48,16] @ models/lib/nn.yaml:79:7
%2558 = mul %2549, %2557 : f32[48,16] @ models/lib/nn.yaml:79:7
%2559 = add %2558, %2556 : f32[48,16] @ models/lib/nn.yaml:79:7
%2560 = mul %2548, %2548 : f32[48,16] @ models/lib/nn.yaml:79:7
%2561 = broadcast %2217 : f32[48,16] @ models/lib/nn.yaml:79:7
%2562 = mul %2560, %2561 : f32[48,16] @ models/lib/nn.yaml:79:7
%2563 = broadcast %2221 : f32[48,16] @ models/lib/nn.yaml:79:7
%2564 = mul %2550, %2563 : f32[48,16] @ models/lib/nn.yaml:79:7
%2565 = add %2564, %2562 : f32[48,16] @ models/lib/nn.yaml:79:7
%2566 = cast %2552 : f64[] @ models/lib/nn.yaml:79:7
%2567 = pow %2212, %2566 : f64[] @ models/lib/nn.yaml:79:7
%2568 = sub %2193, %2567 : f64[] @ models/lib/nn.yaml:79:7
%2569 = div %1177, %2568 : f64[] @ models/lib/nn.yaml:79:7
%2570 = pow %2220, %2566 : f64[] @ models/lib/nn.yaml:79:7
%2571 = sub %2193, %2570 : f64[] @ models/lib/nn.yaml:79:7
%2572 = sqrt %2571 : f64[] @ models/lib/nn.yaml:79:7
%2573 = div %2193, %2572 : f64[] @ models/lib/nn.yaml:79:7
%2574 = sqrt %2565 : f32[48,16] @ models/lib/nn.yaml:79:7
%2575 = cast %2573 : f32[] @ models/lib/nn.yaml:79:7
%2576 = broadcast %2575 : f32[48,16] @ models/lib/nn.yaml:79:7
%2577 = mul %2574, %2576 : f32[48,16] @ models/lib/nn.yaml:79:7
%2578 = broadcast %2237 : f32[48,16] @ models/lib/nn.yaml:79:7
%2579 = add %2577, %2578 : f32[48,16] @ models/lib/nn.yaml:79:7
%2580 = div %2559, %2579 : f32[48,16] @ models/lib/nn.yaml:79:7
%2581 = cast %2569 : f32[] @ models/lib/nn.yaml:79:7
%2582 = broadcast %2581 : f32[48,16] @ models/lib/nn.yaml:79:7
%2583 = mul %2580, %2582 : f32[48,16] @ models/lib/nn.yaml:79:7
%2584 = sub %2554, %2583 : f32[48,16] @ models/lib/nn.yaml:79:7
%2585 = assign %13, %2584 : f32[48,16] @ models/lib/nn.yaml:79:7
%2586 = assign %2549, %2559 : f32[48,16] @ models/lib/nn.yaml:79:7
%2587 = assign %2550, %2565 : f32[48,16] @ models/lib/nn.yaml:79:7
%2588 = assign %2551, %2552 : i64[] @ models/lib/nn.yaml:79:7
%2589 = broadcast %2249 : f32[48,16] @ models/lib/nn.yaml:79:7
%2590 = mul %51, %2589 : f32[48,16] @ models/lib/nn.yaml:79:7
%2591 = broadcast %2253 : f32[48,16] @ models/lib/nn.yaml:79:7
%2592 = mul %2584, %2591 : f32[48,16] @ models/lib/nn.yaml:79:7
%2593 = add %2590, %2592 : f32[48,16] @ models/lib/nn.yaml:79:7
%2594 = assign %51, %2593 : f32[48,16] @ models/lib/nn.yaml:79:7
%2595 = all_reduce_sum %2133 : f32[48] @ models/lib/nn.yaml:80:7
%2596 = mul %2595, %2595 : f32[48] @ models/lib/nn.yaml:80:7
%2597 = reduce_sum %2596 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%2598 = sqrt %2597 : f32[] @ models/lib/nn.yaml:80:7
%2599 = cast %2598 : f64[] @ models/lib/nn.yaml:80:7
%2600 = add %2599, %2189 : f64[] @ models/lib/nn.yaml:80:7
%2601 = div %2191, %2600 : f64[] @ models/lib/nn.yaml:80:7
%2602 = lt %2601, %2193 : bool[] @ models/lib/nn.yaml:80:7
%2603 = cast %2601 : f32[] @ models/lib/nn.yaml:80:7
%2604 = broadcast %2603 : f32[48] @ models/lib/nn.yaml:80:7
%2605 = mul %2595, %2604 : f32[48] @ models/lib/nn.yaml:80:7
%2606 = broadcast %2602 : bool[48] @ models/lib/nn.yaml:80:7
%2607 = select %2606, %2605, %2595 : f32[48] @ models/lib/nn.yaml:80:7
%2608 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%2609 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%2610 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%2611 = add %2610, %2203 : i64[] @ models/lib/nn.yaml:80:7
%2612 = broadcast %1072 : f32[48] @ models/lib/nn.yaml:80:7
%2613 = mul %2607, %2612 : f32[48] @ models/lib/nn.yaml:80:7
%2614 = broadcast %632 : f32[48] @ models/lib/nn.yaml:80:7
%2615 = mul %2608, %2614 : f32[48] @ models/lib/nn.yaml:80:7
%2616 = add %2615, %2613 : f32[48] @ models/lib/nn.yaml:80:7
%2617 = mul %2607, %2607 : f32[48] @ models/lib/nn.yaml:80:7
%2618 = broadcast %2217 : f32[48] @ models/lib/nn.yaml:80:7
%2619 = mul %2617, %2618 : f32[48] @ models/lib/nn.yaml:80:7
%2620 = broadcast %2221 : f32[48] @ models/lib/nn.yaml:80:7
%2621 = mul %2609, %2620 : f32[48] @ models/lib/nn.yaml:80:7
%2622 = add %2621, %2619 : f32[48] @ models/lib/nn.yaml:80:7
%2623 = cast %2611 : f64[] @ models/lib/nn.yaml:80:7
%2624 = pow %2212, %2623 : f64[] @ models/lib/nn.yaml:80:7
%2625 = sub %2193, %2624 : f64[] @ models/lib/nn.yaml:80:7
%2626 = div %1177, %2625 : f64[] @ models/lib/nn.yaml:80:7
%2627 = pow %2220, %2623 : f64[] @ models/lib/nn.yaml:80:7
%2628 = sub %2193, %2627 : f64[] @ models/lib/nn.yaml:80:7
%2629 = sqrt %2628 : f64[] @ models/lib/nn.yaml:80:7
%2630 = div %2193, %2629 : f64[] @ models/lib/nn.yaml:80:7
%2631 = sqrt %2622 : f32[48] @ models/lib/nn.yaml:80:7
%2632 = cast %2630 : f32[] @ models/lib/nn.yaml:80:7
%2633 = broadcast %2632 : f32[48] @ models/lib/nn.yaml:80:7
%2634 = mul %2631, %2633 : f32[48] @ models/lib/nn.yaml:80:7
%2635 = broadcast %2237 : f32[48] @ models/lib/nn.yaml:80:7
%2636 = add %2634, %2635 : f32[48] @ models/lib/nn.yaml:80:7
%2637 = div %2616, %2636 : f32[48] @ models/lib/nn.yaml:80:7
%2638 = cast %2626 : f32[] @ models/lib/nn.yaml:80:7
%2639 = broadcast %2638 : f32[48] @ models/lib/nn.yaml:80:7
%2640 = mul %2637, %2639 : f32[48] @ models/lib/nn.yaml:80:7
%2641 = sub %14, %2640 : f32[48] @ models/lib/nn.yaml:80:7
%2642 = assign %14, %2641 : f32[48] @ models/lib/nn.yaml:80:7
%2643 = assign %2608, %2616 : f32[48] @ models/lib/nn.yaml:80:7
%2644 = assign %2609, %2622 : f32[48] @ models/lib/nn.yaml:80:7
%2645 = assign %2610, %2611 : i64[] @ models/lib/nn.yaml:80:7
%2646 = broadcast %2249 : f32[48] @ models/lib/nn.yaml:80:7
%2647 = mul %52, %2646 : f32[48] @ models/lib/nn.yaml:80:7
%2648 = broadcast %2253 : f32[48] @ models/lib/nn.yaml:80:7
%2649 = mul %2641, %2648 : f32[48] @ models/lib/nn.yaml:80:7
%2650 = add %2647, %2649 : f32[48] @ models/lib/nn.yaml:80:7
%2651 = assign %52, %2650 : f32[48] @ models/lib/nn.yaml:80:7
%2652 = all_reduce_sum %2044 : f32[16,16] @ models/lib/nn.yaml:79:7
%2653 = reshape %2652 : f32[256] @ models/lib/nn.yaml:79:7
%2654 = mul %2653, %2653 : f32[256] @ models/lib/nn.yaml:79:7
%2655 = reduce_sum %2654 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%2656 = sqrt %2655 : f32[] @ models/lib/nn.yaml:79:7
%2657 = cast %2656 : f64[] @ models/lib/nn.yaml:79:7
%2658 = add %2657, %2189 : f64[] @ models/lib/nn.yaml:79:7
%2659 = div %2191, %2658 : f64[] @ models/lib/nn.yaml:79:7
%2660 = lt %2659, %2193 : bool[] @ models/lib/nn.yaml:79:7
%2661 = cast %2659 : f32[] @ models/lib/nn.yaml:79:7
%2662 = broadcast %2661 : f32[16,16] @ models/lib/nn.yaml:79:7
%2663 = mul %2652, %2662 : f32[16,16] @ models/lib/nn.yaml:79:7
%2664 = broadcast %2660 : bool[16,16] @ models/lib/nn.yaml:79:7
%2665 = select %2664, %2663, %2652 : f32[16,16] @ models/lib/nn.yaml:79:7
%2666 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%2667 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%2668 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%2669 = add %2668, %2203 : i64[] @ models/lib/nn.yaml:79:7
%2670 = broadcast %2207 : f32[16,16] @ models/lib/nn.yaml:79:7
%2671 = mul %15, %2670 : f32[16,16] @ models/lib/nn.yaml:79:7
%2672 = broadcast %1072 : f32[16,16] @ models/lib/nn.yaml:79:7
%2673 = mul %2665, %2672 : f32[16,16] @ models/lib/nn.yaml:79:7
%2674 = broadcast %632 : f32[16,16] @ models/lib/nn.yaml:79:7
%2675 = mul %2666, %2674 : f32[16,16] @ models/lib/nn.yaml:79:7
%2676 = add %2675, %2673 : f32[16,16] @ models/lib/nn.yaml:79:7
%2677 = mul %2665, %2665 : f32[16,16] @ models/lib/nn.yaml:79:7
%2678 = broadcast %2217 : f32[16,16] @ models/lib/nn.yaml:79:7
%2679 = mul %2677, %2678 : f32[16,16] @ models/lib/nn.yaml:79:7
%2680 = broadcast %2221 : f32[16,16] @ models/lib/nn.yaml:79:7
%2681 = mul %2667, %2680 : f32[16,16] @ models/lib/nn.yaml:79:7
%2682 = add %2681, %2679 : f32[16,16] @ models/lib/nn.yaml:79:7
%2683 = cast %2669 : f64[] @ models/lib/nn.yaml:79:7
%2684 = pow %2212, %2683 : f64[] @ models/lib/nn.yaml:79:7
%2685 = sub %2193, %2684 : f64[] @ models/lib/nn.yaml:79:7
%2686 = div %1177, %2685 : f64[] @ models/lib/nn.yaml:79:7
%2687 = pow %2220, %2683 : f64[] @ models/lib/nn.yaml:79:7
%2688 = sub %2193, %2687 : f64[] @ models/lib/nn.yaml:79:7
%2689 = sqrt %2688 : f64[] @ models/lib/nn.yaml:79:7
%2690 = div %2193, %2689 : f64[] @ models/lib/nn.yaml:79:7
%2691 = sqrt %2682 : f32[16,16] @ models/lib/nn.yaml:79:7
%2692 = cast %2690 : f32[] @ models/lib/nn.yaml:79:7
%2693 = broadcast %2692 : f32[16,16] @ models/lib/nn.yaml:79:7
%2694 = mul %2691, %2693 : f32[16,16] @ models/lib/nn.yaml:79:7
%2695 = broadcast %2237 : f32[16,16] @ models/lib/nn.yaml:79:7
%2696 = add %2694, %2695 : f32[16,16] @ models/lib/nn.yaml:79:7
%2697 = div %2676, %2696 : f32[16,16] @ models/lib/nn.yaml:79:7
%2698 = cast %2686 : f32[] @ models/lib/nn.yaml:79:7
%2699 = broadcast %2698 : f32[16,16] @ models/lib/nn.yaml:79:7
%2700 = mul %2697, %2699 : f32[16,16] @ models/lib/nn.yaml:79:7
%2701 = sub %2671, %2700 : f32[16,16] @ models/lib/nn.yaml:79:7
%2702 = assign %15, %2701 : f32[16,16] @ models/lib/nn.yaml:79:7
%2703 = assign %2666, %2676 : f32[16,16] @ models/lib/nn.yaml:79:7
%2704 = assign %2667, %2682 : f32[16,16] @ models/lib/nn.yaml:79:7
%2705 = assign %2668, %2669 : i64[] @ models/lib/nn.yaml:79:7
%2706 = broadcast %2249 : f32[16,16] @ models/lib/nn.yaml:79:7
%2707 = mul %53, %2706 : f32[16,16] @ models/lib/nn.yaml:79:7
%2708 = broadcast %2253 : f32[16,16] @ models/lib/nn.yaml:79:7
%2709 = mul %2701, %2708 : f32[16,16] @ models/lib/nn.yaml:79:7
%2710 = add %2707, %2709 : f32[16,16] @ models/lib/nn.yaml:79:7
%2711 = assign %53, %2710 : f32[16,16] @ models/lib/nn.yaml:79:7
%2712 = all_reduce_sum %2039 : f32[16] @ models/lib/nn.yaml:80:7
%2713 = mul %2712, %2712 : f32[16] @ models/lib/nn.yaml:80:7
%2714 = reduce_sum %2713 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%2715 = sqrt %2714 : f32[] @ models/lib/nn.yaml:80:7
%2716 = cast %2715 : f64[] @ models/lib/nn.yaml:80:7
%2717 = add %2716, %2189 : f64[] @ models/lib/nn.yaml:80:7
%2718 = div %2191, %2717 : f64[] @ models/lib/nn.yaml:80:7
%2719 = lt %2718, %2193 : bool[] @ models/lib/nn.yaml:80:7
%2720 = cast %2718 : f32[] @ models/lib/nn.yaml:80:7
%2721 = broadcast %2720 : f32[16] @ models/lib/nn.yaml:80:7
%2722 = mul %2712, %2721 : f32[16] @ models/lib/nn.yaml:80:7
%2723 = broadcast %2719 : bool[16] @ models/lib/nn.yaml:80:7
%2724 = select %2723, %2722, %2712 : f32[16] @ models/lib/nn.yaml:80:7
%2725 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%2726 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%2727 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%2728 = add %2727, %2203 : i64[] @ models/lib/nn.yaml:80:7
%2729 = mul %2724, %2395 : f32[16] @ models/lib/nn.yaml:80:7
%2730 = mul %2725, %2397 : f32[16] @ models/lib/nn.yaml:80:7
%2731 = add %2730, %2729 : f32[16] @ models/lib/nn.yaml:80:7
%2732 = mul %2724, %2724 : f32[16] @ models/lib/nn.yaml:80:7
%2733 = mul %2732, %2401 : f32[16] @ models/lib/nn.yaml:80:7
%2734 = mul %2726, %2403 : f32[16] @ models/lib/nn.yaml:80:7
%2735 = add %2734, %2733 : f32[16] @ models/lib/nn.yaml:80:7
%2736 = cast %2728 : f64[] @ models/lib/nn.yaml:80:7
%2737 = pow %2212, %2736 : f64[] @ models/lib/nn.yaml:80:7
%2738 = sub %2193, %2737 : f64[] @ models/lib/nn.yaml:80:7
%2739 = div %1177, %2738 : f64[] @ models/lib/nn.yaml:80:7
%2740 = pow %2220, %2736 : f64[] @ models/lib/nn.yaml:80:7
%2741 = sub %2193, %2740 : f64[] @ models/lib/nn.yaml:80:7
%2742 = sqrt %2741 : f64[] @ models/lib/nn.yaml:80:7
%2743 = div %2193, %2742 : f64[] @ models/lib/nn.yaml:80:7
%2744 = sqrt %2735 : f32[16] @ models/lib/nn.yaml:80:7
%2745 = cast %2743 : f32[] @ models/lib/nn.yaml:80:7
%2746 = broadcast %2745 : f32[16] @ models/lib/nn.yaml:80:7
%2747 = mul %2744, %2746 : f32[16] @ models/lib/nn.yaml:80:7
%2748 = add %2747, %2418 : f32[16] @ models/lib/nn.yaml:80:7
%2749 = div %2731, %2748 : f32[16] @ models/lib/nn.yaml:80:7
%2750 = cast %2739 : f32[] @ models/lib/nn.yaml:80:7
%2751 = broadcast %2750 : f32[16] @ models/lib/nn.yaml:80:7
%2752 = mul %2749, %2751 : f32[16] @ models/lib/nn.yaml:80:7
%2753 = sub %16, %2752 : f32[16] @ models/lib/nn.yaml:80:7
%2754 = assign %16, %2753 : f32[16] @ models/lib/nn.yaml:80:7
%2755 = assign %2725, %2731 : f32[16] @ models/lib/nn.yaml:80:7
%2756 = assign %2726, %2735 : f32[16] @ models/lib/nn.yaml:80:7
%2757 = assign %2727, %2728 : i64[] @ models/lib/nn.yaml:80:7
%2758 = mul %54, %2429 : f32[16] @ models/lib/nn.yaml:80:7
%2759 = mul %2753, %2431 : f32[16] @ models/lib/nn.yaml:80:7
%2760 = add %2758, %2759 : f32[16] @ models/lib/nn.yaml:80:7
%2761 = assign %54, %2760 : f32[16] @ models/lib/nn.yaml:80:7
%2762 = all_reduce_sum %2016 : f32[16] @ models/lib/nn.yaml:89:7
%2763 = mul %2762, %2762 : f32[16] @ models/lib/nn.yaml:89:7
%2764 = reduce_sum %2763 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%2765 = sqrt %2764 : f32[] @ models/lib/nn.yaml:89:7
%2766 = cast %2765 : f64[] @ models/lib/nn.yaml:89:7
%2767 = add %2766, %2189 : f64[] @ models/lib/nn.yaml:89:7
%2768 = div %2191, %2767 : f64[] @ models/lib/nn.yaml:89:7
%2769 = lt %2768, %2193 : bool[] @ models/lib/nn.yaml:89:7
%2770 = cast %2768 : f32[] @ models/lib/nn.yaml:89:7
%2771 = broadcast %2770 : f32[16] @ models/lib/nn.yaml:89:7
%2772 = mul %2762, %2771 : f32[16] @ models/lib/nn.yaml:89:7
%2773 = broadcast %2769 : bool[16] @ models/lib/nn.yaml:89:7
%2774 = select %2773, %2772, %2762 : f32[16] @ models/lib/nn.yaml:89:7
%2775 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%2776 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%2777 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%2778 = add %2777, %2203 : i64[] @ models/lib/nn.yaml:89:7
%2779 = mul %2774, %2395 : f32[16] @ models/lib/nn.yaml:89:7
%2780 = mul %2775, %2397 : f32[16] @ models/lib/nn.yaml:89:7
%2781 = add %2780, %2779 : f32[16] @ models/lib/nn.yaml:89:7
%2782 = mul %2774, %2774 : f32[16] @ models/lib/nn.yaml:89:7
%2783 = mul %2782, %2401 : f32[16] @ models/lib/nn.yaml:89:7
%2784 = mul %2776, %2403 : f32[16] @ models/lib/nn.yaml:89:7
%2785 = add %2784, %2783 : f32[16] @ models/lib/nn.yaml:89:7
%2786 = cast %2778 : f64[] @ models/lib/nn.yaml:89:7
%2787 = pow %2212, %2786 : f64[] @ models/lib/nn.yaml:89:7
%2788 = sub %2193, %2787 : f64[] @ models/lib/nn.yaml:89:7
%2789 = div %1177, %2788 : f64[] @ models/lib/nn.yaml:89:7
%2790 = pow %2220, %2786 : f64[] @ models/lib/nn.yaml:89:7
%2791 = sub %2193, %2790 : f64[] @ models/lib/nn.yaml:89:7
%2792 = sqrt %2791 : f64[] @ models/lib/nn.yaml:89:7
%2793 = div %2193, %2792 : f64[] @ models/lib/nn.yaml:89:7
%2794 = sqrt %2785 : f32[16] @ models/lib/nn.yaml:89:7
%2795 = cast %2793 : f32[] @ models/lib/nn.yaml:89:7
%2796 = broadcast %2795 : f32[16] @ models/lib/nn.yaml:89:7
%2797 = mul %2794, %2796 : f32[16] @ models/lib/nn.yaml:89:7
%2798 = add %2797, %2418 : f32[16] @ models/lib/nn.yaml:89:7
%2799 = div %2781, %2798 : f32[16] @ models/lib/nn.yaml:89:7
%2800 = cast %2789 : f32[] @ models/lib/nn.yaml:89:7
%2801 = broadcast %2800 : f32[16] @ models/lib/nn.yaml:89:7
%2802 = mul %2799, %2801 : f32[16] @ models/lib/nn.yaml:89:7
%2803 = sub %17, %2802 : f32[16] @ models/lib/nn.yaml:89:7
%2804 = assign %17, %2803 : f32[16] @ models/lib/nn.yaml:89:7
%2805 = assign %2775, %2781 : f32[16] @ models/lib/nn.yaml:89:7
%2806 = assign %2776, %2785 : f32[16] @ models/lib/nn.yaml:89:7
%2807 = assign %2777, %2778 : i64[] @ models/lib/nn.yaml:89:7
%2808 = mul %55, %2429 : f32[16] @ models/lib/nn.yaml:89:7
%2809 = mul %2803, %2431 : f32[16] @ models/lib/nn.yaml:89:7
%2810 = add %2808, %2809 : f32[16] @ models/lib/nn.yaml:89:7
%2811 = assign %55, %2810 : f32[16] @ models/lib/nn.yaml:89:7
%2812 = all_reduce_sum %2009 : f32[16] @ models/lib/nn.yaml:90:7
%2813 = mul %2812, %2812 : f32[16] @ models/lib/nn.yaml:90:7
%2814 = reduce_sum %2813 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%2815 = sqrt %2814 : f32[] @ models/lib/nn.yaml:90:7
%2816 = cast %2815 : f64[] @ models/lib/nn.yaml:90:7
%2817 = add %2816, %2189 : f64[] @ models/lib/nn.yaml:90:7
%2818 = div %2191, %2817 : f64[] @ models/lib/nn.yaml:90:7
%2819 = lt %2818, %2193 : bool[] @ models/lib/nn.yaml:90:7
%2820 = cast %2818 : f32[] @ models/lib/nn.yaml:90:7
%2821 = broadcast %2820 : f32[16] @ models/lib/nn.yaml:90:7
%2822 = mul %2812, %2821 : f32[16] @ models/lib/nn.yaml:90:7
%2823 = broadcast %2819 : bool[16] @ models/lib/nn.yaml:90:7
%2824 = select %2823, %2822, %2812 : f32[16] @ models/lib/nn.yaml:90:7
%2825 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%2826 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%2827 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%2828 = add %2827, %2203 : i64[] @ models/lib/nn.yaml:90:7
%2829 = mul %2824, %2395 : f32[16] @ models/lib/nn.yaml:90:7
%2830 = mul %2825, %2397 : f32[16] @ models/lib/nn.yaml:90:7
%2831 = add %2830, %2829 : f32[16] @ models/lib/nn.yaml:90:7
%2832 = mul %2824, %2824 : f32[16] @ models/lib/nn.yaml:90:7
%2833 = mul %2832, %2401 : f32[16] @ models/lib/nn.yaml:90:7
%2834 = mul %2826, %2403 : f32[16] @ models/lib/nn.yaml:90:7
%2835 = add %2834, %2833 : f32[16] @ models/lib/nn.yaml:90:7
%2836 = cast %2828 : f64[] @ models/lib/nn.yaml:90:7
%2837 = pow %2212, %2836 : f64[] @ models/lib/nn.yaml:90:7
%2838 = sub %2193, %2837 : f64[] @ models/lib/nn.yaml:90:7
%2839 = div %1177, %2838 : f64[] @ models/lib/nn.yaml:90:7
%2840 = pow %2220, %2836 : f64[] @ models/lib/nn.yaml:90:7
%2841 = sub %2193, %2840 : f64[] @ models/lib/nn.yaml:90:7
%2842 = sqrt %2841 : f64[] @ models/lib/nn.yaml:90:7
%2843 = div %2193, %2842 : f64[] @ models/lib/nn.yaml:90:7
%2844 = sqrt %2835 : f32[16] @ models/lib/nn.yaml:90:7
%2845 = cast %2843 : f32[] @ models/lib/nn.yaml:90:7
%2846 = broadcast %2845 : f32[16] @ models/lib/nn.yaml:90:7
%2847 = mul %2844, %2846 : f32[16] @ models/lib/nn.yaml:90:7
%2848 = add %2847, %2418 : f32[16] @ models/lib/nn.yaml:90:7
%2849 = div %2831, %2848 : f32[16] @ models/lib/nn.yaml:90:7
%2850 = cast %2839 : f32[] @ models/lib/nn.yaml:90:7
%2851 = broadcast %2850 : f32[16] @ models/lib/nn.yaml:90:7
%2852 = mul %2849, %2851 : f32[16] @ models/lib/nn.yaml:90:7
%2853 = sub %18, %2852 : f32[16] @ models/lib/nn.yaml:90:7
%2854 = assign %18, %2853 : f32[16] @ models/lib/nn.yaml:90:7
%2855 = assign %2825, %2831 : f32[16] @ models/lib/nn.yaml:90:7
%2856 = assign %2826, %2835 : f32[16] @ models/lib/nn.yaml:90:7
%2857 = assign %2827, %2828 : i64[] @ models/lib/nn.yaml:90:7
%2858 = mul %56, %2429 : f32[16] @ models/lib/nn.yaml:90:7
%2859 = mul %2853, %2431 : f32[16] @ models/lib/nn.yaml:90:7
%2860 = add %2858, %2859 : f32[16] @ models/lib/nn.yaml:90:7
%2861 = assign %56, %2860 : f32[16] @ models/lib/nn.yaml:90:7
%2862 = all_reduce_sum %2004 : f32[64,16] @ models/lib/nn.yaml:79:7
%2863 = reshape %2862 : f32[1024] @ models/lib/nn.yaml:79:7
%2864 = mul %2863, %2863 : f32[1024] @ models/lib/nn.yaml:79:7
%2865 = reduce_sum %2864 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%2866 = sqrt %2865 : f32[] @ models/lib/nn.yaml:79:7
%2867 = cast %2866 : f64[] @ models/lib/nn.yaml:79:7
%2868 = add %2867, %2189 : f64[] @ models/lib/nn.yaml:79:7
%2869 = div %2191, %2868 : f64[] @ models/lib/nn.yaml:79:7
%2870 = lt %2869, %2193 : bool[] @ models/lib/nn.yaml:79:7
%2871 = cast %2869 : f32[] @ models/lib/nn.yaml:79:7
%2872 = broadcast %2871 : f32[64,16] @ models/lib/nn.yaml:79:7
%2873 = mul %2862, %2872 : f32[64,16] @ models/lib/nn.yaml:79:7
%2874 = broadcast %2870 : bool[64,16] @ models/lib/nn.yaml:79:7
%2875 = select %2874, %2873, %2862 : f32[64,16] @ models/lib/nn.yaml:79:7
%2876 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%2877 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%2878 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%2879 = add %2878, %2203 : i64[] @ models/lib/nn.yaml:79:7
%2880 = broadcast %2207 : f32[64,16] @ models/lib/nn.yaml:79:7
%2881 = mul %19, %2880 : f32[64,16] @ models/lib/nn.yaml:79:7
%2882 = broadcast %1072 : f32[64,16] @ models/lib/nn.yaml:79:7
%2883 = mul %2875, %2882 : f32[64,16] @ models/lib/nn.yaml:79:7
%2884 = broadcast %632 : f32[64,16] @ models/lib/nn.yaml:79:7
%2885 = mul %2876, %2884 : f32[64,16] @ models/lib/nn.yaml:79:7
%2886 = add %2885, %2883 : f32[64,16] @ models/lib/nn.yaml:79:7
%2887 = mul %2875, %2875 : f32[64,16] @ models/lib/nn.yaml:79:7
%2888 = broadcast %2217 : f32[64,16] @ models/lib/nn.yaml:79:7
%2889 = mul %2887, %2888 : f32[64,16] @ models/lib/nn.yaml:79:7
%2890 = broadcast %2221 : f32[64,16] @ models/lib/nn.yaml:79:7
%2891 = mul %2877, %2890 : f32[64,16] @ models/lib/nn.yaml:79:7
%2892 = add %2891, %2889 : f32[64,16] @ models/lib/nn.yaml:79:7
%2893 = cast %2879 : f64[] @ models/lib/nn.yaml:79:7
%2894 = pow %2212, %2893 : f64[] @ models/lib/nn.yaml:79:7
%2895 = sub %2193, %2894 : f64[] @ models/lib/nn.yaml:79:7
%2896 = div %1177, %2895 : f64[] @ models/lib/nn.yaml:79:7
%2897 = pow %2220, %2893 : f64[] @ models/lib/nn.yaml:79:7
%2898 = sub %2193, %2897 : f64[] @ models/lib/nn.yaml:79:7
%2899 = sqrt %2898 : f64[] @ models/lib/nn.yaml:79:7
%2900 = div %2193, %2899 : f64[] @ models/lib/nn.yaml:79:7
%2901 = sqrt %2892 : f32[64,16] @ models/lib/nn.yaml:79:7
%2902 = cast %2900 : f32[] @ models/lib/nn.yaml:79:7
%2903 = broadcast %2902 : f32[64,16] @ models/lib/nn.yaml:79:7
%2904 = mul %2901, %2903 : f32[64,16] @ models/lib/nn.yaml:79:7
%2905 = broadcast %2237 : f32[64,16] @ models/lib/nn.yaml:79:7
%2906 = add %2904, %2905 : f32[64,16] @ models/lib/nn.yaml:79:7
%2907 = div %2886, %2906 : f32[64,16] @ models/lib/nn.yaml:79:7
%2908 = cast %2896 : f32[] @ models/lib/nn.yaml:79:7
%2909 = broadcast %2908 : f32[64,16] @ models/lib/nn.yaml:79:7
%2910 = mul %2907, %2909 : f32[64,16] @ models/lib/nn.yaml:79:7
%2911 = sub %2881, %2910 : f32[64,16] @ models/lib/nn.yaml:79:7
%2912 = assign %19, %2911 : f32[64,16] @ models/lib/nn.yaml:79:7
%2913 = assign %2876, %2886 : f32[64,16] @ models/lib/nn.yaml:79:7
%2914 = assign %2877, %2892 : f32[64,16] @ models/lib/nn.yaml:79:7
%2915 = assign %2878, %2879 : i64[] @ models/lib/nn.yaml:79:7
%2916 = broadcast %2249 : f32[64,16] @ models/lib/nn.yaml:79:7
%2917 = mul %57, %2916 : f32[64,16] @ models/lib/nn.yaml:79:7
%2918 = broadcast %2253 : f32[64,16] @ models/lib/nn.yaml:79:7
%2919 = mul %2911, %2918 : f32[64,16] @ models/lib/nn.yaml:79:7
%2920 = add %2917, %2919 : f32[64,16] @ models/lib/nn.yaml:79:7
%2921 = assign %57, %2920 : f32[64,16] @ models/lib/nn.yaml:79:7
%2922 = all_reduce_sum %1999 : f32[64] @ models/lib/nn.yaml:80:7
%2923 = mul %2922, %2922 : f32[64] @ models/lib/nn.yaml:80:7
%2924 = reduce_sum %2923 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%2925 = sqrt %2924 : f32[] @ models/lib/nn.yaml:80:7
%2926 = cast %2925 : f64[] @ models/lib/nn.yaml:80:7
%2927 = add %2926, %2189 : f64[] @ models/lib/nn.yaml:80:7
%2928 = div %2191, %2927 : f64[] @ models/lib/nn.yaml:80:7
%2929 = lt %2928, %2193 : bool[] @ models/lib/nn.yaml:80:7
%2930 = cast %2928 : f32[] @ models/lib/nn.yaml:80:7
%2931 = broadcast %2930 : f32[64] @ models/lib/nn.yaml:80:7
%2932 = mul %2922, %2931 : f32[64] @ models/lib/nn.yaml:80:7
%2933 = broadcast %2929 : bool[64] @ models/lib/nn.yaml:80:7
%2934 = select %2933, %2932, %2922 : f32[64] @ models/lib/nn.yaml:80:7
%2935 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%2936 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%2937 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%2938 = add %2937, %2203 : i64[] @ models/lib/nn.yaml:80:7
%2939 = broadcast %1072 : f32[64] @ models/lib/nn.yaml:80:7
%2940 = mul %2934, %2939 : f32[64] @ models/lib/nn.yaml:80:7
%2941 = broadcast %632 : f32[64] @ models/lib/nn.yaml:80:7
%2942 = mul %2935, %2941 : f32[64] @ models/lib/nn.yaml:80:7
%2943 = add %2942, %2940 : f32[64] @ models/lib/nn.yaml:80:7
%2944 = mul %2934, %2934 : f32[64] @ models/lib/nn.yaml:80:7
%2945 = broadcast %2217 : f32[64] @ models/lib/nn.yaml:80:7
%2946 = mul %2944, %2945 : f32[64] @ models/lib/nn.yaml:80:7
%2947 = broadcast %2221 : f32[64] @ models/lib/nn.yaml:80:7
%2948 = mul %2936, %2947 : f32[64] @ models/lib/nn.yaml:80:7
%2949 = add %2948, %2946 : f32[64] @ models/lib/nn.yaml:80:7
%2950 = cast %2938 : f64[] @ models/lib/nn.yaml:80:7
%2951 = pow %2212, %2950 : f64[] @ models/lib/nn.yaml:80:7
%2952 = sub %2193, %2951 : f64[] @ models/lib/nn.yaml:80:7
%2953 = div %1177, %2952 : f64[] @ models/lib/nn.yaml:80:7
%2954 = pow %2220, %2950 : f64[] @ models/lib/nn.yaml:80:7
%2955 = sub %2193, %2954 : f64[] @ models/lib/nn.yaml:80:7
%2956 = sqrt %2955 : f64[] @ models/lib/nn.yaml:80:7
%2957 = div %2193, %2956 : f64[] @ models/lib/nn.yaml:80:7
%2958 = sqrt %2949 : f32[64] @ models/lib/nn.yaml:80:7
%2959 = cast %2957 : f32[] @ models/lib/nn.yaml:80:7
%2960 = broadcast %2959 : f32[64] @ models/lib/nn.yaml:80:7
%2961 = mul %2958, %2960 : f32[64] @ models/lib/nn.yaml:80:7
%2962 = broadcast %2237 : f32[64] @ models/lib/nn.yaml:80:7
%2963 = add %2961, %2962 : f32[64] @ models/lib/nn.yaml:80:7
%2964 = div %2943, %2963 : f32[64] @ models/lib/nn.yaml:80:7
%2965 = cast %2953 : f32[] @ models/lib/nn.yaml:80:7
%2966 = broadcast %2965 : f32[64] @ models/lib/nn.yaml:80:7
%2967 = mul %2964, %2966 : f32[64] @ models/lib/nn.yaml:80:7
%2968 = sub %20, %2967 : f32[64] @ models/lib/nn.yaml:80:7
%2969 = assign %20, %2968 : f32[64] @ models/lib/nn.yaml:80:7
%2970 = assign %2935, %2943 : f32[64] @ models/lib/nn.yaml:80:7
%2971 = assign %2936, %2949 : f32[64] @ models/lib/nn.yaml:80:7
%2972 = assign %2937, %2938 : i64[] @ models/lib/nn.yaml:80:7
%2973 = broadcast %2249 : f32[64] @ models/lib/nn.yaml:80:7
%2974 = mul %58, %2973 : f32[64] @ models/lib/nn.yaml:80:7
%2975 = broadcast %2253 : f32[64] @ models/lib/nn.yaml:80:7
%2976 = mul %2968, %2975 : f32[64] @ models/lib/nn.yaml:80:7
%2977 = add %2974, %2976 : f32[64] @ models/lib/nn.yaml:80:7
%2978 = assign %58, %2977 : f32[64] @ models/lib/nn.yaml:80:7
%2979 = all_reduce_sum %1984 : f32[16,64] @ models/lib/nn.yaml:79:7
%2980 = reshape %2979 : f32[1024] @ models/lib/nn.yaml:79:7
%2981 = mul %2980, %2980 : f32[1024] @ models/lib/nn.yaml:79:7
%2982 = reduce_sum %2981 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%2983 = sqrt %2982 : f32[] @ models/lib/nn.yaml:79:7
%2984 = cast %2983 : f64[] @ models/lib/nn.yaml:79:7
%2985 = add %2984, %2189 : f64[] @ models/lib/nn.yaml:79:7
%2986 = div %2191, %2985 : f64[] @ models/lib/nn.yaml:79:7
%2987 = lt %2986, %2193 : bool[] @ models/lib/nn.yaml:79:7
%2988 = cast %2986 : f32[] @ models/lib/nn.yaml:79:7
%2989 = broadcast %2988 : f32[16,64] @ models/lib/nn.yaml:79:7
%2990 = mul %2979, %2989 : f32[16,64] @ models/lib/nn.yaml:79:7
%2991 = broadcast %2987 : bool[16,64] @ models/lib/nn.yaml:79:7
%2992 = select %2991, %2990, %2979 : f32[16,64] @ models/lib/nn.yaml:79:7
%2993 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%2994 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%2995 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%2996 = add %2995, %2203 : i64[] @ models/lib/nn.yaml:79:7
%2997 = broadcast %2207 : f32[16,64] @ models/lib/nn.yaml:79:7
%2998 = mul %21, %2997 : f32[16,64] @ models/lib/nn.yaml:79:7
%2999 = broadcast %1072 : f32[16,64] @ models/lib/nn.yaml:79:7
%3000 = mul %2992, %2999 : f32[16,64] @ models/lib/nn.yaml:79:7
%3001 = broadcast %632 : f32[16,64] @ models/lib/nn.yaml:79:7
%3002 = mul %2993, %3001 : f32[16,64] @ models/lib/nn.yaml:79:7
%3003 = add %3002, %3000 : f32[16,64] @ models/lib/nn.yaml:79:7
%3004 = mul %2992, %2992 : f32[16,64] @ models/lib/nn.yaml:79:7
%3005 = broadcast %2217 : f32[16,64] @ models/lib/nn.yaml:79:7
%3006 = mul %3004, %3005 : f32[16,64] @ models/lib/nn.yaml:79:7
%3007 = broadcast %2221 : f32[16,64] @ models/lib/nn.yaml:79:7
%3008 = mul %2994, %3007 : f32[16,64] @ models/lib/nn.yaml:79:7
%3009 = add %3008, %3006 : f32[16,64] @ models/lib/nn.yaml:79:7
%3010 = cast %2996 : f64[] @ models/lib/nn.yaml:79:7
%3011 = pow %2212, %3010 : f64[] @ models/lib/nn.yaml:79:7
%3012 = sub %2193, %3011 : f64[] @ models/lib/nn.yaml:79:7
%3013 = div %1177, %3012 : f64[] @ models/lib/nn.yaml:79:7
%3014 = pow %2220, %3010 : f64[] @ models/lib/nn.yaml:79:7
%3015 = sub %2193, %3014 : f64[] @ models/lib/nn.yaml:79:7
%3016 = sqrt %3015 : f64[] @ models/lib/nn.yaml:79:7
%3017 = div %2193, %3016 : f64[] @ models/lib/nn.yaml:79:7
%3018 = sqrt %3009 : f32[16,64] @ models/lib/nn.yaml:79:7
%3019 = cast %3017 : f32[] @ models/lib/nn.yaml:79:7
%3020 = broadcast %3019 : f32[16,64] @ models/lib/nn.yaml:79:7
%3021 = mul %3018, %3020 : f32[16,64] @ models/lib/nn.yaml:79:7
%3022 = broadcast %2237 : f32[16,64] @ models/lib/nn.yaml:79:7
%3023 = add %3021, %3022 : f32[16,64] @ models/lib/nn.yaml:79:7
%3024 = div %3003, %3023 : f32[16,64] @ models/lib/nn.yaml:79:7
%3025 = cast %3013 : f32[] @ models/lib/nn.yaml:79:7
%3026 = broadcast %3025 : f32[16,64] @ models/lib/nn.yaml:79:7
%3027 = mul %3024, %3026 : f32[16,64] @ models/lib/nn.yaml:79:7
%3028 = sub %2998, %3027 : f32[16,64] @ models/lib/nn.yaml:79:7
%3029 = assign %21, %3028 : f32[16,64] @ models/lib/nn.yaml:79:7
%3030 = assign %2993, %3003 : f32[16,64] @ models/lib/nn.yaml:79:7
%3031 = assign %2994, %3009 : f32[16,64] @ models/lib/nn.yaml:79:7
%3032 = assign %2995, %2996 : i64[] @ models/lib/nn.yaml:79:7
%3033 = broadcast %2249 : f32[16,64] @ models/lib/nn.yaml:79:7
%3034 = mul %59, %3033 : f32[16,64] @ models/lib/nn.yaml:79:7
%3035 = broadcast %2253 : f32[16,64] @ models/lib/nn.yaml:79:7
%3036 = mul %3028, %3035 : f32[16,64] @ models/lib/nn.yaml:79:7
%3037 = add %3034, %3036 : f32[16,64] @ models/lib/nn.yaml:79:7
%3038 = assign %59, %3037 : f32[16,64] @ models/lib/nn.yaml:79:7
%3039 = all_reduce_sum %1979 : f32[16] @ models/lib/nn.yaml:80:7
%3040 = mul %3039, %3039 : f32[16] @ models/lib/nn.yaml:80:7
%3041 = reduce_sum %3040 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3042 = sqrt %3041 : f32[] @ models/lib/nn.yaml:80:7
%3043 = cast %3042 : f64[] @ models/lib/nn.yaml:80:7
%3044 = add %3043, %2189 : f64[] @ models/lib/nn.yaml:80:7
%3045 = div %2191, %3044 : f64[] @ models/lib/nn.yaml:80:7
%3046 = lt %3045, %2193 : bool[] @ models/lib/nn.yaml:80:7
%3047 = cast %3045 : f32[] @ models/lib/nn.yaml:80:7
%3048 = broadcast %3047 : f32[16] @ models/lib/nn.yaml:80:7
%3049 = mul %3039, %3048 : f32[16] @ models/lib/nn.yaml:80:7
%3050 = broadcast %3046 : bool[16] @ models/lib/nn.yaml:80:7
%3051 = select %3050, %3049, %3039 : f32[16] @ models/lib/nn.yaml:80:7
%3052 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3053 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3054 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3055 = add %3054, %2203 : i64[] @ models/lib/nn.yaml:80:7
%3056 = mul %3051, %2395 : f32[16] @ models/lib/nn.yaml:80:7
%3057 = mul %3052, %2397 : f32[16] @ models/lib/nn.yaml:80:7
%3058 = add %3057, %3056 : f32[16] @ models/lib/nn.yaml:80:7
%3059 = mul %3051, %3051 : f32[16] @ models/lib/nn.yaml:80:7
%3060 = mul %3059, %2401 : f32[16] @ models/lib/nn.yaml:80:7
%3061 = mul %3053, %2403 : f32[16] @ models/lib/nn.yaml:80:7
%3062 = add %3061, %3060 : f32[16] @ models/lib/nn.yaml:80:7
%3063 = cast %3055 : f64[] @ models/lib/nn.yaml:80:7
%3064 = pow %2212, %3063 : f64[] @ models/lib/nn.yaml:80:7
%3065 = sub %2193, %3064 : f64[] @ models/lib/nn.yaml:80:7
%3066 = div %1177, %3065 : f64[] @ models/lib/nn.yaml:80:7
%3067 = pow %2220, %3063 : f64[] @ models/lib/nn.yaml:80:7
%3068 = sub %2193, %3067 : f64[] @ models/lib/nn.yaml:80:7
%3069 = sqrt %3068 : f64[] @ models/lib/nn.yaml:80:7
%3070 = div %2193, %3069 : f64[] @ models/lib/nn.yaml:80:7
%3071 = sqrt %3062 : f32[16] @ models/lib/nn.yaml:80:7
%3072 = cast %3070 : f32[] @ models/lib/nn.yaml:80:7
%3073 = broadcast %3072 : f32[16] @ models/lib/nn.yaml:80:7
%3074 = mul %3071, %3073 : f32[16] @ models/lib/nn.yaml:80:7
%3075 = add %3074, %2418 : f32[16] @ models/lib/nn.yaml:80:7
%3076 = div %3058, %3075 : f32[16] @ models/lib/nn.yaml:80:7
%3077 = cast %3066 : f32[] @ models/lib/nn.yaml:80:7
%3078 = broadcast %3077 : f32[16] @ models/lib/nn.yaml:80:7
%3079 = mul %3076, %3078 : f32[16] @ models/lib/nn.yaml:80:7
%3080 = sub %22, %3079 : f32[16] @ models/lib/nn.yaml:80:7
%3081 = assign %22, %3080 : f32[16] @ models/lib/nn.yaml:80:7
%3082 = assign %3052, %3058 : f32[16] @ models/lib/nn.yaml:80:7
%3083 = assign %3053, %3062 : f32[16] @ models/lib/nn.yaml:80:7
%3084 = assign %3054, %3055 : i64[] @ models/lib/nn.yaml:80:7
%3085 = mul %60, %2429 : f32[16] @ models/lib/nn.yaml:80:7
%3086 = mul %3080, %2431 : f32[16] @ models/lib/nn.yaml:80:7
%3087 = add %3085, %3086 : f32[16] @ models/lib/nn.yaml:80:7
%3088 = assign %60, %3087 : f32[16] @ models/lib/nn.yaml:80:7
%3089 = all_reduce_sum %1956 : f32[16] @ models/lib/nn.yaml:89:7
%3090 = mul %3089, %3089 : f32[16] @ models/lib/nn.yaml:89:7
%3091 = reduce_sum %3090 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%3092 = sqrt %3091 : f32[] @ models/lib/nn.yaml:89:7
%3093 = cast %3092 : f64[] @ models/lib/nn.yaml:89:7
%3094 = add %3093, %2189 : f64[] @ models/lib/nn.yaml:89:7
%3095 = div %2191, %3094 : f64[] @ models/lib/nn.yaml:89:7
%3096 = lt %3095, %2193 : bool[] @ models/lib/nn.yaml:89:7
%3097 = cast %3095 : f32[] @ models/lib/nn.yaml:89:7
%3098 = broadcast %3097 : f32[16] @ models/lib/nn.yaml:89:7
%3099 = mul %3089, %3098 : f32[16] @ models/lib/nn.yaml:89:7
%3100 = broadcast %3096 : bool[16] @ models/lib/nn.yaml:89:7
%3101 = select %3100, %3099, %3089 : f32[16] @ models/lib/nn.yaml:89:7
%3102 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3103 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3104 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3105 = add %3104, %2203 : i64[] @ models/lib/nn.yaml:89:7
%3106 = mul %3101, %2395 : f32[16] @ models/lib/nn.yaml:89:7
%3107 = mul %3102, %2397 : f32[16] @ models/lib/nn.yaml:89:7
%3108 = add %3107, %3106 : f32[16] @ models/lib/nn.yaml:89:7
%3109 = mul %3101, %3101 : f32[16] @ models/lib/nn.yaml:89:7
%3110 = mul %3109, %2401 : f32[16] @ models/lib/nn.yaml:89:7
%3111 = mul %3103, %2403 : f32[16] @ models/lib/nn.yaml:89:7
%3112 = add %3111, %3110 : f32[16] @ models/lib/nn.yaml:89:7
%3113 = cast %3105 : f64[] @ models/lib/nn.yaml:89:7
%3114 = pow %2212, %3113 : f64[] @ models/lib/nn.yaml:89:7
%3115 = sub %2193, %3114 : f64[] @ models/lib/nn.yaml:89:7
%3116 = div %1177, %3115 : f64[] @ models/lib/nn.yaml:89:7
%3117 = pow %2220, %3113 : f64[] @ models/lib/nn.yaml:89:7
%3118 = sub %2193, %3117 : f64[] @ models/lib/nn.yaml:89:7
%3119 = sqrt %3118 : f64[] @ models/lib/nn.yaml:89:7
%3120 = div %2193, %3119 : f64[] @ models/lib/nn.yaml:89:7
%3121 = sqrt %3112 : f32[16] @ models/lib/nn.yaml:89:7
%3122 = cast %3120 : f32[] @ models/lib/nn.yaml:89:7
%3123 = broadcast %3122 : f32[16] @ models/lib/nn.yaml:89:7
%3124 = mul %3121, %3123 : f32[16] @ models/lib/nn.yaml:89:7
%3125 = add %3124, %2418 : f32[16] @ models/lib/nn.yaml:89:7
%3126 = div %3108, %3125 : f32[16] @ models/lib/nn.yaml:89:7
%3127 = cast %3116 : f32[] @ models/lib/nn.yaml:89:7
%3128 = broadcast %3127 : f32[16] @ models/lib/nn.yaml:89:7
%3129 = mul %3126, %3128 : f32[16] @ models/lib/nn.yaml:89:7
%3130 = sub %23, %3129 : f32[16] @ models/lib/nn.yaml:89:7
%3131 = assign %23, %3130 : f32[16] @ models/lib/nn.yaml:89:7
%3132 = assign %3102, %3108 : f32[16] @ models/lib/nn.yaml:89:7
%3133 = assign %3103, %3112 : f32[16] @ models/lib/nn.yaml:89:7
%3134 = assign %3104, %3105 : i64[] @ models/lib/nn.yaml:89:7
%3135 = mul %61, %2429 : f32[16] @ models/lib/nn.yaml:89:7
%3136 = mul %3130, %2431 : f32[16] @ models/lib/nn.yaml:89:7
%3137 = add %3135, %3136 : f32[16] @ models/lib/nn.yaml:89:7
%3138 = assign %61, %3137 : f32[16] @ models/lib/nn.yaml:89:7
%3139 = all_reduce_sum %1949 : f32[16] @ models/lib/nn.yaml:90:7
%3140 = mul %3139, %3139 : f32[16] @ models/lib/nn.yaml:90:7
%3141 = reduce_sum %3140 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%3142 = sqrt %3141 : f32[] @ models/lib/nn.yaml:90:7
%3143 = cast %3142 : f64[] @ models/lib/nn.yaml:90:7
%3144 = add %3143, %2189 : f64[] @ models/lib/nn.yaml:90:7
%3145 = div %2191, %3144 : f64[] @ models/lib/nn.yaml:90:7
%3146 = lt %3145, %2193 : bool[] @ models/lib/nn.yaml:90:7
%3147 = cast %3145 : f32[] @ models/lib/nn.yaml:90:7
%3148 = broadcast %3147 : f32[16] @ models/lib/nn.yaml:90:7
%3149 = mul %3139, %3148 : f32[16] @ models/lib/nn.yaml:90:7
%3150 = broadcast %3146 : bool[16] @ models/lib/nn.yaml:90:7
%3151 = select %3150, %3149, %3139 : f32[16] @ models/lib/nn.yaml:90:7
%3152 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3153 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3154 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3155 = add %3154, %2203 : i64[] @ models/lib/nn.yaml:90:7
%3156 = mul %3151, %2395 : f32[16] @ models/lib/nn.yaml:90:7
%3157 = mul %3152, %2397 : f32[16] @ models/lib/nn.yaml:90:7
%3158 = add %3157, %3156 : f32[16] @ models/lib/nn.yaml:90:7
%3159 = mul %3151, %3151 : f32[16] @ models/lib/nn.yaml:90:7
%3160 = mul %3159, %2401 : f32[16] @ models/lib/nn.yaml:90:7
%3161 = mul %3153, %2403 : f32[16] @ models/lib/nn.yaml:90:7
%3162 = add %3161, %3160 : f32[16] @ models/lib/nn.yaml:90:7
%3163 = cast %3155 : f64[] @ models/lib/nn.yaml:90:7
%3164 = pow %2212, %3163 : f64[] @ models/lib/nn.yaml:90:7
%3165 = sub %2193, %3164 : f64[] @ models/lib/nn.yaml:90:7
%3166 = div %1177, %3165 : f64[] @ models/lib/nn.yaml:90:7
%3167 = pow %2220, %3163 : f64[] @ models/lib/nn.yaml:90:7
%3168 = sub %2193, %3167 : f64[] @ models/lib/nn.yaml:90:7
%3169 = sqrt %3168 : f64[] @ models/lib/nn.yaml:90:7
%3170 = div %2193, %3169 : f64[] @ models/lib/nn.yaml:90:7
%3171 = sqrt %3162 : f32[16] @ models/lib/nn.yaml:90:7
%3172 = cast %3170 : f32[] @ models/lib/nn.yaml:90:7
%3173 = broadcast %3172 : f32[16] @ models/lib/nn.yaml:90:7
%3174 = mul %3171, %3173 : f32[16] @ models/lib/nn.yaml:90:7
%3175 = add %3174, %2418 : f32[16] @ models/lib/nn.yaml:90:7
%3176 = div %3158, %3175 : f32[16] @ models/lib/nn.yaml:90:7
%3177 = cast %3166 : f32[] @ models/lib/nn.yaml:90:7
%3178 = broadcast %3177 : f32[16] @ models/lib/nn.yaml:90:7
%3179 = mul %3176, %3178 : f32[16] @ models/lib/nn.yaml:90:7
%3180 = sub %24, %3179 : f32[16] @ models/lib/nn.yaml:90:7
%3181 = assign %24, %3180 : f32[16] @ models/lib/nn.yaml:90:7
%3182 = assign %3152, %3158 : f32[16] @ models/lib/nn.yaml:90:7
%3183 = assign %3153, %3162 : f32[16] @ models/lib/nn.yaml:90:7
%3184 = assign %3154, %3155 : i64[] @ models/lib/nn.yaml:90:7
%3185 = mul %62, %2429 : f32[16] @ models/lib/nn.yaml:90:7
%3186 = mul %3180, %2431 : f32[16] @ models/lib/nn.yaml:90:7
%3187 = add %3185, %3186 : f32[16] @ models/lib/nn.yaml:90:7
%3188 = assign %62, %3187 : f32[16] @ models/lib/nn.yaml:90:7
%3189 = all_reduce_sum %1944 : f32[48,16] @ models/lib/nn.yaml:79:7
%3190 = reshape %3189 : f32[768] @ models/lib/nn.yaml:79:7
%3191 = mul %3190, %3190 : f32[768] @ models/lib/nn.yaml:79:7
%3192 = reduce_sum %3191 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3193 = sqrt %3192 : f32[] @ models/lib/nn.yaml:79:7
%3194 = cast %3193 : f64[] @ models/lib/nn.yaml:79:7
%3195 = add %3194, %2189 : f64[] @ models/lib/nn.yaml:79:7
%3196 = div %2191, %3195 : f64[] @ models/lib/nn.yaml:79:7
%3197 = lt %3196, %2193 : bool[] @ models/lib/nn.yaml:79:7
%3198 = cast %3196 : f32[] @ models/lib/nn.yaml:79:7
%3199 = broadcast %3198 : f32[48,16] @ models/lib/nn.yaml:79:7
%3200 = mul %3189, %3199 : f32[48,16] @ models/lib/nn.yaml:79:7
%3201 = broadcast %3197 : bool[48,16] @ models/lib/nn.yaml:79:7
%3202 = select %3201, %3200, %3189 : f32[48,16] @ models/lib/nn.yaml:79:7
%3203 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%3204 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%3205 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3206 = add %3205, %2203 : i64[] @ models/lib/nn.yaml:79:7
%3207 = mul %25, %2553 : f32[48,16] @ models/lib/nn.yaml:79:7
%3208 = mul %3202, %2555 : f32[48,16] @ models/lib/nn.yaml:79:7
%3209 = mul %3203, %2557 : f32[48,16] @ models/lib/nn.yaml:79:7
%3210 = add %3209, %3208 : f32[48,16] @ models/lib/nn.yaml:79:7
%3211 = mul %3202, %3202 : f32[48,16] @ models/lib/nn.yaml:79:7
%3212 = mul %3211, %2561 : f32[48,16] @ models/lib/nn.yaml:79:7
%3213 = mul %3204, %2563 : f32[48,16] @ models/lib/nn.yaml:79:7
%3214 = add %3213, %3212 : f32[48,16] @ models/lib/nn.yaml:79:7
%3215 = cast %3206 : f64[] @ models/lib/nn.yaml:79:7
%3216 = pow %2212, %3215 : f64[] @ models/lib/nn.yaml:79:7
%3217 = sub %2193, %3216 : f64[] @ models/lib/nn.yaml:79:7
%3218 = div %1177, %3217 : f64[] @ models/lib/nn.yaml:79:7
%3219 = pow %2220, %3215 : f64[] @ models/lib/nn.yaml:79:7
%3220 = sub %2193, %3219 : f64[] @ models/lib/nn.yaml:79:7
%3221 = sqrt %3220 : f64[] @ models/lib/nn.yaml:79:7
%3222 = div %2193, %3221 : f64[] @ models/lib/nn.yaml:79:7
%3223 = sqrt %3214 : f32[48,16] @ models/lib/nn.yaml:79:7
%3224 = cast %3222 : f32[] @ models/lib/nn.yaml:79:7
%3225 = broadcast %3224 : f32[48,16] @ models/lib/nn.yaml:79:7
%3226 = mul %3223, %3225 : f32[48,16] @ models/lib/nn.yaml:79:7
%3227 = add %3226, %2578 : f32[48,16] @ models/lib/nn.yaml:79:7
%3228 = div %3210, %3227 : f32[48,16] @ models/lib/nn.yaml:79:7
%3229 = cast %3218 : f32[] @ models/lib/nn.yaml:79:7
%3230 = broadcast %3229 : f32[48,16] @ models/lib/nn.yaml:79:7
%3231 = mul %3228, %3230 : f32[48,16] @ models/lib/nn.yaml:79:7
%3232 = sub %3207, %3231 : f32[48,16] @ models/lib/nn.yaml:79:7
%3233 = assign %25, %3232 : f32[48,16] @ models/lib/nn.yaml:79:7
%3234 = assign %3203, %3210 : f32[48,16] @ models/lib/nn.yaml:79:7
%3235 = assign %3204, %3214 : f32[48,16] @ models/lib/nn.yaml:79:7
%3236 = assign %3205, %3206 : i64[] @ models/lib/nn.yaml:79:7
%3237 = mul %63, %2589 : f32[48,16] @ models/lib/nn.yaml:79:7
%3238 = mul %3232, %2591 : f32[48,16] @ models/lib/nn.yaml:79:7
%3239 = add %3237, %3238 : f32[48,16] @ models/lib/nn.yaml:79:7
%3240 = assign %63, %3239 : f32[48,16] @ models/lib/nn.yaml:79:7
%3241 = all_reduce_sum %1939 : f32[48] @ models/lib/nn.yaml:80:7
%3242 = mul %3241, %3241 : f32[48] @ models/lib/nn.yaml:80:7
%3243 = reduce_sum %3242 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3244 = sqrt %3243 : f32[] @ models/lib/nn.yaml:80:7
%3245 = cast %3244 : f64[] @ models/lib/nn.yaml:80:7
%3246 = add %3245, %2189 : f64[] @ models/lib/nn.yaml:80:7
%3247 = div %2191, %3246 : f64[] @ models/lib/nn.yaml:80:7
%3248 = lt %3247, %2193 : bool[] @ models/lib/nn.yaml:80:7
%3249 = cast %3247 : f32[] @ models/lib/nn.yaml:80:7
%3250 = broadcast %3249 : f32[48] @ models/lib/nn.yaml:80:7
%3251 = mul %3241, %3250 : f32[48] @ models/lib/nn.yaml:80:7
%3252 = broadcast %3248 : bool[48] @ models/lib/nn.yaml:80:7
%3253 = select %3252, %3251, %3241 : f32[48] @ models/lib/nn.yaml:80:7
%3254 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%3255 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%3256 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3257 = add %3256, %2203 : i64[] @ models/lib/nn.yaml:80:7
%3258 = mul %3253, %2612 : f32[48] @ models/lib/nn.yaml:80:7
%3259 = mul %3254, %2614 : f32[48] @ models/lib/nn.yaml:80:7
%3260 = add %3259, %3258 : f32[48] @ models/lib/nn.yaml:80:7
%3261 = mul %3253, %3253 : f32[48] @ models/lib/nn.yaml:80:7
%3262 = mul %3261, %2618 : f32[48] @ models/lib/nn.yaml:80:7
%3263 = mul %3255, %2620 : f32[48] @ models/lib/nn.yaml:80:7
%3264 = add %3263, %3262 : f32[48] @ models/lib/nn.yaml:80:7
%3265 = cast %3257 : f64[] @ models/lib/nn.yaml:80:7
%3266 = pow %2212, %3265 : f64[] @ models/lib/nn.yaml:80:7
%3267 = sub %2193, %3266 : f64[] @ models/lib/nn.yaml:80:7
%3268 = div %1177, %3267 : f64[] @ models/lib/nn.yaml:80:7
%3269 = pow %2220, %3265 : f64[] @ models/lib/nn.yaml:80:7
%3270 = sub %2193, %3269 : f64[] @ models/lib/nn.yaml:80:7
%3271 = sqrt %3270 : f64[] @ models/lib/nn.yaml:80:7
%3272 = div %2193, %3271 : f64[] @ models/lib/nn.yaml:80:7
%3273 = sqrt %3264 : f32[48] @ models/lib/nn.yaml:80:7
%3274 = cast %3272 : f32[] @ models/lib/nn.yaml:80:7
%3275 = broadcast %3274 : f32[48] @ models/lib/nn.yaml:80:7
%3276 = mul %3273, %3275 : f32[48] @ models/lib/nn.yaml:80:7
%3277 = add %3276, %2635 : f32[48] @ models/lib/nn.yaml:80:7
%3278 = div %3260, %3277 : f32[48] @ models/lib/nn.yaml:80:7
%3279 = cast %3268 : f32[] @ models/lib/nn.yaml:80:7
%3280 = broadcast %3279 : f32[48] @ models/lib/nn.yaml:80:7
%3281 = mul %3278, %3280 : f32[48] @ models/lib/nn.yaml:80:7
%3282 = sub %26, %3281 : f32[48] @ models/lib/nn.yaml:80:7
%3283 = assign %26, %3282 : f32[48] @ models/lib/nn.yaml:80:7
%3284 = assign %3254, %3260 : f32[48] @ models/lib/nn.yaml:80:7
%3285 = assign %3255, %3264 : f32[48] @ models/lib/nn.yaml:80:7
%3286 = assign %3256, %3257 : i64[] @ models/lib/nn.yaml:80:7
%3287 = mul %64, %2646 : f32[48] @ models/lib/nn.yaml:80:7
%3288 = mul %3282, %2648 : f32[48] @ models/lib/nn.yaml:80:7
%3289 = add %3287, %3288 : f32[48] @ models/lib/nn.yaml:80:7
%3290 = assign %64, %3289 : f32[48] @ models/lib/nn.yaml:80:7
%3291 = all_reduce_sum %1850 : f32[16,16] @ models/lib/nn.yaml:79:7
%3292 = reshape %3291 : f32[256] @ models/lib/nn.yaml:79:7
%3293 = mul %3292, %3292 : f32[256] @ models/lib/nn.yaml:79:7
%3294 = reduce_sum %3293 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3295 = sqrt %3294 : f32[] @ models/lib/nn.yaml:79:7
%3296 = cast %3295 : f64[] @ models/lib/nn.yaml:79:7
%3297 = add %3296, %2189 : f64[] @ models/lib/nn.yaml:79:7
%3298 = div %2191, %3297 : f64[] @ models/lib/nn.yaml:79:7
%3299 = lt %3298, %2193 : bool[] @ models/lib/nn.yaml:79:7
%3300 = cast %3298 : f32[] @ models/lib/nn.yaml:79:7
%3301 = broadcast %3300 : f32[16,16] @ models/lib/nn.yaml:79:7
%3302 = mul %3291, %3301 : f32[16,16] @ models/lib/nn.yaml:79:7
%3303 = broadcast %3299 : bool[16,16] @ models/lib/nn.yaml:79:7
%3304 = select %3303, %3302, %3291 : f32[16,16] @ models/lib/nn.yaml:79:7
%3305 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%3306 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%3307 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3308 = add %3307, %2203 : i64[] @ models/lib/nn.yaml:79:7
%3309 = mul %27, %2670 : f32[16,16] @ models/lib/nn.yaml:79:7
%3310 = mul %3304, %2672 : f32[16,16] @ models/lib/nn.yaml:79:7
%3311 = mul %3305, %2674 : f32[16,16] @ models/lib/nn.yaml:79:7
%3312 = add %3311, %3310 : f32[16,16] @ models/lib/nn.yaml:79:7
%3313 = mul %3304, %3304 : f32[16,16] @ models/lib/nn.yaml:79:7
%3314 = mul %3313, %2678 : f32[16,16] @ models/lib/nn.yaml:79:7
%3315 = mul %3306, %2680 : f32[16,16] @ models/lib/nn.yaml:79:7
%3316 = add %3315, %3314 : f32[16,16] @ models/lib/nn.yaml:79:7
%3317 = cast %3308 : f64[] @ models/lib/nn.yaml:79:7
%3318 = pow %2212, %3317 : f64[] @ models/lib/nn.yaml:79:7
%3319 = sub %2193, %3318 : f64[] @ models/lib/nn.yaml:79:7
%3320 = div %1177, %3319 : f64[] @ models/lib/nn.yaml:79:7
%3321 = pow %2220, %3317 : f64[] @ models/lib/nn.yaml:79:7
%3322 = sub %2193, %3321 : f64[] @ models/lib/nn.yaml:79:7
%3323 = sqrt %3322 : f64[] @ models/lib/nn.yaml:79:7
%3324 = div %2193, %3323 : f64[] @ models/lib/nn.yaml:79:7
%3325 = sqrt %3316 : f32[16,16] @ models/lib/nn.yaml:79:7
%3326 = cast %3324 : f32[] @ models/lib/nn.yaml:79:7
%3327 = broadcast %3326 : f32[16,16] @ models/lib/nn.yaml:79:7
%3328 = mul %3325, %3327 : f32[16,16] @ models/lib/nn.yaml:79:7
%3329 = add %3328, %2695 : f32[16,16] @ models/lib/nn.yaml:79:7
%3330 = div %3312, %3329 : f32[16,16] @ models/lib/nn.yaml:79:7
%3331 = cast %3320 : f32[] @ models/lib/nn.yaml:79:7
%3332 = broadcast %3331 : f32[16,16] @ models/lib/nn.yaml:79:7
%3333 = mul %3330, %3332 : f32[16,16] @ models/lib/nn.yaml:79:7
%3334 = sub %3309, %3333 : f32[16,16] @ models/lib/nn.yaml:79:7
%3335 = assign %27, %3334 : f32[16,16] @ models/lib/nn.yaml:79:7
%3336 = assign %3305, %3312 : f32[16,16] @ models/lib/nn.yaml:79:7
%3337 = assign %3306, %3316 : f32[16,16] @ models/lib/nn.yaml:79:7
%3338 = assign %3307, %3308 : i64[] @ models/lib/nn.yaml:79:7
%3339 = mul %65, %2706 : f32[16,16] @ models/lib/nn.yaml:79:7
%3340 = mul %3334, %2708 : f32[16,16] @ models/lib/nn.yaml:79:7
%3341 = add %3339, %3340 : f32[16,16] @ models/lib/nn.yaml:79:7
%3342 = assign %65, %3341 : f32[16,16] @ models/lib/nn.yaml:79:7
%3343 = all_reduce_sum %1845 : f32[16] @ models/lib/nn.yaml:80:7
%3344 = mul %3343, %3343 : f32[16] @ models/lib/nn.yaml:80:7
%3345 = reduce_sum %3344 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3346 = sqrt %3345 : f32[] @ models/lib/nn.yaml:80:7
%3347 = cast %3346 : f64[] @ models/lib/nn.yaml:80:7
%3348 = add %3347, %2189 : f64[] @ models/lib/nn.yaml:80:7
%3349 = div %2191, %3348 : f64[] @ models/lib/nn.yaml:80:7
%3350 = lt %3349, %2193 : bool[] @ models/lib/nn.yaml:80:7
%3351 = cast %3349 : f32[] @ models/lib/nn.yaml:80:7
%3352 = broadcast %3351 : f32[16] @ models/lib/nn.yaml:80:7
%3353 = mul %3343, %3352 : f32[16] @ models/lib/nn.yaml:80:7
%3354 = broadcast %3350 : bool[16] @ models/lib/nn.yaml:80:7
%3355 = select %3354, %3353, %3343 : f32[16] @ models/lib/nn.yaml:80:7
%3356 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3357 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3358 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3359 = add %3358, %2203 : i64[] @ models/lib/nn.yaml:80:7
%3360 = mul %3355, %2395 : f32[16] @ models/lib/nn.yaml:80:7
%3361 = mul %3356, %2397 : f32[16] @ models/lib/nn.yaml:80:7
%3362 = add %3361, %3360 : f32[16] @ models/lib/nn.yaml:80:7
%3363 = mul %3355, %3355 : f32[16] @ models/lib/nn.yaml:80:7
%3364 = mul %3363, %2401 : f32[16] @ models/lib/nn.yaml:80:7
%3365 = mul %3357, %2403 : f32[16] @ models/lib/nn.yaml:80:7
%3366 = add %3365, %3364 : f32[16] @ models/lib/nn.yaml:80:7
%3367 = cast %3359 : f64[] @ models/lib/nn.yaml:80:7
%3368 = pow %2212, %3367 : f64[] @ models/lib/nn.yaml:80:7
%3369 = sub %2193, %3368 : f64[] @ models/lib/nn.yaml:80:7
%3370 = div %1177, %3369 : f64[] @ models/lib/nn.yaml:80:7
%3371 = pow %2220, %3367 : f64[] @ models/lib/nn.yaml:80:7
%3372 = sub %2193, %3371 : f64[] @ models/lib/nn.yaml:80:7
%3373 = sqrt %3372 : f64[] @ models/lib/nn.yaml:80:7
%3374 = div %2193, %3373 : f64[] @ models/lib/nn.yaml:80:7
%3375 = sqrt %3366 : f32[16] @ models/lib/nn.yaml:80:7
%3376 = cast %3374 : f32[] @ models/lib/nn.yaml:80:7
%3377 = broadcast %3376 : f32[16] @ models/lib/nn.yaml:80:7
%3378 = mul %3375, %3377 : f32[16] @ models/lib/nn.yaml:80:7
%3379 = add %3378, %2418 : f32[16] @ models/lib/nn.yaml:80:7
%3380 = div %3362, %3379 : f32[16] @ models/lib/nn.yaml:80:7
%3381 = cast %3370 : f32[] @ models/lib/nn.yaml:80:7
%3382 = broadcast %3381 : f32[16] @ models/lib/nn.yaml:80:7
%3383 = mul %3380, %3382 : f32[16] @ models/lib/nn.yaml:80:7
%3384 = sub %28, %3383 : f32[16] @ models/lib/nn.yaml:80:7
%3385 = assign %28, %3384 : f32[16] @ models/lib/nn.yaml:80:7
%3386 = assign %3356, %3362 : f32[16] @ models/lib/nn.yaml:80:7
%3387 = assign %3357, %3366 : f32[16] @ models/lib/nn.yaml:80:7
%3388 = assign %3358, %3359 : i64[] @ models/lib/nn.yaml:80:7
%3389 = mul %66, %2429 : f32[16] @ models/lib/nn.yaml:80:7
%3390 = mul %3384, %2431 : f32[16] @ models/lib/nn.yaml:80:7
%3391 = add %3389, %3390 : f32[16] @ models/lib/nn.yaml:80:7
%3392 = assign %66, %3391 : f32[16] @ models/lib/nn.yaml:80:7
%3393 = all_reduce_sum %1820 : f32[16] @ models/lib/nn.yaml:89:7
%3394 = mul %3393, %3393 : f32[16] @ models/lib/nn.yaml:89:7
%3395 = reduce_sum %3394 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%3396 = sqrt %3395 : f32[] @ models/lib/nn.yaml:89:7
%3397 = cast %3396 : f64[] @ models/lib/nn.yaml:89:7
%3398 = add %3397, %2189 : f64[] @ models/lib/nn.yaml:89:7
%3399 = div %2191, %3398 : f64[] @ models/lib/nn.yaml:89:7
%3400 = lt %3399, %2193 : bool[] @ models/lib/nn.yaml:89:7
%3401 = cast %3399 : f32[] @ models/lib/nn.yaml:89:7
%3402 = broadcast %3401 : f32[16] @ models/lib/nn.yaml:89:7
%3403 = mul %3393, %3402 : f32[16] @ models/lib/nn.yaml:89:7
%3404 = broadcast %3400 : bool[16] @ models/lib/nn.yaml:89:7
%3405 = select %3404, %3403, %3393 : f32[16] @ models/lib/nn.yaml:89:7
%3406 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3407 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3408 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3409 = add %3408, %2203 : i64[] @ models/lib/nn.yaml:89:7
%3410 = mul %3405, %2395 : f32[16] @ models/lib/nn.yaml:89:7
%3411 = mul %3406, %2397 : f32[16] @ models/lib/nn.yaml:89:7
%3412 = add %3411, %3410 : f32[16] @ models/lib/nn.yaml:89:7
%3413 = mul %3405, %3405 : f32[16] @ models/lib/nn.yaml:89:7
%3414 = mul %3413, %2401 : f32[16] @ models/lib/nn.yaml:89:7
%3415 = mul %3407, %2403 : f32[16] @ models/lib/nn.yaml:89:7
%3416 = add %3415, %3414 : f32[16] @ models/lib/nn.yaml:89:7
%3417 = cast %3409 : f64[] @ models/lib/nn.yaml:89:7
%3418 = pow %2212, %3417 : f64[] @ models/lib/nn.yaml:89:7
%3419 = sub %2193, %3418 : f64[] @ models/lib/nn.yaml:89:7
%3420 = div %1177, %3419 : f64[] @ models/lib/nn.yaml:89:7
%3421 = pow %2220, %3417 : f64[] @ models/lib/nn.yaml:89:7
%3422 = sub %2193, %3421 : f64[] @ models/lib/nn.yaml:89:7
%3423 = sqrt %3422 : f64[] @ models/lib/nn.yaml:89:7
%3424 = div %2193, %3423 : f64[] @ models/lib/nn.yaml:89:7
%3425 = sqrt %3416 : f32[16] @ models/lib/nn.yaml:89:7
%3426 = cast %3424 : f32[] @ models/lib/nn.yaml:89:7
%3427 = broadcast %3426 : f32[16] @ models/lib/nn.yaml:89:7
%3428 = mul %3425, %3427 : f32[16] @ models/lib/nn.yaml:89:7
%3429 = add %3428, %2418 : f32[16] @ models/lib/nn.yaml:89:7
%3430 = div %3412, %3429 : f32[16] @ models/lib/nn.yaml:89:7
%3431 = cast %3420 : f32[] @ models/lib/nn.yaml:89:7
%3432 = broadcast %3431 : f32[16] @ models/lib/nn.yaml:89:7
%3433 = mul %3430, %3432 : f32[16] @ models/lib/nn.yaml:89:7
%3434 = sub %29, %3433 : f32[16] @ models/lib/nn.yaml:89:7
%3435 = assign %29, %3434 : f32[16] @ models/lib/nn.yaml:89:7
%3436 = assign %3406, %3412 : f32[16] @ models/lib/nn.yaml:89:7
%3437 = assign %3407, %3416 : f32[16] @ models/lib/nn.yaml:89:7
%3438 = assign %3408, %3409 : i64[] @ models/lib/nn.yaml:89:7
%3439 = mul %67, %2429 : f32[16] @ models/lib/nn.yaml:89:7
%3440 = mul %3434, %2431 : f32[16] @ models/lib/nn.yaml:89:7
%3441 = add %3439, %3440 : f32[16] @ models/lib/nn.yaml:89:7
%3442 = assign %67, %3441 : f32[16] @ models/lib/nn.yaml:89:7
%3443 = all_reduce_sum %1813 : f32[16] @ models/lib/nn.yaml:90:7
%3444 = mul %3443, %3443 : f32[16] @ models/lib/nn.yaml:90:7
%3445 = reduce_sum %3444 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%3446 = sqrt %3445 : f32[] @ models/lib/nn.yaml:90:7
%3447 = cast %3446 : f64[] @ models/lib/nn.yaml:90:7
%3448 = add %3447, %2189 : f64[] @ models/lib/nn.yaml:90:7
%3449 = div %2191, %3448 : f64[] @ models/lib/nn.yaml:90:7
%3450 = lt %3449, %2193 : bool[] @ models/lib/nn.yaml:90:7
%3451 = cast %3449 : f32[] @ models/lib/nn.yaml:90:7
%3452 = broadcast %3451 : f32[16] @ models/lib/nn.yaml:90:7
%3453 = mul %3443, %3452 : f32[16] @ models/lib/nn.yaml:90:7
%3454 = broadcast %3450 : bool[16] @ models/lib/nn.yaml:90:7
%3455 = select %3454, %3453, %3443 : f32[16] @ models/lib/nn.yaml:90:7
%3456 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3457 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3458 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3459 = add %3458, %2203 : i64[] @ models/lib/nn.yaml:90:7
%3460 = mul %3455, %2395 : f32[16] @ models/lib/nn.yaml:90:7
%3461 = mul %3456, %2397 : f32[16] @ models/lib/nn.yaml:90:7
%3462 = add %3461, %3460 : f32[16] @ models/lib/nn.yaml:90:7
%3463 = mul %3455, %3455 : f32[16] @ models/lib/nn.yaml:90:7
%3464 = mul %3463, %2401 : f32[16] @ models/lib/nn.yaml:90:7
%3465 = mul %3457, %2403 : f32[16] @ models/lib/nn.yaml:90:7
%3466 = add %3465, %3464 : f32[16] @ models/lib/nn.yaml:90:7
%3467 = cast %3459 : f64[] @ models/lib/nn.yaml:90:7
%3468 = pow %2212, %3467 : f64[] @ models/lib/nn.yaml:90:7
%3469 = sub %2193, %3468 : f64[] @ models/lib/nn.yaml:90:7
%3470 = div %1177, %3469 : f64[] @ models/lib/nn.yaml:90:7
%3471 = pow %2220, %3467 : f64[] @ models/lib/nn.yaml:90:7
%3472 = sub %2193, %3471 : f64[] @ models/lib/nn.yaml:90:7
%3473 = sqrt %3472 : f64[] @ models/lib/nn.yaml:90:7
%3474 = div %2193, %3473 : f64[] @ models/lib/nn.yaml:90:7
%3475 = sqrt %3466 : f32[16] @ models/lib/nn.yaml:90:7
%3476 = cast %3474 : f32[] @ models/lib/nn.yaml:90:7
%3477 = broadcast %3476 : f32[16] @ models/lib/nn.yaml:90:7
%3478 = mul %3475, %3477 : f32[16] @ models/lib/nn.yaml:90:7
%3479 = add %3478, %2418 : f32[16] @ models/lib/nn.yaml:90:7
%3480 = div %3462, %3479 : f32[16] @ models/lib/nn.yaml:90:7
%3481 = cast %3470 : f32[] @ models/lib/nn.yaml:90:7
%3482 = broadcast %3481 : f32[16] @ models/lib/nn.yaml:90:7
%3483 = mul %3480, %3482 : f32[16] @ models/lib/nn.yaml:90:7
%3484 = sub %30, %3483 : f32[16] @ models/lib/nn.yaml:90:7
%3485 = assign %30, %3484 : f32[16] @ models/lib/nn.yaml:90:7
%3486 = assign %3456, %3462 : f32[16] @ models/lib/nn.yaml:90:7
%3487 = assign %3457, %3466 : f32[16] @ models/lib/nn.yaml:90:7
%3488 = assign %3458, %3459 : i64[] @ models/lib/nn.yaml:90:7
%3489 = mul %68, %2429 : f32[16] @ models/lib/nn.yaml:90:7
%3490 = mul %3484, %2431 : f32[16] @ models/lib/nn.yaml:90:7
%3491 = add %3489, %3490 : f32[16] @ models/lib/nn.yaml:90:7
%3492 = assign %68, %3491 : f32[16] @ models/lib/nn.yaml:90:7
%3493 = all_reduce_sum %1808 : f32[64,16] @ models/lib/nn.yaml:79:7
%3494 = reshape %3493 : f32[1024] @ models/lib/nn.yaml:79:7
%3495 = mul %3494, %3494 : f32[1024] @ models/lib/nn.yaml:79:7
%3496 = reduce_sum %3495 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3497 = sqrt %3496 : f32[] @ models/lib/nn.yaml:79:7
%3498 = cast %3497 : f64[] @ models/lib/nn.yaml:79:7
%3499 = add %3498, %2189 : f64[] @ models/lib/nn.yaml:79:7
%3500 = div %2191, %3499 : f64[] @ models/lib/nn.yaml:79:7
%3501 = lt %3500, %2193 : bool[] @ models/lib/nn.yaml:79:7
%3502 = cast %3500 : f32[] @ models/lib/nn.yaml:79:7
%3503 = broadcast %3502 : f32[64,16] @ models/lib/nn.yaml:79:7
%3504 = mul %3493, %3503 : f32[64,16] @ models/lib/nn.yaml:79:7
%3505 = broadcast %3501 : bool[64,16] @ models/lib/nn.yaml:79:7
%3506 = select %3505, %3504, %3493 : f32[64,16] @ models/lib/nn.yaml:79:7
%3507 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%3508 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%3509 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3510 = add %3509, %2203 : i64[] @ models/lib/nn.yaml:79:7
%3511 = mul %31, %2880 : f32[64,16] @ models/lib/nn.yaml:79:7
%3512 = mul %3506, %2882 : f32[64,16] @ models/lib/nn.yaml:79:7
%3513 = mul %3507, %2884 : f32[64,16] @ models/lib/nn.yaml:79:7
%3514 = add %3513, %3512 : f32[64,16] @ models/lib/nn.yaml:79:7
%3515 = mul %3506, %3506 : f32[64,16] @ models/lib/nn.yaml:79:7
%3516 = mul %3515, %2888 : f32[64,16] @ models/lib/nn.yaml:79:7
%3517 = mul %3508, %2890 : f32[64,16] @ models/lib/nn.yaml:79:7
%3518 = add %3517, %3516 : f32[64,16] @ models/lib/nn.yaml:79:7
%3519 = cast %3510 : f64[] @ models/lib/nn.yaml:79:7
%3520 = pow %2212, %3519 : f64[] @ models/lib/nn.yaml:79:7
%3521 = sub %2193, %3520 : f64[] @ models/lib/nn.yaml:79:7
%3522 = div %1177, %3521 : f64[] @ models/lib/nn.yaml:79:7
%3523 = pow %2220, %3519 : f64[] @ models/lib/nn.yaml:79:7
%3524 = sub %2193, %3523 : f64[] @ models/lib/nn.yaml:79:7
%3525 = sqrt %3524 : f64[] @ models/lib/nn.yaml:79:7
%3526 = div %2193, %3525 : f64[] @ models/lib/nn.yaml:79:7
%3527 = sqrt %3518 : f32[64,16] @ models/lib/nn.yaml:79:7
%3528 = cast %3526 : f32[] @ models/lib/nn.yaml:79:7
%3529 = broadcast %3528 : f32[64,16] @ models/lib/nn.yaml:79:7
%3530 = mul %3527, %3529 : f32[64,16] @ models/lib/nn.yaml:79:7
%3531 = add %3530, %2905 : f32[64,16] @ models/lib/nn.yaml:79:7
%3532 = div %3514, %3531 : f32[64,16] @ models/lib/nn.yaml:79:7
%3533 = cast %3522 : f32[] @ models/lib/nn.yaml:79:7
%3534 = broadcast %3533 : f32[64,16] @ models/lib/nn.yaml:79:7
%3535 = mul %3532, %3534 : f32[64,16] @ models/lib/nn.yaml:79:7
%3536 = sub %3511, %3535 : f32[64,16] @ models/lib/nn.yaml:79:7
%3537 = assign %31, %3536 : f32[64,16] @ models/lib/nn.yaml:79:7
%3538 = assign %3507, %3514 : f32[64,16] @ models/lib/nn.yaml:79:7
%3539 = assign %3508, %3518 : f32[64,16] @ models/lib/nn.yaml:79:7
%3540 = assign %3509, %3510 : i64[] @ models/lib/nn.yaml:79:7
%3541 = mul %69, %2916 : f32[64,16] @ models/lib/nn.yaml:79:7
%3542 = mul %3536, %2918 : f32[64,16] @ models/lib/nn.yaml:79:7
%3543 = add %3541, %3542 : f32[64,16] @ models/lib/nn.yaml:79:7
%3544 = assign %69, %3543 : f32[64,16] @ models/lib/nn.yaml:79:7
%3545 = all_reduce_sum %1803 : f32[64] @ models/lib/nn.yaml:80:7
%3546 = mul %3545, %3545 : f32[64] @ models/lib/nn.yaml:80:7
%3547 = reduce_sum %3546 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3548 = sqrt %3547 : f32[] @ models/lib/nn.yaml:80:7
%3549 = cast %3548 : f64[] @ models/lib/nn.yaml:80:7
%3550 = add %3549, %2189 : f64[] @ models/lib/nn.yaml:80:7
%3551 = div %2191, %3550 : f64[] @ models/lib/nn.yaml:80:7
%3552 = lt %3551, %2193 : bool[] @ models/lib/nn.yaml:80:7
%3553 = cast %3551 : f32[] @ models/lib/nn.yaml:80:7
%3554 = broadcast %3553 : f32[64] @ models/lib/nn.yaml:80:7
%3555 = mul %3545, %3554 : f32[64] @ models/lib/nn.yaml:80:7
%3556 = broadcast %3552 : bool[64] @ models/lib/nn.yaml:80:7
%3557 = select %3556, %3555, %3545 : f32[64] @ models/lib/nn.yaml:80:7
%3558 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%3559 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%3560 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3561 = add %3560, %2203 : i64[] @ models/lib/nn.yaml:80:7
%3562 = mul %3557, %2939 : f32[64] @ models/lib/nn.yaml:80:7
%3563 = mul %3558, %2941 : f32[64] @ models/lib/nn.yaml:80:7
%3564 = add %3563, %3562 : f32[64] @ models/lib/nn.yaml:80:7
%3565 = mul %3557, %3557 : f32[64] @ models/lib/nn.yaml:80:7
%3566 = mul %3565, %2945 : f32[64] @ models/lib/nn.yaml:80:7
%3567 = mul %3559, %2947 : f32[64] @ models/lib/nn.yaml:80:7
%3568 = add %3567, %3566 : f32[64] @ models/lib/nn.yaml:80:7
%3569 = cast %3561 : f64[] @ models/lib/nn.yaml:80:7
%3570 = pow %2212, %3569 : f64[] @ models/lib/nn.yaml:80:7
%3571 = sub %2193, %3570 : f64[] @ models/lib/nn.yaml:80:7
%3572 = div %1177, %3571 : f64[] @ models/lib/nn.yaml:80:7
%3573 = pow %2220, %3569 : f64[] @ models/lib/nn.yaml:80:7
%3574 = sub %2193, %3573 : f64[] @ models/lib/nn.yaml:80:7
%3575 = sqrt %3574 : f64[] @ models/lib/nn.yaml:80:7
%3576 = div %2193, %3575 : f64[] @ models/lib/nn.yaml:80:7
%3577 = sqrt %3568 : f32[64] @ models/lib/nn.yaml:80:7
%3578 = cast %3576 : f32[] @ models/lib/nn.yaml:80:7
%3579 = broadcast %3578 : f32[64] @ models/lib/nn.yaml:80:7
%3580 = mul %3577, %3579 : f32[64] @ models/lib/nn.yaml:80:7
%3581 = add %3580, %2962 : f32[64] @ models/lib/nn.yaml:80:7
%3582 = div %3564, %3581 : f32[64] @ models/lib/nn.yaml:80:7
%3583 = cast %3572 : f32[] @ models/lib/nn.yaml:80:7
%3584 = broadcast %3583 : f32[64] @ models/lib/nn.yaml:80:7
%3585 = mul %3582, %3584 : f32[64] @ models/lib/nn.yaml:80:7
%3586 = sub %32, %3585 : f32[64] @ models/lib/nn.yaml:80:7
%3587 = assign %32, %3586 : f32[64] @ models/lib/nn.yaml:80:7
%3588 = assign %3558, %3564 : f32[64] @ models/lib/nn.yaml:80:7
%3589 = assign %3559, %3568 : f32[64] @ models/lib/nn.yaml:80:7
%3590 = assign %3560, %3561 : i64[] @ models/lib/nn.yaml:80:7
%3591 = mul %70, %2973 : f32[64] @ models/lib/nn.yaml:80:7
%3592 = mul %3586, %2975 : f32[64] @ models/lib/nn.yaml:80:7
%3593 = add %3591, %3592 : f32[64] @ models/lib/nn.yaml:80:7
%3594 = assign %70, %3593 : f32[64] @ models/lib/nn.yaml:80:7
%3595 = all_reduce_sum %1787 : f32[16,64] @ models/lib/nn.yaml:79:7
%3596 = reshape %3595 : f32[1024] @ models/lib/nn.yaml:79:7
%3597 = mul %3596, %3596 : f32[1024] @ models/lib/nn.yaml:79:7
%3598 = reduce_sum %3597 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3599 = sqrt %3598 : f32[] @ models/lib/nn.yaml:79:7
%3600 = cast %3599 : f64[] @ models/lib/nn.yaml:79:7
%3601 = add %3600, %2189 : f64[] @ models/lib/nn.yaml:79:7
%3602 = div %2191, %3601 : f64[] @ models/lib/nn.yaml:79:7
%3603 = lt %3602, %2193 : bool[] @ models/lib/nn.yaml:79:7
%3604 = cast %3602 : f32[] @ models/lib/nn.yaml:79:7
%3605 = broadcast %3604 : f32[16,64] @ models/lib/nn.yaml:79:7
%3606 = mul %3595, %3605 : f32[16,64] @ models/lib/nn.yaml:79:7
%3607 = broadcast %3603 : bool[16,64] @ models/lib/nn.yaml:79:7
%3608 = select %3607, %3606, %3595 : f32[16,64] @ models/lib/nn.yaml:79:7
%3609 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%3610 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%3611 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3612 = add %3611, %2203 : i64[] @ models/lib/nn.yaml:79:7
%3613 = mul %33, %2997 : f32[16,64] @ models/lib/nn.yaml:79:7
%3614 = mul %3608, %2999 : f32[16,64] @ models/lib/nn.yaml:79:7
%3615 = mul %3609, %3001 : f32[16,64] @ models/lib/nn.yaml:79:7
%3616 = add %3615, %3614 : f32[16,64] @ models/lib/nn.yaml:79:7
%3617 = mul %3608, %3608 : f32[16,64] @ models/lib/nn.yaml:79:7
%3618 = mul %3617, %3005 : f32[16,64] @ models/lib/nn.yaml:79:7
%3619 = mul %3610, %3007 : f32[16,64] @ models/lib/nn.yaml:79:7
%3620 = add %3619, %3618 : f32[16,64] @ models/lib/nn.yaml:79:7
%3621 = cast %3612 : f64[] @ models/lib/nn.yaml:79:7
%3622 = pow %2212, %3621 : f64[] @ models/lib/nn.yaml:79:7
%3623 = sub %2193, %3622 : f64[] @ models/lib/nn.yaml:79:7
%3624 = div %1177, %3623 : f64[] @ models/lib/nn.yaml:79:7
%3625 = pow %2220, %3621 : f64[] @ models/lib/nn.yaml:79:7
%3626 = sub %2193, %3625 : f64[] @ models/lib/nn.yaml:79:7
%3627 = sqrt %3626 : f64[] @ models/lib/nn.yaml:79:7
%3628 = div %2193, %3627 : f64[] @ models/lib/nn.yaml:79:7
%3629 = sqrt %3620 : f32[16,64] @ models/lib/nn.yaml:79:7
%3630 = cast %3628 : f32[] @ models/lib/nn.yaml:79:7
%3631 = broadcast %3630 : f32[16,64] @ models/lib/nn.yaml:79:7
%3632 = mul %3629, %3631 : f32[16,64] @ models/lib/nn.yaml:79:7
%3633 = add %3632, %3022 : f32[16,64] @ models/lib/nn.yaml:79:7
%3634 = div %3616, %3633 : f32[16,64] @ models/lib/nn.yaml:79:7
%3635 = cast %3624 : f32[] @ models/lib/nn.yaml:79:7
%3636 = broadcast %3635 : f32[16,64] @ models/lib/nn.yaml:79:7
%3637 = mul %3634, %3636 : f32[16,64] @ models/lib/nn.yaml:79:7
%3638 = sub %3613, %3637 : f32[16,64] @ models/lib/nn.yaml:79:7
%3639 = assign %33, %3638 : f32[16,64] @ models/lib/nn.yaml:79:7
%3640 = assign %3609, %3616 : f32[16,64] @ models/lib/nn.yaml:79:7
%3641 = assign %3610, %3620 : f32[16,64] @ models/lib/nn.yaml:79:7
%3642 = assign %3611, %3612 : i64[] @ models/lib/nn.yaml:79:7
%3643 = mul %71, %3033 : f32[16,64] @ models/lib/nn.yaml:79:7
%3644 = mul %3638, %3035 : f32[16,64] @ models/lib/nn.yaml:79:7
%3645 = add %3643, %3644 : f32[16,64] @ models/lib/nn.yaml:79:7
%3646 = assign %71, %3645 : f32[16,64] @ models/lib/nn.yaml:79:7
%3647 = all_reduce_sum %1782 : f32[16] @ models/lib/nn.yaml:80:7
%3648 = mul %3647, %3647 : f32[16] @ models/lib/nn.yaml:80:7
%3649 = reduce_sum %3648 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3650 = sqrt %3649 : f32[] @ models/lib/nn.yaml:80:7
%3651 = cast %3650 : f64[] @ models/lib/nn.yaml:80:7
%3652 = add %3651, %2189 : f64[] @ models/lib/nn.yaml:80:7
%3653 = div %2191, %3652 : f64[] @ models/lib/nn.yaml:80:7
%3654 = lt %3653, %2193 : bool[] @ models/lib/nn.yaml:80:7
%3655 = cast %3653 : f32[] @ models/lib/nn.yaml:80:7
%3656 = broadcast %3655 : f32[16] @ models/lib/nn.yaml:80:7
%3657 = mul %3647, %3656 : f32[16] @ models/lib/nn.yaml:80:7
%3658 = broadcast %3654 : bool[16] @ models/lib/nn.yaml:80:7
%3659 = select %3658, %3657, %3647 : f32[16] @ models/lib/nn.yaml:80:7
%3660 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3661 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3662 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3663 = add %3662, %2203 : i64[] @ models/lib/nn.yaml:80:7
%3664 = mul %3659, %2395 : f32[16] @ models/lib/nn.yaml:80:7
%3665 = mul %3660, %2397 : f32[16] @ models/lib/nn.yaml:80:7
%3666 = add %3665, %3664 : f32[16] @ models/lib/nn.yaml:80:7
%3667 = mul %3659, %3659 : f32[16] @ models/lib/nn.yaml:80:7
%3668 = mul %3667, %2401 : f32[16] @ models/lib/nn.yaml:80:7
%3669 = mul %3661, %2403 : f32[16] @ models/lib/nn.yaml:80:7
%3670 = add %3669, %3668 : f32[16] @ models/lib/nn.yaml:80:7
%3671 = cast %3663 : f64[] @ models/lib/nn.yaml:80:7
%3672 = pow %2212, %3671 : f64[] @ models/lib/nn.yaml:80:7
%3673 = sub %2193, %3672 : f64[] @ models/lib/nn.yaml:80:7
%3674 = div %1177, %3673 : f64[] @ models/lib/nn.yaml:80:7
%3675 = pow %2220, %3671 : f64[] @ models/lib/nn.yaml:80:7
%3676 = sub %2193, %3675 : f64[] @ models/lib/nn.yaml:80:7
%3677 = sqrt %3676 : f64[] @ models/lib/nn.yaml:80:7
%3678 = div %2193, %3677 : f64[] @ models/lib/nn.yaml:80:7
%3679 = sqrt %3670 : f32[16] @ models/lib/nn.yaml:80:7
%3680 = cast %3678 : f32[] @ models/lib/nn.yaml:80:7
%3681 = broadcast %3680 : f32[16] @ models/lib/nn.yaml:80:7
%3682 = mul %3679, %3681 : f32[16] @ models/lib/nn.yaml:80:7
%3683 = add %3682, %2418 : f32[16] @ models/lib/nn.yaml:80:7
%3684 = div %3666, %3683 : f32[16] @ models/lib/nn.yaml:80:7
%3685 = cast %3674 : f32[] @ models/lib/nn.yaml:80:7
%3686 = broadcast %3685 : f32[16] @ models/lib/nn.yaml:80:7
%3687 = mul %3684, %3686 : f32[16] @ models/lib/nn.yaml:80:7
%3688 = sub %34, %3687 : f32[16] @ models/lib/nn.yaml:80:7
%3689 = assign %34, %3688 : f32[16] @ models/lib/nn.yaml:80:7
%3690 = assign %3660, %3666 : f32[16] @ models/lib/nn.yaml:80:7
%3691 = assign %3661, %3670 : f32[16] @ models/lib/nn.yaml:80:7
%3692 = assign %3662, %3663 : i64[] @ models/lib/nn.yaml:80:7
%3693 = mul %72, %2429 : f32[16] @ models/lib/nn.yaml:80:7
%3694 = mul %3688, %2431 : f32[16] @ models/lib/nn.yaml:80:7
%3695 = add %3693, %3694 : f32[16] @ models/lib/nn.yaml:80:7
%3696 = assign %72, %3695 : f32[16] @ models/lib/nn.yaml:80:7
%3697 = all_reduce_sum %1757 : f32[16] @ models/lib/nn.yaml:89:7
%3698 = mul %3697, %3697 : f32[16] @ models/lib/nn.yaml:89:7
%3699 = reduce_sum %3698 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%3700 = sqrt %3699 : f32[] @ models/lib/nn.yaml:89:7
%3701 = cast %3700 : f64[] @ models/lib/nn.yaml:89:7
%3702 = add %3701, %2189 : f64[] @ models/lib/nn.yaml:89:7
%3703 = div %2191, %3702 : f64[] @ models/lib/nn.yaml:89:7
%3704 = lt %3703, %2193 : bool[] @ models/lib/nn.yaml:89:7
%3705 = cast %3703 : f32[] @ models/lib/nn.yaml:89:7
%3706 = broadcast %3705 : f32[16] @ models/lib/nn.yaml:89:7
%3707 = mul %3697, %3706 : f32[16] @ models/lib/nn.yaml:89:7
%3708 = broadcast %3704 : bool[16] @ models/lib/nn.yaml:89:7
%3709 = select %3708, %3707, %3697 : f32[16] @ models/lib/nn.yaml:89:7
%3710 = state name="adam_m.backbone.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3711 = state name="adam_v.backbone.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3712 = state name="adam_t.backbone.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3713 = add %3712, %2203 : i64[] @ models/lib/nn.yaml:89:7
%3714 = mul %3709, %2395 : f32[16] @ models/lib/nn.yaml:89:7
%3715 = mul %3710, %2397 : f32[16] @ models/lib/nn.yaml:89:7
%3716 = add %3715, %3714 : f32[16] @ models/lib/nn.yaml:89:7
%3717 = mul %3709, %3709 : f32[16] @ models/lib/nn.yaml:89:7
%3718 = mul %3717, %2401 : f32[16] @ models/lib/nn.yaml:89:7
%3719 = mul %3711, %2403 : f32[16] @ models/lib/nn.yaml:89:7
%3720 = add %3719, %3718 : f32[16] @ models/lib/nn.yaml:89:7
%3721 = cast %3713 : f64[] @ models/lib/nn.yaml:89:7
%3722 = pow %2212, %3721 : f64[] @ models/lib/nn.yaml:89:7
%3723 = sub %2193, %3722 : f64[] @ models/lib/nn.yaml:89:7
%3724 = div %1177, %3723 : f64[] @ models/lib/nn.yaml:89:7
%3725 = pow %2220, %3721 : f64[] @ models/lib/nn.yaml:89:7
%3726 = sub %2193, %3725 : f64[] @ models/lib/nn.yaml:89:7
%3727 = sqrt %3726 : f64[] @ models/lib/nn.yaml:89:7
%3728 = div %2193, %3727 : f64[] @ models/lib/nn.yaml:89:7
%3729 = sqrt %3720 : f32[16] @ models/lib/nn.yaml:89:7
%3730 = cast %3728 : f32[] @ models/lib/nn.yaml:89:7
%3731 = broadcast %3730 : f32[16] @ models/lib/nn.yaml:89:7
%3732 = mul %3729, %3731 : f32[16] @ models/lib/nn.yaml:89:7
%3733 = add %3732, %2418 : f32[16] @ models/lib/nn.yaml:89:7
%3734 = div %3716, %3733 : f32[16] @ models/lib/nn.yaml:89:7
%3735 = cast %3724 : f32[] @ models/lib/nn.yaml:89:7
%3736 = broadcast %3735 : f32[16] @ models/lib/nn.yaml:89:7
%3737 = mul %3734, %3736 : f32[16] @ models/lib/nn.yaml:89:7
%3738 = sub %35, %3737 : f32[16] @ models/lib/nn.yaml:89:7
%3739 = assign %35, %3738 : f32[16] @ models/lib/nn.yaml:89:7
%3740 = assign %3710, %3716 : f32[16] @ models/lib/nn.yaml:89:7
%3741 = assign %3711, %3720 : f32[16] @ models/lib/nn.yaml:89:7
%3742 = assign %3712, %3713 : i64[] @ models/lib/nn.yaml:89:7
%3743 = mul %73, %2429 : f32[16] @ models/lib/nn.yaml:89:7
%3744 = mul %3738, %2431 : f32[16] @ models/lib/nn.yaml:89:7
%3745 = add %3743, %3744 : f32[16] @ models/lib/nn.yaml:89:7
%3746 = assign %73, %3745 : f32[16] @ models/lib/nn.yaml:89:7
%3747 = all_reduce_sum %1750 : f32[16] @ models/lib/nn.yaml:90:7
%3748 = mul %3747, %3747 : f32[16] @ models/lib/nn.yaml:90:7
%3749 = reduce_sum %3748 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%3750 = sqrt %3749 : f32[] @ models/lib/nn.yaml:90:7
%3751 = cast %3750 : f64[] @ models/lib/nn.yaml:90:7
%3752 = add %3751, %2189 : f64[] @ models/lib/nn.yaml:90:7
%3753 = div %2191, %3752 : f64[] @ models/lib/nn.yaml:90:7
%3754 = lt %3753, %2193 : bool[] @ models/lib/nn.yaml:90:7
%3755 = cast %3753 : f32[] @ models/lib/nn.yaml:90:7
%3756 = broadcast %3755 : f32[16] @ models/lib/nn.yaml:90:7
%3757 = mul %3747, %3756 : f32[16] @ models/lib/nn.yaml:90:7
%3758 = broadcast %3754 : bool[16] @ models/lib/nn.yaml:90:7
%3759 = select %3758, %3757, %3747 : f32[16] @ models/lib/nn.yaml:90:7
%3760 = state name="adam_m.backbone.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3761 = state name="adam_v.backbone.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3762 = state name="adam_t.backbone.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3763 = add %3762, %2203 : i64[] @ models/lib/nn.yaml:90:7
%3764 = mul %3759, %2395 : f32[16] @ models/lib/nn.yaml:90:7
%3765 = mul %3760, %2397 : f32[16] @ models/lib/nn.yaml:90:7
%3766 = add %3765, %3764 : f32[16] @ models/lib/nn.yaml:90:7
%3767 = mul %3759, %3759 : f32[16] @ models/lib/nn.yaml:90:7
%3768 = mul %3767, %2401 : f32[16] @ models/lib/nn.yaml:90:7
%3769 = mul %3761, %2403 : f32[16] @ models/lib/nn.yaml:90:7
%3770 = add %3769, %3768 : f32[16] @ models/lib/nn.yaml:90:7
%3771 = cast %3763 : f64[] @ models/lib/nn.yaml:90:7
%3772 = pow %2212, %3771 : f64[] @ models/lib/nn.yaml:90:7
%3773 = sub %2193, %3772 : f64[] @ models/lib/nn.yaml:90:7
%3774 = div %1177, %3773 : f64[] @ models/lib/nn.yaml:90:7
%3775 = pow %2220, %3771 : f64[] @ models/lib/nn.yaml:90:7
%3776 = sub %2193, %3775 : f64[] @ models/lib/nn.yaml:90:7
%3777 = sqrt %3776 : f64[] @ models/lib/nn.yaml:90:7
%3778 = div %2193, %3777 : f64[] @ models/lib/nn.yaml:90:7
%3779 = sqrt %3770 : f32[16] @ models/lib/nn.yaml:90:7
%3780 = cast %3778 : f32[] @ models/lib/nn.yaml:90:7
%3781 = broadcast %3780 : f32[16] @ models/lib/nn.yaml:90:7
%3782 = mul %3779, %3781 : f32[16] @ models/lib/nn.yaml:90:7
%3783 = add %3782, %2418 : f32[16] @ models/lib/nn.yaml:90:7
%3784 = div %3766, %3783 : f32[16] @ models/lib/nn.yaml:90:7
%3785 = cast %3774 : f32[] @ models/lib/nn.yaml:90:7
%3786 = broadcast %3785 : f32[16] @ models/lib/nn.yaml:90:7
%3787 = mul %3784, %3786 : f32[16] @ models/lib/nn.yaml:90:7
%3788 = sub %36, %3787 : f32[16] @ models/lib/nn.yaml:90:7
%3789 = assign %36, %3788 : f32[16] @ models/lib/nn.yaml:90:7
%3790 = assign %3760, %3766 : f32[16] @ models/lib/nn.yaml:90:7
%3791 = assign %3761, %3770 : f32[16] @ models/lib/nn.yaml:90:7
%3792 = assign %3762, %3763 : i64[] @ models/lib/nn.yaml:90:7
%3793 = mul %74, %2429 : f32[16] @ models/lib/nn.yaml:90:7
%3794 = mul %3788, %2431 : f32[16] @ models/lib/nn.yaml:90:7
%3795 = add %3793, %3794 : f32[16] @ models/lib/nn.yaml:90:7
%3796 = assign %74, %3795 : f32[16] @ models/lib/nn.yaml:90:7
%3797 = all_reduce_sum %1742 : f32[24,16] @ models/lib/nn.yaml:79:7
%3798 = reshape %3797 : f32[384] @ models/lib/nn.yaml:79:7
%3799 = mul %3798, %3798 : f32[384] @ models/lib/nn.yaml:79:7
%3800 = reduce_sum %3799 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3801 = sqrt %3800 : f32[] @ models/lib/nn.yaml:79:7
%3802 = cast %3801 : f64[] @ models/lib/nn.yaml:79:7
%3803 = add %3802, %2189 : f64[] @ models/lib/nn.yaml:79:7
%3804 = div %2191, %3803 : f64[] @ models/lib/nn.yaml:79:7
%3805 = lt %3804, %2193 : bool[] @ models/lib/nn.yaml:79:7
%3806 = cast %3804 : f32[] @ models/lib/nn.yaml:79:7
%3807 = broadcast %3806 : f32[24,16] @ models/lib/nn.yaml:79:7
%3808 = mul %3797, %3807 : f32[24,16] @ models/lib/nn.yaml:79:7
%3809 = broadcast %3805 : bool[24,16] @ models/lib/nn.yaml:79:7
%3810 = select %3809, %3808, %3797 : f32[24,16] @ models/lib/nn.yaml:79:7
%3811 = state name="adam_m.head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%3812 = state name="adam_v.head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%3813 = state name="adam_t.head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3814 = add %3813, %2203 : i64[] @ models/lib/nn.yaml:79:7
%3815 = broadcast %2207 : f32[24,16] @ models/lib/nn.yaml:79:7
%3816 = mul %37, %3815 : f32[24,16] @ models/lib/nn.yaml:79:7
%3817 = broadcast %1072 : f32[24,16] @ models/lib/nn.yaml:79:7
%3818 = mul %3810, %3817 : f32[24,16] @ models/lib/nn.yaml:79:7
%3819 = broadcast %632 : f32[24,16] @ models/lib/nn.yaml:79:7
%3820 = mul %3811, %3819 : f32[24,16] @ models/lib/nn.yaml:79:7
%3821 = add %3820, %3818 : f32[24,16] @ models/lib/nn.yaml:79:7
%3822 = mul %3810, %3810 : f32[24,16] @ models/lib/nn.yaml:79:7
%3823 = broadcast %2217 : f32[24,16] @ models/lib/nn.yaml:79:7
%3824 = mul %3822, %3823 : f32[24,16] @ models/lib/nn.yaml:79:7
%3825 = broadcast %2221 : f32[24,16] @ models/lib/nn.yaml:79:7
%3826 = mul %3812, %3825 : f32[24,16] @ models/lib/nn.yaml:79:7
%3827 = add %3826, %3824 : f32[24,16] @ models/lib/nn.yaml:79:7
%3828 = cast %3814 : f64[] @ models/lib/nn.yaml:79:7
%3829 = pow %2212, %3828 : f64[] @ models/lib/nn.yaml:79:7
%3830 = sub %2193, %3829 : f64[] @ models/lib/nn.yaml:79:7
%3831 = div %1177, %3830 : f64[] @ models/lib/nn.yaml:79:7
%3832 = pow %2220, %3828 : f64[] @ models/lib/nn.yaml:79:7
%3833 = sub %2193, %3832 : f64[] @ models/lib/nn.yaml:79:7
%3834 = sqrt %3833 : f64[] @ models/lib/nn.yaml:79:7
%3835 = div %2193, %3834 : f64[] @ models/lib/nn.yaml:79:7
%3836 = sqrt %3827 : f32[24,16] @ models/lib/nn.yaml:79:7
%3837 = cast %3835 : f32[] @ models/lib/nn.yaml:79:7
%3838 = broadcast %3837 : f32[24,16] @ models/lib/nn.yaml:79:7
%3839 = mul %3836, %3838 : f32[24,16] @ models/lib/nn.yaml:79:7
%3840 = broadcast %2237 : f32[24,16] @ models/lib/nn.yaml:79:7
%3841 = add %3839, %3840 : f32[24,16] @ models/lib/nn.yaml:79:7
%3842 = div %3821, %3841 : f32[24,16] @ models/lib/nn.yaml:79:7
%3843 = cast %3831 : f32[] @ models/lib/nn.yaml:79:7
%3844 = broadcast %3843 : f32[24,16] @ models/lib/nn.yaml:79:7
%3845 = mul %3842, %3844 : f32[24,16] @ models/lib/nn.yaml:79:7
%3846 = sub %3816, %3845 : f32[24,16] @ models/lib/nn.yaml:79:7
%3847 = assign %37, %3846 : f32[24,16] @ models/lib/nn.yaml:79:7
%3848 = assign %3811, %3821 : f32[24,16] @ models/lib/nn.yaml:79:7
%3849 = assign %3812, %3827 : f32[24,16] @ models/lib/nn.yaml:79:7
%3850 = assign %3813, %3814 : i64[] @ models/lib/nn.yaml:79:7
%3851 = broadcast %2249 : f32[24,16] @ models/lib/nn.yaml:79:7
%3852 = mul %75, %3851 : f32[24,16] @ models/lib/nn.yaml:79:7
%3853 = broadcast %2253 : f32[24,16] @ models/lib/nn.yaml:79:7
%3854 = mul %3846, %3853 : f32[24,16] @ models/lib/nn.yaml:79:7
%3855 = add %3852, %3854 : f32[24,16] @ models/lib/nn.yaml:79:7
%3856 = assign %75, %3855 : f32[24,16] @ models/lib/nn.yaml:79:7
%3857 = all_reduce_sum %1739 : f32[24] @ models/lib/nn.yaml:80:7
%3858 = mul %3857, %3857 : f32[24] @ models/lib/nn.yaml:80:7
%3859 = reduce_sum %3858 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3860 = sqrt %3859 : f32[] @ models/lib/nn.yaml:80:7
%3861 = cast %3860 : f64[] @ models/lib/nn.yaml:80:7
%3862 = add %3861, %2189 : f64[] @ models/lib/nn.yaml:80:7
%3863 = div %2191, %3862 : f64[] @ models/lib/nn.yaml:80:7
%3864 = lt %3863, %2193 : bool[] @ models/lib/nn.yaml:80:7
%3865 = cast %3863 : f32[] @ models/lib/nn.yaml:80:7
%3866 = broadcast %3865 : f32[24] @ models/lib/nn.yaml:80:7
%3867 = mul %3857, %3866 : f32[24] @ models/lib/nn.yaml:80:7
%3868 = broadcast %3864 : bool[24] @ models/lib/nn.yaml:80:7
%3869 = select %3868, %3867, %3857 : f32[24] @ models/lib/nn.yaml:80:7
%3870 = state name="adam_m.head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%3871 = state name="adam_v.head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%3872 = state name="adam_t.head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3873 = add %3872, %2203 : i64[] @ models/lib/nn.yaml:80:7
%3874 = broadcast %1072 : f32[24] @ models/lib/nn.yaml:80:7
%3875 = mul %3869, %3874 : f32[24] @ models/lib/nn.yaml:80:7
%3876 = broadcast %632 : f32[24] @ models/lib/nn.yaml:80:7
%3877 = mul %3870, %3876 : f32[24] @ models/lib/nn.yaml:80:7
%3878 = add %3877, %3875 : f32[24] @ models/lib/nn.yaml:80:7
%3879 = mul %3869, %3869 : f32[24] @ models/lib/nn.yaml:80:7
%3880 = broadcast %2217 : f32[24] @ models/lib/nn.yaml:80:7
%3881 = mul %3879, %3880 : f32[24] @ models/lib/nn.yaml:80:7
%3882 = broadcast %2221 : f32[24] @ models/lib/nn.yaml:80:7
%3883 = mul %3871, %3882 : f32[24] @ models/lib/nn.yaml:80:7
%3884 = add %3883, %3881 : f32[24] @ models/lib/nn.yaml:80:7
%3885 = cast %3873 : f64[] @ models/lib/nn.yaml:80:7
%3886 = pow %2212, %3885 : f64[] @ models/lib/nn.yaml:80:7
%3887 = sub %2193, %3886 : f64[] @ models/lib/nn.yaml:80:7
%3888 = div %1177, %3887 : f64[] @ models/lib/nn.yaml:80:7
%3889 = pow %2220, %3885 : f64[] @ models/lib/nn.yaml:80:7
%3890 = sub %2193, %3889 : f64[] @ models/lib/nn.yaml:80:7
%3891 = sqrt %3890 : f64[] @ models/lib/nn.yaml:80:7
%3892 = div %2193, %3891 : f64[] @ models/lib/nn.yaml:80:7
%3893 = sqrt %3884 : f32[24] @ models/lib/nn.yaml:80:7
%3894 = cast %3892 : f32[] @ models/lib/nn.yaml:80:7
%3895 = broadcast %3894 : f32[24] @ models/lib/nn.yaml:80:7
%3896 = mul %3893, %3895 : f32[24] @ models/lib/nn.yaml:80:7
%3897 = broadcast %2237 : f32[24] @ models/lib/nn.yaml:80:7
%3898 = add %3896, %3897 : f32[24] @ models/lib/nn.yaml:80:7
%3899 = div %3878, %3898 : f32[24] @ models/lib/nn.yaml:80:7
%3900 = cast %3888 : f32[] @ models/lib/nn.yaml:80:7
%3901 = broadcast %3900 : f32[24] @ models/lib/nn.yaml:80:7
%3902 = mul %3899, %3901 : f32[24] @ models/lib/nn.yaml:80:7
%3903 = sub %38, %3902 : f32[24] @ models/lib/nn.yaml:80:7
%3904 = assign %38, %3903 : f32[24] @ models/lib/nn.yaml:80:7
%3905 = assign %3870, %3878 : f32[24] @ models/lib/nn.yaml:80:7
%3906 = assign %3871, %3884 : f32[24] @ models/lib/nn.yaml:80:7
%3907 = assign %3872, %3873 : i64[] @ models/lib/nn.yaml:80:7
%3908 = broadcast %2249 : f32[24] @ models/lib/nn.yaml:80:7
%3909 = mul %76, %3908 : f32[24] @ models/lib/nn.yaml:80:7
%3910 = broadcast %2253 : f32[24] @ models/lib/nn.yaml:80:7
%3911 = mul %3903, %3910 : f32[24] @ models/lib/nn.yaml:80:7
%3912 = add %3909, %3911 : f32[24] @ models/lib/nn.yaml:80:7
%3913 = assign %76, %3912 : f32[24] @ models/lib/nn.yaml:80:7
%3914 = all_reduce_sum %1726 : f32[24,24] @ models/lib/nn.yaml:79:7
%3915 = reshape %3914 : f32[576] @ models/lib/nn.yaml:79:7
%3916 = mul %3915, %3915 : f32[576] @ models/lib/nn.yaml:79:7
%3917 = reduce_sum %3916 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3918 = sqrt %3917 : f32[] @ models/lib/nn.yaml:79:7
%3919 = cast %3918 : f64[] @ models/lib/nn.yaml:79:7
%3920 = add %3919, %2189 : f64[] @ models/lib/nn.yaml:79:7
%3921 = div %2191, %3920 : f64[] @ models/lib/nn.yaml:79:7
%3922 = lt %3921, %2193 : bool[] @ models/lib/nn.yaml:79:7
%3923 = cast %3921 : f32[] @ models/lib/nn.yaml:79:7
%3924 = broadcast %3923 : f32[24,24] @ models/lib/nn.yaml:79:7
%3925 = mul %3914, %3924 : f32[24,24] @ models/lib/nn.yaml:79:7
%3926 = broadcast %3922 : bool[24,24] @ models/lib/nn.yaml:79:7
%3927 = select %3926, %3925, %3914 : f32[24,24] @ models/lib/nn.yaml:79:7
%3928 = state name="adam_m.head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%3929 = state name="adam_v.head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%3930 = state name="adam_t.head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3931 = add %3930, %2203 : i64[] @ models/lib/nn.yaml:79:7
%3932 = broadcast %2207 : f32[24,24] @ models/lib/nn.yaml:79:7
%3933 = mul %39, %3932 : f32[24,24] @ models/lib/nn.yaml:79:7
%3934 = broadcast %1072 : f32[24,24] @ models/lib/nn.yaml:79:7
%3935 = mul %3927, %3934 : f32[24,24] @ models/lib/nn.yaml:79:7
%3936 = broadcast %632 : f32[24,24] @ models/lib/nn.yaml:79:7
%3937 = mul %3928, %3936 : f32[24,24] @ models/lib/nn.yaml:79:7
%3938 = add %3937, %3935 : f32[24,24] @ models/lib/nn.yaml:79:7
%3939 = mul %3927, %3927 : f32[24,24] @ models/lib/nn.yaml:79:7
%3940 = broadcast %2217 : f32[24,24] @ models/lib/nn.yaml:79:7
%3941 = mul %3939, %3940 : f32[24,24] @ models/lib/nn.yaml:79:7
%3942 = broadcast %2221 : f32[24,24] @ models/lib/nn.yaml:79:7
%3943 = mul %3929, %3942 : f32[24,24] @ models/lib/nn.yaml:79:7
%3944 = add %3943, %3941 : f32[24,24] @ models/lib/nn.yaml:79:7
%3945 = cast %3931 : f64[] @ models/lib/nn.yaml:79:7
%3946 = pow %2212, %3945 : f64[] @ models/lib/nn.yaml:79:7
%3947 = sub %2193, %3946 : f64[] @ models/lib/nn.yaml:79:7
%3948 = div %1177, %3947 : f64[] @ models/lib/nn.yaml:79:7
%3949 = pow %2220, %3945 : f64[] @ models/lib/nn.yaml:79:7
%3950 = sub %2193, %3949 : f64[] @ models/lib/nn.yaml:79:7
%3951 = sqrt %3950 : f64[] @ models/lib/nn.yaml:79:7
%3952 = div %2193, %3951 : f64[] @ models/lib/nn.yaml:79:7
%3953 = sqrt %3944 : f32[24,24] @ models/lib/nn.yaml:79:7
%3954 = cast %3952 : f32[] @ models/lib/nn.yaml:79:7
%3955 = broadcast %3954 : f32[24,24] @ models/lib/nn.yaml:79:7
%3956 = mul %3953, %3955 : f32[24,24] @ models/lib/nn.yaml:79:7
%3957 = broadcast %2237 : f32[24,24] @ models/lib/nn.yaml:79:7
%3958 = add %3956, %3957 : f32[24,24] @ models/lib/nn.yaml:79:7
%3959 = div %3938, %3958 : f32[24,24] @ models/lib/nn.yaml:79:7
%3960 = cast %3948 : f32[] @ models/lib/nn.yaml:79:7
%3961 = broadcast %3960 : f32[24,24] @ models/lib/nn.yaml:79:7
%3962 = mul %3959, %3961 : f32[24,24] @ models/lib/nn.yaml:79:7
%3963 = sub %3933, %3962 : f32[24,24] @ models/lib/nn.yaml:79:7
%3964 = assign %39, %3963 : f32[24,24] @ models/lib/nn.yaml:79:7
%3965 = assign %3928, %3938 : f32[24,24] @ models/lib/nn.yaml:79:7
%3966 = assign %3929, %3944 : f32[24,24] @ models/lib/nn.yaml:79:7
%3967 = assign %3930, %3931 : i64[] @ models/lib/nn.yaml:79:7
%3968 = broadcast %2249 : f32[24,24] @ models/lib/nn.yaml:79:7
%3969 = mul %77, %3968 : f32[24,24] @ models/lib/nn.yaml:79:7
%3970 = broadcast %2253 : f32[24,24] @ models/lib/nn.yaml:79:7
%3971 = mul %3963, %3970 : f32[24,24] @ models/lib/nn.yaml:79:7
%3972 = add %3969, %3971 : f32[24,24] @ models/lib/nn.yaml:79:7
%3973 = assign %77, %3972 : f32[24,24] @ models/lib/nn.yaml:79:7
%3974 = all_reduce_sum %1723 : f32[24] @ models/lib/nn.yaml:80:7
%3975 = mul %3974, %3974 : f32[24] @ models/lib/nn.yaml:80:7
%3976 = reduce_sum %3975 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3977 = sqrt %3976 : f32[] @ models/lib/nn.yaml:80:7
%3978 = cast %3977 : f64[] @ models/lib/nn.yaml:80:7
%3979 = add %3978, %2189 : f64[] @ models/lib/nn.yaml:80:7
%3980 = div %2191, %3979 : f64[] @ models/lib/nn.yaml:80:7
%3981 = lt %3980, %2193 : bool[] @ models/lib/nn.yaml:80:7
%3982 = cast %3980 : f32[] @ models/lib/nn.yaml:80:7
%3983 = broadcast %3982 : f32[24] @ models/lib/nn.yaml:80:7
%3984 = mul %3974, %3983 : f32[24] @ models/lib/nn.yaml:80:7
%3985 = broadcast %3981 : bool[24] @ models/lib/nn.yaml:80:7
%3986 = select %3985, %3984, %3974 : f32[24] @ models/lib/nn.yaml:80:7
%3987 = state name="adam_m.head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%3988 = state name="adam_v.head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%3989 = state name="adam_t.head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3990 = add %3989, %2203 : i64[] @ models/lib/nn.yaml:80:7
%3991 = mul %3986, %3874 : f32[24] @ models/lib/nn.yaml:80:7
%3992 = mul %3987, %3876 : f32[24] @ models/lib/nn.yaml:80:7
%3993 = add %3992, %3991 : f32[24] @ models/lib/nn.yaml:80:7
%3994 = mul %3986, %3986 : f32[24] @ models/lib/nn.yaml:80:7
%3995 = mul %3994, %3880 : f32[24] @ models/lib/nn.yaml:80:7
%3996 = mul %3988, %3882 : f32[24] @ models/lib/nn.yaml:80:7
%3997 = add %3996, %3995 : f32[24] @ models/lib/nn.yaml:80:7
%3998 = cast %3990 : f64[] @ models/lib/nn.yaml:80:7
%3999 = pow %2212, %3998 : f64[] @ models/lib/nn.yaml:80:7
%4000 = sub %2193, %3999 : f64[] @ models/lib/nn.yaml:80:7
%4001 = div %1177, %4000 : f64[] @ models/lib/nn.yaml:80:7
%4002 = pow %2220, %3998 : f64[] @ models/lib/nn.yaml:80:7
%4003 = sub %2193, %4002 : f64[] @ models/lib/nn.yaml:80:7
%4004 = sqrt %4003 : f64[] @ models/lib/nn.yaml:80:7
%4005 = div %2193, %4004 : f64[] @ models/lib/nn.yaml:80:7
%4006 = sqrt %3997 : f32[24] @ models/lib/nn.yaml:80:7
%4007 = cast %4005 : f32[] @ models/lib/nn.yaml:80:7
%4008 = broadcast %4007 : f32[24] @ models/lib/nn.yaml:80:7
%4009 = mul %4006, %4008 : f32[24] @ models/lib/nn.yaml:80:7
%4010 = add %4009, %3897 : f32[24] @ models/lib/nn.yaml:80:7
%4011 = div %3993, %4010 : f32[24] @ models/lib/nn.yaml:80:7
%4012 = cast %4001 : f32[] @ models/lib/nn.yaml:80:7
%4013 = broadcast %4012 : f32[24] @ models/lib/nn.yaml:80:7
%4014 = mul %4011, %4013 : f32[24] @ models/lib/nn.yaml:80:7
%4015 = sub %40, %4014 : f32[24] @ models/lib/nn.yaml:80:7
%4016 = assign %40, %4015 : f32[24] @ models/lib/nn.yaml:80:7
%4017 = assign %3987, %3993 : f32[24] @ models/lib/nn.yaml:80:7
%4018 = assign %3988, %3997 : f32[24] @ models/lib/nn.yaml:80:7
%4019 = assign %3989, %3990 : i64[] @ models/lib/nn.yaml:80:7
%4020 = mul %78, %3908 : f32[24] @ models/lib/nn.yaml:80:7
%4021 = mul %4015, %3910 : f32[24] @ models/lib/nn.yaml:80:7
%4022 = add %4020, %4021 : f32[24] @ models/lib/nn.yaml:80:7
%4023 = assign %78, %4022 : f32[24] @ models/lib/nn.yaml:80:7
%4024 = all_reduce_sum %1710 : f32[8,24] @ models/lib/nn.yaml:79:7
%4025 = reshape %4024 : f32[192] @ models/lib/nn.yaml:79:7
%4026 = mul %4025, %4025 : f32[192] @ models/lib/nn.yaml:79:7
%4027 = reduce_sum %4026 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4028 = sqrt %4027 : f32[] @ models/lib/nn.yaml:79:7
%4029 = cast %4028 : f64[] @ models/lib/nn.yaml:79:7
%4030 = add %4029, %2189 : f64[] @ models/lib/nn.yaml:79:7
%4031 = div %2191, %4030 : f64[] @ models/lib/nn.yaml:79:7
%4032 = lt %4031, %2193 : bool[] @ models/lib/nn.yaml:79:7
%4033 = cast %4031 : f32[] @ models/lib/nn.yaml:79:7
%4034 = broadcast %4033 : f32[8,24] @ models/lib/nn.yaml:79:7
%4035 = mul %4024, %4034 : f32[8,24] @ models/lib/nn.yaml:79:7
%4036 = broadcast %4032 : bool[8,24] @ models/lib/nn.yaml:79:7
%4037 = select %4036, %4035, %4024 : f32[8,24] @ models/lib/nn.yaml:79:7
%4038 = state name="adam_m.head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%4039 = state name="adam_v.head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%4040 = state name="adam_t.head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4041 = add %4040, %2203 : i64[] @ models/lib/nn.yaml:79:7
%4042 = broadcast %2207 : f32[8,24] @ models/lib/nn.yaml:79:7
%4043 = mul %41, %4042 : f32[8,24] @ models/lib/nn.yaml:79:7
%4044 = broadcast %1072 : f32[8,24] @ models/lib/nn.yaml:79:7
%4045 = mul %4037, %4044 : f32[8,24] @ models/lib/nn.yaml:79:7
%4046 = broadcast %632 : f32[8,24] @ models/lib/nn.yaml:79:7
%4047 = mul %4038, %4046 : f32[8,24] @ models/lib/nn.yaml:79:7
%4048 = add %4047, %4045 : f32[8,24] @ models/lib/nn.yaml:79:7
%4049 = mul %4037, %4037 : f32[8,24] @ models/lib/nn.yaml:79:7
%4050 = broadcast %2217 : f32[8,24] @ models/lib/nn.yaml:79:7
%4051 = mul %4049, %4050 : f32[8,24] @ models/lib/nn.yaml:79:7
%4052 = broadcast %2221 : f32[8,24] @ models/lib/nn.yaml:79:7
%4053 = mul %4039, %4052 : f32[8,24] @ models/lib/nn.yaml:79:7
%4054 = add %4053, %4051 : f32[8,24] @ models/lib/nn.yaml:79:7
%4055 = cast %4041 : f64[] @ models/lib/nn.yaml:79:7
%4056 = pow %2212, %4055 : f64[] @ models/lib/nn.yaml:79:7
%4057 = sub %2193, %4056 : f64[] @ models/lib/nn.yaml:79:7
%4058 = div %1177, %4057 : f64[] @ models/lib/nn.yaml:79:7
%4059 = pow %2220, %4055 : f64[] @ models/lib/nn.yaml:79:7
%4060 = sub %2193, %4059 : f64[] @ models/lib/nn.yaml:79:7
%4061 = sqrt %4060 : f64[] @ models/lib/nn.yaml:79:7
%4062 = div %2193, %4061 : f64[] @ models/lib/nn.yaml:79:7
%4063 = sqrt %4054 : f32[8,24] @ models/lib/nn.yaml:79:7
%4064 = cast %4062 : f32[] @ models/lib/nn.yaml:79:7
%4065 = broadcast %4064 : f32[8,24] @ models/lib/nn.yaml:79:7
%4066 = mul %4063, %4065 : f32[8,24] @ models/lib/nn.yaml:79:7
%4067 = broadcast %2237 : f32[8,24] @ models/lib/nn.yaml:79:7
%4068 = add %4066, %4067 : f32[8,24] @ models/lib/nn.yaml:79:7
%4069 = div %4048, %4068 : f32[8,24] @ models/lib/nn.yaml:79:7
%4070 = cast %4058 : f32[] @ models/lib/nn.yaml:79:7
%4071 = broadcast %4070 : f32[8,24] @ models/lib/nn.yaml:79:7
%4072 = mul %4069, %4071 : f32[8,24] @ models/lib/nn.yaml:79:7
%4073 = sub %4043, %4072 : f32[8,24] @ models/lib/nn.yaml:79:7
%4074 = assign %41, %4073 : f32[8,24] @ models/lib/nn.yaml:79:7
%4075 = assign %4038, %4048 : f32[8,24] @ models/lib/nn.yaml:79:7
%4076 = assign %4039, %4054 : f32[8,24] @ models/lib/nn.yaml:79:7
%4077 = assign %4040, %4041 : i64[] @ models/lib/nn.yaml:79:7
%4078 = broadcast %2249 : f32[8,24] @ models/lib/nn.yaml:79:7
%4079 = mul %79, %4078 : f32[8,24] @ models/lib/nn.yaml:79:7
%4080 = broadcast %2253 : f32[8,24] @ models/lib/nn.yaml:79:7
%4081 = mul %4073, %4080 : f32[8,24] @ models/lib/nn.yaml:79:7
%4082 = add %4079, %4081 : f32[8,24] @ models/lib/nn.yaml:79:7
%4083 = assign %79, %4082 : f32[8,24] @ models/lib/nn.yaml:79:7
%4084 = all_reduce_sum %1707 : f32[8] @ models/lib/nn.yaml:80:7
%4085 = mul %4084, %4084 : f32[8] @ models/lib/nn.yaml:80:7
%4086 = reduce_sum %4085 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%4087 = sqrt %4086 : f32[] @ models/lib/nn.yaml:80:7
%4088 = cast %4087 : f64[] @ models/lib/nn.yaml:80:7
%4089 = add %4088, %2189 : f64[] @ models/lib/nn.yaml:80:7
%4090 = div %2191, %4089 : f64[] @ models/lib/nn.yaml:80:7
%4091 = lt %4090, %2193 : bool[] @ models/lib/nn.yaml:80:7
%4092 = cast %4090 : f32[] @ models/lib/nn.yaml:80:7
%4093 = broadcast %4092 : f32[8] @ models/lib/nn.yaml:80:7
%4094 = mul %4084, %4093 : f32[8] @ models/lib/nn.yaml:80:7
%4095 = broadcast %4091 : bool[8] @ models/lib/nn.yaml:80:7
%4096 = select %4095, %4094, %4084 : f32[8] @ models/lib/nn.yaml:80:7
%4097 = state name="adam_m.head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%4098 = state name="adam_v.head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%4099 = state name="adam_t.head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4100 = add %4099, %2203 : i64[] @ models/lib/nn.yaml:80:7
%4101 = broadcast %1072 : f32[8] @ models/lib/nn.yaml:80:7
%4102 = mul %4096, %4101 : f32[8] @ models/lib/nn.yaml:80:7
%4103 = broadcast %632 : f32[8] @ models/lib/nn.yaml:80:7
%4104 = mul %4097, %4103 : f32[8] @ models/lib/nn.yaml:80:7
%4105 = add %4104, %4102 : f32[8] @ models/lib/nn.yaml:80:7
%4106 = mul %4096, %4096 : f32[8] @ models/lib/nn.yaml:80:7
%4107 = broadcast %2217 : f32[8] @ models/lib/nn.yaml:80:7
%4108 = mul %4106, %4107 : f32[8] @ models/lib/nn.yaml:80:7
%4109 = broadcast %2221 : f32[8] @ models/lib/nn.yaml:80:7
%4110 = mul %4098, %4109 : f32[8] @ models/lib/nn.yaml:80:7
%4111 = add %4110, %4108 : f32[8] @ models/lib/nn.yaml:80:7
%4112 = cast %4100 : f64[] @ models/lib/nn.yaml:80:7
%4113 = pow %2212, %4112 : f64[] @ models/lib/nn.yaml:80:7
%4114 = sub %2193, %4113 : f64[] @ models/lib/nn.yaml:80:7
%4115 = div %1177, %4114 : f64[] @ models/lib/nn.yaml:80:7
%4116 = pow %2220, %4112 : f64[] @ models/lib/nn.yaml:80:7
%4117 = sub %2193, %4116 : f64[] @ models/lib/nn.yaml:80:7
%4118 = sqrt %4117 : f64[] @ models/lib/nn.yaml:80:7
%4119 = div %2193, %4118 : f64[] @ models/lib/nn.yaml:80:7
%4120 = sqrt %4111 : f32[8] @ models/lib/nn.yaml:80:7
%4121 = cast %4119 : f32[] @ models/lib/nn.yaml:80:7
%4122 = broadcast %4121 : f32[8] @ models/lib/nn.yaml:80:7
%4123 = mul %4120, %4122 : f32[8] @ models/lib/nn.yaml:80:7
%4124 = broadcast %2237 : f32[8] @ models/lib/nn.yaml:80:7
%4125 = add %4123, %4124 : f32[8] @ models/lib/nn.yaml:80:7
%4126 = div %4105, %4125 : f32[8] @ models/lib/nn.yaml:80:7
%4127 = cast %4115 : f32[] @ models/lib/nn.yaml:80:7
%4128 = broadcast %4127 : f32[8] @ models/lib/nn.yaml:80:7
%4129 = mul %4126, %4128 : f32[8] @ models/lib/nn.yaml:80:7
%4130 = sub %42, %4129 : f32[8] @ models/lib/nn.yaml:80:7
%4131 = assign %42, %4130 : f32[8] @ models/lib/nn.yaml:80:7
%4132 = assign %4097, %4105 : f32[8] @ models/lib/nn.yaml:80:7
%4133 = assign %4098, %4111 : f32[8] @ models/lib/nn.yaml:80:7
%4134 = assign %4099, %4100 : i64[] @ models/lib/nn.yaml:80:7
%4135 = broadcast %2249 : f32[8] @ models/lib/nn.yaml:80:7
%4136 = mul %80, %4135 : f32[8] @ models/lib/nn.yaml:80:7
%4137 = broadcast %2253 : f32[8] @ models/lib/nn.yaml:80:7
%4138 = mul %4130, %4137 : f32[8] @ models/lib/nn.yaml:80:7
%4139 = add %4136, %4138 : f32[8] @ models/lib/nn.yaml:80:7
%4140 = assign %80, %4139 : f32[8] @ models/lib/nn.yaml:80:7
%4141 = broadcast %2249 : f32[32,1] @ models/lib/dino.yaml:18:7
%4142 = mul %81, %4141 : f32[32,1] @ models/lib/dino.yaml:18:7
%4143 = broadcast %2253 : f32[32,1] @ models/lib/dino.yaml:18:7
%4144 = mul %43, %4143 : f32[32,1] @ models/lib/dino.yaml:18:7
%4145 = add %4142, %4144 : f32[32,1] @ models/lib/dino.yaml:18:7
%4146 = assign %81, %4145 : f32[32,1] @ models/lib/dino.yaml:18:7
%4147 = all_reduce_sum %1689 : f32[32,8] @ models/lib/dino.yaml:19:7
%4148 = reshape %4147 : f32[256] @ models/lib/dino.yaml:19:7
%4149 = mul %4148, %4148 : f32[256] @ models/lib/dino.yaml:19:7
%4150 = reduce_sum %4149 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%4151 = sqrt %4150 : f32[] @ models/lib/dino.yaml:19:7
%4152 = cast %4151 : f64[] @ models/lib/dino.yaml:19:7
%4153 = add %4152, %2189 : f64[] @ models/lib/dino.yaml:19:7
%4154 = div %2191, %4153 : f64[] @ models/lib/dino.yaml:19:7
%4155 = lt %4154, %2193 : bool[] @ models/lib/dino.yaml:19:7
%4156 = cast %4154 : f32[] @ models/lib/dino.yaml:19:7
%4157 = broadcast %4156 : f32[32,8] @ models/lib/dino.yaml:19:7
%4158 = mul %4147, %4157 : f32[32,8] @ models/lib/dino.yaml:19:7
%4159 = broadcast %4155 : bool[32,8] @ models/lib/dino.yaml:19:7
%4160 = select %4159, %4158, %4147 : f32[32,8] @ models/lib/dino.yaml:19:7
%4161 = state name="adam_m.head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%4162 = state name="adam_v.head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%4163 = state name="adam_t.head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%4164 = add %4163, %2203 : i64[] @ models/lib/dino.yaml:19:7
%4165 = broadcast %2207 : f32[32,8] @ models/lib/dino.yaml:19:7
%4166 = mul %44, %4165 : f32[32,8] @ models/lib/dino.yaml:19:7
%4167 = broadcast %1072 : f32[32,8] @ models/lib/dino.yaml:19:7
%4168 = mul %4160, %4167 : f32[32,8] @ models/lib/dino.yaml:19:7
%4169 = broadcast %632 : f32[32,8] @ models/lib/dino.yaml:19:7
%4170 = mul %4161, %4169 : f32[32,8] @ models/lib/dino.yaml:19:7
%4171 = add %4170, %4168 : f32[32,8] @ models/lib/dino.yaml:19:7
%4172 = mul %4160, %4160 : f32[32,8] @ models/lib/dino.yaml:19:7
%4173 = broadcast %2217 : f32[32,8] @ models/lib/dino.yaml:19:7
%4174 = mul %4172, %4173 : f32[32,8] @ models/lib/dino.yaml:19:7
%4175 = broadcast %2221 : f32[32,8] @ models/lib/dino.yaml:19:7
%4176 = mul %4162, %4175 : f32[32,8] @ models/lib/dino.yaml:19:7
%4177 = add %4176, %4174 : f32[32,8] @ models/lib/dino.yaml:19:7
%4178 = cast %4164 : f64[] @ models/lib/dino.yaml:19:7
%4179 = pow %2212, %4178 : f64[] @ models/lib/dino.yaml:19:7
%4180 = sub %2193, %4179 : f64[] @ models/lib/dino.yaml:19:7
%4181 = div %1177, %4180 : f64[] @ models/lib/dino.yaml:19:7
%4182 = pow %2220, %4178 : f64[] @ models/lib/dino.yaml:19:7
%4183 = sub %2193, %4182 : f64[] @ models/lib/dino.yaml:19:7
%4184 = sqrt %4183 : f64[] @ models/lib/dino.yaml:19:7
%4185 = div %2193, %4184 : f64[] @ models/lib/dino.yaml:19:7
%4186 = sqrt %4177 : f32[32,8] @ models/lib/dino.yaml:19:7
%4187 = cast %4185 : f32[] @ models/lib/dino.yaml:19:7
%4188 = broadcast %4187 : f32[32,8] @ models/lib/dino.yaml:19:7
%4189 = mul %4186, %4188 : f32[32,8] @ models/lib/dino.yaml:19:7
%4190 = broadcast %2237 : f32[32,8] @ models/lib/dino.yaml:19:7
%4191 = add %4189, %4190 : f32[32,8] @ models/lib/dino.yaml:19:7
%4192 = div %4171, %4191 : f32[32,8] @ models/lib/dino.yaml:19:7
%4193 = cast %4181 : f32[] @ models/lib/dino.yaml:19:7
%4194 = broadcast %4193 : f32[32,8] @ models/lib/dino.yaml:19:7
%4195 = mul %4192, %4194 : f32[32,8] @ models/lib/dino.yaml:19:7
%4196 = sub %4166, %4195 : f32[32,8] @ models/lib/dino.yaml:19:7
%4197 = input name="epoch" : i64[] @ models/lib/dino.yaml:19:7
%4198 = lt %4197, %2203 : bool[] @ models/lib/dino.yaml:19:7
%4199 = broadcast %4198 : bool[32,8] @ models/lib/dino.yaml:19:7
%4200 = select %4199, %44, %4196 : f32[32,8] @ models/lib/dino.yaml:19:7
%4201 = select %4199, %4161, %4171 : f32[32,8] @ models/lib/dino.yaml:19:7
%4202 = select %4199, %4162, %4177 : f32[32,8] @ models/lib/dino.yaml:19:7
%4203 = select %4198, %4163, %4164 : i64[] @ models/lib/dino.yaml:19:7
%4204 = assign %44, %4200 : f32[32,8] @ models/lib/dino.yaml:19:7
%4205 = assign %4161, %4201 : f32[32,8] @ models/lib/dino.yaml:19:7
%4206 = assign %4162, %4202 : f32[32,8] @ models/lib/dino.yaml:19:7
%4207 = assign %4163, %4203 : i64[] @ models/lib/dino.yaml:19:7
%4208 = broadcast %2249 : f32[32,8] @ models/lib/dino.yaml:19:7
%4209 = mul %82, %4208 : f32[32,8] @ models/lib/dino.yaml:19:7
%4210 = broadcast %2253 : f32[32,8] @ models/lib/dino.yaml:19:7
%4211 = mul %4200, %4210 : f32[32,8] @ models/lib/dino.yaml:19:7
%4212 = add %4209, %4211 : f32[32,8] @ models/lib/dino.yaml:19:7
%4213 = assign %82, %4212 : f32[32,8] @ models/lib/dino.yaml:19:7
%4214 = const data=[inf] : f32[] @ models/dino.yaml:73:3
%4215 = abs %1162 : f32[] @ models/dino.yaml:73:3
%4216 = lt %4215, %4214 : bool[] @ models/dino.yaml:73:3
%4217 = output %4216 name="finite" : bool[] @ models/dino.yaml:73:3
