graph "models/dino_pass.yaml"
%1 = input name="sched.lr" : f32[] @ models/dino_pass.yaml:122:3
%2 = input name="sched.wd" : f32[] @ models/dino_pass.yaml:123:3
%3 = input name="sched.momentum" : f32[] @ models/dino_pass.yaml:124:3
%4 = input name="sched.temp_t" : f32[] @ models/dino_pass.yaml:125:3
%5 = input name="crops.global" : f32[4,3,64,64] @ models/dino_pass.yaml:116:3
%6 = input name="crops.local" : f32[4,3,48,48] @ models/dino_pass.yaml:118:3
%7 = param name="backbone.pos_embed" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%8 = param name="backbone.patch_embed.proj.weight" init="uniform_fan_in(768)" tags=[] frozen_epochs=0 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%9 = param name="backbone.patch_embed.proj.bias" init="uniform_fan_in(768)" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/vit.yaml:10:7
%10 = param name="backbone.blocks.0.norm1.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:89:7
%11 = param name="backbone.blocks.0.norm1.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:90:7
%12 = param name="backbone.blocks.0.attn.qkv.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[192,64] @ models/lib/nn.yaml:79:7
%13 = param name="backbone.blocks.0.attn.qkv.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[192] @ models/lib/nn.yaml:80:7
%14 = param name="backbone.blocks.0.attn.proj.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[64,64] @ models/lib/nn.yaml:79:7
%15 = param name="backbone.blocks.0.attn.proj.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:80:7
%16 = param name="backbone.blocks.0.norm2.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:89:7
%17 = param name="backbone.blocks.0.norm2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:90:7
%18 = param name="backbone.blocks.0.mlp.fc1.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[256,64] @ models/lib/nn.yaml:79:7
%19 = param name="backbone.blocks.0.mlp.fc1.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[256] @ models/lib/nn.yaml:80:7
%20 = param name="backbone.blocks.0.mlp.fc2.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[64,256] @ models/lib/nn.yaml:79:7
%21 = param name="backbone.blocks.0.mlp.fc2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:80:7
%22 = param name="backbone.blocks.1.norm1.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:89:7
%23 = param name="backbone.blocks.1.norm1.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:90:7
%24 = param name="backbone.blocks.1.attn.qkv.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[192,64] @ models/lib/nn.yaml:79:7
%25 = param name="backbone.blocks.1.attn.qkv.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[192] @ models/lib/nn.yaml:80:7
%26 = param name="backbone.blocks.1.attn.proj.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[64,64] @ models/lib/nn.yaml:79:7
%27 = param name="backbone.blocks.1.attn.proj.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:80:7
%28 = param name="backbone.blocks.1.norm2.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:89:7
%29 = param name="backbone.blocks.1.norm2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:90:7
%30 = param name="backbone.blocks.1.mlp.fc1.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[256,64] @ models/lib/nn.yaml:79:7
%31 = param name="backbone.blocks.1.mlp.fc1.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[256] @ models/lib/nn.yaml:80:7
%32 = param name="backbone.blocks.1.mlp.fc2.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[64,256] @ models/lib/nn.yaml:79:7
%33 = param name="backbone.blocks.1.mlp.fc2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:80:7
%34 = param name="ca_head.cls_token" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%35 = param name="ca_head.cls_blocks.0.norm1.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:89:7
%36 = param name="ca_head.cls_blocks.0.norm1.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:90:7
%37 = param name="ca_head.cls_blocks.0.attn.q.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[64,64] @ models/lib/nn.yaml:79:7
%38 = param name="ca_head.cls_blocks.0.attn.q.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:80:7
%39 = param name="ca_head.cls_blocks.0.attn.k.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[64,64] @ models/lib/nn.yaml:79:7
%40 = param name="ca_head.cls_blocks.0.attn.k.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:80:7
%41 = param name="ca_head.cls_blocks.0.attn.v.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[64,64] @ models/lib/nn.yaml:79:7
%42 = param name="ca_head.cls_blocks.0.attn.v.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:80:7
%43 = param name="ca_head.cls_blocks.0.attn.proj.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[64,64] @ models/lib/nn.yaml:79:7
%44 = param name="ca_head.cls_blocks.0.attn.proj.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:80:7
%45 = param name="ca_head.cls_blocks.0.norm2.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:89:7
%46 = param name="ca_head.cls_blocks.0.norm2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:90:7
%47 = param name="ca_head.cls_blocks.0.mlp.fc1.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[256,64] @ models/lib/nn.yaml:79:7
%48 = param name="ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[256] @ models/lib/nn.yaml:80:7
%49 = param name="ca_head.cls_blocks.0.mlp.fc2.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[64,256] @ models/lib/nn.yaml:79:7
%50 = param name="ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:80:7
%51 = param name="ca_head.norm.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:89:7
%52 = param name="ca_head.norm.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:90:7
%53 = param name="c_head.mlp.0.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[256,64] @ models/lib/nn.yaml:79:7
%54 = param name="c_head.mlp.0.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[256] @ models/lib/nn.yaml:80:7
%55 = param name="c_head.mlp.2.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[256,256] @ models/lib/nn.yaml:79:7
%56 = param name="c_head.mlp.2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[256] @ models/lib/nn.yaml:80:7
%57 = param name="c_head.mlp.4.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[64,256] @ models/lib/nn.yaml:79:7
%58 = param name="c_head.mlp.4.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:80:7
%59 = param name="c_head.last_layer.weight_g" init="ones" tags=[frozen] frozen_epochs=1 : f32[65536,1] @ models/lib/dino.yaml:18:7
%60 = param name="c_head.last_layer.weight_v" init="uniform_fan_in(64)" tags=[] frozen_epochs=1 : f32[65536,64] @ models/lib/dino.yaml:19:7
%61 = param name="p_head.mlp.0.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[256,64] @ models/lib/nn.yaml:79:7
%62 = param name="p_head.mlp.0.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[256] @ models/lib/nn.yaml:80:7
%63 = param name="p_head.mlp.2.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[256,256] @ models/lib/nn.yaml:79:7
%64 = param name="p_head.mlp.2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[256] @ models/lib/nn.yaml:80:7
%65 = param name="p_head.mlp.4.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[64,256] @ models/lib/nn.yaml:79:7
%66 = param name="p_head.mlp.4.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:80:7
%67 = param name="p_head.last_layer.weight_g" init="ones" tags=[frozen] frozen_epochs=1 : f32[4096,1] @ models/lib/dino.yaml:18:7
%68 = param name="p_head.last_layer.weight_v" init="uniform_fan_in(64)" tags=[] frozen_epochs=1 : f32[4096,64] @ models/lib/dino.yaml:19:7
%69 = state name="teacher.backbone.pos_embed" init="copy(backbone.pos_embed)" : f32[1,16,64] @ models/lib/vit.yaml:48:7
%70 = state name="teacher.backbone.patch_embed.proj.weight" init="copy(backbone.patch_embed.proj.weight)" : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%71 = state name="teacher.backbone.patch_embed.proj.bias" init="copy(backbone.patch_embed.proj.bias)" : f32[64] @ models/lib/vit.yaml:10:7
%72 = state name="teacher.backbone.blocks.0.norm1.weight" init="copy(backbone.blocks.0.norm1.weight)" : f32[64] @ models/lib/nn.yaml:89:7
%73 = state name="teacher.backbone.blocks.0.norm1.bias" init="copy(backbone.blocks.0.norm1.bias)" : f32[64] @ models/lib/nn.yaml:90:7
%74 = state name="teacher.backbone.blocks.0.attn.qkv.weight" init="copy(backbone.blocks.0.attn.qkv.weight)" : f32[192,64] @ models/lib/nn.yaml:79:7
%75 = state name="teacher.backbone.blocks.0.attn.qkv.bias" init="copy(backbone.blocks.0.attn.qkv.bias)" : f32[192] @ models/lib/nn.yaml:80:7
%76 = state name="teacher.backbone.blocks.0.attn.proj.weight" init="copy(backbone.blocks.0.attn.proj.weight)" : f32[64,64] @ models/lib/nn.yaml:79:7
%77 = state name="teacher.backbone.blocks.0.attn.proj.bias" init="copy(backbone.blocks.0.attn.proj.bias)" : f32[64] @ models/lib/nn.yaml:80:7
%78 = state name="teacher.backbone.blocks.0.norm2.weight" init="copy(backbone.blocks.0.norm2.weight)" : f32[64] @ models/lib/nn.yaml:89:7
%79 = state name="teacher.backbone.blocks.0.norm2.bias" init="copy(backbone.blocks.0.norm2.bias)" : f32[64] @ models/lib/nn.yaml:90:7
%80 = state name="teacher.backbone.blocks.0.mlp.fc1.weight" init="copy(backbone.blocks.0.mlp.fc1.weight)" : f32[256,64] @ models/lib/nn.yaml:79:7
%81 = state name="teacher.backbone.blocks.0.mlp.fc1.bias" init="copy(backbone.blocks.0.mlp.fc1.bias)" : f32[256] @ models/lib/nn.yaml:80:7
%82 = state name="teacher.backbone.blocks.0.mlp.fc2.weight" init="copy(backbone.blocks.0.mlp.fc2.weight)" : f32[64,256] @ models/lib/nn.yaml:79:7
%83 = state name="teacher.backbone.blocks.0.mlp.fc2.bias" init="copy(backbone.blocks.0.mlp.fc2.bias)" : f32[64] @ models/lib/nn.yaml:80:7
%84 = state name="teacher.backbone.blocks.1.norm1.weight" init="copy(backbone.blocks.1.norm1.weight)" : f32[64] @ models/lib/nn.yaml:89:7
%85 = state name="teacher.backbone.blocks.1.norm1.bias" init="copy(backbone.blocks.1.norm1.bias)" : f32[64] @ models/lib/nn.yaml:90:7
%86 = state name="teacher.backbone.blocks.1.attn.qkv.weight" init="copy(backbone.blocks.1.attn.qkv.weight)" : f32[192,64] @ models/lib/nn.yaml:79:7
%87 = state name="teacher.backbone.blocks.1.attn.qkv.bias" init="copy(backbone.blocks.1.attn.qkv.bias)" : f32[192] @ models/lib/nn.yaml:80:7
%88 = state name="teacher.backbone.blocks.1.attn.proj.weight" init="copy(backbone.blocks.1.attn.proj.weight)" : f32[64,64] @ models/lib/nn.yaml:79:7
%89 = state name="teacher.backbone.blocks.1.attn.proj.bias" init="copy(backbone.blocks.1.attn.proj.bias)" : f32[64] @ models/lib/nn.yaml:80:7
%90 = state name="teacher.backbone.blocks.1.norm2.weight" init="copy(backbone.blocks.1.norm2.weight)" : f32[64] @ models/lib/nn.yaml:89:7
%91 = state name="teacher.backbone.blocks.1.norm2.bias" init="copy(backbone.blocks.1.norm2.bias)" : f32[64] @ models/lib/nn.yaml:90:7
%92 = state name="teacher.backbone.blocks.1.mlp.fc1.weight" init="copy(backbone.blocks.1.mlp.fc1.weight)" : f32[256,64] @ models/lib/nn.yaml:79:7
%93 = state name="teacher.backbone.blocks.1.mlp.fc1.bias" init="copy(backbone.blocks.1.mlp.fc1.bias)" : f32[256] @ models/lib/nn.yaml:80:7
%94 = state name="teacher.backbone.blocks.1.mlp.fc2.weight" init="copy(backbone.blocks.1.mlp.fc2.weight)" : f32[64,256] @ models/lib/nn.yaml:79:7
%95 = state name="teacher.backbone.blocks.1.mlp.fc2.bias" init="copy(backbone.blocks.1.mlp.fc2.bias)" : f32[64] @ models/lib/nn.yaml:80:7
%96 = state name="teacher.ca_head.cls_token" init="copy(ca_head.cls_token)" : f32[1,1,64] @ models/lib/vit.yaml:103:7
%97 = state name="teacher.ca_head.cls_blocks.0.norm1.weight" init="copy(ca_head.cls_blocks.0.norm1.weight)" : f32[64] @ models/lib/nn.yaml:89:7
%98 = state name="teacher.ca_head.cls_blocks.0.norm1.bias" init="copy(ca_head.cls_blocks.0.norm1.bias)" : f32[64] @ models/lib/nn.yaml:90:7
%99 = state name="teacher.ca_head.cls_blocks.0.attn.q.weight" init="copy(ca_head.cls_blocks.0.attn.q.weight)" : f32[64,64] @ models/lib/nn.yaml:79:7
%100 = state name="teacher.ca_head.cls_blocks.0.attn.q.bias" init="copy(ca_head.cls_blocks.0.attn.q.bias)" : f32[64] @ models/lib/nn.yaml:80:7
%101 = state name="teacher.ca_head.cls_blocks.0.attn.k.weight" init="copy(ca_head.cls_blocks.0.attn.k.weight)" : f32[64,64] @ models/lib/nn.yaml:79:7
%102 = state name="teacher.ca_head.cls_blocks.0.attn.k.bias" init="copy(ca_head.cls_blocks.0.attn.k.bias)" : f32[64] @ models/lib/nn.yaml:80:7
%103 = state name="teacher.ca_head.cls_blocks.0.attn.v.weight" init="copy(ca_head.cls_blocks.0.attn.v.weight)" : f32[64,64] @ models/lib/nn.yaml:79:7
%104 = state name="teacher.ca_head.cls_blocks.0.attn.v.bias" init="copy(ca_head.cls_blocks.0.attn.v.bias)" : f32[64] @ models/lib/nn.yaml:80:7
%105 = state name="teacher.ca_head.cls_blocks.0.attn.proj.weight" init="copy(ca_head.cls_blocks.0.attn.proj.weight)" : f32[64,64] @ models/lib/nn.yaml:79:7
%106 = state name="teacher.ca_head.cls_blocks.0.attn.proj.bias" init="copy(ca_head.cls_blocks.0.attn.proj.bias)" : f32[64] @ models/lib/nn.yaml:80:7
%107 = state name="teacher.ca_head.cls_blocks.0.norm2.weight" init="copy(ca_head.cls_blocks.0.norm2.weight)" : f32[64] @ models/lib/nn.yaml:89:7
%108 = state name="teacher.ca_head.cls_blocks.0.norm2.bias" init="copy(ca_head.cls_blocks.0.norm2.bias)" : f32[64] @ models/lib/nn.yaml:90:7
%109 = state name="teacher.ca_head.cls_blocks.0.mlp.fc1.weight" init="copy(ca_head.cls_blocks.0.mlp.fc1.weight)" : f32[256,64] @ models/lib/nn.yaml:79:7
%110 = state name="teacher.ca_head.cls_blocks.0.mlp.fc1.bias" init="copy(ca_head.cls_blocks.0.mlp.fc1.bias)" : f32[256] @ models/lib/nn.yaml:80:7
%111 = state name="teacher.ca_head.cls_blocks.0.mlp.fc2.weight" init="copy(ca_head.cls_blocks.0.mlp.fc2.weight)" : f32[64,256] @ models/lib/nn.yaml:79:7
%112 = state name="teacher.ca_head.cls_blocks.0.mlp.fc2.bias" init="copy(ca_head.cls_blocks.0.mlp.fc2.bias)" : f32[64] @ models/lib/nn.yaml:80:7
%113 = state name="teacher.ca_head.norm.weight" init="copy(ca_head.norm.weight)" : f32[64] @ models/lib/nn.yaml:89:7
%114 = state name="teacher.ca_head.norm.bias" init="copy(ca_head.norm.bias)" : f32[64] @ models/lib/nn.yaml:90:7
%115 = state name="teacher.c_head.mlp.0.weight" init="copy(c_head.mlp.0.weight)" : f32[256,64] @ models/lib/nn.yaml:79:7
%116 = state name="teacher.c_head.mlp.0.bias" init="copy(c_head.mlp.0.bias)" : f32[256] @ models/lib/nn.yaml:80:7
%117 = state name="teacher.c_head.mlp.2.weight" init="copy(c_head.mlp.2.weight)" : f32[256,256] @ models/lib/nn.yaml:79:7
%118 = state name="teacher.c_head.mlp.2.bias" init="copy(c_head.mlp.2.bias)" : f32[256] @ models/lib/nn.yaml:80:7
%119 = state name="teacher.c_head.mlp.4.weight" init="copy(c_head.mlp.4.weight)" : f32[64,256] @ models/lib/nn.yaml:79:7
%120 = state name="teacher.c_head.mlp.4.bias" init="copy(c_head.mlp.4.bias)" : f32[64] @ models/lib/nn.yaml:80:7
%121 = state name="teacher.c_head.last_layer.weight_g" init="copy(c_head.last_layer.weight_g)" : f32[65536,1] @ models/lib/dino.yaml:18:7
%122 = state name="teacher.c_head.last_layer.weight_v" init="copy(c_head.last_layer.weight_v)" : f32[65536,64] @ models/lib/dino.yaml:19:7
%123 = state name="teacher.p_head.mlp.0.weight" init="copy(p_head.mlp.0.weight)" : f32[256,64] @ models/lib/nn.yaml:79:7
%124 = state name="teacher.p_head.mlp.0.bias" init="copy(p_head.mlp.0.bias)" : f32[256] @ models/lib/nn.yaml:80:7
%125 = state name="teacher.p_head.mlp.2.weight" init="copy(p_head.mlp.2.weight)" : f32[256,256] @ models/lib/nn.yaml:79:7
%126 = state name="teacher.p_head.mlp.2.bias" init="copy(p_head.mlp.2.bias)" : f32[256] @ models/lib/nn.yaml:80:7
%127 = state name="teacher.p_head.mlp.4.weight" init="copy(p_head.mlp.4.weight)" : f32[64,256] @ models/lib/nn.yaml:79:7
%128 = state name="teacher.p_head.mlp.4.bias" init="copy(p_head.mlp.4.bias)" : f32[64] @ models/lib/nn.yaml:80:7
%129 = state name="teacher.p_head.last_layer.weight_g" init="copy(p_head.last_layer.weight_g)" : f32[4096,1] @ models/lib/dino.yaml:18:7
%130 = state name="teacher.p_head.last_layer.weight_v" init="copy(p_head.last_layer.weight_v)" : f32[4096,64] @ models/lib/dino.yaml:19:7
%131 = state name="center" init="zeros" : f32[1,1,65536] @ models/dino_pass.yaml:135:3
%132 = state name="patch_center" init="zeros" : f32[1,4096] @ models/dino_pass.yaml:139:3
%133 = reshape %5 : f32[4,3,4,16,4,16] @ models/lib/vit.yaml:15:21
%134 = permute %133 perm=[0,2,4,1,3,5] : f32[4,4,4,3,16,16] @ models/lib/vit.yaml:15:13
%135 = reshape %134 : f32[4,16,768] @ models/lib/vit.yaml:16:13
%136 = reshape %70 : f32[64,768] @ models/lib/vit.yaml:17:20
%137 = matmul %135, %136 ta=0 tb=1 : f32[4,16,64] @ models/lib/vit.yaml:17:18
%138 = broadcast %71 : f32[4,16,64] @ models/lib/vit.yaml:17:71
%139 = add %137, %138 : f32[4,16,64] @ models/lib/vit.yaml:17:71
%140 = broadcast %69 : f32[4,16,64] @ models/lib/vit.yaml:62:15
%141 = add %139, %140 : f32[4,16,64] @ models/lib/vit.yaml:62:15
%142 = reduce_sum %141 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%143 = const data=[64] : f32[] @ models/lib/nn.yaml:93:14
%144 = broadcast %143 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%145 = div %142, %144 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%146 = broadcast %145 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%147 = sub %141, %146 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%148 = mul %147, %147 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%149 = reduce_sum %148 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%150 = div %149, %144 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%151 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%152 = broadcast %151 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%153 = add %150, %152 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%154 = rsqrt %153 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%155 = broadcast %154 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%156 = mul %147, %155 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%157 = broadcast %72 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%158 = mul %156, %157 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%159 = broadcast %73 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%160 = add %158, %159 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%161 = matmul %160, %74 ta=0 tb=1 : f32[4,16,192] @ models/lib/nn.yaml:83:15
%162 = broadcast %75 : f32[4,16,192] @ models/lib/nn.yaml:84:18
%163 = add %161, %162 : f32[4,16,192] @ models/lib/nn.yaml:84:18
%164 = reshape %163 : f32[4,16,3,2,32] @ models/lib/nn.yaml:66:21
%165 = permute %164 perm=[2,0,3,1,4] : f32[3,4,2,16,32] @ models/lib/nn.yaml:66:13
%166 = slice %165 lo=[0,0,0,0,0] hi=[1,4,2,16,32] : f32[1,4,2,16,32] @ models/lib/nn.yaml:67:28
%167 = reshape %166 : f32[4,2,16,32] @ models/lib/nn.yaml:67:28
%168 = slice %165 lo=[1,0,0,0,0] hi=[2,4,2,16,32] : f32[1,4,2,16,32] @ models/lib/nn.yaml:67:34
%169 = reshape %168 : f32[4,2,16,32] @ models/lib/nn.yaml:67:34
%170 = slice %165 lo=[2,0,0,0,0] hi=[3,4,2,16,32] : f32[1,4,2,16,32] @ models/lib/nn.yaml:67:40
%171 = reshape %170 : f32[4,2,16,32] @ models/lib/nn.yaml:67:40
%172 = matmul %167, %169 ta=0 tb=1 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%173 = const data=[0.17677669] : f32[] @ models/lib/nn.yaml:55:41
%174 = broadcast %173 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%175 = mul %172, %174 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%176 = reduce_max %175 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%177 = stop_gradient %176 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%178 = broadcast %177 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%179 = mul %172, %174 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%180 = sub %179, %178 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%181 = exp %180 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%182 = reduce_sum %181 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%183 = broadcast %182 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%184 = exp %180 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%185 = div %184, %183 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%186 = matmul %185, %171 ta=0 tb=0 : f32[4,2,16,32] @ models/lib/nn.yaml:56:23
%187 = permute %186 perm=[0,2,1,3] : f32[4,16,2,32] @ models/lib/nn.yaml:56:13
%188 = reshape %187 : f32[4,16,64] @ models/lib/nn.yaml:57:16
%189 = matmul %188, %76 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%190 = broadcast %77 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%191 = add %189, %190 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%192 = add %141, %191 : f32[4,16,64] @ models/lib/nn.yaml:125:15
%193 = reduce_sum %192 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%194 = div %193, %144 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%195 = broadcast %194 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%196 = sub %192, %195 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%197 = mul %196, %196 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%198 = reduce_sum %197 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%199 = div %198, %144 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%200 = add %199, %152 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%201 = rsqrt %200 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%202 = broadcast %201 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%203 = mul %196, %202 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%204 = broadcast %78 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%205 = mul %203, %204 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%206 = broadcast %79 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%207 = add %205, %206 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%208 = matmul %207, %80 ta=0 tb=1 : f32[4,16,256] @ models/lib/nn.yaml:83:15
%209 = broadcast %81 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%210 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%211 = broadcast %210 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%212 = add %208, %209 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%213 = mul %211, %212 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%214 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%215 = broadcast %214 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%216 = add %208, %209 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%217 = mul %216, %215 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%218 = erf %217 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%219 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%220 = broadcast %219 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%221 = add %220, %218 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%222 = mul %213, %221 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%223 = matmul %222, %82 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%224 = broadcast %83 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%225 = add %223, %224 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%226 = add %192, %225 : f32[4,16,64] @ models/lib/nn.yaml:126:18
%227 = reduce_sum %226 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%228 = div %227, %144 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%229 = broadcast %228 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%230 = sub %226, %229 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%231 = mul %230, %230 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%232 = reduce_sum %231 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%233 = div %232, %144 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%234 = add %233, %152 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%235 = rsqrt %234 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%236 = broadcast %235 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%237 = mul %230, %236 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%238 = broadcast %84 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%239 = mul %237, %238 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%240 = broadcast %85 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%241 = add %239, %240 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%242 = matmul %241, %86 ta=0 tb=1 : f32[4,16,192] @ models/lib/nn.yaml:83:15
%243 = broadcast %87 : f32[4,16,192] @ models/lib/nn.yaml:84:18
%244 = add %242, %243 : f32[4,16,192] @ models/lib/nn.yaml:84:18
%245 = reshape %244 : f32[4,16,3,2,32] @ models/lib/nn.yaml:66:21
%246 = permute %245 perm=[2,0,3,1,4] : f32[3,4,2,16,32] @ models/lib/nn.yaml:66:13
%247 = slice %246 lo=[0,0,0,0,0] hi=[1,4,2,16,32] : f32[1,4,2,16,32] @ models/lib/nn.yaml:67:28
%248 = reshape %247 : f32[4,2,16,32] @ models/lib/nn.yaml:67:28
%249 = slice %246 lo=[1,0,0,0,0] hi=[2,4,2,16,32] : f32[1,4,2,16,32] @ models/lib/nn.yaml:67:34
%250 = reshape %249 : f32[4,2,16,32] @ models/lib/nn.yaml:67:34
%251 = slice %246 lo=[2,0,0,0,0] hi=[3,4,2,16,32] : f32[1,4,2,16,32] @ models/lib/nn.yaml:67:40
%252 = reshape %251 : f32[4,2,16,32] @ models/lib/nn.yaml:67:40
%253 = matmul %248, %250 ta=0 tb=1 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%254 = mul %253, %174 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%255 = reduce_max %254 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%256 = stop_gradient %255 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%257 = broadcast %256 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%258 = mul %253, %174 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%259 = sub %258, %257 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%260 = exp %259 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%261 = reduce_sum %260 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%262 = broadcast %261 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%263 = exp %259 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%264 = div %263, %262 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%265 = matmul %264, %252 ta=0 tb=0 : f32[4,2,16,32] @ models/lib/nn.yaml:56:23
%266 = permute %265 perm=[0,2,1,3] : f32[4,16,2,32] @ models/lib/nn.yaml:56:13
%267 = reshape %266 : f32[4,16,64] @ models/lib/nn.yaml:57:16
%268 = matmul %267, %88 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%269 = broadcast %89 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%270 = add %268, %269 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%271 = add %226, %270 : f32[4,16,64] @ models/lib/nn.yaml:125:15
%272 = reduce_sum %271 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%273 = div %272, %144 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%274 = broadcast %273 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%275 = sub %271, %274 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%276 = mul %275, %275 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%277 = reduce_sum %276 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%278 = div %277, %144 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%279 = add %278, %152 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%280 = rsqrt %279 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%281 = broadcast %280 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%282 = mul %275, %281 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%283 = broadcast %90 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%284 = mul %282, %283 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%285 = broadcast %91 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%286 = add %284, %285 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%287 = matmul %286, %92 ta=0 tb=1 : f32[4,16,256] @ models/lib/nn.yaml:83:15
%288 = broadcast %93 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%289 = add %287, %288 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%290 = mul %211, %289 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%291 = add %287, %288 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%292 = mul %291, %215 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%293 = erf %292 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%294 = add %220, %293 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%295 = mul %290, %294 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%296 = matmul %295, %94 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%297 = broadcast %95 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%298 = add %296, %297 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%299 = add %271, %298 : f32[4,16,64] @ models/lib/nn.yaml:126:18
%300 = grid_neighbors n=4 size=3 : i32[16,8] @ models/dino_pass.yaml:61:16
%301 = neighbor_topk_gather %299, %300 k=4 : f32[4,16,4,64] @ models/dino_pass.yaml:77:16
%302 = reshape %301 : f32[64,4,64] @ models/dino_pass.yaml:87:23
%303 = broadcast %96 : f32[64,1,64] @ models/lib/vit.yaml:116:31
%304 = concat %303, %302 axis=1 : f32[64,5,64] @ models/lib/vit.yaml:95:24
%305 = reduce_sum %304 axes=[2] keep=1 : f32[64,5,1] @ models/lib/nn.yaml:93:14
%306 = broadcast %143 : f32[64,5,1] @ models/lib/nn.yaml:93:14
%307 = div %305, %306 : f32[64,5,1] @ models/lib/nn.yaml:93:14
%308 = broadcast %307 : f32[64,5,64] @ models/lib/nn.yaml:94:15
%309 = sub %304, %308 : f32[64,5,64] @ models/lib/nn.yaml:94:15
%310 = mul %309, %309 : f32[64,5,64] @ models/lib/nn.yaml:95:22
%311 = reduce_sum %310 axes=[2] keep=1 : f32[64,5,1] @ models/lib/nn.yaml:95:15
%312 = div %311, %306 : f32[64,5,1] @ models/lib/nn.yaml:95:15
%313 = broadcast %151 : f32[64,5,1] @ models/lib/nn.yaml:96:30
%314 = add %312, %313 : f32[64,5,1] @ models/lib/nn.yaml:96:30
%315 = rsqrt %314 : f32[64,5,1] @ models/lib/nn.yaml:96:20
%316 = broadcast %315 : f32[64,5,64] @ models/lib/nn.yaml:96:18
%317 = mul %309, %316 : f32[64,5,64] @ models/lib/nn.yaml:96:18
%318 = broadcast %97 : f32[64,5,64] @ models/lib/nn.yaml:96:37
%319 = mul %317, %318 : f32[64,5,64] @ models/lib/nn.yaml:96:37
%320 = broadcast %98 : f32[64,5,64] @ models/lib/nn.yaml:96:46
%321 = add %319, %320 : f32[64,5,64] @ models/lib/nn.yaml:96:46
%322 = slice %321 lo=[0,0,0] hi=[64,1,64] : f32[64,1,64] @ models/lib/vit.yaml:78:33
%323 = matmul %322, %99 ta=0 tb=1 : f32[64,1,64] @ models/lib/nn.yaml:83:15
%324 = broadcast %100 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%325 = add %323, %324 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%326 = reshape %325 : f32[64,1,2,32] @ models/lib/vit.yaml:78:22
%327 = permute %326 perm=[0,2,1,3] : f32[64,2,1,32] @ models/lib/vit.yaml:78:14
%328 = matmul %321, %101 ta=0 tb=1 : f32[64,5,64] @ models/lib/nn.yaml:83:15
%329 = broadcast %102 : f32[64,5,64] @ models/lib/nn.yaml:84:18
%330 = matmul %321, %103 ta=0 tb=1 : f32[64,5,64] @ models/lib/nn.yaml:83:15
%331 = broadcast %104 : f32[64,5,64] @ models/lib/nn.yaml:84:18
%332 = reshape %327 : f32[64,2,1,32,1] @ models/lib/nn.yaml:55:23
%333 = broadcast %332 : f32[64,2,1,32,5] @ models/lib/nn.yaml:55:23
%334 = reshape %328 : f32[64,5,2,32] @ models/lib/vit.yaml:79:22
%335 = permute %334 perm=[0,2,3,1] : f32[64,2,32,5] @ models/lib/nn.yaml:55:23
%336 = reshape %335 : f32[64,2,1,32,5] @ models/lib/nn.yaml:55:23
%337 = reshape %329 : f32[64,5,2,32] @ models/lib/vit.yaml:79:22
%338 = permute %337 perm=[0,2,3,1] : f32[64,2,32,5] @ models/lib/nn.yaml:55:23
%339 = reshape %338 : f32[64,2,1,32,5] @ models/lib/nn.yaml:55:23
%340 = add %336, %339 : f32[64,2,1,32,5] @ models/lib/nn.yaml:84:18
%341 = mul %333, %340 : f32[64,2,1,32,5] @ models/lib/nn.yaml:55:23
%342 = reduce_sum %341 axes=[3] keep=0 : f32[64,2,1,5] @ models/lib/nn.yaml:55:23
%343 = broadcast %173 : f32[64,2,1,5] @ models/lib/nn.yaml:55:29
%344 = mul %342, %343 : f32[64,2,1,5] @ models/lib/nn.yaml:55:29
%345 = reduce_max %344 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:14:35
%346 = stop_gradient %345 : f32[64,2,1,1] @ models/lib/nn.yaml:14:21
%347 = broadcast %346 : f32[64,2,1,5] @ models/lib/nn.yaml:14:19
%348 = mul %342, %343 : f32[64,2,1,5] @ models/lib/nn.yaml:55:29
%349 = sub %348, %347 : f32[64,2,1,5] @ models/lib/nn.yaml:14:19
%350 = exp %349 : f32[64,2,1,5] @ models/lib/nn.yaml:14:13
%351 = reduce_sum %350 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:15:20
%352 = broadcast %351 : f32[64,2,1,5] @ models/lib/nn.yaml:15:18
%353 = exp %349 : f32[64,2,1,5] @ models/lib/nn.yaml:14:13
%354 = div %353, %352 : f32[64,2,1,5] @ models/lib/nn.yaml:15:18
%355 = slice %354 lo=[0,0,0,0] hi=[64,2,1,1] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%356 = broadcast %355 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%357 = reshape %330 : f32[64,5,2,32] @ models/lib/vit.yaml:80:22
%358 = permute %357 perm=[0,2,1,3] : f32[64,2,5,32] @ models/lib/vit.yaml:80:14
%359 = slice %358 lo=[0,0,0,0] hi=[64,2,1,32] : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%360 = reshape %331 : f32[64,5,2,32] @ models/lib/vit.yaml:80:22
%361 = permute %360 perm=[0,2,1,3] : f32[64,2,5,32] @ models/lib/vit.yaml:80:14
%362 = slice %361 lo=[0,0,0,0] hi=[64,2,1,32] : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%363 = add %359, %362 : f32[64,2,1,32] @ models/lib/nn.yaml:84:18
%364 = mul %356, %363 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%365 = slice %354 lo=[0,0,0,1] hi=[64,2,1,2] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%366 = broadcast %365 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%367 = reshape %330 : f32[64,5,2,32] @ models/lib/vit.yaml:80:22
%368 = permute %367 perm=[0,2,1,3] : f32[64,2,5,32] @ models/lib/vit.yaml:80:14
%369 = slice %368 lo=[0,0,1,0] hi=[64,2,2,32] : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%370 = reshape %331 : f32[64,5,2,32] @ models/lib/vit.yaml:80:22
%371 = permute %370 perm=[0,2,1,3] : f32[64,2,5,32] @ models/lib/vit.yaml:80:14
%372 = slice %371 lo=[0,0,1,0] hi=[64,2,2,32] : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%373 = add %369, %372 : f32[64,2,1,32] @ models/lib/nn.yaml:84:18
%374 = mul %366, %373 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%375 = add %364, %374 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%376 = slice %354 lo=[0,0,0,2] hi=[64,2,1,3] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%377 = broadcast %376 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%378 = reshape %330 : f32[64,5,2,32] @ models/lib/vit.yaml:80:22
%379 = permute %378 perm=[0,2,1,3] : f32[64,2,5,32] @ models/lib/vit.yaml:80:14
%380 = slice %379 lo=[0,0,2,0] hi=[64,2,3,32] : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%381 = reshape %331 : f32[64,5,2,32] @ models/lib/vit.yaml:80:22
%382 = permute %381 perm=[0,2,1,3] : f32[64,2,5,32] @ models/lib/vit.yaml:80:14
%383 = slice %382 lo=[0,0,2,0] hi=[64,2,3,32] : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%384 = add %380, %383 : f32[64,2,1,32] @ models/lib/nn.yaml:84:18
%385 = mul %377, %384 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%386 = add %375, %385 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%387 = slice %354 lo=[0,0,0,3] hi=[64,2,1,4] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%388 = broadcast %387 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%389 = reshape %330 : f32[64,5,2,32] @ models/lib/vit.yaml:80:22
%390 = permute %389 perm=[0,2,1,3] : f32[64,2,5,32] @ models/lib/vit.yaml:80:14
%391 = slice %390 lo=[0,0,3,0] hi=[64,2,4,32] : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%392 = reshape %331 : f32[64,5,2,32] @ models/lib/vit.yaml:80:22
%393 = permute %392 perm=[0,2,1,3] : f32[64,2,5,32] @ models/lib/vit.yaml:80:14
%394 = slice %393 lo=[0,0,3,0] hi=[64,2,4,32] : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%395 = add %391, %394 : f32[64,2,1,32] @ models/lib/nn.yaml:84:18
%396 = mul %388, %395 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%397 = add %386, %396 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%398 = slice %354 lo=[0,0,0,4] hi=[64,2,1,5] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%399 = broadcast %398 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%400 = reshape %330 : f32[64,5,2,32] @ models/lib/vit.yaml:80:22
%401 = permute %400 perm=[0,2,1,3] : f32[64,2,5,32] @ models/lib/vit.yaml:80:14
%402 = slice %401 lo=[0,0,4,0] hi=[64,2,5,32] : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%403 = reshape %331 : f32[64,5,2,32] @ models/lib/vit.yaml:80:22
%404 = permute %403 perm=[0,2,1,3] : f32[64,2,5,32] @ models/lib/vit.yaml:80:14
%405 = slice %404 lo=[0,0,4,0] hi=[64,2,5,32] : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%406 = add %402, %405 : f32[64,2,1,32] @ models/lib/nn.yaml:84:18
%407 = mul %399, %406 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%408 = add %397, %407 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%409 = permute %408 perm=[0,2,1,3] : f32[64,1,2,32] @ models/lib/nn.yaml:56:13
%410 = reshape %409 : f32[64,1,64] @ models/lib/nn.yaml:57:16
%411 = matmul %410, %105 ta=0 tb=1 : f32[64,1,64] @ models/lib/nn.yaml:83:15
%412 = broadcast %106 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%413 = add %411, %412 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%414 = add %303, %413 : f32[64,1,64] @ models/lib/vit.yaml:96:15
%415 = reduce_sum %414 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%416 = broadcast %143 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%417 = div %415, %416 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%418 = broadcast %417 : f32[64,1,64] @ models/lib/nn.yaml:94:15
%419 = add %411, %412 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%420 = add %303, %419 : f32[64,1,64] @ models/lib/vit.yaml:96:15
%421 = sub %420, %418 : f32[64,1,64] @ models/lib/nn.yaml:94:15
%422 = mul %421, %421 : f32[64,1,64] @ models/lib/nn.yaml:95:22
%423 = reduce_sum %422 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%424 = div %423, %416 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%425 = broadcast %151 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%426 = add %424, %425 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%427 = rsqrt %426 : f32[64,1,1] @ models/lib/nn.yaml:96:20
%428 = broadcast %427 : f32[64,1,64] @ models/lib/nn.yaml:96:18
%429 = mul %421, %428 : f32[64,1,64] @ models/lib/nn.yaml:96:18
%430 = broadcast %107 : f32[64,1,64] @ models/lib/nn.yaml:96:37
%431 = mul %429, %430 : f32[64,1,64] @ models/lib/nn.yaml:96:37
%432 = broadcast %108 : f32[64,1,64] @ models/lib/nn.yaml:96:46
%433 = add %431, %432 : f32[64,1,64] @ models/lib/nn.yaml:96:46
%434 = matmul %433, %109 ta=0 tb=1 : f32[64,1,256] @ models/lib/nn.yaml:83:15
%435 = broadcast %110 : f32[64,1,256] @ models/lib/nn.yaml:84:18
%436 = broadcast %210 : f32[64,1,256] @ models/lib/nn.yaml:27:20
%437 = add %434, %435 : f32[64,1,256] @ models/lib/nn.yaml:84:18
%438 = mul %436, %437 : f32[64,1,256] @ models/lib/nn.yaml:27:20
%439 = broadcast %214 : f32[64,1,256] @ models/lib/nn.yaml:27:37
%440 = add %434, %435 : f32[64,1,256] @ models/lib/nn.yaml:84:18
%441 = mul %440, %439 : f32[64,1,256] @ models/lib/nn.yaml:27:37
%442 = erf %441 : f32[64,1,256] @ models/lib/nn.yaml:27:31
%443 = broadcast %219 : f32[64,1,256] @ models/lib/nn.yaml:27:29
%444 = add %443, %442 : f32[64,1,256] @ models/lib/nn.yaml:27:29
%445 = mul %438, %444 : f32[64,1,256] @ models/lib/nn.yaml:27:24
%446 = matmul %445, %111 ta=0 tb=1 : f32[64,1,64] @ models/lib/nn.yaml:83:15
%447 = broadcast %112 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%448 = add %446, %447 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%449 = add %411, %412 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%450 = add %303, %449 : f32[64,1,64] @ models/lib/vit.yaml:96:15
%451 = add %450, %448 : f32[64,1,64] @ models/lib/vit.yaml:98:18
%452 = reshape %451 : f32[4,16,64] @ models/dino_pass.yaml:88:16
%453 = broadcast %96 : f32[4,1,64] @ models/lib/vit.yaml:116:31
%454 = concat %453, %299 axis=1 : f32[4,17,64] @ models/lib/vit.yaml:95:24
%455 = reduce_sum %454 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%456 = broadcast %143 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%457 = div %455, %456 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%458 = broadcast %457 : f32[4,17,64] @ models/lib/nn.yaml:94:15
%459 = sub %454, %458 : f32[4,17,64] @ models/lib/nn.yaml:94:15
%460 = mul %459, %459 : f32[4,17,64] @ models/lib/nn.yaml:95:22
%461 = reduce_sum %460 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%462 = div %461, %456 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%463 = broadcast %151 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%464 = add %462, %463 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%465 = rsqrt %464 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%466 = broadcast %465 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%467 = mul %459, %466 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%468 = broadcast %97 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%469 = mul %467, %468 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%470 = broadcast %98 : f32[4,17,64] @ models/lib/nn.yaml:96:46
%471 = add %469, %470 : f32[4,17,64] @ models/lib/nn.yaml:96:46
%472 = slice %471 lo=[0,0,0] hi=[4,1,64] : f32[4,1,64] @ models/lib/vit.yaml:78:33
%473 = matmul %472, %99 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%474 = broadcast %100 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%475 = add %473, %474 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%476 = reshape %475 : f32[4,1,2,32] @ models/lib/vit.yaml:78:22
%477 = permute %476 perm=[0,2,1,3] : f32[4,2,1,32] @ models/lib/vit.yaml:78:14
%478 = matmul %471, %101 ta=0 tb=1 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%479 = broadcast %102 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%480 = matmul %471, %103 ta=0 tb=1 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%481 = broadcast %104 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%482 = reshape %477 : f32[4,2,1,32,1] @ models/lib/nn.yaml:55:23
%483 = broadcast %482 : f32[4,2,1,32,17] @ models/lib/nn.yaml:55:23
%484 = reshape %478 : f32[4,17,2,32] @ models/lib/vit.yaml:79:22
%485 = permute %484 perm=[0,2,3,1] : f32[4,2,32,17] @ models/lib/nn.yaml:55:23
%486 = reshape %485 : f32[4,2,1,32,17] @ models/lib/nn.yaml:55:23
%487 = reshape %479 : f32[4,17,2,32] @ models/lib/vit.yaml:79:22
%488 = permute %487 perm=[0,2,3,1] : f32[4,2,32,17] @ models/lib/nn.yaml:55:23
%489 = reshape %488 : f32[4,2,1,32,17] @ models/lib/nn.yaml:55:23
%490 = add %486, %489 : f32[4,2,1,32,17] @ models/lib/nn.yaml:84:18
%491 = mul %483, %490 : f32[4,2,1,32,17] @ models/lib/nn.yaml:55:23
%492 = reduce_sum %491 axes=[3] keep=0 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%493 = broadcast %173 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%494 = mul %492, %493 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%495 = reduce_max %494 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%496 = stop_gradient %495 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%497 = broadcast %496 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%498 = mul %492, %493 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%499 = sub %498, %497 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%500 = exp %499 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%501 = reduce_sum %500 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%502 = broadcast %501 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%503 = exp %499 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%504 = div %503, %502 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%505 = reshape %504 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%506 = broadcast %505 : f32[4,2,1,17,32] @ models/lib/nn.yaml:56:23
%507 = reshape %480 : f32[4,17,2,32] @ models/lib/vit.yaml:80:22
%508 = permute %507 perm=[0,2,1,3] : f32[4,2,17,32] @ models/lib/vit.yaml:80:14
%509 = reshape %508 : f32[4,2,1,17,32] @ models/lib/nn.yaml:56:23
%510 = reshape %481 : f32[4,17,2,32] @ models/lib/vit.yaml:80:22
%511 = permute %510 perm=[0,2,1,3] : f32[4,2,17,32] @ models/lib/vit.yaml:80:14
%512 = reshape %511 : f32[4,2,1,17,32] @ models/lib/nn.yaml:56:23
%513 = add %509, %512 : f32[4,2,1,17,32] @ models/lib/nn.yaml:84:18
%514 = mul %506, %513 : f32[4,2,1,17,32] @ models/lib/nn.yaml:56:23
%515 = reduce_sum %514 axes=[3] keep=0 : f32[4,2,1,32] @ models/lib/nn.yaml:56:23
%516 = permute %515 perm=[0,2,1,3] : f32[4,1,2,32] @ models/lib/nn.yaml:56:13
%517 = reshape %516 : f32[4,1,64] @ models/lib/nn.yaml:57:16
%518 = matmul %517, %105 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%519 = broadcast %106 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%520 = add %518, %519 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%521 = add %453, %520 : f32[4,1,64] @ models/lib/vit.yaml:96:15
%522 = reduce_sum %521 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%523 = broadcast %143 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%524 = div %522, %523 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%525 = broadcast %524 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%526 = sub %521, %525 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%527 = mul %526, %526 : f32[4,1,64] @ models/lib/nn.yaml:95:22
%528 = reduce_sum %527 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%529 = div %528, %523 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%530 = broadcast %151 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%531 = add %529, %530 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%532 = rsqrt %531 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%533 = broadcast %532 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%534 = mul %526, %533 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%535 = broadcast %107 : f32[4,1,64] @ models/lib/nn.yaml:96:37
%536 = mul %534, %535 : f32[4,1,64] @ models/lib/nn.yaml:96:37
%537 = broadcast %108 : f32[4,1,64] @ models/lib/nn.yaml:96:46
%538 = add %536, %537 : f32[4,1,64] @ models/lib/nn.yaml:96:46
%539 = matmul %538, %109 ta=0 tb=1 : f32[4,1,256] @ models/lib/nn.yaml:83:15
%540 = broadcast %110 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%541 = add %539, %540 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%542 = broadcast %210 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%543 = mul %542, %541 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%544 = broadcast %214 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%545 = mul %541, %544 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%546 = erf %545 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%547 = broadcast %219 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%548 = add %547, %546 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%549 = mul %543, %548 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%550 = matmul %549, %111 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%551 = broadcast %112 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%552 = add %550, %551 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%553 = add %521, %552 : f32[4,1,64] @ models/lib/vit.yaml:98:18
%554 = concat %553, %452 axis=1 : f32[4,17,64] @ models/dino_pass.yaml:109:30
%555 = reduce_sum %554 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%556 = div %555, %456 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%557 = broadcast %556 : f32[4,17,64] @ models/lib/nn.yaml:94:15
%558 = sub %554, %557 : f32[4,17,64] @ models/lib/nn.yaml:94:15
%559 = mul %558, %558 : f32[4,17,64] @ models/lib/nn.yaml:95:22
%560 = reduce_sum %559 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%561 = div %560, %456 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%562 = add %561, %463 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%563 = rsqrt %562 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%564 = broadcast %563 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%565 = mul %558, %564 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%566 = broadcast %113 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%567 = mul %565, %566 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%568 = broadcast %114 : f32[4,17,64] @ models/lib/nn.yaml:96:46
%569 = add %567, %568 : f32[4,17,64] @ models/lib/nn.yaml:96:46
%570 = slice %569 lo=[0,0,0] hi=[4,1,64] : f32[4,1,64] @ models/dino_pass.yaml:110:28
%571 = matmul %570, %115 ta=0 tb=1 : f32[4,1,256] @ models/lib/nn.yaml:83:15
%572 = broadcast %116 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%573 = add %571, %572 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%574 = mul %542, %573 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%575 = mul %573, %544 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%576 = erf %575 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%577 = add %547, %576 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%578 = mul %574, %577 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%579 = matmul %578, %117 ta=0 tb=1 : f32[4,1,256] @ models/lib/nn.yaml:83:15
%580 = broadcast %118 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%581 = add %579, %580 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%582 = mul %542, %581 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%583 = mul %581, %544 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%584 = erf %583 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%585 = add %547, %584 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%586 = mul %582, %585 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%587 = matmul %586, %119 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%588 = broadcast %120 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%589 = add %587, %588 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%590 = mul %589, %589 : f32[4,1,64] @ models/lib/nn.yaml:33:35
%591 = reduce_sum %590 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%592 = sqrt %591 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%593 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%594 = broadcast %593 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%595 = max %592, %594 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%596 = broadcast %595 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%597 = div %589, %596 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%598 = broadcast %121 : f32[65536,64] @ models/lib/dino.yaml:22:22
%599 = mul %598, %122 : f32[65536,64] @ models/lib/dino.yaml:22:22
%600 = mul %122, %122 : f32[65536,64] @ models/lib/dino.yaml:22:53
%601 = reduce_sum %600 axes=[1] keep=1 : f32[65536,1] @ models/lib/dino.yaml:22:40
%602 = sqrt %601 : f32[65536,1] @ models/lib/dino.yaml:22:35
%603 = broadcast %602 : f32[65536,64] @ models/lib/dino.yaml:22:33
%604 = div %599, %603 : f32[65536,64] @ models/lib/dino.yaml:22:33
%605 = matmul %597, %604 ta=0 tb=1 : f32[4,1,65536] @ models/lib/dino.yaml:23:18
%606 = slice %569 lo=[0,1,0] hi=[4,17,64] : f32[4,16,64] @ models/dino_pass.yaml:110:46
%607 = matmul %606, %123 ta=0 tb=1 : f32[4,16,256] @ models/lib/nn.yaml:83:15
%608 = broadcast %124 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%609 = add %607, %608 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%610 = mul %211, %609 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%611 = add %607, %608 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%612 = mul %611, %215 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%613 = erf %612 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%614 = add %220, %613 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%615 = mul %610, %614 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%616 = matmul %615, %125 ta=0 tb=1 : f32[4,16,256] @ models/lib/nn.yaml:83:15
%617 = broadcast %126 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%618 = add %616, %617 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%619 = mul %211, %618 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%620 = add %616, %617 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%621 = mul %620, %215 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%622 = erf %621 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%623 = add %220, %622 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%624 = mul %619, %623 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%625 = matmul %624, %127 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%626 = broadcast %128 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%627 = add %625, %626 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%628 = mul %627, %627 : f32[4,16,64] @ models/lib/nn.yaml:33:35
%629 = reduce_sum %628 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:29
%630 = sqrt %629 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%631 = broadcast %593 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%632 = max %630, %631 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%633 = broadcast %632 : f32[4,16,64] @ models/lib/nn.yaml:33:18
%634 = add %625, %626 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%635 = div %634, %633 : f32[4,16,64] @ models/lib/nn.yaml:33:18
%636 = broadcast %129 : f32[4096,64] @ models/lib/dino.yaml:22:22
%637 = mul %636, %130 : f32[4096,64] @ models/lib/dino.yaml:22:22
%638 = mul %130, %130 : f32[4096,64] @ models/lib/dino.yaml:22:53
%639 = reduce_sum %638 axes=[1] keep=1 : f32[4096,1] @ models/lib/dino.yaml:22:40
%640 = sqrt %639 : f32[4096,1] @ models/lib/dino.yaml:22:35
%641 = broadcast %640 : f32[4096,64] @ models/lib/dino.yaml:22:33
%642 = div %637, %641 : f32[4096,64] @ models/lib/dino.yaml:22:33
%643 = matmul %635, %642 ta=0 tb=1 : f32[4,16,4096] @ models/lib/dino.yaml:23:18
%644 = slice %605 lo=[0,0,0] hi=[2,1,65536] : f32[2,1,65536] @ models/dino_pass.yaml:131:20
%645 = slice %605 lo=[2,0,0] hi=[4,1,65536] : f32[2,1,65536] @ models/dino_pass.yaml:131:20
%646 = slice %643 lo=[0,0,0] hi=[2,16,4096] : f32[2,16,4096] @ models/dino_pass.yaml:131:27
%647 = slice %643 lo=[2,0,0] hi=[4,16,4096] : f32[2,16,4096] @ models/dino_pass.yaml:131:27
%648 = reshape %6 : f32[4,3,3,16,3,16] @ models/lib/vit.yaml:15:21
%649 = permute %648 perm=[0,2,4,1,3,5] : f32[4,3,3,3,16,16] @ models/lib/vit.yaml:15:13
%650 = reshape %649 : f32[4,9,768] @ models/lib/vit.yaml:16:13
%651 = matmul %650, %136 ta=0 tb=1 : f32[4,9,64] @ models/lib/vit.yaml:17:18
%652 = broadcast %71 : f32[4,9,64] @ models/lib/vit.yaml:17:71
%653 = add %651, %652 : f32[4,9,64] @ models/lib/vit.yaml:17:71
%654 = resize_matrix n=4 scale=0.775 : f32[3,4] @ models/lib/vit.yaml:31:13
%655 = reshape %69 : f32[4,256] @ models/lib/vit.yaml:32:17
%656 = matmul %654, %655 ta=0 tb=0 : f32[3,256] @ models/lib/vit.yaml:32:15
%657 = reshape %656 : f32[3,4,64] @ models/lib/vit.yaml:33:21
%658 = permute %657 perm=[1,0,2] : f32[4,3,64] @ models/lib/vit.yaml:33:13
%659 = reshape %658 : f32[4,192] @ models/lib/vit.yaml:34:17
%660 = matmul %654, %659 ta=0 tb=0 : f32[3,192] @ models/lib/vit.yaml:34:15
%661 = reshape %660 : f32[3,3,64] @ models/lib/vit.yaml:35:21
%662 = permute %661 perm=[1,0,2] : f32[3,3,64] @ models/lib/vit.yaml:35:13
%663 = reshape %662 : f32[1,9,64] @ models/lib/vit.yaml:36:16
%664 = broadcast %663 : f32[4,9,64] @ models/lib/vit.yaml:62:15
%665 = add %653, %664 : f32[4,9,64] @ models/lib/vit.yaml:62:15
%666 = reduce_sum %665 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%667 = broadcast %143 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%668 = div %666, %667 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%669 = broadcast %668 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%670 = sub %665, %669 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%671 = mul %670, %670 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%672 = reduce_sum %671 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%673 = div %672, %667 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%674 = broadcast %151 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%675 = add %673, %674 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%676 = rsqrt %675 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%677 = broadcast %676 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%678 = mul %670, %677 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%679 = broadcast %72 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%680 = mul %678, %679 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%681 = broadcast %73 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%682 = add %680, %681 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%683 = matmul %682, %74 ta=0 tb=1 : f32[4,9,192] @ models/lib/nn.yaml:83:15
%684 = broadcast %75 : f32[4,9,192] @ models/lib/nn.yaml:84:18
%685 = add %683, %684 : f32[4,9,192] @ models/lib/nn.yaml:84:18
%686 = reshape %685 : f32[4,9,3,2,32] @ models/lib/nn.yaml:66:21
%687 = permute %686 perm=[2,0,3,1,4] : f32[3,4,2,9,32] @ models/lib/nn.yaml:66:13
%688 = slice %687 lo=[0,0,0,0,0] hi=[1,4,2,9,32] : f32[1,4,2,9,32] @ models/lib/nn.yaml:67:28
%689 = slice %687 lo=[1,0,0,0,0] hi=[2,4,2,9,32] : f32[1,4,2,9,32] @ models/lib/nn.yaml:67:34
%690 = reshape %689 : f32[4,2,9,32] @ models/lib/nn.yaml:67:34
%691 = slice %687 lo=[2,0,0,0,0] hi=[3,4,2,9,32] : f32[1,4,2,9,32] @ models/lib/nn.yaml:67:40
%692 = permute %690 perm=[0,1,3,2] : f32[4,2,32,9] @ models/lib/nn.yaml:55:23
%693 = reshape %688 : f32[4,2,9,32,1] @ models/lib/nn.yaml:55:23
%694 = broadcast %693 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%695 = reshape %692 : f32[4,2,1,32,9] @ models/lib/nn.yaml:55:23
%696 = broadcast %695 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%697 = mul %694, %696 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%698 = reduce_sum %697 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%699 = broadcast %173 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%700 = mul %698, %699 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%701 = reduce_max %700 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%702 = stop_gradient %701 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%703 = broadcast %702 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%704 = mul %698, %699 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%705 = sub %704, %703 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%706 = exp %705 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%707 = reduce_sum %706 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%708 = broadcast %707 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%709 = exp %705 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%710 = div %709, %708 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%711 = reshape %710 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%712 = broadcast %711 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%713 = reshape %691 : f32[4,2,1,9,32] @ models/lib/nn.yaml:56:23
%714 = broadcast %713 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%715 = mul %712, %714 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%716 = reduce_sum %715 axes=[3] keep=0 : f32[4,2,9,32] @ models/lib/nn.yaml:56:23
%717 = permute %716 perm=[0,2,1,3] : f32[4,9,2,32] @ models/lib/nn.yaml:56:13
%718 = reshape %717 : f32[4,9,64] @ models/lib/nn.yaml:57:16
%719 = matmul %718, %76 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%720 = broadcast %77 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%721 = add %719, %720 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%722 = add %665, %721 : f32[4,9,64] @ models/lib/nn.yaml:125:15
%723 = reduce_sum %722 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%724 = div %723, %667 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%725 = broadcast %724 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%726 = sub %722, %725 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%727 = mul %726, %726 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%728 = reduce_sum %727 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%729 = div %728, %667 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%730 = add %729, %674 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%731 = rsqrt %730 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%732 = broadcast %731 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%733 = mul %726, %732 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%734 = broadcast %78 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%735 = mul %733, %734 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%736 = broadcast %79 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%737 = add %735, %736 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%738 = matmul %737, %80 ta=0 tb=1 : f32[4,9,256] @ models/lib/nn.yaml:83:15
%739 = broadcast %81 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%740 = broadcast %210 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%741 = add %738, %739 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%742 = mul %740, %741 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%743 = broadcast %214 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%744 = add %738, %739 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%745 = mul %744, %743 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%746 = erf %745 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%747 = broadcast %219 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%748 = add %747, %746 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%749 = mul %742, %748 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%750 = matmul %749, %82 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%751 = broadcast %83 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%752 = add %750, %751 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%753 = add %722, %752 : f32[4,9,64] @ models/lib/nn.yaml:126:18
%754 = reduce_sum %753 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%755 = div %754, %667 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%756 = broadcast %755 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%757 = sub %753, %756 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%758 = mul %757, %757 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%759 = reduce_sum %758 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%760 = div %759, %667 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%761 = add %760, %674 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%762 = rsqrt %761 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%763 = broadcast %762 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%764 = mul %757, %763 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%765 = broadcast %84 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%766 = mul %764, %765 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%767 = broadcast %85 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%768 = add %766, %767 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%769 = matmul %768, %86 ta=0 tb=1 : f32[4,9,192] @ models/lib/nn.yaml:83:15
%770 = broadcast %87 : f32[4,9,192] @ models/lib/nn.yaml:84:18
%771 = add %769, %770 : f32[4,9,192] @ models/lib/nn.yaml:84:18
%772 = reshape %771 : f32[4,9,3,2,32] @ models/lib/nn.yaml:66:21
%773 = permute %772 perm=[2,0,3,1,4] : f32[3,4,2,9,32] @ models/lib/nn.yaml:66:13
%774 = slice %773 lo=[0,0,0,0,0] hi=[1,4,2,9,32] : f32[1,4,2,9,32] @ models/lib/nn.yaml:67:28
%775 = slice %773 lo=[1,0,0,0,0] hi=[2,4,2,9,32] : f32[1,4,2,9,32] @ models/lib/nn.yaml:67:34
%776 = reshape %775 : f32[4,2,9,32] @ models/lib/nn.yaml:67:34
%777 = slice %773 lo=[2,0,0,0,0] hi=[3,4,2,9,32] : f32[1,4,2,9,32] @ models/lib/nn.yaml:67:40
%778 = permute %776 perm=[0,1,3,2] : f32[4,2,32,9] @ models/lib/nn.yaml:55:23
%779 = reshape %774 : f32[4,2,9,32,1] @ models/lib/nn.yaml:55:23
%780 = broadcast %779 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%781 = reshape %778 : f32[4,2,1,32,9] @ models/lib/nn.yaml:55:23
%782 = broadcast %781 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%783 = mul %780, %782 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%784 = reduce_sum %783 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%785 = mul %784, %699 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%786 = reduce_max %785 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%787 = stop_gradient %786 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%788 = broadcast %787 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%789 = mul %784, %699 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%790 = sub %789, %788 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%791 = exp %790 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%792 = reduce_sum %791 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%793 = broadcast %792 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%794 = exp %790 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%795 = div %794, %793 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%796 = reshape %795 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%797 = broadcast %796 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%798 = reshape %777 : f32[4,2,1,9,32] @ models/lib/nn.yaml:56:23
%799 = broadcast %798 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%800 = mul %797, %799 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%801 = reduce_sum %800 axes=[3] keep=0 : f32[4,2,9,32] @ models/lib/nn.yaml:56:23
%802 = permute %801 perm=[0,2,1,3] : f32[4,9,2,32] @ models/lib/nn.yaml:56:13
%803 = reshape %802 : f32[4,9,64] @ models/lib/nn.yaml:57:16
%804 = matmul %803, %88 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%805 = broadcast %89 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%806 = add %804, %805 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%807 = add %753, %806 : f32[4,9,64] @ models/lib/nn.yaml:125:15
%808 = reduce_sum %807 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%809 = div %808, %667 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%810 = broadcast %809 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%811 = sub %807, %810 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%812 = mul %811, %811 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%813 = reduce_sum %812 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%814 = div %813, %667 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%815 = add %814, %674 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%816 = rsqrt %815 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%817 = broadcast %816 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%818 = mul %811, %817 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%819 = broadcast %90 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%820 = mul %818, %819 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%821 = broadcast %91 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%822 = add %820, %821 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%823 = matmul %822, %92 ta=0 tb=1 : f32[4,9,256] @ models/lib/nn.yaml:83:15
%824 = broadcast %93 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%825 = add %823, %824 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%826 = mul %740, %825 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%827 = add %823, %824 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%828 = mul %827, %743 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%829 = erf %828 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%830 = add %747, %829 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%831 = mul %826, %830 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%832 = matmul %831, %94 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%833 = broadcast %95 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%834 = add %832, %833 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%835 = add %807, %834 : f32[4,9,64] @ models/lib/nn.yaml:126:18
%836 = grid_neighbors n=3 size=3 : i32[9,8] @ models/dino_pass.yaml:61:16
%837 = neighbor_topk_gather %835, %836 k=4 : f32[4,9,4,64] @ models/dino_pass.yaml:77:16
%838 = reshape %837 : f32[36,4,64] @ models/dino_pass.yaml:87:23
%839 = broadcast %96 : f32[36,1,64] @ models/lib/vit.yaml:116:31
%840 = concat %839, %838 axis=1 : f32[36,5,64] @ models/lib/vit.yaml:95:24
%841 = reduce_sum %840 axes=[2] keep=1 : f32[36,5,1] @ models/lib/nn.yaml:93:14
%842 = broadcast %143 : f32[36,5,1] @ models/lib/nn.yaml:93:14
%843 = div %841, %842 : f32[36,5,1] @ models/lib/nn.yaml:93:14
%844 = broadcast %843 : f32[36,5,64] @ models/lib/nn.yaml:94:15
%845 = sub %840, %844 : f32[36,5,64] @ models/lib/nn.yaml:94:15
%846 = mul %845, %845 : f32[36,5,64] @ models/lib/nn.yaml:95:22
%847 = reduce_sum %846 axes=[2] keep=1 : f32[36,5,1] @ models/lib/nn.yaml:95:15
%848 = div %847, %842 : f32[36,5,1] @ models/lib/nn.yaml:95:15
%849 = broadcast %151 : f32[36,5,1] @ models/lib/nn.yaml:96:30
%850 = add %848, %849 : f32[36,5,1] @ models/lib/nn.yaml:96:30
%851 = rsqrt %850 : f32[36,5,1] @ models/lib/nn.yaml:96:20
%852 = broadcast %851 : f32[36,5,64] @ models/lib/nn.yaml:96:18
%853 = mul %845, %852 : f32[36,5,64] @ models/lib/nn.yaml:96:18
%854 = broadcast %97 : f32[36,5,64] @ models/lib/nn.yaml:96:37
%855 = mul %853, %854 : f32[36,5,64] @ models/lib/nn.yaml:96:37
%856 = broadcast %98 : f32[36,5,64] @ models/lib/nn.yaml:96:46
%857 = add %855, %856 : f32[36,5,64] @ models/lib/nn.yaml:96:46
%858 = slice %857 lo=[0,0,0] hi=[36,1,64] : f32[36,1,64] @ models/lib/vit.yaml:78:33
%859 = matmul %858, %99 ta=0 tb=1 : f32[36,1,64] @ models/lib/nn.yaml:83:15
%860 = broadcast %100 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%861 = add %859, %860 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%862 = reshape %861 : f32[36,1,2,32] @ models/lib/vit.yaml:78:22
%863 = permute %862 perm=[0,2,1,3] : f32[36,2,1,32] @ models/lib/vit.yaml:78:14
%864 = matmul %857, %101 ta=0 tb=1 : f32[36,5,64] @ models/lib/nn.yaml:83:15
%865 = broadcast %102 : f32[36,5,64] @ models/lib/nn.yaml:84:18
%866 = matmul %857, %103 ta=0 tb=1 : f32[36,5,64] @ models/lib/nn.yaml:83:15
%867 = broadcast %104 : f32[36,5,64] @ models/lib/nn.yaml:84:18
%868 = reshape %863 : f32[36,2,1,32,1] @ models/lib/nn.yaml:55:23
%869 = broadcast %868 : f32[36,2,1,32,5] @ models/lib/nn.yaml:55:23
%870 = reshape %864 : f32[36,5,2,32] @ models/lib/vit.yaml:79:22
%871 = permute %870 perm=[0,2,3,1] : f32[36,2,32,5] @ models/lib/nn.yaml:55:23
%872 = reshape %871 : f32[36,2,1,32,5] @ models/lib/nn.yaml:55:23
%873 = reshape %865 : f32[36,5,2,32] @ models/lib/vit.yaml:79:22
%874 = permute %873 perm=[0,2,3,1] : f32[36,2,32,5] @ models/lib/nn.yaml:55:23
%875 = reshape %874 : f32[36,2,1,32,5] @ models/lib/nn.yaml:55:23
%876 = add %872, %875 : f32[36,2,1,32,5] @ models/lib/nn.yaml:84:18
%877 = mul %869, %876 : f32[36,2,1,32,5] @ models/lib/nn.yaml:55:23
%878 = reduce_sum %877 axes=[3] keep=0 : f32[36,2,1,5] @ models/lib/nn.yaml:55:23
%879 = broadcast %173 : f32[36,2,1,5] @ models/lib/nn.yaml:55:29
%880 = mul %878, %879 : f32[36,2,1,5] @ models/lib/nn.yaml:55:29
%881 = reduce_max %880 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:14:35
%882 = stop_gradient %881 : f32[36,2,1,1] @ models/lib/nn.yaml:14:21
%883 = broadcast %882 : f32[36,2,1,5] @ models/lib/nn.yaml:14:19
%884 = mul %878, %879 : f32[36,2,1,5] @ models/lib/nn.yaml:55:29
%885 = sub %884, %883 : f32[36,2,1,5] @ models/lib/nn.yaml:14:19
%886 = exp %885 : f32[36,2,1,5] @ models/lib/nn.yaml:14:13
%887 = reduce_sum %886 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:15:20
%888 = broadcast %887 : f32[36,2,1,5] @ models/lib/nn.yaml:15:18
%889 = exp %885 : f32[36,2,1,5] @ models/lib/nn.yaml:14:13
%890 = div %889, %888 : f32[36,2,1,5] @ models/lib/nn.yaml:15:18
%891 = slice %890 lo=[0,0,0,0] hi=[36,2,1,1] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%892 = broadcast %891 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%893 = reshape %866 : f32[36,5,2,32] @ models/lib/vit.yaml:80:22
%894 = permute %893 perm=[0,2,1,3] : f32[36,2,5,32] @ models/lib/vit.yaml:80:14
%895 = slice %894 lo=[0,0,0,0] hi=[36,2,1,32] : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%896 = reshape %867 : f32[36,5,2,32] @ models/lib/vit.yaml:80:22
%897 = permute %896 perm=[0,2,1,3] : f32[36,2,5,32] @ models/lib/vit.yaml:80:14
%898 = slice %897 lo=[0,0,0,0] hi=[36,2,1,32] : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%899 = add %895, %898 : f32[36,2,1,32] @ models/lib/nn.yaml:84:18
%900 = mul %892, %899 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%901 = slice %890 lo=[0,0,0,1] hi=[36,2,1,2] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%902 = broadcast %901 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%903 = reshape %866 : f32[36,5,2,32] @ models/lib/vit.yaml:80:22
%904 = permute %903 perm=[0,2,1,3] : f32[36,2,5,32] @ models/lib/vit.yaml:80:14
%905 = slice %904 lo=[0,0,1,0] hi=[36,2,2,32] : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%906 = reshape %867 : f32[36,5,2,32] @ models/lib/vit.yaml:80:22
%907 = permute %906 perm=[0,2,1,3] : f32[36,2,5,32] @ models/lib/vit.yaml:80:14
%908 = slice %907 lo=[0,0,1,0] hi=[36,2,2,32] : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%909 = add %905, %908 : f32[36,2,1,32] @ models/lib/nn.yaml:84:18
%910 = mul %902, %909 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%911 = add %900, %910 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%912 = slice %890 lo=[0,0,0,2] hi=[36,2,1,3] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%913 = broadcast %912 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%914 = reshape %866 : f32[36,5,2,32] @ models/lib/vit.yaml:80:22
%915 = permute %914 perm=[0,2,1,3] : f32[36,2,5,32] @ models/lib/vit.yaml:80:14
%916 = slice %915 lo=[0,0,2,0] hi=[36,2,3,32] : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%917 = reshape %867 : f32[36,5,2,32] @ models/lib/vit.yaml:80:22
%918 = permute %917 perm=[0,2,1,3] : f32[36,2,5,32] @ models/lib/vit.yaml:80:14
%919 = slice %918 lo=[0,0,2,0] hi=[36,2,3,32] : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%920 = add %916, %919 : f32[36,2,1,32] @ models/lib/nn.yaml:84:18
%921 = mul %913, %920 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%922 = add %911, %921 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%923 = slice %890 lo=[0,0,0,3] hi=[36,2,1,4] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%924 = broadcast %923 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%925 = reshape %866 : f32[36,5,2,32] @ models/lib/vit.yaml:80:22
%926 = permute %925 perm=[0,2,1,3] : f32[36,2,5,32] @ models/lib/vit.yaml:80:14
%927 = slice %926 lo=[0,0,3,0] hi=[36,2,4,32] : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%928 = reshape %867 : f32[36,5,2,32] @ models/lib/vit.yaml:80:22
%929 = permute %928 perm=[0,2,1,3] : f32[36,2,5,32] @ models/lib/vit.yaml:80:14
%930 = slice %929 lo=[0,0,3,0] hi=[36,2,4,32] : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%931 = add %927, %930 : f32[36,2,1,32] @ models/lib/nn.yaml:84:18
%932 = mul %924, %931 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%933 = add %922, %932 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%934 = slice %890 lo=[0,0,0,4] hi=[36,2,1,5] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%935 = broadcast %934 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%936 = reshape %866 : f32[36,5,2,32] @ models/lib/vit.yaml:80:22
%937 = permute %936 perm=[0,2,1,3] : f32[36,2,5,32] @ models/lib/vit.yaml:80:14
%938 = slice %937 lo=[0,0,4,0] hi=[36,2,5,32] : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%939 = reshape %867 : f32[36,5,2,32] @ models/lib/vit.yaml:80:22
%940 = permute %939 perm=[0,2,1,3] : f32[36,2,5,32] @ models/lib/vit.yaml:80:14
%941 = slice %940 lo=[0,0,4,0] hi=[36,2,5,32] : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%942 = add %938, %941 : f32[36,2,1,32] @ models/lib/nn.yaml:84:18
%943 = mul %935, %942 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%944 = add %933, %943 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%945 = permute %944 perm=[0,2,1,3] : f32[36,1,2,32] @ models/lib/nn.yaml:56:13
%946 = reshape %945 : f32[36,1,64] @ models/lib/nn.yaml:57:16
%947 = matmul %946, %105 ta=0 tb=1 : f32[36,1,64] @ models/lib/nn.yaml:83:15
%948 = broadcast %106 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%949 = add %947, %948 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%950 = add %839, %949 : f32[36,1,64] @ models/lib/vit.yaml:96:15
%951 = reduce_sum %950 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%952 = broadcast %143 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%953 = div %951, %952 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%954 = broadcast %953 : f32[36,1,64] @ models/lib/nn.yaml:94:15
%955 = add %947, %948 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%956 = add %839, %955 : f32[36,1,64] @ models/lib/vit.yaml:96:15
%957 = sub %956, %954 : f32[36,1,64] @ models/lib/nn.yaml:94:15
%958 = mul %957, %957 : f32[36,1,64] @ models/lib/nn.yaml:95:22
%959 = reduce_sum %958 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%960 = div %959, %952 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%961 = broadcast %151 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%962 = add %960, %961 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%963 = rsqrt %962 : f32[36,1,1] @ models/lib/nn.yaml:96:20
%964 = broadcast %963 : f32[36,1,64] @ models/lib/nn.yaml:96:18
%965 = mul %957, %964 : f32[36,1,64] @ models/lib/nn.yaml:96:18
%966 = broadcast %107 : f32[36,1,64] @ models/lib/nn.yaml:96:37
%967 = mul %965, %966 : f32[36,1,64] @ models/lib/nn.yaml:96:37
%968 = broadcast %108 : f32[36,1,64] @ models/lib/nn.yaml:96:46
%969 = add %967, %968 : f32[36,1,64] @ models/lib/nn.yaml:96:46
%970 = matmul %969, %109 ta=0 tb=1 : f32[36,1,256] @ models/lib/nn.yaml:83:15
%971 = broadcast %110 : f32[36,1,256] @ models/lib/nn.yaml:84:18
%972 = broadcast %210 : f32[36,1,256] @ models/lib/nn.yaml:27:20
%973 = add %970, %971 : f32[36,1,256] @ models/lib/nn.yaml:84:18
%974 = mul %972, %973 : f32[36,1,256] @ models/lib/nn.yaml:27:20
%975 = broadcast %214 : f32[36,1,256] @ models/lib/nn.yaml:27:37
%976 = add %970, %971 : f32[36,1,256] @ models/lib/nn.yaml:84:18
%977 = mul %976, %975 : f32[36,1,256] @ models/lib/nn.yaml:27:37
%978 = erf %977 : f32[36,1,256] @ models/lib/nn.yaml:27:31
%979 = broadcast %219 : f32[36,1,256] @ models/lib/nn.yaml:27:29
%980 = add %979, %978 : f32[36,1,256] @ models/lib/nn.yaml:27:29
%981 = mul %974, %980 : f32[36,1,256] @ models/lib/nn.yaml:27:24
%982 = matmul %981, %111 ta=0 tb=1 : f32[36,1,64] @ models/lib/nn.yaml:83:15
%983 = broadcast %112 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%984 = add %982, %983 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%985 = add %947, %948 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%986 = add %839, %985 : f32[36,1,64] @ models/lib/vit.yaml:96:15
%987 = add %986, %984 : f32[36,1,64] @ models/lib/vit.yaml:98:18
%988 = reshape %987 : f32[4,9,64] @ models/dino_pass.yaml:88:16
%989 = concat %453, %835 axis=1 : f32[4,10,64] @ models/lib/vit.yaml:95:24
%990 = reduce_sum %989 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%991 = broadcast %143 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%992 = div %990, %991 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%993 = broadcast %992 : f32[4,10,64] @ models/lib/nn.yaml:94:15
%994 = sub %989, %993 : f32[4,10,64] @ models/lib/nn.yaml:94:15
%995 = mul %994, %994 : f32[4,10,64] @ models/lib/nn.yaml:95:22
%996 = reduce_sum %995 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%997 = div %996, %991 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%998 = broadcast %151 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%999 = add %997, %998 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1000 = rsqrt %999 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1001 = broadcast %1000 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%1002 = mul %994, %1001 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%1003 = broadcast %97 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%1004 = mul %1002, %1003 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%1005 = broadcast %98 : f32[4,10,64] @ models/lib/nn.yaml:96:46
%1006 = add %1004, %1005 : f32[4,10,64] @ models/lib/nn.yaml:96:46
%1007 = slice %1006 lo=[0,0,0] hi=[4,1,64] : f32[4,1,64] @ models/lib/vit.yaml:78:33
%1008 = matmul %1007, %99 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%1009 = add %1008, %474 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1010 = reshape %1009 : f32[4,1,2,32] @ models/lib/vit.yaml:78:22
%1011 = permute %1010 perm=[0,2,1,3] : f32[4,2,1,32] @ models/lib/vit.yaml:78:14
%1012 = matmul %1006, %101 ta=0 tb=1 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%1013 = broadcast %102 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1014 = matmul %1006, %103 ta=0 tb=1 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%1015 = broadcast %104 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1016 = reshape %1011 : f32[4,2,1,32,1] @ models/lib/nn.yaml:55:23
%1017 = broadcast %1016 : f32[4,2,1,32,10] @ models/lib/nn.yaml:55:23
%1018 = reshape %1012 : f32[4,10,2,32] @ models/lib/vit.yaml:79:22
%1019 = permute %1018 perm=[0,2,3,1] : f32[4,2,32,10] @ models/lib/nn.yaml:55:23
%1020 = reshape %1019 : f32[4,2,1,32,10] @ models/lib/nn.yaml:55:23
%1021 = reshape %1013 : f32[4,10,2,32] @ models/lib/vit.yaml:79:22
%1022 = permute %1021 perm=[0,2,3,1] : f32[4,2,32,10] @ models/lib/nn.yaml:55:23
%1023 = reshape %1022 : f32[4,2,1,32,10] @ models/lib/nn.yaml:55:23
%1024 = add %1020, %1023 : f32[4,2,1,32,10] @ models/lib/nn.yaml:84:18
%1025 = mul %1017, %1024 : f32[4,2,1,32,10] @ models/lib/nn.yaml:55:23
%1026 = reduce_sum %1025 axes=[3] keep=0 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1027 = broadcast %173 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1028 = mul %1026, %1027 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1029 = reduce_max %1028 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%1030 = stop_gradient %1029 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%1031 = broadcast %1030 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1032 = mul %1026, %1027 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1033 = sub %1032, %1031 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1034 = exp %1033 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%1035 = reduce_sum %1034 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%1036 = broadcast %1035 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1037 = exp %1033 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%1038 = div %1037, %1036 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1039 = reshape %1038 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%1040 = broadcast %1039 : f32[4,2,1,10,32] @ models/lib/nn.yaml:56:23
%1041 = reshape %1014 : f32[4,10,2,32] @ models/lib/vit.yaml:80:22
%1042 = permute %1041 perm=[0,2,1,3] : f32[4,2,10,32] @ models/lib/vit.yaml:80:14
%1043 = reshape %1042 : f32[4,2,1,10,32] @ models/lib/nn.yaml:56:23
%1044 = reshape %1015 : f32[4,10,2,32] @ models/lib/vit.yaml:80:22
%1045 = permute %1044 perm=[0,2,1,3] : f32[4,2,10,32] @ models/lib/vit.yaml:80:14
%1046 = reshape %1045 : f32[4,2,1,10,32] @ models/lib/nn.yaml:56:23
%1047 = add %1043, %1046 : f32[4,2,1,10,32] @ models/lib/nn.yaml:84:18
%1048 = mul %1040, %1047 : f32[4,2,1,10,32] @ models/lib/nn.yaml:56:23
%1049 = reduce_sum %1048 axes=[3] keep=0 : f32[4,2,1,32] @ models/lib/nn.yaml:56:23
%1050 = permute %1049 perm=[0,2,1,3] : f32[4,1,2,32] @ models/lib/nn.yaml:56:13
%1051 = reshape %1050 : f32[4,1,64] @ models/lib/nn.yaml:57:16
%1052 = matmul %1051, %105 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%1053 = add %1052, %519 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1054 = add %453, %1053 : f32[4,1,64] @ models/lib/vit.yaml:96:15
%1055 = reduce_sum %1054 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1056 = div %1055, %523 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1057 = broadcast %1056 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%1058 = sub %1054, %1057 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%1059 = mul %1058, %1058 : f32[4,1,64] @ models/lib/nn.yaml:95:22
%1060 = reduce_sum %1059 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1061 = div %1060, %523 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1062 = add %1061, %530 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1063 = rsqrt %1062 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%1064 = broadcast %1063 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%1065 = mul %1058, %1064 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%1066 = mul %1065, %535 : f32[4,1,64] @ models/lib/nn.yaml:96:37
%1067 = add %1066, %537 : f32[4,1,64] @ models/lib/nn.yaml:96:46
%1068 = matmul %1067, %109 ta=0 tb=1 : f32[4,1,256] @ models/lib/nn.yaml:83:15
%1069 = add %1068, %540 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1070 = mul %542, %1069 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%1071 = mul %1069, %544 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%1072 = erf %1071 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%1073 = add %547, %1072 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%1074 = mul %1070, %1073 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%1075 = matmul %1074, %111 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%1076 = add %1075, %551 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1077 = add %1054, %1076 : f32[4,1,64] @ models/lib/vit.yaml:98:18
%1078 = concat %1077, %988 axis=1 : f32[4,10,64] @ models/dino_pass.yaml:109:30
%1079 = reduce_sum %1078 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1080 = div %1079, %991 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1081 = broadcast %1080 : f32[4,10,64] @ models/lib/nn.yaml:94:15
%1082 = sub %1078, %1081 : f32[4,10,64] @ models/lib/nn.yaml:94:15
%1083 = mul %1082, %1082 : f32[4,10,64] @ models/lib/nn.yaml:95:22
%1084 = reduce_sum %1083 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1085 = div %1084, %991 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1086 = add %1085, %998 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1087 = rsqrt %1086 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1088 = broadcast %1087 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%1089 = mul %1082, %1088 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%1090 = broadcast %113 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%1091 = mul %1089, %1090 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%1092 = broadcast %114 : f32[4,10,64] @ models/lib/nn.yaml:96:46
%1093 = add %1091, %1092 : f32[4,10,64] @ models/lib/nn.yaml:96:46
%1094 = slice %1093 lo=[0,0,0] hi=[4,1,64] : f32[4,1,64] @ models/dino_pass.yaml:110:28
%1095 = matmul %1094, %115 ta=0 tb=1 : f32[4,1,256] @ models/lib/nn.yaml:83:15
%1096 = add %1095, %572 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1097 = mul %542, %1096 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%1098 = mul %1096, %544 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%1099 = erf %1098 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%1100 = add %547, %1099 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%1101 = mul %1097, %1100 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%1102 = matmul %1101, %117 ta=0 tb=1 : f32[4,1,256] @ models/lib/nn.yaml:83:15
%1103 = add %1102, %580 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1104 = mul %542, %1103 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%1105 = mul %1103, %544 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%1106 = erf %1105 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%1107 = add %547, %1106 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%1108 = mul %1104, %1107 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%1109 = matmul %1108, %119 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%1110 = add %1109, %588 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1111 = mul %1110, %1110 : f32[4,1,64] @ models/lib/nn.yaml:33:35
%1112 = reduce_sum %1111 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%1113 = sqrt %1112 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%1114 = max %1113, %594 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%1115 = broadcast %1114 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%1116 = div %1110, %1115 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%1117 = matmul %1116, %604 ta=0 tb=1 : f32[4,1,65536] @ models/lib/dino.yaml:23:18
%1118 = slice %1093 lo=[0,1,0] hi=[4,10,64] : f32[4,9,64] @ models/dino_pass.yaml:110:46
%1119 = matmul %1118, %123 ta=0 tb=1 : f32[4,9,256] @ models/lib/nn.yaml:83:15
%1120 = broadcast %124 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1121 = add %1119, %1120 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1122 = mul %740, %1121 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%1123 = add %1119, %1120 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1124 = mul %1123, %743 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%1125 = erf %1124 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%1126 = add %747, %1125 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%1127 = mul %1122, %1126 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%1128 = matmul %1127, %125 ta=0 tb=1 : f32[4,9,256] @ models/lib/nn.yaml:83:15
%1129 = broadcast %126 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1130 = add %1128, %1129 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1131 = mul %740, %1130 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%1132 = add %1128, %1129 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1133 = mul %1132, %743 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%1134 = erf %1133 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%1135 = add %747, %1134 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%1136 = mul %1131, %1135 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%1137 = matmul %1136, %127 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%1138 = broadcast %128 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1139 = add %1137, %1138 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1140 = mul %1139, %1139 : f32[4,9,64] @ models/lib/nn.yaml:33:35
%1141 = reduce_sum %1140 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:29
%1142 = sqrt %1141 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%1143 = broadcast %593 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%1144 = max %1142, %1143 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%1145 = broadcast %1144 : f32[4,9,64] @ models/lib/nn.yaml:33:18
%1146 = add %1137, %1138 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1147 = div %1146, %1145 : f32[4,9,64] @ models/lib/nn.yaml:33:18
%1148 = matmul %1147, %642 ta=0 tb=1 : f32[4,9,4096] @ models/lib/dino.yaml:23:18
%1149 = slice %1117 lo=[0,0,0] hi=[2,1,65536] : f32[2,1,65536] @ models/dino_pass.yaml:131:20
%1150 = slice %1117 lo=[2,0,0] hi=[4,1,65536] : f32[2,1,65536] @ models/dino_pass.yaml:131:20
%1151 = slice %1148 lo=[0,0,0] hi=[2,9,4096] : f32[2,9,4096] @ models/dino_pass.yaml:131:27
%1152 = slice %1148 lo=[2,0,0] hi=[4,9,4096] : f32[2,9,4096] @ models/dino_pass.yaml:131:27
%1153 = reshape %8 : f32[64,768] @ models/lib/vit.yaml:17:20
%1154 = matmul %135, %1153 ta=0 tb=1 : f32[4,16,64] @ models/lib/vit.yaml:17:18
%1155 = broadcast %9 : f32[4,16,64] @ models/lib/vit.yaml:17:71
%1156 = add %1154, %1155 : f32[4,16,64] @ models/lib/vit.yaml:17:71
%1157 = broadcast %7 : f32[4,16,64] @ models/lib/vit.yaml:62:15
%1158 = add %1156, %1157 : f32[4,16,64] @ models/lib/vit.yaml:62:15
%1159 = reduce_sum %1158 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1160 = div %1159, %144 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1161 = broadcast %1160 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%1162 = sub %1158, %1161 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%1163 = mul %1162, %1162 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%1164 = reduce_sum %1163 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1165 = div %1164, %144 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1166 = add %1165, %152 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1167 = rsqrt %1166 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%1168 = broadcast %1167 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%1169 = mul %1162, %1168 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%1170 = broadcast %10 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%1171 = mul %1169, %1170 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%1172 = broadcast %11 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%1173 = add %1171, %1172 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%1174 = matmul %1173, %12 ta=0 tb=1 : f32[4,16,192] @ models/lib/nn.yaml:83:15
%1175 = broadcast %13 : f32[4,16,192] @ models/lib/nn.yaml:84:18
%1176 = add %1174, %1175 : f32[4,16,192] @ models/lib/nn.yaml:84:18
%1177 = reshape %1176 : f32[4,16,3,2,32] @ models/lib/nn.yaml:66:21
%1178 = permute %1177 perm=[2,0,3,1,4] : f32[3,4,2,16,32] @ models/lib/nn.yaml:66:13
%1179 = slice %1178 lo=[0,0,0,0,0] hi=[1,4,2,16,32] : f32[1,4,2,16,32] @ models/lib/nn.yaml:67:28
%1180 = reshape %1179 : f32[4,2,16,32] @ models/lib/nn.yaml:67:28
%1181 = slice %1178 lo=[1,0,0,0,0] hi=[2,4,2,16,32] : f32[1,4,2,16,32] @ models/lib/nn.yaml:67:34
%1182 = reshape %1181 : f32[4,2,16,32] @ models/lib/nn.yaml:67:34
%1183 = slice %1178 lo=[2,0,0,0,0] hi=[3,4,2,16,32] : f32[1,4,2,16,32] @ models/lib/nn.yaml:67:40
%1184 = reshape %1183 : f32[4,2,16,32] @ models/lib/nn.yaml:67:40
%1185 = matmul %1180, %1182 ta=0 tb=1 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1186 = mul %1185, %174 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1187 = reduce_max %1186 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%1188 = stop_gradient %1187 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%1189 = broadcast %1188 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%1190 = mul %1185, %174 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1191 = sub %1190, %1189 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%1192 = exp %1191 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%1193 = reduce_sum %1192 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%1194 = broadcast %1193 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%1195 = exp %1191 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%1196 = div %1195, %1194 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%1197 = matmul %1196, %1184 ta=0 tb=0 : f32[4,2,16,32] @ models/lib/nn.yaml:56:23
%1198 = permute %1197 perm=[0,2,1,3] : f32[4,16,2,32] @ models/lib/nn.yaml:56:13
%1199 = reshape %1198 : f32[4,16,64] @ models/lib/nn.yaml:57:16
%1200 = matmul %1199, %14 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%1201 = broadcast %15 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1202 = add %1200, %1201 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1203 = add %1158, %1202 : f32[4,16,64] @ models/lib/nn.yaml:125:15
%1204 = reduce_sum %1203 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1205 = div %1204, %144 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1206 = broadcast %1205 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%1207 = sub %1203, %1206 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%1208 = mul %1207, %1207 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%1209 = reduce_sum %1208 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1210 = div %1209, %144 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1211 = add %1210, %152 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1212 = rsqrt %1211 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%1213 = broadcast %1212 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%1214 = mul %1207, %1213 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%1215 = broadcast %16 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%1216 = mul %1214, %1215 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%1217 = broadcast %17 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%1218 = add %1216, %1217 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%1219 = matmul %1218, %18 ta=0 tb=1 : f32[4,16,256] @ models/lib/nn.yaml:83:15
%1220 = broadcast %19 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1221 = add %1219, %1220 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1222 = mul %211, %1221 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%1223 = add %1219, %1220 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1224 = mul %1223, %215 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%1225 = erf %1224 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%1226 = add %220, %1225 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%1227 = mul %1222, %1226 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%1228 = matmul %1227, %20 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%1229 = broadcast %21 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1230 = add %1228, %1229 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1231 = add %1203, %1230 : f32[4,16,64] @ models/lib/nn.yaml:126:18
%1232 = reduce_sum %1231 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1233 = div %1232, %144 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1234 = broadcast %1233 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%1235 = sub %1231, %1234 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%1236 = mul %1235, %1235 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%1237 = reduce_sum %1236 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1238 = div %1237, %144 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1239 = add %1238, %152 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1240 = rsqrt %1239 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%1241 = broadcast %1240 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%1242 = mul %1235, %1241 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%1243 = broadcast %22 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%1244 = mul %1242, %1243 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%1245 = broadcast %23 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%1246 = add %1244, %1245 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%1247 = matmul %1246, %24 ta=0 tb=1 : f32[4,16,192] @ models/lib/nn.yaml:83:15
%1248 = broadcast %25 : f32[4,16,192] @ models/lib/nn.yaml:84:18
%1249 = add %1247, %1248 : f32[4,16,192] @ models/lib/nn.yaml:84:18
%1250 = reshape %1249 : f32[4,16,3,2,32] @ models/lib/nn.yaml:66:21
%1251 = permute %1250 perm=[2,0,3,1,4] : f32[3,4,2,16,32] @ models/lib/nn.yaml:66:13
%1252 = slice %1251 lo=[0,0,0,0,0] hi=[1,4,2,16,32] : f32[1,4,2,16,32] @ models/lib/nn.yaml:67:28
%1253 = reshape %1252 : f32[4,2,16,32] @ models/lib/nn.yaml:67:28
%1254 = slice %1251 lo=[1,0,0,0,0] hi=[2,4,2,16,32] : f32[1,4,2,16,32] @ models/lib/nn.yaml:67:34
%1255 = reshape %1254 : f32[4,2,16,32] @ models/lib/nn.yaml:67:34
%1256 = slice %1251 lo=[2,0,0,0,0] hi=[3,4,2,16,32] : f32[1,4,2,16,32] @ models/lib/nn.yaml:67:40
%1257 = reshape %1256 : f32[4,2,16,32] @ models/lib/nn.yaml:67:40
%1258 = matmul %1253, %1255 ta=0 tb=1 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1259 = mul %1258, %174 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1260 = reduce_max %1259 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%1261 = stop_gradient %1260 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%1262 = broadcast %1261 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%1263 = mul %1258, %174 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1264 = sub %1263, %1262 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%1265 = exp %1264 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%1266 = reduce_sum %1265 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%1267 = broadcast %1266 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%1268 = exp %1264 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%1269 = div %1268, %1267 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%1270 = matmul %1269, %1257 ta=0 tb=0 : f32[4,2,16,32] @ models/lib/nn.yaml:56:23
%1271 = permute %1270 perm=[0,2,1,3] : f32[4,16,2,32] @ models/lib/nn.yaml:56:13
%1272 = reshape %1271 : f32[4,16,64] @ models/lib/nn.yaml:57:16
%1273 = matmul %1272, %26 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%1274 = broadcast %27 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1275 = add %1273, %1274 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1276 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%1277 = broadcast %1276 : f32[4,16,64] @ models/lib/nn.yaml:50:38
%1278 = div %1275, %1277 : f32[4,16,64] @ models/lib/nn.yaml:50:38
%1279 = input name="seed" : i64[] @ models/lib/nn.yaml:43:13
%1280 = rand_uniform %1279 stream=1 : f32[4] @ models/lib/nn.yaml:43:13
%1281 = broadcast %1276 : f32[4] @ models/lib/nn.yaml:44:35
%1282 = add %1281, %1280 : f32[4] @ models/lib/nn.yaml:44:35
%1283 = floor %1282 : f32[4] @ models/lib/nn.yaml:44:24
%1284 = reshape %1283 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%1285 = broadcast %1284 : f32[4,16,64] @ models/lib/nn.yaml:50:51
%1286 = mul %1278, %1285 : f32[4,16,64] @ models/lib/nn.yaml:50:51
%1287 = add %1231, %1286 : f32[4,16,64] @ models/lib/nn.yaml:125:15
%1288 = reduce_sum %1287 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1289 = div %1288, %144 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1290 = broadcast %1289 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%1291 = sub %1287, %1290 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%1292 = mul %1291, %1291 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%1293 = reduce_sum %1292 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1294 = div %1293, %144 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1295 = add %1294, %152 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1296 = rsqrt %1295 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%1297 = broadcast %1296 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%1298 = mul %1291, %1297 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%1299 = broadcast %28 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%1300 = mul %1298, %1299 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%1301 = broadcast %29 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%1302 = add %1300, %1301 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%1303 = matmul %1302, %30 ta=0 tb=1 : f32[4,16,256] @ models/lib/nn.yaml:83:15
%1304 = broadcast %31 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1305 = add %1303, %1304 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1306 = mul %211, %1305 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%1307 = add %1303, %1304 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1308 = mul %1307, %215 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%1309 = erf %1308 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%1310 = add %220, %1309 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%1311 = mul %1306, %1310 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%1312 = matmul %1311, %32 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%1313 = broadcast %33 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1314 = add %1312, %1313 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1315 = div %1314, %1277 : f32[4,16,64] @ models/lib/nn.yaml:50:38
%1316 = rand_uniform %1279 stream=2 : f32[4] @ models/lib/nn.yaml:43:13
%1317 = add %1281, %1316 : f32[4] @ models/lib/nn.yaml:44:35
%1318 = floor %1317 : f32[4] @ models/lib/nn.yaml:44:24
%1319 = reshape %1318 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%1320 = broadcast %1319 : f32[4,16,64] @ models/lib/nn.yaml:50:51
%1321 = mul %1315, %1320 : f32[4,16,64] @ models/lib/nn.yaml:50:51
%1322 = add %1287, %1321 : f32[4,16,64] @ models/lib/nn.yaml:126:18
%1323 = broadcast %34 : f32[4,1,64] @ models/lib/vit.yaml:116:31
%1324 = concat %1323, %1322 axis=1 : f32[4,17,64] @ models/lib/vit.yaml:95:24
%1325 = reduce_sum %1324 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1326 = div %1325, %456 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1327 = broadcast %1326 : f32[4,17,64] @ models/lib/nn.yaml:94:15
%1328 = sub %1324, %1327 : f32[4,17,64] @ models/lib/nn.yaml:94:15
%1329 = mul %1328, %1328 : f32[4,17,64] @ models/lib/nn.yaml:95:22
%1330 = reduce_sum %1329 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1331 = div %1330, %456 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1332 = add %1331, %463 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%1333 = rsqrt %1332 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1334 = broadcast %1333 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%1335 = mul %1328, %1334 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%1336 = broadcast %35 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%1337 = mul %1335, %1336 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%1338 = broadcast %36 : f32[4,17,64] @ models/lib/nn.yaml:96:46
%1339 = add %1337, %1338 : f32[4,17,64] @ models/lib/nn.yaml:96:46
%1340 = slice %1339 lo=[0,0,0] hi=[4,1,64] : f32[4,1,64] @ models/lib/vit.yaml:78:33
%1341 = matmul %1340, %37 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%1342 = broadcast %38 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1343 = add %1341, %1342 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1344 = reshape %1343 : f32[4,1,2,32] @ models/lib/vit.yaml:78:22
%1345 = permute %1344 perm=[0,2,1,3] : f32[4,2,1,32] @ models/lib/vit.yaml:78:14
%1346 = matmul %1339, %39 ta=0 tb=1 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%1347 = broadcast %40 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%1348 = matmul %1339, %41 ta=0 tb=1 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%1349 = broadcast %42 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%1350 = reshape %1345 : f32[4,2,1,32,1] @ models/lib/nn.yaml:55:23
%1351 = broadcast %1350 : f32[4,2,1,32,17] @ models/lib/nn.yaml:55:23
%1352 = reshape %1346 : f32[4,17,2,32] @ models/lib/vit.yaml:79:22
%1353 = permute %1352 perm=[0,2,3,1] : f32[4,2,32,17] @ models/lib/nn.yaml:55:23
%1354 = reshape %1353 : f32[4,2,1,32,17] @ models/lib/nn.yaml:55:23
%1355 = reshape %1347 : f32[4,17,2,32] @ models/lib/vit.yaml:79:22
%1356 = permute %1355 perm=[0,2,3,1] : f32[4,2,32,17] @ models/lib/nn.yaml:55:23
%1357 = reshape %1356 : f32[4,2,1,32,17] @ models/lib/nn.yaml:55:23
%1358 = add %1354, %1357 : f32[4,2,1,32,17] @ models/lib/nn.yaml:84:18
%1359 = mul %1351, %1358 : f32[4,2,1,32,17] @ models/lib/nn.yaml:55:23
%1360 = reduce_sum %1359 axes=[3] keep=0 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1361 = mul %1360, %493 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1362 = reduce_max %1361 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%1363 = stop_gradient %1362 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%1364 = broadcast %1363 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%1365 = mul %1360, %493 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1366 = sub %1365, %1364 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%1367 = exp %1366 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%1368 = reduce_sum %1367 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%1369 = broadcast %1368 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%1370 = exp %1366 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%1371 = div %1370, %1369 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%1372 = reshape %1371 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%1373 = broadcast %1372 : f32[4,2,1,17,32] @ models/lib/nn.yaml:56:23
%1374 = reshape %1348 : f32[4,17,2,32] @ models/lib/vit.yaml:80:22
%1375 = permute %1374 perm=[0,2,1,3] : f32[4,2,17,32] @ models/lib/vit.yaml:80:14
%1376 = reshape %1375 : f32[4,2,1,17,32] @ models/lib/nn.yaml:56:23
%1377 = reshape %1349 : f32[4,17,2,32] @ models/lib/vit.yaml:80:22
%1378 = permute %1377 perm=[0,2,1,3] : f32[4,2,17,32] @ models/lib/vit.yaml:80:14
%1379 = reshape %1378 : f32[4,2,1,17,32] @ models/lib/nn.yaml:56:23
%1380 = add %1376, %1379 : f32[4,2,1,17,32] @ models/lib/nn.yaml:84:18
%1381 = mul %1373, %1380 : f32[4,2,1,17,32] @ models/lib/nn.yaml:56:23
%1382 = reduce_sum %1381 axes=[3] keep=0 : f32[4,2,1,32] @ models/lib/nn.yaml:56:23
%1383 = permute %1382 perm=[0,2,1,3] : f32[4,1,2,32] @ models/lib/nn.yaml:56:13
%1384 = reshape %1383 : f32[4,1,64] @ models/lib/nn.yaml:57:16
%1385 = matmul %1384, %43 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%1386 = broadcast %44 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1387 = add %1385, %1386 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1388 = add %1323, %1387 : f32[4,1,64] @ models/lib/vit.yaml:96:15
%1389 = reduce_sum %1388 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1390 = div %1389, %523 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1391 = broadcast %1390 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%1392 = sub %1388, %1391 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%1393 = mul %1392, %1392 : f32[4,1,64] @ models/lib/nn.yaml:95:22
%1394 = reduce_sum %1393 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1395 = div %1394, %523 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1396 = add %1395, %530 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1397 = rsqrt %1396 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%1398 = broadcast %1397 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%1399 = mul %1392, %1398 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%1400 = broadcast %45 : f32[4,1,64] @ models/lib/nn.yaml:96:37
%1401 = mul %1399, %1400 : f32[4,1,64] @ models/lib/nn.yaml:96:37
%1402 = broadcast %46 : f32[4,1,64] @ models/lib/nn.yaml:96:46
%1403 = add %1401, %1402 : f32[4,1,64] @ models/lib/nn.yaml:96:46
%1404 = matmul %1403, %47 ta=0 tb=1 : f32[4,1,256] @ models/lib/nn.yaml:83:15
%1405 = broadcast %48 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1406 = add %1404, %1405 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1407 = mul %542, %1406 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%1408 = mul %1406, %544 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%1409 = erf %1408 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%1410 = add %547, %1409 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%1411 = mul %1407, %1410 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%1412 = matmul %1411, %49 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%1413 = broadcast %50 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1414 = add %1412, %1413 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1415 = add %1388, %1414 : f32[4,1,64] @ models/lib/vit.yaml:98:18
%1416 = concat %1415, %1322 axis=1 : f32[4,17,64] @ models/lib/vit.yaml:111:21
%1417 = reduce_sum %1416 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1418 = div %1417, %456 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1419 = broadcast %1418 : f32[4,17,64] @ models/lib/nn.yaml:94:15
%1420 = sub %1416, %1419 : f32[4,17,64] @ models/lib/nn.yaml:94:15
%1421 = mul %1420, %1420 : f32[4,17,64] @ models/lib/nn.yaml:95:22
%1422 = reduce_sum %1421 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1423 = div %1422, %456 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1424 = add %1423, %463 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%1425 = rsqrt %1424 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1426 = broadcast %1425 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%1427 = mul %1420, %1426 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%1428 = broadcast %51 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%1429 = mul %1427, %1428 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%1430 = broadcast %52 : f32[4,17,64] @ models/lib/nn.yaml:96:46
%1431 = add %1429, %1430 : f32[4,17,64] @ models/lib/nn.yaml:96:46
%1432 = slice %1431 lo=[0,0,0] hi=[4,1,64] : f32[4,1,64] @ models/dino_pass.yaml:103:28
%1433 = matmul %1432, %53 ta=0 tb=1 : f32[4,1,256] @ models/lib/nn.yaml:83:15
%1434 = broadcast %54 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1435 = add %1433, %1434 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1436 = mul %542, %1435 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%1437 = mul %1435, %544 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%1438 = erf %1437 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%1439 = add %547, %1438 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%1440 = mul %1436, %1439 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%1441 = matmul %1440, %55 ta=0 tb=1 : f32[4,1,256] @ models/lib/nn.yaml:83:15
%1442 = broadcast %56 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1443 = add %1441, %1442 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1444 = mul %542, %1443 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%1445 = mul %1443, %544 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%1446 = erf %1445 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%1447 = add %547, %1446 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%1448 = mul %1444, %1447 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%1449 = matmul %1448, %57 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%1450 = broadcast %58 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1451 = add %1449, %1450 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1452 = mul %1451, %1451 : f32[4,1,64] @ models/lib/nn.yaml:33:35
%1453 = reduce_sum %1452 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%1454 = sqrt %1453 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%1455 = max %1454, %594 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%1456 = broadcast %1455 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%1457 = div %1451, %1456 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%1458 = broadcast %59 : f32[65536,64] @ models/lib/dino.yaml:22:22
%1459 = mul %1458, %60 : f32[65536,64] @ models/lib/dino.yaml:22:22
%1460 = mul %60, %60 : f32[65536,64] @ models/lib/dino.yaml:22:53
%1461 = reduce_sum %1460 axes=[1] keep=1 : f32[65536,1] @ models/lib/dino.yaml:22:40
%1462 = sqrt %1461 : f32[65536,1] @ models/lib/dino.yaml:22:35
%1463 = broadcast %1462 : f32[65536,64] @ models/lib/dino.yaml:22:33
%1464 = div %1459, %1463 : f32[65536,64] @ models/lib/dino.yaml:22:33
%1465 = matmul %1457, %1464 ta=0 tb=1 : f32[4,1,65536] @ models/lib/dino.yaml:23:18
%1466 = slice %1431 lo=[0,1,0] hi=[4,17,64] : f32[4,16,64] @ models/dino_pass.yaml:103:46
%1467 = matmul %1466, %61 ta=0 tb=1 : f32[4,16,256] @ models/lib/nn.yaml:83:15
%1468 = broadcast %62 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1469 = add %1467, %1468 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1470 = mul %211, %1469 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%1471 = add %1467, %1468 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1472 = mul %1471, %215 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%1473 = erf %1472 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%1474 = add %220, %1473 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%1475 = mul %1470, %1474 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%1476 = matmul %1475, %63 ta=0 tb=1 : f32[4,16,256] @ models/lib/nn.yaml:83:15
%1477 = broadcast %64 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1478 = add %1476, %1477 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1479 = mul %211, %1478 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%1480 = add %1476, %1477 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1481 = mul %1480, %215 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%1482 = erf %1481 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%1483 = add %220, %1482 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%1484 = mul %1479, %1483 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%1485 = matmul %1484, %65 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%1486 = broadcast %66 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1487 = add %1485, %1486 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1488 = mul %1487, %1487 : f32[4,16,64] @ models/lib/nn.yaml:33:35
%1489 = reduce_sum %1488 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:29
%1490 = sqrt %1489 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%1491 = max %1490, %631 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%1492 = broadcast %1491 : f32[4,16,64] @ models/lib/nn.yaml:33:18
%1493 = add %1485, %1486 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1494 = div %1493, %1492 : f32[4,16,64] @ models/lib/nn.yaml:33:18
%1495 = broadcast %67 : f32[4096,64] @ models/lib/dino.yaml:22:22
%1496 = mul %1495, %68 : f32[4096,64] @ models/lib/dino.yaml:22:22
%1497 = mul %68, %68 : f32[4096,64] @ models/lib/dino.yaml:22:53
%1498 = reduce_sum %1497 axes=[1] keep=1 : f32[4096,1] @ models/lib/dino.yaml:22:40
%1499 = sqrt %1498 : f32[4096,1] @ models/lib/dino.yaml:22:35
%1500 = broadcast %1499 : f32[4096,64] @ models/lib/dino.yaml:22:33
%1501 = div %1496, %1500 : f32[4096,64] @ models/lib/dino.yaml:22:33
%1502 = matmul %1494, %1501 ta=0 tb=1 : f32[4,16,4096] @ models/lib/dino.yaml:23:18
%1503 = slice %1465 lo=[0,0,0] hi=[2,1,65536] : f32[2,1,65536] @ models/dino_pass.yaml:132:20
%1504 = slice %1465 lo=[2,0,0] hi=[4,1,65536] : f32[2,1,65536] @ models/dino_pass.yaml:132:20
%1505 = slice %1502 lo=[0,0,0] hi=[2,16,4096] : f32[2,16,4096] @ models/dino_pass.yaml:132:27
%1506 = slice %1502 lo=[2,0,0] hi=[4,16,4096] : f32[2,16,4096] @ models/dino_pass.yaml:132:27
%1507 = matmul %650, %1153 ta=0 tb=1 : f32[4,9,64] @ models/lib/vit.yaml:17:18
%1508 = broadcast %9 : f32[4,9,64] @ models/lib/vit.yaml:17:71
%1509 = add %1507, %1508 : f32[4,9,64] @ models/lib/vit.yaml:17:71
%1510 = reshape %7 : f32[4,256] @ models/lib/vit.yaml:32:17
%1511 = matmul %654, %1510 ta=0 tb=0 : f32[3,256] @ models/lib/vit.yaml:32:15
%1512 = reshape %1511 : f32[3,4,64] @ models/lib/vit.yaml:33:21
%1513 = permute %1512 perm=[1,0,2] : f32[4,3,64] @ models/lib/vit.yaml:33:13
%1514 = reshape %1513 : f32[4,192] @ models/lib/vit.yaml:34:17
%1515 = matmul %654, %1514 ta=0 tb=0 : f32[3,192] @ models/lib/vit.yaml:34:15
%1516 = reshape %1515 : f32[3,3,64] @ models/lib/vit.yaml:35:21
%1517 = permute %1516 perm=[1,0,2] : f32[3,3,64] @ models/lib/vit.yaml:35:13
%1518 = reshape %1517 : f32[1,9,64] @ models/lib/vit.yaml:36:16
%1519 = broadcast %1518 : f32[4,9,64] @ models/lib/vit.yaml:62:15
%1520 = add %1509, %1519 : f32[4,9,64] @ models/lib/vit.yaml:62:15
%1521 = reduce_sum %1520 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1522 = div %1521, %667 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1523 = broadcast %1522 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%1524 = sub %1520, %1523 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%1525 = mul %1524, %1524 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%1526 = reduce_sum %1525 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1527 = div %1526, %667 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1528 = add %1527, %674 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1529 = rsqrt %1528 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1530 = broadcast %1529 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%1531 = mul %1524, %1530 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%1532 = broadcast %10 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%1533 = mul %1531, %1532 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%1534 = broadcast %11 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%1535 = add %1533, %1534 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%1536 = matmul %1535, %12 ta=0 tb=1 : f32[4,9,192] @ models/lib/nn.yaml:83:15
%1537 = broadcast %13 : f32[4,9,192] @ models/lib/nn.yaml:84:18
%1538 = add %1536, %1537 : f32[4,9,192] @ models/lib/nn.yaml:84:18
%1539 = reshape %1538 : f32[4,9,3,2,32] @ models/lib/nn.yaml:66:21
%1540 = permute %1539 perm=[2,0,3,1,4] : f32[3,4,2,9,32] @ models/lib/nn.yaml:66:13
%1541 = slice %1540 lo=[0,0,0,0,0] hi=[1,4,2,9,32] : f32[1,4,2,9,32] @ models/lib/nn.yaml:67:28
%1542 = slice %1540 lo=[1,0,0,0,0] hi=[2,4,2,9,32] : f32[1,4,2,9,32] @ models/lib/nn.yaml:67:34
%1543 = reshape %1542 : f32[4,2,9,32] @ models/lib/nn.yaml:67:34
%1544 = slice %1540 lo=[2,0,0,0,0] hi=[3,4,2,9,32] : f32[1,4,2,9,32] @ models/lib/nn.yaml:67:40
%1545 = reshape %1544 : f32[4,2,9,32] @ models/lib/nn.yaml:67:40
%1546 = permute %1543 perm=[0,1,3,2] : f32[4,2,32,9] @ models/lib/nn.yaml:55:23
%1547 = reshape %1541 : f32[4,2,9,32,1] @ models/lib/nn.yaml:55:23
%1548 = broadcast %1547 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%1549 = reshape %1546 : f32[4,2,1,32,9] @ models/lib/nn.yaml:55:23
%1550 = broadcast %1549 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%1551 = mul %1548, %1550 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%1552 = reduce_sum %1551 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1553 = mul %1552, %699 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1554 = reduce_max %1553 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%1555 = stop_gradient %1554 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%1556 = broadcast %1555 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1557 = mul %1552, %699 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1558 = sub %1557, %1556 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1559 = exp %1558 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1560 = reduce_sum %1559 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%1561 = broadcast %1560 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1562 = exp %1558 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1563 = div %1562, %1561 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1564 = reshape %1563 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%1565 = broadcast %1564 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%1566 = reshape %1544 : f32[4,2,1,9,32] @ models/lib/nn.yaml:56:23
%1567 = broadcast %1566 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%1568 = mul %1565, %1567 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%1569 = reduce_sum %1568 axes=[3] keep=0 : f32[4,2,9,32] @ models/lib/nn.yaml:56:23
%1570 = permute %1569 perm=[0,2,1,3] : f32[4,9,2,32] @ models/lib/nn.yaml:56:13
%1571 = reshape %1570 : f32[4,9,64] @ models/lib/nn.yaml:57:16
%1572 = matmul %1571, %14 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%1573 = broadcast %15 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1574 = add %1572, %1573 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1575 = add %1520, %1574 : f32[4,9,64] @ models/lib/nn.yaml:125:15
%1576 = reduce_sum %1575 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1577 = div %1576, %667 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1578 = broadcast %1577 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%1579 = sub %1575, %1578 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%1580 = mul %1579, %1579 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%1581 = reduce_sum %1580 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1582 = div %1581, %667 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1583 = add %1582, %674 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1584 = rsqrt %1583 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1585 = broadcast %1584 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%1586 = mul %1579, %1585 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%1587 = broadcast %16 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%1588 = mul %1586, %1587 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%1589 = broadcast %17 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%1590 = add %1588, %1589 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%1591 = matmul %1590, %18 ta=0 tb=1 : f32[4,9,256] @ models/lib/nn.yaml:83:15
%1592 = broadcast %19 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1593 = add %1591, %1592 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1594 = mul %740, %1593 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%1595 = add %1591, %1592 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1596 = mul %1595, %743 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%1597 = erf %1596 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%1598 = add %747, %1597 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%1599 = mul %1594, %1598 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%1600 = matmul %1599, %20 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%1601 = broadcast %21 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1602 = add %1600, %1601 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1603 = add %1575, %1602 : f32[4,9,64] @ models/lib/nn.yaml:126:18
%1604 = reduce_sum %1603 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1605 = div %1604, %667 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1606 = broadcast %1605 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%1607 = sub %1603, %1606 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%1608 = mul %1607, %1607 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%1609 = reduce_sum %1608 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1610 = div %1609, %667 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1611 = add %1610, %674 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1612 = rsqrt %1611 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1613 = broadcast %1612 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%1614 = mul %1607, %1613 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%1615 = broadcast %22 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%1616 = mul %1614, %1615 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%1617 = broadcast %23 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%1618 = add %1616, %1617 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%1619 = matmul %1618, %24 ta=0 tb=1 : f32[4,9,192] @ models/lib/nn.yaml:83:15
%1620 = broadcast %25 : f32[4,9,192] @ models/lib/nn.yaml:84:18
%1621 = add %1619, %1620 : f32[4,9,192] @ models/lib/nn.yaml:84:18
%1622 = reshape %1621 : f32[4,9,3,2,32] @ models/lib/nn.yaml:66:21
%1623 = permute %1622 perm=[2,0,3,1,4] : f32[3,4,2,9,32] @ models/lib/nn.yaml:66:13
%1624 = slice %1623 lo=[0,0,0,0,0] hi=[1,4,2,9,32] : f32[1,4,2,9,32] @ models/lib/nn.yaml:67:28
%1625 = slice %1623 lo=[1,0,0,0,0] hi=[2,4,2,9,32] : f32[1,4,2,9,32] @ models/lib/nn.yaml:67:34
%1626 = reshape %1625 : f32[4,2,9,32] @ models/lib/nn.yaml:67:34
%1627 = slice %1623 lo=[2,0,0,0,0] hi=[3,4,2,9,32] : f32[1,4,2,9,32] @ models/lib/nn.yaml:67:40
%1628 = reshape %1627 : f32[4,2,9,32] @ models/lib/nn.yaml:67:40
%1629 = permute %1626 perm=[0,1,3,2] : f32[4,2,32,9] @ models/lib/nn.yaml:55:23
%1630 = reshape %1624 : f32[4,2,9,32,1] @ models/lib/nn.yaml:55:23
%1631 = broadcast %1630 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%1632 = reshape %1629 : f32[4,2,1,32,9] @ models/lib/nn.yaml:55:23
%1633 = broadcast %1632 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%1634 = mul %1631, %1633 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%1635 = reduce_sum %1634 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1636 = mul %1635, %699 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1637 = reduce_max %1636 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%1638 = stop_gradient %1637 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%1639 = broadcast %1638 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1640 = mul %1635, %699 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1641 = sub %1640, %1639 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1642 = exp %1641 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1643 = reduce_sum %1642 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%1644 = broadcast %1643 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1645 = exp %1641 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1646 = div %1645, %1644 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1647 = reshape %1646 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%1648 = broadcast %1647 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%1649 = reshape %1627 : f32[4,2,1,9,32] @ models/lib/nn.yaml:56:23
%1650 = broadcast %1649 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%1651 = mul %1648, %1650 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%1652 = reduce_sum %1651 axes=[3] keep=0 : f32[4,2,9,32] @ models/lib/nn.yaml:56:23
%1653 = permute %1652 perm=[0,2,1,3] : f32[4,9,2,32] @ models/lib/nn.yaml:56:13
%1654 = reshape %1653 : f32[4,9,64] @ models/lib/nn.yaml:57:16
%1655 = matmul %1654, %26 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%1656 = broadcast %27 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1657 = add %1655, %1656 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1658 = broadcast %1276 : f32[4,9,64] @ models/lib/nn.yaml:50:38
%1659 = div %1657, %1658 : f32[4,9,64] @ models/lib/nn.yaml:50:38
%1660 = rand_uniform %1279 stream=3 : f32[4] @ models/lib/nn.yaml:43:13
%1661 = add %1281, %1660 : f32[4] @ models/lib/nn.yaml:44:35
%1662 = floor %1661 : f32[4] @ models/lib/nn.yaml:44:24
%1663 = reshape %1662 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%1664 = broadcast %1663 : f32[4,9,64] @ models/lib/nn.yaml:50:51
%1665 = mul %1659, %1664 : f32[4,9,64] @ models/lib/nn.yaml:50:51
%1666 = add %1603, %1665 : f32[4,9,64] @ models/lib/nn.yaml:125:15
%1667 = reduce_sum %1666 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1668 = div %1667, %667 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1669 = broadcast %1668 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%1670 = sub %1666, %1669 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%1671 = mul %1670, %1670 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%1672 = reduce_sum %1671 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1673 = div %1672, %667 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1674 = add %1673, %674 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1675 = rsqrt %1674 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1676 = broadcast %1675 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%1677 = mul %1670, %1676 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%1678 = broadcast %28 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%1679 = mul %1677, %1678 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%1680 = broadcast %29 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%1681 = add %1679, %1680 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%1682 = matmul %1681, %30 ta=0 tb=1 : f32[4,9,256] @ models/lib/nn.yaml:83:15
%1683 = broadcast %31 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1684 = add %1682, %1683 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1685 = mul %740, %1684 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%1686 = add %1682, %1683 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1687 = mul %1686, %743 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%1688 = erf %1687 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%1689 = add %747, %1688 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%1690 = mul %1685, %1689 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%1691 = matmul %1690, %32 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%1692 = broadcast %33 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1693 = add %1691, %1692 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1694 = div %1693, %1658 : f32[4,9,64] @ models/lib/nn.yaml:50:38
%1695 = rand_uniform %1279 stream=4 : f32[4] @ models/lib/nn.yaml:43:13
%1696 = add %1281, %1695 : f32[4] @ models/lib/nn.yaml:44:35
%1697 = floor %1696 : f32[4] @ models/lib/nn.yaml:44:24
%1698 = reshape %1697 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%1699 = broadcast %1698 : f32[4,9,64] @ models/lib/nn.yaml:50:51
%1700 = mul %1694, %1699 : f32[4,9,64] @ models/lib/nn.yaml:50:51
%1701 = add %1666, %1700 : f32[4,9,64] @ models/lib/nn.yaml:126:18
%1702 = concat %1323, %1701 axis=1 : f32[4,10,64] @ models/lib/vit.yaml:95:24
%1703 = reduce_sum %1702 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1704 = div %1703, %991 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1705 = broadcast %1704 : f32[4,10,64] @ models/lib/nn.yaml:94:15
%1706 = sub %1702, %1705 : f32[4,10,64] @ models/lib/nn.yaml:94:15
%1707 = mul %1706, %1706 : f32[4,10,64] @ models/lib/nn.yaml:95:22
%1708 = reduce_sum %1707 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1709 = div %1708, %991 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1710 = add %1709, %998 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1711 = rsqrt %1710 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1712 = broadcast %1711 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%1713 = mul %1706, %1712 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%1714 = broadcast %35 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%1715 = mul %1713, %1714 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%1716 = broadcast %36 : f32[4,10,64] @ models/lib/nn.yaml:96:46
%1717 = add %1715, %1716 : f32[4,10,64] @ models/lib/nn.yaml:96:46
%1718 = slice %1717 lo=[0,0,0] hi=[4,1,64] : f32[4,1,64] @ models/lib/vit.yaml:78:33
%1719 = matmul %1718, %37 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%1720 = add %1719, %1342 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1721 = reshape %1720 : f32[4,1,2,32] @ models/lib/vit.yaml:78:22
%1722 = permute %1721 perm=[0,2,1,3] : f32[4,2,1,32] @ models/lib/vit.yaml:78:14
%1723 = matmul %1717, %39 ta=0 tb=1 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%1724 = broadcast %40 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1725 = matmul %1717, %41 ta=0 tb=1 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%1726 = broadcast %42 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1727 = reshape %1722 : f32[4,2,1,32,1] @ models/lib/nn.yaml:55:23
%1728 = broadcast %1727 : f32[4,2,1,32,10] @ models/lib/nn.yaml:55:23
%1729 = reshape %1723 : f32[4,10,2,32] @ models/lib/vit.yaml:79:22
%1730 = permute %1729 perm=[0,2,3,1] : f32[4,2,32,10] @ models/lib/nn.yaml:55:23
%1731 = reshape %1730 : f32[4,2,1,32,10] @ models/lib/nn.yaml:55:23
%1732 = reshape %1724 : f32[4,10,2,32] @ models/lib/vit.yaml:79:22
%1733 = permute %1732 perm=[0,2,3,1] : f32[4,2,32,10] @ models/lib/nn.yaml:55:23
%1734 = reshape %1733 : f32[4,2,1,32,10] @ models/lib/nn.yaml:55:23
%1735 = add %1731, %1734 : f32[4,2,1,32,10] @ models/lib/nn.yaml:84:18
%1736 = mul %1728, %1735 : f32[4,2,1,32,10] @ models/lib/nn.yaml:55:23
%1737 = reduce_sum %1736 axes=[3] keep=0 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1738 = mul %1737, %1027 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1739 = reduce_max %1738 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%1740 = stop_gradient %1739 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%1741 = broadcast %1740 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1742 = mul %1737, %1027 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1743 = sub %1742, %1741 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1744 = exp %1743 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%1745 = reduce_sum %1744 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%1746 = broadcast %1745 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1747 = exp %1743 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%1748 = div %1747, %1746 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1749 = reshape %1748 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%1750 = broadcast %1749 : f32[4,2,1,10,32] @ models/lib/nn.yaml:56:23
%1751 = reshape %1725 : f32[4,10,2,32] @ models/lib/vit.yaml:80:22
%1752 = permute %1751 perm=[0,2,1,3] : f32[4,2,10,32] @ models/lib/vit.yaml:80:14
%1753 = reshape %1752 : f32[4,2,1,10,32] @ models/lib/nn.yaml:56:23
%1754 = reshape %1726 : f32[4,10,2,32] @ models/lib/vit.yaml:80:22
%1755 = permute %1754 perm=[0,2,1,3] : f32[4,2,10,32] @ models/lib/vit.yaml:80:14
%1756 = reshape %1755 : f32[4,2,1,10,32] @ models/lib/nn.yaml:56:23
%1757 = add %1753, %1756 : f32[4,2,1,10,32] @ models/lib/nn.yaml:84:18
%1758 = mul %1750, %1757 : f32[4,2,1,10,32] @ models/lib/nn.yaml:56:23
%1759 = reduce_sum %1758 axes=[3] keep=0 : f32[4,2,1,32] @ models/lib/nn.yaml:56:23
%1760 = permute %1759 perm=[0,2,1,3] : f32[4,1,2,32] @ models/lib/nn.yaml:56:13
%1761 = reshape %1760 : f32[4,1,64] @ models/lib/nn.yaml:57:16
%1762 = matmul %1761, %43 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%1763 = add %1762, %1386 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1764 = add %1323, %1763 : f32[4,1,64] @ models/lib/vit.yaml:96:15
%1765 = reduce_sum %1764 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1766 = div %1765, %523 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1767 = broadcast %1766 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%1768 = sub %1764, %1767 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%1769 = mul %1768, %1768 : f32[4,1,64] @ models/lib/nn.yaml:95:22
%1770 = reduce_sum %1769 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1771 = div %1770, %523 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1772 = add %1771, %530 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1773 = rsqrt %1772 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%1774 = broadcast %1773 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%1775 = mul %1768, %1774 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%1776 = mul %1775, %1400 : f32[4,1,64] @ models/lib/nn.yaml:96:37
%1777 = add %1776, %1402 : f32[4,1,64] @ models/lib/nn.yaml:96:46
%1778 = matmul %1777, %47 ta=0 tb=1 : f32[4,1,256] @ models/lib/nn.yaml:83:15
%1779 = add %1778, %1405 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1780 = mul %542, %1779 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%1781 = mul %1779, %544 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%1782 = erf %1781 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%1783 = add %547, %1782 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%1784 = mul %1780, %1783 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%1785 = matmul %1784, %49 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%1786 = add %1785, %1413 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1787 = add %1764, %1786 : f32[4,1,64] @ models/lib/vit.yaml:98:18
%1788 = concat %1787, %1701 axis=1 : f32[4,10,64] @ models/lib/vit.yaml:111:21
%1789 = reduce_sum %1788 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1790 = div %1789, %991 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1791 = broadcast %1790 : f32[4,10,64] @ models/lib/nn.yaml:94:15
%1792 = sub %1788, %1791 : f32[4,10,64] @ models/lib/nn.yaml:94:15
%1793 = mul %1792, %1792 : f32[4,10,64] @ models/lib/nn.yaml:95:22
%1794 = reduce_sum %1793 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1795 = div %1794, %991 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1796 = add %1795, %998 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1797 = rsqrt %1796 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1798 = broadcast %1797 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%1799 = mul %1792, %1798 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%1800 = broadcast %51 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%1801 = mul %1799, %1800 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%1802 = broadcast %52 : f32[4,10,64] @ models/lib/nn.yaml:96:46
%1803 = add %1801, %1802 : f32[4,10,64] @ models/lib/nn.yaml:96:46
%1804 = slice %1803 lo=[0,0,0] hi=[4,1,64] : f32[4,1,64] @ models/dino_pass.yaml:103:28
%1805 = matmul %1804, %53 ta=0 tb=1 : f32[4,1,256] @ models/lib/nn.yaml:83:15
%1806 = add %1805, %1434 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1807 = mul %542, %1806 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%1808 = mul %1806, %544 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%1809 = erf %1808 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%1810 = add %547, %1809 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%1811 = mul %1807, %1810 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%1812 = matmul %1811, %55 ta=0 tb=1 : f32[4,1,256] @ models/lib/nn.yaml:83:15
%1813 = add %1812, %1442 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1814 = mul %542, %1813 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%1815 = mul %1813, %544 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%1816 = erf %1815 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%1817 = add %547, %1816 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%1818 = mul %1814, %1817 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%1819 = matmul %1818, %57 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%1820 = add %1819, %1450 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1821 = mul %1820, %1820 : f32[4,1,64] @ models/lib/nn.yaml:33:35
%1822 = reduce_sum %1821 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%1823 = sqrt %1822 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%1824 = max %1823, %594 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%1825 = broadcast %1824 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%1826 = div %1820, %1825 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%1827 = matmul %1826, %1464 ta=0 tb=1 : f32[4,1,65536] @ models/lib/dino.yaml:23:18
%1828 = slice %1803 lo=[0,1,0] hi=[4,10,64] : f32[4,9,64] @ models/dino_pass.yaml:103:46
%1829 = matmul %1828, %61 ta=0 tb=1 : f32[4,9,256] @ models/lib/nn.yaml:83:15
%1830 = broadcast %62 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1831 = add %1829, %1830 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1832 = mul %740, %1831 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%1833 = add %1829, %1830 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1834 = mul %1833, %743 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%1835 = erf %1834 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%1836 = add %747, %1835 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%1837 = mul %1832, %1836 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%1838 = matmul %1837, %63 ta=0 tb=1 : f32[4,9,256] @ models/lib/nn.yaml:83:15
%1839 = broadcast %64 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1840 = add %1838, %1839 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1841 = mul %740, %1840 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%1842 = add %1838, %1839 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1843 = mul %1842, %743 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%1844 = erf %1843 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%1845 = add %747, %1844 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%1846 = mul %1841, %1845 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%1847 = matmul %1846, %65 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%1848 = broadcast %66 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1849 = add %1847, %1848 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1850 = mul %1849, %1849 : f32[4,9,64] @ models/lib/nn.yaml:33:35
%1851 = reduce_sum %1850 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:29
%1852 = sqrt %1851 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%1853 = max %1852, %1143 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%1854 = broadcast %1853 : f32[4,9,64] @ models/lib/nn.yaml:33:18
%1855 = add %1847, %1848 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1856 = div %1855, %1854 : f32[4,9,64] @ models/lib/nn.yaml:33:18
%1857 = matmul %1856, %1501 ta=0 tb=1 : f32[4,9,4096] @ models/lib/dino.yaml:23:18
%1858 = slice %1827 lo=[0,0,0] hi=[2,1,65536] : f32[2,1,65536] @ models/dino_pass.yaml:132:20
%1859 = slice %1827 lo=[2,0,0] hi=[4,1,65536] : f32[2,1,65536] @ models/dino_pass.yaml:132:20
%1860 = slice %1857 lo=[0,0,0] hi=[2,9,4096] : f32[2,9,4096] @ models/dino_pass.yaml:132:27
%1861 = slice %1857 lo=[2,0,0] hi=[4,9,4096] : f32[2,9,4096] @ models/dino_pass.yaml:132:27
%1862 = broadcast %131 : f32[2,1,65536] @ models/lib/dino.yaml:38:38
%1863 = sub %644, %1862 : f32[2,1,65536] @ models/lib/dino.yaml:38:38
%1864 = broadcast %4 : f32[2,1,65536] @ models/lib/dino.yaml:38:48
%1865 = div %1863, %1864 : f32[2,1,65536] @ models/lib/dino.yaml:38:48
%1866 = reduce_max %1865 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%1867 = stop_gradient %1866 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%1868 = broadcast %1867 : f32[2,1,65536] @ models/lib/nn.yaml:14:19
%1869 = div %1863, %1864 : f32[2,1,65536] @ models/lib/dino.yaml:38:48
%1870 = sub %1869, %1868 : f32[2,1,65536] @ models/lib/nn.yaml:14:19
%1871 = exp %1870 : f32[2,1,65536] @ models/lib/nn.yaml:14:13
%1872 = reduce_sum %1871 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%1873 = broadcast %1872 : f32[2,1,65536] @ models/lib/nn.yaml:15:18
%1874 = exp %1870 : f32[2,1,65536] @ models/lib/nn.yaml:14:13
%1875 = div %1874, %1873 : f32[2,1,65536] @ models/lib/nn.yaml:15:18
%1876 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%1877 = broadcast %1876 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%1878 = div %1504, %1877 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%1879 = reduce_max %1878 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%1880 = stop_gradient %1879 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%1881 = broadcast %1880 : f32[2,1,65536] @ models/lib/nn.yaml:21:15
%1882 = div %1504, %1877 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%1883 = sub %1882, %1881 : f32[2,1,65536] @ models/lib/nn.yaml:21:15
%1884 = exp %1883 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%1885 = reduce_sum %1884 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%1886 = log %1885 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%1887 = broadcast %1886 : f32[2,1,65536] @ models/lib/nn.yaml:22:18
%1888 = sub %1883, %1887 : f32[2,1,65536] @ models/lib/nn.yaml:22:18
%1889 = stop_gradient %1875 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%1890 = mul %1889, %1888 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%1891 = reduce_sum %1890 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%1892 = neg %1891 : f32[2,1] @ models/lib/dino.yaml:39:21
%1893 = reduce_sum %1892 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%1894 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%1895 = div %1893, %1894 : f32[] @ models/lib/dino.yaml:39:16
%1896 = div %1858, %1877 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%1897 = reduce_max %1896 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%1898 = stop_gradient %1897 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%1899 = broadcast %1898 : f32[2,1,65536] @ models/lib/nn.yaml:21:15
%1900 = div %1858, %1877 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%1901 = sub %1900, %1899 : f32[2,1,65536] @ models/lib/nn.yaml:21:15
%1902 = exp %1901 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%1903 = reduce_sum %1902 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%1904 = log %1903 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%1905 = broadcast %1904 : f32[2,1,65536] @ models/lib/nn.yaml:22:18
%1906 = sub %1901, %1905 : f32[2,1,65536] @ models/lib/nn.yaml:22:18
%1907 = stop_gradient %1875 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%1908 = mul %1907, %1906 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%1909 = reduce_sum %1908 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%1910 = neg %1909 : f32[2,1] @ models/lib/dino.yaml:39:21
%1911 = reduce_sum %1910 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%1912 = div %1911, %1894 : f32[] @ models/lib/dino.yaml:39:16
%1913 = add %1895, %1912 : f32[] @ models/dino_pass.yaml:148:11
%1914 = div %1859, %1877 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%1915 = reduce_max %1914 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%1916 = stop_gradient %1915 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%1917 = broadcast %1916 : f32[2,1,65536] @ models/lib/nn.yaml:21:15
%1918 = div %1859, %1877 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%1919 = sub %1918, %1917 : f32[2,1,65536] @ models/lib/nn.yaml:21:15
%1920 = exp %1919 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%1921 = reduce_sum %1920 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%1922 = log %1921 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%1923 = broadcast %1922 : f32[2,1,65536] @ models/lib/nn.yaml:22:18
%1924 = sub %1919, %1923 : f32[2,1,65536] @ models/lib/nn.yaml:22:18
%1925 = stop_gradient %1875 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%1926 = mul %1925, %1924 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%1927 = reduce_sum %1926 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%1928 = neg %1927 : f32[2,1] @ models/lib/dino.yaml:39:21
%1929 = reduce_sum %1928 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%1930 = div %1929, %1894 : f32[] @ models/lib/dino.yaml:39:16
%1931 = add %1913, %1930 : f32[] @ models/dino_pass.yaml:148:11
%1932 = sub %645, %1862 : f32[2,1,65536] @ models/lib/dino.yaml:38:38
%1933 = div %1932, %1864 : f32[2,1,65536] @ models/lib/dino.yaml:38:48
%1934 = reduce_max %1933 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%1935 = stop_gradient %1934 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%1936 = broadcast %1935 : f32[2,1,65536] @ models/lib/nn.yaml:14:19
%1937 = div %1932, %1864 : f32[2,1,65536] @ models/lib/dino.yaml:38:48
%1938 = sub %1937, %1936 : f32[2,1,65536] @ models/lib/nn.yaml:14:19
%1939 = exp %1938 : f32[2,1,65536] @ models/lib/nn.yaml:14:13
%1940 = reduce_sum %1939 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%1941 = broadcast %1940 : f32[2,1,65536] @ models/lib/nn.yaml:15:18
%1942 = exp %1938 : f32[2,1,65536] @ models/lib/nn.yaml:14:13
%1943 = div %1942, %1941 : f32[2,1,65536] @ models/lib/nn.yaml:15:18
%1944 = div %1503, %1877 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%1945 = reduce_max %1944 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%1946 = stop_gradient %1945 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%1947 = broadcast %1946 : f32[2,1,65536] @ models/lib/nn.yaml:21:15
%1948 = div %1503, %1877 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%1949 = sub %1948, %1947 : f32[2,1,65536] @ models/lib/nn.yaml:21:15
%1950 = exp %1949 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%1951 = reduce_sum %1950 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%1952 = log %1951 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%1953 = broadcast %1952 : f32[2,1,65536] @ models/lib/nn.yaml:22:18
%1954 = sub %1949, %1953 : f32[2,1,65536] @ models/lib/nn.yaml:22:18
%1955 = stop_gradient %1943 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%1956 = mul %1955, %1954 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%1957 = reduce_sum %1956 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%1958 = neg %1957 : f32[2,1] @ models/lib/dino.yaml:39:21
%1959 = reduce_sum %1958 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%1960 = div %1959, %1894 : f32[] @ models/lib/dino.yaml:39:16
%1961 = add %1931, %1960 : f32[] @ models/dino_pass.yaml:148:11
%1962 = stop_gradient %1943 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%1963 = mul %1962, %1906 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%1964 = reduce_sum %1963 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%1965 = neg %1964 : f32[2,1] @ models/lib/dino.yaml:39:21
%1966 = reduce_sum %1965 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%1967 = div %1966, %1894 : f32[] @ models/lib/dino.yaml:39:16
%1968 = add %1961, %1967 : f32[] @ models/dino_pass.yaml:148:11
%1969 = stop_gradient %1943 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%1970 = mul %1969, %1924 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%1971 = reduce_sum %1970 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%1972 = neg %1971 : f32[2,1] @ models/lib/dino.yaml:39:21
%1973 = reduce_sum %1972 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%1974 = div %1973, %1894 : f32[] @ models/lib/dino.yaml:39:16
%1975 = add %1968, %1974 : f32[] @ models/dino_pass.yaml:148:11
%1976 = const data=[6] : f32[] @ models/dino_pass.yaml:145:3
%1977 = div %1975, %1976 : f32[] @ models/dino_pass.yaml:145:3
%1978 = output %1977 name="loss.cls" : f32[] @ models/dino_pass.yaml:145:3
%1979 = broadcast %132 : f32[2,16,4096] @ models/lib/dino.yaml:38:38
%1980 = broadcast %4 : f32[2,16,4096] @ models/lib/dino.yaml:38:48
%1981 = sub %646, %1979 : f32[2,16,4096] @ models/lib/dino.yaml:38:38
%1982 = div %1981, %1980 : f32[2,16,4096] @ models/lib/dino.yaml:38:48
%1983 = reduce_max %1982 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:14:35
%1984 = stop_gradient %1983 : f32[2,16,1] @ models/lib/nn.yaml:14:21
%1985 = broadcast %1984 : f32[2,16,4096] @ models/lib/nn.yaml:14:19
%1986 = sub %646, %1979 : f32[2,16,4096] @ models/lib/dino.yaml:38:38
%1987 = div %1986, %1980 : f32[2,16,4096] @ models/lib/dino.yaml:38:48
%1988 = sub %1987, %1985 : f32[2,16,4096] @ models/lib/nn.yaml:14:19
%1989 = exp %1988 : f32[2,16,4096] @ models/lib/nn.yaml:14:13
%1990 = reduce_sum %1989 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:15:20
%1991 = broadcast %1990 : f32[2,16,4096] @ models/lib/nn.yaml:15:18
%1992 = exp %1988 : f32[2,16,4096] @ models/lib/nn.yaml:14:13
%1993 = div %1992, %1991 : f32[2,16,4096] @ models/lib/nn.yaml:15:18
%1994 = broadcast %1876 : f32[2,16,4096] @ models/lib/dino.yaml:39:44
%1995 = div %1505, %1994 : f32[2,16,4096] @ models/lib/dino.yaml:39:44
%1996 = reduce_max %1995 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:21:31
%1997 = stop_gradient %1996 : f32[2,16,1] @ models/lib/nn.yaml:21:17
%1998 = broadcast %1997 : f32[2,16,4096] @ models/lib/nn.yaml:21:15
%1999 = div %1505, %1994 : f32[2,16,4096] @ models/lib/dino.yaml:39:44
%2000 = sub %1999, %1998 : f32[2,16,4096] @ models/lib/nn.yaml:21:15
%2001 = exp %2000 : f32[2,16,4096] @ models/lib/nn.yaml:22:28
%2002 = reduce_sum %2001 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:24
%2003 = log %2002 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%2004 = broadcast %2003 : f32[2,16,4096] @ models/lib/nn.yaml:22:18
%2005 = sub %2000, %2004 : f32[2,16,4096] @ models/lib/nn.yaml:22:18
%2006 = stop_gradient %1993 : f32[2,16,4096] @ models/lib/dino.yaml:38:13
%2007 = mul %2006, %2005 : f32[2,16,4096] @ models/lib/dino.yaml:39:28
%2008 = reduce_sum %2007 axes=[2] keep=0 : f32[2,16] @ models/lib/dino.yaml:39:22
%2009 = neg %2008 : f32[2,16] @ models/lib/dino.yaml:39:21
%2010 = reduce_sum %2009 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2011 = const data=[32] : f32[] @ models/lib/dino.yaml:39:16
%2012 = div %2010, %2011 : f32[] @ models/lib/dino.yaml:39:16
%2013 = sub %647, %1979 : f32[2,16,4096] @ models/lib/dino.yaml:38:38
%2014 = div %2013, %1980 : f32[2,16,4096] @ models/lib/dino.yaml:38:48
%2015 = reduce_max %2014 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:14:35
%2016 = stop_gradient %2015 : f32[2,16,1] @ models/lib/nn.yaml:14:21
%2017 = broadcast %2016 : f32[2,16,4096] @ models/lib/nn.yaml:14:19
%2018 = sub %647, %1979 : f32[2,16,4096] @ models/lib/dino.yaml:38:38
%2019 = div %2018, %1980 : f32[2,16,4096] @ models/lib/dino.yaml:38:48
%2020 = sub %2019, %2017 : f32[2,16,4096] @ models/lib/nn.yaml:14:19
%2021 = exp %2020 : f32[2,16,4096] @ models/lib/nn.yaml:14:13
%2022 = reduce_sum %2021 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:15:20
%2023 = broadcast %2022 : f32[2,16,4096] @ models/lib/nn.yaml:15:18
%2024 = exp %2020 : f32[2,16,4096] @ models/lib/nn.yaml:14:13
%2025 = div %2024, %2023 : f32[2,16,4096] @ models/lib/nn.yaml:15:18
%2026 = div %1506, %1994 : f32[2,16,4096] @ models/lib/dino.yaml:39:44
%2027 = reduce_max %2026 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:21:31
%2028 = stop_gradient %2027 : f32[2,16,1] @ models/lib/nn.yaml:21:17
%2029 = broadcast %2028 : f32[2,16,4096] @ models/lib/nn.yaml:21:15
%2030 = div %1506, %1994 : f32[2,16,4096] @ models/lib/dino.yaml:39:44
%2031 = sub %2030, %2029 : f32[2,16,4096] @ models/lib/nn.yaml:21:15
%2032 = exp %2031 : f32[2,16,4096] @ models/lib/nn.yaml:22:28
%2033 = reduce_sum %2032 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:24
%2034 = log %2033 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%2035 = broadcast %2034 : f32[2,16,4096] @ models/lib/nn.yaml:22:18
%2036 = sub %2031, %2035 : f32[2,16,4096] @ models/lib/nn.yaml:22:18
%2037 = stop_gradient %2025 : f32[2,16,4096] @ models/lib/dino.yaml:38:13
%2038 = mul %2037, %2036 : f32[2,16,4096] @ models/lib/dino.yaml:39:28
%2039 = reduce_sum %2038 axes=[2] keep=0 : f32[2,16] @ models/lib/dino.yaml:39:22
%2040 = neg %2039 : f32[2,16] @ models/lib/dino.yaml:39:21
%2041 = reduce_sum %2040 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2042 = div %2041, %2011 : f32[] @ models/lib/dino.yaml:39:16
%2043 = add %2012, %2042 : f32[] @ models/dino_pass.yaml:152:11
%2044 = broadcast %132 : f32[2,9,4096] @ models/lib/dino.yaml:38:38
%2045 = broadcast %4 : f32[2,9,4096] @ models/lib/dino.yaml:38:48
%2046 = sub %1151, %2044 : f32[2,9,4096] @ models/lib/dino.yaml:38:38
%2047 = div %2046, %2045 : f32[2,9,4096] @ models/lib/dino.yaml:38:48
%2048 = reduce_max %2047 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:14:35
%2049 = stop_gradient %2048 : f32[2,9,1] @ models/lib/nn.yaml:14:21
%2050 = broadcast %2049 : f32[2,9,4096] @ models/lib/nn.yaml:14:19
%2051 = sub %1151, %2044 : f32[2,9,4096] @ models/lib/dino.yaml:38:38
%2052 = div %2051, %2045 : f32[2,9,4096] @ models/lib/dino.yaml:38:48
%2053 = sub %2052, %2050 : f32[2,9,4096] @ models/lib/nn.yaml:14:19
%2054 = exp %2053 : f32[2,9,4096] @ models/lib/nn.yaml:14:13
%2055 = reduce_sum %2054 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:15:20
%2056 = broadcast %2055 : f32[2,9,4096] @ models/lib/nn.yaml:15:18
%2057 = exp %2053 : f32[2,9,4096] @ models/lib/nn.yaml:14:13
%2058 = div %2057, %2056 : f32[2,9,4096] @ models/lib/nn.yaml:15:18
%2059 = broadcast %1876 : f32[2,9,4096] @ models/lib/dino.yaml:39:44
%2060 = div %1860, %2059 : f32[2,9,4096] @ models/lib/dino.yaml:39:44
%2061 = reduce_max %2060 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:21:31
%2062 = stop_gradient %2061 : f32[2,9,1] @ models/lib/nn.yaml:21:17
%2063 = broadcast %2062 : f32[2,9,4096] @ models/lib/nn.yaml:21:15
%2064 = div %1860, %2059 : f32[2,9,4096] @ models/lib/dino.yaml:39:44
%2065 = sub %2064, %2063 : f32[2,9,4096] @ models/lib/nn.yaml:21:15
%2066 = exp %2065 : f32[2,9,4096] @ models/lib/nn.yaml:22:28
%2067 = reduce_sum %2066 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:24
%2068 = log %2067 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%2069 = broadcast %2068 : f32[2,9,4096] @ models/lib/nn.yaml:22:18
%2070 = sub %2065, %2069 : f32[2,9,4096] @ models/lib/nn.yaml:22:18
%2071 = stop_gradient %2058 : f32[2,9,4096] @ models/lib/dino.yaml:38:13
%2072 = mul %2071, %2070 : f32[2,9,4096] @ models/lib/dino.yaml:39:28
%2073 = reduce_sum %2072 axes=[2] keep=0 : f32[2,9] @ models/lib/dino.yaml:39:22
%2074 = neg %2073 : f32[2,9] @ models/lib/dino.yaml:39:21
%2075 = reduce_sum %2074 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2076 = const data=[18] : f32[] @ models/lib/dino.yaml:39:16
%2077 = div %2075, %2076 : f32[] @ models/lib/dino.yaml:39:16
%2078 = add %2043, %2077 : f32[] @ models/dino_pass.yaml:152:11
%2079 = sub %1152, %2044 : f32[2,9,4096] @ models/lib/dino.yaml:38:38
%2080 = div %2079, %2045 : f32[2,9,4096] @ models/lib/dino.yaml:38:48
%2081 = reduce_max %2080 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:14:35
%2082 = stop_gradient %2081 : f32[2,9,1] @ models/lib/nn.yaml:14:21
%2083 = broadcast %2082 : f32[2,9,4096] @ models/lib/nn.yaml:14:19
%2084 = sub %1152, %2044 : f32[2,9,4096] @ models/lib/dino.yaml:38:38
%2085 = div %2084, %2045 : f32[2,9,4096] @ models/lib/dino.yaml:38:48
%2086 = sub %2085, %2083 : f32[2,9,4096] @ models/lib/nn.yaml:14:19
%2087 = exp %2086 : f32[2,9,4096] @ models/lib/nn.yaml:14:13
%2088 = reduce_sum %2087 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:15:20
%2089 = broadcast %2088 : f32[2,9,4096] @ models/lib/nn.yaml:15:18
%2090 = exp %2086 : f32[2,9,4096] @ models/lib/nn.yaml:14:13
%2091 = div %2090, %2089 : f32[2,9,4096] @ models/lib/nn.yaml:15:18
%2092 = div %1861, %2059 : f32[2,9,4096] @ models/lib/dino.yaml:39:44
%2093 = reduce_max %2092 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:21:31
%2094 = stop_gradient %2093 : f32[2,9,1] @ models/lib/nn.yaml:21:17
%2095 = broadcast %2094 : f32[2,9,4096] @ models/lib/nn.yaml:21:15
%2096 = div %1861, %2059 : f32[2,9,4096] @ models/lib/dino.yaml:39:44
%2097 = sub %2096, %2095 : f32[2,9,4096] @ models/lib/nn.yaml:21:15
%2098 = exp %2097 : f32[2,9,4096] @ models/lib/nn.yaml:22:28
%2099 = reduce_sum %2098 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:24
%2100 = log %2099 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%2101 = broadcast %2100 : f32[2,9,4096] @ models/lib/nn.yaml:22:18
%2102 = sub %2097, %2101 : f32[2,9,4096] @ models/lib/nn.yaml:22:18
%2103 = stop_gradient %2091 : f32[2,9,4096] @ models/lib/dino.yaml:38:13
%2104 = mul %2103, %2102 : f32[2,9,4096] @ models/lib/dino.yaml:39:28
%2105 = reduce_sum %2104 axes=[2] keep=0 : f32[2,9] @ models/lib/dino.yaml:39:22
%2106 = neg %2105 : f32[2,9] @ models/lib/dino.yaml:39:21
%2107 = reduce_sum %2106 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2108 = div %2107, %2076 : f32[] @ models/lib/dino.yaml:39:16
%2109 = add %2078, %2108 : f32[] @ models/dino_pass.yaml:152:11
%2110 = const data=[4] : f32[] @ models/dino_pass.yaml:149:3
%2111 = div %2109, %2110 : f32[] @ models/dino_pass.yaml:149:3
%2112 = output %2111 name="loss.patch" : f32[] @ models/dino_pass.yaml:149:3
%2113 = mul %2111, %1876 : f32[] @ models/dino_pass.yaml:149:3
%2114 = add %1977, %2113 : f32[] @ models/dino_pass.yaml:149:3
%2115 = output %2114 name="loss" : f32[] @ models/dino_pass.yaml:145:3
%2116 = broadcast %1276 : f32[1,1,65536] @ models/dino_pass.yaml:138:20
%2117 = mul %131, %2116 : f32[1,1,65536] @ models/dino_pass.yaml:138:20
%2118 = concat %644, %645, %1149, %1150 axis=0 : f32[8,1,65536] @ models/dino_pass.yaml:138:75
%2119 = reduce_sum %2118 axes=[0] keep=1 : f32[1,1,65536] @ models/lib/nn.yaml:73:26
%2120 = all_reduce_sum %2119 : f32[1,1,65536] @ models/lib/nn.yaml:73:16
%2121 = const data=[8] : f32[] @ models/lib/nn.yaml:73:65
%2122 = broadcast %2121 : f32[1,1,65536] @ models/lib/nn.yaml:73:52
%2123 = div %2120, %2122 : f32[1,1,65536] @ models/lib/nn.yaml:73:52
%2124 = broadcast %1876 : f32[1,1,65536] @ models/dino_pass.yaml:138:62
%2125 = mul %2124, %2123 : f32[1,1,65536] @ models/dino_pass.yaml:138:62
%2126 = add %2117, %2125 : f32[1,1,65536] @ models/dino_pass.yaml:138:38
%2127 = assign %131, %2126 : f32[1,1,65536] @ models/dino_pass.yaml:138:13
%2128 = broadcast %1276 : f32[1,4096] @ models/dino_pass.yaml:142:26
%2129 = mul %132, %2128 : f32[1,4096] @ models/dino_pass.yaml:142:26
%2130 = reshape %646 : f32[32,4096] @ models/dino_pass.yaml:142:81
%2131 = reshape %647 : f32[32,4096] @ models/dino_pass.yaml:142:81
%2132 = reshape %1151 : f32[18,4096] @ models/dino_pass.yaml:142:81
%2133 = reshape %1152 : f32[18,4096] @ models/dino_pass.yaml:142:81
%2134 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,32] @ models/lib/nn.yaml:73:26
%2135 = matmul %2134, %2130 ta=0 tb=0 : f32[1,4096] @ models/lib/nn.yaml:73:26
%2136 = matmul %2134, %2131 ta=0 tb=0 : f32[1,4096] @ models/lib/nn.yaml:73:26
%2137 = add %2135, %2136 : f32[1,4096] @ models/lib/nn.yaml:73:26
%2138 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,18] @ models/lib/nn.yaml:73:26
%2139 = matmul %2138, %2132 ta=0 tb=0 : f32[1,4096] @ models/lib/nn.yaml:73:26
%2140 = add %2137, %2139 : f32[1,4096] @ models/lib/nn.yaml:73:26
%2141 = matmul %2138, %2133 ta=0 tb=0 : f32[1,4096] @ models/lib/nn.yaml:73:26
%2142 = add %2140, %2141 : f32[1,4096] @ models/lib/nn.yaml:73:26
%2143 = all_reduce_sum %2142 : f32[1,4096] @ models/lib/nn.yaml:73:16
%2144 = const data=[1e+02] : f32[] @ models/lib/nn.yaml:73:65
%2145 = broadcast %2144 : f32[1,4096] @ models/lib/nn.yaml:73:52
%2146 = div %2143, %2145 : f32[1,4096] @ models/lib/nn.yaml:73:52
%2147 = broadcast %1876 : f32[1,4096] @ models/dino_pass.yaml:142:68
%2148 = mul %2147, %2146 : f32[1,4096] @ models/dino_pass.yaml:142:68
%2149 = add %2129, %2148 : f32[1,4096] @ models/dino_pass.yaml:142:44
%2150 = assign %132, %2149 : f32[1,4096] @ models/dino_pass.yaml:142:13
%2151 = cast %1 : f64[] @ models/dino_pass.yaml:122:3
%2152 = cast %2 : f64[] @ models/dino_pass.yaml:123:3
%2153 = cast %3 : f64[] @ models/dino_pass.yaml:124:3
%2154 = const data=[-0.0013888889] : f32[] @ models/lib/dino.yaml:39:21
%2155 = broadcast %2154 : f32[2,9] @ models/lib/dino.yaml:39:21
%2156 = reshape %2155 : f32[2,9,1] @ models/lib/dino.yaml:39:22
%2157 = broadcast %2156 : f32[2,9,4096] @ models/lib/dino.yaml:39:22
%2158 = stop_gradient %2091 : f32[2,9,4096] @ models/lib/dino.yaml:38:13
%2159 = mul %2157, %2158 : f32[2,9,4096] @ models/lib/dino.yaml:39:28
%2160 = neg %2159 : f32[2,9,4096] @ models/lib/nn.yaml:22:18
%2161 = reduce_sum %2160 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%2162 = div %2161, %2099 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%2163 = broadcast %2162 : f32[2,9,4096] @ models/lib/nn.yaml:22:24
%2164 = exp %2097 : f32[2,9,4096] @ models/lib/nn.yaml:22:28
%2165 = mul %2163, %2164 : f32[2,9,4096] @ models/lib/nn.yaml:22:28
%2166 = stop_gradient %2091 : f32[2,9,4096] @ models/lib/dino.yaml:38:13
%2167 = mul %2157, %2166 : f32[2,9,4096] @ models/lib/dino.yaml:39:28
%2168 = add %2167, %2165 : f32[2,9,4096] @ models/lib/nn.yaml:22:28
%2169 = div %2168, %2059 : f32[2,9,4096] @ models/lib/dino.yaml:39:44
%2170 = stop_gradient %2058 : f32[2,9,4096] @ models/lib/dino.yaml:38:13
%2171 = mul %2157, %2170 : f32[2,9,4096] @ models/lib/dino.yaml:39:28
%2172 = neg %2171 : f32[2,9,4096] @ models/lib/nn.yaml:22:18
%2173 = reduce_sum %2172 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%2174 = div %2173, %2067 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%2175 = broadcast %2174 : f32[2,9,4096] @ models/lib/nn.yaml:22:24
%2176 = exp %2065 : f32[2,9,4096] @ models/lib/nn.yaml:22:28
%2177 = mul %2175, %2176 : f32[2,9,4096] @ models/lib/nn.yaml:22:28
%2178 = stop_gradient %2058 : f32[2,9,4096] @ models/lib/dino.yaml:38:13
%2179 = mul %2157, %2178 : f32[2,9,4096] @ models/lib/dino.yaml:39:28
%2180 = add %2179, %2177 : f32[2,9,4096] @ models/lib/nn.yaml:22:28
%2181 = div %2180, %2059 : f32[2,9,4096] @ models/lib/dino.yaml:39:44
%2182 = const data=[-0.00078125] : f32[] @ models/lib/dino.yaml:39:21
%2183 = broadcast %2182 : f32[2,16] @ models/lib/dino.yaml:39:21
%2184 = reshape %2183 : f32[2,16,1] @ models/lib/dino.yaml:39:22
%2185 = broadcast %2184 : f32[2,16,4096] @ models/lib/dino.yaml:39:22
%2186 = stop_gradient %2025 : f32[2,16,4096] @ models/lib/dino.yaml:38:13
%2187 = mul %2185, %2186 : f32[2,16,4096] @ models/lib/dino.yaml:39:28
%2188 = neg %2187 : f32[2,16,4096] @ models/lib/nn.yaml:22:18
%2189 = reduce_sum %2188 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%2190 = div %2189, %2033 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%2191 = broadcast %2190 : f32[2,16,4096] @ models/lib/nn.yaml:22:24
%2192 = exp %2031 : f32[2,16,4096] @ models/lib/nn.yaml:22:28
%2193 = mul %2191, %2192 : f32[2,16,4096] @ models/lib/nn.yaml:22:28
%2194 = stop_gradient %2025 : f32[2,16,4096] @ models/lib/dino.yaml:38:13
%2195 = mul %2185, %2194 : f32[2,16,4096] @ models/lib/dino.yaml:39:28
%2196 = add %2195, %2193 : f32[2,16,4096] @ models/lib/nn.yaml:22:28
%2197 = div %2196, %1994 : f32[2,16,4096] @ models/lib/dino.yaml:39:44
%2198 = stop_gradient %1993 : f32[2,16,4096] @ models/lib/dino.yaml:38:13
%2199 = mul %2185, %2198 : f32[2,16,4096] @ models/lib/dino.yaml:39:28
%2200 = neg %2199 : f32[2,16,4096] @ models/lib/nn.yaml:22:18
%2201 = reduce_sum %2200 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%2202 = div %2201, %2002 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%2203 = broadcast %2202 : f32[2,16,4096] @ models/lib/nn.yaml:22:24
%2204 = exp %2000 : f32[2,16,4096] @ models/lib/nn.yaml:22:28
%2205 = mul %2203, %2204 : f32[2,16,4096] @ models/lib/nn.yaml:22:28
%2206 = stop_gradient %1993 : f32[2,16,4096] @ models/lib/dino.yaml:38:13
%2207 = mul %2185, %2206 : f32[2,16,4096] @ models/lib/dino.yaml:39:28
%2208 = add %2207, %2205 : f32[2,16,4096] @ models/lib/nn.yaml:22:28
%2209 = div %2208, %1994 : f32[2,16,4096] @ models/lib/dino.yaml:39:44
%2210 = const data=[-0.083333336] : f32[] @ models/lib/dino.yaml:39:21
%2211 = broadcast %2210 : f32[2,1] @ models/lib/dino.yaml:39:21
%2212 = reshape %2211 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%2213 = broadcast %2212 : f32[2,1,65536] @ models/lib/dino.yaml:39:22
%2214 = stop_gradient %1943 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2215 = mul %2213, %2214 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2216 = neg %2215 : f32[2,1,65536] @ models/lib/nn.yaml:22:18
%2217 = reduce_sum %2216 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%2218 = div %2217, %1921 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2219 = broadcast %2218 : f32[2,1,65536] @ models/lib/nn.yaml:22:24
%2220 = exp %1919 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2221 = mul %2219, %2220 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2222 = stop_gradient %1943 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2223 = mul %2213, %2222 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2224 = add %2223, %2221 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2225 = div %2224, %1877 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2226 = div %2217, %1903 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2227 = broadcast %2226 : f32[2,1,65536] @ models/lib/nn.yaml:22:24
%2228 = exp %1901 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2229 = mul %2227, %2228 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2230 = stop_gradient %1943 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2231 = mul %2213, %2230 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2232 = add %2231, %2229 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2233 = div %2232, %1877 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2234 = div %2217, %1951 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2235 = broadcast %2234 : f32[2,1,65536] @ models/lib/nn.yaml:22:24
%2236 = exp %1949 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2237 = mul %2235, %2236 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2238 = stop_gradient %1943 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2239 = mul %2213, %2238 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2240 = add %2239, %2237 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2241 = div %2240, %1877 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2242 = stop_gradient %1875 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2243 = mul %2213, %2242 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2244 = neg %2243 : f32[2,1,65536] @ models/lib/nn.yaml:22:18
%2245 = reduce_sum %2244 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%2246 = div %2245, %1921 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2247 = broadcast %2246 : f32[2,1,65536] @ models/lib/nn.yaml:22:24
%2248 = exp %1919 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2249 = mul %2247, %2248 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2250 = stop_gradient %1875 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2251 = mul %2213, %2250 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2252 = add %2251, %2249 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2253 = div %2252, %1877 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2254 = add %2225, %2253 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2255 = div %2245, %1903 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2256 = broadcast %2255 : f32[2,1,65536] @ models/lib/nn.yaml:22:24
%2257 = exp %1901 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2258 = mul %2256, %2257 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2259 = stop_gradient %1875 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2260 = mul %2213, %2259 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2261 = add %2260, %2258 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2262 = div %2261, %1877 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2263 = add %2233, %2262 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2264 = div %2245, %1885 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2265 = broadcast %2264 : f32[2,1,65536] @ models/lib/nn.yaml:22:24
%2266 = exp %1883 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2267 = mul %2265, %2266 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2268 = stop_gradient %1875 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2269 = mul %2213, %2268 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2270 = add %2269, %2267 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2271 = div %2270, %1877 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2272 = concat %2181, %2169 axis=0 : f32[4,9,4096] @ models/dino_pass.yaml:132:27
%2273 = concat %2263, %2254 axis=0 : f32[4,1,65536] @ models/dino_pass.yaml:132:20
%2274 = matmul %2272, %1501 ta=0 tb=0 : f32[4,9,64] @ models/lib/dino.yaml:23:18
%2275 = reshape %1856 : f32[36,64] @ models/lib/dino.yaml:23:18
%2276 = reshape %2272 : f32[36,4096] @ models/lib/dino.yaml:23:18
%2277 = matmul %2276, %2275 ta=1 tb=0 : f32[4096,64] @ models/lib/dino.yaml:23:18
%2278 = div %2277, %1500 : f32[4096,64] @ models/lib/dino.yaml:22:33
%2279 = mul %2278, %1501 : f32[4096,64] @ models/lib/dino.yaml:22:33
%2280 = neg %2279 : f32[4096,64] @ models/lib/dino.yaml:22:33
%2281 = reduce_sum %2280 axes=[1] keep=1 : f32[4096,1] @ models/lib/dino.yaml:22:33
%2282 = broadcast %210 : f32[4096,1] @ models/lib/dino.yaml:22:35
%2283 = mul %2281, %2282 : f32[4096,1] @ models/lib/dino.yaml:22:35
%2284 = div %2283, %1499 : f32[4096,1] @ models/lib/dino.yaml:22:35
%2285 = broadcast %2284 : f32[4096,64] @ models/lib/dino.yaml:22:40
%2286 = mul %2285, %68 : f32[4096,64] @ models/lib/dino.yaml:22:53
%2287 = add %2286, %2286 : f32[4096,64] @ models/lib/dino.yaml:22:53
%2288 = mul %2278, %1495 : f32[4096,64] @ models/lib/dino.yaml:22:22
%2289 = add %2287, %2288 : f32[4096,64] @ models/lib/dino.yaml:22:22
%2290 = div %2274, %1854 : f32[4,9,64] @ models/lib/nn.yaml:33:18
%2291 = mul %2290, %1856 : f32[4,9,64] @ models/lib/nn.yaml:33:18
%2292 = neg %2291 : f32[4,9,64] @ models/lib/nn.yaml:33:18
%2293 = reduce_sum %2292 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:18
%2294 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%2295 = broadcast %2294 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2296 = broadcast %210 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2297 = mul %2293, %2296 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2298 = sqrt %1851 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%2299 = eq %2298, %1143 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%2300 = select %2299, %2297, %2295 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2301 = sqrt %1851 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%2302 = gt %2301, %1143 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%2303 = select %2302, %2293, %2300 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2304 = mul %2303, %2296 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%2305 = sqrt %1851 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%2306 = div %2304, %2305 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%2307 = broadcast %2306 : f32[4,9,64] @ models/lib/nn.yaml:33:29
%2308 = add %1847, %1848 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2309 = mul %2307, %2308 : f32[4,9,64] @ models/lib/nn.yaml:33:35
%2310 = add %2290, %2309 : f32[4,9,64] @ models/lib/nn.yaml:33:35
%2311 = add %2310, %2309 : f32[4,9,64] @ models/lib/nn.yaml:33:35
%2312 = reduce_sum %2311 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2313 = reshape %2312 : f32[64] @ models/lib/nn.yaml:84:18
%2314 = matmul %2311, %65 ta=0 tb=0 : f32[4,9,256] @ models/lib/nn.yaml:83:15
%2315 = reshape %1846 : f32[36,256] @ models/lib/nn.yaml:83:15
%2316 = reshape %2311 : f32[36,64] @ models/lib/nn.yaml:83:15
%2317 = matmul %2316, %2315 ta=1 tb=0 : f32[64,256] @ models/lib/nn.yaml:83:15
%2318 = add %1838, %1839 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2319 = mul %2318, %743 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%2320 = erf %2319 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2321 = add %747, %2320 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%2322 = mul %2314, %2321 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%2323 = add %1838, %1839 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2324 = mul %740, %2323 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%2325 = mul %2314, %2324 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%2326 = add %1838, %1839 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2327 = mul %2326, %743 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%2328 = mul %2327, %2327 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2329 = neg %2328 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2330 = exp %2329 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2331 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%2332 = broadcast %2331 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2333 = mul %2330, %2332 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2334 = mul %2325, %2333 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2335 = mul %2334, %743 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%2336 = mul %2322, %740 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%2337 = add %2335, %2336 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%2338 = reduce_sum %2337 axes=[0,1] keep=1 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%2339 = reshape %2338 : f32[256] @ models/lib/nn.yaml:84:18
%2340 = matmul %2337, %63 ta=0 tb=0 : f32[4,9,256] @ models/lib/nn.yaml:83:15
%2341 = reshape %1837 : f32[36,256] @ models/lib/nn.yaml:83:15
%2342 = reshape %2337 : f32[36,256] @ models/lib/nn.yaml:83:15
%2343 = matmul %2342, %2341 ta=1 tb=0 : f32[256,256] @ models/lib/nn.yaml:83:15
%2344 = add %1829, %1830 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2345 = mul %2344, %743 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%2346 = erf %2345 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2347 = add %747, %2346 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%2348 = mul %2340, %2347 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%2349 = add %1829, %1830 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2350 = mul %740, %2349 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%2351 = mul %2340, %2350 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%2352 = add %1829, %1830 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2353 = mul %2352, %743 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%2354 = mul %2353, %2353 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2355 = neg %2354 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2356 = exp %2355 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2357 = mul %2356, %2332 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2358 = mul %2351, %2357 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2359 = mul %2358, %743 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%2360 = mul %2348, %740 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%2361 = add %2359, %2360 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%2362 = reduce_sum %2361 axes=[0,1] keep=1 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%2363 = reshape %2362 : f32[256] @ models/lib/nn.yaml:84:18
%2364 = matmul %2361, %61 ta=0 tb=0 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%2365 = reshape %1828 : f32[36,64] @ models/lib/nn.yaml:83:15
%2366 = reshape %2361 : f32[36,256] @ models/lib/nn.yaml:83:15
%2367 = matmul %2366, %2365 ta=1 tb=0 : f32[256,64] @ models/lib/nn.yaml:83:15
%2368 = matmul %2273, %1464 ta=0 tb=0 : f32[4,1,64] @ models/lib/dino.yaml:23:18
%2369 = reshape %1826 : f32[4,64] @ models/lib/dino.yaml:23:18
%2370 = reshape %2273 : f32[4,65536] @ models/lib/dino.yaml:23:18
%2371 = matmul %2370, %2369 ta=1 tb=0 : f32[65536,64] @ models/lib/dino.yaml:23:18
%2372 = div %2371, %1463 : f32[65536,64] @ models/lib/dino.yaml:22:33
%2373 = mul %2372, %1464 : f32[65536,64] @ models/lib/dino.yaml:22:33
%2374 = neg %2373 : f32[65536,64] @ models/lib/dino.yaml:22:33
%2375 = reduce_sum %2374 axes=[1] keep=1 : f32[65536,1] @ models/lib/dino.yaml:22:33
%2376 = broadcast %210 : f32[65536,1] @ models/lib/dino.yaml:22:35
%2377 = mul %2375, %2376 : f32[65536,1] @ models/lib/dino.yaml:22:35
%2378 = div %2377, %1462 : f32[65536,1] @ models/lib/dino.yaml:22:35
%2379 = broadcast %2378 : f32[65536,64] @ models/lib/dino.yaml:22:40
%2380 = mul %2379, %60 : f32[65536,64] @ models/lib/dino.yaml:22:53
%2381 = add %2380, %2380 : f32[65536,64] @ models/lib/dino.yaml:22:53
%2382 = mul %2372, %1458 : f32[65536,64] @ models/lib/dino.yaml:22:22
%2383 = add %2381, %2382 : f32[65536,64] @ models/lib/dino.yaml:22:22
%2384 = div %2368, %1825 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%2385 = mul %2384, %1826 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%2386 = neg %2385 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%2387 = reduce_sum %2386 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%2388 = broadcast %2294 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2389 = broadcast %210 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2390 = mul %2387, %2389 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2391 = sqrt %1822 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2392 = eq %2391, %594 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%2393 = select %2392, %2390, %2388 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2394 = sqrt %1822 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2395 = gt %2394, %594 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%2396 = select %2395, %2387, %2393 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2397 = mul %2396, %2389 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2398 = sqrt %1822 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2399 = div %2397, %2398 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2400 = broadcast %2399 : f32[4,1,64] @ models/lib/nn.yaml:33:29
%2401 = mul %2400, %1820 : f32[4,1,64] @ models/lib/nn.yaml:33:35
%2402 = add %2384, %2401 : f32[4,1,64] @ models/lib/nn.yaml:33:35
%2403 = add %2402, %2401 : f32[4,1,64] @ models/lib/nn.yaml:33:35
%2404 = reduce_sum %2403 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2405 = reshape %2404 : f32[64] @ models/lib/nn.yaml:84:18
%2406 = matmul %2403, %57 ta=0 tb=0 : f32[4,1,256] @ models/lib/nn.yaml:83:15
%2407 = reshape %1818 : f32[4,256] @ models/lib/nn.yaml:83:15
%2408 = reshape %2403 : f32[4,64] @ models/lib/nn.yaml:83:15
%2409 = matmul %2408, %2407 ta=1 tb=0 : f32[64,256] @ models/lib/nn.yaml:83:15
%2410 = mul %1813, %544 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2411 = erf %2410 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2412 = add %547, %2411 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%2413 = mul %2406, %2412 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2414 = mul %542, %1813 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2415 = mul %2406, %2414 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2416 = mul %1813, %544 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2417 = mul %2416, %2416 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2418 = neg %2417 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2419 = exp %2418 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2420 = broadcast %2331 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2421 = mul %2419, %2420 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2422 = mul %2415, %2421 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2423 = mul %2422, %544 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2424 = mul %2413, %542 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2425 = add %2423, %2424 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2426 = reduce_sum %2425 axes=[0,1] keep=1 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%2427 = reshape %2426 : f32[256] @ models/lib/nn.yaml:84:18
%2428 = matmul %2425, %55 ta=0 tb=0 : f32[4,1,256] @ models/lib/nn.yaml:83:15
%2429 = reshape %1811 : f32[4,256] @ models/lib/nn.yaml:83:15
%2430 = reshape %2425 : f32[4,256] @ models/lib/nn.yaml:83:15
%2431 = matmul %2430, %2429 ta=1 tb=0 : f32[256,256] @ models/lib/nn.yaml:83:15
%2432 = mul %1806, %544 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2433 = erf %2432 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2434 = add %547, %2433 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%2435 = mul %2428, %2434 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2436 = mul %542, %1806 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2437 = mul %2428, %2436 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2438 = mul %1806, %544 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2439 = mul %2438, %2438 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2440 = neg %2439 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2441 = exp %2440 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2442 = mul %2441, %2420 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2443 = mul %2437, %2442 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2444 = mul %2443, %544 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2445 = mul %2435, %542 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2446 = add %2444, %2445 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2447 = reduce_sum %2446 axes=[0,1] keep=1 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%2448 = reshape %2447 : f32[256] @ models/lib/nn.yaml:84:18
%2449 = matmul %2446, %53 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%2450 = reshape %1804 : f32[4,64] @ models/lib/nn.yaml:83:15
%2451 = reshape %2446 : f32[4,256] @ models/lib/nn.yaml:83:15
%2452 = matmul %2451, %2450 ta=1 tb=0 : f32[256,64] @ models/lib/nn.yaml:83:15
%2453 = concat %2449, %2364 axis=1 : f32[4,10,64] @ models/dino_pass.yaml:103:28
%2454 = reduce_sum %2453 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:46
%2455 = reshape %2454 : f32[64] @ models/lib/nn.yaml:96:46
%2456 = mul %2453, %1799 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%2457 = reduce_sum %2456 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:37
%2458 = reshape %2457 : f32[64] @ models/lib/nn.yaml:96:37
%2459 = mul %2453, %1800 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%2460 = mul %2459, %1798 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%2461 = mul %2453, %1800 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%2462 = mul %2461, %1792 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%2463 = reduce_sum %2462 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%2464 = mul %1797, %1797 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2465 = mul %1797, %2464 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2466 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%2467 = broadcast %2466 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2468 = mul %2465, %2467 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2469 = mul %2463, %2468 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2470 = div %2469, %991 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2471 = broadcast %2470 : f32[4,10,64] @ models/lib/nn.yaml:95:15
%2472 = mul %2471, %1792 : f32[4,10,64] @ models/lib/nn.yaml:95:22
%2473 = add %2460, %2472 : f32[4,10,64] @ models/lib/nn.yaml:95:22
%2474 = add %2473, %2472 : f32[4,10,64] @ models/lib/nn.yaml:95:22
%2475 = neg %2474 : f32[4,10,64] @ models/lib/nn.yaml:94:15
%2476 = reduce_sum %2475 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%2477 = div %2476, %991 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2478 = broadcast %2477 : f32[4,10,64] @ models/lib/nn.yaml:93:14
%2479 = add %2474, %2478 : f32[4,10,64] @ models/lib/nn.yaml:93:14
%2480 = slice %2479 lo=[0,0,0] hi=[4,1,64] : f32[4,1,64] @ models/lib/vit.yaml:111:21
%2481 = slice %2479 lo=[0,1,0] hi=[4,10,64] : f32[4,9,64] @ models/lib/vit.yaml:111:21
%2482 = reduce_sum %2480 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2483 = reshape %2482 : f32[64] @ models/lib/nn.yaml:84:18
%2484 = matmul %2480, %49 ta=0 tb=0 : f32[4,1,256] @ models/lib/nn.yaml:83:15
%2485 = reshape %1784 : f32[4,256] @ models/lib/nn.yaml:83:15
%2486 = reshape %2480 : f32[4,64] @ models/lib/nn.yaml:83:15
%2487 = matmul %2486, %2485 ta=1 tb=0 : f32[64,256] @ models/lib/nn.yaml:83:15
%2488 = mul %1779, %544 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2489 = erf %2488 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2490 = add %547, %2489 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%2491 = mul %2484, %2490 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2492 = mul %542, %1779 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2493 = mul %2484, %2492 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2494 = mul %1779, %544 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2495 = mul %2494, %2494 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2496 = neg %2495 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2497 = exp %2496 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2498 = mul %2497, %2420 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2499 = mul %2493, %2498 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2500 = mul %2499, %544 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2501 = mul %2491, %542 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2502 = add %2500, %2501 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2503 = reduce_sum %2502 axes=[0,1] keep=1 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%2504 = reshape %2503 : f32[256] @ models/lib/nn.yaml:84:18
%2505 = matmul %2502, %47 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%2506 = reshape %1777 : f32[4,64] @ models/lib/nn.yaml:83:15
%2507 = reshape %2502 : f32[4,256] @ models/lib/nn.yaml:83:15
%2508 = matmul %2507, %2506 ta=1 tb=0 : f32[256,64] @ models/lib/nn.yaml:83:15
%2509 = reduce_sum %2505 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:46
%2510 = reshape %2509 : f32[64] @ models/lib/nn.yaml:96:46
%2511 = mul %2505, %1400 : f32[4,1,64] @ models/lib/nn.yaml:96:37
%2512 = mul %2505, %1775 : f32[4,1,64] @ models/lib/nn.yaml:96:37
%2513 = reduce_sum %2512 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:37
%2514 = reshape %2513 : f32[64] @ models/lib/nn.yaml:96:37
%2515 = mul %2511, %1774 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%2516 = mul %2511, %1768 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%2517 = reduce_sum %2516 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%2518 = mul %1773, %1773 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2519 = mul %1773, %2518 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2520 = broadcast %2466 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2521 = mul %2519, %2520 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2522 = mul %2517, %2521 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2523 = div %2522, %523 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2524 = broadcast %2523 : f32[4,1,64] @ models/lib/nn.yaml:95:15
%2525 = mul %2524, %1768 : f32[4,1,64] @ models/lib/nn.yaml:95:22
%2526 = add %2515, %2525 : f32[4,1,64] @ models/lib/nn.yaml:95:22
%2527 = add %2526, %2525 : f32[4,1,64] @ models/lib/nn.yaml:95:22
%2528 = add %2480, %2527 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%2529 = neg %2527 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%2530 = reduce_sum %2529 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%2531 = div %2530, %523 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2532 = broadcast %2531 : f32[4,1,64] @ models/lib/nn.yaml:93:14
%2533 = add %2528, %2532 : f32[4,1,64] @ models/lib/nn.yaml:93:14
%2534 = reduce_sum %2533 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2535 = reshape %2534 : f32[64] @ models/lib/nn.yaml:84:18
%2536 = matmul %2533, %43 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%2537 = reshape %1760 : f32[4,64] @ models/lib/nn.yaml:83:15
%2538 = reshape %2533 : f32[4,64] @ models/lib/nn.yaml:83:15
%2539 = matmul %2538, %2537 ta=1 tb=0 : f32[64,64] @ models/lib/nn.yaml:83:15
%2540 = reshape %2536 : f32[4,1,2,32] @ models/lib/nn.yaml:57:16
%2541 = permute %2540 perm=[0,2,1,3] : f32[4,2,1,32] @ models/lib/nn.yaml:56:13
%2542 = reshape %2541 : f32[4,2,1,32,1] @ models/lib/nn.yaml:56:23
%2543 = broadcast %2542 : f32[4,2,1,32,10] @ models/lib/nn.yaml:56:23
%2544 = reshape %1725 : f32[4,10,2,32] @ models/lib/vit.yaml:80:22
%2545 = permute %2544 perm=[0,2,3,1] : f32[4,2,32,10] @ models/lib/nn.yaml:56:23
%2546 = reshape %2545 : f32[4,2,1,32,10] @ models/lib/nn.yaml:56:23
%2547 = reshape %1726 : f32[4,10,2,32] @ models/lib/vit.yaml:80:22
%2548 = permute %2547 perm=[0,2,3,1] : f32[4,2,32,10] @ models/lib/nn.yaml:56:23
%2549 = reshape %2548 : f32[4,2,1,32,10] @ models/lib/nn.yaml:56:23
%2550 = add %2546, %2549 : f32[4,2,1,32,10] @ models/lib/nn.yaml:84:18
%2551 = mul %2543, %2550 : f32[4,2,1,32,10] @ models/lib/nn.yaml:56:23
%2552 = reduce_sum %2551 axes=[3] keep=0 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%2553 = permute %1748 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%2554 = broadcast %2553 : f32[4,2,10,32] @ models/lib/nn.yaml:56:23
%2555 = broadcast %2541 : f32[4,2,10,32] @ models/lib/nn.yaml:56:23
%2556 = mul %2554, %2555 : f32[4,2,10,32] @ models/lib/nn.yaml:56:23
%2557 = div %2552, %1746 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2558 = mul %2557, %1748 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2559 = neg %2558 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2560 = reduce_sum %2559 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%2561 = broadcast %2560 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%2562 = add %2557, %2561 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%2563 = exp %1743 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2564 = mul %2562, %2563 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2565 = mul %2564, %1027 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2566 = reshape %2565 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%2567 = broadcast %2566 : f32[4,2,1,10,32] @ models/lib/nn.yaml:55:23
%2568 = reshape %1723 : f32[4,10,2,32] @ models/lib/vit.yaml:79:22
%2569 = permute %2568 perm=[0,2,1,3] : f32[4,2,10,32] @ models/lib/vit.yaml:79:14
%2570 = reshape %2569 : f32[4,2,1,10,32] @ models/lib/nn.yaml:55:23
%2571 = reshape %1724 : f32[4,10,2,32] @ models/lib/vit.yaml:79:22
%2572 = permute %2571 perm=[0,2,1,3] : f32[4,2,10,32] @ models/lib/vit.yaml:79:14
%2573 = reshape %2572 : f32[4,2,1,10,32] @ models/lib/nn.yaml:55:23
%2574 = add %2570, %2573 : f32[4,2,1,10,32] @ models/lib/nn.yaml:84:18
%2575 = mul %2567, %2574 : f32[4,2,1,10,32] @ models/lib/nn.yaml:55:23
%2576 = reduce_sum %2575 axes=[3] keep=0 : f32[4,2,1,32] @ models/lib/nn.yaml:55:23
%2577 = permute %2565 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%2578 = broadcast %2577 : f32[4,2,10,32] @ models/lib/nn.yaml:55:23
%2579 = broadcast %1722 : f32[4,2,10,32] @ models/lib/nn.yaml:55:23
%2580 = mul %2578, %2579 : f32[4,2,10,32] @ models/lib/nn.yaml:55:23
%2581 = permute %2556 perm=[0,2,1,3] : f32[4,10,2,32] @ models/lib/vit.yaml:80:14
%2582 = reshape %2581 : f32[4,10,64] @ models/lib/vit.yaml:80:22
%2583 = reduce_sum %2582 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2584 = reshape %2583 : f32[64] @ models/lib/nn.yaml:84:18
%2585 = matmul %2582, %41 ta=0 tb=0 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%2586 = reshape %1717 : f32[40,64] @ models/lib/nn.yaml:83:15
%2587 = reshape %2581 : f32[40,64] @ models/lib/nn.yaml:83:15
%2588 = matmul %2587, %2586 ta=1 tb=0 : f32[64,64] @ models/lib/nn.yaml:83:15
%2589 = permute %2580 perm=[0,2,1,3] : f32[4,10,2,32] @ models/lib/vit.yaml:79:14
%2590 = reshape %2589 : f32[4,10,64] @ models/lib/vit.yaml:79:22
%2591 = reduce_sum %2590 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2592 = reshape %2591 : f32[64] @ models/lib/nn.yaml:84:18
%2593 = matmul %2590, %39 ta=0 tb=0 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%2594 = add %2585, %2593 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%2595 = reshape %2589 : f32[40,64] @ models/lib/nn.yaml:83:15
%2596 = matmul %2595, %2586 ta=1 tb=0 : f32[64,64] @ models/lib/nn.yaml:83:15
%2597 = permute %2576 perm=[0,2,1,3] : f32[4,1,2,32] @ models/lib/vit.yaml:78:14
%2598 = reshape %2597 : f32[4,1,64] @ models/lib/vit.yaml:78:22
%2599 = reduce_sum %2598 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2600 = reshape %2599 : f32[64] @ models/lib/nn.yaml:84:18
%2601 = matmul %2598, %37 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%2602 = reshape %1718 : f32[4,64] @ models/lib/nn.yaml:83:15
%2603 = reshape %2597 : f32[4,64] @ models/lib/nn.yaml:83:15
%2604 = matmul %2603, %2602 ta=1 tb=0 : f32[64,64] @ models/lib/nn.yaml:83:15
%2605 = pad %2601 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,64] @ models/lib/vit.yaml:78:33
%2606 = add %2594, %2605 : f32[4,10,64] @ models/lib/vit.yaml:78:33
%2607 = reduce_sum %2606 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:46
%2608 = reshape %2607 : f32[64] @ models/lib/nn.yaml:96:46
%2609 = mul %2606, %1713 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%2610 = reduce_sum %2609 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:37
%2611 = reshape %2610 : f32[64] @ models/lib/nn.yaml:96:37
%2612 = mul %2606, %1714 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%2613 = mul %2612, %1712 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%2614 = mul %2606, %1714 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%2615 = mul %2614, %1706 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%2616 = reduce_sum %2615 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%2617 = mul %1711, %1711 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2618 = mul %1711, %2617 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2619 = mul %2618, %2467 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2620 = mul %2616, %2619 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2621 = div %2620, %991 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2622 = broadcast %2621 : f32[4,10,64] @ models/lib/nn.yaml:95:15
%2623 = mul %2622, %1706 : f32[4,10,64] @ models/lib/nn.yaml:95:22
%2624 = add %2613, %2623 : f32[4,10,64] @ models/lib/nn.yaml:95:22
%2625 = add %2624, %2623 : f32[4,10,64] @ models/lib/nn.yaml:95:22
%2626 = neg %2625 : f32[4,10,64] @ models/lib/nn.yaml:94:15
%2627 = reduce_sum %2626 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%2628 = div %2627, %991 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2629 = broadcast %2628 : f32[4,10,64] @ models/lib/nn.yaml:93:14
%2630 = add %2625, %2629 : f32[4,10,64] @ models/lib/nn.yaml:93:14
%2631 = slice %2630 lo=[0,0,0] hi=[4,1,64] : f32[4,1,64] @ models/lib/vit.yaml:95:24
%2632 = add %2533, %2631 : f32[4,1,64] @ models/lib/vit.yaml:95:24
%2633 = slice %2630 lo=[0,1,0] hi=[4,10,64] : f32[4,9,64] @ models/lib/vit.yaml:95:24
%2634 = add %2481, %2633 : f32[4,9,64] @ models/lib/vit.yaml:95:24
%2635 = reduce_sum %2632 axes=[0] keep=1 : f32[1,1,64] @ models/lib/vit.yaml:116:31
%2636 = mul %2634, %1699 : f32[4,9,64] @ models/lib/nn.yaml:50:51
%2637 = div %2636, %1658 : f32[4,9,64] @ models/lib/nn.yaml:50:38
%2638 = reduce_sum %2637 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2639 = reshape %2638 : f32[64] @ models/lib/nn.yaml:84:18
%2640 = matmul %2637, %32 ta=0 tb=0 : f32[4,9,256] @ models/lib/nn.yaml:83:15
%2641 = reshape %1690 : f32[36,256] @ models/lib/nn.yaml:83:15
%2642 = reshape %2637 : f32[36,64] @ models/lib/nn.yaml:83:15
%2643 = matmul %2642, %2641 ta=1 tb=0 : f32[64,256] @ models/lib/nn.yaml:83:15
%2644 = add %1682, %1683 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2645 = mul %2644, %743 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%2646 = erf %2645 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2647 = add %747, %2646 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%2648 = mul %2640, %2647 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%2649 = add %1682, %1683 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2650 = mul %740, %2649 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%2651 = mul %2640, %2650 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%2652 = add %1682, %1683 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2653 = mul %2652, %743 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%2654 = mul %2653, %2653 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2655 = neg %2654 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2656 = exp %2655 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2657 = mul %2656, %2332 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2658 = mul %2651, %2657 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2659 = mul %2658, %743 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%2660 = mul %2648, %740 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%2661 = add %2659, %2660 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%2662 = reduce_sum %2661 axes=[0,1] keep=1 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%2663 = reshape %2662 : f32[256] @ models/lib/nn.yaml:84:18
%2664 = matmul %2661, %30 ta=0 tb=0 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%2665 = reshape %1681 : f32[36,64] @ models/lib/nn.yaml:83:15
%2666 = reshape %2661 : f32[36,256] @ models/lib/nn.yaml:83:15
%2667 = matmul %2666, %2665 ta=1 tb=0 : f32[256,64] @ models/lib/nn.yaml:83:15
%2668 = reduce_sum %2664 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:46
%2669 = reshape %2668 : f32[64] @ models/lib/nn.yaml:96:46
%2670 = mul %2664, %1677 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%2671 = reduce_sum %2670 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:37
%2672 = reshape %2671 : f32[64] @ models/lib/nn.yaml:96:37
%2673 = mul %2664, %1678 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%2674 = mul %2673, %1676 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%2675 = mul %2664, %1678 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%2676 = mul %2675, %1670 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%2677 = reduce_sum %2676 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%2678 = mul %1675, %1675 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2679 = mul %1675, %2678 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2680 = broadcast %2466 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2681 = mul %2679, %2680 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2682 = mul %2677, %2681 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2683 = div %2682, %667 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2684 = broadcast %2683 : f32[4,9,64] @ models/lib/nn.yaml:95:15
%2685 = mul %2684, %1670 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%2686 = add %2674, %2685 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%2687 = add %2686, %2685 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%2688 = add %2634, %2687 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%2689 = neg %2687 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%2690 = reduce_sum %2689 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%2691 = div %2690, %667 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2692 = broadcast %2691 : f32[4,9,64] @ models/lib/nn.yaml:93:14
%2693 = add %2688, %2692 : f32[4,9,64] @ models/lib/nn.yaml:93:14
%2694 = mul %2693, %1664 : f32[4,9,64] @ models/lib/nn.yaml:50:51
%2695 = div %2694, %1658 : f32[4,9,64] @ models/lib/nn.yaml:50:38
%2696 = reduce_sum %2695 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2697 = reshape %2696 : f32[64] @ models/lib/nn.yaml:84:18
%2698 = matmul %2695, %26 ta=0 tb=0 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%2699 = reshape %1653 : f32[36,64] @ models/lib/nn.yaml:83:15
%2700 = reshape %2695 : f32[36,64] @ models/lib/nn.yaml:83:15
%2701 = matmul %2700, %2699 ta=1 tb=0 : f32[64,64] @ models/lib/nn.yaml:83:15
%2702 = reshape %2698 : f32[4,9,2,32] @ models/lib/nn.yaml:57:16
%2703 = permute %2702 perm=[0,2,1,3] : f32[4,2,9,32] @ models/lib/nn.yaml:56:13
%2704 = permute %1628 perm=[0,1,3,2] : f32[4,2,32,9] @ models/lib/nn.yaml:56:23
%2705 = reshape %2703 : f32[4,2,9,32,1] @ models/lib/nn.yaml:56:23
%2706 = broadcast %2705 : f32[4,2,9,32,9] @ models/lib/nn.yaml:56:23
%2707 = reshape %2704 : f32[4,2,1,32,9] @ models/lib/nn.yaml:56:23
%2708 = broadcast %2707 : f32[4,2,9,32,9] @ models/lib/nn.yaml:56:23
%2709 = mul %2706, %2708 : f32[4,2,9,32,9] @ models/lib/nn.yaml:56:23
%2710 = reduce_sum %2709 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%2711 = permute %1646 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%2712 = reshape %2711 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%2713 = broadcast %2712 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%2714 = reshape %2703 : f32[4,2,1,9,32] @ models/lib/nn.yaml:56:23
%2715 = broadcast %2714 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%2716 = mul %2713, %2715 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%2717 = reduce_sum %2716 axes=[3] keep=0 : f32[4,2,9,32] @ models/lib/nn.yaml:56:23
%2718 = div %2710, %1644 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%2719 = mul %2718, %1646 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%2720 = neg %2719 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%2721 = reduce_sum %2720 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%2722 = broadcast %2721 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%2723 = add %2718, %2722 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%2724 = exp %1641 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%2725 = mul %2723, %2724 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%2726 = mul %2725, %699 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%2727 = reshape %2726 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%2728 = broadcast %2727 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%2729 = reshape %1625 : f32[4,2,1,9,32] @ models/lib/nn.yaml:55:23
%2730 = broadcast %2729 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%2731 = mul %2728, %2730 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%2732 = reduce_sum %2731 axes=[3] keep=0 : f32[4,2,9,32] @ models/lib/nn.yaml:55:23
%2733 = permute %2726 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2734 = reshape %2733 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%2735 = broadcast %2734 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%2736 = reshape %1624 : f32[4,2,1,9,32] @ models/lib/nn.yaml:55:23
%2737 = broadcast %2736 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%2738 = mul %2735, %2737 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%2739 = reduce_sum %2738 axes=[3] keep=0 : f32[4,2,9,32] @ models/lib/nn.yaml:55:23
%2740 = reshape %2717 : f32[1,4,2,9,32] @ models/lib/nn.yaml:67:40
%2741 = reshape %2739 : f32[1,4,2,9,32] @ models/lib/nn.yaml:67:34
%2742 = reshape %2732 : f32[1,4,2,9,32] @ models/lib/nn.yaml:67:28
%2743 = concat %2742, %2741, %2740 axis=0 : f32[3,4,2,9,32] @ models/lib/nn.yaml:67:28
%2744 = permute %2743 perm=[1,3,0,2,4] : f32[4,9,3,2,32] @ models/lib/nn.yaml:66:13
%2745 = reshape %2744 : f32[4,9,192] @ models/lib/nn.yaml:66:21
%2746 = reduce_sum %2745 axes=[0,1] keep=1 : f32[1,1,192] @ models/lib/nn.yaml:84:18
%2747 = reshape %2746 : f32[192] @ models/lib/nn.yaml:84:18
%2748 = matmul %2745, %24 ta=0 tb=0 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%2749 = reshape %1618 : f32[36,64] @ models/lib/nn.yaml:83:15
%2750 = reshape %2744 : f32[36,192] @ models/lib/nn.yaml:83:15
%2751 = matmul %2750, %2749 ta=1 tb=0 : f32[192,64] @ models/lib/nn.yaml:83:15
%2752 = reduce_sum %2748 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:46
%2753 = reshape %2752 : f32[64] @ models/lib/nn.yaml:96:46
%2754 = mul %2748, %1614 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%2755 = reduce_sum %2754 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:37
%2756 = reshape %2755 : f32[64] @ models/lib/nn.yaml:96:37
%2757 = mul %2748, %1615 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%2758 = mul %2757, %1613 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%2759 = mul %2748, %1615 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%2760 = mul %2759, %1607 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%2761 = reduce_sum %2760 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%2762 = mul %1612, %1612 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2763 = mul %1612, %2762 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2764 = mul %2763, %2680 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2765 = mul %2761, %2764 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2766 = div %2765, %667 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2767 = broadcast %2766 : f32[4,9,64] @ models/lib/nn.yaml:95:15
%2768 = mul %2767, %1607 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%2769 = add %2758, %2768 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%2770 = add %2769, %2768 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%2771 = add %2693, %2770 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%2772 = neg %2770 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%2773 = reduce_sum %2772 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%2774 = div %2773, %667 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2775 = broadcast %2774 : f32[4,9,64] @ models/lib/nn.yaml:93:14
%2776 = add %2771, %2775 : f32[4,9,64] @ models/lib/nn.yaml:93:14
%2777 = reduce_sum %2776 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2778 = reshape %2777 : f32[64] @ models/lib/nn.yaml:84:18
%2779 = matmul %2776, %20 ta=0 tb=0 : f32[4,9,256] @ models/lib/nn.yaml:83:15
%2780 = reshape %1599 : f32[36,256] @ models/lib/nn.yaml:83:15
%2781 = reshape %2776 : f32[36,64] @ models/lib/nn.yaml:83:15
%2782 = matmul %2781, %2780 ta=1 tb=0 : f32[64,256] @ models/lib/nn.yaml:83:15
%2783 = add %1591, %1592 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2784 = mul %2783, %743 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%2785 = erf %2784 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2786 = add %747, %2785 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%2787 = mul %2779, %2786 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%2788 = add %1591, %1592 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2789 = mul %740, %2788 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%2790 = mul %2779, %2789 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%2791 = add %1591, %1592 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2792 = mul %2791, %743 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%2793 = mul %2792, %2792 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2794 = neg %2793 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2795 = exp %2794 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2796 = mul %2795, %2332 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2797 = mul %2790, %2796 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2798 = mul %2797, %743 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%2799 = mul %2787, %740 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%2800 = add %2798, %2799 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%2801 = reduce_sum %2800 axes=[0,1] keep=1 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%2802 = reshape %2801 : f32[256] @ models/lib/nn.yaml:84:18
%2803 = matmul %2800, %18 ta=0 tb=0 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%2804 = reshape %1590 : f32[36,64] @ models/lib/nn.yaml:83:15
%2805 = reshape %2800 : f32[36,256] @ models/lib/nn.yaml:83:15
%2806 = matmul %2805, %2804 ta=1 tb=0 : f32[256,64] @ models/lib/nn.yaml:83:15
%2807 = reduce_sum %2803 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:46
%2808 = reshape %2807 : f32[64] @ models/lib/nn.yaml:96:46
%2809 = mul %2803, %1586 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%2810 = reduce_sum %2809 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:37
%2811 = reshape %2810 : f32[64] @ models/lib/nn.yaml:96:37
%2812 = mul %2803, %1587 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%2813 = mul %2812, %1585 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%2814 = mul %2803, %1587 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%2815 = mul %2814, %1579 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%2816 = reduce_sum %2815 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%2817 = mul %1584, %1584 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2818 = mul %1584, %2817 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2819 = mul %2818, %2680 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2820 = mul %2816, %2819 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2821 = div %2820, %667 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2822 = broadcast %2821 : f32[4,9,64] @ models/lib/nn.yaml:95:15
%2823 = mul %2822, %1579 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%2824 = add %2813, %2823 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%2825 = add %2824, %2823 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%2826 = add %2776, %2825 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%2827 = neg %2825 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%2828 = reduce_sum %2827 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%2829 = div %2828, %667 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2830 = broadcast %2829 : f32[4,9,64] @ models/lib/nn.yaml:93:14
%2831 = add %2826, %2830 : f32[4,9,64] @ models/lib/nn.yaml:93:14
%2832 = reduce_sum %2831 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2833 = reshape %2832 : f32[64] @ models/lib/nn.yaml:84:18
%2834 = matmul %2831, %14 ta=0 tb=0 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%2835 = reshape %1570 : f32[36,64] @ models/lib/nn.yaml:83:15
%2836 = reshape %2831 : f32[36,64] @ models/lib/nn.yaml:83:15
%2837 = matmul %2836, %2835 ta=1 tb=0 : f32[64,64] @ models/lib/nn.yaml:83:15
%2838 = reshape %2834 : f32[4,9,2,32] @ models/lib/nn.yaml:57:16
%2839 = permute %2838 perm=[0,2,1,3] : f32[4,2,9,32] @ models/lib/nn.yaml:56:13
%2840 = permute %1545 perm=[0,1,3,2] : f32[4,2,32,9] @ models/lib/nn.yaml:56:23
%2841 = reshape %2839 : f32[4,2,9,32,1] @ models/lib/nn.yaml:56:23
%2842 = broadcast %2841 : f32[4,2,9,32,9] @ models/lib/nn.yaml:56:23
%2843 = reshape %2840 : f32[4,2,1,32,9] @ models/lib/nn.yaml:56:23
%2844 = broadcast %2843 : f32[4,2,9,32,9] @ models/lib/nn.yaml:56:23
%2845 = mul %2842, %2844 : f32[4,2,9,32,9] @ models/lib/nn.yaml:56:23
%2846 = reduce_sum %2845 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%2847 = permute %1563 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%2848 = reshape %2847 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%2849 = broadcast %2848 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%2850 = reshape %2839 : f32[4,2,1,9,32] @ models/lib/nn.yaml:56:23
%2851 = broadcast %2850 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%2852 = mul %2849, %2851 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%2853 = reduce_sum %2852 axes=[3] keep=0 : f32[4,2,9,32] @ models/lib/nn.yaml:56:23
%2854 = div %2846, %1561 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%2855 = mul %2854, %1563 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%2856 = neg %2855 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%2857 = reduce_sum %2856 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%2858 = broadcast %2857 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%2859 = add %2854, %2858 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%2860 = exp %1558 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%2861 = mul %2859, %2860 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%2862 = mul %2861, %699 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%2863 = reshape %2862 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%2864 = broadcast %2863 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%2865 = reshape %1542 : f32[4,2,1,9,32] @ models/lib/nn.yaml:55:23
%2866 = broadcast %2865 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%2867 = mul %2864, %2866 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%2868 = reduce_sum %2867 axes=[3] keep=0 : f32[4,2,9,32] @ models/lib/nn.yaml:55:23
%2869 = permute %2862 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2870 = reshape %2869 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%2871 = broadcast %2870 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%2872 = reshape %1541 : f32[4,2,1,9,32] @ models/lib/nn.yaml:55:23
%2873 = broadcast %2872 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%2874 = mul %2871, %2873 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%2875 = reduce_sum %2874 axes=[3] keep=0 : f32[4,2,9,32] @ models/lib/nn.yaml:55:23
%2876 = reshape %2853 : f32[1,4,2,9,32] @ models/lib/nn.yaml:67:40
%2877 = reshape %2875 : f32[1,4,2,9,32] @ models/lib/nn.yaml:67:34
%2878 = reshape %2868 : f32[1,4,2,9,32] @ models/lib/nn.yaml:67:28
%2879 = concat %2878, %2877, %2876 axis=0 : f32[3,4,2,9,32] @ models/lib/nn.yaml:67:28
%2880 = permute %2879 perm=[1,3,0,2,4] : f32[4,9,3,2,32] @ models/lib/nn.yaml:66:13
%2881 = reshape %2880 : f32[4,9,192] @ models/lib/nn.yaml:66:21
%2882 = reduce_sum %2881 axes=[0,1] keep=1 : f32[1,1,192] @ models/lib/nn.yaml:84:18
%2883 = reshape %2882 : f32[192] @ models/lib/nn.yaml:84:18
%2884 = matmul %2881, %12 ta=0 tb=0 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%2885 = reshape %1535 : f32[36,64] @ models/lib/nn.yaml:83:15
%2886 = reshape %2880 : f32[36,192] @ models/lib/nn.yaml:83:15
%2887 = matmul %2886, %2885 ta=1 tb=0 : f32[192,64] @ models/lib/nn.yaml:83:15
%2888 = reduce_sum %2884 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:46
%2889 = reshape %2888 : f32[64] @ models/lib/nn.yaml:96:46
%2890 = mul %2884, %1531 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%2891 = reduce_sum %2890 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:37
%2892 = reshape %2891 : f32[64] @ models/lib/nn.yaml:96:37
%2893 = mul %2884, %1532 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%2894 = mul %2893, %1530 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%2895 = mul %2884, %1532 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%2896 = mul %2895, %1524 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%2897 = reduce_sum %2896 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%2898 = mul %1529, %1529 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2899 = mul %1529, %2898 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2900 = mul %2899, %2680 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2901 = mul %2897, %2900 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2902 = div %2901, %667 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2903 = broadcast %2902 : f32[4,9,64] @ models/lib/nn.yaml:95:15
%2904 = mul %2903, %1524 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%2905 = add %2894, %2904 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%2906 = add %2905, %2904 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%2907 = add %2831, %2906 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%2908 = neg %2906 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%2909 = reduce_sum %2908 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%2910 = div %2909, %667 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2911 = broadcast %2910 : f32[4,9,64] @ models/lib/nn.yaml:93:14
%2912 = add %2907, %2911 : f32[4,9,64] @ models/lib/nn.yaml:93:14
%2913 = reduce_sum %2912 axes=[0] keep=1 : f32[1,9,64] @ models/lib/vit.yaml:62:15
%2914 = reshape %2913 : f32[3,3,64] @ models/lib/vit.yaml:36:16
%2915 = permute %2914 perm=[1,0,2] : f32[3,3,64] @ models/lib/vit.yaml:35:13
%2916 = reshape %2915 : f32[3,192] @ models/lib/vit.yaml:35:21
%2917 = matmul %654, %2916 ta=1 tb=0 : f32[4,192] @ models/lib/vit.yaml:34:15
%2918 = reshape %2917 : f32[4,3,64] @ models/lib/vit.yaml:34:17
%2919 = permute %2918 perm=[1,0,2] : f32[3,4,64] @ models/lib/vit.yaml:33:13
%2920 = reshape %2919 : f32[3,256] @ models/lib/vit.yaml:33:21
%2921 = matmul %654, %2920 ta=1 tb=0 : f32[4,256] @ models/lib/vit.yaml:32:15
%2922 = reshape %2921 : f32[1,16,64] @ models/lib/vit.yaml:32:17
%2923 = reduce_sum %2912 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/vit.yaml:17:71
%2924 = reshape %2923 : f32[64] @ models/lib/vit.yaml:17:71
%2925 = reshape %649 : f32[36,768] @ models/lib/vit.yaml:17:18
%2926 = reshape %2912 : f32[36,64] @ models/lib/vit.yaml:17:18
%2927 = matmul %2926, %2925 ta=1 tb=0 : f32[64,768] @ models/lib/vit.yaml:17:18
%2928 = reshape %2927 : f32[64,3,16,16] @ models/lib/vit.yaml:17:20
%2929 = concat %2209, %2197 axis=0 : f32[4,16,4096] @ models/dino_pass.yaml:132:27
%2930 = concat %2241, %2271 axis=0 : f32[4,1,65536] @ models/dino_pass.yaml:132:20
%2931 = matmul %2929, %1501 ta=0 tb=0 : f32[4,16,64] @ models/lib/dino.yaml:23:18
%2932 = reshape %1494 : f32[64,64] @ models/lib/dino.yaml:23:18
%2933 = reshape %2929 : f32[64,4096] @ models/lib/dino.yaml:23:18
%2934 = matmul %2933, %2932 ta=1 tb=0 : f32[4096,64] @ models/lib/dino.yaml:23:18
%2935 = div %2934, %1500 : f32[4096,64] @ models/lib/dino.yaml:22:33
%2936 = mul %2935, %1501 : f32[4096,64] @ models/lib/dino.yaml:22:33
%2937 = neg %2936 : f32[4096,64] @ models/lib/dino.yaml:22:33
%2938 = reduce_sum %2937 axes=[1] keep=1 : f32[4096,1] @ models/lib/dino.yaml:22:33
%2939 = mul %2938, %2282 : f32[4096,1] @ models/lib/dino.yaml:22:35
%2940 = div %2939, %1499 : f32[4096,1] @ models/lib/dino.yaml:22:35
%2941 = broadcast %2940 : f32[4096,64] @ models/lib/dino.yaml:22:40
%2942 = mul %2941, %68 : f32[4096,64] @ models/lib/dino.yaml:22:53
%2943 = add %2289, %2942 : f32[4096,64] @ models/lib/dino.yaml:22:53
%2944 = add %2943, %2942 : f32[4096,64] @ models/lib/dino.yaml:22:53
%2945 = mul %2935, %1495 : f32[4096,64] @ models/lib/dino.yaml:22:22
%2946 = add %2944, %2945 : f32[4096,64] @ models/lib/dino.yaml:22:22
%2947 = div %2931, %1492 : f32[4,16,64] @ models/lib/nn.yaml:33:18
%2948 = mul %2947, %1494 : f32[4,16,64] @ models/lib/nn.yaml:33:18
%2949 = neg %2948 : f32[4,16,64] @ models/lib/nn.yaml:33:18
%2950 = reduce_sum %2949 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:18
%2951 = broadcast %2294 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%2952 = broadcast %210 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%2953 = mul %2950, %2952 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%2954 = sqrt %1489 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%2955 = eq %2954, %631 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%2956 = select %2955, %2953, %2951 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%2957 = sqrt %1489 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%2958 = gt %2957, %631 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%2959 = select %2958, %2950, %2956 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%2960 = mul %2959, %2952 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%2961 = sqrt %1489 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%2962 = div %2960, %2961 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%2963 = broadcast %2962 : f32[4,16,64] @ models/lib/nn.yaml:33:29
%2964 = add %1485, %1486 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2965 = mul %2963, %2964 : f32[4,16,64] @ models/lib/nn.yaml:33:35
%2966 = add %2947, %2965 : f32[4,16,64] @ models/lib/nn.yaml:33:35
%2967 = add %2966, %2965 : f32[4,16,64] @ models/lib/nn.yaml:33:35
%2968 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,64] @ models/lib/nn.yaml:84:18
%2969 = reshape %2967 : f32[64,64] @ models/lib/nn.yaml:84:18
%2970 = matmul %2968, %2969 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%2971 = reshape %2970 : f32[64] @ models/lib/nn.yaml:84:18
%2972 = add %2313, %2971 : f32[64] @ models/lib/nn.yaml:84:18
%2973 = matmul %2967, %65 ta=0 tb=0 : f32[4,16,256] @ models/lib/nn.yaml:83:15
%2974 = reshape %1484 : f32[64,256] @ models/lib/nn.yaml:83:15
%2975 = matmul %2969, %2974 ta=1 tb=0 : f32[64,256] @ models/lib/nn.yaml:83:15
%2976 = add %2317, %2975 : f32[64,256] @ models/lib/nn.yaml:83:15
%2977 = add %1476, %1477 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%2978 = mul %2977, %215 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%2979 = erf %2978 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%2980 = add %220, %2979 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%2981 = mul %2973, %2980 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%2982 = add %1476, %1477 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%2983 = mul %211, %2982 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%2984 = mul %2973, %2983 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%2985 = add %1476, %1477 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%2986 = mul %2985, %215 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%2987 = mul %2986, %2986 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%2988 = neg %2987 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%2989 = exp %2988 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%2990 = broadcast %2331 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%2991 = mul %2989, %2990 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%2992 = mul %2984, %2991 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%2993 = mul %2992, %215 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%2994 = mul %2981, %211 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%2995 = add %2993, %2994 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%2996 = reshape %2995 : f32[64,256] @ models/lib/nn.yaml:84:18
%2997 = matmul %2968, %2996 ta=0 tb=0 : f32[1,256] @ models/lib/nn.yaml:84:18
%2998 = reshape %2997 : f32[256] @ models/lib/nn.yaml:84:18
%2999 = add %2339, %2998 : f32[256] @ models/lib/nn.yaml:84:18
%3000 = matmul %2995, %63 ta=0 tb=0 : f32[4,16,256] @ models/lib/nn.yaml:83:15
%3001 = reshape %1475 : f32[64,256] @ models/lib/nn.yaml:83:15
%3002 = matmul %2996, %3001 ta=1 tb=0 : f32[256,256] @ models/lib/nn.yaml:83:15
%3003 = add %2343, %3002 : f32[256,256] @ models/lib/nn.yaml:83:15
%3004 = add %1467, %1468 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3005 = mul %3004, %215 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%3006 = erf %3005 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3007 = add %220, %3006 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%3008 = mul %3000, %3007 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%3009 = add %1467, %1468 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3010 = mul %211, %3009 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%3011 = mul %3000, %3010 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%3012 = add %1467, %1468 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3013 = mul %3012, %215 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%3014 = mul %3013, %3013 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3015 = neg %3014 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3016 = exp %3015 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3017 = mul %3016, %2990 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3018 = mul %3011, %3017 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3019 = mul %3018, %215 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%3020 = mul %3008, %211 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%3021 = add %3019, %3020 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%3022 = reshape %3021 : f32[64,256] @ models/lib/nn.yaml:84:18
%3023 = matmul %2968, %3022 ta=0 tb=0 : f32[1,256] @ models/lib/nn.yaml:84:18
%3024 = reshape %3023 : f32[256] @ models/lib/nn.yaml:84:18
%3025 = add %2363, %3024 : f32[256] @ models/lib/nn.yaml:84:18
%3026 = matmul %3021, %61 ta=0 tb=0 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%3027 = reshape %1466 : f32[64,64] @ models/lib/nn.yaml:83:15
%3028 = matmul %3022, %3027 ta=1 tb=0 : f32[256,64] @ models/lib/nn.yaml:83:15
%3029 = add %2367, %3028 : f32[256,64] @ models/lib/nn.yaml:83:15
%3030 = matmul %2930, %1464 ta=0 tb=0 : f32[4,1,64] @ models/lib/dino.yaml:23:18
%3031 = reshape %1457 : f32[4,64] @ models/lib/dino.yaml:23:18
%3032 = reshape %2930 : f32[4,65536] @ models/lib/dino.yaml:23:18
%3033 = matmul %3032, %3031 ta=1 tb=0 : f32[65536,64] @ models/lib/dino.yaml:23:18
%3034 = div %3033, %1463 : f32[65536,64] @ models/lib/dino.yaml:22:33
%3035 = mul %3034, %1464 : f32[65536,64] @ models/lib/dino.yaml:22:33
%3036 = neg %3035 : f32[65536,64] @ models/lib/dino.yaml:22:33
%3037 = reduce_sum %3036 axes=[1] keep=1 : f32[65536,1] @ models/lib/dino.yaml:22:33
%3038 = mul %3037, %2376 : f32[65536,1] @ models/lib/dino.yaml:22:35
%3039 = div %3038, %1462 : f32[65536,1] @ models/lib/dino.yaml:22:35
%3040 = broadcast %3039 : f32[65536,64] @ models/lib/dino.yaml:22:40
%3041 = mul %3040, %60 : f32[65536,64] @ models/lib/dino.yaml:22:53
%3042 = add %2383, %3041 : f32[65536,64] @ models/lib/dino.yaml:22:53
%3043 = add %3042, %3041 : f32[65536,64] @ models/lib/dino.yaml:22:53
%3044 = mul %3034, %1458 : f32[65536,64] @ models/lib/dino.yaml:22:22
%3045 = add %3043, %3044 : f32[65536,64] @ models/lib/dino.yaml:22:22
%3046 = div %3030, %1456 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%3047 = mul %3046, %1457 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%3048 = neg %3047 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%3049 = reduce_sum %3048 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%3050 = mul %3049, %2389 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3051 = sqrt %1453 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3052 = eq %3051, %594 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%3053 = select %3052, %3050, %2388 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3054 = sqrt %1453 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3055 = gt %3054, %594 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%3056 = select %3055, %3049, %3053 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3057 = mul %3056, %2389 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3058 = sqrt %1453 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3059 = div %3057, %3058 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3060 = broadcast %3059 : f32[4,1,64] @ models/lib/nn.yaml:33:29
%3061 = mul %3060, %1451 : f32[4,1,64] @ models/lib/nn.yaml:33:35
%3062 = add %3046, %3061 : f32[4,1,64] @ models/lib/nn.yaml:33:35
%3063 = add %3062, %3061 : f32[4,1,64] @ models/lib/nn.yaml:33:35
%3064 = reduce_sum %3063 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3065 = reshape %3064 : f32[64] @ models/lib/nn.yaml:84:18
%3066 = add %2405, %3065 : f32[64] @ models/lib/nn.yaml:84:18
%3067 = matmul %3063, %57 ta=0 tb=0 : f32[4,1,256] @ models/lib/nn.yaml:83:15
%3068 = reshape %1448 : f32[4,256] @ models/lib/nn.yaml:83:15
%3069 = reshape %3063 : f32[4,64] @ models/lib/nn.yaml:83:15
%3070 = matmul %3069, %3068 ta=1 tb=0 : f32[64,256] @ models/lib/nn.yaml:83:15
%3071 = add %2409, %3070 : f32[64,256] @ models/lib/nn.yaml:83:15
%3072 = mul %1443, %544 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%3073 = erf %3072 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3074 = add %547, %3073 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%3075 = mul %3067, %3074 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%3076 = mul %542, %1443 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%3077 = mul %3067, %3076 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%3078 = mul %1443, %544 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%3079 = mul %3078, %3078 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3080 = neg %3079 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3081 = exp %3080 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3082 = mul %3081, %2420 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3083 = mul %3077, %3082 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3084 = mul %3083, %544 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%3085 = mul %3075, %542 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%3086 = add %3084, %3085 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%3087 = reduce_sum %3086 axes=[0,1] keep=1 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%3088 = reshape %3087 : f32[256] @ models/lib/nn.yaml:84:18
%3089 = add %2427, %3088 : f32[256] @ models/lib/nn.yaml:84:18
%3090 = matmul %3086, %55 ta=0 tb=0 : f32[4,1,256] @ models/lib/nn.yaml:83:15
%3091 = reshape %1440 : f32[4,256] @ models/lib/nn.yaml:83:15
%3092 = reshape %3086 : f32[4,256] @ models/lib/nn.yaml:83:15
%3093 = matmul %3092, %3091 ta=1 tb=0 : f32[256,256] @ models/lib/nn.yaml:83:15
%3094 = add %2431, %3093 : f32[256,256] @ models/lib/nn.yaml:83:15
%3095 = mul %1435, %544 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%3096 = erf %3095 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3097 = add %547, %3096 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%3098 = mul %3090, %3097 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%3099 = mul %542, %1435 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%3100 = mul %3090, %3099 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%3101 = mul %1435, %544 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%3102 = mul %3101, %3101 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3103 = neg %3102 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3104 = exp %3103 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3105 = mul %3104, %2420 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3106 = mul %3100, %3105 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3107 = mul %3106, %544 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%3108 = mul %3098, %542 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%3109 = add %3107, %3108 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%3110 = reduce_sum %3109 axes=[0,1] keep=1 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%3111 = reshape %3110 : f32[256] @ models/lib/nn.yaml:84:18
%3112 = add %2448, %3111 : f32[256] @ models/lib/nn.yaml:84:18
%3113 = matmul %3109, %53 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%3114 = reshape %1432 : f32[4,64] @ models/lib/nn.yaml:83:15
%3115 = reshape %3109 : f32[4,256] @ models/lib/nn.yaml:83:15
%3116 = matmul %3115, %3114 ta=1 tb=0 : f32[256,64] @ models/lib/nn.yaml:83:15
%3117 = add %2452, %3116 : f32[256,64] @ models/lib/nn.yaml:83:15
%3118 = concat %3113, %3026 axis=1 : f32[4,17,64] @ models/dino_pass.yaml:103:28
%3119 = const data=[1,1,1,1] : f32[1,4] @ models/lib/nn.yaml:96:46
%3120 = reshape %3113 : f32[4,64] @ models/lib/nn.yaml:96:46
%3121 = matmul %3119, %3120 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:46
%3122 = reshape %3026 : f32[64,64] @ models/lib/nn.yaml:96:46
%3123 = matmul %2968, %3122 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:46
%3124 = add %3121, %3123 : f32[1,64] @ models/lib/nn.yaml:96:46
%3125 = reshape %3124 : f32[64] @ models/lib/nn.yaml:96:46
%3126 = add %2455, %3125 : f32[64] @ models/lib/nn.yaml:96:46
%3127 = mul %3118, %1427 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%3128 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,68] @ models/lib/nn.yaml:96:37
%3129 = reshape %3127 : f32[68,64] @ models/lib/nn.yaml:96:37
%3130 = matmul %3128, %3129 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:37
%3131 = reshape %3130 : f32[64] @ models/lib/nn.yaml:96:37
%3132 = add %2458, %3131 : f32[64] @ models/lib/nn.yaml:96:37
%3133 = mul %3118, %1428 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%3134 = mul %3133, %1426 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%3135 = mul %3118, %1428 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%3136 = mul %3135, %1420 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%3137 = reduce_sum %3136 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%3138 = mul %1425, %1425 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3139 = mul %1425, %3138 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3140 = broadcast %2466 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3141 = mul %3139, %3140 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3142 = mul %3137, %3141 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3143 = div %3142, %456 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%3144 = broadcast %3143 : f32[4,17,64] @ models/lib/nn.yaml:95:15
%3145 = mul %3144, %1420 : f32[4,17,64] @ models/lib/nn.yaml:95:22
%3146 = add %3134, %3145 : f32[4,17,64] @ models/lib/nn.yaml:95:22
%3147 = add %3146, %3145 : f32[4,17,64] @ models/lib/nn.yaml:95:22
%3148 = neg %3147 : f32[4,17,64] @ models/lib/nn.yaml:94:15
%3149 = reduce_sum %3148 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%3150 = div %3149, %456 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%3151 = broadcast %3150 : f32[4,17,64] @ models/lib/nn.yaml:93:14
%3152 = add %3147, %3151 : f32[4,17,64] @ models/lib/nn.yaml:93:14
%3153 = slice %3152 lo=[0,0,0] hi=[4,1,64] : f32[4,1,64] @ models/lib/vit.yaml:111:21
%3154 = slice %3152 lo=[0,1,0] hi=[4,17,64] : f32[4,16,64] @ models/lib/vit.yaml:111:21
%3155 = reduce_sum %3153 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3156 = reshape %3155 : f32[64] @ models/lib/nn.yaml:84:18
%3157 = add %2483, %3156 : f32[64] @ models/lib/nn.yaml:84:18
%3158 = matmul %3153, %49 ta=0 tb=0 : f32[4,1,256] @ models/lib/nn.yaml:83:15
%3159 = reshape %1411 : f32[4,256] @ models/lib/nn.yaml:83:15
%3160 = reshape %3153 : f32[4,64] @ models/lib/nn.yaml:83:15
%3161 = matmul %3160, %3159 ta=1 tb=0 : f32[64,256] @ models/lib/nn.yaml:83:15
%3162 = add %2487, %3161 : f32[64,256] @ models/lib/nn.yaml:83:15
%3163 = mul %1406, %544 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%3164 = erf %3163 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3165 = add %547, %3164 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%3166 = mul %3158, %3165 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%3167 = mul %542, %1406 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%3168 = mul %3158, %3167 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%3169 = mul %1406, %544 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%3170 = mul %3169, %3169 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3171 = neg %3170 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3172 = exp %3171 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3173 = mul %3172, %2420 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3174 = mul %3168, %3173 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3175 = mul %3174, %544 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%3176 = mul %3166, %542 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%3177 = add %3175, %3176 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%3178 = reduce_sum %3177 axes=[0,1] keep=1 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%3179 = reshape %3178 : f32[256] @ models/lib/nn.yaml:84:18
%3180 = add %2504, %3179 : f32[256] @ models/lib/nn.yaml:84:18
%3181 = matmul %3177, %47 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%3182 = reshape %1403 : f32[4,64] @ models/lib/nn.yaml:83:15
%3183 = reshape %3177 : f32[4,256] @ models/lib/nn.yaml:83:15
%3184 = matmul %3183, %3182 ta=1 tb=0 : f32[256,64] @ models/lib/nn.yaml:83:15
%3185 = add %2508, %3184 : f32[256,64] @ models/lib/nn.yaml:83:15
%3186 = reduce_sum %3181 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:46
%3187 = reshape %3186 : f32[64] @ models/lib/nn.yaml:96:46
%3188 = add %2510, %3187 : f32[64] @ models/lib/nn.yaml:96:46
%3189 = mul %3181, %1400 : f32[4,1,64] @ models/lib/nn.yaml:96:37
%3190 = mul %3181, %1399 : f32[4,1,64] @ models/lib/nn.yaml:96:37
%3191 = reduce_sum %3190 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:37
%3192 = reshape %3191 : f32[64] @ models/lib/nn.yaml:96:37
%3193 = add %2514, %3192 : f32[64] @ models/lib/nn.yaml:96:37
%3194 = mul %3189, %1398 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%3195 = mul %3189, %1392 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%3196 = reduce_sum %3195 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%3197 = mul %1397, %1397 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3198 = mul %1397, %3197 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3199 = mul %3198, %2520 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3200 = mul %3196, %3199 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3201 = div %3200, %523 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3202 = broadcast %3201 : f32[4,1,64] @ models/lib/nn.yaml:95:15
%3203 = mul %3202, %1392 : f32[4,1,64] @ models/lib/nn.yaml:95:22
%3204 = add %3194, %3203 : f32[4,1,64] @ models/lib/nn.yaml:95:22
%3205 = add %3204, %3203 : f32[4,1,64] @ models/lib/nn.yaml:95:22
%3206 = add %3153, %3205 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%3207 = neg %3205 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%3208 = reduce_sum %3207 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%3209 = div %3208, %523 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3210 = broadcast %3209 : f32[4,1,64] @ models/lib/nn.yaml:93:14
%3211 = add %3206, %3210 : f32[4,1,64] @ models/lib/nn.yaml:93:14
%3212 = reduce_sum %3211 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3213 = reshape %3212 : f32[64] @ models/lib/nn.yaml:84:18
%3214 = add %2535, %3213 : f32[64] @ models/lib/nn.yaml:84:18
%3215 = matmul %3211, %43 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%3216 = reshape %1383 : f32[4,64] @ models/lib/nn.yaml:83:15
%3217 = reshape %3211 : f32[4,64] @ models/lib/nn.yaml:83:15
%3218 = matmul %3217, %3216 ta=1 tb=0 : f32[64,64] @ models/lib/nn.yaml:83:15
%3219 = add %2539, %3218 : f32[64,64] @ models/lib/nn.yaml:83:15
%3220 = reshape %3215 : f32[4,1,2,32] @ models/lib/nn.yaml:57:16
%3221 = permute %3220 perm=[0,2,1,3] : f32[4,2,1,32] @ models/lib/nn.yaml:56:13
%3222 = reshape %3221 : f32[4,2,1,32,1] @ models/lib/nn.yaml:56:23
%3223 = broadcast %3222 : f32[4,2,1,32,17] @ models/lib/nn.yaml:56:23
%3224 = reshape %1348 : f32[4,17,2,32] @ models/lib/vit.yaml:80:22
%3225 = permute %3224 perm=[0,2,3,1] : f32[4,2,32,17] @ models/lib/nn.yaml:56:23
%3226 = reshape %3225 : f32[4,2,1,32,17] @ models/lib/nn.yaml:56:23
%3227 = reshape %1349 : f32[4,17,2,32] @ models/lib/vit.yaml:80:22
%3228 = permute %3227 perm=[0,2,3,1] : f32[4,2,32,17] @ models/lib/nn.yaml:56:23
%3229 = reshape %3228 : f32[4,2,1,32,17] @ models/lib/nn.yaml:56:23
%3230 = add %3226, %3229 : f32[4,2,1,32,17] @ models/lib/nn.yaml:84:18
%3231 = mul %3223, %3230 : f32[4,2,1,32,17] @ models/lib/nn.yaml:56:23
%3232 = reduce_sum %3231 axes=[3] keep=0 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%3233 = permute %1371 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%3234 = broadcast %3233 : f32[4,2,17,32] @ models/lib/nn.yaml:56:23
%3235 = broadcast %3221 : f32[4,2,17,32] @ models/lib/nn.yaml:56:23
%3236 = mul %3234, %3235 : f32[4,2,17,32] @ models/lib/nn.yaml:56:23
%3237 = div %3232, %1369 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%3238 = mul %3237, %1371 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%3239 = neg %3238 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%3240 = reduce_sum %3239 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%3241 = broadcast %3240 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%3242 = add %3237, %3241 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%3243 = exp %1366 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%3244 = mul %3242, %3243 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%3245 = mul %3244, %493 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%3246 = reshape %3245 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%3247 = broadcast %3246 : f32[4,2,1,17,32] @ models/lib/nn.yaml:55:23
%3248 = reshape %1346 : f32[4,17,2,32] @ models/lib/vit.yaml:79:22
%3249 = permute %3248 perm=[0,2,1,3] : f32[4,2,17,32] @ models/lib/vit.yaml:79:14
%3250 = reshape %3249 : f32[4,2,1,17,32] @ models/lib/nn.yaml:55:23
%3251 = reshape %1347 : f32[4,17,2,32] @ models/lib/vit.yaml:79:22
%3252 = permute %3251 perm=[0,2,1,3] : f32[4,2,17,32] @ models/lib/vit.yaml:79:14
%3253 = reshape %3252 : f32[4,2,1,17,32] @ models/lib/nn.yaml:55:23
%3254 = add %3250, %3253 : f32[4,2,1,17,32] @ models/lib/nn.yaml:84:18
%3255 = mul %3247, %3254 : f32[4,2,1,17,32] @ models/lib/nn.yaml:55:23
%3256 = reduce_sum %3255 axes=[3] keep=0 : f32[4,2,1,32] @ models/lib/nn.yaml:55:23
%3257 = permute %3245 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%3258 = broadcast %3257 : f32[4,2,17,32] @ models/lib/nn.yaml:55:23
%3259 = broadcast %1345 : f32[4,2,17,32] @ models/lib/nn.yaml:55:23
%3260 = mul %3258, %3259 : f32[4,2,17,32] @ models/lib/nn.yaml:55:23
%3261 = permute %3236 perm=[0,2,1,3] : f32[4,17,2,32] @ models/lib/vit.yaml:80:14
%3262 = reshape %3261 : f32[4,17,64] @ models/lib/vit.yaml:80:22
%3263 = reshape %3261 : f32[68,64] @ models/lib/nn.yaml:84:18
%3264 = matmul %3128, %3263 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%3265 = reshape %3264 : f32[64] @ models/lib/nn.yaml:84:18
%3266 = add %2584, %3265 : f32[64] @ models/lib/nn.yaml:84:18
%3267 = matmul %3262, %41 ta=0 tb=0 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%3268 = reshape %1339 : f32[68,64] @ models/lib/nn.yaml:83:15
%3269 = matmul %3263, %3268 ta=1 tb=0 : f32[64,64] @ models/lib/nn.yaml:83:15
%3270 = add %2588, %3269 : f32[64,64] @ models/lib/nn.yaml:83:15
%3271 = permute %3260 perm=[0,2,1,3] : f32[4,17,2,32] @ models/lib/vit.yaml:79:14
%3272 = reshape %3271 : f32[4,17,64] @ models/lib/vit.yaml:79:22
%3273 = reshape %3271 : f32[68,64] @ models/lib/nn.yaml:84:18
%3274 = matmul %3128, %3273 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%3275 = reshape %3274 : f32[64] @ models/lib/nn.yaml:84:18
%3276 = add %2592, %3275 : f32[64] @ models/lib/nn.yaml:84:18
%3277 = matmul %3272, %39 ta=0 tb=0 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%3278 = add %3267, %3277 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%3279 = matmul %3273, %3268 ta=1 tb=0 : f32[64,64] @ models/lib/nn.yaml:83:15
%3280 = add %2596, %3279 : f32[64,64] @ models/lib/nn.yaml:83:15
%3281 = permute %3256 perm=[0,2,1,3] : f32[4,1,2,32] @ models/lib/vit.yaml:78:14
%3282 = reshape %3281 : f32[4,1,64] @ models/lib/vit.yaml:78:22
%3283 = reduce_sum %3282 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3284 = reshape %3283 : f32[64] @ models/lib/nn.yaml:84:18
%3285 = add %2600, %3284 : f32[64] @ models/lib/nn.yaml:84:18
%3286 = matmul %3282, %37 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%3287 = reshape %1340 : f32[4,64] @ models/lib/nn.yaml:83:15
%3288 = reshape %3281 : f32[4,64] @ models/lib/nn.yaml:83:15
%3289 = matmul %3288, %3287 ta=1 tb=0 : f32[64,64] @ models/lib/nn.yaml:83:15
%3290 = add %2604, %3289 : f32[64,64] @ models/lib/nn.yaml:83:15
%3291 = pad %3286 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,64] @ models/lib/vit.yaml:78:33
%3292 = add %3278, %3291 : f32[4,17,64] @ models/lib/vit.yaml:78:33
%3293 = reshape %3292 : f32[68,64] @ models/lib/nn.yaml:96:46
%3294 = matmul %3128, %3293 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:46
%3295 = reshape %3294 : f32[64] @ models/lib/nn.yaml:96:46
%3296 = add %2608, %3295 : f32[64] @ models/lib/nn.yaml:96:46
%3297 = mul %3292, %1335 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%3298 = reshape %3297 : f32[68,64] @ models/lib/nn.yaml:96:37
%3299 = matmul %3128, %3298 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:37
%3300 = reshape %3299 : f32[64] @ models/lib/nn.yaml:96:37
%3301 = add %2611, %3300 : f32[64] @ models/lib/nn.yaml:96:37
%3302 = mul %3292, %1336 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%3303 = mul %3302, %1334 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%3304 = mul %3292, %1336 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%3305 = mul %3304, %1328 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%3306 = reduce_sum %3305 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%3307 = mul %1333, %1333 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3308 = mul %1333, %3307 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3309 = mul %3308, %3140 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3310 = mul %3306, %3309 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3311 = div %3310, %456 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%3312 = broadcast %3311 : f32[4,17,64] @ models/lib/nn.yaml:95:15
%3313 = mul %3312, %1328 : f32[4,17,64] @ models/lib/nn.yaml:95:22
%3314 = add %3303, %3313 : f32[4,17,64] @ models/lib/nn.yaml:95:22
%3315 = add %3314, %3313 : f32[4,17,64] @ models/lib/nn.yaml:95:22
%3316 = neg %3315 : f32[4,17,64] @ models/lib/nn.yaml:94:15
%3317 = reduce_sum %3316 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%3318 = div %3317, %456 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%3319 = broadcast %3318 : f32[4,17,64] @ models/lib/nn.yaml:93:14
%3320 = add %3315, %3319 : f32[4,17,64] @ models/lib/nn.yaml:93:14
%3321 = slice %3320 lo=[0,0,0] hi=[4,1,64] : f32[4,1,64] @ models/lib/vit.yaml:95:24
%3322 = add %3211, %3321 : f32[4,1,64] @ models/lib/vit.yaml:95:24
%3323 = slice %3320 lo=[0,1,0] hi=[4,17,64] : f32[4,16,64] @ models/lib/vit.yaml:95:24
%3324 = add %3154, %3323 : f32[4,16,64] @ models/lib/vit.yaml:95:24
%3325 = reduce_sum %3322 axes=[0] keep=1 : f32[1,1,64] @ models/lib/vit.yaml:116:31
%3326 = add %2635, %3325 : f32[1,1,64] @ models/lib/vit.yaml:116:31
%3327 = mul %3324, %1320 : f32[4,16,64] @ models/lib/nn.yaml:50:51
%3328 = div %3327, %1277 : f32[4,16,64] @ models/lib/nn.yaml:50:38
%3329 = reshape %3328 : f32[64,64] @ models/lib/nn.yaml:84:18
%3330 = matmul %2968, %3329 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%3331 = reshape %3330 : f32[64] @ models/lib/nn.yaml:84:18
%3332 = add %2639, %3331 : f32[64] @ models/lib/nn.yaml:84:18
%3333 = matmul %3328, %32 ta=0 tb=0 : f32[4,16,256] @ models/lib/nn.yaml:83:15
%3334 = reshape %1311 : f32[64,256] @ models/lib/nn.yaml:83:15
%3335 = matmul %3329, %3334 ta=1 tb=0 : f32[64,256] @ models/lib/nn.yaml:83:15
%3336 = add %2643, %3335 : f32[64,256] @ models/lib/nn.yaml:83:15
%3337 = add %1303, %1304 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3338 = mul %3337, %215 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%3339 = erf %3338 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3340 = add %220, %3339 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%3341 = mul %3333, %3340 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%3342 = add %1303, %1304 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3343 = mul %211, %3342 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%3344 = mul %3333, %3343 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%3345 = add %1303, %1304 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3346 = mul %3345, %215 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%3347 = mul %3346, %3346 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3348 = neg %3347 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3349 = exp %3348 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3350 = mul %3349, %2990 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3351 = mul %3344, %3350 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3352 = mul %3351, %215 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%3353 = mul %3341, %211 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%3354 = add %3352, %3353 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%3355 = reshape %3354 : f32[64,256] @ models/lib/nn.yaml:84:18
%3356 = matmul %2968, %3355 ta=0 tb=0 : f32[1,256] @ models/lib/nn.yaml:84:18
%3357 = reshape %3356 : f32[256] @ models/lib/nn.yaml:84:18
%3358 = add %2663, %3357 : f32[256] @ models/lib/nn.yaml:84:18
%3359 = matmul %3354, %30 ta=0 tb=0 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%3360 = reshape %1302 : f32[64,64] @ models/lib/nn.yaml:83:15
%3361 = matmul %3355, %3360 ta=1 tb=0 : f32[256,64] @ models/lib/nn.yaml:83:15
%3362 = add %2667, %3361 : f32[256,64] @ models/lib/nn.yaml:83:15
%3363 = reshape %3359 : f32[64,64] @ models/lib/nn.yaml:96:46
%3364 = matmul %2968, %3363 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:46
%3365 = reshape %3364 : f32[64] @ models/lib/nn.yaml:96:46
%3366 = add %2669, %3365 : f32[64] @ models/lib/nn.yaml:96:46
%3367 = mul %3359, %1298 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%3368 = reshape %3367 : f32[64,64] @ models/lib/nn.yaml:96:37
%3369 = matmul %2968, %3368 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:37
%3370 = reshape %3369 : f32[64] @ models/lib/nn.yaml:96:37
%3371 = add %2672, %3370 : f32[64] @ models/lib/nn.yaml:96:37
%3372 = mul %3359, %1299 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%3373 = mul %3372, %1297 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%3374 = mul %3359, %1299 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%3375 = mul %3374, %1291 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%3376 = reduce_sum %3375 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%3377 = mul %1296, %1296 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3378 = mul %1296, %3377 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3379 = broadcast %2466 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3380 = mul %3378, %3379 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3381 = mul %3376, %3380 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3382 = div %3381, %144 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%3383 = broadcast %3382 : f32[4,16,64] @ models/lib/nn.yaml:95:15
%3384 = mul %3383, %1291 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%3385 = add %3373, %3384 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%3386 = add %3385, %3384 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%3387 = add %3324, %3386 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%3388 = neg %3386 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%3389 = reduce_sum %3388 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%3390 = div %3389, %144 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%3391 = broadcast %3390 : f32[4,16,64] @ models/lib/nn.yaml:93:14
%3392 = add %3387, %3391 : f32[4,16,64] @ models/lib/nn.yaml:93:14
%3393 = mul %3392, %1285 : f32[4,16,64] @ models/lib/nn.yaml:50:51
%3394 = div %3393, %1277 : f32[4,16,64] @ models/lib/nn.yaml:50:38
%3395 = reshape %3394 : f32[64,64] @ models/lib/nn.yaml:84:18
%3396 = matmul %2968, %3395 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%3397 = reshape %3396 : f32[64] @ models/lib/nn.yaml:84:18
%3398 = add %2697, %3397 : f32[64] @ models/lib/nn.yaml:84:18
%3399 = matmul %3394, %26 ta=0 tb=0 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%3400 = reshape %1271 : f32[64,64] @ models/lib/nn.yaml:83:15
%3401 = matmul %3395, %3400 ta=1 tb=0 : f32[64,64] @ models/lib/nn.yaml:83:15
%3402 = add %2701, %3401 : f32[64,64] @ models/lib/nn.yaml:83:15
%3403 = reshape %3399 : f32[4,16,2,32] @ models/lib/nn.yaml:57:16
%3404 = permute %3403 perm=[0,2,1,3] : f32[4,2,16,32] @ models/lib/nn.yaml:56:13
%3405 = matmul %3404, %1257 ta=0 tb=1 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%3406 = matmul %1269, %3404 ta=1 tb=0 : f32[4,2,16,32] @ models/lib/nn.yaml:56:23
%3407 = div %3405, %1267 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%3408 = mul %3407, %1269 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%3409 = neg %3408 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%3410 = reduce_sum %3409 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%3411 = broadcast %3410 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%3412 = add %3407, %3411 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%3413 = exp %1264 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%3414 = mul %3412, %3413 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%3415 = mul %3414, %174 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%3416 = matmul %3415, %1255 ta=0 tb=0 : f32[4,2,16,32] @ models/lib/nn.yaml:55:23
%3417 = matmul %3415, %1253 ta=1 tb=0 : f32[4,2,16,32] @ models/lib/nn.yaml:55:23
%3418 = reshape %3406 : f32[1,4,2,16,32] @ models/lib/nn.yaml:67:40
%3419 = reshape %3417 : f32[1,4,2,16,32] @ models/lib/nn.yaml:67:34
%3420 = reshape %3416 : f32[1,4,2,16,32] @ models/lib/nn.yaml:67:28
%3421 = concat %3420, %3419, %3418 axis=0 : f32[3,4,2,16,32] @ models/lib/nn.yaml:67:28
%3422 = permute %3421 perm=[1,3,0,2,4] : f32[4,16,3,2,32] @ models/lib/nn.yaml:66:13
%3423 = reshape %3422 : f32[4,16,192] @ models/lib/nn.yaml:66:21
%3424 = reshape %3422 : f32[64,192] @ models/lib/nn.yaml:84:18
%3425 = matmul %2968, %3424 ta=0 tb=0 : f32[1,192] @ models/lib/nn.yaml:84:18
%3426 = reshape %3425 : f32[192] @ models/lib/nn.yaml:84:18
%3427 = add %2747, %3426 : f32[192] @ models/lib/nn.yaml:84:18
%3428 = matmul %3423, %24 ta=0 tb=0 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%3429 = reshape %1246 : f32[64,64] @ models/lib/nn.yaml:83:15
%3430 = matmul %3424, %3429 ta=1 tb=0 : f32[192,64] @ models/lib/nn.yaml:83:15
%3431 = add %2751, %3430 : f32[192,64] @ models/lib/nn.yaml:83:15
%3432 = reshape %3428 : f32[64,64] @ models/lib/nn.yaml:96:46
%3433 = matmul %2968, %3432 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:46
%3434 = reshape %3433 : f32[64] @ models/lib/nn.yaml:96:46
%3435 = add %2753, %3434 : f32[64] @ models/lib/nn.yaml:96:46
%3436 = mul %3428, %1242 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%3437 = reshape %3436 : f32[64,64] @ models/lib/nn.yaml:96:37
%3438 = matmul %2968, %3437 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:37
%3439 = reshape %3438 : f32[64] @ models/lib/nn.yaml:96:37
%3440 = add %2756, %3439 : f32[64] @ models/lib/nn.yaml:96:37
%3441 = mul %3428, %1243 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%3442 = mul %3441, %1241 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%3443 = mul %3428, %1243 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%3444 = mul %3443, %1235 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%3445 = reduce_sum %3444 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%3446 = mul %1240, %1240 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3447 = mul %1240, %3446 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3448 = mul %3447, %3379 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3449 = mul %3445, %3448 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3450 = div %3449, %144 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%3451 = broadcast %3450 : f32[4,16,64] @ models/lib/nn.yaml:95:15
%3452 = mul %3451, %1235 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%3453 = add %3442, %3452 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%3454 = add %3453, %3452 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%3455 = add %3392, %3454 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%3456 = neg %3454 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%3457 = reduce_sum %3456 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%3458 = div %3457, %144 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%3459 = broadcast %3458 : f32[4,16,64] @ models/lib/nn.yaml:93:14
%3460 = add %3455, %3459 : f32[4,16,64] @ models/lib/nn.yaml:93:14
%3461 = reshape %3460 : f32[64,64] @ models/lib/nn.yaml:84:18
%3462 = matmul %2968, %3461 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%3463 = reshape %3462 : f32[64] @ models/lib/nn.yaml:84:18
%3464 = add %2778, %3463 : f32[64] @ models/lib/nn.yaml:84:18
%3465 = matmul %3460, %20 ta=0 tb=0 : f32[4,16,256] @ models/lib/nn.yaml:83:15
%3466 = reshape %1227 : f32[64,256] @ models/lib/nn.yaml:83:15
%3467 = matmul %3461, %3466 ta=1 tb=0 : f32[64,256] @ models/lib/nn.yaml:83:15
%3468 = add %2782, %3467 : f32[64,256] @ models/lib/nn.yaml:83:15
%3469 = add %1219, %1220 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3470 = mul %3469, %215 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%3471 = erf %3470 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3472 = add %220, %3471 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%3473 = mul %3465, %3472 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%3474 = add %1219, %1220 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3475 = mul %211, %3474 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%3476 = mul %3465, %3475 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%3477 = add %1219, %1220 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3478 = mul %3477, %215 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%3479 = mul %3478, %3478 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3480 = neg %3479 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3481 = exp %3480 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3482 = mul %3481, %2990 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3483 = mul %3476, %3482 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3484 = mul %3483, %215 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%3485 = mul %3473, %211 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%3486 = add %3484, %3485 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%3487 = reshape %3486 : f32[64,256] @ models/lib/nn.yaml:84:18
%3488 = matmul %2968, %3487 ta=0 tb=0 : f32[1,256] @ models/lib/nn.yaml:84:18
%3489 = reshape %3488 : f32[256] @ models/lib/nn.yaml:84:18
%3490 = add %2802, %3489 : f32[256] @ models/lib/nn.yaml:84:18
%3491 = matmul %3486, %18 ta=0 tb=0 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%3492 = reshape %1218 : f32[64,64] @ models/lib/nn.yaml:83:15
%3493 = matmul %3487, %3492 ta=1 tb=0 : f32[256,64] @ models/lib/nn.yaml:83:15
%3494 = add %2806, %3493 : f32[256,64] @ models/lib/nn.yaml:83:15
%3495 = reshape %3491 : f32[64,64] @ models/lib/nn.yaml:96:46
%3496 = matmul %2968, %3495 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:46
%3497 = reshape %3496 : f32[64] @ models/lib/nn.yaml:96:46
%3498 = add %2808, %3497 : f32[64] @ models/lib/nn.yaml:96:46
%3499 = mul %3491, %1214 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%3500 = reshape %3499 : f32[64,64] @ models/lib/nn.yaml:96:37
%3501 = matmul %2968, %3500 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:37
%3502 = reshape %3501 : f32[64] @ models/lib/nn.yaml:96:37
%3503 = add %2811, %3502 : f32[64] @ models/lib/nn.yaml:96:37
%3504 = mul %3491, %1215 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%3505 = mul %3504, %1213 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%3506 = mul %3491, %1215 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%3507 = mul %3506, %1207 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%3508 = reduce_sum %3507 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%3509 = mul %1212, %1212 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3510 = mul %1212, %3509 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3511 = mul %3510, %3379 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3512 = mul %3508, %3511 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3513 = div %3512, %144 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%3514 = broadcast %3513 : f32[4,16,64] @ models/lib/nn.yaml:95:15
%3515 = mul %3514, %1207 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%3516 = add %3505, %3515 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%3517 = add %3516, %3515 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%3518 = add %3460, %3517 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%3519 = neg %3517 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%3520 = reduce_sum %3519 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%3521 = div %3520, %144 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%3522 = broadcast %3521 : f32[4,16,64] @ models/lib/nn.yaml:93:14
%3523 = add %3518, %3522 : f32[4,16,64] @ models/lib/nn.yaml:93:14
%3524 = reshape %3523 : f32[64,64] @ models/lib/nn.yaml:84:18
%3525 = matmul %2968, %3524 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%3526 = reshape %3525 : f32[64] @ models/lib/nn.yaml:84:18
%3527 = add %2833, %3526 : f32[64] @ models/lib/nn.yaml:84:18
%3528 = matmul %3523, %14 ta=0 tb=0 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%3529 = reshape %1198 : f32[64,64] @ models/lib/nn.yaml:83:15
%3530 = matmul %3524, %3529 ta=1 tb=0 : f32[64,64] @ models/lib/nn.yaml:83:15
%3531 = add %2837, %3530 : f32[64,64] @ models/lib/nn.yaml:83:15
%3532 = reshape %3528 : f32[4,16,2,32] @ models/lib/nn.yaml:57:16
%3533 = permute %3532 perm=[0,2,1,3] : f32[4,2,16,32] @ models/lib/nn.yaml:56:13
%3534 = matmul %3533, %1184 ta=0 tb=1 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%3535 = matmul %1196, %3533 ta=1 tb=0 : f32[4,2,16,32] @ models/lib/nn.yaml:56:23
%3536 = div %3534, %1194 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%3537 = mul %3536, %1196 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%3538 = neg %3537 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%3539 = reduce_sum %3538 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%3540 = broadcast %3539 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%3541 = add %3536, %3540 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%3542 = exp %1191 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%3543 = mul %3541, %3542 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%3544 = mul %3543, %174 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%3545 = matmul %3544, %1182 ta=0 tb=0 : f32[4,2,16,32] @ models/lib/nn.yaml:55:23
%3546 = matmul %3544, %1180 ta=1 tb=0 : f32[4,2,16,32] @ models/lib/nn.yaml:55:23
%3547 = reshape %3535 : f32[1,4,2,16,32] @ models/lib/nn.yaml:67:40
%3548 = reshape %3546 : f32[1,4,2,16,32] @ models/lib/nn.yaml:67:34
%3549 = reshape %3545 : f32[1,4,2,16,32] @ models/lib/nn.yaml:67:28
%3550 = concat %3549, %3548, %3547 axis=0 : f32[3,4,2,16,32] @ models/lib/nn.yaml:67:28
%3551 = permute %3550 perm=[1,3,0,2,4] : f32[4,16,3,2,32] @ models/lib/nn.yaml:66:13
%3552 = reshape %3551 : f32[4,16,192] @ models/lib/nn.yaml:66:21
%3553 = reshape %3551 : f32[64,192] @ models/lib/nn.yaml:84:18
%3554 = matmul %2968, %3553 ta=0 tb=0 : f32[1,192] @ models/lib/nn.yaml:84:18
%3555 = reshape %3554 : f32[192] @ models/lib/nn.yaml:84:18
%3556 = add %2883, %3555 : f32[192] @ models/lib/nn.yaml:84:18
%3557 = matmul %3552, %12 ta=0 tb=0 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%3558 = reshape %1173 : f32[64,64] @ models/lib/nn.yaml:83:15
%3559 = matmul %3553, %3558 ta=1 tb=0 : f32[192,64] @ models/lib/nn.yaml:83:15
%3560 = add %2887, %3559 : f32[192,64] @ models/lib/nn.yaml:83:15
%3561 = reshape %3557 : f32[64,64] @ models/lib/nn.yaml:96:46
%3562 = matmul %2968, %3561 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:46
%3563 = reshape %3562 : f32[64] @ models/lib/nn.yaml:96:46
%3564 = add %2889, %3563 : f32[64] @ models/lib/nn.yaml:96:46
%3565 = mul %3557, %1169 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%3566 = reshape %3565 : f32[64,64] @ models/lib/nn.yaml:96:37
%3567 = matmul %2968, %3566 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:37
%3568 = reshape %3567 : f32[64] @ models/lib/nn.yaml:96:37
%3569 = add %2892, %3568 : f32[64] @ models/lib/nn.yaml:96:37
%3570 = mul %3557, %1170 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%3571 = mul %3570, %1168 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%3572 = mul %3557, %1170 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%3573 = mul %3572, %1162 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%3574 = reduce_sum %3573 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%3575 = mul %1167, %1167 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3576 = mul %1167, %3575 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3577 = mul %3576, %3379 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3578 = mul %3574, %3577 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3579 = div %3578, %144 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%3580 = broadcast %3579 : f32[4,16,64] @ models/lib/nn.yaml:95:15
%3581 = mul %3580, %1162 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%3582 = add %3571, %3581 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%3583 = add %3582, %3581 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%3584 = add %3523, %3583 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%3585 = neg %3583 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%3586 = reduce_sum %3585 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%3587 = div %3586, %144 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%3588 = broadcast %3587 : f32[4,16,64] @ models/lib/nn.yaml:93:14
%3589 = add %3584, %3588 : f32[4,16,64] @ models/lib/nn.yaml:93:14
%3590 = reduce_sum %3589 axes=[0] keep=1 : f32[1,16,64] @ models/lib/vit.yaml:62:15
%3591 = add %2922, %3590 : f32[1,16,64] @ models/lib/vit.yaml:62:15
%3592 = reshape %3589 : f32[64,64] @ models/lib/vit.yaml:17:71
%3593 = matmul %2968, %3592 ta=0 tb=0 : f32[1,64] @ models/lib/vit.yaml:17:71
%3594 = reshape %3593 : f32[64] @ models/lib/vit.yaml:17:71
%3595 = add %2924, %3594 : f32[64] @ models/lib/vit.yaml:17:71
%3596 = reshape %134 : f32[64,768] @ models/lib/vit.yaml:17:18
%3597 = matmul %3592, %3596 ta=1 tb=0 : f32[64,768] @ models/lib/vit.yaml:17:18
%3598 = reshape %3597 : f32[64,3,16,16] @ models/lib/vit.yaml:17:20
%3599 = add %2928, %3598 : f32[64,3,16,16] @ models/lib/vit.yaml:17:20
%3600 = all_reduce_sum %3591 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3601 = reshape %3600 : f32[1024] @ models/lib/vit.yaml:48:7
%3602 = mul %3601, %3601 : f32[1024] @ models/lib/vit.yaml:48:7
%3603 = reduce_sum %3602 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:48:7
%3604 = sqrt %3603 : f32[] @ models/lib/vit.yaml:48:7
%3605 = cast %3604 : f64[] @ models/lib/vit.yaml:48:7
%3606 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:48:7
%3607 = add %3605, %3606 : f64[] @ models/lib/vit.yaml:48:7
%3608 = const data=[3] : f64[] @ models/lib/vit.yaml:48:7
%3609 = div %3608, %3607 : f64[] @ models/lib/vit.yaml:48:7
%3610 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%3611 = lt %3609, %3610 : bool[] @ models/lib/vit.yaml:48:7
%3612 = cast %3609 : f32[] @ models/lib/vit.yaml:48:7
%3613 = broadcast %3612 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3614 = mul %3600, %3613 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3615 = broadcast %3611 : bool[1,16,64] @ models/lib/vit.yaml:48:7
%3616 = select %3615, %3614, %3600 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3617 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3618 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3619 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%3620 = const data=[1] : i64[] @ models/lib/vit.yaml:48:7
%3621 = add %3619, %3620 : i64[] @ models/lib/vit.yaml:48:7
%3622 = mul %2151, %2152 : f64[] @ models/lib/vit.yaml:48:7
%3623 = sub %3610, %3622 : f64[] @ models/lib/vit.yaml:48:7
%3624 = cast %3623 : f32[] @ models/lib/vit.yaml:48:7
%3625 = broadcast %3624 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3626 = mul %7, %3625 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3627 = broadcast %1876 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3628 = mul %3616, %3627 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3629 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%3630 = broadcast %1276 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3631 = mul %3617, %3630 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3632 = add %3631, %3628 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3633 = mul %3616, %3616 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3634 = const data=[0.001] : f32[] @ models/lib/vit.yaml:48:7
%3635 = broadcast %3634 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3636 = mul %3633, %3635 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3637 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%3638 = const data=[0.999] : f32[] @ models/lib/vit.yaml:48:7
%3639 = broadcast %3638 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3640 = mul %3618, %3639 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3641 = add %3640, %3636 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3642 = cast %3621 : f64[] @ models/lib/vit.yaml:48:7
%3643 = pow %3629, %3642 : f64[] @ models/lib/vit.yaml:48:7
%3644 = sub %3610, %3643 : f64[] @ models/lib/vit.yaml:48:7
%3645 = div %2151, %3644 : f64[] @ models/lib/vit.yaml:48:7
%3646 = pow %3637, %3642 : f64[] @ models/lib/vit.yaml:48:7
%3647 = sub %3610, %3646 : f64[] @ models/lib/vit.yaml:48:7
%3648 = sqrt %3647 : f64[] @ models/lib/vit.yaml:48:7
%3649 = div %3610, %3648 : f64[] @ models/lib/vit.yaml:48:7
%3650 = sqrt %3641 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3651 = cast %3649 : f32[] @ models/lib/vit.yaml:48:7
%3652 = broadcast %3651 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3653 = mul %3650, %3652 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3654 = const data=[1e-08] : f32[] @ models/lib/vit.yaml:48:7
%3655 = broadcast %3654 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3656 = add %3653, %3655 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3657 = div %3632, %3656 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3658 = cast %3645 : f32[] @ models/lib/vit.yaml:48:7
%3659 = broadcast %3658 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3660 = mul %3657, %3659 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3661 = sub %3626, %3660 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3662 = assign %7, %3661 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3663 = assign %3617, %3632 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3664 = assign %3618, %3641 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3665 = assign %3619, %3621 : i64[] @ models/lib/vit.yaml:48:7
%3666 = broadcast %3 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3667 = mul %69, %3666 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3668 = sub %3610, %2153 : f64[] @ models/lib/vit.yaml:48:7
%3669 = cast %3668 : f32[] @ models/lib/vit.yaml:48:7
%3670 = broadcast %3669 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3671 = mul %3661, %3670 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3672 = add %3667, %3671 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3673 = assign %69, %3672 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3674 = all_reduce_sum %3599 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3675 = reshape %3674 : f32[49152] @ models/lib/vit.yaml:9:7
%3676 = mul %3675, %3675 : f32[49152] @ models/lib/vit.yaml:9:7
%3677 = reduce_sum %3676 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:9:7
%3678 = sqrt %3677 : f32[] @ models/lib/vit.yaml:9:7
%3679 = cast %3678 : f64[] @ models/lib/vit.yaml:9:7
%3680 = add %3679, %3606 : f64[] @ models/lib/vit.yaml:9:7
%3681 = div %3608, %3680 : f64[] @ models/lib/vit.yaml:9:7
%3682 = lt %3681, %3610 : bool[] @ models/lib/vit.yaml:9:7
%3683 = cast %3681 : f32[] @ models/lib/vit.yaml:9:7
%3684 = broadcast %3683 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3685 = mul %3674, %3684 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3686 = broadcast %3682 : bool[64,3,16,16] @ models/lib/vit.yaml:9:7
%3687 = select %3686, %3685, %3674 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3688 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3689 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3690 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%3691 = add %3690, %3620 : i64[] @ models/lib/vit.yaml:9:7
%3692 = broadcast %3624 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3693 = mul %8, %3692 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3694 = broadcast %1876 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3695 = mul %3687, %3694 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3696 = broadcast %1276 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3697 = mul %3688, %3696 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3698 = add %3697, %3695 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3699 = mul %3687, %3687 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3700 = broadcast %3634 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3701 = mul %3699, %3700 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3702 = broadcast %3638 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3703 = mul %3689, %3702 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3704 = add %3703, %3701 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3705 = cast %3691 : f64[] @ models/lib/vit.yaml:9:7
%3706 = pow %3629, %3705 : f64[] @ models/lib/vit.yaml:9:7
%3707 = sub %3610, %3706 : f64[] @ models/lib/vit.yaml:9:7
%3708 = div %2151, %3707 : f64[] @ models/lib/vit.yaml:9:7
%3709 = pow %3637, %3705 : f64[] @ models/lib/vit.yaml:9:7
%3710 = sub %3610, %3709 : f64[] @ models/lib/vit.yaml:9:7
%3711 = sqrt %3710 : f64[] @ models/lib/vit.yaml:9:7
%3712 = div %3610, %3711 : f64[] @ models/lib/vit.yaml:9:7
%3713 = sqrt %3704 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3714 = cast %3712 : f32[] @ models/lib/vit.yaml:9:7
%3715 = broadcast %3714 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3716 = mul %3713, %3715 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3717 = broadcast %3654 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3718 = add %3716, %3717 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3719 = div %3698, %3718 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3720 = cast %3708 : f32[] @ models/lib/vit.yaml:9:7
%3721 = broadcast %3720 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3722 = mul %3719, %3721 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3723 = sub %3693, %3722 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3724 = assign %8, %3723 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3725 = assign %3688, %3698 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3726 = assign %3689, %3704 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3727 = assign %3690, %3691 : i64[] @ models/lib/vit.yaml:9:7
%3728 = broadcast %3 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3729 = mul %70, %3728 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3730 = broadcast %3669 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3731 = mul %3723, %3730 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3732 = add %3729, %3731 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3733 = assign %70, %3732 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3734 = all_reduce_sum %3595 : f32[64] @ models/lib/vit.yaml:10:7
%3735 = mul %3734, %3734 : f32[64] @ models/lib/vit.yaml:10:7
%3736 = reduce_sum %3735 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:10:7
%3737 = sqrt %3736 : f32[] @ models/lib/vit.yaml:10:7
%3738 = cast %3737 : f64[] @ models/lib/vit.yaml:10:7
%3739 = add %3738, %3606 : f64[] @ models/lib/vit.yaml:10:7
%3740 = div %3608, %3739 : f64[] @ models/lib/vit.yaml:10:7
%3741 = lt %3740, %3610 : bool[] @ models/lib/vit.yaml:10:7
%3742 = cast %3740 : f32[] @ models/lib/vit.yaml:10:7
%3743 = broadcast %3742 : f32[64] @ models/lib/vit.yaml:10:7
%3744 = mul %3734, %3743 : f32[64] @ models/lib/vit.yaml:10:7
%3745 = broadcast %3741 : bool[64] @ models/lib/vit.yaml:10:7
%3746 = select %3745, %3744, %3734 : f32[64] @ models/lib/vit.yaml:10:7
%3747 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[64] @ models/lib/vit.yaml:10:7
%3748 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[64] @ models/lib/vit.yaml:10:7
%3749 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%3750 = add %3749, %3620 : i64[] @ models/lib/vit.yaml:10:7
%3751 = broadcast %1876 : f32[64] @ models/lib/vit.yaml:10:7
%3752 = mul %3746, %3751 : f32[64] @ models/lib/vit.yaml:10:7
%3753 = broadcast %1276 : f32[64] @ models/lib/vit.yaml:10:7
%3754 = mul %3747, %3753 : f32[64] @ models/lib/vit.yaml:10:7
%3755 = add %3754, %3752 : f32[64] @ models/lib/vit.yaml:10:7
%3756 = mul %3746, %3746 : f32[64] @ models/lib/vit.yaml:10:7
%3757 = broadcast %3634 : f32[64] @ models/lib/vit.yaml:10:7
%3758 = mul %3756, %3757 : f32[64] @ models/lib/vit.yaml:10:7
%3759 = broadcast %3638 : f32[64] @ models/lib/vit.yaml:10:7
%3760 = mul %3748, %3759 : f32[64] @ models/lib/vit.yaml:10:7
%3761 = add %3760, %3758 : f32[64] @ models/lib/vit.yaml:10:7
%3762 = cast %3750 : f64[] @ models/lib/vit.yaml:10:7
%3763 = pow %3629, %3762 : f64[] @ models/lib/vit.yaml:10:7
%3764 = sub %3610, %3763 : f64[] @ models/lib/vit.yaml:10:7
%3765 = div %2151, %3764 : f64[] @ models/lib/vit.yaml:10:7
%3766 = pow %3637, %3762 : f64[] @ models/lib/vit.yaml:10:7
%3767 = sub %3610, %3766 : f64[] @ models/lib/vit.yaml:10:7
%3768 = sqrt %3767 : f64[] @ models/lib/vit.yaml:10:7
%3769 = div %3610, %3768 : f64[] @ models/lib/vit.yaml:10:7
%3770 = sqrt %3761 : f32[64] @ models/lib/vit.yaml:10:7
%3771 = cast %3769 : f32[] @ models/lib/vit.yaml:10:7
%3772 = broadcast %3771 : f32[64] @ models/lib/vit.yaml:10:7
%3773 = mul %3770, %3772 : f32[64] @ models/lib/vit.yaml:10:7
%3774 = broadcast %3654 : f32[64] @ models/lib/vit.yaml:10:7
%3775 = add %3773, %3774 : f32[64] @ models/lib/vit.yaml:10:7
%3776 = div %3755, %3775 : f32[64] @ models/lib/vit.yaml:10:7
%3777 = cast %3765 : f32[] @ models/lib/vit.yaml:10:7
%3778 = broadcast %3777 : f32[64] @ models/lib/vit.yaml:10:7
%3779 = mul %3776, %3778 : f32[64] @ models/lib/vit.yaml:10:7
%3780 = sub %9, %3779 : f32[64] @ models/lib/vit.yaml:10:7
%3781 = assign %9, %3780 : f32[64] @ models/lib/vit.yaml:10:7
%3782 = assign %3747, %3755 : f32[64] @ models/lib/vit.yaml:10:7
%3783 = assign %3748, %3761 : f32[64] @ models/lib/vit.yaml:10:7
%3784 = assign %3749, %3750 : i64[] @ models/lib/vit.yaml:10:7
%3785 = broadcast %3 : f32[64] @ models/lib/vit.yaml:10:7
%3786 = mul %71, %3785 : f32[64] @ models/lib/vit.yaml:10:7
%3787 = broadcast %3669 : f32[64] @ models/lib/vit.yaml:10:7
%3788 = mul %3780, %3787 : f32[64] @ models/lib/vit.yaml:10:7
%3789 = add %3786, %3788 : f32[64] @ models/lib/vit.yaml:10:7
%3790 = assign %71, %3789 : f32[64] @ models/lib/vit.yaml:10:7
%3791 = all_reduce_sum %3569 : f32[64] @ models/lib/nn.yaml:89:7
%3792 = mul %3791, %3791 : f32[64] @ models/lib/nn.yaml:89:7
%3793 = reduce_sum %3792 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%3794 = sqrt %3793 : f32[] @ models/lib/nn.yaml:89:7
%3795 = cast %3794 : f64[] @ models/lib/nn.yaml:89:7
%3796 = add %3795, %3606 : f64[] @ models/lib/nn.yaml:89:7
%3797 = div %3608, %3796 : f64[] @ models/lib/nn.yaml:89:7
%3798 = lt %3797, %3610 : bool[] @ models/lib/nn.yaml:89:7
%3799 = cast %3797 : f32[] @ models/lib/nn.yaml:89:7
%3800 = broadcast %3799 : f32[64] @ models/lib/nn.yaml:89:7
%3801 = mul %3791, %3800 : f32[64] @ models/lib/nn.yaml:89:7
%3802 = broadcast %3798 : bool[64] @ models/lib/nn.yaml:89:7
%3803 = select %3802, %3801, %3791 : f32[64] @ models/lib/nn.yaml:89:7
%3804 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%3805 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%3806 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3807 = add %3806, %3620 : i64[] @ models/lib/nn.yaml:89:7
%3808 = mul %3803, %3751 : f32[64] @ models/lib/nn.yaml:89:7
%3809 = mul %3804, %3753 : f32[64] @ models/lib/nn.yaml:89:7
%3810 = add %3809, %3808 : f32[64] @ models/lib/nn.yaml:89:7
%3811 = mul %3803, %3803 : f32[64] @ models/lib/nn.yaml:89:7
%3812 = mul %3811, %3757 : f32[64] @ models/lib/nn.yaml:89:7
%3813 = mul %3805, %3759 : f32[64] @ models/lib/nn.yaml:89:7
%3814 = add %3813, %3812 : f32[64] @ models/lib/nn.yaml:89:7
%3815 = cast %3807 : f64[] @ models/lib/nn.yaml:89:7
%3816 = pow %3629, %3815 : f64[] @ models/lib/nn.yaml:89:7
%3817 = sub %3610, %3816 : f64[] @ models/lib/nn.yaml:89:7
%3818 = div %2151, %3817 : f64[] @ models/lib/nn.yaml:89:7
%3819 = pow %3637, %3815 : f64[] @ models/lib/nn.yaml:89:7
%3820 = sub %3610, %3819 : f64[] @ models/lib/nn.yaml:89:7
%3821 = sqrt %3820 : f64[] @ models/lib/nn.yaml:89:7
%3822 = div %3610, %3821 : f64[] @ models/lib/nn.yaml:89:7
%3823 = sqrt %3814 : f32[64] @ models/lib/nn.yaml:89:7
%3824 = cast %3822 : f32[] @ models/lib/nn.yaml:89:7
%3825 = broadcast %3824 : f32[64] @ models/lib/nn.yaml:89:7
%3826 = mul %3823, %3825 : f32[64] @ models/lib/nn.yaml:89:7
%3827 = add %3826, %3774 : f32[64] @ models/lib/nn.yaml:89:7
%3828 = div %3810, %3827 : f32[64] @ models/lib/nn.yaml:89:7
%3829 = cast %3818 : f32[] @ models/lib/nn.yaml:89:7
%3830 = broadcast %3829 : f32[64] @ models/lib/nn.yaml:89:7
%3831 = mul %3828, %3830 : f32[64] @ models/lib/nn.yaml:89:7
%3832 = sub %10, %3831 : f32[64] @ models/lib/nn.yaml:89:7
%3833 = assign %10, %3832 : f32[64] @ models/lib/nn.yaml:89:7
%3834 = assign %3804, %3810 : f32[64] @ models/lib/nn.yaml:89:7
%3835 = assign %3805, %3814 : f32[64] @ models/lib/nn.yaml:89:7
%3836 = assign %3806, %3807 : i64[] @ models/lib/nn.yaml:89:7
%3837 = mul %72, %3785 : f32[64] @ models/lib/nn.yaml:89:7
%3838 = mul %3832, %3787 : f32[64] @ models/lib/nn.yaml:89:7
%3839 = add %3837, %3838 : f32[64] @ models/lib/nn.yaml:89:7
%3840 = assign %72, %3839 : f32[64] @ models/lib/nn.yaml:89:7
%3841 = all_reduce_sum %3564 : f32[64] @ models/lib/nn.yaml:90:7
%3842 = mul %3841, %3841 : f32[64] @ models/lib/nn.yaml:90:7
%3843 = reduce_sum %3842 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%3844 = sqrt %3843 : f32[] @ models/lib/nn.yaml:90:7
%3845 = cast %3844 : f64[] @ models/lib/nn.yaml:90:7
%3846 = add %3845, %3606 : f64[] @ models/lib/nn.yaml:90:7
%3847 = div %3608, %3846 : f64[] @ models/lib/nn.yaml:90:7
%3848 = lt %3847, %3610 : bool[] @ models/lib/nn.yaml:90:7
%3849 = cast %3847 : f32[] @ models/lib/nn.yaml:90:7
%3850 = broadcast %3849 : f32[64] @ models/lib/nn.yaml:90:7
%3851 = mul %3841, %3850 : f32[64] @ models/lib/nn.yaml:90:7
%3852 = broadcast %3848 : bool[64] @ models/lib/nn.yaml:90:7
%3853 = select %3852, %3851, %3841 : f32[64] @ models/lib/nn.yaml:90:7
%3854 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%3855 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%3856 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3857 = add %3856, %3620 : i64[] @ models/lib/nn.yaml:90:7
%3858 = mul %3853, %3751 : f32[64] @ models/lib/nn.yaml:90:7
%3859 = mul %3854, %3753 : f32[64] @ models/lib/nn.yaml:90:7
%3860 = add %3859, %3858 : f32[64] @ models/lib/nn.yaml:90:7
%3861 = mul %3853, %3853 : f32[64] @ models/lib/nn.yaml:90:7
%3862 = mul %3861, %3757 : f32[64] @ models/lib/nn.yaml:90:7
%3863 = mul %3855, %3759 : f32[64] @ models/lib/nn.yaml:90:7
%3864 = add %3863, %3862 : f32[64] @ models/lib/nn.yaml:90:7
%3865 = cast %3857 : f64[] @ models/lib/nn.yaml:90:7
%3866 = pow %3629, %3865 : f64[] @ models/lib/nn.yaml:90:7
%3867 = sub %3610, %3866 : f64[] @ models/lib/nn.yaml:90:7
%3868 = div %2151, %3867 : f64[] @ models/lib/nn.yaml:90:7
%3869 = pow %3637, %3865 : f64[] @ models/lib/nn.yaml:90:7
%3870 = sub %3610, %3869 : f64[] @ models/lib/nn.yaml:90:7
%3871 = sqrt %3870 : f64[] @ models/lib/nn.yaml:90:7
%3872 = div %3610, %3871 : f64[] @ models/lib/nn.yaml:90:7
%3873 = sqrt %3864 : f32[64] @ models/lib/nn.yaml:90:7
%3874 = cast %3872 : f32[] @ models/lib/nn.yaml:90:7
%3875 = broadcast %3874 : f32[64] @ models/lib/nn.yaml:90:7
%3876 = mul %3873, %3875 : f32[64] @ models/lib/nn.yaml:90:7
%3877 = add %3876, %3774 : f32[64] @ models/lib/nn.yaml:90:7
%3878 = div %3860, %3877 : f32[64] @ models/lib/nn.yaml:90:7
%3879 = cast %3868 : f32[] @ models/lib/nn.yaml:90:7
%3880 = broadcast %3879 : f32[64] @ models/lib/nn.yaml:90:7
%3881 = mul %3878, %3880 : f32[64] @ models/lib/nn.yaml:90:7
%3882 = sub %11, %3881 : f32[64] @ models/lib/nn.yaml:90:7
%3883 = assign %11, %3882 : f32[64] @ models/lib/nn.yaml:90:7
%3884 = assign %3854, %3860 : f32[64] @ models/lib/nn.yaml:90:7
%3885 = assign %3855, %3864 : f32[64] @ models/lib/nn.yaml:90:7
%3886 = assign %3856, %3857 : i64[] @ models/lib/nn.yaml:90:7
%3887 = mul %73, %3785 : f32[64] @ models/lib/nn.yaml:90:7
%3888 = mul %3882, %3787 : f32[64] @ models/lib/nn.yaml:90:7
%3889 = add %3887, %3888 : f32[64] @ models/lib/nn.yaml:90:7
%3890 = assign %73, %3889 : f32[64] @ models/lib/nn.yaml:90:7
%3891 = all_reduce_sum %3560 : f32[192,64] @ models/lib/nn.yaml:79:7
%3892 = reshape %3891 : f32[12288] @ models/lib/nn.yaml:79:7
%3893 = mul %3892, %3892 : f32[12288] @ models/lib/nn.yaml:79:7
%3894 = reduce_sum %3893 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3895 = sqrt %3894 : f32[] @ models/lib/nn.yaml:79:7
%3896 = cast %3895 : f64[] @ models/lib/nn.yaml:79:7
%3897 = add %3896, %3606 : f64[] @ models/lib/nn.yaml:79:7
%3898 = div %3608, %3897 : f64[] @ models/lib/nn.yaml:79:7
%3899 = lt %3898, %3610 : bool[] @ models/lib/nn.yaml:79:7
%3900 = cast %3898 : f32[] @ models/lib/nn.yaml:79:7
%3901 = broadcast %3900 : f32[192,64] @ models/lib/nn.yaml:79:7
%3902 = mul %3891, %3901 : f32[192,64] @ models/lib/nn.yaml:79:7
%3903 = broadcast %3899 : bool[192,64] @ models/lib/nn.yaml:79:7
%3904 = select %3903, %3902, %3891 : f32[192,64] @ models/lib/nn.yaml:79:7
%3905 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[192,64] @ models/lib/nn.yaml:79:7
%3906 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[192,64] @ models/lib/nn.yaml:79:7
%3907 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3908 = add %3907, %3620 : i64[] @ models/lib/nn.yaml:79:7
%3909 = broadcast %3624 : f32[192,64] @ models/lib/nn.yaml:79:7
%3910 = mul %12, %3909 : f32[192,64] @ models/lib/nn.yaml:79:7
%3911 = broadcast %1876 : f32[192,64] @ models/lib/nn.yaml:79:7
%3912 = mul %3904, %3911 : f32[192,64] @ models/lib/nn.yaml:79:7
%3913 = broadcast %1276 : f32[192,64] @ models/lib/nn.yaml:79:7
%3914 = mul %3905, %3913 : f32[192,64] @ models/lib/nn.yaml:79:7
%3915 = add %3914, %3912 : f32[192,64] @ models/lib/nn.yaml:79:7
%3916 = mul %3904, %3904 : f32[192,64] @ models/lib/nn.yaml:79:7
%3917 = broadcast %3634 : f32[192,64] @ models/lib/nn.yaml:79:7
%3918 = mul %3916, %3917 : f32[192,64] @ models/lib/nn.yaml:79:7
%3919 = broadcast %3638 : f32[192,64] @ models/lib/nn.yaml:79:7
%3920 = mul %3906, %3919 : f32[192,64] @ models/lib/nn.yaml:79:7
%3921 = add %3920, %3918 : f32[192,64] @ models/lib/nn.yaml:79:7
%3922 = cast %3908 : f64[] @ models/lib/nn.yaml:79:7
%3923 = pow %3629, %3922 : f64[] @ models/lib/nn.yaml:79:7
%3924 = sub %3610, %3923 : f64[] @ models/lib/nn.yaml:79:7
%3925 = div %2151, %3924 : f64[] @ models/lib/nn.yaml:79:7
%3926 = pow %3637, %3922 : f64[] @ models/lib/nn.yaml:79:7
%3927 = sub %3610, %3926 : f64[] @ models/lib/nn.yaml:79:7
%3928 = sqrt %3927 : f64[] @ models/lib/nn.yaml:79:7
%3929 = div %3610, %3928 : f64[] @ models/lib/nn.yaml:79:7
%3930 = sqrt %3921 : f32[192,64] @ models/lib/nn.yaml:79:7
%3931 = cast %3929 : f32[] @ models/lib/nn.yaml:79:7
%3932 = broadcast %3931 : f32[192,64] @ models/lib/nn.yaml:79:7
%3933 = mul %3930, %3932 : f32[192,64] @ models/lib/nn.yaml:79:7
%3934 = broadcast %3654 : f32[192,64] @ models/lib/nn.yaml:79:7
%3935 = add %3933, %3934 : f32[192,64] @ models/lib/nn.yaml:79:7
%3936 = div %3915, %3935 : f32[192,64] @ models/lib/nn.yaml:79:7
%3937 = cast %3925 : f32[] @ models/lib/nn.yaml:79:7
%3938 = broadcast %3937 : f32[192,64] @ models/lib/nn.yaml:79:7
%3939 = mul %3936, %3938 : f32[192,64] @ models/lib/nn.yaml:79:7
%3940 = sub %3910, %3939 : f32[192,64] @ models/lib/nn.yaml:79:7
%3941 = assign %12, %3940 : f32[192,64] @ models/lib/nn.yaml:79:7
%3942 = assign %3905, %3915 : f32[192,64] @ models/lib/nn.yaml:79:7
%3943 = assign %3906, %3921 : f32[192,64] @ models/lib/nn.yaml:79:7
%3944 = assign %3907, %3908 : i64[] @ models/lib/nn.yaml:79:7
%3945 = broadcast %3 : f32[192,64] @ models/lib/nn.yaml:79:7
%3946 = mul %74, %3945 : f32[192,64] @ models/lib/nn.yaml:79:7
%3947 = broadcast %3669 : f32[192,64] @ models/lib/nn.yaml:79:7
%3948 = mul %3940, %3947 : f32[192,64] @ models/lib/nn.yaml:79:7
%3949 = add %3946, %3948 : f32[192,64] @ models/lib/nn.yaml:79:7
%3950 = assign %74, %3949 : f32[192,64] @ models/lib/nn.yaml:79:7
%3951 = all_reduce_sum %3556 : f32[192] @ models/lib/nn.yaml:80:7
%3952 = mul %3951, %3951 : f32[192] @ models/lib/nn.yaml:80:7
%3953 = reduce_sum %3952 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3954 = sqrt %3953 : f32[] @ models/lib/nn.yaml:80:7
%3955 = cast %3954 : f64[] @ models/lib/nn.yaml:80:7
%3956 = add %3955, %3606 : f64[] @ models/lib/nn.yaml:80:7
%3957 = div %3608, %3956 : f64[] @ models/lib/nn.yaml:80:7
%3958 = lt %3957, %3610 : bool[] @ models/lib/nn.yaml:80:7
%3959 = cast %3957 : f32[] @ models/lib/nn.yaml:80:7
%3960 = broadcast %3959 : f32[192] @ models/lib/nn.yaml:80:7
%3961 = mul %3951, %3960 : f32[192] @ models/lib/nn.yaml:80:7
%3962 = broadcast %3958 : bool[192] @ models/lib/nn.yaml:80:7
%3963 = select %3962, %3961, %3951 : f32[192] @ models/lib/nn.yaml:80:7
%3964 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[192] @ models/lib/nn.yaml:80:7
%3965 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[192] @ models/lib/nn.yaml:80:7
%3966 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3967 = add %3966, %3620 : i64[] @ models/lib/nn.yaml:80:7
%3968 = broadcast %1876 : f32[192] @ models/lib/nn.yaml:80:7
%3969 = mul %3963, %3968 : f32[192] @ models/lib/nn.yaml:80:7
%3970 = broadcast %1276 : f32[192] @ models/lib/nn.yaml:80:7
%3971 = mul %3964, %3970 : f32[192] @ models/lib/nn.yaml:80:7
%3972 = add %3971, %3969 : f32[192] @ models/lib/nn.yaml:80:7
%3973 = mul %3963, %3963 : f32[192] @ models/lib/nn.yaml:80:7
%3974 = broadcast %3634 : f32[192] @ models/lib/nn.yaml:80:7
%3975 = mul %3973, %3974 : f32[192] @ models/lib/nn.yaml:80:7
%3976 = broadcast %3638 : f32[192] @ models/lib/nn.yaml:80:7
%3977 = mul %3965, %3976 : f32[192] @ models/lib/nn.yaml:80:7
%3978 = add %3977, %3975 : f32[192] @ models/lib/nn.yaml:80:7
%3979 = cast %3967 : f64[] @ models/lib/nn.yaml:80:7
%3980 = pow %3629, %3979 : f64[] @ models/lib/nn.yaml:80:7
%3981 = sub %3610, %3980 : f64[] @ models/lib/nn.yaml:80:7
%3982 = div %2151, %3981 : f64[] @ models/lib/nn.yaml:80:7
%3983 = pow %3637, %3979 : f64[] @ models/lib/nn.yaml:80:7
%3984 = sub %3610, %3983 : f64[] @ models/lib/nn.yaml:80:7
%3985 = sqrt %3984 : f64[] @ models/lib/nn.yaml:80:7
%3986 = div %3610, %3985 : f64[] @ models/lib/nn.yaml:80:7
%3987 = sqrt %3978 : f32[192] @ models/lib/nn.yaml:80:7
%3988 = cast %3986 : f32[] @ models/lib/nn.yaml:80:7
%3989 = broadcast %3988 : f32[192] @ models/lib/nn.yaml:80:7
%3990 = mul %3987, %3989 : f32[192] @ models/lib/nn.yaml:80:7
%3991 = broadcast %3654 : f32[192] @ models/lib/nn.yaml:80:7
%3992 = add %3990, %3991 : f32[192] @ models/lib/nn.yaml:80:7
%3993 = div %3972, %3992 : f32[192] @ models/lib/nn.yaml:80:7
%3994 = cast %3982 : f32[] @ models/lib/nn.yaml:80:7
%3995 = broadcast %3994 : f32[192] @ models/lib/nn.yaml:80:7
%3996 = mul %3993, %3995 : f32[192] @ models/lib/nn.yaml:80:7
%3997 = sub %13, %3996 : f32[192] @ models/lib/nn.yaml:80:7
%3998 = assign %13, %3997 : f32[192] @ models/lib/nn.yaml:80:7
%3999 = assign %3964, %3972 : f32[192] @ models/lib/nn.yaml:80:7
%4000 = assign %3965, %3978 : f32[192] @ models/lib/nn.yaml:80:7
%4001 = assign %3966, %3967 : i64[] @ models/lib/nn.yaml:80:7
%4002 = broadcast %3 : f32[192] @ models/lib/nn.yaml:80:7
%4003 = mul %75, %4002 : f32[192] @ models/lib/nn.yaml:80:7
%4004 = broadcast %3669 : f32[192] @ models/lib/nn.yaml:80:7
%4005 = mul %3997, %4004 : f32[192] @ models/lib/nn.yaml:80:7
%4006 = add %4003, %4005 : f32[192] @ models/lib/nn.yaml:80:7
%4007 = assign %75, %4006 : f32[192] @ models/lib/nn.yaml:80:7
%4008 = all_reduce_sum %3531 : f32[64,64] @ models/lib/nn.yaml:79:7
%4009 = reshape %4008 : f32[4096] @ models/lib/nn.yaml:79:7
%4010 = mul %4009, %4009 : f32[4096] @ models/lib/nn.yaml:79:7
%4011 = reduce_sum %4010 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4012 = sqrt %4011 : f32[] @ models/lib/nn.yaml:79:7
%4013 = cast %4012 : f64[] @ models/lib/nn.yaml:79:7
%4014 = add %4013, %3606 : f64[] @ models/lib/nn.yaml:79:7
%4015 = div %3608, %4014 : f64[] @ models/lib/nn.yaml:79:7
%4016 = lt %4015, %3610 : bool[] @ models/lib/nn.yaml:79:7
%4017 = cast %4015 : f32[] @ models/lib/nn.yaml:79:7
%4018 = broadcast %4017 : f32[64,64] @ models/lib/nn.yaml:79:7
%4019 = mul %4008, %4018 : f32[64,64] @ models/lib/nn.yaml:79:7
%4020 = broadcast %4016 : bool[64,64] @ models/lib/nn.yaml:79:7
%4021 = select %4020, %4019, %4008 : f32[64,64] @ models/lib/nn.yaml:79:7
%4022 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%4023 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%4024 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4025 = add %4024, %3620 : i64[] @ models/lib/nn.yaml:79:7
%4026 = broadcast %3624 : f32[64,64] @ models/lib/nn.yaml:79:7
%4027 = mul %14, %4026 : f32[64,64] @ models/lib/nn.yaml:79:7
%4028 = broadcast %1876 : f32[64,64] @ models/lib/nn.yaml:79:7
%4029 = mul %4021, %4028 : f32[64,64] @ models/lib/nn.yaml:79:7
%4030 = broadcast %1276 : f32[64,64] @ models/lib/nn.yaml:79:7
%4031 = mul %4022, %4030 : f32[64,64] @ models/lib/nn.yaml:79:7
%4032 = add %4031, %4029 : f32[64,64] @ models/lib/nn.yaml:79:7
%4033 = mul %4021, %4021 : f32[64,64] @ models/lib/nn.yaml:79:7
%4034 = broadcast %3634 : f32[64,64] @ models/lib/nn.yaml:79:7
%4035 = mul %4033, %4034 : f32[64,64] @ models/lib/nn.yaml:79:7
%4036 = broadcast %3638 : f32[64,64] @ models/lib/nn.yaml:79:7
%4037 = mul %4023, %4036 : f32[64,64] @ models/lib/nn.yaml:79:7
%4038 = add %4037, %4035 : f32[64,64] @ models/lib/nn.yaml:79:7
%4039 = cast %4025 : f64[] @ models/lib/nn.yaml:79:7
%4040 = pow %3629, %4039 : f64[] @ models/lib/nn.yaml:79:7
%4041 = sub %3610, %4040 : f64[] @ models/lib/nn.yaml:79:7
%4042 = div %2151, %4041 : f64[] @ models/lib/nn.yaml:79:7
%4043 = pow %3637, %4039 : f64[] @ models/lib/nn.yaml:79:7
%4044 = sub %3610, %4043 : f64[] @ models/lib/nn.yaml:79:7
%4045 = sqrt %4044 : f64[] @ models/lib/nn.yaml:79:7
%4046 = div %3610, %4045 : f64[] @ models/lib/nn.yaml:79:7
%4047 = sqrt %4038 : f32[64,64] @ models/lib/nn.yaml:79:7
%4048 = cast %4046 : f32[] @ models/lib/nn.yaml:79:7
%4049 = broadcast %4048 : f32[64,64] @ models/lib/nn.yaml:79:7
%4050 = mul %4047, %4049 : f32[64,64] @ models/lib/nn.yaml:79:7
%4051 = broadcast %3654 : f32[64,64] @ models/lib/nn.yaml:79:7
%4052 = add %4050, %4051 : f32[64,64] @ models/lib/nn.yaml:79:7
%4053 = div %4032, %4052 : f32[64,64] @ models/lib/nn.yaml:79:7
%4054 = cast %4042 : f32[] @ models/lib/nn.yaml:79:7
%4055 = broadcast %4054 : f32[64,64] @ models/lib/nn.yaml:79:7
%4056 = mul %4053, %4055 : f32[64,64] @ models/lib/nn.yaml:79:7
%4057 = sub %4027, %4056 : f32[64,64] @ models/lib/nn.yaml:79:7
%4058 = assign %14, %4057 : f32[64,64] @ models/lib/nn.yaml:79:7
%4059 = assign %4022, %4032 : f32[64,64] @ models/lib/nn.yaml:79:7
%4060 = assign %4023, %4038 : f32[64,64] @ models/lib/nn.yaml:79:7
%4061 = assign %4024, %4025 : i64[] @ models/lib/nn.yaml:79:7
%4062 = broadcast %3 : f32[64,64] @ models/lib/nn.yaml:79:7
%4063 = mul %76, %4062 : f32[64,64] @ models/lib/nn.yaml:79:7
%4064 = broadcast %3669 : f32[64,64] @ models/lib/nn.yaml:79:7
%4065 = mul %4057, %4064 : f32[64,64] @ models/lib/nn.yaml:79:7
%4066 = add %4063, %4065 : f32[64,64] @ models/lib/nn.yaml:79:7
%4067 = assign %76, %4066 : f32[64,64] @ models/lib/nn.yaml:79:7
%4068 = all_reduce_sum %3527 : f32[64] @ models/lib/nn.yaml:80:7
%4069 = mul %4068, %4068 : f32[64] @ models/lib/nn.yaml:80:7
%4070 = reduce_sum %4069 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%4071 = sqrt %4070 : f32[] @ models/lib/nn.yaml:80:7
%4072 = cast %4071 : f64[] @ models/lib/nn.yaml:80:7
%4073 = add %4072, %3606 : f64[] @ models/lib/nn.yaml:80:7
%4074 = div %3608, %4073 : f64[] @ models/lib/nn.yaml:80:7
%4075 = lt %4074, %3610 : bool[] @ models/lib/nn.yaml:80:7
%4076 = cast %4074 : f32[] @ models/lib/nn.yaml:80:7
%4077 = broadcast %4076 : f32[64] @ models/lib/nn.yaml:80:7
%4078 = mul %4068, %4077 : f32[64] @ models/lib/nn.yaml:80:7
%4079 = broadcast %4075 : bool[64] @ models/lib/nn.yaml:80:7
%4080 = select %4079, %4078, %4068 : f32[64] @ models/lib/nn.yaml:80:7
%4081 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4082 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4083 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4084 = add %4083, %3620 : i64[] @ models/lib/nn.yaml:80:7
%4085 = mul %4080, %3751 : f32[64] @ models/lib/nn.yaml:80:7
%4086 = mul %4081, %3753 : f32[64] @ models/lib/nn.yaml:80:7
%4087 = add %4086, %4085 : f32[64] @ models/lib/nn.yaml:80:7
%4088 = mul %4080, %4080 : f32[64] @ models/lib/nn.yaml:80:7
%4089 = mul %4088, %3757 : f32[64] @ models/lib/nn.yaml:80:7
%4090 = mul %4082, %3759 : f32[64] @ models/lib/nn.yaml:80:7
%4091 = add %4090, %4089 : f32[64] @ models/lib/nn.yaml:80:7
%4092 = cast %4084 : f64[] @ models/lib/nn.yaml:80:7
%4093 = pow %3629, %4092 : f64[] @ models/lib/nn.yaml:80:7
%4094 = sub %3610, %4093 : f64[] @ models/lib/nn.yaml:80:7
%4095 = div %2151, %4094 : f64[] @ models/lib/nn.yaml:80:7
%4096 = pow %3637, %4092 : f64[] @ models/lib/nn.yaml:80:7
%4097 = sub %3610, %4096 : f64[] @ models/lib/nn.yaml:80:7
%4098 = sqrt %4097 : f64[] @ models/lib/nn.yaml:80:7
%4099 = div %3610, %4098 : f64[] @ models/lib/nn.yaml:80:7
%4100 = sqrt %4091 : f32[64] @ models/lib/nn.yaml:80:7
%4101 = cast %4099 : f32[] @ models/lib/nn.yaml:80:7
%4102 = broadcast %4101 : f32[64] @ models/lib/nn.yaml:80:7
%4103 = mul %4100, %4102 : f32[64] @ models/lib/nn.yaml:80:7
%4104 = add %4103, %3774 : f32[64] @ models/lib/nn.yaml:80:7
%4105 = div %4087, %4104 : f32[64] @ models/lib/nn.yaml:80:7
%4106 = cast %4095 : f32[] @ models/lib/nn.yaml:80:7
%4107 = broadcast %4106 : f32[64] @ models/lib/nn.yaml:80:7
%4108 = mul %4105, %4107 : f32[64] @ models/lib/nn.yaml:80:7
%4109 = sub %15, %4108 : f32[64] @ models/lib/nn.yaml:80:7
%4110 = assign %15, %4109 : f32[64] @ models/lib/nn.yaml:80:7
%4111 = assign %4081, %4087 : f32[64] @ models/lib/nn.yaml:80:7
%4112 = assign %4082, %4091 : f32[64] @ models/lib/nn.yaml:80:7
%4113 = assign %4083, %4084 : i64[] @ models/lib/nn.yaml:80:7
%4114 = mul %77, %3785 : f32[64] @ models/lib/nn.yaml:80:7
%4115 = mul %4109, %3787 : f32[64] @ models/lib/nn.yaml:80:7
%4116 = add %4114, %4115 : f32[64] @ models/lib/nn.yaml:80:7
%4117 = assign %77, %4116 : f32[64] @ models/lib/nn.yaml:80:7
%4118 = all_reduce_sum %3503 : f32[64] @ models/lib/nn.yaml:89:7
%4119 = mul %4118, %4118 : f32[64] @ models/lib/nn.yaml:89:7
%4120 = reduce_sum %4119 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%4121 = sqrt %4120 : f32[] @ models/lib/nn.yaml:89:7
%4122 = cast %4121 : f64[] @ models/lib/nn.yaml:89:7
%4123 = add %4122, %3606 : f64[] @ models/lib/nn.yaml:89:7
%4124 = div %3608, %4123 : f64[] @ models/lib/nn.yaml:89:7
%4125 = lt %4124, %3610 : bool[] @ models/lib/nn.yaml:89:7
%4126 = cast %4124 : f32[] @ models/lib/nn.yaml:89:7
%4127 = broadcast %4126 : f32[64] @ models/lib/nn.yaml:89:7
%4128 = mul %4118, %4127 : f32[64] @ models/lib/nn.yaml:89:7
%4129 = broadcast %4125 : bool[64] @ models/lib/nn.yaml:89:7
%4130 = select %4129, %4128, %4118 : f32[64] @ models/lib/nn.yaml:89:7
%4131 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%4132 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%4133 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4134 = add %4133, %3620 : i64[] @ models/lib/nn.yaml:89:7
%4135 = mul %4130, %3751 : f32[64] @ models/lib/nn.yaml:89:7
%4136 = mul %4131, %3753 : f32[64] @ models/lib/nn.yaml:89:7
%4137 = add %4136, %4135 : f32[64] @ models/lib/nn.yaml:89:7
%4138 = mul %4130, %4130 : f32[64] @ models/lib/nn.yaml:89:7
%4139 = mul %4138, %3757 : f32[64] @ models/lib/nn.yaml:89:7
%4140 = mul %4132, %3759 : f32[64] @ models/lib/nn.yaml:89:7
%4141 = add %4140, %4139 : f32[64] @ models/lib/nn.yaml:89:7
%4142 = cast %4134 : f64[] @ models/lib/nn.yaml:89:7
%4143 = pow %3629, %4142 : f64[] @ models/lib/nn.yaml:89:7
%4144 = sub %3610, %4143 : f64[] @ models/lib/nn.yaml:89:7
%4145 = div %2151, %4144 : f64[] @ models/lib/nn.yaml:89:7
%4146 = pow %3637, %4142 : f64[] @ models/lib/nn.yaml:89:7
%4147 = sub %3610, %4146 : f64[] @ models/lib/nn.yaml:89:7
%4148 = sqrt %4147 : f64[] @ models/lib/nn.yaml:89:7
%4149 = div %3610, %4148 : f64[] @ models/lib/nn.yaml:89:7
%4150 = sqrt %4141 : f32[64] @ models/lib/nn.yaml:89:7
%4151 = cast %4149 : f32[] @ models/lib/nn.yaml:89:7
%4152 = broadcast %4151 : f32[64] @ models/lib/nn.yaml:89:7
%4153 = mul %4150, %4152 : f32[64] @ models/lib/nn.yaml:89:7
%4154 = add %4153, %3774 : f32[64] @ models/lib/nn.yaml:89:7
%4155 = div %4137, %4154 : f32[64] @ models/lib/nn.yaml:89:7
%4156 = cast %4145 : f32[] @ models/lib/nn.yaml:89:7
%4157 = broadcast %4156 : f32[64] @ models/lib/nn.yaml:89:7
%4158 = mul %4155, %4157 : f32[64] @ models/lib/nn.yaml:89:7
%4159 = sub %16, %4158 : f32[64] @ models/lib/nn.yaml:89:7
%4160 = assign %16, %4159 : f32[64] @ models/lib/nn.yaml:89:7
%4161 = assign %4131, %4137 : f32[64] @ models/lib/nn.yaml:89:7
%4162 = assign %4132, %4141 : f32[64] @ models/lib/nn.yaml:89:7
%4163 = assign %4133, %4134 : i64[] @ models/lib/nn.yaml:89:7
%4164 = mul %78, %3785 : f32[64] @ models/lib/nn.yaml:89:7
%4165 = mul %4159, %3787 : f32[64] @ models/lib/nn.yaml:89:7
%4166 = add %4164, %4165 : f32[64] @ models/lib/nn.yaml:89:7
%4167 = assign %78, %4166 : f32[64] @ models/lib/nn.yaml:89:7
%4168 = all_reduce_sum %3498 : f32[64] @ models/lib/nn.yaml:90:7
%4169 = mul %4168, %4168 : f32[64] @ models/lib/nn.yaml:90:7
%4170 = reduce_sum %4169 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%4171 = sqrt %4170 : f32[] @ models/lib/nn.yaml:90:7
%4172 = cast %4171 : f64[] @ models/lib/nn.yaml:90:7
%4173 = add %4172, %3606 : f64[] @ models/lib/nn.yaml:90:7
%4174 = div %3608, %4173 : f64[] @ models/lib/nn.yaml:90:7
%4175 = lt %4174, %3610 : bool[] @ models/lib/nn.yaml:90:7
%4176 = cast %4174 : f32[] @ models/lib/nn.yaml:90:7
%4177 = broadcast %4176 : f32[64] @ models/lib/nn.yaml:90:7
%4178 = mul %4168, %4177 : f32[64] @ models/lib/nn.yaml:90:7
%4179 = broadcast %4175 : bool[64] @ models/lib/nn.yaml:90:7
%4180 = select %4179, %4178, %4168 : f32[64] @ models/lib/nn.yaml:90:7
%4181 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%4182 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%4183 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4184 = add %4183, %3620 : i64[] @ models/lib/nn.yaml:90:7
%4185 = mul %4180, %3751 : f32[64] @ models/lib/nn.yaml:90:7
%4186 = mul %4181, %3753 : f32[64] @ models/lib/nn.yaml:90:7
%4187 = add %4186, %4185 : f32[64] @ models/lib/nn.yaml:90:7
%4188 = mul %4180, %4180 : f32[64] @ models/lib/nn.yaml:90:7
%4189 = mul %4188, %3757 : f32[64] @ models/lib/nn.yaml:90:7
%4190 = mul %4182, %3759 : f32[64] @ models/lib/nn.yaml:90:7
%4191 = add %4190, %4189 : f32[64] @ models/lib/nn.yaml:90:7
%4192 = cast %4184 : f64[] @ models/lib/nn.yaml:90:7
%4193 = pow %3629, %4192 : f64[] @ models/lib/nn.yaml:90:7
%4194 = sub %3610, %4193 : f64[] @ models/lib/nn.yaml:90:7
%4195 = div %2151, %4194 : f64[] @ models/lib/nn.yaml:90:7
%4196 = pow %3637, %4192 : f64[] @ models/lib/nn.yaml:90:7
%4197 = sub %3610, %4196 : f64[] @ models/lib/nn.yaml:90:7
%4198 = sqrt %4197 : f64[] @ models/lib/nn.yaml:90:7
%4199 = div %3610, %4198 : f64[] @ models/lib/nn.yaml:90:7
%4200 = sqrt %4191 : f32[64] @ models/lib/nn.yaml:90:7
%4201 = cast %4199 : f32[] @ models/lib/nn.yaml:90:7
%4202 = broadcast %4201 : f32[64] @ models/lib/nn.yaml:90:7
%4203 = mul %4200, %4202 : f32[64] @ models/lib/nn.yaml:90:7
%4204 = add %4203, %3774 : f32[64] @ models/lib/nn.yaml:90:7
%4205 = div %4187, %4204 : f32[64] @ models/lib/nn.yaml:90:7
%4206 = cast %4195 : f32[] @ models/lib/nn.yaml:90:7
%4207 = broadcast %4206 : f32[64] @ models/lib/nn.yaml:90:7
%4208 = mul %4205, %4207 : f32[64] @ models/lib/nn.yaml:90:7
%4209 = sub %17, %4208 : f32[64] @ models/lib/nn.yaml:90:7
%4210 = assign %17, %4209 : f32[64] @ models/lib/nn.yaml:90:7
%4211 = assign %4181, %4187 : f32[64] @ models/lib/nn.yaml:90:7
%4212 = assign %4182, %4191 : f32[64] @ models/lib/nn.yaml:90:7
%4213 = assign %4183, %4184 : i64[] @ models/lib/nn.yaml:90:7
%4214 = mul %79, %3785 : f32[64] @ models/lib/nn.yaml:90:7
%4215 = mul %4209, %3787 : f32[64] @ models/lib/nn.yaml:90:7
%4216 = add %4214, %4215 : f32[64] @ models/lib/nn.yaml:90:7
%4217 = assign %79, %4216 : f32[64] @ models/lib/nn.yaml:90:7
%4218 = all_reduce_sum %3494 : f32[256,64] @ models/lib/nn.yaml:79:7
%4219 = reshape %4218 : f32[16384] @ models/lib/nn.yaml:79:7
%4220 = mul %4219, %4219 : f32[16384] @ models/lib/nn.yaml:79:7
%4221 = reduce_sum %4220 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4222 = sqrt %4221 : f32[] @ models/lib/nn.yaml:79:7
%4223 = cast %4222 : f64[] @ models/lib/nn.yaml:79:7
%4224 = add %4223, %3606 : f64[] @ models/lib/nn.yaml:79:7
%4225 = div %3608, %4224 : f64[] @ models/lib/nn.yaml:79:7
%4226 = lt %4225, %3610 : bool[] @ models/lib/nn.yaml:79:7
%4227 = cast %4225 : f32[] @ models/lib/nn.yaml:79:7
%4228 = broadcast %4227 : f32[256,64] @ models/lib/nn.yaml:79:7
%4229 = mul %4218, %4228 : f32[256,64] @ models/lib/nn.yaml:79:7
%4230 = broadcast %4226 : bool[256,64] @ models/lib/nn.yaml:79:7
%4231 = select %4230, %4229, %4218 : f32[256,64] @ models/lib/nn.yaml:79:7
%4232 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[256,64] @ models/lib/nn.yaml:79:7
%4233 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[256,64] @ models/lib/nn.yaml:79:7
%4234 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4235 = add %4234, %3620 : i64[] @ models/lib/nn.yaml:79:7
%4236 = broadcast %3624 : f32[256,64] @ models/lib/nn.yaml:79:7
%4237 = mul %18, %4236 : f32[256,64] @ models/lib/nn.yaml:79:7
%4238 = broadcast %1876 : f32[256,64] @ models/lib/nn.yaml:79:7
%4239 = mul %4231, %4238 : f32[256,64] @ models/lib/nn.yaml:79:7
%4240 = broadcast %1276 : f32[256,64] @ models/lib/nn.yaml:79:7
%4241 = mul %4232, %4240 : f32[256,64] @ models/lib/nn.yaml:79:7
%4242 = add %4241, %4239 : f32[256,64] @ models/lib/nn.yaml:79:7
%4243 = mul %4231, %4231 : f32[256,64] @ models/lib/nn.yaml:79:7
%4244 = broadcast %3634 : f32[256,64] @ models/lib/nn.yaml:79:7
%4245 = mul %4243, %4244 : f32[256,64] @ models/lib/nn.yaml:79:7
%4246 = broadcast %3638 : f32[256,64] @ models/lib/nn.yaml:79:7
%4247 = mul %4233, %4246 : f32[256,64] @ models/lib/nn.yaml:79:7
%4248 = add %4247, %4245 : f32[256,64] @ models/lib/nn.yaml:79:7
%4249 = cast %4235 : f64[] @ models/lib/nn.yaml:79:7
%4250 = pow %3629, %4249 : f64[] @ models/lib/nn.yaml:79:7
%4251 = sub %3610, %4250 : f64[] @ models/lib/nn.yaml:79:7
%4252 = div %2151, %4251 : f64[] @ models/lib/nn.yaml:79:7
%4253 = pow %3637, %4249 : f64[] @ models/lib/nn.yaml:79:7
%4254 = sub %3610, %4253 : f64[] @ models/lib/nn.yaml:79:7
%4255 = sqrt %4254 : f64[] @ models/lib/nn.yaml:79:7
%4256 = div %3610, %4255 : f64[] @ models/lib/nn.yaml:79:7
%4257 = sqrt %4248 : f32[256,64] @ models/lib/nn.yaml:79:7
%4258 = cast %4256 : f32[] @ models/lib/nn.yaml:79:7
%4259 = broadcast %4258 : f32[256,64] @ models/lib/nn.yaml:79:7
%4260 = mul %4257, %4259 : f32[256,64] @ models/lib/nn.yaml:79:7
%4261 = broadcast %3654 : f32[256,64] @ models/lib/nn.yaml:79:7
%4262 = add %4260, %4261 : f32[256,64] @ models/lib/nn.yaml:79:7
%4263 = div %4242, %4262 : f32[256,64] @ models/lib/nn.yaml:79:7
%4264 = cast %4252 : f32[] @ models/lib/nn.yaml:79:7
%4265 = broadcast %4264 : f32[256,64] @ models/lib/nn.yaml:79:7
%4266 = mul %4263, %4265 : f32[256,64] @ models/lib/nn.yaml:79:7
%4267 = sub %4237, %4266 : f32[256,64] @ models/lib/nn.yaml:79:7
%4268 = assign %18, %4267 : f32[256,64] @ models/lib/nn.yaml:79:7
%4269 = assign %4232, %4242 : f32[256,64] @ models/lib/nn.yaml:79:7
%4270 = assign %4233, %4248 : f32[256,64] @ models/lib/nn.yaml:79:7
%4271 = assign %4234, %4235 : i64[] @ models/lib/nn.yaml:79:7
%4272 = broadcast %3 : f32[256,64] @ models/lib/nn.yaml:79:7
%4273 = mul %80, %4272 : f32[256,64] @ models/lib/nn.yaml:79:7
%4274 = broadcast %3669 : f32[256,64] @ models/lib/nn.yaml:79:7
%4275 = mul %4267, %4274 : f32[256,64] @ models/lib/nn.yaml:79:7
%4276 = add %4273, %4275 : f32[256,64] @ models/lib/nn.yaml:79:7
%4277 = assign %80, %4276 : f32[256,64] @ models/lib/nn.yaml:79:7
%4278 = all_reduce_sum %3490 : f32[256] @ models/lib/nn.yaml:80:7
%4279 = mul %4278, %4278 : f32[256] @ models/lib/nn.yaml:80:7
%4280 = reduce_sum %4279 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%4281 = sqrt %4280 : f32[] @ models/lib/nn.yaml:80:7
%4282 = cast %4281 : f64[] @ models/lib/nn.yaml:80:7
%4283 = add %4282, %3606 : f64[] @ models/lib/nn.yaml:80:7
%4284 = div %3608, %4283 : f64[] @ models/lib/nn.yaml:80:7
%4285 = lt %4284, %3610 : bool[] @ models/lib/nn.yaml:80:7
%4286 = cast %4284 : f32[] @ models/lib/nn.yaml:80:7
%4287 = broadcast %4286 : f32[256] @ models/lib/nn.yaml:80:7
%4288 = mul %4278, %4287 : f32[256] @ models/lib/nn.yaml:80:7
%4289 = broadcast %4285 : bool[256] @ models/lib/nn.yaml:80:7
%4290 = select %4289, %4288, %4278 : f32[256] @ models/lib/nn.yaml:80:7
%4291 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%4292 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%4293 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4294 = add %4293, %3620 : i64[] @ models/lib/nn.yaml:80:7
%4295 = broadcast %1876 : f32[256] @ models/lib/nn.yaml:80:7
%4296 = mul %4290, %4295 : f32[256] @ models/lib/nn.yaml:80:7
%4297 = broadcast %1276 : f32[256] @ models/lib/nn.yaml:80:7
%4298 = mul %4291, %4297 : f32[256] @ models/lib/nn.yaml:80:7
%4299 = add %4298, %4296 : f32[256] @ models/lib/nn.yaml:80:7
%4300 = mul %4290, %4290 : f32[256] @ models/lib/nn.yaml:80:7
%4301 = broadcast %3634 : f32[256] @ models/lib/nn.yaml:80:7
%4302 = mul %4300, %4301 : f32[256] @ models/lib/nn.yaml:80:7
%4303 = broadcast %3638 : f32[256] @ models/lib/nn.yaml:80:7
%4304 = mul %4292, %4303 : f32[256] @ models/lib/nn.yaml:80:7
%4305 = add %4304, %4302 : f32[256] @ models/lib/nn.yaml:80:7
%4306 = cast %4294 : f64[] @ models/lib/nn.yaml:80:7
%4307 = pow %3629, %4306 : f64[] @ models/lib/nn.yaml:80:7
%4308 = sub %3610, %4307 : f64[] @ models/lib/nn.yaml:80:7
%4309 = div %2151, %4308 : f64[] @ models/lib/nn.yaml:80:7
%4310 = pow %3637, %4306 : f64[] @ models/lib/nn.yaml:80:7
%4311 = sub %3610, %4310 : f64[] @ models/lib/nn.yaml:80:7
%4312 = sqrt %4311 : f64[] @ models/lib/nn.yaml:80:7
%4313 = div %3610, %4312 : f64[] @ models/lib/nn.yaml:80:7
%4314 = sqrt %4305 : f32[256] @ models/lib/nn.yaml:80:7
%4315 = cast %4313 : f32[] @ models/lib/nn.yaml:80:7
%4316 = broadcast %4315 : f32[256] @ models/lib/nn.yaml:80:7
%4317 = mul %4314, %4316 : f32[256] @ models/lib/nn.yaml:80:7
%4318 = broadcast %3654 : f32[256] @ models/lib/nn.yaml:80:7
%4319 = add %4317, %4318 : f32[256] @ models/lib/nn.yaml:80:7
%4320 = div %4299, %4319 : f32[256] @ models/lib/nn.yaml:80:7
%4321 = cast %4309 : f32[] @ models/lib/nn.yaml:80:7
%4322 = broadcast %4321 : f32[256] @ models/lib/nn.yaml:80:7
%4323 = mul %4320, %4322 : f32[256] @ models/lib/nn.yaml:80:7
%4324 = sub %19, %4323 : f32[256] @ models/lib/nn.yaml:80:7
%4325 = assign %19, %4324 : f32[256] @ models/lib/nn.yaml:80:7
%4326 = assign %4291, %4299 : f32[256] @ models/lib/nn.yaml:80:7
%4327 = assign %4292, %4305 : f32[256] @ models/lib/nn.yaml:80:7
%4328 = assign %4293, %4294 : i64[] @ models/lib/nn.yaml:80:7
%4329 = broadcast %3 : f32[256] @ models/lib/nn.yaml:80:7
%4330 = mul %81, %4329 : f32[256] @ models/lib/nn.yaml:80:7
%4331 = broadcast %3669 : f32[256] @ models/lib/nn.yaml:80:7
%4332 = mul %4324, %4331 : f32[256] @ models/lib/nn.yaml:80:7
%4333 = add %4330, %4332 : f32[256] @ models/lib/nn.yaml:80:7
%4334 = assign %81, %4333 : f32[256] @ models/lib/nn.yaml:80:7
%4335 = all_reduce_sum %3468 : f32[64,256] @ models/lib/nn.yaml:79:7
%4336 = reshape %4335 : f32[16384] @ models/lib/nn.yaml:79:7
%4337 = mul %4336, %4336 : f32[16384] @ models/lib/nn.yaml:79:7
%4338 = reduce_sum %4337 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4339 = sqrt %4338 : f32[] @ models/lib/nn.yaml:79:7
%4340 = cast %4339 : f64[] @ models/lib/nn.yaml:79:7
%4341 = add %4340, %3606 : f64[] @ models/lib/nn.yaml:79:7
%4342 = div %3608, %4341 : f64[] @ models/lib/nn.yaml:79:7
%4343 = lt %4342, %3610 : bool[] @ models/lib/nn.yaml:79:7
%4344 = cast %4342 : f32[] @ models/lib/nn.yaml:79:7
%4345 = broadcast %4344 : f32[64,256] @ models/lib/nn.yaml:79:7
%4346 = mul %4335, %4345 : f32[64,256] @ models/lib/nn.yaml:79:7
%4347 = broadcast %4343 : bool[64,256] @ models/lib/nn.yaml:79:7
%4348 = select %4347, %4346, %4335 : f32[64,256] @ models/lib/nn.yaml:79:7
%4349 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[64,256] @ models/lib/nn.yaml:79:7
%4350 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[64,256] @ models/lib/nn.yaml:79:7
%4351 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4352 = add %4351, %3620 : i64[] @ models/lib/nn.yaml:79:7
%4353 = broadcast %3624 : f32[64,256] @ models/lib/nn.yaml:79:7
%4354 = mul %20, %4353 : f32[64,256] @ models/lib/nn.yaml:79:7
%4355 = broadcast %1876 : f32[64,256] @ models/lib/nn.yaml:79:7
%4356 = mul %4348, %4355 : f32[64,256] @ models/lib/nn.yaml:79:7
%4357 = broadcast %1276 : f32[64,256] @ models/lib/nn.yaml:79:7
%4358 = mul %4349, %4357 : f32[64,256] @ models/lib/nn.yaml:79:7
%4359 = add %4358, %4356 : f32[64,256] @ models/lib/nn.yaml:79:7
%4360 = mul %4348, %4348 : f32[64,256] @ models/lib/nn.yaml:79:7
%4361 = broadcast %3634 : f32[64,256] @ models/lib/nn.yaml:79:7
%4362 = mul %4360, %4361 : f32[64,256] @ models/lib/nn.yaml:79:7
%4363 = broadcast %3638 : f32[64,256] @ models/lib/nn.yaml:79:7
%4364 = mul %4350, %4363 : f32[64,256] @ models/lib/nn.yaml:79:7
%4365 = add %4364, %4362 : f32[64,256] @ models/lib/nn.yaml:79:7
%4366 = cast %4352 : f64[] @ models/lib/nn.yaml:79:7
%4367 = pow %3629, %4366 : f64[] @ models/lib/nn.yaml:79:7
%4368 = sub %3610, %4367 : f64[] @ models/lib/nn.yaml:79:7
%4369 = div %2151, %4368 : f64[] @ models/lib/nn.yaml:79:7
%4370 = pow %3637, %4366 : f64[] @ models/lib/nn.yaml:79:7
%4371 = sub %3610, %4370 : f64[] @ models/lib/nn.yaml:79:7
%4372 = sqrt %4371 : f64[] @ models/lib/nn.yaml:79:7
%4373 = div %3610, %4372 : f64[] @ models/lib/nn.yaml:79:7
%4374 = sqrt %4365 : f32[64,256] @ models/lib/nn.yaml:79:7
%4375 = cast %4373 : f32[] @ models/lib/nn.yaml:79:7
%4376 = broadcast %4375 : f32[64,256] @ models/lib/nn.yaml:79:7
%4377 = mul %4374, %4376 : f32[64,256] @ models/lib/nn.yaml:79:7
%4378 = broadcast %3654 : f32[64,256] @ models/lib/nn.yaml:79:7
%4379 = add %4377, %4378 : f32[64,256] @ models/lib/nn.yaml:79:7
%4380 = div %4359, %4379 : f32[64,256] @ models/lib/nn.yaml:79:7
%4381 = cast %4369 : f32[] @ models/lib/nn.yaml:79:7
%4382 = broadcast %4381 : f32[64,256] @ models/lib/nn.yaml:79:7
%4383 = mul %4380, %4382 : f32[64,256] @ models/lib/nn.yaml:79:7
%4384 = sub %4354, %4383 : f32[64,256] @ models/lib/nn.yaml:79:7
%4385 = assign %20, %4384 : f32[64,256] @ models/lib/nn.yaml:79:7
%4386 = assign %4349, %4359 : f32[64,256] @ models/lib/nn.yaml:79:7
%4387 = assign %4350, %4365 : f32[64,256] @ models/lib/nn.yaml:79:7
%4388 = assign %4351, %4352 : i64[] @ models/lib/nn.yaml:79:7
%4389 = broadcast %3 : f32[64,256] @ models/lib/nn.yaml:79:7
%4390 = mul %82, %4389 : f32[64,256] @ models/lib/nn.yaml:79:7
%4391 = broadcast %3669 : f32[64,256] @ models/lib/nn.yaml:79:7
%4392 = mul %4384, %4391 : f32[64,256] @ models/lib/nn.yaml:79:7
%4393 = add %4390, %4392 : f32[64,256] @ models/lib/nn.yaml:79:7
%4394 = assign %82, %4393 : f32[64,256] @ models/lib/nn.yaml:79:7
%4395 = all_reduce_sum %3464 : f32[64] @ models/lib/nn.yaml:80:7
%4396 = mul %4395, %4395 : f32[64] @ models/lib/nn.yaml:80:7
%4397 = reduce_sum %4396 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%4398 = sqrt %4397 : f32[] @ models/lib/nn.yaml:80:7
%4399 = cast %4398 : f64[] @ models/lib/nn.yaml:80:7
%4400 = add %4399, %3606 : f64[] @ models/lib/nn.yaml:80:7
%4401 = div %3608, %4400 : f64[] @ models/lib/nn.yaml:80:7
%4402 = lt %4401, %3610 : bool[] @ models/lib/nn.yaml:80:7
%4403 = cast %4401 : f32[] @ models/lib/nn.yaml:80:7
%4404 = broadcast %4403 : f32[64] @ models/lib/nn.yaml:80:7
%4405 = mul %4395, %4404 : f32[64] @ models/lib/nn.yaml:80:7
%4406 = broadcast %4402 : bool[64] @ models/lib/nn.yaml:80:7
%4407 = select %4406, %4405, %4395 : f32[64] @ models/lib/nn.yaml:80:7
%4408 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4409 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4410 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4411 = add %4410, %3620 : i64[] @ models/lib/nn.yaml:80:7
%4412 = mul %4407, %3751 : f32[64] @ models/lib/nn.yaml:80:7
%4413 = mul %4408, %3753 : f32[64] @ models/lib/nn.yaml:80:7
%4414 = add %4413, %4412 : f32[64] @ models/lib/nn.yaml:80:7
%4415 = mul %4407, %4407 : f32[64] @ models/lib/nn.yaml:80:7
%4416 = mul %4415, %3757 : f32[64] @ models/lib/nn.yaml:80:7
%4417 = mul %4409, %3759 : f32[64] @ models/lib/nn.yaml:80:7
%4418 = add %4417, %4416 : f32[64] @ models/lib/nn.yaml:80:7
%4419 = cast %4411 : f64[] @ models/lib/nn.yaml:80:7
%4420 = pow %3629, %4419 : f64[] @ models/lib/nn.yaml:80:7
%4421 = sub %3610, %4420 : f64[] @ models/lib/nn.yaml:80:7
%4422 = div %2151, %4421 : f64[] @ models/lib/nn.yaml:80:7
%4423 = pow %3637, %4419 : f64[] @ models/lib/nn.yaml:80:7
%4424 = sub %3610, %4423 : f64[] @ models/lib/nn.yaml:80:7
%4425 = sqrt %4424 : f64[] @ models/lib/nn.yaml:80:7
%4426 = div %3610, %4425 : f64[] @ models/lib/nn.yaml:80:7
%4427 = sqrt %4418 : f32[64] @ models/lib/nn.yaml:80:7
%4428 = cast %4426 : f32[] @ models/lib/nn.yaml:80:7
%4429 = broadcast %4428 : f32[64] @ models/lib/nn.yaml:80:7
%4430 = mul %4427, %4429 : f32[64] @ models/lib/nn.yaml:80:7
%4431 = add %4430, %3774 : f32[64] @ models/lib/nn.yaml:80:7
%4432 = div %4414, %4431 : f32[64] @ models/lib/nn.yaml:80:7
%4433 = cast %4422 : f32[] @ models/lib/nn.yaml:80:7
%4434 = broadcast %4433 : f32[64] @ models/lib/nn.yaml:80:7
%4435 = mul %4432, %4434 : f32[64] @ models/lib/nn.yaml:80:7
%4436 = sub %21, %4435 : f32[64] @ models/lib/nn.yaml:80:7
%4437 = assign %21, %4436 : f32[64] @ models/lib/nn.yaml:80:7
%4438 = assign %4408, %4414 : f32[64] @ models/lib/nn.yaml:80:7
%4439 = assign %4409, %4418 : f32[64] @ models/lib/nn.yaml:80:7
%4440 = assign %4410, %4411 : i64[] @ models/lib/nn.yaml:80:7
%4441 = mul %83, %3785 : f32[64] @ models/lib/nn.yaml:80:7
%4442 = mul %4436, %3787 : f32[64] @ models/lib/nn.yaml:80:7
%4443 = add %4441, %4442 : f32[64] @ models/lib/nn.yaml:80:7
%4444 = assign %83, %4443 : f32[64] @ models/lib/nn.yaml:80:7
%4445 = all_reduce_sum %3440 : f32[64] @ models/lib/nn.yaml:89:7
%4446 = mul %4445, %4445 : f32[64] @ models/lib/nn.yaml:89:7
%4447 = reduce_sum %4446 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%4448 = sqrt %4447 : f32[] @ models/lib/nn.yaml:89:7
%4449 = cast %4448 : f64[] @ models/lib/nn.yaml:89:7
%4450 = add %4449, %3606 : f64[] @ models/lib/nn.yaml:89:7
%4451 = div %3608, %4450 : f64[] @ models/lib/nn.yaml:89:7
%4452 = lt %4451, %3610 : bool[] @ models/lib/nn.yaml:89:7
%4453 = cast %4451 : f32[] @ models/lib/nn.yaml:89:7
%4454 = broadcast %4453 : f32[64] @ models/lib/nn.yaml:89:7
%4455 = mul %4445, %4454 : f32[64] @ models/lib/nn.yaml:89:7
%4456 = broadcast %4452 : bool[64] @ models/lib/nn.yaml:89:7
%4457 = select %4456, %4455, %4445 : f32[64] @ models/lib/nn.yaml:89:7
%4458 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%4459 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%4460 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4461 = add %4460, %3620 : i64[] @ models/lib/nn.yaml:89:7
%4462 = mul %4457, %3751 : f32[64] @ models/lib/nn.yaml:89:7
%4463 = mul %4458, %3753 : f32[64] @ models/lib/nn.yaml:89:7
%4464 = add %4463, %4462 : f32[64] @ models/lib/nn.yaml:89:7
%4465 = mul %4457, %4457 : f32[64] @ models/lib/nn.yaml:89:7
%4466 = mul %4465, %3757 : f32[64] @ models/lib/nn.yaml:89:7
%4467 = mul %4459, %3759 : f32[64] @ models/lib/nn.yaml:89:7
%4468 = add %4467, %4466 : f32[64] @ models/lib/nn.yaml:89:7
%4469 = cast %4461 : f64[] @ models/lib/nn.yaml:89:7
%4470 = pow %3629, %4469 : f64[] @ models/lib/nn.yaml:89:7
%4471 = sub %3610, %4470 : f64[] @ models/lib/nn.yaml:89:7
%4472 = div %2151, %4471 : f64[] @ models/lib/nn.yaml:89:7
%4473 = pow %3637, %4469 : f64[] @ models/lib/nn.yaml:89:7
%4474 = sub %3610, %4473 : f64[] @ models/lib/nn.yaml:89:7
%4475 = sqrt %4474 : f64[] @ models/lib/nn.yaml:89:7
%4476 = div %3610, %4475 : f64[] @ models/lib/nn.yaml:89:7
%4477 = sqrt %4468 : f32[64] @ models/lib/nn.yaml:89:7
%4478 = cast %4476 : f32[] @ models/lib/nn.yaml:89:7
%4479 = broadcast %4478 : f32[64] @ models/lib/nn.yaml:89:7
%4480 = mul %4477, %4479 : f32[64] @ models/lib/nn.yaml:89:7
%4481 = add %4480, %3774 : f32[64] @ models/lib/nn.yaml:89:7
%4482 = div %4464, %4481 : f32[64] @ models/lib/nn.yaml:89:7
%4483 = cast %4472 : f32[] @ models/lib/nn.yaml:89:7
%4484 = broadcast %4483 : f32[64] @ models/lib/nn.yaml:89:7
%4485 = mul %4482, %4484 : f32[64] @ models/lib/nn.yaml:89:7
%4486 = sub %22, %4485 : f32[64] @ models/lib/nn.yaml:89:7
%4487 = assign %22, %4486 : f32[64] @ models/lib/nn.yaml:89:7
%4488 = assign %4458, %4464 : f32[64] @ models/lib/nn.yaml:89:7
%4489 = assign %4459, %4468 : f32[64] @ models/lib/nn.yaml:89:7
%4490 = assign %4460, %4461 : i64[] @ models/lib/nn.yaml:89:7
%4491 = mul %84, %3785 : f32[64] @ models/lib/nn.yaml:89:7
%4492 = mul %4486, %3787 : f32[64] @ models/lib/nn.yaml:89:7
%4493 = add %4491, %4492 : f32[64] @ models/lib/nn.yaml:89:7
%4494 = assign %84, %4493 : f32[64] @ models/lib/nn.yaml:89:7
%4495 = all_reduce_sum %3435 : f32[64] @ models/lib/nn.yaml:90:7
%4496 = mul %4495, %4495 : f32[64] @ models/lib/nn.yaml:90:7
%4497 = reduce_sum %4496 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%4498 = sqrt %4497 : f32[] @ models/lib/nn.yaml:90:7
%4499 = cast %4498 : f64[] @ models/lib/nn.yaml:90:7
%4500 = add %4499, %3606 : f64[] @ models/lib/nn.yaml:90:7
%4501 = div %3608, %4500 : f64[] @ models/lib/nn.yaml:90:7
%4502 = lt %4501, %3610 : bool[] @ models/lib/nn.yaml:90:7
%4503 = cast %4501 : f32[] @ models/lib/nn.yaml:90:7
%4504 = broadcast %4503 : f32[64] @ models/lib/nn.yaml:90:7
%4505 = mul %4495, %4504 : f32[64] @ models/lib/nn.yaml:90:7
%4506 = broadcast %4502 : bool[64] @ models/lib/nn.yaml:90:7
%4507 = select %4506, %4505, %4495 : f32[64] @ models/lib/nn.yaml:90:7
%4508 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%4509 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%4510 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4511 = add %4510, %3620 : i64[] @ models/lib/nn.yaml:90:7
%4512 = mul %4507, %3751 : f32[64] @ models/lib/nn.yaml:90:7
%4513 = mul %4508, %3753 : f32[64] @ models/lib/nn.yaml:90:7
%4514 = add %4513, %4512 : f32[64] @ models/lib/nn.yaml:90:7
%4515 = mul %4507, %4507 : f32[64] @ models/lib/nn.yaml:90:7
%4516 = mul %4515, %3757 : f32[64] @ models/lib/nn.yaml:90:7
%4517 = mul %4509, %3759 : f32[64] @ models/lib/nn.yaml:90:7
%4518 = add %4517, %4516 : f32[64] @ models/lib/nn.yaml:90:7
%4519 = cast %4511 : f64[] @ models/lib/nn.yaml:90:7
%4520 = pow %3629, %4519 : f64[] @ models/lib/nn.yaml:90:7
%4521 = sub %3610, %4520 : f64[] @ models/lib/nn.yaml:90:7
%4522 = div %2151, %4521 : f64[] @ models/lib/nn.yaml:90:7
%4523 = pow %3637, %4519 : f64[] @ models/lib/nn.yaml:90:7
%4524 = sub %3610, %4523 : f64[] @ models/lib/nn.yaml:90:7
%4525 = sqrt %4524 : f64[] @ models/lib/nn.yaml:90:7
%4526 = div %3610, %4525 : f64[] @ models/lib/nn.yaml:90:7
%4527 = sqrt %4518 : f32[64] @ models/lib/nn.yaml:90:7
%4528 = cast %4526 : f32[] @ models/lib/nn.yaml:90:7
%4529 = broadcast %4528 : f32[64] @ models/lib/nn.yaml:90:7
%4530 = mul %4527, %4529 : f32[64] @ models/lib/nn.yaml:90:7
%4531 = add %4530, %3774 : f32[64] @ models/lib/nn.yaml:90:7
%4532 = div %4514, %4531 : f32[64] @ models/lib/nn.yaml:90:7
%4533 = cast %4522 : f32[] @ models/lib/nn.yaml:90:7
%4534 = broadcast %4533 : f32[64] @ models/lib/nn.yaml:90:7
%4535 = mul %4532, %4534 : f32[64] @ models/lib/nn.yaml:90:7
%4536 = sub %23, %4535 : f32[64] @ models/lib/nn.yaml:90:7
%4537 = assign %23, %4536 : f32[64] @ models/lib/nn.yaml:90:7
%4538 = assign %4508, %4514 : f32[64] @ models/lib/nn.yaml:90:7
%4539 = assign %4509, %4518 : f32[64] @ models/lib/nn.yaml:90:7
%4540 = assign %4510, %4511 : i64[] @ models/lib/nn.yaml:90:7
%4541 = mul %85, %3785 : f32[64] @ models/lib/nn.yaml:90:7
%4542 = mul %4536, %3787 : f32[64] @ models/lib/nn.yaml:90:7
%4543 = add %4541, %4542 : f32[64] @ models/lib/nn.yaml:90:7
%4544 = assign %85, %4543 : f32[64] @ models/lib/nn.yaml:90:7
%4545 = all_reduce_sum %3431 : f32[192,64] @ models/lib/nn.yaml:79:7
%4546 = reshape %4545 : f32[12288] @ models/lib/nn.yaml:79:7
%4547 = mul %4546, %4546 : f32[12288] @ models/lib/nn.yaml:79:7
%4548 = reduce_sum %4547 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4549 = sqrt %4548 : f32[] @ models/lib/nn.yaml:79:7
%4550 = cast %4549 : f64[] @ models/lib/nn.yaml:79:7
%4551 = add %4550, %3606 : f64[] @ models/lib/nn.yaml:79:7
%4552 = div %3608, %4551 : f64[] @ models/lib/nn.yaml:79:7
%4553 = lt %4552, %3610 : bool[] @ models/lib/nn.yaml:79:7
%4554 = cast %4552 : f32[] @ models/lib/nn.yaml:79:7
%4555 = broadcast %4554 : f32[192,64] @ models/lib/nn.yaml:79:7
%4556 = mul %4545, %4555 : f32[192,64] @ models/lib/nn.yaml:79:7
%4557 = broadcast %4553 : bool[192,64] @ models/lib/nn.yaml:79:7
%4558 = select %4557, %4556, %4545 : f32[192,64] @ models/lib/nn.yaml:79:7
%4559 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[192,64] @ models/lib/nn.yaml:79:7
%4560 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[192,64] @ models/lib/nn.yaml:79:7
%4561 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4562 = add %4561, %3620 : i64[] @ models/lib/nn.yaml:79:7
%4563 = mul %24, %3909 : f32[192,64] @ models/lib/nn.yaml:79:7
%4564 = mul %4558, %3911 : f32[192,64] @ models/lib/nn.yaml:79:7
%4565 = mul %4559, %3913 : f32[192,64] @ models/lib/nn.yaml:79:7
%4566 = add %4565, %4564 : f32[192,64] @ models/lib/nn.yaml:79:7
%4567 = mul %4558, %4558 : f32[192,64] @ models/lib/nn.yaml:79:7
%4568 = mul %4567, %3917 : f32[192,64] @ models/lib/nn.yaml:79:7
%4569 = mul %4560, %3919 : f32[192,64] @ models/lib/nn.yaml:79:7
%4570 = add %4569, %4568 : f32[192,64] @ models/lib/nn.yaml:79:7
%4571 = cast %4562 : f64[] @ models/lib/nn.yaml:79:7
%4572 = pow %3629, %4571 : f64[] @ models/lib/nn.yaml:79:7
%4573 = sub %3610, %4572 : f64[] @ models/lib/nn.yaml:79:7
%4574 = div %2151, %4573 : f64[] @ models/lib/nn.yaml:79:7
%4575 = pow %3637, %4571 : f64[] @ models/lib/nn.yaml:79:7
%4576 = sub %3610, %4575 : f64[] @ models/lib/nn.yaml:79:7
%4577 = sqrt %4576 : f64[] @ models/lib/nn.yaml:79:7
%4578 = div %3610, %4577 : f64[] @ models/lib/nn.yaml:79:7
%4579 = sqrt %4570 : f32[192,64] @ models/lib/nn.yaml:79:7
%4580 = cast %4578 : f32[] @ models/lib/nn.yaml:79:7
%4581 = broadcast %4580 : f32[192,64] @ models/lib/nn.yaml:79:7
%4582 = mul %4579, %4581 : f32[192,64] @ models/lib/nn.yaml:79:7
%4583 = add %4582, %3934 : f32[192,64] @ models/lib/nn.yaml:79:7
%4584 = div %4566, %4583 : f32[192,64] @ models/lib/nn.yaml:79:7
%4585 = cast %4574 : f32[] @ models/lib/nn.yaml:79:7
%4586 = broadcast %4585 : f32[192,64] @ models/lib/nn.yaml:79:7
%4587 = mul %4584, %4586 : f32[192,64] @ models/lib/nn.yaml:79:7
%4588 = sub %4563, %4587 : f32[192,64] @ models/lib/nn.yaml:79:7
%4589 = assign %24, %4588 : f32[192,64] @ models/lib/nn.yaml:79:7
%4590 = assign %4559, %4566 : f32[192,64] @ models/lib/nn.yaml:79:7
%4591 = assign %4560, %4570 : f32[192,64] @ models/lib/nn.yaml:79:7
%4592 = assign %4561, %4562 : i64[] @ models/lib/nn.yaml:79:7
%4593 = mul %86, %3945 : f32[192,64] @ models/lib/nn.yaml:79:7
%4594 = mul %4588, %3947 : f32[192,64] @ models/lib/nn.yaml:79:7
%4595 = add %4593, %4594 : f32[192,64] @ models/lib/nn.yaml:79:7
%4596 = assign %86, %4595 : f32[192,64] @ models/lib/nn.yaml:79:7
%4597 = all_reduce_sum %3427 : f32[192] @ models/lib/nn.yaml:80:7
%4598 = mul %4597, %4597 : f32[192] @ models/lib/nn.yaml:80:7
%4599 = reduce_sum %4598 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%4600 = sqrt %4599 : f32[] @ models/lib/nn.yaml:80:7
%4601 = cast %4600 : f64[] @ models/lib/nn.yaml:80:7
%4602 = add %4601, %3606 : f64[] @ models/lib/nn.yaml:80:7
%4603 = div %3608, %4602 : f64[] @ models/lib/nn.yaml:80:7
%4604 = lt %4603, %3610 : bool[] @ models/lib/nn.yaml:80:7
%4605 = cast %4603 : f32[] @ models/lib/nn.yaml:80:7
%4606 = broadcast %4605 : f32[192] @ models/lib/nn.yaml:80:7
%4607 = mul %4597, %4606 : f32[192] @ models/lib/nn.yaml:80:7
%4608 = broadcast %4604 : bool[192] @ models/lib/nn.yaml:80:7
%4609 = select %4608, %4607, %4597 : f32[192] @ models/lib/nn.yaml:80:7
%4610 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[192] @ models/lib/nn.yaml:80:7
%4611 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[192] @ models/lib/nn.yaml:80:7
%4612 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4613 = add %4612, %3620 : i64[] @ models/lib/nn.yaml:80:7
%4614 = mul %4609, %3968 : f32[192] @ models/lib/nn.yaml:80:7
%4615 = mul %4610, %3970 : f32[192] @ models/lib/nn.yaml:80:7
%4616 = add %4615, %4614 : f32[192] @ models/lib/nn.yaml:80:7
%4617 = mul %4609, %4609 : f32[192] @ models/lib/nn.yaml:80:7
%4618 = mul %4617, %3974 : f32[192] @ models/lib/nn.yaml:80:7
%4619 = mul %4611, %3976 : f32[192] @ models/lib/nn.yaml:80:7
%4620 = add %4619, %4618 : f32[192] @ models/lib/nn.yaml:80:7
%4621 = cast %4613 : f64[] @ models/lib/nn.yaml:80:7
%4622 = pow %3629, %4621 : f64[] @ models/lib/nn.yaml:80:7
%4623 = sub %3610, %4622 : f64[] @ models/lib/nn.yaml:80:7
%4624 = div %2151, %4623 : f64[] @ models/lib/nn.yaml:80:7
%4625 = pow %3637, %4621 : f64[] @ models/lib/nn.yaml:80:7
%4626 = sub %3610, %4625 : f64[] @ models/lib/nn.yaml:80:7
%4627 = sqrt %4626 : f64[] @ models/lib/nn.yaml:80:7
%4628 = div %3610, %4627 : f64[] @ models/lib/nn.yaml:80:7
%4629 = sqrt %4620 : f32[192] @ models/lib/nn.yaml:80:7
%4630 = cast %4628 : f32[] @ models/lib/nn.yaml:80:7
%4631 = broadcast %4630 : f32[192] @ models/lib/nn.yaml:80:7
%4632 = mul %4629, %4631 : f32[192] @ models/lib/nn.yaml:80:7
%4633 = add %4632, %3991 : f32[192] @ models/lib/nn.yaml:80:7
%4634 = div %4616, %4633 : f32[192] @ models/lib/nn.yaml:80:7
%4635 = cast %4624 : f32[] @ models/lib/nn.yaml:80:7
%4636 = broadcast %4635 : f32[192] @ models/lib/nn.yaml:80:7
%4637 = mul %4634, %4636 : f32[192] @ models/lib/nn.yaml:80:7
%4638 = sub %25, %4637 : f32[192] @ models/lib/nn.yaml:80:7
%4639 = assign %25, %4638 : f32[192] @ models/lib/nn.yaml:80:7
%4640 = assign %4610, %4616 : f32[192] @ models/lib/nn.yaml:80:7
%4641 = assign %4611, %4620 : f32[192] @ models/lib/nn.yaml:80:7
%4642 = assign %4612, %4613 : i64[] @ models/lib/nn.yaml:80:7
%4643 = mul %87, %4002 : f32[192] @ models/lib/nn.yaml:80:7
%4644 = mul %4638, %4004 : f32[192] @ models/lib/nn.yaml:80:7
%4645 = add %4643, %4644 : f32[192] @ models/lib/nn.yaml:80:7
%4646 = assign %87, %4645 : f32[192] @ models/lib/nn.yaml:80:7
%4647 = all_reduce_sum %3402 : f32[64,64] @ models/lib/nn.yaml:79:7
%4648 = reshape %4647 : f32[4096] @ models/lib/nn.yaml:79:7
%4649 = mul %4648, %4648 : f32[4096] @ models/lib/nn.yaml:79:7
%4650 = reduce_sum %4649 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4651 = sqrt %4650 : f32[] @ models/lib/nn.yaml:79:7
%4652 = cast %4651 : f64[] @ models/lib/nn.yaml:79:7
%4653 = add %4652, %3606 : f64[] @ models/lib/nn.yaml:79:7
%4654 = div %3608, %4653 : f64[] @ models/lib/nn.yaml:79:7
%4655 = lt %4654, %3610 : bool[] @ models/lib/nn.yaml:79:7
%4656 = cast %4654 : f32[] @ models/lib/nn.yaml:79:7
%4657 = broadcast %4656 : f32[64,64] @ models/lib/nn.yaml:79:7
%4658 = mul %4647, %4657 : f32[64,64] @ models/lib/nn.yaml:79:7
%4659 = broadcast %4655 : bool[64,64] @ models/lib/nn.yaml:79:7
%4660 = select %4659, %4658, %4647 : f32[64,64] @ models/lib/nn.yaml:79:7
%4661 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%4662 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%4663 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4664 = add %4663, %3620 : i64[] @ models/lib/nn.yaml:79:7
%4665 = mul %26, %4026 : f32[64,64] @ models/lib/nn.yaml:79:7
%4666 = mul %4660, %4028 : f32[64,64] @ models/lib/nn.yaml:79:7
%4667 = mul %4661, %4030 : f32[64,64] @ models/lib/nn.yaml:79:7
%4668 = add %4667, %4666 : f32[64,64] @ models/lib/nn.yaml:79:7
%4669 = mul %4660, %4660 : f32[64,64] @ models/lib/nn.yaml:79:7
%4670 = mul %4669, %4034 : f32[64,64] @ models/lib/nn.yaml:79:7
%4671 = mul %4662, %4036 : f32[64,64] @ models/lib/nn.yaml:79:7
%4672 = add %4671, %4670 : f32[64,64] @ models/lib/nn.yaml:79:7
%4673 = cast %4664 : f64[] @ models/lib/nn.yaml:79:7
%4674 = pow %3629, %4673 : f64[] @ models/lib/nn.yaml:79:7
%4675 = sub %3610, %4674 : f64[] @ models/lib/nn.yaml:79:7
%4676 = div %2151, %4675 : f64[] @ models/lib/nn.yaml:79:7
%4677 = pow %3637, %4673 : f64[] @ models/lib/nn.yaml:79:7
%4678 = sub %3610, %4677 : f64[] @ models/lib/nn.yaml:79:7
%4679 = sqrt %4678 : f64[] @ models/lib/nn.yaml:79:7
%4680 = div %3610, %4679 : f64[] @ models/lib/nn.yaml:79:7
%4681 = sqrt %4672 : f32[64,64] @ models/lib/nn.yaml:79:7
%4682 = cast %4680 : f32[] @ models/lib/nn.yaml:79:7
%4683 = broadcast %4682 : f32[64,64] @ models/lib/nn.yaml:79:7
%4684 = mul %4681, %4683 : f32[64,64] @ models/lib/nn.yaml:79:7
%4685 = add %4684, %4051 : f32[64,64] @ models/lib/nn.yaml:79:7
%4686 = div %4668, %4685 : f32[64,64] @ models/lib/nn.yaml:79:7
%4687 = cast %4676 : f32[] @ models/lib/nn.yaml:79:7
%4688 = broadcast %4687 : f32[64,64] @ models/lib/nn.yaml:79:7
%4689 = mul %4686, %4688 : f32[64,64] @ models/lib/nn.yaml:79:7
%4690 = sub %4665, %4689 : f32[64,64] @ models/lib/nn.yaml:79:7
%4691 = assign %26, %4690 : f32[64,64] @ models/lib/nn.yaml:79:7
%4692 = assign %4661, %4668 : f32[64,64] @ models/lib/nn.yaml:79:7
%4693 = assign %4662, %4672 : f32[64,64] @ models/lib/nn.yaml:79:7
%4694 = assign %4663, %4664 : i64[] @ models/lib/nn.yaml:79:7
%4695 = mul %88, %4062 : f32[64,64] @ models/lib/nn.yaml:79:7
%4696 = mul %4690, %4064 : f32[64,64] @ models/lib/nn.yaml:79:7
%4697 = add %4695, %4696 : f32[64,64] @ models/lib/nn.yaml:79:7
%4698 = assign %88, %4697 : f32[64,64] @ models/lib/nn.yaml:79:7
%4699 = all_reduce_sum %3398 : f32[64] @ models/lib/nn.yaml:80:7
%4700 = mul %4699, %4699 : f32[64] @ models/lib/nn.yaml:80:7
%4701 = reduce_sum %4700 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%4702 = sqrt %4701 : f32[] @ models/lib/nn.yaml:80:7
%4703 = cast %4702 : f64[] @ models/lib/nn.yaml:80:7
%4704 = add %4703, %3606 : f64[] @ models/lib/nn.yaml:80:7
%4705 = div %3608, %4704 : f64[] @ models/lib/nn.yaml:80:7
%4706 = lt %4705, %3610 : bool[] @ models/lib/nn.yaml:80:7
%4707 = cast %4705 : f32[] @ models/lib/nn.yaml:80:7
%4708 = broadcast %4707 : f32[64] @ models/lib/nn.yaml:80:7
%4709 = mul %4699, %4708 : f32[64] @ models/lib/nn.yaml:80:7
%4710 = broadcast %4706 : bool[64] @ models/lib/nn.yaml:80:7
%4711 = select %4710, %4709, %4699 : f32[64] @ models/lib/nn.yaml:80:7
%4712 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4713 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4714 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4715 = add %4714, %3620 : i64[] @ models/lib/nn.yaml:80:7
%4716 = mul %4711, %3751 : f32[64] @ models/lib/nn.yaml:80:7
%4717 = mul %4712, %3753 : f32[64] @ models/lib/nn.yaml:80:7
%4718 = add %4717, %4716 : f32[64] @ models/lib/nn.yaml:80:7
%4719 = mul %4711, %4711 : f32[64] @ models/lib/nn.yaml:80:7
%4720 = mul %4719, %3757 : f32[64] @ models/lib/nn.yaml:80:7
%4721 = mul %4713, %3759 : f32[64] @ models/lib/nn.yaml:80:7
%4722 = add %4721, %4720 : f32[64] @ models/lib/nn.yaml:80:7
%4723 = cast %4715 : f64[] @ models/lib/nn.yaml:80:7
%4724 = pow %3629, %4723 : f64[] @ models/lib/nn.yaml:80:7
%4725 = sub %3610, %4724 : f64[] @ models/lib/nn.yaml:80:7
%4726 = div %2151, %4725 : f64[] @ models/lib/nn.yaml:80:7
%4727 = pow %3637, %4723 : f64[] @ models/lib/nn.yaml:80:7
%4728 = sub %3610, %4727 : f64[] @ models/lib/nn.yaml:80:7
%4729 = sqrt %4728 : f64[] @ models/lib/nn.yaml:80:7
%4730 = div %3610, %4729 : f64[] @ models/lib/nn.yaml:80:7
%4731 = sqrt %4722 : f32[64] @ models/lib/nn.yaml:80:7
%4732 = cast %4730 : f32[] @ models/lib/nn.yaml:80:7
%4733 = broadcast %4732 : f32[64] @ models/lib/nn.yaml:80:7
%4734 = mul %4731, %4733 : f32[64] @ models/lib/nn.yaml:80:7
%4735 = add %4734, %3774 : f32[64] @ models/lib/nn.yaml:80:7
%4736 = div %4718, %4735 : f32[64] @ models/lib/nn.yaml:80:7
%4737 = cast %4726 : f32[] @ models/lib/nn.yaml:80:7
%4738 = broadcast %4737 : f32[64] @ models/lib/nn.yaml:80:7
%4739 = mul %4736, %4738 : f32[64] @ models/lib/nn.yaml:80:7
%4740 = sub %27, %4739 : f32[64] @ models/lib/nn.yaml:80:7
%4741 = assign %27, %4740 : f32[64] @ models/lib/nn.yaml:80:7
%4742 = assign %4712, %4718 : f32[64] @ models/lib/nn.yaml:80:7
%4743 = assign %4713, %4722 : f32[64] @ models/lib/nn.yaml:80:7
%4744 = assign %4714, %4715 : i64[] @ models/lib/nn.yaml:80:7
%4745 = mul %89, %3785 : f32[64] @ models/lib/nn.yaml:80:7
%4746 = mul %4740, %3787 : f32[64] @ models/lib/nn.yaml:80:7
%4747 = add %4745, %4746 : f32[64] @ models/lib/nn.yaml:80:7
%4748 = assign %89, %4747 : f32[64] @ models/lib/nn.yaml:80:7
%4749 = all_reduce_sum %3371 : f32[64] @ models/lib/nn.yaml:89:7
%4750 = mul %4749, %4749 : f32[64] @ models/lib/nn.yaml:89:7
%4751 = reduce_sum %4750 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%4752 = sqrt %4751 : f32[] @ models/lib/nn.yaml:89:7
%4753 = cast %4752 : f64[] @ models/lib/nn.yaml:89:7
%4754 = add %4753, %3606 : f64[] @ models/lib/nn.yaml:89:7
%4755 = div %3608, %4754 : f64[] @ models/lib/nn.yaml:89:7
%4756 = lt %4755, %3610 : bool[] @ models/lib/nn.yaml:89:7
%4757 = cast %4755 : f32[] @ models/lib/nn.yaml:89:7
%4758 = broadcast %4757 : f32[64] @ models/lib/nn.yaml:89:7
%4759 = mul %4749, %4758 : f32[64] @ models/lib/nn.yaml:89:7
%4760 = broadcast %4756 : bool[64] @ models/lib/nn.yaml:89:7
%4761 = select %4760, %4759, %4749 : f32[64] @ models/lib/nn.yaml:89:7
%4762 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%4763 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%4764 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4765 = add %4764, %3620 : i64[] @ models/lib/nn.yaml:89:7
%4766 = mul %4761, %3751 : f32[64] @ models/lib/nn.yaml:89:7
%4767 = mul %4762, %3753 : f32[64] @ models/lib/nn.yaml:89:7
%4768 = add %4767, %4766 : f32[64] @ models/lib/nn.yaml:89:7
%4769 = mul %4761, %4761 : f32[64] @ models/lib/nn.yaml:89:7
%4770 = mul %4769, %3757 : f32[64] @ models/lib/nn.yaml:89:7
%4771 = mul %4763, %3759 : f32[64] @ models/lib/nn.yaml:89:7
%4772 = add %4771, %4770 : f32[64] @ models/lib/nn.yaml:89:7
%4773 = cast %4765 : f64[] @ models/lib/nn.yaml:89:7
%4774 = pow %3629, %4773 : f64[] @ models/lib/nn.yaml:89:7
%4775 = sub %3610, %4774 : f64[] @ models/lib/nn.yaml:89:7
%4776 = div %2151, %4775 : f64[] @ models/lib/nn.yaml:89:7
%4777 = pow %3637, %4773 : f64[] @ models/lib/nn.yaml:89:7
%4778 = sub %3610, %4777 : f64[] @ models/lib/nn.yaml:89:7
%4779 = sqrt %4778 : f64[] @ models/lib/nn.yaml:89:7
%4780 = div %3610, %4779 : f64[] @ models/lib/nn.yaml:89:7
%4781 = sqrt %4772 : f32[64] @ models/lib/nn.yaml:89:7
%4782 = cast %4780 : f32[] @ models/lib/nn.yaml:89:7
%4783 = broadcast %4782 : f32[64] @ models/lib/nn.yaml:89:7
%4784 = mul %4781, %4783 : f32[64] @ models/lib/nn.yaml:89:7
%4785 = add %4784, %3774 : f32[64] @ models/lib/nn.yaml:89:7
%4786 = div %4768, %4785 : f32[64] @ models/lib/nn.yaml:89:7
%4787 = cast %4776 : f32[] @ models/lib/nn.yaml:89:7
%4788 = broadcast %4787 : f32[64] @ models/lib/nn.yaml:89:7
%4789 = mul %4786, %4788 : f32[64] @ models/lib/nn.yaml:89:7
%4790 = sub %28, %4789 : f32[64] @ models/lib/nn.yaml:89:7
%4791 = assign %28, %4790 : f32[64] @ models/lib/nn.yaml:89:7
%4792 = assign %4762, %4768 : f32[64] @ models/lib/nn.yaml:89:7
%4793 = assign %4763, %4772 : f32[64] @ models/lib/nn.yaml:89:7
%4794 = assign %4764, %4765 : i64[] @ models/lib/nn.yaml:89:7
%4795 = mul %90, %3785 : f32[64] @ models/lib/nn.yaml:89:7
%4796 = mul %4790, %3787 : f32[64] @ models/lib/nn.yaml:89:7
%4797 = add %4795, %4796 : f32[64] @ models/lib/nn.yaml:89:7
%4798 = assign %90, %4797 : f32[64] @ models/lib/nn.yaml:89:7
%4799 = all_reduce_sum %3366 : f32[64] @ models/lib/nn.yaml:90:7
%4800 = mul %4799, %4799 : f32[64] @ models/lib/nn.yaml:90:7
%4801 = reduce_sum %4800 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%4802 = sqrt %4801 : f32[] @ models/lib/nn.yaml:90:7
%4803 = cast %4802 : f64[] @ models/lib/nn.yaml:90:7
%4804 = add %4803, %3606 : f64[] @ models/lib/nn.yaml:90:7
%4805 = div %3608, %4804 : f64[] @ models/lib/nn.yaml:90:7
%4806 = lt %4805, %3610 : bool[] @ models/lib/nn.yaml:90:7
%4807 = cast %4805 : f32[] @ models/lib/nn.yaml:90:7
%4808 = broadcast %4807 : f32[64] @ models/lib/nn.yaml:90:7
%4809 = mul %4799, %4808 : f32[64] @ models/lib/nn.yaml:90:7
%4810 = broadcast %4806 : bool[64] @ models/lib/nn.yaml:90:7
%4811 = select %4810, %4809, %4799 : f32[64] @ models/lib/nn.yaml:90:7
%4812 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%4813 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%4814 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4815 = add %4814, %3620 : i64[] @ models/lib/nn.yaml:90:7
%4816 = mul %4811, %3751 : f32[64] @ models/lib/nn.yaml:90:7
%4817 = mul %4812, %3753 : f32[64] @ models/lib/nn.yaml:90:7
%4818 = add %4817, %4816 : f32[64] @ models/lib/nn.yaml:90:7
%4819 = mul %4811, %4811 : f32[64] @ models/lib/nn.yaml:90:7
%4820 = mul %4819, %3757 : f32[64] @ models/lib/nn.yaml:90:7
%4821 = mul %4813, %3759 : f32[64] @ models/lib/nn.yaml:90:7
%4822 = add %4821, %4820 : f32[64] @ models/lib/nn.yaml:90:7
%4823 = cast %4815 : f64[] @ models/lib/nn.yaml:90:7
%4824 = pow %3629, %4823 : f64[] @ models/lib/nn.yaml:90:7
%4825 = sub %3610, %4824 : f64[] @ models/lib/nn.yaml:90:7
%4826 = div %2151, %4825 : f64[] @ models/lib/nn.yaml:90:7
%4827 = pow %3637, %4823 : f64[] @ models/lib/nn.yaml:90:7
%4828 = sub %3610, %4827 : f64[] @ models/lib/nn.yaml:90:7
%4829 = sqrt %4828 : f64[] @ models/lib/nn.yaml:90:7
%4830 = div %3610, %4829 : f64[] @ models/lib/nn.yaml:90:7
%4831 = sqrt %4822 : f32[64] @ models/lib/nn.yaml:90:7
%4832 = cast %4830 : f32[] @ models/lib/nn.yaml:90:7
%4833 = broadcast %4832 : f32[64] @ models/lib/nn.yaml:90:7
%4834 = mul %4831, %4833 : f32[64] @ models/lib/nn.yaml:90:7
%4835 = add %4834, %3774 : f32[64] @ models/lib/nn.yaml:90:7
%4836 = div %4818, %4835 : f32[64] @ models/lib/nn.yaml:90:7
%4837 = cast %4826 : f32[] @ models/lib/nn.yaml:90:7
%4838 = broadcast %4837 : f32[64] @ models/lib/nn.yaml:90:7
%4839 = mul %4836, %4838 : f32[64] @ models/lib/nn.yaml:90:7
%4840 = sub %29, %4839 : f32[64] @ models/lib/nn.yaml:90:7
%4841 = assign %29, %4840 : f32[64] @ models/lib/nn.yaml:90:7
%4842 = assign %4812, %4818 : f32[64] @ models/lib/nn.yaml:90:7
%4843 = assign %4813, %4822 : f32[64] @ models/lib/nn.yaml:90:7
%4844 = assign %4814, %4815 : i64[] @ models/lib/nn.yaml:90:7
%4845 = mul %91, %3785 : f32[64] @ models/lib/nn.yaml:90:7
%4846 = mul %4840, %3787 : f32[64] @ models/lib/nn.yaml:90:7
%4847 = add %4845, %4846 : f32[64] @ models/lib/nn.yaml:90:7
%4848 = assign %91, %4847 : f32[64] @ models/lib/nn.yaml:90:7
%4849 = all_reduce_sum %3362 : f32[256,64] @ models/lib/nn.yaml:79:7
%4850 = reshape %4849 : f32[16384] @ models/lib/nn.yaml:79:7
%4851 = mul %4850, %4850 : f32[16384] @ models/lib/nn.yaml:79:7
%4852 = reduce_sum %4851 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4853 = sqrt %4852 : f32[] @ models/lib/nn.yaml:79:7
%4854 = cast %4853 : f64[] @ models/lib/nn.yaml:79:7
%4855 = add %4854, %3606 : f64[] @ models/lib/nn.yaml:79:7
%4856 = div %3608, %4855 : f64[] @ models/lib/nn.yaml:79:7
%4857 = lt %4856, %3610 : bool[] @ models/lib/nn.yaml:79:7
%4858 = cast %4856 : f32[] @ models/lib/nn.yaml:79:7
%4859 = broadcast %4858 : f32[256,64] @ models/lib/nn.yaml:79:7
%4860 = mul %4849, %4859 : f32[256,64] @ models/lib/nn.yaml:79:7
%4861 = broadcast %4857 : bool[256,64] @ models/lib/nn.yaml:79:7
%4862 = select %4861, %4860, %4849 : f32[256,64] @ models/lib/nn.yaml:79:7
%4863 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[256,64] @ models/lib/nn.yaml:79:7
%4864 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[256,64] @ models/lib/nn.yaml:79:7
%4865 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4866 = add %4865, %3620 : i64[] @ models/lib/nn.yaml:79:7
%4867 = mul %30, %4236 : f32[256,64] @ models/lib/nn.yaml:79:7
%4868 = mul %4862, %4238 : f32[256,64] @ models/lib/nn.yaml:79:7
%4869 = mul %4863, %4240 : f32[256,64] @ models/lib/nn.yaml:79:7
%4870 = add %4869, %4868 : f32[256,64] @ models/lib/nn.yaml:79:7
%4871 = mul %4862, %4862 : f32[256,64] @ models/lib/nn.yaml:79:7
%4872 = mul %4871, %4244 : f32[256,64] @ models/lib/nn.yaml:79:7
%4873 = mul %4864, %4246 : f32[256,64] @ models/lib/nn.yaml:79:7
%4874 = add %4873, %4872 : f32[256,64] @ models/lib/nn.yaml:79:7
%4875 = cast %4866 : f64[] @ models/lib/nn.yaml:79:7
%4876 = pow %3629, %4875 : f64[] @ models/lib/nn.yaml:79:7
%4877 = sub %3610, %4876 : f64[] @ models/lib/nn.yaml:79:7
%4878 = div %2151, %4877 : f64[] @ models/lib/nn.yaml:79:7
%4879 = pow %3637, %4875 : f64[] @ models/lib/nn.yaml:79:7
%4880 = sub %3610, %4879 : f64[] @ models/lib/nn.yaml:79:7
%4881 = sqrt %4880 : f64[] @ models/lib/nn.yaml:79:7
%4882 = div %3610, %4881 : f64[] @ models/lib/nn.yaml:79:7
%4883 = sqrt %4874 : f32[256,64] @ models/lib/nn.yaml:79:7
%4884 = cast %4882 : f32[] @ models/lib/nn.yaml:79:7
%4885 = broadcast %4884 : f32[256,64] @ models/lib/nn.yaml:79:7
%4886 = mul %4883, %4885 : f32[256,64] @ models/lib/nn.yaml:79:7
%4887 = add %4886, %4261 : f32[256,64] @ models/lib/nn.yaml:79:7
%4888 = div %4870, %4887 : f32[256,64] @ models/lib/nn.yaml:79:7
%4889 = cast %4878 : f32[] @ models/lib/nn.yaml:79:7
%4890 = broadcast %4889 : f32[256,64] @ models/lib/nn.yaml:79:7
%4891 = mul %4888, %4890 : f32[256,64] @ models/lib/nn.yaml:79:7
%4892 = sub %4867, %4891 : f32[256,64] @ models/lib/nn.yaml:79:7
%4893 = assign %30, %4892 : f32[256,64] @ models/lib/nn.yaml:79:7
%4894 = assign %4863, %4870 : f32[256,64] @ models/lib/nn.yaml:79:7
%4895 = assign %4864, %4874 : f32[256,64] @ models/lib/nn.yaml:79:7
%4896 = assign %4865, %4866 : i64[] @ models/lib/nn.yaml:79:7
%4897 = mul %92, %4272 : f32[256,64] @ models/lib/nn.yaml:79:7
%4898 = mul %4892, %4274 : f32[256,64] @ models/lib/nn.yaml:79:7
%4899 = add %4897, %4898 : f32[256,64] @ models/lib/nn.yaml:79:7
%4900 = assign %92, %4899 : f32[256,64] @ models/lib/nn.yaml:79:7
%4901 = all_reduce_sum %3358 : f32[256] @ models/lib/nn.yaml:80:7
%4902 = mul %4901, %4901 : f32[256] @ models/lib/nn.yaml:80:7
%4903 = reduce_sum %4902 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%4904 = sqrt %4903 : f32[] @ models/lib/nn.yaml:80:7
%4905 = cast %4904 : f64[] @ models/lib/nn.yaml:80:7
%4906 = add %4905, %3606 : f64[] @ models/lib/nn.yaml:80:7
%4907 = div %3608, %4906 : f64[] @ models/lib/nn.yaml:80:7
%4908 = lt %4907, %3610 : bool[] @ models/lib/nn.yaml:80:7
%4909 = cast %4907 : f32[] @ models/lib/nn.yaml:80:7
%4910 = broadcast %4909 : f32[256] @ models/lib/nn.yaml:80:7
%4911 = mul %4901, %4910 : f32[256] @ models/lib/nn.yaml:80:7
%4912 = broadcast %4908 : bool[256] @ models/lib/nn.yaml:80:7
%4913 = select %4912, %4911, %4901 : f32[256] @ models/lib/nn.yaml:80:7
%4914 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%4915 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%4916 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4917 = add %4916, %3620 : i64[] @ models/lib/nn.yaml:80:7
%4918 = mul %4913, %4295 : f32[256] @ models/lib/nn.yaml:80:7
%4919 = mul %4914, %4297 : f32[256] @ models/lib/nn.yaml:80:7
%4920 = add %4919, %4918 : f32[256] @ models/lib/nn.yaml:80:7
%4921 = mul %4913, %4913 : f32[256] @ models/lib/nn.yaml:80:7
%4922 = mul %4921, %4301 : f32[256] @ models/lib/nn.yaml:80:7
%4923 = mul %4915, %4303 : f32[256] @ models/lib/nn.yaml:80:7
%4924 = add %4923, %4922 : f32[256] @ models/lib/nn.yaml:80:7
%4925 = cast %4917 : f64[] @ models/lib/nn.yaml:80:7
%4926 = pow %3629, %4925 : f64[] @ models/lib/nn.yaml:80:7
%4927 = sub %3610, %4926 : f64[] @ models/lib/nn.yaml:80:7
%4928 = div %2151, %4927 : f64[] @ models/lib/nn.yaml:80:7
%4929 = pow %3637, %4925 : f64[] @ models/lib/nn.yaml:80:7
%4930 = sub %3610, %4929 : f64[] @ models/lib/nn.yaml:80:7
%4931 = sqrt %4930 : f64[] @ models/lib/nn.yaml:80:7
%4932 = div %3610, %4931 : f64[] @ models/lib/nn.yaml:80:7
%4933 = sqrt %4924 : f32[256] @ models/lib/nn.yaml:80:7
%4934 = cast %4932 : f32[] @ models/lib/nn.yaml:80:7
%4935 = broadcast %4934 : f32[256] @ models/lib/nn.yaml:80:7
%4936 = mul %4933, %4935 : f32[256] @ models/lib/nn.yaml:80:7
%4937 = add %4936, %4318 : f32[256] @ models/lib/nn.yaml:80:7
%4938 = div %4920, %4937 : f32[256] @ models/lib/nn.yaml:80:7
%4939 = cast %4928 : f32[] @ models/lib/nn.yaml:80:7
%4940 = broadcast %4939 : f32[256] @ models/lib/nn.yaml:80:7
%4941 = mul %4938, %4940 : f32[256] @ models/lib/nn.yaml:80:7
%4942 = sub %31, %4941 : f32[256] @ models/lib/nn.yaml:80:7
%4943 = assign %31, %4942 : f32[256] @ models/lib/nn.yaml:80:7
%4944 = assign %4914, %4920 : f32[256] @ models/lib/nn.yaml:80:7
%4945 = assign %4915, %4924 : f32[256] @ models/lib/nn.yaml:80:7
%4946 = assign %4916, %4917 : i64[] @ models/lib/nn.yaml:80:7
%4947 = mul %93, %4329 : f32[256] @ models/lib/nn.yaml:80:7
%4948 = mul %4942, %4331 : f32[256] @ models/lib/nn.yaml:80:7
%4949 = add %4947, %4948 : f32[256] @ models/lib/nn.yaml:80:7
%4950 = assign %93, %4949 : f32[256] @ models/lib/nn.yaml:80:7
%4951 = all_reduce_sum %3336 : f32[64,256] @ models/lib/nn.yaml:79:7
%4952 = reshape %4951 : f32[16384] @ models/lib/nn.yaml:79:7
%4953 = mul %4952, %4952 : f32[16384] @ models/lib/nn.yaml:79:7
%4954 = reduce_sum %4953 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4955 = sqrt %4954 : f32[] @ models/lib/nn.yaml:79:7
%4956 = cast %4955 : f64[] @ models/lib/nn.yaml:79:7
%4957 = add %4956, %3606 : f64[] @ models/lib/nn.yaml:79:7
%4958 = div %3608, %4957 : f64[] @ models/lib/nn.yaml:79:7
%4959 = lt %4958, %3610 : bool[] @ models/lib/nn.yaml:79:7
%4960 = cast %4958 : f32[] @ models/lib/nn.yaml:79:7
%4961 = broadcast %4960 : f32[64,256] @ models/lib/nn.yaml:79:7
%4962 = mul %4951, %4961 : f32[64,256] @ models/lib/nn.yaml:79:7
%4963 = broadcast %4959 : bool[64,256] @ models/lib/nn.yaml:79:7
%4964 = select %4963, %4962, %4951 : f32[64,256] @ models/lib/nn.yaml:79:7
%4965 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[64,256] @ models/lib/nn.yaml:79:7
%4966 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[64,256] @ models/lib/nn.yaml:79:7
%4967 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4968 = add %4967, %3620 : i64[] @ models/lib/nn.yaml:79:7
%4969 = mul %32, %4353 : f32[64,256] @ models/lib/nn.yaml:79:7
%4970 = mul %4964, %4355 : f32[64,256] @ models/lib/nn.yaml:79:7
%4971 = mul %4965, %4357 : f32[64,256] @ models/lib/nn.yaml:79:7
%4972 = add %4971, %4970 : f32[64,256] @ models/lib/nn.yaml:79:7
%4973 = mul %4964, %4964 : f32[64,256] @ models/lib/nn.yaml:79:7
%4974 = mul %4973, %4361 : f32[64,256] @ models/lib/nn.yaml:79:7
%4975 = mul %4966, %4363 : f32[64,256] @ models/lib/nn.yaml:79:7
%4976 = add %4975, %4974 : f32[64,256] @ models/lib/nn.yaml:79:7
%4977 = cast %4968 : f64[] @ models/lib/nn.yaml:79:7
%4978 = pow %3629, %4977 : f64[] @ models/lib/nn.yaml:79:7
%4979 = sub %3610, %4978 : f64[] @ models/lib/nn.yaml:79:7
%4980 = div %2151, %4979 : f64[] @ models/lib/nn.yaml:79:7
%4981 = pow %3637, %4977 : f64[] @ models/lib/nn.yaml:79:7
%4982 = sub %3610, %4981 : f64[] @ models/lib/nn.yaml:79:7
%4983 = sqrt %4982 : f64[] @ models/lib/nn.yaml:79:7
%4984 = div %3610, %4983 : f64[] @ models/lib/nn.yaml:79:7
%4985 = sqrt %4976 : f32[64,256] @ models/lib/nn.yaml:79:7
%4986 = cast %4984 : f32[] @ models/lib/nn.yaml:79:7
%4987 = broadcast %4986 : f32[64,256] @ models/lib/nn.yaml:79:7
%4988 = mul %4985, %4987 : f32[64,256] @ models/lib/nn.yaml:79:7
%4989 = add %4988, %4378 : f32[64,256] @ models/lib/nn.yaml:79:7
%4990 = div %4972, %4989 : f32[64,256] @ models/lib/nn.yaml:79:7
%4991 = cast %4980 : f32[] @ models/lib/nn.yaml:79:7
%4992 = broadcast %4991 : f32[64,256] @ models/lib/nn.yaml:79:7
%4993 = mul %4990, %4992 : f32[64,256] @ models/lib/nn.yaml:79:7
%4994 = sub %4969, %4993 : f32[64,256] @ models/lib/nn.yaml:79:7
%4995 = assign %32, %4994 : f32[64,256] @ models/lib/nn.yaml:79:7
%4996 = assign %4965, %4972 : f32[64,256] @ models/lib/nn.yaml:79:7
%4997 = assign %4966, %4976 : f32[64,256] @ models/lib/nn.yaml:79:7
%4998 = assign %4967, %4968 : i64[] @ models/lib/nn.yaml:79:7
%4999 = mul %94, %4389 : f32[64,256] @ models/lib/nn.yaml:79:7
%5000 = mul %4994, %4391 : f32[64,256] @ models/lib/nn.yaml:79:7
%5001 = add %4999, %5000 : f32[64,256] @ models/lib/nn.yaml:79:7
%5002 = assign %94, %5001 : f32[64,256] @ models/lib/nn.yaml:79:7
%5003 = all_reduce_sum %3332 : f32[64] @ models/lib/nn.yaml:80:7
%5004 = mul %5003, %5003 : f32[64] @ models/lib/nn.yaml:80:7
%5005 = reduce_sum %5004 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5006 = sqrt %5005 : f32[] @ models/lib/nn.yaml:80:7
%5007 = cast %5006 : f64[] @ models/lib/nn.yaml:80:7
%5008 = add %5007, %3606 : f64[] @ models/lib/nn.yaml:80:7
%5009 = div %3608, %5008 : f64[] @ models/lib/nn.yaml:80:7
%5010 = lt %5009, %3610 : bool[] @ models/lib/nn.yaml:80:7
%5011 = cast %5009 : f32[] @ models/lib/nn.yaml:80:7
%5012 = broadcast %5011 : f32[64] @ models/lib/nn.yaml:80:7
%5013 = mul %5003, %5012 : f32[64] @ models/lib/nn.yaml:80:7
%5014 = broadcast %5010 : bool[64] @ models/lib/nn.yaml:80:7
%5015 = select %5014, %5013, %5003 : f32[64] @ models/lib/nn.yaml:80:7
%5016 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5017 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5018 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5019 = add %5018, %3620 : i64[] @ models/lib/nn.yaml:80:7
%5020 = mul %5015, %3751 : f32[64] @ models/lib/nn.yaml:80:7
%5021 = mul %5016, %3753 : f32[64] @ models/lib/nn.yaml:80:7
%5022 = add %5021, %5020 : f32[64] @ models/lib/nn.yaml:80:7
%5023 = mul %5015, %5015 : f32[64] @ models/lib/nn.yaml:80:7
%5024 = mul %5023, %3757 : f32[64] @ models/lib/nn.yaml:80:7
%5025 = mul %5017, %3759 : f32[64] @ models/lib/nn.yaml:80:7
%5026 = add %5025, %5024 : f32[64] @ models/lib/nn.yaml:80:7
%5027 = cast %5019 : f64[] @ models/lib/nn.yaml:80:7
%5028 = pow %3629, %5027 : f64[] @ models/lib/nn.yaml:80:7
%5029 = sub %3610, %5028 : f64[] @ models/lib/nn.yaml:80:7
%5030 = div %2151, %5029 : f64[] @ models/lib/nn.yaml:80:7
%5031 = pow %3637, %5027 : f64[] @ models/lib/nn.yaml:80:7
%5032 = sub %3610, %5031 : f64[] @ models/lib/nn.yaml:80:7
%5033 = sqrt %5032 : f64[] @ models/lib/nn.yaml:80:7
%5034 = div %3610, %5033 : f64[] @ models/lib/nn.yaml:80:7
%5035 = sqrt %5026 : f32[64] @ models/lib/nn.yaml:80:7
%5036 = cast %5034 : f32[] @ models/lib/nn.yaml:80:7
%5037 = broadcast %5036 : f32[64] @ models/lib/nn.yaml:80:7
%5038 = mul %5035, %5037 : f32[64] @ models/lib/nn.yaml:80:7
%5039 = add %5038, %3774 : f32[64] @ models/lib/nn.yaml:80:7
%5040 = div %5022, %5039 : f32[64] @ models/lib/nn.yaml:80:7
%5041 = cast %5030 : f32[] @ models/lib/nn.yaml:80:7
%5042 = broadcast %5041 : f32[64] @ models/lib/nn.yaml:80:7
%5043 = mul %5040, %5042 : f32[64] @ models/lib/nn.yaml:80:7
%5044 = sub %33, %5043 : f32[64] @ models/lib/nn.yaml:80:7
%5045 = assign %33, %5044 : f32[64] @ models/lib/nn.yaml:80:7
%5046 = assign %5016, %5022 : f32[64] @ models/lib/nn.yaml:80:7
%5047 = assign %5017, %5026 : f32[64] @ models/lib/nn.yaml:80:7
%5048 = assign %5018, %5019 : i64[] @ models/lib/nn.yaml:80:7
%5049 = mul %95, %3785 : f32[64] @ models/lib/nn.yaml:80:7
%5050 = mul %5044, %3787 : f32[64] @ models/lib/nn.yaml:80:7
%5051 = add %5049, %5050 : f32[64] @ models/lib/nn.yaml:80:7
%5052 = assign %95, %5051 : f32[64] @ models/lib/nn.yaml:80:7
%5053 = all_reduce_sum %3326 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5054 = reshape %5053 : f32[64] @ models/lib/vit.yaml:103:7
%5055 = mul %5054, %5054 : f32[64] @ models/lib/vit.yaml:103:7
%5056 = reduce_sum %5055 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:103:7
%5057 = sqrt %5056 : f32[] @ models/lib/vit.yaml:103:7
%5058 = cast %5057 : f64[] @ models/lib/vit.yaml:103:7
%5059 = add %5058, %3606 : f64[] @ models/lib/vit.yaml:103:7
%5060 = div %3608, %5059 : f64[] @ models/lib/vit.yaml:103:7
%5061 = lt %5060, %3610 : bool[] @ models/lib/vit.yaml:103:7
%5062 = cast %5060 : f32[] @ models/lib/vit.yaml:103:7
%5063 = broadcast %5062 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5064 = mul %5053, %5063 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5065 = broadcast %5061 : bool[1,1,64] @ models/lib/vit.yaml:103:7
%5066 = select %5065, %5064, %5053 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5067 = state name="adam_m.ca_head.cls_token" init="zeros" : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5068 = state name="adam_v.ca_head.cls_token" init="zeros" : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5069 = state name="adam_t.ca_head.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:103:7
%5070 = add %5069, %3620 : i64[] @ models/lib/vit.yaml:103:7
%5071 = broadcast %3624 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5072 = mul %34, %5071 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5073 = broadcast %1876 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5074 = mul %5066, %5073 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5075 = broadcast %1276 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5076 = mul %5067, %5075 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5077 = add %5076, %5074 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5078 = mul %5066, %5066 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5079 = broadcast %3634 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5080 = mul %5078, %5079 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5081 = broadcast %3638 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5082 = mul %5068, %5081 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5083 = add %5082, %5080 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5084 = cast %5070 : f64[] @ models/lib/vit.yaml:103:7
%5085 = pow %3629, %5084 : f64[] @ models/lib/vit.yaml:103:7
%5086 = sub %3610, %5085 : f64[] @ models/lib/vit.yaml:103:7
%5087 = div %2151, %5086 : f64[] @ models/lib/vit.yaml:103:7
%5088 = pow %3637, %5084 : f64[] @ models/lib/vit.yaml:103:7
%5089 = sub %3610, %5088 : f64[] @ models/lib/vit.yaml:103:7
%5090 = sqrt %5089 : f64[] @ models/lib/vit.yaml:103:7
%5091 = div %3610, %5090 : f64[] @ models/lib/vit.yaml:103:7
%5092 = sqrt %5083 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5093 = cast %5091 : f32[] @ models/lib/vit.yaml:103:7
%5094 = broadcast %5093 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5095 = mul %5092, %5094 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5096 = broadcast %3654 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5097 = add %5095, %5096 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5098 = div %5077, %5097 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5099 = cast %5087 : f32[] @ models/lib/vit.yaml:103:7
%5100 = broadcast %5099 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5101 = mul %5098, %5100 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5102 = sub %5072, %5101 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5103 = assign %34, %5102 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5104 = assign %5067, %5077 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5105 = assign %5068, %5083 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5106 = assign %5069, %5070 : i64[] @ models/lib/vit.yaml:103:7
%5107 = broadcast %3 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5108 = mul %96, %5107 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5109 = broadcast %3669 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5110 = mul %5102, %5109 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5111 = add %5108, %5110 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5112 = assign %96, %5111 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5113 = all_reduce_sum %3301 : f32[64] @ models/lib/nn.yaml:89:7
%5114 = mul %5113, %5113 : f32[64] @ models/lib/nn.yaml:89:7
%5115 = reduce_sum %5114 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%5116 = sqrt %5115 : f32[] @ models/lib/nn.yaml:89:7
%5117 = cast %5116 : f64[] @ models/lib/nn.yaml:89:7
%5118 = add %5117, %3606 : f64[] @ models/lib/nn.yaml:89:7
%5119 = div %3608, %5118 : f64[] @ models/lib/nn.yaml:89:7
%5120 = lt %5119, %3610 : bool[] @ models/lib/nn.yaml:89:7
%5121 = cast %5119 : f32[] @ models/lib/nn.yaml:89:7
%5122 = broadcast %5121 : f32[64] @ models/lib/nn.yaml:89:7
%5123 = mul %5113, %5122 : f32[64] @ models/lib/nn.yaml:89:7
%5124 = broadcast %5120 : bool[64] @ models/lib/nn.yaml:89:7
%5125 = select %5124, %5123, %5113 : f32[64] @ models/lib/nn.yaml:89:7
%5126 = state name="adam_m.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%5127 = state name="adam_v.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%5128 = state name="adam_t.ca_head.cls_blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5129 = add %5128, %3620 : i64[] @ models/lib/nn.yaml:89:7
%5130 = mul %5125, %3751 : f32[64] @ models/lib/nn.yaml:89:7
%5131 = mul %5126, %3753 : f32[64] @ models/lib/nn.yaml:89:7
%5132 = add %5131, %5130 : f32[64] @ models/lib/nn.yaml:89:7
%5133 = mul %5125, %5125 : f32[64] @ models/lib/nn.yaml:89:7
%5134 = mul %5133, %3757 : f32[64] @ models/lib/nn.yaml:89:7
%5135 = mul %5127, %3759 : f32[64] @ models/lib/nn.yaml:89:7
%5136 = add %5135, %5134 : f32[64] @ models/lib/nn.yaml:89:7
%5137 = cast %5129 : f64[] @ models/lib/nn.yaml:89:7
%5138 = pow %3629, %5137 : f64[] @ models/lib/nn.yaml:89:7
%5139 = sub %3610, %5138 : f64[] @ models/lib/nn.yaml:89:7
%5140 = div %2151, %5139 : f64[] @ models/lib/nn.yaml:89:7
%5141 = pow %3637, %5137 : f64[] @ models/lib/nn.yaml:89:7
%5142 = sub %3610, %5141 : f64[] @ models/lib/nn.yaml:89:7
%5143 = sqrt %5142 : f64[] @ models/lib/nn.yaml:89:7
%5144 = div %3610, %5143 : f64[] @ models/lib/nn.yaml:89:7
%5145 = sqrt %5136 : f32[64] @ models/lib/nn.yaml:89:7
%5146 = cast %5144 : f32[] @ models/lib/nn.yaml:89:7
%5147 = broadcast %5146 : f32[64] @ models/lib/nn.yaml:89:7
%5148 = mul %5145, %5147 : f32[64] @ models/lib/nn.yaml:89:7
%5149 = add %5148, %3774 : f32[64] @ models/lib/nn.yaml:89:7
%5150 = div %5132, %5149 : f32[64] @ models/lib/nn.yaml:89:7
%5151 = cast %5140 : f32[] @ models/lib/nn.yaml:89:7
%5152 = broadcast %5151 : f32[64] @ models/lib/nn.yaml:89:7
%5153 = mul %5150, %5152 : f32[64] @ models/lib/nn.yaml:89:7
%5154 = sub %35, %5153 : f32[64] @ models/lib/nn.yaml:89:7
%5155 = assign %35, %5154 : f32[64] @ models/lib/nn.yaml:89:7
%5156 = assign %5126, %5132 : f32[64] @ models/lib/nn.yaml:89:7
%5157 = assign %5127, %5136 : f32[64] @ models/lib/nn.yaml:89:7
%5158 = assign %5128, %5129 : i64[] @ models/lib/nn.yaml:89:7
%5159 = mul %97, %3785 : f32[64] @ models/lib/nn.yaml:89:7
%5160 = mul %5154, %3787 : f32[64] @ models/lib/nn.yaml:89:7
%5161 = add %5159, %5160 : f32[64] @ models/lib/nn.yaml:89:7
%5162 = assign %97, %5161 : f32[64] @ models/lib/nn.yaml:89:7
%5163 = all_reduce_sum %3296 : f32[64] @ models/lib/nn.yaml:90:7
%5164 = mul %5163, %5163 : f32[64] @ models/lib/nn.yaml:90:7
%5165 = reduce_sum %5164 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%5166 = sqrt %5165 : f32[] @ models/lib/nn.yaml:90:7
%5167 = cast %5166 : f64[] @ models/lib/nn.yaml:90:7
%5168 = add %5167, %3606 : f64[] @ models/lib/nn.yaml:90:7
%5169 = div %3608, %5168 : f64[] @ models/lib/nn.yaml:90:7
%5170 = lt %5169, %3610 : bool[] @ models/lib/nn.yaml:90:7
%5171 = cast %5169 : f32[] @ models/lib/nn.yaml:90:7
%5172 = broadcast %5171 : f32[64] @ models/lib/nn.yaml:90:7
%5173 = mul %5163, %5172 : f32[64] @ models/lib/nn.yaml:90:7
%5174 = broadcast %5170 : bool[64] @ models/lib/nn.yaml:90:7
%5175 = select %5174, %5173, %5163 : f32[64] @ models/lib/nn.yaml:90:7
%5176 = state name="adam_m.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%5177 = state name="adam_v.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%5178 = state name="adam_t.ca_head.cls_blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5179 = add %5178, %3620 : i64[] @ models/lib/nn.yaml:90:7
%5180 = mul %5175, %3751 : f32[64] @ models/lib/nn.yaml:90:7
%5181 = mul %5176, %3753 : f32[64] @ models/lib/nn.yaml:90:7
%5182 = add %5181, %5180 : f32[64] @ models/lib/nn.yaml:90:7
%5183 = mul %5175, %5175 : f32[64] @ models/lib/nn.yaml:90:7
%5184 = mul %5183, %3757 : f32[64] @ models/lib/nn.yaml:90:7
%5185 = mul %5177, %3759 : f32[64] @ models/lib/nn.yaml:90:7
%5186 = add %5185, %5184 : f32[64] @ models/lib/nn.yaml:90:7
%5187 = cast %5179 : f64[] @ models/lib/nn.yaml:90:7
%5188 = pow %3629, %5187 : f64[] @ models/lib/nn.yaml:90:7
%5189 = sub %3610, %5188 : f64[] @ models/lib/nn.yaml:90:7
%5190 = div %2151, %5189 : f64[] @ models/lib/nn.yaml:90:7
%5191 = pow %3637, %5187 : f64[] @ models/lib/nn.yaml:90:7
%5192 = sub %3610, %5191 : f64[] @ models/lib/nn.yaml:90:7
%5193 = sqrt %5192 : f64[] @ models/lib/nn.yaml:90:7
%5194 = div %3610, %5193 : f64[] @ models/lib/nn.yaml:90:7
%5195 = sqrt %5186 : f32[64] @ models/lib/nn.yaml:90:7
%5196 = cast %5194 : f32[] @ models/lib/nn.yaml:90:7
%5197 = broadcast %5196 : f32[64] @ models/lib/nn.yaml:90:7
%5198 = mul %5195, %5197 : f32[64] @ models/lib/nn.yaml:90:7
%5199 = add %5198, %3774 : f32[64] @ models/lib/nn.yaml:90:7
%5200 = div %5182, %5199 : f32[64] @ models/lib/nn.yaml:90:7
%5201 = cast %5190 : f32[] @ models/lib/nn.yaml:90:7
%5202 = broadcast %5201 : f32[64] @ models/lib/nn.yaml:90:7
%5203 = mul %5200, %5202 : f32[64] @ models/lib/nn.yaml:90:7
%5204 = sub %36, %5203 : f32[64] @ models/lib/nn.yaml:90:7
%5205 = assign %36, %5204 : f32[64] @ models/lib/nn.yaml:90:7
%5206 = assign %5176, %5182 : f32[64] @ models/lib/nn.yaml:90:7
%5207 = assign %5177, %5186 : f32[64] @ models/lib/nn.yaml:90:7
%5208 = assign %5178, %5179 : i64[] @ models/lib/nn.yaml:90:7
%5209 = mul %98, %3785 : f32[64] @ models/lib/nn.yaml:90:7
%5210 = mul %5204, %3787 : f32[64] @ models/lib/nn.yaml:90:7
%5211 = add %5209, %5210 : f32[64] @ models/lib/nn.yaml:90:7
%5212 = assign %98, %5211 : f32[64] @ models/lib/nn.yaml:90:7
%5213 = all_reduce_sum %3290 : f32[64,64] @ models/lib/nn.yaml:79:7
%5214 = reshape %5213 : f32[4096] @ models/lib/nn.yaml:79:7
%5215 = mul %5214, %5214 : f32[4096] @ models/lib/nn.yaml:79:7
%5216 = reduce_sum %5215 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5217 = sqrt %5216 : f32[] @ models/lib/nn.yaml:79:7
%5218 = cast %5217 : f64[] @ models/lib/nn.yaml:79:7
%5219 = add %5218, %3606 : f64[] @ models/lib/nn.yaml:79:7
%5220 = div %3608, %5219 : f64[] @ models/lib/nn.yaml:79:7
%5221 = lt %5220, %3610 : bool[] @ models/lib/nn.yaml:79:7
%5222 = cast %5220 : f32[] @ models/lib/nn.yaml:79:7
%5223 = broadcast %5222 : f32[64,64] @ models/lib/nn.yaml:79:7
%5224 = mul %5213, %5223 : f32[64,64] @ models/lib/nn.yaml:79:7
%5225 = broadcast %5221 : bool[64,64] @ models/lib/nn.yaml:79:7
%5226 = select %5225, %5224, %5213 : f32[64,64] @ models/lib/nn.yaml:79:7
%5227 = state name="adam_m.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%5228 = state name="adam_v.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%5229 = state name="adam_t.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5230 = add %5229, %3620 : i64[] @ models/lib/nn.yaml:79:7
%5231 = mul %37, %4026 : f32[64,64] @ models/lib/nn.yaml:79:7
%5232 = mul %5226, %4028 : f32[64,64] @ models/lib/nn.yaml:79:7
%5233 = mul %5227, %4030 : f32[64,64] @ models/lib/nn.yaml:79:7
%5234 = add %5233, %5232 : f32[64,64] @ models/lib/nn.yaml:79:7
%5235 = mul %5226, %5226 : f32[64,64] @ models/lib/nn.yaml:79:7
%5236 = mul %5235, %4034 : f32[64,64] @ models/lib/nn.yaml:79:7
%5237 = mul %5228, %4036 : f32[64,64] @ models/lib/nn.yaml:79:7
%5238 = add %5237, %5236 : f32[64,64] @ models/lib/nn.yaml:79:7
%5239 = cast %5230 : f64[] @ models/lib/nn.yaml:79:7
%5240 = pow %3629, %5239 : f64[] @ models/lib/nn.yaml:79:7
%5241 = sub %3610, %5240 : f64[] @ models/lib/nn.yaml:79:7
%5242 = div %2151, %5241 : f64[] @ models/lib/nn.yaml:79:7
%5243 = pow %3637, %5239 : f64[] @ models/lib/nn.yaml:79:7
%5244 = sub %3610, %5243 : f64[] @ models/lib/nn.yaml:79:7
%5245 = sqrt %5244 : f64[] @ models/lib/nn.yaml:79:7
%5246 = div %3610, %5245 : f64[] @ models/lib/nn.yaml:79:7
%5247 = sqrt %5238 : f32[64,64] @ models/lib/nn.yaml:79:7
%5248 = cast %5246 : f32[] @ models/lib/nn.yaml:79:7
%5249 = broadcast %5248 : f32[64,64] @ models/lib/nn.yaml:79:7
%5250 = mul %5247, %5249 : f32[64,64] @ models/lib/nn.yaml:79:7
%5251 = add %5250, %4051 : f32[64,64] @ models/lib/nn.yaml:79:7
%5252 = div %5234, %5251 : f32[64,64] @ models/lib/nn.yaml:79:7
%5253 = cast %5242 : f32[] @ models/lib/nn.yaml:79:7
%5254 = broadcast %5253 : f32[64,64] @ models/lib/nn.yaml:79:7
%5255 = mul %5252, %5254 : f32[64,64] @ models/lib/nn.yaml:79:7
%5256 = sub %5231, %5255 : f32[64,64] @ models/lib/nn.yaml:79:7
%5257 = assign %37, %5256 : f32[64,64] @ models/lib/nn.yaml:79:7
%5258 = assign %5227, %5234 : f32[64,64] @ models/lib/nn.yaml:79:7
%5259 = assign %5228, %5238 : f32[64,64] @ models/lib/nn.yaml:79:7
%5260 = assign %5229, %5230 : i64[] @ models/lib/nn.yaml:79:7
%5261 = mul %99, %4062 : f32[64,64] @ models/lib/nn.yaml:79:7
%5262 = mul %5256, %4064 : f32[64,64] @ models/lib/nn.yaml:79:7
%5263 = add %5261, %5262 : f32[64,64] @ models/lib/nn.yaml:79:7
%5264 = assign %99, %5263 : f32[64,64] @ models/lib/nn.yaml:79:7
%5265 = all_reduce_sum %3285 : f32[64] @ models/lib/nn.yaml:80:7
%5266 = mul %5265, %5265 : f32[64] @ models/lib/nn.yaml:80:7
%5267 = reduce_sum %5266 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5268 = sqrt %5267 : f32[] @ models/lib/nn.yaml:80:7
%5269 = cast %5268 : f64[] @ models/lib/nn.yaml:80:7
%5270 = add %5269, %3606 : f64[] @ models/lib/nn.yaml:80:7
%5271 = div %3608, %5270 : f64[] @ models/lib/nn.yaml:80:7
%5272 = lt %5271, %3610 : bool[] @ models/lib/nn.yaml:80:7
%5273 = cast %5271 : f32[] @ models/lib/nn.yaml:80:7
%5274 = broadcast %5273 : f32[64] @ models/lib/nn.yaml:80:7
%5275 = mul %5265, %5274 : f32[64] @ models/lib/nn.yaml:80:7
%5276 = broadcast %5272 : bool[64] @ models/lib/nn.yaml:80:7
%5277 = select %5276, %5275, %5265 : f32[64] @ models/lib/nn.yaml:80:7
%5278 = state name="adam_m.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5279 = state name="adam_v.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5280 = state name="adam_t.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5281 = add %5280, %3620 : i64[] @ models/lib/nn.yaml:80:7
%5282 = mul %5277, %3751 : f32[64] @ models/lib/nn.yaml:80:7
%5283 = mul %5278, %3753 : f32[64] @ models/lib/nn.yaml:80:7
%5284 = add %5283, %5282 : f32[64] @ models/lib/nn.yaml:80:7
%5285 = mul %5277, %5277 : f32[64] @ models/lib/nn.yaml:80:7
%5286 = mul %5285, %3757 : f32[64] @ models/lib/nn.yaml:80:7
%5287 = mul %5279, %3759 : f32[64] @ models/lib/nn.yaml:80:7
%5288 = add %5287, %5286 : f32[64] @ models/lib/nn.yaml:80:7
%5289 = cast %5281 : f64[] @ models/lib/nn.yaml:80:7
%5290 = pow %3629, %5289 : f64[] @ models/lib/nn.yaml:80:7
%5291 = sub %3610, %5290 : f64[] @ models/lib/nn.yaml:80:7
%5292 = div %2151, %5291 : f64[] @ models/lib/nn.yaml:80:7
%5293 = pow %3637, %5289 : f64[] @ models/lib/nn.yaml:80:7
%5294 = sub %3610, %5293 : f64[] @ models/lib/nn.yaml:80:7
%5295 = sqrt %5294 : f64[] @ models/lib/nn.yaml:80:7
%5296 = div %3610, %5295 : f64[] @ models/lib/nn.yaml:80:7
%5297 = sqrt %5288 : f32[64] @ models/lib/nn.yaml:80:7
%5298 = cast %5296 : f32[] @ models/lib/nn.yaml:80:7
%5299 = broadcast %5298 : f32[64] @ models/lib/nn.yaml:80:7
%5300 = mul %5297, %5299 : f32[64] @ models/lib/nn.yaml:80:7
%5301 = add %5300, %3774 : f32[64] @ models/lib/nn.yaml:80:7
%5302 = div %5284, %5301 : f32[64] @ models/lib/nn.yaml:80:7
%5303 = cast %5292 : f32[] @ models/lib/nn.yaml:80:7
%5304 = broadcast %5303 : f32[64] @ models/lib/nn.yaml:80:7
%5305 = mul %5302, %5304 : f32[64] @ models/lib/nn.yaml:80:7
%5306 = sub %38, %5305 : f32[64] @ models/lib/nn.yaml:80:7
%5307 = assign %38, %5306 : f32[64] @ models/lib/nn.yaml:80:7
%5308 = assign %5278, %5284 : f32[64] @ models/lib/nn.yaml:80:7
%5309 = assign %5279, %5288 : f32[64] @ models/lib/nn.yaml:80:7
%5310 = assign %5280, %5281 : i64[] @ models/lib/nn.yaml:80:7
%5311 = mul %100, %3785 : f32[64] @ models/lib/nn.yaml:80:7
%5312 = mul %5306, %3787 : f32[64] @ models/lib/nn.yaml:80:7
%5313 = add %5311, %5312 : f32[64] @ models/lib/nn.yaml:80:7
%5314 = assign %100, %5313 : f32[64] @ models/lib/nn.yaml:80:7
%5315 = all_reduce_sum %3280 : f32[64,64] @ models/lib/nn.yaml:79:7
%5316 = reshape %5315 : f32[4096] @ models/lib/nn.yaml:79:7
%5317 = mul %5316, %5316 : f32[4096] @ models/lib/nn.yaml:79:7
%5318 = reduce_sum %5317 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5319 = sqrt %5318 : f32[] @ models/lib/nn.yaml:79:7
%5320 = cast %5319 : f64[] @ models/lib/nn.yaml:79:7
%5321 = add %5320, %3606 : f64[] @ models/lib/nn.yaml:79:7
%5322 = div %3608, %5321 : f64[] @ models/lib/nn.yaml:79:7
%5323 = lt %5322, %3610 : bool[] @ models/lib/nn.yaml:79:7
%5324 = cast %5322 : f32[] @ models/lib/nn.yaml:79:7
%5325 = broadcast %5324 : f32[64,64] @ models/lib/nn.yaml:79:7
%5326 = mul %5315, %5325 : f32[64,64] @ models/lib/nn.yaml:79:7
%5327 = broadcast %5323 : bool[64,64] @ models/lib/nn.yaml:79:7
%5328 = select %5327, %5326, %5315 : f32[64,64] @ models/lib/nn.yaml:79:7
%5329 = state name="adam_m.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%5330 = state name="adam_v.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%5331 = state name="adam_t.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5332 = add %5331, %3620 : i64[] @ models/lib/nn.yaml:79:7
%5333 = mul %39, %4026 : f32[64,64] @ models/lib/nn.yaml:79:7
%5334 = mul %5328, %4028 : f32[64,64] @ models/lib/nn.yaml:79:7
%5335 = mul %5329, %4030 : f32[64,64] @ models/lib/nn.yaml:79:7
%5336 = add %5335, %5334 : f32[64,64] @ models/lib/nn.yaml:79:7
%5337 = mul %5328, %5328 : f32[64,64] @ models/lib/nn.yaml:79:7
%5338 = mul %5337, %4034 : f32[64,64] @ models/lib/nn.yaml:79:7
%5339 = mul %5330, %4036 : f32[64,64] @ models/lib/nn.yaml:79:7
%5340 = add %5339, %5338 : f32[64,64] @ models/lib/nn.yaml:79:7
%5341 = cast %5332 : f64[] @ models/lib/nn.yaml:79:7
%5342 = pow %3629, %5341 : f64[] @ models/lib/nn.yaml:79:7
%5343 = sub %3610, %5342 : f64[] @ models/lib/nn.yaml:79:7
%5344 = div %2151, %5343 : f64[] @ models/lib/nn.yaml:79:7
%5345 = pow %3637, %5341 : f64[] @ models/lib/nn.yaml:79:7
%5346 = sub %3610, %5345 : f64[] @ models/lib/nn.yaml:79:7
%5347 = sqrt %5346 : f64[] @ models/lib/nn.yaml:79:7
%5348 = div %3610, %5347 : f64[] @ models/lib/nn.yaml:79:7
%5349 = sqrt %5340 : f32[64,64] @ models/lib/nn.yaml:79:7
%5350 = cast %5348 : f32[] @ models/lib/nn.yaml:79:7
%5351 = broadcast %5350 : f32[64,64] @ models/lib/nn.yaml:79:7
%5352 = mul %5349, %5351 : f32[64,64] @ models/lib/nn.yaml:79:7
%5353 = add %5352, %4051 : f32[64,64] @ models/lib/nn.yaml:79:7
%5354 = div %5336, %5353 : f32[64,64] @ models/lib/nn.yaml:79:7
%5355 = cast %5344 : f32[] @ models/lib/nn.yaml:79:7
%5356 = broadcast %5355 : f32[64,64] @ models/lib/nn.yaml:79:7
%5357 = mul %5354, %5356 : f32[64,64] @ models/lib/nn.yaml:79:7
%5358 = sub %5333, %5357 : f32[64,64] @ models/lib/nn.yaml:79:7
%5359 = assign %39, %5358 : f32[64,64] @ models/lib/nn.yaml:79:7
%5360 = assign %5329, %5336 : f32[64,64] @ models/lib/nn.yaml:79:7
%5361 = assign %5330, %5340 : f32[64,64] @ models/lib/nn.yaml:79:7
%5362 = assign %5331, %5332 : i64[] @ models/lib/nn.yaml:79:7
%5363 = mul %101, %4062 : f32[64,64] @ models/lib/nn.yaml:79:7
%5364 = mul %5358, %4064 : f32[64,64] @ models/lib/nn.yaml:79:7
%5365 = add %5363, %5364 : f32[64,64] @ models/lib/nn.yaml:79:7
%5366 = assign %101, %5365 : f32[64,64] @ models/lib/nn.yaml:79:7
%5367 = all_reduce_sum %3276 : f32[64] @ models/lib/nn.yaml:80:7
%5368 = mul %5367, %5367 : f32[64] @ models/lib/nn.yaml:80:7
%5369 = reduce_sum %5368 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5370 = sqrt %5369 : f32[] @ models/lib/nn.yaml:80:7
%5371 = cast %5370 : f64[] @ models/lib/nn.yaml:80:7
%5372 = add %5371, %3606 : f64[] @ models/lib/nn.yaml:80:7
%5373 = div %3608, %5372 : f64[] @ models/lib/nn.yaml:80:7
%5374 = lt %5373, %3610 : bool[] @ models/lib/nn.yaml:80:7
%5375 = cast %5373 : f32[] @ models/lib/nn.yaml:80:7
%5376 = broadcast %5375 : f32[64] @ models/lib/nn.yaml:80:7
%5377 = mul %5367, %5376 : f32[64] @ models/lib/nn.yaml:80:7
%5378 = broadcast %5374 : bool[64] @ models/lib/nn.yaml:80:7
%5379 = select %5378, %5377, %5367 : f32[64] @ models/lib/nn.yaml:80:7
%5380 = state name="adam_m.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5381 = state name="adam_v.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5382 = state name="adam_t.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5383 = add %5382, %3620 : i64[] @ models/lib/nn.yaml:80:7
%5384 = mul %5379, %3751 : f32[64] @ models/lib/nn.yaml:80:7
%5385 = mul %5380, %3753 : f32[64] @ models/lib/nn.yaml:80:7
%5386 = add %5385, %5384 : f32[64] @ models/lib/nn.yaml:80:7
%5387 = mul %5379, %5379 : f32[64] @ models/lib/nn.yaml:80:7
%5388 = mul %5387, %3757 : f32[64] @ models/lib/nn.yaml:80:7
%5389 = mul %5381, %3759 : f32[64] @ models/lib/nn.yaml:80:7
%5390 = add %5389, %5388 : f32[64] @ models/lib/nn.yaml:80:7
%5391 = cast %5383 : f64[] @ models/lib/nn.yaml:80:7
%5392 = pow %3629, %5391 : f64[] @ models/lib/nn.yaml:80:7
%5393 = sub %3610, %5392 : f64[] @ models/lib/nn.yaml:80:7
%5394 = div %2151, %5393 : f64[] @ models/lib/nn.yaml:80:7
%5395 = pow %3637, %5391 : f64[] @ models/lib/nn.yaml:80:7
%5396 = sub %3610, %5395 : f64[] @ models/lib/nn.yaml:80:7
%5397 = sqrt %5396 : f64[] @ models/lib/nn.yaml:80:7
%5398 = div %3610, %5397 : f64[] @ models/lib/nn.yaml:80:7
%5399 = sqrt %5390 : f32[64] @ models/lib/nn.yaml:80:7
%5400 = cast %5398 : f32[] @ models/lib/nn.yaml:80:7
%5401 = broadcast %5400 : f32[64] @ models/lib/nn.yaml:80:7
%5402 = mul %5399, %5401 : f32[64] @ models/lib/nn.yaml:80:7
%5403 = add %5402, %3774 : f32[64] @ models/lib/nn.yaml:80:7
%5404 = div %5386, %5403 : f32[64] @ models/lib/nn.yaml:80:7
%5405 = cast %5394 : f32[] @ models/lib/nn.yaml:80:7
%5406 = broadcast %5405 : f32[64] @ models/lib/nn.yaml:80:7
%5407 = mul %5404, %5406 : f32[64] @ models/lib/nn.yaml:80:7
%5408 = sub %40, %5407 : f32[64] @ models/lib/nn.yaml:80:7
%5409 = assign %40, %5408 : f32[64] @ models/lib/nn.yaml:80:7
%5410 = assign %5380, %5386 : f32[64] @ models/lib/nn.yaml:80:7
%5411 = assign %5381, %5390 : f32[64] @ models/lib/nn.yaml:80:7
%5412 = assign %5382, %5383 : i64[] @ models/lib/nn.yaml:80:7
%5413 = mul %102, %3785 : f32[64] @ models/lib/nn.yaml:80:7
%5414 = mul %5408, %3787 : f32[64] @ models/lib/nn.yaml:80:7
%5415 = add %5413, %5414 : f32[64] @ models/lib/nn.yaml:80:7
%5416 = assign %102, %5415 : f32[64] @ models/lib/nn.yaml:80:7
%5417 = all_reduce_sum %3270 : f32[64,64] @ models/lib/nn.yaml:79:7
%5418 = reshape %5417 : f32[4096] @ models/lib/nn.yaml:79:7
%5419 = mul %5418, %5418 : f32[4096] @ models/lib/nn.yaml:79:7
%5420 = reduce_sum %5419 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5421 = sqrt %5420 : f32[] @ models/lib/nn.yaml:79:7
%5422 = cast %5421 : f64[] @ models/lib/nn.yaml:79:7
%5423 = add %5422, %3606 : f64[] @ models/lib/nn.yaml:79:7
%5424 = div %3608, %5423 : f64[] @ models/lib/nn.yaml:79:7
%5425 = lt %5424, %3610 : bool[] @ models/lib/nn.yaml:79:7
%5426 = cast %5424 : f32[] @ models/lib/nn.yaml:79:7
%5427 = broadcast %5426 : f32[64,64] @ models/lib/nn.yaml:79:7
%5428 = mul %5417, %5427 : f32[64,64] @ models/lib/nn.yaml:79:7
%5429 = broadcast %5425 : bool[64,64] @ models/lib/nn.yaml:79:7
%5430 = select %5429, %5428, %5417 : f32[64,64] @ models/lib/nn.yaml:79:7
%5431 = state name="adam_m.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%5432 = state name="adam_v.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%5433 = state name="adam_t.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5434 = add %5433, %3620 : i64[] @ models/lib/nn.yaml:79:7
%5435 = mul %41, %4026 : f32[64,64] @ models/lib/nn.yaml:79:7
%5436 = mul %5430, %4028 : f32[64,64] @ models/lib/nn.yaml:79:7
%5437 = mul %5431, %4030 : f32[64,64] @ models/lib/nn.yaml:79:7
%5438 = add %5437, %5436 : f32[64,64] @ models/lib/nn.yaml:79:7
%5439 = mul %5430, %5430 : f32[64,64] @ models/lib/nn.yaml:79:7
%5440 = mul %5439, %4034 : f32[64,64] @ models/lib/nn.yaml:79:7
%5441 = mul %5432, %4036 : f32[64,64] @ models/lib/nn.yaml:79:7
%5442 = add %5441, %5440 : f32[64,64] @ models/lib/nn.yaml:79:7
%5443 = cast %5434 : f64[] @ models/lib/nn.yaml:79:7
%5444 = pow %3629, %5443 : f64[] @ models/lib/nn.yaml:79:7
%5445 = sub %3610, %5444 : f64[] @ models/lib/nn.yaml:79:7
%5446 = div %2151, %5445 : f64[] @ models/lib/nn.yaml:79:7
%5447 = pow %3637, %5443 : f64[] @ models/lib/nn.yaml:79:7
%5448 = sub %3610, %5447 : f64[] @ models/lib/nn.yaml:79:7
%5449 = sqrt %5448 : f64[] @ models/lib/nn.yaml:79:7
%5450 = div %3610, %5449 : f64[] @ models/lib/nn.yaml:79:7
%5451 = sqrt %5442 : f32[64,64] @ models/lib/nn.yaml:79:7
%5452 = cast %5450 : f32[] @ models/lib/nn.yaml:79:7
%5453 = broadcast %5452 : f32[64,64] @ models/lib/nn.yaml:79:7
%5454 = mul %5451, %5453 : f32[64,64] @ models/lib/nn.yaml:79:7
%5455 = add %5454, %4051 : f32[64,64] @ models/lib/nn.yaml:79:7
%5456 = div %5438, %5455 : f32[64,64] @ models/lib/nn.yaml:79:7
%5457 = cast %5446 : f32[] @ models/lib/nn.yaml:79:7
%5458 = broadcast %5457 : f32[64,64] @ models/lib/nn.yaml:79:7
%5459 = mul %5456, %5458 : f32[64,64] @ models/lib/nn.yaml:79:7
%5460 = sub %5435, %5459 : f32[64,64] @ models/lib/nn.yaml:79:7
%5461 = assign %41, %5460 : f32[64,64] @ models/lib/nn.yaml:79:7
%5462 = assign %5431, %5438 : f32[64,64] @ models/lib/nn.yaml:79:7
%5463 = assign %5432, %5442 : f32[64,64] @ models/lib/nn.yaml:79:7
%5464 = assign %5433, %5434 : i64[] @ models/lib/nn.yaml:79:7
%5465 = mul %103, %4062 : f32[64,64] @ models/lib/nn.yaml:79:7
%5466 = mul %5460, %4064 : f32[64,64] @ models/lib/nn.yaml:79:7
%5467 = add %5465, %5466 : f32[64,64] @ models/lib/nn.yaml:79:7
%5468 = assign %103, %5467 : f32[64,64] @ models/lib/nn.yaml:79:7
%5469 = all_reduce_sum %3266 : f32[64] @ models/lib/nn.yaml:80:7
%5470 = mul %5469, %5469 : f32[64] @ models/lib/nn.yaml:80:7
%5471 = reduce_sum %5470 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5472 = sqrt %5471 : f32[] @ models/lib/nn.yaml:80:7
%5473 = cast %5472 : f64[] @ models/lib/nn.yaml:80:7
%5474 = add %5473, %3606 : f64[] @ models/lib/nn.yaml:80:7
%5475 = div %3608, %5474 : f64[] @ models/lib/nn.yaml:80:7
%5476 = lt %5475, %3610 : bool[] @ models/lib/nn.yaml:80:7
%5477 = cast %5475 : f32[] @ models/lib/nn.yaml:80:7
%5478 = broadcast %5477 : f32[64] @ models/lib/nn.yaml:80:7
%5479 = mul %5469, %5478 : f32[64] @ models/lib/nn.yaml:80:7
%5480 = broadcast %5476 : bool[64] @ models/lib/nn.yaml:80:7
%5481 = select %5480, %5479, %5469 : f32[64] @ models/lib/nn.yaml:80:7
%5482 = state name="adam_m.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5483 = state name="adam_v.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5484 = state name="adam_t.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5485 = add %5484, %3620 : i64[] @ models/lib/nn.yaml:80:7
%5486 = mul %5481, %3751 : f32[64] @ models/lib/nn.yaml:80:7
%5487 = mul %5482, %3753 : f32[64] @ models/lib/nn.yaml:80:7
%5488 = add %5487, %5486 : f32[64] @ models/lib/nn.yaml:80:7
%5489 = mul %5481, %5481 : f32[64] @ models/lib/nn.yaml:80:7
%5490 = mul %5489, %3757 : f32[64] @ models/lib/nn.yaml:80:7
%5491 = mul %5483, %3759 : f32[64] @ models/lib/nn.yaml:80:7
%5492 = add %5491, %5490 : f32[64] @ models/lib/nn.yaml:80:7
%5493 = cast %5485 : f64[] @ models/lib/nn.yaml:80:7
%5494 = pow %3629, %5493 : f64[] @ models/lib/nn.yaml:80:7
%5495 = sub %3610, %5494 : f64[] @ models/lib/nn.yaml:80:7
%5496 = div %2151, %5495 : f64[] @ models/lib/nn.yaml:80:7
%5497 = pow %3637, %5493 : f64[] @ models/lib/nn.yaml:80:7
%5498 = sub %3610, %5497 : f64[] @ models/lib/nn.yaml:80:7
%5499 = sqrt %5498 : f64[] @ models/lib/nn.yaml:80:7
%5500 = div %3610, %5499 : f64[] @ models/lib/nn.yaml:80:7
%5501 = sqrt %5492 : f32[64] @ models/lib/nn.yaml:80:7
%5502 = cast %5500 : f32[] @ models/lib/nn.yaml:80:7
%5503 = broadcast %5502 : f32[64] @ models/lib/nn.yaml:80:7
%5504 = mul %5501, %5503 : f32[64] @ models/lib/nn.yaml:80:7
%5505 = add %5504, %3774 : f32[64] @ models/lib/nn.yaml:80:7
%5506 = div %5488, %5505 : f32[64] @ models/lib/nn.yaml:80:7
%5507 = cast %5496 : f32[] @ models/lib/nn.yaml:80:7
%5508 = broadcast %5507 : f32[64] @ models/lib/nn.yaml:80:7
%5509 = mul %5506, %5508 : f32[64] @ models/lib/nn.yaml:80:7
%5510 = sub %42, %5509 : f32[64] @ models/lib/nn.yaml:80:7
%5511 = assign %42, %5510 : f32[64] @ models/lib/nn.yaml:80:7
%5512 = assign %5482, %5488 : f32[64] @ models/lib/nn.yaml:80:7
%5513 = assign %5483, %5492 : f32[64] @ models/lib/nn.yaml:80:7
%5514 = assign %5484, %5485 : i64[] @ models/lib/nn.yaml:80:7
%5515 = mul %104, %3785 : f32[64] @ models/lib/nn.yaml:80:7
%5516 = mul %5510, %3787 : f32[64] @ models/lib/nn.yaml:80:7
%5517 = add %5515, %5516 : f32[64] @ models/lib/nn.yaml:80:7
%5518 = assign %104, %5517 : f32[64] @ models/lib/nn.yaml:80:7
%5519 = all_reduce_sum %3219 : f32[64,64] @ models/lib/nn.yaml:79:7
%5520 = reshape %5519 : f32[4096] @ models/lib/nn.yaml:79:7
%5521 = mul %5520, %5520 : f32[4096] @ models/lib/nn.yaml:79:7
%5522 = reduce_sum %5521 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5523 = sqrt %5522 : f32[] @ models/lib/nn.yaml:79:7
%5524 = cast %5523 : f64[] @ models/lib/nn.yaml:79:7
%5525 = add %5524, %3606 : f64[] @ models/lib/nn.yaml:79:7
%5526 = div %3608, %5525 : f64[] @ models/lib/nn.yaml:79:7
%5527 = lt %5526, %3610 : bool[] @ models/lib/nn.yaml:79:7
%5528 = cast %5526 : f32[] @ models/lib/nn.yaml:79:7
%5529 = broadcast %5528 : f32[64,64] @ models/lib/nn.yaml:79:7
%5530 = mul %5519, %5529 : f32[64,64] @ models/lib/nn.yaml:79:7
%5531 = broadcast %5527 : bool[64,64] @ models/lib/nn.yaml:79:7
%5532 = select %5531, %5530, %5519 : f32[64,64] @ models/lib/nn.yaml:79:7
%5533 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%5534 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%5535 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5536 = add %5535, %3620 : i64[] @ models/lib/nn.yaml:79:7
%5537 = mul %43, %4026 : f32[64,64] @ models/lib/nn.yaml:79:7
%5538 = mul %5532, %4028 : f32[64,64] @ models/lib/nn.yaml:79:7
%5539 = mul %5533, %4030 : f32[64,64] @ models/lib/nn.yaml:79:7
%5540 = add %5539, %5538 : f32[64,64] @ models/lib/nn.yaml:79:7
%5541 = mul %5532, %5532 : f32[64,64] @ models/lib/nn.yaml:79:7
%5542 = mul %5541, %4034 : f32[64,64] @ models/lib/nn.yaml:79:7
%5543 = mul %5534, %4036 : f32[64,64] @ models/lib/nn.yaml:79:7
%5544 = add %5543, %5542 : f32[64,64] @ models/lib/nn.yaml:79:7
%5545 = cast %5536 : f64[] @ models/lib/nn.yaml:79:7
%5546 = pow %3629, %5545 : f64[] @ models/lib/nn.yaml:79:7
%5547 = sub %3610, %5546 : f64[] @ models/lib/nn.yaml:79:7
%5548 = div %2151, %5547 : f64[] @ models/lib/nn.yaml:79:7
%5549 = pow %3637, %5545 : f64[] @ models/lib/nn.yaml:79:7
%5550 = sub %3610, %5549 : f64[] @ models/lib/nn.yaml:79:7
%5551 = sqrt %5550 : f64[] @ models/lib/nn.yaml:79:7
%5552 = div %3610, %5551 : f64[] @ models/lib/nn.yaml:79:7
%5553 = sqrt %5544 : f32[64,64] @ models/lib/nn.yaml:79:7
%5554 = cast %5552 : f32[] @ models/lib/nn.yaml:79:7
%5555 = broadcast %5554 : f32[64,64] @ models/lib/nn.yaml:79:7
%5556 = mul %5553, %5555 : f32[64,64] @ models/lib/nn.yaml:79:7
%5557 = add %5556, %4051 : f32[64,64] @ models/lib/nn.yaml:79:7
%5558 = div %5540, %5557 : f32[64,64] @ models/lib/nn.yaml:79:7
%5559 = cast %5548 : f32[] @ models/lib/nn.yaml:79:7
%5560 = broadcast %5559 : f32[64,64] @ models/lib/nn.yaml:79:7
%5561 = mul %5558, %5560 : f32[64,64] @ models/lib/nn.yaml:79:7
%5562 = sub %5537, %5561 : f32[64,64] @ models/lib/nn.yaml:79:7
%5563 = assign %43, %5562 : f32[64,64] @ models/lib/nn.yaml:79:7
%5564 = assign %5533, %5540 : f32[64,64] @ models/lib/nn.yaml:79:7
%5565 = assign %5534, %5544 : f32[64,64] @ models/lib/nn.yaml:79:7
%5566 = assign %5535, %5536 : i64[] @ models/lib/nn.yaml:79:7
%5567 = mul %105, %4062 : f32[64,64] @ models/lib/nn.yaml:79:7
%5568 = mul %5562, %4064 : f32[64,64] @ models/lib/nn.yaml:79:7
%5569 = add %5567, %5568 : f32[64,64] @ models/lib/nn.yaml:79:7
%5570 = assign %105, %5569 : f32[64,64] @ models/lib/nn.yaml:79:7
%5571 = all_reduce_sum %3214 : f32[64] @ models/lib/nn.yaml:80:7
%5572 = mul %5571, %5571 : f32[64] @ models/lib/nn.yaml:80:7
%5573 = reduce_sum %5572 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5574 = sqrt %5573 : f32[] @ models/lib/nn.yaml:80:7
%5575 = cast %5574 : f64[] @ models/lib/nn.yaml:80:7
%5576 = add %5575, %3606 : f64[] @ models/lib/nn.yaml:80:7
%5577 = div %3608, %5576 : f64[] @ models/lib/nn.yaml:80:7
%5578 = lt %5577, %3610 : bool[] @ models/lib/nn.yaml:80:7
%5579 = cast %5577 : f32[] @ models/lib/nn.yaml:80:7
%5580 = broadcast %5579 : f32[64] @ models/lib/nn.yaml:80:7
%5581 = mul %5571, %5580 : f32[64] @ models/lib/nn.yaml:80:7
%5582 = broadcast %5578 : bool[64] @ models/lib/nn.yaml:80:7
%5583 = select %5582, %5581, %5571 : f32[64] @ models/lib/nn.yaml:80:7
%5584 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5585 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5586 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5587 = add %5586, %3620 : i64[] @ models/lib/nn.yaml:80:7
%5588 = mul %5583, %3751 : f32[64] @ models/lib/nn.yaml:80:7
%5589 = mul %5584, %3753 : f32[64] @ models/lib/nn.yaml:80:7
%5590 = add %5589, %5588 : f32[64] @ models/lib/nn.yaml:80:7
%5591 = mul %5583, %5583 : f32[64] @ models/lib/nn.yaml:80:7
%5592 = mul %5591, %3757 : f32[64] @ models/lib/nn.yaml:80:7
%5593 = mul %5585, %3759 : f32[64] @ models/lib/nn.yaml:80:7
%5594 = add %5593, %5592 : f32[64] @ models/lib/nn.yaml:80:7
%5595 = cast %5587 : f64[] @ models/lib/nn.yaml:80:7
%5596 = pow %3629, %5595 : f64[] @ models/lib/nn.yaml:80:7
%5597 = sub %3610, %5596 : f64[] @ models/lib/nn.yaml:80:7
%5598 = div %2151, %5597 : f64[] @ models/lib/nn.yaml:80:7
%5599 = pow %3637, %5595 : f64[] @ models/lib/nn.yaml:80:7
%5600 = sub %3610, %5599 : f64[] @ models/lib/nn.yaml:80:7
%5601 = sqrt %5600 : f64[] @ models/lib/nn.yaml:80:7
%5602 = div %3610, %5601 : f64[] @ models/lib/nn.yaml:80:7
%5603 = sqrt %5594 : f32[64] @ models/lib/nn.yaml:80:7
%5604 = cast %5602 : f32[] @ models/lib/nn.yaml:80:7
%5605 = broadcast %5604 : f32[64] @ models/lib/nn.yaml:80:7
%5606 = mul %5603, %5605 : f32[64] @ models/lib/nn.yaml:80:7
%5607 = add %5606, %3774 : f32[64] @ models/lib/nn.yaml:80:7
%5608 = div %5590, %5607 : f32[64] @ models/lib/nn.yaml:80:7
%5609 = cast %5598 : f32[] @ models/lib/nn.yaml:80:7
%5610 = broadcast %5609 : f32[64] @ models/lib/nn.yaml:80:7
%5611 = mul %5608, %5610 : f32[64] @ models/lib/nn.yaml:80:7
%5612 = sub %44, %5611 : f32[64] @ models/lib/nn.yaml:80:7
%5613 = assign %44, %5612 : f32[64] @ models/lib/nn.yaml:80:7
%5614 = assign %5584, %5590 : f32[64] @ models/lib/nn.yaml:80:7
%5615 = assign %5585, %5594 : f32[64] @ models/lib/nn.yaml:80:7
%5616 = assign %5586, %5587 : i64[] @ models/lib/nn.yaml:80:7
%5617 = mul %106, %3785 : f32[64] @ models/lib/nn.yaml:80:7
%5618 = mul %5612, %3787 : f32[64] @ models/lib/nn.yaml:80:7
%5619 = add %5617, %5618 : f32[64] @ models/lib/nn.yaml:80:7
%5620 = assign %106, %5619 : f32[64] @ models/lib/nn.yaml:80:7
%5621 = all_reduce_sum %3193 : f32[64] @ models/lib/nn.yaml:89:7
%5622 = mul %5621, %5621 : f32[64] @ models/lib/nn.yaml:89:7
%5623 = reduce_sum %5622 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%5624 = sqrt %5623 : f32[] @ models/lib/nn.yaml:89:7
%5625 = cast %5624 : f64[] @ models/lib/nn.yaml:89:7
%5626 = add %5625, %3606 : f64[] @ models/lib/nn.yaml:89:7
%5627 = div %3608, %5626 : f64[] @ models/lib/nn.yaml:89:7
%5628 = lt %5627, %3610 : bool[] @ models/lib/nn.yaml:89:7
%5629 = cast %5627 : f32[] @ models/lib/nn.yaml:89:7
%5630 = broadcast %5629 : f32[64] @ models/lib/nn.yaml:89:7
%5631 = mul %5621, %5630 : f32[64] @ models/lib/nn.yaml:89:7
%5632 = broadcast %5628 : bool[64] @ models/lib/nn.yaml:89:7
%5633 = select %5632, %5631, %5621 : f32[64] @ models/lib/nn.yaml:89:7
%5634 = state name="adam_m.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%5635 = state name="adam_v.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%5636 = state name="adam_t.ca_head.cls_blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5637 = add %5636, %3620 : i64[] @ models/lib/nn.yaml:89:7
%5638 = mul %5633, %3751 : f32[64] @ models/lib/nn.yaml:89:7
%5639 = mul %5634, %3753 : f32[64] @ models/lib/nn.yaml:89:7
%5640 = add %5639, %5638 : f32[64] @ models/lib/nn.yaml:89:7
%5641 = mul %5633, %5633 : f32[64] @ models/lib/nn.yaml:89:7
%5642 = mul %5641, %3757 : f32[64] @ models/lib/nn.yaml:89:7
%5643 = mul %5635, %3759 : f32[64] @ models/lib/nn.yaml:89:7
%5644 = add %5643, %5642 : f32[64] @ models/lib/nn.yaml:89:7
%5645 = cast %5637 : f64[] @ models/lib/nn.yaml:89:7
%5646 = pow %3629, %5645 : f64[] @ models/lib/nn.yaml:89:7
%5647 = sub %3610, %5646 : f64[] @ models/lib/nn.yaml:89:7
%5648 = div %2151, %5647 : f64[] @ models/lib/nn.yaml:89:7
%5649 = pow %3637, %5645 : f64[] @ models/lib/nn.yaml:89:7
%5650 = sub %3610, %5649 : f64[] @ models/lib/nn.yaml:89:7
%5651 = sqrt %5650 : f64[] @ models/lib/nn.yaml:89:7
%5652 = div %3610, %5651 : f64[] @ models/lib/nn.yaml:89:7
%5653 = sqrt %5644 : f32[64] @ models/lib/nn.yaml:89:7
%5654 = cast %5652 : f32[] @ models/lib/nn.yaml:89:7
%5655 = broadcast %5654 : f32[64] @ models/lib/nn.yaml:89:7
%5656 = mul %5653, %5655 : f32[64] @ models/lib/nn.yaml:89:7
%5657 = add %5656, %3774 : f32[64] @ models/lib/nn.yaml:89:7
%5658 = div %5640, %5657 : f32[64] @ models/lib/nn.yaml:89:7
%5659 = cast %5648 : f32[] @ models/lib/nn.yaml:89:7
%5660 = broadcast %5659 : f32[64] @ models/lib/nn.yaml:89:7
%5661 = mul %5658, %5660 : f32[64] @ models/lib/nn.yaml:89:7
%5662 = sub %45, %5661 : f32[64] @ models/lib/nn.yaml:89:7
%5663 = assign %45, %5662 : f32[64] @ models/lib/nn.yaml:89:7
%5664 = assign %5634, %5640 : f32[64] @ models/lib/nn.yaml:89:7
%5665 = assign %5635, %5644 : f32[64] @ models/lib/nn.yaml:89:7
%5666 = assign %5636, %5637 : i64[] @ models/lib/nn.yaml:89:7
%5667 = mul %107, %3785 : f32[64] @ models/lib/nn.yaml:89:7
%5668 = mul %5662, %3787 : f32[64] @ models/lib/nn.yaml:89:7
%5669 = add %5667, %5668 : f32[64] @ models/lib/nn.yaml:89:7
%5670 = assign %107, %5669 : f32[64] @ models/lib/nn.yaml:89:7
%5671 = all_reduce_sum %3188 : f32[64] @ models/lib/nn.yaml:90:7
%5672 = mul %5671, %5671 : f32[64] @ models/lib/nn.yaml:90:7
%5673 = reduce_sum %5672 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%5674 = sqrt %5673 : f32[] @ models/lib/nn.yaml:90:7
%5675 = cast %5674 : f64[] @ models/lib/nn.yaml:90:7
%5676 = add %5675, %3606 : f64[] @ models/lib/nn.yaml:90:7
%5677 = div %3608, %5676 : f64[] @ models/lib/nn.yaml:90:7
%5678 = lt %5677, %3610 : bool[] @ models/lib/nn.yaml:90:7
%5679 = cast %5677 : f32[] @ models/lib/nn.yaml:90:7
%5680 = broadcast %5679 : f32[64] @ models/lib/nn.yaml:90:7
%5681 = mul %5671, %5680 : f32[64] @ models/lib/nn.yaml:90:7
%5682 = broadcast %5678 : bool[64] @ models/lib/nn.yaml:90:7
%5683 = select %5682, %5681, %5671 : f32[64] @ models/lib/nn.yaml:90:7
%5684 = state name="adam_m.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%5685 = state name="adam_v.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%5686 = state name="adam_t.ca_head.cls_blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5687 = add %5686, %3620 : i64[] @ models/lib/nn.yaml:90:7
%5688 = mul %5683, %3751 : f32[64] @ models/lib/nn.yaml:90:7
%5689 = mul %5684, %3753 : f32[64] @ models/lib/nn.yaml:90:7
%5690 = add %5689, %5688 : f32[64] @ models/lib/nn.yaml:90:7
%5691 = mul %5683, %5683 : f32[64] @ models/lib/nn.yaml:90:7
%5692 = mul %5691, %3757 : f32[64] @ models/lib/nn.yaml:90:7
%5693 = mul %5685, %3759 : f32[64] @ models/lib/nn.yaml:90:7
%5694 = add %5693, %5692 : f32[64] @ models/lib/nn.yaml:90:7
%5695 = cast %5687 : f64[] @ models/lib/nn.yaml:90:7
%5696 = pow %3629, %5695 : f64[] @ models/lib/nn.yaml:90:7
%5697 = sub %3610, %5696 : f64[] @ models/lib/nn.yaml:90:7
%5698 = div %2151, %5697 : f64[] @ models/lib/nn.yaml:90:7
%5699 = pow %3637, %5695 : f64[] @ models/lib/nn.yaml:90:7
%5700 = sub %3610, %5699 : f64[] @ models/lib/nn.yaml:90:7
%5701 = sqrt %5700 : f64[] @ models/lib/nn.yaml:90:7
%5702 = div %3610, %5701 : f64[] @ models/lib/nn.yaml:90:7
%5703 = sqrt %5694 : f32[64] @ models/lib/nn.yaml:90:7
%5704 = cast %5702 : f32[] @ models/lib/nn.yaml:90:7
%5705 = broadcast %5704 : f32[64] @ models/lib/nn.yaml:90:7
%5706 = mul %5703, %5705 : f32[64] @ models/lib/nn.yaml:90:7
%5707 = add %5706, %3774 : f32[64] @ models/lib/nn.yaml:90:7
%5708 = div %5690, %5707 : f32[64] @ models/lib/nn.yaml:90:7
%5709 = cast %5698 : f32[] @ models/lib/nn.yaml:90:7
%5710 = broadcast %5709 : f32[64] @ models/lib/nn.yaml:90:7
%5711 = mul %5708, %5710 : f32[64] @ models/lib/nn.yaml:90:7
%5712 = sub %46, %5711 : f32[64] @ models/lib/nn.yaml:90:7
%5713 = assign %46, %5712 : f32[64] @ models/lib/nn.yaml:90:7
%5714 = assign %5684, %5690 : f32[64] @ models/lib/nn.yaml:90:7
%5715 = assign %5685, %5694 : f32[64] @ models/lib/nn.yaml:90:7
%5716 = assign %5686, %5687 : i64[] @ models/lib/nn.yaml:90:7
%5717 = mul %108, %3785 : f32[64] @ models/lib/nn.yaml:90:7
%5718 = mul %5712, %3787 : f32[64] @ models/lib/nn.yaml:90:7
%5719 = add %5717, %5718 : f32[64] @ models/lib/nn.yaml:90:7
%5720 = assign %108, %5719 : f32[64] @ models/lib/nn.yaml:90:7
%5721 = all_reduce_sum %3185 : f32[256,64] @ models/lib/nn.yaml:79:7
%5722 = reshape %5721 : f32[16384] @ models/lib/nn.yaml:79:7
%5723 = mul %5722, %5722 : f32[16384] @ models/lib/nn.yaml:79:7
%5724 = reduce_sum %5723 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5725 = sqrt %5724 : f32[] @ models/lib/nn.yaml:79:7
%5726 = cast %5725 : f64[] @ models/lib/nn.yaml:79:7
%5727 = add %5726, %3606 : f64[] @ models/lib/nn.yaml:79:7
%5728 = div %3608, %5727 : f64[] @ models/lib/nn.yaml:79:7
%5729 = lt %5728, %3610 : bool[] @ models/lib/nn.yaml:79:7
%5730 = cast %5728 : f32[] @ models/lib/nn.yaml:79:7
%5731 = broadcast %5730 : f32[256,64] @ models/lib/nn.yaml:79:7
%5732 = mul %5721, %5731 : f32[256,64] @ models/lib/nn.yaml:79:7
%5733 = broadcast %5729 : bool[256,64] @ models/lib/nn.yaml:79:7
%5734 = select %5733, %5732, %5721 : f32[256,64] @ models/lib/nn.yaml:79:7
%5735 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[256,64] @ models/lib/nn.yaml:79:7
%5736 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[256,64] @ models/lib/nn.yaml:79:7
%5737 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5738 = add %5737, %3620 : i64[] @ models/lib/nn.yaml:79:7
%5739 = mul %47, %4236 : f32[256,64] @ models/lib/nn.yaml:79:7
%5740 = mul %5734, %4238 : f32[256,64] @ models/lib/nn.yaml:79:7
%5741 = mul %5735, %4240 : f32[256,64] @ models/lib/nn.yaml:79:7
%5742 = add %5741, %5740 : f32[256,64] @ models/lib/nn.yaml:79:7
%5743 = mul %5734, %5734 : f32[256,64] @ models/lib/nn.yaml:79:7
%5744 = mul %5743, %4244 : f32[256,64] @ models/lib/nn.yaml:79:7
%5745 = mul %5736, %4246 : f32[256,64] @ models/lib/nn.yaml:79:7
%5746 = add %5745, %5744 : f32[256,64] @ models/lib/nn.yaml:79:7
%5747 = cast %5738 : f64[] @ models/lib/nn.yaml:79:7
%5748 = pow %3629, %5747 : f64[] @ models/lib/nn.yaml:79:7
%5749 = sub %3610, %5748 : f64[] @ models/lib/nn.yaml:79:7
%5750 = div %2151, %5749 : f64[] @ models/lib/nn.yaml:79:7
%5751 = pow %3637, %5747 : f64[] @ models/lib/nn.yaml:79:7
%5752 = sub %3610, %5751 : f64[] @ models/lib/nn.yaml:79:7
%5753 = sqrt %5752 : f64[] @ models/lib/nn.yaml:79:7
%5754 = div %3610, %5753 : f64[] @ models/lib/nn.yaml:79:7
%5755 = sqrt %5746 : f32[256,64] @ models/lib/nn.yaml:79:7
%5756 = cast %5754 : f32[] @ models/lib/nn.yaml:79:7
%5757 = broadcast %5756 : f32[256,64] @ models/lib/nn.yaml:79:7
%5758 = mul %5755, %5757 : f32[256,64] @ models/lib/nn.yaml:79:7
%5759 = add %5758, %4261 : f32[256,64] @ models/lib/nn.yaml:79:7
%5760 = div %5742, %5759 : f32[256,64] @ models/lib/nn.yaml:79:7
%5761 = cast %5750 : f32[] @ models/lib/nn.yaml:79:7
%5762 = broadcast %5761 : f32[256,64] @ models/lib/nn.yaml:79:7
%5763 = mul %5760, %5762 : f32[256,64] @ models/lib/nn.yaml:79:7
%5764 = sub %5739, %5763 : f32[256,64] @ models/lib/nn.yaml:79:7
%5765 = assign %47, %5764 : f32[256,64] @ models/lib/nn.yaml:79:7
%5766 = assign %5735, %5742 : f32[256,64] @ models/lib/nn.yaml:79:7
%5767 = assign %5736, %5746 : f32[256,64] @ models/lib/nn.yaml:79:7
%5768 = assign %5737, %5738 : i64[] @ models/lib/nn.yaml:79:7
%5769 = mul %109, %4272 : f32[256,64] @ models/lib/nn.yaml:79:7
%5770 = mul %5764, %4274 : f32[256,64] @ models/lib/nn.yaml:79:7
%5771 = add %5769, %5770 : f32[256,64] @ models/lib/nn.yaml:79:7
%5772 = assign %109, %5771 : f32[256,64] @ models/lib/nn.yaml:79:7
%5773 = all_reduce_sum %3180 : f32[256] @ models/lib/nn.yaml:80:7
%5774 = mul %5773, %5773 : f32[256] @ models/lib/nn.yaml:80:7
%5775 = reduce_sum %5774 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5776 = sqrt %5775 : f32[] @ models/lib/nn.yaml:80:7
%5777 = cast %5776 : f64[] @ models/lib/nn.yaml:80:7
%5778 = add %5777, %3606 : f64[] @ models/lib/nn.yaml:80:7
%5779 = div %3608, %5778 : f64[] @ models/lib/nn.yaml:80:7
%5780 = lt %5779, %3610 : bool[] @ models/lib/nn.yaml:80:7
%5781 = cast %5779 : f32[] @ models/lib/nn.yaml:80:7
%5782 = broadcast %5781 : f32[256] @ models/lib/nn.yaml:80:7
%5783 = mul %5773, %5782 : f32[256] @ models/lib/nn.yaml:80:7
%5784 = broadcast %5780 : bool[256] @ models/lib/nn.yaml:80:7
%5785 = select %5784, %5783, %5773 : f32[256] @ models/lib/nn.yaml:80:7
%5786 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%5787 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%5788 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5789 = add %5788, %3620 : i64[] @ models/lib/nn.yaml:80:7
%5790 = mul %5785, %4295 : f32[256] @ models/lib/nn.yaml:80:7
%5791 = mul %5786, %4297 : f32[256] @ models/lib/nn.yaml:80:7
%5792 = add %5791, %5790 : f32[256] @ models/lib/nn.yaml:80:7
%5793 = mul %5785, %5785 : f32[256] @ models/lib/nn.yaml:80:7
%5794 = mul %5793, %4301 : f32[256] @ models/lib/nn.yaml:80:7
%5795 = mul %5787, %4303 : f32[256] @ models/lib/nn.yaml:80:7
%5796 = add %5795, %5794 : f32[256] @ models/lib/nn.yaml:80:7
%5797 = cast %5789 : f64[] @ models/lib/nn.yaml:80:7
%5798 = pow %3629, %5797 : f64[] @ models/lib/nn.yaml:80:7
%5799 = sub %3610, %5798 : f64[] @ models/lib/nn.yaml:80:7
%5800 = div %2151, %5799 : f64[] @ models/lib/nn.yaml:80:7
%5801 = pow %3637, %5797 : f64[] @ models/lib/nn.yaml:80:7
%5802 = sub %3610, %5801 : f64[] @ models/lib/nn.yaml:80:7
%5803 = sqrt %5802 : f64[] @ models/lib/nn.yaml:80:7
%5804 = div %3610, %5803 : f64[] @ models/lib/nn.yaml:80:7
%5805 = sqrt %5796 : f32[256] @ models/lib/nn.yaml:80:7
%5806 = cast %5804 : f32[] @ models/lib/nn.yaml:80:7
%5807 = broadcast %5806 : f32[256] @ models/lib/nn.yaml:80:7
%5808 = mul %5805, %5807 : f32[256] @ models/lib/nn.yaml:80:7
%5809 = add %5808, %4318 : f32[256] @ models/lib/nn.yaml:80:7
%5810 = div %5792, %5809 : f32[256] @ models/lib/nn.yaml:80:7
%5811 = cast %5800 : f32[] @ models/lib/nn.yaml:80:7
%5812 = broadcast %5811 : f32[256] @ models/lib/nn.yaml:80:7
%5813 = mul %5810, %5812 : f32[256] @ models/lib/nn.yaml:80:7
%5814 = sub %48, %5813 : f32[256] @ models/lib/nn.yaml:80:7
%5815 = assign %48, %5814 : f32[256] @ models/lib/nn.yaml:80:7
%5816 = assign %5786, %5792 : f32[256] @ models/lib/nn.yaml:80:7
%5817 = assign %5787, %5796 : f32[256] @ models/lib/nn.yaml:80:7
%5818 = assign %5788, %5789 : i64[] @ models/lib/nn.yaml:80:7
%5819 = mul %110, %4329 : f32[256] @ models/lib/nn.yaml:80:7
%5820 = mul %5814, %4331 : f32[256] @ models/lib/nn.yaml:80:7
%5821 = add %5819, %5820 : f32[256] @ models/lib/nn.yaml:80:7
%5822 = assign %110, %5821 : f32[256] @ models/lib/nn.yaml:80:7
%5823 = all_reduce_sum %3162 : f32[64,256] @ models/lib/nn.yaml:79:7
%5824 = reshape %5823 : f32[16384] @ models/lib/nn.yaml:79:7
%5825 = mul %5824, %5824 : f32[16384] @ models/lib/nn.yaml:79:7
%5826 = reduce_sum %5825 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5827 = sqrt %5826 : f32[] @ models/lib/nn.yaml:79:7
%5828 = cast %5827 : f64[] @ models/lib/nn.yaml:79:7
%5829 = add %5828, %3606 : f64[] @ models/lib/nn.yaml:79:7
%5830 = div %3608, %5829 : f64[] @ models/lib/nn.yaml:79:7
%5831 = lt %5830, %3610 : bool[] @ models/lib/nn.yaml:79:7
%5832 = cast %5830 : f32[] @ models/lib/nn.yaml:79:7
%5833 = broadcast %5832 : f32[64,256] @ models/lib/nn.yaml:79:7
%5834 = mul %5823, %5833 : f32[64,256] @ models/lib/nn.yaml:79:7
%5835 = broadcast %5831 : bool[64,256] @ models/lib/nn.yaml:79:7
%5836 = select %5835, %5834, %5823 : f32[64,256] @ models/lib/nn.yaml:79:7
%5837 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[64,256] @ models/lib/nn.yaml:79:7
%5838 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[64,256] @ models/lib/nn.yaml:79:7
%5839 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5840 = add %5839, %3620 : i64[] @ models/lib/nn.yaml:79:7
%5841 = mul %49, %4353 : f32[64,256] @ models/lib/nn.yaml:79:7
%5842 = mul %5836, %4355 : f32[64,256] @ models/lib/nn.yaml:79:7
%5843 = mul %5837, %4357 : f32[64,256] @ models/lib/nn.yaml:79:7
%5844 = add %5843, %5842 : f32[64,256] @ models/lib/nn.yaml:79:7
%5845 = mul %5836, %5836 : f32[64,256] @ models/lib/nn.yaml:79:7
%5846 = mul %5845, %4361 : f32[64,256] @ models/lib/nn.yaml:79:7
%5847 = mul %5838, %4363 : f32[64,256] @ models/lib/nn.yaml:79:7
%5848 = add %5847, %5846 : f32[64,256] @ models/lib/nn.yaml:79:7
%5849 = cast %5840 : f64[] @ models/lib/nn.yaml:79:7
%5850 = pow %3629, %5849 : f64[] @ models/lib/nn.yaml:79:7
%5851 = sub %3610, %5850 : f64[] @ models/lib/nn.yaml:79:7
%5852 = div %2151, %5851 : f64[] @ models/lib/nn.yaml:79:7
%5853 = pow %3637, %5849 : f64[] @ models/lib/nn.yaml:79:7
%5854 = sub %3610, %5853 : f64[] @ models/lib/nn.yaml:79:7
%5855 = sqrt %5854 : f64[] @ models/lib/nn.yaml:79:7
%5856 = div %3610, %5855 : f64[] @ models/lib/nn.yaml:79:7
%5857 = sqrt %5848 : f32[64,256] @ models/lib/nn.yaml:79:7
%5858 = cast %5856 : f32[] @ models/lib/nn.yaml:79:7
%5859 = broadcast %5858 : f32[64,256] @ models/lib/nn.yaml:79:7
%5860 = mul %5857, %5859 : f32[64,256] @ models/lib/nn.yaml:79:7
%5861 = add %5860, %4378 : f32[64,256] @ models/lib/nn.yaml:79:7
%5862 = div %5844, %5861 : f32[64,256] @ models/lib/nn.yaml:79:7
%5863 = cast %5852 : f32[] @ models/lib/nn.yaml:79:7
%5864 = broadcast %5863 : f32[64,256] @ models/lib/nn.yaml:79:7
%5865 = mul %5862, %5864 : f32[64,256] @ models/lib/nn.yaml:79:7
%5866 = sub %5841, %5865 : f32[64,256] @ models/lib/nn.yaml:79:7
%5867 = assign %49, %5866 : f32[64,256] @ models/lib/nn.yaml:79:7
%5868 = assign %5837, %5844 : f32[64,256] @ models/lib/nn.yaml:79:7
%5869 = assign %5838, %5848 : f32[64,256] @ models/lib/nn.yaml:79:7
%5870 = assign %5839, %5840 : i64[] @ models/lib/nn.yaml:79:7
%5871 = mul %111, %4389 : f32[64,256] @ models/lib/nn.yaml:79:7
%5872 = mul %5866, %4391 : f32[64,256] @ models/lib/nn.yaml:79:7
%5873 = add %5871, %5872 : f32[64,256] @ models/lib/nn.yaml:79:7
%5874 = assign %111, %5873 : f32[64,256] @ models/lib/nn.yaml:79:7
%5875 = all_reduce_sum %3157 : f32[64] @ models/lib/nn.yaml:80:7
%5876 = mul %5875, %5875 : f32[64] @ models/lib/nn.yaml:80:7
%5877 = reduce_sum %5876 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5878 = sqrt %5877 : f32[] @ models/lib/nn.yaml:80:7
%5879 = cast %5878 : f64[] @ models/lib/nn.yaml:80:7
%5880 = add %5879, %3606 : f64[] @ models/lib/nn.yaml:80:7
%5881 = div %3608, %5880 : f64[] @ models/lib/nn.yaml:80:7
%5882 = lt %5881, %3610 : bool[] @ models/lib/nn.yaml:80:7
%5883 = cast %5881 : f32[] @ models/lib/nn.yaml:80:7
%5884 = broadcast %5883 : f32[64] @ models/lib/nn.yaml:80:7
%5885 = mul %5875, %5884 : f32[64] @ models/lib/nn.yaml:80:7
%5886 = broadcast %5882 : bool[64] @ models/lib/nn.yaml:80:7
%5887 = select %5886, %5885, %5875 : f32[64] @ models/lib/nn.yaml:80:7
%5888 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5889 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5890 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5891 = add %5890, %3620 : i64[] @ models/lib/nn.yaml:80:7
%5892 = mul %5887, %3751 : f32[64] @ models/lib/nn.yaml:80:7
%5893 = mul %5888, %3753 : f32[64] @ models/lib/nn.yaml:80:7
%5894 = add %5893, %5892 : f32[64] @ models/lib/nn.yaml:80:7
%5895 = mul %5887, %5887 : f32[64] @ models/lib/nn.yaml:80:7
%5896 = mul %5895, %3757 : f32[64] @ models/lib/nn.yaml:80:7
%5897 = mul %5889, %3759 : f32[64] @ models/lib/nn.yaml:80:7
%5898 = add %5897, %5896 : f32[64] @ models/lib/nn.yaml:80:7
%5899 = cast %5891 : f64[] @ models/lib/nn.yaml:80:7
%5900 = pow %3629, %5899 : f64[] @ models/lib/nn.yaml:80:7
%5901 = sub %3610, %5900 : f64[] @ models/lib/nn.yaml:80:7
%5902 = div %2151, %5901 : f64[] @ models/lib/nn.yaml:80:7
%5903 = pow %3637, %5899 : f64[] @ models/lib/nn.yaml:80:7
%5904 = sub %3610, %5903 : f64[] @ models/lib/nn.yaml:80:7
%5905 = sqrt %5904 : f64[] @ models/lib/nn.yaml:80:7
%5906 = div %3610, %5905 : f64[] @ models/lib/nn.yaml:80:7
%5907 = sqrt %5898 : f32[64] @ models/lib/nn.yaml:80:7
%5908 = cast %5906 : f32[] @ models/lib/nn.yaml:80:7
%5909 = broadcast %5908 : f32[64] @ models/lib/nn.yaml:80:7
%5910 = mul %5907, %5909 : f32[64] @ models/lib/nn.yaml:80:7
%5911 = add %5910, %3774 : f32[64] @ models/lib/nn.yaml:80:7
%5912 = div %5894, %5911 : f32[64] @ models/lib/nn.yaml:80:7
%5913 = cast %5902 : f32[] @ models/lib/nn.yaml:80:7
%5914 = broadcast %5913 : f32[64] @ models/lib/nn.yaml:80:7
%5915 = mul %5912, %5914 : f32[64] @ models/lib/nn.yaml:80:7
%5916 = sub %50, %5915 : f32[64] @ models/lib/nn.yaml:80:7
%5917 = assign %50, %5916 : f32[64] @ models/lib/nn.yaml:80:7
%5918 = assign %5888, %5894 : f32[64] @ models/lib/nn.yaml:80:7
%5919 = assign %5889, %5898 : f32[64] @ models/lib/nn.yaml:80:7
%5920 = assign %5890, %5891 : i64[] @ models/lib/nn.yaml:80:7
%5921 = mul %112, %3785 : f32[64] @ models/lib/nn.yaml:80:7
%5922 = mul %5916, %3787 : f32[64] @ models/lib/nn.yaml:80:7
%5923 = add %5921, %5922 : f32[64] @ models/lib/nn.yaml:80:7
%5924 = assign %112, %5923 : f32[64] @ models/lib/nn.yaml:80:7
%5925 = all_reduce_sum %3132 : f32[64] @ models/lib/nn.yaml:89:7
%5926 = mul %5925, %5925 : f32[64] @ models/lib/nn.yaml:89:7
%5927 = reduce_sum %5926 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%5928 = sqrt %5927 : f32[] @ models/lib/nn.yaml:89:7
%5929 = cast %5928 : f64[] @ models/lib/nn.yaml:89:7
%5930 = add %5929, %3606 : f64[] @ models/lib/nn.yaml:89:7
%5931 = div %3608, %5930 : f64[] @ models/lib/nn.yaml:89:7
%5932 = lt %5931, %3610 : bool[] @ models/lib/nn.yaml:89:7
%5933 = cast %5931 : f32[] @ models/lib/nn.yaml:89:7
%5934 = broadcast %5933 : f32[64] @ models/lib/nn.yaml:89:7
%5935 = mul %5925, %5934 : f32[64] @ models/lib/nn.yaml:89:7
%5936 = broadcast %5932 : bool[64] @ models/lib/nn.yaml:89:7
%5937 = select %5936, %5935, %5925 : f32[64] @ models/lib/nn.yaml:89:7
%5938 = state name="adam_m.ca_head.norm.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%5939 = state name="adam_v.ca_head.norm.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%5940 = state name="adam_t.ca_head.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5941 = add %5940, %3620 : i64[] @ models/lib/nn.yaml:89:7
%5942 = mul %5937, %3751 : f32[64] @ models/lib/nn.yaml:89:7
%5943 = mul %5938, %3753 : f32[64] @ models/lib/nn.yaml:89:7
%5944 = add %5943, %5942 : f32[64] @ models/lib/nn.yaml:89:7
%5945 = mul %5937, %5937 : f32[64] @ models/lib/nn.yaml:89:7
%5946 = mul %5945, %3757 : f32[64] @ models/lib/nn.yaml:89:7
%5947 = mul %5939, %3759 : f32[64] @ models/lib/nn.yaml:89:7
%5948 = add %5947, %5946 : f32[64] @ models/lib/nn.yaml:89:7
%5949 = cast %5941 : f64[] @ models/lib/nn.yaml:89:7
%5950 = pow %3629, %5949 : f64[] @ models/lib/nn.yaml:89:7
%5951 = sub %3610, %5950 : f64[] @ models/lib/nn.yaml:89:7
%5952 = div %2151, %5951 : f64[] @ models/lib/nn.yaml:89:7
%5953 = pow %3637, %5949 : f64[] @ models/lib/nn.yaml:89:7
%5954 = sub %3610, %5953 : f64[] @ models/lib/nn.yaml:89:7
%5955 = sqrt %5954 : f64[] @ models/lib/nn.yaml:89:7
%5956 = div %3610, %5955 : f64[] @ models/lib/nn.yaml:89:7
%5957 = sqrt %5948 : f32[64] @ models/lib/nn.yaml:89:7
%5958 = cast %5956 : f32[] @ models/lib/nn.yaml:89:7
%5959 = broadcast %5958 : f32[64] @ models/lib/nn.yaml:89:7
%5960 = mul %5957, %5959 : f32[64] @ models/lib/nn.yaml:89:7
%5961 = add %5960, %3774 : f32[64] @ models/lib/nn.yaml:89:7
%5962 = div %5944, %5961 : f32[64] @ models/lib/nn.yaml:89:7
%5963 = cast %5952 : f32[] @ models/lib/nn.yaml:89:7
%5964 = broadcast %5963 : f32[64] @ models/lib/nn.yaml:89:7
%5965 = mul %5962, %5964 : f32[64] @ models/lib/nn.yaml:89:7
%5966 = sub %51, %5965 : f32[64] @ models/lib/nn.yaml:89:7
%5967 = assign %51, %5966 : f32[64] @ models/lib/nn.yaml:89:7
%5968 = assign %5938, %5944 : f32[64] @ models/lib/nn.yaml:89:7
%5969 = assign %5939, %5948 : f32[64] @ models/lib/nn.yaml:89:7
%5970 = assign %5940, %5941 : i64[] @ models/lib/nn.yaml:89:7
%5971 = mul %113, %3785 : f32[64] @ models/lib/nn.yaml:89:7
%5972 = mul %5966, %3787 : f32[64] @ models/lib/nn.yaml:89:7
%5973 = add %5971, %5972 : f32[64] @ models/lib/nn.yaml:89:7
%5974 = assign %113, %5973 : f32[64] @ models/lib/nn.yaml:89:7
%5975 = all_reduce_sum %3126 : f32[64] @ models/lib/nn.yaml:90:7
%5976 = mul %5975, %5975 : f32[64] @ models/lib/nn.yaml:90:7
%5977 = reduce_sum %5976 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%5978 = sqrt %5977 : f32[] @ models/lib/nn.yaml:90:7
%5979 = cast %5978 : f64[] @ models/lib/nn.yaml:90:7
%5980 = add %5979, %3606 : f64[] @ models/lib/nn.yaml:90:7
%5981 = div %3608, %5980 : f64[] @ models/lib/nn.yaml:90:7
%5982 = lt %5981, %3610 : bool[] @ models/lib/nn.yaml:90:7
%5983 = cast %5981 : f32[] @ models/lib/nn.yaml:90:7
%5984 = broadcast %5983 : f32[64] @ models/lib/nn.yaml:90:7
%5985 = mul %5975, %5984 : f32[64] @ models/lib/nn.yaml:90:7
%5986 = broadcast %5982 : bool[64] @ models/lib/nn.yaml:90:7
%5987 = select %5986, %5985, %5975 : f32[64] @ models/lib/nn.yaml:90:7
%5988 = state name="adam_m.ca_head.norm.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%5989 = state name="adam_v.ca_head.norm.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%5990 = state name="adam_t.ca_head.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5991 = add %5990, %3620 : i64[] @ models/lib/nn.yaml:90:7
%5992 = mul %5987, %3751 : f32[64] @ models/lib/nn.yaml:90:7
%5993 = mul %5988, %3753 : f32[64] @ models/lib/nn.yaml:90:7
%5994 = add %5993, %5992 : f32[64] @ models/lib/nn.yaml:90:7
%5995 = mul %5987, %5987 : f32[64] @ models/lib/nn.yaml:90:7
%5996 = mul %5995, %3757 : f32[64] @ models/lib/nn.yaml:90:7
%5997 = mul %5989, %3759 : f32[64] @ models/lib/nn.yaml:90:7
%5998 = add %5997, %5996 : f32[64] @ models/lib/nn.yaml:90:7
%5999 = cast %5991 : f64[] @ models/lib/nn.yaml:90:7
%6000 = pow %3629, %5999 : f64[] @ models/lib/nn.yaml:90:7
%6001 = sub %3610, %6000 : f64[] @ models/lib/nn.yaml:90:7
%6002 = div %2151, %6001 : f64[] @ models/lib/nn.yaml:90:7
%6003 = pow %3637, %5999 : f64[] @ models/lib/nn.yaml:90:7
%6004 = sub %3610, %6003 : f64[] @ models/lib/nn.yaml:90:7
%6005 = sqrt %6004 : f64[] @ models/lib/nn.yaml:90:7
%6006 = div %3610, %6005 : f64[] @ models/lib/nn.yaml:90:7
%6007 = sqrt %5998 : f32[64] @ models/lib/nn.yaml:90:7
%6008 = cast %6006 : f32[] @ models/lib/nn.yaml:90:7
%6009 = broadcast %6008 : f32[64] @ models/lib/nn.yaml:90:7
%6010 = mul %6007, %6009 : f32[64] @ models/lib/nn.yaml:90:7
%6011 = add %6010, %3774 : f32[64] @ models/lib/nn.yaml:90:7
%6012 = div %5994, %6011 : f32[64] @ models/lib/nn.yaml:90:7
%6013 = cast %6002 : f32[] @ models/lib/nn.yaml:90:7
%6014 = broadcast %6013 : f32[64] @ models/lib/nn.yaml:90:7
%6015 = mul %6012, %6014 : f32[64] @ models/lib/nn.yaml:90:7
%6016 = sub %52, %6015 : f32[64] @ models/lib/nn.yaml:90:7
%6017 = assign %52, %6016 : f32[64] @ models/lib/nn.yaml:90:7
%6018 = assign %5988, %5994 : f32[64] @ models/lib/nn.yaml:90:7
%6019 = assign %5989, %5998 : f32[64] @ models/lib/nn.yaml:90:7
%6020 = assign %5990, %5991 : i64[] @ models/lib/nn.yaml:90:7
%6021 = mul %114, %3785 : f32[64] @ models/lib/nn.yaml:90:7
%6022 = mul %6016, %3787 : f32[64] @ models/lib/nn.yaml:90:7
%6023 = add %6021, %6022 : f32[64] @ models/lib/nn.yaml:90:7
%6024 = assign %114, %6023 : f32[64] @ models/lib/nn.yaml:90:7
%6025 = all_reduce_sum %3117 : f32[256,64] @ models/lib/nn.yaml:79:7
%6026 = reshape %6025 : f32[16384] @ models/lib/nn.yaml:79:7
%6027 = mul %6026, %6026 : f32[16384] @ models/lib/nn.yaml:79:7
%6028 = reduce_sum %6027 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6029 = sqrt %6028 : f32[] @ models/lib/nn.yaml:79:7
%6030 = cast %6029 : f64[] @ models/lib/nn.yaml:79:7
%6031 = add %6030, %3606 : f64[] @ models/lib/nn.yaml:79:7
%6032 = div %3608, %6031 : f64[] @ models/lib/nn.yaml:79:7
%6033 = lt %6032, %3610 : bool[] @ models/lib/nn.yaml:79:7
%6034 = cast %6032 : f32[] @ models/lib/nn.yaml:79:7
%6035 = broadcast %6034 : f32[256,64] @ models/lib/nn.yaml:79:7
%6036 = mul %6025, %6035 : f32[256,64] @ models/lib/nn.yaml:79:7
%6037 = broadcast %6033 : bool[256,64] @ models/lib/nn.yaml:79:7
%6038 = select %6037, %6036, %6025 : f32[256,64] @ models/lib/nn.yaml:79:7
%6039 = state name="adam_m.c_head.mlp.0.weight" init="zeros" : f32[256,64] @ models/lib/nn.yaml:79:7
%6040 = state name="adam_v.c_head.mlp.0.weight" init="zeros" : f32[256,64] @ models/lib/nn.yaml:79:7
%6041 = state name="adam_t.c_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6042 = add %6041, %3620 : i64[] @ models/lib/nn.yaml:79:7
%6043 = mul %53, %4236 : f32[256,64] @ models/lib/nn.yaml:79:7
%6044 = mul %6038, %4238 : f32[256,64] @ models/lib/nn.yaml:79:7
%6045 = mul %6039, %4240 : f32[256,64] @ models/lib/nn.yaml:79:7
%6046 = add %6045, %6044 : f32[256,64] @ models/lib/nn.yaml:79:7
%6047 = mul %6038, %6038 : f32[256,64] @ models/lib/nn.yaml:79:7
%6048 = mul %6047, %4244 : f32[256,64] @ models/lib/nn.yaml:79:7
%6049 = mul %6040, %4246 : f32[256,64] @ models/lib/nn.yaml:79:7
%6050 = add %6049, %6048 : f32[256,64] @ models/lib/nn.yaml:79:7
%6051 = cast %6042 : f64[] @ models/lib/nn.yaml:79:7
%6052 = pow %3629, %6051 : f64[] @ models/lib/nn.yaml:79:7
%6053 = sub %3610, %6052 : f64[] @ models/lib/nn.yaml:79:7
%6054 = div %2151, %6053 : f64[] @ models/lib/nn.yaml:79:7
%6055 = pow %3637, %6051 : f64[] @ models/lib/nn.yaml:79:7
%6056 = sub %3610, %6055 : f64[] @ models/lib/nn.yaml:79:7
%6057 = sqrt %6056 : f64[] @ models/lib/nn.yaml:79:7
%6058 = div %3610, %6057 : f64[] @ models/lib/nn.yaml:79:7
%6059 = sqrt %6050 : f32[256,64] @ models/lib/nn.yaml:79:7
%6060 = cast %6058 : f32[] @ models/lib/nn.yaml:79:7
%6061 = broadcast %6060 : f32[256,64] @ models/lib/nn.yaml:79:7
%6062 = mul %6059, %6061 : f32[256,64] @ models/lib/nn.yaml:79:7
%6063 = add %6062, %4261 : f32[256,64] @ models/lib/nn.yaml:79:7
%6064 = div %6046, %6063 : f32[256,64] @ models/lib/nn.yaml:79:7
%6065 = cast %6054 : f32[] @ models/lib/nn.yaml:79:7
%6066 = broadcast %6065 : f32[256,64] @ models/lib/nn.yaml:79:7
%6067 = mul %6064, %6066 : f32[256,64] @ models/lib/nn.yaml:79:7
%6068 = sub %6043, %6067 : f32[256,64] @ models/lib/nn.yaml:79:7
%6069 = assign %53, %6068 : f32[256,64] @ models/lib/nn.yaml:79:7
%6070 = assign %6039, %6046 : f32[256,64] @ models/lib/nn.yaml:79:7
%6071 = assign %6040, %6050 : f32[256,64] @ models/lib/nn.yaml:79:7
%6072 = assign %6041, %6042 : i64[] @ models/lib/nn.yaml:79:7
%6073 = mul %115, %4272 : f32[256,64] @ models/lib/nn.yaml:79:7
%6074 = mul %6068, %4274 : f32[256,64] @ models/lib/nn.yaml:79:7
%6075 = add %6073, %6074 : f32[256,64] @ models/lib/nn.yaml:79:7
%6076 = assign %115, %6075 : f32[256,64] @ models/lib/nn.yaml:79:7
%6077 = all_reduce_sum %3112 : f32[256] @ models/lib/nn.yaml:80:7
%6078 = mul %6077, %6077 : f32[256] @ models/lib/nn.yaml:80:7
%6079 = reduce_sum %6078 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6080 = sqrt %6079 : f32[] @ models/lib/nn.yaml:80:7
%6081 = cast %6080 : f64[] @ models/lib/nn.yaml:80:7
%6082 = add %6081, %3606 : f64[] @ models/lib/nn.yaml:80:7
%6083 = div %3608, %6082 : f64[] @ models/lib/nn.yaml:80:7
%6084 = lt %6083, %3610 : bool[] @ models/lib/nn.yaml:80:7
%6085 = cast %6083 : f32[] @ models/lib/nn.yaml:80:7
%6086 = broadcast %6085 : f32[256] @ models/lib/nn.yaml:80:7
%6087 = mul %6077, %6086 : f32[256] @ models/lib/nn.yaml:80:7
%6088 = broadcast %6084 : bool[256] @ models/lib/nn.yaml:80:7
%6089 = select %6088, %6087, %6077 : f32[256] @ models/lib/nn.yaml:80:7
%6090 = state name="adam_m.c_head.mlp.0.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%6091 = state name="adam_v.c_head.mlp.0.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%6092 = state name="adam_t.c_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6093 = add %6092, %3620 : i64[] @ models/lib/nn.yaml:80:7
%6094 = mul %6089, %4295 : f32[256] @ models/lib/nn.yaml:80:7
%6095 = mul %6090, %4297 : f32[256] @ models/lib/nn.yaml:80:7
%6096 = add %6095, %6094 : f32[256] @ models/lib/nn.yaml:80:7
%6097 = mul %6089, %6089 : f32[256] @ models/lib/nn.yaml:80:7
%6098 = mul %6097, %4301 : f32[256] @ models/lib/nn.yaml:80:7
%6099 = mul %6091, %4303 : f32[256] @ models/lib/nn.yaml:80:7
%6100 = add %6099, %6098 : f32[256] @ models/lib/nn.yaml:80:7
%6101 = cast %6093 : f64[] @ models/lib/nn.yaml:80:7
%6102 = pow %3629, %6101 : f64[] @ models/lib/nn.yaml:80:7
%6103 = sub %3610, %6102 : f64[] @ models/lib/nn.yaml:80:7
%6104 = div %2151, %6103 : f64[] @ models/lib/nn.yaml:80:7
%6105 = pow %3637, %6101 : f64[] @ models/lib/nn.yaml:80:7
%6106 = sub %3610, %6105 : f64[] @ models/lib/nn.yaml:80:7
%6107 = sqrt %6106 : f64[] @ models/lib/nn.yaml:80:7
%6108 = div %3610, %6107 : f64[] @ models/lib/nn.yaml:80:7
%6109 = sqrt %6100 : f32[256] @ models/lib/nn.yaml:80:7
%6110 = cast %6108 : f32[] @ models/lib/nn.yaml:80:7
%6111 = broadcast %6110 : f32[256] @ models/lib/nn.yaml:80:7
%6112 = mul %6109, %6111 : f32[256] @ models/lib/nn.yaml:80:7
%6113 = add %6112, %4318 : f32[256] @ models/lib/nn.yaml:80:7
%6114 = div %6096, %6113 : f32[256] @ models/lib/nn.yaml:80:7
%6115 = cast %6104 : f32[] @ models/lib/nn.yaml:80:7
%6116 = broadcast %6115 : f32[256] @ models/lib/nn.yaml:80:7
%6117 = mul %6114, %6116 : f32[256] @ models/lib/nn.yaml:80:7
%6118 = sub %54, %6117 : f32[256] @ models/lib/nn.yaml:80:7
%6119 = assign %54, %6118 : f32[256] @ models/lib/nn.yaml:80:7
%6120 = assign %6090, %6096 : f32[256] @ models/lib/nn.yaml:80:7
%6121 = assign %6091, %6100 : f32[256] @ models/lib/nn.yaml:80:7
%6122 = assign %6092, %6093 : i64[] @ models/lib/nn.yaml:80:7
%6123 = mul %116, %4329 : f32[256] @ models/lib/nn.yaml:80:7
%6124 = mul %6118, %4331 : f32[256] @ models/lib/nn.yaml:80:7
%6125 = add %6123, %6124 : f32[256] @ models/lib/nn.yaml:80:7
%6126 = assign %116, %6125 : f32[256] @ models/lib/nn.yaml:80:7
%6127 = all_reduce_sum %3094 : f32[256,256] @ models/lib/nn.yaml:79:7
%6128 = reshape %6127 : f32[65536] @ models/lib/nn.yaml:79:7
%6129 = mul %6128, %6128 : f32[65536] @ models/lib/nn.yaml:79:7
%6130 = reduce_sum %6129 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6131 = sqrt %6130 : f32[] @ models/lib/nn.yaml:79:7
%6132 = cast %6131 : f64[] @ models/lib/nn.yaml:79:7
%6133 = add %6132, %3606 : f64[] @ models/lib/nn.yaml:79:7
%6134 = div %3608, %6133 : f64[] @ models/lib/nn.yaml:79:7
%6135 = lt %6134, %3610 : bool[] @ models/lib/nn.yaml:79:7
%6136 = cast %6134 : f32[] @ models/lib/nn.yaml:79:7
%6137 = broadcast %6136 : f32[256,256] @ models/lib/nn.yaml:79:7
%6138 = mul %6127, %6137 : f32[256,256] @ models/lib/nn.yaml:79:7
%6139 = broadcast %6135 : bool[256,256] @ models/lib/nn.yaml:79:7
%6140 = select %6139, %6138, %6127 : f32[256,256] @ models/lib/nn.yaml:79:7
%6141 = state name="adam_m.c_head.mlp.2.weight" init="zeros" : f32[256,256] @ models/lib/nn.yaml:79:7
%6142 = state name="adam_v.c_head.mlp.2.weight" init="zeros" : f32[256,256] @ models/lib/nn.yaml:79:7
%6143 = state name="adam_t.c_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6144 = add %6143, %3620 : i64[] @ models/lib/nn.yaml:79:7
%6145 = broadcast %3624 : f32[256,256] @ models/lib/nn.yaml:79:7
%6146 = mul %55, %6145 : f32[256,256] @ models/lib/nn.yaml:79:7
%6147 = broadcast %1876 : f32[256,256] @ models/lib/nn.yaml:79:7
%6148 = mul %6140, %6147 : f32[256,256] @ models/lib/nn.yaml:79:7
%6149 = broadcast %1276 : f32[256,256] @ models/lib/nn.yaml:79:7
%6150 = mul %6141, %6149 : f32[256,256] @ models/lib/nn.yaml:79:7
%6151 = add %6150, %6148 : f32[256,256] @ models/lib/nn.yaml:79:7
%6152 = mul %6140, %6140 : f32[256,256] @ models/lib/nn.yaml:79:7
%6153 = broadcast %3634 : f32[256,256] @ models/lib/nn.yaml:79:7
%6154 = mul %6152, %6153 : f32[256,256] @ models/lib/nn.yaml:79:7
%6155 = broadcast %3638 : f32[256,256] @ models/lib/nn.yaml:79:7
%6156 = mul %6142, %6155 : f32[256,256] @ models/lib/nn.yaml:79:7
%6157 = add %6156, %6154 : f32[256,256] @ models/lib/nn.yaml:79:7
%6158 = cast %6144 : f64[] @ models/lib/nn.yaml:79:7
%6159 = pow %3629, %6158 : f64[] @ models/lib/nn.yaml:79:7
%6160 = sub %3610, %6159 : f64[] @ models/lib/nn.yaml:79:7
%6161 = div %2151, %6160 : f64[] @ models/lib/nn.yaml:79:7
%6162 = pow %3637, %6158 : f64[] @ models/lib/nn.yaml:79:7
%6163 = sub %3610, %6162 : f64[] @ models/lib/nn.yaml:79:7
%6164 = sqrt %6163 : f64[] @ models/lib/nn.yaml:79:7
%6165 = div %3610, %6164 : f64[] @ models/lib/nn.yaml:79:7
%6166 = sqrt %6157 : f32[256,256] @ models/lib/nn.yaml:79:7
%6167 = cast %6165 : f32[] @ models/lib/nn.yaml:79:7
%6168 = broadcast %6167 : f32[256,256] @ models/lib/nn.yaml:79:7
%6169 = mul %6166, %6168 : f32[256,256] @ models/lib/nn.yaml:79:7
%6170 = broadcast %3654 : f32[256,256] @ models/lib/nn.yaml:79:7
%6171 = add %6169, %6170 : f32[256,256] @ models/lib/nn.yaml:79:7
%6172 = div %6151, %6171 : f32[256,256] @ models/lib/nn.yaml:79:7
%6173 = cast %6161 : f32[] @ models/lib/nn.yaml:79:7
%6174 = broadcast %6173 : f32[256,256] @ models/lib/nn.yaml:79:7
%6175 = mul %6172, %6174 : f32[256,256] @ models/lib/nn.yaml:79:7
%6176 = sub %6146, %6175 : f32[256,256] @ models/lib/nn.yaml:79:7
%6177 = assign %55, %6176 : f32[256,256] @ models/lib/nn.yaml:79:7
%6178 = assign %6141, %6151 : f32[256,256] @ models/lib/nn.yaml:79:7
%6179 = assign %6142, %6157 : f32[256,256] @ models/lib/nn.yaml:79:7
%6180 = assign %6143, %6144 : i64[] @ models/lib/nn.yaml:79:7
%6181 = broadcast %3 : f32[256,256] @ models/lib/nn.yaml:79:7
%6182 = mul %117, %6181 : f32[256,256] @ models/lib/nn.yaml:79:7
%6183 = broadcast %3669 : f32[256,256] @ models/lib/nn.yaml:79:7
%6184 = mul %6176, %6183 : f32[256,256] @ models/lib/nn.yaml:79:7
%6185 = add %6182, %6184 : f32[256,256] @ models/lib/nn.yaml:79:7
%6186 = assign %117, %6185 : f32[256,256] @ models/lib/nn.yaml:79:7
%6187 = all_reduce_sum %3089 : f32[256] @ models/lib/nn.yaml:80:7
%6188 = mul %6187, %6187 : f32[256] @ models/lib/nn.yaml:80:7
%6189 = reduce_sum %6188 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6190 = sqrt %6189 : f32[] @ models/lib/nn.yaml:80:7
%6191 = cast %6190 : f64[] @ models/lib/nn.yaml:80:7
%6192 = add %6191, %3606 : f64[] @ models/lib/nn.yaml:80:7
%6193 = div %3608, %6192 : f64[] @ models/lib/nn.yaml:80:7
%6194 = lt %6193, %3610 : bool[] @ models/lib/nn.yaml:80:7
%6195 = cast %6193 : f32[] @ models/lib/nn.yaml:80:7
%6196 = broadcast %6195 : f32[256] @ models/lib/nn.yaml:80:7
%6197 = mul %6187, %6196 : f32[256] @ models/lib/nn.yaml:80:7
%6198 = broadcast %6194 : bool[256] @ models/lib/nn.yaml:80:7
%6199 = select %6198, %6197, %6187 : f32[256] @ models/lib/nn.yaml:80:7
%6200 = state name="adam_m.c_head.mlp.2.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%6201 = state name="adam_v.c_head.mlp.2.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%6202 = state name="adam_t.c_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6203 = add %6202, %3620 : i64[] @ models/lib/nn.yaml:80:7
%6204 = mul %6199, %4295 : f32[256] @ models/lib/nn.yaml:80:7
%6205 = mul %6200, %4297 : f32[256] @ models/lib/nn.yaml:80:7
%6206 = add %6205, %6204 : f32[256] @ models/lib/nn.yaml:80:7
%6207 = mul %6199, %6199 : f32[256] @ models/lib/nn.yaml:80:7
%6208 = mul %6207, %4301 : f32[256] @ models/lib/nn.yaml:80:7
%6209 = mul %6201, %4303 : f32[256] @ models/lib/nn.yaml:80:7
%6210 = add %6209, %6208 : f32[256] @ models/lib/nn.yaml:80:7
%6211 = cast %6203 : f64[] @ models/lib/nn.yaml:80:7
%6212 = pow %3629, %6211 : f64[] @ models/lib/nn.yaml:80:7
%6213 = sub %3610, %6212 : f64[] @ models/lib/nn.yaml:80:7
%6214 = div %2151, %6213 : f64[] @ models/lib/nn.yaml:80:7
%6215 = pow %3637, %6211 : f64[] @ models/lib/nn.yaml:80:7
%6216 = sub %3610, %6215 : f64[] @ models/lib/nn.yaml:80:7
%6217 = sqrt %6216 : f64[] @ models/lib/nn.yaml:80:7
%6218 = div %3610, %6217 : f64[] @ models/lib/nn.yaml:80:7
%6219 = sqrt %6210 : f32[256] @ models/lib/nn.yaml:80:7
%6220 = cast %6218 : f32[] @ models/lib/nn.yaml:80:7
%6221 = broadcast %6220 : f32[256] @ models/lib/nn.yaml:80:7
%6222 = mul %6219, %6221 : f32[256] @ models/lib/nn.yaml:80:7
%6223 = add %6222, %4318 : f32[256] @ models/lib/nn.yaml:80:7
%6224 = div %6206, %6223 : f32[256] @ models/lib/nn.yaml:80:7
%6225 = cast %6214 : f32[] @ models/lib/nn.yaml:80:7
%6226 = broadcast %6225 : f32[256] @ models/lib/nn.yaml:80:7
%6227 = mul %6224, %6226 : f32[256] @ models/lib/nn.yaml:80:7
%6228 = sub %56, %6227 : f32[256] @ models/lib/nn.yaml:80:7
%6229 = assign %56, %6228 : f32[256] @ models/lib/nn.yaml:80:7
%6230 = assign %6200, %6206 : f32[256] @ models/lib/nn.yaml:80:7
%6231 = assign %6201, %6210 : f32[256] @ models/lib/nn.yaml:80:7
%6232 = assign %6202, %6203 : i64[] @ models/lib/nn.yaml:80:7
%6233 = mul %118, %4329 : f32[256] @ models/lib/nn.yaml:80:7
%6234 = mul %6228, %4331 : f32[256] @ models/lib/nn.yaml:80:7
%6235 = add %6233, %6234 : f32[256] @ models/lib/nn.yaml:80:7
%6236 = assign %118, %6235 : f32[256] @ models/lib/nn.yaml:80:7
%6237 = all_reduce_sum %3071 : f32[64,256] @ models/lib/nn.yaml:79:7
%6238 = reshape %6237 : f32[16384] @ models/lib/nn.yaml:79:7
%6239 = mul %6238, %6238 : f32[16384] @ models/lib/nn.yaml:79:7
%6240 = reduce_sum %6239 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6241 = sqrt %6240 : f32[] @ models/lib/nn.yaml:79:7
%6242 = cast %6241 : f64[] @ models/lib/nn.yaml:79:7
%6243 = add %6242, %3606 : f64[] @ models/lib/nn.yaml:79:7
%6244 = div %3608, %6243 : f64[] @ models/lib/nn.yaml:79:7
%6245 = lt %6244, %3610 : bool[] @ models/lib/nn.yaml:79:7
%6246 = cast %6244 : f32[] @ models/lib/nn.yaml:79:7
%6247 = broadcast %6246 : f32[64,256] @ models/lib/nn.yaml:79:7
%6248 = mul %6237, %6247 : f32[64,256] @ models/lib/nn.yaml:79:7
%6249 = broadcast %6245 : bool[64,256] @ models/lib/nn.yaml:79:7
%6250 = select %6249, %6248, %6237 : f32[64,256] @ models/lib/nn.yaml:79:7
%6251 = state name="adam_m.c_head.mlp.4.weight" init="zeros" : f32[64,256] @ models/lib/nn.yaml:79:7
%6252 = state name="adam_v.c_head.mlp.4.weight" init="zeros" : f32[64,256] @ models/lib/nn.yaml:79:7
%6253 = state name="adam_t.c_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6254 = add %6253, %3620 : i64[] @ models/lib/nn.yaml:79:7
%6255 = mul %57, %4353 : f32[64,256] @ models/lib/nn.yaml:79:7
%6256 = mul %6250, %4355 : f32[64,256] @ models/lib/nn.yaml:79:7
%6257 = mul %6251, %4357 : f32[64,256] @ models/lib/nn.yaml:79:7
%6258 = add %6257, %6256 : f32[64,256] @ models/lib/nn.yaml:79:7
%6259 = mul %6250, %6250 : f32[64,256] @ models/lib/nn.yaml:79:7
%6260 = mul %6259, %4361 : f32[64,256] @ models/lib/nn.yaml:79:7
%6261 = mul %6252, %4363 : f32[64,256] @ models/lib/nn.yaml:79:7
%6262 = add %6261, %6260 : f32[64,256] @ models/lib/nn.yaml:79:7
%6263 = cast %6254 : f64[] @ models/lib/nn.yaml:79:7
%6264 = pow %3629, %6263 : f64[] @ models/lib/nn.yaml:79:7
%6265 = sub %3610, %6264 : f64[] @ models/lib/nn.yaml:79:7
%6266 = div %2151, %6265 : f64[] @ models/lib/nn.yaml:79:7
%6267 = pow %3637, %6263 : f64[] @ models/lib/nn.yaml:79:7
%6268 = sub %3610, %6267 : f64[] @ models/lib/nn.yaml:79:7
%6269 = sqrt %6268 : f64[] @ models/lib/nn.yaml:79:7
%6270 = div %3610, %6269 : f64[] @ models/lib/nn.yaml:79:7
%6271 = sqrt %6262 : f32[64,256] @ models/lib/nn.yaml:79:7
%6272 = cast %6270 : f32[] @ models/lib/nn.yaml:79:7
%6273 = broadcast %6272 : f32[64,256] @ models/lib/nn.yaml:79:7
%6274 = mul %6271, %6273 : f32[64,256] @ models/lib/nn.yaml:79:7
%6275 = add %6274, %4378 : f32[64,256] @ models/lib/nn.yaml:79:7
%6276 = div %6258, %6275 : f32[64,256] @ models/lib/nn.yaml:79:7
%6277 = cast %6266 : f32[] @ models/lib/nn.yaml:79:7
%6278 = broadcast %6277 : f32[64,256] @ models/lib/nn.yaml:79:7
%6279 = mul %6276, %6278 : f32[64,256] @ models/lib/nn.yaml:79:7
%6280 = sub %6255, %6279 : f32[64,256] @ models/lib/nn.yaml:79:7
%6281 = assign %57, %6280 : f32[64,256] @ models/lib/nn.yaml:79:7
%6282 = assign %6251, %6258 : f32[64,256] @ models/lib/nn.yaml:79:7
%6283 = assign %6252, %6262 : f32[64,256] @ models/lib/nn.yaml:79:7
%6284 = assign %6253, %6254 : i64[] @ models/lib/nn.yaml:79:7
%6285 = mul %119, %4389 : f32[64,256] @ models/lib/nn.yaml:79:7
%6286 = mul %6280, %4391 : f32[64,256] @ models/lib/nn.yaml:79:7
%6287 = add %6285, %6286 : f32[64,256] @ models/lib/nn.yaml:79:7
%6288 = assign %119, %6287 : f32[64,256] @ models/lib/nn.yaml:79:7
%6289 = all_reduce_sum %3066 : f32[64] @ models/lib/nn.yaml:80:7
%6290 = mul %6289, %6289 : f32[64] @ models/lib/nn.yaml:80:7
%6291 = reduce_sum %6290 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6292 = sqrt %6291 : f32[] @ models/lib/nn.yaml:80:7
%6293 = cast %6292 : f64[] @ models/lib/nn.yaml:80:7
%6294 = add %6293, %3606 : f64[] @ models/lib/nn.yaml:80:7
%6295 = div %3608, %6294 : f64[] @ models/lib/nn.yaml:80:7
%6296 = lt %6295, %3610 : bool[] @ models/lib/nn.yaml:80:7
%6297 = cast %6295 : f32[] @ models/lib/nn.yaml:80:7
%6298 = broadcast %6297 : f32[64] @ models/lib/nn.yaml:80:7
%6299 = mul %6289, %6298 : f32[64] @ models/lib/nn.yaml:80:7
%6300 = broadcast %6296 : bool[64] @ models/lib/nn.yaml:80:7
%6301 = select %6300, %6299, %6289 : f32[64] @ models/lib/nn.yaml:80:7
%6302 = state name="adam_m.c_head.mlp.4.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6303 = state name="adam_v.c_head.mlp.4.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6304 = state name="adam_t.c_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6305 = add %6304, %3620 : i64[] @ models/lib/nn.yaml:80:7
%6306 = mul %6301, %3751 : f32[64] @ models/lib/nn.yaml:80:7
%6307 = mul %6302, %3753 : f32[64] @ models/lib/nn.yaml:80:7
%6308 = add %6307, %6306 : f32[64] @ models/lib/nn.yaml:80:7
%6309 = mul %6301, %6301 : f32[64] @ models/lib/nn.yaml:80:7
%6310 = mul %6309, %3757 : f32[64] @ models/lib/nn.yaml:80:7
%6311 = mul %6303, %3759 : f32[64] @ models/lib/nn.yaml:80:7
%6312 = add %6311, %6310 : f32[64] @ models/lib/nn.yaml:80:7
%6313 = cast %6305 : f64[] @ models/lib/nn.yaml:80:7
%6314 = pow %3629, %6313 : f64[] @ models/lib/nn.yaml:80:7
%6315 = sub %3610, %6314 : f64[] @ models/lib/nn.yaml:80:7
%6316 = div %2151, %6315 : f64[] @ models/lib/nn.yaml:80:7
%6317 = pow %3637, %6313 : f64[] @ models/lib/nn.yaml:80:7
%6318 = sub %3610, %6317 : f64[] @ models/lib/nn.yaml:80:7
%6319 = sqrt %6318 : f64[] @ models/lib/nn.yaml:80:7
%6320 = div %3610, %6319 : f64[] @ models/lib/nn.yaml:80:7
%6321 = sqrt %6312 : f32[64] @ models/lib/nn.yaml:80:7
%6322 = cast %6320 : f32[] @ models/lib/nn.yaml:80:7
%6323 = broadcast %6322 : f32[64] @ models/lib/nn.yaml:80:7
%6324 = mul %6321, %6323 : f32[64] @ models/lib/nn.yaml:80:7
%6325 = add %6324, %3774 : f32[64] @ models/lib/nn.yaml:80:7
%6326 = div %6308, %6325 : f32[64] @ models/lib/nn.yaml:80:7
%6327 = cast %6316 : f32[] @ models/lib/nn.yaml:80:7
%6328 = broadcast %6327 : f32[64] @ models/lib/nn.yaml:80:7
%6329 = mul %6326, %6328 : f32[64] @ models/lib/nn.yaml:80:7
%6330 = sub %58, %6329 : f32[64] @ models/lib/nn.yaml:80:7
%6331 = assign %58, %6330 : f32[64] @ models/lib/nn.yaml:80:7
%6332 = assign %6302, %6308 : f32[64] @ models/lib/nn.yaml:80:7
%6333 = assign %6303, %6312 : f32[64] @ models/lib/nn.yaml:80:7
%6334 = assign %6304, %6305 : i64[] @ models/lib/nn.yaml:80:7
%6335 = mul %120, %3785 : f32[64] @ models/lib/nn.yaml:80:7
%6336 = mul %6330, %3787 : f32[64] @ models/lib/nn.yaml:80:7
%6337 = add %6335, %6336 : f32[64] @ models/lib/nn.yaml:80:7
%6338 = assign %120, %6337 : f32[64] @ models/lib/nn.yaml:80:7
%6339 = broadcast %3 : f32[65536,1] @ models/lib/dino.yaml:18:7
%6340 = mul %121, %6339 : f32[65536,1] @ models/lib/dino.yaml:18:7
%6341 = broadcast %3669 : f32[65536,1] @ models/lib/dino.yaml:18:7
%6342 = mul %59, %6341 : f32[65536,1] @ models/lib/dino.yaml:18:7
%6343 = add %6340, %6342 : f32[65536,1] @ models/lib/dino.yaml:18:7
%6344 = assign %121, %6343 : f32[65536,1] @ models/lib/dino.yaml:18:7
%6345 = all_reduce_sum %3045 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6346 = reshape %6345 : f32[4194304] @ models/lib/dino.yaml:19:7
%6347 = mul %6346, %6346 : f32[4194304] @ models/lib/dino.yaml:19:7
%6348 = reduce_sum %6347 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%6349 = sqrt %6348 : f32[] @ models/lib/dino.yaml:19:7
%6350 = cast %6349 : f64[] @ models/lib/dino.yaml:19:7
%6351 = add %6350, %3606 : f64[] @ models/lib/dino.yaml:19:7
%6352 = div %3608, %6351 : f64[] @ models/lib/dino.yaml:19:7
%6353 = lt %6352, %3610 : bool[] @ models/lib/dino.yaml:19:7
%6354 = cast %6352 : f32[] @ models/lib/dino.yaml:19:7
%6355 = broadcast %6354 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6356 = mul %6345, %6355 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6357 = broadcast %6353 : bool[65536,64] @ models/lib/dino.yaml:19:7
%6358 = select %6357, %6356, %6345 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6359 = state name="adam_m.c_head.last_layer.weight_v" init="zeros" : f32[65536,64] @ models/lib/dino.yaml:19:7
%6360 = state name="adam_v.c_head.last_layer.weight_v" init="zeros" : f32[65536,64] @ models/lib/dino.yaml:19:7
%6361 = state name="adam_t.c_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%6362 = add %6361, %3620 : i64[] @ models/lib/dino.yaml:19:7
%6363 = broadcast %3624 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6364 = mul %60, %6363 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6365 = broadcast %1876 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6366 = mul %6358, %6365 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6367 = broadcast %1276 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6368 = mul %6359, %6367 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6369 = add %6368, %6366 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6370 = mul %6358, %6358 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6371 = broadcast %3634 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6372 = mul %6370, %6371 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6373 = broadcast %3638 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6374 = mul %6360, %6373 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6375 = add %6374, %6372 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6376 = cast %6362 : f64[] @ models/lib/dino.yaml:19:7
%6377 = pow %3629, %6376 : f64[] @ models/lib/dino.yaml:19:7
%6378 = sub %3610, %6377 : f64[] @ models/lib/dino.yaml:19:7
%6379 = div %2151, %6378 : f64[] @ models/lib/dino.yaml:19:7
%6380 = pow %3637, %6376 : f64[] @ models/lib/dino.yaml:19:7
%6381 = sub %3610, %6380 : f64[] @ models/lib/dino.yaml:19:7
%6382 = sqrt %6381 : f64[] @ models/lib/dino.yaml:19:7
%6383 = div %3610, %6382 : f64[] @ models/lib/dino.yaml:19:7
%6384 = sqrt %6375 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6385 = cast %6383 : f32[] @ models/lib/dino.yaml:19:7
%6386 = broadcast %6385 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6387 = mul %6384, %6386 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6388 = broadcast %3654 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6389 = add %6387, %6388 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6390 = div %6369, %6389 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6391 = cast %6379 : f32[] @ models/lib/dino.yaml:19:7
%6392 = broadcast %6391 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6393 = mul %6390, %6392 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6394 = sub %6364, %6393 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6395 = input name="epoch" : i64[] @ models/lib/dino.yaml:19:7
%6396 = lt %6395, %3620 : bool[] @ models/lib/dino.yaml:19:7
%6397 = broadcast %6396 : bool[65536,64] @ models/lib/dino.yaml:19:7
%6398 = select %6397, %60, %6394 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6399 = select %6397, %6359, %6369 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6400 = select %6397, %6360, %6375 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6401 = select %6396, %6361, %6362 : i64[] @ models/lib/dino.yaml:19:7
%6402 = assign %60, %6398 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6403 = assign %6359, %6399 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6404 = assign %6360, %6400 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6405 = assign %6361, %6401 : i64[] @ models/lib/dino.yaml:19:7
%6406 = broadcast %3 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6407 = mul %122, %6406 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6408 = broadcast %3669 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6409 = mul %6398, %6408 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6410 = add %6407, %6409 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6411 = assign %122, %6410 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6412 = all_reduce_sum %3029 : f32[256,64] @ models/lib/nn.yaml:79:7
%6413 = reshape %6412 : f32[16384] @ models/lib/nn.yaml:79:7
%6414 = mul %6413, %6413 : f32[16384] @ models/lib/nn.yaml:79:7
%6415 = reduce_sum %6414 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6416 = sqrt %6415 : f32[] @ models/lib/nn.yaml:79:7
%6417 = cast %6416 : f64[] @ models/lib/nn.yaml:79:7
%6418 = add %6417, %3606 : f64[] @ models/lib/nn.yaml:79:7
%6419 = div %3608, %6418 : f64[] @ models/lib/nn.yaml:79:7
%6420 = lt %6419, %3610 : bool[] @ models/lib/nn.yaml:79:7
%6421 = cast %6419 : f32[] @ models/lib/nn.yaml:79:7
%6422 = broadcast %6421 : f32[256,64] @ models/lib/nn.yaml:79:7
%6423 = mul %6412, %6422 : f32[256,64] @ models/lib/nn.yaml:79:7
%6424 = broadcast %6420 : bool[256,64] @ models/lib/nn.yaml:79:7
%6425 = select %6424, %6423, %6412 : f32[256,64] @ models/lib/nn.yaml:79:7
%6426 = state name="adam_m.p_head.mlp.0.weight" init="zeros" : f32[256,64] @ models/lib/nn.yaml:79:7
%6427 = state name="adam_v.p_head.mlp.0.weight" init="zeros" : f32[256,64] @ models/lib/nn.yaml:79:7
%6428 = state name="adam_t.p_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6429 = add %6428, %3620 : i64[] @ models/lib/nn.yaml:79:7
%6430 = mul %61, %4236 : f32[256,64] @ models/lib/nn.yaml:79:7
%6431 = mul %6425, %4238 : f32[256,64] @ models/lib/nn.yaml:79:7
%6432 = mul %6426, %4240 : f32[256,64] @ models/lib/nn.yaml:79:7
%6433 = add %6432, %6431 : f32[256,64] @ models/lib/nn.yaml:79:7
%6434 = mul %6425, %6425 : f32[256,64] @ models/lib/nn.yaml:79:7
%6435 = mul %6434, %4244 : f32[256,64] @ models/lib/nn.yaml:79:7
%6436 = mul %6427, %4246 : f32[256,64] @ models/lib/nn.yaml:79:7
%6437 = add %6436, %6435 : f32[256,64] @ models/lib/nn.yaml:79:7
%6438 = cast %6429 : f64[] @ models/lib/nn.yaml:79:7
%6439 = pow %3629, %6438 : f64[] @ models/lib/nn.yaml:79:7
%6440 = sub %3610, %6439 : f64[] @ models/lib/nn.yaml:79:7
%6441 = div %2151, %6440 : f64[] @ models/lib/nn.yaml:79:7
%6442 = pow %3637, %6438 : f64[] @ models/lib/nn.yaml:79:7
%6443 = sub %3610, %6442 : f64[] @ models/lib/nn.yaml:79:7
%6444 = sqrt %6443 : f64[] @ models/lib/nn.yaml:79:7
%6445 = div %3610, %6444 : f64[] @ models/lib/nn.yaml:79:7
%6446 = sqrt %6437 : f32[256,64] @ models/lib/nn.yaml:79:7
%6447 = cast %6445 : f32[] @ models/lib/nn.yaml:79:7
%6448 = broadcast %6447 : f32[256,64] @ models/lib/nn.yaml:79:7
%6449 = mul %6446, %6448 : f32[256,64] @ models/lib/nn.yaml:79:7
%6450 = add %6449, %4261 : f32[256,64] @ models/lib/nn.yaml:79:7
%6451 = div %6433, %6450 : f32[256,64] @ models/lib/nn.yaml:79:7
%6452 = cast %6441 : f32[] @ models/lib/nn.yaml:79:7
%6453 = broadcast %6452 : f32[256,64] @ models/lib/nn.yaml:79:7
%6454 = mul %6451, %6453 : f32[256,64] @ models/lib/nn.yaml:79:7
%6455 = sub %6430, %6454 : f32[256,64] @ models/lib/nn.yaml:79:7
%6456 = assign %61, %6455 : f32[256,64] @ models/lib/nn.yaml:79:7
%6457 = assign %6426, %6433 : f32[256,64] @ models/lib/nn.yaml:79:7
%6458 = assign %6427, %6437 : f32[256,64] @ models/lib/nn.yaml:79:7
%6459 = assign %6428, %6429 : i64[] @ models/lib/nn.yaml:79:7
%6460 = mul %123, %4272 : f32[256,64] @ models/lib/nn.yaml:79:7
%6461 = mul %6455, %4274 : f32[256,64] @ models/lib/nn.yaml:79:7
%6462 = add %6460, %6461 : f32[256,64] @ models/lib/nn.yaml:79:7
%6463 = assign %123, %6462 : f32[256,64] @ models/lib/nn.yaml:79:7
%6464 = all_reduce_sum %3025 : f32[256] @ models/lib/nn.yaml:80:7
%6465 = mul %6464, %6464 : f32[256] @ models/lib/nn.yaml:80:7
%6466 = reduce_sum %6465 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6467 = sqrt %6466 : f32[] @ models/lib/nn.yaml:80:7
%6468 = cast %6467 : f64[] @ models/lib/nn.yaml:80:7
%6469 = add %6468, %3606 : f64[] @ models/lib/nn.yaml:80:7
%6470 = div %3608, %6469 : f64[] @ models/lib/nn.yaml:80:7
%6471 = lt %6470, %3610 : bool[] @ models/lib/nn.yaml:80:7
%6472 = cast %6470 : f32[] @ models/lib/nn.yaml:80:7
%6473 = broadcast %6472 : f32[256] @ models/lib/nn.yaml:80:7
%6474 = mul %6464, %6473 : f32[256] @ models/lib/nn.yaml:80:7
%6475 = broadcast %6471 : bool[256] @ models/lib/nn.yaml:80:7
%6476 = select %6475, %6474, %6464 : f32[256] @ models/lib/nn.yaml:80:7
%6477 = state name="adam_m.p_head.mlp.0.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%6478 = state name="adam_v.p_head.mlp.0.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%6479 = state name="adam_t.p_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6480 = add %6479, %3620 : i64[] @ models/lib/nn.yaml:80:7
%6481 = mul %6476, %4295 : f32[256] @ models/lib/nn.yaml:80:7
%6482 = mul %6477, %4297 : f32[256] @ models/lib/nn.yaml:80:7
%6483 = add %6482, %6481 : f32[256] @ models/lib/nn.yaml:80:7
%6484 = mul %6476, %6476 : f32[256] @ models/lib/nn.yaml:80:7
%6485 = mul %6484, %4301 : f32[256] @ models/lib/nn.yaml:80:7
%6486 = mul %6478, %4303 : f32[256] @ models/lib/nn.yaml:80:7
%6487 = add %6486, %6485 : f32[256] @ models/lib/nn.yaml:80:7
%6488 = cast %6480 : f64[] @ models/lib/nn.yaml:80:7
%6489 = pow %3629, %6488 : f64[] @ models/lib/nn.yaml:80:7
%6490 = sub %3610, %6489 : f64[] @ models/lib/nn.yaml:80:7
%6491 = div %2151, %6490 : f64[] @ models/lib/nn.yaml:80:7
%6492 = pow %3637, %6488 : f64[] @ models/lib/nn.yaml:80:7
%6493 = sub %3610, %6492 : f64[] @ models/lib/nn.yaml:80:7
%6494 = sqrt %6493 : f64[] @ models/lib/nn.yaml:80:7
%6495 = div %3610, %6494 : f64[] @ models/lib/nn.yaml:80:7
%6496 = sqrt %6487 : f32[256] @ models/lib/nn.yaml:80:7
%6497 = cast %6495 : f32[] @ models/lib/nn.yaml:80:7
%6498 = broadcast %6497 : f32[256] @ models/lib/nn.yaml:80:7
%6499 = mul %6496, %6498 : f32[256] @ models/lib/nn.yaml:80:7
%6500 = add %6499, %4318 : f32[256] @ models/lib/nn.yaml:80:7
%6501 = div %6483, %6500 : f32[256] @ models/lib/nn.yaml:80:7
%6502 = cast %6491 : f32[] @ models/lib/nn.yaml:80:7
%6503 = broadcast %6502 : f32[256] @ models/lib/nn.yaml:80:7
%6504 = mul %6501, %6503 : f32[256] @ models/lib/nn.yaml:80:7
%6505 = sub %62, %6504 : f32[256] @ models/lib/nn.yaml:80:7
%6506 = assign %62, %6505 : f32[256] @ models/lib/nn.yaml:80:7
%6507 = assign %6477, %6483 : f32[256] @ models/lib/nn.yaml:80:7
%6508 = assign %6478, %6487 : f32[256] @ models/lib/nn.yaml:80:7
%6509 = assign %6479, %6480 : i64[] @ models/lib/nn.yaml:80:7
%6510 = mul %124, %4329 : f32[256] @ models/lib/nn.yaml:80:7
%6511 = mul %6505, %4331 : f32[256] @ models/lib/nn.yaml:80:7
%6512 = add %6510, %6511 : f32[256] @ models/lib/nn.yaml:80:7
%6513 = assign %124, %6512 : f32[256] @ models/lib/nn.yaml:80:7
%6514 = all_reduce_sum %3003 : f32[256,256] @ models/lib/nn.yaml:79:7
%6515 = reshape %6514 : f32[65536] @ models/lib/nn.yaml:79:7
%6516 = mul %6515, %6515 : f32[65536] @ models/lib/nn.yaml:79:7
%6517 = reduce_sum %6516 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6518 = sqrt %6517 : f32[] @ models/lib/nn.yaml:79:7
%6519 = cast %6518 : f64[] @ models/lib/nn.yaml:79:7
%6520 = add %6519, %3606 : f64[] @ models/lib/nn.yaml:79:7
%6521 = div %3608, %6520 : f64[] @ models/lib/nn.yaml:79:7
%6522 = lt %6521, %3610 : bool[] @ models/lib/nn.yaml:79:7
%6523 = cast %6521 : f32[] @ models/lib/nn.yaml:79:7
%6524 = broadcast %6523 : f32[256,256] @ models/lib/nn.yaml:79:7
%6525 = mul %6514, %6524 : f32[256,256] @ models/lib/nn.yaml:79:7
%6526 = broadcast %6522 : bool[256,256] @ models/lib/nn.yaml:79:7
%6527 = select %6526, %6525, %6514 : f32[256,256] @ models/lib/nn.yaml:79:7
%6528 = state name="adam_m.p_head.mlp.2.weight" init="zeros" : f32[256,256] @ models/lib/nn.yaml:79:7
%6529 = state name="adam_v.p_head.mlp.2.weight" init="zeros" : f32[256,256] @ models/lib/nn.yaml:79:7
%6530 = state name="adam_t.p_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6531 = add %6530, %3620 : i64[] @ models/lib/nn.yaml:79:7
%6532 = mul %63, %6145 : f32[256,256] @ models/lib/nn.yaml:79:7
%6533 = mul %6527, %6147 : f32[256,256] @ models/lib/nn.yaml:79:7
%6534 = mul %6528, %6149 : f32[256,256] @ models/lib/nn.yaml:79:7
%6535 = add %6534, %6533 : f32[256,256] @ models/lib/nn.yaml:79:7
%6536 = mul %6527, %6527 : f32[256,256] @ models/lib/nn.yaml:79:7
%6537 = mul %6536, %6153 : f32[256,256] @ models/lib/nn.yaml:79:7
%6538 = mul %6529, %6155 : f32[256,256] @ models/lib/nn.yaml:79:7
%6539 = add %6538, %6537 : f32[256,256] @ models/lib/nn.yaml:79:7
%6540 = cast %6531 : f64[] @ models/lib/nn.yaml:79:7
%6541 = pow %3629, %6540 : f64[] @ models/lib/nn.yaml:79:7
%6542 = sub %3610, %6541 : f64[] @ models/lib/nn.yaml:79:7
%6543 = div %2151, %6542 : f64[] @ models/lib/nn.yaml:79:7
%6544 = pow %3637, %6540 : f64[] @ models/lib/nn.yaml:79:7
%6545 = sub %3610, %6544 : f64[] @ models/lib/nn.yaml:79:7
%6546 = sqrt %6545 : f64[] @ models/lib/nn.yaml:79:7
%6547 = div %3610, %6546 : f64[] @ models/lib/nn.yaml:79:7
%6548 = sqrt %6539 : f32[256,256] @ models/lib/nn.yaml:79:7
%6549 = cast %6547 : f32[] @ models/lib/nn.yaml:79:7
%6550 = broadcast %6549 : f32[256,256] @ models/lib/nn.yaml:79:7
%6551 = mul %6548, %6550 : f32[256,256] @ models/lib/nn.yaml:79:7
%6552 = add %6551, %6170 : f32[256,256] @ models/lib/nn.yaml:79:7
%6553 = div %6535, %6552 : f32[256,256] @ models/lib/nn.yaml:79:7
%6554 = cast %6543 : f32[] @ models/lib/nn.yaml:79:7
%6555 = broadcast %6554 : f32[256,256] @ models/lib/nn.yaml:79:7
%6556 = mul %6553, %6555 : f32[256,256] @ models/lib/nn.yaml:79:7
%6557 = sub %6532, %6556 : f32[256,256] @ models/lib/nn.yaml:79:7
%6558 = assign %63, %6557 : f32[256,256] @ models/lib/nn.yaml:79:7
%6559 = assign %6528, %6535 : f32[256,256] @ models/lib/nn.yaml:79:7
%6560 = assign %6529, %6539 : f32[256,256] @ models/lib/nn.yaml:79:7
%6561 = assign %6530, %6531 : i64[] @ models/lib/nn.yaml:79:7
%6562 = mul %125, %6181 : f32[256,256] @ models/lib/nn.yaml:79:7
%6563 = mul %6557, %6183 : f32[256,256] @ models/lib/nn.yaml:79:7
%6564 = add %6562, %6563 : f32[256,256] @ models/lib/nn.yaml:79:7
%6565 = assign %125, %6564 : f32[256,256] @ models/lib/nn.yaml:79:7
%6566 = all_reduce_sum %2999 : f32[256] @ models/lib/nn.yaml:80:7
%6567 = mul %6566, %6566 : f32[256] @ models/lib/nn.yaml:80:7
%6568 = reduce_sum %6567 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6569 = sqrt %6568 : f32[] @ models/lib/nn.yaml:80:7
%6570 = cast %6569 : f64[] @ models/lib/nn.yaml:80:7
%6571 = add %6570, %3606 : f64[] @ models/lib/nn.yaml:80:7
%6572 = div %3608, %6571 : f64[] @ models/lib/nn.yaml:80:7
%6573 = lt %6572, %3610 : bool[] @ models/lib/nn.yaml:80:7
%6574 = cast %6572 : f32[] @ models/lib/nn.yaml:80:7
%6575 = broadcast %6574 : f32[256] @ models/lib/nn.yaml:80:7
%6576 = mul %6566, %6575 : f32[256] @ models/lib/nn.yaml:80:7
%6577 = broadcast %6573 : bool[256] @ models/lib/nn.yaml:80:7
%6578 = select %6577, %6576, %6566 : f32[256] @ models/lib/nn.yaml:80:7
%6579 = state name="adam_m.p_head.mlp.2.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%6580 = state name="adam_v.p_head.mlp.2.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%6581 = state name="adam_t.p_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6582 = add %6581, %3620 : i64[] @ models/lib/nn.yaml:80:7
%6583 = mul %6578, %4295 : f32[256] @ models/lib/nn.yaml:80:7
%6584 = mul %6579, %4297 : f32[256] @ models/lib/nn.yaml:80:7
%6585 = add %6584, %6583 : f32[256] @ models/lib/nn.yaml:80:7
%6586 = mul %6578, %6578 : f32[256] @ models/lib/nn.yaml:80:7
%6587 = mul %6586, %4301 : f32[256] @ models/lib/nn.yaml:80:7
%6588 = mul %6580, %4303 : f32[256] @ models/lib/nn.yaml:80:7
%6589 = add %6588, %6587 : f32[256] @ models/lib/nn.yaml:80:7
%6590 = cast %6582 : f64[] @ models/lib/nn.yaml:80:7
%6591 = pow %3629, %6590 : f64[] @ models/lib/nn.yaml:80:7
%6592 = sub %3610, %6591 : f64[] @ models/lib/nn.yaml:80:7
%6593 = div %2151, %6592 : f64[] @ models/lib/nn.yaml:80:7
%6594 = pow %3637, %6590 : f64[] @ models/lib/nn.yaml:80:7
%6595 = sub %3610, %6594 : f64[] @ models/lib/nn.yaml:80:7
%6596 = sqrt %6595 : f64[] @ models/lib/nn.yaml:80:7
%6597 = div %3610, %6596 : f64[] @ models/lib/nn.yaml:80:7
%6598 = sqrt %6589 : f32[256] @ models/lib/nn.yaml:80:7
%6599 = cast %6597 : f32[] @ models/lib/nn.yaml:80:7
%6600 = broadcast %6599 : f32[256] @ models/lib/nn.yaml:80:7
%6601 = mul %6598, %6600 : f32[256] @ models/lib/nn.yaml:80:7
%6602 = add %6601, %4318 : f32[256] @ models/lib/nn.yaml:80:7
%6603 = div %6585, %6602 : f32[256] @ models/lib/nn.yaml:80:7
%6604 = cast %6593 : f32[] @ models/lib/nn.yaml:80:7
%6605 = broadcast %6604 : f32[256] @ models/lib/nn.yaml:80:7
%6606 = mul %6603, %6605 : f32[256] @ models/lib/nn.yaml:80:7
%6607 = sub %64, %6606 : f32[256] @ models/lib/nn.yaml:80:7
%6608 = assign %64, %6607 : f32[256] @ models/lib/nn.yaml:80:7
%6609 = assign %6579, %6585 : f32[256] @ models/lib/nn.yaml:80:7
%6610 = assign %6580, %6589 : f32[256] @ models/lib/nn.yaml:80:7
%6611 = assign %6581, %6582 : i64[] @ models/lib/nn.yaml:80:7
%6612 = mul %126, %4329 : f32[256] @ models/lib/nn.yaml:80:7
%6613 = mul %6607, %4331 : f32[256] @ models/lib/nn.yaml:80:7
%6614 = add %6612, %6613 : f32[256] @ models/lib/nn.yaml:80:7
%6615 = assign %126, %6614 : f32[256] @ models/lib/nn.yaml:80:7
%6616 = all_reduce_sum %2976 : f32[64,256] @ models/lib/nn.yaml:79:7
%6617 = reshape %6616 : f32[16384] @ models/lib/nn.yaml:79:7
%6618 = mul %6617, %6617 : f32[16384] @ models/lib/nn.yaml:79:7
%6619 = reduce_sum %6618 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6620 = sqrt %6619 : f32[] @ models/lib/nn.yaml:79:7
%6621 = cast %6620 : f64[] @ models/lib/nn.yaml:79:7
%6622 = add %6621, %3606 : f64[] @ models/lib/nn.yaml:79:7
%6623 = div %3608, %6622 : f64[] @ models/lib/nn.yaml:79:7
%6624 = lt %6623, %3610 : bool[] @ models/lib/nn.yaml:79:7
%6625 = cast %6623 : f32[] @ models/lib/nn.yaml:79:7
%6626 = broadcast %6625 : f32[64,256] @ models/lib/nn.yaml:79:7
%6627 = mul %6616, %6626 : f32[64,256] @ models/lib/nn.yaml:79:7
%6628 = broadcast %6624 : bool[64,256] @ models/lib/nn.yaml:79:7
%6629 = select %6628, %6627, %6616 : f32[64,256] @ models/lib/nn.yaml:79:7
%6630 = state name="adam_m.p_head.mlp.4.weight" init="zeros" : f32[64,256] @ models/lib/nn.yaml:79:7
%6631 = state name="adam_v.p_head.mlp.4.weight" init="zeros" : f32[64,256] @ models/lib/nn.yaml:79:7
%6632 = state name="adam_t.p_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6633 = add %6632, %3620 : i64[] @ models/lib/nn.yaml:79:7
%6634 = mul %65, %4353 : f32[64,256] @ models/lib/nn.yaml:79:7
%6635 = mul %6629, %4355 : f32[64,256] @ models/lib/nn.yaml:79:7
%6636 = mul %6630, %4357 : f32[64,256] @ models/lib/nn.yaml:79:7
%6637 = add %6636, %6635 : f32[64,256] @ models/lib/nn.yaml:79:7
%6638 = mul %6629, %6629 : f32[64,256] @ models/lib/nn.yaml:79:7
%6639 = mul %6638, %4361 : f32[64,256] @ models/lib/nn.yaml:79:7
%6640 = mul %6631, %4363 : f32[64,256] @ models/lib/nn.yaml:79:7
%6641 = add %6640, %6639 : f32[64,256] @ models/lib/nn.yaml:79:7
%6642 = cast %6633 : f64[] @ models/lib/nn.yaml:79:7
%6643 = pow %3629, %6642 : f64[] @ models/lib/nn.yaml:79:7
%6644 = sub %3610, %6643 : f64[] @ models/lib/nn.yaml:79:7
%6645 = div %2151, %6644 : f64[] @ models/lib/nn.yaml:79:7
%6646 = pow %3637, %6642 : f64[] @ models/lib/nn.yaml:79:7
%6647 = sub %3610, %6646 : f64[] @ models/lib/nn.yaml:79:7
%6648 = sqrt %6647 : f64[] @ models/lib/nn.yaml:79:7
%6649 = div %3610, %6648 : f64[] @ models/lib/nn.yaml:79:7
%6650 = sqrt %6641 : f32[64,256] @ models/lib/nn.yaml:79:7
%6651 = cast %6649 : f32[] @ models/lib/nn.yaml:79:7
%6652 = broadcast %6651 : f32[64,256] @ models/lib/nn.yaml:79:7
%6653 = mul %6650, %6652 : f32[64,256] @ models/lib/nn.yaml:79:7
%6654 = add %6653, %4378 : f32[64,256] @ models/lib/nn.yaml:79:7
%6655 = div %6637, %6654 : f32[64,256] @ models/lib/nn.yaml:79:7
%6656 = cast %6645 : f32[] @ models/lib/nn.yaml:79:7
%6657 = broadcast %6656 : f32[64,256] @ models/lib/nn.yaml:79:7
%6658 = mul %6655, %6657 : f32[64,256] @ models/lib/nn.yaml:79:7
%6659 = sub %6634, %6658 : f32[64,256] @ models/lib/nn.yaml:79:7
%6660 = assign %65, %6659 : f32[64,256] @ models/lib/nn.yaml:79:7
%6661 = assign %6630, %6637 : f32[64,256] @ models/lib/nn.yaml:79:7
%6662 = assign %6631, %6641 : f32[64,256] @ models/lib/nn.yaml:79:7
%6663 = assign %6632, %6633 : i64[] @ models/lib/nn.yaml:79:7
%6664 = mul %127, %4389 : f32[64,256] @ models/lib/nn.yaml:79:7
%6665 = mul %6659, %4391 : f32[64,256] @ models/lib/nn.yaml:79:7
%6666 = add %6664, %6665 : f32[64,256] @ models/lib/nn.yaml:79:7
%6667 = assign %127, %6666 : f32[64,256] @ models/lib/nn.yaml:79:7
%6668 = all_reduce_sum %2972 : f32[64] @ models/lib/nn.yaml:80:7
%6669 = mul %6668, %6668 : f32[64] @ models/lib/nn.yaml:80:7
%6670 = reduce_sum %6669 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6671 = sqrt %6670 : f32[] @ models/lib/nn.yaml:80:7
%6672 = cast %6671 : f64[] @ models/lib/nn.yaml:80:7
%6673 = add %6672, %3606 : f64[] @ models/lib/nn.yaml:80:7
%6674 = div %3608, %6673 : f64[] @ models/lib/nn.yaml:80:7
%6675 = lt %6674, %3610 : bool[] @ models/lib/nn.yaml:80:7
%6676 = cast %6674 : f32[] @ models/lib/nn.yaml:80:7
%6677 = broadcast %6676 : f32[64] @ models/lib/nn.yaml:80:7
%6678 = mul %6668, %6677 : f32[64] @ models/lib/nn.yaml:80:7
%6679 = broadcast %6675 : bool[64] @ models/lib/nn.yaml:80:7
%6680 = select %6679, %6678, %6668 : f32[64] @ models/lib/nn.yaml:80:7
%6681 = state name="adam_m.p_head.mlp.4.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6682 = state name="adam_v.p_head.mlp.4.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6683 = state name="adam_t.p_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6684 = add %6683, %3620 : i64[] @ models/lib/nn.yaml:80:7
%6685 = mul %6680, %3751 : f32[64] @ models/lib/nn.yaml:80:7
%6686 = mul %6681, %3753 : f32[64] @ models/lib/nn.yaml:80:7
%6687 = add %6686, %6685 : f32[64] @ models/lib/nn.yaml:80:7
%6688 = mul %6680, %6680 : f32[64] @ models/lib/nn.yaml:80:7
%6689 = mul %6688, %3757 : f32[64] @ models/lib/nn.yaml:80:7
%6690 = mul %6682, %3759 : f32[64] @ models/lib/nn.yaml:80:7
%6691 = add %6690, %6689 : f32[64] @ models/lib/nn.yaml:80:7
%6692 = cast %6684 : f64[] @ models/lib/nn.yaml:80:7
%6693 = pow %3629, %6692 : f64[] @ models/lib/nn.yaml:80:7
%6694 = sub %3610, %6693 : f64[] @ models/lib/nn.yaml:80:7
%6695 = div %2151, %6694 : f64[] @ models/lib/nn.yaml:80:7
%6696 = pow %3637, %6692 : f64[] @ models/lib/nn.yaml:80:7
%6697 = sub %3610, %6696 : f64[] @ models/lib/nn.yaml:80:7
%6698 = sqrt %6697 : f64[] @ models/lib/nn.yaml:80:7
%6699 = div %3610, %6698 : f64[] @ models/lib/nn.yaml:80:7
%6700 = sqrt %6691 : f32[64] @ models/lib/nn.yaml:80:7
%6701 = cast %6699 : f32[] @ models/lib/nn.yaml:80:7
%6702 = broadcast %6701 : f32[64] @ models/lib/nn.yaml:80:7
%6703 = mul %6700, %6702 : f32[64] @ models/lib/nn.yaml:80:7
%6704 = add %6703, %3774 : f32[64] @ models/lib/nn.yaml:80:7
%6705 = div %6687, %6704 : f32[64] @ models/lib/nn.yaml:80:7
%6706 = cast %6695 : f32[] @ models/lib/nn.yaml:80:7
%6707 = broadcast %6706 : f32[64] @ models/lib/nn.yaml:80:7
%6708 = mul %6705, %6707 : f32[64] @ models/lib/nn.yaml:80:7
%6709 = sub %66, %6708 : f32[64] @ models/lib/nn.yaml:80:7
%6710 = assign %66, %6709 : f32[64] @ models/lib/nn.yaml:80:7
%6711 = assign %6681, %6687 : f32[64] @ models/lib/nn.yaml:80:7
%6712 = assign %6682, %6691 : f32[64] @ models/lib/nn.yaml:80:7
%6713 = assign %6683, %6684 : i64[] @ models/lib/nn.yaml:80:7
%6714 = mul %128, %3785 : f32[64] @ models/lib/nn.yaml:80:7
%6715 = mul %6709, %3787 : f32[64] @ models/lib/nn.yaml:80:7
%6716 = add %6714, %6715 : f32[64] @ models/lib/nn.yaml:80:7
%6717 = assign %128, %6716 : f32[64] @ models/lib/nn.yaml:80:7
%6718 = broadcast %3 : f32[4096,1] @ models/lib/dino.yaml:18:7
%6719 = mul %129, %6718 : f32[4096,1] @ models/lib/dino.yaml:18:7
%6720 = broadcast %3669 : f32[4096,1] @ models/lib/dino.yaml:18:7
%6721 = mul %67, %6720 : f32[4096,1] @ models/lib/dino.yaml:18:7
%6722 = add %6719, %6721 : f32[4096,1] @ models/lib/dino.yaml:18:7
%6723 = assign %129, %6722 : f32[4096,1] @ models/lib/dino.yaml:18:7
%6724 = all_reduce_sum %2946 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6725 = reshape %6724 : f32[262144] @ models/lib/dino.yaml:19:7
%6726 = mul %6725, %6725 : f32[262144] @ models/lib/dino.yaml:19:7
%6727 = reduce_sum %6726 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%6728 = sqrt %6727 : f32[] @ models/lib/dino.yaml:19:7
%6729 = cast %6728 : f64[] @ models/lib/dino.yaml:19:7
%6730 = add %6729, %3606 : f64[] @ models/lib/dino.yaml:19:7
%6731 = div %3608, %6730 : f64[] @ models/lib/dino.yaml:19:7
%6732 = lt %6731, %3610 : bool[] @ models/lib/dino.yaml:19:7
%6733 = cast %6731 : f32[] @ models/lib/dino.yaml:19:7
%6734 = broadcast %6733 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6735 = mul %6724, %6734 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6736 = broadcast %6732 : bool[4096,64] @ models/lib/dino.yaml:19:7
%6737 = select %6736, %6735, %6724 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6738 = state name="adam_m.p_head.last_layer.weight_v" init="zeros" : f32[4096,64] @ models/lib/dino.yaml:19:7
%6739 = state name="adam_v.p_head.last_layer.weight_v" init="zeros" : f32[4096,64] @ models/lib/dino.yaml:19:7
%6740 = state name="adam_t.p_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%6741 = add %6740, %3620 : i64[] @ models/lib/dino.yaml:19:7
%6742 = broadcast %3624 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6743 = mul %68, %6742 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6744 = broadcast %1876 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6745 = mul %6737, %6744 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6746 = broadcast %1276 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6747 = mul %6738, %6746 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6748 = add %6747, %6745 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6749 = mul %6737, %6737 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6750 = broadcast %3634 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6751 = mul %6749, %6750 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6752 = broadcast %3638 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6753 = mul %6739, %6752 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6754 = add %6753, %6751 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6755 = cast %6741 : f64[] @ models/lib/dino.yaml:19:7
%6756 = pow %3629, %6755 : f64[] @ models/lib/dino.yaml:19:7
%6757 = sub %3610, %6756 : f64[] @ models/lib/dino.yaml:19:7
%6758 = div %2151, %6757 : f64[] @ models/lib/dino.yaml:19:7
%6759 = pow %3637, %6755 : f64[] @ models/lib/dino.yaml:19:7
%6760 = sub %3610, %6759 : f64[] @ models/lib/dino.yaml:19:7
%6761 = sqrt %6760 : f64[] @ models/lib/dino.yaml:19:7
%6762 = div %3610, %6761 : f64[] @ models/lib/dino.yaml:19:7
%6763 = sqrt %6754 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6764 = cast %6762 : f32[] @ models/lib/dino.yaml:19:7
%6765 = broadcast %6764 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6766 = mul %6763, %6765 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6767 = broadcast %3654 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6768 = add %6766, %6767 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6769 = div %6748, %6768 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6770 = cast %6758 : f32[] @ models/lib/dino.yaml:19:7
%6771 = broadcast %6770 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6772 = mul %6769, %6771 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6773 = sub %6743, %6772 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6774 = broadcast %6396 : bool[4096,64] @ models/lib/dino.yaml:19:7
%6775 = select %6774, %68, %6773 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6776 = select %6774, %6738, %6748 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6777 = select %6774, %6739, %6754 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6778 = select %6396, %6740, %6741 : i64[] @ models/lib/dino.yaml:19:7
%6779 = assign %68, %6775 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6780 = assign %6738, %6776 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6781 = assign %6739, %6777 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6782 = assign %6740, %6778 : i64[] @ models/lib/dino.yaml:19:7
%6783 = broadcast %3 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6784 = mul %130, %6783 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6785 = broadcast %3669 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6786 = mul %6775, %6785 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6787 = add %6784, %6786 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6788 = assign %130, %6787 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6789 = const data=[inf] : f32[] @ models/dino_pass.yaml:149:3
%6790 = abs %2114 : f32[] @ models/dino_pass.yaml:149:3
%6791 = lt %6790, %6789 : bool[] @ models/dino_pass.yaml:149:3
%6792 = output %6791 name="finite" : bool[] @ models/dino_pass.yaml:149:3
