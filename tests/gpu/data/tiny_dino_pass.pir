graph "models/tiny_dino_pass.yaml"
%1 = input name="sched.lr" : f32[] @ models/dino_pass.yaml:123:3
%2 = input name="sched.wd" : f32[] @ models/dino_pass.yaml:124:3
%3 = input name="sched.momentum" : f32[] @ models/dino_pass.yaml:125:3
%4 = input name="sched.temp_t" : f32[] @ models/dino_pass.yaml:126:3
%5 = input name="crops.global" : f32[4,3,16,16] @ models/dino_pass.yaml:117:3
%6 = input name="crops.local" : f32[4,3,12,12] @ models/dino_pass.yaml:119:3
%7 = param name="backbone.pos_embed" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%8 = param name="backbone.patch_embed.proj.weight" init="uniform_fan_in(48)" tags=[] frozen_epochs=0 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%9 = param name="backbone.patch_embed.proj.bias" init="uniform_fan_in(48)" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/vit.yaml:10:7
%10 = param name="backbone.blocks.0.norm1.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:89:7
%11 = param name="backbone.blocks.0.norm1.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:90:7
%12 = param name="backbone.blocks.0.attn.qkv.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[48,16] @ models/lib/nn.yaml:79:7
%13 = param name="backbone.blocks.0.attn.qkv.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[48] @ models/lib/nn.yaml:80:7
%14 = param name="backbone.blocks.0.attn.proj.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,16] @ models/lib/nn.yaml:79:7
%15 = param name="backbone.blocks.0.attn.proj.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%16 = param name="backbone.blocks.0.norm2.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:89:7
%17 = param name="backbone.blocks.0.norm2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:90:7
%18 = param name="backbone.blocks.0.mlp.fc1.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[64,16] @ models/lib/nn.yaml:79:7
%19 = param name="backbone.blocks.0.mlp.fc1.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:80:7
%20 = param name="backbone.blocks.0.mlp.fc2.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,64] @ models/lib/nn.yaml:79:7
%21 = param name="backbone.blocks.0.mlp.fc2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%22 = param name="backbone.blocks.1.norm1.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:89:7
%23 = param name="backbone.blocks.1.norm1.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:90:7
%24 = param name="backbone.blocks.1.attn.qkv.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[48,16] @ models/lib/nn.yaml:79:7
%25 = param name="backbone.blocks.1.attn.qkv.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[48] @ models/lib/nn.yaml:80:7
%26 = param name="backbone.blocks.1.attn.proj.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,16] @ models/lib/nn.yaml:79:7
%27 = param name="backbone.blocks.1.attn.proj.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%28 = param name="backbone.blocks.1.norm2.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:89:7
%29 = param name="backbone.blocks.1.norm2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:90:7
%30 = param name="backbone.blocks.1.mlp.fc1.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[64,16] @ models/lib/nn.yaml:79:7
%31 = param name="backbone.blocks.1.mlp.fc1.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:80:7
%32 = param name="backbone.blocks.1.mlp.fc2.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,64] @ models/lib/nn.yaml:79:7
%33 = param name="backbone.blocks.1.mlp.fc2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%34 = param name="ca_head.cls_token" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%35 = param name="ca_head.cls_blocks.0.norm1.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:89:7
%36 = param name="ca_head.cls_blocks.0.norm1.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:90:7
%37 = param name="ca_head.cls_blocks.0.attn.q.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,16] @ models/lib/nn.yaml:79:7
%38 = param name="ca_head.cls_blocks.0.attn.q.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%39 = param name="ca_head.cls_blocks.0.attn.k.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,16] @ models/lib/nn.yaml:79:7
%40 = param name="ca_head.cls_blocks.0.attn.k.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%41 = param name="ca_head.cls_blocks.0.attn.v.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,16] @ models/lib/nn.yaml:79:7
%42 = param name="ca_head.cls_blocks.0.attn.v.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%43 = param name="ca_head.cls_blocks.0.attn.proj.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,16] @ models/lib/nn.yaml:79:7
%44 = param name="ca_head.cls_blocks.0.attn.proj.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%45 = param name="ca_head.cls_blocks.0.norm2.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:89:7
%46 = param name="ca_head.cls_blocks.0.norm2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:90:7
%47 = param name="ca_head.cls_blocks.0.mlp.fc1.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[64,16] @ models/lib/nn.yaml:79:7
%48 = param name="ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:80:7
%49 = param name="ca_head.cls_blocks.0.mlp.fc2.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,64] @ models/lib/nn.yaml:79:7
%50 = param name="ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%51 = param name="ca_head.cls_blocks.1.norm1.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:89:7
%52 = param name="ca_head.cls_blocks.1.norm1.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:90:7
%53 = param name="ca_head.cls_blocks.1.attn.q.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,16] @ models/lib/nn.yaml:79:7
%54 = param name="ca_head.cls_blocks.1.attn.q.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%55 = param name="ca_head.cls_blocks.1.attn.k.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,16] @ models/lib/nn.yaml:79:7
%56 = param name="ca_head.cls_blocks.1.attn.k.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%57 = param name="ca_head.cls_blocks.1.attn.v.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,16] @ models/lib/nn.yaml:79:7
%58 = param name="ca_head.cls_blocks.1.attn.v.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%59 = param name="ca_head.cls_blocks.1.attn.proj.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,16] @ models/lib/nn.yaml:79:7
%60 = param name="ca_head.cls_blocks.1.attn.proj.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%61 = param name="ca_head.cls_blocks.1.norm2.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:89:7
%62 = param name="ca_head.cls_blocks.1.norm2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:90:7
%63 = param name="ca_head.cls_blocks.1.mlp.fc1.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[64,16] @ models/lib/nn.yaml:79:7
%64 = param name="ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:80:7
%65 = param name="ca_head.cls_blocks.1.mlp.fc2.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,64] @ models/lib/nn.yaml:79:7
%66 = param name="ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%67 = param name="ca_head.norm.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:89:7
%68 = param name="ca_head.norm.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:90:7
%69 = param name="c_head.mlp.0.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[24,16] @ models/lib/nn.yaml:79:7
%70 = param name="c_head.mlp.0.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[24] @ models/lib/nn.yaml:80:7
%71 = param name="c_head.mlp.2.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[24,24] @ models/lib/nn.yaml:79:7
%72 = param name="c_head.mlp.2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[24] @ models/lib/nn.yaml:80:7
%73 = param name="c_head.mlp.4.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[8,24] @ models/lib/nn.yaml:79:7
%74 = param name="c_head.mlp.4.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[8] @ models/lib/nn.yaml:80:7
%75 = param name="c_head.last_layer.weight_g" init="ones" tags=[frozen] frozen_epochs=1 : f32[32,1] @ models/lib/dino.yaml:18:7
%76 = param name="c_head.last_layer.weight_v" init="uniform_fan_in(8)" tags=[] frozen_epochs=1 : f32[32,8] @ models/lib/dino.yaml:19:7
%77 = param name="p_head.mlp.0.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[24,16] @ models/lib/nn.yaml:79:7
%78 = param name="p_head.mlp.0.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[24] @ models/lib/nn.yaml:80:7
%79 = param name="p_head.mlp.2.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[24,24] @ models/lib/nn.yaml:79:7
%80 = param name="p_head.mlp.2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[24] @ models/lib/nn.yaml:80:7
%81 = param name="p_head.mlp.4.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[8,24] @ models/lib/nn.yaml:79:7
%82 = param name="p_head.mlp.4.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[8] @ models/lib/nn.yaml:80:7
%83 = param name="p_head.last_layer.weight_g" init="ones" tags=[frozen] frozen_epochs=1 : f32[16,1] @ models/lib/dino.yaml:18:7
%84 = param name="p_head.last_layer.weight_v" init="uniform_fan_in(8)" tags=[] frozen_epochs=1 : f32[16,8] @ models/lib/dino.yaml:19:7
%85 = state name="teacher.backbone.pos_embed" init="copy(backbone.pos_embed)" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%86 = state name="teacher.backbone.patch_embed.proj.weight" init="copy(backbone.patch_embed.proj.weight)" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%87 = state name="teacher.backbone.patch_embed.proj.bias" init="copy(backbone.patch_embed.proj.bias)" : f32[16] @ models/lib/vit.yaml:10:7
%88 = state name="teacher.backbone.blocks.0.norm1.weight" init="copy(backbone.blocks.0.norm1.weight)" : f32[16] @ models/lib/nn.yaml:89:7
%89 = state name="teacher.backbone.blocks.0.norm1.bias" init="copy(backbone.blocks.0.norm1.bias)" : f32[16] @ models/lib/nn.yaml:90:7
%90 = state name="teacher.backbone.blocks.0.attn.qkv.weight" init="copy(backbone.blocks.0.attn.qkv.weight)" : f32[48,16] @ models/lib/nn.yaml:79:7
%91 = state name="teacher.backbone.blocks.0.attn.qkv.bias" init="copy(backbone.blocks.0.attn.qkv.bias)" : f32[48] @ models/lib/nn.yaml:80:7
%92 = state name="teacher.backbone.blocks.0.attn.proj.weight" init="copy(backbone.blocks.0.attn.proj.weight)" : f32[16,16] @ models/lib/nn.yaml:79:7
%93 = state name="teacher.backbone.blocks.0.attn.proj.bias" init="copy(backbone.blocks.0.attn.proj.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%94 = state name="teacher.backbone.blocks.0.norm2.weight" init="copy(backbone.blocks.0.norm2.weight)" : f32[16] @ models/lib/nn.yaml:89:7
%95 = state name="teacher.backbone.blocks.0.norm2.bias" init="copy(backbone.blocks.0.norm2.bias)" : f32[16] @ models/lib/nn.yaml:90:7
%96 = state name="teacher.backbone.blocks.0.mlp.fc1.weight" init="copy(backbone.blocks.0.mlp.fc1.weight)" : f32[64,16] @ models/lib/nn.yaml:79:7
%97 = state name="teacher.backbone.blocks.0.mlp.fc1.bias" init="copy(backbone.blocks.0.mlp.fc1.bias)" : f32[64] @ models/lib/nn.yaml:80:7
%98 = state name="teacher.backbone.blocks.0.mlp.fc2.weight" init="copy(backbone.blocks.0.mlp.fc2.weight)" : f32[16,64] @ models/lib/nn.yaml:79:7
%99 = state name="teacher.backbone.blocks.0.mlp.fc2.bias" init="copy(backbone.blocks.0.mlp.fc2.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%100 = state name="teacher.backbone.blocks.1.norm1.weight" init="copy(backbone.blocks.1.norm1.weight)" : f32[16] @ models/lib/nn.yaml:89:7
%101 = state name="teacher.backbone.blocks.1.norm1.bias" init="copy(backbone.blocks.1.norm1.bias)" : f32[16] @ models/lib/nn.yaml:90:7
%102 = state name="teacher.backbone.blocks.1.attn.qkv.weight" init="copy(backbone.blocks.1.attn.qkv.weight)" : f32[48,16] @ models/lib/nn.yaml:79:7
%103 = state name="teacher.backbone.blocks.1.attn.qkv.bias" init="copy(backbone.blocks.1.attn.qkv.bias)" : f32[48] @ models/lib/nn.yaml:80:7
%104 = state name="teacher.backbone.blocks.1.attn.proj.weight" init="copy(backbone.blocks.1.attn.proj.weight)" : f32[16,16] @ models/lib/nn.yaml:79:7
%105 = state name="teacher.backbone.blocks.1.attn.proj.bias" init="copy(backbone.blocks.1.attn.proj.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%106 = state name="teacher.backbone.blocks.1.norm2.weight" init="copy(backbone.blocks.1.norm2.weight)" : f32[16] @ models/lib/nn.yaml:89:7
%107 = state name="teacher.backbone.blocks.1.norm2.bias" init="copy(backbone.blocks.1.norm2.bias)" : f32[16] @ models/lib/nn.yaml:90:7
%108 = state name="teacher.backbone.blocks.1.mlp.fc1.weight" init="copy(backbone.blocks.1.mlp.fc1.weight)" : f32[64,16] @ models/lib/nn.yaml:79:7
%109 = state name="teacher.backbone.blocks.1.mlp.fc1.bias" init="copy(backbone.blocks.1.mlp.fc1.bias)" : f32[64] @ models/lib/nn.yaml:80:7
%110 = state name="teacher.backbone.blocks.1.mlp.fc2.weight" init="copy(backbone.blocks.1.mlp.fc2.weight)" : f32[16,64] @ models/lib/nn.yaml:79:7
%111 = state name="teacher.backbone.blocks.1.mlp.fc2.bias" init="copy(backbone.blocks.1.mlp.fc2.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%112 = state name="teacher.ca_head.cls_token" init="copy(ca_head.cls_token)" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%113 = state name="teacher.ca_head.cls_blocks.0.norm1.weight" init="copy(ca_head.cls_blocks.0.norm1.weight)" : f32[16] @ models/lib/nn.yaml:89:7
%114 = state name="teacher.ca_head.cls_blocks.0.norm1.bias" init="copy(ca_head.cls_blocks.0.norm1.bias)" : f32[16] @ models/lib/nn.yaml:90:7
%115 = state name="teacher.ca_head.cls_blocks.0.attn.q.weight" init="copy(ca_head.cls_blocks.0.attn.q.weight)" : f32[16,16] @ models/lib/nn.yaml:79:7
%116 = state name="teacher.ca_head.cls_blocks.0.attn.q.bias" init="copy(ca_head.cls_blocks.0.attn.q.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%117 = state name="teacher.ca_head.cls_blocks.0.attn.k.weight" init="copy(ca_head.cls_blocks.0.attn.k.weight)" : f32[16,16] @ models/lib/nn.yaml:79:7
%118 = state name="teacher.ca_head.cls_blocks.0.attn.k.bias" init="copy(ca_head.cls_blocks.0.attn.k.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%119 = state name="teacher.ca_head.cls_blocks.0.attn.v.weight" init="copy(ca_head.cls_blocks.0.attn.v.weight)" : f32[16,16] @ models/lib/nn.yaml:79:7
%120 = state name="teacher.ca_head.cls_blocks.0.attn.v.bias" init="copy(ca_head.cls_blocks.0.attn.v.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%121 = state name="teacher.ca_head.cls_blocks.0.attn.proj.weight" init="copy(ca_head.cls_blocks.0.attn.proj.weight)" : f32[16,16] @ models/lib/nn.yaml:79:7
%122 = state name="teacher.ca_head.cls_blocks.0.attn.proj.bias" init="copy(ca_head.cls_blocks.0.attn.proj.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%123 = state name="teacher.ca_head.cls_blocks.0.norm2.weight" init="copy(ca_head.cls_blocks.0.norm2.weight)" : f32[16] @ models/lib/nn.yaml:89:7
%124 = state name="teacher.ca_head.cls_blocks.0.norm2.bias" init="copy(ca_head.cls_blocks.0.norm2.bias)" : f32[16] @ models/lib/nn.yaml:90:7
%125 = state name="teacher.ca_head.cls_blocks.0.mlp.fc1.weight" init="copy(ca_head.cls_blocks.0.mlp.fc1.weight)" : f32[64,16] @ models/lib/nn.yaml:79:7
%126 = state name="teacher.ca_head.cls_blocks.0.mlp.fc1.bias" init="copy(ca_head.cls_blocks.0.mlp.fc1.bias)" : f32[64] @ models/lib/nn.yaml:80:7
%127 = state name="teacher.ca_head.cls_blocks.0.mlp.fc2.weight" init="copy(ca_head.cls_blocks.0.mlp.fc2.weight)" : f32[16,64] @ models/lib/nn.yaml:79:7
%128 = state name="teacher.ca_head.cls_blocks.0.mlp.fc2.bias" init="copy(ca_head.cls_blocks.0.mlp.fc2.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%129 = state name="teacher.ca_head.cls_blocks.1.norm1.weight" init="copy(ca_head.cls_blocks.1.norm1.weight)" : f32[16] @ models/lib/nn.yaml:89:7
%130 = state name="teacher.ca_head.cls_blocks.1.norm1.bias" init="copy(ca_head.cls_blocks.1.norm1.bias)" : f32[16] @ models/lib/nn.yaml:90:7
%131 = state name="teacher.ca_head.cls_blocks.1.attn.q.weight" init="copy(ca_head.cls_blocks.1.attn.q.weight)" : f32[16,16] @ models/lib/nn.yaml:79:7
%132 = state name="teacher.ca_head.cls_blocks.1.attn.q.bias" init="copy(ca_head.cls_blocks.1.attn.q.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%133 = state name="teacher.ca_head.cls_blocks.1.attn.k.weight" init="copy(ca_head.cls_blocks.1.attn.k.weight)" : f32[16,16] @ models/lib/nn.yaml:79:7
%134 = state name="teacher.ca_head.cls_blocks.1.attn.k.bias" init="copy(ca_head.cls_blocks.1.attn.k.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%135 = state name="teacher.ca_head.cls_blocks.1.attn.v.weight" init="copy(ca_head.cls_blocks.1.attn.v.weight)" : f32[16,16] @ models/lib/nn.yaml:79:7
%136 = state name="teacher.ca_head.cls_blocks.1.attn.v.bias" init="copy(ca_head.cls_blocks.1.attn.v.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%137 = state name="teacher.ca_head.cls_blocks.1.attn.proj.weight" init="copy(ca_head.cls_blocks.1.attn.proj.weight)" : f32[16,16] @ models/lib/nn.yaml:79:7
%138 = state name="teacher.ca_head.cls_blocks.1.attn.proj.bias" init="copy(ca_head.cls_blocks.1.attn.proj.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%139 = state name="teacher.ca_head.cls_blocks.1.norm2.weight" init="copy(ca_head.cls_blocks.1.norm2.weight)" : f32[16] @ models/lib/nn.yaml:89:7
%140 = state name="teacher.ca_head.cls_blocks.1.norm2.bias" init="copy(ca_head.cls_blocks.1.norm2.bias)" : f32[16] @ models/lib/nn.yaml:90:7
%141 = state name="teacher.ca_head.cls_blocks.1.mlp.fc1.weight" init="copy(ca_head.cls_blocks.1.mlp.fc1.weight)" : f32[64,16] @ models/lib/nn.yaml:79:7
%142 = state name="teacher.ca_head.cls_blocks.1.mlp.fc1.bias" init="copy(ca_head.cls_blocks.1.mlp.fc1.bias)" : f32[64] @ models/lib/nn.yaml:80:7
%143 = state name="teacher.ca_head.cls_blocks.1.mlp.fc2.weight" init="copy(ca_head.cls_blocks.1.mlp.fc2.weight)" : f32[16,64] @ models/lib/nn.yaml:79:7
%144 = state name="teacher.ca_head.cls_blocks.1.mlp.fc2.bias" init="copy(ca_head.cls_blocks.1.mlp.fc2.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%145 = state name="teacher.ca_head.norm.weight" init="copy(ca_head.norm.weight)" : f32[16] @ models/lib/nn.yaml:89:7
%146 = state name="teacher.ca_head.norm.bias" init="copy(ca_head.norm.bias)" : f32[16] @ models/lib/nn.yaml:90:7
%147 = state name="teacher.c_head.mlp.0.weight" init="copy(c_head.mlp.0.weight)" : f32[24,16] @ models/lib/nn.yaml:79:7
%148 = state name="teacher.c_head.mlp.0.bias" init="copy(c_head.mlp.0.bias)" : f32[24] @ models/lib/nn.yaml:80:7
%149 = state name="teacher.c_head.mlp.2.weight" init="copy(c_head.mlp.2.weight)" : f32[24,24] @ models/lib/nn.yaml:79:7
%150 = state name="teacher.c_head.mlp.2.bias" init="copy(c_head.mlp.2.bias)" : f32[24] @ models/lib/nn.yaml:80:7
%151 = state name="teacher.c_head.mlp.4.weight" init="copy(c_head.mlp.4.weight)" : f32[8,24] @ models/lib/nn.yaml:79:7
%152 = state name="teacher.c_head.mlp.4.bias" init="copy(c_head.mlp.4.bias)" : f32[8] @ models/lib/nn.yaml:80:7
%153 = state name="teacher.c_head.last_layer.weight_g" init="copy(c_head.last_layer.weight_g)" : f32[32,1] @ models/lib/dino.yaml:18:7
%154 = state name="teacher.c_head.last_layer.weight_v" init="copy(c_head.last_layer.weight_v)" : f32[32,8] @ models/lib/dino.yaml:19:7
%155 = state name="teacher.p_head.mlp.0.weight" init="copy(p_head.mlp.0.weight)" : f32[24,16] @ models/lib/nn.yaml:79:7
%156 = state name="teacher.p_head.mlp.0.bias" init="copy(p_head.mlp.0.bias)" : f32[24] @ models/lib/nn.yaml:80:7
%157 = state name="teacher.p_head.mlp.2.weight" init="copy(p_head.mlp.2.weight)" : f32[24,24] @ models/lib/nn.yaml:79:7
%158 = state name="teacher.p_head.mlp.2.bias" init="copy(p_head.mlp.2.bias)" : f32[24] @ models/lib/nn.yaml:80:7
%159 = state name="teacher.p_head.mlp.4.weight" init="copy(p_head.mlp.4.weight)" : f32[8,24] @ models/lib/nn.yaml:79:7
%160 = state name="teacher.p_head.mlp.4.bias" init="copy(p_head.mlp.4.bias)" : f32[8] @ models/lib/nn.yaml:80:7
%161 = state name="teacher.p_head.last_layer.weight_g" init="copy(p_head.last_layer.weight_g)" : f32[16,1] @ models/lib/dino.yaml:18:7
%162 = state name="teacher.p_head.last_layer.weight_v" init="copy(p_head.last_layer.weight_v)" : f32[16,8] @ models/lib/dino.yaml:19:7
%163 = state name="center" init="zeros" : f32[1,1,32] @ models/dino_pass.yaml:136:3
%164 = state name="patch_center" init="zeros" : f32[1,16] @ models/dino_pass.yaml:140:3
%165 = reshape %5 : f32[4,3,4,4,4,4] @ models/lib/vit.yaml:15:21
%166 = permute %165 perm=[0,2,4,1,3,5] : f32[4,4,4,3,4,4] @ models/lib/vit.yaml:15:13
%167 = reshape %166 : f32[4,16,48] @ models/lib/vit.yaml:16:13
%168 = reshape %86 : f32[16,48] @ models/lib/vit.yaml:17:20
%169 = matmul %167, %168 ta=0 tb=1 : f32[4,16,16] @ models/lib/vit.yaml:17:18
%170 = broadcast %87 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%171 = add %169, %170 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%172 = broadcast %85 : f32[4,16,16] @ models/lib/vit.yaml:62:15
%173 = add %171, %172 : f32[4,16,16] @ models/lib/vit.yaml:62:15
%174 = reduce_sum %173 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%175 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%176 = broadcast %175 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%177 = div %174, %176 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%178 = broadcast %177 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%179 = sub %173, %178 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%180 = mul %179, %179 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%181 = reduce_sum %180 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%182 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%183 = broadcast %182 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%184 = div %181, %183 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%185 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%186 = broadcast %185 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%187 = add %184, %186 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%188 = rsqrt %187 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%189 = broadcast %188 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%190 = mul %179, %189 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%191 = broadcast %88 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%192 = mul %190, %191 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%193 = broadcast %89 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%194 = add %192, %193 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%195 = matmul %194, %90 ta=0 tb=1 : f32[4,16,48] @ models/lib/nn.yaml:83:15
%196 = broadcast %91 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%197 = add %195, %196 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%198 = reshape %197 : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%199 = permute %198 perm=[2,0,3,1,4] : f32[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%200 = slice %199 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%201 = reshape %200 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%202 = slice %199 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%203 = reshape %202 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%204 = slice %199 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%205 = reshape %204 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%206 = matmul %201, %203 ta=0 tb=1 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%207 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%208 = broadcast %207 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%209 = mul %206, %208 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%210 = reduce_max %209 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%211 = stop_gradient %210 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%212 = broadcast %211 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%213 = sub %209, %212 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%214 = exp %213 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%215 = reduce_sum %214 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%216 = broadcast %215 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%217 = div %214, %216 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%218 = matmul %217, %205 ta=0 tb=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%219 = permute %218 perm=[0,2,1,3] : f32[4,16,2,8] @ models/lib/nn.yaml:56:13
%220 = reshape %219 : f32[4,16,16] @ models/lib/nn.yaml:57:16
%221 = matmul %220, %92 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%222 = broadcast %93 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%223 = add %221, %222 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%224 = add %173, %223 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%225 = reduce_sum %224 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%226 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%227 = broadcast %226 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%228 = div %225, %227 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%229 = broadcast %228 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%230 = sub %224, %229 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%231 = mul %230, %230 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%232 = reduce_sum %231 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%233 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%234 = broadcast %233 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%235 = div %232, %234 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%236 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%237 = broadcast %236 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%238 = add %235, %237 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%239 = rsqrt %238 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%240 = broadcast %239 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%241 = mul %230, %240 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%242 = broadcast %94 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%243 = mul %241, %242 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%244 = broadcast %95 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%245 = add %243, %244 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%246 = matmul %245, %96 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%247 = broadcast %97 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%248 = add %246, %247 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%249 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%250 = broadcast %249 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%251 = mul %250, %248 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%252 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%253 = broadcast %252 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%254 = mul %248, %253 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%255 = erf %254 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%256 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%257 = broadcast %256 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%258 = add %257, %255 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%259 = mul %251, %258 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%260 = matmul %259, %98 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%261 = broadcast %99 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%262 = add %260, %261 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%263 = add %224, %262 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%264 = reduce_sum %263 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%265 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%266 = broadcast %265 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%267 = div %264, %266 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%268 = broadcast %267 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%269 = sub %263, %268 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%270 = mul %269, %269 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%271 = reduce_sum %270 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%272 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%273 = broadcast %272 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%274 = div %271, %273 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%275 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%276 = broadcast %275 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%277 = add %274, %276 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%278 = rsqrt %277 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%279 = broadcast %278 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%280 = mul %269, %279 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%281 = broadcast %100 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%282 = mul %280, %281 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%283 = broadcast %101 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%284 = add %282, %283 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%285 = matmul %284, %102 ta=0 tb=1 : f32[4,16,48] @ models/lib/nn.yaml:83:15
%286 = broadcast %103 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%287 = add %285, %286 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%288 = reshape %287 : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%289 = permute %288 perm=[2,0,3,1,4] : f32[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%290 = slice %289 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%291 = reshape %290 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%292 = slice %289 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%293 = reshape %292 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%294 = slice %289 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%295 = reshape %294 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%296 = matmul %291, %293 ta=0 tb=1 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%297 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%298 = broadcast %297 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%299 = mul %296, %298 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%300 = reduce_max %299 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%301 = stop_gradient %300 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%302 = broadcast %301 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%303 = sub %299, %302 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%304 = exp %303 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%305 = reduce_sum %304 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%306 = broadcast %305 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%307 = div %304, %306 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%308 = matmul %307, %295 ta=0 tb=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%309 = permute %308 perm=[0,2,1,3] : f32[4,16,2,8] @ models/lib/nn.yaml:56:13
%310 = reshape %309 : f32[4,16,16] @ models/lib/nn.yaml:57:16
%311 = matmul %310, %104 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%312 = broadcast %105 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%313 = add %311, %312 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%314 = add %263, %313 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%315 = reduce_sum %314 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%316 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%317 = broadcast %316 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%318 = div %315, %317 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%319 = broadcast %318 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%320 = sub %314, %319 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%321 = mul %320, %320 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%322 = reduce_sum %321 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%323 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%324 = broadcast %323 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%325 = div %322, %324 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%326 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%327 = broadcast %326 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%328 = add %325, %327 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%329 = rsqrt %328 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%330 = broadcast %329 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%331 = mul %320, %330 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%332 = broadcast %106 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%333 = mul %331, %332 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%334 = broadcast %107 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%335 = add %333, %334 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%336 = matmul %335, %108 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%337 = broadcast %109 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%338 = add %336, %337 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%339 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%340 = broadcast %339 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%341 = mul %340, %338 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%342 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%343 = broadcast %342 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%344 = mul %338, %343 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%345 = erf %344 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%346 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%347 = broadcast %346 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%348 = add %347, %345 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%349 = mul %341, %348 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%350 = matmul %349, %110 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%351 = broadcast %111 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%352 = add %350, %351 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%353 = add %314, %352 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%354 = grid_neighbors n=4 size=3 : i32[16,8] @ models/dino_pass.yaml:61:16
%355 = mul %353, %353 : f32[4,16,16] @ models/lib/nn.yaml:33:35
%356 = reduce_sum %355 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:29
%357 = sqrt %356 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%358 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%359 = cast %358 : f32[] @ models/lib/nn.yaml:33:61
%360 = broadcast %359 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%361 = max %357, %360 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%362 = broadcast %361 : f32[4,16,16] @ models/lib/nn.yaml:33:18
%363 = div %353, %362 : f32[4,16,16] @ models/lib/nn.yaml:33:18
%364 = reshape %354 : i32[1,128] @ models/dino_pass.yaml:67:26
%365 = broadcast %364 : i32[4,128] @ models/dino_pass.yaml:67:16
%366 = gather %363, %365 axis=1 : f32[4,128,16] @ models/dino_pass.yaml:68:24
%367 = reshape %366 : f32[4,16,8,16] @ models/dino_pass.yaml:68:16
%368 = reshape %363 : f32[4,16,1,16] @ models/dino_pass.yaml:74:42
%369 = broadcast %368 : f32[4,16,8,16] @ models/dino_pass.yaml:74:40
%370 = mul %367, %369 : f32[4,16,8,16] @ models/dino_pass.yaml:74:40
%371 = reduce_sum %370 axes=[3] keep=0 : f32[4,16,8] @ models/dino_pass.yaml:74:15
%372 = reshape %354 : i32[1,16,8] @ models/dino_pass.yaml:75:27
%373 = broadcast %372 : i32[4,16,8] @ models/dino_pass.yaml:75:17
%374 = topk %371 k=2 : i32[4,16,2] @ models/dino_pass.yaml:76:30
%375 = gather %373, %374 axis=2 : i32[4,16,2] @ models/dino_pass.yaml:76:16
%376 = reshape %375 : i32[4,32] @ models/dino_pass.yaml:82:23
%377 = gather %353, %376 axis=1 : f32[4,32,16] @ models/dino_pass.yaml:82:13
%378 = reshape %377 : f32[4,16,2,16] @ models/dino_pass.yaml:83:16
%379 = reshape %378 : f32[64,2,16] @ models/dino_pass.yaml:88:23
%380 = broadcast %112 : f32[64,1,16] @ models/lib/vit.yaml:116:31
%381 = concat %380, %379 axis=1 : f32[64,3,16] @ models/lib/vit.yaml:95:24
%382 = reduce_sum %381 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%383 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%384 = broadcast %383 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%385 = div %382, %384 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%386 = broadcast %385 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%387 = sub %381, %386 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%388 = mul %387, %387 : f32[64,3,16] @ models/lib/nn.yaml:95:22
%389 = reduce_sum %388 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%390 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%391 = broadcast %390 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%392 = div %389, %391 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%393 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%394 = broadcast %393 : f32[64,3,1] @ models/lib/nn.yaml:96:30
%395 = add %392, %394 : f32[64,3,1] @ models/lib/nn.yaml:96:30
%396 = rsqrt %395 : f32[64,3,1] @ models/lib/nn.yaml:96:20
%397 = broadcast %396 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%398 = mul %387, %397 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%399 = broadcast %113 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%400 = mul %398, %399 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%401 = broadcast %114 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%402 = add %400, %401 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%403 = slice %402 lo=[0,0,0] hi=[64,1,16] : f32[64,1,16] @ models/lib/vit.yaml:78:33
%404 = matmul %403, %115 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%405 = broadcast %116 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%406 = add %404, %405 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%407 = reshape %406 : f32[64,1,2,8] @ models/lib/vit.yaml:78:22
%408 = permute %407 perm=[0,2,1,3] : f32[64,2,1,8] @ models/lib/vit.yaml:78:14
%409 = matmul %402, %117 ta=0 tb=1 : f32[64,3,16] @ models/lib/nn.yaml:83:15
%410 = broadcast %118 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%411 = add %409, %410 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%412 = reshape %411 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%413 = permute %412 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:79:14
%414 = matmul %402, %119 ta=0 tb=1 : f32[64,3,16] @ models/lib/nn.yaml:83:15
%415 = broadcast %120 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%416 = add %414, %415 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%417 = reshape %416 : f32[64,3,2,8] @ models/lib/vit.yaml:80:22
%418 = permute %417 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:80:14
%419 = matmul %408, %413 ta=0 tb=1 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%420 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%421 = broadcast %420 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%422 = mul %419, %421 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%423 = reduce_max %422 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:14:35
%424 = stop_gradient %423 : f32[64,2,1,1] @ models/lib/nn.yaml:14:21
%425 = broadcast %424 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%426 = sub %422, %425 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%427 = exp %426 : f32[64,2,1,3] @ models/lib/nn.yaml:14:13
%428 = reduce_sum %427 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:15:20
%429 = broadcast %428 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%430 = div %427, %429 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%431 = matmul %430, %418 ta=0 tb=0 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%432 = permute %431 perm=[0,2,1,3] : f32[64,1,2,8] @ models/lib/nn.yaml:56:13
%433 = reshape %432 : f32[64,1,16] @ models/lib/nn.yaml:57:16
%434 = matmul %433, %121 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%435 = broadcast %122 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%436 = add %434, %435 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%437 = add %380, %436 : f32[64,1,16] @ models/lib/vit.yaml:96:15
%438 = reduce_sum %437 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%439 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%440 = broadcast %439 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%441 = div %438, %440 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%442 = broadcast %441 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%443 = sub %437, %442 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%444 = mul %443, %443 : f32[64,1,16] @ models/lib/nn.yaml:95:22
%445 = reduce_sum %444 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%446 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%447 = broadcast %446 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%448 = div %445, %447 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%449 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%450 = broadcast %449 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%451 = add %448, %450 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%452 = rsqrt %451 : f32[64,1,1] @ models/lib/nn.yaml:96:20
%453 = broadcast %452 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%454 = mul %443, %453 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%455 = broadcast %123 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%456 = mul %454, %455 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%457 = broadcast %124 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%458 = add %456, %457 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%459 = matmul %458, %125 ta=0 tb=1 : f32[64,1,64] @ models/lib/nn.yaml:83:15
%460 = broadcast %126 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%461 = add %459, %460 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%462 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%463 = broadcast %462 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%464 = mul %463, %461 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%465 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%466 = broadcast %465 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%467 = mul %461, %466 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%468 = erf %467 : f32[64,1,64] @ models/lib/nn.yaml:27:31
%469 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%470 = broadcast %469 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%471 = add %470, %468 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%472 = mul %464, %471 : f32[64,1,64] @ models/lib/nn.yaml:27:24
%473 = matmul %472, %127 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%474 = broadcast %128 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%475 = add %473, %474 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%476 = add %437, %475 : f32[64,1,16] @ models/lib/vit.yaml:98:18
%477 = concat %476, %379 axis=1 : f32[64,3,16] @ models/lib/vit.yaml:95:24
%478 = reduce_sum %477 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%479 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%480 = broadcast %479 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%481 = div %478, %480 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%482 = broadcast %481 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%483 = sub %477, %482 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%484 = mul %483, %483 : f32[64,3,16] @ models/lib/nn.yaml:95:22
%485 = reduce_sum %484 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%486 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%487 = broadcast %486 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%488 = div %485, %487 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%489 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%490 = broadcast %489 : f32[64,3,1] @ models/lib/nn.yaml:96:30
%491 = add %488, %490 : f32[64,3,1] @ models/lib/nn.yaml:96:30
%492 = rsqrt %491 : f32[64,3,1] @ models/lib/nn.yaml:96:20
%493 = broadcast %492 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%494 = mul %483, %493 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%495 = broadcast %129 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%496 = mul %494, %495 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%497 = broadcast %130 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%498 = add %496, %497 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%499 = slice %498 lo=[0,0,0] hi=[64,1,16] : f32[64,1,16] @ models/lib/vit.yaml:78:33
%500 = matmul %499, %131 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%501 = broadcast %132 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%502 = add %500, %501 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%503 = reshape %502 : f32[64,1,2,8] @ models/lib/vit.yaml:78:22
%504 = permute %503 perm=[0,2,1,3] : f32[64,2,1,8] @ models/lib/vit.yaml:78:14
%505 = matmul %498, %133 ta=0 tb=1 : f32[64,3,16] @ models/lib/nn.yaml:83:15
%506 = broadcast %134 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%507 = add %505, %506 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%508 = reshape %507 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%509 = permute %508 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:79:14
%510 = matmul %498, %135 ta=0 tb=1 : f32[64,3,16] @ models/lib/nn.yaml:83:15
%511 = broadcast %136 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%512 = add %510, %511 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%513 = reshape %512 : f32[64,3,2,8] @ models/lib/vit.yaml:80:22
%514 = permute %513 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:80:14
%515 = matmul %504, %509 ta=0 tb=1 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%516 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%517 = broadcast %516 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%518 = mul %515, %517 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%519 = reduce_max %518 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:14:35
%520 = stop_gradient %519 : f32[64,2,1,1] @ models/lib/nn.yaml:14:21
%521 = broadcast %520 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%522 = sub %518, %521 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%523 = exp %522 : f32[64,2,1,3] @ models/lib/nn.yaml:14:13
%524 = reduce_sum %523 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:15:20
%525 = broadcast %524 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%526 = div %523, %525 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%527 = matmul %526, %514 ta=0 tb=0 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%528 = permute %527 perm=[0,2,1,3] : f32[64,1,2,8] @ models/lib/nn.yaml:56:13
%529 = reshape %528 : f32[64,1,16] @ models/lib/nn.yaml:57:16
%530 = matmul %529, %137 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%531 = broadcast %138 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%532 = add %530, %531 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%533 = add %476, %532 : f32[64,1,16] @ models/lib/vit.yaml:96:15
%534 = reduce_sum %533 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%535 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%536 = broadcast %535 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%537 = div %534, %536 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%538 = broadcast %537 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%539 = sub %533, %538 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%540 = mul %539, %539 : f32[64,1,16] @ models/lib/nn.yaml:95:22
%541 = reduce_sum %540 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%542 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%543 = broadcast %542 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%544 = div %541, %543 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%545 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%546 = broadcast %545 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%547 = add %544, %546 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%548 = rsqrt %547 : f32[64,1,1] @ models/lib/nn.yaml:96:20
%549 = broadcast %548 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%550 = mul %539, %549 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%551 = broadcast %139 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%552 = mul %550, %551 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%553 = broadcast %140 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%554 = add %552, %553 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%555 = matmul %554, %141 ta=0 tb=1 : f32[64,1,64] @ models/lib/nn.yaml:83:15
%556 = broadcast %142 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%557 = add %555, %556 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%558 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%559 = broadcast %558 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%560 = mul %559, %557 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%561 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%562 = broadcast %561 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%563 = mul %557, %562 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%564 = erf %563 : f32[64,1,64] @ models/lib/nn.yaml:27:31
%565 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%566 = broadcast %565 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%567 = add %566, %564 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%568 = mul %560, %567 : f32[64,1,64] @ models/lib/nn.yaml:27:24
%569 = matmul %568, %143 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%570 = broadcast %144 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%571 = add %569, %570 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%572 = add %533, %571 : f32[64,1,16] @ models/lib/vit.yaml:98:18
%573 = reshape %572 : f32[4,16,16] @ models/dino_pass.yaml:89:16
%574 = broadcast %112 : f32[4,1,16] @ models/lib/vit.yaml:116:31
%575 = concat %574, %353 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%576 = reduce_sum %575 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%577 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%578 = broadcast %577 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%579 = div %576, %578 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%580 = broadcast %579 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%581 = sub %575, %580 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%582 = mul %581, %581 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%583 = reduce_sum %582 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%584 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%585 = broadcast %584 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%586 = div %583, %585 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%587 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%588 = broadcast %587 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%589 = add %586, %588 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%590 = rsqrt %589 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%591 = broadcast %590 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%592 = mul %581, %591 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%593 = broadcast %113 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%594 = mul %592, %593 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%595 = broadcast %114 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%596 = add %594, %595 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%597 = slice %596 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%598 = matmul %597, %115 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%599 = broadcast %116 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%600 = add %598, %599 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%601 = reshape %600 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%602 = permute %601 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%603 = matmul %596, %117 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%604 = broadcast %118 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%605 = add %603, %604 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%606 = reshape %605 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%607 = permute %606 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%608 = matmul %596, %119 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%609 = broadcast %120 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%610 = add %608, %609 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%611 = reshape %610 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%612 = permute %611 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%613 = matmul %602, %607 ta=0 tb=1 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%614 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%615 = broadcast %614 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%616 = mul %613, %615 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%617 = reduce_max %616 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%618 = stop_gradient %617 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%619 = broadcast %618 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%620 = sub %616, %619 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%621 = exp %620 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%622 = reduce_sum %621 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%623 = broadcast %622 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%624 = div %621, %623 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%625 = matmul %624, %612 ta=0 tb=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%626 = permute %625 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%627 = reshape %626 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%628 = matmul %627, %121 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%629 = broadcast %122 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%630 = add %628, %629 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%631 = add %574, %630 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%632 = reduce_sum %631 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%633 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%634 = broadcast %633 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%635 = div %632, %634 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%636 = broadcast %635 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%637 = sub %631, %636 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%638 = mul %637, %637 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%639 = reduce_sum %638 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%640 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%641 = broadcast %640 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%642 = div %639, %641 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%643 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%644 = broadcast %643 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%645 = add %642, %644 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%646 = rsqrt %645 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%647 = broadcast %646 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%648 = mul %637, %647 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%649 = broadcast %123 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%650 = mul %648, %649 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%651 = broadcast %124 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%652 = add %650, %651 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%653 = matmul %652, %125 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%654 = broadcast %126 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%655 = add %653, %654 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%656 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%657 = broadcast %656 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%658 = mul %657, %655 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%659 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%660 = broadcast %659 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%661 = mul %655, %660 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%662 = erf %661 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%663 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%664 = broadcast %663 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%665 = add %664, %662 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%666 = mul %658, %665 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%667 = matmul %666, %127 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%668 = broadcast %128 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%669 = add %667, %668 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%670 = add %631, %669 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%671 = concat %670, %353 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%672 = reduce_sum %671 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%673 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%674 = broadcast %673 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%675 = div %672, %674 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%676 = broadcast %675 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%677 = sub %671, %676 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%678 = mul %677, %677 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%679 = reduce_sum %678 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%680 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%681 = broadcast %680 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%682 = div %679, %681 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%683 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%684 = broadcast %683 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%685 = add %682, %684 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%686 = rsqrt %685 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%687 = broadcast %686 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%688 = mul %677, %687 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%689 = broadcast %129 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%690 = mul %688, %689 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%691 = broadcast %130 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%692 = add %690, %691 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%693 = slice %692 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%694 = matmul %693, %131 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%695 = broadcast %132 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%696 = add %694, %695 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%697 = reshape %696 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%698 = permute %697 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%699 = matmul %692, %133 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%700 = broadcast %134 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%701 = add %699, %700 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%702 = reshape %701 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%703 = permute %702 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%704 = matmul %692, %135 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%705 = broadcast %136 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%706 = add %704, %705 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%707 = reshape %706 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%708 = permute %707 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%709 = matmul %698, %703 ta=0 tb=1 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%710 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%711 = broadcast %710 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%712 = mul %709, %711 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%713 = reduce_max %712 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%714 = stop_gradient %713 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%715 = broadcast %714 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%716 = sub %712, %715 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%717 = exp %716 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%718 = reduce_sum %717 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%719 = broadcast %718 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%720 = div %717, %719 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%721 = matmul %720, %708 ta=0 tb=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%722 = permute %721 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%723 = reshape %722 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%724 = matmul %723, %137 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%725 = broadcast %138 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%726 = add %724, %725 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%727 = add %670, %726 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%728 = reduce_sum %727 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%729 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%730 = broadcast %729 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%731 = div %728, %730 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%732 = broadcast %731 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%733 = sub %727, %732 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%734 = mul %733, %733 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%735 = reduce_sum %734 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%736 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%737 = broadcast %736 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%738 = div %735, %737 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%739 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%740 = broadcast %739 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%741 = add %738, %740 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%742 = rsqrt %741 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%743 = broadcast %742 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%744 = mul %733, %743 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%745 = broadcast %139 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%746 = mul %744, %745 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%747 = broadcast %140 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%748 = add %746, %747 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%749 = matmul %748, %141 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%750 = broadcast %142 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%751 = add %749, %750 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%752 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%753 = broadcast %752 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%754 = mul %753, %751 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%755 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%756 = broadcast %755 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%757 = mul %751, %756 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%758 = erf %757 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%759 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%760 = broadcast %759 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%761 = add %760, %758 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%762 = mul %754, %761 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%763 = matmul %762, %143 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%764 = broadcast %144 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%765 = add %763, %764 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%766 = add %727, %765 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%767 = concat %766, %573 axis=1 : f32[4,17,16] @ models/dino_pass.yaml:110:30
%768 = reduce_sum %767 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%769 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%770 = broadcast %769 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%771 = div %768, %770 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%772 = broadcast %771 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%773 = sub %767, %772 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%774 = mul %773, %773 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%775 = reduce_sum %774 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%776 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%777 = broadcast %776 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%778 = div %775, %777 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%779 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%780 = broadcast %779 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%781 = add %778, %780 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%782 = rsqrt %781 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%783 = broadcast %782 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%784 = mul %773, %783 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%785 = broadcast %145 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%786 = mul %784, %785 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%787 = broadcast %146 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%788 = add %786, %787 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%789 = slice %788 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino_pass.yaml:111:28
%790 = matmul %789, %147 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%791 = broadcast %148 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%792 = add %790, %791 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%793 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%794 = broadcast %793 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%795 = mul %794, %792 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%796 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%797 = broadcast %796 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%798 = mul %792, %797 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%799 = erf %798 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%800 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%801 = broadcast %800 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%802 = add %801, %799 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%803 = mul %795, %802 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%804 = matmul %803, %149 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%805 = broadcast %150 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%806 = add %804, %805 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%807 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%808 = broadcast %807 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%809 = mul %808, %806 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%810 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%811 = broadcast %810 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%812 = mul %806, %811 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%813 = erf %812 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%814 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%815 = broadcast %814 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%816 = add %815, %813 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%817 = mul %809, %816 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%818 = matmul %817, %151 ta=0 tb=1 : f32[4,1,8] @ models/lib/nn.yaml:83:15
%819 = broadcast %152 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%820 = add %818, %819 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%821 = mul %820, %820 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%822 = reduce_sum %821 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%823 = sqrt %822 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%824 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%825 = cast %824 : f32[] @ models/lib/nn.yaml:33:61
%826 = broadcast %825 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%827 = max %823, %826 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%828 = broadcast %827 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%829 = div %820, %828 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%830 = broadcast %153 : f32[32,8] @ models/lib/dino.yaml:22:22
%831 = mul %830, %154 : f32[32,8] @ models/lib/dino.yaml:22:22
%832 = mul %154, %154 : f32[32,8] @ models/lib/dino.yaml:22:53
%833 = reduce_sum %832 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%834 = sqrt %833 : f32[32,1] @ models/lib/dino.yaml:22:35
%835 = broadcast %834 : f32[32,8] @ models/lib/dino.yaml:22:33
%836 = div %831, %835 : f32[32,8] @ models/lib/dino.yaml:22:33
%837 = matmul %829, %836 ta=0 tb=1 : f32[4,1,32] @ models/lib/dino.yaml:23:18
%838 = slice %788 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/dino_pass.yaml:111:46
%839 = matmul %838, %155 ta=0 tb=1 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%840 = broadcast %156 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%841 = add %839, %840 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%842 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%843 = broadcast %842 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%844 = mul %843, %841 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%845 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%846 = broadcast %845 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%847 = mul %841, %846 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%848 = erf %847 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%849 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%850 = broadcast %849 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%851 = add %850, %848 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%852 = mul %844, %851 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%853 = matmul %852, %157 ta=0 tb=1 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%854 = broadcast %158 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%855 = add %853, %854 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%856 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%857 = broadcast %856 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%858 = mul %857, %855 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%859 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%860 = broadcast %859 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%861 = mul %855, %860 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%862 = erf %861 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%863 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%864 = broadcast %863 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%865 = add %864, %862 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%866 = mul %858, %865 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%867 = matmul %866, %159 ta=0 tb=1 : f32[4,16,8] @ models/lib/nn.yaml:83:15
%868 = broadcast %160 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%869 = add %867, %868 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%870 = mul %869, %869 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%871 = reduce_sum %870 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:29
%872 = sqrt %871 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%873 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%874 = cast %873 : f32[] @ models/lib/nn.yaml:33:61
%875 = broadcast %874 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%876 = max %872, %875 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%877 = broadcast %876 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%878 = div %869, %877 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%879 = broadcast %161 : f32[16,8] @ models/lib/dino.yaml:22:22
%880 = mul %879, %162 : f32[16,8] @ models/lib/dino.yaml:22:22
%881 = mul %162, %162 : f32[16,8] @ models/lib/dino.yaml:22:53
%882 = reduce_sum %881 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:40
%883 = sqrt %882 : f32[16,1] @ models/lib/dino.yaml:22:35
%884 = broadcast %883 : f32[16,8] @ models/lib/dino.yaml:22:33
%885 = div %880, %884 : f32[16,8] @ models/lib/dino.yaml:22:33
%886 = matmul %878, %885 ta=0 tb=1 : f32[4,16,16] @ models/lib/dino.yaml:23:18
%887 = slice %837 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%888 = slice %837 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%889 = slice %886 lo=[0,0,0] hi=[2,16,16] : f32[2,16,16] @ models/dino_pass.yaml:132:27
%890 = slice %886 lo=[2,0,0] hi=[4,16,16] : f32[2,16,16] @ models/dino_pass.yaml:132:27
%891 = reshape %6 : f32[4,3,3,4,3,4] @ models/lib/vit.yaml:15:21
%892 = permute %891 perm=[0,2,4,1,3,5] : f32[4,3,3,3,4,4] @ models/lib/vit.yaml:15:13
%893 = reshape %892 : f32[4,9,48] @ models/lib/vit.yaml:16:13
%894 = reshape %86 : f32[16,48] @ models/lib/vit.yaml:17:20
%895 = matmul %893, %894 ta=0 tb=1 : f32[4,9,16] @ models/lib/vit.yaml:17:18
%896 = broadcast %87 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%897 = add %895, %896 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%898 = resize_matrix n=4 scale=0.775 : f32[3,4] @ models/lib/vit.yaml:31:13
%899 = reshape %85 : f32[4,64] @ models/lib/vit.yaml:32:17
%900 = matmul %898, %899 ta=0 tb=0 : f32[3,64] @ models/lib/vit.yaml:32:15
%901 = reshape %900 : f32[3,4,16] @ models/lib/vit.yaml:33:21
%902 = permute %901 perm=[1,0,2] : f32[4,3,16] @ models/lib/vit.yaml:33:13
%903 = reshape %902 : f32[4,48] @ models/lib/vit.yaml:34:17
%904 = matmul %898, %903 ta=0 tb=0 : f32[3,48] @ models/lib/vit.yaml:34:15
%905 = reshape %904 : f32[3,3,16] @ models/lib/vit.yaml:35:21
%906 = permute %905 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%907 = reshape %906 : f32[1,9,16] @ models/lib/vit.yaml:36:16
%908 = broadcast %907 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%909 = add %897, %908 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%910 = reduce_sum %909 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%911 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%912 = broadcast %911 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%913 = div %910, %912 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%914 = broadcast %913 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%915 = sub %909, %914 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%916 = mul %915, %915 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%917 = reduce_sum %916 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%918 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%919 = broadcast %918 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%920 = div %917, %919 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%921 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%922 = broadcast %921 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%923 = add %920, %922 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%924 = rsqrt %923 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%925 = broadcast %924 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%926 = mul %915, %925 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%927 = broadcast %88 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%928 = mul %926, %927 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%929 = broadcast %89 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%930 = add %928, %929 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%931 = matmul %930, %90 ta=0 tb=1 : f32[4,9,48] @ models/lib/nn.yaml:83:15
%932 = broadcast %91 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%933 = add %931, %932 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%934 = reshape %933 : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%935 = permute %934 perm=[2,0,3,1,4] : f32[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%936 = slice %935 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%937 = reshape %936 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%938 = slice %935 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%939 = reshape %938 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%940 = slice %935 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%941 = reshape %940 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%942 = matmul %937, %939 ta=0 tb=1 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%943 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%944 = broadcast %943 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%945 = mul %942, %944 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%946 = reduce_max %945 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%947 = stop_gradient %946 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%948 = broadcast %947 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%949 = sub %945, %948 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%950 = exp %949 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%951 = reduce_sum %950 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%952 = broadcast %951 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%953 = div %950, %952 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%954 = matmul %953, %941 ta=0 tb=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%955 = permute %954 perm=[0,2,1,3] : f32[4,9,2,8] @ models/lib/nn.yaml:56:13
%956 = reshape %955 : f32[4,9,16] @ models/lib/nn.yaml:57:16
%957 = matmul %956, %92 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%958 = broadcast %93 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%959 = add %957, %958 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%960 = add %909, %959 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%961 = reduce_sum %960 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%962 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%963 = broadcast %962 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%964 = div %961, %963 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%965 = broadcast %964 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%966 = sub %960, %965 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%967 = mul %966, %966 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%968 = reduce_sum %967 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%969 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%970 = broadcast %969 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%971 = div %968, %970 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%972 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%973 = broadcast %972 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%974 = add %971, %973 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%975 = rsqrt %974 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%976 = broadcast %975 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%977 = mul %966, %976 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%978 = broadcast %94 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%979 = mul %977, %978 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%980 = broadcast %95 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%981 = add %979, %980 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%982 = matmul %981, %96 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%983 = broadcast %97 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%984 = add %982, %983 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%985 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%986 = broadcast %985 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%987 = mul %986, %984 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%988 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%989 = broadcast %988 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%990 = mul %984, %989 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%991 = erf %990 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%992 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%993 = broadcast %992 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%994 = add %993, %991 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%995 = mul %987, %994 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%996 = matmul %995, %98 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%997 = broadcast %99 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%998 = add %996, %997 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%999 = add %960, %998 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%1000 = reduce_sum %999 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1001 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1002 = broadcast %1001 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1003 = div %1000, %1002 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1004 = broadcast %1003 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1005 = sub %999, %1004 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1006 = mul %1005, %1005 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1007 = reduce_sum %1006 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1008 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1009 = broadcast %1008 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1010 = div %1007, %1009 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1011 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1012 = broadcast %1011 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1013 = add %1010, %1012 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1014 = rsqrt %1013 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1015 = broadcast %1014 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1016 = mul %1005, %1015 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1017 = broadcast %100 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1018 = mul %1016, %1017 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1019 = broadcast %101 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1020 = add %1018, %1019 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1021 = matmul %1020, %102 ta=0 tb=1 : f32[4,9,48] @ models/lib/nn.yaml:83:15
%1022 = broadcast %103 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1023 = add %1021, %1022 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1024 = reshape %1023 : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%1025 = permute %1024 perm=[2,0,3,1,4] : f32[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%1026 = slice %1025 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%1027 = reshape %1026 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%1028 = slice %1025 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%1029 = reshape %1028 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%1030 = slice %1025 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%1031 = reshape %1030 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%1032 = matmul %1027, %1029 ta=0 tb=1 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1033 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1034 = broadcast %1033 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1035 = mul %1032, %1034 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1036 = reduce_max %1035 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%1037 = stop_gradient %1036 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%1038 = broadcast %1037 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1039 = sub %1035, %1038 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1040 = exp %1039 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1041 = reduce_sum %1040 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%1042 = broadcast %1041 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1043 = div %1040, %1042 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1044 = matmul %1043, %1031 ta=0 tb=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%1045 = permute %1044 perm=[0,2,1,3] : f32[4,9,2,8] @ models/lib/nn.yaml:56:13
%1046 = reshape %1045 : f32[4,9,16] @ models/lib/nn.yaml:57:16
%1047 = matmul %1046, %104 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%1048 = broadcast %105 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1049 = add %1047, %1048 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1050 = add %999, %1049 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%1051 = reduce_sum %1050 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1052 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1053 = broadcast %1052 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1054 = div %1051, %1053 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1055 = broadcast %1054 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1056 = sub %1050, %1055 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1057 = mul %1056, %1056 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1058 = reduce_sum %1057 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1059 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1060 = broadcast %1059 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1061 = div %1058, %1060 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1062 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1063 = broadcast %1062 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1064 = add %1061, %1063 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1065 = rsqrt %1064 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1066 = broadcast %1065 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1067 = mul %1056, %1066 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1068 = broadcast %106 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1069 = mul %1067, %1068 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1070 = broadcast %107 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1071 = add %1069, %1070 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1072 = matmul %1071, %108 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%1073 = broadcast %109 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1074 = add %1072, %1073 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1075 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1076 = broadcast %1075 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1077 = mul %1076, %1074 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1078 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1079 = broadcast %1078 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1080 = mul %1074, %1079 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1081 = erf %1080 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%1082 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1083 = broadcast %1082 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1084 = add %1083, %1081 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1085 = mul %1077, %1084 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%1086 = matmul %1085, %110 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%1087 = broadcast %111 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1088 = add %1086, %1087 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1089 = add %1050, %1088 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%1090 = grid_neighbors n=3 size=3 : i32[9,8] @ models/dino_pass.yaml:61:16
%1091 = mul %1089, %1089 : f32[4,9,16] @ models/lib/nn.yaml:33:35
%1092 = reduce_sum %1091 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:29
%1093 = sqrt %1092 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%1094 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1095 = cast %1094 : f32[] @ models/lib/nn.yaml:33:61
%1096 = broadcast %1095 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%1097 = max %1093, %1096 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%1098 = broadcast %1097 : f32[4,9,16] @ models/lib/nn.yaml:33:18
%1099 = div %1089, %1098 : f32[4,9,16] @ models/lib/nn.yaml:33:18
%1100 = reshape %1090 : i32[1,72] @ models/dino_pass.yaml:67:26
%1101 = broadcast %1100 : i32[4,72] @ models/dino_pass.yaml:67:16
%1102 = gather %1099, %1101 axis=1 : f32[4,72,16] @ models/dino_pass.yaml:68:24
%1103 = reshape %1102 : f32[4,9,8,16] @ models/dino_pass.yaml:68:16
%1104 = reshape %1099 : f32[4,9,1,16] @ models/dino_pass.yaml:74:42
%1105 = broadcast %1104 : f32[4,9,8,16] @ models/dino_pass.yaml:74:40
%1106 = mul %1103, %1105 : f32[4,9,8,16] @ models/dino_pass.yaml:74:40
%1107 = reduce_sum %1106 axes=[3] keep=0 : f32[4,9,8] @ models/dino_pass.yaml:74:15
%1108 = reshape %1090 : i32[1,9,8] @ models/dino_pass.yaml:75:27
%1109 = broadcast %1108 : i32[4,9,8] @ models/dino_pass.yaml:75:17
%1110 = topk %1107 k=2 : i32[4,9,2] @ models/dino_pass.yaml:76:30
%1111 = gather %1109, %1110 axis=2 : i32[4,9,2] @ models/dino_pass.yaml:76:16
%1112 = reshape %1111 : i32[4,18] @ models/dino_pass.yaml:82:23
%1113 = gather %1089, %1112 axis=1 : f32[4,18,16] @ models/dino_pass.yaml:82:13
%1114 = reshape %1113 : f32[4,9,2,16] @ models/dino_pass.yaml:83:16
%1115 = reshape %1114 : f32[36,2,16] @ models/dino_pass.yaml:88:23
%1116 = broadcast %112 : f32[36,1,16] @ models/lib/vit.yaml:116:31
%1117 = concat %1116, %1115 axis=1 : f32[36,3,16] @ models/lib/vit.yaml:95:24
%1118 = reduce_sum %1117 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1119 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1120 = broadcast %1119 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1121 = div %1118, %1120 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1122 = broadcast %1121 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1123 = sub %1117, %1122 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1124 = mul %1123, %1123 : f32[36,3,16] @ models/lib/nn.yaml:95:22
%1125 = reduce_sum %1124 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1126 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1127 = broadcast %1126 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1128 = div %1125, %1127 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1129 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1130 = broadcast %1129 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1131 = add %1128, %1130 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1132 = rsqrt %1131 : f32[36,3,1] @ models/lib/nn.yaml:96:20
%1133 = broadcast %1132 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1134 = mul %1123, %1133 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1135 = broadcast %113 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1136 = mul %1134, %1135 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1137 = broadcast %114 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1138 = add %1136, %1137 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1139 = slice %1138 lo=[0,0,0] hi=[36,1,16] : f32[36,1,16] @ models/lib/vit.yaml:78:33
%1140 = matmul %1139, %115 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1141 = broadcast %116 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1142 = add %1140, %1141 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1143 = reshape %1142 : f32[36,1,2,8] @ models/lib/vit.yaml:78:22
%1144 = permute %1143 perm=[0,2,1,3] : f32[36,2,1,8] @ models/lib/vit.yaml:78:14
%1145 = matmul %1138, %117 ta=0 tb=1 : f32[36,3,16] @ models/lib/nn.yaml:83:15
%1146 = broadcast %118 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1147 = add %1145, %1146 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1148 = reshape %1147 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1149 = permute %1148 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:79:14
%1150 = matmul %1138, %119 ta=0 tb=1 : f32[36,3,16] @ models/lib/nn.yaml:83:15
%1151 = broadcast %120 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1152 = add %1150, %1151 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1153 = reshape %1152 : f32[36,3,2,8] @ models/lib/vit.yaml:80:22
%1154 = permute %1153 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:80:14
%1155 = matmul %1144, %1149 ta=0 tb=1 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1156 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1157 = broadcast %1156 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1158 = mul %1155, %1157 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1159 = reduce_max %1158 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:14:35
%1160 = stop_gradient %1159 : f32[36,2,1,1] @ models/lib/nn.yaml:14:21
%1161 = broadcast %1160 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1162 = sub %1158, %1161 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1163 = exp %1162 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1164 = reduce_sum %1163 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:15:20
%1165 = broadcast %1164 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1166 = div %1163, %1165 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1167 = matmul %1166, %1154 ta=0 tb=0 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1168 = permute %1167 perm=[0,2,1,3] : f32[36,1,2,8] @ models/lib/nn.yaml:56:13
%1169 = reshape %1168 : f32[36,1,16] @ models/lib/nn.yaml:57:16
%1170 = matmul %1169, %121 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1171 = broadcast %122 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1172 = add %1170, %1171 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1173 = add %1116, %1172 : f32[36,1,16] @ models/lib/vit.yaml:96:15
%1174 = reduce_sum %1173 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1175 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1176 = broadcast %1175 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1177 = div %1174, %1176 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1178 = broadcast %1177 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1179 = sub %1173, %1178 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1180 = mul %1179, %1179 : f32[36,1,16] @ models/lib/nn.yaml:95:22
%1181 = reduce_sum %1180 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1182 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1183 = broadcast %1182 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1184 = div %1181, %1183 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1185 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1186 = broadcast %1185 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1187 = add %1184, %1186 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1188 = rsqrt %1187 : f32[36,1,1] @ models/lib/nn.yaml:96:20
%1189 = broadcast %1188 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1190 = mul %1179, %1189 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1191 = broadcast %123 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1192 = mul %1190, %1191 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1193 = broadcast %124 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1194 = add %1192, %1193 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1195 = matmul %1194, %125 ta=0 tb=1 : f32[36,1,64] @ models/lib/nn.yaml:83:15
%1196 = broadcast %126 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1197 = add %1195, %1196 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1198 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1199 = broadcast %1198 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1200 = mul %1199, %1197 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1201 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1202 = broadcast %1201 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1203 = mul %1197, %1202 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1204 = erf %1203 : f32[36,1,64] @ models/lib/nn.yaml:27:31
%1205 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1206 = broadcast %1205 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1207 = add %1206, %1204 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1208 = mul %1200, %1207 : f32[36,1,64] @ models/lib/nn.yaml:27:24
%1209 = matmul %1208, %127 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1210 = broadcast %128 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1211 = add %1209, %1210 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1212 = add %1173, %1211 : f32[36,1,16] @ models/lib/vit.yaml:98:18
%1213 = concat %1212, %1115 axis=1 : f32[36,3,16] @ models/lib/vit.yaml:95:24
%1214 = reduce_sum %1213 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1215 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1216 = broadcast %1215 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1217 = div %1214, %1216 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1218 = broadcast %1217 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1219 = sub %1213, %1218 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1220 = mul %1219, %1219 : f32[36,3,16] @ models/lib/nn.yaml:95:22
%1221 = reduce_sum %1220 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1222 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1223 = broadcast %1222 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1224 = div %1221, %1223 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1225 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1226 = broadcast %1225 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1227 = add %1224, %1226 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1228 = rsqrt %1227 : f32[36,3,1] @ models/lib/nn.yaml:96:20
%1229 = broadcast %1228 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1230 = mul %1219, %1229 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1231 = broadcast %129 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1232 = mul %1230, %1231 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1233 = broadcast %130 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1234 = add %1232, %1233 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1235 = slice %1234 lo=[0,0,0] hi=[36,1,16] : f32[36,1,16] @ models/lib/vit.yaml:78:33
%1236 = matmul %1235, %131 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1237 = broadcast %132 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1238 = add %1236, %1237 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1239 = reshape %1238 : f32[36,1,2,8] @ models/lib/vit.yaml:78:22
%1240 = permute %1239 perm=[0,2,1,3] : f32[36,2,1,8] @ models/lib/vit.yaml:78:14
%1241 = matmul %1234, %133 ta=0 tb=1 : f32[36,3,16] @ models/lib/nn.yaml:83:15
%1242 = broadcast %134 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1243 = add %1241, %1242 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1244 = reshape %1243 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1245 = permute %1244 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:79:14
%1246 = matmul %1234, %135 ta=0 tb=1 : f32[36,3,16] @ models/lib/nn.yaml:83:15
%1247 = broadcast %136 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1248 = add %1246, %1247 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1249 = reshape %1248 : f32[36,3,2,8] @ models/lib/vit.yaml:80:22
%1250 = permute %1249 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:80:14
%1251 = matmul %1240, %1245 ta=0 tb=1 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1252 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1253 = broadcast %1252 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1254 = mul %1251, %1253 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1255 = reduce_max %1254 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:14:35
%1256 = stop_gradient %1255 : f32[36,2,1,1] @ models/lib/nn.yaml:14:21
%1257 = broadcast %1256 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1258 = sub %1254, %1257 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1259 = exp %1258 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1260 = reduce_sum %1259 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:15:20
%1261 = broadcast %1260 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1262 = div %1259, %1261 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1263 = matmul %1262, %1250 ta=0 tb=0 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1264 = permute %1263 perm=[0,2,1,3] : f32[36,1,2,8] @ models/lib/nn.yaml:56:13
%1265 = reshape %1264 : f32[36,1,16] @ models/lib/nn.yaml:57:16
%1266 = matmul %1265, %137 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1267 = broadcast %138 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1268 = add %1266, %1267 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1269 = add %1212, %1268 : f32[36,1,16] @ models/lib/vit.yaml:96:15
%1270 = reduce_sum %1269 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1271 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1272 = broadcast %1271 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1273 = div %1270, %1272 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1274 = broadcast %1273 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1275 = sub %1269, %1274 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1276 = mul %1275, %1275 : f32[36,1,16] @ models/lib/nn.yaml:95:22
%1277 = reduce_sum %1276 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1278 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1279 = broadcast %1278 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1280 = div %1277, %1279 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1281 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1282 = broadcast %1281 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1283 = add %1280, %1282 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1284 = rsqrt %1283 : f32[36,1,1] @ models/lib/nn.yaml:96:20
%1285 = broadcast %1284 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1286 = mul %1275, %1285 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1287 = broadcast %139 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1288 = mul %1286, %1287 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1289 = broadcast %140 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1290 = add %1288, %1289 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1291 = matmul %1290, %141 ta=0 tb=1 : f32[36,1,64] @ models/lib/nn.yaml:83:15
%1292 = broadcast %142 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1293 = add %1291, %1292 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1294 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1295 = broadcast %1294 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1296 = mul %1295, %1293 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1297 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1298 = broadcast %1297 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1299 = mul %1293, %1298 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1300 = erf %1299 : f32[36,1,64] @ models/lib/nn.yaml:27:31
%1301 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1302 = broadcast %1301 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1303 = add %1302, %1300 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1304 = mul %1296, %1303 : f32[36,1,64] @ models/lib/nn.yaml:27:24
%1305 = matmul %1304, %143 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1306 = broadcast %144 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1307 = add %1305, %1306 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1308 = add %1269, %1307 : f32[36,1,16] @ models/lib/vit.yaml:98:18
%1309 = reshape %1308 : f32[4,9,16] @ models/dino_pass.yaml:89:16
%1310 = broadcast %112 : f32[4,1,16] @ models/lib/vit.yaml:116:31
%1311 = concat %1310, %1089 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%1312 = reduce_sum %1311 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1313 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1314 = broadcast %1313 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1315 = div %1312, %1314 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1316 = broadcast %1315 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1317 = sub %1311, %1316 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1318 = mul %1317, %1317 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1319 = reduce_sum %1318 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1320 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1321 = broadcast %1320 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1322 = div %1319, %1321 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1323 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1324 = broadcast %1323 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1325 = add %1322, %1324 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1326 = rsqrt %1325 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1327 = broadcast %1326 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1328 = mul %1317, %1327 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1329 = broadcast %113 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1330 = mul %1328, %1329 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1331 = broadcast %114 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1332 = add %1330, %1331 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1333 = slice %1332 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%1334 = matmul %1333, %115 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1335 = broadcast %116 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1336 = add %1334, %1335 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1337 = reshape %1336 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%1338 = permute %1337 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%1339 = matmul %1332, %117 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1340 = broadcast %118 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1341 = add %1339, %1340 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1342 = reshape %1341 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%1343 = permute %1342 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%1344 = matmul %1332, %119 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1345 = broadcast %120 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1346 = add %1344, %1345 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1347 = reshape %1346 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%1348 = permute %1347 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%1349 = matmul %1338, %1343 ta=0 tb=1 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1350 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1351 = broadcast %1350 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1352 = mul %1349, %1351 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1353 = reduce_max %1352 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%1354 = stop_gradient %1353 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%1355 = broadcast %1354 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1356 = sub %1352, %1355 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1357 = exp %1356 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%1358 = reduce_sum %1357 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%1359 = broadcast %1358 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1360 = div %1357, %1359 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1361 = matmul %1360, %1348 ta=0 tb=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%1362 = permute %1361 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%1363 = reshape %1362 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%1364 = matmul %1363, %121 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1365 = broadcast %122 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1366 = add %1364, %1365 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1367 = add %1310, %1366 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%1368 = reduce_sum %1367 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1369 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1370 = broadcast %1369 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1371 = div %1368, %1370 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1372 = broadcast %1371 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1373 = sub %1367, %1372 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1374 = mul %1373, %1373 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%1375 = reduce_sum %1374 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1376 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1377 = broadcast %1376 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1378 = div %1375, %1377 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1379 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1380 = broadcast %1379 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1381 = add %1378, %1380 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1382 = rsqrt %1381 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%1383 = broadcast %1382 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1384 = mul %1373, %1383 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1385 = broadcast %123 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1386 = mul %1384, %1385 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1387 = broadcast %124 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1388 = add %1386, %1387 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1389 = matmul %1388, %125 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%1390 = broadcast %126 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1391 = add %1389, %1390 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1392 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1393 = broadcast %1392 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1394 = mul %1393, %1391 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1395 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1396 = broadcast %1395 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1397 = mul %1391, %1396 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1398 = erf %1397 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%1399 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1400 = broadcast %1399 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1401 = add %1400, %1398 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1402 = mul %1394, %1401 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%1403 = matmul %1402, %127 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1404 = broadcast %128 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1405 = add %1403, %1404 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1406 = add %1367, %1405 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%1407 = concat %1406, %1089 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%1408 = reduce_sum %1407 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1409 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1410 = broadcast %1409 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1411 = div %1408, %1410 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1412 = broadcast %1411 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1413 = sub %1407, %1412 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1414 = mul %1413, %1413 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1415 = reduce_sum %1414 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1416 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1417 = broadcast %1416 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1418 = div %1415, %1417 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1419 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1420 = broadcast %1419 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1421 = add %1418, %1420 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1422 = rsqrt %1421 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1423 = broadcast %1422 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1424 = mul %1413, %1423 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1425 = broadcast %129 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1426 = mul %1424, %1425 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1427 = broadcast %130 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1428 = add %1426, %1427 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1429 = slice %1428 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%1430 = matmul %1429, %131 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1431 = broadcast %132 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1432 = add %1430, %1431 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1433 = reshape %1432 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%1434 = permute %1433 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%1435 = matmul %1428, %133 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1436 = broadcast %134 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1437 = add %1435, %1436 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1438 = reshape %1437 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%1439 = permute %1438 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%1440 = matmul %1428, %135 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1441 = broadcast %136 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1442 = add %1440, %1441 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1443 = reshape %1442 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%1444 = permute %1443 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%1445 = matmul %1434, %1439 ta=0 tb=1 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1446 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1447 = broadcast %1446 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1448 = mul %1445, %1447 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1449 = reduce_max %1448 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%1450 = stop_gradient %1449 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%1451 = broadcast %1450 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1452 = sub %1448, %1451 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1453 = exp %1452 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%1454 = reduce_sum %1453 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%1455 = broadcast %1454 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1456 = div %1453, %1455 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1457 = matmul %1456, %1444 ta=0 tb=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%1458 = permute %1457 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%1459 = reshape %1458 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%1460 = matmul %1459, %137 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1461 = broadcast %138 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1462 = add %1460, %1461 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1463 = add %1406, %1462 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%1464 = reduce_sum %1463 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1465 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1466 = broadcast %1465 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1467 = div %1464, %1466 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1468 = broadcast %1467 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1469 = sub %1463, %1468 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1470 = mul %1469, %1469 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%1471 = reduce_sum %1470 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1472 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1473 = broadcast %1472 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1474 = div %1471, %1473 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1475 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1476 = broadcast %1475 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1477 = add %1474, %1476 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1478 = rsqrt %1477 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%1479 = broadcast %1478 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1480 = mul %1469, %1479 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1481 = broadcast %139 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1482 = mul %1480, %1481 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1483 = broadcast %140 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1484 = add %1482, %1483 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1485 = matmul %1484, %141 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%1486 = broadcast %142 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1487 = add %1485, %1486 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1488 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1489 = broadcast %1488 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1490 = mul %1489, %1487 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1491 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1492 = broadcast %1491 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1493 = mul %1487, %1492 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1494 = erf %1493 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%1495 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1496 = broadcast %1495 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1497 = add %1496, %1494 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1498 = mul %1490, %1497 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%1499 = matmul %1498, %143 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1500 = broadcast %144 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1501 = add %1499, %1500 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1502 = add %1463, %1501 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%1503 = concat %1502, %1309 axis=1 : f32[4,10,16] @ models/dino_pass.yaml:110:30
%1504 = reduce_sum %1503 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1505 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1506 = broadcast %1505 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1507 = div %1504, %1506 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1508 = broadcast %1507 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1509 = sub %1503, %1508 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1510 = mul %1509, %1509 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1511 = reduce_sum %1510 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1512 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1513 = broadcast %1512 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1514 = div %1511, %1513 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1515 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1516 = broadcast %1515 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1517 = add %1514, %1516 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1518 = rsqrt %1517 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1519 = broadcast %1518 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1520 = mul %1509, %1519 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1521 = broadcast %145 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1522 = mul %1520, %1521 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1523 = broadcast %146 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1524 = add %1522, %1523 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1525 = slice %1524 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino_pass.yaml:111:28
%1526 = matmul %1525, %147 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%1527 = broadcast %148 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1528 = add %1526, %1527 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1529 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1530 = broadcast %1529 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1531 = mul %1530, %1528 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1532 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1533 = broadcast %1532 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1534 = mul %1528, %1533 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1535 = erf %1534 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%1536 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1537 = broadcast %1536 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1538 = add %1537, %1535 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1539 = mul %1531, %1538 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%1540 = matmul %1539, %149 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%1541 = broadcast %150 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1542 = add %1540, %1541 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1543 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1544 = broadcast %1543 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1545 = mul %1544, %1542 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1546 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1547 = broadcast %1546 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1548 = mul %1542, %1547 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1549 = erf %1548 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%1550 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1551 = broadcast %1550 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1552 = add %1551, %1549 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1553 = mul %1545, %1552 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%1554 = matmul %1553, %151 ta=0 tb=1 : f32[4,1,8] @ models/lib/nn.yaml:83:15
%1555 = broadcast %152 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%1556 = add %1554, %1555 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%1557 = mul %1556, %1556 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%1558 = reduce_sum %1557 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%1559 = sqrt %1558 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%1560 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1561 = cast %1560 : f32[] @ models/lib/nn.yaml:33:61
%1562 = broadcast %1561 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%1563 = max %1559, %1562 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%1564 = broadcast %1563 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%1565 = div %1556, %1564 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%1566 = broadcast %153 : f32[32,8] @ models/lib/dino.yaml:22:22
%1567 = mul %1566, %154 : f32[32,8] @ models/lib/dino.yaml:22:22
%1568 = mul %154, %154 : f32[32,8] @ models/lib/dino.yaml:22:53
%1569 = reduce_sum %1568 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%1570 = sqrt %1569 : f32[32,1] @ models/lib/dino.yaml:22:35
%1571 = broadcast %1570 : f32[32,8] @ models/lib/dino.yaml:22:33
%1572 = div %1567, %1571 : f32[32,8] @ models/lib/dino.yaml:22:33
%1573 = matmul %1565, %1572 ta=0 tb=1 : f32[4,1,32] @ models/lib/dino.yaml:23:18
%1574 = slice %1524 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/dino_pass.yaml:111:46
%1575 = matmul %1574, %155 ta=0 tb=1 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%1576 = broadcast %156 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%1577 = add %1575, %1576 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%1578 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1579 = broadcast %1578 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%1580 = mul %1579, %1577 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%1581 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1582 = broadcast %1581 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%1583 = mul %1577, %1582 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%1584 = erf %1583 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%1585 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1586 = broadcast %1585 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%1587 = add %1586, %1584 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%1588 = mul %1580, %1587 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%1589 = matmul %1588, %157 ta=0 tb=1 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%1590 = broadcast %158 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%1591 = add %1589, %1590 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%1592 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1593 = broadcast %1592 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%1594 = mul %1593, %1591 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%1595 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1596 = broadcast %1595 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%1597 = mul %1591, %1596 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%1598 = erf %1597 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%1599 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1600 = broadcast %1599 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%1601 = add %1600, %1598 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%1602 = mul %1594, %1601 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%1603 = matmul %1602, %159 ta=0 tb=1 : f32[4,9,8] @ models/lib/nn.yaml:83:15
%1604 = broadcast %160 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%1605 = add %1603, %1604 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%1606 = mul %1605, %1605 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%1607 = reduce_sum %1606 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:29
%1608 = sqrt %1607 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%1609 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1610 = cast %1609 : f32[] @ models/lib/nn.yaml:33:61
%1611 = broadcast %1610 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%1612 = max %1608, %1611 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%1613 = broadcast %1612 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%1614 = div %1605, %1613 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%1615 = broadcast %161 : f32[16,8] @ models/lib/dino.yaml:22:22
%1616 = mul %1615, %162 : f32[16,8] @ models/lib/dino.yaml:22:22
%1617 = mul %162, %162 : f32[16,8] @ models/lib/dino.yaml:22:53
%1618 = reduce_sum %1617 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:40
%1619 = sqrt %1618 : f32[16,1] @ models/lib/dino.yaml:22:35
%1620 = broadcast %1619 : f32[16,8] @ models/lib/dino.yaml:22:33
%1621 = div %1616, %1620 : f32[16,8] @ models/lib/dino.yaml:22:33
%1622 = matmul %1614, %1621 ta=0 tb=1 : f32[4,9,16] @ models/lib/dino.yaml:23:18
%1623 = slice %1573 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%1624 = slice %1573 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%1625 = slice %1622 lo=[0,0,0] hi=[2,9,16] : f32[2,9,16] @ models/dino_pass.yaml:132:27
%1626 = slice %1622 lo=[2,0,0] hi=[4,9,16] : f32[2,9,16] @ models/dino_pass.yaml:132:27
%1627 = reshape %5 : f32[4,3,4,4,4,4] @ models/lib/vit.yaml:15:21
%1628 = permute %1627 perm=[0,2,4,1,3,5] : f32[4,4,4,3,4,4] @ models/lib/vit.yaml:15:13
%1629 = reshape %1628 : f32[4,16,48] @ models/lib/vit.yaml:16:13
%1630 = reshape %8 : f32[16,48] @ models/lib/vit.yaml:17:20
%1631 = matmul %1629, %1630 ta=0 tb=1 : f32[4,16,16] @ models/lib/vit.yaml:17:18
%1632 = broadcast %9 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%1633 = add %1631, %1632 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%1634 = broadcast %7 : f32[4,16,16] @ models/lib/vit.yaml:62:15
%1635 = add %1633, %1634 : f32[4,16,16] @ models/lib/vit.yaml:62:15
%1636 = reduce_sum %1635 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1637 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1638 = broadcast %1637 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1639 = div %1636, %1638 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1640 = broadcast %1639 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1641 = sub %1635, %1640 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1642 = mul %1641, %1641 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%1643 = reduce_sum %1642 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1644 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1645 = broadcast %1644 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1646 = div %1643, %1645 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1647 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1648 = broadcast %1647 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1649 = add %1646, %1648 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1650 = rsqrt %1649 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%1651 = broadcast %1650 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1652 = mul %1641, %1651 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1653 = broadcast %10 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%1654 = mul %1652, %1653 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%1655 = broadcast %11 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%1656 = add %1654, %1655 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%1657 = matmul %1656, %12 ta=0 tb=1 : f32[4,16,48] @ models/lib/nn.yaml:83:15
%1658 = broadcast %13 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%1659 = add %1657, %1658 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%1660 = reshape %1659 : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%1661 = permute %1660 perm=[2,0,3,1,4] : f32[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%1662 = slice %1661 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%1663 = reshape %1662 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%1664 = slice %1661 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%1665 = reshape %1664 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%1666 = slice %1661 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%1667 = reshape %1666 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%1668 = matmul %1663, %1665 ta=0 tb=1 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1669 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1670 = broadcast %1669 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1671 = mul %1668, %1670 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1672 = reduce_max %1671 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%1673 = stop_gradient %1672 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%1674 = broadcast %1673 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%1675 = sub %1671, %1674 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%1676 = exp %1675 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%1677 = reduce_sum %1676 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%1678 = broadcast %1677 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%1679 = div %1676, %1678 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%1680 = matmul %1679, %1667 ta=0 tb=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%1681 = permute %1680 perm=[0,2,1,3] : f32[4,16,2,8] @ models/lib/nn.yaml:56:13
%1682 = reshape %1681 : f32[4,16,16] @ models/lib/nn.yaml:57:16
%1683 = matmul %1682, %14 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%1684 = broadcast %15 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1685 = add %1683, %1684 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1686 = add %1635, %1685 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%1687 = reduce_sum %1686 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1688 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1689 = broadcast %1688 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1690 = div %1687, %1689 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1691 = broadcast %1690 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1692 = sub %1686, %1691 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1693 = mul %1692, %1692 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%1694 = reduce_sum %1693 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1695 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1696 = broadcast %1695 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1697 = div %1694, %1696 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1698 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1699 = broadcast %1698 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1700 = add %1697, %1699 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1701 = rsqrt %1700 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%1702 = broadcast %1701 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1703 = mul %1692, %1702 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1704 = broadcast %16 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%1705 = mul %1703, %1704 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%1706 = broadcast %17 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%1707 = add %1705, %1706 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%1708 = matmul %1707, %18 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%1709 = broadcast %19 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1710 = add %1708, %1709 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1711 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1712 = broadcast %1711 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%1713 = mul %1712, %1710 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%1714 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1715 = broadcast %1714 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%1716 = mul %1710, %1715 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%1717 = erf %1716 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%1718 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1719 = broadcast %1718 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%1720 = add %1719, %1717 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%1721 = mul %1713, %1720 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%1722 = matmul %1721, %20 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%1723 = broadcast %21 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1724 = add %1722, %1723 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1725 = add %1686, %1724 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%1726 = reduce_sum %1725 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1727 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1728 = broadcast %1727 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1729 = div %1726, %1728 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1730 = broadcast %1729 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1731 = sub %1725, %1730 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1732 = mul %1731, %1731 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%1733 = reduce_sum %1732 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1734 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1735 = broadcast %1734 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1736 = div %1733, %1735 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1737 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1738 = broadcast %1737 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1739 = add %1736, %1738 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1740 = rsqrt %1739 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%1741 = broadcast %1740 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1742 = mul %1731, %1741 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1743 = broadcast %22 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%1744 = mul %1742, %1743 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%1745 = broadcast %23 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%1746 = add %1744, %1745 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%1747 = matmul %1746, %24 ta=0 tb=1 : f32[4,16,48] @ models/lib/nn.yaml:83:15
%1748 = broadcast %25 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%1749 = add %1747, %1748 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%1750 = reshape %1749 : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%1751 = permute %1750 perm=[2,0,3,1,4] : f32[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%1752 = slice %1751 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%1753 = reshape %1752 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%1754 = slice %1751 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%1755 = reshape %1754 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%1756 = slice %1751 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%1757 = reshape %1756 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%1758 = matmul %1753, %1755 ta=0 tb=1 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1759 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1760 = broadcast %1759 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1761 = mul %1758, %1760 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1762 = reduce_max %1761 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%1763 = stop_gradient %1762 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%1764 = broadcast %1763 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%1765 = sub %1761, %1764 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%1766 = exp %1765 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%1767 = reduce_sum %1766 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%1768 = broadcast %1767 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%1769 = div %1766, %1768 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%1770 = matmul %1769, %1757 ta=0 tb=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%1771 = permute %1770 perm=[0,2,1,3] : f32[4,16,2,8] @ models/lib/nn.yaml:56:13
%1772 = reshape %1771 : f32[4,16,16] @ models/lib/nn.yaml:57:16
%1773 = matmul %1772, %26 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%1774 = broadcast %27 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1775 = add %1773, %1774 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1776 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%1777 = broadcast %1776 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%1778 = div %1775, %1777 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%1779 = input name="seed" : i64[] @ models/lib/nn.yaml:43:13
%1780 = rand_uniform %1779 stream=1 : f32[4] @ models/lib/nn.yaml:43:13
%1781 = const data=[0.9] : f32[] @ models/lib/nn.yaml:44:30
%1782 = broadcast %1781 : f32[4] @ models/lib/nn.yaml:44:35
%1783 = add %1782, %1780 : f32[4] @ models/lib/nn.yaml:44:35
%1784 = floor %1783 : f32[4] @ models/lib/nn.yaml:44:24
%1785 = reshape %1784 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%1786 = broadcast %1785 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%1787 = mul %1778, %1786 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%1788 = add %1725, %1787 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%1789 = reduce_sum %1788 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1790 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1791 = broadcast %1790 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1792 = div %1789, %1791 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1793 = broadcast %1792 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1794 = sub %1788, %1793 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1795 = mul %1794, %1794 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%1796 = reduce_sum %1795 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1797 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1798 = broadcast %1797 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1799 = div %1796, %1798 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1800 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1801 = broadcast %1800 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1802 = add %1799, %1801 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1803 = rsqrt %1802 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%1804 = broadcast %1803 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1805 = mul %1794, %1804 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1806 = broadcast %28 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%1807 = mul %1805, %1806 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%1808 = broadcast %29 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%1809 = add %1807, %1808 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%1810 = matmul %1809, %30 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%1811 = broadcast %31 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1812 = add %1810, %1811 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1813 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1814 = broadcast %1813 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%1815 = mul %1814, %1812 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%1816 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1817 = broadcast %1816 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%1818 = mul %1812, %1817 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%1819 = erf %1818 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%1820 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1821 = broadcast %1820 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%1822 = add %1821, %1819 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%1823 = mul %1815, %1822 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%1824 = matmul %1823, %32 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%1825 = broadcast %33 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1826 = add %1824, %1825 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1827 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%1828 = broadcast %1827 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%1829 = div %1826, %1828 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%1830 = rand_uniform %1779 stream=2 : f32[4] @ models/lib/nn.yaml:43:13
%1831 = const data=[0.9] : f32[] @ models/lib/nn.yaml:44:30
%1832 = broadcast %1831 : f32[4] @ models/lib/nn.yaml:44:35
%1833 = add %1832, %1830 : f32[4] @ models/lib/nn.yaml:44:35
%1834 = floor %1833 : f32[4] @ models/lib/nn.yaml:44:24
%1835 = reshape %1834 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%1836 = broadcast %1835 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%1837 = mul %1829, %1836 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%1838 = add %1788, %1837 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%1839 = broadcast %34 : f32[4,1,16] @ models/lib/vit.yaml:116:31
%1840 = concat %1839, %1838 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%1841 = reduce_sum %1840 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1842 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1843 = broadcast %1842 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1844 = div %1841, %1843 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1845 = broadcast %1844 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1846 = sub %1840, %1845 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1847 = mul %1846, %1846 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1848 = reduce_sum %1847 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1849 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1850 = broadcast %1849 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1851 = div %1848, %1850 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1852 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1853 = broadcast %1852 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%1854 = add %1851, %1853 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%1855 = rsqrt %1854 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1856 = broadcast %1855 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1857 = mul %1846, %1856 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1858 = broadcast %35 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1859 = mul %1857, %1858 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1860 = broadcast %36 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%1861 = add %1859, %1860 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%1862 = slice %1861 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%1863 = matmul %1862, %37 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1864 = broadcast %38 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1865 = add %1863, %1864 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1866 = reshape %1865 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%1867 = permute %1866 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%1868 = matmul %1861, %39 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1869 = broadcast %40 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1870 = add %1868, %1869 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1871 = reshape %1870 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%1872 = permute %1871 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%1873 = matmul %1861, %41 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1874 = broadcast %42 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1875 = add %1873, %1874 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1876 = reshape %1875 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%1877 = permute %1876 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%1878 = matmul %1867, %1872 ta=0 tb=1 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1879 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1880 = broadcast %1879 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1881 = mul %1878, %1880 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1882 = reduce_max %1881 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%1883 = stop_gradient %1882 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%1884 = broadcast %1883 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%1885 = sub %1881, %1884 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%1886 = exp %1885 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%1887 = reduce_sum %1886 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%1888 = broadcast %1887 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%1889 = div %1886, %1888 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%1890 = matmul %1889, %1877 ta=0 tb=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%1891 = permute %1890 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%1892 = reshape %1891 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%1893 = matmul %1892, %43 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1894 = broadcast %44 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1895 = add %1893, %1894 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1896 = add %1839, %1895 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%1897 = reduce_sum %1896 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1898 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1899 = broadcast %1898 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1900 = div %1897, %1899 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1901 = broadcast %1900 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1902 = sub %1896, %1901 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1903 = mul %1902, %1902 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%1904 = reduce_sum %1903 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1905 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1906 = broadcast %1905 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1907 = div %1904, %1906 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1908 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1909 = broadcast %1908 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1910 = add %1907, %1909 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1911 = rsqrt %1910 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%1912 = broadcast %1911 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1913 = mul %1902, %1912 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1914 = broadcast %45 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1915 = mul %1913, %1914 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1916 = broadcast %46 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1917 = add %1915, %1916 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1918 = matmul %1917, %47 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%1919 = broadcast %48 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1920 = add %1918, %1919 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1921 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1922 = broadcast %1921 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1923 = mul %1922, %1920 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1924 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1925 = broadcast %1924 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1926 = mul %1920, %1925 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1927 = erf %1926 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%1928 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1929 = broadcast %1928 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1930 = add %1929, %1927 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1931 = mul %1923, %1930 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%1932 = matmul %1931, %49 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1933 = broadcast %50 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1934 = add %1932, %1933 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1935 = add %1896, %1934 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%1936 = concat %1935, %1838 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%1937 = reduce_sum %1936 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1938 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1939 = broadcast %1938 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1940 = div %1937, %1939 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1941 = broadcast %1940 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1942 = sub %1936, %1941 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1943 = mul %1942, %1942 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1944 = reduce_sum %1943 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1945 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1946 = broadcast %1945 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1947 = div %1944, %1946 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1948 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1949 = broadcast %1948 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%1950 = add %1947, %1949 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%1951 = rsqrt %1950 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1952 = broadcast %1951 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1953 = mul %1942, %1952 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1954 = broadcast %51 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1955 = mul %1953, %1954 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1956 = broadcast %52 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%1957 = add %1955, %1956 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%1958 = slice %1957 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%1959 = matmul %1958, %53 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1960 = broadcast %54 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1961 = add %1959, %1960 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1962 = reshape %1961 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%1963 = permute %1962 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%1964 = matmul %1957, %55 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1965 = broadcast %56 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1966 = add %1964, %1965 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1967 = reshape %1966 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%1968 = permute %1967 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%1969 = matmul %1957, %57 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1970 = broadcast %58 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1971 = add %1969, %1970 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1972 = reshape %1971 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%1973 = permute %1972 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%1974 = matmul %1963, %1968 ta=0 tb=1 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1975 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1976 = broadcast %1975 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1977 = mul %1974, %1976 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1978 = reduce_max %1977 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%1979 = stop_gradient %1978 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%1980 = broadcast %1979 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%1981 = sub %1977, %1980 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%1982 = exp %1981 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%1983 = reduce_sum %1982 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%1984 = broadcast %1983 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%1985 = div %1982, %1984 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%1986 = matmul %1985, %1973 ta=0 tb=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%1987 = permute %1986 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%1988 = reshape %1987 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%1989 = matmul %1988, %59 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1990 = broadcast %60 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1991 = add %1989, %1990 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1992 = add %1935, %1991 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%1993 = reduce_sum %1992 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1994 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1995 = broadcast %1994 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1996 = div %1993, %1995 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1997 = broadcast %1996 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1998 = sub %1992, %1997 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1999 = mul %1998, %1998 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2000 = reduce_sum %1999 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2001 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2002 = broadcast %2001 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2003 = div %2000, %2002 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2004 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2005 = broadcast %2004 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2006 = add %2003, %2005 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2007 = rsqrt %2006 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2008 = broadcast %2007 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2009 = mul %1998, %2008 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2010 = broadcast %61 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2011 = mul %2009, %2010 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2012 = broadcast %62 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2013 = add %2011, %2012 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2014 = matmul %2013, %63 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%2015 = broadcast %64 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2016 = add %2014, %2015 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2017 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2018 = broadcast %2017 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2019 = mul %2018, %2016 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2020 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2021 = broadcast %2020 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2022 = mul %2016, %2021 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2023 = erf %2022 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2024 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2025 = broadcast %2024 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2026 = add %2025, %2023 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2027 = mul %2019, %2026 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2028 = matmul %2027, %65 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2029 = broadcast %66 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2030 = add %2028, %2029 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2031 = add %1992, %2030 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2032 = concat %2031, %1838 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:111:21
%2033 = reduce_sum %2032 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2034 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2035 = broadcast %2034 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2036 = div %2033, %2035 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2037 = broadcast %2036 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2038 = sub %2032, %2037 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2039 = mul %2038, %2038 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2040 = reduce_sum %2039 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2041 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2042 = broadcast %2041 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2043 = div %2040, %2042 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2044 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2045 = broadcast %2044 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%2046 = add %2043, %2045 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%2047 = rsqrt %2046 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2048 = broadcast %2047 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2049 = mul %2038, %2048 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2050 = broadcast %67 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2051 = mul %2049, %2050 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2052 = broadcast %68 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2053 = add %2051, %2052 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2054 = slice %2053 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino_pass.yaml:104:28
%2055 = matmul %2054, %69 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%2056 = broadcast %70 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2057 = add %2055, %2056 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2058 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2059 = broadcast %2058 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2060 = mul %2059, %2057 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2061 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2062 = broadcast %2061 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2063 = mul %2057, %2062 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2064 = erf %2063 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2065 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2066 = broadcast %2065 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2067 = add %2066, %2064 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2068 = mul %2060, %2067 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2069 = matmul %2068, %71 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%2070 = broadcast %72 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2071 = add %2069, %2070 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2072 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2073 = broadcast %2072 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2074 = mul %2073, %2071 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2075 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2076 = broadcast %2075 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2077 = mul %2071, %2076 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2078 = erf %2077 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2079 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2080 = broadcast %2079 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2081 = add %2080, %2078 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2082 = mul %2074, %2081 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2083 = matmul %2082, %73 ta=0 tb=1 : f32[4,1,8] @ models/lib/nn.yaml:83:15
%2084 = broadcast %74 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2085 = add %2083, %2084 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2086 = mul %2085, %2085 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%2087 = reduce_sum %2086 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%2088 = sqrt %2087 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2089 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%2090 = cast %2089 : f32[] @ models/lib/nn.yaml:33:61
%2091 = broadcast %2090 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2092 = max %2088, %2091 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2093 = broadcast %2092 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2094 = div %2085, %2093 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2095 = broadcast %75 : f32[32,8] @ models/lib/dino.yaml:22:22
%2096 = mul %2095, %76 : f32[32,8] @ models/lib/dino.yaml:22:22
%2097 = mul %76, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%2098 = reduce_sum %2097 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%2099 = sqrt %2098 : f32[32,1] @ models/lib/dino.yaml:22:35
%2100 = broadcast %2099 : f32[32,8] @ models/lib/dino.yaml:22:33
%2101 = div %2096, %2100 : f32[32,8] @ models/lib/dino.yaml:22:33
%2102 = matmul %2094, %2101 ta=0 tb=1 : f32[4,1,32] @ models/lib/dino.yaml:23:18
%2103 = slice %2053 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/dino_pass.yaml:104:46
%2104 = matmul %2103, %77 ta=0 tb=1 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%2105 = broadcast %78 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2106 = add %2104, %2105 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2107 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2108 = broadcast %2107 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%2109 = mul %2108, %2106 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%2110 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2111 = broadcast %2110 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%2112 = mul %2106, %2111 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%2113 = erf %2112 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%2114 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2115 = broadcast %2114 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%2116 = add %2115, %2113 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%2117 = mul %2109, %2116 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%2118 = matmul %2117, %79 ta=0 tb=1 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%2119 = broadcast %80 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2120 = add %2118, %2119 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2121 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2122 = broadcast %2121 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%2123 = mul %2122, %2120 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%2124 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2125 = broadcast %2124 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%2126 = mul %2120, %2125 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%2127 = erf %2126 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%2128 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2129 = broadcast %2128 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%2130 = add %2129, %2127 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%2131 = mul %2123, %2130 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%2132 = matmul %2131, %81 ta=0 tb=1 : f32[4,16,8] @ models/lib/nn.yaml:83:15
%2133 = broadcast %82 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%2134 = add %2132, %2133 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%2135 = mul %2134, %2134 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%2136 = reduce_sum %2135 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:29
%2137 = sqrt %2136 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%2138 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%2139 = cast %2138 : f32[] @ models/lib/nn.yaml:33:61
%2140 = broadcast %2139 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%2141 = max %2137, %2140 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%2142 = broadcast %2141 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%2143 = div %2134, %2142 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%2144 = broadcast %83 : f32[16,8] @ models/lib/dino.yaml:22:22
%2145 = mul %2144, %84 : f32[16,8] @ models/lib/dino.yaml:22:22
%2146 = mul %84, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%2147 = reduce_sum %2146 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:40
%2148 = sqrt %2147 : f32[16,1] @ models/lib/dino.yaml:22:35
%2149 = broadcast %2148 : f32[16,8] @ models/lib/dino.yaml:22:33
%2150 = div %2145, %2149 : f32[16,8] @ models/lib/dino.yaml:22:33
%2151 = matmul %2143, %2150 ta=0 tb=1 : f32[4,16,16] @ models/lib/dino.yaml:23:18
%2152 = slice %2102 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:133:20
%2153 = slice %2102 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:133:20
%2154 = slice %2151 lo=[0,0,0] hi=[2,16,16] : f32[2,16,16] @ models/dino_pass.yaml:133:27
%2155 = slice %2151 lo=[2,0,0] hi=[4,16,16] : f32[2,16,16] @ models/dino_pass.yaml:133:27
%2156 = reshape %6 : f32[4,3,3,4,3,4] @ models/lib/vit.yaml:15:21
%2157 = permute %2156 perm=[0,2,4,1,3,5] : f32[4,3,3,3,4,4] @ models/lib/vit.yaml:15:13
%2158 = reshape %2157 : f32[4,9,48] @ models/lib/vit.yaml:16:13
%2159 = reshape %8 : f32[16,48] @ models/lib/vit.yaml:17:20
%2160 = matmul %2158, %2159 ta=0 tb=1 : f32[4,9,16] @ models/lib/vit.yaml:17:18
%2161 = broadcast %9 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%2162 = add %2160, %2161 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%2163 = resize_matrix n=4 scale=0.775 : f32[3,4] @ models/lib/vit.yaml:31:13
%2164 = reshape %7 : f32[4,64] @ models/lib/vit.yaml:32:17
%2165 = matmul %2163, %2164 ta=0 tb=0 : f32[3,64] @ models/lib/vit.yaml:32:15
%2166 = reshape %2165 : f32[3,4,16] @ models/lib/vit.yaml:33:21
%2167 = permute %2166 perm=[1,0,2] : f32[4,3,16] @ models/lib/vit.yaml:33:13
%2168 = reshape %2167 : f32[4,48] @ models/lib/vit.yaml:34:17
%2169 = matmul %2163, %2168 ta=0 tb=0 : f32[3,48] @ models/lib/vit.yaml:34:15
%2170 = reshape %2169 : f32[3,3,16] @ models/lib/vit.yaml:35:21
%2171 = permute %2170 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%2172 = reshape %2171 : f32[1,9,16] @ models/lib/vit.yaml:36:16
%2173 = broadcast %2172 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%2174 = add %2162, %2173 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%2175 = reduce_sum %2174 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2176 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2177 = broadcast %2176 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2178 = div %2175, %2177 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2179 = broadcast %2178 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2180 = sub %2174, %2179 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2181 = mul %2180, %2180 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%2182 = reduce_sum %2181 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2183 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2184 = broadcast %2183 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2185 = div %2182, %2184 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2186 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2187 = broadcast %2186 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2188 = add %2185, %2187 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2189 = rsqrt %2188 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2190 = broadcast %2189 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2191 = mul %2180, %2190 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2192 = broadcast %10 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2193 = mul %2191, %2192 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2194 = broadcast %11 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2195 = add %2193, %2194 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2196 = matmul %2195, %12 ta=0 tb=1 : f32[4,9,48] @ models/lib/nn.yaml:83:15
%2197 = broadcast %13 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%2198 = add %2196, %2197 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%2199 = reshape %2198 : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%2200 = permute %2199 perm=[2,0,3,1,4] : f32[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%2201 = slice %2200 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%2202 = reshape %2201 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%2203 = slice %2200 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%2204 = reshape %2203 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%2205 = slice %2200 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%2206 = reshape %2205 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%2207 = matmul %2202, %2204 ta=0 tb=1 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2208 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%2209 = broadcast %2208 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%2210 = mul %2207, %2209 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%2211 = reduce_max %2210 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%2212 = stop_gradient %2211 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%2213 = broadcast %2212 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%2214 = sub %2210, %2213 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%2215 = exp %2214 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%2216 = reduce_sum %2215 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%2217 = broadcast %2216 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%2218 = div %2215, %2217 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%2219 = matmul %2218, %2206 ta=0 tb=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%2220 = permute %2219 perm=[0,2,1,3] : f32[4,9,2,8] @ models/lib/nn.yaml:56:13
%2221 = reshape %2220 : f32[4,9,16] @ models/lib/nn.yaml:57:16
%2222 = matmul %2221, %14 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%2223 = broadcast %15 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2224 = add %2222, %2223 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2225 = add %2174, %2224 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%2226 = reduce_sum %2225 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2227 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2228 = broadcast %2227 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2229 = div %2226, %2228 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2230 = broadcast %2229 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2231 = sub %2225, %2230 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2232 = mul %2231, %2231 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%2233 = reduce_sum %2232 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2234 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2235 = broadcast %2234 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2236 = div %2233, %2235 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2237 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2238 = broadcast %2237 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2239 = add %2236, %2238 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2240 = rsqrt %2239 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2241 = broadcast %2240 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2242 = mul %2231, %2241 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2243 = broadcast %16 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2244 = mul %2242, %2243 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2245 = broadcast %17 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2246 = add %2244, %2245 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2247 = matmul %2246, %18 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%2248 = broadcast %19 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2249 = add %2247, %2248 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2250 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2251 = broadcast %2250 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%2252 = mul %2251, %2249 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%2253 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2254 = broadcast %2253 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%2255 = mul %2249, %2254 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%2256 = erf %2255 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%2257 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2258 = broadcast %2257 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%2259 = add %2258, %2256 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%2260 = mul %2252, %2259 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%2261 = matmul %2260, %20 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%2262 = broadcast %21 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2263 = add %2261, %2262 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2264 = add %2225, %2263 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%2265 = reduce_sum %2264 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2266 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2267 = broadcast %2266 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2268 = div %2265, %2267 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2269 = broadcast %2268 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2270 = sub %2264, %2269 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2271 = mul %2270, %2270 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%2272 = reduce_sum %2271 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2273 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2274 = broadcast %2273 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2275 = div %2272, %2274 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2276 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2277 = broadcast %2276 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2278 = add %2275, %2277 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2279 = rsqrt %2278 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2280 = broadcast %2279 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2281 = mul %2270, %2280 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2282 = broadcast %22 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2283 = mul %2281, %2282 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2284 = broadcast %23 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2285 = add %2283, %2284 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2286 = matmul %2285, %24 ta=0 tb=1 : f32[4,9,48] @ models/lib/nn.yaml:83:15
%2287 = broadcast %25 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%2288 = add %2286, %2287 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%2289 = reshape %2288 : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%2290 = permute %2289 perm=[2,0,3,1,4] : f32[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%2291 = slice %2290 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%2292 = reshape %2291 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%2293 = slice %2290 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%2294 = reshape %2293 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%2295 = slice %2290 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%2296 = reshape %2295 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%2297 = matmul %2292, %2294 ta=0 tb=1 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2298 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%2299 = broadcast %2298 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%2300 = mul %2297, %2299 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%2301 = reduce_max %2300 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%2302 = stop_gradient %2301 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%2303 = broadcast %2302 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%2304 = sub %2300, %2303 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%2305 = exp %2304 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%2306 = reduce_sum %2305 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%2307 = broadcast %2306 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%2308 = div %2305, %2307 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%2309 = matmul %2308, %2296 ta=0 tb=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%2310 = permute %2309 perm=[0,2,1,3] : f32[4,9,2,8] @ models/lib/nn.yaml:56:13
%2311 = reshape %2310 : f32[4,9,16] @ models/lib/nn.yaml:57:16
%2312 = matmul %2311, %26 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%2313 = broadcast %27 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2314 = add %2312, %2313 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2315 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%2316 = broadcast %2315 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%2317 = div %2314, %2316 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%2318 = rand_uniform %1779 stream=3 : f32[4] @ models/lib/nn.yaml:43:13
%2319 = const data=[0.9] : f32[] @ models/lib/nn.yaml:44:30
%2320 = broadcast %2319 : f32[4] @ models/lib/nn.yaml:44:35
%2321 = add %2320, %2318 : f32[4] @ models/lib/nn.yaml:44:35
%2322 = floor %2321 : f32[4] @ models/lib/nn.yaml:44:24
%2323 = reshape %2322 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%2324 = broadcast %2323 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%2325 = mul %2317, %2324 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%2326 = add %2264, %2325 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%2327 = reduce_sum %2326 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2328 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2329 = broadcast %2328 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2330 = div %2327, %2329 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2331 = broadcast %2330 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2332 = sub %2326, %2331 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2333 = mul %2332, %2332 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%2334 = reduce_sum %2333 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2335 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2336 = broadcast %2335 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2337 = div %2334, %2336 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2338 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2339 = broadcast %2338 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2340 = add %2337, %2339 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2341 = rsqrt %2340 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2342 = broadcast %2341 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2343 = mul %2332, %2342 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2344 = broadcast %28 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2345 = mul %2343, %2344 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2346 = broadcast %29 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2347 = add %2345, %2346 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2348 = matmul %2347, %30 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%2349 = broadcast %31 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2350 = add %2348, %2349 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2351 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2352 = broadcast %2351 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%2353 = mul %2352, %2350 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%2354 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2355 = broadcast %2354 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%2356 = mul %2350, %2355 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%2357 = erf %2356 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%2358 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2359 = broadcast %2358 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%2360 = add %2359, %2357 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%2361 = mul %2353, %2360 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%2362 = matmul %2361, %32 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%2363 = broadcast %33 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2364 = add %2362, %2363 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2365 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%2366 = broadcast %2365 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%2367 = div %2364, %2366 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%2368 = rand_uniform %1779 stream=4 : f32[4] @ models/lib/nn.yaml:43:13
%2369 = const data=[0.9] : f32[] @ models/lib/nn.yaml:44:30
%2370 = broadcast %2369 : f32[4] @ models/lib/nn.yaml:44:35
%2371 = add %2370, %2368 : f32[4] @ models/lib/nn.yaml:44:35
%2372 = floor %2371 : f32[4] @ models/lib/nn.yaml:44:24
%2373 = reshape %2372 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%2374 = broadcast %2373 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%2375 = mul %2367, %2374 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%2376 = add %2326, %2375 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%2377 = broadcast %34 : f32[4,1,16] @ models/lib/vit.yaml:116:31
%2378 = concat %2377, %2376 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%2379 = reduce_sum %2378 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2380 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2381 = broadcast %2380 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2382 = div %2379, %2381 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2383 = broadcast %2382 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2384 = sub %2378, %2383 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2385 = mul %2384, %2384 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2386 = reduce_sum %2385 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2387 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2388 = broadcast %2387 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2389 = div %2386, %2388 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2390 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2391 = broadcast %2390 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2392 = add %2389, %2391 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2393 = rsqrt %2392 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2394 = broadcast %2393 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2395 = mul %2384, %2394 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2396 = broadcast %35 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2397 = mul %2395, %2396 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2398 = broadcast %36 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2399 = add %2397, %2398 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2400 = slice %2399 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%2401 = matmul %2400, %37 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2402 = broadcast %38 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2403 = add %2401, %2402 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2404 = reshape %2403 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%2405 = permute %2404 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%2406 = matmul %2399, %39 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%2407 = broadcast %40 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2408 = add %2406, %2407 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2409 = reshape %2408 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2410 = permute %2409 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%2411 = matmul %2399, %41 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%2412 = broadcast %42 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2413 = add %2411, %2412 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2414 = reshape %2413 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%2415 = permute %2414 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%2416 = matmul %2405, %2410 ta=0 tb=1 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2417 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%2418 = broadcast %2417 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2419 = mul %2416, %2418 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2420 = reduce_max %2419 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2421 = stop_gradient %2420 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2422 = broadcast %2421 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2423 = sub %2419, %2422 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2424 = exp %2423 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2425 = reduce_sum %2424 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2426 = broadcast %2425 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2427 = div %2424, %2426 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2428 = matmul %2427, %2415 ta=0 tb=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2429 = permute %2428 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%2430 = reshape %2429 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%2431 = matmul %2430, %43 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2432 = broadcast %44 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2433 = add %2431, %2432 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2434 = add %2377, %2433 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2435 = reduce_sum %2434 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2436 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2437 = broadcast %2436 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2438 = div %2435, %2437 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2439 = broadcast %2438 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2440 = sub %2434, %2439 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2441 = mul %2440, %2440 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2442 = reduce_sum %2441 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2443 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2444 = broadcast %2443 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2445 = div %2442, %2444 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2446 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2447 = broadcast %2446 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2448 = add %2445, %2447 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2449 = rsqrt %2448 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2450 = broadcast %2449 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2451 = mul %2440, %2450 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2452 = broadcast %45 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2453 = mul %2451, %2452 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2454 = broadcast %46 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2455 = add %2453, %2454 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2456 = matmul %2455, %47 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%2457 = broadcast %48 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2458 = add %2456, %2457 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2459 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2460 = broadcast %2459 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2461 = mul %2460, %2458 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2462 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2463 = broadcast %2462 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2464 = mul %2458, %2463 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2465 = erf %2464 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2466 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2467 = broadcast %2466 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2468 = add %2467, %2465 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2469 = mul %2461, %2468 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2470 = matmul %2469, %49 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2471 = broadcast %50 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2472 = add %2470, %2471 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2473 = add %2434, %2472 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2474 = concat %2473, %2376 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%2475 = reduce_sum %2474 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2476 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2477 = broadcast %2476 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2478 = div %2475, %2477 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2479 = broadcast %2478 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2480 = sub %2474, %2479 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2481 = mul %2480, %2480 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2482 = reduce_sum %2481 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2483 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2484 = broadcast %2483 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2485 = div %2482, %2484 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2486 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2487 = broadcast %2486 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2488 = add %2485, %2487 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2489 = rsqrt %2488 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2490 = broadcast %2489 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2491 = mul %2480, %2490 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2492 = broadcast %51 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2493 = mul %2491, %2492 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2494 = broadcast %52 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2495 = add %2493, %2494 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2496 = slice %2495 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%2497 = matmul %2496, %53 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2498 = broadcast %54 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2499 = add %2497, %2498 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2500 = reshape %2499 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%2501 = permute %2500 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%2502 = matmul %2495, %55 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%2503 = broadcast %56 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2504 = add %2502, %2503 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2505 = reshape %2504 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2506 = permute %2505 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%2507 = matmul %2495, %57 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%2508 = broadcast %58 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2509 = add %2507, %2508 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2510 = reshape %2509 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%2511 = permute %2510 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%2512 = matmul %2501, %2506 ta=0 tb=1 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2513 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%2514 = broadcast %2513 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2515 = mul %2512, %2514 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2516 = reduce_max %2515 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2517 = stop_gradient %2516 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2518 = broadcast %2517 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2519 = sub %2515, %2518 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2520 = exp %2519 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2521 = reduce_sum %2520 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2522 = broadcast %2521 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2523 = div %2520, %2522 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2524 = matmul %2523, %2511 ta=0 tb=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2525 = permute %2524 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%2526 = reshape %2525 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%2527 = matmul %2526, %59 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2528 = broadcast %60 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2529 = add %2527, %2528 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2530 = add %2473, %2529 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2531 = reduce_sum %2530 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2532 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2533 = broadcast %2532 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2534 = div %2531, %2533 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2535 = broadcast %2534 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2536 = sub %2530, %2535 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2537 = mul %2536, %2536 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2538 = reduce_sum %2537 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2539 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2540 = broadcast %2539 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2541 = div %2538, %2540 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2542 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2543 = broadcast %2542 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2544 = add %2541, %2543 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2545 = rsqrt %2544 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2546 = broadcast %2545 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2547 = mul %2536, %2546 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2548 = broadcast %61 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2549 = mul %2547, %2548 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2550 = broadcast %62 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2551 = add %2549, %2550 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2552 = matmul %2551, %63 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%2553 = broadcast %64 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2554 = add %2552, %2553 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2555 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2556 = broadcast %2555 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2557 = mul %2556, %2554 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2558 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2559 = broadcast %2558 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2560 = mul %2554, %2559 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2561 = erf %2560 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2562 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2563 = broadcast %2562 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2564 = add %2563, %2561 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2565 = mul %2557, %2564 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2566 = matmul %2565, %65 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2567 = broadcast %66 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2568 = add %2566, %2567 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2569 = add %2530, %2568 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2570 = concat %2569, %2376 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:111:21
%2571 = reduce_sum %2570 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2572 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2573 = broadcast %2572 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2574 = div %2571, %2573 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2575 = broadcast %2574 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2576 = sub %2570, %2575 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2577 = mul %2576, %2576 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2578 = reduce_sum %2577 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2579 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2580 = broadcast %2579 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2581 = div %2578, %2580 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2582 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2583 = broadcast %2582 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2584 = add %2581, %2583 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2585 = rsqrt %2584 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2586 = broadcast %2585 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2587 = mul %2576, %2586 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2588 = broadcast %67 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2589 = mul %2587, %2588 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2590 = broadcast %68 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2591 = add %2589, %2590 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2592 = slice %2591 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino_pass.yaml:104:28
%2593 = matmul %2592, %69 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%2594 = broadcast %70 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2595 = add %2593, %2594 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2596 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2597 = broadcast %2596 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2598 = mul %2597, %2595 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2599 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2600 = broadcast %2599 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2601 = mul %2595, %2600 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2602 = erf %2601 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2603 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2604 = broadcast %2603 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2605 = add %2604, %2602 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2606 = mul %2598, %2605 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2607 = matmul %2606, %71 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%2608 = broadcast %72 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2609 = add %2607, %2608 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2610 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2611 = broadcast %2610 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2612 = mul %2611, %2609 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2613 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2614 = broadcast %2613 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2615 = mul %2609, %2614 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2616 = erf %2615 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2617 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2618 = broadcast %2617 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2619 = add %2618, %2616 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2620 = mul %2612, %2619 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2621 = matmul %2620, %73 ta=0 tb=1 : f32[4,1,8] @ models/lib/nn.yaml:83:15
%2622 = broadcast %74 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2623 = add %2621, %2622 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2624 = mul %2623, %2623 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%2625 = reduce_sum %2624 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%2626 = sqrt %2625 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2627 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%2628 = cast %2627 : f32[] @ models/lib/nn.yaml:33:61
%2629 = broadcast %2628 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2630 = max %2626, %2629 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2631 = broadcast %2630 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2632 = div %2623, %2631 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2633 = broadcast %75 : f32[32,8] @ models/lib/dino.yaml:22:22
%2634 = mul %2633, %76 : f32[32,8] @ models/lib/dino.yaml:22:22
%2635 = mul %76, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%2636 = reduce_sum %2635 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%2637 = sqrt %2636 : f32[32,1] @ models/lib/dino.yaml:22:35
%2638 = broadcast %2637 : f32[32,8] @ models/lib/dino.yaml:22:33
%2639 = div %2634, %2638 : f32[32,8] @ models/lib/dino.yaml:22:33
%2640 = matmul %2632, %2639 ta=0 tb=1 : f32[4,1,32] @ models/lib/dino.yaml:23:18
%2641 = slice %2591 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/dino_pass.yaml:104:46
%2642 = matmul %2641, %77 ta=0 tb=1 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%2643 = broadcast %78 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2644 = add %2642, %2643 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2645 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2646 = broadcast %2645 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2647 = mul %2646, %2644 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2648 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2649 = broadcast %2648 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2650 = mul %2644, %2649 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2651 = erf %2650 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2652 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2653 = broadcast %2652 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%2654 = add %2653, %2651 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%2655 = mul %2647, %2654 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%2656 = matmul %2655, %79 ta=0 tb=1 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%2657 = broadcast %80 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2658 = add %2656, %2657 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2659 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2660 = broadcast %2659 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2661 = mul %2660, %2658 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2662 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2663 = broadcast %2662 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2664 = mul %2658, %2663 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2665 = erf %2664 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2666 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2667 = broadcast %2666 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%2668 = add %2667, %2665 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%2669 = mul %2661, %2668 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%2670 = matmul %2669, %81 ta=0 tb=1 : f32[4,9,8] @ models/lib/nn.yaml:83:15
%2671 = broadcast %82 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2672 = add %2670, %2671 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2673 = mul %2672, %2672 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%2674 = reduce_sum %2673 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:29
%2675 = sqrt %2674 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%2676 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%2677 = cast %2676 : f32[] @ models/lib/nn.yaml:33:61
%2678 = broadcast %2677 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2679 = max %2675, %2678 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2680 = broadcast %2679 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%2681 = div %2672, %2680 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%2682 = broadcast %83 : f32[16,8] @ models/lib/dino.yaml:22:22
%2683 = mul %2682, %84 : f32[16,8] @ models/lib/dino.yaml:22:22
%2684 = mul %84, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%2685 = reduce_sum %2684 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:40
%2686 = sqrt %2685 : f32[16,1] @ models/lib/dino.yaml:22:35
%2687 = broadcast %2686 : f32[16,8] @ models/lib/dino.yaml:22:33
%2688 = div %2683, %2687 : f32[16,8] @ models/lib/dino.yaml:22:33
%2689 = matmul %2681, %2688 ta=0 tb=1 : f32[4,9,16] @ models/lib/dino.yaml:23:18
%2690 = slice %2640 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:133:20
%2691 = slice %2640 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:133:20
%2692 = slice %2689 lo=[0,0,0] hi=[2,9,16] : f32[2,9,16] @ models/dino_pass.yaml:133:27
%2693 = slice %2689 lo=[2,0,0] hi=[4,9,16] : f32[2,9,16] @ models/dino_pass.yaml:133:27
%2694 = broadcast %163 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%2695 = sub %887, %2694 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%2696 = broadcast %4 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%2697 = div %2695, %2696 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%2698 = reduce_max %2697 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%2699 = stop_gradient %2698 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%2700 = broadcast %2699 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%2701 = sub %2697, %2700 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%2702 = exp %2701 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%2703 = reduce_sum %2702 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%2704 = broadcast %2703 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%2705 = div %2702, %2704 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%2706 = stop_gradient %2705 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%2707 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%2708 = broadcast %2707 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2709 = div %2153, %2708 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2710 = reduce_max %2709 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%2711 = stop_gradient %2710 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%2712 = broadcast %2711 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2713 = sub %2709, %2712 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2714 = exp %2713 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%2715 = reduce_sum %2714 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%2716 = log %2715 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2717 = broadcast %2716 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2718 = sub %2713, %2717 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2719 = mul %2706, %2718 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%2720 = reduce_sum %2719 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%2721 = neg %2720 : f32[2,1] @ models/lib/dino.yaml:39:21
%2722 = reduce_sum %2721 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2723 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%2724 = div %2722, %2723 : f32[] @ models/lib/dino.yaml:39:16
%2725 = broadcast %163 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%2726 = sub %887, %2725 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%2727 = broadcast %4 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%2728 = div %2726, %2727 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%2729 = reduce_max %2728 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%2730 = stop_gradient %2729 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%2731 = broadcast %2730 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%2732 = sub %2728, %2731 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%2733 = exp %2732 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%2734 = reduce_sum %2733 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%2735 = broadcast %2734 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%2736 = div %2733, %2735 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%2737 = stop_gradient %2736 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%2738 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%2739 = broadcast %2738 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2740 = div %2690, %2739 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2741 = reduce_max %2740 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%2742 = stop_gradient %2741 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%2743 = broadcast %2742 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2744 = sub %2740, %2743 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2745 = exp %2744 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%2746 = reduce_sum %2745 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%2747 = log %2746 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2748 = broadcast %2747 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2749 = sub %2744, %2748 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2750 = mul %2737, %2749 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%2751 = reduce_sum %2750 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%2752 = neg %2751 : f32[2,1] @ models/lib/dino.yaml:39:21
%2753 = reduce_sum %2752 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2754 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%2755 = div %2753, %2754 : f32[] @ models/lib/dino.yaml:39:16
%2756 = add %2724, %2755 : f32[] @ models/dino_pass.yaml:149:11
%2757 = broadcast %163 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%2758 = sub %887, %2757 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%2759 = broadcast %4 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%2760 = div %2758, %2759 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%2761 = reduce_max %2760 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%2762 = stop_gradient %2761 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%2763 = broadcast %2762 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%2764 = sub %2760, %2763 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%2765 = exp %2764 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%2766 = reduce_sum %2765 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%2767 = broadcast %2766 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%2768 = div %2765, %2767 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%2769 = stop_gradient %2768 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%2770 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%2771 = broadcast %2770 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2772 = div %2691, %2771 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2773 = reduce_max %2772 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%2774 = stop_gradient %2773 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%2775 = broadcast %2774 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2776 = sub %2772, %2775 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2777 = exp %2776 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%2778 = reduce_sum %2777 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%2779 = log %2778 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2780 = broadcast %2779 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2781 = sub %2776, %2780 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2782 = mul %2769, %2781 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%2783 = reduce_sum %2782 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%2784 = neg %2783 : f32[2,1] @ models/lib/dino.yaml:39:21
%2785 = reduce_sum %2784 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2786 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%2787 = div %2785, %2786 : f32[] @ models/lib/dino.yaml:39:16
%2788 = add %2756, %2787 : f32[] @ models/dino_pass.yaml:149:11
%2789 = broadcast %163 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%2790 = sub %888, %2789 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%2791 = broadcast %4 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%2792 = div %2790, %2791 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%2793 = reduce_max %2792 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%2794 = stop_gradient %2793 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%2795 = broadcast %2794 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%2796 = sub %2792, %2795 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%2797 = exp %2796 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%2798 = reduce_sum %2797 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%2799 = broadcast %2798 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%2800 = div %2797, %2799 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%2801 = stop_gradient %2800 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%2802 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%2803 = broadcast %2802 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2804 = div %2152, %2803 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2805 = reduce_max %2804 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%2806 = stop_gradient %2805 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%2807 = broadcast %2806 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2808 = sub %2804, %2807 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2809 = exp %2808 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%2810 = reduce_sum %2809 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%2811 = log %2810 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2812 = broadcast %2811 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2813 = sub %2808, %2812 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2814 = mul %2801, %2813 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%2815 = reduce_sum %2814 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%2816 = neg %2815 : f32[2,1] @ models/lib/dino.yaml:39:21
%2817 = reduce_sum %2816 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2818 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%2819 = div %2817, %2818 : f32[] @ models/lib/dino.yaml:39:16
%2820 = add %2788, %2819 : f32[] @ models/dino_pass.yaml:149:11
%2821 = broadcast %163 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%2822 = sub %888, %2821 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%2823 = broadcast %4 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%2824 = div %2822, %2823 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%2825 = reduce_max %2824 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%2826 = stop_gradient %2825 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%2827 = broadcast %2826 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%2828 = sub %2824, %2827 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%2829 = exp %2828 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%2830 = reduce_sum %2829 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%2831 = broadcast %2830 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%2832 = div %2829, %2831 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%2833 = stop_gradient %2832 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%2834 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%2835 = broadcast %2834 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2836 = div %2690, %2835 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2837 = reduce_max %2836 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%2838 = stop_gradient %2837 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%2839 = broadcast %2838 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2840 = sub %2836, %2839 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2841 = exp %2840 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%2842 = reduce_sum %2841 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%2843 = log %2842 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2844 = broadcast %2843 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2845 = sub %2840, %2844 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2846 = mul %2833, %2845 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%2847 = reduce_sum %2846 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%2848 = neg %2847 : f32[2,1] @ models/lib/dino.yaml:39:21
%2849 = reduce_sum %2848 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2850 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%2851 = div %2849, %2850 : f32[] @ models/lib/dino.yaml:39:16
%2852 = add %2820, %2851 : f32[] @ models/dino_pass.yaml:149:11
%2853 = broadcast %163 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%2854 = sub %888, %2853 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%2855 = broadcast %4 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%2856 = div %2854, %2855 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%2857 = reduce_max %2856 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%2858 = stop_gradient %2857 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%2859 = broadcast %2858 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%2860 = sub %2856, %2859 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%2861 = exp %2860 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%2862 = reduce_sum %2861 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%2863 = broadcast %2862 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%2864 = div %2861, %2863 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%2865 = stop_gradient %2864 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%2866 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%2867 = broadcast %2866 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2868 = div %2691, %2867 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2869 = reduce_max %2868 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%2870 = stop_gradient %2869 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%2871 = broadcast %2870 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2872 = sub %2868, %2871 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2873 = exp %2872 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%2874 = reduce_sum %2873 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%2875 = log %2874 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2876 = broadcast %2875 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2877 = sub %2872, %2876 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2878 = mul %2865, %2877 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%2879 = reduce_sum %2878 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%2880 = neg %2879 : f32[2,1] @ models/lib/dino.yaml:39:21
%2881 = reduce_sum %2880 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2882 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%2883 = div %2881, %2882 : f32[] @ models/lib/dino.yaml:39:16
%2884 = add %2852, %2883 : f32[] @ models/dino_pass.yaml:149:11
%2885 = const data=[6] : f32[] @ models/dino_pass.yaml:146:3
%2886 = div %2884, %2885 : f32[] @ models/dino_pass.yaml:146:3
%2887 = output %2886 name="loss.cls" : f32[] @ models/dino_pass.yaml:146:3
%2888 = const data=[1] : f32[] @ models/dino_pass.yaml:146:3
%2889 = mul %2886, %2888 : f32[] @ models/dino_pass.yaml:146:3
%2890 = broadcast %164 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%2891 = sub %889, %2890 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%2892 = broadcast %4 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%2893 = div %2891, %2892 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%2894 = reduce_max %2893 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:14:35
%2895 = stop_gradient %2894 : f32[2,16,1] @ models/lib/nn.yaml:14:21
%2896 = broadcast %2895 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%2897 = sub %2893, %2896 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%2898 = exp %2897 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%2899 = reduce_sum %2898 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:15:20
%2900 = broadcast %2899 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%2901 = div %2898, %2900 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%2902 = stop_gradient %2901 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%2903 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%2904 = broadcast %2903 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%2905 = div %2154, %2904 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%2906 = reduce_max %2905 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:21:31
%2907 = stop_gradient %2906 : f32[2,16,1] @ models/lib/nn.yaml:21:17
%2908 = broadcast %2907 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%2909 = sub %2905, %2908 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%2910 = exp %2909 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%2911 = reduce_sum %2910 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:24
%2912 = log %2911 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%2913 = broadcast %2912 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%2914 = sub %2909, %2913 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%2915 = mul %2902, %2914 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%2916 = reduce_sum %2915 axes=[2] keep=0 : f32[2,16] @ models/lib/dino.yaml:39:22
%2917 = neg %2916 : f32[2,16] @ models/lib/dino.yaml:39:21
%2918 = reduce_sum %2917 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2919 = const data=[32] : f32[] @ models/lib/dino.yaml:39:16
%2920 = div %2918, %2919 : f32[] @ models/lib/dino.yaml:39:16
%2921 = broadcast %164 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%2922 = sub %890, %2921 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%2923 = broadcast %4 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%2924 = div %2922, %2923 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%2925 = reduce_max %2924 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:14:35
%2926 = stop_gradient %2925 : f32[2,16,1] @ models/lib/nn.yaml:14:21
%2927 = broadcast %2926 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%2928 = sub %2924, %2927 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%2929 = exp %2928 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%2930 = reduce_sum %2929 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:15:20
%2931 = broadcast %2930 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%2932 = div %2929, %2931 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%2933 = stop_gradient %2932 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%2934 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%2935 = broadcast %2934 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%2936 = div %2155, %2935 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%2937 = reduce_max %2936 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:21:31
%2938 = stop_gradient %2937 : f32[2,16,1] @ models/lib/nn.yaml:21:17
%2939 = broadcast %2938 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%2940 = sub %2936, %2939 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%2941 = exp %2940 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%2942 = reduce_sum %2941 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:24
%2943 = log %2942 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%2944 = broadcast %2943 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%2945 = sub %2940, %2944 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%2946 = mul %2933, %2945 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%2947 = reduce_sum %2946 axes=[2] keep=0 : f32[2,16] @ models/lib/dino.yaml:39:22
%2948 = neg %2947 : f32[2,16] @ models/lib/dino.yaml:39:21
%2949 = reduce_sum %2948 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2950 = const data=[32] : f32[] @ models/lib/dino.yaml:39:16
%2951 = div %2949, %2950 : f32[] @ models/lib/dino.yaml:39:16
%2952 = add %2920, %2951 : f32[] @ models/dino_pass.yaml:153:11
%2953 = broadcast %164 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%2954 = sub %1625, %2953 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%2955 = broadcast %4 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%2956 = div %2954, %2955 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%2957 = reduce_max %2956 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:14:35
%2958 = stop_gradient %2957 : f32[2,9,1] @ models/lib/nn.yaml:14:21
%2959 = broadcast %2958 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%2960 = sub %2956, %2959 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%2961 = exp %2960 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%2962 = reduce_sum %2961 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:15:20
%2963 = broadcast %2962 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%2964 = div %2961, %2963 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%2965 = stop_gradient %2964 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%2966 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%2967 = broadcast %2966 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%2968 = div %2692, %2967 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%2969 = reduce_max %2968 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:21:31
%2970 = stop_gradient %2969 : f32[2,9,1] @ models/lib/nn.yaml:21:17
%2971 = broadcast %2970 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%2972 = sub %2968, %2971 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%2973 = exp %2972 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%2974 = reduce_sum %2973 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:24
%2975 = log %2974 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%2976 = broadcast %2975 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%2977 = sub %2972, %2976 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%2978 = mul %2965, %2977 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%2979 = reduce_sum %2978 axes=[2] keep=0 : f32[2,9] @ models/lib/dino.yaml:39:22
%2980 = neg %2979 : f32[2,9] @ models/lib/dino.yaml:39:21
%2981 = reduce_sum %2980 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2982 = const data=[18] : f32[] @ models/lib/dino.yaml:39:16
%2983 = div %2981, %2982 : f32[] @ models/lib/dino.yaml:39:16
%2984 = add %2952, %2983 : f32[] @ models/dino_pass.yaml:153:11
%2985 = broadcast %164 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%2986 = sub %1626, %2985 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%2987 = broadcast %4 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%2988 = div %2986, %2987 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%2989 = reduce_max %2988 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:14:35
%2990 = stop_gradient %2989 : f32[2,9,1] @ models/lib/nn.yaml:14:21
%2991 = broadcast %2990 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%2992 = sub %2988, %2991 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%2993 = exp %2992 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%2994 = reduce_sum %2993 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:15:20
%2995 = broadcast %2994 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%2996 = div %2993, %2995 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%2997 = stop_gradient %2996 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%2998 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%2999 = broadcast %2998 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3000 = div %2693, %2999 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3001 = reduce_max %3000 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:21:31
%3002 = stop_gradient %3001 : f32[2,9,1] @ models/lib/nn.yaml:21:17
%3003 = broadcast %3002 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%3004 = sub %3000, %3003 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%3005 = exp %3004 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3006 = reduce_sum %3005 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:24
%3007 = log %3006 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%3008 = broadcast %3007 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3009 = sub %3004, %3008 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3010 = mul %2997, %3009 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3011 = reduce_sum %3010 axes=[2] keep=0 : f32[2,9] @ models/lib/dino.yaml:39:22
%3012 = neg %3011 : f32[2,9] @ models/lib/dino.yaml:39:21
%3013 = reduce_sum %3012 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3014 = const data=[18] : f32[] @ models/lib/dino.yaml:39:16
%3015 = div %3013, %3014 : f32[] @ models/lib/dino.yaml:39:16
%3016 = add %2984, %3015 : f32[] @ models/dino_pass.yaml:153:11
%3017 = const data=[4] : f32[] @ models/dino_pass.yaml:150:3
%3018 = div %3016, %3017 : f32[] @ models/dino_pass.yaml:150:3
%3019 = output %3018 name="loss.patch" : f32[] @ models/dino_pass.yaml:150:3
%3020 = const data=[0.1] : f32[] @ models/dino_pass.yaml:150:3
%3021 = mul %3018, %3020 : f32[] @ models/dino_pass.yaml:150:3
%3022 = add %2889, %3021 : f32[] @ models/dino_pass.yaml:150:3
%3023 = output %3022 name="loss" : f32[] @ models/dino_pass.yaml:146:3
%3024 = const data=[0.9] : f32[] @ models/dino_pass.yaml:139:22
%3025 = broadcast %3024 : f32[1,1,32] @ models/dino_pass.yaml:139:20
%3026 = mul %163, %3025 : f32[1,1,32] @ models/dino_pass.yaml:139:20
%3027 = concat %887, %888, %1623, %1624 axis=0 : f32[8,1,32] @ models/dino_pass.yaml:139:75
%3028 = reduce_sum %3027 axes=[0] keep=1 : f32[1,1,32] @ models/lib/nn.yaml:73:26
%3029 = all_reduce_sum %3028 : f32[1,1,32] @ models/lib/nn.yaml:73:16
%3030 = const data=[8] : f32[] @ models/lib/nn.yaml:73:65
%3031 = broadcast %3030 : f32[1,1,32] @ models/lib/nn.yaml:73:52
%3032 = div %3029, %3031 : f32[1,1,32] @ models/lib/nn.yaml:73:52
%3033 = const data=[0.1] : f32[] @ models/dino_pass.yaml:139:43
%3034 = broadcast %3033 : f32[1,1,32] @ models/dino_pass.yaml:139:62
%3035 = mul %3034, %3032 : f32[1,1,32] @ models/dino_pass.yaml:139:62
%3036 = add %3026, %3035 : f32[1,1,32] @ models/dino_pass.yaml:139:38
%3037 = assign %163, %3036 : f32[1,1,32] @ models/dino_pass.yaml:139:13
%3038 = const data=[0.9] : f32[] @ models/dino_pass.yaml:143:28
%3039 = broadcast %3038 : f32[1,16] @ models/dino_pass.yaml:143:26
%3040 = mul %164, %3039 : f32[1,16] @ models/dino_pass.yaml:143:26
%3041 = reshape %889 : f32[32,16] @ models/dino_pass.yaml:143:81
%3042 = reshape %890 : f32[32,16] @ models/dino_pass.yaml:143:81
%3043 = reshape %1625 : f32[18,16] @ models/dino_pass.yaml:143:81
%3044 = reshape %1626 : f32[18,16] @ models/dino_pass.yaml:143:81
%3045 = concat %3041, %3042, %3043, %3044 axis=0 : f32[100,16] @ models/dino_pass.yaml:143:81
%3046 = reduce_sum %3045 axes=[0] keep=1 : f32[1,16] @ models/lib/nn.yaml:73:26
%3047 = all_reduce_sum %3046 : f32[1,16] @ models/lib/nn.yaml:73:16
%3048 = const data=[1e+02] : f32[] @ models/lib/nn.yaml:73:65
%3049 = broadcast %3048 : f32[1,16] @ models/lib/nn.yaml:73:52
%3050 = div %3047, %3049 : f32[1,16] @ models/lib/nn.yaml:73:52
%3051 = const data=[0.1] : f32[] @ models/dino_pass.yaml:143:49
%3052 = broadcast %3051 : f32[1,16] @ models/dino_pass.yaml:143:68
%3053 = mul %3052, %3050 : f32[1,16] @ models/dino_pass.yaml:143:68
%3054 = add %3040, %3053 : f32[1,16] @ models/dino_pass.yaml:143:44
%3055 = assign %164, %3054 : f32[1,16] @ models/dino_pass.yaml:143:13
%3056 = cast %1 : f64[] @ models/dino_pass.yaml:123:3
%3057 = cast %2 : f64[] @ models/dino_pass.yaml:124:3
%3058 = cast %3 : f64[] @ models/dino_pass.yaml:125:3
%3059 = const data=[1] : f32[] @ models/dino_pass.yaml:150:3
%3060 = mul %3059, %3020 : f32[] @ models/dino_pass.yaml:150:3
%3061 = div %3060, %3017 : f32[] @ models/dino_pass.yaml:150:3
%3062 = div %3061, %3014 : f32[] @ models/lib/dino.yaml:39:16
%3063 = reshape %3062 : f32[1,1] @ models/lib/dino.yaml:39:16
%3064 = broadcast %3063 : f32[2,9] @ models/lib/dino.yaml:39:16
%3065 = neg %3064 : f32[2,9] @ models/lib/dino.yaml:39:21
%3066 = reshape %3065 : f32[2,9,1] @ models/lib/dino.yaml:39:22
%3067 = broadcast %3066 : f32[2,9,16] @ models/lib/dino.yaml:39:22
%3068 = mul %3067, %2997 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3069 = neg %3068 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3070 = reduce_sum %3069 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%3071 = div %3070, %3006 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%3072 = broadcast %3071 : f32[2,9,16] @ models/lib/nn.yaml:22:24
%3073 = mul %3072, %3005 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3074 = add %3068, %3073 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3075 = div %3074, %2999 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3076 = div %3061, %2982 : f32[] @ models/lib/dino.yaml:39:16
%3077 = reshape %3076 : f32[1,1] @ models/lib/dino.yaml:39:16
%3078 = broadcast %3077 : f32[2,9] @ models/lib/dino.yaml:39:16
%3079 = neg %3078 : f32[2,9] @ models/lib/dino.yaml:39:21
%3080 = reshape %3079 : f32[2,9,1] @ models/lib/dino.yaml:39:22
%3081 = broadcast %3080 : f32[2,9,16] @ models/lib/dino.yaml:39:22
%3082 = mul %3081, %2965 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3083 = neg %3082 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3084 = reduce_sum %3083 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%3085 = div %3084, %2974 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%3086 = broadcast %3085 : f32[2,9,16] @ models/lib/nn.yaml:22:24
%3087 = mul %3086, %2973 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3088 = add %3082, %3087 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3089 = div %3088, %2967 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3090 = div %3061, %2950 : f32[] @ models/lib/dino.yaml:39:16
%3091 = reshape %3090 : f32[1,1] @ models/lib/dino.yaml:39:16
%3092 = broadcast %3091 : f32[2,16] @ models/lib/dino.yaml:39:16
%3093 = neg %3092 : f32[2,16] @ models/lib/dino.yaml:39:21
%3094 = reshape %3093 : f32[2,16,1] @ models/lib/dino.yaml:39:22
%3095 = broadcast %3094 : f32[2,16,16] @ models/lib/dino.yaml:39:22
%3096 = mul %3095, %2933 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3097 = neg %3096 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3098 = reduce_sum %3097 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%3099 = div %3098, %2942 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%3100 = broadcast %3099 : f32[2,16,16] @ models/lib/nn.yaml:22:24
%3101 = mul %3100, %2941 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3102 = add %3096, %3101 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3103 = div %3102, %2935 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3104 = div %3061, %2919 : f32[] @ models/lib/dino.yaml:39:16
%3105 = reshape %3104 : f32[1,1] @ models/lib/dino.yaml:39:16
%3106 = broadcast %3105 : f32[2,16] @ models/lib/dino.yaml:39:16
%3107 = neg %3106 : f32[2,16] @ models/lib/dino.yaml:39:21
%3108 = reshape %3107 : f32[2,16,1] @ models/lib/dino.yaml:39:22
%3109 = broadcast %3108 : f32[2,16,16] @ models/lib/dino.yaml:39:22
%3110 = mul %3109, %2902 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3111 = neg %3110 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3112 = reduce_sum %3111 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%3113 = div %3112, %2911 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%3114 = broadcast %3113 : f32[2,16,16] @ models/lib/nn.yaml:22:24
%3115 = mul %3114, %2910 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3116 = add %3110, %3115 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3117 = div %3116, %2904 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3118 = mul %3059, %2888 : f32[] @ models/dino_pass.yaml:146:3
%3119 = div %3118, %2885 : f32[] @ models/dino_pass.yaml:146:3
%3120 = div %3119, %2882 : f32[] @ models/lib/dino.yaml:39:16
%3121 = reshape %3120 : f32[1,1] @ models/lib/dino.yaml:39:16
%3122 = broadcast %3121 : f32[2,1] @ models/lib/dino.yaml:39:16
%3123 = neg %3122 : f32[2,1] @ models/lib/dino.yaml:39:21
%3124 = reshape %3123 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%3125 = broadcast %3124 : f32[2,1,32] @ models/lib/dino.yaml:39:22
%3126 = mul %3125, %2865 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3127 = neg %3126 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3128 = reduce_sum %3127 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%3129 = div %3128, %2874 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3130 = broadcast %3129 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3131 = mul %3130, %2873 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3132 = add %3126, %3131 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3133 = div %3132, %2867 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3134 = div %3119, %2850 : f32[] @ models/lib/dino.yaml:39:16
%3135 = reshape %3134 : f32[1,1] @ models/lib/dino.yaml:39:16
%3136 = broadcast %3135 : f32[2,1] @ models/lib/dino.yaml:39:16
%3137 = neg %3136 : f32[2,1] @ models/lib/dino.yaml:39:21
%3138 = reshape %3137 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%3139 = broadcast %3138 : f32[2,1,32] @ models/lib/dino.yaml:39:22
%3140 = mul %3139, %2833 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3141 = neg %3140 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3142 = reduce_sum %3141 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%3143 = div %3142, %2842 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3144 = broadcast %3143 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3145 = mul %3144, %2841 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3146 = add %3140, %3145 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3147 = div %3146, %2835 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3148 = div %3119, %2818 : f32[] @ models/lib/dino.yaml:39:16
%3149 = reshape %3148 : f32[1,1] @ models/lib/dino.yaml:39:16
%3150 = broadcast %3149 : f32[2,1] @ models/lib/dino.yaml:39:16
%3151 = neg %3150 : f32[2,1] @ models/lib/dino.yaml:39:21
%3152 = reshape %3151 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%3153 = broadcast %3152 : f32[2,1,32] @ models/lib/dino.yaml:39:22
%3154 = mul %3153, %2801 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3155 = neg %3154 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3156 = reduce_sum %3155 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%3157 = div %3156, %2810 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3158 = broadcast %3157 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3159 = mul %3158, %2809 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3160 = add %3154, %3159 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3161 = div %3160, %2803 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3162 = div %3119, %2786 : f32[] @ models/lib/dino.yaml:39:16
%3163 = reshape %3162 : f32[1,1] @ models/lib/dino.yaml:39:16
%3164 = broadcast %3163 : f32[2,1] @ models/lib/dino.yaml:39:16
%3165 = neg %3164 : f32[2,1] @ models/lib/dino.yaml:39:21
%3166 = reshape %3165 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%3167 = broadcast %3166 : f32[2,1,32] @ models/lib/dino.yaml:39:22
%3168 = mul %3167, %2769 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3169 = neg %3168 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3170 = reduce_sum %3169 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%3171 = div %3170, %2778 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3172 = broadcast %3171 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3173 = mul %3172, %2777 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3174 = add %3168, %3173 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3175 = div %3174, %2771 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3176 = add %3133, %3175 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3177 = div %3119, %2754 : f32[] @ models/lib/dino.yaml:39:16
%3178 = reshape %3177 : f32[1,1] @ models/lib/dino.yaml:39:16
%3179 = broadcast %3178 : f32[2,1] @ models/lib/dino.yaml:39:16
%3180 = neg %3179 : f32[2,1] @ models/lib/dino.yaml:39:21
%3181 = reshape %3180 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%3182 = broadcast %3181 : f32[2,1,32] @ models/lib/dino.yaml:39:22
%3183 = mul %3182, %2737 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3184 = neg %3183 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3185 = reduce_sum %3184 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%3186 = div %3185, %2746 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3187 = broadcast %3186 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3188 = mul %3187, %2745 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3189 = add %3183, %3188 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3190 = div %3189, %2739 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3191 = add %3147, %3190 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3192 = div %3119, %2723 : f32[] @ models/lib/dino.yaml:39:16
%3193 = reshape %3192 : f32[1,1] @ models/lib/dino.yaml:39:16
%3194 = broadcast %3193 : f32[2,1] @ models/lib/dino.yaml:39:16
%3195 = neg %3194 : f32[2,1] @ models/lib/dino.yaml:39:21
%3196 = reshape %3195 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%3197 = broadcast %3196 : f32[2,1,32] @ models/lib/dino.yaml:39:22
%3198 = mul %3197, %2706 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3199 = neg %3198 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3200 = reduce_sum %3199 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%3201 = div %3200, %2715 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3202 = broadcast %3201 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3203 = mul %3202, %2714 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3204 = add %3198, %3203 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3205 = div %3204, %2708 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3206 = pad %3075 lo=[2,0,0] hi=[0,0,0] value=0 : f32[4,9,16] @ models/dino_pass.yaml:133:27
%3207 = pad %3089 lo=[0,0,0] hi=[2,0,0] value=0 : f32[4,9,16] @ models/dino_pass.yaml:133:27
%3208 = add %3206, %3207 : f32[4,9,16] @ models/dino_pass.yaml:133:27
%3209 = pad %3176 lo=[2,0,0] hi=[0,0,0] value=0 : f32[4,1,32] @ models/dino_pass.yaml:133:20
%3210 = pad %3191 lo=[0,0,0] hi=[2,0,0] value=0 : f32[4,1,32] @ models/dino_pass.yaml:133:20
%3211 = add %3209, %3210 : f32[4,1,32] @ models/dino_pass.yaml:133:20
%3212 = matmul %3208, %2688 ta=0 tb=0 : f32[4,9,8] @ models/lib/dino.yaml:23:18
%3213 = reshape %2681 : f32[36,8] @ models/lib/dino.yaml:23:18
%3214 = reshape %3208 : f32[36,16] @ models/lib/dino.yaml:23:18
%3215 = matmul %3214, %3213 ta=1 tb=0 : f32[16,8] @ models/lib/dino.yaml:23:18
%3216 = div %3215, %2687 : f32[16,8] @ models/lib/dino.yaml:22:33
%3217 = mul %3216, %2688 : f32[16,8] @ models/lib/dino.yaml:22:33
%3218 = neg %3217 : f32[16,8] @ models/lib/dino.yaml:22:33
%3219 = reduce_sum %3218 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:33
%3220 = const data=[0.5] : f32[] @ models/lib/dino.yaml:22:35
%3221 = broadcast %3220 : f32[16,1] @ models/lib/dino.yaml:22:35
%3222 = mul %3219, %3221 : f32[16,1] @ models/lib/dino.yaml:22:35
%3223 = div %3222, %2686 : f32[16,1] @ models/lib/dino.yaml:22:35
%3224 = broadcast %3223 : f32[16,8] @ models/lib/dino.yaml:22:40
%3225 = mul %3224, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%3226 = mul %3224, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%3227 = add %3225, %3226 : f32[16,8] @ models/lib/dino.yaml:22:53
%3228 = mul %3216, %2682 : f32[16,8] @ models/lib/dino.yaml:22:22
%3229 = add %3227, %3228 : f32[16,8] @ models/lib/dino.yaml:22:22
%3230 = div %3212, %2680 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3231 = mul %3230, %2681 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3232 = neg %3231 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3233 = reduce_sum %3232 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:18
%3234 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%3235 = broadcast %3234 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3236 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:20
%3237 = broadcast %3236 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3238 = mul %3233, %3237 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3239 = eq %2675, %2678 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%3240 = select %3239, %3238, %3235 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3241 = gt %2675, %2678 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%3242 = select %3241, %3233, %3240 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3243 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:24
%3244 = broadcast %3243 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%3245 = mul %3242, %3244 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%3246 = div %3245, %2675 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%3247 = broadcast %3246 : f32[4,9,8] @ models/lib/nn.yaml:33:29
%3248 = mul %3247, %2672 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3249 = add %3230, %3248 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3250 = mul %3247, %2672 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3251 = add %3249, %3250 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3252 = reduce_sum %3251 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%3253 = reshape %3252 : f32[8] @ models/lib/nn.yaml:84:18
%3254 = matmul %3251, %81 ta=0 tb=0 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%3255 = reshape %2669 : f32[36,24] @ models/lib/nn.yaml:83:15
%3256 = reshape %3251 : f32[36,8] @ models/lib/nn.yaml:83:15
%3257 = matmul %3256, %3255 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%3258 = mul %3254, %2668 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3259 = mul %3254, %2661 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3260 = mul %2664, %2664 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3261 = neg %3260 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3262 = exp %3261 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3263 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%3264 = broadcast %3263 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3265 = mul %3262, %3264 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3266 = mul %3259, %3265 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3267 = mul %3266, %2663 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3268 = mul %3258, %2660 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3269 = add %3267, %3268 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3270 = reduce_sum %3269 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3271 = reshape %3270 : f32[24] @ models/lib/nn.yaml:84:18
%3272 = matmul %3269, %79 ta=0 tb=0 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%3273 = reshape %2655 : f32[36,24] @ models/lib/nn.yaml:83:15
%3274 = reshape %3269 : f32[36,24] @ models/lib/nn.yaml:83:15
%3275 = matmul %3274, %3273 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%3276 = mul %3272, %2654 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3277 = mul %3272, %2647 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3278 = mul %2650, %2650 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3279 = neg %3278 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3280 = exp %3279 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3281 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%3282 = broadcast %3281 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3283 = mul %3280, %3282 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3284 = mul %3277, %3283 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3285 = mul %3284, %2649 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3286 = mul %3276, %2646 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3287 = add %3285, %3286 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3288 = reduce_sum %3287 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3289 = reshape %3288 : f32[24] @ models/lib/nn.yaml:84:18
%3290 = matmul %3287, %77 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%3291 = reshape %2641 : f32[36,16] @ models/lib/nn.yaml:83:15
%3292 = reshape %3287 : f32[36,24] @ models/lib/nn.yaml:83:15
%3293 = matmul %3292, %3291 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%3294 = pad %3290 lo=[0,1,0] hi=[0,0,0] value=0 : f32[4,10,16] @ models/dino_pass.yaml:104:46
%3295 = matmul %3211, %2639 ta=0 tb=0 : f32[4,1,8] @ models/lib/dino.yaml:23:18
%3296 = reshape %2632 : f32[4,8] @ models/lib/dino.yaml:23:18
%3297 = reshape %3211 : f32[4,32] @ models/lib/dino.yaml:23:18
%3298 = matmul %3297, %3296 ta=1 tb=0 : f32[32,8] @ models/lib/dino.yaml:23:18
%3299 = div %3298, %2638 : f32[32,8] @ models/lib/dino.yaml:22:33
%3300 = mul %3299, %2639 : f32[32,8] @ models/lib/dino.yaml:22:33
%3301 = neg %3300 : f32[32,8] @ models/lib/dino.yaml:22:33
%3302 = reduce_sum %3301 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%3303 = const data=[0.5] : f32[] @ models/lib/dino.yaml:22:35
%3304 = broadcast %3303 : f32[32,1] @ models/lib/dino.yaml:22:35
%3305 = mul %3302, %3304 : f32[32,1] @ models/lib/dino.yaml:22:35
%3306 = div %3305, %2637 : f32[32,1] @ models/lib/dino.yaml:22:35
%3307 = broadcast %3306 : f32[32,8] @ models/lib/dino.yaml:22:40
%3308 = mul %3307, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%3309 = mul %3307, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%3310 = add %3308, %3309 : f32[32,8] @ models/lib/dino.yaml:22:53
%3311 = mul %3299, %2633 : f32[32,8] @ models/lib/dino.yaml:22:22
%3312 = add %3310, %3311 : f32[32,8] @ models/lib/dino.yaml:22:22
%3313 = div %3295, %2631 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3314 = mul %3313, %2632 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3315 = neg %3314 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3316 = reduce_sum %3315 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%3317 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%3318 = broadcast %3317 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3319 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:20
%3320 = broadcast %3319 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3321 = mul %3316, %3320 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3322 = eq %2626, %2629 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%3323 = select %3322, %3321, %3318 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3324 = gt %2626, %2629 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%3325 = select %3324, %3316, %3323 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3326 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:24
%3327 = broadcast %3326 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3328 = mul %3325, %3327 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3329 = div %3328, %2626 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3330 = broadcast %3329 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%3331 = mul %3330, %2623 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3332 = add %3313, %3331 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3333 = mul %3330, %2623 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3334 = add %3332, %3333 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3335 = reduce_sum %3334 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%3336 = reshape %3335 : f32[8] @ models/lib/nn.yaml:84:18
%3337 = matmul %3334, %73 ta=0 tb=0 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%3338 = reshape %2620 : f32[4,24] @ models/lib/nn.yaml:83:15
%3339 = reshape %3334 : f32[4,8] @ models/lib/nn.yaml:83:15
%3340 = matmul %3339, %3338 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%3341 = mul %3337, %2619 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3342 = mul %3337, %2612 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3343 = mul %2615, %2615 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3344 = neg %3343 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3345 = exp %3344 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3346 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%3347 = broadcast %3346 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3348 = mul %3345, %3347 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3349 = mul %3342, %3348 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3350 = mul %3349, %2614 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3351 = mul %3341, %2611 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3352 = add %3350, %3351 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3353 = reduce_sum %3352 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3354 = reshape %3353 : f32[24] @ models/lib/nn.yaml:84:18
%3355 = matmul %3352, %71 ta=0 tb=0 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%3356 = reshape %2606 : f32[4,24] @ models/lib/nn.yaml:83:15
%3357 = reshape %3352 : f32[4,24] @ models/lib/nn.yaml:83:15
%3358 = matmul %3357, %3356 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%3359 = mul %3355, %2605 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3360 = mul %3355, %2598 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3361 = mul %2601, %2601 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3362 = neg %3361 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3363 = exp %3362 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3364 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%3365 = broadcast %3364 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3366 = mul %3363, %3365 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3367 = mul %3360, %3366 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3368 = mul %3367, %2600 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3369 = mul %3359, %2597 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3370 = add %3368, %3369 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3371 = reduce_sum %3370 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3372 = reshape %3371 : f32[24] @ models/lib/nn.yaml:84:18
%3373 = matmul %3370, %69 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3374 = reshape %2592 : f32[4,16] @ models/lib/nn.yaml:83:15
%3375 = reshape %3370 : f32[4,24] @ models/lib/nn.yaml:83:15
%3376 = matmul %3375, %3374 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%3377 = pad %3373 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/dino_pass.yaml:104:28
%3378 = add %3294, %3377 : f32[4,10,16] @ models/dino_pass.yaml:104:28
%3379 = reduce_sum %3378 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3380 = reshape %3379 : f32[16] @ models/lib/nn.yaml:96:46
%3381 = mul %3378, %2588 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3382 = mul %3378, %2587 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3383 = reduce_sum %3382 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3384 = reshape %3383 : f32[16] @ models/lib/nn.yaml:96:37
%3385 = mul %3381, %2586 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3386 = mul %3381, %2576 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3387 = reduce_sum %3386 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%3388 = mul %2585, %2585 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3389 = mul %2585, %3388 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3390 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%3391 = broadcast %3390 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3392 = mul %3389, %3391 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3393 = mul %3387, %3392 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3394 = div %3393, %2580 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3395 = broadcast %3394 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%3396 = mul %3395, %2576 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3397 = add %3385, %3396 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3398 = mul %3395, %2576 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3399 = add %3397, %3398 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3400 = neg %3399 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3401 = reduce_sum %3400 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%3402 = div %3401, %2573 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3403 = broadcast %3402 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3404 = add %3399, %3403 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3405 = slice %3404 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%3406 = slice %3404 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:111:21
%3407 = reduce_sum %3405 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3408 = reshape %3407 : f32[16] @ models/lib/nn.yaml:84:18
%3409 = matmul %3405, %65 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%3410 = reshape %2565 : f32[4,64] @ models/lib/nn.yaml:83:15
%3411 = reshape %3405 : f32[4,16] @ models/lib/nn.yaml:83:15
%3412 = matmul %3411, %3410 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%3413 = mul %3409, %2564 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3414 = mul %3409, %2557 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3415 = mul %2560, %2560 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3416 = neg %3415 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3417 = exp %3416 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3418 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%3419 = broadcast %3418 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3420 = mul %3417, %3419 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3421 = mul %3414, %3420 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3422 = mul %3421, %2559 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3423 = mul %3413, %2556 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3424 = add %3422, %3423 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3425 = reduce_sum %3424 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3426 = reshape %3425 : f32[64] @ models/lib/nn.yaml:84:18
%3427 = matmul %3424, %63 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3428 = reshape %2551 : f32[4,16] @ models/lib/nn.yaml:83:15
%3429 = reshape %3424 : f32[4,64] @ models/lib/nn.yaml:83:15
%3430 = matmul %3429, %3428 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%3431 = reduce_sum %3427 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3432 = reshape %3431 : f32[16] @ models/lib/nn.yaml:96:46
%3433 = mul %3427, %2548 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3434 = mul %3427, %2547 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3435 = reduce_sum %3434 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3436 = reshape %3435 : f32[16] @ models/lib/nn.yaml:96:37
%3437 = mul %3433, %2546 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3438 = mul %3433, %2536 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3439 = reduce_sum %3438 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%3440 = mul %2545, %2545 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3441 = mul %2545, %3440 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3442 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%3443 = broadcast %3442 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3444 = mul %3441, %3443 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3445 = mul %3439, %3444 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3446 = div %3445, %2540 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3447 = broadcast %3446 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%3448 = mul %3447, %2536 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3449 = add %3437, %3448 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3450 = mul %3447, %2536 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3451 = add %3449, %3450 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3452 = add %3405, %3451 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3453 = neg %3451 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3454 = reduce_sum %3453 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%3455 = div %3454, %2533 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3456 = broadcast %3455 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3457 = add %3452, %3456 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3458 = reduce_sum %3457 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3459 = reshape %3458 : f32[16] @ models/lib/nn.yaml:84:18
%3460 = matmul %3457, %59 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3461 = reshape %2526 : f32[4,16] @ models/lib/nn.yaml:83:15
%3462 = reshape %3457 : f32[4,16] @ models/lib/nn.yaml:83:15
%3463 = matmul %3462, %3461 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3464 = reshape %3460 : f32[4,1,2,8] @ models/lib/nn.yaml:57:16
%3465 = permute %3464 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/nn.yaml:56:13
%3466 = matmul %3465, %2511 ta=0 tb=1 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3467 = matmul %2523, %3465 ta=1 tb=0 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3468 = div %3466, %2522 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3469 = mul %3468, %2523 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3470 = neg %3469 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3471 = reduce_sum %3470 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%3472 = broadcast %3471 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%3473 = add %3468, %3472 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%3474 = mul %3473, %2520 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3475 = mul %3474, %2514 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3476 = matmul %3475, %2506 ta=0 tb=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%3477 = matmul %3475, %2501 ta=1 tb=0 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%3478 = permute %3467 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:80:14
%3479 = reshape %3478 : f32[4,10,16] @ models/lib/vit.yaml:80:22
%3480 = reduce_sum %3479 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3481 = reshape %3480 : f32[16] @ models/lib/nn.yaml:84:18
%3482 = matmul %3479, %57 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3483 = reshape %2495 : f32[40,16] @ models/lib/nn.yaml:83:15
%3484 = reshape %3479 : f32[40,16] @ models/lib/nn.yaml:83:15
%3485 = matmul %3484, %3483 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3486 = permute %3477 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:79:14
%3487 = reshape %3486 : f32[4,10,16] @ models/lib/vit.yaml:79:22
%3488 = reduce_sum %3487 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3489 = reshape %3488 : f32[16] @ models/lib/nn.yaml:84:18
%3490 = matmul %3487, %55 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3491 = add %3482, %3490 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3492 = reshape %2495 : f32[40,16] @ models/lib/nn.yaml:83:15
%3493 = reshape %3487 : f32[40,16] @ models/lib/nn.yaml:83:15
%3494 = matmul %3493, %3492 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3495 = permute %3476 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%3496 = reshape %3495 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%3497 = reduce_sum %3496 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3498 = reshape %3497 : f32[16] @ models/lib/nn.yaml:84:18
%3499 = matmul %3496, %53 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3500 = reshape %2496 : f32[4,16] @ models/lib/nn.yaml:83:15
%3501 = reshape %3496 : f32[4,16] @ models/lib/nn.yaml:83:15
%3502 = matmul %3501, %3500 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3503 = pad %3499 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%3504 = add %3491, %3503 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%3505 = reduce_sum %3504 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3506 = reshape %3505 : f32[16] @ models/lib/nn.yaml:96:46
%3507 = mul %3504, %2492 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3508 = mul %3504, %2491 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3509 = reduce_sum %3508 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3510 = reshape %3509 : f32[16] @ models/lib/nn.yaml:96:37
%3511 = mul %3507, %2490 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3512 = mul %3507, %2480 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3513 = reduce_sum %3512 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%3514 = mul %2489, %2489 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3515 = mul %2489, %3514 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3516 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%3517 = broadcast %3516 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3518 = mul %3515, %3517 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3519 = mul %3513, %3518 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3520 = div %3519, %2484 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3521 = broadcast %3520 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%3522 = mul %3521, %2480 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3523 = add %3511, %3522 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3524 = mul %3521, %2480 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3525 = add %3523, %3524 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3526 = neg %3525 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3527 = reduce_sum %3526 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%3528 = div %3527, %2477 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3529 = broadcast %3528 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3530 = add %3525, %3529 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3531 = slice %3530 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%3532 = add %3457, %3531 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%3533 = slice %3530 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%3534 = add %3406, %3533 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%3535 = reduce_sum %3532 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3536 = reshape %3535 : f32[16] @ models/lib/nn.yaml:84:18
%3537 = matmul %3532, %49 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%3538 = reshape %2469 : f32[4,64] @ models/lib/nn.yaml:83:15
%3539 = reshape %3532 : f32[4,16] @ models/lib/nn.yaml:83:15
%3540 = matmul %3539, %3538 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%3541 = mul %3537, %2468 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3542 = mul %3537, %2461 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3543 = mul %2464, %2464 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3544 = neg %3543 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3545 = exp %3544 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3546 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%3547 = broadcast %3546 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3548 = mul %3545, %3547 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3549 = mul %3542, %3548 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3550 = mul %3549, %2463 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3551 = mul %3541, %2460 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3552 = add %3550, %3551 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3553 = reduce_sum %3552 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3554 = reshape %3553 : f32[64] @ models/lib/nn.yaml:84:18
%3555 = matmul %3552, %47 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3556 = reshape %2455 : f32[4,16] @ models/lib/nn.yaml:83:15
%3557 = reshape %3552 : f32[4,64] @ models/lib/nn.yaml:83:15
%3558 = matmul %3557, %3556 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%3559 = reduce_sum %3555 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3560 = reshape %3559 : f32[16] @ models/lib/nn.yaml:96:46
%3561 = mul %3555, %2452 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3562 = mul %3555, %2451 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3563 = reduce_sum %3562 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3564 = reshape %3563 : f32[16] @ models/lib/nn.yaml:96:37
%3565 = mul %3561, %2450 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3566 = mul %3561, %2440 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3567 = reduce_sum %3566 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%3568 = mul %2449, %2449 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3569 = mul %2449, %3568 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3570 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%3571 = broadcast %3570 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3572 = mul %3569, %3571 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3573 = mul %3567, %3572 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3574 = div %3573, %2444 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3575 = broadcast %3574 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%3576 = mul %3575, %2440 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3577 = add %3565, %3576 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3578 = mul %3575, %2440 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3579 = add %3577, %3578 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3580 = add %3532, %3579 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3581 = neg %3579 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3582 = reduce_sum %3581 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%3583 = div %3582, %2437 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3584 = broadcast %3583 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3585 = add %3580, %3584 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%3586 = reduce_sum %3585 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3587 = reshape %3586 : f32[16] @ models/lib/nn.yaml:84:18
%3588 = matmul %3585, %43 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3589 = reshape %2430 : f32[4,16] @ models/lib/nn.yaml:83:15
%3590 = reshape %3585 : f32[4,16] @ models/lib/nn.yaml:83:15
%3591 = matmul %3590, %3589 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3592 = reshape %3588 : f32[4,1,2,8] @ models/lib/nn.yaml:57:16
%3593 = permute %3592 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/nn.yaml:56:13
%3594 = matmul %3593, %2415 ta=0 tb=1 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3595 = matmul %2427, %3593 ta=1 tb=0 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3596 = div %3594, %2426 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3597 = mul %3596, %2427 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3598 = neg %3597 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3599 = reduce_sum %3598 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%3600 = broadcast %3599 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%3601 = add %3596, %3600 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%3602 = mul %3601, %2424 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3603 = mul %3602, %2418 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3604 = matmul %3603, %2410 ta=0 tb=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%3605 = matmul %3603, %2405 ta=1 tb=0 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%3606 = permute %3595 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:80:14
%3607 = reshape %3606 : f32[4,10,16] @ models/lib/vit.yaml:80:22
%3608 = reduce_sum %3607 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3609 = reshape %3608 : f32[16] @ models/lib/nn.yaml:84:18
%3610 = matmul %3607, %41 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3611 = reshape %2399 : f32[40,16] @ models/lib/nn.yaml:83:15
%3612 = reshape %3607 : f32[40,16] @ models/lib/nn.yaml:83:15
%3613 = matmul %3612, %3611 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3614 = permute %3605 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:79:14
%3615 = reshape %3614 : f32[4,10,16] @ models/lib/vit.yaml:79:22
%3616 = reduce_sum %3615 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3617 = reshape %3616 : f32[16] @ models/lib/nn.yaml:84:18
%3618 = matmul %3615, %39 ta=0 tb=0 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3619 = add %3610, %3618 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%3620 = reshape %2399 : f32[40,16] @ models/lib/nn.yaml:83:15
%3621 = reshape %3615 : f32[40,16] @ models/lib/nn.yaml:83:15
%3622 = matmul %3621, %3620 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3623 = permute %3604 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%3624 = reshape %3623 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%3625 = reduce_sum %3624 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3626 = reshape %3625 : f32[16] @ models/lib/nn.yaml:84:18
%3627 = matmul %3624, %37 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%3628 = reshape %2400 : f32[4,16] @ models/lib/nn.yaml:83:15
%3629 = reshape %3624 : f32[4,16] @ models/lib/nn.yaml:83:15
%3630 = matmul %3629, %3628 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3631 = pad %3627 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%3632 = add %3619, %3631 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%3633 = reduce_sum %3632 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3634 = reshape %3633 : f32[16] @ models/lib/nn.yaml:96:46
%3635 = mul %3632, %2396 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3636 = mul %3632, %2395 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3637 = reduce_sum %3636 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3638 = reshape %3637 : f32[16] @ models/lib/nn.yaml:96:37
%3639 = mul %3635, %2394 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3640 = mul %3635, %2384 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3641 = reduce_sum %3640 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%3642 = mul %2393, %2393 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3643 = mul %2393, %3642 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3644 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%3645 = broadcast %3644 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3646 = mul %3643, %3645 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3647 = mul %3641, %3646 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3648 = div %3647, %2388 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3649 = broadcast %3648 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%3650 = mul %3649, %2384 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3651 = add %3639, %3650 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3652 = mul %3649, %2384 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3653 = add %3651, %3652 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3654 = neg %3653 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3655 = reduce_sum %3654 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%3656 = div %3655, %2381 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3657 = broadcast %3656 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3658 = add %3653, %3657 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%3659 = slice %3658 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%3660 = add %3585, %3659 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%3661 = slice %3658 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%3662 = add %3534, %3661 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%3663 = reduce_sum %3660 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%3664 = mul %3662, %2374 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3665 = div %3664, %2366 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%3666 = reduce_sum %3665 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3667 = reshape %3666 : f32[16] @ models/lib/nn.yaml:84:18
%3668 = matmul %3665, %32 ta=0 tb=0 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%3669 = reshape %2361 : f32[36,64] @ models/lib/nn.yaml:83:15
%3670 = reshape %3665 : f32[36,16] @ models/lib/nn.yaml:83:15
%3671 = matmul %3670, %3669 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%3672 = mul %3668, %2360 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3673 = mul %3668, %2353 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3674 = mul %2356, %2356 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3675 = neg %3674 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3676 = exp %3675 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3677 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%3678 = broadcast %3677 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3679 = mul %3676, %3678 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3680 = mul %3673, %3679 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3681 = mul %3680, %2355 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%3682 = mul %3672, %2352 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%3683 = add %3681, %3682 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%3684 = reduce_sum %3683 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3685 = reshape %3684 : f32[64] @ models/lib/nn.yaml:84:18
%3686 = matmul %3683, %30 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%3687 = reshape %2347 : f32[36,16] @ models/lib/nn.yaml:83:15
%3688 = reshape %3683 : f32[36,64] @ models/lib/nn.yaml:83:15
%3689 = matmul %3688, %3687 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%3690 = reduce_sum %3686 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3691 = reshape %3690 : f32[16] @ models/lib/nn.yaml:96:46
%3692 = mul %3686, %2344 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3693 = mul %3686, %2343 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3694 = reduce_sum %3693 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3695 = reshape %3694 : f32[16] @ models/lib/nn.yaml:96:37
%3696 = mul %3692, %2342 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3697 = mul %3692, %2332 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3698 = reduce_sum %3697 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%3699 = mul %2341, %2341 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3700 = mul %2341, %3699 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3701 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%3702 = broadcast %3701 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3703 = mul %3700, %3702 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3704 = mul %3698, %3703 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3705 = div %3704, %2336 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3706 = broadcast %3705 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%3707 = mul %3706, %2332 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3708 = add %3696, %3707 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3709 = mul %3706, %2332 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3710 = add %3708, %3709 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3711 = add %3662, %3710 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3712 = neg %3710 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3713 = reduce_sum %3712 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%3714 = div %3713, %2329 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3715 = broadcast %3714 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%3716 = add %3711, %3715 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%3717 = mul %3716, %2324 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3718 = div %3717, %2316 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%3719 = reduce_sum %3718 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3720 = reshape %3719 : f32[16] @ models/lib/nn.yaml:84:18
%3721 = matmul %3718, %26 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%3722 = reshape %2311 : f32[36,16] @ models/lib/nn.yaml:83:15
%3723 = reshape %3718 : f32[36,16] @ models/lib/nn.yaml:83:15
%3724 = matmul %3723, %3722 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3725 = reshape %3721 : f32[4,9,2,8] @ models/lib/nn.yaml:57:16
%3726 = permute %3725 perm=[0,2,1,3] : f32[4,2,9,8] @ models/lib/nn.yaml:56:13
%3727 = matmul %3726, %2296 ta=0 tb=1 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3728 = matmul %2308, %3726 ta=1 tb=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3729 = div %3727, %2307 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3730 = mul %3729, %2308 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3731 = neg %3730 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3732 = reduce_sum %3731 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%3733 = broadcast %3732 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%3734 = add %3729, %3733 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%3735 = mul %3734, %2305 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3736 = mul %3735, %2299 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3737 = matmul %3736, %2294 ta=0 tb=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3738 = matmul %3736, %2292 ta=1 tb=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3739 = reshape %3728 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%3740 = pad %3739 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:40
%3741 = reshape %3738 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%3742 = pad %3741 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:34
%3743 = add %3740, %3742 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:34
%3744 = reshape %3737 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%3745 = pad %3744 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%3746 = add %3743, %3745 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%3747 = permute %3746 perm=[1,3,0,2,4] : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%3748 = reshape %3747 : f32[4,9,48] @ models/lib/nn.yaml:66:21
%3749 = reduce_sum %3748 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%3750 = reshape %3749 : f32[48] @ models/lib/nn.yaml:84:18
%3751 = matmul %3748, %24 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%3752 = reshape %2285 : f32[36,16] @ models/lib/nn.yaml:83:15
%3753 = reshape %3748 : f32[36,48] @ models/lib/nn.yaml:83:15
%3754 = matmul %3753, %3752 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%3755 = reduce_sum %3751 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3756 = reshape %3755 : f32[16] @ models/lib/nn.yaml:96:46
%3757 = mul %3751, %2282 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3758 = mul %3751, %2281 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3759 = reduce_sum %3758 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3760 = reshape %3759 : f32[16] @ models/lib/nn.yaml:96:37
%3761 = mul %3757, %2280 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3762 = mul %3757, %2270 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3763 = reduce_sum %3762 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%3764 = mul %2279, %2279 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3765 = mul %2279, %3764 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3766 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%3767 = broadcast %3766 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3768 = mul %3765, %3767 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3769 = mul %3763, %3768 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3770 = div %3769, %2274 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3771 = broadcast %3770 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%3772 = mul %3771, %2270 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3773 = add %3761, %3772 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3774 = mul %3771, %2270 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3775 = add %3773, %3774 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3776 = add %3716, %3775 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3777 = neg %3775 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3778 = reduce_sum %3777 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%3779 = div %3778, %2267 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3780 = broadcast %3779 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%3781 = add %3776, %3780 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%3782 = reduce_sum %3781 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3783 = reshape %3782 : f32[16] @ models/lib/nn.yaml:84:18
%3784 = matmul %3781, %20 ta=0 tb=0 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%3785 = reshape %2260 : f32[36,64] @ models/lib/nn.yaml:83:15
%3786 = reshape %3781 : f32[36,16] @ models/lib/nn.yaml:83:15
%3787 = matmul %3786, %3785 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%3788 = mul %3784, %2259 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3789 = mul %3784, %2252 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3790 = mul %2255, %2255 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3791 = neg %3790 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3792 = exp %3791 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3793 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%3794 = broadcast %3793 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3795 = mul %3792, %3794 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3796 = mul %3789, %3795 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3797 = mul %3796, %2254 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%3798 = mul %3788, %2251 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%3799 = add %3797, %3798 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%3800 = reduce_sum %3799 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3801 = reshape %3800 : f32[64] @ models/lib/nn.yaml:84:18
%3802 = matmul %3799, %18 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%3803 = reshape %2246 : f32[36,16] @ models/lib/nn.yaml:83:15
%3804 = reshape %3799 : f32[36,64] @ models/lib/nn.yaml:83:15
%3805 = matmul %3804, %3803 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%3806 = reduce_sum %3802 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3807 = reshape %3806 : f32[16] @ models/lib/nn.yaml:96:46
%3808 = mul %3802, %2243 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3809 = mul %3802, %2242 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3810 = reduce_sum %3809 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3811 = reshape %3810 : f32[16] @ models/lib/nn.yaml:96:37
%3812 = mul %3808, %2241 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3813 = mul %3808, %2231 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3814 = reduce_sum %3813 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%3815 = mul %2240, %2240 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3816 = mul %2240, %3815 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3817 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%3818 = broadcast %3817 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3819 = mul %3816, %3818 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3820 = mul %3814, %3819 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3821 = div %3820, %2235 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3822 = broadcast %3821 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%3823 = mul %3822, %2231 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3824 = add %3812, %3823 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3825 = mul %3822, %2231 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3826 = add %3824, %3825 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3827 = add %3781, %3826 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3828 = neg %3826 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3829 = reduce_sum %3828 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%3830 = div %3829, %2228 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3831 = broadcast %3830 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%3832 = add %3827, %3831 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%3833 = reduce_sum %3832 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3834 = reshape %3833 : f32[16] @ models/lib/nn.yaml:84:18
%3835 = matmul %3832, %14 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%3836 = reshape %2221 : f32[36,16] @ models/lib/nn.yaml:83:15
%3837 = reshape %3832 : f32[36,16] @ models/lib/nn.yaml:83:15
%3838 = matmul %3837, %3836 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3839 = reshape %3835 : f32[4,9,2,8] @ models/lib/nn.yaml:57:16
%3840 = permute %3839 perm=[0,2,1,3] : f32[4,2,9,8] @ models/lib/nn.yaml:56:13
%3841 = matmul %3840, %2206 ta=0 tb=1 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3842 = matmul %2218, %3840 ta=1 tb=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3843 = div %3841, %2217 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3844 = mul %3843, %2218 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3845 = neg %3844 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3846 = reduce_sum %3845 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%3847 = broadcast %3846 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%3848 = add %3843, %3847 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%3849 = mul %3848, %2215 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3850 = mul %3849, %2209 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3851 = matmul %3850, %2204 ta=0 tb=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3852 = matmul %3850, %2202 ta=1 tb=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3853 = reshape %3842 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%3854 = pad %3853 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:40
%3855 = reshape %3852 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%3856 = pad %3855 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:34
%3857 = add %3854, %3856 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:34
%3858 = reshape %3851 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%3859 = pad %3858 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%3860 = add %3857, %3859 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%3861 = permute %3860 perm=[1,3,0,2,4] : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%3862 = reshape %3861 : f32[4,9,48] @ models/lib/nn.yaml:66:21
%3863 = reduce_sum %3862 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%3864 = reshape %3863 : f32[48] @ models/lib/nn.yaml:84:18
%3865 = matmul %3862, %12 ta=0 tb=0 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%3866 = reshape %2195 : f32[36,16] @ models/lib/nn.yaml:83:15
%3867 = reshape %3862 : f32[36,48] @ models/lib/nn.yaml:83:15
%3868 = matmul %3867, %3866 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%3869 = reduce_sum %3865 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3870 = reshape %3869 : f32[16] @ models/lib/nn.yaml:96:46
%3871 = mul %3865, %2192 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3872 = mul %3865, %2191 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3873 = reduce_sum %3872 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3874 = reshape %3873 : f32[16] @ models/lib/nn.yaml:96:37
%3875 = mul %3871, %2190 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3876 = mul %3871, %2180 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3877 = reduce_sum %3876 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%3878 = mul %2189, %2189 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3879 = mul %2189, %3878 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3880 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%3881 = broadcast %3880 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3882 = mul %3879, %3881 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3883 = mul %3877, %3882 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3884 = div %3883, %2184 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3885 = broadcast %3884 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%3886 = mul %3885, %2180 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3887 = add %3875, %3886 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3888 = mul %3885, %2180 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3889 = add %3887, %3888 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3890 = add %3832, %3889 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3891 = neg %3889 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3892 = reduce_sum %3891 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%3893 = div %3892, %2177 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3894 = broadcast %3893 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%3895 = add %3890, %3894 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%3896 = reduce_sum %3895 axes=[0] keep=1 : f32[1,9,16] @ models/lib/vit.yaml:62:15
%3897 = reshape %3896 : f32[3,3,16] @ models/lib/vit.yaml:36:16
%3898 = permute %3897 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%3899 = reshape %3898 : f32[3,48] @ models/lib/vit.yaml:35:21
%3900 = matmul %2163, %3899 ta=1 tb=0 : f32[4,48] @ models/lib/vit.yaml:34:15
%3901 = reshape %3900 : f32[4,3,16] @ models/lib/vit.yaml:34:17
%3902 = permute %3901 perm=[1,0,2] : f32[3,4,16] @ models/lib/vit.yaml:33:13
%3903 = reshape %3902 : f32[3,64] @ models/lib/vit.yaml:33:21
%3904 = matmul %2163, %3903 ta=1 tb=0 : f32[4,64] @ models/lib/vit.yaml:32:15
%3905 = reshape %3904 : f32[1,16,16] @ models/lib/vit.yaml:32:17
%3906 = reduce_sum %3895 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%3907 = reshape %3906 : f32[16] @ models/lib/vit.yaml:17:71
%3908 = reshape %2158 : f32[36,48] @ models/lib/vit.yaml:17:18
%3909 = reshape %3895 : f32[36,16] @ models/lib/vit.yaml:17:18
%3910 = matmul %3909, %3908 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%3911 = reshape %3910 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%3912 = pad %3103 lo=[2,0,0] hi=[0,0,0] value=0 : f32[4,16,16] @ models/dino_pass.yaml:133:27
%3913 = pad %3117 lo=[0,0,0] hi=[2,0,0] value=0 : f32[4,16,16] @ models/dino_pass.yaml:133:27
%3914 = add %3912, %3913 : f32[4,16,16] @ models/dino_pass.yaml:133:27
%3915 = pad %3205 lo=[2,0,0] hi=[0,0,0] value=0 : f32[4,1,32] @ models/dino_pass.yaml:133:20
%3916 = pad %3161 lo=[0,0,0] hi=[2,0,0] value=0 : f32[4,1,32] @ models/dino_pass.yaml:133:20
%3917 = add %3915, %3916 : f32[4,1,32] @ models/dino_pass.yaml:133:20
%3918 = matmul %3914, %2150 ta=0 tb=0 : f32[4,16,8] @ models/lib/dino.yaml:23:18
%3919 = reshape %2143 : f32[64,8] @ models/lib/dino.yaml:23:18
%3920 = reshape %3914 : f32[64,16] @ models/lib/dino.yaml:23:18
%3921 = matmul %3920, %3919 ta=1 tb=0 : f32[16,8] @ models/lib/dino.yaml:23:18
%3922 = div %3921, %2149 : f32[16,8] @ models/lib/dino.yaml:22:33
%3923 = mul %3922, %2150 : f32[16,8] @ models/lib/dino.yaml:22:33
%3924 = neg %3923 : f32[16,8] @ models/lib/dino.yaml:22:33
%3925 = reduce_sum %3924 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:33
%3926 = const data=[0.5] : f32[] @ models/lib/dino.yaml:22:35
%3927 = broadcast %3926 : f32[16,1] @ models/lib/dino.yaml:22:35
%3928 = mul %3925, %3927 : f32[16,1] @ models/lib/dino.yaml:22:35
%3929 = div %3928, %2148 : f32[16,1] @ models/lib/dino.yaml:22:35
%3930 = broadcast %3929 : f32[16,8] @ models/lib/dino.yaml:22:40
%3931 = mul %3930, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%3932 = add %3229, %3931 : f32[16,8] @ models/lib/dino.yaml:22:53
%3933 = mul %3930, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%3934 = add %3932, %3933 : f32[16,8] @ models/lib/dino.yaml:22:53
%3935 = mul %3922, %2144 : f32[16,8] @ models/lib/dino.yaml:22:22
%3936 = add %3934, %3935 : f32[16,8] @ models/lib/dino.yaml:22:22
%3937 = div %3918, %2142 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%3938 = mul %3937, %2143 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%3939 = neg %3938 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%3940 = reduce_sum %3939 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:18
%3941 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%3942 = broadcast %3941 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%3943 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:20
%3944 = broadcast %3943 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%3945 = mul %3940, %3944 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%3946 = eq %2137, %2140 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%3947 = select %3946, %3945, %3942 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%3948 = gt %2137, %2140 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%3949 = select %3948, %3940, %3947 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%3950 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:24
%3951 = broadcast %3950 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%3952 = mul %3949, %3951 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%3953 = div %3952, %2137 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%3954 = broadcast %3953 : f32[4,16,8] @ models/lib/nn.yaml:33:29
%3955 = mul %3954, %2134 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%3956 = add %3937, %3955 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%3957 = mul %3954, %2134 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%3958 = add %3956, %3957 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%3959 = reduce_sum %3958 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%3960 = reshape %3959 : f32[8] @ models/lib/nn.yaml:84:18
%3961 = add %3253, %3960 : f32[8] @ models/lib/nn.yaml:84:18
%3962 = matmul %3958, %81 ta=0 tb=0 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%3963 = reshape %2131 : f32[64,24] @ models/lib/nn.yaml:83:15
%3964 = reshape %3958 : f32[64,8] @ models/lib/nn.yaml:83:15
%3965 = matmul %3964, %3963 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%3966 = add %3257, %3965 : f32[8,24] @ models/lib/nn.yaml:83:15
%3967 = mul %3962, %2130 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%3968 = mul %3962, %2123 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%3969 = mul %2126, %2126 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3970 = neg %3969 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3971 = exp %3970 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3972 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%3973 = broadcast %3972 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3974 = mul %3971, %3973 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3975 = mul %3968, %3974 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3976 = mul %3975, %2125 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%3977 = mul %3967, %2122 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%3978 = add %3976, %3977 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%3979 = reduce_sum %3978 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3980 = reshape %3979 : f32[24] @ models/lib/nn.yaml:84:18
%3981 = add %3271, %3980 : f32[24] @ models/lib/nn.yaml:84:18
%3982 = matmul %3978, %79 ta=0 tb=0 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%3983 = reshape %2117 : f32[64,24] @ models/lib/nn.yaml:83:15
%3984 = reshape %3978 : f32[64,24] @ models/lib/nn.yaml:83:15
%3985 = matmul %3984, %3983 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%3986 = add %3275, %3985 : f32[24,24] @ models/lib/nn.yaml:83:15
%3987 = mul %3982, %2116 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%3988 = mul %3982, %2109 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%3989 = mul %2112, %2112 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3990 = neg %3989 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3991 = exp %3990 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3992 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%3993 = broadcast %3992 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3994 = mul %3991, %3993 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3995 = mul %3988, %3994 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3996 = mul %3995, %2111 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%3997 = mul %3987, %2108 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%3998 = add %3996, %3997 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%3999 = reduce_sum %3998 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4000 = reshape %3999 : f32[24] @ models/lib/nn.yaml:84:18
%4001 = add %3289, %4000 : f32[24] @ models/lib/nn.yaml:84:18
%4002 = matmul %3998, %77 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%4003 = reshape %2103 : f32[64,16] @ models/lib/nn.yaml:83:15
%4004 = reshape %3998 : f32[64,24] @ models/lib/nn.yaml:83:15
%4005 = matmul %4004, %4003 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%4006 = add %3293, %4005 : f32[24,16] @ models/lib/nn.yaml:83:15
%4007 = pad %4002 lo=[0,1,0] hi=[0,0,0] value=0 : f32[4,17,16] @ models/dino_pass.yaml:104:46
%4008 = matmul %3917, %2101 ta=0 tb=0 : f32[4,1,8] @ models/lib/dino.yaml:23:18
%4009 = reshape %2094 : f32[4,8] @ models/lib/dino.yaml:23:18
%4010 = reshape %3917 : f32[4,32] @ models/lib/dino.yaml:23:18
%4011 = matmul %4010, %4009 ta=1 tb=0 : f32[32,8] @ models/lib/dino.yaml:23:18
%4012 = div %4011, %2100 : f32[32,8] @ models/lib/dino.yaml:22:33
%4013 = mul %4012, %2101 : f32[32,8] @ models/lib/dino.yaml:22:33
%4014 = neg %4013 : f32[32,8] @ models/lib/dino.yaml:22:33
%4015 = reduce_sum %4014 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%4016 = const data=[0.5] : f32[] @ models/lib/dino.yaml:22:35
%4017 = broadcast %4016 : f32[32,1] @ models/lib/dino.yaml:22:35
%4018 = mul %4015, %4017 : f32[32,1] @ models/lib/dino.yaml:22:35
%4019 = div %4018, %2099 : f32[32,1] @ models/lib/dino.yaml:22:35
%4020 = broadcast %4019 : f32[32,8] @ models/lib/dino.yaml:22:40
%4021 = mul %4020, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%4022 = add %3312, %4021 : f32[32,8] @ models/lib/dino.yaml:22:53
%4023 = mul %4020, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%4024 = add %4022, %4023 : f32[32,8] @ models/lib/dino.yaml:22:53
%4025 = mul %4012, %2095 : f32[32,8] @ models/lib/dino.yaml:22:22
%4026 = add %4024, %4025 : f32[32,8] @ models/lib/dino.yaml:22:22
%4027 = div %4008, %2093 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4028 = mul %4027, %2094 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4029 = neg %4028 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4030 = reduce_sum %4029 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%4031 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%4032 = broadcast %4031 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4033 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:20
%4034 = broadcast %4033 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4035 = mul %4030, %4034 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4036 = eq %2088, %2091 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%4037 = select %4036, %4035, %4032 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4038 = gt %2088, %2091 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%4039 = select %4038, %4030, %4037 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4040 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:24
%4041 = broadcast %4040 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4042 = mul %4039, %4041 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4043 = div %4042, %2088 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4044 = broadcast %4043 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%4045 = mul %4044, %2085 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4046 = add %4027, %4045 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4047 = mul %4044, %2085 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4048 = add %4046, %4047 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4049 = reduce_sum %4048 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%4050 = reshape %4049 : f32[8] @ models/lib/nn.yaml:84:18
%4051 = add %3336, %4050 : f32[8] @ models/lib/nn.yaml:84:18
%4052 = matmul %4048, %73 ta=0 tb=0 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%4053 = reshape %2082 : f32[4,24] @ models/lib/nn.yaml:83:15
%4054 = reshape %4048 : f32[4,8] @ models/lib/nn.yaml:83:15
%4055 = matmul %4054, %4053 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%4056 = add %3340, %4055 : f32[8,24] @ models/lib/nn.yaml:83:15
%4057 = mul %4052, %2081 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4058 = mul %4052, %2074 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4059 = mul %2077, %2077 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4060 = neg %4059 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4061 = exp %4060 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4062 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4063 = broadcast %4062 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4064 = mul %4061, %4063 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4065 = mul %4058, %4064 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4066 = mul %4065, %2076 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4067 = mul %4057, %2073 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4068 = add %4066, %4067 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4069 = reduce_sum %4068 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4070 = reshape %4069 : f32[24] @ models/lib/nn.yaml:84:18
%4071 = add %3354, %4070 : f32[24] @ models/lib/nn.yaml:84:18
%4072 = matmul %4068, %71 ta=0 tb=0 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%4073 = reshape %2068 : f32[4,24] @ models/lib/nn.yaml:83:15
%4074 = reshape %4068 : f32[4,24] @ models/lib/nn.yaml:83:15
%4075 = matmul %4074, %4073 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%4076 = add %3358, %4075 : f32[24,24] @ models/lib/nn.yaml:83:15
%4077 = mul %4072, %2067 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4078 = mul %4072, %2060 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4079 = mul %2063, %2063 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4080 = neg %4079 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4081 = exp %4080 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4082 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4083 = broadcast %4082 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4084 = mul %4081, %4083 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4085 = mul %4078, %4084 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4086 = mul %4085, %2062 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4087 = mul %4077, %2059 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4088 = add %4086, %4087 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4089 = reduce_sum %4088 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4090 = reshape %4089 : f32[24] @ models/lib/nn.yaml:84:18
%4091 = add %3372, %4090 : f32[24] @ models/lib/nn.yaml:84:18
%4092 = matmul %4088, %69 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4093 = reshape %2054 : f32[4,16] @ models/lib/nn.yaml:83:15
%4094 = reshape %4088 : f32[4,24] @ models/lib/nn.yaml:83:15
%4095 = matmul %4094, %4093 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%4096 = add %3376, %4095 : f32[24,16] @ models/lib/nn.yaml:83:15
%4097 = pad %4092 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/dino_pass.yaml:104:28
%4098 = add %4007, %4097 : f32[4,17,16] @ models/dino_pass.yaml:104:28
%4099 = reduce_sum %4098 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4100 = reshape %4099 : f32[16] @ models/lib/nn.yaml:96:46
%4101 = add %3380, %4100 : f32[16] @ models/lib/nn.yaml:96:46
%4102 = mul %4098, %2050 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4103 = mul %4098, %2049 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4104 = reduce_sum %4103 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4105 = reshape %4104 : f32[16] @ models/lib/nn.yaml:96:37
%4106 = add %3384, %4105 : f32[16] @ models/lib/nn.yaml:96:37
%4107 = mul %4102, %2048 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4108 = mul %4102, %2038 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4109 = reduce_sum %4108 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%4110 = mul %2047, %2047 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4111 = mul %2047, %4110 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4112 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4113 = broadcast %4112 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4114 = mul %4111, %4113 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4115 = mul %4109, %4114 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4116 = div %4115, %2042 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%4117 = broadcast %4116 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%4118 = mul %4117, %2038 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4119 = add %4107, %4118 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4120 = mul %4117, %2038 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4121 = add %4119, %4120 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4122 = neg %4121 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%4123 = reduce_sum %4122 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%4124 = div %4123, %2035 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%4125 = broadcast %4124 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4126 = add %4121, %4125 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4127 = slice %4126 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%4128 = slice %4126 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:111:21
%4129 = reduce_sum %4127 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4130 = reshape %4129 : f32[16] @ models/lib/nn.yaml:84:18
%4131 = add %3408, %4130 : f32[16] @ models/lib/nn.yaml:84:18
%4132 = matmul %4127, %65 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%4133 = reshape %2027 : f32[4,64] @ models/lib/nn.yaml:83:15
%4134 = reshape %4127 : f32[4,16] @ models/lib/nn.yaml:83:15
%4135 = matmul %4134, %4133 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%4136 = add %3412, %4135 : f32[16,64] @ models/lib/nn.yaml:83:15
%4137 = mul %4132, %2026 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4138 = mul %4132, %2019 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4139 = mul %2022, %2022 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4140 = neg %4139 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4141 = exp %4140 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4142 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4143 = broadcast %4142 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4144 = mul %4141, %4143 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4145 = mul %4138, %4144 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4146 = mul %4145, %2021 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4147 = mul %4137, %2018 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4148 = add %4146, %4147 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4149 = reduce_sum %4148 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4150 = reshape %4149 : f32[64] @ models/lib/nn.yaml:84:18
%4151 = add %3426, %4150 : f32[64] @ models/lib/nn.yaml:84:18
%4152 = matmul %4148, %63 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4153 = reshape %2013 : f32[4,16] @ models/lib/nn.yaml:83:15
%4154 = reshape %4148 : f32[4,64] @ models/lib/nn.yaml:83:15
%4155 = matmul %4154, %4153 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%4156 = add %3430, %4155 : f32[64,16] @ models/lib/nn.yaml:83:15
%4157 = reduce_sum %4152 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4158 = reshape %4157 : f32[16] @ models/lib/nn.yaml:96:46
%4159 = add %3432, %4158 : f32[16] @ models/lib/nn.yaml:96:46
%4160 = mul %4152, %2010 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4161 = mul %4152, %2009 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4162 = reduce_sum %4161 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4163 = reshape %4162 : f32[16] @ models/lib/nn.yaml:96:37
%4164 = add %3436, %4163 : f32[16] @ models/lib/nn.yaml:96:37
%4165 = mul %4160, %2008 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4166 = mul %4160, %1998 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4167 = reduce_sum %4166 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%4168 = mul %2007, %2007 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4169 = mul %2007, %4168 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4170 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4171 = broadcast %4170 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4172 = mul %4169, %4171 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4173 = mul %4167, %4172 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4174 = div %4173, %2002 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%4175 = broadcast %4174 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%4176 = mul %4175, %1998 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4177 = add %4165, %4176 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4178 = mul %4175, %1998 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4179 = add %4177, %4178 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4180 = add %4127, %4179 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4181 = neg %4179 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4182 = reduce_sum %4181 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%4183 = div %4182, %1995 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%4184 = broadcast %4183 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4185 = add %4180, %4184 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4186 = reduce_sum %4185 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4187 = reshape %4186 : f32[16] @ models/lib/nn.yaml:84:18
%4188 = add %3459, %4187 : f32[16] @ models/lib/nn.yaml:84:18
%4189 = matmul %4185, %59 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4190 = reshape %1988 : f32[4,16] @ models/lib/nn.yaml:83:15
%4191 = reshape %4185 : f32[4,16] @ models/lib/nn.yaml:83:15
%4192 = matmul %4191, %4190 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4193 = add %3463, %4192 : f32[16,16] @ models/lib/nn.yaml:83:15
%4194 = reshape %4189 : f32[4,1,2,8] @ models/lib/nn.yaml:57:16
%4195 = permute %4194 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/nn.yaml:56:13
%4196 = matmul %4195, %1973 ta=0 tb=1 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4197 = matmul %1985, %4195 ta=1 tb=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%4198 = div %4196, %1984 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4199 = mul %4198, %1985 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4200 = neg %4199 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4201 = reduce_sum %4200 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%4202 = broadcast %4201 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%4203 = add %4198, %4202 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%4204 = mul %4203, %1982 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%4205 = mul %4204, %1976 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%4206 = matmul %4205, %1968 ta=0 tb=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4207 = matmul %4205, %1963 ta=1 tb=0 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%4208 = permute %4197 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%4209 = reshape %4208 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%4210 = reduce_sum %4209 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4211 = reshape %4210 : f32[16] @ models/lib/nn.yaml:84:18
%4212 = add %3481, %4211 : f32[16] @ models/lib/nn.yaml:84:18
%4213 = matmul %4209, %57 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4214 = reshape %1957 : f32[68,16] @ models/lib/nn.yaml:83:15
%4215 = reshape %4209 : f32[68,16] @ models/lib/nn.yaml:83:15
%4216 = matmul %4215, %4214 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4217 = add %3485, %4216 : f32[16,16] @ models/lib/nn.yaml:83:15
%4218 = permute %4207 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%4219 = reshape %4218 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%4220 = reduce_sum %4219 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4221 = reshape %4220 : f32[16] @ models/lib/nn.yaml:84:18
%4222 = add %3489, %4221 : f32[16] @ models/lib/nn.yaml:84:18
%4223 = matmul %4219, %55 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4224 = add %4213, %4223 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4225 = reshape %1957 : f32[68,16] @ models/lib/nn.yaml:83:15
%4226 = reshape %4219 : f32[68,16] @ models/lib/nn.yaml:83:15
%4227 = matmul %4226, %4225 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4228 = add %3494, %4227 : f32[16,16] @ models/lib/nn.yaml:83:15
%4229 = permute %4206 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%4230 = reshape %4229 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%4231 = reduce_sum %4230 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4232 = reshape %4231 : f32[16] @ models/lib/nn.yaml:84:18
%4233 = add %3498, %4232 : f32[16] @ models/lib/nn.yaml:84:18
%4234 = matmul %4230, %53 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4235 = reshape %1958 : f32[4,16] @ models/lib/nn.yaml:83:15
%4236 = reshape %4230 : f32[4,16] @ models/lib/nn.yaml:83:15
%4237 = matmul %4236, %4235 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4238 = add %3502, %4237 : f32[16,16] @ models/lib/nn.yaml:83:15
%4239 = pad %4234 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%4240 = add %4224, %4239 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%4241 = reduce_sum %4240 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4242 = reshape %4241 : f32[16] @ models/lib/nn.yaml:96:46
%4243 = add %3506, %4242 : f32[16] @ models/lib/nn.yaml:96:46
%4244 = mul %4240, %1954 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4245 = mul %4240, %1953 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4246 = reduce_sum %4245 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4247 = reshape %4246 : f32[16] @ models/lib/nn.yaml:96:37
%4248 = add %3510, %4247 : f32[16] @ models/lib/nn.yaml:96:37
%4249 = mul %4244, %1952 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4250 = mul %4244, %1942 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4251 = reduce_sum %4250 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%4252 = mul %1951, %1951 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4253 = mul %1951, %4252 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4254 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4255 = broadcast %4254 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4256 = mul %4253, %4255 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4257 = mul %4251, %4256 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4258 = div %4257, %1946 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%4259 = broadcast %4258 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%4260 = mul %4259, %1942 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4261 = add %4249, %4260 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4262 = mul %4259, %1942 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4263 = add %4261, %4262 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4264 = neg %4263 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%4265 = reduce_sum %4264 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%4266 = div %4265, %1939 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%4267 = broadcast %4266 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4268 = add %4263, %4267 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4269 = slice %4268 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4270 = add %4185, %4269 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4271 = slice %4268 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%4272 = add %4128, %4271 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%4273 = reduce_sum %4270 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4274 = reshape %4273 : f32[16] @ models/lib/nn.yaml:84:18
%4275 = add %3536, %4274 : f32[16] @ models/lib/nn.yaml:84:18
%4276 = matmul %4270, %49 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%4277 = reshape %1931 : f32[4,64] @ models/lib/nn.yaml:83:15
%4278 = reshape %4270 : f32[4,16] @ models/lib/nn.yaml:83:15
%4279 = matmul %4278, %4277 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%4280 = add %3540, %4279 : f32[16,64] @ models/lib/nn.yaml:83:15
%4281 = mul %4276, %1930 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4282 = mul %4276, %1923 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4283 = mul %1926, %1926 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4284 = neg %4283 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4285 = exp %4284 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4286 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4287 = broadcast %4286 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4288 = mul %4285, %4287 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4289 = mul %4282, %4288 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4290 = mul %4289, %1925 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4291 = mul %4281, %1922 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4292 = add %4290, %4291 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4293 = reduce_sum %4292 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4294 = reshape %4293 : f32[64] @ models/lib/nn.yaml:84:18
%4295 = add %3554, %4294 : f32[64] @ models/lib/nn.yaml:84:18
%4296 = matmul %4292, %47 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4297 = reshape %1917 : f32[4,16] @ models/lib/nn.yaml:83:15
%4298 = reshape %4292 : f32[4,64] @ models/lib/nn.yaml:83:15
%4299 = matmul %4298, %4297 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%4300 = add %3558, %4299 : f32[64,16] @ models/lib/nn.yaml:83:15
%4301 = reduce_sum %4296 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4302 = reshape %4301 : f32[16] @ models/lib/nn.yaml:96:46
%4303 = add %3560, %4302 : f32[16] @ models/lib/nn.yaml:96:46
%4304 = mul %4296, %1914 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4305 = mul %4296, %1913 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4306 = reduce_sum %4305 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4307 = reshape %4306 : f32[16] @ models/lib/nn.yaml:96:37
%4308 = add %3564, %4307 : f32[16] @ models/lib/nn.yaml:96:37
%4309 = mul %4304, %1912 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4310 = mul %4304, %1902 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4311 = reduce_sum %4310 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%4312 = mul %1911, %1911 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4313 = mul %1911, %4312 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4314 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4315 = broadcast %4314 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4316 = mul %4313, %4315 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4317 = mul %4311, %4316 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4318 = div %4317, %1906 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%4319 = broadcast %4318 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%4320 = mul %4319, %1902 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4321 = add %4309, %4320 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4322 = mul %4319, %1902 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4323 = add %4321, %4322 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4324 = add %4270, %4323 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4325 = neg %4323 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4326 = reduce_sum %4325 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%4327 = div %4326, %1899 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%4328 = broadcast %4327 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4329 = add %4324, %4328 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4330 = reduce_sum %4329 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4331 = reshape %4330 : f32[16] @ models/lib/nn.yaml:84:18
%4332 = add %3587, %4331 : f32[16] @ models/lib/nn.yaml:84:18
%4333 = matmul %4329, %43 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4334 = reshape %1892 : f32[4,16] @ models/lib/nn.yaml:83:15
%4335 = reshape %4329 : f32[4,16] @ models/lib/nn.yaml:83:15
%4336 = matmul %4335, %4334 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4337 = add %3591, %4336 : f32[16,16] @ models/lib/nn.yaml:83:15
%4338 = reshape %4333 : f32[4,1,2,8] @ models/lib/nn.yaml:57:16
%4339 = permute %4338 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/nn.yaml:56:13
%4340 = matmul %4339, %1877 ta=0 tb=1 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4341 = matmul %1889, %4339 ta=1 tb=0 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%4342 = div %4340, %1888 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4343 = mul %4342, %1889 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4344 = neg %4343 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4345 = reduce_sum %4344 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%4346 = broadcast %4345 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%4347 = add %4342, %4346 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%4348 = mul %4347, %1886 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%4349 = mul %4348, %1880 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%4350 = matmul %4349, %1872 ta=0 tb=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4351 = matmul %4349, %1867 ta=1 tb=0 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%4352 = permute %4341 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%4353 = reshape %4352 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%4354 = reduce_sum %4353 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4355 = reshape %4354 : f32[16] @ models/lib/nn.yaml:84:18
%4356 = add %3609, %4355 : f32[16] @ models/lib/nn.yaml:84:18
%4357 = matmul %4353, %41 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4358 = reshape %1861 : f32[68,16] @ models/lib/nn.yaml:83:15
%4359 = reshape %4353 : f32[68,16] @ models/lib/nn.yaml:83:15
%4360 = matmul %4359, %4358 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4361 = add %3613, %4360 : f32[16,16] @ models/lib/nn.yaml:83:15
%4362 = permute %4351 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%4363 = reshape %4362 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%4364 = reduce_sum %4363 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4365 = reshape %4364 : f32[16] @ models/lib/nn.yaml:84:18
%4366 = add %3617, %4365 : f32[16] @ models/lib/nn.yaml:84:18
%4367 = matmul %4363, %39 ta=0 tb=0 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4368 = add %4357, %4367 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4369 = reshape %1861 : f32[68,16] @ models/lib/nn.yaml:83:15
%4370 = reshape %4363 : f32[68,16] @ models/lib/nn.yaml:83:15
%4371 = matmul %4370, %4369 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4372 = add %3622, %4371 : f32[16,16] @ models/lib/nn.yaml:83:15
%4373 = permute %4350 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%4374 = reshape %4373 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%4375 = reduce_sum %4374 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4376 = reshape %4375 : f32[16] @ models/lib/nn.yaml:84:18
%4377 = add %3626, %4376 : f32[16] @ models/lib/nn.yaml:84:18
%4378 = matmul %4374, %37 ta=0 tb=0 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%4379 = reshape %1862 : f32[4,16] @ models/lib/nn.yaml:83:15
%4380 = reshape %4374 : f32[4,16] @ models/lib/nn.yaml:83:15
%4381 = matmul %4380, %4379 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4382 = add %3630, %4381 : f32[16,16] @ models/lib/nn.yaml:83:15
%4383 = pad %4378 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%4384 = add %4368, %4383 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%4385 = reduce_sum %4384 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4386 = reshape %4385 : f32[16] @ models/lib/nn.yaml:96:46
%4387 = add %3634, %4386 : f32[16] @ models/lib/nn.yaml:96:46
%4388 = mul %4384, %1858 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4389 = mul %4384, %1857 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4390 = reduce_sum %4389 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4391 = reshape %4390 : f32[16] @ models/lib/nn.yaml:96:37
%4392 = add %3638, %4391 : f32[16] @ models/lib/nn.yaml:96:37
%4393 = mul %4388, %1856 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4394 = mul %4388, %1846 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4395 = reduce_sum %4394 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%4396 = mul %1855, %1855 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4397 = mul %1855, %4396 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4398 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4399 = broadcast %4398 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4400 = mul %4397, %4399 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4401 = mul %4395, %4400 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4402 = div %4401, %1850 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%4403 = broadcast %4402 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%4404 = mul %4403, %1846 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4405 = add %4393, %4404 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4406 = mul %4403, %1846 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4407 = add %4405, %4406 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4408 = neg %4407 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%4409 = reduce_sum %4408 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%4410 = div %4409, %1843 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%4411 = broadcast %4410 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4412 = add %4407, %4411 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4413 = slice %4412 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4414 = add %4329, %4413 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4415 = slice %4412 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%4416 = add %4272, %4415 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%4417 = reduce_sum %4414 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%4418 = add %3663, %4417 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%4419 = mul %4416, %1836 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%4420 = div %4419, %1828 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%4421 = reduce_sum %4420 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4422 = reshape %4421 : f32[16] @ models/lib/nn.yaml:84:18
%4423 = add %3667, %4422 : f32[16] @ models/lib/nn.yaml:84:18
%4424 = matmul %4420, %32 ta=0 tb=0 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%4425 = reshape %1823 : f32[64,64] @ models/lib/nn.yaml:83:15
%4426 = reshape %4420 : f32[64,16] @ models/lib/nn.yaml:83:15
%4427 = matmul %4426, %4425 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%4428 = add %3671, %4427 : f32[16,64] @ models/lib/nn.yaml:83:15
%4429 = mul %4424, %1822 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%4430 = mul %4424, %1815 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%4431 = mul %1818, %1818 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4432 = neg %4431 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4433 = exp %4432 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4434 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4435 = broadcast %4434 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4436 = mul %4433, %4435 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4437 = mul %4430, %4436 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4438 = mul %4437, %1817 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%4439 = mul %4429, %1814 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%4440 = add %4438, %4439 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%4441 = reduce_sum %4440 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4442 = reshape %4441 : f32[64] @ models/lib/nn.yaml:84:18
%4443 = add %3685, %4442 : f32[64] @ models/lib/nn.yaml:84:18
%4444 = matmul %4440, %30 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%4445 = reshape %1809 : f32[64,16] @ models/lib/nn.yaml:83:15
%4446 = reshape %4440 : f32[64,64] @ models/lib/nn.yaml:83:15
%4447 = matmul %4446, %4445 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%4448 = add %3689, %4447 : f32[64,16] @ models/lib/nn.yaml:83:15
%4449 = reduce_sum %4444 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4450 = reshape %4449 : f32[16] @ models/lib/nn.yaml:96:46
%4451 = add %3691, %4450 : f32[16] @ models/lib/nn.yaml:96:46
%4452 = mul %4444, %1806 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4453 = mul %4444, %1805 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4454 = reduce_sum %4453 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4455 = reshape %4454 : f32[16] @ models/lib/nn.yaml:96:37
%4456 = add %3695, %4455 : f32[16] @ models/lib/nn.yaml:96:37
%4457 = mul %4452, %1804 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4458 = mul %4452, %1794 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4459 = reduce_sum %4458 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%4460 = mul %1803, %1803 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4461 = mul %1803, %4460 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4462 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4463 = broadcast %4462 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4464 = mul %4461, %4463 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4465 = mul %4459, %4464 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4466 = div %4465, %1798 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%4467 = broadcast %4466 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%4468 = mul %4467, %1794 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4469 = add %4457, %4468 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4470 = mul %4467, %1794 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4471 = add %4469, %4470 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4472 = add %4416, %4471 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4473 = neg %4471 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4474 = reduce_sum %4473 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%4475 = div %4474, %1791 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%4476 = broadcast %4475 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4477 = add %4472, %4476 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4478 = mul %4477, %1786 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%4479 = div %4478, %1777 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%4480 = reduce_sum %4479 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4481 = reshape %4480 : f32[16] @ models/lib/nn.yaml:84:18
%4482 = add %3720, %4481 : f32[16] @ models/lib/nn.yaml:84:18
%4483 = matmul %4479, %26 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%4484 = reshape %1772 : f32[64,16] @ models/lib/nn.yaml:83:15
%4485 = reshape %4479 : f32[64,16] @ models/lib/nn.yaml:83:15
%4486 = matmul %4485, %4484 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4487 = add %3724, %4486 : f32[16,16] @ models/lib/nn.yaml:83:15
%4488 = reshape %4483 : f32[4,16,2,8] @ models/lib/nn.yaml:57:16
%4489 = permute %4488 perm=[0,2,1,3] : f32[4,2,16,8] @ models/lib/nn.yaml:56:13
%4490 = matmul %4489, %1757 ta=0 tb=1 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4491 = matmul %1769, %4489 ta=1 tb=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%4492 = div %4490, %1768 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4493 = mul %4492, %1769 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4494 = neg %4493 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4495 = reduce_sum %4494 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%4496 = broadcast %4495 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%4497 = add %4492, %4496 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%4498 = mul %4497, %1766 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%4499 = mul %4498, %1760 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%4500 = matmul %4499, %1755 ta=0 tb=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%4501 = matmul %4499, %1753 ta=1 tb=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%4502 = reshape %4491 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%4503 = pad %4502 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:40
%4504 = reshape %4501 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%4505 = pad %4504 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:34
%4506 = add %4503, %4505 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:34
%4507 = reshape %4500 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%4508 = pad %4507 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%4509 = add %4506, %4508 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%4510 = permute %4509 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%4511 = reshape %4510 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%4512 = reduce_sum %4511 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%4513 = reshape %4512 : f32[48] @ models/lib/nn.yaml:84:18
%4514 = add %3750, %4513 : f32[48] @ models/lib/nn.yaml:84:18
%4515 = matmul %4511, %24 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%4516 = reshape %1746 : f32[64,16] @ models/lib/nn.yaml:83:15
%4517 = reshape %4511 : f32[64,48] @ models/lib/nn.yaml:83:15
%4518 = matmul %4517, %4516 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%4519 = add %3754, %4518 : f32[48,16] @ models/lib/nn.yaml:83:15
%4520 = reduce_sum %4515 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4521 = reshape %4520 : f32[16] @ models/lib/nn.yaml:96:46
%4522 = add %3756, %4521 : f32[16] @ models/lib/nn.yaml:96:46
%4523 = mul %4515, %1743 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4524 = mul %4515, %1742 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4525 = reduce_sum %4524 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4526 = reshape %4525 : f32[16] @ models/lib/nn.yaml:96:37
%4527 = add %3760, %4526 : f32[16] @ models/lib/nn.yaml:96:37
%4528 = mul %4523, %1741 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4529 = mul %4523, %1731 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4530 = reduce_sum %4529 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%4531 = mul %1740, %1740 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4532 = mul %1740, %4531 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4533 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4534 = broadcast %4533 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4535 = mul %4532, %4534 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4536 = mul %4530, %4535 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4537 = div %4536, %1735 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%4538 = broadcast %4537 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%4539 = mul %4538, %1731 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4540 = add %4528, %4539 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4541 = mul %4538, %1731 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4542 = add %4540, %4541 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4543 = add %4477, %4542 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4544 = neg %4542 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4545 = reduce_sum %4544 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%4546 = div %4545, %1728 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%4547 = broadcast %4546 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4548 = add %4543, %4547 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4549 = reduce_sum %4548 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4550 = reshape %4549 : f32[16] @ models/lib/nn.yaml:84:18
%4551 = add %3783, %4550 : f32[16] @ models/lib/nn.yaml:84:18
%4552 = matmul %4548, %20 ta=0 tb=0 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%4553 = reshape %1721 : f32[64,64] @ models/lib/nn.yaml:83:15
%4554 = reshape %4548 : f32[64,16] @ models/lib/nn.yaml:83:15
%4555 = matmul %4554, %4553 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%4556 = add %3787, %4555 : f32[16,64] @ models/lib/nn.yaml:83:15
%4557 = mul %4552, %1720 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%4558 = mul %4552, %1713 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%4559 = mul %1716, %1716 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4560 = neg %4559 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4561 = exp %4560 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4562 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4563 = broadcast %4562 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4564 = mul %4561, %4563 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4565 = mul %4558, %4564 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4566 = mul %4565, %1715 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%4567 = mul %4557, %1712 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%4568 = add %4566, %4567 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%4569 = reduce_sum %4568 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4570 = reshape %4569 : f32[64] @ models/lib/nn.yaml:84:18
%4571 = add %3801, %4570 : f32[64] @ models/lib/nn.yaml:84:18
%4572 = matmul %4568, %18 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%4573 = reshape %1707 : f32[64,16] @ models/lib/nn.yaml:83:15
%4574 = reshape %4568 : f32[64,64] @ models/lib/nn.yaml:83:15
%4575 = matmul %4574, %4573 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%4576 = add %3805, %4575 : f32[64,16] @ models/lib/nn.yaml:83:15
%4577 = reduce_sum %4572 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4578 = reshape %4577 : f32[16] @ models/lib/nn.yaml:96:46
%4579 = add %3807, %4578 : f32[16] @ models/lib/nn.yaml:96:46
%4580 = mul %4572, %1704 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4581 = mul %4572, %1703 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4582 = reduce_sum %4581 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4583 = reshape %4582 : f32[16] @ models/lib/nn.yaml:96:37
%4584 = add %3811, %4583 : f32[16] @ models/lib/nn.yaml:96:37
%4585 = mul %4580, %1702 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4586 = mul %4580, %1692 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4587 = reduce_sum %4586 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%4588 = mul %1701, %1701 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4589 = mul %1701, %4588 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4590 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4591 = broadcast %4590 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4592 = mul %4589, %4591 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4593 = mul %4587, %4592 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4594 = div %4593, %1696 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%4595 = broadcast %4594 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%4596 = mul %4595, %1692 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4597 = add %4585, %4596 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4598 = mul %4595, %1692 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4599 = add %4597, %4598 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4600 = add %4548, %4599 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4601 = neg %4599 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4602 = reduce_sum %4601 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%4603 = div %4602, %1689 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%4604 = broadcast %4603 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4605 = add %4600, %4604 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4606 = reduce_sum %4605 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4607 = reshape %4606 : f32[16] @ models/lib/nn.yaml:84:18
%4608 = add %3834, %4607 : f32[16] @ models/lib/nn.yaml:84:18
%4609 = matmul %4605, %14 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%4610 = reshape %1682 : f32[64,16] @ models/lib/nn.yaml:83:15
%4611 = reshape %4605 : f32[64,16] @ models/lib/nn.yaml:83:15
%4612 = matmul %4611, %4610 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%4613 = add %3838, %4612 : f32[16,16] @ models/lib/nn.yaml:83:15
%4614 = reshape %4609 : f32[4,16,2,8] @ models/lib/nn.yaml:57:16
%4615 = permute %4614 perm=[0,2,1,3] : f32[4,2,16,8] @ models/lib/nn.yaml:56:13
%4616 = matmul %4615, %1667 ta=0 tb=1 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4617 = matmul %1679, %4615 ta=1 tb=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%4618 = div %4616, %1678 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4619 = mul %4618, %1679 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4620 = neg %4619 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4621 = reduce_sum %4620 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%4622 = broadcast %4621 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%4623 = add %4618, %4622 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%4624 = mul %4623, %1676 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%4625 = mul %4624, %1670 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%4626 = matmul %4625, %1665 ta=0 tb=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%4627 = matmul %4625, %1663 ta=1 tb=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%4628 = reshape %4617 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%4629 = pad %4628 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:40
%4630 = reshape %4627 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%4631 = pad %4630 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:34
%4632 = add %4629, %4631 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:34
%4633 = reshape %4626 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%4634 = pad %4633 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%4635 = add %4632, %4634 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%4636 = permute %4635 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%4637 = reshape %4636 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%4638 = reduce_sum %4637 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%4639 = reshape %4638 : f32[48] @ models/lib/nn.yaml:84:18
%4640 = add %3864, %4639 : f32[48] @ models/lib/nn.yaml:84:18
%4641 = matmul %4637, %12 ta=0 tb=0 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%4642 = reshape %1656 : f32[64,16] @ models/lib/nn.yaml:83:15
%4643 = reshape %4637 : f32[64,48] @ models/lib/nn.yaml:83:15
%4644 = matmul %4643, %4642 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%4645 = add %3868, %4644 : f32[48,16] @ models/lib/nn.yaml:83:15
%4646 = reduce_sum %4641 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4647 = reshape %4646 : f32[16] @ models/lib/nn.yaml:96:46
%4648 = add %3870, %4647 : f32[16] @ models/lib/nn.yaml:96:46
%4649 = mul %4641, %1653 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4650 = mul %4641, %1652 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4651 = reduce_sum %4650 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4652 = reshape %4651 : f32[16] @ models/lib/nn.yaml:96:37
%4653 = add %3874, %4652 : f32[16] @ models/lib/nn.yaml:96:37
%4654 = mul %4649, %1651 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4655 = mul %4649, %1641 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4656 = reduce_sum %4655 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%4657 = mul %1650, %1650 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4658 = mul %1650, %4657 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4659 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4660 = broadcast %4659 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4661 = mul %4658, %4660 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4662 = mul %4656, %4661 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4663 = div %4662, %1645 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%4664 = broadcast %4663 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%4665 = mul %4664, %1641 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4666 = add %4654, %4665 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4667 = mul %4664, %1641 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4668 = add %4666, %4667 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4669 = add %4605, %4668 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4670 = neg %4668 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4671 = reduce_sum %4670 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%4672 = div %4671, %1638 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%4673 = broadcast %4672 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4674 = add %4669, %4673 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4675 = reduce_sum %4674 axes=[0] keep=1 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%4676 = add %3905, %4675 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%4677 = reduce_sum %4674 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%4678 = reshape %4677 : f32[16] @ models/lib/vit.yaml:17:71
%4679 = add %3907, %4678 : f32[16] @ models/lib/vit.yaml:17:71
%4680 = reshape %1629 : f32[64,48] @ models/lib/vit.yaml:17:18
%4681 = reshape %4674 : f32[64,16] @ models/lib/vit.yaml:17:18
%4682 = matmul %4681, %4680 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%4683 = reshape %4682 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%4684 = add %3911, %4683 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%4685 = all_reduce_sum %4676 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4686 = reshape %4685 : f32[256] @ models/lib/vit.yaml:48:7
%4687 = mul %4686, %4686 : f32[256] @ models/lib/vit.yaml:48:7
%4688 = reduce_sum %4687 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:48:7
%4689 = sqrt %4688 : f32[] @ models/lib/vit.yaml:48:7
%4690 = cast %4689 : f64[] @ models/lib/vit.yaml:48:7
%4691 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:48:7
%4692 = add %4690, %4691 : f64[] @ models/lib/vit.yaml:48:7
%4693 = const data=[3] : f64[] @ models/lib/vit.yaml:48:7
%4694 = div %4693, %4692 : f64[] @ models/lib/vit.yaml:48:7
%4695 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%4696 = lt %4694, %4695 : bool[] @ models/lib/vit.yaml:48:7
%4697 = cast %4694 : f32[] @ models/lib/vit.yaml:48:7
%4698 = broadcast %4697 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4699 = mul %4685, %4698 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4700 = broadcast %4696 : bool[1,16,16] @ models/lib/vit.yaml:48:7
%4701 = select %4700, %4699, %4685 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4702 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4703 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4704 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%4705 = const data=[1] : i64[] @ models/lib/vit.yaml:48:7
%4706 = add %4704, %4705 : i64[] @ models/lib/vit.yaml:48:7
%4707 = mul %3056, %3057 : f64[] @ models/lib/vit.yaml:48:7
%4708 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%4709 = sub %4708, %4707 : f64[] @ models/lib/vit.yaml:48:7
%4710 = cast %4709 : f32[] @ models/lib/vit.yaml:48:7
%4711 = broadcast %4710 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4712 = mul %7, %4711 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4713 = const data=[0.09999999999999998] : f64[] @ models/lib/vit.yaml:48:7
%4714 = cast %4713 : f32[] @ models/lib/vit.yaml:48:7
%4715 = broadcast %4714 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4716 = mul %4701, %4715 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4717 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%4718 = cast %4717 : f32[] @ models/lib/vit.yaml:48:7
%4719 = broadcast %4718 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4720 = mul %4702, %4719 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4721 = add %4720, %4716 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4722 = mul %4701, %4701 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4723 = const data=[0.0010000000000000009] : f64[] @ models/lib/vit.yaml:48:7
%4724 = cast %4723 : f32[] @ models/lib/vit.yaml:48:7
%4725 = broadcast %4724 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4726 = mul %4722, %4725 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4727 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%4728 = cast %4727 : f32[] @ models/lib/vit.yaml:48:7
%4729 = broadcast %4728 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4730 = mul %4703, %4729 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4731 = add %4730, %4726 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4732 = cast %4706 : f64[] @ models/lib/vit.yaml:48:7
%4733 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%4734 = pow %4733, %4732 : f64[] @ models/lib/vit.yaml:48:7
%4735 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%4736 = sub %4735, %4734 : f64[] @ models/lib/vit.yaml:48:7
%4737 = div %3056, %4736 : f64[] @ models/lib/vit.yaml:48:7
%4738 = cast %4706 : f64[] @ models/lib/vit.yaml:48:7
%4739 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%4740 = pow %4739, %4738 : f64[] @ models/lib/vit.yaml:48:7
%4741 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%4742 = sub %4741, %4740 : f64[] @ models/lib/vit.yaml:48:7
%4743 = sqrt %4742 : f64[] @ models/lib/vit.yaml:48:7
%4744 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%4745 = div %4744, %4743 : f64[] @ models/lib/vit.yaml:48:7
%4746 = sqrt %4731 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4747 = cast %4745 : f32[] @ models/lib/vit.yaml:48:7
%4748 = broadcast %4747 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4749 = mul %4746, %4748 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4750 = const data=[1e-08] : f64[] @ models/lib/vit.yaml:48:7
%4751 = cast %4750 : f32[] @ models/lib/vit.yaml:48:7
%4752 = broadcast %4751 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4753 = add %4749, %4752 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4754 = div %4721, %4753 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4755 = cast %4737 : f32[] @ models/lib/vit.yaml:48:7
%4756 = broadcast %4755 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4757 = mul %4754, %4756 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4758 = sub %4712, %4757 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4759 = assign %7, %4758 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4760 = assign %4702, %4721 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4761 = assign %4703, %4731 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4762 = assign %4704, %4706 : i64[] @ models/lib/vit.yaml:48:7
%4763 = cast %3058 : f32[] @ models/lib/vit.yaml:48:7
%4764 = broadcast %4763 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4765 = mul %85, %4764 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4766 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%4767 = sub %4766, %3058 : f64[] @ models/lib/vit.yaml:48:7
%4768 = cast %4767 : f32[] @ models/lib/vit.yaml:48:7
%4769 = broadcast %4768 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4770 = mul %4758, %4769 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4771 = add %4765, %4770 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4772 = assign %85, %4771 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%4773 = all_reduce_sum %4684 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4774 = reshape %4773 : f32[768] @ models/lib/vit.yaml:9:7
%4775 = mul %4774, %4774 : f32[768] @ models/lib/vit.yaml:9:7
%4776 = reduce_sum %4775 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:9:7
%4777 = sqrt %4776 : f32[] @ models/lib/vit.yaml:9:7
%4778 = cast %4777 : f64[] @ models/lib/vit.yaml:9:7
%4779 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:9:7
%4780 = add %4778, %4779 : f64[] @ models/lib/vit.yaml:9:7
%4781 = const data=[3] : f64[] @ models/lib/vit.yaml:9:7
%4782 = div %4781, %4780 : f64[] @ models/lib/vit.yaml:9:7
%4783 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%4784 = lt %4782, %4783 : bool[] @ models/lib/vit.yaml:9:7
%4785 = cast %4782 : f32[] @ models/lib/vit.yaml:9:7
%4786 = broadcast %4785 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4787 = mul %4773, %4786 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4788 = broadcast %4784 : bool[16,3,4,4] @ models/lib/vit.yaml:9:7
%4789 = select %4788, %4787, %4773 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4790 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4791 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4792 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%4793 = const data=[1] : i64[] @ models/lib/vit.yaml:9:7
%4794 = add %4792, %4793 : i64[] @ models/lib/vit.yaml:9:7
%4795 = mul %3056, %3057 : f64[] @ models/lib/vit.yaml:9:7
%4796 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%4797 = sub %4796, %4795 : f64[] @ models/lib/vit.yaml:9:7
%4798 = cast %4797 : f32[] @ models/lib/vit.yaml:9:7
%4799 = broadcast %4798 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4800 = mul %8, %4799 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4801 = const data=[0.09999999999999998] : f64[] @ models/lib/vit.yaml:9:7
%4802 = cast %4801 : f32[] @ models/lib/vit.yaml:9:7
%4803 = broadcast %4802 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4804 = mul %4789, %4803 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4805 = const data=[0.9] : f64[] @ models/lib/vit.yaml:9:7
%4806 = cast %4805 : f32[] @ models/lib/vit.yaml:9:7
%4807 = broadcast %4806 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4808 = mul %4790, %4807 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4809 = add %4808, %4804 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4810 = mul %4789, %4789 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4811 = const data=[0.0010000000000000009] : f64[] @ models/lib/vit.yaml:9:7
%4812 = cast %4811 : f32[] @ models/lib/vit.yaml:9:7
%4813 = broadcast %4812 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4814 = mul %4810, %4813 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4815 = const data=[0.999] : f64[] @ models/lib/vit.yaml:9:7
%4816 = cast %4815 : f32[] @ models/lib/vit.yaml:9:7
%4817 = broadcast %4816 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4818 = mul %4791, %4817 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4819 = add %4818, %4814 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4820 = cast %4794 : f64[] @ models/lib/vit.yaml:9:7
%4821 = const data=[0.9] : f64[] @ models/lib/vit.yaml:9:7
%4822 = pow %4821, %4820 : f64[] @ models/lib/vit.yaml:9:7
%4823 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%4824 = sub %4823, %4822 : f64[] @ models/lib/vit.yaml:9:7
%4825 = div %3056, %4824 : f64[] @ models/lib/vit.yaml:9:7
%4826 = cast %4794 : f64[] @ models/lib/vit.yaml:9:7
%4827 = const data=[0.999] : f64[] @ models/lib/vit.yaml:9:7
%4828 = pow %4827, %4826 : f64[] @ models/lib/vit.yaml:9:7
%4829 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%4830 = sub %4829, %4828 : f64[] @ models/lib/vit.yaml:9:7
%4831 = sqrt %4830 : f64[] @ models/lib/vit.yaml:9:7
%4832 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%4833 = div %4832, %4831 : f64[] @ models/lib/vit.yaml:9:7
%4834 = sqrt %4819 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4835 = cast %4833 : f32[] @ models/lib/vit.yaml:9:7
%4836 = broadcast %4835 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4837 = mul %4834, %4836 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4838 = const data=[1e-08] : f64[] @ models/lib/vit.yaml:9:7
%4839 = cast %4838 : f32[] @ models/lib/vit.yaml:9:7
%4840 = broadcast %4839 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4841 = add %4837, %4840 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4842 = div %4809, %4841 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4843 = cast %4825 : f32[] @ models/lib/vit.yaml:9:7
%4844 = broadcast %4843 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4845 = mul %4842, %4844 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4846 = sub %4800, %4845 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4847 = assign %8, %4846 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4848 = assign %4790, %4809 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4849 = assign %4791, %4819 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4850 = assign %4792, %4794 : i64[] @ models/lib/vit.yaml:9:7
%4851 = cast %3058 : f32[] @ models/lib/vit.yaml:9:7
%4852 = broadcast %4851 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4853 = mul %86, %4852 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4854 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%4855 = sub %4854, %3058 : f64[] @ models/lib/vit.yaml:9:7
%4856 = cast %4855 : f32[] @ models/lib/vit.yaml:9:7
%4857 = broadcast %4856 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4858 = mul %4846, %4857 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4859 = add %4853, %4858 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4860 = assign %86, %4859 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4861 = all_reduce_sum %4679 : f32[16] @ models/lib/vit.yaml:10:7
%4862 = reshape %4861 : f32[16] @ models/lib/vit.yaml:10:7
%4863 = mul %4862, %4862 : f32[16] @ models/lib/vit.yaml:10:7
%4864 = reduce_sum %4863 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:10:7
%4865 = sqrt %4864 : f32[] @ models/lib/vit.yaml:10:7
%4866 = cast %4865 : f64[] @ models/lib/vit.yaml:10:7
%4867 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:10:7
%4868 = add %4866, %4867 : f64[] @ models/lib/vit.yaml:10:7
%4869 = const data=[3] : f64[] @ models/lib/vit.yaml:10:7
%4870 = div %4869, %4868 : f64[] @ models/lib/vit.yaml:10:7
%4871 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%4872 = lt %4870, %4871 : bool[] @ models/lib/vit.yaml:10:7
%4873 = cast %4870 : f32[] @ models/lib/vit.yaml:10:7
%4874 = broadcast %4873 : f32[16] @ models/lib/vit.yaml:10:7
%4875 = mul %4861, %4874 : f32[16] @ models/lib/vit.yaml:10:7
%4876 = broadcast %4872 : bool[16] @ models/lib/vit.yaml:10:7
%4877 = select %4876, %4875, %4861 : f32[16] @ models/lib/vit.yaml:10:7
%4878 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%4879 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%4880 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%4881 = const data=[1] : i64[] @ models/lib/vit.yaml:10:7
%4882 = add %4880, %4881 : i64[] @ models/lib/vit.yaml:10:7
%4883 = const data=[0.09999999999999998] : f64[] @ models/lib/vit.yaml:10:7
%4884 = cast %4883 : f32[] @ models/lib/vit.yaml:10:7
%4885 = broadcast %4884 : f32[16] @ models/lib/vit.yaml:10:7
%4886 = mul %4877, %4885 : f32[16] @ models/lib/vit.yaml:10:7
%4887 = const data=[0.9] : f64[] @ models/lib/vit.yaml:10:7
%4888 = cast %4887 : f32[] @ models/lib/vit.yaml:10:7
%4889 = broadcast %4888 : f32[16] @ models/lib/vit.yaml:10:7
%4890 = mul %4878, %4889 : f32[16] @ models/lib/vit.yaml:10:7
%4891 = add %4890, %4886 : f32[16] @ models/lib/vit.yaml:10:7
%4892 = mul %4877, %4877 : f32[16] @ models/lib/vit.yaml:10:7
%4893 = const data=[0.0010000000000000009] : f64[] @ models/lib/vit.yaml:10:7
%4894 = cast %4893 : f32[] @ models/lib/vit.yaml:10:7
%4895 = broadcast %4894 : f32[16] @ models/lib/vit.yaml:10:7
%4896 = mul %4892, %4895 : f32[16] @ models/lib/vit.yaml:10:7
%4897 = const data=[0.999] : f64[] @ models/lib/vit.yaml:10:7
%4898 = cast %4897 : f32[] @ models/lib/vit.yaml:10:7
%4899 = broadcast %4898 : f32[16] @ models/lib/vit.yaml:10:7
%4900 = mul %4879, %4899 : f32[16] @ models/lib/vit.yaml:10:7
%4901 = add %4900, %4896 : f32[16] @ models/lib/vit.yaml:10:7
%4902 = cast %4882 : f64[] @ models/lib/vit.yaml:10:7
%4903 = const data=[0.9] : f64[] @ models/lib/vit.yaml:10:7
%4904 = pow %4903, %4902 : f64[] @ models/lib/vit.yaml:10:7
%4905 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%4906 = sub %4905, %4904 : f64[] @ models/lib/vit.yaml:10:7
%4907 = div %3056, %4906 : f64[] @ models/lib/vit.yaml:10:7
%4908 = cast %4882 : f64[] @ models/lib/vit.yaml:10:7
%4909 = const data=[0.999] : f64[] @ models/lib/vit.yaml:10:7
%4910 = pow %4909, %4908 : f64[] @ models/lib/vit.yaml:10:7
%4911 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%4912 = sub %4911, %4910 : f64[] @ models/lib/vit.yaml:10:7
%4913 = sqrt %4912 : f64[] @ models/lib/vit.yaml:10:7
%4914 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%4915 = div %4914, %4913 : f64[] @ models/lib/vit.yaml:10:7
%4916 = sqrt %4901 : f32[16] @ models/lib/vit.yaml:10:7
%4917 = cast %4915 : f32[] @ models/lib/vit.yaml:10:7
%4918 = broadcast %4917 : f32[16] @ models/lib/vit.yaml:10:7
%4919 = mul %4916, %4918 : f32[16] @ models/lib/vit.yaml:10:7
%4920 = const data=[1e-08] : f64[] @ models/lib/vit.yaml:10:7
%4921 = cast %4920 : f32[] @ models/lib/vit.yaml:10:7
%4922 = broadcast %4921 : f32[16] @ models/lib/vit.yaml:10:7
%4923 = add %4919, %4922 : f32[16] @ models/lib/vit.yaml:10:7
%4924 = div %4891, %4923 : f32[16] @ models/lib/vit.yaml:10:7
%4925 = cast %4907 : f32[] @ models/lib/vit.yaml:10:7
%4926 = broadcast %4925 : f32[16] @ models/lib/vit.yaml:10:7
%4927 = mul %4924, %4926 : f32[16] @ models/lib/vit.yaml:10:7
%4928 = sub %9, %4927 : f32[16] @ models/lib/vit.yaml:10:7
%4929 = assign %9, %4928 : f32[16] @ models/lib/vit.yaml:10:7
%4930 = assign %4878, %4891 : f32[16] @ models/lib/vit.yaml:10:7
%4931 = assign %4879, %4901 : f32[16] @ models/lib/vit.yaml:10:7
%4932 = assign %4880, %4882 : i64[] @ models/lib/vit.yaml:10:7
%4933 = cast %3058 : f32[] @ models/lib/vit.yaml:10:7
%4934 = broadcast %4933 : f32[16] @ models/lib/vit.yaml:10:7
%4935 = mul %87, %4934 : f32[16] @ models/lib/vit.yaml:10:7
%4936 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%4937 = sub %4936, %3058 : f64[] @ models/lib/vit.yaml:10:7
%4938 = cast %4937 : f32[] @ models/lib/vit.yaml:10:7
%4939 = broadcast %4938 : f32[16] @ models/lib/vit.yaml:10:7
%4940 = mul %4928, %4939 : f32[16] @ models/lib/vit.yaml:10:7
%4941 = add %4935, %4940 : f32[16] @ models/lib/vit.yaml:10:7
%4942 = assign %87, %4941 : f32[16] @ models/lib/vit.yaml:10:7
%4943 = all_reduce_sum %4653 : f32[16] @ models/lib/nn.yaml:89:7
%4944 = reshape %4943 : f32[16] @ models/lib/nn.yaml:89:7
%4945 = mul %4944, %4944 : f32[16] @ models/lib/nn.yaml:89:7
%4946 = reduce_sum %4945 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%4947 = sqrt %4946 : f32[] @ models/lib/nn.yaml:89:7
%4948 = cast %4947 : f64[] @ models/lib/nn.yaml:89:7
%4949 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%4950 = add %4948, %4949 : f64[] @ models/lib/nn.yaml:89:7
%4951 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%4952 = div %4951, %4950 : f64[] @ models/lib/nn.yaml:89:7
%4953 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4954 = lt %4952, %4953 : bool[] @ models/lib/nn.yaml:89:7
%4955 = cast %4952 : f32[] @ models/lib/nn.yaml:89:7
%4956 = broadcast %4955 : f32[16] @ models/lib/nn.yaml:89:7
%4957 = mul %4943, %4956 : f32[16] @ models/lib/nn.yaml:89:7
%4958 = broadcast %4954 : bool[16] @ models/lib/nn.yaml:89:7
%4959 = select %4958, %4957, %4943 : f32[16] @ models/lib/nn.yaml:89:7
%4960 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4961 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4962 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4963 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%4964 = add %4962, %4963 : i64[] @ models/lib/nn.yaml:89:7
%4965 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%4966 = cast %4965 : f32[] @ models/lib/nn.yaml:89:7
%4967 = broadcast %4966 : f32[16] @ models/lib/nn.yaml:89:7
%4968 = mul %4959, %4967 : f32[16] @ models/lib/nn.yaml:89:7
%4969 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%4970 = cast %4969 : f32[] @ models/lib/nn.yaml:89:7
%4971 = broadcast %4970 : f32[16] @ models/lib/nn.yaml:89:7
%4972 = mul %4960, %4971 : f32[16] @ models/lib/nn.yaml:89:7
%4973 = add %4972, %4968 : f32[16] @ models/lib/nn.yaml:89:7
%4974 = mul %4959, %4959 : f32[16] @ models/lib/nn.yaml:89:7
%4975 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%4976 = cast %4975 : f32[] @ models/lib/nn.yaml:89:7
%4977 = broadcast %4976 : f32[16] @ models/lib/nn.yaml:89:7
%4978 = mul %4974, %4977 : f32[16] @ models/lib/nn.yaml:89:7
%4979 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%4980 = cast %4979 : f32[] @ models/lib/nn.yaml:89:7
%4981 = broadcast %4980 : f32[16] @ models/lib/nn.yaml:89:7
%4982 = mul %4961, %4981 : f32[16] @ models/lib/nn.yaml:89:7
%4983 = add %4982, %4978 : f32[16] @ models/lib/nn.yaml:89:7
%4984 = cast %4964 : f64[] @ models/lib/nn.yaml:89:7
%4985 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%4986 = pow %4985, %4984 : f64[] @ models/lib/nn.yaml:89:7
%4987 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4988 = sub %4987, %4986 : f64[] @ models/lib/nn.yaml:89:7
%4989 = div %3056, %4988 : f64[] @ models/lib/nn.yaml:89:7
%4990 = cast %4964 : f64[] @ models/lib/nn.yaml:89:7
%4991 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%4992 = pow %4991, %4990 : f64[] @ models/lib/nn.yaml:89:7
%4993 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4994 = sub %4993, %4992 : f64[] @ models/lib/nn.yaml:89:7
%4995 = sqrt %4994 : f64[] @ models/lib/nn.yaml:89:7
%4996 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4997 = div %4996, %4995 : f64[] @ models/lib/nn.yaml:89:7
%4998 = sqrt %4983 : f32[16] @ models/lib/nn.yaml:89:7
%4999 = cast %4997 : f32[] @ models/lib/nn.yaml:89:7
%5000 = broadcast %4999 : f32[16] @ models/lib/nn.yaml:89:7
%5001 = mul %4998, %5000 : f32[16] @ models/lib/nn.yaml:89:7
%5002 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%5003 = cast %5002 : f32[] @ models/lib/nn.yaml:89:7
%5004 = broadcast %5003 : f32[16] @ models/lib/nn.yaml:89:7
%5005 = add %5001, %5004 : f32[16] @ models/lib/nn.yaml:89:7
%5006 = div %4973, %5005 : f32[16] @ models/lib/nn.yaml:89:7
%5007 = cast %4989 : f32[] @ models/lib/nn.yaml:89:7
%5008 = broadcast %5007 : f32[16] @ models/lib/nn.yaml:89:7
%5009 = mul %5006, %5008 : f32[16] @ models/lib/nn.yaml:89:7
%5010 = sub %10, %5009 : f32[16] @ models/lib/nn.yaml:89:7
%5011 = assign %10, %5010 : f32[16] @ models/lib/nn.yaml:89:7
%5012 = assign %4960, %4973 : f32[16] @ models/lib/nn.yaml:89:7
%5013 = assign %4961, %4983 : f32[16] @ models/lib/nn.yaml:89:7
%5014 = assign %4962, %4964 : i64[] @ models/lib/nn.yaml:89:7
%5015 = cast %3058 : f32[] @ models/lib/nn.yaml:89:7
%5016 = broadcast %5015 : f32[16] @ models/lib/nn.yaml:89:7
%5017 = mul %88, %5016 : f32[16] @ models/lib/nn.yaml:89:7
%5018 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5019 = sub %5018, %3058 : f64[] @ models/lib/nn.yaml:89:7
%5020 = cast %5019 : f32[] @ models/lib/nn.yaml:89:7
%5021 = broadcast %5020 : f32[16] @ models/lib/nn.yaml:89:7
%5022 = mul %5010, %5021 : f32[16] @ models/lib/nn.yaml:89:7
%5023 = add %5017, %5022 : f32[16] @ models/lib/nn.yaml:89:7
%5024 = assign %88, %5023 : f32[16] @ models/lib/nn.yaml:89:7
%5025 = all_reduce_sum %4648 : f32[16] @ models/lib/nn.yaml:90:7
%5026 = reshape %5025 : f32[16] @ models/lib/nn.yaml:90:7
%5027 = mul %5026, %5026 : f32[16] @ models/lib/nn.yaml:90:7
%5028 = reduce_sum %5027 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%5029 = sqrt %5028 : f32[] @ models/lib/nn.yaml:90:7
%5030 = cast %5029 : f64[] @ models/lib/nn.yaml:90:7
%5031 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%5032 = add %5030, %5031 : f64[] @ models/lib/nn.yaml:90:7
%5033 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%5034 = div %5033, %5032 : f64[] @ models/lib/nn.yaml:90:7
%5035 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5036 = lt %5034, %5035 : bool[] @ models/lib/nn.yaml:90:7
%5037 = cast %5034 : f32[] @ models/lib/nn.yaml:90:7
%5038 = broadcast %5037 : f32[16] @ models/lib/nn.yaml:90:7
%5039 = mul %5025, %5038 : f32[16] @ models/lib/nn.yaml:90:7
%5040 = broadcast %5036 : bool[16] @ models/lib/nn.yaml:90:7
%5041 = select %5040, %5039, %5025 : f32[16] @ models/lib/nn.yaml:90:7
%5042 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5043 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5044 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5045 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%5046 = add %5044, %5045 : i64[] @ models/lib/nn.yaml:90:7
%5047 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%5048 = cast %5047 : f32[] @ models/lib/nn.yaml:90:7
%5049 = broadcast %5048 : f32[16] @ models/lib/nn.yaml:90:7
%5050 = mul %5041, %5049 : f32[16] @ models/lib/nn.yaml:90:7
%5051 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%5052 = cast %5051 : f32[] @ models/lib/nn.yaml:90:7
%5053 = broadcast %5052 : f32[16] @ models/lib/nn.yaml:90:7
%5054 = mul %5042, %5053 : f32[16] @ models/lib/nn.yaml:90:7
%5055 = add %5054, %5050 : f32[16] @ models/lib/nn.yaml:90:7
%5056 = mul %5041, %5041 : f32[16] @ models/lib/nn.yaml:90:7
%5057 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%5058 = cast %5057 : f32[] @ models/lib/nn.yaml:90:7
%5059 = broadcast %5058 : f32[16] @ models/lib/nn.yaml:90:7
%5060 = mul %5056, %5059 : f32[16] @ models/lib/nn.yaml:90:7
%5061 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%5062 = cast %5061 : f32[] @ models/lib/nn.yaml:90:7
%5063 = broadcast %5062 : f32[16] @ models/lib/nn.yaml:90:7
%5064 = mul %5043, %5063 : f32[16] @ models/lib/nn.yaml:90:7
%5065 = add %5064, %5060 : f32[16] @ models/lib/nn.yaml:90:7
%5066 = cast %5046 : f64[] @ models/lib/nn.yaml:90:7
%5067 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%5068 = pow %5067, %5066 : f64[] @ models/lib/nn.yaml:90:7
%5069 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5070 = sub %5069, %5068 : f64[] @ models/lib/nn.yaml:90:7
%5071 = div %3056, %5070 : f64[] @ models/lib/nn.yaml:90:7
%5072 = cast %5046 : f64[] @ models/lib/nn.yaml:90:7
%5073 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%5074 = pow %5073, %5072 : f64[] @ models/lib/nn.yaml:90:7
%5075 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5076 = sub %5075, %5074 : f64[] @ models/lib/nn.yaml:90:7
%5077 = sqrt %5076 : f64[] @ models/lib/nn.yaml:90:7
%5078 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5079 = div %5078, %5077 : f64[] @ models/lib/nn.yaml:90:7
%5080 = sqrt %5065 : f32[16] @ models/lib/nn.yaml:90:7
%5081 = cast %5079 : f32[] @ models/lib/nn.yaml:90:7
%5082 = broadcast %5081 : f32[16] @ models/lib/nn.yaml:90:7
%5083 = mul %5080, %5082 : f32[16] @ models/lib/nn.yaml:90:7
%5084 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%5085 = cast %5084 : f32[] @ models/lib/nn.yaml:90:7
%5086 = broadcast %5085 : f32[16] @ models/lib/nn.yaml:90:7
%5087 = add %5083, %5086 : f32[16] @ models/lib/nn.yaml:90:7
%5088 = div %5055, %5087 : f32[16] @ models/lib/nn.yaml:90:7
%5089 = cast %5071 : f32[] @ models/lib/nn.yaml:90:7
%5090 = broadcast %5089 : f32[16] @ models/lib/nn.yaml:90:7
%5091 = mul %5088, %5090 : f32[16] @ models/lib/nn.yaml:90:7
%5092 = sub %11, %5091 : f32[16] @ models/lib/nn.yaml:90:7
%5093 = assign %11, %5092 : f32[16] @ models/lib/nn.yaml:90:7
%5094 = assign %5042, %5055 : f32[16] @ models/lib/nn.yaml:90:7
%5095 = assign %5043, %5065 : f32[16] @ models/lib/nn.yaml:90:7
%5096 = assign %5044, %5046 : i64[] @ models/lib/nn.yaml:90:7
%5097 = cast %3058 : f32[] @ models/lib/nn.yaml:90:7
%5098 = broadcast %5097 : f32[16] @ models/lib/nn.yaml:90:7
%5099 = mul %89, %5098 : f32[16] @ models/lib/nn.yaml:90:7
%5100 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5101 = sub %5100, %3058 : f64[] @ models/lib/nn.yaml:90:7
%5102 = cast %5101 : f32[] @ models/lib/nn.yaml:90:7
%5103 = broadcast %5102 : f32[16] @ models/lib/nn.yaml:90:7
%5104 = mul %5092, %5103 : f32[16] @ models/lib/nn.yaml:90:7
%5105 = add %5099, %5104 : f32[16] @ models/lib/nn.yaml:90:7
%5106 = assign %89, %5105 : f32[16] @ models/lib/nn.yaml:90:7
%5107 = all_reduce_sum %4645 : f32[48,16] @ models/lib/nn.yaml:79:7
%5108 = reshape %5107 : f32[768] @ models/lib/nn.yaml:79:7
%5109 = mul %5108, %5108 : f32[768] @ models/lib/nn.yaml:79:7
%5110 = reduce_sum %5109 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5111 = sqrt %5110 : f32[] @ models/lib/nn.yaml:79:7
%5112 = cast %5111 : f64[] @ models/lib/nn.yaml:79:7
%5113 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%5114 = add %5112, %5113 : f64[] @ models/lib/nn.yaml:79:7
%5115 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%5116 = div %5115, %5114 : f64[] @ models/lib/nn.yaml:79:7
%5117 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5118 = lt %5116, %5117 : bool[] @ models/lib/nn.yaml:79:7
%5119 = cast %5116 : f32[] @ models/lib/nn.yaml:79:7
%5120 = broadcast %5119 : f32[48,16] @ models/lib/nn.yaml:79:7
%5121 = mul %5107, %5120 : f32[48,16] @ models/lib/nn.yaml:79:7
%5122 = broadcast %5118 : bool[48,16] @ models/lib/nn.yaml:79:7
%5123 = select %5122, %5121, %5107 : f32[48,16] @ models/lib/nn.yaml:79:7
%5124 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%5125 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%5126 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5127 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%5128 = add %5126, %5127 : i64[] @ models/lib/nn.yaml:79:7
%5129 = mul %3056, %3057 : f64[] @ models/lib/nn.yaml:79:7
%5130 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5131 = sub %5130, %5129 : f64[] @ models/lib/nn.yaml:79:7
%5132 = cast %5131 : f32[] @ models/lib/nn.yaml:79:7
%5133 = broadcast %5132 : f32[48,16] @ models/lib/nn.yaml:79:7
%5134 = mul %12, %5133 : f32[48,16] @ models/lib/nn.yaml:79:7
%5135 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%5136 = cast %5135 : f32[] @ models/lib/nn.yaml:79:7
%5137 = broadcast %5136 : f32[48,16] @ models/lib/nn.yaml:79:7
%5138 = mul %5123, %5137 : f32[48,16] @ models/lib/nn.yaml:79:7
%5139 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5140 = cast %5139 : f32[] @ models/lib/nn.yaml:79:7
%5141 = broadcast %5140 : f32[48,16] @ models/lib/nn.yaml:79:7
%5142 = mul %5124, %5141 : f32[48,16] @ models/lib/nn.yaml:79:7
%5143 = add %5142, %5138 : f32[48,16] @ models/lib/nn.yaml:79:7
%5144 = mul %5123, %5123 : f32[48,16] @ models/lib/nn.yaml:79:7
%5145 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%5146 = cast %5145 : f32[] @ models/lib/nn.yaml:79:7
%5147 = broadcast %5146 : f32[48,16] @ models/lib/nn.yaml:79:7
%5148 = mul %5144, %5147 : f32[48,16] @ models/lib/nn.yaml:79:7
%5149 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5150 = cast %5149 : f32[] @ models/lib/nn.yaml:79:7
%5151 = broadcast %5150 : f32[48,16] @ models/lib/nn.yaml:79:7
%5152 = mul %5125, %5151 : f32[48,16] @ models/lib/nn.yaml:79:7
%5153 = add %5152, %5148 : f32[48,16] @ models/lib/nn.yaml:79:7
%5154 = cast %5128 : f64[] @ models/lib/nn.yaml:79:7
%5155 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5156 = pow %5155, %5154 : f64[] @ models/lib/nn.yaml:79:7
%5157 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5158 = sub %5157, %5156 : f64[] @ models/lib/nn.yaml:79:7
%5159 = div %3056, %5158 : f64[] @ models/lib/nn.yaml:79:7
%5160 = cast %5128 : f64[] @ models/lib/nn.yaml:79:7
%5161 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5162 = pow %5161, %5160 : f64[] @ models/lib/nn.yaml:79:7
%5163 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5164 = sub %5163, %5162 : f64[] @ models/lib/nn.yaml:79:7
%5165 = sqrt %5164 : f64[] @ models/lib/nn.yaml:79:7
%5166 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5167 = div %5166, %5165 : f64[] @ models/lib/nn.yaml:79:7
%5168 = sqrt %5153 : f32[48,16] @ models/lib/nn.yaml:79:7
%5169 = cast %5167 : f32[] @ models/lib/nn.yaml:79:7
%5170 = broadcast %5169 : f32[48,16] @ models/lib/nn.yaml:79:7
%5171 = mul %5168, %5170 : f32[48,16] @ models/lib/nn.yaml:79:7
%5172 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%5173 = cast %5172 : f32[] @ models/lib/nn.yaml:79:7
%5174 = broadcast %5173 : f32[48,16] @ models/lib/nn.yaml:79:7
%5175 = add %5171, %5174 : f32[48,16] @ models/lib/nn.yaml:79:7
%5176 = div %5143, %5175 : f32[48,16] @ models/lib/nn.yaml:79:7
%5177 = cast %5159 : f32[] @ models/lib/nn.yaml:79:7
%5178 = broadcast %5177 : f32[48,16] @ models/lib/nn.yaml:79:7
%5179 = mul %5176, %5178 : f32[48,16] @ models/lib/nn.yaml:79:7
%5180 = sub %5134, %5179 : f32[48,16] @ models/lib/nn.yaml:79:7
%5181 = assign %12, %5180 : f32[48,16] @ models/lib/nn.yaml:79:7
%5182 = assign %5124, %5143 : f32[48,16] @ models/lib/nn.yaml:79:7
%5183 = assign %5125, %5153 : f32[48,16] @ models/lib/nn.yaml:79:7
%5184 = assign %5126, %5128 : i64[] @ models/lib/nn.yaml:79:7
%5185 = cast %3058 : f32[] @ models/lib/nn.yaml:79:7
%5186 = broadcast %5185 : f32[48,16] @ models/lib/nn.yaml:79:7
%5187 = mul %90, %5186 : f32[48,16] @ models/lib/nn.yaml:79:7
%5188 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5189 = sub %5188, %3058 : f64[] @ models/lib/nn.yaml:79:7
%5190 = cast %5189 : f32[] @ models/lib/nn.yaml:79:7
%5191 = broadcast %5190 : f32[48,16] @ models/lib/nn.yaml:79:7
%5192 = mul %5180, %5191 : f32[48,16] @ models/lib/nn.yaml:79:7
%5193 = add %5187, %5192 : f32[48,16] @ models/lib/nn.yaml:79:7
%5194 = assign %90, %5193 : f32[48,16] @ models/lib/nn.yaml:79:7
%5195 = all_reduce_sum %4640 : f32[48] @ models/lib/nn.yaml:80:7
%5196 = reshape %5195 : f32[48] @ models/lib/nn.yaml:80:7
%5197 = mul %5196, %5196 : f32[48] @ models/lib/nn.yaml:80:7
%5198 = reduce_sum %5197 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5199 = sqrt %5198 : f32[] @ models/lib/nn.yaml:80:7
%5200 = cast %5199 : f64[] @ models/lib/nn.yaml:80:7
%5201 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%5202 = add %5200, %5201 : f64[] @ models/lib/nn.yaml:80:7
%5203 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%5204 = div %5203, %5202 : f64[] @ models/lib/nn.yaml:80:7
%5205 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5206 = lt %5204, %5205 : bool[] @ models/lib/nn.yaml:80:7
%5207 = cast %5204 : f32[] @ models/lib/nn.yaml:80:7
%5208 = broadcast %5207 : f32[48] @ models/lib/nn.yaml:80:7
%5209 = mul %5195, %5208 : f32[48] @ models/lib/nn.yaml:80:7
%5210 = broadcast %5206 : bool[48] @ models/lib/nn.yaml:80:7
%5211 = select %5210, %5209, %5195 : f32[48] @ models/lib/nn.yaml:80:7
%5212 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%5213 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%5214 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5215 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%5216 = add %5214, %5215 : i64[] @ models/lib/nn.yaml:80:7
%5217 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%5218 = cast %5217 : f32[] @ models/lib/nn.yaml:80:7
%5219 = broadcast %5218 : f32[48] @ models/lib/nn.yaml:80:7
%5220 = mul %5211, %5219 : f32[48] @ models/lib/nn.yaml:80:7
%5221 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5222 = cast %5221 : f32[] @ models/lib/nn.yaml:80:7
%5223 = broadcast %5222 : f32[48] @ models/lib/nn.yaml:80:7
%5224 = mul %5212, %5223 : f32[48] @ models/lib/nn.yaml:80:7
%5225 = add %5224, %5220 : f32[48] @ models/lib/nn.yaml:80:7
%5226 = mul %5211, %5211 : f32[48] @ models/lib/nn.yaml:80:7
%5227 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%5228 = cast %5227 : f32[] @ models/lib/nn.yaml:80:7
%5229 = broadcast %5228 : f32[48] @ models/lib/nn.yaml:80:7
%5230 = mul %5226, %5229 : f32[48] @ models/lib/nn.yaml:80:7
%5231 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5232 = cast %5231 : f32[] @ models/lib/nn.yaml:80:7
%5233 = broadcast %5232 : f32[48] @ models/lib/nn.yaml:80:7
%5234 = mul %5213, %5233 : f32[48] @ models/lib/nn.yaml:80:7
%5235 = add %5234, %5230 : f32[48] @ models/lib/nn.yaml:80:7
%5236 = cast %5216 : f64[] @ models/lib/nn.yaml:80:7
%5237 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5238 = pow %5237, %5236 : f64[] @ models/lib/nn.yaml:80:7
%5239 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5240 = sub %5239, %5238 : f64[] @ models/lib/nn.yaml:80:7
%5241 = div %3056, %5240 : f64[] @ models/lib/nn.yaml:80:7
%5242 = cast %5216 : f64[] @ models/lib/nn.yaml:80:7
%5243 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5244 = pow %5243, %5242 : f64[] @ models/lib/nn.yaml:80:7
%5245 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5246 = sub %5245, %5244 : f64[] @ models/lib/nn.yaml:80:7
%5247 = sqrt %5246 : f64[] @ models/lib/nn.yaml:80:7
%5248 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5249 = div %5248, %5247 : f64[] @ models/lib/nn.yaml:80:7
%5250 = sqrt %5235 : f32[48] @ models/lib/nn.yaml:80:7
%5251 = cast %5249 : f32[] @ models/lib/nn.yaml:80:7
%5252 = broadcast %5251 : f32[48] @ models/lib/nn.yaml:80:7
%5253 = mul %5250, %5252 : f32[48] @ models/lib/nn.yaml:80:7
%5254 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%5255 = cast %5254 : f32[] @ models/lib/nn.yaml:80:7
%5256 = broadcast %5255 : f32[48] @ models/lib/nn.yaml:80:7
%5257 = add %5253, %5256 : f32[48] @ models/lib/nn.yaml:80:7
%5258 = div %5225, %5257 : f32[48] @ models/lib/nn.yaml:80:7
%5259 = cast %5241 : f32[] @ models/lib/nn.yaml:80:7
%5260 = broadcast %5259 : f32[48] @ models/lib/nn.yaml:80:7
%5261 = mul %5258, %5260 : f32[48] @ models/lib/nn.yaml:80:7
%5262 = sub %13, %5261 : f32[48] @ models/lib/nn.yaml:80:7
%5263 = assign %13, %5262 : f32[48] @ models/lib/nn.yaml:80:7
%5264 = assign %5212, %5225 : f32[48] @ models/lib/nn.yaml:80:7
%5265 = assign %5213, %5235 : f32[48] @ models/lib/nn.yaml:80:7
%5266 = assign %5214, %5216 : i64[] @ models/lib/nn.yaml:80:7
%5267 = cast %3058 : f32[] @ models/lib/nn.yaml:80:7
%5268 = broadcast %5267 : f32[48] @ models/lib/nn.yaml:80:7
%5269 = mul %91, %5268 : f32[48] @ models/lib/nn.yaml:80:7
%5270 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5271 = sub %5270, %3058 : f64[] @ models/lib/nn.yaml:80:7
%5272 = cast %5271 : f32[] @ models/lib/nn.yaml:80:7
%5273 = broadcast %5272 : f32[48] @ models/lib/nn.yaml:80:7
%5274 = mul %5262, %5273 : f32[48] @ models/lib/nn.yaml:80:7
%5275 = add %5269, %5274 : f32[48] @ models/lib/nn.yaml:80:7
%5276 = assign %91, %5275 : f32[48] @ models/lib/nn.yaml:80:7
%5277 = all_reduce_sum %4613 : f32[16,16] @ models/lib/nn.yaml:79:7
%5278 = reshape %5277 : f32[256] @ models/lib/nn.yaml:79:7
%5279 = mul %5278, %5278 : f32[256] @ models/lib/nn.yaml:79:7
%5280 = reduce_sum %5279 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5281 = sqrt %5280 : f32[] @ models/lib/nn.yaml:79:7
%5282 = cast %5281 : f64[] @ models/lib/nn.yaml:79:7
%5283 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%5284 = add %5282, %5283 : f64[] @ models/lib/nn.yaml:79:7
%5285 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%5286 = div %5285, %5284 : f64[] @ models/lib/nn.yaml:79:7
%5287 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5288 = lt %5286, %5287 : bool[] @ models/lib/nn.yaml:79:7
%5289 = cast %5286 : f32[] @ models/lib/nn.yaml:79:7
%5290 = broadcast %5289 : f32[16,16] @ models/lib/nn.yaml:79:7
%5291 = mul %5277, %5290 : f32[16,16] @ models/lib/nn.yaml:79:7
%5292 = broadcast %5288 : bool[16,16] @ models/lib/nn.yaml:79:7
%5293 = select %5292, %5291, %5277 : f32[16,16] @ models/lib/nn.yaml:79:7
%5294 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5295 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5296 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5297 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%5298 = add %5296, %5297 : i64[] @ models/lib/nn.yaml:79:7
%5299 = mul %3056, %3057 : f64[] @ models/lib/nn.yaml:79:7
%5300 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5301 = sub %5300, %5299 : f64[] @ models/lib/nn.yaml:79:7
%5302 = cast %5301 : f32[] @ models/lib/nn.yaml:79:7
%5303 = broadcast %5302 : f32[16,16] @ models/lib/nn.yaml:79:7
%5304 = mul %14, %5303 : f32[16,16] @ models/lib/nn.yaml:79:7
%5305 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%5306 = cast %5305 : f32[] @ models/lib/nn.yaml:79:7
%5307 = broadcast %5306 : f32[16,16] @ models/lib/nn.yaml:79:7
%5308 = mul %5293, %5307 : f32[16,16] @ models/lib/nn.yaml:79:7
%5309 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5310 = cast %5309 : f32[] @ models/lib/nn.yaml:79:7
%5311 = broadcast %5310 : f32[16,16] @ models/lib/nn.yaml:79:7
%5312 = mul %5294, %5311 : f32[16,16] @ models/lib/nn.yaml:79:7
%5313 = add %5312, %5308 : f32[16,16] @ models/lib/nn.yaml:79:7
%5314 = mul %5293, %5293 : f32[16,16] @ models/lib/nn.yaml:79:7
%5315 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%5316 = cast %5315 : f32[] @ models/lib/nn.yaml:79:7
%5317 = broadcast %5316 : f32[16,16] @ models/lib/nn.yaml:79:7
%5318 = mul %5314, %5317 : f32[16,16] @ models/lib/nn.yaml:79:7
%5319 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5320 = cast %5319 : f32[] @ models/lib/nn.yaml:79:7
%5321 = broadcast %5320 : f32[16,16] @ models/lib/nn.yaml:79:7
%5322 = mul %5295, %5321 : f32[16,16] @ models/lib/nn.yaml:79:7
%5323 = add %5322, %5318 : f32[16,16] @ models/lib/nn.yaml:79:7
%5324 = cast %5298 : f64[] @ models/lib/nn.yaml:79:7
%5325 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5326 = pow %5325, %5324 : f64[] @ models/lib/nn.yaml:79:7
%5327 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5328 = sub %5327, %5326 : f64[] @ models/lib/nn.yaml:79:7
%5329 = div %3056, %5328 : f64[] @ models/lib/nn.yaml:79:7
%5330 = cast %5298 : f64[] @ models/lib/nn.yaml:79:7
%5331 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5332 = pow %5331, %5330 : f64[] @ models/lib/nn.yaml:79:7
%5333 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5334 = sub %5333, %5332 : f64[] @ models/lib/nn.yaml:79:7
%5335 = sqrt %5334 : f64[] @ models/lib/nn.yaml:79:7
%5336 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5337 = div %5336, %5335 : f64[] @ models/lib/nn.yaml:79:7
%5338 = sqrt %5323 : f32[16,16] @ models/lib/nn.yaml:79:7
%5339 = cast %5337 : f32[] @ models/lib/nn.yaml:79:7
%5340 = broadcast %5339 : f32[16,16] @ models/lib/nn.yaml:79:7
%5341 = mul %5338, %5340 : f32[16,16] @ models/lib/nn.yaml:79:7
%5342 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%5343 = cast %5342 : f32[] @ models/lib/nn.yaml:79:7
%5344 = broadcast %5343 : f32[16,16] @ models/lib/nn.yaml:79:7
%5345 = add %5341, %5344 : f32[16,16] @ models/lib/nn.yaml:79:7
%5346 = div %5313, %5345 : f32[16,16] @ models/lib/nn.yaml:79:7
%5347 = cast %5329 : f32[] @ models/lib/nn.yaml:79:7
%5348 = broadcast %5347 : f32[16,16] @ models/lib/nn.yaml:79:7
%5349 = mul %5346, %5348 : f32[16,16] @ models/lib/nn.yaml:79:7
%5350 = sub %5304, %5349 : f32[16,16] @ models/lib/nn.yaml:79:7
%5351 = assign %14, %5350 : f32[16,16] @ models/lib/nn.yaml:79:7
%5352 = assign %5294, %5313 : f32[16,16] @ models/lib/nn.yaml:79:7
%5353 = assign %5295, %5323 : f32[16,16] @ models/lib/nn.yaml:79:7
%5354 = assign %5296, %5298 : i64[] @ models/lib/nn.yaml:79:7
%5355 = cast %3058 : f32[] @ models/lib/nn.yaml:79:7
%5356 = broadcast %5355 : f32[16,16] @ models/lib/nn.yaml:79:7
%5357 = mul %92, %5356 : f32[16,16] @ models/lib/nn.yaml:79:7
%5358 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5359 = sub %5358, %3058 : f64[] @ models/lib/nn.yaml:79:7
%5360 = cast %5359 : f32[] @ models/lib/nn.yaml:79:7
%5361 = broadcast %5360 : f32[16,16] @ models/lib/nn.yaml:79:7
%5362 = mul %5350, %5361 : f32[16,16] @ models/lib/nn.yaml:79:7
%5363 = add %5357, %5362 : f32[16,16] @ models/lib/nn.yaml:79:7
%5364 = assign %92, %5363 : f32[16,16] @ models/lib/nn.yaml:79:7
%5365 = all_reduce_sum %4608 : f32[16] @ models/lib/nn.yaml:80:7
%5366 = reshape %5365 : f32[16] @ models/lib/nn.yaml:80:7
%5367 = mul %5366, %5366 : f32[16] @ models/lib/nn.yaml:80:7
%5368 = reduce_sum %5367 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5369 = sqrt %5368 : f32[] @ models/lib/nn.yaml:80:7
%5370 = cast %5369 : f64[] @ models/lib/nn.yaml:80:7
%5371 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%5372 = add %5370, %5371 : f64[] @ models/lib/nn.yaml:80:7
%5373 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%5374 = div %5373, %5372 : f64[] @ models/lib/nn.yaml:80:7
%5375 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5376 = lt %5374, %5375 : bool[] @ models/lib/nn.yaml:80:7
%5377 = cast %5374 : f32[] @ models/lib/nn.yaml:80:7
%5378 = broadcast %5377 : f32[16] @ models/lib/nn.yaml:80:7
%5379 = mul %5365, %5378 : f32[16] @ models/lib/nn.yaml:80:7
%5380 = broadcast %5376 : bool[16] @ models/lib/nn.yaml:80:7
%5381 = select %5380, %5379, %5365 : f32[16] @ models/lib/nn.yaml:80:7
%5382 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5383 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5384 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5385 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%5386 = add %5384, %5385 : i64[] @ models/lib/nn.yaml:80:7
%5387 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%5388 = cast %5387 : f32[] @ models/lib/nn.yaml:80:7
%5389 = broadcast %5388 : f32[16] @ models/lib/nn.yaml:80:7
%5390 = mul %5381, %5389 : f32[16] @ models/lib/nn.yaml:80:7
%5391 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5392 = cast %5391 : f32[] @ models/lib/nn.yaml:80:7
%5393 = broadcast %5392 : f32[16] @ models/lib/nn.yaml:80:7
%5394 = mul %5382, %5393 : f32[16] @ models/lib/nn.yaml:80:7
%5395 = add %5394, %5390 : f32[16] @ models/lib/nn.yaml:80:7
%5396 = mul %5381, %5381 : f32[16] @ models/lib/nn.yaml:80:7
%5397 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%5398 = cast %5397 : f32[] @ models/lib/nn.yaml:80:7
%5399 = broadcast %5398 : f32[16] @ models/lib/nn.yaml:80:7
%5400 = mul %5396, %5399 : f32[16] @ models/lib/nn.yaml:80:7
%5401 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5402 = cast %5401 : f32[] @ models/lib/nn.yaml:80:7
%5403 = broadcast %5402 : f32[16] @ models/lib/nn.yaml:80:7
%5404 = mul %5383, %5403 : f32[16] @ models/lib/nn.yaml:80:7
%5405 = add %5404, %5400 : f32[16] @ models/lib/nn.yaml:80:7
%5406 = cast %5386 : f64[] @ models/lib/nn.yaml:80:7
%5407 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5408 = pow %5407, %5406 : f64[] @ models/lib/nn.yaml:80:7
%5409 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5410 = sub %5409, %5408 : f64[] @ models/lib/nn.yaml:80:7
%5411 = div %3056, %5410 : f64[] @ models/lib/nn.yaml:80:7
%5412 = cast %5386 : f64[] @ models/lib/nn.yaml:80:7
%5413 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5414 = pow %5413, %5412 : f64[] @ models/lib/nn.yaml:80:7
%5415 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5416 = sub %5415, %5414 : f64[] @ models/lib/nn.yaml:80:7
%5417 = sqrt %5416 : f64[] @ models/lib/nn.yaml:80:7
%5418 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5419 = div %5418, %5417 : f64[] @ models/lib/nn.yaml:80:7
%5420 = sqrt %5405 : f32[16] @ models/lib/nn.yaml:80:7
%5421 = cast %5419 : f32[] @ models/lib/nn.yaml:80:7
%5422 = broadcast %5421 : f32[16] @ models/lib/nn.yaml:80:7
%5423 = mul %5420, %5422 : f32[16] @ models/lib/nn.yaml:80:7
%5424 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%5425 = cast %5424 : f32[] @ models/lib/nn.yaml:80:7
%5426 = broadcast %5425 : f32[16] @ models/lib/nn.yaml:80:7
%5427 = add %5423, %5426 : f32[16] @ models/lib/nn.yaml:80:7
%5428 = div %5395, %5427 : f32[16] @ models/lib/nn.yaml:80:7
%5429 = cast %5411 : f32[] @ models/lib/nn.yaml:80:7
%5430 = broadcast %5429 : f32[16] @ models/lib/nn.yaml:80:7
%5431 = mul %5428, %5430 : f32[16] @ models/lib/nn.yaml:80:7
%5432 = sub %15, %5431 : f32[16] @ models/lib/nn.yaml:80:7
%5433 = assign %15, %5432 : f32[16] @ models/lib/nn.yaml:80:7
%5434 = assign %5382, %5395 : f32[16] @ models/lib/nn.yaml:80:7
%5435 = assign %5383, %5405 : f32[16] @ models/lib/nn.yaml:80:7
%5436 = assign %5384, %5386 : i64[] @ models/lib/nn.yaml:80:7
%5437 = cast %3058 : f32[] @ models/lib/nn.yaml:80:7
%5438 = broadcast %5437 : f32[16] @ models/lib/nn.yaml:80:7
%5439 = mul %93, %5438 : f32[16] @ models/lib/nn.yaml:80:7
%5440 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5441 = sub %5440, %3058 : f64[] @ models/lib/nn.yaml:80:7
%5442 = cast %5441 : f32[] @ models/lib/nn.yaml:80:7
%5443 = broadcast %5442 : f32[16] @ models/lib/nn.yaml:80:7
%5444 = mul %5432, %5443 : f32[16] @ models/lib/nn.yaml:80:7
%5445 = add %5439, %5444 : f32[16] @ models/lib/nn.yaml:80:7
%5446 = assign %93, %5445 : f32[16] @ models/lib/nn.yaml:80:7
%5447 = all_reduce_sum %4584 : f32[16] @ models/lib/nn.yaml:89:7
%5448 = reshape %5447 : f32[16] @ models/lib/nn.yaml:89:7
%5449 = mul %5448, %5448 : f32[16] @ models/lib/nn.yaml:89:7
%5450 = reduce_sum %5449 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%5451 = sqrt %5450 : f32[] @ models/lib/nn.yaml:89:7
%5452 = cast %5451 : f64[] @ models/lib/nn.yaml:89:7
%5453 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%5454 = add %5452, %5453 : f64[] @ models/lib/nn.yaml:89:7
%5455 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%5456 = div %5455, %5454 : f64[] @ models/lib/nn.yaml:89:7
%5457 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5458 = lt %5456, %5457 : bool[] @ models/lib/nn.yaml:89:7
%5459 = cast %5456 : f32[] @ models/lib/nn.yaml:89:7
%5460 = broadcast %5459 : f32[16] @ models/lib/nn.yaml:89:7
%5461 = mul %5447, %5460 : f32[16] @ models/lib/nn.yaml:89:7
%5462 = broadcast %5458 : bool[16] @ models/lib/nn.yaml:89:7
%5463 = select %5462, %5461, %5447 : f32[16] @ models/lib/nn.yaml:89:7
%5464 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5465 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5466 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5467 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%5468 = add %5466, %5467 : i64[] @ models/lib/nn.yaml:89:7
%5469 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%5470 = cast %5469 : f32[] @ models/lib/nn.yaml:89:7
%5471 = broadcast %5470 : f32[16] @ models/lib/nn.yaml:89:7
%5472 = mul %5463, %5471 : f32[16] @ models/lib/nn.yaml:89:7
%5473 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%5474 = cast %5473 : f32[] @ models/lib/nn.yaml:89:7
%5475 = broadcast %5474 : f32[16] @ models/lib/nn.yaml:89:7
%5476 = mul %5464, %5475 : f32[16] @ models/lib/nn.yaml:89:7
%5477 = add %5476, %5472 : f32[16] @ models/lib/nn.yaml:89:7
%5478 = mul %5463, %5463 : f32[16] @ models/lib/nn.yaml:89:7
%5479 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%5480 = cast %5479 : f32[] @ models/lib/nn.yaml:89:7
%5481 = broadcast %5480 : f32[16] @ models/lib/nn.yaml:89:7
%5482 = mul %5478, %5481 : f32[16] @ models/lib/nn.yaml:89:7
%5483 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%5484 = cast %5483 : f32[] @ models/lib/nn.yaml:89:7
%5485 = broadcast %5484 : f32[16] @ models/lib/nn.yaml:89:7
%5486 = mul %5465, %5485 : f32[16] @ models/lib/nn.yaml:89:7
%5487 = add %5486, %5482 : f32[16] @ models/lib/nn.yaml:89:7
%5488 = cast %5468 : f64[] @ models/lib/nn.yaml:89:7
%5489 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%5490 = pow %5489, %5488 : f64[] @ models/lib/nn.yaml:89:7
%5491 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5492 = sub %5491, %5490 : f64[] @ models/lib/nn.yaml:89:7
%5493 = div %3056, %5492 : f64[] @ models/lib/nn.yaml:89:7
%5494 = cast %5468 : f64[] @ models/lib/nn.yaml:89:7
%5495 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%5496 = pow %5495, %5494 : f64[] @ models/lib/nn.yaml:89:7
%5497 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5498 = sub %5497, %5496 : f64[] @ models/lib/nn.yaml:89:7
%5499 = sqrt %5498 : f64[] @ models/lib/nn.yaml:89:7
%5500 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5501 = div %5500, %5499 : f64[] @ models/lib/nn.yaml:89:7
%5502 = sqrt %5487 : f32[16] @ models/lib/nn.yaml:89:7
%5503 = cast %5501 : f32[] @ models/lib/nn.yaml:89:7
%5504 = broadcast %5503 : f32[16] @ models/lib/nn.yaml:89:7
%5505 = mul %5502, %5504 : f32[16] @ models/lib/nn.yaml:89:7
%5506 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%5507 = cast %5506 : f32[] @ models/lib/nn.yaml:89:7
%5508 = broadcast %5507 : f32[16] @ models/lib/nn.yaml:89:7
%5509 = add %5505, %5508 : f32[16] @ models/lib/nn.yaml:89:7
%5510 = div %5477, %5509 : f32[16] @ models/lib/nn.yaml:89:7
%5511 = cast %5493 : f32[] @ models/lib/nn.yaml:89:7
%5512 = broadcast %5511 : f32[16] @ models/lib/nn.yaml:89:7
%5513 = mul %5510, %5512 : f32[16] @ models/lib/nn.yaml:89:7
%5514 = sub %16, %5513 : f32[16] @ models/lib/nn.yaml:89:7
%5515 = assign %16, %5514 : f32[16] @ models/lib/nn.yaml:89:7
%5516 = assign %5464, %5477 : f32[16] @ models/lib/nn.yaml:89:7
%5517 = assign %5465, %5487 : f32[16] @ models/lib/nn.yaml:89:7
%5518 = assign %5466, %5468 : i64[] @ models/lib/nn.yaml:89:7
%5519 = cast %3058 : f32[] @ models/lib/nn.yaml:89:7
%5520 = broadcast %5519 : f32[16] @ models/lib/nn.yaml:89:7
%5521 = mul %94, %5520 : f32[16] @ models/lib/nn.yaml:89:7
%5522 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5523 = sub %5522, %3058 : f64[] @ models/lib/nn.yaml:89:7
%5524 = cast %5523 : f32[] @ models/lib/nn.yaml:89:7
%5525 = broadcast %5524 : f32[16] @ models/lib/nn.yaml:89:7
%5526 = mul %5514, %5525 : f32[16] @ models/lib/nn.yaml:89:7
%5527 = add %5521, %5526 : f32[16] @ models/lib/nn.yaml:89:7
%5528 = assign %94, %5527 : f32[16] @ models/lib/nn.yaml:89:7
%5529 = all_reduce_sum %4579 : f32[16] @ models/lib/nn.yaml:90:7
%5530 = reshape %5529 : f32[16] @ models/lib/nn.yaml:90:7
%5531 = mul %5530, %5530 : f32[16] @ models/lib/nn.yaml:90:7
%5532 = reduce_sum %5531 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%5533 = sqrt %5532 : f32[] @ models/lib/nn.yaml:90:7
%5534 = cast %5533 : f64[] @ models/lib/nn.yaml:90:7
%5535 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%5536 = add %5534, %5535 : f64[] @ models/lib/nn.yaml:90:7
%5537 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%5538 = div %5537, %5536 : f64[] @ models/lib/nn.yaml:90:7
%5539 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5540 = lt %5538, %5539 : bool[] @ models/lib/nn.yaml:90:7
%5541 = cast %5538 : f32[] @ models/lib/nn.yaml:90:7
%5542 = broadcast %5541 : f32[16] @ models/lib/nn.yaml:90:7
%5543 = mul %5529, %5542 : f32[16] @ models/lib/nn.yaml:90:7
%5544 = broadcast %5540 : bool[16] @ models/lib/nn.yaml:90:7
%5545 = select %5544, %5543, %5529 : f32[16] @ models/lib/nn.yaml:90:7
%5546 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5547 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5548 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5549 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%5550 = add %5548, %5549 : i64[] @ models/lib/nn.yaml:90:7
%5551 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%5552 = cast %5551 : f32[] @ models/lib/nn.yaml:90:7
%5553 = broadcast %5552 : f32[16] @ models/lib/nn.yaml:90:7
%5554 = mul %5545, %5553 : f32[16] @ models/lib/nn.yaml:90:7
%5555 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%5556 = cast %5555 : f32[] @ models/lib/nn.yaml:90:7
%5557 = broadcast %5556 : f32[16] @ models/lib/nn.yaml:90:7
%5558 = mul %5546, %5557 : f32[16] @ models/lib/nn.yaml:90:7
%5559 = add %5558, %5554 : f32[16] @ models/lib/nn.yaml:90:7
%5560 = mul %5545, %5545 : f32[16] @ models/lib/nn.yaml:90:7
%5561 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%5562 = cast %5561 : f32[] @ models/lib/nn.yaml:90:7
%5563 = broadcast %5562 : f32[16] @ models/lib/nn.yaml:90:7
%5564 = mul %5560, %5563 : f32[16] @ models/lib/nn.yaml:90:7
%5565 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%5566 = cast %5565 : f32[] @ models/lib/nn.yaml:90:7
%5567 = broadcast %5566 : f32[16] @ models/lib/nn.yaml:90:7
%5568 = mul %5547, %5567 : f32[16] @ models/lib/nn.yaml:90:7
%5569 = add %5568, %5564 : f32[16] @ models/lib/nn.yaml:90:7
%5570 = cast %5550 : f64[] @ models/lib/nn.yaml:90:7
%5571 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%5572 = pow %5571, %5570 : f64[] @ models/lib/nn.yaml:90:7
%5573 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5574 = sub %5573, %5572 : f64[] @ models/lib/nn.yaml:90:7
%5575 = div %3056, %5574 : f64[] @ models/lib/nn.yaml:90:7
%5576 = cast %5550 : f64[] @ models/lib/nn.yaml:90:7
%5577 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%5578 = pow %5577, %5576 : f64[] @ models/lib/nn.yaml:90:7
%5579 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5580 = sub %5579, %5578 : f64[] @ models/lib/nn.yaml:90:7
%5581 = sqrt %5580 : f64[] @ models/lib/nn.yaml:90:7
%5582 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5583 = div %5582, %5581 : f64[] @ models/lib/nn.yaml:90:7
%5584 = sqrt %5569 : f32[16] @ models/lib/nn.yaml:90:7
%5585 = cast %5583 : f32[] @ models/lib/nn.yaml:90:7
%5586 = broadcast %5585 : f32[16] @ models/lib/nn.yaml:90:7
%5587 = mul %5584, %5586 : f32[16] @ models/lib/nn.yaml:90:7
%5588 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%5589 = cast %5588 : f32[] @ models/lib/nn.yaml:90:7
%5590 = broadcast %5589 : f32[16] @ models/lib/nn.yaml:90:7
%5591 = add %5587, %5590 : f32[16] @ models/lib/nn.yaml:90:7
%5592 = div %5559, %5591 : f32[16] @ models/lib/nn.yaml:90:7
%5593 = cast %5575 : f32[] @ models/lib/nn.yaml:90:7
%5594 = broadcast %5593 : f32[16] @ models/lib/nn.yaml:90:7
%5595 = mul %5592, %5594 : f32[16] @ models/lib/nn.yaml:90:7
%5596 = sub %17, %5595 : f32[16] @ models/lib/nn.yaml:90:7
%5597 = assign %17, %5596 : f32[16] @ models/lib/nn.yaml:90:7
%5598 = assign %5546, %5559 : f32[16] @ models/lib/nn.yaml:90:7
%5599 = assign %5547, %5569 : f32[16] @ models/lib/nn.yaml:90:7
%5600 = assign %5548, %5550 : i64[] @ models/lib/nn.yaml:90:7
%5601 = cast %3058 : f32[] @ models/lib/nn.yaml:90:7
%5602 = broadcast %5601 : f32[16] @ models/lib/nn.yaml:90:7
%5603 = mul %95, %5602 : f32[16] @ models/lib/nn.yaml:90:7
%5604 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5605 = sub %5604, %3058 : f64[] @ models/lib/nn.yaml:90:7
%5606 = cast %5605 : f32[] @ models/lib/nn.yaml:90:7
%5607 = broadcast %5606 : f32[16] @ models/lib/nn.yaml:90:7
%5608 = mul %5596, %5607 : f32[16] @ models/lib/nn.yaml:90:7
%5609 = add %5603, %5608 : f32[16] @ models/lib/nn.yaml:90:7
%5610 = assign %95, %5609 : f32[16] @ models/lib/nn.yaml:90:7
%5611 = all_reduce_sum %4576 : f32[64,16] @ models/lib/nn.yaml:79:7
%5612 = reshape %5611 : f32[1024] @ models/lib/nn.yaml:79:7
%5613 = mul %5612, %5612 : f32[1024] @ models/lib/nn.yaml:79:7
%5614 = reduce_sum %5613 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5615 = sqrt %5614 : f32[] @ models/lib/nn.yaml:79:7
%5616 = cast %5615 : f64[] @ models/lib/nn.yaml:79:7
%5617 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%5618 = add %5616, %5617 : f64[] @ models/lib/nn.yaml:79:7
%5619 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%5620 = div %5619, %5618 : f64[] @ models/lib/nn.yaml:79:7
%5621 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5622 = lt %5620, %5621 : bool[] @ models/lib/nn.yaml:79:7
%5623 = cast %5620 : f32[] @ models/lib/nn.yaml:79:7
%5624 = broadcast %5623 : f32[64,16] @ models/lib/nn.yaml:79:7
%5625 = mul %5611, %5624 : f32[64,16] @ models/lib/nn.yaml:79:7
%5626 = broadcast %5622 : bool[64,16] @ models/lib/nn.yaml:79:7
%5627 = select %5626, %5625, %5611 : f32[64,16] @ models/lib/nn.yaml:79:7
%5628 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%5629 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%5630 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5631 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%5632 = add %5630, %5631 : i64[] @ models/lib/nn.yaml:79:7
%5633 = mul %3056, %3057 : f64[] @ models/lib/nn.yaml:79:7
%5634 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5635 = sub %5634, %5633 : f64[] @ models/lib/nn.yaml:79:7
%5636 = cast %5635 : f32[] @ models/lib/nn.yaml:79:7
%5637 = broadcast %5636 : f32[64,16] @ models/lib/nn.yaml:79:7
%5638 = mul %18, %5637 : f32[64,16] @ models/lib/nn.yaml:79:7
%5639 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%5640 = cast %5639 : f32[] @ models/lib/nn.yaml:79:7
%5641 = broadcast %5640 : f32[64,16] @ models/lib/nn.yaml:79:7
%5642 = mul %5627, %5641 : f32[64,16] @ models/lib/nn.yaml:79:7
%5643 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5644 = cast %5643 : f32[] @ models/lib/nn.yaml:79:7
%5645 = broadcast %5644 : f32[64,16] @ models/lib/nn.yaml:79:7
%5646 = mul %5628, %5645 : f32[64,16] @ models/lib/nn.yaml:79:7
%5647 = add %5646, %5642 : f32[64,16] @ models/lib/nn.yaml:79:7
%5648 = mul %5627, %5627 : f32[64,16] @ models/lib/nn.yaml:79:7
%5649 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%5650 = cast %5649 : f32[] @ models/lib/nn.yaml:79:7
%5651 = broadcast %5650 : f32[64,16] @ models/lib/nn.yaml:79:7
%5652 = mul %5648, %5651 : f32[64,16] @ models/lib/nn.yaml:79:7
%5653 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5654 = cast %5653 : f32[] @ models/lib/nn.yaml:79:7
%5655 = broadcast %5654 : f32[64,16] @ models/lib/nn.yaml:79:7
%5656 = mul %5629, %5655 : f32[64,16] @ models/lib/nn.yaml:79:7
%5657 = add %5656, %5652 : f32[64,16] @ models/lib/nn.yaml:79:7
%5658 = cast %5632 : f64[] @ models/lib/nn.yaml:79:7
%5659 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5660 = pow %5659, %5658 : f64[] @ models/lib/nn.yaml:79:7
%5661 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5662 = sub %5661, %5660 : f64[] @ models/lib/nn.yaml:79:7
%5663 = div %3056, %5662 : f64[] @ models/lib/nn.yaml:79:7
%5664 = cast %5632 : f64[] @ models/lib/nn.yaml:79:7
%5665 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5666 = pow %5665, %5664 : f64[] @ models/lib/nn.yaml:79:7
%5667 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5668 = sub %5667, %5666 : f64[] @ models/lib/nn.yaml:79:7
%5669 = sqrt %5668 : f64[] @ models/lib/nn.yaml:79:7
%5670 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5671 = div %5670, %5669 : f64[] @ models/lib/nn.yaml:79:7
%5672 = sqrt %5657 : f32[64,16] @ models/lib/nn.yaml:79:7
%5673 = cast %5671 : f32[] @ models/lib/nn.yaml:79:7
%5674 = broadcast %5673 : f32[64,16] @ models/lib/nn.yaml:79:7
%5675 = mul %5672, %5674 : f32[64,16] @ models/lib/nn.yaml:79:7
%5676 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%5677 = cast %5676 : f32[] @ models/lib/nn.yaml:79:7
%5678 = broadcast %5677 : f32[64,16] @ models/lib/nn.yaml:79:7
%5679 = add %5675, %5678 : f32[64,16] @ models/lib/nn.yaml:79:7
%5680 = div %5647, %5679 : f32[64,16] @ models/lib/nn.yaml:79:7
%5681 = cast %5663 : f32[] @ models/lib/nn.yaml:79:7
%5682 = broadcast %5681 : f32[64,16] @ models/lib/nn.yaml:79:7
%5683 = mul %5680, %5682 : f32[64,16] @ models/lib/nn.yaml:79:7
%5684 = sub %5638, %5683 : f32[64,16] @ models/lib/nn.yaml:79:7
%5685 = assign %18, %5684 : f32[64,16] @ models/lib/nn.yaml:79:7
%5686 = assign %5628, %5647 : f32[64,16] @ models/lib/nn.yaml:79:7
%5687 = assign %5629, %5657 : f32[64,16] @ models/lib/nn.yaml:79:7
%5688 = assign %5630, %5632 : i64[] @ models/lib/nn.yaml:79:7
%5689 = cast %3058 : f32[] @ models/lib/nn.yaml:79:7
%5690 = broadcast %5689 : f32[64,16] @ models/lib/nn.yaml:79:7
%5691 = mul %96, %5690 : f32[64,16] @ models/lib/nn.yaml:79:7
%5692 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5693 = sub %5692, %3058 : f64[] @ models/lib/nn.yaml:79:7
%5694 = cast %5693 : f32[] @ models/lib/nn.yaml:79:7
%5695 = broadcast %5694 : f32[64,16] @ models/lib/nn.yaml:79:7
%5696 = mul %5684, %5695 : f32[64,16] @ models/lib/nn.yaml:79:7
%5697 = add %5691, %5696 : f32[64,16] @ models/lib/nn.yaml:79:7
%5698 = assign %96, %5697 : f32[64,16] @ models/lib/nn.yaml:79:7
%5699 = all_reduce_sum %4571 : f32[64] @ models/lib/nn.yaml:80:7
%5700 = reshape %5699 : f32[64] @ models/lib/nn.yaml:80:7
%5701 = mul %5700, %5700 : f32[64] @ models/lib/nn.yaml:80:7
%5702 = reduce_sum %5701 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5703 = sqrt %5702 : f32[] @ models/lib/nn.yaml:80:7
%5704 = cast %5703 : f64[] @ models/lib/nn.yaml:80:7
%5705 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%5706 = add %5704, %5705 : f64[] @ models/lib/nn.yaml:80:7
%5707 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%5708 = div %5707, %5706 : f64[] @ models/lib/nn.yaml:80:7
%5709 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5710 = lt %5708, %5709 : bool[] @ models/lib/nn.yaml:80:7
%5711 = cast %5708 : f32[] @ models/lib/nn.yaml:80:7
%5712 = broadcast %5711 : f32[64] @ models/lib/nn.yaml:80:7
%5713 = mul %5699, %5712 : f32[64] @ models/lib/nn.yaml:80:7
%5714 = broadcast %5710 : bool[64] @ models/lib/nn.yaml:80:7
%5715 = select %5714, %5713, %5699 : f32[64] @ models/lib/nn.yaml:80:7
%5716 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5717 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5718 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5719 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%5720 = add %5718, %5719 : i64[] @ models/lib/nn.yaml:80:7
%5721 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%5722 = cast %5721 : f32[] @ models/lib/nn.yaml:80:7
%5723 = broadcast %5722 : f32[64] @ models/lib/nn.yaml:80:7
%5724 = mul %5715, %5723 : f32[64] @ models/lib/nn.yaml:80:7
%5725 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5726 = cast %5725 : f32[] @ models/lib/nn.yaml:80:7
%5727 = broadcast %5726 : f32[64] @ models/lib/nn.yaml:80:7
%5728 = mul %5716, %5727 : f32[64] @ models/lib/nn.yaml:80:7
%5729 = add %5728, %5724 : f32[64] @ models/lib/nn.yaml:80:7
%5730 = mul %5715, %5715 : f32[64] @ models/lib/nn.yaml:80:7
%5731 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%5732 = cast %5731 : f32[] @ models/lib/nn.yaml:80:7
%5733 = broadcast %5732 : f32[64] @ models/lib/nn.yaml:80:7
%5734 = mul %5730, %5733 : f32[64] @ models/lib/nn.yaml:80:7
%5735 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5736 = cast %5735 : f32[] @ models/lib/nn.yaml:80:7
%5737 = broadcast %5736 : f32[64] @ models/lib/nn.yaml:80:7
%5738 = mul %5717, %5737 : f32[64] @ models/lib/nn.yaml:80:7
%5739 = add %5738, %5734 : f32[64] @ models/lib/nn.yaml:80:7
%5740 = cast %5720 : f64[] @ models/lib/nn.yaml:80:7
%5741 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5742 = pow %5741, %5740 : f64[] @ models/lib/nn.yaml:80:7
%5743 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5744 = sub %5743, %5742 : f64[] @ models/lib/nn.yaml:80:7
%5745 = div %3056, %5744 : f64[] @ models/lib/nn.yaml:80:7
%5746 = cast %5720 : f64[] @ models/lib/nn.yaml:80:7
%5747 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5748 = pow %5747, %5746 : f64[] @ models/lib/nn.yaml:80:7
%5749 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5750 = sub %5749, %5748 : f64[] @ models/lib/nn.yaml:80:7
%5751 = sqrt %5750 : f64[] @ models/lib/nn.yaml:80:7
%5752 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5753 = div %5752, %5751 : f64[] @ models/lib/nn.yaml:80:7
%5754 = sqrt %5739 : f32[64] @ models/lib/nn.yaml:80:7
%5755 = cast %5753 : f32[] @ models/lib/nn.yaml:80:7
%5756 = broadcast %5755 : f32[64] @ models/lib/nn.yaml:80:7
%5757 = mul %5754, %5756 : f32[64] @ models/lib/nn.yaml:80:7
%5758 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%5759 = cast %5758 : f32[] @ models/lib/nn.yaml:80:7
%5760 = broadcast %5759 : f32[64] @ models/lib/nn.yaml:80:7
%5761 = add %5757, %5760 : f32[64] @ models/lib/nn.yaml:80:7
%5762 = div %5729, %5761 : f32[64] @ models/lib/nn.yaml:80:7
%5763 = cast %5745 : f32[] @ models/lib/nn.yaml:80:7
%5764 = broadcast %5763 : f32[64] @ models/lib/nn.yaml:80:7
%5765 = mul %5762, %5764 : f32[64] @ models/lib/nn.yaml:80:7
%5766 = sub %19, %5765 : f32[64] @ models/lib/nn.yaml:80:7
%5767 = assign %19, %5766 : f32[64] @ models/lib/nn.yaml:80:7
%5768 = assign %5716, %5729 : f32[64] @ models/lib/nn.yaml:80:7
%5769 = assign %5717, %5739 : f32[64] @ models/lib/nn.yaml:80:7
%5770 = assign %5718, %5720 : i64[] @ models/lib/nn.yaml:80:7
%5771 = cast %3058 : f32[] @ models/lib/nn.yaml:80:7
%5772 = broadcast %5771 : f32[64] @ models/lib/nn.yaml:80:7
%5773 = mul %97, %5772 : f32[64] @ models/lib/nn.yaml:80:7
%5774 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5775 = sub %5774, %3058 : f64[] @ models/lib/nn.yaml:80:7
%5776 = cast %5775 : f32[] @ models/lib/nn.yaml:80:7
%5777 = broadcast %5776 : f32[64] @ models/lib/nn.yaml:80:7
%5778 = mul %5766, %5777 : f32[64] @ models/lib/nn.yaml:80:7
%5779 = add %5773, %5778 : f32[64] @ models/lib/nn.yaml:80:7
%5780 = assign %97, %5779 : f32[64] @ models/lib/nn.yaml:80:7
%5781 = all_reduce_sum %4556 : f32[16,64] @ models/lib/nn.yaml:79:7
%5782 = reshape %5781 : f32[1024] @ models/lib/nn.yaml:79:7
%5783 = mul %5782, %5782 : f32[1024] @ models/lib/nn.yaml:79:7
%5784 = reduce_sum %5783 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5785 = sqrt %5784 : f32[] @ models/lib/nn.yaml:79:7
%5786 = cast %5785 : f64[] @ models/lib/nn.yaml:79:7
%5787 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%5788 = add %5786, %5787 : f64[] @ models/lib/nn.yaml:79:7
%5789 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%5790 = div %5789, %5788 : f64[] @ models/lib/nn.yaml:79:7
%5791 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5792 = lt %5790, %5791 : bool[] @ models/lib/nn.yaml:79:7
%5793 = cast %5790 : f32[] @ models/lib/nn.yaml:79:7
%5794 = broadcast %5793 : f32[16,64] @ models/lib/nn.yaml:79:7
%5795 = mul %5781, %5794 : f32[16,64] @ models/lib/nn.yaml:79:7
%5796 = broadcast %5792 : bool[16,64] @ models/lib/nn.yaml:79:7
%5797 = select %5796, %5795, %5781 : f32[16,64] @ models/lib/nn.yaml:79:7
%5798 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%5799 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%5800 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5801 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%5802 = add %5800, %5801 : i64[] @ models/lib/nn.yaml:79:7
%5803 = mul %3056, %3057 : f64[] @ models/lib/nn.yaml:79:7
%5804 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5805 = sub %5804, %5803 : f64[] @ models/lib/nn.yaml:79:7
%5806 = cast %5805 : f32[] @ models/lib/nn.yaml:79:7
%5807 = broadcast %5806 : f32[16,64] @ models/lib/nn.yaml:79:7
%5808 = mul %20, %5807 : f32[16,64] @ models/lib/nn.yaml:79:7
%5809 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%5810 = cast %5809 : f32[] @ models/lib/nn.yaml:79:7
%5811 = broadcast %5810 : f32[16,64] @ models/lib/nn.yaml:79:7
%5812 = mul %5797, %5811 : f32[16,64] @ models/lib/nn.yaml:79:7
%5813 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5814 = cast %5813 : f32[] @ models/lib/nn.yaml:79:7
%5815 = broadcast %5814 : f32[16,64] @ models/lib/nn.yaml:79:7
%5816 = mul %5798, %5815 : f32[16,64] @ models/lib/nn.yaml:79:7
%5817 = add %5816, %5812 : f32[16,64] @ models/lib/nn.yaml:79:7
%5818 = mul %5797, %5797 : f32[16,64] @ models/lib/nn.yaml:79:7
%5819 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%5820 = cast %5819 : f32[] @ models/lib/nn.yaml:79:7
%5821 = broadcast %5820 : f32[16,64] @ models/lib/nn.yaml:79:7
%5822 = mul %5818, %5821 : f32[16,64] @ models/lib/nn.yaml:79:7
%5823 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5824 = cast %5823 : f32[] @ models/lib/nn.yaml:79:7
%5825 = broadcast %5824 : f32[16,64] @ models/lib/nn.yaml:79:7
%5826 = mul %5799, %5825 : f32[16,64] @ models/lib/nn.yaml:79:7
%5827 = add %5826, %5822 : f32[16,64] @ models/lib/nn.yaml:79:7
%5828 = cast %5802 : f64[] @ models/lib/nn.yaml:79:7
%5829 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5830 = pow %5829, %5828 : f64[] @ models/lib/nn.yaml:79:7
%5831 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5832 = sub %5831, %5830 : f64[] @ models/lib/nn.yaml:79:7
%5833 = div %3056, %5832 : f64[] @ models/lib/nn.yaml:79:7
%5834 = cast %5802 : f64[] @ models/lib/nn.yaml:79:7
%5835 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5836 = pow %5835, %5834 : f64[] @ models/lib/nn.yaml:79:7
%5837 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5838 = sub %5837, %5836 : f64[] @ models/lib/nn.yaml:79:7
%5839 = sqrt %5838 : f64[] @ models/lib/nn.yaml:79:7
%5840 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5841 = div %5840, %5839 : f64[] @ models/lib/nn.yaml:79:7
%5842 = sqrt %5827 : f32[16,64] @ models/lib/nn.yaml:79:7
%5843 = cast %5841 : f32[] @ models/lib/nn.yaml:79:7
%5844 = broadcast %5843 : f32[16,64] @ models/lib/nn.yaml:79:7
%5845 = mul %5842, %5844 : f32[16,64] @ models/lib/nn.yaml:79:7
%5846 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%5847 = cast %5846 : f32[] @ models/lib/nn.yaml:79:7
%5848 = broadcast %5847 : f32[16,64] @ models/lib/nn.yaml:79:7
%5849 = add %5845, %5848 : f32[16,64] @ models/lib/nn.yaml:79:7
%5850 = div %5817, %5849 : f32[16,64] @ models/lib/nn.yaml:79:7
%5851 = cast %5833 : f32[] @ models/lib/nn.yaml:79:7
%5852 = broadcast %5851 : f32[16,64] @ models/lib/nn.yaml:79:7
%5853 = mul %5850, %5852 : f32[16,64] @ models/lib/nn.yaml:79:7
%5854 = sub %5808, %5853 : f32[16,64] @ models/lib/nn.yaml:79:7
%5855 = assign %20, %5854 : f32[16,64] @ models/lib/nn.yaml:79:7
%5856 = assign %5798, %5817 : f32[16,64] @ models/lib/nn.yaml:79:7
%5857 = assign %5799, %5827 : f32[16,64] @ models/lib/nn.yaml:79:7
%5858 = assign %5800, %5802 : i64[] @ models/lib/nn.yaml:79:7
%5859 = cast %3058 : f32[] @ models/lib/nn.yaml:79:7
%5860 = broadcast %5859 : f32[16,64] @ models/lib/nn.yaml:79:7
%5861 = mul %98, %5860 : f32[16,64] @ models/lib/nn.yaml:79:7
%5862 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5863 = sub %5862, %3058 : f64[] @ models/lib/nn.yaml:79:7
%5864 = cast %5863 : f32[] @ models/lib/nn.yaml:79:7
%5865 = broadcast %5864 : f32[16,64] @ models/lib/nn.yaml:79:7
%5866 = mul %5854, %5865 : f32[16,64] @ models/lib/nn.yaml:79:7
%5867 = add %5861, %5866 : f32[16,64] @ models/lib/nn.yaml:79:7
%5868 = assign %98, %5867 : f32[16,64] @ models/lib/nn.yaml:79:7
%5869 = all_reduce_sum %4551 : f32[16] @ models/lib/nn.yaml:80:7
%5870 = reshape %5869 : f32[16] @ models/lib/nn.yaml:80:7
%5871 = mul %5870, %5870 : f32[16] @ models/lib/nn.yaml:80:7
%5872 = reduce_sum %5871 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5873 = sqrt %5872 : f32[] @ models/lib/nn.yaml:80:7
%5874 = cast %5873 : f64[] @ models/lib/nn.yaml:80:7
%5875 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%5876 = add %5874, %5875 : f64[] @ models/lib/nn.yaml:80:7
%5877 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%5878 = div %5877, %5876 : f64[] @ models/lib/nn.yaml:80:7
%5879 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5880 = lt %5878, %5879 : bool[] @ models/lib/nn.yaml:80:7
%5881 = cast %5878 : f32[] @ models/lib/nn.yaml:80:7
%5882 = broadcast %5881 : f32[16] @ models/lib/nn.yaml:80:7
%5883 = mul %5869, %5882 : f32[16] @ models/lib/nn.yaml:80:7
%5884 = broadcast %5880 : bool[16] @ models/lib/nn.yaml:80:7
%5885 = select %5884, %5883, %5869 : f32[16] @ models/lib/nn.yaml:80:7
%5886 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5887 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5888 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5889 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%5890 = add %5888, %5889 : i64[] @ models/lib/nn.yaml:80:7
%5891 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%5892 = cast %5891 : f32[] @ models/lib/nn.yaml:80:7
%5893 = broadcast %5892 : f32[16] @ models/lib/nn.yaml:80:7
%5894 = mul %5885, %5893 : f32[16] @ models/lib/nn.yaml:80:7
%5895 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5896 = cast %5895 : f32[] @ models/lib/nn.yaml:80:7
%5897 = broadcast %5896 : f32[16] @ models/lib/nn.yaml:80:7
%5898 = mul %5886, %5897 : f32[16] @ models/lib/nn.yaml:80:7
%5899 = add %5898, %5894 : f32[16] @ models/lib/nn.yaml:80:7
%5900 = mul %5885, %5885 : f32[16] @ models/lib/nn.yaml:80:7
%5901 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%5902 = cast %5901 : f32[] @ models/lib/nn.yaml:80:7
%5903 = broadcast %5902 : f32[16] @ models/lib/nn.yaml:80:7
%5904 = mul %5900, %5903 : f32[16] @ models/lib/nn.yaml:80:7
%5905 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5906 = cast %5905 : f32[] @ models/lib/nn.yaml:80:7
%5907 = broadcast %5906 : f32[16] @ models/lib/nn.yaml:80:7
%5908 = mul %5887, %5907 : f32[16] @ models/lib/nn.yaml:80:7
%5909 = add %5908, %5904 : f32[16] @ models/lib/nn.yaml:80:7
%5910 = cast %5890 : f64[] @ models/lib/nn.yaml:80:7
%5911 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5912 = pow %5911, %5910 : f64[] @ models/lib/nn.yaml:80:7
%5913 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5914 = sub %5913, %5912 : f64[] @ models/lib/nn.yaml:80:7
%5915 = div %3056, %5914 : f64[] @ models/lib/nn.yaml:80:7
%5916 = cast %5890 : f64[] @ models/lib/nn.yaml:80:7
%5917 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5918 = pow %5917, %5916 : f64[] @ models/lib/nn.yaml:80:7
%5919 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5920 = sub %5919, %5918 : f64[] @ models/lib/nn.yaml:80:7
%5921 = sqrt %5920 : f64[] @ models/lib/nn.yaml:80:7
%5922 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5923 = div %5922, %5921 : f64[] @ models/lib/nn.yaml:80:7
%5924 = sqrt %5909 : f32[16] @ models/lib/nn.yaml:80:7
%5925 = cast %5923 : f32[] @ models/lib/nn.yaml:80:7
%5926 = broadcast %5925 : f32[16] @ models/lib/nn.yaml:80:7
%5927 = mul %5924, %5926 : f32[16] @ models/lib/nn.yaml:80:7
%5928 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%5929 = cast %5928 : f32[] @ models/lib/nn.yaml:80:7
%5930 = broadcast %5929 : f32[16] @ models/lib/nn.yaml:80:7
%5931 = add %5927, %5930 : f32[16] @ models/lib/nn.yaml:80:7
%5932 = div %5899, %5931 : f32[16] @ models/lib/nn.yaml:80:7
%5933 = cast %5915 : f32[] @ models/lib/nn.yaml:80:7
%5934 = broadcast %5933 : f32[16] @ models/lib/nn.yaml:80:7
%5935 = mul %5932, %5934 : f32[16] @ models/lib/nn.yaml:80:7
%5936 = sub %21, %5935 : f32[16] @ models/lib/nn.yaml:80:7
%5937 = assign %21, %5936 : f32[16] @ models/lib/nn.yaml:80:7
%5938 = assign %5886, %5899 : f32[16] @ models/lib/nn.yaml:80:7
%5939 = assign %5887, %5909 : f32[16] @ models/lib/nn.yaml:80:7
%5940 = assign %5888, %5890 : i64[] @ models/lib/nn.yaml:80:7
%5941 = cast %3058 : f32[] @ models/lib/nn.yaml:80:7
%5942 = broadcast %5941 : f32[16] @ models/lib/nn.yaml:80:7
%5943 = mul %99, %5942 : f32[16] @ models/lib/nn.yaml:80:7
%5944 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5945 = sub %5944, %3058 : f64[] @ models/lib/nn.yaml:80:7
%5946 = cast %5945 : f32[] @ models/lib/nn.yaml:80:7
%5947 = broadcast %5946 : f32[16] @ models/lib/nn.yaml:80:7
%5948 = mul %5936, %5947 : f32[16] @ models/lib/nn.yaml:80:7
%5949 = add %5943, %5948 : f32[16] @ models/lib/nn.yaml:80:7
%5950 = assign %99, %5949 : f32[16] @ models/lib/nn.yaml:80:7
%5951 = all_reduce_sum %4527 : f32[16] @ models/lib/nn.yaml:89:7
%5952 = reshape %5951 : f32[16] @ models/lib/nn.yaml:89:7
%5953 = mul %5952, %5952 : f32[16] @ models/lib/nn.yaml:89:7
%5954 = reduce_sum %5953 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%5955 = sqrt %5954 : f32[] @ models/lib/nn.yaml:89:7
%5956 = cast %5955 : f64[] @ models/lib/nn.yaml:89:7
%5957 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%5958 = add %5956, %5957 : f64[] @ models/lib/nn.yaml:89:7
%5959 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%5960 = div %5959, %5958 : f64[] @ models/lib/nn.yaml:89:7
%5961 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5962 = lt %5960, %5961 : bool[] @ models/lib/nn.yaml:89:7
%5963 = cast %5960 : f32[] @ models/lib/nn.yaml:89:7
%5964 = broadcast %5963 : f32[16] @ models/lib/nn.yaml:89:7
%5965 = mul %5951, %5964 : f32[16] @ models/lib/nn.yaml:89:7
%5966 = broadcast %5962 : bool[16] @ models/lib/nn.yaml:89:7
%5967 = select %5966, %5965, %5951 : f32[16] @ models/lib/nn.yaml:89:7
%5968 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5969 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5970 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5971 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%5972 = add %5970, %5971 : i64[] @ models/lib/nn.yaml:89:7
%5973 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%5974 = cast %5973 : f32[] @ models/lib/nn.yaml:89:7
%5975 = broadcast %5974 : f32[16] @ models/lib/nn.yaml:89:7
%5976 = mul %5967, %5975 : f32[16] @ models/lib/nn.yaml:89:7
%5977 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%5978 = cast %5977 : f32[] @ models/lib/nn.yaml:89:7
%5979 = broadcast %5978 : f32[16] @ models/lib/nn.yaml:89:7
%5980 = mul %5968, %5979 : f32[16] @ models/lib/nn.yaml:89:7
%5981 = add %5980, %5976 : f32[16] @ models/lib/nn.yaml:89:7
%5982 = mul %5967, %5967 : f32[16] @ models/lib/nn.yaml:89:7
%5983 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%5984 = cast %5983 : f32[] @ models/lib/nn.yaml:89:7
%5985 = broadcast %5984 : f32[16] @ models/lib/nn.yaml:89:7
%5986 = mul %5982, %5985 : f32[16] @ models/lib/nn.yaml:89:7
%5987 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%5988 = cast %5987 : f32[] @ models/lib/nn.yaml:89:7
%5989 = broadcast %5988 : f32[16] @ models/lib/nn.yaml:89:7
%5990 = mul %5969, %5989 : f32[16] @ models/lib/nn.yaml:89:7
%5991 = add %5990, %5986 : f32[16] @ models/lib/nn.yaml:89:7
%5992 = cast %5972 : f64[] @ models/lib/nn.yaml:89:7
%5993 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%5994 = pow %5993, %5992 : f64[] @ models/lib/nn.yaml:89:7
%5995 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5996 = sub %5995, %5994 : f64[] @ models/lib/nn.yaml:89:7
%5997 = div %3056, %5996 : f64[] @ models/lib/nn.yaml:89:7
%5998 = cast %5972 : f64[] @ models/lib/nn.yaml:89:7
%5999 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%6000 = pow %5999, %5998 : f64[] @ models/lib/nn.yaml:89:7
%6001 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6002 = sub %6001, %6000 : f64[] @ models/lib/nn.yaml:89:7
%6003 = sqrt %6002 : f64[] @ models/lib/nn.yaml:89:7
%6004 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6005 = div %6004, %6003 : f64[] @ models/lib/nn.yaml:89:7
%6006 = sqrt %5991 : f32[16] @ models/lib/nn.yaml:89:7
%6007 = cast %6005 : f32[] @ models/lib/nn.yaml:89:7
%6008 = broadcast %6007 : f32[16] @ models/lib/nn.yaml:89:7
%6009 = mul %6006, %6008 : f32[16] @ models/lib/nn.yaml:89:7
%6010 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%6011 = cast %6010 : f32[] @ models/lib/nn.yaml:89:7
%6012 = broadcast %6011 : f32[16] @ models/lib/nn.yaml:89:7
%6013 = add %6009, %6012 : f32[16] @ models/lib/nn.yaml:89:7
%6014 = div %5981, %6013 : f32[16] @ models/lib/nn.yaml:89:7
%6015 = cast %5997 : f32[] @ models/lib/nn.yaml:89:7
%6016 = broadcast %6015 : f32[16] @ models/lib/nn.yaml:89:7
%6017 = mul %6014, %6016 : f32[16] @ models/lib/nn.yaml:89:7
%6018 = sub %22, %6017 : f32[16] @ models/lib/nn.yaml:89:7
%6019 = assign %22, %6018 : f32[16] @ models/lib/nn.yaml:89:7
%6020 = assign %5968, %5981 : f32[16] @ models/lib/nn.yaml:89:7
%6021 = assign %5969, %5991 : f32[16] @ models/lib/nn.yaml:89:7
%6022 = assign %5970, %5972 : i64[] @ models/lib/nn.yaml:89:7
%6023 = cast %3058 : f32[] @ models/lib/nn.yaml:89:7
%6024 = broadcast %6023 : f32[16] @ models/lib/nn.yaml:89:7
%6025 = mul %100, %6024 : f32[16] @ models/lib/nn.yaml:89:7
%6026 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6027 = sub %6026, %3058 : f64[] @ models/lib/nn.yaml:89:7
%6028 = cast %6027 : f32[] @ models/lib/nn.yaml:89:7
%6029 = broadcast %6028 : f32[16] @ models/lib/nn.yaml:89:7
%6030 = mul %6018, %6029 : f32[16] @ models/lib/nn.yaml:89:7
%6031 = add %6025, %6030 : f32[16] @ models/lib/nn.yaml:89:7
%6032 = assign %100, %6031 : f32[16] @ models/lib/nn.yaml:89:7
%6033 = all_reduce_sum %4522 : f32[16] @ models/lib/nn.yaml:90:7
%6034 = reshape %6033 : f32[16] @ models/lib/nn.yaml:90:7
%6035 = mul %6034, %6034 : f32[16] @ models/lib/nn.yaml:90:7
%6036 = reduce_sum %6035 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6037 = sqrt %6036 : f32[] @ models/lib/nn.yaml:90:7
%6038 = cast %6037 : f64[] @ models/lib/nn.yaml:90:7
%6039 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%6040 = add %6038, %6039 : f64[] @ models/lib/nn.yaml:90:7
%6041 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%6042 = div %6041, %6040 : f64[] @ models/lib/nn.yaml:90:7
%6043 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6044 = lt %6042, %6043 : bool[] @ models/lib/nn.yaml:90:7
%6045 = cast %6042 : f32[] @ models/lib/nn.yaml:90:7
%6046 = broadcast %6045 : f32[16] @ models/lib/nn.yaml:90:7
%6047 = mul %6033, %6046 : f32[16] @ models/lib/nn.yaml:90:7
%6048 = broadcast %6044 : bool[16] @ models/lib/nn.yaml:90:7
%6049 = select %6048, %6047, %6033 : f32[16] @ models/lib/nn.yaml:90:7
%6050 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6051 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6052 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6053 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%6054 = add %6052, %6053 : i64[] @ models/lib/nn.yaml:90:7
%6055 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%6056 = cast %6055 : f32[] @ models/lib/nn.yaml:90:7
%6057 = broadcast %6056 : f32[16] @ models/lib/nn.yaml:90:7
%6058 = mul %6049, %6057 : f32[16] @ models/lib/nn.yaml:90:7
%6059 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%6060 = cast %6059 : f32[] @ models/lib/nn.yaml:90:7
%6061 = broadcast %6060 : f32[16] @ models/lib/nn.yaml:90:7
%6062 = mul %6050, %6061 : f32[16] @ models/lib/nn.yaml:90:7
%6063 = add %6062, %6058 : f32[16] @ models/lib/nn.yaml:90:7
%6064 = mul %6049, %6049 : f32[16] @ models/lib/nn.yaml:90:7
%6065 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%6066 = cast %6065 : f32[] @ models/lib/nn.yaml:90:7
%6067 = broadcast %6066 : f32[16] @ models/lib/nn.yaml:90:7
%6068 = mul %6064, %6067 : f32[16] @ models/lib/nn.yaml:90:7
%6069 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%6070 = cast %6069 : f32[] @ models/lib/nn.yaml:90:7
%6071 = broadcast %6070 : f32[16] @ models/lib/nn.yaml:90:7
%6072 = mul %6051, %6071 : f32[16] @ models/lib/nn.yaml:90:7
%6073 = add %6072, %6068 : f32[16] @ models/lib/nn.yaml:90:7
%6074 = cast %6054 : f64[] @ models/lib/nn.yaml:90:7
%6075 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%6076 = pow %6075, %6074 : f64[] @ models/lib/nn.yaml:90:7
%6077 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6078 = sub %6077, %6076 : f64[] @ models/lib/nn.yaml:90:7
%6079 = div %3056, %6078 : f64[] @ models/lib/nn.yaml:90:7
%6080 = cast %6054 : f64[] @ models/lib/nn.yaml:90:7
%6081 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%6082 = pow %6081, %6080 : f64[] @ models/lib/nn.yaml:90:7
%6083 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6084 = sub %6083, %6082 : f64[] @ models/lib/nn.yaml:90:7
%6085 = sqrt %6084 : f64[] @ models/lib/nn.yaml:90:7
%6086 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6087 = div %6086, %6085 : f64[] @ models/lib/nn.yaml:90:7
%6088 = sqrt %6073 : f32[16] @ models/lib/nn.yaml:90:7
%6089 = cast %6087 : f32[] @ models/lib/nn.yaml:90:7
%6090 = broadcast %6089 : f32[16] @ models/lib/nn.yaml:90:7
%6091 = mul %6088, %6090 : f32[16] @ models/lib/nn.yaml:90:7
%6092 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%6093 = cast %6092 : f32[] @ models/lib/nn.yaml:90:7
%6094 = broadcast %6093 : f32[16] @ models/lib/nn.yaml:90:7
%6095 = add %6091, %6094 : f32[16] @ models/lib/nn.yaml:90:7
%6096 = div %6063, %6095 : f32[16] @ models/lib/nn.yaml:90:7
%6097 = cast %6079 : f32[] @ models/lib/nn.yaml:90:7
%6098 = broadcast %6097 : f32[16] @ models/lib/nn.yaml:90:7
%6099 = mul %6096, %6098 : f32[16] @ models/lib/nn.yaml:90:7
%6100 = sub %23, %6099 : f32[16] @ models/lib/nn.yaml:90:7
%6101 = assign %23, %6100 : f32[16] @ models/lib/nn.yaml:90:7
%6102 = assign %6050, %6063 : f32[16] @ models/lib/nn.yaml:90:7
%6103 = assign %6051, %6073 : f32[16] @ models/lib/nn.yaml:90:7
%6104 = assign %6052, %6054 : i64[] @ models/lib/nn.yaml:90:7
%6105 = cast %3058 : f32[] @ models/lib/nn.yaml:90:7
%6106 = broadcast %6105 : f32[16] @ models/lib/nn.yaml:90:7
%6107 = mul %101, %6106 : f32[16] @ models/lib/nn.yaml:90:7
%6108 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6109 = sub %6108, %3058 : f64[] @ models/lib/nn.yaml:90:7
%6110 = cast %6109 : f32[] @ models/lib/nn.yaml:90:7
%6111 = broadcast %6110 : f32[16] @ models/lib/nn.yaml:90:7
%6112 = mul %6100, %6111 : f32[16] @ models/lib/nn.yaml:90:7
%6113 = add %6107, %6112 : f32[16] @ models/lib/nn.yaml:90:7
%6114 = assign %101, %6113 : f32[16] @ models/lib/nn.yaml:90:7
%6115 = all_reduce_sum %4519 : f32[48,16] @ models/lib/nn.yaml:79:7
%6116 = reshape %6115 : f32[768] @ models/lib/nn.yaml:79:7
%6117 = mul %6116, %6116 : f32[768] @ models/lib/nn.yaml:79:7
%6118 = reduce_sum %6117 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6119 = sqrt %6118 : f32[] @ models/lib/nn.yaml:79:7
%6120 = cast %6119 : f64[] @ models/lib/nn.yaml:79:7
%6121 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%6122 = add %6120, %6121 : f64[] @ models/lib/nn.yaml:79:7
%6123 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%6124 = div %6123, %6122 : f64[] @ models/lib/nn.yaml:79:7
%6125 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6126 = lt %6124, %6125 : bool[] @ models/lib/nn.yaml:79:7
%6127 = cast %6124 : f32[] @ models/lib/nn.yaml:79:7
%6128 = broadcast %6127 : f32[48,16] @ models/lib/nn.yaml:79:7
%6129 = mul %6115, %6128 : f32[48,16] @ models/lib/nn.yaml:79:7
%6130 = broadcast %6126 : bool[48,16] @ models/lib/nn.yaml:79:7
%6131 = select %6130, %6129, %6115 : f32[48,16] @ models/lib/nn.yaml:79:7
%6132 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%6133 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%6134 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6135 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%6136 = add %6134, %6135 : i64[] @ models/lib/nn.yaml:79:7
%6137 = mul %3056, %3057 : f64[] @ models/lib/nn.yaml:79:7
%6138 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6139 = sub %6138, %6137 : f64[] @ models/lib/nn.yaml:79:7
%6140 = cast %6139 : f32[] @ models/lib/nn.yaml:79:7
%6141 = broadcast %6140 : f32[48,16] @ models/lib/nn.yaml:79:7
%6142 = mul %24, %6141 : f32[48,16] @ models/lib/nn.yaml:79:7
%6143 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%6144 = cast %6143 : f32[] @ models/lib/nn.yaml:79:7
%6145 = broadcast %6144 : f32[48,16] @ models/lib/nn.yaml:79:7
%6146 = mul %6131, %6145 : f32[48,16] @ models/lib/nn.yaml:79:7
%6147 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6148 = cast %6147 : f32[] @ models/lib/nn.yaml:79:7
%6149 = broadcast %6148 : f32[48,16] @ models/lib/nn.yaml:79:7
%6150 = mul %6132, %6149 : f32[48,16] @ models/lib/nn.yaml:79:7
%6151 = add %6150, %6146 : f32[48,16] @ models/lib/nn.yaml:79:7
%6152 = mul %6131, %6131 : f32[48,16] @ models/lib/nn.yaml:79:7
%6153 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%6154 = cast %6153 : f32[] @ models/lib/nn.yaml:79:7
%6155 = broadcast %6154 : f32[48,16] @ models/lib/nn.yaml:79:7
%6156 = mul %6152, %6155 : f32[48,16] @ models/lib/nn.yaml:79:7
%6157 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6158 = cast %6157 : f32[] @ models/lib/nn.yaml:79:7
%6159 = broadcast %6158 : f32[48,16] @ models/lib/nn.yaml:79:7
%6160 = mul %6133, %6159 : f32[48,16] @ models/lib/nn.yaml:79:7
%6161 = add %6160, %6156 : f32[48,16] @ models/lib/nn.yaml:79:7
%6162 = cast %6136 : f64[] @ models/lib/nn.yaml:79:7
%6163 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6164 = pow %6163, %6162 : f64[] @ models/lib/nn.yaml:79:7
%6165 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6166 = sub %6165, %6164 : f64[] @ models/lib/nn.yaml:79:7
%6167 = div %3056, %6166 : f64[] @ models/lib/nn.yaml:79:7
%6168 = cast %6136 : f64[] @ models/lib/nn.yaml:79:7
%6169 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6170 = pow %6169, %6168 : f64[] @ models/lib/nn.yaml:79:7
%6171 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6172 = sub %6171, %6170 : f64[] @ models/lib/nn.yaml:79:7
%6173 = sqrt %6172 : f64[] @ models/lib/nn.yaml:79:7
%6174 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6175 = div %6174, %6173 : f64[] @ models/lib/nn.yaml:79:7
%6176 = sqrt %6161 : f32[48,16] @ models/lib/nn.yaml:79:7
%6177 = cast %6175 : f32[] @ models/lib/nn.yaml:79:7
%6178 = broadcast %6177 : f32[48,16] @ models/lib/nn.yaml:79:7
%6179 = mul %6176, %6178 : f32[48,16] @ models/lib/nn.yaml:79:7
%6180 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%6181 = cast %6180 : f32[] @ models/lib/nn.yaml:79:7
%6182 = broadcast %6181 : f32[48,16] @ models/lib/nn.yaml:79:7
%6183 = add %6179, %6182 : f32[48,16] @ models/lib/nn.yaml:79:7
%6184 = div %6151, %6183 : f32[48,16] @ models/lib/nn.yaml:79:7
%6185 = cast %6167 : f32[] @ models/lib/nn.yaml:79:7
%6186 = broadcast %6185 : f32[48,16] @ models/lib/nn.yaml:79:7
%6187 = mul %6184, %6186 : f32[48,16] @ models/lib/nn.yaml:79:7
%6188 = sub %6142, %6187 : f32[48,16] @ models/lib/nn.yaml:79:7
%6189 = assign %24, %6188 : f32[48,16] @ models/lib/nn.yaml:79:7
%6190 = assign %6132, %6151 : f32[48,16] @ models/lib/nn.yaml:79:7
%6191 = assign %6133, %6161 : f32[48,16] @ models/lib/nn.yaml:79:7
%6192 = assign %6134, %6136 : i64[] @ models/lib/nn.yaml:79:7
%6193 = cast %3058 : f32[] @ models/lib/nn.yaml:79:7
%6194 = broadcast %6193 : f32[48,16] @ models/lib/nn.yaml:79:7
%6195 = mul %102, %6194 : f32[48,16] @ models/lib/nn.yaml:79:7
%6196 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6197 = sub %6196, %3058 : f64[] @ models/lib/nn.yaml:79:7
%6198 = cast %6197 : f32[] @ models/lib/nn.yaml:79:7
%6199 = broadcast %6198 : f32[48,16] @ models/lib/nn.yaml:79:7
%6200 = mul %6188, %6199 : f32[48,16] @ models/lib/nn.yaml:79:7
%6201 = add %6195, %6200 : f32[48,16] @ models/lib/nn.yaml:79:7
%6202 = assign %102, %6201 : f32[48,16] @ models/lib/nn.yaml:79:7
%6203 = all_reduce_sum %4514 : f32[48] @ models/lib/nn.yaml:80:7
%6204 = reshape %6203 : f32[48] @ models/lib/nn.yaml:80:7
%6205 = mul %6204, %6204 : f32[48] @ models/lib/nn.yaml:80:7
%6206 = reduce_sum %6205 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6207 = sqrt %6206 : f32[] @ models/lib/nn.yaml:80:7
%6208 = cast %6207 : f64[] @ models/lib/nn.yaml:80:7
%6209 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%6210 = add %6208, %6209 : f64[] @ models/lib/nn.yaml:80:7
%6211 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%6212 = div %6211, %6210 : f64[] @ models/lib/nn.yaml:80:7
%6213 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6214 = lt %6212, %6213 : bool[] @ models/lib/nn.yaml:80:7
%6215 = cast %6212 : f32[] @ models/lib/nn.yaml:80:7
%6216 = broadcast %6215 : f32[48] @ models/lib/nn.yaml:80:7
%6217 = mul %6203, %6216 : f32[48] @ models/lib/nn.yaml:80:7
%6218 = broadcast %6214 : bool[48] @ models/lib/nn.yaml:80:7
%6219 = select %6218, %6217, %6203 : f32[48] @ models/lib/nn.yaml:80:7
%6220 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%6221 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%6222 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6223 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%6224 = add %6222, %6223 : i64[] @ models/lib/nn.yaml:80:7
%6225 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%6226 = cast %6225 : f32[] @ models/lib/nn.yaml:80:7
%6227 = broadcast %6226 : f32[48] @ models/lib/nn.yaml:80:7
%6228 = mul %6219, %6227 : f32[48] @ models/lib/nn.yaml:80:7
%6229 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6230 = cast %6229 : f32[] @ models/lib/nn.yaml:80:7
%6231 = broadcast %6230 : f32[48] @ models/lib/nn.yaml:80:7
%6232 = mul %6220, %6231 : f32[48] @ models/lib/nn.yaml:80:7
%6233 = add %6232, %6228 : f32[48] @ models/lib/nn.yaml:80:7
%6234 = mul %6219, %6219 : f32[48] @ models/lib/nn.yaml:80:7
%6235 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%6236 = cast %6235 : f32[] @ models/lib/nn.yaml:80:7
%6237 = broadcast %6236 : f32[48] @ models/lib/nn.yaml:80:7
%6238 = mul %6234, %6237 : f32[48] @ models/lib/nn.yaml:80:7
%6239 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6240 = cast %6239 : f32[] @ models/lib/nn.yaml:80:7
%6241 = broadcast %6240 : f32[48] @ models/lib/nn.yaml:80:7
%6242 = mul %6221, %6241 : f32[48] @ models/lib/nn.yaml:80:7
%6243 = add %6242, %6238 : f32[48] @ models/lib/nn.yaml:80:7
%6244 = cast %6224 : f64[] @ models/lib/nn.yaml:80:7
%6245 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6246 = pow %6245, %6244 : f64[] @ models/lib/nn.yaml:80:7
%6247 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6248 = sub %6247, %6246 : f64[] @ models/lib/nn.yaml:80:7
%6249 = div %3056, %6248 : f64[] @ models/lib/nn.yaml:80:7
%6250 = cast %6224 : f64[] @ models/lib/nn.yaml:80:7
%6251 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6252 = pow %6251, %6250 : f64[] @ models/lib/nn.yaml:80:7
%6253 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6254 = sub %6253, %6252 : f64[] @ models/lib/nn.yaml:80:7
%6255 = sqrt %6254 : f64[] @ models/lib/nn.yaml:80:7
%6256 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6257 = div %6256, %6255 : f64[] @ models/lib/nn.yaml:80:7
%6258 = sqrt %6243 : f32[48] @ models/lib/nn.yaml:80:7
%6259 = cast %6257 : f32[] @ models/lib/nn.yaml:80:7
%6260 = broadcast %6259 : f32[48] @ models/lib/nn.yaml:80:7
%6261 = mul %6258, %6260 : f32[48] @ models/lib/nn.yaml:80:7
%6262 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%6263 = cast %6262 : f32[] @ models/lib/nn.yaml:80:7
%6264 = broadcast %6263 : f32[48] @ models/lib/nn.yaml:80:7
%6265 = add %6261, %6264 : f32[48] @ models/lib/nn.yaml:80:7
%6266 = div %6233, %6265 : f32[48] @ models/lib/nn.yaml:80:7
%6267 = cast %6249 : f32[] @ models/lib/nn.yaml:80:7
%6268 = broadcast %6267 : f32[48] @ models/lib/nn.yaml:80:7
%6269 = mul %6266, %6268 : f32[48] @ models/lib/nn.yaml:80:7
%6270 = sub %25, %6269 : f32[48] @ models/lib/nn.yaml:80:7
%6271 = assign %25, %6270 : f32[48] @ models/lib/nn.yaml:80:7
%6272 = assign %6220, %6233 : f32[48] @ models/lib/nn.yaml:80:7
%6273 = assign %6221, %6243 : f32[48] @ models/lib/nn.yaml:80:7
%6274 = assign %6222, %6224 : i64[] @ models/lib/nn.yaml:80:7
%6275 = cast %3058 : f32[] @ models/lib/nn.yaml:80:7
%6276 = broadcast %6275 : f32[48] @ models/lib/nn.yaml:80:7
%6277 = mul %103, %6276 : f32[48] @ models/lib/nn.yaml:80:7
%6278 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6279 = sub %6278, %3058 : f64[] @ models/lib/nn.yaml:80:7
%6280 = cast %6279 : f32[] @ models/lib/nn.yaml:80:7
%6281 = broadcast %6280 : f32[48] @ models/lib/nn.yaml:80:7
%6282 = mul %6270, %6281 : f32[48] @ models/lib/nn.yaml:80:7
%6283 = add %6277, %6282 : f32[48] @ models/lib/nn.yaml:80:7
%6284 = assign %103, %6283 : f32[48] @ models/lib/nn.yaml:80:7
%6285 = all_reduce_sum %4487 : f32[16,16] @ models/lib/nn.yaml:79:7
%6286 = reshape %6285 : f32[256] @ models/lib/nn.yaml:79:7
%6287 = mul %6286, %6286 : f32[256] @ models/lib/nn.yaml:79:7
%6288 = reduce_sum %6287 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6289 = sqrt %6288 : f32[] @ models/lib/nn.yaml:79:7
%6290 = cast %6289 : f64[] @ models/lib/nn.yaml:79:7
%6291 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%6292 = add %6290, %6291 : f64[] @ models/lib/nn.yaml:79:7
%6293 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%6294 = div %6293, %6292 : f64[] @ models/lib/nn.yaml:79:7
%6295 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6296 = lt %6294, %6295 : bool[] @ models/lib/nn.yaml:79:7
%6297 = cast %6294 : f32[] @ models/lib/nn.yaml:79:7
%6298 = broadcast %6297 : f32[16,16] @ models/lib/nn.yaml:79:7
%6299 = mul %6285, %6298 : f32[16,16] @ models/lib/nn.yaml:79:7
%6300 = broadcast %6296 : bool[16,16] @ models/lib/nn.yaml:79:7
%6301 = select %6300, %6299, %6285 : f32[16,16] @ models/lib/nn.yaml:79:7
%6302 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6303 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6304 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6305 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%6306 = add %6304, %6305 : i64[] @ models/lib/nn.yaml:79:7
%6307 = mul %3056, %3057 : f64[] @ models/lib/nn.yaml:79:7
%6308 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6309 = sub %6308, %6307 : f64[] @ models/lib/nn.yaml:79:7
%6310 = cast %6309 : f32[] @ models/lib/nn.yaml:79:7
%6311 = broadcast %6310 : f32[16,16] @ models/lib/nn.yaml:79:7
%6312 = mul %26, %6311 : f32[16,16] @ models/lib/nn.yaml:79:7
%6313 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%6314 = cast %6313 : f32[] @ models/lib/nn.yaml:79:7
%6315 = broadcast %6314 : f32[16,16] @ models/lib/nn.yaml:79:7
%6316 = mul %6301, %6315 : f32[16,16] @ models/lib/nn.yaml:79:7
%6317 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6318 = cast %6317 : f32[] @ models/lib/nn.yaml:79:7
%6319 = broadcast %6318 : f32[16,16] @ models/lib/nn.yaml:79:7
%6320 = mul %6302, %6319 : f32[16,16] @ models/lib/nn.yaml:79:7
%6321 = add %6320, %6316 : f32[16,16] @ models/lib/nn.yaml:79:7
%6322 = mul %6301, %6301 : f32[16,16] @ models/lib/nn.yaml:79:7
%6323 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%6324 = cast %6323 : f32[] @ models/lib/nn.yaml:79:7
%6325 = broadcast %6324 : f32[16,16] @ models/lib/nn.yaml:79:7
%6326 = mul %6322, %6325 : f32[16,16] @ models/lib/nn.yaml:79:7
%6327 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6328 = cast %6327 : f32[] @ models/lib/nn.yaml:79:7
%6329 = broadcast %6328 : f32[16,16] @ models/lib/nn.yaml:79:7
%6330 = mul %6303, %6329 : f32[16,16] @ models/lib/nn.yaml:79:7
%6331 = add %6330, %6326 : f32[16,16] @ models/lib/nn.yaml:79:7
%6332 = cast %6306 : f64[] @ models/lib/nn.yaml:79:7
%6333 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6334 = pow %6333, %6332 : f64[] @ models/lib/nn.yaml:79:7
%6335 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6336 = sub %6335, %6334 : f64[] @ models/lib/nn.yaml:79:7
%6337 = div %3056, %6336 : f64[] @ models/lib/nn.yaml:79:7
%6338 = cast %6306 : f64[] @ models/lib/nn.yaml:79:7
%6339 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6340 = pow %6339, %6338 : f64[] @ models/lib/nn.yaml:79:7
%6341 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6342 = sub %6341, %6340 : f64[] @ models/lib/nn.yaml:79:7
%6343 = sqrt %6342 : f64[] @ models/lib/nn.yaml:79:7
%6344 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6345 = div %6344, %6343 : f64[] @ models/lib/nn.yaml:79:7
%6346 = sqrt %6331 : f32[16,16] @ models/lib/nn.yaml:79:7
%6347 = cast %6345 : f32[] @ models/lib/nn.yaml:79:7
%6348 = broadcast %6347 : f32[16,16] @ models/lib/nn.yaml:79:7
%6349 = mul %6346, %6348 : f32[16,16] @ models/lib/nn.yaml:79:7
%6350 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%6351 = cast %6350 : f32[] @ models/lib/nn.yaml:79:7
%6352 = broadcast %6351 : f32[16,16] @ models/lib/nn.yaml:79:7
%6353 = add %6349, %6352 : f32[16,16] @ models/lib/nn.yaml:79:7
%6354 = div %6321, %6353 : f32[16,16] @ models/lib/nn.yaml:79:7
%6355 = cast %6337 : f32[] @ models/lib/nn.yaml:79:7
%6356 = broadcast %6355 : f32[16,16] @ models/lib/nn.yaml:79:7
%6357 = mul %6354, %6356 : f32[16,16] @ models/lib/nn.yaml:79:7
%6358 = sub %6312, %6357 : f32[16,16] @ models/lib/nn.yaml:79:7
%6359 = assign %26, %6358 : f32[16,16] @ models/lib/nn.yaml:79:7
%6360 = assign %6302, %6321 : f32[16,16] @ models/lib/nn.yaml:79:7
%6361 = assign %6303, %6331 : f32[16,16] @ models/lib/nn.yaml:79:7
%6362 = assign %6304, %6306 : i64[] @ models/lib/nn.yaml:79:7
%6363 = cast %3058 : f32[] @ models/lib/nn.yaml:79:7
%6364 = broadcast %6363 : f32[16,16] @ models/lib/nn.yaml:79:7
%6365 = mul %104, %6364 : f32[16,16] @ models/lib/nn.yaml:79:7
%6366 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6367 = sub %6366, %3058 : f64[] @ models/lib/nn.yaml:79:7
%6368 = cast %6367 : f32[] @ models/lib/nn.yaml:79:7
%6369 = broadcast %6368 : f32[16,16] @ models/lib/nn.yaml:79:7
%6370 = mul %6358, %6369 : f32[16,16] @ models/lib/nn.yaml:79:7
%6371 = add %6365, %6370 : f32[16,16] @ models/lib/nn.yaml:79:7
%6372 = assign %104, %6371 : f32[16,16] @ models/lib/nn.yaml:79:7
%6373 = all_reduce_sum %4482 : f32[16] @ models/lib/nn.yaml:80:7
%6374 = reshape %6373 : f32[16] @ models/lib/nn.yaml:80:7
%6375 = mul %6374, %6374 : f32[16] @ models/lib/nn.yaml:80:7
%6376 = reduce_sum %6375 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6377 = sqrt %6376 : f32[] @ models/lib/nn.yaml:80:7
%6378 = cast %6377 : f64[] @ models/lib/nn.yaml:80:7
%6379 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%6380 = add %6378, %6379 : f64[] @ models/lib/nn.yaml:80:7
%6381 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%6382 = div %6381, %6380 : f64[] @ models/lib/nn.yaml:80:7
%6383 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6384 = lt %6382, %6383 : bool[] @ models/lib/nn.yaml:80:7
%6385 = cast %6382 : f32[] @ models/lib/nn.yaml:80:7
%6386 = broadcast %6385 : f32[16] @ models/lib/nn.yaml:80:7
%6387 = mul %6373, %6386 : f32[16] @ models/lib/nn.yaml:80:7
%6388 = broadcast %6384 : bool[16] @ models/lib/nn.yaml:80:7
%6389 = select %6388, %6387, %6373 : f32[16] @ models/lib/nn.yaml:80:7
%6390 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6391 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6392 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6393 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%6394 = add %6392, %6393 : i64[] @ models/lib/nn.yaml:80:7
%6395 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%6396 = cast %6395 : f32[] @ models/lib/nn.yaml:80:7
%6397 = broadcast %6396 : f32[16] @ models/lib/nn.yaml:80:7
%6398 = mul %6389, %6397 : f32[16] @ models/lib/nn.yaml:80:7
%6399 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6400 = cast %6399 : f32[] @ models/lib/nn.yaml:80:7
%6401 = broadcast %6400 : f32[16] @ models/lib/nn.yaml:80:7
%6402 = mul %6390, %6401 : f32[16] @ models/lib/nn.yaml:80:7
%6403 = add %6402, %6398 : f32[16] @ models/lib/nn.yaml:80:7
%6404 = mul %6389, %6389 : f32[16] @ models/lib/nn.yaml:80:7
%6405 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%6406 = cast %6405 : f32[] @ models/lib/nn.yaml:80:7
%6407 = broadcast %6406 : f32[16] @ models/lib/nn.yaml:80:7
%6408 = mul %6404, %6407 : f32[16] @ models/lib/nn.yaml:80:7
%6409 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6410 = cast %6409 : f32[] @ models/lib/nn.yaml:80:7
%6411 = broadcast %6410 : f32[16] @ models/lib/nn.yaml:80:7
%6412 = mul %6391, %6411 : f32[16] @ models/lib/nn.yaml:80:7
%6413 = add %6412, %6408 : f32[16] @ models/lib/nn.yaml:80:7
%6414 = cast %6394 : f64[] @ models/lib/nn.yaml:80:7
%6415 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6416 = pow %6415, %6414 : f64[] @ models/lib/nn.yaml:80:7
%6417 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6418 = sub %6417, %6416 : f64[] @ models/lib/nn.yaml:80:7
%6419 = div %3056, %6418 : f64[] @ models/lib/nn.yaml:80:7
%6420 = cast %6394 : f64[] @ models/lib/nn.yaml:80:7
%6421 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6422 = pow %6421, %6420 : f64[] @ models/lib/nn.yaml:80:7
%6423 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6424 = sub %6423, %6422 : f64[] @ models/lib/nn.yaml:80:7
%6425 = sqrt %6424 : f64[] @ models/lib/nn.yaml:80:7
%6426 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6427 = div %6426, %6425 : f64[] @ models/lib/nn.yaml:80:7
%6428 = sqrt %6413 : f32[16] @ models/lib/nn.yaml:80:7
%6429 = cast %6427 : f32[] @ models/lib/nn.yaml:80:7
%6430 = broadcast %6429 : f32[16] @ models/lib/nn.yaml:80:7
%6431 = mul %6428, %6430 : f32[16] @ models/lib/nn.yaml:80:7
%6432 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%6433 = cast %6432 : f32[] @ models/lib/nn.yaml:80:7
%6434 = broadcast %6433 : f32[16] @ models/lib/nn.yaml:80:7
%6435 = add %6431, %6434 : f32[16] @ models/lib/nn.yaml:80:7
%6436 = div %6403, %6435 : f32[16] @ models/lib/nn.yaml:80:7
%6437 = cast %6419 : f32[] @ models/lib/nn.yaml:80:7
%6438 = broadcast %6437 : f32[16] @ models/lib/nn.yaml:80:7
%6439 = mul %6436, %6438 : f32[16] @ models/lib/nn.yaml:80:7
%6440 = sub %27, %6439 : f32[16] @ models/lib/nn.yaml:80:7
%6441 = assign %27, %6440 : f32[16] @ models/lib/nn.yaml:80:7
%6442 = assign %6390, %6403 : f32[16] @ models/lib/nn.yaml:80:7
%6443 = assign %6391, %6413 : f32[16] @ models/lib/nn.yaml:80:7
%6444 = assign %6392, %6394 : i64[] @ models/lib/nn.yaml:80:7
%6445 = cast %3058 : f32[] @ models/lib/nn.yaml:80:7
%6446 = broadcast %6445 : f32[16] @ models/lib/nn.yaml:80:7
%6447 = mul %105, %6446 : f32[16] @ models/lib/nn.yaml:80:7
%6448 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6449 = sub %6448, %3058 : f64[] @ models/lib/nn.yaml:80:7
%6450 = cast %6449 : f32[] @ models/lib/nn.yaml:80:7
%6451 = broadcast %6450 : f32[16] @ models/lib/nn.yaml:80:7
%6452 = mul %6440, %6451 : f32[16] @ models/lib/nn.yaml:80:7
%6453 = add %6447, %6452 : f32[16] @ models/lib/nn.yaml:80:7
%6454 = assign %105, %6453 : f32[16] @ models/lib/nn.yaml:80:7
%6455 = all_reduce_sum %4456 : f32[16] @ models/lib/nn.yaml:89:7
%6456 = reshape %6455 : f32[16] @ models/lib/nn.yaml:89:7
%6457 = mul %6456, %6456 : f32[16] @ models/lib/nn.yaml:89:7
%6458 = reduce_sum %6457 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6459 = sqrt %6458 : f32[] @ models/lib/nn.yaml:89:7
%6460 = cast %6459 : f64[] @ models/lib/nn.yaml:89:7
%6461 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%6462 = add %6460, %6461 : f64[] @ models/lib/nn.yaml:89:7
%6463 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%6464 = div %6463, %6462 : f64[] @ models/lib/nn.yaml:89:7
%6465 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6466 = lt %6464, %6465 : bool[] @ models/lib/nn.yaml:89:7
%6467 = cast %6464 : f32[] @ models/lib/nn.yaml:89:7
%6468 = broadcast %6467 : f32[16] @ models/lib/nn.yaml:89:7
%6469 = mul %6455, %6468 : f32[16] @ models/lib/nn.yaml:89:7
%6470 = broadcast %6466 : bool[16] @ models/lib/nn.yaml:89:7
%6471 = select %6470, %6469, %6455 : f32[16] @ models/lib/nn.yaml:89:7
%6472 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6473 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6474 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6475 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%6476 = add %6474, %6475 : i64[] @ models/lib/nn.yaml:89:7
%6477 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%6478 = cast %6477 : f32[] @ models/lib/nn.yaml:89:7
%6479 = broadcast %6478 : f32[16] @ models/lib/nn.yaml:89:7
%6480 = mul %6471, %6479 : f32[16] @ models/lib/nn.yaml:89:7
%6481 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%6482 = cast %6481 : f32[] @ models/lib/nn.yaml:89:7
%6483 = broadcast %6482 : f32[16] @ models/lib/nn.yaml:89:7
%6484 = mul %6472, %6483 : f32[16] @ models/lib/nn.yaml:89:7
%6485 = add %6484, %6480 : f32[16] @ models/lib/nn.yaml:89:7
%6486 = mul %6471, %6471 : f32[16] @ models/lib/nn.yaml:89:7
%6487 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%6488 = cast %6487 : f32[] @ models/lib/nn.yaml:89:7
%6489 = broadcast %6488 : f32[16] @ models/lib/nn.yaml:89:7
%6490 = mul %6486, %6489 : f32[16] @ models/lib/nn.yaml:89:7
%6491 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%6492 = cast %6491 : f32[] @ models/lib/nn.yaml:89:7
%6493 = broadcast %6492 : f32[16] @ models/lib/nn.yaml:89:7
%6494 = mul %6473, %6493 : f32[16] @ models/lib/nn.yaml:89:7
%6495 = add %6494, %6490 : f32[16] @ models/lib/nn.yaml:89:7
%6496 = cast %6476 : f64[] @ models/lib/nn.yaml:89:7
%6497 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%6498 = pow %6497, %6496 : f64[] @ models/lib/nn.yaml:89:7
%6499 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6500 = sub %6499, %6498 : f64[] @ models/lib/nn.yaml:89:7
%6501 = div %3056, %6500 : f64[] @ models/lib/nn.yaml:89:7
%6502 = cast %6476 : f64[] @ models/lib/nn.yaml:89:7
%6503 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%6504 = pow %6503, %6502 : f64[] @ models/lib/nn.yaml:89:7
%6505 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6506 = sub %6505, %6504 : f64[] @ models/lib/nn.yaml:89:7
%6507 = sqrt %6506 : f64[] @ models/lib/nn.yaml:89:7
%6508 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6509 = div %6508, %6507 : f64[] @ models/lib/nn.yaml:89:7
%6510 = sqrt %6495 : f32[16] @ models/lib/nn.yaml:89:7
%6511 = cast %6509 : f32[] @ models/lib/nn.yaml:89:7
%6512 = broadcast %6511 : f32[16] @ models/lib/nn.yaml:89:7
%6513 = mul %6510, %6512 : f32[16] @ models/lib/nn.yaml:89:7
%6514 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%6515 = cast %6514 : f32[] @ models/lib/nn.yaml:89:7
%6516 = broadcast %6515 : f32[16] @ models/lib/nn.yaml:89:7
%6517 = add %6513, %6516 : f32[16] @ models/lib/nn.yaml:89:7
%6518 = div %6485, %6517 : f32[16] @ models/lib/nn.yaml:89:7
%6519 = cast %6501 : f32[] @ models/lib/nn.yaml:89:7
%6520 = broadcast %6519 : f32[16] @ models/lib/nn.yaml:89:7
%6521 = mul %6518, %6520 : f32[16] @ models/lib/nn.yaml:89:7
%6522 = sub %28, %6521 : f32[16] @ models/lib/nn.yaml:89:7
%6523 = assign %28, %6522 : f32[16] @ models/lib/nn.yaml:89:7
%6524 = assign %6472, %6485 : f32[16] @ models/lib/nn.yaml:89:7
%6525 = assign %6473, %6495 : f32[16] @ models/lib/nn.yaml:89:7
%6526 = assign %6474, %6476 : i64[] @ models/lib/nn.yaml:89:7
%6527 = cast %3058 : f32[] @ models/lib/nn.yaml:89:7
%6528 = broadcast %6527 : f32[16] @ models/lib/nn.yaml:89:7
%6529 = mul %106, %6528 : f32[16] @ models/lib/nn.yaml:89:7
%6530 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6531 = sub %6530, %3058 : f64[] @ models/lib/nn.yaml:89:7
%6532 = cast %6531 : f32[] @ models/lib/nn.yaml:89:7
%6533 = broadcast %6532 : f32[16] @ models/lib/nn.yaml:89:7
%6534 = mul %6522, %6533 : f32[16] @ models/lib/nn.yaml:89:7
%6535 = add %6529, %6534 : f32[16] @ models/lib/nn.yaml:89:7
%6536 = assign %106, %6535 : f32[16] @ models/lib/nn.yaml:89:7
%6537 = all_reduce_sum %4451 : f32[16] @ models/lib/nn.yaml:90:7
%6538 = reshape %6537 : f32[16] @ models/lib/nn.yaml:90:7
%6539 = mul %6538, %6538 : f32[16] @ models/lib/nn.yaml:90:7
%6540 = reduce_sum %6539 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6541 = sqrt %6540 : f32[] @ models/lib/nn.yaml:90:7
%6542 = cast %6541 : f64[] @ models/lib/nn.yaml:90:7
%6543 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%6544 = add %6542, %6543 : f64[] @ models/lib/nn.yaml:90:7
%6545 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%6546 = div %6545, %6544 : f64[] @ models/lib/nn.yaml:90:7
%6547 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6548 = lt %6546, %6547 : bool[] @ models/lib/nn.yaml:90:7
%6549 = cast %6546 : f32[] @ models/lib/nn.yaml:90:7
%6550 = broadcast %6549 : f32[16] @ models/lib/nn.yaml:90:7
%6551 = mul %6537, %6550 : f32[16] @ models/lib/nn.yaml:90:7
%6552 = broadcast %6548 : bool[16] @ models/lib/nn.yaml:90:7
%6553 = select %6552, %6551, %6537 : f32[16] @ models/lib/nn.yaml:90:7
%6554 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6555 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6556 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6557 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%6558 = add %6556, %6557 : i64[] @ models/lib/nn.yaml:90:7
%6559 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%6560 = cast %6559 : f32[] @ models/lib/nn.yaml:90:7
%6561 = broadcast %6560 : f32[16] @ models/lib/nn.yaml:90:7
%6562 = mul %6553, %6561 : f32[16] @ models/lib/nn.yaml:90:7
%6563 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%6564 = cast %6563 : f32[] @ models/lib/nn.yaml:90:7
%6565 = broadcast %6564 : f32[16] @ models/lib/nn.yaml:90:7
%6566 = mul %6554, %6565 : f32[16] @ models/lib/nn.yaml:90:7
%6567 = add %6566, %6562 : f32[16] @ models/lib/nn.yaml:90:7
%6568 = mul %6553, %6553 : f32[16] @ models/lib/nn.yaml:90:7
%6569 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%6570 = cast %6569 : f32[] @ models/lib/nn.yaml:90:7
%6571 = broadcast %6570 : f32[16] @ models/lib/nn.yaml:90:7
%6572 = mul %6568, %6571 : f32[16] @ models/lib/nn.yaml:90:7
%6573 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%6574 = cast %6573 : f32[] @ models/lib/nn.yaml:90:7
%6575 = broadcast %6574 : f32[16] @ models/lib/nn.yaml:90:7
%6576 = mul %6555, %6575 : f32[16] @ models/lib/nn.yaml:90:7
%6577 = add %6576, %6572 : f32[16] @ models/lib/nn.yaml:90:7
%6578 = cast %6558 : f64[] @ models/lib/nn.yaml:90:7
%6579 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%6580 = pow %6579, %6578 : f64[] @ models/lib/nn.yaml:90:7
%6581 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6582 = sub %6581, %6580 : f64[] @ models/lib/nn.yaml:90:7
%6583 = div %3056, %6582 : f64[] @ models/lib/nn.yaml:90:7
%6584 = cast %6558 : f64[] @ models/lib/nn.yaml:90:7
%6585 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%6586 = pow %6585, %6584 : f64[] @ models/lib/nn.yaml:90:7
%6587 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6588 = sub %6587, %6586 : f64[] @ models/lib/nn.yaml:90:7
%6589 = sqrt %6588 : f64[] @ models/lib/nn.yaml:90:7
%6590 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6591 = div %6590, %6589 : f64[] @ models/lib/nn.yaml:90:7
%6592 = sqrt %6577 : f32[16] @ models/lib/nn.yaml:90:7
%6593 = cast %6591 : f32[] @ models/lib/nn.yaml:90:7
%6594 = broadcast %6593 : f32[16] @ models/lib/nn.yaml:90:7
%6595 = mul %6592, %6594 : f32[16] @ models/lib/nn.yaml:90:7
%6596 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%6597 = cast %6596 : f32[] @ models/lib/nn.yaml:90:7
%6598 = broadcast %6597 : f32[16] @ models/lib/nn.yaml:90:7
%6599 = add %6595, %6598 : f32[16] @ models/lib/nn.yaml:90:7
%6600 = div %6567, %6599 : f32[16] @ models/lib/nn.yaml:90:7
%6601 = cast %6583 : f32[] @ models/lib/nn.yaml:90:7
%6602 = broadcast %6601 : f32[16] @ models/lib/nn.yaml:90:7
%6603 = mul %6600, %6602 : f32[16] @ models/lib/nn.yaml:90:7
%6604 = sub %29, %6603 : f32[16] @ models/lib/nn.yaml:90:7
%6605 = assign %29, %6604 : f32[16] @ models/lib/nn.yaml:90:7
%6606 = assign %6554, %6567 : f32[16] @ models/lib/nn.yaml:90:7
%6607 = assign %6555, %6577 : f32[16] @ models/lib/nn.yaml:90:7
%6608 = assign %6556, %6558 : i64[] @ models/lib/nn.yaml:90:7
%6609 = cast %3058 : f32[] @ models/lib/nn.yaml:90:7
%6610 = broadcast %6609 : f32[16] @ models/lib/nn.yaml:90:7
%6611 = mul %107, %6610 : f32[16] @ models/lib/nn.yaml:90:7
%6612 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6613 = sub %6612, %3058 : f64[] @ models/lib/nn.yaml:90:7
%6614 = cast %6613 : f32[] @ models/lib/nn.yaml:90:7
%6615 = broadcast %6614 : f32[16] @ models/lib/nn.yaml:90:7
%6616 = mul %6604, %6615 : f32[16] @ models/lib/nn.yaml:90:7
%6617 = add %6611, %6616 : f32[16] @ models/lib/nn.yaml:90:7
%6618 = assign %107, %6617 : f32[16] @ models/lib/nn.yaml:90:7
%6619 = all_reduce_sum %4448 : f32[64,16] @ models/lib/nn.yaml:79:7
%6620 = reshape %6619 : f32[1024] @ models/lib/nn.yaml:79:7
%6621 = mul %6620, %6620 : f32[1024] @ models/lib/nn.yaml:79:7
%6622 = reduce_sum %6621 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6623 = sqrt %6622 : f32[] @ models/lib/nn.yaml:79:7
%6624 = cast %6623 : f64[] @ models/lib/nn.yaml:79:7
%6625 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%6626 = add %6624, %6625 : f64[] @ models/lib/nn.yaml:79:7
%6627 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%6628 = div %6627, %6626 : f64[] @ models/lib/nn.yaml:79:7
%6629 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6630 = lt %6628, %6629 : bool[] @ models/lib/nn.yaml:79:7
%6631 = cast %6628 : f32[] @ models/lib/nn.yaml:79:7
%6632 = broadcast %6631 : f32[64,16] @ models/lib/nn.yaml:79:7
%6633 = mul %6619, %6632 : f32[64,16] @ models/lib/nn.yaml:79:7
%6634 = broadcast %6630 : bool[64,16] @ models/lib/nn.yaml:79:7
%6635 = select %6634, %6633, %6619 : f32[64,16] @ models/lib/nn.yaml:79:7
%6636 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6637 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6638 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6639 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%6640 = add %6638, %6639 : i64[] @ models/lib/nn.yaml:79:7
%6641 = mul %3056, %3057 : f64[] @ models/lib/nn.yaml:79:7
%6642 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6643 = sub %6642, %6641 : f64[] @ models/lib/nn.yaml:79:7
%6644 = cast %6643 : f32[] @ models/lib/nn.yaml:79:7
%6645 = broadcast %6644 : f32[64,16] @ models/lib/nn.yaml:79:7
%6646 = mul %30, %6645 : f32[64,16] @ models/lib/nn.yaml:79:7
%6647 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%6648 = cast %6647 : f32[] @ models/lib/nn.yaml:79:7
%6649 = broadcast %6648 : f32[64,16] @ models/lib/nn.yaml:79:7
%6650 = mul %6635, %6649 : f32[64,16] @ models/lib/nn.yaml:79:7
%6651 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6652 = cast %6651 : f32[] @ models/lib/nn.yaml:79:7
%6653 = broadcast %6652 : f32[64,16] @ models/lib/nn.yaml:79:7
%6654 = mul %6636, %6653 : f32[64,16] @ models/lib/nn.yaml:79:7
%6655 = add %6654, %6650 : f32[64,16] @ models/lib/nn.yaml:79:7
%6656 = mul %6635, %6635 : f32[64,16] @ models/lib/nn.yaml:79:7
%6657 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%6658 = cast %6657 : f32[] @ models/lib/nn.yaml:79:7
%6659 = broadcast %6658 : f32[64,16] @ models/lib/nn.yaml:79:7
%6660 = mul %6656, %6659 : f32[64,16] @ models/lib/nn.yaml:79:7
%6661 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6662 = cast %6661 : f32[] @ models/lib/nn.yaml:79:7
%6663 = broadcast %6662 : f32[64,16] @ models/lib/nn.yaml:79:7
%6664 = mul %6637, %6663 : f32[64,16] @ models/lib/nn.yaml:79:7
%6665 = add %6664, %6660 : f32[64,16] @ models/lib/nn.yaml:79:7
%6666 = cast %6640 : f64[] @ models/lib/nn.yaml:79:7
%6667 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6668 = pow %6667, %6666 : f64[] @ models/lib/nn.yaml:79:7
%6669 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6670 = sub %6669, %6668 : f64[] @ models/lib/nn.yaml:79:7
%6671 = div %3056, %6670 : f64[] @ models/lib/nn.yaml:79:7
%6672 = cast %6640 : f64[] @ models/lib/nn.yaml:79:7
%6673 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6674 = pow %6673, %6672 : f64[] @ models/lib/nn.yaml:79:7
%6675 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6676 = sub %6675, %6674 : f64[] @ models/lib/nn.yaml:79:7
%6677 = sqrt %6676 : f64[] @ models/lib/nn.yaml:79:7
%6678 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6679 = div %6678, %6677 : f64[] @ models/lib/nn.yaml:79:7
%6680 = sqrt %6665 : f32[64,16] @ models/lib/nn.yaml:79:7
%6681 = cast %6679 : f32[] @ models/lib/nn.yaml:79:7
%6682 = broadcast %6681 : f32[64,16] @ models/lib/nn.yaml:79:7
%6683 = mul %6680, %6682 : f32[64,16] @ models/lib/nn.yaml:79:7
%6684 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%6685 = cast %6684 : f32[] @ models/lib/nn.yaml:79:7
%6686 = broadcast %6685 : f32[64,16] @ models/lib/nn.yaml:79:7
%6687 = add %6683, %6686 : f32[64,16] @ models/lib/nn.yaml:79:7
%6688 = div %6655, %6687 : f32[64,16] @ models/lib/nn.yaml:79:7
%6689 = cast %6671 : f32[] @ models/lib/nn.yaml:79:7
%6690 = broadcast %6689 : f32[64,16] @ models/lib/nn.yaml:79:7
%6691 = mul %6688, %6690 : f32[64,16] @ models/lib/nn.yaml:79:7
%6692 = sub %6646, %6691 : f32[64,16] @ models/lib/nn.yaml:79:7
%6693 = assign %30, %6692 : f32[64,16] @ models/lib/nn.yaml:79:7
%6694 = assign %6636, %6655 : f32[64,16] @ models/lib/nn.yaml:79:7
%6695 = assign %6637, %6665 : f32[64,16] @ models/lib/nn.yaml:79:7
%6696 = assign %6638, %6640 : i64[] @ models/lib/nn.yaml:79:7
%6697 = cast %3058 : f32[] @ models/lib/nn.yaml:79:7
%6698 = broadcast %6697 : f32[64,16] @ models/lib/nn.yaml:79:7
%6699 = mul %108, %6698 : f32[64,16] @ models/lib/nn.yaml:79:7
%6700 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6701 = sub %6700, %3058 : f64[] @ models/lib/nn.yaml:79:7
%6702 = cast %6701 : f32[] @ models/lib/nn.yaml:79:7
%6703 = broadcast %6702 : f32[64,16] @ models/lib/nn.yaml:79:7
%6704 = mul %6692, %6703 : f32[64,16] @ models/lib/nn.yaml:79:7
%6705 = add %6699, %6704 : f32[64,16] @ models/lib/nn.yaml:79:7
%6706 = assign %108, %6705 : f32[64,16] @ models/lib/nn.yaml:79:7
%6707 = all_reduce_sum %4443 : f32[64] @ models/lib/nn.yaml:80:7
%6708 = reshape %6707 : f32[64] @ models/lib/nn.yaml:80:7
%6709 = mul %6708, %6708 : f32[64] @ models/lib/nn.yaml:80:7
%6710 = reduce_sum %6709 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6711 = sqrt %6710 : f32[] @ models/lib/nn.yaml:80:7
%6712 = cast %6711 : f64[] @ models/lib/nn.yaml:80:7
%6713 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%6714 = add %6712, %6713 : f64[] @ models/lib/nn.yaml:80:7
%6715 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%6716 = div %6715, %6714 : f64[] @ models/lib/nn.yaml:80:7
%6717 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6718 = lt %6716, %6717 : bool[] @ models/lib/nn.yaml:80:7
%6719 = cast %6716 : f32[] @ models/lib/nn.yaml:80:7
%6720 = broadcast %6719 : f32[64] @ models/lib/nn.yaml:80:7
%6721 = mul %6707, %6720 : f32[64] @ models/lib/nn.yaml:80:7
%6722 = broadcast %6718 : bool[64] @ models/lib/nn.yaml:80:7
%6723 = select %6722, %6721, %6707 : f32[64] @ models/lib/nn.yaml:80:7
%6724 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6725 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6726 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6727 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%6728 = add %6726, %6727 : i64[] @ models/lib/nn.yaml:80:7
%6729 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%6730 = cast %6729 : f32[] @ models/lib/nn.yaml:80:7
%6731 = broadcast %6730 : f32[64] @ models/lib/nn.yaml:80:7
%6732 = mul %6723, %6731 : f32[64] @ models/lib/nn.yaml:80:7
%6733 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6734 = cast %6733 : f32[] @ models/lib/nn.yaml:80:7
%6735 = broadcast %6734 : f32[64] @ models/lib/nn.yaml:80:7
%6736 = mul %6724, %6735 : f32[64] @ models/lib/nn.yaml:80:7
%6737 = add %6736, %6732 : f32[64] @ models/lib/nn.yaml:80:7
%6738 = mul %6723, %6723 : f32[64] @ models/lib/nn.yaml:80:7
%6739 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%6740 = cast %6739 : f32[] @ models/lib/nn.yaml:80:7
%6741 = broadcast %6740 : f32[64] @ models/lib/nn.yaml:80:7
%6742 = mul %6738, %6741 : f32[64] @ models/lib/nn.yaml:80:7
%6743 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6744 = cast %6743 : f32[] @ models/lib/nn.yaml:80:7
%6745 = broadcast %6744 : f32[64] @ models/lib/nn.yaml:80:7
%6746 = mul %6725, %6745 : f32[64] @ models/lib/nn.yaml:80:7
%6747 = add %6746, %6742 : f32[64] @ models/lib/nn.yaml:80:7
%6748 = cast %6728 : f64[] @ models/lib/nn.yaml:80:7
%6749 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6750 = pow %6749, %6748 : f64[] @ models/lib/nn.yaml:80:7
%6751 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6752 = sub %6751, %6750 : f64[] @ models/lib/nn.yaml:80:7
%6753 = div %3056, %6752 : f64[] @ models/lib/nn.yaml:80:7
%6754 = cast %6728 : f64[] @ models/lib/nn.yaml:80:7
%6755 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6756 = pow %6755, %6754 : f64[] @ models/lib/nn.yaml:80:7
%6757 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6758 = sub %6757, %6756 : f64[] @ models/lib/nn.yaml:80:7
%6759 = sqrt %6758 : f64[] @ models/lib/nn.yaml:80:7
%6760 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6761 = div %6760, %6759 : f64[] @ models/lib/nn.yaml:80:7
%6762 = sqrt %6747 : f32[64] @ models/lib/nn.yaml:80:7
%6763 = cast %6761 : f32[] @ models/lib/nn.yaml:80:7
%6764 = broadcast %6763 : f32[64] @ models/lib/nn.yaml:80:7
%6765 = mul %6762, %6764 : f32[64] @ models/lib/nn.yaml:80:7
%6766 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%6767 = cast %6766 : f32[] @ models/lib/nn.yaml:80:7
%6768 = broadcast %6767 : f32[64] @ models/lib/nn.yaml:80:7
%6769 = add %6765, %6768 : f32[64] @ models/lib/nn.yaml:80:7
%6770 = div %6737, %6769 : f32[64] @ models/lib/nn.yaml:80:7
%6771 = cast %6753 : f32[] @ models/lib/nn.yaml:80:7
%6772 = broadcast %6771 : f32[64] @ models/lib/nn.yaml:80:7
%6773 = mul %6770, %6772 : f32[64] @ models/lib/nn.yaml:80:7
%6774 = sub %31, %6773 : f32[64] @ models/lib/nn.yaml:80:7
%6775 = assign %31, %6774 : f32[64] @ models/lib/nn.yaml:80:7
%6776 = assign %6724, %6737 : f32[64] @ models/lib/nn.yaml:80:7
%6777 = assign %6725, %6747 : f32[64] @ models/lib/nn.yaml:80:7
%6778 = assign %6726, %6728 : i64[] @ models/lib/nn.yaml:80:7
%6779 = cast %3058 : f32[] @ models/lib/nn.yaml:80:7
%6780 = broadcast %6779 : f32[64] @ models/lib/nn.yaml:80:7
%6781 = mul %109, %6780 : f32[64] @ models/lib/nn.yaml:80:7
%6782 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6783 = sub %6782, %3058 : f64[] @ models/lib/nn.yaml:80:7
%6784 = cast %6783 : f32[] @ models/lib/nn.yaml:80:7
%6785 = broadcast %6784 : f32[64] @ models/lib/nn.yaml:80:7
%6786 = mul %6774, %6785 : f32[64] @ models/lib/nn.yaml:80:7
%6787 = add %6781, %6786 : f32[64] @ models/lib/nn.yaml:80:7
%6788 = assign %109, %6787 : f32[64] @ models/lib/nn.yaml:80:7
%6789 = all_reduce_sum %4428 : f32[16,64] @ models/lib/nn.yaml:79:7
%6790 = reshape %6789 : f32[1024] @ models/lib/nn.yaml:79:7
%6791 = mul %6790, %6790 : f32[1024] @ models/lib/nn.yaml:79:7
%6792 = reduce_sum %6791 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6793 = sqrt %6792 : f32[] @ models/lib/nn.yaml:79:7
%6794 = cast %6793 : f64[] @ models/lib/nn.yaml:79:7
%6795 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%6796 = add %6794, %6795 : f64[] @ models/lib/nn.yaml:79:7
%6797 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%6798 = div %6797, %6796 : f64[] @ models/lib/nn.yaml:79:7
%6799 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6800 = lt %6798, %6799 : bool[] @ models/lib/nn.yaml:79:7
%6801 = cast %6798 : f32[] @ models/lib/nn.yaml:79:7
%6802 = broadcast %6801 : f32[16,64] @ models/lib/nn.yaml:79:7
%6803 = mul %6789, %6802 : f32[16,64] @ models/lib/nn.yaml:79:7
%6804 = broadcast %6800 : bool[16,64] @ models/lib/nn.yaml:79:7
%6805 = select %6804, %6803, %6789 : f32[16,64] @ models/lib/nn.yaml:79:7
%6806 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6807 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6808 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6809 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%6810 = add %6808, %6809 : i64[] @ models/lib/nn.yaml:79:7
%6811 = mul %3056, %3057 : f64[] @ models/lib/nn.yaml:79:7
%6812 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6813 = sub %6812, %6811 : f64[] @ models/lib/nn.yaml:79:7
%6814 = cast %6813 : f32[] @ models/lib/nn.yaml:79:7
%6815 = broadcast %6814 : f32[16,64] @ models/lib/nn.yaml:79:7
%6816 = mul %32, %6815 : f32[16,64] @ models/lib/nn.yaml:79:7
%6817 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%6818 = cast %6817 : f32[] @ models/lib/nn.yaml:79:7
%6819 = broadcast %6818 : f32[16,64] @ models/lib/nn.yaml:79:7
%6820 = mul %6805, %6819 : f32[16,64] @ models/lib/nn.yaml:79:7
%6821 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6822 = cast %6821 : f32[] @ models/lib/nn.yaml:79:7
%6823 = broadcast %6822 : f32[16,64] @ models/lib/nn.yaml:79:7
%6824 = mul %6806, %6823 : f32[16,64] @ models/lib/nn.yaml:79:7
%6825 = add %6824, %6820 : f32[16,64] @ models/lib/nn.yaml:79:7
%6826 = mul %6805, %6805 : f32[16,64] @ models/lib/nn.yaml:79:7
%6827 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%6828 = cast %6827 : f32[] @ models/lib/nn.yaml:79:7
%6829 = broadcast %6828 : f32[16,64] @ models/lib/nn.yaml:79:7
%6830 = mul %6826, %6829 : f32[16,64] @ models/lib/nn.yaml:79:7
%6831 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6832 = cast %6831 : f32[] @ models/lib/nn.yaml:79:7
%6833 = broadcast %6832 : f32[16,64] @ models/lib/nn.yaml:79:7
%6834 = mul %6807, %6833 : f32[16,64] @ models/lib/nn.yaml:79:7
%6835 = add %6834, %6830 : f32[16,64] @ models/lib/nn.yaml:79:7
%6836 = cast %6810 : f64[] @ models/lib/nn.yaml:79:7
%6837 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6838 = pow %6837, %6836 : f64[] @ models/lib/nn.yaml:79:7
%6839 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6840 = sub %6839, %6838 : f64[] @ models/lib/nn.yaml:79:7
%6841 = div %3056, %6840 : f64[] @ models/lib/nn.yaml:79:7
%6842 = cast %6810 : f64[] @ models/lib/nn.yaml:79:7
%6843 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6844 = pow %6843, %6842 : f64[] @ models/lib/nn.yaml:79:7
%6845 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6846 = sub %6845, %6844 : f64[] @ models/lib/nn.yaml:79:7
%6847 = sqrt %6846 : f64[] @ models/lib/nn.yaml:79:7
%6848 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6849 = div %6848, %6847 : f64[] @ models/lib/nn.yaml:79:7
%6850 = sqrt %6835 : f32[16,64] @ models/lib/nn.yaml:79:7
%6851 = cast %6849 : f32[] @ models/lib/nn.yaml:79:7
%6852 = broadcast %6851 : f32[16,64] @ models/lib/nn.yaml:79:7
%6853 = mul %6850, %6852 : f32[16,64] @ models/lib/nn.yaml:79:7
%6854 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%6855 = cast %6854 : f32[] @ models/lib/nn.yaml:79:7
%6856 = broadcast %6855 : f32[16,64] @ models/lib/nn.yaml:79:7
%6857 = add %6853, %6856 : f32[16,64] @ models/lib/nn.yaml:79:7
%6858 = div %6825, %6857 : f32[16,64] @ models/lib/nn.yaml:79:7
%6859 = cast %6841 : f32[] @ models/lib/nn.yaml:79:7
%6860 = broadcast %6859 : f32[16,64] @ models/lib/nn.yaml:79:7
%6861 = mul %6858, %6860 : f32[16,64] @ models/lib/nn.yaml:79:7
%6862 = sub %6816, %6861 : f32[16,64] @ models/lib/nn.yaml:79:7
%6863 = assign %32, %6862 : f32[16,64] @ models/lib/nn.yaml:79:7
%6864 = assign %6806, %6825 : f32[16,64] @ models/lib/nn.yaml:79:7
%6865 = assign %6807, %6835 : f32[16,64] @ models/lib/nn.yaml:79:7
%6866 = assign %6808, %6810 : i64[] @ models/lib/nn.yaml:79:7
%6867 = cast %3058 : f32[] @ models/lib/nn.yaml:79:7
%6868 = broadcast %6867 : f32[16,64] @ models/lib/nn.yaml:79:7
%6869 = mul %110, %6868 : f32[16,64] @ models/lib/nn.yaml:79:7
%6870 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6871 = sub %6870, %3058 : f64[] @ models/lib/nn.yaml:79:7
%6872 = cast %6871 : f32[] @ models/lib/nn.yaml:79:7
%6873 = broadcast %6872 : f32[16,64] @ models/lib/nn.yaml:79:7
%6874 = mul %6862, %6873 : f32[16,64] @ models/lib/nn.yaml:79:7
%6875 = add %6869, %6874 : f32[16,64] @ models/lib/nn.yaml:79:7
%6876 = assign %110, %6875 : f32[16,64] @ models/lib/nn.yaml:79:7
%6877 = all_reduce_sum %4423 : f32[16] @ models/lib/nn.yaml:80:7
%6878 = reshape %6877 : f32[16] @ models/lib/nn.yaml:80:7
%6879 = mul %6878, %6878 : f32[16] @ models/lib/nn.yaml:80:7
%6880 = reduce_sum %6879 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6881 = sqrt %6880 : f32[] @ models/lib/nn.yaml:80:7
%6882 = cast %6881 : f64[] @ models/lib/nn.yaml:80:7
%6883 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%6884 = add %6882, %6883 : f64[] @ models/lib/nn.yaml:80:7
%6885 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%6886 = div %6885, %6884 : f64[] @ models/lib/nn.yaml:80:7
%6887 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6888 = lt %6886, %6887 : bool[] @ models/lib/nn.yaml:80:7
%6889 = cast %6886 : f32[] @ models/lib/nn.yaml:80:7
%6890 = broadcast %6889 : f32[16] @ models/lib/nn.yaml:80:7
%6891 = mul %6877, %6890 : f32[16] @ models/lib/nn.yaml:80:7
%6892 = broadcast %6888 : bool[16] @ models/lib/nn.yaml:80:7
%6893 = select %6892, %6891, %6877 : f32[16] @ models/lib/nn.yaml:80:7
%6894 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6895 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6896 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6897 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%6898 = add %6896, %6897 : i64[] @ models/lib/nn.yaml:80:7
%6899 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%6900 = cast %6899 : f32[] @ models/lib/nn.yaml:80:7
%6901 = broadcast %6900 : f32[16] @ models/lib/nn.yaml:80:7
%6902 = mul %6893, %6901 : f32[16] @ models/lib/nn.yaml:80:7
%6903 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6904 = cast %6903 : f32[] @ models/lib/nn.yaml:80:7
%6905 = broadcast %6904 : f32[16] @ models/lib/nn.yaml:80:7
%6906 = mul %6894, %6905 : f32[16] @ models/lib/nn.yaml:80:7
%6907 = add %6906, %6902 : f32[16] @ models/lib/nn.yaml:80:7
%6908 = mul %6893, %6893 : f32[16] @ models/lib/nn.yaml:80:7
%6909 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%6910 = cast %6909 : f32[] @ models/lib/nn.yaml:80:7
%6911 = broadcast %6910 : f32[16] @ models/lib/nn.yaml:80:7
%6912 = mul %6908, %6911 : f32[16] @ models/lib/nn.yaml:80:7
%6913 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6914 = cast %6913 : f32[] @ models/lib/nn.yaml:80:7
%6915 = broadcast %6914 : f32[16] @ models/lib/nn.yaml:80:7
%6916 = mul %6895, %6915 : f32[16] @ models/lib/nn.yaml:80:7
%6917 = add %6916, %6912 : f32[16] @ models/lib/nn.yaml:80:7
%6918 = cast %6898 : f64[] @ models/lib/nn.yaml:80:7
%6919 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6920 = pow %6919, %6918 : f64[] @ models/lib/nn.yaml:80:7
%6921 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6922 = sub %6921, %6920 : f64[] @ models/lib/nn.yaml:80:7
%6923 = div %3056, %6922 : f64[] @ models/lib/nn.yaml:80:7
%6924 = cast %6898 : f64[] @ models/lib/nn.yaml:80:7
%6925 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6926 = pow %6925, %6924 : f64[] @ models/lib/nn.yaml:80:7
%6927 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6928 = sub %6927, %6926 : f64[] @ models/lib/nn.yaml:80:7
%6929 = sqrt %6928 : f64[] @ models/lib/nn.yaml:80:7
%6930 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6931 = div %6930, %6929 : f64[] @ models/lib/nn.yaml:80:7
%6932 = sqrt %6917 : f32[16] @ models/lib/nn.yaml:80:7
%6933 = cast %6931 : f32[] @ models/lib/nn.yaml:80:7
%6934 = broadcast %6933 : f32[16] @ models/lib/nn.yaml:80:7
%6935 = mul %6932, %6934 : f32[16] @ models/lib/nn.yaml:80:7
%6936 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%6937 = cast %6936 : f32[] @ models/lib/nn.yaml:80:7
%6938 = broadcast %6937 : f32[16] @ models/lib/nn.yaml:80:7
%6939 = add %6935, %6938 : f32[16] @ models/lib/nn.yaml:80:7
%6940 = div %6907, %6939 : f32[16] @ models/lib/nn.yaml:80:7
%6941 = cast %6923 : f32[] @ models/lib/nn.yaml:80:7
%6942 = broadcast %6941 : f32[16] @ models/lib/nn.yaml:80:7
%6943 = mul %6940, %6942 : f32[16] @ models/lib/nn.yaml:80:7
%6944 = sub %33, %6943 : f32[16] @ models/lib/nn.yaml:80:7
%6945 = assign %33, %6944 : f32[16] @ models/lib/nn.yaml:80:7
%6946 = assign %6894, %6907 : f32[16] @ models/lib/nn.yaml:80:7
%6947 = assign %6895, %6917 : f32[16] @ models/lib/nn.yaml:80:7
%6948 = assign %6896, %6898 : i64[] @ models/lib/nn.yaml:80:7
%6949 = cast %3058 : f32[] @ models/lib/nn.yaml:80:7
%6950 = broadcast %6949 : f32[16] @ models/lib/nn.yaml:80:7
%6951 = mul %111, %6950 : f32[16] @ models/lib/nn.yaml:80:7
%6952 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6953 = sub %6952, %3058 : f64[] @ models/lib/nn.yaml:80:7
%6954 = cast %6953 : f32[] @ models/lib/nn.yaml:80:7
%6955 = broadcast %6954 : f32[16] @ models/lib/nn.yaml:80:7
%6956 = mul %6944, %6955 : f32[16] @ models/lib/nn.yaml:80:7
%6957 = add %6951, %6956 : f32[16] @ models/lib/nn.yaml:80:7
%6958 = assign %111, %6957 : f32[16] @ models/lib/nn.yaml:80:7
%6959 = all_reduce_sum %4418 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6960 = reshape %6959 : f32[16] @ models/lib/vit.yaml:103:7
%6961 = mul %6960, %6960 : f32[16] @ models/lib/vit.yaml:103:7
%6962 = reduce_sum %6961 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:103:7
%6963 = sqrt %6962 : f32[] @ models/lib/vit.yaml:103:7
%6964 = cast %6963 : f64[] @ models/lib/vit.yaml:103:7
%6965 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:103:7
%6966 = add %6964, %6965 : f64[] @ models/lib/vit.yaml:103:7
%6967 = const data=[3] : f64[] @ models/lib/vit.yaml:103:7
%6968 = div %6967, %6966 : f64[] @ models/lib/vit.yaml:103:7
%6969 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%6970 = lt %6968, %6969 : bool[] @ models/lib/vit.yaml:103:7
%6971 = cast %6968 : f32[] @ models/lib/vit.yaml:103:7
%6972 = broadcast %6971 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6973 = mul %6959, %6972 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6974 = broadcast %6970 : bool[1,1,16] @ models/lib/vit.yaml:103:7
%6975 = select %6974, %6973, %6959 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6976 = state name="adam_m.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6977 = state name="adam_v.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6978 = state name="adam_t.ca_head.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:103:7
%6979 = const data=[1] : i64[] @ models/lib/vit.yaml:103:7
%6980 = add %6978, %6979 : i64[] @ models/lib/vit.yaml:103:7
%6981 = mul %3056, %3057 : f64[] @ models/lib/vit.yaml:103:7
%6982 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%6983 = sub %6982, %6981 : f64[] @ models/lib/vit.yaml:103:7
%6984 = cast %6983 : f32[] @ models/lib/vit.yaml:103:7
%6985 = broadcast %6984 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6986 = mul %34, %6985 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6987 = const data=[0.09999999999999998] : f64[] @ models/lib/vit.yaml:103:7
%6988 = cast %6987 : f32[] @ models/lib/vit.yaml:103:7
%6989 = broadcast %6988 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6990 = mul %6975, %6989 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6991 = const data=[0.9] : f64[] @ models/lib/vit.yaml:103:7
%6992 = cast %6991 : f32[] @ models/lib/vit.yaml:103:7
%6993 = broadcast %6992 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6994 = mul %6976, %6993 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6995 = add %6994, %6990 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6996 = mul %6975, %6975 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6997 = const data=[0.0010000000000000009] : f64[] @ models/lib/vit.yaml:103:7
%6998 = cast %6997 : f32[] @ models/lib/vit.yaml:103:7
%6999 = broadcast %6998 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7000 = mul %6996, %6999 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7001 = const data=[0.999] : f64[] @ models/lib/vit.yaml:103:7
%7002 = cast %7001 : f32[] @ models/lib/vit.yaml:103:7
%7003 = broadcast %7002 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7004 = mul %6977, %7003 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7005 = add %7004, %7000 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7006 = cast %6980 : f64[] @ models/lib/vit.yaml:103:7
%7007 = const data=[0.9] : f64[] @ models/lib/vit.yaml:103:7
%7008 = pow %7007, %7006 : f64[] @ models/lib/vit.yaml:103:7
%7009 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%7010 = sub %7009, %7008 : f64[] @ models/lib/vit.yaml:103:7
%7011 = div %3056, %7010 : f64[] @ models/lib/vit.yaml:103:7
%7012 = cast %6980 : f64[] @ models/lib/vit.yaml:103:7
%7013 = const data=[0.999] : f64[] @ models/lib/vit.yaml:103:7
%7014 = pow %7013, %7012 : f64[] @ models/lib/vit.yaml:103:7
%7015 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%7016 = sub %7015, %7014 : f64[] @ models/lib/vit.yaml:103:7
%7017 = sqrt %7016 : f64[] @ models/lib/vit.yaml:103:7
%7018 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%7019 = div %7018, %7017 : f64[] @ models/lib/vit.yaml:103:7
%7020 = sqrt %7005 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7021 = cast %7019 : f32[] @ models/lib/vit.yaml:103:7
%7022 = broadcast %7021 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7023 = mul %7020, %7022 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7024 = const data=[1e-08] : f64[] @ models/lib/vit.yaml:103:7
%7025 = cast %7024 : f32[] @ models/lib/vit.yaml:103:7
%7026 = broadcast %7025 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7027 = add %7023, %7026 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7028 = div %6995, %7027 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7029 = cast %7011 : f32[] @ models/lib/vit.yaml:103:7
%7030 = broadcast %7029 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7031 = mul %7028, %7030 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7032 = sub %6986, %7031 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7033 = assign %34, %7032 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7034 = assign %6976, %6995 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7035 = assign %6977, %7005 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7036 = assign %6978, %6980 : i64[] @ models/lib/vit.yaml:103:7
%7037 = cast %3058 : f32[] @ models/lib/vit.yaml:103:7
%7038 = broadcast %7037 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7039 = mul %112, %7038 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7040 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%7041 = sub %7040, %3058 : f64[] @ models/lib/vit.yaml:103:7
%7042 = cast %7041 : f32[] @ models/lib/vit.yaml:103:7
%7043 = broadcast %7042 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7044 = mul %7032, %7043 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7045 = add %7039, %7044 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7046 = assign %112, %7045 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7047 = all_reduce_sum %4392 : f32[16] @ models/lib/nn.yaml:89:7
%7048 = reshape %7047 : f32[16] @ models/lib/nn.yaml:89:7
%7049 = mul %7048, %7048 : f32[16] @ models/lib/nn.yaml:89:7
%7050 = reduce_sum %7049 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7051 = sqrt %7050 : f32[] @ models/lib/nn.yaml:89:7
%7052 = cast %7051 : f64[] @ models/lib/nn.yaml:89:7
%7053 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%7054 = add %7052, %7053 : f64[] @ models/lib/nn.yaml:89:7
%7055 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%7056 = div %7055, %7054 : f64[] @ models/lib/nn.yaml:89:7
%7057 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7058 = lt %7056, %7057 : bool[] @ models/lib/nn.yaml:89:7
%7059 = cast %7056 : f32[] @ models/lib/nn.yaml:89:7
%7060 = broadcast %7059 : f32[16] @ models/lib/nn.yaml:89:7
%7061 = mul %7047, %7060 : f32[16] @ models/lib/nn.yaml:89:7
%7062 = broadcast %7058 : bool[16] @ models/lib/nn.yaml:89:7
%7063 = select %7062, %7061, %7047 : f32[16] @ models/lib/nn.yaml:89:7
%7064 = state name="adam_m.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7065 = state name="adam_v.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7066 = state name="adam_t.ca_head.cls_blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7067 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%7068 = add %7066, %7067 : i64[] @ models/lib/nn.yaml:89:7
%7069 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%7070 = cast %7069 : f32[] @ models/lib/nn.yaml:89:7
%7071 = broadcast %7070 : f32[16] @ models/lib/nn.yaml:89:7
%7072 = mul %7063, %7071 : f32[16] @ models/lib/nn.yaml:89:7
%7073 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%7074 = cast %7073 : f32[] @ models/lib/nn.yaml:89:7
%7075 = broadcast %7074 : f32[16] @ models/lib/nn.yaml:89:7
%7076 = mul %7064, %7075 : f32[16] @ models/lib/nn.yaml:89:7
%7077 = add %7076, %7072 : f32[16] @ models/lib/nn.yaml:89:7
%7078 = mul %7063, %7063 : f32[16] @ models/lib/nn.yaml:89:7
%7079 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%7080 = cast %7079 : f32[] @ models/lib/nn.yaml:89:7
%7081 = broadcast %7080 : f32[16] @ models/lib/nn.yaml:89:7
%7082 = mul %7078, %7081 : f32[16] @ models/lib/nn.yaml:89:7
%7083 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%7084 = cast %7083 : f32[] @ models/lib/nn.yaml:89:7
%7085 = broadcast %7084 : f32[16] @ models/lib/nn.yaml:89:7
%7086 = mul %7065, %7085 : f32[16] @ models/lib/nn.yaml:89:7
%7087 = add %7086, %7082 : f32[16] @ models/lib/nn.yaml:89:7
%7088 = cast %7068 : f64[] @ models/lib/nn.yaml:89:7
%7089 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%7090 = pow %7089, %7088 : f64[] @ models/lib/nn.yaml:89:7
%7091 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7092 = sub %7091, %7090 : f64[] @ models/lib/nn.yaml:89:7
%7093 = div %3056, %7092 : f64[] @ models/lib/nn.yaml:89:7
%7094 = cast %7068 : f64[] @ models/lib/nn.yaml:89:7
%7095 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%7096 = pow %7095, %7094 : f64[] @ models/lib/nn.yaml:89:7
%7097 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7098 = sub %7097, %7096 : f64[] @ models/lib/nn.yaml:89:7
%7099 = sqrt %7098 : f64[] @ models/lib/nn.yaml:89:7
%7100 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7101 = div %7100, %7099 : f64[] @ models/lib/nn.yaml:89:7
%7102 = sqrt %7087 : f32[16] @ models/lib/nn.yaml:89:7
%7103 = cast %7101 : f32[] @ models/lib/nn.yaml:89:7
%7104 = broadcast %7103 : f32[16] @ models/lib/nn.yaml:89:7
%7105 = mul %7102, %7104 : f32[16] @ models/lib/nn.yaml:89:7
%7106 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%7107 = cast %7106 : f32[] @ models/lib/nn.yaml:89:7
%7108 = broadcast %7107 : f32[16] @ models/lib/nn.yaml:89:7
%7109 = add %7105, %7108 : f32[16] @ models/lib/nn.yaml:89:7
%7110 = div %7077, %7109 : f32[16] @ models/lib/nn.yaml:89:7
%7111 = cast %7093 : f32[] @ models/lib/nn.yaml:89:7
%7112 = broadcast %7111 : f32[16] @ models/lib/nn.yaml:89:7
%7113 = mul %7110, %7112 : f32[16] @ models/lib/nn.yaml:89:7
%7114 = sub %35, %7113 : f32[16] @ models/lib/nn.yaml:89:7
%7115 = assign %35, %7114 : f32[16] @ models/lib/nn.yaml:89:7
%7116 = assign %7064, %7077 : f32[16] @ models/lib/nn.yaml:89:7
%7117 = assign %7065, %7087 : f32[16] @ models/lib/nn.yaml:89:7
%7118 = assign %7066, %7068 : i64[] @ models/lib/nn.yaml:89:7
%7119 = cast %3058 : f32[] @ models/lib/nn.yaml:89:7
%7120 = broadcast %7119 : f32[16] @ models/lib/nn.yaml:89:7
%7121 = mul %113, %7120 : f32[16] @ models/lib/nn.yaml:89:7
%7122 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7123 = sub %7122, %3058 : f64[] @ models/lib/nn.yaml:89:7
%7124 = cast %7123 : f32[] @ models/lib/nn.yaml:89:7
%7125 = broadcast %7124 : f32[16] @ models/lib/nn.yaml:89:7
%7126 = mul %7114, %7125 : f32[16] @ models/lib/nn.yaml:89:7
%7127 = add %7121, %7126 : f32[16] @ models/lib/nn.yaml:89:7
%7128 = assign %113, %7127 : f32[16] @ models/lib/nn.yaml:89:7
%7129 = all_reduce_sum %4387 : f32[16] @ models/lib/nn.yaml:90:7
%7130 = reshape %7129 : f32[16] @ models/lib/nn.yaml:90:7
%7131 = mul %7130, %7130 : f32[16] @ models/lib/nn.yaml:90:7
%7132 = reduce_sum %7131 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7133 = sqrt %7132 : f32[] @ models/lib/nn.yaml:90:7
%7134 = cast %7133 : f64[] @ models/lib/nn.yaml:90:7
%7135 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%7136 = add %7134, %7135 : f64[] @ models/lib/nn.yaml:90:7
%7137 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%7138 = div %7137, %7136 : f64[] @ models/lib/nn.yaml:90:7
%7139 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7140 = lt %7138, %7139 : bool[] @ models/lib/nn.yaml:90:7
%7141 = cast %7138 : f32[] @ models/lib/nn.yaml:90:7
%7142 = broadcast %7141 : f32[16] @ models/lib/nn.yaml:90:7
%7143 = mul %7129, %7142 : f32[16] @ models/lib/nn.yaml:90:7
%7144 = broadcast %7140 : bool[16] @ models/lib/nn.yaml:90:7
%7145 = select %7144, %7143, %7129 : f32[16] @ models/lib/nn.yaml:90:7
%7146 = state name="adam_m.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7147 = state name="adam_v.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7148 = state name="adam_t.ca_head.cls_blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7149 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%7150 = add %7148, %7149 : i64[] @ models/lib/nn.yaml:90:7
%7151 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%7152 = cast %7151 : f32[] @ models/lib/nn.yaml:90:7
%7153 = broadcast %7152 : f32[16] @ models/lib/nn.yaml:90:7
%7154 = mul %7145, %7153 : f32[16] @ models/lib/nn.yaml:90:7
%7155 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%7156 = cast %7155 : f32[] @ models/lib/nn.yaml:90:7
%7157 = broadcast %7156 : f32[16] @ models/lib/nn.yaml:90:7
%7158 = mul %7146, %7157 : f32[16] @ models/lib/nn.yaml:90:7
%7159 = add %7158, %7154 : f32[16] @ models/lib/nn.yaml:90:7
%7160 = mul %7145, %7145 : f32[16] @ models/lib/nn.yaml:90:7
%7161 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%7162 = cast %7161 : f32[] @ models/lib/nn.yaml:90:7
%7163 = broadcast %7162 : f32[16] @ models/lib/nn.yaml:90:7
%7164 = mul %7160, %7163 : f32[16] @ models/lib/nn.yaml:90:7
%7165 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%7166 = cast %7165 : f32[] @ models/lib/nn.yaml:90:7
%7167 = broadcast %7166 : f32[16] @ models/lib/nn.yaml:90:7
%7168 = mul %7147, %7167 : f32[16] @ models/lib/nn.yaml:90:7
%7169 = add %7168, %7164 : f32[16] @ models/lib/nn.yaml:90:7
%7170 = cast %7150 : f64[] @ models/lib/nn.yaml:90:7
%7171 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%7172 = pow %7171, %7170 : f64[] @ models/lib/nn.yaml:90:7
%7173 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7174 = sub %7173, %7172 : f64[] @ models/lib/nn.yaml:90:7
%7175 = div %3056, %7174 : f64[] @ models/lib/nn.yaml:90:7
%7176 = cast %7150 : f64[] @ models/lib/nn.yaml:90:7
%7177 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%7178 = pow %7177, %7176 : f64[] @ models/lib/nn.yaml:90:7
%7179 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7180 = sub %7179, %7178 : f64[] @ models/lib/nn.yaml:90:7
%7181 = sqrt %7180 : f64[] @ models/lib/nn.yaml:90:7
%7182 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7183 = div %7182, %7181 : f64[] @ models/lib/nn.yaml:90:7
%7184 = sqrt %7169 : f32[16] @ models/lib/nn.yaml:90:7
%7185 = cast %7183 : f32[] @ models/lib/nn.yaml:90:7
%7186 = broadcast %7185 : f32[16] @ models/lib/nn.yaml:90:7
%7187 = mul %7184, %7186 : f32[16] @ models/lib/nn.yaml:90:7
%7188 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%7189 = cast %7188 : f32[] @ models/lib/nn.yaml:90:7
%7190 = broadcast %7189 : f32[16] @ models/lib/nn.yaml:90:7
%7191 = add %7187, %7190 : f32[16] @ models/lib/nn.yaml:90:7
%7192 = div %7159, %7191 : f32[16] @ models/lib/nn.yaml:90:7
%7193 = cast %7175 : f32[] @ models/lib/nn.yaml:90:7
%7194 = broadcast %7193 : f32[16] @ models/lib/nn.yaml:90:7
%7195 = mul %7192, %7194 : f32[16] @ models/lib/nn.yaml:90:7
%7196 = sub %36, %7195 : f32[16] @ models/lib/nn.yaml:90:7
%7197 = assign %36, %7196 : f32[16] @ models/lib/nn.yaml:90:7
%7198 = assign %7146, %7159 : f32[16] @ models/lib/nn.yaml:90:7
%7199 = assign %7147, %7169 : f32[16] @ models/lib/nn.yaml:90:7
%7200 = assign %7148, %7150 : i64[] @ models/lib/nn.yaml:90:7
%7201 = cast %3058 : f32[] @ models/lib/nn.yaml:90:7
%7202 = broadcast %7201 : f32[16] @ models/lib/nn.yaml:90:7
%7203 = mul %114, %7202 : f32[16] @ models/lib/nn.yaml:90:7
%7204 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7205 = sub %7204, %3058 : f64[] @ models/lib/nn.yaml:90:7
%7206 = cast %7205 : f32[] @ models/lib/nn.yaml:90:7
%7207 = broadcast %7206 : f32[16] @ models/lib/nn.yaml:90:7
%7208 = mul %7196, %7207 : f32[16] @ models/lib/nn.yaml:90:7
%7209 = add %7203, %7208 : f32[16] @ models/lib/nn.yaml:90:7
%7210 = assign %114, %7209 : f32[16] @ models/lib/nn.yaml:90:7
%7211 = all_reduce_sum %4382 : f32[16,16] @ models/lib/nn.yaml:79:7
%7212 = reshape %7211 : f32[256] @ models/lib/nn.yaml:79:7
%7213 = mul %7212, %7212 : f32[256] @ models/lib/nn.yaml:79:7
%7214 = reduce_sum %7213 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7215 = sqrt %7214 : f32[] @ models/lib/nn.yaml:79:7
%7216 = cast %7215 : f64[] @ models/lib/nn.yaml:79:7
%7217 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%7218 = add %7216, %7217 : f64[] @ models/lib/nn.yaml:79:7
%7219 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%7220 = div %7219, %7218 : f64[] @ models/lib/nn.yaml:79:7
%7221 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7222 = lt %7220, %7221 : bool[] @ models/lib/nn.yaml:79:7
%7223 = cast %7220 : f32[] @ models/lib/nn.yaml:79:7
%7224 = broadcast %7223 : f32[16,16] @ models/lib/nn.yaml:79:7
%7225 = mul %7211, %7224 : f32[16,16] @ models/lib/nn.yaml:79:7
%7226 = broadcast %7222 : bool[16,16] @ models/lib/nn.yaml:79:7
%7227 = select %7226, %7225, %7211 : f32[16,16] @ models/lib/nn.yaml:79:7
%7228 = state name="adam_m.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7229 = state name="adam_v.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7230 = state name="adam_t.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7231 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%7232 = add %7230, %7231 : i64[] @ models/lib/nn.yaml:79:7
%7233 = mul %3056, %3057 : f64[] @ models/lib/nn.yaml:79:7
%7234 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7235 = sub %7234, %7233 : f64[] @ models/lib/nn.yaml:79:7
%7236 = cast %7235 : f32[] @ models/lib/nn.yaml:79:7
%7237 = broadcast %7236 : f32[16,16] @ models/lib/nn.yaml:79:7
%7238 = mul %37, %7237 : f32[16,16] @ models/lib/nn.yaml:79:7
%7239 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%7240 = cast %7239 : f32[] @ models/lib/nn.yaml:79:7
%7241 = broadcast %7240 : f32[16,16] @ models/lib/nn.yaml:79:7
%7242 = mul %7227, %7241 : f32[16,16] @ models/lib/nn.yaml:79:7
%7243 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7244 = cast %7243 : f32[] @ models/lib/nn.yaml:79:7
%7245 = broadcast %7244 : f32[16,16] @ models/lib/nn.yaml:79:7
%7246 = mul %7228, %7245 : f32[16,16] @ models/lib/nn.yaml:79:7
%7247 = add %7246, %7242 : f32[16,16] @ models/lib/nn.yaml:79:7
%7248 = mul %7227, %7227 : f32[16,16] @ models/lib/nn.yaml:79:7
%7249 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%7250 = cast %7249 : f32[] @ models/lib/nn.yaml:79:7
%7251 = broadcast %7250 : f32[16,16] @ models/lib/nn.yaml:79:7
%7252 = mul %7248, %7251 : f32[16,16] @ models/lib/nn.yaml:79:7
%7253 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7254 = cast %7253 : f32[] @ models/lib/nn.yaml:79:7
%7255 = broadcast %7254 : f32[16,16] @ models/lib/nn.yaml:79:7
%7256 = mul %7229, %7255 : f32[16,16] @ models/lib/nn.yaml:79:7
%7257 = add %7256, %7252 : f32[16,16] @ models/lib/nn.yaml:79:7
%7258 = cast %7232 : f64[] @ models/lib/nn.yaml:79:7
%7259 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7260 = pow %7259, %7258 : f64[] @ models/lib/nn.yaml:79:7
%7261 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7262 = sub %7261, %7260 : f64[] @ models/lib/nn.yaml:79:7
%7263 = div %3056, %7262 : f64[] @ models/lib/nn.yaml:79:7
%7264 = cast %7232 : f64[] @ models/lib/nn.yaml:79:7
%7265 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7266 = pow %7265, %7264 : f64[] @ models/lib/nn.yaml:79:7
%7267 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7268 = sub %7267, %7266 : f64[] @ models/lib/nn.yaml:79:7
%7269 = sqrt %7268 : f64[] @ models/lib/nn.yaml:79:7
%7270 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7271 = div %7270, %7269 : f64[] @ models/lib/nn.yaml:79:7
%7272 = sqrt %7257 : f32[16,16] @ models/lib/nn.yaml:79:7
%7273 = cast %7271 : f32[] @ models/lib/nn.yaml:79:7
%7274 = broadcast %7273 : f32[16,16] @ models/lib/nn.yaml:79:7
%7275 = mul %7272, %7274 : f32[16,16] @ models/lib/nn.yaml:79:7
%7276 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%7277 = cast %7276 : f32[] @ models/lib/nn.yaml:79:7
%7278 = broadcast %7277 : f32[16,16] @ models/lib/nn.yaml:79:7
%7279 = add %7275, %7278 : f32[16,16] @ models/lib/nn.yaml:79:7
%7280 = div %7247, %7279 : f32[16,16] @ models/lib/nn.yaml:79:7
%7281 = cast %7263 : f32[] @ models/lib/nn.yaml:79:7
%7282 = broadcast %7281 : f32[16,16] @ models/lib/nn.yaml:79:7
%7283 = mul %7280, %7282 : f32[16,16] @ models/lib/nn.yaml:79:7
%7284 = sub %7238, %7283 : f32[16,16] @ models/lib/nn.yaml:79:7
%7285 = assign %37, %7284 : f32[16,16] @ models/lib/nn.yaml:79:7
%7286 = assign %7228, %7247 : f32[16,16] @ models/lib/nn.yaml:79:7
%7287 = assign %7229, %7257 : f32[16,16] @ models/lib/nn.yaml:79:7
%7288 = assign %7230, %7232 : i64[] @ models/lib/nn.yaml:79:7
%7289 = cast %3058 : f32[] @ models/lib/nn.yaml:79:7
%7290 = broadcast %7289 : f32[16,16] @ models/lib/nn.yaml:79:7
%7291 = mul %115, %7290 : f32[16,16] @ models/lib/nn.yaml:79:7
%7292 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7293 = sub %7292, %3058 : f64[] @ models/lib/nn.yaml:79:7
%7294 = cast %7293 : f32[] @ models/lib/nn.yaml:79:7
%7295 = broadcast %7294 : f32[16,16] @ models/lib/nn.yaml:79:7
%7296 = mul %7284, %7295 : f32[16,16] @ models/lib/nn.yaml:79:7
%7297 = add %7291, %7296 : f32[16,16] @ models/lib/nn.yaml:79:7
%7298 = assign %115, %7297 : f32[16,16] @ models/lib/nn.yaml:79:7
%7299 = all_reduce_sum %4377 : f32[16] @ models/lib/nn.yaml:80:7
%7300 = reshape %7299 : f32[16] @ models/lib/nn.yaml:80:7
%7301 = mul %7300, %7300 : f32[16] @ models/lib/nn.yaml:80:7
%7302 = reduce_sum %7301 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7303 = sqrt %7302 : f32[] @ models/lib/nn.yaml:80:7
%7304 = cast %7303 : f64[] @ models/lib/nn.yaml:80:7
%7305 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%7306 = add %7304, %7305 : f64[] @ models/lib/nn.yaml:80:7
%7307 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%7308 = div %7307, %7306 : f64[] @ models/lib/nn.yaml:80:7
%7309 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7310 = lt %7308, %7309 : bool[] @ models/lib/nn.yaml:80:7
%7311 = cast %7308 : f32[] @ models/lib/nn.yaml:80:7
%7312 = broadcast %7311 : f32[16] @ models/lib/nn.yaml:80:7
%7313 = mul %7299, %7312 : f32[16] @ models/lib/nn.yaml:80:7
%7314 = broadcast %7310 : bool[16] @ models/lib/nn.yaml:80:7
%7315 = select %7314, %7313, %7299 : f32[16] @ models/lib/nn.yaml:80:7
%7316 = state name="adam_m.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7317 = state name="adam_v.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7318 = state name="adam_t.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7319 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%7320 = add %7318, %7319 : i64[] @ models/lib/nn.yaml:80:7
%7321 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%7322 = cast %7321 : f32[] @ models/lib/nn.yaml:80:7
%7323 = broadcast %7322 : f32[16] @ models/lib/nn.yaml:80:7
%7324 = mul %7315, %7323 : f32[16] @ models/lib/nn.yaml:80:7
%7325 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7326 = cast %7325 : f32[] @ models/lib/nn.yaml:80:7
%7327 = broadcast %7326 : f32[16] @ models/lib/nn.yaml:80:7
%7328 = mul %7316, %7327 : f32[16] @ models/lib/nn.yaml:80:7
%7329 = add %7328, %7324 : f32[16] @ models/lib/nn.yaml:80:7
%7330 = mul %7315, %7315 : f32[16] @ models/lib/nn.yaml:80:7
%7331 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%7332 = cast %7331 : f32[] @ models/lib/nn.yaml:80:7
%7333 = broadcast %7332 : f32[16] @ models/lib/nn.yaml:80:7
%7334 = mul %7330, %7333 : f32[16] @ models/lib/nn.yaml:80:7
%7335 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7336 = cast %7335 : f32[] @ models/lib/nn.yaml:80:7
%7337 = broadcast %7336 : f32[16] @ models/lib/nn.yaml:80:7
%7338 = mul %7317, %7337 : f32[16] @ models/lib/nn.yaml:80:7
%7339 = add %7338, %7334 : f32[16] @ models/lib/nn.yaml:80:7
%7340 = cast %7320 : f64[] @ models/lib/nn.yaml:80:7
%7341 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7342 = pow %7341, %7340 : f64[] @ models/lib/nn.yaml:80:7
%7343 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7344 = sub %7343, %7342 : f64[] @ models/lib/nn.yaml:80:7
%7345 = div %3056, %7344 : f64[] @ models/lib/nn.yaml:80:7
%7346 = cast %7320 : f64[] @ models/lib/nn.yaml:80:7
%7347 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7348 = pow %7347, %7346 : f64[] @ models/lib/nn.yaml:80:7
%7349 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7350 = sub %7349, %7348 : f64[] @ models/lib/nn.yaml:80:7
%7351 = sqrt %7350 : f64[] @ models/lib/nn.yaml:80:7
%7352 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7353 = div %7352, %7351 : f64[] @ models/lib/nn.yaml:80:7
%7354 = sqrt %7339 : f32[16] @ models/lib/nn.yaml:80:7
%7355 = cast %7353 : f32[] @ models/lib/nn.yaml:80:7
%7356 = broadcast %7355 : f32[16] @ models/lib/nn.yaml:80:7
%7357 = mul %7354, %7356 : f32[16] @ models/lib/nn.yaml:80:7
%7358 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%7359 = cast %7358 : f32[] @ models/lib/nn.yaml:80:7
%7360 = broadcast %7359 : f32[16] @ models/lib/nn.yaml:80:7
%7361 = add %7357, %7360 : f32[16] @ models/lib/nn.yaml:80:7
%7362 = div %7329, %7361 : f32[16] @ models/lib/nn.yaml:80:7
%7363 = cast %7345 : f32[] @ models/lib/nn.yaml:80:7
%7364 = broadcast %7363 : f32[16] @ models/lib/nn.yaml:80:7
%7365 = mul %7362, %7364 : f32[16] @ models/lib/nn.yaml:80:7
%7366 = sub %38, %7365 : f32[16] @ models/lib/nn.yaml:80:7
%7367 = assign %38, %7366 : f32[16] @ models/lib/nn.yaml:80:7
%7368 = assign %7316, %7329 : f32[16] @ models/lib/nn.yaml:80:7
%7369 = assign %7317, %7339 : f32[16] @ models/lib/nn.yaml:80:7
%7370 = assign %7318, %7320 : i64[] @ models/lib/nn.yaml:80:7
%7371 = cast %3058 : f32[] @ models/lib/nn.yaml:80:7
%7372 = broadcast %7371 : f32[16] @ models/lib/nn.yaml:80:7
%7373 = mul %116, %7372 : f32[16] @ models/lib/nn.yaml:80:7
%7374 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7375 = sub %7374, %3058 : f64[] @ models/lib/nn.yaml:80:7
%7376 = cast %7375 : f32[] @ models/lib/nn.yaml:80:7
%7377 = broadcast %7376 : f32[16] @ models/lib/nn.yaml:80:7
%7378 = mul %7366, %7377 : f32[16] @ models/lib/nn.yaml:80:7
%7379 = add %7373, %7378 : f32[16] @ models/lib/nn.yaml:80:7
%7380 = assign %116, %7379 : f32[16] @ models/lib/nn.yaml:80:7
%7381 = all_reduce_sum %4372 : f32[16,16] @ models/lib/nn.yaml:79:7
%7382 = reshape %7381 : f32[256] @ models/lib/nn.yaml:79:7
%7383 = mul %7382, %7382 : f32[256] @ models/lib/nn.yaml:79:7
%7384 = reduce_sum %7383 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7385 = sqrt %7384 : f32[] @ models/lib/nn.yaml:79:7
%7386 = cast %7385 : f64[] @ models/lib/nn.yaml:79:7
%7387 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%7388 = add %7386, %7387 : f64[] @ models/lib/nn.yaml:79:7
%7389 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%7390 = div %7389, %7388 : f64[] @ models/lib/nn.yaml:79:7
%7391 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7392 = lt %7390, %7391 : bool[] @ models/lib/nn.yaml:79:7
%7393 = cast %7390 : f32[] @ models/lib/nn.yaml:79:7
%7394 = broadcast %7393 : f32[16,16] @ models/lib/nn.yaml:79:7
%7395 = mul %7381, %7394 : f32[16,16] @ models/lib/nn.yaml:79:7
%7396 = broadcast %7392 : bool[16,16] @ models/lib/nn.yaml:79:7
%7397 = select %7396, %7395, %7381 : f32[16,16] @ models/lib/nn.yaml:79:7
%7398 = state name="adam_m.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7399 = state name="adam_v.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7400 = state name="adam_t.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7401 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%7402 = add %7400, %7401 : i64[] @ models/lib/nn.yaml:79:7
%7403 = mul %3056, %3057 : f64[] @ models/lib/nn.yaml:79:7
%7404 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7405 = sub %7404, %7403 : f64[] @ models/lib/nn.yaml:79:7
%7406 = cast %7405 : f32[] @ models/lib/nn.yaml:79:7
%7407 = broadcast %7406 : f32[16,16] @ models/lib/nn.yaml:79:7
%7408 = mul %39, %7407 : f32[16,16] @ models/lib/nn.yaml:79:7
%7409 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%7410 = cast %7409 : f32[] @ models/lib/nn.yaml:79:7
%7411 = broadcast %7410 : f32[16,16] @ models/lib/nn.yaml:79:7
%7412 = mul %7397, %7411 : f32[16,16] @ models/lib/nn.yaml:79:7
%7413 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7414 = cast %7413 : f32[] @ models/lib/nn.yaml:79:7
%7415 = broadcast %7414 : f32[16,16] @ models/lib/nn.yaml:79:7
%7416 = mul %7398, %7415 : f32[16,16] @ models/lib/nn.yaml:79:7
%7417 = add %7416, %7412 : f32[16,16] @ models/lib/nn.yaml:79:7
%7418 = mul %7397, %7397 : f32[16,16] @ models/lib/nn.yaml:79:7
%7419 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%7420 = cast %7419 : f32[] @ models/lib/nn.yaml:79:7
%7421 = broadcast %7420 : f32[16,16] @ models/lib/nn.yaml:79:7
%7422 = mul %7418, %7421 : f32[16,16] @ models/lib/nn.yaml:79:7
%7423 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7424 = cast %7423 : f32[] @ models/lib/nn.yaml:79:7
%7425 = broadcast %7424 : f32[16,16] @ models/lib/nn.yaml:79:7
%7426 = mul %7399, %7425 : f32[16,16] @ models/lib/nn.yaml:79:7
%7427 = add %7426, %7422 : f32[16,16] @ models/lib/nn.yaml:79:7
%7428 = cast %7402 : f64[] @ models/lib/nn.yaml:79:7
%7429 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7430 = pow %7429, %7428 : f64[] @ models/lib/nn.yaml:79:7
%7431 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7432 = sub %7431, %7430 : f64[] @ models/lib/nn.yaml:79:7
%7433 = div %3056, %7432 : f64[] @ models/lib/nn.yaml:79:7
%7434 = cast %7402 : f64[] @ models/lib/nn.yaml:79:7
%7435 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7436 = pow %7435, %7434 : f64[] @ models/lib/nn.yaml:79:7
%7437 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7438 = sub %7437, %7436 : f64[] @ models/lib/nn.yaml:79:7
%7439 = sqrt %7438 : f64[] @ models/lib/nn.yaml:79:7
%7440 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7441 = div %7440, %7439 : f64[] @ models/lib/nn.yaml:79:7
%7442 = sqrt %7427 : f32[16,16] @ models/lib/nn.yaml:79:7
%7443 = cast %7441 : f32[] @ models/lib/nn.yaml:79:7
%7444 = broadcast %7443 : f32[16,16] @ models/lib/nn.yaml:79:7
%7445 = mul %7442, %7444 : f32[16,16] @ models/lib/nn.yaml:79:7
%7446 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%7447 = cast %7446 : f32[] @ models/lib/nn.yaml:79:7
%7448 = broadcast %7447 : f32[16,16] @ models/lib/nn.yaml:79:7
%7449 = add %7445, %7448 : f32[16,16] @ models/lib/nn.yaml:79:7
%7450 = div %7417, %7449 : f32[16,16] @ models/lib/nn.yaml:79:7
%7451 = cast %7433 : f32[] @ models/lib/nn.yaml:79:7
%7452 = broadcast %7451 : f32[16,16] @ models/lib/nn.yaml:79:7
%7453 = mul %7450, %7452 : f32[16,16] @ models/lib/nn.yaml:79:7
%7454 = sub %7408, %7453 : f32[16,16] @ models/lib/nn.yaml:79:7
%7455 = assign %39, %7454 : f32[16,16] @ models/lib/nn.yaml:79:7
%7456 = assign %7398, %7417 : f32[16,16] @ models/lib/nn.yaml:79:7
%7457 = assign %7399, %7427 : f32[16,16] @ models/lib/nn.yaml:79:7
%7458 = assign %7400, %7402 : i64[] @ models/lib/nn.yaml:79:7
%7459 = cast %3058 : f32[] @ models/lib/nn.yaml:79:7
%7460 = broadcast %7459 : f32[16,16] @ models/lib/nn.yaml:79:7
%7461 = mul %117, %7460 : f32[16,16] @ models/lib/nn.yaml:79:7
%7462 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7463 = sub %7462, %3058 : f64[] @ models/lib/nn.yaml:79:7
%7464 = cast %7463 : f32[] @ models/lib/nn.yaml:79:7
%7465 = broadcast %7464 : f32[16,16] @ models/lib/nn.yaml:79:7
%7466 = mul %7454, %7465 : f32[16,16] @ models/lib/nn.yaml:79:7
%7467 = add %7461, %7466 : f32[16,16] @ models/lib/nn.yaml:79:7
%7468 = assign %117, %7467 : f32[16,16] @ models/lib/nn.yaml:79:7
%7469 = all_reduce_sum %4366 : f32[16] @ models/lib/nn.yaml:80:7
%7470 = reshape %7469 : f32[16] @ models/lib/nn.yaml:80:7
%7471 = mul %7470, %7470 : f32[16] @ models/lib/nn.yaml:80:7
%7472 = reduce_sum %7471 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7473 = sqrt %7472 : f32[] @ models/lib/nn.yaml:80:7
%7474 = cast %7473 : f64[] @ models/lib/nn.yaml:80:7
%7475 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%7476 = add %7474, %7475 : f64[] @ models/lib/nn.yaml:80:7
%7477 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%7478 = div %7477, %7476 : f64[] @ models/lib/nn.yaml:80:7
%7479 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7480 = lt %7478, %7479 : bool[] @ models/lib/nn.yaml:80:7
%7481 = cast %7478 : f32[] @ models/lib/nn.yaml:80:7
%7482 = broadcast %7481 : f32[16] @ models/lib/nn.yaml:80:7
%7483 = mul %7469, %7482 : f32[16] @ models/lib/nn.yaml:80:7
%7484 = broadcast %7480 : bool[16] @ models/lib/nn.yaml:80:7
%7485 = select %7484, %7483, %7469 : f32[16] @ models/lib/nn.yaml:80:7
%7486 = state name="adam_m.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7487 = state name="adam_v.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7488 = state name="adam_t.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7489 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%7490 = add %7488, %7489 : i64[] @ models/lib/nn.yaml:80:7
%7491 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%7492 = cast %7491 : f32[] @ models/lib/nn.yaml:80:7
%7493 = broadcast %7492 : f32[16] @ models/lib/nn.yaml:80:7
%7494 = mul %7485, %7493 : f32[16] @ models/lib/nn.yaml:80:7
%7495 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7496 = cast %7495 : f32[] @ models/lib/nn.yaml:80:7
%7497 = broadcast %7496 : f32[16] @ models/lib/nn.yaml:80:7
%7498 = mul %7486, %7497 : f32[16] @ models/lib/nn.yaml:80:7
%7499 = add %7498, %7494 : f32[16] @ models/lib/nn.yaml:80:7
%7500 = mul %7485, %7485 : f32[16] @ models/lib/nn.yaml:80:7
%7501 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%7502 = cast %7501 : f32[] @ models/lib/nn.yaml:80:7
%7503 = broadcast %7502 : f32[16] @ models/lib/nn.yaml:80:7
%7504 = mul %7500, %7503 : f32[16] @ models/lib/nn.yaml:80:7
%7505 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7506 = cast %7505 : f32[] @ models/lib/nn.yaml:80:7
%7507 = broadcast %7506 : f32[16] @ models/lib/nn.yaml:80:7
%7508 = mul %7487, %7507 : f32[16] @ models/lib/nn.yaml:80:7
%7509 = add %7508, %7504 : f32[16] @ models/lib/nn.yaml:80:7
%7510 = cast %7490 : f64[] @ models/lib/nn.yaml:80:7
%7511 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7512 = pow %7511, %7510 : f64[] @ models/lib/nn.yaml:80:7
%7513 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7514 = sub %7513, %7512 : f64[] @ models/lib/nn.yaml:80:7
%7515 = div %3056, %7514 : f64[] @ models/lib/nn.yaml:80:7
%7516 = cast %7490 : f64[] @ models/lib/nn.yaml:80:7
%7517 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7518 = pow %7517, %7516 : f64[] @ models/lib/nn.yaml:80:7
%7519 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7520 = sub %7519, %7518 : f64[] @ models/lib/nn.yaml:80:7
%7521 = sqrt %7520 : f64[] @ models/lib/nn.yaml:80:7
%7522 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7523 = div %7522, %7521 : f64[] @ models/lib/nn.yaml:80:7
%7524 = sqrt %7509 : f32[16] @ models/lib/nn.yaml:80:7
%7525 = cast %7523 : f32[] @ models/lib/nn.yaml:80:7
%7526 = broadcast %7525 : f32[16] @ models/lib/nn.yaml:80:7
%7527 = mul %7524, %7526 : f32[16] @ models/lib/nn.yaml:80:7
%7528 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%7529 = cast %7528 : f32[] @ models/lib/nn.yaml:80:7
%7530 = broadcast %7529 : f32[16] @ models/lib/nn.yaml:80:7
%7531 = add %7527, %7530 : f32[16] @ models/lib/nn.yaml:80:7
%7532 = div %7499, %7531 : f32[16] @ models/lib/nn.yaml:80:7
%7533 = cast %7515 : f32[] @ models/lib/nn.yaml:80:7
%7534 = broadcast %7533 : f32[16] @ models/lib/nn.yaml:80:7
%7535 = mul %7532, %7534 : f32[16] @ models/lib/nn.yaml:80:7
%7536 = sub %40, %7535 : f32[16] @ models/lib/nn.yaml:80:7
%7537 = assign %40, %7536 : f32[16] @ models/lib/nn.yaml:80:7
%7538 = assign %7486, %7499 : f32[16] @ models/lib/nn.yaml:80:7
%7539 = assign %7487, %7509 : f32[16] @ models/lib/nn.yaml:80:7
%7540 = assign %7488, %7490 : i64[] @ models/lib/nn.yaml:80:7
%7541 = cast %3058 : f32[] @ models/lib/nn.yaml:80:7
%7542 = broadcast %7541 : f32[16] @ models/lib/nn.yaml:80:7
%7543 = mul %118, %7542 : f32[16] @ models/lib/nn.yaml:80:7
%7544 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7545 = sub %7544, %3058 : f64[] @ models/lib/nn.yaml:80:7
%7546 = cast %7545 : f32[] @ models/lib/nn.yaml:80:7
%7547 = broadcast %7546 : f32[16] @ models/lib/nn.yaml:80:7
%7548 = mul %7536, %7547 : f32[16] @ models/lib/nn.yaml:80:7
%7549 = add %7543, %7548 : f32[16] @ models/lib/nn.yaml:80:7
%7550 = assign %118, %7549 : f32[16] @ models/lib/nn.yaml:80:7
%7551 = all_reduce_sum %4361 : f32[16,16] @ models/lib/nn.yaml:79:7
%7552 = reshape %7551 : f32[256] @ models/lib/nn.yaml:79:7
%7553 = mul %7552, %7552 : f32[256] @ models/lib/nn.yaml:79:7
%7554 = reduce_sum %7553 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7555 = sqrt %7554 : f32[] @ models/lib/nn.yaml:79:7
%7556 = cast %7555 : f64[] @ models/lib/nn.yaml:79:7
%7557 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%7558 = add %7556, %7557 : f64[] @ models/lib/nn.yaml:79:7
%7559 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%7560 = div %7559, %7558 : f64[] @ models/lib/nn.yaml:79:7
%7561 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7562 = lt %7560, %7561 : bool[] @ models/lib/nn.yaml:79:7
%7563 = cast %7560 : f32[] @ models/lib/nn.yaml:79:7
%7564 = broadcast %7563 : f32[16,16] @ models/lib/nn.yaml:79:7
%7565 = mul %7551, %7564 : f32[16,16] @ models/lib/nn.yaml:79:7
%7566 = broadcast %7562 : bool[16,16] @ models/lib/nn.yaml:79:7
%7567 = select %7566, %7565, %7551 : f32[16,16] @ models/lib/nn.yaml:79:7
%7568 = state name="adam_m.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7569 = state name="adam_v.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7570 = state name="adam_t.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7571 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%7572 = add %7570, %7571 : i64[] @ models/lib/nn.yaml:79:7
%7573 = mul %3056, %3057 : f64[] @ models/lib/nn.yaml:79:7
%7574 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7575 = sub %7574, %7573 : f64[] @ models/lib/nn.yaml:79:7
%7576 = cast %7575 : f32[] @ models/lib/nn.yaml:79:7
%7577 = broadcast %7576 : f32[16,16] @ models/lib/nn.yaml:79:7
%7578 = mul %41, %7577 : f32[16,16] @ models/lib/nn.yaml:79:7
%7579 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%7580 = cast %7579 : f32[] @ models/lib/nn.yaml:79:7
%7581 = broadcast %7580 : f32[16,16] @ models/lib/nn.yaml:79:7
%7582 = mul %7567, %7581 : f32[16,16] @ models/lib/nn.yaml:79:7
%7583 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7584 = cast %7583 : f32[] @ models/lib/nn.yaml:79:7
%7585 = broadcast %7584 : f32[16,16] @ models/lib/nn.yaml:79:7
%7586 = mul %7568, %7585 : f32[16,16] @ models/lib/nn.yaml:79:7
%7587 = add %7586, %7582 : f32[16,16] @ models/lib/nn.yaml:79:7
%7588 = mul %7567, %7567 : f32[16,16] @ models/lib/nn.yaml:79:7
%7589 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%7590 = cast %7589 : f32[] @ models/lib/nn.yaml:79:7
%7591 = broadcast %7590 : f32[16,16] @ models/lib/nn.yaml:79:7
%7592 = mul %7588, %7591 : f32[16,16] @ models/lib/nn.yaml:79:7
%7593 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7594 = cast %7593 : f32[] @ models/lib/nn.yaml:79:7
%7595 = broadcast %7594 : f32[16,16] @ models/lib/nn.yaml:79:7
%7596 = mul %7569, %7595 : f32[16,16] @ models/lib/nn.yaml:79:7
%7597 = add %7596, %7592 : f32[16,16] @ models/lib/nn.yaml:79:7
%7598 = cast %7572 : f64[] @ models/lib/nn.yaml:79:7
%7599 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7600 = pow %7599, %7598 : f64[] @ models/lib/nn.yaml:79:7
%7601 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7602 = sub %7601, %7600 : f64[] @ models/lib/nn.yaml:79:7
%7603 = div %3056, %7602 : f64[] @ models/lib/nn.yaml:79:7
%7604 = cast %7572 : f64[] @ models/lib/nn.yaml:79:7
%7605 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7606 = pow %7605, %7604 : f64[] @ models/lib/nn.yaml:79:7
%7607 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7608 = sub %7607, %7606 : f64[] @ models/lib/nn.yaml:79:7
%7609 = sqrt %7608 : f64[] @ models/lib/nn.yaml:79:7
%7610 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7611 = div %7610, %7609 : f64[] @ models/lib/nn.yaml:79:7
%7612 = sqrt %7597 : f32[16,16] @ models/lib/nn.yaml:79:7
%7613 = cast %7611 : f32[] @ models/lib/nn.yaml:79:7
%7614 = broadcast %7613 : f32[16,16] @ models/lib/nn.yaml:79:7
%7615 = mul %7612, %7614 : f32[16,16] @ models/lib/nn.yaml:79:7
%7616 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%7617 = cast %7616 : f32[] @ models/lib/nn.yaml:79:7
%7618 = broadcast %7617 : f32[16,16] @ models/lib/nn.yaml:79:7
%7619 = add %7615, %7618 : f32[16,16] @ models/lib/nn.yaml:79:7
%7620 = div %7587, %7619 : f32[16,16] @ models/lib/nn.yaml:79:7
%7621 = cast %7603 : f32[] @ models/lib/nn.yaml:79:7
%7622 = broadcast %7621 : f32[16,16] @ models/lib/nn.yaml:79:7
%7623 = mul %7620, %7622 : f32[16,16] @ models/lib/nn.yaml:79:7
%7624 = sub %7578, %7623 : f32[16,16] @ models/lib/nn.yaml:79:7
%7625 = assign %41, %7624 : f32[16,16] @ models/lib/nn.yaml:79:7
%7626 = assign %7568, %7587 : f32[16,16] @ models/lib/nn.yaml:79:7
%7627 = assign %7569, %7597 : f32[16,16] @ models/lib/nn.yaml:79:7
%7628 = assign %7570, %7572 : i64[] @ models/lib/nn.yaml:79:7
%7629 = cast %3058 : f32[] @ models/lib/nn.yaml:79:7
%7630 = broadcast %7629 : f32[16,16] @ models/lib/nn.yaml:79:7
%7631 = mul %119, %7630 : f32[16,16] @ models/lib/nn.yaml:79:7
%7632 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7633 = sub %7632, %3058 : f64[] @ models/lib/nn.yaml:79:7
%7634 = cast %7633 : f32[] @ models/lib/nn.yaml:79:7
%7635 = broadcast %7634 : f32[16,16] @ models/lib/nn.yaml:79:7
%7636 = mul %7624, %7635 : f32[16,16] @ models/lib/nn.yaml:79:7
%7637 = add %7631, %7636 : f32[16,16] @ models/lib/nn.yaml:79:7
%7638 = assign %119, %7637 : f32[16,16] @ models/lib/nn.yaml:79:7
%7639 = all_reduce_sum %4356 : f32[16] @ models/lib/nn.yaml:80:7
%7640 = reshape %7639 : f32[16] @ models/lib/nn.yaml:80:7
%7641 = mul %7640, %7640 : f32[16] @ models/lib/nn.yaml:80:7
%7642 = reduce_sum %7641 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7643 = sqrt %7642 : f32[] @ models/lib/nn.yaml:80:7
%7644 = cast %7643 : f64[] @ models/lib/nn.yaml:80:7
%7645 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%7646 = add %7644, %7645 : f64[] @ models/lib/nn.yaml:80:7
%7647 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%7648 = div %7647, %7646 : f64[] @ models/lib/nn.yaml:80:7
%7649 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7650 = lt %7648, %7649 : bool[] @ models/lib/nn.yaml:80:7
%7651 = cast %7648 : f32[] @ models/lib/nn.yaml:80:7
%7652 = broadcast %7651 : f32[16] @ models/lib/nn.yaml:80:7
%7653 = mul %7639, %7652 : f32[16] @ models/lib/nn.yaml:80:7
%7654 = broadcast %7650 : bool[16] @ models/lib/nn.yaml:80:7
%7655 = select %7654, %7653, %7639 : f32[16] @ models/lib/nn.yaml:80:7
%7656 = state name="adam_m.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7657 = state name="adam_v.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7658 = state name="adam_t.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7659 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%7660 = add %7658, %7659 : i64[] @ models/lib/nn.yaml:80:7
%7661 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%7662 = cast %7661 : f32[] @ models/lib/nn.yaml:80:7
%7663 = broadcast %7662 : f32[16] @ models/lib/nn.yaml:80:7
%7664 = mul %7655, %7663 : f32[16] @ models/lib/nn.yaml:80:7
%7665 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7666 = cast %7665 : f32[] @ models/lib/nn.yaml:80:7
%7667 = broadcast %7666 : f32[16] @ models/lib/nn.yaml:80:7
%7668 = mul %7656, %7667 : f32[16] @ models/lib/nn.yaml:80:7
%7669 = add %7668, %7664 : f32[16] @ models/lib/nn.yaml:80:7
%7670 = mul %7655, %7655 : f32[16] @ models/lib/nn.yaml:80:7
%7671 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%7672 = cast %7671 : f32[] @ models/lib/nn.yaml:80:7
%7673 = broadcast %7672 : f32[16] @ models/lib/nn.yaml:80:7
%7674 = mul %7670, %7673 : f32[16] @ models/lib/nn.yaml:80:7
%7675 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7676 = cast %7675 : f32[] @ models/lib/nn.yaml:80:7
%7677 = broadcast %7676 : f32[16] @ models/lib/nn.yaml:80:7
%7678 = mul %7657, %7677 : f32[16] @ models/lib/nn.yaml:80:7
%7679 = add %7678, %7674 : f32[16] @ models/lib/nn.yaml:80:7
%7680 = cast %7660 : f64[] @ models/lib/nn.yaml:80:7
%7681 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7682 = pow %7681, %7680 : f64[] @ models/lib/nn.yaml:80:7
%7683 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7684 = sub %7683, %7682 : f64[] @ models/lib/nn.yaml:80:7
%7685 = div %3056, %7684 : f64[] @ models/lib/nn.yaml:80:7
%7686 = cast %7660 : f64[] @ models/lib/nn.yaml:80:7
%7687 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7688 = pow %7687, %7686 : f64[] @ models/lib/nn.yaml:80:7
%7689 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7690 = sub %7689, %7688 : f64[] @ models/lib/nn.yaml:80:7
%7691 = sqrt %7690 : f64[] @ models/lib/nn.yaml:80:7
%7692 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7693 = div %7692, %7691 : f64[] @ models/lib/nn.yaml:80:7
%7694 = sqrt %7679 : f32[16] @ models/lib/nn.yaml:80:7
%7695 = cast %7693 : f32[] @ models/lib/nn.yaml:80:7
%7696 = broadcast %7695 : f32[16] @ models/lib/nn.yaml:80:7
%7697 = mul %7694, %7696 : f32[16] @ models/lib/nn.yaml:80:7
%7698 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%7699 = cast %7698 : f32[] @ models/lib/nn.yaml:80:7
%7700 = broadcast %7699 : f32[16] @ models/lib/nn.yaml:80:7
%7701 = add %7697, %7700 : f32[16] @ models/lib/nn.yaml:80:7
%7702 = div %7669, %7701 : f32[16] @ models/lib/nn.yaml:80:7
%7703 = cast %7685 : f32[] @ models/lib/nn.yaml:80:7
%7704 = broadcast %7703 : f32[16] @ models/lib/nn.yaml:80:7
%7705 = mul %7702, %7704 : f32[16] @ models/lib/nn.yaml:80:7
%7706 = sub %42, %7705 : f32[16] @ models/lib/nn.yaml:80:7
%7707 = assign %42, %7706 : f32[16] @ models/lib/nn.yaml:80:7
%7708 = assign %7656, %7669 : f32[16] @ models/lib/nn.yaml:80:7
%7709 = assign %7657, %7679 : f32[16] @ models/lib/nn.yaml:80:7
%7710 = assign %7658, %7660 : i64[] @ models/lib/nn.yaml:80:7
%7711 = cast %3058 : f32[] @ models/lib/nn.yaml:80:7
%7712 = broadcast %7711 : f32[16] @ models/lib/nn.yaml:80:7
%7713 = mul %120, %7712 : f32[16] @ models/lib/nn.yaml:80:7
%7714 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7715 = sub %7714, %3058 : f64[] @ models/lib/nn.yaml:80:7
%7716 = cast %7715 : f32[] @ models/lib/nn.yaml:80:7
%7717 = broadcast %7716 : f32[16] @ models/lib/nn.yaml:80:7
%7718 = mul %7706, %7717 : f32[16] @ models/lib/nn.yaml:80:7
%7719 = add %7713, %7718 : f32[16] @ models/lib/nn.yaml:80:7
%7720 = assign %120, %7719 : f32[16] @ models/lib/nn.yaml:80:7
%7721 = all_reduce_sum %4337 : f32[16,16] @ models/lib/nn.yaml:79:7
%7722 = reshape %7721 : f32[256] @ models/lib/nn.yaml:79:7
%7723 = mul %7722, %7722 : f32[256] @ models/lib/nn.yaml:79:7
%7724 = reduce_sum %7723 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7725 = sqrt %7724 : f32[] @ models/lib/nn.yaml:79:7
%7726 = cast %7725 : f64[] @ models/lib/nn.yaml:79:7
%7727 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%7728 = add %7726, %7727 : f64[] @ models/lib/nn.yaml:79:7
%7729 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%7730 = div %7729, %7728 : f64[] @ models/lib/nn.yaml:79:7
%7731 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7732 = lt %7730, %7731 : bool[] @ models/lib/nn.yaml:79:7
%7733 = cast %7730 : f32[] @ models/lib/nn.yaml:79:7
%7734 = broadcast %7733 : f32[16,16] @ models/lib/nn.yaml:79:7
%7735 = mul %7721, %7734 : f32[16,16] @ models/lib/nn.yaml:79:7
%7736 = broadcast %7732 : bool[16,16] @ models/lib/nn.yaml:79:7
%7737 = select %7736, %7735, %7721 : f32[16,16] @ models/lib/nn.yaml:79:7
%7738 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7739 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7740 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7741 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%7742 = add %7740, %7741 : i64[] @ models/lib/nn.yaml:79:7
%7743 = mul %3056, %3057 : f64[] @ models/lib/nn.yaml:79:7
%7744 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7745 = sub %7744, %7743 : f64[] @ models/lib/nn.yaml:79:7
%7746 = cast %7745 : f32[] @ models/lib/nn.yaml:79:7
%7747 = broadcast %7746 : f32[16,16] @ models/lib/nn.yaml:79:7
%7748 = mul %43, %7747 : f32[16,16] @ models/lib/nn.yaml:79:7
%7749 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%7750 = cast %7749 : f32[] @ models/lib/nn.yaml:79:7
%7751 = broadcast %7750 : f32[16,16] @ models/lib/nn.yaml:79:7
%7752 = mul %7737, %7751 : f32[16,16] @ models/lib/nn.yaml:79:7
%7753 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7754 = cast %7753 : f32[] @ models/lib/nn.yaml:79:7
%7755 = broadcast %7754 : f32[16,16] @ models/lib/nn.yaml:79:7
%7756 = mul %7738, %7755 : f32[16,16] @ models/lib/nn.yaml:79:7
%7757 = add %7756, %7752 : f32[16,16] @ models/lib/nn.yaml:79:7
%7758 = mul %7737, %7737 : f32[16,16] @ models/lib/nn.yaml:79:7
%7759 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%7760 = cast %7759 : f32[] @ models/lib/nn.yaml:79:7
%7761 = broadcast %7760 : f32[16,16] @ models/lib/nn.yaml:79:7
%7762 = mul %7758, %7761 : f32[16,16] @ models/lib/nn.yaml:79:7
%7763 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7764 = cast %7763 : f32[] @ models/lib/nn.yaml:79:7
%7765 = broadcast %7764 : f32[16,16] @ models/lib/nn.yaml:79:7
%7766 = mul %7739, %7765 : f32[16,16] @ models/lib/nn.yaml:79:7
%7767 = add %7766, %7762 : f32[16,16] @ models/lib/nn.yaml:79:7
%7768 = cast %7742 : f64[] @ models/lib/nn.yaml:79:7
%7769 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7770 = pow %7769, %7768 : f64[] @ models/lib/nn.yaml:79:7
%7771 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7772 = sub %7771, %7770 : f64[] @ models/lib/nn.yaml:79:7
%7773 = div %3056, %7772 : f64[] @ models/lib/nn.yaml:79:7
%7774 = cast %7742 : f64[] @ models/lib/nn.yaml:79:7
%7775 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7776 = pow %7775, %7774 : f64[] @ models/lib/nn.yaml:79:7
%7777 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7778 = sub %7777, %7776 : f64[] @ models/lib/nn.yaml:79:7
%7779 = sqrt %7778 : f64[] @ models/lib/nn.yaml:79:7
%7780 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7781 = div %7780, %7779 : f64[] @ models/lib/nn.yaml:79:7
%7782 = sqrt %7767 : f32[16,16] @ models/lib/nn.yaml:79:7
%7783 = cast %7781 : f32[] @ models/lib/nn.yaml:79:7
%7784 = broadcast %7783 : f32[16,16] @ models/lib/nn.yaml:79:7
%7785 = mul %7782, %7784 : f32[16,16] @ models/lib/nn.yaml:79:7
%7786 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%7787 = cast %7786 : f32[] @ models/lib/nn.yaml:79:7
%7788 = broadcast %7787 : f32[16,16] @ models/lib/nn.yaml:79:7
%7789 = add %7785, %7788 : f32[16,16] @ models/lib/nn.yaml:79:7
%7790 = div %7757, %7789 : f32[16,16] @ models/lib/nn.yaml:79:7
%7791 = cast %7773 : f32[] @ models/lib/nn.yaml:79:7
%7792 = broadcast %7791 : f32[16,16] @ models/lib/nn.yaml:79:7
%7793 = mul %7790, %7792 : f32[16,16] @ models/lib/nn.yaml:79:7
%7794 = sub %7748, %7793 : f32[16,16] @ models/lib/nn.yaml:79:7
%7795 = assign %43, %7794 : f32[16,16] @ models/lib/nn.yaml:79:7
%7796 = assign %7738, %7757 : f32[16,16] @ models/lib/nn.yaml:79:7
%7797 = assign %7739, %7767 : f32[16,16] @ models/lib/nn.yaml:79:7
%7798 = assign %7740, %7742 : i64[] @ models/lib/nn.yaml:79:7
%7799 = cast %3058 : f32[] @ models/lib/nn.yaml:79:7
%7800 = broadcast %7799 : f32[16,16] @ models/lib/nn.yaml:79:7
%7801 = mul %121, %7800 : f32[16,16] @ models/lib/nn.yaml:79:7
%7802 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7803 = sub %7802, %3058 : f64[] @ models/lib/nn.yaml:79:7
%7804 = cast %7803 : f32[] @ models/lib/nn.yaml:79:7
%7805 = broadcast %7804 : f32[16,16] @ models/lib/nn.yaml:79:7
%7806 = mul %7794, %7805 : f32[16,16] @ models/lib/nn.yaml:79:7
%7807 = add %7801, %7806 : f32[16,16] @ models/lib/nn.yaml:79:7
%7808 = assign %121, %7807 : f32[16,16] @ models/lib/nn.yaml:79:7
%7809 = all_reduce_sum %4332 : f32[16] @ models/lib/nn.yaml:80:7
%7810 = reshape %7809 : f32[16] @ models/lib/nn.yaml:80:7
%7811 = mul %7810, %7810 : f32[16] @ models/lib/nn.yaml:80:7
%7812 = reduce_sum %7811 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7813 = sqrt %7812 : f32[] @ models/lib/nn.yaml:80:7
%7814 = cast %7813 : f64[] @ models/lib/nn.yaml:80:7
%7815 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%7816 = add %7814, %7815 : f64[] @ models/lib/nn.yaml:80:7
%7817 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%7818 = div %7817, %7816 : f64[] @ models/lib/nn.yaml:80:7
%7819 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7820 = lt %7818, %7819 : bool[] @ models/lib/nn.yaml:80:7
%7821 = cast %7818 : f32[] @ models/lib/nn.yaml:80:7
%7822 = broadcast %7821 : f32[16] @ models/lib/nn.yaml:80:7
%7823 = mul %7809, %7822 : f32[16] @ models/lib/nn.yaml:80:7
%7824 = broadcast %7820 : bool[16] @ models/lib/nn.yaml:80:7
%7825 = select %7824, %7823, %7809 : f32[16] @ models/lib/nn.yaml:80:7
%7826 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7827 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7828 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7829 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%7830 = add %7828, %7829 : i64[] @ models/lib/nn.yaml:80:7
%7831 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%7832 = cast %7831 : f32[] @ models/lib/nn.yaml:80:7
%7833 = broadcast %7832 : f32[16] @ models/lib/nn.yaml:80:7
%7834 = mul %7825, %7833 : f32[16] @ models/lib/nn.yaml:80:7
%7835 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7836 = cast %7835 : f32[] @ models/lib/nn.yaml:80:7
%7837 = broadcast %7836 : f32[16] @ models/lib/nn.yaml:80:7
%7838 = mul %7826, %7837 : f32[16] @ models/lib/nn.yaml:80:7
%7839 = add %7838, %7834 : f32[16] @ models/lib/nn.yaml:80:7
%7840 = mul %7825, %7825 : f32[16] @ models/lib/nn.yaml:80:7
%7841 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%7842 = cast %7841 : f32[] @ models/lib/nn.yaml:80:7
%7843 = broadcast %7842 : f32[16] @ models/lib/nn.yaml:80:7
%7844 = mul %7840, %7843 : f32[16] @ models/lib/nn.yaml:80:7
%7845 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7846 = cast %7845 : f32[] @ models/lib/nn.yaml:80:7
%7847 = broadcast %7846 : f32[16] @ models/lib/nn.yaml:80:7
%7848 = mul %7827, %7847 : f32[16] @ models/lib/nn.yaml:80:7
%7849 = add %7848, %7844 : f32[16] @ models/lib/nn.yaml:80:7
%7850 = cast %7830 : f64[] @ models/lib/nn.yaml:80:7
%7851 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7852 = pow %7851, %7850 : f64[] @ models/lib/nn.yaml:80:7
%7853 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7854 = sub %7853, %7852 : f64[] @ models/lib/nn.yaml:80:7
%7855 = div %3056, %7854 : f64[] @ models/lib/nn.yaml:80:7
%7856 = cast %7830 : f64[] @ models/lib/nn.yaml:80:7
%7857 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7858 = pow %7857, %7856 : f64[] @ models/lib/nn.yaml:80:7
%7859 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7860 = sub %7859, %7858 : f64[] @ models/lib/nn.yaml:80:7
%7861 = sqrt %7860 : f64[] @ models/lib/nn.yaml:80:7
%7862 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7863 = div %7862, %7861 : f64[] @ models/lib/nn.yaml:80:7
%7864 = sqrt %7849 : f32[16] @ models/lib/nn.yaml:80:7
%7865 = cast %7863 : f32[] @ models/lib/nn.yaml:80:7
%7866 = broadcast %7865 : f32[16] @ models/lib/nn.yaml:80:7
%7867 = mul %7864, %7866 : f32[16] @ models/lib/nn.yaml:80:7
%7868 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%7869 = cast %7868 : f32[] @ models/lib/nn.yaml:80:7
%7870 = broadcast %7869 : f32[16] @ models/lib/nn.yaml:80:7
%7871 = add %7867, %7870 : f32[16] @ models/lib/nn.yaml:80:7
%7872 = div %7839, %7871 : f32[16] @ models/lib/nn.yaml:80:7
%7873 = cast %7855 : f32[] @ models/lib/nn.yaml:80:7
%7874 = broadcast %7873 : f32[16] @ models/lib/nn.yaml:80:7
%7875 = mul %7872, %7874 : f32[16] @ models/lib/nn.yaml:80:7
%7876 = sub %44, %7875 : f32[16] @ models/lib/nn.yaml:80:7
%7877 = assign %44, %7876 : f32[16] @ models/lib/nn.yaml:80:7
%7878 = assign %7826, %7839 : f32[16] @ models/lib/nn.yaml:80:7
%7879 = assign %7827, %7849 : f32[16] @ models/lib/nn.yaml:80:7
%7880 = assign %7828, %7830 : i64[] @ models/lib/nn.yaml:80:7
%7881 = cast %3058 : f32[] @ models/lib/nn.yaml:80:7
%7882 = broadcast %7881 : f32[16] @ models/lib/nn.yaml:80:7
%7883 = mul %122, %7882 : f32[16] @ models/lib/nn.yaml:80:7
%7884 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7885 = sub %7884, %3058 : f64[] @ models/lib/nn.yaml:80:7
%7886 = cast %7885 : f32[] @ models/lib/nn.yaml:80:7
%7887 = broadcast %7886 : f32[16] @ models/lib/nn.yaml:80:7
%7888 = mul %7876, %7887 : f32[16] @ models/lib/nn.yaml:80:7
%7889 = add %7883, %7888 : f32[16] @ models/lib/nn.yaml:80:7
%7890 = assign %122, %7889 : f32[16] @ models/lib/nn.yaml:80:7
%7891 = all_reduce_sum %4308 : f32[16] @ models/lib/nn.yaml:89:7
%7892 = reshape %7891 : f32[16] @ models/lib/nn.yaml:89:7
%7893 = mul %7892, %7892 : f32[16] @ models/lib/nn.yaml:89:7
%7894 = reduce_sum %7893 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7895 = sqrt %7894 : f32[] @ models/lib/nn.yaml:89:7
%7896 = cast %7895 : f64[] @ models/lib/nn.yaml:89:7
%7897 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%7898 = add %7896, %7897 : f64[] @ models/lib/nn.yaml:89:7
%7899 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%7900 = div %7899, %7898 : f64[] @ models/lib/nn.yaml:89:7
%7901 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7902 = lt %7900, %7901 : bool[] @ models/lib/nn.yaml:89:7
%7903 = cast %7900 : f32[] @ models/lib/nn.yaml:89:7
%7904 = broadcast %7903 : f32[16] @ models/lib/nn.yaml:89:7
%7905 = mul %7891, %7904 : f32[16] @ models/lib/nn.yaml:89:7
%7906 = broadcast %7902 : bool[16] @ models/lib/nn.yaml:89:7
%7907 = select %7906, %7905, %7891 : f32[16] @ models/lib/nn.yaml:89:7
%7908 = state name="adam_m.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7909 = state name="adam_v.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7910 = state name="adam_t.ca_head.cls_blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7911 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%7912 = add %7910, %7911 : i64[] @ models/lib/nn.yaml:89:7
%7913 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%7914 = cast %7913 : f32[] @ models/lib/nn.yaml:89:7
%7915 = broadcast %7914 : f32[16] @ models/lib/nn.yaml:89:7
%7916 = mul %7907, %7915 : f32[16] @ models/lib/nn.yaml:89:7
%7917 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%7918 = cast %7917 : f32[] @ models/lib/nn.yaml:89:7
%7919 = broadcast %7918 : f32[16] @ models/lib/nn.yaml:89:7
%7920 = mul %7908, %7919 : f32[16] @ models/lib/nn.yaml:89:7
%7921 = add %7920, %7916 : f32[16] @ models/lib/nn.yaml:89:7
%7922 = mul %7907, %7907 : f32[16] @ models/lib/nn.yaml:89:7
%7923 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%7924 = cast %7923 : f32[] @ models/lib/nn.yaml:89:7
%7925 = broadcast %7924 : f32[16] @ models/lib/nn.yaml:89:7
%7926 = mul %7922, %7925 : f32[16] @ models/lib/nn.yaml:89:7
%7927 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%7928 = cast %7927 : f32[] @ models/lib/nn.yaml:89:7
%7929 = broadcast %7928 : f32[16] @ models/lib/nn.yaml:89:7
%7930 = mul %7909, %7929 : f32[16] @ models/lib/nn.yaml:89:7
%7931 = add %7930, %7926 : f32[16] @ models/lib/nn.yaml:89:7
%7932 = cast %7912 : f64[] @ models/lib/nn.yaml:89:7
%7933 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%7934 = pow %7933, %7932 : f64[] @ models/lib/nn.yaml:89:7
%7935 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7936 = sub %7935, %7934 : f64[] @ models/lib/nn.yaml:89:7
%7937 = div %3056, %7936 : f64[] @ models/lib/nn.yaml:89:7
%7938 = cast %7912 : f64[] @ models/lib/nn.yaml:89:7
%7939 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%7940 = pow %7939, %7938 : f64[] @ models/lib/nn.yaml:89:7
%7941 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7942 = sub %7941, %7940 : f64[] @ models/lib/nn.yaml:89:7
%7943 = sqrt %7942 : f64[] @ models/lib/nn.yaml:89:7
%7944 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7945 = div %7944, %7943 : f64[] @ models/lib/nn.yaml:89:7
%7946 = sqrt %7931 : f32[16] @ models/lib/nn.yaml:89:7
%7947 = cast %7945 : f32[] @ models/lib/nn.yaml:89:7
%7948 = broadcast %7947 : f32[16] @ models/lib/nn.yaml:89:7
%7949 = mul %7946, %7948 : f32[16] @ models/lib/nn.yaml:89:7
%7950 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%7951 = cast %7950 : f32[] @ models/lib/nn.yaml:89:7
%7952 = broadcast %7951 : f32[16] @ models/lib/nn.yaml:89:7
%7953 = add %7949, %7952 : f32[16] @ models/lib/nn.yaml:89:7
%7954 = div %7921, %7953 : f32[16] @ models/lib/nn.yaml:89:7
%7955 = cast %7937 : f32[] @ models/lib/nn.yaml:89:7
%7956 = broadcast %7955 : f32[16] @ models/lib/nn.yaml:89:7
%7957 = mul %7954, %7956 : f32[16] @ models/lib/nn.yaml:89:7
%7958 = sub %45, %7957 : f32[16] @ models/lib/nn.yaml:89:7
%7959 = assign %45, %7958 : f32[16] @ models/lib/nn.yaml:89:7
%7960 = assign %7908, %7921 : f32[16] @ models/lib/nn.yaml:89:7
%7961 = assign %7909, %7931 : f32[16] @ models/lib/nn.yaml:89:7
%7962 = assign %7910, %7912 : i64[] @ models/lib/nn.yaml:89:7
%7963 = cast %3058 : f32[] @ models/lib/nn.yaml:89:7
%7964 = broadcast %7963 : f32[16] @ models/lib/nn.yaml:89:7
%7965 = mul %123, %7964 : f32[16] @ models/lib/nn.yaml:89:7
%7966 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7967 = sub %7966, %3058 : f64[] @ models/lib/nn.yaml:89:7
%7968 = cast %7967 : f32[] @ models/lib/nn.yaml:89:7
%7969 = broadcast %7968 : f32[16] @ models/lib/nn.yaml:89:7
%7970 = mul %7958, %7969 : f32[16] @ models/lib/nn.yaml:89:7
%7971 = add %7965, %7970 : f32[16] @ models/lib/nn.yaml:89:7
%7972 = assign %123, %7971 : f32[16] @ models/lib/nn.yaml:89:7
%7973 = all_reduce_sum %4303 : f32[16] @ models/lib/nn.yaml:90:7
%7974 = reshape %7973 : f32[16] @ models/lib/nn.yaml:90:7
%7975 = mul %7974, %7974 : f32[16] @ models/lib/nn.yaml:90:7
%7976 = reduce_sum %7975 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7977 = sqrt %7976 : f32[] @ models/lib/nn.yaml:90:7
%7978 = cast %7977 : f64[] @ models/lib/nn.yaml:90:7
%7979 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%7980 = add %7978, %7979 : f64[] @ models/lib/nn.yaml:90:7
%7981 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%7982 = div %7981, %7980 : f64[] @ models/lib/nn.yaml:90:7
%7983 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7984 = lt %7982, %7983 : bool[] @ models/lib/nn.yaml:90:7
%7985 = cast %7982 : f32[] @ models/lib/nn.yaml:90:7
%7986 = broadcast %7985 : f32[16] @ models/lib/nn.yaml:90:7
%7987 = mul %7973, %7986 : f32[16] @ models/lib/nn.yaml:90:7
%7988 = broadcast %7984 : bool[16] @ models/lib/nn.yaml:90:7
%7989 = select %7988, %7987, %7973 : f32[16] @ models/lib/nn.yaml:90:7
%7990 = state name="adam_m.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7991 = state name="adam_v.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7992 = state name="adam_t.ca_head.cls_blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7993 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%7994 = add %7992, %7993 : i64[] @ models/lib/nn.yaml:90:7
%7995 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%7996 = cast %7995 : f32[] @ models/lib/nn.yaml:90:7
%7997 = broadcast %7996 : f32[16] @ models/lib/nn.yaml:90:7
%7998 = mul %7989, %7997 : f32[16] @ models/lib/nn.yaml:90:7
%7999 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%8000 = cast %7999 : f32[] @ models/lib/nn.yaml:90:7
%8001 = broadcast %8000 : f32[16] @ models/lib/nn.yaml:90:7
%8002 = mul %7990, %8001 : f32[16] @ models/lib/nn.yaml:90:7
%8003 = add %8002, %7998 : f32[16] @ models/lib/nn.yaml:90:7
%8004 = mul %7989, %7989 : f32[16] @ models/lib/nn.yaml:90:7
%8005 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%8006 = cast %8005 : f32[] @ models/lib/nn.yaml:90:7
%8007 = broadcast %8006 : f32[16] @ models/lib/nn.yaml:90:7
%8008 = mul %8004, %8007 : f32[16] @ models/lib/nn.yaml:90:7
%8009 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%8010 = cast %8009 : f32[] @ models/lib/nn.yaml:90:7
%8011 = broadcast %8010 : f32[16] @ models/lib/nn.yaml:90:7
%8012 = mul %7991, %8011 : f32[16] @ models/lib/nn.yaml:90:7
%8013 = add %8012, %8008 : f32[16] @ models/lib/nn.yaml:90:7
%8014 = cast %7994 : f64[] @ models/lib/nn.yaml:90:7
%8015 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%8016 = pow %8015, %8014 : f64[] @ models/lib/nn.yaml:90:7
%8017 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%8018 = sub %8017, %8016 : f64[] @ models/lib/nn.yaml:90:7
%8019 = div %3056, %8018 : f64[] @ models/lib/nn.yaml:90:7
%8020 = cast %7994 : f64[] @ models/lib/nn.yaml:90:7
%8021 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%8022 = pow %8021, %8020 : f64[] @ models/lib/nn.yaml:90:7
%8023 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%8024 = sub %8023, %8022 : f64[] @ models/lib/nn.yaml:90:7
%8025 = sqrt %8024 : f64[] @ models/lib/nn.yaml:90:7
%8026 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%8027 = div %8026, %8025 : f64[] @ models/lib/nn.yaml:90:7
%8028 = sqrt %8013 : f32[16] @ models/lib/nn.yaml:90:7
%8029 = cast %8027 : f32[] @ models/lib/nn.yaml:90:7
%8030 = broadcast %8029 : f32[16] @ models/lib/nn.yaml:90:7
%8031 = mul %8028, %8030 : f32[16] @ models/lib/nn.yaml:90:7
%8032 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%8033 = cast %8032 : f32[] @ models/lib/nn.yaml:90:7
%8034 = broadcast %8033 : f32[16] @ models/lib/nn.yaml:90:7
%8035 = add %8031, %8034 : f32[16] @ models/lib/nn.yaml:90:7
%8036 = div %8003, %8035 : f32[16] @ models/lib/nn.yaml:90:7
%8037 = cast %8019 : f32[] @ models/lib/nn.yaml:90:7
%8038 = broadcast %8037 : f32[16] @ models/lib/nn.yaml:90:7
%8039 = mul %8036, %8038 : f32[16] @ models/lib/nn.yaml:90:7
%8040 = sub %46, %8039 : f32[16] @ models/lib/nn.yaml:90:7
%8041 = assign %46, %8040 : f32[16] @ models/lib/nn.yaml:90:7
%8042 = assign %7990, %8003 : f32[16] @ models/lib/nn.yaml:90:7
%8043 = assign %7991, %8013 : f32[16] @ models/lib/nn.yaml:90:7
%8044 = assign %7992, %7994 : i64[] @ models/lib/nn.yaml:90:7
%8045 = cast %3058 : f32[] @ models/lib/nn.yaml:90:7
%8046 = broadcast %8045 : f32[16] @ models/lib/nn.yaml:90:7
%8047 = mul %124, %8046 : f32[16] @ models/lib/nn.yaml:90:7
%8048 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%8049 = sub %8048, %3058 : f64[] @ models/lib/nn.yaml:90:7
%8050 = cast %8049 : f32[] @ models/lib/nn.yaml:90:7
%8051 = broadcast %8050 : f32[16] @ models/lib/nn.yaml:90:7
%8052 = mul %8040, %8051 : f32[16] @ models/lib/nn.yaml:90:7
%8053 = add %8047, %8052 : f32[16] @ models/lib/nn.yaml:90:7
%8054 = assign %124, %8053 : f32[16] @ models/lib/nn.yaml:90:7
%8055 = all_reduce_sum %4300 : f32[64,16] @ models/lib/nn.yaml:79:7
%8056 = reshape %8055 : f32[1024] @ models/lib/nn.yaml:79:7
%8057 = mul %8056, %8056 : f32[1024] @ models/lib/nn.yaml:79:7
%8058 = reduce_sum %8057 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8059 = sqrt %8058 : f32[] @ models/lib/nn.yaml:79:7
%8060 = cast %8059 : f64[] @ models/lib/nn.yaml:79:7
%8061 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%8062 = add %8060, %8061 : f64[] @ models/lib/nn.yaml:79:7
%8063 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%8064 = div %8063, %8062 : f64[] @ models/lib/nn.yaml:79:7
%8065 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8066 = lt %8064, %8065 : bool[] @ models/lib/nn.yaml:79:7
%8067 = cast %8064 : f32[] @ models/lib/nn.yaml:79:7
%8068 = broadcast %8067 : f32[64,16] @ models/lib/nn.yaml:79:7
%8069 = mul %8055, %8068 : f32[64,16] @ models/lib/nn.yaml:79:7
%8070 = broadcast %8066 : bool[64,16] @ models/lib/nn.yaml:79:7
%8071 = select %8070, %8069, %8055 : f32[64,16] @ models/lib/nn.yaml:79:7
%8072 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%8073 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%8074 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8075 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%8076 = add %8074, %8075 : i64[] @ models/lib/nn.yaml:79:7
%8077 = mul %3056, %3057 : f64[] @ models/lib/nn.yaml:79:7
%8078 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8079 = sub %8078, %8077 : f64[] @ models/lib/nn.yaml:79:7
%8080 = cast %8079 : f32[] @ models/lib/nn.yaml:79:7
%8081 = broadcast %8080 : f32[64,16] @ models/lib/nn.yaml:79:7
%8082 = mul %47, %8081 : f32[64,16] @ models/lib/nn.yaml:79:7
%8083 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%8084 = cast %8083 : f32[] @ models/lib/nn.yaml:79:7
%8085 = broadcast %8084 : f32[64,16] @ models/lib/nn.yaml:79:7
%8086 = mul %8071, %8085 : f32[64,16] @ models/lib/nn.yaml:79:7
%8087 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8088 = cast %8087 : f32[] @ models/lib/nn.yaml:79:7
%8089 = broadcast %8088 : f32[64,16] @ models/lib/nn.yaml:79:7
%8090 = mul %8072, %8089 : f32[64,16] @ models/lib/nn.yaml:79:7
%8091 = add %8090, %8086 : f32[64,16] @ models/lib/nn.yaml:79:7
%8092 = mul %8071, %8071 : f32[64,16] @ models/lib/nn.yaml:79:7
%8093 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%8094 = cast %8093 : f32[] @ models/lib/nn.yaml:79:7
%8095 = broadcast %8094 : f32[64,16] @ models/lib/nn.yaml:79:7
%8096 = mul %8092, %8095 : f32[64,16] @ models/lib/nn.yaml:79:7
%8097 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8098 = cast %8097 : f32[] @ models/lib/nn.yaml:79:7
%8099 = broadcast %8098 : f32[64,16] @ models/lib/nn.yaml:79:7
%8100 = mul %8073, %8099 : f32[64,16] @ models/lib/nn.yaml:79:7
%8101 = add %8100, %8096 : f32[64,16] @ models/lib/nn.yaml:79:7
%8102 = cast %8076 : f64[] @ models/lib/nn.yaml:79:7
%8103 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8104 = pow %8103, %8102 : f64[] @ models/lib/nn.yaml:79:7
%8105 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8106 = sub %8105, %8104 : f64[] @ models/lib/nn.yaml:79:7
%8107 = div %3056, %8106 : f64[] @ models/lib/nn.yaml:79:7
%8108 = cast %8076 : f64[] @ models/lib/nn.yaml:79:7
%8109 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8110 = pow %8109, %8108 : f64[] @ models/lib/nn.yaml:79:7
%8111 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8112 = sub %8111, %8110 : f64[] @ models/lib/nn.yaml:79:7
%8113 = sqrt %8112 : f64[] @ models/lib/nn.yaml:79:7
%8114 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8115 = div %8114, %8113 : f64[] @ models/lib/nn.yaml:79:7
%8116 = sqrt %8101 : f32[64,16] @ models/lib/nn.yaml:79:7
%8117 = cast %8115 : f32[] @ models/lib/nn.yaml:79:7
%8118 = broadcast %8117 : f32[64,16] @ models/lib/nn.yaml:79:7
%8119 = mul %8116, %8118 : f32[64,16] @ models/lib/nn.yaml:79:7
%8120 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%8121 = cast %8120 : f32[] @ models/lib/nn.yaml:79:7
%8122 = broadcast %8121 : f32[64,16] @ models/lib/nn.yaml:79:7
%8123 = add %8119, %8122 : f32[64,16] @ models/lib/nn.yaml:79:7
%8124 = div %8091, %8123 : f32[64,16] @ models/lib/nn.yaml:79:7
%8125 = cast %8107 : f32[] @ models/lib/nn.yaml:79:7
%8126 = broadcast %8125 : f32[64,16] @ models/lib/nn.yaml:79:7
%8127 = mul %8124, %8126 : f32[64,16] @ models/lib/nn.yaml:79:7
%8128 = sub %8082, %8127 : f32[64,16] @ models/lib/nn.yaml:79:7
%8129 = assign %47, %8128 : f32[64,16] @ models/lib/nn.yaml:79:7
%8130 = assign %8072, %8091 : f32[64,16] @ models/lib/nn.yaml:79:7
%8131 = assign %8073, %8101 : f32[64,16] @ models/lib/nn.yaml:79:7
%8132 = assign %8074, %8076 : i64[] @ models/lib/nn.yaml:79:7
%8133 = cast %3058 : f32[] @ models/lib/nn.yaml:79:7
%8134 = broadcast %8133 : f32[64,16] @ models/lib/nn.yaml:79:7
%8135 = mul %125, %8134 : f32[64,16] @ models/lib/nn.yaml:79:7
%8136 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8137 = sub %8136, %3058 : f64[] @ models/lib/nn.yaml:79:7
%8138 = cast %8137 : f32[] @ models/lib/nn.yaml:79:7
%8139 = broadcast %8138 : f32[64,16] @ models/lib/nn.yaml:79:7
%8140 = mul %8128, %8139 : f32[64,16] @ models/lib/nn.yaml:79:7
%8141 = add %8135, %8140 : f32[64,16] @ models/lib/nn.yaml:79:7
%8142 = assign %125, %8141 : f32[64,16] @ models/lib/nn.yaml:79:7
%8143 = all_reduce_sum %4295 : f32[64] @ models/lib/nn.yaml:80:7
%8144 = reshape %8143 : f32[64] @ models/lib/nn.yaml:80:7
%8145 = mul %8144, %8144 : f32[64] @ models/lib/nn.yaml:80:7
%8146 = reduce_sum %8145 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8147 = sqrt %8146 : f32[] @ models/lib/nn.yaml:80:7
%8148 = cast %8147 : f64[] @ models/lib/nn.yaml:80:7
%8149 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%8150 = add %8148, %8149 : f64[] @ models/lib/nn.yaml:80:7
%8151 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%8152 = div %8151, %8150 : f64[] @ models/lib/nn.yaml:80:7
%8153 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8154 = lt %8152, %8153 : bool[] @ models/lib/nn.yaml:80:7
%8155 = cast %8152 : f32[] @ models/lib/nn.yaml:80:7
%8156 = broadcast %8155 : f32[64] @ models/lib/nn.yaml:80:7
%8157 = mul %8143, %8156 : f32[64] @ models/lib/nn.yaml:80:7
%8158 = broadcast %8154 : bool[64] @ models/lib/nn.yaml:80:7
%8159 = select %8158, %8157, %8143 : f32[64] @ models/lib/nn.yaml:80:7
%8160 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8161 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8162 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8163 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%8164 = add %8162, %8163 : i64[] @ models/lib/nn.yaml:80:7
%8165 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%8166 = cast %8165 : f32[] @ models/lib/nn.yaml:80:7
%8167 = broadcast %8166 : f32[64] @ models/lib/nn.yaml:80:7
%8168 = mul %8159, %8167 : f32[64] @ models/lib/nn.yaml:80:7
%8169 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8170 = cast %8169 : f32[] @ models/lib/nn.yaml:80:7
%8171 = broadcast %8170 : f32[64] @ models/lib/nn.yaml:80:7
%8172 = mul %8160, %8171 : f32[64] @ models/lib/nn.yaml:80:7
%8173 = add %8172, %8168 : f32[64] @ models/lib/nn.yaml:80:7
%8174 = mul %8159, %8159 : f32[64] @ models/lib/nn.yaml:80:7
%8175 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%8176 = cast %8175 : f32[] @ models/lib/nn.yaml:80:7
%8177 = broadcast %8176 : f32[64] @ models/lib/nn.yaml:80:7
%8178 = mul %8174, %8177 : f32[64] @ models/lib/nn.yaml:80:7
%8179 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8180 = cast %8179 : f32[] @ models/lib/nn.yaml:80:7
%8181 = broadcast %8180 : f32[64] @ models/lib/nn.yaml:80:7
%8182 = mul %8161, %8181 : f32[64] @ models/lib/nn.yaml:80:7
%8183 = add %8182, %8178 : f32[64] @ models/lib/nn.yaml:80:7
%8184 = cast %8164 : f64[] @ models/lib/nn.yaml:80:7
%8185 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8186 = pow %8185, %8184 : f64[] @ models/lib/nn.yaml:80:7
%8187 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8188 = sub %8187, %8186 : f64[] @ models/lib/nn.yaml:80:7
%8189 = div %3056, %8188 : f64[] @ models/lib/nn.yaml:80:7
%8190 = cast %8164 : f64[] @ models/lib/nn.yaml:80:7
%8191 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8192 = pow %8191, %8190 : f64[] @ models/lib/nn.yaml:80:7
%8193 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8194 = sub %8193, %8192 : f64[] @ models/lib/nn.yaml:80:7
%8195 = sqrt %8194 : f64[] @ models/lib/nn.yaml:80:7
%8196 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8197 = div %8196, %8195 : f64[] @ models/lib/nn.yaml:80:7
%8198 = sqrt %8183 : f32[64] @ models/lib/nn.yaml:80:7
%8199 = cast %8197 : f32[] @ models/lib/nn.yaml:80:7
%8200 = broadcast %8199 : f32[64] @ models/lib/nn.yaml:80:7
%8201 = mul %8198, %8200 : f32[64] @ models/lib/nn.yaml:80:7
%8202 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%8203 = cast %8202 : f32[] @ models/lib/nn.yaml:80:7
%8204 = broadcast %8203 : f32[64] @ models/lib/nn.yaml:80:7
%8205 = add %8201, %8204 : f32[64] @ models/lib/nn.yaml:80:7
%8206 = div %8173, %8205 : f32[64] @ models/lib/nn.yaml:80:7
%8207 = cast %8189 : f32[] @ models/lib/nn.yaml:80:7
%8208 = broadcast %8207 : f32[64] @ models/lib/nn.yaml:80:7
%8209 = mul %8206, %8208 : f32[64] @ models/lib/nn.yaml:80:7
%8210 = sub %48, %8209 : f32[64] @ models/lib/nn.yaml:80:7
%8211 = assign %48, %8210 : f32[64] @ models/lib/nn.yaml:80:7
%8212 = assign %8160, %8173 : f32[64] @ models/lib/nn.yaml:80:7
%8213 = assign %8161, %8183 : f32[64] @ models/lib/nn.yaml:80:7
%8214 = assign %8162, %8164 : i64[] @ models/lib/nn.yaml:80:7
%8215 = cast %3058 : f32[] @ models/lib/nn.yaml:80:7
%8216 = broadcast %8215 : f32[64] @ models/lib/nn.yaml:80:7
%8217 = mul %126, %8216 : f32[64] @ models/lib/nn.yaml:80:7
%8218 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8219 = sub %8218, %3058 : f64[] @ models/lib/nn.yaml:80:7
%8220 = cast %8219 : f32[] @ models/lib/nn.yaml:80:7
%8221 = broadcast %8220 : f32[64] @ models/lib/nn.yaml:80:7
%8222 = mul %8210, %8221 : f32[64] @ models/lib/nn.yaml:80:7
%8223 = add %8217, %8222 : f32[64] @ models/lib/nn.yaml:80:7
%8224 = assign %126, %8223 : f32[64] @ models/lib/nn.yaml:80:7
%8225 = all_reduce_sum %4280 : f32[16,64] @ models/lib/nn.yaml:79:7
%8226 = reshape %8225 : f32[1024] @ models/lib/nn.yaml:79:7
%8227 = mul %8226, %8226 : f32[1024] @ models/lib/nn.yaml:79:7
%8228 = reduce_sum %8227 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8229 = sqrt %8228 : f32[] @ models/lib/nn.yaml:79:7
%8230 = cast %8229 : f64[] @ models/lib/nn.yaml:79:7
%8231 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%8232 = add %8230, %8231 : f64[] @ models/lib/nn.yaml:79:7
%8233 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%8234 = div %8233, %8232 : f64[] @ models/lib/nn.yaml:79:7
%8235 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8236 = lt %8234, %8235 : bool[] @ models/lib/nn.yaml:79:7
%8237 = cast %8234 : f32[] @ models/lib/nn.yaml:79:7
%8238 = broadcast %8237 : f32[16,64] @ models/lib/nn.yaml:79:7
%8239 = mul %8225, %8238 : f32[16,64] @ models/lib/nn.yaml:79:7
%8240 = broadcast %8236 : bool[16,64] @ models/lib/nn.yaml:79:7
%8241 = select %8240, %8239, %8225 : f32[16,64] @ models/lib/nn.yaml:79:7
%8242 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8243 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8244 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8245 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%8246 = add %8244, %8245 : i64[] @ models/lib/nn.yaml:79:7
%8247 = mul %3056, %3057 : f64[] @ models/lib/nn.yaml:79:7
%8248 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8249 = sub %8248, %8247 : f64[] @ models/lib/nn.yaml:79:7
%8250 = cast %8249 : f32[] @ models/lib/nn.yaml:79:7
%8251 = broadcast %8250 : f32[16,64] @ models/lib/nn.yaml:79:7
%8252 = mul %49, %8251 : f32[16,64] @ models/lib/nn.yaml:79:7
%8253 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%8254 = cast %8253 : f32[] @ models/lib/nn.yaml:79:7
%8255 = broadcast %8254 : f32[16,64] @ models/lib/nn.yaml:79:7
%8256 = mul %8241, %8255 : f32[16,64] @ models/lib/nn.yaml:79:7
%8257 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8258 = cast %8257 : f32[] @ models/lib/nn.yaml:79:7
%8259 = broadcast %8258 : f32[16,64] @ models/lib/nn.yaml:79:7
%8260 = mul %8242, %8259 : f32[16,64] @ models/lib/nn.yaml:79:7
%8261 = add %8260, %8256 : f32[16,64] @ models/lib/nn.yaml:79:7
%8262 = mul %8241, %8241 : f32[16,64] @ models/lib/nn.yaml:79:7
%8263 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%8264 = cast %8263 : f32[] @ models/lib/nn.yaml:79:7
%8265 = broadcast %8264 : f32[16,64] @ models/lib/nn.yaml:79:7
%8266 = mul %8262, %8265 : f32[16,64] @ models/lib/nn.yaml:79:7
%8267 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8268 = cast %8267 : f32[] @ models/lib/nn.yaml:79:7
%8269 = broadcast %8268 : f32[16,64] @ models/lib/nn.yaml:79:7
%8270 = mul %8243, %8269 : f32[16,64] @ models/lib/nn.yaml:79:7
%8271 = add %8270, %8266 : f32[16,64] @ models/lib/nn.yaml:79:7
%8272 = cast %8246 : f64[] @ models/lib/nn.yaml:79:7
%8273 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8274 = pow %8273, %8272 : f64[] @ models/lib/nn.yaml:79:7
%8275 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8276 = sub %8275, %8274 : f64[] @ models/lib/nn.yaml:79:7
%8277 = div %3056, %8276 : f64[] @ models/lib/nn.yaml:79:7
%8278 = cast %8246 : f64[] @ models/lib/nn.yaml:79:7
%8279 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8280 = pow %8279, %8278 : f64[] @ models/lib/nn.yaml:79:7
%8281 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8282 = sub %8281, %8280 : f64[] @ models/lib/nn.yaml:79:7
%8283 = sqrt %8282 : f64[] @ models/lib/nn.yaml:79:7
%8284 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8285 = div %8284, %8283 : f64[] @ models/lib/nn.yaml:79:7
%8286 = sqrt %8271 : f32[16,64] @ models/lib/nn.yaml:79:7
%8287 = cast %8285 : f32[] @ models/lib/nn.yaml:79:7
%8288 = broadcast %8287 : f32[16,64] @ models/lib/nn.yaml:79:7
%8289 = mul %8286, %8288 : f32[16,64] @ models/lib/nn.yaml:79:7
%8290 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%8291 = cast %8290 : f32[] @ models/lib/nn.yaml:79:7
%8292 = broadcast %8291 : f32[16,64] @ models/lib/nn.yaml:79:7
%8293 = add %8289, %8292 : f32[16,64] @ models/lib/nn.yaml:79:7
%8294 = div %8261, %8293 : f32[16,64] @ models/lib/nn.yaml:79:7
%8295 = cast %8277 : f32[] @ models/lib/nn.yaml:79:7
%8296 = broadcast %8295 : f32[16,64] @ models/lib/nn.yaml:79:7
%8297 = mul %8294, %8296 : f32[16,64] @ models/lib/nn.yaml:79:7
%8298 = sub %8252, %8297 : f32[16,64] @ models/lib/nn.yaml:79:7
%8299 = assign %49, %8298 : f32[16,64] @ models/lib/nn.yaml:79:7
%8300 = assign %8242, %8261 : f32[16,64] @ models/lib/nn.yaml:79:7
%8301 = assign %8243, %8271 : f32[16,64] @ models/lib/nn.yaml:79:7
%8302 = assign %8244, %8246 : i64[] @ models/lib/nn.yaml:79:7
%8303 = cast %3058 : f32[] @ models/lib/nn.yaml:79:7
%8304 = broadcast %8303 : f32[16,64] @ models/lib/nn.yaml:79:7
%8305 = mul %127, %8304 : f32[16,64] @ models/lib/nn.yaml:79:7
%8306 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8307 = sub %8306, %3058 : f64[] @ models/lib/nn.yaml:79:7
%8308 = cast %8307 : f32[] @ models/lib/nn.yaml:79:7
%8309 = broadcast %8308 : f32[16,64] @ models/lib/nn.yaml:79:7
%8310 = mul %8298, %8309 : f32[16,64] @ models/lib/nn.yaml:79:7
%8311 = add %8305, %8310 : f32[16,64] @ models/lib/nn.yaml:79:7
%8312 = assign %127, %8311 : f32[16,64] @ models/lib/nn.yaml:79:7
%8313 = all_reduce_sum %4275 : f32[16] @ models/lib/nn.yaml:80:7
%8314 = reshape %8313 : f32[16] @ models/lib/nn.yaml:80:7
%8315 = mul %8314, %8314 : f32[16] @ models/lib/nn.yaml:80:7
%8316 = reduce_sum %8315 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8317 = sqrt %8316 : f32[] @ models/lib/nn.yaml:80:7
%8318 = cast %8317 : f64[] @ models/lib/nn.yaml:80:7
%8319 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%8320 = add %8318, %8319 : f64[] @ models/lib/nn.yaml:80:7
%8321 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%8322 = div %8321, %8320 : f64[] @ models/lib/nn.yaml:80:7
%8323 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8324 = lt %8322, %8323 : bool[] @ models/lib/nn.yaml:80:7
%8325 = cast %8322 : f32[] @ models/lib/nn.yaml:80:7
%8326 = broadcast %8325 : f32[16] @ models/lib/nn.yaml:80:7
%8327 = mul %8313, %8326 : f32[16] @ models/lib/nn.yaml:80:7
%8328 = broadcast %8324 : bool[16] @ models/lib/nn.yaml:80:7
%8329 = select %8328, %8327, %8313 : f32[16] @ models/lib/nn.yaml:80:7
%8330 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8331 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8332 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8333 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%8334 = add %8332, %8333 : i64[] @ models/lib/nn.yaml:80:7
%8335 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%8336 = cast %8335 : f32[] @ models/lib/nn.yaml:80:7
%8337 = broadcast %8336 : f32[16] @ models/lib/nn.yaml:80:7
%8338 = mul %8329, %8337 : f32[16] @ models/lib/nn.yaml:80:7
%8339 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8340 = cast %8339 : f32[] @ models/lib/nn.yaml:80:7
%8341 = broadcast %8340 : f32[16] @ models/lib/nn.yaml:80:7
%8342 = mul %8330, %8341 : f32[16] @ models/lib/nn.yaml:80:7
%8343 = add %8342, %8338 : f32[16] @ models/lib/nn.yaml:80:7
%8344 = mul %8329, %8329 : f32[16] @ models/lib/nn.yaml:80:7
%8345 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%8346 = cast %8345 : f32[] @ models/lib/nn.yaml:80:7
%8347 = broadcast %8346 : f32[16] @ models/lib/nn.yaml:80:7
%8348 = mul %8344, %8347 : f32[16] @ models/lib/nn.yaml:80:7
%8349 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8350 = cast %8349 : f32[] @ models/lib/nn.yaml:80:7
%8351 = broadcast %8350 : f32[16] @ models/lib/nn.yaml:80:7
%8352 = mul %8331, %8351 : f32[16] @ models/lib/nn.yaml:80:7
%8353 = add %8352, %8348 : f32[16] @ models/lib/nn.yaml:80:7
%8354 = cast %8334 : f64[] @ models/lib/nn.yaml:80:7
%8355 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8356 = pow %8355, %8354 : f64[] @ models/lib/nn.yaml:80:7
%8357 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8358 = sub %8357, %8356 : f64[] @ models/lib/nn.yaml:80:7
%8359 = div %3056, %8358 : f64[] @ models/lib/nn.yaml:80:7
%8360 = cast %8334 : f64[] @ models/lib/nn.yaml:80:7
%8361 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8362 = pow %8361, %8360 : f64[] @ models/lib/nn.yaml:80:7
%8363 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8364 = sub %8363, %8362 : f64[] @ models/lib/nn.yaml:80:7
%8365 = sqrt %8364 : f64[] @ models/lib/nn.yaml:80:7
%8366 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8367 = div %8366, %8365 : f64[] @ models/lib/nn.yaml:80:7
%8368 = sqrt %8353 : f32[16] @ models/lib/nn.yaml:80:7
%8369 = cast %8367 : f32[] @ models/lib/nn.yaml:80:7
%8370 = broadcast %8369 : f32[16] @ models/lib/nn.yaml:80:7
%8371 = mul %8368, %8370 : f32[16] @ models/lib/nn.yaml:80:7
%8372 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%8373 = cast %8372 : f32[] @ models/lib/nn.yaml:80:7
%8374 = broadcast %8373 : f32[16] @ models/lib/nn.yaml:80:7
%8375 = add %8371, %8374 : f32[16] @ models/lib/nn.yaml:80:7
%8376 = div %8343, %8375 : f32[16] @ models/lib/nn.yaml:80:7
%8377 = cast %8359 : f32[] @ models/lib/nn.yaml:80:7
%8378 = broadcast %8377 : f32[16] @ models/lib/nn.yaml:80:7
%8379 = mul %8376, %8378 : f32[16] @ models/lib/nn.yaml:80:7
%8380 = sub %50, %8379 : f32[16] @ models/lib/nn.yaml:80:7
%8381 = assign %50, %8380 : f32[16] @ models/lib/nn.yaml:80:7
%8382 = assign %8330, %8343 : f32[16] @ models/lib/nn.yaml:80:7
%8383 = assign %8331, %8353 : f32[16] @ models/lib/nn.yaml:80:7
%8384 = assign %8332, %8334 : i64[] @ models/lib/nn.yaml:80:7
%8385 = cast %3058 : f32[] @ models/lib/nn.yaml:80:7
%8386 = broadcast %8385 : f32[16] @ models/lib/nn.yaml:80:7
%8387 = mul %128, %8386 : f32[16] @ models/lib/nn.yaml:80:7
%8388 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8389 = sub %8388, %3058 : f64[] @ models/lib/nn.yaml:80:7
%8390 = cast %8389 : f32[] @ models/lib/nn.yaml:80:7
%8391 = broadcast %8390 : f32[16] @ models/lib/nn.yaml:80:7
%8392 = mul %8380, %8391 : f32[16] @ models/lib/nn.yaml:80:7
%8393 = add %8387, %8392 : f32[16] @ models/lib/nn.yaml:80:7
%8394 = assign %128, %8393 : f32[16] @ models/lib/nn.yaml:80:7
%8395 = all_reduce_sum %4248 : f32[16] @ models/lib/nn.yaml:89:7
%8396 = reshape %8395 : f32[16] @ models/lib/nn.yaml:89:7
%8397 = mul %8396, %8396 : f32[16] @ models/lib/nn.yaml:89:7
%8398 = reduce_sum %8397 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8399 = sqrt %8398 : f32[] @ models/lib/nn.yaml:89:7
%8400 = cast %8399 : f64[] @ models/lib/nn.yaml:89:7
%8401 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%8402 = add %8400, %8401 : f64[] @ models/lib/nn.yaml:89:7
%8403 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%8404 = div %8403, %8402 : f64[] @ models/lib/nn.yaml:89:7
%8405 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%8406 = lt %8404, %8405 : bool[] @ models/lib/nn.yaml:89:7
%8407 = cast %8404 : f32[] @ models/lib/nn.yaml:89:7
%8408 = broadcast %8407 : f32[16] @ models/lib/nn.yaml:89:7
%8409 = mul %8395, %8408 : f32[16] @ models/lib/nn.yaml:89:7
%8410 = broadcast %8406 : bool[16] @ models/lib/nn.yaml:89:7
%8411 = select %8410, %8409, %8395 : f32[16] @ models/lib/nn.yaml:89:7
%8412 = state name="adam_m.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8413 = state name="adam_v.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8414 = state name="adam_t.ca_head.cls_blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8415 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%8416 = add %8414, %8415 : i64[] @ models/lib/nn.yaml:89:7
%8417 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%8418 = cast %8417 : f32[] @ models/lib/nn.yaml:89:7
%8419 = broadcast %8418 : f32[16] @ models/lib/nn.yaml:89:7
%8420 = mul %8411, %8419 : f32[16] @ models/lib/nn.yaml:89:7
%8421 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%8422 = cast %8421 : f32[] @ models/lib/nn.yaml:89:7
%8423 = broadcast %8422 : f32[16] @ models/lib/nn.yaml:89:7
%8424 = mul %8412, %8423 : f32[16] @ models/lib/nn.yaml:89:7
%8425 = add %8424, %8420 : f32[16] @ models/lib/nn.yaml:89:7
%8426 = mul %8411, %8411 : f32[16] @ models/lib/nn.yaml:89:7
%8427 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%8428 = cast %8427 : f32[] @ models/lib/nn.yaml:89:7
%8429 = broadcast %8428 : f32[16] @ models/lib/nn.yaml:89:7
%8430 = mul %8426, %8429 : f32[16] @ models/lib/nn.yaml:89:7
%8431 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%8432 = cast %8431 : f32[] @ models/lib/nn.yaml:89:7
%8433 = broadcast %8432 : f32[16] @ models/lib/nn.yaml:89:7
%8434 = mul %8413, %8433 : f32[16] @ models/lib/nn.yaml:89:7
%8435 = add %8434, %8430 : f32[16] @ models/lib/nn.yaml:89:7
%8436 = cast %8416 : f64[] @ models/lib/nn.yaml:89:7
%8437 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%8438 = pow %8437, %8436 : f64[] @ models/lib/nn.yaml:89:7
%8439 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%8440 = sub %8439, %8438 : f64[] @ models/lib/nn.yaml:89:7
%8441 = div %3056, %8440 : f64[] @ models/lib/nn.yaml:89:7
%8442 = cast %8416 : f64[] @ models/lib/nn.yaml:89:7
%8443 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%8444 = pow %8443, %8442 : f64[] @ models/lib/nn.yaml:89:7
%8445 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%8446 = sub %8445, %8444 : f64[] @ models/lib/nn.yaml:89:7
%8447 = sqrt %8446 : f64[] @ models/lib/nn.yaml:89:7
%8448 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%8449 = div %8448, %8447 : f64[] @ models/lib/nn.yaml:89:7
%8450 = sqrt %8435 : f32[16] @ models/lib/nn.yaml:89:7
%8451 = cast %8449 : f32[] @ models/lib/nn.yaml:89:7
%8452 = broadcast %8451 : f32[16] @ models/lib/nn.yaml:89:7
%8453 = mul %8450, %8452 : f32[16] @ models/lib/nn.yaml:89:7
%8454 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%8455 = cast %8454 : f32[] @ models/lib/nn.yaml:89:7
%8456 = broadcast %8455 : f32[16] @ models/lib/nn.yaml:89:7
%8457 = add %8453, %8456 : f32[16] @ models/lib/nn.yaml:89:7
%8458 = div %8425, %8457 : f32[16] @ models/lib/nn.yaml:89:7
%8459 = cast %8441 : f32[] @ models/lib/nn.yaml:89:7
%8460 = broadcast %8459 : f32[16] @ models/lib/nn.yaml:89:7
%8461 = mul %8458, %8460 : f32[16] @ models/lib/nn.yaml:89:7
%8462 = sub %51, %8461 : f32[16] @ models/lib/nn.yaml:89:7
%8463 = assign %51, %8462 : f32[16] @ models/lib/nn.yaml:89:7
%8464 = assign %8412, %8425 : f32[16] @ models/lib/nn.yaml:89:7
%8465 = assign %8413, %8435 : f32[16] @ models/lib/nn.yaml:89:7
%8466 = assign %8414, %8416 : i64[] @ models/lib/nn.yaml:89:7
%8467 = cast %3058 : f32[] @ models/lib/nn.yaml:89:7
%8468 = broadcast %8467 : f32[16] @ models/lib/nn.yaml:89:7
%8469 = mul %129, %8468 : f32[16] @ models/lib/nn.yaml:89:7
%8470 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%8471 = sub %8470, %3058 : f64[] @ models/lib/nn.yaml:89:7
%8472 = cast %8471 : f32[] @ models/lib/nn.yaml:89:7
%8473 = broadcast %8472 : f32[16] @ models/lib/nn.yaml:89:7
%8474 = mul %8462, %8473 : f32[16] @ models/lib/nn.yaml:89:7
%8475 = add %8469, %8474 : f32[16] @ models/lib/nn.yaml:89:7
%8476 = assign %129, %8475 : f32[16] @ models/lib/nn.yaml:89:7
%8477 = all_reduce_sum %4243 : f32[16] @ models/lib/nn.yaml:90:7
%8478 = reshape %8477 : f32[16] @ models/lib/nn.yaml:90:7
%8479 = mul %8478, %8478 : f32[16] @ models/lib/nn.yaml:90:7
%8480 = reduce_sum %8479 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%8481 = sqrt %8480 : f32[] @ models/lib/nn.yaml:90:7
%8482 = cast %8481 : f64[] @ models/lib/nn.yaml:90:7
%8483 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%8484 = add %8482, %8483 : f64[] @ models/lib/nn.yaml:90:7
%8485 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%8486 = div %8485, %8484 : f64[] @ models/lib/nn.yaml:90:7
%8487 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%8488 = lt %8486, %8487 : bool[] @ models/lib/nn.yaml:90:7
%8489 = cast %8486 : f32[] @ models/lib/nn.yaml:90:7
%8490 = broadcast %8489 : f32[16] @ models/lib/nn.yaml:90:7
%8491 = mul %8477, %8490 : f32[16] @ models/lib/nn.yaml:90:7
%8492 = broadcast %8488 : bool[16] @ models/lib/nn.yaml:90:7
%8493 = select %8492, %8491, %8477 : f32[16] @ models/lib/nn.yaml:90:7
%8494 = state name="adam_m.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8495 = state name="adam_v.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8496 = state name="adam_t.ca_head.cls_blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%8497 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%8498 = add %8496, %8497 : i64[] @ models/lib/nn.yaml:90:7
%8499 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%8500 = cast %8499 : f32[] @ models/lib/nn.yaml:90:7
%8501 = broadcast %8500 : f32[16] @ models/lib/nn.yaml:90:7
%8502 = mul %8493, %8501 : f32[16] @ models/lib/nn.yaml:90:7
%8503 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%8504 = cast %8503 : f32[] @ models/lib/nn.yaml:90:7
%8505 = broadcast %8504 : f32[16] @ models/lib/nn.yaml:90:7
%8506 = mul %8494, %8505 : f32[16] @ models/lib/nn.yaml:90:7
%8507 = add %8506, %8502 : f32[16] @ models/lib/nn.yaml:90:7
%8508 = mul %8493, %8493 : f32[16] @ models/lib/nn.yaml:90:7
%8509 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%8510 = cast %8509 : f32[] @ models/lib/nn.yaml:90:7
%8511 = broadcast %8510 : f32[16] @ models/lib/nn.yaml:90:7
%8512 = mul %8508, %8511 : f32[16] @ models/lib/nn.yaml:90:7
%8513 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%8514 = cast %8513 : f32[] @ models/lib/nn.yaml:90:7
%8515 = broadcast %8514 : f32[16] @ models/lib/nn.yaml:90:7
%8516 = mul %8495, %8515 : f32[16] @ models/lib/nn.yaml:90:7
%8517 = add %8516, %8512 : f32[16] @ models/lib/nn.yaml:90:7
%8518 = cast %8498 : f64[] @ models/lib/nn.yaml:90:7
%8519 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%8520 = pow %8519, %8518 : f64[] @ models/lib/nn.yaml:90:7
%8521 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%8522 = sub %8521, %8520 : f64[] @ models/lib/nn.yaml:90:7
%8523 = div %3056, %8522 : f64[] @ models/lib/nn.yaml:90:7
%8524 = cast %8498 : f64[] @ models/lib/nn.yaml:90:7
%8525 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%8526 = pow %8525, %8524 : f64[] @ models/lib/nn.yaml:90:7
%8527 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%8528 = sub %8527, %8526 : f64[] @ models/lib/nn.yaml:90:7
%8529 = sqrt %8528 : f64[] @ models/lib/nn.yaml:90:7
%8530 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%8531 = div %8530, %8529 : f64[] @ models/lib/nn.yaml:90:7
%8532 = sqrt %8517 : f32[16] @ models/lib/nn.yaml:90:7
%8533 = cast %8531 : f32[] @ models/lib/nn.yaml:90:7
%8534 = broadcast %8533 : f32[16] @ models/lib/nn.yaml:90:7
%8535 = mul %8532, %8534 : f32[16] @ models/lib/nn.yaml:90:7
%8536 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%8537 = cast %8536 : f32[] @ models/lib/nn.yaml:90:7
%8538 = broadcast %8537 : f32[16] @ models/lib/nn.yaml:90:7
%8539 = add %8535, %8538 : f32[16] @ models/lib/nn.yaml:90:7
%8540 = div %8507, %8539 : f32[16] @ models/lib/nn.yaml:90:7
%8541 = cast %8523 : f32[] @ models/lib/nn.yaml:90:7
%8542 = broadcast %8541 : f32[16] @ models/lib/nn.yaml:90:7
%8543 = mul %8540, %8542 : f32[16] @ models/lib/nn.yaml:90:7
%8544 = sub %52, %8543 : f32[16] @ models/lib/nn.yaml:90:7
%8545 = assign %52, %8544 : f32[16] @ models/lib/nn.yaml:90:7
%8546 = assign %8494, %8507 : f32[16] @ models/lib/nn.yaml:90:7
%8547 = assign %8495, %8517 : f32[16] @ models/lib/nn.yaml:90:7
%8548 = assign %8496, %8498 : i64[] @ models/lib/nn.yaml:90:7
%8549 = cast %3058 : f32[] @ models/lib/nn.yaml:90:7
%8550 = broadcast %8549 : f32[16] @ models/lib/nn.yaml:90:7
%8551 = mul %130, %8550 : f32[16] @ models/lib/nn.yaml:90:7
%8552 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%8553 = sub %8552, %3058 : f64[] @ models/lib/nn.yaml:90:7
%8554 = cast %8553 : f32[] @ models/lib/nn.yaml:90:7
%8555 = broadcast %8554 : f32[16] @ models/lib/nn.yaml:90:7
%8556 = mul %8544, %8555 : f32[16] @ models/lib/nn.yaml:90:7
%8557 = add %8551, %8556 : f32[16] @ models/lib/nn.yaml:90:7
%8558 = assign %130, %8557 : f32[16] @ models/lib/nn.yaml:90:7
%8559 = all_reduce_sum %4238 : f32[16,16] @ models/lib/nn.yaml:79:7
%8560 = reshape %8559 : f32[256] @ models/lib/nn.yaml:79:7
%8561 = mul %8560, %8560 : f32[256] @ models/lib/nn.yaml:79:7
%8562 = reduce_sum %8561 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8563 = sqrt %8562 : f32[] @ models/lib/nn.yaml:79:7
%8564 = cast %8563 : f64[] @ models/lib/nn.yaml:79:7
%8565 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%8566 = add %8564, %8565 : f64[] @ models/lib/nn.yaml:79:7
%8567 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%8568 = div %8567, %8566 : f64[] @ models/lib/nn.yaml:79:7
%8569 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8570 = lt %8568, %8569 : bool[] @ models/lib/nn.yaml:79:7
%8571 = cast %8568 : f32[] @ models/lib/nn.yaml:79:7
%8572 = broadcast %8571 : f32[16,16] @ models/lib/nn.yaml:79:7
%8573 = mul %8559, %8572 : f32[16,16] @ models/lib/nn.yaml:79:7
%8574 = broadcast %8570 : bool[16,16] @ models/lib/nn.yaml:79:7
%8575 = select %8574, %8573, %8559 : f32[16,16] @ models/lib/nn.yaml:79:7
%8576 = state name="adam_m.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8577 = state name="adam_v.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8578 = state name="adam_t.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8579 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%8580 = add %8578, %8579 : i64[] @ models/lib/nn.yaml:79:7
%8581 = mul %3056, %3057 : f64[] @ models/lib/nn.yaml:79:7
%8582 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8583 = sub %8582, %8581 : f64[] @ models/lib/nn.yaml:79:7
%8584 = cast %8583 : f32[] @ models/lib/nn.yaml:79:7
%8585 = broadcast %8584 : f32[16,16] @ models/lib/nn.yaml:79:7
%8586 = mul %53, %8585 : f32[16,16] @ models/lib/nn.yaml:79:7
%8587 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%8588 = cast %8587 : f32[] @ models/lib/nn.yaml:79:7
%8589 = broadcast %8588 : f32[16,16] @ models/lib/nn.yaml:79:7
%8590 = mul %8575, %8589 : f32[16,16] @ models/lib/nn.yaml:79:7
%8591 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8592 = cast %8591 : f32[] @ models/lib/nn.yaml:79:7
%8593 = broadcast %8592 : f32[16,16] @ models/lib/nn.yaml:79:7
%8594 = mul %8576, %8593 : f32[16,16] @ models/lib/nn.yaml:79:7
%8595 = add %8594, %8590 : f32[16,16] @ models/lib/nn.yaml:79:7
%8596 = mul %8575, %8575 : f32[16,16] @ models/lib/nn.yaml:79:7
%8597 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%8598 = cast %8597 : f32[] @ models/lib/nn.yaml:79:7
%8599 = broadcast %8598 : f32[16,16] @ models/lib/nn.yaml:79:7
%8600 = mul %8596, %8599 : f32[16,16] @ models/lib/nn.yaml:79:7
%8601 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8602 = cast %8601 : f32[] @ models/lib/nn.yaml:79:7
%8603 = broadcast %8602 : f32[16,16] @ models/lib/nn.yaml:79:7
%8604 = mul %8577, %8603 : f32[16,16] @ models/lib/nn.yaml:79:7
%8605 = add %8604, %8600 : f32[16,16] @ models/lib/nn.yaml:79:7
%8606 = cast %8580 : f64[] @ models/lib/nn.yaml:79:7
%8607 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8608 = pow %8607, %8606 : f64[] @ models/lib/nn.yaml:79:7
%8609 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8610 = sub %8609, %8608 : f64[] @ models/lib/nn.yaml:79:7
%8611 = div %3056, %8610 : f64[] @ models/lib/nn.yaml:79:7
%8612 = cast %8580 : f64[] @ models/lib/nn.yaml:79:7
%8613 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8614 = pow %8613, %8612 : f64[] @ models/lib/nn.yaml:79:7
%8615 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8616 = sub %8615, %8614 : f64[] @ models/lib/nn.yaml:79:7
%8617 = sqrt %8616 : f64[] @ models/lib/nn.yaml:79:7
%8618 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8619 = div %8618, %8617 : f64[] @ models/lib/nn.yaml:79:7
%8620 = sqrt %8605 : f32[16,16] @ models/lib/nn.yaml:79:7
%8621 = cast %8619 : f32[] @ models/lib/nn.yaml:79:7
%8622 = broadcast %8621 : f32[16,16] @ models/lib/nn.yaml:79:7
%8623 = mul %8620, %8622 : f32[16,16] @ models/lib/nn.yaml:79:7
%8624 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%8625 = cast %8624 : f32[] @ models/lib/nn.yaml:79:7
%8626 = broadcast %8625 : f32[16,16] @ models/lib/nn.yaml:79:7
%8627 = add %8623, %8626 : f32[16,16] @ models/lib/nn.yaml:79:7
%8628 = div %8595, %8627 : f32[16,16] @ models/lib/nn.yaml:79:7
%8629 = cast %8611 : f32[] @ models/lib/nn.yaml:79:7
%8630 = broadcast %8629 : f32[16,16] @ models/lib/nn.yaml:79:7
%8631 = mul %8628, %8630 : f32[16,16] @ models/lib/nn.yaml:79:7
%8632 = sub %8586, %8631 : f32[16,16] @ models/lib/nn.yaml:79:7
%8633 = assign %53, %8632 : f32[16,16] @ models/lib/nn.yaml:79:7
%8634 = assign %8576, %8595 : f32[16,16] @ models/lib/nn.yaml:79:7
%8635 = assign %8577, %8605 : f32[16,16] @ models/lib/nn.yaml:79:7
%8636 = assign %8578, %8580 : i64[] @ models/lib/nn.yaml:79:7
%8637 = cast %3058 : f32[] @ models/lib/nn.yaml:79:7
%8638 = broadcast %8637 : f32[16,16] @ models/lib/nn.yaml:79:7
%8639 = mul %131, %8638 : f32[16,16] @ models/lib/nn.yaml:79:7
%8640 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8641 = sub %8640, %3058 : f64[] @ models/lib/nn.yaml:79:7
%8642 = cast %8641 : f32[] @ models/lib/nn.yaml:79:7
%8643 = broadcast %8642 : f32[16,16] @ models/lib/nn.yaml:79:7
%8644 = mul %8632, %8643 : f32[16,16] @ models/lib/nn.yaml:79:7
%8645 = add %8639, %8644 : f32[16,16] @ models/lib/nn.yaml:79:7
%8646 = assign %131, %8645 : f32[16,16] @ models/lib/nn.yaml:79:7
%8647 = all_reduce_sum %4233 : f32[16] @ models/lib/nn.yaml:80:7
%8648 = reshape %8647 : f32[16] @ models/lib/nn.yaml:80:7
%8649 = mul %8648, %8648 : f32[16] @ models/lib/nn.yaml:80:7
%8650 = reduce_sum %8649 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8651 = sqrt %8650 : f32[] @ models/lib/nn.yaml:80:7
%8652 = cast %8651 : f64[] @ models/lib/nn.yaml:80:7
%8653 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%8654 = add %8652, %8653 : f64[] @ models/lib/nn.yaml:80:7
%8655 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%8656 = div %8655, %8654 : f64[] @ models/lib/nn.yaml:80:7
%8657 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8658 = lt %8656, %8657 : bool[] @ models/lib/nn.yaml:80:7
%8659 = cast %8656 : f32[] @ models/lib/nn.yaml:80:7
%8660 = broadcast %8659 : f32[16] @ models/lib/nn.yaml:80:7
%8661 = mul %8647, %8660 : f32[16] @ models/lib/nn.yaml:80:7
%8662 = broadcast %8658 : bool[16] @ models/lib/nn.yaml:80:7
%8663 = select %8662, %8661, %8647 : f32[16] @ models/lib/nn.yaml:80:7
%8664 = state name="adam_m.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8665 = state name="adam_v.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8666 = state name="adam_t.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8667 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%8668 = add %8666, %8667 : i64[] @ models/lib/nn.yaml:80:7
%8669 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%8670 = cast %8669 : f32[] @ models/lib/nn.yaml:80:7
%8671 = broadcast %8670 : f32[16] @ models/lib/nn.yaml:80:7
%8672 = mul %8663, %8671 : f32[16] @ models/lib/nn.yaml:80:7
%8673 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8674 = cast %8673 : f32[] @ models/lib/nn.yaml:80:7
%8675 = broadcast %8674 : f32[16] @ models/lib/nn.yaml:80:7
%8676 = mul %8664, %8675 : f32[16] @ models/lib/nn.yaml:80:7
%8677 = add %8676, %8672 : f32[16] @ models/lib/nn.yaml:80:7
%8678 = mul %8663, %8663 : f32[16] @ models/lib/nn.yaml:80:7
%8679 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%8680 = cast %8679 : f32[] @ models/lib/nn.yaml:80:7
%8681 = broadcast %8680 : f32[16] @ models/lib/nn.yaml:80:7
%8682 = mul %8678, %8681 : f32[16] @ models/lib/nn.yaml:80:7
%8683 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8684 = cast %8683 : f32[] @ models/lib/nn.yaml:80:7
%8685 = broadcast %8684 : f32[16] @ models/lib/nn.yaml:80:7
%8686 = mul %8665, %8685 : f32[16] @ models/lib/nn.yaml:80:7
%8687 = add %8686, %8682 : f32[16] @ models/lib/nn.yaml:80:7
%8688 = cast %8668 : f64[] @ models/lib/nn.yaml:80:7
%8689 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8690 = pow %8689, %8688 : f64[] @ models/lib/nn.yaml:80:7
%8691 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8692 = sub %8691, %8690 : f64[] @ models/lib/nn.yaml:80:7
%8693 = div %3056, %8692 : f64[] @ models/lib/nn.yaml:80:7
%8694 = cast %8668 : f64[] @ models/lib/nn.yaml:80:7
%8695 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8696 = pow %8695, %8694 : f64[] @ models/lib/nn.yaml:80:7
%8697 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8698 = sub %8697, %8696 : f64[] @ models/lib/nn.yaml:80:7
%8699 = sqrt %8698 : f64[] @ models/lib/nn.yaml:80:7
%8700 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8701 = div %8700, %8699 : f64[] @ models/lib/nn.yaml:80:7
%8702 = sqrt %8687 : f32[16] @ models/lib/nn.yaml:80:7
%8703 = cast %8701 : f32[] @ models/lib/nn.yaml:80:7
%8704 = broadcast %8703 : f32[16] @ models/lib/nn.yaml:80:7
%8705 = mul %8702, %8704 : f32[16] @ models/lib/nn.yaml:80:7
%8706 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%8707 = cast %8706 : f32[] @ models/lib/nn.yaml:80:7
%8708 = broadcast %8707 : f32[16] @ models/lib/nn.yaml:80:7
%8709 = add %8705, %8708 : f32[16] @ models/lib/nn.yaml:80:7
%8710 = div %8677, %8709 : f32[16] @ models/lib/nn.yaml:80:7
%8711 = cast %8693 : f32[] @ models/lib/nn.yaml:80:7
%8712 = broadcast %8711 : f32[16] @ models/lib/nn.yaml:80:7
%8713 = mul %8710, %8712 : f32[16] @ models/lib/nn.yaml:80:7
%8714 = sub %54, %8713 : f32[16] @ models/lib/nn.yaml:80:7
%8715 = assign %54, %8714 : f32[16] @ models/lib/nn.yaml:80:7
%8716 = assign %8664, %8677 : f32[16] @ models/lib/nn.yaml:80:7
%8717 = assign %8665, %8687 : f32[16] @ models/lib/nn.yaml:80:7
%8718 = assign %8666, %8668 : i64[] @ models/lib/nn.yaml:80:7
%8719 = cast %3058 : f32[] @ models/lib/nn.yaml:80:7
%8720 = broadcast %8719 : f32[16] @ models/lib/nn.yaml:80:7
%8721 = mul %132, %8720 : f32[16] @ models/lib/nn.yaml:80:7
%8722 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8723 = sub %8722, %3058 : f64[] @ models/lib/nn.yaml:80:7
%8724 = cast %8723 : f32[] @ models/lib/nn.yaml:80:7
%8725 = broadcast %8724 : f32[16] @ models/lib/nn.yaml:80:7
%8726 = mul %8714, %8725 : f32[16] @ models/lib/nn.yaml:80:7
%8727 = add %8721, %8726 : f32[16] @ models/lib/nn.yaml:80:7
%8728 = assign %132, %8727 : f32[16] @ models/lib/nn.yaml:80:7
%8729 = all_reduce_sum %4228 : f32[16,16] @ models/lib/nn.yaml:79:7
%8730 = reshape %8729 : f32[256] @ models/lib/nn.yaml:79:7
%8731 = mul %8730, %8730 : f32[256] @ models/lib/nn.yaml:79:7
%8732 = reduce_sum %8731 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8733 = sqrt %8732 : f32[] @ models/lib/nn.yaml:79:7
%8734 = cast %8733 : f64[] @ models/lib/nn.yaml:79:7
%8735 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%8736 = add %8734, %8735 : f64[] @ models/lib/nn.yaml:79:7
%8737 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%8738 = div %8737, %8736 : f64[] @ models/lib/nn.yaml:79:7
%8739 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8740 = lt %8738, %8739 : bool[] @ models/lib/nn.yaml:79:7
%8741 = cast %8738 : f32[] @ models/lib/nn.yaml:79:7
%8742 = broadcast %8741 : f32[16,16] @ models/lib/nn.yaml:79:7
%8743 = mul %8729, %8742 : f32[16,16] @ models/lib/nn.yaml:79:7
%8744 = broadcast %8740 : bool[16,16] @ models/lib/nn.yaml:79:7
%8745 = select %8744, %8743, %8729 : f32[16,16] @ models/lib/nn.yaml:79:7
%8746 = state name="adam_m.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8747 = state name="adam_v.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8748 = state name="adam_t.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8749 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%8750 = add %8748, %8749 : i64[] @ models/lib/nn.yaml:79:7
%8751 = mul %3056, %3057 : f64[] @ models/lib/nn.yaml:79:7
%8752 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8753 = sub %8752, %8751 : f64[] @ models/lib/nn.yaml:79:7
%8754 = cast %8753 : f32[] @ models/lib/nn.yaml:79:7
%8755 = broadcast %8754 : f32[16,16] @ models/lib/nn.yaml:79:7
%8756 = mul %55, %8755 : f32[16,16] @ models/lib/nn.yaml:79:7
%8757 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%8758 = cast %8757 : f32[] @ models/lib/nn.yaml:79:7
%8759 = broadcast %8758 : f32[16,16] @ models/lib/nn.yaml:79:7
%8760 = mul %8745, %8759 : f32[16,16] @ models/lib/nn.yaml:79:7
%8761 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8762 = cast %8761 : f32[] @ models/lib/nn.yaml:79:7
%8763 = broadcast %8762 : f32[16,16] @ models/lib/nn.yaml:79:7
%8764 = mul %8746, %8763 : f32[16,16] @ models/lib/nn.yaml:79:7
%8765 = add %8764, %8760 : f32[16,16] @ models/lib/nn.yaml:79:7
%8766 = mul %8745, %8745 : f32[16,16] @ models/lib/nn.yaml:79:7
%8767 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%8768 = cast %8767 : f32[] @ models/lib/nn.yaml:79:7
%8769 = broadcast %8768 : f32[16,16] @ models/lib/nn.yaml:79:7
%8770 = mul %8766, %8769 : f32[16,16] @ models/lib/nn.yaml:79:7
%8771 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8772 = cast %8771 : f32[] @ models/lib/nn.yaml:79:7
%8773 = broadcast %8772 : f32[16,16] @ models/lib/nn.yaml:79:7
%8774 = mul %8747, %8773 : f32[16,16] @ models/lib/nn.yaml:79:7
%8775 = add %8774, %8770 : f32[16,16] @ models/lib/nn.yaml:79:7
%8776 = cast %8750 : f64[] @ models/lib/nn.yaml:79:7
%8777 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8778 = pow %8777, %8776 : f64[] @ models/lib/nn.yaml:79:7
%8779 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8780 = sub %8779, %8778 : f64[] @ models/lib/nn.yaml:79:7
%8781 = div %3056, %8780 : f64[] @ models/lib/nn.yaml:79:7
%8782 = cast %8750 : f64[] @ models/lib/nn.yaml:79:7
%8783 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8784 = pow %8783, %8782 : f64[] @ models/lib/nn.yaml:79:7
%8785 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8786 = sub %8785, %8784 : f64[] @ models/lib/nn.yaml:79:7
%8787 = sqrt %8786 : f64[] @ models/lib/nn.yaml:79:7
%8788 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8789 = div %8788, %8787 : f64[] @ models/lib/nn.yaml:79:7
%8790 = sqrt %8775 : f32[16,16] @ models/lib/nn.yaml:79:7
%8791 = cast %8789 : f32[] @ models/lib/nn.yaml:79:7
%8792 = broadcast %8791 : f32[16,16] @ models/lib/nn.yaml:79:7
%8793 = mul %8790, %8792 : f32[16,16] @ models/lib/nn.yaml:79:7
%8794 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%8795 = cast %8794 : f32[] @ models/lib/nn.yaml:79:7
%8796 = broadcast %8795 : f32[16,16] @ models/lib/nn.yaml:79:7
%8797 = add %8793, %8796 : f32[16,16] @ models/lib/nn.yaml:79:7
%8798 = div %8765, %8797 : f32[16,16] @ models/lib/nn.yaml:79:7
%8799 = cast %8781 : f32[] @ models/lib/nn.yaml:79:7
%8800 = broadcast %8799 : f32[16,16] @ models/lib/nn.yaml:79:7
%8801 = mul %8798, %8800 : f32[16,16] @ models/lib/nn.yaml:79:7
%8802 = sub %8756, %8801 : f32[16,16] @ models/lib/nn.yaml:79:7
%8803 = assign %55, %8802 : f32[16,16] @ models/lib/nn.yaml:79:7
%8804 = assign %8746, %8765 : f32[16,16] @ models/lib/nn.yaml:79:7
%8805 = assign %8747, %8775 : f32[16,16] @ models/lib/nn.yaml:79:7
%8806 = assign %8748, %8750 : i64[] @ models/lib/nn.yaml:79:7
%8807 = cast %3058 : f32[] @ models/lib/nn.yaml:79:7
%8808 = broadcast %8807 : f32[16,16] @ models/lib/nn.yaml:79:7
%8809 = mul %133, %8808 : f32[16,16] @ models/lib/nn.yaml:79:7
%8810 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8811 = sub %8810, %3058 : f64[] @ models/lib/nn.yaml:79:7
%8812 = cast %8811 : f32[] @ models/lib/nn.yaml:79:7
%8813 = broadcast %8812 : f32[16,16] @ models/lib/nn.yaml:79:7
%8814 = mul %8802, %8813 : f32[16,16] @ models/lib/nn.yaml:79:7
%8815 = add %8809, %8814 : f32[16,16] @ models/lib/nn.yaml:79:7
%8816 = assign %133, %8815 : f32[16,16] @ models/lib/nn.yaml:79:7
%8817 = all_reduce_sum %4222 : f32[16] @ models/lib/nn.yaml:80:7
%8818 = reshape %8817 : f32[16] @ models/lib/nn.yaml:80:7
%8819 = mul %8818, %8818 : f32[16] @ models/lib/nn.yaml:80:7
%8820 = reduce_sum %8819 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8821 = sqrt %8820 : f32[] @ models/lib/nn.yaml:80:7
%8822 = cast %8821 : f64[] @ models/lib/nn.yaml:80:7
%8823 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%8824 = add %8822, %8823 : f64[] @ models/lib/nn.yaml:80:7
%8825 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%8826 = div %8825, %8824 : f64[] @ models/lib/nn.yaml:80:7
%8827 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8828 = lt %8826, %8827 : bool[] @ models/lib/nn.yaml:80:7
%8829 = cast %8826 : f32[] @ models/lib/nn.yaml:80:7
%8830 = broadcast %8829 : f32[16] @ models/lib/nn.yaml:80:7
%8831 = mul %8817, %8830 : f32[16] @ models/lib/nn.yaml:80:7
%8832 = broadcast %8828 : bool[16] @ models/lib/nn.yaml:80:7
%8833 = select %8832, %8831, %8817 : f32[16] @ models/lib/nn.yaml:80:7
%8834 = state name="adam_m.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8835 = state name="adam_v.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8836 = state name="adam_t.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8837 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%8838 = add %8836, %8837 : i64[] @ models/lib/nn.yaml:80:7
%8839 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%8840 = cast %8839 : f32[] @ models/lib/nn.yaml:80:7
%8841 = broadcast %8840 : f32[16] @ models/lib/nn.yaml:80:7
%8842 = mul %8833, %8841 : f32[16] @ models/lib/nn.yaml:80:7
%8843 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8844 = cast %8843 : f32[] @ models/lib/nn.yaml:80:7
%8845 = broadcast %8844 : f32[16] @ models/lib/nn.yaml:80:7
%8846 = mul %8834, %8845 : f32[16] @ models/lib/nn.yaml:80:7
%8847 = add %8846, %8842 : f32[16] @ models/lib/nn.yaml:80:7
%8848 = mul %8833, %8833 : f32[16] @ models/lib/nn.yaml:80:7
%8849 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%8850 = cast %8849 : f32[] @ models/lib/nn.yaml:80:7
%8851 = broadcast %8850 : f32[16] @ models/lib/nn.yaml:80:7
%8852 = mul %8848, %8851 : f32[16] @ models/lib/nn.yaml:80:7
%8853 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8854 = cast %8853 : f32[] @ models/lib/nn.yaml:80:7
%8855 = broadcast %8854 : f32[16] @ models/lib/nn.yaml:80:7
%8856 = mul %8835, %8855 : f32[16] @ models/lib/nn.yaml:80:7
%8857 = add %8856, %8852 : f32[16] @ models/lib/nn.yaml:80:7
%8858 = cast %8838 : f64[] @ models/lib/nn.yaml:80:7
%8859 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8860 = pow %8859, %8858 : f64[] @ models/lib/nn.yaml:80:7
%8861 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8862 = sub %8861, %8860 : f64[] @ models/lib/nn.yaml:80:7
%8863 = div %3056, %8862 : f64[] @ models/lib/nn.yaml:80:7
%8864 = cast %8838 : f64[] @ models/lib/nn.yaml:80:7
%8865 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8866 = pow %8865, %8864 : f64[] @ models/lib/nn.yaml:80:7
%8867 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8868 = sub %8867, %8866 : f64[] @ models/lib/nn.yaml:80:7
%8869 = sqrt %8868 : f64[] @ models/lib/nn.yaml:80:7
%8870 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8871 = div %8870, %8869 : f64[] @ models/lib/nn.yaml:80:7
%8872 = sqrt %8857 : f32[16] @ models/lib/nn.yaml:80:7
%8873 = cast %8871 : f32[] @ models/lib/nn.yaml:80:7
%8874 = broadcast %8873 : f32[16] @ models/lib/nn.yaml:80:7
%8875 = mul %8872, %8874 : f32[16] @ models/lib/nn.yaml:80:7
%8876 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%8877 = cast %8876 : f32[] @ models/lib/nn.yaml:80:7
%8878 = broadcast %8877 : f32[16] @ models/lib/nn.yaml:80:7
%8879 = add %8875, %8878 : f32[16] @ models/lib/nn.yaml:80:7
%8880 = div %8847, %8879 : f32[16] @ models/lib/nn.yaml:80:7
%8881 = cast %8863 : f32[] @ models/lib/nn.yaml:80:7
%8882 = broadcast %8881 : f32[16] @ models/lib/nn.yaml:80:7
%8883 = mul %8880, %8882 : f32[16] @ models/lib/nn.yaml:80:7
%8884 = sub %56, %8883 : f32[16] @ models/lib/nn.yaml:80:7
%8885 = assign %56, %8884 : f32[16] @ models/lib/nn.yaml:80:7
%8886 = assign %8834, %8847 : f32[16] @ models/lib/nn.yaml:80:7
%8887 = assign %8835, %8857 : f32[16] @ models/lib/nn.yaml:80:7
%8888 = assign %8836, %8838 : i64[] @ models/lib/nn.yaml:80:7
%8889 = cast %3058 : f32[] @ models/lib/nn.yaml:80:7
%8890 = broadcast %8889 : f32[16] @ models/lib/nn.yaml:80:7
%8891 = mul %134, %8890 : f32[16] @ models/lib/nn.yaml:80:7
%8892 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8893 = sub %8892, %3058 : f64[] @ models/lib/nn.yaml:80:7
%8894 = cast %8893 : f32[] @ models/lib/nn.yaml:80:7
%8895 = broadcast %8894 : f32[16] @ models/lib/nn.yaml:80:7
%8896 = mul %8884, %8895 : f32[16] @ models/lib/nn.yaml:80:7
%8897 = add %8891, %8896 : f32[16] @ models/lib/nn.yaml:80:7
%8898 = assign %134, %8897 : f32[16] @ models/lib/nn.yaml:80:7
%8899 = all_reduce_sum %4217 : f32[16,16] @ models/lib/nn.yaml:79:7
%8900 = reshape %8899 : f32[256] @ models/lib/nn.yaml:79:7
%8901 = mul %8900, %8900 : f32[256] @ models/lib/nn.yaml:79:7
%8902 = reduce_sum %8901 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8903 = sqrt %8902 : f32[] @ models/lib/nn.yaml:79:7
%8904 = cast %8903 : f64[] @ models/lib/nn.yaml:79:7
%8905 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%8906 = add %8904, %8905 : f64[] @ models/lib/nn.yaml:79:7
%8907 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%8908 = div %8907, %8906 : f64[] @ models/lib/nn.yaml:79:7
%8909 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8910 = lt %8908, %8909 : bool[] @ models/lib/nn.yaml:79:7
%8911 = cast %8908 : f32[] @ models/lib/nn.yaml:79:7
%8912 = broadcast %8911 : f32[16,16] @ models/lib/nn.yaml:79:7
%8913 = mul %8899, %8912 : f32[16,16] @ models/lib/nn.yaml:79:7
%8914 = broadcast %8910 : bool[16,16] @ models/lib/nn.yaml:79:7
%8915 = select %8914, %8913, %8899 : f32[16,16] @ models/lib/nn.yaml:79:7
%8916 = state name="adam_m.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8917 = state name="adam_v.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8918 = state name="adam_t.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8919 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%8920 = add %8918, %8919 : i64[] @ models/lib/nn.yaml:79:7
%8921 = mul %3056, %3057 : f64[] @ models/lib/nn.yaml:79:7
%8922 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8923 = sub %8922, %8921 : f64[] @ models/lib/nn.yaml:79:7
%8924 = cast %8923 : f32[] @ models/lib/nn.yaml:79:7
%8925 = broadcast %8924 : f32[16,16] @ models/lib/nn.yaml:79:7
%8926 = mul %57, %8925 : f32[16,16] @ models/lib/nn.yaml:79:7
%8927 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%8928 = cast %8927 : f32[] @ models/lib/nn.yaml:79:7
%8929 = broadcast %8928 : f32[16,16] @ models/lib/nn.yaml:79:7
%8930 = mul %8915, %8929 : f32[16,16] @ models/lib/nn.yaml:79:7
%8931 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8932 = cast %8931 : f32[] @ models/lib/nn.yaml:79:7
%8933 = broadcast %8932 : f32[16,16] @ models/lib/nn.yaml:79:7
%8934 = mul %8916, %8933 : f32[16,16] @ models/lib/nn.yaml:79:7
%8935 = add %8934, %8930 : f32[16,16] @ models/lib/nn.yaml:79:7
%8936 = mul %8915, %8915 : f32[16,16] @ models/lib/nn.yaml:79:7
%8937 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%8938 = cast %8937 : f32[] @ models/lib/nn.yaml:79:7
%8939 = broadcast %8938 : f32[16,16] @ models/lib/nn.yaml:79:7
%8940 = mul %8936, %8939 : f32[16,16] @ models/lib/nn.yaml:79:7
%8941 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8942 = cast %8941 : f32[] @ models/lib/nn.yaml:79:7
%8943 = broadcast %8942 : f32[16,16] @ models/lib/nn.yaml:79:7
%8944 = mul %8917, %8943 : f32[16,16] @ models/lib/nn.yaml:79:7
%8945 = add %8944, %8940 : f32[16,16] @ models/lib/nn.yaml:79:7
%8946 = cast %8920 : f64[] @ models/lib/nn.yaml:79:7
%8947 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8948 = pow %8947, %8946 : f64[] @ models/lib/nn.yaml:79:7
%8949 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8950 = sub %8949, %8948 : f64[] @ models/lib/nn.yaml:79:7
%8951 = div %3056, %8950 : f64[] @ models/lib/nn.yaml:79:7
%8952 = cast %8920 : f64[] @ models/lib/nn.yaml:79:7
%8953 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8954 = pow %8953, %8952 : f64[] @ models/lib/nn.yaml:79:7
%8955 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8956 = sub %8955, %8954 : f64[] @ models/lib/nn.yaml:79:7
%8957 = sqrt %8956 : f64[] @ models/lib/nn.yaml:79:7
%8958 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8959 = div %8958, %8957 : f64[] @ models/lib/nn.yaml:79:7
%8960 = sqrt %8945 : f32[16,16] @ models/lib/nn.yaml:79:7
%8961 = cast %8959 : f32[] @ models/lib/nn.yaml:79:7
%8962 = broadcast %8961 : f32[16,16] @ models/lib/nn.yaml:79:7
%8963 = mul %8960, %8962 : f32[16,16] @ models/lib/nn.yaml:79:7
%8964 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%8965 = cast %8964 : f32[] @ models/lib/nn.yaml:79:7
%8966 = broadcast %8965 : f32[16,16] @ models/lib/nn.yaml:79:7
%8967 = add %8963, %8966 : f32[16,16] @ models/lib/nn.yaml:79:7
%8968 = div %8935, %8967 : f32[16,16] @ models/lib/nn.yaml:79:7
%8969 = cast %8951 : f32[] @ models/lib/nn.yaml:79:7
%8970 = broadcast %8969 : f32[16,16] @ models/lib/nn.yaml:79:7
%8971 = mul %8968, %8970 : f32[16,16] @ models/lib/nn.yaml:79:7
%8972 = sub %8926, %8971 : f32[16,16] @ models/lib/nn.yaml:79:7
%8973 = assign %57, %8972 : f32[16,16] @ models/lib/nn.yaml:79:7
%8974 = assign %8916, %8935 : f32[16,16] @ models/lib/nn.yaml:79:7
%8975 = assign %8917, %8945 : f32[16,16] @ models/lib/nn.yaml:79:7
%8976 = assign %8918, %8920 : i64[] @ models/lib/nn.yaml:79:7
%8977 = cast %3058 : f32[] @ models/lib/nn.yaml:79:7
%8978 = broadcast %8977 : f32[16,16] @ models/lib/nn.yaml:79:7
%8979 = mul %135, %8978 : f32[16,16] @ models/lib/nn.yaml:79:7
%8980 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8981 = sub %8980, %3058 : f64[] @ models/lib/nn.yaml:79:7
%8982 = cast %8981 : f32[] @ models/lib/nn.yaml:79:7
%8983 = broadcast %8982 : f32[16,16] @ models/lib/nn.yaml:79:7
%8984 = mul %8972, %8983 : f32[16,16] @ models/lib/nn.yaml:79:7
%8985 = add %8979, %8984 : f32[16,16] @ models/lib/nn.yaml:79:7
%8986 = assign %135, %8985 : f32[16,16] @ models/lib/nn.yaml:79:7
%8987 = all_reduce_sum %4212 : f32[16] @ models/lib/nn.yaml:80:7
%8988 = reshape %8987 : f32[16] @ models/lib/nn.yaml:80:7
%8989 = mul %8988, %8988 : f32[16] @ models/lib/nn.yaml:80:7
%8990 = reduce_sum %8989 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8991 = sqrt %8990 : f32[] @ models/lib/nn.yaml:80:7
%8992 = cast %8991 : f64[] @ models/lib/nn.yaml:80:7
%8993 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%8994 = add %8992, %8993 : f64[] @ models/lib/nn.yaml:80:7
%8995 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%8996 = div %8995, %8994 : f64[] @ models/lib/nn.yaml:80:7
%8997 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8998 = lt %8996, %8997 : bool[] @ models/lib/nn.yaml:80:7
%8999 = cast %8996 : f32[] @ models/lib/nn.yaml:80:7
%9000 = broadcast %8999 : f32[16] @ models/lib/nn.yaml:80:7
%9001 = mul %8987, %9000 : f32[16] @ models/lib/nn.yaml:80:7
%9002 = broadcast %8998 : bool[16] @ models/lib/nn.yaml:80:7
%9003 = select %9002, %9001, %8987 : f32[16] @ models/lib/nn.yaml:80:7
%9004 = state name="adam_m.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9005 = state name="adam_v.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9006 = state name="adam_t.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9007 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%9008 = add %9006, %9007 : i64[] @ models/lib/nn.yaml:80:7
%9009 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%9010 = cast %9009 : f32[] @ models/lib/nn.yaml:80:7
%9011 = broadcast %9010 : f32[16] @ models/lib/nn.yaml:80:7
%9012 = mul %9003, %9011 : f32[16] @ models/lib/nn.yaml:80:7
%9013 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%9014 = cast %9013 : f32[] @ models/lib/nn.yaml:80:7
%9015 = broadcast %9014 : f32[16] @ models/lib/nn.yaml:80:7
%9016 = mul %9004, %9015 : f32[16] @ models/lib/nn.yaml:80:7
%9017 = add %9016, %9012 : f32[16] @ models/lib/nn.yaml:80:7
%9018 = mul %9003, %9003 : f32[16] @ models/lib/nn.yaml:80:7
%9019 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%9020 = cast %9019 : f32[] @ models/lib/nn.yaml:80:7
%9021 = broadcast %9020 : f32[16] @ models/lib/nn.yaml:80:7
%9022 = mul %9018, %9021 : f32[16] @ models/lib/nn.yaml:80:7
%9023 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%9024 = cast %9023 : f32[] @ models/lib/nn.yaml:80:7
%9025 = broadcast %9024 : f32[16] @ models/lib/nn.yaml:80:7
%9026 = mul %9005, %9025 : f32[16] @ models/lib/nn.yaml:80:7
%9027 = add %9026, %9022 : f32[16] @ models/lib/nn.yaml:80:7
%9028 = cast %9008 : f64[] @ models/lib/nn.yaml:80:7
%9029 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%9030 = pow %9029, %9028 : f64[] @ models/lib/nn.yaml:80:7
%9031 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9032 = sub %9031, %9030 : f64[] @ models/lib/nn.yaml:80:7
%9033 = div %3056, %9032 : f64[] @ models/lib/nn.yaml:80:7
%9034 = cast %9008 : f64[] @ models/lib/nn.yaml:80:7
%9035 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%9036 = pow %9035, %9034 : f64[] @ models/lib/nn.yaml:80:7
%9037 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9038 = sub %9037, %9036 : f64[] @ models/lib/nn.yaml:80:7
%9039 = sqrt %9038 : f64[] @ models/lib/nn.yaml:80:7
%9040 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9041 = div %9040, %9039 : f64[] @ models/lib/nn.yaml:80:7
%9042 = sqrt %9027 : f32[16] @ models/lib/nn.yaml:80:7
%9043 = cast %9041 : f32[] @ models/lib/nn.yaml:80:7
%9044 = broadcast %9043 : f32[16] @ models/lib/nn.yaml:80:7
%9045 = mul %9042, %9044 : f32[16] @ models/lib/nn.yaml:80:7
%9046 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%9047 = cast %9046 : f32[] @ models/lib/nn.yaml:80:7
%9048 = broadcast %9047 : f32[16] @ models/lib/nn.yaml:80:7
%9049 = add %9045, %9048 : f32[16] @ models/lib/nn.yaml:80:7
%9050 = div %9017, %9049 : f32[16] @ models/lib/nn.yaml:80:7
%9051 = cast %9033 : f32[] @ models/lib/nn.yaml:80:7
%9052 = broadcast %9051 : f32[16] @ models/lib/nn.yaml:80:7
%9053 = mul %9050, %9052 : f32[16] @ models/lib/nn.yaml:80:7
%9054 = sub %58, %9053 : f32[16] @ models/lib/nn.yaml:80:7
%9055 = assign %58, %9054 : f32[16] @ models/lib/nn.yaml:80:7
%9056 = assign %9004, %9017 : f32[16] @ models/lib/nn.yaml:80:7
%9057 = assign %9005, %9027 : f32[16] @ models/lib/nn.yaml:80:7
%9058 = assign %9006, %9008 : i64[] @ models/lib/nn.yaml:80:7
%9059 = cast %3058 : f32[] @ models/lib/nn.yaml:80:7
%9060 = broadcast %9059 : f32[16] @ models/lib/nn.yaml:80:7
%9061 = mul %136, %9060 : f32[16] @ models/lib/nn.yaml:80:7
%9062 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9063 = sub %9062, %3058 : f64[] @ models/lib/nn.yaml:80:7
%9064 = cast %9063 : f32[] @ models/lib/nn.yaml:80:7
%9065 = broadcast %9064 : f32[16] @ models/lib/nn.yaml:80:7
%9066 = mul %9054, %9065 : f32[16] @ models/lib/nn.yaml:80:7
%9067 = add %9061, %9066 : f32[16] @ models/lib/nn.yaml:80:7
%9068 = assign %136, %9067 : f32[16] @ models/lib/nn.yaml:80:7
%9069 = all_reduce_sum %4193 : f32[16,16] @ models/lib/nn.yaml:79:7
%9070 = reshape %9069 : f32[256] @ models/lib/nn.yaml:79:7
%9071 = mul %9070, %9070 : f32[256] @ models/lib/nn.yaml:79:7
%9072 = reduce_sum %9071 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9073 = sqrt %9072 : f32[] @ models/lib/nn.yaml:79:7
%9074 = cast %9073 : f64[] @ models/lib/nn.yaml:79:7
%9075 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%9076 = add %9074, %9075 : f64[] @ models/lib/nn.yaml:79:7
%9077 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%9078 = div %9077, %9076 : f64[] @ models/lib/nn.yaml:79:7
%9079 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9080 = lt %9078, %9079 : bool[] @ models/lib/nn.yaml:79:7
%9081 = cast %9078 : f32[] @ models/lib/nn.yaml:79:7
%9082 = broadcast %9081 : f32[16,16] @ models/lib/nn.yaml:79:7
%9083 = mul %9069, %9082 : f32[16,16] @ models/lib/nn.yaml:79:7
%9084 = broadcast %9080 : bool[16,16] @ models/lib/nn.yaml:79:7
%9085 = select %9084, %9083, %9069 : f32[16,16] @ models/lib/nn.yaml:79:7
%9086 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9087 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9088 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9089 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%9090 = add %9088, %9089 : i64[] @ models/lib/nn.yaml:79:7
%9091 = mul %3056, %3057 : f64[] @ models/lib/nn.yaml:79:7
%9092 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9093 = sub %9092, %9091 : f64[] @ models/lib/nn.yaml:79:7
%9094 = cast %9093 : f32[] @ models/lib/nn.yaml:79:7
%9095 = broadcast %9094 : f32[16,16] @ models/lib/nn.yaml:79:7
%9096 = mul %59, %9095 : f32[16,16] @ models/lib/nn.yaml:79:7
%9097 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%9098 = cast %9097 : f32[] @ models/lib/nn.yaml:79:7
%9099 = broadcast %9098 : f32[16,16] @ models/lib/nn.yaml:79:7
%9100 = mul %9085, %9099 : f32[16,16] @ models/lib/nn.yaml:79:7
%9101 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9102 = cast %9101 : f32[] @ models/lib/nn.yaml:79:7
%9103 = broadcast %9102 : f32[16,16] @ models/lib/nn.yaml:79:7
%9104 = mul %9086, %9103 : f32[16,16] @ models/lib/nn.yaml:79:7
%9105 = add %9104, %9100 : f32[16,16] @ models/lib/nn.yaml:79:7
%9106 = mul %9085, %9085 : f32[16,16] @ models/lib/nn.yaml:79:7
%9107 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%9108 = cast %9107 : f32[] @ models/lib/nn.yaml:79:7
%9109 = broadcast %9108 : f32[16,16] @ models/lib/nn.yaml:79:7
%9110 = mul %9106, %9109 : f32[16,16] @ models/lib/nn.yaml:79:7
%9111 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9112 = cast %9111 : f32[] @ models/lib/nn.yaml:79:7
%9113 = broadcast %9112 : f32[16,16] @ models/lib/nn.yaml:79:7
%9114 = mul %9087, %9113 : f32[16,16] @ models/lib/nn.yaml:79:7
%9115 = add %9114, %9110 : f32[16,16] @ models/lib/nn.yaml:79:7
%9116 = cast %9090 : f64[] @ models/lib/nn.yaml:79:7
%9117 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9118 = pow %9117, %9116 : f64[] @ models/lib/nn.yaml:79:7
%9119 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9120 = sub %9119, %9118 : f64[] @ models/lib/nn.yaml:79:7
%9121 = div %3056, %9120 : f64[] @ models/lib/nn.yaml:79:7
%9122 = cast %9090 : f64[] @ models/lib/nn.yaml:79:7
%9123 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9124 = pow %9123, %9122 : f64[] @ models/lib/nn.yaml:79:7
%9125 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9126 = sub %9125, %9124 : f64[] @ models/lib/nn.yaml:79:7
%9127 = sqrt %9126 : f64[] @ models/lib/nn.yaml:79:7
%9128 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9129 = div %9128, %9127 : f64[] @ models/lib/nn.yaml:79:7
%9130 = sqrt %9115 : f32[16,16] @ models/lib/nn.yaml:79:7
%9131 = cast %9129 : f32[] @ models/lib/nn.yaml:79:7
%9132 = broadcast %9131 : f32[16,16] @ models/lib/nn.yaml:79:7
%9133 = mul %9130, %9132 : f32[16,16] @ models/lib/nn.yaml:79:7
%9134 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%9135 = cast %9134 : f32[] @ models/lib/nn.yaml:79:7
%9136 = broadcast %9135 : f32[16,16] @ models/lib/nn.yaml:79:7
%9137 = add %9133, %9136 : f32[16,16] @ models/lib/nn.yaml:79:7
%9138 = div %9105, %9137 : f32[16,16] @ models/lib/nn.yaml:79:7
%9139 = cast %9121 : f32[] @ models/lib/nn.yaml:79:7
%9140 = broadcast %9139 : f32[16,16] @ models/lib/nn.yaml:79:7
%9141 = mul %9138, %9140 : f32[16,16] @ models/lib/nn.yaml:79:7
%9142 = sub %9096, %9141 : f32[16,16] @ models/lib/nn.yaml:79:7
%9143 = assign %59, %9142 : f32[16,16] @ models/lib/nn.yaml:79:7
%9144 = assign %9086, %9105 : f32[16,16] @ models/lib/nn.yaml:79:7
%9145 = assign %9087, %9115 : f32[16,16] @ models/lib/nn.yaml:79:7
%9146 = assign %9088, %9090 : i64[] @ models/lib/nn.yaml:79:7
%9147 = cast %3058 : f32[] @ models/lib/nn.yaml:79:7
%9148 = broadcast %9147 : f32[16,16] @ models/lib/nn.yaml:79:7
%9149 = mul %137, %9148 : f32[16,16] @ models/lib/nn.yaml:79:7
%9150 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9151 = sub %9150, %3058 : f64[] @ models/lib/nn.yaml:79:7
%9152 = cast %9151 : f32[] @ models/lib/nn.yaml:79:7
%9153 = broadcast %9152 : f32[16,16] @ models/lib/nn.yaml:79:7
%9154 = mul %9142, %9153 : f32[16,16] @ models/lib/nn.yaml:79:7
%9155 = add %9149, %9154 : f32[16,16] @ models/lib/nn.yaml:79:7
%9156 = assign %137, %9155 : f32[16,16] @ models/lib/nn.yaml:79:7
%9157 = all_reduce_sum %4188 : f32[16] @ models/lib/nn.yaml:80:7
%9158 = reshape %9157 : f32[16] @ models/lib/nn.yaml:80:7
%9159 = mul %9158, %9158 : f32[16] @ models/lib/nn.yaml:80:7
%9160 = reduce_sum %9159 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9161 = sqrt %9160 : f32[] @ models/lib/nn.yaml:80:7
%9162 = cast %9161 : f64[] @ models/lib/nn.yaml:80:7
%9163 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%9164 = add %9162, %9163 : f64[] @ models/lib/nn.yaml:80:7
%9165 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%9166 = div %9165, %9164 : f64[] @ models/lib/nn.yaml:80:7
%9167 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9168 = lt %9166, %9167 : bool[] @ models/lib/nn.yaml:80:7
%9169 = cast %9166 : f32[] @ models/lib/nn.yaml:80:7
%9170 = broadcast %9169 : f32[16] @ models/lib/nn.yaml:80:7
%9171 = mul %9157, %9170 : f32[16] @ models/lib/nn.yaml:80:7
%9172 = broadcast %9168 : bool[16] @ models/lib/nn.yaml:80:7
%9173 = select %9172, %9171, %9157 : f32[16] @ models/lib/nn.yaml:80:7
%9174 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9175 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9176 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9177 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%9178 = add %9176, %9177 : i64[] @ models/lib/nn.yaml:80:7
%9179 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%9180 = cast %9179 : f32[] @ models/lib/nn.yaml:80:7
%9181 = broadcast %9180 : f32[16] @ models/lib/nn.yaml:80:7
%9182 = mul %9173, %9181 : f32[16] @ models/lib/nn.yaml:80:7
%9183 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%9184 = cast %9183 : f32[] @ models/lib/nn.yaml:80:7
%9185 = broadcast %9184 : f32[16] @ models/lib/nn.yaml:80:7
%9186 = mul %9174, %9185 : f32[16] @ models/lib/nn.yaml:80:7
%9187 = add %9186, %9182 : f32[16] @ models/lib/nn.yaml:80:7
%9188 = mul %9173, %9173 : f32[16] @ models/lib/nn.yaml:80:7
%9189 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%9190 = cast %9189 : f32[] @ models/lib/nn.yaml:80:7
%9191 = broadcast %9190 : f32[16] @ models/lib/nn.yaml:80:7
%9192 = mul %9188, %9191 : f32[16] @ models/lib/nn.yaml:80:7
%9193 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%9194 = cast %9193 : f32[] @ models/lib/nn.yaml:80:7
%9195 = broadcast %9194 : f32[16] @ models/lib/nn.yaml:80:7
%9196 = mul %9175, %9195 : f32[16] @ models/lib/nn.yaml:80:7
%9197 = add %9196, %9192 : f32[16] @ models/lib/nn.yaml:80:7
%9198 = cast %9178 : f64[] @ models/lib/nn.yaml:80:7
%9199 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%9200 = pow %9199, %9198 : f64[] @ models/lib/nn.yaml:80:7
%9201 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9202 = sub %9201, %9200 : f64[] @ models/lib/nn.yaml:80:7
%9203 = div %3056, %9202 : f64[] @ models/lib/nn.yaml:80:7
%9204 = cast %9178 : f64[] @ models/lib/nn.yaml:80:7
%9205 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%9206 = pow %9205, %9204 : f64[] @ models/lib/nn.yaml:80:7
%9207 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9208 = sub %9207, %9206 : f64[] @ models/lib/nn.yaml:80:7
%9209 = sqrt %9208 : f64[] @ models/lib/nn.yaml:80:7
%9210 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9211 = div %9210, %9209 : f64[] @ models/lib/nn.yaml:80:7
%9212 = sqrt %9197 : f32[16] @ models/lib/nn.yaml:80:7
%9213 = cast %9211 : f32[] @ models/lib/nn.yaml:80:7
%9214 = broadcast %9213 : f32[16] @ models/lib/nn.yaml:80:7
%9215 = mul %9212, %9214 : f32[16] @ models/lib/nn.yaml:80:7
%9216 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%9217 = cast %9216 : f32[] @ models/lib/nn.yaml:80:7
%9218 = broadcast %9217 : f32[16] @ models/lib/nn.yaml:80:7
%9219 = add %9215, %9218 : f32[16] @ models/lib/nn.yaml:80:7
%9220 = div %9187, %9219 : f32[16] @ models/lib/nn.yaml:80:7
%9221 = cast %9203 : f32[] @ models/lib/nn.yaml:80:7
%9222 = broadcast %9221 : f32[16] @ models/lib/nn.yaml:80:7
%9223 = mul %9220, %9222 : f32[16] @ models/lib/nn.yaml:80:7
%9224 = sub %60, %9223 : f32[16] @ models/lib/nn.yaml:80:7
%9225 = assign %60, %9224 : f32[16] @ models/lib/nn.yaml:80:7
%9226 = assign %9174, %9187 : f32[16] @ models/lib/nn.yaml:80:7
%9227 = assign %9175, %9197 : f32[16] @ models/lib/nn.yaml:80:7
%9228 = assign %9176, %9178 : i64[] @ models/lib/nn.yaml:80:7
%9229 = cast %3058 : f32[] @ models/lib/nn.yaml:80:7
%9230 = broadcast %9229 : f32[16] @ models/lib/nn.yaml:80:7
%9231 = mul %138, %9230 : f32[16] @ models/lib/nn.yaml:80:7
%9232 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9233 = sub %9232, %3058 : f64[] @ models/lib/nn.yaml:80:7
%9234 = cast %9233 : f32[] @ models/lib/nn.yaml:80:7
%9235 = broadcast %9234 : f32[16] @ models/lib/nn.yaml:80:7
%9236 = mul %9224, %9235 : f32[16] @ models/lib/nn.yaml:80:7
%9237 = add %9231, %9236 : f32[16] @ models/lib/nn.yaml:80:7
%9238 = assign %138, %9237 : f32[16] @ models/lib/nn.yaml:80:7
%9239 = all_reduce_sum %4164 : f32[16] @ models/lib/nn.yaml:89:7
%9240 = reshape %9239 : f32[16] @ models/lib/nn.yaml:89:7
%9241 = mul %9240, %9240 : f32[16] @ models/lib/nn.yaml:89:7
%9242 = reduce_sum %9241 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%9243 = sqrt %9242 : f32[] @ models/lib/nn.yaml:89:7
%9244 = cast %9243 : f64[] @ models/lib/nn.yaml:89:7
%9245 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%9246 = add %9244, %9245 : f64[] @ models/lib/nn.yaml:89:7
%9247 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%9248 = div %9247, %9246 : f64[] @ models/lib/nn.yaml:89:7
%9249 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%9250 = lt %9248, %9249 : bool[] @ models/lib/nn.yaml:89:7
%9251 = cast %9248 : f32[] @ models/lib/nn.yaml:89:7
%9252 = broadcast %9251 : f32[16] @ models/lib/nn.yaml:89:7
%9253 = mul %9239, %9252 : f32[16] @ models/lib/nn.yaml:89:7
%9254 = broadcast %9250 : bool[16] @ models/lib/nn.yaml:89:7
%9255 = select %9254, %9253, %9239 : f32[16] @ models/lib/nn.yaml:89:7
%9256 = state name="adam_m.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9257 = state name="adam_v.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9258 = state name="adam_t.ca_head.cls_blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%9259 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%9260 = add %9258, %9259 : i64[] @ models/lib/nn.yaml:89:7
%9261 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%9262 = cast %9261 : f32[] @ models/lib/nn.yaml:89:7
%9263 = broadcast %9262 : f32[16] @ models/lib/nn.yaml:89:7
%9264 = mul %9255, %9263 : f32[16] @ models/lib/nn.yaml:89:7
%9265 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%9266 = cast %9265 : f32[] @ models/lib/nn.yaml:89:7
%9267 = broadcast %9266 : f32[16] @ models/lib/nn.yaml:89:7
%9268 = mul %9256, %9267 : f32[16] @ models/lib/nn.yaml:89:7
%9269 = add %9268, %9264 : f32[16] @ models/lib/nn.yaml:89:7
%9270 = mul %9255, %9255 : f32[16] @ models/lib/nn.yaml:89:7
%9271 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%9272 = cast %9271 : f32[] @ models/lib/nn.yaml:89:7
%9273 = broadcast %9272 : f32[16] @ models/lib/nn.yaml:89:7
%9274 = mul %9270, %9273 : f32[16] @ models/lib/nn.yaml:89:7
%9275 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%9276 = cast %9275 : f32[] @ models/lib/nn.yaml:89:7
%9277 = broadcast %9276 : f32[16] @ models/lib/nn.yaml:89:7
%9278 = mul %9257, %9277 : f32[16] @ models/lib/nn.yaml:89:7
%9279 = add %9278, %9274 : f32[16] @ models/lib/nn.yaml:89:7
%9280 = cast %9260 : f64[] @ models/lib/nn.yaml:89:7
%9281 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%9282 = pow %9281, %9280 : f64[] @ models/lib/nn.yaml:89:7
%9283 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%9284 = sub %9283, %9282 : f64[] @ models/lib/nn.yaml:89:7
%9285 = div %3056, %9284 : f64[] @ models/lib/nn.yaml:89:7
%9286 = cast %9260 : f64[] @ models/lib/nn.yaml:89:7
%9287 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%9288 = pow %9287, %9286 : f64[] @ models/lib/nn.yaml:89:7
%9289 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%9290 = sub %9289, %9288 : f64[] @ models/lib/nn.yaml:89:7
%9291 = sqrt %9290 : f64[] @ models/lib/nn.yaml:89:7
%9292 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%9293 = div %9292, %9291 : f64[] @ models/lib/nn.yaml:89:7
%9294 = sqrt %9279 : f32[16] @ models/lib/nn.yaml:89:7
%9295 = cast %9293 : f32[] @ models/lib/nn.yaml:89:7
%9296 = broadcast %9295 : f32[16] @ models/lib/nn.yaml:89:7
%9297 = mul %9294, %9296 : f32[16] @ models/lib/nn.yaml:89:7
%9298 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%9299 = cast %9298 : f32[] @ models/lib/nn.yaml:89:7
%9300 = broadcast %9299 : f32[16] @ models/lib/nn.yaml:89:7
%9301 = add %9297, %9300 : f32[16] @ models/lib/nn.yaml:89:7
%9302 = div %9269, %9301 : f32[16] @ models/lib/nn.yaml:89:7
%9303 = cast %9285 : f32[] @ models/lib/nn.yaml:89:7
%9304 = broadcast %9303 : f32[16] @ models/lib/nn.yaml:89:7
%9305 = mul %9302, %9304 : f32[16] @ models/lib/nn.yaml:89:7
%9306 = sub %61, %9305 : f32[16] @ models/lib/nn.yaml:89:7
%9307 = assign %61, %9306 : f32[16] @ models/lib/nn.yaml:89:7
%9308 = assign %9256, %9269 : f32[16] @ models/lib/nn.yaml:89:7
%9309 = assign %9257, %9279 : f32[16] @ models/lib/nn.yaml:89:7
%9310 = assign %9258, %9260 : i64[] @ models/lib/nn.yaml:89:7
%9311 = cast %3058 : f32[] @ models/lib/nn.yaml:89:7
%9312 = broadcast %9311 : f32[16] @ models/lib/nn.yaml:89:7
%9313 = mul %139, %9312 : f32[16] @ models/lib/nn.yaml:89:7
%9314 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%9315 = sub %9314, %3058 : f64[] @ models/lib/nn.yaml:89:7
%9316 = cast %9315 : f32[] @ models/lib/nn.yaml:89:7
%9317 = broadcast %9316 : f32[16] @ models/lib/nn.yaml:89:7
%9318 = mul %9306, %9317 : f32[16] @ models/lib/nn.yaml:89:7
%9319 = add %9313, %9318 : f32[16] @ models/lib/nn.yaml:89:7
%9320 = assign %139, %9319 : f32[16] @ models/lib/nn.yaml:89:7
%9321 = all_reduce_sum %4159 : f32[16] @ models/lib/nn.yaml:90:7
%9322 = reshape %9321 : f32[16] @ models/lib/nn.yaml:90:7
%9323 = mul %9322, %9322 : f32[16] @ models/lib/nn.yaml:90:7
%9324 = reduce_sum %9323 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%9325 = sqrt %9324 : f32[] @ models/lib/nn.yaml:90:7
%9326 = cast %9325 : f64[] @ models/lib/nn.yaml:90:7
%9327 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%9328 = add %9326, %9327 : f64[] @ models/lib/nn.yaml:90:7
%9329 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%9330 = div %9329, %9328 : f64[] @ models/lib/nn.yaml:90:7
%9331 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%9332 = lt %9330, %9331 : bool[] @ models/lib/nn.yaml:90:7
%9333 = cast %9330 : f32[] @ models/lib/nn.yaml:90:7
%9334 = broadcast %9333 : f32[16] @ models/lib/nn.yaml:90:7
%9335 = mul %9321, %9334 : f32[16] @ models/lib/nn.yaml:90:7
%9336 = broadcast %9332 : bool[16] @ models/lib/nn.yaml:90:7
%9337 = select %9336, %9335, %9321 : f32[16] @ models/lib/nn.yaml:90:7
%9338 = state name="adam_m.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9339 = state name="adam_v.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9340 = state name="adam_t.ca_head.cls_blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%9341 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%9342 = add %9340, %9341 : i64[] @ models/lib/nn.yaml:90:7
%9343 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%9344 = cast %9343 : f32[] @ models/lib/nn.yaml:90:7
%9345 = broadcast %9344 : f32[16] @ models/lib/nn.yaml:90:7
%9346 = mul %9337, %9345 : f32[16] @ models/lib/nn.yaml:90:7
%9347 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%9348 = cast %9347 : f32[] @ models/lib/nn.yaml:90:7
%9349 = broadcast %9348 : f32[16] @ models/lib/nn.yaml:90:7
%9350 = mul %9338, %9349 : f32[16] @ models/lib/nn.yaml:90:7
%9351 = add %9350, %9346 : f32[16] @ models/lib/nn.yaml:90:7
%9352 = mul %9337, %9337 : f32[16] @ models/lib/nn.yaml:90:7
%9353 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%9354 = cast %9353 : f32[] @ models/lib/nn.yaml:90:7
%9355 = broadcast %9354 : f32[16] @ models/lib/nn.yaml:90:7
%9356 = mul %9352, %9355 : f32[16] @ models/lib/nn.yaml:90:7
%9357 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%9358 = cast %9357 : f32[] @ models/lib/nn.yaml:90:7
%9359 = broadcast %9358 : f32[16] @ models/lib/nn.yaml:90:7
%9360 = mul %9339, %9359 : f32[16] @ models/lib/nn.yaml:90:7
%9361 = add %9360, %9356 : f32[16] @ models/lib/nn.yaml:90:7
%9362 = cast %9342 : f64[] @ models/lib/nn.yaml:90:7
%9363 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%9364 = pow %9363, %9362 : f64[] @ models/lib/nn.yaml:90:7
%9365 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%9366 = sub %9365, %9364 : f64[] @ models/lib/nn.yaml:90:7
%9367 = div %3056, %9366 : f64[] @ models/lib/nn.yaml:90:7
%9368 = cast %9342 : f64[] @ models/lib/nn.yaml:90:7
%9369 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%9370 = pow %9369, %9368 : f64[] @ models/lib/nn.yaml:90:7
%9371 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%9372 = sub %9371, %9370 : f64[] @ models/lib/nn.yaml:90:7
%9373 = sqrt %9372 : f64[] @ models/lib/nn.yaml:90:7
%9374 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%9375 = div %9374, %9373 : f64[] @ models/lib/nn.yaml:90:7
%9376 = sqrt %9361 : f32[16] @ models/lib/nn.yaml:90:7
%9377 = cast %9375 : f32[] @ models/lib/nn.yaml:90:7
%9378 = broadcast %9377 : f32[16] @ models/lib/nn.yaml:90:7
%9379 = mul %9376, %9378 : f32[16] @ models/lib/nn.yaml:90:7
%9380 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%9381 = cast %9380 : f32[] @ models/lib/nn.yaml:90:7
%9382 = broadcast %9381 : f32[16] @ models/lib/nn.yaml:90:7
%9383 = add %9379, %9382 : f32[16] @ models/lib/nn.yaml:90:7
%9384 = div %9351, %9383 : f32[16] @ models/lib/nn.yaml:90:7
%9385 = cast %9367 : f32[] @ models/lib/nn.yaml:90:7
%9386 = broadcast %9385 : f32[16] @ models/lib/nn.yaml:90:7
%9387 = mul %9384, %9386 : f32[16] @ models/lib/nn.yaml:90:7
%9388 = sub %62, %9387 : f32[16] @ models/lib/nn.yaml:90:7
%9389 = assign %62, %9388 : f32[16] @ models/lib/nn.yaml:90:7
%9390 = assign %9338, %9351 : f32[16] @ models/lib/nn.yaml:90:7
%9391 = assign %9339, %9361 : f32[16] @ models/lib/nn.yaml:90:7
%9392 = assign %9340, %9342 : i64[] @ models/lib/nn.yaml:90:7
%9393 = cast %3058 : f32[] @ models/lib/nn.yaml:90:7
%9394 = broadcast %9393 : f32[16] @ models/lib/nn.yaml:90:7
%9395 = mul %140, %9394 : f32[16] @ models/lib/nn.yaml:90:7
%9396 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%9397 = sub %9396, %3058 : f64[] @ models/lib/nn.yaml:90:7
%9398 = cast %9397 : f32[] @ models/lib/nn.yaml:90:7
%9399 = broadcast %9398 : f32[16] @ models/lib/nn.yaml:90:7
%9400 = mul %9388, %9399 : f32[16] @ models/lib/nn.yaml:90:7
%9401 = add %9395, %9400 : f32[16] @ models/lib/nn.yaml:90:7
%9402 = assign %140, %9401 : f32[16] @ models/lib/nn.yaml:90:7
%9403 = all_reduce_sum %4156 : f32[64,16] @ models/lib/nn.yaml:79:7
%9404 = reshape %9403 : f32[1024] @ models/lib/nn.yaml:79:7
%9405 = mul %9404, %9404 : f32[1024] @ models/lib/nn.yaml:79:7
%9406 = reduce_sum %9405 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9407 = sqrt %9406 : f32[] @ models/lib/nn.yaml:79:7
%9408 = cast %9407 : f64[] @ models/lib/nn.yaml:79:7
%9409 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%9410 = add %9408, %9409 : f64[] @ models/lib/nn.yaml:79:7
%9411 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%9412 = div %9411, %9410 : f64[] @ models/lib/nn.yaml:79:7
%9413 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9414 = lt %9412, %9413 : bool[] @ models/lib/nn.yaml:79:7
%9415 = cast %9412 : f32[] @ models/lib/nn.yaml:79:7
%9416 = broadcast %9415 : f32[64,16] @ models/lib/nn.yaml:79:7
%9417 = mul %9403, %9416 : f32[64,16] @ models/lib/nn.yaml:79:7
%9418 = broadcast %9414 : bool[64,16] @ models/lib/nn.yaml:79:7
%9419 = select %9418, %9417, %9403 : f32[64,16] @ models/lib/nn.yaml:79:7
%9420 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%9421 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%9422 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9423 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%9424 = add %9422, %9423 : i64[] @ models/lib/nn.yaml:79:7
%9425 = mul %3056, %3057 : f64[] @ models/lib/nn.yaml:79:7
%9426 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9427 = sub %9426, %9425 : f64[] @ models/lib/nn.yaml:79:7
%9428 = cast %9427 : f32[] @ models/lib/nn.yaml:79:7
%9429 = broadcast %9428 : f32[64,16] @ models/lib/nn.yaml:79:7
%9430 = mul %63, %9429 : f32[64,16] @ models/lib/nn.yaml:79:7
%9431 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%9432 = cast %9431 : f32[] @ models/lib/nn.yaml:79:7
%9433 = broadcast %9432 : f32[64,16] @ models/lib/nn.yaml:79:7
%9434 = mul %9419, %9433 : f32[64,16] @ models/lib/nn.yaml:79:7
%9435 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9436 = cast %9435 : f32[] @ models/lib/nn.yaml:79:7
%9437 = broadcast %9436 : f32[64,16] @ models/lib/nn.yaml:79:7
%9438 = mul %9420, %9437 : f32[64,16] @ models/lib/nn.yaml:79:7
%9439 = add %9438, %9434 : f32[64,16] @ models/lib/nn.yaml:79:7
%9440 = mul %9419, %9419 : f32[64,16] @ models/lib/nn.yaml:79:7
%9441 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%9442 = cast %9441 : f32[] @ models/lib/nn.yaml:79:7
%9443 = broadcast %9442 : f32[64,16] @ models/lib/nn.yaml:79:7
%9444 = mul %9440, %9443 : f32[64,16] @ models/lib/nn.yaml:79:7
%9445 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9446 = cast %9445 : f32[] @ models/lib/nn.yaml:79:7
%9447 = broadcast %9446 : f32[64,16] @ models/lib/nn.yaml:79:7
%9448 = mul %9421, %9447 : f32[64,16] @ models/lib/nn.yaml:79:7
%9449 = add %9448, %9444 : f32[64,16] @ models/lib/nn.yaml:79:7
%9450 = cast %9424 : f64[] @ models/lib/nn.yaml:79:7
%9451 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9452 = pow %9451, %9450 : f64[] @ models/lib/nn.yaml:79:7
%9453 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9454 = sub %9453, %9452 : f64[] @ models/lib/nn.yaml:79:7
%9455 = div %3056, %9454 : f64[] @ models/lib/nn.yaml:79:7
%9456 = cast %9424 : f64[] @ models/lib/nn.yaml:79:7
%9457 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9458 = pow %9457, %9456 : f64[] @ models/lib/nn.yaml:79:7
%9459 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9460 = sub %9459, %9458 : f64[] @ models/lib/nn.yaml:79:7
%9461 = sqrt %9460 : f64[] @ models/lib/nn.yaml:79:7
%9462 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9463 = div %9462, %9461 : f64[] @ models/lib/nn.yaml:79:7
%9464 = sqrt %9449 : f32[64,16] @ models/lib/nn.yaml:79:7
%9465 = cast %9463 : f32[] @ models/lib/nn.yaml:79:7
%9466 = broadcast %9465 : f32[64,16] @ models/lib/nn.yaml:79:7
%9467 = mul %9464, %9466 : f32[64,16] @ models/lib/nn.yaml:79:7
%9468 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%9469 = cast %9468 : f32[] @ models/lib/nn.yaml:79:7
%9470 = broadcast %9469 : f32[64,16] @ models/lib/nn.yaml:79:7
%9471 = add %9467, %9470 : f32[64,16] @ models/lib/nn.yaml:79:7
%9472 = div %9439, %9471 : f32[64,16] @ models/lib/nn.yaml:79:7
%9473 = cast %9455 : f32[] @ models/lib/nn.yaml:79:7
%9474 = broadcast %9473 : f32[64,16] @ models/lib/nn.yaml:79:7
%9475 = mul %9472, %9474 : f32[64,16] @ models/lib/nn.yaml:79:7
%9476 = sub %9430, %9475 : f32[64,16] @ models/lib/nn.yaml:79:7
%9477 = assign %63, %9476 : f32[64,16] @ models/lib/nn.yaml:79:7
%9478 = assign %9420, %9439 : f32[64,16] @ models/lib/nn.yaml:79:7
%9479 = assign %9421, %9449 : f32[64,16] @ models/lib/nn.yaml:79:7
%9480 = assign %9422, %9424 : i64[] @ models/lib/nn.yaml:79:7
%9481 = cast %3058 : f32[] @ models/lib/nn.yaml:79:7
%9482 = broadcast %9481 : f32[64,16] @ models/lib/nn.yaml:79:7
%9483 = mul %141, %9482 : f32[64,16] @ models/lib/nn.yaml:79:7
%9484 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9485 = sub %9484, %3058 : f64[] @ models/lib/nn.yaml:79:7
%9486 = cast %9485 : f32[] @ models/lib/nn.yaml:79:7
%9487 = broadcast %9486 : f32[64,16] @ models/lib/nn.yaml:79:7
%9488 = mul %9476, %9487 : f32[64,16] @ models/lib/nn.yaml:79:7
%9489 = add %9483, %9488 : f32[64,16] @ models/lib/nn.yaml:79:7
%9490 = assign %141, %9489 : f32[64,16] @ models/lib/nn.yaml:79:7
%9491 = all_reduce_sum %4151 : f32[64] @ models/lib/nn.yaml:80:7
%9492 = reshape %9491 : f32[64] @ models/lib/nn.yaml:80:7
%9493 = mul %9492, %9492 : f32[64] @ models/lib/nn.yaml:80:7
%9494 = reduce_sum %9493 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9495 = sqrt %9494 : f32[] @ models/lib/nn.yaml:80:7
%9496 = cast %9495 : f64[] @ models/lib/nn.yaml:80:7
%9497 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%9498 = add %9496, %9497 : f64[] @ models/lib/nn.yaml:80:7
%9499 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%9500 = div %9499, %9498 : f64[] @ models/lib/nn.yaml:80:7
%9501 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9502 = lt %9500, %9501 : bool[] @ models/lib/nn.yaml:80:7
%9503 = cast %9500 : f32[] @ models/lib/nn.yaml:80:7
%9504 = broadcast %9503 : f32[64] @ models/lib/nn.yaml:80:7
%9505 = mul %9491, %9504 : f32[64] @ models/lib/nn.yaml:80:7
%9506 = broadcast %9502 : bool[64] @ models/lib/nn.yaml:80:7
%9507 = select %9506, %9505, %9491 : f32[64] @ models/lib/nn.yaml:80:7
%9508 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%9509 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%9510 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9511 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%9512 = add %9510, %9511 : i64[] @ models/lib/nn.yaml:80:7
%9513 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%9514 = cast %9513 : f32[] @ models/lib/nn.yaml:80:7
%9515 = broadcast %9514 : f32[64] @ models/lib/nn.yaml:80:7
%9516 = mul %9507, %9515 : f32[64] @ models/lib/nn.yaml:80:7
%9517 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%9518 = cast %9517 : f32[] @ models/lib/nn.yaml:80:7
%9519 = broadcast %9518 : f32[64] @ models/lib/nn.yaml:80:7
%9520 = mul %9508, %9519 : f32[64] @ models/lib/nn.yaml:80:7
%9521 = add %9520, %9516 : f32[64] @ models/lib/nn.yaml:80:7
%9522 = mul %9507, %9507 : f32[64] @ models/lib/nn.yaml:80:7
%9523 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%9524 = cast %9523 : f32[] @ models/lib/nn.yaml:80:7
%9525 = broadcast %9524 : f32[64] @ models/lib/nn.yaml:80:7
%9526 = mul %9522, %9525 : f32[64] @ models/lib/nn.yaml:80:7
%9527 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%9528 = cast %9527 : f32[] @ models/lib/nn.yaml:80:7
%9529 = broadcast %9528 : f32[64] @ models/lib/nn.yaml:80:7
%9530 = mul %9509, %9529 : f32[64] @ models/lib/nn.yaml:80:7
%9531 = add %9530, %9526 : f32[64] @ models/lib/nn.yaml:80:7
%9532 = cast %9512 : f64[] @ models/lib/nn.yaml:80:7
%9533 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%9534 = pow %9533, %9532 : f64[] @ models/lib/nn.yaml:80:7
%9535 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9536 = sub %9535, %9534 : f64[] @ models/lib/nn.yaml:80:7
%9537 = div %3056, %9536 : f64[] @ models/lib/nn.yaml:80:7
%9538 = cast %9512 : f64[] @ models/lib/nn.yaml:80:7
%9539 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%9540 = pow %9539, %9538 : f64[] @ models/lib/nn.yaml:80:7
%9541 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9542 = sub %9541, %9540 : f64[] @ models/lib/nn.yaml:80:7
%9543 = sqrt %9542 : f64[] @ models/lib/nn.yaml:80:7
%9544 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9545 = div %9544, %9543 : f64[] @ models/lib/nn.yaml:80:7
%9546 = sqrt %9531 : f32[64] @ models/lib/nn.yaml:80:7
%9547 = cast %9545 : f32[] @ models/lib/nn.yaml:80:7
%9548 = broadcast %9547 : f32[64] @ models/lib/nn.yaml:80:7
%9549 = mul %9546, %9548 : f32[64] @ models/lib/nn.yaml:80:7
%9550 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%9551 = cast %9550 : f32[] @ models/lib/nn.yaml:80:7
%9552 = broadcast %9551 : f32[64] @ models/lib/nn.yaml:80:7
%9553 = add %9549, %9552 : f32[64] @ models/lib/nn.yaml:80:7
%9554 = div %9521, %9553 : f32[64] @ models/lib/nn.yaml:80:7
%9555 = cast %9537 : f32[] @ models/lib/nn.yaml:80:7
%9556 = broadcast %9555 : f32[64] @ models/lib/nn.yaml:80:7
%9557 = mul %9554, %9556 : f32[64] @ models/lib/nn.yaml:80:7
%9558 = sub %64, %9557 : f32[64] @ models/lib/nn.yaml:80:7
%9559 = assign %64, %9558 : f32[64] @ models/lib/nn.yaml:80:7
%9560 = assign %9508, %9521 : f32[64] @ models/lib/nn.yaml:80:7
%9561 = assign %9509, %9531 : f32[64] @ models/lib/nn.yaml:80:7
%9562 = assign %9510, %9512 : i64[] @ models/lib/nn.yaml:80:7
%9563 = cast %3058 : f32[] @ models/lib/nn.yaml:80:7
%9564 = broadcast %9563 : f32[64] @ models/lib/nn.yaml:80:7
%9565 = mul %142, %9564 : f32[64] @ models/lib/nn.yaml:80:7
%9566 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9567 = sub %9566, %3058 : f64[] @ models/lib/nn.yaml:80:7
%9568 = cast %9567 : f32[] @ models/lib/nn.yaml:80:7
%9569 = broadcast %9568 : f32[64] @ models/lib/nn.yaml:80:7
%9570 = mul %9558, %9569 : f32[64] @ models/lib/nn.yaml:80:7
%9571 = add %9565, %9570 : f32[64] @ models/lib/nn.yaml:80:7
%9572 = assign %142, %9571 : f32[64] @ models/lib/nn.yaml:80:7
%9573 = all_reduce_sum %4136 : f32[16,64] @ models/lib/nn.yaml:79:7
%9574 = reshape %9573 : f32[1024] @ models/lib/nn.yaml:79:7
%9575 = mul %9574, %9574 : f32[1024] @ models/lib/nn.yaml:79:7
%9576 = reduce_sum %9575 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9577 = sqrt %9576 : f32[] @ models/lib/nn.yaml:79:7
%9578 = cast %9577 : f64[] @ models/lib/nn.yaml:79:7
%9579 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%9580 = add %9578, %9579 : f64[] @ models/lib/nn.yaml:79:7
%9581 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%9582 = div %9581, %9580 : f64[] @ models/lib/nn.yaml:79:7
%9583 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9584 = lt %9582, %9583 : bool[] @ models/lib/nn.yaml:79:7
%9585 = cast %9582 : f32[] @ models/lib/nn.yaml:79:7
%9586 = broadcast %9585 : f32[16,64] @ models/lib/nn.yaml:79:7
%9587 = mul %9573, %9586 : f32[16,64] @ models/lib/nn.yaml:79:7
%9588 = broadcast %9584 : bool[16,64] @ models/lib/nn.yaml:79:7
%9589 = select %9588, %9587, %9573 : f32[16,64] @ models/lib/nn.yaml:79:7
%9590 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%9591 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%9592 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9593 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%9594 = add %9592, %9593 : i64[] @ models/lib/nn.yaml:79:7
%9595 = mul %3056, %3057 : f64[] @ models/lib/nn.yaml:79:7
%9596 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9597 = sub %9596, %9595 : f64[] @ models/lib/nn.yaml:79:7
%9598 = cast %9597 : f32[] @ models/lib/nn.yaml:79:7
%9599 = broadcast %9598 : f32[16,64] @ models/lib/nn.yaml:79:7
%9600 = mul %65, %9599 : f32[16,64] @ models/lib/nn.yaml:79:7
%9601 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%9602 = cast %9601 : f32[] @ models/lib/nn.yaml:79:7
%9603 = broadcast %9602 : f32[16,64] @ models/lib/nn.yaml:79:7
%9604 = mul %9589, %9603 : f32[16,64] @ models/lib/nn.yaml:79:7
%9605 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9606 = cast %9605 : f32[] @ models/lib/nn.yaml:79:7
%9607 = broadcast %9606 : f32[16,64] @ models/lib/nn.yaml:79:7
%9608 = mul %9590, %9607 : f32[16,64] @ models/lib/nn.yaml:79:7
%9609 = add %9608, %9604 : f32[16,64] @ models/lib/nn.yaml:79:7
%9610 = mul %9589, %9589 : f32[16,64] @ models/lib/nn.yaml:79:7
%9611 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%9612 = cast %9611 : f32[] @ models/lib/nn.yaml:79:7
%9613 = broadcast %9612 : f32[16,64] @ models/lib/nn.yaml:79:7
%9614 = mul %9610, %9613 : f32[16,64] @ models/lib/nn.yaml:79:7
%9615 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9616 = cast %9615 : f32[] @ models/lib/nn.yaml:79:7
%9617 = broadcast %9616 : f32[16,64] @ models/lib/nn.yaml:79:7
%9618 = mul %9591, %9617 : f32[16,64] @ models/lib/nn.yaml:79:7
%9619 = add %9618, %9614 : f32[16,64] @ models/lib/nn.yaml:79:7
%9620 = cast %9594 : f64[] @ models/lib/nn.yaml:79:7
%9621 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9622 = pow %9621, %9620 : f64[] @ models/lib/nn.yaml:79:7
%9623 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9624 = sub %9623, %9622 : f64[] @ models/lib/nn.yaml:79:7
%9625 = div %3056, %9624 : f64[] @ models/lib/nn.yaml:79:7
%9626 = cast %9594 : f64[] @ models/lib/nn.yaml:79:7
%9627 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9628 = pow %9627, %9626 : f64[] @ models/lib/nn.yaml:79:7
%9629 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9630 = sub %9629, %9628 : f64[] @ models/lib/nn.yaml:79:7
%9631 = sqrt %9630 : f64[] @ models/lib/nn.yaml:79:7
%9632 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9633 = div %9632, %9631 : f64[] @ models/lib/nn.yaml:79:7
%9634 = sqrt %9619 : f32[16,64] @ models/lib/nn.yaml:79:7
%9635 = cast %9633 : f32[] @ models/lib/nn.yaml:79:7
%9636 = broadcast %9635 : f32[16,64] @ models/lib/nn.yaml:79:7
%9637 = mul %9634, %9636 : f32[16,64] @ models/lib/nn.yaml:79:7
%9638 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%9639 = cast %9638 : f32[] @ models/lib/nn.yaml:79:7
%9640 = broadcast %9639 : f32[16,64] @ models/lib/nn.yaml:79:7
%9641 = add %9637, %9640 : f32[16,64] @ models/lib/nn.yaml:79:7
%9642 = div %9609, %9641 : f32[16,64] @ models/lib/nn.yaml:79:7
%9643 = cast %9625 : f32[] @ models/lib/nn.yaml:79:7
%9644 = broadcast %9643 : f32[16,64] @ models/lib/nn.yaml:79:7
%9645 = mul %9642, %9644 : f32[16,64] @ models/lib/nn.yaml:79:7
%9646 = sub %9600, %9645 : f32[16,64] @ models/lib/nn.yaml:79:7
%9647 = assign %65, %9646 : f32[16,64] @ models/lib/nn.yaml:79:7
%9648 = assign %9590, %9609 : f32[16,64] @ models/lib/nn.yaml:79:7
%9649 = assign %9591, %9619 : f32[16,64] @ models/lib/nn.yaml:79:7
%9650 = assign %9592, %9594 : i64[] @ models/lib/nn.yaml:79:7
%9651 = cast %3058 : f32[] @ models/lib/nn.yaml:79:7
%9652 = broadcast %9651 : f32[16,64] @ models/lib/nn.yaml:79:7
%9653 = mul %143, %9652 : f32[16,64] @ models/lib/nn.yaml:79:7
%9654 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9655 = sub %9654, %3058 : f64[] @ models/lib/nn.yaml:79:7
%9656 = cast %9655 : f32[] @ models/lib/nn.yaml:79:7
%9657 = broadcast %9656 : f32[16,64] @ models/lib/nn.yaml:79:7
%9658 = mul %9646, %9657 : f32[16,64] @ models/lib/nn.yaml:79:7
%9659 = add %9653, %9658 : f32[16,64] @ models/lib/nn.yaml:79:7
%9660 = assign %143, %9659 : f32[16,64] @ models/lib/nn.yaml:79:7
%9661 = all_reduce_sum %4131 : f32[16] @ models/lib/nn.yaml:80:7
%9662 = reshape %9661 : f32[16] @ models/lib/nn.yaml:80:7
%9663 = mul %9662, %9662 : f32[16] @ models/lib/nn.yaml:80:7
%9664 = reduce_sum %9663 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9665 = sqrt %9664 : f32[] @ models/lib/nn.yaml:80:7
%9666 = cast %9665 : f64[] @ models/lib/nn.yaml:80:7
%9667 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%9668 = add %9666, %9667 : f64[] @ models/lib/nn.yaml:80:7
%9669 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%9670 = div %9669, %9668 : f64[] @ models/lib/nn.yaml:80:7
%9671 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9672 = lt %9670, %9671 : bool[] @ models/lib/nn.yaml:80:7
%9673 = cast %9670 : f32[] @ models/lib/nn.yaml:80:7
%9674 = broadcast %9673 : f32[16] @ models/lib/nn.yaml:80:7
%9675 = mul %9661, %9674 : f32[16] @ models/lib/nn.yaml:80:7
%9676 = broadcast %9672 : bool[16] @ models/lib/nn.yaml:80:7
%9677 = select %9676, %9675, %9661 : f32[16] @ models/lib/nn.yaml:80:7
%9678 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9679 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9680 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9681 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%9682 = add %9680, %9681 : i64[] @ models/lib/nn.yaml:80:7
%9683 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%9684 = cast %9683 : f32[] @ models/lib/nn.yaml:80:7
%9685 = broadcast %9684 : f32[16] @ models/lib/nn.yaml:80:7
%9686 = mul %9677, %9685 : f32[16] @ models/lib/nn.yaml:80:7
%9687 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%9688 = cast %9687 : f32[] @ models/lib/nn.yaml:80:7
%9689 = broadcast %9688 : f32[16] @ models/lib/nn.yaml:80:7
%9690 = mul %9678, %9689 : f32[16] @ models/lib/nn.yaml:80:7
%9691 = add %9690, %9686 : f32[16] @ models/lib/nn.yaml:80:7
%9692 = mul %9677, %9677 : f32[16] @ models/lib/nn.yaml:80:7
%9693 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%9694 = cast %9693 : f32[] @ models/lib/nn.yaml:80:7
%9695 = broadcast %9694 : f32[16] @ models/lib/nn.yaml:80:7
%9696 = mul %9692, %9695 : f32[16] @ models/lib/nn.yaml:80:7
%9697 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%9698 = cast %9697 : f32[] @ models/lib/nn.yaml:80:7
%9699 = broadcast %9698 : f32[16] @ models/lib/nn.yaml:80:7
%9700 = mul %9679, %9699 : f32[16] @ models/lib/nn.yaml:80:7
%9701 = add %9700, %9696 : f32[16] @ models/lib/nn.yaml:80:7
%9702 = cast %9682 : f64[] @ models/lib/nn.yaml:80:7
%9703 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%9704 = pow %9703, %9702 : f64[] @ models/lib/nn.yaml:80:7
%9705 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9706 = sub %9705, %9704 : f64[] @ models/lib/nn.yaml:80:7
%9707 = div %3056, %9706 : f64[] @ models/lib/nn.yaml:80:7
%9708 = cast %9682 : f64[] @ models/lib/nn.yaml:80:7
%9709 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%9710 = pow %9709, %9708 : f64[] @ models/lib/nn.yaml:80:7
%9711 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9712 = sub %9711, %9710 : f64[] @ models/lib/nn.yaml:80:7
%9713 = sqrt %9712 : f64[] @ models/lib/nn.yaml:80:7
%9714 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9715 = div %9714, %9713 : f64[] @ models/lib/nn.yaml:80:7
%9716 = sqrt %9701 : f32[16] @ models/lib/nn.yaml:80:7
%9717 = cast %9715 : f32[] @ models/lib/nn.yaml:80:7
%9718 = broadcast %9717 : f32[16] @ models/lib/nn.yaml:80:7
%9719 = mul %9716, %9718 : f32[16] @ models/lib/nn.yaml:80:7
%9720 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%9721 = cast %9720 : f32[] @ models/lib/nn.yaml:80:7
%9722 = broadcast %9721 : f32[16] @ models/lib/nn.yaml:80:7
%9723 = add %9719, %9722 : f32[16] @ models/lib/nn.yaml:80:7
%9724 = div %9691, %9723 : f32[16] @ models/lib/nn.yaml:80:7
%9725 = cast %9707 : f32[] @ models/lib/nn.yaml:80:7
%9726 = broadcast %9725 : f32[16] @ models/lib/nn.yaml:80:7
%9727 = mul %9724, %9726 : f32[16] @ models/lib/nn.yaml:80:7
%9728 = sub %66, %9727 : f32[16] @ models/lib/nn.yaml:80:7
%9729 = assign %66, %9728 : f32[16] @ models/lib/nn.yaml:80:7
%9730 = assign %9678, %9691 : f32[16] @ models/lib/nn.yaml:80:7
%9731 = assign %9679, %9701 : f32[16] @ models/lib/nn.yaml:80:7
%9732 = assign %9680, %9682 : i64[] @ models/lib/nn.yaml:80:7
%9733 = cast %3058 : f32[] @ models/lib/nn.yaml:80:7
%9734 = broadcast %9733 : f32[16] @ models/lib/nn.yaml:80:7
%9735 = mul %144, %9734 : f32[16] @ models/lib/nn.yaml:80:7
%9736 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9737 = sub %9736, %3058 : f64[] @ models/lib/nn.yaml:80:7
%9738 = cast %9737 : f32[] @ models/lib/nn.yaml:80:7
%9739 = broadcast %9738 : f32[16] @ models/lib/nn.yaml:80:7
%9740 = mul %9728, %9739 : f32[16] @ models/lib/nn.yaml:80:7
%9741 = add %9735, %9740 : f32[16] @ models/lib/nn.yaml:80:7
%9742 = assign %144, %9741 : f32[16] @ models/lib/nn.yaml:80:7
%9743 = all_reduce_sum %4106 : f32[16] @ models/lib/nn.yaml:89:7
%9744 = reshape %9743 : f32[16] @ models/lib/nn.yaml:89:7
%9745 = mul %9744, %9744 : f32[16] @ models/lib/nn.yaml:89:7
%9746 = reduce_sum %9745 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%9747 = sqrt %9746 : f32[] @ models/lib/nn.yaml:89:7
%9748 = cast %9747 : f64[] @ models/lib/nn.yaml:89:7
%9749 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%9750 = add %9748, %9749 : f64[] @ models/lib/nn.yaml:89:7
%9751 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%9752 = div %9751, %9750 : f64[] @ models/lib/nn.yaml:89:7
%9753 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%9754 = lt %9752, %9753 : bool[] @ models/lib/nn.yaml:89:7
%9755 = cast %9752 : f32[] @ models/lib/nn.yaml:89:7
%9756 = broadcast %9755 : f32[16] @ models/lib/nn.yaml:89:7
%9757 = mul %9743, %9756 : f32[16] @ models/lib/nn.yaml:89:7
%9758 = broadcast %9754 : bool[16] @ models/lib/nn.yaml:89:7
%9759 = select %9758, %9757, %9743 : f32[16] @ models/lib/nn.yaml:89:7
%9760 = state name="adam_m.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9761 = state name="adam_v.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9762 = state name="adam_t.ca_head.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%9763 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%9764 = add %9762, %9763 : i64[] @ models/lib/nn.yaml:89:7
%9765 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%9766 = cast %9765 : f32[] @ models/lib/nn.yaml:89:7
%9767 = broadcast %9766 : f32[16] @ models/lib/nn.yaml:89:7
%9768 = mul %9759, %9767 : f32[16] @ models/lib/nn.yaml:89:7
%9769 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%9770 = cast %9769 : f32[] @ models/lib/nn.yaml:89:7
%9771 = broadcast %9770 : f32[16] @ models/lib/nn.yaml:89:7
%9772 = mul %9760, %9771 : f32[16] @ models/lib/nn.yaml:89:7
%9773 = add %9772, %9768 : f32[16] @ models/lib/nn.yaml:89:7
%9774 = mul %9759, %9759 : f32[16] @ models/lib/nn.yaml:89:7
%9775 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%9776 = cast %9775 : f32[] @ models/lib/nn.yaml:89:7
%9777 = broadcast %9776 : f32[16] @ models/lib/nn.yaml:89:7
%9778 = mul %9774, %9777 : f32[16] @ models/lib/nn.yaml:89:7
%9779 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%9780 = cast %9779 : f32[] @ models/lib/nn.yaml:89:7
%9781 = broadcast %9780 : f32[16] @ models/lib/nn.yaml:89:7
%9782 = mul %9761, %9781 : f32[16] @ models/lib/nn.yaml:89:7
%9783 = add %9782, %9778 : f32[16] @ models/lib/nn.yaml:89:7
%9784 = cast %9764 : f64[] @ models/lib/nn.yaml:89:7
%9785 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%9786 = pow %9785, %9784 : f64[] @ models/lib/nn.yaml:89:7
%9787 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%9788 = sub %9787, %9786 : f64[] @ models/lib/nn.yaml:89:7
%9789 = div %3056, %9788 : f64[] @ models/lib/nn.yaml:89:7
%9790 = cast %9764 : f64[] @ models/lib/nn.yaml:89:7
%9791 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%9792 = pow %9791, %9790 : f64[] @ models/lib/nn.yaml:89:7
%9793 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%9794 = sub %9793, %9792 : f64[] @ models/lib/nn.yaml:89:7
%9795 = sqrt %9794 : f64[] @ models/lib/nn.yaml:89:7
%9796 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%9797 = div %9796, %9795 : f64[] @ models/lib/nn.yaml:89:7
%9798 = sqrt %9783 : f32[16] @ models/lib/nn.yaml:89:7
%9799 = cast %9797 : f32[] @ models/lib/nn.yaml:89:7
%9800 = broadcast %9799 : f32[16] @ models/lib/nn.yaml:89:7
%9801 = mul %9798, %9800 : f32[16] @ models/lib/nn.yaml:89:7
%9802 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%9803 = cast %9802 : f32[] @ models/lib/nn.yaml:89:7
%9804 = broadcast %9803 : f32[16] @ models/lib/nn.yaml:89:7
%9805 = add %9801, %9804 : f32[16] @ models/lib/nn.yaml:89:7
%9806 = div %9773, %9805 : f32[16] @ models/lib/nn.yaml:89:7
%9807 = cast %9789 : f32[] @ models/lib/nn.yaml:89:7
%9808 = broadcast %9807 : f32[16] @ models/lib/nn.yaml:89:7
%9809 = mul %9806, %9808 : f32[16] @ models/lib/nn.yaml:89:7
%9810 = sub %67, %9809 : f32[16] @ models/lib/nn.yaml:89:7
%9811 = assign %67, %9810 : f32[16] @ models/lib/nn.yaml:89:7
%9812 = assign %9760, %9773 : f32[16] @ models/lib/nn.yaml:89:7
%9813 = assign %9761, %9783 : f32[16] @ models/lib/nn.yaml:89:7
%9814 = assign %9762, %9764 : i64[] @ models/lib/nn.yaml:89:7
%9815 = cast %3058 : f32[] @ models/lib/nn.yaml:89:7
%9816 = broadcast %9815 : f32[16] @ models/lib/nn.yaml:89:7
%9817 = mul %145, %9816 : f32[16] @ models/lib/nn.yaml:89:7
%9818 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%9819 = sub %9818, %3058 : f64[] @ models/lib/nn.yaml:89:7
%9820 = cast %9819 : f32[] @ models/lib/nn.yaml:89:7
%9821 = broadcast %9820 : f32[16] @ models/lib/nn.yaml:89:7
%9822 = mul %9810, %9821 : f32[16] @ models/lib/nn.yaml:89:7
%9823 = add %9817, %9822 : f32[16] @ models/lib/nn.yaml:89:7
%9824 = assign %145, %9823 : f32[16] @ models/lib/nn.yaml:89:7
%9825 = all_reduce_sum %4101 : f32[16] @ models/lib/nn.yaml:90:7
%9826 = reshape %9825 : f32[16] @ models/lib/nn.yaml:90:7
%9827 = mul %9826, %9826 : f32[16] @ models/lib/nn.yaml:90:7
%9828 = reduce_sum %9827 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%9829 = sqrt %9828 : f32[] @ models/lib/nn.yaml:90:7
%9830 = cast %9829 : f64[] @ models/lib/nn.yaml:90:7
%9831 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%9832 = add %9830, %9831 : f64[] @ models/lib/nn.yaml:90:7
%9833 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%9834 = div %9833, %9832 : f64[] @ models/lib/nn.yaml:90:7
%9835 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%9836 = lt %9834, %9835 : bool[] @ models/lib/nn.yaml:90:7
%9837 = cast %9834 : f32[] @ models/lib/nn.yaml:90:7
%9838 = broadcast %9837 : f32[16] @ models/lib/nn.yaml:90:7
%9839 = mul %9825, %9838 : f32[16] @ models/lib/nn.yaml:90:7
%9840 = broadcast %9836 : bool[16] @ models/lib/nn.yaml:90:7
%9841 = select %9840, %9839, %9825 : f32[16] @ models/lib/nn.yaml:90:7
%9842 = state name="adam_m.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9843 = state name="adam_v.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9844 = state name="adam_t.ca_head.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%9845 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%9846 = add %9844, %9845 : i64[] @ models/lib/nn.yaml:90:7
%9847 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%9848 = cast %9847 : f32[] @ models/lib/nn.yaml:90:7
%9849 = broadcast %9848 : f32[16] @ models/lib/nn.yaml:90:7
%9850 = mul %9841, %9849 : f32[16] @ models/lib/nn.yaml:90:7
%9851 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%9852 = cast %9851 : f32[] @ models/lib/nn.yaml:90:7
%9853 = broadcast %9852 : f32[16] @ models/lib/nn.yaml:90:7
%9854 = mul %9842, %9853 : f32[16] @ models/lib/nn.yaml:90:7
%9855 = add %9854, %9850 : f32[16] @ models/lib/nn.yaml:90:7
%9856 = mul %9841, %9841 : f32[16] @ models/lib/nn.yaml:90:7
%9857 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%9858 = cast %9857 : f32[] @ models/lib/nn.yaml:90:7
%9859 = broadcast %9858 : f32[16] @ models/lib/nn.yaml:90:7
%9860 = mul %9856, %9859 : f32[16] @ models/lib/nn.yaml:90:7
%9861 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%9862 = cast %9861 : f32[] @ models/lib/nn.yaml:90:7
%9863 = broadcast %9862 : f32[16] @ models/lib/nn.yaml:90:7
%9864 = mul %9843, %9863 : f32[16] @ models/lib/nn.yaml:90:7
%9865 = add %9864, %9860 : f32[16] @ models/lib/nn.yaml:90:7
%9866 = cast %9846 : f64[] @ models/lib/nn.yaml:90:7
%9867 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%9868 = pow %9867, %9866 : f64[] @ models/lib/nn.yaml:90:7
%9869 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%9870 = sub %9869, %9868 : f64[] @ models/lib/nn.yaml:90:7
%9871 = div %3056, %9870 : f64[] @ models/lib/nn.yaml:90:7
%9872 = cast %9846 : f64[] @ models/lib/nn.yaml:90:7
%9873 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%9874 = pow %9873, %9872 : f64[] @ models/lib/nn.yaml:90:7
%9875 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%9876 = sub %9875, %9874 : f64[] @ models/lib/nn.yaml:90:7
%9877 = sqrt %9876 : f64[] @ models/lib/nn.yaml:90:7
%9878 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%9879 = div %9878, %9877 : f64[] @ models/lib/nn.yaml:90:7
%9880 = sqrt %9865 : f32[16] @ models/lib/nn.yaml:90:7
%9881 = cast %9879 : f32[] @ models/lib/nn.yaml:90:7
%9882 = broadcast %9881 : f32[16] @ models/lib/nn.yaml:90:7
%9883 = mul %9880, %9882 : f32[16] @ models/lib/nn.yaml:90:7
%9884 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%9885 = cast %9884 : f32[] @ models/lib/nn.yaml:90:7
%9886 = broadcast %9885 : f32[16] @ models/lib/nn.yaml:90:7
%9887 = add %9883, %9886 : f32[16] @ models/lib/nn.yaml:90:7
%9888 = div %9855, %9887 : f32[16] @ models/lib/nn.yaml:90:7
%9889 = cast %9871 : f32[] @ models/lib/nn.yaml:90:7
%9890 = broadcast %9889 : f32[16] @ models/lib/nn.yaml:90:7
%9891 = mul %9888, %9890 : f32[16] @ models/lib/nn.yaml:90:7
%9892 = sub %68, %9891 : f32[16] @ models/lib/nn.yaml:90:7
%9893 = assign %68, %9892 : f32[16] @ models/lib/nn.yaml:90:7
%9894 = assign %9842, %9855 : f32[16] @ models/lib/nn.yaml:90:7
%9895 = assign %9843, %9865 : f32[16] @ models/lib/nn.yaml:90:7
%9896 = assign %9844, %9846 : i64[] @ models/lib/nn.yaml:90:7
%9897 = cast %3058 : f32[] @ models/lib/nn.yaml:90:7
%9898 = broadcast %9897 : f32[16] @ models/lib/nn.yaml:90:7
%9899 = mul %146, %9898 : f32[16] @ models/lib/nn.yaml:90:7
%9900 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%9901 = sub %9900, %3058 : f64[] @ models/lib/nn.yaml:90:7
%9902 = cast %9901 : f32[] @ models/lib/nn.yaml:90:7
%9903 = broadcast %9902 : f32[16] @ models/lib/nn.yaml:90:7
%9904 = mul %9892, %9903 : f32[16] @ models/lib/nn.yaml:90:7
%9905 = add %9899, %9904 : f32[16] @ models/lib/nn.yaml:90:7
%9906 = assign %146, %9905 : f32[16] @ models/lib/nn.yaml:90:7
%9907 = all_reduce_sum %4096 : f32[24,16] @ models/lib/nn.yaml:79:7
%9908 = reshape %9907 : f32[384] @ models/lib/nn.yaml:79:7
%9909 = mul %9908, %9908 : f32[384] @ models/lib/nn.yaml:79:7
%9910 = reduce_sum %9909 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9911 = sqrt %9910 : f32[] @ models/lib/nn.yaml:79:7
%9912 = cast %9911 : f64[] @ models/lib/nn.yaml:79:7
%9913 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%9914 = add %9912, %9913 : f64[] @ models/lib/nn.yaml:79:7
%9915 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%9916 = div %9915, %9914 : f64[] @ models/lib/nn.yaml:79:7
%9917 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9918 = lt %9916, %9917 : bool[] @ models/lib/nn.yaml:79:7
%9919 = cast %9916 : f32[] @ models/lib/nn.yaml:79:7
%9920 = broadcast %9919 : f32[24,16] @ models/lib/nn.yaml:79:7
%9921 = mul %9907, %9920 : f32[24,16] @ models/lib/nn.yaml:79:7
%9922 = broadcast %9918 : bool[24,16] @ models/lib/nn.yaml:79:7
%9923 = select %9922, %9921, %9907 : f32[24,16] @ models/lib/nn.yaml:79:7
%9924 = state name="adam_m.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%9925 = state name="adam_v.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%9926 = state name="adam_t.c_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9927 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%9928 = add %9926, %9927 : i64[] @ models/lib/nn.yaml:79:7
%9929 = mul %3056, %3057 : f64[] @ models/lib/nn.yaml:79:7
%9930 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9931 = sub %9930, %9929 : f64[] @ models/lib/nn.yaml:79:7
%9932 = cast %9931 : f32[] @ models/lib/nn.yaml:79:7
%9933 = broadcast %9932 : f32[24,16] @ models/lib/nn.yaml:79:7
%9934 = mul %69, %9933 : f32[24,16] @ models/lib/nn.yaml:79:7
%9935 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%9936 = cast %9935 : f32[] @ models/lib/nn.yaml:79:7
%9937 = broadcast %9936 : f32[24,16] @ models/lib/nn.yaml:79:7
%9938 = mul %9923, %9937 : f32[24,16] @ models/lib/nn.yaml:79:7
%9939 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9940 = cast %9939 : f32[] @ models/lib/nn.yaml:79:7
%9941 = broadcast %9940 : f32[24,16] @ models/lib/nn.yaml:79:7
%9942 = mul %9924, %9941 : f32[24,16] @ models/lib/nn.yaml:79:7
%9943 = add %9942, %9938 : f32[24,16] @ models/lib/nn.yaml:79:7
%9944 = mul %9923, %9923 : f32[24,16] @ models/lib/nn.yaml:79:7
%9945 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%9946 = cast %9945 : f32[] @ models/lib/nn.yaml:79:7
%9947 = broadcast %9946 : f32[24,16] @ models/lib/nn.yaml:79:7
%9948 = mul %9944, %9947 : f32[24,16] @ models/lib/nn.yaml:79:7
%9949 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9950 = cast %9949 : f32[] @ models/lib/nn.yaml:79:7
%9951 = broadcast %9950 : f32[24,16] @ models/lib/nn.yaml:79:7
%9952 = mul %9925, %9951 : f32[24,16] @ models/lib/nn.yaml:79:7
%9953 = add %9952, %9948 : f32[24,16] @ models/lib/nn.yaml:79:7
%9954 = cast %9928 : f64[] @ models/lib/nn.yaml:79:7
%9955 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9956 = pow %9955, %9954 : f64[] @ models/lib/nn.yaml:79:7
%9957 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9958 = sub %9957, %9956 : f64[] @ models/lib/nn.yaml:79:7
%9959 = div %3056, %9958 : f64[] @ models/lib/nn.yaml:79:7
%9960 = cast %9928 : f64[] @ models/lib/nn.yaml:79:7
%9961 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9962 = pow %9961, %9960 : f64[] @ models/lib/nn.yaml:79:7
%9963 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9964 = sub %9963, %9962 : f64[] @ models/lib/nn.yaml:79:7
%9965 = sqrt %9964 : f64[] @ models/lib/nn.yaml:79:7
%9966 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9967 = div %9966, %9965 : f64[] @ models/lib/nn.yaml:79:7
%9968 = sqrt %9953 : f32[24,16] @ models/lib/nn.yaml:79:7
%9969 = cast %9967 : f32[] @ models/lib/nn.yaml:79:7
%9970 = broadcast %9969 : f32[24,16] @ models/lib/nn.yaml:79:7
%9971 = mul %9968, %9970 : f32[24,16] @ models/lib/nn.yaml:79:7
%9972 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%9973 = cast %9972 : f32[] @ models/lib/nn.yaml:79:7
%9974 = broadcast %9973 : f32[24,16] @ models/lib/nn.yaml:79:7
%9975 = add %9971, %9974 : f32[24,16] @ models/lib/nn.yaml:79:7
%9976 = div %9943, %9975 : f32[24,16] @ models/lib/nn.yaml:79:7
%9977 = cast %9959 : f32[] @ models/lib/nn.yaml:79:7
%9978 = broadcast %9977 : f32[24,16] @ models/lib/nn.yaml:79:7
%9979 = mul %9976, %9978 : f32[24,16] @ models/lib/nn.yaml:79:7
%9980 = sub %9934, %9979 : f32[24,16] @ models/lib/nn.yaml:79:7
%9981 = assign %69, %9980 : f32[24,16] @ models/lib/nn.yaml:79:7
%9982 = assign %9924, %9943 : f32[24,16] @ models/lib/nn.yaml:79:7
%9983 = assign %9925, %9953 : f32[24,16] @ models/lib/nn.yaml:79:7
%9984 = assign %9926, %9928 : i64[] @ models/lib/nn.yaml:79:7
%9985 = cast %3058 : f32[] @ models/lib/nn.yaml:79:7
%9986 = broadcast %9985 : f32[24,16] @ models/lib/nn.yaml:79:7
%9987 = mul %147, %9986 : f32[24,16] @ models/lib/nn.yaml:79:7
%9988 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9989 = sub %9988, %3058 : f64[] @ models/lib/nn.yaml:79:7
%9990 = cast %9989 : f32[] @ models/lib/nn.yaml:79:7
%9991 = broadcast %9990 : f32[24,16] @ models/lib/nn.yaml:79:7
%9992 = mul %9980, %9991 : f32[24,16] @ models/lib/nn.yaml:79:7
%9993 = add %9987, %9992 : f32[24,16] @ models/lib/nn.yaml:79:7
%9994 = assign %147, %9993 : f32[24,16] @ models/lib/nn.yaml:79:7
%9995 = all_reduce_sum %4091 : f32[24] @ models/lib/nn.yaml:80:7
%9996 = reshape %9995 : f32[24] @ models/lib/nn.yaml:80:7
%9997 = mul %9996, %9996 : f32[24] @ models/lib/nn.yaml:80:7
%9998 = reduce_sum %9997 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9999 = sqrt %9998 : f32[] @ models/lib/nn.yaml:80:7
%10000 = cast %9999 : f64[] @ models/lib/nn.yaml:80:7
%10001 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%10002 = add %10000, %10001 : f64[] @ models/lib/nn.yaml:80:7
%10003 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%10004 = div %10003, %10002 : f64[] @ models/lib/nn.yaml:80:7
%10005 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10006 = lt %10004, %10005 : bool[] @ models/lib/nn.yaml:80:7
%10007 = cast %10004 : f32[] @ models/lib/nn.yaml:80:7
%10008 = broadcast %10007 : f32[24] @ models/lib/nn.yaml:80:7
%10009 = mul %9995, %10008 : f32[24] @ models/lib/nn.yaml:80:7
%10010 = broadcast %10006 : bool[24] @ models/lib/nn.yaml:80:7
%10011 = select %10010, %10009, %9995 : f32[24] @ models/lib/nn.yaml:80:7
%10012 = state name="adam_m.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10013 = state name="adam_v.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10014 = state name="adam_t.c_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10015 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%10016 = add %10014, %10015 : i64[] @ models/lib/nn.yaml:80:7
%10017 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%10018 = cast %10017 : f32[] @ models/lib/nn.yaml:80:7
%10019 = broadcast %10018 : f32[24] @ models/lib/nn.yaml:80:7
%10020 = mul %10011, %10019 : f32[24] @ models/lib/nn.yaml:80:7
%10021 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10022 = cast %10021 : f32[] @ models/lib/nn.yaml:80:7
%10023 = broadcast %10022 : f32[24] @ models/lib/nn.yaml:80:7
%10024 = mul %10012, %10023 : f32[24] @ models/lib/nn.yaml:80:7
%10025 = add %10024, %10020 : f32[24] @ models/lib/nn.yaml:80:7
%10026 = mul %10011, %10011 : f32[24] @ models/lib/nn.yaml:80:7
%10027 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%10028 = cast %10027 : f32[] @ models/lib/nn.yaml:80:7
%10029 = broadcast %10028 : f32[24] @ models/lib/nn.yaml:80:7
%10030 = mul %10026, %10029 : f32[24] @ models/lib/nn.yaml:80:7
%10031 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10032 = cast %10031 : f32[] @ models/lib/nn.yaml:80:7
%10033 = broadcast %10032 : f32[24] @ models/lib/nn.yaml:80:7
%10034 = mul %10013, %10033 : f32[24] @ models/lib/nn.yaml:80:7
%10035 = add %10034, %10030 : f32[24] @ models/lib/nn.yaml:80:7
%10036 = cast %10016 : f64[] @ models/lib/nn.yaml:80:7
%10037 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10038 = pow %10037, %10036 : f64[] @ models/lib/nn.yaml:80:7
%10039 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10040 = sub %10039, %10038 : f64[] @ models/lib/nn.yaml:80:7
%10041 = div %3056, %10040 : f64[] @ models/lib/nn.yaml:80:7
%10042 = cast %10016 : f64[] @ models/lib/nn.yaml:80:7
%10043 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10044 = pow %10043, %10042 : f64[] @ models/lib/nn.yaml:80:7
%10045 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10046 = sub %10045, %10044 : f64[] @ models/lib/nn.yaml:80:7
%10047 = sqrt %10046 : f64[] @ models/lib/nn.yaml:80:7
%10048 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10049 = div %10048, %10047 : f64[] @ models/lib/nn.yaml:80:7
%10050 = sqrt %10035 : f32[24] @ models/lib/nn.yaml:80:7
%10051 = cast %10049 : f32[] @ models/lib/nn.yaml:80:7
%10052 = broadcast %10051 : f32[24] @ models/lib/nn.yaml:80:7
%10053 = mul %10050, %10052 : f32[24] @ models/lib/nn.yaml:80:7
%10054 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%10055 = cast %10054 : f32[] @ models/lib/nn.yaml:80:7
%10056 = broadcast %10055 : f32[24] @ models/lib/nn.yaml:80:7
%10057 = add %10053, %10056 : f32[24] @ models/lib/nn.yaml:80:7
%10058 = div %10025, %10057 : f32[24] @ models/lib/nn.yaml:80:7
%10059 = cast %10041 : f32[] @ models/lib/nn.yaml:80:7
%10060 = broadcast %10059 : f32[24] @ models/lib/nn.yaml:80:7
%10061 = mul %10058, %10060 : f32[24] @ models/lib/nn.yaml:80:7
%10062 = sub %70, %10061 : f32[24] @ models/lib/nn.yaml:80:7
%10063 = assign %70, %10062 : f32[24] @ models/lib/nn.yaml:80:7
%10064 = assign %10012, %10025 : f32[24] @ models/lib/nn.yaml:80:7
%10065 = assign %10013, %10035 : f32[24] @ models/lib/nn.yaml:80:7
%10066 = assign %10014, %10016 : i64[] @ models/lib/nn.yaml:80:7
%10067 = cast %3058 : f32[] @ models/lib/nn.yaml:80:7
%10068 = broadcast %10067 : f32[24] @ models/lib/nn.yaml:80:7
%10069 = mul %148, %10068 : f32[24] @ models/lib/nn.yaml:80:7
%10070 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10071 = sub %10070, %3058 : f64[] @ models/lib/nn.yaml:80:7
%10072 = cast %10071 : f32[] @ models/lib/nn.yaml:80:7
%10073 = broadcast %10072 : f32[24] @ models/lib/nn.yaml:80:7
%10074 = mul %10062, %10073 : f32[24] @ models/lib/nn.yaml:80:7
%10075 = add %10069, %10074 : f32[24] @ models/lib/nn.yaml:80:7
%10076 = assign %148, %10075 : f32[24] @ models/lib/nn.yaml:80:7
%10077 = all_reduce_sum %4076 : f32[24,24] @ models/lib/nn.yaml:79:7
%10078 = reshape %10077 : f32[576] @ models/lib/nn.yaml:79:7
%10079 = mul %10078, %10078 : f32[576] @ models/lib/nn.yaml:79:7
%10080 = reduce_sum %10079 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10081 = sqrt %10080 : f32[] @ models/lib/nn.yaml:79:7
%10082 = cast %10081 : f64[] @ models/lib/nn.yaml:79:7
%10083 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%10084 = add %10082, %10083 : f64[] @ models/lib/nn.yaml:79:7
%10085 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%10086 = div %10085, %10084 : f64[] @ models/lib/nn.yaml:79:7
%10087 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10088 = lt %10086, %10087 : bool[] @ models/lib/nn.yaml:79:7
%10089 = cast %10086 : f32[] @ models/lib/nn.yaml:79:7
%10090 = broadcast %10089 : f32[24,24] @ models/lib/nn.yaml:79:7
%10091 = mul %10077, %10090 : f32[24,24] @ models/lib/nn.yaml:79:7
%10092 = broadcast %10088 : bool[24,24] @ models/lib/nn.yaml:79:7
%10093 = select %10092, %10091, %10077 : f32[24,24] @ models/lib/nn.yaml:79:7
%10094 = state name="adam_m.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%10095 = state name="adam_v.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%10096 = state name="adam_t.c_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10097 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%10098 = add %10096, %10097 : i64[] @ models/lib/nn.yaml:79:7
%10099 = mul %3056, %3057 : f64[] @ models/lib/nn.yaml:79:7
%10100 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10101 = sub %10100, %10099 : f64[] @ models/lib/nn.yaml:79:7
%10102 = cast %10101 : f32[] @ models/lib/nn.yaml:79:7
%10103 = broadcast %10102 : f32[24,24] @ models/lib/nn.yaml:79:7
%10104 = mul %71, %10103 : f32[24,24] @ models/lib/nn.yaml:79:7
%10105 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%10106 = cast %10105 : f32[] @ models/lib/nn.yaml:79:7
%10107 = broadcast %10106 : f32[24,24] @ models/lib/nn.yaml:79:7
%10108 = mul %10093, %10107 : f32[24,24] @ models/lib/nn.yaml:79:7
%10109 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10110 = cast %10109 : f32[] @ models/lib/nn.yaml:79:7
%10111 = broadcast %10110 : f32[24,24] @ models/lib/nn.yaml:79:7
%10112 = mul %10094, %10111 : f32[24,24] @ models/lib/nn.yaml:79:7
%10113 = add %10112, %10108 : f32[24,24] @ models/lib/nn.yaml:79:7
%10114 = mul %10093, %10093 : f32[24,24] @ models/lib/nn.yaml:79:7
%10115 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%10116 = cast %10115 : f32[] @ models/lib/nn.yaml:79:7
%10117 = broadcast %10116 : f32[24,24] @ models/lib/nn.yaml:79:7
%10118 = mul %10114, %10117 : f32[24,24] @ models/lib/nn.yaml:79:7
%10119 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10120 = cast %10119 : f32[] @ models/lib/nn.yaml:79:7
%10121 = broadcast %10120 : f32[24,24] @ models/lib/nn.yaml:79:7
%10122 = mul %10095, %10121 : f32[24,24] @ models/lib/nn.yaml:79:7
%10123 = add %10122, %10118 : f32[24,24] @ models/lib/nn.yaml:79:7
%10124 = cast %10098 : f64[] @ models/lib/nn.yaml:79:7
%10125 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10126 = pow %10125, %10124 : f64[] @ models/lib/nn.yaml:79:7
%10127 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10128 = sub %10127, %10126 : f64[] @ models/lib/nn.yaml:79:7
%10129 = div %3056, %10128 : f64[] @ models/lib/nn.yaml:79:7
%10130 = cast %10098 : f64[] @ models/lib/nn.yaml:79:7
%10131 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10132 = pow %10131, %10130 : f64[] @ models/lib/nn.yaml:79:7
%10133 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10134 = sub %10133, %10132 : f64[] @ models/lib/nn.yaml:79:7
%10135 = sqrt %10134 : f64[] @ models/lib/nn.yaml:79:7
%10136 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10137 = div %10136, %10135 : f64[] @ models/lib/nn.yaml:79:7
%10138 = sqrt %10123 : f32[24,24] @ models/lib/nn.yaml:79:7
%10139 = cast %10137 : f32[] @ models/lib/nn.yaml:79:7
%10140 = broadcast %10139 : f32[24,24] @ models/lib/nn.yaml:79:7
%10141 = mul %10138, %10140 : f32[24,24] @ models/lib/nn.yaml:79:7
%10142 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%10143 = cast %10142 : f32[] @ models/lib/nn.yaml:79:7
%10144 = broadcast %10143 : f32[24,24] @ models/lib/nn.yaml:79:7
%10145 = add %10141, %10144 : f32[24,24] @ models/lib/nn.yaml:79:7
%10146 = div %10113, %10145 : f32[24,24] @ models/lib/nn.yaml:79:7
%10147 = cast %10129 : f32[] @ models/lib/nn.yaml:79:7
%10148 = broadcast %10147 : f32[24,24] @ models/lib/nn.yaml:79:7
%10149 = mul %10146, %10148 : f32[24,24] @ models/lib/nn.yaml:79:7
%10150 = sub %10104, %10149 : f32[24,24] @ models/lib/nn.yaml:79:7
%10151 = assign %71, %10150 : f32[24,24] @ models/lib/nn.yaml:79:7
%10152 = assign %10094, %10113 : f32[24,24] @ models/lib/nn.yaml:79:7
%10153 = assign %10095, %10123 : f32[24,24] @ models/lib/nn.yaml:79:7
%10154 = assign %10096, %10098 : i64[] @ models/lib/nn.yaml:79:7
%10155 = cast %3058 : f32[] @ models/lib/nn.yaml:79:7
%10156 = broadcast %10155 : f32[24,24] @ models/lib/nn.yaml:79:7
%10157 = mul %149, %10156 : f32[24,24] @ models/lib/nn.yaml:79:7
%10158 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10159 = sub %10158, %3058 : f64[] @ models/lib/nn.yaml:79:7
%10160 = cast %10159 : f32[] @ models/lib/nn.yaml:79:7
%10161 = broadcast %10160 : f32[24,24] @ models/lib/nn.yaml:79:7
%10162 = mul %10150, %10161 : f32[24,24] @ models/lib/nn.yaml:79:7
%10163 = add %10157, %10162 : f32[24,24] @ models/lib/nn.yaml:79:7
%10164 = assign %149, %10163 : f32[24,24] @ models/lib/nn.yaml:79:7
%10165 = all_reduce_sum %4071 : f32[24] @ models/lib/nn.yaml:80:7
%10166 = reshape %10165 : f32[24] @ models/lib/nn.yaml:80:7
%10167 = mul %10166, %10166 : f32[24] @ models/lib/nn.yaml:80:7
%10168 = reduce_sum %10167 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10169 = sqrt %10168 : f32[] @ models/lib/nn.yaml:80:7
%10170 = cast %10169 : f64[] @ models/lib/nn.yaml:80:7
%10171 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%10172 = add %10170, %10171 : f64[] @ models/lib/nn.yaml:80:7
%10173 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%10174 = div %10173, %10172 : f64[] @ models/lib/nn.yaml:80:7
%10175 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10176 = lt %10174, %10175 : bool[] @ models/lib/nn.yaml:80:7
%10177 = cast %10174 : f32[] @ models/lib/nn.yaml:80:7
%10178 = broadcast %10177 : f32[24] @ models/lib/nn.yaml:80:7
%10179 = mul %10165, %10178 : f32[24] @ models/lib/nn.yaml:80:7
%10180 = broadcast %10176 : bool[24] @ models/lib/nn.yaml:80:7
%10181 = select %10180, %10179, %10165 : f32[24] @ models/lib/nn.yaml:80:7
%10182 = state name="adam_m.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10183 = state name="adam_v.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10184 = state name="adam_t.c_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10185 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%10186 = add %10184, %10185 : i64[] @ models/lib/nn.yaml:80:7
%10187 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%10188 = cast %10187 : f32[] @ models/lib/nn.yaml:80:7
%10189 = broadcast %10188 : f32[24] @ models/lib/nn.yaml:80:7
%10190 = mul %10181, %10189 : f32[24] @ models/lib/nn.yaml:80:7
%10191 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10192 = cast %10191 : f32[] @ models/lib/nn.yaml:80:7
%10193 = broadcast %10192 : f32[24] @ models/lib/nn.yaml:80:7
%10194 = mul %10182, %10193 : f32[24] @ models/lib/nn.yaml:80:7
%10195 = add %10194, %10190 : f32[24] @ models/lib/nn.yaml:80:7
%10196 = mul %10181, %10181 : f32[24] @ models/lib/nn.yaml:80:7
%10197 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%10198 = cast %10197 : f32[] @ models/lib/nn.yaml:80:7
%10199 = broadcast %10198 : f32[24] @ models/lib/nn.yaml:80:7
%10200 = mul %10196, %10199 : f32[24] @ models/lib/nn.yaml:80:7
%10201 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10202 = cast %10201 : f32[] @ models/lib/nn.yaml:80:7
%10203 = broadcast %10202 : f32[24] @ models/lib/nn.yaml:80:7
%10204 = mul %10183, %10203 : f32[24] @ models/lib/nn.yaml:80:7
%10205 = add %10204, %10200 : f32[24] @ models/lib/nn.yaml:80:7
%10206 = cast %10186 : f64[] @ models/lib/nn.yaml:80:7
%10207 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10208 = pow %10207, %10206 : f64[] @ models/lib/nn.yaml:80:7
%10209 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10210 = sub %10209, %10208 : f64[] @ models/lib/nn.yaml:80:7
%10211 = div %3056, %10210 : f64[] @ models/lib/nn.yaml:80:7
%10212 = cast %10186 : f64[] @ models/lib/nn.yaml:80:7
%10213 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10214 = pow %10213, %10212 : f64[] @ models/lib/nn.yaml:80:7
%10215 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10216 = sub %10215, %10214 : f64[] @ models/lib/nn.yaml:80:7
%10217 = sqrt %10216 : f64[] @ models/lib/nn.yaml:80:7
%10218 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10219 = div %10218, %10217 : f64[] @ models/lib/nn.yaml:80:7
%10220 = sqrt %10205 : f32[24] @ models/lib/nn.yaml:80:7
%10221 = cast %10219 : f32[] @ models/lib/nn.yaml:80:7
%10222 = broadcast %10221 : f32[24] @ models/lib/nn.yaml:80:7
%10223 = mul %10220, %10222 : f32[24] @ models/lib/nn.yaml:80:7
%10224 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%10225 = cast %10224 : f32[] @ models/lib/nn.yaml:80:7
%10226 = broadcast %10225 : f32[24] @ models/lib/nn.yaml:80:7
%10227 = add %10223, %10226 : f32[24] @ models/lib/nn.yaml:80:7
%10228 = div %10195, %10227 : f32[24] @ models/lib/nn.yaml:80:7
%10229 = cast %10211 : f32[] @ models/lib/nn.yaml:80:7
%10230 = broadcast %10229 : f32[24] @ models/lib/nn.yaml:80:7
%10231 = mul %10228, %10230 : f32[24] @ models/lib/nn.yaml:80:7
%10232 = sub %72, %10231 : f32[24] @ models/lib/nn.yaml:80:7
%10233 = assign %72, %10232 : f32[24] @ models/lib/nn.yaml:80:7
%10234 = assign %10182, %10195 : f32[24] @ models/lib/nn.yaml:80:7
%10235 = assign %10183, %10205 : f32[24] @ models/lib/nn.yaml:80:7
%10236 = assign %10184, %10186 : i64[] @ models/lib/nn.yaml:80:7
%10237 = cast %3058 : f32[] @ models/lib/nn.yaml:80:7
%10238 = broadcast %10237 : f32[24] @ models/lib/nn.yaml:80:7
%10239 = mul %150, %10238 : f32[24] @ models/lib/nn.yaml:80:7
%10240 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10241 = sub %10240, %3058 : f64[] @ models/lib/nn.yaml:80:7
%10242 = cast %10241 : f32[] @ models/lib/nn.yaml:80:7
%10243 = broadcast %10242 : f32[24] @ models/lib/nn.yaml:80:7
%10244 = mul %10232, %10243 : f32[24] @ models/lib/nn.yaml:80:7
%10245 = add %10239, %10244 : f32[24] @ models/lib/nn.yaml:80:7
%10246 = assign %150, %10245 : f32[24] @ models/lib/nn.yaml:80:7
%10247 = all_reduce_sum %4056 : f32[8,24] @ models/lib/nn.yaml:79:7
%10248 = reshape %10247 : f32[192] @ models/lib/nn.yaml:79:7
%10249 = mul %10248, %10248 : f32[192] @ models/lib/nn.yaml:79:7
%10250 = reduce_sum %10249 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10251 = sqrt %10250 : f32[] @ models/lib/nn.yaml:79:7
%10252 = cast %10251 : f64[] @ models/lib/nn.yaml:79:7
%10253 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%10254 = add %10252, %10253 : f64[] @ models/lib/nn.yaml:79:7
%10255 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%10256 = div %10255, %10254 : f64[] @ models/lib/nn.yaml:79:7
%10257 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10258 = lt %10256, %10257 : bool[] @ models/lib/nn.yaml:79:7
%10259 = cast %10256 : f32[] @ models/lib/nn.yaml:79:7
%10260 = broadcast %10259 : f32[8,24] @ models/lib/nn.yaml:79:7
%10261 = mul %10247, %10260 : f32[8,24] @ models/lib/nn.yaml:79:7
%10262 = broadcast %10258 : bool[8,24] @ models/lib/nn.yaml:79:7
%10263 = select %10262, %10261, %10247 : f32[8,24] @ models/lib/nn.yaml:79:7
%10264 = state name="adam_m.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%10265 = state name="adam_v.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%10266 = state name="adam_t.c_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10267 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%10268 = add %10266, %10267 : i64[] @ models/lib/nn.yaml:79:7
%10269 = mul %3056, %3057 : f64[] @ models/lib/nn.yaml:79:7
%10270 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10271 = sub %10270, %10269 : f64[] @ models/lib/nn.yaml:79:7
%10272 = cast %10271 : f32[] @ models/lib/nn.yaml:79:7
%10273 = broadcast %10272 : f32[8,24] @ models/lib/nn.yaml:79:7
%10274 = mul %73, %10273 : f32[8,24] @ models/lib/nn.yaml:79:7
%10275 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%10276 = cast %10275 : f32[] @ models/lib/nn.yaml:79:7
%10277 = broadcast %10276 : f32[8,24] @ models/lib/nn.yaml:79:7
%10278 = mul %10263, %10277 : f32[8,24] @ models/lib/nn.yaml:79:7
%10279 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10280 = cast %10279 : f32[] @ models/lib/nn.yaml:79:7
%10281 = broadcast %10280 : f32[8,24] @ models/lib/nn.yaml:79:7
%10282 = mul %10264, %10281 : f32[8,24] @ models/lib/nn.yaml:79:7
%10283 = add %10282, %10278 : f32[8,24] @ models/lib/nn.yaml:79:7
%10284 = mul %10263, %10263 : f32[8,24] @ models/lib/nn.yaml:79:7
%10285 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%10286 = cast %10285 : f32[] @ models/lib/nn.yaml:79:7
%10287 = broadcast %10286 : f32[8,24] @ models/lib/nn.yaml:79:7
%10288 = mul %10284, %10287 : f32[8,24] @ models/lib/nn.yaml:79:7
%10289 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10290 = cast %10289 : f32[] @ models/lib/nn.yaml:79:7
%10291 = broadcast %10290 : f32[8,24] @ models/lib/nn.yaml:79:7
%10292 = mul %10265, %10291 : f32[8,24] @ models/lib/nn.yaml:79:7
%10293 = add %10292, %10288 : f32[8,24] @ models/lib/nn.yaml:79:7
%10294 = cast %10268 : f64[] @ models/lib/nn.yaml:79:7
%10295 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10296 = pow %10295, %10294 : f64[] @ models/lib/nn.yaml:79:7
%10297 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10298 = sub %10297, %10296 : f64[] @ models/lib/nn.yaml:79:7
%10299 = div %3056, %10298 : f64[] @ models/lib/nn.yaml:79:7
%10300 = cast %10268 : f64[] @ models/lib/nn.yaml:79:7
%10301 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10302 = pow %10301, %10300 : f64[] @ models/lib/nn.yaml:79:7
%10303 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10304 = sub %10303, %10302 : f64[] @ models/lib/nn.yaml:79:7
%10305 = sqrt %10304 : f64[] @ models/lib/nn.yaml:79:7
%10306 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10307 = div %10306, %10305 : f64[] @ models/lib/nn.yaml:79:7
%10308 = sqrt %10293 : f32[8,24] @ models/lib/nn.yaml:79:7
%10309 = cast %10307 : f32[] @ models/lib/nn.yaml:79:7
%10310 = broadcast %10309 : f32[8,24] @ models/lib/nn.yaml:79:7
%10311 = mul %10308, %10310 : f32[8,24] @ models/lib/nn.yaml:79:7
%10312 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%10313 = cast %10312 : f32[] @ models/lib/nn.yaml:79:7
%10314 = broadcast %10313 : f32[8,24] @ models/lib/nn.yaml:79:7
%10315 = add %10311, %10314 : f32[8,24] @ models/lib/nn.yaml:79:7
%10316 = div %10283, %10315 : f32[8,24] @ models/lib/nn.yaml:79:7
%10317 = cast %10299 : f32[] @ models/lib/nn.yaml:79:7
%10318 = broadcast %10317 : f32[8,24] @ models/lib/nn.yaml:79:7
%10319 = mul %10316, %10318 : f32[8,24] @ models/lib/nn.yaml:79:7
%10320 = sub %10274, %10319 : f32[8,24] @ models/lib/nn.yaml:79:7
%10321 = assign %73, %10320 : f32[8,24] @ models/lib/nn.yaml:79:7
%10322 = assign %10264, %10283 : f32[8,24] @ models/lib/nn.yaml:79:7
%10323 = assign %10265, %10293 : f32[8,24] @ models/lib/nn.yaml:79:7
%10324 = assign %10266, %10268 : i64[] @ models/lib/nn.yaml:79:7
%10325 = cast %3058 : f32[] @ models/lib/nn.yaml:79:7
%10326 = broadcast %10325 : f32[8,24] @ models/lib/nn.yaml:79:7
%10327 = mul %151, %10326 : f32[8,24] @ models/lib/nn.yaml:79:7
%10328 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10329 = sub %10328, %3058 : f64[] @ models/lib/nn.yaml:79:7
%10330 = cast %10329 : f32[] @ models/lib/nn.yaml:79:7
%10331 = broadcast %10330 : f32[8,24] @ models/lib/nn.yaml:79:7
%10332 = mul %10320, %10331 : f32[8,24] @ models/lib/nn.yaml:79:7
%10333 = add %10327, %10332 : f32[8,24] @ models/lib/nn.yaml:79:7
%10334 = assign %151, %10333 : f32[8,24] @ models/lib/nn.yaml:79:7
%10335 = all_reduce_sum %4051 : f32[8] @ models/lib/nn.yaml:80:7
%10336 = reshape %10335 : f32[8] @ models/lib/nn.yaml:80:7
%10337 = mul %10336, %10336 : f32[8] @ models/lib/nn.yaml:80:7
%10338 = reduce_sum %10337 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10339 = sqrt %10338 : f32[] @ models/lib/nn.yaml:80:7
%10340 = cast %10339 : f64[] @ models/lib/nn.yaml:80:7
%10341 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%10342 = add %10340, %10341 : f64[] @ models/lib/nn.yaml:80:7
%10343 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%10344 = div %10343, %10342 : f64[] @ models/lib/nn.yaml:80:7
%10345 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10346 = lt %10344, %10345 : bool[] @ models/lib/nn.yaml:80:7
%10347 = cast %10344 : f32[] @ models/lib/nn.yaml:80:7
%10348 = broadcast %10347 : f32[8] @ models/lib/nn.yaml:80:7
%10349 = mul %10335, %10348 : f32[8] @ models/lib/nn.yaml:80:7
%10350 = broadcast %10346 : bool[8] @ models/lib/nn.yaml:80:7
%10351 = select %10350, %10349, %10335 : f32[8] @ models/lib/nn.yaml:80:7
%10352 = state name="adam_m.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%10353 = state name="adam_v.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%10354 = state name="adam_t.c_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10355 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%10356 = add %10354, %10355 : i64[] @ models/lib/nn.yaml:80:7
%10357 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%10358 = cast %10357 : f32[] @ models/lib/nn.yaml:80:7
%10359 = broadcast %10358 : f32[8] @ models/lib/nn.yaml:80:7
%10360 = mul %10351, %10359 : f32[8] @ models/lib/nn.yaml:80:7
%10361 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10362 = cast %10361 : f32[] @ models/lib/nn.yaml:80:7
%10363 = broadcast %10362 : f32[8] @ models/lib/nn.yaml:80:7
%10364 = mul %10352, %10363 : f32[8] @ models/lib/nn.yaml:80:7
%10365 = add %10364, %10360 : f32[8] @ models/lib/nn.yaml:80:7
%10366 = mul %10351, %10351 : f32[8] @ models/lib/nn.yaml:80:7
%10367 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%10368 = cast %10367 : f32[] @ models/lib/nn.yaml:80:7
%10369 = broadcast %10368 : f32[8] @ models/lib/nn.yaml:80:7
%10370 = mul %10366, %10369 : f32[8] @ models/lib/nn.yaml:80:7
%10371 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10372 = cast %10371 : f32[] @ models/lib/nn.yaml:80:7
%10373 = broadcast %10372 : f32[8] @ models/lib/nn.yaml:80:7
%10374 = mul %10353, %10373 : f32[8] @ models/lib/nn.yaml:80:7
%10375 = add %10374, %10370 : f32[8] @ models/lib/nn.yaml:80:7
%10376 = cast %10356 : f64[] @ models/lib/nn.yaml:80:7
%10377 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10378 = pow %10377, %10376 : f64[] @ models/lib/nn.yaml:80:7
%10379 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10380 = sub %10379, %10378 : f64[] @ models/lib/nn.yaml:80:7
%10381 = div %3056, %10380 : f64[] @ models/lib/nn.yaml:80:7
%10382 = cast %10356 : f64[] @ models/lib/nn.yaml:80:7
%10383 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10384 = pow %10383, %10382 : f64[] @ models/lib/nn.yaml:80:7
%10385 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10386 = sub %10385, %10384 : f64[] @ models/lib/nn.yaml:80:7
%10387 = sqrt %10386 : f64[] @ models/lib/nn.yaml:80:7
%10388 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10389 = div %10388, %10387 : f64[] @ models/lib/nn.yaml:80:7
%10390 = sqrt %10375 : f32[8] @ models/lib/nn.yaml:80:7
%10391 = cast %10389 : f32[] @ models/lib/nn.yaml:80:7
%10392 = broadcast %10391 : f32[8] @ models/lib/nn.yaml:80:7
%10393 = mul %10390, %10392 : f32[8] @ models/lib/nn.yaml:80:7
%10394 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%10395 = cast %10394 : f32[] @ models/lib/nn.yaml:80:7
%10396 = broadcast %10395 : f32[8] @ models/lib/nn.yaml:80:7
%10397 = add %10393, %10396 : f32[8] @ models/lib/nn.yaml:80:7
%10398 = div %10365, %10397 : f32[8] @ models/lib/nn.yaml:80:7
%10399 = cast %10381 : f32[] @ models/lib/nn.yaml:80:7
%10400 = broadcast %10399 : f32[8] @ models/lib/nn.yaml:80:7
%10401 = mul %10398, %10400 : f32[8] @ models/lib/nn.yaml:80:7
%10402 = sub %74, %10401 : f32[8] @ models/lib/nn.yaml:80:7
%10403 = assign %74, %10402 : f32[8] @ models/lib/nn.yaml:80:7
%10404 = assign %10352, %10365 : f32[8] @ models/lib/nn.yaml:80:7
%10405 = assign %10353, %10375 : f32[8] @ models/lib/nn.yaml:80:7
%10406 = assign %10354, %10356 : i64[] @ models/lib/nn.yaml:80:7
%10407 = cast %3058 : f32[] @ models/lib/nn.yaml:80:7
%10408 = broadcast %10407 : f32[8] @ models/lib/nn.yaml:80:7
%10409 = mul %152, %10408 : f32[8] @ models/lib/nn.yaml:80:7
%10410 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10411 = sub %10410, %3058 : f64[] @ models/lib/nn.yaml:80:7
%10412 = cast %10411 : f32[] @ models/lib/nn.yaml:80:7
%10413 = broadcast %10412 : f32[8] @ models/lib/nn.yaml:80:7
%10414 = mul %10402, %10413 : f32[8] @ models/lib/nn.yaml:80:7
%10415 = add %10409, %10414 : f32[8] @ models/lib/nn.yaml:80:7
%10416 = assign %152, %10415 : f32[8] @ models/lib/nn.yaml:80:7
%10417 = cast %3058 : f32[] @ models/lib/dino.yaml:18:7
%10418 = broadcast %10417 : f32[32,1] @ models/lib/dino.yaml:18:7
%10419 = mul %153, %10418 : f32[32,1] @ models/lib/dino.yaml:18:7
%10420 = const data=[1] : f64[] @ models/lib/dino.yaml:18:7
%10421 = sub %10420, %3058 : f64[] @ models/lib/dino.yaml:18:7
%10422 = cast %10421 : f32[] @ models/lib/dino.yaml:18:7
%10423 = broadcast %10422 : f32[32,1] @ models/lib/dino.yaml:18:7
%10424 = mul %75, %10423 : f32[32,1] @ models/lib/dino.yaml:18:7
%10425 = add %10419, %10424 : f32[32,1] @ models/lib/dino.yaml:18:7
%10426 = assign %153, %10425 : f32[32,1] @ models/lib/dino.yaml:18:7
%10427 = all_reduce_sum %4026 : f32[32,8] @ models/lib/dino.yaml:19:7
%10428 = reshape %10427 : f32[256] @ models/lib/dino.yaml:19:7
%10429 = mul %10428, %10428 : f32[256] @ models/lib/dino.yaml:19:7
%10430 = reduce_sum %10429 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%10431 = sqrt %10430 : f32[] @ models/lib/dino.yaml:19:7
%10432 = cast %10431 : f64[] @ models/lib/dino.yaml:19:7
%10433 = const data=[1e-06] : f64[] @ models/lib/dino.yaml:19:7
%10434 = add %10432, %10433 : f64[] @ models/lib/dino.yaml:19:7
%10435 = const data=[3] : f64[] @ models/lib/dino.yaml:19:7
%10436 = div %10435, %10434 : f64[] @ models/lib/dino.yaml:19:7
%10437 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%10438 = lt %10436, %10437 : bool[] @ models/lib/dino.yaml:19:7
%10439 = cast %10436 : f32[] @ models/lib/dino.yaml:19:7
%10440 = broadcast %10439 : f32[32,8] @ models/lib/dino.yaml:19:7
%10441 = mul %10427, %10440 : f32[32,8] @ models/lib/dino.yaml:19:7
%10442 = broadcast %10438 : bool[32,8] @ models/lib/dino.yaml:19:7
%10443 = select %10442, %10441, %10427 : f32[32,8] @ models/lib/dino.yaml:19:7
%10444 = state name="adam_m.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%10445 = state name="adam_v.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%10446 = state name="adam_t.c_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%10447 = const data=[1] : i64[] @ models/lib/dino.yaml:19:7
%10448 = add %10446, %10447 : i64[] @ models/lib/dino.yaml:19:7
%10449 = mul %3056, %3057 : f64[] @ models/lib/dino.yaml:19:7
%10450 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%10451 = sub %10450, %10449 : f64[] @ models/lib/dino.yaml:19:7
%10452 = cast %10451 : f32[] @ models/lib/dino.yaml:19:7
%10453 = broadcast %10452 : f32[32,8] @ models/lib/dino.yaml:19:7
%10454 = mul %76, %10453 : f32[32,8] @ models/lib/dino.yaml:19:7
%10455 = const data=[0.09999999999999998] : f64[] @ models/lib/dino.yaml:19:7
%10456 = cast %10455 : f32[] @ models/lib/dino.yaml:19:7
%10457 = broadcast %10456 : f32[32,8] @ models/lib/dino.yaml:19:7
%10458 = mul %10443, %10457 : f32[32,8] @ models/lib/dino.yaml:19:7
%10459 = const data=[0.9] : f64[] @ models/lib/dino.yaml:19:7
%10460 = cast %10459 : f32[] @ models/lib/dino.yaml:19:7
%10461 = broadcast %10460 : f32[32,8] @ models/lib/dino.yaml:19:7
%10462 = mul %10444, %10461 : f32[32,8] @ models/lib/dino.yaml:19:7
%10463 = add %10462, %10458 : f32[32,8] @ models/lib/dino.yaml:19:7
%10464 = mul %10443, %10443 : f32[32,8] @ models/lib/dino.yaml:19:7
%10465 = const data=[0.0010000000000000009] : f64[] @ models/lib/dino.yaml:19:7
%10466 = cast %10465 : f32[] @ models/lib/dino.yaml:19:7
%10467 = broadcast %10466 : f32[32,8] @ models/lib/dino.yaml:19:7
%10468 = mul %10464, %10467 : f32[32,8] @ models/lib/dino.yaml:19:7
%10469 = const data=[0.999] : f64[] @ models/lib/dino.yaml:19:7
%10470 = cast %10469 : f32[] @ models/lib/dino.yaml:19:7
%10471 = broadcast %10470 : f32[32,8] @ models/lib/dino.yaml:19:7
%10472 = mul %10445, %10471 : f32[32,8] @ models/lib/dino.yaml:19:7
%10473 = add %10472, %10468 : f32[32,8] @ models/lib/dino.yaml:19:7
%10474 = cast %10448 : f64[] @ models/lib/dino.yaml:19:7
%10475 = const data=[0.9] : f64[] @ models/lib/dino.yaml:19:7
%10476 = pow %10475, %10474 : f64[] @ models/lib/dino.yaml:19:7
%10477 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%10478 = sub %10477, %10476 : f64[] @ models/lib/dino.yaml:19:7
%10479 = div %3056, %10478 : f64[] @ models/lib/dino.yaml:19:7
%10480 = cast %10448 : f64[] @ models/lib/dino.yaml:19:7
%10481 = const data=[0.999] : f64[] @ models/lib/dino.yaml:19:7
%10482 = pow %10481, %10480 : f64[] @ models/lib/dino.yaml:19:7
%10483 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%10484 = sub %10483, %10482 : f64[] @ models/lib/dino.yaml:19:7
%10485 = sqrt %10484 : f64[] @ models/lib/dino.yaml:19:7
%10486 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%10487 = div %10486, %10485 : f64[] @ models/lib/dino.yaml:19:7
%10488 = sqrt %10473 : f32[32,8] @ models/lib/dino.yaml:19:7
%10489 = cast %10487 : f32[] @ models/lib/dino.yaml:19:7
%10490 = broadcast %10489 : f32[32,8] @ models/lib/dino.yaml:19:7
%10491 = mul %10488, %10490 : f32[32,8] @ models/lib/dino.yaml:19:7
%10492 = const data=[1e-08] : f64[] @ models/lib/dino.yaml:19:7
%10493 = cast %10492 : f32[] @ models/lib/dino.yaml:19:7
%10494 = broadcast %10493 : f32[32,8] @ models/lib/dino.yaml:19:7
%10495 = add %10491, %10494 : f32[32,8] @ models/lib/dino.yaml:19:7
%10496 = div %10463, %10495 : f32[32,8] @ models/lib/dino.yaml:19:7
%10497 = cast %10479 : f32[] @ models/lib/dino.yaml:19:7
%10498 = broadcast %10497 : f32[32,8] @ models/lib/dino.yaml:19:7
%10499 = mul %10496, %10498 : f32[32,8] @ models/lib/dino.yaml:19:7
%10500 = sub %10454, %10499 : f32[32,8] @ models/lib/dino.yaml:19:7
%10501 = const data=[1] : i64[] @ models/lib/dino.yaml:19:7
%10502 = input name="epoch" : i64[] @ models/lib/dino.yaml:19:7
%10503 = lt %10502, %10501 : bool[] @ models/lib/dino.yaml:19:7
%10504 = broadcast %10503 : bool[32,8] @ models/lib/dino.yaml:19:7
%10505 = select %10504, %76, %10500 : f32[32,8] @ models/lib/dino.yaml:19:7
%10506 = broadcast %10503 : bool[32,8] @ models/lib/dino.yaml:19:7
%10507 = select %10506, %10444, %10463 : f32[32,8] @ models/lib/dino.yaml:19:7
%10508 = broadcast %10503 : bool[32,8] @ models/lib/dino.yaml:19:7
%10509 = select %10508, %10445, %10473 : f32[32,8] @ models/lib/dino.yaml:19:7
%10510 = select %10503, %10446, %10448 : i64[] @ models/lib/dino.yaml:19:7
%10511 = assign %76, %10505 : f32[32,8] @ models/lib/dino.yaml:19:7
%10512 = assign %10444, %10507 : f32[32,8] @ models/lib/dino.yaml:19:7
%10513 = assign %10445, %10509 : f32[32,8] @ models/lib/dino.yaml:19:7
%10514 = assign %10446, %10510 : i64[] @ models/lib/dino.yaml:19:7
%10515 = cast %3058 : f32[] @ models/lib/dino.yaml:19:7
%10516 = broadcast %10515 : f32[32,8] @ models/lib/dino.yaml:19:7
%10517 = mul %154, %10516 : f32[32,8] @ models/lib/dino.yaml:19:7
%10518 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%10519 = sub %10518, %3058 : f64[] @ models/lib/dino.yaml:19:7
%10520 = cast %10519 : f32[] @ models/lib/dino.yaml:19:7
%10521 = broadcast %10520 : f32[32,8] @ models/lib/dino.yaml:19:7
%10522 = mul %10505, %10521 : f32[32,8] @ models/lib/dino.yaml:19:7
%10523 = add %10517, %10522 : f32[32,8] @ models/lib/dino.yaml:19:7
%10524 = assign %154, %10523 : f32[32,8] @ models/lib/dino.yaml:19:7
%10525 = all_reduce_sum %4006 : f32[24,16] @ models/lib/nn.yaml:79:7
%10526 = reshape %10525 : f32[384] @ models/lib/nn.yaml:79:7
%10527 = mul %10526, %10526 : f32[384] @ models/lib/nn.yaml:79:7
%10528 = reduce_sum %10527 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10529 = sqrt %10528 : f32[] @ models/lib/nn.yaml:79:7
%10530 = cast %10529 : f64[] @ models/lib/nn.yaml:79:7
%10531 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%10532 = add %10530, %10531 : f64[] @ models/lib/nn.yaml:79:7
%10533 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%10534 = div %10533, %10532 : f64[] @ models/lib/nn.yaml:79:7
%10535 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10536 = lt %10534, %10535 : bool[] @ models/lib/nn.yaml:79:7
%10537 = cast %10534 : f32[] @ models/lib/nn.yaml:79:7
%10538 = broadcast %10537 : f32[24,16] @ models/lib/nn.yaml:79:7
%10539 = mul %10525, %10538 : f32[24,16] @ models/lib/nn.yaml:79:7
%10540 = broadcast %10536 : bool[24,16] @ models/lib/nn.yaml:79:7
%10541 = select %10540, %10539, %10525 : f32[24,16] @ models/lib/nn.yaml:79:7
%10542 = state name="adam_m.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%10543 = state name="adam_v.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%10544 = state name="adam_t.p_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10545 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%10546 = add %10544, %10545 : i64[] @ models/lib/nn.yaml:79:7
%10547 = mul %3056, %3057 : f64[] @ models/lib/nn.yaml:79:7
%10548 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10549 = sub %10548, %10547 : f64[] @ models/lib/nn.yaml:79:7
%10550 = cast %10549 : f32[] @ models/lib/nn.yaml:79:7
%10551 = broadcast %10550 : f32[24,16] @ models/lib/nn.yaml:79:7
%10552 = mul %77, %10551 : f32[24,16] @ models/lib/nn.yaml:79:7
%10553 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%10554 = cast %10553 : f32[] @ models/lib/nn.yaml:79:7
%10555 = broadcast %10554 : f32[24,16] @ models/lib/nn.yaml:79:7
%10556 = mul %10541, %10555 : f32[24,16] @ models/lib/nn.yaml:79:7
%10557 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10558 = cast %10557 : f32[] @ models/lib/nn.yaml:79:7
%10559 = broadcast %10558 : f32[24,16] @ models/lib/nn.yaml:79:7
%10560 = mul %10542, %10559 : f32[24,16] @ models/lib/nn.yaml:79:7
%10561 = add %10560, %10556 : f32[24,16] @ models/lib/nn.yaml:79:7
%10562 = mul %10541, %10541 : f32[24,16] @ models/lib/nn.yaml:79:7
%10563 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%10564 = cast %10563 : f32[] @ models/lib/nn.yaml:79:7
%10565 = broadcast %10564 : f32[24,16] @ models/lib/nn.yaml:79:7
%10566 = mul %10562, %10565 : f32[24,16] @ models/lib/nn.yaml:79:7
%10567 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10568 = cast %10567 : f32[] @ models/lib/nn.yaml:79:7
%10569 = broadcast %10568 : f32[24,16] @ models/lib/nn.yaml:79:7
%10570 = mul %10543, %10569 : f32[24,16] @ models/lib/nn.yaml:79:7
%10571 = add %10570, %10566 : f32[24,16] @ models/lib/nn.yaml:79:7
%10572 = cast %10546 : f64[] @ models/lib/nn.yaml:79:7
%10573 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10574 = pow %10573, %10572 : f64[] @ models/lib/nn.yaml:79:7
%10575 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10576 = sub %10575, %10574 : f64[] @ models/lib/nn.yaml:79:7
%10577 = div %3056, %10576 : f64[] @ models/lib/nn.yaml:79:7
%10578 = cast %10546 : f64[] @ models/lib/nn.yaml:79:7
%10579 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10580 = pow %10579, %10578 : f64[] @ models/lib/nn.yaml:79:7
%10581 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10582 = sub %10581, %10580 : f64[] @ models/lib/nn.yaml:79:7
%10583 = sqrt %10582 : f64[] @ models/lib/nn.yaml:79:7
%10584 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10585 = div %10584, %10583 : f64[] @ models/lib/nn.yaml:79:7
%10586 = sqrt %10571 : f32[24,16] @ models/lib/nn.yaml:79:7
%10587 = cast %10585 : f32[] @ models/lib/nn.yaml:79:7
%10588 = broadcast %10587 : f32[24,16] @ models/lib/nn.yaml:79:7
%10589 = mul %10586, %10588 : f32[24,16] @ models/lib/nn.yaml:79:7
%10590 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%10591 = cast %10590 : f32[] @ models/lib/nn.yaml:79:7
%10592 = broadcast %10591 : f32[24,16] @ models/lib/nn.yaml:79:7
%10593 = add %10589, %10592 : f32[24,16] @ models/lib/nn.yaml:79:7
%10594 = div %10561, %10593 : f32[24,16] @ models/lib/nn.yaml:79:7
%10595 = cast %10577 : f32[] @ models/lib/nn.yaml:79:7
%10596 = broadcast %10595 : f32[24,16] @ models/lib/nn.yaml:79:7
%10597 = mul %10594, %10596 : f32[24,16] @ models/lib/nn.yaml:79:7
%10598 = sub %10552, %10597 : f32[24,16] @ models/lib/nn.yaml:79:7
%10599 = assign %77, %10598 : f32[24,16] @ models/lib/nn.yaml:79:7
%10600 = assign %10542, %10561 : f32[24,16] @ models/lib/nn.yaml:79:7
%10601 = assign %10543, %10571 : f32[24,16] @ models/lib/nn.yaml:79:7
%10602 = assign %10544, %10546 : i64[] @ models/lib/nn.yaml:79:7
%10603 = cast %3058 : f32[] @ models/lib/nn.yaml:79:7
%10604 = broadcast %10603 : f32[24,16] @ models/lib/nn.yaml:79:7
%10605 = mul %155, %10604 : f32[24,16] @ models/lib/nn.yaml:79:7
%10606 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10607 = sub %10606, %3058 : f64[] @ models/lib/nn.yaml:79:7
%10608 = cast %10607 : f32[] @ models/lib/nn.yaml:79:7
%10609 = broadcast %10608 : f32[24,16] @ models/lib/nn.yaml:79:7
%10610 = mul %10598, %10609 : f32[24,16] @ models/lib/nn.yaml:79:7
%10611 = add %10605, %10610 : f32[24,16] @ models/lib/nn.yaml:79:7
%10612 = assign %155, %10611 : f32[24,16] @ models/lib/nn.yaml:79:7
%10613 = all_reduce_sum %4001 : f32[24] @ models/lib/nn.yaml:80:7
%10614 = reshape %10613 : f32[24] @ models/lib/nn.yaml:80:7
%10615 = mul %10614, %10614 : f32[24] @ models/lib/nn.yaml:80:7
%10616 = reduce_sum %10615 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10617 = sqrt %10616 : f32[] @ models/lib/nn.yaml:80:7
%10618 = cast %10617 : f64[] @ models/lib/nn.yaml:80:7
%10619 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%10620 = add %10618, %10619 : f64[] @ models/lib/nn.yaml:80:7
%10621 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%10622 = div %10621, %10620 : f64[] @ models/lib/nn.yaml:80:7
%10623 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10624 = lt %10622, %10623 : bool[] @ models/lib/nn.yaml:80:7
%10625 = cast %10622 : f32[] @ models/lib/nn.yaml:80:7
%10626 = broadcast %10625 : f32[24] @ models/lib/nn.yaml:80:7
%10627 = mul %10613, %10626 : f32[24] @ models/lib/nn.yaml:80:7
%10628 = broadcast %10624 : bool[24] @ models/lib/nn.yaml:80:7
%10629 = select %10628, %10627, %10613 : f32[24] @ models/lib/nn.yaml:80:7
%10630 = state name="adam_m.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10631 = state name="adam_v.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10632 = state name="adam_t.p_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10633 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%10634 = add %10632, %10633 : i64[] @ models/lib/nn.yaml:80:7
%10635 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%10636 = cast %10635 : f32[] @ models/lib/nn.yaml:80:7
%10637 = broadcast %10636 : f32[24] @ models/lib/nn.yaml:80:7
%10638 = mul %10629, %10637 : f32[24] @ models/lib/nn.yaml:80:7
%10639 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10640 = cast %10639 : f32[] @ models/lib/nn.yaml:80:7
%10641 = broadcast %10640 : f32[24] @ models/lib/nn.yaml:80:7
%10642 = mul %10630, %10641 : f32[24] @ models/lib/nn.yaml:80:7
%10643 = add %10642, %10638 : f32[24] @ models/lib/nn.yaml:80:7
%10644 = mul %10629, %10629 : f32[24] @ models/lib/nn.yaml:80:7
%10645 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%10646 = cast %10645 : f32[] @ models/lib/nn.yaml:80:7
%10647 = broadcast %10646 : f32[24] @ models/lib/nn.yaml:80:7
%10648 = mul %10644, %10647 : f32[24] @ models/lib/nn.yaml:80:7
%10649 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10650 = cast %10649 : f32[] @ models/lib/nn.yaml:80:7
%10651 = broadcast %10650 : f32[24] @ models/lib/nn.yaml:80:7
%10652 = mul %10631, %10651 : f32[24] @ models/lib/nn.yaml:80:7
%10653 = add %10652, %10648 : f32[24] @ models/lib/nn.yaml:80:7
%10654 = cast %10634 : f64[] @ models/lib/nn.yaml:80:7
%10655 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10656 = pow %10655, %10654 : f64[] @ models/lib/nn.yaml:80:7
%10657 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10658 = sub %10657, %10656 : f64[] @ models/lib/nn.yaml:80:7
%10659 = div %3056, %10658 : f64[] @ models/lib/nn.yaml:80:7
%10660 = cast %10634 : f64[] @ models/lib/nn.yaml:80:7
%10661 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10662 = pow %10661, %10660 : f64[] @ models/lib/nn.yaml:80:7
%10663 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10664 = sub %10663, %10662 : f64[] @ models/lib/nn.yaml:80:7
%10665 = sqrt %10664 : f64[] @ models/lib/nn.yaml:80:7
%10666 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10667 = div %10666, %10665 : f64[] @ models/lib/nn.yaml:80:7
%10668 = sqrt %10653 : f32[24] @ models/lib/nn.yaml:80:7
%10669 = cast %10667 : f32[] @ models/lib/nn.yaml:80:7
%10670 = broadcast %10669 : f32[24] @ models/lib/nn.yaml:80:7
%10671 = mul %10668, %10670 : f32[24] @ models/lib/nn.yaml:80:7
%10672 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%10673 = cast %10672 : f32[] @ models/lib/nn.yaml:80:7
%10674 = broadcast %10673 : f32[24] @ models/lib/nn.yaml:80:7
%10675 = add %10671, %10674 : f32[24] @ models/lib/nn.yaml:80:7
%10676 = div %10643, %10675 : f32[24] @ models/lib/nn.yaml:80:7
%10677 = cast %10659 : f32[] @ models/lib/nn.yaml:80:7
%10678 = broadcast %10677 : f32[24] @ models/lib/nn.yaml:80:7
%10679 = mul %10676, %10678 : f32[24] @ models/lib/nn.yaml:80:7
%10680 = sub %78, %10679 : f32[24] @ models/lib/nn.yaml:80:7
%10681 = assign %78, %10680 : f32[24] @ models/lib/nn.yaml:80:7
%10682 = assign %10630, %10643 : f32[24] @ models/lib/nn.yaml:80:7
%10683 = assign %10631, %10653 : f32[24] @ models/lib/nn.yaml:80:7
%10684 = assign %10632, %10634 : i64[] @ models/lib/nn.yaml:80:7
%10685 = cast %3058 : f32[] @ models/lib/nn.yaml:80:7
%10686 = broadcast %10685 : f32[24] @ models/lib/nn.yaml:80:7
%10687 = mul %156, %10686 : f32[24] @ models/lib/nn.yaml:80:7
%10688 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10689 = sub %10688, %3058 : f64[] @ models/lib/nn.yaml:80:7
%10690 = cast %10689 : f32[] @ models/lib/nn.yaml:80:7
%10691 = broadcast %10690 : f32[24] @ models/lib/nn.yaml:80:7
%10692 = mul %10680, %10691 : f32[24] @ models/lib/nn.yaml:80:7
%10693 = add %10687, %10692 : f32[24] @ models/lib/nn.yaml:80:7
%10694 = assign %156, %10693 : f32[24] @ models/lib/nn.yaml:80:7
%10695 = all_reduce_sum %3986 : f32[24,24] @ models/lib/nn.yaml:79:7
%10696 = reshape %10695 : f32[576] @ models/lib/nn.yaml:79:7
%10697 = mul %10696, %10696 : f32[576] @ models/lib/nn.yaml:79:7
%10698 = reduce_sum %10697 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10699 = sqrt %10698 : f32[] @ models/lib/nn.yaml:79:7
%10700 = cast %10699 : f64[] @ models/lib/nn.yaml:79:7
%10701 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%10702 = add %10700, %10701 : f64[] @ models/lib/nn.yaml:79:7
%10703 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%10704 = div %10703, %10702 : f64[] @ models/lib/nn.yaml:79:7
%10705 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10706 = lt %10704, %10705 : bool[] @ models/lib/nn.yaml:79:7
%10707 = cast %10704 : f32[] @ models/lib/nn.yaml:79:7
%10708 = broadcast %10707 : f32[24,24] @ models/lib/nn.yaml:79:7
%10709 = mul %10695, %10708 : f32[24,24] @ models/lib/nn.yaml:79:7
%10710 = broadcast %10706 : bool[24,24] @ models/lib/nn.yaml:79:7
%10711 = select %10710, %10709, %10695 : f32[24,24] @ models/lib/nn.yaml:79:7
%10712 = state name="adam_m.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%10713 = state name="adam_v.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%10714 = state name="adam_t.p_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10715 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%10716 = add %10714, %10715 : i64[] @ models/lib/nn.yaml:79:7
%10717 = mul %3056, %3057 : f64[] @ models/lib/nn.yaml:79:7
%10718 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10719 = sub %10718, %10717 : f64[] @ models/lib/nn.yaml:79:7
%10720 = cast %10719 : f32[] @ models/lib/nn.yaml:79:7
%10721 = broadcast %10720 : f32[24,24] @ models/lib/nn.yaml:79:7
%10722 = mul %79, %10721 : f32[24,24] @ models/lib/nn.yaml:79:7
%10723 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%10724 = cast %10723 : f32[] @ models/lib/nn.yaml:79:7
%10725 = broadcast %10724 : f32[24,24] @ models/lib/nn.yaml:79:7
%10726 = mul %10711, %10725 : f32[24,24] @ models/lib/nn.yaml:79:7
%10727 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10728 = cast %10727 : f32[] @ models/lib/nn.yaml:79:7
%10729 = broadcast %10728 : f32[24,24] @ models/lib/nn.yaml:79:7
%10730 = mul %10712, %10729 : f32[24,24] @ models/lib/nn.yaml:79:7
%10731 = add %10730, %10726 : f32[24,24] @ models/lib/nn.yaml:79:7
%10732 = mul %10711, %10711 : f32[24,24] @ models/lib/nn.yaml:79:7
%10733 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%10734 = cast %10733 : f32[] @ models/lib/nn.yaml:79:7
%10735 = broadcast %10734 : f32[24,24] @ models/lib/nn.yaml:79:7
%10736 = mul %10732, %10735 : f32[24,24] @ models/lib/nn.yaml:79:7
%10737 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10738 = cast %10737 : f32[] @ models/lib/nn.yaml:79:7
%10739 = broadcast %10738 : f32[24,24] @ models/lib/nn.yaml:79:7
%10740 = mul %10713, %10739 : f32[24,24] @ models/lib/nn.yaml:79:7
%10741 = add %10740, %10736 : f32[24,24] @ models/lib/nn.yaml:79:7
%10742 = cast %10716 : f64[] @ models/lib/nn.yaml:79:7
%10743 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10744 = pow %10743, %10742 : f64[] @ models/lib/nn.yaml:79:7
%10745 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10746 = sub %10745, %10744 : f64[] @ models/lib/nn.yaml:79:7
%10747 = div %3056, %10746 : f64[] @ models/lib/nn.yaml:79:7
%10748 = cast %10716 : f64[] @ models/lib/nn.yaml:79:7
%10749 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10750 = pow %10749, %10748 : f64[] @ models/lib/nn.yaml:79:7
%10751 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10752 = sub %10751, %10750 : f64[] @ models/lib/nn.yaml:79:7
%10753 = sqrt %10752 : f64[] @ models/lib/nn.yaml:79:7
%10754 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10755 = div %10754, %10753 : f64[] @ models/lib/nn.yaml:79:7
%10756 = sqrt %10741 : f32[24,24] @ models/lib/nn.yaml:79:7
%10757 = cast %10755 : f32[] @ models/lib/nn.yaml:79:7
%10758 = broadcast %10757 : f32[24,24] @ models/lib/nn.yaml:79:7
%10759 = mul %10756, %10758 : f32[24,24] @ models/lib/nn.yaml:79:7
%10760 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%10761 = cast %10760 : f32[] @ models/lib/nn.yaml:79:7
%10762 = broadcast %10761 : f32[24,24] @ models/lib/nn.yaml:79:7
%10763 = add %10759, %10762 : f32[24,24] @ models/lib/nn.yaml:79:7
%10764 = div %10731, %10763 : f32[24,24] @ models/lib/nn.yaml:79:7
%10765 = cast %10747 : f32[] @ models/lib/nn.yaml:79:7
%10766 = broadcast %10765 : f32[24,24] @ models/lib/nn.yaml:79:7
%10767 = mul %10764, %10766 : f32[24,24] @ models/lib/nn.yaml:79:7
%10768 = sub %10722, %10767 : f32[24,24] @ models/lib/nn.yaml:79:7
%10769 = assign %79, %10768 : f32[24,24] @ models/lib/nn.yaml:79:7
%10770 = assign %10712, %10731 : f32[24,24] @ models/lib/nn.yaml:79:7
%10771 = assign %10713, %10741 : f32[24,24] @ models/lib/nn.yaml:79:7
%10772 = assign %10714, %10716 : i64[] @ models/lib/nn.yaml:79:7
%10773 = cast %3058 : f32[] @ models/lib/nn.yaml:79:7
%10774 = broadcast %10773 : f32[24,24] @ models/lib/nn.yaml:79:7
%10775 = mul %157, %10774 : f32[24,24] @ models/lib/nn.yaml:79:7
%10776 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10777 = sub %10776, %3058 : f64[] @ models/lib/nn.yaml:79:7
%10778 = cast %10777 : f32[] @ models/lib/nn.yaml:79:7
%10779 = broadcast %10778 : f32[24,24] @ models/lib/nn.yaml:79:7
%10780 = mul %10768, %10779 : f32[24,24] @ models/lib/nn.yaml:79:7
%10781 = add %10775, %10780 : f32[24,24] @ models/lib/nn.yaml:79:7
%10782 = assign %157, %10781 : f32[24,24] @ models/lib/nn.yaml:79:7
%10783 = all_reduce_sum %3981 : f32[24] @ models/lib/nn.yaml:80:7
%10784 = reshape %10783 : f32[24] @ models/lib/nn.yaml:80:7
%10785 = mul %10784, %10784 : f32[24] @ models/lib/nn.yaml:80:7
%10786 = reduce_sum %10785 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10787 = sqrt %10786 : f32[] @ models/lib/nn.yaml:80:7
%10788 = cast %10787 : f64[] @ models/lib/nn.yaml:80:7
%10789 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%10790 = add %10788, %10789 : f64[] @ models/lib/nn.yaml:80:7
%10791 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%10792 = div %10791, %10790 : f64[] @ models/lib/nn.yaml:80:7
%10793 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10794 = lt %10792, %10793 : bool[] @ models/lib/nn.yaml:80:7
%10795 = cast %10792 : f32[] @ models/lib/nn.yaml:80:7
%10796 = broadcast %10795 : f32[24] @ models/lib/nn.yaml:80:7
%10797 = mul %10783, %10796 : f32[24] @ models/lib/nn.yaml:80:7
%10798 = broadcast %10794 : bool[24] @ models/lib/nn.yaml:80:7
%10799 = select %10798, %10797, %10783 : f32[24] @ models/lib/nn.yaml:80:7
%10800 = state name="adam_m.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10801 = state name="adam_v.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10802 = state name="adam_t.p_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10803 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%10804 = add %10802, %10803 : i64[] @ models/lib/nn.yaml:80:7
%10805 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%10806 = cast %10805 : f32[] @ models/lib/nn.yaml:80:7
%10807 = broadcast %10806 : f32[24] @ models/lib/nn.yaml:80:7
%10808 = mul %10799, %10807 : f32[24] @ models/lib/nn.yaml:80:7
%10809 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10810 = cast %10809 : f32[] @ models/lib/nn.yaml:80:7
%10811 = broadcast %10810 : f32[24] @ models/lib/nn.yaml:80:7
%10812 = mul %10800, %10811 : f32[24] @ models/lib/nn.yaml:80:7
%10813 = add %10812, %10808 : f32[24] @ models/lib/nn.yaml:80:7
%10814 = mul %10799, %10799 : f32[24] @ models/lib/nn.yaml:80:7
%10815 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%10816 = cast %10815 : f32[] @ models/lib/nn.yaml:80:7
%10817 = broadcast %10816 : f32[24] @ models/lib/nn.yaml:80:7
%10818 = mul %10814, %10817 : f32[24] @ models/lib/nn.yaml:80:7
%10819 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10820 = cast %10819 : f32[] @ models/lib/nn.yaml:80:7
%10821 = broadcast %10820 : f32[24] @ models/lib/nn.yaml:80:7
%10822 = mul %10801, %10821 : f32[24] @ models/lib/nn.yaml:80:7
%10823 = add %10822, %10818 : f32[24] @ models/lib/nn.yaml:80:7
%10824 = cast %10804 : f64[] @ models/lib/nn.yaml:80:7
%10825 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10826 = pow %10825, %10824 : f64[] @ models/lib/nn.yaml:80:7
%10827 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10828 = sub %10827, %10826 : f64[] @ models/lib/nn.yaml:80:7
%10829 = div %3056, %10828 : f64[] @ models/lib/nn.yaml:80:7
%10830 = cast %10804 : f64[] @ models/lib/nn.yaml:80:7
%10831 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10832 = pow %10831, %10830 : f64[] @ models/lib/nn.yaml:80:7
%10833 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10834 = sub %10833, %10832 : f64[] @ models/lib/nn.yaml:80:7
%10835 = sqrt %10834 : f64[] @ models/lib/nn.yaml:80:7
%10836 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10837 = div %10836, %10835 : f64[] @ models/lib/nn.yaml:80:7
%10838 = sqrt %10823 : f32[24] @ models/lib/nn.yaml:80:7
%10839 = cast %10837 : f32[] @ models/lib/nn.yaml:80:7
%10840 = broadcast %10839 : f32[24] @ models/lib/nn.yaml:80:7
%10841 = mul %10838, %10840 : f32[24] @ models/lib/nn.yaml:80:7
%10842 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%10843 = cast %10842 : f32[] @ models/lib/nn.yaml:80:7
%10844 = broadcast %10843 : f32[24] @ models/lib/nn.yaml:80:7
%10845 = add %10841, %10844 : f32[24] @ models/lib/nn.yaml:80:7
%10846 = div %10813, %10845 : f32[24] @ models/lib/nn.yaml:80:7
%10847 = cast %10829 : f32[] @ models/lib/nn.yaml:80:7
%10848 = broadcast %10847 : f32[24] @ models/lib/nn.yaml:80:7
%10849 = mul %10846, %10848 : f32[24] @ models/lib/nn.yaml:80:7
%10850 = sub %80, %10849 : f32[24] @ models/lib/nn.yaml:80:7
%10851 = assign %80, %10850 : f32[24] @ models/lib/nn.yaml:80:7
%10852 = assign %10800, %10813 : f32[24] @ models/lib/nn.yaml:80:7
%10853 = assign %10801, %10823 : f32[24] @ models/lib/nn.yaml:80:7
%10854 = assign %10802, %10804 : i64[] @ models/lib/nn.yaml:80:7
%10855 = cast %3058 : f32[] @ models/lib/nn.yaml:80:7
%10856 = broadcast %10855 : f32[24] @ models/lib/nn.yaml:80:7
%10857 = mul %158, %10856 : f32[24] @ models/lib/nn.yaml:80:7
%10858 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10859 = sub %10858, %3058 : f64[] @ models/lib/nn.yaml:80:7
%10860 = cast %10859 : f32[] @ models/lib/nn.yaml:80:7
%10861 = broadcast %10860 : f32[24] @ models/lib/nn.yaml:80:7
%10862 = mul %10850, %10861 : f32[24] @ models/lib/nn.yaml:80:7
%10863 = add %10857, %10862 : f32[24] @ models/lib/nn.yaml:80:7
%10864 = assign %158, %10863 : f32[24] @ models/lib/nn.yaml:80:7
%10865 = all_reduce_sum %3966 : f32[8,24] @ models/lib/nn.yaml:79:7
%10866 = reshape %10865 : f32[192] @ models/lib/nn.yaml:79:7
%10867 = mul %10866, %10866 : f32[192] @ models/lib/nn.yaml:79:7
%10868 = reduce_sum %10867 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10869 = sqrt %10868 : f32[] @ models/lib/nn.yaml:79:7
%10870 = cast %10869 : f64[] @ models/lib/nn.yaml:79:7
%10871 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%10872 = add %10870, %10871 : f64[] @ models/lib/nn.yaml:79:7
%10873 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%10874 = div %10873, %10872 : f64[] @ models/lib/nn.yaml:79:7
%10875 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10876 = lt %10874, %10875 : bool[] @ models/lib/nn.yaml:79:7
%10877 = cast %10874 : f32[] @ models/lib/nn.yaml:79:7
%10878 = broadcast %10877 : f32[8,24] @ models/lib/nn.yaml:79:7
%10879 = mul %10865, %10878 : f32[8,24] @ models/lib/nn.yaml:79:7
%10880 = broadcast %10876 : bool[8,24] @ models/lib/nn.yaml:79:7
%10881 = select %10880, %10879, %10865 : f32[8,24] @ models/lib/nn.yaml:79:7
%10882 = state name="adam_m.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%10883 = state name="adam_v.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%10884 = state name="adam_t.p_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10885 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%10886 = add %10884, %10885 : i64[] @ models/lib/nn.yaml:79:7
%10887 = mul %3056, %3057 : f64[] @ models/lib/nn.yaml:79:7
%10888 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10889 = sub %10888, %10887 : f64[] @ models/lib/nn.yaml:79:7
%10890 = cast %10889 : f32[] @ models/lib/nn.yaml:79:7
%10891 = broadcast %10890 : f32[8,24] @ models/lib/nn.yaml:79:7
%10892 = mul %81, %10891 : f32[8,24] @ models/lib/nn.yaml:79:7
%10893 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%10894 = cast %10893 : f32[] @ models/lib/nn.yaml:79:7
%10895 = broadcast %10894 : f32[8,24] @ models/lib/nn.yaml:79:7
%10896 = mul %10881, %10895 : f32[8,24] @ models/lib/nn.yaml:79:7
%10897 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10898 = cast %10897 : f32[] @ models/lib/nn.yaml:79:7
%10899 = broadcast %10898 : f32[8,24] @ models/lib/nn.yaml:79:7
%10900 = mul %10882, %10899 : f32[8,24] @ models/lib/nn.yaml:79:7
%10901 = add %10900, %10896 : f32[8,24] @ models/lib/nn.yaml:79:7
%10902 = mul %10881, %10881 : f32[8,24] @ models/lib/nn.yaml:79:7
%10903 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%10904 = cast %10903 : f32[] @ models/lib/nn.yaml:79:7
%10905 = broadcast %10904 : f32[8,24] @ models/lib/nn.yaml:79:7
%10906 = mul %10902, %10905 : f32[8,24] @ models/lib/nn.yaml:79:7
%10907 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10908 = cast %10907 : f32[] @ models/lib/nn.yaml:79:7
%10909 = broadcast %10908 : f32[8,24] @ models/lib/nn.yaml:79:7
%10910 = mul %10883, %10909 : f32[8,24] @ models/lib/nn.yaml:79:7
%10911 = add %10910, %10906 : f32[8,24] @ models/lib/nn.yaml:79:7
%10912 = cast %10886 : f64[] @ models/lib/nn.yaml:79:7
%10913 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10914 = pow %10913, %10912 : f64[] @ models/lib/nn.yaml:79:7
%10915 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10916 = sub %10915, %10914 : f64[] @ models/lib/nn.yaml:79:7
%10917 = div %3056, %10916 : f64[] @ models/lib/nn.yaml:79:7
%10918 = cast %10886 : f64[] @ models/lib/nn.yaml:79:7
%10919 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10920 = pow %10919, %10918 : f64[] @ models/lib/nn.yaml:79:7
%10921 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10922 = sub %10921, %10920 : f64[] @ models/lib/nn.yaml:79:7
%10923 = sqrt %10922 : f64[] @ models/lib/nn.yaml:79:7
%10924 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10925 = div %10924, %10923 : f64[] @ models/lib/nn.yaml:79:7
%10926 = sqrt %10911 : f32[8,24] @ models/lib/nn.yaml:79:7
%10927 = cast %10925 : f32[] @ models/lib/nn.yaml:79:7
%10928 = broadcast %10927 : f32[8,24] @ models/lib/nn.yaml:79:7
%10929 = mul %10926, %10928 : f32[8,24] @ models/lib/nn.yaml:79:7
%10930 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%10931 = cast %10930 : f32[] @ models/lib/nn.yaml:79:7
%10932 = broadcast %10931 : f32[8,24] @ models/lib/nn.yaml:79:7
%10933 = add %10929, %10932 : f32[8,24] @ models/lib/nn.yaml:79:7
%10934 = div %10901, %10933 : f32[8,24] @ models/lib/nn.yaml:79:7
%10935 = cast %10917 : f32[] @ models/lib/nn.yaml:79:7
%10936 = broadcast %10935 : f32[8,24] @ models/lib/nn.yaml:79:7
%10937 = mul %10934, %10936 : f32[8,24] @ models/lib/nn.yaml:79:7
%10938 = sub %10892, %10937 : f32[8,24] @ models/lib/nn.yaml:79:7
%10939 = assign %81, %10938 : f32[8,24] @ models/lib/nn.yaml:79:7
%10940 = assign %10882, %10901 : f32[8,24] @ models/lib/nn.yaml:79:7
%10941 = assign %10883, %10911 : f32[8,24] @ models/lib/nn.yaml:79:7
%10942 = assign %10884, %10886 : i64[] @ models/lib/nn.yaml:79:7
%10943 = cast %3058 : f32[] @ models/lib/nn.yaml:79:7
%10944 = broadcast %10943 : f32[8,24] @ models/lib/nn.yaml:79:7
%10945 = mul %159, %10944 : f32[8,24] @ models/lib/nn.yaml:79:7
%10946 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10947 = sub %10946, %3058 : f64[] @ models/lib/nn.yaml:79:7
%10948 = cast %10947 : f32[] @ models/lib/nn.yaml:79:7
%10949 = broadcast %10948 : f32[8,24] @ models/lib/nn.yaml:79:7
%10950 = mul %10938, %10949 : f32[8,24] @ models/lib/nn.yaml:79:7
%10951 = add %10945, %10950 : f32[8,24] @ models/lib/nn.yaml:79:7
%10952 = assign %159, %10951 : f32[8,24] @ models/lib/nn.yaml:79:7
%10953 = all_reduce_sum %3961 : f32[8] @ models/lib/nn.yaml:80:7
%10954 = reshape %10953 : f32[8] @ models/lib/nn.yaml:80:7
%10955 = mul %10954, %10954 : f32[8] @ models/lib/nn.yaml:80:7
%10956 = reduce_sum %10955 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10957 = sqrt %10956 : f32[] @ models/lib/nn.yaml:80:7
%10958 = cast %10957 : f64[] @ models/lib/nn.yaml:80:7
%10959 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%10960 = add %10958, %10959 : f64[] @ models/lib/nn.yaml:80:7
%10961 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%10962 = div %10961, %10960 : f64[] @ models/lib/nn.yaml:80:7
%10963 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10964 = lt %10962, %10963 : bool[] @ models/lib/nn.yaml:80:7
%10965 = cast %10962 : f32[] @ models/lib/nn.yaml:80:7
%10966 = broadcast %10965 : f32[8] @ models/lib/nn.yaml:80:7
%10967 = mul %10953, %10966 : f32[8] @ models/lib/nn.yaml:80:7
%10968 = broadcast %10964 : bool[8] @ models/lib/nn.yaml:80:7
%10969 = select %10968, %10967, %10953 : f32[8] @ models/lib/nn.yaml:80:7
%10970 = state name="adam_m.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%10971 = state name="adam_v.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%10972 = state name="adam_t.p_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10973 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%10974 = add %10972, %10973 : i64[] @ models/lib/nn.yaml:80:7
%10975 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%10976 = cast %10975 : f32[] @ models/lib/nn.yaml:80:7
%10977 = broadcast %10976 : f32[8] @ models/lib/nn.yaml:80:7
%10978 = mul %10969, %10977 : f32[8] @ models/lib/nn.yaml:80:7
%10979 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10980 = cast %10979 : f32[] @ models/lib/nn.yaml:80:7
%10981 = broadcast %10980 : f32[8] @ models/lib/nn.yaml:80:7
%10982 = mul %10970, %10981 : f32[8] @ models/lib/nn.yaml:80:7
%10983 = add %10982, %10978 : f32[8] @ models/lib/nn.yaml:80:7
%10984 = mul %10969, %10969 : f32[8] @ models/lib/nn.yaml:80:7
%10985 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%10986 = cast %10985 : f32[] @ models/lib/nn.yaml:80:7
%10987 = broadcast %10986 : f32[8] @ models/lib/nn.yaml:80:7
%10988 = mul %10984, %10987 : f32[8] @ models/lib/nn.yaml:80:7
%10989 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10990 = cast %10989 : f32[] @ models/lib/nn.yaml:80:7
%10991 = broadcast %10990 : f32[8] @ models/lib/nn.yaml:80:7
%10992 = mul %10971, %10991 : f32[8] @ models/lib/nn.yaml:80:7
%10993 = add %10992, %10988 : f32[8] @ models/lib/nn.yaml:80:7
%10994 = cast %10974 : f64[] @ models/lib/nn.yaml:80:7
%10995 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10996 = pow %10995, %10994 : f64[] @ models/lib/nn.yaml:80:7
%10997 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10998 = sub %10997, %10996 : f64[] @ models/lib/nn.yaml:80:7
%10999 = div %3056, %10998 : f64[] @ models/lib/nn.yaml:80:7
%11000 = cast %10974 : f64[] @ models/lib/nn.yaml:80:7
%11001 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%11002 = pow %11001, %11000 : f64[] @ models/lib/nn.yaml:80:7
%11003 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11004 = sub %11003, %11002 : f64[] @ models/lib/nn.yaml:80:7
%11005 = sqrt %11004 : f64[] @ models/lib/nn.yaml:80:7
%11006 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11007 = div %11006, %11005 : f64[] @ models/lib/nn.yaml:80:7
%11008 = sqrt %10993 : f32[8] @ models/lib/nn.yaml:80:7
%11009 = cast %11007 : f32[] @ models/lib/nn.yaml:80:7
%11010 = broadcast %11009 : f32[8] @ models/lib/nn.yaml:80:7
%11011 = mul %11008, %11010 : f32[8] @ models/lib/nn.yaml:80:7
%11012 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%11013 = cast %11012 : f32[] @ models/lib/nn.yaml:80:7
%11014 = broadcast %11013 : f32[8] @ models/lib/nn.yaml:80:7
%11015 = add %11011, %11014 : f32[8] @ models/lib/nn.yaml:80:7
%11016 = div %10983, %11015 : f32[8] @ models/lib/nn.yaml:80:7
%11017 = cast %10999 : f32[] @ models/lib/nn.yaml:80:7
%11018 = broadcast %11017 : f32[8] @ models/lib/nn.yaml:80:7
%11019 = mul %11016, %11018 : f32[8] @ models/lib/nn.yaml:80:7
%11020 = sub %82, %11019 : f32[8] @ models/lib/nn.yaml:80:7
%11021 = assign %82, %11020 : f32[8] @ models/lib/nn.yaml:80:7
%11022 = assign %10970, %10983 : f32[8] @ models/lib/nn.yaml:80:7
%11023 = assign %10971, %10993 : f32[8] @ models/lib/nn.yaml:80:7
%11024 = assign %10972, %10974 : i64[] @ models/lib/nn.yaml:80:7
%11025 = cast %3058 : f32[] @ models/lib/nn.yaml:80:7
%11026 = broadcast %11025 : f32[8] @ models/lib/nn.yaml:80:7
%11027 = mul %160, %11026 : f32[8] @ models/lib/nn.yaml:80:7
%11028 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11029 = sub %11028, %3058 : f64[] @ models/lib/nn.yaml:80:7
%11030 = cast %11029 : f32[] @ models/lib/nn.yaml:80:7
%11031 = broadcast %11030 : f32[8] @ models/lib/nn.yaml:80:7
%11032 = mul %11020, %11031 : f32[8] @ models/lib/nn.yaml:80:7
%11033 = add %11027, %11032 : f32[8] @ models/lib/nn.yaml:80:7
%11034 = assign %160, %11033 : f32[8] @ models/lib/nn.yaml:80:7
%11035 = cast %3058 : f32[] @ models/lib/dino.yaml:18:7
%11036 = broadcast %11035 : f32[16,1] @ models/lib/dino.yaml:18:7
%11037 = mul %161, %11036 : f32[16,1] @ models/lib/dino.yaml:18:7
%11038 = const data=[1] : f64[] @ models/lib/dino.yaml:18:7
%11039 = sub %11038, %3058 : f64[] @ models/lib/dino.yaml:18:7
%11040 = cast %11039 : f32[] @ models/lib/dino.yaml:18:7
%11041 = broadcast %11040 : f32[16,1] @ models/lib/dino.yaml:18:7
%11042 = mul %83, %11041 : f32[16,1] @ models/lib/dino.yaml:18:7
%11043 = add %11037, %11042 : f32[16,1] @ models/lib/dino.yaml:18:7
%11044 = assign %161, %11043 : f32[16,1] @ models/lib/dino.yaml:18:7
%11045 = all_reduce_sum %3936 : f32[16,8] @ models/lib/dino.yaml:19:7
%11046 = reshape %11045 : f32[128] @ models/lib/dino.yaml:19:7
%11047 = mul %11046, %11046 : f32[128] @ models/lib/dino.yaml:19:7
%11048 = reduce_sum %11047 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%11049 = sqrt %11048 : f32[] @ models/lib/dino.yaml:19:7
%11050 = cast %11049 : f64[] @ models/lib/dino.yaml:19:7
%11051 = const data=[1e-06] : f64[] @ models/lib/dino.yaml:19:7
%11052 = add %11050, %11051 : f64[] @ models/lib/dino.yaml:19:7
%11053 = const data=[3] : f64[] @ models/lib/dino.yaml:19:7
%11054 = div %11053, %11052 : f64[] @ models/lib/dino.yaml:19:7
%11055 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%11056 = lt %11054, %11055 : bool[] @ models/lib/dino.yaml:19:7
%11057 = cast %11054 : f32[] @ models/lib/dino.yaml:19:7
%11058 = broadcast %11057 : f32[16,8] @ models/lib/dino.yaml:19:7
%11059 = mul %11045, %11058 : f32[16,8] @ models/lib/dino.yaml:19:7
%11060 = broadcast %11056 : bool[16,8] @ models/lib/dino.yaml:19:7
%11061 = select %11060, %11059, %11045 : f32[16,8] @ models/lib/dino.yaml:19:7
%11062 = state name="adam_m.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%11063 = state name="adam_v.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%11064 = state name="adam_t.p_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%11065 = const data=[1] : i64[] @ models/lib/dino.yaml:19:7
%11066 = add %11064, %11065 : i64[] @ models/lib/dino.yaml:19:7
%11067 = mul %3056, %3057 : f64[] @ models/lib/dino.yaml:19:7
%11068 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%11069 = sub %11068, %11067 : f64[] @ models/lib/dino.yaml:19:7
%11070 = cast %11069 : f32[] @ models/lib/dino.yaml:19:7
%11071 = broadcast %11070 : f32[16,8] @ models/lib/dino.yaml:19:7
%11072 = mul %84, %11071 : f32[16,8] @ models/lib/dino.yaml:19:7
%11073 = const data=[0.09999999999999998] : f64[] @ models/lib/dino.yaml:19:7
%11074 = cast %11073 : f32[] @ models/lib/dino.yaml:19:7
%11075 = broadcast %11074 : f32[16,8] @ models/lib/dino.yaml:19:7
%11076 = mul %11061, %11075 : f32[16,8] @ models/lib/dino.yaml:19:7
%11077 = const data=[0.9] : f64[] @ models/lib/dino.yaml:19:7
%11078 = cast %11077 : f32[] @ models/lib/dino.yaml:19:7
%11079 = broadcast %11078 : f32[16,8] @ models/lib/dino.yaml:19:7
%11080 = mul %11062, %11079 : f32[16,8] @ models/lib/dino.yaml:19:7
%11081 = add %11080, %11076 : f32[16,8] @ models/lib/dino.yaml:19:7
%11082 = mul %11061, %11061 : f32[16,8] @ models/lib/dino.yaml:19:7
%11083 = const data=[0.0010000000000000009] : f64[] @ models/lib/dino.yaml:19:7
%11084 = cast %11083 : f32[] @ models/lib/dino.yaml:19:7
%11085 = broadcast %11084 : f32[16,8] @ models/lib/dino.yaml:19:7
%11086 = mul %11082, %11085 : f32[16,8] @ models/lib/dino.yaml:19:7
%11087 = const data=[0.999] : f64[] @ models/lib/dino.yaml:19:7
%11088 = cast %11087 : f32[] @ models/lib/dino.yaml:19:7
%11089 = broadcast %11088 : f32[16,8] @ models/lib/dino.yaml:19:7
%11090 = mul %11063, %11089 : f32[16,8] @ models/lib/dino.yaml:19:7
%11091 = add %11090, %11086 : f32[16,8] @ models/lib/dino.yaml:19:7
%11092 = cast %11066 : f64[] @ models/lib/dino.yaml:19:7
%11093 = const data=[0.9] : f64[] @ models/lib/dino.yaml:19:7
%11094 = pow %11093, %11092 : f64[] @ models/lib/dino.yaml:19:7
%11095 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%11096 = sub %11095, %11094 : f64[] @ models/lib/dino.yaml:19:7
%11097 = div %3056, %11096 : f64[] @ models/lib/dino.yaml:19:7
%11098 = cast %11066 : f64[] @ models/lib/dino.yaml:19:7
%11099 = const data=[0.999] : f64[] @ models/lib/dino.yaml:19:7
%11100 = pow %11099, %11098 : f64[] @ models/lib/dino.yaml:19:7
%11101 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%11102 = sub %11101, %11100 : f64[] @ models/lib/dino.yaml:19:7
%11103 = sqrt %11102 : f64[] @ models/lib/dino.yaml:19:7
%11104 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%11105 = div %11104, %11103 : f64[] @ models/lib/dino.yaml:19:7
%11106 = sqrt %11091 : f32[16,8] @ models/lib/dino.yaml:19:7
%11107 = cast %11105 : f32[] @ models/lib/dino.yaml:19:7
%11108 = broadcast %11107 : f32[16,8] @ models/lib/dino.yaml:19:7
%11109 = mul %11106, %11108 : f32[16,8] @ models/lib/dino.yaml:19:7
%11110 = const data=[1e-08] : f64[] @ models/lib/dino.yaml:19:7
%11111 = cast %11110 : f32[] @ models/lib/dino.yaml:19:7
%11112 = broadcast %11111 : f32[16,8] @ models/lib/dino.yaml:19:7
%11113 = add %11109, %11112 : f32[16,8] @ models/lib/dino.yaml:19:7
%11114 = div %11081, %11113 : f32[16,8] @ models/lib/dino.yaml:19:7
%11115 = cast %11097 : f32[] @ models/lib/dino.yaml:19:7
%11116 = broadcast %11115 : f32[16,8] @ models/lib/dino.yaml:19:7
%11117 = mul %11114, %11116 : f32[16,8] @ models/lib/dino.yaml:19:7
%11118 = sub %11072, %11117 : f32[16,8] @ models/lib/dino.yaml:19:7
%11119 = const data=[1] : i64[] @ models/lib/dino.yaml:19:7
%11120 = lt %10502, %11119 : bool[] @ models/lib/dino.yaml:19:7
%11121 = broadcast %11120 : bool[16,8] @ models/lib/dino.yaml:19:7
%11122 = select %11121, %84, %11118 : f32[16,8] @ models/lib/dino.yaml:19:7
%11123 = broadcast %11120 : bool[16,8] @ models/lib/dino.yaml:19:7
%11124 = select %11123, %11062, %11081 : f32[16,8] @ models/lib/dino.yaml:19:7
%11125 = broadcast %11120 : bool[16,8] @ models/lib/dino.yaml:19:7
%11126 = select %11125, %11063, %11091 : f32[16,8] @ models/lib/dino.yaml:19:7
%11127 = select %11120, %11064, %11066 : i64[] @ models/lib/dino.yaml:19:7
%11128 = assign %84, %11122 : f32[16,8] @ models/lib/dino.yaml:19:7
%11129 = assign %11062, %11124 : f32[16,8] @ models/lib/dino.yaml:19:7
%11130 = assign %11063, %11126 : f32[16,8] @ models/lib/dino.yaml:19:7
%11131 = assign %11064, %11127 : i64[] @ models/lib/dino.yaml:19:7
%11132 = cast %3058 : f32[] @ models/lib/dino.yaml:19:7
%11133 = broadcast %11132 : f32[16,8] @ models/lib/dino.yaml:19:7
%11134 = mul %162, %11133 : f32[16,8] @ models/lib/dino.yaml:19:7
%11135 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%11136 = sub %11135, %3058 : f64[] @ models/lib/dino.yaml:19:7
%11137 = cast %11136 : f32[] @ models/lib/dino.yaml:19:7
%11138 = broadcast %11137 : f32[16,8] @ models/lib/dino.yaml:19:7
%11139 = mul %11122, %11138 : f32[16,8] @ models/lib/dino.yaml:19:7
%11140 = add %11134, %11139 : f32[16,8] @ models/lib/dino.yaml:19:7
%11141 = assign %162, %11140 : f32[16,8] @ models/lib/dino.yaml:19:7
%11142 = const data=[inf] : f32[] @ models/dino_pass.yaml:150:3
%11143 = abs %3022 : f32[] @ models/dino_pass.yaml:150:3
%11144 = lt %11143, %11142 : bool[] @ models/dino_pass.yaml:150:3
%11145 = output %11144 name="finite" : bool[] @ models/dino_pass.yaml:150:3
