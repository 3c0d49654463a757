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
%535 = mul %217, %534 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%536 = mul %534, %220 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%537 = erf %536 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%538 = add %224, %537 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%539 = mul %535, %538 : f32[4,17,64] @ models/lib/nn.yaml:27:24
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
%670 = mul %217, %669 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%671 = mul %669, %220 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%672 = erf %671 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%673 = add %224, %672 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%674 = mul %670, %673 : f32[4,17,64] @ models/lib/nn.yaml:27:24
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
%706 = mul %375, %705 : f32[4,24] @ models/lib/nn.yaml:27:20
%707 = mul %705, %377 : f32[4,24] @ models/lib/nn.yaml:27:37
%708 = erf %707 : f32[4,24] @ models/lib/nn.yaml:27:31
%709 = add %380, %708 : f32[4,24] @ models/lib/nn.yaml:27:29
%710 = mul %706, %709 : f32[4,24] @ models/lib/nn.yaml:27:24
%711 = matmul %710, %39 ta=0 tb=1 : f32[4,24] @ models/lib/nn.yaml:83:15
%712 = broadcast %40 : f32[4,24] @ models/lib/nn.yaml:84:18
%713 = add %711, %712 : f32[4,24] @ models/lib/nn.yaml:84:18
%714 = mul %375, %713 : f32[4,24] @ models/lib/nn.yaml:27:20
%715 = mul %713, %377 : f32[4,24] @ models/lib/nn.yaml:27:37
%716 = erf %715 : f32[4,24] @ models/lib/nn.yaml:27:31
%717 = add %380, %716 : f32[4,24] @ models/lib/nn.yaml:27:29
%718 = mul %714, %717 : f32[4,24] @ models/lib/nn.yaml:27:24
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
%880 = broadcast %223 : f32[4,10,64] @ models/lib/nn.yaml:27:29
%881 = mul %878, %877 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%882 = mul %877, %879 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%883 = erf %882 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%884 = add %880, %883 : f32[4,10,64] @ models/lib/nn.yaml:27:29
%885 = mul %881, %884 : f32[4,10,64] @ models/lib/nn.yaml:27:24
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
%1013 = mul %878, %1012 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%1014 = mul %1012, %879 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%1015 = erf %1014 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1016 = add %880, %1015 : f32[4,10,64] @ models/lib/nn.yaml:27:29
%1017 = mul %1013, %1016 : f32[4,10,64] @ models/lib/nn.yaml:27:24
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
%1048 = mul %375, %1047 : f32[4,24] @ models/lib/nn.yaml:27:20
%1049 = mul %1047, %377 : f32[4,24] @ models/lib/nn.yaml:27:37
%1050 = erf %1049 : f32[4,24] @ models/lib/nn.yaml:27:31
%1051 = add %380, %1050 : f32[4,24] @ models/lib/nn.yaml:27:29
%1052 = mul %1048, %1051 : f32[4,24] @ models/lib/nn.yaml:27:24
%1053 = matmul %1052, %39 ta=0 tb=1 : f32[4,24] @ models/lib/nn.yaml:83:15
%1054 = add %1053, %712 : f32[4,24] @ models/lib/nn.yaml:84:18
%1055 = mul %375, %1054 : f32[4,24] @ models/lib/nn.yaml:27:20
%1056 = mul %1054, %377 : f32[4,24] @ models/lib/nn.yaml:27:37
%1057 = erf %1056 : f32[4,24] @ models/lib/nn.yaml:27:31
%1058 = add %380, %1057 : f32[4,24] @ models/lib/nn.yaml:27:29
%1059 = mul %1055, %1058 : f32[4,24] @ models/lib/nn.yaml:27:24
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
%1306 = mul %1054, %377 : f32[4,24] @ models/lib/nn.yaml:27:37
%1307 = erf %1306 : f32[4,24] @ models/lib/nn.yaml:27:31
%1308 = add %380, %1307 : f32[4,24] @ models/lib/nn.yaml:27:29
%1309 = mul %1304, %1308 : f32[4,24] @ models/lib/nn.yaml:27:24
%1310 = mul %375, %1054 : f32[4,24] @ models/lib/nn.yaml:27:20
%1311 = mul %1304, %1310 : f32[4,24] @ models/lib/nn.yaml:27:24
%1312 = mul %1054, %377 : f32[4,24] @ models/lib/nn.yaml:27:37
%1313 = mul %1312, %1312 : f32[4,24] @ models/lib/nn.yaml:27:31
%1314 = neg %1313 : f32[4,24] @ models/lib/nn.yaml:27:31
%1315 = exp %1314 : f32[4,24] @ models/lib/nn.yaml:27:31
%1316 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%1317 = broadcast %1316 : f32[4,24] @ models/lib/nn.yaml:27:31
%1318 = mul %1315, %1317 : f32[4,24] @ models/lib/nn.yaml:27:31
%1319 = mul %1311, %1318 : f32[4,24] @ models/lib/nn.yaml:27:31
%1320 = mul %1319, %377 : f32[4,24] @ models/lib/nn.yaml:27:37
%1321 = mul %1309, %375 : f32[4,24] @ models/lib/nn.yaml:27:20
%1322 = add %1320, %1321 : f32[4,24] @ models/lib/nn.yaml:27:20
%1323 = reduce_sum %1322 axes=[0] keep=1 : f32[1,24] @ models/lib/nn.yaml:84:18
%1324 = reshape %1323 : f32[24] @ models/lib/nn.yaml:84:18
%1325 = matmul %1322, %39 ta=0 tb=0 : f32[4,24] @ models/lib/nn.yaml:83:15
%1326 = matmul %1322, %1052 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%1327 = mul %1047, %377 : f32[4,24] @ models/lib/nn.yaml:27:37
%1328 = erf %1327 : f32[4,24] @ models/lib/nn.yaml:27:31
%1329 = add %380, %1328 : f32[4,24] @ models/lib/nn.yaml:27:29
%1330 = mul %1325, %1329 : f32[4,24] @ models/lib/nn.yaml:27:24
%1331 = mul %375, %1047 : f32[4,24] @ models/lib/nn.yaml:27:20
%1332 = mul %1325, %1331 : f32[4,24] @ models/lib/nn.yaml:27:24
%1333 = mul %1047, %377 : f32[4,24] @ models/lib/nn.yaml:27:37
%1334 = mul %1333, %1333 : f32[4,24] @ models/lib/nn.yaml:27:31
%1335 = neg %1334 : f32[4,24] @ models/lib/nn.yaml:27:31
%1336 = exp %1335 : f32[4,24] @ models/lib/nn.yaml:27:31
%1337 = mul %1336, %1317 : f32[4,24] @ models/lib/nn.yaml:27:31
%1338 = mul %1332, %1337 : f32[4,24] @ models/lib/nn.yaml:27:31
%1339 = mul %1338, %377 : f32[4,24] @ models/lib/nn.yaml:27:37
%1340 = mul %1330, %375 : f32[4,24] @ models/lib/nn.yaml:27:20
%1341 = add %1339, %1340 : f32[4,24] @ models/lib/nn.yaml:27:20
%1342 = reduce_sum %1341 axes=[0] keep=1 : f32[1,24] @ models/lib/nn.yaml:84:18
%1343 = reshape %1342 : f32[24] @ models/lib/nn.yaml:84:18
%1344 = matmul %1341, %37 ta=0 tb=0 : f32[4,16] @ models/lib/nn.yaml:83:15
%1345 = matmul %1341, %1045 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%1346 = reshape %1344 : f32[4,1,16] @ models/dino.yaml:44:34
%1347 = pad %1346 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/dino.yaml:44:34
%1348 = reduce_sum %1347 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1349 = reshape %1348 : f32[16] @ models/lib/nn.yaml:96:46
%1350 = mul %1347, %1040 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1351 = mul %1347, %1039 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1352 = reduce_sum %1351 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1353 = reshape %1352 : f32[16] @ models/lib/nn.yaml:96:37
%1354 = mul %1350, %1038 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1355 = mul %1350, %1032 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1356 = reduce_sum %1355 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%1357 = mul %1037, %1037 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1358 = mul %1037, %1357 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1359 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%1360 = broadcast %1359 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1361 = mul %1358, %1360 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1362 = mul %1356, %1361 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1363 = div %1362, %761 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1364 = broadcast %1363 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%1365 = mul %1364, %1032 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1366 = add %1354, %1365 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1367 = add %1366, %1365 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1368 = neg %1367 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1369 = reduce_sum %1368 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%1370 = div %1369, %761 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1371 = broadcast %1370 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1372 = add %1367, %1371 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1373 = mul %1372, %1026 : f32[4,10,16] @ models/lib/nn.yaml:50:51
%1374 = div %1373, %986 : f32[4,10,16] @ models/lib/nn.yaml:50:38
%1375 = reduce_sum %1374 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1376 = reshape %1375 : f32[16] @ models/lib/nn.yaml:84:18
%1377 = matmul %1374, %33 ta=0 tb=0 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%1378 = reshape %1017 : f32[40,64] @ models/lib/nn.yaml:83:15
%1379 = reshape %1374 : f32[40,16] @ models/lib/nn.yaml:83:15
%1380 = matmul %1379, %1378 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%1381 = mul %1012, %879 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%1382 = erf %1381 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1383 = add %880, %1382 : f32[4,10,64] @ models/lib/nn.yaml:27:29
%1384 = mul %1377, %1383 : f32[4,10,64] @ models/lib/nn.yaml:27:24
%1385 = mul %878, %1012 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%1386 = mul %1377, %1385 : f32[4,10,64] @ models/lib/nn.yaml:27:24
%1387 = mul %1012, %879 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%1388 = mul %1387, %1387 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1389 = neg %1388 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1390 = exp %1389 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1391 = broadcast %1316 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1392 = mul %1390, %1391 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1393 = mul %1386, %1392 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1394 = mul %1393, %879 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%1395 = mul %1384, %878 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%1396 = add %1394, %1395 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%1397 = reduce_sum %1396 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%1398 = reshape %1397 : f32[64] @ models/lib/nn.yaml:84:18
%1399 = matmul %1396, %31 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1400 = reshape %1009 : f32[40,16] @ models/lib/nn.yaml:83:15
%1401 = reshape %1396 : f32[40,64] @ models/lib/nn.yaml:83:15
%1402 = matmul %1401, %1400 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%1403 = reduce_sum %1399 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1404 = reshape %1403 : f32[16] @ models/lib/nn.yaml:96:46
%1405 = mul %1399, %1006 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1406 = mul %1399, %1005 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1407 = reduce_sum %1406 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1408 = reshape %1407 : f32[16] @ models/lib/nn.yaml:96:37
%1409 = mul %1405, %1004 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1410 = mul %1405, %998 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1411 = reduce_sum %1410 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%1412 = mul %1003, %1003 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1413 = mul %1003, %1412 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1414 = mul %1413, %1360 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1415 = mul %1411, %1414 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1416 = div %1415, %761 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1417 = broadcast %1416 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%1418 = mul %1417, %998 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1419 = add %1409, %1418 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1420 = add %1419, %1418 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1421 = add %1372, %1420 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1422 = neg %1420 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1423 = reduce_sum %1422 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%1424 = div %1423, %761 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1425 = broadcast %1424 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1426 = add %1421, %1425 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1427 = mul %1426, %992 : f32[4,10,16] @ models/lib/nn.yaml:50:51
%1428 = div %1427, %986 : f32[4,10,16] @ models/lib/nn.yaml:50:38
%1429 = reduce_sum %1428 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1430 = reshape %1429 : f32[16] @ models/lib/nn.yaml:84:18
%1431 = matmul %1428, %27 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1432 = reshape %981 : f32[40,16] @ models/lib/nn.yaml:83:15
%1433 = reshape %1428 : f32[40,16] @ models/lib/nn.yaml:83:15
%1434 = matmul %1433, %1432 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%1435 = reshape %1431 : f32[4,10,2,8] @ models/lib/nn.yaml:57:16
%1436 = permute %1435 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/nn.yaml:56:13
%1437 = permute %915 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%1438 = slice %1436 lo=[0,0,0,0] hi=[4,2,10,1] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1439 = broadcast %1438 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1440 = slice %1437 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1441 = broadcast %1440 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1442 = mul %1439, %1441 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1443 = slice %1436 lo=[0,0,0,1] hi=[4,2,10,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1444 = broadcast %1443 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1445 = slice %1437 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1446 = broadcast %1445 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1447 = mul %1444, %1446 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1448 = add %1442, %1447 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1449 = slice %1436 lo=[0,0,0,2] hi=[4,2,10,3] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1450 = broadcast %1449 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1451 = slice %1437 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1452 = broadcast %1451 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1453 = mul %1450, %1452 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1454 = add %1448, %1453 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1455 = slice %1436 lo=[0,0,0,3] hi=[4,2,10,4] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1456 = broadcast %1455 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1457 = slice %1437 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1458 = broadcast %1457 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1459 = mul %1456, %1458 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1460 = add %1454, %1459 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1461 = slice %1436 lo=[0,0,0,4] hi=[4,2,10,5] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1462 = broadcast %1461 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1463 = slice %1437 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1464 = broadcast %1463 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1465 = mul %1462, %1464 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1466 = add %1460, %1465 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1467 = slice %1436 lo=[0,0,0,5] hi=[4,2,10,6] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1468 = broadcast %1467 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1469 = slice %1437 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1470 = broadcast %1469 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1471 = mul %1468, %1470 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1472 = add %1466, %1471 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1473 = slice %1436 lo=[0,0,0,6] hi=[4,2,10,7] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1474 = broadcast %1473 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1475 = slice %1437 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1476 = broadcast %1475 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1477 = mul %1474, %1476 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1478 = add %1472, %1477 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1479 = slice %1436 lo=[0,0,0,7] hi=[4,2,10,8] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1480 = broadcast %1479 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1481 = slice %1437 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1482 = broadcast %1481 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1483 = mul %1480, %1482 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1484 = add %1478, %1483 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1485 = permute %974 perm=[0,1,3,2] : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1486 = reshape %1485 : f32[4,2,10,10,1] @ models/lib/nn.yaml:56:23
%1487 = broadcast %1486 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%1488 = reshape %1436 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1489 = broadcast %1488 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%1490 = mul %1487, %1489 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%1491 = reduce_sum %1490 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%1492 = div %1484, %972 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1493 = mul %1492, %974 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1494 = neg %1493 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1495 = reduce_sum %1494 axes=[3] keep=1 : f32[4,2,10,1] @ models/lib/nn.yaml:15:18
%1496 = broadcast %1495 : f32[4,2,10,10] @ models/lib/nn.yaml:15:20
%1497 = add %1492, %1496 : f32[4,2,10,10] @ models/lib/nn.yaml:15:20
%1498 = exp %969 : f32[4,2,10,10] @ models/lib/nn.yaml:14:13
%1499 = mul %1497, %1498 : f32[4,2,10,10] @ models/lib/nn.yaml:14:13
%1500 = mul %1499, %836 : f32[4,2,10,10] @ models/lib/nn.yaml:55:29
%1501 = reshape %1500 : f32[4,2,10,10,1] @ models/lib/nn.yaml:55:23
%1502 = broadcast %1501 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1503 = reshape %913 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%1504 = broadcast %1503 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1505 = mul %1502, %1504 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1506 = reduce_sum %1505 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%1507 = permute %1500 perm=[0,1,3,2] : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%1508 = reshape %1507 : f32[4,2,10,10,1] @ models/lib/nn.yaml:55:23
%1509 = broadcast %1508 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1510 = reshape %911 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%1511 = broadcast %1510 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1512 = mul %1509, %1511 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1513 = reduce_sum %1512 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%1514 = reshape %1491 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:40
%1515 = reshape %1513 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:34
%1516 = reshape %1506 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:28
%1517 = concat %1516, %1515, %1514 axis=0 : f32[3,4,2,10,8] @ models/lib/nn.yaml:67:28
%1518 = permute %1517 perm=[1,3,0,2,4] : f32[4,10,3,2,8] @ models/lib/nn.yaml:66:13
%1519 = reshape %1518 : f32[4,10,48] @ models/lib/nn.yaml:66:21
%1520 = reduce_sum %1519 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%1521 = reshape %1520 : f32[48] @ models/lib/nn.yaml:84:18
%1522 = matmul %1519, %25 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1523 = reshape %904 : f32[40,16] @ models/lib/nn.yaml:83:15
%1524 = reshape %1518 : f32[40,48] @ models/lib/nn.yaml:83:15
%1525 = matmul %1524, %1523 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%1526 = reduce_sum %1522 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1527 = reshape %1526 : f32[16] @ models/lib/nn.yaml:96:46
%1528 = mul %1522, %901 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1529 = mul %1522, %900 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1530 = reduce_sum %1529 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1531 = reshape %1530 : f32[16] @ models/lib/nn.yaml:96:37
%1532 = mul %1528, %899 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1533 = mul %1528, %893 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1534 = reduce_sum %1533 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%1535 = mul %898, %898 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1536 = mul %898, %1535 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1537 = mul %1536, %1360 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1538 = mul %1534, %1537 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1539 = div %1538, %761 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1540 = broadcast %1539 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%1541 = mul %1540, %893 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1542 = add %1532, %1541 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1543 = add %1542, %1541 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1544 = add %1426, %1543 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1545 = neg %1543 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1546 = reduce_sum %1545 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%1547 = div %1546, %761 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1548 = broadcast %1547 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1549 = add %1544, %1548 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1550 = reduce_sum %1549 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1551 = reshape %1550 : f32[16] @ models/lib/nn.yaml:84:18
%1552 = matmul %1549, %21 ta=0 tb=0 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%1553 = reshape %885 : f32[40,64] @ models/lib/nn.yaml:83:15
%1554 = reshape %1549 : f32[40,16] @ models/lib/nn.yaml:83:15
%1555 = matmul %1554, %1553 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%1556 = mul %877, %879 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%1557 = erf %1556 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1558 = add %880, %1557 : f32[4,10,64] @ models/lib/nn.yaml:27:29
%1559 = mul %1552, %1558 : f32[4,10,64] @ models/lib/nn.yaml:27:24
%1560 = mul %878, %877 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%1561 = mul %1552, %1560 : f32[4,10,64] @ models/lib/nn.yaml:27:24
%1562 = mul %877, %879 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%1563 = mul %1562, %1562 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1564 = neg %1563 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1565 = exp %1564 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1566 = mul %1565, %1391 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1567 = mul %1561, %1566 : f32[4,10,64] @ models/lib/nn.yaml:27:31
%1568 = mul %1567, %879 : f32[4,10,64] @ models/lib/nn.yaml:27:37
%1569 = mul %1559, %878 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%1570 = add %1568, %1569 : f32[4,10,64] @ models/lib/nn.yaml:27:20
%1571 = reduce_sum %1570 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%1572 = reshape %1571 : f32[64] @ models/lib/nn.yaml:84:18
%1573 = matmul %1570, %19 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1574 = reshape %874 : f32[40,16] @ models/lib/nn.yaml:83:15
%1575 = reshape %1570 : f32[40,64] @ models/lib/nn.yaml:83:15
%1576 = matmul %1575, %1574 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%1577 = reduce_sum %1573 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1578 = reshape %1577 : f32[16] @ models/lib/nn.yaml:96:46
%1579 = mul %1573, %871 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1580 = mul %1573, %870 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1581 = reduce_sum %1580 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1582 = reshape %1581 : f32[16] @ models/lib/nn.yaml:96:37
%1583 = mul %1579, %869 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1584 = mul %1579, %863 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1585 = reduce_sum %1584 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%1586 = mul %868, %868 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1587 = mul %868, %1586 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1588 = mul %1587, %1360 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1589 = mul %1585, %1588 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1590 = div %1589, %761 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1591 = broadcast %1590 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%1592 = mul %1591, %863 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1593 = add %1583, %1592 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1594 = add %1593, %1592 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1595 = add %1549, %1594 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1596 = neg %1594 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1597 = reduce_sum %1596 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%1598 = div %1597, %761 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1599 = broadcast %1598 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1600 = add %1595, %1599 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1601 = reduce_sum %1600 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1602 = reshape %1601 : f32[16] @ models/lib/nn.yaml:84:18
%1603 = matmul %1600, %15 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1604 = reshape %854 : f32[40,16] @ models/lib/nn.yaml:83:15
%1605 = reshape %1600 : f32[40,16] @ models/lib/nn.yaml:83:15
%1606 = matmul %1605, %1604 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%1607 = reshape %1603 : f32[4,10,2,8] @ models/lib/nn.yaml:57:16
%1608 = permute %1607 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/nn.yaml:56:13
%1609 = permute %787 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%1610 = slice %1608 lo=[0,0,0,0] hi=[4,2,10,1] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1611 = broadcast %1610 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1612 = slice %1609 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1613 = broadcast %1612 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1614 = mul %1611, %1613 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1615 = slice %1608 lo=[0,0,0,1] hi=[4,2,10,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1616 = broadcast %1615 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1617 = slice %1609 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1618 = broadcast %1617 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1619 = mul %1616, %1618 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1620 = add %1614, %1619 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1621 = slice %1608 lo=[0,0,0,2] hi=[4,2,10,3] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1622 = broadcast %1621 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1623 = slice %1609 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1624 = broadcast %1623 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1625 = mul %1622, %1624 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1626 = add %1620, %1625 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1627 = slice %1608 lo=[0,0,0,3] hi=[4,2,10,4] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1628 = broadcast %1627 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1629 = slice %1609 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1630 = broadcast %1629 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1631 = mul %1628, %1630 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1632 = add %1626, %1631 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1633 = slice %1608 lo=[0,0,0,4] hi=[4,2,10,5] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1634 = broadcast %1633 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1635 = slice %1609 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1636 = broadcast %1635 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1637 = mul %1634, %1636 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1638 = add %1632, %1637 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1639 = slice %1608 lo=[0,0,0,5] hi=[4,2,10,6] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1640 = broadcast %1639 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1641 = slice %1609 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1642 = broadcast %1641 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1643 = mul %1640, %1642 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1644 = add %1638, %1643 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1645 = slice %1608 lo=[0,0,0,6] hi=[4,2,10,7] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1646 = broadcast %1645 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1647 = slice %1609 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1648 = broadcast %1647 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1649 = mul %1646, %1648 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1650 = add %1644, %1649 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1651 = slice %1608 lo=[0,0,0,7] hi=[4,2,10,8] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%1652 = broadcast %1651 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1653 = slice %1609 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1654 = broadcast %1653 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1655 = mul %1652, %1654 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1656 = add %1650, %1655 : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1657 = permute %847 perm=[0,1,3,2] : f32[4,2,10,10] @ models/lib/nn.yaml:56:23
%1658 = reshape %1657 : f32[4,2,10,10,1] @ models/lib/nn.yaml:56:23
%1659 = broadcast %1658 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%1660 = reshape %1608 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1661 = broadcast %1660 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%1662 = mul %1659, %1661 : f32[4,2,10,10,8] @ models/lib/nn.yaml:56:23
%1663 = reduce_sum %1662 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%1664 = div %1656, %845 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1665 = mul %1664, %847 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1666 = neg %1665 : f32[4,2,10,10] @ models/lib/nn.yaml:15:18
%1667 = reduce_sum %1666 axes=[3] keep=1 : f32[4,2,10,1] @ models/lib/nn.yaml:15:18
%1668 = broadcast %1667 : f32[4,2,10,10] @ models/lib/nn.yaml:15:20
%1669 = add %1664, %1668 : f32[4,2,10,10] @ models/lib/nn.yaml:15:20
%1670 = exp %842 : f32[4,2,10,10] @ models/lib/nn.yaml:14:13
%1671 = mul %1669, %1670 : f32[4,2,10,10] @ models/lib/nn.yaml:14:13
%1672 = mul %1671, %836 : f32[4,2,10,10] @ models/lib/nn.yaml:55:29
%1673 = reshape %1672 : f32[4,2,10,10,1] @ models/lib/nn.yaml:55:23
%1674 = broadcast %1673 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1675 = reshape %785 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%1676 = broadcast %1675 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1677 = mul %1674, %1676 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1678 = reduce_sum %1677 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%1679 = permute %1672 perm=[0,1,3,2] : f32[4,2,10,10] @ models/lib/nn.yaml:55:23
%1680 = reshape %1679 : f32[4,2,10,10,1] @ models/lib/nn.yaml:55:23
%1681 = broadcast %1680 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1682 = reshape %783 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%1683 = broadcast %1682 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1684 = mul %1681, %1683 : f32[4,2,10,10,8] @ models/lib/nn.yaml:55:23
%1685 = reduce_sum %1684 axes=[3] keep=0 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%1686 = reshape %1663 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:40
%1687 = reshape %1685 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:34
%1688 = reshape %1678 : f32[1,4,2,10,8] @ models/lib/nn.yaml:67:28
%1689 = concat %1688, %1687, %1686 axis=0 : f32[3,4,2,10,8] @ models/lib/nn.yaml:67:28
%1690 = permute %1689 perm=[1,3,0,2,4] : f32[4,10,3,2,8] @ models/lib/nn.yaml:66:13
%1691 = reshape %1690 : f32[4,10,48] @ models/lib/nn.yaml:66:21
%1692 = reduce_sum %1691 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%1693 = reshape %1692 : f32[48] @ models/lib/nn.yaml:84:18
%1694 = matmul %1691, %13 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1695 = reshape %776 : f32[40,16] @ models/lib/nn.yaml:83:15
%1696 = reshape %1690 : f32[40,48] @ models/lib/nn.yaml:83:15
%1697 = matmul %1696, %1695 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%1698 = reduce_sum %1694 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1699 = reshape %1698 : f32[16] @ models/lib/nn.yaml:96:46
%1700 = mul %1694, %773 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1701 = mul %1694, %772 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1702 = reduce_sum %1701 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1703 = reshape %1702 : f32[16] @ models/lib/nn.yaml:96:37
%1704 = mul %1700, %771 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1705 = mul %1700, %764 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1706 = reduce_sum %1705 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%1707 = mul %770, %770 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1708 = mul %770, %1707 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1709 = mul %1708, %1360 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1710 = mul %1706, %1709 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1711 = div %1710, %761 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1712 = broadcast %1711 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%1713 = mul %1712, %764 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1714 = add %1704, %1713 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1715 = add %1714, %1713 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1716 = add %1600, %1715 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1717 = neg %1715 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1718 = reduce_sum %1717 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%1719 = div %1718, %761 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1720 = broadcast %1719 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1721 = add %1716, %1720 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%1722 = reduce_sum %1721 axes=[0] keep=1 : f32[1,10,16] @ models/lib/vit.yaml:62:15
%1723 = slice %1722 lo=[0,0,0] hi=[1,1,16] : f32[1,1,16] @ models/lib/vit.yaml:41:36
%1724 = slice %1722 lo=[0,1,0] hi=[1,10,16] : f32[1,9,16] @ models/lib/vit.yaml:41:36
%1725 = reshape %1724 : f32[3,3,16] @ models/lib/vit.yaml:36:16
%1726 = permute %1725 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%1727 = reshape %1726 : f32[3,48] @ models/lib/vit.yaml:35:21
%1728 = matmul %747, %1727 ta=1 tb=0 : f32[4,48] @ models/lib/vit.yaml:34:15
%1729 = reshape %1728 : f32[4,3,16] @ models/lib/vit.yaml:34:17
%1730 = permute %1729 perm=[1,0,2] : f32[3,4,16] @ models/lib/vit.yaml:33:13
%1731 = reshape %1730 : f32[3,64] @ models/lib/vit.yaml:33:21
%1732 = matmul %747, %1731 ta=1 tb=0 : f32[4,64] @ models/lib/vit.yaml:32:15
%1733 = reshape %1732 : f32[1,16,16] @ models/lib/vit.yaml:32:17
%1734 = concat %1723, %1733 axis=1 : f32[1,17,16] @ models/lib/vit.yaml:41:46
%1735 = slice %1721 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:61:13
%1736 = slice %1721 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:61:13
%1737 = reduce_sum %1735 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:61:20
%1738 = reduce_sum %1736 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%1739 = reshape %1738 : f32[16] @ models/lib/vit.yaml:17:71
%1740 = reshape %739 : f32[36,48] @ models/lib/vit.yaml:17:18
%1741 = reshape %1736 : f32[36,16] @ models/lib/vit.yaml:17:18
%1742 = matmul %1741, %1740 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%1743 = reshape %1742 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%1744 = concat %1235, %1265 axis=0 : f32[4,32] @ models/dino.yaml:65:20
%1745 = matmul %1744, %734 ta=0 tb=0 : f32[4,8] @ models/lib/dino.yaml:23:18
%1746 = matmul %1744, %727 ta=1 tb=0 : f32[32,8] @ models/lib/dino.yaml:23:18
%1747 = div %1746, %733 : f32[32,8] @ models/lib/dino.yaml:22:33
%1748 = mul %1747, %734 : f32[32,8] @ models/lib/dino.yaml:22:33
%1749 = neg %1748 : f32[32,8] @ models/lib/dino.yaml:22:33
%1750 = reduce_sum %1749 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%1751 = mul %1750, %1273 : f32[32,1] @ models/lib/dino.yaml:22:35
%1752 = div %1751, %732 : f32[32,1] @ models/lib/dino.yaml:22:35
%1753 = broadcast %1752 : f32[32,8] @ models/lib/dino.yaml:22:40
%1754 = mul %1753, %44 : f32[32,8] @ models/lib/dino.yaml:22:53
%1755 = add %1280, %1754 : f32[32,8] @ models/lib/dino.yaml:22:53
%1756 = add %1755, %1754 : f32[32,8] @ models/lib/dino.yaml:22:53
%1757 = mul %1747, %728 : f32[32,8] @ models/lib/dino.yaml:22:22
%1758 = add %1756, %1757 : f32[32,8] @ models/lib/dino.yaml:22:22
%1759 = div %1745, %726 : f32[4,8] @ models/lib/nn.yaml:33:18
%1760 = mul %1759, %727 : f32[4,8] @ models/lib/nn.yaml:33:18
%1761 = neg %1760 : f32[4,8] @ models/lib/nn.yaml:33:18
%1762 = reduce_sum %1761 axes=[1] keep=1 : f32[4,1] @ models/lib/nn.yaml:33:18
%1763 = mul %1762, %1287 : f32[4,1] @ models/lib/nn.yaml:33:20
%1764 = sqrt %723 : f32[4,1] @ models/lib/nn.yaml:33:24
%1765 = eq %1764, %398 : bool[4,1] @ models/lib/nn.yaml:33:20
%1766 = select %1765, %1763, %1286 : f32[4,1] @ models/lib/nn.yaml:33:20
%1767 = sqrt %723 : f32[4,1] @ models/lib/nn.yaml:33:24
%1768 = gt %1767, %398 : bool[4,1] @ models/lib/nn.yaml:33:20
%1769 = select %1768, %1762, %1766 : f32[4,1] @ models/lib/nn.yaml:33:20
%1770 = mul %1769, %1287 : f32[4,1] @ models/lib/nn.yaml:33:24
%1771 = sqrt %723 : f32[4,1] @ models/lib/nn.yaml:33:24
%1772 = div %1770, %1771 : f32[4,1] @ models/lib/nn.yaml:33:24
%1773 = broadcast %1772 : f32[4,8] @ models/lib/nn.yaml:33:29
%1774 = mul %1773, %721 : f32[4,8] @ models/lib/nn.yaml:33:35
%1775 = add %1759, %1774 : f32[4,8] @ models/lib/nn.yaml:33:35
%1776 = add %1775, %1774 : f32[4,8] @ models/lib/nn.yaml:33:35
%1777 = reduce_sum %1776 axes=[0] keep=1 : f32[1,8] @ models/lib/nn.yaml:84:18
%1778 = reshape %1777 : f32[8] @ models/lib/nn.yaml:84:18
%1779 = add %1303, %1778 : f32[8] @ models/lib/nn.yaml:84:18
%1780 = matmul %1776, %41 ta=0 tb=0 : f32[4,24] @ models/lib/nn.yaml:83:15
%1781 = matmul %1776, %718 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%1782 = add %1305, %1781 : f32[8,24] @ models/lib/nn.yaml:83:15
%1783 = mul %713, %377 : f32[4,24] @ models/lib/nn.yaml:27:37
%1784 = erf %1783 : f32[4,24] @ models/lib/nn.yaml:27:31
%1785 = add %380, %1784 : f32[4,24] @ models/lib/nn.yaml:27:29
%1786 = mul %1780, %1785 : f32[4,24] @ models/lib/nn.yaml:27:24
%1787 = mul %375, %713 : f32[4,24] @ models/lib/nn.yaml:27:20
%1788 = mul %1780, %1787 : f32[4,24] @ models/lib/nn.yaml:27:24
%1789 = mul %713, %377 : f32[4,24] @ models/lib/nn.yaml:27:37
%1790 = mul %1789, %1789 : f32[4,24] @ models/lib/nn.yaml:27:31
%1791 = neg %1790 : f32[4,24] @ models/lib/nn.yaml:27:31
%1792 = exp %1791 : f32[4,24] @ models/lib/nn.yaml:27:31
%1793 = mul %1792, %1317 : f32[4,24] @ models/lib/nn.yaml:27:31
%1794 = mul %1788, %1793 : f32[4,24] @ models/lib/nn.yaml:27:31
%1795 = mul %1794, %377 : f32[4,24] @ models/lib/nn.yaml:27:37
%1796 = mul %1786, %375 : f32[4,24] @ models/lib/nn.yaml:27:20
%1797 = add %1795, %1796 : f32[4,24] @ models/lib/nn.yaml:27:20
%1798 = reduce_sum %1797 axes=[0] keep=1 : f32[1,24] @ models/lib/nn.yaml:84:18
%1799 = reshape %1798 : f32[24] @ models/lib/nn.yaml:84:18
%1800 = add %1324, %1799 : f32[24] @ models/lib/nn.yaml:84:18
%1801 = matmul %1797, %39 ta=0 tb=0 : f32[4,24] @ models/lib/nn.yaml:83:15
%1802 = matmul %1797, %710 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%1803 = add %1326, %1802 : f32[24,24] @ models/lib/nn.yaml:83:15
%1804 = mul %705, %377 : f32[4,24] @ models/lib/nn.yaml:27:37
%1805 = erf %1804 : f32[4,24] @ models/lib/nn.yaml:27:31
%1806 = add %380, %1805 : f32[4,24] @ models/lib/nn.yaml:27:29
%1807 = mul %1801, %1806 : f32[4,24] @ models/lib/nn.yaml:27:24
%1808 = mul %375, %705 : f32[4,24] @ models/lib/nn.yaml:27:20
%1809 = mul %1801, %1808 : f32[4,24] @ models/lib/nn.yaml:27:24
%1810 = mul %705, %377 : f32[4,24] @ models/lib/nn.yaml:27:37
%1811 = mul %1810, %1810 : f32[4,24] @ models/lib/nn.yaml:27:31
%1812 = neg %1811 : f32[4,24] @ models/lib/nn.yaml:27:31
%1813 = exp %1812 : f32[4,24] @ models/lib/nn.yaml:27:31
%1814 = mul %1813, %1317 : f32[4,24] @ models/lib/nn.yaml:27:31
%1815 = mul %1809, %1814 : f32[4,24] @ models/lib/nn.yaml:27:31
%1816 = mul %1815, %377 : f32[4,24] @ models/lib/nn.yaml:27:37
%1817 = mul %1807, %375 : f32[4,24] @ models/lib/nn.yaml:27:20
%1818 = add %1816, %1817 : f32[4,24] @ models/lib/nn.yaml:27:20
%1819 = reduce_sum %1818 axes=[0] keep=1 : f32[1,24] @ models/lib/nn.yaml:84:18
%1820 = reshape %1819 : f32[24] @ models/lib/nn.yaml:84:18
%1821 = add %1343, %1820 : f32[24] @ models/lib/nn.yaml:84:18
%1822 = matmul %1818, %37 ta=0 tb=0 : f32[4,16] @ models/lib/nn.yaml:83:15
%1823 = matmul %1818, %702 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%1824 = add %1345, %1823 : f32[24,16] @ models/lib/nn.yaml:83:15
%1825 = reshape %1822 : f32[4,1,16] @ models/dino.yaml:44:34
%1826 = pad %1825 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/dino.yaml:44:34
%1827 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,68] @ models/lib/nn.yaml:96:46
%1828 = reshape %1826 : f32[68,16] @ models/lib/nn.yaml:96:46
%1829 = matmul %1827, %1828 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%1830 = reshape %1829 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1831 = reshape %1830 : f32[16] @ models/lib/nn.yaml:96:46
%1832 = add %1349, %1831 : f32[16] @ models/lib/nn.yaml:96:46
%1833 = mul %1826, %697 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1834 = mul %1826, %696 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1835 = reshape %1834 : f32[68,16] @ models/lib/nn.yaml:96:37
%1836 = matmul %1827, %1835 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%1837 = reshape %1836 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1838 = reshape %1837 : f32[16] @ models/lib/nn.yaml:96:37
%1839 = add %1353, %1838 : f32[16] @ models/lib/nn.yaml:96:37
%1840 = mul %1833, %695 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1841 = mul %1833, %689 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1842 = reduce_sum %1841 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%1843 = mul %694, %694 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1844 = mul %694, %1843 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1845 = broadcast %1359 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1846 = mul %1844, %1845 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1847 = mul %1842, %1846 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1848 = div %1847, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1849 = broadcast %1848 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%1850 = mul %1849, %689 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1851 = add %1840, %1850 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1852 = add %1851, %1850 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1853 = neg %1852 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1854 = reduce_sum %1853 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%1855 = div %1854, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1856 = broadcast %1855 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1857 = add %1852, %1856 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1858 = mul %1857, %683 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%1859 = div %1858, %641 : f32[4,17,16] @ models/lib/nn.yaml:50:38
%1860 = reshape %1859 : f32[68,16] @ models/lib/nn.yaml:84:18
%1861 = matmul %1827, %1860 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%1862 = reshape %1861 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1863 = reshape %1862 : f32[16] @ models/lib/nn.yaml:84:18
%1864 = add %1376, %1863 : f32[16] @ models/lib/nn.yaml:84:18
%1865 = matmul %1859, %33 ta=0 tb=0 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%1866 = reshape %674 : f32[68,64] @ models/lib/nn.yaml:83:15
%1867 = reshape %1859 : f32[68,16] @ models/lib/nn.yaml:83:15
%1868 = matmul %1867, %1866 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%1869 = add %1380, %1868 : f32[16,64] @ models/lib/nn.yaml:83:15
%1870 = mul %669, %220 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%1871 = erf %1870 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1872 = add %224, %1871 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%1873 = mul %1865, %1872 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%1874 = mul %217, %669 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%1875 = mul %1865, %1874 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%1876 = mul %669, %220 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%1877 = mul %1876, %1876 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1878 = neg %1877 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1879 = exp %1878 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1880 = broadcast %1316 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1881 = mul %1879, %1880 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1882 = mul %1875, %1881 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%1883 = mul %1882, %220 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%1884 = mul %1873, %217 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%1885 = add %1883, %1884 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%1886 = reshape %1885 : f32[68,64] @ models/lib/nn.yaml:84:18
%1887 = matmul %1827, %1886 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%1888 = reshape %1887 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%1889 = reshape %1888 : f32[64] @ models/lib/nn.yaml:84:18
%1890 = add %1398, %1889 : f32[64] @ models/lib/nn.yaml:84:18
%1891 = matmul %1885, %31 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1892 = reshape %666 : f32[68,16] @ models/lib/nn.yaml:83:15
%1893 = reshape %1885 : f32[68,64] @ models/lib/nn.yaml:83:15
%1894 = matmul %1893, %1892 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%1895 = add %1402, %1894 : f32[64,16] @ models/lib/nn.yaml:83:15
%1896 = reshape %1891 : f32[68,16] @ models/lib/nn.yaml:96:46
%1897 = matmul %1827, %1896 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%1898 = reshape %1897 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%1899 = reshape %1898 : f32[16] @ models/lib/nn.yaml:96:46
%1900 = add %1404, %1899 : f32[16] @ models/lib/nn.yaml:96:46
%1901 = mul %1891, %663 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1902 = mul %1891, %662 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1903 = reshape %1902 : f32[68,16] @ models/lib/nn.yaml:96:37
%1904 = matmul %1827, %1903 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%1905 = reshape %1904 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%1906 = reshape %1905 : f32[16] @ models/lib/nn.yaml:96:37
%1907 = add %1408, %1906 : f32[16] @ models/lib/nn.yaml:96:37
%1908 = mul %1901, %661 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1909 = mul %1901, %655 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1910 = reduce_sum %1909 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%1911 = mul %660, %660 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1912 = mul %660, %1911 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1913 = mul %1912, %1845 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1914 = mul %1910, %1913 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1915 = div %1914, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1916 = broadcast %1915 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%1917 = mul %1916, %655 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1918 = add %1908, %1917 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1919 = add %1918, %1917 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1920 = add %1857, %1919 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1921 = neg %1919 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1922 = reduce_sum %1921 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%1923 = div %1922, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1924 = broadcast %1923 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1925 = add %1920, %1924 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%1926 = mul %1925, %649 : f32[4,17,16] @ models/lib/nn.yaml:50:51
%1927 = div %1926, %641 : f32[4,17,16] @ models/lib/nn.yaml:50:38
%1928 = reshape %1927 : f32[68,16] @ models/lib/nn.yaml:84:18
%1929 = matmul %1827, %1928 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%1930 = reshape %1929 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%1931 = reshape %1930 : f32[16] @ models/lib/nn.yaml:84:18
%1932 = add %1430, %1931 : f32[16] @ models/lib/nn.yaml:84:18
%1933 = matmul %1927, %27 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1934 = reshape %635 : f32[68,16] @ models/lib/nn.yaml:83:15
%1935 = reshape %1927 : f32[68,16] @ models/lib/nn.yaml:83:15
%1936 = matmul %1935, %1934 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%1937 = add %1434, %1936 : f32[16,16] @ models/lib/nn.yaml:83:15
%1938 = reshape %1933 : f32[4,17,2,8] @ models/lib/nn.yaml:57:16
%1939 = permute %1938 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/nn.yaml:56:13
%1940 = permute %569 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%1941 = slice %1939 lo=[0,0,0,0] hi=[4,2,17,1] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%1942 = broadcast %1941 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1943 = slice %1940 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%1944 = broadcast %1943 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1945 = mul %1942, %1944 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1946 = slice %1939 lo=[0,0,0,1] hi=[4,2,17,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%1947 = broadcast %1946 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1948 = slice %1940 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%1949 = broadcast %1948 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1950 = mul %1947, %1949 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1951 = add %1945, %1950 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1952 = slice %1939 lo=[0,0,0,2] hi=[4,2,17,3] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%1953 = broadcast %1952 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1954 = slice %1940 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%1955 = broadcast %1954 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1956 = mul %1953, %1955 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1957 = add %1951, %1956 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1958 = slice %1939 lo=[0,0,0,3] hi=[4,2,17,4] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%1959 = broadcast %1958 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1960 = slice %1940 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%1961 = broadcast %1960 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1962 = mul %1959, %1961 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1963 = add %1957, %1962 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1964 = slice %1939 lo=[0,0,0,4] hi=[4,2,17,5] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%1965 = broadcast %1964 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1966 = slice %1940 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%1967 = broadcast %1966 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1968 = mul %1965, %1967 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1969 = add %1963, %1968 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1970 = slice %1939 lo=[0,0,0,5] hi=[4,2,17,6] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%1971 = broadcast %1970 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1972 = slice %1940 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%1973 = broadcast %1972 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1974 = mul %1971, %1973 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1975 = add %1969, %1974 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1976 = slice %1939 lo=[0,0,0,6] hi=[4,2,17,7] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%1977 = broadcast %1976 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1978 = slice %1940 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%1979 = broadcast %1978 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1980 = mul %1977, %1979 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1981 = add %1975, %1980 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1982 = slice %1939 lo=[0,0,0,7] hi=[4,2,17,8] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%1983 = broadcast %1982 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1984 = slice %1940 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%1985 = broadcast %1984 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1986 = mul %1983, %1985 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1987 = add %1981, %1986 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1988 = permute %628 perm=[0,1,3,2] : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%1989 = reshape %1988 : f32[4,2,17,17,1] @ models/lib/nn.yaml:56:23
%1990 = broadcast %1989 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%1991 = reshape %1939 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1992 = broadcast %1991 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%1993 = mul %1990, %1992 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%1994 = reduce_sum %1993 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%1995 = div %1987, %626 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%1996 = mul %1995, %628 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%1997 = neg %1996 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%1998 = reduce_sum %1997 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:18
%1999 = broadcast %1998 : f32[4,2,17,17] @ models/lib/nn.yaml:15:20
%2000 = add %1995, %1999 : f32[4,2,17,17] @ models/lib/nn.yaml:15:20
%2001 = exp %623 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%2002 = mul %2000, %2001 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%2003 = mul %2002, %174 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%2004 = reshape %2003 : f32[4,2,17,17,1] @ models/lib/nn.yaml:55:23
%2005 = broadcast %2004 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2006 = reshape %567 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%2007 = broadcast %2006 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2008 = mul %2005, %2007 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2009 = reduce_sum %2008 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%2010 = permute %2003 perm=[0,1,3,2] : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%2011 = reshape %2010 : f32[4,2,17,17,1] @ models/lib/nn.yaml:55:23
%2012 = broadcast %2011 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2013 = reshape %565 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%2014 = broadcast %2013 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2015 = mul %2012, %2014 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2016 = reduce_sum %2015 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%2017 = reshape %1994 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:40
%2018 = reshape %2016 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:34
%2019 = reshape %2009 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:28
%2020 = concat %2019, %2018, %2017 axis=0 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:28
%2021 = permute %2020 perm=[1,3,0,2,4] : f32[4,17,3,2,8] @ models/lib/nn.yaml:66:13
%2022 = reshape %2021 : f32[4,17,48] @ models/lib/nn.yaml:66:21
%2023 = reshape %2022 : f32[68,48] @ models/lib/nn.yaml:84:18
%2024 = matmul %1827, %2023 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%2025 = reshape %2024 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%2026 = reshape %2025 : f32[48] @ models/lib/nn.yaml:84:18
%2027 = add %1521, %2026 : f32[48] @ models/lib/nn.yaml:84:18
%2028 = matmul %2022, %25 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%2029 = reshape %558 : f32[68,16] @ models/lib/nn.yaml:83:15
%2030 = reshape %2021 : f32[68,48] @ models/lib/nn.yaml:83:15
%2031 = matmul %2030, %2029 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%2032 = add %1525, %2031 : f32[48,16] @ models/lib/nn.yaml:83:15
%2033 = reshape %2028 : f32[68,16] @ models/lib/nn.yaml:96:46
%2034 = matmul %1827, %2033 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2035 = reshape %2034 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2036 = reshape %2035 : f32[16] @ models/lib/nn.yaml:96:46
%2037 = add %1527, %2036 : f32[16] @ models/lib/nn.yaml:96:46
%2038 = mul %2028, %555 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2039 = mul %2028, %554 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2040 = reshape %2039 : f32[68,16] @ models/lib/nn.yaml:96:37
%2041 = matmul %1827, %2040 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%2042 = reshape %2041 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2043 = reshape %2042 : f32[16] @ models/lib/nn.yaml:96:37
%2044 = add %1531, %2043 : f32[16] @ models/lib/nn.yaml:96:37
%2045 = mul %2038, %553 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2046 = mul %2038, %547 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2047 = reduce_sum %2046 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%2048 = mul %552, %552 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2049 = mul %552, %2048 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2050 = mul %2049, %1845 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2051 = mul %2047, %2050 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2052 = div %2051, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2053 = broadcast %2052 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%2054 = mul %2053, %547 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2055 = add %2045, %2054 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2056 = add %2055, %2054 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2057 = add %1925, %2056 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2058 = neg %2056 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2059 = reduce_sum %2058 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%2060 = div %2059, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2061 = broadcast %2060 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%2062 = add %2057, %2061 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%2063 = reshape %2062 : f32[68,16] @ models/lib/nn.yaml:84:18
%2064 = matmul %1827, %2063 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2065 = reshape %2064 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2066 = reshape %2065 : f32[16] @ models/lib/nn.yaml:84:18
%2067 = add %1551, %2066 : f32[16] @ models/lib/nn.yaml:84:18
%2068 = matmul %2062, %21 ta=0 tb=0 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%2069 = reshape %539 : f32[68,64] @ models/lib/nn.yaml:83:15
%2070 = reshape %2062 : f32[68,16] @ models/lib/nn.yaml:83:15
%2071 = matmul %2070, %2069 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%2072 = add %1555, %2071 : f32[16,64] @ models/lib/nn.yaml:83:15
%2073 = mul %534, %220 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%2074 = erf %2073 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%2075 = add %224, %2074 : f32[4,17,64] @ models/lib/nn.yaml:27:29
%2076 = mul %2068, %2075 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%2077 = mul %217, %534 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%2078 = mul %2068, %2077 : f32[4,17,64] @ models/lib/nn.yaml:27:24
%2079 = mul %534, %220 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%2080 = mul %2079, %2079 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%2081 = neg %2080 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%2082 = exp %2081 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%2083 = mul %2082, %1880 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%2084 = mul %2078, %2083 : f32[4,17,64] @ models/lib/nn.yaml:27:31
%2085 = mul %2084, %220 : f32[4,17,64] @ models/lib/nn.yaml:27:37
%2086 = mul %2076, %217 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%2087 = add %2085, %2086 : f32[4,17,64] @ models/lib/nn.yaml:27:20
%2088 = reshape %2087 : f32[68,64] @ models/lib/nn.yaml:84:18
%2089 = matmul %1827, %2088 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%2090 = reshape %2089 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2091 = reshape %2090 : f32[64] @ models/lib/nn.yaml:84:18
%2092 = add %1572, %2091 : f32[64] @ models/lib/nn.yaml:84:18
%2093 = matmul %2087, %19 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%2094 = reshape %531 : f32[68,16] @ models/lib/nn.yaml:83:15
%2095 = reshape %2087 : f32[68,64] @ models/lib/nn.yaml:83:15
%2096 = matmul %2095, %2094 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%2097 = add %1576, %2096 : f32[64,16] @ models/lib/nn.yaml:83:15
%2098 = reshape %2093 : f32[68,16] @ models/lib/nn.yaml:96:46
%2099 = matmul %1827, %2098 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2100 = reshape %2099 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2101 = reshape %2100 : f32[16] @ models/lib/nn.yaml:96:46
%2102 = add %1578, %2101 : f32[16] @ models/lib/nn.yaml:96:46
%2103 = mul %2093, %528 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2104 = mul %2093, %527 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2105 = reshape %2104 : f32[68,16] @ models/lib/nn.yaml:96:37
%2106 = matmul %1827, %2105 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%2107 = reshape %2106 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2108 = reshape %2107 : f32[16] @ models/lib/nn.yaml:96:37
%2109 = add %1582, %2108 : f32[16] @ models/lib/nn.yaml:96:37
%2110 = mul %2103, %526 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2111 = mul %2103, %520 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2112 = reduce_sum %2111 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%2113 = mul %525, %525 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2114 = mul %525, %2113 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2115 = mul %2114, %1845 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2116 = mul %2112, %2115 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2117 = div %2116, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2118 = broadcast %2117 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%2119 = mul %2118, %520 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2120 = add %2110, %2119 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2121 = add %2120, %2119 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2122 = add %2062, %2121 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2123 = neg %2121 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2124 = reduce_sum %2123 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%2125 = div %2124, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2126 = broadcast %2125 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%2127 = add %2122, %2126 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%2128 = reshape %2127 : f32[68,16] @ models/lib/nn.yaml:84:18
%2129 = matmul %1827, %2128 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2130 = reshape %2129 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2131 = reshape %2130 : f32[16] @ models/lib/nn.yaml:84:18
%2132 = add %1602, %2131 : f32[16] @ models/lib/nn.yaml:84:18
%2133 = matmul %2127, %15 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%2134 = reshape %511 : f32[68,16] @ models/lib/nn.yaml:83:15
%2135 = reshape %2127 : f32[68,16] @ models/lib/nn.yaml:83:15
%2136 = matmul %2135, %2134 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2137 = add %1606, %2136 : f32[16,16] @ models/lib/nn.yaml:83:15
%2138 = reshape %2133 : f32[4,17,2,8] @ models/lib/nn.yaml:57:16
%2139 = permute %2138 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/nn.yaml:56:13
%2140 = permute %445 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%2141 = slice %2139 lo=[0,0,0,0] hi=[4,2,17,1] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%2142 = broadcast %2141 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2143 = slice %2140 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2144 = broadcast %2143 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2145 = mul %2142, %2144 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2146 = slice %2139 lo=[0,0,0,1] hi=[4,2,17,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%2147 = broadcast %2146 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2148 = slice %2140 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2149 = broadcast %2148 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2150 = mul %2147, %2149 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2151 = add %2145, %2150 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2152 = slice %2139 lo=[0,0,0,2] hi=[4,2,17,3] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%2153 = broadcast %2152 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2154 = slice %2140 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2155 = broadcast %2154 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2156 = mul %2153, %2155 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2157 = add %2151, %2156 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2158 = slice %2139 lo=[0,0,0,3] hi=[4,2,17,4] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%2159 = broadcast %2158 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2160 = slice %2140 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2161 = broadcast %2160 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2162 = mul %2159, %2161 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2163 = add %2157, %2162 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2164 = slice %2139 lo=[0,0,0,4] hi=[4,2,17,5] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%2165 = broadcast %2164 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2166 = slice %2140 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2167 = broadcast %2166 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2168 = mul %2165, %2167 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2169 = add %2163, %2168 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2170 = slice %2139 lo=[0,0,0,5] hi=[4,2,17,6] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%2171 = broadcast %2170 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2172 = slice %2140 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2173 = broadcast %2172 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2174 = mul %2171, %2173 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2175 = add %2169, %2174 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2176 = slice %2139 lo=[0,0,0,6] hi=[4,2,17,7] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%2177 = broadcast %2176 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2178 = slice %2140 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2179 = broadcast %2178 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2180 = mul %2177, %2179 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2181 = add %2175, %2180 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2182 = slice %2139 lo=[0,0,0,7] hi=[4,2,17,8] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%2183 = broadcast %2182 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2184 = slice %2140 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2185 = broadcast %2184 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2186 = mul %2183, %2185 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2187 = add %2181, %2186 : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2188 = permute %504 perm=[0,1,3,2] : f32[4,2,17,17] @ models/lib/nn.yaml:56:23
%2189 = reshape %2188 : f32[4,2,17,17,1] @ models/lib/nn.yaml:56:23
%2190 = broadcast %2189 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%2191 = reshape %2139 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2192 = broadcast %2191 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%2193 = mul %2190, %2192 : f32[4,2,17,17,8] @ models/lib/nn.yaml:56:23
%2194 = reduce_sum %2193 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%2195 = div %2187, %502 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%2196 = mul %2195, %504 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%2197 = neg %2196 : f32[4,2,17,17] @ models/lib/nn.yaml:15:18
%2198 = reduce_sum %2197 axes=[3] keep=1 : f32[4,2,17,1] @ models/lib/nn.yaml:15:18
%2199 = broadcast %2198 : f32[4,2,17,17] @ models/lib/nn.yaml:15:20
%2200 = add %2195, %2199 : f32[4,2,17,17] @ models/lib/nn.yaml:15:20
%2201 = exp %499 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%2202 = mul %2200, %2201 : f32[4,2,17,17] @ models/lib/nn.yaml:14:13
%2203 = mul %2202, %174 : f32[4,2,17,17] @ models/lib/nn.yaml:55:29
%2204 = reshape %2203 : f32[4,2,17,17,1] @ models/lib/nn.yaml:55:23
%2205 = broadcast %2204 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2206 = reshape %443 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%2207 = broadcast %2206 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2208 = mul %2205, %2207 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2209 = reduce_sum %2208 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%2210 = permute %2203 perm=[0,1,3,2] : f32[4,2,17,17] @ models/lib/nn.yaml:55:23
%2211 = reshape %2210 : f32[4,2,17,17,1] @ models/lib/nn.yaml:55:23
%2212 = broadcast %2211 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2213 = reshape %441 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%2214 = broadcast %2213 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2215 = mul %2212, %2214 : f32[4,2,17,17,8] @ models/lib/nn.yaml:55:23
%2216 = reduce_sum %2215 axes=[3] keep=0 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%2217 = reshape %2194 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:40
%2218 = reshape %2216 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:34
%2219 = reshape %2209 : f32[1,4,2,17,8] @ models/lib/nn.yaml:67:28
%2220 = concat %2219, %2218, %2217 axis=0 : f32[3,4,2,17,8] @ models/lib/nn.yaml:67:28
%2221 = permute %2220 perm=[1,3,0,2,4] : f32[4,17,3,2,8] @ models/lib/nn.yaml:66:13
%2222 = reshape %2221 : f32[4,17,48] @ models/lib/nn.yaml:66:21
%2223 = reshape %2222 : f32[68,48] @ models/lib/nn.yaml:84:18
%2224 = matmul %1827, %2223 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%2225 = reshape %2224 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%2226 = reshape %2225 : f32[48] @ models/lib/nn.yaml:84:18
%2227 = add %1693, %2226 : f32[48] @ models/lib/nn.yaml:84:18
%2228 = matmul %2222, %13 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%2229 = reshape %434 : f32[68,16] @ models/lib/nn.yaml:83:15
%2230 = reshape %2221 : f32[68,48] @ models/lib/nn.yaml:83:15
%2231 = matmul %2230, %2229 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%2232 = add %1697, %2231 : f32[48,16] @ models/lib/nn.yaml:83:15
%2233 = reshape %2228 : f32[68,16] @ models/lib/nn.yaml:96:46
%2234 = matmul %1827, %2233 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2235 = reshape %2234 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2236 = reshape %2235 : f32[16] @ models/lib/nn.yaml:96:46
%2237 = add %1699, %2236 : f32[16] @ models/lib/nn.yaml:96:46
%2238 = mul %2228, %431 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2239 = mul %2228, %430 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2240 = reshape %2239 : f32[68,16] @ models/lib/nn.yaml:96:37
%2241 = matmul %1827, %2240 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%2242 = reshape %2241 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2243 = reshape %2242 : f32[16] @ models/lib/nn.yaml:96:37
%2244 = add %1703, %2243 : f32[16] @ models/lib/nn.yaml:96:37
%2245 = mul %2238, %429 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2246 = mul %2238, %423 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2247 = reduce_sum %2246 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%2248 = mul %428, %428 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2249 = mul %428, %2248 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2250 = mul %2249, %1845 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2251 = mul %2247, %2250 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2252 = div %2251, %97 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2253 = broadcast %2252 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%2254 = mul %2253, %423 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2255 = add %2245, %2254 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2256 = add %2255, %2254 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2257 = add %2127, %2256 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2258 = neg %2256 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2259 = reduce_sum %2258 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%2260 = div %2259, %97 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2261 = broadcast %2260 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%2262 = add %2257, %2261 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%2263 = reduce_sum %2262 axes=[0] keep=1 : f32[1,17,16] @ models/lib/vit.yaml:62:15
%2264 = add %1734, %2263 : f32[1,17,16] @ models/lib/vit.yaml:62:15
%2265 = slice %2262 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:61:13
%2266 = slice %2262 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:61:13
%2267 = reduce_sum %2265 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:61:20
%2268 = add %1737, %2267 : f32[1,1,16] @ models/lib/vit.yaml:61:20
%2269 = reduce_sum %2266 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%2270 = reshape %2269 : f32[16] @ models/lib/vit.yaml:17:71
%2271 = add %1739, %2270 : f32[16] @ models/lib/vit.yaml:17:71
%2272 = reshape %85 : f32[64,48] @ models/lib/vit.yaml:17:18
%2273 = reshape %2266 : f32[64,16] @ models/lib/vit.yaml:17:18
%2274 = matmul %2273, %2272 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%2275 = reshape %2274 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%2276 = add %1743, %2275 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
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
%2299 = mul %1201, %1202 : f64[] @ models/lib/vit.yaml:47:7
%2300 = sub %2287, %2299 : f64[] @ models/lib/vit.yaml:47:7
%2301 = cast %2300 : f32[] @ models/lib/vit.yaml:47:7
%2302 = broadcast %2301 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2303 = mul %7, %2302 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2304 = broadcast %1085 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2305 = mul %2293, %2304 : f32[1,1,16] @ models/lib/vit.yaml:47:7
%2306 = const data=[0.9] : f64[] @ models/lib/vit.yaml:47:7
%2307 = broadcast %640 : f32[1,1,16] @ models/lib/vit.yaml:47:7
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
%2322 = div %1201, %2321 : f64[] @ models/lib/vit.yaml:47:7
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
%2345 = sub %2287, %1203 : f64[] @ models/lib/vit.yaml:47:7
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
%2371 = broadcast %1085 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2372 = mul %2364, %2371 : f32[1,17,16] @ models/lib/vit.yaml:48:7
%2373 = broadcast %640 : f32[1,17,16] @ models/lib/vit.yaml:48:7
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
%2385 = div %1201, %2384 : f64[] @ models/lib/vit.yaml:48:7
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
%2431 = broadcast %1085 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2432 = mul %2424, %2431 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2433 = broadcast %640 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
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
%2445 = div %1201, %2444 : f64[] @ models/lib/vit.yaml:9:7
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
%2488 = broadcast %1085 : f32[16] @ models/lib/vit.yaml:10:7
%2489 = mul %2483, %2488 : f32[16] @ models/lib/vit.yaml:10:7
%2490 = broadcast %640 : f32[16] @ models/lib/vit.yaml:10:7
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
%2502 = div %1201, %2501 : f64[] @ models/lib/vit.yaml:10:7
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
%2528 = all_reduce_sum %2244 : f32[16] @ models/lib/nn.yaml:89:7
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
%2555 = div %1201, %2554 : f64[] @ models/lib/nn.yaml:89:7
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
%2605 = div %1201, %2604 : f64[] @ models/lib/nn.yaml:90:7
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
%2628 = all_reduce_sum %2232 : f32[48,16] @ models/lib/nn.yaml:79:7
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
%2648 = broadcast %1085 : f32[48,16] @ models/lib/nn.yaml:79:7
%2649 = mul %2641, %2648 : f32[48,16] @ models/lib/nn.yaml:79:7
%2650 = broadcast %640 : f32[48,16] @ models/lib/nn.yaml:79:7
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
%2662 = div %1201, %2661 : f64[] @ models/lib/nn.yaml:79:7
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
%2688 = all_reduce_sum %2227 : f32[48] @ models/lib/nn.yaml:80:7
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
%2705 = broadcast %1085 : f32[48] @ models/lib/nn.yaml:80:7
%2706 = mul %2700, %2705 : f32[48] @ models/lib/nn.yaml:80:7
%2707 = broadcast %640 : f32[48] @ models/lib/nn.yaml:80:7
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
%2719 = div %1201, %2718 : f64[] @ models/lib/nn.yaml:80:7
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
%2745 = all_reduce_sum %2137 : f32[16,16] @ models/lib/nn.yaml:79:7
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
%2765 = broadcast %1085 : f32[16,16] @ models/lib/nn.yaml:79:7
%2766 = mul %2758, %2765 : f32[16,16] @ models/lib/nn.yaml:79:7
%2767 = broadcast %640 : f32[16,16] @ models/lib/nn.yaml:79:7
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
%2779 = div %1201, %2778 : f64[] @ models/lib/nn.yaml:79:7
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
%2805 = all_reduce_sum %2132 : f32[16] @ models/lib/nn.yaml:80:7
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
%2832 = div %1201, %2831 : f64[] @ models/lib/nn.yaml:80:7
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
%2855 = all_reduce_sum %2109 : f32[16] @ models/lib/nn.yaml:89:7
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
%2882 = div %1201, %2881 : f64[] @ models/lib/nn.yaml:89:7
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
%2905 = all_reduce_sum %2102 : f32[16] @ models/lib/nn.yaml:90:7
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
%2932 = div %1201, %2931 : f64[] @ models/lib/nn.yaml:90:7
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
%2955 = all_reduce_sum %2097 : f32[64,16] @ models/lib/nn.yaml:79:7
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
%2975 = broadcast %1085 : f32[64,16] @ models/lib/nn.yaml:79:7
%2976 = mul %2968, %2975 : f32[64,16] @ models/lib/nn.yaml:79:7
%2977 = broadcast %640 : f32[64,16] @ models/lib/nn.yaml:79:7
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
%2989 = div %1201, %2988 : f64[] @ models/lib/nn.yaml:79:7
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
%3015 = all_reduce_sum %2092 : f32[64] @ models/lib/nn.yaml:80:7
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
%3032 = broadcast %1085 : f32[64] @ models/lib/nn.yaml:80:7
%3033 = mul %3027, %3032 : f32[64] @ models/lib/nn.yaml:80:7
%3034 = broadcast %640 : f32[64] @ models/lib/nn.yaml:80:7
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
%3046 = div %1201, %3045 : f64[] @ models/lib/nn.yaml:80:7
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
%3072 = all_reduce_sum %2072 : f32[16,64] @ models/lib/nn.yaml:79:7
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
%3092 = broadcast %1085 : f32[16,64] @ models/lib/nn.yaml:79:7
%3093 = mul %3085, %3092 : f32[16,64] @ models/lib/nn.yaml:79:7
%3094 = broadcast %640 : f32[16,64] @ models/lib/nn.yaml:79:7
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
%3106 = div %1201, %3105 : f64[] @ models/lib/nn.yaml:79:7
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
%3132 = all_reduce_sum %2067 : f32[16] @ models/lib/nn.yaml:80:7
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
%3159 = div %1201, %3158 : f64[] @ models/lib/nn.yaml:80:7
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
%3182 = all_reduce_sum %2044 : f32[16] @ models/lib/nn.yaml:89:7
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
%3209 = div %1201, %3208 : f64[] @ models/lib/nn.yaml:89:7
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
%3232 = all_reduce_sum %2037 : f32[16] @ models/lib/nn.yaml:90:7
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
%3259 = div %1201, %3258 : f64[] @ models/lib/nn.yaml:90:7
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
%3282 = all_reduce_sum %2032 : f32[48,16] @ models/lib/nn.yaml:79:7
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
%3311 = div %1201, %3310 : f64[] @ models/lib/nn.yaml:79:7
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
%3334 = all_reduce_sum %2027 : f32[48] @ models/lib/nn.yaml:80:7
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
%3361 = div %1201, %3360 : f64[] @ models/lib/nn.yaml:80:7
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
%3384 = all_reduce_sum %1937 : f32[16,16] @ models/lib/nn.yaml:79:7
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
%3413 = div %1201, %3412 : f64[] @ models/lib/nn.yaml:79:7
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
%3436 = all_reduce_sum %1932 : f32[16] @ models/lib/nn.yaml:80:7
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
%3463 = div %1201, %3462 : f64[] @ models/lib/nn.yaml:80:7
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
%3486 = all_reduce_sum %1907 : f32[16] @ models/lib/nn.yaml:89:7
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
%3513 = div %1201, %3512 : f64[] @ models/lib/nn.yaml:89:7
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
%3536 = all_reduce_sum %1900 : f32[16] @ models/lib/nn.yaml:90:7
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
%3563 = div %1201, %3562 : f64[] @ models/lib/nn.yaml:90:7
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
%3586 = all_reduce_sum %1895 : f32[64,16] @ models/lib/nn.yaml:79:7
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
%3615 = div %1201, %3614 : f64[] @ models/lib/nn.yaml:79:7
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
%3638 = all_reduce_sum %1890 : f32[64] @ models/lib/nn.yaml:80:7
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
%3665 = div %1201, %3664 : f64[] @ models/lib/nn.yaml:80:7
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
%3688 = all_reduce_sum %1869 : f32[16,64] @ models/lib/nn.yaml:79:7
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
%3717 = div %1201, %3716 : f64[] @ models/lib/nn.yaml:79:7
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
%3740 = all_reduce_sum %1864 : f32[16] @ models/lib/nn.yaml:80:7
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
%3767 = div %1201, %3766 : f64[] @ models/lib/nn.yaml:80:7
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
%3790 = all_reduce_sum %1839 : f32[16] @ models/lib/nn.yaml:89:7
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
%3817 = div %1201, %3816 : f64[] @ models/lib/nn.yaml:89:7
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
%3840 = all_reduce_sum %1832 : f32[16] @ models/lib/nn.yaml:90:7
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
%3867 = div %1201, %3866 : f64[] @ models/lib/nn.yaml:90:7
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
%3890 = all_reduce_sum %1824 : f32[24,16] @ models/lib/nn.yaml:79:7
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
%3910 = broadcast %1085 : f32[24,16] @ models/lib/nn.yaml:79:7
%3911 = mul %3903, %3910 : f32[24,16] @ models/lib/nn.yaml:79:7
%3912 = broadcast %640 : f32[24,16] @ models/lib/nn.yaml:79:7
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
%3924 = div %1201, %3923 : f64[] @ models/lib/nn.yaml:79:7
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
%3950 = all_reduce_sum %1821 : f32[24] @ models/lib/nn.yaml:80:7
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
%3967 = broadcast %1085 : f32[24] @ models/lib/nn.yaml:80:7
%3968 = mul %3962, %3967 : f32[24] @ models/lib/nn.yaml:80:7
%3969 = broadcast %640 : f32[24] @ models/lib/nn.yaml:80:7
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
%3981 = div %1201, %3980 : f64[] @ models/lib/nn.yaml:80:7
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
%4007 = all_reduce_sum %1803 : f32[24,24] @ models/lib/nn.yaml:79:7
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
%4027 = broadcast %1085 : f32[24,24] @ models/lib/nn.yaml:79:7
%4028 = mul %4020, %4027 : f32[24,24] @ models/lib/nn.yaml:79:7
%4029 = broadcast %640 : f32[24,24] @ models/lib/nn.yaml:79:7
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
%4041 = div %1201, %4040 : f64[] @ models/lib/nn.yaml:79:7
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
%4067 = all_reduce_sum %1800 : f32[24] @ models/lib/nn.yaml:80:7
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
%4094 = div %1201, %4093 : f64[] @ models/lib/nn.yaml:80:7
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
%4117 = all_reduce_sum %1782 : f32[8,24] @ models/lib/nn.yaml:79:7
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
%4137 = broadcast %1085 : f32[8,24] @ models/lib/nn.yaml:79:7
%4138 = mul %4130, %4137 : f32[8,24] @ models/lib/nn.yaml:79:7
%4139 = broadcast %640 : f32[8,24] @ models/lib/nn.yaml:79:7
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
%4151 = div %1201, %4150 : f64[] @ models/lib/nn.yaml:79:7
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
%4177 = all_reduce_sum %1779 : f32[8] @ models/lib/nn.yaml:80:7
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
%4194 = broadcast %1085 : f32[8] @ models/lib/nn.yaml:80:7
%4195 = mul %4189, %4194 : f32[8] @ models/lib/nn.yaml:80:7
%4196 = broadcast %640 : f32[8] @ models/lib/nn.yaml:80:7
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
%4208 = div %1201, %4207 : f64[] @ models/lib/nn.yaml:80:7
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
%4240 = all_reduce_sum %1758 : f32[32,8] @ models/lib/dino.yaml:19:7
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
%4260 = broadcast %1085 : f32[32,8] @ models/lib/dino.yaml:19:7
%4261 = mul %4253, %4260 : f32[32,8] @ models/lib/dino.yaml:19:7
%4262 = broadcast %640 : f32[32,8] @ models/lib/dino.yaml:19:7
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
%4274 = div %1201, %4273 : f64[] @ models/lib/dino.yaml:19:7
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
%4308 = abs %1186 : f32[] @ models/dino.yaml:73:3
%4309 = lt %4308, %4307 : bool[] @ models/dino.yaml:73:3
%4310 = output %4309 name="finite" : bool[] @ models/dino.yaml:73:3
